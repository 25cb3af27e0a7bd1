"""Quotations that run past the text we were given, or across lines that are one paragraph.

News style opens a quotation in one paragraph and closes it in a later one. A text that is a single
sentence (a segment of a translation memory, a line of a sentence-per-line export) may hold only its
first or its last sentence: an opener whose quotation runs to the end, or a closer whose quotation began
before the start, is then no error (issue 15: Q001 and Q002 fired on professional translations as often
as on MT). In a sentence-per-line text, two one-sentence lines in a row may be one paragraph, so a
quotation that runs on into the next line without a new opener is no error either.

The shapes are narrow: a full sentence quoted (a capital after the opener, a sentence end before the
closer), introduced at the start or after ``said,`` / ``said:``, with no speech attribution inside.
"""

from __future__ import annotations

import re

from ..document import Document, Span
from .marks import ATTRIBUTION_VERBS

SENTENCE_END = ".?!…"
_ATTRIBUTION_INSIDE = re.compile(r",\s+(?:[\w’'.\-]+\s+){0,5}?(?:" + ATTRIBUTION_VERBS + r")\b")


def sentences_in(doc: Document, para: Span) -> int:
    """Sentences of a paragraph that hold a word (a lone closing mark split off by the splitter is none), up to 2."""
    text, sentences = doc.text, doc.sentences
    k = doc.sentence_index_at(para.start)
    count = 0
    while k is not None and k < len(sentences) and sentences[k].start < para.end and count < 2:
        s = sentences[k]
        count += any(ch.isalnum() for ch in text[s.start : s.end])
        k += 1
    return count


def is_one_sentence_text(doc: Document) -> bool:
    """The whole text is one paragraph of one sentence: an excerpt, not an article."""
    return doc.memo("quotes.one-sentence-text",
                    lambda d: len(d.paragraphs) == 1 and sentences_in(d, d.paragraphs[0]) == 1)


def runs_past_the_end(doc: Document, op_pos: int, para: Span) -> bool:
    """An opener whose full-sentence quotation runs to the end of a one-sentence text (``He said: “We will.``)."""
    text = doc.text
    if text[para.end - 1] not in SENTENCE_END or not is_one_sentence_text(doc):
        return False
    j = op_pos - 1
    while j >= para.start and text[j].isspace():
        j -= 1
    if j >= para.start and text[j] not in ",:":
        return False  # a quotation inside the sentence (`called it “unworkable.`) must close in it
    k = op_pos + 1
    while k < para.end and text[k].isspace():
        k += 1
    if k >= para.end or not text[k].isupper():
        return False
    # `“We will win, he said.` / `"The talks failed, the envoy said.`: the closer is missing, not elsewhere.
    return _ATTRIBUTION_INSIDE.search(text, op_pos, para.end) is None


def began_before_the_start(doc: Document, i: int, para: Span) -> bool:
    """A closer that ends a one-sentence text after a sentence end or comma: its quotation began earlier."""
    text = doc.text
    if i != para.end - 1 or not is_one_sentence_text(doc) or not text[para.start].isupper():
        return False
    j = i - 1
    if j > para.start and text[j] == " ":
        j -= 1
    return j > para.start and text[j] in SENTENCE_END + ","


def lines_of_one_paragraph(doc: Document, para: Span, nxt: Span) -> bool:
    """Two one-sentence lines separated by a single line break (a sentence-per-line text)."""
    return (doc.text.count("\n", para.end, nxt.start) == 1 and sentences_in(doc, para) == 1
            and sentences_in(doc, nxt) == 1)
