"""Originals in Japanese (blind round 4, ja_dassen): 千 or 百 before the next myriad (3億5千万円 is 350 million
yen, not 300,005,000), km as news writes it in katakana (時速約75キロ), and "not before Friday" for 以降 "from
Friday on", a condition and not a negation."""

import pytest

from accuracy_pairs import accuracy, whole_figure


@pytest.mark.parametrize("text,value,kind", [
    ("3億5千万円", 3.5e8, "money"), ("3兆5千億円", 3.5e12, "money"), ("1千万円", 1e7, "money"),
    ("8兆9000億円", 8.9e12, "money"), ("3億2000万円", 3.2e8, "money"), ("4万2千", 42000, "number"),
])
def test_thousands_before_a_myriad(text, value, kind):
    v, k, _ = whole_figure(text, "ja")
    assert (v, k) == (value, kind)


def test_restoration_cost_in_oku_and_man():
    original = "復旧費用は約3億5千万円に上る見込みだという。"
    assert accuracy("Repairs are expected to cost about 350 million yen.", original) == []
    assert accuracy("The restoration cost is expected to reach about 3.5 billion yen.", original) == [
        ("A003", "3.5 billion yen")]


@pytest.mark.parametrize("text,unit", [
    ("75キロ", "キロ"), ("2.5キロメートル", "キロメートル"), ("120ミリ", "ミリ"), ("500トン", "トン"), ("30ヘクタール", "ヘクタール"),
])
def test_katakana_units(text, unit):
    assert whole_figure(text, "ja") == (float(text[: -len(unit)]), "unit", unit)


def test_speed_in_kiro():
    original = "現場は郡山駅から南に約2.5キロの地点で、列車は時速約75キロで走行していた。"
    ok = "The accident happened about 2.5 km south of Koriyama Station, with the train travelling at about 75 km/h."
    assert accuracy(ok, original) == []
    assert accuracy(ok.replace("75 km/h", "57 km/h"), original) == [("A003", "57 km/h")]


def test_not_before_is_from_on():
    original = "JR東日本は、運転再開は5日（金）の始発以降になるとの見通しを示した。"
    assert accuracy("JR East said services were not expected to resume before the first trains on Friday.", original) == []
    assert accuracy("JR East said services were expected to resume after the first train on Friday.", original) == []
    lost = "JR貨物によると、コンテナにはガソリンなどの危険物は積まれていなかった。"
    assert [r for r, _ in accuracy("According to JR Freight, the containers were loaded with hazardous materials "
                                   "such as gasoline.", lost)] == ["A006"]


def test_not_before_a_gerund_stays_a_negation():
    """«No vamos a cerrar ninguna puerta antes de hablar»: "not ... before talking" negates; only a time after
    "before" (Friday, the first trains, 2026) makes the condition."""
    from checks.accuracy.polarity import _NOT_UNTIL_RE

    assert _NOT_UNTIL_RE.search("We are not going to close any door before talking to everyone.") is None
    assert _NOT_UNTIL_RE.search("It had never been seen before 2020.") is None
    assert _NOT_UNTIL_RE.search("The line will not reopen before Monday.") is not None


# blind round 5 (ja_hanketsu): a sentence of 懲役4年6月 (a court's bare 月, not カ月) is "four and a half years"
@pytest.mark.parametrize("term,rules", [
    ("to four and a half years", []), ("to 4 years and 6 months in prison", []), ("to four years and six months", []),
    ("to five and a half years", ["A003"]),
])
def test_prison_term_in_years_and_months(term, rules):
    original = "共犯として起訴された元営業部長の中村優斗被告（38）には、9月12日に懲役4年6月の判決が言い渡されている。"
    draft = f"Yuto Nakamura, 38, the firm's former sales manager, charged as an accomplice, was sentenced on September 12 {term}."
    assert [r for r, _ in accuracy(draft, original)] == rules


def test_a_year_and_month_date_is_not_a_term():
    original = "同社は2022年6月に設立された。"
    assert accuracy("The company was founded in June 2022.", original) == []
    assert [r for r, _ in accuracy("The company was founded in June 2023.", original)] == ["A004"]


