"""Figures and dates of an aligned pair compared: what differs (A003, A004), what is missing (A001) and
what the draft added (A002).

Every figure of the original is first matched with an equal figure of the draft (either reading of an
ambiguous ``1.500``, rounding of large round figures, a unit conversion). What is left on both sides is a
mismatch; what is left only in the original is a figure the draft dropped, only in the draft one it may
have added (:mod:`.addedfigures`). Figures that belong to a date
(the 3 of ``3 juillet``) are the date rules' business, not the number rules'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .addedfigures import added_figures
from .clocktimes import PairTimes, outside_times, pair_times
from .dates import DateMention, date_mentions, month_name, weekday_name
from .datemention import bare_day_of
from .durations import same_duration
from .fractions import durations_in_words, fraction_spans, fractions_as_percents, percents_in_words
from .datespersian import compare_solar
from .listedcounts import listed_after_dash
from .mismatch import Mismatch
from .points import percent_as_points, points_as_percent
from .numbers import Quantity, ascii_digits, quantities
from .samefigure import (CALENDAR_OFFSETS, converts, day_or_year_of, english, hedged_round, in_cents,
                         less_rest_of_hundred, same_figure, same_year, taken_exactly, tens_as_dozens, units_differ)
from .numwords import currencies_differ
from .readings import without_decades


@dataclass(frozen=True)
class FigureComparison:
    """Figures of an aligned pair: mismatched (A003), in the original only (A001), in the draft only (A002)."""

    mismatches: list[Mismatch]
    dropped: list[Quantity]
    added: list[Quantity]
    years: list[Mismatch] = field(default_factory=list)  # a bare year for another ("since 1974" as 1984): A004


def _outside_dates(qs: list[Quantity], dates: list[DateMention]) -> list[Quantity]:
    spans = [d.day_span for d in dates if d.day_span] + [(d.start, d.end) for d in dates]
    return [q for q in qs if not any(a <= q.num_start and q.num_end <= b for a, b in spans)]


def figures(text: str, start: int, end: int, lang: str, english_side: bool,
            dates: list[DateMention] | None = None) -> list[Quantity]:
    """The figures of ``text[start:end]`` outside its dates (``dates``, when the caller has read them)."""
    if dates is None:
        dates = date_mentions(text, start, end, english=english_side)
    fractions = fraction_spans(text, start, end, lang, english_side)  # dos tercios, "two-thirds": not 2
    qs = [q for q in quantities(text, start, end, lang) if not any(a <= q.num_start < b for a, b in fractions)]
    return _outside_dates(qs, dates)


def _compatible(a: Quantity, b: Quantity) -> bool:
    groups = {"number": "n", "ordinal": "n", "percent": "p", "money": "m", "unit": "u"}
    return groups[a.kind] == groups[b.kind]


def _same(draft: str, q: Quantity, d: Quantity, lang: str) -> bool:
    """The draft's ``d`` states the original's ``q``: the same figure, or rounded under a hedge ("nearly 6,000"
    for 5 940), and no English rank word standing for a Russian or Ukrainian count."""
    return (same_figure(q, d) or hedged_round(draft, q, d) or in_cents(draft, q, d)) and not _count_as_rank(q, d, lang)


def _count_as_rank(q: Quantity, d: Quantity, lang: str) -> bool:
    """A Russian or Ukrainian count in words (на два очки) is no English rank in words ("dropped to second"):
    those tables hold cardinals only, so the rank's word would take the count's place and hide a wrong count."""
    return lang in ("ru", "uk") and q.word and d.word and q.kind == "number" and d.kind == "ordinal"


def _sign_apart(a: Quantity, b: Quantity) -> bool:
    """The same figure with the other sign, whatever each side calls it: منفی ۱۲ درجه (-12, a temperature) and
    "12 degrees Celsius" (12, a plain number to the English reader)."""
    return a.value != 0 and a.value == -b.value and "money" not in (a.kind, b.kind)


def compare_figures(
    original: str, ospans: list[tuple[int, int]], draft: str, dspans: list[tuple[int, int]], lang: str,
    times: PairTimes | None = None,
) -> FigureComparison:
    """Mismatched figures (A003), and figures of one side with no counterpart at all (A001, A002); ``times``
    are the pair's clock times when the caller has read them."""
    odates = [date_mentions(original, a, b) for a, b in ospans]
    oq = [q for (a, b), od in zip(ospans, odates) for q in figures(original, a, b, lang, False, od)]
    ddates = [date_mentions(draft, a, b, english=True) for a, b in dspans]  # read once: figures and days
    dq = [q for (a, b), dd in zip(dspans, ddates) for q in figures(draft, a, b, "en", True, dd)]
    # the year of a date the draft gives in another year is the date rule's (A004), not a figure's
    ow, dw = _wrong_years([d for dd in odates for d in dd], [d for dd in ddates for d in dd])
    oq, dq = _without_years(oq, ow), _without_years(dq, dw)
    times = times or pair_times(original, ospans, draft, dspans, lang)
    if times.original:  # o godz. 16.30 / "4:30 p.m.": times, compared as times (A004), not as figures 16.3, 4, 30
        oq, dq = outside_times(oq, times.original), outside_times(dq, times.draft)
    left_d = list(dq)
    left_o = []
    mismatches: list[Mismatch] = []
    # figures in digits first: 千 of a name (“千人计划”, the Thousand Talents Plan) must not take the draft's
    # 1000 from the 1000 written in digits beside it
    for q in sorted(oq, key=lambda q: q.word):
        hit = next((d for d in left_d if _same(draft, q, d, lang) and not taken_exactly(q, d, oq)), None)
        if hit is None:
            left_o.append(q)
            continue
        left_d.remove(hit)
        if q.kind == hit.kind == "money" and q.unit and hit.unit and currencies_differ(q.unit, hit.unit):
            mismatches.append(_figure_mismatch(original, draft, q, hit, certain=False))
        elif units_differ(q, hit) and not any(converts(q, d) for d in dq):  # not "110 mph (177 km/h)"
            mismatches.append(_figure_mismatch(original, draft, q, hit, certain=False))
        elif (pts := points_as_percent(original, q, draft, hit)) is not None:
            mismatches.append(Mismatch(hit.start, hit.end, q.start, pts,
                                       f"The original has “{original[q.start:pts]}” in percentage points; the "
                                       f"draft says “{draft[hit.start:hit.end]}”, a percentage",
                                       (hit.num_end, hit.end, " percentage points")))
        elif (words := percent_as_points(original, q, draft, hit)) is not None:
            mismatches.append(Mismatch(hit.start, words[1], q.start, q.end,
                                       f"The original has “{original[q.start:q.end]}”, a percentage; the draft "
                                       f"says “{draft[hit.start:words[1]]}”, a change in points: check which "
                                       "the original means", (words[0], words[1], " percent")))
    # a conversion given beside the figure ("10 miles (16 km)") or instead of it is not a mismatch
    # ...and so is a year of the original's own calendar given in the Gregorian one (2075 BS as "2019")
    left_d = [d for d in left_d if not any(_converted(original, q, draft, d, lang) for q in oq)]
    left_o = [q for q in left_o if not any(_converted(original, q, draft, d, lang) for d in dq)]
    left_o = [q for q in left_o if not _per_unit(original, q)]  # the 1 of a rate: "to the dollar"
    # a day or year the draft gives in a date, from an original whose date the readers do not know (Sinhala
    # "14" against "on the 14th of February"): the date rules' business, not a dropped or changed figure
    days = _date_numbers(draft, dspans, [d for dd in ddates for d in dd])
    left_o = [q for q in left_o if not (q.kind in ("number", "ordinal") and q.scale == 1 and q.value in days)]
    # ...and the other way: "until the 11th" for 11日, "2023" of "January 2023" for 2023年1月: the original's dates
    odays, oyears = ({getattr(d, f) for od in odates for d in od if getattr(d, f)} for f in ("day", "year"))
    left_d = [d for d in left_d if not day_or_year_of(d, odays, oyears)]
    left_o = without_decades(left_o, draft, dspans)  # 10余年 "more than a decade", anni Ottanta "the eighties"
    years: list[Mismatch] = []
    for q in list(left_o):
        same_kind = [d for d in left_d if _compatible(q, d) or _sign_apart(q, d)]
        if not same_kind:
            continue
        # a year for a year, a count for a count: 42岁 is not the 2018 of "May 2018" when "24" is there too
        d = min(same_kind, key=lambda d: _year_like(d) != _year_like(q))
        left_d.remove(d)
        left_o.remove(q)
        m = _figure_mismatch(original, draft, q, d, certain=len(same_kind) == 1)
        (years if _bare_year(original, q) and _bare_year(draft, d) else mismatches).append(m)
    mismatches += _across_kinds(original, draft, left_o, left_d)
    dropped = [q for q in left_o if _matters(original, q)] if not left_d else []
    if any(_ALL_RE.search(draft, a, b) for a, b in dspans):  # "con el 100 % escrutado": "with all votes counted"
        dropped = [q for q in dropped if not (q.kind == "percent" and q.value == 100)]
    if dropped and (said := percents_in_words(draft, dspans)):  # "uno sconto del 50%": "half price"
        dropped = [q for q in dropped if not (q.kind == "percent" and any(abs(q.value - v) < tol for v, tol in said))]
    if dropped and (said := durations_in_words(draft, dspans)):  # "30 minutit": "half an hour"
        dropped = [q for q in dropped if not (q.kind in ("number", "unit") and q.value in said)]
    if any(_RELATIVE_YEAR_RE.search(draft, a, b) for a, b in dspans):  # "nel 2025" as "next year"
        dropped = [q for q in dropped if not (_year_like(q) and not q.word)]
    if dropped and any(d.month and not d.year for dd in ddates for d in dd):  # "on November 12", no year
        dropped = _without_implied_years(dropped, odates, lang)
    dropped = less_rest_of_hundred(original, dropped, [p for p in oq if p not in left_o])  # "61 do 39 proc.": 61%
    added = [] if left_o else added_figures(original, ospans, draft, fractions_as_percents(original, ospans, lang, left_d))
    return FigureComparison(mismatches, dropped, added, years)


