"""Percentage points given as a percentage: ``3,2 puntos``, ``2,5 punti percentuali`` rendered "3.2%".

A change of a rate in points (turnout down 3.2 points from 64.7%) and a change of 3.2 percent are different
figures, yet both read 3.2, so :func:`.samefigure.same_figure` pairs them. Only this direction is reported:
MT turns "points" into "%", while an original that writes "%" for a change in points is common sloppy usage
that a translator may well correct. Bare "points" count on both sides (a football team's 58 points are
points in either language). The readers of every language read a point word as a percentage marked
``points`` (:func:`is_points`: "3,2 pkt proc.", "6.1%포인트", "3,2 процентных пункта"), so one comparison serves all.
"""

from __future__ import annotations

import re

from .quantity import Quantity

# after the figure: points, percentage points, in the Romance languages and English
_POINTS_RE = re.compile(
    r"\s*(?:puntos?|punti|punto|pontos?|points?|pts?\.?|p\.\s?p\.|pp\.?|puan(?:lık|lik)?)(?:\s+(?:porcentuales?|percentuali|percentuale"
    r"|percentuais|percentual|de\s+pourcentage|percentage))?(?![\w])", re.IGNORECASE)
# Chinese, Japanese and Thai point words, glued to what follows (1.8个百分点至, 1.8ポイント上昇, ขึ้น 1.5 จุด เป็น)
_CJK_POINTS_RE = re.compile(r"\s*(?:[个個]?百分[点點]|ポイント|จุด(?:เปอร์เซ็นต์)?|เปอร์เซ็นต์พอยต์)")
_PERCENTAGE_POINTS_RE = re.compile(r"\s*percentage\s+points?(?![\w])", re.IGNORECASE)


# Point words the language tables lacked: Russian and Ukrainian in their cases, German cases, Nepali
MORE_POINT_WORDS = (
    "процентный пункт", "процентного пункта", "процентных пункта", "процентных пунктов", "процентным пунктом",
    "п. п.", "пп", "відсотковий пункт", "відсоткового пункту", "відсоткових пункти", "відсоткових пунктів",
    "відсотковим пунктом", "відсоткового пункта", "відсоткові пункти", "в. п.", "в.п.", "prozentpunkt", "prozentpunkten", "prozentpunkts",
    "percentage-point", "percentage points", "percentage point", "pp", "pts",
    # Nepali: ८ प्रतिशत बिन्दु, with the postpositions news glues on (बिन्दुले "by", बिन्दुको "of", बिन्दुमा "at")
    "प्रतिशत बिन्दु", "प्रतिशत बिन्दुले", "प्रतिशत बिन्दुको", "प्रतिशत बिन्दुमा", "प्रतिशत विन्दु", "प्रतिशत विन्दुले",
    # Arabic: 6 نقاط مئوية, 1.5 نقطة مئوية, with the dual and the -ين case (نقطتين مئويتين)
    "نقطة مئوية", "نقاط مئوية", "نقطتان مئويتان", "نقطتين مئويتين",
)

# Hindi अंक is "points" and "marks": प्रतिशत अंक before a verb of scoring (लाकर, प्राप्त किए, हासिल) or "with" is
# a share of the marks (98.5 प्रतिशत अंक लाकर "scoring 98.5%"); 0.77 प्रतिशत अंक अधिक stays points
_HI_MARKS_RE = re.compile(r"\s*(?:प्रतिशत|फ़ीसदी|फीसदी)\s+अंक(?:ों)?\s+(?:लाकर|लाए|लाई|लाया|लाने|लेकर|पाकर|पाए|पाई|प्राप्त|हासिल"
                          r"|मिले|मिला|के\s+साथ)(?![\u0900-\u097f])")

# Pieces that make a percent word a point word, in every language the readers know
_MARKS = ("百分点", "百分點", "ポイント", "نقط", "نقاط", "퍼센트포인트", "punkt", "point", "pkt", "p.p", "п.п", "п. п", "пункт", "пп", "procentpunt", "bod", "p. b", "ποσοστιαί",
          "pontos", "puncte", "punct", "अंक", "포인트", "%p", "poin", "mata", "điểm", "pont", "enhet", "poeng",
          "נקוד", "واحد", "в.п", "в. п", "बिन्दु", "विन्दु", "yksik")


def is_points(word: str) -> bool:
    """Whether a percent word says percentage points."""
    w = word.strip().lower()
    return w in ("pp", "pts") or any(m in w for m in _MARKS)


def points_as_percent(original: str, q: Quantity, draft: str, d: Quantity) -> int | None:
    """Where the original's points words end, when ``q`` is in percentage points (a point word the reader
    marked, or a bare "points" after it) and the draft's ``d`` the same figure as a percentage (else None)."""
    if d.kind != "percent" or d.points or _PERCENTAGE_POINTS_RE.match(draft, d.num_end):
        return None
    if _HI_MARKS_RE.match(original, q.num_end):
        return None  # "98.5 प्रतिशत अंक लाकर": 98.5 percent of the marks, not points
    if q.points:
        return q.end
    m = _POINTS_RE.match(original, q.num_end) or _CJK_POINTS_RE.match(original, q.num_end)
    return max(q.end, m.end()) if m is not None else None


def percent_as_points(original: str, q: Quantity, draft: str, d: Quantity) -> tuple[int, int] | None:
    """The draft's points words after ``d`` (start, end) when ``d`` says percentage points and the original's
    ``q`` is the same figure as a plain percentage, with no point word after it (else None)."""
    if q.kind != "percent" or q.points or d.kind != "percent":
        return None
    m = _PERCENTAGE_POINTS_RE.match(draft, d.num_end)
    if m is None or _POINTS_RE.match(original, q.num_end) or _CJK_POINTS_RE.match(original, q.num_end):
        return None
    if any(is_points(w) for w in original[q.num_end : q.num_end + 24].split()):  # "7 % Punkte", "7 pkt proc."
        return None
    a = max(draft.rfind(c, 0, d.start) for c in ".!?\n") + 1
    ends = [i for i in (draft.find(c, m.end()) for c in ".!?\n") if i >= 0]
    if _RATE_RE.search(draft, a, min(ends, default=len(draft))):
        return None  # "Turnout fell 3.2 percentage points" for "cayó un 3,2 %": a rate, the translator's correction
    return m.start(), m.end()


# what a change in points is a change of: where the draft names one, the original's "%" may be sloppy usage
_RATE_RE = re.compile(
    r"\b(?:turnout|rates?|share|unemployment|jobless|inflation|occupancy|participation|approval|support|margins?"
    r"|interest|majority|polls?|polling|vote|votes|proportion|ratio|yields?|percentage\s+of)\b", re.IGNORECASE)
