"""Sinhala clock times: ``පෙරවරු 10.30ට`` "at 10.30 am", ``ප.ව. 3.00ට``, ``සවස 4ට``, ``රාත්‍රී 8.15 සිට``.

Sinhala news writes the hour with a dot before the minutes and glues the case ending to it (``10.30ට`` "at
10.30", ``10.30දී``); the part of the day comes first and says which half of the clock: පෙරවරු / පෙ.ව. / උදේ /
උදෑසන / අලුයම morning, දහවල් midday (11 is still morning), පස්වරු / ප.ව. / සවස / හවස afternoon and evening,
රාත්‍රී / රෑ night. Why: without it ``පෙරවරු 10.30ට`` was the figure 10.3, and "11.30 am" for it was reported
as a wrong figure, not a wrong time. A bare ``10.30ට`` (minutes and the ending, no part of the day) is a
time too, unless a currency, scale or percent word comes before it (``රුපියල් 21.50ට`` "at Rs 21.50"); a bare
hour (``3ට``) is not: it may be a count ("to 3").
"""

from __future__ import annotations

import re

from .clocktimesdevanagari import half_of_day
from .polaritysinhala import LETTERS
from .sinhalanum import scale_before

_PARTS = {"පෙරවරු": "am", "පෙ.ව.": "am", "උදේ": "am", "උදෑසන": "am", "උදය": "am", "අලුයම": "am", "අළුයම": "am",
          "දහවල්": "day", "දවල්": "day", "මධ්‍යාහ්න": "day", "පස්වරු": "pm", "ප.ව.": "pm", "සවස": "pm",
          "හවස": "pm", "රාත්‍රී": "night", "රාත්‍රියේ": "night", "රෑ": "night", "මධ්‍යම රාත්‍රී": "night"}
_PART = "|".join(sorted(map(re.escape, _PARTS), key=len, reverse=True))
# the endings glued to a time: at (ට), in (දී), from (සිට), up to (දක්වා / වන තෙක්), about (පමණ)
_ENDING = r"(?:ට|දී|\s*සිට|\s*දක්වා|\s*වන\s+තෙක්|\s*වන\s+විට)"
_TIME_RE = re.compile(rf"(?:(?<![{LETTERS}\w])({_PART})\s*(?:(?:පමණ|ආසන්න)\s+)?)?"
                      rf"(?<![\d.,:])(\d{{1,2}})(?:[.:]([0-5]\d))?(?![\d.,:]?\d)({_ENDING})?(?![{LETTERS}])")


def sinhala_times(t: str, start: int, end: int) -> list[tuple[int, int, int, int, str | None]]:
    """(start, end, hour, minute, "a" | "p" | None) of each clock time in ``t[start:end]``."""
    out = []
    for m in _TIME_RE.finditer(t, start, end):
        part, hour, minute, ending = m.groups()
        if not (part or (minute and ending and scale_before(t, m.start()) is None)):
            continue  # 3ට, 18.2, රුපියල් 21.50ට: a figure
        h = int(hour)
        if not 0 <= h <= 24:
            continue
        half = half_of_day(_PARTS.get(part or ""), h, 4) if 1 <= h <= 12 else None
        out.append((m.start(), m.end(), h % 24, int(minute or 0), half))
    return out
