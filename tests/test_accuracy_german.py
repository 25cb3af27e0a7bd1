"""Originals in German: ordinals that do not end a sentence ("ab der 70. Minute"), weekdays glued to the part
of the day (Samstagabend) and Sonnabend, hour ranges closed by "Uhr" (von 10 bis 22 Uhr), percentage points
(Prozentpunkte) against percent; each on a faithful translation that must raise nothing and on a broken one
that must raise the right finding."""

import pytest

from checks.accuracy.clocktimes import clock_times
from checks.accuracy.dates import date_mentions
from checks.accuracy.numbers import quantities
from checks.accuracy.split import split_original
from checks import CheckOptions, check_text
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


SCORE = "Bayern gewann am Samstag mit 3:1 gegen Dortmund."


def test_a_wrong_score_is_quoted_whole_with_its_fix():
    assert accuracy("Bayern won 3-1 against Dortmund on Saturday.", SCORE) == []
    report = check_text("Bayern won 2-1 against Dortmund on Saturday.", CheckOptions(original=SCORE))
    (f,) = [f for f in report.findings if f.category == "accuracy"]
    assert (f.rule, f.excerpt, f.original_excerpt) == ("A003", "2-1", "3:1")
    assert [s.replacement for s in f.suggestions] == ["3-1"]


# blind round 4: a level "not reached" (nicht erreicht, erreichte nicht) that the English says "below"
def test_level_not_reached_said_as_below_in_german():
    for original in ("In vielen Gemeinden wurde die Marke von 40 Prozent nicht erreicht.",
                     "Die Wahlbeteiligung erreichte in vielen Gemeinden die 40 Prozent nicht."):
        assert accuracy("In many towns turnout was below 40%.", original) == [], original
        assert [r for r, _ in accuracy("In many towns turnout reached 40%.", original)] == ["A006"], original


@pytest.mark.parametrize("text,value", [
    ("siebeneinhalb", 7.5), ("anderthalb", 1.5), ("eineinhalb", 1.5), ("zweieinhalb", 2.5), ("zwölfeinhalb", 12.5),
])
def test_german_halves_in_one_word(text, value):
    assert whole_figure(text, "de")[0] == value


def test_german_halves_on_a_pair():
    original = "Die Staatsanwaltschaft hatte siebeneinhalb Jahre Haft gefordert, die Verteidigung einen Freispruch."
    assert accuracy("Prosecutors had asked for seven and a half years; the defence had sought an acquittal.",
                    original) == []
    found = accuracy("The prosecution had demanded six and a half years in prison, the defence an acquittal.", original)
    assert [r for r, _ in found] == ["A003"]
    assert quantities("Der Halbleiter und die Einhaltung der Regeln", lang="de") == []  # no half in these


def test_nicht_mehr_said_as_stopped():
    original = "Seit 2020 arbeitet der Bäcker nicht mehr in der Filiale am Markt."
    assert accuracy("The baker stopped working at the branch on the market square in 2020.", original) == []
    assert [r for r, _ in accuracy("Since 2020 the baker has been working at the branch on the market square.",
                                   original)] == ["A006"]


@pytest.mark.parametrize("text,negates", [
    ("Die Mieten steigen so stark wie seit Jahren nicht.", False),
    ("Die Mieten steigen so stark wie seit Langem nicht mehr.", False),
    ("Die Exporte stiegen so stark wie seit dem Ende der Pandemie nicht mehr.", False),  # blind round 17
    ("Es regnete so viel wie seit dem Sommer 2002 nicht.", False),
    ("Die Lage ist, wie seit Montag bekannt ist, nicht stabil.", True),
    ("Etwa 53 Prozent leben zur Miete, so viele wie in keinem anderen Land der EU.", False),
    ("Er spielt wie kein anderer in der Liga.", False),
    ("Die Preise stiegen wie nie zuvor.", False),
    ("So viele Besucher wie noch nie kamen zur Messe.", False),
    ("Eine Verschärfung der Regeln sei nicht geplant.", True),
    ("Er kam nicht, wie erwartet, am Montag.", True),
])
def test_german_negator_after_wie_makes_a_superlative(text, negates):
    from checks.accuracy.polarity import negated
    assert negated(text, "de") is negates


def test_german_superlative_by_negation_on_a_pair():
    original = "Etwa 53 Prozent der Haushalte leben zur Miete, so viele wie in keinem anderen Land der EU."
    assert accuracy("Some 53% of households rent, more than in any other country in the EU.", original) == []
    original = "Eine Verschärfung der Regeln sei jedoch nicht geplant, sagte die Ministerin am Freitag."
    assert [r for r, _ in accuracy("A tightening of the rules is however planned, the minister said on Friday.",
                                   original)] == ["A006"]


