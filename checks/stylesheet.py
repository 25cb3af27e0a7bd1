"""The editor's style sheet: names list, glossary and source documents, loaded from CSV or text.

Loading errors raise :class:`StyleSheetError` with a one-line message the CLI and app show as is.

A names list and a glossary ship with the package (``data/names_list.csv``, ``data/garble_glossary.csv``)
and are used by default everywhere, the library included: ``CheckOptions.default_lists`` turns them off
(``--no-default-lists``). A user's own entries are merged over them: a user entry replaces the shipped
one it collides with (:func:`names_in_use`, :func:`glossary_in_use`).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
SHIPPED_NAMES = DATA / "names_list.csv"
SHIPPED_GLOSSARY = DATA / "garble_glossary.csv"


class StyleSheetError(ValueError):
    """A names list, glossary or source that cannot be used; the message is one line."""


@dataclass(frozen=True)
class NameEntry:
    name: str
    variants: tuple[str, ...] = ()
    extra: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class GlossaryEntry:
    wrong: str
    right: str
    note: str = ""


@dataclass(frozen=True)
class SourceDocument:
    """A reference text (statement, transcript, wire copy) quotes are verified against."""

    name: str
    text: str


def _read_csv_rows(data: str, label: str, required: tuple[str, ...]) -> list[dict[str, str]]:
    if data.startswith("\ufeff"):
        data = data[1:]
    try:
        reader = csv.DictReader(io.StringIO(data))
        fields = [f.strip().lower() for f in (reader.fieldnames or [])]
        missing = [c for c in required if c not in fields]
        if missing:
            raise StyleSheetError(f"{label}: missing column(s) {', '.join(missing)} in the header row")
        rows = []
        for row in reader:
            rows.append({(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if k is not None})
        return rows
    except csv.Error as exc:
        raise StyleSheetError(f"{label}: not a readable CSV file ({exc})") from None


def _read_text(path: str | Path, label: str) -> str:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise StyleSheetError(f"{label}: cannot read {path}: {exc.strerror or exc}") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def parse_names_csv(data: str, label: str = "names list") -> list[NameEntry]:
    """Parse a names CSV: column ``name`` (canonical), optional ``variants`` (``;``-separated)."""
    entries = []
    for row in _read_csv_rows(data, label, ("name",)):
        name = " ".join(row.get("name", "").split())
        if not name:
            continue
        variants = tuple(v.strip() for v in row.get("variants", "").split(";") if v.strip())
        extra = tuple((k, v) for k, v in row.items() if k not in ("name", "variants"))
        entries.append(NameEntry(name, variants, extra))
    return entries


def load_names_csv(path: str | Path) -> list[NameEntry]:
    return parse_names_csv(_read_text(path, f"names list {path}"), f"names list {path}")


def parse_glossary_csv(data: str, label: str = "glossary") -> list[GlossaryEntry]:
    """Parse a glossary CSV with columns ``wrong,right`` and optional ``note``."""
    entries = []
    for row in _read_csv_rows(data, label, ("wrong", "right")):
        wrong = " ".join(row.get("wrong", "").split())
        if wrong:
            entries.append(GlossaryEntry(wrong, row.get("right", ""), row.get("note", "")))
    return entries


def load_glossary_csv(path: str | Path) -> list[GlossaryEntry]:
    return parse_glossary_csv(_read_text(path, f"glossary {path}"), f"glossary {path}")


@dataclass
class CheckOptions:
    """Everything a check run may read besides the draft itself."""

    names: list[NameEntry] = field(default_factory=list)
    glossary: list[GlossaryEntry] = field(default_factory=list)
    sources: list[SourceDocument] = field(default_factory=list)
    quote_style: str = "us"
    select: frozenset[str] | None = None  # rule codes to run; None = all
    default_lists: bool = True  # merge the shipped names list and glossary under the user's


@cache
def shipped_names() -> tuple[NameEntry, ...]:
    """The names list that ships with the package (heads of state and government, ministers)."""
    return tuple(load_names_csv(SHIPPED_NAMES))


@cache
def shipped_glossary() -> tuple[GlossaryEntry, ...]:
    """The glossary that ships with the package (machine-translation calques and their news English)."""
    return tuple(load_glossary_csv(SHIPPED_GLOSSARY))


def _name_key(s: str) -> str:
    return " ".join(s.casefold().split())


def merge_names(shipped, user) -> list[NameEntry]:
    """Every shipped entry none of whose spellings the user's entries mention, then the user's entries.

    A desk that lists a person its own way (another spelling as canonical, other variants) is not
    contradicted by the shipped entry for that person.
    """
    if not user:
        return list(shipped)
    taken = {_name_key(s) for e in user for s in (e.name, *e.variants)}
    return [e for e in shipped if not any(_name_key(s) in taken for s in (e.name, *e.variants))] + list(user)


def names_in_use(opts: CheckOptions) -> list[NameEntry]:
    """The names a check compares with: the shipped list (unless turned off) merged under the user's.

    The entries are the same objects from one check to the next, so the names index built from
    them is reused (it is cached by the entries' identity).
    """
    return merge_names(shipped_names(), opts.names) if opts.default_lists else opts.names


def glossary_in_use(opts: CheckOptions | None) -> tuple[GlossaryEntry, ...]:
    """The shipped glossary (unless turned off) with the user's entries merged over it, by wording."""
    user = tuple(opts.glossary) if opts is not None else ()
    if opts is not None and not opts.default_lists:
        return user
    return merged_glossary(shipped_glossary(), user)


def _glossary_key(phrase: str) -> str:
    return " ".join(phrase.lower().replace("’", "'").split())


def merged_glossary(base: tuple[GlossaryEntry, ...], user: tuple[GlossaryEntry, ...] = ()) -> tuple:
    """``base`` with ``user`` merged over it (same ``wrong`` wording, case-insensitive: the user's wins)."""
    if not user:
        return base
    entries = {_glossary_key(e.wrong): e for e in base}
    for e in user:
        entries[_glossary_key(e.wrong)] = e
    return tuple(entries.values())
