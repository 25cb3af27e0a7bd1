"""Language of the draft and untranslated fragments (category ``untranslated``).

Language identification (langdetect) is slow and unreliable on a few words, so it is asked only
about spans a cheap test has already marked as possibly foreign: every word is classed by shipped
word lists (``checks/data/language_words.json``, built from wordfreq by ``bench/language.py``) and
by its script and accents; only runs of five or more words with no plainly English word in them and
at least two foreign signs go to langdetect. Capitalised words (names, titles) never count as
foreign signs, so names and loanwords (coup d'état, Bundestag, Realpolitik) stay quiet.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .document import Document
from .registry import checker, define
from .stylesheet import CheckOptions

L001 = define("L001", "untranslated-fragment", "untranslated", "warning",
              "A sentence or clause is not in the draft's language and needs translating.")
L002 = define("L002", "draft-not-english", "untranslated", "warning",
              "The draft is not in English; English-specific checks do not apply to it.")

DATA_FILE = Path(__file__).parent / "data" / "language_words.json"
LOANWORDS_FILE = Path(__file__).parent / "data" / "language_loanwords.txt"
MIN_WORDS = 5           # never ask langdetect about fewer words (DESIGN.md 5)
MIN_PROBABILITY = 0.90  # langdetect's confidence needed to call a span foreign

LANGUAGE_NAMES = {
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan", "cs": "Czech",
    "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek", "en": "English", "es": "Spanish",
    "et": "Estonian", "fa": "Persian", "fi": "Finnish", "fr": "French", "gu": "Gujarati", "he": "Hebrew",
    "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian", "it": "Italian",
    "ja": "Japanese", "kn": "Kannada", "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian",
    "mk": "Macedonian", "ml": "Malayalam", "mr": "Marathi", "ne": "Nepali", "nl": "Dutch",
    "no": "Norwegian", "pa": "Punjabi", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian",
    "ru": "Russian", "si": "Sinhala", "sk": "Slovak", "sl": "Slovenian", "so": "Somali", "sq": "Albanian",
    "sv": "Swedish", "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "th": "Thai", "tl": "Tagalog",
    "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese", "zh": "Chinese",
}


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


# -- scripts ------------------------------------------------------------------------------------

# Script of a word -> the langdetect profiles that can tell its languages apart (one entry: no
# detection needed). Latin is the default.
_SCRIPTS = [
    ("cyrillic", re.compile(r"[\u0400-\u04ff]"), ("ru", "uk", "bg", "mk")),
    ("greek", re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]"), ("el",)),
    ("arabic", re.compile(r"[\u0600-\u06ff\u0750-\u077f]"), ("ar", "fa", "ur")),
    ("hebrew", re.compile(r"[\u0590-\u05ff]"), ("he",)),
    ("devanagari", re.compile(r"[\u0900-\u097f]"), ("hi", "mr", "ne")),
    ("bengali", re.compile(r"[\u0980-\u09ff]"), ("bn",)),
    ("gurmukhi", re.compile(r"[\u0a00-\u0a7f]"), ("pa",)),
    ("gujarati", re.compile(r"[\u0a80-\u0aff]"), ("gu",)),
    ("tamil", re.compile(r"[\u0b80-\u0bff]"), ("ta",)),
    ("telugu", re.compile(r"[\u0c00-\u0c7f]"), ("te",)),
    ("kannada", re.compile(r"[\u0c80-\u0cff]"), ("kn",)),
    ("malayalam", re.compile(r"[\u0d00-\u0d7f]"), ("ml",)),
    ("sinhala", re.compile(r"[\u0d80-\u0dff]"), ("si",)),
    ("thai", re.compile(r"[\u0e00-\u0e7f]"), ("th",)),
    ("kana", re.compile(r"[\u3040-\u30ff]"), ("ja",)),
    ("hangul", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]"), ("ko",)),
    ("han", re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]"), ("zh",)),
]
_NON_LATIN = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0e7f"
                        r"\u1100-\u11ff\u1f00-\u1fff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_UNSPACED = ("thai", "kana", "hangul", "han")  # scripts whose words are not space-separated
_LATIN_PROFILES = ("af", "ca", "cs", "cy", "da", "de", "en", "es", "et", "fi", "fr", "hr", "hu", "id", "it",
                   "lt", "lv", "nl", "no", "pl", "pt", "ro", "sk", "sl", "so", "sq", "sv", "sw", "tl", "tr", "vi")
# Letters with marks English does not use (café and naïve are in the English list already).
_FOREIGN_LETTER = re.compile(r"[à-öø-ÿāăąćčďđēėęěğīįıłńňőœřśşšţťūůűųźżžșț]")


def script_of(word: str) -> str:
    if not _NON_LATIN.search(word):
        return "latin"
    for name, pattern, _ in _SCRIPTS:
        if pattern.search(word):
            return name
    return "latin"


# -- word classes ------------------------------------------------------------------------------

class WordLists(NamedTuple):
    markers: dict[str, tuple[str, ...]]  # foreign word -> languages it is typical of
    shared: frozenset[str]               # as common abroad as in English: no evidence
    english: frozenset[str]              # plainly English


@lru_cache(maxsize=1)
def word_lists() -> WordLists:
    data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    return WordLists(
        {w: tuple(langs) for w, langs in data["markers"].items()},
        frozenset(data["shared"]),
        frozenset(data["english"]),
    )


ENGLISH, NEUTRAL, FOREIGN, UNKNOWN = "E", "N", "F", "U"
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def classify(word: str, lists: WordLists) -> str:
    """E (plainly English), F (a foreign sign), U (unknown lower-case word) or N (no evidence)."""
    if _NON_LATIN.search(word):
        return FOREIGN
    if word[0].isupper():
        return NEUTRAL  # names, titles and sentence starts say nothing
    if "-" in word:  # compounds: English if any part is ("well-known"), foreign only if all are
        parts = [classify(p, lists) for p in word.split("-") if p]
        if ENGLISH in parts:
            return ENGLISH
        return FOREIGN if parts and all(p == FOREIGN for p in parts) and len(word) > 5 else UNKNOWN
    low = word.lower().replace("’", "'")
    if low in lists.english:
        return ENGLISH
    if low in lists.markers:
        return FOREIGN
    if low in lists.shared:
        return NEUTRAL
    if "'" in low:  # l'économie, dell'Europa, d'état
        head, _, tail = low.partition("'")
        if tail in lists.english and head in ("s", "t", "d", "ll", "re", "ve", "m"):
            return ENGLISH
    if _FOREIGN_LETTER.search(low):
        return FOREIGN
    return UNKNOWN


class Fragment(NamedTuple):
    start: int
    end: int
    language: str
    probability: float


def _weight(word: str) -> float:
    """How many words a token counts for: unspaced scripts pack several words into one token."""
    script = script_of(word)
    return max(1.0, len(word) / 2) if script in _UNSPACED else 1.0


_CLAUSE_BREAK = re.compile(r"[:;()\[\]\"“”«»—–]")


# Words that announce the title of a work: what follows is a name, not untranslated prose.
TITLE_CUES = frozenset(
    "novel book film movie song album play opera poem series newspaper daily weekly magazine paper "
    "titled entitled called named slogan motto anthem programme program show documentary".split()
)


def _looks_like_title(text: str, run: list, before: str) -> bool:
    """A capitalised run announced by a cue word ("his novel Cien años de soledad")."""
    lead = [text[a:b].lower() for a, b, cls, _ in run[:3] if cls != FOREIGN and not text[a].isupper()]
    first_cap = next((i for i, (a, _, cls, _) in enumerate(run[:3]) if text[a].isupper()), None)
    return first_cap is not None and (before in TITLE_CUES or any(w in TITLE_CUES for w in lead[: first_cap]))


@lru_cache(maxsize=1)
def loanword_pattern() -> re.Pattern:
    """Foreign phrases English uses as its own (coup d'état, de facto, Realpolitik), with and without accents."""
    import unicodedata

    phrases = set()
    for raw in LOANWORDS_FILE.read_text(encoding="utf-8").splitlines():
        raw = raw.strip()
        if raw and not raw.startswith("#"):
            phrases.add(raw)
            plain = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode()
            phrases.add(plain)
    alts = sorted((re.escape(p).replace("'", "['’]").replace("\\ ", r"\s+") for p in phrases), key=len, reverse=True)
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(alts) + r")(?![^\W\d_])", re.IGNORECASE)


