"""Romanian ``luni`` and ``mai`` as news writes them: words that are a weekday or a month only sometimes.

``luni`` is Monday and the plural of "month" (``trei luni``, ``în ultimele luni``, ``luni de zile``, ``după
luni de negocieri``); Romanian news names the day bare (``Guvernul a aprobat luni``, ``de luni până
miercuri``), so ``luni`` counts as Monday unless a figure or a quantifier comes before it, or ``de`` plus a
noun, ``întregi``, ``bune``, ``la rând`` or ``în urmă`` after it. ``mai`` is May and "more": a month after
``luna`` / ``lunii`` (``în luna mai``, ``până la sfârșitul lunii mai``) here, and next to a day or a year in
:mod:`.dates`.
"""

from __future__ import annotations

import re

from .datemention import DateMention
from .numwords import number_words

_MONTHS_BEFORE = frozenset(
    "câteva cateva multe ultimele ultimile următoarele urmatoarele primele aceste acele cele unele ambele niște "
    "niste mai zeci sute ale două doua trei patru cinci șase sase șapte sapte opt nouă noua zece cu acum".split())
_MONTHS_AFTER_RE = re.compile(r"\s+(?:de(?:\s+|-a\s+)[^\W\d_]|întregi|intregi|bune|la\s+rând|la\s+rand|în\s+șir"
                              r"|în\s+urmă|in\s+urma|mai\s+târziu|mai\s+devreme|consecutive|la\s+rândul)",
                              re.IGNORECASE)
_LUNI_RE = re.compile(r"(?<![\w-])luni(?![\w-])", re.IGNORECASE)
_MAI_RE = re.compile(r"(?<![\w-])(?:luna|lunii)\s+(mai)(?![\w-])(?:\s+(\d{4})(?!\d))?", re.IGNORECASE)
_PREV_RE = re.compile(r"([^\W_]+)\s+$")


def romanian_dates(t: str, start: int, end: int) -> list[DateMention]:
    """Mondays written ``luni`` and Mays after ``luna`` in ``t[start:end]`` (digits already ASCII)."""
    out = []
    for m in _LUNI_RE.finditer(t, start, end):
        prev = _PREV_RE.search(t[max(start, m.start() - 24) : m.start()])
        word = prev.group(1).lower() if prev else ""
        if word.isdigit() or word in _MONTHS_BEFORE or word in number_words("ro"):
            continue
        if _MONTHS_AFTER_RE.match(t, m.end(), end):
            continue
        out.append(DateMention(m.start(), m.end(), weekday=1, word=m.span()))
    for m in _MAI_RE.finditer(t, start, end):
        year = int(m.group(2)) if m.group(2) else None
        out.append(DateMention(m.start(1), m.end(1), month=5, year=year, word=m.span(1)))
    return out
