"""The cross-lingual embedder: translations land closer than unrelated sentences, and vectors are cached."""

from checks.accuracy.embed import DIM, Embedder, similarity


def test_a_translation_is_closer_than_another_sentence():
    sims = similarity(
        ["Der Bundeskanzler hat die Reise nach Peking abgesagt.", "外交部长秦刚与布林肯通电话。"],
        ["The chancellor cancelled the trip to Beijing.", "Foreign Minister Qin Gang spoke with Blinken by phone."],
    )
    assert sims.shape == (2, 2)
    assert sims[0, 0] > sims[0, 1] and sims[1, 1] > sims[1, 0]


def test_vectors_are_normalised_and_cached_per_text():
    e = Embedder()
    first = e.embed(["Le ministre a annoncé 3,2 milliards d'euros.", "Il pleut."])
    assert first.shape == (2, DIM)
    assert abs(float(first[0] @ first[0]) - 1.0) < 1e-3
    assert e.cached("Il pleut.") and not e.cached("Il neige.")
    again = e.embed(["Il pleut.", "Le ministre a annoncé 3,2 milliards d'euros."])
    assert (again[0] == first[1]).all() and (again[1] == first[0]).all()
    assert e.embed([]).shape == (0, DIM)
