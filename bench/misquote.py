"""Quote verification bench (issue 6): speed on a large case and accuracy on statement/draft pairs.

1. Speed: 50,000 words of sources (MLQE-PE sentences, five "statements" of 10,000 words; a
   synthetic vocabulary when the data is absent) and a draft with 100 quotations: exact ones in
   varied quote styles, one-word and several-word alterations, ellipsis cuts, and quotations from
   text that is in no source. Prints the in-process time of ``verify_quotations`` cold (index
   built) and warm (index cached, as when the editor re-checks), of the misquote rules through
   the engine, and how many outcomes match what was generated.
2. Precision and recall on 400 synthetic quotations: same-domain sentences in no source, and
   one-word changes to source passages.
3. Short quotations (two or three words, one changed) inside a sentence of a source, restored from
   the words around them; the same made from sentences in no source must stay not found.
4. Real translation drift: MLQE-PE raw MT sentences quoted against their human post-edits, by HTER.
5. Accuracy on the pairs in samples/: ``misquote_expected.json`` lists, per draft, its sources and
   the expected outcome of each quotation in order.

    python bench/misquote.py
"""

from __future__ import annotations

import json
import random
import re
import statistics
import time

from common import DATA, SAMPLES, read_split

from checks import CheckOptions, check_text
from checks.document import Document
from checks.misquote import ALTERED, NOT_FOUND, VERIFIED, verify_quotations
from checks.misquote.index import build_index
from checks.misquote.text import normalise_word
from checks.registry import select_codes
from checks.stylesheet import SourceDocument

SOURCE_WORDS = 50_000
N_QUOTES = 100
STYLES = [("“", "”"), ('"', '"'), ("«", "»"), ("“", ".”"), ("“", ",” he said")]


def sentences(pair: str, split: str) -> list[str]:
    if DATA.exists():
        return [r["mt"].strip() for r in read_split(pair, split) if len(r["mt"].split()) >= 12]
    rng = random.Random(pair + split)
    vocab = [f"w{i}" for i in range(8000)]
    return [" ".join(rng.choice(vocab) for _ in range(rng.randint(12, 30))) + "." for _ in range(4000)]


def make_sources(rng: random.Random) -> tuple[list[SourceDocument], list[str]]:
    pool = sentences("ro-en", "train") + sentences("et-en", "train")
    rng.shuffle(pool)
    chunks: list[list[str]] = [[]]
    used, words = [], 0
    for s in pool:
        if words >= SOURCE_WORDS:
            break
        if sum(len(x.split()) for x in chunks[-1]) >= SOURCE_WORDS // 5:
            chunks.append([])
        chunks[-1].append(s)
        used.append(s)
        words += len(s.split())
    docs = [SourceDocument(f"statement{k + 1}.txt", "\n\n".join(" ".join(c[i : i + 4]) for i in range(0, len(c), 4)))
            for k, c in enumerate(chunks)]
    return docs, used


def quote_from(sentence: str, rng: random.Random, lo: int = 6, hi: int = 20) -> list[str]:
    words = sentence.rstrip(".").split()
    n = rng.randint(min(lo, len(words)), min(hi, len(words)))
    start = rng.randint(0, len(words) - n)
    return words[start : start + n]


def make_draft(used: list[str], rng: random.Random) -> tuple[str, list[str]]:
    vocab = sorted({w for s in used[:400] for w in s.split() if w.isalpha() and len(w) > 3})
    outside = sentences("ne-en", "test")
    paras, expected = [], []
    for k in range(N_QUOTES):
        kind = ["exact"] * 5 + ["one"] * 2 + ["several", "ellipsis", "missing"]
        kind = kind[k % 10]
        src = rng.choice(used)
        words = quote_from(src, rng, 8 if kind in ("several", "ellipsis") else 6)
        if kind == "one":
            i = rng.randrange(1, len(words))
            words[i] = rng.choice([w for w in vocab if w.lower() != words[i].lower()])
            exp = ALTERED
        elif kind == "several":
            i, j = rng.sample(range(1, len(words)), 2)
            words[i] = rng.choice(vocab)
            del words[j]
            exp = ALTERED
        elif kind == "ellipsis":
            cut = len(words) // 2
            words = words[: cut - 1] + ["…"] + words[cut + 1 :]
            exp = VERIFIED
        elif kind == "missing":
            words = quote_from(rng.choice(outside), rng)
            exp = NOT_FOUND
        else:
            exp = VERIFIED
        opener, closer = STYLES[k % len(STYLES)]
        body = " ".join(words).replace("“", "").replace("”", "").replace('"', "")
        lead = "Minister Anna Kask said that" if k % 3 == 0 else "The official said on Tuesday that"
        paras.append(f"{lead} {opener}{body}{closer} The talks continue.")
        expected.append(exp)
    return "\n\n".join(paras) + "\n", expected


