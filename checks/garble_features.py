"""Features of sentences for the garble score, computed for many sentences at once with numpy.

Why these: a target-only quality estimate must read the English alone. Machine-translated garble
shows as rare or invented words, capitalised words in odd places, repeated words, function words
where content should be, and unusual sequences of word classes. A word's *class* (function word
itself, or a frequency bin with its capitalisation) generalises across topics far better than the
word, so class n-grams carry the syntax signal and word n-grams carry the lexical one.

Why this shape: scoring must keep up with a whole draft (5,000 sentences in well under a second).
Everything that depends on a token alone (frequency, class, 64-bit hash, shape flags) is computed
once per distinct token string and kept in a growing table (``TokenTable``); a batch of sentences
becomes one flat array of token ids, and every feature (dense statistics, hashed n-grams, the word
tagger's token-in-context features) is a handful of numpy operations over it. The same code serves
training (bench/train_garble.py) and run time.
"""

from __future__ import annotations

import hashlib
import zlib
from bisect import bisect_right
import re
from functools import cache, lru_cache
from typing import NamedTuple

import numpy as np

from .document import TOKEN_RE
from .garble_lm import LM_NAMES, trigram_model

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
NS_WORD, NS_BIGRAM, NS_CLASS = seed("w"), seed("b"), seed("c")


# -- the token table ---------------------------------------------------------------------------

# Per-token numeric columns (a float64 row per distinct token string).
COLS = (
    "z", "word", "alpha", "alpha_first", "upper_first", "lower_first", "func", "content", "long",
    "digit_first", "comma", "lparen", "rparen", "dquote", "unk", "final_ok", "ends_func_bad",
    "func_upper", "all_upper",
)
C = {name: i for i, name in enumerate(COLS)}
# Per-token hashes: the lower-cased form, and the class at a sentence's first token and elsewhere.
H_LOW, H_CLS_FIRST, H_CLS_MID = 0, 1, 2


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
    hashes = [hash64(low), _class_hash(first), _class_hash(mid)]
    return [float(v) for v in row], hashes


class TokenTable:
    """Every distinct token string seen so far, with its numeric properties and hashes as arrays."""

    MAX_TOKENS = 1_000_000  # a long-running process starts afresh past this many distinct tokens

    def __init__(self) -> None:
        self.generation = getattr(self, "generation", -1) + 1  # ids are only valid within a generation
        self.ids: dict[str, int] = {}
        self.strings: list[str] = []
        self.props = np.empty((4096, len(COLS)))
        self.hashes = np.empty((4096, 3), dtype=np.uint64)

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
                self.hashes = np.resize(self.hashes, (cap, 3))
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
    return Batch(n, ids, lens_a, sid, pos, tab.props[ids], hs[:, H_LOW], cls)


def _padded(b: Batch, values: np.ndarray, bos, eos) -> tuple[np.ndarray, np.ndarray]:
    """``values`` with ``bos``/``eos`` around each sentence, and the sentence of each slot."""
    total = len(values) + 2 * b.n
    out = np.empty(total, dtype=values.dtype)
    psid = np.repeat(np.arange(b.n), b.lens + 2)
    first = np.cumsum(b.lens + 2) - (b.lens + 2)
    out[first] = bos
    out[first + b.lens + 1] = eos
    out[np.arange(len(values)) + 2 * b.sid + 1] = values
    return out, psid


def _count(b: Batch, mask: np.ndarray) -> np.ndarray:
    return np.bincount(b.sid, weights=mask, minlength=b.n)


DENSE_NAMES = (
    "bias", "log_len", "n_words", "oov_rate", "rare2_rate", "rare3_rate", "mean_zipf", "min_zipf",
    "p10_zipf", "mid_caps_rate", "mid_cap_function", "func_rate", "punct_rate", "comma_rate",
    "repeat_word_rate", "repeat_bigram", "unk", "ends_function", "no_final_punct", "starts_lower",
    "paren_unbalanced", "quote_odd", "long_word_rate", "digit_rate", "short_sentence", "lower_oov_rate",
    "bigram_judged_rate", "bigram_unseen_rate", "bigram_mean_pmi", "bigram_min_pmi", "bigram_neg_rate",
    *LM_NAMES,
)


