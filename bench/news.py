"""News figures of the garble score and of every rule on the MQM data (issue 15), as an editor runs them.

    python bench/news.py [--split test|dev|train|all] [--rules-split all]

Each system's translation of a document becomes one draft, a segment per paragraph, checked by the
engine with the built-in glossary and the sample names list, as a desk would. A segment's score is the
largest garble score of its sentences; it is *flagged* when that score is >= 0.5 or a garble finding
falls in it. Printed: Pearson of the score with the MQM penalty and with the penalty per word; the share
of MT segments with a Major fluency error flagged (catch), of error-free MT segments and of the human
translations (ref.A, ref.B) flagged (false alarms); the mean score per system and its rank beside the
raters' rank; every rule's firing rate per 1,000 segments on human and on MT segments; and the same
score's Pearson on the WMT 2022 dev set (another year: nothing is fitted on it).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import mqm  # noqa: E402
from common import SAMPLES  # noqa: E402

from checks.engine import check_text  # noqa: E402
from checks.stylesheet import CheckOptions, load_names_csv  # noqa: E402

THRESHOLD = 0.5


def _options() -> CheckOptions:
    return CheckOptions(names=load_names_csv(SAMPLES / "names.csv"))  # the built-in glossary is always merged


def run_engine(segs: list[mqm.Segment], options: CheckOptions | None = None) -> dict[int, dict]:
    """Per segment (by its index in ``segs``): ``score`` (max over its sentences), ``rules`` fired, ``garble``."""
    options = options or _options()
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, s in enumerate(segs):
        groups[(s.system, s.doc)].append(i)
    out: dict[int, dict] = {}
    for idx in groups.values():
        idx.sort(key=lambda i: segs[i].seg_id)
        parts, spans, pos = [], [], 0
        for i in idx:
            t = " ".join(segs[i].text.split())
            parts.append(t)
            spans.append((pos, pos + len(t)))
            pos += len(t) + 2
        report = check_text("\n\n".join(parts), options)
        for i, (a, b) in zip(idx, spans):
            scores = [x.garble_score for x in report.sentences if a <= x.start < b] or [0.0]
            rules = [f.rule for f in report.findings if a <= f.start < b]
            out[i] = {"score": max(scores), "rules": rules, "garble": any(r.startswith("G") for r in rules)}
    return out


def pearson(a, b) -> float:
    a, b = np.asarray(a, float), np.asarray(b, float)
    if a.std() == 0 or b.std() == 0:
        return float("nan")
    return float(np.corrcoef(a, b)[0, 1])


def news_figures(split: str, log=print) -> dict:
    segs = mqm.segments(None if split == "all" else split)
    t = time.perf_counter()
    res = run_engine(segs)
    log(f"news ({split} documents: {len({s.doc for s in segs})} documents, {len(segs)} segments of "
        f"{len({s.system for s in segs})} systems), engine {time.perf_counter() - t:.1f} s")
    score = np.array([res[i]["score"] for i in range(len(segs))])
    flagged = np.array([res[i]["score"] >= THRESHOLD or res[i]["garble"] for i in range(len(segs))])
    human = np.array([s.human for s in segs])
    mt = ~human
    majflu = np.array([s.major_fluency for s in segs]) & mt
    free = np.array([s.error_free for s in segs]) & mt
    pen = np.array([s.penalty for s in segs])
    ppw = np.array([s.penalty_per_word for s in segs])
    words = np.array([s.words for s in segs])
    fig = {
        "pearson_mqm": pearson(score, pen),
        "pearson_mqm_per_word": pearson(score, ppw),
        "pearson_mqm_per_word_mt": pearson(score[mt], ppw[mt]),
        "catch": float(flagged[majflu].mean()),
        "free_alarm": float(flagged[free].mean()),
        "human_alarm": float(flagged[human].mean()),
    }
    log(f"  Pearson(score, MQM penalty) {fig['pearson_mqm']:.3f} (length alone {pearson(words, pen):.3f}); "
        f"with MQM per word {fig['pearson_mqm_per_word']:.3f} (MT only {fig['pearson_mqm_per_word_mt']:.3f}; "
        f"length alone {pearson(words, ppw):.3f})")
    log(f"  flagged (score >= {THRESHOLD} or a garble finding): MT with a Major fluency error "
        f"{fig['catch']:.1%} of {majflu.sum()} (target >= 30%); error-free MT {fig['free_alarm']:.1%} of "
        f"{free.sum()} (<= 3%); human ref.A/ref.B {fig['human_alarm']:.1%} of {human.sum()} (<= 3%)")
    log(f"  score >= {THRESHOLD} alone: Major fluency MT {(score[majflu] >= THRESHOLD).mean():.1%}, error-free MT "
        f"{(score[free] >= THRESHOLD).mean():.1%}, human {(score[human] >= THRESHOLD).mean():.1%}")
    fig["ranks"] = system_ranks(segs, score, log)
    fig["rules"] = rule_rates(segs, res, log)
    return fig


def system_ranks(segs, score, log=print) -> dict[str, int]:
    by = defaultdict(list)
    pen = defaultdict(list)
    for s, v in zip(segs, score):
        by[s.system].append(v)
        pen[s.system].append(s.penalty)
    systems = sorted(by, key=lambda k: np.mean(by[k]))
    raters = sorted(pen, key=lambda k: np.mean(pen[k]))
    log("  system               mean score  rank  raters' rank (mean MQM penalty)")
    for k, sysname in enumerate(systems, 1):
        log(f"  {sysname:20} {np.mean(by[sysname]):10.3f} {k:5d}  {raters.index(sysname) + 1:5d} ({np.mean(pen[sysname]):.2f})")
    ranks = {s: systems.index(s) + 1 for s in systems}
    log(f"  human translations rank {ranks.get('ref.A')} and {ranks.get('ref.B')} of {len(systems)} (target: 1 and 2)")
    return ranks


def rule_rates(segs, res, log=print) -> dict[str, tuple[float, float]]:
    """Findings per 1,000 segments on human and on MT segments, per rule."""
    nh = sum(s.human for s in segs)
    nm = len(segs) - nh
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for i, s in enumerate(segs):
        for r in res[i]["rules"]:
            counts[r][0 if s.human else 1] += 1
    out = {}
    log(f"  rule   per 1,000 human / MT segments ({nh} human, {nm} MT)   human > half the MT rate?")
    for r in sorted(counts):
        h, m = counts[r][0] * 1000 / max(nh, 1), counts[r][1] * 1000 / max(nm, 1)
        out[r] = (h, m)
        log(f"  {r}   {h:7.1f} / {m:7.1f}   {'YES' if h > m / 2 else ''}")
    return out


def wmt22_figures(log=print) -> float:
    from checks.garble import score_texts

    rows = mqm.wmt22_dev()
    sc = np.array(score_texts([" ".join(r["mt"].split()) for r in rows]))
    quality = np.array([float(r["score"]) for r in rows])
    p = pearson(sc, -quality)
    err = quality < 100
    log(f"WMT 2022 dev (another year, {len(rows)} segments): Pearson(score, -MQM score) {p:.3f}; "
        f"score >= {THRESHOLD}: {(sc[err] >= THRESHOLD).mean():.1%} of {int(err.sum())} with errors, "
        f"{(sc[~err] >= THRESHOLD).mean():.1%} of {int((~err).sum())} error-free")
    return p


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="test", choices=("test", "dev", "train", "all"))
    args = ap.parse_args()
    if not mqm.available():
        sys.exit(f"no MQM data at {mqm.MQM}: set EDITOR_CHECK_SHARED")
    news_figures(args.split)
    wmt22_figures()


if __name__ == "__main__":
    main()
