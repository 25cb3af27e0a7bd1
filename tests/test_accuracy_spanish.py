"""Spanish accuracy readers: percentage points given as a percentage, a negation lost beside one that stayed,
a doubled letter of a Latin-script name, 100 % said as "all", and a weekday in the English possessive."""

import pytest

from accuracy_pairs import accuracy

ES = ("La participación se situó en el 64,7 %, 3,2 puntos por debajo de la de 2019, con el 100 % escrutado. "
      "Su candidato, Óscar Villarrubia, no descartó un pacto: «No vamos a cerrar ninguna puerta».\n\n"
      "Unión Aragonesa ganó las elecciones del domingo.")
ES_EN = ("Turnout was 64.7%, down 3.2 percentage points from 2019, with all votes counted. "
         "Its candidate, Óscar Villarrubia, did not rule out a deal: \"We are not going to close any door.\"\n\n"
         "Unión Aragonesa won Sunday's election.")


def test_a_spanish_election_report():
    assert accuracy(ES_EN, ES) == []
    broken = (ES_EN.replace("3.2 percentage points", "3.2%").replace("Villarrubia", "Villarubia")
              .replace("did not rule out a deal", "ruled out a deal").replace("Sunday's", "Saturday's"))
    assert sorted(r for r, _ in accuracy(broken, ES)) == ["A003", "A004", "A005", "A006"]


@pytest.mark.parametrize("draft", [
    "Turnout was 64.7%, 3.2 points lower than in 2019.",
    "Turnout was 64.7%, down 3.2 percentage points on 2019.",
])
def test_points_said_as_points_raise_nothing(draft):
    assert accuracy(draft, "La participación fue del 64,7 %, 3,2 puntos menos que en 2019.") == []


def test_a_percent_original_may_become_points():
    # the original's "%" for a change in points is sloppy usage a translator corrects: not reported
    assert accuracy("Turnout fell 3.2 percentage points.", "La participación cayó un 3,2 %.") == []


def test_two_negations_kept_raise_nothing():
    assert accuracy("He did not rule out a deal: \"We will not close any door.\"",
                    "No descartó un pacto: «No cerraremos ninguna puerta».") == []


PRADO = ("El precio de la entrada general se mantuvo en 15 euros, aunque el museo ofrece acceso gratuito entre las "
         "18.00 y las 20.00 horas.")


def test_money_the_draft_adds_is_not_accounted_for_by_a_clock_time():
    """20 euros added to a sentence whose original has only "las 20.00 horas": an invented price (A002)."""
    ok = "The general admission price stayed at 15 euros, although the museum offers free entry between 6 p.m. and 8 p.m."
    assert accuracy(ok, PRADO) == []
    assert accuracy(ok[:-1] + ", and tickets for the new hall will cost 20 euros.", PRADO) == [("A002", "20 euros")]
    # a plain count with those digits still is no invented figure
    assert accuracy(ok[:-1] + ", for 20 visitors at a time.", PRADO) == []


# blind round 5 (es_resultados): the numerator of a fraction in words is no count of its own
_PLAN = "La empresa invertirá 9.500 millones de euros, {} de ellos en redes eléctricas."


@pytest.mark.parametrize("fraction, draft, expected", [
    ("dos tercios", "two-thirds of it in electricity grids", []),
    ("dos tercios", "two thirds of it in electricity grids", []),
    ("tres cuartos", "three quarters of it in electricity grids", []),
    ("tres cuartos", "three-quarters of it in electricity grids", []),
    ("dos tercios", "three quarters of it in electricity grids", [("A003", "three quarters")]),
    ("tres cuartos", "two thirds of it in electricity grids", [("A003", "two thirds")]),
])
def test_a_fraction_is_compared_as_a_fraction_not_as_its_numerator(fraction, draft, expected):
    assert accuracy(f"The company will invest 9.5 billion euros, {draft}.", _PLAN.format(fraction)) == expected


def test_a_count_beside_a_fraction_is_still_compared():
    original = "Dos tercios de los 30 parques están en Brasil."
    assert accuracy("Two-thirds of the 30 parks are in Brazil.", original) == []
    assert accuracy("Two-thirds of the 40 parks are in Brazil.", original) == [("A003", "40")]


@pytest.mark.parametrize("draft, expected", [
    ("Zubizarreta", []), ("Zubizaretta", [("A005", "Zubizaretta")]), ("Zubizareta", [("A005", "Zubizareta")]),
])
def test_a_double_letter_moved_in_a_latin_name_is_a_slip(draft, expected):
    original = "«No vamos a frenar las inversiones», afirmó el consejero delegado, Íñigo Zubizarreta."
    assert accuracy(f"\"We are not going to slow investment,\" said chief executive Íñigo {draft}.", original) == expected


