"""Hungarian case endings glued to the words that follow a figure (3,2 milliárd forintot, 15 százalékkal,
8,45 méteren, 850 milliós, 2,5 milliárdos): the forms of a word that :mod:`.numwords` lists beside it.

Hungarian agglutinates: a case ending follows the word's vowel harmony (back ``-ban``, front ``-ben``,
front rounded ``-höz``), a final a/e lengthens before it (tonna: tonnát), and the ``-val``/``-vel`` of the
instrumental takes the sound of a final consonant (forint: forinttal, milliárd: milliárddal, ezer: ezerrel).
"""

from __future__ import annotations

import re

_VOWELS = "aáeéiíoóöőuúüű"
# harmony -> endings after a consonant (the ones after a vowel drop their first vowel: millió-t, millió-n, -s)
_ENDINGS = {
    "b": "ban ba ra ról tól ból nak nál hoz ig ért nyi ként on ot os",
    "f": "ben be re ről től ből nek nél hez ig ért nyi ként en et es",
    "r": "ben be re ről től ből nek nél höz ig ért nyi ként ön öt ös",
}
_INSTRUMENTAL = {"b": "al", "f": "el", "r": "el"}


def hungarian_forms(word: str, harmony: str) -> list[str]:
    """``word`` with the case endings and the adjectival ``-s`` news glues to it after a figure
    (harmony ``b`` back, ``f`` front, ``r`` front rounded)."""
    stem = word[:-1] + {"a": "á", "e": "é"}.get(word[-1], word[-1])
    vowel = stem[-1] in _VOWELS
    out = []
    for end in _ENDINGS[harmony].split():
        if vowel and end in ("on", "en", "ön", "ot", "et", "öt", "os", "es", "ös"):
            end = end[1:]  # millión, milliót, milliós
        out.append(stem + end)
    if stem[-1] in "lrnjsz":
        out.append(stem + "t")  # dollárt, métert (beside milliárdot, forintot)
    out.append(stem + ("v" if vowel else stem[-1]) + _INSTRUMENTAL[harmony])  # millióval, forinttal
    return [f for f in out if f != word]


# Case endings of names, longest first (Orbánnak, Szegedről, Debrecenből, Budapesten, Orbánt, Szegedi,
# Orbánék "Orbán and his people"); the instrumental doubles a final consonant (Orbánnal, Pintérrel)
_NAME_ENDINGS = sorted(
    "nak nek ban ben ba be ra re ról ről tól től ból ből hoz hez höz nál nél ig ért ként on en ön n ot et öt t i "
    "ék éké ékkal ékkel éknak éknek ékat éket ékhoz ékhez ékról ékről ékra ékre ékon éken éktől éktól ra re".split(),
    key=len, reverse=True)


def hungarian_stems(word: str) -> set[str]:
    """The name a Hungarian case ending is glued to (Orbánnak: Orbán, Szegedről: Szeged, Szentendréről:
    Szentendre, Orbánnal: Orbán), for comparing the draft's spelling with the name itself."""
    out = set()
    low = word.lower()
    m = re.search(r"([^\W\d_])\1(?:al|el)$", low)  # Orbánnal, Pintérrel (not Szegedre's re)
    if m and len(word) - 3 >= 3:
        out.add(word[:-3])
    for end in _NAME_ENDINGS:
        if low.endswith(end) and len(word) - len(end) >= 3:
            stem = word[: -len(end)]
            out.add(stem)
            if stem[-1] in "áé":  # the lengthened final vowel of Szentendrén, Tiszán
                out.add(stem[:-1] + {"á": "a", "é": "e"}[stem[-1]])
    return out
