"""Language of the draft and untranslated fragments (category ``untranslated``): rules L001, L002.

Language identification (langdetect) is slow and unreliable on a few words, so it is asked only
about spans a cheap test has already marked as possibly foreign:

* :mod:`checks.language.words` classes every word by shipped word lists (built from wordfreq by
  ``bench/language.py --build-data``), its script and its accents;
* :mod:`checks.language.runs` finds runs of five or more words with two foreign signs and no
  stretch of plain English, leaving out names, name particles, loanwords and titles of works;
* :mod:`checks.language.detect` asks a seeded langdetect, loaded per script, to confirm and name
  the language.

The draft's own language is decided from its first 3,000 words' word classes; langdetect is only
consulted when they are mostly foreign.
"""

from __future__ import annotations

from typing import NamedTuple

from ..document import Document
from ..registry import checker, define, english_only
from ..stylesheet import CheckOptions
from .detect import (  # noqa: F401
    LANGUAGE_NAMES,
    MIN_PROBABILITY,
    identify,
    judge,
    language_name,
)
from .runs import MIN_WORDS, candidate_runs, quick_foreign_signs  # noqa: F401
from .words import ENGLISH, FOREIGN, WORD_RE, classify, weight, word_lists

L001 = define("L001", "untranslated-fragment", "untranslated", "warning",
              "A sentence or clause is not in the draft's language and needs translating.")
english_only(L001)  # fragments not in English; a draft in another language gets L002 instead
L002 = define("L002", "draft-not-english", "untranslated", "warning",
              "The draft is not in English; English-specific checks do not apply to it.")


class Fragment(NamedTuple):
    start: int
    end: int
    language: str
    probability: float


def foreign_fragments(doc: Document) -> list[Fragment]:
    """Every span of >= MIN_WORDS words that langdetect, asked only where cheap signs point, calls foreign."""
    return doc.memo("language.fragments", _find_fragments)


def _find_fragments(doc: Document) -> list[Fragment]:
    lists = word_lists()
    text = doc.text
    out: list[Fragment] = []
    for sent in doc.sentences:
        s = text[sent.start : sent.end]
        if not quick_foreign_signs(s, lists):
            continue
        for a, b, core in candidate_runs(text, sent.start, sent.end, lists):
            verdict = judge(text[a:core], lists)
            if verdict is not None:
                out.append(Fragment(a, b, *verdict))
    return out


# -- the draft's language ---------------------------------------------------------------------

_PROFILE_WORDS = 3000  # the first words of a draft are enough to tell its language


def document_language(doc: Document) -> str:
    """ISO 639-1 code of the draft's main language ("en" unless the text is plainly something else)."""
    return doc.memo("language.document", _document_language)


def _document_language(doc: Document) -> str:
    lists = word_lists()
    english = foreign = 0
    sample_end = len(doc.text)
    for i, m in enumerate(WORD_RE.finditer(doc.text)):
        if i >= _PROFILE_WORDS:
            sample_end = m.start()
            break
        cls = classify(m.group(), lists)
        if cls == ENGLISH:
            english += 1
        elif cls == FOREIGN:
            foreign += weight(m.group())  # a run of Chinese or Thai is several words
    if foreign < 5 or english * 4 > foreign:
        return "en"  # a draft with a real share of plain English is English, whatever it quotes
    lang, _ = identify(doc.text[: min(sample_end, 5000)])
    return lang if lang != "und" else "en"


# -- rules ------------------------------------------------------------------------------------

@checker(L001, L002)
def check_language(doc: Document, opts: CheckOptions):
    lang = document_language(doc)
    if lang != "en":
        first = doc.paragraphs[0] if doc.paragraphs else None
        if first is not None:
            yield L002.finding(first.start, first.end,
                               f"The draft reads as {language_name(lang)}, not English: only checks that do not "
                               "depend on English ran (quotation-mark pairing, names, cleanup, misquotes)")
        return
    for frag in foreign_fragments(doc):
        n = len(WORD_RE.findall(doc.text[frag.start : frag.end]))
        yield L001.finding(frag.start, frag.end,
                           f"Untranslated {language_name(frag.language)} ({n} words): translate it or cut it")
