"""Hours and minutes in digits on the 24-hour clock: Polish ``o godz. 10.30``, Ukrainian and Russian ``о 9:00`` / ``в
9:00``, French ``à 10h30``, Spanish, Catalan and Italian ``a las 10.30`` / ``alle 10.30``, Portuguese ``às 10h30`` are the
morning, as the evening is written ``22.30`` / ``21:00`` / ``22h30``.

Why: a time written with its minutes was read as either half of the day (9:00 or 21:00), so a draft that moved
"o 10.30" to "10:30 p.m." agreed with it. News in these languages writes the evening on the 24-hour clock, so
such a time has one reading, unless a word for the part of the day follows it (``o 8.00 wieczorem``, ``о 7:30
вечора``): that speech-like form keeps both readings, as it did. A bare hour (``o 9``, ``о 9 годині``) is left
open: spoken forms count the hours from one to twelve.
"""

from __future__ import annotations

import re

LANGUAGES = frozenset({"pl", "uk", "ru", "fr", "es", "ca", "it", "pt"})

_HM_RE = re.compile(r"([01]?\d|2[0-3])(?:[:.：]|\s?h\s?)([0-5]\d)")  # 10.30, 9:00, French and Portuguese 10h30
# the part of the day after the time: Polish rano, wieczorem, w nocy, po południu; Ukrainian ранку, вечора, ночі;
# Russian утра, вечера, ночи, утром, вечером, ночью; French du soir, Spanish de la noche, Catalan de la nit,
# Italian di sera, Portuguese da noite (after "horas", "heures", "ore" or "h" too)
_DAY_PART_RE = re.compile(r"\s*(?:(?:godz\.|год\.|horas?|heures?|ore|hs?\b\.?)\s*)?(?:rano|ranem|wieczorem|wieczór|w\s+nocy|nocą|po\s+południu|"
                          r"przed\s+południem|z\s+rana|nad\s+ranem|ранку|зранку|вранці|вечора|увечері|ввечері|ночі|"
                          r"вночі|дня|пополудні|після\s+обіду|по\s+обіді|утра|утром|вечера|вечером|ночи|ночью|днём|днем|пополудни"
                          r"|после\s+обеда|du\s+(?:matin|soir)|de\s+l['’]après-midi|de\s+la\s+(?:nuit|mañana|tarde|noche"
                          r"|madrugada|tarda|nit|matinada)|del\s+(?:matí|mattino|pomeriggio)|di\s+(?:mattina|sera|notte"
                          r"|pomeriggio)|della\s+(?:mattina|sera|notte)|da\s+(?:manhã|tarde|noite|madrugada))(?!\w)",
                          re.IGNORECASE)

# the end of a range after the time: "y las 10.30", "et 22h", "а 9:00", "до 11:00", "e le 10.30", "- 10.30"
_RANGE_END_RE = re.compile(r"\s*(?:[-–]|y|e|et|i|a|à|al|alle|até|às|до|и|і|та)\s*(?:(?:las|les|le|las|as|às|la)\s+)?"
                           r"\d{1,2}(?:(?:[:.：]|\s?h\s?)[0-5]\d)?", re.IGNORECASE)


def one_reading(t: str, start: int, stop: int, end: int, minutes: frozenset[int]) -> frozenset[int]:
    """The one reading of the 24-hour clock when the time ``t[start:stop]`` gives hours and minutes in digits (after
    "a las", "alle": the Romance readers' spans begin there) with no word for the part of the day after them,
    else ``minutes`` as they were."""
    m = _HM_RE.search(t, start, stop)
    if len(minutes) < 2 or not m or _DAY_PART_RE.match(t, m.end(), end):
        return minutes
    if (r := _RANGE_END_RE.match(t, m.end(), end)) and _DAY_PART_RE.match(t, r.end(), end):
        return minutes  # entre las 8.30 y las 10.30 de la noche: the part of the day is the range's
    return frozenset({int(m.group(1)) * 60 + int(m.group(2))})
