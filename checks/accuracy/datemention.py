"""A date, month or weekday found in a sentence, with exact spans (shared by the date readers)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache


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


def kept_calendar_dates(t: str, start: int, end: int, roman_months: tuple[str, ...], calendar: str,
                        max_day: int) -> list[DateMention]:
    """Months of another calendar kept, romanised, in an English draft ("Mangsir 20", "Megabit 5, 2016 E.C."):
    capitalised (``roman_months``: each month's spellings, in order), and only with a day up to ``max_day``."""
    table, roman_re = _kept_re(roman_months)
    out = []
    for m in roman_re.finditer(t, start, end):
        day_g = kept_day_group(m)
        if day_g is None or not 1 <= int(m.group(day_g)) <= max_day:
            continue
        year = int(m.group(4)) if m.group(4) else None
        out.append(DateMention(m.start(), m.end(), word=m.span(2), day_span=m.span(day_g), calendar=calendar,
                               solar=(table[m.group(2)], int(m.group(day_g)), year)))
    return out


@lru_cache(maxsize=8)
def _kept_re(roman_months: tuple[str, ...]) -> tuple[dict[str, int], re.Pattern]:
    table = {w: i + 1 for i, ws in enumerate(roman_months) for w in ws.split()}
    return table, kept_month_re(table, year=r"20\d\d")  # capitalised only: "magh", "sene" are no months


def kept_day_group(m: re.Match) -> int | None:
    """Which group of a :func:`kept_month_re` match holds the day (the one before the month first), or None."""
    return 1 if m.group(1) else (3 if m.group(3) else None)



_DAY_BEFORE_RE = re.compile(r"(?<![\d:.,])(\d{1,2})\s*$")
_YEAR_AFTER_RE = re.compile(r",?\s*(\d{4})(?!\d)")


def day_month_year_dates(t: str, start: int, end: int, table: dict[str, tuple[str, int]], word_re: re.Pattern,
                         letters: str, needs_figure: frozenset[str]) -> list[DateMention]:
    """Dates written day, month word, year (``14 अगस्त 2024``, ``৩১ আগস্ট``) and weekdays, in a script whose
    month and weekday words ``table`` and ``word_re`` read; a word in ``needs_figure`` (मार्च, also "a march")
    counts only beside a day or a year. The Hindi and Bengali readers share it."""
    if not re.search(f"[{letters}]", t[start:end]):
        return []
    out = []
    for m in word_re.finditer(t, start, end):
        kind, num = table[m.group()]
        a, b = m.span()
        if kind == "weekday":
            out.append(DateMention(a, b, weekday=num, word=(a, b)))
            continue
        day_m = _DAY_BEFORE_RE.search(t, max(start, a - 4), a)
        day = day_in(day_m)
        year = year_in(_YEAR_AFTER_RE.match(t, b, end))
        if m.group() in needs_figure and day is None and year is None:
            continue
        day_span = day_m.span(1) if day else None
        out.append(DateMention(day_span[0] if day_span else a, b, month=num, day=day, year=year, word=(a, b),
                               day_span=day_span))
    return out


def bare_day_of(original: list[DateMention], d: DateMention) -> bool:
    """Whether the draft date ``d`` gives the day of one of the original's days without a month (28日, "the
    28th"): the month is the draft's reading of the dateline, not a stand-in for another month of the sentence."""
    return d.day is not None and any(o.day == d.day and o.month is None for o in original)
