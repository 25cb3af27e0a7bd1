"""Originals in German: ordinals that do not end a sentence ("ab der 70. Minute"), weekdays glued to the part
of the day (Samstagabend) and Sonnabend, hour ranges closed by "Uhr" (von 10 bis 22 Uhr), percentage points
(Prozentpunkte) against percent; each on a faithful translation that must raise nothing and on a broken one
that must raise the right finding."""

import pytest

from checks.accuracy.bareyears import year_for_year
from checks.accuracy.clocktimes import clock_times
from checks.accuracy.dates import date_mentions
from checks.accuracy.numbers import quantities
from checks.accuracy.split import split_original
from accuracy_pairs import accuracy, whole_figure


@pytest.mark.parametrize("text,n", [
    ("Der BVB musste ab der 70. Minute auf Hummels verzichten. Er fehlt zwei Wochen.", 2),
    ("Er traf beim 5. Versuch. Dann war Schluss.", 2),
    ("Zum 3. Mal in Folge gewann Leverkusen. Bayern verlor.", 2),
    ("Am 3. Spieltag verlor Dortmund. Bayern gewann.", 2),
    ("Die Zahl der Toten stieg auf 70. Die Polizei ermittelt.", 2),  # a cardinal ends the sentence
    ("Die Messe läuft bis zum 12. Die Veranstalter sind zufrieden.", 2),  # an article opens the next one
])
def test_german_ordinals_do_not_end_a_sentence(text, n):
    assert len(split_original(text)) == n


@pytest.mark.parametrize("word,weekday", [
    ("Samstagabend", 6), ("Montagmorgen", 1), ("Freitagnacht", 5), ("Sonntagnachmittag", 7),
    ("Dienstagvormittag", 2), ("samstags", 6), ("Sonnabend", 6), ("Mittwochmittag", 3),
])
def test_german_weekdays_glued_to_the_part_of_the_day(word, weekday):
    (d,) = date_mentions(f"Das Spiel fand am {word} statt.")
    assert d.weekday == weekday


@pytest.mark.parametrize("text,times", [
    ("Geöffnet von 10 bis 22 Uhr.", [[600, 1320], [1320]]),
    ("Zwischen 8 und 12 Uhr ist gesperrt.", [[480, 1200], [720]]),
    ("Sprechzeiten 8-16 Uhr.", [[480, 1200], [960]]),
])
def test_german_hour_ranges(text, times):
    assert [sorted(c.minutes) for c in clock_times(text, lang="de")] == times


@pytest.mark.parametrize("text,value,points", [
    ("2 Prozentpunkte", 2, True), ("2 Prozentpunkten", 2, True), ("0,5 Prozentpunkt", 0.5, True), ("2 Prozent", 2, False),
])
def test_german_points_and_percent(text, value, points):
    assert whole_figure(text, "de") == (value, "percent", "%")
    assert quantities(text, lang="de")[0].points is points


ORIGINAL = ("Der BVB musste zudem ab der 70. Minute auf Mats Hummels verzichten, der verletzt ausgewechselt wurde. "
            "Leverkusen gewann am Samstagabend in Dortmund. Die Arbeitslosenquote stieg um 0,4 Prozentpunkte.")


def test_a_faithful_translation_raises_nothing():
    clean = ("Dortmund also lost Mats Hummels from the 70th minute, when he went off injured. "
             "Leverkusen won in Dortmund on Saturday night. The unemployment rate rose by 0.4 percentage points.")
    assert accuracy(clean, ORIGINAL) == []


def test_a_wrong_weekday_and_points_as_percent_are_flagged():
    draft = ("Dortmund also lost Mats Hummels from the 70th minute, when he went off injured. "
             "Leverkusen won in Dortmund on Sunday evening. The unemployment rate rose by 0.4%.")
    found = accuracy(draft, ORIGINAL)
    assert ("A004", "Sunday") in found
    assert ("A003", "0.4%") in found


# A wrong plain year outside a full date is a date error (A004): "ab 2026" as "from 2028"
@pytest.mark.parametrize("draft,year", [
    ("Lithium is to be processed there from 2028.", True), ("The plant has run since 2019.", True),
    ("Prices fell in March 2025.", True), ("The works should end in 2031.", True),
    ("The plant employs 2028 people.", False), ("A total of 2028 votes were cast.", False),
    ("The vote counted 1,950 ballots.", False),
])
def test_a_plain_year_in_year_position(draft, year):
    (q,) = quantities("2026", lang="de")
    (d,) = [x for x in quantities(draft, lang="en") if x.value != 1]
    assert year_for_year(draft, q, d) is year


DE_YEAR = "Dort sollen ab 2026 jährlich bis zu 40.000 Tonnen Lithium verarbeitet werden."
DE_YEAR_EN = "From 2026, up to 40,000 tonnes of lithium a year are to be processed there."


def test_a_wrong_year_from_a_german_original():
    assert accuracy(DE_YEAR_EN, DE_YEAR) == []
    assert [r for r, _ in accuracy(DE_YEAR_EN.replace("2026", "2028"), DE_YEAR)] == ["A004"]
    # a count, not a year, stays a figure (A003)
    assert [r for r, _ in accuracy(DE_YEAR_EN.replace("40,000", "4,000"), DE_YEAR)] == ["A003"]
