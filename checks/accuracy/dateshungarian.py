"""Hungarian months and weekdays in the forms news uses, and Hungarian dates, for :mod:`.dates`.

Hungarian writes the year first, with a full stop, and the day last (``2024. március 15.``, ``2024.
március 15-én`` "on 15 March 2024", ``március 15-i`` "of 15 March"); months and weekdays take case endings
(``márciusban`` "in March", ``kedden`` "on Tuesday", ``szerdán``, ``péntekig`` "until Friday", ``keddi``
"Tuesday's", ``szeptemberében`` "in its September"); numeric dates run year, month, day
(``2024. 09. 17.``, ``2024.09.17.``).
"""

from __future__ import annotations

import re

from .datemention import DateMention, year_in

_MONTHS = "január február március április május június július augusztus szeptember október november december"
_WEEKDAYS = "hétfő kedd szerda csütörtök péntek szombat vasárnap"
_BACK = "ban tól ra i ig t ja jában jáig jától"  # január: januárban, januártól, januári, januárja
_FRONT = "ben től re i ig t e ében éig étől"  # szeptember: szeptemberben, szeptembere, szeptemberében
# month forms: the possessive of a back-vowel month ending in -s is -a (márciusa, márciusában), in -r -ja
_POSSESSIVE_S = {"ja": "a", "jában": "ában", "jáig": "áig", "jától": "ától"}
# weekday endings: superessive (kedden "on Tuesday"), until, from, onto, adjective, every (keddenként)
_DAY_ENDINGS = {
    "hétfő": "n ig től re i nként", "kedd": "en ig től re i enként", "szerda": "án áig ától ára ai ánként",
    "csütörtök": "ön ig től re i önként", "péntek": "en ig től re i enként", "szombat": "on ig tól ra i onként",
    "vasárnap": "ig tól ra i onként",
}


def _month_forms(month: str) -> list[str]:
    front = month in ("szeptember", "október", "november", "december")
    out = [month]
    for end in (_FRONT if front else _BACK).split():
        if not front and month.endswith("s"):
            end = _POSSESSIVE_S.get(end, end)
        out.append(month + end)
    return out


def tables() -> tuple[dict[str, str], dict[str, str]]:
    """Extra month and weekday tables (positional, "_" for none) under keys starting with "hu"."""
    months = [_month_forms(m) for m in _MONTHS.split()]
    days = [[d] + [d.rstrip("a") + e for e in _DAY_ENDINGS[d].split()] for d in _WEEKDAYS.split()]  # szerd-án
    month_tables = {f"hu{i}": " ".join(forms[i] for forms in months) for i in range(len(months[0]))}
    width = max(map(len, days))
    day_tables = {f"hu{i}": " ".join(forms[i] if i < len(forms) else "_" for forms in days) for i in range(width)}
    month_tables["abbr_hu"] = "jan febr márc ápr máj jún júl aug szept okt nov dec"
    return month_tables, day_tables


_YEAR_BEFORE_RE = re.compile(r"(?<![\d.,])(\d{4})\.?\s*$")  # 2024. március, 2024 márciusában


def year_before(t: str, a: int, lo: int) -> int | None:
    """The year written before a Hungarian month (``2024. március``)."""
    m = _YEAR_BEFORE_RE.search(t, max(lo, a - 8), a)
    return year_in(m)


_NUMERIC_RE = re.compile(r"(?<![\d.,])(\d{4})\. ?(\d{1,2})\. ?(\d{1,2})\.?(?![\d,])")


def hungarian_numeric_dates(t: str, start: int, end: int) -> list[DateMention]:
    """``2024. 09. 17.`` and ``2024.09.17.``: year, month, day."""
    out = []
    for m in _NUMERIC_RE.finditer(t, start, end):
        y, mo, d = (int(g) for g in m.groups())
        if 1000 <= y <= 2200 and 1 <= mo <= 12 and 1 <= d <= 31:
            out.append(DateMention(m.start(), m.end(), month=mo, day=d, year=y))
    return out