def _across_kinds(original: str, draft: str, left_o: list[Quantity], left_d: list[Quantity]) -> list[Mismatch]:
    """One figure left on each side, of kinds that cannot be the same (5,8 Prozent against "8,000 people"):
    the draft says another thing than the original (neither is a year, a rank or a figure in words: those
    are often a date, an order or a way of speaking). Review only: no fix is certain."""
    if len(left_o) != 1 or len(left_d) != 1:
        return []
    q, d = left_o[0], left_d[0]
    if q.value / q.scale == d.value / d.scale or any(x.kind == "ordinal" or x.word or _year_like(x) for x in (q, d)):
        return []  # the same figure before its scale, read two ways ("1,5 m" and "1.5m", a million in English)
    left_o.clear()
    left_d.clear()
    return [_figure_mismatch(original, draft, q, d, certain=False)]


def _without_implied_years(dropped: list[Quantity], odates, lang: str) -> list[Quantity]:
    """A draft that gives a date without its year (newsroom "last Tuesday, November 12" for ``12 พฤศจิกายน 2567``,
    "third-quarter" for ``ไตรมาสที่ 3 ปี 2567``) leaves the article's own year implied: the year of the original's
    dates, said again in the sentence, is not a dropped figure."""
    years = {d.year for od in odates for d in od if d.month and d.year}
    return [q for q in dropped if not (q.kind == "number" and q.scale == 1 and not q.word and any(
        v + k in years for v in q.values for k in (0, *CALENDAR_OFFSETS.get(lang, ()))))]


