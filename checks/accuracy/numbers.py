"""Numbers, percentages, money and quantities, read locale-aware on both sides of a translation.

``3,2 milliards`` and "3.2 billion" are one value, so are ``15 000`` / ``15.000`` / "15,000", ``7,8 %`` and
"7.8%", ``1,5 млн`` and "1.5 million", ``三万`` / ``3万`` and "30,000", ``1.2亿`` and "120 million", and
Arabic-Indic digits. Where a figure can be read two ways (``1.500`` is 1,500 in German and 1.5 in English),
both readings are kept, the side's own convention first, and a comparison accepts either: A003 must not
cry wolf over a correct conversion.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .points import is_points
from .numwords import (
    APPROX,
    CURRENCIES,
    CURRENCY_SCALES,
    ORDINALS,
    GLUED_ONLY,
    OF_WORDS,
    ADJECTIVE_AFTER,
    FIGURE_AFTER,
    MULTIPLIER_ONLY,
    NUMBER_ADJECTIVES,
    PERCENT_WORDS,
    SCALE_OF,
    UNITS,
    after_number_re,
    number_words,
    scale_words,
)
from . import numwordsnordic as _nordic, numwordsestonian as _et
from . import numwordsindonesian as _indonesian, numwordsextra as _extra
from .numtables import ONE_BEFORE_SCALE as _ONE_BEFORE_SCALE, RP_SCALES, GREEK_ORDINAL_ENDINGS as _EL
from .cjknum import korean_thousands
from .cjkreadings import cjk_further_values
from .terms import with_term_readings
from .yearmonth import year_month_spans
from .devanagari import LANGS as DEVANAGARI_LANGS, LETTERS as DEVANAGARI
from . import pashto, persian, thai
from .numwordshungarian import LANG_CURRENCIES
from .minus import signed
from .numwordsmore import scale_before
from .quantity import Quantity
from .readings import with_further_values, with_season_years

# Languages that write 3,5 for three and a half (and 1.500 or 1 500 for fifteen hundred).
COMMA_DECIMAL = frozenset(
    "fr de es it pt ro ru uk pl tr et nl cs sk sv da no nb fi hu el bg hr sr sl lt lv id vi be ca eu gl az kk km ka hy mk".split()
)


def _digit_table() -> dict[int, str]:
    table = {}
    for block in (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10, 0x0DE6, 0x1040, 0x17E0):
        for i in range(10):
            ch = chr(block + i)
            if unicodedata.digit(ch, None) == i:
                table[block + i] = str(i)
    table.update({0x066B: ".", 0x066C: ",", 0xFF0E: ".", 0xFF0C: ","})  # Arabic and full-width marks
    return table


DIGITS = _digit_table()  # one character for one, so offsets into the translated text still hold


@lru_cache(maxsize=8)
def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit in ASCII (once per text: rules ask sentence by sentence)."""
    return text.translate(DIGITS)


_NUM_RE = re.compile(r"[-−]?\d+(?:(?:[ \u00a0\u202f\u2009'’]\d{3})+(?!\d)(?:[.,]\d+)?|(?:[.,]\d+)+)?")
# Thai: โควิด-19; Devanagari: टी20 (T20), not the 20 of a score
_LETTER_BEFORE = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0e01-\u0e2e\u0900-\u0963\u0971-\u097f]")
_CURRENCY_BEFORE_RE = re.compile(r"(US\$|C\$|A\$|HK\$|R\$|[$€£¥₽₴₹₩₺₪₱]|USD|EUR|GBP|CNY|RMB|JPY|CHF|PLN|CZK|SEK|NOK|DKK"
                                 r"|(?<![A-Za-z])Rs\.?|(?<![\u0900-\u097f])रु\.|INR|HUF|(?<![A-Za-z])R[pM]\.?|IDR|MYR|VND|฿|(?<![A-Za-z])Tk\.?|ကျပ်|ဒေါ်လာ)"
                                 r"[ \u00a0]?$")
