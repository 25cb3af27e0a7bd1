"""Quotation-mark checks (category ``quotes``) and the quotation analysis other rules share.

One pass pairs the quotation marks of each paragraph (carrying an open quotation into the next
paragraph when news style reopens it there) and records every problem it meets. Apostrophes and
primes (``don't``, ``the ’90s``, ``Texas' cities``, ``20" wide``) are told apart from single quotes
by their surroundings, so they never take part in pairing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from .document import Document, Span
from .findings import Finding
from .registry import checker, define
from .stylesheet import CheckOptions

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

DOUBLE_OPEN = {"“": "”", "„": "“", "«": "»", "‹": "›", '"': '"'}
SINGLE_OPEN = {"‘": "’", "‚": "‘", "'": "'"}
DOUBLE_MARKS = set("“”„«»‹›\"")
SINGLE_MARKS = set("‘’‚'")
# Closers that are also accepted for an opener (German „…“ and Polish „…”; straight for straight).
ACCEPTED_CLOSERS = {"“": {"”"}, "„": {"“", "”"}, "«": {"»"}, "‹": {"›"}, '"': {'"'},
                    "‘": {"’"}, "‚": {"‘", "’"}, "'": {"'"}, "»": {"«"}, "›": {"‹"}}
MARK_CHARS = "\"'“”„«»‹›‘’‚"
MARK_RE = re.compile(f"[{MARK_CHARS}]")
ELISIONS = ("em", "tis", "twas", "cause", "til", "bout", "n", "round", "nuff", "s")
OPENING_CONTEXT = set(" \t\n\r([{—–-/“‘\"'«‹„‚")
ATTRIBUTION_VERBS = (
    r"said|says|told|added|adds|asked|asks|stated|states|wrote|writes|noted|notes|insisted|explained|"
    r"declared|replied|warned|stressed|argued|continued|urged|proposed|according"
)
ATTRIBUTION_AFTER_RE = re.compile(
    r"\s*(?:(?:he|she|they|we|I|it|[A-Z][\w’'.\-]*(?:\s+(?:[A-Z][\w’'.\-]*|of|the|de|von|al-\w+)){0,6})\s+(?:"
    + ATTRIBUTION_VERBS + r")\b|(?:" + ATTRIBUTION_VERBS + r")\s+(?:the\s+)?[A-Za-z])"
)


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


@dataclass
class QuoteAnalysis:
    quotations: list[Quotation] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    # (offset, char, role) of every mark acting as a quotation mark or apostrophe, for style checks.
    marks: list[tuple[int, str, str]] = field(default_factory=list)
    # Closers followed by "." or "," (candidates for the placement rule), with their quotation.
    closers: list[tuple[int, Quotation]] = field(default_factory=list)


# A right single mark after a word or its punctuation, before a space, punctuation or the end.
_CLOSER_AHEAD_RE = re.compile(r"[\w.,!?…;:)—–-]’(?![\w])")


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _classify(text: str, i: int, lo: int, hi: int, single_pending: bool, double_pending: bool) -> str:
    """Role of the mark at ``i``: 'open', 'close', 'apostrophe', 'prime', 'stray', 'open-wrong', 'close-wrong'."""
    ch = text[i]
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + 1] if i + 1 < hi else ""
    opening_ctx = prev == "" or prev in OPENING_CONTEXT
    closing_ctx = _is_space(nxt) or (not nxt.isalnum())
    if ch in SINGLE_MARKS:
        if prev.isalnum() and nxt.isalnum():
            return "apostrophe"
        if ch in "’'" and text[i + 1 : i + 3] in ("n’", "n'") and prev in ("", " ") and (i + 3 >= hi or _is_space(text[i + 3])):
            return "apostrophe"  # rock ’n’ roll (first mark)
        if ch in "’'" and prev == "n" and i >= 2 and text[i - 2] in "’'" and _is_space(nxt):
            return "apostrophe"  # rock ’n’ roll (second mark)
        if opening_ctx and nxt.isdigit():
            m = re.match(r"\d+", text[i + 1 : hi])
            if m and len(m.group()) == 2:
                return "apostrophe"  # the ’90s, the '49 team
        if opening_ctx and (nxt.isalnum() or nxt in "“\"…"):
            word = re.match(r"[A-Za-z]*", text[i + 1 : hi]).group().lower()
            if ch == "’" or (word in ELISIONS and not (ch == "‘" and _CLOSER_AHEAD_RE.search(text, i + 1, hi))):
                return "apostrophe"  # ’em, ’til; ‘cause opens a quotation when a closing ’ follows
            return "open"
        if (prev.isalnum() or prev in ".,!?…;:—–-)") and closing_ctx and single_pending:
            return "close"
        return "apostrophe" if prev.isalnum() else ("stray" if ch != "’" else "apostrophe")
    # Double marks and guillemets.
    if ch == '"':
        if prev.isdigit() and not double_pending and not nxt.isalnum():
            return "prime"  # 20" wide, 31-33"
        if opening_ctx and not _is_space(nxt):
            return "open"
        if not _is_space(prev) and closing_ctx:
            return "close"
        if _is_space(prev) and _is_space(nxt) and i + 1 < hi:
            # Detokenised MT spaces its marks (`" Gimmy Moore "`): pair them by what is pending.
            return "close" if double_pending else "open"
        return "close" if double_pending else "stray"
    if ch in "“„":
        if ch == "“" and not opening_ctx and closing_ctx and double_pending:
            return "close-wrong"
        return "open"
    if ch == "”":
        if opening_ctx and nxt.isalnum() and not double_pending:
            return "open-wrong"
        return "close"
    if ch in "«‹":
        # German style »…« reverses guillemets: « after a word closes.
        if prev.isalnum() and closing_ctx and double_pending:
            return "close"
        return "open"
    if ch in "»›":
        if opening_ctx and nxt.isalnum() and not double_pending:
            return "open"
        return "close"
    return "stray"


def _family(ch: str) -> str:
    return "single" if ch in SINGLE_MARKS else "double"


def _closer_for(opener: str) -> str:
    return {"“": "”", "„": "“", "«": "»", "‹": "›", '"': '"', "‘": "’", "‚": "‘", "'": "'", "»": "«", "›": "‹", "”": "”"}[opener]


def _attribution_insert_point(text: str, start: int, end: int) -> int | None:
    """Offset after ``, `` where a speech attribution (``, he said``) follows, if any in range."""
    for m in re.finditer(r",", text[start:end]):
        pos = start + m.end()
        if ATTRIBUTION_AFTER_RE.match(text, pos, end):
            return pos
    return None


class _Pairer:
    """Pairs marks paragraph by paragraph; see the module docstring."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.out = QuoteAnalysis()
        self.stack: list[_Open] = []

    def emit(self, f: Finding) -> None:
        self.out.findings.append(f)

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

    def pending(self, family: str) -> bool:
        return any(o.family == family for o in self.stack)

    def paragraph(self, para: Span) -> None:
        text, lo, hi = self.text, para.start, para.end
        for m in MARK_RE.finditer(text, lo, hi):
            i = m.start()
            if i == self._reopen_pos:
                continue
            ch = text[i]
            role = _classify(text, i, lo, hi, self.pending("single") and self.stack[-1].family == "single",
                             self.pending("double"))
            if role in ("apostrophe", "prime"):
                if role == "apostrophe":
                    self.out.marks.append((i, ch, "apostrophe"))
                    # Inside a word (Qin‘s) or opening one (‘til, ‘90s: a word processor's autocorrect).
                    if ch == "‘" and i + 1 < hi and text[i + 1].isalnum() and (
                        i == lo or text[i - 1].isalnum() or text[i - 1] in OPENING_CONTEXT
                    ):
                        self.emit(Q010.finding(i, i + 1, "‘ used as an apostrophe; use ’", [(i, i + 1, "’")]))
                continue
            if role == "stray":
                if ch not in SINGLE_MARKS:
                    self.emit(Q001.finding(i, i + 1, "Stray quotation mark with no word beside it",
                                           [(i - 1 if i > lo and text[i - 1] == " " else i, i + 1, "")]))
                continue
            self.out.marks.append((i, ch, role))
            if role in ("open", "open-wrong"):
                if role == "open-wrong":
                    self.emit(Q011.finding(i, i + 1, f"{ch} opens a quotation here; use “", [(i, i + 1, "“")]))
                self.open_mark(i, ch if role == "open" else "“")
            else:
                if role == "close-wrong":
                    self.emit(Q011.finding(i, i + 1, f"{ch} closes a quotation here; use ”", [(i, i + 1, "”")]))
                self.close_mark(i, ch if role == "close" else "”", para)

    def open_mark(self, i: int, ch: str) -> None:
        outer = self.stack[-1].family if self.stack else None
        self.stack.append(_Open(i, ch, _family(ch), len(self.stack), i + 1, outer))

    def close_mark(self, i: int, ch: str, para: Span) -> None:
        text = self.text
        family = _family(ch)
        # Find the innermost open quotation of this family.
        idx = next((j for j in range(len(self.stack) - 1, -1, -1) if self.stack[j].family == family), None)
        if idx is None:
            if self.stack and family == "double" and self.stack[-1].family == "single":
                # ‘…” : a single opener closed by a double mark.
                op = self.stack.pop()
                want = {"‘": "“", "'": '"', "‚": "„"}.get(op.char, "“")
                self.emit(Q003.finding(op.pos, op.pos + 1,
                                       f"Quotation opens with {op.char} but closes with {ch}; use {want} to open it",
                                       [(op.pos, op.pos + 1, want)]))
                self.record_close(self.finish_quotation(op, i, i), i)
                return
            if family == "double":
                self.orphan_closer(i, ch, para)
            return
        # Openers above it (of the other family) were never closed.
        while len(self.stack) - 1 > idx:
            inner = self.stack.pop()
            self.emit(Q002.finding(inner.pos, inner.pos + 1,
                                   f"Opening {inner.char} is never closed inside the outer quotation",
                                   [(i, i, _closer_for(inner.char)), (inner.pos, inner.pos + 1, "")]))
            self.finish_quotation(inner, None, i)
        op = self.stack.pop()
        if ch not in ACCEPTED_CLOSERS.get(op.char, set()):
            want = _closer_for(op.char)
            self.emit(Q003.finding(i, i + 1, f"Quotation opens with {op.char} but closes with {ch}; use {want}",
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
        m = re.match(r"([.;])\s+([a-z])", text[i + 1 : para.end])
        if not m or q.family != "double":
            return
        # Does a closer with no opener follow before any new opener? Then the quote runs on to it.
        rest_start = i + 1 + m.end() - 1
        run_on = None
        for mm in MARK_RE.finditer(text, rest_start, para.end):
            role = _classify(text, mm.start(), para.start, para.end, False, False)
            if role in ("open", "open-wrong"):
                break
            if role == "close" and _family(text[mm.start()]) == "double":
                run_on = mm.start()
                break
        if run_on is not None:
            self._explained_orphans.add(run_on)
            self.emit(Q006.finding(i, i + 2,
                                   f"Stray {text[i]}{m.group(1)} cuts the quotation short; it runs on to the closing mark "
                                   "later in the sentence",
                                   [(i, i + 2, ""), (i + 1, i + 2, "")]))
        else:
            self.emit(Q006.finding(i + 1, i + 2, f"Stray {m.group(1)} after the closing mark in a running sentence",
                                   [(i + 1, i + 2, "")]))

    _explained_orphans: set[int]

    def orphan_closer(self, i: int, ch: str, para: Span) -> None:
        if i in self._explained_orphans:
            return
        text = self.text
        opener = {"”": "“", '"': '"', "»": "«", "›": "‹", "“": "„"}.get(ch, "“")
        sent = self.doc.sentence_at(i) or para
        # Insert the opener at the start of the sentence (after any leading dash), or delete the closer.
        start = sent.start if sent.start >= para.start else para.start
        self.emit(Q001.finding(i, i + 1, f"Closing {ch} has no opening mark before it",
                               [(start, start, opener), (i, i + 1, "")]))

    def carry_or_report(self, para: Span, nxt: Span | None) -> None:
        """An open quotation at the end of a paragraph: continued, not reopened, or unclosed."""
        text = self.text
        # Only the outermost quotation runs across paragraphs; inner ones still open are unclosed.
        op, inner = self.stack[0], self.stack[1:]
        for o in reversed(inner):
            self.report_unclosed(o, para)
        self.stack = [op]
        if nxt is not None:
            first = text[nxt.start]
            if _family(first) == op.family and first in MARK_CHARS and _classify(
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
                word = re.match(r"\S+", text[nxt.start : nxt.end])
                self.emit(Q005.finding(nxt.start, nxt.start + len(word.group()), "Quotation continues from the previous paragraph "
                                       f"but this paragraph does not reopen it; start it with {op.char}",
                                       [(nxt.start, nxt.start, op.char)]))
                return
        self.report_unclosed(op, para)
        self.stack = []

    def has_orphan_closer(self, para: Span) -> bool:
        text = self.text
        depth = 0
        for m in MARK_RE.finditer(text, para.start, para.end):
            if text[m.start()] in SINGLE_MARKS:
                continue
            role = _classify(text, m.start(), para.start, para.end, False, depth > 0)
            if role in ("open", "open-wrong"):
                depth += 1
            elif role in ("close", "close-wrong"):
                if depth == 0:
                    return True
                depth -= 1
        return False

    def report_unclosed(self, op: _Open, para: Span) -> None:
        text = self.text
        closer = _closer_for(op.char)
        end = para.end
        self.finish_quotation(op, None, end)
        if op.family == "double":
            # ``“We will win,’ he said.``: a single closer standing in for the double one.
            last = None
            for m in re.finditer(r"[\w.,!?…]([’'])(?=[\s.,;:!?]|$)", text[op.pos + 1 : end]):
                last = m
            if last is not None:
                j = op.pos + 1 + last.start(1)
                after = text[j + 1 : end]
                if after.strip() in ("", ".") or ATTRIBUTION_AFTER_RE.match(after):
                    self.emit(Q003.finding(j, j + 1, f"Quotation opens with {op.char} but closes with {text[j]}; "
                                           f"use {closer}", [(j, j + 1, closer)]))
                    return
        if op.pos > para.start and text[op.pos - 1] == " " and ATTRIBUTION_AFTER_RE.match(text, op.pos + 1, end):
            # `…is needed, "the agency quoted him` / `, "recalls the poet`: the closing mark landed
            # after the space instead of before it.
            self.emit(Q002.finding(op.pos, op.pos + 1, f"This {op.char} closes the quotation before it: move it "
                                   "before the space", [(op.pos - 1, op.pos + 1, closer + " ")]))
            return
        at = _attribution_insert_point(text, op.pos + 1, end) or end
        self.emit(Q002.finding(op.pos, op.pos + 1, f"Opening {op.char} is never closed",
                               [(at, at, closer), (op.pos, op.pos + 1, "")]))


def analyse(doc: Document) -> QuoteAnalysis:
    """Pair every quotation mark of the document once; shared by the rules and other families."""

    def compute(d: Document) -> QuoteAnalysis:
        p = _Pairer(d)
        p._explained_orphans = set()
        p._reopen_pos = -1
        return p.run()

    return doc.memo("quotes", compute)


def quotations(doc: Document) -> list[Quotation]:
    """Every quotation in the draft, in order of its opening mark."""
    return sorted(analyse(doc).quotations, key=lambda q: q.open)


def quoted_regions(doc: Document) -> list[Span]:
    """Spans of quoted speech (marks included), merged; suggestions there are review-only."""
    spans = sorted(Span(q.start, q.end) for q in analyse(doc).quotations)
    merged: list[Span] = []
    for s in spans:
        if merged and s.start <= merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, s.end))
        else:
            merged.append(s)
    return merged


def inside_regions(regions: list[Span], start: int, end: int) -> bool:
    """True when ``[start, end)`` touches the inside of a quoted region."""
    i = bisect_right([r.start for r in regions], start) - 1
    for r in regions[max(i, 0) : i + 2]:
        if start < r.end and r.start < max(end, start + 1):
            return True
    return False


@checker(Q001, Q002, Q003, Q005, Q006, Q010, Q011)
def check_pairing(doc: Document, opts: CheckOptions):
    yield from analyse(doc).findings


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
    for q in analyse(doc).quotations:
        if q.depth != 0 or q.close is None or q.family == outer_family:
            continue
        inner = [x for x in analyse(doc).quotations if x.depth == 1 and q.open < x.open and x.close is not None and x.close < q.close]
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
    stray = {f.start for f in an.findings if f.rule == "Q006"} | {f.start - 1 for f in an.findings if f.rule == "Q006"}
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
            content = q.content(text).lstrip()
            if p not in ".," or not content[:1].islower():
                continue
            yield Q008.finding(i - 1, i + 1, f"UK style puts the {'period' if p == '.' else 'comma'} after the "
                               "closing mark of a quoted fragment", [(i - 1, i + 1, text[i] + p)])


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
