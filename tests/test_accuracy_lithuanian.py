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


@pytest.mark.parametrize("text,minutes", [("prasidės 9.30 val.", {570, 1290}), ("nuo 7 val. vakaro", {1140}),
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
