"""The learned garble score and word tagger, read from ``data/garble_model.npz`` with numpy alone.

The model (built by ``bench/train_garble.py`` from the MLQE-PE human judgements) has two linear
parts over the same features (features.py): a regression of the direct-assessment score, and
a classifier of badly garbled MT (HTER > 0.5) against human post-edits. The regression plus the
classifier (linearly, and with a hinge that only adds when the classifier is confident), passed
through a logistic curve fitted on dev so that 0.5 is the alarm threshold, is the score.
A third linear model, over hashed token-in-context features, rates each word's chance of being
one a post-editor changed; it marks the most suspicious words of a flagged sentence. The sentence
models read dense statistics, hashed word and class n-grams, and hashed character n-grams. Features are
computed for a whole batch of sentences at once (features.py), so a draft is scored in one go.
"""

from __future__ import annotations

import functools
from pathlib import Path

import numpy as np

from . import features as gf
from . import tokens as gt

DATA = Path(__file__).resolve().parent.parent / "data" / "garble_model.npz"


class GarbleModel:
    def __init__(self, path: Path = DATA) -> None:
        with np.load(path) as z:
            self.bits = int(z["bits"])
            self.mu = z["mu"].astype(np.float64)
            self.sd = z["sd"].astype(np.float64)
            self.reg_dense = z["reg_dense"].astype(np.float64)
            self.reg_hash = z["reg_hash"].astype(np.float64)
            self.reg_b = float(z["reg_b"])
            self.clf_dense = z["clf_dense"].astype(np.float64)
            self.clf_hash = z["clf_hash"].astype(np.float64)
            self.clf_b = float(z["clf_b"])
            # Character n-gram weights (absent from older model files).
            zero = np.zeros(1 << self.bits)
            self.reg_char = z["reg_char"].astype(np.float64) if "reg_char" in z else zero
            self.clf_char = z["clf_char"].astype(np.float64) if "clf_char" in z else zero
            # reg_mean, reg_sd, clf_mean, clf_sd, w_lin, knee, w_hinge (older files: the first five)
            self.mix = np.r_[z["mix"].astype(np.float64), 0.0, 0.0][:7]
            self.calib = z["calib"].astype(np.float64)  # slope, threshold
            self.tag_hash = z["tag_hash"].astype(np.float32)
            self.tag_b = float(z["tag_b"])
            self.tag_threshold = float(z["tag_threshold"])

    # -- sentence score -------------------------------------------------------------------

    def raw_parts(self, sentences: list[str] | gt.Batch) -> tuple[np.ndarray, np.ndarray]:
        """Regression and classifier outputs per sentence (before mixing), for the whole batch at once."""
        b = sentences if isinstance(sentences, gt.Batch) else gt.batch(sentences)
        n = b.n
        z = (gf.dense_features(b) - self.mu) / self.sd
        sids, idx = gf.hashed_ngrams(b, self.bits)
        norm = 1.0 / np.sqrt(np.maximum(np.bincount(sids, minlength=n), 1))
        reg_h = np.bincount(sids, weights=self.reg_hash[idx], minlength=n) * norm
        clf_h = np.bincount(sids, weights=self.clf_hash[idx], minlength=n) * norm
        csids, cidx = gf.char_ngrams(b, self.bits)
        cnorm = 1.0 / np.sqrt(np.maximum(np.bincount(csids, minlength=n), 1))
        reg_h += np.bincount(csids, weights=self.reg_char[cidx], minlength=n) * cnorm
        clf_h += np.bincount(csids, weights=self.clf_char[cidx], minlength=n) * cnorm
        reg = z @ self.reg_dense + reg_h + self.reg_b
        clf = z @ self.clf_dense + clf_h + self.clf_b
        return reg, clf

    def raw(self, sentences: list[str] | gt.Batch) -> np.ndarray:
        reg, clf = self.raw_parts(sentences)
        rm, rs, cm, cs, w_lin, knee, w_hinge = self.mix
        c = (clf - cm) / cs
        return (reg - rm) / rs + w_lin * c + w_hinge * np.maximum(c - knee, 0.0)

    def score(self, sentences: list[str] | gt.Batch) -> list[float]:
        """Garble score in [0, 1] per sentence; >= 0.5 reads as garbled machine translation."""
        if not (sentences.n if isinstance(sentences, gt.Batch) else sentences):
            return []
        slope, threshold = self.calib
        raw = self.raw(sentences)
        return (1.0 / (1.0 + np.exp(-slope * (raw - threshold)))).tolist()

    # -- word marking ---------------------------------------------------------------------

    def word_badness_many(self, sentences: list[str]) -> list[list[tuple[int, int, float]]]:
        """Per sentence, ``(start, end, p)`` for each word: the chance a post-editor changed it."""
        b = gt.batch(sentences)
        words, feats = gf.token_context_features(b, self.bits)
        p = 1.0 / (1.0 + np.exp(-(self.tag_hash[feats].sum(axis=1, dtype=np.float64) + self.tag_b)))
        out: list[list[tuple[int, int, float]]] = [[] for _ in sentences]
        sid, pos = b.sid[words].tolist(), b.pos[words].tolist()
        spans = [None] * len(sentences)
        for s, i, q in zip(sid, pos, p.tolist()):
            if spans[s] is None:
                spans[s] = gt.token_spans(sentences[s])
            start, end, _ = spans[s][i]
            out[s].append((start, end, q))
        return out

    def word_badness(self, sentence: str) -> list[tuple[int, int, float]]:
        """``(start, end, p)`` for every word of ``sentence``: the chance a post-editor changed it."""
        return self.word_badness_many([sentence])[0]


@functools.cache
def model() -> GarbleModel:
    return GarbleModel()
