"""Garbled machine translation: the sentence garble score and the pattern rules (category ``garble``).

G001 spliced fragment (a capitalised function word or common noun in mid-sentence), G002 noun pile /
lost preposition, G003 glossary calque, G004 agreement slip,
G005 a sentence that reads as garbled machine translation by the learned score (when no pattern rule
names the cause), with its most suspicious words.

The score (model.py) is learned from human judgements of MT (MLQE-PE); a sentence with a pattern
hit is scored at least as garbled as the hit implies, so the ``sentences`` array agrees with the
findings.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from ..document import TOKEN_RE, Document, Token
from ..registry import checker, define, english_only
from ..stylesheet import CheckOptions, glossary_in_use, shipped_glossary
from . import tokens as gt
from .calques import find_calques, merged_glossary
from .grammar import SLIP_NAMES, word_slips
from .model import model
from .patterns import Hit, candidate_sentences, sentence_hits
from .tokens import lexicon

G001 = define("G001", "spliced-fragment", "garble", "warning",
              "A capitalised function word or common noun in mid-sentence: text (a link or caption) was cut out here.")
G002 = define("G002", "noun-pile", "garble", "warning",
              "Nouns piled together where a preposition or possessive was lost in translation.")
G003 = define("G003", "glossary-calque", "garble", "warning",
              "Literal machine-translation wording (a calque) or wording the glossary replaces.")
G004 = define("G004", "agreement-slip", "garble", "warning",
              "Subject-verb or number agreement that machine translation got wrong.")
G005 = define("G005", "reads-as-garbled", "garble", "warning",
              "The sentence reads as garbled machine translation (learned garble score).")
english_only(G001, G002, G003, G004, G005)  # English words, grammar and glossary

THRESHOLD = 0.5
# Score floors implied by pattern hits (the hit is evidence of MT damage the model may miss).
FLOORS = {"splice": 0.8, "pile": 0.8, "agreement": 0.6, "calque": 0.55}
MIN_WORDS_FOR_G005 = 6  # headlines, datelines and credits are too short to judge
MAX_MARKED_WORDS = 3
FOREIGN_SHARE = 0.3


def _tokens(text: str) -> list[Token]:
    return [
        Token(m.start(), m.end(), m.group(), m.group()[0].isalnum() or m.group()[0] == "_")
        for m in TOKEN_RE.finditer(text)
    ]


def _floor(kinds: set[str]) -> float:
    return max((FLOORS[k] for k in kinds), default=0.0)


def _calque_lines(lines: list[str], entries) -> set[int]:
    """Indices of the lines with a glossary phrase: one pass over the lines joined by NULs."""
    joined = "\0".join(lines)  # a phrase never matches across a NUL (it is not whitespace)
    starts = list(accumulate((len(x) + 1 for x in lines[:-1]), initial=0))
    return {bisect_right(starts, c.start) - 1 for c in find_calques(joined, entries)}


def score_texts(lines: list[str]) -> list[float]:
    """Garble score in [0, 1] per line, each line read as one sentence (``editor-check score``)."""
    if not lines:
        return []
    b = gt.batch(lines)
    scores = model().score(b)
    candidates = candidate_sentences(b)
    calqued = _calque_lines(lines, merged_glossary())
    out = []
    for i, (line, s) in enumerate(zip(lines, scores)):
        if not line.strip():
            out.append(0.0)  # nothing to judge
            continue
        kinds = {h.kind for h in sentence_hits(line, _tokens(line))} if candidates[i] else set()
        if i in calqued:
            kinds.add("calque")
        out.append(max(s, _floor(kinds)))
    return out


def score_heads(lines: list[str]):
    """``(head names, (lines, heads) array)``: each head of the learned score, standardised, per line (no
    pattern floors). For a score that weighs them with other evidence: the source-aware score of the
    accuracy family, whose catch of badly garbled MT rests on the ``clf`` head."""
    m = model()
    return tuple(m.heads), m.head_outputs(gt.batch(lines))


def _base_analysis(doc: Document) -> dict:
    """Per-sentence pattern hits and model scores (no glossary involved), computed once per document."""
    text = doc.text
    sents = doc.sentences
    b = gt.batch([text[s.start : s.end] for s in sents])
    candidates = candidate_sentences(b).tolist()
    hits: list[list[Hit]] = [
        sentence_hits(text, doc.tokens_in(s.start, s.end)) if c else [] for s, c in zip(sents, candidates)
    ]
    return {"hits": hits, "raw": model().score(b)}


def _calques(doc: Document, glossary: tuple) -> list:
    """Glossary matches of ``doc``, remembered per glossary (the checker and the score share them)."""
    per_glossary = doc.memo("garble:calques", lambda d: {})
    key = "built-in" if glossary is shipped_glossary() else hash(glossary)
    if key not in per_glossary:
        per_glossary[key] = list(find_calques(doc.text, glossary))
    return per_glossary[key]


def _glossary(opts: CheckOptions | None) -> tuple:
    """The glossary in use: the shipped one (the same tuple every time) unless the options change it."""
    return glossary_in_use(opts)


def score_sentences(doc: Document, opts: CheckOptions | None = None) -> list[float]:
    """One garble score in [0, 1] per sentence of ``doc`` (1 = certainly garbled).

    A sentence's score is at least the floor its pattern hits and glossary phrases imply, so the
    ``sentences`` array agrees with the findings (the glossary is the options' one merged over the
    built-in list, unless the options turn the built-in list off).
    """
    if not doc.sentences:
        return []
    base = doc.memo("garble:base", _base_analysis)
    calque_sents = {doc.sentence_index_at(c.start) for c in _calques(doc, _glossary(opts))}
    scores = []
    for i, (s, h) in enumerate(zip(base["raw"], base["hits"])):
        kinds = {x.kind for x in h} | ({"calque"} if i in calque_sents else set())
        scores.append(max(s, _floor(kinds)))
    return scores


RULE_OF_KIND = {"splice": G001, "pile": G002, "agreement": G004}


@checker(G001, G002, G003, G004, G005)
def check_garble(doc: Document, opts: CheckOptions):
    text = doc.text
    base = doc.memo("garble:base", _base_analysis)
    for sent_hits in base["hits"]:
        for h in sent_hits:
            yield RULE_OF_KIND[h.kind].finding(h.start, h.end, h.message, suggestions=h.edits)
    for c in _calques(doc, _glossary(opts)):
        note = f" ({c.entry.note})" if c.entry.note else ""
        found = text[c.start : c.end]
        if c.replacement:
            msg = f"Literal translation: “{found}” — news English says “{c.replacement}”{note}"
        elif c.entry.delete:
            msg = f"Glossary: “{found}” should be removed{note}"
        else:  # an empty replacement flags the words; it never deletes them unless the glossary says (delete)
            yield G003.finding(c.start, c.end, f"Glossary flags “{found}”{note}")
            continue
        yield G003.finding(c.start, c.end, msg, suggestions=[(c.start, c.end, c.replacement)])
    yield from _reads_as_garbled(doc, base)


def _reads_as_garbled(doc: Document, base: dict):
    """G005 for sentences the score flags and no pattern explains, with their most suspicious words."""
    text = doc.text
    lex = lexicon()
    flagged = []
    for span, score, hits in zip(doc.sentences, base["raw"], base["hits"]):
        if score < THRESHOLD or hits:
            continue
        words = doc.words_in(span.start, span.end)
        if len(words) < MIN_WORDS_FOR_G005:
            continue  # headlines, datelines and credits
        if sum(1 for w in words if lex.zipf(w.text) < 2.5) > FOREIGN_SHARE * len(words):
            continue  # mostly words English does not have: text in another language (untranslated family)
        flagged.append((span, score))
    m = model()
    marks_of = m.word_badness_many([text[span.start : span.end] for span, _ in flagged])
    for (span, score), marks in zip(flagged, marks_of):
        sentence = text[span.start : span.end]
        top = sorted(((p, st, en) for st, en, p in marks if p >= m.tag_threshold), reverse=True)[:MAX_MARKED_WORDS]
        words = ", ".join(f"“{sentence[st:en]}”" for _, st, en in sorted(top, key=lambda x: x[1]))
        slip = first_slip(sentence)
        yield G005.finding(span.start, span.end, g005_message(score, words, "grammar" if slip else None, slip))


# The kinds of problem G005 can name. Only grammar is named today (from grammar.py's slips): a
# tagger of the news raters' categories (word choice, word order) was never right 60% of the time.
KIND_PHRASES = {"grammar": "a grammar problem"}


def first_slip(sentence: str) -> str:
    """The first agreement, tense or article slip of a sentence, as ``kind: “words”`` (or "")."""
    spans = [(st, en, t) for st, en, t in gt.token_spans(sentence) if t[:1].isalnum()]
    slips = word_slips([t for _, _, t in spans])
    if not slips:
        return ""
    i, j, k = slips[0]
    return f"{SLIP_NAMES[k]}: “{sentence[spans[i][0] : spans[j][1]]}”"


def g005_message(score: float, words: str, kind: str | None, slip: str = "") -> str:
    """What G005 says: the score, the likely kind of problem when the model can tell, the words to check."""
    msg = f"Reads as garbled machine translation (score {score:.2f})"
    if kind:
        msg += f", likely {KIND_PHRASES[kind]}" + (f" ({slip})" if slip else "")
    return f"{msg}; most suspicious words: {words}" if words else msg