# number words that are as often another word, so not reported as dropped: Estonian viis (five; led, took),
# kuus (six; in the month), French neuf (nine; new), Romanian nouă (nine; new), Hungarian hat (six; it acts)
# and öt (five; him), Finnish kuusi (six; spruce), German and Dutch acht (eight; heed)
NUMBER_HOMOGRAPHS = frozenset("viis kuus neuf nouă nouâ hat öt kuusi acht".split())
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _matters(original: str, q: Quantity) -> bool:
    """Whether a figure the draft lacks is worth an omission. A small plain count is often put in words or
    left implicit ("a two-day visit"): only figures that matter on their own count, and a count the original
    spells out from five up (sieben, sedm bodů: a score, a margin), which the draft would give in words or digits."""
    if not q.word:
        return (abs(q.value) >= 10 or q.kind in ("percent", "money", "unit") or q.scale > 1
                or (3 <= q.value < 10 and _PERSONS_RE.match(original, q.end) is not None)
                or (q.kind == "number" and listed_after_dash(original, q.start, q.end)))
    return (q.kind == "number" and q.scale == 1 and 5 <= q.value < 1000 and q.value == int(q.value)
            and _spelled_in_letters(original[q.start : q.end]))


# a small count of people in digits with its counter (이 가운데 4명은 스스로 목숨을 끊었다, 5 người thiệt mạng): the
# dead, the injured, the accused; a dropped "four of them" is an omission, not a count left implicit
_PERSONS_RE = re.compile(r"\s*(?:명|người)(?![^\W가-힣])")


