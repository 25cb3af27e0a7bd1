"""Names checks: person names that differ from the names list, the sources, or the draft's own usage.

Editors lose the most credibility over misspelled names, and machine translation produces them often
("Anthony Blinken", "Sergey Lavrow", "Olaf Scholtz"). Every finding names the reference it was compared with
and carries the corrected spelling.

- N001: a name differs from the names list (``--names``) or a source document (``--source``).
- N002: one person is spelled two ways in the draft; the minority spelling gets the dominant one.
- N003: a name differs from the names list only in accents (``Erdoğan`` for the list's ``Erdogan``).

The shipped names list (``checks/data/names_list.csv``) is used unless ``--no-default-lists`` turns it
off, with the user's list (``--names``) merged over it. The names list (DESIGN.md 3.1) is a CSV with a header row: ``name`` is the spelling to use;
``variants`` (``;``-separated) are known wrong or alternative spellings, always corrected to ``name``; an
optional ``short`` (or ``surname``) column gives the form used on second reference when it is not the last
word (``Xi`` for Xi Jinping, ``Lula`` for Luiz Inacio Lula da Silva); other columns (role, country, as_of) are
kept and ignored. Names of two or more words found in ``--source`` documents count as reference spellings.
"""

from __future__ import annotations

from ..document import Document
from ..registry import checker, define
from ..stylesheet import CheckOptions, names_in_use
from .consistency import find_inconsistencies
from .extract import extract_mentions
from .index import Person, list_index, source_index
from .reference import ReferenceMatcher, replacement_for
from .text import fold, known_given_names, surface

N001 = define(
    "N001", "name-differs-from-reference", "names", "error",
    "A person's name is spelled differently from the names list or a source document.",
)
N002 = define(
    "N002", "name-inconsistent-in-draft", "names", "warning",
    "One person's name is spelled two ways in the draft.",
)
N003 = define(
    "N003", "name-accents-differ", "names", "warning",
    "A name differs from the names list or a source only in accents (diacritics).",
)


@checker(N001, N002, N003)
def check_names(doc: Document, opts: CheckOptions):
    mentions = extract_mentions(doc)
    if not mentions:
        return
    indexes = []
    names = names_in_use(opts)
    if names:
        indexes.append(list_index(names))
    if opts.sources:
        indexes.append(source_index(tuple(opts.sources)))
    matcher = ReferenceMatcher(indexes)
    flagged: set[int] = set()
    if indexes:
        yield from _reference_findings(doc, mentions, matcher, flagged)
    rest = [m for m in mentions if id(m) not in flagged]
    trusted = (lambda units: matcher.exact_person(units) is not None) if indexes else (lambda units: False)
    list_given = indexes[0].given_names if names else frozenset()

    def is_given(word: str) -> bool:
        return fold(word) in known_given_names() or surface(word) in list_given

    for inc in find_inconsistencies(rest, trusted, is_given):
        u = inc.mention.units[inc.unit_index]
        times = "once" if inc.count == 1 else f"{inc.count} times"
        yield N002.finding(
            inc.mention.start,
            inc.mention.end,
            f"Name spelled differently elsewhere in the draft: {inc.dominant_text} ({times})",
            suggestions=[(u.start, u.end, inc.replacement)],
        )


def _reference_findings(doc: Document, mentions, matcher: ReferenceMatcher, flagged: set[int]):
    text = doc.text
    multi = [m for m in mentions if len(m.units) >= 2]
    linked: set[Person] = set()
    matches = {}
    for m in multi:
        match = matcher.match(m, linked, set())
        if match is not None:
            linked.add(match.person)
            matches[id(m)] = match
            continue
        person = matcher.exact_person(m.key)
        if isinstance(person, Person):
            linked.add(person)
    # surnames of other people the draft names in full: a lone surname spelled so is theirs
    draft_surnames = {surface(m.units[-1].text) for m in multi if id(m) not in matches}
    for m in mentions:
        if len(m.units) == 1:
            match = matcher.match(m, linked, draft_surnames)
            if match is not None:
                matches[id(m)] = match
    for m in mentions:
        match = matches.get(id(m))
        if match is None:
            continue
        start, end, replacement = replacement_for(text, match)
        if text[start:end] == replacement:
            continue
        flagged.add(id(m))
        origin = match.person.origin
        if match.accents_only:
            yield N003.finding(
                start, end, f"Name differs from {origin} in accents only: {match.person.name}",
                suggestions=[(start, end, replacement)],
            )
        else:
            yield N001.finding(
                start, end, f"Name differs from {origin}: {match.person.name}",
                suggestions=[(start, end, replacement)],
            )
