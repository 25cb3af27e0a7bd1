"""One way for the AppTest modules to open the review page, check a draft and keep reviews apart.

Each test gets its own review database (the ``db`` fixture, autouse in the app test modules that import
it), so saved reviews never leak between tests; ``page`` opens the page (optionally a saved review),
``checked`` pastes a draft (and an original) and presses Check, asserting at every step that the page
raised nothing (AppTest captures exceptions instead of raising them).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from editor_app.store import DB_ENV

APP = str(Path(__file__).resolve().parent.parent / "editor_app" / "app.py")


@pytest.fixture(autouse=True, name="db")
def review_db(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "reviews.sqlite3"
    monkeypatch.setenv(DB_ENV, str(path))
    return path


def page(rid: str | None = None, timeout: float = 30) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=timeout)
    if rid:
        at.query_params["review"] = rid
    at.run()
    assert not at.exception
    return at


def checked(draft: str, original: str | None = None, quote_style: str | None = None, timeout: float = 30) -> AppTest:
    at = page(timeout=timeout)
    if quote_style:
        at.sidebar.radio(key="quote-style").set_value(quote_style)
    at.text_area(key="draft").set_value(draft)
    if original is not None:
        at.text_area(key="original").set_value(original)
    at.button(key="check").click().run()
    assert not at.exception
    return at
