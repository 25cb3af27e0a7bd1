"""Data for bench/accuracy.py: article-like documents from MLQE-PE rows, and mqm-zhen news documents.

- ``mlqe_docs``: consecutive test rows of one pair (each ending in a full stop), the sources joined into an
  original (paragraphs of four rows) and the MT into a draft in which some rows are dropped (omissions the aligner must report) and some
  adjacent rows merged into one sentence ("...; the next") — with the row each character came from, so
  alignment is scored at row level whatever the sentence splitters make of the rows.
- ``mqm_docs``: newstest2021 Chinese→English, one document per (system, doc): the Chinese source segments
  and the system's English segments, one paragraph each, with each segment's MQM errors.
"""

from __future__ import annotations

import csv
import random
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import SHARED, read_split  # noqa: E402

MQM = SHARED / "data" / "mqm-zhen"
HUMAN = ("ref.A", "ref.B")


@dataclass
class SyntheticDoc:
    original: str
    draft: str
    orow: list[tuple[int, int, int]]  # (start, end, row) spans of the original
    drow: list[tuple[int, int, int]]  # (start, end, row) spans of the draft
    dropped: set[int] = field(default_factory=set)
    merged: int = 0


_END = ".!?…。！？\"'”’»)"


def _sentence(text: str) -> str:
    """A row as a sentence of running text: many MLQE-PE rows lack the final full stop, and without one the
    splitters would run two rows together on one side only (an artefact no real article has)."""
    text = text.strip()
    return text if not text or text[-1] in _END else text + "."


def mlqe_docs(pair: str, split: str, n_rows: int, doc_len: int = 20, drop: float = 0.1, merge: float = 0.1,
              seed: int = 0) -> list[SyntheticDoc]:
    rows = read_split(pair, split)[:n_rows]
    rng = random.Random(f"{pair}-{split}-{seed}")
    docs = []
    for k in range(0, len(rows), doc_len):
        chunk = rows[k : k + doc_len]
        doc = SyntheticDoc("", "", [], [])
        for i, r in enumerate(chunk):
            doc.original += "" if i == 0 else ("\n\n" if i % 4 == 0 else " ")
            a = len(doc.original)
            doc.original += _sentence(r["src"])
            doc.orow.append((a, len(doc.original), i))
        kept = 0
        for i, r in enumerate(chunk):
            if i > 0 and rng.random() < drop:
                doc.dropped.add(i)
                continue
            mt = _sentence(r["mt"])
            if kept and rng.random() < merge and doc.draft[-1:] in ".!?" and mt[:1].isalpha():
                doc.draft = doc.draft[:-1] + "; "
                mt = mt[0].lower() + mt[1:] if not mt[:2].isupper() else mt
                doc.merged += 1
            else:
                doc.draft += "" if not kept else ("\n\n" if kept % 4 == 0 else " ")
            a = len(doc.draft)
            doc.draft += mt
            doc.drow.append((a, len(doc.draft), i))
            kept += 1
        docs.append(doc)
    return docs


def rows_of(spans: list[tuple[int, int, int]], a: int, b: int) -> set[int]:
    return {r for s, e, r in spans if s < b and a < e}


# -- mqm-zhen --------------------------------------------------------------------------------


@dataclass
class Segment:
    seg_id: int
    source: str
    target: str
    errors: list[tuple[str, str]] = field(default_factory=list)  # (category, severity)


def _clean(target: str) -> str:
    return re.sub(r"</?v>", "", target).strip()


def mqm_docs() -> dict[tuple[str, str], list[Segment]]:
    """(system, doc) -> its segments in order, with every rater's errors."""
    segs: dict[tuple[str, str], dict[int, Segment]] = defaultdict(dict)
    with open(MQM / "newstest2021.errors.tsv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            key = (row["system"], row["doc"])
            sid = int(row["seg_id"])
            seg = segs[key].get(sid)
            if seg is None:
                seg = segs[key][sid] = Segment(sid, row["source"].strip(), _clean(row["target"]))
            if row["category"] not in ("No-error", "no-error"):
                seg.errors.append((row["category"], row["severity"]))
    return {k: [v[s] for s in sorted(v)] for k, v in segs.items()}


def join_segments(segments: list[Segment]) -> tuple[str, str, list[tuple[int, int, int]], list[tuple[int, int, int]]]:
    """Original and draft of a document, one segment per paragraph, with segment spans on both sides."""
    original, draft, ospans, dspans = "", "", [], []
    for i, s in enumerate(segments):
        if i:
            original += "\n\n"
            draft += "\n\n"
        a = len(original)
        original += s.source
        ospans.append((a, len(original), i))
        a = len(draft)
        draft += s.target
        dspans.append((a, len(draft), i))
    return original, draft, ospans, dspans
