"""Clock times on both sides of a pair: ``o godz. 9.30`` and ``16.30`` are times, not the figures 9.3 and 16.3.

Polish (and other comma-decimal languages) write the time with a dot: ``o godz. 16.30``, ``od 8.00 do
16.00``; English drafts write ``4:30 p.m.``, ``4.30pm``, ``16:30``, ``9 a.m.``. A time is read as the minutes
of the day it may be (``9:30`` with no a.m./p.m. may be 9:30 or 21:30) so that "o godz. 16.30" and "4:30 p.m."
agree. The figures inside a time are not compared as numbers (:func:`outside_times`); times that differ
are reported with the dates (:func:`compare_times`).

The original's dotted ``H.MM`` is a time only after a word that introduces one (``godz.``, ``o``, ``od``,
``do``, ``około``, German ``um``), or joined to a time by a dash (``9.30-11.00``), or before ``Uhr``/``h``:
``wzrost o 2.5`` is not written so in a comma-decimal language, but ``9.30`` alone may still be a figure.
Chinese and Japanese write ``19时54分``, ``7日4时``, ``10時半``, ``下午3点`` (full-width colons too: ``12：00``);
Korean ``오후 3시 30분`` (:mod:`.clocktimeskorean`); Bulgarian ``15,30 ч.`` and Croatian ``u 9 sati``
(:mod:`.clocktimesslavic`); Nepali and Hindi ``राति २ बजे`` (:mod:`.clocktimesdevanagari`); Arabic
``الساعة السادسة صباحاً`` (:mod:`.clocktimesarabic`).
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass

from . import clocktimes24h
from .cjkdayparts import cjk_half
from .mismatch import Mismatch
from .numbers import COMMA_DECIMAL, Quantity, ascii_digits


@dataclass(frozen=True)
class ClockTime:
    start: int
    end: int
    minutes: frozenset[int]  # the minutes of the day it may be


_HOUR = r"(?:[01]?\d|2[0-3])"
# a time with a colon (or a full-width one), in any language: 16:30, 9:05 (a score or ratio has no two-digit second part: 3:1)
_COLON_RE = re.compile(rf"(?<![\d:：.,])({_HOUR})[:：]([0-5]\d)(?![\d:：])")
# Chinese and Japanese: 19时54分, 17時07分, 4时, 10時半 (half past), 8点
_CJK_RE = re.compile(rf"(?<![\d.,])({_HOUR})[时時点點](?:([0-5]?\d)分|(半))?")
# words that introduce a time: Polish godz. / godzinie / o / od / do / około / ok. / między, German um / ab / bis,
# Indonesian pukul / jam, Turkish saat (saat 02.40, saat 14.30), Romanian ora / orele, Estonian kell, Finnish klo /
# kello, Swedish klockan, Danish and Norwegian klokken, and their kl.
_CUE = (r"(?:godz\.|godzinie|godziny|godzinach|o|od|do|około|ok\.|między|przed|po|um|ab|bis|gegen|vers|à|alle|las|às|"
        r"pukul|jam|saat|ora|orele|kell|klo|kello|kl\.|klockan|klokken)")
_DOTTED_RE = re.compile(rf"(?<![\w.,]){_CUE}\s+(?:godz\.\s+)?({_HOUR})\.([0-5]\d)(?!\d|[.,]\d)", re.IGNORECASE)
_DOTTED_RANGE_RE = re.compile(rf"\s*[-–—]\s*({_HOUR})\.([0-5]\d)(?!\d|[.,]\d)")
# Indonesian gives the time zone after the time: 14.30 WIB, 09.00 WITA, 10.15 WIT (pukul 14.30 by the cue above)
_DOTTED_UHR_RE = re.compile(rf"(?<![\d.,])({_HOUR})\.([0-5]\d)\s?(?:Uhr|h|WIB|WITA|WIT)\b")
# Turkish writes decimals with a comma and thousands with three digits, so HH.MM with a case ending is a time even
# without saat: "saat 08.00'de açıldı ve 17.00'de kapandı", "09.30'dan", "23.59'a kadar"
_TR_SUFFIXED_RE = re.compile(rf"(?<![\d.,])({_HOUR})\.([0-5]\d)['’](?:[dt][ae]n?|[ye]?[ae]|y[ae])\b")
# an hour by its clock word, in any language but English: 14 Uhr, 14h / 14h30 / 20 h, 20 heures, 19 horas, 8 hrs;
# French typography spaces the h (21 h 30, 3 h 15: the minutes belong to the time, not a figure of their own)
_HOUR_WORD_RE = re.compile(rf"(?<![\d.,:])({_HOUR})(?:\s?h\s?([0-5]\d)(?!\d|[.,]\d)|\s?(?:Uhr|h|heures?|horas|hrs)\b)")
# the hour alone after "godz." (o godz. 9 "at 9 o'clock")
_HOUR_ONLY_RE = re.compile(rf"(?<![\w.])godz\.\s+({_HOUR})(?!\d|[.,:]\d)", re.IGNORECASE)
# ...and the hour that closes its range (od godz. 7 do 21, w godz. 8-16, między godz. 7 a 9), and the hour that
# opens a range closed by a clock word (von 10 bis 22 Uhr, zwischen 8 und 12 Uhr, 8-16 Uhr)
_HOUR_RANGE_END_RE = re.compile(rf"\s*(?:[-–—]|do|a)\s*(?:godz\.\s*)?({_HOUR})(?!\d|[.,:]\d)", re.IGNORECASE)
# (Catalan and Spanish too: de 10 a 14 h, entre 9 i 13 h, de 8 y 15 h)
_HOUR_RANGE_START_RE = re.compile(rf"(?<![\d.,:])({_HOUR})\s*(?:[-–—]|bis|und|a|i|y)\s*{_HOUR}\s?(?:Uhr|h)\b")
# 18时许 / 8时左右 is "around 18:00"; 时 before 期, 间, 候, 代, 段 is part of a word (时期 "period", 时间 "time")
_CJK_WORD_AFTER = re.compile(r"[期间間候代段]")
# 点 with no minutes is a time only after a time of day or a date (下午3点, 7日8点): 上涨3点 is "rose 3 points"
_CJK_DAYTIME_BEFORE = re.compile(r"(?:上午|下午|晚上|早上|凌晨|中午|傍晚|夜里|夜間|[日晚早])\s*$")
# English in words: half past ten, a quarter to nine, ten o'clock, 10 o'clock
_EN_HOURS = {w: i for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)}
_EN_WORD_HOUR = rf"(\d{{1,2}}|{'|'.join(_EN_HOURS)})"
_EN_WORDS_RE = re.compile(rf"\b(?:(half|(?:a\s+)?quarter)\s+(past|to)\s+{_EN_WORD_HOUR}\b|{_EN_WORD_HOUR}\s+o['’]clock)",
                          re.IGNORECASE)
# English: 4:30 p.m., 4.30pm, 9 a.m., 9am, 16:30
_EN_RE = re.compile(rf"(?<![\d:.,])({_HOUR})(?:[:.]([0-5]\d))?\s?([ap])\.?\s?m\.?(?![\w])", re.IGNORECASE)
# English: the hour that opens a range closed by a.m./p.m. (from 6 to 9 p.m., between 6 and 8.45 a.m., 6-9pm)
_EN_RANGE_RE = re.compile(rf"(?<![\w:.,])({_HOUR})(?:[:.]([0-5]\d))?\s*(?:to|and|until|till|[-–])\s*"
                          rf"(?=({_HOUR})(?:[:.][0-5]\d)?\s?([ap])\.?\s?m\.?(?![\w]))", re.IGNORECASE)


def _en_range_starts(t: str, start: int, end: int) -> list[ClockTime]:
    """The opening hour of an English range: the half of the day of its close when it is earlier than the close
    (from 6 to 9 p.m. is 18:00), the other half when it is not (from 11 to 2 p.m. is 11:00)."""
    out = []
    for m in _EN_RANGE_RE.finditer(t, start, end):
        h, close, half = int(m.group(1)), int(m.group(3)), m.group(4).lower()
        if 1 <= h <= 12 and 1 <= close <= 12:
            same = h % 12 < close % 12
            out.append(ClockTime(m.start(), m.end(2) if m.group(2) else m.end(1),
                                 _minutes(h, int(m.group(2) or 0), half if same else "ap"[half == "a"])))
    return out


def _minutes(h: int, m: int, half: str | None = None) -> frozenset[int]:
    if half:
        h = h % 12 + (12 if half.lower() == "p" else 0)
        return frozenset({h * 60 + m})
    if 1 <= h <= 12:  # 9:30 may be morning or evening
        return frozenset({h * 60 + m, (h % 12 + 12) * 60 + m})
    return frozenset({h * 60 + m})


def _clock(hour: str, minute: str) -> frozenset[int]:
    """A time written in digits: an hour with a leading zero (02.40, 09:30) is of the 24-hour clock, one reading."""
    h, m = int(hour), int(minute)
    return frozenset({h * 60 + m}) if len(hour) == 2 and hour[0] == "0" else _minutes(h, m)


def clock_times(text: str, start: int = 0, end: int | None = None, lang: str = "en") -> list[ClockTime]:
    """The clock times of ``text[start:end]``; ``lang`` "en" reads a draft's a.m./p.m."""
    end = len(text) if end is None else end
    t = ascii_digits(text)
    out: list[ClockTime] = []
    if lang == "en":
        for m in _EN_RE.finditer(t, start, end):
            h = int(m.group(1))
            if 1 <= h <= 12:
                out.append(ClockTime(m.start(), m.end(), _minutes(h, int(m.group(2) or 0), m.group(3))))
        for m in _EN_WORDS_RE.finditer(t, start, end):
            word = (m.group(3) or m.group(4)).lower()
            h = int(word) if word.isdigit() else _EN_HOURS[word]
            if not 1 <= h <= 12:
                continue
            minute = 0 if m.group(4) else (30 if m.group(1).lower() == "half" else 15)
            if m.group(2) and m.group(2).lower() == "to":  # a quarter to nine: 8:45
                h, minute = (h - 2) % 12 + 1, 60 - minute
            out.append(ClockTime(m.start(), m.end(), _minutes(h, minute)))
        out += _en_range_starts(t, start, end)
    for m in _COLON_RE.finditer(t, start, end):
        out.append(ClockTime(m.start(), m.end(), _clock(m.group(1), m.group(2))))
    if lang in ("zh", "ja") or re.search(r"[\u4e00-\u9fff]", t[start:end]):
        for m in _CJK_RE.finditer(t, start, end):
            bare = not (m.group(2) or m.group(3))
            if bare and (_CJK_WORD_AFTER.match(t, m.end()) or (
                    t[m.end(1)] in "点點" and not _CJK_DAYTIME_BEFORE.search(t, max(0, m.start() - 4), m.start()))):
                continue
            minute = int(m.group(2)) if m.group(2) else (30 if m.group(3) else 0)
            hour = int(m.group(1))
            out.append(ClockTime(m.start(), m.end(), _minutes(hour, minute, cjk_half(t, m.start(), hour))))
    if lang != "en":
        for m in _HOUR_WORD_RE.finditer(t, start, end):
            out.append(ClockTime(m.start(), m.end(), _hour_word(t, m, end)))
    if lang != "en" and lang in COMMA_DECIMAL:
        for m in _DOTTED_RE.finditer(t, start, end):
            out.append(ClockTime(m.start(1), m.end(), _clock(m.group(1), m.group(2))))
            r = _DOTTED_RANGE_RE.match(t, m.end(), end)
            if r:
                out.append(ClockTime(r.start(1), r.end(), _clock(r.group(1), r.group(2))))
        for m in _DOTTED_UHR_RE.finditer(t, start, end):
            out.append(ClockTime(m.start(), m.end(), _clock(m.group(1), m.group(2))))
        out += _turkish_suffixed(t, start, end) if lang == "tr" else []
        for m in _HOUR_ONLY_RE.finditer(t, start, end):
            out.append(ClockTime(m.start(1), m.end(), _minutes(int(m.group(1)), 0)))
            r = _HOUR_RANGE_END_RE.match(t, m.end(), end)
            if r:
                out.append(ClockTime(r.start(1), r.end(), _minutes(int(r.group(1)), 0)))
    if lang != "en":
        for m in _HOUR_RANGE_START_RE.finditer(t, start, end):
            out.append(ClockTime(m.start(1), m.end(1), _minutes(int(m.group(1)), 0)))
    out += _regional(t, start, end, lang)
    out.sort(key=lambda c: (c.start, -c.end))
    kept: list[ClockTime] = []
    for c in out:
        if kept and c.start < kept[-1].end:
            continue
        kept.append(c)
    if lang in clocktimes24h.LANGUAGES:  # o godz. 10.30, о 9:00: the morning (the evening is 22.30, 21:00)
        return [ClockTime(c.start, c.end, clocktimes24h.one_reading(t, c.start, c.end, end, c.minutes, lang)) for c in kept]
    return [_uhr_24h(t, c, end) for c in kept] if lang == "de" else kept


