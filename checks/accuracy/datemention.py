"""A date, month or weekday found in a sentence, with exact spans (shared by the date readers)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class DateMention:
    """A month, a weekday or a whole date. ``word`` is the span of the month or weekday word itself."""

    start: int
    end: int
    month: int | None = None
    day: int | None = None
    year: int | None = None
    weekday: int | None = None
    word: tuple[int, int] | None = None
    day_span: tuple[int, int] | None = None
    # a date of the Iranian (Solar Hijri) calendar: (month, day or None, year or None); its months do not map
    # one to one onto Gregorian ones, so ``month`` stays None and :mod:`.datespersian` compares it
    solar: tuple[int, int | None, int | None] | None = None


def day_in(m: re.Match | None) -> int | None:
    """The day of the month a match's first group gives, if it can be one (1-31)."""
    return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 31 else None


def year_in(m: re.Match | None) -> int | None:
    """The year a match's first group gives, if it reads as one of news (1000-2200)."""
    return int(m.group(1)) if m and 1000 <= int(m.group(1)) <= 2200 else None
