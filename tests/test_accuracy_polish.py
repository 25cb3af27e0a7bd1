"""Originals in Polish: a possession split "61 do 39 proc." given as "61%" (the rest of a hundred goes without
saying), a player who "nie zagra" is one who "will miss" the game, an age "w 89. roku życia" is "at 88"; each
with a pair where the rule must still fire."""

import pytest

from accuracy_pairs import accuracy


@pytest.mark.parametrize("draft,flagged", [
    ("Lech had 17 shots and 61% of the possession.", False),
    ("Lech had 17 shots and 61 percent of possession.", False),
    ("Lech had 17 shots.", True),
])
def test_the_rest_of_a_hundred_is_implied(draft, flagged):
    found = accuracy(draft, "Lech oddał 17 strzałów, a posiadanie piłki wyniosło 61 do 39 proc. na jego korzyść.")
    assert ("A001" in [r for r, _ in found]) is flagged


def test_two_unrelated_percentages_still_count():
    found = accuracy("Turnout was 61%.", "Frekwencja wyniosła 61 proc., a 39 proc. głosów oddano na PiS.")
    assert "A001" in [r for r, _ in found]


@pytest.mark.parametrize("draft,flagged", [
    ("Soltysiak will miss the next game through suspension.", False),
    ("Soltysiak is suspended for the next game.", False),
    ("Soltysiak will not play in the next game.", False),
    ("Soltysiak will play in the next game.", True),
])
def test_a_player_who_will_not_play_misses_the_game(draft, flagged):
    found = accuracy(draft, "Sołtysiak nie zagra w kolejnym meczu z powodu nadmiaru żółtych kartek.")
    assert ("A006" in [r for r, _ in found]) is flagged


@pytest.mark.parametrize("draft,flagged", [("He died at the age of 88.", False), ("He died at the age of 86.", True)])
def test_an_age_in_the_year_of_life(draft, flagged):
    found = accuracy(draft, "Zmarł w 89. roku życia.")
    assert ("A003" in [r for r, _ in found]) is flagged


@pytest.mark.parametrize("draft,fires", [
    ("Mayor Marek Rymkiewicz opened the new bridge over the Oder on Friday.", False),
    ("Mayor Marek Rimkiewicz opened the new bridge over the Oder on Friday.", True),
])
def test_polish_name_with_i_and_y_swapped(draft, fires):
    """English keeps a Polish name's i and y: Rimkiewicz for Rymkiewicz is a slip, not a transliteration variant."""
    original = "Prezydent Marek Rymkiewicz otworzył w piątek nowy most na Odrze."
    assert any(r == "A005" for r, _ in accuracy(draft, original)) == fires


@pytest.mark.parametrize("draft,original", [
    ("Talks with Zelensky resumed in Warsaw.", "Rozmowy z Zełenskim wznowiono w Warszawie."),
    ("The minister met Dmitry Peskov in Minsk.", "Minister spotkał się z Dmitrijem Pieskowem w Mińsku."),
    ("Polish tourists returned from Egypt on Monday.", "Polscy turyści wrócili w poniedziałek z Egiptu."),
    ("The court heard Wybicki's appeal.", "Sąd rozpatrzył apelację Wybickiego."),
])
def test_polish_i_and_y_that_are_no_slips(draft, original):
    """The ending of a foreign name (Zełenski: Zelensky), English words (Egypt for Egipt) and a declined name
    spelt right (Wybickiego: Wybicki) are no i/y slip."""
    assert not any(r == "A005" for r, _ in accuracy(draft, original))


# a time with its minutes is on the 24-hour clock: "o godz. 9.15" is the morning, the evening would be 21.15
@pytest.mark.parametrize("draft,fires", [
    ("The council will vote on the plan on Monday at 9:15 a.m.", False),
    ("The council will vote on the plan on Monday at 9.15.", False),
    ("The council will vote on the plan on Monday at 9:15 p.m.", True),
])
def test_a_dotted_time_is_the_morning(draft, fires):
    found = accuracy(draft, "Rada miasta zagłosuje nad planem w poniedziałek o godz. 9.15.")
    assert ("A004" in [r for r, _ in found]) is fires


def test_a_time_with_its_part_of_the_day_keeps_it():
    found = accuracy("The fireworks will start at 8 p.m. on the market square.",
                     "Pokaz sztucznych ogni rozpocznie się o 8.00 wieczorem na rynku.")
    assert "A004" not in [r for r, _ in found]


# a woman's surname (-ska, -skiej, -ską) given a man's ending names another person
@pytest.mark.parametrize("draft,fires", [
    ("The school's head, Marta Kowalska, said classes would resume on Thursday.", False),
    ("The school's head, Marta Kowalski, said classes would resume on Thursday.", True),
])
def test_a_womans_surname_keeps_its_gender(draft, fires):
    original = "Dyrektorka szkoły Marta Kowalska powiedziała, że zajęcia zostaną wznowione w czwartek."
    assert ("A005" in [r for r, _ in accuracy(draft, original)]) is fires


def test_a_declined_womans_surname_and_a_man_of_the_family():
    found = accuracy("According to Ewa Nowicka, the appeal was filed by Jan Nowicki on Tuesday.",
                     "Według Ewy Nowickiej odwołanie złożył we wtorek Jan Nowicki.")
    assert "A005" not in [r for r, _ in found]
