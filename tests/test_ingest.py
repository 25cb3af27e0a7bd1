"""Reading drafts: encodings, line endings, docx paragraphs, visible HTML text, clear errors."""

import io

import pytest

from editor_app.ingest import IngestError, decode_upload, html_to_text, read_path


def test_utf8_keeps_line_endings_and_drops_bom():
    data = "\ufeffHeadline\r\n\r\nBody “quoted”.\r\n".encode("utf-8")
    assert decode_upload(data, "a.txt").text == "Headline\r\n\r\nBody “quoted”.\r\n"


def test_latin1_fallback_notice():
    got = decode_upload("Ça va, Müller".encode("latin-1") + b"\x81", "a.md")
    assert got.text.startswith("Ça va") and got.notices


def test_docx_paragraphs_in_order(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Blinken speaks with Qin")
    d.add_paragraph("")
    d.add_paragraph("The call lasted an hour.")
    table = d.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "Caption in a table"
    d.add_paragraph("Last paragraph.")
    buf = io.BytesIO()
    d.save(buf)
    text = decode_upload(buf.getvalue(), "draft.docx").text
    assert text == "Blinken speaks with Qin\n\nThe call lasted an hour.\n\nCaption in a table\n\nLast paragraph."


def test_html_visible_text_by_block():
    html = """<html><head><title>T</title><style>p{color:red}</style></head><body>
    <h1>Blinken &amp; Qin</h1><p>The call <b>lasted</b> an hour.</p><script>alert(1)</script>
    <div>Leave a Reply</div></body></html>"""
    assert html_to_text(html) == "Blinken & Qin\n\nThe call lasted an hour.\n\nLeave a Reply"
    assert decode_upload(html.encode(), "page.html").text.startswith("Blinken & Qin")


@pytest.mark.parametrize(
    "data,name,needle",
    [
        (b"\x00\x01\x02binary" * 50, "a.txt", "binary"),
        (b"PK\x03\x04garbage", "a.docx", "not a readable .docx"),
    ],
)
def test_unreadable_input_raises_one_line(data, name, needle):
    with pytest.raises(IngestError) as exc:
        decode_upload(data, name)
    assert needle in str(exc.value) and "\n" not in str(exc.value)


def test_missing_and_directory(tmp_path):
    with pytest.raises(IngestError, match="no such file"):
        read_path(tmp_path / "nope.txt")
    with pytest.raises(IngestError, match="directory"):
        read_path(tmp_path)
