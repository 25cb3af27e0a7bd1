"""Dutch clock times: ``om 14.30 uur``, ``van 9.00 tot 17.00 uur``, ``om 9 uur``, ``om half acht`` (7:30),
``kwart over acht`` (8:15), ``kwart voor negen`` (8:45).

``uur`` is "hour" as well as "o'clock" (``binnen 48 uur`` "within 48 hours", ``twaalf uur lang``), so a bare
hour is a time only after a word that introduces one (om, rond, omstreeks, vanaf, tegen); a dotted ``H.MM`` is
one before ``uur`` or after such a word (tot and van included: Dutch writes no decimal with a dot).

Hours and minutes before ``uur`` are written on the 24-hour clock (``om 10.00 uur`` is the morning, the evening
is ``22.00 uur``), so they have one reading, unless a part of the day says otherwise (``8.30 uur 's avonds``,
``vanavond om 8.30 uur``). A bare hour (``om 8 uur``) stays open: Dutch says it of the evening too.
"""

from __future__ import annotations

import re

from .clockwords import half_or_quarter

_HOUR = r"(?:[01]?\d|2[0-3])"
_AT = r"(?:om|rond|omstreeks|vanaf|tegen|ca\.|circa)"
_HOURS = {w: i for i, w in enumerate("een twee drie vier vijf zes zeven acht negen tien elf twaalf".split(), 1)}
_HOURS["één"] = 1
_WORD_HOUR = rf"(\d{{1,2}}|{'|'.join(_HOURS)})"
_DOTTED_RE = re.compile(rf"(?<![\w.,])(?:(?:{_AT}|van|tot|tussen|en|na|voor|sinds)\s+)?({_HOUR})\.([0-5]\d)(?!\d|[.,]\d)"
                        rf"(?P<uur>\s?uur\b)?", re.IGNORECASE)
_CUED_RE = re.compile(rf"(?<![\w.,])(?:{_AT}|van|tot|tussen|en|na|voor|sinds)\s+{_HOUR}\.[0-5]\d", re.IGNORECASE)
_HOUR_RE = re.compile(rf"(?<![\w.,]){_AT}\s+{_WORD_HOUR}\s?uur\b", re.IGNORECASE)
# half acht is half an hour before eight; kwart over / voor acht a quarter past / to eight
_HALF_RE = re.compile(rf"(?<![\w])(?:(half)|(kwart)\s+(over|voor))\s+{_WORD_HOUR}(?!\w|[.,]\d)", re.IGNORECASE)
_HALF_CUE_RE = re.compile(rf"(?<![\w]){_AT}\s+$", re.IGNORECASE)
_PART_AFTER_RE = re.compile(r"\s+['’]s\s+(ochtends|morgens|middags|avonds|nachts)\b", re.IGNORECASE)
_EVENING_BEFORE_RE = re.compile(r"(?:middag|avond|nacht)\w*\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _hour(word: str) -> int | None:
    h = int(word) if word.isdigit() else _HOURS.get(word.lower())
    return h if h is not None and 1 <= h <= 24 else None


def dutch_times(t: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(start, end, hour, minute) of each clock time in ``t[start:end]``."""
    out = []
    for m in _DOTTED_RE.finditer(t, start, end):
        if m.group("uur") or _CUED_RE.match(t, m.start(), end):
            h = int(m.group(1))
            part = _part_of_day(t, m, start, end, h) if m.group("uur") else None
            out.append((m.start(1), m.end(), h, int(m.group(2)), part))
    for m in _HOUR_RE.finditer(t, start, end):
        h = _hour(m.group(1))
        if h is not None and h <= 23:
            out.append((m.start(1), m.end(), h, 0))
    for m in _HALF_RE.finditer(t, start, end):
        h = _hour(m.group(4))
        if h is None or h > 12 or not _HALF_CUE_RE.search(t, max(start, m.start() - 12), m.start()):
            continue  # "half acht" is a time after om, rond, vanaf ("een half uur" is not)
        h, minute = half_or_quarter(h, bool(m.group(1)), (m.group(3) or "").lower() == "over")
        out.append((m.start(), m.end(), h, minute))
    return out


def _part_of_day(t: str, m: re.Match, start: int, end: int, h: int) -> str | None:
    """"a" or "p" for ``H.MM uur`` (the 24-hour clock: 10.00 uur is the morning), or None, both readings, when a
    word for the afternoon, evening or night before it leaves an hour under 12 open (vanavond om 8.30 uur)."""
    after = _PART_AFTER_RE.match(t, m.end(), end)
    if after:
        word = after.group(1).lower()
        return "a" if word in ("ochtends", "morgens") or (word == "nachts" and h < 8) else "p"
    if h > 12 or _EVENING_BEFORE_RE.search(t, max(start, m.start() - 30), m.start()):
        return None
    return "p" if h == 12 else "a"
