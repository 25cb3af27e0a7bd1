"""A price in rupees and paise read as one figure: ``12 روپے 50 پیسے`` (Urdu), ``12 रुपये 50 पैसे`` (Hindi).

Why: South Asian news gives fuel and food prices in the currency and its hundredth; an English translation
writes them as one decimal ("Rs12.50"). Read figure by figure, the 12 and the 50 both looked missing from a
faithful translation (A001) and a wrong "Rs12.05" went unseen. The money figure takes the paise as its
decimals where the subunit word follows the second figure, joined by nothing or "and".
"""

from __future__ import annotations

import re
from dataclasses import replace

from .quantity import Quantity

_SUBUNIT_AFTER = re.compile(r"[ \u00a0]*(?:پیسے|پیسہ|पैसे|पैसा)(?![\w\u0900-\u097f])")
_BETWEEN = re.compile(r"[ \u00a0]*(?:(?:اور|और|و)[ \u00a0]+)?$")


def with_subunits(text: str, qs: list[Quantity]) -> list[Quantity]:
    """``qs`` with each rupees figure followed by its paise merged into one figure of two decimals."""
    out: list[Quantity] = []
    for q in qs:
        p = out[-1] if out else None
        paise = _SUBUNIT_AFTER.match(text, q.num_end) if p is not None else None
        if (paise and p.kind == "money" and p.scale == 1 and q.kind == "number" and q.scale == 1
                and q.value == int(q.value) and 1 <= q.value <= 99 and _BETWEEN.match(text[p.end : q.start])):
            out[-1] = replace(p, end=paise.end(), values=tuple(round(v + q.value / 100, 2) for v in p.values),
                              decimals=2)
            continue
        out.append(q)
    return out
