"""Saved reviews in SQLite: a review closed mid-way comes back with every decision."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from checks.findings import Finding, Suggestion
from editor_app.review import Review
from editor_app.store import DB_ENV, ReviewStore, StoreError, default_db_path

DRAFT = (
    "Ukrainian President Volodymyr Zelenskiy welcomed the decision on social networks.\n\n"
    "The reading of the meeting published by the Council makes no mention of the the conditions.\n"
)


def make_review(title: str = "") -> Review:
    dup = DRAFT.index("the the")
    return Review(DRAFT, [
        Finding("C003", "cleanup", "warning", dup, dup + 7, "Repeated word: the the",
                (Suggestion(dup, dup + 4, ""),), "the the"),
        Finding("G001", "garble", "info", 0, 10, "Odd phrasing", (), DRAFT[:10]),
    ], title=title)


@pytest.fixture
def store(tmp_path) -> ReviewStore:
    return ReviewStore(tmp_path / "reviews.sqlite3")


def test_save_and_load_keeps_every_decision(store):
    r = make_review()
    by_rule = {f.rule: f.id for f in r.findings}
    r.accept(by_rule["C003"])
    r.rewrite(by_rule["G001"], "President Volodymyr Zelenskiy")
    store.save(r)
    back = store.load(r.id)
    assert back is not None
    assert back.decisions == r.decisions
    assert back.cleaned_text() == r.cleaned_text()
    assert back.history == r.history


def test_saving_again_updates_the_same_row(store):
    r = make_review()
    store.save(r)
    dup = next(f.id for f in r.findings if f.rule == "C003")
    r.reject(dup)
    store.save(r)
    assert len(store.recent()) == 1
    assert store.load(r.id).status(dup) == "rejected"
    assert store.recent()[0].decided == 1


def test_recent_lists_newest_first_with_a_summary(store):
    old, new = make_review("Older draft"), make_review("Newer draft")
    old.updated, new.updated = 1000.0, 2000.0
    store.save(old)
    store.save(new)
    recent = store.recent()
    assert [s.title for s in recent] == ["Newer draft", "Older draft"]
    assert (recent[0].findings, recent[0].decided) == (2, 0)
    assert store.recent(limit=1)[0].id == new.id


def test_load_missing_and_delete(store):
    r = make_review()
    assert store.load("nope") is None
    store.save(r)
    store.delete(r.id)
    assert store.load(r.id) is None and store.recent() == []


def test_damaged_record_is_reported_in_one_line(store):
    r = make_review()
    store.save(r)
    con = sqlite3.connect(store.path)
    with con:
        con.execute("UPDATE reviews SET data = '{not json' WHERE id = ?", (r.id,))
    con.close()
    with pytest.raises(StoreError, match="cannot be opened") as info:
        store.load(r.id)
    assert "\n" not in str(info.value)


def test_unusable_path_is_a_store_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="cannot open the review database"):
        ReviewStore(blocker / "reviews.sqlite3")


def test_path_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(DB_ENV, str(tmp_path / "x" / "mine.sqlite3"))
    assert default_db_path() == tmp_path / "x" / "mine.sqlite3"
    s = ReviewStore()
    assert s.path == tmp_path / "x" / "mine.sqlite3" and s.path.exists()


def test_default_path_is_in_the_home_folder(tmp_path, monkeypatch):
    monkeypatch.delenv(DB_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_db_path() == Path(tmp_path) / ".editor_check" / "reviews.sqlite3"


def test_two_stores_on_one_file_see_each_other(tmp_path):
    a, b = ReviewStore(tmp_path / "r.sqlite3"), ReviewStore(tmp_path / "r.sqlite3")
    r = make_review()
    a.save(r)
    assert b.load(r.id).text == DRAFT
