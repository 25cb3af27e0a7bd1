"""A negation lost beside one that stayed: the original negates in two clauses, the draft in one.

A006 compares whether each side negates at all, so a sentence that keeps one "not" hides the "no" it drops
(``no descartó un pacto: «No vamos a cerrar ninguna puerta»`` / "ruled out a pact: "We are not going to close
any door""; ``Não foi um jogo fácil, mas a equipa nunca deixou de acreditar`` / "It was not an easy game, but
the team stopped believing"). Clauses are cut at punctuation and at "but"; a clause negates when it holds a
cue, however many (negative concord: ``no vamos a cerrar ninguna puerta`` is one no). A draft that says no in
other words (refused, without, unbeaten) is left alone, as :func:`.polarity.softened` says.
"""

from __future__ import annotations

import re

from . import polarity
from .polaritykeep import answered_cues

# Only for the languages it was written and checked on: on MLQE-PE dev post-edits it fired on 4 more ru-en
# rows (0.9% -> 1.3%) and 1 more ro-en row, where English regroups negations across clauses more freely.
# Nepali and Sinhala (round 10) put each negation at its clause's end, before the comma: ``रोकिएको छैन, तर ...
# पुग्न सकेका छैनौँ`` "has not stopped, but ... have not been able to reach".
# Greek (round 15) negates each clause with its own δεν / μην: ``Δεν ήταν εύκολο παιχνίδι, αλλά ... δεν τα παράτησαν``.
# Korean (round 17) ends each clause with its own negation (파악하지 못했으며, 공개하지 않았다), which English says
# once for both: "have not established a motive or released his name". For these languages a draft clause's
# "or" / "nor" after its negation counts as one more negated clause.
DISTRIBUTED = frozenset({"ko"})
LANGUAGES = frozenset({"fr", "es", "it", "pt", "ne", "si", "el"}) | DISTRIBUTED
_OR_RE = re.compile(r"\s(?:or|nor)\s")
_CLAUSE_RE = re.compile(r"[,;:()«»\"“”„—–]|\s(?:but|pero|sino|ma|mas|mais|però|porém|contudo|तर|නමුත්|αλλά|όμως)\s",
                        re.IGNORECASE)


def _negating_clauses(text: str, lang: str) -> list[tuple[int, int]]:
    found = polarity.cues(text, lang)
    bounds = [0] + [m.end() for m in _CLAUSE_RE.finditer(text)] + [len(text) + 1]
    out = []
    for lo, hi in zip(bounds, bounds[1:]):
        inside = [(a, b) for a, b in found if lo <= a < hi]
        if inside and polarity.negated(text[lo:hi], lang):
            out.append(inside[0])
    return out


def lost_negation(otext: str, dtext: str, lang: str) -> tuple[int, int] | None:
    """The span of the original's negating clauses, from the first cue to the last, when both sides negate
    but the original in more clauses than the draft (else None): which one the draft lost is not known."""
    if lang not in LANGUAGES or polarity.softened(dtext) or polarity.softened(otext):
        return None
    oc, dc = _negating_clauses(otext, lang), _negating_clauses(dtext, "en")
    answered = answered_cues(otext, oc, dtext)  # "no es firme" said as "can be appealed"
    oc = [c for c in oc if c not in answered]
    if not dc or len(oc) <= len(dc) + (_distributed(dtext, dc) if lang in DISTRIBUTED else 0):
        return None
    return oc[0][0], oc[-1][1]


def _distributed(dtext: str, negating: list[tuple[int, int]]) -> int:
    """How many "or" / "nor" follow a draft clause's negation in that clause ("not A or B" negates both)."""
    bounds = [m.start() for m in _CLAUSE_RE.finditer(dtext)] + [len(dtext)]
    return sum(len(_OR_RE.findall(dtext, a, next(b for b in bounds if b >= a))) for a, _ in negating)
