"""Exports of a review: the cleaned article (.txt, .md, .docx, .html) and the review report (.csv, .json).

The .txt is the cleaned text byte for byte (UTF-8, line endings as in the draft): it differs from
the draft only where the editor accepted or rewrote something. The other article formats keep the
paragraphs; every piece of draft text in the .html is escaped.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from dataclasses import dataclass

from checks.document import Document

from .review import Review


@dataclass(frozen=True)
class ExportFormat:
    key: str
    label: str
    suffix: str
    mime: str


ARTICLE_FORMATS = (
    ExportFormat("txt", "Download cleaned article (.txt)", ".txt", "text/plain"),
    ExportFormat("md", "Download cleaned article (.md)", ".md", "text/markdown"),
    ExportFormat("docx", "Download cleaned article (.docx)", ".docx",
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ExportFormat("html", "Download cleaned article (.html)", ".html", "text/html"),
)
REPORT_FORMATS = (
    ExportFormat("csv", "Download review report (.csv)", "-review.csv", "text/csv"),
    ExportFormat("json", "Download review report (.json)", "-review.json", "application/json"),
)
FORMATS = {f.key: f for f in ARTICLE_FORMATS + REPORT_FORMATS}

REPORT_COLUMNS = (
    "id", "rule", "category", "severity", "start", "end", "excerpt", "message", "fixable",
    "decision", "suggestion", "edit_start", "edit_end", "original_text", "final_text", "original_article_excerpt",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def paragraphs(text: str) -> list[str]:
    """The article's paragraphs as the engine sees them (blank-line or one-per-line separated)."""
    return [text[p.start:p.end] for p in Document(text).paragraphs]


def to_txt(text: str) -> bytes:
    return text.encode("utf-8")


def to_markdown(text: str) -> bytes:
    """Paragraphs separated by blank lines, so one-paragraph-per-line copy stays apart in Markdown.

    Every paragraph is Markdown-escaped (:func:`md_paragraph`): rendered, the article reads as its
    text, with no heading, list, quote, code, link, emphasis or HTML the draft never meant.
    """
    return ("\n\n".join(md_paragraph(p) for p in paragraphs(text)) + "\n").encode("utf-8")


# Characters that mean something anywhere in a line: emphasis, code, links, strikethrough, tables,
# math in renderers that have it ($), and the backslash itself; a < that opens a tag or an autolink,
# and an & that opens an entity. CommonMark lets a backslash escape any ASCII punctuation.
_MD_INLINE = re.compile(r"[\\`*_\[\]~|$]|<(?=[A-Za-z/!?])|&(?=#?\w+;)")
# What opens a block at the start of a line: heading, quote, list bullet or number, thematic break,
# setext underline, table; the digits of an ordered-list number keep their dot or parenthesis escaped.
_MD_LINE_START = re.compile(r"^(?:[#>+=-]|(\d{1,9})([.)]))")


def md_line(line: str) -> str:
    """One line of draft text as Markdown that renders as exactly that text (outer whitespace aside)."""
    line = _MD_INLINE.sub(lambda m: "\\" + m.group(), line.strip(" \t"))
    m = _MD_LINE_START.match(line)
    if m is None:
        return line
    if m.group(1):  # "1984. The year..." is not an ordered list
        return m.group(1) + "\\" + line[m.end(1):]
    return "\\" + line


def md_paragraph(para: str) -> str:
    """A paragraph's lines escaped, its line breaks kept as hard breaks (a backslash at the line end)."""
    lines = [md_line(x) for x in re.split(r"\r?\n|\r", para)]
    return "\\\n".join(lines)


def to_html(text: str, title: str) -> bytes:
    body = "\n".join(
        "<p>" + "<br>\n".join(html.escape(line) for line in re.split(r"\r\n|\r|\n", para)) + "</p>"
        for para in paragraphs(text)
    )
    page = (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{html.escape(title)}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
    return page.encode("utf-8")


def to_docx(text: str, title: str) -> bytes:
    import docx  # python-docx, a declared dependency

    document = docx.Document()
    document.core_properties.title = _xml_safe(title)
    for para in paragraphs(text):
        p = document.add_paragraph()
        lines = re.split(r"\r\n|\r|\n", para)
        for i, line in enumerate(lines):
            run = p.add_run(_xml_safe(line))
            if i < len(lines) - 1:  # lines inside one paragraph keep their breaks
                run.add_break()
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _xml_safe(s: str) -> str:
    """Drop the control characters XML cannot hold (scraped drafts do carry them)."""
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", s)


def _csv_cell(value) -> str:
    """Spreadsheet-safe cell: text that a spreadsheet would run as a formula gets a leading quote."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    s = str(value)
    return "'" + s if s.startswith(_FORMULA_START) else s


def report_csv(review: Review) -> bytes:
    """The review report for spreadsheets: UTF-8 with a BOM so Excel reads the accents right."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(REPORT_COLUMNS)
    for row in review.report_rows():
        writer.writerow([_csv_cell(row[c]) if isinstance(row[c], (str, bool)) or row[c] is None else row[c]
                         for c in REPORT_COLUMNS])
    return buf.getvalue().encode("utf-8-sig")


def report_json(review: Review) -> bytes:
    counts = review.counts()
    payload = {
        "review": review.id,
        "title": review.title,
        "language": review.language,
        "summary": {"findings": len(review.findings), **counts},
        "findings": review.report_rows(),
        "quotations": review.quotations,
    }
    return (json.dumps(payload, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def file_name(review: Review, key: str) -> str:
    """A download name from the review's title: ``eu-leaders-agree-new-aid.txt``."""
    stem = re.sub(r"[^a-z0-9]+", "-", review.title.lower()).strip("-")[:40].rstrip("-") or "article"
    return stem + FORMATS[key].suffix


def export_bytes(review: Review, key: str) -> bytes:
    """The bytes of one export, cached on the review until its next decision."""
    if key not in FORMATS:
        raise ValueError(f"unknown export format {key!r}")
    return review.memo(("export", key), lambda: _build(review, key))


def _build(review: Review, key: str) -> bytes:
    if key == "csv":
        return report_csv(review)
    if key == "json":
        return report_json(review)
    text = review.cleaned_text()
    if key == "txt":
        return to_txt(text)
    if key == "md":
        return to_markdown(text)
    if key == "html":
        return to_html(text, review.title)
    return to_docx(text, review.title)
