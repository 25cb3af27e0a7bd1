"""Bengali clock times: ``ভোর ৫টা ২০ মিনিটে`` (5:20 a.m.), ``সকাল ১০টা থেকে দুপুর ১২টা``, ``রাত সাড়ে ১০টার দিকে``.

The hour takes the classifier ``টা`` (with a case ending: ``১০টায়``, ``১০টার``), as a count does (``৫টা গান``
"five songs"), so a figure with ``টা`` is a time only after a part of the day (ভোর / সকাল morning, দুপুর midday,
বিকেল / সন্ধ্যা / রাত afternoon to night) or before ``মিনিট`` / ``বাজে``. ``সাড়ে`` before the hour is half past.
Why: without it ``ভোর ৫টা ২০ মিনিটে`` was the bare figures 5 and 20, and a faithful "5:20am" lost the 20.
"""

from __future__ import annotations

import re

from .clocktimesdevanagari import half_of_day
from .numwordsextra import BENGALI_LETTERS

_PARTS = {"ভোর": "am", "ভোরে": "am", "সকাল": "am", "সকালে": "am", "দুপুর": "day", "দুপুরে": "day",
          "বিকেল": "pm", "বিকেলে": "pm", "বিকাল": "pm", "বিকালে": "pm", "সন্ধ্যা": "pm", "সন্ধ্যায়": "pm",
          "সন্ধ্যায়": "pm", "রাত": "night", "রাতে": "night", "মধ্যরাত": "night", "মধ্যরাতে": "night"}
_PART = "|".join(sorted(map(re.escape, _PARTS), key=len, reverse=True))
_L = BENGALI_LETTERS
_TIME_RE = re.compile(rf"(?:(?<![{_L}])({_PART})\s+(?:(?:প্রায়|প্রায়|ঠিক)\s+)?)?(?:(সাড়ে|সাড়ে)\s+)?"
                      rf"(?<![\d.,:])(\d{{1,2}})\s*টা(?:য়|য়|র)?(?![{_L}])"
                      rf"(?:\s+(\d{{1,2}})\s*মিনিট(?:ে)?(?![{_L}])|\s+(বাজে|বেজে))?")


def bengali_times(t: str, start: int, end: int) -> list[tuple[int, int, int, int, str | None]]:
    """(start, end, hour, minute, "a" | "p" | None) of each clock time in ``t[start:end]``."""
    out = []
    for m in _TIME_RE.finditer(t, start, end):
        part, half_past, hour, minute, strike = m.groups()
        if not (part or minute or strike):
            continue  # ৫টা গান: a count
        h = int(hour)
        if not 0 <= h <= 24:
            continue
        mins = 30 if half_past else int(minute or 0)
        half = half_of_day(_PARTS.get(part or ""), h, 4) if 1 <= h <= 12 else None
        out.append((m.start(), m.end(), h % 24, mins, half))
    return out