def _spelled_in_letters(word: str) -> bool:
    """A number word of an alphabet (sieben, sedm), not a homograph; CJK numerals are left out: they fill
    idioms (五花八门, 七上八下) and the months of a term (七年六个月, "seven and a half years")."""
    return word.lower() not in NUMBER_HOMOGRAPHS and not _CJK_RE.search(word)

def _converted(original: str, q: Quantity, draft: str, d: Quantity, lang: str) -> bool:
    """Whether ``d`` is ``q`` in other terms: other units, the Gregorian year of a national calendar's, a duration
    in another unit of time (150分钟 as "two and a half hours": :mod:`.durations`), tens as dozens."""
    return converts(q, d) or same_year(q, d, lang) or same_duration(original, q, draft, d) or tens_as_dozens(original, q, draft, d)


# 100% said in words: all, every, entire, whole, fully, complete(ly), in full
_ALL_RE = re.compile(r"\b(?:all|every\w*|entire\w*|whole|full|fully|complete|completely|totally)\b", re.IGNORECASE)

# a year put relative to the article's own: "next year's festival" for ``la prossima edizione ... 2025``
_RELATIVE_YEAR_RE = re.compile(r"\b(?:next|last|this|previous|coming)\s+year(?:['’]s)?\b", re.IGNORECASE)


def _wrong_years(od: list[DateMention], dd: list[DateMention]) -> tuple[list[DateMention], list[DateMention]]:
    """Dates of the original and the draft that give the same month (and day, if any) in different years
    ("14 октября 2022 года" as "October 14, 2021", 2018年5月 as "May 2019"). Years outside 1800-2100 are
    another era's (2567 of the Thai calendar) and are left to the date readers."""
    pairs = [(o, d) for o in od for d in dd if o.month and o.year and d.year and o.year != d.year
             and d.month == o.month and d.day == o.day and all(1800 <= y <= 2100 for y in (o.year, d.year))]
    return [o for o, _ in pairs], [d for _, d in pairs]


def _year_span(text: str, d: DateMention) -> tuple[int, int] | None:
    """The year of a date mention: after it ("October 14, 2021") or just before its month (2018年5月, 2006.01)."""
    m = re.compile(rf"(?<!\d){d.year}(?!\d)").search(text, max(0, d.start - 6), d.end + 12)
    return m.span() if m else None


def _without_years(qs: list[Quantity], dates: list[DateMention]) -> list[Quantity]:
    return [q for q in qs if not any(q.value == d.year and d.start - 6 <= q.num_start <= d.end + 12 for d in dates)]


