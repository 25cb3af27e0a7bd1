"""Saved reviews in a local SQLite file, so an editor can close the browser and resume a review.

The file is ``$EDITOR_CHECK_DB`` when set, else ``~/.editor_check/reviews.sqlite3`` (or, where the
home folder cannot be written, ``.editor_check_reviews.sqlite3`` in the working folder). Each review
is one row holding its JSON; a short summary is kept in columns for the list of recent reviews.

Decisions are also saved one row per finding, each with a sequence number, so two tabs (or two
servers) on one review never lose each other's decisions: a save first takes the decisions other
tabs saved since this one last looked, then writes only the decisions this tab changed, in one
transaction. Loading overlays those rows on the review's JSON.

A database file that exists but is empty (0 bytes: cut short, or emptied by a sync tool) or is not a
database is reported, never silently started afresh; a new file is created whole (written aside and
linked into place) so an empty file is never one of ours.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .review import Review, ReviewError

DB_ENV = "EDITOR_CHECK_DB"

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS reviews (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        created REAL NOT NULL,
        updated REAL NOT NULL,
        findings INTEGER NOT NULL,
        decided INTEGER NOT NULL,
        data TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS decisions (
        review_id TEXT NOT NULL,
        finding_id TEXT NOT NULL,
        status TEXT NOT NULL,
        choice INTEGER NOT NULL,
        text TEXT NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (review_id, finding_id)
    )""",
)
MAX_RECORD_BYTES = 32_000_000  # a review's JSON above this is not saved (a 2 MB draft makes a few MB)


class StoreError(RuntimeError):
    """The review database cannot be used; the message is one line."""


@dataclass(frozen=True)
class ReviewSummary:
    id: str
    title: str
    created: float
    updated: float
    findings: int
    decided: int


def default_db_path() -> Path:
    env = os.environ.get(DB_ENV, "").strip()
    if env:
        return Path(env).expanduser()
    home_dir = Path.home() / ".editor_check"
    try:
        home_dir.mkdir(parents=True, exist_ok=True)
        if os.access(home_dir, os.W_OK):
            return home_dir / "reviews.sqlite3"
    except OSError:
        pass
    return Path.cwd() / ".editor_check_reviews.sqlite3"


