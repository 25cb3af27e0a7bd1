"""Findings and suggestions: what a rule reports, as exact spans of the original text.

A suggestion is an LSP-style text edit ``(start, end, replacement)``; a finding may offer several.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

CATEGORIES = ("quotes", "names", "garble", "untranslated", "misquote", "accuracy", "cleanup")
SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Suggestion:
    start: int
    end: int
    replacement: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "replacement": self.replacement}


@dataclass(frozen=True)
class Finding:
    """One problem at ``[start, end)`` of the text, with zero or more suggested edits.

    ``fixable`` is False when the suggestions touch quoted speech and may only be offered for
    review, never applied in bulk (DESIGN.md 3.1: quotes are sacred).

    ``original`` (accuracy findings only) is the span of the original article the draft was compared
    with; for an omission it is the missing sentence and the finding's own span is empty.
    """

    rule: str
    category: str
    severity: str
    start: int
    end: int
    message: str
    suggestions: tuple[Suggestion, ...] = ()
    excerpt: str = ""
    fixable: bool = True
    original: tuple[int, int] | None = None
    original_excerpt: str = ""

    @property
    def id(self) -> str:
        """A stable key for this finding in a review (not a list position)."""
        if self.original is not None:  # two omissions may sit at one place in the draft
            return f"{self.rule}-{self.start}-{self.end}-o{self.original[0]}"
        return f"{self.rule}-{self.start}-{self.end}"

    def with_excerpt(self, text: str) -> "Finding":
        return replace(self, excerpt=text[self.start : self.end])

    def to_dict(self) -> dict:
        out = {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "message": self.message,
            "suggestions": [s.to_dict() for s in self.suggestions],
        }
        if self.original is not None:
            out["original"] = {"start": self.original[0], "end": self.original[1], "excerpt": self.original_excerpt}
        return out


@dataclass(frozen=True)
class SentenceScore:
    """A draft sentence's garble score and, when an original was given, the span of its aligned original."""

    start: int
    end: int
    garble_score: float
    original: tuple[int, int] | None = None

    def to_dict(self, with_original: bool = False) -> dict:
        out = {"start": self.start, "end": self.end, "garble_score": round(self.garble_score, 4)}
        if with_original:
            out["original"] = None if self.original is None else {"start": self.original[0], "end": self.original[1]}
        return out


@dataclass
class Report:
    """Everything one check of one text produced.

    With an original, ``original`` is its text and ``alignment`` the sentence alignment
    (``checks.accuracy.Alignment``: ``pairs()`` gives original/draft span pairs, omissions and additions
    included); both are None otherwise, and the JSON is exactly what it is without an original.
    """

    text: str
    language: str
    findings: list[Finding] = field(default_factory=list)
    sentences: list[SentenceScore] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    original: str | None = None
    alignment: object | None = None

    def to_dict(self, file: str | None = None) -> dict:
        with_original = self.original is not None
        return {
            "file": file,
            "language": self.language,
            "findings": [f.to_dict() for f in self.findings],
            "sentences": [s.to_dict(with_original) for s in self.sentences],
        }
