"""Rebuild the garble model (checks/data/garble_model.npz) and bigram table from MLQE-PE and news MQM, on the CPU.

    nice python bench/train_garble.py            # a few minutes on one core (features cached in bench/out/)
    nice python bench/train_garble.py --curve    # also print a feature ablation

Needs the dev extra (scikit-learn, wordsegment). Deterministic. Steps:
1. the hashed web-bigram table from the ``wordsegment`` package's bigram counts (checks/garble/ngrams.py);
2. features (garble_data.py, cached) of MLQE-PE train/dev MT and detokenized post-edits (train rows whose
   MT also occurs in dev or test dropped), and of the news MQM segments of the train/dev documents
   (the news data is split by DOCUMENT: mqm.py);
3. four linear heads over [standardised dense features, hashed word/class/suffix-class n-gram counts,
   hashed character 3-4-gram counts] (model.py says what each reads):
   ``reg``    ridge of badness on both data sets (MLQE-PE -da_z; news MQM penalty per word, capped,
              human translations as 0), each target standardised;
   ``clf``    logistic, MLQE-PE MT with HTER > 0.5 against post-edits;
   ``news``   ridge of the news penalty per word alone (human translations as 0);
   ``human``  logistic, news MT against the human translations ref.A/ref.B;
4. on dev, the mix of the standardised heads and the slope of the logistic whose 0.5 point lets
   through 4% of the MLQE-PE dev post-edits and at most 2% of the news human translations and of the
   error-free news MT: among mixes whose dev MLQE-PE mean Pearson stays >= 0.425, the one with the
   best news Pearson with the MQM penalty per word plus the MLQE-PE catch of HTER > 0.5, less a price
   for each rank a human translation stands below the top two (the trade-off is printed);
5. a word tagger (logistic, hashed token-in-context features) on MLQE-PE's OK/BAD tags and the news
   raters' error spans, its threshold picked for F1 on MLQE-PE dev. (A tagger of the raters' error
   categories, for G005 to say grammar / word choice / word order, was never right 60% of the time
   on dev and was left out: G005 names grammar from checks/garble/grammar.py instead.)
Only weights and statistics are written: no sentence of either data set is shipped.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import garble_data as gd  # noqa: E402
from common import PAIRS  # noqa: E402
from garble_data import BITS, align_tags, detokenize  # noqa: E402,F401  (re-exported for bench/garble.py)

from checks.garble import features as gf  # noqa: E402
from checks.garble import ngrams as garble_ngrams  # noqa: E402
from checks.garble.model import DATA as MODEL_PATH  # noqa: E402

SEED = 0
HEADS = ("reg", "clf", "news", "human")
DEV_ALARMS = 0.04  # share of dev post-edits let through at 0.5 (the issue allows 5% on test)
NEWS_DEV_ALARMS = 0.02  # at most this share of dev human translations / error-free MT (3% on test)
MIN_DEV_PEARSON = 0.425  # MLQE-PE mean Pearson on dev (the floor on test is 0.41; dev has run lower)
PPW_CAP = 1.5  # penalty per word above this (one-word headlines) counts as this
NEWS_CLF_WEIGHT = 2.0  # weight of a news row in the garbled-vs-human classifier (MLQE-PE rows: 1)
CATCH_VALUE = 1.0  # how much a point of MLQE-PE catch is worth against a point of news Pearson per word
HEADS_VERSION = "v3"  # part of the cache key of the fitted heads: change it with fit_heads


def pearson(a, b) -> float:
    return float(np.corrcoef(a, b)[0, 1])


def _design(F, H, mu, sd):
    import scipy.sparse as sp

    return sp.hstack([sp.csr_matrix((F - mu) / sd), H]).tocsr()


def news_target(segs) -> np.ndarray:
    return np.array([0.0 if s.human else min(s.penalty_per_word, PPW_CAP) for s in segs])


def fit_heads(ml: dict, nw: dict, mu, sd, log=print) -> list:
    """The four heads as (coef, intercept) over the design matrix."""
    import scipy.sparse as sp
    from sklearn.linear_model import LogisticRegression, Ridge

    rows, segs = ml["rows"], nw["segs"]
    Xmt, Xpe, Xn = (_design(*m, mu, sd) for m in (ml["mt"], ml["pe"], nw["x"]))
    da = -np.array([float(r["da_z"]) for r in rows])
    yn = news_target(segs)
    y = np.r_[(da - da.mean()) / da.std(), (yn - yn.mean()) / yn.std()]
    reg = Ridge(alpha=10.0).fit(sp.vstack([Xmt, Xn]).tocsr(), y)
    log("  reg fitted")
    # Garbled MT against human text, in both data sets: MLQE-PE MT with HTER > 0.5 and news MT with
    # a Major error, against post-edits and the news human translations (news rows weighted up).
    bad = np.array([float(r["hter"]) > 0.5 for r in rows])
    human = np.array([s.human for s in segs])
    major = np.array([any(sev == "Major" for *_, sev in s.errors) for s in segs]) & ~human
    Xc = sp.vstack([Xmt[bad], Xn[major], Xpe, Xn[human]]).tocsr()
    yc = np.r_[np.ones(bad.sum() + major.sum()), np.zeros(len(rows) + human.sum())]
    wc = np.r_[np.ones(bad.sum()), np.full(major.sum(), NEWS_CLF_WEIGHT), np.ones(len(rows)),
               np.full(human.sum(), NEWS_CLF_WEIGHT * major.sum() / max(human.sum(), 1))]
    clf = LogisticRegression(C=10.0, solver="liblinear", class_weight="balanced").fit(Xc, yc, sample_weight=wc)
    log("  clf fitted")
    news = Ridge(alpha=30.0).fit(Xn, yn)
    hum = LogisticRegression(C=0.1, solver="liblinear", class_weight="balanced").fit(Xn, ~human)
    log(f"heads fitted on {len(rows)} MLQE-PE MT (+ {len(rows)} post-edits) and {len(segs)} news segments")
    return [(reg.coef_.ravel(), float(reg.intercept_)), (clf.coef_.ravel(), float(clf.intercept_[0])),
            (news.coef_.ravel(), float(news.intercept_)), (hum.coef_.ravel(), float(hum.intercept_[0]))]


def head_outputs(heads, F, H, mu, sd) -> np.ndarray:
    X = _design(F, H, mu, sd)
    return np.column_stack([X @ c + b for c, b in heads])


class DevSet:
    """Standardised head outputs on dev and what the mix is judged by."""

    def __init__(self, heads, ml: dict, nw: dict, mu, sd, out_mean, out_sd):
        z = lambda m: (head_outputs(heads, *m, mu, sd) - out_mean) / out_sd  # noqa: E731
        self.mt, self.pe, self.news = z(ml["mt"]), z(ml["pe"]), z(nw["x"])
        rows, segs = ml["rows"], nw["segs"]
        self.pairs = np.array([r["lang_pair"] for r in rows])
        self.da = np.array([float(r["da_z"]) for r in rows])
        self.hter = np.array([float(r["hter"]) for r in rows])
        self.human = np.array([s.human for s in segs])
        self.free = np.array([s.error_free for s in segs]) & ~self.human
        self.ppw = np.array([s.penalty_per_word for s in segs])
        self.systems = np.array([s.system for s in segs])

    def judge(self, weights, hinge, slope):
        k, knee, wh = hinge
        f = lambda Z: Z @ weights + wh * np.maximum(Z[:, k] - knee, 0.0)  # noqa: E731
        mt, pe, nw = f(self.mt), f(self.pe), f(self.news)
        threshold = max(np.quantile(pe, 1 - DEV_ALARMS), np.quantile(nw[self.human], 1 - NEWS_DEV_ALARMS),
                        np.quantile(nw[self.free], 1 - NEWS_DEV_ALARMS))
        sq = lambda r: 1.0 / (1.0 + np.exp(-slope * (r - threshold)))  # noqa: E731
        smt, snw = sq(mt), sq(nw)
        mlqe_p = float(np.mean([pearson(-smt[self.pairs == p], self.da[self.pairs == p]) for p in PAIRS]))
        means = {s: snw[self.systems == s].mean() for s in set(self.systems)}
        order = sorted(means, key=means.get)
        ranks = sorted(order.index(s) + 1 for s in ("ref.A", "ref.B"))
        return {"mlqe_pearson": mlqe_p, "catch": float(np.mean(mt[self.hter > 0.5] >= threshold)),
                "news_ppw": pearson(snw, self.ppw), "ranks": ranks, "threshold": float(threshold)}


def choose_mix(dev: DevSet, log=print) -> tuple:
    grid = []
    for w_clf, (knee, wh), w_news, w_hum in itertools.product(
        (0.25, 0.5, 1.0), ((0.0, 0.0), (0.5, 1.0), (1.0, 2.0)), (0.0, 0.25, 0.5, 1.0, 1.5), (0.0, 0.25, 0.5, 1.0)
    ):
        weights = np.array([1.0, w_clf, w_news, w_hum])
        for slope in (0.35, 0.5, 0.75, 1.0):
            j = dev.judge(weights, (1, knee, wh), slope)
            grid.append((weights, (1, knee, wh), slope, j))
    ok = [g for g in grid if g[3]["mlqe_pearson"] >= MIN_DEV_PEARSON]
    pool = ok or grid
    # News Pearson per word, the MLQE-PE catch, and a price for every rank a human translation stands
    # below the top two.
    value = lambda g: g[3]["news_ppw"] + CATCH_VALUE * g[3]["catch"] - 0.01 * (sum(g[3]["ranks"]) - 3)  # noqa: E731
    frontier = []
    for g in sorted(pool, key=lambda g: -g[3]["mlqe_pearson"]):
        if not frontier or value(g) > value(frontier[-1]):
            frontier.append(g)
    for w, h, s, j in frontier:
        log(f"  dev trade-off: MLQE-PE Pearson {j['mlqe_pearson']:.3f} catch {j['catch']:.3f} | news Pearson per word "
            f"{j['news_ppw']:.3f} human ranks {j['ranks']} (weights {w.tolist()}, hinge {h[1:]}, slope {s})")
    best = max(pool, key=value)
    if not ok:
        log("  no mix kept the dev MLQE-PE Pearson floor: taking the best value regardless")
    return best


def fit_taggers(ml: dict, nw: dict, mldev: dict, log=print) -> dict:
    import scipy.sparse as sp
    from sklearn.linear_model import SGDClassifier

    Xm, ym, _ = gd.mlqe_token_matrix(ml["rows"])
    Xn, yn, _ = gd.news_token_matrix(nw["segs"])
    tagger = SGDClassifier(loss="log_loss", alpha=2e-6, max_iter=8, tol=None, random_state=SEED)
    tagger.fit(sp.vstack([Xm, Xn]).tocsr(), np.r_[ym, yn])
    Xd, _, metas = gd.mlqe_token_matrix(mldev["rows"])
    probs = tagger.predict_proba(Xd)[:, 1]
    f1s = {th: gd.word_f1(metas, probs, th) for th in (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)}
    tag_th = max(f1s, key=f1s.get)
    log(f"word tagger: {Xm.shape[0]} MLQE-PE + {Xn.shape[0]} news tokens; MLQE-PE dev F1 by threshold "
        f"{ {k: round(v, 3) for k, v in f1s.items()} }")
    return {"tag_hash": tagger.coef_.ravel(), "tag_b": float(tagger.intercept_[0]), "tag_threshold": tag_th}


def train(log=print, ablate: str = "", write: bool = True) -> dict:  # noqa: C901
    t0 = time.time()
    ml, mldev = gd.mlqe_matrices("train", log), gd.mlqe_matrices("dev", log)
    nw, nwdev = gd.news_matrices("train", log), gd.news_matrices("dev", log)
    if ablate:
        cols = [i for i, n in enumerate(gf.DENSE_NAMES) if n.startswith(ablate + "_")]
        for d in (ml["mt"], ml["pe"], mldev["mt"], mldev["pe"], nw["x"], nwdev["x"]):
            d[0][:, cols] = 0.0
    log(f"features ready, {time.time() - t0:.0f} s")
    F = ml["mt"][0]
    mu, sd = F.mean(0), F.std(0) + 1e-6
    mu[0], sd[0] = 0.0, 1.0
    heads = gd.cached(f"heads_{HEADS_VERSION}_{ablate or 'all'}", lambda: fit_heads(ml, nw, mu, sd, log), log)
    import scipy.sparse as sp

    both = (np.vstack([ml["mt"][0], nw["x"][0]]), sp.vstack([ml["mt"][1], nw["x"][1]]).tocsr())
    outs = head_outputs(heads, *both, mu, sd)
    out_mean, out_sd = outs.mean(0), outs.std(0)
    dev = DevSet(heads, mldev, nwdev, mu, sd, out_mean, out_sd)
    weights, hinge, slope, j = choose_mix(dev, log)
    log(f"chosen weights {weights.tolist()} hinge {hinge} slope {slope}: dev MLQE-PE Pearson {j['mlqe_pearson']:.3f}, "
        f"catch {j['catch']:.3f}; news Pearson per word {j['news_ppw']:.3f}, human ranks {j['ranks']}")
    if not write:
        return j
    tag = gd.cached(f"taggers_{HEADS_VERSION}", lambda: fit_taggers(ml, nw, mldev, log), log)
    nd = len(gf.DENSE_NAMES)
    width = 1 << BITS
    out = dict(
        bits=np.int64(BITS), heads=np.array(HEADS), mu=mu.astype(np.float32), sd=sd.astype(np.float32),
        dense=np.array([c[:nd] for c, _ in heads], np.float32),
        hash=np.array([c[nd : nd + width] for c, _ in heads], np.float16),
        char=np.array([c[nd + width :] for c, _ in heads], np.float16),
        bias=np.array([b for _, b in heads]), out_mean=out_mean, out_sd=out_sd, weights=weights,
        hinge=np.array(hinge, float), calib=np.array([slope, j["threshold"]]),
        tag_hash=tag["tag_hash"].astype(np.float16), tag_b=np.float64(tag["tag_b"]),
        tag_threshold=np.float64(tag["tag_threshold"]),
    )
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(MODEL_PATH, **out)
    log(f"wrote {MODEL_PATH} ({MODEL_PATH.stat().st_size / 1e6:.2f} MB), total {time.time() - t0:.0f} s")
    return j


def build_bigrams(log=print) -> None:
    try:
        import wordsegment
    except ImportError:
        log("wordsegment not installed: keeping the shipped bigram table")
        return
    path = Path(wordsegment.__file__).with_name("bigrams.txt")
    with open(path, encoding="utf-8") as fh:
        n = garble_ngrams.build_table(fh)
    log(f"bigram table: {n} bigrams -> {garble_ngrams.DATA}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--curve", action="store_true", help="also print a feature ablation (dev)")
    args = ap.parse_args()
    build_bigrams()
    train()
    if args.curve:
        for ab in ("bigram", "lm", "gr"):
            j = train(log=lambda *_: None, ablate=ab, write=False)
            print(f"ablation without {ab}_*: dev MLQE-PE Pearson {j['mlqe_pearson']:.3f} catch {j['catch']:.3f}; "
                  f"news Pearson per word {j['news_ppw']:.3f}, human ranks {j['ranks']}")


if __name__ == "__main__":
    main()
