"""Persian names spelled in Latin letters (A005): compared by their consonants, as Persian writes no short vowels.

``روحانی`` is Rouhani, Rohani or Rowhani, ``رئیسی`` Raisi or Raeesi, ``تهران`` Tehran, ``اصفهان`` Isfahan or
Esfahan: the short vowels are not written, and the long ones (ا و ی) are spelled a dozen ways. So a name is
read as its consonant skeleton: each Persian letter as a sound class (ق and غ both "gh" or "q"; the s and z
letters س ص ث and ز ذ ض ظ one class, as English gives رویترز as Reuters; و as v or nothing; ی, ا and ع as
nothing; a final ه as h or nothing, Fatemeh or Fatima; a final ف as f or v, as Persian writes the Russian -ov
of Lavrov and Urunov ``لاوروف`` ``اورونوف``), and the draft's word the same way with its vowels
dropped (kh, gh, sh, ch, zh as one consonant each). A draft name counts as a slip when its skeleton is one
consonant away from a word of the aligned original sentences (same first consonant, three or more
consonants), and no word of those sentences has its skeleton outright: "Baheri" for ``باقری`` (Bagheri). The fix
is the spelling the draft itself gives that name elsewhere, when it does.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from rapidfuzz.distance import OSA

from ..names import fold
from .mismatch import Mismatch
from .namespersianvowels import lacks_long_i

_CLASSES = {
    "ب": "b", "پ": "p", "ت": "t", "ط": "t", "ث": "s", "س": "s", "ص": "s", "ج": "j", "چ": "C", "ح": "h", "ه": "h",
    "خ": "X", "د": "d", "ذ": "s", "ز": "s", "ض": "s", "ظ": "s", "ر": "r", "ش": "S", "غ": "G", "ق": "G", "ف": "f",
    "ک": "k", "ك": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n", "ة": "h",
}
_SILENT = frozenset("اآأإءئؤعیيىٔ\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
_CHOICES = {"و": ("v", ""), "ژ": ("Z", "j")}
_WORD_RE = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u064b-\u0652]+")
_DIGRAPHS = (("kh", "X"), ("gh", "G"), ("sh", "S"), ("ch", "C"), ("zh", "Z"), ("ph", "f"), ("th", "t"),
             ("dh", "s"), ("q", "G"), ("w", "v"), ("z", "s"), ("c", "k"), ("x", "ks"))


def _collapse(s: str) -> str:
    return re.sub(r"(.)\1+", r"\1", s)


@lru_cache(maxsize=8192)
def persian_skeletons(word: str) -> frozenset[str]:
    """The consonant skeletons a Persian word may be spelled with (و as v or nothing, a final ه or not)."""
    units: list[tuple[str, ...]] = []
    for ch in word:
        if ch in _CHOICES:
            units.append(_CHOICES[ch])
        elif ch in _CLASSES:
            units.append((_CLASSES[ch],))
        elif ch not in _SILENT:
            return frozenset()
    if units and units[-1] == ("h",):
        units[-1] = ("h", "")
    elif units and units[-1] == ("f",) and len(units) > 2:  # Russian -ov/-ev: اورونوف Urunov, لاوروف Lavrov
        units[-1] = ("f", "v")
    if len(units) > 12:
        return frozenset({_collapse("".join(u[0] for u in units))})
    return frozenset(_collapse("".join(c)) for c in itertools.product(*units))


def latin_skeleton(word: str) -> str:
    """A Latin-script name's consonants, digraphs as one sound (Bagheri: b G r, Rouhani: r h n)."""
    s = fold(word).lower()
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    return _collapse(re.sub(r"[aeiouy'’\-]", "", s))


def _skeletons_in(text: str, spans, skeletons, word_re) -> list[tuple[int, int, str, frozenset[str]]]:
    return [(m.start(), m.end(), m.group(), skeletons(m.group()))
            for a, b in spans for m in word_re.finditer(text, a, b)]


def persian_name_slips(original: str, ospans, draft: str, candidates: list[tuple[int, int, str]],
                       skeletons=persian_skeletons, word_re: re.Pattern = _WORD_RE, latin=None) -> list[Mismatch]:
    """Draft names (``candidates``: start, end, word) one consonant from a Persian name of the aligned original;
    another script that writes no short vowels (Hebrew: :mod:`.nameshebrew`) passes its own ``skeletons``
    (word -> the consonant skeletons it may be spelled with) and ``word_re``; Khmer (:mod:`.nameskhmer`) also
    ``latin``, its reading of the draft's word."""
    latin = latin or latin_skeleton
    owords = _skeletons_in(original, ospans, skeletons, word_re)
    said = {s for *_, sks in owords for s in sks}
    out = []
    for a, b, w in candidates:
        sk = latin(w)
        if len(sk) >= 3 and sk in said and skeletons is persian_skeletons:  # "Karami" for کریمی: namespersianvowels
            same = [(oa, ob, ow) for oa, ob, ow, sks in owords if sk in sks]
            if same and all(lacks_long_i(ow, w, _CLASSES) for *_, ow in same):
                oa, ob, ow = same[0]
                out.append(Mismatch(a, b, oa, ob, f"The original spells this name “{ow}” with a long i (ی) that "
                                    f"the draft's “{w}” does not have"))
            continue
        if len(sk) < 3 or sk in said or _joined_said(draft, a, b, latin, said):
            continue
        close = [(oa, ob, ow) for oa, ob, ow, sks in owords
                 if any(len(s) >= 3 and s[0] == sk[0] and OSA.distance(s, sk) == 1 for s in sks)]
        if not close:
            continue
        oa, ob, ow = close[0]
        fix = _draft_spelling(draft, skeletons(ow), w, latin)
        msg = (f"The original spells this name “{ow}”; the draft has “{w}”, a consonant apart"
               + (f" (elsewhere the draft has “{fix}”)" if fix else ""))
        out.append(Mismatch(a, b, oa, ob, msg, (a, b, fix) if fix else None))
    return out


_NEXT_RE = re.compile(r"[ \-]([A-Z][a-z'’]+)")
_PREV_RE = re.compile(r"([A-Z][a-z'’]+)[ \-]$")


def _joined_said(draft: str, a: int, b: int, latin, said: set[str]) -> bool:
    """Whether the word with its capitalised neighbour is a name of the original written as one word:
    ``شهرچای`` is "Shahr Chay" in English, ``محمدصادق`` "Mohammad Sadegh"; "Shahr" alone is no slip."""
    nxt = _NEXT_RE.match(draft, b)
    prev = _PREV_RE.search(draft, max(0, a - 30), a)
    return ((nxt is not None and latin(draft[a:b] + nxt.group(1)) in said)
            or (prev is not None and latin(prev.group(1) + draft[a:b]) in said))


def _draft_spelling(draft: str, skeletons: frozenset[str], word: str, latin=latin_skeleton) -> str | None:
    """A capitalised word of the draft spelling the original's name right (the draft's own "Bagheri")."""
    for m in re.finditer(r"\b[A-Z][a-z'’]{2,}\b", draft):
        if m.group() != word and latin(m.group()) in skeletons:
            return m.group()
    return None
