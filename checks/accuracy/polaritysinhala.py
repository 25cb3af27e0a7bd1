"""Sinhala negation for A006: the negators read with certainty, and the ones that do not negate.

Sinhala says no with a few words after the verb (නැහැ "is not" in speech, නැත in writing, නොවේ / නොවෙයි "is
not", එපා "don't") and with the prefix නො- of a verb (නොකළ "did not do"), which is not read: ordinary words
begin so too. Its vowel signs are not ``\\w``, so words are bounded by the script's own letters. As for Nepali,
only a negation the draft lost is reported (``polarity.LOST_ONLY``).
"""

from __future__ import annotations

LETTERS = "\u0d80-\u0dff\u200d"
CUES = "නැහැ නැත නොවේ නොවෙයි එපා"
_START = rf"(?<![\w{LETTERS}])"
_END = rf"(?![\w{LETTERS}])"
# X පමණක් නොවේ / නොව "not only X" (and the word order MT source text sometimes has, නැහැ පමණක්)
NOT_NEGATION = rf"{_START}පමණක්\s+(?:නොවේ|නොව|නොවෙයි|නැහැ){_END}|{_START}නැහැ\s+පමණක්{_END}"
