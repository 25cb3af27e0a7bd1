"""Misquote checks (category ``misquote``): every quotation in the draft against the source documents.

Translation drifts quotes (``open lines of communication`` comes back as ``communication``,
``miscalculation`` as ``miscalculations``); an editor with the original statement beside the draft
catches that, and so does this family when sources are supplied (``CheckOptions.sources``):

- M001: the quotation is a close match of a source passage with different words; the message
  shows the word-level difference and the suggestion restores the source wording;
- M002: the quotation (or a part of it between ellipses) is in no source;
- M003: the source gives the words to another speaker than the draft does.

Matching ignores quote style, punctuation, whitespace, letter case and house style (US/UK spelling,
figures, accents); ellipses and bracketed insertions are gaps, and each quoted sentence is looked
up on its own, near the one before. Exact quotations are one ``str.find`` over an index of the
sources (index.py); the others are aligned word by word (align.py) in the few windows
the index proposes. :func:`verify_quotations` lists every quotation with its outcome, verified ones
included, for the app (``QuoteCheck.to_dict``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from ..document import Document, Span
from ..quotes import ATTRIBUTION_AFTER_RE, Quotation, quotations
from ..registry import checker, define
from ..stylesheet import CheckOptions, SourceDocument
from .align import Alignment, align
from .context import place_by_context
from .index import SourceIndex, build_index
from .speakers import SourceSpeakers, quotation_speaker, same_person
from .text import Segment, collapse_space, segments_of

M001 = define("M001", "altered-quotation", "misquote", "error",
              "Quoted words differ from the wording of the source document.")
M002 = define("M002", "quotation-not-in-sources", "misquote", "warning",
              "A quotation could not be found in any source document.")
M003 = define("M003", "quotation-misattributed", "misquote", "warning",
              "The source gives the quoted words to a different speaker than the draft.")

VERIFIED, ALTERED, NOT_FOUND = "verified", "altered", "not_found"
ELLIPSIS_REACH = 3000  # words after the previous segment where the next one is looked for first
BRACKET_REACH = 12  # a bracketed insertion stands for a few words only
MIN_WORDS_FOR_SPEAKER = 4


@dataclass(frozen=True)
class WordDiff:
    """One differing stretch: draft ``[start, end)`` reads ``draft``; the source has ``source``."""

    start: int
    end: int
    draft: str  # the draft's words, with a word of context
    source: str  # the source's words over the same stretch, with the same context
    replacement: str  # what restores the source wording at [start, end)
    fixable: bool = True  # False when the stretch straddles a paragraph break of the quotation


@dataclass(frozen=True)
class SegmentMatch:
    segment: Segment
    status: str
    source: int | None = None  # index into the sources
    pos: int = -1  # global index positions [pos, end_pos) of the matched source words
    end_pos: int = -1
    diffs: tuple[WordDiff, ...] = ()
    split_at: int = 0  # status "split": look the words from here on up as a segment of their own


@dataclass(frozen=True)
class QuoteCheck:
    """A quotation of the draft and what the sources say about it."""

    quotation: Quotation
    text: str  # the quoted words as in the draft
    status: str  # verified, altered or not_found
    source: str | None = None  # name of the source it was found in
    source_text: str | None = None  # the source's wording (segments joined by " … ")
    source_span: tuple[int, int] | None = None  # offsets in that source's text
    diffs: tuple[WordDiff, ...] = ()
    missing: tuple[tuple[int, int], ...] = ()  # draft spans of segments found nowhere (partly found quotes)
    speaker: str | None = None  # who the draft says spoke
    speaker_span: tuple[int, int] | None = None
    source_speaker: str | None = None  # who the source says spoke
    misattributed: bool = False

    def to_dict(self) -> dict:
        """Plain data for the app and JSON reports."""
        q = self.quotation
        return {
            "start": q.start, "end": q.end, "text": self.text, "status": self.status,
            "source": self.source, "source_text": self.source_text,
            "speaker": self.speaker, "source_speaker": self.source_speaker, "misattributed": self.misattributed,
            "diffs": [{"start": d.start, "end": d.end, "draft": d.draft, "source": d.source,
                       "replacement": d.replacement} for d in self.diffs],
        }


def verify_quotations(doc: Document | str, sources) -> list[QuoteCheck]:
    """Every outermost quotation of the draft with its outcome against ``sources``, in order."""
    if isinstance(doc, str):
        doc = Document(doc)
    sources = tuple(sources)
    if not sources:
        return []
    idx = build_index(sources)

    def compute(d: Document) -> list[QuoteCheck]:
        checks = (_check_quotation(d, idx, *item) for item in _quotations(d))
        return [c for c in checks if c is not None]

    return doc.memo(("misquote", sources), compute)


def _quotations(doc: Document) -> list[tuple[Quotation, tuple, bool, int | None]]:
    """Outermost quotations: the content to verify, whether its end is open, where it closes.

    A quotation never closed usually runs on into its attribution (``“We will win, said Michel.``,
    reported by the quote rules); its words are cut there, and a quotation nested after the cut is
    really a new one, so it is checked on its own.
    """
    text = doc.text
    out = []
    cut_ranges: list[tuple[int, int]] = []
    for q in quotations(doc):
        pieces, open_end, close_at = tuple(q.pieces), q.close is None, q.close
        if q.depth:
            if not any(lo <= q.open < hi for lo, hi in cut_ranges):
                continue
        elif q.close is None:
            cut = _attribution_cut(text, q.pieces)
            if cut is not None:
                pieces, open_end = cut
                close_at = pieces[-1].end  # the comma before the attribution
                cut_ranges.append((pieces[-1].end, q.end))
        if any(any(ch.isalnum() for ch in text[p.start : p.end]) for p in pieces):
            out.append((q, pieces, open_end, close_at))
    return out


def _attribution_cut(text: str, pieces) -> tuple[tuple, bool] | None:
    """The pieces up to a ``, said Michel`` inside an unclosed quotation, or None."""
    for k, p in enumerate(pieces):
        for comma in range(p.start, p.end):
            if text[comma] == "," and ATTRIBUTION_AFTER_RE.match(text, comma + 1, p.end):
                return tuple(pieces[:k]) + (Span(p.start, comma),), False
    return None


def _check_quotation(doc: Document, idx: SourceIndex, q: Quotation, pieces, open_end: bool,
                     close_at: int | None) -> QuoteCheck | None:
    text = doc.text
    segments = segments_of(text, pieces)
    if not segments:  # only an editorial note or an ellipsis: "[sic]"
        return None
    matches: list[SegmentMatch] = []
    prev: SegmentMatch | None = None
    queue = list(segments)
    while queue:
        seg = queue.pop(0)
        last_open = open_end and not queue
        found = _match_segment(idx, seg, prev, text, last_open)
        if found.status == "split":
            k = found.split_at
            head = Segment(seg.words[:k], seg.gap, seg.piece_of_word[:k])
            queue.insert(0, Segment(seg.words[k:], "sentence", seg.piece_of_word[k:]))
            found = _match_segment(idx, head, prev, text, False)
            if found.status == "split":  # cannot happen twice; be safe
                found = SegmentMatch(head, NOT_FOUND)
        matches.append(found)
        if found.status != NOT_FOUND:
            prev = found
    content = " ".join(text[p.start : p.end] for p in pieces)
    hits = [m for m in matches if m.status != NOT_FOUND]
    if not hits:  # a short quotation with a changed word: found by the draft's words around it
        placed = place_by_context(idx, text, q.start, q.end, segments[0].words) if len(segments) == 1 else None
        if placed is None:
            return QuoteCheck(q, content, NOT_FOUND)
        w = segments[0].words[placed.index]
        diff = WordDiff(w.start, w.end, placed.shown_draft, placed.shown_source, placed.replacement)
        matches = hits = [SegmentMatch(segments[0], ALTERED, idx.source_of(placed.pos), *placed[:2], (diff,))]
    status = VERIFIED if all(m.status == VERIFIED for m in matches) else ALTERED
    first = hits[0]
    src = idx.sources[first.source]
    same = [m for m in hits if m.source == first.source]
    runs: list[list[int]] = []  # source word runs, quoted sentences that follow each other joined
    for m in same:
        if runs and m.pos == runs[-1][1]:
            runs[-1][1] = m.end_pos
        else:
            runs.append([m.pos, m.end_pos])
    source_parts = [collapse_space(src.text[idx.words[a].start : idx.words[b - 1].end]) for a, b in runs]
    span = (idx.words[same[0].pos].start, idx.words[same[-1].end_pos - 1].end)
    diffs = tuple(d for m in matches for d in m.diffs)
    missing = tuple((m.segment.words[0].start, m.segment.words[-1].end) for m in matches if m.status == NOT_FOUND)
    check = QuoteCheck(q, content, status, src.name, " … ".join(source_parts), span, diffs, missing)
    first_span = (idx.words[first.pos].start, idx.words[first.end_pos - 1].end)
    return _with_speakers(doc, idx, check, first.source, first_span, close_at)


def _with_speakers(doc: Document, idx: SourceIndex, check: QuoteCheck, source: int, span,
                   close_at: int | None) -> QuoteCheck:
    sp = quotation_speaker(doc, check.quotation, close_at)
    if sp is None or sp.name is None:
        return check
    speakers = idx.extras.get(("speakers", source))
    if speakers is None:
        speakers = idx.extras[("speakers", source)] = SourceSpeakers(idx.sources[source].text)
    said_by = speakers.speaker_at(*span)
    # A few common words can be anyone's: only a quotation of some length is worth a misattribution.
    wrong = len(check.text.split()) >= MIN_WORDS_FOR_SPEAKER and same_person(sp.name, said_by) is False
    return replace(check, speaker=sp.name, speaker_span=(sp.start, sp.end), source_speaker=said_by, misattributed=wrong)


def _match_segment(idx: SourceIndex, seg: Segment, prev: SegmentMatch | None, text: str,
                   open_end: bool = False) -> SegmentMatch:
    norms = [w.norm for w in seg.words]
    code = idx.encode(norms)
    regions: list[tuple[int, int]] = []
    if prev is not None:
        s_hi = idx.bounds[prev.source][1]
        reach = BRACKET_REACH if seg.gap == "bracket" else ELLIPSIS_REACH
        regions.append((prev.end_pos, min(s_hi, prev.end_pos + reach + len(code))))
    regions.append((0, len(idx.string)))
    # Exact first: one str.find over the encoded sources.
    for lo, hi in regions:
        pos = idx.find_exact(code, lo, hi)
        if pos >= 0:
            return SegmentMatch(seg, VERIFIED, idx.source_of(pos), pos, pos + len(code))
    if len(code) == 1 and prev is None:
        return SegmentMatch(seg, NOT_FOUND)
    best: tuple[float, Alignment, int] | None = None
    for lo, hi in regions:
        for win in idx.candidates(code, lo, hi):
            window = idx.norms(win.lo, win.hi)
            al = align(norms, window, open_end)
            if al.plausible(norms) and (best is None or al.score > best[0]):
                best = (al.score, al, win.lo)
        if best is not None:
            break
    if best is None:
        return SegmentMatch(seg, NOT_FOUND)
    _, al, base = best
    al, base = _within_source_quotation(idx, norms, al, base, open_end)
    pos, end_pos = base + al.s_lo, base + al.s_hi
    source = idx.source_of(pos)
    ops = tuple(op for op in al.ops if not _attribution_between_quotes(idx, source, op, base))
    if open_end and ops and ops[-1].tag == "delete":
        ops = ops[:-1]  # an unclosed quotation running on past the quoted words: the quote rules say so
    if all(op.tag == "equal" for op in ops):
        return SegmentMatch(seg, VERIFIED, source, pos, end_pos)
    split = _splice_point(idx, norms, ops, pos, source)
    if split:
        return SegmentMatch(seg, "split", split_at=split)
    diffs = _diffs(idx, seg, replace(al, ops=ops), base, text)
    return SegmentMatch(seg, ALTERED, source, pos, end_pos, diffs)


def _splice_point(idx: SourceIndex, norms: list[str], ops, pos: int, source: int) -> int:
    """Where a quotation whose end differs from the passage goes on with words found, exactly, further
    on in the same source (two quoted remarks run together): the longest such tail, or 0."""
    last = ops[-1]
    if last.tag == "equal" or last.q2 != len(norms):
        return 0
    first_change = next(op.q1 for op in ops if op.tag != "equal")
    hi = idx.bounds[source][1]
    for k in range(max(first_change, 1), len(norms) - 2):  # a tail of three words at least
        tail = idx.encode(norms[k:])
        if idx.find_exact(tail, pos + k, hi) >= 0:
            return k
    return 0


def _within_source_quotation(idx: SourceIndex, norms: list[str], al: Alignment, base: int,
                             open_end: bool) -> tuple[Alignment, int]:
    """Keep a passage that starts inside a quotation of the source from running on into the words
    around it (``…region," Blinken said``): those are not what was said, so never restore them."""
    pos, end = base + al.s_lo, base + al.s_hi
    source = idx.source_of(pos)
    spans = _source_quote_spans(idx, source)
    if not spans:
        return al, base
    words = idx.words
    i = bisect_right(spans, (words[pos].start, float("inf"))) - 1
    if i < 0 or words[pos].end > spans[i][1] or words[end - 1].end <= spans[i][1]:
        return al, base
    q_lo, q_hi = spans[i]
    lo, hi = pos, pos
    while lo > 0 and words[lo - 1] is not None and words[lo - 1].start >= q_lo:
        lo -= 1
    while hi < len(words) and words[hi] is not None and words[hi].end <= q_hi:
        hi += 1
    inside = align(norms, idx.norms(lo, hi), open_end)
    return (inside, lo) if inside.plausible(norms) else (al, base)


def _attribution_between_quotes(idx: SourceIndex, source: int, op, base: int) -> bool:
    """Source words the draft left out that are not quoted words in the source: the attribution
    between two quoted sentences (``…region," Blinken said. "Our partners…``)."""
    if op.tag != "insert":
        return False
    spans = _source_quote_spans(idx, source)
    if not spans:
        return False
    words = idx.words
    lo, hi = base + op.s1, base + op.s2
    if lo == 0 or hi >= len(words) or words[lo - 1] is None or words[hi] is None:
        return False

    def quoted(w) -> bool:
        i = bisect_right(spans, (w.start, len(idx.sources[source].text) + 1)) - 1
        return i >= 0 and w.end <= spans[i][1]

    return quoted(words[lo - 1]) and quoted(words[hi]) and not any(quoted(w) for w in words[lo:hi])


def _source_quote_spans(idx: SourceIndex, source: int) -> list[tuple[int, int]]:
    """Content of each outermost quotation of one source (first to last piece), sorted; computed
    once per source."""
    key = ("quote-spans", source)
    if key not in idx.extras:
        doc = Document(idx.sources[source].text)
        idx.extras[key] = sorted((q.pieces[0].start, q.pieces[-1].end) for q in quotations(doc) if q.depth == 0)
    return idx.extras[key]


def _diffs(idx: SourceIndex, seg: Segment, al: Alignment, base: int, text: str) -> tuple[WordDiff, ...]:
    """Differing stretches as draft spans with the source wording to put there.

    A replaced word is replaced exactly; words missing from (or added to) the draft take their
    neighbouring words along, so the edit has something to stand on. Stretches one word apart
    become one edit. The message shows one word of context on each side, as the editor reads it.
    """
    m = len(seg.words)
    # [q_lo, q_hi, s_lo, s_hi, has left context, has right context], indices into segment / window
    regions: list[list] = []
    for op in al.ops:
        if op.tag == "equal":
            continue
        q1, q2, s1, s2 = op.q1, op.q2, op.s1, op.s2
        left = right = False
        if q1 == q2 or s1 == s2:
            if q1 > 0:
                q1, s1, left = q1 - 1, s1 - 1, True
            if q2 < m:
                q2, s2, right = q2 + 1, s2 + 1, True
        if regions and q1 - regions[-1][1] <= 1:
            regions[-1][1], regions[-1][3], regions[-1][5] = q2, s2, right
        else:
            regions.append([q1, q2, s1, s2, left, right])
    src_text = idx.sources[idx.source_of(base + al.s_lo)].text
    words = idx.words

    def source_between(a: int, b: int) -> str:
        return collapse_space(src_text[words[base + a].start : words[base + b - 1].end]) if a < b else ""

    out = []
    for q1, q2, s1, s2, left, right in regions:
        if q1 >= q2:
            continue
        start, end = seg.words[q1].start, seg.words[q2 - 1].end
        source = source_between(s1, s2)
        if source and text[start].isupper() and source[0].islower() and q1 == 0:
            source = source[0].upper() + source[1:]
        # Context for the message only.
        c1, c2, t1, t2 = q1, q2, s1, s2
        if c1 > 0 and not left:
            c1, t1 = c1 - 1, t1 - 1
        if c2 < m and t2 < al.s_hi and not right:
            c2, t2 = c2 + 1, t2 + 1
        shown_draft = collapse_space(text[seg.words[c1].start : seg.words[c2 - 1].end])
        shown_source = source_between(t1, t2)
        if shown_source and shown_draft[:1].isupper() and shown_source[0].islower() and c1 == 0:
            shown_source = shown_source[0].upper() + shown_source[1:]
        fixable = seg.piece_of_word[q1] == seg.piece_of_word[q2 - 1]
        out.append(WordDiff(start, end, shown_draft, shown_source, source, fixable))
    return tuple(out)


_TITLE_SMALL_WORDS = frozenset("a an and at by for in of on or the to with".split())


def _looks_like_title(text: str) -> bool:
    """Every word capitalised, few words: the name of a work, an operation or a campaign."""
    words = re.findall(r"[^\W\d_][\w’'\-]*", text)
    if not 2 <= len(words) <= 8:
        return False
    return all(w[0].isupper() for w in words if w.lower() not in _TITLE_SMALL_WORDS)


def _short(s: str, limit: int = 80) -> str:
    return s if len(s) <= limit else s[: limit - 1].rstrip() + "…"


@checker(M001, M002, M003)
def check_misquotes(doc: Document, opts: CheckOptions):
    """Only when the editor supplied sources; otherwise this family is silent."""
    if not opts.sources:
        return
    names = ", ".join(s.name for s in opts.sources)
    for qc in verify_quotations(doc, opts.sources):
        q = qc.quotation
        words = len(qc.text.split())
        if qc.status == NOT_FOUND:
            # A lone word or a title ("Operation Spring Storm") is often not speech at all: info only.
            minor = words < 2 or _looks_like_title(qc.text)
            yield M002.finding(q.start, q.end, f"Quotation not found in the sources ({_short(names)})",
                               severity="info" if minor else None)
            continue
        for d in qc.diffs:
            msg = f"Quotation differs from {qc.source}: \"{_short(d.draft)}\" → source has \"{_short(d.source)}\""
            if not d.fixable:
                msg += " (across a paragraph break: restore by hand)"
            yield M001.finding(d.start, d.end, msg, suggestions=[(d.start, d.end, d.replacement)] if d.fixable else ())
        for lo, hi in qc.missing:
            part = text_of(doc, lo, hi)
            yield M002.finding(lo, hi, f"This part of the quotation is not in {qc.source}: \"{_short(part)}\"",
                               severity="info" if len(part.split()) < 2 else None)
        if qc.misattributed and qc.speaker_span is not None:
            s, e = qc.speaker_span
            yield M003.finding(s, e, f"{qc.source} gives the words “{_short(qc.text, 50)}” to {qc.source_speaker}, "
                               f"not {qc.speaker}")


def text_of(doc: Document, lo: int, hi: int) -> str:
    return collapse_space(doc.text[lo:hi])


__all__ = [
    "ALTERED",
    "M001",
    "M002",
    "M003",
    "NOT_FOUND",
    "VERIFIED",
    "QuoteCheck",
    "SourceDocument",
    "WordDiff",
    "verify_quotations",
]
