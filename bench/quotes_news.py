"""Quote-rule false alarms on professional news translations (issue 15 item 2).

Reads ``mqm-zhen/newstest2021.errors.tsv`` through ``bench/mqm.py`` (every segment once, the ``<v>…</v>``
error marks stripped; all splits: no rule here is fitted to the data). Systems ``ref.A`` and ``ref.B`` are
professional human translations, the rest MT. Prints, per Q rule, how often it fires per 1,000 segments
on human vs MT segments, in three readings:

- *segment*: each segment checked alone, as issue 15 measured it;
- *lines*: the segments of one (system, document) as one draft, one segment a line (a sentence-per-line
  export);
- *paragraphs*: the same, one segment a paragraph (as ``bench/news.py`` checks them). A segment is
  a sentence, so a quotation that runs over two sentences of one paragraph reads as one run over two
  paragraphs without reopening (Q005).

The goal: no Q rule fires on human segments at more than half its MT rate. ``--quote-style`` sets the
house style (default: not chosen). ``--examples N`` prints N human segments per rule that fire.

What still fires on the human translations was read by hand, and is real: ref.B opens with a straight
mark and closes with a curly one (``"The new technology … ”``, Q007), ref.A closes with an autocorrected
opener after a space (``unworkable. “``, Q011) and nests straight singles in curly doubles (Q007). MT
systems emit one style of marks, so those two rules fire more often on the human text.

    python bench/quotes_news.py [--quote-style us|uk] [--examples 3]
"""

from __future__ import annotations

import argparse
import collections
import sys
import time

import mqm

from checks import CheckOptions, check_text
from checks.registry import select_codes

READINGS = {
    "segment": "segment alone",
    "lines": "document, one segment a line",
    "paragraphs": "document, one segment a paragraph (as bench/news.py joins them)",
}


def read_segments() -> dict[tuple[str, str, int], str]:
    """(system, doc, seg_id) -> the segment's text (error marks stripped by bench/mqm.py), all splits."""
    return {(s.system, s.doc, s.seg_id): s.text.strip() for s in mqm.segments()}


def rates(findings: dict[bool, collections.Counter], counts: dict[bool, int]) -> list[tuple[str, float, float]]:
    codes = sorted(set(findings[True]) | set(findings[False]))
    return [(c, 1000 * findings[True][c] / counts[True], 1000 * findings[False][c] / counts[False]) for c in codes]


def run(segs, options, reading: str, examples: int):
    fired: dict[bool, collections.Counter] = {True: collections.Counter(), False: collections.Counter()}
    counts = collections.Counter(sys_ in mqm.HUMAN for sys_, _, _ in segs)
    shown: dict[str, list[str]] = collections.defaultdict(list)
    if reading == "segment":
        units = [(system, text) for (system, _, _), text in segs.items()]
    else:
        docs: dict[tuple[str, str], list[tuple[int, str]]] = collections.defaultdict(list)
        for (system, doc, seg), text in segs.items():
            docs[(system, doc)].append((seg, text))
        joint = "\n" if reading == "lines" else "\n\n"
        units = [(system, joint.join(t for _, t in sorted(parts))) for (system, _), parts in docs.items()]
    for system, text in units:
        human = system in mqm.HUMAN
        for f in check_text(text, options).findings:
            fired[human][f.rule] += 1
            if human and len(shown[f.rule]) < examples:
                line_start = text.rfind("\n", 0, f.start) + 1
                line_end = text.find("\n", f.end)
                shown[f.rule].append(f"{f.rule} {f.excerpt!r}: {text[line_start:line_end if line_end >= 0 else None]}")
    return rates(fired, counts), counts, shown


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quote-style", choices=("us", "uk"), default=None)
    ap.add_argument("--examples", type=int, default=0)
    args = ap.parse_args()
    if not mqm.available():
        sys.exit(f"bench/quotes_news.py: {mqm.MQM} has no newstest2021.errors.tsv (set EDITOR_CHECK_SHARED)")
    segs = read_segments()
    kw = {} if args.quote_style is None else {"quote_style": args.quote_style}
    options = CheckOptions(select=select_codes(["quotes"]), **kw)
    print(f"quote style: {args.quote_style or 'not chosen (default)'}")
    for reading, label in READINGS.items():
        t = time.perf_counter()
        table, counts, shown = run(segs, options, reading, args.examples)
        print(f"\n{label}: {counts[True]} human / {counts[False]} MT segments, {time.perf_counter() - t:.1f} s")
        print(f"  {'rule':<6}{'human/1k':>10}{'MT/1k':>8}  ratio  goal (human <= MT/2)")
        for code, h, m in table:
            ratio = f"{h / m:5.2f}" if m else "  inf" if h else "    -"
            ok = "ok" if h <= m / 2 else "FAIL"
            print(f"  {code:<6}{h:>10.1f}{m:>8.1f}  {ratio}  {ok}")
        for code in sorted(shown):
            for line in shown[code]:
                print("   ", line[:300])

if __name__ == "__main__":
    main()
