"""``editor-check``: the command line for batch use and pipelines (DESIGN.md 3.1).

Exit codes: 0 nothing found, 1 findings, 2 usage error or unreadable input (one line on stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from checks.engine import check_text
from checks.fixall import fix_all, fixable_edits
from checks.registry import load_rules, select_codes
from checks.stylesheet import CheckOptions, SourceDocument, StyleSheetError, parse_glossary_csv, parse_names_csv

from .ingest import IngestError, TooLargeError, parse_size, read_list_text, read_path, read_stream
from .writeback import write_fixed

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
    p.add_argument("--max-bytes", metavar="N", type=_size, default=None,
                   help="refuse drafts and sources whose text is over N bytes (default 2MB or "
                        "$EDITOR_CHECK_MAX_BYTES; k/M suffixes; 0 for no limit)")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv[:1] == ["score"]:
            return _score(argv[1:])
        return _check(argv)
    except (UsageError, IngestError, StyleSheetError) as exc:
        hint = " (--max-bytes sets the limit)" if isinstance(exc, TooLargeError) else ""
        print(f"editor-check: {exc}{hint}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("editor-check: interrupted", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_ERROR


def _score(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0].startswith("-"):
        raise UsageError("usage: editor-check score FILE")
    from checks.garble import score_texts

    text = read_path(argv[0]).text
    lines = text.splitlines()
    scores = score_texts(lines)
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
    inputs = [(path, _read_input(path, args.max_bytes)) for path in args.files]

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
            _write_fixed(args.fix_all, path, ingested, report, options, len(args.files) > 1)

    if args.format == "json":
        payload = [r.to_dict(file=str(p)) for p, r in results]
        json.dump(payload if len(payload) > 1 else payload[0], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for path, report in results:
            _print_text(path, report)
    return EXIT_FINDINGS if any_findings else EXIT_CLEAN


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


def _print_text(path: str, report) -> None:
    from checks.document import Document

    doc = Document(report.text)
    for f in report.findings:
        line, col = doc.line_col(f.start)
        print(f"{path}:{line}:{col}: {f.rule} {f.message}")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
