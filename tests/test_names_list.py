"""checks/data/names_list.csv: the shipped names list is well formed, dated, and consistent with itself."""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

from checks.names.index import split_units
from checks.names.text import fold
from checks.stylesheet import load_names_csv

ROOT = Path(__file__).resolve().parent.parent
PATH = ROOT / "checks" / "data" / "names_list.csv"


def rows() -> list[dict]:
    with open(PATH, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_columns_and_size():
    data = rows()
    assert {"name", "variants", "role", "country", "as_of"} <= set(data[0])
    assert len(data) >= 300
    assert all(r["name"].strip() and r["role"].strip() and r["country"].strip() for r in data)


def test_every_row_has_an_honest_date():
    for r in rows():
        assert re.fullmatch(r"20\d\d-\d\d-\d\d", r["as_of"]), r


def test_names_are_unique_and_load():
    entries = load_names_csv(PATH)
    counts = Counter(e.name for e in entries)
    assert not [n for n, c in counts.items() if c > 1]
    assert len(entries) == len(rows())


def test_variants_are_not_someone_elses_name():
    entries = load_names_csv(PATH)
    canon = {e.name for e in entries}
    for e in entries:
        for v in e.variants:
            assert v not in canon, (e.name, v)
            assert v != e.name


def test_second_reference_form_is_part_of_the_name():
    for r in rows():
        short = r.get("short", "").strip()
        if short:
            assert fold(short) in fold(r["name"]), r


def test_wire_style_spellings_have_no_diacritics():
    # Reuters style: accents dropped; accented spellings are listed as variants instead
    for e in load_names_csv(PATH):
        assert e.name.isascii(), e.name
        assert len(split_units(e.name)) >= 1


def test_sample_list_is_a_desk_list_in_the_same_format():
    """samples/names.csv shows a desk's own list: it loads and every entry says what it corrects."""
    sample = load_names_csv(ROOT / "samples" / "names.csv")
    assert sample and all(e.variants for e in sample)
    assert not {e.name for e in sample} & {e.name for e in load_names_csv(PATH)}
