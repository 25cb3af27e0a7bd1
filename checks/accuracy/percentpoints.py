"""Percentage points told apart from percent. Every reader reads both as a percentage (kind "percent");
a point word marks the figure ``points``, so a draft that turns "3,2 pkt proc." (a change of a rate)
into "3.2%" (a relative change) is an A003 mismatch though the figure is the same. Only that direction is
reported: an original's "%" for a change of a rate is often put as "points" by a careful translator.
"""

from __future__ import annotations

from .quantity import Quantity

# Point words the language tables lacked: Russian and Ukrainian in their cases, German cases
MORE_POINT_WORDS = (
    "процентный пункт", "процентного пункта", "процентных пункта", "процентных пунктов", "процентным пунктом",
    "п. п.", "пп", "відсотковий пункт", "відсоткового пункту", "відсоткових пункти", "відсоткових пунктів",
    "відсотковим пунктом", "в. п.", "в.п.", "prozentpunkt", "prozentpunkten", "prozentpunkts",
    "percentage-point", "percentage points", "percentage point", "pp", "pts",
)

# Pieces that make a percent word a point word, in every language the readers know
_MARKS = ("punkt", "point", "pkt", "p.p", "п.п", "п. п", "пункт", "пп", "procentpunt", "bod", "p. b", "ποσοστιαί",
          "pontos", "puncte", "punct", "अंक", "포인트", "%p", "poin", "mata", "điểm", "pont", "enhet", "poeng",
          "נקוד", "واحد", "в.п", "в. п")


def is_points(word: str) -> bool:
    """Whether a percent word says percentage points."""
    w = word.strip().lower()
    return w in ("pp", "pts") or any(m in w for m in _MARKS)


def points_as_percent(original: Quantity, draft: Quantity) -> bool:
    """The original gives percentage points and the draft percent."""
    return original.kind == draft.kind == "percent" and original.points and not draft.points
