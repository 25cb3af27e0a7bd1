"""G001 (spliced fragments) on clean text and on splices made from it; builds G001's lower-case word list.

    python bench/splice.py            # false alarms on three clean corpora, recall on made splices
    python bench/splice.py --build    # rebuild checks/data/garble_lowercase.txt from MLQE-PE train

A splice is two sentences run together where text was cut out (``…cuts to health and education
Spending plans were…``). G001 has two shapes: the capital is a function word (``visit By Washington's``)
or a common noun (the example). The second shape needs to know which words English writes in lower case
mid-sentence: ``--build`` counts, in the human post-edits and the machine translations of the MLQE-PE
*train* splits, how often each word follows a lower-case word in lower case and how often capitalised,
and keeps the words seen at least MIN_LOWER times in lower case and capitalised at most MAX_CAPITAL_SHARE
of that (``police``, ``party`` and ``court`` are capitalised too often; ``spending`` and ``prices`` never
are), less plurals of mostly capitalised words (``parliaments``) and a few news names (``Fed``).

Clean corpora (every G001 finding there is a false alarm; by shape):
- samples/*.txt, each checked whole (they do hold real splices: those are counted, not alarms);
- MLQE-PE post-edits (``pe_tok`` detokenized), train, dev and test splits of the five pairs;
- mqm-zhen human translations (systems ref.A and ref.B of newstest2021.errors.tsv).
Made splices: consecutive sentences of the test post-edits and of the mqm-zhen references joined
with the first one's full stop dropped, by what the second one starts with.
"""

from __future__ import annotations

import argparse
import collections
import csv
import re
import sys

from common import PAIRS, ROOT, SAMPLES, SHARED, read_split
from train_garble import detokenize

from checks import CheckOptions, check_text
from checks.document import TOKEN_RE
from checks.garble.patterns import LOWERCASE_WORDS, SPLICE_WORDS, lowercase_words
from checks.garble.tokens import FUNCTION_WORDS

MIN_LOWER = 8
MAX_CAPITAL_SHARE = 0.03
# News names spelled like common words that the Wikipedia counts cannot know ("Fed officials said").
PROPER_IN_NEWS = frozenset("fed target visa masters mirror express times post sun star shell gap".split())
G001_ONLY = CheckOptions(select=frozenset({"G001"}))


def post_edits(split: str) -> list[str]:
    return [detokenize(r["pe_tok"]) for pair in PAIRS for r in read_split(pair, split)]


