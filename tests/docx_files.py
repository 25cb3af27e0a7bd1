"""Word files for tests, built in memory: a plain .docx, or one whose body repeats (a zip bomb in miniature)."""

from __future__ import annotations

import io
import zipfile


def docx_bytes(paragraphs: list[str], repeat: int = 1) -> bytes:
    """A .docx of ``paragraphs``, its body repeated ``repeat`` times (written straight into the zip:
    python-docx adds paragraphs in quadratic time)."""
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    if repeat == 1:
        return buf.getvalue()
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                xml = data.decode()
                a, b = xml.index("<w:p>") if "<w:p>" in xml else xml.index("<w:p "), xml.rindex("</w:p>") + 6
                data = (xml[:a] + xml[a:b] * repeat + xml[b:]).encode()
            dst.writestr(info.filename, data)
    return out.getvalue()
