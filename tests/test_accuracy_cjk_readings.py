"""Chinese and Japanese originals whose figures a newsroom converts (cjkreadings): match minutes counted from
half-time (後半9分 "the 54th minute"), terms of years and months (七年六个月 "seven and a half years"), the first
N quarters (前三季度 "the first nine months"); the year of "May 2018" read as the date's (no stray 2018 to pair
with an age); and Japanese negated verbs of letting go said as "kept" (polaritykeep). Each on a faithful
translation that must raise nothing and a broken one that must still raise the right finding."""

import pytest

from checks.accuracy.numbers import quantities
from accuracy_pairs import accuracy


@pytest.mark.parametrize("text,lang,extra", [
    ("後半9分に勝ち越した", "ja", 54), ("同32分には3点目", "ja", None), ("後半に入り、同32分には3点目", "ja", 77),
    ("下半场第12分钟破门", "zh", 57), ("后半3分", "zh", 48), ("前半38分", "ja", None),
    ("有期徒刑七年六个月", "zh", 7.5), ("懲役7年6カ月", "ja", 7.5), ("懲役3年6ヶ月", "ja", 3.5), ("2017年6月", "zh", None),
    ("前三季度营收", "zh", 9), ("第三季度营收", "zh", None), ("前2四半期", "ja", 6),
])
def test_converted_readings(text, lang, extra):
    q = quantities(text, lang=lang)[0]
    assert (q.values[1:] or (None,))[0] == extra and q.values[0] != extra


FOOTBALL = "後半9分に久保建英が勝ち越しゴールを決め、同32分には鎌田大地が3点目を加えた。"


@pytest.mark.parametrize("draft,expected", [
    ("Takefusa Kubo put Japan ahead in the 54th minute and Daichi Kamata added a third in the 77th.", []),
    ("Takefusa Kubo scored in the 9th minute of the second half and Daichi Kamata added a third goal in the 32nd minute.", []),
    ("Takefusa Kubo put Japan ahead in the 64th minute and Daichi Kamata added a third in the 77th.", [("A003", "64th")]),
])
def test_second_half_minutes(draft, expected):
    assert [f for f in accuracy(draft, FOOTBALL) if f[0] == "A003"] == expected


def test_years_and_months_and_quarters():
    original = "同案被告人刘芳被判处有期徒刑七年六个月。前三季度累计营收达到3420亿元。"
    assert accuracy("Liu Fang, a co-defendant, was jailed for seven and a half years. Revenue for the first "
                    "nine months reached 342 billion yuan.", original) == []
    found = accuracy("Liu Fang, a co-defendant, was jailed for eight and a half years. Revenue for the first "
                     "nine months reached 342 billion yuan.", original)
    assert [r for r, _ in found] == ["A003"]


ORIGINAL_AGE = "法院审理查明，2018年5月至2021年11月间，现年42岁的陈志远非法集资共计38.6亿元。"


@pytest.mark.parametrize("draft,expected", [
    ("The court found that between May 2018 and November 2021 Chen Zhiyuan, now 42, raised 3.86 billion yuan.", []),
    ("The court found that between May 2018 and November 2021 Chen Zhiyuan, now 24, raised 3.86 billion yuan.",
     [("A003", "24")]),
    ("The court found that between May 2019 and November 2021 Chen Zhiyuan, now 42, raised 3.86 billion yuan.",
     [("A004", "2019")]),
])
def test_month_year_is_the_dates(draft, expected):
    assert [f for f in accuracy(draft, ORIGINAL_AGE) if f[0] in ("A003", "A004")] == expected