def _year_mismatches(original: str, od: list[DateMention], draft: str, dd: list[DateMention]) -> list[Mismatch]:
    """A date the draft puts in another year ("14 октября 2022 года" as "October 14, 2021")."""
    out = []
    for o, d in zip(*_wrong_years(od, dd)):
        ospan, dspan = _year_span(original, o), _year_span(draft, d)
        if ospan and dspan:
            msg = f"The original has “{original[ospan[0]:ospan[1]]}”; the draft says “{draft[dspan[0]:dspan[1]]}”"
            out.append(Mismatch(dspan[0], dspan[1], ospan[0], ospan[1], msg, (dspan[0], dspan[1], str(o.year))))
    return out


def _year_like(q: Quantity) -> bool:
    return q.kind == "number" and q.scale == 1 and 1800 <= q.value <= 2100 and q.value == int(q.value)


def _bare_year(text: str, q: Quantity) -> bool:
    """A year written as four plain digits ("since 1974", ``منذ عام 1974``), not a count like "2,000" or "2000 people"."""
    return _year_like(q) and re.fullmatch(r"\d{4}", ascii_digits(text[q.start : q.end])) is not None


def _date_numbers(draft: str, dspans: list[tuple[int, int]], dates: list[DateMention]) -> set[float]:
    found = dates + _ordinal_days(draft, dspans)
    return {float(v) for d in found for v in (d.day, d.year) if v is not None}


_RATE_SIGN_RE = re.compile(r"\s*[=＝]|[\d０-９]|あたり|当たり|当り")


def _per_unit(original: str, q: Quantity) -> bool:
    """The 1 of a rate (``1ドル＝150円``, ``1キロワット時あたり7円``, ``1 € = 1,08 $``), which English says as
    "to the dollar", "per kilowatt-hour"."""
    return q.value == 1 and q.kind in ("money", "unit") and _RATE_SIGN_RE.match(original, q.end) is not None


def figure_reading(original: str, q: Quantity) -> str:
    """A figure of the original as quoted in a message: its words, and its value when they do not show it."""
    shown = original[q.start : q.end]
    plain = english(q)
    if q.kind == "percent":
        plain += "%"
    return f"“{shown}”" if plain.replace(",", "") in shown.replace(" ", "").replace(",", "") else f"“{shown}” ({plain})"


def _figure_mismatch(original: str, draft: str, q: Quantity, d: Quantity, certain: bool) -> Mismatch:
    said = draft[d.start : d.end]
    msg = f"The original has {figure_reading(original, q)}; the draft says “{said}”"
    fix = None
    if q.kind == "money" and d.kind == "money" and q.unit and d.unit and currencies_differ(q.unit, d.unit):
        msg += f" (a different currency: {q.unit} in the original, {d.unit} in the draft)"
    elif units_differ(q, d):
        msg += " (the same figure in another unit)"
    elif points_as_percent(original, q, draft, d) is not None:
        msg += " (percentage points in the original, percent in the draft)"
    elif certain and not currencies_differ(q.unit, d.unit) and d.kind == q.kind and not d.word:
        figure = english(q, like=d)
        if re.fullmatch(r"\d{4}", draft[d.num_start : d.num_end]) and re.fullmatch(r"\d,\d{3}", figure):
            figure = figure.replace(",", "")  # a year for a year: 2019, not 2,019
        if not (d.scale > 1 and not 1 <= float(figure.replace(",", "")) < 1000):
            fix = (d.num_start, d.num_end, figure)
        else:  # "1,500 billion" or "0.002 billion": the scale word is wrong, so the fix rewrites it too
            fix = _with_scale_word(draft, d, english(q))
    elif certain and _sign_apart(q, d) and not d.word:  # "12 degrees" for منفی ۱۲ درجه: "-12 degrees"
        fix = (d.num_start, d.num_end, english(q, like=d))
    (ds, de), (os_, oe) = _score(draft, d), _score(original, q)
    if units_differ(q, d):  # "1–3 grams" for 1–3 milligrammi: the whole range is in the wrong unit
        ds, os_ = _range_start(draft, ds), _range_start(original, os_)
    if (ds, de) != (d.start, d.end) and (os_, oe) != (q.start, q.end):  # a score: "2-0" for 1-0, both whole
        msg = f"The original has “{original[os_:oe]}”; the draft says “{draft[ds:de]}”"
        fix = (ds, de, draft[ds:de].replace(draft[d.num_start:d.num_end], original[q.num_start:q.num_end], 1)
               if d.num_start == ds else draft[ds:d.num_start] + original[q.num_start:q.num_end]) if fix else None
    return Mismatch(ds, de, os_, oe, msg, fix)