class ReviewStore:
    """Save, load, list and delete reviews.

    One connection per store, shared by Streamlit's script threads under a lock (opening a new
    connection per click costs more than the save itself).
    """

    def __init__(self, path: str | Path | None = None, max_record_bytes: int = MAX_RECORD_BYTES):
        self.path = Path(path) if path is not None else default_db_path()
        self.max_record_bytes = max_record_bytes
        self._lock = threading.Lock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not self.path.exists():
                _create(self.path)
            elif self.path.is_file() and self.path.stat().st_size == 0:
                raise StoreError(f"the review database {self.path} is empty (0 bytes): its saved reviews are gone "
                                 f"or it was cut short; move it aside (or set {DB_ENV}) to start a new one")
            self._con = _connect(self.path)
            self._con.execute("SELECT count(*) FROM reviews").fetchone()  # reads the file: not a database fails here
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the review database {self.path}: {exc}") from None

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """The shared connection, held under the lock, inside a transaction."""
        with self._lock, self._con:
            yield self._con

    def close(self) -> None:
        with self._lock:
            self._con.close()

    def save(self, review: Review) -> None:
        """Take other tabs' newer decisions into ``review``, then write its changed decisions and its JSON."""
        try:
            with self._connect() as con:
                con.execute("BEGIN IMMEDIATE")  # one writer at a time, across processes too
                self._pull(con, review)
                dirty = review.dirty_decisions()
                seq = con.execute("SELECT COALESCE(MAX(seq), 0) FROM decisions WHERE review_id = ?",
                                  (review.id,)).fetchone()[0]
                for fid, d in dirty.items():
                    seq += 1
                    con.execute("INSERT OR REPLACE INTO decisions VALUES (?, ?, ?, ?, ?, ?)",
                                (review.id, fid, d.status, d.choice, d.text, seq))
                data = json.dumps(review.to_dict(), ensure_ascii=False)
                if len(data) > self.max_record_bytes:
                    raise StoreError(f"the review is too large to save ({len(data) / 1e6:.0f} MB of data)")
                counts = review.counts()
                con.execute("INSERT OR REPLACE INTO reviews VALUES (?, ?, ?, ?, ?, ?, ?)", (
                    review.id, review.title, review.created, review.updated, len(review.findings),
                    len(review.findings) - counts["pending"], data,
                ))
        except sqlite3.Error as exc:
            raise StoreError(f"cannot save the review: {exc}") from None
        review.mark_saved(dirty, seq)

    def sync(self, review: Review) -> bool:
        """Take the decisions other tabs saved since ``review`` last looked; True when any changed it."""
        before = review.version
        try:
            with self._connect() as con:
                self._pull(con, review)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read the review database: {exc}") from None
        return review.version != before

    @staticmethod
    def _pull(con: sqlite3.Connection, review: Review) -> None:
        rows = con.execute("SELECT finding_id, status, choice, text, seq FROM decisions "
                           "WHERE review_id = ? AND seq > ? ORDER BY seq", (review.id, review.synced)).fetchall()
        if rows:
            review.take_saved({fid: {"status": st, "choice": ch, "text": tx} for fid, st, ch, tx, _ in rows},
                              seq=rows[-1][4])

    def load(self, review_id: str) -> Review | None:
        """The saved review, or None when there is none by that id.

        Damaged parts are left out and listed in the review's ``repairs``; a record that cannot be
        read at all raises StoreError.
        """
        try:
            with self._connect() as con:
                row = con.execute("SELECT data FROM reviews WHERE id = ?", (review_id,)).fetchone()
                rows = con.execute("SELECT finding_id, status, choice, text, seq FROM decisions WHERE review_id = ? "
                                   "ORDER BY seq", (review_id,)).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read the review database: {exc}") from None
        if row is None:
            return None
        try:
            data = json.loads(row[0])
            decisions = dict(data.get("decisions") or {})  # the JSON's, overlaid by the rows saved one by one
            decisions.update({fid: {"status": st, "choice": ch, "text": tx} for fid, st, ch, tx, _ in rows})
            data["decisions"] = decisions
            review = Review.from_dict(data)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            reason = exc if isinstance(exc, ReviewError) else f"damaged record ({type(exc).__name__})"
            raise StoreError(f"saved review {review_id} cannot be opened: {reason}") from None
        review.synced = rows[-1][4] if rows else 0
        return review

    def recent(self, limit: int = 10) -> list[ReviewSummary]:
        try:
            with self._connect() as con:
                rows = con.execute(
                    "SELECT id, title, created, updated, findings, decided FROM reviews "
                    "ORDER BY updated DESC LIMIT ?", (limit,),
                ).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read the review database: {exc}") from None
        return [ReviewSummary(*r) for r in rows]

    def delete(self, review_id: str) -> None:
        try:
            with self._connect() as con:
                con.execute("DELETE FROM reviews WHERE id = ?", (review_id,))
                con.execute("DELETE FROM decisions WHERE review_id = ?", (review_id,))
        except sqlite3.Error as exc:
            raise StoreError(f"cannot delete the review: {exc}") from None


def _connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, timeout=5, check_same_thread=False)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    with con:
        for statement in _SCHEMA:
            con.execute(statement)
    return con


def _create(path: Path) -> None:
    """A new database at ``path``, whole or not at all: built aside, then linked into place."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.new")
    try:
        _connect(tmp).close()  # the last connection closing folds the WAL back into the file
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass  # another process created it first: use theirs
        except OSError:  # a file system without hard links
            if not path.exists():
                os.replace(tmp, path)
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)
