"""Set the alarm points (the 0.5 of the score) of the source-aware score, per source script.

    python bench/calibrate_qe.py [--alarms 0.045] [--cjk-alarms 0.01]   # rewrites checks/data/accuracy_qe_model.npz

The trainer (bench/train_accuracy_qe.py) fits the weights and one 0.5 point for every script but CJK, where
4.5% of all dev post-edits score above it. The same raw score does not mean the same in every language
pair, so that single point flagged 7.6% of the Russian test post-edits and 2.3% of the Romanian ones.
Here each source script with at least MIN_ROWS dev post-edits (Latin, Cyrillic, Devanagari, Sinhala in
MLQE-PE) gets the point where ``--alarms`` of its own dev post-edits score above it; other scripts keep the
trainer's. For Chinese, Japanese and Korean sources the point is where ``--cjk-alarms`` of the dev human
news translations score above it: 274 dev segments make a noisy quantile, and on news the score hardly
tells good from bad (at the trainer's 3%, 7.0% of the test human translations and 7.9% of the WMT22
segments no rater faulted scored >= 0.5, against 8.0% of WMT22's Major-error ones). Only thresholds change:
weights, the ranking and every Pearson figure stay. Deterministic: it reads the dev split's cached
vectors (bench/out/qe_embed) through the shipped scoring code.
"""

from __future__ import annotations

import argparse
from collections import Counter

import numpy as np
import accuracy_qe_data as qd
from accuracy_qe import _vectors
from train_accuracy_qe import load_parts

from checks.accuracy import qe
from checks.accuracy import qe_features as qf
from checks.accuracy.qe import DATA as MODEL_PATH

ALARMS, CJK_ALARMS = 0.045, 0.01
MIN_ROWS = 500


def _raw(part, thresholds: np.ndarray, slope: float) -> np.ndarray:
    """The model's scores of a part (without the copy and English-only floors) back on the raw scale, each
    through the threshold it was scored with."""
    s = np.array(qe.scores_from_vectors(part.pairs, part.eng.tolist(), *_vectors(part), model_only=True))
    s = np.clip(s, 1e-12, 1 - 1e-12)
    return thresholds + np.log(s / (1 - s)) / slope


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--alarms", type=float, default=ALARMS, help=f"per script, share of its dev post-edits >= 0.5 "
                    f"(default {ALARMS})")
    ap.add_argument("--cjk-alarms", type=float, default=CJK_ALARMS, help=f"share of dev human news translations "
                    f">= 0.5 for a CJK source (default {CJK_ALARMS})")
    args = ap.parse_args()
    model = qe.model()
    if model.cjk_model is None:
        raise SystemExit("the model file has no CJK model (train it with --cjk-from)")
    parts = load_parts("dev", qd.EmbedCache())
    pe, human = parts["pe"], parts["human"]
    slope, base = model.calib[0], model.calib[1]
    scripts = np.array([qf.script_of(src) for src, _ in pe.pairs])
    raw_pe = _raw(pe, np.array([model.script_thr.get(s, base) for s in scripts]), slope)
    per_script = {s: float(np.quantile(raw_pe[scripts == s], 1 - args.alarms))
                  for s, n in sorted(Counter(scripts.tolist()).items()) if n >= MIN_ROWS and s != "cjk"}
    c = model.cjk_model
    raw_h = _raw(human, np.full(len(human.pairs), c.calib[2]), c.calib[0])
    cjk_thr = float(np.quantile(raw_h, 1 - args.cjk_alarms))
    with np.load(MODEL_PATH) as z:
        arrays = {k: z[k] for k in z.files}
    arrays["script_names"] = np.array(list(per_script))
    arrays["script_thr"] = np.array(list(per_script.values()))
    arrays["cjk_calib"] = arrays["cjk_calib"].copy()
    arrays["cjk_calib"][2] = cjk_thr
    np.savez_compressed(MODEL_PATH, **arrays)
    for s, t in per_script.items():
        k = scripts == s
        print(f"{s:10} 0.5 at {t:.3f} (trainer's {base:.3f}): dev post-edits >= 0.5 "
              f"{np.mean(raw_pe[k] >= base):.1%} -> {np.mean(raw_pe[k] >= t):.1%} of {k.sum()}")
    print(f"{'cjk':10} 0.5 at {cjk_thr:.3f} (was {c.calib[2]:.3f}): dev human translations >= 0.5 "
          f"{np.mean(raw_h >= c.calib[2]):.1%} -> {np.mean(raw_h >= cjk_thr):.1%} of {len(raw_h)}")


if __name__ == "__main__":
    main()
