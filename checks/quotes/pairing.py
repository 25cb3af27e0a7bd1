"""The pairing machine: one pass over the marks of each paragraph, pairing openers with closers.

An open quotation is carried into the next paragraph when news style reopens it there. Every problem
met on the way is recorded as a :class:`Problem` under its rule code; ``check.py`` turns them into
findings, so the analysis itself is shared by the rules and by other families without knowing them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple, Sequence

from ..document import Document, Span
from .marks import (
    ACCEPTED_CLOSERS,
    ATTRIBUTION_AFTER_RE,
    MARK_CHARS,
    MARK_RE,
    OPENING_CONTEXT,
    SINGLE_MARKS,
    attribution_points,
    classify_mark,
    closer_for,
    last_closer_ahead,
    mark_family,
)

_STRAY_AFTER_RE = re.compile(r"([.;])\s+([a-z])")
_SINGLE_CLOSER_RE = re.compile(r"[\w.,!?…]([’'])(?=[\s.,;:!?]|$)")
_WORD_RE = re.compile(r"\S+")


class Problem(NamedTuple):
    """A problem the pairing met: the rule code, the span, the message and the suggested edits."""

    code: str
    start: int
    end: int
    message: str
    suggestions: Sequence[tuple[int, int, str]]


@dataclass(frozen=True)
class Quotation:
    """A quotation in the draft: its marks and its content, possibly over several paragraphs."""

    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark; None when never closed
    pieces: tuple[Span, ...]  # content without the marks, one span per paragraph it runs through
    depth: int  # 0 = outermost, 1 = nested inside another quotation, ...
    family: str = "double"  # "double" or "single"
    outer_family: str | None = None  # family of the quotation this one is nested in

    @property
    def start(self) -> int:
        return self.open

    @property
    def end(self) -> int:
        return (self.close + 1) if self.close is not None else self.pieces[-1].end

    def content(self, text: str) -> str:
        return " ".join(text[p.start : p.end] for p in self.pieces)


@dataclass
class _Open:
    pos: int
    char: str
    family: str
    depth: int
    piece_start: int
    outer_family: str | None = None
    pieces: list[Span] = field(default_factory=list)


class _ParagraphFacts:
    """What the pairing may ask about one paragraph more than once, found once (so pairing stays linear).

    Each answer is a single pass over the paragraph, computed on first use: a paragraph of 200,000 marks
    costs one pass per question, not one per mark.
    """

    def __init__(self, text: str, para: Span):
        self.text, self.lo, self.hi = text, para.start, para.end
        self._attribution_after: dict[int, bool] = {}

    def role(self, i: int, single_pending: bool, double_pending: bool) -> str:
        return classify_mark(self.text, i, self.lo, self.hi, single_pending, double_pending, self.closer_ahead)

    @cached_property
    def closer_ahead(self) -> int:
        return last_closer_ahead(self.text, self.lo, self.hi)

    @cached_property
    def last_single_closer(self) -> int:
        """Offset of the last single mark that could stand in for a double closer (``win,’ he said``), or -1."""
        last = -1
        for m in _SINGLE_CLOSER_RE.finditer(self.text, self.lo, self.hi):
            last = m.start(1)
        return last

    def single_closer_ends_quote(self, j: int) -> bool:
        """Only a full stop or a speech attribution follows the single closer at ``j`` to the paragraph's end."""
        if j not in self._attribution_after:
            after = self.text[j + 1 : self.hi]
            self._attribution_after[j] = after.strip() in ("", ".") or bool(ATTRIBUTION_AFTER_RE.match(after))
        return self._attribution_after[j]

    @cached_property
    def attribution_points(self) -> list[int]:
        return attribution_points(self.text, self.lo, self.hi)

    @cached_property
    def decisive(self) -> tuple[list[int], list[bool]]:
        """Marks that open a quotation or close a double one, read without context: offsets, and is-opener."""
        pos, opens = [], []
        for m in MARK_RE.finditer(self.text, self.lo, self.hi):
            role = self.role(m.start(), False, False)
            if role in ("open", "open-wrong") or (role == "close" and mark_family(m.group()) == "double"):
                pos.append(m.start())
                opens.append(role != "close")
        return pos, opens


