"""Words of quotations and source documents, normalised so that only wording differences count.

A quotation is compared word by word: quote marks, punctuation, whitespace and letter case never
make two wordings differ, and ``U.S.`` equals ``US``. Inside a quotation an ellipsis (``…``,
``...``, ``[…]``) and a bracketed insertion (``[the US]``) mark gaps where the writer left words
out or replaced them, and a sentence end is a soft gap; the words between the gaps form *segments*
that are looked up one by one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..document import ABBREVIATIONS

# A word: a dotted acronym (U.S., U.K.), or letters/digits joined by inner apostrophes. A leading
# bracketed capital (``[T]he``) belongs to the word it recapitalises.
WORD_RE = re.compile(r"(?:[A-Za-z]\.){2,}|(?:\[\w\])?\w+(?:[’'‘]\w+)*|%")
# Gaps inside quoted text, tried before words.
GAP_RE = re.compile(
    r"(?P<ellipsis>\[\s*(?:…|\.\s?\.\s?\.)\s*\]|…|\.\s?\.\s?\.)"
    r"|(?P<bracket>\[[^\]\n]{2,}\])"
)
# A sentence end inside a quotation: quoted sentences are looked up one by one (in order, near each
# other), so a long quotation is many short look-ups and one altered sentence stays local.
SENTENCE_END = r"(?P<sentence>(?<=\w)[.!?]+(?=[”’\"»)]*\s+[“‘\"«(]?[A-Z]))"
LEXER_RE = re.compile(f"{GAP_RE.pattern}|{SENTENCE_END}|(?P<word>{WORD_RE.pattern})")
GAP_RANK = {None: 0, "sentence": 1, "bracket": 2, "ellipsis": 3}


# British and American spellings of one word are one word (house style, not a misquote). The
# rewrite is applied to draft and source alike, so a word it maps needlessly still equals itself.
_SPELLING = [
    (re.compile(r"(?<=\w{3})is(e|ed|es|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"(?<=\w{2})ys(e|ed|es|ing)$"), r"yz\1"),
    (re.compile(r"(?<=\w{3})our(s|ed|ing|able|ite|ites)?$"), r"or\1"),
    (re.compile(r"(?<=\w{2})tre(s)?$"), r"ter\1"),
    (re.compile(r"(?<=\w{2})ence$"), r"ense"),
    (re.compile(r"^programme(s)?$"), r"program\1"),
]


# Numbers are written in figures or words by house style: "50" and "fifty" are one word.
NUMBER_WORDS = {
    w: str(i) for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split())
}
NUMBER_WORDS.update({w: str(10 * i) for i, w in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), 3)})
NUMBER_WORDS.update({"%": "percent", "pct": "percent"})


@lru_cache(maxsize=1 << 16)
def normalise_word(word: str) -> str:
    """Lower case, one apostrophe, no accents, acronym dots or editorial brackets, one spelling."""
    w = word.lower().replace("’", "'").replace("‘", "'")
    if not w.isascii():
        w = "".join(ch for ch in unicodedata.normalize("NFKD", w) if not unicodedata.combining(ch))
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    if "[" in w:
        w = w.replace("[", "").replace("]", "")
    if "." in w:
        w = w.replace(".", "")
    if len(w) >= 6:
        for pattern, repl in _SPELLING:
            w = pattern.sub(repl, w)
    return w


class Word(NamedTuple):
    """A word at ``[start, end)`` of its text, with its normalised form (a tuple: sources have many)."""

    start: int
    end: int
    norm: str


@dataclass(frozen=True)
class Segment:
    """Consecutive quoted words between gaps; ``gap`` says what precedes it."""

    words: tuple[Word, ...]
    gap: str | None  # None (first segment), "sentence", "ellipsis" or "bracket"
    piece_of_word: tuple[int, ...]  # index of the quotation piece each word lies in


def words_of(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """Every word of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    return [Word(m.start(), m.end(), normalise_word(m.group())) for m in WORD_RE.finditer(text, start, end)]


def segments_of(text: str, pieces) -> list[Segment]:
    """Split the content of a quotation (its ``pieces`` spans of ``text``) into segments at gaps."""
    segments: list[Segment] = []
    words: list[Word] = []
    piece_idx: list[int] = []
    gap: str | None = None
    for k, (lo, hi) in enumerate(pieces):
        for m in LEXER_RE.finditer(text, lo, hi):
            kind = m.lastgroup
            if kind == "word":
                words.append(Word(m.start(), m.end(), normalise_word(m.group())))
                piece_idx.append(k)
                continue
            if kind == "sentence" and (not words or words[-1].norm in ABBREVIATIONS):
                continue  # "Mr. Blinken", "Jan. 5": not a sentence end
            if words:
                segments.append(Segment(tuple(words), gap, tuple(piece_idx)))
                words, piece_idx = [], []
                gap = kind
            elif GAP_RANK[kind] > GAP_RANK[gap]:  # a gap before any word, or two in a row: the wider wins
                gap = kind
    if words:
        segments.append(Segment(tuple(words), gap, tuple(piece_idx)))
    return segments


def collapse_space(s: str) -> str:
    return " ".join(s.split())
