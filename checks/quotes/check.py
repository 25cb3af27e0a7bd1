"""Quotation-mark rules (category ``quotes``): Q001-Q011.

The pairing (``pairing.py``) reads every mark once per document; the pairing rules report what it met,
the style rules (nesting, mixed styles, punctuation placement, guillemets) read its quotations and marks.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..document import Document
from ..registry import RULES, checker, define, english_only
from ..stylesheet import CheckOptions
from . import style
from .pairing import analyse

Q001 = define("Q001", "closing-mark-without-opener", "quotes", "error",
              "A closing quotation mark has no opening mark before it.")
Q002 = define("Q002", "unclosed-quotation", "quotes", "error",
              "An opening quotation mark is never closed.")
Q003 = define("Q003", "mismatched-quotation-marks", "quotes", "error",
              "A quotation opens with one kind of mark and closes with another.")
Q004 = define("Q004", "nesting-order", "quotes", "warning",
              "A quotation inside a quotation uses the same or the outer kind of marks.")
Q005 = define("Q005", "continuation-not-reopened", "quotes", "error",
              "A quotation continued from the previous paragraph is not reopened at the start of this one.")
Q006 = define("Q006", "stray-punctuation-at-close", "quotes", "error",
              "Stray punctuation after a closing quotation mark, inside a running sentence.")
Q007 = define("Q007", "mixed-quote-styles", "quotes", "warning",
              "Straight and curly quotation marks are mixed in one document.")
Q008 = define("Q008", "punctuation-placement", "quotes", "info",
              "A period or comma sits on the wrong side of the closing mark for the house style.")
Q009 = define("Q009", "guillemets", "quotes", "warning",
              "Guillemets (« » ‹ ›) or low marks („…“) left in English copy, where “ ” are expected.")
Q010 = define("Q010", "wrong-apostrophe", "quotes", "warning",
              "An opening single quote (‘) is used as an apostrophe.")
Q011 = define("Q011", "mark-faces-wrong-way", "quotes", "warning",
              "A curly quotation mark faces the wrong way for its position.")
# English typography: nesting order, news-style reopening, punctuation placement, foreign marks, the
# direction of curly marks (Swedish opens with ”, German closes with “). Pairing itself is universal.
english_only(Q004, Q005, Q008, Q009, Q011)

@checker(Q001, Q002, Q003, Q005, Q006, Q010, Q011)
def check_pairing(doc: Document, opts: CheckOptions):
    for p in analyse(doc).problems:
        yield RULES[p.code].finding(p.start, p.end, p.message, p.suggestions)


@checker(Q004)
def check_nesting(doc: Document, opts: CheckOptions):
    """US style (and English news copy) nests ‘…’ inside “…”; UK style the other way round."""
    outer_family = style.outer_family(doc, opts)
    inner_marks = ("‘", "’") if outer_family == "double" else ("“", "”")
    text = doc.text
    quotations = analyse(doc).quotations
    by_open = {q.open: q for q in quotations}
    for q in quotations:
        if q.depth == 0 or q.close is None:
            continue
        # Straight marks give no direction, so "double inside double" is only certain for curly ones.
        if q.family != outer_family or q.outer_family != q.family or text[q.open] in "\"'":
            continue
        outer = by_open.get(q.outer)
        seen = f"{_marks(text, q)} inside {_marks(text, outer)}" if outer else _marks(text, q)
        message = f"Nested quotation uses {seen}; use {inner_marks[0]}…{inner_marks[1]} inside"
        yield Q004.finding(q.open, q.open + 1, message, [(q.open, q.open + 1, inner_marks[0])])
        yield Q004.finding(q.close, q.close + 1, message, [(q.close, q.close + 1, inner_marks[1])])
    # Outer single quotes with double quotes inside, in US style (and the reverse in UK style).
    depth1 = sorted((x.open, k) for k, x in enumerate(quotations) if x.depth == 1 and x.close is not None)
    depth1_opens = [o for o, _ in depth1]
    chosen = style.chosen_style(opts)
    label = f"{chosen.upper()} style" if chosen else (
        "English news style" if outer_family == "double" else "the style this draft uses elsewhere")
    swap = {"‘": "“", "’": "”", "“": "‘", "”": "’", "'": '"', '"': "'"}
    for q in quotations:
        if q.depth != 0 or q.close is None or q.family == outer_family:
            continue
        lo, hi = bisect_right(depth1_opens, q.open), bisect_left(depth1_opens, q.close)
        inner = [quotations[k] for k in sorted(k for _, k in depth1[lo:hi]) if quotations[k].close < q.close]
        if not inner:
            continue
        for x in (q, *inner):
            seen = f"{_marks(text, x)} {'outside' if x is q else 'inside'}"
            for pos in (x.open, x.close):
                ch = text[pos]
                yield Q004.finding(pos, pos + 1, f"Quotation marks nested in the wrong order for {label} ({seen}): "
                                   f"use {swap.get(ch, ch)} here", [(pos, pos + 1, swap.get(ch, ch))])


def _marks(text: str, q) -> str:
    """The marks a quotation uses, as the editor sees them: ``“…”``, ``‹…›``, or ``“…`` when never closed."""
    return text[q.open] + "…" + (text[q.close] if q.close is not None else "")


STRAIGHT_TO_CURLY = {("\"", "open"): "“", ("\"", "close"): "”", ("'", "open"): "‘", ("'", "close"): "’"}
CURLY_TO_STRAIGHT = {"“": '"', "”": '"', "‘": "'", "’": "'"}


@checker(Q007)
def check_mixed_styles(doc: Document, opts: CheckOptions):
    """Flag the minority style of quotation marks and apostrophes, suggesting the dominant one."""
    marks = [(i, ch, role) for i, ch, role in analyse(doc).marks if ch in "\"'“”‘’" and role != "apostrophe"]
    straight = [m for m in marks if m[1] in "\"'"]
    curly = [m for m in marks if m[1] in "“”‘’"]
    if not straight or not curly:
        return
    if len(curly) >= len(straight):
        for i, ch, role in straight:
            repl = STRAIGHT_TO_CURLY.get((ch, role))
            if repl:
                yield Q007.finding(i, i + 1, f"Straight {ch} in a document that uses curly marks; use {repl}",
                                   [(i, i + 1, repl)])
    else:
        for i, ch, role in curly:
            repl = CURLY_TO_STRAIGHT[ch]
            yield Q007.finding(i, i + 1, f"Curly {ch} in a document that uses straight marks; use {repl}",
                               [(i, i + 1, repl)])


@checker(Q008)
def check_punctuation_placement(doc: Document, opts: CheckOptions):
    """Periods and commas at closing marks, only against a house style: the editor's, or the draft's own habit."""
    us, uk = style.us_slips(doc), style.uk_slips(doc)
    chosen = style.chosen_style(opts)
    if chosen == "us" or (chosen is None and style.habit(len(uk), len(us))):
        slips, kept, house, where = us, uk, "US", ("inside", "inside the closing mark")
    elif chosen == "uk" or (chosen is None and style.habit(len(us), len(uk))):
        slips, kept, house, where = uk, us, "UK", ("after", "after the closing mark of a quoted fragment")
    else:
        return
    why = f"{house} style puts" if chosen else (f"This draft puts periods and commas {where[0]} the closing mark "
                                                f"elsewhere ({len(kept)} times): put")
    for c in slips:
        yield Q008.finding(c.start, c.end, f"{why} the {_point(c)} {where[1]}", [(c.start, c.end, c.replacement)])


def _point(c: style.Placement) -> str:
    return "period" if c.point == "." else "comma"


@checker(Q009)
def check_guillemets(doc: Document, opts: CheckOptions):
    """MT from French, Russian or German keeps « », „ “ or » «; English copy uses “ ” (and ‘ ’ inside)."""
    text = doc.text
    for q in analyse(doc).quotations:
        if text[q.open] not in FOREIGN_MARKS:
            continue
        outer = ("“", "”") if q.depth == 0 else ("‘", "’")
        yield Q009.finding(q.open, q.open + 1, f"{_kind(text[q.open])} {text[q.open]} in English copy; use {outer[0]}",
                           [(q.open, q.open + 1, outer[0])])
        if q.close is None:
            continue
        close = text[q.close]
        if close in FOREIGN_MARKS:
            yield Q009.finding(q.close, q.close + 1, f"{_kind(close)} {close} in English copy; use {outer[1]}",
                               [(q.close, q.close + 1, outer[1])])
        elif text[q.open] in "„‚" and close != outer[1]:  # „…“: the German closer has the English opener's shape
            yield Q009.finding(q.close, q.close + 1, f"{close} closes a {text[q.open]}…{close} quotation; English copy "
                               f"uses {outer[1]}", [(q.close, q.close + 1, outer[1])])


FOREIGN_MARKS = "«»‹›„‚"


def _kind(ch: str) -> str:
    return "Guillemet" if ch in "«»‹›" else "Low quotation mark"
