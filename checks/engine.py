"""Run the selected rules over a text and assemble the Report.

The engine is the only place that knows every family: it builds the Document once, runs each
checker whose codes are selected, fills excerpts, marks suggestions inside quoted speech as
review-only, sorts findings by position and adds per-sentence garble scores and the language.
"""

from __future__ import annotations

import threading

from .document import Document
from .findings import Finding, Report, SentenceScore
from .gcpause import cyclic_gc_paused
from .registry import CHECKERS, ENGLISH_ONLY, load_rules
from .stylesheet import CheckOptions

QUOTED_NOTE = " (inside a quotation: the words are quoted, so this is for review only)"
# Categories whose fixes may change quoted speech: the marks themselves and restorations from a source.
QUOTE_SAFE_CATEGORIES = frozenset({"quotes", "misquote"})


# Checks in one process take turns: per-process tables the families grow as they read (garble's token
# table, langdetect's seeded random) are not thread-safe, and the app, the HTTP service and Dask workers
# call the engine from several threads.
_ENGINE_LOCK = threading.RLock()


def check_document(doc: Document, options: CheckOptions | None = None) -> Report:
    """Check a built Document and return its Report (thread-safe: concurrent checks take turns).

    The cyclic GC waits while the check runs (checks/gcpause.py): a hostile draft's findings and spans
    would otherwise be walked again and again.
    """
    with _ENGINE_LOCK, cyclic_gc_paused():
        return _check_document(doc, options)


def _check_document(doc: Document, options: CheckOptions | None) -> Report:
    options = options or CheckOptions()
    load_rules()
    from . import garble, quotes

    selected = options.select
    findings: list[Finding] = []
    notices: list[str] = []
    lang, skipped = _language_gate(doc, selected, notices)
    given = options.original
    alignment, options = _align(doc, options, notices, lang)
    for codes, func in CHECKERS:
        wanted = (codes if selected is None else codes & selected) - skipped
        if not wanted:
            continue
        try:
            findings.extend(f for f in func(doc, options) if f.rule in wanted)
        except Exception as exc:  # one failing family must not cost the editor the others
            notices.append(_failure(f"{', '.join(sorted(wanted))} ({func.__name__})", exc))

    regions = quotes.quoted_regions(doc)
    text = doc.original  # excerpts and the report keep the draft's own line breaks
    out: list[Finding] = []
    seen: set[str] = set()
    copied = [(f.start, f.end) for f in findings if f.rule == "A008"]
    for f in findings:
        if copied and f.rule == "L001" and any(a <= f.start and f.end <= b for a, b in copied):
            continue  # A008 says the same and names the original sentence
        if f.id in seen:  # one finding per rule and span, so ids stay unique in a review
            continue
        seen.add(f.id)
        f = f.with_excerpt(text)
        if f.category not in QUOTE_SAFE_CATEGORIES and f.suggestions and any(
            quotes.inside_regions(regions, s.start, s.end) for s in f.suggestions
        ):
            f = _review_only(f)
        out.append(f)
    out.sort(key=lambda f: (f.start, f.end, f.rule))

    try:
        scores = garble.score_sentences(doc, options)
    except Exception as exc:
        notices.append(_failure("garble score", exc))
        scores = [0.0] * len(doc.sentences)
    if alignment is not None:
        from . import accuracy

        try:
            scores = accuracy.sentence_scores(doc, alignment, scores)
        except Exception as exc:
            notices.append(_failure("source-aware score", exc))
    sentences = [SentenceScore(s.start, s.end, sc, _original_of(alignment, i)) for i, (s, sc) in
                 enumerate(zip(doc.sentences, scores))]
    original = given.text if given is not None else None
    return Report(text=text, language=lang, findings=out, sentences=sentences, notices=notices,
                  original=original, alignment=alignment)


def _language_gate(doc: Document, selected: frozenset[str] | None, notices: list[str]) -> tuple[str, frozenset[str]]:
    """The draft's language, and the rules to skip: those written for English, when the draft is not."""
    from . import language

    try:
        lang = language.document_language(doc)
    except Exception as exc:
        notices.append(_failure("language detection", exc))
        return "und", frozenset()
    if lang in ("en", "und"):
        return lang, frozenset()
    skipped = frozenset(ENGLISH_ONLY) if selected is None else frozenset(ENGLISH_ONLY) & selected
    if skipped:
        notices.append(f"The draft reads as {language.language_name(lang)}: only checks that do not depend on English "
                       f"ran; skipped {', '.join(sorted(skipped))}")
    return lang, frozenset(ENGLISH_ONLY)


def _original_of(alignment, i: int) -> tuple[int, int] | None:
    span = alignment.original_span(i) if alignment is not None else None
    return (span.start, span.end) if span is not None else None


def _align(doc: Document, options: CheckOptions, notices: list[str], lang: str):
    """The draft aligned with its original, when one is given (the model loads only then).

    If aligning fails, or the "original" is in the draft's own language (a copy of the draft, or the wrong
    file) or is another article (:func:`accuracy.unrelated`), the accuracy rules are skipped with a notice
    and the rest of the check runs.
    """
    if options.original is None:
        return None, options
    from dataclasses import replace

    from . import accuracy, language

    if lang not in ("und", "") and accuracy.original_language(options.original.text) == lang:
        notices.append(f"The original reads as {language.language_name(lang)}, the draft's own language: give the "
                       "foreign-language article the draft was translated from (the accuracy checks were skipped)")
        return None, replace(options, original=None)
    try:
        alignment = accuracy.align_document(doc, options.original.text)
    except Exception as exc:
        notices.append(_failure("aligning the draft with its original", exc))
        return None, replace(options, original=None)
    if (reason := accuracy.unrelated(alignment)) is not None:
        notices.append(reason)
        return None, replace(options, original=None)
    return alignment, options


def _failure(what: str, exc: Exception) -> str:
    return f"{what} failed on this text and was skipped: {type(exc).__name__}: {exc}".splitlines()[0]


def _review_only(f: Finding) -> Finding:
    from dataclasses import replace

    return replace(f, fixable=False, message=f.message + QUOTED_NOTE)


def check_text(text: str, options: CheckOptions | None = None) -> Report:
    """Check a draft and return its Report (the library entry point)."""
    return check_document(Document(text), options)
