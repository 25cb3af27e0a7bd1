"""Figures below zero written with a word, not a sign: ``منفی ۱۲``, ``минус 12``, ``eksi 12``, ``영하 12도``, ``零下12度``,
"minus 12", "12 degrees below zero" are -12, as ``-12 °C`` is (:mod:`.numbers` reads the sign of digits).

Without this a draft's "12 degrees" for the original's ``منفی ۱۲ درجه`` (a night at -12 °C turned into a mild one)
matched, and a faithful "minus 12 degrees" for ``-12 Grad`` did not. The French, Spanish, Italian and Portuguese
words (moins, menos, meno) also mean "less" (au moins 12, más o menos 12), so they count only before a
temperature and not after "au", "o", "ou"...; percentages and money keep their value ("minus 12 Prozent" is
often "down 12%", a change, not a level).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .quantity import Quantity

# Words before a figure that make it negative; the CJK and Hangul ones ("below zero") glue on or take a space.
_ALWAYS = ("minus", "miinus", "минус", "мінус", "منفی", "منهای", "ناقص", "eksi", "mínusz", "μείον", "מינוס", "sıfırın altında")
_GLUED = ("영하", "零下", "氷点下", "마이너스", "マイナス")  # written on a letter of their script, no boundary before
_TEMPERATURE_ONLY = ("moins", "menos", "meno", "âm")
_BEFORE_RE = re.compile(
    r"(?:(?<![\w-])(?P<not>(?:au|du|al|lo|pelo|ao|o|ou|a|e|y|più|plus|más|mais)\s+)?(?P<word>"
    + "|".join(sorted(map(re.escape, _ALWAYS + _TEMPERATURE_ONLY), key=len, reverse=True))
    + r")|(?P<glued>" + "|".join(_GLUED) + r"))[ \u00a0]?$", re.IGNORECASE)
_DEGREES = (r"(?:°\s?[CF]?|degrees?(?:\s(?:Celsius|centigrade|Fahrenheit))?|Grad|degrés|grados|gradi|graus|"
            r"градус\w*|derece|درجه(?:[ \u200c]?سانتی[ \u200c]?گراد)?|درجة(?: مئوية)?|도|度|stopni\w*|stupň\w*|fok|"
            r"graden|grader|βαθμ\w*|độ|מעלות|℃|astetta|asteen|kraadi)")
_DEGREES_RE = re.compile(r"[ \u00a0]?" + _DEGREES, re.IGNORECASE)
# "12 degrees below zero", "12 Grad unter null", 12 astetta pakkasta, 12 kraadi külma, ۱۲ درجه زیر صفر, "12 درجة تحت الصفر"
_BELOW_ZERO_RE = re.compile(
    r"(?:[ \u00a0]?" + _DEGREES + r")?\s+(?:below zero|unter null|sous zéro|en dessous de zéro|bajo cero|"
    r"sotto zero|abaixo de zero|ниже нуля|poniżej zera|pod nulou|nulla fok alatt|zero graden|under noll|"
    r"زیر صفر|تحت الصفر|מתחת לאפס|pakkasta|pakkasessa|külma)(?![\w])", re.IGNORECASE)


def signed(t: str, qs: list[Quantity]) -> list[Quantity]:
    """``qs`` with the figures a word puts below zero made negative (and their span taking the word in)."""
    out = []
    for q in qs:
        if q.kind not in ("number", "unit") or q.value <= 0:
            out.append(q)
            continue
        m = _BEFORE_RE.search(t, max(0, q.num_start - 24), q.num_start)
        if m and m.group("word") and (m.group("not") or (m.group("word").lower() in _TEMPERATURE_ONLY
                                                         and not _DEGREES_RE.match(t, q.num_end))):
            m = None
        below = _BELOW_ZERO_RE.match(t, q.end if q.end > q.num_end else q.num_end)
        if m is None and below is None:
            out.append(q)
            continue
        start = min(q.start, m.start("word") if m.group("word") else m.start("glued")) if m else q.start
        end = max(q.end, below.end()) if below else q.end
        out.append(replace(q, start=start, end=end, values=tuple(-v for v in q.values)))
    return out
