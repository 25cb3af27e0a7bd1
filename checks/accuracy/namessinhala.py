"""Sinhala names spelled in Latin letters (A005), by their consonants as :mod:`.namesbengali` compares Bengali ones.

Sinhala has no capitals, so :mod:`.propernames` finds no name in it; the press spells its names in a loose English
romanisation (``විජේසේකර`` Wijesekera or Wijesekara, ``සිංහ`` -singhe, ``ජයසූරිය`` Jayasuriya), so a name is read as
its consonants: aspirates as their plain consonant (ඛ k, ථ ධ t, භ b), the dentals and retroflexes one class (ට ඩ ත
ද: t, d), ශ ෂ ස one s (sh, s), ච ජ one j (ch, j), ව w or v, ය and the vowels nothing, ං n before a g or k
(``අසලංක`` Asalanka), the prenasalised ඟ ඳ ඹ ඬ as n+g, n+d, m+b, n+d, හ h or nothing; g stays apart from k (Gamage,
Kumara). One slip is reported: a surname that starts as the original's but ends otherwise beside a given name
both share ("Anusha Wijesinghe" for ``අනූෂා විජේසේකර``): Wijesinghe and Wijesekera are two families, not two
spellings. A draft name one consonant from a word of the original (Asalanga for ``අසලංක``) is not reported: on
MLQE-PE si-en test post-edits that test flagged 4.3% of sentences (Tutankhamun, Sorbonne, Sigmund, Bhikkhuni:
foreign names and loanwords that Sinhala writes by sound), against 0.0% without it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA

from ..names import fold, is_common_word
from .mismatch import Mismatch
from .nameskhmer import skeletons_of

_CLASS: dict[str, tuple[str, ...]] = {}
for _letters, _c in (("කඛ", ("k",)), ("ගඝ", ("g",)), ("චඡජඣ", ("C",)), ("ඤඥණනඞ", ("n",)),
                     ("ටඨඩඪතථදධ", ("t",)), ("පඵෆ", ("p",)), ("බභ", ("b",)), ("ම", ("m",)), ("ර", ("r",)),
                     ("ලළ", ("l",)), ("ශෂස", ("s",)), ("හ", ("h", "")), ("ව", ("v",)), ("ය", ("",))):
    _CLASS.update(dict.fromkeys(_letters, _c))
_PRENASAL = {"ඟ": (("n",), ("g",)), "ඳ": (("n",), ("t",)), "ඬ": (("n",), ("t",)), "ඹ": (("m",), ("b",))}
WORD_RE = re.compile(r"[\u0d80-\u0dff\u200d]+")
# case endings glued to a name: -ගේ (of), -ට (to), -ද (also), -ගෙන් / -ින් / -යෙන් (from), -දී / -හි (at, in:
# දඹුල්ලේදී "in Dambulla")
_ENDING_RE = re.compile(r"(?:ගෙන්|යෙන්|ෙන්|ින්|ගේ|ට|ද|දී|හි)$")
_LATIN = (("chh", "C"), ("ch", "C"), ("kh", "k"), ("gh", "g"), ("jh", "C"), ("th", "t"), ("dh", "t"), ("ph", "p"),
          ("bh", "b"), ("sh", "s"), ("j", "C"), ("z", "s"), ("q", "k"), ("c", "k"), ("d", "t"), ("f", "p"),
          ("w", "v"), ("x", "ks"))
_PREV_NAME_RE = re.compile(r"([A-Z][a-z'’]+) $")


def _collapse(s: str) -> str:
    return re.sub(r"(.)\1+", r"\1", s)


def _units(word: str) -> list[tuple[str, ...]]:
    units: list[tuple[str, ...]] = []
    for i, ch in enumerate(word):
        if ch == "\u0d82":  # anusvara: n before the g or k English writes (සිංහ -singhe, අසලංක Asalanka)
            units += [("n",), ("g", "")] if word[i + 1 : i + 2] not in ("ක", "ග") else [("n",)]
        elif ch in _PRENASAL:
            units += list(_PRENASAL[ch])
        elif ch in _CLASS:
            units.append(_CLASS[ch])
    return units


@lru_cache(maxsize=8192)
def sinhala_skeletons(word: str) -> frozenset[str]:
    """The consonant skeletons a Sinhala word, with or without a glued case ending, may be spelled with."""
    return skeletons_of([_units(w) for w in {word, _ENDING_RE.sub("", word)}], lambda units: len(units) > 10)


def latin_skeleton(word: str) -> str:
    """A Latin-script name's consonants as Sinhala romanisation spells them (Wijesekera: v C s k r)."""
    s = fold(word).lower()
    for a, b in _LATIN:
        s = s.replace(a, b)
    return _collapse(re.sub(r"[aeiouy'’\-]", "", s))


def _common_start(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def sinhala_name_slips(original: str, ospans, draft: str, words: list[tuple[int, int, str]]) -> list[Mismatch]:
    """Surnames that change their end beside a given name shared with the aligned original (see the module's
    docstring). ``words`` are the draft's capitalised words."""
    owords = [(m.start(), m.end(), m.group()) for a, b in ospans for m in WORD_RE.finditer(original, a, b)]
    said = {s for *_, w in owords for s in sinhala_skeletons(w)}
    # an old English spelling that swaps two consonants (Trincomalee for ත්‍රිකුණාමලය) is no slip
    candidates = [(a, b, w) for a, b, w in words if not is_common_word(w)
                  and not any(sorted(s) == sorted(latin_skeleton(w)) for s in said)]
    out: list[Mismatch] = []
    for a, b, w in candidates:
        sk, prev = latin_skeleton(w), _PREV_NAME_RE.search(draft, max(0, a - 30), a)
        if (len(sk) < 4 or sk in said or prev is None or len(psk := latin_skeleton(prev.group(1))) < 2
                or any(m.start <= a < m.end for m in out)):
            continue
        for (_, _, given), (oa, ob, ow) in zip(owords, owords[1:]):
            sks = sinhala_skeletons(ow)
            if (psk in sinhala_skeletons(given) and all(len(s) >= 4 for s in sks)
                    and any(_common_start(s, sk) >= 3 and OSA.distance(s, sk) >= 2 for s in sks)):
                out.append(Mismatch(a, b, oa, ob, f"The original spells this name “{ow}”; the draft has “{w}”, "
                                                  f"another name with the same start"))
                break
    return out
