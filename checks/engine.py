"""Run the selected rules over a text and assemble the Report.

The engine is the only place that knows every family: it builds the Document once, runs each
checker whose codes are selected, fills excerpts, marks suggestions inside quoted speech as
review-only, sorts findings by position and adds per-sentence garble scores and the language.
"""

from __future__ import annotations

from .document import Document
from .findings import Finding, Report, SentenceScore
from .registry import CHECKERS, load_rules
from .stylesheet import CheckOptions

QUOTED_NOTE = " (inside a quotation: the words are quoted, so this is for review only)"
# Categories whose fixes may change quoted speech: the marks themselves and restorations from a source.
QUOTE_SAFE_CATEGORIES = frozenset({"quotes", "misquote"})


def check_document(doc: Document, options: CheckOptions | None = None) -> Report:
    options = options or CheckOptions()
    load_rules()
    from . import garble, language, quotes

    selected = options.select
    findings: list[Finding] = []
    for codes, func in CHECKERS:
        wanted = codes if selected is None else codes & selected
        if not wanted:
            continue
        for f in func(doc, options):
            if f.rule in wanted:
                findings.append(f)

    regions = quotes.quoted_regions(doc)
    text = doc.text
    out: list[Finding] = []
    seen: set[tuple] = set()
    for f in findings:
        key = (f.rule, f.start, f.end, f.message)
        if key in seen:
            continue
        seen.add(key)
        f = f.with_excerpt(text)
        if f.category not in QUOTE_SAFE_CATEGORIES and f.suggestions and any(
            quotes.inside_regions(regions, s.start, s.end) for s in f.suggestions
        ):
            f = _review_only(f)
        out.append(f)
    out.sort(key=lambda f: (f.start, f.end, f.rule))

    scores = garble.score_sentences(doc)
    sentences = [SentenceScore(s.start, s.end, sc) for s, sc in zip(doc.sentences, scores)]
    return Report(text=text, language=language.document_language(doc), findings=out, sentences=sentences)


def _review_only(f: Finding) -> Finding:
    from dataclasses import replace

    return replace(f, fixable=False, message=f.message + QUOTED_NOTE)


def check_text(text: str, options: CheckOptions | None = None) -> Report:
    """Check a draft and return its Report (the library entry point)."""
    return check_document(Document(text), options)
