"""Names bench: recall and right-fix rate on generated misspellings, false alarms on clean and near-miss names,
and the time the names checks add to a 2,000-word draft with a 5,000-entry names list.

Run: ``nice python bench/names.py`` (add ``--quick`` for a smaller sample). Everything is generated from a
fixed seed, so figures are repeatable.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.names_gen import Generator, Item, load_big_list, load_sample_list, other_real_people, shared_person_keys  # noqa: E402
from checks.names.text import translit_key  # noqa: E402
from checks.document import Document  # noqa: E402
from checks.names import check_names  # noqa: E402
from checks.names.index import _list_cache, list_index  # noqa: E402
from checks.stylesheet import CheckOptions  # noqa: E402

MISSPELLING_KINDS = ("surname-typo", "given-typo", "translit", "accent", "second-reference")


def run_item(item: Item, opts: CheckOptions):
    findings = list(check_names(Document(item.text), opts))
    hit = None
    false = []
    for f in findings:
        if item.target_start >= 0 and f.start <= item.target_start < f.end or (
            item.target_start >= 0 and item.target_start <= f.start < item.target_end
        ):
            hit = f
        else:
            false.append(f)
    fixed = False
    if hit is not None and hit.suggestions:
        s = hit.suggestions[0]
        new = item.text[: s.start] + s.replacement + item.text[s.end :]
        shift = len(s.replacement) - (s.end - s.start)
        fixed = new[item.target_start : item.target_end + shift] == item.expected
    return hit, fixed, false


def evaluate(label: str, entries, n_per_kind: int, n_clean: int, seed: int) -> dict:
    gen = Generator(entries, seed)
    opts = CheckOptions(names=entries)
    items: list[Item] = []
    for kind in MISSPELLING_KINDS:
        made = 0
        tries = 0
        while made < n_per_kind and tries < n_per_kind * 20:
            tries += 1
            it = gen.misspelling(kind)
            if it is not None:
                items.append(it)
                made += 1
    clean = [gen.clean() for _ in range(n_clean)]
    near = []
    while len(near) < n_clean:
        it = gen.near_miss()
        if it is not None:
            near.append(it)
    others = other_real_people(entries)
    gen.rng.shuffle(others)
    real = [gen.real_other(*o) for o in (others[:n_clean] if n_clean < 1000 else others)]
    country_of = {e.name: dict(e.extra).get("country", "") for e in entries}
    person_keys = shared_person_keys()
    by_kind = defaultdict(Counter)
    misses = []
    false_alarms = []
    for it in items:
        hit, fixed, false = run_item(it, opts)
        c = by_kind[it.kind]
        c["n"] += 1
        c["caught"] += hit is not None
        c["fixed"] += fixed
        c["false"] += len(false)
        if not fixed:
            misses.append((it, hit))
        false_alarms.extend((it, f) for f in false)
    same_person = []
    for group in (clean, near, real):
        for it in group:
            _, _, false = run_item(it, opts)
            c = by_kind[it.kind]
            c["n"] += 1
            if it.kind == "real-other":
                # the list's spelling offered for the same person is what the list is for, not a false alarm
                pid, country = it.expected.split("|")
                keys = person_keys.get(pid, set())
                same = []
                for f in false:
                    listed = f.message.split(": ", 1)[-1]
                    if translit_key(listed) in keys or (country and country_of.get(listed) == country):
                        same.append(f)
                same_person.extend((it, f) for f in same)
                false = [f for f in false if f not in same]
            c["false"] += len(false)
            false_alarms.extend((it, f) for f in false)
    total = sum(by_kind[k]["n"] for k in MISSPELLING_KINDS)
    caught = sum(by_kind[k]["caught"] for k in MISSPELLING_KINDS)
    fixed = sum(by_kind[k]["fixed"] for k in MISSPELLING_KINDS)
    print(f"\n== {label}: {len(entries)} names ==")
    print(f"{'kind':<18}{'items':>7}{'caught':>9}{'right fix':>11}{'false alarms':>14}")
    for kind, c in by_kind.items():
        if kind in MISSPELLING_KINDS:
            print(f"{kind:<18}{c['n']:>7}{c['caught'] / c['n']:>9.1%}{c['fixed'] / c['n']:>11.1%}{c['false']:>14}")
        else:
            print(f"{kind:<18}{c['n']:>7}{'':>9}{'':>11}{c['false']:>14}")
    n_fa = len(false_alarms)
    print(f"{'all misspellings':<18}{total:>7}{caught / total:>9.1%}{fixed / total:>11.1%}")
    print(f"false alarms on {len(clean)} clean, {len(near)} near-miss and {len(real)} other real officials' "
          f"names (and around the misspellings): {n_fa}")
    if real:
        print(f"other real officials: {len(same_person)} respelled to the list's spelling of the same person "
              f"(same Wikidata/CIA record or same country; expected), {by_kind['real-other']['false']} flagged "
              f"as someone else")
        for it, f in same_person[:12]:
            print(f"  same person [{it.kind}] {it.text[f.start:f.end]!r}: {f.message}")
    for it, hit in misses[:8]:
        got = f"{hit.rule} -> {hit.suggestions[0].replacement!r}" if hit and hit.suggestions else "nothing"
        print(f"  missed [{it.kind}] {it.text[it.target_start:it.target_end]!r} (want {it.expected!r}): {got}")
    for it, f in false_alarms[:8]:
        print(f"  false alarm [{it.kind}] {f.rule} {it.text[f.start:f.end]!r}: {f.message}")
    return {"recall": caught / total, "fixed": fixed / total, "false": n_fa}


def evaluate_draft_consistency(n: int, seed: int) -> None:
    gen = Generator(load_sample_list(), seed)
    opts = CheckOptions()
    items = []
    while len(items) < n:
        it = gen.draft_inconsistency()
        if it is not None:
            items.append(it)
    quiet = [gen.draft_two_people() for _ in range(n)]
    caught = fixed = fa = 0
    for it in items:
        hit, ok, false = run_item(it, opts)
        caught += hit is not None
        fixed += ok
        fa += len(false)
    for it in quiet:
        _, _, false = run_item(it, opts)
        fa += len(false)
    print(f"\n== consistency inside the draft (no names list): {n} misspellings, {n} two-people drafts ==")
    print(f"caught {caught / n:.1%}, right fix {fixed / n:.1%}, false alarms {fa}")


def timing(entries) -> None:
    from bench.common import words_draft

    gen = Generator(entries, 99)
    base = words_draft(2000)
    dense = []
    words = 0
    while words < 2000:
        it = gen.clean()
        dense.append(it.text)
        words += len(it.text.split())
    dense_text = "\n\n".join(dense)
    _list_cache.clear()
    t0 = time.perf_counter()
    list_index(entries)
    build = time.perf_counter() - t0
    opts = CheckOptions(names=entries)
    print(f"\n== speed: {len(entries)}-entry names list ==")
    print(f"index built once per list: {build * 1000:.0f} ms")
    for label, text in (("sample drafts + MLQE-PE", base), ("generated, name-dense", dense_text)):
        cpu, wall = [], []
        n_mentions = 0
        for _ in range(15):
            doc = Document(text)
            doc.tokens, doc.sentences  # built once per check for every family; not the names checks' cost
            c0, t0 = time.process_time(), time.perf_counter()
            found = list(check_names(doc, opts))
            cpu.append(time.process_time() - c0)
            wall.append(time.perf_counter() - t0)
            n_mentions = len(doc.memo("names.mentions", lambda d: []))
        print(
            f"{label}: {len(text.split())} words, {n_mentions} name candidates, {len(found)} findings: "
            f"CPU median {statistics.median(cpu) * 1000:.1f} ms (min {min(cpu) * 1000:.1f}), "
            f"wall median {statistics.median(wall) * 1000:.1f} ms per draft"
        )
    # with source documents: 50,000 words of MT sentences as sources, indexed once, then reused
    from bench.common import joined_test_text
    from checks.names.index import source_index
    from checks.stylesheet import SourceDocument

    words = joined_test_text().split(" ")
    source = SourceDocument("mlqe-test", " ".join(words[:50000]))
    with_src = CheckOptions(names=entries, sources=[source])
    source_index.cache_clear()
    c0 = time.process_time()
    list(check_names(Document(base), with_src))
    first = time.process_time() - c0
    cpu = []
    for _ in range(7):
        doc = Document(base)
        doc.tokens, doc.sentences
        c0 = time.process_time()
        list(check_names(doc, with_src))
        cpu.append(time.process_time() - c0)
    print(f"with a {len(source.text.split())}-word source: first check {first * 1000:.0f} ms (indexes the source), "
          f"then CPU median {statistics.median(cpu) * 1000:.1f} ms per draft")
    # the same through the whole engine, with and without the names list
    from checks import check_text

    for names in (entries, []):
        cpu = []
        for _ in range(7):
            c0 = time.process_time()
            check_text(base, CheckOptions(names=names))
            cpu.append(time.process_time() - c0)
        print(f"check_text, all families, {len(names)}-entry list: CPU median {statistics.median(cpu) * 1000:.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    n_kind, n_clean = (60, 150) if args.quick else (400, 1000)
    sample = load_sample_list()
    big = load_big_list(5000)
    evaluate("shipped names list (checks/data/names_list.csv)", sample, n_kind, n_clean, seed=1)
    evaluate("5,000-entry list (samples + shared Wikidata/CIA officials)", big, n_kind, n_clean, seed=2)
    evaluate_draft_consistency(n_kind, seed=3)
    timing(big)


if __name__ == "__main__":
    main()
