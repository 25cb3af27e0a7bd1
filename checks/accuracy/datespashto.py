"""Pashto dates, months and weekdays (a Pashto original is told by the letters only Pashto writes).

Afghan news dates by the solar calendar with the zodiac month names (``حمل`` ... ``حوت``, or the Pashto ones
``وری`` ... ``کب``), the same months as the Iranian calendar's (حمل is فروردین), so they are compared as
:mod:`.datespersian` compares those: as the Gregorian days they can fall on. Pakistani and much Afghan news
gives Gregorian months in their Pashto forms (``جنوري``, ``اپرېل``, ``ډسمبر``). The day comes before the month
(``۱۵ حوت``) or after it with ``په`` and the ordinal ``-مه`` (``د جنوري په ۱۶مه``), the year before it as
``د ۲۰۲۴ کال`` or after it. Every zodiac month is an ordinary word too (حمل "transport", اسد "lion", میزان
"level", جدی "serious", کب "fish"), as are می ("my"), مارچ ("a march") and جون: those are months only next to a
day, a year or ``میاشت`` ("month"). Weekdays take the oblique ``-ې`` (``د سه شنبې په ورځ``); ``اتوار`` is
Sunday; the جمعه of ``د جمعې لمونځ`` (Friday prayers) is no day. The Persian readers do not run on a Pashto
text: its ``دی`` ("is"), ``تیر`` ("past") and ``مه`` ("do not") would be read as Iranian months.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .datemention import DateMention, day_in, whole_words_re, year_in
from .datespersian import month_mention, solar_numeric, word_numbers
from .pashto import spellings

PASHTO_LETTERS = re.compile("[\u067c\u0689\u0693\u0696\u069a\u06ab\u06bc\u06cd\u06d0]")
SOLAR_MONTHS = ("حمل وری", "ثور غویی", "جوزا جوزه غبرګولی", "سرطان چنګاښ", "اسد زمری", "سنبله وږی", "میزان تله",
                "عقرب لړم", "قوس لیندۍ", "جدی مرغومی", "دلو سلواغه", "حوت کب")
_GREGORIAN = ("جنوري", "فبروري فیبروري فېبروري", "مارچ", "اپرېل اپریل", "می مۍ مئ", "جون", "جولای جولایي", "اګست اګسټ",
              "سپتمبر سپټمبر سېپتمبر", "اکتوبر اکټوبر", "نومبر نوامبر", "ډسمبر دسمبر دیسمبر")
_WEEKDAYS = ("دوشنبه دوشنبې ګل", "سه_شنبه سه_شنبې سې_شنبه سې_شنبې", "چهارشنبه چهارشنبې چارشنبه چارشنبې",
             "پنجشنبه پنجشنبې پنځشنبه پنځشنبې", "جمعه جمعې", "شنبه شنبې", "یکشنبه یکشنبې اتوار")
# months that are also words (and ګل "flower", Monday in some dialects, is left out above as too common)
_PLAIN_GREGORIAN = frozenset(f for w in "جنوري فبروري فیبروري فېبروري اپرېل اپریل جولای اګست اګسټ سپتمبر سپټمبر "
                             "سېپتمبر اکتوبر اکټوبر نومبر ډسمبر دیسمبر".split() for f in spellings(w))
_MONTH_WORD = r"(?:میاشت|میاشتې|میاشتی|میاشتو|میاشتي)"
_NOT_A_DAY_RE = re.compile(r"\s+(?:لمونځ|لمانځه|خطبه|خطبې|امام|خان|ګل|گل|الدین)(?!\w)")  # جمعه خان: a name
_DAY_BEFORE_RE = re.compile(r"(?<![\d/.,:])(\d{1,2})(?:مه|م|ه|ام)?\s+(?:د\s+)?$")
_DAY_AFTER_RE = re.compile(rf"(?:\s+{_MONTH_WORD})?\s+(?:په\s+)?(\d{{1,2}})(?:مه|م|ام)?(?![\d/.,:\w])")
_YEAR_BEFORE_RE = re.compile(r"(?<![\d/])(\d{4})\s+(?:(?:هجري\s+)?لمریز\s+|میلادي\s+)?کال\s+(?:د\s+)?$")
_YEAR_AFTER_RE = re.compile(r"(?:\s+کال)?[،,]?\s+(?:د\s+)?(\d{4})(?!\d)")
_MONTH_WORD_AFTER_RE = re.compile(rf"\s+{_MONTH_WORD}(?!\w)")
_TRANSPORT_RE = re.compile(r"\s*و\s*نقل")


@lru_cache(maxsize=16)
def is_pashto(t: str) -> bool:
    """Whether a text (the whole original) is Pashto: a letter only Pashto writes, as ``original_language`` says."""
    return PASHTO_LETTERS.search(t[:5000]) is not None


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[str, int]], re.Pattern]:
    table = {w: ("solar", n) for w, n in word_numbers(SOLAR_MONTHS, spellings, True).items()}
    table.update({w: ("month", n) for w, n in word_numbers(_GREGORIAN, spellings, True).items()})
    table.update({w: ("weekday", n) for w, n in word_numbers(_WEEKDAYS, spellings, True).items() if w not in spellings("ګل")})
    return table, whole_words_re(table, "\u200c")


def pashto_dates(t: str, start: int, end: int) -> list[DateMention]:
    """Pashto dates, months and weekdays in ``t[start:end]`` (digits already ASCII)."""
    if not re.search(r"[\u0600-\u06ff]", t[start:end]):
        return []
    table, word_re = _tables()
    out = solar_numeric(t, start, end)
    for m in word_re.finditer(t, start, end):
        kind, num = table[m.group()]
        a, b = m.span()
        if kind == "weekday":
            if not (num == 5 and _NOT_A_DAY_RE.match(t, b, end)):
                out.append(DateMention(a, b, weekday=num, word=(a, b)))
            continue
        day_m = _DAY_BEFORE_RE.search(t, max(start, a - 8), a)
        after = None if day_m else _DAY_AFTER_RE.match(t, b, end)
        if after and not ("په" in t[after.start() : after.start(1)] or after.end() > after.end(1) or m.group() in _PLAIN_GREGORIAN
                          or _YEAR_AFTER_RE.match(t, after.end(), end)):
            after = None  # د تورم میزان ۱۲ سلنه "the rate of inflation, 12 percent": a day only as په ۱۲ or ۱۲مه
        day_m = day_m or after
        day = day_in(day_m)
        year_b = _YEAR_BEFORE_RE.search(t, max(start, (day_m.start() if day_m and not after else a) - 24),
                                        day_m.start() if day_m and not after else a)
        year_a = None if year_b else _YEAR_AFTER_RE.match(t, after.end() if after and day else b, end)
        year = year_in(year_b or year_a)
        if kind == "solar" and num == 1 and _TRANSPORT_RE.match(t, b, end):
            continue  # حمل و نقل "transport"
        if day is None and year is None and m.group() not in _PLAIN_GREGORIAN \
                and not _MONTH_WORD_AFTER_RE.match(t, b, end):
            continue  # حمل و نقل "transport", اسد (a name), د مارچ لاریون: months only beside a day or year
        lo = min([a] + [x.start(1) for x in (day_m if day and not after else None, year_b if year else None) if x])
        hi = max([b] + [x.end() for x in (after if day else None, year_a if year else None) if x])
        out.append(month_mention(kind, num, (lo, hi), (a, b), day, year, day_m.span(1) if day else None))
    return out
