"""Percentage points given as a percentage: ``3,2 puntos``, ``2,5 punti percentuali`` rendered "3.2%".

A change of a rate in points (turnout down 3.2 points from 64.7%) and a change of 3.2 percent are different
figures, yet both read 3.2, so :func:`.samefigure.same_figure` pairs them. Only this direction is reported:
MT turns "points" into "%", while an original that writes "%" for a change in points is common sloppy usage
that a translator may well correct. Bare "points" count on both sides (a football team's 58 points are
points in either language).
"""

from __future__ import annotations

import re

from .quantity import Quantity

# after the figure: points, percentage points, in the Romance languages and English
_POINTS_RE = re.compile(
    r"\s*(?:puntos?|punti|punto|pontos?|points?|pts?\.?|p\.\s?p\.|pp\.?)(?:\s+(?:porcentuales?|percentuali|percentuale"
    r"|percentuais|percentual|de\s+pourcentage|percentage))?(?![\w])", re.IGNORECASE)
# the draft's percentage: 3.2%, 3.2 percent, 3.2 per cent (not "3.2 percentage points")
_PERCENT_RE = re.compile(r"\s*(?:%|percent|per\s+cent)(?!\s*(?:age\s+)?points?)(?![\w])", re.IGNORECASE)
_PERCENTAGE_POINTS_RE = re.compile(r"\s*percentage\s+points?(?![\w])", re.IGNORECASE)


def points_as_percent(original: str, q: Quantity, draft: str, d: Quantity) -> int | None:
    """Where the original's points words end, when ``q`` is in points and the draft's ``d`` the same figure
    as a percentage (else None)."""
    m = _POINTS_RE.match(original, q.num_end)
    if m is None or _PERCENTAGE_POINTS_RE.match(draft, d.num_end):
        return None
    return max(q.end, m.end()) if _PERCENT_RE.match(draft, d.num_end) else None
