"""The .md export is Markdown-escaped: rendered by a CommonMark renderer, the article reads as its text.

markdown-it-py (CommonMark, with the GFM tables and strikethrough a CMS often turns on) renders the
export; the test reads the rendered HTML back as text and compares it with the draft's paragraphs.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from editor_app import export

RENDERER = MarkdownIt("commonmark").enable(["table", "strikethrough"])


class _Blocks(HTMLParser):
    """The rendered page's paragraphs as text (a hard break as a newline, a soft one as the space a
    browser shows), and every tag other than p and br."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[list[str]] = []
        self.tags: list[str] = []
        self.inside = self.after_br = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "p":
            self.blocks.append([])
            self.inside = True
        self.after_br = tag == "br"

    def handle_endtag(self, tag):
        if tag == "p":
            self.inside = False

    def handle_data(self, data):
        if not self.inside:
            if data.strip():
                self.blocks.append([data])  # text outside any paragraph: a block the draft never had
            return
        head = "\n" if self.after_br and data.startswith("\n") else ""
        # any other newline is a soft line break: the lines run together when shown
        self.blocks[-1].append(head + data[len(head):].replace("\n", " "))
        self.after_br = False


def rendered(text: str) -> tuple[list[str], set[str]]:
    page = RENDERER.render(export.to_markdown(text).decode("utf-8"))
    parser = _Blocks()
    parser.feed(page)
    return ["".join(b) for b in parser.blocks], set(parser.tags) - {"p", "br"}


def expected(text: str) -> list[str]:
    """The draft's paragraphs, each line without its outer spaces (Markdown never shows those)."""
    return ["\n".join(line.strip(" \t") for line in re.split(r"\r?\n|\r", p)) for p in export.paragraphs(text)]


def assert_reads_as_text(text: str) -> None:
    paras, tags = rendered(text)
    assert tags == set(), (tags, export.to_markdown(text))
    assert paras == expected(text), export.to_markdown(text)


DRAFT_WITH_SYNTAX = """\
# Not a heading: the hashtag opened the scraped line
* Not a bullet, just a star
> Not a quote
1. Not a numbered list
1984. The year the talks began.
2) Neither is this
- Neither a dash bullet
+ Nor a plus
---
===
The minister said *very* clearly that __nothing__ had changed_yet.
Prices rose by 3% [see chart](http://example.com/chart) and ![a photo](x.png).
A `code` span, ```fenced``` marks and ~~struck~~ words.
<b>Bold tag</b> <script>alert(1)</script> <!-- a comment --> <https://example.com>
AT&T said &amp; and &#169; are entities; 3 < 4 > 2.
Sport | News | Weather
A trailing backslash \\
$5 million and $10 million, a $x$ formula.
    Four spaces of indent are not code.
[1]: http://example.com/ref
"""


def test_markdown_syntax_in_the_draft_renders_as_text():
    text = DRAFT_WITH_SYNTAX.replace("\n", "\n\n")  # one paragraph per line
    assert_reads_as_text(text)


def test_lines_of_one_paragraph_keep_their_breaks():
    text = "Headline\n# hash line\n* star line\n\n1. numbered\n> quoted\n"
    assert len(export.paragraphs(text)) == 2
    assert_reads_as_text(text)


def test_plain_prose_stays_readable_in_the_file():
    text = "European Union leaders agreed on Thursday a new aid package of 50 billion euros.\n"
    assert export.to_markdown(text) == text.encode("utf-8")


def test_the_review_export_is_escaped():
    from editor_app.review import Review

    review = Review("# Breaking\n\n* The talks ended.\n", [])
    assert export.export_bytes(review, "md") == b"\\# Breaking\n\n\\* The talks ended.\n"


SPECIALS = list("#*>-+=_`[]()!<>&;|~$\\.:)0123456789 \t") + ["1.", "2)", "&amp;", "<b>", "</i>", "**", "__",
                                                               "[x](y)", "\n", "\n\n", "```", "---", "    "]
WORDS = ["The", "minister", "said", "talks", "Beijing", "é", "“", "”"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SPECIALS + WORDS), min_size=1, max_size=30).map("".join))
def test_any_text_renders_as_itself(text):
    assert_reads_as_text(text)


def test_entities_are_shown_as_typed():
    paras, _ = rendered("Use &copy; here.\n")
    assert paras == ["Use &copy; here."]
    assert html.unescape("&copy;") != "&copy;"  # the renderer would have turned it into ©