_RANGE_FROM_RE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?\s?[–-]\s?$")


def _range_start(text: str, start: int) -> int:
    """Where a range ends at ``start`` ("1–" of "1–3 grams"), the range's first figure; else ``start``."""
    m = _RANGE_FROM_RE.search(text, max(0, start - 12), start)
    return m.start() if m else start


_SCORE_RE = re.compile(r"(?<![\d.,])\d{1,3}\s?[-–:]\s?\d{1,3}(?![\d.,:]?\d)")


def _score(text: str, q: Quantity) -> tuple[int, int]:
    """The whole score a plain figure is one side of (the 2 of "2-0"), else the figure's own span."""
    if q.kind != "number" or q.scale != 1:
        return q.start, q.end
    for m in _SCORE_RE.finditer(text, max(0, q.num_start - 6), min(len(text), q.num_end + 6)):
        if m.start() <= q.num_start and q.num_end <= m.end():
            return m.start(), m.end()
    return q.start, q.end


def _with_scale_word(draft: str, d: Quantity, figure: str) -> tuple[int, int, str] | None:
    """The draft's figure and its scale word ("1.5 billion", "4.59bn") replaced by ``figure`` in its own
    scale ("1.5 trillion"); None when the scale word is not where a reading puts it."""
    if not d.scale_text:
        return None
    at = draft.find(d.scale_text, d.num_end, d.end)
    if at < 0 or draft[d.num_end : at].strip():
        return None
    return d.num_start, at + len(d.scale_text), figure


def compare_dates(
    original: str, ospans: list[tuple[int, int]], draft: str, dspans: list[tuple[int, int]]
) -> list[Mismatch]:
    """Months, days and weekdays of the original that the draft gives differently (A004)."""
    od = [d for a, b in ospans for d in date_mentions(original, a, b)]
    dd = [d for a, b in dspans for d in date_mentions(draft, a, b, english=True)]
    out, used = compare_solar(original, od, draft, dd)  # Iranian dates: the days they may fall on
    od, dd = [o for o in od if not o.solar], [d for d in dd if d not in used and not d.solar]
    for field, name in (("month", month_name), ("weekday", weekday_name)):
        left_d, left_o = [d for d in dd if getattr(d, field)], []
        for o in (o for o in od if getattr(o, field)):  # the same month anywhere first: "June 2025" is června
            same = [d for d in left_d if getattr(d, field) == getattr(o, field)]  # 2025, not the dropped 17. října
            if not same:
                left_o.append(o)
                continue
            left_d.remove(same[0])
            if field == "month" and o.day and same[0].day and o.day != same[0].day:
                out.append(_day_mismatch(original, draft, o, same[0]))
        if field == "month":  # "May 28" for 28日 gives that bare day's month: it is no other month's stand-in
            left_d = [d for d in left_d if not bare_day_of(od, d)]
        for o in left_o:
            if not left_d:
                break
            # a range's borrowed day takes the draft's borrowed day ("21" of "з 21 до 27 липня" and "27" of "June 21
            # to 27"), so the wrong month is said once, on the month words
            d = left_d.pop(next((i for i, x in enumerate(left_d) if _borrowed_month(x) == _borrowed_month(o)), 0))
            if field == "month" and _borrowed_month(o) and _borrowed_month(d):
                continue  # "14 and 15 October" for "14 en 15 november": said once, on the month word
            shown, said = original[o.start : o.end], draft[d.start : d.end]
            label = name(getattr(o, field))
            # a month written as a number ("2006.01" of a CV, whose span is the "01") is read with its year
            read = f"{label} {o.year}" if field == "month" and o.year and shown.isdigit() else label
            msg = f"The original has “{shown}” ({read}); the draft says “{said}”"
            fix = (d.word[0], d.word[1], label) if d.word else None
            out.append(Mismatch(d.start, d.end, o.start, o.end, msg, fix))
    out += _day_only(original, od, draft, dd + _ordinal_days(draft, dspans), " ".join(draft[a:b] for a, b in dspans))
    return out + _year_mismatches(original, od, draft, dd)


