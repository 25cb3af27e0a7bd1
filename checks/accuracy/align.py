"""Monotonic sentence alignment of an original and its translation (vecalign's ideas, gap-aware).

A dynamic programme walks both sentence lists in order and chooses, step by step, a bead: 1-1, a merge
or a split of up to ``MAX_RUN`` sentences (2-1, 1-2, 3-1, ...), 1-0 (an original sentence with no
counterpart: an omission) or 0-1 (a draft sentence with no counterpart: an addition). A pair bead is worth
its score from :mod:`.beadscore` (the cosine margin over the sentences' neighbours, anchors, length) less
``THRESHOLD``; a skipped sentence is worth nothing.

**Gap-aware skips.** An omission is an original sentence with *no leftover draft sentence in its gap*
(the stretch between two pair beads). When a gap holds skipped sentences on both sides, the draft did
translate something there, only badly: one original and one draft sentence sandwiched between confident
neighbours are a 1-1 pair with a bad translation (meaning drift, A007), not an omission plus an addition.
The programme keeps four states per cell (after a pair; in a gap with only 1-0 skips; only 0-1 skips;
both) and charges ``MIX_PENALTY`` for a gap holding both, so it pairs the leftovers instead.

**Inside a merge.** A merged bead may hold a sentence the other side does not carry (a translator joined
two sentences and dropped the one between them); :func:`_inside` finds it by its margin with the other
side, far below its siblings', and names it in ``Bead.missing`` (``Bead.added`` for the draft side).

**Cost.** Each row of the table is computed with numpy over its band of columns. Up to ``FULL_CELLS``
cells the band is the whole row; past that a coarse alignment of blocks of ``COARSE`` sentences (their
mean vectors) gives a path, and each row looks ``BAND`` sentences either side of it: linear time.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .anchors import Anchors
from .beadscore import MAX_RUN, PairScorer

THRESHOLD = 0.015  # a pair bead is worth its score less this (so two weak pairs do not beat a merge and a skip)
MIX_PENALTY = 0.2  # a gap holding leftover sentences on both sides: pair them rather than skip both
MERGE_PENALTY = 0.0  # per merged or split bead
INSIDE_MARGIN = 0.0  # a sentence of a merge whose margin with the other side is below this ...
INSIDE_GAP = 0.05  # ... and this far below every sibling's is not carried by the other side
REPAIR = True
REPAIR_MARGIN = 0.0  # the skipped sentence's margin with the merge's edge sentence must reach this
FULL_CELLS = 250_000  # up to this many cells the whole table is filled
COARSE = 8  # sentences per block of the coarse pass
BAND = 32  # sentences either side of the coarse path (four blocks)
COARSE_THRESHOLD = 0.0  # blocks pair unless they are no closer than their surroundings
UNPAIR_MARGIN = 0.015  # a 1-1 pair below this margin, ...
UNPAIR_RELATIVE = 0.2  # ... below this share of the document's median pair margin, ...
UNPAIR_WINDOW = 15  # ... and not each other's closest sentence this far either side is not a translation
CLASH_MARGIN = 0.035  # a pair whose anchors all differ is no translation below this margin ...
CLASH_RELATIVE = 0.35  # ... and this share of the median (with the two conditions above)
NEG = -np.inf


@dataclass(frozen=True)
class Bead:
    """One step of the alignment: indices of original and draft sentences (either may be empty)."""

    original: tuple[int, ...]
    draft: tuple[int, ...]
    score: float  # the pair's score (margin, anchors, length); 0.0 for a skip
    margin: float = 0.0  # the cosine margin alone (how much closer than their neighbours); 0.0 for a skip
    missing: tuple[int, ...] = ()  # original sentences of a merge that the draft does not carry
    added: tuple[int, ...] = ()  # draft sentences of a split that the original does not carry
    instead: tuple[int, ...] = ()  # a skip split off a pair that was no translation: the other side's sentences

    @property
    def kind(self) -> str:
        return f"{len(self.original)}-{len(self.draft)}"


MOVES = [(1, 1)] + [mv for k in range(2, MAX_RUN + 1) for mv in ((k, 1), (1, k))]


def align(
    ovecs: np.ndarray, dvecs: np.ndarray, oanch: list[Anchors], danch: list[Anchors], ratio: float | None = None,
    threshold: float | None = None,
) -> list[Bead]:
    """The best monotonic alignment of original sentences (``o``) with draft sentences (``d``)."""
    n, m = len(ovecs), len(dvecs)
    if n == 0 or m == 0:
        return [Bead((i,), (), 0.0) for i in range(n)] + [Bead((), (j,), 0.0) for j in range(m)]
    scorer = PairScorer(ovecs, dvecs, oanch, danch, ratio)
    rows = _rows(ovecs, dvecs, oanch, danch)
    table = _Table(n, rows, THRESHOLD if threshold is None else threshold)
    for i in range(n + 1):
        table.fill_row(i, scorer, m)
    beads = _unpair(_repair(table.backtrack(n, m, scorer), scorer), scorer)
    return _hand_over([_inside(b, scorer) for b in beads], scorer)


def _take(values, row_lo: int, lo: int, hi: int, fill=NEG) -> np.ndarray:
    """A stored row's values at columns lo..hi (inclusive), ``fill`` outside the row's band."""
    out = np.full(hi - lo + 1, fill, dtype=np.float64 if fill is NEG else np.int16)
    if values is None:
        return out
    a, b = max(lo, row_lo), min(hi, row_lo + len(values) - 1)
    if a <= b:
        out[a - lo : b - lo + 1] = values[a - row_lo : b - row_lo + 1]
    return out


def _chain(entry: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """best[t] = max(entry[t], best[t-1]) along a row (0-1 skips cost nothing), and where it chained."""
    best = np.maximum.accumulate(entry)
    return best, best > entry


class _Table:
    """The DP table, one banded row per number of original sentences consumed, four states per cell:
    0 after a pair bead, 1 in a gap of 1-0 skips only, 2 of 0-1 skips only, 3 a gap with both."""

    def __init__(self, n: int, rows: list[tuple[int, int]], threshold: float):
        self.rows, self.threshold = rows, threshold
        self.value = [[None] * (n + 1) for _ in range(4)]
        self.pointer = [[None] * (n + 1) for _ in range(4)]
        self.best = [None] * (n + 1)  # max over the states
        self.best_state = [None] * (n + 1)

    def fill_row(self, i: int, scorer: PairScorer, m: int) -> None:
        lo, hi = self.rows[i]
        w = hi - lo + 1
        v0, p0 = self._pairs(i, scorer, m)
        if i >= 1:
            prev = [_take(self.value[s][i - 1], self.rows[i - 1][0], lo, hi) for s in range(4)]
            v1, p1 = np.maximum(prev[0], prev[1]), (prev[1] > prev[0]).astype(np.int16)
            from2, from3 = prev[2] - MIX_PENALTY, prev[3]
            down3, down3_ptr = np.maximum(from2, from3), np.where(from3 >= from2, 1, 0)
        else:
            v1, p1 = np.full(w, NEG), np.zeros(w, np.int16)
            down3, down3_ptr = np.full(w, NEG), np.zeros(w, np.int16)
        entry2 = np.full(w, NEG)
        entry2[1:] = v0[:-1]
        v2, p2 = _chain(entry2)
        across3 = np.full(w, NEG)
        across3[1:] = v1[:-1] - MIX_PENALTY
        entry3 = np.maximum(down3, across3)
        v3, chained3 = _chain(entry3)
        p3 = np.where(chained3, 3, np.where(across3 > down3, 2, down3_ptr))
        for s, (v, p) in enumerate(((v0, p0), (v1, p1), (v2, p2.astype(np.int16)), (v3, p3.astype(np.int16)))):
            self.value[s][i], self.pointer[s][i] = v, p
        stacked = np.vstack([v0, v1, v2, v3])
        self.best_state[i] = stacked.argmax(axis=0).astype(np.int16)
        self.best[i] = stacked.max(axis=0)

    def _pairs(self, i: int, scorer: PairScorer, m: int) -> tuple[np.ndarray, np.ndarray]:
        """State 0 of row i: the best pair bead ending in each cell, and (move, previous state)."""
        lo, hi = self.rows[i]
        w = hi - lo + 1
        value, pointer = np.full(w, NEG), np.zeros(w, np.int16)
        if i == 0 and lo == 0:
            value[0] = 0.0
        for k, (a, b) in enumerate(MOVES):
            if i - a < 0:
                continue
            first, last = max(lo - b, 0), min(hi - b, m - b)  # draft runs of b sentences ending in lo..hi
            if first > last:
                continue
            src_lo = self.rows[i - a][0]
            gain = np.full(w, NEG)
            gain[first - (lo - b) : last - (lo - b) + 1] = scorer.scores(a, i - a, b, first, last + 1) - (
                self.threshold + (MERGE_PENALTY if a + b > 2 else 0.0))
            cand = _take(self.best[i - a], src_lo, lo - b, hi - b) + gain
            better = cand > value
            value = np.where(better, cand, value)
            pointer = np.where(better, k * 4 + _take(self.best_state[i - a], src_lo, lo - b, hi - b, 0), pointer)
        return value, pointer

    def backtrack(self, n: int, m: int, scorer: PairScorer) -> list[Bead]:
        beads: list[Bead] = []
        i, j = n, m
        state = int(self.best_state[n][m - self.rows[n][0]])
        while (i, j) != (0, 0):
            ptr = int(self.pointer[state][i][j - self.rows[i][0]])
            if state == 0:
                a, b = MOVES[ptr // 4]
                o, d = tuple(range(i - a, i)), tuple(range(j - b, j))
                beads.append(Bead(o, d, scorer.score(o, d), scorer.margin(o, d)))
                i, j, state = i - a, j - b, ptr % 4
            elif state == 1 or (state == 3 and ptr in (0, 1)):
                beads.append(Bead((i - 1,), (), 0.0))
                state = ptr if state == 1 else (2 if ptr == 0 else 3)
                i -= 1
            else:
                beads.append(Bead((), (j - 1,), 0.0))
                state = (2 if ptr else 0) if state == 2 else (1 if ptr == 2 else 3)
                j -= 1
        beads.reverse()
        return beads


def _repair(beads: list[Bead], scorer: PairScorer) -> list[Bead]:
    """A skip next to a merge whose edge sentence is closer to the skipped sentence than to its own bead
    takes that sentence back: the merge had swallowed the skipped sentence's translation (a short headline
    beside a long sentence costs a merge little)."""
    if not REPAIR:
        return beads
    out = list(beads)
    for k in range(len(out)):
        skip = out[k]
        if skip.original and skip.draft or not (skip.original or skip.draft):
            continue
        for nb in (k - 1, k + 1):
            if not 0 <= nb < len(out) or not (out[nb].original and out[nb].draft):
                continue
            pair = _take_back(skip, out[nb], nb > k, scorer)
            if pair is not None:
                out[k], out[nb] = pair if nb > k else pair[::-1]
                break
    return out


def _take_back(skip: Bead, merge: Bead, after: bool, scorer: PairScorer):
    """The skip paired with the merge's nearest sentence on the other side, and the rest of the merge."""
    side = "draft" if skip.original else "original"
    members = getattr(merge, side)
    if len(members) < 2:
        return None
    edge = members[0] if after else members[-1]
    rest = members[1:] if after else members[:-1]
    if side == "draft":
        new, left = (skip.original, (edge,)), (merge.original, rest)
        own = scorer.margin(merge.original, (edge,))
    else:
        new, left = ((edge,), skip.draft), (rest, merge.draft)
        own = scorer.margin((edge,), merge.draft)
    gained = scorer.margin(*new)
    if gained <= own or gained < REPAIR_MARGIN:
        return None
    first = Bead(*new, scorer.score(*new), gained)
    second = Bead(*left, scorer.score(*left), scorer.margin(*left))
    return (first, second) if after else (second, first)


