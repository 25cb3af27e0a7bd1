"""HTML for the original article beside the draft: a card's aligned original sentence, the omission
card's missing sentence, and the two-column aligned view (original | draft).

The original is untrusted text like the draft: every piece passes through ``esc`` (``html.escape``).
Each piece is built once per review (``Review.static``): the original, the alignment and the findings
never change while the editor decides, so a click on a card redraws nothing here.
"""

from __future__ import annotations

from checks.accuracy.pairing import UNKNOWN as UNKNOWN_LANGUAGE
from checks.document import Document
from checks.findings import SEVERITIES, Finding

from ..aligned import REVIEW_ONLY_RULES
from ..review import Review
from .render import CATEGORY_COLOURS, CONTEXT_MAX, _context_span, _head, esc

ORIGINAL_MAX = 600  # characters of the original shown on a card (a long 2-1 pair is cut around the mark)

ORIGINAL_CSS = """
<style>
.ec-orig { margin-bottom: 0.5rem; }
.ec-orig .ec-side { background: #fff7ed; }
.ec-orig mark, .ec-aligned mark { border-radius: 0.2rem; padding: 0 1px; color: inherit; }
.ec-orig mark { background: #fdba74; }
.ec-note { font-size: 0.8rem; color: #6b7280; font-style: italic; }
.ec-aligned { display: grid; grid-template-columns: 1fr 1fr; gap: 0 0.75rem; max-height: 40rem; overflow-y: auto;
  border: 1px solid #e5e7eb; border-radius: 0.5rem; padding: 0.25rem 0.75rem; font-family: Georgia, serif;
  line-height: 1.5; }
.ec-aligned > div { white-space: pre-wrap; padding: 0.2rem 0; border-top: 1px solid #f3f4f6; }
.ec-aligned > div.ec-para { border-top: 1px solid #d1d5db; margin-top: 0.4rem; }
.ec-aligned > div.ec-head { font: 600 0.72rem sans-serif; text-transform: uppercase; letter-spacing: 0.05em;
  color: #6b7280; border-top: none; position: sticky; top: 0; background: #fff; }
.ec-aligned .ec-gap { background: #fff7ed; }
</style>
"""


def language_label(review: Review) -> str:
    """"Original (fr)", or without a code when the check could not tell the language (read with every
    language's figures, see checks.accuracy.pairing.UNKNOWN)."""
    if review.original_language == UNKNOWN_LANGUAGE:
        return "Original (language not identified)"
    return f"Original ({review.original_language})" if review.original_language else "Original article"


def original_block_html(review: Review, fid: str) -> str:
    """The original sentence aligned with a finding's draft sentence, shown above the card's sides.

    Empty when the review has no original. An accuracy finding's own stretch of the original (the
    figure, date, name or negation it compared) is marked.
    """
    if review.original is None:
        return ""
    return review.static(("orig-block", fid), lambda: _original_block(review, review.finding(fid)))


def _original_block(review: Review, f: Finding) -> str:
    view = review.aligned_index().view(f)
    if view is None:
        return ""
    label = esc(language_label(review))
    if view.end <= view.start:
        return f'<div class="ec-orig"><div class="ec-side-label">{label}</div><div class="ec-note">{esc(view.note)}</div></div>'
    body = _cut(review.original or "", view.start, view.end, view.marks)
    note = f'<div class="ec-note">{esc(view.note)}</div>' if view.note else ""
    return (f'<div class="ec-orig"><div class="ec-side-label">{label}</div>'
            f'<div class="ec-side" dir="auto">{body}</div>{note}</div>')


def review_only_note(f: Finding) -> str:
    """What a card of a review-only accuracy finding says instead of offering a fix ('' for others)."""
    if f.rule in REVIEW_ONLY_RULES:
        return ("Review only: no one-click fix. Compare the draft with the original above, then rewrite the "
                "sentence yourself or reject the finding.")
    if f.category == "accuracy" and not f.suggestions:
        return "No one-click fix: rewrite the draft yourself, or reject the finding."
    return ""


