"""Sentence splitting of the foreign-language original, as exact spans of the text as read.

The draft is English and has its own splitter (:mod:`checks.document`); the original may be in any
language, so this one knows the full stops of many scripts and the abbreviations of many languages:

* Latin, Cyrillic and Greek: French, Spanish, German, Italian, Portuguese, Romanian, Polish, Czech,
  Slovak, Dutch, Swedish, Danish, Norwegian, Turkish, Estonian, Russian, Ukrainian, Greek (``;`` is
  Greek's question mark and is read as one only in Greek text; its own code point U+037E always is), English;
* Chinese and Japanese (``。！？`` and their half-width forms end a sentence with no space after them;
  ``」』”`` closing a quotation stay with the sentence);
* Hebrew (Latin full stops; the gershayim of an acronym, ``ש"ח``, ``צה"ל``, is no quotation mark);
* Arabic, Persian and Urdu (``؟`` and ``۔``), Hindi and Nepali (``।``), Armenian (``։``), Amharic
  (``።``), Burmese (``။``), Sinhala (Latin full stops).

* Khmer (``។`` and ``៕`` end a sentence, with or without a space after them).

* Thai (no sentence punctuation: a space between two runs of Thai text ends a sentence or a clause,
  :mod:`.splitthai`).

Not handled: Lao (no sentence punctuation; whole paragraphs stay one sentence, which the aligner's 1-2 and 2-1
steps absorb).

A period is not a boundary after an abbreviation of any of those languages (``z. B.``, ``M.``,
``т. е.``, ``EE. UU.``), after an initial (``В. В. Путин``), inside a number, or after an ordinal
number followed by a month or a noun that takes ordinals (``am 3. Juli``, ``im 20. Jahrhundert``);
nor when the next word starts in lower case (``« Non », a-t-il dit``).
"""

from __future__ import annotations

import re

from ..document import ABBREVIATIONS, Document, Span, cut_at_stops, trimmed
from .scripts import CJK_LETTERS
from .splitthai import is_thai, thai_cuts

# Full stops that end a sentence without needing a space after them.
CJK_STOPS = "。！？｡។៕"  # ។ ៕: Khmer, which writes no space between words either
# Full stops that need a space (or the end of the paragraph) after them.
SPACED_STOPS = ".!?…؟۔।॥։።။\u037e"  # U+037E: the Greek question mark
# After a full stop, “ and ‘ close a German quotation („So.“) and « a Danish one (»So.«).
CLOSERS = "\"'”’»›)]」』）】〉》〕“‘«"
OPENERS = "\"'“‘«‹([「『（【〈《〔„‚¿¡"
_CJK_RE = re.compile(f"[{CJK_LETTERS}]")
_STOP_RE = re.compile(r"[.!?…؟۔।॥։።။。！？｡។៕;\u037e]+")
_GREEK_RE = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")

