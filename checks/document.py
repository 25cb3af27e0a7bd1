"""The Document: a draft's text with paragraphs, sentences and tokens as character spans.

Built once per check and shared by every rule, so that no rule re-splits the text and every
finding can point at exact offsets of the original string (spaCy's Doc/Span idea, much smaller).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property
from typing import NamedTuple


class Span(NamedTuple):
    """A half-open character range ``[start, end)`` into ``Document.text``."""

    start: int
    end: int


class Token(NamedTuple):
    """A word or punctuation mark. ``is_word`` is False for punctuation and symbols."""

    start: int
    end: int
    text: str
    is_word: bool


# Words: dotted acronyms (U.S., U.S.-China), or letters/digits joined by inner apostrophes, hyphens,
# periods or decimal marks.
TOKEN_RE = re.compile(r"(?:[A-Za-z]\.){2,}(?:-\w+)*|\w+(?:[’'‘\-.,]\w+)*|[^\w\s]", re.UNICODE)

# Abbreviations after which a period does not end a sentence (lower-cased, without the dot).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col capt cmdr maj sgt adm gov sen rep rev hon st sr jr messrs mmes mme mlle
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
    inc ltd co corp bros dept est fig no nos vol vs etc approx ca cf al rs
    u.s u.k u.n e.u u.s.a p.m a.m e.g i.e d.c n.y l.a
    ft mt pt ave blvd rd
    """.split()
)

# Abbreviations that may also end a sentence when the next word is capitalised ("... in the U.S. He said").
SENTENCE_FINAL_ABBREVIATIONS = frozenset({"u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c", "etc", "inc", "ltd", "co", "corp", "p.m", "a.m"})

CLOSERS = "\"'”’»›)]"
OPENERS = "\"'“‘«‹(["
TERMINATORS = ".!?…"

_CANDIDATE_RE = re.compile(r"[.!?…।]+")  # ।: a Hindi sentence left untranslated ends a sentence too
_HEADLINE_MAX_WORDS = 14


_LONE_CR_RE = re.compile(r"\r(?!\n)")


class Document:
    """A draft's text and its structure, as offsets into ``text``.

    ``original`` is the draft as given. ``text`` is what the rules read: the same string, except that a lone
    CR (the line break of old Mac exports and some CMSes) reads as LF. That swap keeps every offset, so
    CR-only text gets exactly the findings of the same text with LF, and excerpts come from ``original``.
    """

    def __init__(self, text: str):
        self.original = text
        self.text = _LONE_CR_RE.sub("\n", text) if "\r" in text else text
        self._memo: dict = {}

    def memo(self, key: str, compute):
        """Compute an analysis once per document and share it between rules (e.g. quote pairing)."""
        if key not in self._memo:
            self._memo[key] = compute(self)
        return self._memo[key]

    # -- structure -------------------------------------------------------------------------

    @cached_property
    def paragraphs(self) -> list[Span]:
        """Paragraph spans, trimmed of surrounding whitespace.

        Paragraphs are separated by blank lines when the text has any; otherwise each line is one
        (pasted copy often has one paragraph per line).
        """
        text = self.text
        if re.search(r"\n[ \t]*\r?\n", text):
            sep = re.compile(r"\r?\n(?:[ \t]*\r?\n)+")
        else:
            sep = re.compile(r"\r?\n")
        spans: list[Span] = []
        pos = 0
        for m in sep.finditer(text):
            spans.extend(trimmed(text, pos, m.start()))
            pos = m.end()
        spans.extend(trimmed(text, pos, len(text)))
        return spans

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentence spans, in order; a sentence never crosses a paragraph boundary."""
        out: list[Span] = []
        for para in self.paragraphs:
            out.extend(split_sentences(self.text, para.start, para.end))
        return out

    @cached_property
    def tokens(self) -> list[Token]:
        text = self.text
        return [
            Token(m.start(), m.end(), m.group(), m.group()[0].isalnum() or m.group()[0] == "_")
            for m in TOKEN_RE.finditer(text)
        ]

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0] + [m.end() for m in re.finditer(r"\n", self.text)]

    # -- lookups ---------------------------------------------------------------------------

    def span_text(self, span: tuple[int, int]) -> str:
        return self.text[span[0] : span[1]]

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens lying wholly inside ``[start, end)``."""
        lo = bisect_left(self._token_starts, start)
        hi = bisect_left(self._token_starts, end)
        return [t for t in self.tokens[lo:hi] if t.end <= end]

    def words_in(self, start: int, end: int) -> list[Token]:
        return [t for t in self.tokens_in(start, end) if t.is_word]

    def sentence_index_at(self, offset: int) -> int | None:
        i = bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return None

    def sentence_at(self, offset: int) -> Span | None:
        i = self.sentence_index_at(offset)
        return None if i is None else self.sentences[i]

    def paragraph_index_at(self, offset: int) -> int | None:
        i = bisect_right(self._paragraph_starts, offset) - 1
        if i >= 0 and offset < self.paragraphs[i].end:
            return i
        return None

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an offset, for ``file:line:col`` output."""
        i = bisect_right(self._line_starts, offset) - 1
        return i + 1, offset - self._line_starts[i] + 1


def trimmed(text: str, start: int, end: int) -> list[Span]:
    """``text[start:end]`` without its leading and trailing whitespace, as one span (none if blank)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [Span(start, end)] if end > start else []


