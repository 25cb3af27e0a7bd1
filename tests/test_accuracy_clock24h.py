"""Clock times with minutes in Romance-language news are on the 24-hour clock (checks/accuracy/clocktimes24h.py):
``à 10h30`` is the morning, so "10:30 p.m." is a wrong time; with a word for the part of the day after the time
(or after the end of its range) both halves of the day stay open to the readers that read that word."""

import pytest

from accuracy_pairs import accuracy


@pytest.mark.parametrize("original", [
    "La séance du conseil municipal commence à 10h30 à la mairie.",
    "La sesión del pleno comienza a las 10.30 en el ayuntamiento.",
    "La seduta del consiglio comunale inizia alle 10.30 in municipio.",
    "A sessão da câmara começa às 10h30 na prefeitura.",
    "La sessió del ple comença a les 10.30 a l'ajuntament.",
])
def test_a_morning_time_given_as_the_evening_is_flagged(original):
    assert accuracy("The council meeting begins at 10:30 a.m. at the town hall.", original) == []
    assert accuracy("The council meeting begins at 10:30 p.m. at the town hall.", original) == [("A004", "10:30 p.m.")]


def test_an_evening_time_on_the_24_hour_clock():
    original = "Le concert commence à 21h30 sur la place du marché."
    assert accuracy("The concert starts at 9:30 p.m. on the market square.", original) == []
    assert accuracy("The concert starts at 9:30 a.m. on the market square.", original) == [("A004", "9:30 a.m.")]


def test_the_part_of_the_day_after_a_range_belongs_to_both_its_ends():
    original = "La votación será entre las 8.30 y las 10.30 de la noche."
    assert accuracy("The vote will be between 8:30 and 10:30 p.m.", original) == []
    plain = "La votación será entre las 8.30 y las 10.30."
    assert accuracy("The vote will be between 8:30 and 10:30 a.m.", plain) == []
    assert ("A004", "10:30 p.m.") in accuracy("The vote will be between 8:30 and 10:30 p.m.", plain)


@pytest.mark.parametrize("original", [
    "Ședința consiliului local începe la ora 10.30 la primărie.",  # Romanian ora: a time, not the figure 10.3
    "Volikogu istung algab kell 10.30 raekojas.",  # Estonian kell
    "Zasedání zastupitelstva začne v 10.30 na radnici.",
    "Belediye meclisi toplantısı saat 10.30'da başlayacak.",
    "Η συνεδρίαση του δημοτικού συμβουλίου αρχίζει στις 10:30 στο δημαρχείο.",
    "Kunnanvaltuuston kokous alkaa klo 10.30 kaupungintalolla.",
])
def test_continental_european_times_are_on_the_24_hour_clock(original):
    assert accuracy("The council meeting begins at 10:30 a.m. at the town hall.", original) == []
    assert accuracy("The council meeting begins at 10:30 p.m. at the town hall.", original) == [("A004", "10:30 p.m.")]


@pytest.mark.parametrize("original", [
    "Konser akşam saat 7.30'da başlayacak.",  # Turkish: the part of the day before the time
    "A koncert este 7.30-kor kezdődik.",  # Hungarian este "evening"
])
def test_a_part_of_the_day_before_the_time_keeps_the_evening(original):
    assert accuracy("The concert starts at 7:30 p.m.", original) == []


@pytest.mark.parametrize("time", ["8:30 p. m.", "8:30 p.m.", "8:30 pm"])
def test_a_12_hour_time_of_latin_american_spanish_is_read_as_written(time):
    original = f"El partido comenzará a las {time} en el estadio."
    assert accuracy("The match will start at 8:30 p.m. at the stadium.", original) == []
