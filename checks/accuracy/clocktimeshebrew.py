"""Hebrew clock times with the part of the day: ``בשעה 7:00 בבוקר`` "7 a.m.", ``בשעה 8 בערב`` "8 p.m.".

Hebrew news gives the hour in digits (``7:00``, ``10:30``, after ``בשעה`` also the bare hour ``בשעה 7``) and says
a.m. or p.m. by a word after it: בבוקר / לפנות בוקר (morning), בצהריים / אחר הצהריים / אחה"צ (noon, afternoon),
בערב (evening), בלילה (night: late evening up to 11, early morning after midnight). Why: unread, "7:00" may be
7:00 or 19:00, so "7 p.m." for ``7:00 בבוקר`` went unseen (he_shvita)."""

from __future__ import annotations

import re

_PARTS = {"בבוקר": "a", "לפנות בוקר": "a", "בצהריים": "p", "בצהרים": "p", "אחר הצהריים": "p", "אחרי הצהריים": "p",
          'אחה"צ': "p", "אחה״צ": "p", "בערב": "p", "בלילה": "night"}
_PART = "|".join(sorted(map(re.escape, _PARTS), key=len, reverse=True))
_TIME_RE = re.compile(rf"(?:(?<![\d:.,])([01]?\d|2[0-3]):([0-5]\d)|(?<=בשעה )([01]?\d|2[0-3])(?![\d:.,]))"
                      rf"\s+({_PART})(?![\u05d0-\u05ea])")


def hebrew_times(t: str, start: int, end: int) -> list[tuple[int, int, int, int, str | None]]:
    """(start, end, hour, minute, "a" | "p" | None) of each Hebrew time with its part of the day."""
    out = []
    for m in _TIME_RE.finditer(t, start, end):
        h = int(m.group(1) or m.group(3))
        minute = int(m.group(2) or 0)
        half = _PARTS[m.group(4)] if 1 <= h <= 12 else None
        if half == "night":
            half = "p" if h >= 8 else "a"
        out.append((m.start(), m.end(), h % 24, minute, half))
    return out
