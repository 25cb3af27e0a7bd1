"""The rule catalogue: every rule's code, name, category, severity and one-line summary.

Rules are declared with :func:`define` next to the code that detects them; a *checker* is a
function ``(doc, ctx) -> Iterable[Finding]`` registered with :func:`checker` for the codes it may
emit. Several codes can share one checker when they share one analysis (all quote rules read the
same pairing of quotation marks).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from .findings import CATEGORIES, SEVERITIES, Finding, Suggestion

# Each family's entry point (``checks/<family>/check.py``) defines its rules; imported once by load_rules().
FAMILIES = ("quotes", "names", "garble", "language", "cleanup", "misquote", "accuracy")
RULE_MODULES = tuple(f"checks.{family}.check" for family in FAMILIES)


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    category: str
    severity: str
    summary: str

    def finding(
        self,
        start: int,
        end: int,
        message: str | None = None,
        suggestions: Sequence[Suggestion | tuple[int, int, str]] = (),
        severity: str | None = None,
    ) -> Finding:
        """Build a finding of this rule; the engine fills in the excerpt."""
        sugg = tuple(s if isinstance(s, Suggestion) else Suggestion(*s) for s in suggestions)
        return Finding(
            rule=self.code,
            category=self.category,
            severity=severity or self.severity,
            start=start,
            end=end,
            message=message or self.summary,
            suggestions=sugg,
        )


RULES: dict[str, Rule] = {}
Checker = Callable[..., Iterable[Finding]]
CHECKERS: list[tuple[frozenset[str], Checker]] = []


def define(code: str, name: str, category: str, severity: str, summary: str) -> Rule:
    if category not in CATEGORIES:
        raise ValueError(f"unknown category {category!r} for {code}")
    if severity not in SEVERITIES:
        raise ValueError(f"unknown severity {severity!r} for {code}")
    if code in RULES and RULES[code] != Rule(code, name, category, severity, summary):
        raise ValueError(f"rule {code} defined twice")
    rule = Rule(code, name, category, severity, summary)
    RULES[code] = rule
    return rule


# Rules that read English itself (its words, grammar, typography): a draft in another language skips them.
ENGLISH_ONLY: set[str] = set()


def english_only(*rules: Rule) -> None:
    """Mark rules written for English; the engine skips them (and says so) on a draft in another language."""
    ENGLISH_ONLY.update(r.code for r in rules)


def checker(*rules: Rule) -> Callable[[Checker], Checker]:
    """Register a checker function for the given rules."""

    def deco(func: Checker) -> Checker:
        CHECKERS.append((frozenset(r.code for r in rules), func))
        return func

    return deco


_loaded = False


def load_rules() -> dict[str, Rule]:
    global _loaded
    if not _loaded:
        for name in RULE_MODULES:
            importlib.import_module(name)
        _loaded = True
    return RULES


def select_codes(select: Iterable[str] | None = None, ignore: Iterable[str] | None = None) -> frozenset[str]:
    """Resolve ``--select``/``--ignore`` lists; entries may be codes, code prefixes or categories.

    Raises ValueError naming an entry that matches no rule, so a typo is not silently ignored.
    """
    rules = load_rules()

    def expand(items: Iterable[str]) -> set[str]:
        out: set[str] = set()
        for raw in items:
            item = raw.strip()
            if not item:
                continue
            hits = {c for c, r in rules.items() if c.startswith(item.upper()) or r.category == item.lower()}
            if item.upper() == "ALL":
                hits = set(rules)
            if not hits:
                raise ValueError(f"unknown rule or category: {item}")
            out |= hits
        return out

    chosen = expand(select) if select else set(rules)
    if ignore:
        chosen -= expand(ignore)
    return frozenset(chosen)
