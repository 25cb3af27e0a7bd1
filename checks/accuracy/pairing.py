"""The draft aligned with its original: what the accuracy rules read and what the Report carries.

:func:`align_document` splits the original (:mod:`.split`), tells its language, embeds both sides'
sentences (:mod:`.embed`, cached per sentence text), reads their anchors and aligns them (:mod:`.align`).
It is computed once per check and shared through ``doc.memo``.

The :class:`Alignment` is the library's view for the app: ``pairs()`` gives each step's original and draft
spans (either may be None: an omission or an addition), ``original_span(i)`` the original of draft sentence i.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import numpy as np

from ..document import Document, Span  # noqa: F401
from .absorb import absorb
from .align import Bead, align
from .anchors import Anchors, anchors
from .datesextra import BULGARIAN_YER_RE
from .split import split_original

MAX_SENTENCES = 5000  # past this the original is not aligned (a notice says so): embedding would take minutes


@dataclass
class Alignment:
    """Original and draft sentences and the beads that pair them, in order."""

    original: str
    language: str
    original_sentences: list[Span]
    draft_sentences: list[Span]
    beads: list[Bead]
    ovecs: np.ndarray = field(repr=False)  # sentence vectors of the original (L2-normalised)
    dvecs: np.ndarray = field(repr=False)  # and of the draft
    oanchors: list[Anchors] = field(default_factory=list, repr=False)
    danchors: list[Anchors] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._by_draft: dict[int, Bead] = {j: b for b in self.beads for j in b.draft}

    @property
    def similarity(self) -> np.ndarray:
        """Cosine of original sentence i with draft sentence j (computed on demand: n x m floats)."""
        return self.ovecs @ self.dvecs.T

    def bead_of_draft(self, j: int) -> Bead | None:
        return self._by_draft.get(j)

    def original_span(self, j: int) -> Span | None:
        """The span of the original aligned with draft sentence ``j`` (several sentences joined), or None."""
        bead = self._by_draft.get(j)
        if bead is None or j in bead.added:  # a draft sentence of a split that the original does not carry
            return None
        return self.span_of(bead.original, self.original_sentences)

    @staticmethod
    def span_of(indices: tuple[int, ...], sentences: list[Span]) -> Span | None:
        if not indices:
            return None
        return Span(sentences[indices[0]].start, sentences[indices[-1]].end)

    def pairs(self) -> list[tuple[Span | None, Span | None]]:
        """Every bead as (original span, draft span); None on the side that has no sentence."""
        return [
            (self.span_of(b.original, self.original_sentences), self.span_of(b.draft, self.draft_sentences))
            for b in self.beads
        ]

    def original_text(self, bead: Bead) -> str:
        span = self.span_of(bead.original, self.original_sentences)
        return self.original[span.start : span.end] if span else ""


# langdetect votes over seven tries: on an original of a paragraph or more, a split vote (at most 6 of 7) means a
# language it does not know (Galician, Basque, Uzbek, Icelandic came out as es, id, id, et); on 600 two-row
# MLQE-PE documents of 200+ characters, and 90 single sources of 150+, in ro, et, ru, ne, si it never split.
# Such an original is read with no language's tables: every language's figures, and no negation (A006 stays
# silent rather than guess).
SURE, SURE_CHARS = 0.9, 150
UNKNOWN = "xx"
# the share of its letters a language's own letters must make (Kazakh ә қ ұ, Azerbaijani ə, Mongolian ө ү: a few per
# cent of each text), so that a Russian article quoting one Kazakh name (Қазақстан) stays Russian
LETTER_SHARE = 0.02


@functools.lru_cache(maxsize=64)  # once per original: each re-check after an accepted fix asks again
def original_language(text: str) -> str:
    """ISO 639-1 code of the original: its script where that settles it, else the language family's
    seeded langdetect (on any length: an original of one sentence is common in tests and pipelines)."""
    from ..language.check import identify

    sample = text[:5000]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return "und"
    share = lambda lo, hi: sum(1 for c in letters if lo <= c <= hi) / len(letters)  # noqa: E731
    if share("\u3040", "\u30ff") > 0.05:
        return "ja"
    if share("\u4e00", "\u9fff") > 0.3:
        return "zh"
    if share("\uac00", "\ud7af") > 0.3:
        return "ko"
    lang, p = identify(sample)
    lang = lang.split("-")[0]
    own = lambda chars: sum(1 for c in letters if c in chars) >= LETTER_SHARE * len(letters)  # noqa: E731
    kazakh, azeri, mongolian = own("әғқұһӘҒҚҰҺ"), own("əƏ"), own("өүӨҮ")
    if p < SURE and len(sample) >= SURE_CHARS and not (kazakh or azeri):
        return UNKNOWN  # Galician read as Spanish, Basque and Uzbek as Indonesian: no language's tables fit
    if lang in ("ru", "bg", "mk") and re.search(r"[іїєґ]", sample):
        lang = "uk"
    elif lang in ("bg", "mk") and not (BULGARIAN_YER_RE.search(sample) or _SHTE_RE.search(sample)) and not re.search(r"[ѓќѕљњј]", sample):
        lang = "ru"  # a short Russian sentence is often taken for Bulgarian or Macedonian (77 of 1,000 MLQE-PE dev)
    if lang in ("ru", "bg", "mk", "uk") and re.search(r"[ђћЂЋ]", sample) and not re.search(r"[ѓќѕЃЌЅ]", sample):
        lang = "sr"  # langdetect knows no Serbian: its Cyrillic has ђ and ћ where Macedonian has ѓ and ќ
    if kazakh:
        lang = "kk"  # langdetect knows no Kazakh: Cyrillic with ә, ғ, қ, ұ, һ (read as Ukrainian for its і)
    elif mongolian:
        return UNKNOWN  # nor Mongolian or Kyrgyz (read as Russian): their Cyrillic has ө and ү
    elif azeri:
        lang = "az"  # nor Azerbaijani (read as Turkish, whose negation suffixes it spells with ə)
    if lang == "ca" and len(_ROMANIAN_RE.findall(sample)) > 2 * len(_CATALAN_RE.findall(sample)):
        lang = "ro"  # Romanian typed without diacritics ("nu a suferit aceleasi dezvoltari") reads as Catalan
    if lang == "af" and _dutch_not_afrikaans(sample):
        lang = "nl"  # a short Dutch sentence is often taken for Afrikaans
    return lang if lang != "und" else "en"


# Bulgarian evidence: ъ before a consonant (datesextra.BULGARIAN_YER_RE) or "ще" (will)
_SHTE_RE = re.compile(r"\bще\b", re.IGNORECASE)


# Romanian function words Catalan lacks, and Catalan ones Romanian lacks
_ROMANIAN_RE = re.compile(r"\b(?:nu|si|și|este|sunt|care|pentru|sau|lui|cu|din|mai|acest\w*|fost|intr\w*|într\w*)\b",
                          re.IGNORECASE)
_CATALAN_RE = re.compile(r"\b(?:els|amb|és|més|dels|pels?|aquest\w*|també|però|l['’]|d['’])", re.IGNORECASE)


# Words Dutch writes and Afrikaans does not (de "the", niet "not", zijn, wordt, ij: tijd / tyd), and back (die "the",
# nie "not", hy, sy, word)
_DUTCH_ONLY_RE = re.compile(r"\b(?:de|niet|zijn|wordt|werd|\w*ij\w*)\b", re.IGNORECASE)
_AFRIKAANS_ONLY_RE = re.compile(r"\b(?:die|nie|hy|sy|word|'n)\b|\w*y\w*", re.IGNORECASE)


def _dutch_not_afrikaans(sample: str) -> bool:
    return len(_DUTCH_ONLY_RE.findall(sample)) > len(_AFRIKAANS_ONLY_RE.findall(sample))


def align_document(doc: Document, original: str) -> Alignment:
    """The alignment of ``doc`` (the English draft) with ``original``, once per document and original."""
    key = f"accuracy.alignment.{hash(original)}"
    return doc.memo(key, lambda d: _build(d, original))


def language_of(original: str) -> str:
    """The language of an original, as the aligner read it (once per original)."""
    return _original_side(original)[1]


@functools.lru_cache(maxsize=8)
def _original_side(original: str) -> tuple[list[Span], str, list[Anchors]]:
    """Sentences, language and anchors of an original: the same for every re-check against it."""
    osents = split_original(original)
    lang = original_language(original)
    return osents, lang, [anchors(original[s.start : s.end], lang) for s in osents]


@functools.lru_cache(maxsize=20_000)
def _draft_anchors(sentence: str) -> Anchors:
    return anchors(sentence, "en", english=True)


def _build(doc: Document, original: str) -> Alignment:
    from .embed import embedder

    osents, lang, oanch = _original_side(original)
    dsents = list(doc.sentences)
    otexts, dtexts = _sentence_texts(original, osents, doc.text, dsents)
    e = embedder()
    vecs = e.embed(otexts + dtexts)
    ovecs, dvecs = vecs[: len(otexts)], vecs[len(otexts) :]
    danch = [_draft_anchors(t) for t in dtexts]
    beads = absorb(align(ovecs, dvecs, oanch, danch), dtexts, ovecs, e.embed, otexts, dvecs)
    return Alignment(original, lang, osents, dsents, beads, ovecs, dvecs, oanch, danch)


def _sentence_texts(original: str, osents: list[Span], draft: str, dsents: list[Span]) -> tuple[list[str], list[str]]:
    """The texts the alignment embeds on each side; ValueError past MAX_SENTENCES on either."""
    if len(osents) > MAX_SENTENCES or len(dsents) > MAX_SENTENCES:
        raise ValueError(f"too long to align ({len(osents)} original and {len(dsents)} draft sentences; "
                         f"at most {MAX_SENTENCES})")
    return [original[s.start : s.end] for s in osents], [draft[s.start : s.end] for s in dsents]


def prefetch(draft: str, original: str, chunk: int = 16, stale=lambda: False) -> int:
    """Embed ahead the sentences a check of ``draft`` against ``original`` will embed, ``chunk`` at a time,
    stopping early once ``stale()`` says the texts changed; returns how many it embedded.

    Why: the first check against an original spends nearly all its time embedding (seconds for a long
    article). The app calls this in the background as soon as both boxes hold text, so the editor's
    Check finds the vectors cached. Small chunks release the embedder's lock often, so a Check for other
    text never waits behind a whole stale article.
    """
    from .embed import embedder

    try:
        otexts, dtexts = _sentence_texts(original, _original_side(original)[0], draft, list(Document(draft).sentences))
    except ValueError:  # too long: the check will say so and embed nothing
        return 0
    texts = otexts + dtexts
    e, done = embedder(), 0
    todo = [t for t in dict.fromkeys(texts) if not e.cached(t)]
    for i in range(0, len(todo), chunk):
        if stale():
            break
        e.embed(todo[i : i + chunk])
        done += len(todo[i : i + chunk])
    return done
