"""What survives translation unchanged: figures, months, names and Latin-script tokens, per sentence.

The aligner adds anchor agreement to the embedding similarity (a sentence with ``3,2 milliards`` and
``Macron`` belongs with the one that says "3.2 billion" and "Macron"), and the rules read the same
anchors when they compare an aligned pair. A date's month is an anchor of its own, not a figure: the 5
of Chinese ``5月12日`` is the draft's "May", and as a figure it counted against the very sentence that
translates it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..names import romanize, translit_key
from .dates import date_mentions
from .numbers import quantities

_WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
_LATIN = re.compile(r"[A-Za-z]")
_CYR_GREEK = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")


@dataclass(frozen=True)
class Anchors:
    numbers: frozenset[float]
    names: frozenset[str]  # translit keys of capitalised words and of Latin tokens copied through
    length: int  # characters
    months: frozenset[int] = frozenset()  # months of the dates the sentence gives (5 for 5月 and for May)
    lead: frozenset[str] = frozenset()  # the key of an original's first word, capitalised as every first word is

    def figure_keys(self) -> frozenset:
        """Figures and months as the keys the aligner matches (a month agrees with a month only)."""
        return frozenset(("n", v) for v in self.numbers) | frozenset(("m", m) for m in self.months)


def anchors(text: str, lang: str, english: bool = False) -> Anchors:
    dates = date_mentions(text, english=english)
    digits = [m.word for m in dates if m.month and m.word and text[m.word[0]].isdigit()]  # the 5 of 5月
    nums = frozenset(round(v, 6) for q in quantities(text, lang=lang) for v in q.values[:1]
                     if q.kind != "ordinal" and not any(a <= q.num_start and q.num_end <= b for a, b in digits))
    months = frozenset(m.month for m in dates if m.month)
    names = frozenset(name_keys(text, english, lang == "uk"))
    first = None if english else _WORD_RE.search(text)
    lead = names & name_keys(first.group(), False, lang == "uk") if first else frozenset()
    return Anchors(nums, names, len(text), months, lead)


def name_keys(text: str, english: bool, ukrainian: bool = False) -> set[str]:
    """Keys of the words a translation carries over: capitalised words (not sentence-initial ones in
    English) and Latin tokens inside non-Latin text, Cyrillic and Greek romanised."""
    out = set()
    for i, m in enumerate(_WORD_RE.finditer(text)):
        w = m.group()
        if len(w) < 3 or not w[0].isupper():
            if not (w[:1].isalpha() and _LATIN.match(w) and not english and _latin_in_foreign(text)):
                continue
        if english and i == 0:
            continue
        if _CYR_GREEK.match(w):
            w = romanize(w, ukrainian)
        key = translit_key(w)
        if len(key) >= 3:
            out.add(key[:5])  # a stem: Merkels / Merkel, Путина / Putin
    return out


def _latin_in_foreign(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if c.isascii()) < len(letters) / 2


def agreement(a: Anchors, b: Anchors) -> float:
    """Anchor agreement in [-1, 1]: shared figures and names count for, figures on one side only against."""
    names = bool(a.names) and bool(b.names)  # a Chinese original has no capitalised words to share
    shared = len(a.numbers & b.numbers) + len(a.months & b.months) + (len(a.names & b.names) if names else 0)
    lonely = len(a.numbers ^ b.numbers) + len(a.months ^ b.months)
    total = shared + lonely + (0.5 * len(a.names ^ b.names) if names else 0)
    return 0.0 if total == 0 else (shared - lonely) / (total + 1.0)
