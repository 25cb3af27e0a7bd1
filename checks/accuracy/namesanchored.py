"""A Devanagari name misread beside one read right (part of A005): सीता पाण्डेका as "Gita Pandey".

Why: the letter-by-letter comparison of :mod:`.propernames` takes a changed first letter for another person
(Gita and Sita are both names), and across scripts it may not guess. The pair's order says more: when the draft's
"Pandey" is the original's पाण्डे, the word before it in the draft stands for the word before पाण्डे in the
original. So a draft name is flagged when its neighbour is the original's name, the original's word on the same
side of that name has no counterpart in the draft sentence, and the draft's word is one letter from one of its
romanisations, whatever letter that is.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from ..names import VARIANT, fold, relation, same_devanagari_name, single_vowels
from .mismatch import Mismatch

_CAPITALISED = re.compile(r"[A-Z][a-z]+(?:['’-][A-Za-z]+)*")


def _matches(w: str, o) -> bool:
    forms = o.forms | {o.latin}
    return same_devanagari_name(w, forms) or any(relation(w, f) >= VARIANT for f in forms)


def anchored_slips(original: str, owords: list, draft: str, dspans, candidates, flagged) -> list[Mismatch]:
    """``owords``: the aligned original's Devanagari words (``propernames._Word``); ``candidates``: the draft's
    name-like words (start, end, word); ``flagged``: draft spans other readers already flagged."""
    owords = [o for o in owords if o.cross_script]
    if not owords:
        return []
    said = [(m.start(), m.end(), m.group()) for a, b in dspans for m in _CAPITALISED.finditer(draft, a, b)]
    unmatched = {id(o) for o in owords if not any(_matches(w, o) for *_, w in said)}
    out = []
    for a, b, w in candidates:
        if (a, b) in flagged or len(w) < 4 or any(_matches(w, o) for o in owords):
            continue
        hit = _beside(original, owords, draft, said, a, b, w, unmatched)
        if hit:
            out.append(Mismatch(a, b, hit.start, hit.end, f"The original has “{hit.text}” ({hit.latin}) at this "
                                f"place, beside the same name; the draft has “{w}”", None))
    return out


def _beside(original, owords, draft, said, a, b, w, unmatched):
    for side in (-1, 1):
        near = [n for n in said if (n[0] == b + 1 if side > 0 else n[1] == a - 1)]
        if not near or (draft[b:b + 1] if side > 0 else draft[a - 1:a]) != " ":
            continue
        for j, o in enumerate(owords):
            i = j - side  # the original's word on the same side of the anchor as w is of its neighbour
            if not 0 <= i < len(owords) or not _matches(near[0][2], o):
                continue
            other = owords[i]
            gap = original[min(other.end, o.end):max(other.start, o.start)]
            if gap.strip() or id(other) not in unmatched:
                continue
            forms = other.forms | {other.latin}
            if any(OSA.distance(fold(x), fold(f)) <= 1 for x in (w, single_vowels(w)) for f in forms):
                return other
    return None
