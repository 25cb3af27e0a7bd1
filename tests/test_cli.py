"""The editor-check command line: exit codes, JSON contract, text format, --fix-all, one-line errors."""

import json
import subprocess
import sys

import pytest

from editor_app.cli import main

BROKEN = "He said “we will win the war.\n\nOfficials called the talks “frank”.\n"
CLEAN = "The talks in Geneva ended on Tuesday without an agreement, officials said.\n"


@pytest.fixture
def files(tmp_path):
    broken = tmp_path / "broken.txt"
    broken.write_text(BROKEN, encoding="utf-8")
    clean = tmp_path / "clean.txt"
    clean.write_text(CLEAN, encoding="utf-8")
    return broken, clean


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_exit_codes(files, capsys):
    broken, clean = files
    assert run(capsys, "--select", "quotes", clean)[0] == 0
    assert run(capsys, "--select", "quotes", broken)[0] == 1


def test_json_contract(files, capsys):
    broken, _ = files
    code, out, _ = run(capsys, "--format", "json", "--select", "quotes", "--quote-style", "us", broken)
    data = json.loads(out)
    assert set(data) == {"file", "language", "findings", "sentences"}
    assert data["file"] == str(broken) and data["language"] == "en"
    text = broken.read_text(encoding="utf-8")
    for f in data["findings"]:
        assert set(f) == {"rule", "category", "severity", "start", "end", "excerpt", "message", "suggestions"}
        assert f["excerpt"] == text[f["start"] : f["end"]]
        assert f["category"] == "quotes" and f["severity"] in ("error", "warning", "info")
        for s in f["suggestions"]:
            assert set(s) == {"start", "end", "replacement"}
    for s in data["sentences"]:
        assert set(s) == {"start", "end", "garble_score"} and 0 <= s["garble_score"] <= 1
    assert [f["rule"] for f in data["findings"]] == ["Q002", "Q008"]


def test_several_files_give_a_list(files, capsys):
    code, out, _ = run(capsys, "--format", "json", "--select", "quotes", *files)
    data = json.loads(out)
    assert isinstance(data, list) and [d["file"] for d in data] == [str(f) for f in files]
    assert code == 1


def test_text_format_is_file_line_col_code_message(files, capsys):
    broken, _ = files
    _, out, _ = run(capsys, "--select", "quotes", "--quote-style", "us", broken)
    first, second = out.splitlines()
    assert first.startswith(f"{broken}:1:9: Q002 ")
    assert second.startswith(f"{broken}:3:34: Q008 ")


def test_fix_all_applies_first_suggestions_only_where_fixable(files, capsys, tmp_path):
    broken, _ = files
    out = tmp_path / "fixed.txt"
    run(capsys, "--select", "quotes", "--quote-style", "us", "--fix-all", out, broken)
    assert out.read_bytes().decode("utf-8") == "He said “we will win the war.”\n\nOfficials called the talks “frank.”\n"


def test_quote_style_is_not_chosen_by_default(files, capsys):
    """Q008 (punctuation placement) needs a house style: --quote-style us|uk, or the draft's own habit."""
    broken, _ = files
    for args in ([], ["--quote-style", "auto"]):
        _, out, _ = run(capsys, "--select", "quotes", *args, broken)
        assert "Q002" in out and "Q008" not in out
    _, out, _ = run(capsys, "--select", "quotes", "--quote-style", "uk", broken)
    assert "Q008" not in out  # UK style: the period after a quoted fragment's closing mark is right


def test_select_and_ignore(files, capsys):
    broken, _ = files
    code, out, _ = run(capsys, "--select", "Q002", broken)
    assert code == 1 and "Q008" not in out
    code, out, _ = run(capsys, "--select", "quotes", "--ignore", "Q002,Q008", broken)
    assert code == 0 and out == ""


@pytest.mark.parametrize(
    "args,needle",
    [
        (["missing-file.txt"], "no such file"),
        (["--select", "Z999", "{clean}"], "unknown rule"),
        (["--format", "xml", "{clean}"], "invalid choice"),
        ([], "no FILE given"),
        (["--names", "missing.csv", "{clean}"], "cannot read"),
        (["{binary}"], "binary"),
        (["{baddocx}"], "not a readable .docx"),
        (["score"], "usage"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(files, capsys, tmp_path, args, needle):
    _, clean = files
    binary = tmp_path / "x.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    baddocx = tmp_path / "x.docx"
    baddocx.write_bytes(b"PK\x03\x04 not really a zip")
    args = [a.format(clean=clean, binary=binary, baddocx=baddocx) for a in args]
    code, out, err = run(capsys, *args)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and needle in err


def test_bad_names_csv_is_one_line(files, capsys, tmp_path):
    _, clean = files
    bad = tmp_path / "names.csv"
    bad.write_text("person,notes\nX,Y\n", encoding="utf-8")
    code, _, err = run(capsys, "--names", bad, clean)
    assert code == 2 and "missing column(s) name" in err


def test_console_script_runs_without_traceback(files):
    proc = subprocess.run([sys.executable, "-m", "editor_app.cli", "nope.txt"], capture_output=True, text=True)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_cp1252_input_is_decoded_with_a_notice(tmp_path, capsys):
    p = tmp_path / "legacy.txt"
    p.write_bytes("Café owners said the “deal” was fair.".encode("cp1252"))
    code, out, err = run(capsys, "--format", "json", "--select", "quotes", p)
    assert "Windows-1252" in err
    assert json.loads(out)["findings"] == []


def test_stdin_draft_in_a_pipeline():
    proc = subprocess.run(
        [sys.executable, "-m", "editor_app.cli", "--format", "json", "--select", "quotes", "-"],
        input="He said “we will win.".encode("utf-8"), capture_output=True,
    )
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["findings"][0]["rule"] == "Q002"
