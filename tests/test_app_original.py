"""The page with a foreign-language original (issue 14 item 5), driven by AppTest: the Original (optional)
box and upload, progress while aligning, the aligned original above each card, omission cards with a
translation box, review-only cards, the two-column aligned view, and saved reviews keeping the original.

AppTest captures exceptions: every test asserts ``not at.exception``. The first check with an original
loads the sentence model (a few seconds); later checks in this process reuse it and its cache.
"""

from __future__ import annotations

from pathlib import Path

from apptest_page import APP, checked, page, review_db  # noqa: F401  (review_db: each test its own database)
from streamlit.testing.v1 import AppTest

from checks.engine import check_text
from editor_app import export
from editor_app.ingest import MAX_BYTES_ENV
from editor_app.review import Review
from editor_app.store import ReviewStore
from editor_app.ui import actions

ROOT = Path(__file__).resolve().parent.parent
ACCURACY = ROOT / "samples" / "accuracy"
DRAFT = (ACCURACY / "fr_hopitaux.draft.txt").read_text(encoding="utf-8")
ORIGINAL = (ACCURACY / "fr_hopitaux.original.txt").read_text(encoding="utf-8")
MISSING = "Le plan sera présenté au Parlement à l'automne."
TRANSLATION = "The plan will be presented to Parliament in the autumn."
VIEW = '<div class="ec-aligned">'


def review_of(at: AppTest) -> Review:
    return at.session_state["review"]


def of_rule(review: Review, rule: str):
    return next(f for f in review.findings if f.rule == rule)


def html_bodies(at: AppTest) -> list[str]:
    return [h.proto.body for h in at.get("html")]


def card_html(at: AppTest, fid: str) -> str:
    """The HTML drawn inside the card of ``fid`` (its bordered container)."""
    node = _block(at.main, f"card-{fid}")
    assert node is not None, fid
    return "".join(h.proto.body for h in _walk(node) if getattr(h, "type", "") == "html")


def _block(node, key):
    if getattr(node, "key", None) == key:
        return node
    for child in getattr(node, "children", {}).values():
        found = _block(child, key)
        if found is not None:
            return found
    return None


def _walk(node):
    yield node
    for child in getattr(node, "children", {}).values():
        yield from _walk(child)


def test_the_original_box_and_upload_are_there_and_optional():
    at = page()
    assert at.text_area(key="original").label == "Original (optional)"
    assert at.file_uploader(key="original-upload").label.startswith("Or upload the original")
    at.text_area(key="draft").set_value("The council met on Tuesday. “We will act, the mayor said.\n")
    at.button(key="check").click().run()
    assert not at.exception
    review = review_of(at)
    assert review.original is None and review.pairs == [] # no aligned-view toggle without one
    assert "aligned-view" not in {t.key for t in at.toggle}
    assert all(f.category != "accuracy" for f in review.findings)


def test_check_passes_the_original_as_check_options_original(monkeypatch):
    seen = {}

    def engine(text, options=None):
        seen["options"] = options
        return check_text(text)

    monkeypatch.setattr(actions, "check_text", engine)
    at = checked(DRAFT, ORIGINAL, timeout=60)
    original = seen["options"].original
    assert original is not None and original.text == ORIGINAL
    assert [s.label for s in at.status][-1].startswith("Checked 119 words against the original")


def test_progress_is_shown_while_the_original_is_aligned():
    at = checked(DRAFT, ORIGINAL, timeout=60)
    assert at.status, "a status box says the original is being aligned"
    label = at.status[-1].label
    assert "against the original" in label and label.endswith(" s.")


