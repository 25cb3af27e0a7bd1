"""Thai months and weekdays as news writes them: ``วันพุธที่ 15 มกราคม 2568`` (Wednesday, January 15, 2025).

A full month name (``มกราคม`` ... ``ธันวาคม``) is read wherever it stands (``เดือนมีนาคม``, ``15 มี.ค.``); an
abbreviated one (``ม.ค.`` ... ``ธ.ค.``, the last stop sometimes left out) only after a day or ``เดือน`` (month) or before a year, as
its letters stand for other things too (``พ.ค.`` is also a police rank). The year after a month is of the
Buddhist era (``2568``, ``พ.ศ. 2568``, or ``68`` after an abbreviated month) unless ``ค.ศ.`` marks it: 2568 is
2025. A weekday is ``วัน`` and its name (``วันจันทร์`` Monday ... ``วันอาทิตย์`` Sunday, ``วันพฤหัสฯ``); bare
``จันทร์`` is the moon, ``อาทิตย์`` the sun or a week, ``พุธ`` Mercury. Digits are ASCII by the time this reads
them (:func:`checks.accuracy.numbers.ascii_digits`).
"""

from __future__ import annotations

import re

from .datemention import DateMention
from .thai import MARKS, SILENT_NEXT

_FULL = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
         "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
_ABBR = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")
_NUM = {w: i + 1 for i, w in enumerate(_FULL)}
_NUM |= {f: i + 1 for i, w in enumerate(_ABBR) for f in (w, w[:-1])}
_END = rf"(?![{MARKS}])(?!{SILENT_NEXT})"
_FULL_ALT = "|".join(_FULL)
_ABBR_ALT = "|".join(re.escape(w) + "?" for w in _ABBR)  # ม.ค. or ม.ค
_YEAR = (r"(?:\s*(พ\.\s?ศ\.|ค\.\s?ศ\.)?\s*(\d{4}|(?<=\.)\s?\d{2}(?!\s*\S{1,3}\.))(?![\d.,]))")  # not 10 of 10 ต.ค.
_DAY = r"(?:วัน(?:\S{0,12}?)ที่\s*|ที่\s*)?(\d{1,2})\s*"
_MONTH_RE = re.compile(
    rf"(?:{_DAY})?(?:เดือน\s*)?({_FULL_ALT}){_END}{_YEAR}?"
    rf"|{_DAY}({_ABBR_ALT}){_YEAR}?|({_ABBR_ALT}){_YEAR}?")
MONTH_START_RE = re.compile(rf"(?:{_FULL_ALT}){_END}|(?:{_ABBR_ALT})")  # a month begins here
_DAYS = {"จันทร์": 1, "อังคาร": 2, "พุธ": 3, "พฤหัสบดี": 4, "พฤหัสฯ": 4, "พฤหัส": 4, "ศุกร์": 5, "เสาร์": 6,
         "อาทิตย์": 7}
_WEEKDAY_RE = re.compile(r"วัน\s?(" + "|".join(sorted(_DAYS, key=len, reverse=True)) + rf"){_END}")


def _year(era: str | None, digits: str | None, abbreviated: bool) -> int | None:
    if not digits:
        return None
    y = int(digits)
    if len(digits.strip()) == 2:
        return 2500 + y - 543 if abbreviated else None  # 15 ม.ค. 68: 2568, 2025
    if era and era.startswith("ค"):
        return y if 1000 <= y <= 2200 else None
    return y - 543 if 2400 <= y <= 2700 else (y if 1900 <= y <= 2100 and not era else None)


def thai_dates(t: str, start: int, end: int) -> list[DateMention]:
    """Months (with a day and a year when given) and weekdays in ``t[start:end]`` (ASCII digits)."""
    out = []
    for m in _MONTH_RE.finditer(t, start, end):
        g = m.groups()
        if g[1]:
            dgrp, mgrp, era, ygrp, abbr = 1, 2, g[2], 4, False
        elif g[5]:
            dgrp, mgrp, era, ygrp, abbr = 5, 6, g[6], 8, True
        else:
            dgrp, mgrp, era, ygrp, abbr = None, 9, g[9], 11, True
        day = int(m.group(dgrp)) if dgrp and m.group(dgrp) and 1 <= int(m.group(dgrp)) <= 31 else None
        year = _year(era, m.group(ygrp), abbr)
        if abbr and day is None and year is None and not t[max(0, m.start() - 6) : m.start()].strip().endswith("เดือน"):
            continue  # ก.พ. alone; เดือน ธ.ค. (the month of December) is a month
        word = m.span(mgrp)
        lo = m.start(dgrp) if day else word[0]
        hi = m.end(ygrp) if year else word[1]
        out.append(DateMention(lo, hi, month=_NUM[m.group(mgrp)], day=day, year=year, word=word,
                               day_span=m.span(dgrp) if day else None))
    for m in _WEEKDAY_RE.finditer(t, start, end):
        out.append(DateMention(m.start(), m.end(), weekday=_DAYS[m.group(1)], word=m.span(1)))
    return out
