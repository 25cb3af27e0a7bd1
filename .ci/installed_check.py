"""CI: `pip install .` (not editable) into a fresh venv, then `editor-check` on the seed draft with no flags.

The headline finding must not hide behind a flag or behind the checkout: the shipped names list and
glossary are package data, so a wheel installed away from the checkout flags both "Anthony Blinken"s
of the seed as N001 with nothing but the file named. Everything runs from an empty temporary folder,
so nothing of the checkout (``samples/``, the source tree) can be picked up by accident.

    python .ci/installed_check.py SEED.txt...
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(cmd: list, cwd: Path, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, **kw)


def check_seed(exe: Path, seed: Path, cwd: Path) -> None:
    proc = run([exe, "--format", "json", seed], cwd)
    assert proc.returncode == 1, f"editor-check exited {proc.returncode}: {proc.stderr[-2000:]}"
    names = [f for f in json.loads(proc.stdout)["findings"] if f["category"] == "names"]
    got = [(f["rule"], f["excerpt"], f["suggestions"][0]["replacement"]) for f in names]
    assert got == [("N001", "Anthony Blinken", "Antony Blinken")] * 2, got
    calques = [f["excerpt"] for f in json.loads(proc.stdout)["findings"] if f["rule"] == "G003"]
    assert calques, "the shipped glossary found no calque in the seed"
    off = run([exe, "--format", "json", "--no-default-lists", seed], cwd)
    assert not [f for f in json.loads(off.stdout)["findings"] if f["rule"] in ("N001", "G003")], off.stdout[:500]
    print(f"installed editor-check on {seed.name}: 2 x N001 Anthony Blinken -> Antony Blinken, "
          f"{len(calques)} glossary calque(s); none with --no-default-lists")


def main(argv: list[str]) -> int:
    seeds = [Path(a).resolve() for a in argv]
    if not seeds or not all(p.is_file() for p in seeds):
        print(f"usage: python .ci/installed_check.py SEED.txt... (not found: {argv})", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="installed-check-") as tmp:
        tmp = Path(tmp)
        env = tmp / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(env)], check=True)
        pip = run([env / "bin" / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check", ROOT], tmp)
        assert pip.returncode == 0, f"pip install . failed: {pip.stderr[-3000:]}"
        where = run([env / "bin" / "python", "-c", "import checks, editor_app.ui; print(checks.__file__)"], tmp)
        assert where.returncode == 0, where.stderr[-2000:]
        assert str(env) in where.stdout and str(ROOT) not in where.stdout, f"imported from {where.stdout.strip()}"
        for seed in seeds:
            check_seed(env / "bin" / "editor-check", seed, tmp)
    print(f"non-editable install check: {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
