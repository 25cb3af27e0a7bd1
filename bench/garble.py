"""Garble score and word marks measured on the MLQE-PE test splits and the news test documents, plus speed.

    python bench/garble.py [--split test|dev] [--no-news]

Prints per pair: Pearson of -score with da_z; the share of detokenized human post-edits scoring
>= 0.5 (false alarms on clean text); the share of MT sentences with HTER > 0.5 scoring >= 0.5
(catch rate); word-level F1 of the marked words against mt_tok_tags (BAD); then the time to
score 1,000 sentences in-process, a 2,000-word draft and the 5,000 test sentences joined into one
draft through the garble score and rules, and the model size. Then the news figures on the held-out
news test documents (bench/news.py: Pearson with MQM and MQM per word, catch of Major fluency errors,
flag rates on the human translations and on error-free MT, system means and ranks, every rule's rate
on human and MT segments) and on the WMT 2022 dev set.
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np
from common import PAIRS, joined_test_text, read_split, words_draft
from garble_data import align_tags, detokenize

from checks.garble import tokens as gt
from checks.document import Document
from checks.garble import score_texts
from checks.garble.model import DATA as MODEL_PATH
from checks.garble.model import model


def word_prf(rows: list[dict], scores: list[float], only_flagged: bool) -> tuple[float, float, float]:
    """Precision, recall, F1 of BAD over Moses tokens; a token is marked when a marked word covers it."""
    m = model()
    tp = fp = fn = 0
    for r, sc in zip(rows, scores):
        tags = r["mt_tok_tags"].split()
        spans = gt.token_spans(r["mt"])
        al = align_tags(r["mt"], [t.replace("&amp;", "&") for t in r["mt_tok"].split()], tags, [(s, e) for s, e, _ in spans])
        if al is None:
            continue
        mr, rr = al
        marked_ranges = []
        if sc >= 0.5 or not only_flagged:
            starts = {s: j for j, (s, _, _) in enumerate(spans)}
            for s, e, p in m.word_badness(r["mt"]):
                if p >= m.tag_threshold:
                    marked_ranges.append(rr[starts[s]])
        for q, (x, y) in enumerate(mr):
            marked = any(a < y and b > x for a, b in marked_ranges)
            gold = tags[q] == "BAD"
            tp += marked and gold
            fp += marked and not gold
            fn += gold and not marked
    p = tp / max(tp + fp, 1)
    r = tp / max(tp + fn, 1)
    return p, r, 2 * p * r / max(p + r, 1e-9)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="test")
    ap.add_argument("--no-news", action="store_true", help="skip the news figures")
    args = ap.parse_args()
    print(f"MLQE-PE {args.split} splits (train rows whose MT occurs in dev/test were left out of training)")
    print(f"{'pair':6} {'Pearson':>8} {'PE>=0.5':>8} {'HTER>0.5 caught':>16} {'word F1 (all)':>14} {'word F1 (flagged)':>18}")
    pearsons, pe_all, bad_all, all_rows, all_scores = [], [], [], [], []
    for pair in PAIRS:
        rows = read_split(pair, args.split)
        mt = score_texts([r["mt"] for r in rows])
        pe = score_texts([detokenize(r["pe_tok"]) for r in rows])
        da = np.array([float(r["da_z"]) for r in rows])
        hter = np.array([float(r["hter"]) for r in rows])
        p = float(np.corrcoef(-np.array(mt), da)[0, 1])
        pearsons.append(p)
        pe_share = float(np.mean(np.array(pe) >= 0.5))
        caught = np.array(mt)[hter > 0.5] >= 0.5
        pe_all.extend(pe)
        bad_all.extend(caught.tolist())
        all_rows.extend(rows)
        all_scores.extend(mt)
        f_all = word_prf(rows, mt, only_flagged=False)[2]
        f_fl = word_prf(rows, mt, only_flagged=True)[2]
        print(f"{pair:6} {p:8.3f} {pe_share:8.3f} {np.mean(caught):9.3f} of {len(caught):4d} {f_all:14.3f} {f_fl:18.3f}")
    pa = word_prf(all_rows, all_scores, only_flagged=False)
    pf = word_prf(all_rows, all_scores, only_flagged=True)
    print(f"mean Pearson(-score, da_z) over the five pairs: {np.mean(pearsons):.3f}")
    print(f"post-edits scoring >= 0.5: {np.mean(np.array(pe_all) >= 0.5):.3f} of {len(pe_all)}")
    print(f"MT with HTER > 0.5 scoring >= 0.5: {np.mean(bad_all):.3f} of {len(bad_all)}")
    print(f"word marks vs mt_tok_tags (BAD), all sentences: P {pa[0]:.3f} R {pa[1]:.3f} F1 {pa[2]:.3f}; "
          f"flagged sentences only: P {pf[0]:.3f} R {pf[1]:.3f} F1 {pf[2]:.3f}")

    sentences = [r["mt"] for r in all_rows]
    score_texts(sentences[:10])  # load the model and word lists once
    times = []
    for _ in range(3):
        t = time.perf_counter()
        score_texts(sentences)
        times.append(time.perf_counter() - t)
    print(f"scoring {len(sentences)} sentences in-process: best {min(times):.2f} s "
          f"({min(times) / len(sentences) * 1000 * 1000:.0f} ms per 1,000 sentences)")

    from checks.garble import check_garble, score_sentences
    from checks.stylesheet import CheckOptions

    opts = CheckOptions()

    def timed(text: str, repeats: int) -> tuple[list[float], int, int]:
        """Seconds per run of the garble score and rules, findings and sentences of ``text``."""
        runs = []
        for _ in range(repeats):
            doc = Document(text)
            _ = doc.sentences, doc.tokens  # the engine builds these for every family
            t = time.perf_counter()
            score_sentences(doc, opts)
            n = sum(1 for _ in check_garble(doc, opts))
            runs.append(time.perf_counter() - t)
        return runs, n, len(doc.sentences)

    runs, n, sents = timed(words_draft(2000), 5)
    print(f"2,000-word draft ({sents} sentences): garble score + rules "
          f"best {min(runs) * 1000:.0f} ms, median {statistics.median(runs) * 1000:.0f} ms, {n} findings")
    runs, n, sents = timed(joined_test_text(), 3)
    print(f"the 5,000 test sentences as one draft ({sents} sentences): garble score + rules "
          f"best {min(runs):.2f} s, {n} findings")
    print(f"model file {MODEL_PATH.stat().st_size / 1e6:.2f} MB; bigram table "
          f"{MODEL_PATH.with_name('garble_bigrams.npz').stat().st_size / 1e6:.2f} MB")
    load_times()
    if not args.no_news:
        import mqm
        import news

        if mqm.available():
            news.news_figures(args.split)
            news.wmt22_figures()
        else:
            print(f"no news MQM data at {mqm.MQM}: news figures skipped")


def load_times() -> None:
    """Seconds to load the score's model files in a fresh process (the budget is 2 s)."""
    import subprocess
    import sys

    code = ("import time; t = time.perf_counter(); from checks.garble import score_texts; "
            "score_texts(['The minister spoke on Monday.']); print(time.perf_counter() - t)")
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
            for _ in range(3)]
    print(f"import + load + first sentence in a fresh process: best {min(runs):.2f} s (budget 2 s)")


if __name__ == "__main__":
    main()
