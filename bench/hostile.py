"""Time and memory of the whole engine on hostile inputs (issue 13): every check must stay linear or n log n.

Each case runs in a fresh process (so its peak memory is its own) and prints wall time, CPU time and peak
resident memory; the goals of issue 13 are printed beside them:

- 200,000 quotation marks (curly, straight, random quote soup, one paragraph of openers): < 5 s for the
  quote analysis;
- a 2 MB draft (the samples and MLQE-PE sentences repeated): < 20 s and < 1 GB for every check;
- a 2 MB line without spaces (the same draft with its spaces removed): < 20 s and < 1 GB;
- a 100,000-row names list: loaded and indexed in < 3 s (then a 2,000-word draft checked against it).

    python bench/hostile.py                    # every case
    python bench/hostile.py quotes-soup line   # cases whose name contains one of the words
    python bench/hostile.py --families draft   # also time each checker alone on those cases
    python bench/hostile.py --profile line     # cProfile's top functions for a case

Figures taken on a loaded machine are inflated; re-run on a quiet one. Inputs are generated from fixed
seeds, so runs compare.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import SAMPLES, joined_test_text

N_MARKS = 200_000
TWO_MB = 2_000_000
WORDS = ("the minister said talks would resume next week after officials met in Geneva on Tuesday and "
         "agreed that both sides should avoid conflict while markets stayed calm").split()


def quote_text(kind: str, n_marks: int | None = None, seed: int = 1) -> str:
    """Text with ``n_marks`` quotation marks of one kind, in short paragraphs (or one, for openers)."""
    n_marks = n_marks or N_MARKS
    rng = random.Random(seed)
    if kind == "openers":
        return " ".join(f"“{rng.choice(WORDS)}" for _ in range(n_marks))
    if kind == "soup":
        return quote_soup(rng, n_marks)
    o, c = ("“", "”") if kind == "curly" else ('"', '"')
    parts, marks = [], 0
    while marks < n_marks:  # one long paragraph; about one quotation in fifty is left open
        w = rng.sample(WORDS, 4)
        parts.append(f"{o}{w[0]} {w[1]},{c} he said, {o}{w[2]} {w[3]}" + ("." if rng.random() < 0.02 else f".{c}"))
        marks += 4
    return " ".join(parts)


SOUP = list("\"'“”„‘’‚«»‹›") + [" ", " ", " ", ".", ",", " ", "s", "20"] + WORDS[:12]


def quote_soup(rng: random.Random, n_marks: int) -> str:
    """Random quotation marks, apostrophes, words, spaces, punctuation and paragraph breaks."""
    out, marks = [], 0
    while marks < n_marks:
        piece = rng.choice(SOUP) if rng.random() > 0.001 else "\n\n"
        marks += len(piece) == 1 and piece in "\"'“”„‘’‚«»‹›"
        out.append(piece)
    return "".join(out)


def base_draft() -> str:
    parts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    try:
        parts.append(joined_test_text())
    except OSError:
        pass  # no shared data: the samples alone, repeated
    return "\n\n".join(parts)


def two_mb_draft() -> str:
    base = base_draft()
    return (base + "\n\n") * (TWO_MB // (len(base) + 2)) + base[: TWO_MB % (len(base) + 2)]


def two_mb_line() -> str:
    """The draft's words glued together: no space and no line break in 2,000,000 characters."""
    glued = base_draft().replace(" ", "").replace("\n", "")
    return (glued * (TWO_MB // len(glued) + 1))[:TWO_MB]


def names_csv(n: int, seed: int = 3) -> str:
    """``n`` distinct made-up names (given + surname from syllables), some with variants."""
    rng = random.Random(seed)
    syl = ["ka", "lo", "mi", "ra", "ten", "vo", "shi", "an", "del", "ber", "go", "na", "zu", "rik", "em", "ol"]
    seen, rows = set(), ["name,variants"]
    while len(rows) <= n:
        given = "".join(rng.choice(syl) for _ in range(rng.randint(2, 3))).title()
        sur = "".join(rng.choice(syl) for _ in range(rng.randint(2, 4))).title()
        name = f"{given} {sur}"
        if name in seen:
            continue
        seen.add(name)
        variant = f"{given} {sur[:-1]}{sur[-1] * 2}" if rng.random() < 0.1 else ""
        rows.append(f"{name},{variant}")
    return "\n".join(rows) + "\n"


CASES = {
    "quotes-curly": ("{n} curly marks, quote rules", lambda: quote_text("curly"), "quotes", 5),
    "quotes-straight": ("{n} straight marks, quote rules", lambda: quote_text("straight"), "quotes", 5),
    "quotes-soup": ("{n} marks of random quote soup, quote rules", lambda: quote_text("soup"), "quotes", 5),
    "quotes-openers": ("{n} openers in one paragraph, quote rules", lambda: quote_text("openers"), "quotes", 5),
    "draft-2mb": ("2 MB draft, every check", two_mb_draft, None, 20),
    "line-2mb": ("2 MB line without spaces, every check", lambda: two_mb_line(), None, 20),
    "soup-all": ("{n} marks of quote soup, every check", lambda: quote_text("soup"), None, 20),
    "names-100k": ("100,000-row names list loaded and indexed", None, "names", 3),
}


def run_case(name: str, families: bool, profile: bool, every: bool = False) -> dict:
    from checks import CheckOptions, check_text
    from checks.document import Document
    from checks.gcpause import cyclic_gc_paused
    from checks.registry import CHECKERS, load_rules, select_codes

    label, make, select, goal = CASES[name]
    if every and select:
        label, select, goal = label.split(",")[0] + ", every check", None, 20
    load_rules()
    check_text("Warm-up: “the models load,” he said.")  # model files and word lists, not the case
    result = {"case": name, "label": label.format(n=f"{N_MARKS:,}"), "goal_s": goal}
    if name == "names-100k":
        from checks.stylesheet import parse_names_csv

        data = names_csv(100_000)
        t, c = time.perf_counter(), time.process_time()
        entries = parse_names_csv(data)
        opts = CheckOptions(names=entries)
        check_text("Kalo Tenvo met officials in Geneva.", opts)  # the first check indexes the list
        result.update(seconds=time.perf_counter() - t, cpu=time.process_time() - c, size=f"{len(entries)} rows")
        t = time.perf_counter()
        check_text(base_draft()[:12000], opts)
        result["then"] = f"then a 2,000-word draft checked against it in {time.perf_counter() - t:.2f} s"
    else:
        text = make()
        opts = CheckOptions(select=select_codes([select])) if select else CheckOptions()
        result["size"] = f"{len(text):,} chars"
        if profile:
            import cProfile
            import pstats

            prof = cProfile.Profile()
            prof.enable()
        t, c = time.perf_counter(), time.process_time()
        if select:  # the family's rules alone, on a fresh document (its paragraphs and sentences included)
            with cyclic_gc_paused():  # as the engine runs them
                doc = Document(text)
                n = sum(len(list(func(doc, opts))) for codes, func in CHECKERS if codes & opts.select)
        else:
            n = len(check_text(text, opts).findings)
        result.update(seconds=time.perf_counter() - t, cpu=time.process_time() - c, findings=n)
        if profile:
            prof.disable()
            pstats.Stats(prof, stream=sys.stderr).sort_stats("cumulative").print_stats(25)
        if families:
            per = {}
            for codes, func in CHECKERS:
                if select and not codes & opts.select:
                    continue
                doc = Document(text)
                doc.paragraphs, doc.sentences, doc.tokens
                t = time.perf_counter()
                list(func(doc, opts))
                per[f"{func.__module__.split('.')[1]}.{func.__name__}"] = round(time.perf_counter() - t, 2)
            t = time.perf_counter()
            doc = Document(text)
            doc.paragraphs, doc.sentences, doc.tokens
            per["core: paragraphs, sentences, tokens"] = round(time.perf_counter() - t, 2)
            result["families"] = per
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def main() -> None:
    global N_MARKS
    ap = argparse.ArgumentParser(description="Time and memory of the engine on hostile inputs (issue 13).")
    ap.add_argument("cases", nargs="*", help="substrings of case names (default: all)")
    ap.add_argument("--families", action="store_true", help="also time each checker alone")
    ap.add_argument("--profile", action="store_true", help="print cProfile's top functions to stderr")
    ap.add_argument("--marks", type=int, default=200_000, help="quotation marks in the quote cases (default 200,000)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--every", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    N_MARKS = args.marks
    if args.child:
        print(json.dumps(run_case(args.child, args.families, args.profile, args.every)))
        return
    chosen = [c for c in CASES if not args.cases or any(w in c for w in args.cases)]
    print("Measured in a fresh process per case; on a loaded machine the figures are inflated.")
    for name in chosen:
        runs = [[]] + ([["--every"]] if name.startswith("quotes") else [])
        for extra in runs:
            cmd = [sys.executable, __file__, "--child", name, "--marks", str(args.marks), *extra]
            cmd += ["--families"] * args.families + ["--profile"] * args.profile
            proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)
            if proc.returncode != 0:
                print(f"{name}: FAILED (exit {proc.returncode})")
                continue
            report(json.loads(proc.stdout.strip().splitlines()[-1]))


def report(r: dict) -> None:
    ok = "ok" if r["cpu"] < r["goal_s"] and r["peak_mb"] < 1024 else "OVER"
    print(f"{r['label']:<48} {r['size']:>16}  {r['seconds']:6.2f} s wall {r['cpu']:6.2f} s CPU "
          f"{r['peak_mb']:5.0f} MB peak  (goal < {r['goal_s']} s CPU, < 1 GB: {ok}; {r.get('findings', '-')} findings)")
    if "then" in r:
        print(f"    {r['then']}")
    for fam, sec in sorted(r.get("families", {}).items(), key=lambda kv: -kv[1]):
        print(f"    {fam:<48} {sec:6.2f} s")


if __name__ == "__main__":
    main()
