"""Catalan and Spanish clock times told by the part of the day: ``a les 11 del matí``, ``les 8 del vespre``,
``a las 9 de la noche``, ``a la una de la tarda``.

The hour after the article ``les``/``las`` is a time only when a part of the day follows it (``del matí`` is
a.m., ``de la tarda``/``del vespre``/``de la tarde`` p.m.), or after ``a``/``cap a`` when nothing countable
follows (``a les 11.`` but not ``a les 11 empreses`` "to the 11 companies"): the English draft writes
``11am``/``at 11 in the morning``, and the bare 11 must not be read as a count the draft dropped.
"""

from __future__ import annotations

import re

_AM = r"del\s+matí|de\s+la\s+matinada|de\s+la\s+mañana|de\s+la\s+madrugada"
_PM = r"de\s+la\s+tarda|del\s+vespre|de\s+la\s+tarde|del\s+migdia|del\s+mediodía"
_NIGHT = r"de\s+la\s+nit|de\s+la\s+noche"
_WORD_HOURS = {"una": 1, "dues": 2, "dos": 2}
_RE = re.compile(
    rf"(?<![\w])(?:(?:a|cap\s+a|hacia|sobre)\s+)?(?:les|las|la)\s+(\d{{1,2}}|una|dues|dos)(?:[.:]([0-5]\d))?"
    rf"(?:\s+(?:h\b|hores\b|horas\b)\.?)?"
    rf"(?:\s+(?:({_AM})|({_PM})|({_NIGHT})))?(?!\w)", re.IGNORECASE)
_CUE_RE = re.compile(r"(?:a|cap\s+a|hacia|sobre)\s", re.IGNORECASE)


def romance_times(t: str, start: int, end: int) -> list[tuple[int, int, int, int, str | None]]:
    """(start, end, hour, minute, "a"/"p"/None) of each time told so in ``t[start:end]``."""
    out = []
    for m in _RE.finditer(t, start, end):
        word = m.group(1).lower()
        h = int(word) if word.isdigit() else _WORD_HOURS[word]
        if not 0 <= h <= 23:
            continue
        part = "a" if m.group(3) else "p" if m.group(4) else None
        told = bool(m.group(3) or m.group(4) or m.group(5) or m.group(2))
        if not told:  # "a les 11" with nothing after it but a stop, a comma or a conjunction
            if not _CUE_RE.match(t, m.start()) or not word.isdigit():
                continue
            rest = t[m.end():m.end() + 4]
            if rest and not re.match(r"\s*(?:[,.;:)]|i\b|y\b|$)", rest):
                continue
        if part and h > 12:
            part = None
        out.append((m.start(), m.end(), h, int(m.group(2) or 0), part))
    return out
