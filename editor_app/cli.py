"""``editor-check``: the command line for batch use and pipelines (DESIGN.md 3.1).

Exit codes: 0 nothing found, 1 findings, 2 usage error or unreadable input (one line on stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from checks.apply import apply_edits
from checks.engine import check_text
from checks.registry import load_rules, select_codes
from checks.stylesheet import CheckOptions, SourceDocument, StyleSheetError, load_glossary_csv, load_names_csv

from .ingest import IngestError, decode_upload, read_path

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    """A bad command line; reported as one line and exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, no usage dump
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="editor-check", description="Check machine-translated news drafts.")
    p.add_argument("files", nargs="*", metavar="FILE", help="drafts to check (.txt, .md, .docx, .html; - for stdin)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--names", metavar="CSV", action="append", default=[], help="names list (column name; optional variants)")
    p.add_argument("--glossary", metavar="CSV", action="append", default=[], help="glossary (columns wrong,right; optional note)")
    p.add_argument("--source", metavar="FILE", action="append", default=[], help="reference document quotes are verified against")
    p.add_argument("--quote-style", choices=("us", "uk"), default="us")
    p.add_argument("--fix-all", metavar="OUT", help="write the text with the first suggestion of every fixable finding applied")
    p.add_argument("--select", metavar="RULES", help="comma-separated rule codes, prefixes or categories to run")
    p.add_argument("--ignore", metavar="RULES", help="comma-separated rule codes, prefixes or categories to skip")
    p.add_argument("--list-rules", action="store_true", help="print the rule catalogue and exit")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv[:1] == ["score"]:
            return _score(argv[1:])
        return _check(argv)
    except (UsageError, IngestError, StyleSheetError) as exc:
        print(f"editor-check: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("editor-check: interrupted", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
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


def _split_list(value: str | None) -> list[str] | None:
    return [v for v in value.split(",") if v.strip()] if value else None


def _options(args) -> CheckOptions:
    try:
        select = select_codes(_split_list(args.select), _split_list(args.ignore))
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    names = [e for path in args.names for e in load_names_csv(path)]
    glossary = [e for path in args.glossary for e in load_glossary_csv(path)]
    sources = [SourceDocument(str(path), read_path(path).text) for path in args.source]
    return CheckOptions(names=names, glossary=glossary, sources=sources, quote_style=args.quote_style, select=select)


def _check(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    if args.list_rules:
        for code, rule in sorted(load_rules().items()):
            print(f"{code}  {rule.category:<12} {rule.severity:<7} {rule.name}: {rule.summary}")
        return EXIT_CLEAN
    if not args.files:
        raise UsageError("no FILE given (usage: editor-check [options] FILE...)")
    if args.fix_all and len(args.files) > 1 and not Path(args.fix_all).is_dir():
        raise UsageError("--fix-all OUT must be an existing directory when several FILEs are given")
    options = _options(args)
    # Read every input first: a bad file fails the run before anything is written.
    inputs = [(path, _read_input(path)) for path in args.files]

    results = []
    any_findings = False
    for path, ingested in inputs:
        for notice in ingested.notices:
            print(f"editor-check: {notice}", file=sys.stderr)
        report = check_text(ingested.text, options)
        for notice in report.notices:
            print(f"editor-check: {path}: warning: {notice}", file=sys.stderr)
        any_findings |= bool(report.findings)
        results.append((path, report))
        if args.fix_all:
            _write_fixed(args.fix_all, path, report, len(args.files) > 1)

    if args.format == "json":
        payload = [r.to_dict(file=str(p)) for p, r in results]
        json.dump(payload if len(payload) > 1 else payload[0], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for path, report in results:
            _print_text(path, report)
    return EXIT_FINDINGS if any_findings else EXIT_CLEAN


def _read_input(path: str):
    """A draft from a file, or from standard input when the path is ``-`` (for pipelines)."""
    if path == "-":
        return decode_upload(sys.stdin.buffer.read(), "<stdin>")
    return read_path(path)


def fix_all_edits(report):
    """The first suggestion of every finding that may be applied without review."""
    return [f.suggestions[0] for f in report.findings if f.suggestions and f.fixable]


def _write_fixed(out: str, path: str, report, into_dir: bool) -> None:
    result = apply_edits(report.text, fix_all_edits(report))
    target = Path(out) / Path(path).name if into_dir else Path(out)
    try:
        with open(target, "w", encoding="utf-8", newline="") as fh:
            fh.write(result.text)
    except OSError as exc:
        raise IngestError(f"{target}: cannot write ({exc.strerror or exc})") from None
    if result.conflicts:
        print(
            f"editor-check: {path}: {len(result.conflicts)} overlapping suggestion(s) skipped in --fix-all",
            file=sys.stderr,
        )


def _print_text(path: str, report) -> None:
    from checks.document import Document

    doc = Document(report.text)
    for f in report.findings:
        line, col = doc.line_col(f.start)
        print(f"{path}:{line}:{col}: {f.rule} {f.message}")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
