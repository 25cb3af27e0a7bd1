"""Sinhala figures whose scale word and currency come BEFORE the digits: ``රුපියල් මිලියන 450`` is
Rs 450 million ("rupees million 450"), ``ලක්ෂ 25`` 2.5 million. Sinhala vowel signs are not ``\\w``, so the
words are matched whole, with the space news puts between them.
"""

from __future__ import annotations

import re

_SCALES = {"දහස": 1e3, "ලක්ෂ": 1e5, "කෝටි": 1e7, "මිලියන": 1e6, "බිලියන": 1e9}
_BEFORE_RE = re.compile(r"(?:(රුපියල්)\s+)?(" + "|".join(_SCALES) + r")\s*$")


def scale_before(t: str, a: int) -> tuple[int, float, str, bool] | None:
    """(start, multiplier, scale word, rupees) of a scale word just before the figure at ``a``, or None."""
    m = _BEFORE_RE.search(t, max(0, a - 30), a)
    if m is None:
        return None
    return m.start(), _SCALES[m.group(2)], m.group(2), m.group(1) is not None
