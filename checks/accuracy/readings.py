"""Second readings of a figure that a faithful translation gives in another form.

A translator counts years in decades (``近20年`` "nearly two decades") and renders ``十余`` ("ten-odd") as
"more than a dozen". Each is the same fact, so the draft's figure gets the other value as a further reading,
which :func:`numbers.same_figure` accepts like either reading of ``1.500``; only where the draft says which
form it is ("decades" after the figure, "dozen"). Clock times (``14时``, ``14 Uhr`` as "2 p.m.") are
:mod:`.clocktimes`' business.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .numbers import Quantity

_DECADES_AFTER = re.compile(r"[\s-]+decades?\b", re.IGNORECASE)


def _with(q: Quantity, *extra: float) -> Quantity:
    values = q.values + tuple(v for v in extra if v not in q.values)
    return replace(q, values=values)


def _plain_count(q: Quantity) -> bool:
    return q.kind == "number" and q.scale == 1 and q.value == int(q.value)


def decades_and_dozens(text: str, qs: list[Quantity], english: bool) -> list[Quantity]:
    """``qs`` with the further readings above (English drafts only): decades as years, a dozen as ten."""
    out = []
    for q in qs:
        if not english or not _plain_count(q):
            out.append(q)
            continue
        v = int(q.value)
        if 1 <= v <= 20 and _DECADES_AFTER.match(text, q.end):
            q = _with(q, v * 10.0)  # "two decades": 20 years
        elif q.word and v == 12 and text[q.num_start : q.num_end].lower() == "dozen":
            q = _with(q, 10.0)  # "more than a dozen" for 十余, "over ten"
        out.append(q)
    return out


_A_DECADE = re.compile(r"\b(?:a|one|over a|more than a|nearly a|almost a)\s+decade\b", re.IGNORECASE)


def says_a_decade(text: str, start: int, end: int) -> bool:
    """Whether the draft span speaks of "a decade" (the ten years of ``10余年`` with no figure of its own)."""
    return _A_DECADE.search(text, start, end) is not None
