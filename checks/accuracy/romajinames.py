"""Japanese names in the draft checked against the original's kanji by their readings (part of A005).

Why: MT reads a Japanese name's kanji the common way when the person reads them another, or slips a
syllable, fluently: 鎌田大地 becomes "Daichi Kameda" (Kamada), 秋元克広 "Katsuhiro Akimura" (Akimoto),
林田真理子 "Mariko Hayashi" (Hayashida), 田中浩二 "Kenji Tanaka" (Koji). The names list knows no Japanese
footballer or judge; the original says how the name reads.

How: pykakasi (its kanji dictionary ships in the 2.4 MB wheel, name readings included; GPL-3.0, used
unmodified as a library) gives every reading of every kanji and kanji word. A capitalised draft word is
confirmed when a run of the aligned original sentence's kanji reads as it (anywhere in the article, short
readings match by chance: "Kenji" is also 検事, a prosecutor) with any of their readings (健洋 take+hiro, 政司
masa+ji), allowing what names and the English press do to a reading: voicing (Nakata/Nakada), long vowels
dropped or written "oh" (Kono, Ohtani), m for n before b/p/m (Homma). An unconfirmed word next to a
confirmed one in the draft (the given name beside its surname) is compared with the kanji beside the
confirmed one's in the aligned original sentence: when their usual reading is close to the draft's word (a
slip, not another name) the word is flagged, with the kanji and that reading as the fix.
"""

from __future__ import annotations

import functools
import os
import re

from rapidfuzz import fuzz

from ..names import is_common_word
from .mismatch import Mismatch

