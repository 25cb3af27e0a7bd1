"""Data for the source-aware score (bench/train_accuracy_qe.py, bench/accuracy_qe.py).

- MLQE-PE rows with their source (`src`), MT, detokenized post-edit, DA and HTER; train rows whose MT also
  occurs in dev or test are dropped (the data README's overlap note).
- mqm-zhen newstest2021: one record per (system, segment) with the Chinese source, the English target, the
  rater's errors and the MQM score; split by DOCUMENT (never by segment) into train/dev/test, so no test
  document was seen in training or tuning. ``ref.A``/``ref.B`` are the human translations.
- wmt22-dev.csv: 1,019 Chinese-English news segments of another year, never trained or tuned on: a check
  that the score carries over to other years' news.
- An embedding cache under bench/out/: multilingual-e5 vectors keyed by the sha1 of the text, in chunk files,
  so the ~150k sentences are embedded once and re-runs only read them.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import OUT, PAIRS, SHARED, read_split  # noqa: E402
from train_garble import detokenize  # noqa: E402

MQM = SHARED / "data" / "mqm-zhen"
CACHE = OUT / "qe_embed"
CHUNK = 250
DIM = 384
HUMAN = ("ref.A", "ref.B")
# MQM weights as Google computes the segment score (data README).
WEIGHTS = {"Major": 5.0, "Minor": 1.0}


# -- MLQE-PE ---------------------------------------------------------------------------------


def mlqe(split: str) -> list[dict]:
    """Rows of all five pairs: pair, src, mt, pe (detokenized), da (da_z), hter."""
    held = set()
    if split == "train":
        held = {r["mt"] for p in PAIRS for s in ("dev", "test") for r in read_split(p, s)}
    out = []
    for p in PAIRS:
        for r in read_split(p, split):
            if r["mt"] in held:
                continue
            out.append(dict(pair=p, src=r["src"].strip(), mt=r["mt"].strip(), pe=detokenize(r["pe_tok"]),
                            da=float(r["da_z"]), hter=float(r["hter"])))
    return out


# -- mqm-zhen --------------------------------------------------------------------------------


def _segment_score(errors: list[tuple[str, str]]) -> float:
    s = 0.0
    for cat, sev in errors:
        if cat == "Non_translation":
            s -= 25.0
        elif cat == "Fluency/Punctuation" and sev == "Minor":
            s -= 0.1
        else:
            s -= WEIGHTS.get(sev, 0.0)
    return s


@functools.cache
def mqm_segments() -> list[dict]:
    """One record per (system, segment): system, doc, seg, src, mt, human, errors [(category, severity)], mqm."""
    path = MQM / "newstest2021.errors.tsv"
    versions: dict[tuple, list[str]] = defaultdict(list)
    errors: dict[tuple, list] = defaultdict(list)
    meta: dict[tuple, tuple[str, str]] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            key = (r["system"], int(r["seg_id"]))
            meta[key] = (r["doc"], r["source"].strip())
            versions[key].append(re.sub(r"</?v>", "", r["target"]))
            if r["category"] not in ("No-error", "Source_error") and r["severity"] in WEIGHTS:
                errors[key].append((r["category"], r["severity"]))
    out = []
    for key in sorted(meta):
        doc, src = meta[key]
        # Marking a span sometimes added a space; the version with the fewest double spaces is the text.
        mt = min(versions[key], key=lambda s: (s.count("  "), s)).strip()
        errs = errors.get(key, [])
        out.append(dict(system=key[0], seg=key[1], doc=doc, src=src, mt=mt, human=key[0] in HUMAN,
                        errors=errs, mqm=_segment_score(errs)))
    return out


def doc_split(doc: str) -> str:
    """train / dev / test for a document, never by segment.

    The same deal as issue 15's news split (bench/mqm.py on its branch): documents ordered by a blake2b
    hash of their id, one in five to test, one in five to dev, the rest to train. Keeping the two splits
    identical means the English-only score, once retrained on news train documents, never saw the test
    documents this score is reported on.
    """
    return _splits()[doc]


@functools.cache
def _splits() -> dict[str, str]:
    docs = sorted({r["doc"] for r in mqm_segments()}, key=lambda d: hashlib.blake2b(d.encode(), digest_size=8).digest())
    return {d: ("test" if i % 5 == 0 else "dev" if i % 5 == 1 else "train") for i, d in enumerate(docs)}


def major_accuracy(rec: dict) -> list[str]:
    """The Accuracy subcategories of the segment's Major errors (empty: none)."""
    return sorted({c for c, s in rec["errors"] if s == "Major" and c.startswith("Accuracy/")})


