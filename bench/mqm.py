"""The news MQM data (../shared/data/mqm-zhen): segments with their error spans, split by document.

Chinese→English news from the WMT 2021 systems and two professional human translations (``ref.A``,
``ref.B``), every error marked by a professional rater. A segment's MQM penalty follows Google's
weights (Major 5, Minor 1, Minor Fluency/Punctuation 0.1, Non-translation 25); higher is worse.

The split is by DOCUMENT, never by segment: every system translated the same source sentences, so a
segment-level split would put the same source (and near-identical MT) on both sides. Documents are
ordered by a stable hash of their id and dealt out: one in five to test, one in five to dev, the rest
to train. ``wmt22-dev.csv`` (another year, other systems) is kept apart as a robustness check: nothing
is fitted on it.
"""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass, field
from functools import cache

from common import SHARED

MQM = SHARED / "data" / "mqm-zhen"
HUMAN = ("ref.A", "ref.B")
_MARK = re.compile(r"</?v>")


@dataclass
class Segment:
    system: str
    doc: str
    seg_id: int
    source: str
    text: str
    errors: list[tuple[int, int, str, str]] = field(default_factory=list)  # start, end, category, severity
    split: str = "train"

    @property
    def human(self) -> bool:
        return self.system in HUMAN

    @property
    def penalty(self) -> float:
        """Google's MQM penalty of the segment (0 = no error; one rater per segment here)."""
        return sum(_weight(c, s) for _, _, c, s in self.errors)

    @property
    def words(self) -> int:
        return max(len(self.text.split()), 1)

    @property
    def penalty_per_word(self) -> float:
        return self.penalty / self.words

    @property
    def major_fluency(self) -> bool:
        return any(s == "Major" and c.startswith("Fluency/") for _, _, c, s in self.errors)

    @property
    def error_free(self) -> bool:
        return not self.errors


def _weight(category: str, severity: str) -> float:
    if category.startswith("Non_translation") or category.startswith("Non-translation"):
        return 25.0
    if severity == "Major":
        return 5.0
    if severity == "Minor":
        return 0.1 if category == "Fluency/Punctuation" else 1.0
    return 0.0


def doc_split(doc: str) -> str:
    """train/dev/test for a document id (stable: a hash rank, one in five to test and to dev)."""
    return _splits()[doc]


@cache
def _splits() -> dict[str, str]:
    docs = sorted({s.doc for s in _raw()}, key=lambda d: hashlib.blake2b(d.encode(), digest_size=8).digest())
    return {d: ("test" if i % 5 == 0 else "dev" if i % 5 == 1 else "train") for i, d in enumerate(docs)}


@cache
def _raw() -> tuple[Segment, ...]:
    with open(MQM / "newstest2021.errors.tsv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    segs: dict[tuple[str, int], Segment] = {}
    for r in rows:
        key = (r["system"], int(r["seg_id"]))
        plain = _MARK.sub("", r["target"])
        seg = segs.get(key)
        if seg is None:
            seg = segs[key] = Segment(r["system"], r["doc"], int(r["seg_id"]), r["source"], plain)
        if r["category"] in ("No-error", "Source_error") or r["severity"] not in ("Major", "Minor"):
            continue
        span = _span(r["target"]) if plain == seg.text else None
        start, end = span if span else (0, len(seg.text))  # omissions and unmarked errors: the whole segment
        seg.errors.append((start, end, r["category"], r["severity"]))
    return tuple(sorted(segs.values(), key=lambda s: (s.seg_id, s.system)))


def _span(marked: str) -> tuple[int, int] | None:
    i = marked.find("<v>")
    j = marked.find("</v>")
    if i < 0 or j < i:
        return None
    return i, j - 3


def segments(split: str | None = None) -> list[Segment]:
    """Every segment (all systems) of a split, or of all splits."""
    out = []
    for s in _raw():
        s.split = doc_split(s.doc)
        if split is None or s.split == split:
            out.append(s)
    return out


def wmt22_dev() -> list[dict]:
    """WMT 2022 dev segments (``mt``, ``score``: 100 = no error, lower is worse)."""
    with open(MQM / "wmt22-dev.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def available() -> bool:
    return (MQM / "newstest2021.errors.tsv").exists()
