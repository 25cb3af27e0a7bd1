"""The page's session state and the callbacks its buttons run (``on_click``, before the re-render).

Each callback is one method call on the :class:`~editor_app.review.Review` kept in
``st.session_state["review"]``, followed by a save to the review store, so a reload loses nothing.
What went wrong is queued as a one-line flash message that the page shows on the next render.
"""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from checks.engine import check_text
from checks.stylesheet import CheckOptions, SourceDocument

from ..carry import Carried, carry_decisions
from ..ingest import MAX_BYTES_ENV, IngestError, check_text_size, decode_upload, default_max_bytes
from ..review import Review, ReviewError
from ..store import ReviewStore, StoreError, default_db_path

REVIEW, DRAFT, FLASH, OPENED, EDITING, STORE = "review", "draft", "flash", "opened", "editing", "store"
ORIGINAL = "original"  # the Original (optional) box: the foreign-language article
CHOICES = "choices"  # finding id -> which of its suggestions the card shows
CARD_LIMIT = "card-limit"  # how many cards the page draws
PER_REVIEW_WIDGETS = ("filter-category", "filter-severity", "bulk-target", "hide-decided", "aligned-view")


@st.cache_resource(show_spinner=False, max_entries=8)
def _shared_store(path: str) -> ReviewStore:
    """One store (one SQLite connection) per database file, shared by every browser session."""
    return ReviewStore(path)


def init_state() -> None:
    """Set up the session once; reopen the review named in the URL (``?review=<id>``) after a reload."""
    ss = st.session_state
    if STORE not in ss:
        try:
            ss[STORE] = _shared_store(str(default_db_path()))
        except StoreError as exc:
            ss[STORE] = None
            flash("warning", f"Reviews will not be saved: {exc}")
    for key, default in ((REVIEW, None), (FLASH, []), (OPENED, set()), (EDITING, set()), (CHOICES, {})):
        if key not in ss:
            ss[key] = default
    if ORIGINAL not in ss:
        ss[ORIGINAL] = ""
    if DRAFT not in ss:
        ss[DRAFT] = ""
        rid = st.query_params.get("review")
        if rid and ss[REVIEW] is None:
            open_review(rid)


def store() -> ReviewStore | None:
    return st.session_state.get(STORE)


def review() -> Review | None:
    return st.session_state.get(REVIEW)


def flash(kind: str, message: str) -> None:
    st.session_state.setdefault(FLASH, []).append((kind, message))


def take_flashes() -> list[tuple[str, str]]:
    out = st.session_state.get(FLASH, [])
    st.session_state[FLASH] = []
    return out


def save(r: Review) -> bool:
    """Save ``r``; False (and a warning) when it could not be."""
    s = store()
    if s is None:
        return False
    try:
        s.save(r)
    except StoreError as exc:
        flash("warning", f"Not saved: {exc}")
        return False
    return True


def sync() -> Review | None:
    """The page's review with the decisions other tabs saved since it last looked (two tabs lose nothing)."""
    r, s = review(), store()
    if r is not None and s is not None:
        try:
            s.sync(r)
        except StoreError as exc:
            flash("warning", f"Could not read decisions saved elsewhere: {exc}")
    return r


def _decide(fn, *args, **kwargs) -> bool:
    r = sync()
    if r is None:
        return False
    try:
        fn(r, *args, **kwargs)
    except ReviewError as exc:
        flash("error", str(exc))
        return False
    save(r)
    return True


# -- the check --------------------------------------------------------------------------------

