"""Garble pattern rules G001-G004: spliced fragments, noun piles, calques, agreement slips."""

from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks import check_text
from checks.stylesheet import CheckOptions



def garble(text: str, opts: CheckOptions | None = None):
    return [f for f in check_text(text, opts).findings if f.category == "garble"]


def rules(text: str, opts: CheckOptions | None = None) -> list[tuple[str, str]]:
    return [(f.rule, f.excerpt) for f in garble(text, opts)]


# -- G001 spliced fragments ------------------------------------------------------------------


def test_splice_before_capitalised_preposition_is_lower_cased():
    text = "Officials prepared for a highly anticipated visit By Washington’s top diplomat to the region."
    (f,) = [f for f in garble(text) if f.rule == "G001"]
    assert f.excerpt == "visit By"
    assert "cut out" in f.message
    assert [(s.start, s.end, s.replacement) for s in f.suggestions] == [(text.index("By"), text.index("By") + 2, "by")]


def test_splice_before_capitalised_pronoun_offers_a_full_stop():
    text = "A trip was postponed Chinese spy balloon It flew over the continental United States."
    (f,) = [f for f in garble(text) if f.rule == "G001"]
    assert f.excerpt == "balloon It"
    (s,) = f.suggestions
    assert text[: s.start] + s.replacement + text[s.end :] == (
        "A trip was postponed Chinese spy balloon. It flew over the continental United States."
    )


def test_splice_in_mid_sentence_preposition():
    assert ("G001", "text In") in rules("Negotiators could not agree on the text In its current form Paris demands changes.")


@pytest.mark.parametrize(
    "text",
    [
        "Officials from the Council On Foreign Relations attended the briefing on Monday.",
        "She watched Gone With the Wind again with her friends last weekend.",
        "The minister said: In the coming weeks we will table a new budget.",
        "He was born in 1961. In 2009 he became the country's first elected president.",
        "Protesters gathered outside parliament on Tuesday, demanding that the government resign.",
        "The wrestler lost the title to The Rock in front of a packed arena.",
        "I think the deal is good, and I will vote for it, the senator told reporters.",
        "The band released the album This Is It shortly before the tour was cancelled.",
        "The call between Lighthizer and Liu He meets the requirement of the trade agreement.",
        "Zhong Nanshan recalled the 1980s film At Middle Age, which his friends abroad had watched.",
    ],
)
def test_no_splice_in_fluent_text(text):
    assert not [r for r in rules(text) if r[0] == "G001"]


# A capitalised common noun starting the next sentence (the full stop lost with cut-out text).
CAPITAL_NOUN_SPLICES = [
    ("The government announced deep cuts to health and education Spending plans were published on Tuesday "
     "by the finance ministry.", "education Spending"),
    ("Thousands of people were moved out of the flooded valley Residents said the water rose within minutes.",
     "valley Residents"),
    ("The central bank left its main rate unchanged for a third month Prices of food and fuel kept rising "
     "across the region.", "month Prices"),
    ("Both delegations left the capital late on Friday after the summit Talks are expected to resume in the "
     "spring, diplomats said.", "summit Talks"),
]


@pytest.mark.parametrize("text, excerpt", CAPITAL_NOUN_SPLICES)
def test_splice_before_capitalised_common_noun_offers_a_full_stop(text, excerpt):
    (f,) = [f for f in garble(text) if f.rule == "G001"]
    assert f.excerpt == excerpt
    word = excerpt.split()[1]
    assert f"“{word}”" in f.message and "full stop" in f.message
    full_stop, lower = f.suggestions
    fixed = text[: full_stop.start] + full_stop.replacement + text[full_stop.end :]
    assert fixed == text.replace(excerpt, excerpt.replace(" ", ". "))
    assert (lower.start, lower.end, lower.replacement) == (f.end - len(word), f.end, word.lower())


@pytest.mark.parametrize(
    "text",
    [
        # names, titles and institutions that look like common words
        "Poland's ruling Law and Justice party won the most seats in the election on Sunday.",
        "As a young man he wrote Thoughts on Government, a pamphlet that circulated widely.",
        "The film Love Actually was shown again on television during the holidays.",
        "Tech giants such as Apple and Google reported higher profits this quarter.",
        "Investors were waiting for the central bank after markets said Fed officials would act soon.",
        "Officials in Texas said the storm had damaged roads and power lines across the state.",
        "Seven Members of Parliament voted against the bill, and the rest abstained.",
        # a capital that opens a noun phrase after an adjective or a number
        "A meaningless Dispute broke out between the two families over the land.",
        "The veteran diplomat praised the bright Reason of the Enlightenment philosophers.",
        "The union said its seven Members on the board would resign together.",
        # capitals after punctuation, at a line start, or as a sentence start
        "The minister said: Spending will fall by two percent next year.",
        "Budget plans\nSpending will fall by two percent next year, the minister said.",
        "Prices rose again in March. Spending by households fell for the first time in a year.",
        # a title-case headline
        "Government Unveils New Spending Plans For Schools And Hospitals",
    ],
)
def test_no_capital_noun_splice_in_fluent_text(text):
    assert not [r for r in rules(text) if r[0] == "G001"]


# -- G002 noun piles ---------------------------------------------------------------------------


def test_lost_preposition_before_topic_noun():
    text = "Qin told Blinken that the U.S. should show respect for China’s key concerns Taiwan problem."
    (f,) = [f for f in garble(text) if f.rule == "G002"]
    assert f.excerpt == "concerns Taiwan problem"
    (s,) = f.suggestions
    assert text[: s.start] + s.replacement + text[s.end :] == text.replace("concerns Taiwan", "concerns over the Taiwan")


