"""A difference between an aligned pair: what the figure, date, time and name comparisons report."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mismatch:
    """One difference: the draft's span, the original's span, a message and a certain fix (or None)."""

    start: int
    end: int
    ostart: int
    oend: int
    message: str
    fix: tuple[int, int, str] | None = None
