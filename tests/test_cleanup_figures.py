"""C012: large figures without thousands separators, and the codes that must stay as they are."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks import check_text
from checks.apply import apply_edits


def c012(text: str):
    return [f for f in check_text(text).findings if f.rule == "C012"]


@pytest.mark.parametrize(
    "text, bare, grouped",
    [
        ("Corpus Christi, a city of more than 320000 people, closed its libraries.", "320000", "320,000"),
        ("Chen Guangming was given a reward of 50000 yuan on Monday.", "50000", "50,000"),
        ("The hotel was sold for $4500000 last year.", "4500000", "4,500,000"),
        ("Officials confirmed 4.176 million cases and 146000 deaths in the United States.", "146000", "146,000"),
        ("The fund paid out RMB 20000 to each family.", "20000", "20,000"),
        ("Exports reached 12345.6 tonnes in July.", "12345", "12,345"),
        ("A total of 2045 confirmed cases were reported by Sunday.", "2045", "2,045"),
        ("The exhibition covers nearly 3000 square meters of the hall.", "3000", "3,000"),
        ("Isolation units at Penny's Bay will add up to 3500.", "3500", "3,500"),
    ],
)
def test_bare_figure_gets_its_separators(text, bare, grouped):
    [f] = c012(text)
    assert f.excerpt == bare and text[f.start : f.end] == bare
    assert f.severity == "info"
    fixed = apply_edits(text, [f.suggestions[0]]).text
    assert fixed == text.replace(bare, grouped, 1)
    assert c012(fixed) == []


@pytest.mark.parametrize(
    "text",
    [
        "Greenland Holdings (600606.SH) announced the transfer of its shares.",
        "Call the hotline on 010-12345678 or +86 10 6512 3456.",
        "The plant is certified to ISO 27001 and EN 50155.",
        "Flight 10023 landed safely; the case number is 20210726.",
        "Article 10021 of the decree and Regulation No. 65999 apply.",
        "The postcode 01234 and the file at www.example.com/45678 were shared.",
        "Write to 12345@example.org or see https://example.com/news/123456.html",
        "The company, founded in 1998, employs 2,300 people across 1,200 stores.",
        "The 2020 votes were recounted in 2021, and since 2019 people have moved away.",
        "Temples at Gobekli Tepe date from around 9000 BC; the town was rebuilt around 1996.",
        "From 1992 to 1997 it was state-owned, and compared to 2006 the population rose.",
        "About 320 000 people live in the city, according to the census.",
        "Revenue rose to 3,450,000 euros in 2021.",
    ],
)
def test_codes_years_and_grouped_figures_stay_quiet(text):
    assert c012(text) == []


def test_clean_professional_news_is_quiet():
    text = (
        "BEIJING, July 26 (Reuters) - China reported 1,455 new cases on Monday, the National Health Commission "
        "said, bringing the total to 84,036. Shares of Greenland Holdings (600606.SH) fell 2.3%.\n\n"
        "The storm displaced about 146,000 people in Henan province, where 2021 rainfall broke records set in "
        "1975. Residents can call 12345, the city's service hotline, for help.\n"
    )
    assert c012(text) == []


def test_not_english_is_skipped():
    text = "La ville compte plus de 320000 habitants, selon le dernier recensement publié hier par l'Insee."
    assert c012(text) == []


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=10_000, max_value=10**12), st.sampled_from(["people", "yuan", "tonnes", "votes"]))
def test_fix_touches_only_the_figure(n, unit):
    text = f"Officials said {n} {unit} were counted by Friday, a rise on last year."
    [f] = c012(text)
    fixed = apply_edits(text, [f.suggestions[0]]).text
    assert fixed == f"Officials said {n:,} {unit} were counted by Friday, a rise on last year."
