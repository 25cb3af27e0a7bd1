"""Originals in Ukrainian: a share said as a fraction (третину, чверть) against an English share by comparison
("a third less", "a quarter lower"), which counts like "a third of"; ordinals ("a third term") stay no share."""

import pytest

from accuracy_pairs import accuracy, whole_figure
from checks.accuracy.fractions import compare_fractions

UK = "Експорт зерна сягнув 11,8 млн тонн, що на третину менше, ніж торік."


@pytest.mark.parametrize("draft,fires", [
    ("Grain exports reached 11.8 million tonnes, a third less than last year.", False),
    ("Grain exports reached 11.8 million tonnes, which is one-third lower than a year earlier.", False),
    ("Grain exports reached 11.8 million tonnes, a quarter less than last year.", True),
    ("Grain exports reached 11.8 million tonnes, which is a quarter lower than last year.", True),
    ("Grain exports reached 11.8 million tonnes, a fifth fewer than last year.", True),
    ("Grain exports reached 11.8 million tonnes in a third consecutive season of decline.", False),
])
def test_ukrainian_share_against_an_english_comparison(draft, fires):
    found = compare_fractions(UK, [(0, len(UK))], draft, [(0, len(draft))], "uk")
    assert bool(found) == fires


UK_PRICE = "Середня ціна пшениці у жовтні впала до 185 доларів за тонну, тоді як рік тому вона становила 260 доларів."


@pytest.mark.parametrize("draft,rule", [
    ("The average price of wheat fell to $185 a tonne in October, down from $260 a year ago.", None),
    ("The average wheat price fell to 185 dollars per ton in October, from 260 dollars a year earlier.", None),
    ("The average price of wheat fell to 185 euros per ton in October, while a year ago it was 260 dollars.", "A003"),
])
def test_ukrainian_dollars_in_their_cases(draft, rule):
    assert [r for r, _ in accuracy(draft, UK_PRICE)] == ([rule] if rule else [])


@pytest.mark.parametrize("text,value,unit", [
    ("185 доларів", 185, "USD"), ("2 долари", 2, "USD"), ("3,5 гривні", 3.5, "UAH"), ("2,3 млрд гривень", 2.3e9, "UAH"),
])
def test_ukrainian_money_figures(text, value, unit):
    assert whole_figure(text, "uk") == (value, "money", unit)
