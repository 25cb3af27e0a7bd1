"""Danish originals: a municipality's name (Ringkøbing-Skjern Kommune) given as "Ringkøbing-Skjern Municipality"
is the head of a place's name translated, not a surname rendered by an English word; a changed surname beside
the same given name still fires."""

import pytest

from accuracy_pairs import accuracy
from checks.accuracy.numbers import quantities

DA = '"Heldigvis er ingen kommet til skade," siger borgmester Hans Østergaard fra Ringkøbing-Skjern Kommune.'
DA_EN = '"Fortunately, nobody has been hurt," said Mayor Hans Østergaard of Ringkøbing-Skjern Municipality.'


def test_danish_municipality_is_silent():
    assert accuracy(DA_EN, DA) == []


def test_danish_changed_surname_fires():
    assert ("A005", "Østerberg") in accuracy(DA_EN.replace("Østergaard", "Østerberg"), DA)


# a dotted 24-hour time the draft copies after "at" (kl. 23.40 -> "at 21.40") is a time, compared as one
KL = "Den afgående borgmester erkendte nederlaget allerede kl. 23.40 på rådhuset."
KL_TIMES = [
    ("The outgoing mayor conceded defeat as early as 21.40 at the town hall.", None),
    ("The outgoing mayor conceded defeat already at 21.40 at the town hall.", "21.40"),
    ("The outgoing mayor conceded defeat already at 21.40, at the town hall.", "21.40"),
    ("The outgoing mayor conceded defeat by 22.40 at the town hall.", "22.40"),
]


def test_danish_dotted_time_in_draft_fires():
    for draft, quoted in KL_TIMES:
        found = accuracy(draft, KL)
        if quoted:
            assert ("A004", quoted) in found, (draft, found)


def test_danish_dotted_time_in_draft_agrees():
    for draft in ("The outgoing mayor conceded defeat at 23.40 at the town hall.",
                  "The outgoing mayor conceded defeat at 23.40, at the town hall.",
                  "The outgoing mayor conceded defeat at 11:40 p.m. at the town hall.",
                  "The outgoing mayor conceded defeat by 11.40 at the town hall."):  # 11.40 may be 23:40
        assert accuracy(draft, KL) == [], draft


def test_english_dotted_price_after_at_is_no_time():
    # the share price after "at" is a figure even beside a time: no A004 for "12.50 kroner"
    da = "Aktien steg kl. 11.15 med 6,4 procent til 12,50 kroner."
    en = "At 11.15 the shares were up 6.4 percent at 12.50 kroner."
    assert accuracy(en, da) == []
    assert ("A003", "13.50 kroner") in accuracy(en.replace("12.50", "13.50"), da)


# a rank in words (den fjerde sejr i træk, på tredje plads) is an ordinal; "anden" (also "other") is left out
STREAK = "Holdet tog sin fjerde sejr i træk og ligger nu på tredje plads med 23 point."


@pytest.mark.parametrize("draft,quoted", [
    ("The team took its fourth straight win and is now third with 23 points.", None),
    ("The team made it four wins in a row and is now in third place on 23 points.", None),
    ("The team took its fifth straight win and is now third with 23 points.", "fifth"),
    ("The team took its fourth straight win and is now second with 23 points.", "second"),
])
def test_danish_rank_in_words(draft, quoted):
    found = accuracy(draft, STREAK)
    assert found == [] if quoted is None else ("A003", quoted) in found, found


def test_danish_anden_is_no_ordinal():
    assert [q.kind for q in quantities("den anden halvdel fik placebo", lang="da")] == []


# a player who "kan ikke spille" is one who "will miss" / is "suspended for" the match; "will play" still fires
IKKE = "Angriberen Hansen kan ikke spille søndag mod Brøndby, fordi han er karantæneramt."


def test_danish_not_playing_as_miss_is_silent():
    assert accuracy("Striker Hansen is suspended for Sunday's match against Brøndby.", IKKE) == []
    assert accuracy("Striker Hansen will miss Sunday's game against Brøndby through suspension.", IKKE) == []


def test_danish_not_playing_given_as_playing_fires():
    assert "A006" in [r for r, _ in accuracy("Striker Hansen will play on Sunday against Brøndby.",
                                             IKKE.replace(", fordi han er karantæneramt", ""))]
