"""Devanagari as the accuracy family reads it: which characters make up a word, and a word's nukta spellings.

Python's ``\\w`` does not take Devanagari's vowel signs, virama or nukta (``नहीं`` is ``\\w`` twice with a sign
between), so a word boundary in Hindi, Marathi or Nepali needs its own class. The nukta may be written as a
sign after its consonant (ज + ़), as one precomposed letter (ज़, U+095B) or left out (हजार for हज़ार): a word
is looked up in all three spellings.
"""

from __future__ import annotations

# letters, vowel signs, virama and nukta (not the danda ।, ॥ or the digits ०-९)
LETTERS = "\u0900-\u0963\u0971-\u097f"
LANGS = frozenset("hi mr ne".split())
_PRECOMPOSED = {chr(0x0958 + i): base + "\u093c" for i, base in enumerate("कखगजडढफय")}


def nukta_forms(word: str) -> list[str]:
    """``word`` with its nukta as a sign, as a precomposed letter and left out (हज़ार, हज़ार, हजार)."""
    decomposed = "".join(_PRECOMPOSED.get(c, c) for c in word)
    composed = decomposed
    for letter, pair in _PRECOMPOSED.items():
        composed = composed.replace(pair, letter)
    return list(dict.fromkeys([decomposed, composed, decomposed.replace("\u093c", "")]))