# blind round 5 (ja_hanketsu clean): a quote of two sentences, its speaker before it and と話した after it, is one
# original sentence; English gives the speaker with the quote's last part
def test_a_quote_of_two_sentences_is_one_original_sentence():
    from checks.accuracy.split import split_original

    quote = "会の代表を務める横浜市の女性（74）は「お金は返ってこない。判決は当然だが、悔しさは消えない」と話した。"
    assert len(split_original(quote)) == 1
    assert len(split_original("お金は返ってこない。判決は当然だ。")) == 2  # no quotation: two sentences
    original = "被害額が戻っていない人は約290人に上る。" + quote
    ok = ("About 290 victims have yet to get their money back. \"The money isn't coming back. The verdict is only "
          "natural, but the bitterness won't go away,\" said the group's leader, a 74-year-old woman from Yokohama.")
    assert accuracy(ok, original) == []
    assert [r for r, _ in accuracy(ok.replace("74-year-old", "47-year-old"), original)] == ["A003"]


# blind round 7 (ja_fuho): a name's reading in brackets holds no negation (かずこ is not ず), and a bare
# day (9日) is not checked against a draft date that renders another of the original's dates (12月1日)
@pytest.mark.parametrize("reading", ["（やまもと・かずこ）", "（すずき・いちろう）", "(かずお)"])
def test_a_name_reading_is_no_negation(reading):
    original = f"作家の山本和子{reading}さんが11月8日、肺炎のため死去した。"
    assert accuracy("Novelist Kazuko Yamamoto died of pneumonia on November 8.", original) == []
    assert accuracy("Novelist Kazuko Yamamoto did not die of pneumonia on November 8.", original) != []


def test_the_negation_after_a_reading_still_counts():
    original = "山本和子（やまもと・かずこ）さんは、今年に入ってからは執筆をしていなかった。"
    assert accuracy("Kazuko Yamamoto had not written since the start of this year.", original) == []
    assert [r for r, _ in accuracy("Kazuko Yamamoto had continued writing since the start of this year.",
                                   original)] == ["A006"]


@pytest.mark.parametrize("said", ["on Saturday", "on the 9th", "last Saturday"])
def test_a_bare_day_given_as_a_weekday_beside_a_full_date(said):
    original = "佐世保市は9日、市立図書館で12月1日から追悼展を開くと発表した。"
    draft = f"The city of Sasebo announced {said} that it will hold a memorial exhibition from December 1."
    assert accuracy(draft, original) == []
    assert ("A004", "January 1") in accuracy(draft.replace("December 1", "January 1"), original)


def test_a_bare_day_against_another_draft_day_still_fires():
    original = "佐世保市は9日、市立図書館で12月1日から追悼展を開くと発表した。"
    draft = "The city announced on the 19th that it will hold a memorial exhibition from December 1."
    assert [r for r, _ in accuracy(draft, original)] == ["A004"]


# blind round 11, ja_mansion: "¥" is the yen's sign as much as the yuan's; a rounding must not take the figure
# that states another of the original's figures exactly; 買えない is "priced out"
@pytest.mark.parametrize("said", ["¥81.01 million", "¥81 million", "81.01 million yen", "JPY 81.01 million"])
def test_yen_sign_is_the_yen(said):
    original = "平均価格は前年比3.5%上昇の8101万円だった。"
    assert accuracy(f"The average price rose 3.5% to {said}.", original) == []


@pytest.mark.parametrize("said", ["$81.01 million", "81.01 million yuan"])
def test_another_currency_for_yen_still_fires(said):
    original = "平均価格は前年比3.5%上昇の8101万円だった。"
    assert [r for r, _ in accuracy(f"The average price rose 3.5% to {said}.", original)] == ["A003"]


def test_yuan_sign_for_yuan():
    original = "营业收入为8101万元，同比增长3.5%。"
    assert accuracy("Revenue rose 3.5% to ¥81.01 million.", original) == []


def test_a_rounding_does_not_take_an_exact_figure():
    original = "東京23区に限ると平均価格は1億1181万円と、2年連続で1億円を上回った。"
    ok = "In Tokyo's 23 wards alone, the average reached ¥111.81 million, above ¥100 million for a second straight year."
    assert accuracy(ok, original) == []
    bad = ok.replace("¥111.81 million", "11.181 million yen")
    found = accuracy(bad, original)
    assert [r for r, _ in found] == ["A003"] and "11.181 million yen" in found[0][1]


@pytest.mark.parametrize("said", ["some buyers priced out of central Tokyo are moving to the suburbs",
                                  "buyers for whom central Tokyo is out of reach are moving to the suburbs",
                                  "buyers who find central Tokyo unaffordable are moving to the suburbs"])
