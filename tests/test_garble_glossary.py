"""G003: glossary calques; the built-in list and a user glossary merged over it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks import check_text
from checks.garble.calques import builtin_glossary, find_calques, match_case, merged_glossary
from checks.stylesheet import CheckOptions, GlossaryEntry, load_glossary_csv

ROOT = Path(__file__).resolve().parents[1]


def calques(text: str, opts: CheckOptions | None = None):
    return [f for f in check_text(text, opts).findings if f.rule == "G003"]


def test_builtin_list_is_the_shipped_package_data_and_is_large():
    shipped = load_glossary_csv(ROOT / "checks" / "data" / "garble_glossary.csv")
    assert len(shipped) >= 150
    assert tuple(shipped) == builtin_glossary()
    assert all(e.right for e in shipped)


def test_sample_glossary_is_a_house_list_merged_over_the_builtin_one():
    sample = load_glossary_csv(ROOT / "samples" / "glossary.csv")
    text = "The deal was signed in the frame of the summit, and shared on social networks."
    found = {f.excerpt: f.suggestions[0].replacement for f in calques(text, CheckOptions(glossary=sample))}
    assert found == {"in the frame of": "as part of", "social networks": "social media"}
    assert [f.suggestions[0].replacement for f in calques(text)] == ["in the framework of"]


def test_no_default_lists_leaves_only_the_users_glossary():
    text = "The road has been blocked since years, and shared on social networks."
    assert calques(text, CheckOptions(default_lists=False)) == []
    only = CheckOptions(glossary=[GlossaryEntry("social networks", "social media")], default_lists=False)
    assert [f.excerpt for f in calques(text, only)] == ["social networks"]


def test_readout_calque_with_suggestion():
    text = "China’s reading of the call was notably pointed, officials said."
    (f,) = calques(text)
    assert f.excerpt == "reading of the call"
    assert f.suggestions[0].replacement == "readout of the call"
    assert "readout" in f.message


def test_case_insensitive_and_capital_carried_to_the_fix():
    text = "Since years the border has been closed to trade."
    (f,) = calques(text)
    assert f.excerpt == "Since years"
    assert f.suggestions[0].replacement == "For years"


def test_word_boundaries_and_possessive_days():
    assert not calques("The dividends were paid in Mondays and Tuesdays alike.")
    assert not calques("Voters took part in Monday’s election in large numbers.")
    assert [f.excerpt for f in calques("The talks resumed in Monday after a pause.")] == ["in Monday"]


def test_phrase_across_a_line_break_and_curly_apostrophe():
    entries = (GlossaryEntry("the agency's interlocutor", "the agency's source"),)
    text = "The agency’s\ninterlocutor declined to comment."
    (m,) = find_calques(text, entries)
    assert text[m.start : m.end] == "The agency’s\ninterlocutor"
    assert m.replacement == "The agency's source"


def test_user_glossary_is_merged_over_the_builtin_one():
    opts = CheckOptions(glossary=[GlossaryEntry("Taiwan problem", "Taiwan question", "house style"),
                                  GlossaryEntry("Kiev", "Kyiv", "spelling")])
    text = "The Taiwan problem was raised in Kiev on Tuesday."
    found = {f.excerpt: f.suggestions[0].replacement for f in calques(text, opts)}
    assert found == {"Taiwan problem": "Taiwan question", "Kiev": "Kyiv"}
    # the built-in default stays active when the user glossary says nothing about an entry
    assert calques("The road has been blocked since years, residents said.", opts)


def test_builtin_glossary_used_without_a_user_glossary():
    assert calques("The road has been blocked since years, residents said.")
    assert len(merged_glossary()) == len(builtin_glossary())


def test_clean_news_prose_has_no_calques():
    text = (
        "The foreign ministers met behind closed doors for three hours on Tuesday. "
        "According to a readout of the call, both sides agreed to keep talking. "
        "The road has been blocked for years, residents said, and prices have risen sharply."
    )
    assert not calques(text)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["reading of the call", "taiwan problem", "behind doors"]), st.booleans())
def test_match_case_keeps_shape(phrase, upper):
    found = phrase.upper() if upper else phrase.capitalize()
    out = match_case(found, "readout")
    assert out[0].isupper()
    assert out.isupper() == (upper and len(found) > 1)


def test_dated_part_of_day_takes_on():
    text = "The plane crashed in the afternoon of July 25, and rescuers arrived in the evening of the 26th."
    found = calques(text)
    assert [f.excerpt for f in found] == ["in", "in"]
    assert fix_all_calques(text, found) == (
        "The plane crashed on the afternoon of July 25, and rescuers arrived on the evening of the 26th.")


@pytest.mark.parametrize(
    "text",
    [
        "In the evening of his life he returned to the village where he was born.",
        "Athletes from 40 countries participated at the Games in Tokyo.",
        "Mr Putin held a telephone conversation with the French president on Friday.",
        "The Kremlin press service said the two leaders had agreed to meet.",
        "Police opened a criminal case against the organisers of the rally.",
        "Investors have put more money into money funds this year as rates rose.",
        "Troops remained on the territory of the neighbouring state until 1994.",
    ],
)
def test_fine_news_english_is_not_a_calque(text):
    assert not calques(text)


def fix_all_calques(text, found):
    from checks.apply import apply_edits

    return apply_edits(text, [f.suggestions[0] for f in found]).text


def test_a_glossary_phrase_spans_a_wrapped_line_but_not_a_paragraph_break():
    wrapped = check_text("The talks have stalled since\nyears, officials say.", CheckOptions(select=frozenset({"G003"})))
    assert [f.excerpt for f in wrapped.findings] == ["since\nyears"]
    for gap in ("\n\n", "\r\n\r\n", "\r\r"):
        report = check_text(f"The talks have stalled since{gap}years passed.", CheckOptions(select=frozenset({"G003"})))
        assert report.findings == [], gap


def test_chinese_new_crown_calques_for_covid_but_not_a_new_crown_prince():
    """新冠 (new + corona) comes out of Chinese MT as "new crown": 164 MT segments of the mqm-zhen news, no human
    translation. Only the compounds are listed: a new crown prince or new crown jewels are English."""
    text = ("The new crown pneumonia epidemic is under control, and 17 new coronary pneumonia cases were confirmed. "
            "The new crown vaccine trial began on Monday.")
    assert [(f.excerpt, f.suggestions[0].replacement) for f in calques(text)] == [
        ("new crown pneumonia", "Covid-19"), ("new coronary pneumonia", "Covid-19"),
        ("new crown vaccine", "Covid-19 vaccine")]
    assert calques("Saudi Arabia's new crown prince visited the new crown jewels exhibition in London.") == []


def test_chinese_official_calques():
    text = ("The relevant person in charge of the provincial finance department said the Municipal Health and Health "
            "Commission had received the funds.")
    assert [(f.excerpt, f.suggestions[0].replacement) for f in calques(text)] == [
        ("relevant person in charge", "official in charge"), ("Health and Health Commission", "Health Commission")]
    headline = "APEC trade ministers meet to speed up the regional recovery - Xinhua English.news.cn"
    assert [(f.excerpt, f.suggestions[0].replacement) for f in calques(headline)] == [
        ("Xinhua English.news.cn", "Xinhuanet")]
