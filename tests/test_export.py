"""Exports: the cleaned article in four formats and the review report in two."""

from __future__ import annotations

import csv
import io
import json

import docx
import pytest

from checks.findings import Finding, Suggestion
from editor_app import export
from editor_app.review import Review

DRAFT = (
    "Budget deal reached in Brussels <after> long talks\r\n"
    "\r\n"
    "European Union leaders agreed on Thursday a new aid package of 50 billion euros.\r\n"
    "\r\n"
    "German Chancellor Olaf Scholtz said the deal was “a strong signal”.\r\n"
    "\r\n"
    "<script>alert('x')</script>\r\n"
)


def _review() -> Review:
    name = DRAFT.index("Scholtz")
    residue = DRAFT.index("<script>")
    formula = DRAFT.index("50 billion")
    return Review(DRAFT, [
        Finding("N001", "names", "error", name, name + 7, "Name differs from the names list: Scholz",
                (Suggestion(name, name + 7, "Scholz"),), "Scholtz"),
        Finding("C010", "cleanup", "warning", formula, formula + 10, "=HYPERLINK(\"x\") looks like a formula",
                (Suggestion(formula, formula + 10, "=50 billion"),), "50 billion"),
        Finding("C001", "cleanup", "warning", residue, len(DRAFT), "Scraped script residue",
                (Suggestion(residue - 2, len(DRAFT), ""),), DRAFT[residue:]),
    ])


@pytest.fixture
def review() -> Review:
    r = _review()
    r.accept(_id(r, "N001"))
    r.reject(_id(r, "C001"))
    return r


def _id(r: Review, rule: str) -> str:
    return next(f.id for f in r.findings if f.rule == rule)


def test_txt_is_the_cleaned_text_byte_for_byte(review):
    data = export.export_bytes(review, "txt")
    assert data == DRAFT.replace("Scholtz", "Scholz").encode("utf-8")
    assert b"\r\n" in data and not data.startswith(b"\xef\xbb\xbf")


def test_txt_of_an_untouched_review_is_the_draft():
    assert export.export_bytes(_review(), "txt") == DRAFT.encode("utf-8")


def test_markdown_keeps_paragraphs_apart():
    text = "Headline\nFirst paragraph.\nSecond paragraph."
    assert export.to_markdown(text) == b"Headline\n\nFirst paragraph.\n\nSecond paragraph.\n"


def test_html_escapes_every_piece_of_text(review):
    page = export.export_bytes(review, "html").decode("utf-8")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "<title>Budget deal reached in Brussels &lt;after&gt; long talks</title>" in page
    assert page.count("<p>") == 4
    assert "Olaf Scholz said the deal was “a strong signal”." in page


def test_docx_holds_the_paragraphs(review):
    document = docx.Document(io.BytesIO(export.export_bytes(review, "docx")))
    paras = [p.text for p in document.paragraphs]
    assert paras[0] == "Budget deal reached in Brussels <after> long talks"
    assert "German Chancellor Olaf Scholz said the deal was “a strong signal”." in paras
    assert len(paras) == 4
    assert document.core_properties.title == review.title


def test_docx_drops_control_characters_and_keeps_line_breaks():
    data = export.to_docx("Scraped\x0b line\x00 here\nsecond line\n\nNext paragraph.", "t")
    paras = docx.Document(io.BytesIO(data)).paragraphs
    assert [p.text for p in paras] == ["Scraped line here\nsecond line", "Next paragraph."]


def test_csv_report_is_readable_and_spreadsheet_safe(review):
    raw = export.export_bytes(review, "csv")
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the accents right
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["decision"] for r in rows] == ["pending", "accepted", "rejected"]
    by_rule = {r["rule"]: r for r in rows}
    assert by_rule["N001"]["final_text"] == "Scholz" and by_rule["N001"]["original_text"] == "Scholtz"
    assert by_rule["N001"]["fixable"] == "yes"
    assert by_rule["C010"]["message"].startswith("'=HYPERLINK")  # never run as a formula
    assert tuple(rows[0].keys()) == export.REPORT_COLUMNS


def test_json_report_has_every_finding_and_the_summary(review):
    payload = json.loads(export.export_bytes(review, "json"))
    assert payload["review"] == review.id
    assert payload["summary"] == {"findings": 3, "pending": 1, "accepted": 1, "rejected": 1, "rewritten": 0}
    assert [f["id"] for f in payload["findings"]] == [f.id for f in review.findings]
    accepted = [f for f in payload["findings"] if f["decision"] == "accepted"][0]
    assert accepted["final_text"] == "Scholz"


def test_exports_follow_each_decision(review):
    before = export.export_bytes(review, "txt")
    assert export.export_bytes(review, "txt") is before  # cached until the next decision
    review.undo(_id(review, "N001"))
    assert export.export_bytes(review, "txt") == DRAFT.encode("utf-8")


def test_file_names_come_from_the_title(review):
    assert export.file_name(review, "txt") == "budget-deal-reached-in-brussels-after-lo.txt"
    assert export.file_name(review, "csv").endswith("-review.csv")
    assert export.file_name(Review("???", []), "md") == "article.md"


def test_unknown_format_is_refused(review):
    with pytest.raises(ValueError, match="unknown export format"):
        export.export_bytes(review, "pdf")


def test_labels_keep_the_contract():
    assert export.FORMATS["txt"].label == "Download cleaned article (.txt)"


def test_docx_title_with_control_characters():
    data = export.to_docx("Body.", "Budget\x0b vote\x00")
    assert docx.Document(io.BytesIO(data)).core_properties.title == "Budget vote"
