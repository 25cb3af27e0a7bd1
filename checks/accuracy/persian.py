"""Persian (fa) figures as the accuracy family reads them: tables for :mod:`.numwords`, and the slash of a decimal.

Persian news writes its own digits (``۱۲``; Arabic-Indic ``١٢`` too, read by :mod:`.numbers`), the Persian decimal
separator ``٫`` and thousands separator ``٬``, and very often a slash for the decimal point (``۳/۵ درصد`` is
3.5 percent). Scale words: ``هزار`` (thousand), ``میلیون``, ``میلیارد`` (billion), ``تریلیون`` and ``هزار میلیارد``
(a thousand billion: a trillion, as budgets are given), joined to the rest of a figure by ``و`` ("and":
``۵۹ هزار و ۵۰۰`` is 59,500). Money: the rial (``ریال``, IRR) and the toman (``تومان``, ten rials, which this
module calls IRT): a draft giving tomans for rials is a different currency, and a conversion between the two
(divide by ten) given beside the figure or instead of it is not a mismatch. Iranian sites type the Arabic
letters ي and ك as often as the Persian ی and ک: every word is listed in both spellings.
"""

from __future__ import annotations

import re
from functools import lru_cache

K, M, B, T = 1e3, 1e6, 1e9, 1e12
ZWNJ = "\u200c"


def spellings(word: str) -> list[str]:
    """``word`` with Persian ی/ک and with the Arabic ي/ك (and final ى) Iranian sites also type."""
    arabic = word.replace("ی", "ي").replace("ک", "ك")
    return list(dict.fromkeys([word, arabic, arabic[:-1] + "ى" if arabic.endswith("ي") else arabic]))


def _each(words: str, value) -> list[tuple[str, object]]:
    return [(f.replace("_", " "), value) for w in words.split() for f in spellings(w)]


# the adjective in -ی: کسری ۴۵۰ هزار میلیارد تومانی "a 450-trillion-toman deficit", ۵ میلیاردی
SCALES = [(w, m, "fa") for w, m in (
    _each("هزار", K) + _each("میلیون میلیونی", M) + _each("میلیارد میلیاردی", B)
    + _each("تریلیون تریلیونی هزار_میلیارد هزار_میلیاردی", T))]
CURRENCIES = dict(
    _each("ریال ریالی", "IRR") + _each("تومان تومانی", "IRT") + _each("دلار دلاری", "USD")
    + _each("یورو یورویی", "EUR") + _each("پوند", "GBP") + _each("یوان", "CNY") + _each("درهم", "AED")
    + _each("روبل", "RUB") + _each("لیر", "TRY")
    # ريال is also the Saudi, Qatari, Omani riyal, which English spells riyal: one word, one code
    + [(w, "IRR") for w in "rial rials irr riyal riyals".split()] + [(w, "IRT") for w in "toman tomans".split()]
    + [(w, "AED") for w in "dirham dirhams aed".split()]
)
PERCENT_WORDS = tuple(w for w, _ in _each("درصد درصدی واحد_درصد", None))
UNITS = dict(
    _each("کیلومتر", ("len", 1000)) + _each("متر", ("len", 1)) + _each("کیلوگرم کیلو", ("mass", 1))
    + _each("هکتار", ("area", 1e4)) + _each("لیتر", ("vol", 1)) + _each("مگاوات", ("power", 1e6))
    + _each("درجه_سانتیگراد درجه_سانتی‌گراد", ("temp_c", 1)) + _each("بشکه", ("bbl", 1))
    + [("barrels", ("bbl", 1)), ("barrel", ("bbl", 1))]
)
# 1 (یک) counts only before a scale word (یک میلیارد دلار); هزار alone is a thousand (هزار نفر); نه (9) is left
# out: it is also "no", "not"
WORDS = " ".join(
    f"{f}:{v}" for w, v in (
        ("یک", 1), ("دو", 2), ("سه", 3), ("چهار", 4), ("پنج", 5), ("شش", 6), ("هفت", 7), ("هشت", 8), ("ده", 10),
        ("یازده", 11), ("دوازده", 12), ("سیزده", 13), ("چهارده", 14), ("پانزده", 15), ("شانزده", 16),
        ("هفده", 17), ("هجده", 18), ("هیجده", 18), ("نوزده", 19), ("بیست", 20), ("سی", 30), ("چهل", 40),
        ("پنجاه", 50), ("شصت", 60), ("هفتاد", 70), ("هشتاد", 80), ("نود", 90), ("صد", 100), ("یکصد", 100),
        ("دویست", 200), ("سیصد", 300), ("چهارصد", 400), ("پانصد", 500), ("ششصد", 600), ("هفتصد", 700),
        ("هشتصد", 800), ("نهصد", 900), ("هزار", 1000))
    for f in spellings(w))
AND = "و"  # بیست و پنج 25, سیصد و پنجاه 350: :func:`checks.accuracy.numbers._and_joins` cuts the rest
JOINER = re.compile(r"\s*و\s*")
_SLASH_DECIMAL_RE = re.compile(r"(?<![\d/.,])(\d{1,4})/(\d{1,3})(?![\d/])")
_ARABIC_SCRIPT_RE = re.compile(r"[\u0600-\u06ff]")


@lru_cache(maxsize=8)
def slash_decimals(t: str) -> str:
    """``t`` (digits already ASCII) with the slash of a Persian decimal (۳/۵ درصد, ۴۰/۲) as a point, one
    character for one (``۱۴۰۲/۱۲/۱۵``, a date, keeps its slashes)."""
    if "/" not in t or not _ARABIC_SCRIPT_RE.search(t):
        return t
    return _SLASH_DECIMAL_RE.sub(lambda m: f"{m.group(1)}.{m.group(2)}", t)


def rial_toman(a_unit: str, a_value: float, b_unit: str, b_value: float) -> bool:
    """Whether one money figure is the other converted between rials and tomans (a toman is ten rials)."""
    if {a_unit, b_unit} != {"IRR", "IRT"}:
        return False
    rials, tomans = (a_value, b_value) if a_unit == "IRR" else (b_value, a_value)
    return abs(rials - 10 * tomans) <= 1e-6 * max(abs(rials), 1.0)
