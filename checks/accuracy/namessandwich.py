"""A name word between two the draft spells right (part of A005): “María Gonzalo Corral” for ``María González
Corral``, “Abdul Karim Shibli” for ``عبد الحكيم الشبلي``.

Why: the other name readers skip draft words English uses often (Gonzalo, Karim: given names with a Zipf
frequency of 3) or that are the English word of a frequent word of the original (Spanish ``González``), as a
translation rather than a slip. Between two words that spell the original's two neighbours of one name word,
in the same order, the draft's word stands in that name's slot: a title or a common noun is not translated
inside a person's name. So there the word is compared as a name: by letters (a slip) in Latin script, and in
Arabic, where a misread is often another name of the same pattern (الحكيم as Karim), whatever its letters,
as long as that original word has no other counterpart in the draft sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_ARTICLE = re.compile(r"[a-z]{1,3}-(?=\w)")  # the article of al-Zoubi, el-Sisi


def _capitalised(w: str) -> bool:
    name = w[a.end():] if (a := _ARTICLE.match(w)) else w
    return name[:1].isupper() and not name.isupper()


def _beside(text: str, end: int, start: int) -> bool:
    return end < start and not text[end:start].strip()


def sandwiched(original: str, owords: Sequence, draft: str, dspans, matches: Callable[[str, object], bool]
               ) -> Iterator[tuple[int, int, str, object]]:
    """(start, end, word, original word) for each capitalised draft word whose neighbours match the original's
    two neighbours of one original word (``owords``: objects with ``start``, ``end``, ``text``) in order."""
    said = [(m.start(), m.end(), m.group()) for a, b in dspans for m in _WORD_RE.finditer(draft, a, b)
            if _capitalised(m.group())]
    for (_, lb, left), (a, b, w), (ra, _, right) in zip(said, said[1:], said[2:]):
        if not (_beside(draft, lb, a) and _beside(draft, b, ra)):
            continue
        for ol, o, orr in zip(owords, owords[1:], owords[2:]):
            if (_beside(original, ol.end, o.start) and _beside(original, o.end, orr.start)
                    and matches(left, ol) and matches(right, orr)):
                yield a, b, w, o
                break


# titles that stand inside a name's run in English (Emir Sheikh Tamim, Crown Prince Hussein), frequent or not
_TITLES = frozenset("sheikh sheikha shaikh emir amir sultan imam mufti sayyid sharif pasha bey mullah ayatollah "
                    "hajj haji".split())


def a_word_not_a_name(w: str) -> bool:
    """An English word too frequent to be a name's slip (Minister, Prince: Zipf 4 or more), or a title; names
    English also uses (Rahman, Karim, Hassan: Zipf 3-4) stay names."""
    from wordfreq import zipf_frequency

    return w.lower() in _TITLES or zipf_frequency(w.lower(), "en") >= 4.0

