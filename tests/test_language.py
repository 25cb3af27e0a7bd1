"""Untranslated fragments (L001), non-English drafts (L002) and the document language."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks import check_text
from checks.document import Document
from checks.language import document_language
from checks.language.detect import identify
from checks.language.words import classify, word_lists

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from language import load_test_set


def untranslated(text: str):
    return [f for f in check_text(text).findings if f.category == "untranslated"]


@pytest.mark.parametrize(
    "text, fragment, language",
    [
        ("French President Emmanuel Macron said la conférence sera organisée en novembre à Paris, officials said.",
         "la conférence sera organisée en novembre à Paris", "French"),
        ("Merkel told the Bundestag: Wir schaffen das, und wir werden es schaffen.",
         "Wir schaffen das, und wir werden es schaffen.", "German"),
        ("The minister arrived late. El presidente dijo que la economía crecerá más de lo previsto. Talks went on.",
         "El presidente dijo que la economía crecerá más de lo previsto.", "Spanish"),
        ("Officials in Rome said il governo ha deciso di aumentare le pensioni minime, without giving figures.",
         "il governo ha deciso di aumentare le pensioni minime", "Italian"),
        ("The ministry said the plan was final. O governo anunciou novas medidas para estimular a economia.",
         "O governo anunciou novas medidas para estimular a economia.", "Portuguese"),
        ("The prime minister said nu vom accepta nicio creștere a taxelor pentru firmele mici, aides said.",
         "nu vom accepta nicio creștere a taxelor pentru firmele mici", "Romanian"),
        ("Lavrov spoke after the meeting. Министр заявил, что переговоры продолжатся в пятницу. No date was set.",
         "Министр заявил, что переговоры продолжатся в пятницу.", "Russian"),
    ],
)
def test_foreign_fragment_is_flagged_with_its_language(text, fragment, language):
    found = untranslated(text)
    assert [f.rule for f in found] == ["L001"]
    assert found[0].excerpt == fragment
    assert f"Untranslated {language}" in found[0].message
    assert found[0].severity == "warning"


@pytest.mark.parametrize(
    "text",
    [
        "Critics called the use of the procedure a coup d'état against parliament, a charge ministers rejected.",
        "The Bundestag approved the budget, and analysts said Berlin's Realpolitik towards Beijing had changed.",
        "The newspaper Le Monde reported that the Quai d'Orsay had summoned the ambassador, as did Der Spiegel.",
        "The German chancellor's phrase \"Wir schaffen das\" became a rallying cry for her refugee policy.",
        "Former Portuguese Prime Minister José Manuel Barroso said the bloc needed a new raison d'être.",
        "The Romanian Social Democratic Party (Partidul Social Democrat) won the most votes in Bucharest.",
        ("The Colombian writer's novel Cien años de soledad and his later book El amor en los tiempos del cólera "
         "were translated long ago."),
        "Nicolás Maduro's government said María Corina Machado, the opposition leader, could not run.",
        "Fans flooded the streets of Rio de Janeiro, waving flags outside the Maracanã stadium in São Paulo's rival city.",
        "The soldiers die in the war, and the man in the hat said it was no use to die for that.",
        "Voters in Kraków, Łódź and Gdańsk backed the Alternative für Deutschland's sister parties, analysts said.",
        "His laissez-faire attitude vis-à-vis the bête noire of the party became his raison d'être.",
        "The chef served crème brûlée, pâté de campagne and coq au vin at the state dinner in the Élysée.",
        "Researchers in Chisinau compared ro-en, et-en and ne-en systems, and the scores were close.",
        "",
        "Hello.",
    ],
)
def test_names_titles_and_loanwords_are_not_untranslated(text):
    assert untranslated(text) == []


def test_fragments_of_fewer_than_five_words_are_left_alone():
    assert untranslated("The crowd shouted ¡No pasarán! as the motorcade drove by the palace on Monday.") == []


def test_draft_in_another_language_is_reported_once():
    text = ("La conférence sera organisée en novembre à Paris. Les ministres des Affaires étrangères y "
            "participeront. Le président a déclaré que la France soutiendra ses partenaires.\n\n"
            "Les discussions porteront sur la sécurité et le commerce.")
    report = check_text(text)
    assert report.language == "fr"
    found = [f for f in report.findings if f.category == "untranslated"]
    assert [f.rule for f in found] == ["L002"]
    assert "French" in found[0].message


def test_english_draft_language_and_json_field():
    text = "The talks in Geneva ended on Friday without an agreement, officials said, and will resume next week."
    report = check_text(text)
    assert report.language == "en"
    assert report.to_dict()["language"] == "en"


def test_german_draft_language():
    text = ("Die Bundesregierung hat am Mittwoch beschlossen, die Steuern für Familien zu senken. "
            "Der Kanzler sprach von einem wichtigen Signal für die Wirtschaft und die Arbeitnehmer.")
    assert document_language(Document(text)) == "de"


@pytest.mark.parametrize(
    "text, code",
    [("中国外交部长秦刚周三与美国国务卿布林肯通电话。双方讨论了两国关系。秦刚表示，美方应当尊重中国的核心关切。", "zh"),
     (("Глава МИД России Сергей Лавров заявил в среду, что переговоры с Вашингтоном продолжатся. "
       "По его словам, Москва готова к диалогу."), "ru")],
)
def test_drafts_in_other_scripts(text, code):
    report = check_text(text)
    assert report.language == code
    assert [f.rule for f in report.findings if f.category == "untranslated"] == ["L002"]


def test_word_classes():
    lists = word_lists()
    assert classify("the", lists) == "E"
    assert classify("und", lists) == "F"
    assert classify("Bundestag", lists) == "N"  # capitalised: a name or a noun, never evidence
    assert classify("переговоры", lists) == "F"
    assert classify("organisée", lists) == "F"


def test_identify_is_deterministic():
    span = "Il governo ha deciso di aumentare le tasse per le famiglie"
    assert {identify(span) for _ in range(5)} == {identify(span)}
    assert identify(span)[0] == "it"
    assert identify("Министр заявил, что переговоры продолжатся")[0] == "ru"
    assert identify("ශ්‍රී ලංකා රජය")[0] == "si"


# langdetect cannot always tell the Scandinavian languages apart on five words
CLOSE_RELATIVES = {("sv", "no"), ("no", "sv"), ("da", "no"), ("no", "da"), ("sv", "da"), ("da", "sv")}


@pytest.mark.parametrize("name", ["untranslated_paragraphs.txt", "untranslated_short.txt"])
def test_sample_test_sets_every_fragment_caught_with_its_language_and_no_false_alarm(name):
    from checks.language import LANGUAGE_NAMES

    codes = {v: k for k, v in LANGUAGE_NAMES.items()}
    items = load_test_set(ROOT / "samples" / name)
    assert len(items) >= 20
    for text, spans in items:
        found = untranslated(text)
        assert len(found) == len(spans), (text, [f.excerpt for f in found])
        for f, (a, b, lang) in zip(found, spans):
            assert min(b, f.end) - max(a, f.start) >= 0.9 * (b - a), (f.excerpt, text[a:b])
            named = codes[f.message.split()[1]]
            assert named == lang or (lang, named) in CLOSE_RELATIVES, (f.message, lang)


_ENGLISH_WORDS = st.sampled_from(
    [
        "the", "minister", "said", "that", "talks", "would", "resume", "in", "Geneva", "next", "week",
        "after", "officials", "from", "both", "sides", "agreed", "on", "a", "new", "timetable", "and", "the",
        "president", "welcomed", "the", "decision",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_ENGLISH_WORDS, min_size=1, max_size=40))
def test_plain_english_word_salad_is_never_untranslated(words):
    text = " ".join(words).capitalize() + "."
    assert untranslated(text) == []
