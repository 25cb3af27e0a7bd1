"""Bengali months and weekdays (``৩১ আগস্ট``, ``আগস্ট ২০২৪``, ``বৃহস্পতিবার``), as :mod:`.dateshindi` reads Hindi.

Bengali words need their own reader: ``\\w`` stops at vowel signs (``জুলাই`` would be read in pieces). News
writes the Gregorian months (জানুয়ারি, ফেব্রুয়ারি, also without the য় sign's dot: জানুয়ারী) and glues the case
ending on (``বৃহস্পতিবারের`` "Thursday's", ``মার্চে`` "in March"); মে (May) and মার্চ (a march) count only
next to a day or a year.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .datemention import DateMention, day_month_year_dates, month_weekday_table, whole_words_re
from .numwordsextra import BENGALI_LETTERS

_MONTHS = (
    "জানুয়ারি জানুয়ারী", "ফেব্রুয়ারি ফেব্রুয়ারী", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট আগস্ট",
    "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর",
)
_WEEKDAYS = ("সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার বিষ্যুদবার", "শুক্রবার", "শনিবার", "রবিবার রোববার")
_ENDINGS = ("", "ের", "র", "ে", "এ", "ও", "েও")
_NEEDS_FIGURE = frozenset(w + e for w in ("মে", "মার্চ") for e in _ENDINGS)


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, int]]:
    return month_weekday_table(_MONTHS, _WEEKDAYS, lambda w: (w + e for e in _ENDINGS))


@lru_cache(maxsize=1)
def _word_re() -> re.Pattern:
    return whole_words_re(_table(), BENGALI_LETTERS)


def bengali_dates(t: str, start: int, end: int) -> list[DateMention]:
    """Bengali dates, months and weekdays in ``t[start:end]`` (digits already ASCII)."""
    return day_month_year_dates(t, start, end, _table(), _word_re(), BENGALI_LETTERS, _NEEDS_FIGURE)
