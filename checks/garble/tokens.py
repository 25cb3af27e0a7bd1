"""Tokens of sentences as numpy rows: word frequencies, word classes, stable hashes and a batch layout.

Why: scoring must keep up with a whole draft (5,000 sentences in well under a second). Everything that
depends on a token alone (frequency, class, 64-bit hash, shape flags) is computed once per distinct token
string and kept in a growing table (``TokenTable``); a batch of sentences becomes one flat array of token
ids that the features (``features.py``), the bigram table (``ngrams.py``) and the patterns read.
A word's *class* (function word itself, or a frequency bin with its capitalisation) generalises across
topics far better than the word, so class n-grams carry the syntax signal and word n-grams the lexical one.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from functools import cache, lru_cache
from typing import NamedTuple

import numpy as np

from ..document import TOKEN_RE

# Function words: kept as themselves in the class sequence (they are the syntax of English).
FUNCTION_WORDS = frozenset(
    """
    a an the this that these those some any no every each all both either neither other another such
    i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
    who whom whose which what where when why how whether if than then there here
    and or but nor so yet for of to in on at by with from into onto upon about above below over under
    between among through during before after since until till against without within along across
    behind beyond toward towards despite via per around near off out up down
    is are was were be been being am has have had having do does did done will would shall should can
    could may might must ought not n't 's 'll 're 've 'd 'm
    as also only even just still very more most less least much many few several too
    """.split()
)
# A sentence may end on these function words without being cut short ("asked them", "as well, too").
FINAL_FUNCTION_OK = frozenset(("it", "them", "us", "him", "her", "too", "so"))
FINAL_TOKENS = frozenset((".", "!", "?", '"', "”", "’", ")", "'"))
PUNCT_CLASSES = frozenset(",.;:!?()\"'-–—")

NUMBER_RE = re.compile(r"^[\d.,:/\-–]+(?:st|nd|rd|th|s|%)?$")

_ZIPF_BINS = (1.0, 2.0, 2.7, 3.3, 4.0, 5.0)
_TOKEN_RE = re.compile(r"<unk>|" + TOKEN_RE.pattern, TOKEN_RE.flags)
UNK = "UNKTOKEN"


def token_spans(sentence: str) -> list[tuple[int, int, str]]:
    """``(start, end, text)`` of every token (the engine's tokenizer; ``<unk>`` kept whole as UNKTOKEN)."""
    return [(m.start(), m.end(), UNK if m.group() == "<unk>" else m.group()) for m in _TOKEN_RE.finditer(sentence)]


def tokenize(sentence: str) -> list[str]:
    """Token strings of a sentence (``<unk>`` is mapped to UNKTOKEN by the token table)."""
    return _TOKEN_RE.findall(sentence)


class Lexicon:
    """English word frequencies (Zipf scale) from wordfreq, cached per word.

    Read from wordfreq's frequency buckets (bucket ``i`` holds the words of Zipf ``9 - i/100``):
    cheaper to load than its frequency dict, which costs a logarithm per word.
    """

    def __init__(self) -> None:
        import wordfreq

        buckets = wordfreq.get_frequency_list("en", wordlist="large")
        self._bucket = {w: i for i, words in enumerate(buckets) for w in words}

    def _known(self, word: str) -> float | None:
        i = self._bucket.get(word)
        return None if i is None else 9.0 - i / 100.0

    @lru_cache(maxsize=200_000)
    def zipf(self, word: str) -> float:
        """Zipf frequency of a word (0 when unknown); numbers count as ordinary (4.5)."""
        low = word.lower()
        z = self._known(low)
        if z is not None:
            return z
        if NUMBER_RE.match(low):
            return 4.5
        low = low.replace("’", "'")
        z = self._known(low)
        if z is not None:
            return z
        if "-" in low:  # a hyphenated compound is as common as its rarest part
            parts = [self._known(p) for p in low.split("-") if p]
            if parts and None not in parts:
                return min(parts) - 0.5
        if low.endswith("'s"):
            z = self._known(low[:-2])
            if z is not None:
                return z
        return 0.0


@cache
def lexicon() -> Lexicon:
    return Lexicon()


def zipf_bin(z: float) -> int:
    """Index of the first bin edge above ``z`` (``len(_ZIPF_BINS)`` past the last)."""
    return bisect_right(_ZIPF_BINS, z)


def token_class(tok: str, z: float, first: bool) -> str:
    """A coarse class: the function word itself, punctuation itself, or case + frequency bin."""
    low = tok.lower()
    if tok == UNK:
        return "UNK"
    if not (tok[0].isalnum() or tok[0] == "_"):
        return tok if tok in PUNCT_CLASSES else "SYM"
    if NUMBER_RE.match(low):
        return "NUM"
    if low in FUNCTION_WORDS:
        return ("^" if tok[0].isupper() and not first else "") + low
    if tok.isupper() and len(tok) > 1:
        case = "A"
    elif tok[0].isupper():
        case = "F" if first else "C"
    else:
        case = "l"
    return f"{case}{zipf_bin(z)}"


SUFFIXES = (
    "tion", "sion", "ment", "ness", "able", "ible", "ity", "ing", "ies", "ous", "ful", "ive", "ize", "ise",
    "ism", "ist", "est", "ed", "ly", "es", "er", "al", "ic", "en", "s",
)


def suffix_class(tok: str, first: bool) -> str:
    """Like :func:`token_class`, with a content word's ending in place of its frequency.

    The endings stand in for parts of speech and inflection (-s, -ed, -ing, -ly, -tion), so that
    n-grams of these classes see agreement and tense ("the companies is", "will reached").
    """
    low = tok.lower()
    if tok == UNK or not (tok[0].isalnum() or tok[0] == "_") or NUMBER_RE.match(low) or low in FUNCTION_WORDS:
        return token_class(tok, 7.0, first)
    case = "A" if tok.isupper() and len(tok) > 1 else ("F" if first else "C") if tok[0].isupper() else "l"
    end = next((x for x in SUFFIXES if low.endswith(x) and len(low) > len(x) + 2), "")
    return f"s{case}-{end}"


def hash64(s: str) -> int:
    """A stable 64-bit hash of a string (Python's ``hash`` changes between processes)."""
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "little")


