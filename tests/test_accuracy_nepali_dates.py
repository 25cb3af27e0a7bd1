"""Originals in Nepali dated by Nepal's Bikram Sambat calendar (मंसिर १८ गते): a faithful draft gives the
Gregorian day it falls on, or keeps the Nepali month with the same day; either is right, another day is A004."""

import pytest

from checks.accuracy.datesbikram import gregorian_days
from checks.accuracy.dates import date_mentions
from accuracy_pairs import accuracy


@pytest.mark.parametrize("text,month,day,year", [
    ("मंसिर १८ गते", 8, 18, None), ("असोज ५ गते", 6, 5, None), ("२०८० मंसिर २० गते", 8, 20, 2080),
    ("बैशाख १ गते", 1, 1, None), ("वैशाख ११", 1, 11, None), ("जेठ ३२ गते", 2, 32, None), ("पुस १५", 9, 15, None),
    ("चैत्र ३० गते", 12, 30, None), ("२०७९ साल फागुन ७ गते", 11, 7, 2079), ("साउन १ गते", 4, 1, None),
])
def test_bikram_sambat_dates(text, month, day, year):
    (m,) = date_mentions(text)
    assert (m.calendar, m.solar) == ("bikram", (month, day, year))


@pytest.mark.parametrize("text", ["माघ मेला सुरु भयो", "कार्तिक पूर्णिमाको अवसरमा", "श्रावण मासको पहिलो सोमबार"])
def test_a_nepali_month_without_its_day_is_no_date(text):
    assert [m for m in date_mentions(text) if m.calendar] == []  # festivals and lunar months, not dates


@pytest.mark.parametrize("month,day,gregorian", [(8, 18, (12, 3)), (6, 5, (9, 21)), (1, 1, (4, 14)),
                                                 (10, 1, (1, 15)), (12, 1, (3, 14))])
def test_the_gregorian_day_is_among_those_a_bikram_sambat_day_may_fall_on(month, day, gregorian):
    assert gregorian in gregorian_days(month, day)


NE = "धनगढी, मंसिर १८ गते। तत्कालीन मेयरको गत असोज ५ गते निधन भएको थियो।"
NE_EN = "Dhangadhi, December 3. The then mayor died on September 21."


def test_a_nepali_date_given_as_its_gregorian_day():
    assert accuracy(NE_EN, NE) == []
    assert [r for r, _ in accuracy(NE_EN.replace("September 21", "October 21"), NE)] == ["A004"]
    assert [r for r, _ in accuracy(NE_EN.replace("December 3", "November 18"), NE)] == ["A004"]


def test_a_nepali_month_kept_in_the_draft_keeps_its_day():
    ne = "मेयरले मंसिर २० गते शपथ लिने कार्यक्रम छ।"
    assert accuracy("The mayor is scheduled to take the oath on Mangsir 20.", ne) == []
    assert accuracy("The mayor is scheduled to take the oath on Mangsir 25.", ne) == [("A004", "Mangsir 25")]
