"""Italian accuracy readers on an earnings report: percentage points (punti percentuali) as "%", a weekday
in the English possessive ("Wednesday's session"), fractions (metà) and doubled letters in names."""

import pytest

from accuracy_pairs import accuracy

IT = ("La marginalità è salita al 23,2%, 2,5 punti percentuali in più rispetto al 2023. "
      "Il titolo ha chiuso la seduta di mercoledì in rialzo del 3,4%.\n\n"
      "L'amministratrice delegata Francesca Guidotti prevede 2.000 assunzioni, metà delle quali nel Mezzogiorno.")
IT_EN = ("The margin rose to 23.2%, up 2.5 percentage points on 2023. "
         "The shares closed Wednesday's session up 3.4%.\n\n"
         "Chief executive Francesca Guidotti expects 2,000 new hires, half of them in southern Italy.")


def test_an_italian_earnings_report():
    assert accuracy(IT_EN, IT) == []
    broken = (IT_EN.replace("2.5 percentage points", "2.5%").replace("Wednesday's", "Thursday's")
              .replace("Guidotti", "Giudotti").replace("half of them", "a third of them"))
    assert sorted(r for r, _ in accuracy(broken, IT)) == ["A003", "A003", "A004", "A005"]


def test_a_name_copied_letter_for_letter_raises_nothing():
    assert accuracy("Minister Mohammed Ali spoke on Monday.", "Il ministro Mohammed Ali ha parlato lunedì.") == []



# blind round 3 (it_mostra): 50% said as "half", a year said relative to the article's ("next year's")
def test_fifty_percent_as_half_price():
    original = "Per gli studenti sotto i 26 anni era previsto uno sconto del 50%."
    assert accuracy("Students under 26 paid half price.", original) == []
    assert [r for r, _ in accuracy("Students under 26 got a discount of 5%.", original)] == ["A003"]
    assert [r for r, _ in accuracy("Students under 26 got a discount.", original)] == ["A001"]


def test_year_said_as_next_year():
    original = "La prossima edizione si terrà dal 27 agosto al 6 settembre 2025."
    assert accuracy("Next year's festival will run from August 27 to September 6.", original) == []
    assert [r for r, _ in accuracy("The next edition will run from August 27 to September 6, 2026.", original)] == [
        "A004"]


def test_headline_ordinal_given_in_the_lead():
    original = ("Venezia, chiusa l'81ª Mostra del Cinema: biglietti venduti in crescita dell'8%\n\n"
                "VENEZIA — Si è chiusa sabato 7 settembre l'81ª Mostra internazionale d'arte cinematografica.")
    clean = ("Venice Film Festival closes with ticket sales up 8%\n\n"
             "VENICE — The 81st Venice International Film Festival closed last Saturday, September 7.")
    assert accuracy(clean, original) == []
    # dropped from the lead as well, the edition is lost
    assert "A001" in [r for r, _ in accuracy(clean.replace("The 81st", "The"), original)]
    # a headline's amount stays an omission even when the lead gives it, as its original does
    original = ("Venezia, chiusa l'81ª Mostra del Cinema: biglietti venduti in crescita dell'8%\n\n"
                "VENEZIA — Si è chiusa sabato l'81ª Mostra del Cinema, con biglietti venduti in crescita dell'8%.")
    draft = ("Venice Film Festival closes\n\n"
             "VENICE — The 81st Venice Film Festival closed last Saturday, with ticket sales up 8%.")
    assert [r for r, _ in accuracy(draft, original)] == ["A001"]


# blind round 4 (it_elezioni): a level "not reached" (non ha raggiunto il 40%) that the English says "below 40%"
def test_level_not_reached_said_as_below():
    for original, english in (
            ("In alcuni comuni la partecipazione non ha raggiunto il 40 per cento.",
             "In some towns turnout was below 40%."),
            ("In alcuni comuni l'affluenza non è arrivata al 40 per cento.",
             "In some towns turnout was under 40%."),
            ("In alcuni comuni la partecipazione non raggiunge il 40 per cento.",
             "In some towns less than 40% of voters cast a ballot.")):
        assert accuracy(english, original) == [], original
    # the negation is still read when the draft says the level was reached
    assert [r for r, _ in accuracy("In some towns turnout reached 40%.",
                                   "In alcuni comuni la partecipazione non ha raggiunto il 40 per cento.")] == ["A006"]
    # and a plain negation beside it still counts
    assert [r for r, _ in accuracy("The mayor will leave office.", "Il sindaco non lascerà la guida del comune.")] == [
        "A006"]


