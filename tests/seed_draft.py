"""Where the seed draft is: ``../shared/seed`` beside the checkout, or ``$EDITOR_CHECK_SHARED/seed``.

One place for the tests that read the real draft the project started from, so a clone elsewhere
can point at the shared folder instead of failing four different ways.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("EDITOR_CHECK_SHARED") or ROOT.parent / "shared")


def seed_paths() -> list[Path]:
    """The seed draft's text files, sorted; a missing folder fails the test with where it looked."""
    paths = sorted((SHARED / "seed").glob("*.txt"))
    assert paths, f"the seed draft is missing: no *.txt in {SHARED / 'seed'} (set EDITOR_CHECK_SHARED)"
    return paths