# Abbreviations (lower case, without the final period) after which a period does not end a sentence.
_ABBREVIATIONS = """
z.b d.h u.a usw bzw ca dr prof nr str mio mrd jh jhd abs bd evtl ggf inkl mind sog tel vgl v.a o.ä u.ä
z.t hr frl bzgl gem geb gest v.chr n.chr u.s.w z.zt zzt dipl ing mag
m mm mme mmes mlle pr ste av apr j.-c p.ex env janv févr avr juil déc boul éd chap hab mds md
sr sra srta srs dra dña ud uds ee.uu ee etc pág núm aprox avda gral lic sto sta ene abr ago dic mill prov
sig sigg dott avv pag ecc ecc.mo ill.mo gent on sen mons rag geom arch sig.ra sig.na dott.ssa pdte pte excmo
eng dep pres sec fev set dez n.º nº
profa exmo exma sras drs dras cel
dl dna dnul d-l d-na ș.a ian iun iul mil mld alin cca
dlui dnei dnii d-lui d-nei jud mun com sect univ conf lect asist col lt cpt plt sf bdul bld febr ș.a.m.d ş.a.m.d ş.a
г гг г-н г-жа т.е т.д т.п т.к т.н др пр им ул пр-т кв стр млн млрд тыс руб коп долл трлн ок проф
акад вв н.э рр грн тис ім вул див напр ін обл р-н чел ген
np ok tzw m.in ul al nr tys mln mld inż mgr płk św woj pow gm ks tj itd itp godz wg jw ww
doç vb vs yy sn bkz örn cad sok mah yrd alb org kol şti a.ş
nt jne jm vms nn s.o lk tuh vt lp kl jt
dhr mevr mw drs ir bijv bv enz m.a.w o.a d.w.z blz zgn vnl ong incl excl jl evt mrt okt wethr jhr gebr
bl.a t.ex m.m osv dvs f.d s.k resp
milj mdr jfr d.v.s o.s.v p.g.a t.o.m fr.o.m m.fl f.ö ordf tf forts vd f.eks m.v jf hhv iflg pst mia
např tzv atd apod tis č pí odd roč
mj odst písm popř tzn čj mudr judr phdr rndr mvdr paeddr thdr bc doc kpt sv gen
pl kb ún ill stb ifj id özv szt krt ker vö ld ua uo hrsz kft zrt nyrt bt kht ny sz ált
dll dsb dkk hj kh bpk sdr drg tbk kab kec kel ds
κ κα δηλ π.χ κ.λπ κ.ά χλμ
κκ κ.κ δρ υπ υφυπ βουλ καθ λεωφ οδ τηλ στρ εκπρ γεν γραμμ διευθ αναπλ αντιπρ κλπ κ.ο.κ μ.χ π.κ.χ τ.μ τ.χλμ
डॉ डा प्रो श्री श्रीमती सुश्री रु कि.मी मि.मी सं ई ई.पू लि प्रा मो नं स्व
एस के पी जे बी एम डी आर एन ए सी वी जी टी एल एच यू ओ
মো মোহা ডা ড মি সা কি.মি মি.মি নং
tp pgs ts ths gs bs pgs.ts gs.ts ths.bs ttg tt tx
""".split()
ABBREVS = frozenset(_ABBREVIATIONS) | ABBREVIATIONS
# Abbreviations that introduce a number: not a boundary when a figure follows ("art. 155", "núm. 5", "p. 12").
NUMBER_ABBREVS = frozenset("art arts núm nº n no nr pág pag p pp cap vol fig tab op αρ αριθ σελ παρ άρθρ č odst".split())
# Romanian: pct. 3 (punctul), lit. b, alin. (2) of a law's article
NUMBER_ABBREVS |= frozenset("pct lit alin".split())
# "and so on" abbreviations that often end a sentence: a boundary when a capital follows.
# Russian and Ukrainian currency and scale abbreviations end a sentence as often as a figure does
# ("Ціна — 4,32 грн. Наступне засідання..."); the noun after them inside a sentence is in lower case
# (so is Dutch and Polish: "kost 3 mld. De minister", "3 mln. euro").
FINAL_ABBREVS = frozenset("etc usw u.s.w itd itp atd apod jne jm vms ecc enz osv vb т.д т.п др ін и.т.д "
                          "грн руб коп долл млн млрд трлн тыс тис κ.λπ κλπ κ.ά κ.ο.κ mld mil tis mln".split())
