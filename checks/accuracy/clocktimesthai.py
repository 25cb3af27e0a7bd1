"""Thai clock times: ``04.30 น.`` / ``เวลา 16.00 น.`` (น. is นาฬิกา, the 24-hour clock, so 04.30 is 4:30 a.m. and
never p.m.), and the six-hour watches of speech: ``ตี 4`` / ``ตีสี่`` (4 a.m.), ``2 ทุ่ม`` (8 p.m.), ``บ่าย 3 โมง`` /
``บ่ายโมง`` (3 p.m., 1 p.m.), ``7 โมงเช้า`` (7 a.m.), ``5 โมงเย็น`` (5 p.m.), ``เที่ยงคืน`` (midnight), ``เที่ยงวัน``
(noon), each with an optional ``ครึ่ง`` (half past). A dotted figure without น. or เวลา before it is a decimal
(``187.5 มิลลิเมตร``), and so is ``ใช้เวลา 1.30 ชั่วโมง`` (a duration).
"""

from __future__ import annotations

import re

_WORDS = {"หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7, "แปด": 8, "เก้า": 9, "สิบ": 10,
          "สิบเอ็ด": 11}
_N = r"(\d{1,2}|สิบเอ็ด|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ)"
_HALF = r"(\s?ครึ่ง)?"
_DOTTED_RE = re.compile(r"(?<![\d.,])([01]?\d|2[0-3])[.:]([0-5]\d)(?=\s?น\.|\s?นาฬิกา)"
                        r"|(?<=เวลา)\s?(?:ประมาณ\s?)?([01]?\d|2[0-3])[.:]([0-5]\d)(?![\d])(?!\s?(?:ชั่วโมง|ชม\.|นาที|วัน|ปี))")
_WATCH_RE = re.compile(rf"ตี\s?{_N}{_HALF}|{_N}\s?ทุ่ม{_HALF}|บ่าย\s?{_N}?\s?โมง{_HALF}|{_N}\s?โมง\s?(เช้า|เย็น){_HALF}"
                       r"|(เที่ยงคืน|เที่ยง(?:วัน|ตรง)?)")


def _n(s: str | None, default: int = 1) -> int:
    if not s:
        return default
    return int(s) if s.isdigit() else _WORDS[s]


def thai_times(t: str, start: int, end: int) -> list[tuple[int, int, int, int, str]]:
    """(start, end, hour, minute, "a"/"p") of each clock time in ``t[start:end]``: the half fixes one reading."""
    out = []
    for m in _DOTTED_RE.finditer(t, start, end):
        h, mi = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        a = m.start(1) if m.group(1) else m.start(3)
        out.append((a, m.end(), int(h), int(mi), "p" if int(h) >= 12 else "a"))
    for m in _WATCH_RE.finditer(t, start, end):
        g = m.groups()
        if g[0]:  # ตี N: the small hours (one to five)
            h, half, ap = _n(g[0]), g[1], "a"
            h = h if h <= 5 else -1
        elif g[2]:  # N ทุ่ม: N hours after six in the evening (one to five)
            h, half, ap = _n(g[2]) + 6, g[3], "p"
            h = h if h <= 11 else -1
        elif m.group(0).startswith("บ่าย"):  # บ่ายโมง is one, บ่าย 3 โมง three in the afternoon
            h, half, ap = _n(g[4]), g[5], "p"
        elif g[6]:
            h, half, ap = _n(g[6]), g[8], "a" if g[7] == "เช้า" else "p"
            h = h if g[7] == "เช้า" or h > 6 else h % 12
        else:  # เที่ยงคืน midnight, เที่ยง noon
            h, half, ap = (0, None, "a") if g[9] == "เที่ยงคืน" else (12, None, "p")
        if not 0 <= h <= 12:
            continue
        out.append((m.start(), m.end(), h, 30 if half else 0, ap))
    return out
