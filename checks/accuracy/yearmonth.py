"""Year and month written with a full stop, as Chinese, Japanese and Korean CVs and timelines give them.

Why: an official's career in Chinese news runs "2005.09―2006.01 中央党校学习" (September 2005 to January
2006). Read as decimals (2,005.09), a faithful "from September 2005 to January 2006" looked like two
figures gone wrong (A003) and a draft that dropped them like a missing figure. Here such a stamp is a year
(a figure, like 2005年) and a month (a date, like 9月). Only in text with CJK characters around it, and only
with a two-digit month 01-12 and no further digit, full stop or unit: 1999.99, 2019.5 and a price of
2019.05元 stay numbers.
"""

from __future__ import annotations

import re

from .datemention import DateMention

# not before a currency, scale or unit (收于2019.05元 is a price)
YEAR_MONTH_RE = re.compile(r"(?<![\d.])((?:19|20)\d\d)\.(0[1-9]|1[0-2])(?![\d.])(?!\s*[元万亿千百美港欧英镑米吨克升%％点倍股块人个岁次度亩平公里斤])")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")


def year_month_spans(t: str, start: int, end: int) -> list[re.Match]:
    """The year.month stamps of ``t[start:end]``, when that stretch holds CJK text."""
    if not _CJK_RE.search(t, start, end):
        return []
    return list(YEAR_MONTH_RE.finditer(t, start, end))


def year_months(t: str, start: int, end: int) -> list[DateMention]:
    """Each stamp's month, as a date mention of that month and year."""
    return [DateMention(m.start(2), m.end(2), month=int(m.group(2)), year=int(m.group(1)), word=m.span(2))
            for m in year_month_spans(t, start, end)]
