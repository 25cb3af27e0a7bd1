"""Build checks/data/names_given.txt: given names that tell a person's full name from "World Bank".

The inconsistency check (N002) only compares spellings of people, and it tells a person by a known given
name in first position. The list is the first word of every name in the shared Wikidata/CIA officials file
(CC0 and US public domain), of the shipped checks/data/names_list.csv, and of a short hand-written list of common given names
(bench/names_common_given.txt), minus titles and everyday words.

Run: python bench/names_build_given.py
"""

from __future__ import annotations

import csv
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checks.names.extract import BREAK_WORDS, TITLE_WORDS  # noqa: E402

SHARED = ROOT.parent / "shared" / "data" / "names" / "name_variants.csv"
COMMON = ROOT / "bench" / "names_common_given.txt"
OUT = ROOT / "checks" / "data" / "names_given.txt"
NOT_GIVEN = {"pope", "said", "german", "his", "her", "el", "al", "de", "van", "von", "la", "le", "mr", "mrs", "dr",
             "saint", "san", "santa", "sir", "the", "haji", "hajji", "sayyid", "mullah", "maulana", "moon", "rose"}


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.casefold())
    return "".join(c for c in s if not unicodedata.combining(c))


def main() -> None:
    names: set[str] = set()
    firsts: list[str] = []
    if SHARED.exists():
        with open(SHARED, encoding="utf-8", newline="") as fh:
            firsts += [row["canonical_name"].split()[0] for row in csv.DictReader(fh) if len(row["canonical_name"].split()) >= 2]
    with open(ROOT / "checks" / "data" / "names_list.csv", encoding="utf-8", newline="") as fh:
        firsts += [row["name"].split()[0] for row in csv.DictReader(fh) if len(row["name"].split()) >= 2]
    firsts += COMMON.read_text(encoding="utf-8").split()
    for w in firsts:
        f = fold(w)
        if len(f) < 2 or "." in f or not f.replace("-", "").replace("'", "").isalpha():
            continue
        if f in TITLE_WORDS or f in BREAK_WORDS or f in NOT_GIVEN:
            continue
        names.add(f)
    OUT.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} given names -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
