"""Korean names in the draft checked against the original's Hangul (part of A005).

Why: MT writes a Korean name in Latin letters and may get one syllable of it wrong, fluently: 김나영 as
"Kim Na-yeon", 안덕근 as "Ahn Duk-gun". The press's spellings vary (이 is Lee, Yi or Rhee; 명 Myeong, Myung or
Myong; 석 Seok or Suk), so a name is compared syllable by syllable with every fair spelling of each
(:mod:`checks.names.hangul`), never letter by letter with one romanisation.

How: a draft name is a family name's spelling (Lee, Park, Kim, Choi, Chung ...) followed by a given name
(Jae-myung, Suk Yeol, Jaemyung). It is confirmed when some word of the original starts with that family name
and goes on with syllables the given name spells. An unconfirmed name is a slip when a word of the aligned
original sentence has the family name and a given name of two syllables or more that the draft spells but
for exactly one syllable (or the given name whole and another family name): the draft word is flagged, with
the original's Hangul and its Revised Romanization.
"""

from __future__ import annotations

import re

from ..names import HANGUL_RE, HANGUL_SURNAMES as SURNAMES, hangul_primary as primary, hangul_spells as spells
from ..names import hangul_syllables as syllable_spellings, is_common_word
from .mismatch import Mismatch

_WORD = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:-[A-Za-z][a-z]*)?(?![\w-])")
_FAMILY = frozenset(s for c in SURNAMES for s in syllable_spellings(c, True))
_H = "\uac00-\ud7a3"
_WORD_START = re.compile(rf"(?<![{_H}])[{_H}]{{2,4}}")


def _given_names(words, k: int, draft: str):
    """The given names after family name ``words[k]``: the next word (Jae-myung, Jaemyung), or two unhyphenated
    words (Suk Yeol), each as (draft words, their pieces)."""
    out = []
    chain = []
    for j in (k + 1, k + 2):
        if j >= len(words) or draft[words[j - 1][1] : words[j][0]] != " " or _english(words[j][2]):
            break
        if chain and ("-" in words[j][2] or "-" in chain[0][2]):
            break
        chain.append(words[j])
        out.append(tuple(chain))
    return [(c, [p.lower() for w in c for p in w[2].split("-")]) for c in out]


def _names_in(original: str, spans) -> list[tuple[int, str]]:
    """(position, Hangul) of each original word that starts with a family name."""
    return [(m.start(), m.group()) for a, b in spans for m in _WORD_START.finditer(original, a, b)
            if m.group()[0] in SURNAMES]


def _confirmed(family: str, pieces: list[str], names) -> bool:
    letters = "".join(pieces)
    for _, word in names:
        if family in syllable_spellings(word[0], True):
            if any(spells(letters, word[1 : 1 + n], False) for n in range(1, len(word))):
                return True
    return False


def _one_off(pieces: list[str], given: str) -> int | None:
    """The syllable of ``given`` that the draft's pieces alone do not spell (the others all agree), or None."""
    if len(pieces) == len(given):
        wrong = [i for i, (p, c) in enumerate(zip(pieces, given)) if p not in syllable_spellings(c)]
        return wrong[0] if len(wrong) == 1 else None
    letters = "".join(pieces)
    if len(pieces) != 1:
        return None
    for j, c in enumerate(given):  # a joined given name: the syllables before and after j spell its ends
        for a in range(len(letters) + 1):
            for b in range(a + 1, min(len(letters), a + 7) + 1):
                if (spells(letters[:a], given[:j], False) if j else a == 0) and (
                        spells(letters[b:], given[j + 1 :], False) if j + 1 < len(given) else b == len(letters)):
                    if letters[a:b] not in syllable_spellings(c):
                        return j
    return None


def _shown(word: str) -> str:
    given = "-".join(primary(c) for c in word[1:])
    return f"{SURNAMES[word[0]][0].capitalize()} {given[:1].upper()}{given[1:]}"


def compare_hangul_names(original: str, ospans: list[tuple[int, int]], draft: str,
                         dspans: list[tuple[int, int]]) -> list[Mismatch]:
    """Draft spellings of the aligned original's Korean names that are one syllable off."""
    if not HANGUL_RE.search(original):
        return []
    words = [(m.start(), m.end(), m.group()) for a, b in dspans for m in _WORD.finditer(draft, a, b)]
    everywhere = None
    local = _names_in(original, ospans)
    out = []
    for k, (fs, fe, fw) in enumerate(words):
        family = fw.lower()
        if family not in _FAMILY or not local:
            continue
        if everywhere is None:
            everywhere = _names_in(original, [(0, len(original))])
        for chain, pieces in _given_names(words, k, draft):
            if _confirmed(family, pieces, everywhere):
                break
        else:
            out += _slips(original, draft, (fs, fe, fw), _given_names(words, k, draft), local)
    return out


def _slips(original, draft, family_word, chains, local) -> list[Mismatch]:
    fs, fe, fw = family_word
    for chain, pieces in chains:
        for at, word in local:
            for n in range(min(len(word) - 1, 3), 1, -1):  # given names of two or three syllables
                given = word[1 : 1 + n]
                name = word[: 1 + n]
                same_family = fw.lower() in syllable_spellings(word[0], True)
                if same_family:
                    j = _one_off(pieces, given)
                    if j is None:
                        continue
                    hit = chain[min(j, len(chain) - 1)] if len(chain) > 1 else chain[0]
                    fix = None
                    if len(pieces) == n and len(chain) == 1:
                        parts = chain[0][2].split("-")
                        parts[j] = _cased(primary(given[j]), parts[j])
                        fix = "-".join(parts)
                    elif len(pieces) == n:
                        fix = _cased(primary(given[j]), hit[2])
                elif spells("".join(pieces), given, False):
                    hit, fix = (fs, fe, fw), None  # the given name right, the family name another's
                else:
                    continue
                msg = f"The original has “{name}” ({_shown(name)}) here; the draft has “{hit[2]}”"
                return [Mismatch(hit[0], hit[1], at, at + len(name), msg, (hit[0], hit[1], fix) if fix else None)]
    return []


def _cased(spelling: str, like: str) -> str:
    return spelling.capitalize() if like[:1].isupper() else spelling


def _english(word: str) -> bool:
    """An English word after a family name ("Han River", "Park Avenue"); a hyphenated given name never is."""
    return "-" not in word and is_common_word(word)
