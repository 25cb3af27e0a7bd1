"""Fractions said in words on both sides: ``moins d'un quart des loyers`` rendered "less than a third of the
rents" (A003). Only fractions of something (``un quart des``, "a third of", "two-thirds", "half of") count, as
``quarto`` / ``cuarto`` / "third" are also ordinals (``quarto lugar``, "a third term"); and only when both sides
give fractions and one on each side agrees with none of the other's, so a fraction put as a percentage or
left out is no finding here.
"""

from __future__ import annotations

import re

from .mismatch import Mismatch

_OF = r"(?=\s+(?:de|des|du|del|della|delle|dei|degli|dos|das|do|da|of)\b|\s*d['’])"
_ORIGINAL = {
    "fr": [(r"\bun\s+quart" + _OF, 1 / 4), (r"\bun\s+tiers\b", 1 / 3), (r"\bdeux\s+tiers\b", 2 / 3),
           (r"\btrois\s+quarts\b", 3 / 4), (r"\bla\s+moitié\b", 1 / 2)],
    "es": [(r"\bun\s+cuarto" + _OF, 1 / 4), (r"\bun\s+tercio\b", 1 / 3), (r"\bdos\s+tercios\b", 2 / 3),
           (r"\btres\s+cuartos" + _OF, 3 / 4), (r"\bla\s+mitad\b", 1 / 2)],
    "it": [(r"\bun\s+quarto" + _OF, 1 / 4), (r"\bun\s+terzo" + _OF, 1 / 3), (r"\bdue\s+terzi\b", 2 / 3),
           (r"\btre\s+quarti" + _OF, 3 / 4), (r"\b(?:la\s+)?metà\b", 1 / 2)],
    "pt": [(r"\bum\s+quarto" + _OF, 1 / 4), (r"\bum\s+terço\b", 1 / 3), (r"\bdois\s+terços\b", 2 / 3),
           (r"\btrês\s+quartos" + _OF, 3 / 4), (r"\b(?:a\s+)?metade\b", 1 / 2),
           # after a word of amount "um quarto" is a share, not a room or an ordinal: "cerca de um quarto se realizou"
           (r"\b(?:cerca\s+de|perto\s+de|quase|apenas|só|mais\s+de|menos\s+de|aproximadamente)\s+um\s+quarto\b",
            1 / 4)],
}
# a share said as a count, with or without its noun: un diplomato su quattro, uno su tre, un match sur deux, uno de
# cada cinco, um em cada quatro ("one in four", "one graduate in four")
_RATIO = {"it": (r"\bun[oa']?\s*(?:\w+\s+)?su\s+", ["due", "tre", "quattro", "cinque", "dieci"]),
          "fr": (r"\bune?\s+(?:\w+\s+)?sur\s+", ["deux", "trois", "quatre", "cinq", "dix"]),
          "es": (r"\bun[oa]?\s+(?:\w+\s+)?de\s+cada\s+", ["dos", "tres", "cuatro", "cinco", "diez"]),
          "pt": (r"\bum[a]?\s+(?:\w+\s+)?(?:em|de)\s+cada\s+", ["dois", "três", "quatro", "cinco", "dez"])}
for _lang, (_head, _words) in _RATIO.items():
    _ORIGINAL[_lang] += [(_head + w + r"\b", 1 / n) for w, n in zip(_words, (2, 3, 4, 5, 10))]
