"""Cleanup family: scraped residue (C001-C004), mojibake (C005) and mechanical slips (C006-C009)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from checks import check_text
from checks.apply import apply_edits
from checks.cleanup.encoding import mojibake_edits
from checks.cleanup.residue import is_dateline, is_photo_credit, is_residue
from checks.findings import Suggestion



def cleanup(text: str, rule: str | None = None):
    return [f for f in check_text(text).findings if f.category == "cleanup" and (rule is None or f.rule == rule)]


def fix_all(text: str, findings) -> str:
    return apply_edits(text, [f.suggestions[0] for f in findings]).text


ARTICLE = (
    "Talks in Geneva ended on Friday without an agreement, officials said.\n\n"
    "The two delegations will meet again next month, according to a statement.\n"
)


# -- residue ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "line",
    [
        "Leave a Reply", "Leave a comment", "Your email address will not be published.",
        "Your email address will not be published. Required fields are marked *", "Share this article",
        "Facebook Twitter WhatsApp", "Facebook | Twitter | Email", "Advertisement", "ADVERTISEMENT", "Read more",
        "Read more: EU leaders agree on migration pact", "We use cookies to improve your experience on our site.",
        "Accept all cookies", "Skip to main content", "Sign up for our daily newsletter", "© 2023 Example Media",
        "Save my name, email, and website in this browser for the next time I comment.", "Post Comment",
    ],
)
def test_residue_lines(line):
    assert is_residue(line)


@pytest.mark.parametrize(
    "line",
    [
        "Meta, which owns Facebook and WhatsApp, said it would appeal the ruling.",
        "Read more about the plan, the minister told reporters, and you will see it works.",
        "The advertisement ran in three newspapers before the election.",
        "Leave a reply on the table, he told the waiter.",
        "The company said it uses cookies to track visitors, which regulators said broke the law.",
    ],
)
def test_article_sentences_are_not_residue(line):
    assert not is_residue(line)
    assert cleanup(f"{line}\n", "C001") == []


@pytest.mark.parametrize(
    "line",
    ["Chip Somodevilla/Getty Images", "Chip Somodevilla/Michael Danduzzi/Getty Images", "Photo: Reuters",
     "Evan Vucci/AP", "(AP Photo/Evan Vucci)", "Ludovic Marin/AFP via Getty Images", "Photograph: Kay Nietfeld/dpa"],
)
def test_photo_credit_lines(line):
    assert is_photo_credit(line)


@pytest.mark.parametrize(
    "line",
    ["Photographer Chip Somodevilla said the image was taken in March.",
     "Getty Images said it had removed the picture from its archive.",
     "Reuters reported the deal first.", "Blinken speaks with the Chinese foreign minister"],
)
def test_sentences_about_photographers_are_not_credits(line):
    assert not is_photo_credit(line)


@pytest.mark.parametrize(
    "line", ["Hong Kong", "WASHINGTON", "Washington (CNN) —", "KYIV, Ukraine —", "ODESA, Ukraine", "Paris"]
)
def test_datelines(line):
    assert is_dateline(line)


@pytest.mark.parametrize("line", ["Analysis", "Trade tensions rise", "Blinken speaks with Qin", "The"])
def test_headings_are_not_datelines(line):
    assert not is_dateline(line)


def test_seed_draft_residue_flagged_and_no_article_sentence(seed_text):
    text = seed_text
    found = cleanup(text)
    flagged = {f.excerpt: f for f in found if f.rule in ("C001", "C002")}
    assert set(flagged) == {
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Chip Somodevilla/Michael Danduzzi/Getty Images",
    }
    for f in flagged.values():
        assert f.suggestions[0].replacement == ""
    # every deletion is of a line standing alone, never part of an article paragraph
    deletions = [f for f in found if f.suggestions and f.suggestions[0].replacement == ""]
    for f in deletions:
        assert "\n" not in f.excerpt and len(f.excerpt.split()) <= 25
    cleaned = fix_all(text, deletions)
    assert "Leave a Reply" not in cleaned and "Getty Images" not in cleaned
    assert cleaned.endswith("President Xi Jinping.")
    assert "\n\n\n" not in cleaned
    assert "China’s Communist Party, although it has never ruled Taiwan" in cleaned


def test_trailing_residue_deletions_do_not_conflict():
    text = ARTICLE + "\nLeave a Reply\n\nYour email address will not be published.\n"
    found = cleanup(text, "C001")
    assert len(found) == 2
    result = apply_edits(text, [f.suggestions[0] for f in found])
    assert result.conflicts == ()
    assert result.text == ARTICLE  # the final line break stays


def test_residue_in_the_middle_leaves_no_blank_paragraph():
    text = "First paragraph of the story, which is long enough.\n\nAdvertisement\n\nSecond paragraph.\n"
    [f] = cleanup(text, "C001")
    assert fix_all(text, [f]) == "First paragraph of the story, which is long enough.\n\nSecond paragraph.\n"


def test_orphaned_dateline_is_info_with_two_fixes():
    text = ("Headline about the talks\n\nGENEVA\n\nTalks between the two sides ended on Friday without any "
            "agreement, officials said.\n")
    [f] = cleanup(text, "C003")
    assert f.severity == "info" and f.excerpt == "GENEVA"
    assert apply_edits(text, [f.suggestions[1]]).text.startswith("Headline about the talks\n\nGENEVA — Talks")


def test_caption_repeating_the_lede():
    text = ("Blinken speaks with Qin ahead of visit\n\n"
            "US Secretary of State Antony Blinken spoke by phone with Chinese Foreign Minister Qin Gang on Wednesday.\n\n"
            "US Secretary of State Antony Blinken spoke by phone with China’s foreign minister on Wednesday, "
            "ahead of a visit to Beijing. Both sides want better ties.\n")
    [f] = cleanup(text, "C004")
    assert f.excerpt.startswith("US Secretary") and f.excerpt.endswith("Qin Gang on Wednesday.")


def test_headline_is_not_a_caption():
    text = ("Mascots for World Expo 2020 Dubai Unveiled.\n\n"
            "The mascots for World Expo 2020 Dubai were unveiled on Sunday in Dubai, the organisers of the "
            "expo announced in a statement.\n\n"
            "The expo opens in October.\n")
    assert cleanup(text, "C004") == []


def test_lede_that_reports_speech_is_not_a_caption():
    text = ("Belgian girl, 3, dies of COVID-19\n\n"
            "Belgian health authorities said on Friday that a 3-year-old girl died of COVID-19 infection.\n\n"
            "Belgian health authorities spokesman Yves Van Laethem said the girl had died of COVID-19 infection "
            "and was the youngest victim in the country.\n")
    assert cleanup(text, "C004") == []


def test_consecutive_paragraphs_deep_in_the_story_are_not_captions():
    lede = "The Russian navy paraded in St Petersburg on Sunday, with President Vladimir Putin watching.\n\n"
    middle = "".join(f"Paragraph {n} of the story adds background on the parade and the fleet.\n\n" for n in range(4))
    text = ("Russia marks Navy Day\n\n" + lede + middle +
            "The Russian naval fleet is equipped with the latest ships and special equipment.\n\n"
            "The Russian naval fleet has warships equipped with high-precision weapons and the latest special "
            "equipment, Putin told the crowd.\n")
    assert cleanup(text, "C004") == []


def test_different_paragraphs_are_not_captions():
    text = ("The minister spoke on Wednesday about trade with China.\n\n"
            "Officials in Beijing said the visit would take place next week, and that both sides hoped "
            "for progress on export controls.\n")
    assert cleanup(text, "C004") == []


def test_scraped_pages_sample_every_residue_line_and_no_article_line():
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from cleanup import load_residue_sample

    text, expected = load_residue_sample(Path(__file__).resolve().parent.parent / "samples" / "residue_scraped_pages.txt")
    found = {f.start: f.rule for f in cleanup(text) if f.rule in ("C001", "C002", "C003", "C004")}
    assert found == expected


# -- markup and entities ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, markup, cleaned",
    [
        ("Nazi records survive. thumbleft250pxNazists methodically recorded it.", "thumbleft250px",
         "Nazi records survive. Nazists methodically recorded it."),
        ("The mine closed. thumbValea Jiului was the last.", "thumb", "The mine closed. Valea Jiului was the last."),
        ("The treasure uprightthumbCloșca with gold", "uprightthumb", "The treasure Cloșca with gold"),
        ("The war ended.[3] Peace followed[citation needed].", "[3]", "The war ended. Peace followed."),
        ("Line one<br>line two and <b>bold</b> text.", "<br>", "Line one line two and bold text."),
        ("Intro paragraph here.\n\nleftthumb\n\nNext paragraph.\n", "leftthumb",
         "Intro paragraph here.\n\nNext paragraph.\n"),
    ],
)
def test_markup_residue(text, markup, cleaned):
    found = cleanup(text, "C010")
    assert markup in [f.excerpt for f in found]
    assert fix_all(text, found) == cleaned


@pytest.mark.parametrize(
    "text",
    ["He has a green thumb, and the thumbnail images load left to right.", "The thumbling tale.",
     "The banner is 250px wide.", "Use <angle> brackets and [the president] insertions [sic]."],
)
def test_words_that_look_like_markup(text):
    assert cleanup(text, "C010") == []


def test_html_entities():
    text = "AT&amp;T said it&#8217;s done&nbsp;now; R&D & M&A stay."
    found = cleanup(text, "C011")
    assert [f.excerpt for f in found] == ["&amp;", "&#8217;", "&nbsp;"]
    assert fix_all(text, found) == "AT&T said it’s done now; R&D & M&A stay."


# -- encoding ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "damaged, repaired",
    [("CafÃ©", "Café"), ("Itâ€™s", "It’s"), ("ZÃ¼rich", "Zürich"), ("â€œdealâ€\x9d", "“deal”"), ("â€”", "—")],
)
def test_mojibake_repaired(damaged, repaired):
    text = f"The owner said {damaged} was closed on Monday."
    [f] = cleanup(text, "C005")
    assert f.excerpt == damaged and f.suggestions[0].replacement == repaired
    assert f.severity == "error"


@pytest.mark.parametrize(
    "text",
    ["A naïve façade in São Paulo – “quoted” and ’90s.", "Zürich, Kraków, Malmö, Ærø and Þingvellir.",
     "He said: “It’s over — for now.”", "Prices rose 5 € to 12 £ in 2023 ©.", "Ça va, à bientôt, “Ça”."],
)
def test_correct_text_is_not_mojibake(text):
    assert mojibake_edits(text) == []


_ACCENTED_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéèüöäçñàâêôëãõøæ", min_size=2, max_size=10)
_SEPARATOR = st.sampled_from([" ", ", ", " – ", " “", "” ", "’s "])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_ACCENTED_WORD, _SEPARATOR), min_size=1, max_size=8))
def test_mojibake_round_trip(parts):
    """Correct text is never touched; the same text read as Windows-1252 is repaired back exactly."""
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)

    original = "".join(w + sep for w, sep in parts).strip()
    assert mojibake_edits(original) == []
    damaged = original.encode("utf-8").decode("sloppy-windows-1252")
    fixed = apply_edits(damaged, [Suggestion(*e) for e in mojibake_edits(damaged)]).text
    assert fixed == original


# -- mechanical slips --------------------------------------------------------------------------------

def test_repeated_word():
    text = "He said the the talks would resume."
    [f] = cleanup(text, "C006")
    assert f.excerpt == "the the"
    assert fix_all(text, [f]) == "He said the talks would resume."


@pytest.mark.parametrize(
    "text",
    ["He had had enough of the talks.", "She said that that was the end.", "What it is is a deal.",
     "Sirhan Sirhan was moved to another prison.", "Officials in Walla Walla agreed.", "He was very very angry.",
     "The volunteer was sheltered in the parish and was taken in in the church.",
     "The new tenants moved in in May.", "Voters logged on on Monday to find the results."],
)
def test_grammatical_or_name_doubles_are_fine(text):
    assert cleanup(text, "C006") == []


def test_doubled_particle_without_a_phrasal_verb_is_flagged():
    text = "Officials were interested in in the results of the vote."
    [f] = cleanup(text, "C006")
    assert f.excerpt == "in in"


def test_doubled_space_and_space_before_punctuation():
    text = "The minister  said the talks were over , and left ."
    assert [f.rule for f in cleanup(text)] == ["C007", "C008", "C008"]
    assert fix_all(text, cleanup(text)) == "The minister said the talks were over, and left."


@pytest.mark.parametrize(
    "text",
    ["Name      Votes      Share      Seats", "He asked why... and left.", "The gap was 3.5 percent.",
     "It rose by 10 % on Monday."],
)
def test_layout_and_ellipses_are_fine(text):
    assert [f for f in cleanup(text) if f.rule in ("C007", "C008")] == []


@pytest.mark.parametrize(
    "text, glued",
    [("The meeting ended.Then the ministers left.", "ended.Then"), ("He said,adding that more was needed.", "said,adding"),
     ("They won!The crowd cheered.", "won!The")],
)
def test_glued_sentences(text, glued):
    [f] = cleanup(text, "C009")
    fixed = fix_all(text, [f])
    assert glued.replace(".", ". ").replace(",", ", ").replace("!", "! ") in fixed


@pytest.mark.parametrize(
    "text",
    ["The U.S. and the U.K. agreed, e.g. on trade.", "Growth was 3.5 percent.", "Visit www.Example.com today.",
     "Write to press.Office@example.org for details.", "The report.PDF file leaked.", "It runs on Node.js and ASP.NET.",
     "Amazon.com shares rose.", "The U.S.A. team won.", "See System.Collections.Generic in the docs.",
     "Antony J.Blinken arrived.", "It was 5 p.m.The meeting ended."],
)
def test_not_glued(text):
    assert cleanup(text, "C009") == []


def test_clean_professional_english_is_quiet():
    text = (
        "WASHINGTON (AP) — The Senate passed the bill on Tuesday, sending it to the president, who said he would "
        "sign it. “This is a good day for working families,” he said in a statement.\n\n"
        "The measure, which cost $1.2 trillion, passed 69-30. Sen. Mitch McConnell, R-Ky., voted for it; e-mail "
        "inquiries to his office at press@example.gov went unanswered.\n"
    )
    assert cleanup(text) == []


CLEAN_ARTICLE = """EU leaders agree to open membership talks with Ukraine

