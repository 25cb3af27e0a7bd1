"""Hungarian clock times: ``14.30-kor`` "at 2.30 pm", ``14 órakor`` "at 2 pm", ``8-kor``, ``8 órától 16 óráig``,
``8 óra 30 perckor``, ``fél 8-kor`` (7:30), ``negyed 9-kor`` (8:15), ``háromnegyed 9-kor`` (8:45).

``óra`` is "hour" as well as "o'clock" (``48 óra alatt`` "within 48 hours"), so a bare hour is a time only with
the ending that says "at", "from" or "until" (órakor, órától, óráig, -kor); a dotted ``H.MM`` is one with such an
ending glued to it (``14.30-kor``, ``9.00-tól 17.00-ig``) or before óra (Hungarian writes no decimal with a dot).
"""

from __future__ import annotations

import re

_HOUR = r"(?:[01]?\d|2[0-3])"
_DOTTED_RE = re.compile(rf"(?<![\w.,])({_HOUR})\.([0-5]\d)(?=-(?:kor|tól|től|ig|ra|re|ás|es)\b|\s?óra)", re.IGNORECASE)
_HOUR_RE = re.compile(rf"(?<![\w.,:])({_HOUR})(?:-kor\b|\s?(?:órakor|órától|óráig|órára)\b|\s?óra\s([0-5]?\d)\sperc)",
                      re.IGNORECASE)
# fél 8 is half an hour before eight (7:30); negyed 9 a quarter of the way to nine (8:15), háromnegyed 9 three
# quarters (8:45)
_HALF_RE = re.compile(rf"(?<![\w])(fél|negyed|háromnegyed)\s+({_HOUR})(?=-(?:kor|ig|tól|től|ra|re)\b|\s?óra)",
                      re.IGNORECASE)


def hungarian_times(t: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(start, end, hour, minute) of each clock time in ``t[start:end]``."""
    out = []
    for m in _DOTTED_RE.finditer(t, start, end):
        out.append((m.start(1), m.end(), int(m.group(1)), int(m.group(2))))
    for m in _HOUR_RE.finditer(t, start, end):
        out.append((m.start(1), m.end(), int(m.group(1)), int(m.group(2) or 0)))
    for m in _HALF_RE.finditer(t, start, end):
        h, word = int(m.group(2)), m.group(1).lower()
        if not 1 <= h <= 12:
            continue
        minute = {"fél": 30, "negyed": 15, "háromnegyed": 45}[word]
        out.append((m.start(), m.end(), (h - 2) % 12 + 1, minute))
    return out
