"""Originals in Russian and Ukrainian: a date put in another year ("14 октября 2022 года" as "October 14, 2021")
is a date finding (A004), not a figure one; percentage points in their cases (п.п., процентных пункта,
відсоткових пунктів); each on a faithful translation that must raise nothing and on a broken one that must
raise the right finding."""

import pytest

from checks.accuracy.numbers import quantities
from accuracy_pairs import accuracy, whole_figure


@pytest.mark.parametrize("text,lang,value,points", [
    ("0,5 п.п.", "ru", 0.5, True), ("1,5 процентных пункта", "ru", 1.5, True), ("2 процентных пунктов", "ru", 2, True),
    ("2 відсоткових пункти", "uk", 2, True), ("0,3 в.п.", "uk", 0.3, True), ("12%", "ru", 12, False),
    ("5 процентов", "ru", 5, False), ("1,5 pkt proc.", "pl", 1.5, True), ("3 punkty procentowe", "pl", 3, True),
    ("0.9 percentage points", "en", 0.9, True), ("0.9%", "en", 0.9, False),
])
def test_points_and_percent(text, lang, value, points):
    assert whole_figure(text, lang) == (value, "percent", "%")
    assert quantities(text, lang=lang)[0].points is points


@pytest.mark.parametrize("original,clean,draft", [
    ("Кольцов находится под стражей с 14 октября 2022 года.", "Koltsov has been in custody since October 14, 2022.",
     "Koltsov has been in custody since October 14, 2021."),
    ("Закон вступил в силу 1 марта 2023 года.", "The law came into force on March 1, 2023.",
     "The law came into force on 1 March 2024."),
    ("Закон набрав чинності 1 березня 2023 року.", "The law took effect on 1 March 2023.",
     "The law took effect on March 1, 2022."),
])
def test_a_wrong_year_of_a_date_is_a_date_finding(original, clean, draft):
    assert accuracy(clean, original) == []
    found = accuracy(draft, original)
    assert [r for r, _ in found] == ["A004"]
    assert found[0][1] in ("2021", "2024", "2022")


def test_a_bare_year_still_is_a_figure():
    found = accuracy("Contracts were signed in 2021.", "Контракты подписаны в 2020 году.")
    assert found == [("A003", "2021")]
