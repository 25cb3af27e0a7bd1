"""Agreement, tense and article counts that feed the garble score (checks/garble/grammar.py)."""

from __future__ import annotations

import pytest

from checks.garble.check import first_slip, g005_message
from checks.garble.grammar import GRAMMAR_NAMES, grammar_features, plural_looking, sentence_counts
from checks.garble.tokens import tokenize


def counts(sentence: str) -> dict[str, float]:
    return {n: v for n, v in zip(GRAMMAR_NAMES, sentence_counts(tokenize(sentence))) if v}


@pytest.mark.parametrize(
    "sentence, feature",
    [
        ("He described it as an unique opportunity for the region.", "gr_article_sound"),
        ("Officials said a honest review of the program was overdue.", "gr_article_sound"),
        ("Each countries will send a delegation to the summit.", "gr_singular_det_plural"),
        ("There is new variety shows on the line this summer.", "gr_there_be"),
        ("The companies is expected to report losses this quarter.", "gr_plural_subject_verb"),
        ("Officials said they has no plans to resign.", "gr_pronoun_verb"),
        ("The ministry will reached a decision next week.", "gr_modal_past"),
        ("The its plan was rejected by parliament.", "gr_double_det"),
        ("4404 fishermen have been repatriated so far this year.", "gr_digit_start"),
    ],
)
def test_broken_grammar_is_counted(sentence, feature):
    assert feature in counts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "An hour later, a European official and a university professor met an MP in London.",
        "The news is good, and a series of talks is planned for the spring.",
        "Each country will send a delegation, and these officials will meet on Monday.",
        "There are new shows on the schedule, and there is a debate on Tuesday.",
        "They have said the companies were expected to report losses.",
        "The ministry will decide next week whether to extend the measures.",
        "In 2020, 4,404 fishermen were repatriated, the ministry said.",
        "A one-year extension was agreed, and a UN report is due in a US court.",
    ],
)
def test_clean_news_english_counts_nothing(sentence):
    assert counts(sentence) == {}


def test_plural_looking_needs_a_common_stem():
    assert plural_looking("countries") and plural_looking("talks")
    assert not plural_looking("news") and not plural_looking("business") and not plural_looking("xqzs")


def test_features_have_one_row_per_sentence():
    X = grammar_features([tokenize("They has left."), [], tokenize("The plan was approved.")])
    assert X.shape == (3, len(GRAMMAR_NAMES))
    assert X[1].sum() == 0.0 and X[0].sum() >= 1.0


def test_g005_message_names_the_kind_only_when_known():
    words = "“has”, “left”"
    assert g005_message(0.71, words, "grammar", "agreement: “they has”") == (
        "Reads as garbled machine translation (score 0.71), likely a grammar problem (agreement: “they has”); "
        "most suspicious words: “has”, “left”")
    assert g005_message(0.71, words, None) == "Reads as garbled machine translation (score 0.71); most suspicious words: “has”, “left”"
    assert g005_message(0.71, "", None) == "Reads as garbled machine translation (score 0.71)"


def test_first_slip_names_the_words_exactly():
    assert first_slip("Officials said they has no plans, and a honest review is due.") == "agreement: “they has”"
    assert first_slip("The ministry will reached a decision.") == "tense: “will reached”"
    assert first_slip("The ministry will reach a decision next week.") == ""