def test_a_negation_in_the_clause_dropped_with_its_figure_is_the_omission_only():
    original = ("A Torino ha votato il 61 per cento degli elettori, mentre nelle valli la partecipazione non ha "
                "superato il 35 per cento.")
    assert [r for r, _ in accuracy("In Turin 61 percent of voters cast a ballot.", original)] == ["A001"]


def test_a_negation_outside_the_dropped_clause_is_still_lost():
    original = "Il sindaco uscente non si è ricandidato, e in città l'affluenza ha superato il 35 per cento."
    found = sorted(r for r, _ in accuracy("The outgoing mayor stood for re-election.", original))
    assert found == ["A001", "A006"]


# blind round 6 (it_maturita): "non sarà promosso" said as "will fail"; a share said as a count (uno su quattro)
@pytest.mark.parametrize("original,english", [
    ("Dal prossimo anno chi farà scena muta all'orale non sarà promosso.",
     "From next year anyone who stays silent in the oral will fail."),
    ("Il 3 per cento dei candidati non ha superato l'esame.", "3% of candidates failed the exam."),
    ("Dodici studenti non sono stati ammessi all'esame.", "Twelve students were held back from the exam."),
])
def test_not_passed_said_as_failed(original, english):
    assert accuracy(english, original) == []


def test_not_passed_still_read_when_the_draft_says_passed():
    assert [r for r, _ in accuracy("From next year anyone who stays silent will be promoted.",
                                   "Dal prossimo anno chi farà scena muta non sarà promosso.")] == ["A006"]


@pytest.mark.parametrize("original,english", [
    ("Quasi un diplomato su quattro ha ottenuto un voto tra 81 e 90.", "Nearly one in four scored between 81 and 90."),
    ("Quasi un diplomato su quattro ha ottenuto un voto tra 81 e 90.",
     "Almost one graduate in four obtained a grade between 81 and 90."),
    ("Uno studente su tre ha scelto la traccia su Pasolini.", "One student in three chose the Pasolini essay."),
])
def test_a_share_said_as_one_in_n(original, english):
    assert accuracy(english, original) == []
    wrong = english.replace(" four", " three") if "four" in english else english.replace(" three", " five")
    assert [r for r, _ in accuracy(wrong, original)] == ["A003"]


def test_one_goal_in_three_games_is_no_share():
    assert accuracy("He scored one goal in three games, a third of his tally.",
                    "Ha segnato un gol in tre partite, un terzo del suo bottino.") == []


# blind round 9 (it_turismo): a level "mai raggiunto prima" is "a record" in English; the dropped negation still counts
@pytest.mark.parametrize("english, expected", [
    ("Hotel room occupancy reached a record 82% over the Ferragosto holiday.", []),
    ("Hotel room occupancy hit an all-time high of 82% at Ferragosto.", []),
    ("Hotel room occupancy touched 82% at Ferragosto, a value never reached before.", []),
    ("Hotel room occupancy touched 82% at Ferragosto, a value reached before.", ["A006"]),
])
def test_never_reached_before_as_a_record(english, expected):
    original = "Il tasso di occupazione delle camere ha toccato l'82 per cento a Ferragosto, un valore mai raggiunto prima."
    assert [r for r, _ in accuracy(english, original)] == expected


def test_non_era_mai_stato_raggiunto_as_a_record():
    original = "Un livello simile di presenze non era mai stato raggiunto."
    assert accuracy("Such a level of overnight stays was a record.", original) == []
    assert [r for r, _ in accuracy("Such a level of overnight stays had been reached.", original)] == ["A006"]


