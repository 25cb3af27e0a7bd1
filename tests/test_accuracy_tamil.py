"""Originals in Tamil: dates (months, abbreviated before the day as dailies date a story: நவ. 14; weekdays only
with கிழமை, since செவ்வாய் is Mars and வெள்ளி silver), clock times before மணி with the part of the day (but not
the hours of 24 மணி நேரம்), and sentences not cut after an initial (எஸ். விஜயலட்சுமி) or an abbreviated month,
each on a faithful translation that must raise nothing and a broken one that must raise the right finding."""

import pytest

from checks.accuracy import split_original
from checks.accuracy.clocktimes import clock_times
from checks.accuracy.dates import date_mentions
from accuracy_pairs import accuracy


def test_tamil_dates_and_weekdays():
    found = [(d.month, d.day, d.weekday) for d in date_mentions("மதுரை, ஜன. 9: சனிக்கிழமை மாலை 12 ஜனவரி 2025 அன்று")]
    assert found == [(1, 9, None), (None, None, 6), (1, 12, None)]
    assert [d.weekday for d in date_mentions("திங்கள்கிழமையன்று முதல் வியாழக்கிழமை வரை")] == [1, 4]
    # Mars, silver, the moon and "May" without a day are no dates
    assert date_mentions("செவ்வாய் கிரகம், வெள்ளி விலை, திங்கள் ஒளி, மே மாதம் போல") == []


@pytest.mark.parametrize("text,minutes", [
    ("காலை 6 மணிக்கு", {360}), ("மாலை 5.30 மணி", {1050}), ("இரவு 12 மணி", {0}), ("இரவு 9 மணி வரை", {1260}),
])
def test_tamil_clock_times(text, minutes):
    (c,) = clock_times(text, lang="ta")
    assert (c.start, set(c.minutes)) == (0, minutes)


def test_tamil_hours_are_no_clock_time():
    assert clock_times("48 மணி நேரத்தில் மழை", lang="ta") == []


def test_tamil_initials_and_abbreviated_months_end_no_sentence():
    text = "கோவை, டிச. 3: ஆட்சியர் ஜி.எஸ். சமீரன் கூறினார். அவர் பி. ராஜா உடன் சென்றார்."
    assert [text[s.start : s.end] for s in split_original(text)] == [
        "கோவை, டிச. 3: ஆட்சியர் ஜி.எஸ். சமீரன் கூறினார்.", "அவர் பி. ராஜா உடன் சென்றார்."]


ORIGINAL = ("மதுரை, ஜன. 9: ஆட்சியர் எம். சங்கீதா சனிக்கிழமை காலை 10 மணிக்கு அணையைப் பார்வையிட்டார். "
            "அணையிலிருந்து விநாடிக்கு 1,500 கன அடி நீர் திறக்கப்பட்டது.")
RIGHT = ("MADURAI, Jan 9: Collector M. Sangeetha inspected the dam at 10 am on Saturday. "
         "Water was released from the dam at 1,500 cubic feet per second.")


def test_tamil_faithful_translation_is_silent():
    assert accuracy(RIGHT, ORIGINAL) == []


@pytest.mark.parametrize("right,wrong,rule", [
    ("10 am", "11 am", "A004"), ("Saturday", "Sunday", "A004"), ("Jan 9", "Jan 19", "A004"), ("1,500", "15,000", "A003"),
])
def test_tamil_broken_translation_is_found(right, wrong, rule):
    found = accuracy(RIGHT.replace(right, wrong), ORIGINAL)
    assert any(r == rule and wrong in e for r, e in found), found