def mqm_references() -> list[str]:
    """The human translations of newstest2021 (ref.A, ref.B), one per segment, error marks removed."""
    seen: dict[tuple[str, str], str] = {}
    with open(SHARED / "data" / "mqm-zhen" / "newstest2021.errors.tsv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["system"] in ("ref.A", "ref.B"):
                seen[(row["system"], row["seg_id"])] = re.sub(r"</?v>", "", row["target"])
    return list(seen.values())


def build() -> None:
    lower: collections.Counter = collections.Counter()
    capital: collections.Counter = collections.Counter()
    rows = [r for pair in PAIRS for r in read_split(pair, "train")]
    for s in [detokenize(r["pe_tok"]) for r in rows] + [r["mt"] for r in rows]:
        toks = [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(s)]
        for (_, a_end, a), (b_start, _, b) in zip(toks, toks[1:]):
            if not (a.isalpha() and b.isalpha()) or s[a_end:b_start] != " ":
                continue
            if b.islower():
                lower[b] += 1
            elif b[0].isupper() and b[1:].islower():
                capital[b.lower()] += 1
    def lower_case(w: str) -> bool:
        n = lower[w]
        return n >= MIN_LOWER and capital[w] <= MAX_CAPITAL_SHARE * n

    def singular_capitalised(w: str) -> bool:
        """"parliaments" goes with "parliament", capitalised more often than not (unlike "school")."""
        stems = [w[:-1]] + ([w[:-2]] if w.endswith("es") else []) + ([w[:-3] + "y"] if w.endswith("ies") else [])
        return w.endswith("s") and any(capital[s] > max(lower[s], MIN_LOWER) for s in stems)

    words = sorted(w for w in lower if lower_case(w) and len(w) >= 3 and w not in FUNCTION_WORDS
                   and w not in PROPER_IN_NEWS and not singular_capitalised(w))
    head = (f"# Words English writes in lower case mid-sentence: after a lower-case word, seen >= {MIN_LOWER} times\n"
            f"# in lower case and capitalised in <= {MAX_CAPITAL_SHARE:.0%} of those, in the MLQE-PE train post-edits and\n"
            f"# machine translations (CC0); news names spelled like common words left out. Built by\n"
            f"# bench/splice.py --build; read by checks/garble/patterns.py (G001).\n")
    LOWERCASE_WORDS.write_text(head + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words written to {LOWERCASE_WORDS.relative_to(ROOT)}")


def shape(excerpt: str) -> str:
    capital = excerpt.split()[-1]
    return "function word" if capital.lower() in SPLICE_WORDS else "common noun"


def g001(texts: list[str]) -> list:
    """G001 findings over ``texts``, each text a paragraph of its own."""
    return [f for f in check_text("\n\n".join(texts) + "\n", G001_ONLY).findings if f.rule == "G001"]


def alarms(name: str, texts: list[str], show: int) -> None:
    found = g001(texts)
    by = collections.Counter(shape(f.excerpt) for f in found)
    print(f"{name:<34} {len(texts):>6} {by['function word']:>14} {by['common noun']:>12}")
    for f in [f for f in found if shape(f.excerpt) == "common noun"][:show]:
        print(f"    common-noun alarm: {f.excerpt!r}: {f.message[:60]}")


def starts_with(sentence: str) -> str | None:
    first = sentence.split()[0] if sentence.split() else ""
    if not (first.isalpha() and first[0].isupper()):
        return None
    if first.lower() in SPLICE_WORDS:
        return "function word"
    if first[1:].islower() and first.lower() not in FUNCTION_WORDS:
        return "common noun" if first.lower() in lowercase_words() else "other capital"
    return None


def recall(name: str, sentences: list[str]) -> None:
    made: dict[str, list[str]] = collections.defaultdict(list)
    for a, b in zip(sentences, sentences[1:]):
        a, b = a.strip(), b.strip()
        kind = starts_with(b)
        if kind and a.endswith(".") and not a.endswith("..") and len(a.split()) >= 4:
            made[kind].append(a[:-1] + " " + b)
    cells = []
    for kind in ("function word", "common noun", "other capital"):
        texts = made[kind]
        caught = sum(1 for t in texts if _caught(t))
        cells.append(f"{kind}: {caught}/{len(texts)} ({caught / max(len(texts), 1):.0%})")
    print(f"  {name}: " + "; ".join(cells))


def _caught(text: str) -> bool:
    return any(f.rule == "G001" for f in check_text(text, G001_ONLY).findings)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", action="store_true", help="rebuild checks/data/garble_lowercase.txt")
    ap.add_argument("--show", type=int, default=10, help="common-noun alarms to print per corpus")
    args = ap.parse_args()
    if args.build:
        build()
        return 0
    if not (SHARED / "data").exists():
        print(f"no shared data at {SHARED} (set EDITOR_CHECK_SHARED)", file=sys.stderr)
        return 2
    print(f"G001 findings on clean text (each one a false alarm; samples hold real splices), by shape:")
    print(f"{'corpus':<34} {'texts':>6} {'function word':>14} {'common noun':>12}")
    for path in sorted(SAMPLES.glob("*.txt")):
        alarms(f"samples/{path.name}", [path.read_text(encoding="utf-8")], args.show)
    for split in ("train", "dev", "test"):
        alarms(f"MLQE-PE post-edits, {split}", post_edits(split), args.show)
    refs = mqm_references()
    alarms("mqm-zhen ref.A/ref.B", refs, args.show)
    print("Splices made by joining consecutive clean sentences (first one's full stop dropped), caught by G001,")
    print("by what the second sentence starts with (common noun: a word of the lower-case list):")
    recall("MLQE-PE post-edits, test", post_edits("test"))
    recall("mqm-zhen ref.A/ref.B", refs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
