"""Urdu months and weekdays (``16 جون``, ``14 جون 2024``, ``جمعہ کی شب``, ``بدھ کو``).

Urdu names the Gregorian months in their English forms and dates day first (``16 جون سے 30 جون تک``). Three
weekdays are ordinary words too: ``پیر`` (Monday; "foot", "saint"), ``ہفتہ`` / ``ہفتے`` (Saturday; "week") and
``بدھ`` (Wednesday; "the Buddha"): they count as days only before what marks a day, ``کو`` ("on"), ``کے روز`` /
``کے دن``, or ``کی`` with a part of the day (``ہفتے کی شب``), and never after "this", "next", "last", a
figure or a number word (``اگلے ہفتے``, ``دو ہفتے``). ``مارچ`` is also a march (``لانگ مارچ``): a month only
beside a day or a year.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .datemention import day_month_year_dates, month_weekday_table, whole_words_re

_LETTERS = "\u0600-\u06ff\u200c"
_URDU_ONLY = re.compile("[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]")  # ٹ ڈ ڑ ں ھ ہ ے: Urdu's own letters
_MONTHS = ("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر")
_WEEKDAYS = ("پیر سوموار", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ ہفتے", "اتوار")
_AMBIGUOUS = frozenset("پیر ہفتہ ہفتے بدھ".split())
_DAY_MARK = re.compile(r"\s+(?:کو|کے\s+(?:روز|دن)|کی\s+(?:شب|رات|صبح|شام|دوپہر|سہ\s*پہر))(?!\w)")
_NOT_A_DAY_BEFORE = re.compile(r"(?:اس|اسی|اگلے|اگلا|گزشتہ|گذشتہ|پچھلے|پچھلا|آئندہ|رواں|ہر|کئی|ایک|دو|تین|چار|\d)\s+$")


def is_urdu(t: str) -> bool:
    """Whether a text holds a letter only Urdu (not Arabic, Persian or Pashto) writes."""
    return _URDU_ONLY.search(t[:5000]) is not None


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, int]]:
    return month_weekday_table(_MONTHS, _WEEKDAYS, lambda w: (w,))


@lru_cache(maxsize=1)
def _word_re() -> re.Pattern:
    return whole_words_re(_table(), "\u200c")


def urdu_dates(t: str, start: int, end: int) -> list:
    """Urdu dates, months and weekdays in ``t[start:end]`` (digits already ASCII)."""
    found = day_month_year_dates(t, start, end, _table(), _word_re(), _LETTERS, frozenset(["مارچ"]))
    return [d for d in found if d.weekday is None or t[d.start : d.end] not in _AMBIGUOUS or (
        _DAY_MARK.match(t, d.end, end) and not _NOT_A_DAY_BEFORE.search(t[max(start, d.start - 8) : d.start]))]
