"""The one place that decides whether a test needing ../shared or Chromium skips or fails (conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REQUIRE_ALL_ENV, require_all, require_chromium, require_module, seed_paths, shared_path

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def newcomer(monkeypatch, tmp_path):
    """A clone with no shared folder and no browser, and CI's switch off."""
    monkeypatch.setenv("EDITOR_CHECK_SHARED", str(tmp_path / "no-shared-here"))
    monkeypatch.setenv("EDITOR_CHECK_CHROMIUM", str(tmp_path / "no-chromium-here"))
    monkeypatch.delenv(REQUIRE_ALL_ENV, raising=False)
    return monkeypatch


def outcome(fn) -> tuple[str, str]:
    try:
        fn()
    except pytest.skip.Exception as exc:
        return "skipped", str(exc)
    except pytest.fail.Exception as exc:
        return "failed", str(exc)
    return "ran", ""


def test_missing_shared_folder_skips_with_what_to_set(newcomer):
    kind, reason = outcome(seed_paths)
    assert kind == "skipped"
    assert "EDITOR_CHECK_SHARED=" in reason and "no-shared-here" in reason and "\n" not in reason


def test_missing_chromium_skips_with_what_to_install(newcomer):
    kind, reason = outcome(require_chromium)
    assert kind == "skipped"
    assert "apt-get install chromium" in reason and "\n" not in reason


def test_missing_extra_skips_with_the_install_line(newcomer):
    kind, reason = outcome(lambda: require_module("no_such_module_here", "the serve tests need it"))
    assert kind == "skipped" and "pip install -e '.[dev]'" in reason


@pytest.mark.parametrize("need", [seed_paths, require_chromium, lambda: shared_path("data", "mlqe-pe"),
                                  lambda: require_module("no_such_module_here", "a test needs it")])
def test_require_all_turns_the_skips_into_failures(newcomer, need):
    newcomer.setenv(REQUIRE_ALL_ENV, "1")
    kind, reason = outcome(need)
    assert kind == "failed" and REQUIRE_ALL_ENV in reason


def test_present_folder_runs(newcomer, tmp_path):
    (tmp_path / "shared" / "seed").mkdir(parents=True)
    (tmp_path / "shared" / "seed" / "draft.txt").write_text("A draft.\n", encoding="utf-8")
    newcomer.setenv("EDITOR_CHECK_SHARED", str(tmp_path / "shared"))
    newcomer.setenv(REQUIRE_ALL_ENV, "1")
    assert seed_paths() == [tmp_path / "shared" / "seed" / "draft.txt"]


@pytest.mark.parametrize("value, expected", [("1", True), ("true", True), ("0", False), ("", False)])
def test_require_all_switch(monkeypatch, value, expected):
    monkeypatch.setenv(REQUIRE_ALL_ENV, value)
    assert require_all() is expected


def test_ci_requires_every_test():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert f"export {REQUIRE_ALL_ENV}=1" in script
