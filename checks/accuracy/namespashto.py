"""Pashto names spelled in Latin letters (A005), by their consonants as :mod:`.namespersian` reads Persian ones.

Pashto writes the Persian letters and its own: the retroflex ټ ډ ړ ڼ (t, d, r, n in English), ګ (g), ښ (sh or
kh: پښتون Pashtun or Pakhtun), ږ (zh or g), ځ (dz or z: ځدراڼ Zadran), څ (ts or s), and the vowel letters ې ۍ
and the final ي, silent like ی. ``میوندي`` is Maiwandi, ``حکمتیار`` Hekmatyar; "Maiwani" is a consonant away.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from .namespersian import _CHOICES, _CLASSES, _SILENT, _collapse

_PASHTO = {"ټ": ("t",), "ډ": ("d",), "ړ": ("r",), "ڼ": ("n",), "ګ": ("g",), "ښ": ("S", "X"), "ږ": ("Z", "g", "j"),
           "ځ": ("ds", "s"), "څ": ("ts", "s")}
WORD_RE = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u064b-\u0652]+")


@lru_cache(maxsize=8192)
def pashto_skeletons(word: str) -> frozenset[str]:
    """The consonant skeletons a Pashto word may be spelled with (ښ as sh or kh, و as v or nothing)."""
    units: list[tuple[str, ...]] = []
    for ch in word:
        if ch in _PASHTO:
            units.append(_PASHTO[ch])
        elif ch in _CHOICES:
            units.append(_CHOICES[ch])
        elif ch in _CLASSES:
            units.append((_CLASSES[ch],))
        elif ch not in _SILENT and ch not in "ېۍ":
            return frozenset()
    if units and units[-1] == ("h",):
        units[-1] = ("h", "")
    if len(units) > 10:
        return frozenset({_collapse("".join(u[0] for u in units))})
    return frozenset(_collapse("".join(c)) for c in itertools.product(*units))
