"""Training data for the garble score: MLQE-PE and the news MQM data as feature matrices, cached.

Used by ``train_garble.py`` (and the bench): sentence feature matrices exactly as at run time, word
labels for the taggers (MLQE-PE's OK/BAD tags; the news raters' error spans), and a cache under
``bench/out/`` keyed by the feature code and the data, so a re-run that changes only the fitting is
cheap. Only weights and statistics are ever shipped: no sentence of either data set.
"""

from __future__ import annotations

import hashlib
import pickle
import re
from pathlib import Path

import numpy as np

import mqm
from common import OUT, PAIRS, read_split

from checks.garble import features as gf
from checks.garble import tokens as gt

BITS = 18
GARBLE = Path(gf.__file__).resolve().parent
# News error categories -> the kind of problem G005 names (model.KINDS order).
KIND_OF = {"Fluency": 0, "Accuracy/Mistranslation": 1, "Terminology": 1, "Locale_convention": 1, "Style": 2}


def detokenize(tok: str) -> str:
    """Moses-tokenized post-edit back to running text (enough for scoring: spacing and quotes)."""
    s = " " + tok.replace("&amp;", "&") + " "
    s = re.sub(r" ([,.;:!?%)\]}])", r"\1", s)
    s = re.sub(r"([(\[{$]) ", r"\1", s)
    s = re.sub(r" (n't|'s|'re|'m|'ve|'ll|'d|’s)(?=\W)", r"\1", s, flags=re.I)
    s = re.sub(r"(?<=\w) '(?=[a-z])", "'", s, flags=re.I)  # split contractions: "don 't", "o 'clock"
    parts = s.split(' " ')
    out, opening = parts[0], True
    for p in parts[1:]:
        out += (' "' if opening else '" ') + p
        opening = not opening
    return " ".join(out.split())


def align_tags(mt: str, mt_toks: list[str], tags: list[str], spans: list[tuple[int, int]]):
    """Map Moses tokens (with their tags) onto our tokens by non-space character positions.

    Returns (moses ranges, our ranges) in non-space-character coordinates, or None if they disagree.
    """
    idx, k = {}, 0
    for i, c in enumerate(mt):
        if not c.isspace():
            idx[i] = k
            k += 1
    mr, pos = [], 0
    for t in mt_toks:
        mr.append((pos, pos + len(t)))
        pos += len(t)
    if pos != k:
        return None
    return mr, [(idx[s], idx[e - 1] + 1) for s, e in spans]


def load_mlqe(split: str, drop_overlap: bool = True) -> list[dict]:
    rows = [r for pair in PAIRS for r in read_split(pair, split)]
    if split == "train" and drop_overlap:
        held = {r["mt"] for pair in PAIRS for s in ("dev", "test") for r in read_split(pair, s)}
        rows = [r for r in rows if r["mt"] not in held]
    return rows


def news_text(seg: mqm.Segment) -> str:
    return " ".join(seg.text.split())


# -- sentence matrices -------------------------------------------------------------------------


def _scaled_counts(sids, idx, n: int, width: int):
    """Sparse counts of hashed features per sentence, each row scaled by 1/sqrt(its total count)."""
    import scipy.sparse as sp

    H = sp.csr_matrix((np.ones(len(sids)), (sids, idx)), shape=(n, width))  # duplicates summed
    total = np.maximum(np.bincount(sids, minlength=n), 1)
    return sp.diags(1.0 / np.sqrt(total)) @ H


def sentence_matrix(texts: list[str]):
    """Dense features and [word/class n-gram | character n-gram] hashed counts, exactly as at run time."""
    import scipy.sparse as sp

    b = gt.batch(texts)
    dense = gf.dense_features(b)
    width = 1 << BITS
    words = _scaled_counts(*gf.hashed_ngrams(b, BITS), len(texts), width)
    chars = _scaled_counts(*gf.char_ngrams(b, BITS), len(texts), width)
    return dense, sp.hstack([words, chars]).tocsr()


def _code_key() -> str:
    h = hashlib.blake2b(digest_size=8)
    for name in ("features.py", "tokens.py", "grammar.py", "lm.py", "ngrams.py"):
        h.update((GARBLE / name).read_bytes())
    h.update((GARBLE.parent / "data" / "garble_bigrams.npz").read_bytes())
    return h.hexdigest()


def cached(name: str, build, log=print):
    """``build()`` once per feature code version; kept in bench/out/."""
    path = OUT / f"garble_{name}_{_code_key()}.pkl"
    if path.exists():
        with open(path, "rb") as fh:
            return pickle.load(fh)
    value = build()
    OUT.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
    log(f"  cached {path.name}")
    return value


def mlqe_matrices(split: str, log=print) -> dict:
    """MLQE-PE rows of a split with matrices of their MT and detokenized post-edits."""
    def build():
        rows = load_mlqe(split)
        return {"rows": rows, "mt": sentence_matrix([r["mt"] for r in rows]),
                "pe": sentence_matrix([detokenize(r["pe_tok"]) for r in rows])}
    return cached(f"mlqe_{split}", build, log)


