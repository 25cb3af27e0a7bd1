"""Match draft name mentions against reference spellings (names list first, then the sources).

A mention is left alone when it is spelled exactly as any reference form (a different real person with a
similar name is not a misspelling). Otherwise it is matched unit by unit against forms of the same length:
every unit must be at least a plausible typo of the reference unit, and in a name of two or more units at
least one unit must agree outright or as a transliteration, so ``Michael Miller`` is never ``Matthew Miller``
and ``Peter Scholl`` never ``Olaf Scholz``. A surname on its own is only corrected when it differs in accents,
is a listed variant, or when the draft names that person in full elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from .extract import Mention
from .index import Form, NameIndex, Person
from .text import (
    ACCENT,
    CLOSE,
    SAME,
    VARIANT,
    fold,
    is_common_word,
    known_given_names,
    relation,
    short_typo,
    surface,
)


@dataclass(frozen=True)
class Match:
    mention: Mention
    person: Person
    unit_indexes: tuple[int, ...]  # which units of the mention the form covers
    target: tuple[str, ...]  # the reference spelling of those units
    relations: tuple[int, ...]

    @property
    def accents_only(self) -> bool:
        return min(self.relations) >= ACCENT


def _options(units: tuple[str, ...]) -> list[tuple[int, ...]]:
    """Which units of a mention to compare: all, first + last, last two (a demonym or middle name extra),
    first two (a capitalised word after the name, as in a title-case headline)."""
    n = len(units)
    opts = [tuple(range(n))]
    if n >= 3:
        opts.append((0, n - 1))
        opts.append((n - 2, n - 1))
        if all(" " not in u and is_common_word(u) for u in units[2:]):
            opts.append((0, 1))  # "Anthony Blinken Speaks": the words after are English, not more name
    return opts


class ReferenceMatcher:
    def __init__(self, indexes: list[NameIndex]):
        """One matcher per check: it caches the surnames of the people the draft names in full."""
        self.indexes = indexes
        self._linked_cache: dict[tuple[int, int], dict] = {}

    def _linked_by(self, index: NameIndex, linked: set[Person]) -> dict:
        # the set of linked people only grows, and only before lone surnames are matched
        key = (id(index), len(linked))
        if key not in self._linked_cache:
            self._linked_cache[key] = index.linked_singles(linked)
        return self._linked_cache[key]

    def exact_person(self, units: tuple[str, ...]) -> Person | None | bool:
        """The person a mention names exactly (True when exact but the person is not unique)."""
        for opt in _options(units):
            sub = tuple(units[i] for i in opt)
            for index in self.indexes:
                forms = [f for f in index.exact.get(tuple(surface(u) for u in sub), ()) if not f.wrong]
                if forms:
                    people = {f.person for f in forms}
                    return next(iter(people)) if len(people) == 1 else True
        return None

    def match(self, mention: Mention, linked: set[Person], draft_surnames: set[str]) -> Match | None:
        """The reference a mention misspells, or None (spelled as a reference, or no close reference).

        The whole mention is tried first, then first + last unit, then the last two units; the first
        of these that is exact, listed as a wrong spelling or close to a reference decides.
        """
        units = mention.key
        for opt in _options(units):
            sub = tuple(units[i] for i in opt)
            key = tuple(surface(u) for u in sub)
            if any(any(not f.wrong for f in index.exact.get(key, ())) for index in self.indexes):
                return None
            for index in self.indexes:
                wrong = index.listed_wrong(sub)
                if wrong:
                    f = wrong[0]
                    rels = tuple(relation(a, b) for a, b in zip(sub, f.target))
                    return Match(mention, f.person, opt, f.target, rels)
            for index in self.indexes:  # the names list first; a source only when the list has no match
                linked_by = self._linked_by(index, linked) if len(sub) == 1 else None
                best = self._best(sub, index.candidates(sub, linked_by), linked, draft_surnames)
                if best is not None:
                    form, rels = best
                    return Match(mention, form.person, opt, form.units, rels)
        return None

    @staticmethod
    def _best(sub, forms: list[Form], linked: set[Person], draft_surnames: set[str]):
        scored = []
        single = len(sub) == 1
        for f in forms:
            rels = tuple(relation(a, b) for a, b in zip(sub, f.units))
            if min(rels) < CLOSE:
                rels = _with_short_typo(sub, f.units, rels)
                if rels is None:
                    continue
            if single:
                r = rels[0]
                if surface(sub[0]) in draft_surnames:
                    continue  # the draft names someone else with this surname
                # alone, a surname is corrected only for accents, or when the draft names the person in full
                if not ((r == ACCENT and len(fold(sub[0])) >= 5) or f.person in linked):
                    continue
                if r == CLOSE and (fold(sub[0]) in known_given_names() or is_common_word(sub[0])):
                    continue  # "Schulz" near "Olaf Scholz": a common name of its own, likely someone else
            else:
                if max(rels) < VARIANT:
                    continue
                if _common_name_only(sub, rels):
                    continue
            scored.append((sum(rels), rels, f))
        if not scored:
            return None
        top = max(s[0] for s in scored)
        best = [s for s in scored if s[0] == top]
        targets = {tuple(surface(u) for u in s[2].units) for s in best}
        if len(targets) > 1:
            return None  # two reference spellings fit equally well: do not guess
        return best[0][2], best[0][1]


def _common_name_only(sub, rels) -> bool:
    """A surname that is a common name in its own right and agrees only loosely: likely someone else.

    ``Abdallah Salim`` is not a misspelled ``Abdallah Salimi``, nor ``Mohamed Moustapha`` a transliteration
    of ``Mohammad Mustafa``; but ``Sergey Lavrow`` is ``Sergei Lavrov`` (Lavrow is nobody's given name).
    """
    last = fold(sub[-1].split()[-1])
    if last not in known_given_names():
        return False
    return rels[-1] == CLOSE or max(rels) < ACCENT


def _with_short_typo(sub, ref, rels):
    """Relations with one lost letter in a four-letter part accepted, when every other part is exact."""
    if len(sub) < 2:
        return None
    bad = [i for i, r in enumerate(rels) if r < CLOSE]
    if len(bad) != 1 or any(r != SAME for i, r in enumerate(rels) if i != bad[0]):
        return None
    i = bad[0]
    if not short_typo(sub[i], ref[i]):
        return None
    return tuple(CLOSE if j == i else r for j, r in enumerate(rels))


def replacement_for(text: str, match: Match) -> tuple[int, int, str]:
    """The edit that corrects the matched units and keeps the rest of the mention as written."""
    units = match.mention.units
    first, last = units[match.unit_indexes[0]], units[match.unit_indexes[-1]]
    start, end = first.start, last.end
    pieces = []
    pos = start
    for i, target, rel in zip(match.unit_indexes, match.target, match.relations):
        u = units[i]
        pieces.append(text[pos : u.start])
        pieces.append(text[u.start : u.end] if rel == SAME else target)
        pos = u.end
    pieces.append(text[pos:end])
    return start, end, "".join(pieces)


__all__ = ["ReferenceMatcher", "Match", "replacement_for"]
