"""Name mention extraction and unit comparison: titles cut off, particles kept, spans exact."""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.document import Document
from checks.names import check_names
from checks.names.extract import extract_mentions
from checks.names.index import split_units
from checks.names.text import ACCENT, CLOSE, DIFFERENT, SAME, VARIANT, fold, relation, translit_key
from checks.stylesheet import CheckOptions, NameEntry


def mentions(text: str) -> list[tuple[str, ...]]:
    return [m.key for m in extract_mentions(Document(text))]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("US Secretary of State Antony Blinken spoke on Wednesday.", ("Antony", "Blinken")),
        ("Chinese Foreign Minister Qin Gang said so.", ("Qin", "Gang")),
        ("European Commission President Ursula von der Leyen said.", ("Ursula", "von der Leyen")),
        ("Saudi Crown Prince Mohammed bin Salman arrived.", ("Mohammed", "bin Salman")),
        ("Iraqi Prime Minister Mohammed Shia al-Sudani said.", ("Mohammed", "Shia", "al-Sudani")),
        ("President Luiz Inacio Lula da Silva spoke.", ("Luiz", "Inacio", "Lula", "da Silva")),
        ("Belgian Prime Minister Bart De Wever said.", ("Bart", "De Wever")),
        ("State Department spokesman Matthew Miller said.", ("Matthew", "Miller")),
        ("Secretary of State Antony J. Blinken said.", ("Antony", "Blinken")),
        ("Martin Luther King Jr. spoke in 1963.", ("Martin", "Luther", "King")),
        ("Former Prime Minister John Major said.", ("John", "Major")),
        ("Vice President JD Vance said.", ("JD", "Vance")),
        ("Vice Premier He Lifeng met the delegation.", ("He", "Lifeng")),
    ],
)
def test_title_is_cut_and_name_units_kept(text, expected):
    assert expected in mentions(text)


def test_possessive_and_surname_only_mentions():
    text = "Blinken’s visit was postponed. Qin told Blinken that the U.S. should show respect."
    doc = Document(text)
    found = [(text[m.start : m.end], m.key) for m in extract_mentions(doc)]
    assert ("Blinken", ("Blinken",)) in found
    assert ("Qin", ("Qin",)) in found
    assert all("’" not in span for span, _ in found)


def test_sentence_start_words_and_acronyms_are_not_names():
    keys = mentions("The US and NATO agreed. According to Reuters, Later Blinken said so.")
    flat = {u for k in keys for u in k}
    assert not {"The", "US", "NATO", "According"} & flat


def test_photo_credit_slashes_split_names():
    keys = mentions("Chip Somodevilla/Michael Danduzzi/Getty Images")
    assert ("Chip", "Somodevilla") in keys and ("Michael", "Danduzzi") in keys


def test_line_breaks_end_a_name():
    keys = mentions("Hong Kong\nUS Secretary of State Anthony Blinken spoke.")
    assert ("Hong", "Kong") in keys and ("Anthony", "Blinken") in keys


def test_split_units_of_list_names():
    assert split_units("Ursula von der Leyen") == ("Ursula", "von der Leyen")
    assert split_units("Ferdinand Marcos Jr") == ("Ferdinand", "Marcos")
    assert split_units("Michael D. Higgins") == ("Michael", "Higgins")


@pytest.mark.parametrize(
    "a,b,rel",
    [
        ("Blinken", "Blinken", SAME),
        ("MACRON", "Macron", SAME),
        ("Erdoğan", "Erdogan", ACCENT),
        ("Orban", "Orbán", ACCENT),
        ("Sergey", "Sergei", VARIANT),
        ("Dmitri", "Dmitry", VARIANT),
        ("Mohammad", "Mohammed", VARIANT),
        ("Zelensky", "Zelenskiy", VARIANT),
        ("Anthony", "Antony", CLOSE),
        ("Scholtz", "Scholz", CLOSE),
        ("Jingping", "Jinping", CLOSE),
        ("Michael", "Matthew", DIFFERENT),
        ("Peter", "Olaf", DIFFERENT),
        ("Albanese", "Blinken", DIFFERENT),
        ("Qiang", "Keqiang", DIFFERENT),
        ("Qin", "Qing", DIFFERENT),
    ],
)
def test_unit_relation(a, b, rel):
    assert relation(a, b) == rel


@given(st.text(alphabet=string.ascii_letters + "áéöüçš", min_size=1, max_size=12))
def test_relation_is_reflexive_and_keys_are_stable(word):
    assert relation(word, word) == SAME
    assert fold(word) == fold(fold(word))
    assert translit_key(word) == translit_key(word.upper())


WORDS = st.sampled_from(
    "Antony Anthony Blinken Blinkin von der Leyen Layen bin Salman al-Sudani Mr. President said the "
    "Sergey Lavrow Olaf Scholtz Scholz Peter Scholl Xi Jingping Kaja Kaia Kallas J. ’s 's , . “ ” \n".split(" ")
)


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=30))
def test_findings_are_exact_spans_with_real_changes(words):
    text = " ".join(words)
    opts = CheckOptions(names=[NameEntry("Antony Blinken"), NameEntry("Olaf Scholz"), NameEntry("Xi Jinping"),
                               NameEntry("Ursula von der Leyen"), NameEntry("Sergei Lavrov")])
    for f in check_names(Document(text), opts):
        assert 0 <= f.start < f.end <= len(text)
        assert f.category == "names" and f.suggestions
        for s in f.suggestions:
            assert f.start <= s.start < s.end <= f.end
            assert text[s.start : s.end] != s.replacement


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_text_is_checked_without_error(text):
    opts = CheckOptions(names=[NameEntry("Antony Blinken"), NameEntry("Recep Tayyip Erdoğan", ("Erdogan",))])
    for f in check_names(Document(text), opts):
        assert 0 <= f.start < f.end <= len(text)
        assert all(text[s.start : s.end] != s.replacement for s in f.suggestions)
