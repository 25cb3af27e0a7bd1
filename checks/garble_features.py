"""Features of a sentence for the garble score: word rarity, token classes and hashed n-grams.

Why these: a target-only quality estimate must read the English alone. Machine-translated garble
shows as rare or invented words, capitalised words in odd places, repeated words, function words
where content should be, and unusual sequences of word classes. A word's *class* (function word
itself, or a frequency bin with its capitalisation) generalises across topics far better than the
word, so class n-grams carry the syntax signal and word n-grams carry the lexical one.

Everything here is pure Python over the wordfreq frequency list (loaded once, ~0.2 s) so that the
same code serves training (bench/train_garble.py) and run time.
"""

from __future__ import annotations

import math
import re
import zlib
from functools import lru_cache

from .document import TOKEN_RE

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

NUMBER_RE = re.compile(r"^[\d.,:/\-–]+(?:st|nd|rd|th|s|%)?$")
UNK_RE = re.compile(r"<unk>|\bunk\b", re.I)

_ZIPF_BINS = (1.0, 2.0, 2.7, 3.3, 4.0, 5.0)


_TOKEN_RE = re.compile(r"<unk>|" + TOKEN_RE.pattern, TOKEN_RE.flags)


def token_spans(sentence: str) -> list[tuple[int, int, str]]:
    """``(start, end, text)`` of every token (the engine's tokenizer; ``<unk>`` kept whole as UNKTOKEN)."""
    return [
        (m.start(), m.end(), "UNKTOKEN" if m.group() == "<unk>" else m.group()) for m in _TOKEN_RE.finditer(sentence)
    ]


def tokenize(sentence: str) -> list[str]:
    return [t for _, _, t in token_spans(sentence)]


class Lexicon:
    """English word frequencies (Zipf scale) from wordfreq, cached per word."""

    def __init__(self) -> None:
        import wordfreq

        freqs = wordfreq.get_frequency_dict("en", wordlist="large")
        self._zipf = {w: math.log10(f) + 9.0 for w, f in freqs.items()}

    @lru_cache(maxsize=200_000)
    def zipf(self, word: str) -> float:
        """Zipf frequency of a word (0 when unknown); numbers count as ordinary (4.5)."""
        low = word.lower()
        z = self._zipf.get(low)
        if z is not None:
            return z
        if NUMBER_RE.match(low):
            return 4.5
        low = low.replace("’", "'")
        z = self._zipf.get(low)
        if z is not None:
            return z
        if "-" in low:  # a hyphenated compound is as common as its rarest part
            parts = [p for p in low.split("-") if p]
            if parts and all(p in self._zipf for p in parts):
                return min(self._zipf[p] for p in parts) - 0.5
        if low.endswith("'s") and low[:-2] in self._zipf:
            return self._zipf[low[:-2]]
        return 0.0


_LEXICON: Lexicon | None = None


def lexicon() -> Lexicon:
    global _LEXICON
    if _LEXICON is None:
        _LEXICON = Lexicon()
    return _LEXICON


def zipf_bin(z: float) -> int:
    for i, edge in enumerate(_ZIPF_BINS):
        if z < edge:
            return i
    return len(_ZIPF_BINS)


def token_class(tok: str, z: float, first: bool) -> str:
    """A coarse class: the function word itself, punctuation itself, or case + frequency bin."""
    low = tok.lower()
    if tok == "UNKTOKEN":
        return "UNK"
    if not (tok[0].isalnum() or tok[0] == "_"):
        return tok if tok in ",.;:!?()\"'-–—" else "SYM"
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


def _h(s: str, bits: int) -> int:
    return zlib.crc32(s.encode("utf-8")) & ((1 << bits) - 1)


DENSE_NAMES = (
    "bias", "log_len", "n_words", "oov_rate", "rare2_rate", "rare3_rate", "mean_zipf", "min_zipf",
    "p10_zipf", "mid_caps_rate", "mid_cap_function", "func_rate", "punct_rate", "comma_rate",
    "repeat_word_rate", "repeat_bigram", "unk", "ends_function", "no_final_punct", "starts_lower",
    "paren_unbalanced", "quote_odd", "long_word_rate", "digit_rate", "short_sentence", "lower_oov_rate",
    "bigram_judged_rate", "bigram_unseen_rate", "bigram_mean_pmi", "bigram_min_pmi", "bigram_neg_rate",
)


def analyse(sentence: str):
    """Tokens, their Zipf values and classes: the shared first step of every feature."""
    lex = lexicon()
    toks = tokenize(sentence)
    zs = [lex.zipf(t) if (t[0].isalnum() or t[0] == "_") and t != "UNKTOKEN" else 7.0 for t in toks]
    classes = [token_class(t, z, i == 0) for i, (t, z) in enumerate(zip(toks, zs))]
    return toks, zs, classes


