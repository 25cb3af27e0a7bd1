"""Second readings of a figure that a faithful translation gives in another form.

A translator counts years in decades (``近20年`` "nearly two decades") and renders ``十余`` ("ten-odd") as
"more than a dozen". Each is the same fact, so the draft's figure gets the other value as a further reading,
which :func:`samefigure.same_figure` accepts like either reading of ``1.500``; only where the draft says which
form it is ("decades" after the figure, "dozen", "minutes before half-time"). Clock times (``14时``, ``14 Uhr`` as "2 p.m.") are
:mod:`.clocktimes`' business.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .quantity import Quantity

_DECADES_AFTER = re.compile(r"[\s-]+decades?\b", re.IGNORECASE)
_MONTHS_AFTER = re.compile(r"[\s-]+months?\b", re.IGNORECASE)


def with_further_values(text: str, qs: list[Quantity]) -> list[Quantity]:
    """A draft's figures, "two decades" also reading 20 (years), "18 months" 1.5 (years) and "a dozen" also 10."""
    return [_with(q, extra) if (extra := _further_value(text, q)) is not None else q for q in qs]


def _further_value(text: str, q: Quantity) -> float | None:
    if q.kind != "number" or q.scale != 1 or q.value != int(q.value):
        return None
    if 1 <= q.value <= 20 and _DECADES_AFTER.match(text, q.end):
        return q.value * 10  # "two decades": 20 years
    if q.value == 12 and text[q.num_start : q.num_end].lower() == "dozen":
        return 10.0  # "more than a dozen" for 十余, "over ten"
    if 6 <= q.value <= 120 and q.value % 6 == 0 and _MONTHS_AFTER.match(text, q.end):
        return q.value / 12  # "18 months" for anderhalf jaar, półtora roku: 1.5 (years)
    if 1 <= q.value <= 44 and (m := _MATCH_CLOCK.match(text, q.end)):
        return {"before": 45 - q.value, "end": 90 - q.value, "after": 45 + q.value}[m.lastgroup]
    return None


# a match minute told from a mark of the game: "four minutes before half-time" is the 41st minute, "five
# minutes from time" the 85th, "ten minutes after the break" (or "into the second half") the 55th
_MATCH_CLOCK = re.compile(r"[\s-]+minutes?\s+(?:(?P<before>before (?:half-?time|the (?:break|interval)))"
                          r"|(?P<end>(?:from|before) (?:time|full-?time|the (?:end|final whistle)))"
                          r"|(?P<after>(?:after|past) (?:half-?time|the (?:break|interval|restart))"
                          r"|into the second half))\b", re.IGNORECASE)


def _with(q: Quantity, extra: float) -> Quantity:
    return q if extra in q.values else replace(q, values=q.values + (extra,))


# "the past decade" for Estonian "viimase kümne aastaga" (the last ten years) too
_A_DECADE = re.compile(r"\b(?:a|one|over a|more than a|nearly a|almost a|(?:the|over the|in the) (?:past|last|previous))"
                       r"\s+decade\b", re.IGNORECASE)


def says_a_decade(text: str, start: int, end: int) -> bool:
    """Whether the draft span speaks of "a decade" (the ten years of ``10余年`` with no figure of its own)."""
    return _A_DECADE.search(text, start, end) is not None


_SEASON_BEFORE = re.compile(r"(?<!\d)((?:1[89]|20)\d\d)\s?[/–-]\s?$")


def with_season_years(text: str, qs: list[Quantity]) -> list[Quantity]:
    """The short second year of a season or fiscal year ("2022/23", ``2022/2023``) also reads as the full year
    (2023): a translator shortens or spells out the span at will."""
    out = []
    for q in qs:
        digits = text[q.num_start : q.num_end].lstrip("-−")
        m = _SEASON_BEFORE.search(text, max(0, q.num_start - 7), q.num_start) if len(digits) == 2 and digits.isdigit() else None
        if m and q.kind == "number" and q.scale == 1 and int(digits) == (int(m.group(1)) + 1) % 100:
            q = replace(q, values=tuple(abs(v) for v in q.values) + (float(int(m.group(1)) + 1),))
        out.append(q)
    return out


# a decade in words: ``negli anni Ottanta``, ``in den Achtzigerjahren`` as "in the eighties"
_DECADE_WORDS = re.compile(r"\b(?:the\s+|early\s+|late\s+|mid-?)(twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies\b",
                           re.IGNORECASE)
_TENS = {"twent": 20, "thirt": 30, "fort": 40, "fift": 50, "sixt": 60, "sevent": 70, "eight": 80, "ninet": 90}


def decades_in_words(text: str, start: int, end: int) -> set[float]:
    """The decades a draft span names in words ("the eighties": 80), each the original's figure of its decade."""
    return {float(_TENS[m.group(1).lower()]) for m in _DECADE_WORDS.finditer(text, start, end)}


def without_decades(left_o: list[Quantity], draft: str, dspans) -> list[Quantity]:
    """The original's figures less those the draft says as a decade: 10 as "a decade", 80 as "the eighties"."""
    tens = {v for a, b in dspans for v in decades_in_words(draft, a, b)}
    tens |= {10.0} if any(says_a_decade(draft, a, b) for a, b in dspans) else set()
    return [q for q in left_o if not (q.kind == "number" and q.scale == 1 and q.value in tens)] if tens else left_o
