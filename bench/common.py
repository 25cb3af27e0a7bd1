"""Shared helpers for the bench scripts: the MLQE-PE files and the sample drafts."""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("EDITOR_CHECK_SHARED") or ROOT.parent / "shared")  # as tests/conftest.py
DATA = SHARED / "data" / "mlqe-pe"
SAMPLES = ROOT / "samples"
OUT = ROOT / "bench" / "out"
PAIRS = ("ro-en", "et-en", "ne-en", "si-en", "ru-en")

csv.field_size_limit(sys.maxsize)


def read_split(pair: str, split: str) -> list[dict]:
    with open(DATA / f"{pair}.{split}.tsv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))  # fields with quotes are CSV-quoted


def joined_test_text(per_paragraph: int = 5) -> str:
    """The 5,000 MT sentences of the five test splits, joined five to a paragraph."""
    sentences = [row["mt"].strip() for pair in PAIRS for row in read_split(pair, "test")]
    paras = [" ".join(sentences[i : i + per_paragraph]) for i in range(0, len(sentences), per_paragraph)]
    return "\n\n".join(paras) + "\n"


def words_draft(n_words: int = 2000) -> str:
    """A draft of about ``n_words`` words: the sample drafts, then MLQE-PE test sentences."""
    parts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("draft_*.txt"))]
    text = "\n\n".join(parts)
    if DATA.exists():
        extra = joined_test_text().split("\n\n")
        i = 0
        while len(text.split()) < n_words and i < len(extra):
            text += "\n\n" + extra[i]
            i += 1
    words = text.split(" ")
    return " ".join(words[: n_words + text.count("\n")]) if len(text.split()) > n_words * 1.1 else text