def _unpair(beads: list[Bead], scorer: PairScorer) -> list[Bead]:
    """A 1-1 pair that is no translation at all becomes two skips that name each other (``Bead.instead``):
    a draft sentence standing in the place of an original sentence it does not translate (A009).

    The gap-aware programme pairs one leftover sentence on each side (a bad translation is still a
    translation: A007, not A001 + A002). But a draft sentence that replaced its original with something
    else (or an MT hallucination) pairs too; it shows as a margin near zero, a small share of what the
    document's pairs reach, and two sentences that are not each other's closest (on MLQE-PE dev: 71% of
    sentences swapped in from elsewhere; of genuine pairs 0.7%, nearly all HTER >= 0.8 hallucinations)."""
    margins = [b.margin for b in beads if b.original and b.draft]
    if len(margins) < 3:
        return beads
    median = float(np.median(margins))
    floor = min(UNPAIR_MARGIN, UNPAIR_RELATIVE * median)
    clash_floor = min(CLASH_MARGIN, CLASH_RELATIVE * median)
    out: list[Bead] = []
    for b in beads:
        low = b.margin < floor or (b.margin < clash_floor and _anchors_clash(scorer, b.original[0], b.draft[0]))
        if (b.kind == "1-1" and low and not _mutual_best(scorer, b.original[0], b.draft[0])
                and not _shared_anchor(scorer, b.original[0], b.draft[0])):
            out += [Bead(b.original, (), 0.0, instead=b.draft), Bead((), b.draft, 0.0, instead=b.original)]
        else:
            out.append(b)
    return out