def run_check(draft: str, options: CheckOptions, original: str = "") -> Review | None:
    """Check ``draft`` (against ``original`` when one is given) and start a new review; on failure say
    why and keep the current one."""
    if not draft.strip():
        flash("warning", "Paste or upload a draft first.")
        return None
    try:
        check_text_size(draft, "The draft", default_max_bytes())
        if original.strip():
            check_text_size(original, "The original", default_max_bytes())
    except IngestError as exc:  # refused before the check: one huge paste must not hold the server
        flash("error", f"{exc}. Check it in parts, or ask whoever runs this page to raise {MAX_BYTES_ENV}.")
        return None
    if original.strip():
        options = replace(options, original=SourceDocument("original", original))
    try:
        report = check_text(draft, options)
        quotes, notice = quotation_checks(draft, options)
        r = Review.from_report(report, quotations=quotes)
        if notice:
            r.notices.append(notice)
    except Exception as exc:  # odd input must not cost the editor the page or the review open
        flash("error", f"The check failed on this draft: {type(exc).__name__}: {exc}".splitlines()[0])
        return None
    previous = review()
    carried = _carry_from(previous, r)
    _show(r)
    if save(r) and previous is not None and carried is not None:
        _retire(previous, r, carried)
    return r


def _retire(previous: Review, r: Review, carried: Carried) -> None:
    """Drop the previous review from Saved reviews when the re-check holds all of it: the same draft and
    original, every decision carried. Otherwise each Check of an unchanged draft (after a style-sheet
    change, say) would leave one more identical entry; a review whose draft or decisions differ stays."""
    if carried.lost or previous.text != r.text or (previous.original or "") != (r.original or ""):
        return
    s = store()
    try:
        s.delete(previous.id)
    except StoreError as exc:
        flash("warning", f"The previous check of this draft is still in Saved reviews: {exc}")


def _carry_from(previous: Review | None, r: Review) -> Carried | None:
    """A re-check of the open review's draft keeps the decisions still standing, and says so; None when
    nothing was carried over (no previous review, or the carry-over failed)."""
    if previous is None:
        return None
    try:
        carried = carry_decisions(sync() or previous, r)
    except Exception as exc:  # noqa: BLE001 - the new check stands; only the carry-over is lost
        flash("warning", f"Your earlier decisions could not be carried over: {type(exc).__name__}: {exc}"
              .splitlines()[0])
        return None
    if carried.kept or carried.lost:
        msg = f"Kept {carried.kept} of your {carried.kept + carried.lost} decisions from the previous check."
        if carried.lost:
            msg += (f" {carried.lost} could not be kept: their words changed or the new check no longer flags "
                    "them; the previous review is still in Saved reviews.")
        flash("info", msg)
    return carried


def quotation_checks(text: str, options: CheckOptions) -> tuple[list[dict], str | None]:
    """Every quotation with its outcome against the sources (verified ones too), for the overview."""
    if not options.sources or (options.select is not None and not any(c.startswith("M") for c in options.select)):
        return [], None
    try:
        from checks.misquote import verify_quotations

        return [qc.to_dict() for qc in verify_quotations(text, options.sources)], None
    except Exception as exc:  # the findings still stand without the list
        return [], f"listing the quotations failed and was skipped: {type(exc).__name__}: {exc}".splitlines()[0]


# -- callbacks --------------------------------------------------------------------------------

def choice(fid: str) -> int:
    """Which suggestion the card of ``fid`` shows (the one Accept takes)."""
    chosen = st.session_state.get(CHOICES, {}).get(fid)
    if chosen is None:
        r = review()
        d = r.decision(fid) if r is not None else None
        chosen = d.choice if d is not None and d.status in ("accepted", "rewritten") else 0
    return chosen


def on_choose(fid: str, index: int) -> None:
    st.session_state.setdefault(CHOICES, {})[fid] = index


def on_accept(fid: str) -> None:
    ss = st.session_state
    if _decide(Review.accept, fid, choice(fid), confirm_quoted=bool(ss.get(f"quoted-{fid}", False))):
        ss[OPENED].discard(fid)


def on_reject(fid: str) -> None:
    if _decide(Review.reject, fid):
        st.session_state[OPENED].discard(fid)


def on_start_rewrite(fid: str) -> None:
    r = review()
    if r is None:
        return
    d = r.decision(fid)
    st.session_state[f"rewrite-{fid}"] = d.text if d.status == "rewritten" else r.suggested_text(fid, choice(fid))
    st.session_state[EDITING].add(fid)


def on_translate(fid: str) -> None:
    """Accept an omission card: insert the typed translation of the missing sentence."""
    ss = st.session_state
    if _decide(Review.translate, fid, ss.get(f"translate-{fid}", "")):
        ss[OPENED].discard(fid)


def on_save_rewrite(fid: str) -> None:
    ss = st.session_state
    if _decide(Review.rewrite, fid, ss.get(f"rewrite-{fid}", ""), choice(fid)):
        ss[EDITING].discard(fid)
        ss[OPENED].discard(fid)


def on_cancel_rewrite(fid: str) -> None:
    st.session_state[EDITING].discard(fid)


def on_undo(fid: str) -> None:
    _decide(Review.undo, fid)


def on_undo_last() -> None:
    r = sync()
    if r is None:
        return
    try:
        touched = r.undo_last()
    except ReviewError as exc:
        flash("error", str(exc))
        return
    if touched:
        save(r)
    else:
        flash("info", "Nothing to undo.")


def on_card_limit(limit: int) -> None:
    st.session_state[CARD_LIMIT] = limit


def on_toggle_open(fid: str) -> None:
    opened = st.session_state[OPENED]
    opened.symmetric_difference_update({fid})


def on_bulk(accept: bool) -> None:
    r = sync()
    target = st.session_state.get("bulk-target")
    if r is None or not target:
        return
    kind, value = target
    kwargs = {kind: value}
    try:
        result = r.accept_all(**kwargs) if accept else r.reject_all(**kwargs)
    except ReviewError as exc:
        flash("error", str(exc))
        return
    save(r)
    verb = "Accepted" if accept else "Rejected"
    msg = f"{verb} {len(result.done)} suggestion(s)."
    if result.skipped:
        msg += (f" Left {len(result.skipped)} for you to review on their cards"
                " (quoted speech, no suggestion or overlap).")
    flash("success" if result.done else "info", msg)


def open_review(rid: str) -> None:
    s = store()
    if s is None:
        flash("error", "Saved reviews are not available on this machine.")
        return
    try:
        r = s.load(rid)
    except StoreError as exc:
        flash("error", str(exc))
        return
    if r is None:
        flash("warning", f"No saved review {rid}; it may have been deleted.")
        st.query_params.pop("review", None)
        return
    _show(r)
    st.session_state[DRAFT] = r.text
    st.session_state[ORIGINAL] = r.original or ""
    for message in r.repairs:
        flash("warning", message)
    r.repairs.clear()


def _show(r: Review) -> None:
    """Make ``r`` the page's review; filters and open editors of the previous one are dropped."""
    ss = st.session_state
    ss[REVIEW] = r
    ss[OPENED] = set()
    ss[EDITING] = set()
    ss[CHOICES] = {}
    ss.pop(CARD_LIMIT, None)
    for key in PER_REVIEW_WIDGETS:
        ss.pop(key, None)
    st.query_params["review"] = r.id


def on_new_review() -> None:
    ss = st.session_state
    ss[REVIEW] = None
    ss[DRAFT] = ""
    ss[ORIGINAL] = ""
    st.query_params.pop("review", None)


def on_delete_review() -> None:
    """Delete the open review from the saved list (the draft stays in the box)."""
    r, s = review(), store()
    if r is None or s is None:
        return
    try:
        s.delete(r.id)
    except StoreError as exc:
        flash("error", str(exc))
        return
    st.session_state[REVIEW] = None
    st.query_params.pop("review", None)
    flash("info", f"Deleted the saved review “{r.title}”.")


def on_upload_draft() -> None:
    """Put an uploaded file's text into the Draft box (the editor then presses Check)."""
    _upload_into("draft-upload", DRAFT)


def on_upload_original() -> None:
    """Put an uploaded original's text into the Original (optional) box."""
    _upload_into("original-upload", ORIGINAL)


def _upload_into(uploader: str, box: str) -> None:
    up = st.session_state.get(uploader)
    if up is None:
        return
    try:
        ingested = decode_upload(up.getvalue(), up.name)
    except IngestError as exc:
        flash("error", str(exc))
        return
    st.session_state[box] = ingested.text
    for notice in ingested.notices:
        flash("info", notice)
