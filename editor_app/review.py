"""The editor's review of one checked draft: its findings, a decision per finding, the cleaned text.

Every decision the page offers is a method here (accept, reject, own rewrite, undo, bulk by rule or
category), so it can be tested without a browser. The cleaned article is the draft with exactly the
accepted and rewritten edits applied by :func:`checks.apply.apply_edits`; two decisions whose edits
overlap are refused up front, so nothing the editor chose is ever silently dropped.
"""

from __future__ import annotations

import re
import time
import uuid
from dataclasses import dataclass, field, replace
from typing import Iterable

from checks.apply import apply_edits, overlaps
from checks.findings import Finding, Report, Suggestion

from . import aligned

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


_LANGUAGE_RE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


def _number(value, default: float) -> float:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else default


def _saved_finding(d, n: int, n_original: int | None = None) -> Finding | None:
    """A finding from a saved record, or None when it is damaged or points outside the text (or,
    for an accuracy finding, outside the original of ``n_original`` characters)."""
    try:
        suggestions = tuple(Suggestion(int(s["start"]), int(s["end"]), str(s["replacement"]))
                            for s in d["suggestions"])
        raw = d.get("original")
        original = None if raw is None else (int(raw["start"]), int(raw["end"]))
        f = Finding(rule=str(d["rule"]), category=str(d["category"]), severity=str(d["severity"]),
                    start=int(d["start"]), end=int(d["end"]), message=str(d["message"]),
                    excerpt=str(d.get("excerpt", "")), fixable=bool(d.get("fixable", True)), suggestions=suggestions,
                    original=original, original_excerpt=str(raw.get("excerpt", "")) if raw is not None else "")
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    if not 0 <= f.start <= f.end <= n or any(not 0 <= s.start <= s.end <= n for s in suggestions):
        return None
    if f.original is not None and (n_original is None or not 0 <= f.original[0] <= f.original[1] <= n_original):
        return None
    return f


