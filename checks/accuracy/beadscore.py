"""How well a run of original sentences matches a run of draft sentences: the aligner's pair score.

The score of pairing original sentences ``o`` with draft sentences ``d`` (one to four on either side) is

    margin + ANCHOR_WEIGHT * anchor agreement - LENGTH_WEIGHT * length mismatch

- **margin** (vecalign's normalisation): the cross-lingual cosine less the mean of the two sides' average
  cosine with their neighbours on the other side (a window of ``NEIGHBOURS`` sentences around where they
  would sit). E5 puts every pair of sentences on one topic near 0.8, and some sentences (short ones,
  lists of names) are close to everything; the margin asks how much closer this pair is than either
  sentence is to its surroundings. The averages come from running sums of the other side's vectors, so
  they cost one dot product per sentence. A short document has few neighbours; a prior (``PRIOR_COS``,
  the cosine of unrelated sentences, worth ``PRIOR_WEIGHT`` neighbours) steadies its average.
- **anchor agreement**: figures, months and names both sides share, against figures on one side only
  (:func:`.anchors.agreement`, computed here for a whole band of draft units at once).
- **length mismatch** (Gale and Church): the squared normal deviate of the draft's length from the
  original's length times the document's length ratio, with a variance that grows with the length, so
  a short sentence may be twice as long in translation and a long one may not.

Runs of sentences are scored from their length-weighted mean vector (nothing is embedded twice).
"""

from __future__ import annotations

import numpy as np

from .anchors import Anchors

ANCHOR_WEIGHT = 0.02
LENGTH_WEIGHT = 0.01
LENGTH_VARIANCE = 15.0  # characters of variance per character of text (Gale and Church's s^2)
LENGTH_CAP = 25.0  # a length deviate counts at most 5 standard deviations
NEIGHBOURS = 15  # sentences either side that make up a sentence's surroundings
PRIOR_COS = 0.78  # E5-small's cosine of unrelated sentences (MLQE-PE, off the diagonal)
PRIOR_WEIGHT = 2.0  # how many neighbours the prior is worth
MAX_RUN = 4  # the longest run of sentences one bead may join (4-1 and 1-4)
WHOLE_CELLS = 250_000  # up to this many original x draft pairs, scores are computed as whole matrices


class Units:
    """Runs of 1..MAX_RUN consecutive sentences of one side: mean vectors, lengths and anchor sets."""

    def __init__(self, vecs: np.ndarray, anch: list[Anchors]):
        self.n = len(vecs)
        lengths = np.array([max(a.length, 1) for a in anch], dtype=np.float64)
        self.vec: dict[int, np.ndarray] = {}
        self.len: dict[int, np.ndarray] = {}
        self.nums: dict[int, list[frozenset]] = {}
        self.names: dict[int, list[frozenset]] = {}
        for run in range(1, MAX_RUN + 1):
            k = max(self.n - run + 1, 0)
            if run == 1:
                v = vecs.astype(np.float32)
            else:
                v = sum(vecs[s : s + k] * lengths[s : s + k, None] for s in range(run))
                v = (v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-9)).astype(np.float32)
            self.vec[run] = v if k else np.zeros((0, vecs.shape[1]), np.float32)
            self.len[run] = sum(lengths[s : s + k] for s in range(run)) if k else np.zeros(0)
            self.nums[run] = [frozenset().union(*(anch[u + s].figure_keys() for s in range(run))) for u in range(k)]
            self.names[run] = [frozenset().union(*(anch[u + s].names for s in range(run))) for u in range(k)]


def neighbour_means(units: np.ndarray, positions: np.ndarray, other: np.ndarray) -> np.ndarray:
    """Each unit's mean cosine with the other side's sentences around its position (and the prior)."""
    m = len(other)
    csum = np.zeros((m + 1, other.shape[1]), np.float64)
    np.cumsum(other, axis=0, dtype=np.float64, out=csum[1:])
    centre = np.round(positions).astype(int)
    lo = np.clip(centre - NEIGHBOURS, 0, m)
    hi = np.clip(centre + NEIGHBOURS + 1, 0, m)
    sums = np.einsum("ij,ij->i", units.astype(np.float64), csum[hi] - csum[lo])
    return (sums + PRIOR_COS * PRIOR_WEIGHT) / ((hi - lo) + PRIOR_WEIGHT)


