"""``--fix-all`` reaches a fixed point: fixing the fixed text again changes nothing.

Fixes can uncover the next problem (guillemets turned into curly quotes whose punctuation then
moves; an edit skipped for overlapping another), so :func:`checks.fixall.fix_all` repeats passes
until one changes nothing. Checked on every sample, on the seed draft, and on drafts a property test
mutates with the characters machine translation and scraping leave behind.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks.apply import apply_edits
from checks.engine import check_text
from checks.fixall import fix_all, fixable_edits
from checks.stylesheet import CheckOptions
from editor_app.ui.sidebar import shipped_options

from conftest import seed_paths

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))
OPTIONS = shipped_options()


def assert_fixed_point(text: str, options: CheckOptions):
    """A second ``--fix-all`` over the first one's output changes nothing."""
    result = fix_all(text, options)
    assert result.settled, f"still improving after {result.passes} passes"
    again = fix_all(result.text, options)
    assert again.text == result.text and again.passes == 0, again.withheld
    return result


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
@pytest.mark.parametrize("style", ["us", "uk"])
def test_every_sample_reaches_a_fixed_point(path, style):
    options = CheckOptions(names=OPTIONS.names, glossary=OPTIONS.glossary, quote_style=style)
    result = assert_fixed_point(path.read_text(encoding="utf-8"), options)
    assert not result.withheld  # on the project's own drafts every fix takes


def test_the_seed_draft_reaches_a_fixed_point():
    for path in seed_paths():
        assert_fixed_point(path.read_text(encoding="utf-8"), OPTIONS)


def test_one_pass_is_not_enough_on_a_chain_but_fix_all_settles():
    # Q009 makes “” of «»; the punctuation rule then moves the comma inside the new closing mark.
    text = "Officials called the talks «frank», and the minister said the the talks would go on.\n"
    once = apply_edits(text, fixable_edits(check_text(text, OPTIONS))).text
    result = fix_all(text, OPTIONS)
    assert result.settled
    assert fix_all(result.text, OPTIONS).passes == 0
    assert result.passes >= 1 and "«" not in result.text and "the the" not in result.text
    assert result.report.text == text  # findings still point into the original
    assert once != text


def fake_check(make):
    """A stand-in for the engine whose one rule suggests ``make(text)`` for the first character."""
    from checks.findings import Finding, Report, Suggestion

    def check(text, options=None):
        edits = make(text)
        findings = [Finding("C999", "cleanup", "error", 0, 1, "fake", (Suggestion(0, 1, e),)) for e in edits]
        return Report(text, "en", [f for f in findings if text[:1] != f.suggestions[0].replacement])

    return check


def test_a_fix_that_flips_back_and_forth_is_withheld(monkeypatch):
    import checks.fixall as fixall

    monkeypatch.setattr(fixall, "check_text", fake_check(lambda t: ["b" if t.startswith("a") else "a"]))
    result = fixall.fix_all("a text")
    assert result.settled and result.text == "a text" and result.withheld == ("C999",)


def test_a_fix_that_asks_for_more_of_itself_is_withheld(monkeypatch):
    import checks.fixall as fixall

    # Each fix leaves one more finding than it fixed (an inserted mark read as a new opener).
    monkeypatch.setattr(fixall, "check_text", fake_check(lambda t: ['"' + t[:1]] * (t.count('"') + 1)))
    result = fixall.fix_all("x")
    assert result.settled and result.passes == 0 and result.withheld == ("C999",)
    assert fixall.fix_all(result.text).text == result.text


def test_a_pass_that_helps_is_kept_without_the_rule_that_does_not(monkeypatch):
    text = "Officials called the talks frank the the  he said.\n"
    result = fix_all(text, OPTIONS)
    assert result.settled and "the the" not in result.text and "  " not in result.text


# -- mutated drafts ---------------------------------------------------------------------------

PIECES = [
    "«", "»", "“", "”", "‘", "’", '"', "'", "„", ",", ".", " ,", " .", "  ", ";", ":", "!", "?",
    " the the ", "\n\n", "\r\n", "&amp;", "<b>", "</b>", "...", "…", " - ", "—", "(", ")", "“ ", " ”",
    "Leave a Reply", "Anthony Blinken", "reading of the call", "\u00a0",
]
BASES = [p.read_text(encoding="utf-8") for p in SAMPLES if p.stat().st_size < 20_000] + [
    "Officials called the talks “frank”, he said. “We will win the war, said the minister.\n\n"
    "Opposition leader Rachida Dati said the majority «refuses to see the debt».\n",
]


@st.composite
def mutated_drafts(draw):
    base = draw(st.sampled_from(BASES))
    start = draw(st.integers(0, max(0, len(base) - 600)))
    text = base[start : start + 600]
    for _ in range(draw(st.integers(1, 8))):
        pos = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            text = text[:pos] + draw(st.sampled_from(PIECES)) + text[pos:]
        else:
            text = text[:pos] + text[pos + draw(st.integers(1, 4)):]
    return text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_drafts(), st.sampled_from(["us", "uk"]))
def test_mutated_drafts_reach_a_fixed_point(text, style):
    options = CheckOptions(names=OPTIONS.names, glossary=OPTIONS.glossary, quote_style=style)
    assert_fixed_point(text, options)
