"""Originals in Indonesian (round 8, id_vonis): a share the newsroom rounds to a fraction under a hedge ("sekitar 24
persen" as "roughly a quarter") is translated, not dropped; an unhedged or far-off fraction still counts as dropped."""

import pytest

from accuracy_pairs import accuracy

_ORIGINAL = "Audit BPK mencatat kerugian negara Rp 11,7 miliar, atau sekitar {} persen dari nilai kontrak."


@pytest.mark.parametrize("pct,draft", [
    (24, "An audit put the state's losses at Rp 11.7 billion, roughly a quarter of the contract value."),
    (26, "An audit put the state's losses at Rp 11.7 billion, about a quarter of the contract value."),
    (49, "An audit put the state's losses at Rp 11.7 billion, nearly half of the contract value."),
    (25, "An audit put the state's losses at Rp 11.7 billion, a quarter of the contract value."),
])
def test_hedged_fraction_for_a_percentage(pct, draft):
    assert accuracy(draft, _ORIGINAL.format(pct)) == []


@pytest.mark.parametrize("pct,draft", [
    (22, "An audit put the state's losses at Rp 11.7 billion, roughly a quarter of the contract value."),
    (24, "An audit put the state's losses at Rp 11.7 billion, a quarter of the contract value."),
])
def test_fraction_too_far_or_unhedged_still_fires(pct, draft):
    assert [r for r, _ in accuracy(draft, _ORIGINAL.format(pct))] == ["A001"]


_NEG = "\"Perbuatan terdakwa tidak mendukung program pemerintah dalam pemberantasan korupsi,\" kata hakim."


@pytest.mark.parametrize("draft", [
    "\"The defendant's actions ran counter to the government's anti-corruption drive,\" the judge said.",
    "\"The defendant's actions undermined the government's anti-corruption programme,\" the judge said.",
    "\"The defendant's actions did not support the government's anti-corruption programme,\" the judge said.",
])
def test_not_supporting_said_as_its_opposite(draft):
    assert accuracy(draft, _NEG) == []


def test_not_supporting_given_as_supporting_still_fires():
    found = accuracy("\"The defendant's actions supported the government's anti-corruption programme,\" the judge said.", _NEG)
    assert [r for r, _ in found] == ["A006"]
