"""Markup left in the text by scraping: wiki image options glued to words (``thumbleft250pxNazists``),
wiki citation and edit marks (``war.[3]``, ``[edit]``), HTML tags (``<br>``) and HTML entities
(``&amp;``, ``&#8217;``).

Only unmistakable forms are flagged: ``thumb`` alone, ``thumbnail`` and ``left``/``right`` are
words, so a wiki option counts only when several run together or one is glued to a capitalised word.
"""

from __future__ import annotations

import html
import re

from ..document import Document
from ..registry import checker, define
from ..stylesheet import CheckOptions
from .residue import line_deletion

C010 = define("C010", "markup-residue", "cleanup", "warning",
              "Web-page markup left in the text: wiki image options, citation marks or HTML tags.")
C011 = define("C011", "html-entity", "cleanup", "warning",
              "An HTML entity (&amp;, &nbsp;, &#8217;) stands for a character in the text.")

_WIKI_PART = r"thumb|upright|left|right|center|frameless|\d{2,4}px"
_WIKI_RE = re.compile(rf"(?<![^\W\d_])(?<!\d)(?:{_WIKI_PART})+(?=[^\W\d_]|[\s\"”.,;:]|$)")
_CITATION_RE = re.compile(r"(?<=[^\s\[])\[(?:edit|citation needed|\d{1,3})\]", re.IGNORECASE)
_TAG_RE = re.compile(r"</?(?:p|br|div|span|strong|em|b|i|u|a|img|li|ul|ol|h[1-6]|figure|figcaption)"
                     r"(?:\s[^<>]{0,300})?/?>", re.IGNORECASE)
_ENTITY_RE = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,7}|#[xX][0-9a-fA-F]{2,6});")


def wiki_markup(text: str):
    """Spans of wiki image options: two or more run together, or one glued to a capital letter."""
    for m in _WIKI_RE.finditer(text):
        parts = re.findall(_WIKI_PART, m.group())
        nxt = text[m.end() : m.end() + 1]
        has_option = any(p == "thumb" or p.endswith("px") for p in parts)
        if has_option and (len(parts) >= 2 or nxt.isupper()):
            if nxt.islower():
                continue  # "thumbling", "leftright..." glued to a lower-case word: not the markup
            yield m.start(), m.end()


def _deletion(text: str, start: int, end: int) -> tuple[int, int, str]:
    """Delete a span and one of the spaces around it, so no double space is left (a whole line goes
    with its line break)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if not text[line_start:start].strip() and not text[end:line_end].strip():
        return line_deletion(text, start, end)
    before = text[start - 1 : start] if start else "\n"
    after = text[end : end + 1]
    if after == " " and before.isspace():
        return start, end + 1, ""
    if after in ("", "\n") and before == " ":
        return start - 1, end, ""
    return start, end, ""


@checker(C010, C011)
def check_markup(doc: Document, opts: CheckOptions):
    text = doc.text
    if "thumb" in text or "px" in text:
        for a, b in wiki_markup(text):
            yield C010.finding(a, b, f"Wiki image markup “{text[a:b]}” left in the text: delete it",
                               suggestions=[_deletion(text, a, b)])
    if "[" in text:
        for m in _CITATION_RE.finditer(text):
            yield C010.finding(m.start(), m.end(), f"Wiki mark “{m.group()}” left in the text: delete it",
                               suggestions=[_deletion(text, m.start(), m.end())])
    if "<" in text:
        for m in _TAG_RE.finditer(text):
            a, b = m.start(), m.end()
            glued = a > 0 and b < len(text) and not text[a - 1].isspace() and not text[b].isspace()
            block = re.match(r"</?(?:br|p|div|li|h\d)\b", m.group(), re.IGNORECASE)
            edit = (a, b, " ") if glued and block else _deletion(text, a, b)
            yield C010.finding(a, b, f"HTML tag “{m.group()[:30]}” left in the text: delete it", suggestions=[edit])
    if "&" in text:
        for m in _ENTITY_RE.finditer(text):
            char = html.unescape(m.group())
            if char == m.group():
                continue  # not an entity html knows
            char = " " if char == "\xa0" else char
            yield C011.finding(m.start(), m.end(), f"HTML entity “{m.group()}” should read “{char}”",
                               suggestions=[(m.start(), m.end(), char)])