# Swedish "filtar m.m. Nästa vecka", "3 milj. Sedan", Danish "1,2 mia. Det", Norwegian "15 pst. Det"
FINAL_ABBREVS |= frozenset("m.m m.fl o.s.v milj mdr mia pst".split())
# Hungarian stb. ("etc.") and company forms (Kft., Zrt., Nyrt., Bt.) end a sentence before a capital:
# "... a Duna Aszfalt Kft. A cég ..." (a noun after them inside a sentence is in lower case: Zrt. szerint)
FINAL_ABBREVS |= frozenset("stb kft zrt nyrt bt".split())
# Indonesian dll. / dsb. ("etc.") and dkk. ("and colleagues"), and the company form Tbk. (PT Astra Tbk.) end a
# sentence before a capital; Jl. (street), Hj. (Hajjah), Kab. / Kec. (regency, district) do not
FINAL_ABBREVS |= frozenset("dll dsb dkk tbk".split())
# ...but not before the currency they scale: "3,2 mld. Kč", "120 mil. EUR"
_CURRENCY_AFTER_RE = re.compile(r"(?:Kč|CZK|EUR|USD|GBP|CHF|PLN|Sk|SEK|NOK|DKK|Ft|HUF)(?![^\W\d_])")

_DOTTED_FINAL = frozenset("m.m m.fl o.s.v".split())

# Words after "<number>." that make the number an ordinal (German and Scandinavian "3. Juli").
_ORDINAL_NOUNS = frozenset(
    """
    januar jänner februar märz april mai juni juli august september oktober november dezember
    jahrhundert jahrtausend jahrestag geburtstag platz mal stock runde spieltag klasse etappe liga
    bundesliga weltkrieg wahlperiode legislaturperiode sitzung parteitag kongress lesung quartal
    halbjahr amendement arrondissement minute spielminute woche kalenderwoche tag stunde rang stelle
    tabellenplatz auflage ausgabe etage
    """.split()
    # Turkish, Polish and Czech write ordinals with a period too, and the noun after one is capitalised when it
    # begins an institution's name: "Yargıtay 3. Hukuk Dairesi", "11. Kalkınma Planı", "28. Dönem", "2. Dywizja"
    + """
    asliye sulh hukuk icra dönem kolordu tümen tugay kurultay kalkınma dywizja brygada pułk korpus lékařská
    """.split()
)
# A German article or article-fused preposition just before "<number>." makes the number an ordinal
# whatever noun follows ("ab der 70. Minute", "beim 5. Versuch", "zum 3. Mal"): no sentence ends on
# an article and a bare cardinal. A capitalised article or pronoun after it starts a sentence ("bis zum
# 12. Die Veranstalter ...").
_SENTENCE_OPENERS = frozenset("der die das dem den des ein eine er sie es wir ich ihr man dies diese dieser".split())
_ORDINAL_ARTICLE_RE = re.compile(r"(?<!\w)(?:der|die|das|dem|den|des|am|im|zum|zur|vom|beim)\s+$")
# Words that also start sentences ("Ağır yaralılar...", "Dünya genelinde..."), an ordinal's noun only with the
# next word: "İstanbul Anadolu 12. Ağır Ceza Mahkemesi", "2. Dünya Savaşı", "5. Olağan Kongre"
_ORDINAL_PHRASES = frozenset(
    """
    ağır_ceza iş_mahkemesi aile_mahkemesi idare_mahkemesi vergi_mahkemesi ticaret_mahkemesi tüketici_mahkemesi
    dünya_savaşı olağan_kongre olağan_kurultay olağanüstü_kongre olağanüstü_kurultay ceza_dairesi hukuk_dairesi
    uluslararası_film ordu_komutanlığı bölge_müdürlüğü
    """.split()
)
_TWO_WORDS_RE = re.compile(r"(\w+)(?:\s+(\w+))?")


def split_original(text: str) -> list[Span]:
    """Sentence spans of an original article, in order; a sentence never crosses a paragraph."""
    greek = bool(_GREEK_RE.search(text[:5000]))
    out: list[Span] = []
    for para in Document(text).paragraphs:
        for span in _split_paragraph(text, para.start, para.end, greek):
            if is_thai(text, span.start, span.end):  # no full stops: cut at the spaces that end a sentence
                out.extend(Span(a, b) for a, b in thai_cuts(text, span.start, span.end))
            else:
                out.append(span)
    return out


