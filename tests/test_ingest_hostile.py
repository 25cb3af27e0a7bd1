"""Hostile and unusual input: size limits, zip bombs, FIFOs and devices, UTF-16/32 drafts.

Every refusal is one line (for stderr or the page) and comes before the expensive part: a file
over the limit is not read, a .docx that would unpack past it is not unpacked, a FIFO is not
waited on.
"""

from __future__ import annotations

import io
import os
import struct
import threading
import time
import zipfile

import pytest
from docx_files import docx_bytes

from editor_app import ingest
from editor_app.encoding import UTF8, TextEncoding, decode, encode
from editor_app.ingest import (
    DEFAULT_MAX_BYTES,
    IngestError,
    TooLargeError,
    check_text_size,
    decode_upload,
    default_max_bytes,
    parse_size,
    read_list_text,
    read_path,
    read_stream,
)

DRAFT = "Blinken meets Qin in Beijing\r\n\r\nThe talks were “candid”, officials said — a first since 2018.\r\n"


def one_line(exc: pytest.ExceptionInfo) -> str:
    message = str(exc.value)
    assert "\n" not in message and message
    return message


# -- encodings --------------------------------------------------------------------------------

@pytest.mark.parametrize("codec,bom,label", [
    ("utf-16-le", b"\xff\xfe", "UTF-16 (little-endian) with BOM"),
    ("utf-16-be", b"\xfe\xff", "UTF-16 (big-endian) with BOM"),
    ("utf-32-le", b"\xff\xfe\x00\x00", "UTF-32 (little-endian) with BOM"),
    ("utf-32-be", b"\x00\x00\xfe\xff", "UTF-32 (big-endian) with BOM"),
    ("utf-8", b"\xef\xbb\xbf", "UTF-8 with BOM"),
])
def test_a_bom_names_the_encoding_and_the_text_keeps_its_line_endings(codec, bom, label):
    data = bom + DRAFT.encode(codec)
    got = decode_upload(data, "draft.txt")
    assert got.text == DRAFT and got.encoding == TextEncoding(codec, True, label)
    if codec != "utf-8":
        assert got.notices == [f"draft.txt: not UTF-8; decoded as {label}"]
    assert encode(got.text, got.encoding) == (data, got.encoding)  # written back byte for byte


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_recognised(codec):
    got = decode_upload(DRAFT.encode(codec), "draft.txt")
    assert got.text == DRAFT and got.encoding.codec == codec and not got.encoding.bom
    assert "without BOM" in got.notices[0]


def test_word_unicode_text_of_a_whole_article():
    # Word's "Unicode Text" export: UTF-16-LE with a BOM, CRLF line endings, non-Latin names too.
    article = ("Си Цзиньпин принял Блинкена\r\n\r\n" + DRAFT) * 50
    got = decode_upload(b"\xff\xfe" + article.encode("utf-16-le"), "export.txt")
    assert got.text == article


def test_binary_is_still_refused_and_plain_utf8_has_no_notice():
    with pytest.raises(IngestError) as exc:
        decode_upload(bytes(range(256)) * 8, "image.txt")
    assert "binary" in one_line(exc)
    got = decode_upload(DRAFT.encode("utf-8"), "draft.txt")
    assert got.encoding == UTF8 and got.notices == []


def test_a_false_bom_is_one_line():
    with pytest.raises(IngestError) as exc:
        decode_upload(b"\xff\xfe\x00\xd8", "x.txt")  # a BOM, then a lone surrogate
    assert "UTF-16" in one_line(exc)


def test_writing_back_falls_back_to_utf8_when_the_encoding_cannot_hold_the_text():
    text, enc = decode("Les Müller ont dit: «oui».".encode("latin-1"))
    assert enc.codec == "cp1252"
    assert encode(text + " “fixed”", enc)[1] == enc  # Windows-1252 has curly quotes
    data, used = encode(text + " 北京", enc)
    assert used == UTF8 and data.decode("utf-8").endswith("北京")


# -- size limits ------------------------------------------------------------------------------

def test_default_limit_and_its_setting(monkeypatch):
    monkeypatch.delenv(ingest.MAX_BYTES_ENV, raising=False)
    assert default_max_bytes() == DEFAULT_MAX_BYTES == 2_000_000
    monkeypatch.setenv(ingest.MAX_BYTES_ENV, "500k")
    assert default_max_bytes() == 500_000
    monkeypatch.setenv(ingest.MAX_BYTES_ENV, "lots")
    assert default_max_bytes() == DEFAULT_MAX_BYTES  # a bad setting falls back, it does not crash
    assert [parse_size(v) for v in ("2MB", "1.5M", "0", "123")] == [2_000_000, 1_500_000, 0, 123]
    with pytest.raises(ValueError):
        parse_size("two")


