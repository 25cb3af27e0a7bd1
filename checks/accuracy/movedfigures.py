"""Figures the aligned draft sentence lacks but the translator moved, or said by a pronoun (:mod:`.check`'s A001).

A dropped figure is an omission unless the draft gives it next door: a headline's year moved into the dateline,
"among them" for the count of the sentence before, a headline's edition number the lead repeats.
"""

from __future__ import annotations

import re

from .dates import date_mentions
from .numbers import ascii_digits, quantities
from .pairing import Alignment
from .samefigure import same_figure


def not_beside(draft: str, al: Alignment, bead, dropped: list) -> list:
    """Dropped figures less those the translator moved or said by a pronoun: the draft sentence just before or
    after gives the figure more often than its own original does (a headline's year moved into the dateline:
    2020年…展开 / "Beijing, July 26th, 2020 … in 2020"), or the sentence before gives it on both sides and this
    one says "them" (已退捕4404人中 after 已退捕渔民4404人: "Among them"). A figure a headline drops that the
    body says once, as its own original does, stays an omission."""
    if not dropped:
        return dropped
    dtext = draft[al.draft_sentences[bead.draft[0]].start : al.draft_sentences[bead.draft[-1]].end]
    anaphor = _ANAPHOR_RE.search(dtext) is not None
    # a headline's ordinal (an edition, an anniversary: l'81ª Mostra) is a label the lead repeats, not a
    # fact a headline must carry: dropped there and given in the next sentence, nothing is lost
    headline = bead.draft[0] == 0 and not re.search(r"[.!?…]\W*$", dtext)
    if headline:  # "Konkur results" for نتایج کنکور ۱۴۰۳: the year of the body's dates is the article's own
        dropped = [q for q in dropped if not _own_year(al, q)]
    out = []
    for q in dropped:
        for j in (bead.draft[0] - 1, bead.draft[-1] + 1):
            if not 0 <= j < len(al.draft_sentences):
                continue
            given = _times_given(draft, al.draft_sentences[j], "en", q)
            if headline and q.kind == "ordinal" and given and j == bead.draft[-1] + 1:
                break
            ospan = al.original_span(j)
            own = _times_given(al.original, ospan, al.language, q, same=True) if ospan is not None else 0
            if given > own or (given and anaphor and j < bead.draft[0]):
                break
        else:
            out.append(q)
    return out


def _own_year(al: Alignment, q) -> bool:
    """Whether ``q`` is a bare four-digit year that the original's body gives in a full date (۱۸ شهریور ۱۴۰۳,
    7 Νοεμβρίου 2024): a headline may leave it out, as the English press does."""
    if q.word or q.kind != "number" or not re.fullmatch(r"\d{4}", ascii_digits(al.original[q.start : q.end])):
        return False
    body = date_mentions(al.original, al.original_sentences[0].end) if al.original_sentences else []
    return any(q.value in (d.year, d.solar and d.solar[2]) for d in body if d.day or d.solar and d.solar[1])


_ANAPHOR_RE = re.compile(r"\b(?:them|these|those|of which|of whom)\b", re.IGNORECASE)


def _times_given(text: str, span, lang: str, q, same: bool = False) -> int:
    """How many figures of text[span] are q's figure (read as a draft's figure, or ``same``: as the original's)."""
    found = quantities(text, span.start, span.end, lang)
    if same:
        return sum(1 for d in found if d.kind == q.kind and d.values[:1] == q.values[:1])
    return sum(1 for d in found if same_figure(q, d))
