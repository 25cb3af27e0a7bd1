"""Names of an aligned pair compared (A005): the draft spells a name of the original differently.

Spellings are compared with the names family's measure (``checks.names.relation``: same, accents only,
a known transliteration, a plausible typo, different), Cyrillic and Greek romanised first. A draft word
is only suspect when it is not ordinary English (``Präsident`` / "President", ``Brüssel`` /
"Brussels" are translations, not typos), when no word of the original matches it outright, and when it
is not the original's word with a case ending (``Merkels``, ``Dudy``). Across scripts romanisation is
lossy (``Кречмер`` is "Krechmer" for the right "Kretschmer"), so there only a one-letter slip counts and
only the names list supplies a fix. Chinese and other names the draft cannot be compared with by letters
come from the names list: a ``variants`` entry in the original's script (``秦刚`` for Qin Gang).
"""

from __future__ import annotations

import functools

import re
from dataclasses import dataclass
from os.path import commonprefix

from rapidfuzz.distance import OSA

from ..names import (ACCENT, CLOSE, SAME, VARIANT, fold, is_common_word, known_given_names, relation, romanize,
                     romanizations, same_devanagari_name, single_vowels)
from .devanagari import LETTERS as DEVANAGARI
from .estonianforms import estonian_inflected
from .exonyms import exonym
from .hungarian import hungarian_stems
from .mismatch import Mismatch
from .namesanchored import anchored_slips, arabic_anchored_slips
from .namesinnerslip import common_word_slips, inner_letter_slip
from .nameshebrew import WORD_RE as _HEBREW_WORD_RE, hebrew_anchored_slips, hebrew_skeletons, hebrew_vowel_slips
from .namespashto import WORD_RE as _PASHTO_WORD_RE, pashto_skeletons
from .nameslots import slot_names
from .namessandwich import sandwiched
from .slotforms import finnish_nen, finnish_stem, lithuanian_declined as _lt_case, nordic_definite, BASE_ENDINGS as _BASE_ENDINGS, CASE_ENDINGS as _CASE_ENDINGS, INFLECTING
from .slavicforms import czech_place_adjective, czech_possessive, polish_adjective, polish_compound_place, polish_mobile_e, ukrainian_adjective_forms
from .namespersian import persian_name_slips
from .nameskhmer import khmer_name_slips
from . import cyrillicforeign, namesbengali, namesthai, namesurnames, serbian
from .scripts import CJK_LETTERS

# letters of one alphabet: a Latin name glued to Chinese or Japanese (“Heim说”, “Feinseth说”) ends where they begin
_LETTERS = rf"(?:[^\W\d_{CJK_LETTERS}]|[{DEVANAGARI}])"  # Devanagari's vowel signs and virama are not \w
_WORD_RE = re.compile(rf"{_LETTERS}+(?:['’-]{_LETTERS}+)*", re.UNICODE)
_NON_LATIN = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0900-\u097f]")
_GREEK = re.compile(r"[\u0370-\u03ff]")
_DEVANAGARI_RE = re.compile(f"[{DEVANAGARI}]")
_FOREIGN_SCRIPT = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\s\W\d]")


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    text: str
    latin: str  # romanised for comparison
    cross_script: bool
    forms: frozenset[str] = frozenset()  # other fair spellings (Greek μπ: Baltas, Mpaltas; Šoigu: Shoigu)


_ACRONYM_PLURAL_RE = re.compile(r"[A-Z][A-Z0-9]+s")
_SOFT_SIGN_RE = re.compile("[ьъЬЪ]")
_BULGARIAN = str.maketrans({"ъ": "а", "Ъ": "А", "щ": "шт", "Щ": "Шт"})