def _saved_history(review: "Review", raw) -> list | None:
    """The undo history of a saved record; None when any step of it is damaged (it is dropped whole)."""
    try:
        history = []
        for action in raw:
            steps = []
            for fid, d in action:
                before = Decision.from_dict(d) if d else None
                if fid not in review._by_id or (before is not None and not review._valid(fid, before)):
                    return None
                steps.append((fid, before))
            history.append(steps)
        return history
    except (ReviewError, ValueError, TypeError, AttributeError):
        return None


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
    original: str | None = None  # the foreign-language article the draft was checked against, if any
    original_language: str = ""  # its language (ISO 639-1), as the check read it
    pairs: list[aligned.Pair] = field(default_factory=list)  # (original span, draft span) in order

    def __post_init__(self):
        self.findings = sorted(self.findings, key=lambda f: (f.start, f.end, f.rule))  # cards in text order
        self.title = self.title or _title_of(self.text)
        self.updated = self.updated or self.created
        self._by_id = {f.id: f for f in self.findings}
        if len(self._by_id) != len(self.findings):
            raise ReviewError("two findings share one id; the engine must keep ids unique")
        self._cache: dict = {}
        self._static: dict = {}
        self._dirty: set[str] = set()  # findings whose decision changed since the last save
        self.synced = 0  # the store's sequence number of the last decision taken from it
        self.repairs: list[str] = []  # what a damaged saved record lost on loading (shown once, not saved)

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
        al = report.alignment
        return cls(text=report.text, findings=findings, language=report.language, notices=notices, title=title,
                   quotations=list(quotations or []), original=report.original,
                   original_language=str(getattr(al, "language", "") or ""), pairs=aligned.pairs_of(al))

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

    def aligned_index(self) -> aligned.AlignedIndex:
        """Which original sentence goes with which part of the draft (built once per review)."""
        return self.static("aligned-index", lambda: aligned.AlignedIndex(self.pairs))

    def is_omission(self, fid: str) -> bool:
        """A sentence of the original missing from the draft, to be translated in (see :meth:`translate`)."""
        return self.original is not None and aligned.is_omission(self.finding(fid))

    def translation_of(self, fid: str) -> str:
        """The words an omission was translated with (empty while it is not)."""
        d = self.decision(fid)
        return d.text.strip() if d.status == REWRITTEN else ""

    def edit_for(self, fid: str, decision: Decision | None = None) -> Suggestion | None:
        """The text edit a decision stands for (None when it changes nothing)."""
        d = decision or self.decision(fid)
        if d.status == ACCEPTED:
            f = self.finding(fid)
            if not 0 <= d.choice < len(f.suggestions):
                raise ReviewError(f"{f.rule} at {f.start}: there is no suggestion number {d.choice + 1}")
            return f.suggestions[d.choice]
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

    def translate(self, fid: str, typed: str) -> None:
        """Insert the editor's translation of an omitted sentence where it belongs (an own rewrite of the
        finding's empty span, so Undo, the exports and the report treat it like any other decision)."""
        f = self.finding(fid)
        if not self.is_omission(fid):
            raise ReviewError(f"{f.rule} at {f.start}: not an omitted sentence of the original")
        try:
            words = aligned.insertion(self.text, self.original or "", f.start, f.original, typed)
        except ValueError as exc:
            raise ReviewError(f"{f.rule} at {f.start}: {exc}") from None
        self.rewrite(fid, words)

    def adopt(self, decisions: Iterable[tuple[str, Decision]]) -> int:
        """Take decisions carried from an earlier check of this draft (see :mod:`editor_app.carry`).

        They were taken before, so they add no undo step (Undo last action must not drop them all);
        they are saved like any other. One that is invalid or overlaps a kept one is skipped; returns
        how many were taken."""
        kept = 0
        for fid, d in decisions:
            if fid not in self._by_id or self.is_decided(fid) or not self._valid(fid, d):
                continue
            if self._conflict(fid, self.edit_for(fid, d)):
                continue
            self._store(fid, d)
            kept += 1
        if kept:
            self._changed()
        return kept

    def undo(self, fid: str) -> None:
        """Return one finding to pending (itself an action :meth:`undo_last` can take back)."""
        if self.is_decided(fid):
            self._set([(fid, Decision(PENDING))])

    def undo_last(self) -> list[str]:
        """Take back the last action (one card, or one whole bulk action); returns the ids touched."""
        if not self.history:
            return []
        action = self.history[-1]
        restored: dict[str, Decision | None] = {}
        for fid, before in reversed(action):  # a finding's first entry holds its state before the action
            restored[fid] = before
        others = [(fid, d) for fid, d in restored.items() if d is not None]
        for fid, before in others:
            clash = self._conflict(fid, self.edit_for(fid, before), extra=others, ignore=set(restored))
            if clash:
                f = self.finding(clash)
                raise ReviewError(f"undoing would overlap the change chosen for {f.rule} at {f.start}; undo that first")
        self.history.pop()
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
                # accuracy findings: the words of the foreign-language original they were compared with
                "original_article_excerpt": f.original_excerpt,
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
            "original": self.original,
            "original_language": self.original_language,
            "pairs": aligned.pairs_to_json(self.pairs),
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Review":
        """A saved review. Damaged parts (a finding pointing past the end of the text, a decision
        naming a suggestion that is not there, two chosen edits that overlap, a damaged undo step)
        are left out and listed in ``repairs``; the rest opens as saved. A record without text or id,
        or of an unknown schema, raises ReviewError."""
        if data.get("schema") != SCHEMA:
            raise ReviewError(f"saved review has schema {data.get('schema')!r}; this version reads {SCHEMA}")
        text = data.get("text")
        if not isinstance(text, str) or not isinstance(data.get("id"), str):
            raise ReviewError("the saved review has no text or no id")
        findings, seen, lost = [], set(), {"finding": 0, "decision": 0, "undo history": 0, "alignment": 0}
        original = data.get("original")  # absent from reviews saved before originals were kept
        original = original if isinstance(original, str) else None
        for d in data.get("findings") or []:
            f = _saved_finding(d, len(text), None if original is None else len(original))
            if f is None or f.id in seen:
                lost["finding"] += 1
                continue
            seen.add(f.id)
            findings.append(f)
        language = str(data.get("language", "und"))
        review = cls(
            text=text, findings=findings, language=language if _LANGUAGE_RE.fullmatch(language) else "und",
            notices=[str(n) for n in data.get("notices") or []], title=str(data.get("title") or ""), id=data["id"],
            created=_number(data.get("created"), time.time()), updated=_number(data.get("updated"), 0.0),
            quotations=list(data.get("quotations") or []), original=original,
            original_language=str(data.get("original_language") or "")[:16] if original is not None else "",
        )
        pairs = aligned.pairs_from_json(data.get("pairs") or [], len(original or ""), len(text)) \
            if original is not None else []
        review.pairs, lost["alignment"] = (pairs, 0) if pairs is not None else ([], 1)
        saved = data.get("decisions") or {}
        lost["decision"] = len(saved) - len(review.take_saved(saved))
        review.version = int(_number(data.get("version"), 0))  # as saved: taking its decisions is no change
        history = _saved_history(review, data.get("history") or [])
        review.history, lost["undo history"] = (history, 0) if history is not None else ([], 1)
        review.note_repairs(lost)
        return review

    def take_saved(self, saved: dict, seq: int = 0) -> list[str]:
        """Take decisions saved elsewhere (a reload, another tab); returns the ids taken or confirmed.

        A decision that is damaged, names a finding not in this review or overlaps a held decision
        is skipped (the caller counts them); findings changed here and not yet saved keep their change.
        """
        incoming = []
        for fid, raw in saved.items():
            try:
                d = raw if isinstance(raw, Decision) else Decision.from_dict(raw)
            except (ReviewError, ValueError, TypeError, AttributeError):
                continue
            if fid in self._by_id and self._valid(fid, d):
                incoming.append((fid, d))
        incoming.sort(key=lambda p: p[1].status in (ACCEPTED, REWRITTEN))  # releases before new edits
        taken, changed = [], False
        for fid, d in incoming:
            if fid not in self._dirty and self.decision(fid) != d:
                if self._conflict(fid, self.edit_for(fid, d), ignore={fid}):
                    continue
                self._store(fid, d, dirty=False)
                changed = True
            taken.append(fid)
        self.synced = max(self.synced, seq)
        if changed:
            self.version += 1
        return taken

    def dirty_decisions(self) -> dict[str, Decision]:
        """Decisions changed since the last save (pending ones too: an undo must reach other tabs)."""
        return {fid: self.decision(fid) for fid in sorted(self._dirty)}

    def mark_saved(self, fids: Iterable[str], seq: int) -> None:
        """The store wrote these decisions, the last one with sequence number ``seq``."""
        self._dirty.difference_update(fids)
        self.synced = max(self.synced, seq)

    def note_repairs(self, lost: dict[str, int]) -> None:
        parts = [(f"the {what}" if what in ("undo history", "alignment") else f"{n} {what}{'s' if n > 1 else ''}")
                 for what, n in lost.items() if n]
        if parts:
            self.repairs.append(f"This saved review was damaged: {', '.join(parts)} could not be restored "
                                "and were left out; the rest is as saved.")

    def _valid(self, fid: str, d: Decision) -> bool:
        """Whether ``d`` can stand for finding ``fid`` (its suggestion exists)."""
        n = len(self._by_id[fid].suggestions)
        if d.status == ACCEPTED:
            return 0 <= d.choice < n
        if d.status == REWRITTEN:
            return 0 <= d.choice < max(1, n)
        return True

    # -- internals ---------------------------------------------------------------------------

    def _conflict(self, fid: str, edit: Suggestion | None, extra: Iterable[tuple[str, Decision]] = (),
                  ignore: Iterable[str] = ()) -> str | None:
        """The id of a chosen edit that ``edit`` would overlap (identical edits do not clash).

        ``extra`` are decisions about to be taken; ``ignore`` names held decisions they replace.
        """
        if edit is None:
            return None
        ignore = set(ignore)
        chosen = [(other, self.edit_for(other)) for other in self.decisions if other != fid and other not in ignore]
        chosen += [(other, self.edit_for(other, d)) for other, d in extra if other != fid]
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

    def _store(self, fid: str, d: Decision | None, dirty: bool = True) -> None:
        if d is None or d.status == PENDING:
            self.decisions.pop(fid, None)
        else:
            self.decisions[fid] = d
        if dirty:
            self._dirty.add(fid)

    def _changed(self) -> None:
        self.version += 1
        self.updated = time.time()

