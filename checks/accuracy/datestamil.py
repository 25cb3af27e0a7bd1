"""Tamil months and weekdays (``நவம்பர் 14``, ``நவ. 14``, ``14 நவம்பர் 2024``, ``செவ்வாய்க்கிழமை இரவு``).

Tamil vowel signs are not ``\\w``, so its words need their own reader. A weekday is its name with ``கிழமை``
("day"), the case ending glued on (``வியாழக்கிழமையன்று``, ``வெள்ளிக்கிழமை வரை``); the bare names are planets and
ordinary words too (``செவ்வாய்`` Mars, ``வெள்ளி`` silver, ``திங்கள்`` moon), so they are left out. Dailies date a
story month first, often abbreviated (``சென்னை, நவ. 14:``), and the day may come before the month too
(``14 நவம்பர்``, ``16-ஆம் தேதி``); ``மே`` (May) counts only beside a day or a year.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .datemention import DateMention, day_in, whole_words_re, year_in

_LETTERS = "\u0b80-\u0bff"
_MONTHS = ("ஜனவரி ஜன.", "பிப்ரவரி பிப்.", "மார்ச் மார்.", "ஏப்ரல் ஏப்.", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட் ஆக.",
           "செப்டம்பர் செப்.", "அக்டோபர் அக்.", "நவம்பர் நவ.", "டிசம்பர் டிச.")
_WEEKDAY_RE = re.compile(r"(?<![\u0b80-\u0bff])(திங்கள்|செவ்வாய்|புதன்|வியாழ|வெள்ளி|சனி|ஞாயிற்று)(?:க்)?\s?கிழமை"
                         r"[\u0b80-\u0bff]*")
_WEEKDAY_NUM = {w: i + 1 for i, w in enumerate("திங்கள் செவ்வாய் புதன் வியாழ வெள்ளி சனி ஞாயிற்று".split())}
_DAY_AFTER = re.compile(r"\s*(\d{1,2})(?:-?(?:ஆம்|ம்))?(?![\d:.,]\d)")
_DAY_BEFORE = re.compile(r"(?<![\d:.,])(\d{1,2})(?:-?(?:ஆம்|ம்))?\s*$")
_YEAR_AFTER = re.compile(r",?\s*(\d{4})(?!\d)")


@lru_cache(maxsize=1)
def _months() -> tuple[dict[str, int], re.Pattern]:
    table = {w: i + 1 for i, ws in enumerate(_MONTHS) for w in ws.split()}
    abbr = sorted((w for w in table if w.endswith(".")), key=len, reverse=True)
    whole = whole_words_re([w for w in table if not w.endswith(".")], _LETTERS)
    return table, re.compile(whole.pattern + "|(?<![" + _LETTERS + "])(?:" + "|".join(map(re.escape, abbr)) + ")")


def tamil_dates(t: str, start: int, end: int) -> list[DateMention]:
    """Tamil dates, months and weekdays in ``t[start:end]`` (digits already ASCII)."""
    if not re.search(f"[{_LETTERS}]", t[start:end]):
        return []
    out = [DateMention(m.start(), m.end(), weekday=_WEEKDAY_NUM[m.group(1)], word=m.span())
           for m in _WEEKDAY_RE.finditer(t, start, end)]
    table, month_re = _months()
    for m in month_re.finditer(t, start, end):
        a, b = m.span()
        after = _DAY_AFTER.match(t, b, end)
        day_m = after if day_in(after) else _DAY_BEFORE.search(t, max(start, a - 8), a)
        day = day_in(day_m)
        year = year_in(_YEAR_AFTER.match(t, day_m.end() if day and day_m is after else b, end))
        if (m.group() == "மே" or m.group().endswith(".")) and day is None and year is None:
            continue
        lo, hi = (min(a, day_m.start(1)), max(b, day_m.end(1))) if day else (a, b)
        out.append(DateMention(lo, hi, month=table[m.group()], day=day, year=year, word=(a, b),
                               day_span=day_m.span(1) if day else None))
    return out
