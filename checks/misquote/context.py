"""Short quotations found by the draft's words around them, when one of their own words drifted.

A quotation of two to four words carries too little to be found by its own words once one of them
changed in translation (``“very constructive”`` for the source's ``very productive``): the look-up
by shared word pairs (index.py) has nothing left to go on. The draft's sentence around it usually
still reads as the source's does, so the words just before and just after the quotation are looked
up instead; where the source has them with exactly as many words between, and those words differ
from the quotation's in one word only, that is the quotation's place and the source's word is the
restoration. Five words of context must match, two on each side at least (or five on the one side
a quotation at the edge of its sentence has), so a common phrase around a quotation proves nothing.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .index import SourceIndex
from .text import Word, collapse_space, words_of

MAX_WORDS = 4  # longer quotations are found by their own words (the aligner allows a changed word)
CONTEXT = 6  # draft words looked at on each side
MIN_SIDE = 2  # matched context words needed on each side,
MIN_BOTH = 5  # and on both sides together
MIN_ONE_SIDE = 5  # ... or on the only side there is
REACH = 400  # characters of the paragraph read on each side for context


class Placed(NamedTuple):
    """Global source positions ``[pos, end_pos)`` of the quotation's place, and its one changed word."""

    pos: int
    end_pos: int
    index: int  # which quoted word differs
    replacement: str  # the source's word, cased as the draft's word is at a quotation's start
    shown_draft: str  # the changed word with a quoted word of context, as the editor reads it
    shown_source: str


# Where the sentence around a quotation ends: a line break, or a full stop (after the closing mark
# too) followed by a space.
_SENTENCE_BREAK = re.compile(r"\n|[.!?][”’\"»)]*\s")


def _context(text: str, start: int, end: int, before: bool) -> list[str]:
    """Normalised words of the sentence next to ``[start, end)``: up to CONTEXT, nearest last/first."""
    if before:
        lo = max(0, start - REACH)
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, start)]
        return [w.norm for w in words_of(text, breaks[-1] if breaks else lo, start)][-CONTEXT:]
    if text.startswith((".", "!", "?"), end):
        return []  # the quotation ends its sentence
    hi = min(len(text), end + REACH)
    m = _SENTENCE_BREAK.search(text, end, hi)
    return [w.norm for w in words_of(text, end, m.start() if m else hi)][:CONTEXT]


def _matched(idx: SourceIndex, words: list[str], at: int, step: int) -> int:
    """How many of ``words`` the source has in order from global position ``at`` going ``step``."""
    n = 0
    seq = reversed(words) if step < 0 else iter(words)
    pos = at
    for w in seq:
        if not 0 <= pos < len(idx.words) or idx.words[pos] is None or idx.words[pos].norm != w:
            break
        n += 1
        pos += step
    return n


def _anchors(idx: SourceIndex, left: list[str], right: list[str], n: int) -> set[int]:
    """Source positions where the quotation would start, from the two context words next to it."""
    out: set[int] = set()
    if len(left) >= MIN_SIDE:
        out.update(p + 2 for p in idx.bigrams.get(idx.encode(left[-2:]), ()))
    if len(right) >= MIN_SIDE:
        out.update(p - n for p in idx.bigrams.get(idx.encode(right[:2]), ()))
    return {g for g in out if 0 <= g and g + n <= len(idx.words)}


def place_by_context(idx: SourceIndex, text: str, start: int, end: int, quoted: tuple[Word, ...]) -> Placed | None:
    """The source place of the quotation at ``[start, end)`` of ``text`` (marks included), found by
    its context, when the source's words there differ from ``quoted`` in exactly one word."""
    n = len(quoted)
    if not 2 <= n <= MAX_WORDS:
        return None
    left, right = _context(text, start, end, True), _context(text, start, end, False)
    best: tuple[int, int] | None = None
    for g in _anchors(idx, left, right, n):
        if any(w is None for w in idx.words[g : g + n]) or idx.owner[g] != idx.owner[g + n - 1]:
            continue
        a, b = _matched(idx, left, g - 1, -1), _matched(idx, right, g + n, 1)
        if not ((min(a, b) >= MIN_SIDE and a + b >= MIN_BOTH)
                or (max(a, b) >= MIN_ONE_SIDE and min(len(left), len(right)) == 0)):
            continue
        differ = [j for j in range(n) if idx.words[g + j].norm != quoted[j].norm]
        if len(differ) == 1 and (best is None or a + b > best[1]):
            best = (g, a + b)
    if best is None:
        return None
    return _placed(idx, text, best[0], quoted)


def _placed(idx: SourceIndex, text: str, g: int, quoted: tuple[Word, ...]) -> Placed:
    n = len(quoted)
    j = next(j for j in range(n) if idx.words[g + j].norm != quoted[j].norm)
    src = idx.sources[idx.owner[g]].text
    sw = idx.words[g + j]
    replacement = src[sw.start : sw.end]
    dw = quoted[j]
    if j == 0 and text[dw.start].isupper() and replacement[:1].islower():
        replacement = replacement[0].upper() + replacement[1:]
    lo, hi = max(0, j - 1), min(n, j + 2)
    shown_draft = collapse_space(text[quoted[lo].start : quoted[hi - 1].end])
    shown_source = collapse_space(src[idx.words[g + lo].start : idx.words[g + hi - 1].end])
    if lo == 0 and shown_draft[:1].isupper() and shown_source[:1].islower():
        shown_source = shown_source[0].upper() + shown_source[1:]
    return Placed(g, g + n, j, replacement, shown_draft, shown_source)