_GLUED_CURRENCY_RE = re.compile(r"(?<![A-Za-z])(?:USD|EUR|GBP|CNY|RMB|JPY|CHF|HKD|IDR|R[pMs]\.?|VND|Tk)$")  # VND3.2 trillion, Rs12.50
_PERCENT_BEFORE_RE = re.compile(r"(%|yüzde |百分之|" + thai.PERCENT_BEFORE + ")$", re.IGNORECASE)  # Thai ร้อยละ 26
_SUFFIX_RE = re.compile(rf"(st|nd|rd|th|s|e|er|ème|eme|re|-?й|-?го|-?я|-?е|-?th|-?ті|º|ª|°|{_EL})(?![A-Za-z\u0370-\u03ff])", re.I)
_RP_SCALE_RE = re.compile(r"[ \u00a0]?([MT])(?![\w])")
_ORDINAL_SUFFIXES = frozenset("st nd rd th e er ème eme re й го я -й -го -я ті º ª".split() + _EL.split("|"))


def figure_readings(figure: str, comma_decimal: bool) -> tuple[tuple[float, ...], int]:
    """The values a written figure may stand for, the convention's own first, and its decimals."""
    f = figure.replace("−", "-").replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    f = f.replace("’", "'")
    neg = f.startswith("-")
    f = f.lstrip("-")
    if " " in f or "'" in f:  # grouped by spaces (1 234,5) or apostrophes (1'234.5): the other mark is decimal
        whole, _, frac = re.sub(r"[ ']", "", f).replace(",", ".").partition(".")
        return (_sign(float(whole + "." + (frac or "0")), neg),), len(frac)
    seps = [c for c in f if c in ".,"]
    if not seps:
        return (_sign(float(f), neg),), 0
    if len(set(seps)) == 2:
        dec = seps[-1]
        whole, frac = f.rsplit(dec, 1)
        return (_sign(float(whole.replace(",", "").replace(".", "") + "." + frac), neg),), len(frac)
    sep = seps[0]
    parts = f.split(sep)
    if len(parts) > 2:  # 1.234.567 or 1,234,567 (or the Indian 1,50,000)
        if all(len(p) == 3 for p in parts[1:]) or (sep == "," and len(parts[-1]) == 3 and
                                                    all(len(p) == 2 for p in parts[1:-1])):
            return (_sign(float("".join(parts)), neg),), 0
        return (_sign(float(parts[0] + "." + "".join(parts[1:])), neg),), len("".join(parts[1:]))
    whole, frac = parts
    as_decimal = _sign(float(whole + "." + frac), neg)
    if len(frac) == 3 and whole != "0" and len(whole) <= 3:
        as_thousands = _sign(float(whole + frac), neg)
        if (sep == ",") == comma_decimal:  # the side's decimal mark: 1,500 in French is 1.5, maybe 1500
            return (as_decimal, as_thousands), 3
        return (as_thousands,), 0
    return (as_decimal,), len(frac)


def _sign(v: float, neg: bool) -> float:
    return -v if neg else v


def quantities(text: str, start: int = 0, end: int | None = None, lang: str = "en") -> list[Quantity]:
    """Every figure in ``text[start:end]`` written in digits, number words or Chinese numerals."""
    end = len(text) if end is None else end
    t = ascii_digits(text) if lang not in ("fa", "ps") else persian.slash_decimals(ascii_digits(text))  # ۳/۵ درصد: 3.5%
    out = [q for m in _NUM_RE.finditer(t, start, end) if (q := _digit_quantity(t, m, lang, end)) is not None]
    out += _word_quantities(t, start, end, lang)
    if lang in ("zh", "ja", "ko") or re.search(r"[\u4e00-\u9fff]", t[start:end]):
        from .cjknum import chinese_quantities, half_hours, tenths

        out += [Quantity(a, b, a, b, (v,), "percent", "", 1.0, "", 0, True) for a, b, v in tenths(t, start, end)]
        out += [_finish(t, a, b, (v,), 0, lang, end, True) for a, b, v in chinese_quantities(t, start, end)]
        out += [Quantity(a, b, a, b, (30.0,), "number", "", 1.0, "", 0, True) for a, b in half_hours(t, start, end)]
    stamps = year_month_spans(t, start, end)  # 2005.09 in a Chinese CV: the year, not the decimal 2,005.09
    out = [q for q in out if q is not None and not any(m.start() <= q.start < m.end() for m in stamps)]
    out += [Quantity(m.start(1), m.end(1), m.start(1), m.end(1), (float(m.group(1)),), "number", "", 1.0, "", 0, False)
            for m in stamps]
    out.sort(key=lambda q: (q.start, -q.end))
    kept: list[Quantity] = []
    for q in out:  # a figure inside another ("3" of "3万") is the bigger one's
        if kept and q.start < kept[-1].end:
            continue
        kept.append(q)
    joined = with_season_years(t, signed(t, _joined(t, kept, lang)))  # منفی ۱۲, minus 12: -12; 2022/23
    if lang in ("zh", "ja"):
        return cjk_further_values(t, joined)  # 後半9分 as "the 54th minute", 前三季度 as "nine months"
    return with_further_values(t, joined) if lang == "en" else with_term_readings(t, joined)


