"""Hours and minutes in digits on the 24-hour clock: Polish ``o godz. 10.30``, Ukrainian and Russian ``о 9:00`` / ``в
9:00``, French ``à 10h30``, Spanish, Catalan and Italian ``a las 10.30`` / ``alle 10.30``, Portuguese ``às 10h30`` are the
morning, as the evening is written ``22.30`` / ``21:00`` / ``22h30``; so in the news of the other languages of
continental Europe (Czech ``v 10.30``, Swedish ``klockan 10.30``, Romanian ``la ora 10.30``, Greek ``στις 10:30``,
Turkish ``saat 10.30``), and Indonesian (``pukul 10.30 WIB``) and Vietnamese (``10h30``).

Why: a time written with its minutes was read as either half of the day (9:00 or 21:00), so a draft that moved
"o 10.30" to "10:30 p.m." agreed with it. News in these languages writes the evening on the 24-hour clock, so
such a time has one reading, unless a word for the part of the day stands near it (``o 8.00 wieczorem``, ``о 7:30
вечора``, Turkish ``akşam saat 7.30'da``): that speech-like form keeps both readings, as it did. A bare hour (``o 9``, ``о 9 годині``) is left
open: spoken forms count the hours from one to twelve.
"""

from __future__ import annotations

import re

LANGUAGES = frozenset({"pl", "uk", "ru", "fr", "es", "ca", "it", "pt", "cs", "sk", "sl", "hr", "sr", "bs", "bg", "mk", "el",
                       "sv", "da", "no", "fi", "et", "lt", "lv", "hu", "ro", "tr", "id", "ms", "vi"})

_HM_RE = re.compile(r"([01]?\d|2[0-3])(?:[:.：]|\s?h\s?)([0-5]\d)")  # 10.30, 9:00, French and Portuguese 10h30
# a word for the part of the day, before the time or after it (or after the end of its range): Polish rano,
# wieczorem; Ukrainian ранку, вечора; Russian утра, вечером; French du soir; Spanish de la noche; Catalan de la nit;
# Italian di sera; Portuguese da noite; Czech and Slovak večer, ráno; South Slavic uveče, navečer, ujutro, вечерта;
# Greek μ.μ., το βράδυ; Swedish på kvällen; Danish om aftenen; Finnish illalla; Estonian õhtul; Lithuanian vakaro;
# Latvian vakarā; Hungarian este; Romanian seara; Turkish akşam; Indonesian malam; Vietnamese tối
_DAY_WORD_RE = re.compile(
    r"(?<!\w)(?:rano|ranem|wieczorem|wieczór|w\s+nocy|nocą|po\s+południu|przed\s+południem|z\s+rana|nad\s+ranem"
    r"|ранку|зранку|вранці|вечора|увечері|ввечері|ночі|вночі|дня|пополудні|після\s+обіду|по\s+обіді|утра|утром"
    r"|вечера|вечером|ночи|ночью|днём|днем|пополудни|после\s+обеда|du\s+(?:matin|soir)|de\s+l['’]après-midi"
    r"|de\s+la\s+(?:nuit|mañana|tarde|noche|madrugada|tarda|nit|matinada)|del\s+(?:matí|mattino|pomeriggio)"
    r"|di\s+(?:mattina|sera|notte|pomeriggio)|della\s+(?:mattina|sera|notte)|da\s+(?:manhã|tarde|noite|madrugada)"
    r"|ráno|ráne|dopoledne|odpoledne|popoludní|doobeda|večer|večera|v\s+noci|ujutro|ujutru|uveče|uvečer|navečer|popodne"
    r"|noću|zjutraj|zvečer|popoldne|ponoči|ујутро|ујутру|увече|поподне|ноћу|сутринта|вечерта|следобед|през\s+нощта"
    r"|наутро|навечер|π\.?\s?μ\.?|μ\.?\s?μ\.?|το\s+(?:πρωί|απόγευμα|βράδυ|μεσημέρι)|τα\s+ξημερώματα"
    r"|på\s+(?:morgonen|förmiddagen|eftermiddagen|kvällen|natten)|om\s+(?:morgenen|formiddagen|eftermiddagen"
    r"|ettermiddagen|aftenen|kvelden|natten)|aamulla|aamupäivällä|iltapäivällä|illalla|yöllä|hommikul|pärastlõunal"
    r"|õhtul|öösel|ryto|vakaro|nakties|popiet|no\s+rīta|vakarā|pēcpusdienā|naktī|reggel|délelőtt|délután"
    r"|éjjel|hajnal\w*|dimineața|dimineaţa|seara|după-amiaza|după-amiază|noaptea|sabah|öğleden\s+sonra|akşam|gece"
    r"|pagi|siang|sore|malam|sáng|trưa|chiều|tối|đêm)(?!\w)", re.IGNORECASE)
_HU_EVENING_RE = re.compile(r"(?<!\w)este(?!\w)", re.IGNORECASE)  # Hungarian "evening", Spanish and Portuguese "this"
_AM_PM_RE = re.compile(r"\s*(?:[ap]\.\s?m\.?|[ap]m)(?!\w)", re.IGNORECASE)
NEAR = 25  # characters on either side of a time within which a word for the part of the day counts

# the end of a range after the time: "y las 10.30", "et 22h", "а 9:00", "до 11:00", "e le 10.30", "- 10.30"
_RANGE_END_RE = re.compile(r"\s*(?:[-–]|y|e|et|i|a|à|al|alle|até|às|до|и|і|та|és|ve|và|sampai|hingga)\s*"
                           r"(?:(?:las|les|le|as|às|la|az)\s+)?\d{1,2}(?:(?:[:.：]|\s?h\s?)[0-5]\d)?", re.IGNORECASE)


def one_reading(t: str, start: int, stop: int, end: int, minutes: frozenset[int], lang: str) -> frozenset[int]:
    """The one reading of the 24-hour clock when the time ``t[start:stop]`` gives hours and minutes in digits (after
    "a las", "alle": the Romance readers' spans begin there) with no word for the part of the day near them,
    else ``minutes`` as they were."""
    m = _HM_RE.search(t, start, stop)
    if len(minutes) < 2 or not m:
        return minutes
    if _AM_PM_RE.match(t, m.end(), end):
        return minutes  # Latin American Spanish writes the 12-hour clock: a las 8:30 p. m.
    after = r.end() if (r := _RANGE_END_RE.match(t, m.end(), end)) else m.end()
    lo, hi = max(0, start - NEAR), min(end, after + NEAR)
    if _DAY_WORD_RE.search(t, lo, hi) or lang == "hu" and _HU_EVENING_RE.search(t, lo, hi):
        return minutes  # akşam saat 7.30'da, 7h15 da manhã, entre las 8.30 y las 10.30 de la noche
    return frozenset({int(m.group(1)) * 60 + int(m.group(2))})
