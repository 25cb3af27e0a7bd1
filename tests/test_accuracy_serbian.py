"""Originals in Serbian Cyrillic, as Serbian agencies write them: the language told from Macedonian and Russian,
months and weekdays (1. октобра, у понедељак; no nedelja, also "week"), clock times (у 11 часова), scale and
percent words (17,4 милијарде динара, осам одсто), negation (није, неће), and names in Serbian Latin (Вукчевић is
Vukčević, Вршца is Vršac); each on a faithful translation that must raise nothing and a broken one that must fire."""

import pytest

from checks.accuracy.dates import date_mentions
from checks.accuracy.pairing import original_language
from checks.accuracy.polarity import cues
from checks.accuracy.serbian import cyrillic, serbian_latin
from accuracy_pairs import accuracy, whole_figure


def test_serbian_cyrillic_is_serbian():
    assert original_language("Влада ће у четвртак одлучити о новим ценама, рекао је министар.") == "sr"
    assert original_language("Владата ќе одлучи во четврток за новите цени, изјави министерот.") == "mk"


def test_script_round_trip():
    assert cyrillic("Njegoš iz Ljubljane, džep") == "Његош из Љубљане, џеп"
    assert serbian_latin("Ђорђевић") == "Đorđević" and serbian_latin("Љубљана") == "Ljubljana"


@pytest.mark.parametrize("text,value,kind,unit", [
    ("17,4 милијарде динара", 17.4e9, "money", "DINAR"), ("160.000", 160000, "number", ""),
    ("1,2 милијарде евра", 1.2e9, "money", "EUR"), ("6,5 одсто", 6.5, "percent", "%"),
    ("40 хиљада", 40000, "number", ""),
])
def test_serbian_figures(text, value, kind, unit):
    assert whole_figure(text, "sr") == (value, kind, unit)


@pytest.mark.parametrize("text,found", [
    ("од 1. октобра", [(10, 1, None)]), ("у понедељак", [(None, None, 1)]), ("до 26. септембра", [(9, 26, None)]),
    ("у среду", [(None, None, 3)]), ("od 3. marta", [(3, 3, None)]), ("Marta Petrović", []),
    ("прошле недеље", []), ("u avgustu", [(8, None, None)]),
])
def test_serbian_dates(text, found):
    assert [(d.month, d.day, d.weekday) for d in date_mentions(text)] == found


@pytest.mark.parametrize("text,n", [("Одлука још није коначна.", 1), ("Влада неће повећати порез.", 1),
                                    ("Не само министар, него и премијер.", 0)])
def test_serbian_negation_cues(text, n):
    assert len(cues(text, "sr")) == n


SR = ("Градско веће је у среду, 4. јуна, усвојило буџет од 38,6 милијарди динара. Седница је почела у 10 часова, а "
      "одборник Милан Ђорђевић из Вршца рекао је да буџет није реалан.")
SR_EN = ("The city council adopted a budget of 38.6 billion dinars on Wednesday, June 4. The session began at 10 a.m., "
         "and councillor Milan Đorđević from Vršac said the budget was not realistic.")


def test_faithful_serbian_raises_nothing():
    assert accuracy(SR_EN, SR) == []


@pytest.mark.parametrize("wrong,rule", [
    (SR_EN.replace("Wednesday", "Thursday"), "A004"), (SR_EN.replace("June 4", "July 4"), "A004"),
    (SR_EN.replace("10 a.m.", "11 a.m."), "A004"), (SR_EN.replace("38.6 billion", "38.6 million"), "A003"),
    (SR_EN.replace("was not realistic", "was realistic"), "A006"), (SR_EN.replace("Đorđević", "Đurđević"), "A005"),
])
def test_broken_serbian_fires(wrong, rule):
    assert rule in {r for r, _ in accuracy(wrong, SR)}