@pytest.mark.parametrize("text,soft", [
    ("Der Mieterbund kritisierte das als unzureichend.", True), ("Das sei ungenügend.", True),
    ("Ein Kompromiss sei unmöglich.", True), ("Der Antrag wurde abgelehnt.", True),
    ("Die Gespräche sind gescheitert.", True), ("Er verweigerte die Aussage.", True),
    ("Die Union und das Unternehmen unterstützen den Plan.", False), ("Der Unfall geschah am Morgen.", False),
])
def test_german_words_that_say_no(text, soft):
    from checks.accuracy.polarity import softened
    assert softened(text) is soft


def test_unzureichend_said_as_not_enough():
    original = "Der Mieterbund kritisierte das als unzureichend und forderte einen bundesweiten Mietendeckel."
    assert accuracy("The tenants' association said that did not go far enough and called for a rent cap.",
                    original) == []


def test_a_literal_draft_may_keep_the_negator_of_the_superlative():
    original = "Mieten in Großstädten steigen so stark wie seit Jahren nicht"
    assert accuracy("Rents in big cities are rising as strongly as they have not for years", original) == []
    assert accuracy("Big-city rents rise at fastest pace in years", original) == []


# blind round 10: the part of the day after the hour says a.m. or p.m. (3 Uhr morgens is not 3 p.m.)
@pytest.mark.parametrize("text,minutes", [
    ("Der Streik begann um 3 Uhr morgens.", [180]), ("Er endete um 8 Uhr abends.", [1200]),
    ("Sie kam um 11 Uhr nachts an.", [1380]), ("Der Zug fuhr um 2 Uhr nachts.", [120]),
    ("Treffen um 10 Uhr vormittags.", [600]), ("Um 4 Uhr nachmittags war Schluss.", [960]),
    ("Um 6 Uhr früh ging es los.", [360]), ("Der Streik begann um 3 Uhr.", [180, 900]),  # no part of the day
    ("Anpfiff um 14 Uhr.", [840]),
])
def test_german_hour_with_the_part_of_the_day(text, minutes):
    (c,) = clock_times(text, lang="de")
    assert sorted(c.minutes) == minutes


def test_french_hour_with_the_part_of_the_day():
    assert [sorted(c.minutes) for c in clock_times("Le train part à 9 heures du soir.", lang="fr")] == [[1260]]


STRIKE = ("Rund 9.500 Beschäftigte beteiligten sich an dem Ausstand, der am Freitag um 3 Uhr morgens begann.")


def test_an_hour_of_the_morning_said_as_afternoon():
    assert accuracy("Some 9,500 workers joined the walkout, which began at 3 a.m. on Friday.", STRIKE) == []
    assert accuracy("Around 9,500 employees took part in the strike, which began at 3 p.m. on Friday.",
                    STRIKE) == [("A004", "3 p.m.")]


# blind round 10: German fractions (drei Viertel, ein Drittel, die Hälfte) against the English share
MVG = "In München fielen etwa drei Viertel aller U-Bahn-Fahrten aus, in Augsburg die Hälfte der Busse."


def test_german_fractions_on_a_pair():
    assert accuracy("In Munich around three-quarters of all underground services were cancelled, and half of "
                    "buses in Augsburg.", MVG) == []
    found = accuracy("In Munich, about a third of all subway trips were cancelled, in Augsburg half of the buses.",
                     MVG)
    assert [r for r, _ in found] == ["A003"]


@pytest.mark.parametrize("original,share,silent", [
    ("Knapp die Hälfte der Befragten stimmte zu.", "Nearly half of those asked agreed.", True),
    ("Knapp die Hälfte der Befragten stimmte zu.", "Nearly a third of those asked agreed.", False),
    ("Zwei Drittel der Mitglieder stimmten zu.", "Two-thirds of the members agreed.", True),
    ("Ein Viertel der Mitglieder stimmte zu.", "A quarter of the members agreed.", True),
    ("Ein Viertel der Mitglieder stimmte zu.", "A third of the members agreed.", False),
    # Viertel as a district, or a quarter of an hour, is no share
    ("Im Viertel um den Bahnhof und in der Hälfte der Zeit.", "Half the staff in the district agreed.", True),
])
def test_german_fraction_table(original, share, silent):
    assert (accuracy(share, original) == []) == silent


@pytest.mark.parametrize("text,lang", [("50.000 Mark", "de"), ("50.000 D-Mark", "de"), ("50.000 DM", "de"),
                                       ("50,000 Deutschmarks", "en"), ("50,000 marks", "en")])
def test_the_deutschmark_is_a_currency(text, lang):
    assert whole_figure(text, lang) == (50000, "money", "DEM")


DE_PRIZE = "Für die Bibliothek erhielt er 1998 den Architekturpreis, der damals mit 50.000 Mark dotiert war."


@pytest.mark.parametrize("draft,fires", [
    ("The library won him the architecture prize in 1998, then worth 50,000 marks.", False),
    ("The library won him the architecture prize in 1998, then worth 50,000.", False),
    ("For the library he received the architecture prize in 1998, endowed with 50,000 euros at the time.", True),
])
def test_marks_given_as_euros_fire(draft, fires):
    assert (("A003", "50,000 euros") in accuracy(draft, DE_PRIZE)) is fires


