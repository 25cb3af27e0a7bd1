"""A name misread beside one read right (part of A005): सीता पाण्डेका as "Gita Pandey", الصربي ألكسندر ميتروفيتش
as "the Serbian Aleksandar Mitrovski".

Why: the letter-by-letter comparisons take a changed first letter for another person (Gita and Sita are both
names), and across scripts that write no short vowels a changed ending is more than one consonant (Mitrović's
-vić as -vski). The pair's order says more: when the draft's "Pandey" is the original's पाण्डे, the word before it
in the draft stands for the word before पाण्डे in the original. So a draft name is flagged when its neighbour is
the original's name, the original's word on the same side of that name has no counterpart in the draft
sentence, and the draft's word is close to it: one letter from a Devanagari word's romanisation, whatever
letter; or, for Arabic, the same first four consonants and more than half of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from os.path import commonprefix

from rapidfuzz.distance import OSA

from ..names import VARIANT, fold, relation, same_devanagari_name, single_vowels
from .mismatch import Mismatch
from .namessandwich import a_word_not_a_name, sandwiched
from .namespersian import _WORD_RE as _ARABIC_WORD_RE, latin_skeleton, persian_skeletons

_CAPITALISED = re.compile(r"[A-Z][a-z]+(?:['’-][A-Za-z]+)*")


def _devanagari_matches(w: str, o) -> bool:
    forms = o.forms | {o.latin}
    return same_devanagari_name(w, forms) or any(relation(w, f) >= VARIANT for f in forms)


def _devanagari_close(w: str, o) -> bool:
    """One letter from a romanisation, or the first two letters only (सुरेश as "Naresh": the same -resh, another
    name; not a spelling's v as w or b further in, Vaivarta as "Baiwarta")."""
    forms = o.forms | {o.latin}
    return any(OSA.distance(a, b) <= 1 or (len(a) >= 5 and a[2:] == b[2:])
               for x in (w, single_vowels(w)) for f in forms for a, b in ((fold(x).lower(), fold(f).lower()),))


def anchored_slips(original: str, owords: list, draft: str, dspans, candidates, flagged) -> list[Mismatch]:
    """Devanagari: ``owords`` are the aligned original's words (``propernames._Word``); ``candidates`` the draft's
    name-like words (start, end, word); ``flagged`` draft spans other readers already flagged."""
    return _anchored([o for o in owords if o.cross_script], draft, dspans, candidates, flagged,
                     _devanagari_matches, _devanagari_close)


@dataclass(frozen=True)
class _Arabic:
    start: int
    end: int
    text: str
    skeletons: frozenset[str]

    @property
    def latin(self) -> str:
        return min(self.skeletons, key=len, default="")


# Arabic letters English also spells otherwise than Persian does: ض as d (Ramadan), ث as th, ج as g (Egypt's
# Gamal), ق as k (Kuwaiti forms); the article ال glued to a name.
_ARABIC_ALTERNATIVES = str.maketrans({"ض": "د", "ظ": "ذ", "ث": "ت", "ج": "گ", "ق": "ك"})


def _arabic_skeletons(word: str) -> frozenset[str]:
    forms = {word, word.translate(_ARABIC_ALTERNATIVES)}
    forms |= {f.replace("تش", "چ").replace("ف", "و") for f in forms}  # a foreign name's ch (Mitrović) and v
    forms |= {f[2:] for f in forms if f.startswith("ال") and len(f) > 4}
    abd = {"bdl"} if word == "عبد" else set()  # Abdul, Abdel: عبد with the next word's article
    return frozenset(s for f in forms for s in persian_skeletons(f)) | abd


def arabic_anchored_slips(original: str, ospans, draft: str, dspans, candidates, flagged,
                          lang: str = "ar") -> list[Mismatch]:
    """Arabic, or Persian (``lang`` "fa", its own skeletons, and only a changed first consonant: the one slip
    :func:`.namespersian.persian_name_slips` leaves to the anchor, اوسمار ویرا as "Osmar Pereira")."""
    skeletons, close = (persian_skeletons, _first_consonant) if lang == "fa" else (_arabic_skeletons, _arabic_close)
    shortest = 2 if lang == "fa" else 0  # ویرا may read "r" alone, and so does the draft's "Our"
    owords = [_Arabic(m.start(), m.end(), m.group(), frozenset(s for s in skeletons(m.group()) if len(s) >= shortest))
              for a, b in ospans for m in _ARABIC_WORD_RE.finditer(original, a, b)]
    matches = lambda w, o: bool(_latin(w) & o.skeletons)  # noqa: E731
    out = _anchored(owords, draft, dspans, candidates, flagged, matches, close)
    return out + (_arabic_sandwiched(original, owords, draft, dspans, flagged | {(m.start, m.end) for m in out},
                                     matches) if lang == "ar" else [])


def _arabic_sandwiched(original: str, owords, draft: str, dspans, flagged, matches) -> list[Mismatch]:
    """Another name between two the draft reads right (عبد الحكيم الشبلي as "Abdul Karim Shibli"), whatever its
    letters, when the original's word has no counterpart in the draft sentence (:mod:`.namessandwich`)."""
    said = {m.group() for a, b in dspans for m in _CAPITALISED.finditer(draft, a, b)}
    out = []
    for a, b, w, o in sandwiched(original, owords, draft, dspans, matches):
        if ((a, b) in flagged or len(w) < 4 or any(matches(w, x) for x in owords) or any(matches(s, o) for s in said)
                or a_word_not_a_name(w)):
            continue
        out.append(Mismatch(a, b, o.start, o.end, f"The original has “{o.text}” ({o.latin}) at this place, between "
                            f"the same names; the draft has “{w}”", None))
    return out


# first consonants English spells otherwise than the Persian letter reads: ch as k (Christopher کریستوفر), q or
# gh as k or g (Kassem, Gholam), j as zh
_SAME_START = ({"C", "k"}, {"G", "k"}, {"G", "g"}, {"j", "Z"}, {"k", "g"})


def _first_consonant(w: str, o) -> bool:
    """The skeleton with only its first consonant changed (Pereira p-r for ویرا v-r; a word-initial و is
    always v)."""
    sk = latin_skeleton(w)
    if not o.text.startswith("و") and sk[1:] in persian_skeletons(o.text):
        return False  # Jurgen for یورگن: the draft's first consonant is a letter Persian reads as a vowel (ی)
    return any(len(s) >= 2 and len(sk) == len(s) and sk[1:] == s[1:] and sk[0] != s[0]
               and {sk[0], s[0]} not in _SAME_START for s in o.skeletons)


def _latin(w: str) -> set[str]:
    """The draft word's skeletons: as written, a Slavic final ć or c read as ch (Mitrović, Mitrovic), tch as ch."""
    return {latin_skeleton(f) for f in (w, re.sub(r"c$", "ch", fold(w)), fold(w).replace("tch", "ch"))}


def _arabic_close(w: str, o) -> bool:
    """Most of the skeleton the same from its start (Mitrovski for ميتروفيتش), or its consonants in another order
    after the same first one (Sadafi for الصفدي, Safadi: two letters swapped)."""
    sk = latin_skeleton(w)
    for s in o.skeletons:
        same = len(commonprefix([sk, s]))
        if same >= 4 and 2 * same > max(len(sk), len(s)):
            return True
        if len(sk) >= 4 and s[:1] == sk[:1] and sk != s and sorted(sk) == sorted(s):
            return True
    return False


def _anchored(owords, draft, dspans, candidates, flagged, matches, close) -> list[Mismatch]:
    if not owords:
        return []
    said = [(m.start(), m.end(), m.group()) for a, b in dspans for m in _CAPITALISED.finditer(draft, a, b)]
    unmatched = {id(o) for o in owords if not any(matches(w, o) for *_, w in said)}
    out = []
    for a, b, w in candidates:
        if (a, b) in flagged or len(w) < 4 or any(matches(w, o) for o in owords):
            continue
        hit = _beside(owords, draft, said, a, b, unmatched, matches, lambda o: close(w, o))
        if hit:
            shown = f"“{hit.text}” ({hit.latin})" if hasattr(hit, "forms") else f"“{hit.text}”"
            out.append(Mismatch(a, b, hit.start, hit.end, f"The original has {shown} at this place, beside the "
                                f"same name; the draft has “{w}”", None))
    return out


def _beside(owords, draft, said, a, b, unmatched, matches, close):
    for side in (-1, 1):
        near = [n for n in said if (n[0] == b + 1 if side > 0 else n[1] == a - 1)]
        if not near or (draft[b:b + 1] if side > 0 else draft[a - 1:a]) != " ":
            continue
        for j, o in enumerate(owords):
            i = j - side  # the original's word on the same side of the anchor as w is of its neighbour
            if not 0 <= i < len(owords) or not matches(near[0][2], o):
                continue
            other = owords[i]
            if id(other) in unmatched and abs(other.start - o.start) <= len(other.text) + len(o.text) + 2 \
                    and close(other):
                return other
    return None