def test_two_plural_nouns_piled():
    assert ("G002", "countries mediators") in rules("The talks were hosted by a group of countries mediators, officials said.")


@pytest.mark.parametrize(
    "text",
    [
        "Arms sales to the region rose sharply last year, the report said.",
        "The employers steals the work of the proletariat, the pamphlet claimed.",
        "China’s concerns about Taiwan dominated the talks in Beijing.",
        "Several sports teams cancelled their trips because of the storm.",
    ],
)
def test_no_noun_pile_in_ordinary_phrases(text):
    assert not [r for r in rules(text) if r[0] == "G002"]


# -- G004 agreement slips ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, excerpt, replacement",
    [
        ("Diplomats said they has agreed to meet again in June.", "they has", "have"),
        ("The minister said he have no plans to resign.", "he have", "has"),
        ("Both sides said the two country have signed the accord.", "two country", "countries"),
        ("What they is proposing would end the blockade, he said.", "they is", "are"),
    ],
)
def test_agreement_slip(text, excerpt, replacement):
    (f,) = [f for f in garble(text) if f.rule == "G004"]
    assert f.excerpt == excerpt
    assert f.suggestions[0].replacement == replacement


@pytest.mark.parametrize(
    "text",
    [
        "If he were president, he would act differently, she said.",
        "Does it have a plan for the winter? Officials would not say.",
        "Other records about it have not been found, the archive said.",
        "The two countries have signed a trade deal worth $2 billion.",
        "Let them have their say, the speaker told the chamber.",
    ],
)
def test_no_agreement_slip_in_correct_grammar(text):
    assert not [r for r in rules(text) if r[0] == "G004"]


# -- the seed draft ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_report(seed_text):
    text = seed_text
    return text, check_text(text)


def test_seed_problem_sentences_are_flagged_with_reasons(seed_report):
    text, report = seed_report
    found = {(f.rule, f.excerpt) for f in report.findings if f.category == "garble"}
    assert ("G001", "visit By") in found
    assert ("G001", "Beijing Both") in found
    assert ("G001", "balloon It") in found
    assert ("G002", "concerns Taiwan problem") in found
    assert ("G003", "reading of the invitation") in found
    assert ("G003", "readings of the phone call") in found
    assert ("G003", "reading report") in found
    assert all(f.message for f in report.findings)


def test_seed_fluent_sentences_stay_quiet(seed_report):
    text, report = seed_report
    garble_spans = [(f.start, f.end) for f in report.findings if f.category == "garble"]
    for s in report.sentences:
        sentence = text[s.start : s.end]
        if any(s.start <= a < s.end for a, _ in garble_spans):
            assert s.garble_score >= 0.5, sentence
        else:
            assert s.garble_score < 0.5, sentence
    quiet = [
        "In his call with Qin Gang, Blinken discussed",
        "Later on Wednesday, the State Department announced",
        "Since then, already tense relations",
        "Blinken originally planned to visit China in February",
    ]
    for start in quiet:
        i = text.index(start)
        assert not [a for a, _ in garble_spans if text.find(".", i) > a >= i], start


NEWS_WORDS = ["the", "The", "In", "By", "It", "they", "has", "two", "country", "concerns", "Taiwan", "problem",
              "officials", "said", "visit", "Beijing", "Both", "since", "years", "reading", "of", "call", ",", ".", "\n\n", "“", "”"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(NEWS_WORDS), min_size=1, max_size=40))
def test_garble_findings_point_at_exact_spans(words):
    text = " ".join(words)
    for f in garble(text):
        assert 0 <= f.start < f.end <= len(text)
        assert f.excerpt == text[f.start : f.end]
        assert f.message and "\n" not in f.message
        for s in f.suggestions:
            assert 0 <= s.start <= s.end <= len(text)


TRIGGER_WORDS = ["the", "The", "In", "By", "It", "Both", "he", "He", "have", "they", "has", "is", "two", "country",
                 "countries", "mediators", "group", "of", "concerns", "Taiwan", "problem", "officials", "visit",
                 "balloon", "Chinese", "don’t", "doesn't", "said", ",", ".", "“", "(", "<unk>"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(TRIGGER_WORDS), min_size=1, max_size=25), min_size=1, max_size=6))
def test_batch_prefilter_never_hides_a_pattern_hit(sentences):
    """The batch-wide token test only skips sentences in which no detector can hit."""
    from checks.garble import tokens as gt
    from checks.garble.check import _tokens
    from checks.garble.patterns import candidate_sentences, sentence_hits

    lines = [" ".join(words) for words in sentences]
    may_hit = candidate_sentences(gt.batch(lines))
    for line, flag in zip(lines, may_hit):
        if sentence_hits(line, _tokens(line)):
            assert flag, line


def test_prefilter_passes_the_seed_failure_modes():
    from checks.garble import tokens as gt
    from checks.garble.patterns import candidate_sentences

    lines = [
        "Officials prepared for a highly anticipated visit By Washington’s top diplomat to the region.",
        "They reiterated China’s key concerns Taiwan problem during the talks.",
        "The decision was taken by a group of countries mediators last week.",
        "Officials say they has no plans to travel.",
        "The ministers of the two country have met.",
        "The ministers met in Geneva on Tuesday and agreed to meet again.",
    ]
    assert candidate_sentences(gt.batch(lines)).tolist() == [True, True, True, True, True, False]
