"""Originals in Arabic: the riyal (ريال, Saudi, Qatari, Omani) is money in both texts, so a decimal ١٫٢ misread
as 12 billion riyals is a figure mismatch, while the faithful 1.2 billion riyals raises nothing."""

import pytest

from accuracy_pairs import accuracy, whole_figure


@pytest.mark.parametrize("text,lang,value", [
    ("١٫٢ مليار ريال", "ar", 1.2e9), ("1.2 billion riyals", "en", 1.2e9), ("500 riyal", "en", 500),
])
def test_riyals_are_money(text, lang, value):
    v, kind, unit = whole_figure(text, lang)
    assert (v, kind) == (value, "money") and unit == whole_figure("١٫٢ مليار ريال", "ar")[2]


def test_riyal_figures_against_the_original():
    original = "وتبلغ قيمة عقد بث الدوري ١٫٢ مليار ريال سنوياً."
    assert accuracy("The league's broadcasting deal is worth 1.2 billion riyals a year.", original) == []
    assert accuracy("The value of the league's broadcasting contract is 12 billion riyals annually.", original) == [
        ("A003", "12 billion riyals")]