def _shared_anchor(scorer: PairScorer, i: int, j: int) -> bool:
    """The two sentences give the same figure or month: a sentence put in another's place rarely does, while a
    free translation that the vectors place badly does ("每年5月底 ..." / "Each year in late May ..."). A shared
    name is no such sign: the sentence put in its place is often about the same country or person."""
    return bool(scorer.o.nums[1][i] & scorer.d.nums[1][j])


def _anchors_clash(scorer: PairScorer, i: int, j: int) -> bool:
    """The two sentences disagree on every anchor they give: a weak pair that also disagrees on every figure
    is a sentence put in another's place ("It was the largest protest since 2005." where the original gives
    the turnout, 79.4%), not a translation with one figure wrong (that pair's other words still match).
    Where they do not both give figures, names count: an original sentence naming someone the draft names
    nowhere ("Su entrenador, Xavier García Pimienta, no quiso ..." with "Betis had not beaten their
    neighbours for two seasons." in its place) was not translated there; a weak but genuine translation keeps
    the names it translates (their keys survive a misspelling)."""
    on, dn = scorer.o.nums[1][i], scorer.d.nums[1][j]
    if on and dn:
        return not (on & dn)
    names = scorer.o.names[1][i] - scorer.leads[i]  # not "Üürihinnad" (rents) opening the sentence
    return bool(names) and not (names & scorer.draft_names)


