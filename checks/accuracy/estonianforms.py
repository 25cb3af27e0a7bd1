"""Estonian declensions of names, which change more than an ending (part of A005's "same name" test).

Estonian declines every name and alters the stem as it does: Rebane / Rebase (-ne becomes -se), Viitamägi /
Viitamäe, Viitamäega (mägi "hill" and jõgi "river" lose their g), Mutt / Muti (a doubled consonant halves),
besides fourteen cases glued to the genitive stem (Franzénil, Tallinnas, Jõgevalt). An English draft gives
the nominative; the original's declined form is grammar, not a different spelling.
"""

from __future__ import annotations

# case endings after the genitive stem (already folded: no accents): adessive -l, ablative -lt, allative -le,
# inessive -s, elative -st, illative -sse, comitative -ga, translative -ks, terminative -ni, essive -na,
# abessive -ta, partitive -t/-d, plural -d/-de/-te
CASES = frozenset("l le lt s st sse ga ks ni na ta t d de te".split())
_VOWELS = "aeiou"
# nominative ending, genitive stem: Rebane / Rebase, Viitamägi / Viitamäe, Külaline / Külalist, and the weak grade
# of a consonant cluster: Kadriorg / Kadrioru, Kadriorus (org "valley"), Kaljurand / Kaljuranna (rand "beach"),
# -ld / -lla (Kuld / Kulla); Finnish -nen names the same way (Mustonen / Mustose, Mustosega); a final stop's weak
# grade before the genitive vowel (Paet / Paedi, Paediga; Speek / Speegi)
_STEM_CHANGES = (("nen", "se"), ("ne", "se"), ("gi", "e"), ("ne", "st"), ("rg", "ru"), ("nd", "nna"), ("ld", "lla"),
                 *((stop, weak + v) for stop, weak in (("t", "d"), ("k", "g"), ("p", "b")) for v in "aeiu"))


def _ending(rest: str) -> bool:
    """``rest`` is nothing, or one case ending."""
    return rest == "" or rest in CASES


def estonian_inflected(fo: str, fd: str) -> bool:
    """The original's ``fo`` is a declined form of the draft's nominative ``fd`` (both folded)."""
    for nominative, genitive in _STEM_CHANGES:
        stem = fd[: -len(nominative)]
        if fd.endswith(nominative) and stem and fo.startswith(stem + genitive) and _ending(fo[len(stem + genitive) :]):
            return True  # Rebane: Rebase, Rebasele; Viitamägi: Viitamäe, Viitamäega; Külaline: Külalist
    if len(fd) >= 4 and fd[-1] == fd[-2] and fd[-1] not in _VOWELS:  # Mutt: Muti, Mutiga; Kross: Krossi
        for stem in (fd[:-1], fd):
            if fo.startswith(stem) and len(fo) > len(stem) and fo[len(stem)] in _VOWELS \
                    and _ending(fo[len(stem) + 1 :]):
                return True
    for vowel in _VOWELS:  # Franzénia: Franzénil (the genitive stem keeps the final vowel, then a case)
        if fd.endswith(vowel) and fo.startswith(fd[:-1]) and fo[len(fd) - 1 :] in CASES:
            return True
    return False
