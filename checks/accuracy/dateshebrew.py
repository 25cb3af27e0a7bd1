"""Hebrew months and weekdays as news writes them, with the prefix letters glued to them.

A month takes a preposition letter: ``12 במרץ 2024`` (on March 12, 2024), ``ב-12 במרץ``, ``עד סוף מרץ``,
``מינואר`` (since January), ``לאוקטובר``, ``ובפברואר``. ``במאי`` is also "film director" and ``יוני`` a first name
(Yoni): those two count only next to a day or a year. The weekday is ``יום`` and an ordinal: ``ביום שני`` is
(on) Monday, ``יום שלישי`` Tuesday, ... ``יום שישי`` Friday; Saturday is ``שבת`` (``בשבת``, ``ביום שבת``; bare
``שבת`` is also the Sabbath as such and is left out), ``מוצאי שבת`` is Saturday night. The months of the Hebrew
calendar (``כ"ט בתשרי``, ``ניסן``, ``אדר``) are not read: they do not map one to one onto Gregorian months.
"""

from __future__ import annotations

import re

from .datemention import DateMention, day_in, year_in

_MONTHS = ("ינואר", "פברואר", "מרץ|מרס", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר",
           "דצמבר")
_NUM = {w: i + 1 for i, ws in enumerate(_MONTHS) for w in ws.split("|")}
_MONTH_RE = re.compile(
    r"(?<![\w\"״'-])(?:(?:[בלמהכ]-|ה|עד\s+ה-?)?(\d{1,2})\s+)?" + r"(?:ו?[בלמהש]|ו)?"
    + r"(" + "|".join(sorted(_NUM, key=len, reverse=True)) + r")(?![\w\"״'])(?:,?\s+(\d{4})(?!\d))?")
_DAYS = {"ראשון": 7, "שני": 1, "שלישי": 2, "רביעי": 3, "חמישי": 4, "שישי": 5, "שבת": 6}
# יום שני "Monday", ביום שלישי, מיום רביעי, ועד יום חמישי; בשבת "on Saturday", במוצאי שבת; not "יום שני ברציפות"
_WEEKDAY_RE = re.compile(
    r"(?<![\w\"״'-])(?:ו?[בלמה]?יום\s+(ראשון|שני|שלישי|רביעי|חמישי|שישי|שבת)(?![\w\"״'])(?!\s+ברציפות)"
    r"|ו?(?:ב|מ|ל|עד\s+)(שבת)(?![\w\"״'])|ו?ב?מוצאי\s+(שבת))")


def hebrew_dates(t: str, start: int, end: int) -> list[DateMention]:
    """Gregorian months (with a day and a year when given) and weekdays in ``t[start:end]`` (ASCII digits)."""
    out = []
    for m in _MONTH_RE.finditer(t, start, end):
        day = day_in(m) if m.group(1) else None
        year = year_in(re.match(r"(\d+)", m.group(3))) if m.group(3) else None
        word = m.group(2)
        if word in ("מאי", "יוני") and day is None and year is None:
            continue
        lo = m.start(1) if day else m.start(2)
        hi = m.end(3) if year else m.end(2)
        out.append(DateMention(lo, hi, month=_NUM[word], day=day, year=year, word=m.span(2),
                               day_span=m.span(1) if day else None))
    for m in _WEEKDAY_RE.finditer(t, start, end):
        g = next(i for i in (1, 2, 3) if m.group(i))
        out.append(DateMention(m.start(), m.end(), weekday=_DAYS[m.group(g)], word=m.span(g)))
    return out
