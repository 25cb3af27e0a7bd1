"""Reference spellings (a names list, the names in source documents) indexed for fast lookup.

Each reference person contributes *forms*: the full name and the shorter forms news copy uses for the same
person ("Recep Tayyip Erdogan", "Tayyip Erdogan", "Erdogan"; "Mohamed bin Zayed al-Nahyan", "Mohamed bin
Zayed"). A draft mention is compared with the forms of the same number of units. Indexes are cached per
list object and per set of sources, so a 5,000-entry list is indexed once, not on every check.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ..document import Document
from ..stylesheet import NameEntry, SourceDocument
from .extract import PARTICLES, extract_mentions
from .text import (
    ACCENT,
    CLOSE,
    SAME,
    VARIANT,
    equivalence_id,
    fold,
    relation,
    surface,
    translit_key,
)

_AL = re.compile(r"^(?:al|el|Al|El)-(?=[A-Z])")
_INITIAL = re.compile(r"[A-Z]\.?")
_SUFFIXES = frozenset(("Jr", "Sr", "II", "III", "IV"))


class Person(NamedTuple):
    """One reference spelling: a names-list entry or a name found in a source document."""

    name: str
    origin: str  # "the names list" or "the source <name>"
    units: tuple[str, ...]


class Form(NamedTuple):
    """One spelling of a reference person (a tuple: a 100,000-row list makes hundreds of thousands)."""

    person: Person
    units: tuple[str, ...]  # how this form is spelled in the reference
    wrong: bool = False  # an explicitly listed wrong/alternative spelling (``variants`` column)
    target: tuple[str, ...] = ()  # for a wrong form: the correct spelling of the same form


def split_units(name: str) -> tuple[str, ...]:
    """``Ursula von der Leyen`` -> (``Ursula``, ``von der Leyen``); suffixes (Jr.) and initials dropped."""
    words = [w for w in name.replace(",", " ").split()
             if w.rstrip(".") not in _SUFFIXES and not (len(w) <= 2 and _INITIAL.fullmatch(w))]
    units: list[str] = []
    pending: list[str] = []
    for k, w in enumerate(words):
        if w.lower() in PARTICLES and k + 1 < len(words):
            pending.append(w)
            continue
        units.append(" ".join(pending + [w]))
        pending = []
    return tuple(units)


def _short_forms(units: tuple[str, ...], short: str | None) -> list[tuple[str, ...]]:
    """The forms news copy uses for a person besides the full name."""
    n = len(units)
    forms = [units]
    if n >= 3:
        forms.append((units[0], units[-1]))
        forms.append(units[-2:])
        if n == 3 and units[1].split()[0].lower() in ("bin", "ibn", "bint"):
            forms.append(units[:2])  # Mohamed bin Zayed (al-Nahyan); not a longer chain of patronymics
    forms.append((short,) if short else (units[-1],))
    if n >= 2 and short and short != units[-1]:
        forms.append((units[-1],))
    if not any(u[2:3] == "-" for u in (*units, short or "")):
        return forms  # no al-Nahyan or el-Sisi to give a form without its article
    out = []
    for f in forms:
        out.append(f)
        stripped = tuple(_AL.sub("", u) for u in f)
        if stripped != f:
            out.append(stripped)
    return out


class NameIndex:
    """Forms of reference names, looked up by the last unit of a mention: exact, accent/translit, typo."""

    def __init__(self, people_forms: list[Form]):
        self.exact: dict[tuple[str, ...], list[Form]] = defaultdict(list)
        self.by_last_fold: dict[str, list[Form]] = defaultdict(list)
        self.by_last_key: dict[str, list[Form]] = defaultdict(list)
        self.by_last_equiv: dict[int, list[Form]] = defaultdict(list)
        self.buckets: dict[str, list[str]] = defaultdict(list)
        self.given_names: set[str] = set()
        self.single_forms: dict[Person, list[Form]] = defaultdict(list)
        self._fuzzy_cache: dict[str, tuple[Form, ...]] = {}
        # A person's forms share their last unit: its keys are worked out once (a 100,000-row list in < 3 s).
        keys_of: dict[str, tuple[str, str, int | None]] = {}
        exact, single, by_fold, by_key, by_equiv = (self.exact, self.single_forms, self.by_last_fold,
                                                     self.by_last_key, self.by_last_equiv)
        for f in people_forms:
            units = f.units
            if len(units) == 1:
                if not f.wrong:
                    single[f.person].append(f)
            else:
                self.given_names.add(surface(units[0]))
            exact[tuple(map(surface, units))].append(f)
            last = units[-1]
            keys = keys_of.get(last)
            if keys is None:
                keys = keys_of[last] = (fold(last), translit_key(last), equivalence_id(last))
                if keys[0] not in by_fold:
                    self.buckets[keys[0][:1]].append(keys[0])
            fl, key, eid = keys
            by_fold[fl].append(f)
            by_key[key].append(f)
            if eid is not None:
                by_equiv[eid].append(f)

    def __len__(self) -> int:
        return len(self.exact)

    def is_exact(self, units: tuple[str, ...]) -> bool:
        forms = self.exact.get(tuple(surface(u) for u in units))
        return bool(forms) and any(not f.wrong for f in forms)

    def listed_wrong(self, units: tuple[str, ...]) -> list[Form]:
        return [f for f in self.exact.get(tuple(surface(u) for u in units), ()) if f.wrong]

    def linked_singles(self, linked: set[Person]) -> dict[str, list[Form]]:
        """Surname forms of the people a draft names in full, by first letter and by translit key."""
        by: dict[str, list[Form]] = defaultdict(list)
        for person in linked:
            for f in self.single_forms.get(person, ()):
                by[fold(f.units[0])[:1]].append(f)
                by["t" + translit_key(f.units[0])].append(f)
        return by

    def candidates(self, units: tuple[str, ...], linked_by: dict[str, list[Form]] | None = None) -> list[Form]:
        """Forms with the same number of units whose last unit is spelled alike (exact, variant or typo).

        A lone surname is only compared with accent-folded spellings and with the surnames of people the
        draft names in full (``linked_by``, from :meth:`linked_singles`): a fuzzy search over every surname
        would find too much.
        """
        last = units[-1]
        fl = fold(last)
        n = len(units)
        if n == 1:
            found = {id(f): f for f in self.by_last_fold.get(fl, ())}
            linked_by = linked_by or {}
            for f in linked_by.get(fl[:1], ()):
                found[id(f)] = f
            for f in linked_by.get("t" + translit_key(last), ()):
                found[id(f)] = f
            return [f for f in found.values() if not f.wrong]
        cached = self._fuzzy_cache.get(last)
        if cached is None:
            found = {}
            for f in self.by_last_fold.get(fl, ()):
                found[id(f)] = f
            for f in self.by_last_key.get(translit_key(last), ()):
                found[id(f)] = f
            eid = equivalence_id(last)
            if eid is not None:
                for f in self.by_last_equiv.get(eid, ()):
                    found[id(f)] = f
            bucket = self.buckets.get(fl[:1])
            if bucket and len(fl) >= 3:
                k = 1 if len(fl) <= 6 else 2
                for cand, _, _ in process.extract(fl, bucket, scorer=OSA.distance, score_cutoff=k, limit=None):
                    for f in self.by_last_fold[cand]:
                        found[id(f)] = f
            cached = tuple(f for f in found.values() if not f.wrong and len(f.units) >= 2)
            if len(self._fuzzy_cache) > 100_000:
                self._fuzzy_cache.clear()
            self._fuzzy_cache[last] = cached
        return [f for f in cached if len(f.units) == n]


def _entry_short(entry: NameEntry) -> str | None:
    for k, v in entry.extra:
        if k in ("surname", "short") and v.strip():
            return v.strip()
    return None


def _forms_for_entry(entry: NameEntry, origin: str) -> list[Form]:
    units = split_units(entry.name)
    if not units:
        return []
    person = Person(entry.name, origin, units)
    forms = [Form(person, f) for f in _short_forms(units, _entry_short(entry))]
    if not entry.variants:
        return forms
    correct = {len(f.units): [] for f in forms}
    for f in forms:
        correct[len(f.units)].append(f.units)
    for variant in entry.variants:
        vunits = split_units(variant)
        options = correct.get(len(vunits))
        if not vunits or not options or len(vunits) not in (1, len(units)):
            continue
        # the correct form this variant stands for: the one it resembles most, unit by unit
        target = max(options, key=lambda o: sum(relation(a, b) for a, b in zip(vunits, o)))
        if tuple(surface(u) for u in target) != tuple(surface(u) for u in vunits):
            forms.append(Form(person, vunits, wrong=True, target=target))
        if len(vunits) >= 2 and vunits[:-1] == target[:-1] and surface(vunits[-1]) != surface(target[-1]):
            forms.append(Form(person, vunits[-1:], wrong=True, target=target[-1:]))
    return forms


_list_cache: dict[tuple, tuple[tuple, NameIndex]] = {}


def list_index(names: list[NameEntry]) -> NameIndex:
    """The index of a names list, built once per list.

    The key is the entries' identity, not the list's: the app rebuilds its list object on every rerun
    from the same cached entries, and that must not re-index 5,000 names. A hit is confirmed entry by
    entry (identity only, about 0.1 ms for 5,000 entries).
    """
    key = (len(names), id(names[0]) if names else 0, id(names[-1]) if names else 0)
    hit = _list_cache.get(key)
    if hit is not None and len(hit[0]) == len(names) and all(a is b for a, b in zip(hit[0], names)):
        return hit[1]
    forms: list[Form] = []
    for e in names:
        forms.extend(_forms_for_entry(e, "the names list"))
    index = NameIndex(forms)
    if len(_list_cache) > 8:
        _list_cache.clear()
    _list_cache[key] = (tuple(names), index)  # holding the entries keeps their ids from being reused
    return index


@lru_cache(maxsize=8)
def source_index(sources: tuple[SourceDocument, ...]) -> NameIndex:
    """Names of two or more units found in the source documents, as reference spellings."""
    forms: list[Form] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for src in sources:
        doc = Document(src.text)
        for m in extract_mentions(doc):
            if len(m.units) < 2 or (src.name, m.key) in seen:
                continue
            seen.add((src.name, m.key))
            person = Person(" ".join(m.key), f"the source {src.name}", m.key)
            forms.extend(Form(person, f) for f in _short_forms(m.key, None))
    return NameIndex(forms)


__all__ = ["NameIndex", "Form", "Person", "list_index", "source_index", "split_units", "SAME", "ACCENT", "VARIANT", "CLOSE"]
