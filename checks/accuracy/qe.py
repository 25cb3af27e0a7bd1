"""The garble score when the original is given: a sentence quality score that reads the source too.

The English-only garble score (checks.garble) judges fluency; it cannot see fluent English that says
something else, which is what strong MT gets wrong. Given the source sentence, this score adds what a
reviser checks (qe_features.py): cross-lingual similarity (multilingual-e5), the length a translation
from that script should have, numbers, names and Latin-script tokens carried over, punctuation, copies
of the source; the English-only score enters as one more feature.

The model (``data/accuracy_qe_model.npz``, built by ``bench/train_accuracy_qe.py`` from MLQE-PE with its
``src`` column and the Chinese-English news MQM data) is linear over standardised features and the
product of the two sentence vectors, and on the English-only score and its heads, plus a hinge that lets a
confident verdict (source-side classifier and English-only score agreeing) count more, passed through a
logistic curve fitted on dev so that 0.5 is the alarm threshold. A model file may also carry a small
MLP classifier (one hidden ReLU layer over the same features, the vector product and |u - v|; the
trainer's --mlp; shipped for every source script but CJK), read here as plain numpy weights: a few matrix products.
The threshold is set apart for Chinese sources: their only training data is news, where human
translations are freer than post-edits of Wikipedia MT and the score tells good from bad only weakly (on
WMT22 it flagged clean and Major-error segments alike), so 0.5 sits where only 1% of the dev human news
translations score above it (bench/calibrate_qe.py, which also gives each other script with enough dev
post-edits its own 0.5 point). Only numpy is needed here.
"""

from __future__ import annotations

import functools
from pathlib import Path

import numpy as np

from ..garble import score_heads
from . import qe_features as qf
from .embed import embedder

DATA = Path(__file__).resolve().parent.parent / "data" / "accuracy_qe_model.npz"
COPY_FLOOR = 0.9


class QEModel:
    """Weights of the source-aware score, read with numpy alone.

    A file may carry a second model under the prefix ``cjk_``, used for the sentences whose source is in
    Chinese, Japanese or Korean script (the trainer's ``--cjk-from``): the MLP helps on the MLQE-PE
    languages but flagged more of the human news translations of Chinese, so those keep the linear model.
    """

    def __init__(self, path: Path = DATA, arrays: dict | None = None, prefix: str = "") -> None:
        if arrays is None:
            with np.load(path) as z:
                arrays = {k: z[k] for k in z.files}
        z = {k[len(prefix):]: v for k, v in arrays.items() if k.startswith(prefix)}
        names = tuple(str(n) for n in z["names"])
        if names != qf.ALL_NAMES:
            raise ValueError(f"{path.name}: features {names} do not match the code's {qf.ALL_NAMES}")
        self.mu = z["mu"].astype(np.float64)
        self.sd = z["sd"].astype(np.float64)
        # raw = linear + wh * max(hinge, 0), both linear in the standardised features and in the
        # product of the two vectors, dimension by dimension (uv)
        self.w = np.stack([z["w"], z["h"]]).astype(np.float64).T
        self.w_uv = np.stack([z["w_uv"], z["h_uv"]]).astype(np.float64).T
        self.b = np.array([float(z["b"]), float(z["hb"])])
        self.wh = float(z["wh"])
        # when the file has one (the trainer's --mlp): the classifier as a small MLP (one hidden ReLU
        # layer) over the standardised features, the vector product and |u - v|; its output enters
        # both sums with the weights m_k
        self.mlp = None
        if "m_w1" in z:
            self.mlp = (z["m_w1"].astype(np.float64), z["m_w1_uv"].astype(np.float64),
                        z["m_w1_ad"].astype(np.float64), z["m_b1"].astype(np.float64),
                        z["m_w2"].astype(np.float64), float(z["m_b2"]), z["m_k"].astype(np.float64))
        # slope, threshold[, threshold for a CJK source]
        self.calib = z["calib"].astype(np.float64)
        self.ratios = {str(s): float(r) for s, r in zip(z["scripts"], z["ratios"])}
        # the 0.5 point of each source script with enough dev post-edits to set one (bench/calibrate_qe.py):
        # the same raw score means more in one language pair than in another
        self.script_thr = {str(s): float(t) for s, t in zip(z.get("script_names", ()), z.get("script_thr", ()))}
        self.cjk_model = QEModel(path, arrays, "cjk_") if not prefix and "cjk_names" in arrays else None

    def raw(self, features: np.ndarray, uv: np.ndarray, absdiff: np.ndarray | None = None) -> np.ndarray:
        """``uv``: the product of the source's and the English side's e5 vectors, dimension by dimension;
        ``absdiff``: |u - v| (zeros when not given: it is the sole input that needs both vectors apart)."""
        z = (features - self.mu) / self.sd
        heads = z @ self.w + uv @ self.w_uv + self.b
        if self.mlp is not None:
            w1, w1_uv, w1_ad, b1, w2, b2, k = self.mlp
            hidden = z @ w1 + uv @ w1_uv + b1
            if absdiff is not None:
                hidden += absdiff @ w1_ad
            heads = heads + np.outer(np.maximum(hidden, 0.0) @ w2 + b2, k)
        return heads[:, 0] + self.wh * np.maximum(heads[:, 1], 0.0)

    def score(self, features: np.ndarray, uv: np.ndarray, cjk: np.ndarray | None = None,
              absdiff: np.ndarray | None = None, scripts: list[str] | None = None) -> np.ndarray:
        """Scores in [0, 1]; ``cjk`` marks the rows whose source is Chinese/Japanese/Korean script, ``scripts``
        names each row's source script (``qe_features.script_of``) for its own 0.5 point."""
        if self.cjk_model is not None and cjk is not None and np.any(cjk):  # each row by its script's model
            rows, out = np.asarray(cjk, bool), np.empty(len(features))
            for model, pick in ((self, ~rows), (self.cjk_model, rows)):
                out[pick] = model.score(features[pick], uv[pick], rows[pick] if model is self.cjk_model else None,
                                        None if absdiff is None else absdiff[pick],
                                        None if scripts is None else [s for s, p in zip(scripts, pick) if p])
            return out
        slope, threshold = self.calib[:2]
        thr = np.full(len(features), threshold)
        if scripts is not None and self.script_thr:
            thr = np.array([self.script_thr.get(s, threshold) for s in scripts], dtype=np.float64)
        if cjk is not None and len(self.calib) > 2:
            thr[np.asarray(cjk, bool)] = self.calib[2]
        return 1.0 / (1.0 + np.exp(-slope * (self.raw(features, uv, absdiff) - thr)))


