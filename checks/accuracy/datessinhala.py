"""Sinhala months and weekdays: ``නොවැම්බර් 13 වැනිදා``, ``2024 නොවැම්බර් 10``, ``බදාදා``.

Sinhala vowel signs are not ``\\w`` (``බදාදා`` would end at ``බද``), so its words need their own reader. A
Sinhala date gives the day AFTER the month (``නොවැම්බර් 13``) and the year before it (``2024 නොවැම්බර්``).
Words are matched with what news glues on (``බදාදා``, ``බදාදාට``, ``සෙනසුරාදාවේ``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .datemention import DateMention, day_in, month_weekday_table, whole_words_re, year_in

_LETTERS = "\u0d80-\u0dff\u200c\u200d"
_MONTHS = (
    "ජනවාරි", "පෙබරවාරි", "මාර්තු", "අප්‍රේල් අප්රේල්", "මැයි", "ජූනි", "ජූලි", "අගෝස්තු",
    "සැප්තැම්බර්", "ඔක්තෝබර්", "නොවැම්බර්", "දෙසැම්බර්",
)
_WEEKDAYS = ("සඳුදා", "අඟහරුවාදා", "බදාදා", "බ්‍රහස්පතින්දා බ්රහස්පතින්දා", "සිකුරාදා", "සෙනසුරාදා", "ඉරිදා")
# case endings news glues to a weekday or month: dative -ට, locative -වේ / -දී, genitive -ගේ, of -ව
_ENDINGS = ("", "ට", "වේ", "දී", "ගේ", "ව")


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, int]]:
    return month_weekday_table(_MONTHS, _WEEKDAYS, lambda w: (w + e for e in _ENDINGS))


@lru_cache(maxsize=1)
def _word_re() -> re.Pattern:
    return whole_words_re(_table(), _LETTERS)


_DAY_AFTER_RE = re.compile(r"\s*(\d{1,2})(?![\d:.,]\d)")
_DAY_BRACKET_RE = re.compile(r"(?<!\d)\((\d{1,2})\)\s*$")
_YEAR_BEFORE_RE = re.compile(r"(?<!\d)(\d{4})\s*$")


def sinhala_dates(t: str, start: int, end: int) -> list[DateMention]:
    """Sinhala dates, months and weekdays in ``t[start:end]`` (digits already ASCII)."""
    if not re.search(f"[{_LETTERS}]", t[start:end]):
        return []
    out = []
    for m in _word_re().finditer(t, start, end):
        kind, num = _table()[m.group()]
        a, b = m.span()
        if kind == "weekday":  # ඊයේ (13) බදාදා "yesterday, Wednesday the 13th": the bracketed day is no count
            day_m = _DAY_BRACKET_RE.search(t, max(start, a - 8), a)
            day = day_in(day_m)
            out.append(DateMention(a, b, weekday=num, day=day, word=(a, b),
                                   day_span=day_m.span(1) if day else None))
            continue
        day_m = _DAY_AFTER_RE.match(t, b, end)
        day = day_in(day_m)
        year_m = _YEAR_BEFORE_RE.search(t, max(start, a - 6), a)
        year = year_in(year_m)
        day_span = day_m.span(1) if day else None
        out.append(DateMention(year_m.start(1) if year else a, day_span[1] if day_span else b, month=num, day=day,
                               year=year, word=(a, b), day_span=day_span))
    return out
