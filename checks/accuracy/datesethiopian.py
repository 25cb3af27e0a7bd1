"""Amharic dates of the Ethiopian calendar (``መጋቢት 5 ቀን 2016 ዓ.ም``) and the Gregorian days they are.

Ethiopian news dates by Ethiopia's own calendar: twelve months of 30 days and a thirteenth (ጳጉሜ) of five or
six, the year beginning on September 11 (12 before a Gregorian leap year) and counted seven or eight years
behind ("2016 ዓ.ም" runs from September 2023 to September 2024). Unlike Nepal's (:mod:`.datesbikram`) the
calendar is arithmetic, so a date with its year converts exactly (``መጋቢት 5 ቀን 2016`` is March 14, 2024) and one
without a year to one of two days a day apart. A month is read only with its day after it (the Amharic order):
alone, ጥር or ሰኔ may stand in a name. A draft that keeps the Ethiopian month ("Megabit 5, 2016 E.C.") must keep
its day.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .datemention import DateMention, kept_calendar_dates

CALENDAR = "ethiopian"
GEEZ_MONTHS = (
    "መስከረም", "ጥቅምት", "ኅዳር ህዳር ሕዳር", "ታኅሣሥ ታህሳስ ታሕሳስ ታኅሳስ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ ሚያዚያ",
    "ግንቦት", "ሰኔ", "ሐምሌ ሀምሌ", "ነሐሴ ነሀሴ", "ጳጉሜ ጳጉሜን",
)
ROMAN_MONTHS = (
    "Meskerem Meskarem", "Tikimt Tikemt Tekemt Tiqimt", "Hidar Hedar", "Tahsas Tahesas Tahisas", "Tir Ter Tirr",
    "Yekatit Yakatit", "Megabit Magabit", "Miazia Miyazia Miyazya", "Ginbot Genbot", "Sene Senie",
    "Hamle Hamlie", "Nehase Nehasse Nehasie", "Pagume Pagumen Pagumie",
)
_LETTERS = "\u1200-\u139f"
# the prepositions glued to the month: በ "on", ከ "from", እስከ "until", የ "of", ለ "for"
_PREFIX = "(?:እስከ|በ|ከ|የ|ለ)?"
# the day after the month, ቀን "day" after it, then the year with ዓ.ም ("year of mercy", the calendar's era)
_DAY_AFTER_RE = re.compile(r"\s*(\d{1,2})(?![\d:.,]\d)(?:\s*ቀን)?")
_YEAR_AFTER_RE = re.compile(r"\s*(?:/\s*)?((?:19|20)\d\d)(?!\d)(?:\s*ዓ\s*[./]?\s*ም\.?)?")
_GREGORIAN_RE = re.compile(r"እ\s*\.?\s*ኤ\s*\.?\s*አ")
_EPOCH = 1723856  # Julian day number of the Ethiopian calendar's year 0, month 0 (with the formula below)


@lru_cache(maxsize=1)
def _word_re() -> re.Pattern:
    words = [w for ws in GEEZ_MONTHS for w in ws.split()]
    return re.compile(rf"(?<![\w{_LETTERS}]){_PREFIX}({'|'.join(sorted(words, key=len, reverse=True))})"
                      rf"(?![\w{_LETTERS}])")


@lru_cache(maxsize=1)
def _table() -> dict[str, int]:
    return {w: i + 1 for i, words in enumerate(GEEZ_MONTHS) for w in words.split()}


def ethiopian_dates(t: str, start: int, end: int) -> list[DateMention]:
    """Ethiopian-calendar dates in ``t[start:end]`` (digits already ASCII): a Ge'ez month with its day."""
    if not re.search(f"[{_LETTERS}]", t[start:end]):
        return []
    out = []
    for m in _word_re().finditer(t, start, end):
        if _GREGORIAN_RE.search(t, max(start, m.start() - 12), m.start()):
            continue  # እ.ኤ.አ. "in the European calendar": a Gregorian date written with Ethiopian month names
        day_m = _DAY_AFTER_RE.match(t, m.end(), end)
        month = _table()[m.group(1)]
        if not day_m or not 1 <= int(day_m.group(1)) <= (6 if month == 13 else 30):
            continue
        year_m = _YEAR_AFTER_RE.match(t, day_m.end(), end)
        year = int(year_m.group(1)) if year_m else None
        out.append(DateMention(m.start(1), year_m.end() if year_m else day_m.end(), word=m.span(1),
                               day_span=day_m.span(1), solar=(month, int(day_m.group(1)), year),
                               calendar=CALENDAR))
    return out


def roman_ethiopian_dates(t: str, start: int, end: int) -> list[DateMention]:
    """Ethiopian months kept in an English draft ("Megabit 5, 2016 E.C."): capitalised, with a day."""
    return kept_calendar_dates(t, start, end, ROMAN_MONTHS, CALENDAR, 30)


def to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian date of an Ethiopian one (the arithmetic of the Amete Mihret era)."""
    jdn = _EPOCH + 365 * year + year // 4 + 30 * month + day - 31
    return date.fromordinal(jdn - 1721425)  # the Julian day number of January 1 of year 1 is 1721426


def gregorian_days(month: int, day: int | None, year: int | None) -> frozenset[tuple[int, int]]:
    """Every Gregorian (month, day) an Ethiopian month's day may be (without a day: its first and last; without
    a year: in a year before a Gregorian leap year or not)."""
    days = (day,) if day else (1, 5 if month == 13 else 30)
    years = (year,) if year else (2015, 2016)  # 2016 begins before February 29, 2024; 2015 does not
    return frozenset(((g := to_gregorian(y, month, d)).month, g.day) for y in years for d in days)


def gregorian_years(month: int, day: int | None, year: int) -> range:
    """The Gregorian years an Ethiopian date of ``year`` falls in: one with its day, two without."""
    if day:
        return range(g := to_gregorian(year, month, day).year, g + 1)
    return range(year + 7, year + 9)


def describe(month: int) -> tuple[str, str]:
    """The month's usual English spelling and the calendar's name, for a finding's message."""
    return ROMAN_MONTHS[month - 1].split()[0], "Ethiopian"

