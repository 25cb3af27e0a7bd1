"""Nepali dates of the Bikram Sambat calendar (``मंसिर १८ गते``, ``२०८० असोज ५``) and the days they fall on.

Nepali news dates by Nepal's own calendar. Its months do not map one to one onto Gregorian months: मंसिर runs
from about November 16 to December 15, and the Gregorian day of a given मंसिर day moves by a day or two from
year to year (month lengths of 29 to 32 days are fixed by almanac, not by rule). So a Bikram Sambat date is
compared, like an Iranian one (:mod:`.datespersian`), as the few Gregorian days it may fall on: ``मंसिर १८`` as
"December 3" is right, as "November 18" wrong; a draft that keeps the Nepali month ("Mangsir 18") must keep
its day. A month is read only with its day after it (the Nepali order): alone, बैशाख or माघ name Hindu lunar
months and festivals too (``माघ मेला``), and ``कार्तिक`` is a given name.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from .datemention import DateMention, kept_calendar_dates, whole_words_re

CALENDAR = "bikram"
DEVANAGARI_MONTHS = (
    "बैशाख वैशाख बैसाख वैसाख", "जेठ जेष्ठ ज्येष्ठ", "असार आषाढ असाढ", "साउन श्रावण", "भदौ भाद्र", "असोज आश्विन असौज",
    "कात्तिक कार्तिक", "मंसिर मङ्सिर मङ्गसिर मार्गशीर्ष", "पुस पुष पौष पूस", "माघ", "फागुन फाल्गुन", "चैत चैत्र",
)
ROMAN_MONTHS = (
    "Baisakh Baishakh Vaisakh Baisakh", "Jestha Jeth Jeshtha", "Asar Ashadh Asadh Ashar", "Shrawan Saun Sawan Shravan",
    "Bhadra Bhadau", "Asoj Ashwin Ashoj Asoz", "Kartik Kattik", "Mangsir Mansir Marga Mangshir", "Poush Push Paush Pus",
    "Magh", "Falgun Fagun Phalgun Phagun", "Chaitra Chait Chaitra",
)
# the earliest Gregorian day each month begins on in recent years (Baisakh 1 is April 13 or 14); a month
# begins on that day or one of the two after it, and a day before it in older years (the calendar's sidereal
# year drifts a day a lifetime against the Gregorian one)
_EARLIEST_START = ((4, 13), (5, 14), (6, 14), (7, 16), (8, 16), (9, 16), (10, 17), (11, 16), (12, 15), (1, 14),
                   (2, 12), (3, 13))
_LETTERS = "\u0900-\u097f"
# the day after the month, and the postposition or गते ("day of the month") news glues on: मंसिर १८ गते, असोज ५मा
_DAY_AFTER_RE = re.compile(r"\s*(\d{1,2})(?![\d:.,]\d)(?:\s*गते)?")
_YEAR_BEFORE_RE = re.compile(r"(?<!\d)(2\d{3})(?:\s*साल)?\s*$")


@lru_cache(maxsize=1)
def _table() -> dict[str, int]:
    return {w: i + 1 for i, words in enumerate(DEVANAGARI_MONTHS) for w in words.split()}


@lru_cache(maxsize=1)
def _word_re() -> re.Pattern:
    return whole_words_re(_table(), _LETTERS)


def bikram_dates(t: str, start: int, end: int) -> list[DateMention]:
    """Bikram Sambat dates in ``t[start:end]`` (digits already ASCII): a Nepali month with its day."""
    if not re.search(f"[{_LETTERS}]", t[start:end]):
        return []
    out = []
    for m in _word_re().finditer(t, start, end):
        a, b = m.span()
        day_m = _DAY_AFTER_RE.match(t, b, end)
        if not day_m or not 1 <= int(day_m.group(1)) <= 32:
            continue
        year_m = _YEAR_BEFORE_RE.search(t, max(start, a - 10), a)
        year = int(year_m.group(1)) if year_m and 2000 <= int(year_m.group(1)) <= 2150 else None
        out.append(DateMention(year_m.start(1) if year else a, day_m.end(), word=(a, b), day_span=day_m.span(1),
                               solar=(_table()[m.group()], int(day_m.group(1)), year), calendar=CALENDAR))
    return out


def roman_bikram_dates(t: str, start: int, end: int) -> list[DateMention]:
    """Nepali months kept in an English draft ("Mangsir 20", "5 Asoj 2080"): capitalised, with a day."""
    return kept_calendar_dates(t, start, end, ROMAN_MONTHS, CALENDAR, 32)


def gregorian_days(month: int, day: int | None, year: int | None = None) -> frozenset[tuple[int, int]]:
    """Every Gregorian (month, day) a Bikram Sambat month's day may fall on (without a day: its first and last;
    the year is not used, as the almanac fixes month lengths)."""
    gm, gd = _EARLIEST_START[month - 1]
    days = (day,) if day else (1, 32)
    years = (2023, 2024) if gm <= 3 else (2023,)  # a Falgun or Chaitra day after February 29 or not
    return frozenset(((g := date(y, gm, gd) + timedelta(days=d - 1 + k)).month, g.day)
                     for y in years for d in days for k in (-1, 0, 1, 2))


def gregorian_years(month: int, day: int | None, year: int) -> range:
    """The Gregorian years a Bikram Sambat date of ``year`` may fall in (it begins in mid-April)."""
    return range(year - 57, year - 55)


def describe(month: int) -> tuple[str, str]:
    """The month's usual English spelling and the calendar's name, for a finding's message."""
    return ROMAN_MONTHS[month - 1].split()[0], "Nepali (Bikram Sambat)"