def dense_features(b: Batch) -> np.ndarray:
    """One row of ``DENSE_NAMES`` per sentence."""
    n, p, sid = b.n, b.props, b.sid
    col = {k: p[:, i] for k, i in C.items()}
    word = col["word"] > 0
    nt = b.lens.astype(np.float64)
    nw = _count(b, word)
    nwc = np.maximum(nw, 1.0)
    z = col["z"]
    wz = z[word]
    wsid = sid[word]
    has_words = nw > 0

    # Order statistics of the words' Zipf values within each sentence.
    order = np.lexsort((wz, wsid))
    zs_sorted = wz[order]
    wstart = np.cumsum(nw.astype(np.int64)) - nw.astype(np.int64)
    zsum = np.bincount(wsid, weights=wz, minlength=n)
    mean_z = np.where(has_words, zsum / nwc / 7.0, 1.0)
    safe = np.minimum(wstart, max(len(zs_sorted) - 1, 0))
    min_z = np.where(has_words, zs_sorted[safe] / 7.0 if len(zs_sorted) else 1.0, 1.0)
    p10_idx = np.minimum(wstart + nw.astype(np.int64) // 10, max(len(zs_sorted) - 1, 0))
    p10_z = np.where(has_words, zs_sorted[p10_idx] / 7.0 if len(zs_sorted) else 1.0, 1.0)

    # The first word of each sentence is not "mid-sentence".
    wpos = np.arange(len(wsid)) - wstart[wsid]
    upper_words = col["upper_first"][word]
    mid_caps = np.bincount(wsid, weights=upper_words * (wpos > 0), minlength=n)
    mid_cap_func = np.minimum(_count(b, col["func_upper"] * (b.pos > 0)), 3)

    # Repeated content words and repeated word bigrams.
    content = col["content"] > 0
    repeats = _count(b, content) - _distinct_per_sentence(_sentence_keys(sid[content], b.low[content]), n)
    wlow = b.low[word]
    same = wsid[1:] == wsid[:-1]
    bsid = wsid[1:][same]
    bkeys = _sentence_keys(bsid, mix(wlow[:-1][same], wlow[1:][same]))
    dup_bigram = np.bincount(bsid, minlength=n) != _distinct_per_sentence(bkeys, n)

    # The last word, the first and last token.
    last_word = np.zeros(n)
    last_word[has_words] = col["ends_func_bad"][word][(wstart + nw.astype(np.int64) - 1)[has_words]]
    ends = np.cumsum(b.lens) - 1
    nonempty = b.lens > 0
    last_tok_ok = np.zeros(n, bool)
    first_lower = np.zeros(n, bool)
    last_tok_ok[nonempty] = col["final_ok"][ends[nonempty]] > 0
    first_lower[nonempty] = col["lower_first"][ends[nonempty] - b.lens[nonempty] + 1] > 0

    lower_oov = word & (z == 0.0) & (col["lower_first"] > 0)
    return np.column_stack([
        np.ones(n),
        np.log(nt + 1),
        np.minimum(nw, 60) / 30.0,
        _count(b, word & (z == 0.0)) / nwc,
        _count(b, word & (z < 2.0)) / nwc,
        _count(b, word & (z < 3.0)) / nwc,
        mean_z,
        min_z,
        p10_z,
        mid_caps / nwc,
        mid_cap_func,
        _count(b, col["func"]) / nwc,
        (nt - nw) / np.maximum(nt, 1),
        _count(b, col["comma"]) / nwc,
        repeats / nwc,
        dup_bigram.astype(np.float64),
        np.minimum(_count(b, col["unk"]), 3),
        last_word,
        (nonempty & ~last_tok_ok).astype(np.float64),
        first_lower.astype(np.float64),
        (_count(b, col["lparen"]) != _count(b, col["rparen"])).astype(np.float64),
        (_count(b, col["dquote"]) % 2 == 1).astype(np.float64),
        _count(b, col["long"]) / nwc,
        _count(b, col["digit_first"]) / nwc,
        (nw < 5).astype(np.float64),
        _count(b, lower_oov) / nwc,
        bigram_features(b),
        trigram_features(b),
    ])


def _sentence_keys(sids: np.ndarray, h: np.ndarray) -> np.ndarray:
    """One int64 key per (sentence, 40-bit hash) pair, the sentence in the high bits."""
    return (sids.astype(np.int64) << 40) | (h >> np.uint64(24)).astype(np.int64)


def _distinct_per_sentence(keys: np.ndarray, n: int) -> np.ndarray:
    """How many distinct keys (from ``_sentence_keys``) each sentence has (a sort; numpy's unique is slower)."""
    k = np.sort(keys)
    first = np.r_[True, k[1:] != k[:-1]] if len(k) else np.zeros(0, bool)
    return np.bincount(k[first] >> 40, minlength=n)


def bigram_features(b: Batch) -> np.ndarray:
    """How plausible the adjacent word pairs are by the web bigram table (see garble_ngrams)."""
    from .garble_ngrams import pair_scores

    n = b.n
    same = b.sid[1:] == b.sid[:-1]
    psid = b.sid[1:][same]
    scores = pair_scores(b, same)
    judged = ~np.isnan(scores)
    npairs = np.maximum(b.lens - 1, 1).astype(np.float64)
    js = scores[judged]
    jsid = psid[judged]
    nj = np.bincount(jsid, minlength=n).astype(np.float64)
    njc = np.maximum(nj, 1.0)
    mins = np.full(n, np.inf)
    np.minimum.at(mins, jsid, js)
    out = np.column_stack([
        nj / npairs,
        np.bincount(jsid, weights=js < -0.5, minlength=n) / npairs,
        np.bincount(jsid, weights=js, minlength=n) / njc / 3.0,
        mins / 3.0,
        np.bincount(jsid, weights=js < 0.0, minlength=n) / njc,
    ])
    out[nj == 0] = (0.0, 0.0, 0.5, 0.5, 0.0)
    return out


def sentence_tokens(b: Batch) -> list[list[str]]:
    """The token strings of each sentence of a batch."""
    strings = token_table().strings
    toks = [strings[i] for i in b.ids.tolist()]
    ends = np.cumsum(b.lens).tolist()
    return [toks[s:e] for s, e in zip([0, *ends[:-1]], ends)]


def trigram_features(b: Batch) -> np.ndarray:
    """How plausible each word is after the two before it, by the trigram model (see garble_lm)."""
    return trigram_model().features(sentence_tokens(b))


def _index(h: np.ndarray, bits: int) -> np.ndarray:
    return (h >> np.uint64(64 - bits)).astype(np.int64)


def hashed_ngrams(b: Batch, bits: int) -> tuple[np.ndarray, np.ndarray]:
    """``(sentence, index)`` of every hashed feature occurrence of each sentence (repeats kept: counts).

    Features: lower-cased word 1-2-grams and class 2-4-grams, with sentence boundaries.
    """
    parts_s, parts_h = [b.sid], [mix(b.low, NS_WORD)]
    low, psid = _padded(b, b.low, BOS, EOS)
    cls, _ = _padded(b, b.cls, BOS, EOS)
    same2 = psid[1:] == psid[:-1]
    parts_s.append(psid[1:][same2])
    parts_h.append(mix(mix(NS_BIGRAM, low[:-1][same2]), low[1:][same2]))
    h = mix(np.full(len(cls), NS_CLASS), cls)
    for k in (2, 3, 4):
        h = mix(h[:-1], cls[k - 1 :])
        ok = psid[k - 1 :] == psid[: len(psid) - k + 1]
        parts_s.append(psid[k - 1 :][ok])
        parts_h.append(h[ok] ^ np.uint64(k))
    return np.concatenate(parts_s), _index(np.concatenate(parts_h), bits)


TAGGER_NAMES = ("tw", "tc", "tp", "tn", "t3", "tbw", "tnw", "tr", "tpos", "tend", "tlen")


def token_context_features(b: Batch, bits: int) -> tuple[np.ndarray, np.ndarray]:
    """Hashed features of every word token in context, for the word-level BAD tagger.

    Returns the flat token positions of the words and an ``(words, len(TAGGER_NAMES))`` index array.
    """
    low, _ = _padded(b, b.low, BOS, EOS)
    cls, _ = _padded(b, b.cls, BOS, EOS)
    slot = np.arange(len(b.sid)) + 2 * b.sid + 1
    words = np.flatnonzero(b.props[:, C["word"]] > 0)
    s = slot[words]
    c, pc, nc = cls[s], cls[s - 1], cls[s + 1]
    w, pw, nw = low[s], low[s - 1], low[s + 1]
    # A content word that occurs again in the sentence.
    keys = _sentence_keys(b.sid, b.low)
    sk = np.sort(keys)
    kw = keys[words]
    rep = (np.searchsorted(sk, kw, "right") - np.searchsorted(sk, kw, "left") > 1) & (b.props[words, C["alpha_first"]] > 0) & (b.props[words, C["func"]] == 0)
    n = b.lens[b.sid[words]]
    i = b.pos[words]
    u = np.uint64
    feats = [
        mix(seed("tw"), w), mix(seed("tc"), c), mix(mix(seed("tp"), pc), c), mix(mix(seed("tn"), c), nc),
        mix(mix(mix(seed("t3"), pc), c), nc), mix(mix(seed("tbw"), pw), w), mix(mix(seed("tnw"), w), nw),
        mix(mix(seed("tr"), rep.astype(u)), c), mix(mix(seed("tpos"), np.minimum(i, 3).astype(u)), c),
        mix(mix(seed("tend"), np.minimum(n - 1 - i, 3).astype(u)), c),
        mix(seed("tlen"), np.minimum(n // 10, 5).astype(u)),
    ]
    return words, np.column_stack([_index(f, bits) for f in feats])


# -- character n-grams -------------------------------------------------------------------------

CHAR_NS = (3, 4)
NS_CHAR = seed("ch")


def _char_grams(tok: str) -> list[int]:
    if not (tok[0].isalnum() or tok[0] == "_") or tok == "<unk>":
        return []
    w = f"<{tok.lower()}>"
    return [zlib.crc32(w[i : i + k].encode("utf-8")) + (k << 32) for k in CHAR_NS for i in range(len(w) - k + 1)]


class _CharGramTable:
    """Per token of the token table, its character n-gram hashes, as one flat array with offsets."""

    def __init__(self, generation) -> None:
        self.generation = generation
        self.flat = np.zeros(0, np.uint64)
        self.start = np.zeros(0, np.int64)
        self.count = np.zeros(0, np.int64)

    def extend(self, strings: list[str]) -> None:
        have = len(self.start)
        if have >= len(strings):
            return
        grams = [_char_grams(t) for t in strings[have:]]
        counts = np.array([len(g) for g in grams], dtype=np.int64)
        starts = len(self.flat) + np.cumsum(counts) - counts
        new = np.fromiter((h for g in grams for h in g), dtype=np.uint64, count=int(counts.sum()))
        self.flat = np.concatenate([self.flat, mix(new, NS_CHAR)])
        self.start = np.concatenate([self.start, starts])
        self.count = np.concatenate([self.count, counts])


_CHARS: _CharGramTable | None = None


def char_ngrams(b: Batch, bits: int) -> tuple[np.ndarray, np.ndarray]:
    """``(sentence, index)`` of every character 3-4-gram occurrence inside the words of each sentence.

    They let the score see spelling: transliterated names, invented or foreign word forms and
    misspellings share pieces that whole-word features (one weight per word) cannot generalise over.
    """
    global _CHARS
    tab = token_table()
    key = (id(tab), tab.generation)
    if _CHARS is None or _CHARS.generation != key:
        _CHARS = _CharGramTable(key)
    _CHARS.extend(tab.strings)
    counts = _CHARS.count[b.ids]
    total = int(counts.sum())
    ends = np.cumsum(counts)
    gather = np.arange(total) - np.repeat(ends - counts, counts) + np.repeat(_CHARS.start[b.ids], counts)
    return np.repeat(b.sid, counts), _index(_CHARS.flat[gather], bits)