def _mutual_best(scorer: PairScorer, i: int, j: int) -> bool:
    """Draft sentence j is original sentence i's closest nearby, and i is j's."""
    ov, dv = scorer.o.vec[1], scorer.d.vec[1]
    dlo, olo = max(j - UNPAIR_WINDOW, 0), max(i - UNPAIR_WINDOW, 0)
    best_d = int(np.argmax(dv[dlo : j + UNPAIR_WINDOW + 1] @ ov[i])) + dlo
    best_o = int(np.argmax(ov[olo : i + UNPAIR_WINDOW + 1] @ dv[j])) + olo
    return best_d == j and best_o == i


def _inside(bead: Bead, scorer: PairScorer) -> Bead:
    """Name the sentences of a merge (or split) that the other side does not carry."""
    from dataclasses import replace

    for side, own in (("original", bead.original), ("draft", bead.draft)):
        if len(own) < 2 or not (bead.original and bead.draft):
            continue
        z = scorer.member_margins(bead.original, bead.draft, side)
        lone, only = _figures_left_behind(bead, scorer, side), _figures_only_here(bead, scorer, side)
        out = tuple(x for k, x in enumerate(own) if k not in only
                    and (z[k] < INSIDE_MARGIN or k in lone) and np.delete(z, k).min() - z[k] > INSIDE_GAP)
        if out and len(out) < len(own):
            return replace(bead, **{"missing" if side == "original" else "added": out})
    return bead


def _hand_over(beads: list[Bead], scorer: PairScorer) -> list[Bead]:
    """A draft sentence named as not carried at the edge of a split goes to the neighbouring pair instead when
    it is closer to that pair's original: a quotation the translator split ("These results are no accident.
    They are the fruit of ...") whose short first half the programme joined to the sentence before. Only the
    draft side: an original sentence a merge leaves uncarried is far more often a real omission (a translator
    joined two sentences and dropped the one between), and its margin with the next pair says little."""
    out = list(beads)
    for k, bead in enumerate(out):
        for x, nb in ((bead.draft[-1], k + 1), (bead.draft[0], k - 1)) if bead.added else ():
            if x not in bead.added or not 0 <= nb < len(out) or not (out[nb].original and out[nb].draft):
                continue
            near = out[nb]
            there = scorer.margin(near.original, (x,))
            if len(near.draft) >= MAX_RUN or there <= INSIDE_MARGIN or there <= scorer.margin(bead.original, (x,)):
                continue  # carried there (closer than to the sentences around), and closer than here
            out[k] = _rebead(bead, tuple(i for i in bead.draft if i != x), scorer)
            out[nb] = _rebead(near, (near.draft + (x,)) if nb < k else ((x,) + near.draft), scorer)
            break
    return out


