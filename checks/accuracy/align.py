"""Monotonic sentence alignment of an original and its translation (vecalign's idea, small).

A dynamic programme walks both sentence lists in order and chooses, step by step, one of five beads:
1-1, 2-1 and 1-2 (a translator merged or split sentences), 1-0 (an original sentence with no
counterpart: an omission) and 0-1 (a draft sentence with no counterpart: an addition). A bead's worth is
how far its pair's score rises above a threshold (a merge pays a penalty too); a skipped sentence is worth
nothing. The pair score is the cross-lingual cosine, centred on the document's own typical cosine
between unrelated sentences (E5 puts unrelated text near 0.78, so raw cosines mislead), plus anchor
agreement (shared figures and names) and minus a length mismatch. Vectors of two merged sentences are
their length-weighted mean, so nothing is embedded twice.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .anchors import Anchors, agreement

# Tuned on MLQE-PE dev documents (bench/accuracy.py --tune: the margin variant and other weights did not
# do better there: aligned ~90%, dropped rows found ~92%, ~5 false omissions per 100 sentences).
THRESHOLD = 0.035  # centred cosine a pair must beat to be aligned rather than skipped
ANCHOR_WEIGHT = 0.04
LENGTH_WEIGHT = 0.02
MERGE_PENALTY = 0.02  # per 2-1 / 1-2 bead: merges must earn their place
MARGIN_K = 0  # > 0: score a pair by its margin over the mean of the k best cosines of its row and column
BAND = 30  # the DP looks this many sentences off the diagonal (and at least the length difference)


@dataclass(frozen=True)
class Bead:
    """One step of the alignment: indices of original and draft sentences (either may be empty)."""

    original: tuple[int, ...]
    draft: tuple[int, ...]
    score: float  # the pair's centred score; 0.0 for a skip

    @property
    def kind(self) -> str:
        return f"{len(self.original)}-{len(self.draft)}"


def _merged(vecs: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Vectors of sentences i and i+1 together (length-weighted mean, re-normalised)."""
    if len(vecs) < 2:
        return np.zeros((0, vecs.shape[1]), dtype=vecs.dtype)
    w = lengths[:, None].astype(np.float32)
    m = vecs[:-1] * w[:-1] + vecs[1:] * w[1:]
    return m / np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-9)


UNRELATED_COS = 0.78  # E5-small's typical cosine of unrelated sentence pairs (MLQE-PE: 0.78 off the diagonal)


def baseline(sims: np.ndarray) -> float:
    """The cosine of unrelated sentence pairs in this document: the median of all pairs, most of which are
    unrelated; a short document has too few pairs to tell, and takes the model's usual figure."""
    if sims.size < 16:
        return UNRELATED_COS
    return min(float(np.median(sims)), UNRELATED_COS)  # an article on one topic has a higher median


def align(
    ovecs: np.ndarray, dvecs: np.ndarray, oanch: list[Anchors], danch: list[Anchors], ratio: float | None = None
) -> list[Bead]:
    """The best monotonic alignment of original sentences (``o``) with draft sentences (``d``)."""
    n, m = len(ovecs), len(dvecs)
    if n == 0 or m == 0:
        return [Bead((i,), (), 0.0) for i in range(n)] + [Bead((), (j,), 0.0) for j in range(m)]
    olen = np.array([max(a.length, 1) for a in oanch], dtype=np.float64)
    dlen = np.array([max(a.length, 1) for a in danch], dtype=np.float64)
    ratio = ratio or float(dlen.sum() / olen.sum())
    s11 = ovecs @ dvecs.T
    base = baseline(s11)
    s21 = _merged(ovecs, olen) @ dvecs.T
    s12 = ovecs @ _merged(dvecs, dlen).T
    if MARGIN_K and n >= 4 and m >= 4:
        s11, s21, s12 = _margins(s11, s21, s12, MARGIN_K)
        base = 0.0
    scorer = _Scorer(oanch, danch, olen, dlen, ratio, base)
    band = max(BAND, abs(n - m) + 10)
    best = {(0, 0): (0.0, None)}
    for i in range(n + 1):
        lo = max(0, int(i * m / n) - band)
        hi = min(m, int(i * m / n) + band)
        for j in range(lo, hi + 1):
            if (i, j) == (0, 0):
                continue
            cand = []
            if i >= 1:
                cand.append((_get(best, i - 1, j), (1, 0), 0.0))
            if j >= 1:
                cand.append((_get(best, i, j - 1), (0, 1), 0.0))
            if i >= 1 and j >= 1:
                cand.append((_get(best, i - 1, j - 1), (1, 1), scorer((i - 1,), (j - 1,), s11[i - 1, j - 1])))
            if i >= 2 and j >= 1:
                cand.append((_get(best, i - 2, j - 1), (2, 1), scorer((i - 2, i - 1), (j - 1,), s21[i - 2, j - 1])))
            if i >= 1 and j >= 2:
                cand.append((_get(best, i - 1, j - 2), (1, 2), scorer((i - 1,), (j - 2, j - 1), s12[i - 1, j - 2])))
            top = max(((prev + gain, step, gain) for prev, step, gain in cand), key=lambda c: c[0])
            best[(i, j)] = (top[0], top[1:])
    return _backtrack(best, n, m, scorer, s11)