def _original_words(text: str, spans: list[tuple[int, int]], lang: str) -> list[_Word]:
    out = []
    for a, b in spans:
        for m in _WORD_RE.finditer(text, a, b):
            w = m.group().split("'")[0].split("’")[0]  # Turkish suffixes: Erdoğan'ın
            if len(w) < 3 or not (w[0].isupper() or _DEVANAGARI_RE.match(w)):  # Devanagari has no capitals
                continue
            cross = bool(_NON_LATIN.match(w))
            latin = (serbian.own_latin(w, lang) or romanize(w, lang == "uk")) if cross else w  # Vukčević, Mickoski
            # other fair spellings: Greek romanisations, or English sounds of Latin letters (Șapur: Shapur)
            several = cross and (_GREEK.match(w) or _DEVANAGARI_RE.match(w))  # मोदी: Modi, Modee
            forms = frozenset((romanizations(w) if several else _spellings(latin, lang)) - {latin})
            if cross and not several and _SOFT_SIGN_RE.search(w):  # the y of ь is often left out: Vasilev
                forms |= _spellings(romanize(_SOFT_SIGN_RE.sub("", w), lang == "uk"), lang)
            if cross and lang == "bg":  # Bulgarian ъ is the a of Vazrazhdane and Kardzhali, щ the sht of Shtip
                forms |= _spellings(romanize(w.translate(_BULGARIAN)), lang)
            if lang in ("hu", "uk"):  # the name without its case ending: Orbánnak (Orbán), Зеленської (Zelenska)
                forms |= hungarian_stems(w) if lang == "hu" else ukrainian_adjective_forms(text, m.start(), m.start() + len(w))
            out.append(_Word(m.start(), m.start() + len(w), w, latin, cross, forms))
    return out


def _draft_candidates(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    out = []
    for a, b in spans:
        for m in _WORD_RE.finditer(text, a, b):
            w = re.sub(r"['’]s$", "", m.group())  # Merkel's
            if len(w) >= 4 and w[0].isupper() and not w.isupper() and not is_common_word(w):
                out.append((m.start(), m.start() + len(w), w))
    return out


def _given_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Given names English also uses as words (Andres, Mark), just before a name: “Andres Kõiv” for ``Andrus
    Kõiv`` is a slip, though the word alone is too common to be a candidate."""
    names = {(a, b) for a, b, _ in _draft_candidates(text, spans)}
    return [(a, b, w) for a, b, w in _draft_candidates_all(text, spans) if (a, b) not in names
            and fold(w) in known_given_names() and any(c == b + 1 and text[b] == " " for c, _ in names)]


def _capitalised_inside(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Capitalised words of four letters or more not opening their sentence, English words too: the checks
    that ask a name's exact letters of the original (a vowel a Hebrew letter writes) may read a name English
    also knows ("Shapiro" for שפירא), where a slip anywhere would match too many."""
    return [(a, b, w) for a, b, w in _draft_candidates_all(text, spans)
            if re.search(r"[^\W\d_]", text[max(s for s, _ in spans if s <= a):a])]


def _draft_candidates_all(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.start() + len(w), w) for a, b in spans for m in _WORD_RE.finditer(text, a, b)
            if len(w := re.sub(r"['’]s$", "", m.group())) >= 4 and w[0].isupper() and not w.isupper()]


_SH = str.maketrans({"š": "sh", "ž": "zh", "č": "ch", "ć": "ch", "ś": "sh", "ź": "zh", "Š": "Sh", "Ž": "Zh",
                     "Č": "Ch", "Ć": "Ch", "Ś": "Sh", "ș": "sh", "ş": "sh", "Ș": "Sh", "Ş": "Sh", "ț": "ts",
                     "ţ": "ts", "Ț": "Ts", "Ţ": "Ts", "ə": "a", "Ə": "A"})  # Azerbaijani Əliyev: Aliyev


# Languages whose own transliteration of Russian, Ukrainian and Greek names writes j where English writes y
# (Estonian Fjodor, Slovjansk; German Jelzin; Polish Jelcyn): the English y-spelling is the same name.
J_FOR_Y = frozenset("et fi lv lt de nl sv no da pl cs sk sl hr hu".split())
# Languages written in Cyrillic: English gives е after a vowel as ye, and biblical and classical names their
# Latin forms (х as ch, к as c)
CYRILLIC_LANGS = frozenset("ru uk be bg sr mk kk".split())


