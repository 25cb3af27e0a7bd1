"""Originals in Korean: figures in myriads with digits and Hangul mixed (45조 7천억 원, 3천500억 원, 2억5천만 달러,
1만 2천 명), percent and percentage points (15퍼센트, 0.25%포인트, 0.5%p), dates (2024년 3월 12일, 12일(화), 3~4일),
clock times (오후 3시 30분, 오전 9시), sentence splitting around quotations ("…했다"고 말했다 stays one sentence),
negation glued to the verb (않았다, 못했다, 없다, 아니다, 미정) with its exclusions (뿐만 아니라, ~지 않을 수 없다,
안 장관), and names romanised syllable by syllable (이재명 Lee Jae-myung, 윤석열 Yoon Suk Yeol: Lee, Park, Choi
and Myung, Suk are the press's spellings, not slips); each on a faithful translation that must raise nothing
and on a broken one that must raise the right finding."""

import pytest

from checks.accuracy.clocktimes import clock_times
from checks.accuracy.dates import date_mentions
from checks.accuracy.hangulnames import compare_hangul_names
from checks.accuracy.numbers import quantities
from checks.accuracy.polarity import cues, negated, softened
from checks.accuracy.split import split_original
from checks.names import hangul_spells as spells, romanize
from accuracy_pairs import accuracy, whole_figure


@pytest.mark.parametrize("text,value,kind,unit", [
    ("45조 7천억 원", 45.7e12, "money", "KRW"), ("3천500억 원", 350e9, "money", "KRW"), ("1천200만 달러", 12e6, "money", "USD"),
    ("2억5천만 달러", 250e6, "money", "USD"), ("1조2천억 원", 1.2e12, "money", "KRW"), ("1만 2천", 12000, "number", ""),
    ("117억 3천만 달러", 11.73e9, "money", "USD"), ("100억 엔", 10e9, "money", "JPY"), ("30억 위안", 3e9, "money", "CNY"),
    ("5천억원", 500e9, "money", "KRW"), ("1,500억 원", 150e9, "money", "KRW"), ("2.5%", 2.5, "percent", "%"),
    ("15퍼센트", 15, "percent", "%"), ("15.6퍼센트", 15.6, "percent", "%"), ("0.25%포인트", 0.25, "percent", "%"),
    ("0.5%p", 0.5, "percent", "%"), ("120밀리미터", 120, "unit", "밀리미터"),
    # thousands glued before a myriad that follows a larger one: 1조 + 9,572억, not 1조 + 9천 + 572억
    ("1조9천572억 원", 1.9572e12, "money", "KRW"), ("2조 3천500억 원", 2.35e12, "money", "KRW"),
    ("1억2천300만 원", 123e6, "money", "KRW"),
    # the one-character unit signs of the CJK compatibility block
    ("550㎞", 550, "unit", "㎞"), ("30㎜", 30, "unit", "㎜"), ("84㎡", 84, "unit", "㎡"), ("19℃", 19, "unit", "℃"),
])
def test_korean_figures(text, value, kind, unit):
    assert whole_figure(text, "ko") == (value, kind, unit)


@pytest.mark.parametrize("text,value", [("300명", 300), ("12건", 12), ("5곳", 5), ("3척", 3), ("2천 가구", 2000),
                                        ("1,234대", 1234)])
def test_korean_counters_glued_to_figures(text, value):
    (q,) = quantities(text, lang="ko")
    assert q.value == value and text[q.start:q.end].rstrip("명건곳척가구대 ") == text[q.start:q.end]


def test_korean_dates_weekdays_and_ranges():
    t = "정부는 2024년 3월 12일 발표했다. 회의는 16일(화), 일요일(13일)과 3~4일에 열린다. 12월 31일까지 접수한다."
    assert [(d.month, d.day, d.year, d.weekday) for d in date_mentions(t)] == [
        (3, 12, 2024, None), (None, 16, None, None), (None, None, None, 2), (None, None, None, 7), (None, 13, None, None),
        (None, 3, None, None), (None, 4, None, None), (12, 31, None, None)]
    assert date_mentions("행사는 10일간 열린다. 5일 동안 비가 왔다.") == []


