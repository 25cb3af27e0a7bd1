"""Normalisation, gaps and alignment under the misquote rules; properties checked with hypothesis."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from checks.misquote import ALTERED, VERIFIED, verify_quotations
from checks.misquote.align import align
from checks.misquote.index import build_index
from checks.misquote.text import normalise_word, segments_of
from checks.stylesheet import SourceDocument

SOURCE_TEXT = (
    "The minister said the government would present a revised budget to parliament next month, with "
    "spending on hospitals and schools protected from the cuts. \"Nobody should pay for a crisis they did "
    "not cause,\" she told lawmakers, adding that talks with the unions would resume on Monday and that an "
    "agreement on public sector wages was within reach before the end of the summer recess."
)
SOURCE = SourceDocument("budget.txt", SOURCE_TEXT)
PLAIN = SourceDocument("plain.txt", SOURCE_TEXT.replace('"', ""))  # no quotation inside the source
WORDS = re.findall(r"\S+", SOURCE_TEXT)


def test_normalise_word():
    assert normalise_word("U.S.") == normalise_word("US") == "us"
    assert normalise_word("China’s") == normalise_word("china's")
    assert normalise_word("[T]he") == "the"
    assert normalise_word("stabilise") == normalise_word("stabilize")
    assert normalise_word("honour") == normalise_word("honor")
    assert normalise_word("four") != normalise_word("for")
    assert normalise_word("miscalculations") != normalise_word("miscalculation")


def test_segments_at_ellipses_and_brackets():
    text = "“[T]he US will … continue [the US] to use China’s engagement. . . in the region [...] today”"
    segs = segments_of(text, [(1, len(text) - 1)])
    assert [[w.norm for w in s.words] for s in segs] == [
        ["the", "us", "will"], ["continue"], ["to", "use", "china's", "engagement"], ["in", "the", "region"], ["today"],
    ]
    assert [s.gap for s in segs] == [None, "ellipsis", "bracket", "ellipsis", "ellipsis"]


def test_segments_remember_their_paragraph_piece():
    text = "“one two\n\n“three four”"
    segs = segments_of(text, [(1, 8), (11, 21)])
    assert segs[0].piece_of_word == (0, 0, 1, 1)


def test_alignment_prefers_restoring_dropped_words_to_a_wrong_word():
    al = align("importance of maintaining communication".split(),
               "discuss the importance of maintaining open lines of communication to manage".split())
    assert [op.tag for op in al.ops] == ["equal", "insert", "equal"]


def test_index_is_built_once_per_sources_tuple():
    a = build_index((SOURCE,))
    b = build_index((SourceDocument("budget.txt", SOURCE_TEXT),))
    assert a is b


STYLES = [("“", "”"), ('"', '"'), ("«", "»"), ("„", "“"), ("‘", "’")]


@settings(max_examples=60, deadline=None)
@given(
    start=st.integers(0, len(WORDS) - 4),
    length=st.integers(3, 25),
    style=st.sampled_from(STYLES),
    spaces=st.lists(st.sampled_from([" ", "  ", "\u00a0", " \t"]), min_size=40, max_size=40),
    upper_first=st.booleans(),
    final=st.sampled_from(["", ".", ",", "!", "?", "…"]),
)
def test_source_passages_verify_up_to_style_whitespace_case_and_final_punctuation(
    start, length, style, spaces, upper_first, final
):
    words = [re.sub(r"[\"“”]", "", w) for w in WORDS[start : start + length]]
    body = "".join(w + spaces[i % len(spaces)] for i, w in enumerate(words)).strip()
    body = body.rstrip(".,!?") + final
    if upper_first:
        body = body[0].upper() + body[1:]
    draft = f"The report noted that {style[0]}{body}{style[1]} in its summary."
    [qc] = verify_quotations(draft, [SOURCE])
    assert qc.status == VERIFIED, (draft, qc)


@settings(max_examples=40, deadline=None)
@given(start=st.integers(0, len(WORDS) - 12), length=st.integers(8, 20), at=st.integers(1, 6),
       new=st.sampled_from(["elephant", "tomorrow", "banana", "forbidden", "quietly"]))
def test_one_changed_word_is_reported_with_the_source_word(start, length, at, new):
    words = [re.sub(r"[^\w'’-]", "", w) for w in WORDS[start : start + length]]
    old = words[at]
    words[at] = new
    draft = "The report noted that “" + " ".join(words) + "” in its summary."
    [qc] = verify_quotations(draft, [PLAIN])
    assert qc.status == ALTERED
    [d] = qc.diffs
    assert draft[d.start : d.end] == new
    assert d.replacement.strip("\"“”,.") == old


def test_house_style_numbers_percent_and_accents_are_not_alterations():
    assert normalise_word("fifty") == normalise_word("50") == "50"
    assert normalise_word("Orbán") == normalise_word("Orban")
    source = SourceDocument("s.txt", "Mr. Orbán said growth would reach five percent and the fund fifty billion euros.")
    draft = "“Growth would reach 5% and the fund 50 billion euros,” Orban said."
    [qc] = verify_quotations(draft, [source])
    assert qc.status == VERIFIED


PIECES = ["the", "minister", "said", "We", "will", "not", "back", "down", "budget", "talks", "Monday", "Qin",
          "“", "”", '"', "‘", "’", "«", "»", "…", "...", "[the US]", "[T]he", ",", ".", "?", "\n", "\n\n", "—", "U.S."]


@settings(max_examples=150, deadline=None)
@given(draft=st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join),
       source=st.lists(st.sampled_from(PIECES), max_size=80).map(" ".join))
def test_any_text_gives_findings_with_valid_spans(draft, source):
    from checks import CheckOptions, check_text
    from checks.registry import select_codes

    opts = CheckOptions(sources=[SourceDocument("s.txt", source), SOURCE], select=select_codes(["misquote"]))
    for f in check_text(draft, opts).findings:
        assert 0 <= f.start <= f.end <= len(draft)
        for s in f.suggestions:
            assert 0 <= s.start <= s.end <= len(draft)


def test_abbreviations_do_not_end_a_quoted_sentence():
    text = "“Mr. Blinken will travel on Jan. 5. He will meet Qin”"
    segs = segments_of(text, [(1, len(text) - 1)])
    assert [len(s.words) for s in segs] == [7, 4]