def wmt22_dev() -> list[dict]:
    """WMT22 zh-en dev segments (another year): src, mt, score (100 = no error), z."""
    with open(MQM / "wmt22-dev.csv", encoding="utf-8", newline="") as fh:
        return [dict(src=r["src"].strip(), mt=r["mt"].strip(), score=float(r["score"]), z=float(r["z_score"]))
                for r in csv.DictReader(fh)]


# -- embedding cache ------------------------------------------------------------------------


def _key(text: str) -> bytes:
    return hashlib.sha1(text.encode("utf-8")).digest()


def unpad(key) -> bytes:
    """A key read back from a numpy ``S20`` array, which drops trailing NUL bytes of the digest."""
    return bytes(key).ljust(20, b"\0")


class EmbedCache:
    """e5 vectors of texts, kept on disk under bench/out/qe_embed/ (chunk files of keys and vectors)."""

    def __init__(self, path: Path = CACHE) -> None:
        self.path = path
        self.vecs: dict[bytes, np.ndarray] = {}
        for f in sorted(path.glob("chunk_*.npz")) if path.exists() else []:
            with np.load(f) as z:
                for k, v in zip(z["keys"], z["vecs"]):
                    self.vecs[unpad(k)] = v

    def missing(self, texts: list[str]) -> list[str]:
        return list(dict.fromkeys(t for t in texts if _key(t) not in self.vecs))

    def fill(self, texts: list[str], log=print) -> None:
        """Embed every text not yet cached, saving a chunk file every ``CHUNK`` texts."""
        from checks.accuracy.embed import embedder

        todo = self.missing(texts)
        if not todo:
            return
        self.path.mkdir(parents=True, exist_ok=True)
        n0 = len(list(self.path.glob("chunk_*.npz")))
        t0 = time.time()
        for i in range(0, len(todo), CHUNK):
            part = todo[i : i + CHUNK]
            vecs = embedder().embed(part)
            keys = np.array([_key(t) for t in part], dtype="S20")
            np.savez(self.path / f"chunk_{n0 + i // CHUNK:05d}.npz", keys=keys, vecs=vecs)
            for k, v in zip(keys, vecs):
                self.vecs[unpad(k)] = v
            done = i + len(part)
            rate = done / (time.time() - t0)
            log(f"  embedded {done}/{len(todo)} ({rate:.1f}/s, {(len(todo) - done) / rate / 60:.0f} min left)")

    def get(self, texts: list[str]) -> np.ndarray:
        """``(len(texts), 384)`` vectors; every text must have been filled."""
        return np.stack([self.vecs[_key(t)] for t in texts]) if texts else np.zeros((0, DIM), np.float32)


def train_order(rows: list[dict], seed: int = 0) -> list[dict]:
    """Train rows in a fixed random order, interleaved by pair: any prefix is a balanced subsample."""
    rng = np.random.RandomState(seed)
    by = {p: [rows[i] for i in rng.permutation(len(rows)) if rows[i]["pair"] == p] for p in PAIRS}
    return [r for k in range(max(map(len, by.values()))) for p in PAIRS if k < len(by[p]) for r in [by[p][k]]]


def all_texts() -> list[str]:
    """Every text the training and the bench embed, the evaluation sets first (so a partial run helps),
    then the train rows in ``train_order`` (a partial run leaves a balanced subsample)."""
    out: list[str] = []
    for split in ("test", "dev"):
        for r in mlqe(split):
            out += [r["src"], r["mt"], r["pe"]]
    for r in mqm_segments():
        out += [r["src"], r["mt"]]
    train = train_order(mlqe("train"))
    out += [t for r in train[:5000] for t in (r["src"], r["mt"], r["pe"])]
    for r in wmt22_dev():
        out += [r["src"], r["mt"]]
    out += [t for r in train[5000:] for t in (r["src"], r["mt"], r["pe"])]
    return list(dict.fromkeys(out))


if __name__ == "__main__":
    texts = all_texts()
    cache = EmbedCache()
    print(f"{len(texts)} distinct texts, {len(cache.missing(texts))} to embed")
    cache.fill(texts)