def test_korean_dotted_dates_are_dates_and_no_sentence_ends():
    t = "정부는 2024. 3. 12.(화) 대책을 발표했다. 시행일은 2024.04.01이다. 주가는 2.5% 올랐다."
    assert [(d.month, d.day, d.year, d.weekday) for d in date_mentions(t)] == [
        (3, 12, 2024, None), (None, None, None, 2), (4, 1, 2024, None)]
    assert [t[s.start:s.end] for s in split_original(t)] == [
        "정부는 2024. 3. 12.(화) 대책을 발표했다.", "시행일은 2024.04.01이다.", "주가는 2.5% 올랐다."]


@pytest.mark.parametrize("text,minutes", [
    ("오후 3시 30분", [930]), ("오전 9시", [540]), ("새벽 2시께", [120]), ("10시 반에", [630, 1350]), ("밤 12시", [0]),
    ("9시", [540, 1260]),
])
def test_korean_clock_times(text, minutes):
    (c,) = clock_times(text, lang="ko")
    assert sorted(c.minutes) == minutes


def test_korean_durations_are_no_clock_times():
    assert clock_times("24시간 동안 비상 근무를 했다.", lang="ko") == []


def test_korean_sentence_splitting_keeps_quotations_with_their_verb():
    t = ('그는 "수출이 늘었다."고 말했다. 김 장관은 “올해는 다르다”며 “내년에도 늘 것”이라고 밝혔다. 정말요? '
         '정부는 「반도체 특별법」을 통과시켰다. 주가는 3.5% 올랐다.')
    assert [t[s.start:s.end] for s in split_original(t)] == [
        '그는 "수출이 늘었다."고 말했다.', "김 장관은 “올해는 다르다”며 “내년에도 늘 것”이라고 밝혔다.", "정말요?",
        "정부는 「반도체 특별법」을 통과시켰다.", "주가는 3.5% 올랐다."]


@pytest.mark.parametrize("text,neg", [
    ("지원 규모는 아직 정해지지 않았다.", True), ("정부는 세금을 올리지 않기로 했다.", True), ("회의는 열리지 못했다.", True),
    ("그는 회의에 못 갔다.", True), ("정부는 추가 대책을 내놓을 계획이 없다고 밝혔다.", True), ("이는 사실이 아니다.", True),
    ("그런 일은 안 된다.", True), ("일정은 미정이다.", True), ("사고 현장에 가지 말라고 당부했다.", True),
    ("하반기에도 긴장을 늦출 수 없다.", True), ("그는 사퇴하지 않았고 책임도 없다고 말했다.", True),
    ("반도체뿐만 아니라 자동차 수출도 늘었다.", False), ("정부는 대책을 내놓지 않을 수 없다.", False),
    ("경기 침체가 오지 않을까 우려된다.", False), ("머지않아 결론이 날 것이다.", False),
    ("삼성전자 못지않게 SK하이닉스도 선전했다.", False), ("안 장관은 회의를 주재했다.", False), ("안덕근 장관은 말했다.", False),
    ("수출은 끊임없이 늘었다.", False), ("피해가 적지 않았다.", False), ("미국 수출이 늘었다.", False),
    ("감소할 수밖에 없다.", False), ("이번 조치가 금리 인하의 신호가 아니냐는 관측이 나온다.", False), ("1년 안에 완공된다.", False),
    ("기업들이 투자를 늘리지 않으면 안 된다.", False), ("시장 안팎에서는 우려가 나왔다.", False), ("아니면 다른 방법을 찾아야 한다.", False),
])
def test_korean_negation(text, neg):
    assert negated(text, "ko") is neg


def test_soft_korean_cues():
    for t in ("정부는 법안에 거부권을 행사했다.", "협상이 무산됐다.", "수출은 예외 없이 늘었다.", "물가는 목표치에 못 미쳤다.",
              "피해가 적지 않았다."):
        assert cues(t, "ko") == [] and softened(t)


@pytest.mark.parametrize("letters,hangul", [
    ("leejaemyung", "이재명"), ("leejaemyong", "이재명"), ("yijaemyeong", "이재명"), ("yoonsukyeol", "윤석열"),
    ("yunseokyeol", "윤석열"), ("parkgeunhye", "박근혜"), ("choisangmok", "최상목"), ("chungeuisun", "정의선"),
    ("jeongeuiseon", "정의선"), ("kimjongun", "김정은"), ("ahndukgeun", "안덕근"), ("handucksoo", "한덕수"),
    ("rohmoohyun", "노무현"), ("moonjaein", "문재인"), ("bankimoon", "반기문"), ("kimnayoung", "김나영"),
])
def test_fair_spellings_of_korean_names(letters, hangul):
    assert spells(letters, hangul)


