"""Names lists and glossaries as newsrooms keep them: damaged rows get a one-line warning naming the
row, and an empty glossary replacement never turns into a deletion."""

from __future__ import annotations

from pathlib import Path

from checks.engine import check_text
from checks.stylesheet import CheckOptions, load_glossary_csv, load_names_csv, parse_glossary_csv, parse_names_csv

ROOT = Path(__file__).resolve().parent.parent


def test_the_shipped_lists_are_clean():
    warnings: list[str] = []
    load_names_csv(ROOT / "samples" / "names.csv", warnings)
    load_glossary_csv(ROOT / "samples" / "glossary.csv", warnings)
    load_glossary_csv(ROOT / "checks" / "data" / "garble_glossary.csv", warnings)
    assert warnings == []


def test_empty_right_flags_without_deleting_and_delete_must_be_explicit():
    warnings: list[str] = []
    entries = parse_glossary_csv("wrong,right,note\nthe,\nspokesman for,(delete),house style\n", "g.csv", warnings)
    assert warnings == ["g.csv line 2: “the” has no replacement, so it is flagged but never deleted "
                        "(write (delete) in the right column to remove it)"]
    assert [(e.wrong, e.right, e.delete) for e in entries] == [("the", "", False), ("spokesman for", "", True)]
    text = "The spokesman for the ministry said the talks went well."
    report = check_text(text, CheckOptions(glossary=entries, select=frozenset({"G003"})))
    flags = [f for f in report.findings if f.excerpt.lower() == "the"]
    assert len(flags) == 3 and all(not f.suggestions for f in flags)
    deletion = next(f for f in report.findings if f.excerpt == "spokesman for")
    assert [s.replacement for s in deletion.suggestions] == [""]


def test_duplicate_glossary_rows_warn_and_the_later_one_is_used():
    warnings: list[str] = []
    entries = parse_glossary_csv("wrong,right\nKiev,Kyiv\nreading of the call,readout\nkiev ,Kyiv (city)\n",
                                 "g.csv", warnings)
    assert warnings == ["g.csv line 4: “kiev” is listed again (first at line 2); this row is used"]
    report = check_text("Talks in Kiev ended.", CheckOptions(glossary=entries, select=frozenset({"G003"})))
    assert report.findings[0].suggestions[0].replacement == "Kyiv (city)"


def test_names_list_duplicates_and_shared_variants():
    warnings: list[str] = []
    entries = parse_names_csv("name,variants\nAntony Blinken,Anthony Blinken\nQin Gang,Qing Gang;Chin Gang\n"
                              "antony  blinken,Tony Blinken\nWang Gang,Chin Gang\n", "n.csv", warnings)
    assert warnings == [
        "n.csv line 4: antony blinken is listed again (first at line 2)",
        "n.csv line 5: the variant Chin Gang is also given for Qin Gang (line 3)",
    ]
    assert len(entries) == 4  # every row still counts


def test_an_unclosed_quote_in_another_column_keeps_the_row_but_warns():
    warnings: list[str] = []
    entries = parse_names_csv('name,role\nAntony Blinken,"Secretary of State\nQin Gang,Foreign Minister\n'
                              'Wang Yi,Director"\nLi Qiang,Premier\n', "n.csv", warnings)
    assert [e.name for e in entries] == ["Antony Blinken", "Li Qiang"]
    assert warnings == ["n.csv lines 2-4: read as one row because a quote opened in it is never closed; "
                        "check that no row was swallowed"]


def test_extra_cells_and_nul_characters():
    warnings: list[str] = []
    entries = parse_names_csv("name,variants\nBlinken, Antony,Anthony\nXi\x00 Jinping,\n", "n.csv", warnings)
    assert warnings == [
        "n.csv line 2: more cells than the header has columns (an unquoted comma?); the extra cells are ignored",
        "n.csv line 3: a NUL character in a cell was removed (a damaged file or the wrong encoding?)",
    ]
    assert entries[1].name == "Xi Jinping"


def test_no_warnings_list_means_silence():
    assert parse_glossary_csv("wrong,right\nthe,\nthe,\n")[0].right == ""  # library callers that do not ask
