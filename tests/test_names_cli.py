"""The issue's acceptance run: editor-check --names samples/names.csv on the seed draft, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from editor_app.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_seed_with_names_list_flags_both_anthony_blinkens(seed_path, capsys):
    code = main(["--format", "json", "--names", str(ROOT / "samples" / "names.csv"), str(seed_path)])
    assert code == 1
    report = json.loads(capsys.readouterr().out)
    names = [f for f in report["findings"] if f["category"] == "names"]
    assert [(f["rule"], f["excerpt"], f["severity"]) for f in names] == [("N001", "Anthony Blinken", "error")] * 2
    for f in names:
        assert f["message"] == "Name differs from the names list: Antony Blinken"
        assert f["suggestions"] == [{"start": f["start"], "end": f["end"], "replacement": "Antony Blinken"}]


def test_fix_all_writes_the_list_spelling(seed_path, tmp_path, capsys):
    out = tmp_path / "fixed.txt"
    main(["--select", "N", "--names", str(ROOT / "samples" / "names.csv"), "--fix-all", str(out), str(seed_path)])
    fixed = out.read_text(encoding="utf-8")
    assert "Anthony Blinken" not in fixed
    assert fixed.count("Antony Blinken") == 2


def test_source_document_spelling_through_the_cli(tmp_path, capsys):
    source = tmp_path / "statement.txt"
    source.write_text("Foreign Minister Harald Lindqvist met the ambassador on Tuesday.\n", encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("Foreign Minister Harald Lindquist said the talks went well.\n", encoding="utf-8")
    code = main(["--format", "json", "--select", "N", "--source", str(source), str(draft)])
    assert code == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert [(f["rule"], f["suggestions"][0]["replacement"]) for f in findings] == [("N001", "Harald Lindqvist")]
