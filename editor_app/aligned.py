"""The draft beside its original, for the review: aligned span pairs, lookups and omission inserts.

A check with an original (``CheckOptions.original``) gives the library's alignment
(``Report.alignment.pairs()``: original span | None, draft span | None, in order). A review keeps
those pairs as plain offsets, so a saved review shows the same original sentences after a reload
without loading the sentence model again. Everything here is pure: no Streamlit, no engine.

An omission (A001 with an empty span) is translated in by the editor: :func:`insertion` places the
typed words where the missing sentence belongs, as a new paragraph when the original started one.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from checks.findings import Finding

Range = tuple[int, int]
Pair = tuple[Range | None, Range | None]  # (original span, draft span); None on the side with no sentence

OMISSION_RULE = "A001"
REVIEW_ONLY_RULES = ("A006", "A007")  # polarity and meaning drift: never a one-click fix


def pairs_of(alignment) -> list[Pair]:
    """Plain ``((ostart, oend) | None, (dstart, dend) | None)`` pairs of a ``checks.accuracy.Alignment``."""
    if alignment is None:
        return []
    out: list[Pair] = []
    for o, d in alignment.pairs():
        out.append((None if o is None else (int(o[0]), int(o[1])), None if d is None else (int(d[0]), int(d[1]))))
    return out


def pairs_to_json(pairs: list[Pair]) -> list[list]:
    return [[o[0] if o else None, o[1] if o else None, d[0] if d else None, d[1] if d else None] for o, d in pairs]


def pairs_from_json(raw, original_len: int, text_len: int) -> list[Pair] | None:
    """Pairs of a saved review; None when any is damaged (they are dropped whole, like an undo history)."""
    try:
        out: list[Pair] = []
        for row in raw:
            os_, oe, ds, de = row
            o = _span(os_, oe, original_len)
            d = _span(ds, de, text_len)
            if o is False or d is False or (o is None and d is None):
                return None
            out.append((o, d))
        return out
    except (TypeError, ValueError):
        return None


def _span(start, end, n: int):
    if start is None and end is None:
        return None
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end)) or not 0 <= start <= end <= n:
        return False
    return (start, end)


def is_omission(f: Finding) -> bool:
    """An original sentence missing from the draft: the card offers a box to translate it in."""
    return f.rule == OMISSION_RULE and f.start == f.end and f.original is not None and f.original[1] > f.original[0]


@dataclass(frozen=True)
class OriginalView:
    """What a card shows above the draft sentence: a stretch of the original, the part to mark, a note."""

    start: int = 0
    end: int = 0
    marks: tuple[Range, ...] = ()
    note: str = ""  # said instead of (or about) the original stretch


class AlignedIndex:
    """Which pair holds a draft or an original offset (bisect over the pairs' starts)."""

    def __init__(self, pairs: list[Pair]):
        self.pairs = pairs
        self._by_draft = [(d[0], d[1], i) for i, (_, d) in enumerate(pairs) if d is not None]
        self._by_orig = [(o[0], o[1], i) for i, (o, _) in enumerate(pairs) if o is not None]
        self._dstarts = [s for s, _, _ in self._by_draft]
        self._ostarts = [s for s, _, _ in self._by_orig]

    @staticmethod
    def _find(starts, rows, offset: int) -> int | None:
        k = bisect_right(starts, offset) - 1
        if k >= 0 and rows[k][0] <= offset < rows[k][1]:
            return rows[k][2]
        return None

    def pair_of_draft(self, offset: int) -> int | None:
        return self._find(self._dstarts, self._by_draft, offset)

    def pair_of_original(self, offset: int) -> int | None:
        return self._find(self._ostarts, self._by_orig, offset)

    def view(self, f: Finding) -> OriginalView | None:
        """The original a card of ``f`` shows (None: the review has no alignment)."""
        if not self.pairs:
            return None
        if f.original is not None:  # an accuracy finding names the original it was compared with
            os_, oe = f.original
            if oe <= os_:
                return OriginalView(note="No sentence of the original corresponds to this one.")
            if is_omission(f):
                return OriginalView(os_, oe, note="Missing from the draft.")
            i = self.pair_of_original(os_)
            lo, hi = self.pairs[i][0] if i is not None else (os_, oe)
            lo, hi = min(lo, os_), max(hi, oe)
            return OriginalView(lo, hi, marks=((os_, oe),) if (os_, oe) != (lo, hi) else ())
        i = self.pair_of_draft(f.start)
        if i is None and f.end > f.start:
            i = self.pair_of_draft(f.end - 1)
        o = self.pairs[i][0] if i is not None else None
        if o is None:
            return OriginalView(note="No sentence of the original is aligned with this part of the draft.")
        return OriginalView(o[0], o[1])


def line_ending(text: str) -> str:
    if "\r\n" in text:
        return "\r\n"
    return "\r" if "\r" in text and "\n" not in text else "\n"


def insertion(text: str, original: str, at: int, ospan: Range, typed: str) -> str:
    """The replacement for the empty span at ``at`` that puts ``typed`` where the missing sentence goes.

    A sentence that began a paragraph of the original becomes a paragraph of the draft (separated as
    the draft separates its paragraphs); otherwise it joins the sentence before it with a space.
    """
    nl = line_ending(text)
    words = typed.strip()
    if "\n" in words or "\r" in words:  # the editor's own line breaks, in the draft's line endings
        words = nl.join(" ".join(line.split()) for line in words.splitlines())
    else:
        words = " ".join(words.split())
    if not words:
        raise ValueError("type the translation of the missing sentence first")
    para = nl * 2 if nl * 2 in text else nl
    starts_paragraph = not original[: ospan[0]].strip() or original[: ospan[0]].rstrip(" \t\u3000").endswith(("\n", "\r"))
    ends_paragraph = not original[ospan[1]:].strip() or original[ospan[1]:].lstrip(" \t\u3000").startswith(("\n", "\r"))
    before, after = text[:at], text[at:]
    if not before.strip() or before.endswith(("\n", "\r")):  # a paragraph's start: the words, then a break
        return words + (para if ends_paragraph else " ") if after.strip() else words
    if before[-1].isspace():  # after a space: before the next word
        return words + (" " if after[:1] and not after[:1].isspace() else "")
    return (para if starts_paragraph else " ") + words