@dataclass
class QuoteAnalysis:
    quotations: list[Quotation] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # (offset, char, role) of every mark acting as a quotation mark or apostrophe, for style checks.
    marks: list[tuple[int, str, str]] = field(default_factory=list)
    # Closers followed by "." or "," (candidates for the placement rule), with their quotation.
    closers: list[tuple[int, Quotation]] = field(default_factory=list)


class _Pairer:
    """Pairs marks paragraph by paragraph; see the module docstring."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.out = QuoteAnalysis()
        self.stack: list[_Open] = []
        self.open_count = {"single": 0, "double": 0}  # quotations of each family on the stack
        self.facts = _ParagraphFacts(doc.text, Span(0, 0))
        self._explained_orphans: set[int] = set()  # closers a Q006 already explains
        self._reopen_pos = -1  # the mark that reopens a quotation continued from the previous paragraph

    def emit(self, p: Problem) -> None:
        self.out.problems.append(p)

    def run(self) -> QuoteAnalysis:
        paras = self.doc.paragraphs
        for k, para in enumerate(paras):
            self.paragraph(para)
            if self.stack:
                nxt = paras[k + 1] if k + 1 < len(paras) else None
                self.carry_or_report(para, nxt)
        return self.out

    def finish_quotation(self, op: _Open, close: int | None, end: int) -> Quotation:
        op.pieces.append(Span(op.piece_start, end))
        q = Quotation(op.pos, close, tuple(op.pieces), op.depth, op.family, op.outer_family)
        self.out.quotations.append(q)
        return q

    def push(self, op: _Open) -> None:
        self.stack.append(op)
        self.open_count[op.family] += 1

    def pop(self) -> _Open:
        op = self.stack.pop()
        self.open_count[op.family] -= 1
        return op

    def paragraph(self, para: Span) -> None:
        text, lo, hi = self.text, para.start, para.end
        self.facts = facts = _ParagraphFacts(text, para)
        for m in MARK_RE.finditer(text, lo, hi):
            i = m.start()
            if i == self._reopen_pos:
                continue
            ch = text[i]
            role = facts.role(i, bool(self.stack) and self.stack[-1].family == "single", self.open_count["double"] > 0)
            if role in ("apostrophe", "prime"):
                if role == "apostrophe":
                    self.out.marks.append((i, ch, "apostrophe"))
                    # Inside a word (Qin‘s) or opening one (‘til, ‘90s: a word processor's autocorrect).
                    if ch == "‘" and i + 1 < hi and text[i + 1].isalnum() and (
                        i == lo or text[i - 1].isalnum() or text[i - 1] in OPENING_CONTEXT
                    ):
                        self.emit(Problem("Q010", i, i + 1, "‘ used as an apostrophe; use ’", [(i, i + 1, "’")]))
                continue
            if role == "stray":
                if ch not in SINGLE_MARKS:
                    self.emit(Problem("Q001", i, i + 1, "Stray quotation mark with no word beside it",
                                           [(i - 1 if i > lo and text[i - 1] == " " else i, i + 1, "")]))
                continue
            self.out.marks.append((i, ch, role))
            if role in ("open", "open-wrong"):
                if role == "open-wrong":
                    self.emit(Problem("Q011", i, i + 1, f"{ch} opens a quotation here; use “", [(i, i + 1, "“")]))
                self.open_mark(i, ch if role == "open" else "“")
            else:
                if role == "close-wrong":
                    self.emit(Problem("Q011", i, i + 1, f"{ch} closes a quotation here; use ”", [(i, i + 1, "”")]))
                self.close_mark(i, ch if role == "close" else "”", para)

    def open_mark(self, i: int, ch: str) -> None:
        outer = self.stack[-1].family if self.stack else None
        self.push(_Open(i, ch, mark_family(ch), len(self.stack), i + 1, outer))

    def close_mark(self, i: int, ch: str, para: Span) -> None:
        family = mark_family(ch)
        # Find the innermost open quotation of this family (everything above it is popped below: linear).
        idx = None
        if self.open_count[family]:
            idx = next(j for j in range(len(self.stack) - 1, -1, -1) if self.stack[j].family == family)
        if idx is None:
            if self.stack and family == "double" and self.stack[-1].family == "single":
                # ‘…” : a single opener closed by a double mark.
                op = self.pop()
                want = {"‘": "“", "'": '"', "‚": "„"}.get(op.char, "“")
                self.emit(Problem("Q003", op.pos, op.pos + 1,
                                       f"Quotation opens with {op.char} but closes with {ch}; use {want} to open it",
                                       [(op.pos, op.pos + 1, want)]))
                self.record_close(self.finish_quotation(op, i, i), i)
                return
            if family == "double":
                self.orphan_closer(i, ch, para)
            return
        # Openers above it (of the other family) were never closed.
        while len(self.stack) - 1 > idx:
            inner = self.pop()
            self.emit(Problem("Q002", inner.pos, inner.pos + 1,
                                   f"Opening {inner.char} is never closed inside the outer quotation",
                                   [(i, i, closer_for(inner.char)), (inner.pos, inner.pos + 1, "")]))
            self.finish_quotation(inner, None, i)
        op = self.pop()
        if ch not in ACCEPTED_CLOSERS.get(op.char, set()):
            want = closer_for(op.char)
            self.emit(Problem("Q003", i, i + 1, f"Quotation opens with {op.char} but closes with {ch}; use {want}",
                                   [(i, i + 1, want)]))
        q = self.finish_quotation(op, i, i)
        self.record_close(q, i)
        self.check_stray_after(q, i, para)

    def record_close(self, q: Quotation, i: int) -> None:
        nxt = self.text[i + 1 : i + 2]
        if nxt in (".", ","):
            self.out.closers.append((i, q))

    def check_stray_after(self, q: Quotation, i: int, para: Span) -> None:
        """``coexistence”. and win-win``: a period after the closer, then the sentence runs on."""
        text = self.text
        m = _STRAY_AFTER_RE.match(text, i + 1, para.end)
        if not m or q.family != "double":
            return
        # Does a closer with no opener follow before any new opener? Then the quote runs on to it.
        rest_start = m.end() - 1
        positions, opens = self.facts.decisive
        k = bisect_left(positions, rest_start)
        run_on = positions[k] if k < len(positions) and not opens[k] else None
        if run_on is not None:
            self._explained_orphans.add(run_on)
            self.emit(Problem("Q006", i, i + 2,
                                   f"Stray {text[i]}{m.group(1)} cuts the quotation short; it runs on to the closing mark "
                                   "later in the sentence",
                                   [(i, i + 2, ""), (i + 1, i + 2, "")]))
        else:
            self.emit(Problem("Q006", i + 1, i + 2, f"Stray {m.group(1)} after the closing mark in a running sentence",
                                   [(i + 1, i + 2, "")]))

    def orphan_closer(self, i: int, ch: str, para: Span) -> None:
        if i in self._explained_orphans:
            return
        opener = {"”": "“", '"': '"', "»": "«", "›": "‹", "“": "„"}.get(ch, "“")
        sent = self.doc.sentence_at(i) or para
        # Insert the opener at the start of the sentence (after any leading dash), or delete the closer.
        start = sent.start if sent.start >= para.start else para.start
        self.emit(Problem("Q001", i, i + 1, f"Closing {ch} has no opening mark before it",
                               [(start, start, opener), (i, i + 1, "")]))

    def carry_or_report(self, para: Span, nxt: Span | None) -> None:
        """An open quotation at the end of a paragraph: continued, not reopened, or unclosed."""
        text = self.text
        # Only the outermost quotation runs across paragraphs; inner ones still open are unclosed.
        op, inner = self.stack[0], self.stack[1:]
        for o in reversed(inner):
            self.report_unclosed(o, para)
        self.stack = [op]
        self.open_count = {"single": 0, "double": 0}
        self.open_count[op.family] = 1
        if nxt is not None:
            first = text[nxt.start]
            if mark_family(first) == op.family and first in MARK_CHARS and classify_mark(
                text, nxt.start, nxt.start, nxt.end, False, False
            ) in ("open", "open-wrong"):
                # News style: the quotation continues and is reopened.
                op.pieces.append(Span(op.piece_start, para.end))
                op.piece_start = nxt.start + 1
                self._reopen_pos = nxt.start
                return
            if op.family == "double" and self.has_orphan_closer(nxt):
                op.pieces.append(Span(op.piece_start, para.end))
                op.piece_start = nxt.start
                word = _WORD_RE.match(text, nxt.start, nxt.end)
                self.emit(Problem("Q005", nxt.start, nxt.start + len(word.group()), "Quotation continues from the previous paragraph "
                                       f"but this paragraph does not reopen it; start it with {op.char}",
                                       [(nxt.start, nxt.start, op.char)]))
                return
        self.report_unclosed(op, para)
        self.stack = []
        self.open_count = {"single": 0, "double": 0}

    def has_orphan_closer(self, para: Span) -> bool:
        text = self.text
        depth = 0
        for m in MARK_RE.finditer(text, para.start, para.end):
            if text[m.start()] in SINGLE_MARKS:
                continue
            role = classify_mark(text, m.start(), para.start, para.end, False, depth > 0)
            if role in ("open", "open-wrong"):
                depth += 1
            elif role in ("close", "close-wrong"):
                if depth == 0:
                    return True
                depth -= 1
        return False

    def report_unclosed(self, op: _Open, para: Span) -> None:
        text = self.text
        closer = closer_for(op.char)
        end = para.end
        self.finish_quotation(op, None, end)
        # A quotation carried in from an earlier paragraph is read once over its whole span; one opened in
        # this paragraph reads the paragraph's facts, found once for all its unclosed quotations.
        carried = op.pos < para.start
        facts = _ParagraphFacts(text, Span(op.pos + 1, end)) if carried else self.facts
        if op.family == "double":
            # ``“We will win,’ he said.``: a single closer standing in for the double one.
            j = facts.last_single_closer
            if j > op.pos + 1 and facts.single_closer_ends_quote(j):
                self.emit(Problem("Q003", j, j + 1, f"Quotation opens with {op.char} but closes with {text[j]}; "
                                       f"use {closer}", [(j, j + 1, closer)]))
                return
        self.report_misplaced_or_unclosed(op, para, facts)

    def report_misplaced_or_unclosed(self, op: _Open, para: Span, facts: _ParagraphFacts) -> None:
        text, end = self.text, para.end
        closer = closer_for(op.char)
        if op.pos > para.start and text[op.pos - 1] == " " and ATTRIBUTION_AFTER_RE.match(text, op.pos + 1, end):
            # `…is needed, "the agency quoted him` / `, "recalls the poet`: the closing mark landed
            # after the space instead of before it.
            self.emit(Problem("Q002", op.pos, op.pos + 1, f"This {op.char} closes the quotation before it: move it "
                                   "before the space", [(op.pos - 1, op.pos + 1, closer + " ")]))
            return
        points = facts.attribution_points
        k = bisect_left(points, op.pos + 2)  # a comma at op.pos + 1 or later
        at = points[k] if k < len(points) else end
        self.emit(Problem("Q002", op.pos, op.pos + 1, f"Opening {op.char} is never closed",
                               [(at, at, closer), (op.pos, op.pos + 1, "")]))


def analyse(doc: Document) -> QuoteAnalysis:
    """Pair every quotation mark of the document once; shared by the rules and other families."""

    return doc.memo("quotes", lambda d: _Pairer(d).run())