def _borrowed_month(m: DateMention) -> bool:
    """The first day of "14 and 15 October": its month is the next mention's month word."""
    return m.word is None and m.day_span == (m.start, m.end)


# "on Thursday, the 8th", "the 8th.", "said on the 15th that": a day of the month the draft gives without its
# month (as the original's 7日, 15일 have none); "the 3rd week", "the 2nd round", "on the 5th floor" are ordinals
# of a noun and are not days
_COUNTED = r"(?:floor|storey|day|week|month|year|anniversary|attempt|round|time|lap|hole|minute|stage|leg|edition|place)s?\b"
_ORDINAL_DAY_RE = re.compile(r"\bthe ((\d{1,2})(?:st|nd|rd|th))\b(?!-| +[a-z])"
                             rf"|\bon the ((\d{{1,2}})(?:st|nd|rd|th))\b(?!-| +{_COUNTED})")


def _ordinal_days(draft: str, dspans: list[tuple[int, int]]) -> list[DateMention]:
    out = []
    for a, b in dspans:
        for m in _ORDINAL_DAY_RE.finditer(draft, a, b):
            g = 1 if m.group(1) else 3
            if 1 <= int(m.group(g + 1)) <= 31:
                out.append(DateMention(m.start(g), m.end(g), day=int(m.group(g + 1)), day_span=m.span(g)))
    return out


def _day_text(draft: str, span: tuple[int, int], day: int) -> str:
    """The day as the draft writes it: "15", or "15th" where the draft has an ordinal."""
    if draft[span[0] : span[1]].isdigit():
        return str(day)
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def _day_mismatch(original: str, draft: str, o: DateMention, d: DateMention) -> Mismatch:
    shown, said = original[o.start : o.end], draft[d.start : d.end]
    msg = f"The original has “{shown}” ({month_name(o.month)} {o.day}); the draft says “{said}”"
    fix = (d.day_span[0], d.day_span[1], _day_text(draft, d.day_span, o.day)) if d.day_span else None
    return Mismatch(d.start, d.end, o.start, o.end, msg, fix)


def _day_only(original: str, od: list[DateMention], draft: str, dd: list[DateMention], said_all: str) -> list[Mismatch]:
    """A day without a month (Chinese 25日, "on the 25th") against a draft date whose day differs."""
    out = []
    for o in od:
        if o.month or not o.day:
            continue
        days = {d.day for d in dd if d.day}
        # a draft date that gives another of the original's dates (12月1日 as "December 1") is not this one
        free = [d for d in dd if d.day and (d.month, d.day) not in {(x.month, x.day) for x in od if x.month}]
        if not free or o.day in days or _ordinal_in(said_all, o.day):
            continue
        d = free[0]
        shown, said = original[o.start : o.end], draft[d.start : d.end]
        msg = f"The original has “{shown}” (day {o.day}); the draft says “{said}”"
        fix = ((d.day_span[0], d.day_span[1], _day_text(draft, d.day_span, o.day))
               if d.day_span and sum(1 for x in od if x.day) == 1 else None)
        out.append(Mismatch(d.start, d.end, o.start, o.end, msg, fix))
    return out


def _ordinal_in(draft: str, day: int) -> bool:
    return re.search(rf"(?<!\d){day}(?:st|nd|rd|th)\b", draft) is not None
