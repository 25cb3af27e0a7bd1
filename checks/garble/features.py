"""Features of sentences for the garble score, computed for a whole batch of sentences with numpy.

Why these: a target-only quality estimate must read the English alone. Machine-translated garble
shows as rare or invented words, capitalised words in odd places, repeated words, function words
where content should be, implausible word pairs and trigrams, and unusual sequences of word classes.
Dense statistics, hashed word and class n-grams, character n-grams and the word tagger's
token-in-context features are each a handful of numpy operations over a :class:`~.tokens.Batch`.
The same code serves training (bench/train_garble.py) and run time.
"""

from __future__ import annotations

import zlib

import numpy as np

from .grammar import GRAMMAR_NAMES, grammar_features
from .lm import LM_NAMES, trigram_model
from .ngrams import pair_scores
from .tokens import (
    BOS,
    EOS,
    NS_BIGRAM,
    NS_CLASS,
    NS_SUFFIX,
    NS_WORD,
    Batch,
    C,
    mix,
    seed,
    token_table,
)


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
    "bias", "log_len", "n_words", "inv_words", "oov_rate", "rare2_rate", "rare3_rate", "mean_zipf", "min_zipf",
    "p10_zipf", "mid_caps_rate", "mid_cap_function", "func_rate", "punct_rate", "comma_rate",
    "repeat_word_rate", "repeat_bigram", "unk", "ends_function", "no_final_punct", "starts_lower",
    "paren_unbalanced", "quote_odd", "long_word_rate", "digit_rate", "short_sentence", "lower_oov_rate",
    "bigram_judged_rate", "bigram_unseen_rate", "bigram_mean_pmi", "bigram_min_pmi", "bigram_neg_rate",
    *LM_NAMES, *GRAMMAR_NAMES,
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

    wpos = np.arange(len(wsid)) - wstart[wsid]  # the first word of each sentence is not "mid-sentence"
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
        1.0 / nwc,  # one error in a three-word headline weighs more per word than in a long sentence
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
        *_token_string_features(b),
    ])


def _token_string_features(b: Batch) -> tuple[np.ndarray, np.ndarray]:
    """The features read from token strings: the trigram model's and the grammar counts."""
    toks = sentence_tokens(b)
    return trigram_model().features(toks), grammar_features(toks)


def _sentence_keys(sids: np.ndarray, h: np.ndarray) -> np.ndarray:
    """One int64 key per (sentence, 40-bit hash) pair, the sentence in the high bits."""
    return (sids.astype(np.int64) << 40) | (h >> np.uint64(24)).astype(np.int64)


def _distinct_per_sentence(keys: np.ndarray, n: int) -> np.ndarray:
    """How many distinct keys (from ``_sentence_keys``) each sentence has (a sort; numpy's unique is slower)."""
    k = np.sort(keys)
    first = np.r_[True, k[1:] != k[:-1]] if len(k) else np.zeros(0, bool)
    return np.bincount(k[first] >> 40, minlength=n)


def bigram_features(b: Batch) -> np.ndarray:
    """How plausible the adjacent word pairs are by the web bigram table (see ngrams.py)."""
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
    """How plausible each word is after the two before it, by the trigram model (see lm.py)."""
    return trigram_model().features(sentence_tokens(b))


def _index(h: np.ndarray, bits: int) -> np.ndarray:
    return (h >> np.uint64(64 - bits)).astype(np.int64)


def hashed_ngrams(b: Batch, bits: int) -> tuple[np.ndarray, np.ndarray]:
    """``(sentence, index)`` of every hashed feature occurrence of each sentence (repeats kept: counts).

    Features: lower-cased word 1-2-grams, class 2-4-grams and suffix-class 2-3-grams, with sentence
    boundaries.
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
    suf, _ = _padded(b, b.suf, BOS, EOS)
    h = mix(np.full(len(suf), NS_SUFFIX), suf)
    for k in (2, 3):
        h = mix(h[:-1], suf[k - 1 :])
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
