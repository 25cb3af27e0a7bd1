"""Originals in Chinese (blind rounds 4 and 12, zh_xialiang, zh_loushi): 并未 "did not (at all)" is a negation the draft may lose,
and 千亿 / 5千万 scale a figure like 亿 and 万 (5千亿元 is 500 billion yuan)."""

import pytest

from accuracy_pairs import accuracy, whole_figure


def test_bingwei_is_a_negation():
    original = "不过，魏锋华强调，局部减产并未影响全国粮食供应的大局。"
    assert accuracy("But Wei stressed that these local losses had not affected the overall national grain supply.",
                    original) == []
    assert [r for r, _ in accuracy("However, Wei Fenghua emphasized that the local reduction in production has "
                                   "affected the overall situation of national grain supply.", original)] == ["A006"]


@pytest.mark.parametrize("text,value", [("5千亿元", 5e11), ("3亿5千万元", 3.5e8), ("60亿元", 6e9), ("1.3万亿元", 1.3e12)])
def test_chinese_scales(text, value):
    assert whole_figure(text, "zh")[:2] == (value, "money")


# Blind round 5 (zh_zuqiu, a football report): a rank with no measure word (排名第四, "fourth") against an
# English ordinal joined to its noun ("third-placed"); the AP dateline "Oct. 26"; a match minute given as the
# gap after the one before ("15 minutes later" for 第71分钟 after 第56分钟).
@pytest.mark.parametrize("text,lang,value", [
    ("排名第四，", "zh", 4), ("名列第五。", "zh", 5), ("third-placed", "en", 3), ("the fifth-ranked side", "en", 5),
    ("a second-seeded player", "en", 2),
])
def test_ranks_are_read(text, lang, value):
    from checks.accuracy.numbers import quantities
    assert [q.value for q in quantities(text, lang=lang)] == [value]


@pytest.mark.parametrize("text", ["第二，加强监管。", "他说：第三，要稳定就业。", "引入第三方机构评估。"])
def test_list_points_and_third_parties_are_no_ranks(text):
    from checks.accuracy.numbers import quantities
    assert quantities(text, lang="zh") == []


def test_a_rank_against_the_next_rank():
    original = "本场失利后，泰山队以54分排名第四，未能缩小与第三名成都蓉城队的差距。"
    assert accuracy("The defeat leaves Taishan fourth on 54 points, and they failed to close the gap on "
                    "third-placed Chengdu Rongcheng.", original) == []
    found = accuracy("After this defeat, Taishan ranked fifth with 54 points and failed to close the gap with "
                     "third-placed Chengdu Rongcheng.", original)
    assert found == [("A003", "fifth")]


@pytest.mark.parametrize("text,day", [("SHANGHAI, Oct. 26 (Xinhua)", 26), ("on Sept. 12, 2024", 12),
                                      ("on Nov. 2 and Nov. 9.", 2), ("since Jan. 5", 5)])
def test_ap_month_abbreviations_take_their_day(text, day):
    from checks.accuracy.dates import date_mentions
    assert date_mentions(text, 0, len(text), english=True)[0].day == day


def test_a_dateline_with_an_abbreviated_month():
    original = "新华社上海10月26日电 上海海港队26日（星期六）晚以3比1获胜，以68分的积分锁定联赛冠军。"
    assert accuracy("SHANGHAI, Oct. 26 (Xinhua) -- Shanghai Port won 3-1 on Saturday night to clinch the title "
                    "with 68 points.", original) == []
    assert ("A004", "Oct. 27") in accuracy("SHANGHAI, Oct. 27 (Xinhua) -- Shanghai Port won 3-1 on Saturday "
                                           "night to clinch the title with 68 points.", original)


def test_a_match_minute_given_as_minutes_later():
    original = "第56分钟，武磊推射扳平比分；第71分钟，奥斯卡主罚任意球直接得分，帮助球队反超。"
    assert accuracy("Wu Lei levelled in the 56th minute, and Oscar put the hosts in front 15 minutes later "
                    "with a free kick.", original) == []
    assert accuracy("Wu Lei levelled in the 56th minute, and Oscar put the hosts in front 26 minutes later "
                    "with a free kick.", original) == [("A003", "26")]


# Blind round 6 (zh_gaokao, an exam report): a duration put in another unit of time (150分钟 "two and a half
# hours"), "a million" for 100万, and 不得 ("must not") said as "banned".
@pytest.mark.parametrize("draft,expected", [
    ("The Chinese paper began at 9 a.m. and lasted two and a half hours.", []),
    ("The Chinese paper began at 9 a.m. and lasted 2.5 hours.", []),
    ("The Chinese paper began at 9 a.m. and lasted 150 minutes.", []),
    ("The Chinese paper began at 9 a.m. and lasted one and a half hours.", ["A003"]),
    ("The Chinese paper began at 9 a.m. and lasted 15 minutes.", ["A003"]),
])
def test_a_duration_in_another_unit(draft, expected):
    assert [r for r, _ in accuracy(draft, "语文考试于上午9时开始，持续150分钟。")] == expected


@pytest.mark.parametrize("text,value", [("more than a million invigilators", 1e6), ("one million people", 1e6),
                                        ("a billion yuan", 1e9), ("half a million people", 5e5)])
