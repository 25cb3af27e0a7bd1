"""Originals in Bulgarian and Croatian: clock times written with a decimal comma (``до 15,30 ч.``, ``u 10,30
sati``) read as times, not as the figure 15.3, so "until 3:30 p.m." raises nothing and "until 5:30 p.m." an A004;
a duration in hours ("продължи 4 часа") stays a figure."""

import pytest

from checks.accuracy.clocktimes import clock_times
from accuracy_pairs import accuracy


@pytest.mark.parametrize("text,lang,shown,minutes", [
    ("Движението беше затворено до 15,30 ч.", "bg", "15,30 ч.", [930]),
    ("Протестът започна в 11,00 ч. на площада.", "bg", "11,00 ч.", [660, 1380]),
    ("Срещата е в 9.45 часа.", "bg", "9.45 часа", [585]),  # the 24-hour clock
    ("Срещата започва в 18 ч. в залата.", "bg", "18 ч.", [1080]),
    ("Гласуването продължи до 20 часа.", "bg", "20 часа", [1200]),
    ("Состанокот почна во 15 часот.", "mk", "15 часот", [900]),
    ("Sjednica počinje u 10,30 sati.", "hr", "10,30 sati", [630, 1350]),
    ("Vlak je stigao u 9 sati.", "hr", "9 sati", [540, 1260]),
    ("Rekao je to pred pristašama oko 22 sata.", "hr", "22 sata", [1320]),
    ("Stigli su u 23 sata.", "hr", "23 sata", [1380]),
    ("Prosvjednici su se okupili oko 14 sati.", "hr", "14 sati", [840]),
    ("Do 14 sati glasalo je 28 posto birača.", "hr", "14 sati", [840]),
    ("Utakmica počinje u subotu u 20.30 na Maksimiru.", "hr", "20.30", [1230]),
    ("Срещата започва в 20.30 в залата.", "bg", "20.30", [1230]),
])

def test_south_slavic_clock_times(text, lang, shown, minutes):
    (c,) = clock_times(text, lang=lang)
    assert (text[c.start:c.end], sorted(c.minutes)) == (shown, minutes)


@pytest.mark.parametrize("text,lang,shown", [
    ("Trgovine će raditi od 9 do 17 sati.", "hr", ["9", "17 sati"]),
    ("Магазините работят от 9 до 18 ч.", "bg", ["9", "18 ч."]),
])
def test_a_bare_range_of_hours(text, lang, shown):
    assert sorted(text[c.start:c.end] for c in clock_times(text, lang=lang)) == sorted(shown)


@pytest.mark.parametrize("text,lang", [
    ("Протестът продължи 4 часа.", "bg"), ("Ръстът е 15,30 процента.", "bg"), ("Rast je 10,30 posto.", "hr"),
    ("Smjena traje 8 sati.", "hr"), ("Sastanak je trajao oko 5 sati.", "hr"),
    ("Na granici su čekali oko 3 sata.", "hr"), ("Sastanak je zakazan u 12.10. u Zagrebu.", "hr"),
    ("Cijena je porasla u 12.50 eura po kilogramu.", "hr"), ("Rast je do 10.500 eura.", "hr"),
])
def test_a_duration_or_a_decimal_is_not_a_time(text, lang):
    assert clock_times(text, lang=lang) == []


def test_a_bulgarian_comma_time_against_the_draft():
    o = "Движението по булеварда беше затворено до 15,30 ч. във вторник, съобщиха от полицията."
    assert accuracy("Traffic on the boulevard was closed until 3:30 p.m. on Tuesday, police said.", o) == []
    assert accuracy("Police said the boulevard was closed to traffic until 15:30 on Tuesday.", o) == []
    assert accuracy("Traffic on the boulevard was closed until 5:30 p.m. on Tuesday, police said.", o) == [("A004", "5:30 p.m.")]


def test_a_croatian_comma_time_against_the_draft():
    o = "Sjednica Vlade počela je u 10,30 sati u četvrtak."
    assert accuracy("The government session began at 10:30 a.m. on Thursday.", o) == []
    assert accuracy("The government session began at 11:30 a.m. on Thursday.", o) == [("A004", "11:30 a.m.")]



def test_a_croatian_hour_after_oko_against_the_draft():
    o = "„Ovo je pobjeda svih građana“, rekao je Vuković pred pristašama na Rivi oko 22 sata."
    assert accuracy('"This is a victory for all citizens," Vuković told supporters on the Riva at around 10 p.m.', o) == []
    assert accuracy('"This is a victory of all citizens," Vuković said in front of supporters on the Riva around 8 p.m.',
                    o) == [("A004", "8 p.m.")]



@pytest.mark.parametrize("original,faithful,wrong,flagged", [
    ("Trgovine će raditi od 9 do 17 sati.", "Shops will be open from 9 a.m. to 5 p.m.",
     "Shops will be open from 9 a.m. to 7 p.m.", "7 p.m."),
    ("Utakmica počinje u subotu u 20.30.", "The match kicks off at 8:30 p.m. on Saturday.",
     "The match starts on Saturday at 9:30 p.m.", "9:30 p.m."),
    ("Do 14 sati glasalo je 28 posto birača.", "By 2 p.m. turnout stood at 28 percent.",
     "By 4 p.m. 28 percent of voters had cast ballots.", "4 p.m."),
])
def test_croatian_times_without_a_clock_word_or_before_sati(original, faithful, wrong, flagged):
    assert accuracy(faithful, original) == []
    assert ("A004", flagged) in accuracy(wrong, original)


@pytest.mark.parametrize("lang,original,faithful,wrong,flagged", [
    ("hr", "Broj gostiju iz Sjedinjenih Američkih Država porastao je za trećinu.",
     "The number of guests from the United States rose by a third.",
     "The number of guests from the United States increased by a quarter.", "by a quarter"),
    ("hr", "Dvije trećine hotela bile su popunjene.", "Two-thirds of the hotels were full.",
     "Half of the hotels were full.", "Half"),
    ("bg", "Една трета от болниците нямат достатъчно медицински сестри.",
     "A third of hospitals do not have enough nurses.", "A quarter of hospitals do not have enough nurses.",
     "A quarter"),
])
def test_fraction_nouns(lang, original, faithful, wrong, flagged):
    assert accuracy(faithful, original) == []
    assert ("A003", flagged) in accuracy(wrong, original)


def test_an_ordinal_and_a_quarter_of_an_hour_are_no_shares():
    assert accuracy("The third year of the reform began with a quarter-hour delay.",
                    "Третата година на реформата започна с четвърт час закъснение.") == []
