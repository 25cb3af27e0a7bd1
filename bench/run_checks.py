"""Speed and finding counts of the whole engine (issue 2's bench).

Prints: in-process time for a 2,000-word draft; the whole `editor-check` process on the 5,000
MLQE-PE test sentences joined into paragraphs; finding counts per rule on that file and on
samples/; and, when proselint is installed, its time on the same file as a peer reference.

    python bench/run_checks.py
"""

from __future__ import annotations

import collections
import shutil
import statistics
import subprocess
import sys
import time

from common import OUT, SAMPLES, joined_test_text, words_draft

from checks import CheckOptions, check_text
from checks.document import Document


def best_of(fn, n=5):
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times), statistics.median(times)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    draft = words_draft(2000)
    check_text(draft)  # warm caches (model files, word lists)
    best, med = best_of(lambda: check_text(draft))
    print(f"2,000-word draft ({len(draft.split())} words, {len(Document(draft).sentences)} sentences), in-process, "
          f"shipped names list and glossary: best {best * 1000:.0f} ms, median {med * 1000:.0f} ms")

    big = joined_test_text()
    path = OUT / "mlqe_test_joined.txt"
    path.write_text(big, encoding="utf-8")
    exe = shutil.which("editor-check") or sys.executable
    cmd = [exe, str(path), "--format", "json"] if exe != sys.executable else [exe, "-m", "editor_app.cli", str(path), "--format", "json"]
    runs = []
    for _ in range(3):
        t = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True)
        runs.append(time.perf_counter() - t)
    print(f"editor-check process on {len(big.split())} words / 5,000 sentences: best {min(runs):.2f} s, "
          f"median {statistics.median(runs):.2f} s (exit {proc.returncode})")
    t = time.perf_counter()
    report = check_text(big)
    print(f"  in-process on the same file: {time.perf_counter() - t:.2f} s")
    counts = collections.Counter(f.rule for f in report.findings)
    print("  findings per rule (MLQE-PE test MT):", dict(sorted(counts.items())))

    t = time.perf_counter()
    subprocess.run(cmd + ["--no-default-lists"], capture_output=True)
    print(f"  the same with --no-default-lists: {time.perf_counter() - t:.2f} s")
    opts = CheckOptions(default_lists=False)
    check_text(draft, opts)
    best, med = best_of(lambda: check_text(draft, opts))
    print(f"2,000-word draft without the shipped lists, in-process: best {best * 1000:.0f} ms, median {med * 1000:.0f} ms")

    if shutil.which("proselint"):
        peer = []
        for _ in range(3):
            t = time.perf_counter()
            subprocess.run(["proselint", "check", str(path)], capture_output=True)
            peer.append(time.perf_counter() - t)
        print(f"peer: proselint check on the same file: best {min(peer):.2f} s "
              f"(editor-check / proselint = {min(runs) / min(peer):.2f})")

    for sample in sorted(SAMPLES.glob("*.txt")):
        rep = check_text(sample.read_text(encoding="utf-8"))
        counts = collections.Counter(f.rule for f in rep.findings)
        print(f"{sample.name}: {len(rep.findings)} findings {dict(sorted(counts.items()))}")


if __name__ == "__main__":
    main()
