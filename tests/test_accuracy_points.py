"""A003 for a plain percentage of the original given as percentage points (checks/accuracy/points.py,
``percent_as_points``): a share of a whole made into a change of a rate. Silent where the draft speaks of a
rate (the original's "%" for a change in points is sloppy usage a translator corrects) or where the original
has a point word of its own."""

import pytest

from accuracy_pairs import accuracy
from checks import CheckOptions, check_text

FIRES = [
    ("Les syndicats réclament une hausse de 6 % des salaires, la direction ne propose que 2,5 %.",
     "The unions are demanding a 6% rise in salaries; management offers only 2.5 percentage points."),
    ("Zbiory wyniosą 31,2 mln ton, czyli o 7 proc. mniej niż przed rokiem.",
     "The harvest will reach 31.2 million tonnes, 7 percentage points less than a year ago."),
    ("Заболеваемость гриппом в Москве выросла за неделю на 23,4%.",
     "Influenza cases in Moscow rose by 23.4 percentage points in a week."),
    ("猪肉价格为每斤12.25元，同比下降约3%。",
     "Pork cost 12.25 yuan per jin, down about 3 percentage points year on year."),
    ("Geçen yıl trafik kazalarında ölenlerin sayısı yüzde 3,2 arttı.",
     "Last year the number of road deaths rose by 3.2 percentage points."),
]


@pytest.mark.parametrize("original,draft", FIRES)
def test_a_plain_percentage_given_as_points_is_flagged(original, draft):
    assert [rule for rule, _ in accuracy(draft, original)] == ["A003"]


def test_the_fix_says_percent_and_touches_only_the_points_words():
    original, draft = FIRES[1]
    report = check_text(draft, CheckOptions(original=original))
    (f,) = [f for f in report.findings if f.rule == "A003"]
    assert draft[f.start : f.end] == "7 percentage points"
    (s,) = f.suggestions[:1]
    assert draft[: s.start] + s.replacement + draft[s.end :] == draft.replace("7 percentage points", "7 percent")


@pytest.mark.parametrize("original,draft", [
    # a rate named in the draft: the original's "%" for a change in points, corrected by the translator
    ("La participación cayó un 3,2 %.", "Turnout fell 3.2 percentage points."),
    ("Stopa bezrobocia spadła o 0,4 proc.", "The unemployment rate fell by 0.4 percentage points."),
    # the original says points itself
    ("Die Quote sank um 2,1 Prozentpunkte.", "The figure fell by 2.1 percentage points."),
    ("价格同比下降3个百分点。", "Prices fell 3 percentage points year on year."),
    # the plain percentage kept
    ("Zbiory są o 7 proc. mniejsze niż przed rokiem.", "The harvest is 7 percent smaller than a year ago."),
])
def test_points_that_match_or_a_rate_raise_nothing(original, draft):
    assert accuracy(draft, original) == []
