"""Hebrew names spelled in Latin letters (A005), by their consonants as :mod:`.namespersian` compares Persian ones.

Hebrew writes no short vowels: ``נתניהו`` is Netanyahu, ``הרצוג`` Herzog, ``סמוטריץ'`` Smotrich, ``גרינברג``
Greenberg. Each letter is read as the sound classes English spells it with: ו as v or a vowel (nothing), י, א
and ע as nothing, ב as b or v, פ as p or f, כ as k, kh or ch, ח as h, kh or ch, ק as k or q, צ as ts, tz or z,
ש as sh or s, ת as t, a final ה as h or nothing; a geresh makes צ' ch, ג' j (or g: George) and ז' zh. A prefix letter glued to
the name (``לנתניהו`` "to Netanyahu", ``מירושלים``, ``ובחיפה``) may be dropped. The comparison itself (a draft
name one consonant from a name of the aligned original, no word there spelling it outright) is
:func:`.namespersian.persian_name_slips`. Exonyms far from the letters (ירושלים Jerusalem) differ in their
first consonant and are never taken for a slip.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

_CLASSES = {
    "ב": ("b", "v"), "ג": ("g",), "ד": ("d",), "ה": ("h",), "ו": ("v", ""), "ז": ("s",), "ח": ("h", "X", "C"),
    "ט": ("t",), "כ": ("k", "X", "C"), "ך": ("k", "X", "C"), "ל": ("l",), "מ": ("m",), "ם": ("m",), "נ": ("n",),
    "ן": ("n",), "ס": ("s",), "פ": ("p", "f"), "ף": ("f", "p"), "צ": ("ts", "s"), "ץ": ("ts", "s"), "ק": ("k", "G"),
    "ר": ("r",), "ש": ("S", "s"), "ת": ("t",),
}
_GERESH = {"צ": ("C",), "ץ": ("C",), "ג": ("j", "g"), "ז": ("Z", "j"), "ת": ("t", "s")}
_SILENT = frozenset("אעי") | frozenset(chr(c) for c in range(0x0591, 0x05C8))  # and the niqqud points
WORD_RE = re.compile(r"[\u05d0-\u05ea\u0591-\u05c7]+(?:['׳](?![\u05d0-\u05ea]))?")
_PREFIX_LETTERS = "ובלמהשכ"


def _collapse(s: str) -> str:
    return re.sub(r"(.)\1+", r"\1", s)


def _skeletons(word: str) -> set[str]:
    units: list[tuple[str, ...]] = []
    for i, ch in enumerate(word):
        if ch in "'׳":
            continue
        if i + 1 < len(word) and word[i + 1] in "'׳" and ch in _GERESH:
            units.append(_GERESH[ch])
        elif ch in _CLASSES:
            units.append(_CLASSES[ch])
        elif ch not in _SILENT:
            return set()
    if units and units[-1] == ("h",):
        units[-1] = ("h", "")
    if len(units) > 9:
        return {_collapse("".join(u[0] for u in units))}
    return {_collapse("".join(c)) for c in itertools.product(*units)}


@lru_cache(maxsize=8192)
def hebrew_skeletons(word: str) -> frozenset[str]:
    """The consonant skeletons a Hebrew word may be spelled with, and the same without a glued prefix letter."""
    out = _skeletons(word)
    if len(word) >= 4 and word[0] in _PREFIX_LETTERS:
        out |= _skeletons(word[1:])
    return frozenset(out | {s.replace("tsh", "tZ") for s in out if "tsh" in s})  # Yitzhak: the draft's "zh" read as one


# A name's last letter when it is a vowel letter, and the vowels English ends that name with: שפירא is Shapira,
# נתניהו Netanyahu, לוי Levy or Levi, משה Moshe, חיפה Haifa. (A final consonant sound, Shalev for שלו or Moses
# for משה, says nothing of the vowel and is not compared.)
_FINAL_VOWELS = {"א": "ae", "ה": "ae", "ו": "ou", "י": "iye"}


def _final_vowels(word: str) -> str:
    """The vowels English may end the name with: a final יה is also English "-y" (גרמניה Germany, איטליה
    Italy, טורקיה Turkey, as well as סוריה Syria), the country names' -ia shortened."""
    return _FINAL_VOWELS.get(word[-1], "aeiouy") + ("y" if word.endswith("יה") else "")


def hebrew_vowel_slips(original: str, ospans, draft: str, candidates: list[tuple[int, int, str]]) -> list:
    """Draft names whose consonants are a name of the aligned original's but whose last vowel its last letter
    forbids: "Shapiro" for שפירא (Shapira). The consonant comparison cannot see this, Hebrew writing no short
    vowels; a final vowel letter is written, and MT swaps one family name for a better-known one beside it."""
    from .mismatch import Mismatch
    from .namespersian import latin_skeleton

    owords = [(m.start(), m.end(), m.group()) for a, b in ospans for m in WORD_RE.finditer(original, a, b)]
    out = []
    for a, b, w in candidates:
        sk, last = latin_skeleton(w), w[-1:].lower()
        if len(sk) < 3 or last not in "aeiouy":
            continue
        same = [(oa, ob, ow) for oa, ob, ow in owords if sk in hebrew_skeletons(ow)]
        if not same or any(last in _final_vowels(ow) for _, _, ow in same):
            continue
        oa, ob, ow = same[0]
        fix = w[:-1] + "a" if ow[-1] == "א" else None
        msg = f"The original spells this name “{ow}”, ending in {ow[-1]}; the draft has “{w}”, another vowel"
        out.append(Mismatch(a, b, oa, ob, msg + (f" (“{fix}”?)" if fix else ""), (a, b, fix) if fix else None))
    return out


_PREV_NAME_RE = re.compile(r"([A-Z][a-z]+)[ \-]$")


def hebrew_anchored_slips(original: str, ospans, draft: str, candidates: list[tuple[int, int, str]]) -> list:
    """A surname one consonant from the original's, beside a given name both share: "Yariv Levy" for ``יריב
    לוין`` (Levin). Two consonants are too few for :func:`.namespersian.persian_name_slips` alone (Levy, Cohen
    and Katz are names of their own); the shared given name says it is the same person's slot."""
    from rapidfuzz.distance import OSA

    from .mismatch import Mismatch
    from .namespersian import latin_skeleton

    owords = [(m.start(), m.end(), m.group()) for a, b in ospans for m in WORD_RE.finditer(original, a, b)]
    said = {s for *_, w in owords for s in hebrew_skeletons(w)}
    out = []
    for a, b, w in candidates:
        sk, prev = latin_skeleton(w), _PREV_NAME_RE.search(draft, max(0, a - 30), a)
        # a given name of one consonant (Noa, Eli) anchors only a long surname ("Noa Feldman" for נועה פרידמן)
        if len(sk) < 2 or sk in said or prev is None or len(psk := latin_skeleton(prev.group(1))) < (
                1 if len(sk) >= 4 else 2):
            continue
        for (_, _, given), (oa, ob, ow) in zip(owords, owords[1:]):
            if (psk in hebrew_skeletons(given) and original[oa - 1 : oa].isspace()
                    and any(len(s) >= 3 and s[0] == sk[0] and OSA.distance(s, sk) == 1 for s in hebrew_skeletons(ow))):
                msg = f"The original spells this name “{ow}”; the draft has “{w}”, a consonant apart"
                out.append(Mismatch(a, b, oa, ob, msg, None))
                break
    return out
