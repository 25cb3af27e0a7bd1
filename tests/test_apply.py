"""Applying suggestions: text outside the edited spans is untouched; overlaps resolve one way, always."""

from hypothesis import given, settings, strategies as st

from checks import check_text
from checks.apply import apply_edits, overlaps
from checks.findings import Suggestion

PIECES = list("ab “”‘’\"'.,«»\n") + ["Qin", " said", "\n\n", "the the", "U.S.", "20", "’90s", "Leave a Reply"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


@st.composite
def text_and_edits(draw):
    text = draw(TEXTS)
    n = len(text)
    edits = []
    for _ in range(draw(st.integers(0, 6))):
        a = draw(st.integers(0, n))
        b = draw(st.integers(a, min(n, a + 6)))
        edits.append(Suggestion(a, b, draw(st.text(alphabet="xyz«", max_size=3))))
    return text, edits


@given(text_and_edits())
@settings(max_examples=300, deadline=None)
def test_outside_of_applied_spans_is_byte_identical(case):
    text, edits = case
    result = apply_edits(text, edits)
    # Kept edits never overlap; together with conflicts they are exactly the input.
    assert sorted(result.applied + result.conflicts, key=repr) == sorted(edits, key=repr)
    for i, a in enumerate(result.applied):
        for b in result.applied[i + 1 :]:
            assert not overlaps(a, b)
    # Rebuild the output from the untouched gaps and replacements: it must match exactly.
    pos, out = 0, []
    for e in result.applied:
        assert text[pos : e.start] in result.text
        out.append(text[pos : e.start] + e.replacement)
        pos = e.end
    out.append(text[pos:])
    assert result.text == "".join(out)


@given(text_and_edits())
@settings(max_examples=200, deadline=None)
def test_resolution_does_not_depend_on_input_order(case):
    text, edits = case
    assert apply_edits(text, edits).text == apply_edits(text, list(reversed(edits))).text or any(
        overlaps(a, b) for i, a in enumerate(edits) for b in edits[i + 1 :]
    )


@given(TEXTS)
@settings(max_examples=300, deadline=None)
def test_findings_point_at_exact_spans_and_fixes_change_only_them(text):
    report = check_text(text)
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text)
        assert f.excerpt == text[f.start : f.end]
        for s in f.suggestions:
            assert 0 <= s.start <= s.end <= len(text)
    edits = [f.suggestions[0] for f in report.findings if f.suggestions]
    result = apply_edits(text, edits)
    if result.applied:
        first, last = result.applied[0], result.applied[-1]
        assert result.text.startswith(text[: first.start])
        assert result.text.endswith(text[last.end :])
    else:
        assert result.text == text


def test_overlap_rules():
    assert overlaps(Suggestion(2, 5, "x"), Suggestion(4, 6, "y"))
    assert not overlaps(Suggestion(2, 5, "x"), Suggestion(5, 6, "y"))  # touching
    assert overlaps(Suggestion(3, 3, "x"), Suggestion(3, 3, "y"))  # two insertions at one point
    assert overlaps(Suggestion(3, 3, "x"), Suggestion(2, 5, "y"))  # insertion inside a replacement
    assert not overlaps(Suggestion(2, 2, "x"), Suggestion(2, 5, "y"))  # insertion at its start


def test_overlapping_edits_first_by_position_wins_and_conflicts_are_reported():
    text = "He said “we will win."
    r = apply_edits(text, [Suggestion(8, 9, ""), Suggestion(8, 12, "They")])
    assert r.text == "He said we will win." and r.conflicts == (Suggestion(8, 12, "They"),)
    r = apply_edits(text, [Suggestion(21, 21, "”"), Suggestion(0, 2, "She")])
    assert r.text == "She said “we will win.”" and not r.conflicts
