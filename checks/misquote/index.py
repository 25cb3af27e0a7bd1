"""An index of the source documents, built once per set of sources, for fast quotation look-up.

Every distinct normalised word gets one character, so a source becomes a string with one character
per word (and a separator between sources). An exact quotation is then a plain ``str.find``; a
drifted one is located by voting: the word pairs (bigrams) of the quotation that occur in the
sources vote for the offset where the quotation would start, and the best-supported offsets become
the few small windows the aligner looks at. 50,000 words of sources index in a few tens of ms.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from ..stylesheet import SourceDocument
from .text import Word, words_of

SEPARATOR = "\x01"  # between sources: no quotation matches across it
UNKNOWN = "\x02"  # a quoted word that occurs in no source
FIRST_CODE = 0x10000

MAX_GRAMS = 12  # rarest bigrams of a quotation that vote
MAX_HITS = 400  # bigrams more common than this say little about where a quotation is
MAX_RARE_WORDS = 6  # fallback when no bigram is shared: the rarest single words vote
MAX_WORD_HITS = 60


@dataclass(frozen=True)
class Window:
    """Global token positions ``[lo, hi)`` inside one source, and how many votes pointed there."""

    source: int
    lo: int
    hi: int
    votes: int


@dataclass
class SourceIndex:
    sources: tuple[SourceDocument, ...]
    vocab: dict[str, str] = field(default_factory=dict)
    string: str = ""
    words: list[Word | None] = field(default_factory=list)  # per global position; None at separators
    owner: list[int] = field(default_factory=list)  # source index per global position
    bounds: list[tuple[int, int]] = field(default_factory=list)  # global [lo, hi) per source
    bigrams: dict[str, list[int]] = field(default_factory=dict)
    unigrams: dict[str, list[int]] = field(default_factory=dict)
    extras: dict = field(default_factory=dict)  # per-source analyses computed on demand (speakers)

    def encode(self, norms) -> str:
        """The quotation's words as index characters; words found in no source become UNKNOWN."""
        get = self.vocab.get
        return "".join(get(w, UNKNOWN) for w in norms)

    def norms(self, lo: int, hi: int) -> list[str]:
        return [w.norm if w is not None else "" for w in self.words[lo:hi]]

    def find_exact(self, code: str, lo: int = 0, hi: int | None = None) -> int:
        if not code or UNKNOWN in code:
            return -1
        return self.string.find(code, lo, len(self.string) if hi is None else hi)

    def source_of(self, pos: int) -> int:
        return self.owner[pos]

    def _vote(self, votes, hits_at, max_hits: int, max_keys: int, lo: int, hi: int) -> None:
        """Each of the ``max_keys`` rarest keys (seen at most ``max_hits`` times) votes for the
        (source, start) its occurrences in ``[lo, hi)`` imply."""
        keys = sorted((len(hits), i, hits) for i, hits in hits_at if hits and len(hits) <= max_hits)
        for _, i, hits in keys[:max_keys]:
            for p in _between(hits, lo, hi):
                votes[(self.owner[p], p - i)] += 1

    def candidates(self, code: str, lo: int = 0, hi: int | None = None, limit: int = 3) -> list[Window]:
        """Up to ``limit`` windows of the sources where the quotation (as ``code``) most likely is."""
        hi = len(self.string) if hi is None else hi
        m = len(code)
        votes: dict[tuple[int, int], int] = defaultdict(int)
        bigram_hits = ((i, self.bigrams.get(code[i : i + 2])) for i in range(m - 1))
        self._vote(votes, bigram_hits, MAX_HITS, MAX_GRAMS, lo, hi)
        if not votes:
            self._vote(votes, ((i, self.unigrams.get(ch)) for i, ch in enumerate(code)), MAX_WORD_HITS,
                       MAX_RARE_WORDS, lo, hi)
        if not votes:
            return []
        band = max(2, m // 4)
        groups: list[list[int]] = []  # [source, dlo, dhi, votes]
        for (src, d), n in sorted(votes.items()):
            if groups and groups[-1][0] == src and d - groups[-1][2] <= band:
                groups[-1][2] = d
                groups[-1][3] += n
            else:
                groups.append([src, d, d, n])
        groups.sort(key=lambda g: -g[3])
        slack = max(4, m // 2)
        out = []
        for src, dlo, dhi, n in groups[:limit]:
            s_lo, s_hi = self.bounds[src]
            out.append(Window(src, max(s_lo, lo, dlo - slack), min(s_hi, hi, dhi + m + slack), n))
        return out


def _between(hits: list[int], lo: int, hi: int) -> list[int]:
    if lo <= 0 and (not hits or hits[-1] < hi):
        return hits
    return hits[bisect_left(hits, lo) : bisect_left(hits, hi)]


@lru_cache(maxsize=8)
def build_index(sources: tuple[SourceDocument, ...]) -> SourceIndex:
    """Index the sources; cached per sources tuple, so a re-check of the draft reuses it."""
    idx = SourceIndex(sources)
    vocab = idx.vocab
    chars: list[str] = []
    for k, src in enumerate(sources):
        if k:
            chars.append(SEPARATOR)
            idx.words.append(None)
            idx.owner.append(k)
        lo = len(chars)
        for w in words_of(src.text):
            ch = vocab.get(w.norm)
            if ch is None:
                ch = vocab[w.norm] = chr(FIRST_CODE + len(vocab))
            chars.append(ch)
            idx.words.append(w)
            idx.owner.append(k)
        idx.bounds.append((lo, len(chars)))
    idx.string = s = "".join(chars)
    bigrams: dict[str, list[int]] = defaultdict(list)
    unigrams: dict[str, list[int]] = defaultdict(list)
    for i in range(len(s) - 1):
        bigrams[s[i : i + 2]].append(i)
    for i, ch in enumerate(s):
        unigrams[ch].append(i)
    bigrams.pop(SEPARATOR, None)
    idx.bigrams = {g: v for g, v in bigrams.items() if SEPARATOR not in g}
    unigrams.pop(SEPARATOR, None)
    idx.unigrams = dict(unigrams)
    return idx
