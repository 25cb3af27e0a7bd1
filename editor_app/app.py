"""The review page: paste or upload a draft, Check it, accept or reject each suggestion, export.

A thin page: the review lives in ``st.session_state`` as a :class:`~editor_app.review.Review`, every
button is an ``on_click`` callback that calls one of its methods, and every piece of draft text is
escaped by :mod:`editor_app.ui.render`. Run with ``streamlit run editor_app/app.py``.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from editor_app.export import ARTICLE_FORMATS, REPORT_FORMATS, export_bytes, file_name
from editor_app.review import PENDING, Review
from editor_app.ui import actions
from editor_app.ui.cards import render_card
from editor_app.ui.render import (
    CATEGORY_LABELS, CSS, count_bars, highlighted_article, md_escape, tracked_changes,
)
from editor_app.ui.sidebar import UPLOAD_TYPES, render_style_sheet

LONG_DRAFT_WORDS = 800
EAGER_FORMATS = {"txt", "md", "html", "csv", "json"}  # cheap: bytes sent with the page; .docx on click

st.set_page_config(page_title="MT draft review", layout="wide")
actions.init_state()
st.html(CSS)

# -- sidebar: saved reviews and the style sheet ----------------------------------------------------
with st.sidebar:
    st.header("Saved reviews")
    st.button("Start a new review", key="new-review", on_click=actions.on_new_review)
    store = actions.store()
    if store is not None:
        try:
            recent = store.recent(8)
        except Exception as exc:  # a locked or damaged file: say so, keep the page
            recent = []
            st.warning(md_escape(str(exc).splitlines()[0]))
        current = actions.review()
        for s in recent:
            when = dt.datetime.fromtimestamp(s.updated).strftime("%d %b %H:%M")
            mark = "▶ " if current is not None and current.id == s.id else ""
            st.button(f"{mark}{md_escape(s.title)} · {s.decided}/{s.findings} decided · {when}",
                      key=f"open-{s.id}", on_click=actions.open_review, args=(s.id,), width="stretch")
        if not recent:
            st.caption("No saved reviews yet.")
        st.caption(f"Saved in {md_escape(str(store.path))}")
    st.header("Style sheet")
    style_sheet = render_style_sheet()

# -- the draft ------------------------------------------------------------------------------------
st.title("MT draft review")
st.text_area("Draft", key="draft", height=240, placeholder="Paste the machine-translated article here…")
with st.container(horizontal=True, vertical_alignment="bottom"):
    check = st.button("Check", type="primary", key="check")
    st.file_uploader("Or upload a draft (.txt, .md, .docx, .html)", type=UPLOAD_TYPES, key="draft-upload",
                     on_change=actions.on_upload_draft)

if check:
    draft = st.session_state[actions.DRAFT]
    words = len(draft.split())
    if words > LONG_DRAFT_WORDS:
        with st.status(f"Checking {words:,} words…", expanded=False) as status:
            result = actions.run_check(draft, style_sheet.options)
            status.update(label=f"Checked {words:,} words.", state="complete" if result else "error")
    else:
        with st.spinner("Checking…"):
            actions.run_check(draft, style_sheet.options)

for kind, message in actions.take_flashes():
    getattr(st, kind)(md_escape(message))

review: Review | None = actions.review()
if review is None:
    st.info("Paste a draft (or upload one) and press **Check**. Saved reviews are in the sidebar.")
    st.stop()

if review.text != st.session_state[actions.DRAFT]:
    st.caption("The draft above has changed since this review was checked; press Check to review the new text.")

# -- overview -------------------------------------------------------------------------------------
counts = review.counts()
decided = len(review.findings) - counts[PENDING]
st.subheader(review.title)
with st.container(horizontal=True):
    st.metric("Words", f"{len(review.text.split()):,}")
    st.metric("Findings", len(review.findings))
    st.metric("Decided", f"{decided}/{len(review.findings)}")
    st.metric("Language", review.language)
overview, article = st.columns([1, 2], gap="medium")
with overview:
    st.html(review.static("bars", lambda: count_bars(review.findings)))
with article:
    st.caption("The article with every finding highlighted in its category colour (hover for the reason).")
    st.html(review.static("article", lambda: highlighted_article(review.text, review.findings)))

# -- cards, preview, export -----------------------------------------------------------------------
left, right = st.columns([3, 2], gap="medium")
with left:
    st.subheader("Suggestions")
    present_cats = sorted({f.category for f in review.findings}, key=list(CATEGORY_LABELS).index)
    present_sev = [s for s in ("error", "warning", "info") if any(f.severity == s for f in review.findings)]
    with st.container(horizontal=True):
        cats = st.multiselect("Category", present_cats, key="filter-category",
                              format_func=lambda c: CATEGORY_LABELS.get(c, c), placeholder="All categories")
        sevs = st.multiselect("Severity", present_sev, key="filter-severity", placeholder="All severities")
        hide_decided = st.toggle("Hide decided", key="hide-decided")
    targets = [("category", c) for c in present_cats] + [("rule", r) for r in sorted({f.rule for f in review.findings})]
    with st.container(horizontal=True, vertical_alignment="bottom"):
        st.selectbox("Bulk action on", targets, key="bulk-target",
                     format_func=lambda t: f"All {CATEGORY_LABELS.get(t[1], t[1]).lower()}" if t[0] == "category"
                     else f"Rule {t[1]}")
        st.button("Accept all", key="bulk-accept", on_click=actions.on_bulk, args=(True,))
        st.button("Reject all", key="bulk-reject", on_click=actions.on_bulk, args=(False,))
        st.button("Undo last action", key="undo-last", on_click=actions.on_undo_last, disabled=not review.history)
    st.progress(decided / len(review.findings) if review.findings else 1.0,
                text=f"{decided} of {len(review.findings)} decided")
    shown = [
        f for f in review.findings
        if (not cats or f.category in cats) and (not sevs or f.severity in sevs)
        and not (hide_decided and review.is_decided(f.id))
    ]
    if not review.findings:
        st.success("Nothing to fix was found in this draft.")
    elif not shown:
        st.caption("No card matches these filters.")
    for f in shown:
        render_card(review, f)

with right:
    st.subheader("Preview")
    st.caption("The cleaned article; changes you accepted are marked as tracked changes.")
    st.html(review.memo("preview", lambda: tracked_changes(review.text, [e for _, e in review.edits()])))
    st.subheader("Export")
    for fmt in ARTICLE_FORMATS + REPORT_FORMATS:
        data = export_bytes(review, fmt.key) if fmt.key in EAGER_FORMATS else (lambda k=fmt.key: export_bytes(review, k))
        st.download_button(fmt.label, data=data, file_name=file_name(review, fmt.key), mime=fmt.mime,
                           key=f"download-{fmt.key}", on_click="ignore", width="stretch")
