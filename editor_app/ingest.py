"""Reading drafts and sources: .txt/.md (any encoding :mod:`editor_app.encoding` reads), .docx and
.html into plain text, within a size limit.

Offsets of findings are indices into the text returned here, so text files are decoded as they
are (line endings kept); .docx and .html become paragraphs separated by blank lines. Anything
unreadable raises :class:`IngestError` with a one-line message.

Hostile input is refused before it costs time or memory: a draft whose text is over the size limit
(``max_bytes``, 2 MB by default, ``$EDITOR_CHECK_MAX_BYTES``; 0 for none), a file too big to hold
such a text (read no further than that), a .docx that would unpack to more than that allows (a zip
bomb: measured from the archive's directory before unpacking, and zipfile never unpacks a part
past its declared size), and anything but a regular file (a FIFO would block the read forever).
"""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from .encoding import UTF8, DecodeError, TextEncoding, decode

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
DOCX_SUFFIXES = {".docx"}

MAX_BYTES_ENV = "EDITOR_CHECK_MAX_BYTES"
DEFAULT_MAX_BYTES = 2_000_000
# How much bigger than its text a file may be: UTF-32 takes 4 bytes a character and a scraped page's
# markup is mostly tags (HTMLParser reads ~3 MB/s, so 4x keeps a refusal or a parse to seconds);
# a .docx carries its text's XML zipped (up to 8x the text once unpacked), styles and photos besides.
RAW_FACTOR = {"text": 4, "html": 4, "docx": 16}
DOCX_XML_FACTOR = 8  # word/document.xml, the article's own markup
DOCX_ALLOWANCE = 4_000_000  # styles, theme and fonts every .docx carries, whatever its length


class IngestError(ValueError):
    """Input that cannot be read as a draft; the message is one line, fit for stderr or the page."""


class TooLargeError(IngestError):
    """Input over the size limit (the message says how big it is and what the limit is)."""


@dataclass
class Ingested:
    text: str
    notices: list[str] = field(default_factory=list)
    encoding: TextEncoding | None = UTF8  # how a text file was stored; None for .docx and .html
    kind: str = "text"  # text, html or docx


def default_max_bytes() -> int:
    """The size limit: ``$EDITOR_CHECK_MAX_BYTES`` when set (bytes; 0 for none), else 2 MB."""
    raw = os.environ.get(MAX_BYTES_ENV, "").strip()
    if raw:
        try:
            return parse_size(raw)
        except ValueError:
            pass  # a bad setting must not stop the tool; the default applies
    return DEFAULT_MAX_BYTES


