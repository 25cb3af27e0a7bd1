"""Amharic originals dated by the Ethiopian calendar (checks/accuracy/datesethiopian.py): a faithful draft gives
the Gregorian date, so "መጋቢት 5 ቀን 2016 ዓ.ም" as "March 14, 2024" is right and as "March 5" wrong."""

from datetime import date

import pytest

from accuracy_pairs import accuracy
from checks.accuracy.datesethiopian import gregorian_days, to_gregorian


@pytest.mark.parametrize("ethiopian, gregorian", [
    ((2016, 1, 1), date(2023, 9, 12)),   # Enkutatash before a Gregorian leap year
    ((2017, 1, 1), date(2024, 9, 11)),   # and after it
    ((2016, 4, 28), date(2024, 1, 7)),   # Genna (Ethiopian Christmas) 2024
    ((1888, 6, 23), date(1896, 3, 1)),   # the battle of Adwa
    ((2015, 13, 6), date(2023, 9, 11)),  # the sixth day of Pagume in a leap year
])
def test_known_dates_convert_exactly(ethiopian, gregorian):
    assert to_gregorian(*ethiopian) == gregorian


def test_a_date_without_its_year_may_be_either_of_two_days():
    assert gregorian_days(4, 1, None) == {(12, 10), (12, 11)}  # 1 Tahsas: before a leap day or not
    assert gregorian_days(7, 5, None) == {(3, 14)}  # after February the two years agree


ORIGINAL = ("አዲስ አበባ፣ መጋቢት 5 ቀን 2016 ዓ.ም – የኢትዮጵያ ብሔራዊ ባንክ ዛሬ አዲስ መመሪያ አወጣ። ባንኩ የወለድ መጠኑን ወደ 15 በመቶ ከፍ "
            "አድርጓል። ውሳኔው ከሐምሌ 1 ቀን 2016 ዓ.ም ጀምሮ ተግባራዊ ይሆናል።")
RIGHT = ("Addis Ababa, March 14, 2024 – The National Bank of Ethiopia issued a new directive today. The bank raised "
         "its interest rate to 15 percent. The decision takes effect from July 8, 2024.")


def test_a_faithful_gregorian_rendering_raises_nothing():
    assert accuracy(RIGHT, ORIGINAL) == []


def test_a_day_read_as_if_the_calendar_were_gregorian_is_a_wrong_date():
    draft = RIGHT.replace("July 8, 2024", "July 1, 2024")
    assert accuracy(draft, ORIGINAL) == [("A004", "July 1")]


def test_the_right_day_in_the_wrong_year_is_a_wrong_date():
    draft = RIGHT.replace("March 14, 2024", "March 14, 2023")
    assert accuracy(draft, ORIGINAL) == [("A004", "March 14, 2023")]


def test_kept_ethiopian_months_must_keep_their_day():
    kept = RIGHT.replace("March 14, 2024", "Megabit 5, 2016 E.C.").replace("July 8, 2024", "Hamle 1, 2016 E.C.")
    assert accuracy(kept, ORIGINAL) == []
    assert accuracy(kept.replace("Hamle 1,", "Hamle 11,"), ORIGINAL) == [("A004", "Hamle 11, 2016")]


@pytest.mark.parametrize("draft, expected", [
    ("The meeting will be held from October 22 to October 24, 2024.", []),
    ("The meeting will be held from October 12 to October 14, 2024.",
     [("A004", "October 12"), ("A004", "October 14")]),
])
def test_a_range_with_glued_prepositions(draft, expected):
    # ከ "from" and እስከ "until" are glued to the month
    assert accuracy(draft, "ስብሰባው ከጥቅምት 12 እስከ ጥቅምት 14 ቀን 2017 ዓ.ም ይካሄዳል።") == expected


@pytest.mark.parametrize("draft, expected", [
    ("The government approved a budget of 800 billion birr for 2023/24.", []),
    ("The government approved a budget of 800 billion birr for 2024.", []),
    ("The government approved a budget of 800 billion birr for 2026.", [("A004", "2026")]),
])
def test_an_ethiopian_year_is_seven_or_eight_years_behind(draft, expected):
    assert accuracy(draft, "መንግሥት በ2016 ዓ.ም 800 ቢሊዮን ብር በጀት አጽድቋል።") == expected


def test_a_gregorian_date_marked_as_such_is_not_converted():
    # እ.ኤ.አ. "in the European calendar" before the month: the date is Gregorian already
    original = "ጉባኤው እ.ኤ.አ. መጋቢት 14 ቀን 2024 ተጀመረ።"
    assert accuracy("The conference opened on March 14, 2024.", original) == []
