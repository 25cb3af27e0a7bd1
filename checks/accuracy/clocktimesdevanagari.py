"""Nepali and Hindi clock times: ``राति २ बजे`` "at 2 am", ``बिहान ७ बजे`` "7 am", ``दिउँसो ३:३० बजे``, ``शाम 5 बजे``.

The hour comes before ``बजे`` ("o'clock"), the part of the day before the hour (with ``करिब`` / ``लगभग``
"about" between). The part of the day says which half of the clock: बिहान / सुबह morning, दिउँसो / दोपहर
midday (11 is still morning), साँझ / बेलुका / शाम evening, राति / रात night (from 7 the evening, up to 5 the
small hours). Why: without it ``२ बजे`` was a bare figure 2, and "2 pm" for ``राति २ बजे`` went unseen.
"""

from __future__ import annotations

import re

from .devanagari import LETTERS

_PARTS = {"बिहान": "am", "बिहानै": "am", "सुबह": "am", "सवेरे": "am", "प्रातः": "am", "दिउँसो": "day", "दिउसो": "day",
          "दोपहर": "day", "साँझ": "pm", "सांझ": "pm", "बेलुका": "pm", "बेलुकी": "pm", "शाम": "pm", "राति": "night",
          "रातिको": "night", "रात": "night", "रातको": "night", "मध्यरात": "night"}
_PART = "|".join(sorted(map(re.escape, _PARTS), key=len, reverse=True))
_TIME_RE = re.compile(rf"(?:(?<![{LETTERS}\w])({_PART})\s+(?:(?:करिब|लगभग|करीब|ठीक|झन्डै)\s+)?)?"
                      rf"(?<![\d.,:])(\d{{1,2}})(?:[:.]([0-5]\d))?\s*बजे(?:को|तिर|सम्म|देखि)?(?![{LETTERS}])")


def half_of_day(kind: str | None, h: int, small_hours: int) -> str | None:
    """"a" or "p" for a part of the day ("am", "day", "pm", "night") and the hour, or None when either half may
    be meant; at night the hours up to ``small_hours`` are the morning's. Bengali's reader shares it."""
    if kind == "am":
        return "a"
    if kind == "pm":
        return "p"
    if kind == "day":
        return "a" if h in (10, 11) else "p"
    if kind == "night":
        return "a" if h <= small_hours else ("p" if h < 12 else None)
    return None


def devanagari_times(t: str, start: int, end: int) -> list[tuple[int, int, int, int, str | None]]:
    """(start, end, hour, minute, "a" | "p" | None) of each time before ``बजे`` in ``t[start:end]``."""
    out = []
    for m in _TIME_RE.finditer(t, start, end):
        h, minute = int(m.group(2)), m.group(3)
        if not 0 <= h <= 24:
            continue
        half = half_of_day(_PARTS.get(m.group(1) or ""), h, 5) if 1 <= h <= 12 else None
        out.append((m.start(), m.end(), h % 24, int(minute or 0), half))
    return out
