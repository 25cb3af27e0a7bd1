"""Indonesian and Malay number words: dua puluh lima (25), lima belas (15), tiga ratus (300), seratus, seribu,
dua ratus lima puluh ribu (250,000), satu setengah (1.5: satu setengah juta, 1.5 million), setengah juta.

The words build a figure by multiplying the word before: puluh is tens (dua puluh 20), belas the teens (lima
belas 15), ratus hundreds and ribu thousands; the prefix se- is "one" (sepuluh, sebelas, seratus, seribu).
Juta, miliar and triliun are scale words (numtables.py) read after the figure.
"""

from __future__ import annotations

_UNITS = "satu:1 dua:2 tiga:3 empat:4 lima:5 enam:6 tujuh:7 delapan:8 sembilan:9 sepuluh:10 sebelas:11"
WORDS_ID = _UNITS + " seratus:100 seribu:1000 puluh:10 belas:10 ratus:100 ribu:1000 setengah:0.5"
WORDS_MS = WORDS_ID + " lapan:8"  # Malay eight


def combine(parts: list[str], words: dict[str, float]) -> float:
    """The value of a run of Indonesian number words (lower case)."""
    total = hundreds = cur = 0.0
    for p in parts:
        if p == "puluh":
            cur = (cur or 1) * 10
        elif p == "belas":
            cur += 10
        elif p == "ratus":
            hundreds += (cur or 1) * 100
            cur = 0.0
        elif p == "ribu":
            total += (hundreds + cur or 1) * 1000
            hundreds = cur = 0.0
        elif p == "seratus":
            hundreds += 100
        elif p == "seribu":
            total += 1000
        else:
            cur += words.get(p, 0.0)
    return total + hundreds + cur
