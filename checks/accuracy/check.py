"""Accuracy checks (category ``accuracy``): the draft compared with the original it was translated from.

Only with an original (``--original``, ``CheckOptions.original``). The draft's sentences are aligned
with the original's (:mod:`.pairing`); each finding carries the span of the original it was compared
with, and its message quotes both sides.

- A001 omission: an original sentence with no counterpart, or a figure of the original missing from its
  aligned draft sentence. The finding sits where the sentence belongs in the draft (an empty span).
- A002 addition: a draft sentence with no counterpart in the original.
- A003 figures: a number, percentage, amount of money or quantity that differs (read locale-aware).
- A004 dates: a month, day or weekday that differs.
- A005 names: a name spelled differently from the original (or from the names list's form of it).
- A006 polarity: one side negates and the other does not (review only).
- A007 meaning drift: an aligned pair far less alike than translations are (review only).
- A008 untranslated copy: a draft sentence that repeats the original unchanged.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz import fuzz

from ..document import Document
from ..findings import Finding
from ..registry import Rule, checker, define
from ..stylesheet import CheckOptions, names_in_use
from . import polarity
from .compare import Mismatch, compare_dates, compare_figures
from .numbers import english
from .pairing import Alignment, align_document
from .propernames import compare_names

A001 = define("A001", "omitted-in-translation", "accuracy", "warning",
              "An original sentence, or a figure of it, has no counterpart in the draft.")
A002 = define("A002", "added-in-translation", "accuracy", "warning",
              "A draft sentence has no counterpart in the original.")
A003 = define("A003", "figure-differs-from-original", "accuracy", "error",
              "A number, percentage, amount or quantity differs from the original.")
A004 = define("A004", "date-differs-from-original", "accuracy", "error",
              "A date, month or weekday differs from the original.")
A005 = define("A005", "name-differs-from-original", "accuracy", "warning",
              "A name is spelled differently from the original.")
A006 = define("A006", "polarity-differs-from-original", "accuracy", "warning",
              "One side negates and the other does not (review only).")
A007 = define("A007", "meaning-drift", "accuracy", "info",
              "The draft sentence says something other than its original (review only).")
A008 = define("A008", "copied-from-original", "accuracy", "warning",
              "A draft sentence repeats the original untranslated.")

# A007: a 1-1 pair of sentences this long whose cosine falls below the line is far from its original.
# Measured on MLQE-PE test, post-edits against their sources fall below 0.80 in 0-2% of pairs (ro 0.0%,
# et 0.0%, ru 0.3%, ne 0.6%, si 2.1%); MT with HTER > 0.5 in 33% (ro), 0-1% (et, ru). In an article the
# aligner already leaves most such pairs unaligned (A001 + A002), so A007 is the rarer, in-between case.
DRIFT_COS = 0.80
DRIFT_MIN_WORDS = 6
COPY_RATIO = 90  # rapidfuzz ratio above which a draft sentence is a copy of its original


def _word_count(text: str) -> int:
    return len(re.findall(r"[^\W\d_]+", text)) + 2 * len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff]{3}", text))


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _finding(rule: Rule, al: Alignment, start: int, end: int, ospan: tuple[int, int], message: str,
             fix: tuple[int, int, str] | None = None) -> Finding:
    f = rule.finding(start, end, message, suggestions=[fix] if fix else ())
    return replace(f, original=(ospan[0], ospan[1]), original_excerpt=al.original[ospan[0] : ospan[1]])


@checker(A001, A002, A003, A004, A005, A006, A007, A008)
def check_accuracy(doc: Document, opts: CheckOptions):
    if opts.original is None:
        return
    al = align_document(doc, opts.original.text)
    yield from _omissions(doc, al)
    yield from _additions(doc, al)
    for bead in al.beads:
        if bead.original and bead.draft:
            yield from _pair_findings(doc, al, bead, opts)


def _substantial(text: str) -> bool:
    """Worth a finding when missing or added: four words or more, or a figure."""
    return _word_count(text) >= 4 or bool(re.search(r"\d", text))


def _omissions(doc: Document, al: Alignment):
    beads = al.beads
    i = 0
    while i < len(beads):
        if beads[i].draft or not beads[i].original:
            i += 1
            continue
        j = i
        while j + 1 < len(beads) and beads[j + 1].original and not beads[j + 1].draft:
            j += 1
        idx = tuple(k for b in beads[i : j + 1] for k in b.original)
        span = al.span_of(idx, al.original_sentences)
        missing = al.original[span.start : span.end]
        if _substantial(missing):
            at = _draft_position(doc, al, i)
            n = len(idx)
            what = "sentence" if n == 1 else f"{n} sentences"
            yield _finding(A001, al, at, at, span,
                           f"Not in the draft: the original's {what} “{_short(missing)}” has no counterpart here")
        i = j + 1


def _draft_position(doc: Document, al: Alignment, bead_index: int) -> int:
    """Where a missing sentence belongs in the draft: after the last draft sentence before it."""
    for b in reversed(al.beads[:bead_index]):
        if b.draft:
            return al.draft_sentences[b.draft[-1]].end
    for b in al.beads[bead_index:]:
        if b.draft:
            return al.draft_sentences[b.draft[0]].start
    return 0


def _original_position(al: Alignment, bead_index: int) -> int:
    for b in reversed(al.beads[:bead_index]):
        if b.original:
            return al.original_sentences[b.original[-1]].end
    for b in al.beads[bead_index:]:
        if b.original:
            return al.original_sentences[b.original[0]].start
    return 0


def _additions(doc: Document, al: Alignment):
    for k, bead in enumerate(al.beads):
        if bead.original or not bead.draft:
            continue
        for j in bead.draft:
            s = al.draft_sentences[j]
            text = doc.text[s.start : s.end]
            if _substantial(text):
                at = _original_position(al, k)
                yield _finding(A002, al, s.start, s.end, (at, at),
                               f"No counterpart in the original for “{_short(text, 70)}”: check it was not invented "
                               "or moved from elsewhere")


def _pair_findings(doc: Document, al: Alignment, bead, opts: CheckOptions):
    ospans = [tuple(al.original_sentences[i]) for i in bead.original]
    dspans = [tuple(al.draft_sentences[j]) for j in bead.draft]
    otext = al.original_text(bead)
    dspan = al.span_of(bead.draft, al.draft_sentences)
    dtext = doc.text[dspan.start : dspan.end]
    if al.language != "en" and _is_copy(otext, dtext):
        yield _finding(A008, al, dspan.start, dspan.end, al.span_of(bead.original, al.original_sentences),
                       "Not translated: this sentence repeats the original word for word")
        return
    mismatches, dropped = compare_figures(al.original, ospans, doc.text, dspans, al.language)
    yield from (_from_mismatch(A003, al, m) for m in mismatches)
    for q in dropped:
        yield _finding(A001, al, dspan.start, dspan.end, (q.start, q.end),
                       f"The original's figure “{al.original[q.start:q.end]}” ({english(q)}) is missing from the draft "
                       "sentence")
    yield from (_from_mismatch(A004, al, m) for m in compare_dates(al.original, ospans, doc.text, dspans))
    for m in compare_names(al.original, ospans, doc.text, dspans, al.language, names_in_use(opts)):
        yield _from_mismatch(A005, al, m)
    yield from _polarity(al, bead, otext, dtext, dspan)
    yield from _drift(al, bead, dtext, dspan)


def _from_mismatch(rule: Rule, al: Alignment, m: Mismatch) -> Finding:
    return _finding(rule, al, m.start, m.end, (m.ostart, m.oend), m.message, m.fix)


def _is_copy(otext: str, dtext: str) -> bool:
    if _word_count(dtext) < 4 or not re.search(r"[^\W\d_]{3}", dtext):
        return False
    return fuzz.ratio(" ".join(otext.casefold().split()), " ".join(dtext.casefold().split())) >= COPY_RATIO


def _polarity(al: Alignment, bead, otext: str, dtext: str, dspan):
    if not polarity.known(al.language):
        return
    ocues = polarity.cues(otext, al.language)
    dcues = polarity.cues(dtext, "en")
    ospan = al.span_of(bead.original, al.original_sentences)
    if ocues and not dcues and not polarity.softened(dtext) and polarity.negated(otext, al.language):
        a, b = ocues[0]
        cue = otext[a:b]
        yield _finding(A006, al, dspan.start, dspan.end, (ospan.start + a, ospan.start + b),
                       f"The original negates (“{cue}”) but the draft does not: check “{_short(dtext, 70)}”")
    elif dcues and not ocues and not polarity.softened(otext) and polarity.negated(dtext, "en"):
        a, b = dcues[0]
        yield _finding(A006, al, dspan.start + a, dspan.start + b, tuple(ospan),
                       f"The draft negates (“{dtext[a:b]}”) but the original does not: “{_short(otext, 70)}”")


def _drift(al: Alignment, bead, dtext: str, dspan):
    if len(bead.original) != 1 or len(bead.draft) != 1 or _word_count(dtext) < DRIFT_MIN_WORDS:
        return
    cos = float(al.similarity[bead.original[0], bead.draft[0]])
    if cos < DRIFT_COS:
        ospan = al.span_of(bead.original, al.original_sentences)
        yield _finding(A007, al, dspan.start, dspan.end, tuple(ospan),
                       f"This sentence may not say what the original says (similarity {cos:.2f}): "
                       f"“{_short(al.original[ospan.start:ospan.end], 80)}”")


def sentence_scores(doc: Document, al: Alignment, english_scores: list[float]) -> list[float]:
    """Garble scores of the draft's sentences, reading the original where one is aligned.

    ISSUE 14 ITEM 4 CALL SITE: ``checks/accuracy/qe.py`` (the source-aware score, built separately) plugs
    in here as ``qe.source_aware_scores(pairs, english_scores)``, where ``pairs[i]`` is ``(original text
    or None, draft text)`` for draft sentence i. Until that module exists the English-only scores stand.
    """
    try:
        from .qe import source_aware_scores  # type: ignore[import-not-found]
    except ImportError:
        return english_scores
    pairs = []
    for j, s in enumerate(al.draft_sentences):
        ospan = al.original_span(j)
        pairs.append((al.original[ospan.start : ospan.end] if ospan else None, doc.text[s.start : s.end]))
    return list(source_aware_scores(pairs, english_scores))