def _split_paragraph(text: str, lo: int, hi: int, greek: bool) -> list[Span]:
    def boundary(m: re.Match) -> int | None:
        if m.group() == ";" and not greek:
            return None  # a semicolon ends a sentence only in Greek (its question mark)
        return _boundary(text, m.start(), m.end(), lo, hi)

    return cut_at_stops(text, lo, hi, _STOP_RE.finditer(text, lo, hi), boundary, _lines)


def _boundary(text: str, a: int, b: int, lo: int, hi: int) -> int | None:
    """The end of the sentence if the stop at ``[a, b)`` ends one, else None."""
    end = b
    while end < hi and text[end] in CLOSERS:
        end += 1
    stops = text[a:b]
    if end >= hi:
        return hi
    if any(c in CJK_STOPS for c in stops) or (stops[-1] in "!?" and a > lo and _CJK_RE.match(text, a - 1)):
        if _inside_japanese_quote(text, a, lo, hi):
            return None  # 女性は「お金は返ってこない。判決は当然だ」と話した: one sentence, its speaker at the start
        return end  # Chinese and Japanese need no space after a full stop
    if not text[end].isspace():
        return None
    k = end
    while k < hi and (text[k].isspace() or text[k] in OPENERS or text[k] in "-–—"):
        k += 1
    first = text[k] if k < hi else ""
    if first.islower():
        return None  # "« Non », a-t-il dit" / "... usw. und" : the sentence runs on
    if stops == ".":
        word = _word_before(text, a, lo)
        low = word.lower()
        if _year_abbrev(text, a, lo, word):
            return end  # "od maja 2019 r. Ekonomiści": Polish r. (roku) after a year ends the sentence
        if word.isdigit() and _in_dotted_date(text, a, lo, hi):
            return None  # Korean 2024. 3. 12.(화): a date written year first with full stops
        if len(word) == 1 and word.isalpha() and not _hebrew_acronym(text, a, lo):
            return None  # an initial ("В. В. Путин", "J. Biden") or a one-letter abbreviation ("z. B.")
        if _TAMIL_INITIAL_RE.search(text, max(lo, a - 6), a) or (first.isdigit() and _TAMIL_SHORT_RE.search(text, lo, a)):
            return None  # a Tamil initial (எஸ். விஜயலட்சுமி, கே.ஆர்.), an abbreviated month before its day (நவ. 14)
        if low in NUMBER_ABBREVS and first.isdigit():
            return None
        if low in ABBREVS and not (low in FINAL_ABBREVS and first.isupper() and not _CURRENCY_AFTER_RE.match(text, k)):
            return None
        if low in _DOTTED_FINAL and first.isupper():
            return end  # "filtar m.m. Kommunen": a dotted "and so on" before a capital ends the sentence
        if re.fullmatch(r"(?:\w\.)+\w", word) and len(word) <= 7:
            return None  # dotted abbreviations: "т.е", "z.B", "EE.UU"
        if _is_ordinal(word, text, k, hi, a, lo):
            return None
    return end


def _inside_japanese_quote(text: str, a: int, lo: int, hi: int) -> bool:
    """A stop inside 「...」と (a quotation its speaker opens before it): English puts the speaker with the last
    part of the quote, so cutting there leaves a first part no English sentence answers."""
    opened = text.rfind("「", lo, a)
    if opened < 0 or text.find("」", opened, a) >= 0:
        return False
    close = text.find("」", a, hi)
    return close >= 0 and text.startswith(("と", "って"), close + 1)


# one Tamil syllable standing alone (a letter, its vowel sign, a closing consonant with the virama): எஸ், கே, ஆர்
_TAMIL_INITIAL_RE = re.compile(r"(?<![\u0b80-\u0bff])[\u0b85-\u0bb9][\u0bbe-\u0bcc]?(?:[\u0b95-\u0bb9]?\u0bcd)?$")
_TAMIL_SHORT_RE = re.compile(r"(?<![\u0b80-\u0bff])[\u0b80-\u0bff]{2,4}$")


