"""Misquote rules M001-M003: quotations of a draft checked against statements the editor supplied."""

from pathlib import Path

import pytest

from checks import CheckOptions, check_text
from checks.apply import apply_edits
from checks.misquote import ALTERED, NOT_FOUND, VERIFIED, verify_quotations
from checks.registry import select_codes
from checks.stylesheet import SourceDocument

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

STATEMENT = SourceDocument(
    "statement.txt",
    """Readout of the Secretary's call with the Foreign Minister

Secretary of State Antony Blinken spoke today with Foreign Minister Qin Gang. The Secretary discussed
the importance of maintaining open lines of communication to responsibly manage the relationship and
avoid miscalculation and conflict. He made clear that the United States will continue to use diplomatic
engagement to raise areas of concern as well as areas of potential cooperation.

"We are deeply concerned about the humanitarian situation, and we believe there must be a political
solution to this conflict that respects the sovereignty of all states in the region," Blinken said.
"Our partners in the region have told us clearly that they want calm, and calm is what we will work for
in the days ahead."
""",
)
WIRE = SourceDocument(
    "wire.txt",
    """GENEVA (Wire) - The U.N. refugee agency said on Tuesday that funding for its operations had fallen
to the lowest level in a decade. "We are being forced to make impossible choices between families who
all need help," the agency's spokeswoman Olga Sarrado told reporters.
""",
)
SOURCES = [STATEMENT, WIRE]


def findings(draft: str, sources=SOURCES):
    opts = CheckOptions(sources=list(sources), select=select_codes(["misquote"]))
    return check_text(draft, opts).findings


def single(draft: str, sources=SOURCES):
    checks = verify_quotations(draft, sources)
    assert len(checks) == 1, checks
    return checks[0]


# -- outcomes -----------------------------------------------------------------------------


def test_exact_quotation_is_verified_and_quiet():
    draft = "Blinken said the United States would “avoid miscalculation and conflict” in the months ahead."
    qc = single(draft)
    assert qc.status == VERIFIED
    assert qc.source == "statement.txt"
    assert qc.source_text == "avoid miscalculation and conflict"
    assert findings(draft) == []


def test_altered_by_one_word():
    draft = "Blinken said the United States would “avoid miscalculations and conflict.”"
    qc = single(draft)
    assert qc.status == ALTERED
    [f] = findings(draft)
    assert (f.rule, f.category, f.severity) == ("M001", "misquote", "error")
    assert f.excerpt == "miscalculations"
    assert '"avoid miscalculations and" → source has "avoid miscalculation and"' in f.message
    assert [s.replacement for s in f.suggestions] == ["miscalculation"]
    assert f.fixable


def test_altered_by_several_words():
    draft = (
        "“We are deeply worried about the humanitarian situation, and we believe there must be a political "
        "solution for this conflict,” Blinken said."
    )
    fs = findings(draft)
    assert [f.rule for f in fs] == ["M001", "M001"]
    assert fs[0].excerpt == "worried"
    assert '"deeply worried about" → source has "deeply concerned about"' in fs[0].message
    assert fs[1].excerpt == "for"
    assert '"solution for this" → source has "solution to this"' in fs[1].message
    fixed = apply_edits(draft, [f.suggestions[0] for f in fs]).text
    assert "deeply concerned about" in fixed and "solution to this conflict" in fixed
    assert single(fixed).status == VERIFIED


def test_seed_case_dropped_words_are_restored():
    draft = (
        "In his call with Qin Gang, Blinken discussed the “importance of maintaining communication” to "
        "responsibly manage relations."
    )
    [f] = findings(draft)
    assert f.rule == "M001"
    assert f.excerpt == "maintaining communication"
    assert '"maintaining communication" → source has "maintaining open lines of communication"' in f.message
    fixed = apply_edits(draft, f.suggestions).text
    assert "“importance of maintaining open lines of communication”" in fixed


def test_shortened_with_an_ellipsis_is_verified():
    draft = (
        "He made clear that “the United States will continue to use diplomatic engagement … as well as "
        "areas of potential cooperation.”"
    )
    qc = single(draft)
    assert qc.status == VERIFIED
    assert " … " in qc.source_text
    assert findings(draft) == []


def test_ellipsis_with_three_dots_and_an_altered_second_part():
    draft = (
        "“The Secretary discussed the importance of maintaining open lines of communication ... and avoid "
        "misunderstanding and conflict,” the readout said."
    )
    [f] = findings(draft)
    assert f.rule == "M001"
    assert f.excerpt == "misunderstanding"
    assert [s.replacement for s in f.suggestions] == ["miscalculation"]