# German writes hours and minutes before Uhr on the 24-hour clock: 3.40 Uhr / 3:40 Uhr is 3:40 a.m., the afternoon
# is 15.40 Uhr (the bare hour "um 3 Uhr" stays open: spoken German may mean the afternoon)
_DE_MINUTES_UHR_RE = re.compile(rf"({_HOUR})[.:]([0-5]\d)\s?Uhr\b")


def _uhr_24h(t: str, c: ClockTime, end: int) -> ClockTime:
    """``c`` with the one reading of the 24-hour clock when it is hours and minutes before Uhr, unless a word
    for the part of the day follows (3.40 Uhr nachmittags)."""
    m = _DE_MINUTES_UHR_RE.match(t, c.start, end)
    if not m or len(c.minutes) < 2:
        return c
    h, minute = int(m.group(1)), int(m.group(2))
    part = _day_part(t, m.end(), end, h)
    return ClockTime(c.start, c.end, _minutes(h, minute, part) if part else frozenset({h * 60 + minute}))


# the part of the day after an hour (3 Uhr morgens, 8 Uhr abends, 9 heures du soir) says a.m. or p.m.; German
# nachts is late evening before midnight (11 Uhr nachts) and early morning after it (2 Uhr nachts)
_DAY_PART_RE = re.compile(r"\s+(morgens|früh|vormittags|nachmittags|abends|nachts|du\s+matin|du\s+soir|"
                          r"de\s+l['’]après-midi)\b", re.IGNORECASE)
