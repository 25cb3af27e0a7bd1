"""Nepali negation for A006: the negators read with certainty, and the ones that do not negate.

Nepali negates most verbs by a prefix न- (नभएको "not being", नगर्ने) or an ending -एन / -दैन (भएन, गर्दैन) that
ordinary words share (नयाँ "new", नेपाल, गरेको), so only the words below are read as negators: होइन "is not",
छैन "there is not", and the commonest verbs in their negative forms; the other -एन/-दैन verbs are soft cues of
:mod:`.polarity`. A "not" of the draft may well face an unread negator, so for Nepali only a negation the
draft lost is reported (``polarity.LOST_ONLY``).
"""

from __future__ import annotations

from .devanagari import LETTERS as DEVANAGARI

CUES = ("होइन होइनन् छैन छैनन् थिएन थिएनन् भएन भएनन् सकेन सकेनन् गरेन गरेनन् गर्दैन गर्दैनन् हुँदैन हुँदैनन् पाएन "
        "पाएनन् नभएको नभएका नभई नहुने नगर्ने नगरेको नसक्ने नसकेको नपाएको "
        # the first and second persons of the same verbs: (पुग्न सकेका) छैनौँ "we have not (been able to reach)"
        "छैनौँ छैनौं छैनौ छैनँ छैनस् थिएनौँ थिएनौं थिएनँ सकेनौँ सकेनौं सकिनँ भएनौँ भएनौं होइनौँ होइनौं")

_START = rf"(?<![\w{DEVANAGARI}])"
_END = rf"(?![\w{DEVANAGARI}])"
# X मात्र होइन / मात्रै होइन "not only X"; गर्ने नगर्ने, हुने नहुने, X वा नX "whether or not"
NOT_NEGATION = (rf"{_START}मात्रै?\s+होइन{_END}|{_START}([{DEVANAGARI}]+)ने\s+न\1ने{_END}"
                rf"|{_START}([{DEVANAGARI}]+)\s+वा\s+न\2{_END}")