def _spellings(latin: str, lang: str = "") -> set[str]:
    """A Latin-script name as written and as English spells its sounds: Estonian Šoigu is Shoigu; where the
    language transliterates with j, Fjodor is Fyodor, Zõbin is Zybin, Alehhin is Alekhin; a Greek name in -os
    is Latin -us in English (Nikephoros, Nicephorus); Russian Matveev is Matveyev, Iskariot Iscariot, and an е
    the press reads as ё is yo (Solovyev, Solovyov), and a first Е is Ye (Yeltsin)."""
    out = {latin, latin.translate(_SH)}
    if lang in J_FOR_Y:
        out |= {f.replace("j", "y").replace("J", "Y").replace("õ", "y").replace("hh", "kh") for f in list(out)}
    if lang in CYRILLIC_LANGS:  # Matveev: Matveyev, Kuraev: Kurayev; Issakhar: Issachar; Iskariot: Iscariot
        out |= {re.sub(r"(?<=[aeiouy])e", "ye", f) for f in out} | {f.replace("kh", "ch") for f in out}
        out |= {f.replace("ye", "yo") for f in out}  # Соловьев is Соловьёв written without the dots: Solovyov
        out |= {"Ye" + f[1:] for f in out if f[:1] == "E"}  # Ельцин, Екатеринбург: Yeltsin, Yekaterinburg
        out = cyrillicforeign.foreign_spellings(out)  # Iscariot; Kazakh Jomart, Kassym
    if latin.endswith("os") and len(latin) > 5:
        latinised = {f[:-2].replace("k", "c").replace("K", "C") + "us" for f in out} | {f[:-2] + "us" for f in out}
        out |= latinised | {f.replace("ei", "i") for f in latinised}  # Herakleitos, Heraclitus
    return out


def _older(o: _Word, lang: str) -> set[str]:
    """Ukrainian names and brands the English press still spells the Russian way, г as g and и as i
    (Ukrenergo, Naftogaz, Energoatom beside the national Ukrenerho)."""
    return {romanize(o.text)} if lang == "uk" and o.cross_script else set()


def _inflected(original: str, draft: str, lang: str) -> bool:
    """``Merkels`` / Merkel, ``Путина`` / Putin, ``Dudy`` / Duda, ``Μητσοτάκη`` / Mitsotakis: one name, a case
    ending apart (a genitive ``s`` in any language, the declensions of languages that decline names)."""
    fo, fd = fold(original), fold(draft)
    stem = commonprefix([fo, fd])
    orest, drest = fo[len(stem) :], fd[len(stem) :]
    if orest == "s" and not drest:
        return True
    if lang in INFLECTING and not drest and len(orest) <= 4:
        return True  # Estonian Tallinnas, Jõgeval, Colonnaga: the draft has the stem
    if lang == "pl" and (polish_compound_place(fo, fd) or polish_adjective(fo, fd)):
        return True  # w Białymstoku / Białystok, w Alejach Ujazdowskich / Ujazdowskie
    if lang in ("pl", "cs", "sk", "hr", "sr", "bs") and polish_mobile_e(fo, fd, lang):
        return True  # Czech too: Havlíčka / Havlíček, Pavlem / Pavel, Plzni / Plzeň; Serbian Vršca / Vršac
    if lang in ("cs", "sk") and (czech_possessive(fo, fd) or czech_place_adjective(fo, fd)):
        return True
    if lang == "et" and estonian_inflected(fo, fd):
        return True  # Rebase / Rebane, Viitamäega / Viitamägi, Muti / Mutt
    if lang == "fi" and (finnish_nen(fo, fd) or finnish_stem(fo, fd)) or lang == "lt" and _lt_case(fo, fd):
        return True  # Hiltusen, Hiltuselle / Hiltunen; Lithuanian Žemaičio / Žemaitis
    return (lang in INFLECTING and orest in _CASE_ENDINGS | {""} and drest in _BASE_ENDINGS) or nordic_definite(fo, fd, lang)


