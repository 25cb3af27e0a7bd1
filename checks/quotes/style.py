"""House style for nesting and punctuation placement: the one the editor chose, or the draft's own.

US style nests ‘…’ inside “…” and puts every period and comma inside the closing mark; UK style nests
“…” inside ‘…’ and puts them after the closing mark of a quoted fragment. When the editor has not
chosen (``quote_style`` other than ``us``/``uk``), nothing is imposed: the draft's own habit counts
only where it is consistent, so a translation that follows one style is never told to follow the other
(issue 15: Q008 fired as often on professional human translations as on MT).
"""

from __future__ import annotations

from typing import NamedTuple

from ..document import Document
from ..stylesheet import CheckOptions
from .pairing import Quotation, analyse

CHOSEN = ("us", "uk")
# The draft's habit counts when it shows at least this many times and the other habit at most a third
# as often (one slip in four placements is a slip; two habits in equal measure are no habit).
MIN_HABIT = 3
HABIT_RATIO = 3


def chosen_style(opts: CheckOptions) -> str | None:
    return opts.quote_style if opts.quote_style in CHOSEN else None


class Placement(NamedTuple):
    """A period or comma at a closing mark: ``start``/``end`` of the mark and the point, and the fix."""

    start: int
    end: int
    point: str  # "." or ","
    replacement: str


def us_slips(doc: Document) -> list[Placement]:
    """Periods and commas after a closing double mark (``“avoid conflict”.``): US style puts them inside."""
    text = doc.text
    an = analyse(doc)
    stray = {p.start for p in an.problems if p.code == "Q006"} | {p.start - 1 for p in an.problems if p.code == "Q006"}
    out = []
    for i, q in an.closers:
        if i in stray or q.family != "double" or text[i] not in "”\"":
            continue
        if i > 0 and text[i - 1] in ".?!,;:…":
            continue
        p = text[i + 1]
        out.append(Placement(i, i + 2, p, p + text[i]))
    return out


def uk_slips(doc: Document) -> list[Placement]:
    """Periods and commas inside the closing mark of a quoted fragment (``“fair process,”``): UK puts them after."""
    text = doc.text
    out = []
    for q in analyse(doc).quotations:
        i = q.close
        if i is None or i == 0 or text[i - 1] not in ".," or not first_content_char(q, text).islower():
            continue
        out.append(Placement(i - 1, i + 1, text[i - 1], text[i] + text[i - 1]))
    return out


def habit(ours: int, theirs: int) -> bool:
    """Is a placement seen ``ours`` times, against ``theirs`` times the other way, the draft's habit?"""
    return ours >= MIN_HABIT and ours >= HABIT_RATIO * theirs


def outer_family(doc: Document, opts: CheckOptions) -> str:
    """The family of outermost quotation marks: chosen (US double, UK single), or the draft's habit.

    Without a choice the draft counts as single-outside only when its outermost quotations are mostly
    single (at least two); English news copy nests ‘…’ inside “…”, so that is the default.
    """
    style = chosen_style(opts)
    if style:
        return "single" if style == "uk" else "double"
    counts = {"single": 0, "double": 0}
    for q in analyse(doc).quotations:
        if q.depth == 0 and q.close is not None:
            counts[q.family] += 1
    return "single" if counts["single"] >= 2 and counts["single"] > counts["double"] else "double"


def first_content_char(q: Quotation, text: str) -> str:
    """The first character of a quotation's words (``q.content(text).lstrip()[:1]`` without the copy)."""
    for piece in q.pieces:  # joined by spaces, which lstrip drops as well
        i = piece.start
        while i < piece.end and text[i].isspace():
            i += 1
        if i < piece.end:
            return text[i]
    return ""
