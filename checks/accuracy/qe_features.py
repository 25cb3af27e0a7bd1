"""Features of a (source sentence, English MT) pair for the source-aware garble score (qe.py).

Few and robust on purpose: the score must carry over from MLQE-PE's Wikipedia sentences and one year of
Chinese news to other languages and other years. Each feature is something a reviser checks by eye:

- how close the two sentences are in a cross-lingual embedding (multilingual-e5 cosine);
- whether the length is what a translation from that script usually has (omissions make MT short,
  hallucinations make it long);
- whether the digits, the Latin-script tokens (acronyms, brands, names copied through) and the names of a
  Latin- or Cyrillic-script source reappear, and whether the English adds names the source lacks;
- whether questions, exclamations, brackets and quotations survive;
- whether the "translation" is a copy of the source;
- the English-only garble score (fluency), as a logit, and its heads (appended by qe.py: ALL_NAMES).

Everything here is plain Python and numpy over the two strings and two vectors: cheap beside the embedding.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata

import numpy as np

NAMES = (
    "cos",            # e5 cosine of source and MT
    "cos_low",        # how far the cosine falls below its usual level, 0 above it (hinge)
    "len_dev",        # |log length ratio - the usual one for the source's script|
    "len_short",      # MT shorter than usual (omission), 0 otherwise
    "num_missing",    # share of the source's numbers not in the MT
    "num_extra",      # share of the MT's numbers not in the source
    "latin_missing",  # share of the source's Latin-script names/acronyms not in the MT
    "name_extra",     # capitalised MT words with no counterpart in a Latin/Cyrillic source (share)
    "punct_diff",     # ? ! ( ) and quotation kinds present on one side only
    "copy",           # share of MT words copied unchanged from the source (untranslated)
    "short",          # 1 / number of MT words (short lines: headlines, noisy cosines)
    "eng",            # logit of the English-only garble score
)

# The English-only garble score's heads (checks.garble.score_heads), appended after NAMES by the caller:
# the English side read by each of its models (its ``clf`` head is what catches badly garbled MT).
HEADS = ("reg", "clf", "news", "human")
ALL_NAMES = NAMES + tuple(f"garble_{h}" for h in HEADS)

SCRIPTS = ("latin", "cyrillic", "cjk", "devanagari", "sinhala", "arabic", "other")

_SCRIPT_RES = (
    ("cjk", re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")),
    ("cyrillic", re.compile(r"[\u0400-\u04ff]")),
    ("devanagari", re.compile(r"[\u0900-\u097f]")),
    ("sinhala", re.compile(r"[\u0d80-\u0dff]")),
    ("arabic", re.compile(r"[\u0600-\u06ff\u0750-\u077f]")),
    ("latin", re.compile(r"[A-Za-z\u00c0-\u024f]")),
)
LETTER_RE = re.compile(r"[^\W\d_]")
ALNUM_RE = re.compile(r"[^\W_]")
COMBINING_RE = re.compile(r"[\u0300-\u036f]")
WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)
# the Arabic decimal and thousands separators ٫ ٬ too: ٣٠٫٨٥ is 30.85, not 30 and 85
NUM_RE = re.compile(r"\d+(?:(?:[.,\u066b\u066c]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d+)*")
LATIN_RE = re.compile(r"[0-9A-Za-z\u00c0-\u024f]+(?:[-.'’][0-9A-Za-z\u00c0-\u024f]+)*")

_CYR = str.maketrans(dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f",
     "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "ye", "yi", "g"],
)))

# Punctuation kinds: (pattern on either side). Full-width and CJK forms count as the same kind.
_PUNCT = (
    re.compile(r"[?？¿]"),
    re.compile(r"[!！¡]"),
    re.compile(r"[(（\[【]"),
    re.compile(r"[\"“”„«»「」『』]|(?<!\w)['‘’](?=\w)"),
)

COPY_SHARE = 0.6  # share of the English side's common words found verbatim in the source: untranslated
# A cosine this far below which the pair is suspicious (the hinge's knee; e5's cosines sit high).
COS_KNEE = 0.85


def script_of(text: str) -> str:
    """The main script of a sentence, by counting its letters ("other": Greek, Hebrew, Thai, ...)."""
    counts = {name: len(rx.findall(text)) for name, rx in _SCRIPT_RES}
    best = max(counts, key=counts.get)
    other = len(LETTER_RE.findall(text)) - sum(counts.values())
    return best if counts[best] and counts[best] >= other else "other"


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents, Cyrillic transliterated: names compared across spellings."""
    return COMBINING_RE.sub("", unicodedata.normalize("NFKD", text.lower().translate(_CYR)))


