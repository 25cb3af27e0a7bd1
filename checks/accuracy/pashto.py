"""Pashto (ps) figures as the accuracy family reads them: tables for :mod:`.numwords`.

Afghan Pashto news writes the Arabic-script digits (``۴۲۰``, read by :mod:`.numbers`) and the decimal
separator ``٫``. Scale words: ``زر`` / ``زره`` (thousand: ``دوه زره`` 2,000; ``زره`` alone is "heart", so it is
no number word, only a scale after a figure), ``لک`` (lakh, 100,000), ``میلیون`` and ``میلیارد`` with the
``-ه`` of their plural and the ``-و`` of the oblique (``۲۸۰ میلیونه ډالر``, ``۱٫۲ میلیارده``), typed with or
without the first ی (``ملیون``). Money: the afghani (``افغانۍ``, oblique ``افغانیو``: ``۸۵ افغانیو ته``), ``ډالر``
(oblique ``ډالرو``), the Pakistani rupee (``کلدارې``, ``روپۍ``). Percent: ``سلنه`` and ``په سلو کې`` ("in a
hundred"). Number words inflect (``دوه`` / ``دوو``, ``پنځه`` / ``پنځو``); ``نوي`` (90, also "new") is left out.
Afghan keyboards often type the Persian گ ی ك for ګ ې ک and ی for ۍ: every word is listed in those spellings too.
"""

from __future__ import annotations

import itertools
import re

K, M, B, T = 1e3, 1e6, 1e9, 1e12
_SWAPS = {"ګ": "ګگ", "ې": "ېی", "ۍ": "ۍیئ", "ي": "يی", "ی": "یي", "ک": "کك"}


def spellings(word: str) -> list[str]:
    """``word`` with the letters Afghan typing varies (ګ/گ, ې/ی, ۍ/ی/ئ, ي/ی, ک/ك); at most 16 forms."""
    options = [_SWAPS.get(ch, ch) for ch in word]
    forms = ("".join(p) for p in itertools.product(*options))
    return list(dict.fromkeys(itertools.islice(forms, 16)))


def _each(words: str, value) -> list[tuple[str, object]]:
    return [(f.replace("_", " "), value) for w in words.split() for f in spellings(w)]


SCALES = [(w, m, "ps") for w, m in (
    _each("زر زره زرو", K) + _each("لک لکه لکو", 1e5)
    + _each("میلیون میلیونه میلیونو ملیون ملیونه ملیونو", M)
    + _each("میلیارد میلیارده میلیاردو ملیارد ملیارده ملیاردو بیلیون", B) + _each("ټریلیون", T))]
CURRENCIES = dict(
    _each("افغانۍ افغانی افغاني افغانیو", "AFN") + _each("ډالر ډالرو ډالره", "USD") + _each("یورو", "EUR")
    + _each("کلدارې کلدارو روپۍ روپیو", "PKR") + _each("تومان", "IRT")
    + [(w, "AFN") for w in "afghani afghanis afn afs".split()]
    + [(w, "PKR") for w in "pkr".split()]
)
PERCENT_WORDS = tuple(w for w, _ in _each("سلنه سلنې سلنو فیصده په_سلو_کې", None))
UNITS = dict(
    _each("کیلومتره کیلومتر کیلومترو", ("len", 1000)) + _each("متره متر مترو", ("len", 1))
    + _each("کیلوګرامه کیلوګرام کیلو", ("mass", 1)) + _each("ټنه ټن ټنو", ("mass", 1000))
    + _each("هکتاره هکتار", ("area", 1e4)) + _each("جریبه جریب جریبو", ("jerib", 1))
    + _each("لیتره لیتر لیترو", ("vol", 1)) + _each("میګاواټه میګاواټ میګاواټو", ("power", 1e6))
    + _each("کیلوولټه کیلوولټ", ("volt", 1e3))
    + [("jeribs", ("jerib", 1)), ("jerib", ("jerib", 1)), ("kilovolts", ("volt", 1e3)), ("kilovolt", ("volt", 1e3))]
)
# یو / یوه (1) count only before a scale word (یو میلیون); the oblique plural (دوو, پنځو, لسو) after a
# postposition: په تېرو دوو میاشتو کې "in the last two months"; ویشت is the 20 of دوه ویشت (22), پنځه ویشت
_NUMBERS = (
    ("یو یوه", 1), ("دوه دوو", 2), ("درې دریو درېیو", 3), ("څلور څلورو", 4), ("پنځه پنځو", 5), ("شپږ شپږو", 6),
    ("اووه", 7), ("اته اتو", 8), ("نهه نهو", 9), ("لس لسو", 10), ("یوولس", 11), ("دولس", 12), ("دیارلس", 13),
    ("څوارلس", 14), ("پنځلس", 15), ("شپاړس", 16), ("اوولس", 17), ("اتلس", 18), ("نولس", 19), ("شل شلو", 20),
    ("یوویشت", 21), ("درویشت", 23), ("څلورویشت", 24), ("پنځویشت", 25), ("ویشت", 20),
    ("دېرش دیرش", 30), ("څلوېښت", 40), ("پنځوس", 50), ("شپېته", 60), ("اویا", 70), ("اتیا", 80),
    ("سل سلو", 100), ("سوه", 100))
WORDS = " ".join(f"{f}:{v}" for ws, v in _NUMBERS for w in ws.split() for f in spellings(w))
AND = "او"  # دوه زره او پنځه سوه 2,500
# the rest after a scale word, with or without او: ۱۸۴ زره او ۶۰۰ and ۱۸۴ زره ۶۰۰ are both 184,600 (news writes
# either; a bare space joins only a rest of three digits, and numbers._joins only one smaller than the scale)
JOINER = re.compile(r"\s*(?:او\s+|(?=\d{3}(?![\d٫.,/])))")
