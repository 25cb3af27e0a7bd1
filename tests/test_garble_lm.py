"""The trigram plausibility features (checks/garble/lm.py) on realistic sentences."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from checks.garble import features as gf
from checks.garble import tokens as gt
from checks.garble.lm import LM_NAMES, trigram_model

COL = {name: i for i, name in enumerate(LM_NAMES)}


def lm_row(sentence: str) -> dict[str, float]:
    row = trigram_model().sentence_features(gt.tokenize(sentence))
    return dict(zip(LM_NAMES, row))


FLUENT = [
    "The foreign minister said the talks would resume next week in Geneva.",
    "Prices rose sharply after the central bank raised interest rates for the third time this year.",
    "Both countries have agreed to keep the border open during the holiday season.",
]
# The same words in an order no editor would accept (MT that lost its syntax).
SCRAMBLED = [
    "The minister foreign said would the talks resume week next Geneva in.",
    "Prices sharply rose bank after the central raised rates interest the for third year this time.",
    "Countries both agreed have keep to the open border season holiday the during.",
]


def test_fluent_word_order_is_more_probable_than_the_same_words_scrambled():
    for good, bad in zip(FLUENT, SCRAMBLED):
        g, b = lm_row(good), lm_row(bad)
        assert g["lm_mean"] > b["lm_mean"]
        assert g["lm_pmi_mean"] > b["lm_pmi_mean"]
        assert g["lm_pmi_bad_share"] < b["lm_pmi_bad_share"]


def test_fluent_nonsense_is_less_plausible_than_fluent_news():
    # Taken from the failure modes of MT: each word is common, the sequence is not.
    odd = lm_row("For the effect of the retribution of the party, it is an attempt to unite the parties.")
    news = lm_row("The party said the vote was an attempt to unite its members before the election.")
    assert news["lm_pmi_mean"] > odd["lm_pmi_mean"]


def test_unknown_words_are_counted_by_case():
    row = lm_row("Immani Chitrindriyani Pathuvathi in the room of the kalsharp.")
    assert row["lm_oov_capital"] > 0  # Chitrindriyani, Pathuvathi (mid-sentence capitals)
    assert row["lm_oov_lower"] > 0  # Immani opens the sentence; kalsharp is lower-case
    assert lm_row(FLUENT[0])["lm_oov_lower"] == 0


def test_punctuation_and_digits_do_not_count_as_words():
    plain = lm_row("The talks will resume next week")
    punctuated = lm_row("The talks, 2 of them, will resume next week!")
    assert punctuated["lm_oov_lower"] == plain["lm_oov_lower"] == 0


def test_sentences_without_words_get_neutral_values():
    assert trigram_model().sentence_features([]) == [0.0] * len(LM_NAMES)
    assert trigram_model().sentence_features(["2024", ",", "."]) == [0.0] * len(LM_NAMES)


def test_batch_features_match_one_sentence_at_a_time():
    sentences = FLUENT + SCRAMBLED + ["", "—"]
    together = gf.trigram_features(gt.batch(sentences))
    assert together.shape == (len(sentences), len(LM_NAMES))
    for k, s in enumerate(sentences):
        alone = gf.trigram_features(gt.batch([s]))[0]
        assert list(together[k]) == list(alone)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=40), max_size=6))
def test_any_text_gets_finite_features(texts):
    X = gf.trigram_features(gt.batch(texts))
    assert X.shape == (len(texts), len(LM_NAMES))
    assert (X == X).all() and (abs(X) < 1e6).all()
