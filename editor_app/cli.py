"""``editor-check``: the command line for batch use and pipelines (DESIGN.md 3.1).

Exit codes: 0 nothing found, 1 findings, 2 usage error or unreadable input (one line on stderr).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

from checks.fixall import fix_all, fixable_edits
from checks.registry import load_rules, select_codes
from checks.stylesheet import CheckOptions, SourceDocument, StyleSheetError, parse_glossary_csv, parse_names_csv

from . import batch
from .console import Progress, Summary
from .ingest import IngestError, TooLargeError, parse_size, read_list_text, read_path, read_stream
from .writeback import write_fixed

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
TOO_LARGE_HINT = " (--max-bytes sets the limit)"


class UsageError(Exception):
    """A bad command line; reported as one line and exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, no usage dump
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="editor-check", description="Check machine-translated news drafts.")
    p.add_argument(
        "files", nargs="*", metavar="FILE|DIR",
        help="drafts to check (.txt, .md, .docx, .html; - for stdin); directories are searched recursively; globs",
    )
    p.add_argument("--format", choices=("text", "json", "jsonl"), default="text", help="jsonl: one JSON object a line")
    p.add_argument("--names", metavar="CSV", action="append", default=[], help="names list (column name; optional variants)")
    p.add_argument("--glossary", metavar="CSV", action="append", default=[], help="glossary (columns wrong,right; optional note)")
    p.add_argument("--no-default-lists", action="store_true",
                   help="do not use the shipped names list and glossary (only --names/--glossary)")
    p.add_argument("--source", metavar="FILE", action="append", default=[], help="reference document quotes are verified against")
    p.add_argument("--original", metavar="FILE", help="the foreign-language article the draft was translated from (accuracy checks)")
    p.add_argument("--quote-style", choices=("us", "uk", "auto"), default="auto",
                   help="house style for nesting and punctuation at closing marks (default: not chosen, so "
                   "only the draft's own consistent habit is enforced)")
    p.add_argument("--fix-all", metavar="OUT", help="write the text with the first suggestion of every fixable finding applied")
    p.add_argument("--select", metavar="RULES", help="comma-separated rule codes, prefixes or categories to run")
    p.add_argument("--ignore", metavar="RULES", help="comma-separated rule codes, prefixes or categories to skip")
    p.add_argument("--list-rules", action="store_true", help="print the rule catalogue and exit")
    p.add_argument("--max-bytes", metavar="N", type=_size, default=None,
                   help="refuse drafts and sources whose text is over N bytes (default 2MB or "
                        "$EDITOR_CHECK_MAX_BYTES; k/M suffixes; 0 for no limit)")
    _add_batch_arguments(p)
    return p