# Blind round 6 (es_huelga, a doctors' strike): no before a plural adjective after its noun is a prefix
# ("non-urgent"), not a negation; a verb after a plural subject still negates. No se permite as "banned".
@pytest.mark.parametrize("text,negated", [
    ("Se aplazaron 160 intervenciones quirúrgicas no urgentes.", False),
    ("Los países no alineados se reunieron en Belgrado.", False),
    ("Los trabajadores no afiliados también votaron.", False),
    ("Los sindicatos no aceptaron la oferta.", True),
    ("Los médicos no pedimos privilegios.", True),
    ("Los vecinos no quieren más obras.", True),
    ("Los datos no son buenos.", True),
])
def test_no_before_a_plural_adjective_is_a_prefix(text, negated):
    from checks.accuracy import polarity
    assert polarity.negated(text, "es") is negated


def test_non_urgent_operations_raise_nothing():
    original = "Según datos oficiales, se aplazaron unas 2.400 consultas y 160 intervenciones quirúrgicas no urgentes."
    assert accuracy("Official figures show some 2,400 appointments and 160 non-urgent operations were postponed.",
                    original) == []


def test_no_se_permite_said_as_banned():
    original = "No se permite el acceso de vehículos al centro histórico durante la marcha."
    assert accuracy("Vehicles are banned from the historic centre during the march.", original) == []
    assert [r for r, _ in accuracy("Vehicles are allowed into the historic centre during the march.",
                                   original)] == ["A006"]


HERNANDEZ = ("«No pedimos privilegios», declaró la secretaria general de Amyts, Ángela Hernández, al término de "
             "la protesta.")


def test_a_surname_changed_in_its_first_letter_only():
    said = "“We are not asking for privileges,” said the secretary general of Amyts, Ángela {}, after the protest."
    assert accuracy(said.format("Fernández"), HERNANDEZ) == [("A005", "Fernández")]
    assert accuracy(said.format("Hernández"), HERNANDEZ) == []
    assert accuracy(said.format("Hernandez"), HERNANDEZ) == []


NOTARIES = "Según el Colegio Notarial, se firmaron 3.412 hipotecas, informó su decano, Ramón Notario Giner."


@pytest.mark.parametrize("draft, expected", [
    ("According to the College of Notaries, 3,412 mortgages were signed, said its dean, Ramón Notario Giner.", []),
    ("According to the Notarial College, 3,412 mortgages were signed, said its dean, Ramón Notario Giner.", []),
    ("According to the College of Notaries, 3,412 mortgages were signed, said its dean, Ramón Notario Gimer.",
     [("A005", "Gimer")]),
    ("According to the College of Notaries, 3,412 mortgages were signed, said its dean, Ramón Notaria Giner.",
     [("A005", "Notaria")]),
])
def test_a_word_of_an_institution_rendered_by_its_english_cognate_is_no_misspelt_name(draft, expected):
    # "Notarial" inside a name becomes "Notaries": a suffix swapped for English, not a slip; a letter is one
    assert accuracy(draft, NOTARIES) == expected


# round 12: a court ruling (es_sentencia)
@pytest.mark.parametrize("original,draft", [
    ("El tribunal le condenó a nueve años y medio de prisión.", "The court sentenced him to nine and a half years in prison."),
    ("La reunión duró dos horas y media.", "The meeting lasted two and a half hours."),
    ("La obra tardará tres años y medio.", "The work will take three and a half years."),
    ("La Audiencia no ha acordado su ingreso inmediato en prisión, ya que la sentencia no es firme.",
     "The court did not order him to be jailed immediately, as the ruling can still be appealed."),
    ("No ha acordado su ingreso en prisión, ya que la sentencia no es firme.",
     "It did not send him to prison, as the ruling is subject to appeal."),
])
def test_spanish_halves_and_a_ruling_not_final_stay_silent(original, draft):
    assert accuracy(draft, original) == []


def test_spanish_halves_and_a_ruling_still_fire():
    assert [r for r, _ in accuracy("The court sentenced him to eight and a half years in prison.",
                                   "El tribunal le condenó a nueve años y medio de prisión.")] == ["A003"]
    assert [r for r, _ in accuracy("The meeting lasted two and a half hours.", "La reunión duró tres horas y media.")] == ["A003"]
    # no "appeal" in the draft: the lost "no es firme" is still a lost negation
    original = "La Audiencia no ha acordado su ingreso inmediato en prisión, ya que la sentencia no es firme."
    assert [r for r, _ in accuracy("The court did not order him to be jailed immediately, as the ruling is final.",
                                   original)] == ["A006"]


# blind round 18 (es_incendio): a surname English also knows as a given name (Gonzalo for González), between
# a given name and a second surname both texts share: a slip in the name's slot, not a translation
SANDWICH = "El alcalde, Javier Martínez Pardo, inauguró ayer el nuevo puente sobre el río."


@pytest.mark.parametrize("name,expected", [
    ("Javier Martínez Pardo", []), ("Javier Martinez Pardo", []),
    ("Javier Martin Pardo", [("A005", "Martin")]), ("Javier Martina Pardo", [("A005", "Martina")]),
])
def test_a_surname_between_two_shared_names(name, expected):
    assert accuracy(f"The mayor, {name}, opened the new bridge over the river yesterday.", SANDWICH) == expected


def test_a_translated_word_between_names_stays_silent():
    original = "El Banco Central Europeo mantuvo ayer los tipos de interés."
    assert accuracy("The European Central Bank kept interest rates unchanged yesterday.", original) == []
