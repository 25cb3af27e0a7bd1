"""Originals in Slovak: months in the genitive (14. novembra), weekdays (v stredu, vo štvrtok; not "zo stredu
mesta", the centre), scale words (525 miliónov eur, 1,1 miliardy eur) and negation, with the prefix ne- of a verb
(nezmení "will not change", nebolo); each on a faithful translation that must raise nothing and a broken one that
must fire."""

import pytest

from checks.accuracy.dates import date_mentions
from checks.accuracy.polarity import cues
from accuracy_pairs import accuracy, whole_figure


@pytest.mark.parametrize("text,value,kind,unit", [
    ("525 miliónov eur", 525e6, "money", "EUR"), ("1,1 miliardy eur", 1.1e9, "money", "EUR"),
    ("17,4 milióna eur", 17.4e6, "money", "EUR"), ("62,4 percenta", 62.4, "percent", "%"),
])
def test_slovak_figures(text, value, kind, unit):
    assert whole_figure(text, "sk") == (value, kind, unit)


@pytest.mark.parametrize("text,found", [
    ("v piatok 14. novembra", [(None, None, 5), (11, 14, None)]), ("v stredu", [(None, None, 3)]),
    ("vo štvrtok", [(None, None, 4)]), ("zo stredu mesta", []), ("v máji", [(5, None, None)]),
    ("od pondelka", [(None, None, 1)]),
])
def test_slovak_dates(text, found):
    assert [(d.month, d.day, d.weekday) for d in date_mentions(text)] == found


@pytest.mark.parametrize("text,n", [("Cena sa nezmení.", 1), ("Nie všetky práce boli dokončené.", 1),
                                    ("Nemocnica v Nitre je nezávislá.", 0), ("Nie len minister, ale aj premiér.", 0)])
def test_slovak_negation_cues(text, n):
    assert len(cues(text, "sk")) == n


SK = ("Ministerstvo v stredu oznámilo, že nemocnica v Trnave dostane 48 miliónov eur. Peniaze nepokryjú všetky "
      "náklady, povedal minister Ján Hraško.")
SK_EN = ("The ministry announced on Wednesday that the hospital in Trnava will receive 48 million euros. The money "
         "will not cover all the costs, said minister Ján Hraško.")


def test_faithful_slovak_raises_nothing():
    assert accuracy(SK_EN, SK) == []


@pytest.mark.parametrize("wrong,rule", [
    (SK_EN.replace("Wednesday", "Tuesday"), "A004"), (SK_EN.replace("48 million", "48 billion"), "A003"),
    (SK_EN.replace("will not cover", "will cover"), "A006"), (SK_EN.replace("Hraško", "Hrašek"), "A005"),
])
def test_broken_slovak_fires(wrong, rule):
    assert rule in {r for r, _ in accuracy(wrong, SK)}
