"""A term of years and months (a prison sentence, a contract) read as the years an English translation gives.

Why: "9 годам и 6 месяцам" is "nine and a half years" in a newsroom's English; read figure by figure the
9 looked changed to 9.5 (A003) in a faithful translation. The years figure gets the further reading
years + months / 12, which :func:`.samefigure.same_figure` accepts like its own value, only where its own
words say so: a year word after it, "and" (in the language) or nothing, then 1-11 and a month word.
Chinese and Japanese terms (七年六个月) are read in :mod:`.cjkreadings`.

An age counted as the year of life being lived (на 89-м году жизни, w 89. roku życia, életének 87. évében,
87. életévében, im 87. Lebensjahr) is one less in English ("died at 88"): that figure gets the further reading N - 1.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .dutchton import money_tons
from .subunits import with_subunits

from .quantity import Quantity

_YEARS = (r"(?:год(?:а|ам|ами|у)?|лет|рік|роки|років|рокам|рокiв|ans?|années?|jahre?n?|años?|anni|anno|anos?|lat|lata"
          r"|roku|rok|let|yıl|tahun|năm|jaar|år|vuotta|aastat?|ani|éve?|év|χρόνια|χρόνων|שנים|سنوات|سنة|سال"
          r"|वर्ष|साल|ปี|godin[aeiu]?|години|година|anys|any)")  # hr sr: godine, bg: години, ca: anys
_AND = r"(?:\s*,)?\s*(?:и|і|й|та|and|et|und|y|e|i|ve|a|og|och|en|ja|és|și|và|dan|και|ו|و|और|และ)?\s*"
_MONTHS = (r"(?:месяц\w*|місяц\w*|mois|monat\w*|mes|meses|mesi|mese|miesi\w*|měsíc\w*|ay|bulan|tháng|maand\w*|månad\w*"
           r"|måneder|kuukau\w*|kuud\w*|luni|hónap\w*|μήν\w*|חודשים|أشهر|شهور|ماه|महीने|महीना|मास|เดือน"
           r"|mjesec\w*|mesec\w*|месеца|месец\w*|mesos)")
_YEARS_THEN = re.compile(rf"\s*{_YEARS}(?!\w){_AND}$", re.IGNORECASE)
_MONTHS_AFTER = re.compile(rf"\s*{_MONTHS}(?!\w)", re.IGNORECASE)
_YEAR_OF_LIFE = re.compile(r"(?:-?[а-я]{1,3})?\s+году\s+жизни|\.?\s+roku\s+życia|(?:-?[а-яіє]{1,3})?\s+році\s+життя"
                           r"|\.\s+életévé\w*|\.\s+Lebensjahr", re.IGNORECASE)
_LIFE_BEFORE = re.compile(r"élet(?:e|ének)\s+$", re.IGNORECASE)  # Hungarian "életének 87. évében": "his 87th year"
_YEAR_AFTER = re.compile(r"\.\s+évében", re.IGNORECASE)


def with_term_readings(text: str, qs: list[Quantity]) -> list[Quantity]:
    """``qs`` with each years figure of a years-and-months term given its reading in years (9 years and 6
    months: 9.5)."""
    out = list(qs)
    for i in range(len(qs) - 1):
        q, months = qs[i], qs[i + 1]
        if (q.kind == "number" and q.scale == 1 and months.kind == "number" and 1 <= months.value <= 11
                and months.start - q.end <= 24 and _YEARS_THEN.match(text[q.end : months.start])
                and _MONTHS_AFTER.match(text, months.end)):
            years = q.value + months.value / 12
            if years not in q.values:
                out[i] = replace(q, values=q.values + (round(years, 4),))
    for i, q in enumerate(out):  # на 89-м году жизни: "at 88"
        of_life = _YEAR_OF_LIFE.match(text, q.num_end) or (
            _YEAR_AFTER.match(text, q.num_end) and _LIFE_BEFORE.search(text, max(0, q.start - 12), q.start))
        if q.scale == 1 and q.values and of_life and q.values[0] - 1 not in q.values:
            out[i] = replace(q, values=q.values + (q.values[0] - 1,))
    return money_tons(text, with_subunits(text, out))  # Dutch "anderhalve ton aan spaargeld": EUR 150,000
