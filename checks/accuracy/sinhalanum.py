"""Sinhala figures whose scale word, currency or percent word come BEFORE the digits: ``රුපියල් මිලියන 450`` is
Rs 450 million ("rupees million 450"), ``ලක්ෂ 25`` 2.5 million, ``ඇමරිකානු ඩොලර් මිලියන 120`` $120 million,
``සියයට 23`` 23 percent ("in the hundred 23") and ``ප්‍රතිශත ඒකක 9`` nine percentage points ("percent units 9").
Sinhala vowel signs are not ``\\w``, so the words are matched whole, with the space news puts between them.
"""

from __future__ import annotations

import re

_SCALES = {"දහස": 1e3, "ලක්ෂ": 1e5, "කෝටි": 1e7, "මිලියන": 1e6, "බිලියන": 1e9}
_CURRENCIES = {"රුපියල්": "LKR", "ඩොලර්": "USD", "යුරෝ": "EUR"}
_BEFORE_RE = re.compile(r"(?:(?:ඇමරිකානු\s+|එ\.ජ\.\s+)?(" + "|".join(_CURRENCIES) + r")\s+)?(" + "|".join(_SCALES)
                        + r")?\s*$")
_PERCENT_RE = re.compile("(?:සියයට|ප්\u200dරතිශත|ප්රතිශත)(\\s+ඒකක)?\\s*$")


def scale_before(t: str, a: int) -> tuple[int, float, str, str, str, bool] | None:
    """(start, multiplier, scale word, kind, unit, points) of the words just before the figure at ``a``: a
    currency and/or scale word, or a percent word (in percentage points after ``ප්‍රතිශත ඒකක``); else None."""
    if m := _PERCENT_RE.search(t, max(0, a - 30), a):
        return m.start(), 1.0, "", "percent", "%", m.group(1) is not None
    m = _BEFORE_RE.search(t, max(0, a - 40), a)
    if m is None or not (m.group(1) or m.group(2)):
        return None
    scale = _SCALES[m.group(2)] if m.group(2) else 1.0
    money = m.group(1) is not None
    return (m.start(), scale, m.group(2) or "", "money" if money else "number", _CURRENCIES.get(m.group(1), ""),
            False)