# A figure written as its large unit and the rest is one figure: Chinese and Japanese glue the smaller figure
# to the scale word (8兆9000億円 8.9 trillion yen, 3億2000万円, 2万4000人 24,000); Arabic joins it with "and"
# (28 ألفاً و450, 28,450), Turkish and Korean with a space (28 bin 450; 45조 7천억 45.7 trillion, 1만 2천 12,000).
_CJK_LARGE = frozenset("万萬亿億兆만억조")
_JOINERS = {"ar": re.compile(r"\s*و\s*"), "fa": persian.JOINER, "ps": pashto.JOINER, "tr": re.compile(r"[ \u00a0]"),
             "ko": re.compile(r"[ \u00a0]?"), "km": re.compile(r"[ \u00a0\u200b]?"),
             "en": re.compile(r"(?:(?<=lakh)|(?<=lakhs)|(?<=crore)|(?<=crores))[ \u00a0]"),  # "55 lakh 25 thousand"
             **{lang: re.compile(r"[ \u00a0]") for lang in ("hi", "ne", "mr", "bn")}}  # ३ करोड ४० लाख: 34 million


def _joined(t: str, qs: list[Quantity], lang: str) -> list[Quantity]:
    if lang == "ko":  # 3천500억 is (3천 + 500) 억 first, so 1조9천572억 is 1조 + 9,572억, not 1조 + 9천 + 572억
        qs = _korean_thousands_first(qs)
    out: list[Quantity] = []
    for q in qs:
        p = out[-1] if out else None
        if p is not None and (big := _thousands_of_scale(t, p, q, lang)) is not None:
            out[-1] = big
            continue
        if p is not None and p.kind == "number" and 0 < q.value < p.scale and _joins(t, p, q, _JOINERS.get(lang), lang):
            out[-1] = Quantity(p.start, q.end, p.num_start, q.num_end, tuple(v + q.value for v in p.values), q.kind,
                               q.unit, p.scale, p.scale_text, 0, p.word and q.word)
            continue
        out.append(q)
    return out


