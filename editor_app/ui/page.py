"""The review page's layout: sidebar, draft, overview, cards, preview and export, top to bottom.

Kept out of ``app.py`` so that Streamlit re-executes only a short script on every click. These
functions read the Review from session state and draw it; every button is a callback in
:mod:`editor_app.ui.actions`.

The cards, the preview and the export are one fragment (:func:`review_pane`): Accept, Reject, Undo
and every other button or filter there rerun and redraw only that pane, not the sidebar, the draft
box and the overview above it. In the browser a click's time grows with everything on the page
(Streamlit's front end walks the whole page on every run), so the cards also come in pages.
"""

from __future__ import annotations

import datetime as dt
import time

import streamlit as st

from checks.registry import RULES

from ..export import ARTICLE_FORMATS, REPORT_FORMATS, export_bytes, file_name
from ..ingest import IngestError, box_max_chars, check_text_size, default_max_bytes, human_size
from ..review import PENDING, Review
from . import actions, prefetch
from .cards import render_card
from .original import ORIGINAL_CSS, aligned_view_html, language_label
from .render import (
    CATEGORY_LABELS, CSS, count_bars, highlighted_article, md_escape, quotations_html, title_html, tracked_changes,
)
from .sidebar import UPLOAD_TYPES, StyleSheet, render_style_sheet

LONG_DRAFT_WORDS = 800
# A long draft's cards come in pages: every click makes the browser walk the whole page, so its time
# grows with the cards drawn (Accept in chromium under load, 150 findings: 40 cards ~500 ms, 20 ~320 ms).
CARDS_PER_PAGE = 20


def main() -> None:
    st.set_page_config(page_title="MT draft review", layout="wide")
    actions.init_state()
    actions.sync()
    st.html(CSS + ORIGINAL_CSS)
    saved_box = st.sidebar.container()  # filled after the draft: a Check in this run is listed at once
    with st.sidebar:
        st.header("Style sheet")
        style_sheet = render_style_sheet()
    draft_input(style_sheet)
    with saved_box:
        saved_reviews()
    review = actions.review()
    if review is None:
        st.info("Paste a draft (or upload one) and press **Check**. Saved reviews are in the sidebar.")
        return
    if review.text != st.session_state[actions.DRAFT] or (review.original or "") != st.session_state[actions.ORIGINAL]:
        st.caption("The draft or the original above has changed since this review was checked; press Check to review "
                   "the new text.")
    overview(review)
    review_pane()


@st.fragment
def review_pane() -> None:
    """The cards beside the preview and the export: rerun alone when one of their widgets is used."""
    review = actions.sync()  # a rerun of this pane alone also shows what other tabs decided
    if review is None:  # gone meanwhile: let the whole page say so
        st.rerun()
    left, right = st.columns([3, 2], gap="medium")
    with left:
        for kind, message in actions.take_flashes():  # what this pane's callbacks had to say
            getattr(st, kind)(md_escape(message))
        suggestions(review)
    with right:
        preview_and_export(review)


def saved_reviews() -> None:
    st.header("Saved reviews")
    with st.container(horizontal=True):
        st.button("Start a new review", key="new-review", on_click=actions.on_new_review)
        if actions.review() is not None:
            st.button("Delete this review", key="delete-review", on_click=actions.on_delete_review)
    store = actions.store()
    if store is None:
        return
    try:
        recent = store.recent(8)
    except Exception as exc:  # a locked or damaged file: say so, keep the page
        recent = []
        st.warning(md_escape(str(exc).splitlines()[0]))
    current = actions.review()
    for s in recent:
        when = dt.datetime.fromtimestamp(s.updated).strftime("%d %b %H:%M")
        st.button(f"{_saved_label(s, current)} · {when}",
                  key=f"open-{s.id}", on_click=actions.open_review, args=(s.id,), width="stretch")
    if not recent:
        st.caption("No saved reviews yet.")
    st.caption(f"Saved in {md_escape(str(store.path))}")


def _saved_label(s, current: Review | None) -> str:
    """A saved review's entry. The open one says "open" rather than a count: Accept and Reject rerun only
    the review pane, so a count here would stay at what it was when the page was last drawn in full."""
    if current is not None and current.id == s.id:
        return f"▶ {md_escape(s.title)} · open here"
    return f"{md_escape(s.title)} · {s.decided}/{s.findings} decided"


