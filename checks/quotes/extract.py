"""Quotations and quoted regions of a draft: what other families (misquote, the engine) read."""

from __future__ import annotations

from bisect import bisect_right

from ..document import Document, Span
from .pairing import Quotation, analyse


def quotations(doc: Document) -> list[Quotation]:
    """Every quotation in the draft, in order of its opening mark."""
    return sorted(analyse(doc).quotations, key=lambda q: q.open)


class Regions(list):
    """Merged, sorted spans, with their starts kept for bisection (one lookup is log n, not n)."""

    def __init__(self, spans=()):
        super().__init__(spans)
        self.starts = [r.start for r in self]


def quoted_regions(doc: Document) -> Regions:
    """Spans of quoted speech (marks included), merged; suggestions there are review-only."""
    spans = sorted(Span(q.start, q.end) for q in analyse(doc).quotations)
    merged: list[Span] = []
    for s in spans:
        if merged and s.start <= merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, s.end))
        else:
            merged.append(s)
    return Regions(merged)


def inside_regions(regions: list[Span], start: int, end: int) -> bool:
    """True when ``[start, end)`` touches the inside of a quoted region."""
    starts = regions.starts if isinstance(regions, Regions) else [r.start for r in regions]
    i = bisect_right(starts, start) - 1
    for r in regions[max(i, 0) : i + 2]:
        if start < r.end and r.start < max(end, start + 1):
            return True
    return False
