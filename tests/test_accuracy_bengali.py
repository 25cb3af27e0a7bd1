"""Originals in Bengali: figures in Bengali digits with lakh, crore and thousand (২ কোটি ১৫ লাখ টন is 21.5 million
tonnes, ১৮ হাজার টাকা), months and weekdays (৩১ আগস্ট, বৃহস্পতিবার; মে only beside a figure), and a negation
the draft lost (না, নয়, হয়নি); each on a faithful translation that must raise nothing and a broken one that must
fire."""

import pytest

from checks.accuracy.dates import date_mentions
from checks.accuracy.polarity import cues
from accuracy_pairs import accuracy, whole_figure


@pytest.mark.parametrize("text,value,kind,unit", [
    ("২ কোটি ১৫ লাখ টন", 21.5e6, "unit", "টন"), ("১৮ হাজার টাকা", 18000, "money", "BDT"), ("৩২ টাকা", 32, "money", "BDT"),
    ("১.৮ শতাংশ", 1.8, "percent", "%"), ("৪৯ লাখ", 4.9e6, "number", ""), ("18,000 taka", 18000, "money", "BDT"),
])
def test_bengali_figures(text, value, kind, unit):
    assert whole_figure(text, "bn" if not text[0].isascii() else "en") == (value, kind, unit)


@pytest.mark.parametrize("text,found", [
    ("৩১ আগস্ট পর্যন্ত", [(8, 31, None)]), ("বৃহস্পতিবার কৃষি", [(None, None, 4)]),
    ("বৃহস্পতিবারের সম্মেলনে", [(None, None, 4)]), ("১৫ মে থেকে", [(5, 15, None)]), ("আগামী জুন মাসে", [(6, None, None)]),
    ("সে মে যাবে", []),
])
def test_bengali_dates(text, found):
    assert [(d.month, d.day, d.weekday) for d in date_mentions(text)] == found


@pytest.mark.parametrize("text,n", [("কৃষক ন্যায্য দাম পাচ্ছেন না।", 1), ("এটি সত্য নয়।", 1), ("বৃষ্টি হয়নি।", 1),
                                    ("নানা এলাকায় ধান কাটা চলছে।", 0)])
def test_bengali_negation_cues(text, n):
    assert len(cues(text, "bn")) == n


BN = "বৃহস্পতিবার মন্ত্রণালয় জানায়, অনেক এলাকায় কৃষক ধানের ন্যায্য দাম পাচ্ছেন না। এক বিঘায় খরচ হয়েছে ১৮ হাজার টাকা।"
BN_EN = ("On Thursday the ministry said that in many areas farmers are not getting a fair price for their paddy. "
         "One bigha cost 18,000 taka.")


def test_bengali_faithful_pair_is_silent():
    assert accuracy(BN_EN, BN) == []


@pytest.mark.parametrize("old,new,rule", [("18,000", "1,800", "A003"), ("Thursday", "Tuesday", "A004"),
                                          ("are not getting", "are getting", "A006")])
def test_bengali_broken_pair_fires(old, new, rule):
    assert rule in [r for r, _ in accuracy(BN_EN.replace(old, new), BN)]
