"""Polish name slips (part of A005): Miszalski as "Myszalski" (an i and a y swapped), Wróblewska as "Wroblewski".

Why: the shared name comparison treats i and y as one letter, since transliteration varies there (Sergei,
Sergey; Zelenskiy, Zelensky). A Polish name is already in Latin letters, and English keeps its i and y, so
a swap inside it is a misspelling, and a fluent one.

How: a capitalised draft word is compared with each capitalised word of the aligned original, diacritics
folded (Łukasz: Lukasz) and the original cut to the draft's length (a declined Miszalskiego against
Miszalski). It is a slip when the two differ only by i against y, and not in the last two letters: there
Polish spellings of foreign names differ from the English (Zełenski, Zelensky; Dmitrij, Dmitry). English
words (Egypt for Egipt, Sicily for Sycylii) and spellings the original uses elsewhere are not slips.
"""

from __future__ import annotations

import re

from ..names import fold, is_common_word
from .mismatch import Mismatch

_DRAFT_WORD_RE = re.compile(r"(?<![\w-])[A-Z][a-z]{3,}(?![\w-])")
_ORIGINAL_WORD_RE = re.compile(r"(?<![\w-])[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]{3,}(?![\w-])")
_ENDING = 2  # the last letters, where Polish and English spell foreign names differently
_MAX_CASE_ENDING = 3  # letters a declined original may have beyond the draft's nominative (Miszalskiego)


def _vowel_swapped(draft_word: str, original_word: str) -> bool:
    """The draft word is the original's spelling (or its start, for a declined original) with i and y swapped."""
    d, o = fold(draft_word), fold(original_word)
    if not 0 <= len(o) - len(d) <= _MAX_CASE_ENDING or d[0] != o[0]:
        return False
    diffs = [k for k, (a, b) in enumerate(zip(d, o)) if a != b]
    return bool(diffs) and all({d[k], o[k]} == {"i", "y"} and k < len(d) - _ENDING for k in diffs)


def polish_iy(original: str, ospans: list[tuple[int, int]], draft: str,
              dspans: list[tuple[int, int]]) -> list[Mismatch]:
    """Draft spellings of the aligned original's names with an i or a y swapped."""
    owords = [m for a, b in ospans for m in _ORIGINAL_WORD_RE.finditer(original, a, b)]
    if not owords:
        return []
    spelt = {fold(m.group()) for m in _ORIGINAL_WORD_RE.finditer(original)}
    out = []
    for a, b in dspans:
        for m in _DRAFT_WORD_RE.finditer(draft, a, b):
            w = m.group()
            if fold(w) in spelt or is_common_word(w):
                continue
            o = next((o for o in owords if _vowel_swapped(w, o.group())), None)
            if o is not None:
                out.append(Mismatch(m.start(), m.end(), o.start(), o.end(),
                                    f"The original spells this name “{o.group()}”; the draft has “{w}”"))
    return out


# a Polish woman's surname in -ska / -cka / -dzka and its cases (-skiej, -ską, -ską); a man's in -ski and his
# (-skiego, -skiemu, -skim); a draft that gives her the man's form (Wróblewska as "Wroblewski") names another person
_FEMININE_RE = re.compile(r"(?<![\w-])([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]{2,}(?:s|c|dz)k)(?:a|iej|ą)(?![\w-])")
_MASCULINE_RE = re.compile(r"(?<![\w-])([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]{2,}(?:s|c|dz)k)(?:i|iego|iemu|im)(?![\w-])")
_DRAFT_MASCULINE_RE = re.compile(r"(?<![\w-])([A-Z][\w]{2,}(?:s|c|dz)k)(?:i|y)(?![\w'’-])")


def polish_gender(original: str, ospans: list[tuple[int, int]], draft: str,
                  dspans: list[tuple[int, int]]) -> list[Mismatch]:
    """Draft surnames in a man's -ski where the aligned original has only a woman's -ska of the same stem."""
    women = {fold(m.group(1)): m for a, b in ospans for m in _FEMININE_RE.finditer(original, a, b)}
    if not women:
        return []
    men = {fold(m.group(1)) for a, b in ospans for m in _MASCULINE_RE.finditer(original, a, b)}
    out = []
    for a, b in dspans:
        for m in _DRAFT_MASCULINE_RE.finditer(draft, a, b):
            o = women.get(fold(m.group(1)))
            if o is not None and fold(m.group(1)) not in men:
                msg = f"The original names a woman, “{o.group()}”; the draft has the man's form “{m.group()}”"
                out.append(Mismatch(m.start(), m.end(), o.start(), o.end(), msg))
    return out


def polish_names(original: str, ospans: list[tuple[int, int]], draft: str,
                 dspans: list[tuple[int, int]]) -> list[Mismatch]:
    """The Polish name slips the shared comparison lets pass: an i and a y swapped, a woman's surname made a man's."""
    return polish_iy(original, ospans, draft, dspans) + polish_gender(original, ospans, draft, dspans)
