"""Nepali negation for A006: the negators read with certainty, and the ones that do not negate.

Nepali negates most verbs by a prefix न- (नभएको "not being", नगर्ने) or an ending -एन / -दैन (भएन, गर्दैन) that
ordinary words share (नयाँ "new", नेपाल, गरेको), so the words below are read as negators: होइन "is not", छैन "there
is not", and the commonest verbs in their negative forms; and, by their shape (``NEGATIVE_VERBS``), the past
-एन/-एनन् of a root ending in a vowel (बोलाएन "did not call", आएनन्), the plural -ेनन् (गरेनन्), the present
-दैन/-दैनन् (गर्दैन, सक्दैनन्) and the participles न-...-एको/-ेको (नबढाइएको "not raised", नपुगेका); not the singular
-ेन, which ends nouns too (ट्रेन, युक्रेन, स्पेन). On MLQE-PE ne-en train and dev 289 source sentences negate by
such words alone; 283 post-edits say no (or unaware, illiterate, deprived), and a "not only" (मात्र खोलेनन्, ...
समेत) is now a not-negation. The rest of the -एन/-दैन words are soft cues of :mod:`.polarity`. A "not" of the draft
may well face an unread negator, so for Nepali only a negation the draft lost is reported (``polarity.LOST_ONLY``).
"""

from __future__ import annotations

from .devanagari import LETTERS as DEVANAGARI

CUES = ("होइन होइनन् छैन छैनन् थिएन थिएनन् भएन भएनन् सकेन सकेनन् गरेन गरेनन् गर्दैन गर्दैनन् हुँदैन हुँदैनन् पाएन "
        "पाएनन् नभएको नभएका नभई नहुने नगर्ने नगरेको नसक्ने नसकेको नपाएको "
        # the first and second persons of the same verbs: (पुग्न सकेका) छैनौँ "we have not (been able to reach)"
        "छैनौँ छैनौं छैनौ छैनँ छैनस् थिएनौँ थिएनौं थिएनँ सकेनौँ सकेनौं सकिनँ भएनौँ भएनौं होइनौँ होइनौं")

_START = rf"(?<![\w{DEVANAGARI}])"
_END = rf"(?![\w{DEVANAGARI}])"
_D = DEVANAGARI
# verbs read as negative by their shape (added to the cue words by :func:`.polarity._cue_re`); not युएन "UN"
NEGATIVE_VERBS = (rf"{_START}(?!(?:यु|यू)एन{_END})(?:[{_D}]{{2,}}एन(?:न्)?|[{_D}]+[क-ह]ेनन्|[{_D}]+दैन(?:न्)?"
                  rf"|न[क-ह][{_D}]*(?:एको|एका|एकी|ेको|ेका|ेकी)){_END}")

# X मात्र होइन / मात्रै होइन / मात्र (X-)एन "not only X"; गर्ने नगर्ने, हुने नहुने, X वा नX "whether or not";
# (कुनै) शंका / सन्देह छैन / (सन्देह) गर्नु पर्दैन "there is no doubt", which English says as "no doubt" (no
# negation there either)
NOT_NEGATION = (rf"{_START}मात्रै?\s+(?:होइन|[{_D}]+(?:एन(?:न्)?|ेन(?:न्)?|दैन(?:न्)?)){_END}"
                rf"|{_START}([{_D}]+)ने\s+न\1ने{_END}"
                rf"|{_START}(?:शंका|शङ्का|सन्देह|संदेह)(?:\s+गर्नु)?\s+(?:छैन|पर्दैन|हुँदैन){_END}"
                rf"|{_START}([{DEVANAGARI}]+)\s+वा\s+न\2{_END}")
