"""Quote rules against a house style, on professional translations, and on other languages' marks.

Issue 15 measured the quote rules on professional human translations of news (mqm-zhen ref.A/ref.B):
Q008 fired on logical punctuation, Q001/Q002 on sentences that continue a quotation across segments,
Q003 on straight openers with curly closers. ``bench/quotes_news.py`` prints the rates; these tests pin
the shapes down on sentences written for them, broken and clean.
"""

from __future__ import annotations

import pytest

from checks import CheckOptions, check_text
from checks.apply import apply_edits
from checks.registry import select_codes

QUOTES = select_codes(["quotes"])


def found(text: str, **kw) -> list:
    return check_text(text, CheckOptions(select=QUOTES, **kw)).findings


def rules(text: str, **kw) -> list[str]:
    return [f.rule for f in found(text, **kw)]


def fixed(text: str, **kw) -> str:
    return apply_edits(text, [f.suggestions[0] for f in found(text, **kw) if f.suggestions]).text


# -- Q008: a house style, chosen or the draft's own habit ---------------------------------------------

LOGICAL = ("Officials called the talks “frank”, the mood “calm” and the agenda “full”. Later they spoke of "
           "“progress”, and the envoy praised the “spirit of Geneva”.")


def test_logical_punctuation_is_no_error_unless_the_desk_chose_us_style():
    assert rules(LOGICAL) == []
    assert rules(LOGICAL, quote_style="uk") == []
    assert rules(LOGICAL, quote_style="us") == ["Q008"] * 4


def test_one_slip_from_the_drafts_own_habit_is_flagged_with_the_habit_named():
    text = LOGICAL + " Aides called it a “fair deal,” and left."
    [f] = found(text)
    assert f.rule == "Q008" and f.excerpt == ",”" and "elsewhere (4 times)" in f.message
    assert fixed(text).endswith("a “fair deal”, and left.")


def test_a_draft_with_two_habits_in_equal_measure_has_none():
    text = "They called it “frank”, then “useful”. Aides said it was “fair,” and “overdue.”"
    assert rules(text) == []


def test_us_habit_flags_the_logical_slip():
    text = ("He promised a “fair process,” a “quick review,” and “full transparency.” Critics spoke of a "
            "“stitch-up,” then of “theatre”.")
    [f] = found(text)
    assert f.excerpt == "”." and "inside the closing mark elsewhere" in f.message


# -- Q004: the marks it saw, and the draft's own nesting ----------------------------------------------

def test_nesting_message_names_the_marks_it_saw():
    [f, _] = found("“He called it “a farce” and walked out,” the aide said.")
    assert f.message.startswith("Nested quotation uses “…” inside “…”; use ‘…’")


def test_single_guillemets_inside_double_ones_are_not_double_inside_double():
    assert "Q004" not in rules("The minister said «the word ‹unacceptable› was never used» on Monday.")


def test_a_draft_that_nests_uk_style_throughout_is_not_told_to_nest_us_style():
    text = "‘He called it “a farce”,’ the aide said. ‘It was “bad”,’ she said. ‘It ends now,’ he said."
    assert "Q004" not in rules(text)
    assert "Q004" in rules(text, quote_style="us")


# -- professional translations: straight/curly mixes, autocorrected closers, glued openers ---------------

def test_straight_opener_with_curly_closer_pairs_and_is_a_style_mix():
    text = '"The new technology provides a new idea for capturing carbon dioxide,” Li said.'
    assert rules(text) == ["Q007"]
    assert fixed(text).startswith("“The new technology")


@pytest.mark.parametrize("text,repaired", [
    ("Sarah Brannon told VOA, “This is unworkable. “", "Sarah Brannon told VOA, “This is unworkable.”"),
    ("He said, “Vietnam deserves ASEAN's thanks for these things. “\n\nThe talks resumed on Monday.",
     "He said, “Vietnam deserves ASEAN's thanks for these things.”\n\nThe talks resumed on Monday."),
])
def test_an_autocorrected_closer_after_a_space_is_turned_and_closed_up(text, repaired):
    assert rules(text) == ["Q011"]
    assert fixed(text) == repaired


def test_an_opener_glued_to_the_comma_opens():
    assert rules('An analyst said,"It is better to talk than not to talk," he added.') == []
    text = "Ziobro said,”The treaty contains harmful elements,” he added."
    assert rules(text) == ["Q011"]
    assert fixed(text) == "Ziobro said, “The treaty contains harmful elements,” he added."


# -- Q001/Q002: a quotation continued beyond a one-sentence text or across sentence-per-line lines -------

@pytest.mark.parametrize("segment", [
    "He said, “The cost of services is increasing.",
    "One of the sources described William saying to Harry at the time, “Don't let yourself be rushed.",
    '"All cadres in the company should further improve our political standing.',
    "You can spend as much time as possible to get to know this girl. ”",
    "We should give full play to the role of trade unions, do a good job in epidemic prevention, ”",
])
def test_a_one_sentence_segment_may_open_or_close_a_quotation_that_continues_elsewhere(segment):
    assert rules(segment) == []


@pytest.mark.parametrize("text,rule", [
    ("He said “we will win the war.", "Q002"),  # a quoted fragment must close in its sentence
    ("“We will win the war, he said.", "Q002"),  # the attribution is inside: the closer is missing
    ('"The talks failed, the envoy said.', "Q002"),
    ("The agreement is fair and balanced,” the minister told reporters.", "Q001"),  # attribution after it
    # Two paragraphs: an article, not a segment, so its last quotation must close.
    ("Talks resumed on Monday.\n\nHe said, “The cost of services is increasing.", "Q002"),
    ("Talks resumed on Monday.\n\nYou can spend as much time as you like here. ”", "Q001"),
])
def test_the_same_shapes_in_an_article_or_with_an_attribution_are_still_errors(text, rule):
    assert rule in rules(text)


def test_sentence_per_line_lines_continue_a_quotation_without_reopening():
    lines = ("One of the sources described William saying to Harry, “Don't let yourself be rushed.\n"
             "Take as much time as you can to get to know this girl,” the source said.\n"
             "The report states that Harry found the words snobbish.")
    assert rules(lines) == []
    # With blank lines between them they are paragraphs, and news style reopens the quotation.
    assert rules(lines.replace("\n", "\n\n")) == ["Q005"]


# -- Q009 and „…“ ------------------------------------------------------------------------------------

def test_german_low_high_quotes_pair_and_are_foreign_marks_in_english_copy():
    text = "He said „we will win“ on Monday."
    assert rules(text) == ["Q009", "Q009"]
    assert fixed(text) == "He said “we will win” on Monday."


def test_the_seed_draft_keeps_its_real_quote_finding_and_gains_none(seed_text):
    """The real draft the project started from: its stray `”. and` (Q006) and nothing else, in any style."""
    for style in ("auto", "us"):
        assert [(f.rule, f.excerpt) for f in found(seed_text, quote_style=style)] == [("Q006", "”.")]
