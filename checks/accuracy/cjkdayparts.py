"""The part of the day before a Chinese or Japanese hour: 下午3时 is 3 p.m., 凌晨4时30分 4:30 a.m., 晚上8点
8 p.m., 26日晚8时 8 p.m. on the 26th, 午前9時 9 a.m., 午後3時 3 p.m.

Why: without it "下午3时" was 3:00 or 15:00, so a draft's "3 a.m." passed; the twelve-hour clock with its
part of the day is how Chinese news gives most times outside a timetable. A bare 晚 ("evening") counts only
after a day (26日晚, 今晚, 当晚): 最晚8时 is "at the latest 8".
"""

from __future__ import annotations

import re

_PART_RE = re.compile(r"(上午|早上|早晨|清晨|凌晨|午前|中午|正午|下午|午後|午后|傍晚|晚上|晚间|夜里|夜间|深夜|"
                      r"(?<=[日今昨明当當])晚|(?<=[今明])早)\s*$")
_MORNING = frozenset("上午 早上 早晨 清晨 凌晨 午前 早".split())
_NIGHT = frozenset("晚上 晚间 夜里 夜间 深夜 晚".split())


def cjk_half(t: str, at: int, hour: int) -> str | None:
    """"a" or "p" when a part of the day stands just before the hour starting at ``at``, else None; the night
    is the evening up to 11 and the small hours after midnight (深夜2时 is 2 a.m., 晚上12点 midnight)."""
    if not 1 <= hour <= 12:
        return None
    m = _PART_RE.search(t, max(0, at - 4), at)
    if not m:
        return None
    word = m.group(1)
    if word in _MORNING:
        return "a"
    if word in ("中午", "正午"):
        return "a" if hour == 11 else "p"
    if word in _NIGHT:
        return "p" if 6 <= hour <= 11 else "a" if hour == 12 or hour <= 4 else None
    return "p"
