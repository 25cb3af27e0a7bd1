"""Batch speed: ``editor-check --format jsonl --jobs N DIR`` on 1,000 generated ~600-word articles.

The articles mix MLQE-PE test MT (five language pairs, grouped into paragraphs) with paragraphs of
the project's sample drafts (quotes, names, residue, untranslated text), so every family has work.
One damaged .docx sits among them: the run must report it, check the rest and exit 2.

Prints articles per second for each ``--jobs`` value (whole processes, start-up included), the
speed-up over ``--jobs 1``, and whether the JSONL outputs are byte-identical. ``--dask`` adds a
run on a local Dask cluster of 2 worker processes. Timings on a shared machine are inflated by
the other load (the load average is printed); re-measure on a quiet one.

    python bench/batch.py [--articles 1000] [--jobs 1,2] [--dask]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DATA, OUT, PAIRS, SAMPLES, read_split  # noqa: E402

WORDS = 600
CORRUPT = "0500_damaged.docx"


def sample_paragraphs() -> list[str]:
    names = ["draft_*.txt", "misquote_*.txt", "residue_*.txt", "untranslated_*.txt"]
    paths = sorted(p for pattern in names for p in SAMPLES.glob(pattern))
    return [p.strip() for path in paths for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def mt_sentences() -> list[str]:
    if not DATA.exists():
        print(f"note: {DATA} not found (set EDITOR_CHECK_SHARED); articles are made of the samples only")
        return []
    return [row["mt"].strip() for pair in PAIRS for row in read_split(pair, "test") if row["mt"].strip()]


def make_articles(folder: Path, n: int, seed: int = 16) -> None:
    """Write ``n`` articles of about WORDS words (and one damaged .docx) into ``folder``."""
    rng = random.Random(seed)
    samples, sentences = sample_paragraphs(), mt_sentences()
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for i in range(n):
        paras: list[str] = []
        words = 0
        while words < WORDS:
            if not sentences or rng.random() < 0.15:
                para = rng.choice(samples)
            else:
                para = " ".join(rng.choice(sentences) for _ in range(rng.randint(3, 6)))
            paras.append(para)
            words += len(para.split())
        (folder / f"{i:04d}.txt").write_text("\n\n".join(paras) + "\n", encoding="utf-8")
    (folder / CORRUPT).write_bytes(b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(4000)))
    (folder / ".made").write_text(f"{n} {seed}\n")


def _cpu() -> float:
    """CPU seconds of every finished child process (and their children: the worker pool)."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(folder: Path, out: Path, extra: list[str]) -> tuple[float, float, int, str]:
    """Wall and CPU seconds of one whole ``editor-check`` process, its exit code and stderr."""
    cmd = [sys.executable, "-m", "editor_app.cli", "--format", "jsonl", *extra, str(folder)]
    cpu0, t0 = _cpu(), time.perf_counter()
    with open(out, "wb") as fh:
        proc = subprocess.run(cmd, stdout=fh, stderr=subprocess.PIPE)
    return time.perf_counter() - t0, _cpu() - cpu0, proc.returncode, proc.stderr.decode("utf-8", "replace")


def report(label: str, n: int, run_: tuple, base: float | None) -> None:
    secs, cpu, code, err = run_
    speed = f"  speed-up {base / secs:.2f}x" if base else ""
    damaged = "damaged file reported" if CORRUPT in err else "damaged file NOT reported"
    print(f"{label:<20} {secs:7.1f} s wall {cpu:7.1f} s CPU {n / secs:7.1f} articles/s{speed}  exit {code} ({damaged})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values to time")
    ap.add_argument("--dask", action="store_true", help="also run on a local Dask cluster of 2 worker processes")
    args = ap.parse_args()
    folder = OUT / "batch" / "articles"
    marker = folder / ".made"
    if not marker.exists() or marker.read_text().split()[0] != str(args.articles):
        make_articles(folder, args.articles)
    n = args.articles
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in folder.glob("*.txt"))
    print(
        f"{n} articles, {words / n:.0f} words each on average, + 1 damaged .docx; cores: {os.cpu_count()}, "
        f"load average before: {os.getloadavg()[0]:.2f}"
    )
    outputs = {}
    base = cpu1 = None
    for jobs in [int(j) for j in args.jobs.split(",")]:
        out = OUT / "batch" / f"jobs{jobs}.jsonl"
        result = run(folder, out, ["--jobs", str(jobs)])
        report(f"--jobs {jobs}", n, result, base)
        if base is None:
            base, cpu1 = result[0], result[1]
        else:  # what the CPU spent allows on idle cores: the work spread evenly, nothing else running
            bound = cpu1 / max(result[1] / min(jobs, os.cpu_count() or 1), cpu1 / jobs)
            cpu = f"(CPU {cpu1:.1f} s -> {result[1]:.1f} s)"
            print(f"{'':<20} CPU-bound speed-up on {jobs} idle cores: at most {bound:.2f}x {cpu}")
        outputs[f"--jobs {jobs}"] = out.read_bytes()
    if args.dask:
        outputs["--dask (2 workers)"] = run_dask(folder, n, base)
    first_label, first = next(iter(outputs.items()))
    for label, data in list(outputs.items())[1:]:
        same = "byte-identical" if data == first else "DIFFERENT"
        lines = data.count(b"\n")
        print(f"output of {label} vs {first_label}: {same} ({lines} JSONL lines)")
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


def run_dask(folder: Path, n: int, base: float | None) -> bytes:
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        out = OUT / "batch" / "dask.jsonl"
        report("--dask (2 workers)", n, run(folder, out, ["--dask", cluster.scheduler_address]), base)
    return out.read_bytes()


if __name__ == "__main__":
    sys.exit(main())