# Greek ``τρίτο`` / ``τέταρτο`` are ordinals too (``τρίτο τρίμηνο``): a fraction is one of something, a genitive
# after it. Czech ``třetina`` / ``čtvrtina`` are nouns, never ordinals (``třetí``, ``čtvrtý``). Hungarian ``harmada``
# / ``negyede`` take a possessive ending, unlike the ordinals (``harmadik``) and ``negyedév`` "quarter (of a year)".
_GR_OF = r"(?=\s+(?:των|του|της)\b)"
_ORIGINAL.update({
    "el": [(r"(?<!δύο\s)\bένα\s+τρίτο" + _GR_OF, 1 / 3), (r"\bδύο\s+τρίτα\b", 2 / 3),
           (r"\bένα\s+τέταρτο" + _GR_OF, 1 / 4), (r"\bτρία\s+τέταρτα\b", 3 / 4),
           (r"\b(?:το|τα|η)\s+μισ(?:ό|ά|ή)\b", 1 / 2)],
    "cs": [(r"(?<!dvě\s)(?<!dvou\s)\btřetin\w*", 1 / 3), (r"\b(?:dvě|dvou)\s+třetin\w*", 2 / 3),
           (r"(?<!tři\s)(?<!tří\s)\bčtvrtin\w*", 1 / 4), (r"\b(?:tři|tří)\s+čtvrtin\w*", 3 / 4),
           (r"\bpolovin\w*", 1 / 2)],
    "hu": [(r"\bharmad(?:a|át|áról|ával|ára|ában|ánál)\b", 1 / 3), (r"\bkétharmad\w*", 2 / 3),
           (r"\bnegyed(?:e|ét|éről|ével|ére|ében|énél)\b", 1 / 4), (r"\bháromnegyed\w*", 3 / 4),
           (r"\bfel(?:e|ét|ével|ére|ében|éről)\b", 1 / 2)],
    # Russian треть / четверть / половина and Ukrainian третина / чверть are nouns (ordinals: третий, четвёртый)
    "ru": [(r"(?<!две\s)(?<!двух\s)\bтрет(?:ь|и|ью)\b", 1 / 3), (r"\b(?:две|двух)\s+трет(?:и|ей|ями)\b", 2 / 3),
           (r"(?<!три\s)(?<!трёх\s)(?<!трех\s)\bчетверт(?:ь|и|ью)\b", 1 / 4),
           (r"\b(?:три|трёх|трех)\s+четверт(?:и|ей|ями)\b", 3 / 4), (r"\bполовин\w*", 1 / 2)],
    "uk": [(r"(?<!дві\s)(?<!двох\s)\bтретин\w*", 1 / 3), (r"\b(?:дві|двох)\s+третин\w*", 2 / 3),
           (r"(?<!три\s)(?<!трьох\s)\bчверт(?:ь|і|ю)\b", 1 / 4), (r"\b(?:три|трьох)\s+чверт(?:і|ей)\b", 3 / 4),
           (r"\bполовин\w*", 1 / 2)],
})
# Croatian/Serbian/Bosnian trećina / četvrtina / polovica are nouns (ordinals: treći, četvrti); Bulgarian says
# една трета / две трети (трета alone is the ordinal "third") and четвърт, not of a century, an hour or a final
_SOUTH_SLAVIC = [(r"(?<!dvije\s)(?<!dviju\s)(?<!dve\s)\btrećin\w*", 1 / 3), (r"\b(?:dvije|dviju|dve)\s+trećin\w*", 2 / 3),
                 (r"(?<!tri\s)\bčetvrtin\w*", 1 / 4), (r"\btri\s+četvrtin\w*", 3 / 4), (r"\bpolovi(?:c|n)\w*", 1 / 2)]
_ORIGINAL.update(dict.fromkeys(("hr", "sr", "bs"), _SOUTH_SLAVIC))
_ORIGINAL["bg"] = [(r"\bедна\s+трета\b", 1 / 3), (r"\bдве\s+трети\b", 2 / 3), (r"\bтри\s+четвърти\b", 3 / 4),
                   (r"(?<!три\s)\bчетвърт(?!\s+(?:век|час|финал))\b", 1 / 4), (r"\bполовината\b", 1 / 2)]
# Polish says a share as "every n-th" (``co trzeci pacjent``, ``co piąta firma``) as often as by a fraction noun
# (``jedna trzecia``, ``połowa``); ``trzeci`` alone is an ordinal (``trzeci kwartał``), so only after ``co``.
_ORIGINAL["pl"] = [(r"\bco\s+drug(?:i|a|ie|iego|iej)\b", 1 / 2), (r"\bco\s+trzec(?:i|ia|ie|iego|iej)\b", 1 / 3),
                   (r"\bco\s+czwart(?:y|a|e|ego|ej)\b", 1 / 4), (r"\bco\s+piąt(?:y|a|e|ego|ej)\b", 1 / 5),
                   (r"(?<!dwie\s)(?<!dwóch\s)\bjedn(?:a|ej|ą)\s+trzeci(?:a|ej|ą)\b", 1 / 3),
                   (r"\b(?:dwie\s+trzecie|dwóch\s+trzecich)\b", 2 / 3), (r"\bćwierć\b", 1 / 4),
                   (r"\btrzy\s+czwarte\b", 3 / 4), (r"\bpołow(?:a|y|ę|ie|ą)\b", 1 / 2)]
