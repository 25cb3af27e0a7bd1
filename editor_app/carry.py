"""Carry the editor's decisions over to a re-check of the same draft.

Why: an editor who fixes a line by hand in the Draft box, adds the original or changes the style sheet
and presses Check again must not lose the decisions already taken (each Check starts a new review).
A decision moves to the new check's finding of the same rule on the same words, offering the same
edit. The old text is mapped onto the new one line by line (difflib over lines: cheap on a long draft),
and only what lies wholly in lines the editor left alone is carried: a line changed by hand is checked
afresh. A different article (under half of either text in common) carries nothing.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from difflib import SequenceMatcher

from checks.findings import Finding

from .review import ACCEPTED, REJECTED, REWRITTEN, Decision, Review

SAME_DRAFT_SHARE = 0.5  # of each text in unchanged lines, for two texts to count as one draft


class OffsetMap:
    """Where a stretch of an old text is in a new one, for stretches inside lines both share."""

    def __init__(self, old: str, new: str):
        self.blocks: list[tuple[int, int, int]] = []  # (old start, old end, new start), by old start
        if old == new:
            self.blocks = [(0, len(old), 0)]
            self.shared = len(old)
            return
        a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
        ca, cb = _cumulative(a), _cumulative(b)
        for i, j, n in SequenceMatcher(None, a, b).get_matching_blocks():
            if n:
                self.blocks.append((ca[i], ca[i + n], cb[j]))
        self.shared = sum(hi - lo for lo, hi, _ in self.blocks)
        self._starts = [lo for lo, _, _ in self.blocks]

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """``[start, end)`` of the old text in the new one; None when it touches a changed line."""
        if len(self.blocks) == 1:
            lo, hi, to = self.blocks[0]
            return (start - lo + to, end - lo + to) if lo <= start <= end <= hi else None
        k = bisect.bisect_right(self._starts, start) - 1
        # An empty span at a block's end may sit at the next block's start: either block places it.
        for lo, hi, to in self.blocks[max(k, 0):k + 2]:
            if lo <= start <= end <= hi:
                return start - lo + to, end - lo + to
        return None


def _cumulative(lines: list[str]) -> list[int]:
    out = [0]
    for line in lines:
        out.append(out[-1] + len(line))
    return out


@dataclass(frozen=True)
class Carried:
    """What a re-check kept: decisions carried, and decisions that could not be (their words changed)."""

    kept: int
    lost: int


def same_draft(old: str, new: str, m: OffsetMap) -> bool:
    return bool(old.strip()) and m.shared >= SAME_DRAFT_SHARE * max(len(old), len(new))


def carry_decisions(old: Review, new: Review) -> Carried:
    """Take ``old``'s decisions into ``new`` wherever the same finding, offering the same edit, is there."""
    if not old.decisions:
        return Carried(0, 0)
    text_map = OffsetMap(old.text, new.text)
    if not same_draft(old.text, new.text, text_map):
        return Carried(0, 0)
    orig_map = OffsetMap(old.original or "", new.original or "") if old.original and new.original else None
    by_place: dict[tuple, list[Finding]] = {}
    for f in new.findings:
        by_place.setdefault((f.rule, f.start, f.end), []).append(f)
    taken: list[tuple[str, Decision]] = []
    for fid, d in old.decisions.items():
        moved = _moved(old, old.finding(fid), d, new, text_map, orig_map, by_place)
        if moved is not None:
            taken.append(moved)
    kept = new.adopt(taken)
    return Carried(kept, len(old.decisions) - kept)


def _moved(old: Review, f: Finding, d: Decision, new: Review, text_map: OffsetMap, orig_map: OffsetMap | None,
           by_place: dict) -> tuple[str, Decision] | None:
    """The new finding's id and the decision ``d`` on old finding ``f`` becomes there (None: not carried)."""
    span = text_map.span(f.start, f.end)
    if span is None:
        return None
    want_original = None
    if f.original is not None:
        want_original = orig_map.span(*f.original) if orig_map is not None else None
        if want_original is None:
            return None
    for g in by_place.get((f.rule, *span), ()):
        if g.original != want_original:
            continue
        if d.status == REJECTED:
            return g.id, d
        if d.status == ACCEPTED:
            choice = _same_suggestion(old, f, d.choice, g, text_map)
            return (g.id, Decision(ACCEPTED, choice)) if choice is not None else None
        if d.status == REWRITTEN:
            choice = _same_rewrite_span(old, f, d.choice, new, g, text_map)
            return (g.id, Decision(REWRITTEN, choice, d.text)) if choice is not None else None
    return None


def _same_suggestion(old: Review, f: Finding, choice: int, g: Finding, text_map: OffsetMap) -> int | None:
    s = f.suggestions[choice]
    span = text_map.span(s.start, s.end)
    if span is None:
        return None
    for i, t in enumerate(g.suggestions):
        if (t.start, t.end, t.replacement) == (*span, s.replacement):
            return i
    return None


def _same_rewrite_span(old: Review, f: Finding, choice: int, new: Review, g: Finding,
                       text_map: OffsetMap) -> int | None:
    span = text_map.span(*old.rewrite_span(f.id, choice))
    if span is None:
        return None
    for i in range(max(1, len(g.suggestions))):
        if new.rewrite_span(g.id, i) == span:
            return i
    return None
