"""Saved reviews in a local SQLite file, so an editor can close the browser and resume a review.

The file is ``$EDITOR_CHECK_DB`` when set, else ``~/.editor_check/reviews.sqlite3`` (or, where the
home folder cannot be written, ``.editor_check_reviews.sqlite3`` in the working folder). Each review
is one row holding its JSON; a short summary is kept in columns for the list of recent reviews.
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

_SCHEMA = """
CREATE TABLE IF NOT EXISTS reviews (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    created REAL NOT NULL,
    updated REAL NOT NULL,
    findings INTEGER NOT NULL,
    decided INTEGER NOT NULL,
    data TEXT NOT NULL
)
"""


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

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path is not None else default_db_path()
        self._lock = threading.Lock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._con = sqlite3.connect(self.path, timeout=5, check_same_thread=False)
            self._con.execute("PRAGMA journal_mode=WAL")
            self._con.execute("PRAGMA synchronous=NORMAL")
            with self._con:
                self._con.execute(_SCHEMA)
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
        counts = review.counts()
        row = (
            review.id, review.title, review.created, review.updated, len(review.findings),
            len(review.findings) - counts["pending"], json.dumps(review.to_dict(), ensure_ascii=False),
        )
        try:
            with self._connect() as con:
                con.execute("INSERT OR REPLACE INTO reviews VALUES (?, ?, ?, ?, ?, ?, ?)", row)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot save the review: {exc}") from None

    def load(self, review_id: str) -> Review | None:
        """The saved review, or None when there is none by that id."""
        try:
            with self._connect() as con:
                row = con.execute("SELECT data FROM reviews WHERE id = ?", (review_id,)).fetchone()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read the review database: {exc}") from None
        if row is None:
            return None
        try:
            return Review.from_dict(json.loads(row[0]))
        except (ValueError, KeyError, TypeError) as exc:
            reason = exc if isinstance(exc, ReviewError) else f"damaged record ({type(exc).__name__})"
            raise StoreError(f"saved review {review_id} cannot be opened: {reason}") from None

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
        except sqlite3.Error as exc:
            raise StoreError(f"cannot delete the review: {exc}") from None