def compare_names(
    original: str, ospans: list[tuple[int, int]], draft: str, dspans: list[tuple[int, int]], lang: str, names_list,
    natives: list | None = None,
) -> list[Mismatch]:
    """Draft spellings of the original's names that differ by a slip (A005), with the list's or the original's fix.

    ``natives`` is :func:`natives_in` of the whole original (computed once per check, not once per pair)."""
    owords = _original_words(original, ospans, lang)
    out = []
    flagged: set[tuple[int, int]] = set()
    slot = {(a, b): w for a, b, w, _ in sandwiched(original, owords, draft, dspans, lambda w, o: any(
        relation(w, f) >= VARIANT for f in o.forms | {o.latin}))}  # María Gonzalo Corral: a name's slot
    cands = {(a, b): w for a, b, w in _draft_candidates(draft, dspans) + _given_names(draft, dspans)
             + namesurnames.word_surnames(original, draft, _draft_candidates(draft, dspans), lang)
             + common_word_slips(draft, _draft_candidates_all(draft, dspans), owords)}  # Guerrero for Guerreiro
    for (a, b), w in {**cands, **slot}.items():
        if any(relation(x, v) >= VARIANT for o in owords for x in _as_read(w, o)
               for v in {o.latin} | _older(o, lang) | o.forms) and not any(_doubling_slip(w, o) for o in owords):
            continue
        if any(_DEVANAGARI_RE.match(o.text) and same_devanagari_name(w, o.forms | {o.latin}) for o in owords):
            continue  # Pandava for पाण्डव, Rabindranath for रवीन्द्रनाथ, Veda for वेदमा
        if lang == "et" and _english_word(w) and any(relation(w, f) in (SAME, ACCENT) or len(f) > len(w) and _inflected(
                f, w, lang) for o in owords for f in _estonian_foreign(o.latin)):  # not Klass for Klaas (Klas + s)
            continue  # Anatolia for Anatoolia, Lateran for Lateraani, Illyria, Oceania for Okeaanias
        if fold(w).endswith(("ian", "ean", "ese", "ish")) or _adjective_of(w, owords, lang):
            continue  # Slovenian for Sloveenia, Moldovan for Moldovas, Napoleonic: an adjective, not a misspelt name
        if _ACRONYM_PLURAL_RE.fullmatch(w) and any(o.text == w[:-1] for o in owords):
            continue  # NICUs for NICU, NGOs for NGO: English's plural of an acronym the original leaves bare
        close = [o for o in owords if _close(_as_read(w, o)[-1], o, lang) and not exonym(w, o.text)]
        close = [o for o in close if (a, b) in slot or namesurnames.after_kept_forename(original, o.start, draft, a, lang)
                 or not _word_translated(o.text, w, lang) and not _initial_common_word(original, ospans, o, w, lang)]
        if not close:
            continue
        o = min(close, key=lambda o: min(OSA.distance(fold(w), fold(f)) for f in o.forms | {o.latin}))
        listed = _listed_spelling(o.latin, names_list)
        fix = listed or (None if o.cross_script else _nominative(o.text, w, lang))
        shown = f"“{o.text}”" + (f" ({o.latin})" if o.cross_script else "")
        msg = f"The original spells this name {shown}; the draft has “{w}”"
        if listed:
            msg += f" (names list: {listed})"
        out.append(Mismatch(a, b, o.start, o.end, msg, (a, b, fix) if fix and fix != w else None))
        flagged.add((a, b))
    slotted = [o for o in owords if not _DEVANAGARI_RE.match(o.text)]  # Latin, Cyrillic, Greek names
    out += [m for m in slot_names(original, slotted, draft, dspans, _WORD_RE, lang, lambda w, o: _fair(w, o, lang),
                                  lambda ot, w: _word_translated(ot, w, lang)) if (m.start, m.end) not in flagged]
    flagged |= {(m.start, m.end) for m in out}
    if lang in ("fa", "bn", "si"):  # Persian names by their consonants: باقری as "Baheri"; Bengali: রহিম as "Rahman"
        slips = (persian_name_slips(original, ospans, draft, _draft_candidates(draft, dspans)) if lang == "fa" else
                 namesbengali.bengali_name_slips(original, ospans, draft, _draft_candidates_all(draft, dspans), lang))
        out += [m for m in slips if (m.start, m.end) not in flagged]
    if lang == "ps":  # Pashto names by their consonants too: میوندي as "Maiwani"
        out += [m for m in persian_name_slips(original, ospans, draft, _draft_candidates(draft, dspans),
                                              pashto_skeletons, _PASHTO_WORD_RE) if (m.start, m.end) not in flagged]
    if lang == "he":  # Hebrew names by their consonants too: סמוטריץ' as "Smotrick"
        out += [m for m in persian_name_slips(original, ospans, draft, _draft_candidates(draft, dspans),
                                              hebrew_skeletons, _HEBREW_WORD_RE) if (m.start, m.end) not in flagged]
        out += [m for m in hebrew_vowel_slips(original, ospans, draft, _capitalised_inside(draft, dspans))
                + hebrew_anchored_slips(original, ospans, draft, _draft_candidates_all(draft, dspans))
                if not any(m.start < n.end and n.start < m.end for n in out)]
    if lang == "km":  # Khmer names by their consonants: ចាន់ធី as "Chamthy"
        out += [m for m in khmer_name_slips(original, ospans, draft, _draft_candidates(draft, dspans))
                if (m.start, m.end) not in flagged]
    if lang == "th":  # Thai names by their consonants too: ฐาปนีย์ as "Thamanee"
        out += [m for m in khmer_name_slips(original, ospans, draft, _draft_candidates(draft, dspans), namesthai.units,
                                            namesthai.thai_skeletons, namesthai.WORD_RE, namesthai.GLUED_MIN)
                if (m.start, m.end) not in flagged]
    if any(o.cross_script and _DEVANAGARI_RE.match(o.text) for o in owords):  # सीता पाण्डे as "Gita Pandey"
        out += anchored_slips(original, owords, draft, dspans, _draft_candidates(draft, dspans),
                              {(m.start, m.end) for m in out})
    if lang in ("ar", "fa"):  # الصربي ألكسندر ميتروفيتش as "the Serbian Aleksandar Mitrovski"; fa: ویرا "Pereira"
        out += arabic_anchored_slips(original, ospans, draft, dspans, _draft_candidates(draft, dspans),
                                     {(m.start, m.end) for m in out}, lang)
    if natives is None:
        natives = natives_in(original, names_list)
    found = _native_names(natives, ospans, draft, dspans)
    return out + [m for m in found if (m.start, m.end) not in flagged]


