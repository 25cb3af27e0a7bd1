"""Finnish clock times: ``kello 2.40``, ``klo 14.30``, ``kello 9``, ``klo 9–17`` ("from 9 a.m. to 5 p.m.").

Why: Finnish writes the time with a dot after ``kello``/``klo``; without this reader "kello 2.40" was the figure
2.4, and "at 3.40" for it came out as a wrong figure (A003) instead of a wrong time. A dotted ``H.MM`` is a time
only after the cue (``2.40`` alone may be a figure); the second time of a range follows a dash.
"""

from __future__ import annotations

import re

from .clocktimesswedish import cued_times

_TIME = r"([01]?\d|2[0-3])(?:[.:]([0-5]\d))?(?!\d|[.,]\d)"
_CUED_RE = re.compile(rf"(?<![\w.])(?:kello|klo\.?)\s*{_TIME}", re.IGNORECASE)
_RANGE_RE = re.compile(rf"\s*[-–—]\s*{_TIME}")


def finnish_times(t: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(start, end, hour, minute) of each clock time in ``t[start:end]``."""
    return cued_times(_CUED_RE, _RANGE_RE, t, start, end)
