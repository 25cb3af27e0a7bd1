"""HTML for the review page, built so that every piece of draft text passes through ``html.escape``.

A draft is untrusted input (scraped copy can carry ``<script>`` or markup): nothing from the draft,
a finding's message or a name list reaches the page without being escaped here.
"""

from __future__ import annotations

import html
import re

from checks.document import Document
from checks.findings import CATEGORIES, SEVERITIES, Finding, Suggestion

from ..review import ACCEPTED, REJECTED, REWRITTEN, Review
from .diff import changed_ranges

CATEGORY_COLOURS = {
    "quotes": "#fde68a",
    "names": "#bfdbfe",
    "garble": "#fecaca",
    "untranslated": "#ddd6fe",
    "misquote": "#fbcfe8",
    "accuracy": "#fed7aa",
    "cleanup": "#d1d5db",
}
CATEGORY_LABELS = {
    "quotes": "Quotation marks",
    "names": "Names",
    "garble": "Garbled translation",
    "untranslated": "Untranslated",
    "misquote": "Misquote",
    "accuracy": "Accuracy (original)",
    "cleanup": "Clean-up",
}
SEVERITY_COLOURS = {"error": "#b91c1c", "warning": "#b45309", "info": "#1d4ed8"}
STATUS_LABELS = {ACCEPTED: "Accepted", REJECTED: "Rejected", REWRITTEN: "Rewritten", "pending": "Open"}
CONTEXT_MAX = 180  # characters of sentence shown on each side of an edit

CSS = """
<style>
.ec-article { white-space: pre-wrap; line-height: 1.6; font-family: Georgia, serif; max-height: 32rem;
  overflow-y: auto; padding: 0.5rem 0.75rem; border: 1px solid #e5e7eb; border-radius: 0.5rem; }
.ec-article mark { border-radius: 0.2rem; padding: 0 1px; color: inherit; }
.ec-point { display: inline-block; width: 0; height: 1em; border-left: 3px solid; vertical-align: text-bottom; }
.ec-card-head { font-size: 0.9rem; margin-bottom: 0.35rem; }
.ec-badge { display: inline-block; padding: 0 0.4rem; border-radius: 0.6rem; font-size: 0.75rem;
  font-weight: 600; margin-right: 0.3rem; color: #111; }
.ec-sev { color: #fff; }
.ec-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 0.75rem; }
.ec-side { white-space: pre-wrap; border-radius: 0.4rem; padding: 0.4rem 0.6rem; background: #f9fafb;
  font-family: Georgia, serif; line-height: 1.5; }
.ec-side-label { font-size: 0.72rem; text-transform: uppercase; letter-spacing: 0.05em; color: #6b7280; }
.ec-side del, .ec-preview del { background: #fee2e2; color: #991b1b; text-decoration: line-through; }
.ec-side ins, .ec-preview ins { background: #dcfce7; color: #166534; text-decoration: none; }
.ec-side mark { background: #fef3c7; color: inherit; }
.ec-quotes { list-style: none; padding-left: 0; font-size: 0.9rem; }
.ec-quotes li { margin-bottom: 0.3rem; }
.ec-empty { color: #9ca3af; font-style: italic; }
.ec-title { font-size: 1.5rem; font-weight: 600; margin: 0.5rem 0 0.25rem; overflow-wrap: anywhere; }
.ec-bars { display: grid; grid-template-columns: max-content 1fr max-content; gap: 0.2rem 0.5rem;
  align-items: center; font-size: 0.85rem; }
.ec-bar { height: 0.8rem; border-radius: 0.2rem; }
div[data-testid="stColumn"]:has(.ec-preview) { position: sticky; top: 3.5rem; align-self: flex-start; }
.ec-preview { white-space: pre-wrap; line-height: 1.6; font-family: Georgia, serif; max-height: 32rem;
  overflow-y: auto; padding: 0.5rem 0.75rem; border: 1px solid #e5e7eb; border-radius: 0.5rem; }
</style>
"""


