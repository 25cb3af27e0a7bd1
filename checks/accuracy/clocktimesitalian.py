"""Italian clock times: an hour after the article that says "o'clock" (``alle 15``, ``dalle 6 alle 8.45``,
``fino alle 21.``, ``verso le 7.30``, ``entro le 12``, ``tra le 18 e le 21``, ``all'una``, ``alle ore 15``).

Italian writes the hour bare after alle/dalle/delle ("at/from/of the [hours]"), the minutes after a dot or a
colon (comma is its decimal), and the part of the day in words (``alle 8 di sera``). The English draft gives
``3 p.m.``, ``from 6 to 8.45 a.m.``: the bare hour must be read as a time, not as a count the draft dropped.
The same article counts things (``alle 20 regioni``, "to the 20 regions"), so a bare hour followed by a plural
noun in -i (regioni, anni, giorni, chilometri), a unit or a share is no time, nor one after a bare ``le``.
"""

from __future__ import annotations

import re

_HOUR = r"(?:[01]?\d|2[0-3])"
_MINUTES = r"(?:[.:]([0-5]\d))?(?!\d|[.,:]\d)"
_CUE = r"(?:(?:verso|entro|dopo|tra|fra)\s+le|alle|dalle|delle|le)"
_RE = re.compile(
    rf"(?<![\w'’])(?:({_CUE})\s+(ore\s+)?({_HOUR}){_MINUTES}|(ore)\s+({_HOUR}){_MINUTES}|(?:all|dall)['’](una))"
    r"(?:\s+e\s+(mezza|mezzo|un\s+quarto))?"
    r"(?:\s+(di\s+mattina|del\s+mattino|della\s+mattina|del\s+pomeriggio|di\s+pomeriggio|di\s+sera|della\s+sera"
    r"|di\s+notte|della\s+notte))?(?!\w)", re.IGNORECASE)
# the hour that closes a range opened by "tra le": tra le 18 e le 21
_RANGE_END_RE = re.compile(rf"\s+e\s+le\s+({_HOUR}){_MINUTES}(?!\w)", re.IGNORECASE)
# what a bare number after "alle"/"le" counts: a plural noun (regioni, anni), a unit or a share
_COUNTED_RE = re.compile(r"\s*(?:%|€|\$|per\s?cento\b|euro\b|km\b|([a-zà-ù]{2,}i)\b)")
_NOT_NOUNS = frozenset("nei dei sui agli dagli negli degli sugli poi lui lei noi voi cui qui oggi ieri locali".split())
_ADDED = {"mezza": 30, "mezzo": 30}


def italian_times(t: str, start: int, end: int) -> list[tuple[int, int, int, int, str | None]]:
    """(start, end, hour, minute, "a"/"p"/None) of each time told so in ``t[start:end]``."""
    out = []
    for m in _RE.finditer(t, start, end):
        hour_at = 3 if m.group(3) else 6 if m.group(6) else 8
        minute = int(m.group(hour_at + 1) or 0) if hour_at != 8 else 0
        told = bool(m.group(2) or m.group(5) or hour_at != 3 or minute or m.group(9) or m.group(10))
        if not told and (_counted(t, m.end(), end) or m.group(1).lower() == "le"):
            continue
        h = 1 if hour_at == 8 else int(m.group(hour_at))
        minute += _ADDED.get(m.group(9).lower(), 15) if m.group(9) else 0
        out.append((m.start(hour_at), m.end(), h, minute, _part(m.group(10), h)))
        r = _RANGE_END_RE.match(t, m.end(), end) if (m.group(1) or "").lower().startswith(("tra", "fra")) else None
        if r:
            out.append((r.start(1), r.end(), int(r.group(1)), int(r.group(2) or 0), None))
    return out


def _counted(t: str, at: int, end: int) -> bool:
    """A noun, a unit or a share follows the number: it counts (alle 15 regioni), it tells no time."""
    m = _COUNTED_RE.match(t, at, end)
    return bool(m) and (m.group(1) is None or m.group(1).lower() not in _NOT_NOUNS)


def _part(words: str | None, hour: int) -> str | None:
    """"a" or "p" for the part of the day after an hour of the 12-hour clock (alle 8 di sera), else None."""
    if not words or hour > 12:
        return None
    w = words.lower()
    if "notte" in w:
        return "p" if hour >= 8 else "a"
    return "a" if "matt" in w else "p"
