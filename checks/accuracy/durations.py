"""A duration given in another unit of time: 持续150分钟 as "lasted two and a half hours", 18 meses as "a year and a
half", 90 minutos as "an hour and a half", nueve años y medio as "nine and a half years", tři roky a šest měsíců,
4년 6개월 or 4 năm 6 tháng as "four and a half years" (A003). Minutes and hours are plain figures to the number readers (no unit), so 150 against 2.5 looked
like a changed figure; when the words after both figures are units of time of one kind and the two durations
agree, the draft has converted the figure, not changed it.
"""

from __future__ import annotations

import re

from .quantity import Quantity

# the unit word right after a figure, in minutes (time of day) or months (calendar), by language family
_UNITS = (
    (r"分钟|分鐘|分間|分(?![钟鐘])|minutos?|minuts?|minutes?|mins?|minuti|minuten|minute|минут\w*|хвилин\w*|minut\w*|dakika\w*|분(?!의)|phút", "m", 1),
    (r"小时|小時|時間|個小時|个小时|horas?|hores|heures?|hours?|hrs?|ore|stunden?|час\w*|годин\w*|godzin\w*|hodin\w*|saat|시간|tiếng", "m", 60),
    (r"天|日間|días?|dies|jours?|days?|giorni|giorno|tage?n?|дн\w*|день|дня|dni|dní|일간|ngày", "m", 1440),
    (r"个月|個月|ヶ月|か月|カ月|meses|mesos|mes|mois|months?|mesi|mese|monate?n?|месяц\w*|місяц\w*|miesi\w*|měsíc\w*|hónap\w*|개월|tháng", "mo", 1),
    (r"年間|años?|anys?|ans|années?|years?|anni|anno|jahren?|jahre|лет|год\w*|рок\w*|lat\b|let\b|rok(?:y|u|ů|em)?|év(?:et|re|ig|es|ben|vel)?|년|năm", "mo", 12),
)
# a Korean unit may carry its particle (15년을, 6개월간): the unit ends before Hangul, not before other letters
_END = r"(?![^\W가-힣])"
_UNIT_RE = re.compile(r"\s*(?:(" + ")|(".join(u for u, _, _ in _UNITS) + r"))" + _END, re.IGNORECASE)
# the months that complete a term of years: "tři roky a šest měsíců", "drei Jahre und sechs Monate", "két év és hat
# hónap", and with no "and" in Korean and Vietnamese: "4년 6개월", "4 năm 6 tháng"
_AND_MONTHS_RE = re.compile(r"(?:\s+(?:a|i|and|und|y|et|e|és|og|och|en)\s+(\d{1,2}|\w+)|\s*(\d{1,2}))\s*(?:"
                            + _UNITS[3][0] + r")" + _END, re.IGNORECASE)
# the Romance half after the unit: "nueve años y medio" (nine and a half years), "dos horas y media", "sis anys i mig", "due anni e
# mezzo", "três anos e meio", "deux ans et demi", "doi ani și jumătate"
_AND_HALF_RE = re.compile(r"\s+(?:y\s+medi[oa]|e\s+mezz[oa]|e\s+mei[oa]|et\s+demie?|și\s+jumătate|i\s+mig)\b",
                          re.IGNORECASE)


def _duration(text: str, q: Quantity) -> tuple[str, float] | None:
    """The kind (minutes or months) and length of a figure followed by a unit of time, if it is one."""
    if q.kind not in ("number", "unit") or q.scale != 1:
        return None
    m = _UNIT_RE.match(text, q.end)
    if not m:
        return None
    kind, factor = next((k, f) for g, (_, k, f) in zip(m.groups(), _UNITS) if g)
    more = _AND_MONTHS_RE.match(text, m.end()) if factor == 12 else None
    months = _count(more.group(1) or more.group(2)) if more else 0
    half = factor / 2 if _AND_HALF_RE.match(text, m.end()) else 0
    return kind, q.value * factor + (months if 0 < months < 12 else 0) + half


def _count(word: str) -> float:
    """A small count in digits or in words of any language (šest, sechs, hat)."""
    from .numwords import number_words  # here: numwords imports the readers that import this module
    w = word.lower()  # Hungarian hat (6) and hét (7) are no number words alone ("affects", "week"), but are here
    return float(word) if word.isdigit() else number_words("").get(w) or number_words("en").get(w) or _HU_SMALL.get(w, 0)


_HU_SMALL = {"hat": 6, "hét": 7}


def same_duration(original: str, q: Quantity, draft: str, d: Quantity) -> bool:
    """Whether the draft's figure ``d`` is the original's ``q`` given in another unit of time (150分钟 / "2.5
    hours"); one unit on both sides is no conversion (150分钟 as "15 minutes" is a changed figure)."""
    a, b = _duration(original, q), _duration(draft, d)
    if not a or not b or a[0] != b[0] or a[1] <= 0:
        return False
    return abs(a[1] - b[1]) <= 0.03 * a[1] and q.value != d.value
