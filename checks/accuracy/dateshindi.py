"""Hindi months and weekdays (``14 अगस्त``, ``अगस्त 2024``, ``मंगलवार को``), and Nepali weekdays (``आइतबार``).

Devanagari words need their own reader: ``\\w`` stops at vowel signs (``जनवरी`` would be read ``जनवर``). Months
come in the spellings news uses (फ़रवरी / फरवरी, सितंबर / सितम्बर, अक्टूबर / अक्तूबर) and every nukta
spelling; मार्च is also "a march" (कैंडल मार्च), so it counts only next to a day or a year.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .datemention import DateMention, day_month_year_dates, month_weekday_table, whole_words_re
from .devanagari import LETTERS, nukta_forms

_MONTHS = (
    "जनवरी", "फ़रवरी फरवरी", "मार्च", "अप्रैल अप्रेल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर सितम्बर",
    "अक्टूबर अक्तूबर", "नवंबर नवम्बर", "दिसंबर दिसम्बर",
)
_WEEKDAYS = ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार बृहस्पतिवार वीरवार", "शुक्रवार", "शनिवार", "रविवार इतवार")
# Nepali weekdays end in -बार, not -वार (आइतबार "Sunday", बिहीबार "Thursday"), and take their postposition
# glued on (आइतबारको "Sunday's", सोमबारदेखि "from Monday")
_NE_WEEKDAYS = ("सोमबार", "मंगलबार मङ्गलबार", "बुधबार", "बिहीबार बिहिबार", "शुक्रबार", "शनिबार", "आइतबार")
_NE_ENDINGS = ("", "को", "का", "देखि", "सम्म", "बाट", "मा", "भित्र")
_WEEKDAYS = tuple(f"{h} " + " ".join(w + e for w in n.split() for e in _NE_ENDINGS) for h, n in zip(_WEEKDAYS, _NE_WEEKDAYS))
_NEEDS_FIGURE = frozenset(["मार्च"])


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, int]]:
    return month_weekday_table(_MONTHS, _WEEKDAYS, nukta_forms)


@lru_cache(maxsize=1)
def _word_re() -> re.Pattern:
    return whole_words_re(_table(), LETTERS)


def hindi_dates(t: str, start: int, end: int) -> list[DateMention]:
    """Hindi dates, months and weekdays in ``t[start:end]`` (digits already ASCII)."""
    return day_month_year_dates(t, start, end, _table(), _word_re(), LETTERS, _NEEDS_FIGURE)
