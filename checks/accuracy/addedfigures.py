"""Figures of a draft sentence that nothing in the original accounts for (A002: a claim the MT invented).

A figure the draft adds is as damaging as one it drops ("Unemployment fell by 3%" for "Le chômage a
baissé"), but the original may hold it in a form the figure readers do not parse, so a draft figure
counts as added only when nothing in the original could be it:

- its digits appear nowhere in the original (``1980ndate``, ``4050р.``, ``46к``, ``16.05.2017``, a figure
  moved from a neighbouring sentence);
- the original sentence has no Chinese or Japanese numeral the readers leave unread (``五六百米``
  "500-600 metres", ``上千`` "over a thousand", ``逾万`` "more than 10,000");
- it is not a plain count under 1,000 (which the original may write in words, inflected: "üle saja"), not
  a year (translators add them: "July 26, 2020" for 7月26日, "in 2019" for "last year"), and not written
  in words itself. Percentages, money, quantities with a unit and figures with a scale word always count;
- it is no conversion a newsroom glosses in brackets after a sum ("250 million lira ($7.3 million)",
  "142,300 crowns (about €5,700)"): the sum itself is compared, its gloss is not in the original.

On MLQE-PE dev post-edits (human work) this fires on 0.1% of pairs; on newstest2021 human translations of
Chinese news on under 0.5% of segments.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .numbers import Quantity, ascii_digits

SMALL_COUNT = 1000  # plain counts below this may be words in the original ("एकसय तीस" 130, "üle saja" over 100)
YEARS = (1000, 2100)  # a plain figure in this range is a year, which translators add ("last year" -> "in 2019")
# a numeral run the Chinese reader does not take as one figure: an estimate (五六百 "five or six hundred"),
# 上千 "upwards of a thousand", 数万 "tens of thousands", 四成 "four tenths", 逾万 / 过万 / 破万 "over 10,000"
_NOT_A_CLOCK = r"(?![.:h]\s?\d\d(?!\d))"
_UNREAD_CJK_RE = re.compile(r"[一二两三四五六七八九十几数上近逾过過超破][十百千万萬亿億]")
# a sum, then an opening bracket (and a hedge) before the gloss: "250 million liras (", "CZK 142,300 (about "
_GLOSS_BEFORE_RE = re.compile(r"\d(?:[\w.,\u00a0 ]{0,20}?[^\W\d_]|[\d.,]*\s*[€$£¥₺]?)\s*\(\s*"
                              r"(?:about|around|roughly|some|nearly|almost|approximately|approx\.|or|c\.)?\s*$", re.I)


def added_figures(original: str, ospans: list[tuple[int, int]], draft: str, left: list[Quantity]) -> list[Quantity]:
    """Of the draft figures ``left`` unmatched by any figure of the original, those nothing in the original
    (its sentences ``ospans``, or anywhere for the digits) accounts for."""
    if not left:
        return []
    if any(_UNREAD_CJK_RE.search(original, a, b) for a, b in ospans):
        return []
    digits = _digit_text(original)
    out = []
    for d in left:
        if d.kind == "money" and _glossed(draft, d):
            continue
        if d.word or d.kind in ("number", "ordinal") and d.scale == 1 and (
                abs(d.value) < SMALL_COUNT or _year_like(draft, d)):
            continue
        key = re.sub(r"[,\s\u00a0\u202f\u2009']", "", ascii_digits(draft[d.num_start : d.num_end])).lstrip("-−")
        # money, a percentage or a quantity is not accounted for by the hour of a clock time (20 euros
        # against "entre las 18.00 y las 20.00 horas")
        after = _NOT_A_CLOCK if d.kind in ("money", "percent", "unit") else ""
        if re.search(rf"(?<!\d){re.escape(key)}(?!\d){after}", digits):
            continue
        out.append(d)
    return out


def _glossed(draft: str, d: Quantity) -> bool:
    """A sum in brackets right after another sum: the newsroom's conversion ("($7.3 million)")."""
    return (_GLOSS_BEFORE_RE.search(draft, max(0, d.start - 40), d.start) is not None
            and draft[d.end : d.end + 2].lstrip().startswith(")"))


@lru_cache(maxsize=8)
def _digit_text(original: str) -> str:
    """The original with ASCII digits and no group separators inside figures (15 000, 15.000 stay apart
    from the decimal: only spaces and commas between three-digit groups are dropped)."""
    return re.sub(r"(?<=\d)[,\s\u00a0\u202f\u2009'’](?=\d{3}(?!\d))", "", ascii_digits(original))


def _year_like(draft: str, d: Quantity) -> bool:
    """A year: written without a group separator, in the range of years."""
    return YEARS[0] <= d.value <= YEARS[1] and d.value == int(d.value) and "," not in draft[d.num_start : d.num_end]
