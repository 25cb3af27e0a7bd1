"""Sentence splitting and spans for news copy."""

import pytest

from checks.document import Document


def sentences(text):
    d = Document(text)
    return [d.span_text(s) for s in d.sentences]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The U.S. and China agreed. Talks resume on Jan. 5 in Geneva.",
         ["The U.S. and China agreed.", "Talks resume on Jan. 5 in Geneva."]),
        ("Mr. Blinken met Gen. Milley on Tuesday. They spoke for an hour.",
         ["Mr. Blinken met Gen. Milley on Tuesday.", "They spoke for an hour."]),
        ("Secretary Antony J. Blinken arrived. Growth was 3.5 percent.",
         ["Secretary Antony J. Blinken arrived.", "Growth was 3.5 percent."]),
        ("“It is a conflict.” Later, he left.", ["“It is a conflict.”", "Later, he left."]),
        ("He asked, “Why now?” Nobody answered.", ["He asked, “Why now?”", "Nobody answered."]),
        ("Troops left the U.S. He said so on Monday.", ["Troops left the U.S.", "He said so on Monday."]),
        ("The U.S. Secretary of State flew in.", ["The U.S. Secretary of State flew in."]),
        ("Wait... what happened? Nothing!", ["Wait... what happened?", "Nothing!"]),
        ("the principles of “peaceful coexistence”. and win-win cooperation.",
         ["the principles of “peaceful coexistence”. and win-win cooperation."]),
    ],
)
def test_sentence_splitting(text, expected):
    assert sentences(text) == expected


def test_headlines_and_datelines_are_their_own_sentences():
    text = "Blinken speaks with Qin ahead of visit\n\nHong Kong\n\nThe call lasted an hour. It was frank."
    assert sentences(text) == ["Blinken speaks with Qin ahead of visit", "Hong Kong", "The call lasted an hour.", "It was frank."]


def test_headline_line_inside_a_block_is_split_off():
    text = "BEIJING, June 14\nThe ministry said the call was useful."
    assert sentences(text) == ["BEIJING, June 14", "The ministry said the call was useful."]


def test_paragraphs_by_blank_lines_or_single_lines():
    assert len(Document("One.\n\nTwo.\r\n\r\nThree.").paragraphs) == 3
    assert len(Document("One.\nTwo.\nThree.").paragraphs) == 3


def test_tokens_keep_offsets_and_inner_marks():
    d = Document("Qin’s U.S.-China talks, 3.5% up.")
    words = [t.text for t in d.tokens if t.is_word]
    assert words == ["Qin’s", "U.S.-China", "talks", "3.5", "up"]
    assert all(d.text[t.start : t.end] == t.text for t in d.tokens)


def test_lookups():
    d = Document("First line.\nSecond one here.")
    assert d.line_col(12) == (2, 1)
    assert d.span_text(d.sentence_at(15)) == "Second one here."
    assert d.sentence_at(11) is None  # the newline between them