@functools.cache
def model() -> QEModel:
    return QEModel()


def source_aware_scores(pairs: list[tuple[str | None, str]], english_scores: list[float]) -> list[float]:
    """Garble score in [0, 1] per (source sentence or None, English sentence); 1 = certainly bad.

    ``english_scores`` are the English-only garble scores of the same English sentences (the caller has
    them already). A pair without a source (None or blank) keeps its English-only score; a blank English
    sentence scores 0, as in ``editor-check score``.
    """
    if len(pairs) != len(english_scores):
        raise ValueError(f"{len(pairs)} pairs but {len(english_scores)} English scores")
    todo = _with_source(pairs)
    e = embedder()
    src = e.embed([pairs[i][0].strip() for i in todo]) if todo else None
    mt = e.embed([pairs[i][1].strip() for i in todo]) if todo else None
    return scores_from_vectors(pairs, english_scores, src, mt)


def english_heads(texts: list[str]) -> np.ndarray:
    """``(len(texts), len(qf.HEADS))``: the English-only score's heads, in the order the model expects."""
    names, heads = score_heads(texts)
    if names != qf.HEADS:
        raise ValueError(f"the garble model's heads {names} are not the {qf.HEADS} this score was trained on")
    return heads


def _with_source(pairs: list[tuple[str | None, str]]) -> list[int]:
    return [i for i, (src, mt) in enumerate(pairs) if src and src.strip() and mt.strip()]


def scores_from_vectors(pairs: list[tuple[str | None, str]], english_scores: list[float],
                        src_vecs: np.ndarray | None, mt_vecs: np.ndarray | None,
                        model_only: bool = False) -> list[float]:
    """``source_aware_scores`` with the e5 vectors given, one row per pair that has a source and an English
    side (in order): for callers that hold them already (the bench reads them from its disk cache).
    ``model_only``: the model's own scores, without the floors below (for calibrating its thresholds)."""
    out = [0.0 if not mt.strip() else float(e) for (_, mt), e in zip(pairs, english_scores)]
    todo = _with_source(pairs)
    if not todo:
        return out
    if src_vecs is None or mt_vecs is None or len(src_vecs) != len(todo) or len(mt_vecs) != len(todo):
        raise ValueError(f"need one source and one English vector for each of the {len(todo)} pairs with a source")
    m = model()
    sub = [(pairs[i][0].strip(), pairs[i][1].strip()) for i in todo]
    u, v = np.asarray(src_vecs, np.float64), np.asarray(mt_vecs, np.float64)
    uv = u * v
    ratios = qf.with_unseen_scripts(sub, m.ratios)
    feats = np.hstack([qf.feature_matrix(sub, uv.sum(axis=1), [english_scores[i] for i in todo], ratios),
                       english_heads([mt for _, mt in sub])])
    scripts = [qf.script_of(src) for src, _ in sub]
    cjk = np.array([sc == "cjk" for sc in scripts], bool)
    for i, s, zh in zip(todo, m.score(feats, uv, cjk, np.abs(u - v), scripts).tolist(), cjk.tolist()):
        # A source left untranslated is certainly not a translation, whatever the similarity says (the
        # model saw too few copies to learn that a cosine near 1 can be the worst case).
        if model_only:
            pass
        elif qf.is_copy(*pairs[i]):
            s = max(s, COPY_FLOOR)
        elif zh:
            # The CJK model, learned from a few thousand news segments, on its own catches fewer garbled
            # sentences than the English-only score (news test: 7.7% of Major-accuracy MT against 14.2%), so
            # giving the original never makes a sentence look cleaner than its English alone does.
            s = max(s, english_scores[i])
        out[i] = s
    return out