def _margins(s11, s21, s12, k):
    """Each cosine less the mean of the k best of its row and of its column (ratio-margin idea of
    cross-lingual mining, as a difference): a topic-wide high cosine no longer looks like a translation."""
    r = np.sort(s11, axis=1)[:, -min(k, s11.shape[1]) :].mean(axis=1)
    c = np.sort(s11, axis=0)[-min(k, s11.shape[0]) :, :].mean(axis=0)
    m11 = s11 - (r[:, None] + c[None, :]) / 2
    r2 = (r[:-1] + r[1:]) / 2
    c2 = (c[:-1] + c[1:]) / 2
    m21 = s21 - (r2[:, None] + c[None, :]) / 2 if len(s21) else s21
    m12 = s12 - (r[:, None] + c2[None, :]) / 2 if s12.size else s12
    return m11, m21, m12


def _get(best: dict, i: int, j: int) -> float:
    cell = best.get((i, j))
    return cell[0] if cell is not None else -math.inf


def _backtrack(best: dict, n: int, m: int, scorer: "_Scorer", s11: np.ndarray) -> list[Bead]:
    beads: list[Bead] = []
    i, j = n, m
    while (i, j) != (0, 0):
        _, (step, gain) = best[(i, j)]
        di, dj = step
        o = tuple(range(i - di, i))
        d = tuple(range(j - dj, j))
        score = scorer.last_scores.get((o, d), 0.0) if di and dj else 0.0
        beads.append(Bead(o, d, score))
        i, j = i - di, j - dj
    beads.reverse()
    return beads


class _Scorer:
    """Gain of a bead: centred score less the threshold, less a penalty for a merge."""

    def __init__(self, oanch, danch, olen, dlen, ratio, base):
        self.oanch, self.danch, self.olen, self.dlen = oanch, danch, olen, dlen
        # anchors of two neighbouring sentences together, built once (the DP asks for them many times)
        self.opairs = [_union([oanch[i], oanch[i + 1]]) for i in range(len(oanch) - 1)]
        self.dpairs = [_union([danch[j], danch[j + 1]]) for j in range(len(danch) - 1)]
        self.log_ratio = math.log(ratio)
        self.base = base
        self.last_scores: dict = {}

    def pair_score(self, o: tuple[int, ...], d: tuple[int, ...], cos: float) -> float:
        oa = self.oanch[o[0]] if len(o) == 1 else self.opairs[o[0]]
        da = self.danch[d[0]] if len(d) == 1 else self.dpairs[d[0]]
        lo = sum(self.olen[i] for i in o)
        ld = sum(self.dlen[j] for j in d)
        length = abs(math.log(ld / lo) - self.log_ratio)
        return (cos - self.base) + ANCHOR_WEIGHT * agreement(oa, da) - LENGTH_WEIGHT * length

    def __call__(self, o, d, cos) -> float:
        score = self.pair_score(o, d, float(cos))
        self.last_scores[(o, d)] = score
        # one unit per bead, whatever it covers: a merge must beat the 1-1 it replaces on its own score,
        # so an added or dropped sentence is not swallowed by a neighbour's bead
        return score - THRESHOLD - (MERGE_PENALTY if len(o) + len(d) > 2 else 0.0)


def _union(items: list[Anchors]) -> Anchors:
    if len(items) == 1:
        return items[0]
    return Anchors(
        frozenset().union(*(a.numbers for a in items)),
        frozenset().union(*(a.names for a in items)),
        sum(a.length for a in items),
    )
