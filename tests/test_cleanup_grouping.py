"""C013: figures written the continental way (55.000 soldiers, 2,5 million), and English figures left alone."""

from __future__ import annotations

import pytest

from checks import CheckOptions, check_text
from checks.apply import apply_edits


def c013(text: str):
    return [f for f in check_text(text).findings if f.rule == "C013"]


@pytest.mark.parametrize(
    "text, figure, english",
    [
        ("The Norwegian armed forces had deployed some 55.000 soldiers in six divisions.", "55.000", "55,000"),
        ("Around 2.240.000 people were mobilised within a month.", "2.240.000", "2,240,000"),
        ("The marathon's organisers said 17.002 people crossed the line.", "17.002", "17,002"),
        ("The fine was raised to 12.500 euros for repeat offenders.", "12.500", "12,500"),
        ("In 1790 the population of France counted 27,9 million inhabitants.", "27,9", "27.9"),
        ("Overall, 78,5% of voting citizens took part in the referendum.", "78,5", "78.5"),
        ("Unemployment fell to 5,5 percent last quarter, the agency said.", "5,5", "5.5"),
    ],
)
def test_continental_figure_gets_the_english_form(text, figure, english):
    [f] = c013(text)
    assert text[f.start : f.end] == figure
    assert english in f.message
    fixed = apply_edits(text, [f.suggestions[0]]).text
    assert fixed == text.replace(figure, english, 1)
    assert c013(fixed) == []


@pytest.mark.parametrize(
    "text",
    [
        "Malawi's exports were estimated at USD 1.427 billion in 2013.",  # a decimal before a scale word
        "The budget was about US$ 1.153, but the total cost was higher.",  # an amount: a decimal may be meant
        "The euro traded at 1.125 dollars on Friday.",  # an exchange rate
        "The hearing is set for 12.03.2021 at the district court.",  # a date
        "Version 2.4.1 of the app fixed the login bug.",
        "Police counted 55,000 protesters, organisers 120,000.",  # English grouping
        "Inflation eased to 2.5 percent, and 1, 2 or 3 rate cuts are priced in.",
        "He scored 3,5 and 7 points in the three games.",  # a list, no scale word after
        "The server at 192.168.100.200 was taken offline.",
    ],
)
def test_english_figures_stay_quiet(text):
    assert c013(text) == []


def c013_against(draft: str, original: str):
    return [(f.excerpt, f.suggestions[0].replacement) for f in check_text(draft, CheckOptions(original=original)).findings
            if f.rule == "C013"]


RO = "În total, 312.458 de alegători s-au prezentat la urne, cu 1.250 mai mulți decât în 2020."


def test_a_figure_copied_from_an_original_with_full_stop_thousands():
    draft = "In total, 312.458 voters came to the polls, 1.250 more than in 2020."
    assert c013_against(draft, RO) == [("312.458", "312,458"), ("1.250", "1,250")]
    assert c013_against("In total, 312,458 voters came to the polls, 1,250 more than in 2020.", RO) == []


def test_a_copy_that_english_reads_the_same_stays_quiet():
    es = "Energía Cantábrica obtuvo un beneficio neto de 1.245 millones de euros en el primer semestre."
    assert c013_against("Energía Cantábrica made a net profit of €1.245 billion in the first half.", es) == []
    zh = "该指数收于3.125点，较前一日上涨0.8%。"  # a decimal point in Chinese: the copy is right
    assert c013_against("The index closed at 3.125 points, up 0.8% on the previous day.", zh) == []
