"""Saved reviews under stress: two tabs on one review, damaged records, empty or foreign files."""

from __future__ import annotations

import json
import sqlite3

import pytest

from checks.findings import Finding, Suggestion
from editor_app.review import Review
from editor_app.store import ReviewStore, StoreError

DRAFT = (
    "German Chancellor Olaf Scholtz met French President Emmanuel Macron in Paris on Monday.\n\n"
    "The two leaders discussed the the new budget rules, which the ministers will adopt in March.\n\n"
    "Officials called the talks «frank».\n"
)


def at(sub: str) -> int:
    return DRAFT.index(sub)


def make_review() -> Review:
    name, dup, g1, g2 = at("Scholtz"), at("the the"), at("«"), at("»")
    return Review(DRAFT, [
        Finding("N001", "names", "error", name, name + 7, "Name differs: Scholz", (Suggestion(name, name + 7, "Scholz"),)),
        Finding("C003", "cleanup", "warning", dup, dup + 7, "Repeated word", (Suggestion(dup, dup + 4, ""),)),
        Finding("C999", "cleanup", "info", dup + 4, dup + 11, "Overlaps the repeated word", (Suggestion(dup + 2, dup + 8, "e a "),)),
        Finding("Q009", "quotes", "warning", g1, g1 + 1, "Guillemet", (Suggestion(g1, g1 + 1, "“"), Suggestion(g1, g1 + 1, '"'))),
        Finding("Q009", "quotes", "warning", g2, g2 + 1, "Guillemet", (Suggestion(g2, g2 + 1, "”"),)),
    ])


def ids(review: Review) -> dict[str, str]:
    return {f.rule + ("b" if f.rule == "Q009" and f.start == at("»") else ""): f.id for f in review.findings}


@pytest.fixture
def path(tmp_path):
    return tmp_path / "reviews.sqlite3"


def test_two_tabs_never_lose_a_decision(path):
    store = ReviewStore(path)
    r = make_review()
    store.save(r)
    tab1, tab2 = store.load(r.id), store.load(r.id)
    f = ids(tab1)
    tab1.accept(f["N001"])
    store.save(tab1)
    tab2.accept(f["Q009"], 1)  # tab 2 never saw tab 1's decision
    store.save(tab2)
    assert tab2.status(f["N001"]) == "accepted"  # the save brought tab 1's decision in
    back = store.load(r.id)
    assert back.status(f["N001"]) == "accepted" and back.decision(f["Q009"]).choice == 1
    assert store.recent()[0].decided == 2


def test_an_undo_in_one_tab_reaches_the_other(path):
    store = ReviewStore(path)
    r = make_review()
    f = ids(r)
    r.accept(f["C003"])
    store.save(r)
    other = store.load(r.id)
    r.undo(f["C003"])
    store.save(r)
    assert store.sync(other) and other.status(f["C003"]) == "pending"
    other.accept(f["C999"])  # now free: the overlapping repeated-word edit is no longer chosen
    store.save(other)
    assert store.load(r.id).status(f["C999"]) == "accepted"


def test_two_stores_two_processes_on_one_file(path):
    a, b = ReviewStore(path), ReviewStore(path)
    r = make_review()
    a.save(r)
    in_a, in_b = a.load(r.id), b.load(r.id)
    f = ids(r)
    in_a.reject(f["N001"])
    in_b.accept(f["Q009b"])
    a.save(in_a)
    b.save(in_b)
    back = ReviewStore(path).load(r.id)
    assert (back.status(f["N001"]), back.status(f["Q009b"])) == ("rejected", "accepted")


def test_an_overlapping_decision_from_another_tab_is_not_taken_over_a_held_one(path):
    store = ReviewStore(path)
    r = make_review()
    store.save(r)
    tab1, tab2 = store.load(r.id), store.load(r.id)
    f = ids(r)
    tab1.accept(f["C003"])
    store.save(tab1)
    tab2.accept(f["C999"])  # overlaps tab 1's choice; tab 2 chose before it could know
    store.save(tab2)
    assert tab2.status(f["C003"]) == "pending" and tab2.status(f["C999"]) == "accepted"
    back = store.load(r.id)  # both were saved; the one later in text order is left out, with a message
    assert [back.status(f["C003"]), back.status(f["C999"])].count("accepted") == 1
    assert back.repairs and "1 decision could not be restored" in back.repairs[0]


def damage(path, review_id: str, change) -> None:
    con = sqlite3.connect(path)
    data = json.loads(con.execute("SELECT data FROM reviews WHERE id = ?", (review_id,)).fetchone()[0])
    change(data)
    with con:
        con.execute("UPDATE reviews SET data = ? WHERE id = ?", (json.dumps(data), review_id))
        con.execute("DELETE FROM decisions")
    con.close()


def test_a_choice_out_of_range_opens_with_a_message_and_the_rest_intact(path):
    store = ReviewStore(path)
    r = make_review()
    f = ids(r)
    r.accept(f["N001"])
    r.accept(f["Q009"], 1)
    store.save(r)

    def bad_choice(data):
        data["decisions"][f["Q009"]]["choice"] = 7
        data["history"][1][0][1] = {"status": "accepted", "choice": 9}

    damage(path, r.id, bad_choice)
    back = store.load(r.id)
    assert back.status(f["N001"]) == "accepted" and back.status(f["Q009"]) == "pending"
    assert back.repairs == ["This saved review was damaged: 1 decision, the undo history could not be restored "
                            "and were left out; the rest is as saved."]
    assert back.cleaned_text() == DRAFT.replace("Scholtz", "Scholz")
    assert "repairs" not in back.to_dict()  # shown once, never saved


def test_text_shorter_than_its_offsets(path):
    store = ReviewStore(path)
    r = make_review()
    f = ids(r)
    r.accept(f["Q009b"])
    r.accept(f["N001"])
    store.save(r)
    damage(path, r.id, lambda data: data.update(text=DRAFT[: at("«")]))
    back = store.load(r.id)
    assert set(back._by_id) == {f["N001"], f["C003"], f["C999"]}
    assert back.status(f["N001"]) == "accepted"
    assert "2 findings, 1 decision" in back.repairs[0]


def test_a_zero_length_database_is_reported(path):
    path.write_bytes(b"")
    with pytest.raises(StoreError) as exc:
        ReviewStore(path)
    assert "is empty (0 bytes)" in str(exc.value) and "\n" not in str(exc.value)
    assert path.stat().st_size == 0  # left as it was found


def test_a_file_that_is_not_a_database_is_reported(path):
    path.write_bytes(b"these are not the reviews you are looking for\n" * 100)
    with pytest.raises(StoreError, match="cannot open the review database"):
        ReviewStore(path)


def test_a_database_path_that_cannot_be_read_is_reported(path):
    path.mkdir()  # a folder where the file should be (root reads any file, so no chmod here)
    with pytest.raises(StoreError, match="cannot open the review database") as exc:
        ReviewStore(path)
    assert "\n" not in str(exc.value)


def test_a_new_database_is_created_whole(path):
    store = ReviewStore(path)
    assert path.stat().st_size > 0 and [p.name for p in path.parent.iterdir() if p.name.endswith(".new")] == []
    store.save(make_review())
    assert len(ReviewStore(path).recent()) == 1


def test_a_huge_review_is_not_saved(path):
    store = ReviewStore(path, max_record_bytes=10_000)
    r = Review("word " * 5000, [])
    with pytest.raises(StoreError, match="too large to save"):
        store.save(r)
    assert store.recent() == []
