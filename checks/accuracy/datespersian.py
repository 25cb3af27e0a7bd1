"""Persian dates, months and weekdays, and how a draft may fairly give a date of the Iranian calendar.

Iranian news dates by the Solar Hijri calendar: ``۱۵ اسفند ۱۴۰۲``, ``اسفندماه``, ``۱۴۰۲/۱۲/۱۵``. Its months do
not map one to one onto Gregorian months: اسفند runs from about February 20 to March 20, and the Gregorian day
of ``۱۵ اسفند`` is March 5 or March 6 depending on the year (the year starts on March 20 or 21, and the
Gregorian February before it may have a 29th). So such a date is compared as what it can safely be: with a
day, the draft's Gregorian date must be one of the days it may fall on (``۱۵ اسفند`` as "March 5" is right, as
"March 15" wrong); without one, the draft's month must be one of the two the Persian month overlaps; a draft
that keeps the Iranian month ("15 Esfand 1402") must keep its month and day. Gregorian months written in
Persian (``۵ مارس``, ``ژوئن``) and weekdays (``سه‌شنبه`` with the zero-width non-joiner, a space or neither;
``پنجشنبه``) are ordinary months and weekdays; جمعه of ``نماز جمعه`` (Friday prayers) and ``امام جمعه`` (the
Friday prayer leader) is a title, not a day. Dari (Afghan) news names the same solar months by the zodiac
(``۱۵ حوت ۱۴۰۲``, ``ماه حمل``), read here too, and a draft may keep them ("15 Hoot 1402").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from . import datesbikram, datesethiopian
from .datemention import DateMention, day_in, kept_day_group, kept_month_re, year_in
from .mismatch import Mismatch
from .persian import spellings

SOLAR_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد امرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن",
                "اسفند")
ROMAN_MONTHS = ("Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad Amordad", "Shahrivar", "Mehr", "Aban",
                "Azar", "Dey Dei", "Bahman", "Esfand Esfand Isfand")
# Dari (Afghan Persian) names the same months by the zodiac: حمل is فروردین. Each is an ordinary word too
# (حمل "transport", اسد "lion" and a name, میزان "level", جدی "serious", سرطان "cancer"): a month only
# next to a day or a year, or after ماه ("month of")
DARI_MONTHS = ("حمل", "ثور", "جوزا جوزه", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت")
# the same months as Afghan English gives their zodiac names (حمل Hamal is فروردین Farvardin)
AFGHAN_MONTHS = ("Hamal", "Sawr Saur Sowr", "Jawza Jauza Jowza", "Saratan", "Asad", "Sunbula Sonbola Sunbulah",
                 "Mizan", "Aqrab Akrab", "Qaws Qaus Qous", "Jadi Jaddi", "Dalw Dalv", "Hoot Hout")
_GREGORIAN = ("ژانویه", "فوریه", "مارس", "آوریل", "مه می", "ژوئن", "ژوئیه جولای", "اوت آگوست", "سپتامبر", "اکتبر",
              "نوامبر", "دسامبر")
_WEEKDAYS = ("دوشنبه دو_شنبه", "سه_شنبه سهشنبه", "چهارشنبه چهار_شنبه", "پنجشنبه پنج_شنبه", "جمعه", "شنبه",
             "یکشنبه یک_شنبه")
# Month words that are ordinary words too (تیر "arrow", مهر "seal" and a news agency, دی, بهمن and آذر given
# names, می the prefix of a verb, مه "fog"): months only next to a day, a year or ماه ("month")
_AMBIGUOUS = frozenset("تیر مهر آبان آذر دی بهمن شهریور مه می مارس".split())
_LETTER = r"[\w\u200c]"
_NOT_A_DAY_RE = re.compile(r"(?:نماز|امام|ائمه|امامان)[\s\u200c]*$")
_MONTH_WORD_AFTER_RE = re.compile(r"[\s\u200c]?ماه(?![\w])")
_MONTH_WORD_BEFORE_RE = re.compile(r"(?<!\w)ماه\s+$")
_DAY_BEFORE_RE = re.compile(r"(?<![\d/.,:])(\d{1,2})(?:\s*ام)?\s*$")
_YEAR_AFTER_RE = re.compile(r"(?:[\s\u200c]?ماه)?(?:\s+سال)?\s*(\d{4})(?!\d)")
_NUMERIC_RE = re.compile(r"(?<![\d/])(1[34]\d\d)/(\d{1,2})/(\d{1,2})(?![\d/])")


def word_numbers(names: tuple[str, ...], spell=spellings, first_wins: bool = False) -> dict[str, int]:
    """Every spelling (``spell``) of the words of ``names[i]`` -> i + 1; an underscore joins two words with a
    non-joiner, a space or nothing. ``first_wins``: a spelling two entries share keeps the first one's number."""
    out: dict[str, int] = {}
    for i, ws in enumerate(names):
        for w in ws.split():
            for sep in ("\u200c", " ", "") if "_" in w else ("",):
                for f in spell(w.replace("_", sep)):
                    if not (first_wins and f in out):
                        out[f] = i + 1
    return out