def _rebead(bead: Bead, draft: tuple[int, ...], scorer: PairScorer) -> Bead:
    return _inside(Bead(bead.original, draft, scorer.score(bead.original, draft), scorer.margin(bead.original, draft)),
                   scorer)


def _figures_left_behind(bead: Bead, scorer: PairScorer, side: str) -> set[int]:
    """The one member of a merge that brings two or more figures (or months) of which the other side gives
    none, while every sibling shares one with it: a sentence dropped with its figures ("analysts raised
    the target from 8 to 9 euros") beside the one translated. Its vector margin may still look carried,
    as a short sentence barely moves the merge's mean vector."""
    units = (scorer.o, scorer.d) if side == "original" else (scorer.d, scorer.o)
    mine, theirs_units = units[0].nums[1], units[1].nums[1]
    own, other = (bead.original, bead.draft) if side == "original" else (bead.draft, bead.original)
    theirs = frozenset().union(*(theirs_units[x] for x in other))
    lone = [k for k, x in enumerate(own) if len(mine[x]) >= 2 and not mine[x] & theirs]
    sharing = [k for k, x in enumerate(own) if mine[x] & theirs]
    return set(lone) if len(lone) == 1 and len(sharing) == len(own) - 1 else set()


def _figures_only_here(bead: Bead, scorer: PairScorer, side: str) -> set[int]:
    """The members of a merge that alone give a figure of the other side: "She was 91." split off "... died
    on Saturday, aged 91" is carried however short it is (its vector barely moves the merge's mean)."""
    mine, theirs_units = (scorer.o.nums[1], scorer.d.nums[1]) if side == "original" else (scorer.d.nums[1],
                                                                                           scorer.o.nums[1])
    own, other = (bead.original, bead.draft) if side == "original" else (bead.draft, bead.original)
    theirs = frozenset().union(*(theirs_units[x] for x in other))
    return {k for k, x in enumerate(own)
            if mine[x] & theirs - frozenset().union(*(mine[y] for y in own if y != x))}


def _rows(ovecs, dvecs, oanch, danch) -> list[tuple[int, int]]:
    """Each DP row's band of columns: the whole row for a small table, else around a coarse path."""
    n, m = len(ovecs), len(dvecs)
    if (n + 1) * (m + 1) <= FULL_CELLS:
        return [(0, m)] * (n + 1)
    ob, db = _blocks(ovecs, oanch), _blocks(dvecs, danch)
    lo, hi = [m] * (n + 1), [0] * (n + 1)
    i, j = 0, 0  # the corner where the coarse bead starts, in sentences
    for bead in align(ob[0], db[0], ob[1], db[1], threshold=COARSE_THRESHOLD):
        i2 = min((bead.original[-1] + 1) * COARSE, n) if bead.original else i
        j2 = min((bead.draft[-1] + 1) * COARSE, m) if bead.draft else j
        for r in range(i, i2 + 1):  # the bead's rectangle, widened by the band
            lo[r], hi[r] = min(lo[r], max(j - BAND, 0)), max(hi[r], min(j2 + BAND, m))
        i, j = i2, j2
    return list(zip(lo, hi))


def _blocks(vecs: np.ndarray, anch: list[Anchors]) -> tuple[np.ndarray, list[Anchors]]:
    """Mean vectors of blocks of ``COARSE`` consecutive sentences, with their lengths as anchors."""
    out, meta = [], []
    for s in range(0, len(vecs), COARSE):
        v = vecs[s : s + COARSE].sum(axis=0)
        out.append(v / max(float(np.linalg.norm(v)), 1e-9))
        meta.append(Anchors(frozenset(), frozenset(), sum(a.length for a in anch[s : s + COARSE])))
    return np.array(out, dtype=np.float32), meta
