"""The page's HTML helpers: escaping of every piece of draft text, highlighting, word diff, cards."""

from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from checks.findings import Finding, Suggestion
from editor_app.review import Review
from editor_app.ui.diff import changed_ranges, tokens
from editor_app.ui.render import (
    CATEGORY_COLOURS, card_html, count_bars, folded_card_html, highlighted_article, md_escape, tracked_changes,
)

TEXT = (
    "German Chancellor Olaf Scholtz said Europe «can act quickly» when it matters.\n"
    "\n"
    "<img src=x onerror=alert(1)> Leave a Reply & comment\n"
)


def f(rule, category, severity, start, end, message, suggestions=(), fixable=True) -> Finding:
    return Finding(rule, category, severity, start, end, message,
                   tuple(Suggestion(*s) for s in suggestions), TEXT[start:end], fixable)


NAME = TEXT.index("Scholtz")
OPEN = TEXT.index("«")
RESIDUE = TEXT.index("<img")
FINDINGS = [
    f("N001", "names", "error", NAME, NAME + 7, "Name differs from the names list: Scholz",
      [(NAME, NAME + 7, "Scholz")]),
    f("Q009", "quotes", "warning", OPEN, OPEN + 1, "Guillemet « in English copy; use “", [(OPEN, OPEN + 1, "“")]),
    f("C001", "cleanup", "warning", RESIDUE, len(TEXT), 'Scraped residue "<img>" & a comment form',
      [(RESIDUE - 2, len(TEXT), "")]),
]


def visible_text(fragment: str) -> str:
    """What a browser shows: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def test_article_shows_the_draft_exactly_with_every_tag_escaped():
    out = highlighted_article(TEXT, FINDINGS)
    assert "<img" not in out and "&lt;img src=x onerror=alert(1)&gt;" in out
    assert visible_text(out) == TEXT
    assert out.count("<mark") == 3
    assert f'background:{CATEGORY_COLOURS["names"]}" title="N001 (names): Name differs' in out


def test_tooltips_are_escaped_inside_the_attribute():
    out = highlighted_article(TEXT, FINDINGS)
    assert 'title="C001 (cleanup): Scraped residue &quot;&lt;img&gt;&quot; &amp; a comment form"' in out


def test_overlapping_findings_take_the_worst_colour_and_both_messages():
    a = f("C003", "cleanup", "info", NAME, NAME + 7, "Odd spelling")
    b = f("N001", "names", "error", NAME, NAME + 7, "Name differs")
    out = highlighted_article(TEXT, [a, b])
    assert CATEGORY_COLOURS["names"] in out
    assert "C003 (cleanup): Odd spelling\nN001 (names): Name differs" in out
    assert visible_text(out) == TEXT


def test_insertion_point_findings_show_a_marker():
    point = f("Q002", "quotes", "error", 10, 10, "Missing closing mark")
    out = highlighted_article(TEXT, [point])
    assert 'class="ec-point"' in out and visible_text(out) == TEXT


def test_clean_text_has_no_marks():
    assert "<mark" not in highlighted_article("Nothing to see here.", [])


def test_tracked_changes_show_what_was_removed_and_added():
    edits = [Suggestion(NAME, NAME + 7, "Scholz"), Suggestion(RESIDUE - 2, len(TEXT), "")]
    out = tracked_changes(TEXT, edits)
    assert "<del>Scholtz</del><ins>Scholz</ins>" in out
    assert "<del>\n\n&lt;img src=x onerror=alert(1)&gt; Leave a Reply &amp; comment\n</del>" in out


def test_word_diff_marks_only_the_changed_words():
    before = "German Chancellor Olaf Scholtz said"
    after = "German Chancellor Olaf Scholz said"
    removed, added = changed_ranges(before, after)
    assert [before[a:b] for a, b in removed] == ["Scholtz"]
    assert [after[a:b] for a, b in added] == ["Scholz"]


def test_word_diff_of_an_insertion():
    removed, added = changed_ranges("on Ukraine, Scholz said", "on Ukraine,” Scholz said")
    assert removed == [] and [("on Ukraine,” Scholz said")[a:b] for a, b in added] == ["”"]


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_tokens_cover_the_whole_text(text):
    assert "".join(text[a:b] for a, b in tokens(text)) == text


def test_card_shows_both_sides_with_the_changed_word():
    r = Review(TEXT, FINDINGS)
    out = card_html(r, FINDINGS[0].id)
    assert "Original" in out and "Suggested" in out
    assert "<mark><del>Scholtz</del></mark>" in out and "<ins>Scholz</ins>" in out
    assert "Name differs from the names list: Scholz" in out


def test_card_of_residue_is_escaped_and_shows_removal():
    r = Review(TEXT, FINDINGS)
    out = card_html(r, FINDINGS[2].id)
    assert "<img" not in out and "&lt;img" in out
    assert "(removed)" in out
    assert "<del>↵↵</del><mark><del>&lt;img src=x onerror=alert(1)&gt; Leave a Reply &amp; comment↵</del></mark>" in out
    assert "Scholtz" not in out  # the context is the residue's own line
    assert "&quot;&lt;img&gt;&quot; &amp; a comment form" in out


def test_card_after_own_rewrite_shows_the_rewrite():
    r = Review(TEXT, FINDINGS)
    r.rewrite(FINDINGS[0].id, "<Scholz>")
    out = card_html(r, FINDINGS[0].id)
    assert "Your rewrite" in out and "&lt;Scholz&gt;" in out and "<Scholz>" not in out


def test_folded_card_says_the_decision_and_the_change():
    r = Review(TEXT, FINDINGS)
    r.accept(FINDINGS[0].id)
    r.reject(FINDINGS[1].id)
    r.accept(FINDINGS[2].id)
    assert "<b>Accepted</b>" in folded_card_html(r, FINDINGS[0].id)
    assert "<del>Scholtz</del> → <ins>Scholz</ins>" in folded_card_html(r, FINDINGS[0].id)
    assert "<b>Rejected</b>" in folded_card_html(r, FINDINGS[1].id)
    assert "(removed)" in folded_card_html(r, FINDINGS[2].id)


def test_count_bars_count_by_category_and_severity():
    out = count_bars(FINDINGS)
    assert "<span>Names</span>" in out and "<span>Clean-up</span>" in out
    assert out.count("<span>1</span>") == 4 and "<span>2</span>" in out  # 3 categories, 1 error; 2 warnings


def test_markdown_labels_are_escaped():
    assert md_escape("**bold** $x$ <b>") == "\\*\\*bold\\*\\* \\$x\\$ \\<b\\>"
    assert md_escape("two\nlines") == "two lines"
    # GitHub autolinks are found after escapes are undone: an invisible WORD JOINER breaks them.
    assert md_escape("see www.x.org, http://x.org or ed@x.org") == (
        "see \u2060www\\.x\\.org, \u2060http\\://x\\.org or ed@\u2060x\\.org")