def _korean_thousands_first(qs: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    for q in qs:
        if out and (ko := korean_thousands(out[-1], q)) is not None:
            out[-1] = ko
        else:
            out.append(q)
    return out


def _thousands_of_scale(t: str, p: Quantity, q: Quantity, lang: str) -> Quantity | None:
    """Persian, Pashto and Arabic count a trillion in thousands of billions: هزار و ۵۰۰ میلیارد is 1,500 billion,
    ۲ هزار و ۳۰۰ میلیارد 2,300 billion: the scale word after the last part scales the whole figure."""
    if lang not in ("fa", "ps", "ar") or p.kind != "number" or q.scale < 1e6 or not 0 < q.value / q.scale < 1e3:
        return None
    if not all(1e3 <= v < 1e6 and v % 1e3 == 0 for v in p.values) or not _joins(t, p, q, _JOINERS[lang], lang, True):
        return None
    return Quantity(p.start, q.end, p.num_start, q.num_end, tuple((v + q.value / q.scale) * q.scale for v in p.values),
                    q.kind, q.unit, q.scale, q.scale_text, 0, p.word and q.word)


def _joins(t: str, p: Quantity, q: Quantity, joiner: re.Pattern | None, lang: str = "", scaled_rest=False) -> bool:
    if q.start == p.end and lang != "km":  # Khmer glues the rest on too: ២លាន៥សែន (2.5 million); Korean 2천270원
        return p.scale_text[-1:] in _CJK_LARGE or (lang == "ko" and p.scale_text == "천")
    if joiner is None or (not scaled_rest and (p.scale < 1e3 or q.word or q.scale >= p.scale)):
        return False
    m = joiner.match(t, p.end)
    return m is not None and m.end() == q.start


def _digit_quantity(t: str, m: re.Match, lang: str, hi: int) -> Quantity | None:
    a, b = m.span()
    figure = m.group()
    if figure[0] in "-−" and a > 0 and t[a - 1].isalnum():
        a, figure = a + 1, figure[1:]  # mid-1960s, F-16: a hyphen, not a minus sign
    glued = _GLUED_CURRENCY_RE.search(t, max(0, a - 4), a)  # RMB280 million, USD11 billion
    decade = re.match(r"s(?![A-Za-z])", t[b : b + 2]) and figure.endswith("0")  # Post-90s, pre-1960s
    if a > 0 and not glued and (_LETTER_BEFORE.match(t, a - 1) or (
            t[a - 1] == "-" and not decade and _code_before(t, a - 1))):
        return None  # COVID-19, H5N6, F-16: names, not quantities (but mid-1960s is a figure)
    if a > 0 and t[a - 1] in "#№":
        return None
    if len(figure.lstrip("-−")) > 1 and figure.lstrip("-−")[0] == "0" and figure.lstrip("-−")[1:2].isdigit():
        return None  # 007, 0800 numbers
    values, decimals = figure_readings(figure, lang in COMMA_DECIMAL)
    era = JAPANESE_ERAS.get(t[max(0, a - 2) : a])
    if era and t.startswith("年", b):
        values = (values[0], values[0] + era)  # 令和6年 is 2024: the year as written, then the Gregorian one
    return _finish(t, a, b, values, decimals, lang, hi, False)


# Japanese era names and the Gregorian year before each era's first year (令和1年 = 2019).
JAPANESE_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}


def _code_before(t: str, hyphen: int) -> bool:
    i = hyphen
    while i > 0 and (t[i - 1].isalnum()):
        i -= 1
    word = t[i:hyphen]
    return bool(word) and _LETTER_BEFORE.match(word) is not None and (not word.islower() or len(word) <= 2)


# a temperature's sign and unit as English news writes them: "minus 3C", "30C" (C or F glued to the figure)
_GLUED_DEGREES_RE = re.compile(r"[CF](?![\w°])")
# ...but not a label: Section 3C, Gate 4F, article 12C, grade 2C, flat 5F
_LABEL_BEFORE_RE = re.compile(r"(?:\b[A-Z]\w*|\b(?:article|section|paragraph|gate|flat|room|seat|row|grade|type|class|"
                              r"zone|form|level|vitamin|category|platform|line|apartment|unit|floor))\s+$")


