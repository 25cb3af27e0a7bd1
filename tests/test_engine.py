"""The engine and the rule catalogue: codes, selection, failure isolation, review-only quotes."""

import re

import pytest

from checks import CheckOptions, check_text
from checks.findings import CATEGORIES, SEVERITIES
from checks.registry import CHECKERS, define, load_rules, select_codes


def test_every_rule_is_catalogued_properly():
    rules = load_rules()
    assert rules
    for code, rule in rules.items():
        assert re.fullmatch(r"[A-Z]\d{3}", code)
        assert rule.category in CATEGORIES and rule.severity in SEVERITIES
        assert rule.summary and "\n" not in rule.summary and rule.name


def test_select_accepts_codes_prefixes_and_categories():
    load_rules()
    assert select_codes(["Q001"]) == {"Q001"}
    assert "Q011" in select_codes(["quotes"])
    assert select_codes(["Q"], ["Q00"]) == {c for c in select_codes(["Q01"])}
    with pytest.raises(ValueError, match="unknown rule"):
        select_codes(["nope"])


def test_a_failing_checker_is_reported_and_the_others_still_run(monkeypatch):
    broken = define("Q999", "always-fails", "quotes", "info", "Test rule that raises.")

    def explode(doc, opts):
        raise RuntimeError("boom")
        yield  # pragma: no cover

    monkeypatch.setattr("checks.registry.CHECKERS", CHECKERS + [(frozenset({"Q999"}), explode)])
    monkeypatch.setattr("checks.engine.CHECKERS", CHECKERS + [(frozenset({"Q999"}), explode)])
    report = check_text("He said “we will win.")
    assert [f.rule for f in report.findings if f.category == "quotes"] == ["Q002"]
    assert any("Q999" in n and "boom" in n for n in report.notices)
    from checks.registry import RULES

    RULES.pop(broken.code)


def test_findings_are_sorted_unique_and_exact():
    text = "He said “we will win.\n\nShe said ”no“ and ‘yes”."
    report = check_text(text)
    keys = [(f.start, f.end, f.rule) for f in report.findings]
    assert keys == sorted(keys) and len({f.id for f in report.findings}) == len(keys)
    assert all(f.excerpt == text[f.start : f.end] for f in report.findings)
    assert not report.notices


def test_clean_professional_copy_has_no_quote_findings():
    text = (
        "WASHINGTON — Secretary of State Antony J. Blinken will travel to Beijing this week, the State "
        "Department said on Wednesday, the first visit by a U.S. secretary of state since 2018.\n\n"
        "“While in Beijing, Secretary Blinken will meet with senior PRC officials, where he will discuss the "
        "importance of maintaining open lines of communication,” spokesman Matthew Miller said.\n\n"
        "China’s foreign ministry said Qin had urged Washington to “stop interfering in China’s internal "
        "affairs.” The two sides have clashed over Taiwan, the ’90s-era trade rules and export controls."
    )
    report = check_text(text, CheckOptions(select=select_codes(["quotes"])))
    assert report.findings == []


def test_every_rule_has_its_own_tests():
    """ruff-style catalogue: each rule code is exercised by name somewhere in the test suite."""
    from pathlib import Path

    corpus = "\n".join(p.read_text(encoding="utf-8") for p in Path(__file__).parent.glob("test_*.py"))
    untested = [code for code in load_rules() if code != "Q999" and f'"{code}"' not in corpus]
    assert untested == []


def test_rules_doc_is_in_sync_with_the_registry():
    """docs/RULES.md is the catalogue's docs entry for every rule; regenerate it when a rule changes."""
    from pathlib import Path

    from checks.catalogue import markdown

    doc = Path(__file__).parent.parent / "docs" / "RULES.md"
    assert doc.read_text(encoding="utf-8") == markdown(), "run: python -m checks.catalogue > docs/RULES.md"