_DAY_PART = {"morgens": "a", "früh": "a", "vormittags": "a", "nachmittags": "p", "abends": "p", "du matin": "a",
             "du soir": "p"}


def _hour_word(t: str, m: re.Match, end: int) -> frozenset[int]:
    """The minutes of an hour by its clock word (14 Uhr, 3 Uhr morgens, 20 h 30)."""
    h = int(m.group(1))
    return _minutes(h, int(m.group(2) or 0), _day_part(t, m.end(), end, h) if 1 <= h <= 12 else None)


def _day_part(t: str, at: int, end: int, hour: int) -> str | None:
    """"a" or "p" when a word for the part of the day follows ``hour`` (ending at ``at``), else None."""
    m = _DAY_PART_RE.match(t, at, end)
    if not m:
        return None
    word = re.sub(r"\s+", " ", m.group(1).lower())
    if word == "nachts":
        return "p" if hour >= 8 else "a"
    return _DAY_PART.get(word, "p")


# the reader of a language's own ways of telling the time, as (module, function); each yields (start, end, hour,
# minute) or (start, end, hour, minute, "a" / "p" / None) and is imported only when its language is checked
_READERS = {
    "nl": ("clocktimesdutch", "dutch_times"),  # om 14.30 uur, om 9 uur, om half acht
    "it": ("clocktimesitalian", "italian_times"),  # alle 15, dalle 6 alle 8.45, tra le 18 e le 21, alle 8 di sera
    "cs": ("clocktimesczech", "czech_times"),  # ve 14.30, v 9 hodin, od 9 do 17 hodin
    **dict.fromkeys(("sv", "da", "no", "nb"), ("clocktimesswedish", "swedish_times")),  # kl. 14.30, halv åtta
    **dict.fromkeys(("bg", "mk", "hr", "sr", "bs"), ("clocktimesslavic", "south_slavic_times")),  # 15,30 ч., u 9 sati
    **dict.fromkeys(("ca", "es"), ("clocktimesromance", "romance_times")),  # a les 11 del matí, a las 9 de la noche
    **dict.fromkeys(("ne", "hi", "mr"), ("clocktimesdevanagari", "devanagari_times")),  # राति २ बजे
    "ar": ("clocktimesarabic", "arabic_times"),  # الساعة السادسة صباحاً
    "he": ("clocktimeshebrew", "hebrew_times"),  # בשעה 7:00 בבוקר, בשעה 8 בערב
    "hu": ("clocktimeshungarian", "hungarian_times"),  # 14.30-kor, 14 órakor, fél 8-kor
    "ko": ("clocktimeskorean", "korean_times"),  # 오후 3시 30분, 오전 9시, 10시 반
    "vi": ("vietnamese", "vietnamese_times"),  # 9 giờ sáng, 3 giờ chiều, lúc 14 giờ 30
    "bn": ("clocktimesbengali", "bengali_times"),  # ভোর ৫টা ২০ মিনিটে, দুপুর ১২টা, রাত সাড়ে ১০টার দিকে
    "si": ("clocktimessinhala", "sinhala_times"),  # පෙරවরු 10.30ට, ප.ව. 3ට, රාත්‍රී 8.00 සිට
    "th": ("clocktimesthai", "thai_times"),  # 04.30 น., ตี 4, 2 ทุ่ม, บ่าย 3 โมง
    "fi": ("clocktimesfinnish", "finnish_times"),  # kello 2.40, klo 14.30, klo 9–17
    "ur": ("clocktimesurdu", "urdu_times"),  # شام 7 بجے, رات 12 بجے
    "ta": ("clocktimesurdu", "tamil_times"),  # காலை 8.30 மணிக்கு
    **dict.fromkeys(("lt", "lv"), ("clocktimesbaltic", "baltic_times")),  # 8 val. ryto, pulksten 15.00
    "ru": ("clocktimesrussian", "russian_times"),  # в 4:30 утра, в 3 часа ночи, в 15.30, в 10 часов
}


