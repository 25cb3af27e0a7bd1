"""Closing clauses reported as added (A002, checks/accuracy/addedclause.py) on human work, where none is added.

MLQE-PE test post-edits joined into documents of 20 consecutive rows against their sources: every report
there is a false alarm (a post-editor adds nothing). The rule needs a document (its median length ratio),
so the sentence-by-sentence ``control`` bench cannot see it. The same documents with the raw MT show
how often the weak 2019 systems' padding is caught (not a recall figure: MLQE-PE marks no additions).
"""

from __future__ import annotations

import sys
from collections import Counter

from accuracy_data import _sentence
from common import PAIRS, read_split
from train_garble import detokenize

from checks import CheckOptions
from checks.document import Document
from checks.engine import check_document

DOC_ROWS = 20


def _docs(pair: str, split: str, side: str) -> list[tuple[str, str, list[str]]]:
    rows = read_split(pair, split)
    out = []
    for k in range(0, len(rows), DOC_ROWS):
        chunk = rows[k : k + DOC_ROWS]
        join = lambda xs: "".join(("" if i == 0 else "\n\n" if i % 4 == 0 else " ") + _sentence(x)  # noqa: E731
                                  for i, x in enumerate(xs))
        draft = [detokenize(r["pe_tok"]) if side == "pe" else r["mt"].strip() for r in chunk]
        sentences = [_sentence(r["src"]) for r in chunk] + [_sentence(d) for d in draft]
        out.append((join(r["src"] for r in chunk), join(draft), sentences))
    return out


def bench_clauses(warm) -> None:
    split = next((a.split("=")[1] for a in sys.argv if a.startswith("--split=")), "test")
    only = next((a.split("=")[1].split(",") for a in sys.argv if a.startswith("--pairs=")), PAIRS)
    show = "--show" in sys.argv
    print(f"\n== clauses: clauses reported as added (A002) per 100 sentences, MLQE-PE {split} documents of "
          f"{DOC_ROWS} rows ==")
    for pair in (p for p in PAIRS if p in only):
        for side in ("pe", "mt"):
            c = Counter()
            for original, draft, sentences in _docs(pair, split, side):
                doc = Document(draft)
                warm(sentences)
                n = len(sentences) // 2
                report = check_document(doc, CheckOptions(original=original, select=frozenset({"A002"})))
                hits = [f for f in report.findings if f.message.startswith("The clause “")]
                c["sentences"] += n
                c["fired"] += len(hits)
                for f in hits if show and side == "pe" else ():
                    s = next(s for s in doc.sentences if s.start <= f.start < s.end)
                    print(f"-- {pair} {f.message[:200]}\n   pe  {draft[s.start:s.end][:300]}")
            print(f"{pair} {side}: {c['fired']} in {c['sentences']} sentences = "
                  f"{100 * c['fired'] / max(c['sentences'], 1):.2f} per 100")
