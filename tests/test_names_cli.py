"""The issue's acceptance run: editor-check on the seed draft with no flags (the shipped names list), via the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from editor_app.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_seed_with_names_list_flags_both_anthony_blinkens(seed_path, capsys):
    code = main(["--format", "json", str(seed_path)])
    assert code == 1
    report = json.loads(capsys.readouterr().out)
    names = [f for f in report["findings"] if f["category"] == "names"]
    assert [(f["rule"], f["excerpt"], f["severity"]) for f in names] == [("N001", "Anthony Blinken", "error")] * 2
    for f in names:
        assert f["message"] == "Name differs from the names list: Antony Blinken"
        assert f["suggestions"] == [{"start": f["start"], "end": f["end"], "replacement": "Antony Blinken"}]


def test_fix_all_writes_the_list_spelling(seed_path, tmp_path, capsys):
    out = tmp_path / "fixed.txt"
    main(["--select", "N", "--fix-all", str(out), str(seed_path)])
    fixed = out.read_text(encoding="utf-8")
    assert "Anthony Blinken" not in fixed
    assert fixed.count("Antony Blinken") == 2


def test_no_default_lists_turns_the_shipped_lists_off(seed_path, capsys):
    main(["--format", "json", "--no-default-lists", str(seed_path)])
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert not [f for f in findings if f["rule"] in ("N001", "N003", "G003")]


def test_a_desk_list_is_merged_over_the_shipped_one(tmp_path, capsys):
    draft = tmp_path / "draft.txt"
    draft.write_text("Mayor Anne Hidalgó met US Secretary of State Anthony Blinken on Monday.\n", encoding="utf-8")
    main(["--format", "json", "--select", "N", "--names", str(ROOT / "samples" / "names.csv"), str(draft)])
    found = [(f["excerpt"], f["suggestions"][0]["replacement"]) for f in json.loads(capsys.readouterr().out)["findings"]]
    assert found == [("Anne Hidalgó", "Anne Hidalgo"), ("Anthony Blinken", "Antony Blinken")]


def test_source_document_spelling_through_the_cli(tmp_path, capsys):
    source = tmp_path / "statement.txt"
    source.write_text("Foreign Minister Harald Lindqvist met the ambassador on Tuesday.\n", encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("Foreign Minister Harald Lindquist said the talks went well.\n", encoding="utf-8")
    code = main(["--format", "json", "--select", "N", "--source", str(source), str(draft)])
    assert code == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert [(f["rule"], f["suggestions"][0]["replacement"]) for f in findings] == [("N001", "Harald Lindqvist")]