def esc(text: str) -> str:
    """Escape draft text for HTML, quotes included (it may land inside an attribute)."""
    return html.escape(text, quote=True)


def md_escape(text: str) -> str:
    """Escape text for a Markdown label (widget labels, captions, alerts): every ASCII punctuation mark.

    GitHub's autolinks (``www.x.org``, ``http://…``, ``name@x.org``) are found in the text after the
    escapes are undone, so a WORD JOINER (U+2060, invisible) goes before ``http``/``www`` and after
    ``@``: a link needs a space or punctuation mark before it, and a domain right after the ``@``.
    """
    text = _AUTOLINK_RE.sub(WORD_JOINER, text.replace("\n", " ")).replace("@", "@" + WORD_JOINER)
    return "".join("\\" + c if c in _MD_SPECIAL else c for c in text)


_MD_SPECIAL = set("\\`*_{}[]()#+-.!|<>~$&:\"'=^%")
WORD_JOINER = "\u2060"
_AUTOLINK_RE = re.compile(r"(?i)(?<![\w\u2060])(?=(?:https?|ftp|mailto|xmpp|www)\b)")


def title_html(title: str) -> str:
    """The review's heading as HTML: the draft's first line as plain text, never Markdown."""
    return f'<h3 class="ec-title">{esc(title)}</h3>'


def highlighted_article(text: str, findings: list[Finding]) -> str:
    """The article with every finding marked in its category colour; the tooltip gives the message."""
    cuts = sorted({0, len(text)} | {f.start for f in findings} | {f.end for f in findings})
    points: dict[int, list[Finding]] = {}
    spans = [f for f in findings if f.end > f.start]
    for f in findings:
        if f.end == f.start:
            points.setdefault(f.start, []).append(f)
    starts = sorted(spans, key=lambda f: f.start)
    out = ['<div class="ec-article">']
    for a, b in zip(cuts, cuts[1:] + [None]):
        for f in points.get(a, ()):
            colour = CATEGORY_COLOURS.get(f.category, "#e5e7eb")
            out.append(f'<span class="ec-point" style="border-color:{colour}" title="{esc(_tip([f]))}"></span>')
        if b is None:
            break
        covering = [f for f in starts if f.start <= a and f.end >= b]
        piece = esc(text[a:b])
        if covering:
            colour = CATEGORY_COLOURS.get(_worst(covering).category, "#e5e7eb")
            out.append(f'<mark style="background:{colour}" title="{esc(_tip(covering))}">{piece}</mark>')
        else:
            out.append(piece)
    out.append("</div>")
    return "".join(out)


def _worst(findings: list[Finding]) -> Finding:
    return min(findings, key=lambda f: (SEVERITIES.index(f.severity) if f.severity in SEVERITIES else 9))


def _tip(findings: list[Finding]) -> str:
    return "\n".join(f"{f.rule} ({f.category}): {f.message}" for f in findings)


def tracked_changes(text: str, edits: list[Suggestion]) -> str:
    """The cleaned article with each change shown as tracked: removed words struck, new words green."""
    out = ['<div class="ec-preview">']
    pos = 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        out.append(esc(text[pos:e.start]))
        if e.end > e.start:
            out.append(f"<del>{esc(text[e.start:e.end])}</del>")
        if e.replacement:
            out.append(f"<ins>{esc(e.replacement)}</ins>")
        pos = e.end
    out.append(esc(text[pos:]))
    out.append("</div>")
    return "".join(out)