def dense_features(toks: list[str], zs: list[float], classes: list[str]) -> list[float]:
    words = [(t, z) for t, z in zip(toks, zs) if t[0].isalnum() or t[0] == "_"]
    n = len(toks)
    nw = max(len(words), 1)
    wz = sorted(z for _, z in words) or [7.0]
    lows = [t.lower() for t, _ in words]
    content = [w for w in lows if w not in FUNCTION_WORDS and not NUMBER_RE.match(w)]
    repeats = len(content) - len(set(content))
    bigrams = list(zip(lows, lows[1:]))
    mid_caps = sum(1 for i, (t, _) in enumerate(words) if i > 0 and t[0].isupper())
    mid_cap_func = sum(1 for c in classes[1:] if c.startswith("^"))
    funcs = sum(1 for w in lows if w in FUNCTION_WORDS)
    punct = n - len(words)
    last_word = lows[-1] if lows else ""
    lower_oov = sum(1 for t, z in words if z == 0.0 and t[0].islower())
    return [
        1.0,
        math.log(n + 1),
        min(len(words), 60) / 30.0,
        sum(1 for z in wz if z == 0.0) / nw,
        sum(1 for z in wz if z < 2.0) / nw,
        sum(1 for z in wz if z < 3.0) / nw,
        sum(wz) / nw / 7.0,
        wz[0] / 7.0,
        wz[len(wz) // 10] / 7.0,
        mid_caps / nw,
        min(mid_cap_func, 3),
        funcs / nw,
        punct / max(n, 1),
        toks.count(",") / nw,
        repeats / nw,
        float(len(bigrams) != len(set(bigrams))),
        min(toks.count("UNKTOKEN"), 3),
        float(last_word in FUNCTION_WORDS and last_word not in ("it", "them", "us", "him", "her", "too", "so")),
        float(bool(toks) and toks[-1] not in (".", "!", "?", '"', "”", "’", ")", "'")),
        float(bool(toks) and toks[0][0].islower()),
        float(toks.count("(") != toks.count(")")),
        float((toks.count('"') % 2) == 1),
        sum(1 for t, _ in words if len(t) > 12) / nw,
        sum(1 for t, _ in words if t[0].isdigit()) / nw,
        float(len(words) < 5),
        lower_oov / nw,
        *bigram_features(toks, zs),
    ]


def bigram_features(toks: list[str], zs: list[float]) -> list[float]:
    """How plausible the adjacent word pairs are by the web bigram table (see garble_ngrams)."""
    from .garble_ngrams import pair_scores

    scores = pair_scores(toks, zs)
    judged = [s for s in scores if s is not None]
    npairs = max(len(scores), 1)
    if not judged:
        return [0.0, 0.0, 0.5, 0.5, 0.0]
    return [
        len(judged) / npairs,
        sum(1 for s in judged if s < -0.5) / npairs,
        sum(judged) / len(judged) / 3.0,
        min(judged) / 3.0,
        sum(1 for s in judged if s < 0.0) / len(judged),
    ]


def hashed_ngrams(toks: list[str], zs: list[float], classes: list[str], bits: int) -> list[int]:
    """Hashed indices of word 1-2-grams and class 2-4-grams (with sentence boundaries)."""
    out: list[int] = []
    lows = ["<s>"] + [t.lower() for t in toks] + ["</s>"]
    cls = ["<s>"] + classes + ["</s>"]
    for i in range(1, len(lows) - 1):
        out.append(_h("w" + lows[i], bits))
    for i in range(len(lows) - 1):
        out.append(_h("b" + lows[i] + " " + lows[i + 1], bits))
    for k in (2, 3, 4):
        for i in range(len(cls) - k + 1):
            out.append(_h("c" + " ".join(cls[i : i + k]), bits))
    return out


def token_context_features(toks: list[str], zs: list[float], classes: list[str], i: int, bits: int) -> list[int]:
    """Hashed features of one token in context, for the word-level BAD tagger."""
    n = len(toks)
    low = toks[i].lower()
    prev_c = classes[i - 1] if i > 0 else "<s>"
    next_c = classes[i + 1] if i + 1 < n else "</s>"
    prev_w = toks[i - 1].lower() if i > 0 else "<s>"
    next_w = toks[i + 1].lower() if i + 1 < n else "</s>"
    c = classes[i]
    rep = "R1" if toks[i][0].isalpha() and low not in FUNCTION_WORDS and any(
        t.lower() == low for j, t in enumerate(toks) if j != i
    ) else "R0"
    feats = [
        "tw" + low, "tc" + c, "tp" + prev_c + "_" + c, "tn" + c + "_" + next_c,
        "t3" + prev_c + "_" + c + "_" + next_c, "tbw" + prev_w + "_" + low, "tnw" + low + "_" + next_w,
        "tr" + rep + c, "tpos" + str(min(i, 3)) + c, "tend" + str(min(n - 1 - i, 3)) + c,
        "tlen" + str(min(n // 10, 5)),
    ]
    return [_h(f, bits) for f in feats]