def _finish(t, a, b, values, decimals, lang, hi, word) -> Quantity | None:
    """Read what surrounds a figure: currency before, scale word, currency, unit, percent or ordinal after."""
    start, end, kind, unit, points = a, b, "number", "", False
    before = t[max(0, a - 8) : a]
    cm = _CURRENCY_BEFORE_RE.search(before)
    if cm:
        start, kind, unit = a - len(cm.group()), "money", CURRENCIES.get(cm.group(1).lower(), cm.group(1).upper())
    elif _PERCENT_BEFORE_RE.search(before):
        start, kind, unit = a - len(_PERCENT_BEFORE_RE.search(before).group()), "percent", "%"
    scale, scale_text = 1.0, ""
    m = after_number_re(lang).match(t, b, hi) if b < hi else None
    if m and m.group("scale"):
        raw = re.sub(r"^-", " ", m.group("scale"))  # "12-billion-baht" as "12 billion baht"
        word_ = re.sub(r"^de\s+", "", raw.strip().lower()) if SCALE_OF.get(lang) else raw.strip().lower()
        word_ = word_[1:] if len(word_) > 1 and re.match(APPROX, word_) else word_
        sign = t[b + len(raw) : b + len(raw) + 1]
        currency_scale = word_ in CURRENCY_SCALES and raw.strip().isupper() and sign != "" and sign in "€$£"
        currency_scale = currency_scale or (word_ in CURRENCY_SCALES and _nordic.KR_AFTER_RE.match(t, b + len(raw)))
        if currency_scale or not (word_ in GLUED_ONLY and raw != raw.lstrip()):
            mults = ((CURRENCY_SCALES[word_],) if currency_scale else
                     scale_words(lang).get(word_) or scale_words("xx").get(word_, (1.0,)))
            scale, scale_text, end = mults[0], raw.strip(), b + len(raw)
            values = tuple(v * s for v in values for s in mults)
    if not scale_text and unit == "IDR" and (rm := _RP_SCALE_RE.match(t, b, hi)):  # Rp 5 M, Rp 2 T
        scale, scale_text, end = RP_SCALES[rm.group(1)], rm.group(1), rm.end()
        values = tuple(v * scale for v in values)
    tail = after_number_re(lang).match(t, end + (hy := int(lang == "en" and bool(scale_text) and t.startswith("-", end))), hi)
    tail_text = "-" * hy + tail.group("tail") if tail and tail.group("tail") and not tail.group("scale") else None
    tail_text = None if tail_text and tail_text.strip() == "G" else tail_text  # 5G, 4 G: networks, not grams
    if tail_text:
        key = tail_text.strip().lstrip("-").lower()
        key = re.sub(rf"^(?:{OF_WORDS})", "", key)
        if key in LANG_CURRENCIES.get(lang, ()):  # Hungarian Ft (feet elsewhere)
            kind, unit, end = "money", LANG_CURRENCIES[lang][key], end + len(tail_text)
        elif key in CURRENCIES:
            kind, unit, end = "money", CURRENCIES[key], end + len(tail_text)
        elif key in UNITS:
            kind, unit, end = "unit", key, end + len(tail_text)
        elif key in PERCENT_WORDS and kind != "money":
            kind, unit, end, points = "percent", "%", end + len(tail_text), is_points(key)
    elif kind == "number" and not word and not scale_text:
        sm = _SUFFIX_RE.match(t, b, hi)
        if sm and sm.group(1).lower() in _ORDINAL_SUFFIXES:
            kind, end = "ordinal", b + len(sm.group())
        elif b < hi and _GLUED_DEGREES_RE.match(t, b, hi) and not _LABEL_BEFORE_RE.search(t, max(0, a - 16), a):
            # newsroom "30C", "minus 3C", "86F"
            kind, unit, end = "unit", "°" + t[b].lower(), b + 1
        elif b < hi and _LETTER_BEFORE.match(t, b) and not sm:
            return None  # 5G, 3D, 4x4: product names, not quantities
    if not scale_text and kind == "number" and (sb := scale_before(t, a, lang)):  # මිලියන 450, bilioni 12
        start, scale, scale_text, kind, unit, points = sb
        values = tuple(v * scale for v in values)
    return Quantity(start, end, a, b, values, kind, unit, scale, scale_text, decimals, word, points)


@lru_cache(maxsize=32)
def _word_run_re(lang: str) -> re.Pattern:
    words = dict(number_words(lang))
    words.update(ORDINALS.get(lang, {}))
    alt = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    # tens and units joined by "and": Spanish sesenta y cinco, Portuguese trinta e cinco, Romanian
    # douăzeci și cinci, двадесет и пет (65, 35, 25: "dos y tres" stays two figures)
    tens = "|".join(re.escape(w) for w, v in words.items() if 20 <= v <= 90 and v % 10 == 0)
    units = "|".join(re.escape(w) for w, v in words.items() if 2 <= v <= 9)
    if tens and units and lang != "en":
        alt = rf"(?:{tens})\s(?:y|e|și|و|и)\s(?:{units})(?![\w'’-])|{alt}"
    # Portuguese joins every step with "e": duzentos e trinta mil (230,000), dois mil e quinhentos (2,500);
    # English the hundreds with "and" (two hundred and fifty)
    sep = rf"(?:[- ]|\s{_AND[lang]}\s)" if lang in _AND else "[- ]"
    half = _HALVES.get(lang, "(?!)")
    one = _nordic.ONE_BEFORE_HALF.get(lang, "")
    edge = rf"[\w'’{DEVANAGARI if lang in DEVANAGARI_LANGS else _extra.EDGE_LETTERS.get(lang, '')}-]"  # दो of सौदों, তিন of তিনি
    edge = r"[\w'’\u200c-]" if lang in ("fa", "ps") else edge  # سه, not the سه of سه‌شنبه (Tuesday)
    after = rf"(?!{edge})" if lang != "en" else rf"(?![\w'’]|-(?!{_ENGLISH_MEASURE}))"  # a three-week trip: 3
    return re.compile(rf"(?<!{edge})(?:{one}{alt})(?:{sep}(?:{alt}))*(?P<half>{half})?{after}", re.IGNORECASE)


