"""Garbled machine translation: the sentence garble score and the pattern rules (category ``garble``).

G001 spliced fragment, G002 noun pile / lost preposition, G003 glossary calque, G004 agreement slip,
G005 a sentence that reads as garbled machine translation by the learned score (when no pattern rule
names the cause), with its most suspicious words.

The score (garble_model) is learned from human judgements of MT (MLQE-PE); a sentence with a pattern
hit is scored at least as garbled as the hit implies, so the ``sentences`` array agrees with the
findings.
"""

from __future__ import annotations

from .calques import find_calques, merged_glossary
from .document import TOKEN_RE, Document, Token
from .garble_features import lexicon
from .garble_model import model
from .garble_patterns import Hit, sentence_hits
from .registry import checker, define
from .stylesheet import CheckOptions

G001 = define("G001", "spliced-fragment", "garble", "warning",
              "A capitalised function word in mid-sentence: text (a link or caption) was cut out here.")
G002 = define("G002", "noun-pile", "garble", "warning",
              "Nouns piled together where a preposition or possessive was lost in translation.")
G003 = define("G003", "glossary-calque", "garble", "warning",
              "Literal machine-translation wording (a calque) or wording the glossary replaces.")
G004 = define("G004", "agreement-slip", "garble", "warning",
              "Subject-verb or number agreement that machine translation got wrong.")
G005 = define("G005", "reads-as-garbled", "garble", "warning",
              "The sentence reads as garbled machine translation (learned garble score).")

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


def score_texts(lines: list[str]) -> list[float]:
    """Garble score in [0, 1] per line, each line read as one sentence (``editor-check score``)."""
    if not lines:
        return []
    scores = model().score(lines)
    entries = merged_glossary()
    out = []
    for line, s in zip(lines, scores):
        if not line.strip():
            out.append(0.0)  # nothing to judge
            continue
        kinds = {h.kind for h in sentence_hits(line, _tokens(line))}
        if next(find_calques(line, entries), None) is not None:
            kinds.add("calque")
        out.append(max(s, _floor(kinds)))
    return out


def _analysis(doc: Document, glossary) -> dict:
    """Per-sentence pattern hits, calques and model scores, computed once per document."""
    text = doc.text
    sents = doc.sentences
    hits: list[list[Hit]] = []
    for s in sents:
        hits.append(sentence_hits(text, doc.tokens_in(s.start, s.end)))
    calques = list(find_calques(text, glossary))
    raw = model().score([text[s.start : s.end] for s in sents])
    calque_sents = {doc.sentence_index_at(c.start) for c in calques}
    scores = []
    for i, (s, h) in enumerate(zip(raw, hits)):
        kinds = {x.kind for x in h} | ({"calque"} if i in calque_sents else set())
        scores.append(max(s, _floor(kinds)))
    return {"hits": hits, "calques": calques, "scores": scores, "raw": raw}


def _doc_analysis(doc: Document, opts: CheckOptions | None = None) -> dict:
    glossary = merged_glossary(opts.glossary if opts else ())
    key = "garble:" + str(hash(glossary))
    return doc.memo(key, lambda d: _analysis(d, glossary))


def score_sentences(doc: Document) -> list[float]:
    """One garble score in [0, 1] per sentence of ``doc`` (1 = certainly garbled)."""
    if not doc.sentences:
        return []
    # The engine calls this without options; reuse the checker's analysis when it ran with a glossary.
    for key, value in doc._memo.items():
        if key.startswith("garble:"):
            return value["scores"]
    return _doc_analysis(doc)["scores"]


RULE_OF_KIND = {"splice": G001, "pile": G002, "agreement": G004}


@checker(G001, G002, G003, G004, G005)
def check_garble(doc: Document, opts: CheckOptions):
    text = doc.text
    a = _doc_analysis(doc, opts)
    for sent_hits in a["hits"]:
        for h in sent_hits:
            yield RULE_OF_KIND[h.kind].finding(h.start, h.end, h.message, suggestions=h.edits)
    for c in a["calques"]:
        note = f" ({c.entry.note})" if c.entry.note else ""
        found = text[c.start : c.end]
        if c.replacement:
            msg = f"Literal translation: “{found}” — news English says “{c.replacement}”{note}"
        else:
            msg = f"Glossary: “{found}” should be removed{note}"
        yield G003.finding(c.start, c.end, msg, suggestions=[(c.start, c.end, c.replacement)])
    m = model()
    explained = {i for i, h in enumerate(a["hits"]) if h}
    for i, (span, score) in enumerate(zip(doc.sentences, a["raw"])):
        if score < THRESHOLD or i in explained:
            continue
        sentence = text[span.start : span.end]
        words = doc.words_in(span.start, span.end)
        if len(words) < MIN_WORDS_FOR_G005:
            continue
        lex = lexicon()
        if sum(1 for w in words if lex.zipf(w.text) < 2.5) > FOREIGN_SHARE * len(words):
            continue  # mostly words English does not have: text in another language (untranslated family)
        marks = sorted((p, st, en) for st, en, p in m.word_badness(sentence) if p >= m.tag_threshold)
        marks = sorted(marks, reverse=True)[:MAX_MARKED_WORDS]
        words = ", ".join(f"“{sentence[st:en]}”" for _, st, en in sorted(marks, key=lambda x: x[1]))
        why = f"; most suspicious words: {words}" if words else ""
        yield G005.finding(span.start, span.end, f"Reads as garbled machine translation (score {score:.2f}){why}")