# German Drittel is a fraction noun, never an ordinal (dritte); Viertel is also a city district (im Viertel), so a
# quarter only after its numeral and not of an hour or a century (Viertelstunde, Viertelfinale are one word)
_ORIGINAL["de"] = [(r"(?<!zwei\s)\b(?:ein|einem|eines)\s+Drittel\b", 1 / 3), (r"\bzwei\s*drittel\b", 2 / 3),
                   (r"(?<!drei\s)\b(?:ein|einem|eines)\s+Viertel\b(?!\s+(?:Stunde|Jahrhunderts?)\b)", 1 / 4),
                   (r"\bdrei\s*viertel\b(?!\s+Stunde\b)", 3 / 4), (r"\b(?:die|der|zur)\s+Hälfte\b", 1 / 2)]
# Estonian shares are nouns, never ordinals (kolmas, neljas): kolmandik, veerand; "pooled" half (of them)
_ORIGINAL["et"] = [(r"(?<!kaks\s)\bkolmandik\w*", 1 / 3), (r"\bkaks\s+kolmandikku\b", 2 / 3),
                   (r"(?<!kolm\s)\bveerand\w*", 1 / 4), (r"\bkolm\s+veerandit\b", 3 / 4),
                   (r"\bpooled\b|\bpool(?:t)?\s+(?=\w+(?:st|test|dest)\b)", 1 / 2)]
# Finnish kolmannes / kolmasosa / neljäsosa are fraction nouns (ordinals: kolmas, kolmannen, kolmanneksi); neljännes is also
# the quarter of a year (kolmannella neljänneksellä), so it is left out; puolet "half (of them)"
_ORIGINAL["fi"] = [(r"(?<!kaksi\s)(?<!kahden\s)\bkolmann(?:es|ek)(?!si\b)\w*|(?<!kaksi\s)(?<!kahden\s)\bkolmasos\w*", 1 / 3),
                   (r"\b(?:kaksi|kahden)\s+kolmasos\w*", 2 / 3), (r"(?<!kolme\s)(?<!kolmen\s)\bneljäsos\w*", 1 / 4),
                   (r"\b(?:kolme|kolmen)\s+neljäsos\w*", 3 / 4), (r"\bpuolet\b", 1 / 2)]
# Arabic fraction nouns (أقل بنحو الثلث "about a third fewer", ثلثا, ربع, نصف), never ordinals (ثالث, رابع); ربع and
# نصف of a final, an hour, a century or a quarter of the year (الربع الأول) are no shares
_AR = r"(?<!\w)(?:[وفبكل]?ال|[وفبك])?"
_AR_NOT = r"(?:ه|ها|هم)?(?!\w)(?!\s+(?:نهائي|النهائي|ساعة|قرن|الأول|الثاني|الثالث|الرابع|الأخير)(?!\w))"
_ORIGINAL["ar"] = [(_AR + r"ثلث" + _AR_NOT, 1 / 3), (_AR + r"ثلث(?:ا|ي)" + _AR_NOT, 2 / 3), (_AR + r"ربع" + _AR_NOT, 1 / 4),
                   (r"(?<!\w)ثلاثة\s+أرباع(?!\w)", 3 / 4), (_AR + r"نصف" + _AR_NOT, 1 / 2)]
# Hebrew fraction nouns (שליש, רבע, מחצית / חצי), never ordinals (שלישי, רביעי), with a glued prefix letter:
# כשליש "about a third", בשליש "by a third"; רבע / חצי of an hour, a final or a year's quarter are no shares
_HE = r"(?<![\u05d0-\u05ea])(?:ו|ש)?(?:כ|ב|ל|מ|ה)?"
_HE_NOT = r"(?![\u05d0-\u05ea])(?!\s+(?:ה?שעה|ה?גמר|ה?ראשון|ה?שני|ה?שלישי|ה?רביעי|ה?אחרון|ה?מאה)(?![\u05d0-\u05ea]))"
_ORIGINAL["he"] = [(_HE + r"שליש" + _HE_NOT, 1 / 3), (_HE + r"(?:שני|שתי)\s+שליש(?:ים|י)" + _HE_NOT, 2 / 3),
                   (_HE + r"רבע" + _HE_NOT, 1 / 4), (_HE + r"שלושה\s+רבעים" + _HE_NOT, 3 / 4),
                   (_HE + r"(?:מחצית|חצי)" + _HE_NOT, 1 / 2)]
