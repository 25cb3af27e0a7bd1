"""Whether two figures say the same: rounding ("1.2 million" for 1,234,567), conversions (miles for km, tomans for
rials), years of a national calendar given in the Gregorian one; and a figure written the English way.
"""

from __future__ import annotations

import math
import re

from . import persian
from .numwords import UNITS
from .quantity import Quantity


def _sig(v: float) -> int:
    """Significant digits of a value as written (trailing zeros of a whole number not counted)."""
    if v == 0:
        return 1
    s = f"{abs(v):.10g}".replace(".", "").lstrip("0")
    s = s.split("e")[0]
    return max(1, len(s.rstrip("0")))


def _round_sig(v: float, n: int) -> float:
    if v == 0:
        return 0.0
    return round(v, n - 1 - int(math.floor(math.log10(abs(v)))))


def _trunc_sig(v: float, n: int) -> float:
    e = n - 1 - int(math.floor(math.log10(abs(v))))
    return math.trunc(round(v * 10**e, 6)) / 10**e if v else 0.0


def close(x: float, y: float) -> bool:
    return x == y or abs(x - y) <= 1e-9 * max(abs(x), abs(y))


def same_figure(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities state the same figure (either reading; rounding of large round figures)."""
    for x in a.values:
        for y in b.values:
            if close(x, y):
                return True
            lo, hi = (a, b) if _sig(x) >= _sig(y) else (b, a)
            xv, yv = (x, y) if lo is a else (y, x)
            coarse = hi.scale >= 1e3 or (abs(yv) >= 1e4 and yv % 1000 == 0)
            if coarse and _sig(yv) < _sig(xv) and close(_round_sig(xv, _sig(yv)), yv):
                return True  # 1,234,567 reported as "1.2 million"
            if coarse and hi is a and _sig(yv) < _sig(xv) and close(_trunc_sig(xv, _sig(yv)), yv):
                return True  # a headline's 38亿 that the article gives in full: the draft's "3.86 billion"
    return False


def taken_exactly(q: Quantity, d: Quantity, others: list[Quantity]) -> bool:
    """Whether the draft's ``d`` rounds ``q`` but states another figure of the original exactly: 1億1181万円 must not
    take the "100 million yen" that is the 1億円 beside it (and leave that one to the draft's wrong "11.181 million")."""
    def exact(a: Quantity) -> bool:
        return a.kind == d.kind and any(close(x, y) for x in a.values for y in d.values)
    return not exact(q) and any(o is not q and exact(o) for o in others)


def converts(a: Quantity, b: Quantity) -> bool:
    """Whether ``b`` is ``a`` in other units (miles for km, Fahrenheit for Celsius) within 3%."""
    if a.kind == b.kind == "money":  # Iranian rials given in tomans (a tenth as many)
        return persian.rial_toman(a.unit, a.value, b.unit, b.value)
    if a.kind != "unit" or b.kind != "unit" or a.unit == b.unit:
        return False
    da, db = UNITS.get(a.unit), UNITS.get(b.unit)
    if not da or not db:
        return False
    if {da[0], db[0]} == {"temp_c", "temp_f"}:
        c, f = (a.value, b.value) if da[0] == "temp_c" else (b.value, a.value)
        return abs(c * 9 / 5 + 32 - f) <= 1.5
    if da[0] != db[0]:
        return False
    x, y = a.value * da[1], b.value * db[1]
    return abs(x - y) <= 0.03 * max(abs(x), abs(y))


def units_differ(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities give one figure in different units of one dimension (110 км/год as "110 mph",
    5 мм as "5 cm"): units that differ by more than the 3% a conversion may round off."""
    if a.kind != "unit" or b.kind != "unit" or a.unit == b.unit:
        return False
    da, db = UNITS.get(a.unit), UNITS.get(b.unit)
    return bool(da and db) and da[0] == db[0] and abs(da[1] - db[1]) > 0.03 * max(da[1], db[1])


# Years of a national calendar as the draft gives them in the Gregorian one: draft year = original + offset
# (the offset depends on the month). Nepal's Bikram Sambat, Iran's and Afghanistan's Solar Hijri, Thailand's
# Buddhist era, Ethiopia's calendar (2016 ዓ.ም runs from September 2023 to September 2024).
CALENDAR_OFFSETS = {"ne": (-57, -56), "fa": (621, 622), "ps": (621, 622), "th": (-543,), "am": (7, 8)}


_TENS_RE = re.compile(r"десят", re.IGNORECASE)  # десяток, десятка, десятков, десятків: a ten as a noun


def tens_as_dozens(original: str, a: Quantity, draft: str, b: Quantity) -> bool:
    """Whether the draft says the original's count of tens (два десятка, "two tens", 20) in dozens ("two dozen",
    24): English's word for a round handful, as десяток is Russian's."""
    return (a.scale == 10 and _TENS_RE.search(original, a.start, a.end) is not None
            and "dozen" in draft[b.start : b.end].lower() and a.value / 10 == b.value / 12)


def same_year(a: Quantity, b: Quantity, lang: str) -> bool:
    """Whether ``b`` is year ``a`` of the original's national calendar (``lang``) in the Gregorian one, or
    the year or decade a two-digit ``a`` abbreviates (80年代, les années 80, '80s: the 1980s; in words, Dutch
    de jaren negentig: the 1990s)."""
    if a.kind != "number" or b.kind != "number" or (a.word and a.value % 10) or b.word or a.scale != 1 or b.scale != 1:
        return False
    if 10 <= a.value <= 99 and a.value == int(a.value) and b.value in (1900 + a.value, 2000 + a.value):
        return True
    return any(a.value + k == b.value and 1000 <= b.value <= 2200 for k in CALENDAR_OFFSETS.get(lang, ()))


def english(q: Quantity, value: float | None = None, like: Quantity | None = None) -> str:
    """An English figure for a value, in the style of ``like`` (its scale word, its decimals)."""
    v = q.value if value is None else value
    scale = like.scale if like is not None and like.scale > 1 else 1.0
    if like is None and abs(v) >= 1e6:
        scale = next(s for s in (1e12, 1e9, 1e6) if abs(v) >= s)
    x = v / scale
    if close(x, round(x)):
        s = f"{int(round(x)):,}"
    else:
        s = f"{x:,.{max(1, min(3, _decimals(x)))}f}"
    if like is None and scale > 1:
        s += " " + {1e6: "million", 1e9: "billion", 1e12: "trillion"}[scale]
    return s


def _decimals(x: float) -> int:
    s = f"{x:.6f}".rstrip("0")
    return len(s.split(".")[1]) if "." in s else 0


# a hedge before the draft's figure and the side of the true figure it allows: "nearly 6,000" is under it
_HEDGE_RE = re.compile(r"\b(?:(nearly|almost|close\s+to|just\s+under|up\s+to)|(more\s+than|over|just\s+over|upwards\s+of)"
                       r"|(about|around|roughly|some|approximately|an\s+estimated))\s+(?:\$|€|£)?$", re.IGNORECASE)


def hedged_round(draft: str, a: Quantity, b: Quantity) -> bool:
    """Whether the draft's ``b`` is ``a`` rounded under a hedge: 5 940 as "nearly 6,000", 2 960 as "about
    3,000" (within 5%, fewer significant digits, on the side the hedge allows). Why: a newsroom rounds a figure
    that way, and it is no other figure; "6,000" with no hedge still differs."""
    m = _HEDGE_RE.search(draft[max(0, b.start - 30):b.start])
    x, y = a.value, b.value
    if not m or a.kind != b.kind or x <= 0 or y <= 0 or _sig(y) >= _sig(x) or _sig(y) > 2 or abs(x - y) > 0.05 * x:
        return False
    return bool(m.group(3)) or (bool(m.group(1)) and y >= x) or (bool(m.group(2)) and y <= x)


_CENTS_RE = re.compile(r"\s*(?:cents?|pence|paise|centimes?|c[eé]ntimos?|centavos?|kopecks?)\b", re.IGNORECASE)


def in_cents(draft: str, a: Quantity, b: Quantity) -> bool:
    """Whether the draft's ``b`` gives the original's fraction of a unit of money in cents: a dividend of රුපියල්
    0.50 as "50 cents a share", 0,75 € as "75 cents". Why: the English press writes sums under one unit so."""
    return (0 < a.value < 100 and a.value != int(a.value) and _CENTS_RE.match(draft, b.end) is not None
            and close(round(a.value * 100, 6), b.value))


def less_rest_of_hundred(original: str, dropped: list[Quantity], kept: list[Quantity]) -> list[Quantity]:
    """Dropped figures less a percentage that is 100 less a figure the draft kept, given right beside it in a
    split (possession "61 do 39 proc.", "61:39 %" as "61%": the rest of a hundred goes without saying)."""
    return [q for q in dropped if not (q.kind == "percent" and any(
        abs(p.value + q.value - 100) < 1e-6 and (_SPLIT_RE.fullmatch(original, p.end, q.start) is not None
                                                 or _SPLIT_RE.fullmatch(original, q.end, p.start) is not None)
        for p in kept))]


_SPLIT_RE = re.compile(r"\s*(?:do|to|à|a|zu|к|на|:|/|-|–|—)\s*")


def day_or_year_of(d: Quantity, days: set, years: set) -> bool:
    """A draft figure that is the day or year of one of the original's dates ("until the 11th" for 11日, the
    "2023" of "January 2023" for 2023年1月, whose date holds its year): the date's, not a figure of its own."""
    return d.scale == 1 and (d.kind == "ordinal" and d.value in days or d.kind == "number" and not d.word
                             and d.value in years)