def test_bracketed_insertion_is_editorial():
    draft = "“[The US] will continue to use diplomatic engagement to raise areas of concern,” the Secretary said."
    assert single(draft).status == VERIFIED
    assert findings(draft) == []


def test_partial_quote_inside_a_sentence():
    draft = "Blinken said there must be “a political solution to this conflict” that respects every state."
    qc = single(draft)
    assert qc.status == VERIFIED
    assert qc.source_text == "a political solution to this conflict"


def test_partial_quote_dropping_a_word_is_altered():
    draft = "Blinken said there must be “a solution to this conflict” in the region."
    [f] = findings(draft)
    assert '"a solution" → source has "a political solution"' in f.message
    assert [s.replacement for s in f.suggestions] == ["a political solution"]


def test_quote_split_across_paragraphs():
    draft = (
        "Blinken was blunt. “We are deeply concerned about the humanitarian situation, and we believe there must "
        "be a political solution to this conflict that respects the sovereignty of all states in the region.\n\n"
        "“Our partners in the region have told us clearly that they want calm, and calm is what we will work for "
        "in the days ahead,” he said.\n"
    )
    qc = single(draft)
    assert len(qc.quotation.pieces) == 2
    assert qc.status == VERIFIED
    assert findings(draft) == []


def test_quote_split_across_paragraphs_altered_in_the_second():
    draft = (
        "“We are deeply concerned about the humanitarian situation, and we believe there must "
        "be a political solution to this conflict that respects the sovereignty of all states in the region.\n\n"
        "“Our partners in the region have told us clearly that they want peace, and calm is what we will work "
        "for in the days ahead,” Blinken said.\n"
    )
    [f] = findings(draft)
    assert f.excerpt == "peace"
    assert f.start > draft.index("\n\n")
    assert [s.replacement for s in f.suggestions] == ["calm"]


def test_not_found_is_a_warning_without_suggestion():
    draft = "The minister called the talks “a waste of everybody's time and money” before leaving early."
    [f] = findings(draft)
    assert (f.rule, f.severity) == ("M002", "warning")
    assert f.suggestions == ()
    assert f.excerpt == "“a waste of everybody's time and money”"
    assert "statement.txt, wire.txt" in f.message
    assert single(draft).status == NOT_FOUND


def test_found_in_a_second_source():
    draft = "“We are being forced to make impossible choices between families who all need help,” Sarrado said."
    qc = single(draft)
    assert (qc.status, qc.source) == (VERIFIED, "wire.txt")
    assert findings(draft) == []


def test_altered_in_a_second_source_names_it():
    draft = "“We are being forced to make hard choices between families who all need help,” Sarrado said."
    [f] = findings(draft)
    assert "wire.txt" in f.message and f.excerpt == "hard"


def test_part_between_ellipses_not_found():
    draft = (
        "“We are deeply concerned about the humanitarian situation … and we will never negotiate with anyone "
        "about anything,” Blinken said."
    )
    qc = single(draft)
    assert qc.status == ALTERED
    [f] = findings(draft)
    assert f.rule == "M002" and f.excerpt.startswith("and we will never negotiate")


def test_no_sources_no_findings():
    draft = "Blinken discussed the “importance of maintaining communication” with Qin."
    assert check_text(draft, CheckOptions(select=select_codes(["misquote"]))).findings == []
    assert verify_quotations(draft, []) == []


def test_single_word_quote_not_found_is_info():
    draft = "Orban said he had obtained “guarantees” on how the money would be spent."
    [f] = findings(draft)
    assert (f.rule, f.severity) == ("M002", "info")


def test_nested_quotation_is_checked_as_part_of_the_outer_one():
    draft = "“We are deeply concerned about the ‘humanitarian situation’, and we believe there must be a political solution,” Blinken said."
    qc = single(draft)
    assert qc.status == VERIFIED


@pytest.mark.parametrize(
    "draft",
    [
        'Blinken said the United States would "avoid miscalculation and conflict."',
        "Blinken said the United States would «avoid miscalculation and conflict».",
        "Blinken said the United States would “Avoid  miscalculation\nand conflict!”",
        "Blinken said the United States would ‘avoid miscalculation and conflict’.",
        ("“We are deeply concerned about the humanitarian situation; and we believe there must be a political "
         "solution to this conflict,” Blinken said."),
        "“Our partners in the region have told us clearly that they want calm...” Blinken said.",
    ],
)
def test_quote_style_whitespace_and_punctuation_never_alter(draft):
    assert single(draft).status == VERIFIED
    assert findings(draft) == []