# Polish "r." (roku, "of the year") after a year and "w." (wieku, "century") after a Roman numeral: a
# sentence that ends on a date ends on them ("od maja 2019 r. Ekonomiści ...", "w XX w. Polska ...").
_YEAR_ABBREV_RE = re.compile(r"(?:(?<!\d)\d{4}\s?r|(?<![\w.])[IVXLC]{1,6}\s?w)$")


def _year_abbrev(text: str, a: int, lo: int, word: str) -> bool:
    return word in ("r", "w") and _YEAR_ABBREV_RE.search(text, max(lo, a - 12), a) is not None


# A Hebrew acronym ends in a letter after gershayim (ש"ח, ארה"ב, צה"ל, ש״ח): its last letter before a full stop
# is no initial, and the sentence ends there ("... ל-3.65 ש"ח. הבנק ..."); an initial stands alone (י. הרצוג)
_HEBREW_ACRONYM_RE = re.compile(r"[\u05d0-\u05ea][\"״][\u05d0-\u05ea]$")


def _hebrew_acronym(text: str, a: int, lo: int) -> bool:
    return _HEBREW_ACRONYM_RE.search(text, max(lo, a - 3), a) is not None


def _in_dotted_date(text: str, a: int, lo: int, hi: int) -> bool:
    """Whether the full stop at ``a`` is inside (not at the end of) a Korean dotted date."""
    from .datesnumbered import KO_DOTTED_RE

    if not _HANGUL_RE.search(text, lo, hi):
        return False
    return any(m.start() <= a < m.end() - 1 for m in KO_DOTTED_RE.finditer(text, max(lo, a - 12), min(hi, a + 12)))


def _word_before(text: str, pos: int, lo: int) -> str:
    i = pos
    # vowel signs are marks, not letters: Devanagari (मो.) and Bengali (মো., ডা.) abbreviations end in one
    while i > lo and (text[i - 1].isalnum() or text[i - 1] in ".-" or "\u0900" <= text[i - 1] <= "\u0963"
                      or "\u0980" <= text[i - 1] <= "\u09e3"):
        i -= 1
    return text[i:pos].lstrip(".-")


def _is_ordinal(word: str, text: str, k: int, hi: int, a: int, lo: int) -> bool:
    """``3.`` or ``XX.`` before a month or a noun that takes ordinals, or after a German article before a
    capitalised word, is a German-style ordinal."""
    if not (word.isdigit() and len(word) <= 2) and not re.fullmatch(r"[IVXLC]{1,6}", word):
        return False
    m = _TWO_WORDS_RE.match(text, k, hi)
    if not m:
        return False
    first, second = (_lower(w) for w in m.groups(""))
    if first in _ORDINAL_NOUNS or f"{first}_{second}" in _ORDINAL_PHRASES:
        return True
    w = a - len(word)
    if not m.group(1)[0].isupper() or first in _SENTENCE_OPENERS:
        return False
    return _ORDINAL_ARTICLE_RE.search(text, max(lo, w - 8), w) is not None


def _lower(word: str) -> str:
    return word.lower().replace("\u0307", "")  # Turkish İ lowers to i and a combining dot


def _lines(text: str, start: int, end: int) -> list[Span]:
    """Split at line breaks after lines without a full stop (headlines, datelines), then trim."""
    out: list[Span] = []
    pos = start
    for m in re.finditer(r"\r?\n", text[start:end]):
        nl = start + m.start()
        line = text[pos:nl].rstrip()
        if line and line[-1] not in SPACED_STOPS + CJK_STOPS + CLOSERS + ",;:-–、，":
            out.extend(trimmed(text, pos, nl))
            pos = start + m.end()
    out.extend(trimmed(text, pos, end))
    return out
