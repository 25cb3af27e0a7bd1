"""Czech clock times: ``ve 14.30``, ``v 9:15``, ``ve 22.15 hod.``, ``v 9 hodin``, ``od 9 do 17 hodin``.

Czech writes decimals with a comma, and the news writes the time with a dot (``ve 14.30``), so without this
reader "14.30" is the figure 14.3 and "2.30pm" a dropped figure. A dotted or colon ``H.MM`` is a time after a word
that puts it on the clock (v/ve, od/do, kolem, před/po, mezi ... a) or before ``hod.``/``hodin``/``h``, unless a
unit or currency follows it; a bare hour is a time only before ``hodin``/``hod.`` after v/ve/od/do/až (``po 3
hodinách``, ``trvalo 5 hodin`` are durations), ``večer``/``odpoledne`` after it putting it in the afternoon.
``v 12.10.`` (a day and month closed by a full stop) is a date, not 12:10.
"""

from __future__ import annotations

import re

_HOUR = r"(?:[01]?\d|2[0-3])"
_CUE = r"(?<![\w])(?:v|ve|od|do|kolem|okolo|před|po|mezi|a|až)\s+"
_CLOCK_WORD = r"(?:hod\.|hod(?![\w])|hodin[ay]?(?![\w])|h(?![\w]))"
_NOT_TIME_AFTER = r"\s*(?:%|Kč|kor|mil|mld|tis|km|kg|m\b|l\b|proc|eur|dolar|°)"
_HM_RE = re.compile(rf"{_CUE}({_HOUR})[.:]([0-5]\d)(?!\d|[.,]\d|{_NOT_TIME_AFTER})"
                    rf"|(?<![\d.,:])({_HOUR})[.:]([0-5]\d)\s?{_CLOCK_WORD}", re.IGNORECASE)
_PART = r"(?:\s+(ráno|dopoledne|odpoledne|večer|v\s+noci))?"
_BARE_RE = re.compile(rf"(?<![\w])(?:v|ve|od|do|až)\s+({_HOUR})\s?{_CLOCK_WORD}{_PART}", re.IGNORECASE)
# the bare first hour of a range closed by a clock word: od 9 do 17 hodin
_RANGE_START_RE = re.compile(rf"(?<![\w])od\s+({_HOUR})\s*(?:do|[-–])\s*{_HOUR}\s?{_CLOCK_WORD}", re.IGNORECASE)


def _day_month(t: str, m: re.Match, hour: int) -> bool:
    """'v 12.10.' is the twelfth of October, not 12:10."""
    return 1 <= int(m.group(2) or m.group(4)) <= 12 and hour <= 31 and t[m.end() : m.end() + 1] == "."


def czech_times(t: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(start, end, hour, minute) of each clock time in ``t[start:end]``."""
    out = []
    for m in _HM_RE.finditer(t, start, end):
        g = 1 if m.group(1) else 3
        hour = int(m.group(g))
        if not _day_month(t, m, hour):
            out.append((m.start(g), m.end(), hour, int(m.group(g + 1))))
    for m in _BARE_RE.finditer(t, start, end):
        hour = int(m.group(1))
        part = (m.group(2) or "").lower()
        if part in ("odpoledne", "večer") and hour < 12:
            hour += 12
        out.append((m.start(1), m.end(), hour, 0))
    out += [(m.start(1), m.end(1), int(m.group(1)), 0) for m in _RANGE_START_RE.finditer(t, start, end)
            if not any(a <= m.start(1) < b for a, b, *_ in out)]
    return out
