"""A year the draft gives for another year outside any full date ("ab 2026" as "from 2028", "März 2026" read
by no date reader as "March 2025"): a wrong date (A004), not a wrong count (A003). Only when both figures
are plain years and the draft's stands where English puts a year (after "in", "since", "from", a month)."""

from __future__ import annotations

import re

from .numbers import Quantity

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec")
_BEFORE_YEAR_RE = re.compile(
    rf"\b(?:in|since|from|until|till|through|before|after|between|early|late|mid|{_MONTHS})\.?[\s-]+$",
    re.IGNORECASE)


def _plain_year(q: Quantity) -> bool:
    return (q.kind == "number" and q.scale == 1 and not q.word and not q.unit and q.value == int(q.value)
            and 1800 <= q.value <= 2100)


def year_for_year(draft: str, q: Quantity, d: Quantity) -> bool:
    """The draft's ``d`` is a year put where the original has the year ``q``."""
    return (_plain_year(q) and _plain_year(d) and re.fullmatch(r"\d{4}", draft[d.num_start:d.num_end]) is not None
            and _BEFORE_YEAR_RE.search(draft[max(0, d.num_start - 20):d.num_start]) is not None)
