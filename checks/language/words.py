"""Word-level evidence for language: scripts, shipped word classes, loanwords and name particles.

Each word of a sentence is classed cheaply, with no language identification: E (plainly English),
F (a foreign sign: a marker word of another language, a letter English lacks, another script),
U (an unknown lower-case word) or N (no evidence: names, words common on both sides). The word lists
in ``checks/data/language_words.json`` are built from wordfreq by ``bench/language.py --build-data``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

DATA_FILE = Path(__file__).parent.parent / "data" / "language_words.json"
LOANWORDS_FILE = Path(__file__).parent.parent / "data" / "language_loanwords.txt"

# Script of a word -> the langdetect profiles that can tell its languages apart (one entry: no
# detection needed). Latin is the default.
SCRIPTS = [
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
    # Scripts langdetect has no profile for: each is written by one language here, so the script names it
    # (before, their words were taken for Latin and an untranslated Khmer or Georgian sentence went unseen).
    ("armenian", re.compile(r"[\u0530-\u058f]"), ("hy",)),
    ("thaana", re.compile(r"[\u0780-\u07bf]"), ("dv",)),
    ("oriya", re.compile(r"[\u0b00-\u0b7f]"), ("or",)),
    ("lao", re.compile(r"[\u0e80-\u0eff]"), ("lo",)),
    ("tibetan", re.compile(r"[\u0f00-\u0fff]"), ("bo",)),
    ("myanmar", re.compile(r"[\u1000-\u109f]"), ("my",)),
    ("georgian", re.compile(r"[\u10a0-\u10ff\u1c90-\u1cbf]"), ("ka",)),
    ("ethiopic", re.compile(r"[\u1200-\u139f]"), ("am",)),
    ("khmer", re.compile(r"[\u1780-\u17ff\u19e0-\u19ff]"), ("km",)),
    ("kana", re.compile(r"[\u3040-\u30ff]"), ("ja",)),
    ("hangul", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]"), ("ko",)),
    ("han", re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]"), ("zh",)),
]
NON_LATIN = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0530-\u058f\u0590-\u06ff\u0750-\u07bf\u0900-\u0dff"
                        r"\u0e00-\u0fff\u1000-\u139f\u1780-\u17ff\u19e0-\u19ff\u1c90-\u1cbf"
                        r"\u1100-\u11ff\u1f00-\u1fff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
UNSPACED = ("thai", "lao", "khmer", "myanmar", "tibetan", "kana", "hangul", "han")  # scripts whose words are not space-separated
# Letters with marks English does not use (café and naïve are in the English list already).
FOREIGN_LETTER = re.compile(r"[à-öø-ÿāăąćčďđēėęěğīįıłńňőœřśşšţťūůűųźżžșț]")


def script_of(word: str) -> str:
    if not NON_LATIN.search(word):
        return "latin"
    for name, pattern, _ in SCRIPTS:
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
def _mark_class() -> str:
    """Every combining mark (Unicode category M) of the Basic Multilingual Plane, as ranges of a regex class.

    Why: ``re`` counts vowel signs and viramas as neither letters nor digits, so without them a Khmer,
    Burmese or Devanagari word fell apart into one-letter pieces, too short to count as foreign signs."""
    out, lo, prev = [], None, None
    for cp in range(0x300, 0x10000):
        if unicodedata.category(chr(cp)).startswith("M"):
            if lo is None:
                lo = cp
            prev = cp
        elif lo is not None:
            out.append(f"\\u{lo:04x}-\\u{prev:04x}" if prev > lo else f"\\u{lo:04x}")
            lo = None
    return "".join(out)


_LETTER = rf"(?:[^\W\d_](?:[^\W\d_]|[{_mark_class()}])*)"  # a letter, then letters and combining marks
WORD_RE = re.compile(rf"{_LETTER}(?:['’\-]{_LETTER})*")


def classify(word: str, lists: WordLists) -> str:
    """E (plainly English), F (a foreign sign), U (unknown lower-case word) or N (no evidence)."""
    if NON_LATIN.search(word):
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
    if FOREIGN_LETTER.search(low):
        return FOREIGN
    return UNKNOWN


def weight(word: str) -> float:
    """How many words a token counts for: unspaced scripts pack several words into one token."""
    if script_of(word) not in UNSPACED:
        return 1.0
    letters = sum(1 for c in word if not unicodedata.category(c).startswith("M"))  # vowel signs are no letters
    return max(1.0, letters / 2)



# Words that announce the title of a work: what follows is a name, not untranslated prose.
TITLE_CUES = frozenset(
    [
        "novel", "book", "film", "movie", "song", "album", "play", "opera", "poem", "series", "newspaper",
        "daily", "weekly", "magazine", "paper", "titled", "entitled", "called", "named", "slogan", "motto",
        "anthem", "programme", "program", "show", "documentary",
    ]
)


# Lower-case words that sit inside names: Costa de la Luz, Lula da Silva, Ursula von der Leyen.
NAME_PARTICLES = frozenset(
    [
        "de", "la", "le", "les", "los", "las", "lo", "del", "della", "dello", "di", "da", "do", "dos", "das",
        "du", "des", "van", "von", "der", "den", "het", "ter", "ten", "y", "e", "i", "al", "el", "bin", "ibn",
        "zu",
    ]
)



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


