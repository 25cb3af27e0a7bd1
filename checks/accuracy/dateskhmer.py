"""Khmer months and weekdays as news writes them: ``ថ្ងៃពុធ ទី៩ ខែតុលា ឆ្នាំ២០២៤`` (Wednesday, October 9, 2024).

A month name is read after ``ខែ`` ("month": ``ខែមីនា``, ``ខែ មីនា``) or after a day (``ទី១៥ វិច្ឆិកា``), never alone:
``កញ្ញា`` is also "Miss", ``តុលា`` the scales of ``តុលាការ`` (court), ``ធ្នូ`` a bow. The day is ``ថ្ងៃទី១៥`` or ``ទី១៥``
before the month, the year ``ឆ្នាំ២០២៤`` after it (a year of the Buddhist era, ``ព.ស.២៥៦៨``, is not read). A
weekday is ``ថ្ងៃ`` and its name (``ថ្ងៃច័ន្ទ`` Monday ... ``ថ្ងៃអាទិត្យ`` Sunday); bare ``ច័ន្ទ`` is the moon, ``អាទិត្យ``
the sun or a week. Digits are ASCII by the time this reads them (:func:`checks.accuracy.numbers.ascii_digits`).
"""

from __future__ import annotations

import re

from .datemention import DateMention, day_in, year_in
from .khmer import MARKS

_MONTHS = ("មករា", "កុម្ភៈ|កុម្ភះ|កុម្ភ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា",
           "វិច្ឆិកា", "ធ្នូ")
_NUM = {w: i + 1 for i, ws in enumerate(_MONTHS) for w in ws.split("|")}
_ALT = "|".join(sorted(_NUM, key=len, reverse=True))
_END = rf"(?![{MARKS}])"
_MONTH_RE = re.compile(
    rf"(?:(?:ថ្ងៃ\s*)?ទី\s*(\d{{1,2}})\s*(?:ខែ\s*)?|ខែ\s*)({_ALT}){_END}(?:\s*(?:ឆ្នាំ\s*)?(\d{{4}})(?!\d))?")
_DAYS = {"ច័ន្ទ": 1, "អង្គារ": 2, "ពុធ": 3, "ព្រហស្បតិ៍": 4, "ព្រហស្បត្តិ៍": 4, "សុក្រ": 5, "សៅរ៍": 6, "សៅរិ៍": 6,
         "អាទិត្យ": 7}
_WEEKDAY_RE = re.compile(r"ថ្ងៃ\s*(" + "|".join(sorted(_DAYS, key=len, reverse=True)) + rf"){_END}")


def khmer_dates(t: str, start: int, end: int) -> list[DateMention]:
    """Months (with a day and a year when given) and weekdays in ``t[start:end]`` (ASCII digits)."""
    out = []
    for m in _MONTH_RE.finditer(t, start, end):
        day = day_in(m) if m.group(1) else None
        year = year_in(re.match(r"(\d+)", m.group(3))) if m.group(3) else None
        lo = m.start(1) if day else m.start(2)
        hi = m.end(3) if year else m.end(2)
        out.append(DateMention(lo, hi, month=_NUM[m.group(2)], day=day, year=year, word=m.span(2),
                               day_span=m.span(1) if day else None))
    for m in _WEEKDAY_RE.finditer(t, start, end):
        out.append(DateMention(m.start(), m.end(), weekday=_DAYS[m.group(1)], word=m.span(1)))
    return out