def test_text_over_the_limit_is_refused_at_once():
    check_text_size("x" * 1000, "pasted draft", 1000)
    with pytest.raises(TooLargeError) as exc:
        check_text_size("é" * 600, "pasted draft", 1000)  # 1,200 bytes in UTF-8
    assert one_line(exc) == "pasted draft: 1,200 bytes of text, over the 1,000-byte size limit"  # not "1 KB over 1 KB"
    check_text_size("x" * 10_000, "pasted draft", 0)  # 0: no limit
    huge = "a" * 40_000_000
    t = time.perf_counter()
    with pytest.raises(TooLargeError, match="40 MB of text, over the 2 MB size limit"):
        check_text_size(huge, "pasted draft", 2_000_000)
    assert time.perf_counter() - t < 2


def test_a_big_file_is_refused_without_reading_it(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(50_000_000)  # sparse: 50 MB that cost nothing to make
    read = []
    monkeypatch.setattr(ingest.os, "fdopen", lambda *a, **k: read.append(a) or open(os.devnull, "rb"))
    with pytest.raises(TooLargeError) as exc:
        read_path(big, max_bytes=1_000_000)
    assert "50 MB" in one_line(exc) and not read


def test_upload_and_stdin_over_the_limit(tmp_path):
    data = ("The council met. " * 10_000).encode()  # 170 KB
    with pytest.raises(TooLargeError):
        decode_upload(data, "draft.txt", max_bytes=100_000)
    assert decode_upload(data, "draft.txt", max_bytes=200_000).text.startswith("The council")
    stream = io.BytesIO(data * 100)  # 17 MB on standard input: no more is read than a .docx may take
    with pytest.raises(TooLargeError):
        read_stream(stream, "<stdin>", max_bytes=100_000)
    assert stream.tell() == max(ingest.RAW_FACTOR.values()) * 100_000 + 1


def test_a_docx_bomb_is_refused_before_unpacking(monkeypatch):
    # One short paragraph repeated: the archive stays small, document.xml grows huge.
    data = docx_bytes(["The council approved the budget after a long debate."], repeat=60_000)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        xml = zf.getinfo("word/document.xml").file_size
    assert len(data) < 600_000 and xml > 5_000_000
    import docx

    opened = []
    monkeypatch.setattr(docx, "Document", lambda *a: opened.append(a))
    with pytest.raises(TooLargeError) as exc:
        decode_upload(data, "bomb.docx", max_bytes=500_000)
    assert "unpacks to" in one_line(exc) and not opened


def test_a_docx_whose_text_is_over_the_limit():
    data = docx_bytes(["Paragraph of the article, long enough to count. " * 20], repeat=60)
    with pytest.raises(TooLargeError, match="of text, over the"):
        decode_upload(data, "long.docx", max_bytes=50_000)
    assert decode_upload(data, "long.docx", max_bytes=500_000).kind == "docx"


def test_a_docx_that_lies_about_its_sizes_stops_at_the_claimed_size():
    data = bytearray(docx_bytes(["The council approved the budget. " * 50], repeat=400))
    # Claim that word/document.xml unpacks to 1,000 bytes, in its local header and the directory.
    name = b"word/document.xml"
    for sig, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        pos = 0
        while (pos := data.find(sig, pos)) != -1:
            name_at = pos + (30 if sig == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(name)] == name:
                data[pos + size_at : pos + size_at + 4] = struct.pack("<I", 1000)
            pos += 4
    with pytest.raises(IngestError) as exc:
        decode_upload(bytes(data), "liar.docx", max_bytes=1_000_000)
    assert "not a readable .docx" in one_line(exc)


def test_html_over_the_limit():
    page = "<html><body>" + "<div><script>var x = 1;</script><p>Text.</p></div>" * 20_000 + "</body></html>"
    with pytest.raises(TooLargeError, match="a 1 MB HTML page cannot hold a draft within the 100 KB size limit"):
        decode_upload(page.encode(), "page.html", max_bytes=100_000)  # 1 MB of markup for a 100 KB limit
    ok = decode_upload(page.encode(), "page.html", max_bytes=400_000)
    assert ok.kind == "html" and ok.encoding is None and ok.text.startswith("Text.")


# -- non-regular files ------------------------------------------------------------------------

def _within(seconds: float, fn):
    box = {}
    t = threading.Thread(target=lambda: box.setdefault("r", _catch(fn)), daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), "blocked"
    return box["r"]


def _catch(fn):
    try:
        return fn()
    except Exception as exc:  # returned to the test thread
        return exc


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs need a POSIX system")
def test_a_fifo_is_refused_at_once(tmp_path):
    fifo = tmp_path / "draft.txt"
    os.mkfifo(fifo)
    exc = _within(5, lambda: read_path(fifo))
    assert isinstance(exc, IngestError) and "not a regular file" in str(exc) and "\n" not in str(exc)
    exc = _within(5, lambda: read_list_text(fifo, "names list draft.txt"))
    assert isinstance(exc, IngestError) and "not a regular file" in str(exc)
    from checks.stylesheet import StyleSheetError, load_names_csv

    exc = _within(5, lambda: load_names_csv(fifo))
    assert isinstance(exc, StyleSheetError) and "not a regular file" in str(exc)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_is_refused():
    exc = _within(5, lambda: read_path("/dev/zero"))
    assert isinstance(exc, IngestError) and "not a regular file" in str(exc)
