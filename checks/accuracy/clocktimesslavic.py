"""South Slavic clock times: Bulgarian/Macedonian ``в 15,30 ч.``, ``до 15.30 часа``, ``във 9 ч.``, ``во 15 часот``;
Croatian/Serbian/Bosnian ``u 10,30 sati``, ``u 9 sati``, ``10.30 h``.

These languages write decimals with a comma, and the news writes the time with a comma too (``15,30 ч.``), so
without this reader "15,30" is the figure 15.3 and "3:30 p.m." a wrong figure 3. A comma or dotted ``H,MM``
is a time only before a clock word (ч., часа, часот, sati, h); a bare hour only after a word that puts it on
the clock (в/във/до/около/към/след ... ч./часа, u/do/oko ... sati/sata, od 9 do 17 sati; u 20.30 with no unit
or currency after it): "продължи 4 часа" is a duration, not 4 o'clock, and so is "oko 5 sati" after a verb of
lasting or waiting ("trajao je oko 5 sati", "čekali su oko 5 sati").
"""

from __future__ import annotations

import re

_HOUR = r"(?:[01]?\d|2[0-3])"
_CLOCK_WORD = r"(?:ч\.|ч(?![\w])|часа|часот|часова|часов|сати|сата|sati|sata|časova|h(?![\w]))"
_HM_RE = re.compile(rf"(?<![\d.,:])({_HOUR})[.,:]([0-5]\d)\s?{_CLOCK_WORD}", re.IGNORECASE)
# the first time of a range closed by a clock word: от 9,00 до 17,30 ч., 9,00-17,30 ч.
_HM_RANGE_START_RE = re.compile(
    rf"(?<![\d.,:])({_HOUR})[.,:]([0-5]\d)\s*(?:[-–—]|до|do)\s*{_HOUR}[.,:][0-5]\d\s?{_CLOCK_WORD}", re.IGNORECASE)
_BARE_RE = re.compile(
    rf"(?<![\w])(?:в|във|во|до|около|към|след|u|у|око|do|oko)\s+({_HOUR})\s?(?:ч\.|ч(?![\w])|часа|часот|часова|сати|сата|sati|sata|časova)",
    re.IGNORECASE)
# the bare first hour of a range closed by a clock word: od 9 do 17 sati, от 9 до 18 ч.
_BARE_RANGE_START_RE = re.compile(
    rf"(?<![\w])(?:od|от)\s+({_HOUR})\s*(?:[-–—]|до|do)\s*{_HOUR}\s?(?:ч\.|ч(?![\w])|часа|sati|sata)", re.IGNORECASE)
_NOT_TIME_AFTER = (r"\s*(?:%|€|\$|eur|kn\b|kun|dolar|posto|post|milij|mil\b|mlrd|km|kg|m\b|"
                   r"лв|лев|евро|евра|динар|одсто|посто|долар|процент|милио|милија|млн|млрд|км|кг)")
# a dotted time after a word that puts it on the clock, with no clock word: u 20.30, oko 9.15, в 20.30 (these
# languages write decimals with a comma, so a dotted H.MM there is no decimal; od/do are clocktimes' own cues)
_DOTTED_RE = re.compile(
    rf"(?<![\w])(?:u|у|oko|око|в|във|от|до|около)\s+({_HOUR})\.([0-5]\d)(?!\d|[.,]\d|{_NOT_TIME_AFTER})", re.IGNORECASE)
# "oko" (about) gives a time of day only where no verb of lasting stands before it in the clause
_LASTING_RE = re.compile(r"\b(?:traj|čeka|proved|putova|radi|трај|чека|провед|путова|ради)\w*\b[^.,;:!?]*$", re.IGNORECASE)


def _day_month(t: str, m: re.Match) -> bool:
    """'u 12.10.' is the twelfth of October (a day and month closed by a full stop), not 12:10."""
    return 1 <= int(m.group(2)) <= 12 and t[m.end() : m.end() + 1] == "."


def _lasting_before(t: str, start: int, end: int) -> bool:
    return _LASTING_RE.search(t, start, end) is not None


def south_slavic_times(t: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(start, end, hour, minute) of each clock time in ``t[start:end]``."""
    out = [(m.start(), m.end(), int(m.group(1)), int(m.group(2))) for m in _HM_RE.finditer(t, start, end)]
    out += [(m.start(), m.end(2), int(m.group(1)), int(m.group(2)))
            for m in _HM_RANGE_START_RE.finditer(t, start, end)]
    out += [(m.start(1), m.end(), int(m.group(1)), 0) for m in _BARE_RE.finditer(t, start, end)
            if not (m.group(0).lower().startswith("oko") and _lasting_before(t, max(start, m.start() - 60), m.start()))]
    out += [(m.start(1), m.end(1), int(m.group(1)), 0) for m in _BARE_RANGE_START_RE.finditer(t, start, end)]
    out += [(m.start(1), m.end(), int(m.group(1)), int(m.group(2))) for m in _DOTTED_RE.finditer(t, start, end)
            if not any(a <= m.start(1) < b for a, b, *_ in out) and not _day_month(t, m)]
    return out