def _neutralise_loanwords(text: str, start: int, end: int, toks: list) -> None:
    spans = [(m.start(), m.end()) for m in loanword_pattern().finditer(text, start, end)]
    if not spans:
        return
    for i, (a, b, word, cls) in enumerate(toks):
        if cls != ENGLISH and any(sa <= a and b <= sb for sa, sb in spans):
            toks[i] = (a, b, word, NEUTRAL)


NAME_PARTICLES = frozenset("de la le les los las lo del della dello di da do dos das du des van von der den het ter ten y e i al el bin ibn zu".split())


def _neutralise_name_particles(toks: list) -> None:
    """``de`` and ``la`` between capitalised words belong to a name (Costa de la Luz, Lula da Silva)."""
    for i, (a, b, word, cls) in enumerate(toks):
        if cls != FOREIGN or word not in NAME_PARTICLES or i == 0 or not toks[i - 1][2][0].isupper() and toks[i - 1][2] not in NAME_PARTICLES:
            continue
        j = i + 1
        while j < len(toks) and toks[j][2] in NAME_PARTICLES:
            j += 1
        if j < len(toks) and toks[j][2][0].isupper():
            toks[i] = (a, b, word, NEUTRAL)


def candidate_runs(text: str, start: int, end: int, lists: WordLists) -> list[tuple[int, int, int]]:
    """Spans of ``text[start:end]`` that may be foreign: >= MIN_WORDS words, at least two foreign signs,
    and plain English words only one at a time (foreign prose holds a few: "les options", "divide").
    Each run is ``(start, end, core_end)``: the core ends on the last foreign sign and is what
    language identification reads."""
    runs: list[tuple[int, int]] = []
    cur: list[tuple[int, int, str, float]] = []
    before = [""]  # the word just before the current run

    def close(at_end: bool = False) -> None:
        # After the last foreign sign, keep one neutral word ("à Paris", "de paz"), but no English
        # word and no longer tail ("... zal stemmen on Thursday", "..., according to a").
        last = max((k for k, c in enumerate(cur) if c[2] in (FOREIGN, UNKNOWN)), default=-1)
        tail = cur[last + 1 :]
        kept = 0
        if tail and last >= 0 and not text[cur[last][1] : tail[0][0]].strip():  # not after a comma
            if at_end and len(tail) == 1:
                kept = 1  # the sentence's last word: international vocabulary ("... sur les sanctions.")
            elif tail[0][2] == NEUTRAL and (_capitalised(tail[0]) or len(tail) == 1 or not _capitalised(tail[1])):
                kept = 1  # "à Paris", "de paz", "nem fog engedni Brüsszelnek", but not "on Thursday"
        del cur[last + 1 + kept :]
        while cur and (cur[0][2] == ENGLISH or text[cur[0][0] : cur[0][1]].lower() in TITLE_CUES):
            before[0] = text[cur[0][0] : cur[0][1]].lower()
            cur.pop(0)
        # Before the first foreign sign, keep one neutral word ("... said la conférence"), or the
        # sentence's opening words ("Die Regierung hat"), not a lead-in of names mid-sentence.
        first = next((k for k, c in enumerate(cur) if c[2] in (FOREIGN, UNKNOWN)), len(cur))
        if first >= len(cur):
            cur.clear()
        elif (first > 1 and text[start : cur[0][0]].strip(" \"“‘'(«")  # a sentence may open on names
              or first == 1 and text[cur[0][1] : cur[1][0]].strip()):
            before[0] = text[cur[first - 1][0] : cur[first - 1][1]].lower()
            del cur[:first]
        if cur and any(_NON_LATIN.search(text[c[0] : c[1]]) for c in cur):
            # a run in another script does not take Latin-script words at its edges
            while cur and not _NON_LATIN.search(text[cur[0][0] : cur[0][1]]):
                cur.pop(0)
            while cur and not _NON_LATIN.search(text[cur[-1][0] : cur[-1][1]]):
                cur.pop()
        if cur:
            words = sum(c[3] for c in cur if c[2] != ENGLISH)
            foreign = len({text[c[0] : c[1]].lower() for c in cur if c[2] == FOREIGN and c[1] - c[0] > 1})
            unknown = sum(1 for c in cur if c[2] == UNKNOWN)
            english = sum(1 for c in cur if c[2] == ENGLISH)
            is_title = _looks_like_title(text, cur, before[0])
            if (words >= MIN_WORDS and foreign >= 2 and foreign + unknown >= 0.4 * len(cur)
                    and english * 4 <= len(cur) and not is_title):
                stop = cur[-1][1]
                tail = re.match(r"[\s.!?…\"”’»)]*", text[stop:end]).group()
                if stop + len(tail) == end:  # the run ends the sentence: take its full stop too
                    stop = end - (len(tail) - len(tail.rstrip()))
                core = max(c[1] for c in cur if c[2] in (FOREIGN, UNKNOWN))
                runs.append((cur[0][0], stop, core))
        cur.clear()

    def _capitalised(tok) -> bool:
        return text[tok[0]].isupper()

    toks = [(m.start(), m.end(), m.group(), classify(m.group(), lists)) for m in _WORD_RE.finditer(text, start, end)]
    _neutralise_name_particles(toks)
    _neutralise_loanwords(text, start, end, toks)
    prev_end = start
    prev_word = ""
    for a, b, word, cls in toks:
        if _CLAUSE_BREAK.search(text, prev_end, a):
            close()  # a colon, dash, bracket or quotation mark starts a new clause
        if cls == ENGLISH and (not cur or cur[-1][2] == ENGLISH or not any(c[2] in (FOREIGN, UNKNOWN) for c in cur)):
            close()  # two plain English words in a row, or no foreign sign yet: back in English
            before[0] = word.lower()
        elif not cur:
            before[0] = prev_word
            cur.append((a, b, cls, _weight(word)))
        else:
            cur.append((a, b, cls, _weight(word)))
        prev_end = b
        prev_word = word.lower()
    close(at_end=True)
    return runs


