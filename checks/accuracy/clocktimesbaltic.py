"""Lithuanian and Latvian clock times: ``8 val. ryto``, ``10.30 val.``, ``nuo 9 iki 17 val.``; ``pulksten 15.00``,
``plkst. 9.20``, ``pulksten 6 no rīta``.

Why: both languages write decimals with a comma and the time with a dot, after Latvian ``pulksten``/``plkst.``
and before Lithuanian ``val.``; unread, "pulksten 15.00" was the figure 15 and a faithful "3 p.m." a wrong
figure 3, and "8 val. ryto" given as "8 p.m." went unreported. Lithuanian ``val.`` also counts hours ("truko
3 val.", "lasted 3 hours"), so a bare hour is a time only with its minutes, a part of the day after it (``ryto``
"in the morning", ``vakaro``) or a word that puts it on the clock before it (``nuo``, ``iki``, ``apie``, ``po``).
"""

from __future__ import annotations

import re

_HOUR = r"([01]?\d|2[0-3])"
_MIN = r"(?:[.:]([0-5]\d))"
_LT_PART = r"(?:\s+(ryto|vakaro|nakties|dienos|po\s+pietų))?"
_LT_HM_RE = re.compile(rf"(?<![\d.,:]){_HOUR}{_MIN}\s?val\.?(?!\w){_LT_PART}", re.IGNORECASE)
_LT_CUED_RE = re.compile(rf"(?<![\w.])(?:nuo|iki|apie|po|ne\s+vėliau\s+kaip)\s+{_HOUR}\s?val\.?(?!\w){_LT_PART}",
                         re.IGNORECASE)
_LT_PART_RE = re.compile(rf"(?<![\d.,:]){_HOUR}\s?val\.?\s+(ryto|vakaro|nakties|dienos|po\s+pietų)\b", re.IGNORECASE)
# the first hour of a range closed by val.: nuo 9 iki 17 val., 9-17 val.
_LT_RANGE_RE = re.compile(rf"(?<![\d.,:]){_HOUR}{_MIN}?\s*(?:[-–—]|iki)\s*{_HOUR}{_MIN}?\s?val\.?(?!\w)", re.IGNORECASE)
_LV_RE = re.compile(rf"(?<![\w.])(?:pulksten|plkst\.?)\s*{_HOUR}{_MIN}?(?!\d|[.,]\d)"
                    r"(?:\s+(no\s+rīta|rītā|vakarā|pēcpusdienā|naktī|dienā))?", re.IGNORECASE)
_LV_RANGE_RE = re.compile(rf"\s*(?:[-–—]|līdz)\s*{_HOUR}{_MIN}?(?!\d|[.,]\d)")
_PART = {"ryto": "a", "vakaro": "p", "dienos": "p", "po pietų": "p", "no rīta": "a", "rītā": "a", "vakarā": "p",
         "pēcpusdienā": "p", "dienā": "p"}


def _half(word: str | None, hour: int) -> str | None:
    """"a" or "p" for the part of the day after the hour; the night is late evening before midnight."""
    if not word or hour > 12:
        return None
    word = " ".join(word.lower().split())
    if word in ("nakties", "naktī"):
        return "p" if hour >= 8 else "a"
    return _PART.get(word)


def baltic_times(t: str, start: int, end: int) -> list[tuple[int, int, int, int, str | None]]:
    """(start, end, hour, minute, a.m./p.m. or None) of each clock time in ``t[start:end]``."""
    out = []
    for rx in (_LT_HM_RE, _LT_CUED_RE, _LT_PART_RE):
        for m in rx.finditer(t, start, end):
            h = int(m.group(1))
            minute = int(m.group(2)) if rx is _LT_HM_RE and m.group(2) else 0
            out.append((m.start(1), m.end(), h, minute, _half(m.group(m.lastindex), h)))
    for m in _LT_RANGE_RE.finditer(t, start, end):
        out.append((m.start(1), m.end(2) if m.group(2) else m.end(1), int(m.group(1)), int(m.group(2) or 0), None))
    for m in _LV_RE.finditer(t, start, end):
        h = int(m.group(1))
        out.append((m.start(1), m.end(), h, int(m.group(2) or 0), _half(m.group(3), h)))
        r = _LV_RANGE_RE.match(t, m.end(), end)
        if r:
            out.append((r.start(1), r.end(), int(r.group(1)), int(r.group(2) or 0), None))
    return out
