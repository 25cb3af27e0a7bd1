"""English word-bigram plausibility from a shipped table of common web bigrams.

Why: garbled MT puts common words side by side in orders English never uses ("concerns Taiwan",
"postponed Chinese"). Word frequencies alone cannot see that; a list of the ~286,000 most common
English bigrams can. The table (``data/garble_bigrams.npz``) holds only sorted 32-bit hashes of the
lower-cased bigrams (built from the words' 64-bit hashes, as the garble features hash words) and
their quantised log counts, derived by ``bench/train_garble.py`` from the bigram list of the
``wordsegment`` package (Google Web 1T counts); it is read with numpy alone and searched for a whole
batch of word pairs at once.
"""

from __future__ import annotations

import functools
from pathlib import Path

import numpy as np

from . import tokens as gt

DATA = Path(__file__).resolve().parent.parent / "data" / "garble_bigrams.npz"
SCALE = 20.0  # log10 counts are stored as uint8 * 1/SCALE
# Counts in the table start near 1e5 out of ~1e12 words: a bigram whose words are common enough that
# it would reach that count by chance (zipf(a) + zipf(b) >= FOUND_IF) and is still absent is unusual.
LOG_MIN_COUNT = 5.0
FOUND_IF = 11.5


def bigram_keys(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """32-bit keys of bigrams from the 64-bit hashes of their lower-cased words."""
    return (gt.mix(a, b) >> np.uint64(32)).astype(np.uint32)


class BigramTable:
    def __init__(self, path: Path = DATA) -> None:
        with np.load(path) as z:
            self.keys = z["keys"]
            self.logc = z["logc"].astype(np.float64) / SCALE

    def lookup(self, keys: np.ndarray) -> np.ndarray:
        """log10 web counts of the bigrams with these keys; NaN where a bigram is not among the common ones."""
        if not len(self.keys):
            return np.full(len(keys), np.nan)
        at = np.minimum(np.searchsorted(self.keys, keys), len(self.keys) - 1)
        return np.where(self.keys[at] == keys, self.logc[at], np.nan)

    def log_count(self, a: str, b: str) -> float | None:
        """log10 web count of the lower-cased bigram ``a b``, or None when it is not among the common ones."""
        ha = np.array([gt.hash64(a.lower())], dtype=np.uint64)
        hb = np.array([gt.hash64(b.lower())], dtype=np.uint64)
        v = float(self.lookup(bigram_keys(ha, hb))[0])
        return None if np.isnan(v) else v


@functools.cache
def table() -> BigramTable:
    return BigramTable()


def build_table(bigram_lines, out: Path = DATA) -> int:
    """Write the hashed table from ``word word<TAB>count`` lines; returns the number of bigrams."""
    firsts, seconds, logs = [], [], []
    for line in bigram_lines:
        pair, _, count = line.rstrip("\n").partition("\t")
        if not count or " " not in pair:
            continue
        a, b = pair.lower().split(" ", 1)
        firsts.append(gt.hash64(a))
        seconds.append(gt.hash64(b))
        logs.append(np.log10(float(count)))
    keys = bigram_keys(np.array(firsts, dtype=np.uint64), np.array(seconds, dtype=np.uint64))
    vals = np.minimum(255, np.round(np.array(logs) * SCALE)).astype(np.uint8)
    order = np.lexsort((-vals.astype(np.int64), keys))  # by key, largest count first
    keys, vals = keys[order], vals[order]
    first = np.r_[True, keys[1:] != keys[:-1]]  # a colliding key keeps the largest count
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, keys=keys[first], logc=vals[first])
    return int(first.sum())


def pair_scores(b: gt.Batch, same: np.ndarray) -> np.ndarray:
    """Association of each adjacent token pair of a batch (``same``: both in one sentence), NaN when not judgeable.

    The value is log10 of observed over expected count (a PMI); pairs expected to be common but
    absent from the table get ``LOG_MIN_COUNT`` minus their expectation, i.e. a clearly negative value.
    Only pairs of two alphabetic words known to the frequency list are judged.
    """
    z = b.props[:, gt.C["z"]]
    alpha = b.props[:, gt.C["alpha"]] > 0
    za, zb = z[:-1][same], z[1:][same]
    ok = alpha[:-1][same] & alpha[1:][same] & (za > 0) & (zb > 0)
    expected = za + zb - 6.0  # log10 of N * p(a) * p(b) with N = 1e12 words
    out = np.full(len(za), np.nan)
    if not ok.any():
        return out
    lc = table().lookup(bigram_keys(b.low[:-1][same][ok], b.low[1:][same][ok]))
    e = expected[ok]
    absent = np.where(za[ok] + zb[ok] >= FOUND_IF, LOG_MIN_COUNT - e, np.nan)
    out[ok] = np.where(np.isnan(lc), absent, lc - e)
    return out
