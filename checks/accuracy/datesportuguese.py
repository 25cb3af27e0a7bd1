"""Portuguese weekdays as news writes them: ``segunda-feira`` and the short ``segunda`` ... ``sexta``, and
``sábado`` / ``domingo``, with the Brazilian day of the month in brackets (``nesta terça (12)``).

The short forms are ordinals too (``pela segunda vez``, ``a quinta posição``, ``a terça parte``), and
``Domingo`` is a name (Santo Domingo, Plácido Domingo); so a short form counts only after a preposition
that introduces a day (``na``, ``nesta``, ``até a``) and before a bracketed day, punctuation or a word that
cannot be its noun, and ``sábado`` / ``domingo`` in lower case (weekdays are not capitalised) or before a
bracketed day. The bracketed day is read as a day without its month (like Chinese ``15日``).
"""

from __future__ import annotations

import re

from .datemention import DateMention

_NUM = {"segunda": 1, "terça": 2, "quarta": 3, "quinta": 4, "sexta": 5, "sábado": 6, "domingo": 7}
_FEIRA = r"(?:segunda|terça|quarta|quinta|sexta)[- ]feira"
_SHORT = r"(?:segunda|terça|quarta|quinta|sexta)"
# what introduces a weekday: na segunda, nesta terça, até a quinta, no sábado, neste domingo, no próximo domingo
_BEFORE = (r"(?:na|nesta|desta|numa|esta|essa|nessa|dessa|da|à|até|pela|toda|cada|no|neste|deste|num|este|esse|"
           r"nesse|desse|do|ao|pelo|todo)\s+(?:(?:próxim[oa]|últim[oa]|passad[oa])\s+)?")
# after a short form: a bracketed day, punctuation, or a word that is no noun it could be the ordinal of
_AFTER = (r"(?=\s*(?:\(\d|[,.;:!?)—–]|$)|\s+(?:e|ou|à|às|pela|de\s+manhã|à\s+tarde|à\s+noite|em|no|na|o|a|os|as|"
          r"que|para|com|ao|passada|passado|anterior|seguinte|depois|após|antes|foi|será|era|disse|afirmou|"
          r"anunciou|morreu|houve|haverá)\b)")
_WEEKDAY_RE = re.compile(
    rf"(?<![\w-])(?:(?P<feira>{_FEIRA})|(?<=\s)(?P<short>{_SHORT}){_AFTER}|(?P<end>sábado|domingo)(?![\w-]))",
    re.IGNORECASE)
_BEFORE_RE = re.compile(_BEFORE + r"$", re.IGNORECASE)
_DAY_RE = re.compile(r"\s*\((\d{1,2})\)")
_HINT_RE = re.compile(r"feira|segunda|terça|quarta|quinta|sexta|sábado|domingo", re.IGNORECASE)


def portuguese_weekdays(t: str, start: int, end: int) -> list[DateMention]:
    """Weekdays in ``t[start:end]`` (digits already ASCII), and the day in brackets after one."""
    if not _HINT_RE.search(t, start, end):
        return []
    out = []
    for m in _WEEKDAY_RE.finditer(t, start, end):
        word = m.group("feira") or m.group("short") or m.group("end")
        a = m.start("feira") if m.group("feira") else m.start("short") if m.group("short") else m.start("end")
        b = a + len(word)
        day = _DAY_RE.match(t, b, end)
        day_ok = day is not None and 1 <= int(day.group(1)) <= 31
        if not m.group("feira") and not day_ok:
            if not (word.islower() if m.group("end") else _BEFORE_RE.search(t[max(start, a - 24) : a])):
                continue
        out.append(DateMention(a, b, weekday=_NUM[word.lower().split("-")[0].split(" ")[0]], word=(a, b)))
        if day_ok:
            out.append(DateMention(day.start(1), day.end(1), day=int(day.group(1)), day_span=day.span(1)))
    return out


# also the day before the weekday, as MT keeps the Sinhala ``ඊයේ (13) බදාදා``: "yesterday (13) Wednesday"
_EN_BRACKETED_RE = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*\((\d{1,2})\)"
                              r"|\((\d{1,2})\)\s*(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def english_bracketed_days(t: str, start: int, end: int) -> list[DateMention]:
    """The Brazilian day in brackets as MT keeps it after the English weekday ("this Monday (9)"): a day of the
    month, like ``segunda-feira (9)``, not a count that the original's ``87 anos`` would be paired with."""
    out = []
    for m in _EN_BRACKETED_RE.finditer(t, start, end):
        g = 1 if m.group(1) else 2
        if 1 <= int(m.group(g)) <= 31:
            out.append(DateMention(m.start(g), m.end(g), day=int(m.group(g)), day_span=m.span(g)))
    return out