def _estonian_foreign(latin: str) -> set[str]:
    """An Estonian spelling of a foreign name as English has it: Estonian doubles long vowels (Anatoolia,
    Lateraan) and writes y as ü, c as k (Illüüria, Okeaania). Only ever a reason to stay silent: as forms to
    compare with, they would bring names within a slip of the draft's (Okeanias, Oceania)."""
    single = re.sub(r"([aeiouõäöü])\1", r"\1", latin).replace("ü", "y").replace("Ü", "Y")
    return {single, single.replace("k", "c").replace("K", "C")} - {latin}


def _english_word(w: str) -> bool:
    """English has the word (Asia for Aasia, Anatolia for Anatoolia): an exonym, where a surname with a long vowel
    undoubled (Kusk for Kuusk, Kasik for Kaasik) is not one, whatever its length."""
    from wordfreq import zipf_frequency

    return zipf_frequency(w.lower(), "en") >= 1.5


def _fair(w: str, o: _Word, lang: str) -> bool:
    """The draft word is the original word's spelling, a case of it, a slip the rule above judges, an exonym."""
    forms = o.forms | {o.latin} | _older(o, lang)
    return (any(relation(x, f) >= VARIANT or _inflected(f, x, lang) for x in _as_read(w, o) for f in forms)
            or _close(_as_read(w, o)[-1], o, lang) or exonym(w, o.text) or _adjective_of(w, [o], lang)
            or (lang == "et" and any(relation(w, f) >= VARIANT for f in _estonian_foreign(o.latin))))