def test_each_card_shows_its_aligned_original_sentence_above_the_draft_sentence():
    at = checked(DRAFT, ORIGINAL, quote_style="US", timeout=60)  # US house style: the straight quotes get Q008 cards too
    review = review_of(at)
    assert review.original == ORIGINAL and review.original_language == "fr"
    a003 = card_html(at, of_rule(review, "A003").id)
    assert a003.index("ec-orig") < a003.index("ec-grid")  # the original above the two sides
    assert "Le Premier ministre a annoncé mardi un plan de <mark>3,2 milliards d&#x27;euros</mark>" in a003
    q008 = card_html(at, of_rule(review, "Q008").id)  # a finding of another family shows its original too
    assert "Les syndicats ont salué un « premier pas »" in q008
    a002 = card_html(at, of_rule(review, "A002").id)
    assert "No sentence of the original corresponds to this one" in a002


def test_an_omission_card_takes_a_translation_and_accept_inserts_it():
    at = checked(DRAFT, ORIGINAL, timeout=60)
    review = review_of(at)
    fid = of_rule(review, "A001").id
    assert review.is_omission(fid)
    html = card_html(at, fid)
    assert "Missing from the draft" in html and esc_fr(MISSING) in html
    assert at.text_area(key=f"translate-{fid}").value == ""
    at.text_area(key=f"translate-{fid}").set_value(TRANSLATION)
    at.button(key=f"accept-{fid}").click().run()
    assert not at.exception
    review = review_of(at)
    assert review.status(fid) == "rewritten"
    cleaned = export.export_bytes(review, "txt").decode("utf-8")
    assert cleaned == DRAFT.replace("real needs exceed 5 billion euros a year.",
                                    "real needs exceed 5 billion euros a year. " + TRANSLATION)
    assert f"accept-{fid}" not in {b.key for b in at.button} and f"undo-{fid}" in {b.key for b in at.button}
    at.button(key="undo-last").click().run()  # Undo takes the insert back like any other decision
    assert not at.exception
    assert review_of(at).status(fid) == "pending" and export.export_bytes(review_of(at), "txt") == DRAFT.encode()


def esc_fr(text: str) -> str:
    return text.replace("'", "&#x27;")


def test_accepting_an_omission_without_a_translation_says_what_to_do():
    at = checked(DRAFT, ORIGINAL, timeout=60)
    fid = of_rule(review_of(at), "A001").id
    at.button(key=f"accept-{fid}").click().run()
    assert not at.exception
    assert any("type the translation" in e.value.replace("\\", "") for e in at.error)
    assert review_of(at).status(fid) == "pending"


def test_review_only_cards_say_so_and_offer_no_accept():
    at = checked(DRAFT, ORIGINAL, timeout=60)
    f = of_rule(review_of(at), "A006")
    assert at.button(key=f"accept-{f.id}").disabled
    assert "Review only: no one-click fix" in card_html(at, f.id)
    assert "ne</mark>" in card_html(at, f.id)  # the negation of the original is marked
    at.button(key=f"reject-{f.id}").click().run()
    assert not at.exception and review_of(at).status(f.id) == "rejected"


def test_the_aligned_view_shows_original_and_draft_side_by_side_with_findings_on_both():
    at = checked(DRAFT, ORIGINAL, timeout=60)
    assert not any(VIEW in b for b in html_bodies(at))
    at.toggle(key="aligned-view").set_value(True).run()
    assert not at.exception
    view = next(b for b in html_bodies(at) if VIEW in b)
    review = review_of(at)
    assert view.count('dir="auto"') == sum(o is not None for o, _ in review.pairs)  # one cell per original step
    assert "missing from the draft" in view and "not in the original" in view
    assert 'title="A003: ' in view and "3,2 milliards" in view  # the original's side is highlighted too
    assert view.index("3,2 milliards d&#x27;euros</mark>") < view.index("4.2 billion euro</mark>")


