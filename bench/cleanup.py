"""Cleanup and language bench: what these families cost and find on real text.

    python bench/cleanup.py

Prints, on the 5,000 MLQE-PE test MT sentences joined into paragraphs: the time the L and C rules
add to the engine (whole check with them minus without them, best of 5), and their finding counts;
on the post-edits (clean human English), the same counts as false-alarm figures; on the seed draft,
every cleanup finding.
"""

from __future__ import annotations

import collections
import json
import statistics
import time
from pathlib import Path

from common import PAIRS, ROOT, joined_test_text, read_split

from checks import CheckOptions, check_text
from checks.document import Document
from checks.engine import check_document
from checks.registry import load_rules, select_codes

SEED = ROOT.parent / "shared" / "seed"


def best_time(fn, n=5) -> float:
    best = float("inf")
    for _ in range(n):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    load_rules()
    everything = select_codes()
    ours = frozenset(c for c in everything if c[0] in "LC")
    big = joined_test_text()
    check_text(big)  # warm caches
    # Interleaved, so that load from other processes on a shared machine hits both sides alike.
    with_ours = without = float("inf")
    for _ in range(7):
        with_ours = min(with_ours, best_time(lambda: check_document(Document(big), CheckOptions(select=everything)), 1))
        without = min(without, best_time(lambda: check_document(Document(big), CheckOptions(select=everything - ours)), 1))
    print(f"MLQE-PE test MT ({len(big.split())} words, 5,000 sentences), whole engine: all rules {with_ours:.3f} s, "
          f"without L/C rules {without:.3f} s -> L/C rules add {with_ours - without:+.3f} s (best of 7, interleaved)")
    for label, text in (("MLQE-PE test MT", big), ("77,000-word draft", _words(big, 77000))):
        times = []
        for _ in range(5):
            doc = Document(text)
            _ = doc.sentences, doc.tokens  # split outside the timer: the checkers are timed on their own
            t = time.perf_counter()
            _run_ours(doc, ours)
            times.append(time.perf_counter() - t)
        print(f"  {label} ({len(text.split())} words): the L/C checkers alone on a fresh, already split "
              f"document: best {min(times):.3f} s, median {statistics.median(times):.3f} s")
    rep = check_text(big, CheckOptions(select=ours))
    counts = collections.Counter(f.rule for f in rep.findings)
    print("  L/C findings on the MT:", dict(sorted(counts.items())))
    for f in rep.findings[:12]:
        print(f"    {f.rule} {f.excerpt[:70]!r}")

    pe = []
    for pair in PAIRS:
        pe.extend(" ".join(row["pe_tok"].split()) for row in read_split(pair, "test"))
    pe_text = "\n\n".join(" ".join(pe[i : i + 5]) for i in range(0, len(pe), 5))
    rep = check_text(pe_text, CheckOptions(select=ours))
    counts = collections.Counter(f.rule for f in rep.findings)
    print("  L/C findings on the human post-edits (tokenized text, so C008 space-before-punctuation is "
          "expected there):", dict(sorted(counts.items())))

    residue_bench(ROOT / "samples" / "residue_scraped_pages.txt")

    for path in sorted(SEED.glob("*.txt")):
        rep = check_text(path.read_text(encoding="utf-8"))
        print(f"seed {path.name}: language {rep.language}")
        for f in rep.findings:
            if f.category in ("cleanup", "untranslated"):
                print(f"  {f.rule} {f.severity:7} {f.excerpt[:72]!r}")


def load_residue_sample(path: Path) -> tuple[str, dict[int, str]]:
    """A scraped page and, from ``<name>.expected.json``, the rule expected on each residue line,
    keyed by the line's start offset (every other line is article text and must stay quiet)."""
    text = path.read_text(encoding="utf-8")
    starts = {}
    pos = 0
    for line in text.splitlines(keepends=True):
        starts.setdefault(line.strip(), pos + len(line) - len(line.lstrip()))
        pos += len(line)
    wanted = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    return text, {starts[item["line"]]: item["rule"] for item in wanted}


def residue_bench(path: Path) -> None:
    text, expected = load_residue_sample(path)
    found = {f.start: f.rule for f in check_text(text).findings if f.rule in ("C001", "C002", "C003", "C004")}
    right = sum(1 for k, v in expected.items() if found.get(k) == v)
    false = {k: v for k, v in found.items() if k not in expected}
    lines = sum(1 for ln in text.splitlines() if ln.strip())
    print(f"{path.name}: {lines} lines, {len(expected)} residue lines; caught with the right rule {right}/"
          f"{len(expected)} (recall {right / len(expected):.3f}); false alarms on article lines: {len(false)}")
    for k in sorted(set(expected) | set(found)):
        if expected.get(k) != found.get(k):
            line = text[k : text.find(chr(10), k)]
            print(f"    expected {expected.get(k)}, found {found.get(k)}: {line[:70]!r}")


def _run_ours(doc: Document, ours) -> int:
    from checks.registry import CHECKERS

    n = 0
    for codes, func in CHECKERS:
        if codes & ours:
            n += sum(1 for _ in func(doc, CheckOptions()))
    return n


def _words(text: str, n: int) -> str:
    words = text.split(" ")
    while len(words) < n:
        words = words + words
    return " ".join(words[:n])


if __name__ == "__main__":
    main()
