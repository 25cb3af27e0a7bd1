"""Urdu and Tamil clock times: ``شام 7 بجے`` "7 pm", ``رات 12 بجے`` "midnight", ``காலை 8.30 மணி`` "8.30 am".

Both put the hour before the word for "o'clock" (Urdu ``بجے``, Tamil ``மணி`` with its case endings glued:
``மணிக்கு``, ``மணி வரை``) and the part of the day before the hour. The part of the day says which half of the
clock (:func:`.clocktimesdevanagari.half_of_day`): Urdu صبح morning, دوپہر midday, سہ پہر afternoon, شام
evening, رات night; Tamil காலை morning, மதியம் / பகல் midday, பிற்பகல் / மாலை afternoon and evening, இரவு night,
அதிகாலை small hours. Why: without them ``7 بجے`` was a bare figure, read against the draft's "9 pm" as a
changed number (A003) instead of a changed time (A004), and "midnight" for ``رات 12 بجے`` looked like a lost 12.
"""

from __future__ import annotations

import re

from .clocktimesdevanagari import half_of_day

_UR_PARTS = {"صبح": "am", "علی الصبح": "am", "دوپہر": "day", "سہ پہر": "pm", "سہ‌پہر": "pm", "شام": "pm",
             "رات": "night", "نصف شب": "night"}
_TA_PARTS = {"காலை": "am", "அதிகாலை": "night", "மதியம்": "day", "பகல்": "day", "நண்பகல்": "day", "பிற்பகல்": "pm",
             "மாலை": "pm", "இரவு": "night", "நள்ளிரவு": "night"}


def _time_re(parts: dict[str, str], about: str, oclock: str, letters: str) -> re.Pattern:
    alt = "|".join(sorted(map(re.escape, parts), key=len, reverse=True))
    return re.compile(rf"(?:(?<![{letters}\w])({alt})\s+(?:(?:{about})\s+)?)?(?<![\d.,:])(\d{{1,2}})(?:[:.]([0-5]\d))?"
                      rf"\s*(?:{oclock})(?![\w{letters}]*\d)")


_UR_RE = _time_re(_UR_PARTS, "تقریباً|تقریبا|قریب|ٹھیک", r"بجے|بجکر|بج\s+کر", "\u0600-\u06ff")
_TA_RE = _time_re(_TA_PARTS, "சுமார்|சுமாா்", r"மணி(?!\s*நேர)[\u0b80-\u0bff]*", "\u0b80-\u0bff")  # 24 மணி நேரம்: hours


def _times(pattern: re.Pattern, parts: dict[str, str], t: str, start: int, end: int):
    out = []
    for m in pattern.finditer(t, start, end):
        h, minute = int(m.group(2)), m.group(3)
        if not 0 <= h <= 24:
            continue
        kind = parts.get(m.group(1) or "")
        if kind == "night" and h == 12:  # رات 12 بجے, இரவு 12 மணி: midnight
            h = 0
        half = half_of_day(kind, h, 5) if 1 <= h <= 12 else None
        out.append((m.start(), m.end(), h % 24, int(minute or 0), half))
    return out


def urdu_times(t: str, start: int, end: int) -> list[tuple[int, int, int, int, str | None]]:
    """(start, end, hour, minute, "a" | "p" | None) of each Urdu time before ``بجے``."""
    return _times(_UR_RE, _UR_PARTS, t, start, end)


def tamil_times(t: str, start: int, end: int) -> list[tuple[int, int, int, int, str | None]]:
    """(start, end, hour, minute, "a" | "p" | None) of each Tamil time before ``மணி``."""
    return _times(_TA_RE, _TA_PARTS, t, start, end)