def test_us_spelling_and_acronym_dots_are_not_alterations():
    source = SourceDocument("s.txt", "The U.S. will stabilize the relationship and honor its commitments.")
    draft = "Officials said “the US will stabilise the relationship and honour its commitments.”"
    assert single(draft, [source]).status == VERIFIED


def test_capital_at_quote_start_is_kept_in_the_suggestion():
    draft = "“Avoid miscalculations and conflict,” Blinken said."
    source = SourceDocument("s.txt", "We must avoid miscalculation and conflict, Blinken said.")
    [f] = findings(draft, [source])
    assert [s.replacement for s in f.suggestions] == ["miscalculation"]
    draft2 = "“Worried about the humanitarian situation,” he wrote."
    [f2] = findings(draft2, [SourceDocument("s.txt", "We are concerned about the humanitarian situation.")])
    assert [s.replacement for s in f2.suggestions] == ["Concerned"]


def test_verify_quotations_lists_every_quotation_in_order():
    draft = (
        "Blinken spoke of the need to “avoid miscalculation and conflict.” He also said there must be a "
        "“political solution for this conflict” and called the talks “a waste of everybody's time”."
    )
    checks = verify_quotations(draft, SOURCES)
    assert [c.status for c in checks] == [VERIFIED, ALTERED, NOT_FOUND]
    assert checks[1].source_text == "political solution to this conflict"
    assert checks[0].quotation.open < checks[1].quotation.open < checks[2].quotation.open


def test_misquote_fixes_are_not_review_only_inside_quotes():
    draft = "Blinken said the United States would “avoid miscalculations and conflict.”"
    [f] = [x for x in check_text(draft, CheckOptions(sources=SOURCES)).findings if x.rule == "M001"]
    assert f.fixable and "review only" not in f.message


def test_sample_pair_outcomes():
    draft = (SAMPLES / "misquote_blinken_call.txt").read_text(encoding="utf-8")
    sources = [SourceDocument(p.name, p.read_text(encoding="utf-8"))
               for p in (SAMPLES / "source_state_department.txt", SAMPLES / "source_mfa_readout.txt")]
    statuses = [c.status for c in verify_quotations(draft, sources)]
    assert statuses.count(VERIFIED) >= 7
    assert statuses.count(NOT_FOUND) == 1
    rules = sorted(f.rule for f in findings(draft, sources))
    assert rules == ["M001"] * 4 + ["M002", "M003"]


def test_unclosed_quotation_is_cut_at_its_attribution():
    source = SourceDocument("press.txt", "MICHEL: We have decided to support Ukraine for the long term. This is not the end "
                            "of the road.\n\nVON DER LEYEN: It is a strong signal of unity.")
    draft = ("“We have decided to support Ukraine for the long term, said European Council President Charles Michel. "
             "“This is not the end of the road.\n")
    checks = verify_quotations(draft, [source])
    assert [(c.text, c.status) for c in checks] == [
        ("We have decided to support Ukraine for the long term", VERIFIED),
        ("This is not the end of the road.", VERIFIED),
    ]
    assert checks[0].speaker == "European Council President Charles Michel" and not checks[0].misattributed
    assert findings(draft, [source]) == []


def test_unclosed_quotation_running_on_is_not_an_alteration():
    draft = "Blinken said the United States would “avoid miscalculation and conflict in the coming months\n"
    qc = single(draft)
    assert qc.status == VERIFIED


def test_quote_check_to_dict():
    draft = "Blinken said the United States would “avoid miscalculations and conflict.”"
    d = single(draft).to_dict()
    assert d["status"] == ALTERED and d["source"] == "statement.txt"
    assert d["diffs"][0]["replacement"] == "miscalculation"
    assert draft[d["start"] : d["end"]] == "“avoid miscalculations and conflict.”"


def test_quotes_without_words_and_empty_sources():
    assert verify_quotations("He wrote “[sic]” and “…” in the margin.", SOURCES) == []
    [qc] = verify_quotations("He said “hello there, friend” today.", [SourceDocument("empty.txt", "")])
    assert qc.status == NOT_FOUND
    [qc] = verify_quotations("He said “hello there, friend” today.",
                             [SourceDocument("empty.txt", ""), SourceDocument("notes.txt", "Hello there, friend!")])
    assert (qc.status, qc.source) == (VERIFIED, "notes.txt")


def test_quoted_sentences_are_looked_up_one_by_one():
    draft = (
        "“Our partners in the region have told us clearly that they want calm. We are deeply concerned about "
        "the humanitarian situation,” Blinken said."
    )
    qc = single(draft)
    assert qc.status == VERIFIED
    assert qc.source_text.count(" … ") == 1  # two passages of the statement, not next to each other
    altered = draft.replace("want calm", "want peace")
    [f] = findings(altered)
    assert f.excerpt == "peace" and [s.replacement for s in f.suggestions] == ["calm"]


