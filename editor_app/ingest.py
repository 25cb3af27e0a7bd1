"""Reading drafts and sources: .txt/.md (UTF-8, cp1252 or latin-1), .docx and .html into plain text.

Offsets of findings are indices into the text returned here, so text files are decoded as they
are (line endings kept); .docx and .html become paragraphs separated by blank lines. Anything
unreadable raises :class:`IngestError` with a one-line message.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
DOCX_SUFFIXES = {".docx"}


class IngestError(ValueError):
    """Input that cannot be read as a draft; the message is one line, fit for stderr or the page."""


@dataclass
class Ingested:
    text: str
    notices: list[str] = field(default_factory=list)


def read_path(path: str | Path) -> Ingested:
    """Read a draft or source file from disk."""
    p = Path(path)
    if p.is_dir():
        raise IngestError(f"{path}: is a directory, not a file")
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise IngestError(f"{path}: no such file") from None
    except OSError as exc:
        raise IngestError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return decode_upload(data, str(path))


def decode_upload(data: bytes, filename: str) -> Ingested:
    """Turn the bytes of an uploaded or read file into text, by its suffix."""
    suffix = Path(filename).suffix.lower()
    if suffix in DOCX_SUFFIXES or (data[:2] == b"PK" and suffix not in HTML_SUFFIXES | TEXT_SUFFIXES):
        return _read_docx(data, filename)
    if data[:2] == b"PK" and _looks_like_docx(data):
        return _read_docx(data, filename)
    decoded = decode_text_bytes(data, filename)
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(decoded.text)):
        return Ingested(html_to_text(decoded.text), decoded.notices)
    return decoded


def decode_text_bytes(data: bytes, filename: str) -> Ingested:
    """Decode text bytes: UTF-8 (BOM dropped), else cp1252, else latin-1, with a notice."""
    if _is_binary(data):
        raise IngestError(f"{filename}: looks like a binary file, not text (.txt, .md, .docx or .html expected)")
    try:
        text = data.decode("utf-8")
        if text.startswith("\ufeff"):
            text = text[1:]
        return Ingested(text)
    except UnicodeDecodeError:
        pass
    for enc, label in (("cp1252", "Windows-1252"), ("latin-1", "Latin-1")):
        try:
            return Ingested(data.decode(enc), [f"{filename}: not UTF-8; decoded as {label}"])
        except UnicodeDecodeError:
            continue
    raise IngestError(f"{filename}: cannot decode the text")  # latin-1 never fails; kept for clarity


def _is_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        # UTF-16 text has NULs too; it is not supported as a draft encoding.
        return True
    if not head:
        return False
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control / len(head) > 0.05


def _looks_like_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return "word/document.xml" in zf.namelist()
    except zipfile.BadZipFile:
        return False


def _read_docx(data: bytes, filename: str) -> Ingested:
    try:
        import docx  # python-docx
    except ImportError:  # pragma: no cover - a declared dependency
        raise IngestError(f"{filename}: reading .docx needs python-docx (pip install python-docx)") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # python-docx raises several unrelated types for damaged files
        raise IngestError(f"{filename}: not a readable .docx file (damaged or another format)") from None
    paragraphs = [p.text for p in _docx_paragraphs(document)]
    text = "\n\n".join(p.strip() for p in paragraphs if p.strip())
    return Ingested(text)


def _docx_paragraphs(document):
    """Body paragraphs in document order, including those inside table cells."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, document)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                for cell in row.cells:
                    yield from cell.paragraphs


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head


BLOCK_TAGS = {
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "article",
    "section", "header", "footer", "figure", "figcaption", "table", "tr", "td", "th", "pre", "hr",
    "aside", "main", "nav", "dd", "dt", "title",
}
HIDDEN_TAGS = {"script", "style", "noscript", "template", "head", "svg", "iframe"}


class _VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.hidden = 0
        self.title: list[str] = []
        self.in_title = False

    def _flush(self):
        block = " ".join("".join(self.current).split())
        if block:
            self.blocks.append(block)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self.in_title = True
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        elif tag in BLOCK_TAGS:
            self._flush()

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag in HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK_TAGS:
            self._flush()

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        if not self.hidden:
            self.current.append(data)


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one paragraph per block element, blank lines between."""
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    parser._flush()
    text = "\n\n".join(parser.blocks)
    if not text and parser.title:
        text = " ".join("".join(parser.title).split())
    return re.sub(r"[ \t]+", " ", text)
