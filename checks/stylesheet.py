"""The editor's style sheet: names list, glossary and source documents, loaded from CSV or text.

Loading errors raise :class:`StyleSheetError` with a one-line message the CLI and app show as is.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path


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
    quote_style: str = "auto"  # "us", "uk", or not chosen ("auto": only the draft's own consistent habit counts)
    select: frozenset[str] | None = None  # rule codes to run; None = all
