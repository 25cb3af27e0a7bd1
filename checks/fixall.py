"""Apply every one-click fix until nothing is left to fix (``editor-check --fix-all``).

One pass applies the first suggestion of every fixable finding (``Finding.fixable``: never the
words of quoted speech). Some fixes only uncover the next problem: Q009 turns «guillemets» into
curly quotes whose punctuation a quote-style rule then places, and an edit skipped because it
overlaps another is applied by the next pass. So passes repeat on the fixed text until nothing
is left to fix.

A pass is kept only when it leaves the draft better: fewer fixable errors, else as many errors and
fewer warnings, else fewer infos (a tuple that can only shrink, so the passes end). A fix that
does not take (an inserted closing mark that reads as an opener and asks for another) would
otherwise grow the text pass after pass. When a whole pass does not improve the draft, the pass
is tried without each rule's edits, then with one rule's edits alone, and the first that improves
it is kept. The result is a fixed point: ``fix_all`` on its own output changes nothing, and
``withheld`` names the rules whose remaining fixes were left out because applying them did not help.
"""

from __future__ import annotations

from dataclasses import dataclass

from .apply import apply_edits
from .engine import check_text
from .findings import SEVERITIES, Report, Suggestion
from .stylesheet import CheckOptions

MAX_PASSES = 10
MAX_CHECKS = 40  # checks of trial passes, all passes together (only drafts with misbehaving fixes need many)


@dataclass(frozen=True)
class FixAllResult:
    text: str  # the fixed text
    report: Report  # the check of the original text (what the findings and offsets refer to)
    passes: int  # passes that changed the text
    applied: int  # edits applied over all passes
    settled: bool  # True when no further pass can improve the text (a fixed point)
    withheld: tuple[str, ...] = ()  # rules with fixes left out because applying them did not help


def fixable_edits(report: Report) -> list[Suggestion]:
    """The first suggestion of every finding that may be applied without review."""
    return [f.suggestions[0] for f in report.findings if f.suggestions and f.fixable]


def burden(report: Report) -> tuple[int, ...]:
    """How much is left to fix: fixable findings by severity, errors first (compared as a tuple)."""
    fixable = [f for f in report.findings if f.suggestions and f.fixable]
    return tuple(sum(f.severity == s for f in fixable) for s in SEVERITIES)


def fix_all(text: str, options: CheckOptions | None = None, report: Report | None = None,
            max_passes: int = MAX_PASSES) -> FixAllResult:
    """``text`` with every fixable finding fixed, pass after pass, while each pass improves it.

    ``report`` is the check of ``text`` when the caller already has it (the first pass reuses it).
    """
    first = report if report is not None else check_text(text, options)
    report, current, passes, applied, budget = first, text, 0, 0, [MAX_CHECKS]
    for _ in range(max_passes):
        step = _best_pass(current, report, options, budget)
        if step is None:
            return FixAllResult(current, first, passes, applied, True, _withheld(current, report))
        if isinstance(step, str):  # out of trial checks
            break
        current, report, n = step
        passes, applied = passes + 1, applied + n
    settled = _best_pass(current, report, options, [0]) is None
    return FixAllResult(current, first, passes, applied, settled, _withheld(current, report))


def _best_pass(text: str, report: Report, options, budget: list[int]):
    """(new text, its report, edits applied) for the first trial pass that improves the text.

    None when no trial changes the text for the better; "budget" when the checks ran out first.
    """
    findings = [f for f in report.findings if f.suggestions and f.fixable]
    rules = sorted({f.rule for f in findings})
    trials = [findings]
    if len(rules) > 1:
        trials += [[f for f in findings if f.rule != r] for r in rules]
        trials += [[f for f in findings if f.rule == r] for r in rules]
    before = burden(report)
    for trial in trials:
        result = apply_edits(text, [f.suggestions[0] for f in trial])
        if result.text == text:
            continue
        if budget[0] <= 0:
            return "budget"
        budget[0] -= 1
        after = check_text(result.text, options)
        if burden(after) < before:
            return result.text, after, len(result.applied)
    return None


def _withheld(text: str, report: Report) -> tuple[str, ...]:
    """Rules whose fixes would still change ``text`` (left out because they did not help)."""
    return tuple(sorted({
        f.rule for f in report.findings
        if f.suggestions and f.fixable and text[f.suggestions[0].start : f.suggestions[0].end] != f.suggestions[0].replacement
    }))
