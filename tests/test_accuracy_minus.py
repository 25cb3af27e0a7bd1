"""Figures below zero written with a word (منفی ۱۲, минус 12, eksi 12, 영하 12도, 零下12度, moins 12 degrés, "minus 12",
"12 degrees below zero") read as -12, like -12 °C: a draft's "12 degrees" for them is an A003, "minus 12",
"-12", "-12C" and "12 below zero" agree; "au moins 12" (at least 12) and "más o menos 12" stay 12."""

import pytest

from checks import CheckOptions, check_text
from checks.accuracy.numbers import quantities
from accuracy_pairs import accuracy


@pytest.mark.parametrize("text,lang,value", [
    ("منفی ۱۲ درجه", "fa", -12), ("минус 12 градусов", "ru", -12), ("мінус 12 градусів", "uk", -12),
    ("jusqu'à moins 12 degrés", "fr", -12), ("hasta menos 12 grados", "es", -12), ("eksi 12 derece", "tr", -12),
    ("기온이 영하 12도", "ko", -12), ("零下12度", "zh", -12), ("-12 °C", "de", -12), ("bis zu minus 12 Grad", "de", -12),
    ("12 Grad unter null", "de", -12), ("۱۲ درجه زیر صفر", "fa", -12), ("minus 12 degrees", "en", -12),
    ("12 degrees below zero", "en", -12), ("fell to -12C", "en", -12), ("a high of 35C", "en", 35),
    # "less", not "minus": at least 12, more or less 12, and a fall of 12 percent keeps its value
    ("au moins 12 degrés", "fr", 12), ("au moins 12 morts", "fr", 12), ("más o menos 12 grados", "es", 12),
    ("moins 12 personnes", "fr", 12), ("minus 12 Prozent", "de", 12),
])
def test_a_word_below_zero_makes_the_figure_negative(text, lang, value):
    (q,) = quantities(text, lang=lang)
    assert q.value == value


FA = ("دمای هوا در خوی در شب حادثه به منفی ۱۲ درجه سانتی‌گراد رسید و بسیاری از ساکنان شب را در خودروها و چادرها "
      "گذراندند.")
RU = "Ночью температура в Москве опустилась до минус 12 градусов, сообщили синоптики."
KO = "화요일 아침 서울의 기온이 영하 12도까지 떨어졌다."


@pytest.mark.parametrize("original,draft", [
    (FA, "Temperatures in Khoy fell to minus 12 degrees Celsius on the night of the quake, and many residents spent "
         "the night in cars and tents."),
    (FA, "Temperatures in Khoy fell to -12C on the night of the quake, and many residents spent the night in cars "
         "and tents."),
    (RU, "Overnight temperatures in Moscow dropped to 12 degrees below zero, forecasters said."),
    (RU, "Overnight temperatures in Moscow dropped to -12 degrees, forecasters said."),
    (KO, "In Seoul the temperature fell to minus 12 degrees on Tuesday morning."),
    ("In Berlin fielen die Temperaturen in der Nacht auf -12 Grad.",
     "In Berlin temperatures fell to minus 12 degrees overnight."),
    ("Au moins 12 personnes sont mortes dans l'incendie, selon le ministère.",
     "At least 12 people died in the fire, according to the ministry."),
])
def test_below_zero_in_both_is_silent(original, draft):
    assert accuracy(draft, original) == []


@pytest.mark.parametrize("original,draft", [
    (FA, "Temperatures in Khoy reached 12 degrees Celsius on the night of the quake, and many residents spent "
         "the night in cars and tents."),
    (RU, "Overnight temperatures in Moscow dropped to 12 degrees, forecasters said."),
    (KO, "In Seoul the temperature fell to 12 degrees on Tuesday morning."),
    ("In Berlin fielen die Temperaturen in der Nacht auf -12 Grad.", "In Berlin temperatures fell to 12 degrees overnight."),
])
def test_a_temperature_that_lost_its_minus_is_a_figure_mismatch(original, draft):
    findings = [f for f in check_text(draft, CheckOptions(original=original)).findings if f.category == "accuracy"]
    assert [(f.rule, f.excerpt) for f in findings] == [("A003", "12")]
    (fix,) = findings[0].suggestions
    assert fix.replacement == "-12"
