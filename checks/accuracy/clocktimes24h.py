"""Hours and minutes in digits on the 24-hour clock: Polish ``o godz. 10.30``, Ukrainian and Russian ``о 9:00`` / ``в
9:00`` are the morning, as the evening is written ``22.30`` / ``21:00``.

Why: a time written with its minutes was read as either half of the day (9:00 or 21:00), so a draft that moved
"o 10.30" to "10:30 p.m." agreed with it. Polish, Ukrainian and Russian news write the evening on the 24-hour clock, so
such a time has one reading, unless a word for the part of the day follows it (``o 8.00 wieczorem``, ``о 7:30
вечора``): that speech-like form keeps both readings, as it did. A bare hour (``o 9``, ``о 9 годині``) is left
open: spoken forms count the hours from one to twelve.
"""

from __future__ import annotations

import re

LANGUAGES = frozenset({"pl", "uk", "ru"})

_HM_RE = re.compile(r"([01]?\d|2[0-3])[:.：]([0-5]\d)")
# the part of the day after the time: Polish rano, wieczorem, w nocy, po południu; Ukrainian ранку, вечора, ночі;
# Russian утра, вечера, ночи, утром, вечером, ночью
_DAY_PART_RE = re.compile(r"\s*(?:(?:godz\.|год\.)\s*)?(?:rano|ranem|wieczorem|wieczór|w\s+nocy|nocą|po\s+południu|"
                          r"przed\s+południem|z\s+rana|nad\s+ranem|ранку|зранку|вранці|вечора|увечері|ввечері|ночі|"
                          r"вночі|дня|пополудні|після\s+обіду|по\s+обіді|утра|утром|вечера|вечером|ночи|ночью|днём|днем|пополудни"
                          r"|после\s+обеда)(?!\w)", re.IGNORECASE)


def one_reading(t: str, start: int, end: int, minutes: frozenset[int]) -> frozenset[int]:
    """The one reading of the 24-hour clock when ``t[start:]`` is hours and minutes in digits with no word for the
    part of the day after them, else ``minutes`` as they were."""
    m = _HM_RE.match(t, start, end)
    if len(minutes) < 2 or not m or _DAY_PART_RE.match(t, m.end(), end):
        return minutes
    return frozenset({int(m.group(1)) * 60 + int(m.group(2))})
