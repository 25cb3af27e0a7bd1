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
_VI_DATE_RE = re.compile(r"(?:[Nn]gày\s+(\d{1,2})\s+)?[Tt]háng\s+" + _VI_MONTH + r"(?:\s*(?:,\s*)?năm\s+(\d{4})|/(?=\d{4}(?!\d))(\d{4}))?"
                         r"|[Nn]gày\s+(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/])")
_VI_WEEKDAYS = {"Hai": 1, "Ba": 2, "Tư": 3, "Năm": 4, "Sáu": 5, "Bảy": 6}
_VI_WEEKDAY_RE = re.compile(r"\b[Tt]hứ\s+(Hai|Ba|Tư|Năm|Sáu|Bảy)(?![\w])|\b(Chủ [Nn]hật)\b")
# the press writes a day and month without ngày after a part of the day or a weekday (Chiều 12/9, sáng 7/9,
# thứ Năm (12/9), thứ Hai, 16/9) and with a hyphen after ngày (ngày 12-3); 1/3 alone is a third
_VI_DM_CUES = "ngày sáng trưa chiều tối đêm hôm từ đến tới trước sau vào".split()
_VI_WD_NAMES = [f"thứ {w}" for w in ("Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "hai", "ba", "tư", "năm", "sáu", "bảy")]
_VI_DM_BEFORE = "|".join([f"(?<={c} )" for c in _VI_DM_CUES] + [f"(?<={re.escape(w + sep)})" for w in _VI_WD_NAMES + ["Chủ nhật"]
                                                                for sep in (", ", " (", " ngày ")] + ["(?<=[(])"])
_VI_DM_RE = re.compile(rf"(?:{_VI_DM_BEFORE})(\d{{1,2}})/(\d{{1,2}})(?:/(\d{{4}}))?(?![\d/])"
                       r"|(?<=[Nn]gày )(\d{1,2})-(\d{1,2})(?:-(\d{4}))?(?![\d-])", re.IGNORECASE)
# a date named by its noun, then "là" (is): ngày thanh toán là 8/11 "the payment date is November 8",
# ngày đăng ký cuối cùng là 15/10; the noun keeps a bare 8/11 from being a fraction
_VI_DAY_IS_RE = re.compile(r"(?<![\w])[Nn]gày(?:\s+[^\W\d_]+){1,5}\s+là\s+(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/])")
_VI_LETTERS = re.compile("[ơưđăạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
# a weekday in lower case (sáng thứ hai, hôm thứ năm) only after a part of the day or before the week or a date:
# thứ hai is also "second" (đứng thứ hai, lần thứ hai, ngày thứ hai "the second day")
_VI_WD_BEFORE = "|".join(f"(?<={c} )" for c in "sáng trưa chiều tối đêm hôm vào từ đến tới mỗi rạng".split())
_VI_LOWER_WEEKDAY_RE = re.compile(rf"(?:{_VI_WD_BEFORE})thứ\s+(hai|ba|tư|năm|sáu|bảy)(?![\w])"
                                  r"|thứ\s+(hai|ba|tư|năm|sáu|bảy)(?=\s+tuần\s+(?:này|sau|tới|trước|qua)\b"
                                  r"|\s*\(\d|,\s+(?:ngày\s+)?\d{1,2}/\d)")


def numbered_dates(t: str, start: int, end: int) -> list[DateMention]:
    """Korean and Vietnamese dates and weekdays in ``t[start:end]`` (digits already ASCII)."""
    out = []
    if re.search(r"[\uac00-\ud7af]", t[start:end]):
        out += _korean(t, start, end)
    if re.search(r"[Tt]háng|[Nn]gày|[Tt]hứ|Chủ [Nn]hật|[^\W\d_] \d{1,2}/\d", t[start:end]):
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
            day_group, year = 1, m.group(3) or m.group(4)
            word = m.span(2)
        else:
            month, day_group, year, word = int(m.group(6)), 5, m.group(7), m.span(6)
        day = int(m.group(day_group)) if m.group(day_group) else None
        if 1 <= month <= 12 and (day is None or 1 <= day <= 31):
            out.append(DateMention(m.start(), m.end(), month=month, day=day, year=int(year) if year else None,
                                   word=word, day_span=m.span(day_group) if day else None))
    for m in _VI_WEEKDAY_RE.finditer(t, start, end):
        num = _VI_WEEKDAYS[m.group(1)] if m.group(1) else 7
        out.append(DateMention(m.start(), m.end(), weekday=num, word=m.span()))
    if not _VI_LETTERS.search(t, start, end):  # (1/2) and sau 1/3 in another language are no dates
        return out
    for m in [*_VI_DM_RE.finditer(t, start, end), *_VI_DAY_IS_RE.finditer(t, start, end)]:
        g = 1 if m.group(1) else 4
        day, month = int(m.group(g)), int(m.group(g + 1))
        if 1 <= month <= 12 and 1 <= day <= 31:
            year = m.group(g + 2)
            out.append(DateMention(m.start(g), m.end(), month=month, day=day, year=int(year) if year else None,
                                   word=m.span(g + 1), day_span=m.span(g)))
    for m in _VI_LOWER_WEEKDAY_RE.finditer(t, start, end):
        g = 1 if m.group(1) else 2
        out.append(DateMention(m.start(), m.end(), weekday=_VI_WEEKDAYS[m.group(g).capitalize()], word=m.span()))
    return out
