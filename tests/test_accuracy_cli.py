"""``editor-check --original``: the JSON contract of DESIGN.md 3.1 for accuracy findings and sentences, the
samples' planted findings, bad input, and nothing changed without an original."""

import json
from pathlib import Path

import pytest

from checks import CheckOptions, check_text
from checks.accuracy import split_original
from editor_app.cli import main

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "accuracy"


def run(args, capsys):
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_json_carries_original_spans(capsys):
    code, out, err = run(["--format", "json", "--original", str(SAMPLES / "de_kohle.original.txt"),
                          str(SAMPLES / "de_kohle.draft.txt")], capsys)
    assert code == 1 and not err
    data = json.loads(out)
    original = (SAMPLES / "de_kohle.original.txt").read_text(encoding="utf-8")
    draft = (SAMPLES / "de_kohle.draft.txt").read_text(encoding="utf-8")
    acc = [f for f in data["findings"] if f["category"] == "accuracy"]
    assert {f["rule"] for f in acc} >= {"A001", "A003", "A004", "A005", "A006", "A008"}
    for f in data["findings"]:
        assert f["excerpt"] == draft[f["start"] : f["end"]]
        if f["category"] == "accuracy":
            o = f["original"]
            assert set(o) == {"start", "end", "excerpt"} and o["excerpt"] == original[o["start"] : o["end"]]
        else:
            assert "original" not in f
    omission = next(f for f in acc if f["rule"] == "A001")
    assert omission["start"] == omission["end"] and "Die Grünen" in omission["original"]["excerpt"]
    for s in data["sentences"]:
        assert set(s) == {"start", "end", "garble_score", "original"}
        assert s["original"] is None or set(s["original"]) == {"start", "end"}
    spans = split_original(original)
    aligned = [s["original"] for s in data["sentences"] if s["original"]]
    assert aligned  # each aligned original runs from a sentence start to a sentence end
    assert all(o["start"] in {a for a, _ in spans} and o["end"] in {b for _, b in spans} for o in aligned)


def test_clean_pairs_have_no_accuracy_findings(capsys):
    pairs = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))["pairs"]
    clean = [(p["original"], p["draft"], p.get("known_false_alarms", 0)) for p in pairs if not p["expected"]]
    assert len(clean) >= 6  # every clean pair listed there, in whatever languages they come
    # a pair may list false alarms not fixed yet (with why): the bench counts them, and more fail here. Three
    # are known among 127 clean pairs (hi_kriket's two, nl_rechtszaak's short A007); a fourth must be fixed
    assert sum(known for _, _, known in clean) <= 3
    for original, draft, known in clean:
        code, out, _ = run(["--format", "json", "--select", "accuracy", "--names",
                            str(SAMPLES / "names_native.csv"), "--original", str(SAMPLES / original),
                            str(SAMPLES / draft)], capsys)
        assert len(json.loads(out)["findings"]) <= known, (draft, json.loads(out)["findings"])
        assert code == (1 if known and json.loads(out)["findings"] else 0)


def test_without_original_the_json_has_no_original_keys(capsys):
    code, out, _ = run(["--format", "json", str(SAMPLES / "de_kohle.draft.txt")], capsys)
    data = json.loads(out)
    assert all("original" not in s for s in data["sentences"])
    assert not any(f["category"] == "accuracy" for f in data["findings"])


@pytest.mark.parametrize("args,needle", [
    (["--original", "/nonexistent/original.txt"], "no such file"),
    (["--original"], "expected one argument"),
])
def test_bad_original_is_one_line_and_exit_2(capsys, args, needle):
    code, out, err = run([str(SAMPLES / "de_kohle.draft.txt")] + args, capsys)
    assert code == 2 and needle in err and len(err.strip().splitlines()) == 1


def test_original_goes_with_one_draft(capsys):
    draft = str(SAMPLES / "de_kohle.draft.txt")
    code, _, err = run(["--original", str(SAMPLES / "de_kohle.original.txt"), draft, draft], capsys)
    assert code == 2 and "one FILE" in err


def test_the_report_exposes_the_alignment_for_the_app():
    original = (SAMPLES / "fr_hopitaux.original.txt").read_text(encoding="utf-8")
    draft = (SAMPLES / "fr_hopitaux.draft.txt").read_text(encoding="utf-8")
    report = check_text(draft, CheckOptions(original=original))
    pairs = report.alignment.pairs()
    assert any(o is not None and d is None for o, d in pairs)  # the omitted sentence
    assert any(o is None and d is not None for o, d in pairs)  # the added one
    for o, d in pairs:
        if o and d:
            assert original[o.start : o.end].strip() and draft[d.start : d.end].strip()
    assert report.original == original
