"""Sinhala negation for A006: the negators read with certainty, and the ones that do not negate.

Sinhala says no with a few words after the verb (නැහැ "is not" in speech, නැත in writing, නොවේ / නොවෙයි "is
not", එපා "don't") and with the prefix නො- of a verb (නොකළ "did not do"). The prefix is read only where the
word closes a statement (``NEGATIVE_VERBS``): at the sentence's end (``නොකරයි.``), before ``බව`` "that" or a
conjunction (``සහභාගී නොවූ බවත්`` "and that ... did not attend", ``නොකළ අතර``), or as a finite verb before a
comma. Elsewhere a නො- word is an adjective English says with un- or in- (``පෙර නොවූ`` "unprecedented",
``රාමු නොකළ`` "unframed"), or no negation at all (නොවැම්බර් November, නොයෙක් "various"). On MLQE-PE si-en
train and dev, 299 source sentences negate by these words alone; the post-edit says no (or without, unable,
...) in 284. Its vowel signs are not ``\\w``, so words are bounded by the script's own letters. As for Nepali,
only a negation the draft lost is reported (``polarity.LOST_ONLY``).
"""

from __future__ import annotations

LETTERS = "\u0d80-\u0dff\u200d"
CUES = "නැහැ නැත නොවේ නොවෙයි එපා"
_START = rf"(?<![\w{LETTERS}])"
_END = rf"(?![\w{LETTERS}])"
# a නො- word that ends a statement (added to the cue words by :func:`.polarity._cue_re`): before the sentence's
# end, බව "that", අතර "while", නිසා / හෙයින් / බැවින් "because"; before a comma only with a finite verb's ending
# (නොකරයි, නොවීය, නොලැබේ, නොදනී, නොවූහ, නොවිණි)
NEGATIVE_VERBS = (rf"{_START}නො[{LETTERS}]+(?=\s*(?:[.;!?\"”'’]|$)|\s+(?:බව|අතර|නිසා|හෙයින්|බැවින්))"
                  rf"|{_START}නො[{LETTERS}]*(?:ය|යි|ේ|ී|හ|ති|ණි|නි)(?=\s*,)")
# X පමණක් නොවේ / නොව "not only X" (and the word order MT source text sometimes has, නැහැ පමණක්); (කිසිදු)
# සැකයක් නැත "there is no doubt", which English says as "no doubt" (no negation there either)
NOT_NEGATION = (rf"{_START}පමණක්\s+(?:නොවේ|නොව|නොවෙයි|නැහැ){_END}|{_START}නැහැ\s+පමණක්{_END}"
                rf"|{_START}සැක(?:යක්|ය)?\s+(?:නැත|නැහැ|නෑ){_END}")
