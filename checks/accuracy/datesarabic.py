"""Arabic days of the month written as ordinal words: ``في الثاني من كانون الأول`` is December 2.

Why: Arabic news writes the day as a word as often as a figure (``الخامس عشر من آذار``, ``الحادي والعشرين من
أيلول``, ``حتى العاشر من شهر مايو``), and a draft that said "December 12" for ``الثاني من كانون الأول``
went unseen: the original read as the month alone. The ordinal counts as a day only after a preposition or a
time-of-day word (``في``, ``منذ``, ``حتى``, ``يوم``, ``مساء``) or at a clause's start: ``النصف الثاني من كانون الأول``
(the second half of December) and ``الأسبوع الأول من أيار`` (the first week of May) name no day.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .datemention import DateMention

_UNITS = ("الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع").split()
_TEEN_UNITS = ("الحادي الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع").split()
_DAYS: dict[str, int] = {w: i + 1 for i, w in enumerate(_UNITS)}
_DAYS["العاشر"] = 10
_DAYS.update({f"{w} عشر": 11 + i for i, w in enumerate(_TEEN_UNITS)})
for _tens, _word in ((20, "العشرين"), (30, "الثلاثين")):
    _DAYS[_word] = _tens
    for _i, _w in enumerate(_TEEN_UNITS[: 9 if _tens == 20 else 1]):
        _DAYS[f"{_w} و{_word}"] = _tens + 1 + _i
    _DAYS[f"الواحد و{_word}"] = _tens + 1
# words after which an ordinal before "من <month>" is a day, not the rank of a week, half or quarter
_LEADS = ("في منذ حتى لغاية قبل بعد يوم صباح مساء ليلة فجر ظهر عصر حتي اعتبارا اعتباراً ابتداء ابتداءً بدءا بدءاً "
          "وحتى وفي ومنذ وقبل وبعد ويوم الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت").split()
_ORDINAL_RE = re.compile(
    r"(?:(?<=[\s(«\"،,.:؛-])|^)(" + "|".join(sorted(map(re.escape, _DAYS), key=len, reverse=True)) + r")"
    r"\s+من\s+(?:شهر\s+)?$")
_LEAD_RE = re.compile(r"(?:(?<!\S)(?:" + "|".join(_LEADS) + r")\s+|[،,.:؛(«\"\n-]\s*)$")


def arabic_ordinal_days(t: str, mentions: list[DateMention], start: int) -> list[DateMention]:
    """``mentions`` with each Arabic month that has no day given the ordinal-word day before it, if any."""
    out = []
    for d in mentions:
        if d.month and d.day is None and d.word and d.start == d.word[0]:
            m = _ORDINAL_RE.search(t, max(start, d.start - 40), d.start)
            lead = not t[start : m.start(1)].strip() or _LEAD_RE.search(t, max(start, m.start(1) - 20), m.start(1)) if m else None
            if m and lead:
                d = replace(d, start=m.start(1), day=_DAYS[m.group(1)], day_span=m.span(1))
        out.append(d)
    return out