def _quick_foreign_signs(sentence: str, lists: WordLists) -> bool:
    """The cheapest test: does a sentence hold two foreign marker words or any non-Latin letter?"""
    if _NON_LATIN.search(sentence):
        return True
    markers = lists.markers
    hits = 0
    for w in _WORD_RE.findall(sentence):
        if w.lower() in markers and not w[0].isupper() or _FOREIGN_LETTER.search(w) and w.islower():
            hits += 1
            if hits >= 2:
                return True
    return False


# -- langdetect, seeded and loaded per script ----------------------------------------------------

@lru_cache(maxsize=None)
def _factory(profiles: tuple[str, ...]):
    """A seeded langdetect factory holding only the profiles of one script (fast to load)."""
    import langdetect
    from langdetect.detector_factory import DetectorFactory
    from langdetect.utils.lang_profile import LangProfile

    root = Path(langdetect.__file__).parent / "profiles"
    factory = DetectorFactory()
    factory.seed = 0
    for i, code in enumerate(profiles):
        data = json.loads((root / code).read_text(encoding="utf-8"))
        factory.add_profile(LangProfile(**data), i, len(profiles))
    return factory


def language_probabilities(span: str) -> dict[str, float]:
    """langdetect's probabilities for a span, from the profiles of its script; a script that only
    one language writes (Greek, Hebrew, Sinhala...) needs no detection."""
    scripts = {script_of(w) for w in _WORD_RE.findall(span)}
    scripts.discard("latin")
    if "kana" in scripts:
        return {"ja": 1.0}
    if "hangul" in scripts:
        return {"ko": 1.0}
    profiles = _LATIN_PROFILES
    for name, _, langs in _SCRIPTS:
        if name in scripts:
            if len(langs) == 1:
                return {langs[0]: 1.0}
            profiles = langs
            break
    from langdetect.detector_factory import DetectorFactory
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    detector = _factory(profiles).create()
    detector.append(span)
    try:
        return {p.lang.split("-")[0]: p.prob for p in detector.get_probabilities()}
    except LangDetectException:
        return {}