def test_sharing_a_few_words_with_a_source_sentence_is_not_an_alteration():
    draft = "Blinken said “the United States will not back down from its commitments” on Tuesday."
    qc = single(draft)
    assert qc.status == NOT_FOUND
    assert [f.rule for f in findings(draft)] == ["M002"]


@pytest.mark.parametrize("draft_name, source_names", [
    ("misquote_blinken_call.txt", ("source_state_department.txt", "source_mfa_readout.txt")),
    ("misquote_eu_summit.txt", ("source_eu_press_conference.txt", "source_zelenskiy_post.txt")),
])
def test_applying_every_restoration_leaves_nothing_altered(draft_name, source_names):
    draft = (SAMPLES / draft_name).read_text(encoding="utf-8")
    sources = [SourceDocument(n, (SAMPLES / n).read_text(encoding="utf-8")) for n in source_names]
    fixes = [f.suggestions[0] for f in findings(draft, sources) if f.rule == "M001"]
    assert fixes
    result = apply_edits(draft, fixes)
    assert not result.conflicts
    assert [f.rule for f in findings(result.text, sources) if f.rule == "M001"] == []
    assert all(c.status != ALTERED for c in verify_quotations(result.text, sources))


def test_titles_not_found_are_info_only():
    draft = "The army launched “Operation Spring Storm” and the minister quoted “The Art of War” at length."
    fs = findings(draft)
    assert [(f.rule, f.severity) for f in fs] == [("M002", "info"), ("M002", "info")]
    speech = "The minister said it was “a war we cannot afford to lose” before leaving."
    assert [(f.rule, f.severity) for f in findings(speech)] == [("M002", "warning")]


def test_restoration_never_takes_the_source_attribution_along():
    draft = "Blinken said “we believe there must be a political solution to this conflict at once.”"
    [f] = findings(draft)
    assert f.rule == "M001"
    for s in f.suggestions:
        assert "Blinken" not in s.replacement and '"' not in s.replacement


def test_two_remarks_run_together_are_verified_part_by_part():
    draft = "Blinken said “we believe there must be a political solution to this conflict in the days ahead.”"
    qc = single(draft)
    assert qc.status == VERIFIED and " … " in qc.source_text
    altered = draft.replace("a political solution", "a just solution")
    [f] = findings(altered)
    assert f.excerpt == "just" and [s.replacement for s in f.suggestions] == ["political"]


# -- short quotations found by the words around them -------------------------------------------------

TALKS = SourceDocument(
    "ministry.txt",
    "Oslo, 14 March. Foreign Minister Harald Lindqvist said the talks with the delegation had been very "
    "productive and that both sides would meet again in Bergen in May. He described the new border "
    "arrangements as fair and workable. Asked about fishing quotas, he said no decision had been taken.",
)


def test_two_word_quotation_with_a_changed_word_is_restored_from_its_context():
    draft = ("Foreign Minister Harald Lindqvist said the talks with the delegation had been “very constructive” "
             "and that both sides would meet again in Bergen in May.")
    (f,) = findings(draft, [TALKS])
    assert f.rule == "M001" and f.excerpt == "constructive"
    assert "very productive" in f.message and "very constructive" in f.message
    assert apply_edits(draft, [f.suggestions[0]]).text == draft.replace("constructive", "productive")
    assert single(draft, [TALKS]).status == ALTERED


def test_quotation_ending_its_sentence_needs_more_words_before_it():
    draft = ("He described the new border arrangements as “fair and practical”. "
             "Fishermen in the north were less pleased with the outcome.")
    (f,) = findings(draft, [TALKS])
    assert f.rule == "M001" and f.suggestions[0].replacement == "workable"
    short = "The minister called them “fair and practical”. Fishermen were less pleased."
    assert [f.rule for f in findings(short, [TALKS])] == ["M002"]


@pytest.mark.parametrize("draft", [
    # both quoted words differ: a paraphrase, not a drifted quotation
    "Foreign Minister Harald Lindqvist said the talks with the delegation had been “truly useful” "
    "and that both sides would meet again in Bergen in May.",
    # the words around the quotation are not the source's
    "Critics of the government said the plan was “very constructive” for the shipping companies alone.",
    # only one word of context on each side matches
    "The opposition said the talks had been “very constructive” and that nothing else had changed.",
])
def test_short_quotation_without_its_place_in_the_source_stays_not_found(draft):
    assert [f.rule for f in findings(draft, [TALKS])] == ["M002"]
