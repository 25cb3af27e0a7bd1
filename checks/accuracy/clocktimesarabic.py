"""Arabic clock times: ``الساعة السادسة صباحاً`` "6 a.m.", ``الساعة ٩ مساءً``, ``العاشرة والنصف ليلاً`` "10:30 p.m.".

Arabic news gives the hour as a feminine ordinal after ``الساعة`` ("the hour"), or after ``عند`` / ``في`` with the
part of the day after it (صباحاً morning, فجراً dawn, ظهراً noon, عصراً afternoon, مساءً evening, ليلاً night), and
the minutes as والنصف (half past), والربع (a quarter past), إلا ربعاً (a quarter to). Why: unread, "6 p.m." for
``السادسة صباحاً`` went unseen (ar_amtar). An ordinal needs ``الساعة`` before it or a part of the day after it:
``الثانية`` alone is "the second". Digits may carry their minutes (``الساعة 12:01``, ``الساعة 10.30``), and the
part of the day may follow as a noun after من ("of"): ``الساعة 12:01 من صباح الثلاثاء`` "12:01 a.m. on Tuesday",
``الثامنة من مساء الجمعة``. Why: unread, the hour before the colon was taken alone (12:00), and "12:01 a.m." for
``الساعة 12:01 من صباح`` was a false alarm while "12:01 p.m." was misquoted (ar_mahrukat).
"""

from __future__ import annotations

import re

_ORDINALS = {"الواحدة": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5, "السادسة": 6, "السابعة": 7,
             "الثامنة": 8, "التاسعة": 9, "العاشرة": 10, "الحادية عشرة": 11, "الحادية عشر": 11,
             "الثانية عشرة": 12, "الثانية عشر": 12}
_PARTS = {"صباح": "a", "فجر": "a", "ظهر": "p", "عصر": "p", "مساء": "p", "ليل": "night", "بعد الظهر": "p"}
_HOUR = "|".join(sorted(map(re.escape, _ORDINALS), key=len, reverse=True)) + r"|\d{1,2}"
_PART = r"(?:(?:من\s+)?(?:ال)?(صباح|فجر|ظهر|عصر|مساء|ليل)(?:اً|ًا|ا|ً|اءً)?|(بعد الظهر))(?![\u0621-\u064a])"
_MIN = r"(?:\s+(و\s?النصف|و\s?الربع|إلا\s+(?:ربعاً|ربعا|الربع)|و\s?(\d{1,2})\s+دقيقة))?"
# the minutes written after the digits of the hour: 12:01, 10.30 (read only with الساعة or a part of the day)
_DIGIT_MIN = r"(?:(?<=\d)[:.]([0-5]\d))?"
_TIME_RE = re.compile(rf"(?:(الساعة)\s+)?(?<![\u0621-\u064a\d])({_HOUR}){_DIGIT_MIN}(?![\u0621-\u064a\d]|[:.]\d)"
                      rf"{_MIN}(?:\s+{_PART})?")


def arabic_times(t: str, start: int, end: int) -> list[tuple[int, int, int, int, str | None]]:
    """(start, end, hour, minute, "a" | "p" | None) of each Arabic clock time in ``t[start:end]`` (digits ASCII)."""
    out = []
    for m in _TIME_RE.finditer(t, start, end):
        hour_said, word, mins, part = m.group(1), m.group(2), m.group(4), m.group(6) or m.group(7)
        digits = m.group(3) or m.group(5)
        if not hour_said and not part:
            continue
        h = _ORDINALS.get(word) or int(word)
        if not 0 <= h <= 24:
            continue
        minute = int(digits) if digits else 30 if mins and "النصف" in mins else 15 if mins else 0
        if mins and mins.startswith("إلا"):
            h, minute = (h - 2) % 12 + 1, 45
        half = _PARTS.get(part) if part and 1 <= h <= 12 else None
        if half == "night":
            half = "a" if h <= 4 else ("p" if h < 12 else None)
        out.append((m.start(), m.end(), h % 24, minute, half))
    return out