CLOSE = 65  # rapidfuzz ratio of the draft's word to the kanji's usual reading: a slip (Kameda/kamada 83)
SAME_START = 4  # or letters they start with alike: a slip in the name's end (Akimura/akimoto, Kawamoto/kawamura)
KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々]")
WORD = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?![\w'’-])")
MAX_WORD = 4  # the longest kanji word looked up as one (錦織, 真理子)
MAX_NAME = 3  # kanji beside a confirmed part of a name that the rest of it may take
_CHUNK = re.compile(r"[^\s。、，,.「」『』（）()【】〈〉《》・！？!?：:；;“”\"]+")
_VOICED = str.maketrans("gzdbpj", "kstths")


@functools.cache
def _kakasi():
    import pykakasi

    return pykakasi.kakasi()


@functools.cache
def _table(char: str) -> dict:
    """pykakasi's dictionary entries that start with ``char``: word -> [(hiragana reading, context)]."""
    from pykakasi.kanji import Kanwa

    return Kanwa().load(char) or {}


@functools.lru_cache(maxsize=8192)
def _hepburn(text: str) -> str:
    return "".join(item["hepburn"] for item in _kakasi().convert(text))


def press(reading: str) -> str:
    """A Hepburn reading as the English press writes a name: long vowels short (kouji Koji, ootani Otani,
    yuuto Yuto), "oh" before a consonant as "o" (Ohno), m before b/p/m as n (Homma), "wo" as "o"."""
    r = reading.lower().replace("'", "").replace("-", "")
    r = re.sub(r"oh(?=[^aeiouy]|$)", "o", r)
    r = r.replace("ou", "o").replace("oo", "o").replace("uu", "u").replace("wo", "o")
    return re.sub(r"m(?=[bpm])", "n", r)


def key(reading: str) -> str:
    """``press`` with voicing undone: Nakata and Nakada, Masaji and Masashi are one name."""
    return press(reading).replace("sh", "s").replace("ch", "c").replace("ts", "t").translate(_VOICED)


class Lattice:
    """Every way the original's kanji read: from each position, the words the dictionary has there (one
    kanji, or a word of up to four) with the keys of all their readings."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.edges: dict[int, list[tuple[int, frozenset[str]]]] = {}
        # where pykakasi's own reading puts a word boundary: "Hayashi" is not read from the 林 of 林田; a word of
        # three kanji or more it knows whole (長嶋茂雄, 宮崎駿) may be a full name: its surname's end counts too
        self.bounds: set[int] = set()
        for chunk in _CHUNK.finditer(text):  # pykakasi rewrites punctuation and line ends: read between them
            at = chunk.start()
            for item in _kakasi().convert(chunk.group()):
                start = text.find(item["orig"], at, chunk.end()) if item["orig"] else -1
                if start < 0:
                    continue
                at = start + len(item["orig"])
                self.bounds |= {start, at, *range(start + 2, at - 1 if at - start >= 3 else start)}
        for p, c in enumerate(text):
            if not KANJI.match(c):
                continue
            table = _table(c)
            for n in range(1, MAX_WORD + 1):
                entries = table.get(text[p : p + n])
                if entries:
                    self.edges.setdefault(p, []).append((p + n, frozenset(key(_hepburn(y)) for y, _ in entries)))

    def ends(self, p: int, k: str) -> set[int]:
        """Where a run of kanji from ``p`` that reads as ``k`` ends."""
        if not k:
            return {p}
        out = set()
        for q, readings in self.edges.get(p, ()):
            for r in readings:
                if r and k.startswith(r):
                    out |= self.ends(q, k[len(r) :])
        return out

    def spans(self, k: str, within=None) -> list[tuple[int, int]]:
        """The runs of kanji that read as ``k`` (inside ``within``, spans of the text, when given)."""
        starts = self.edges if within is None else [p for a, b in within for p in range(a, b) if p in self.edges]
        return [(p, q) for p in starts if p in self.bounds for q in self.ends(p, k)
                if q in self.bounds and (within is None or any(a <= p and q <= b for a, b in within))]


@functools.lru_cache(maxsize=8)
def lattice(original: str) -> Lattice:
    return Lattice(original)


def _beside(text: str, a: int, b: int):
    """The kanji before ``a`` and after ``b``, one to three of them, as (start, end)."""
    for n in range(1, MAX_NAME + 1):
        if a - n >= 0 and all(KANJI.match(c) for c in text[a - n : a]):
            yield a - n, a
        if b + n <= len(text) and all(KANJI.match(c) for c in text[b : b + n]):
            yield b, b + n


def compare_romaji_names(original: str, ospans: list[tuple[int, int]], draft: str,
                         dspans: list[tuple[int, int]]) -> list[Mismatch]:
    """Draft words that misread the name the aligned original sentence has beside a confirmed part of it."""
    dwords = [(m.start(), m.end(), m.group()) for a, b in dspans for m in WORD.finditer(draft, a, b)]
    if not dwords or not KANJI.search(original):
        return []
    lat = lattice(original)
    out = []
    for i, (start, end, w) in enumerate(dwords):
        if is_common_word(w) or w in original or lat.spans(key(w), ospans):
            continue
        best = None
        for j in (i - 1, i + 1):  # the confirmed neighbour: a surname after its given name, or before it
            if not 0 <= j < len(dwords) or draft[min(end, dwords[j][1]) : max(start, dwords[j][0])] != " ":
                continue
            for p, q in lat.spans(key(dwords[j][2]), ospans):
                for a, b in _beside(original, p, q):
                    usual = press(_hepburn(original[a:b]))
                    close = fuzz.ratio(press(w), usual)
                    if len(os.path.commonprefix([press(w), usual])) >= SAME_START:
                        close = max(close, CLOSE)
                    if close >= CLOSE and w[0].lower() == usual[:1] and (best is None or close > best[0]):
                        best = (close, a, b, usual.capitalize(), min(a, p), max(b, q))
        if best:  # the whole name quoted, the part the draft got right with it
            _, a, b, fix, ostart, oend = best
            out.append(Mismatch(start, end, ostart, oend, f"The original has “{original[ostart:oend]}”, where "
                                f"“{original[a:b]}” reads {fix}; the draft has “{w}”", (start, end, fix)))
    return out
