"""Turkish inflected forms of scale and currency words, so a figure keeps its scale whatever the case.

Turkish glues case endings to scale and currency words (3,9 milyona "to 3.9 million", 54,3 milyar dolara,
1,5 milyar liralık), and news shares a whole out with the possessive before the case ending ("947 bin
kontenjanın 312 bini" = 312 thousand of them, "312 bininin", "1,2 milyonunu", "5 milyar lirası"). The
endings follow the word's last vowel."""

from __future__ import annotations

VOWELS = "aıoueiöü"
_TR_BACK = "a ı u da ta dan tan ın un nın nun la lık luk lı lu ya yı yla".split()
_TR_FRONT = "e i ü de te den ten in ün nin nün le lik lük li lü ye yi yle".split()
# the possessive's vowel after the word's last vowel (four-way harmony): bin-i, milyon-u, milyar-ı, lira-sı
_HIGH = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}


def _possessive_forms(word: str) -> list[str]:
    """bini, bininin, binine, bininde, bininden, binini, biniyle: the possessive and the case after it."""
    vowels = [c for c in word if c in VOWELS]
    high = _HIGH[vowels[-1]] if vowels else "ı"
    poss = word + ("s" if word[-1] in VOWELS else "") + high
    back = high in "ıu"
    # genitive, dative, locative, ablative, accusative, and the -ki adjective: bini-n-in, bini-n-e, ...
    cases = (high + "n", *(("a", "da", "dan") if back else ("e", "de", "den")), high, "daki" if back else "deki")
    return [poss] + [poss + "n" + c for c in cases] + [poss + ("yla" if back else "yle")]


def turkish_forms(word: str) -> list[str]:
    """``word`` with the Turkish case endings its vowel harmony allows (milyon: milyona, milyondan, ...)."""
    vowels = [c for c in word if c in VOWELS]
    back = not vowels or vowels[-1] in "aıou"
    ends_vowel = word[-1] in VOWELS
    out = []
    for suf in _TR_BACK if back else _TR_FRONT:
        if suf[0] in VOWELS:  # milyon-a, milyon-un
            keep = not ends_vowel
        elif suf[0] in "yn":  # lira-ya, lira-nın: the buffer after a vowel
            keep = ends_vowel
        else:  # -da, -dan, -lık after either
            keep = True
        if keep:
            out.append(word + suf)
    return list(dict.fromkeys(out + _possessive_forms(word)))
