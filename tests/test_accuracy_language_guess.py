"""The original's language, where langdetect confuses neighbours on a short text: a Russian sentence read as
Bulgarian or Macedonian, Romanian typed without diacritics read as Catalan. Since Bulgarian and Catalan have
readers of their own, the wrong guess hid Russian and Romanian negations and figures (checks/accuracy/pairing.py)."""

import pytest

from accuracy_pairs import accuracy
from checks.accuracy.pairing import original_language


@pytest.mark.parametrize("text", [
    "Если нет, то почему?",
    "На вкус и цвет товарищей нет.",
    "Ни два ни полтора.",
    "Он не пришёл на встречу в понедельник.",
])
def test_short_russian_is_russian(text):
    assert original_language(text) == "ru"


@pytest.mark.parametrize("text,lang", [
    ("Партията ще участва в изборите, съобщиха от централата в София.", "bg"),
    ("Избирателната активност във вторник беше 38,9 процента.", "bg"),
    ("Владата на Северна Македонија ќе ја намали цената на струјата.", "mk"),
    ("Costa del Azahar nu a suferit aceleasi dezvoltari precum Costa Blanca sau indepartata Costa del Sol.", "ro"),
    ("El Govern ha aprovat avui un pla de 40 milions d'euros per a les escoles.", "ca"),
    ("Els treballadors de Rodalies faran vaga dimecres i dijous, segons els sindicats.", "ca"),
])
def test_neighbours_keep_their_own_language(text, lang):
    assert original_language(text) == lang


def test_a_russian_negation_is_read_once_the_language_is_right():
    assert accuracy("There's no accounting for taste.", "На вкус и цвет товарищей нет.") == []
    assert [r for r, _ in accuracy("He came to the meeting on Monday.", "Он не пришёл на встречу в понедельник.")] == [
        "A006"]