def length(text: str) -> int:
    """Letters and digits, a CJK character counting as one (spaces and punctuation left out)."""
    return len(ALNUM_RE.findall(text))


def numbers(text: str) -> list[str]:
    """Digit strings with thousands and decimal separators taken out (3,2 = 3.2; 15 000 = 15,000), in any
    script's digits (full-width, Arabic-Indic, Devanagari) read as ASCII; leading zeros dropped (05 = 5)."""
    out = []
    for m in NUM_RE.finditer(text):
        d = "".join(str(unicodedata.digit(c, 0)) for c in m.group() if c.isdigit())
        out.append(d.lstrip("0") or "0")
    return out


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_SMALL = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve")
_WORD_NUMBERS = {w: str(i) for i, w in enumerate(_SMALL)}
for _i, _m in enumerate(_MONTHS, 1):
    _WORD_NUMBERS[_m] = str(_i)
    if len(_m) > 4:
        _WORD_NUMBERS[_m[:3]] = str(_i)  # Jan., Aug., Sep., ...


def english_number_words(text: str) -> list[str]:
    """Numbers an English sentence spells out: month names (July = 7) and one to twelve, which a source
    may write in digits (2019年7月28日, 3 persoane)."""
    return [_WORD_NUMBERS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in _WORD_NUMBERS]


def _share_missing(a: list[str], b: list[str]) -> float:
    """Share of the items of ``a`` (a multiset) with no counterpart in ``b``."""
    if not a:
        return 0.0
    pool: dict[str, int] = {}
    for x in b:
        pool[x] = pool.get(x, 0) + 1
    miss = 0
    for x in a:
        if pool.get(x, 0) > 0:
            pool[x] -= 1
        else:
            miss += 1
    return miss / len(a)


def _stems(text: str, n: int) -> set[str]:
    """The first ``n`` letters of every word of ``text``, folded."""
    return {w[:n] for w in WORD_RE.findall(fold(text))}


def _latin_names(src: str, src_script: str) -> list[str]:
    """Source tokens that should reappear in the MT: in a non-Latin source every Latin-script token
    (acronyms, brands, names copied through); in a Latin source capitalised words after the first."""
    if src_script != "latin":
        return [w for w in LATIN_RE.findall(src) if len(w) >= 2 and any(c.isalpha() for c in w)]
    words = WORD_RE.findall(src)
    return [w for i, w in enumerate(words) if i > 0 and w[0].isupper() and len(w) >= 3 and not w.isdigit()]


def _in_mt(token: str, mt_stems: set[str], mt_folded: str) -> bool:
    t = fold(token)
    return t[:5] in mt_stems or (len(t) >= 2 and t in mt_folded)


def _name_extra(src: str, mt: str, src_script: str) -> float:
    """Share of capitalised MT words (after the first) that nothing in a Latin/Cyrillic source matches."""
    if src_script not in ("latin", "cyrillic"):
        return 0.0
    caps = [w for i, w in enumerate(WORD_RE.findall(mt)) if i > 0 and w[0].isupper() and len(w) >= 4]
    if not caps:
        return 0.0
    folded, src_stems = fold(src), _stems(src, 4)
    extra = sum(1 for w in caps if fold(w)[:4] not in src_stems and fold(w)[:4] not in folded)
    return extra / len(caps)


