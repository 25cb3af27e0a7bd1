"""The page on hostile input: drafts over the size limit, a .docx bomb, Markdown in the draft, two tabs
on one review, damaged saved records and an empty database file (AppTest; the browser test checks
what Chromium renders and requests)."""

from __future__ import annotations

import json
import sqlite3

from apptest_page import APP, checked, page, review_db  # noqa: F401  (review_db: each test its own database)
from docx_files import docx_bytes

from checks.engine import check_text
from editor_app.ingest import MAX_BYTES_ENV
from editor_app.store import ReviewStore
from editor_app.ui.sidebar import shipped_options

DRAFT = (
    "**Budget** :red[vote] $x^2$ ![t](http://127.0.0.1:9/pixel.png) <b>bold</b>\n\n"
    "Mayor Anne Hidalgo said the vote was “a budget of responsibility”. and thanked the opposition.\n\n"
    "“We will not raise taxes this year, said deputy mayor Paul Simonnet.\n\n"
    "Opposition leader Rachida Dati said the majority «refuses to see the debt».\n"
)


def fixes(draft: str = DRAFT):
    return [f for f in check_text(draft, shipped_options()).findings if f.fixable and f.suggestions]


def messages(elements) -> list[str]:
    return [e.value.replace("\\", "") for e in elements]


def test_a_draft_over_the_limit_is_refused_with_a_message(monkeypatch, db):
    monkeypatch.setenv(MAX_BYTES_ENV, "20000")
    at = page()
    # The box takes five times the limit (a bigger message would make Streamlit drop the connection),
    # so a paste over the limit arrives and is refused at once, before Check...
    assert at.text_area(key="draft").proto.max_chars == 100_000
    at.text_area(key="draft").set_value("The council approved the budget. " * 606 + "The")  # 20,001 characters
    at.run()
    assert any("The draft: 20,001 bytes of text, over the 20,000-byte size limit: Check will refuse it" in e
               for e in messages(at.error))
    at.text_area(key="draft").set_value("The council approved the budget. " * 600)  # 19,800: fits
    at.run()
    assert not at.error
    # ...and Check measures the bytes: 13,500 Cyrillic characters are 24.5 KB of UTF-8.
    at.text_area(key="draft").set_value("Совет собрался во вторник. " * 500)
    at.button(key="check").click().run()
    assert not at.exception
    errors = messages(at.error)
    assert any("The draft: 24 KB of text, over the 20 KB size limit" in e and MAX_BYTES_ENV in e for e in errors)
    assert at.session_state["review"] is None and ReviewStore(db).recent() == []


def test_a_docx_bomb_upload_is_refused_and_the_box_stays_empty(monkeypatch):
    bomb = docx_bytes(["The council approved the budget after a long debate."], repeat=40_000)  # ~10 MB of XML
    monkeypatch.setenv(MAX_BYTES_ENV, "200k")
    at = page()
    at.file_uploader(key="draft-upload").upload("bomb.docx", bomb, "application/zip").run()
    assert not at.exception
    assert any("bomb.docx: its text unpacks to" in e for e in messages(at.error))
    assert at.text_area(key="draft").value == ""


def test_markdown_in_the_first_line_is_plain_text_in_the_heading_and_escaped_in_the_saved_list():
    at = checked(DRAFT)
    title = at.session_state["review"].title
    assert title.startswith("**Budget** :red[vote] $x^2$ ![t](http://127.0.0.1:9/pixel.png)")
    headings = [h.proto.body for h in at.get("html") if h.proto.body.startswith("<h3")]
    assert headings == ['<h3 class="ec-title">**Budget** :red[vote] $x^2$ ![t](http://127.0.0.1:9/pixel.png) '
                        '&lt;b&gt;bold&lt;/b&gt;</h3>']
    listed = [b.label for b in at.sidebar.button if b.key and b.key.startswith("open-")]
    assert listed and listed[0].startswith("▶ \\*\\*Budget\\*\\* \\:red\\[vote\\] \\$x\\^2\\$ \\!\\[t\\]\\(\u2060http\\:")


def test_two_tabs_on_one_review_keep_both_decisions(db):
    first = checked(DRAFT)
    rid = first.session_state["review"].id
    a, b = fixes()[:2]
    tab1, tab2 = page(rid), page(rid)
    tab1.button(key=f"accept-{a.id}").click().run()
    assert not tab1.exception
    tab2.button(key=f"accept-{b.id}").click().run()
    assert not tab2.exception
    assert tab2.session_state["review"].status(a.id) == "accepted"  # tab 2 now shows tab 1's decision too
    tab1.run()  # any rerun of tab 1 brings tab 2's decision in
    assert tab1.session_state["review"].status(b.id) == "accepted"
    again = ReviewStore(db).load(rid)
    assert again.status(a.id) == again.status(b.id) == "accepted"


def test_a_damaged_record_opens_with_one_message_and_the_rest(db):
    at = checked(DRAFT)
    r = at.session_state["review"]
    a, b = fixes()[:2]
    at.button(key=f"accept-{a.id}").click().run()
    at.button(key=f"reject-{b.id}").click().run()
    con = sqlite3.connect(db)
    data = json.loads(con.execute("SELECT data FROM reviews").fetchone()[0])
    data["decisions"][a.id]["choice"] = 5  # a suggestion that is not there
    data["findings"][-1]["end"] = len(data["text"]) + 40  # a finding past the end of the text
    with con:
        con.execute("UPDATE reviews SET data = ?", (json.dumps(data),))
        con.execute("DELETE FROM decisions")
    con.close()

    again = page(r.id)
    warnings = messages(again.warning)
    assert any("This saved review was damaged: 1 finding, 1 decision could not be restored" in w for w in warnings)
    opened = again.session_state["review"]
    assert opened.status(a.id) == "pending" and opened.status(b.id) == "rejected"
    assert len(opened.findings) == len(r.findings) - 1
    assert again.button(key=f"accept-{a.id}")  # its card is there, open again


def test_an_empty_database_file_is_reported(db):
    db.write_bytes(b"")
    at = page()
    assert any("is empty (0 bytes)" in w for w in messages(at.warning))
    at.text_area(key="draft").set_value(DRAFT)
    at.button(key="check").click().run()  # the page still works, it just does not save
    assert not at.exception and at.session_state["review"] is not None
    assert db.stat().st_size == 0


def test_list_warnings_show_in_the_sidebar():
    at = page()
    at.sidebar.file_uploader(key="upload-glossary").upload(
        "ours.csv", "wrong,right\nthe,\nKiev,Kyiv\nkiev,Kyiv\n".encode("utf-16"), "text/csv").run()
    assert not at.exception
    warnings = messages(at.sidebar.warning)
    assert any("ours.csv line 2: “the” has no replacement" in w for w in warnings)
    assert any("ours.csv line 4: “kiev” is listed again (first at line 3)" in w for w in warnings)


def test_a_pasted_source_over_the_limit_is_left_out_with_a_message(monkeypatch):
    monkeypatch.setenv(MAX_BYTES_ENV, "20000")
    at = page()
    at.sidebar.text_area(key="source-paste").set_value("Совет собрался во вторник. " * 500).run()
    assert not at.exception
    assert any("pasted source: 24 KB of text, over the 20 KB size limit" in e for e in messages(at.sidebar.error))