def test_cannot_buy_is_priced_out(said):
    original = "こうした中、都心の物件を買えない層が郊外に流れる動きも出ている。"
    assert accuracy(f"Meanwhile, {said}.", original) == []


def test_cannot_buy_as_buying_still_fires():
    original = "こうした中、都心の物件を買えない層が郊外に流れる動きも出ている。"
    assert [r for r, _ in accuracy("Meanwhile, buyers of central Tokyo properties are moving to the suburbs.",
                                   original)] == ["A006"]


def test_day_of_the_dateline_is_no_other_months_stand_in():
    """Blind round 17 (ja_denki): 28日 given as "May 28" from the dateline; the month of 6月使用分 elsewhere in
    the sentence, left unread as a date in the draft ("its June figures"), is not compared with "May 28"."""
    original = "総務省は15日、4月分の消費者物価指数を発表した。"
    said = "The internal affairs ministry on March 15 released its"
    assert accuracy(f"{said} April consumer price figures.", original) == []
    assert accuracy(f"{said} consumer price figures for the month of May.", original) == [("A004", "May")]


@pytest.mark.parametrize("text,value,unit", [
    ("260キロワット時", 260, "キロワット時"), ("100万キロワット", 1e6, "キロワット"), ("3万メガワット時", 3e4, "メガワット時"),
])
def test_power_and_energy_are_no_kilometres(text, value, unit):
    assert whole_figure(text, "ja") == (value, "unit", unit)


def test_dropped_rate_beside_a_date_with_its_year():
    """Blind round 17 (ja_denki): the draft's "2023" of "April 2023" is the year of 2023年4月, not a figure
    left over that hid the dropped 5円; the 1 of 1キロワット時あたり is "per kilowatt-hour", no figure."""
    original = "政府は2023年4月から、1キロワット時あたり5円の補助を行っている。"
    ok = "Since April 2023 the government has provided a subsidy of 5 yen per kilowatt-hour."
    assert accuracy(ok, original) == []
    wrong = "Since April 2023 the government has provided a subsidy on electricity."
    assert accuracy(wrong, original) == [("A001", wrong)]


def test_gozen_and_gogo_say_the_half_of_the_day():
    """午前 and 午後 before a time make it a.m. or p.m. only: "5 a.m." for 午後5時 is a wrong time (A004)."""
    original = "投票は午前7時に始まり、午後8時に締め切られた。"
    assert accuracy("Voting began at 7 a.m. and closed at 8 p.m.", original) == []
    assert accuracy("Voting began at 07:00 and closed at 20:00.", original) == []
    assert accuracy("Voting began at 7 p.m. and closed at 8 p.m.", original) == [("A004", "7 p.m.")]
    assert accuracy("Voting began at 7 a.m. and closed at 8 a.m.", original) == [("A004", "8 a.m.")]


@pytest.mark.parametrize("original,ok,wrong", [
    ("海外事業は振るわず、売上高は前年並みにとどまった。", "The overseas business was sluggish, and sales were flat on the year.",
     "The overseas business did not grow at all, and sales were flat on the year."),
    ("専門家の間では、景気後退を懸念する声も少なくない。", "Many experts fear a recession.",
     "Few experts fear a recession, but none expect it."),
    ("悪天候にもかかわらず、会場には約3万人が詰めかけた。", "Despite the bad weather, about 30,000 people packed the venue.",
     "Because of the bad weather, about 30,000 people did not come to the venue."),
    ("この交差点では事故が絶えない。", "Accidents are constant at this intersection.",
     "There are no accidents at this intersection."),
])
def test_fixed_negatives_that_say_yes(original, ok, wrong):
    """振るわず "sluggish", 少なくない "many", にもかかわらず "despite", 絶えない "constant": a ない or ず that English
    says without a negator; a draft that does negate still raises A006."""
    assert accuracy(ok, original) == []
    assert [rule for rule, _ in accuracy(wrong, original)] == ["A006"]


def test_a_true_negation_beside_a_fixed_one_still_counts():
    """少なくない masks only itself: 決まっていない in the same sentence is still a negation the draft must keep."""
    original = "影響を懸念する声は少なくないが、対策はまだ決まっていない。"
    assert accuracy("Many are worried about the impact, but no measures have been decided yet.", original) == []
    assert [rule for rule, _ in accuracy("Many are worried about the impact, and measures have already been decided.",
                                         original)] == ["A006"]
