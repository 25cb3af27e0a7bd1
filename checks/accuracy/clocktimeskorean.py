"""Korean clock times: ``오후 3시 30분`` (3:30 p.m.), ``오전 9시``, ``새벽 2시께``, ``10시 반`` (half past ten).

``시`` glued to a number is the hour (``3시``); ``시간`` is a duration (``24시간`` "24 hours") and ``시점``,
``시대`` are other words. The part of the day before the hour says morning or afternoon: 오전, 새벽, 아침 are
a.m.; 오후, 저녁, 밤 (and 낮 after noon) p.m.; with none the hour may be either (``9시`` is 9:00 or 21:00).
"""

from __future__ import annotations

import re

_HOUR = r"(?:[01]?\d|2[0-4])"
_PART = {"오전": "a", "새벽": "a", "아침": "a", "오후": "p", "저녁": "p", "밤": "p", "낮": "p"}
_TIME_RE = re.compile(rf"(?:(오전|오후|새벽|아침|저녁|밤|낮)\s*)?(?<![\d.,])({_HOUR})\s?시(?!간|점|대|즌|각|기)"
                      rf"(?:\s?([0-5]?\d)\s?분|\s?(반)(?=[에께쯤부까경]|[^\uac00-\ud7af]|$))?")


def korean_times(t: str, start: int, end: int) -> list[tuple[int, int, int, int, str | None]]:
    """(start, end, hour, minute, "a"/"p"/None) of each clock time in ``t[start:end]`` (digits ASCII)."""
    out = []
    for m in _TIME_RE.finditer(t, start, end):
        h = int(m.group(2))
        minute = int(m.group(3)) if m.group(3) else (30 if m.group(4) else 0)
        half = _PART.get(m.group(1) or "")
        if half and not 1 <= h <= 12:
            half = None  # 오후 15시: a 24-hour figure
        if m.group(1) in ("밤", "새벽") and h == 12:
            h, half = 0, None  # 밤 12시 is midnight
        out.append((m.start(), m.end(), h % 24, minute, half))
    return out
