"""Optional dependencies of some tests (the ``serve`` and ``dask`` extras, httpx), in one place.

``pip install -e ".[dev]"`` installs them all. Without them the tests that need them skip with
the install line, except under ``EDITOR_CHECK_REQUIRE_ALL=1`` (CI), where a missing one fails.
"""

from __future__ import annotations

import importlib
import os

import pytest


def need(module: str, why: str):
    """Import ``module``, or skip (fail under EDITOR_CHECK_REQUIRE_ALL=1) saying what to install."""
    if os.environ.get("EDITOR_CHECK_REQUIRE_ALL") == "1":
        return importlib.import_module(module)
    return pytest.importorskip(module, reason=f"{why}: pip install -e '.[dev]'")
