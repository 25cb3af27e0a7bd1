"""Swedish (and Danish and Norwegian) clock times: ``kl. 14.30``, ``klockan 9``, ``kl. 9–17``, ``vid 14-tiden``
("around 2 pm"), ``klockan halv åtta`` (7:30), ``kvart över åtta`` (8:15), ``kvart i nio`` (8:45); Danish and
Norwegian ``klokken 14.30``, ``kl. 9``.

A bare hour or a dotted ``H.MM`` is a time only after kl./klockan/klokken (``9.30`` alone may be a figure), or
before ``-tiden`` ("about ... o'clock"); the second time of a range follows a dash.
"""

from __future__ import annotations

import re

from .clockwords import half_or_quarter

_HOUR = r"(?:[01]?\d|2[0-3])"
_AT = r"(?:kl\.?|klockan|klokken|klokka)"
_HOURS = {w: i for i, w in enumerate("ett två tre fyra fem sex sju åtta nio tio elva tolv".split(), 1)}
_WORD_HOUR = rf"(\d{{1,2}}|{'|'.join(_HOURS)})"
_TIME = rf"({_HOUR})(?:[.:]([0-5]\d))?(?!\d|[.,]\d)"
_CUED_RE = re.compile(rf"(?<![\w.]){_AT}\s*{_TIME}", re.IGNORECASE)
_RANGE_RE = re.compile(rf"\s*[-–—]\s*{_TIME}")
_WORD_RE = re.compile(rf"(?<![\w.]){_AT}\s+({'|'.join(_HOURS)})(?![\w])", re.IGNORECASE)
_TIDEN_RE = re.compile(rf"(?<![\w.,]){_TIME}-tiden\b", re.IGNORECASE)
# halv åtta is half an hour before eight; kvart över / i åtta a quarter past / to eight
_HALF_RE = re.compile(rf"(?<![\w.]){_AT}\s+(?:(halv)|(kvart)\s+(över|i))\s+{_WORD_HOUR}(?![\w]|[.,]\d)", re.IGNORECASE)


def _hour(word: str) -> int | None:
    h = int(word) if word.isdigit() else _HOURS.get(word.lower())
    return h if h is not None and 1 <= h <= 12 else None


def cued_times(cued: re.Pattern, ranged: re.Pattern, t: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(start, end, hour, minute) of each time after a cue word (groups 1 and 2 the hour and minute), and of the
    second time of a range right after it; the Finnish reader shares it."""
    out = []
    for m in cued.finditer(t, start, end):
        out.append((m.start(1), m.end(), int(m.group(1)), int(m.group(2) or 0)))
        r = ranged.match(t, m.end(), end)
        if r:
            out.append((r.start(1), r.end(), int(r.group(1)), int(r.group(2) or 0)))
    return out


def swedish_times(t: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(start, end, hour, minute) of each clock time in ``t[start:end]``."""
    out = cued_times(_CUED_RE, _RANGE_RE, t, start, end)
    for m in _WORD_RE.finditer(t, start, end):
        out.append((m.start(1), m.end(), _HOURS[m.group(1).lower()], 0))
    for m in _TIDEN_RE.finditer(t, start, end):
        out.append((m.start(), m.end(), int(m.group(1)), int(m.group(2) or 0)))
    for m in _HALF_RE.finditer(t, start, end):
        h = _hour(m.group(4))
        if h is None:
            continue
        h, minute = half_or_quarter(h, bool(m.group(1)), (m.group(3) or "").lower() == "över")
        out.append((m.start(1) if m.group(1) else m.start(2), m.end(), h, minute))
    return out