def count_bars(findings: list[Finding]) -> str:
    """A small bar chart of findings by category and severity, as plain HTML (cheap to re-render)."""
    by_cat = {c: 0 for c in CATEGORIES}
    by_sev = {s: 0 for s in SEVERITIES}
    for f in findings:
        by_cat[f.category] = by_cat.get(f.category, 0) + 1
        by_sev[f.severity] = by_sev.get(f.severity, 0) + 1
    top = max([1, *by_cat.values(), *by_sev.values()])
    rows = []
    for key, n in by_cat.items():
        rows.append(_bar(CATEGORY_LABELS.get(key, key), n, top, CATEGORY_COLOURS.get(key, "#e5e7eb")))
    for key, n in by_sev.items():
        rows.append(_bar(key.capitalize(), n, top, SEVERITY_COLOURS.get(key, "#6b7280")))
    return '<div class="ec-bars">' + "".join(rows) + "</div>"


def _bar(label: str, n: int, top: int, colour: str) -> str:
    width = 100 * n / top
    return (f"<span>{esc(label)}</span><div><div class=\"ec-bar\" style=\"width:{width:.1f}%;"
            f"min-width:{2 if n else 0}px;background:{colour}\"></div></div><span>{n}</span>")


# -- suggestion cards ----------------------------------------------------------------------------