@pytest.mark.parametrize("letters,hangul", [("kimnayeon", "김나영"), ("leejaemin", "이재명"), ("parkjaemyung", "이재명")])
def test_other_names_are_not_spellings(letters, hangul):
    assert not spells(letters, hangul)


def test_romanize_hangul():
    assert (romanize("재명"), romanize("이"), romanize("박")) == ("Jaemyeong", "Lee", "Park")


NAMES = "한국무역협회 김나영 수석연구원은 말했다. 이재명 대표는 윤석열 대통령을 만났다."


@pytest.mark.parametrize("draft,found", [
    ("Kim Na-young and Lee Jae-myung met President Yoon Suk Yeol.", []),
    ("Kim Na-yeong and Lee Jae-myong met President Yoon Seok-yeol.", []),
    ("Kim Nayoung and Yi Jaemyung met Yoon Suk-yeol.", []),
    ("Kim said so. Han River is long.", []),
    ("Kim Na-yeon said so.", [("Na-yeon", "Na-yeong")]),
    ("Kim Nayeon said so.", [("Nayeon", None)]),
    ("Lee Jae-min met President Yoon Suk Yeol.", [("Jae-min", "Jae-myeong")]),
    ("Park Jae-myung met President Yoon Suk Yeol.", [("Park", None)]),
])
def test_korean_name_slips(draft, found):
    got = compare_hangul_names(NAMES, [(0, len(NAMES))], draft, [(0, len(draft))])
    assert [(draft[m.start:m.end], m.fix[2] if m.fix else None) for m in got] == found


KO = ("제11호 태풍 힌남노가 6일 오전 4시 50분께 경남 거제 부근에 상륙했다. 이번 태풍으로 2명이 숨지고 1만 2천 가구가 "
      "정전됐다.\n\n"
      "행정안전부에 따르면 재산 피해는 3천500억 원으로 잠정 집계됐다. 이상민 행정안전부 장관은 \"복구에 최선을 다하겠다\"고 "
      "말했다.\n\n"
      "포항시는 아직 피해 규모를 파악하지 못했다. 정부는 오는 13일(화) 특별재난지역 선포 여부를 결정한다.")
KO_EN = ("Typhoon Hinnamnor, the 11th of the season, made landfall near Geoje, South Gyeongsang Province, at around "
         "4:50 a.m. on the 6th. Two people died and 12,000 households lost power in the typhoon.\n\n"
         "According to the Ministry of the Interior and Safety, property damage has been provisionally put at 350 "
         "billion won. Interior and Safety Minister Lee Sang-min said that \"we will do our best for the recovery.\"\n\n"
         "Pohang has not yet determined the extent of the damage. The government will decide on Tuesday, the 13th, "
         "whether to declare a special disaster zone.")


def test_a_korean_article():
    assert accuracy(KO_EN, KO) == []


@pytest.mark.parametrize("old,new,rule,excerpt", [
    ("4:50 a.m.", "4:50 p.m.", "A004", "4:50 p.m."),
    ("12,000 households", "1,200 households", "A003", "1,200"),
    ("350 billion won", "35 billion won", "A003", "35 billion won"),
    ("the 13th", "the 14th", "A004", "14th"),
    ("on Tuesday", "on Wednesday", "A004", "Wednesday"),
    ("has not yet determined", "has determined", "A006", None),
    ("Lee Sang-min", "Lee Sang-woo", "A005", "Sang-woo"),
])
def test_a_broken_korean_article(old, new, rule, excerpt):
    found = accuracy(KO_EN.replace(old, new), KO)
    assert [r for r, _ in found] == [rule]
    if excerpt:
        assert found[0][1] == excerpt


KO_LAUNCH = "누리호 개발에는 약 1조9천572억 원이 투입됐다. 누리호는 발사 후 약 13분 만에 고도 550㎞에 도달했다."
KO_LAUNCH_EN = ("Some 1.96 trillion won has been spent on developing Nuri. The rocket reached an altitude of 550 km "
                "about 13 minutes after liftoff.")


@pytest.mark.parametrize("old,new,rule", [
    (None, None, None),  # a rounded 1.96 trillion and "km" for ㎞ are faithful
    ("1.96 trillion won", "1.96 billion won", "A003"), ("550 km", "505 km", "A003"), ("550 km", "550 miles", "A003"),
])
def test_korean_trillions_with_thousands_and_unit_signs(old, new, rule):
    draft = KO_LAUNCH_EN.replace(old, new) if old else KO_LAUNCH_EN
    assert [r for r, _ in accuracy(draft, KO_LAUNCH)] == ([rule] if rule else [])


