"""Speeds and air pressure of storm reports are units (км/год, 米/秒, 百帕, m/s, hPa), and one figure given in
another unit of the same dimension is a wrong figure (110 км/год as "110 mph"), while a conversion is not."""

import pytest

from accuracy_pairs import accuracy, whole_figure


@pytest.mark.parametrize("text,lang,value,unit", [
    ("110 км/год", "uk", 110, "км/год"), ("90 км/ч", "ru", 90, "км/ч"), ("62米/秒", "zh", 62, "米/秒"),
    ("915百帕", "zh", 915, "百帕"), ("62 m/s", "en", 62, "m/s"), ("915 hPa", "en", 915, "hpa"),
    ("130 km/h", "de", 130, "km/h"), ("70 mph", "en", 70, "mph"), ("950ヘクトパスカル", "ja", 950, "ヘクトパスカル"),
])
def test_speed_and_pressure_units(text, lang, value, unit):
    assert whole_figure(text, lang) == (value, "unit", unit)


def test_a_rate_in_millions_keeps_its_scale():
    assert whole_figure("€2.5m", "en")[0] == 2.5e6
    assert whole_figure("3 bn", "en")[0] == 3e9


WIND = "Швидкість вітру сягала 110 км/год, тиск упав до 980 гПа."


@pytest.mark.parametrize("draft", [
    "Wind speeds reached 110 km/h and pressure fell to 980 hPa.",
    "Wind speeds reached 68 mph (110 km/h) and pressure fell to 980 hPa.",
    "Wind speeds reached nearly 70 mph and pressure fell to 980 hPa.",
])
def test_a_speed_given_right_or_converted(draft):
    assert accuracy(draft, WIND) == []


def test_the_same_figure_in_another_unit():
    assert accuracy("Wind speeds reached 110 mph and pressure fell to 980 hPa.", WIND) == [("A003", "110 mph")]
    assert accuracy("Wind speeds reached 110 km/h and pressure fell to 890 hPa.", WIND) == [("A003", "890 hPa")]


@pytest.mark.parametrize("text,lang,value,unit", [
    ("500 g", "en", 500, "g"), ("250g", "en", 250, "g"), ("2 grams", "en", 2, "grams"), ("50 µg", "en", 50, "µg"),
    ("500 Gramm", "de", 500, "gramm"), ("200 gramos", "es", 200, "gramos"), ("300 граммов", "ru", 300, "граммов"),
])
def test_grams_and_micrograms(text, lang, value, unit):
    assert whole_figure(text, lang) == (value, "unit", unit)


def test_a_network_is_not_grams():
    assert accuracy("Operators will switch off the 4 G network in 2026.", "Les opérateurs couperont le réseau 4 G en 2026.") == []


DOSE = "Le patient a reçu une dose de 500 mg de paracétamol toutes les six heures."


def test_a_dose_in_grams_for_milligrams():
    assert accuracy("The patient received a dose of 500 g of paracetamol every six hours.", DOSE) == [("A003", "500 g")]
    assert accuracy("The patient was given 500 mg of paracetamol every six hours.", DOSE) == []


def test_a_range_in_the_wrong_unit_is_quoted_whole():
    original = "Unetusega patsientidele soovitavad arstid melatoniini annuses 1–3 milligrammi."
    assert accuracy("For insomnia, doctors recommend melatonin in a dose of 1–3 grams.", original) == [("A003", "1–3 grams")]
    assert accuracy("For insomnia, doctors recommend 1 to 3 milligrams of melatonin.", original) == []


RATE = "Die Arbeitslosenquote in der Lausitz liegt nach Angaben der Agentur bei 5,8 Prozent."


@pytest.mark.parametrize("draft, said", [
    ("According to the agency, around 8,000 people in Lusatia are out of work.", "8,000"),  # a count for a rate
    ("According to the agency, unemployment in Lusatia costs 58 million euros.", "58 million euros"),
])
def test_a_figure_of_another_kind_in_place_of_the_originals_is_a_mismatch(draft, said):
    assert accuracy(draft, RATE) == [("A003", said)]


@pytest.mark.parametrize("draft, original", [
    ("The building had walls up to 1.5m thick.", "Hoonel olid kuni 1,5 m paksused müürid."),  # same digits read as a million
    ("Unemployment in Lusatia is 5.8 percent, the agency says.", RATE),
    ("Unemployment in Lusatia is high, the agency says.", RATE.replace("bei 5,8 Prozent", "hoch")),
])
def test_the_same_digits_or_the_same_figure_is_no_mismatch(draft, original):
    assert [r for r, _ in accuracy(draft, original) if r == "A003"] == []