def _punct_diff(src: str, mt: str) -> float:
    return float(sum(bool(p.search(src)) != bool(p.search(mt)) for p in _PUNCT))


def copied(src: str, mt: str) -> tuple[int, int]:
    """(words of the English side, how many of them occur verbatim in the source): words of three letters
    or more that do not start with a capital, so names carried over (Macron, NATO) do not count."""
    mt_words = [w for w in WORD_RE.findall(mt) if len(w) >= 3 and not w[0].isupper() and not w.isdigit()]
    if not mt_words:
        return 0, 0
    src_words = set(WORD_RE.findall(src))
    return len(mt_words), sum(w in src_words for w in mt_words)


def is_copy(src: str, mt: str) -> bool:
    """The "translation" is the source left (mostly) untranslated; a line of names alone is not."""
    n, k = copied(src, mt)
    return n > 0 and k >= COPY_SHARE * n and (k >= 2 or src.strip() == mt.strip())


def logit(p: float) -> float:
    p = min(max(p, 1e-4), 1.0 - 1e-4)
    return math.log(p / (1.0 - p))


def pair_features(src: str, mt: str, cos: float, english: float, ratios: dict[str, float]) -> list[float]:
    """The ``NAMES`` features of one pair. ``ratios``: usual log(len MT / len source) per source script."""
    script = script_of(src)
    ls, lm = max(length(src), 1), max(length(mt), 1)
    dev = math.log(lm / ls) - ratios.get(script, ratios.get("latin", 0.0))
    mt_words = WORD_RE.findall(mt)
    mt_folded, mt_stems = fold(mt), _stems(mt, 5)
    names = _latin_names(src, script)
    latin_missing = sum(not _in_mt(w, mt_stems, mt_folded) for w in names) / len(names) if names else 0.0
    src_nums, mt_nums = numbers(src), numbers(mt)
    n_words, n_copied = copied(src, mt)
    copy_share = n_copied / n_words if n_words else 0.0
    return [
        cos,
        max(COS_KNEE - cos, 0.0),
        abs(dev),
        max(-dev, 0.0),
        _share_missing(src_nums, mt_nums + english_number_words(mt)),
        _share_missing(mt_nums, src_nums),
        latin_missing,
        _name_extra(src, mt, script),
        _punct_diff(src, mt),
        copy_share,
        1.0 / max(len(mt_words), 1),
        logit(english),
    ]


def with_unseen_scripts(pairs: list[tuple[str, str]], ratios: dict[str, float]) -> dict[str, float]:
    """``ratios`` plus, for each source script the model never saw (Arabic, Hebrew, Greek, Thai, ...), the
    median log length ratio of the given pairs in that script: the text at hand says what length a
    translation from it has. Without this such a script took the Latin ratio, and every faithful translation
    from Hebrew (written without vowels) looked padded by half. One pair alone is its own median: its length
    then says nothing, which is right when nothing is known."""
    by_script: dict[str, list[float]] = {}
    for src, mt in pairs:
        script = script_of(src)
        if script not in ratios:
            by_script.setdefault(script, []).append(math.log(max(length(mt), 1) / max(length(src), 1)))
    return {**ratios, **{s: float(np.median(v)) for s, v in by_script.items()}}


def feature_matrix(pairs: list[tuple[str, str]], cosines: np.ndarray, english: list[float],
                   ratios: dict[str, float]) -> np.ndarray:
    """``(len(pairs), len(NAMES))`` features of (source, MT) pairs with their cosines and English scores."""
    rows = [pair_features(s, m, float(c), float(e), ratios) for (s, m), c, e in zip(pairs, cosines, english)]
    return np.array(rows, dtype=np.float64).reshape(len(pairs), len(NAMES))
