"""Originals in Lithuanian: figures with their declined scale words (3,2 mln. eurų, 15 tūkst., 7,5 proc.), number
words (trys, penkių), months and weekdays in their cases (kovo 3 d., rugsėjį, antradienį), clock times with val.
(9.30 val., 7 val. vakaro); each on a faithful translation that must raise nothing and a broken one that must fire."""

import pytest

from checks.accuracy.clocktimes import clock_times
from checks.accuracy.dates import date_mentions
from accuracy_pairs import accuracy, whole_figure


@pytest.mark.parametrize("text,value,kind,unit", [
    ("3,2 mln. eurų", 3.2e6, "money", "EUR"), ("1,4 mlrd. eurų", 1.4e9, "money", "EUR"),
    ("15 tūkst.", 15e3, "number", ""), ("7,5 proc.", 7.5, "percent", "%"), ("12 milijonų", 12e6, "number", ""),
    ("trys", 3, "number", ""), ("penkių", 5, "number", ""),
])
def test_lithuanian_figures(text, value, kind, unit):
    assert whole_figure(text, "lt") == (value, kind, unit)


@pytest.mark.parametrize("text,month,day,weekday", [
    ("įvyko kovo 3 d.", 3, 3, None), ("bus paskelbta rugsėjį", 9, None, None), ("susitiko antradienį", None, None, 2),
    ("iki birželio 30 d.", 6, 30, None), ("nuo sekmadienio", None, None, 7), ("lapkrityje", 11, None, None),
])
def test_lithuanian_dates(text, month, day, weekday):
    (d,) = date_mentions(text)
    assert (d.month, d.day, d.weekday) == (month, day, weekday)


def test_lithuanian_fight_is_no_month():
    assert date_mentions("Partija tęs kovą su korupcija.") == []


@pytest.mark.parametrize("text,minutes", [("prasidės 9.30 val.", {570}), ("nuo 7 val. vakaro", {1140}),
                                          ("apie 6 val. ryto", {360}), ("iki 18 val.", {1080})])
def test_lithuanian_clock_times(text, minutes):
    (c,) = clock_times(text, 0, None, "lt")
    assert set(c.minutes) == minutes


def test_lithuanian_hours_of_lasting_are_no_time():
    assert clock_times("Posėdis truko 3 val.", 0, None, "lt") == []


LT = ("Kauno savivaldybė antradienį pritarė 2025 metų biudžetui, kurio apimtis siekia 612,5 mln. eurų. "
      "Švietimui bus skirta 38 proc. lėšų, o naujam baseinui – trys milijonai eurų. "
      "Tarybos posėdis prasidėjo 10 val. ryto ir baigėsi tik 16.45 val.")
LT_EN = ("Kaunas city council on Tuesday approved its 2025 budget of 612.5 million euros. "
         "Education will receive 38% of the funds, and a new swimming pool three million euros. "
         "The council meeting began at 10 a.m. and did not end until 4:45 p.m.")


def test_lithuanian_budget_pair_is_silent():
    assert accuracy(LT_EN, LT) == []


@pytest.mark.parametrize("old,new,rule", [("Tuesday", "Thursday", "A004"), ("612.5 million", "612.5 billion", "A003"),
                                          ("38%", "83%", "A003"), ("10 a.m.", "10 p.m.", "A004"),
                                          ("three million", "four million", "A003")])
def test_lithuanian_budget_pair_fires(old, new, rule):
    assert rule in [r for r, _ in accuracy(LT_EN.replace(old, new), LT)]


MAYOR = ("Klaipėdos mero Vytauto Grubliausko teigimu, naujasis tiltas nebus atidarytas iki rudens. "
         "Anot Kęstučio Mažeikos, darbai Smeltėje ir Melnragėje užtruks dar dvejus metus.")
MAYOR_EN = ("According to Klaipėda mayor Vytautas Grubliauskas, the new bridge will not open before the autumn. "
            "According to Kęstutis Mažeika, the works in Smeltė and Melnragė will take another two years.")


def test_lithuanian_declined_names_are_silent():
    """Grubliausko, Kęstučio, Mažeikos, Smeltėje are the names in the genitive and locative, no misspellings."""
    assert accuracy(MAYOR_EN, MAYOR) == []


@pytest.mark.parametrize("old,new,rule", [("Grubliauskas", "Grubliauskis", "A005"), ("Mažeika", "Mažeikis", "A005"),
                                          ("will not open", "will open", "A006")])
def test_lithuanian_names_pair_fires(old, new, rule):
    assert rule in [r for r, _ in accuracy(MAYOR_EN.replace(old, new), MAYOR)]


@pytest.mark.parametrize("fo,fd,same", [("audriaus", "audrius", True), ("kestucio", "kestutis", True),
                                        ("kauno", "kaunas", True), ("vilniuje", "vilnius", True),
                                        ("naujojoje", "naujoji", True), ("kauno", "kaunis", False),
                                        ("kestucio", "kestus", False)])
def test_lithuanian_case_endings(fo, fd, same):
    from checks.accuracy.slotforms import lithuanian_declined
    assert lithuanian_declined(fo, fd) is same


def test_lithuanian_than_is_no_negation():
    """nei after a comparative is "than": "mažiau nei pernai" is "less than last year", no lost negation."""
    lt = "Šiemet gyventojai už vandenį mokės 12 proc. mažiau nei pernai, pranešė bendrovė."
    en = "This year residents will pay 12% less for water than last year, the company said."
    assert accuracy(en, lt) == []
