"""The learned garble score and word tagger, read from ``data/garble_model.npz`` with numpy alone.

The model (built by ``bench/train_garble.py``) learns from two kinds of human judgement: MLQE-PE
(Wikipedia sentences through weak 2019 systems: direct-assessment scores, post-edits, word tags)
and professional MQM annotations of Chinese→English news from strong systems, whose human
translations serve as clean text. It has a few linear *heads* over the same features (features.py):

- ``reg``: a regression of badness on both data sets at once (MLQE-PE's negated direct-assessment
  score; the news MQM penalty per word, human translations counted as clean);
- ``clf``: a classifier of badly garbled MT (HTER > 0.5) against human post-edits;
- ``news``: a regression of the news MQM penalty per word alone (human translations clean);
- ``human``: a classifier of news MT against the human translations of the same articles.

Each head's output is standardised; the score mixes them (linearly, plus a hinge on ``clf`` that
only adds when the classifier is confident) and passes the mix through a logistic curve fitted on
dev so that 0.5 is the alarm threshold. A word tagger over hashed token-in-context features rates
each word's chance of being one a post-editor changed or a rater marked. (A tagger of the raters'
error categories, to say whether a marked word is a grammar, word-choice or word-order problem, was
tried and left out: on dev it was never right 60% of the time; G005 names grammar from grammar.py.)
Features are computed for a whole batch of sentences at once.
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
            self.heads = [str(h) for h in z["heads"]]
            self.mu = z["mu"].astype(np.float64)
            self.sd = z["sd"].astype(np.float64)
            self.dense = z["dense"].astype(np.float64)  # (heads, dense features)
            self.hash = z["hash"].astype(np.float32)  # (heads, 2**bits): word/class n-grams
            self.char = z["char"].astype(np.float32)  # (heads, 2**bits): character n-grams
            self.bias = z["bias"].astype(np.float64)
            self.out_mean = z["out_mean"].astype(np.float64)
            self.out_sd = z["out_sd"].astype(np.float64)
            self.weights = z["weights"].astype(np.float64)
            self.hinge = z["hinge"].astype(np.float64)  # head index, knee, weight
            self.calib = z["calib"].astype(np.float64)  # slope, threshold
            self.tag_hash = z["tag_hash"].astype(np.float32)
            self.tag_b = float(z["tag_b"])
            self.tag_threshold = float(z["tag_threshold"])

    # -- sentence score -------------------------------------------------------------------

    def head_outputs(self, sentences: list[str] | gt.Batch) -> np.ndarray:
        """``(sentences, heads)``: each head's standardised output, for the whole batch at once."""
        b = sentences if isinstance(sentences, gt.Batch) else gt.batch(sentences)
        n = b.n
        z = (gf.dense_features(b) - self.mu) / self.sd
        out = z @ self.dense.T + self.bias
        for (sids, idx), table in ((gf.hashed_ngrams(b, self.bits), self.hash), (gf.char_ngrams(b, self.bits), self.char)):
            norm = 1.0 / np.sqrt(np.maximum(np.bincount(sids, minlength=n), 1))
            for k in range(len(self.heads)):
                out[:, k] += np.bincount(sids, weights=table[k][idx], minlength=n) * norm
        return (out - self.out_mean) / self.out_sd

    def raw(self, sentences: list[str] | gt.Batch) -> np.ndarray:
        z = self.head_outputs(sentences)
        k, knee, w_hinge = self.hinge
        return z @ self.weights + w_hinge * np.maximum(z[:, int(k)] - knee, 0.0)

    def score(self, sentences: list[str] | gt.Batch) -> list[float]:
        """Garble score in [0, 1] per sentence; >= 0.5 reads as garbled machine translation."""
        if not (sentences.n if isinstance(sentences, gt.Batch) else sentences):
            return []
        slope, threshold = self.calib
        raw = self.raw(sentences)
        return (1.0 / (1.0 + np.exp(-slope * (raw - threshold)))).tolist()

    # -- word marking ---------------------------------------------------------------------

    def word_badness_many(self, sentences: list[str]) -> list[list[tuple[int, int, float]]]:
        """Per sentence, ``(start, end, p)`` for each word: the chance a post-editor changed it or a rater marked it."""
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