def _add_batch_arguments(p: argparse.ArgumentParser) -> None:
    """Many drafts at once (editor_app/batch.py): worker processes, a summary, a Dask cluster."""
    p.epilog = "Also: editor-check score FILE (garble scores); editor-check serve --help (the checks over HTTP)."
    p.add_argument("--jobs", type=_positive_int, metavar="N", help="worker processes (default: one per core; 1: none)")
    p.add_argument("--summary", action="store_true", help="at the end, a table of files, words and findings on stderr")
    p.add_argument("--dask", metavar="ADDRESS", help="run the checks on a Dask cluster, e.g. tcp://SCHEDULER:8786")
    p.add_argument("--send-text", action="store_true", help="with --dask: read drafts here, send their text to workers")


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return n


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv[:1] == ["score"]:
            return _score(argv[1:])
        if argv[:1] == ["serve"]:
            from .serve import serve_main

            return serve_main(argv[1:])
        return _check(argv)
    except (UsageError, IngestError, StyleSheetError, batch.BatchError) as exc:
        hint = TOO_LARGE_HINT if isinstance(exc, TooLargeError) else ""
        print(f"editor-check: {exc}{hint}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("editor-check: interrupted", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR


def _score(argv: list[str]) -> int:
    p = _Parser(prog="editor-check score", add_help=False)
    p.add_argument("file")
    p.add_argument("--original", metavar="FILE")
    try:
        args = p.parse_args(argv)
    except UsageError:
        raise UsageError("usage: editor-check score [--original FILE] FILE") from None
    if args.file.startswith("-"):
        raise UsageError("usage: editor-check score [--original FILE] FILE")
    from checks.garble import score_texts

    lines = read_path(args.file).text.splitlines()
    if args.original is None:
        scores = score_texts(lines)
    else:
        from checks.accuracy.qe import source_aware_scores

        sources = read_path(args.original).text.splitlines()
        if len(sources) != len(lines):
            raise UsageError(f"--original has {len(sources)} lines but {args.file} has {len(lines)}: "
                             "line i of the original must be the source of line i")
        scores = source_aware_scores(list(zip(sources, lines)), score_texts(lines))
    sys.stdout.write("".join(f"{s:.4f}\n" for s in scores))
    return EXIT_CLEAN


def _size(value: str) -> int:
    try:
        return parse_size(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _list(path: str, kind: str) -> tuple[str, str]:
    label = f"{kind} {path}"
    return read_list_text(path, label), label


def _split_list(value: str | None) -> list[str] | None:
    return [v for v in value.split(",") if v.strip()] if value else None


def _options(args) -> CheckOptions:
    try:
        select = select_codes(_split_list(args.select), _split_list(args.ignore))
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    warnings: list[str] = []
    names = [e for path in args.names for e in parse_names_csv(*_list(path, "names list"), warnings)]
    glossary = [e for path in args.glossary for e in parse_glossary_csv(*_list(path, "glossary"), warnings)]
    for warning in warnings:
        print(f"editor-check: warning: {warning}", file=sys.stderr)
    sources = [SourceDocument(str(path), read_path(path, args.max_bytes).text) for path in args.source]
    original = _read_original(args.original, args.max_bytes) if args.original else None
    return CheckOptions(names=names, glossary=glossary, sources=sources, quote_style=args.quote_style, select=select,
                        default_lists=not args.no_default_lists, original=original)


def _read_original(path: str, max_bytes) -> SourceDocument:
    """The original article (any format ingest reads); its notices go to stderr like a draft's."""
    ingested = read_path(path, max_bytes)
    for notice in ingested.notices:
        print(f"editor-check: {notice}", file=sys.stderr)
    if not ingested.text.strip():
        raise UsageError(f"--original {path}: the file is empty")
    return SourceDocument(str(path), ingested.text)


def _check(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    if args.list_rules:
        for code, rule in sorted(load_rules().items()):
            print(f"{code}  {rule.category:<12} {rule.severity:<7} {rule.name}: {rule.summary}")
        return EXIT_CLEAN
    if not args.files:
        raise UsageError("no FILE given (usage: editor-check [options] FILE|DIR...)")
    if args.send_text and not args.dask:
        raise UsageError("--send-text goes with --dask")
    if args.jobs and args.dask:
        raise UsageError("--jobs is for this machine; with --dask the cluster's workers run the checks")
    options = _options(args)
    inputs = _inputs(args)
    if args.original and inputs.many:
        raise UsageError("--original goes with one FILE (the draft translated from it)")
    client = batch.connect(args.dask) if args.dask else None
    out = _Output(args, options, inputs.many)
    try:
        with Progress(len(inputs.items)) as out.progress:
            if client is not None:
                results = batch.run_dask(inputs.items, options, client, args.send_text, args.max_bytes)
            else:
                results = batch.run_local(inputs.items, options, args.jobs, args.max_bytes)
            for result in results:
                out.take(result)
                out.progress.advance()
    finally:
        if client is not None:
            client.close()
    return out.finish()


def _inputs(args) -> batch.Inputs:
    """The drafts the arguments name, in order (standard input read now), checked against --fix-all."""
    inputs = batch.expand_inputs(args.files)
    if not inputs.items:
        raise UsageError("; ".join(inputs.warnings) or "no drafts to check")
    for warning in inputs.warnings:
        print(f"editor-check: warning: {warning}", file=sys.stderr)
    inputs.items = [_stdin_draft(args.max_bytes) if item == "-" else item for item in inputs.items]
    if args.fix_all and inputs.many:
        if not Path(args.fix_all).is_dir():
            raise UsageError("--fix-all OUT must be an existing directory when several FILEs are given")
        counts = Counter(Path(_name(i)).name for i in inputs.items)
        twice = sorted(n for n, k in counts.items() if k > 1)
        if twice:
            raise UsageError(f"--fix-all: several drafts are named {twice[0]}; their fixed copies would collide")
    return inputs


def _name(item) -> str:
    if isinstance(item, batch.FileResult):
        return item.file
    return item.name if isinstance(item, batch.Draft) else str(item)


def _stdin_draft(max_bytes: int | None):
    try:
        ingested = _read_input("-", max_bytes)
    except IngestError as exc:
        return batch.FileResult("-", error=str(exc), too_large=isinstance(exc, TooLargeError))
    return batch.Draft("-", ingested)


class _Output:
    """Writes each result as it arrives (in input order), and the JSON list, summary and exit code at the end."""

    def __init__(self, args, options: CheckOptions, many: bool):
        self.args = args
        self.options = options  # --fix-all checks its fixed text again
        self.many = many
        self.progress: Progress | None = None
        self.payload: list[dict] = []
        self.summary = Summary() if args.summary else None
        self.any_findings = self.any_failed = False

    def _warn(self, line: str) -> None:
        self.progress.write(f"editor-check: {line}", sys.stderr)

    def take(self, result: batch.FileResult) -> None:
        if self.summary is not None:
            self.summary.add(result)
        for notice in result.notices:
            self._warn(notice)
        if result.error is not None:
            self.any_failed = True
            self._warn(result.error + (TOO_LARGE_HINT if result.too_large else ""))
            return
        report = result.report
        for notice in report.notices:
            self._warn(f"{result.file}: warning: {notice}")
        self.any_findings |= bool(report.findings)
        if self.args.fix_all:
            _write_fixed(self.args.fix_all, result.file, result.ingested, report, self.options, self.many)
        if self.args.format == "json":
            self.payload.append(result.to_dict())
        elif self.args.format == "jsonl":
            self.progress.write(json.dumps(result.to_dict(), ensure_ascii=False))
            sys.stdout.flush()
        else:
            _print_text(result.file, report, self.progress.write)

    def finish(self) -> int:
        if self.args.format == "json" and (self.payload or self.many):
            json.dump(self.payload if self.many else self.payload[0], sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        if self.summary is not None:
            sys.stdout.flush()
            print(self.summary.render(), file=sys.stderr)
        if self.any_failed:
            return EXIT_ERROR
        return EXIT_FINDINGS if self.any_findings else EXIT_CLEAN


def _read_input(path: str, max_bytes: int | None = None):
    """A draft from a file, or from standard input when the path is ``-`` (for pipelines)."""
    if path == "-":
        return read_stream(sys.stdin.buffer, "<stdin>", max_bytes)
    return read_path(path, max_bytes)


fix_all_edits = fixable_edits  # the first suggestion of every finding that may be applied without review


def _write_fixed(out: str, path: str, ingested, report, options, into_dir: bool) -> None:
    """Fix until a second --fix-all would change nothing; write it as the draft was stored."""
    result = fix_all(report.text, options, report)
    target = Path(out) / Path(path).name if into_dir else Path(out)
    notice = write_fixed(target, result.text, ingested)
    if notice:
        print(f"editor-check: {path}: --fix-all: {notice}", file=sys.stderr)
    if result.withheld:
        print(f"editor-check: {path}: --fix-all left fixes of {', '.join(result.withheld)} unapplied: "
              "applying them does not improve the draft; review those findings", file=sys.stderr)
    elif not result.settled:
        print(f"editor-check: {path}: --fix-all stopped after {result.passes} passes with fixes still to apply",
              file=sys.stderr)


def _print_text(path: str, report, write=print) -> None:
    from checks.document import Document

    doc = Document(report.text)
    for f in report.findings:
        line, col = doc.line_col(f.start)
        write(f"{path}:{line}:{col}: {f.rule} {f.message}")


if __name__ == "__main__":  # pragma: no cover
    # Run the importable module's main: editor_app.serve raises editor_app.cli.UsageError, which a
    # ``python -m editor_app.cli`` copy of this module (``__main__``) would not recognise.
    from editor_app.cli import main as _main

    sys.exit(_main())
