"""Dates whose month is a number with a month word: Korean ``2024년 3월 12일``, Vietnamese ``ngày 12 tháng 3
năm 2024`` (and ``tháng Ba``, March; ``ngày 12/3``), with their weekdays (``화요일``, ``thứ Ba``, ``Chủ nhật``).

Chinese and Japanese ``3月12日`` are read by :mod:`.dates`; these languages write the same date with their
own month and day words, so a date the draft shifts (``3월 12일`` as "March 21") was invisible.
"""

from __future__ import annotations

import re

from .datemention import DateMention

_KO_DATE_RE = re.compile(r"(?<!\d)(?:(\d{4})\s*년\s*)?(?:(\d{1,2})\s*월)(?:\s*(\d{1,2})\s*일)?|(?<![\d월])(\d{1,2})\s*일(?!간|\s*동안|째|만에|\d)")
# the first day of a range: 3~4일 (the 3rd and 4th), 12-13일
_KO_RANGE_RE = re.compile(r"(?<![\d월.])(\d{1,2})\s*[~∼～-]\s*(?=\d{1,2}\s*일)")
# Korean dotted dates, year first (press releases and captions): 2024. 3. 12.(화), 2024.03.12
KO_DOTTED_RE = re.compile(r"(?<![\d.])(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?(?![\d%])")
_KO_WEEKDAYS = {w: i + 1 for i, w in enumerate("월 화 수 목 금 토 일".split())}
_KO_WEEKDAY_RE = re.compile(r"([월화수목금토일])요일|(?:(?<=일)|(?<=\d\.))\s*[（(]([월화수목금토일])[）)]")

# Vietnamese months by number: tháng 3, tháng Ba; January is also tháng Giêng, December tháng Chạp
_VI_MONTH_WORDS = {"Giêng": 1, "Một": 1, "Hai": 2, "Ba": 3, "Tư": 4, "Bốn": 4, "Năm": 5, "Sáu": 6, "Bảy": 7,
                   "Tám": 8, "Chín": 9, "Mười": 10, "Mười Một": 11, "Mười Hai": 12, "Chạp": 12}
_VI_MONTH = r"(\d{1,2}|" + "|".join(sorted(_VI_MONTH_WORDS, key=len, reverse=True)) + r")(?![\w])"
_VI_DATE_RE = re.compile(r"(?:[Nn]gày\s+(\d{1,2})\s+)?[Tt]háng\s+" + _VI_MONTH + r"(?:\s*(?:,\s*)?năm\s+(\d{4}))?"
                         r"|[Nn]gày\s+(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/])")
_VI_WEEKDAYS = {"Hai": 1, "Ba": 2, "Tư": 3, "Năm": 4, "Sáu": 5, "Bảy": 6}
_VI_WEEKDAY_RE = re.compile(r"\b[Tt]hứ\s+(Hai|Ba|Tư|Năm|Sáu|Bảy)(?![\w])|\b(Chủ [Nn]hật)\b")


def numbered_dates(t: str, start: int, end: int) -> list[DateMention]:
    """Korean and Vietnamese dates and weekdays in ``t[start:end]`` (digits already ASCII)."""
    out = []
    if re.search(r"[\uac00-\ud7af]", t[start:end]):
        out += _korean(t, start, end)
    if re.search(r"[Tt]háng|[Nn]gày|[Tt]hứ|Chủ [Nn]hật", t[start:end]):
        out += _vietnamese(t, start, end)
    return out


def _korean(t: str, start: int, end: int) -> list[DateMention]:
    out = []
    for m in _KO_DATE_RE.finditer(t, start, end):
        if m.group(4):  # a day without its month (15일 "on the 15th"; 10일간, 10일 동안 "for ten days" are not)
            day = int(m.group(4))
            if 1 <= day <= 31:
                out.append(DateMention(m.start(), m.end(), day=day, day_span=m.span(4)))
            continue
        month = int(m.group(2))
        day = int(m.group(3)) if m.group(3) else None
        if 1 <= month <= 12 and (day is None or 1 <= day <= 31):
            out.append(DateMention(m.start(), m.end(), month=month, day=day,
                                   year=int(m.group(1)) if m.group(1) else None, word=m.span(2),
                                   day_span=m.span(3) if day else None))
    for m in KO_DOTTED_RE.finditer(t, start, end):
        month, day = int(m.group(2)), int(m.group(3))
        if 1 <= month <= 12 and 1 <= day <= 31:
            out.append(DateMention(m.start(), m.end(), month=month, day=day, year=int(m.group(1)), word=m.span(2),
                                   day_span=m.span(3)))
    for m in _KO_RANGE_RE.finditer(t, start, end):
        if 1 <= int(m.group(1)) <= 31:
            out.append(DateMention(m.start(1), m.end(1), day=int(m.group(1)), day_span=m.span(1)))
    for m in _KO_WEEKDAY_RE.finditer(t, start, end):
        g = 1 if m.group(1) else 2
        out.append(DateMention(m.start(g), m.end() if g == 1 else m.end(g), weekday=_KO_WEEKDAYS[m.group(g)],
                               word=m.span(g)))
    return out


def _vietnamese(t: str, start: int, end: int) -> list[DateMention]:
    out = []
    for m in _VI_DATE_RE.finditer(t, start, end):
        if m.group(2):
            raw = m.group(2)
            month = int(raw) if raw.isdigit() else _VI_MONTH_WORDS[raw]
            day_group, year = 1, m.group(3)
            word = m.span(2)
        else:
            month, day_group, year, word = int(m.group(5)), 4, m.group(6), m.span(5)
        day = int(m.group(day_group)) if m.group(day_group) else None
        if 1 <= month <= 12 and (day is None or 1 <= day <= 31):
            out.append(DateMention(m.start(), m.end(), month=month, day=day, year=int(year) if year else None,
                                   word=word, day_span=m.span(day_group) if day else None))
    for m in _VI_WEEKDAY_RE.finditer(t, start, end):
        num = _VI_WEEKDAYS[m.group(1)] if m.group(1) else 7
        out.append(DateMention(m.start(), m.end(), weekday=num, word=m.span()))
    return out