def _cut(text: str, lo: int, hi: int, marks: tuple[tuple[int, int], ...]) -> str:
    """``text[lo:hi]`` escaped with ``marks`` wrapped in <mark>, cut to ORIGINAL_MAX around the first mark."""
    if hi - lo > ORIGINAL_MAX:
        centre = marks[0][0] if marks else lo
        lo2 = max(lo, centre - ORIGINAL_MAX // 2)
        hi2 = min(hi, lo2 + ORIGINAL_MAX)
        pre, post = ("… " if lo2 > lo else ""), (" …" if hi2 < hi else "")
        return esc(pre) + _marked(text, lo2, hi2, [(a, b, "", "") for a, b in marks]) + esc(post)
    return _marked(text, lo, hi, [(a, b, "", "") for a, b in marks])


def _marked(text: str, lo: int, hi: int, spans: list[tuple[int, int, str, str]]) -> str:
    """``text[lo:hi]`` escaped, each ``(start, end, colour, tooltip)`` span inside it wrapped in <mark>
    (clipped to the stretch; where spans overlap, the first one listed gives the colour)."""
    inside = [(max(a, lo), min(b, hi), c, t) for a, b, c, t in spans if a < hi and b > lo and b > a]
    if not inside:
        return esc(text[lo:hi])
    cuts = sorted({lo, hi} | {a for a, _, _, _ in inside} | {b for _, b, _, _ in inside})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = esc(text[a:b])
        covering = [s for s in inside if s[0] <= a and b <= s[1]]
        if covering:
            colour = f' style="background:{covering[0][2]}"' if covering[0][2] else ""
            tips = "\n".join(t for _, _, _, t in covering if t)
            title = f' title="{esc(tips)}"' if tips else ""
            piece = f"<mark{colour}{title}>{piece}</mark>"
        out.append(piece)
    return "".join(out)


# -- the omission card ---------------------------------------------------------------------------

def omission_html(review: Review, fid: str) -> str:
    """An omission card's head, the missing original sentence and where it goes in the draft."""
    return review.static(("omission", fid), lambda: _omission(review, review.finding(fid)))


def _omission(review: Review, f: Finding) -> str:
    original = review.original or ""
    os_, oe = f.original
    missing = _cut(original, os_, oe, ())
    doc = review.static("document", lambda: Document(review.text))
    text = review.text
    at = f.start
    s = doc.sentence_at(at - 1) if at > 0 else None
    if s is not None and text[s.start:at].strip():
        cs = max(s.start, at - CONTEXT_MAX)
        where = (f'<div class="ec-note">Goes after: {"… " if cs > s.start else ""}'
                 f"{esc(' '.join(text[cs:at].split()))}</div>")
    else:
        nxt = doc.sentence_at(at)
        cs, ce = _context_span(doc, at, at) if nxt else (at, at)
        after = " ".join(text[at:ce].split())
        where = f'<div class="ec-note">Goes before: {esc(after)} …</div>' if after else ""
    return (f'<div class="ec-card-head">{_head(f)}</div>'
            f'<div class="ec-orig"><div class="ec-side-label">Missing from the draft · {esc(language_label(review))}'
            f'</div><div class="ec-side" dir="auto">{missing}</div>{where}</div>')


# -- the aligned view ----------------------------------------------------------------------------

def aligned_view_html(review: Review) -> str:
    """The article as two aligned columns, original | draft, findings highlighted on both sides."""
    return review.static("aligned-view", lambda: _aligned_view(review))


def _severity_rank(f: Finding) -> int:
    return SEVERITIES.index(f.severity) if f.severity in SEVERITIES else 9


class _Sweep:
    """The spans overlapping each of a run of increasing ranges, in one pass (a long draft stays linear)."""

    def __init__(self, spans: list[tuple[int, int, int, str, str]]):
        self.spans = sorted(spans)  # (start, end, severity rank, colour, tooltip)
        self.next = 0
        self.active: list[tuple[int, int, int, str, str]] = []

    def over(self, lo: int, hi: int) -> list[tuple[int, int, str, str]]:
        while self.next < len(self.spans) and self.spans[self.next][0] < hi:
            self.active.append(self.spans[self.next])
            self.next += 1
        self.active = [s for s in self.active if s[1] > lo]
        hits = sorted((s for s in self.active if s[0] < hi), key=lambda s: s[2])  # the worst gives the colour
        return [(a, b, colour, tip) for a, b, _, colour, tip in hits]


def _aligned_view(review: Review) -> str:
    original, text = review.original or "", review.text
    draft_marks = _Sweep([(f.start, f.end, _severity_rank(f), CATEGORY_COLOURS.get(f.category, "#e5e7eb"),
                           f"{f.rule}: {f.message}") for f in review.findings if f.end > f.start])
    original_marks = _Sweep([(f.original[0], f.original[1], _severity_rank(f), CATEGORY_COLOURS["accuracy"],
                              f"{f.rule}: {f.message}")
                             for f in review.findings if f.original is not None and f.original[1] > f.original[0]])
    out = [f'<div class="ec-aligned"><div class="ec-head">{esc(language_label(review))}</div>'
           '<div class="ec-head">Draft</div>']
    last_o = last_d = 0
    for o, d in review.pairs:
        para = (o is not None and "\n" in original[last_o:o[0]]) or (d is not None and "\n" in text[last_d:d[0]])
        cls = ' class="ec-para"' if para else ""
        gap = ' class="ec-gap ec-para"' if para else ' class="ec-gap"'
        if o is None:
            out.append(f'<div{gap}><span class="ec-note">not in the original</span></div>')
        else:
            out.append(f'<div{cls} dir="auto">{_marked(original, o[0], o[1], original_marks.over(*o))}</div>')
            last_o = o[1]
        if d is None:
            out.append(f'<div{gap}><span class="ec-note">missing from the draft</span></div>')
        else:
            out.append(f"<div{cls}>{_marked(text, d[0], d[1], draft_marks.over(*d))}</div>")
            last_d = d[1]
    out.append("</div>")
    return "".join(out)