By Jane Doe and John Roe

BRUSSELS, Dec 14 (Reuters) - European Union leaders agreed on Thursday to open accession talks with
Ukraine and Moldova, a decision Ukrainian President Volodymyr Zelenskiy called "a victory for all of
Europe." Hungary's Prime Minister Viktor Orban left the room during the vote.

The decision, which requires unanimity, came after more than eight hours of talks. "This is a clear
signal of hope," European Council President Charles Michel wrote on X, formerly Twitter.

Ukraine's economy shrank by 29.1% in 2022, according to the World Bank; it grew 3.5% last year. The
bloc's budget review, worth 50 billion euros ($54.1 billion), was blocked by Budapest.

Orban told Hungarian state radio that the decision was "completely senseless, irrational and
incorrect." Asked whether he would veto the next step, he said: "We'll see."

Officials said the next round would be held in Kyiv, e.g. at the Mariinskyi Palace, or in Brussels.
The U.S. State Department welcomed the move; its spokesman, Matthew Miller, said Washington had
had talks with both sides. Details are at www.consilium.europa.eu and in the file summary.pdf.

(Reporting by Jane Doe; Editing by John Roe)
"""


def test_clean_wire_story_is_quiet():
    assert cleanup(CLEAN_ARTICLE) == []
    assert [f for f in check_text(CLEAN_ARTICLE).findings if f.category == "untranslated"] == []


_WORDS = st.sampled_from(["the", "minister", "said", "talks", "would", "resume", "in", "Geneva", "next", "week", "after", "officials", "met"])
_GAPS = st.sampled_from([" ", " ", " ", "  ", "   ", " , ", " . ", ", ", ". "])


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(_WORDS, _GAPS), min_size=2, max_size=25))
def test_spacing_fixes_touch_only_spaces_and_leave_nothing_to_fix(parts):
    import re

    text = "".join(w + gap for w, gap in parts).strip() + "\n"
    assume(len(re.findall(r"\S {2,}\S", text)) < 3)  # three or more gaps on a line read as a table
    found = [f for f in cleanup(text) if f.rule in ("C007", "C008")]
    fixed = fix_all(text, found)
    assert fixed == re.sub(r" +", " ", text.replace(" ,", ",").replace(" .", "."))
    assert [f for f in cleanup(fixed) if f.rule in ("C007", "C008")] == []
