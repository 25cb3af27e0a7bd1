"""The pairing machine: one pass over the marks of each paragraph, pairing openers with closers.

An open quotation is carried into the next paragraph when news style reopens it there. Every problem
met on the way is recorded as a :class:`Problem` under its rule code; ``check.py`` turns them into
findings, so the analysis itself is shared by the rules and by other families without knowing them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import NamedTuple, Sequence

from ..document import Document, Span
from .continuation import began_before_the_start, lines_of_one_paragraph, runs_past_the_end
from .facts import ParagraphFacts
from .marks import (
    ACCEPTED_CLOSERS,
    ATTRIBUTION_AFTER_RE,
    MARK_CHARS,
    MARK_RE,
    OPENING_CONTEXT,
    SINGLE_MARKS,
    classify_mark,
    closer_for,
    mark_family,
)

_STRAY_AFTER_RE = re.compile(r"([.;])\s+([a-z])")
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
    outer: int | None = None  # offset of the opening mark of the quotation this one is nested in

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
    outer_pos: int | None = None
    pieces: list[Span] = field(default_factory=list)


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
        self.facts = ParagraphFacts(doc.text, Span(0, 0))
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
        q = Quotation(op.pos, close, tuple(op.pieces), op.depth, op.family, op.outer_family, op.outer_pos)
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
        self.facts = facts = ParagraphFacts(text, para)
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
                if ch in "“\"" and began_before_the_start(self.doc, i, para):
                    self.closer_of_earlier_quotation(i, ch, lo)
                elif ch not in SINGLE_MARKS:
                    self.emit(Problem("Q001", i, i + 1, "Stray quotation mark with no word beside it",
                                           [(i - 1 if i > lo and text[i - 1] == " " else i, i + 1, "")]))
                continue
            if role == "close-wrong" and self.stack and self.stack[-1].char == "„":
                role = "close"  # German „…“: the high mark is the right closer
            self.out.marks.append((i, ch, role))
            if role in ("open", "open-wrong"):
                if role == "open-wrong":
                    # said,”The: the fix puts back the missing space as well
                    at, repl = (i, " “") if i > lo and text[i - 1] in ",:" else (i, "“")
                    self.emit(Problem("Q011", i, i + 1, f"{ch} opens a quotation here; use “", [(at, i + 1, repl)]))
                self.open_mark(i, ch if role == "open" else "“")
            else:
                if role == "close-wrong":
                    # `unworkable. “` at the paragraph's end: the fix also closes up the space before it
                    at = i - 1 if i + 1 >= hi and i > lo and text[i - 1] == " " else i
                    self.emit(Problem("Q011", i, i + 1, f"{ch} closes a quotation here; use ”", [(at, i + 1, "”")]))
                self.close_mark(i, ch if role == "close" else "”", para)

    def open_mark(self, i: int, ch: str) -> None:
        outer = self.stack[-1] if self.stack else None
        self.push(_Open(i, ch, mark_family(ch), len(self.stack), i + 1, outer and outer.family, outer and outer.pos))

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
                want = {"‘": "“", "'": '"', "‚": "„", "‹": "«"}.get(op.char, "“")
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
        if i in self._explained_orphans or began_before_the_start(self.doc, i, para):
            return
        opener = {"”": "“", '"': '"', "»": "«", "›": "‹", "“": "„"}.get(ch, "“")
        sent = self.doc.sentence_at(i) or para
        # Insert the opener at the start of the sentence (after any leading dash), or delete the closer.
        start = sent.start if sent.start >= para.start else para.start
        self.emit(Problem("Q001", i, i + 1, f"Closing {ch} has no opening mark before it",
                               [(start, start, opener), (i, i + 1, "")]))

    def closer_of_earlier_quotation(self, i: int, ch: str, lo: int) -> None:
        """``this girl. “`` ending a one-sentence text: the closer of a quotation opened before it."""
        if ch == "“":
            at = i - 1 if i > lo and self.text[i - 1] == " " else i
            self.emit(Problem("Q011", i, i + 1, f"{ch} closes a quotation here; use ”", [(at, i + 1, "”")]))

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
                if lines_of_one_paragraph(self.doc, para, nxt):
                    return  # sentence-per-line text: the next line may be the same paragraph
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
            if mark_family(m.group()) == "single":
                continue
            role = classify_mark(text, m.start(), para.start, para.end, False, depth > 0)
            if role == "stray" and depth == 0 and m.group() == "“" and m.start() == para.end - 1:
                return True  # `girl. “`: the carried quotation's closer, facing the wrong way
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
        facts = ParagraphFacts(text, Span(op.pos + 1, end)) if carried else self.facts
        if op.family == "double":
            # ``“We will win,’ he said.``: a single closer standing in for the double one.
            j = facts.last_single_closer
            if j > op.pos + 1 and facts.single_closer_ends_quote(j):
                self.emit(Problem("Q003", j, j + 1, f"Quotation opens with {op.char} but closes with {text[j]}; "
                                       f"use {closer}", [(j, j + 1, closer)]))
                return
        self.report_misplaced_or_unclosed(op, para, facts)

    def report_misplaced_or_unclosed(self, op: _Open, para: Span, facts: ParagraphFacts) -> None:
        text, end = self.text, para.end
        closer = closer_for(op.char)
        if op.depth == 0 and runs_past_the_end(self.doc, op.pos, para):
            return  # the quotation may close in a paragraph after this one-sentence text
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