def month_mention(kind: str, num: int, span: tuple[int, int], word: tuple[int, int], day: int | None,
                  year: int | None, day_span: tuple[int, int] | None) -> DateMention:
    """A month read with its day and year: a solar month (compared as the days it may fall on) or a Gregorian one."""
    if kind == "solar":
        return DateMention(*span, word=word, day_span=day_span, solar=(num, day, year))
    return DateMention(*span, month=num, day=day, year=year, word=word, day_span=day_span)


def solar_numeric(t: str, start: int, end: int) -> list[DateMention]:
    """Solar dates written year/month/day (۱۴۰۲/۱۲/۱۵, digits already ASCII)."""
    return [DateMention(m.start(), m.end(), solar=(int(m.group(2)), int(m.group(3)), int(m.group(1))),
                        day_span=m.span(3)) for m in _NUMERIC_RE.finditer(t, start, end)
            if 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31]


@lru_cache(maxsize=1)
def _dari() -> frozenset[str]:
    return frozenset(word_numbers(DARI_MONTHS))


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[str, int]], re.Pattern]:
    table = {w: ("solar", n) for names in (SOLAR_MONTHS, DARI_MONTHS) for w, n in word_numbers(names).items()}
    table.update({w: ("month", n) for w, n in word_numbers(_GREGORIAN).items()})
    table.update({w: ("weekday", n) for w, n in word_numbers(_WEEKDAYS).items()})
    alt = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    # glued to ماه (اسفندماه) or to a suffix after the non-joiner (سه‌شنبه‌شب "Tuesday night"), or a word of its own
    return table, re.compile(rf"(?<!{_LETTER})(?:{alt})(?=ماه|\u200c|(?!\w))")


def persian_dates(t: str, start: int, end: int) -> list[DateMention]:
    """Persian dates, months and weekdays in ``t[start:end]`` (digits already ASCII)."""
    if not re.search(r"[\u0600-\u06ff]", t[start:end]):
        return []
    table, word_re = _tables()
    out = solar_numeric(t, start, end)
    for m in word_re.finditer(t, start, end):
        kind, num = table[m.group()]
        a, b = m.span()
        if kind == "weekday":
            if not (num == 5 and _NOT_A_DAY_RE.search(t, max(start, a - 8), a)):
                out.append(DateMention(a, b, weekday=num, word=(a, b)))
            continue
        day_m = _DAY_BEFORE_RE.search(t, max(start, a - 6), a)
        day = day_in(day_m)
        year_m = _YEAR_AFTER_RE.match(t, b, end)
        year = year_in(year_m)
        month_word = _MONTH_WORD_AFTER_RE.match(t, b, end) is not None
        if m.group() in _AMBIGUOUS and day is None and year is None and not (kind == "solar" and month_word):
            continue
        if m.group() in _dari() and day is None and year is None and not _MONTH_WORD_BEFORE_RE.search(t, start, a):
            continue
        if m.group() == "می" and year is None:
            continue  # ۵ می رسد "reaches 5": a day of May only with its year
        lo = day_m.start(1) if day else a
        hi = year_m.end() if year else b
        out.append(month_mention(kind, num, (lo, hi), (a, b), day, year, day_m.span(1) if day else None))
    return out


@lru_cache(maxsize=1)
def _roman_re() -> tuple[dict[str, int], re.Pattern]:
    table = {w.lower(): i + 1 for names in (ROMAN_MONTHS, AFGHAN_MONTHS) for i, ws in enumerate(names) for w in ws.split()}
    return table, kept_month_re(table, flags=re.IGNORECASE)


def roman_solar_dates(t: str, start: int, end: int) -> list[DateMention]:
    """Iranian months kept in an English draft ("15 Esfand 1402", "Bahman 1402"): with a day or a year only,
    and capitalised ("Mehr" alone is a news agency, "Azar" a name)."""
    table, roman_re = _roman_re()
    out = []
    for m in roman_re.finditer(t, start, end):
        if not m.group(2)[0].isupper() or not (m.group(1) or m.group(3) or m.group(4)):
            continue
        day_g = kept_day_group(m)
        day = int(m.group(day_g)) if day_g else None
        if day is not None and not 1 <= day <= 31:
            continue
        year = int(m.group(4)) if m.group(4) else None
        out.append(DateMention(m.start(), m.end(), word=m.span(2), day_span=m.span(day_g) if day_g else None,
                               solar=(table[m.group(2).lower()], day, year)))
    return out


