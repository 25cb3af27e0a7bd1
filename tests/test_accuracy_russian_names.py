"""Russian names in an English draft (A005): the spellings the English-language press uses for the soft sign
and for е, each on a faithful sentence that must raise nothing and a misspelt one that must be flagged.

ь and ъ before a vowel are the y of Vasilyev, Sheremetyevo, Ilyich (left out by some: Vasilev); an е that
Russian prints without its dots is the yo of Solovyov; a first Е is the Ye of Yeltsin and Yekaterinburg."""

import pytest

from checks.names.text import romanize
from accuracy_pairs import accuracy


@pytest.mark.parametrize("cyrillic, latin", [
    ("Васильев", "Vasilyev"), ("Шереметьево", "Sheremetyevo"), ("Ильич", "Ilyich"), ("Соловьёв", "Solovyov"),
    ("Подъезд", "Podyezd"), ("Игорь", "Igor"), ("Львов", "Lvov"), ("Медведев", "Medvedev"),
])
def test_the_soft_sign_before_a_vowel_is_a_y(cyrillic, latin):
    assert romanize(cyrillic) == latin


@pytest.mark.parametrize("original, draft", [
    ("Самолёт приземлился в аэропорту Шереметьево.", "The plane landed at Sheremetyevo airport."),
    ("Об этом заявил Алексей Васильев.", "This was stated by Alexei Vasilyev."),
    ("Об этом заявил Алексей Васильев.", "This was stated by Alexei Vasiliev."),
    ("Об этом заявил Алексей Васильев.", "This was stated by Alexei Vasilev."),
    ("Об этом заявил Сергей Афанасьев.", "This was stated by Sergei Afanasyev."),
    ("Об этом сообщил Андрей Григорьев.", "This was reported by Andrei Grigoryev."),
    ("Об этом заявил Владимир Соловьев.", "This was stated by Vladimir Solovyov."),
    ("Борис Ельцин посетил Екатеринбург.", "Boris Yeltsin visited Yekaterinburg."),
    ("Борис Ельцин посетил Екатеринбург.", "Boris Eltsin visited Ekaterinburg."),
    ("В Ульяновске прошёл митинг.", "A rally was held in Ulyanovsk."),
])
def test_press_spellings_of_russian_names_raise_nothing(original, draft):
    assert accuracy(draft, original) == []


@pytest.mark.parametrize("original, draft, wrong", [
    ("Об этом заявил Алексей Васильев.", "This was stated by Alexei Vasilyeb.", ["Vasilyeb"]),
    ("Самолёт приземлился в аэропорту Шереметьево.", "The plane landed at Sheremetyeve airport.", ["Sheremetyeve"]),
    ("Борис Ельцин посетил Екатеринбург.", "Boris Yelsin visited Yekaterinberg.", ["Yelsin", "Yekaterinberg"]),
])
def test_a_misspelt_russian_name_is_still_flagged(original, draft, wrong):
    assert accuracy(draft, original) == [("A005", w) for w in wrong]


@pytest.mark.parametrize("original, draft", [
    ("Президент Казахстана Касым-Жомарт Токаев прибыл в Москву во вторник.",
     "Kazakh President Kassym-Jomart Tokayev arrived in Moscow on Tuesday."),
    ("Президент Казахстана Касым-Жомарт Токаев прибыл в Москву во вторник.",
     "Kazakhstan's President Kasym-Zhomart Tokayev arrived in Moscow on Tuesday."),
    ("Министр Жанибек Касымбеков выступил на форуме.", "Minister Janibek Kassymbekov spoke at the forum."),
])
def test_central_asian_spellings_of_a_russian_text_raise_nothing(original, draft):
    assert accuracy(draft, original) == []


@pytest.mark.parametrize("original, draft, wrong", [
    ("Президент Казахстана Касым-Жомарт Токаев прибыл в Москву во вторник.",
     "Kazakh President Kassym-Jomart Tokarev arrived in Moscow on Tuesday.", "Tokarev"),
    ("Министр Жанибек Касымбеков выступил на форуме.", "Minister Janibek Kassymbayev spoke at the forum.",
     "Kassymbayev"),
])
def test_a_slip_beside_a_central_asian_spelling_is_still_flagged(original, draft, wrong):
    assert ("A005", wrong) in accuracy(draft, original)