def identify(span: str) -> tuple[str, float]:
    """The most probable language of a span and its probability ("und", 0.0 when nothing is known)."""
    probs = language_probabilities(span)
    if not probs:
        return "und", 0.0
    lang = max(probs, key=probs.get)
    return lang, probs[lang]


def judge(span: str, lists: WordLists) -> tuple[str, float] | None:
    """The language of a foreign-looking span, or None when it may be English after all.

    A span in a script English does not use is foreign for sure; langdetect only names the
    language. A Latin-script span needs langdetect to be 90% sure it is not English, and a name
    that its own signs bear out: the most probable language, or a close runner-up with more of its
    own marker words (Swedish "att ... kommer" over Norwegian).
    """
    probs = language_probabilities(span)
    probs.pop("und", None)
    if not probs:
        return None
    foreign_mass = 1.0 - probs.get("en", 0.0)
    signs = {lang: _signs(span, lang, lists) for lang in probs if lang != "en" and probs[lang] >= 0.05}
    if not signs:
        return None
    lang = max(signs, key=lambda l: (probs[l] + 0.1 * min(signs[l], 3), l))
    if _NON_LATIN.search(span) and signs[lang] >= 2:
        return lang, probs[lang]  # Cyrillic, Greek, Arabic...: foreign whatever langdetect's doubt
    if signs[lang] < 2 or foreign_mass < MIN_PROBABILITY:
        return None
    if probs[lang] < MIN_PROBABILITY and signs[lang] < 3:
        return None
    return lang, probs[lang]