def parse_size(value: str) -> int:
    """Bytes from ``2000000``, ``500k``, ``2MB`` or ``1.5M`` (decimal units); 0 means no limit."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?\s*", value)
    if not m:
        raise ValueError(f"not a size: {value!r} (bytes, or a number with k, M or G)")
    scale = {"": 1, "k": 10**3, "m": 10**6, "g": 10**9}[m.group(2).lower()]
    return int(float(m.group(1)) * scale)


def human_size(n: int) -> str:
    if n >= 10**6:
        return f"{n / 10**6:.1f} MB".replace(".0 MB", " MB")
    if n >= 10**3:
        return f"{n / 10**3:.0f} KB"
    return f"{n} bytes"


def _limit(max_bytes: int | None) -> int:
    return default_max_bytes() if max_bytes is None else max_bytes


def check_text_size(text: str, name: str, max_bytes: int | None = None) -> None:
    """Refuse ``text`` when its UTF-8 size is over the limit (pasted text and decoded files alike)."""
    limit = _limit(max_bytes)
    if not limit or len(text) * 4 <= limit:  # a character is at most 4 bytes: surely within
        return
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > limit:
        shown, most = human_size(size), human_size(limit)
        if shown == most:  # "20 KB of text, over the 20 KB size limit" would read as a contradiction
            shown, most = f"{size:,} bytes", f"{limit:,}-byte"
        raise TooLargeError(f"{name}: {shown} of text, over the {most} size limit")


# Streamlit closes the browser's connection, without a word, on a message over its size limit; a paste box
# never holds more than this many characters (24 MB of UTF-8 at worst).
BOX_CEILING = 6_000_000


def box_max_chars(limit: int) -> int:
    """How many characters a paste box takes: five times the limit (up to ``BOX_CEILING``). The box refuses a
    longer paste whole (its counter shows the cap); a paste over the limit that it takes is refused with a
    message at once, so nothing is ever checked silently shortened."""
    return min(max(5 * limit, limit + 1), BOX_CEILING) if limit else BOX_CEILING


def _check_raw_size(size: int, name: str, kind: str, limit: int) -> None:
    if limit and size > RAW_FACTOR[kind] * limit:
        what = {"text": " file", "html": " HTML page", "docx": " .docx file"}[kind]
        raise TooLargeError(
            f"{name}: a {human_size(size)}{what} cannot hold a draft within the {human_size(limit)} size limit"
        )


def read_path(path: str | Path, max_bytes: int | None = None) -> Ingested:
    """Read a draft or source file from disk (a regular file only), within the size limit."""
    data = read_file_bytes(path, max_bytes)
    return decode_upload(data, str(path), max_bytes)


def read_file_bytes(path: str | Path, max_bytes: int | None = None) -> bytes:
    """The bytes of a regular file, refused at once when it is too big for a draft within the limit."""
    limit = _limit(max_bytes)
    try:
        # O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise IngestError(f"{path}: no such file") from None
    except OSError as exc:
        raise IngestError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IngestError(f"{path}: is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise IngestError(f"{path}: not a regular file (a pipe, device or socket); give - to read standard input")
        _check_raw_size(info.st_size, str(path), _kind_by_name(str(path)), limit)
        cap = max(RAW_FACTOR.values()) * limit if limit else -1
        with os.fdopen(os.dup(fd), "rb") as fh:
            return fh.read(cap + 1) if cap >= 0 else fh.read()
    except OSError as exc:
        raise IngestError(f"{path}: cannot read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


def read_stream(stream, name: str, max_bytes: int | None = None) -> Ingested:
    """A draft from a byte stream (standard input), reading no more than a draft within the limit needs."""
    limit = _limit(max_bytes)
    data = stream.read(max(RAW_FACTOR.values()) * limit + 1) if limit else stream.read()
    return decode_upload(data, name, max_bytes)


def _kind_by_name(filename: str) -> str:
    suffix = Path(filename).suffix.lower()
    if suffix in DOCX_SUFFIXES:
        return "docx"
    return "html" if suffix in HTML_SUFFIXES else "text"


def decode_upload(data: bytes, filename: str, max_bytes: int | None = None) -> Ingested:
    """Turn the bytes of an uploaded or read file into text, by its suffix, within the size limit."""
    limit = _limit(max_bytes)
    suffix = Path(filename).suffix.lower()
    if suffix in DOCX_SUFFIXES or (data[:2] == b"PK" and suffix not in HTML_SUFFIXES | TEXT_SUFFIXES) or (
        data[:2] == b"PK" and _looks_like_docx(data)
    ):
        _check_raw_size(len(data), filename, "docx", limit)
        ingested = _read_docx(data, filename, limit)
    else:
        html = suffix in HTML_SUFFIXES
        _check_raw_size(len(data), filename, "html" if html else "text", limit)
        ingested = decode_text_bytes(data, filename)
        if html or (suffix not in TEXT_SUFFIXES and _looks_like_html(ingested.text)):
            ingested = Ingested(html_to_text(ingested.text), ingested.notices, None, "html")
    check_text_size(ingested.text, filename, limit)
    return ingested


def decode_text_bytes(data: bytes, filename: str) -> Ingested:
    """Decode text bytes (see :func:`editor_app.encoding.decode`); any encoding but UTF-8 gets a notice."""
    try:
        text, enc = decode(data)
    except DecodeError as exc:
        hint = " (.txt, .md, .docx or .html expected)" if "binary" in str(exc) else ""
        raise IngestError(f"{filename}: {exc}{hint}") from None
    notices = [] if enc.codec == "utf-8" else [f"{filename}: not UTF-8; decoded as {enc.label}"]
    return Ingested(text, notices, enc)


def _looks_like_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return "word/document.xml" in zf.namelist()
    except zipfile.BadZipFile:
        return False


def _read_docx(data: bytes, filename: str, limit: int) -> Ingested:
    try:
        import docx  # python-docx
    except ImportError:  # pragma: no cover - a declared dependency
        raise IngestError(f"{filename}: reading .docx needs python-docx (pip install python-docx)") from None
    if limit:
        _check_unpacked_size(data, filename, limit)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # python-docx raises several unrelated types for damaged files
        raise IngestError(f"{filename}: not a readable .docx file (damaged or another format)") from None
    paragraphs = [p.text for p in _docx_paragraphs(document)]
    text = "\n\n".join(p.strip() for p in paragraphs if p.strip())
    return Ingested(text, [], None, "docx")


def _check_unpacked_size(data: bytes, filename: str, limit: int) -> None:
    """Refuse a .docx whose parts would unpack to more than a draft within ``limit`` needs.

    The sizes come from the archive's directory, before anything is unpacked; a part that claims
    less than it holds is cut at its claimed size by zipfile and fails its checksum (python-docx then
    reports the file as damaged), so a lying directory cannot make unpacking go further either.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise IngestError(f"{filename}: not a readable .docx file (damaged or another format)") from None
    main = sum(i.file_size for i in infos if i.filename == "word/document.xml")
    total = sum(i.file_size for i in infos)
    if main > DOCX_XML_FACTOR * limit + DOCX_ALLOWANCE // 16:
        raise TooLargeError(f"{filename}: its text unpacks to {human_size(main)} of XML, more than a draft "
                            f"within the {human_size(limit)} size limit can take")
    if total > RAW_FACTOR["docx"] * limit + DOCX_ALLOWANCE:
        raise TooLargeError(f"{filename}: unpacks to {human_size(total)}, more than a draft within "
                            f"the {human_size(limit)} size limit can take")


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


def read_list_text(path: str | Path, label: str) -> str:
    """A names list or glossary CSV as text: a regular file only, in any encoding a draft may use.

    No size limit: a newsroom's names list may be large (its index is built in linear time).
    """
    try:
        return decode(read_file_bytes(path, max_bytes=0), binary_ok=True)[0]
    except (IngestError, DecodeError) as exc:
        raise IngestError(f"{label}: cannot read {path}: {exc}".replace(f"{path}: {path}: ", f"{path}: ")) from None
