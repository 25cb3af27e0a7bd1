"""Word-level diff of two short texts, for the side-by-side suggestion cards."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_TOKEN_RE = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


def tokens(text: str) -> list[tuple[int, int]]:
    """Word, whitespace-run and punctuation spans of ``text`` (together they cover all of it)."""
    return [m.span() for m in _TOKEN_RE.finditer(text)]


def changed_ranges(before: str, after: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Character ranges of ``before`` that were removed and of ``after`` that were added, word by word."""
    ta, tb = tokens(before), tokens(after)
    wa = [before[s:e] for s, e in ta]
    wb = [after[s:e] for s, e in tb]
    removed, added = [], []
    for op, a0, a1, b0, b1 in SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        if a1 > a0:
            removed.append((ta[a0][0], ta[a1 - 1][1]))
        if b1 > b0:
            added.append((tb[b0][0], tb[b1 - 1][1]))
    return removed, added