class PairScorer:
    """Scores of one original run against a band of draft runs, vectorised over the band."""

    def __init__(self, ovecs, dvecs, oanch: list[Anchors], danch: list[Anchors], ratio: float | None = None):
        self.o, self.d = Units(ovecs, oanch), Units(dvecs, danch)
        self.leads = [a.lead for a in oanch]  # each original sentence's capitalised first word
        n, m = len(ovecs), len(dvecs)
        self.ratio = ratio or float(self.d.len[1].sum() / max(self.o.len[1].sum(), 1.0))
        self.mu_o, self.mu_d = {}, {}
        for run in range(1, MAX_RUN + 1):
            po = (np.arange(len(self.o.vec[run])) + (run - 1) / 2) * m / max(n, 1)
            pd = (np.arange(len(self.d.vec[run])) + (run - 1) / 2) * n / max(m, 1)
            self.mu_o[run] = neighbour_means(self.o.vec[run], po, dvecs) if m else np.zeros(len(po))
            self.mu_d[run] = neighbour_means(self.d.vec[run], pd, ovecs) if n else np.zeros(len(pd))
        self._anchor_tables()
        self.whole = (n + 1) * (m + 1) <= WHOLE_CELLS
        self._matrices: dict[tuple[int, int], np.ndarray] = {}

    def _anchor_tables(self) -> None:
        """Incidence of the anchors both sides have (only shared ones can agree), and anchor counts."""
        shared_n = set().union(*self.o.nums[1], frozenset()) & set().union(*self.d.nums[1], frozenset())
        self.draft_names = frozenset().union(*self.d.names[1])  # every name key the draft gives
        shared_m = set().union(*self.o.names[1], frozenset()) & self.draft_names
        self.ids_n = {t: k for k, t in enumerate(sorted(shared_n))}
        self.ids_m = {t: k for k, t in enumerate(sorted(shared_m))}
        self.inc: dict[tuple[str, int], tuple[np.ndarray, np.ndarray]] = {}
        self.count: dict[tuple[str, int], tuple[np.ndarray, np.ndarray]] = {}
        for side, units in (("o", self.o), ("d", self.d)):
            for run in range(1, MAX_RUN + 1):
                k = len(units.vec[run])
                inc_n = np.zeros((k, max(len(self.ids_n), 1)), np.float32)
                inc_m = np.zeros((k, max(len(self.ids_m), 1)), np.float32)
                for u in range(k):
                    inc_n[u, [self.ids_n[t] for t in units.nums[run][u] if t in self.ids_n]] = 1
                    inc_m[u, [self.ids_m[t] for t in units.names[run][u] if t in self.ids_m]] = 1
                self.inc[side, run] = inc_n, inc_m
                self.count[side, run] = (np.array([len(x) for x in units.nums[run]], np.float64),
                                         np.array([len(x) for x in units.names[run]], np.float64))

    def margins(self, a: int, u: int, b: int, lo: int, hi: int) -> np.ndarray:
        """Cosine margin of original run (``a`` sentences from ``u``) with draft runs of ``b`` from lo..hi-1."""
        cos = self.d.vec[b][lo:hi] @ self.o.vec[a][u]
        return cos - (self.mu_o[a][u] + self.mu_d[b][lo:hi]) / 2

    def scores(self, a: int, u: int, b: int, lo: int, hi: int) -> np.ndarray:
        """The pair score of original run (a from u) with each draft run of ``b`` sentences from lo..hi-1."""
        if self.whole:  # a small document: every score of this bead shape at once, kept for the other rows
            if (a, b) not in self._matrices:
                self._matrices[a, b] = self._matrix(a, b)
            return self._matrices[a, b][u, lo:hi]
        on, om = self.count["o", a]
        dn, dm = self.count["d", b]
        inc_on, inc_om = self.inc["o", a]
        inc_dn, inc_dm = self.inc["d", b]
        agree = _agreement(inc_dn[lo:hi] @ inc_on[u], inc_dm[lo:hi] @ inc_om[u], on[u], om[u], dn[lo:hi], dm[lo:hi])
        return (self.margins(a, u, b, lo, hi) + ANCHOR_WEIGHT * agree
                - LENGTH_WEIGHT * self._length(self.o.len[a][u], self.d.len[b][lo:hi]))

    def _matrix(self, a: int, b: int) -> np.ndarray:
        """Scores of every original run of ``a`` with every draft run of ``b`` sentences."""
        cos = self.o.vec[a] @ self.d.vec[b].T
        margin = cos - (self.mu_o[a][:, None] + self.mu_d[b][None, :]) / 2
        (on, om), (dn, dm) = self.count["o", a], self.count["d", b]
        (inc_on, inc_om), (inc_dn, inc_dm) = self.inc["o", a], self.inc["d", b]
        agree = _agreement(inc_on @ inc_dn.T, inc_om @ inc_dm.T, on[:, None], om[:, None], dn[None, :], dm[None, :])
        return margin + ANCHOR_WEIGHT * agree - LENGTH_WEIGHT * self._length(self.o.len[a][:, None],
                                                                            self.d.len[b][None, :])

    def _length(self, lo: np.ndarray, ld: np.ndarray) -> np.ndarray:
        expected = lo * self.ratio
        deviate = (ld - expected) / np.sqrt(LENGTH_VARIANCE * (ld + expected) / 2)
        return np.minimum(deviate * deviate, LENGTH_CAP)

    def score(self, o: tuple[int, ...], d: tuple[int, ...]) -> float:
        return float(self.scores(len(o), o[0], len(d), d[0], d[0] + 1)[0])

    def margin(self, o: tuple[int, ...], d: tuple[int, ...]) -> float:
        return float(self.margins(len(o), o[0], len(d), d[0], d[0] + 1)[0])

    def member_margins(self, bead_o: tuple[int, ...], bead_d: tuple[int, ...], side: str) -> np.ndarray:
        """Margin of each single sentence of one side of a bead with the whole other side."""
        if side == "original":
            other = self.d.vec[len(bead_d)][bead_d[0]]
            mu = self.mu_d[len(bead_d)][bead_d[0]]
            idx = list(bead_o)
            return self.o.vec[1][idx] @ other - (self.mu_o[1][idx] + mu) / 2
        other = self.o.vec[len(bead_o)][bead_o[0]]
        mu = self.mu_o[len(bead_o)][bead_o[0]]
        idx = list(bead_d)
        return self.d.vec[1][idx] @ other - (self.mu_d[1][idx] + mu) / 2


def _agreement(shared_n, shared_m, on, om, dn, dm) -> np.ndarray:
    """:func:`.anchors.agreement` over arrays: shared figure and name counts and each side's counts."""
    lonely = on + dn - 2 * shared_n
    both = (dm > 0) & (om > 0)  # a Chinese original has no capitalised words to share
    shared = shared_n + np.where(both, shared_m, 0.0)
    total = shared + lonely + np.where(both, 0.5 * (om + dm - 2 * shared_m), 0.0)
    return np.where(total > 0, (shared - lonely) / np.maximum(total + 1.0, 1.0), 0.0)