def draft_input(style_sheet: StyleSheet) -> None:
    st.title("MT draft review")
    limit = default_max_bytes()
    left, right = st.columns(2, gap="medium")
    # The boxes take five times the limit (Streamlit drops the connection without a word on a huge
    # message), so a paste over the limit arrives and is refused at once with a message.
    with left:
        st.text_area("Draft", key=actions.DRAFT, height=240, placeholder="Paste the machine-translated article here…",
                     max_chars=box_max_chars(limit))
        _refuse_oversize(actions.DRAFT, "The draft", limit)
        with st.container(horizontal=True, vertical_alignment="bottom"):
            check = st.button("Check", type="primary", key="check")
            st.file_uploader("Or upload a draft (.txt, .md, .docx, .html)", type=UPLOAD_TYPES, key="draft-upload",
                             on_change=actions.on_upload_draft)
    with right:
        st.text_area("Original (optional)", key=actions.ORIGINAL, height=240, max_chars=box_max_chars(limit),
                     placeholder="Paste the foreign-language article the draft was translated from, to check the "
                                 "draft against it (numbers, dates, names, omissions, meaning)…")
        _refuse_oversize(actions.ORIGINAL, "The original", limit)
        st.file_uploader("Or upload the original (.txt, .md, .docx, .html)", type=UPLOAD_TYPES, key="original-upload",
                         on_change=actions.on_upload_original)
    if limit:
        st.caption(f"Drafts up to {human_size(limit)} of text, pasted or uploaded, and originals as long: check a "
                   "longer draft in parts.")
    if check:
        run_check_with_progress(style_sheet)
    else:
        _embed_ahead(limit)
    for kind, message in actions.take_flashes():
        getattr(st, kind)(md_escape(message))


def _embed_ahead(limit: int) -> None:
    """Both boxes hold text the check would accept: embed it in the background (a head start for Check)."""
    draft, original = st.session_state.get(actions.DRAFT) or "", st.session_state.get(actions.ORIGINAL) or ""
    try:
        check_text_size(draft, "The draft", limit)
        check_text_size(original, "The original", limit)
    except IngestError:
        return
    prefetch.request(draft, original)


def _refuse_oversize(key: str, name: str, limit: int) -> None:
    """Say at once, under the box, that its text is over the size limit (Check refuses it too)."""
    try:
        check_text_size(st.session_state.get(key) or "", name, limit)
    except IngestError as exc:
        st.error(md_escape(f"{exc}: Check will refuse it; check the text in parts."))


def run_check_with_progress(style_sheet: StyleSheet) -> None:
    """Check the boxes' text; a long draft, or any draft with an original, says what it is doing."""
    draft = st.session_state[actions.DRAFT]
    original = st.session_state[actions.ORIGINAL]
    words = len(draft.split())
    if original.strip():
        # The first check with an original loads the sentence model and embeds both sides: seconds, not ms.
        t0 = time.perf_counter()
        with st.status(f"Aligning the draft ({words:,} words) with its original… the first check loads the "
                       "sentence model and takes a few seconds.", expanded=False) as status:
            result = actions.run_check(draft, style_sheet.options, original)
            paired = sum(o is not None and d is not None for o, d in result.pairs) if result else 0
            label = (f"Checked {words:,} words against the original ({paired} aligned sentence pairs) in "
                     f"{time.perf_counter() - t0:.1f} s." if result else "The check did not finish.")
            status.update(label=label, state="complete" if result else "error")
    elif words > LONG_DRAFT_WORDS:
        with st.status(f"Checking {words:,} words…", expanded=False) as status:
            result = actions.run_check(draft, style_sheet.options)
            status.update(label=f"Checked {words:,} words.", state="complete" if result else "error")
    else:
        with st.spinner("Checking…"):
            actions.run_check(draft, style_sheet.options)