def _context_span(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) around ``[start, end)``, cut to CONTEXT_MAX characters on each side."""
    text = doc.text
    s0 = doc.sentence_at(start) or doc.sentence_at(max(start - 1, 0))
    s1 = doc.sentence_at(max(end - 1, start)) or s0
    cs = s0.start if s0 and s0.start <= start else start
    ce = s1.end if s1 and s1.end >= end else end
    cs = max(cs, start - CONTEXT_MAX)
    ce = min(ce, end + CONTEXT_MAX, len(text))
    return cs, ce


def card_sides(review: Review, fid: str, choice: int = 0) -> tuple[str, str, str]:
    """HTML of a card's two sides (original, suggested or own rewrite) and the right side's label."""
    d = review.decision(fid)
    key = ("sides", fid, choice, d.status == REWRITTEN, d.text)
    return review.static(key, lambda: _card_sides(review, fid, choice))


def _card_sides(review: Review, fid: str, choice: int) -> tuple[str, str, str]:
    f = review.finding(fid)
    d = review.decision(fid)
    if d.status == REWRITTEN:
        edit, label = review.edit_for(fid), "Your rewrite"
    elif f.suggestions:
        edit, label = f.suggestions[min(max(choice, 0), len(f.suggestions) - 1)], "Suggested"
    else:
        edit, label = None, "No suggestion"
    doc = review.static("document", lambda: Document(review.text))
    lo = min(f.start, edit.start) if edit else f.start
    hi = max(f.end, edit.end) if edit else f.end
    # Find the sentence around the edit's words, not around line breaks it also removes.
    core = review.text[lo:hi]
    core_lo = lo + len(core) - len(core.lstrip())
    core_hi = max(core_lo, hi - (len(core) - len(core.rstrip())))
    cs, ce = _context_span(doc, core_lo, core_hi)
    cs, ce = min(cs, lo), max(ce, hi)
    text = review.text
    before = text[cs:ce]
    after = before if edit is None else text[cs:edit.start] + edit.replacement + text[edit.end:ce]
    removed, added = changed_ranges(before, after) if edit else ([], [])
    mark = [(f.start - cs, f.end - cs)] if f.end > f.start else []
    pre = "… " if cs > 0 and text[cs - 1] != "\n" else ""
    post = " …" if ce < len(text) and text[ce] != "\n" else ""
    left = pre + _flagged(before, {"del": removed, "mark": mark}) + post
    if edit is None:
        right = '<span class="ec-empty">Rewrite it yourself, or reject the finding.</span>'
    elif not after.strip():
        right = '<span class="ec-empty">(removed)</span>'
    else:
        right = pre + _flagged(after, {"ins": added}) + post
    return left, right, label


def _flagged(text: str, ranges: dict[str, list[tuple[int, int]]]) -> str:
    """``text`` escaped, with each named range wrapped in its tag (ranges of one tag never overlap)."""
    cuts = {0, len(text)}
    for spans in ranges.values():
        for a, b in spans:
            cuts.update((max(0, min(a, len(text))), max(0, min(b, len(text)))))
    cuts = sorted(cuts)
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = esc(text[a:b])
        for tag, spans in ranges.items():
            if any(s <= a and b <= e for s, e in spans):
                if tag in ("del", "ins"):  # a removed or added line break must be seen
                    piece = piece.replace("\n", "↵")
                piece = f"<{tag}>{piece}</{tag}>"
        out.append(piece)
    return "".join(out)


def card_html(review: Review, fid: str, choice: int = 0, above: str = "", left_label: str = "Original") -> str:
    """A suggestion card's head (severity, category, rule, message) and its two sides; ``above`` (HTML
    built escaped, e.g. the aligned sentence of a foreign-language original) goes between them."""
    f = review.finding(fid)
    left, right, label = card_sides(review, fid, choice)
    return (
        f'<div class="ec-card-head">{_head(f)}</div>{above}'
        f'<div class="ec-grid"><div><div class="ec-side-label">{esc(left_label)}</div><div class="ec-side">{left}</div>'
        f'</div><div><div class="ec-side-label">{esc(label)}</div><div class="ec-side">{right}</div></div></div>'
    )


def folded_card_html(review: Review, fid: str) -> str:
    """One line for a decided card: its decision, its rule and the words it changed."""
    f = review.finding(fid)
    d = review.decision(fid)
    e = review.edit_for(fid)
    change = ""
    if e is not None:
        old = _short(review.text[e.start:e.end])
        new = _short(e.replacement)
        change = (f' &nbsp;{f"<del>{esc(old)}</del>" if old else "(insert)"} → '
                  f'{f"<ins>{esc(new)}</ins>" if new else "(removed)"}')
    return (f'<div class="ec-card-head"><b>{STATUS_LABELS[d.status]}</b> · {_head(f)}'
            f'<span class="ec-side" style="background:none">{change}</span></div>')


def _head(f: Finding) -> str:
    cat = CATEGORY_COLOURS.get(f.category, "#e5e7eb")
    sev = SEVERITY_COLOURS.get(f.severity, "#6b7280")
    return (f'<span class="ec-badge ec-sev" style="background:{sev}">{esc(f.severity)}</span>'
            f'<span class="ec-badge" style="background:{cat}">{esc(CATEGORY_LABELS.get(f.category, f.category))}</span>'
            f"<code>{esc(f.rule)}</code> {esc(f.message)}")


def _short(s: str, n: int = 60) -> str:
    s = " ".join(s.split()) if s.strip() else s.replace("\n", "⏎")
    return s if len(s) <= n else s[: n - 1] + "…"


QUOTE_STATUS = {
    "verified": ("Verified", "#dcfce7", "#166534"),
    "altered": ("Altered", "#fef3c7", "#92400e"),
    "not_found": ("Not found", "#fee2e2", "#991b1b"),
}


def quotations_html(quotes: list[dict]) -> str:
    """One line per quotation of the draft: its outcome against the sources, the source and the speaker."""
    rows = []
    for q in quotes:
        label, bg, fg = QUOTE_STATUS.get(q.get("status"), (str(q.get("status")), "#e5e7eb", "#111"))
        where = f" · {esc(q['source'])}" if q.get("source") else ""
        who = f" · {esc(q['speaker'])}" if q.get("speaker") else ""
        if q.get("misattributed") and q.get("source_speaker"):
            who += f" <b>(the source gives the words to {esc(q['source_speaker'])})</b>"
        rows.append(
            f'<li><span class="ec-badge" style="background:{bg};color:{fg}">{esc(label)}</span>'
            f"“{esc(_short(q.get('text', ''), 120))}”<span class=\"ec-empty\">{where}{who}</span></li>"
        )
    return '<ul class="ec-quotes">' + "".join(rows) + "</ul>"
