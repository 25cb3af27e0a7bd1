"""Word-level alignment of a quoted segment to a window of source words.

The whole quotation must be aligned, but it may start and end anywhere in the window (a partial
quote lifted from the middle of a sentence). Scores reward matched words, so that
``importance of maintaining communication`` is aligned across the three source words it dropped
(``open lines of``) rather than matching ``communication`` against ``open`` and stopping; skipping
a source word costs less than a wrong word, and a wrong word less than an extra quoted word plus a
skipped source word. Words that differ only in inflection (``miscalculations``) score as near
matches, so they pair up with their source word in the diff.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

MATCH = 2.0
NEAR = 0.5  # same word up to inflection or spelling
MISMATCH = -1.0
QUOTE_ONLY = -1.0  # a quoted word with no counterpart in the source
SOURCE_ONLY = -0.5  # a source word left out of the quotation
NEAR_RATIO = 80.0
CONTENT_SHARE = 0.6  # of a quotation's content words, matched, for it to count as an altered source passage
NEARLY_ALL = 0.8  # ... unless nearly all its words match (a quotation made mostly of function words)

STOPWORDS = frozenset(
    """a an the of to in on at by for with from and or but as is are was were be been being it its this that
    these those we our us you your he his she her they their them i my me not no will would can could should
    shall may might must do does did have has had there here than then so if which who whom what when where""".split()
)


@dataclass(frozen=True)
class Op:
    """One step of the diff: ``tag`` is equal, replace, delete (quote only) or insert (source only)."""

    tag: str
    q1: int
    q2: int
    s1: int
    s2: int


@dataclass(frozen=True)
class Alignment:
    score: float
    s_lo: int  # aligned source span, relative to the window
    s_hi: int
    ops: tuple[Op, ...]
    equal: int  # quoted words matched exactly
    near: int  # quoted words matched up to inflection
    stop: int = -1  # quoted words aligned before an open end's dropped tail (-1: all of them)

    @property
    def exact(self) -> bool:
        return all(op.tag == "equal" for op in self.ops)

    def plausible(self, quote_words: list[str]) -> bool:
        """Close enough to call the quotation an altered version of this source passage."""
        m = len(quote_words) if self.stop < 0 else self.stop
        span = self.s_hi - self.s_lo
        if self.exact:
            return True
        if m <= 2:
            return self.equal >= 1 and self.equal + self.near == m and span <= m + 1
        if self.equal < 2 or (self.equal + 0.5 * self.near) < 0.5 * m or self.equal < 0.35 * span:
            return False
        # Most of the words that carry meaning must be there: sharing "the United States will" with
        # a source sentence does not make "the United States will not back down" a misquote of it.
        content = [i for i in range(m) if quote_words[i] not in STOPWORDS]
        if not content or self.equal >= NEARLY_ALL * m:
            return True
        got = 0.0
        for op in self.ops:
            if op.tag == "equal":
                got += sum(1 for i in range(op.q1, op.q2) if quote_words[i] not in STOPWORDS and i < m)
        got += 0.5 * self.near
        return got >= CONTENT_SHARE * len(content)


def align(quote: list[str], window: list[str], open_end: bool = False) -> Alignment:
    """Best alignment of all of ``quote`` to a contiguous part of ``window`` (normalised words).

    With ``open_end`` (a quotation never closed, running on into the writer's own words) the quote
    may stop matching before its end; the words after are returned as one trailing ``delete``."""
    m, n = len(quote), len(window)
    sims = process.cdist(quote, window, scorer=fuzz.ratio, score_cutoff=NEAR_RATIO)
    neg = float("-inf")
    # H[i][j]: best score with quote[:i] aligned and the source part ending before window[j].
    prev = [0.0] * (n + 1)
    back: list[bytearray] = [bytearray(n + 1)]  # 1 diag, 2 up (quote only), 3 left (source only)
    best_stop = (neg, 0, 0)  # open_end: (score, row, column) of the best place to stop
    for i in range(1, m + 1):
        qi = quote[i - 1]
        row_sim = sims[i - 1]
        cur = [neg] * (n + 1)
        bk = bytearray(n + 1)
        cur[0] = prev[0] + QUOTE_ONLY
        bk[0] = 2
        for j in range(1, n + 1):
            if window[j - 1] == qi:
                sub = MATCH
            elif row_sim[j - 1] >= NEAR_RATIO:
                sub = NEAR
            else:
                sub = MISMATCH
            best, how = prev[j - 1] + sub, 1
            up = prev[j] + QUOTE_ONLY
            if up > best:
                best, how = up, 2
            left = cur[j - 1] + SOURCE_ONLY
            if left > best:
                best, how = left, 3
            cur[j] = best
            bk[j] = how
        prev = cur
        back.append(bk)
        if open_end and 2 * i >= m:
            j_best = max(range(n + 1), key=lambda j: (cur[j], j))
            if cur[j_best] >= best_stop[0]:
                best_stop = (cur[j_best], i, j_best)
    # Among equally good ends, the furthest: a last word replaced, not dropped.
    end = max(range(n + 1), key=lambda j: (prev[j], j))
    score, stop = prev[end], m
    if open_end and best_stop[0] > score:
        score, stop, end = best_stop
    # Trace back into single steps, then group them.
    steps: list[tuple[str, int, int]] = [("delete", k, end) for k in range(m - 1, stop - 1, -1)]
    i, j = stop, end
    while i > 0:
        how = back[i][j]
        if how == 1:
            a, b = quote[i - 1], window[j - 1]
            steps.append(("equal" if a == b else "replace", i - 1, j - 1))
            i, j = i - 1, j - 1
        elif how == 2:
            steps.append(("delete", i - 1, j))
            i -= 1
        else:
            steps.append(("insert", i, j - 1))
            j -= 1
    start = j
    steps.reverse()
    ops: list[Op] = []
    equal = near = 0
    for tag, qi, sj in steps:
        q2 = qi + (tag != "insert")
        s2 = sj + (tag != "delete")
        if tag == "equal":
            equal += 1
        elif tag == "replace" and sims[qi][sj] >= NEAR_RATIO:
            near += 1
        if ops and ops[-1].tag == tag:
            last = ops[-1]
            ops[-1] = Op(tag, last.q1, q2, last.s1, s2)
        else:
            ops.append(Op(tag, qi, q2, sj, s2))
    return Alignment(score, start, end, tuple(_merge_changes(ops)), equal, near, stop if stop < m else -1)


def _merge_changes(ops: list[Op]) -> list[Op]:
    """Adjacent replace/delete/insert steps read better as one replacement."""
    out: list[Op] = []
    for op in ops:
        if out and op.tag != "equal" and out[-1].tag != "equal":
            last = out[-1]
            out[-1] = Op("replace", last.q1, op.q2, last.s1, op.s2)
        else:
            out.append(op)
    return out
