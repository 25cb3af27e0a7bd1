"""Originals in Urdu: figures (ہزار / لاکھ / کروڑ / ارب, rupees, فیصد, units, a price in rupees and paise as one
figure, the Pakistani English "Rs12.50" glued), dates (months day first, weekdays; the ambiguous پیر / ہفتہ / بدھ
only before what marks a day) and clock times before بجے with the part of the day (رات 12 بجے is midnight),
each on a faithful translation that must raise nothing and a broken one that must raise the right finding."""

import pytest

from checks.accuracy.clocktimes import clock_times
from checks.accuracy.dates import date_mentions
from checks.accuracy.numbers import quantities
from accuracy_pairs import accuracy, whole_figure


@pytest.mark.parametrize("text,value,kind,unit", [
    ("2,400 ارب روپے", 2.4e12, "money", "INR"), ("45 کروڑ روپے", 4.5e8, "money", "INR"),
    ("3 لاکھ ٹن", 3e5, "unit", "ٹن"), ("12.5 فیصد", 12.5, "percent", "%"), ("ایک لاکھ", 1e5, "number", ""),
    ("250 روپے 75 پیسے", 250.75, "money", "INR"), ("18 روپے اور 40 پیسے", 18.4, "money", "INR"),
    ("80 روپیہ", 80, "money", "INR"), ("500 ملین ڈالر", 5e8, "money", "USD"),
])
def test_urdu_figures(text, value, kind, unit):
    assert whole_figure(text, "ur") == (value, kind, unit)


def test_urdu_words_that_only_look_like_figures():
    assert quantities("ایک شخص نے کہا کہ وہ نو منتخب رکن سے اسی طرح ملے گا", lang="ur") == []
    # paise only after the rupees figure, not any later figure
    assert [q.value for q in quantities("50 روپے 20 افراد", lang="ur")] == [50, 20]


@pytest.mark.parametrize("text,value", [("Rs12.50", 12.5), ("Rs 12.50", 12.5), ("Rs.450", 450), ("Tk75", 75)])
def test_english_rupees_glued_to_the_figure(text, value):
    assert whole_figure(text, "en")[:2] == (value, "money")


def test_urdu_dates_and_weekdays():
    found = [(d.month, d.day, d.weekday) for d in date_mentions("اجلاس 22 مارچ کو نہیں بلکہ منگل کو اتوار سے پہلے ہوگا")]
    assert found == [(3, 22, None), (None, None, 2), (None, None, 7)]
    assert [d.weekday for d in date_mentions("ہفتے کو ریلی ہوگی")] == [6]
    # a week, a foot and the Buddha are no days; a march without a day is no month
    assert date_mentions("اگلے ہفتے کی میٹنگ، اس کے پیر میں چوٹ، بدھ مت کا لانگ مارچ") == []


@pytest.mark.parametrize("text,minutes", [
    ("صبح 9 بجے", {540}), ("شام 6 بجے", {1080}), ("رات 12 بجے", {0}), ("رات 11 بجے", {1380}), ("دوپہر 2 بجے", {840}),
])
def test_urdu_clock_times(text, minutes):
    (c,) = clock_times(text, lang="ur")
    assert (c.start, c.end, set(c.minutes)) == (0, len(text), minutes)


ORIGINAL = "کراچی میں آٹے کی قیمت 145 روپے 50 پیسے فی کلو ہو گئی۔ دکانیں شام 6 بجے بند کر دی گئیں۔ اجلاس منگل کو 15 اپریل تک ملتوی ہو گیا۔"
RIGHT = ("The price of flour in Karachi rose to Rs145.50 a kilo. Shops were closed at 6 pm. "
         "The session was adjourned on Tuesday until April 15.")


def test_urdu_faithful_translation_is_silent():
    assert accuracy(RIGHT, ORIGINAL) == []


@pytest.mark.parametrize("right,wrong,rule", [
    ("Rs145.50", "Rs154.50", "A003"), ("6 pm", "8 pm", "A004"), ("Tuesday", "Thursday", "A004"),
    ("April 15", "April 5", "A004"),
])
def test_urdu_broken_translation_is_found(right, wrong, rule):
    draft = RIGHT.replace(right, wrong)
    excerpt = wrong
    assert any(r == rule and excerpt in e for r, e in accuracy(draft, ORIGINAL)), accuracy(draft, ORIGINAL)
