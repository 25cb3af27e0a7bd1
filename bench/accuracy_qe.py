"""The source-aware garble score measured on held-out data (issue 14 item 4), beside the English-only score.

    python bench/accuracy_qe.py [--split test|dev]

MLQE-PE (test split), per pair: Pearson of -score with da_z; the share of detokenized post-edits, scored
against their src, at >= 0.5 (false alarms on clean text); the share of MT with HTER > 0.5 at >= 0.5.
News (mqm-zhen, the test documents of the by-document split): the share of MT segments with a Major
Accuracy error at >= 0.5, per MQM accuracy subcategory; the share of the human translations (ref.A, ref.B)
and of error-free MT at >= 0.5; Pearson with the MQM score; systems ranked by mean score. WMT22 dev (another
year, never trained or tuned on): Pearson with its MQM score, flags on error-free and on Major-error
segments. The combined news figure of issue 14: an accuracy finding (A rules on the aligned article) OR
a score >= 0.5, per subcategory; a trade-off of catch against 3/5/10% alarms. Unrelated pairs (a source with another sentence's translation) and sources left untranslated.
Then speed: model load, scoring beyond the embedding, embedding one sentence; the model size.

Vectors come from the training's disk cache (bench/out/qe_embed); scores go through the shipped scoring
code (checks.accuracy.qe.scores_from_vectors), and a few pairs are checked against the full path that
embeds them itself (source_aware_scores).
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict

import numpy as np
import accuracy_qe_data as qd
from common import PAIRS
from accuracy_qe_news import engine_scores, segment_findings
from train_accuracy_qe import Part, load_parts

from checks.accuracy import qe
from checks.accuracy.qe import DATA as MODEL_PATH


def shipped(part: Part) -> np.ndarray:
    """Source-aware scores of a block through the shipped code, with the cached vectors."""
    return np.array(qe.scores_from_vectors(part.pairs, part.eng.tolist(), *_vectors(part)))


def _vectors(part: Part, n: int | None = None):
    """The cached vectors of the pairs that have a source and an English side (all do in these data)."""
    keep = [i for i, (s, m) in enumerate(part.pairs[:n]) if s.strip() and m.strip()]
    return part.S[keep], part.M[keep]


def pearson(a, b) -> float:
    return float(np.corrcoef(a, b)[0, 1])


def rate(x: np.ndarray) -> str:
    return f"{np.mean(x >= 0.5):6.1%} of {len(x):5d}" if len(x) else "     - of     0"


def mlqe_figures(parts: dict[str, Part]) -> None:
    mt, pe = parts["mt"], parts["pe"]
    s_mt, s_pe = shipped(mt), shipped(pe)
    pair, da, hter = mt.labels["pair"], mt.labels["da"], mt.labels["hter"]
    print(f"{'pair':6} {'Pearson':>8} {'(English)':>10} {'PE>=0.5':>16} {'HTER>0.5 caught':>17} {'(English)':>10}")
    ps, pe_all = [], []
    for p in PAIRS:
        k = pair == p
        r, r_en = pearson(-s_mt[k], da[k]), pearson(-mt.eng[k], da[k])
        ps.append((r, r_en))
        bad = k & (hter > 0.5)
        print(f"{p:6} {r:8.3f} {r_en:10.3f} {rate(s_pe[pe.labels['pair'] == p]):>16} {rate(s_mt[bad]):>17} "
              f"{np.mean(mt.eng[bad] >= 0.5):10.1%}")
    bad = hter > 0.5
    print(f"mean Pearson(-score, da_z) over the five pairs: {np.mean([a for a, _ in ps]):.3f} "
          f"(English-only {np.mean([b for _, b in ps]):.3f}; target >= 0.52)")
    print(f"post-edits scored against their src >= 0.5: {np.mean(s_pe >= 0.5):.1%} of {len(s_pe)} "
          f"(English-only {np.mean(pe.eng >= 0.5):.1%}; target <= 5%)")
    print(f"MT with HTER > 0.5 scoring >= 0.5: {np.mean(s_mt[bad] >= 0.5):.1%} of {bad.sum()} "
          f"(English-only {np.mean(mt.eng[bad] >= 0.5):.1%}; target >= 55%)")


def news_figures(parts: dict[str, Part]) -> None:
    news, hum = parts["news"], parts["human"]
    s_news, s_hum = shipped(news), shipped(hum)
    major = news.labels["major"]
    print(f"MT segments with a Major Accuracy error >= 0.5: {rate(s_news[major])} "
          f"(English-only {np.mean(news.eng[major] >= 0.5):.1%}; target >= 40% with issue 14's findings)")
    by = defaultdict(list)
    for s, cats in zip(s_news, news.labels["cats"]):
        for c in cats:
            by[c].append(s)
    for c in sorted(by):
        print(f"  {c:28} {rate(np.array(by[c]))}")
    for name in qd.HUMAN:
        k = hum.labels["system"] == name
        print(f"human translation {name} >= 0.5: {rate(s_hum[k])} (English-only {np.mean(hum.eng[k] >= 0.5):.1%})")
    print(f"human translations >= 0.5: {rate(s_hum)} (target <= 5%); of those without a Major Accuracy error: "
          f"{rate(s_hum[~hum.labels['major']])}")
    print(f"error-free MT segments >= 0.5: {rate(s_news[news.labels['clean']])}")
    all_s = np.r_[s_news, s_hum]
    all_e = np.r_[news.eng, hum.eng]
    mqm = np.r_[news.labels["mqm"], hum.labels["mqm"]]
    print(f"Pearson(-score, MQM score), all segments: {pearson(-all_s, mqm):.3f} (English-only {pearson(-all_e, mqm):.3f})")
    systems = np.r_[news.labels["system"], hum.labels["system"]]
    means = sorted((float(np.mean(all_s[systems == s])), s) for s in set(systems.tolist()))
    print("systems by mean score (least suspicious first): "
          + ", ".join(f"{i + 1}. {s} {m:.3f}" for i, (m, s) in enumerate(means)))


def _flag_keys(part: Part) -> list[tuple[str, int]]:
    return [(s, int(k.split("#")[1])) for s, k in zip(part.labels["system"], part.labels["seg"])]


def combined_figures(split: str, parts: dict[str, Part]) -> None:
    """Issue 14's news target: an accuracy finding (the A rules on the whole aligned article,
    bench/accuracy_qe_news.py) OR a source-aware score >= 0.5, per MT segment and per subcategory."""
    found, eng = segment_findings(split), engine_scores(split)
    news, hum = parts["news"], parts["human"]
    f_news = np.array([bool(found.get(k)) for k in _flag_keys(news)])
    f_hum = np.array([bool(found.get(k)) for k in _flag_keys(hum)])
    s_news, s_hum = shipped(news) >= 0.5, shipped(hum) >= 0.5
    e_news = np.array([eng[k] >= 0.5 for k in _flag_keys(news)])
    e_hum = np.array([eng[k] >= 0.5 for k in _flag_keys(hum)])
    major = news.labels["major"]
    print("score: the segment scored against its own source; engine: the highest sentences[].garble_score of the")
    print("segment's sentences when the whole article is checked with its original (aligned sentence by sentence)")
    print(f"{'MT segments with a Major Accuracy error':40} {'finding':>8} {'score':>8} {'either':>8} {'engine':>8} "
          f"{'either':>8}  (of n)")
    rows = [("any Major Accuracy error", major)]
    cats = sorted({c for cs in news.labels["cats"] for c in cs})
    rows += [(f"  {c}", np.array([c in cs for cs in news.labels["cats"]])) for c in cats]
    rows += [("MT, no error from any rater", news.labels["clean"])]
    for name, k in rows + [("ref.A/ref.B (human)", None)]:
        f, s_, e = (f_hum, s_hum, e_hum) if k is None else (f_news[k], s_news[k], e_news[k])
        print(f"{name:40} {np.mean(f):8.1%} {np.mean(s_):8.1%} {np.mean(f | s_):8.1%} {np.mean(e):8.1%} "
              f"{np.mean(f | e):8.1%}  ({len(f)})")
    print("target: either >= 40% of the MT segments with a Major Accuracy error, <= 5% of ref.A/ref.B")


def tradeoff(dev: dict[str, Part], test: dict[str, Part], split: str) -> None:
    """Catch at 3/5/10% false alarms, the thresholds set on dev (post-edits; human news translations,
    for news together with the dev findings), the figures read on test."""
    bad = test["mt"].labels["hter"] > 0.5
    d_pe, t_pe, t_mt = shipped(dev["pe"]), shipped(test["pe"]), shipped(test["mt"])
    f_dev = segment_findings("dev")
    fd_hum = np.array([bool(f_dev.get(k)) for k in _flag_keys(dev["human"])])
    found = segment_findings(split)
    ft_news = np.array([bool(found.get(k)) for k in _flag_keys(test["news"])])
    ft_hum = np.array([bool(found.get(k)) for k in _flag_keys(test["human"])])
    d_hum, t_news, t_hum = shipped(dev["human"]), shipped(test["news"]), shipped(test["human"])
    major = test["news"].labels["major"]
    print("trade-off (threshold set on dev for that alarm rate, figures on test):")
    for a in (0.03, 0.05, 0.10):
        thr = np.quantile(d_pe, 1 - a)
        line = (f"  {a:4.0%} dev alarms: MLQE HTER>0.5 caught {np.mean(t_mt[bad] >= thr):5.1%} "
                f"(post-edits {np.mean(t_pe >= thr):4.1%})")
        tn = np.quantile(d_hum, 1 - a)
        line += (f"; news score alone {np.mean(t_news[major] >= tn):5.1%} (refs {np.mean(t_hum >= tn):4.1%})")
        # finding OR score: the score threshold that lets the dev refs reach ``a`` together with the findings
        room = [t for t in np.unique(d_hum)[::-1] if np.mean(fd_hum | (d_hum >= t)) <= a]
        tc = room[-1] if room else np.inf
        line += (f"; finding or score {np.mean(ft_news[major] | (t_news[major] >= tc)):5.1%} "
                 f"(refs {np.mean(ft_hum | (t_hum >= tc)):4.1%})")
        print(line)


def unrelated_figures(parts: dict[str, Part]) -> None:
    part = parts["unrelated"]
    s = shipped(part)
    copies = np.array([src == mt for src, mt in part.pairs])
    print(f"unrelated pairs (a source with another sentence's translation) >= 0.5: {rate(s[~copies])} "
          f"(English-only {np.mean(part.eng[~copies] >= 0.5):.1%}); sources left untranslated: {rate(s[copies])} "
          f"(English-only {np.mean(part.eng[copies] >= 0.5):.1%})")


def wmt22_figures(cache: qd.EmbedCache) -> None:
    part = load_parts("wmt22", cache)["wmt22"]
    s = shipped(part)
    score = part.labels["score"]
    print(f"WMT22 dev (another year, {len(s)} segments): Pearson(-score, MQM score) {pearson(-s, score):.3f} "
          f"(English-only {pearson(-part.eng, score):.3f}); >= 0.5 on error-free {rate(s[score >= 100])}, "
          f"on segments scored <= -5 (a Major error) {rate(s[score <= -5])}")


def speed(parts: dict[str, Part]) -> None:
    from checks.accuracy.embed import embedder

    t = time.perf_counter()
    qe.QEModel()
    load = time.perf_counter() - t
    part = parts["mt"]
    pairs, eng, vecs = part.pairs[:1000], part.eng[:1000].tolist(), _vectors(part, 1000)
    qe.scores_from_vectors(pairs, eng, *vecs)
    runs = []
    for _ in range(3):
        t = time.perf_counter()
        qe.scores_from_vectors(pairs, eng, *vecs)
        runs.append(time.perf_counter() - t)
    e = embedder()
    e.embed(["warm up"])
    fresh = [f"{s} ({i})" for i, (s, _) in enumerate(part.pairs[:20])]
    t = time.perf_counter()
    for x in fresh:
        e.embed([x])
    one = (time.perf_counter() - t) / len(fresh)
    full = qe.source_aware_scores(part.pairs[:20], part.eng[:20].tolist())
    fast = qe.scores_from_vectors(part.pairs[:20], part.eng[:20].tolist(), *_vectors(part, 20))
    assert np.allclose(full, fast, atol=1e-4), "the cached vectors differ from the embedder's"
    print(f"model load {load * 1000:.1f} ms; model file {MODEL_PATH.stat().st_size / 1e3:.1f} kB")
    print(f"scoring 1,000 pairs beyond the embedding: best {min(runs) * 1000:.0f} ms; embedding one uncached "
          f"sentence: {one * 1000:.0f} ms (measured under the machine's current load)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="test")
    args = ap.parse_args()
    cache = qd.EmbedCache()
    parts = load_parts(args.split, cache)
    print(f"== MLQE-PE {args.split}, scored with their src ==")
    mlqe_figures(parts)
    print(f"== news, mqm-zhen {args.split} documents ==")
    news_figures(parts)
    print(f"== news, {args.split} documents: accuracy finding or score ==")
    combined_figures(args.split, parts)
    if args.split != "dev":
        print("== trade-off ==")
        tradeoff(load_parts("dev", cache), parts, args.split)
    print("== misaligned and untranslated ==")
    unrelated_figures(parts)
    print("== news, another year ==")
    wmt22_figures(cache)
    print("== speed ==")
    speed(parts)


if __name__ == "__main__":
    main()