def _gregorian(month: int, day: int, nowruz: int, next_leap: bool) -> tuple[int, int]:
    """(month, day) of the Gregorian calendar for a Solar Hijri month and day, the year starting on March
    ``nowruz`` and the Gregorian year after it being a leap year or not."""
    offset = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    g = date(2023 if next_leap else 2022, 3, nowruz) + timedelta(days=offset + day - 1)
    return g.month, g.day


def gregorian_days(solar: tuple[int, int | None, int | None]) -> frozenset[tuple[int, int]]:
    """Every Gregorian (month, day) a Solar Hijri date may be (a month without a day: its first and last days)."""
    month, day, year = solar
    leaps = (calendar.isleap(year + 622),) if year and 1300 <= year <= 1500 else (True, False)
    days = (day,) if day else (1, 29 if month == 12 else (31 if month <= 6 else 30))
    return frozenset(_gregorian(month, d, n, leap) for d in days for n in (20, 21) for leap in leaps)


_OTHER_CALENDARS = {datesbikram.CALENDAR: datesbikram, datesethiopian.CALENDAR: datesethiopian}


def _options(o: DateMention) -> frozenset[tuple[int, int]]:
    """The Gregorian days the original's date of its own calendar (Iranian, Nepali, Ethiopian) may fall on."""
    if o.calendar in _OTHER_CALENDARS:
        return _OTHER_CALENDARS[o.calendar].gregorian_days(*o.solar)
    return gregorian_days(o.solar)


def _gregorian_years(o: DateMention) -> range | tuple:
    """The Gregorian years the original's Nepali or Ethiopian date with its year may fall in (none known: empty)."""
    return _OTHER_CALENDARS[o.calendar].gregorian_years(*o.solar) if o.calendar in _OTHER_CALENDARS and o.solar[2] else ()


def agrees(o: DateMention, d: DateMention) -> bool:
    """Whether the draft's date ``d`` may be the original's date ``o`` of the Iranian or the Nepali calendar."""
    month, day, _ = o.solar
    if d.year and not d.solar and (years := _gregorian_years(o)) and d.year not in years:
        return False  # መጋቢት 5 ቀን 2016 ዓ.ም is March 14, 2024, not March 14, 2023
    if d.solar:
        return d.calendar == o.calendar and d.solar[0] == month and (not day or not d.solar[1] or d.solar[1] == day)
    if not d.month:
        return False
    options = _options(o)
    if day and d.day:
        return (d.month, d.day) in options
    return d.month in {m for m, _ in options}


def _describe(o: DateMention, said_as: str = "") -> str:
    month, day, year = o.solar
    afghan = bool(said_as) and said_as not in word_numbers(SOLAR_MONTHS)  # حمل, not فروردین: Hamal
    name = (AFGHAN_MONTHS if afghan else ROMAN_MONTHS)[month - 1].split()[0]
    calendar_name = "Afghan solar" if afghan else "Iranian"
    if o.calendar in _OTHER_CALENDARS:
        name, calendar_name = _OTHER_CALENDARS[o.calendar].describe(month)
    said = f"{day} {name}" if day else name
    said += f" {year}" if year else ""
    options = sorted(_options(o))
    months = [calendar.month_name[m] for m in dict.fromkeys(m for m, _ in options)]
    years = _gregorian_years(o)
    if day:
        greg = " or ".join(f"{calendar.month_name[m]} {d}" for m, d in options)
        greg += f", {years[0]}" if len(years) == 1 else ""
    else:
        greg = "–".join(months)
    return f"{said} in the {calendar_name} calendar: {greg}"


def compare_solar(original: str, od: list[DateMention], draft: str, dd: list[DateMention]) -> tuple[list[Mismatch], list[DateMention]]:
    """Dates of the Iranian (or Nepali, Ethiopian) calendar in the original against the draft's dates (A004); also the
    draft dates they used."""
    out: list[Mismatch] = []
    used: list[DateMention] = []
    for o in (o for o in od if o.solar):
        same = [d for d in dd if d not in used and agrees(o, d)]
        if same:
            used += same  # the date and a conversion given beside it ("15 Esfand (March 5)")
            continue
        other = next((d for d in dd if d not in used and (d.month or d.solar)), None)
        if other is None:
            continue
        used.append(other)
        wrong_year = other.year and agrees(o, replace(other, year=None))  # "March 14, 2023": only the year differs
        year_m = re.compile(rf",?\s*{other.year}(?!\d)").match(draft, other.end) if wrong_year else None
        end = year_m.end() if year_m else other.end
        msg = f"The original has “{original[o.start:o.end]}” ({_describe(o, original[o.word[0]:o.word[1]] if o.word else '')}); the draft says “{draft[other.start:end]}”"
        out.append(Mismatch(other.start, end, o.start, o.end, msg, None))
    return out, used