# What an English number word is joined to by a hyphen and still counts (a three-week trip, a two-day visit,
# a five-storey building, a two-time champion; an ordinal's third-placed, fifth-ranked): the 两周 / 三天 / 第三名
_ENGLISH_MEASURE = (r"(?:second|minute|hour|day|night|week|month|year|decade|century|mile|kilomet(?:er|re)|placed|ranked|"
                    r"seeded|met(?:er|re)|foot|storey|story|time|point|member|nation|party|seat|lane)s?\b")


_AND = {"pt": "e", "en": "and", "fa": persian.AND, "ps": pashto.AND}
_DOZENS = frozenset({"dozen", "douzaine"})
# A half joined to a figure in words: "two and a half (million)", Polish "dwa i pół (miliona)" (2.5); a lone
# half ("pół", 0.5) is a figure only before a scale word (pół miliona, half a million: 500,000)
_HALVES = {"en": r"\s+and\s+a\s+half", "pl": r"\s+i\s+pół", "cs": r"\s+a\s+půl", "hu": r"\s+és\s+fél"}
_HALVES.update(_nordic.HALVES | _et.HALVES)  # Swedish två och en halv miljard, Estonian kaks ja pool
_HALF_A_RE = re.compile(r"(?<![\w-])half[- ]an?[- ](?=(?:million|billion|trillion)\b(?!-))", re.IGNORECASE)
# Dutch "een half miljoen" (half a million); "half acht" is half past seven, so half is no number word
_HALF_BEFORE_SCALE = {"en": _HALF_A_RE,
                      "nl": re.compile(r"(?<![\w-])half (?=(?:miljoen|miljard)\b)", re.IGNORECASE),
                      # Hungarian fél millió (half a million), fél milliárd forinttal
                      "hu": re.compile(r"(?<![\w-])fél (?=(?:millió|milliárd|ezer)\w*\b)", re.IGNORECASE)}
_HALF_BEFORE_SCALE.update(_nordic.HALF_BEFORE_SCALE | _et.HALF_BEFORE_SCALE)  # Swedish en halv miljon


def _and_joins(prev: float, nxt: float) -> bool:
    """Whether "<prev> e <nxt>" is one number: tens and units, hundreds and less, mil and less
    (vinte e cinco, cento e vinte, mil e quinhentos; "dois e três" stays two figures)."""
    if prev == 1000:
        return nxt < 1000
    if prev >= 100 and prev % 100 == 0:
        return nxt < 100
    return 20 <= prev <= 90 and prev % 10 == 0 and nxt < 10


def _and_segments(t: str, a: int, b: int, words: dict[str, float], joiner: str) -> list[tuple[int, int]]:
    """A run cut where its "e" ("and") joins two figures rather than the parts of one."""
    out, seg_start, prev, after_e = [], a, None, False
    for tok in re.finditer(r"[^\W\d_]+", t[a:b]):
        w = tok.group().lower()
        if w == joiner:
            after_e = True
            continue
        v = words.get(w, 0.0)
        if after_e and prev is not None and not _and_joins(prev, v):
            out.append((seg_start, end_prev))
            seg_start = a + tok.start()
        prev, end_prev, after_e = v, a + tok.end(), False
    out.append((seg_start, b))
    return out