@lru_cache(maxsize=4096)
def _class_hash(cls: str) -> int:
    return hash64(cls)  # a few hundred classes: hashed once each


_M1 = np.uint64(0x9E3779B97F4A7C15)
_M2 = np.uint64(0xBF58476D1CE4E5B9)
_M3 = np.uint64(0x94D049BB133111EB)
_S30, _S27, _S31 = np.uint64(30), np.uint64(27), np.uint64(31)


def mix(a, b) -> np.ndarray:
    """Combine two arrays of 64-bit hashes into one (order matters), with a full avalanche.

    Either may be a single hash; arithmetic wraps modulo 2**64 (numpy arrays do not warn).
    """
    if np.ndim(a) == 0:
        a = np.full(np.shape(b), a, dtype=np.uint64)
    x = (a * _M1) ^ b
    x = (x ^ (x >> _S30)) * _M2
    x = (x ^ (x >> _S27)) * _M3
    return x ^ (x >> _S31)


def seed(name: str) -> np.uint64:
    return np.uint64(hash64(name))


BOS, EOS = seed("<s>"), seed("</s>")
NS_WORD, NS_BIGRAM, NS_CLASS, NS_SUFFIX = seed("w"), seed("b"), seed("c"), seed("s")


# -- the token table ---------------------------------------------------------------------------

# Per-token numeric columns (a float64 row per distinct token string).
COLS = (
    "z", "word", "alpha", "alpha_first", "upper_first", "lower_first", "func", "content", "long",
    "digit_first", "comma", "lparen", "rparen", "dquote", "unk", "final_ok", "ends_func_bad",
    "func_upper", "all_upper",
)
C = {name: i for i, name in enumerate(COLS)}
# Per-token hashes: the lower-cased form, the class at a sentence's first token and elsewhere, and
# the suffix class (elsewhere; a sentence's first word is rarely where agreement goes wrong).
H_LOW, H_CLS_FIRST, H_CLS_MID, H_SUF = 0, 1, 2, 3


