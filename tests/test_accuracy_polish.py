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
