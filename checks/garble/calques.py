"""Glossary matching: literal machine-translation calques and the editor's preferred wording.

The built-in list (``data/garble_glossary.csv``, the stylesheet's shipped glossary) is loaded
unless ``--no-default-lists`` turns it off; entries of a user glossary (``--glossary CSV``) are merged
over it, a user entry replacing a built-in one with the same wrong wording. Phrases match case-insensitively on word boundaries,
with straight and curly apostrophes and any run of whitespace treated alike.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, NamedTuple

from .. import stylesheet
from ..stylesheet import GlossaryEntry

# Spaces between a phrase's words: any run of blanks with at most one line break in it.
WORD_GAP = r"(?:[^\S\r\n]+|[^\S\r\n]*(?:\r\n?|\n)[^\S\r\n]*)"

# "in the evening of" is good English ("in the evening of his life"); before a date it is a calque
# (Chinese 25日晚, Russian вечером 25-го): news English says "on the evening of July 25".
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_G = WORD_GAP
DATED_PART_OF_DAY = re.compile(
    rf"(?<![\w-])(in)(?={_G}the{_G}(?:morning|afternoon|evening|night){_G}of{_G}"
    rf"(?:the{_G}\d|\d|(?:{_MONTHS}|{_DAYS})\b|(?:that|the{_G}same|the{_G}next|the{_G}following){_G}day\b))",
    re.IGNORECASE,
)
DATED_ENTRY = GlossaryEntry("in the evening of (a date)", "on the evening of", "a dated part of the day takes on")


class CalqueMatch(NamedTuple):
    start: int
    end: int
    entry: GlossaryEntry
    replacement: str


def builtin_glossary() -> tuple[GlossaryEntry, ...]:
    return stylesheet.shipped_glossary()


def merged_glossary(user: Iterable[GlossaryEntry] = ()) -> tuple[GlossaryEntry, ...]:
    """Built-in entries with the user's merged over them (same ``wrong``, case-insensitive: user wins)."""
    return stylesheet.merged_glossary(builtin_glossary(), tuple(user))


def _key(phrase: str) -> str:
    return " ".join(phrase.lower().replace("’", "'").split())


def _units(phrase: str) -> list[str]:
    """A phrase as regex units: one per character, apostrophes alike, a whitespace run as one.

    The run may hold one line break (a wrapped line) but not a paragraph break: a phrase never
    spans two paragraphs.
    """
    units: list[str] = []
    for word in phrase.lower().split():
        if units:
            units.append(WORD_GAP)
        units.extend("['’]" if c in "'’" else re.escape(c) for c in word)
    return units


def _trie_pattern(phrases: Iterable[str]) -> str:
    """One regex for all phrases with shared prefixes factored out (a character trie).

    Python's ``re`` tries the branches of a flat alternation one by one at every position of the
    text (hundreds of glossary entries made matching a long draft take half a second); in a trie
    each position costs one branch per character. A node that ends a phrase but also continues is
    an optional greedy group, so the longest phrase that matches wins, as before.
    """
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for u in _units(phrase):
            node = node.setdefault(u, {})
        node[""] = {}

    def emit(node: dict) -> str:
        end = "" in node
        branches = [u + emit(child) for u, child in node.items() if u]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return emit(trie)


@lru_cache(maxsize=16)
def _compile(entries: tuple[GlossaryEntry, ...]):
    lookup = {_key(e.wrong): e for e in sorted(entries, key=lambda e: -len(e.wrong))}
    phrases = [e.wrong for e in entries if e.wrong.split()]
    if not phrases:
        return None, lookup
    trie = _trie_pattern(phrases)
    return re.compile(rf"(?<![\w’'-])(?:{trie})(?![\w-])(?!['’]\w)", re.IGNORECASE), lookup


_LAST = None


def match_case(found: str, replacement: str) -> str:
    """Carry a capital initial (sentence start) or all capitals of the found text to the replacement."""
    if not replacement:
        return replacement
    if found.isupper() and len(found) > 1:
        return replacement.upper()
    if found[0].isupper() and replacement[0].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement


def find_calques(text: str, entries: tuple[GlossaryEntry, ...], start: int = 0, end: int | None = None):
    """Glossary phrases in ``text[start:end]``, longest first at each position.

    Also the one built-in calque a fixed phrase cannot express: "in" before "the evening of" a date.
    """
    global _LAST
    if _LAST is not None and _LAST[0] is entries:
        pattern, lookup = _LAST[1]
    else:  # hashing hundreds of entries per call is slow: remember the last glossary by identity
        pattern, lookup = _compile(entries)
        _LAST = (entries, (pattern, lookup))
    stop = len(text) if end is None else end
    for m in DATED_PART_OF_DAY.finditer(text, start, stop):
        yield CalqueMatch(m.start(), m.end(), DATED_ENTRY, match_case(m.group(), "on"))
    if pattern is None:
        return
    for m in pattern.finditer(text, start, stop):
        entry = lookup.get(_key(m.group()))
        if entry is None:
            continue
        yield CalqueMatch(m.start(), m.end(), entry, match_case(m.group(), entry.right))
