"""Originals in Thai: figures (Thai and Arabic digits, พัน / หมื่น / แสน / ล้าน / พันล้าน / ล้านล้าน glued to what
follows, baht, เปอร์เซ็นต์ and ร้อยละ before the figure), months (full and ม.ค. ... ธ.ค.) with Buddhist-era years and
weekdays after วัน, negation (ไม่, ไม่ได้, ยังไม่, มิได้, อย่า) with the phrases that do not negate, sentences cut at
the spaces that end them, and names compared by their consonants (Prayut Chan-o-cha, Thapanee Kiatphaibool), each
on a faithful translation that must raise nothing and on a broken one that must raise the right finding."""

import pytest

from checks.accuracy.dates import date_mentions
from checks.accuracy.nameskhmer import latin_skeleton
from checks.accuracy.namesthai import thai_skeletons
from checks.accuracy.numbers import quantities
from checks.accuracy.pairing import original_language
from checks.accuracy.polarity import cues, negated, softened
from checks.accuracy.split import split_original
from accuracy_pairs import accuracy, whole_figure


@pytest.mark.parametrize("text,value,kind,unit", [
    ("3,500 ล้านบาท", 3.5e9, "money", "THB"), ("๓,๕๐๐ ล้านบาท", 3.5e9, "money", "THB"),
    ("1.67 ล้านล้านบาท", 1.67e12, "money", "THB"), ("35.5 ล้าน", 35.5e6, "number", ""),
    ("2 หมื่นล้านบาท", 2e10, "money", "THB"), ("5 แสนบาท", 5e5, "money", "THB"), ("8 หมื่น", 8e4, "number", ""),
    ("3 พัน", 3e3, "number", ""), ("4 พันล้านดอลลาร์สหรัฐ", 4e9, "money", "USD"), ("47,000 บาท", 47000, "money", "THB"),
    ("฿300", 300, "money", "THB"), ("15 เปอร์เซ็นต์", 15, "percent", "%"), ("ร้อยละ 12.5", 12.5, "percent", "%"),
    ("ร้อยละ๒๖", 26, "percent", "%"), ("72.5%", 72.5, "percent", "%"), ("120 ตัน", 120, "unit", "ตัน"),
    ("1,500 ไร่", 1500, "unit", "ไร่"), ("25 กิโลเมตร", 25, "unit", "กิโลเมตร"),
])
def test_thai_figures(text, value, kind, unit):
    assert whole_figure(text, "th") == (value, kind, unit)


def test_words_glued_to_figures():
    # a scale or unit word ends where the next word begins (Thai writes no spaces between words) ...
    t = "ต้อนรับนักท่องเที่ยวจำนวน 35.5 ล้านคนในปี 2567"
    assert [(t[q.start:q.end], q.value) for q in quantities(t, lang="th")] == [("35.5 ล้าน", 35.5e6), ("2567", 2567)]
    # ... but not inside a syllable: the พัน of พันธุ์ (species) is no thousand, the แสน of แสนะ none either
    assert [q.value for q in quantities("พบ 3 พันธุ์", lang="th")] == [3]
    # a Thai word's code is a code, no figure, as Covid-19 is in English (and no minus nineteen)
    assert quantities("การระบาดของโควิด-19", lang="th") == []


