"""Originals in Croatian: scale and currency words (2,35 milijuna eura, 412.500 eura), months in the genitive
(15. ožujka), weekdays (u četvrtak, u srijedu), and negation (nije, nisu, neće, nema; not "ne samo"); each on a
faithful translation that must raise nothing and a broken one that must fire."""

import pytest

from checks.accuracy.dates import date_mentions
from checks.accuracy.polarity import cues
from accuracy_pairs import accuracy, whole_figure


@pytest.mark.parametrize("text,value,kind,unit", [
    ("2,35 milijuna eura", 2.35e6, "money", "EUR"), ("412.500 eura", 412500, "money", "EUR"),
    ("7,8 milijuna eura", 7.8e6, "money", "EUR"), ("1,2 milijarde kuna", 1.2e9, "money", "HRK"),
    ("15 posto", 15, "percent", "%"), ("3 tisuće", 3000, "number", ""), ("2,3 miliona dinara", 2.3e6, "money", "DINAR"),
])
def test_croatian_figures(text, value, kind, unit):
    assert whole_figure(text, "hr") == (value, kind, unit)


@pytest.mark.parametrize("text,found", [
    ("do 15. ožujka", [(3, 15, None)]), ("u četvrtak je", [(None, None, 4)]), ("u srijedu", [(None, None, 3)]),
    ("od 1. listopada", [(10, 1, None)]), ("u svibnju", [(5, None, None)]),
])
def test_croatian_dates(text, found):
    assert [(d.month, d.day, d.weekday) for d in date_mentions(text)] == found


@pytest.mark.parametrize("text,n", [("Presuda još nije pravomoćna.", 1), ("Optuženik nije pokazao nikakvo kajanje.", 2),
                                    ("Ne samo gradonačelnik, nego i trojica.", 0)])
def test_croatian_negation_cues(text, n):
    assert len(cues(text, "hr")) == n


HR = ("Županijski sud u četvrtak je proglasio krivim bivšeg gradonačelnika za štetu od 2,35 milijuna eura. Presuda "
      "još nije pravomoćna, a Vrhovni sud bi trebao odlučiti do 15. ožujka.")
HR_EN = ("On Thursday the county court found the former mayor guilty of causing 2.35 million euros of damage. The "
         "verdict is not yet final, and the Supreme Court is expected to rule by March 15.")


def test_croatian_faithful_pair_is_silent():
    assert accuracy(HR_EN, HR) == []


@pytest.mark.parametrize("old,new,rule", [("2.35 million", "2.35 billion", "A003"), ("Thursday", "Tuesday", "A004"),
                                          ("March 15", "April 15", "A004"), ("is not yet final", "is now final", "A006")])
def test_croatian_broken_pair_fires(old, new, rule):
    assert rule in [r for r, _ in accuracy(HR_EN.replace(old, new), HR)]


TERM = "Sud ga je osudio na četiri godine i šest mjeseci zatvora, a još trojica optuženika osuđena su uvjetno."
TERM_EN = "The court sentenced him to four and a half years in prison, and three other defendants got suspended sentences."


def test_croatian_term_of_years_and_months_is_silent():
    assert accuracy(TERM_EN, TERM) == []


@pytest.mark.parametrize("old,new", [("four and a half", "five and a half"), ("three other", "two other")])
def test_croatian_changed_term_fires(old, new):
    assert "A003" in [r for r, _ in accuracy(TERM_EN.replace(old, new), TERM)]


@pytest.mark.parametrize("text,value", [("četiri", 4), ("šest", 6), ("dvadeset", 20), ("trojica", 3), ("dvije", 2)])
def test_croatian_number_words(text, value):
    assert whole_figure(text, "hr")[0] == value
