"""Originals in Bulgarian: scale and currency words (6,6 милиона, 64 млн. лева), months and weekdays (14 ноември,
в сряда, в неделя: Sunday in Bulgarian, "week" in Russian), negation (не, няма; not "не само"), and names whose ъ
the press writes as a (Възраждане: Vazrazhdane, Кърджали: Kardzhali); each on a faithful translation that must
raise nothing and a broken one that must fire."""

import pytest

from checks.accuracy.dates import date_mentions
from checks.accuracy.numbers import quantities
from checks.accuracy.polarity import cues
from accuracy_pairs import accuracy, whole_figure


@pytest.mark.parametrize("text,value,kind,unit", [
    ("6,6 милиона", 6.6e6, "number", ""), ("64 млн. лева", 64e6, "money", "BGN"), ("1,2 милиарда", 1.2e9, "number", ""),
    ("2 270 000", 2270000, "number", ""), ("26,4 процента", 26.4, "percent", "%"), ("15 хиляди", 15000, "number", ""),
])
def test_bulgarian_figures(text, value, kind, unit):
    assert whole_figure(text, "bg") == (value, kind, unit)


@pytest.mark.parametrize("text,found", [
    ("до 14 ноември", [(11, 14, None)]), ("в сряда, 6 ноември", [(None, None, 3), (11, 6, None)]),
    ("в неделя", [(None, None, 7)]), ("изборите в неделя", [(None, None, 7)]), ("Прошла неделя", []),
    ("Эта неделя была трудной", []), ("Неделя моды в Москве", []),
])
def test_bulgarian_dates(text, found):
    assert [(d.month, d.day, d.weekday) for d in date_mentions(text)] == found


@pytest.mark.parametrize("text,n", [("Няма да управляваме на всяка цена.", 1), ("Той не изключи това.", 1),
                                    ("Не само ГЕРБ, но и БСП.", 0)])
def test_bulgarian_negation_cues(text, n):
    assert len(cues(text, "bg")) == n


BG = ("Партия „Възраждане“ получава 13,1 процента. Прокуратурата е образувала 17 досъдебни производства в Кърджали. "
      "Гласували са около 2 270 000 души от общо 6,6 милиона имащи право на глас.")
BG_EN = ("The Vazrazhdane party won 13.1 percent. Prosecutors have opened 17 pre-trial proceedings in Kardzhali. "
         "Around 2.27 million people voted out of 6.6 million eligible voters.")


def test_bulgarian_faithful_pair_is_silent():
    assert accuracy(BG_EN, BG) == []


@pytest.mark.parametrize("old,new,rule", [("6.6 million", "66 million", "A003"), ("Kardzhali", "Kardzhari", "A005")])
def test_bulgarian_broken_pair_fires(old, new, rule):
    assert rule in [r for r, _ in accuracy(BG_EN.replace(old, new), BG)]


@pytest.mark.parametrize("text,value", [
    ("девет", 9), ("петима", 5), ("шест", 6), ("двайсет", 20), ("двадесет и пет", 25), ("единайсет", 11),
    ("петнадесет", 15), ("триста", 300), ("две хиляди", 2000), ("осем", 8),
])
def test_bulgarian_number_words(text, value):
    assert whole_figure(text, "bg")[0] == value


def test_bulgarian_words_that_only_look_like_figures():
    # петък (Friday), сто of стотинки, осемте of a name: no figures; "един" (also "a") is left out
    assert quantities("В петък един човек плати в стотинки", lang="bg") == []


def test_english_leva_is_the_lev():
    assert whole_figure("19.7 billion leva", "en") == (19.7e9, "money", "BGN")


@pytest.mark.parametrize("original,draft,expected", [
    # "nine months" said in words on both sides; the permit count is the figure that may differ
    ("През първите девет месеца в София са издадени разрешения за 9412 жилища.",
     "Building permits were issued for 9,412 homes in Sofia in the first nine months.", []),
    ("През първите девет месеца в София са издадени разрешения за 9412 жилища.",
     "In the first nine months, permits for 9,142 homes were issued in Sofia.", [("A003", "9,142")]),
    ("Жилищните кредити са достигнали 19,7 млрд. лв.", "Housing loans totalled 19.7 billion leva.", []),
    ("Жилищните кредити са достигнали 19,7 млрд. лв.", "Housing loans have reached 19.7 million leva.",
     [("A003", "19.7 million leva")]),
    # a thing "not allowed" is one "banned"; "allowed" alone still flips the sense
    ("На протестиращите не се разрешава да влизат в сградата.", "Protesters are banned from entering the building.", []),
    ("На протестиращите не се разрешава да влизат в сградата.", "Protesters are allowed to enter the building.",
     [("A006", "Protesters are allowed to enter the building.")]),
])
def test_bulgarian_housing_pairs(original, draft, expected):
    assert accuracy(draft, original) == expected
