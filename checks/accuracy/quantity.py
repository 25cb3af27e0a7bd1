"""A figure as the accuracy family reads it (:mod:`.numbers` finds them, :mod:`.compare` matches them)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Quantity:
    """A figure in a sentence. ``values`` are its readings (the side's own convention first)."""

    start: int
    end: int  # the whole expression: currency, figure, scale word, unit
    num_start: int
    num_end: int  # the figure alone (what a suggestion rewrites)
    values: tuple[float, ...]
    kind: str  # "number", "percent", "money", "unit", "ordinal"
    unit: str  # currency code, unit word or ""
    scale: float  # the scale word's multiplier, 1.0 when there is none
    scale_text: str
    decimals: int  # digits after the decimal mark as written
    word: bool  # written in words ("three", "三万")
    points: bool = False  # a percentage in percentage points (:mod:`.points`)

    @property
    def value(self) -> float:
        return self.values[0]
