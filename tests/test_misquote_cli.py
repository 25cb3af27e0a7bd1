"""The misquote family through editor-check: --source files, JSON findings and --fix-all restorations."""

import json

from editor_app.cli import main

STATEMENT = (
    "Secretary Blinken discussed the importance of maintaining open lines of communication to responsibly "
    "manage the relationship and avoid miscalculation and conflict.\n"
)
DRAFT = (
    "Blinken discussed the “importance of maintaining communication” to responsibly manage relations and to "
    "“avoid miscalculations and conflict.”\n"
)


def test_source_files_verify_quotes_and_fix_all_restores_them(tmp_path, capsys):
    src = tmp_path / "statement.txt"
    src.write_text(STATEMENT, encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    out_file = tmp_path / "fixed.txt"
    code = main(["--format", "json", "--select", "misquote", "--source", str(src), "--fix-all", str(out_file),
                 str(draft)])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    assert [(f["rule"], f["excerpt"]) for f in report["findings"]] == [
        ("M001", "maintaining communication"), ("M001", "miscalculations")]
    assert all(f["category"] == "misquote" and f["suggestions"] for f in report["findings"])
    fixed = out_file.read_text(encoding="utf-8")
    assert "“importance of maintaining open lines of communication”" in fixed
    assert "“avoid miscalculation and conflict.”" in fixed
    fixed_draft = tmp_path / "fixed_draft.txt"
    fixed_draft.write_text(fixed, encoding="utf-8")
    assert main(["--select", "misquote", "--source", str(src), str(fixed_draft)]) == 0


def test_without_sources_the_family_is_silent(tmp_path, capsys):
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    assert main(["--format", "json", "--select", "misquote", str(draft)]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []
