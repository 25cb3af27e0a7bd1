"""The page, driven by streamlit.testing.v1.AppTest (DESIGN.md 3.2 labels, 5 pitfalls).

AppTest captures exceptions: every test asserts ``not at.exception``. Download buttons show no bytes
in AppTest, so the export bytes are taken from the review kept in session state.
"""

from __future__ import annotations

from apptest_page import APP, checked, page, review_db  # noqa: F401  (review_db: each test its own database)
from streamlit.testing.v1 import AppTest

from checks.apply import apply_edits
from checks.engine import check_text
from checks.findings import Finding, Report, Suggestion
from editor_app import export
from editor_app.review import Review
from editor_app.store import ReviewStore
from editor_app.ui import actions
from editor_app.ui.page import CARDS_PER_PAGE
from editor_app.ui.sidebar import shipped_options

DRAFT = (
    "City council approves budget after night-long debate\n"
    "\n"
    "The city council approved on Tuesday a budget of 2.1 billion euros for next year.\n"
    "\n"
    "Mayor Anne Hidalgo said the vote was “a budget of responsibility and of solidarity”. and thanked "
    "the opposition, she told reporters.\n"
    "\n"
    "“We will not raise taxes this year, said deputy mayor Paul Simonnet.\n"
    "\n"
    "Opposition leader Rachida Dati said the majority «refuses to see the debt».\n"
    "\n"
    "<script>alert('pwned')</script> <b>bold</b>\n"
)


def fixes(draft: str = DRAFT) -> list[Finding]:
    """Findings with a one-click fix, as the engine reports them for this draft with the page's defaults."""
    return [f for f in check_text(draft, shipped_options()).findings if f.fixable and f.suggestions]


def block(node, key: str):
    if getattr(node, "key", None) == key:
        return node
    for child in getattr(node, "children", {}).values():
        found = block(child, key)
        if found is not None:
            return found
    return None


def review_of(at: AppTest) -> Review:
    return at.session_state["review"]


def keys(at: AppTest) -> set[str]:
    return {b.key for b in at.button}


def test_first_page_has_draft_and_check():
    at = page()
    assert at.text_area(key="draft").label == "Draft"
    assert at.button(key="check").label == "Check"
    assert not at.session_state["review"]


def test_check_shows_one_bordered_card_per_finding_with_accept_and_reject():
    at = checked(DRAFT)
    review = review_of(at)
    assert review.findings, "the draft has quotation-mark problems"
    for f in review.findings:
        card = block(at.main, f"card-{f.id}")
        assert card is not None and card.proto.flex_container.border
        assert at.button(key=f"accept-{f.id}").label == "Accept"
        assert at.button(key=f"reject-{f.id}").label == "Reject"
    labels = [d.label for d in at.get("download_button")]
    assert labels[0] == "Download cleaned article (.txt)"
    assert {"Download review report (.csv)", "Download review report (.json)"} <= set(labels)


def test_accept_changes_exactly_that_suggestion_in_the_export():
    f = fixes()[0]
    at = checked(DRAFT)
    at.button(key=f"accept-{f.id}").click().run()
    assert not at.exception
    review = review_of(at)
    assert review.status(f.id) == "accepted"
    s = f.suggestions[0]
    assert export.export_bytes(review, "txt") == (DRAFT[: s.start] + s.replacement + DRAFT[s.end:]).encode()
    # The decided card folds away, with Reopen and Undo.
    assert f"accept-{f.id}" not in keys(at) and f"reopen-{f.id}" in keys(at)


def test_reject_then_undo():
    f = fixes()[0]
    at = checked(DRAFT)
    at.button(key=f"reject-{f.id}").click().run()
    assert review_of(at).status(f.id) == "rejected"
    at.button(key=f"undo-{f.id}").click().run()
    assert not at.exception
    assert review_of(at).status(f.id) == "pending"
    assert f"accept-{f.id}" in keys(at)


def test_reopen_a_decided_card():
    f = fixes()[0]
    at = checked(DRAFT)
    at.button(key=f"accept-{f.id}").click().run()
    at.button(key=f"reopen-{f.id}").click().run()
    assert not at.exception
    assert f"accept-{f.id}" in keys(at) and f"reject-{f.id}" in keys(at)
    at.button(key=f"reject-{f.id}").click().run()
    assert review_of(at).status(f.id) == "rejected"


def test_own_rewrite():
    f = fixes()[0]
    at = checked(DRAFT)
    at.button(key=f"rewrite-open-{f.id}").click().run()
    box = at.text_area(key=f"rewrite-{f.id}")
    review = review_of(at)
    assert box.value == review.suggested_text(f.id)
    box.set_value("“a budget of responsibility and solidarity,”")
    at.button(key=f"save-rewrite-{f.id}").click().run()
    assert not at.exception
    review = review_of(at)
    assert review.status(f.id) == "rewritten"
    start, end = review.rewrite_span(f.id)
    assert review.cleaned_text() == DRAFT[:start] + "“a budget of responsibility and solidarity,”" + DRAFT[end:]


def test_choosing_the_second_suggestion():
    multi = [f for f in fixes() if len(f.suggestions) > 1]
    assert multi, "an unclosed quotation offers closing it or removing it"
    f = multi[0]
    at = checked(DRAFT)
    assert at.button(key=f"choose-0-{f.id}").disabled  # the card shows option 1 first
    at.button(key=f"choose-1-{f.id}").click().run()
    assert at.button(key=f"choose-1-{f.id}").disabled
    at.button(key=f"accept-{f.id}").click().run()
    assert not at.exception
    s = f.suggestions[1]
    assert review_of(at).cleaned_text() == DRAFT[: s.start] + s.replacement + DRAFT[s.end:]


def test_bulk_accept_a_category_and_undo_it():
    at = checked(DRAFT)
    at.selectbox(key="bulk-target").set_value(("category", "quotes")).run()
    at.button(key="bulk-accept").click().run()
    assert not at.exception
    review = review_of(at)
    quotes = [f for f in fixes() if f.category == "quotes"]
    assert review.counts()["accepted"] >= 1
    assert all(review.status(f.id) in ("accepted", "pending") for f in quotes)
    assert any(s.value.startswith("Accepted") for s in at.success)
    at.button(key="undo-last").click().run()
    assert review_of(at).counts()["accepted"] == 0


def test_every_piece_of_draft_text_is_escaped():
    at = checked(DRAFT)
    bodies = [h.proto.body for h in at.get("html")]
    assert any("&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt; &lt;b&gt;bold&lt;/b&gt;" in b for b in bodies)
    for body in bodies:
        assert "<script" not in body and "<b>bold" not in body


def test_reload_reopens_the_saved_review_with_every_decision():
    f0, f1 = fixes()[:2]
    at = checked(DRAFT)
    at.button(key=f"accept-{f0.id}").click().run()
    at.button(key=f"reject-{f1.id}").click().run()
    rid = review_of(at).id
    assert at.query_params["review"] == rid

    again = AppTest.from_file(APP, default_timeout=30)
    again.query_params["review"] = rid
    again.run()
    assert not again.exception
    review = review_of(again)
    assert review.id == rid
    assert review.status(f0.id) == "accepted" and review.status(f1.id) == "rejected"
    assert again.text_area(key="draft").value == DRAFT
    assert export.export_bytes(review, "txt") == apply_edits(DRAFT, [f0.suggestions[0]]).text.encode()


def test_recent_reviews_in_the_sidebar_reopen():
    f = fixes()[0]
    first = checked(DRAFT)
    first.button(key=f"accept-{f.id}").click().run()
    rid = review_of(first).id

    at = page()
    at.sidebar.button(key=f"open-{rid}").click().run()
    assert not at.exception
    assert review_of(at).status(f.id) == "accepted"
    at.sidebar.button(key="new-review").click().run()
    assert not at.exception and review_of(at) is None and at.text_area(key="draft").value == ""


def test_the_open_review_in_the_sidebar_shows_no_count_that_would_go_stale():
    """Accept reruns only the review pane: a "0/N decided" beside the open review would stay 0 meanwhile."""
    f = fixes()[0]
    other = checked(DRAFT)
    other_id = review_of(other).id
    other.button(key=f"accept-{f.id}").click().run()
    at = checked(DRAFT.replace("night-long", "all-night"))
    rid = review_of(at).id
    labels = {b.key: b.label for b in at.sidebar.button}
    assert labels[f"open-{rid}"].startswith("▶ ") and "open here" in labels[f"open-{rid}"]
    assert "decided" not in labels[f"open-{rid}"]
    assert "1/" in labels[f"open-{other_id}"] and "decided" in labels[f"open-{other_id}"]


def test_unknown_review_in_the_url_is_reported():
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params["review"] = "doesnotexist"
    at.run()
    assert not at.exception
    assert any("No saved review" in w.value for w in at.warning)


def test_empty_draft_asks_for_one():
    at = page()
    at.button(key="check").click().run()
    assert not at.exception
    assert any("Paste or upload a draft first" in w.value for w in at.warning)


def test_failed_check_says_why_and_keeps_the_review(monkeypatch):
    at = checked(DRAFT)
    rid = review_of(at).id

    def broken(text, options=None):
        raise RuntimeError("odd input\nsecond line")

    monkeypatch.setattr(actions, "check_text", broken)
    at.text_area(key="draft").set_value(DRAFT + "\nMore text.")
    at.button(key="check").click().run()
    assert not at.exception
    assert any("The check failed on this draft" in e.value and "second line" not in e.value for e in at.error)
    assert review_of(at).id == rid


def test_engine_notices_are_shown(monkeypatch):
    def with_notice(text, options=None):
        return Report(text=text, language="en", notices=["garble score failed on this text and was skipped"])

    monkeypatch.setattr(actions, "check_text", with_notice)
    at = checked(DRAFT)
    assert any("garble score failed" in w.value for w in at.warning)
    assert any("Nothing to fix" in s.value for s in at.success)


def test_quoted_speech_needs_the_editor_to_confirm():
    text = "“We will not raise taxes this this year,” said deputy mayor Paul Simonnet.\n"
    dup = text.index("this this")
    f = Finding("C003", "cleanup", "warning", dup, dup + 9,
                "Repeated word (inside a quotation: the words are quoted, so this is for review only)",
                (Suggestion(dup, dup + 5, ""),), text[dup:dup + 9], fixable=False)
    at = AppTest.from_file(APP, default_timeout=30)
    at.session_state["review"] = Review(text, [f])
    at.session_state["draft"] = text
    at.run()
    assert not at.exception
    assert at.button(key=f"accept-{f.id}").disabled
    at.checkbox(key=f"quoted-{f.id}").check().run()
    assert not at.button(key=f"accept-{f.id}").disabled
    at.button(key=f"accept-{f.id}").click().run()
    assert not at.exception
    assert review_of(at).cleaned_text() == text.replace("this this", "this")


def test_bulk_accept_leaves_quoted_speech_alone():
    text = "“Taxes will not rise this this year,” he said. The the council agreed.\n"
    q = text.index("this this")
    t = text.index("The the")
    quoted = Finding("C003", "cleanup", "warning", q, q + 9, "Repeated word (quoted)",
                     (Suggestion(q, q + 5, ""),), text[q:q + 9], fixable=False)
    plain = Finding("C003", "cleanup", "warning", t, t + 7, "Repeated word", (Suggestion(t, t + 4, ""),), text[t:t + 7])
    at = AppTest.from_file(APP, default_timeout=30)
    at.session_state["review"] = Review(text, [quoted, plain])
    at.session_state["draft"] = text
    at.run()
    at.selectbox(key="bulk-target").set_value(("rule", "C003")).run()
    at.button(key="bulk-accept").click().run()
    assert not at.exception
    review = review_of(at)
    assert review.status(plain.id) == "accepted" and review.status(quoted.id) == "pending"


def test_filters_and_hide_decided():
    at = checked(DRAFT)
    review = review_of(at)
    ids = [f.id for f in review.findings]
    at.multiselect(key="filter-severity").set_value(["warning"]).run()
    shown = {k[len("accept-"):] for k in keys(at) if k.startswith("accept-")}
    assert shown == {f.id for f in review.findings if f.severity == "warning"}
    at.multiselect(key="filter-severity").set_value([]).run()
    at.button(key=f"reject-{ids[0]}").click().run()
    at.toggle(key="hide-decided").set_value(True).run()
    assert not at.exception
    assert block(at.main, f"card-{ids[0]}") is None and block(at.main, f"card-{ids[1]}") is not None


def test_overlapping_accept_is_refused_with_a_message():
    text = "The the council met on Monday.\n"
    a = Finding("C003", "cleanup", "warning", 0, 7, "Repeated word", (Suggestion(0, 4, ""),), "The the")
    b = Finding("C009", "cleanup", "info", 0, 3, "Capitalisation", (Suggestion(0, 3, "THE"),), "The")
    at = AppTest.from_file(APP, default_timeout=30)
    at.session_state["review"] = Review(text, [a, b])
    at.session_state["draft"] = text
    at.run()
    at.button(key=f"accept-{a.id}").click().run()
    at.button(key=f"accept-{b.id}").click().run()
    assert not at.exception
    assert any("overlaps" in e.value for e in at.error)
    assert review_of(at).status(b.id) == "pending"


def test_decisions_are_saved_as_they_are_taken(db):
    f = fixes()[0]
    at = checked(DRAFT)
    at.button(key=f"accept-{f.id}").click().run()
    saved = ReviewStore(db).load(review_of(at).id)
    assert saved is not None and saved.status(f.id) == "accepted"


def test_long_reviews_draw_cards_in_pages():
    paras = [f"Paragraph {i} has a repeated the the word." for i in range(75)]
    text = "\n\n".join(paras) + "\n"
    found = []
    pos = 0
    for _ in paras:
        i = text.index("the the", pos)
        found.append(Finding("C003", "cleanup", "warning", i, i + 7, "Repeated word", (Suggestion(i, i + 4, ""),),
                             text[i:i + 7]))
        pos = i + 7
    at = AppTest.from_file(APP, default_timeout=30)
    at.session_state["review"] = Review(text, found)
    at.session_state["draft"] = text
    at.run()
    assert not at.exception
    cards = [k for k in keys(at) if k.startswith("accept-")]
    assert len(cards) == CARDS_PER_PAGE < 75
    rest = 75 - CARDS_PER_PAGE
    assert at.button(key="more-cards").label == f"Show {min(CARDS_PER_PAGE, rest)} more of {rest} remaining cards"
    at.button(key="more-cards").click().run()
    assert not at.exception
    assert len([k for k in keys(at) if k.startswith("accept-")]) == min(2 * CARDS_PER_PAGE, 75)


class Captured:
    """Stands in for the engine and keeps the options the page passed."""

    def __init__(self):
        self.options = None

    def __call__(self, text, options=None):
        self.options = options
        return check_text(text)


def test_style_sheet_merges_shipped_lists_with_uploads(monkeypatch, tmp_path):
    from editor_app.ui import sidebar

    shipped_names = tmp_path / "names.csv"
    shipped_names.write_text("name,variants\nUrsula von der Leyen,Ursula von der Layen\n", encoding="utf-8")
    shipped_glossary = tmp_path / "glossary.csv"
    shipped_glossary.write_text("wrong,right,note\nsocial networks,social media,house style\n", encoding="utf-8")
    monkeypatch.setattr(sidebar, "SHIPPED_NAMES", shipped_names)
    monkeypatch.setattr(sidebar, "SHIPPED_GLOSSARY", shipped_glossary)
    engine = Captured()
    monkeypatch.setattr(actions, "check_text", engine)

    at = page()
    at.sidebar.file_uploader(key="upload-names list").upload(
        "ours.csv", "name,variants\nOlaf Scholz,Scholtz;Olaf Scholtz\n".encode(), "text/csv").run()
    at.sidebar.text_area(key="source-paste").set_value("“We will not raise taxes this year,” Simonnet said.")
    at.sidebar.file_uploader(key="source-uploads").upload(
        "statement.html", b"<html><body><p>The council voted 31 to 12.</p></body></html>", "text/html")
    at.sidebar.radio(key="quote-style").set_value("UK")
    at.sidebar.multiselect(key="families").set_value(["quotes", "names"])
    at.text_area(key="draft").set_value(DRAFT)
    at.button(key="check").click().run()
    assert not at.exception

    opts = engine.options
    assert [n.name for n in opts.names] == ["Ursula von der Leyen", "Olaf Scholz"]
    assert opts.names[1].variants == ("Scholtz", "Olaf Scholtz")
    assert [(g.wrong, g.right) for g in opts.glossary] == [("social networks", "social media")]
    assert [s.name for s in opts.sources] == ["pasted source", "statement.html"]
    assert opts.sources[1].text == "The council voted 31 to 12."
    assert opts.quote_style == "uk"
    assert opts.select and all(code[0] in "QN" for code in opts.select)

    at.sidebar.checkbox(key="use-shipped-names list").uncheck()
    at.button(key="check").click().run()
    assert [n.name for n in engine.options.names] == ["Olaf Scholz"]


def test_quote_style_is_not_chosen_until_the_editor_picks_one(monkeypatch):
    """Not chosen: Q008 enforces only the draft's own consistent habit (issue 15); US and UK still work."""
    engine = Captured()
    monkeypatch.setattr(actions, "check_text", engine)
    at = page()
    assert at.sidebar.radio(key="quote-style").options == ["Not chosen", "US", "UK"]
    assert at.sidebar.radio(key="quote-style").value == "Not chosen"
    at.text_area(key="draft").set_value(DRAFT)
    at.button(key="check").click().run()
    assert not at.exception and engine.options.quote_style == "auto"
    at.sidebar.radio(key="quote-style").set_value("US")
    at.button(key="check").click().run()
    assert not at.exception and engine.options.quote_style == "us"


def test_missing_shipped_lists_and_a_bad_upload_are_reported(monkeypatch, tmp_path):
    from editor_app.ui import sidebar

    monkeypatch.setattr(sidebar, "SHIPPED_NAMES", tmp_path / "absent" / "names.csv")
    monkeypatch.setattr(sidebar, "SHIPPED_GLOSSARY", tmp_path / "absent" / "glossary.csv")
    at = page()
    assert any("No shipped names list" in c.value for c in at.sidebar.caption)
    at.sidebar.file_uploader(key="upload-glossary").upload("g.csv", b"term,meaning\na,b\n", "text/csv").run()
    assert not at.exception
    assert any("missing column(s) wrong, right" in e.value.replace("\\", "") for e in at.sidebar.error)
    at = checked(DRAFT)  # the page still checks with what it has
    assert review_of(at).findings


def test_upload_a_draft_fills_the_draft_box():
    html = (b"<html><head><script>alert(1)</script></head>"
            b"<body><h1>Budget vote</h1><p>The council met.</p></body></html>")
    at = page()
    at.file_uploader(key="draft-upload").upload("draft.html", html, "text/html").run()
    assert not at.exception
    assert at.text_area(key="draft").value == "Budget vote\n\nThe council met."


def test_unreadable_upload_says_why():
    at = page()
    at.file_uploader(key="draft-upload").upload("draft.docx", b"PK\x03\x04 not really a docx", "application/zip").run()
    assert not at.exception
    assert any("not a readable .docx" in e.value.replace("\\", "") for e in at.error)
    assert at.text_area(key="draft").value == ""


def test_delete_the_open_review(db):
    at = checked(DRAFT)
    rid = review_of(at).id
    at.sidebar.button(key="delete-review").click().run()
    assert not at.exception
    assert review_of(at) is None and ReviewStore(db).load(rid) is None
    assert f"open-{rid}" not in {b.key for b in at.sidebar.button}
    assert at.text_area(key="draft").value == DRAFT  # the draft itself is kept


SOURCE = (
    "Statement by the Mayor's office, 12 March.\n\n"
    "Mayor Anne Hidalgo said: \"This budget protects the families of our city and keeps our promise "
    "not to raise local taxes.\" She added that the council would publish every line of spending online "
    "before the summer recess.\n"
)
QUOTED_DRAFT = (
    "Paris council adopts budget\n\n"
    "Mayor Anne Hidalgo said: “This budget protects the families of our city and keeps our promise "
    "not to raise local taxes.”\n\n"
    "She said the council would publish “every line of expenses online” before the summer recess.\n\n"
    "“We will win the next election,” a council member said.\n"
)


def test_quotations_are_listed_against_the_sources():
    at = page()
    at.sidebar.text_area(key="source-paste").set_value(SOURCE)
    at.text_area(key="draft").set_value(QUOTED_DRAFT)
    at.button(key="check").click().run()
    assert not at.exception
    review = review_of(at)
    statuses = [q["status"] for q in review.quotations]
    assert statuses[0] == "verified" and "not_found" in statuses
    label = at.expander[0].label
    assert label.startswith("Quotations checked against the sources: 1 verified")
    bodies = " ".join(h.proto.body for h in at.get("html"))
    assert "Verified" in bodies and "pasted source" in bodies
    payload = export.report_json(review)
    assert b'"quotations"' in payload


def test_no_sources_no_quotation_list():
    at = checked(DRAFT)
    assert review_of(at).quotations == [] and not at.expander


def test_shipped_options_follow_the_shipped_files(monkeypatch, tmp_path):
    from editor_app.ui import sidebar

    names = tmp_path / "names.csv"
    names.write_text("name,variants\nKaja Kallas,Kaia Kallas\n", encoding="utf-8")
    monkeypatch.setattr(sidebar, "SHIPPED_NAMES", names)
    monkeypatch.setattr(sidebar, "SHIPPED_GLOSSARY", tmp_path / "none.csv")
    opts = shipped_options()
    assert [n.name for n in opts.names] == ["Kaja Kallas"] and opts.glossary == []