def best_of(fn, n=5) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def speed() -> None:
    rng = random.Random(6)
    sources, used = make_sources(rng)
    draft, expected = make_draft(used, rng)
    n_words = sum(len(s.text.split()) for s in sources)

    def cold_run():
        build_index.cache_clear()
        normalise_word.cache_clear()
        return verify_quotations(Document(draft), sources)

    t = time.perf_counter()
    checks = cold_run()
    first = time.perf_counter() - t
    cold = best_of(cold_run, 3)
    warm = best_of(lambda: verify_quotations(Document(draft), sources))
    opts = CheckOptions(sources=sources, select=select_codes(["misquote"]))
    engine = best_of(lambda: check_text(draft, opts), 3)
    got = [c.status for c in checks]
    print(f"sources: {len(sources)} documents, {n_words} words; draft: {len(draft.split())} words, "
          f"{len(checks)} quotations")
    print(f"verify_quotations cold (index built): {cold * 1000:.0f} ms best of 3, first run {first * 1000:.0f} ms")
    print(f"verify_quotations warm (index cached): {warm * 1000:.0f} ms")
    print(f"misquote rules through the engine (warm): {engine * 1000:.0f} ms")
    if len(got) == len(expected):
        hits = sum(g == e for g, e in zip(got, expected))
        print(f"synthetic outcomes as generated: {hits}/{len(expected)}")
        for kind in (VERIFIED, ALTERED, NOT_FOUND):
            idx = [i for i, e in enumerate(expected) if e == kind]
            ok = sum(got[i] == kind for i in idx)
            wrong = statistics.multimode([got[i] for i in idx if got[i] != kind]) if ok < len(idx) else []
            print(f"  expected {kind:9}: {ok}/{len(idx)}" + (f" (others mostly {wrong})" if wrong else ""))
    else:
        print(f"quotation count differs: {len(got)} found, {len(expected)} generated")


def precision_recall() -> None:
    """Quotations from same-domain text in no source (must not be called verified or altered), and
    one-word changes to source passages (must be altered, pointing at the changed word)."""
    rng = random.Random(7)
    sources, used = make_sources(rng)
    vocab = sorted({w for s in used[:400] for w in s.split() if w.isalpha() and len(w) > 3})
    foreign = sentences("ro-en", "test") + sentences("et-en", "test")
    rng.shuffle(foreign)
    paras, kinds = [], []
    for k in range(200):
        paras.append("Officials said that “" + " ".join(quote_from(foreign[k], rng)) + "” on Tuesday.")
        kinds.append(("foreign", None))
    for k in range(200):
        words = quote_from(rng.choice(used), rng, 6)
        words = [w.strip("\"“”") for w in words]
        i = rng.randrange(1, len(words))
        new = rng.choice([w for w in vocab if w.lower() != words[i].lower()])
        words[i] = new
        paras.append("Officials said that “" + " ".join(words) + "” on Tuesday.")
        kinds.append(("changed", new))
    draft = "\n\n".join(paras) + "\n"
    checks = verify_quotations(draft, sources)
    if len(checks) != len(kinds):
        print(f"precision/recall: {len(checks)} quotations found, {len(kinds)} generated")
        return
    false_found = sum(1 for c, (k, _) in zip(checks, kinds) if k == "foreign" and c.status != NOT_FOUND)
    caught = pointed = 0
    for c, (k, new) in zip(checks, kinds):
        if k == "changed" and c.status == ALTERED:
            caught += 1
            pointed += any(new in draft[d.start : d.end] for d in c.diffs)
    print(f"quotations from text in no source, wrongly matched: {false_found}/200")
    print(f"one-word changes caught as altered: {caught}/200, the changed word inside a suggestion: {pointed}/200")