@pytest.mark.parametrize("original,draft,fires", [
    ("공인중개사 김모(41)씨는 징역 4년 6개월을 선고받았다.", "Kim, 41, got four and a half years.", False),
    ("공인중개사 김모(41)씨는 징역 4년6개월을 선고받았다.", "Kim, 41, got four years and six months.", False),
    ("공인중개사 김모(41)씨는 징역 4년 6개월을 선고받았다.", "Kim, 41, got five and a half years.", True),
    ("공인중개사 김모(41)씨는 징역 4년을 선고받았다.", "Kim, 41, got four and a half years.", True),
    ("회의는 90분간 이어졌다.", "The meeting lasted an hour and a half.", False),
    ("회의는 90분간 이어졌다.", "The meeting lasted two hours.", True),
    ("피해액의 3분의 1을 돌려받았다.", "They got back a third of the losses.", False),
])
def test_korean_terms_of_years_and_months(original, draft, fires):
    """4년 6개월 is "four and a half years"; the unit may carry its particle (6개월을, 90분간)."""
    assert any(r == "A003" for r, _ in accuracy(draft, original)) == fires


# Blind round 9 (ko_jeonse): a small count of people with its counter 명, dropped with its clause, is an omission
@pytest.mark.parametrize("draft,fires", [
    ("Most victims were in their 20s and 30s, and four of them took their own lives.", False),
    ("Most victims were in their 20s and 30s, and 4 of them took their own lives.", False),
    ("Most victims were in their 20s and 30s who had just entered society.", True),
])
def test_korean_dropped_count_of_people(draft, fires):
    original = "피해자 대부분은 20∼30대 사회초년생이었으며, 이 가운데 4명은 스스로 목숨을 끊었다."
    assert any(r == "A001" for r, _ in accuracy(draft, original)) == fires


KO_AWAY = "그는 \"산사태 위험이 여전히 높다\"며 \"주민들은 당분간 {verb}\"고 당부했다."


@pytest.mark.parametrize("verb,english,fires", [
    ("계곡에 접근하지 말아 달라", "We ask residents to stay away from valleys for now.", False),
    ("계곡에 가까이 가지 마세요", "Residents should keep away from valleys for now.", False),
    ("계곡에 들어가지 말라", "Residents should avoid valleys for now.", False),
    ("계곡 출입을 하지 말라", "Residents should stay out of valleys for now.", False),
    ("계곡에 접근하지 말아 달라", "We ask residents to approach the valleys for now.", True),
])
def test_korean_do_not_approach_is_stay_away(verb, english, fires):
    """접근하지 말아 달라 "do not approach" is what English says "stay away from", "avoid" (polaritykeep)."""
    original = KO_AWAY.format(verb=verb)
    draft = f'"The risk of landslides remains high," he said. "{english}"'
    assert any(r == "A006" for r, _ in accuracy(draft, original)) == fires


@pytest.mark.parametrize("original,draft,fires", [
    ("피해액은 약 1,200억 원으로, 지난해의 2조 원에는 미치지 못할 것으로 보인다.",
     "Damage is estimated at about 120 billion won, well short of last year's 2 trillion won.", False),
    ("수출은 목표치에 미치지 못했다.", "Exports fell short of the target.", False),
    ("수출은 목표치에 도달하지 못했다.", "Exports came in below the target.", False),
    ("수출은 목표치에 미치지 못했다.", "Exports reached the target.", True),
])
def test_korean_not_reaching_is_short_of(original, draft, fires):
    """미치지 못하다 / 도달하지 못하다 "does not reach" is the English "short of", "below"."""
    assert any(r == "A006" for r, _ in accuracy(draft, original)) == fires


@pytest.mark.parametrize("draft,fires", [
    ("A maximum wind speed of 34.2 m per second was observed in Geoje.", True),
    ("A maximum wind speed of 43.2 m per second was observed in Geoje.", False),
    ("Gusts of up to 43.2 meters per second were recorded in Geoje.", False),
    ("Gusts of up to 43.2 metres a second were recorded in Geoje.", False),
])
def test_korean_wind_speed_in_metres_per_second(draft, fires):
    """초속 43.2m as "34.2 m per second": the "m" before "per second" is metres, not millions, and "second" no
    ordinal, so the wrong figure is read as a speed and compared."""
    original = "경남 거제에서는 최대 순간풍속 초속 43.2m가 관측됐다."
    assert any(r == "A003" for r, _ in accuracy(draft, original)) == fires