def test_thai_dates_and_weekdays():
    t = "เมื่อวันพุธที่ 15 มกราคม 2568 และวันที่ 20 ก.พ. 2568 ส่วน 1 ต.ค. 67 และวันที่ 3 มีนาคม ค.ศ. 2024"
    got = [(d.month, d.day, d.year, d.weekday) for d in date_mentions(t)]
    assert got == [(None, None, None, 3), (1, 15, 2025, None), (2, 20, 2025, None), (10, 1, 2024, None),
                   (3, 3, 2024, None)]
    days = "วันจันทร์ วันอังคาร วันพุธ วันพฤหัสบดี วันศุกร์ วันเสาร์ วันอาทิตย์"
    assert [d.weekday for d in date_mentions(days)] == [1, 2, 3, 4, 5, 6, 7]
    months = "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม"
    assert [d.month for d in date_mentions(months)] == list(range(1, 13))
    abbreviated = " ".join(f"{i + 1} {m}" for i, m in enumerate(
        "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split()))
    assert [(d.month, d.day) for d in date_mentions(abbreviated)] == [(i, i) for i in range(1, 13)]
    assert [d.month for d in date_mentions("ภายในเดือน ธ.ค. นี้")] == [12]
    # the moon (จันทร์), the sun (พระอาทิตย์), a police rank (พ.ต.อ.), an abbreviation alone: no dates
    assert date_mentions("พระจันทร์และพระอาทิตย์ พ.ต.อ. สมชาย สังกัด ก.พ. และ ส.ค.") == []


@pytest.mark.parametrize("text,neg", [
    ("รัฐบาลจะไม่เก็บค่าธรรมเนียมในปีนี้", True), ("เรายังไม่ได้กลับไปถึงระดับก่อนการระบาด", True),
    ("แรงงานในภาคบริการยังไม่เพียงพอ", True), ("ไม่มีผู้ได้รับบาดเจ็บ", True), ("กระทรวงมิได้ชี้แจง", True),
    ("อย่าออกจากบ้าน", True), ("นี่ไม่ใช่ปัญหาใหม่", True), ("เขาไม่เคยพูดเช่นนั้น", True),
    ("ไม่เพียงแต่ราคาข้าว ราคาปุ๋ยก็เพิ่มขึ้นด้วย", False), ("ไม่ว่าฝนจะตกหรือไม่ เกษตรกรก็ทำนา", False),
    ("มีผู้เข้าร่วมไม่น้อยกว่า 500 คน", False), ("เงินกู้ไม่เกิน 5 หมื่นบาท", False), ("ใช้เวลาเพียงไม่กี่วัน", False),
    ("รัฐบาลจะประกาศผลในไม่ช้า", False), ("อย่างไรก็ตาม ราคายังคงสูง", False), ("เขาซื้อไม้สักจำนวนมาก", False),
    ("การประชุมจะจัดขึ้นในเดือนมิถุนายน", False), ("ยังไม่ทราบว่าจะเลื่อนหรือไม่", True),
])
def test_thai_negation(text, neg):
    assert negated(text, "th") is neg


def test_thai_words_that_say_no_without_a_negator():
    assert softened("กระทรวงปฏิเสธข้อกล่าวหา") and softened("รัฐบาลห้ามส่งออกข้าว")
    assert not cues("กระทรวงปฏิเสธข้อกล่าวหา", "th")
    assert not softened("กระทรวงยอมรับข้อเสนอ")


def test_thai_sentences_end_at_spaces():
    t = ("นักท่องเที่ยวต่างชาติสร้างรายได้ให้ประเทศประมาณ 1.67 ล้านล้านบาท นักท่องเที่ยวจากจีนยังคงเป็นกลุ่มใหญ่ที่สุด "
         "โดยมีจำนวน 6.7 ล้านคน รองลงมาคือมาเลเซีย นายสรวงศ์ เทียนทอง รัฐมนตรีว่าการกระทรวงการท่องเที่ยวและกีฬา กล่าวว่า "
         "ภูเก็ตเติบโตมากที่สุด ในปี 2562 ประเทศไทยมีนักท่องเที่ยวเกือบ 40 ล้านคน เมื่อวันอังคารที่ผ่านมา "
         "คณะรัฐมนตรีอนุมัติงบประมาณ การประชุมจะจัดขึ้นในวันที่ 20 ก.พ. 2568 ที่จังหวัดเชียงราย")
    assert [t[s.start:s.end] for s in split_original(t)] == [
        "นักท่องเที่ยวต่างชาติสร้างรายได้ให้ประเทศประมาณ 1.67 ล้านล้านบาท",
        "นักท่องเที่ยวจากจีนยังคงเป็นกลุ่มใหญ่ที่สุด โดยมีจำนวน 6.7 ล้านคน รองลงมาคือมาเลเซีย",
        "นายสรวงศ์ เทียนทอง รัฐมนตรีว่าการกระทรวงการท่องเที่ยวและกีฬา กล่าวว่า ภูเก็ตเติบโตมากที่สุด",
        "ในปี 2562 ประเทศไทยมีนักท่องเที่ยวเกือบ 40 ล้านคน",
        "เมื่อวันอังคารที่ผ่านมา คณะรัฐมนตรีอนุมัติงบประมาณ",
        "การประชุมจะจัดขึ้นในวันที่ 20 ก.พ. 2568 ที่จังหวัดเชียงราย"]
    assert original_language("ประเทศไทยต้อนรับนักท่องเที่ยวต่างชาติจำนวน 35.5 ล้านคน เพิ่มขึ้นร้อยละ 26") == "th"


def test_names_by_their_consonants():
    for thai, latin in (("ประยุทธ์", "Prayut"), ("จันทร์โอชา", "Chan-o-cha"), ("นางสาวฐาปนีย์", "Thapanee"),
                        ("เกียรติไพบูลย์", "Kiatphaibool"), ("เกียรติไพบูลย์", "Kiatpaiboon"), ("นายสรวงศ์", "Sorawong"),
                        ("เทียนทอง", "Thienthong"), ("ภูเก็ต", "Phuket"), ("จังหวัดเชียงราย", "Chiangrai"),
                        ("ทักษิณ", "Thaksin"), ("ชินวัตร", "Shinawatra")):
        assert latin_skeleton(latin) in thai_skeletons(thai), (thai, latin)
    assert latin_skeleton("Thamanee") not in thai_skeletons("ฐาปนีย์")


TH = ("เมื่อวันพุธที่ 15 มกราคม 2568 กระทรวงการท่องเที่ยวและกีฬาเปิดเผยว่า ประเทศไทยมีรายได้ 1.67 ล้านล้านบาท "
      "นางสาวฐาปนีย์ เกียรติไพบูลย์ ผู้ว่าการการท่องเที่ยวแห่งประเทศไทย กล่าวว่า อัตราการเข้าพักอยู่ที่ร้อยละ 72.5 "
      "รัฐบาลจะไม่เก็บค่าธรรมเนียมเหยียบแผ่นดินในปีนี้")
EN = ("On Wednesday, January 15, 2025, the Ministry of Tourism and Sports said that Thailand earned 1.67 trillion baht. "
      "Thapanee Kiatphaibool, governor of the Tourism Authority of Thailand, said hotel occupancy stood at 72.5 percent. "
      "The government will not collect the entry fee this year.")


def test_a_thai_tourism_article():
    assert accuracy(EN, TH) == []
    broken = (EN.replace("Wednesday", "Thursday").replace("1.67 trillion", "1.67 billion").replace("Thapanee", "Thamanee")
              .replace("will not collect", "will collect").replace("72.5", "75.2"))
    assert sorted(accuracy(broken, TH)) == [
        ("A003", "1.67 billion baht"), ("A003", "75.2 percent"), ("A004", "Thursday"), ("A005", "Thamanee"),
        ("A006", "The government will collect the entry fee this year.")]


@pytest.mark.parametrize("original,draft", [
    ("คณะรัฐมนตรีอนุมัติงบประมาณ 3,500 ล้านบาท เพื่อส่งเสริมการท่องเที่ยวในเมืองรอง",
     "The cabinet approved a budget of 3.5 billion baht to promote tourism in secondary cities."),
    ("การประชุมครั้งต่อไปจะจัดขึ้นในวันที่ 20 ก.พ. 2568 ที่จังหวัดเชียงราย",
     "The next meeting will be held on February 20, 2025, in Chiang Rai province."),
    ("พล.อ.ประยุทธ์ จันทร์โอชา กล่าวว่า รัฐบาลจะไม่ขึ้นภาษี", "Prayut Chan-o-cha said the government would not raise taxes."),
    ("ไม่เพียงแต่ราคาข้าวเท่านั้น ราคาปุ๋ยก็เพิ่มขึ้นด้วย", "Not only rice prices but also fertiliser prices rose."),
    ("ราคาห้องพักเพิ่มขึ้นราว 15 เปอร์เซ็นต์ ในช่วงวันหยุดยาว", "Room prices rose by about 15 percent over the long holiday."),
])
def test_faithful_thai_sentences_raise_nothing(original, draft):
    assert accuracy(draft, original) == []


@pytest.mark.parametrize("original,draft,expected", [
    ("คณะรัฐมนตรีอนุมัติงบประมาณ 3,500 ล้านบาท เพื่อส่งเสริมการท่องเที่ยวในเมืองรอง",
     "The cabinet approved a budget of 350 million baht to promote tourism in secondary cities.",
     [("A003", "350 million baht")]),
    ("การประชุมครั้งต่อไปจะจัดขึ้นในวันที่ 20 ก.พ. 2568 ที่จังหวัดเชียงราย",
     "The next meeting will be held on March 20, 2025, in Chiang Rai province.", [("A004", "March 20")]),
    ("พล.อ.ประยุทธ์ จันทร์โอชา กล่าวว่า รัฐบาลจะไม่ขึ้นภาษี", "Prayut Chan-o-cha said the government would raise taxes.",
     [("A006", "Prayut Chan-o-cha said the government would raise taxes.")]),
])
def test_planted_thai_mismatches_are_flagged(original, draft, expected):
    assert accuracy(draft, original) == expected


# round 8 (th_kamrai): "a 12-billion-baht plan", "$5-million grant" are the figure with its scale and currency
@pytest.mark.parametrize("text,value,kind,unit", [
    ("12-billion-baht", 12e9, "money", "THB"), ("$5-million", 5e6, "money", "USD"), ("12 billion baht", 12e9, "money", "THB"),
    ("3.5-billion-dollar", 3.5e9, "money", "USD"),
])
def test_english_hyphenated_scale(text, value, kind, unit):
    assert whole_figure(text, "en") == (value, kind, unit)


def test_hyphenated_scale_pair_and_wrong_scale():
    original = "บริษัทประกาศแผนลงทุน 1.2 หมื่นล้านบาทเพื่อสร้างโรงงานแห่งใหม่"
    assert accuracy("The company unveiled a 12-billion-baht plan to build a new plant.", original) == []
    assert [r for r, _ in accuracy("The company unveiled a 1.2-billion-baht plan to build a new plant.", original)] == ["A003"]


# a date given without its year ("last Tuesday, November 12") leaves the article's year (2567) implied
@pytest.mark.parametrize("draft", [
    "Siam Foods posted a third-quarter profit of 2.43 billion baht, it said last Tuesday, November 12.",
    "Siam Foods said on November 12 that its third-quarter profit was 2.43 billion baht.",
])
def test_year_left_implied_by_a_date(draft):
    original = "บริษัทแจ้งเมื่อวันอังคารที่ 12 พฤศจิกายน 2567 ว่า ในไตรมาสที่ 3 ปี 2567 บริษัทมีกำไรสุทธิ 2,430 ล้านบาท"
    assert accuracy(draft, original) == []


def test_another_year_dropped_still_fires():
    original = "บริษัทแจ้งเมื่อวันที่ 12 พฤศจิกายน 2567 ว่ากำไรสูงที่สุดนับตั้งแต่ปี 2558"
    assert [r for r, _ in accuracy("The company said on November 12 that profit was its highest ever.", original)] == ["A001"]


# Thai points: อัตรากำไรขั้นต้นปรับตัวขึ้น 1.5 จุด เป็นร้อยละ 21.4 is 1.5 percentage points, not 1.5 percent
_POINTS_ORIGINAL = "อัตรากำไรขั้นต้นปรับตัวขึ้น 1.5 {} เป็นร้อยละ 21.4 เนื่องจากต้นทุนวัตถุดิบลดลง"


@pytest.mark.parametrize("word", ["จุด", "จุดเปอร์เซ็นต์", "เปอร์เซ็นต์พอยต์"])
def test_thai_points_given_as_percent(word):
    original = _POINTS_ORIGINAL.format(word)
    assert accuracy("Gross margin widened 1.5 percentage points to 21.4% as raw material costs fell.", original) == []
    found = accuracy("The gross profit margin rose 1.5 percent to 21.4 percent because raw material costs fell.", original)
    assert [r for r, _ in found] == ["A003"]


# round 14 (a flood report): "ไม่ให้เข้าใกล้" (not to go near) said as "stay away from"; a case "ยังไม่ถึงที่สุด"
# (not final) said as "can be appealed"
@pytest.mark.parametrize("original,draft", [
    ("เจ้าหน้าที่เตือนประชาชนไม่ให้เข้าใกล้ริมแม่น้ำในช่วงกลางคืน", "Officials warned people to stay away from riverbanks at night."),
    ("เจ้าหน้าที่เตือนประชาชนอย่าเข้าใกล้ริมแม่น้ำ", "Officials told people to keep away from the riverbanks."),
    ("เจ้าหน้าที่เตือนประชาชนไม่ให้เข้าใกล้ริมแม่น้ำในช่วงกลางคืน", "Officials warned people not to approach the riverbanks at night."),
])
def test_thai_not_going_near_said_as_stay_away(original, draft):
    assert accuracy(draft, original) == []


def test_thai_not_going_near_said_as_going_still_fires():
    o = "เจ้าหน้าที่เตือนประชาชนไม่ให้เข้าใกล้ริมแม่น้ำในช่วงกลางคืน"
    assert [r for r, _ in accuracy("Officials urged people to go to the riverbanks at night.", o)] == ["A006"]


def test_spanish_not_approaching_said_as_stay_away():
    o = "Las autoridades pidieron a los vecinos no acercarse a los ríos durante la noche."
    assert accuracy("The authorities asked residents to stay away from rivers during the night.", o) == []


# round 14: Thai clock times (24-hour "04.30 น." and the six-hour watches of speech)
@pytest.mark.parametrize("text,minutes", [
    ("เมื่อเวลาประมาณ 04.30 น.", [270]), ("เวลา 16.00 น.", [960]), ("เวลา 21.40", [1300]), ("ตีสี่ครึ่ง", [270]),
    ("ตี 2", [120]), ("เมื่อ 2 ทุ่ม", [1200]), ("บ่ายโมง", [780]), ("บ่าย 3 โมง", [900]), ("7 โมงเช้า", [420]),
    ("5 โมงเย็น", [1020]), ("เที่ยงคืน", [0]),
])
def test_thai_clock_times(text, minutes):
    from checks.accuracy.clocktimes import clock_times
    (c,) = clock_times(text, lang="th")
    assert sorted(c.minutes) == minutes


@pytest.mark.parametrize("text", ["ฝนสะสม 187.5 มิลลิเมตร", "ใช้เวลา 1.30 ชั่วโมง", "ตีสิบ"])
def test_thai_decimals_and_durations_are_no_times(text):
    from checks.accuracy.clocktimes import clock_times
    assert clock_times(text, lang="th") == []


_TH_TIME = "ระดับน้ำในแม่น้ำสายเพิ่มขึ้นอย่างรวดเร็วเมื่อเวลาประมาณ 04.30 น. ทำให้ชาวบ้านกว่า 1,200 ครัวเรือนต้องอพยพ"


def test_thai_morning_time_pair_is_silent_and_afternoon_fires():
    good = "The Sai River rose rapidly at around 4:30 a.m., forcing more than 1,200 households to evacuate."
    assert accuracy(good, _TH_TIME) == []
    bad = good.replace("a.m.", "p.m.")
    assert "A004" in [r for r, _ in accuracy(bad, _TH_TIME)]
