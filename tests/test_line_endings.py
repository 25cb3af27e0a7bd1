"""LF, CRLF and lone CR line endings get the same findings (issue 13: old Mac exports use CR alone).

A lone CR is the same length as LF, so CR-only text must give the very same findings at the very same
offsets; CRLF adds one character per line break, so its findings are the LF ones with offsets shifted.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache
from pathlib import Path

import pytest

from checks import CheckOptions, check_text
from checks.document import Document
from checks.stylesheet import load_glossary_csv, load_names_csv

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
DRAFTS = sorted(SAMPLES.glob("*.txt"))


@cache
def options() -> CheckOptions:
    return CheckOptions(names=load_names_csv(SAMPLES / "names.csv"), glossary=load_glossary_csv(SAMPLES / "glossary.csv"))


def as_lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def findings(text: str, shift=lambda p: p) -> list[tuple]:
    """Each finding as a tuple, offsets passed through ``shift``, line breaks in text read as LF."""
    out = []
    for f in check_text(text, options()).findings:
        sugg = tuple((shift(s.start), shift(s.end), as_lf(s.replacement)) for s in f.suggestions)
        out.append((f.rule, shift(f.start), shift(f.end), as_lf(f.excerpt), f.message, f.severity, f.fixable, sugg))
    return out


def assert_same_findings_for_every_line_ending(text: str) -> None:
    lf = as_lf(text)
    expected = findings(lf)
    assert findings(lf.replace("\n", "\r")) == expected
    breaks = [i for i, ch in enumerate(lf) if ch == "\n"]
    assert findings(lf.replace("\n", "\r\n")) == findings(lf, shift=lambda p: p + bisect_left(breaks, p))


@pytest.mark.parametrize("path", DRAFTS, ids=[p.name for p in DRAFTS])
def test_every_sample_gets_the_same_findings_with_lf_crlf_and_cr(path):
    assert_same_findings_for_every_line_ending(path.read_text(encoding="utf-8"))


def test_seed_draft_gets_the_same_findings_with_lf_crlf_and_cr(seed_text):
    assert_same_findings_for_every_line_ending(seed_text)


def test_cr_only_residue_is_found_and_excerpts_keep_the_cr():
    """The issue's case: residue lines of a CR-only export were missed (C001, C002, C003, C004)."""
    text = ("Leave a Reply\r\rKYIV\rUkraine's president said on Tuesday that talks with Russia would resume next "
            "week in Istanbul.\r\rPhoto: John Smith/Getty Images\r\rShare this article")
    report = check_text(text)
    rules = [f.rule for f in report.findings if f.category == "cleanup"]
    assert rules.count("C001") == 2 and "C002" in rules and "C003" in rules
    assert report.text == text
    for f in report.findings:
        assert f.excerpt == text[f.start : f.end]


def test_document_reads_a_lone_cr_as_a_line_break_and_keeps_the_original():
    text = "First paragraph.\r\rSecond paragraph.\r\nThird line."
    doc = Document(text)
    assert doc.original == text and len(doc.text) == len(text)
    assert [doc.text[p.start : p.end] for p in doc.paragraphs] == ["First paragraph.", "Second paragraph.\r\nThird line."]
    assert doc.line_col(text.index("Second")) == (3, 1)