def _regional(t: str, start: int, end: int, lang: str) -> list[ClockTime]:
    """The times ``lang``'s own reader finds (see ``_READERS``)."""
    if lang not in _READERS:
        return []
    module, function = _READERS[lang]
    reader = getattr(importlib.import_module(f".{module}", __package__), function)
    return [ClockTime(a, b, _minutes(*rest)) for a, b, *rest in reader(t, start, end)]


def _turkish_suffixed(t: str, start: int, end: int) -> list[ClockTime]:
    """17.00'de, 09.30'dan: the time without the case ending."""
    return [ClockTime(m.start(), m.end(2), _clock(m.group(1), m.group(2)))
            for m in _TR_SUFFIXED_RE.finditer(t, start, end)]


def outside_times(qs: list[Quantity], times: list[ClockTime]) -> list[Quantity]:
    """The figures that are not part of a clock time."""
    return [q for q in qs if not any(c.start <= q.num_start and q.num_end <= c.end for c in times)]


def _shown(minutes: frozenset[int]) -> str:
    return " or ".join(f"{v // 60}:{v % 60:02d}" for v in sorted(minutes))


@dataclass(frozen=True)
class PairTimes:
    """The clock times of an aligned pair, read once for the figure and the time comparisons."""

    original: list[ClockTime]
    draft: list[ClockTime]


