"""Bengali months and weekdays (``৩১ আগস্ট``, ``আগস্ট ২০২৪``, ``বৃহস্পতিবার``), as :mod:`.dateshindi` reads Hindi.

Bengali words need their own reader: ``\\w`` stops at vowel signs (``জুলাই`` would be read in pieces). News
writes the Gregorian months (জানুয়ারি, ফেব্রুয়ারি, also without the য় sign's dot: জানুয়ারী) and glues the case
ending on (``বৃহস্পতিবারের`` "Thursday's", ``মার্চে`` "in March"); মে (May) and মার্চ (a march) count only
next to a day or a year.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .datemention import DateMention, day_in, month_weekday_table, whole_words_re, year_in
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


_DAY_BEFORE_RE = re.compile(r"(?<![\d:.,])(\d{1,2})\s*$")
_YEAR_AFTER_RE = re.compile(r",?\s*(\d{4})(?!\d)")


def bengali_dates(t: str, start: int, end: int) -> list[DateMention]:
    """Bengali dates, months and weekdays in ``t[start:end]`` (digits already ASCII)."""
    if not re.search(f"[{BENGALI_LETTERS}]", t[start:end]):
        return []
    out = []
    for m in _word_re().finditer(t, start, end):
        kind, num = _table()[m.group()]
        a, b = m.span()
        if kind == "weekday":
            out.append(DateMention(a, b, weekday=num, word=(a, b)))
            continue
        day_m = _DAY_BEFORE_RE.search(t, max(start, a - 4), a)
        day = day_in(day_m)
        year = year_in(_YEAR_AFTER_RE.match(t, b, end))
        if m.group() in _NEEDS_FIGURE and day is None and year is None:
            continue
        day_span = day_m.span(1) if day else None
        out.append(DateMention(day_span[0] if day_span else a, b, month=num, day=day, year=year, word=(a, b),
                               day_span=day_span))
    return out
