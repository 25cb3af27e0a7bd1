"""Hostile input: how fast each refusal comes, and whether --fix-all settles.

Refusals (each one line, before the expensive part): a 40-million-character paste, a 50 MB text
file (sparse, never read), a .docx bomb like the issue's (about 240 KB whose word/document.xml
unpacks to about 52 MB), a 5 MB HTML page, a FIFO given as a draft. Then --fix-all on every sample
and on randomly mutated drafts (the mutations of tests/test_fixall.py): how many passes it took,
whether a second --fix-all changes anything, how often a rule's fixes were withheld because
applying them did not improve the draft, and how the result compares with one plain pass.

    python bench/hostile_input.py [--drafts 300] [--seed 7]
"""

from __future__ import annotations

import argparse
import collections
import io
import os
import random
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checks.apply import apply_edits  # noqa: E402
from checks.engine import check_text  # noqa: E402
from checks.fixall import burden, fix_all, fixable_edits  # noqa: E402
from checks.stylesheet import CheckOptions  # noqa: E402
from editor_app.ingest import IngestError, check_text_size, decode_upload, read_path  # noqa: E402
from editor_app.ui.sidebar import shipped_options  # noqa: E402

PIECES = [
    "«", "»", "“", "”", "‘", "’", '"', "'", "„", ",", ".", " ,", " .", "  ", ";", ":", "!", "?",
    " the the ", "\n\n", "\r\n", "&amp;", "<b>", "</b>", "...", "…", " - ", "—", "(", ")", "“ ", " ”",
    "Leave a Reply", "Anthony Blinken", "reading of the call", "\u00a0",
]


def timed(label: str, fn) -> None:
    t = time.perf_counter()
    try:
        fn()
        outcome = "ACCEPTED (should have been refused)"
    except IngestError as exc:
        outcome = str(exc)
    print(f"  {label:<34} {time.perf_counter() - t:6.3f} s  {outcome[:110]}")


def docx_bomb() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("x")
    buf = io.BytesIO()
    d.save(buf)
    out = io.BytesIO()
    para = "<w:p><w:r><w:t>" + "The council approved the budget after a long debate. " * 20 + "</w:t></w:r></w:p>"
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                xml = data.decode()
                a, b = xml.index("<w:p>"), xml.rindex("</w:p>") + 6
                data = (xml[:a] + para * 48_000 + xml[b:]).encode()
            dst.writestr(info.filename, data)
    return out.getvalue()


def refusals() -> None:
    print("Refusals at the default 2 MB limit (one line each; times measured under load):")
    timed("40,000,000-character paste", lambda: check_text_size("a" * 40_000_000, "pasted draft"))
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.txt"
        with open(big, "wb") as fh:
            fh.truncate(50_000_000)
        timed("50 MB text file", lambda: read_path(big))
        bomb = docx_bomb()
        with zipfile.ZipFile(io.BytesIO(bomb)) as zf:
            xml = zf.getinfo("word/document.xml").file_size
        timed(f".docx {len(bomb) // 1000} KB -> {xml / 1e6:.0f} MB of XML", lambda: decode_upload(bomb, "bomb.docx"))
        page = ("<div><p>" + "The council met. " * 50 + "</p></div>\n") * 6000
        timed(f"{len(page) / 1e6:.1f} MB HTML page", lambda: decode_upload(page.encode(), "page.html"))
        if hasattr(os, "mkfifo"):
            fifo = Path(tmp) / "fifo.txt"
            os.mkfifo(fifo)
            timed("FIFO as the draft", lambda: read_path(fifo))


def mutated(rng: random.Random, bases: list[str]) -> str:
    base = rng.choice(bases)
    start = rng.randint(0, max(0, len(base) - 600))
    text = base[start : start + 600]
    for _ in range(rng.randint(1, 8)):
        pos = rng.randint(0, len(text))
        if rng.random() < 0.5:
            text = text[:pos] + rng.choice(PIECES) + text[pos:]
        else:
            text = text[:pos] + text[pos + rng.randint(1, 4):]
    return text


def fix_all_figures(n: int, seed: int) -> None:
    shipped = shipped_options()
    samples = sorted((ROOT / "samples").glob("*.txt"))
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in samples]
    rng = random.Random(seed)
    bases = [t for _, t in texts if len(t) < 20_000]
    texts += [(f"mutated-{i}", mutated(rng, bases)) for i in range(n)]
    tally: collections.Counter = collections.Counter()
    withheld: collections.Counter = collections.Counter()
    t0 = time.perf_counter()
    for name, text in texts:
        options = CheckOptions(names=shipped.names, glossary=shipped.glossary, quote_style=rng.choice(["us", "uk"]))
        result = fix_all(text, options)
        kind = "sample" if not name.startswith("mutated") else "mutated"
        tally[f"{kind} drafts"] += 1
        tally[f"{kind} settled"] += result.settled
        tally[f"{kind} second run changes nothing"] += fix_all(result.text, options).text == result.text
        tally[f"{kind} needed more than one pass"] += result.passes > 1
        if result.withheld:
            tally[f"{kind} with withheld fixes"] += 1
            withheld.update(result.withheld)
        once = apply_edits(text, fixable_edits(result.report)).text
        left, left_once = burden(check_text(result.text, options)), burden(check_text(once, options))
        tally[f"{kind} " + ("better than one pass" if left < left_once else
                            "same as one pass" if left == left_once else "WORSE than one pass")] += 1
    print(f"\n--fix-all over {len(samples)} samples and {n} mutated drafts ({time.perf_counter() - t0:.1f} s under load):")
    for key in sorted(tally):
        print(f"  {key:<45} {tally[key]}")
    print(f"  rules whose fixes were withheld: {dict(withheld.most_common())}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    refusals()
    fix_all_figures(args.drafts, args.seed)


if __name__ == "__main__":
    main()
