"""Figures a faithful translation gives in another form (a 24-hour clock as "2 p.m.", years as decades,
十余 as "more than a dozen"), and the other quiet cases met on WMT22 news: a Latin name glued to Chinese
(“Heim说”), a list number split off as a sentence, 逾万 "more than 10,000", 能不能 "whether we can",
拒绝 "refusing". Each faithful pair must raise nothing; each broken one still raises its finding."""

import pytest

from checks import CheckOptions, check_text
from checks.accuracy.numbers import quantities, same_figure


def accuracy(draft, original):
    report = check_text(draft, CheckOptions(original=original))
    for f in report.findings:
        assert f.excerpt == draft[f.start : f.end]
    return [(f.rule, f.excerpt) for f in report.findings if f.category == "accuracy"]


def one(text, lang):
    (q,) = quantities(text, lang=lang)
    return q


@pytest.mark.parametrize("original,lang,draft", [
    ("14时", "zh", "2 p.m."), ("21時", "ja", "9 pm"), ("um 14 Uhr", "de", "at 2:00 p.m."),
    ("alle 15", "it", "at 3 p.m."), ("a las 19 horas", "es", "at 7 in the evening"),
    ("0点", "zh", "12 a.m."), ("近20年来", "zh", "nearly two decades"), ("三十年", "zh", "three decades"),
    ("十余名女性", "zh", "more than a dozen women"),
])
def test_the_same_figure_in_another_form(original, lang, draft):
    assert same_figure(one(original, lang), one(draft, "en"))


@pytest.mark.parametrize("original,lang,draft", [
    ("14时", "zh", "4 p.m."), ("14 Uhr", "de", "2 a.m."), ("14", "de", "2"),  # no clock word: no second reading
    ("近20年来", "zh", "nearly two years"), ("30年", "zh", "two decades"),
])
def test_a_different_figure_stays_different(original, lang, draft):
    assert not same_figure(one(original, lang), one(draft, "en"))


def test_a_time_glued_to_pm_is_a_figure_not_a_code():
    assert one("The market closes at 8pm.", "en").values == (8.0, 20.0)
    assert quantities("The 5G network and the 3D model", lang="en") == []


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
    assert ("A003", "4") in accuracy(draft, original)


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
