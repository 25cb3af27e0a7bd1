"""One person spelled two ways inside one draft: find the minority spellings and the dominant one.

Works with no names list at all. Surnames are compared across all mentions (``Kallas`` / ``Kalas``), given
names across full names that share a surname (``Kaja Kallas`` twice, ``Kaia Kallas`` once). Two spellings
are taken for one person only when at least one of them is part of a full name that starts with a known given
name (so "World Bank" and "Banks" are never compared), one spelling is in the majority, and the minority is
not a frequent word of its own (Cuba / Cuza). Two full names whose given names are unrelated (``Peter
Scholl``, ``Olaf Scholz``) are two people, never one misspelled.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Callable

from .extract import BREAK_WORDS, TITLE_WORDS, Mention
from .text import CLOSE, fold, is_common_word, relation, surface, translit_key


@dataclass(frozen=True)
class Inconsistency:
    mention: Mention
    unit_index: int
    replacement: str  # the dominant spelling of that unit
    dominant_text: str  # how the dominant spelling reads in the message
    count: int


@dataclass
class _Spelling:
    text: str
    count: int = 0
    first: int = 0
    given: set = None  # surfaces of given names used with this surname
    trusted: bool = False

    def rank(self):
        """Reference spellings first, then the most frequent, then a full name, then the first used."""
        return (self.trusted, self.count, bool(self.given), -self.first)


def find_inconsistencies(
    mentions: list[Mention],
    trusted: Callable[[tuple[str, ...]], bool],
    is_given: Callable[[str], bool],
) -> list[Inconsistency]:
    """Minority spellings among ``mentions``.

    ``trusted(units)`` says a spelling is a reference one; ``is_given(word)`` says a word is a known given
    name, which is what tells a person ("Olaf Scholz") from an organisation or place ("World Bank").
    """
    people = [
        m for m in mentions
        if (len(m.units) >= 2 and is_given(m.units[0].text))
        or (len(m.units) == 1 and m.units[0].text.lower() not in BREAK_WORDS | TITLE_WORDS)
    ]
    out = _surname_pass(people, trusted)
    done = {id(i.mention) for i in out}
    out.extend(_given_pass([m for m in mentions if id(m) not in done and len(m.units) >= 2], trusted, is_given))
    return out


def _comparable(a: str, b: str) -> bool:
    """Spellings worth comparing: four letters or more, and not a plural or possessive of the other."""
    fa, fb = fold(a), fold(b)
    if len(fa) < 4 or len(fb) < 4:
        return False
    short, long_ = sorted((fa, fb), key=len)
    return not (long_.startswith(short) and long_[len(short):] in ("s", "es", "'s"))


def _related_pairs(keys: list[str], text_of: Callable[[str], str], anchors: set[str] | None = None):
    """Pairs of keys whose spellings are alike, compared only within a first letter or translit key.

    With ``anchors``, only pairs that include an anchor are compared.
    """
    buckets: dict[str, list[str]] = defaultdict(list)
    where: dict[str, tuple[str, str]] = {}
    for k in keys:
        t = text_of(k)
        b1, b2 = "f" + fold(t)[:1], "t" + translit_key(t)
        buckets[b1].append(k)
        buckets[b2].append(k)
        where[k] = (b1, b2)
    seen = set()
    for a in keys if anchors is None else [k for k in keys if k in anchors]:
        for bucket in where[a]:
            for b in buckets[bucket]:
                if a == b:
                    continue
                pair = (a, b) if a < b else (b, a)
                if pair in seen:
                    continue
                seen.add(pair)
                ta, tb = text_of(a), text_of(b)
                if _comparable(ta, tb) and relation(ta, tb) >= CLOSE:
                    yield pair


def _same_person(a: _Spelling, b: _Spelling) -> bool:
    if not a.given or not b.given:
        return True
    return any(relation(x, y) >= CLOSE for x in a.given for y in b.given)


def _surname_pass(mentions: list[Mention], trusted) -> list[Inconsistency]:
    spellings: dict[str, _Spelling] = {}
    for m in mentions:
        u = m.units[-1]
        key = surface(u.text)
        s = spellings.get(key)
        if s is None:
            s = spellings[key] = _Spelling(u.text, 0, m.start, set(), trusted((u.text,)))
        s.count += 1
        if len(m.units) >= 2:
            s.given.add(surface(m.units[0].text))
    minority: dict[str, tuple[_Spelling, _Spelling]] = {}
    anchors = {k for k, sp in spellings.items() if sp.given}
    for a, b in _related_pairs(list(spellings), lambda k: spellings[k].text, anchors):
        sa, sb = spellings[a], spellings[b]
        if not (sa.given or sb.given) or not _same_person(sa, sb):
            continue
        if sa.trusted and sb.trusted:
            continue  # both spellings are reference spellings: two people
        dom, low = (sa, sb) if sa.rank() > sb.rank() else (sb, sa)
        if low.given and not dom.given:
            continue  # a full name is not corrected after a bare surname: it may be someone else
        if dom.count <= low.count:
            continue  # no majority: nothing to go by
        if (low.count > 1 and not low.given) or is_common_word(low.text):
            continue  # used alone repeatedly, or a frequent word or name of its own (Cuba, Lenin): not a typo
        lkey = surface(low.text)
        if lkey not in minority or minority[lkey][0].rank() < dom.rank():
            minority[lkey] = (dom, low)
    out = []
    for m in mentions:
        hit = minority.get(surface(m.units[-1].text))
        if hit is None:
            continue
        dom, _ = hit
        if len(m.units) >= 2 and dom.given and not any(
            relation(m.units[0].text, g) >= CLOSE for g in dom.given
        ):
            continue
        out.append(Inconsistency(m, len(m.units) - 1, dom.text, dom.text, dom.count))
    return out


def _given_pass(mentions: list[Mention], trusted, is_given) -> list[Inconsistency]:
    groups: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    for m in mentions:
        if len(m.units) >= 2:
            groups[tuple(surface(u.text) for u in m.units[1:])].append(m)
    out = []
    for rest, ms in groups.items():
        spellings: dict[str, _Spelling] = {}
        for m in ms:
            key = surface(m.units[0].text)
            s = spellings.get(key)
            if s is None:
                s = spellings[key] = _Spelling(m.units[0].text, 0, m.start, set(), trusted(m.key))
            s.count += 1
        if len(spellings) < 2:
            continue
        minority: dict[str, _Spelling] = {}
        for a, b in _related_pairs(list(spellings), lambda k: spellings[k].text):
            sa, sb = spellings[a], spellings[b]
            if sa.trusted and sb.trusted:
                continue
            dom, low = (sa, sb) if sa.rank() > sb.rank() else (sb, sa)
            if dom.count == low.count and not dom.trusted:
                continue
            if not (dom.trusted or is_given(dom.text)):
                continue  # "Central Europe" / "Eastern Europe" are not one person
            lkey = surface(low.text)
            if lkey not in minority or minority[lkey].rank() < dom.rank():
                minority[lkey] = dom
        for m in ms:
            dom = minority.get(surface(m.units[0].text))
            if dom is not None:
                full = " ".join([dom.text] + [u.text for u in m.units[1:]])
                out.append(Inconsistency(m, 0, dom.text, full, dom.count))
    return out
