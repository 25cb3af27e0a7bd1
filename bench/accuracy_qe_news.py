"""Accuracy findings per news segment, for the combined news figure of bench/accuracy_qe.py.

Issue 14 judges the accuracy family on news by "an accuracy finding OR a source-aware score >= 0.5" per
MT segment. This module runs the A rules the way an editor gets them: every (system, document) of one
split of mqm-zhen joined into an article (one segment a paragraph, bench/accuracy_data.py), checked with
its original whole (aligned, then compared), each finding mapped back to the segment it points at (an
omission to the segment of the missing original sentence). Beside the rules, the score as the engine gives
it: the highest ``sentences[].garble_score`` among the segment's draft sentences (each scored against the
original sentences the aligner paired it with). The result is kept in bench/out/qe_news_findings_<split>.json
keyed by the accuracy family's code and model files, so it is recomputed only when they change; sentence vectors come from bench/out/accuracy_embed.npz (bench/accuracy_cache.py).
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import accuracy_qe_data as qd  # noqa: E402
from accuracy_cache import DiskCache  # noqa: E402
from accuracy_data import join_segments, mqm_docs  # noqa: E402
from common import OUT  # noqa: E402

from checks import CheckOptions  # noqa: E402
from checks.accuracy import split_original  # noqa: E402
from checks.document import Document  # noqa: E402
from checks.engine import check_document  # noqa: E402

A_RULES = frozenset(f"A00{i}" for i in range(1, 10))
ACCURACY_CODE = Path(__file__).resolve().parent.parent / "checks" / "accuracy"


def _code_tag() -> str:
    """A hash of the accuracy family's code and of the two score models."""
    h = hashlib.sha1()
    data = ACCURACY_CODE.parent / "data"
    for f in sorted(ACCURACY_CODE.glob("*.py")) + [data / "accuracy_qe_model.npz", data / "garble_model.npz"]:
        h.update(f.name.encode() + f.read_bytes())
    return h.hexdigest()[:12]


def segment_findings(split: str, log=print) -> dict[tuple[str, int], set[str]]:
    """{(system, seg_id): A rules pointing into that segment} over every document of ``split``."""
    return _segments(split, log)[0]


def engine_scores(split: str, log=print) -> dict[tuple[str, int], float]:
    """{(system, seg_id): the highest engine sentence score (garble_score) among the segment's sentences}."""
    return _segments(split, log)[1]


def _segments(split: str, log=print) -> tuple[dict, dict]:
    path = OUT / f"qe_news_findings_{split}.json"
    tag = _code_tag()
    if path.exists():
        saved = json.loads(path.read_text())
        if saved.get("code") == tag:
            return ({(s, int(i)): set(r) for s, i, r, _ in saved["segments"]},
                    {(s, int(i)): float(x) for s, i, _, x in saved["segments"]})
    cache = DiskCache()
    out: dict[tuple[str, int], set[str]] = {}
    best: dict[tuple[str, int], float] = {}
    docs = {k: v for k, v in mqm_docs().items() if qd.doc_split(k[1]) == split}
    t0 = time.time()
    for n, ((system, _doc), segs) in enumerate(sorted(docs.items())):
        original, draft, ospans, dspans = join_segments(segs)
        d = Document(draft)
        cache.load_into_embedder([original[s.start : s.end] for s in split_original(original)]
                                 + [draft[s.start : s.end] for s in d.sentences])
        report = check_document(d, CheckOptions(original=original, select=A_RULES))
        for seg in segs:
            out[(system, seg.seg_id)] = set()
            best[(system, seg.seg_id)] = 0.0
        for s in report.sentences:
            for a, b, i in dspans:
                if a <= s.start < b:
                    key = (system, segs[i].seg_id)
                    best[key] = max(best[key], s.garble_score)
        for f in report.findings:
            if f.start == f.end:  # an omission: the segment of the missing original sentence
                hit = [i for a, b, i in ospans if a <= f.original[0] < b]
            else:
                hit = [i for a, b, i in dspans if a <= f.start < b]
            for i in hit:
                out[(system, segs[i].seg_id)].add(f.rule)
        if n % 50 == 49:
            log(f"  news findings ({split}): {n + 1}/{len(docs)} documents, {time.time() - t0:.0f} s")
    cache.save_from_embedder()
    OUT.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"code": tag, "segments": [[s, i, sorted(r), best[(s, i)]]
                                                          for (s, i), r in sorted(out.items())]}))
    return out, best


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("splits", nargs="*", choices=["train", "dev", "test"], default=["dev", "test"])
    for split in parser.parse_args().splits:
        found = segment_findings(split)
        print(f"{split}: {len(found)} segments, {sum(bool(r) for r in found.values())} with an accuracy finding")