def test_hostile_markup_in_the_original_stays_text():
    original = ("<script>alert('orig')</script> ![t](http://127.0.0.1:9/p.png) Le conseil a voté mardi.\n\n"
                "<b>Le maire</b> a remercié l'opposition.\n")
    draft = "The council voted on Tuesday.\n\nThe mayor thanked the opposition.\n"
    at = checked(draft, original, timeout=60)
    at.toggle(key="aligned-view").set_value(True).run()
    assert not at.exception
    bodies = html_bodies(at)
    assert any("&lt;script&gt;alert(&#x27;orig&#x27;)&lt;/script&gt;" in b for b in bodies)
    for body in bodies:
        assert "<script" not in body and "<b>Le maire" not in body and "<img" not in body


def test_an_original_over_the_size_limit_is_refused_with_a_message(monkeypatch):
    monkeypatch.setenv(MAX_BYTES_ENV, "2k")
    at = page()
    at.text_area(key="draft").set_value(DRAFT)
    at.session_state["original"] = "Le conseil a voté. " * 200  # past the box's max_chars: set as a paste would
    at.button(key="check").click().run()
    assert not at.exception
    assert any("The original" in e.value and "size limit" in e.value for e in at.error)
    assert review_of(at) is None


def test_upload_an_original_fills_the_original_box():
    page_html = ("<html><body><h1>Le budget</h1><p>Le conseil a voté mardi.</p>"
                 "<script>alert(1)</script></body></html>").encode()
    at = page()
    at.file_uploader(key="original-upload").upload("original.html", page_html, "text/html").run()
    assert not at.exception
    assert at.text_area(key="original").value == "Le budget\n\nLe conseil a voté mardi."
    assert at.text_area(key="draft").value == ""


def test_a_saved_review_reopens_with_its_original_alignment_and_translation(db):
    at = checked(DRAFT, ORIGINAL, timeout=60)
    review = review_of(at)
    fid = of_rule(review, "A001").id
    at.text_area(key=f"translate-{fid}").set_value(TRANSLATION)
    at.button(key=f"accept-{fid}").click().run()
    rid = review.id

    again = page(rid)
    back = review_of(again)
    assert back.original == ORIGINAL and back.pairs == review.pairs and back.status(fid) == "rewritten"
    assert again.text_area(key="original").value == ORIGINAL and again.text_area(key="draft").value == DRAFT
    assert TRANSLATION in export.export_bytes(back, "txt").decode()
    a003 = card_html(again, of_rule(back, "A003").id)
    assert "<mark>3,2 milliards d&#x27;euros</mark>" in a003  # shown again without re-aligning
    again.sidebar.button(key="new-review").click().run()
    assert not again.exception and again.text_area(key="original").value == ""
    assert ReviewStore(db).load(rid).original == ORIGINAL


def test_a_substitution_card_shows_the_original_it_replaced_and_a_rewrite_puts_the_translation_there():
    draft = (ACCURACY / "zh_qin.draft.txt").read_text(encoding="utf-8")
    original = (ACCURACY / "zh_qin.original.txt").read_text(encoding="utf-8")
    swapped, translation = "The call lasted about an hour, officials said.", "The two sides agreed to stay in touch."
    at = checked(draft, original, timeout=60)
    f = of_rule(review_of(at), "A009")
    assert f.excerpt == swapped
    html = card_html(at, f.id)
    assert "双方同意继续保持联系" in html and "No sentence of the original corresponds" not in html
    at.button(key=f"rewrite-open-{f.id}").click().run()
    at.text_area(key=f"rewrite-{f.id}").set_value(translation)
    at.button(key=f"save-rewrite-{f.id}").click().run()
    assert not at.exception
    assert export.export_bytes(review_of(at), "txt").decode("utf-8") == draft.replace(swapped, translation)


def test_the_original_is_labelled_by_its_language_or_as_not_identified():
    from dataclasses import replace

    from editor_app.ui.original import language_label

    review = Review(text="Draft.", findings=[], language="en")
    assert language_label(replace(review, original_language="fr")) == "Original (fr)"
    assert language_label(replace(review, original_language="xx")) == "Original (language not identified)"
    assert language_label(review) == "Original article"