def overview(review: Review) -> None:
    st.html(title_html(review.title))  # the draft's first line: plain text, never Markdown (autolinks, images)
    for notice in review.notices:  # parts of the check that failed on this text; the rest stands
        st.warning(md_escape(notice))
    with st.container(horizontal=True):
        st.metric("Words", f"{len(review.text.split()):,}")
        st.metric("Findings", len(review.findings))
        st.metric("Language", review.language)  # how many are decided: the pane's progress bar
    side_by_side = review.original is not None and bool(review.pairs) and st.toggle(
        md_escape(f"Show the article aligned with its original: {language_label(review)} | Draft"), key="aligned-view",
        help="Two columns, sentence by sentence; findings highlighted on both sides (hover for the reason).")
    bars, article = st.columns([1, 3] if side_by_side else [1, 2], gap="medium")
    with bars:
        st.html(review.static("bars", lambda: count_bars(review.findings)))
    with article:
        if side_by_side:
            st.caption("Original | draft, aligned sentence by sentence; what the draft left out or added shows opposite "
                       "a gap. Findings are highlighted on both sides.")
            st.html(aligned_view_html(review))
        else:
            st.caption("The article with every finding highlighted in its category colour (hover for the reason).")
            st.html(review.static("article", lambda: highlighted_article(review.text, review.findings)))
    if review.quotations:
        tally = {s: sum(q.get("status") == s for q in review.quotations) for s in ("verified", "altered", "not_found")}
        with st.expander(f"Quotations checked against the sources: {tally['verified']} verified, "
                         f"{tally['altered']} altered, {tally['not_found']} not found"):
            st.html(review.static("quotations", lambda: quotations_html(review.quotations)))


def suggestions(review: Review) -> None:
    st.subheader("Suggestions")
    present_cats = sorted({f.category for f in review.findings}, key=_category_order)
    present_sev = [s for s in ("error", "warning", "info") if any(f.severity == s for f in review.findings)]
    with st.container(horizontal=True):
        cats = st.multiselect("Category", present_cats, key="filter-category",
                              format_func=lambda c: CATEGORY_LABELS.get(c, c), placeholder="All categories")
        sevs = st.multiselect("Severity", present_sev, key="filter-severity", placeholder="All severities")
        hide_decided = st.toggle("Hide decided", key="hide-decided")
    targets = [("category", c) for c in present_cats] + [("rule", r) for r in sorted({f.rule for f in review.findings})]
    with st.container(horizontal=True, vertical_alignment="bottom"):
        st.selectbox("Bulk action on", targets, key="bulk-target", format_func=_target_label)
        st.button("Accept all", key="bulk-accept", on_click=actions.on_bulk, args=(True,),
                  help="Accepts the first suggestion of every open card of this kind, except quoted speech.")
        st.button("Reject all", key="bulk-reject", on_click=actions.on_bulk, args=(False,))
        st.button("Undo last action", key="undo-last", on_click=actions.on_undo_last, disabled=not review.history)
    total = len(review.findings)
    decided = total - review.counts()[PENDING]
    st.progress(decided / total if total else 1.0, text=f"{decided} of {total} decided")
    if not review.findings:
        st.success("Nothing to fix was found in this draft.")
        return
    shown = [
        f for f in review.findings
        if (not cats or f.category in cats) and (not sevs or f.severity in sevs)
        and not (hide_decided and review.is_decided(f.id))
    ]
    if not shown:
        st.caption("No card matches these filters.")
    limit = st.session_state.get(actions.CARD_LIMIT, CARDS_PER_PAGE)
    for f in shown[:limit]:
        render_card(review, f)
    if len(shown) > limit:
        more = min(CARDS_PER_PAGE, len(shown) - limit)
        st.button(f"Show {more} more of {len(shown) - limit} remaining cards", key="more-cards",
                  on_click=actions.on_card_limit, args=(limit + CARDS_PER_PAGE,))


def preview_and_export(review: Review) -> None:
    st.subheader("Preview")
    st.caption("The cleaned article; your changes are marked as tracked changes.")
    st.html(review.memo("preview", lambda: tracked_changes(review.text, [e for _, e in review.edits()])))
    st.subheader("Export")
    # Every download is built when its button is clicked, from the review as it is then: a click
    # sends no file to the browser, and no download can miss a decision.
    for fmt in ARTICLE_FORMATS + REPORT_FORMATS:
        st.download_button(fmt.label, data=_deferred(review, fmt.key), file_name=file_name(review, fmt.key),
                           mime=fmt.mime, key=f"download-{fmt.key}", on_click="ignore", width="stretch")


def _deferred(review: Review, key: str):
    return lambda: export_bytes(review, key)


def _category_order(category: str) -> int:
    order = list(CATEGORY_LABELS)
    return order.index(category) if category in order else len(order)


def _target_label(target: tuple[str, str]) -> str:
    kind, value = target
    if kind == "category":
        return f"Category: {CATEGORY_LABELS.get(value, value)}"
    rule = RULES.get(value)
    return f"Rule: {value} {rule.name}" if rule else f"Rule: {value}"