# a draft copies the original's dotted 24-hour time after "at" (kl. 23.40 -> "at 21.40", um 9.30 -> "by 9.30"):
# read as a time only when the original's sentence has a time, and never before a unit or a currency
# ("closed at 12.50 euros", "at 12.50 percent" are figures)
_EN_DOTTED_RE = re.compile(rf"(?<![\w.,])(?:at|by|from|until|till|before|after|since)\s+({_HOUR})\.([0-5]\d)"
                           r"(?![\d.,]?\d)", re.IGNORECASE)
_EN_DOTTED_OK_AFTER = re.compile(r"\s*(?:$|[,.;:)!?]|(?:on|in|at|near|when|and|or|local|hours|GMT|UTC|CET|CEST)\b)",
                                 re.IGNORECASE)


def _en_dotted(draft: str, a: int, b: int) -> list[ClockTime]:
    t = ascii_digits(draft)
    return [ClockTime(m.start(1), m.end(), _clock(m.group(1), m.group(2))) for m in _EN_DOTTED_RE.finditer(t, a, b)
            if _EN_DOTTED_OK_AFTER.match(t[:b], m.end())]


def pair_times(original: str, ospans: list[tuple[int, int]], draft: str, dspans: list[tuple[int, int]],
               lang: str) -> PairTimes:
    ot = [c for a, b in ospans for c in clock_times(original, a, b, lang)]
    dt = [c for a, b in dspans for c in clock_times(draft, a, b, "en")]
    if ot and len(dt) < len(ot):
        dt = sorted(dt + [c for a, b in dspans for c in _en_dotted(draft, a, b)
                          if not any(d.start < c.end and c.start < d.end for d in dt)], key=lambda c: c.start)
    return PairTimes(ot, dt)


def compare_times(original: str, draft: str, times: PairTimes) -> list[Mismatch]:
    """Clock times of the original that the draft gives as another time."""
    ot, dt = times.original, list(times.draft)
    left_o = []
    for o in ot:
        hit = next((d for d in dt if d.minutes & o.minutes), None)
        if hit is None:
            left_o.append(o)
        else:
            dt.remove(hit)
    out = []
    for o, d in zip(left_o, dt):
        msg = (f"The original has “{original[o.start:o.end]}” ({_shown(o.minutes)}); "
               f"the draft says “{draft[d.start:d.end]}”")
        out.append(Mismatch(d.start, d.end, o.start, o.end, msg))
    return out