def news_matrices(split: str, log=print) -> dict:
    """News segments of a split (all systems, human translations included) with their matrix."""
    def build():
        segs = mqm.segments(split)
        return {"segs": segs, "x": sentence_matrix([news_text(s) for s in segs])}
    return cached(f"news_{split}", build, log)


# -- word labels -------------------------------------------------------------------------------


def _one_hot_rows(feats: np.ndarray):
    import scipy.sparse as sp

    n = len(feats)
    return sp.csr_matrix(
        (np.ones(feats.size, np.float32), (np.repeat(np.arange(n), feats.shape[1]), feats.ravel())), shape=(n, 1 << BITS)
    )


def mlqe_token_matrix(rows: list[dict]):
    """Token-in-context features of MT words, BAD labels mapped from the Moses tags, and the alignment."""
    b = gt.batch([r["mt"] for r in rows])
    words, feats = gf.token_context_features(b, BITS)
    bounds = np.searchsorted(b.sid[words], np.arange(len(rows) + 1))
    keep, Y, metas = [], [], []
    for k, r in enumerate(rows):
        spans = gt.token_spans(r["mt"])
        moses = [t.replace("&amp;", "&") for t in r["mt_tok"].split()]
        tags = r["mt_tok_tags"].split()
        al = align_tags(r["mt"], moses, tags, [(s, e) for s, e, _ in spans])
        if al is None or len(tags) != len(moses):
            metas.append(None)
            continue
        mr, rr = al
        ours = [rr[j] for j in b.pos[words[bounds[k] : bounds[k + 1]]]]
        for a, e in ours:
            Y.append(int(any(tags[q] == "BAD" for q, (x, y) in enumerate(mr) if x < e and y > a)))
        keep.extend(range(bounds[k], bounds[k + 1]))
        metas.append((mr, ours, tags))
    return _one_hot_rows(feats[keep]), np.array(Y), metas


def news_token_matrix(segs: list[mqm.Segment]):
    """Token features of news words; BAD where a rater's error span covers the word, and its kind.

    Whole-segment marks (omissions) say nothing about a word and are left out; a word's kind is that
    of the most severe span over it (-1 for OK words and for categories G005 does not name).
    """
    texts = [news_text(s) for s in segs]
    b = gt.batch(texts)
    words, feats = gf.token_context_features(b, BITS)
    bad = np.zeros(len(words), int)
    kind = np.full(len(words), -1)
    sid, pos = b.sid[words], b.pos[words]
    spans = [gt.token_spans(t) for t in texts]
    errors = [_error_spans(s, t) for s, t in zip(segs, texts)]
    for j in range(len(words)):
        start, end, _ = spans[sid[j]][pos[j]]
        over = [e for e in errors[sid[j]] if e[0] < end and e[1] > start]
        if over:
            bad[j] = 1
            worst = max(over, key=lambda e: e[3])
            kind[j] = worst[2]
    return _one_hot_rows(feats), bad, kind


def _error_spans(seg: mqm.Segment, text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, kind, severity rank) of a segment's word-level errors, in ``text`` coordinates."""
    if text != seg.text:  # whitespace was normalised: map offsets through the non-space characters
        return _remap(seg, text)
    out = []
    for a, b, cat, sev in seg.errors:
        if a == 0 and b == len(seg.text):
            continue
        k = next((v for key, v in KIND_OF.items() if cat.startswith(key)), -1)
        out.append((a, b, k, 2 if sev == "Major" else 1))
    return out


def _remap(seg: mqm.Segment, text: str) -> list[tuple[int, int, int, int]]:
    orig_nonspace = [i for i, c in enumerate(seg.text) if not c.isspace()]
    new_nonspace = [i for i, c in enumerate(text) if not c.isspace()]
    where = {o: n for o, n in zip(orig_nonspace, new_nonspace)}
    out = []
    for a, b, cat, sev in seg.errors:
        if a == 0 and b == len(seg.text):
            continue
        inside = [where[i] for i in range(a, b) if i in where]
        if inside:
            k = next((v for key, v in KIND_OF.items() if cat.startswith(key)), -1)
            out.append((inside[0], inside[-1] + 1, k, 2 if sev == "Major" else 1))
    return out


def word_f1(metas, probs, threshold) -> float:
    """F1 of BAD over the Moses tokens: a Moses token is marked when a word over it is marked."""
    tp = fp = fn = 0
    k = 0
    for m in metas:
        if m is None:
            continue
        mr, rr, tags = m
        p = probs[k : k + len(rr)]
        k += len(rr)
        for q, (x, y) in enumerate(mr):
            marked = any(p[j] >= threshold for j, (a, b) in enumerate(rr) if a < y and b > x)
            gold = tags[q] == "BAD"
            tp += marked and gold
            fp += marked and not gold
            fn += gold and not marked
    return 2 * tp / max(2 * tp + fp + fn, 1)
