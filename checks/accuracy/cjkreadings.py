"""Second readings of Chinese and Japanese figures that a faithful English translation gives in another form.

Why: a newsroom does not copy these figures, it converts them, and the converted figure is the same fact:

- a match minute counted from half-time (後半9分, 下半场第9分钟, and 同32分 after one) is the 54th minute;
- a term of years and months (七年六个月, 7年6カ月, a sentence's 懲役4年6月) is "seven and a half years";
- the first N quarters (前三季度) are "the first nine months";
- a match minute after another (第56分钟 ... 第71分钟) is "15 minutes later".

The original's figure gets the converted value as a further reading, which :func:`samefigure.same_figure`
accepts like either reading; only where the original's own words say which form it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .quantity import Quantity

_SECOND_HALF = re.compile(r"(?:後半|后半|下半场|下半場|下半时|下半時)(?:戦|第)?$")
_HALF_MARK = re.compile(r"後半|后半|下半场|下半場|下半时|下半時|前半|上半场|上半場|上半时|上半時")
_MINUTE_AFTER = re.compile(r"分(?!之)")
_SAME_BEFORE = re.compile(r"同(?:第)?$")
_MONTHS_AFTER = re.compile(r"(?:个|個|カ|ヶ|ケ|か|箇)月")
_YEAR_AFTER = re.compile(r"年(?:零)?$")
# a Japanese sentence writes its months with a bare 月 (懲役4年6月, 禁錮1年2月): a term, not June
_TERM_BEFORE = re.compile(r"(?:懲役|禁錮|禁固|実刑|執行猶予|求刑)$")
_QUARTERS = re.compile(r"季度|四半期")


def cjk_further_values(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Chinese or Japanese figures, each with the reading an English translation may give it instead."""
    out = []
    for i, q in enumerate(qs):
        extra = _further_value(text, q, qs[i + 1] if i + 1 < len(qs) else None)
        if extra is None and i:
            extra = _minutes_later(text, qs[i - 1], q)
        out.append(q if extra is None or extra in q.values else replace(q, values=q.values + (extra,)))
    return out


def _further_value(text: str, q: Quantity, nxt: Quantity | None) -> float | None:
    if q.kind not in ("number", "ordinal") or q.scale != 1 or q.value != int(q.value):
        return None
    before = text[max(0, q.start - 4) : q.start]
    if 1 <= q.value <= 45 and _MINUTE_AFTER.match(text, q.end) and _in_second_half(text, q.start, before):
        return q.value + 45  # 後半9分: the 54th minute
    if (nxt is not None and nxt.kind == "number" and 1 <= nxt.value <= 11 and text.startswith("年", q.end)
            and _YEAR_AFTER.search(text, q.end, nxt.start) and (_MONTHS_AFTER.match(text, nxt.end) or (
                text.startswith("月", nxt.end) and _TERM_BEFORE.search(text, max(0, q.start - 4), q.start)))):
        return q.value + nxt.value / 12  # 七年六个月: seven and a half years
    if text[q.start - 1 : q.start] == "前" and _QUARTERS.match(text, q.end) and q.value <= 4:
        return q.value * 3  # 前三季度: the first nine months
    return None


_MATCH_MINUTE = re.compile(r"分钟|分鐘")


def _minutes_later(text: str, prev: Quantity, q: Quantity) -> float | None:
    """第71分钟 after 第56分钟 in the same passage: the gap between them, "15 minutes later"."""
    def minute(x: Quantity) -> bool:
        return text[x.start - 1 : x.start] == "第" and bool(_MATCH_MINUTE.match(text, x.end)) and 1 <= x.value <= 130
    if minute(prev) and minute(q) and prev.value < q.value and q.start - prev.end <= 80:
        return q.value - prev.value
    return None


def _in_second_half(text: str, start: int, before: str) -> bool:
    if _SECOND_HALF.search(before):
        return True
    if not _SAME_BEFORE.search(before):
        return False
    marks = list(_HALF_MARK.finditer(text, max(0, start - 200), start))  # 同32分: the half named last
    return bool(marks) and marks[-1].group()[0] in "後后下"
