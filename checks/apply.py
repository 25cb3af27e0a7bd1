"""Applying accepted suggestions to the text.

Edits are resolved one way, always: sorted by (start, end, input order), each edit is kept unless
it overlaps one already kept, in which case it is reported as a conflict. Text outside the kept
edits' spans is copied unchanged, character for character.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from .findings import Suggestion


@dataclass(frozen=True)
class ApplyResult:
    text: str
    applied: tuple[Suggestion, ...]
    conflicts: tuple[Suggestion, ...]


def overlaps(a: Suggestion, b: Suggestion) -> bool:
    """True when two edits cannot both be applied unambiguously.

    Ranges that share characters overlap; two insertions at one point overlap; an insertion
    strictly inside another edit's range overlaps it. Edits that merely touch do not.
    """
    if a.start == a.end and b.start == b.end:
        return a.start == b.start
    if a.start == a.end:
        return b.start < a.start < b.end
    if b.start == b.end:
        return a.start < b.start < a.end
    return a.start < b.end and b.start < a.end


def resolve(edits: Sequence[Suggestion]) -> tuple[list[Suggestion], list[Suggestion]]:
    """Split edits into the ones to apply (sorted, non-overlapping) and the conflicting rest."""
    order = sorted(range(len(edits)), key=lambda i: (edits[i].start, edits[i].end, i))
    kept: list[Suggestion] = []
    conflicts: list[Suggestion] = []
    frontier = -1  # end of the kept replacements so far (kept edits never overlap each other)
    last_insert = -1  # offset of the last kept insertion
    for i in order:
        e = edits[i]
        if frontier > e.start or (e.start == e.end and last_insert == e.start):
            conflicts.append(e)
            continue
        kept.append(e)
        if e.start == e.end:
            last_insert = e.start
        else:
            frontier = e.end
    return kept, conflicts


def apply_edits(text: str, edits: Iterable[Suggestion]) -> ApplyResult:
    """Apply edits to ``text``; see the module docstring for how overlaps are resolved."""
    edits = list(edits)
    for e in edits:
        if not (0 <= e.start <= e.end <= len(text)):
            raise ValueError(f"edit {e.start}-{e.end} lies outside the text (length {len(text)})")
    kept, conflicts = resolve(edits)
    parts: list[str] = []
    pos = 0
    for e in kept:
        parts.append(text[pos : e.start])
        parts.append(e.replacement)
        pos = e.end
    parts.append(text[pos:])
    return ApplyResult("".join(parts), tuple(kept), tuple(conflicts))
