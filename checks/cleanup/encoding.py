"""Encoding damage: UTF-8 read as Windows-1252 or Latin-1 (``Ã©`` for é, ``â€™`` for ’).

ftfy does the repair, but only on lines a cheap pattern marks as damaged, and with every fixer that
could alter correct text switched off: quotes stay curly, no Unicode normalisation, no ligature,
width or line-break changes, HTML left alone. Each damaged word becomes one finding whose
suggestion is the repaired word.
"""

from __future__ import annotations

import re

from ..document import Document
from ..registry import checker, define
from ..stylesheet import CheckOptions

C005 = define("C005", "mojibake", "cleanup", "error",
              "Characters garbled by a wrong text encoding (mojibake), such as Ã© for é or â€™ for ’.")

# A lead byte of a UTF-8 sequence shown as Latin-1/cp1252, followed by a continuation byte shown the
# same way: the signature of mojibake. Correct text almost never has these pairs.
_SUSPECT = re.compile(
    "[\u00c2-\u00f4\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192]"
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e"
    "\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_FIX_OPTIONS = {
    "uncurl_quotes": False, "normalization": None, "fix_character_width": False, "fix_latin_ligatures": False,
    "fix_line_breaks": False, "unescape_html": False, "remove_control_chars": False,
    "remove_terminal_escapes": False, "explain": False,
}
_BREAKS = " \t\r\n"  # not str.isspace(): U+00A0 is often half of a damaged character ("Ã\xa0" for à)
_CHUNK = re.compile(r"[^ \t\r\n]+|[ \t\r\n]+")


def repair(text: str) -> str:
    """ftfy's repair of encoding damage only."""
    import ftfy

    return ftfy.fix_text(text, **_FIX_OPTIONS)


def mojibake_edits(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Edits ``(start, end, repaired)`` covering each damaged word of ``text[start:end]``."""
    end = len(text) if end is None else end
    edits: list[tuple[int, int, str]] = []
    done = start
    for m in _SUSPECT.finditer(text, start, end):
        if m.start() < done:
            continue
        a = text.rfind("\n", start, m.start()) + 1 if "\n" in text[start : m.start()] else start
        b = text.find("\n", m.end(), end)
        b = end if b < 0 else b
        line = text[a:b]
        fixed = repair(line)
        done = b
        if fixed == line:
            continue
        edits.extend(_word_edits(line, fixed, a))
    return edits


def _word_edits(old: str, new: str, offset: int) -> list[tuple[int, int, str]]:
    """One edit per damaged word when repairing word by word gives ftfy's repair of the whole line
    (the usual case); otherwise one edit for the whole line, so the suggestion is never wrong."""
    edits: list[tuple[int, int, str]] = []
    pieces: list[str] = []
    for m in _CHUNK.finditer(old):
        chunk = m.group()
        fixed = repair(chunk) if chunk.strip(_BREAKS) and _SUSPECT.search(chunk) else chunk
        pieces.append(fixed)
        if fixed != chunk:
            edits.append((offset + m.start(), offset + m.end(), fixed))
    if "".join(pieces) != new or not edits:
        return [(offset, offset + len(old), new)]
    return edits


@checker(C005)
def check_mojibake(doc: Document, opts: CheckOptions):
    text = doc.text
    for a, b, fixed in mojibake_edits(text):
        if b - a <= 40:
            message = f"Encoding damage (mojibake): “{text[a:b]}” should read “{fixed}”"
        else:
            message = "Encoding damage (mojibake) in this line: the suggestion is ftfy's repair of it"
        yield C005.finding(a, b, message, suggestions=[(a, b, fixed)])