def short_quotes(n: int = 200) -> None:
    """A stretch of two or three words in the middle of a sentence quoted with one word changed: in
    a source sentence it must come back altered with the source's word offered; in a sentence of no
    source it must stay not found."""
    rng = random.Random(11)
    sources, used = make_sources(rng)
    vocab = sorted({w for s in used[:400] for w in s.split() if w.isalpha() and len(w) > 3})
    foreign = sentences("ro-en", "test") + sentences("et-en", "test")
    rng.shuffle(foreign)

    def made(sentence: str) -> tuple[str, str, str] | None:
        words = sentence.split()
        k = rng.choice((2, 3))
        if len(words) < k + 10:
            return None
        i = rng.randrange(5, len(words) - k - 4)
        quoted = words[i : i + k]
        if not all(w.isalpha() for w in quoted):
            return None
        j = rng.randrange(k)
        old, new = quoted[j], rng.choice([w for w in vocab if w.lower() != quoted[j].lower()])
        quoted[j] = new
        return " ".join(words[:i] + ["“" + " ".join(quoted) + "”"] + words[i + k :]), old, new

    cases = [(m, "source") for m in map(made, used) if m][:n] + [(m, "none") for m in map(made, foreign) if m][:n]
    restored = wrongly = 0
    for (draft, old, new), kind in cases:
        checks = verify_quotations(draft, sources)
        status = checks[0].status if checks else NOT_FOUND
        if kind == "source":
            restored += status == ALTERED and any(d.replacement == old for d in checks[0].diffs)
        else:
            wrongly += status != NOT_FOUND
    in_source = sum(1 for _, k in cases if k == "source")
    print(f"short quotations (2-3 words, one changed) in a source sentence, restored: {restored}/{in_source}; "
          f"in no source, wrongly matched: {wrongly}/{len(cases) - in_source}")


def detokenise(s: str) -> str:
    """Undo the tokenisation of MLQE-PE post-edits (``Zola 's trial`` , ``do n't``) for the source text."""
    s = re.sub(r" (?=[,.;:!?%)\]]|'s\b|'re\b|'ve\b|'ll\b|'d\b|'m\b|n't\b)", "", s)
    return re.sub(r"([(\[]) ", r"\1", s)


def mt_drift(pair: str = "ro-en", n: int = 1000) -> None:
    """Real translation drift: MLQE-PE post-edits are the source, the raw MT of each sentence is
    quoted in a draft. Unedited sentences (HTER 0) must verify; the rest, by how much was edited,
    are counted as altered (a close match with a diff) or not found (too far to call one a version
    of the other)."""
    if not DATA.exists():
        return
    rows = [r for r in read_split(pair, "dev") if len(r["mt"].split()) >= 4][:n]
    strip = str.maketrans("", "", "\"“”«»„")
    source = SourceDocument("post-edits.txt", "\n\n".join(detokenise(r["pe_tok"].translate(strip)) for r in rows))
    draft = "\n\n".join(f"Officials said “{r['mt'].translate(strip)}” on Tuesday." for r in rows) + "\n"
    checks = verify_quotations(draft, [source])
    if len(checks) != len(rows):
        print(f"MT drift: {len(checks)} quotations found, {len(rows)} generated")
        return
    bins = [(0, 0), (0.0001, 0.1), (0.1, 0.2), (0.2, 0.35), (0.35, 10)]
    print(f"MT drift ({pair} dev, {len(rows)} MT sentences quoted against their post-edits):")
    for lo, hi in bins:
        got = [c.status for c, r in zip(checks, rows) if lo <= float(r["hter"]) <= hi]
        if got:
            label = "HTER 0" if hi == 0 else f"HTER {lo:.2f}-{hi:.2f}" if hi < 10 else f"HTER > {lo:.2f}"
            print(f"  {label:16} n={len(got):4}: verified {got.count(VERIFIED):4}  altered {got.count(ALTERED):4}"
                  f"  not found {got.count(NOT_FOUND):4}")


def pairs() -> None:
    spec = json.loads((SAMPLES / "misquote_expected.json").read_text(encoding="utf-8"))
    total = hits = 0
    for draft_name, case in spec.items():
        draft = (SAMPLES / draft_name).read_text(encoding="utf-8")
        sources = [SourceDocument(n, (SAMPLES / n).read_text(encoding="utf-8")) for n in case["sources"]]
        checks = verify_quotations(draft, sources)
        want = case["quotations"]
        rows = list(zip(checks, want))
        ok = 0
        for c, w in rows:
            good = c.status == w["status"] and c.misattributed == w.get("misattributed", False)
            ok += good
            if not good:
                print(f"  MISS {draft_name}: {c.text[:50]!r} got {c.status}"
                      f"{' misattributed' if c.misattributed else ''}, want {w['status']}")
        if len(checks) != len(want):
            print(f"  {draft_name}: {len(checks)} quotations found, {len(want)} expected")
        total += max(len(checks), len(want))
        hits += ok
        print(f"{draft_name}: {ok}/{len(want)} outcomes as expected")
    print(f"pairs overall: {hits}/{total} ({hits / total:.0%})")


if __name__ == "__main__":
    speed()
    precision_recall()
    short_quotes()
    mt_drift()
    pairs()
