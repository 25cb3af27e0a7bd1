"""The learned garble score: range, order, the engine's sentences array and G005."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks import check_text
from checks.document import Document
from checks.garble import score_heads, score_sentences, score_texts
from checks.garble.model import model

FLUENT = [
    "The European Union agreed on Thursday to extend sanctions on Russia for another six months.",
    "The central bank raised interest rates by a quarter of a percentage point, as expected.",
    "Police said two people were injured when a car hit a bus stop in the city centre.",
]
GARBLED = [
    "In the collective language, the great spirit, or the great spirit, is an honor indicator word.",
    "Then, the cyanobacterium is green in monitoring a species like a cyanobacterium.",
    "He read the creations of William Shexpierre, especially William Shexpierre.",
]


def test_scores_are_floats_in_range_and_in_order():
    lines = FLUENT + GARBLED + ["", "   ", "<unk> <unk> river <unk>", "x" * 300]
    scores = score_texts(lines)
    assert len(scores) == len(lines)
    assert all(isinstance(s, float) and 0.0 <= s <= 1.0 for s in scores)
    assert score_texts(lines[::-1]) == pytest.approx(scores[::-1])
    assert score_texts([]) == []


def test_fluent_news_scores_below_garbled_mt():
    fluent, garbled = score_texts(FLUENT), score_texts(GARBLED)
    assert max(fluent) < 0.5
    assert min(garbled) > max(fluent)


def test_score_heads_name_each_head_and_the_classifier_reads_garbled_mt_as_worse():
    names, heads = score_heads(FLUENT + GARBLED)
    assert names == tuple(model().heads) and "clf" in names
    assert heads.shape == (len(FLUENT) + len(GARBLED), len(names))
    clf = heads[:, names.index("clf")]
    assert clf[len(FLUENT):].min() > clf[: len(FLUENT)].max()


@settings(max_examples=30, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gets_a_score(text):
    (s,) = score_texts([text])
    assert 0.0 <= s <= 1.0


def test_engine_sentences_carry_the_score():
    text = " ".join(FLUENT) + "\n\n" + " ".join(GARBLED)
    report = check_text(text)
    assert len(report.sentences) == len(Document(text).sentences) == 6
    assert report.sentences[0].garble_score < 0.5
    assert score_sentences(Document(text)) == pytest.approx([s.garble_score for s in report.sentences])


def test_reads_as_garbled_finding_marks_words():
    text = "Officials confirmed the meeting on Monday. " + GARBLED[0]
    findings = [f for f in check_text(text).findings if f.rule == "G005"]
    (f,) = findings
    assert f.excerpt == GARBLED[0]
    assert "reads as garbled" in f.message.lower()
    assert "suspicious words" in f.message
    assert f.category == "garble" and f.severity == "warning"


def test_short_lines_never_get_g005():
    text = "Hong Kong\n\nLeave a Reply\n\nChip Somodevilla/Getty Images"
    assert not [f for f in check_text(text).findings if f.rule == "G005"]


def test_word_badness_spans_point_at_words():
    sentence = GARBLED[0]
    marks = model().word_badness(sentence)
    assert marks
    for start, end, p in marks:
        assert sentence[start:end].strip() == sentence[start:end] and sentence[start:end]
        assert 0.0 <= p <= 1.0


def test_blank_lines_score_zero():
    assert score_texts(["", "   ", FLUENT[0]])[:2] == [0.0, 0.0]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(FLUENT + GARBLED + ["", "<unk> river", "U.S.-China talks (again)."]), min_size=1, max_size=6))
def test_a_batch_scores_each_line_as_if_alone(lines):
    """Features are computed for a whole batch at once; no line may leak into another's score."""
    together = score_texts(lines)
    assert together == pytest.approx([score_texts([line])[0] for line in lines])