# Persian fractions: یک‌سوم "a third" (with the non-joiner, a space or neither), دو سوم, یک‌چهارم, سه‌چهارم, یک‌پنجم,
# نیمی / نصف "half"; a bare سوم or چهارم is an ordinal ("the third round"), never read alone
_FA = r"(?<!\w)(?:{})[\s\u200c]*(?:{})(?:ی)?(?!\w)"
_ORIGINAL["fa"] = [(_FA.format("یک", "سوم"), 1 / 3), (_FA.format("دو", "سوم"), 2 / 3), (_FA.format("یک", "چهارم"), 1 / 4),
                   (_FA.format("سه", "چهارم"), 3 / 4), (_FA.format("یک", "پنجم"), 1 / 5), (r"(?<!\w)(?:نیمی|نصف)(?!\w)", 1 / 2)]
# Vietnamese says a fraction as "one part (in) three": một phần ba, hai phần ba, một phần tư, ba phần tư, and a half
# một nửa / phân nửa (phần trăm is a percent, never a fraction: no unit word after phần)
_ORIGINAL["vi"] = [(r"(?<!\w)một\s+phần\s+ba(?!\w)", 1 / 3), (r"(?<!\w)hai\s+phần\s+ba(?!\w)", 2 / 3),
                   (r"(?<!\w)một\s+phần\s+(?:tư|bốn)(?!\w)", 1 / 4), (r"(?<!\w)ba\s+phần\s+(?:tư|bốn)(?!\w)", 3 / 4),
                   (r"(?<!\w)một\s+phần\s+năm(?!\w)", 1 / 5), (r"(?<!\w)(?:một|phân)\s+nửa(?!\w)", 1 / 2)]
# after a word of amount, "a third" is a share even with no "of" after it: "only about a third were carried out",
# "rose by a third"
_AMOUNT = r"\b(?:about|around|nearly|almost|roughly|approximately|only|just|over|under|more\s+than|less\s+than|by)\s+"
# "a third less", "a quarter lower": a share by comparison, never the ordinal ("a third term", "a quarter")
_SHARE = _OF[:-1] + r"|\s+(?:less|more|fewer|lower|higher|smaller|larger|bigger|cheaper)\b)"
_ENGLISH = [(_AMOUNT + r"(?:a|one)[\s-]+quarter\b(?!\s+of\s+an\s+hour)", 1 / 4), (_AMOUNT + r"(?:a|one)[\s-]+third\b", 1 / 3),
            (r"\b(?:a|one)[\s-]+quarter(?!\s+of\s+an\s+hour)" + _SHARE, 1 / 4), (r"\b(?:a|one)[\s-]+third" + _SHARE, 1 / 3),
            (r"\b(?:a|one)[\s-]+fifth" + _SHARE, 1 / 5),
            (r"\btwo[\s-]+thirds\b", 2 / 3), (r"\bthree[\s-]+quarters\b", 3 / 4), (r"\bhalf\b", 1 / 2),
            # "one in three", "one out of four", "every fifth": a share said as a count
            (r"\bone\s+(?:in|out\s+of)\s+two\b", 1 / 2), (r"\bone\s+(?:in|out\s+of)\s+three\b|\bevery\s+third\b", 1 / 3),
            (r"\bone\s+(?:in|out\s+of)\s+four\b|\bevery\s+fourth\b", 1 / 4),
            (r"\bone\s+(?:in|out\s+of)\s+five\b|\bevery\s+fifth\b", 1 / 5)]
# "one graduate in four": the noun inside, but not "one goal in three games" (a plural after it is what was counted)
_ENGLISH += [(r"\bone\s+(?!(?:in|out)\b)[a-z]+\s+(?:in|out\s+of)\s+" + w + r"\b(?!\s+(?!(?:has|was|is|does)\b)[a-z]+s\b)",
              1 / n) for w, n in (("two", 2), ("three", 3), ("four", 4), ("five", 5), ("ten", 10))]


def _fractions(text: str, a: int, b: int, table) -> list[tuple[int, int, float]]:
    return [(m.start(), m.end(), v) for pattern, v in table
            for m in re.compile(pattern, re.IGNORECASE).finditer(text, a, b)]


def compare_fractions(original: str, ospans, draft: str, dspans, lang: str) -> list[Mismatch]:
    table = _ORIGINAL.get(lang)
    if not table:
        return []
    of = [f for a, b in ospans for f in _fractions(original, a, b, table)]
    df = [f for a, b in dspans for f in _fractions(draft, a, b, _ENGLISH)]
    # a fraction that agrees is set aside, not taken for the whole sentence's agreement: ``כשליש ... מחצית``
    # rendered "about a quarter ... half" keeps the half and changes the third
    of, df = [f for f in of if f[2] not in {v for *_, v in df}], [f for f in df if f[2] not in {v for *_, v in of}]
    if not of or not df:
        return []
    (oa, ob, _), (da, db, _) = of[0], df[0]
    return [Mismatch(da, db, oa, ob, f"The original has “{original[oa:ob]}”; the draft says “{draft[da:db]}”")]


