"""The review logic: every decision the page offers is a method on Review, tested here without a browser."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.apply import overlaps
from checks.engine import check_text
from checks.findings import Finding, Report, Suggestion
from editor_app.review import ACCEPTED, PENDING, REJECTED, REWRITTEN, Review, ReviewError

TEXT = (
    "German Chancellor Olaf Scholtz met French President Emmanuel Macron in Paris on Monday.\n"
    "\n"
    "“We are united on Ukraine, Scholz told reporters after the talks.\n"
    "\n"
    "The two leaders discussed the the new budget rules, which the ministers will adopt in March.\n"
    "\n"
    "He said the talks were “very very productive” and that more meetings would follow.\n"
)


def at(sub: str, nth: int = 0) -> int:
    pos = -1
    for _ in range(nth + 1):
        pos = TEXT.index(sub, pos + 1)
    return pos


def finding(rule, category, severity, start, end, message, suggestions=(), fixable=True) -> Finding:
    return Finding(rule, category, severity, start, end, message,
                   tuple(Suggestion(*s) for s in suggestions), TEXT[start:end], fixable)


def findings() -> list[Finding]:
    name = at("Scholtz")
    quote = at("“We")
    close = at("Ukraine,") + len("Ukraine,")
    dup = at("the the")
    garble = at("which the ministers")
    very = at("very very")
    return [
        finding("N001", "names", "error", name, name + 7, "Name differs from the names list: Scholz",
                [(name, name + 7, "Scholz")]),
        finding("Q002", "quotes", "error", quote, quote + 1, "Opening “ is never closed",
                [(close, close, "”"), (quote, quote + 1, "")]),
        finding("C003", "cleanup", "warning", dup, dup + 7, "Repeated word: the the", [(dup, dup + 4, "")]),
        finding("G001", "garble", "info", garble, garble + len("which the ministers will adopt in March"),
                "Literal translation; consider rewording"),
        finding("C003", "cleanup", "warning", very, very + 9,
                "Repeated word: very very (inside a quotation: the words are quoted, so this is for review only)",
                [(very, very + 5, "")], fixable=False),
    ]


@pytest.fixture
def review() -> Review:
    return Review(TEXT, findings())


def fid(review: Review, rule: str, nth: int = 0) -> str:
    return [f.id for f in review.findings if f.rule == rule][nth]


def test_new_review_is_all_pending_and_changes_nothing(review):
    assert review.counts() == {"pending": 5, "accepted": 0, "rejected": 0, "rewritten": 0}
    assert review.cleaned_text() == TEXT
    # The title is the first line, cut to 80 characters for the list of saved reviews.
    assert review.title.startswith("German Chancellor Olaf Scholtz met") and review.title.endswith("…")
    assert len(review.title) == 80
    assert Review("\n\n  Short  headline \n\nBody.", []).title == "Short headline"


def test_accept_applies_exactly_that_suggestion(review):
    review.accept(fid(review, "N001"))
    assert review.status(fid(review, "N001")) == ACCEPTED
    expected = TEXT.replace("Olaf Scholtz", "Olaf Scholz", 1)
    assert review.cleaned_text() == expected


def test_accept_second_suggestion(review):
    q = fid(review, "Q002")
    review.accept(q, choice=1)
    assert review.cleaned_text() == TEXT.replace("“We are", "We are", 1)


def test_accept_insertion_away_from_the_finding(review):
    review.accept(fid(review, "Q002"))
    assert "“We are united on Ukraine,” Scholz told" in review.cleaned_text()


def test_reject_changes_nothing(review):
    review.reject(fid(review, "N001"))
    assert review.status(fid(review, "N001")) == REJECTED
    assert review.cleaned_text() == TEXT


def test_rewrite_replaces_finding_and_suggestion_span(review):
    q = fid(review, "Q002")
    start, end = review.rewrite_span(q)
    assert TEXT[start:end] == "“We are united on Ukraine,"
    assert review.suggested_text(q) == "“We are united on Ukraine,”"
    review.rewrite(q, "“We stand together on Ukraine,”")
    assert review.status(q) == REWRITTEN
    assert review.cleaned_text() == TEXT.replace("“We are united on Ukraine,", "“We stand together on Ukraine,”", 1)


def test_rewrite_a_finding_without_suggestion(review):
    g = fid(review, "G001")
    review.rewrite(g, "which ministers are to adopt in March")
    assert "rules, which ministers are to adopt in March." in review.cleaned_text()


def test_accept_without_suggestion_is_refused(review):
    with pytest.raises(ReviewError, match="no suggestion"):
        review.accept(fid(review, "G001"))
    assert review.counts()[PENDING] == 5


def test_accept_a_missing_choice_is_refused(review):
    with pytest.raises(ReviewError, match="no suggestion number 3"):
        review.accept(fid(review, "Q002"), choice=2)


def test_unknown_finding_is_refused(review):
    with pytest.raises(ReviewError, match="no finding"):
        review.reject("X999-1-2")


def test_quoted_speech_needs_confirmation(review):
    c = fid(review, "C003", 1)
    with pytest.raises(ReviewError, match="quoted"):
        review.accept(c)
    assert review.cleaned_text() == TEXT
    review.accept(c, confirm_quoted=True)
    assert "“very productive”" in review.cleaned_text()


def test_overlapping_edit_is_refused_until_undone(review):
    g = fid(review, "G001")
    review.rewrite(g, "which will be adopted in March")
    text_after = review.cleaned_text()
    # A second rewrite over the same words from another finding would be lost: refused.
    extra = finding("G002", "garble", "info", at("ministers will"), at("ministers will") + 9, "Odd word order",
                    [(at("ministers will"), at("ministers will") + 9, "minister")])
    r2 = Review(TEXT, findings() + [extra])
    r2.rewrite(g, "which will be adopted in March")
    with pytest.raises(ReviewError, match="overlaps"):
        r2.accept(extra.id)
    assert r2.cleaned_text() == text_after
    r2.undo(g)
    r2.accept(extra.id)
    assert "which the minister will adopt" in r2.cleaned_text()


def test_identical_edits_from_two_rules_apply_once():
    dup = at("the the")
    a = finding("C003", "cleanup", "warning", dup, dup + 7, "Repeated word", [(dup, dup + 4, "")])
    b = finding("G005", "garble", "info", dup, dup + 7, "Doubled article", [(dup, dup + 4, "")])
    r = Review(TEXT, [a, b])
    r.accept(a.id)
    r.accept(b.id)
    assert r.cleaned_text() == TEXT.replace("the the new", "the new", 1)


def test_undo_returns_to_pending(review):
    n = fid(review, "N001")
    review.accept(n)
    review.undo(n)
    assert review.status(n) == PENDING
    assert review.cleaned_text() == TEXT


def test_undo_last_takes_back_the_last_action(review):
    n, q = fid(review, "N001"), fid(review, "Q002")
    review.accept(n)
    review.reject(q)
    assert review.undo_last() == [q]
    assert review.status(q) == PENDING and review.status(n) == ACCEPTED
    review.undo(n)  # undoing a card is itself an action
    assert review.undo_last() == [n]
    assert review.status(n) == ACCEPTED
    assert review.undo_last() == [n]
    assert review.undo_last() == []
    assert review.cleaned_text() == TEXT


def test_accept_all_by_category_skips_quoted_speech(review):
    result = review.accept_all(category="cleanup")
    assert result.done == (fid(review, "C003", 0),)
    assert [reason for _, reason in result.skipped] == ["quoted speech: review it on its card"]
    assert review.cleaned_text() == TEXT.replace("the the new", "the new", 1)


def test_accept_all_by_rule_leaves_decided_cards_alone(review):
    c0 = fid(review, "C003", 0)
    review.reject(c0)
    result = review.accept_all(rule="C003")
    assert result.done == ()
    assert review.status(c0) == REJECTED


def test_accept_all_skips_findings_without_suggestion(review):
    result = review.accept_all(category="garble")
    assert result.done == () and result.skipped == ((fid(review, "G001"), "no suggestion"),)


def test_bulk_accept_is_one_undoable_action():
    dup, very = at("the the"), at("very very")
    a = finding("C003", "cleanup", "warning", dup, dup + 7, "Repeated word", [(dup, dup + 4, "")])
    b = finding("C003", "cleanup", "warning", very, very + 9, "Repeated word", [(very, very + 5, "")])
    r = Review(TEXT, [a, b])
    assert r.accept_all(rule="C003").done == (a.id, b.id)
    assert r.counts()[ACCEPTED] == 2
    r.undo_last()
    assert r.counts()[PENDING] == 2 and r.cleaned_text() == TEXT


def test_accept_all_skips_overlap_within_the_batch():
    dup = at("the the")
    a = finding("C003", "cleanup", "warning", dup, dup + 7, "Repeated word", [(dup, dup + 4, "")])
    b = finding("C004", "cleanup", "warning", dup + 2, dup + 6, "Spacing", [(dup + 2, dup + 6, "e")])
    r = Review(TEXT, [a, b])
    result = r.accept_all(category="cleanup")
    assert result.done == (a.id,) and result.skipped[0][0] == b.id
    assert r.cleaned_text() == TEXT.replace("the the new", "the new", 1)


def test_reject_all_only_pending(review):
    n = fid(review, "N001")
    review.accept(n)
    result = review.reject_all(category="names")
    assert result.done == ()
    result = review.reject_all(category="cleanup")
    assert len(result.done) == 2 and review.counts()[REJECTED] == 2


def test_bulk_needs_a_target(review):
    with pytest.raises(ReviewError):
        review.accept_all()


def test_report_rows_say_what_was_decided_and_the_final_text(review):
    review.accept(fid(review, "N001"))
    review.rewrite(fid(review, "G001"), "which ministers adopt in March")
    review.reject(fid(review, "Q002"))
    rows = {r["id"]: r for r in review.report_rows()}
    n = rows[fid(review, "N001")]
    assert (n["decision"], n["original_text"], n["final_text"], n["suggestion"]) == ("accepted", "Scholtz", "Scholz", 1)
    g = rows[fid(review, "G001")]
    assert g["decision"] == "rewritten" and g["final_text"] == "which ministers adopt in March"
    q = rows[fid(review, "Q002")]
    assert q["decision"] == "rejected" and q["final_text"] == "" and q["edit_start"] is None
    assert rows[fid(review, "C003", 1)]["fixable"] is False


def test_round_trip_through_json_keeps_every_decision(review):
    review.accept(fid(review, "N001"))
    review.rewrite(fid(review, "Q002"), "“We are united on Ukraine,”", choice=0)
    review.reject(fid(review, "C003"))
    back = Review.from_dict(json.loads(json.dumps(review.to_dict())))
    assert back.decisions == review.decisions
    assert back.cleaned_text() == review.cleaned_text()
    assert [f for f in back.findings] == review.findings
    assert back.id == review.id and back.version == review.version
    back.undo_last()
    assert back.status(fid(review, "C003")) == PENDING


def test_unknown_schema_is_refused(review):
    data = review.to_dict()
    data["schema"] = 99
    with pytest.raises(ReviewError, match="schema"):
        Review.from_dict(data)


def test_version_grows_and_caches_follow(review):
    v = review.version
    first = review.cleaned_text()
    review.accept(fid(review, "N001"))
    assert review.version == v + 1
    assert review.cleaned_text() != first


def test_from_engine_report():
    draft = (
        "Hungarian Prime Minister Viktor Orban said he had obtained “guarantees” on how the money will be spent.\n\n"
        "“This is not the end of the road, said European Council President Charles Michel.\n"
    )
    review = Review.from_report(check_text(draft))
    assert review.language == check_text(draft).language
    fixes = [f for f in review.findings if f.suggestions and f.fixable]
    assert fixes, "the unclosed quotation should be flagged"
    review.accept(fixes[0].id)
    s = fixes[0].suggestions[0]
    assert review.cleaned_text() == draft[: s.start] + s.replacement + draft[s.end:]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 4), st.sampled_from(["accept", "reject", "rewrite", "undo"])), max_size=12))
def test_cleaned_text_is_the_draft_plus_exactly_the_chosen_edits(actions):
    r = Review(TEXT, findings())
    ids = [f.id for f in r.findings]
    for i, action in actions:
        try:
            if action == "accept":
                r.accept(ids[i], confirm_quoted=True)
            elif action == "reject":
                r.reject(ids[i])
            elif action == "rewrite":
                r.rewrite(ids[i], f"<edit {i}>")
            else:
                r.undo(ids[i])
        except ReviewError:
            pass
    edits = sorted((e for _, e in r.edits()), key=lambda e: e.start, reverse=True)
    expected = TEXT
    for e in edits:  # right to left, by hand
        expected = expected[: e.start] + e.replacement + expected[e.end:]
    assert r.cleaned_text() == expected
    for f in r.findings:
        if r.status(f.id) in (PENDING, REJECTED):
            assert r.edit_for(f.id) is None


@st.composite
def random_reviews(draw):
    """A review of TEXT with arbitrary findings and suggestions (ids unique by rule code)."""
    n = len(TEXT)
    found = []
    for i in range(draw(st.integers(1, 6))):
        start = draw(st.integers(0, n))
        end = draw(st.integers(start, min(n, start + 25)))
        suggestions = []
        for _ in range(draw(st.integers(0, 2))):
            s = draw(st.integers(max(0, start - 5), end))
            e = draw(st.integers(s, min(n, end + 5)))
            suggestions.append(Suggestion(s, e, draw(st.sampled_from(["", "”", "Scholz", "the"]))))
        found.append(Finding(f"T{i:03d}", "cleanup", "warning", start, end, "Generated", tuple(suggestions),
                             TEXT[start:end], draw(st.booleans())))
    return Review(TEXT, found)


ACTION = st.tuples(st.sampled_from(["accept", "accept2", "reject", "rewrite", "undo", "undo_last", "bulk"]),
                   st.integers(0, 5))


@settings(max_examples=120, deadline=None)
@given(random_reviews(), st.lists(ACTION, max_size=15))
def test_any_sequence_of_decisions_keeps_the_review_consistent(review, actions):
    ids = [f.id for f in review.findings]
    states = [dict(review.decisions)]  # the decisions after each recorded action, for undo_last
    for kind, i in actions:
        fid = ids[i % len(ids)]
        before = dict(review.decisions)
        recorded = len(review.history)
        try:
            if kind == "accept":
                review.accept(fid, confirm_quoted=True)
            elif kind == "accept2":
                review.accept(fid, choice=1, confirm_quoted=True)
            elif kind == "reject":
                review.reject(fid)
            elif kind == "rewrite":
                review.rewrite(fid, "[edited]")
            elif kind == "undo":
                review.undo(fid)
            elif kind == "bulk":
                review.accept_all(category="cleanup")
            else:
                if review.undo_last():
                    states.pop()
                assert review.decisions == states[-1]
                continue
        except ReviewError:
            assert review.decisions == before  # a refused decision changes nothing
            continue
        if len(review.history) > recorded:
            states.append(dict(review.decisions))
        else:
            assert review.decisions == before
        if kind == "bulk":  # quoted speech never goes in by bulk accept
            for f in review.findings:
                if not f.fixable and review.status(f.id) == ACCEPTED:
                    assert before.get(f.id) == review.decisions[f.id]

    chosen = [e for _, e in review.edits()]
    for a in range(len(chosen)):
        for b in range(a + 1, len(chosen)):
            assert not overlaps(chosen[a], chosen[b])
    expected = TEXT
    for e in sorted(chosen, key=lambda e: (e.start, e.end), reverse=True):
        expected = expected[: e.start] + e.replacement + expected[e.end:]
    assert review.cleaned_text() == expected
    back = Review.from_dict(json.loads(json.dumps(review.to_dict())))
    assert back.decisions == review.decisions and back.cleaned_text() == expected


def test_a_suggestion_outside_the_text_is_left_out_with_a_notice():
    bad = Finding("X001", "cleanup", "warning", 0, 6, "Broken rule",
                  (Suggestion(0, 6, "The"), Suggestion(5, 10_000, "")))
    review = Review.from_report(Report(text=TEXT, language="en", findings=[bad]))
    assert review.findings[0].suggestions == (Suggestion(0, 6, "The"),)
    assert review.notices == ["X001 at 0: a suggestion pointing outside the text was left out"]
    review.accept(bad.id)
    assert review.cleaned_text() == "The" + TEXT[6:]
