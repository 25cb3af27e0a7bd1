"""Khmer names spelled in Latin letters (A005), by their consonants as :mod:`.namespersian` compares Persian ones.

Khmer romanisation follows no one system: ``ហ៊ុន ម៉ាណែត`` is Hun Manet, ``សុខហ៊ាង`` Sokheang, ``ចាន់ធី`` Chanthy,
``បាត់ដំបង`` Battambang, ``ភ្នំពេញ`` Phnom Penh; its vowels are spelled a dozen ways (ែ e, ae; ៀ ie, ea), so a name is
read as its consonants, each as the sound classes the press spells it with: the aspirates as their plain
consonant (ខ kh, k; ថ ធ th, t; ផ ភ ph, p), ដ d or t (``ដំបង`` -tambang), ប b or p, ជ ច ឆ ឈ ch, j, ញ nh, ង ng,
``ំ`` m or ng, and យ, វ, រ, ហ, អ as a consonant or nothing (``សុខហ៊ាង``: the ហ is lost in Sokheang; ``ហ្វ`` is f, and
English's f and p are one class, Philippines ``ហ្វីលីពីន``). Khmer writes no spaces between words; a name stands
between spaces as the press writes it, or glued to a title (``លោក``, ``លោកស្រី``, ``សម្តេច``, ``ខេត្ត``) that is dropped.
A draft name is a slip when it is one consonant from such a word (:func:`.namespersian.persian_name_slips`), but
not when its consonants run anywhere in the original's letters (a name glued to its neighbours), nor when it only
adds or drops a last consonant (Sihanouk for ``សីហនុ``, Philippines).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from ..names import fold
from .namespersian import persian_name_slips

_CLASSES = {
    "ក": ("k",), "ខ": ("k",), "គ": ("k",), "ឃ": ("k",), "ង": ("G",), "ច": ("C",), "ឆ": ("C",), "ជ": ("C",),
    "ឈ": ("C",), "ញ": ("N", "n"), "ដ": ("d", "t"), "ឋ": ("t",), "ឌ": ("d",), "ឍ": ("t",), "ណ": ("n",), "ត": ("t",),
    "ថ": ("t",), "ទ": ("t",), "ធ": ("t",), "ន": ("n",), "ប": ("b", "p"), "ផ": ("p",), "ព": ("p",), "ភ": ("p",),
    "ម": ("m",), "យ": ("",), "រ": ("r", ""), "ល": ("l",), "វ": ("v", ""), "ស": ("s",), "ហ": ("h", ""), "ឡ": ("l",),
    "អ": ("",), "ឝ": ("s",), "ឞ": ("s",), "ឫ": ("r",), "ឬ": ("r",), "ឭ": ("l",), "ឮ": ("l",),
    "\u17c6": ("m", "G"), "\u17c7": ("h", ""),  # nikahit ំ, reahmuk ះ
}
WORD_RE = re.compile(r"[\u1780-\u17d3\u17dd]+")
_TITLES = re.compile(r"^(?:លោកស្រី|លោក|អ្នកស្រី|អ្នកនាង|កញ្ញា|សម្តេច|សម្ដេច|ឯកឧត្តម|ខេត្ត|ក្រុង|ស្រុក|ខណ្ឌ|ឃុំ|ភូមិ)(?=.)")
_DIGRAPHS = (("chh", "C"), ("ch", "C"), ("kh", "k"), ("ph", "p"), ("th", "t"), ("nh", "N"), ("ny", "N"),
             ("ng", "G"), ("j", "C"), ("c", "k"), ("q", "k"), ("g", "k"), ("f", "p"), ("w", "v"), ("z", "s"),
             ("x", "ks"))


def _collapse(s: str) -> str:
    return re.sub(r"(.)\1+", r"\1", s)


def _units(word: str) -> list[tuple[str, ...]]:
    """Each consonant of a Khmer word as the sound classes it may be spelled with (vowels and signs: none)."""
    units: list[tuple[str, ...]] = []
    i = 0
    while i < len(word):
        ch = word[i]
        if ch == "ហ" and word[i + 1 : i + 2] == "\u17d2":  # ហ្វ f, ហ្គ g, ហ្ស z: the ហ only marks a foreign sound
            i += 2
            if word[i : i + 1] == "វ":
                units.append(("p",))
                i += 1
            continue
        if ch in _CLASSES:
            units.append(_CLASSES[ch])
        i += 1
    return units


@lru_cache(maxsize=8192)
def khmer_skeletons(word: str) -> frozenset[str]:
    """The consonant skeletons a Khmer word (less a title glued before it) may be spelled with in Latin letters."""
    return skeletons_of([_units(w) for w in {word, _TITLES.sub("", word)}], lambda units: len(units) > 10)


def skeletons_of(readings: list[list[tuple[str, ...]]], too_many) -> frozenset[str]:
    """Every consonant skeleton of each word's readings (a list of the choices for each letter), or its first
    reading alone when ``too_many(readings)`` says enumerating them would cost too much."""
    out: set[str] = set()
    for units in readings:
        if too_many(units):
            out.add(_collapse("".join(u[0] for u in units)))
        else:
            out |= {_collapse("".join(c)) for c in itertools.product(*units)}
    return frozenset(s for s in out if s)


def latin_skeleton(word: str) -> str:
    """A Latin-script name's consonants as Khmer romanisation spells them (Sokheang: s k G, Chanthy: C n t)."""
    s = fold(word).lower()
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    return _collapse(re.sub(r"[aeiouy'’\-]", "", s))


def _runs_through(units: list[tuple[str, ...]], sk: str) -> bool:
    """Whether ``sk`` is spelled by consecutive consonants of a run of Khmer letters (a unit may say nothing, or
    repeat the letter before it, as the skeletons collapse doubles)."""

    @lru_cache(maxsize=None)
    def go(i: int, j: int, last: str) -> bool:
        if j == len(sk):
            return True
        if i == len(units):
            return False
        for c in units[i]:
            if c == "" and go(i + 1, j, last):
                return True
            if c and c == sk[j] and go(i + 1, j + 1, c):
                return True
            if c and c == last and go(i + 1, j, last):
                return True
        return False

    return any(go(i, 0, "") for i in range(len(units)) if any(c == sk[0] for c in units[i]))


def khmer_name_slips(original: str, ospans, draft: str, candidates: list[tuple[int, int, str]],
                     units=_units, skeletons=khmer_skeletons, word_re: re.Pattern = WORD_RE, glued_min: int = 3):
    """Draft names one consonant from a Khmer name of the aligned original (see the module's docstring); Thai
    (:mod:`.namesthai`), also unspaced, passes its own ``units``, ``skeletons`` and ``word_re``, and ``glued_min``,
    the fewest consonants a name must have to be looked for inside a run of glued words."""
    runs = [units(m.group()) for a, b in ospans for m in word_re.finditer(original, a, b)]
    said = {s for a, b in ospans for m in word_re.finditer(original, a, b) for s in skeletons(m.group())}
    kept = []
    for a, b, w in candidates:
        sk = latin_skeleton(w)
        if len(sk) < 3 or (len(sk) >= glued_min and any(_runs_through(u, sk) for u in runs)):
            continue
        if any(len(s) >= 2 and (sk.startswith(s) or s.startswith(sk)) and abs(len(s) - len(sk)) == 1 for s in said):
            continue  # Sihanouk for សីហនុ: a last consonant added or dropped
        kept.append((a, b, w))
    return persian_name_slips(original, ospans, draft, kept, skeletons, word_re, latin_skeleton)
