"""The sidebar's style sheet: names list, glossary, source documents, quote style and check families.

The names list and glossary shipped with the package (``checks/data/``) are used by default, as by
the library and the CLI; a checkbox each turns them off, and an uploaded list is merged over them (an
uploaded entry replaces the shipped one it collides with). A file that cannot be read is reported in
the sidebar and left out; the rest of the style sheet still applies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import streamlit as st

from checks.findings import CATEGORIES
from checks.registry import load_rules
from checks import stylesheet
from checks.stylesheet import (
    CheckOptions, GlossaryEntry, NameEntry, SourceDocument, StyleSheetError, merge_names, merged_glossary,
    parse_glossary_csv, parse_names_csv,
)

from ..encoding import decode
from ..ingest import IngestError, box_max_chars, check_text_size, decode_upload, default_max_bytes
from .render import CATEGORY_LABELS, md_escape

SHIPPED_NAMES: Path = stylesheet.SHIPPED_NAMES
SHIPPED_GLOSSARY: Path = stylesheet.SHIPPED_GLOSSARY
UPLOAD_TYPES = ["txt", "md", "docx", "html", "htm"]
QUOTE_STYLES = {"Not chosen": "auto", "US": "us", "UK": "uk"}  # the radio's labels -> CheckOptions.quote_style
MAX_LIST_WARNINGS = 8


@dataclass
class StyleSheet:
    """What the sidebar collected, and the problems it met on the way (one line each)."""

    options: CheckOptions
    problems: list[str] = field(default_factory=list)


@st.cache_resource(show_spinner=False, max_entries=64)
def _parse_names(data: bytes, label: str) -> tuple[tuple[NameEntry, ...], tuple[str, ...]]:
    warnings: list[str] = []
    return tuple(parse_names_csv(_csv_text(data), label, warnings)), tuple(warnings)


@st.cache_resource(show_spinner=False, max_entries=64)
def _parse_glossary(data: bytes, label: str) -> tuple[tuple[GlossaryEntry, ...], tuple[str, ...]]:
    warnings: list[str] = []
    return tuple(parse_glossary_csv(_csv_text(data), label, warnings)), tuple(warnings)


@st.cache_resource(show_spinner=False, max_entries=64)
def _decode_source(data: bytes, name: str) -> str:
    return decode_upload(data, name).text


def _csv_text(data: bytes) -> str:
    """A CSV's text in any encoding a draft may come in (Excel saves "Unicode Text" as UTF-16)."""
    return decode(data, binary_ok=True)[0]


def _shipped(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def shipped_options() -> CheckOptions:
    """What a fresh page checks with: the shipped names list and glossary where present (tests use it).

    The page passes the shipped lists itself (each has its checkbox) and turns the engine's own
    defaults off, so what the sidebar shows is exactly what is checked.
    """
    names = _shipped(SHIPPED_NAMES)
    glossary = _shipped(SHIPPED_GLOSSARY)
    return CheckOptions(
        names=list(parse_names_csv(_csv_text(names))) if names is not None else [],
        glossary=list(parse_glossary_csv(_csv_text(glossary))) if glossary is not None else [],
        default_lists=False,
    )


def _list_section(title: str, kind: str, shipped: Path, parse, merge, problems: list[str],
                  warnings: list[str]) -> list:
    st.markdown(f"**{title}**")
    entries: list = []
    data = _shipped(shipped)
    if data is None:
        st.caption(f"No shipped {kind} ({shipped.parent.name}/{shipped.name} is missing).")
    elif st.checkbox(f"Use the shipped {kind}", value=True, key=f"use-shipped-{kind}"):
        try:
            parsed, notes = parse(data, f"{shipped.parent.name}/{shipped.name}")
            entries.extend(parsed)
            warnings.extend(notes)
        except StyleSheetError as exc:
            problems.append(str(exc))
    upload = st.file_uploader(f"Add a {kind} (CSV)", type=["csv"], key=f"upload-{kind}")
    if upload is not None:
        try:
            parsed, notes = parse(upload.getvalue(), upload.name)
            entries = list(merge(tuple(entries), tuple(parsed)))  # an uploaded entry replaces a shipped one
            warnings.extend(notes)
        except StyleSheetError as exc:
            problems.append(str(exc))
    st.caption(f"{len(entries)} {kind} entries in use.")
    return entries


def render_style_sheet() -> StyleSheet:
    """Draw the style-sheet part of the sidebar and return the options a check would use."""
    problems: list[str] = []
    warnings: list[str] = []  # rows of a list that were damaged or doubtful, one line each
    names = _list_section("Names list", "names list", SHIPPED_NAMES, _parse_names, merge_names, problems,
                          warnings)
    glossary = _list_section("Glossary", "glossary", SHIPPED_GLOSSARY, _parse_glossary, merged_glossary,
                             problems, warnings)

    st.markdown("**Source documents** (quotes are verified against them)")
    sources: list[SourceDocument] = []
    limit = default_max_bytes()
    pasted = st.text_area("Paste a source document", key="source-paste", height=100, max_chars=box_max_chars(limit))
    if pasted.strip():
        try:
            check_text_size(pasted, "pasted source", limit)
            sources.append(SourceDocument("pasted source", pasted))
        except IngestError as exc:
            problems.append(str(exc))
    for up in st.file_uploader("Upload source documents", type=UPLOAD_TYPES, accept_multiple_files=True,
                               key="source-uploads") or []:
        try:
            sources.append(SourceDocument(up.name, _decode_source(up.getvalue(), up.name)))
        except IngestError as exc:
            problems.append(str(exc))
    if sources:
        st.caption(f"{len(sources)} source document(s) in use.")

    style = st.radio("Quote style", list(QUOTE_STYLES), horizontal=True, key="quote-style",
                     help="The house style for nesting and for periods and commas at closing marks. US: “double” "
                     "outside, ‘single’ inside, punctuation inside; UK: the other way round, punctuation after a "
                     "quoted fragment. Not chosen: only the draft's own consistent habit is enforced.")
    families = st.multiselect("Check families", list(CATEGORIES), default=list(CATEGORIES), key="families",
                              format_func=lambda c: CATEGORY_LABELS.get(c, c))
    select = None
    if set(families) != set(CATEGORIES):
        try:
            select = frozenset(code for code, rule in load_rules().items() if rule.category in families)
        except Exception as exc:  # a rule module that fails to load: every family runs, the check reports it
            problems.append(f"cannot list the rules to choose families: {type(exc).__name__}: {exc}".splitlines()[0])
    for p in problems:
        st.error(md_escape(p))
    for w in warnings[:MAX_LIST_WARNINGS]:
        st.warning(md_escape(w))
    if len(warnings) > MAX_LIST_WARNINGS:
        st.caption(f"{len(warnings) - MAX_LIST_WARNINGS} more warnings about the lists are not shown.")
    # The shipped lists are in ``names``/``glossary`` when their boxes are ticked: the engine adds none of its own.
    options = CheckOptions(names=names, glossary=glossary, sources=sources, quote_style=QUOTE_STYLES[style],
                           select=select, default_lists=False)
    return StyleSheet(options, problems)
