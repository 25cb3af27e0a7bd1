"""Indonesian (and Malay) dates news writes as a weekday with the day and month in brackets: ``Selasa (12/3)``,
``Senin (4/3/2024)`` (day first), and Sunday, ``Minggu``, which is also the word for "week": it is Sunday
only with a capital after ``pada``/``hari``, before the bracketed date or a time of day (``Minggu pagi``),
never in ``Minggu lalu`` / ``minggu depan`` (last / next week).
"""

from __future__ import annotations

import re

from .datemention import DateMention

_WEEKDAY = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)"
# the bracketed date after a weekday: Selasa (12/3), Jumat (15/3/2024)
_BRACKET_RE = re.compile(_WEEKDAY + r",?\s*\((\d{1,2})/(\d{1,2})(?:/(\d{4}))?\)")
_SUNDAY_RE = re.compile(r"(?:(?<=\bpada )|(?<=\bhari )|(?<=\bPada )|(?<=\bHari ))Minggu(?![\w])"
                        r"|Minggu(?=,?\s*\(\d|\s+(?:pagi|siang|sore|petang|malam|dini hari)\b|,\s*\d{1,2}\s+[A-Z])")
_NOT_SUNDAY_AFTER = re.compile(r"\s+(?:lalu|depan|ini|ke-|pertama|kedua|ketiga|terakhir|sebelumnya|yang)\b")


def indonesian_dates(t: str, start: int, end: int) -> list[DateMention]:
    """The bracketed dates after a weekday and Sunday (Minggu) in ``t[start:end]`` (digits already ASCII)."""
    out = []
    for m in _BRACKET_RE.finditer(t, start, end):
        day, month = int(m.group(1)), int(m.group(2))
        if 1 <= day <= 31 and 1 <= month <= 12:
            year = int(m.group(3)) if m.group(3) else None
            out.append(DateMention(m.start(1) - 1, m.end(), month=month, day=day, year=year, word=m.span(2),
                                   day_span=m.span(1)))
    for m in _SUNDAY_RE.finditer(t, start, end):
        if not _NOT_SUNDAY_AFTER.match(t, m.end(), end):
            out.append(DateMention(m.start(), m.end(), weekday=7, word=m.span()))
    return out
