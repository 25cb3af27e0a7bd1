"""What a test needs from outside the checkout, found in one place: the shared data folder, Chromium
and the optional extras (serve, dask).

A newcomer's fresh clone has neither ``../shared`` beside it nor, perhaps, Debian's chromium: the
tests that need them skip with one line saying what to set or install, so ``pytest`` passes. CI
sets ``EDITOR_CHECK_REQUIRE_ALL=1`` (``.ci/run``), under which the same tests fail instead, so a
missing folder or browser can never turn a CI run green by skipping.

- ``EDITOR_CHECK_SHARED``: the shared folder (default ``../shared`` beside the checkout).
- ``EDITOR_CHECK_CHROMIUM``: the Chromium executable (default ``/usr/bin/chromium`` or ``chromium``
  on PATH); set it to a path that does not exist (``none``) to run as if no browser were installed.

Tests ask through the fixtures ``shared``, ``seed_path``, ``seed_text`` and ``chromium``, a test
module that needs an extra through :func:`require_module`; helper code that runs outside pytest too
(``bench/app_speed.py``) goes through ``test_app_browser.browser_page``, which asks here too.
"""

from __future__ import annotations

import importlib
import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_ENV = "EDITOR_CHECK_SHARED"
CHROMIUM_ENV = "EDITOR_CHECK_CHROMIUM"
REQUIRE_ALL_ENV = "EDITOR_CHECK_REQUIRE_ALL"
DEBIAN_CHROMIUM = "/usr/bin/chromium"


def require_all() -> bool:
    """True when every test must run (CI): a missing requirement fails instead of skipping."""
    return os.environ.get(REQUIRE_ALL_ENV, "").strip().lower() not in ("", "0", "false", "no")


def unavailable(reason: str):
    """Skip with ``reason``, or fail with it under ``EDITOR_CHECK_REQUIRE_ALL=1``."""
    if require_all():
        pytest.fail(f"{reason} ({REQUIRE_ALL_ENV} is set, so this fails instead of skipping)", pytrace=False)
    pytest.skip(reason)


def require_module(module: str, why: str):
    """Import ``module`` for a test module (at its top); skip the module, or fail under
    ``EDITOR_CHECK_REQUIRE_ALL=1``, saying what to install when it is missing."""
    reason = f"{why}: pip install -e '.[dev]'"
    if not require_all():
        return pytest.importorskip(module, reason=reason)
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        pytest.fail(f"{reason} ({exc}; {REQUIRE_ALL_ENV} is set, so this fails instead of skipping)", pytrace=False)


def shared_root() -> Path:
    """Where the shared folder should be: ``$EDITOR_CHECK_SHARED`` or ``../shared`` beside the checkout."""
    return Path(os.environ.get(SHARED_ENV) or ROOT.parent / "shared")


def shared_path(*parts: str) -> Path:
    """A path inside the shared folder; skips (or fails, see :func:`unavailable`) when it is missing."""
    path = shared_root().joinpath(*parts)
    if not path.exists():
        unavailable(f"needs the shared data folder: {path} is missing (set {SHARED_ENV}=/path/to/shared)")
    return path


def seed_paths() -> list[Path]:
    """The seed draft's text files, sorted (the real draft the project started from)."""
    folder = shared_path("seed")
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        unavailable(f"needs the seed draft: no *.txt in {folder} (set {SHARED_ENV}=/path/to/shared)")
    return paths


def chromium_executable() -> str | None:
    """The Chromium to drive: ``$EDITOR_CHECK_CHROMIUM``, else Debian's, else one on PATH; None if absent."""
    chosen = os.environ.get(CHROMIUM_ENV)
    if chosen:
        return chosen if os.access(chosen, os.X_OK) and not os.path.isdir(chosen) else None
    if os.access(DEBIAN_CHROMIUM, os.X_OK):
        return DEBIAN_CHROMIUM
    return shutil.which("chromium") or shutil.which("chromium-browser")


def require_chromium() -> str:
    """The Chromium executable; skips (or fails) with what to install when there is none."""
    path = chromium_executable()
    if path is None:
        where = os.environ.get(CHROMIUM_ENV)
        found = f"{CHROMIUM_ENV}={where} is not an executable" if where else "no chromium found"
        unavailable(f"needs Chromium ({found}): apt-get install chromium, or set {CHROMIUM_ENV}=/path/to/chromium")
    return path


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared data folder (the seed draft, MLQE-PE, mqm-zhen, names)."""
    return shared_path()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The seed draft's file."""
    return seed_paths()[0]


@pytest.fixture(scope="session")
def seed_text(seed_path) -> str:
    """The seed draft's text."""
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def chromium() -> str:
    """The Chromium executable for Playwright's ``executable_path``."""
    return require_chromium()
