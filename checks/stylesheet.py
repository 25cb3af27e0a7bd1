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
import os
import stat
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
    """Preferred wording: ``wrong`` is flagged and ``right`` offered; an empty ``right`` offers
    nothing unless ``delete`` (the CSV's ``(delete)``) asks for the words to go."""

    wrong: str
    right: str
    note: str = ""
    delete: bool = False


@dataclass(frozen=True)
class SourceDocument:
    """A reference text (statement, transcript, wire copy) quotes are verified against."""

    name: str
    text: str


DELETE = "(delete)"  # a glossary ``right`` that asks for the ``wrong`` words to be removed


def _read_csv_rows(data: str, label: str, required: tuple[str, ...],
                   warnings: list[str] | None) -> list[tuple[str, dict[str, str]]]:
    """The rows of a CSV as ``(lines, row)``, ``lines`` naming its line(s) for warnings ("line 4").

    Rows an unclosed quote merged (a cell spanning lines), cells with NUL characters and rows with
    more cells than the header each get a one-line warning in ``warnings``; a row whose
    ``required`` cells span lines is left out (it is two or more rows run together).
    """
    if data.startswith("\ufeff"):
        data = data[1:]
    warn = warnings.append if warnings is not None else (lambda message: None)
    try:
        reader = csv.DictReader(io.StringIO(data))
        fields = [f.strip().lower() for f in (reader.fieldnames or [])]
        missing = [c for c in required if c not in fields]
        if missing:
            raise StyleSheetError(f"{label}: missing column(s) {', '.join(missing)} in the header row")
        rows, last = [], reader.line_num
        for raw in reader:
            first, last = last + 1, reader.line_num
            lines = f"line {last}" if first == last else f"lines {first}-{last}"
            where = f"{label} {lines}"
            row = {(k or "").strip().lower(): (v or "") for k, v in raw.items() if k is not None}
            if raw.get(None):
                warn(f"{where}: more cells than the header has columns (an unquoted comma?); the extra cells are ignored")
            if any("\x00" in v for v in row.values()):
                warn(f"{where}: a NUL character in a cell was removed (a damaged file or the wrong encoding?)")
                row = {k: v.replace("\x00", "") for k, v in row.items()}
            if first != last and any("\n" in v or "\r" in v for v in row.values()):
                spans_key = any("\n" in row.get(c, "") or "\r" in row.get(c, "") for c in required)
                warn(f"{where}: read as one row because a quote opened in it is never closed"
                     + ("; the row is left out" if spans_key else "; check that no row was swallowed"))
                if spans_key:
                    continue
            rows.append((lines, {k: v.strip() for k, v in row.items()}))
        return rows
    except csv.Error as exc:
        raise StyleSheetError(f"{label}: not a readable CSV file ({exc})") from None


def _read_text(path: str | Path, label: str) -> str:
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO would block the read forever
            raise StyleSheetError(f"{label}: {path} is not a regular file")
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise StyleSheetError(f"{label}: cannot read {path}: {exc.strerror or exc}") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _key(text: str) -> str:
    """Two spellings of one key: case, runs of whitespace and the apostrophe's shape aside."""
    return " ".join(text.lower().replace("’", "'").split())


def parse_names_csv(data: str, label: str = "names list", warnings: list[str] | None = None) -> list[NameEntry]:
    """Parse a names CSV: column ``name`` (canonical), optional ``variants`` (``;``-separated).

    A name listed twice, or a variant given under two different names, gets a warning naming both
    lines (see :func:`_read_csv_rows` for damaged rows); every row is still used.
    """
    entries = []
    seen: dict[str, str] = {}  # folded name -> its line
    variant_of: dict[str, tuple[str, str]] = {}  # folded variant -> (name, its line)
    for lines, row in _read_csv_rows(data, label, ("name",), warnings):
        name = " ".join(row.get("name", "").split())
        if not name:
            continue
        variants = tuple(v.strip() for v in row.get("variants", "").split(";") if v.strip())
        extra = tuple((k, v) for k, v in row.items() if k not in ("name", "variants"))
        if warnings is not None:
            if _key(name) in seen:
                warnings.append(f"{label} {lines}: {name} is listed again (first at {seen[_key(name)]})")
            seen.setdefault(_key(name), lines)
            for v in variants:
                other = variant_of.setdefault(_key(v), (name, lines))
                if _key(other[0]) != _key(name):
                    warnings.append(f"{label} {lines}: the variant {v} is also given for {other[0]} ({other[1]})")
        entries.append(NameEntry(name, variants, extra))
    return entries


def load_names_csv(path: str | Path, warnings: list[str] | None = None) -> list[NameEntry]:
    return parse_names_csv(_read_text(path, f"names list {path}"), f"names list {path}", warnings)


def parse_glossary_csv(data: str, label: str = "glossary", warnings: list[str] | None = None) -> list[GlossaryEntry]:
    """Parse a glossary CSV with columns ``wrong,right`` and optional ``note``.

    An empty ``right`` flags the wording without offering to delete it (a warning says so); only
    ``right`` = ``(delete)`` asks for its removal. A ``wrong`` listed twice gets a warning: the later
    row is the one used.
    """
    entries = []
    seen: dict[str, str] = {}
    warn = warnings.append if warnings is not None else (lambda message: None)
    for lines, row in _read_csv_rows(data, label, ("wrong", "right"), warnings):
        where = f"{label} {lines}"
        wrong = " ".join(row.get("wrong", "").split())
        if not wrong:
            continue
        right = row.get("right", "")
        delete = right.lower() == DELETE
        if not right:
            warn(f"{where}: “{wrong}” has no replacement, so it is flagged but never deleted "
                 f"(write {DELETE} in the right column to remove it)")
        if _key(wrong) in seen:
            warn(f"{where}: “{wrong}” is listed again (first at {seen[_key(wrong)]}); this row is used")
        seen.setdefault(_key(wrong), lines)
        entries.append(GlossaryEntry(wrong, "" if delete else right, row.get("note", ""), delete))
    return entries


def load_glossary_csv(path: str | Path, warnings: list[str] | None = None) -> list[GlossaryEntry]:
    return parse_glossary_csv(_read_text(path, f"glossary {path}"), f"glossary {path}", warnings)


@dataclass
class CheckOptions:
    """Everything a check run may read besides the draft itself."""

    names: list[NameEntry] = field(default_factory=list)
    glossary: list[GlossaryEntry] = field(default_factory=list)
    sources: list[SourceDocument] = field(default_factory=list)
    quote_style: str = "auto"  # "us", "uk", or not chosen ("auto": only the draft's own consistent habit counts)
    select: frozenset[str] | None = None  # rule codes to run; None = all
    default_lists: bool = True  # merge the shipped names list and glossary under the user's
    original: SourceDocument | None = None  # the foreign-language article the draft was translated from

    def __post_init__(self) -> None:
        if isinstance(self.original, str):  # CheckOptions(original="...") from library callers
            self.original = SourceDocument("original", self.original)


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
