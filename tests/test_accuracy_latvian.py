"""Originals in Latvian: figures with their declined scale words (2,4 miljoni eiro, 3,5 milj. eiro, 12 tūkstoši),
number words (trīs, piecas), months and weekdays in their cases (12. martā, 1. septembra, otrdien), clock times after
pulksten / plkst. (pulksten 14.30, plkst. 7 no rīta); each on a faithful translation that must raise nothing and a
broken one that must fire."""

import pytest

from checks.accuracy.clocktimes import clock_times
from checks.accuracy.dates import date_mentions
from accuracy_pairs import accuracy, whole_figure


@pytest.mark.parametrize("text,value,kind,unit", [
    ("2,4 miljoni eiro", 2.4e6, "money", "EUR"), ("3,5 milj. eiro", 3.5e6, "money", "EUR"),
    ("12 tūkstoši", 12e3, "number", ""), ("1,1 miljards", 1.1e9, "number", ""), ("trīs", 3, "number", ""),
    ("piecas", 5, "number", ""),
])
def test_latvian_figures(text, value, kind, unit):
    assert whole_figure(text, "lv") == (value, kind, unit)


@pytest.mark.parametrize("text,month,day,weekday", [
    ("notiks 12. martā", 3, 12, None), ("no 1. septembra", 9, 1, None), ("valdība otrdien lēma", None, None, 2),
    ("līdz piektdienas vakaram", None, None, 5), ("jūlijā", 7, None, None),
])
def test_latvian_dates(text, month, day, weekday):
    (d,) = date_mentions(text)
    assert (d.month, d.day, d.weekday) == (month, day, weekday)


def test_latvian_name_marta_is_no_month():
    assert date_mentions("Ar viņu runāja Marta Ozola.") == []


@pytest.mark.parametrize("text,minutes", [("pulksten 14.30", {870}), ("plkst. 7 no rīta", {420}),
                                          ("plkst. 9.15 vakarā", {1275})])
def test_latvian_clock_times(text, minutes):
    (c,) = clock_times(text, 0, None, "lv")
    assert set(c.minutes) == minutes


LV = ("Rīgas dome ceturtdien apstiprināja jaunu sabiedriskā transporta tarifu, kas stāsies spēkā 1. martā. "
      "Vienas braukšanas biļete maksās 1,50 eiro, un pilsēta gadā iegūs papildu 4,2 miljonus eiro. "
      "Tramvaji kursēs no pulksten 5.30 līdz pusnaktij, bet naktī darbosies trīs autobusu maršruti.")
LV_EN = ("Riga City Council on Thursday approved a new public transport fare, which will take effect on March 1. "
         "A single ticket will cost 1.50 euros, and the city will gain an extra 4.2 million euros a year. "
         "Trams will run from 5:30 a.m. until midnight, and three bus routes will operate at night.")


def test_latvian_fares_pair_is_silent():
    assert accuracy(LV_EN, LV) == []


@pytest.mark.parametrize("old,new,rule", [("Thursday", "Tuesday", "A004"), ("March 1", "May 1", "A004"),
                                          ("4.2 million", "42 million", "A003"), ("5:30 a.m.", "6:30 a.m.", "A004"),
                                          ("three bus routes", "two bus routes", "A003")])
def test_latvian_fares_pair_fires(old, new, rule):
    assert rule in [r for r, _ in accuracy(LV_EN.replace(old, new), LV)]


def test_latvian_lost_negation_fires():
    lv = "Pēc ugunsgrēka Daugavpilī policija paziņoja, ka vēsturiskā ēka nav jānojauc."
    en = "After the fire in Daugavpils, police said the historic building does not have to be demolished."
    assert accuracy(en, lv) == []
    assert "A006" in [r for r, _ in accuracy(en.replace("does not have to be", "has to be"), lv)]
