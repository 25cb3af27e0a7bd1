"""Chinese and Japanese dates and weekdays: ``2024年3月5日``, ``5日``, ``7月17和7月22日``, ``星期二``, ``3月5日（火）``.

Digits are already ASCII. A day is only a date where nothing says otherwise: ``8日間`` is a length of eight
days, ``第11号`` and ``11号台风`` a number.
"""

from __future__ import annotations

import re

from .datemention import DateMention

# the day's 日 may be left out before a second date of the list: 7月17和7月22日, 7月17、22日
_CJK_DATE_RE = re.compile(r"(?:(\d{4})\s*年)?\s*(?:(\d{1,2})\s*月)?\s*(?:(\d{1,2})(?:\s*[日号號]"
                          r"|(?:(?<=月\d)|(?<=月\d\d))(?=[和、至到与及~～–—-]\s*\d{1,2}\s*[月日号號])))?")
# Japanese news gives the weekday in brackets after the date: 3月5日（火）, 7日(木), 5日（火曜）
_CJK_WEEKDAY_RE = re.compile(r"(?:星期|礼拜|禮拜|周|週)([一二三四五六日天])|([月火水木金土日])曜日?"
                             r"|(?<=日)\s*[（(]([月火水木金土日])(?:曜日?)?[）)]")
_CJK_WD = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}
_JA_WD = {"月": 1, "火": 2, "水": 3, "木": 4, "金": 5, "土": 6, "日": 7}


def cjk_dates(t: str, start: int, end: int) -> list[DateMention]:
    """Chinese and Japanese dates (2024年3月5日, 5日, 7月17和22日) and weekdays (星期二, 火曜日, 5日（火）)."""
    out = []
    pos = start
    while True:
        i = _next_cjk_date(t, pos, end)
        if i is None:
            break
        m = _CJK_DATE_RE.match(t, i, end)
        year, month, day = (int(g) if g else None for g in m.groups())
        if (month and 1 <= month <= 12) or (day and 1 <= day <= 31 and not month):
            out.append(DateMention(m.start(), m.end(), month=month, day=day, year=year,
                                   day_span=m.span(3) if day else None, word=m.span(2) if month else None))
        pos = max(m.end(), i + 1)
    for m in _CJK_WEEKDAY_RE.finditer(t, start, end):
        if m.group(3):  # the bracketed weekday: the span is the character itself
            out.append(DateMention(m.start(3), m.end(3), weekday=_JA_WD[m.group(3)], word=m.span(3)))
            continue
        num = _CJK_WD[m.group(1)] if m.group(1) else _JA_WD[m.group(2)]
        if m.group(2) and not m.group().endswith(("曜日", "曜")):
            continue
        out.append(DateMention(m.start(), m.end(), weekday=num, word=m.span()))
    return out


# not a day: 8日間 (eight days' length), 第11号 and 11号台风 (a typhoon's or an issue's number)
_CJK_ANCHOR_RE = re.compile(r"(?<!\d)(?<!第)(?:\d{4}\s*年\s*\d|\d{1,2}\s*月|\d{1,2}\s*(?:日(?![間间])|[号號](?![线線楼樓院房门門车車台颱])))")


def _next_cjk_date(t: str, pos: int, end: int) -> int | None:
    m = _CJK_ANCHOR_RE.search(t, pos, end)
    if not m:
        return None
    i = m.start()  # a month or day preceded by its year or month belongs to that date
    back = re.search(r"\d{4}\s*年\s*$|\d{1,2}\s*月\s*$", t[max(pos, i - 8) : i])
    return i - len(back.group()) if back and i - len(back.group()) >= pos else i