def _adjective_of(w: str, owords: list[_Word], lang: str) -> bool:
    """The draft's word is an English adjective of an original's name, in any case of it: Moldovan for
    Moldovas ("in Moldova"), Nicaraguan, Napoleonic for Napoleoni ("Napoleon's")."""
    m = re.fullmatch(r"(.{4,}?)(?:(?<=[aeiou])n|an|ic)", w)
    if m is None:
        return False
    stem = m.group(1)  # the name itself, or the start of the original's declined form (not Debreci for Debrecen)
    return any(relation(stem, f) in (SAME, ACCENT) or (fold(f).startswith(fold(stem)) and _inflected(f, stem, lang))
               for o in owords for f in o.forms | {o.latin})


def _as_read(w: str, o: _Word) -> tuple[str, ...]:
    """The draft word, and as compared with a Devanagari name's romanisations (Sanjeev as Sanjiv)."""
    return (w, single_vowels(w)) if o.cross_script and _DEVANAGARI_RE.match(o.text) else (w,)


def _close(w: str, o: _Word, lang: str) -> bool:
    """A slip of one of the original word's spellings (one letter across scripts), not a case ending of any."""
    forms = o.forms | {o.latin}
    if any(_inflected(f, w, lang) for f in forms):
        return False
    return _doubling_slip(w, o) or any(
        relation(w, f) == CLOSE and (not o.cross_script or _one_letter(w, f, o.text)) for f in forms)


_II_END = re.compile(r"(?:yi|yy|iy|ii|y|i)$")


def _one_letter(w: str, f: str, original: str) -> bool:
    """One letter apart, once the -ий ending's own variation is set aside (Kozynskyi / Kozytskyy: yi or yy); only
    that ending, as other transliteration variation (Raiymbek / Rayymbeka, Naberezhnye) is no slip."""
    if OSA.distance(fold(w), fold(f)) <= 1:
        return True
    if not ((re.search("[ийіы]й$", original) or fold(f).endswith("yy")) and _II_END.search(fold(w))):
        return False  # Klochkivska for Клочківській: a case, not the ending's spelling
    return OSA.distance(_II_END.sub("", fold(w)), _II_END.sub("", fold(f))) <= 1


def _undouble(s: str) -> str:
    return re.sub(r"(.)\1", r"\1", s)


def _doubling_slip(w: str, o: "_Word") -> bool:
    """A letter doubled or undoubled in a name the original writes in Latin letters (Villarubia for
    Villarrubia, Benhadou for Benhaddou, Kusk for Kuusk): a slip, not the transliteration variant it is across scripts
    (Mohamed / Mohammed), as the draft copies a Latin-script name letter for letter. A double moved to the next
    consonant (Zubizaretta for Zubizarreta) is the same slip: same length, two edits."""
    if o.cross_script or w == o.text:
        return False
    fw, fo = fold(w), fold(o.text)
    edits = OSA.distance(fw, fo)
    return (min(len(fw), len(fo)) >= 4 and fw != fo and _undouble(fw) == _undouble(fo)
            and (edits == 1 or (edits == 2 and len(fw) == len(fo))))


def _word_translated(original: str, draft: str, lang: str) -> bool:
    """A common word of the original's language inside a name (Turistik, Colegio Notarial) in English: not a slip."""
    from wordfreq import zipf_frequency as z
    if lang not in _frequency_languages() or lang == "vi":  # nearly every Vietnamese name syllable is a common
        return False  # word (Phạm "commit", Minh "bright"), and names are not translated: Phan for Phạm is a slip
    stem = len(commonprefix([o := original.lower(), d := draft.lower()]))  # a cognate: Notaries, a suffix swapped,
    cognate = z(o, lang) >= 2.5 and stem >= 5 and len(o) + len(d) - 2 * stem >= 4 and z(d, "en") > z(o, "en")
    return z(d, "en") >= 2.0 and (z(o, lang) >= 3.5 or cognate) and not inner_letter_slip(o, d)  # Morena, Perera: slips