@pytest.mark.parametrize("original,draft,flagged", [
    ("最後まで集中を切らさなかったことが大きい」と語った。", "It was important that we kept our concentration to the end.", False),
    ("最後まで集中を切らさなかったことが大きい」と語った。", "It was big that they did not lose concentration until the end.", False),
    ("最後まで集中を切らさなかったことが大きい」と語った。", "It was big that they lost concentration at the end.", True),
    ("彼は毎朝の練習を欠かさない選手だと監督は話した。", "The coach said he is a player who trains every morning without fail.", False),
    ("監督は「決定力はまだ十分ではない」と課題を口にした。", "The coach said: \"Our finishing is still good enough.\"", True),
])
def test_japanese_let_go_negated_said_as_kept(original, draft, flagged):
    assert any(r == "A006" for r, _ in accuracy(draft, original)) is flagged


@pytest.mark.parametrize("draft,expected", [
    ("Platform boss jailed over 3.86 billion yuan fraud", []),  # the headline's 38亿 of the article's 38.6亿
    ("Platform boss jailed over 3.8 billion yuan fraud", []),
    ("Platform boss jailed over 3.96 billion yuan fraud", [("A003", "3.96 billion yuan")]),
    ("Platform boss jailed over 38.6 billion yuan fraud", [("A003", "38.6 billion yuan")]),
])
def test_a_round_original_figure_given_in_full(draft, expected):
    assert [f for f in accuracy(draft, "非法集资38亿元 平台实控人获刑") if f[0] == "A003"] == expected


@pytest.mark.parametrize("text,days", [
    ("11日まで8日間の日程で開かれる。", [11]),  # 8日間 is eight days' length, not the 8th
    ("会期は3日間で、5日に閉幕する。", [5]),
    ("展览为期7日间，9日闭幕。", [9]),
    ("今年第11号台风于6日登陆。", [6]),  # 第11号: the typhoon's number, not the 11th
    ("11号台风“摩羯”9月6日登陆。", [6]),
    ("会议于8号举行。", [8]),  # 8号 alone still is the 8th
    ("8日に開幕した。", [8]),
])
def test_cjk_lengths_and_numbers_are_not_days(text, days):
    from checks.accuracy.dates import date_mentions
    assert [d.day for d in date_mentions(text) if d.day] == days


def test_a_festival_of_eight_days_until_the_11th():
    original = "第75回雪まつりは4日に開幕した。11日まで8日間の日程で、約240万人の来場を見込む。"
    clean = "The 75th snow festival opened on the 4th. It runs for eight days until the 11th and expects about 2.4 million visitors."
    assert accuracy(clean, original) == []
    wrong = "The 75th snow festival opened on the 4th. It runs for nine days until the 11th and expects about 2.4 million visitors."
    assert accuracy(wrong, original) == [("A003", "nine")]  # the length still is a figure


@pytest.mark.parametrize("original,draft,flagged", [
    ("气象专家提醒，公众不要前往海边和山区。", "Meteorologists urged the public to stay away from the coast and mountains.", False),
    ("气象专家提醒，公众不要前往海边和山区。", "Meteorologists urged the public to avoid the coast and the mountains.", False),
    ("气象专家提醒，公众不要前往海边和山区。", "Meteorologists urged the public to go to the coast and the mountains.", True),
    ("当局は住民に対し、川に近づかないよう呼びかけた。", "Authorities urged residents to keep away from the river.", False),
    ("当局は住民に対し、川に近づかないよう呼びかけた。", "Authorities urged residents to approach the river.", True),
])
def test_not_going_and_not_reaching_said_with_english_opposites(original, draft, flagged):
    assert any(r == "A006" for r, _ in accuracy(draft, original)) is flagged


YUKI = "11日まで8日間の日程で、実行委員会は期間中に約240万人の来場を見込んでいる。"


def test_a_day_of_the_original_given_as_an_ordinal_is_no_figure():
    """'until the 11th' is the day 11日 names, so the visitors' figure pairs with 240万 alone."""
    ok = "The festival runs for eight days until the 11th, and organisers expect about 2.4 million visitors."
    assert accuracy(ok, YUKI) == []
    assert accuracy(ok.replace("2.4 million", "24 million"), YUKI) == [("A003", "24 million")]
