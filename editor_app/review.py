"""The editor's review of one checked draft: its findings, a decision per finding, the cleaned text.

Every decision the page offers is a method here (accept, reject, own rewrite, undo, bulk by rule or
category), so it can be tested without a browser. The cleaned article is the draft with exactly the
accepted and rewritten edits applied by :func:`checks.apply.apply_edits`; two decisions whose edits
overlap are refused up front, so nothing the editor chose is ever silently dropped.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field, replace
from typing import Iterable

from checks.apply import apply_edits, overlaps
from checks.findings import Finding, Report, Suggestion

PENDING, ACCEPTED, REJECTED, REWRITTEN = "pending", "accepted", "rejected", "rewritten"
STATUSES = (PENDING, ACCEPTED, REJECTED, REWRITTEN)
SCHEMA = 1
HISTORY_LIMIT = 500


class ReviewError(ValueError):
    """A decision that cannot be taken; the message is one line, fit to show the editor."""


@dataclass(frozen=True)
class Decision:
    """What the editor decided for one finding: which suggestion, or their own wording."""

    status: str
    choice: int = 0
    text: str = ""

    def to_dict(self) -> dict:
        return {"status": self.status, "choice": self.choice, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict) -> "Decision":
        status = d.get("status", PENDING)
        if status not in STATUSES:
            raise ReviewError(f"unknown decision status {status!r}")
        return cls(status, int(d.get("choice", 0)), str(d.get("text", "")))


@dataclass(frozen=True)
class BulkResult:
    """What a bulk action did: ids decided, and ids left alone with the reason why."""

    done: tuple[str, ...]
    skipped: tuple[tuple[str, str], ...]


def _title_of(text: str) -> str:
    for line in text.splitlines():
        line = " ".join(line.split())
        if line:
            return line if len(line) <= 80 else line[:79] + "…"
    return "Untitled draft"


@dataclass
class Review:
    """One draft under review. ``version`` grows with every change, for the page's caches."""

    text: str
    findings: list[Finding]
    language: str = "und"
    notices: list[str] = field(default_factory=list)
    title: str = ""
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:16])
    created: float = field(default_factory=time.time)
    updated: float = 0.0
    decisions: dict[str, Decision] = field(default_factory=dict)
    history: list[list[tuple[str, Decision | None]]] = field(default_factory=list)
    version: int = 0
    quotations: list[dict] = field(default_factory=list)  # every quotation checked against the sources

    def __post_init__(self):
        self.findings = sorted(self.findings, key=lambda f: (f.start, f.end, f.rule))  # cards in text order
        self.title = self.title or _title_of(self.text)
        self.updated = self.updated or self.created
        self._by_id = {f.id: f for f in self.findings}
        if len(self._by_id) != len(self.findings):
            raise ReviewError("two findings share one id; the engine must keep ids unique")
        self._cache: dict = {}
        self._static: dict = {}

    @classmethod
    def from_report(cls, report: Report, title: str = "", quotations: list[dict] | None = None) -> "Review":
        """A review of a check's findings; a suggestion pointing outside the text is dropped, with a notice."""
        n = len(report.text)
        findings, notices = [], list(report.notices)
        for f in report.findings:
            good = tuple(s for s in f.suggestions if 0 <= s.start <= s.end <= n)
            if len(good) != len(f.suggestions):
                notices.append(f"{f.rule} at {f.start}: a suggestion pointing outside the text was left out")
                f = replace(f, suggestions=good)
            findings.append(f)
        return cls(text=report.text, findings=findings, language=report.language, notices=notices, title=title,
                   quotations=list(quotations or []))

    # -- lookups -----------------------------------------------------------------------------

    def finding(self, fid: str) -> Finding:
        try:
            return self._by_id[fid]
        except KeyError:
            raise ReviewError(f"no finding {fid} in this review") from None

    def decision(self, fid: str) -> Decision:
        self.finding(fid)
        return self.decisions.get(fid, Decision(PENDING))

    def status(self, fid: str) -> str:
        return self.decision(fid).status

    def is_decided(self, fid: str) -> bool:
        return self.status(fid) != PENDING

    def counts(self) -> dict[str, int]:
        out = {s: 0 for s in STATUSES}
        for f in self.findings:
            out[self.status(f.id)] += 1
        return out

    def matching(self, rule: str | None = None, category: str | None = None) -> list[Finding]:
        if rule is None and category is None:
            raise ReviewError("a bulk action needs a rule or a category")
        return [f for f in self.findings
                if (rule is None or f.rule == rule) and (category is None or f.category == category)]

    def rewrite_span(self, fid: str, choice: int = 0) -> tuple[int, int]:
        """The stretch of draft an own rewrite replaces: the finding and its suggestion together."""
        f = self.finding(fid)
        if not f.suggestions:
            return f.start, f.end
        s = f.suggestions[min(max(choice, 0), len(f.suggestions) - 1)]
        return min(f.start, s.start), max(f.end, s.end)

    def suggested_text(self, fid: str, choice: int = 0) -> str:
        """The rewrite span as it reads with suggestion ``choice`` applied (the rewrite field's start)."""
        f = self.finding(fid)
        start, end = self.rewrite_span(fid, choice)
        if not f.suggestions:
            return self.text[start:end]
        s = f.suggestions[choice]
        return self.text[start:s.start] + s.replacement + self.text[s.end:end]

    def edit_for(self, fid: str, decision: Decision | None = None) -> Suggestion | None:
        """The text edit a decision stands for (None when it changes nothing)."""
        d = decision or self.decision(fid)
        if d.status == ACCEPTED:
            return self.finding(fid).suggestions[d.choice]
        if d.status == REWRITTEN:
            start, end = self.rewrite_span(fid, d.choice)
            return Suggestion(start, end, d.text)
        return None

    # -- decisions ---------------------------------------------------------------------------

    def accept(self, fid: str, choice: int = 0, *, confirm_quoted: bool = False) -> None:
        """Accept suggestion ``choice``. Quoted speech (``fixable`` False) needs ``confirm_quoted``."""
        f = self.finding(fid)
        if not f.suggestions:
            raise ReviewError(f"{f.rule} at {f.start}: no suggestion to accept; write your own or reject")
        if not 0 <= choice < len(f.suggestions):
            raise ReviewError(f"{f.rule} at {f.start}: there is no suggestion number {choice + 1}")
        if not f.fixable and not confirm_quoted:
            raise ReviewError(f"{f.rule} at {f.start}: the words are quoted; confirm before changing them")
        self._set([(fid, Decision(ACCEPTED, choice))])

    def reject(self, fid: str) -> None:
        self.finding(fid)
        self._set([(fid, Decision(REJECTED))])

    def rewrite(self, fid: str, text: str, choice: int = 0) -> None:
        """Replace the finding's stretch of draft (see :meth:`rewrite_span`) with the editor's words."""
        f = self.finding(fid)
        if f.suggestions and not 0 <= choice < len(f.suggestions):
            raise ReviewError(f"{f.rule} at {f.start}: there is no suggestion number {choice + 1}")
        self._set([(fid, Decision(REWRITTEN, choice if f.suggestions else 0, text))])

    def undo(self, fid: str) -> None:
        """Return one finding to pending (itself an action :meth:`undo_last` can take back)."""
        if self.is_decided(fid):
            self._set([(fid, Decision(PENDING))])

    def undo_last(self) -> list[str]:
        """Take back the last action (one card, or one whole bulk action); returns the ids touched."""
        if not self.history:
            return []
        action = self.history.pop()
        for fid, before in reversed(action):
            self._store(fid, before)
        self._changed()
        return [fid for fid, _ in action]

    def accept_all(self, rule: str | None = None, category: str | None = None) -> BulkResult:
        """Accept the first suggestion of every pending finding of a rule or category.

        Quoted speech (``fixable`` False), findings without a suggestion and edits that overlap an
        edit already chosen are left pending and listed as skipped.
        """
        done, skipped, planned = [], [], []
        for f in self.matching(rule, category):
            if self.is_decided(f.id):
                continue
            if not f.suggestions:
                skipped.append((f.id, "no suggestion"))
                continue
            if not f.fixable:
                skipped.append((f.id, "quoted speech: review it on its card"))
                continue
            d = Decision(ACCEPTED, 0)
            clash = self._conflict(f.id, self.edit_for(f.id, d), extra=planned)
            if clash:
                skipped.append((f.id, f"overlaps {clash}"))
                continue
            planned.append((f.id, d))
            done.append(f.id)
        if planned:
            self._set(planned, check=False)
        return BulkResult(tuple(done), tuple(skipped))

    def reject_all(self, rule: str | None = None, category: str | None = None) -> BulkResult:
        """Reject every pending finding of a rule or category."""
        planned = [(f.id, Decision(REJECTED)) for f in self.matching(rule, category) if not self.is_decided(f.id)]
        if planned:
            self._set(planned, check=False)
        return BulkResult(tuple(fid for fid, _ in planned), ())

    # -- results -----------------------------------------------------------------------------

    def edits(self) -> list[tuple[str, Suggestion]]:
        """Every chosen edit with its finding id, in text order; identical edits appear once."""
        out, seen = [], set()
        for f in self.findings:
            e = self.edit_for(f.id)
            if e is not None and e not in seen:
                seen.add(e)
                out.append((f.id, e))
        out.sort(key=lambda p: (p[1].start, p[1].end))
        return out

    def cleaned_text(self) -> str:
        """The draft with exactly the accepted and rewritten edits applied."""
        return self.memo("cleaned", self._apply)

    def _apply(self) -> str:
        result = apply_edits(self.text, [e for _, e in self.edits()])
        if result.conflicts:  # _conflict() refuses these; this guards the invariant
            raise ReviewError(f"{len(result.conflicts)} chosen edit(s) overlap; undo one of them")
        return result.text

    def memo(self, key, compute):
        """A value derived from the review, computed once until the next decision (pages re-render often)."""
        if self._cache.get("__version__") != self.version:
            self._cache = {"__version__": self.version}
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]

    def static(self, key, compute):
        """A value derived from the draft and findings alone (they never change), computed once."""
        if key not in self._static:
            self._static[key] = compute()
        return self._static[key]

    def report_rows(self) -> list[dict]:
        """One row per finding: what was found, what was decided, and the final text of the change."""
        rows = []
        for f in self.findings:
            d = self.decision(f.id)
            e = self.edit_for(f.id)
            rows.append({
                "id": f.id,
                "rule": f.rule,
                "category": f.category,
                "severity": f.severity,
                "start": f.start,
                "end": f.end,
                "excerpt": f.excerpt,
                "message": f.message,
                "fixable": f.fixable,
                "decision": d.status,
                "suggestion": d.choice + 1 if d.status == ACCEPTED else None,
                "edit_start": e.start if e else None,
                "edit_end": e.end if e else None,
                "original_text": self.text[e.start:e.end] if e else "",
                "final_text": e.replacement if e else "",
            })
        return rows

    # -- persistence -------------------------------------------------------------------------

    def to_dict(self) -> dict:
        return {
            "schema": SCHEMA,
            "id": self.id,
            "title": self.title,
            "created": self.created,
            "updated": self.updated,
            "version": self.version,
            "text": self.text,
            "language": self.language,
            "notices": list(self.notices),
            "findings": [dict(f.to_dict(), fixable=f.fixable) for f in self.findings],
            "decisions": {fid: d.to_dict() for fid, d in self.decisions.items()},
            "history": [[[fid, d.to_dict() if d else None] for fid, d in action] for action in self.history],
            "quotations": self.quotations,
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Review":
        if data.get("schema") != SCHEMA:
            raise ReviewError(f"saved review has schema {data.get('schema')!r}; this version reads {SCHEMA}")
        findings = [
            Finding(
                rule=d["rule"], category=d["category"], severity=d["severity"], start=d["start"], end=d["end"],
                message=d["message"], excerpt=d.get("excerpt", ""), fixable=d.get("fixable", True),
                suggestions=tuple(Suggestion(s["start"], s["end"], s["replacement"]) for s in d["suggestions"]),
            )
            for d in data["findings"]
        ]
        review = cls(
            text=data["text"], findings=findings, language=data.get("language", "und"),
            notices=list(data.get("notices", [])), title=data.get("title", ""), id=data["id"],
            created=data.get("created", time.time()), updated=data.get("updated", 0.0),
            version=data.get("version", 0), quotations=list(data.get("quotations", [])),
        )
        review.decisions = {fid: Decision.from_dict(d) for fid, d in data.get("decisions", {}).items()
                            if fid in review._by_id}
        review.history = [
            [(fid, Decision.from_dict(d) if d else None) for fid, d in action if fid in review._by_id]
            for action in data.get("history", [])
        ]
        return review

    # -- internals ---------------------------------------------------------------------------

    def _conflict(self, fid: str, edit: Suggestion | None, extra: Iterable[tuple[str, Decision]] = ()) -> str | None:
        """The id of a chosen edit that ``edit`` would overlap (identical edits do not clash)."""
        if edit is None:
            return None
        chosen = [(other, self.edit_for(other)) for other in self.decisions if other != fid]
        chosen += [(other, self.edit_for(other, d)) for other, d in extra]
        for other, e in chosen:
            if e is not None and e != edit and overlaps(edit, e):
                return other
        return None

    def _set(self, changes: list[tuple[str, Decision]], check: bool = True) -> None:
        if check:
            for fid, d in changes:
                clash = self._conflict(fid, self.edit_for(fid, d))
                if clash:
                    f = self.finding(clash)
                    raise ReviewError(
                        f"this change overlaps the one already chosen for {f.rule} at {f.start}; undo that first"
                    )
        self.history.append([(fid, self.decisions.get(fid)) for fid, _ in changes])
        del self.history[:-HISTORY_LIMIT]
        for fid, d in changes:
            self._store(fid, d)
        self._changed()

    def _store(self, fid: str, d: Decision | None) -> None:
        if d is None or d.status == PENDING:
            self.decisions.pop(fid, None)
        else:
            self.decisions[fid] = d

    def _changed(self) -> None:
        self.version += 1
        self.updated = time.time()

