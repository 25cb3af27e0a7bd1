"""Quotation-mark checks (category ``quotes``) and the quotation analysis other rules share."""

from __future__ import annotations

from bisect import bisect_right

from .document import Document, Span


def quoted_regions(doc: Document) -> list[Span]:
    return []


def inside_regions(regions: list[Span], start: int, end: int) -> bool:
    """True when ``[start, end)`` touches the inside of a quoted region."""
    i = bisect_right([r.start for r in regions], start) - 1
    for r in regions[max(i, 0) : i + 2]:
        if start < r.end and r.start < max(end, start + 1):
            return True
    return False
