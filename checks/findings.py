"""Findings and suggestions: what a rule reports, as exact spans of the original text.

A suggestion is an LSP-style text edit ``(start, end, replacement)``; a finding may offer several.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

CATEGORIES = ("quotes", "names", "garble", "untranslated", "misquote", "cleanup")
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

    @property
    def id(self) -> str:
        """A stable key for this finding in a review (not a list position)."""
        return f"{self.rule}-{self.start}-{self.end}"

    def with_excerpt(self, text: str) -> "Finding":
        return replace(self, excerpt=text[self.start : self.end])

    def to_dict(self) -> dict:
        return {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "message": self.message,
            "suggestions": [s.to_dict() for s in self.suggestions],
        }


@dataclass(frozen=True)
class SentenceScore:
    start: int
    end: int
    garble_score: float

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "garble_score": round(self.garble_score, 4)}


@dataclass
class Report:
    """Everything one check of one text produced."""

    text: str
    language: str
    findings: list[Finding] = field(default_factory=list)
    sentences: list[SentenceScore] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    def to_dict(self, file: str | None = None) -> dict:
        return {
            "file": file,
            "language": self.language,
            "findings": [f.to_dict() for f in self.findings],
            "sentences": [s.to_dict() for s in self.sentences],
        }