def _token_row(tok: str) -> tuple[list[float], list[int]]:
    if tok == "<unk>":
        tok = UNK
    lex = lexicon()
    low = tok.lower()
    word = tok[0].isalnum() or tok[0] == "_"
    z = lex.zipf(tok) if word and tok != UNK else 7.0
    number = bool(NUMBER_RE.match(low))
    func = word and low in FUNCTION_WORDS
    row = [
        z, word, tok.isalpha(), tok[0].isalpha(), tok[0].isupper(), tok[0].islower(), func,
        word and not func and not number, word and len(tok) > 12, word and tok[0].isdigit(),
        tok == ",", tok == "(", tok == ")", tok == '"', tok == UNK, tok in FINAL_TOKENS,
        func and low not in FINAL_FUNCTION_OK,
        word and tok != UNK and not number and func and tok[0].isupper(),
        tok.isupper() and len(tok) > 1,
    ]
    first = token_class(tok, z, True)
    mid = first if word and not func and not tok[0].isupper() else token_class(tok, z, False)
    hashes = [hash64(low), _class_hash(first), _class_hash(mid), _class_hash(suffix_class(tok, False))]
    return [float(v) for v in row], hashes


class TokenTable:
    """Every distinct token string seen so far, with its numeric properties and hashes as arrays."""

    MAX_TOKENS = 1_000_000  # a long-running process starts afresh past this many distinct tokens

    def __init__(self) -> None:
        self.generation = getattr(self, "generation", -1) + 1  # ids are only valid within a generation
        self.ids: dict[str, int] = {}
        self.strings: list[str] = []
        self.props = np.empty((4096, len(COLS)))
        self.hashes = np.empty((4096, 4), dtype=np.uint64)

    def lookup(self, toks: list[str]) -> np.ndarray:
        """Row ids of ``toks`` (new strings are added)."""
        if len(self.ids) > self.MAX_TOKENS:
            self.__init__()
        get = self.ids.get
        ids = [get(t, -1) for t in toks]
        if -1 in ids:
            new = list(dict.fromkeys(t for t, i in zip(toks, ids) if i < 0))
            n0 = len(self.ids)
            need = n0 + len(new)
            if need > len(self.props):
                cap = max(need, 2 * len(self.props))
                self.props = np.resize(self.props, (cap, len(COLS)))
                self.hashes = np.resize(self.hashes, (cap, 4))
            rows = [_token_row(t) for t in new]
            self.props[n0:need] = [r for r, _ in rows]
            self.hashes[n0:need] = np.array([h for _, h in rows], dtype=np.uint64)
            for k, t in enumerate(new):
                self.ids[t] = n0 + k
            self.strings.extend(new)
            ids = [get(t) for t in toks]
        return np.array(ids, dtype=np.int64)


@cache
def token_table() -> TokenTable:
    return TokenTable()


# -- a batch of sentences ----------------------------------------------------------------------


class Batch(NamedTuple):
    """Sentences as one flat token sequence: per token its sentence, position and properties."""

    n: int  # sentences
    ids: np.ndarray  # row of each token in the token table
    lens: np.ndarray  # tokens per sentence
    sid: np.ndarray  # sentence of each token
    pos: np.ndarray  # position in its sentence
    props: np.ndarray  # (tokens, len(COLS))
    low: np.ndarray  # uint64 hash of the lower-cased token
    cls: np.ndarray  # uint64 hash of the token's class in place
    suf: np.ndarray  # uint64 hash of the token's suffix class


def batch(sentences: list[str]) -> Batch:
    toks: list[str] = []
    lens = []
    findall = _TOKEN_RE.findall
    for s in sentences:
        t = findall(s)
        toks += t
        lens.append(len(t))
    tab = token_table()
    ids = tab.lookup(toks)
    lens_a = np.array(lens, dtype=np.int64)
    n = len(sentences)
    sid = np.repeat(np.arange(n), lens_a)
    starts = np.cumsum(lens_a) - lens_a
    pos = np.arange(len(ids)) - starts[sid]
    hs = tab.hashes[ids]
    cls = np.where(pos == 0, hs[:, H_CLS_FIRST], hs[:, H_CLS_MID])
    return Batch(n, ids, lens_a, sid, pos, tab.props[ids], hs[:, H_LOW], cls, hs[:, H_SUF])
