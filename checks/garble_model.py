"""The learned garble score and word tagger, read from ``data/garble_model.npz`` with numpy alone.

The model (built by ``bench/train_garble.py`` from the MLQE-PE human judgements) has two linear
parts over the same features (garble_features): a regression of the direct-assessment score, and
a classifier of badly garbled MT (HTER > 0.5) against human post-edits. Their standardised sum,
passed through a logistic curve fitted on dev so that 0.5 is the alarm threshold, is the score.
A third linear model, over hashed token-in-context features, rates each word's chance of being
one a post-editor changed; it marks the most suspicious words of a flagged sentence.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np

from . import garble_features as gf

DATA = Path(__file__).resolve().parent / "data" / "garble_model.npz"


class GarbleModel:
    def __init__(self, path: Path = DATA) -> None:
        with np.load(path) as z:
            self.bits = int(z["bits"])
            self.mu = z["mu"].astype(np.float64)
            self.sd = z["sd"].astype(np.float64)
            self.reg_dense = z["reg_dense"].astype(np.float64)
            self.reg_hash = z["reg_hash"].astype(np.float32)
            self.reg_b = float(z["reg_b"])
            self.clf_dense = z["clf_dense"].astype(np.float64)
            self.clf_hash = z["clf_hash"].astype(np.float32)
            self.clf_b = float(z["clf_b"])
            self.mix = z["mix"].astype(np.float64)  # reg_mean, reg_sd, clf_mean, clf_sd, w_clf
            self.calib = z["calib"].astype(np.float64)  # slope, threshold
            self.tag_hash = z["tag_hash"].astype(np.float32)
            self.tag_b = float(z["tag_b"])
            self.tag_threshold = float(z["tag_threshold"])

    # -- sentence score -------------------------------------------------------------------

    def raw_parts(self, sentences: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Regression and classifier outputs per sentence (before mixing)."""
        n = len(sentences)
        dense = np.empty((n, len(self.mu)))
        reg_h = np.zeros(n)
        clf_h = np.zeros(n)
        rw, cw, bits = self.reg_hash, self.clf_hash, self.bits
        for i, s in enumerate(sentences):
            toks, zs, classes = gf.analyse(s)
            dense[i] = gf.dense_features(toks, zs, classes)
            idx = np.unique(np.fromiter(gf.hashed_ngrams(toks, zs, classes, bits), dtype=np.int64))
            if len(idx):
                norm = 1.0 / math.sqrt(len(idx))
                reg_h[i] = float(rw[idx].sum()) * norm
                clf_h[i] = float(cw[idx].sum()) * norm
        z = (dense - self.mu) / self.sd
        reg = z @ self.reg_dense + reg_h + self.reg_b
        clf = z @ self.clf_dense + clf_h + self.clf_b
        return reg, clf

    def raw(self, sentences: list[str]) -> np.ndarray:
        reg, clf = self.raw_parts(sentences)
        rm, rs, cm, cs, w = self.mix
        return (reg - rm) / rs + w * (clf - cm) / cs

    def score(self, sentences: list[str]) -> list[float]:
        """Garble score in [0, 1] per sentence; >= 0.5 reads as garbled machine translation."""
        if not sentences:
            return []
        slope, threshold = self.calib
        raw = self.raw(sentences)
        return (1.0 / (1.0 + np.exp(-slope * (raw - threshold)))).tolist()

    # -- word marking ---------------------------------------------------------------------

    def word_badness(self, sentence: str) -> list[tuple[int, int, float]]:
        """``(start, end, p)`` for every word of ``sentence``: the chance a post-editor changed it."""
        spans = gf.token_spans(sentence)
        toks, zs, classes = gf.analyse(sentence)
        out = []
        w, b, bits = self.tag_hash, self.tag_b, self.bits
        for i, (start, end, tok) in enumerate(spans):
            if not (tok[0].isalnum() or tok[0] == "_"):
                continue
            idx = gf.token_context_features(toks, zs, classes, i, bits)
            x = float(w[idx].sum()) + b
            out.append((start, end, 1.0 / (1.0 + math.exp(-x))))
        return out


_MODEL: GarbleModel | None = None


def model() -> GarbleModel:
    global _MODEL
    if _MODEL is None:
        _MODEL = GarbleModel()
    return _MODEL
