"""Quotation-mark rules (category ``quotes``): Q001-Q011.

The pairing (``pairing.py``) reads every mark once per document; the pairing rules report what it met,
the style rules (nesting, mixed styles, punctuation placement, guillemets) read its quotations and marks.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..document import Document
from ..registry import RULES, checker, define
from ..stylesheet import CheckOptions
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
              "Guillemets (« » ‹ ›) left in English copy, where quotation marks are expected.")
Q010 = define("Q010", "wrong-apostrophe", "quotes", "warning",
              "An opening single quote (‘) is used as an apostrophe.")
Q011 = define("Q011", "mark-faces-wrong-way", "quotes", "warning",
              "A curly quotation mark faces the wrong way for its position.")

@checker(Q001, Q002, Q003, Q005, Q006, Q010, Q011)
def check_pairing(doc: Document, opts: CheckOptions):
    for p in analyse(doc).problems:
        yield RULES[p.code].finding(p.start, p.end, p.message, p.suggestions)


@checker(Q004)
def check_nesting(doc: Document, opts: CheckOptions):
    """US style nests ‘…’ inside “…”; UK style the other way round."""
    outer_family = "single" if opts.quote_style == "uk" else "double"
    inner_marks = ("‘", "’") if outer_family == "double" else ("“", "”")
    text = doc.text
    for q in analyse(doc).quotations:
        if q.depth == 0 or q.close is None:
            continue
        # Straight marks give no direction, so "double inside double" is only certain for curly ones.
        if q.family == outer_family and q.outer_family == q.family and text[q.open] not in "\"'":
            what = "double marks inside double marks" if q.family == "double" else "single marks inside single marks"
        else:
            continue
        yield Q004.finding(q.open, q.open + 1, f"Nested quotation uses {what}; use {inner_marks[0]}…{inner_marks[1]}",
                           [(q.open, q.open + 1, inner_marks[0])])
        yield Q004.finding(q.close, q.close + 1, f"Nested quotation uses {what}; use {inner_marks[0]}…{inner_marks[1]}",
                           [(q.close, q.close + 1, inner_marks[1])])
    # Outer single quotes with double quotes inside, in US style (and the reverse in UK style).
    quotations = analyse(doc).quotations
    depth1 = sorted((x.open, k) for k, x in enumerate(quotations) if x.depth == 1 and x.close is not None)
    depth1_opens = [o for o, _ in depth1]
    for q in quotations:
        if q.depth != 0 or q.close is None or q.family == outer_family:
            continue
        lo, hi = bisect_right(depth1_opens, q.open), bisect_left(depth1_opens, q.close)
        inner = [quotations[k] for k in sorted(k for _, k in depth1[lo:hi]) if quotations[k].close < q.close]
        if not inner:
            continue
        swap = {"‘": "“", "’": "”", "“": "‘", "”": "’", "'": '"', '"': "'"}
        for x in (q, *inner):
            for pos in (x.open, x.close):
                ch = text[pos]
                yield Q004.finding(pos, pos + 1, f"Quotation marks nested in the wrong order for "
                                   f"{opts.quote_style.upper()} style: use {swap.get(ch, ch)} here",
                                   [(pos, pos + 1, swap.get(ch, ch))])


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
    """US style puts periods and commas inside the closing mark; UK style puts them outside fragments."""
    text = doc.text
    an = analyse(doc)
    stray = {p.start for p in an.problems if p.code == "Q006"} | {p.start - 1 for p in an.problems if p.code == "Q006"}
    if opts.quote_style == "us":
        for i, q in an.closers:
            if i in stray or q.family != "double" or text[i] not in "”\"":
                continue
            p = text[i + 1]
            inner = text[i - 1] if i > 0 else ""
            if inner in ".?!,;:…":
                continue
            yield Q008.finding(i, i + 2, f"US style puts the {'period' if p == '.' else 'comma'} inside the "
                               "closing mark", [(i, i + 2, p + text[i])])
    else:
        for q in an.quotations:
            if q.close is None:
                continue
            i = q.close
            p = text[i - 1] if i > 0 else ""
            if p not in ".," or not _first_content_char(q, text).islower():
                continue
            yield Q008.finding(i - 1, i + 1, f"UK style puts the {'period' if p == '.' else 'comma'} after the "
                               "closing mark of a quoted fragment", [(i - 1, i + 1, text[i] + p)])


def _first_content_char(q, text: str) -> str:
    """The first character of a quotation's words (``q.content(text).lstrip()[:1]`` without the copy)."""
    for piece in q.pieces:  # joined by spaces, which lstrip drops as well
        i = piece.start
        while i < piece.end and text[i].isspace():
            i += 1
        if i < piece.end:
            return text[i]
    return ""


@checker(Q009)
def check_guillemets(doc: Document, opts: CheckOptions):
    """MT from French, Russian or German keeps « »; English copy uses “ ” (and ‘ ’ inside)."""
    text = doc.text
    for q in analyse(doc).quotations:
        if text[q.open] not in "«»‹›":
            continue
        outer = ("“", "”") if q.depth == 0 else ("‘", "’")
        yield Q009.finding(q.open, q.open + 1, f"Guillemet {text[q.open]} in English copy; use {outer[0]}",
                           [(q.open, q.open + 1, outer[0])])
        if q.close is not None and text[q.close] in "«»‹›":
            yield Q009.finding(q.close, q.close + 1, f"Guillemet {text[q.close]} in English copy; use {outer[1]}",
                               [(q.close, q.close + 1, outer[1])])