# the numerator of a fraction in words is no count of its own: ``dos tercios de ellos`` / "three quarters of it"
# are read as fractions (compare_fractions), not as the figures 2 and 3. English "quarters" only before "of"
# ("in three quarters" is a span of time); "thirds" / "fifths" are never fiscal.
_ENGLISH_NUMERATED = [(r"\b(?:two|three|four)[\s-]+(?:thirds|fifths)\b", 0.0),
                      (r"\bthree[\s-]+quarters\b(?=\s+of\b)", 0.0)]
# nor the "two" of "one voter out of two", when the original's share (un elettore su due) is read as one
_ENGLISH_NUMERATED += [(p, 0.0) for p, _ in _ENGLISH if p.startswith(r"\bone\s+")]


def fraction_spans(text: str, start: int, end: int, lang: str, english_side: bool) -> list[tuple[int, int]]:
    """Where ``text[start:end]`` says a fraction in words, so that its number word is not read as a count."""
    table = _ENGLISH_NUMERATED if english_side else _ORIGINAL.get(lang, [])
    return [(a, b) for a, b, _ in _fractions(text, start, end, table)]


def percents_in_words(draft: str, dspans) -> set[tuple[float, float]]:
    """The percentages a draft says as fractions ("half price" for ``uno sconto del 50%``, "a third of" for 33%),
    each with how far off it may be: a figure put so is translated, not dropped. Under a hedge ("roughly a
    quarter" for ``sekitar 24 persen``) the newsroom rounds, so within 5% of the fraction."""
    return {(round(v * 100, 1), max(0.5, 5 * v) if _HEDGE_RE.search(draft[max(a, s - 20):s]) else 0.5)
            for a, b in dspans for s, _, v in _fractions(draft, a, b, _ENGLISH)} | {
        (v, 0.001) for a, b in dspans for pattern, v in _POINT_SHARES if pattern.search(draft, a, b)}


# a share of one percentage point: ``0,25 procentenheter`` "a quarter of a percentage point", "half a point"
_POINT_SHARES = [(re.compile(rf"\b{w}\s+(?:a\s+)?(?:percentage[\s-]+)?point\b", re.IGNORECASE), v) for w, v in (
    (r"(?:a|one)\s+quarter\s+of", 0.25), (r"half", 0.5), (r"three[\s-]+quarters\s+of", 0.75))]


def fractions_as_percents(original: str, ospans, lang: str, left: list) -> list:
    """The draft figures ``left`` less the percentages the original says as fractions in words (``o polovinu
    více`` "50% more", ``la moitié``, ``třetina`` "33%"): a draft's percent that gives one is translated, not added."""
    table = _ORIGINAL.get(lang, [])
    said = {v * 100 for a, b in ospans for *_, v in _fractions(original, a, b, table)} if left else set()
    return [d for d in left if not (d.kind == "percent" and any(abs(d.value - v) < 1 for v in said))]


_HEDGE_RE = re.compile(r"\b(?:about|around|roughly|nearly|almost|some|approximately|close\s+to)\s+$", re.IGNORECASE)



# a duration said in words stands for the original's count of minutes or months: ``30 minutit`` "half an hour"
_DURATIONS = [(r"\bhalf\s+an\s+hour\b|\bhalf-hour\b", 30), (r"\ban?\s+hour\s+and\s+a\s+half\b", 90),
              (r"\b(?:a|one)\s+quarter\s+of\s+an\s+hour\b", 15), (r"\bthree\s+quarters\s+of\s+an\s+hour\b", 45),
              (r"\ba\s+year\s+and\s+a\s+half\b", 18), (r"\bfortnight\b", 14),
              (r"\band\s+a\s+half\s+years?\b|\bhalf\s+a\s+year\b|\bsix-month\b", 6),  # 4 godine i šest mjeseci
              (r"\b(?:a|one)\s+week\b|\bweek-?long\b", 7),
              (r"\b(?:a|one)\s+year\b|\byear-?long\b|\bdozen\b", 12)]


def durations_in_words(draft: str, dspans) -> set[float]:
    """The counts a draft says as a duration in words ("half an hour" for ``30 minutit``): translated, not dropped."""
    return {float(v) for a, b in dspans for pattern, v in _DURATIONS
            if re.compile(pattern, re.IGNORECASE).search(draft, a, b)}
