"""Facts a faithful translation gives in another form (a 24-hour clock as "2 p.m.", years as decades,
十余 as "more than a dozen"), and the other quiet cases met on WMT22 news: a Latin name glued to Chinese
(“Heim说”), a list number split off as a sentence, 逾万 "more than 10,000", 能不能 "whether we can",
拒绝 "refusing". Each faithful pair must raise nothing; each broken one still raises its finding."""

import pytest

from checks.accuracy.clocktimes import clock_times
from checks.accuracy.numbers import quantities
from checks.accuracy.samefigure import same_figure
from accuracy_pairs import accuracy


def one(text, lang):
    (q,) = quantities(text, lang=lang)
    return q


@pytest.mark.parametrize("original,lang,draft", [
    ("14时", "zh", "2 p.m."), ("21時", "ja", "9 pm"), ("下午3点", "zh", "3 p.m."), ("um 14 Uhr", "de", "at 2:00 p.m."),
    ("à 20h30", "fr", "at 8:30 p.m."), ("alle ore 15", "it", "at 3 p.m."), ("a las 19 horas", "es", "at 7 p.m."),
    ("10時半", "ja", "at half past ten"), ("8時45分", "ja", "at a quarter to nine"), ("22时", "zh", "at ten o'clock"),
])
def test_the_same_hour_on_either_clock(original, lang, draft):
    (o,), (d,) = clock_times(original, lang=lang), clock_times(draft, lang="en")
    assert o.minutes & d.minutes


@pytest.mark.parametrize("original,lang,draft", [("14时", "zh", "4 p.m."), ("14 Uhr", "de", "2 a.m.")])
def test_a_different_hour_stays_different(original, lang, draft):
    (o,), (d,) = clock_times(original, lang=lang), clock_times(draft, lang="en")
    assert not o.minutes & d.minutes


def test_index_points_and_every_fifteen_minutes_are_no_clock_times():
    assert clock_times("股指上涨3点", lang="zh") == []
    assert clock_times("Die Busse fahren alle 15 Minuten.", lang="de") == []


@pytest.mark.parametrize("original,lang,draft", [
    ("近20年来", "zh", "nearly two decades"), ("三十年", "zh", "three decades"), ("十余名女性", "zh", "more than a dozen women"),
    ("二十四名", "zh", "two dozen"),
])
def test_the_same_figure_in_another_form(original, lang, draft):
    assert same_figure(one(original, lang), one(draft, "en"))


@pytest.mark.parametrize("draft,value", [
    ("a three-week trip", 3), ("a two-seat plane", 2), ("his twenty-five-year career", 25), ("a two-time champion", 2),
])
def test_an_english_number_word_hyphened_to_a_measure_is_read(draft, value):
    assert one(draft, "en").values == (value,)


def test_a_number_word_in_other_hyphened_words_is_not_a_figure():
    assert quantities("a three-way race and two-thirds of the vote", lang="en") == []


def test_a_two_week_stay_is_its_chinese_figure():
    original = "两周后，一架小型飞机在下午2时40分坠毁。"  # 两周: two weeks
    rules = lambda draft: [rule for rule, _ in accuracy(draft, original)]  # noqa: E731
    assert rules("Two weeks later, a small plane crashed at 2:40 p.m.") == []
    assert rules("After a two-week wait, a small plane crashed at 2:40 p.m.") == []
    assert "A003" in rules("After a three-week wait, a small plane crashed at 2:40 p.m.")


@pytest.mark.parametrize("original,lang,draft", [
    ("近20年来", "zh", "nearly two years"), ("30年", "zh", "two decades"), ("十二名", "zh", "two dozen"),
])
def test_a_different_figure_stays_different(original, lang, draft):
    assert not same_figure(one(original, lang), one(draft, "en"))


def test_a_faithful_news_translation_with_clock_and_decades_raises_nothing():
    original = ("新规执行后，安检计划每日9时和21时各发布一次，过坝计划每日14时和20时各发布一次。"
                "近20年来，中国政府一直关注新生儿的救治。历经10余年不断完善，早产儿存活率增加约三分之一。")
    draft = ("Under the new rules, the safety inspection plan is issued daily at 9 a.m. and 9 p.m., and the dam "
             "passage plan daily at 2 p.m. and 8 p.m. For nearly two decades, the Chinese government has focused "
             "on the treatment of newborns. After more than a decade of improvement, the survival rate of "
             "premature babies has risen by about a third.")
    assert accuracy(draft, original) == []


def test_a_wrong_hour_is_still_flagged():
    original = "过坝计划每日14时和20时各发布一次，便于船舶灵活安排。"
    draft = "The passage plan is issued daily at 4 p.m. and 8 p.m., so that ships can plan flexibly."
    assert ("A004", "4 p.m.") in accuracy(draft, original)  # a clock time: compared as a time


def test_a_latin_name_glued_to_chinese_is_the_name():
    original = "Boston Common资产管理的负责人Steven Heim说，该和解协议应该会令马斯克受到更多监督。"
    draft = "Steven Heim, head of asset management at Boston Common, said the settlement should bring Musk more oversight."
    assert accuracy(draft, original) == []
    misspelt = draft.replace("Heim", "Hiem")
    assert ("A005", "Hiem") in accuracy(misspelt, original)


def test_a_list_number_split_off_is_not_an_addition():
    original = ("香港政府公布了三项措施。1.加强对投资移民申请的审查。2.实地巡查涉及重大投资移民的项目，"
                "至9月下旬已巡查了超过20个投资项目。")
    draft = ("The Hong Kong government announced three measures. 1. Tighter review of investment immigration "
             "applications. 2. Field visits to projects involving major investment immigration, of which more "
             "than 20 had been visited by late September.")
    assert [r for r, _ in accuracy(draft, original) if r == "A002"] == []