# blind round 13 (it_necrologio): a decade in words ("anni Ottanta": "the eighties")
@pytest.mark.parametrize("english", [
    "The bridge over the Strait of Messina, on which he had worked in the eighties, remained on paper.",
    "The bridge over the Strait of Messina, on which he had worked in the late eighties, remained on paper.",
    "The bridge over the Strait of Messina, on which he had worked in the 1980s, remained on paper.",
])
def test_a_decade_in_words(english):
    original = "Il ponte sullo Stretto di Messina, a cui aveva lavorato negli anni Ottanta, è rimasto sulla carta."
    assert accuracy(english, original) == []


def test_a_wrong_decade_still_fires():
    original = "Il ponte sullo Stretto di Messina, a cui aveva lavorato negli anni Ottanta, è rimasto sulla carta."
    assert accuracy("The bridge over the Strait of Messina, on which he had worked in the seventies, remained on "
                    "paper.", original) != []


# blind round 13 (it_necrologio): one sentence split at its colon into two English sentences
IT_SPLIT = ("Nel 2004 il Politecnico gli aveva conferito la laurea honoris causa. Non aveva mai voluto insegnare "
            "stabilmente: «Un ponte si impara sul cantiere, non in aula», ripeteva agli studenti. "
            "Lo studio conta oggi circa 120 dipendenti.")


def test_a_sentence_split_at_its_colon_is_no_addition():
    clean = ("In 2004 the Polytechnic awarded him an honorary degree. He never wanted a permanent teaching post. "
             "\"You learn a bridge on the building site, not in a lecture hall,\" he used to tell students. "
             "The studio now employs about 120 people.")
    assert accuracy(clean, IT_SPLIT) == []


def test_an_added_sentence_beside_a_split_still_fires():
    draft = ("In 2004 the Polytechnic awarded him an honorary degree. The ceremony was broadcast live on television. "
             "He never wanted a permanent teaching post: \"You learn a bridge on the building site, not in a lecture "
             "hall,\" he used to tell students. The studio now employs about 120 people.")
    assert "A002" in [r for r, _ in accuracy(draft, IT_SPLIT)]


# Clock times after alle/dalle/delle/le: the hour alone is a time ("fino alle 15." at a sentence's end too),
# and an English range closed by a.m./p.m. gives its opening hour the same half of the day.
IT_HOURS = "Gli uffici comunali resteranno aperti dalle 9 alle 13 e, il giovedì, fino alle 17."


@pytest.mark.parametrize("english,expected", [
    ("Council offices will be open from 9 a.m. to 1 p.m. and, on Thursdays, until 5 p.m.", []),
    ("Council offices will be open from 9 to 1 p.m. and, on Thursdays, until 5 p.m.", []),
    ("Council offices will be open from 9 a.m. to 1 p.m. and, on Thursdays, until 7 p.m.", [("A004", "7 p.m.")]),
])
def test_bare_hours_after_dalle_and_fino_alle(english, expected):
    assert accuracy(english, IT_HOURS) == expected


IT_EVENING = "La biblioteca di quartiere sarà aperta tra le 18 e le 21 per la presentazione del libro."


@pytest.mark.parametrize("english,expected", [
    ("The neighbourhood library will be open between 6 and 9 p.m. for the book launch.", []),
    ("The neighbourhood library will be open between 6 and 10 p.m. for the book launch.", [("A004", "10 p.m.")]),
])
def test_a_range_tra_le_e_le(english, expected):
    assert accuracy(english, IT_EVENING) == expected


def test_a_count_after_alle_is_no_time():
    from checks.accuracy.clocktimes import clock_times
    text = "Il fondo sarà ripartito alle 20 regioni e il bando chiude alle 12 di venerdì."
    assert [text[c.start:c.end] for c in clock_times(text, lang="it")] == ["12"]


def test_translated_italian_institution_words_stay_silent():
    original = "Il Teatro Nazionale di Genova riaprirà il 3 marzo dopo i lavori."
    draft = "The National Theatre of Genoa will reopen on March 3 after the works."
    assert accuracy(draft, original) == []