@pytest.mark.parametrize("text,value,unit", [
    ("34.2 m per second", 34.2, "m per second"), ("22 km per hour", 22, "km per hour"),
    ("150 km an hour", 150, "km an hour"), ("$2.5m per year", 2.5e6, "USD"),
])
def test_english_speeds_spelled_out(text, value, unit):
    (q,) = quantities(text, lang="en")
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text,value", [
    ("2천270원", 2270), ("1천500", 1500), ("3천8원", 3008), ("2천520억 원", 2.52e11), ("5천만 원", 5e7),
])
def test_korean_thousands_glued_to_digits(text, value):
    """2천270원 is 2,270 won: digits glued after 천 are its hundreds, tens and units, not a second figure."""
    assert whole_figure(text, "ko")[0] == value


@pytest.mark.parametrize("draft,fires", [
    ("Fares will rise by about 1,350 won per trip from next month.", False),
    ("Fares will rise by about 1,530 won per trip from next month.", True),
])
def test_korean_glued_thousands_compared_whole(draft, fires):
    original = "다음 달부터 요금이 1회당 1천350원가량 오른다."
    found = accuracy(draft, original)
    assert any(r == "A003" for r, _ in found) == fires
    assert not any(r == "A001" for r, _ in found)


@pytest.mark.parametrize("draft,fires", [
    ("Residents said they had hardly used the new bridge since it opened in March.", False),
    ("Residents said they had barely used the new bridge since it opened in March.", False),
    ("Residents said they had often used the new bridge since it opened in March.", True),
])
def test_korean_hardly_for_geoui_not(draft, fires):
    """거의 …지 않았다 "almost did not" is the English "hardly", "barely": no negation lost."""
    original = "주민들은 3월 개통 이후 새 다리를 거의 이용하지 않았다고 말했다."
    assert any(r == "A006" for r, _ in accuracy(draft, original)) == fires


@pytest.mark.parametrize("draft,fires", [
    ("Police have not yet identified a motive and have not named the suspect.", False),
    ("Police have not yet identified a motive or named the suspect.", False),
    ("Police have not yet identified a motive and have named the suspect.", True),
    ('"We have not yet identified a motive," police said. "The suspect has been named."', True),
])
def test_korean_negation_lost_beside_one_kept(draft, fires):
    """Korean negates each clause (파악하지 못했으며, 공개하지 않았다): a draft that keeps one "not" and drops the
    other turns half the sentence around; "not A or B" negates both and is faithful."""
    original = "경찰은 아직 범행 동기를 파악하지 못했으며, 용의자의 이름도 공개하지 않았다."
    assert any(r == "A006" for r, _ in accuracy(draft, original)) == fires


_FLU_PLAN = ("보건복지부와 질병관리청은 10월 5일 월요일 오전 10시 정부세종청사에서 독감 예방접종 계획을 발표했다. "
             "접종은 10월 12일부터 시작된다. 대상은 어린이와 65세 이상 노인 등 약 1천400만 명이다. "
             "백신 물량은 충분하다고 당국은 밝혔다. 접종은 전국 2만 곳의 의료기관에서 받을 수 있다.")
_FLU_REST = ("Vaccinations will begin on October 12. Those eligible include children and people aged 65 or over, "
             "about 14 million people in all. The authorities said vaccine supplies were sufficient. Shots will be "
             "available at 20,000 medical institutions nationwide.")


@pytest.mark.parametrize("clause,fires", [
    (", at the Government Complex Sejong", False),
    (", after weeks of talks with hospitals in Busan", True),
])
def test_korean_clause_naming_a_compound_of_the_original(clause, fires):
    """", at the Government Complex Sejong" translates 정부세종청사에서 (Sejong inside a compound, which e5 reads
    poorly); an invented clause naming a place the original does not is still an addition."""
    first = ("The Ministry of Health and Welfare and the Korea Disease Control and Prevention Agency announced the "
             f"flu vaccination plan at 10 a.m. on Monday, October 5{clause}.")
    found = accuracy(f"{first} {_FLU_REST}", _FLU_PLAN)
    assert any(r == "A002" for r, _ in found) == fires