def _word_before(text: str, pos: int, lo: int) -> str:
    """The run of letters, digits and inner periods ending at ``pos`` (exclusive)."""
    i = pos
    while i > lo and (text[i - 1].isalnum() or text[i - 1] == "."):
        i -= 1
    return text[i:pos]


def _is_boundary(text: str, dot_start: int, dot_end: int, lo: int, hi: int) -> tuple[bool, int]:
    """Decide whether terminal punctuation at ``[dot_start, dot_end)`` ends a sentence.

    Returns the decision and the end offset of the sentence (after any closing quotes/brackets).
    """
    end = dot_end
    while end < hi and text[end] in CLOSERS:
        end += 1
    if end >= hi:
        return True, hi
    # The next sentence must be separated by whitespace.
    if not text[end].isspace():
        return False, end
    j = end
    while j < hi and text[j].isspace():
        j += 1
    if j >= hi:
        return True, end
    # Skip opening quotes/brackets to see the first letter of the next sentence.
    k = j
    while k < hi and text[k] in OPENERS:
        k += 1
    first = text[k] if k < hi else ""
    if text[dot_start] == "." and dot_end - dot_start == 1:
        word = _word_before(text, dot_start, lo)
        low = word.lower()
        if low.rstrip(".") and len(low.rstrip(".")) == 1 and low.rstrip(".").isalpha() and word[:1].isupper():
            # An initial ("Antony J. Blinken"), unless the next word starts a new sentence in
            # lower case, which never happens after an initial.
            return False, end
        if low in ABBREVIATIONS:
            # "in the U.S. He said" ends a sentence; "the U.S. Secretary of State" does not.
            if low in SENTENCE_FINAL_ABBREVIATIONS and _next_word(text, k, hi) in _SENTENCE_STARTERS:
                return True, end
            return False, end
        if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
            # Other dotted acronyms (N.A.T.O.) behave like U.S.
            return _next_word(text, k, hi) in _SENTENCE_STARTERS, end
    if first.islower():
        # A lower-case continuation ("coexistence”. and win-win") is not a new sentence.
        return False, end
    return True, end


_SENTENCE_STARTERS = frozenset(
    "He She It They We I You The A An This That These Those But And Yet So In On At For If When While"
    " After Before Since Later Earlier Meanwhile However There His Her Their Its Our".split()
)


def _next_word(text: str, pos: int, hi: int) -> str:
    m = re.compile(r"\w+").match(text, pos, hi)
    return m.group() if m else ""


def split_sentences(text: str, lo: int, hi: int) -> list[Span]:
    """Split ``text[lo:hi]`` (one paragraph) into sentence spans.

    Handles abbreviations (U.S., Mr., Gen., Jan.), initials, decimals (3.5), ellipses, quotes that
    close a sentence (``conflict.” Later``) and headline-like lines without final punctuation.
    """
    # Line breaks inside a paragraph end a sentence when the line has no final punctuation and
    # looks like a headline or dateline (short), so they never glue onto the next sentence.
    def boundary(m: re.Match) -> int | None:
        ok, end = _is_boundary(text, m.start(), m.end(), lo, hi)
        return end if ok else None

    return cut_at_stops(text, lo, hi, _CANDIDATE_RE.finditer(text, lo, hi), boundary, _split_lines)


def cut_at_stops(text: str, lo: int, hi: int, stops, boundary, lines) -> list[Span]:
    """Cut ``text[lo:hi]`` at each stop match for which ``boundary(match)`` gives a sentence end.

    One walk shared by the draft's splitter and the original's (checks/accuracy/split.py): each piece is
    handed to ``lines(text, start, end)`` (which may cut it further at line breaks), and the next sentence
    starts after the whitespace that follows the end.
    """
    spans: list[Span] = []
    start = lo
    for m in stops:
        if m.start() < start:
            continue
        end = boundary(m)
        if end is None:
            continue
        spans.extend(lines(text, start, end))
        start = end
        while start < hi and text[start].isspace():
            start += 1
    if start < hi:
        spans.extend(lines(text, start, hi))
    return spans


def _split_lines(text: str, start: int, end: int) -> list[Span]:
    """Split a sentence candidate at internal line breaks that follow headline-like lines."""
    if "\n" not in text[start:end]:
        return trimmed(text, start, end)
    out: list[Span] = []
    pos = start
    for m in re.finditer(r"\r?\n", text[start:end]):
        nl = start + m.start()
        line = text[pos:nl].strip()
        if line and line[-1] not in TERMINATORS + ",;:-–" and len(line.split()) <= _HEADLINE_MAX_WORDS:
            out.extend(trimmed(text, pos, nl))
            pos = start + m.end()
    out.extend(trimmed(text, pos, end))
    return out
