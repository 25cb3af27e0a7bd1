"""Russian clock times: ``в 4:30 утра``, ``в 7 вечера``, ``в 3 часа ночи``, ``в 2 часа дня``, ``в 15.30``,
``в 10 часов``, ``к 9 часам``, ``в 10 часов 30 минут``.

Why: the part of the day after the hour (утра "in the morning", дня "in the afternoon", вечера, ночи) is the
only thing that tells 4:30 a.m. from 4:30 p.m., so unread, "к 4:30 утра" given as "by 4:30 p.m." passed.
Russian writes decimals with a comma, so a dotted ``H.MM`` after ``в``/``к``/``с``/``до``/``после`` ("в
15.30") is a time; unread, a faithful "3:30 p.m." was a wrong figure. A bare number before дня or ночи counts
days or nights ("за 2 дня", "на 3 ночи"), so there the hour needs a clock word (часа) or a cue (в, к) before
it; утра and вечера follow only an hour. ``до 3 часов`` and ``около 3 часов`` may be durations ("задержки до 3
часов"), so a bare hour with its clock word is a time only after ``в`` or ``к``.
"""

from __future__ import annotations

import re

_HOUR = r"([01]?\d|2[0-3])"
_CLOCK_WORD = r"(?:час(?:а|ов|ам)?|ч\.)"
_PART = r"(утра|дня|вечера|ночи)"
_CUE = r"(?<![\w.])(?:в|во|к|с|со|до|после|около)\s+"
# an hour with its minutes and a part of the day: 4:30 утра, 8.15 вечера
_HM_PART_RE = re.compile(rf"(?<![\d.,:]){_HOUR}[:.]([0-5]\d)\s+{_PART}(?!\w)", re.IGNORECASE)
# an hour and a part of the day: 9 утра, 3 часа ночи, в 3 ночи, в 2 часа дня, в 10 часов 30 минут утра
_MINUTES = r"(?:\s+([0-5]?\d)\s+мин(?:ут[аы]?|\.)?)?"
_H_PART_RE = re.compile(rf"(?<![\d.,:]){_HOUR}(\s*{_CLOCK_WORD})?{_MINUTES}\s+{_PART}(?!\w)", re.IGNORECASE)
# a dotted time after a cue: в 15.30, с 9.00 (never before a unit or a currency: "в 2.50 рубля" is a price)
_DOTTED_RE = re.compile(
    rf"{_CUE}{_HOUR}\.([0-5]\d)(?!\d|[.,]\d|\s*(?:%|руб|долл|евро|млн|млрд|тыс|км|кг|раз|процент|балл))",
    re.IGNORECASE)
# a bare hour with its clock word after в / к: в 10 часов, к 9 часам, в 10 часов 30 минут
_CUED_RE = re.compile(rf"(?<![\w.])(?:в|во|к|ко)\s+{_HOUR}\s*{_CLOCK_WORD}{_MINUTES}(?!\w)", re.IGNORECASE)
_HALF = {"утра": "a", "дня": "p", "вечера": "p"}


def _half(word: str | None, hour: int) -> str | None:
    """"a" or "p" for the part of the day; the night is late evening before midnight (11 часов ночи)."""
    if not word or not 1 <= hour <= 12:
        return None
    word = word.lower()
    if word == "ночи":
        return "p" if 8 <= hour <= 11 else "a"
    return _HALF[word]


def _cued(t: str, m: re.Match) -> bool:
    return re.search(rf"{_CUE}$", t[max(0, m.start() - 8) : m.start()], re.IGNORECASE) is not None


def russian_times(t: str, start: int, end: int) -> list[tuple[int, int, int, int, str | None]]:
    """(start, end, hour, minute, a.m./p.m. or None) of each clock time in ``t[start:end]``."""
    out = []
    for m in _HM_PART_RE.finditer(t, start, end):
        h = int(m.group(1))
        out.append((m.start(), m.end(), h, int(m.group(2)), _half(m.group(3), h)))
    for m in _H_PART_RE.finditer(t, start, end):
        part = m.group(4).lower()
        if part in ("дня", "ночи") and not (m.group(2) or _cued(t, m)):
            continue  # "за 2 дня", "на 3 ночи": days and nights, not hours
        h = int(m.group(1))
        out.append((m.start(), m.end(), h, int(m.group(3) or 0), _half(part, h)))
    for m in _DOTTED_RE.finditer(t, start, end):
        out.append((m.start(1), m.end(), int(m.group(1)), int(m.group(2)), None))
    for m in _CUED_RE.finditer(t, start, end):
        out.append((m.start(1), m.end(), int(m.group(1)), int(m.group(2) or 0), None))
    return out
