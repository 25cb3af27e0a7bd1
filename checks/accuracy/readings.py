"""Second readings of a figure that a faithful translation gives in another form.

A translator turns a 24-hour clock into a 12-hour one (``14时``, ``14 Uhr`` are "2 p.m."),
counts years in decades (``近20年`` "nearly two decades") and renders ``十余`` ("ten-odd") as "more than a
dozen". Each is the same fact, so the figure gets the other value as a further reading, which
:func:`numbers.same_figure` accepts like either reading of ``1.500``. The readings are only added on the English side,
where the draft says which form it is ("p.m." or "in the evening" after the figure, "decades" after it): a
bare "2" never matches a 14, nor does "2 a.m.".
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .numbers import Quantity

# an hour of the 12-hour clock in English: 2 p.m., 2pm, 2:30 p.m., 9 o'clock in the evening, 9 at night
_TWELVE_AFTER = re.compile(r"(?:[:.]\d\d)?\s?(?:(?P<pm>p\.?\s?m\.?)|(?P<am>a\.?\s?m\.?))(?![^\W\d_])"
                           r"|(?:\s?o['’]clock)?(?P<eve>\s+(?:in the (?:afternoon|evening)|at night|tonight))"
                           r"|\s?o['’]clock",
                           re.IGNORECASE)


def twelve_hour_at(text: str, i: int) -> bool:
    """Whether a 12-hour clock mark follows at ``i`` (the "pm" of "8pm" makes 8 a time, not a code)."""
    return _TWELVE_AFTER.match(text, i) is not None


_DECADES_AFTER = re.compile(r"[\s-]+decades?\b", re.IGNORECASE)


def _with(q: Quantity, *extra: float) -> Quantity:
    values = q.values + tuple(v for v in extra if v not in q.values)
    return replace(q, values=values)


def _plain_count(q: Quantity) -> bool:
    return q.kind == "number" and q.scale == 1 and q.value == int(q.value)


def clock_and_decades(text: str, qs: list[Quantity], english: bool) -> list[Quantity]:
    """``qs`` with the further readings above (English drafts only): the hour on the 24-hour clock, decades
    as years, a dozen as ten."""
    out = []
    for q in qs:
        if not english or not _plain_count(q):
            out.append(q)
            continue
        v = int(q.value)
        m = _TWELVE_AFTER.match(text, q.num_end) if 1 <= v <= 12 else None
        if m and (m.group("pm") or m.group("eve")) and v < 12:
            q = _with(q, v + 12.0)
        elif m and m.group("am") and v == 12:
            q = _with(q, 0.0)
        elif 1 <= v <= 20 and _DECADES_AFTER.match(text, q.end):
            q = _with(q, v * 10.0)  # "two decades": 20 years
        elif q.word and v == 12 and text[q.num_start : q.num_end].lower() == "dozen":
            q = _with(q, 10.0)  # "more than a dozen" for 十余, "over ten"
        out.append(q)
    return out


_A_DECADE = re.compile(r"\b(?:a|one|over a|more than a|nearly a|almost a)\s+decade\b", re.IGNORECASE)


def says_a_decade(text: str, start: int, end: int) -> bool:
    """Whether the draft span speaks of "a decade" (the ten years of ``10余年`` with no figure of its own)."""
    return _A_DECADE.search(text, start, end) is not None
