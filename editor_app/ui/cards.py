"""The suggestion cards: one bordered container per finding, keyed by the finding's stable id.

An open card shows the original and the suggestion side by side with the changed words marked,
and the buttons Accept, Reject and Rewrite. A decided card folds to one line with Reopen and Undo.
With a foreign-language original, the aligned original sentence stands above the two sides; an
omission card (A001) shows the missing original sentence and a box for its translation instead.
"""

from __future__ import annotations

import streamlit as st

from checks.findings import Finding

from ..review import PENDING, Review
from . import actions
from .original import omission_html, original_block_html, review_only_note
from .render import card_html, esc, folded_card_html, md_escape


def _short(text: str, n: int = 70) -> str:
    text = " ".join(text.split()) or "(remove)"
    return text if len(text) <= n else text[: n - 1] + "…"


def render_card(review: Review, f: Finding) -> None:
    fid = f.id
    d = review.decision(fid)
    opened = fid in st.session_state[actions.OPENED]
    editing = fid in st.session_state[actions.EDITING]
    with st.container(border=True, key=f"card-{fid}"):
        if d.status != PENDING and not opened and not editing:
            st.html(folded_card_html(review, fid))
            with st.container(horizontal=True):
                st.button("Reopen", key=f"reopen-{fid}", on_click=actions.on_toggle_open, args=(fid,))
                st.button("Undo", key=f"undo-{fid}", on_click=actions.on_undo, args=(fid,))
            return
        if review.is_omission(fid):
            _omission_card(review, fid)
            return
        choice = actions.choice(fid)
        if review.original is None:
            st.html(card_html(review, fid, choice))
        else:  # the original sentence between the message and the draft; "Original" would now be ambiguous
            note = review_only_note(f)
            st.html(card_html(review, fid, choice, above=original_block_html(review, fid), left_label="Draft")
                    + (f'<div class="ec-note">{esc(note)}</div>' if note else ""))
        if len(f.suggestions) > 1:
            # Other suggestions as small buttons (a radio per card costs more on every re-render).
            with st.container(horizontal=True, gap="small"):
                for i in range(len(f.suggestions)):
                    st.button(f"Option {i + 1}: {md_escape(_short(review.suggested_text(fid, i), 50))}",
                              key=f"choose-{i}-{fid}", type="tertiary", disabled=i == choice,
                              on_click=actions.on_choose, args=(fid, i))
        if editing:
            start, end = review.rewrite_span(fid, choice)
            st.caption(f"Your words replace: {md_escape(_short(review.text[start:end], 200))}")
            st.text_area("Your rewrite", key=f"rewrite-{fid}", height=80)
            with st.container(horizontal=True):
                st.button("Use my rewrite", key=f"save-rewrite-{fid}", type="primary",
                          on_click=actions.on_save_rewrite, args=(fid,))
                st.button("Cancel", key=f"cancel-rewrite-{fid}", on_click=actions.on_cancel_rewrite, args=(fid,))
            return
        confirmed = True
        if not f.fixable and f.suggestions:
            confirmed = st.checkbox("I have checked: change the quoted words anyway", key=f"quoted-{fid}")
        with st.container(horizontal=True):
            st.button("Accept", key=f"accept-{fid}", type="primary", on_click=actions.on_accept, args=(fid,),
                      disabled=not f.suggestions or not confirmed,
                      help=None if f.suggestions else "No suggestion: rewrite it yourself or reject it.")
            st.button("Reject", key=f"reject-{fid}", on_click=actions.on_reject, args=(fid,))
            st.button("Rewrite…", key=f"rewrite-open-{fid}", on_click=actions.on_start_rewrite, args=(fid,))
            if d.status != PENDING:
                st.button("Undo", key=f"undo-{fid}", on_click=actions.on_undo, args=(fid,))
                st.button("Fold", key=f"reopen-{fid}", on_click=actions.on_toggle_open, args=(fid,))


def _omission_card(review: Review, fid: str) -> None:
    """The missing original sentence, a box for its translation, and Accept (insert it) or Reject."""
    d = review.decision(fid)
    st.html(omission_html(review, fid))
    st.text_area("Your translation (inserted where the sentence belongs)", key=f"translate-{fid}", height=80,
                 value=review.translation_of(fid), placeholder="Type the English translation of the missing sentence…")
    with st.container(horizontal=True):
        st.button("Accept", key=f"accept-{fid}", type="primary", on_click=actions.on_translate, args=(fid,),
                  help="Inserts your translation into the draft where the missing sentence belongs.")
        st.button("Reject", key=f"reject-{fid}", on_click=actions.on_reject, args=(fid,),
                  help="Leave the sentence out of the draft.")
        if d.status != PENDING:
            st.button("Undo", key=f"undo-{fid}", on_click=actions.on_undo, args=(fid,))
            st.button("Fold", key=f"reopen-{fid}", on_click=actions.on_toggle_open, args=(fid,))