def test_an_english_verb_marks_after_a_year_is_no_currency_finding():
    assert accuracy("The year 1865 marks an important event in world history.",
                    "Das Jahr 1865 ist ein wichtiges Ereignis der Weltgeschichte.") == []


@pytest.mark.parametrize("draft,flagged", [
    ("He died in Berlin at the age of 86.", False), ("He died in Berlin in his 87th year.", False),
    ("He died in Berlin at the age of 68.", True),
])
def test_an_age_counted_as_the_year_of_life(draft, flagged):
    """"im 87. Lebensjahr" is "at 86"; another age is still a wrong figure."""
    assert ("A003" in [r for r, _ in accuracy(draft, "Er starb im 87. Lebensjahr in Berlin.")]) is flagged


# blind round 17: hours and minutes before Uhr are of the 24-hour clock (3.40 Uhr is not 3.40 p.m.)
@pytest.mark.parametrize("text,minutes", [
    ("Das Ergebnis kam um 3.40 Uhr.", [220]), ("Der Zug hielt um 2:15 Uhr an.", [135]),
    ("Ab 9.30 Uhr ist geöffnet.", [570]), ("Der Anpfiff war um 15.30 Uhr.", [930]),
    ("Mittagspause ab 12.30 Uhr.", [750]), ("Er kam um 4.30 Uhr nachmittags.", [990]),
    ("Er kam um 4.30 Uhr.", [270]), ("Die Sitzung begann um 9.30.", [570, 1290]),  # no Uhr: still open
])
def test_german_hours_and_minutes_before_uhr_are_24_hour(text, minutes):
    (c,) = clock_times(text, lang="de")
    assert sorted(c.minutes) == minutes


DE_QUAKE = "Das Beben ereignete sich am Dienstag um 4.15 Uhr Ortszeit."


@pytest.mark.parametrize("draft,fires", [
    ("The quake struck at 4.15 a.m. local time on Tuesday.", False),
    ("The quake struck on Tuesday at 4:15 local time.", False),
    ("The quake struck at 4.15 p.m. local time on Tuesday.", True),
])
def test_a_morning_time_before_uhr_given_as_the_afternoon_fires(draft, fires):
    assert ("A004" in [r for r, _ in accuracy(draft, DE_QUAKE)]) is fires


# blind round 17: a record claim the draft joins with "and" instead of a comma is an added clause too
DE_EXPORTS = ("Die deutschen Exporte sind im März gestiegen. Die Ausfuhren legten um 2,1 Prozent auf 138 Milliarden "
              "Euro zu{record}. Das teilte das Statistische Bundesamt am Dienstag mit. Besonders gefragt waren "
              "Maschinen und Autos. Die Importe gingen dagegen leicht zurück. Ökonomen rechnen mit einer "
              "Erholung im Sommer.")
EN_EXPORTS = ("German exports rose in March. Exports grew by 2.1 percent to 138 billion euros{record}. The Federal "
              "Statistical Office announced this on Tuesday. Machinery and cars were in particular demand. Imports, "
              "by contrast, fell slightly. Economists expect a recovery in the summer.")


@pytest.mark.parametrize("record_de,record_en,fires", [
    ("", "", False),
    ("", " and the strongest monthly rise since the end of the pandemic", True),
    (" und damit so stark wie seit dem Ende der Pandemie nicht mehr",
     " and the strongest monthly rise since the end of the pandemic", False),
])
def test_a_record_claim_joined_by_and(record_de, record_en, fires):
    found = accuracy(EN_EXPORTS.format(record=record_en), DE_EXPORTS.format(record=record_de))
    assert (("A002", " and the strongest monthly rise since the end of the pandemic") in found) is fires
    assert [r for r, _ in found if r != "A002"] == []


@pytest.mark.parametrize("draft,original,expected", [
    # a title before the name is translated by rights (German capitalises it as a noun): no surname slip
    ("Kiel Mayor Ulf Kämpfer put the cost of the new bridge at around 40 million euros.",
     "Der Kieler Oberbürgermeister Ulf Kämpfer bezifferte die Kosten der neuen Brücke auf rund 40 Millionen Euro.",
     []),
    # a surname rendered by an English word is still one, even when that word can be a title
    ("Coach Thomas King put the club's debt at 3 million euros.",
     "Trainer Thomas König bezifferte die Schulden des Vereins auf 3 Millionen Euro.",
     [("A005", "King")]),
    ("Coach Thomas King Jr put the club's debt at 3 million euros.",
     "Trainer Thomas König bezifferte die Schulden des Vereins auf 3 Millionen Euro.",
     [("A005", "King")]),
])
def test_german_title_before_a_name_is_no_translated_surname(draft, original, expected):
    assert accuracy(draft, original) == expected
