"""Check pressed again on the open review's draft keeps the editor's decisions (editor_app/carry.py).

The editor's walkthrough: accept a name fix, reject a photo-credit deletion, rewrite a calque, then fix a
line by hand in the Draft box and press Check again. Before, the re-check opened a fresh review with every
card back to open; now each decision stays on its finding, and only the line edited by hand is checked afresh.
"""

from __future__ import annotations

from apptest_page import checked, review_db  # noqa: F401  (review_db: each test its own database)

from checks.findings import Finding, Report, Suggestion
from editor_app import export
from editor_app.carry import OffsetMap, carry_decisions
from editor_app.review import Review
from editor_app.store import ReviewStore

DRAFT = (
    "Blinken speaks with the Chinese foreign minister ahead of a visit\n"
    "\n"
    "Chip Somodevilla/Getty Images\n"
    "\n"
    "US Secretary of State Anthony Blinken spoke by phone with China’s foreign minister on Wednesday.\n"
    "\n"
    "China’s reading of the invitation was highly pointed, underscoring the deep mistrust between Beijing and "
    "Washington.\n"
    "\n"
    "Qin told Blinken that the U.S. should “show respect” for China’s key concerns Taiwan problem.\n"
    "\n"
    "In a veiled criticism, according to a Chinese reading report, Qin blamed the United States for heightened "
    "tensions.\n"
)


def _find(review: Review, rule: str, excerpt: str) -> Finding:
    return next(f for f in review.findings if f.rule == rule and f.excerpt == excerpt)


def _decide(at) -> Review:
    r = at.session_state["review"]
    name, credit = _find(r, "N001", "Anthony Blinken"), _find(r, "C002", "Chip Somodevilla/Getty Images")
    calque, report = _find(r, "G003", "reading of the invitation"), _find(r, "G003", "reading report")
    at.button(key=f"accept-{name.id}").click().run()
    at.button(key=f"reject-{credit.id}").click().run()
    at.button(key=f"rewrite-open-{calque.id}").click().run()
    at.text_area(key=f"rewrite-{calque.id}").set_value("readout of the phone call")
    at.button(key=f"save-rewrite-{calque.id}").click().run()
    at.button(key=f"accept-{report.id}").click().run()
    assert not at.exception
    return at.session_state["review"]


def test_recheck_after_a_hand_edit_keeps_every_decision_off_the_edited_line():
    at = checked(DRAFT)
    before = _decide(at)
    assert len(before.decisions) == 4
    # The editor fixes the last paragraph by hand (where one accepted fix was) and checks again.
    edited = DRAFT.replace("according to a Chinese reading report,", "according to the Chinese readout,")
    at.text_area(key="draft").set_value(edited)
    at.button(key="check").click().run()
    assert not at.exception
    after = at.session_state["review"]
    assert after is not before and after.text == edited
    status = {f.excerpt: after.status(f.id) for f in after.findings}
    assert status["Anthony Blinken"] == "accepted"
    assert status["Chip Somodevilla/Getty Images"] == "rejected"
    assert status["reading of the invitation"] == "rewritten"
    assert "reading report" not in status  # the hand edit fixed it; nothing of it is carried
    assert any("Kept 3 of your 4 decisions" in a.value for a in at.info)
    cleaned = export.export_bytes(after, "txt").decode()
    assert "Antony Blinken" in cleaned and "Chip Somodevilla" in cleaned
    assert "China’s readout of the phone call was" in cleaned and "the Chinese readout," in cleaned
    assert not after.history  # carried decisions are no undo step: Undo last action keeps them
    # They are saved with the new review: a reload finds them.
    at.run()
    assert at.session_state["review"].decisions == after.decisions


def test_recheck_of_the_same_text_keeps_all_and_another_article_keeps_none():
    at = checked(DRAFT)
    before = _decide(at)
    at.button(key="check").click().run()
    assert not at.exception
    again = at.session_state["review"]
    assert again is not before and again.decisions == before.decisions
    other = "Floods hit northern Italy\n\nHeavy rain flooded towns in Emilia-Romagna on Tuesday, officials said.\n"
    at.text_area(key="draft").set_value(other)
    at.button(key="check").click().run()
    assert not at.exception
    assert not at.session_state["review"].decisions
    assert not any("Kept" in a.value for a in at.info)


def test_recheck_of_the_same_draft_replaces_its_saved_entry_and_an_edited_one_keeps_both(db):
    at = checked(DRAFT)
    first = _decide(at)
    for _ in range(2):  # Check pressed twice more on the unchanged draft (say, after a style-sheet change)
        at.button(key="check").click().run()
    assert not at.exception
    store = ReviewStore(db)
    saved = store.recent(10)
    assert [s.id for s in saved] == [at.session_state["review"].id]
    assert store.load(first.id) is None
    assert store.load(saved[0].id).decisions == first.decisions
    # A hand edit makes a different draft: the earlier check stays in Saved reviews beside the new one.
    at.text_area(key="draft").set_value(DRAFT.replace("on Wednesday", "on Thursday"))
    at.button(key="check").click().run()
    assert not at.exception
    assert len(store.recent(10)) == 2


def test_offset_map_places_spans_of_unchanged_lines_only():
    old = "one line\nsecond line here\nthird\n"
    new = "a new first line\none line\nsecond line CHANGED\nthird\n"
    m = OffsetMap(old, new)
    assert m.span(0, 3) == (17, 20) and new[17:20] == "one"
    assert m.span(9, 15) is None  # the line the editor changed
    t = old.index("third")
    assert m.span(t, t + 5) == (new.index("third"), new.index("third") + 5)


def _name_finding(fix: str) -> Finding:
    return Finding(rule="N001", category="names", severity="error", start=13, end=28, message="Name differs",
                   excerpt="Anthony Blinken", suggestions=(Suggestion(13, 28, fix),))


def test_a_fix_is_carried_only_when_the_new_check_offers_the_same_edit():
    text = "The minister Anthony Blinken spoke.\n"
    f = _name_finding("Antony Blinken")
    old = Review.from_report(Report(text=text, language="en", findings=[f]))
    old.accept(f.id)
    changed = Review.from_report(Report(text=text, language="en", findings=[_name_finding("Anthony Blinkin")]))
    assert carry_decisions(old, changed).kept == 0 and not changed.decisions
    same = Review.from_report(Report(text=text, language="en", findings=[f]))
    assert carry_decisions(old, same).kept == 1 and same.cleaned_text() == "The minister Antony Blinken spoke.\n"
