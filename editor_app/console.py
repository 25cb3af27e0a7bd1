"""What a batch run shows on stderr: a progress bar while it works, and the ``--summary`` table at the end.

The bar (tqdm: files done / total, rate, ETA) appears only when stderr is a terminal, so logs
and pipelines stay clean; lines written while it shows go through it so they do not tear it.
"""

from __future__ import annotations

import sys
from collections import Counter

from checks.findings import CATEGORIES, SEVERITIES

from .batch import FileResult

TOP_FILES = 5


def _isatty(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


class Progress:
    """A progress bar on ``stream`` (stderr) when it is a terminal; silent otherwise."""

    def __init__(self, total: int, stream=None, enabled: bool | None = None):
        self.stream = stream if stream is not None else sys.stderr
        if enabled is None:
            enabled = _isatty(self.stream)
        self.bar = None
        if enabled and total > 0:
            from tqdm import tqdm

            tqdm.monitor_interval = 0  # no monitor thread: the worker pool may then fork safely
            self.bar = tqdm(total=total, file=self.stream, unit="file", dynamic_ncols=True, smoothing=0.1)

    def write(self, line: str, stream=None) -> None:
        """Write one line to ``stream`` (stdout by default) without tearing the bar."""
        stream = stream if stream is not None else sys.stdout
        if self.bar is not None and (stream is self.stream or _isatty(stream)):
            self.bar.write(line, file=stream)
        else:
            stream.write(line + "\n")

    def advance(self) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class Summary:
    """Counts over a batch: files, words, findings by category and severity, the worst files, failures."""

    def __init__(self) -> None:
        self.files = 0
        self.words = 0
        self.counts: Counter = Counter()  # (category, severity) -> findings
        self.per_file: list[tuple[int, int, str]] = []  # (errors, findings, file) of files with findings
        self.failed: list[str] = []  # one-line reasons, each naming its file

    def add(self, result: FileResult) -> None:
        if result.error is not None:
            self.failed.append(result.error)
            return
        report = result.report
        self.files += 1
        self.words += len(report.text.split())
        for f in report.findings:
            self.counts[f.category, f.severity] += 1
        if report.findings:
            errors = sum(f.severity == "error" for f in report.findings)
            self.per_file.append((errors, len(report.findings), result.file))

    def render(self) -> str:
        total = sum(self.counts.values())
        head = f"{self.files:,} file{'s' * (self.files != 1)} checked, {self.words:,} words, {total:,} findings"
        if self.failed:
            head += f"; {len(self.failed):,} could not be checked"
        lines = [f"Summary: {head}", "", *self._table()]
        worst = sorted(self.per_file, key=lambda t: (-t[0], -t[1], t[2]))[:TOP_FILES]
        if worst:
            lines += ["", "Most errors (then most findings):"]
            lines += [f"  {e:>5} error{'s' * (e != 1)}, {n:>5} finding{'s' * (n != 1)}  {name}" for e, n, name in worst]
        if self.failed:
            lines += ["", "Could not be checked:"] + [f"  {reason}" for reason in self.failed]
        return "\n".join(lines)

    def _table(self) -> list[str]:
        seen = {c for c, _ in self.counts}
        categories = list(CATEGORIES) + sorted(seen - set(CATEGORIES))
        widths = (14,) + (9,) * (len(SEVERITIES) + 1)
        rows = [("category", *SEVERITIES, "total")]
        for cat in categories:
            row = [self.counts[cat, s] for s in SEVERITIES]
            rows.append((cat, *(f"{n:,}" for n in row), f"{sum(row):,}"))
        col_totals = [sum(self.counts[c, s] for c in categories) for s in SEVERITIES]
        rows.append(("total", *(f"{n:,}" for n in col_totals), f"{sum(col_totals):,}"))
        return [
            "  " + r[0].ljust(widths[0]) + "".join(str(v).rjust(w) for v, w in zip(r[1:], widths[1:])) for r in rows
        ]
