"""French accuracy readers: spaced clock times (21 h 30), fractions in words (un quart), and a court report."""

import pytest

from checks.accuracy.clocktimes import clock_times
from accuracy_pairs import accuracy


@pytest.mark.parametrize("text,minutes", [
    ("peu avant 21 h 30.", {1290}), ("vers 3 h 15, puis", {195}), ("à 20h15", {1215}),  # the 24-hour clock
    ("à 20 h", {1200}), ("à 9h05.", {545}), ("de 14 h 30 à 16 h", {870}), ("à 9 h", {540, 1260}),
])
def test_french_clock_times(text, minutes):
    assert set(clock_times(text, lang="fr")[0].minutes) == minutes


FR = ("La cour a lu la décision jeudi peu avant 21 h 30. Le sinistre s'était déclaré vers 3 h 15.\n\n"
      "Les travaux coûtaient moins d'un quart des loyers encaissés chaque année.")
FR_EN = ("The court read out the verdict on Thursday shortly before 9:30 p.m. The fire broke out at around 3:15 a.m.\n\n"
         "The work cost less than a quarter of the rent collected each year.")


def test_a_french_court_report():
    assert accuracy(FR_EN, FR) == []  # the minutes of 21 h 30 are no dropped figure "30"
    broken = FR_EN.replace("9:30 p.m.", "8:30 p.m.").replace("a quarter of", "a third of")
    assert sorted(r for r, _ in accuracy(broken, FR)) == ["A003", "A004"]


# blind round 4: a level "not reached" (n'a pas atteint 40 %) that the English says "below 40%"
def test_level_not_reached_said_as_below_in_french():
    original = "Dans plusieurs communes, la participation n'a pas atteint 40 %."
    for english in ("In several towns turnout was below 40%.", "In several towns turnout was under 40%."):
        assert accuracy(english, original) == [], english
    assert [r for r, _ in accuracy("In several towns turnout reached 40%.", original)] == ["A006"]


# blind round 5 (fr_immobilier style): "deux tiers" / "trois quarts" are fractions, not the counts 2 and 3
@pytest.mark.parametrize("fraction, draft, expected", [
    ("deux tiers", "two-thirds of it for the networks", []),
    ("trois quarts", "three quarters of it for the networks", []),
    ("deux tiers", "three quarters of it for the networks", [("A003", "three quarters")]),
])
def test_a_french_fraction_is_compared_as_a_fraction(fraction, draft, expected):
    original = f"Le plan coûte 9,5 milliards d'euros, dont {fraction} pour les réseaux."
    assert accuracy(f"The plan costs 9.5 billion euros, {draft}.", original) == expected


def test_three_quarters_of_a_year_as_time_keeps_its_count():
    # "in three quarters" (no "of") is a span of quarters, a count the original gives as trois trimestres
    assert accuracy("Sales rose in three quarters.", "Les ventes ont progressé pendant trois trimestres.") == []


# blind round 6 (fr_football): the expletive ne (avant que ... ne, plus ... qu'on ne le pensait) negates nothing
@pytest.mark.parametrize("original,english", [
    ("Asante a donné l'avantage aux Lensois, avant que Bekkouche ne scelle la victoire sur penalty.",
     "Asante put Lens ahead, and Bekkouche sealed the win from the penalty spot."),
    ("L'inflation a été plus forte qu'on ne le pensait en janvier.", "Inflation was higher than expected in January."),
    ("Les prix ont moins baissé que ne l'espéraient les acheteurs.", "Prices fell less than buyers had hoped."),
    ("Le match aura lieu à huis clos, à moins que la préfecture n'annule l'arrêté.",
     "The match will be played behind closed doors unless the prefecture lifts the order."),
    ("Il faut agir vite, de peur que la situation ne s'aggrave.", "Action is needed quickly before the situation worsens."),
])
def test_the_expletive_ne_is_no_negation(original, english):
    assert accuracy(english, original) == []


def test_a_real_negation_after_avant_que_still_counts():
    # a pas / plus after the ne makes it a negation again; a plain negation beside avant que still counts
    assert [r for r, _ in accuracy("He left before the minister could do anything more.",
                                   "Il est parti avant que le ministre ne puisse plus rien faire.")] == ["A006"]
    assert [r for r, _ in accuracy("The unions will sign before the government backs down.",
                                   "Les syndicats ne signeront pas avant que le gouvernement recule.")] == ["A006"]
    assert [r for r, _ in accuracy("Santini wished to comment on the refereeing.",
                                   "Santini n'a pas souhaité commenter l'arbitrage.")] == ["A006"]


# a share said as a count: un match sur deux, "one game in two"
def test_a_share_said_as_one_in_n():
    original = "Un match sur trois se termine sans but."
    assert accuracy("One game in three ended goalless.", original) == []
    assert [r for r, _ in accuracy("One game in four ended goalless.", original)] == ["A003"]


# blind round 9 (fr_navigateur): "ne ... jamais" with pronouns between is one negation; "never before" as "a record";
# an English exonym one letter from the French name (Açores: the Azores)
@pytest.mark.parametrize("original", [
    "Il y consacrait un tiers de ses revenus et ne s'y est jamais versé de salaire.",
    "Il ne lui en a jamais parlé.",
    "Il n'a jamais touché de salaire.",
])
def test_ne_jamais_with_pronouns_between_is_one_negation(original):
    from checks.accuracy import polarity
    assert polarity.negated(original, "fr")


def test_a_dropped_ne_jamais_with_pronouns_between_is_found():
    original = "Il y consacrait un tiers de ses revenus et ne s'y est jamais versé de salaire."
    assert accuracy("He gave it a third of his income and never paid himself a salary.", original) == []
    assert [r for r, _ in accuracy("He gave it a third of his income and paid himself a salary.", original)] == ["A006"]


@pytest.mark.parametrize("english, expected", [
    ("The rate was an all-time high.", []),
    ("It was a record rate.", []),
    ("The rate had been reached before.", ["A006"]),
])
def test_never_reached_before_said_as_a_record_in_french(english, expected):
    original = "Ce taux n'avait jamais été atteint auparavant."
    assert [r for r, _ in accuracy(english, original)] == expected


def test_the_azores_are_the_acores():
    original = "En 1990, il chavire au large des Açores et passe 31 heures sur sa coque."
    assert accuracy("In 1990 he capsized off the Azores and spent 31 hours on his hull.", original) == []
    assert [r for r, _ in accuracy("In 1990 he capsized off the Asores and spent 31 hours on his hull.", original)] == ["A005"]