def foreign_fragments(doc: Document) -> list[Fragment]:
    """Every span of >= MIN_WORDS words that langdetect, asked only where cheap signs point, calls foreign."""
    return doc.memo("language.fragments", _find_fragments)


def _signs(span: str, lang: str, lists: WordLists) -> int:
    """Distinct foreign signs of the span that fit a language: its marker words, letters English
    lacks, its script. Only words of two letters or more count ("u / name, u / name" is no Croatian)."""
    fits = set()
    for w in _WORD_RE.findall(span):
        low = w.lower()
        if len(low) > 1 and (_NON_LATIN.search(w) or _FOREIGN_LETTER.search(low) or lang in lists.markers.get(low, ())):
            fits.add(low)
    return len(fits)


def _find_fragments(doc: Document) -> list[Fragment]:
    lists = word_lists()
    text = doc.text
    out: list[Fragment] = []
    for sent in doc.sentences:
        s = text[sent.start : sent.end]
        if not _quick_foreign_signs(s, lists):
            continue
        for a, b, core in candidate_runs(text, sent.start, sent.end, lists):
            verdict = judge(text[a:core], lists)
            if verdict is not None:
                out.append(Fragment(a, b, *verdict))
    return out


# -- the draft's language ---------------------------------------------------------------------

_PROFILE_WORDS = 3000  # the first words of a draft are enough to tell its language


def document_language(doc: Document) -> str:
    """ISO 639-1 code of the draft's main language ("en" unless the text is plainly something else)."""
    return doc.memo("language.document", _document_language)


def _document_language(doc: Document) -> str:
    lists = word_lists()
    english = foreign = 0
    sample_end = len(doc.text)
    for i, m in enumerate(_WORD_RE.finditer(doc.text)):
        if i >= _PROFILE_WORDS:
            sample_end = m.start()
            break
        cls = classify(m.group(), lists)
        if cls == ENGLISH:
            english += 1
        elif cls == FOREIGN:
            foreign += _weight(m.group())  # a run of Chinese or Thai is several words
    if foreign < 5 or english * 4 > foreign:
        return "en"  # a draft with a real share of plain English is English, whatever it quotes
    lang, prob = identify(doc.text[: min(sample_end, 5000)])
    return lang if lang != "und" else "en"


# -- rules ------------------------------------------------------------------------------------

@checker(L001, L002)
def check_language(doc: Document, opts: CheckOptions):
    lang = document_language(doc)
    if lang != "en":
        first = doc.paragraphs[0] if doc.paragraphs else None
        if first is not None:
            yield L002.finding(first.start, first.end,
                               f"The draft reads as {language_name(lang)}, not English: untranslated-text, "
                               "garble and name checks assume English and may not apply")
        return
    for frag in foreign_fragments(doc):
        n = len(_WORD_RE.findall(doc.text[frag.start : frag.end]))
        yield L001.finding(frag.start, frag.end,
                           f"Untranslated {language_name(frag.language)} ({n} words): translate it or cut it")
