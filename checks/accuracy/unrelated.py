"""Whether the "original" given is the source of the draft at all (the engine skips the accuracy rules if not).

Why: a desk or a pipeline that pairs the wrong files (another article, another day's edition of the story)
would otherwise get an omission for every original sentence and an addition for every draft sentence, a
flood that hides the one thing to say: this is not the draft's original. The aligner still pairs many
sentences of unrelated texts (it prefers a pair to two skips), but with narrow margins: on the 192 sample
pairs of samples/accuracy/ every draft and clean translation has 86% or more of its sentences paired with a
margin of 0.03 or more and a median pair margin of 0.049 or more, and on MLQE-PE test documents (ro, ne, si,
ru: weak MT included) 88% and 0.091. The same drafts checked against another article's original (of the
same language, or another) fall under the lines below in 334 of 378 cases (88%); MLQE-PE test documents
(20 rows each, ro, ne, si) checked against the next document's source in 45 of 60, and against their own
in none of 60.
"""

from __future__ import annotations

from .pairing import Alignment

CLEAR_MARGIN = 0.03  # a pair this much closer than its neighbours is a clear counterpart
# under this share of draft sentences with a clear counterpart and this median margin of the pairs, the texts
# are not translations of each other: few clear pairs, or hardly more where the margins are narrower still
LINES = ((0.5, 0.05), (0.65, 0.04))
MIN_SENTENCES = 4  # on each side: a short text's margins say too little


def unrelated(al: Alignment) -> str | None:
    """A one-line reason when ``al``'s original cannot be the source of its draft; None when it may be."""
    n_draft, n_original = len(al.draft_sentences), len(al.original_sentences)
    if min(n_draft, n_original) < MIN_SENTENCES:
        return None
    pairs = [b for b in al.beads if b.original and b.draft]
    margins = sorted(b.margin for b in pairs)
    clear = sum(len(b.draft) for b in pairs if b.margin >= CLEAR_MARGIN)
    median = margins[len(margins) // 2] if margins else 0.0
    if not any(clear < share * n_draft and median < margin for share, margin in LINES):
        return None
    how_many = f"none of its {n_draft} sentences has" if not clear else f"only {clear} of its {n_draft} sentences have"
    return (f"The original does not read as the source of this draft: {how_many} a clear counterpart among the "
            f"original's {n_original}; give the article the draft was translated from (the accuracy checks were "
            "skipped)")