def test_over_ten_thousand_said_in_figures_is_not_invented():
    original = "逾万灾民入住收容中心，有人担心余震不敢回家，宁愿在户外过夜。"
    draft = ("More than 10,000 victims moved into shelters; some, fearing aftershocks, dared not go home and "
             "preferred to spend the night outdoors.")
    assert accuracy(draft, original) == []


def test_a_yes_or_no_question_and_a_refusal_are_not_flipped_negations():
    question = "刘先生说：“我们打算挑战一下自己，看能不能走完50公里的港岛径！”"
    assert accuracy("Mr. Liu said: “We are going to challenge ourselves to see if we can complete the "
                    "50-kilometre Hong Kong Island Trail!”", question) == []
    refusal = "美方坚持“先去核化”，甚至拒绝发表“终战宣言”，李勇浩称。"
    assert accuracy("The United States insists on “denuclearization first”, even refusing to issue a "
                    "“declaration of the end of the war”, Lee said.", refusal) == []
    flipped = "他表示，双方目前不打算举行新一轮会谈。"
    assert "A006" in {r for r, _ in accuracy("He said the two sides plan to hold a new round of talks.", flipped)}


def test_chinese_clock_times_are_times_not_figures():
    original = "根据格尔木市公安局的调查情况，黄某某于7月6日19时54分进入青海省境内，7日4时抵达格尔木市。"
    assert accuracy("According to the Golmud police, Huang entered Qinghai at 19:54 on July 6 and arrived in Golmud "
                    "at 4 a.m. on July 7.", original) == []
    assert accuracy("According to the Golmud police, Huang entered Qinghai at 7:54 p.m. on July 6 and arrived in "
                    "Golmud at 4:00 on July 7.", original) == []
    assert ("A004", "19:00") in accuracy("According to the Golmud police, Huang entered Qinghai at 19:00 on July 6 "
                                         "and arrived in Golmud at 4:00 on July 7.", original)


def test_minutes_are_not_a_day_and_full_width_colons_are_times():
    assert accuracy("The police found that Huang passed the Naijigou checkpoint at 17:07 on July 13.",
                    "警方发现黄某某曾于7月13日17时07分通过乃吉沟检查站。") == []
    assert accuracy('The noon program "World Finance" airs 12:00-13:00 from Monday to Sunday, the evening column '
                    "20:30-21:30.", "午间节目《天下财经》首播时间为周一至周日12：00-13:00，晚间专栏20：30-21:30。") == []


def test_points_of_an_index_are_not_an_hour():
    assert ("A003", "30") in {(r, e.split()[0]) for r, e in accuracy(
        "The Shanghai index rose 30 points on Tuesday, traders said.", "周二，上证指数上涨3点，交易员表示。")}


@pytest.mark.parametrize("original,draft", [
    ("如果此时段必须外出，一定要做好防护工作，以防晒伤。", "If you can't avoid going out at these hours, protect yourself against sunburn."),
    ("毫无疑问，这部影片充满了实验性。", "There is no doubt that the film is full of experiments."),
    ("调查网络事件性质时，应当提供充分证据，不能凭空猜测。",
     "When investigating network events, one should provide sufficient evidence instead of resorting to speculation."),
])
def test_litotes_no_doubt_and_instead_of_are_not_flipped(original, draft):
    assert accuracy(draft, original) == []


def test_a_real_flip_beside_them_is_still_flagged():
    assert "A006" in {r for r, _ in accuracy("He said the government will raise tax rates next year.",
                                             "他说，政府明年不会提高税率。")}


def test_an_approximate_chinese_hour_is_a_time():
    assert accuracy("Her phone was switched off in the area at around 18:00 on July 9.",
                    "黄某某直至9日18时许在该区域关机。") == []


@pytest.mark.parametrize("original,draft", [
    ("Сам он уже много лет с ней борется, но пока безуспешно.", "He has been fighting it for years, but so far to no avail."),
    ("И было, да неправда.", "It happened, but it wasn't true."),
    ("Не прав медведь, что корову съел.", "It is wrong for a bear to eat a cow."),
    ("Была бы охота — найдём доброхота.", "Nothing is impossible to a willing heart."),
])
def test_russian_words_that_say_no_and_their_english_renderings(original, draft):
    assert [r for r, _ in accuracy(draft, original) if r == "A006"] == []


def test_a_russian_flip_is_still_flagged():
    assert "A006" in {r for r, _ in accuracy("The ministry said the plan would be approved this year.",
                                             "В министерстве заявили, что план не будет утверждён в этом году.")}


@pytest.mark.parametrize("text,lang,value,unit", [
    ("每口150-200ml", "zh", 200, "ml"), ("a 5mg dose", "en", 5, "mg"), ("10cm of snow", "en", 10, "cm"),
    ("a 500MW plant", "en", 500, "mw"), ("装机容量500兆瓦", "zh", 500, "兆瓦"), ("40kWh", "en", 40, "kwh"),
])
def test_small_units_and_power_glued_to_the_figure(text, lang, value, unit):
    q = quantities(text, lang=lang)[-1]
    assert (q.value, q.kind, q.unit) == (value, "unit", unit)


def test_a_network_generation_is_no_unit():
    assert quantities("China has built the largest 5G network.", lang="en") == []


def test_a_range_in_millilitres_is_not_dropped():
    original = "在湿热天气里，要准备充足的饮用水，每口在150-200ml之间。"
    assert accuracy("In hot, humid weather, have enough water ready, with each mouthful between 150-200ml.",
                    original) == []
    assert ("A003", "250ml") in accuracy("In hot, humid weather, have enough water ready, with each mouthful "
                                         "between 150-250ml.", original)
