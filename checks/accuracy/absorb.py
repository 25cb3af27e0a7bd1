"""An original sentence the aligner left without a counterpart whose translation sits at the edge of a
neighbouring draft sentence, joined on after a semicolon or a dash ("... the other half's parents; prices
bite, prices bite"), is carried by that sentence: it joins the neighbour's bead instead of being reported
as an omission (A001).

The aligner scores runs of sentences by their length-weighted mean vector, so a short sentence translated
inside a long neighbour hardly moves the neighbour's score and the programme prefers to skip it. Here the
facing clause of the neighbour is embedded on its own and compared with the skipped sentence and with the
neighbour's own original sentence at that edge: when the clause is clearly closer to the skipped sentence,
the translation is there. A sentence that was really dropped leaves a neighbour whose every clause
translates the neighbour's own original, and stays an omission. The same test clears a sentence of a
merged bead that :func:`.align._inside` named as not carried (``Bead.missing``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

import numpy as np

from .align import Bead

CLAUSE_GAP = 0.06  # the facing clause must be this much closer (cosine) to the skipped sentence than to its own
_CLAUSE_RE = re.compile(r"[;:]\s+|\s+[–—]\s+")
_SAID = r"(?:said|says|reported|reports|announced|stated|added|told\s+\w+(?:\s+\w+)?)"
_SOURCE_LAST_RE = re.compile(rf",\s+((?:[^,;:]{{3,80}}?\s+{_SAID}|{_SAID}\s+[^,;:]{{3,80}}?|according\s+to\s+[^,;:]{{3,80}}?))[.!]?[”\"]?\s*$")
_SOURCE_FIRST_RE = re.compile(r"^\s*(According\s+to\s+[^,;:]{3,80}?),\s")
# a sentence about part of the neighbour's count put as its tail after a comma: "Найбільше таких учасників — у
# Києві" as "..., most of them in Kyiv", "..., many of whom were children", "..., mostly in the south"
_SHARE_LAST_RE = re.compile(r",\s+((?:(?:most|many|some|half|all|none|several|a\s+third|a\s+quarter|two|three|four)"
                            r"\s+of\s+(?:them|whom|which|these|those)|mostly|mainly|chiefly|among\s+them)\s[^,;:]{3,80}?)"
                            r"[.!]?[”\"]?\s*$", re.IGNORECASE)

# a summing-up apposition after the last comma: "... rose 1.4%, the third monthly rise in a row" for a sentence
# of its own ("Det är tredje månaden i rad med uppgång"), "..., the highest since 2008"
_APPOSITION_LAST_RE = re.compile(r",\s+((?:the|a|an|its|their)\s+[^,;:]{3,80}?)[.!]?[”\"]?\s*$", re.IGNORECASE)

Embed = Callable[[list[str]], np.ndarray]


def _facing_clause(text: str, first: bool) -> str | None:
    """The first or last clause of a draft sentence joined from several, or None for a single clause. An
    attribution counts as a clause: an original's "Про це повідомили в ДСНС" ("The emergency service reported
    this") is put as "..., the emergency service said." or "According to the emergency service, ..."."""
    m = (_SOURCE_FIRST_RE if first else _SOURCE_LAST_RE).search(text) or (
        None if first else _SHARE_LAST_RE.search(text) or _APPOSITION_LAST_RE.search(text))
    if m:
        return m.group(1)
    parts = [p for p in _CLAUSE_RE.split(text) if p.strip()]
    if len(parts) < 2:
        return None
    return parts[0] if first else parts[-1]


def _carried(i: int, own: int, clause: str | None, ovecs: np.ndarray, embed: Embed) -> bool:
    if clause is None or len(clause.split()) < 2:
        return False
    v = embed([clause])[0]
    return float(v @ ovecs[i]) >= float(v @ ovecs[own]) + CLAUSE_GAP


def absorb(beads: list[Bead], dtexts: list[str], ovecs: np.ndarray, embed: Embed,
           otexts: list[str] | None = None, dvecs: np.ndarray | None = None) -> list[Bead]:
    """Skipped original sentences (1-0 beads) and a merge's ``missing`` sentences whose translation is the
    facing clause of the neighbouring draft sentence, joined to that bead; with ``otexts`` and ``dvecs``, the
    other way too: a skipped draft sentence (0-1) that translates the facing clause of the neighbouring
    original sentence ("Non aveva mai voluto insegnare: «...»" split in two English sentences)."""
    out = [_clear_missing(b, dtexts, ovecs, embed) for b in beads]
    if otexts is not None and dvecs is not None:
        out = _absorb_draft_skips(out, otexts, dvecs, embed)
    k = 0
    while k < len(out):
        b = out[k]
        if len(b.original) == 1 and not b.draft:
            for step in (-1, 1):
                nk = k + step
                if not 0 <= nk < len(out):
                    continue
                nb = out[nk]
                if not (nb.original and nb.draft) or nb.added:
                    continue
                before = step > 0  # the skipped sentence comes before its neighbour
                j = nb.draft[0] if before else nb.draft[-1]
                own = nb.original[0] if before else nb.original[-1]
                if _carried(b.original[0], own, _facing_clause(dtexts[j], before), ovecs, embed):
                    joined = b.original + nb.original if before else nb.original + b.original
                    out[nk] = replace(nb, original=joined)
                    del out[k]
                    k -= 1
                    break
        k += 1
    return out


def _clear_missing(bead: Bead, dtexts: list[str], ovecs: np.ndarray, embed: Embed) -> Bead:
    if not bead.missing or not bead.draft:
        return bead
    keep = []
    for i in bead.missing:
        edge_first, edge_last = i == bead.original[0], i == bead.original[-1]
        if not (edge_first or edge_last) or len(bead.original) < 2:
            keep.append(i)
            continue
        own = bead.original[1] if edge_first else bead.original[-2]
        j = bead.draft[0] if edge_first else bead.draft[-1]
        if not _carried(i, own, _facing_clause(dtexts[j], edge_first), ovecs, embed):
            keep.append(i)
    return replace(bead, missing=tuple(keep))


def _absorb_draft_skips(beads: list[Bead], otexts: list[str], dvecs: np.ndarray, embed: Embed) -> list[Bead]:
    """A 0-1 skip joined to the neighbouring pair when the two draft sentences split that pair's original at a
    ``:``, ``;`` or dash: the skip is clearly closer to the facing clause than to the rest, and the pair's own
    draft sentence clearly closer to the rest than to that clause."""
    out = list(beads)
    k = 0
    while k < len(out):
        b = out[k]
        if len(b.draft) == 1 and not b.original:
            for step in (-1, 1):
                nk = k + step
                if not 0 <= nk < len(out) or not (out[nk].original and out[nk].draft) or out[nk].missing:
                    continue
                nb, before = out[nk], step > 0
                parts = [p for p in _CLAUSE_RE.split(otexts[nb.original[0] if before else nb.original[-1]]) if p.strip()]
                clause = parts[0] if before else parts[-1]
                if len(parts) < 2 or len(clause.split()) < 2:
                    continue
                rest = " ".join(parts[1:] if before else parts[:-1])
                c, r = embed([clause, rest])
                skip, own = dvecs[b.draft[0]], dvecs[nb.draft[0] if before else nb.draft[-1]]
                if skip @ c >= skip @ r + CLAUSE_GAP and own @ r >= own @ c + CLAUSE_GAP:
                    out[nk] = replace(nb, draft=b.draft + nb.draft if before else nb.draft + b.draft)
                    del out[k]
                    k -= 1
                    break
        k += 1
    return out
