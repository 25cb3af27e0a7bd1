"""Sinhala number words (a table only; :mod:`.numwordsextra` merges it).

Sinhala glues its indefinite and case endings to the number word: ``වසර පහකට`` "for five years",
``දින තුනක්`` "three days", ``දහයකින්`` "by ten", and counts people with ``දෙනා``: ``තිදෙනෙකු`` "three people".
Unread, a faithful "five years" stood against whatever other figure the sentence held, and an omitted
"37 witnesses" was reported as a wrong number instead of a missing clause. එක "one" is also "a", and the
attributive forms (පස් also "soil", නව also "new") are read only before දෙනා.
"""

from __future__ import annotations

import re

# the cardinals as news writes them alone (1-20, the tens, a hundred)
_CARDINALS = {
    "දෙක": 2, "තුන": 3, "හතර": 4, "පහ": 5, "හය": 6, "හත": 7, "අට": 8, "නවය": 9, "දහය": 10,
    "එකොළහ": 11, "දොළහ": 12, "දහතුන": 13, "දාහතර": 14, "දහහතර": 14, "පහළොව": 15, "දාසය": 16, "දහසය": 16,
    "දාහත": 17, "දහහත": 17, "දහඅට": 18, "දහනවය": 19, "විස්ස": 20, "තිහ": 30, "හතළිහ": 40, "පනහ": 50,
    "හැට": 60, "හැත්තෑව": 70, "අසූව": 80, "අනූව": 90, "සියය": 100,
}
# අනූව is also a common slip for අනුව "according to"
_NO_FIGURE = frozenset({"අනූව"})
# indefinite and case endings glued on (පහක්, පහක, පහකට, පහකින්, පහකි, පහම "all five")
_ENDINGS = ("", "ක්", "ක", "කට", "කින්", "කි", "ම")
# the attributive stems before දෙනා "persons" (දෙදෙනා, තිදෙනෙකු, පස් දෙනෙක්)
_PERSON_STEMS = {"දෙ": 2, "ති": 3, "සිව්": 4, "පස්": 5, "සය": 6, "හය": 6, "සත්": 7, "හත්": 7, "අට": 8,
                 "නව": 9, "දස": 10}
_PERSONS = ("දෙනා", "දෙනෙකු", "දෙනෙක්", "දෙනාම", "දෙනාට", "දෙනාගේ")

# the tens as they join a unit, apart or glued: තිස් පහකට "thirty-five", විසිපහක් "twenty-five"
_TENS_JOINING = {"විසි": 20, "තිස්": 30, "හතළිස්": 40, "පනස්": 50, "හැත්තෑ": 70, "අසූ": 80}
_UNITS = {w: v for w, v in _CARDINALS.items() if v < 10}

WORDS = " ".join(
    [f"{w}{e}:{v}" for w, v in _CARDINALS.items() for e in _ENDINGS if f"{w}{e}" not in _NO_FIGURE]
    + [f"{s}{p}:{v}" for s, v in _PERSON_STEMS.items() for p in _PERSONS]
    + [f"{t}:{v}" for t, v in _TENS_JOINING.items()]
    + [f"{t}{u}{e}:{v + n}" for t, v in _TENS_JOINING.items() for u, n in _UNITS.items() for e in _ENDINGS]
)
# පහ "five" is also the පහ of පහ කරනවා "dismiss", පහ වූ "gone": it counts only when no verb follows it
COUNT_ONLY = frozenset({"පහ"})
_VERB_AFTER = re.compile("\\s+(?:කර|කළ|කෙරු|කෙරෙ|වූ|වී|වෙ|වන්න|විය)")


def counts(text: str, start: int, end: int) -> bool:
    """Whether a bare පහ at ``start:end`` is five, not part of a verb phrase."""
    return _VERB_AFTER.match(text, end) is None


# letters, vowel signs and the joiner of Sinhala: තුන is not the තුන of තුනී "thin"
SINHALA_LETTERS = "\u0d80-\u0dff\u200d"