def _word_quantities(t: str, start: int, end: int, lang: str) -> list[Quantity]:
    if lang == "vi":  # hai mươi lăm, một trăm linh năm, nửa triệu: vietnamese.py
        return _vietnamese_word_quantities(t, start, end)
    words = number_words(lang)
    out = []
    for a, b, whole in _word_runs(t, start, end, lang, words):
        half = whole > b  # "two and a half", "dwa i pół"
        parts = [p.lower() for p in re.split(r"[- ]", t[a:b]) if p.lower() not in ("y", "e", "și", "and", "و", "او")]
        if len(parts) == 2 and parts[0] == parts[1] and lang != "en":
            parts = parts[:1]  # Hindi दो-दो (two each), एक-एक: a distributive, not 2 + 2
        if parts[-1] in ORDINALS.get(lang, ()) and len(parts) == 1 and not half:
            v = float(ORDINALS[lang][parts[-1]])
            out.append(Quantity(a, b, a, b, (v,), "ordinal", "", 1.0, "", 0, True))
            continue
        if parts[0] in MULTIPLIER_ONLY or (len(parts) == 1 and _adjective(t, a, parts[0], lang)):
            continue  # "sute de oameni" (hundreds of people), "o lege nouă" (a new law)
        vals = [words.get(p, 1.0 if p == "one" or (p == "en" and lang == "sv") else 0.0) for p in parts]
        if len(parts) > 1 and parts[-1] in _DOZENS:  # "two dozen": 24, "three douzaines"
            vals = [_combine(vals[:-1]) * 12]
        value = _combine(vals) + (0.5 if half else 0)
        if lang in ("id", "ms"):  # dua puluh lima, lima belas, tiga ratus (numwordsindonesian.py)
            value = _indonesian.combine(parts, words)
        if value and (value >= 2 or value != int(value) or (value == 1 and lang in ("hi", "fa", "ps", "ur"))):
            q = _finish(t, a, whole, (value,), 0, lang, end, True)
            if q is not None and not (value <= 1 and q.scale == 1):  # Hindi एक is a figure before लाख only
                out.append(q)
    for pattern, v in ((_HALF_BEFORE_SCALE.get(lang), 0.5), (_ONE_BEFORE_SCALE if lang == "en" else None, 1.0)):
        for m in pattern.finditer(t, start, end) if pattern else ():
            q = _finish(t, m.start(), m.end() - 1, (v,), 0, lang, end, True)
            if q is not None and q.scale > 1:
                out.append(q)
    return out


def _vietnamese_word_quantities(t: str, start: int, end: int) -> list[Quantity]:
    from .vietnamese import HALF_BEFORE_SCALE, word_numbers

    out = [_finish(t, a, b, (v,), 0, "vi", end, True) for a, b, v in word_numbers(t, start, end)]
    halves = [_finish(t, m.start(), m.end() - 1, (0.5,), 0, "vi", end, True)
              for m in HALF_BEFORE_SCALE.finditer(t, start, end)]
    return out + [q for q in halves if q is not None and q.scale > 1]


def _adjective(t: str, a: int, word: str, lang: str) -> bool:
    """Whether a number word that is also another word (Romanian nouă "new", Arabic ست "lady", Hebrew שש "glad") is
    not a number here."""
    if lang in _extra.COUNT_ONLY or NUMBER_ADJECTIVES.get(word) != lang:
        return word in _extra.COUNT_ONLY.get(lang, ()) and not _extra.COUNTS[lang](t, a, a + len(word))
    m = re.search(r"([^\W\d_]+)\s+$", t[max(0, a - 30) : a])
    prev = m.group(1).lower() if m else ""
    return prev in ADJECTIVE_AFTER or (prev[-1:] in ("ă", "e", "a") and prev not in FIGURE_AFTER)


def _word_runs(t: str, start: int, end: int, lang: str, words: dict[str, float]):
    """(start, end of its words, end with its half) of each run of number words (a run cut where its "e" or
    "and" joins two figures; a half belongs to the last figure)."""
    for m in _word_run_re(lang).finditer(t, start, end):
        body_end = m.start("half") if m.group("half") else m.end()
        spans = _and_segments(t, m.start(), body_end, words, _AND[lang]) if lang in _AND else [(m.start(), body_end)]
        for i, (a, b) in enumerate(spans):
            yield a, b, (m.end() if i == len(spans) - 1 else b)


def _combine(vals: list[float]) -> float:
    """twenty-five -> 25, two hundred -> 200 (small totals only; scale words come after); a thousand word
    multiplies what precedes it (Portuguese dois mil 2,000, duzentos e trinta mil 230,000)."""
    total = 0.0
    for v in vals:
        if v == 1000:
            total = (total or 1.0) * 1000
        elif v == 100 and total:
            total *= 100
        else:
            total += v
    return total