def _initial_common_word(original: str, ospans: list[tuple[int, int]], o: _Word, draft: str, lang: str) -> bool:
    """A word of the original capitalised only because it opens the sentence (Portuguese ``Meteorologistas``)
    rendered by the English word ("Meteorologists"): a translation, even when the word is not a frequent one."""
    from wordfreq import zipf_frequency

    if lang not in _frequency_languages():
        return False
    if not any(a <= o.start < b and not re.search(r"[^\W\d_]", original[a : o.start]) for a, b in ospans):
        return False
    return zipf_frequency(o.text.lower(), lang) >= 2.0 and zipf_frequency(draft.lower(), "en") >= 2.0


@functools.lru_cache(maxsize=1)
def _frequency_languages() -> frozenset[str]:
    """Languages wordfreq has a list for and reads without an extra tokenizer (not Estonian: it has none, and
    asking for one raises; not Japanese/Korean/Chinese, which need MeCab or jieba), English aside."""
    from wordfreq import available_languages

    return frozenset(available_languages()) - {"en", "ja", "ko", "zh"}


def _nominative(original: str, draft: str, lang: str) -> str | None:
    """The original's spelling as a fix, unless a case ending makes it unsafe."""
    if lang in ("de", "sv", "da", "no", "nb") and original.endswith("s") and not draft.endswith("s"):  # Anderssons
        return original[:-1]
    return None if lang in INFLECTING and lang != "de" else original


def _listed_spelling(latin: str, names_list) -> str | None:
    """The names list's spelling of one name unit that ``latin`` is a transliteration or accent variant of."""
    for entry in names_list or ():
        for unit in entry.name.split():
            if len(unit) >= 3 and relation(latin, unit) in (SAME, ACCENT, VARIANT):
                return unit
    return None


def natives_in(original: str, names_list) -> list[tuple[object, str, int]]:
    """Names list entries whose native-script variant (秦刚) is in the original: (entry, variant, position)."""
    out = []
    for entry in names_list or ():
        for native in (v for v in entry.variants if _FOREIGN_SCRIPT.search(v)):
            pos = original.find(native)
            while pos != -1:
                out.append((entry, native, pos))
                pos = original.find(native, pos + 1)
    return out


def _native_names(natives, ospans, draft, dspans) -> list[Mismatch]:
    """Names list entries whose native-script variant is in these original sentences: the draft must spell them so."""
    out = []
    said = None
    seen: set[tuple[int, str]] = set()
    flagged: set[tuple[int, int]] = set()  # one finding per draft word when two variants (مدبولي) are in the original
    for entry, native, pos in natives:
        if (id(entry), native) in seen or not any(a <= pos and pos + len(native) <= b for a, b in ospans):
            continue
        seen.add((id(entry), native))
        said = said if said is not None else _all_capitalised(draft, dspans)
        units = entry.name.split()
        if all(any(relation(w, u) >= VARIANT for _, _, w in said) for u in units):
            continue
        for a, b, w in said:
            for u in units:
                if (a, b) in flagged:
                    continue
                if relation(w, u) == CLOSE or (len(u) <= 4 and OSA.distance(fold(w), fold(u)) == 1 and w[0] == u[0]):
                    flagged.add((a, b))
                    msg = f"The original names “{native}” ({entry.name} on the names list); the draft has “{w}”"
                    out.append(Mismatch(a, b, pos, pos + len(native), msg, (a, b, u)))
    return out


def _all_capitalised(text: str, spans) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for a, b in spans for m in _WORD_RE.finditer(text, a, b) if m.group()[0].isupper()]
