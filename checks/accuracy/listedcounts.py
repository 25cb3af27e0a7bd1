"""A small count given as an item of a list with the verb left out: "КПРФ — 9, ЛДПР — 5" ("the Communists 9,
the LDPR 5"), "w Krakowie – 4".

Why: a plain count under ten is not reported when the draft lacks it, since translators put it in words or
leave it implicit ("a two-day visit"). But a count after a label and a spaced dash is a tally (seats, medals,
votes by party) that the sentence states for itself; a draft that drops it has dropped a clause and a fact.
"""

from __future__ import annotations

import re

# a label (a word, a closing quote or bracket), a spaced dash, and the count...
_DASH_BEFORE_RE = re.compile(r"[^\W\d][»”\")]?\s+[—–]\s+$")
# ...that closes its item: a comma, a semicolon, the end of the sentence or a conjunction after it
_ITEM_END_RE = re.compile(r"\s*(?:[,;.)]|$|(?:и|а|та|і)\s)")


def listed_after_dash(original: str, start: int, end: int) -> bool:
    """Whether the figure at ``original[start:end]`` is a list item's count after a label and a spaced dash."""
    return (_DASH_BEFORE_RE.search(original[max(0, start - 40) : start]) is not None
            and _ITEM_END_RE.match(original, end) is not None)
