"""Originals in Azerbaijani and Kazakh, two languages langdetect does not know: named by their letters, then
read with their own scale words (40 min = 40,000; 30 миллиард теңге), months and weekdays with case endings
(3 martda, Çərşənbə axşamı = Tuesday, сәрсенбіде) and names romanised as the press writes them (Əliyev as
Aliyev, Тоқаев as Tokayev); each on a faithful translation that must raise nothing and a broken one that fires."""

import pytest

from checks.accuracy.dates import date_mentions
from checks.accuracy.pairing import language_of
from accuracy_pairs import accuracy, whole_figure

AZ = ("Prezident İlham Əliyev çərşənbə axşamı Bakıda yeni metro stansiyasını açdı. Stansiyanın tikintisinə 85 milyon "
      "manat xərclənib. Hər gün təxminən 40 min sərnişin stansiyadan istifadə edəcək. İkinci stansiya 3 martda açılacaq.")
AZ_EN = ("President Ilham Aliyev opened a new metro station in Baku on Tuesday. Some 85 million manats were spent on "
         "building the station. About 40,000 passengers will use the station every day. A second station will open on "
         "March 3.")

KK = ("Президент Қасым-Жомарт Тоқаев сәрсенбі күні Астанада жаңа ауруханаға барды. Аурухана құрылысына 30 миллиард "
      "теңге жұмсалды. Күн сайын шамамен 1 200 науқас қабылданады. Екінші корпус наурызда ашылады.")
KK_EN = ("President Kassym-Jomart Tokayev visited a new hospital in Astana on Wednesday. Some 30 billion tenge was spent "
         "on building the hospital. About 1,200 patients will be seen every day. A second wing will open in March.")


def test_the_languages_are_named_by_their_letters():
    assert language_of(AZ) == "az"
    assert language_of(KK) == "kk"


def test_a_russian_article_quoting_one_kazakh_name_stays_russian():
    assert language_of("Президент Казахстана Касым-Жомарт Токаев в среду посетил новую больницу в Астане. На "
                       "строительство потратили 30 миллиардов тенге, сообщает агентство Қазақстан.") == "ru"


@pytest.mark.parametrize("text,lang,value,kind,unit", [
    ("40 min", "az", 40_000, "number", ""), ("85 milyon manat", "az", 85e6, "money", "AZN"),
    ("15 faiz", "az", 15, "percent", "%"), ("30 миллиард теңге", "kk", 30e9, "money", "KZT"),
    ("12 мың", "kk", 12_000, "number", ""), ("5 пайыз", "kk", 5, "percent", "%"), ("бес", "kk", 5, "number", ""),
])
def test_turkic_figures(text, lang, value, kind, unit):
    assert whole_figure(text, lang) == (value, kind, unit)


@pytest.mark.parametrize("text,month,weekday", [
    ("Çərşənbə axşamı", None, 2), ("çərşənbə", None, 3), ("cümə axşamı", None, 4), ("martda", 3, None),
    ("sentyabrın", 9, None), ("сәрсенбіде", None, 3), ("наурызда", 3, None), ("желтоқсан", 12, None),
])
def test_turkic_months_and_weekdays(text, month, weekday):
    (d,) = date_mentions(text)
    assert (d.month, d.weekday) == (month, weekday)


def test_an_azerbaijani_article():
    assert accuracy(AZ_EN, AZ) == []
    assert accuracy(AZ_EN.replace("40,000", "4,000"), AZ) == [("A003", "4,000")]
    assert accuracy(AZ_EN.replace("on Tuesday", "on Wednesday"), AZ) == [("A004", "Wednesday")]
    assert [r for r, _ in accuracy(AZ_EN.replace("Aliyev", "Aliyef"), AZ)] == ["A005"]


def test_a_kazakh_article():
    assert accuracy(KK_EN, KK) == []
    assert accuracy(KK_EN.replace("30 billion", "13 billion"), KK) == [("A003", "13 billion tenge")]
    assert accuracy(KK_EN.replace("in March", "in May"), KK) == [("A004", "May")]
    assert [r for r, _ in accuracy(KK_EN.replace("Tokayev", "Tokarev"), KK)] == ["A005"]
