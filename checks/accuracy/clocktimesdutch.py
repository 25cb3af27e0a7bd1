"""Dutch clock times: ``om 14.30 uur``, ``van 9.00 tot 17.00 uur``, ``om 9 uur``, ``om half acht`` (7:30),
``kwart over acht`` (8:15), ``kwart voor negen`` (8:45).

``uur`` is "hour" as well as "o'clock" (``binnen 48 uur`` "within 48 hours", ``twaalf uur lang``), so a bare
hour is a time only after a word that introduces one (om, rond, omstreeks, vanaf, tegen); a dotted ``H.MM`` is
one before ``uur`` or after such a word (tot and van included: Dutch writes no decimal with a dot).
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


def _hour(word: str) -> int | None:
    h = int(word) if word.isdigit() else _HOURS.get(word.lower())
    return h if h is not None and 1 <= h <= 24 else None


def dutch_times(t: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(start, end, hour, minute) of each clock time in ``t[start:end]``."""
    out = []
    for m in _DOTTED_RE.finditer(t, start, end):
        if m.group("uur") or _CUED_RE.match(t, m.start(), end):
            out.append((m.start(1), m.end(), int(m.group(1)), int(m.group(2))))
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
