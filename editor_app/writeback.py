"""Writing a fixed draft back (``--fix-all``): in the encoding the draft came in, BOM included.

When that is not possible (Windows-1252 or Latin-1 cannot hold a character a fix brought in, or the
draft was a .docx or an HTML page, whose formatting a plain text cannot keep), the text is written
as UTF-8 and :func:`write_fixed` returns the one line that says so.
"""

from __future__ import annotations

from pathlib import Path

from .encoding import encode
from .ingest import Ingested, IngestError


def fixed_bytes(text: str, source: Ingested) -> tuple[bytes, str | None]:
    """The bytes to write for ``text`` read as ``source``, and a notice when they differ in kind."""
    if source.encoding is None:
        what = {"docx": "a .docx file", "html": "an HTML page"}.get(source.kind, "not plain text")
        return text.encode("utf-8"), f"the draft was {what}; wrote plain UTF-8 text"
    data, used = encode(text, source.encoding)
    if used != source.encoding:
        return data, f"{source.encoding.label} cannot hold every character of the fixed text; wrote UTF-8"
    return data, None


def write_fixed(target: str | Path, text: str, source: Ingested) -> str | None:
    """Write ``text`` to ``target`` like ``source`` was stored; returns the notice, if any."""
    data, notice = fixed_bytes(text, source)
    try:
        Path(target).write_bytes(data)
    except OSError as exc:
        raise IngestError(f"{target}: cannot write ({exc.strerror or exc})") from None
    return notice

