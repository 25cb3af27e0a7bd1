"""A date, month or weekday found in a sentence, with exact spans (shared by the date readers)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
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
    # which calendar ``solar`` is of: None for the Iranian one, "bikram" for Nepal's (:mod:`.datesbikram`)
    calendar: str | None = None


def day_in(m: re.Match | None) -> int | None:
    """The day of the month a match's first group gives, if it can be one (1-31)."""
    return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 31 else None


def year_in(m: re.Match | None) -> int | None:
    """The year a match's first group gives, if it reads as one of news (1000-2200)."""
    return int(m.group(1)) if m and 1000 <= int(m.group(1)) <= 2200 else None


def month_weekday_table(months: tuple[str, ...], weekdays: tuple[str, ...],
                        forms: Callable[[str], Iterable[str]]) -> dict[str, tuple[str, int]]:
    """Every written form (``forms``) of each month's and weekday's words -> ("month" | "weekday", number)."""
    out = {}
    for kind, names in (("month", months), ("weekday", weekdays)):
        for i, words in enumerate(names):
            for w in words.split():
                for f in forms(w):
                    out[f] = (kind, i + 1)
    return out


def whole_words_re(words: Iterable[str], letters: str) -> re.Pattern:
    """Any of ``words`` standing alone: not inside a longer word of ``letters`` (a script whose vowel signs
    ``\\w`` does not take in)."""
    alt = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?<![\w{letters}])(?:{alt})(?![\w{letters}])")


def kept_month_re(months: Iterable[str], year: str = r"\d{4}", flags: int = 0) -> re.Pattern:
    """A month of another calendar kept in an English draft, romanised ("15 Esfand 1402", "Mangsir 20"): group 1
    a day before it, 2 the month, 3 a day after it, 4 a year."""
    alt = "|".join(sorted(months, key=len, reverse=True))
    return re.compile(rf"(?:(?<![\d.,])(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?\b({alt})\b"
                      rf"(?:\s+(\d{{1,2}})(?!\d))?(?:,?\s+({year})(?!\d))?", flags)


def kept_day_group(m: re.Match) -> int | None:
    """Which group of a :func:`kept_month_re` match holds the day (the one before the month first), or None."""
    return 1 if m.group(1) else (3 if m.group(3) else None)

