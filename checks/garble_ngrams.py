"""English word-bigram plausibility from a shipped table of common web bigrams.

Why: garbled MT puts common words side by side in orders English never uses ("concerns Taiwan",
"postponed Chinese"). Word frequencies alone cannot see that; a list of the ~286,000 most common
English bigrams can. The table (``data/garble_bigrams.npz``) holds only 32-bit hashes of the
lower-cased bigrams and their quantised log counts, derived by ``bench/train_garble.py`` from the
bigram list of the ``wordsegment`` package (Google Web 1T counts); it is read with numpy alone.
"""

from __future__ import annotations

import zlib
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parent / "data" / "garble_bigrams.npz"
SCALE = 20.0  # log10 counts are stored as uint8 * 1/SCALE
# Counts in the table start near 1e5 out of ~1e12 words: a bigram whose words are common enough that
# it would reach that count by chance (zipf(a) + zipf(b) >= FOUND_IF) and is still absent is unusual.
LOG_MIN_COUNT = 5.0
FOUND_IF = 11.5


def bigram_key(a: str, b: str) -> int:
    return zlib.crc32(f"{a} {b}".encode("utf-8"))


class BigramTable:
    def __init__(self, path: Path = DATA) -> None:
        with np.load(path) as z:
            keys = z["keys"].tolist()
            vals = (z["logc"].astype(np.float32) / SCALE).tolist()
        self._logc = dict(zip(keys, vals))

    def log_count(self, a: str, b: str) -> float | None:
        """log10 web count of the lower-cased bigram ``a b``, or None when it is not among the common ones."""
        return self._logc.get(bigram_key(a, b))


_TABLE: BigramTable | None = None


def table() -> BigramTable:
    global _TABLE
    if _TABLE is None:
        _TABLE = BigramTable()
    return _TABLE


def build_table(bigram_lines, out: Path = DATA) -> int:
    """Write the hashed table from ``word word<TAB>count`` lines; returns the number of bigrams."""
    keys: dict[int, float] = {}
    for line in bigram_lines:
        pair, _, count = line.rstrip("\n").partition("\t")
        if not count or " " not in pair:
            continue
        a, b = pair.lower().split(" ", 1)
        k = bigram_key(a, b)
        keys[k] = max(keys.get(k, 0.0), float(np.log10(float(count))))
    ks = np.array(sorted(keys), dtype=np.uint32)
    vs = np.array([min(255, round(keys[int(k)] * SCALE)) for k in ks], dtype=np.uint8)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, keys=ks, logc=vs)
    return len(ks)


def pair_scores(words: list[str], zipfs: list[float]) -> list[float | None]:
    """Association of each adjacent word pair ``(words[i], words[i+1])``, None when not judgeable.

    The value is log10 of observed over expected count (a PMI); pairs expected to be common but
    absent from the table get ``LOG_MIN_COUNT`` minus their expectation, i.e. a clearly negative value.
    Only pairs of two alphabetic words known to the frequency list are judged.
    """
    tab = table()
    out: list[float | None] = []
    for i in range(len(words) - 1):
        a, b = words[i], words[i + 1]
        za, zb = zipfs[i], zipfs[i + 1]
        if za <= 0.0 or zb <= 0.0 or not a.isalpha() or not b.isalpha():
            out.append(None)
            continue
        expected = za + zb - 6.0  # log10 of N * p(a) * p(b) with N = 1e12 words
        lc = tab.log_count(a.lower(), b.lower())
        if lc is not None:
            out.append(lc - expected)
        elif za + zb >= FOUND_IF:
            out.append(LOG_MIN_COUNT - expected)
        else:
            out.append(None)
    return out