def test_a_or_one_before_a_scale_word(text, value):
    from checks.accuracy.numbers import quantities
    assert [q.value for q in quantities(text, lang="en")] == [value]


def test_a_or_one_before_a_compound_is_no_figure():
    from checks.accuracy.numbers import quantities
    assert quantities("a million-dollar home", lang="en") == []


def test_a_million_for_100_wan():
    original = "今年全国共设考点7300余个，监考人员超过100万名。"
    assert accuracy("There are more than 7,300 exam sites, watched over by more than a million invigilators.",
                    original) == []
    assert [r for r, _ in accuracy("There are more than 7,300 exam sites, watched over by more than a billion "
                                   "invigilators.", original)] == ["A003"]


def test_budeshi_said_as_banned():
    original = "教育部提醒，考生不得携带手机等通讯工具进入考场，一经发现将按违规处理，当科成绩无效。"
    assert accuracy("The ministry reminded candidates that mobile phones and other devices are banned from exam "
                    "rooms. Anyone caught with one will lose their score for that paper.", original) == []
    assert [r for r, _ in accuracy("The ministry reminded candidates that they may bring mobile phones and other "
                                   "devices into exam rooms. Anyone caught will lose their score.", original)] == ["A006"]


@pytest.mark.parametrize("draft, fires", [
    ("Wang Hui said candidates should be anxious because of individual rumours.", True),
    ("Wang Hui said candidates need not worry about the rumours.", False),
    ("Wang Hui said there was no need for candidates to be anxious about rumours.", False),
])
def test_need_not_is_a_negation(draft, fires):
    original = "王辉说，考生不必因为个别传言而焦虑。"
    assert ([r for r, _ in accuracy(draft, original)] == ["A006"]) is fires


# blind round 12 (zh_loushi): 仍未 / 还未 / 暂未 "still not" are negations; 仍未止跌 said as "still falling" is kept
@pytest.mark.parametrize("draft, fires", [
    ("He also pointed out that housing prices in third-tier cities have stopped falling.", True),
    ("He added that prices in third-tier cities had yet to stop falling.", False),
    ("He added that prices in third-tier cities were still falling.", False),
    ("He added that prices in third-tier cities continued to fall.", False),
])
def test_still_not_is_a_negation(draft, fires):
    original = "他同时指出，三线城市房价仍未止跌。"
    assert ([r for r, _ in accuracy(draft, original)] == ["A006"]) is fires


@pytest.mark.parametrize("draft, fires", [
    ("So far, police have released the identity of the suspect.", True),
    ("Police have not yet released the suspect's identity.", False),
])
def test_zanwei_is_a_negation(draft, fires):
    original = "截至目前，警方暂未公布嫌疑人身份。"
    assert ([r for r, _ in accuracy(draft, original)] == ["A006"]) is fires


# a name before 表示 "said": 华表 ("ornamental column") across the boundary is no word there, 表示 is far commoner
@pytest.mark.parametrize("original, draft, wrong", [
    ("国家统计局首席统计师王中华表示，市场企稳仍需时日。",
     "Wang Zhongfa, chief statistician of the bureau, said it would take time for the market to stabilise.", "Zhongfa"),
    ("王华表示，房价仍在下跌。", "Wang Hu said prices were still falling.", "Hu"),
    ("国家统计局首席统计师王中华表示，市场企稳仍需时日。",
     "It will take time for the market to stabilise, said Wang Zhonghua, the bureau's chief statistician.", None),
])
def test_a_name_before_biaoshi_is_read_to_its_end(original, draft, wrong):
    found = accuracy(draft, original)
    assert found == ([("A005", wrong)] if wrong else [])


@pytest.mark.parametrize("original,clean,draft,wrong", [
    ("比赛于下午3时开始。", "The match began at 3 p.m.", "The match began at 3 a.m.", "3 a.m."),
    ("列车于凌晨4时30分抵达。", "The train arrived at 4:30 a.m.", "The train arrived at 4:30 p.m.", "4:30 p.m."),
    ("会议于晚上8点结束。", "The meeting ended at 8 p.m.", "The meeting ended at 8 a.m.", "8 a.m."),
    ("地震发生在26日晚8时许。", "The earthquake struck at about 8 p.m. on the 26th.",
     "The earthquake struck at about 8 a.m. on the 26th.", "8 a.m."),
    ("中午12时30分，列车发车。", "At 12:30 p.m., the train departed.", "At 12:30 a.m., the train departed.", "12:30 a.m."),
    ("午後3時から記者会見を開いた。", "He held a press conference from 3 p.m.", "He held a press conference from 3 a.m.",
     "3 a.m."),
])
def test_the_part_of_the_day_before_a_cjk_hour(original, clean, draft, wrong):
    assert accuracy(clean, original) == []
    assert accuracy(draft, original) == [("A004", wrong)]


def test_at_the_latest_is_no_evening():
    """最晚8时 is "8 o'clock at the latest": either reading of 8 stands."""
    original = "演出最晚8时结束。"
    assert accuracy("The show will end by 8 a.m. at the latest.", original) == []
    assert accuracy("The show will end by 8 p.m. at the latest.", original) == []
