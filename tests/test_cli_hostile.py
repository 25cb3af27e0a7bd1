"""The command line on hostile and unusual input: size limits, FIFOs, UTF-16 drafts written back
as they came, damaged lists, and a --fix-all whose second run changes nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from editor_app.cli import main

BROKEN = "Officials called the talks «frank», the the minister said.\r\n\r\nHe said “we will win the war.\r\n"


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


def test_max_bytes_refuses_a_big_draft_in_one_line(tmp_path, capsys):
    draft = tmp_path / "big.txt"
    draft.write_text("The council met on Tuesday. " * 2000, encoding="utf-8")  # 56 KB
    code, out, err = run(capsys, "--max-bytes", "50k", draft)
    assert code == 2 and out == ""
    assert "56 KB of text, over the 50 KB size limit (--max-bytes sets the limit)" in one_error_line(err)
    code, _, _ = run(capsys, "--max-bytes", "0", "--select", "C", draft)
    assert code in (0, 1)
    code, _, err = run(capsys, "--max-bytes", "lots", draft)
    assert code == 2 and "not a size" in one_error_line(err)


def test_the_limit_applies_to_sources_and_comes_from_the_environment(tmp_path, capsys, monkeypatch):
    draft, source = tmp_path / "d.txt", tmp_path / "s.txt"
    draft.write_text("He said “we will win.”\n", encoding="utf-8")
    source.write_text("We will win. " * 1000, encoding="utf-8")
    monkeypatch.setenv("EDITOR_CHECK_MAX_BYTES", "10000")
    code, _, err = run(capsys, "--source", source, draft)
    assert code == 2 and "s.txt: 13 KB of text" in one_error_line(err)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs need a POSIX system")
@pytest.mark.parametrize("where", ["draft", "--source", "--names", "--glossary"])
def test_a_fifo_anywhere_is_refused_at_once(tmp_path, where):
    fifo, draft = tmp_path / "pipe", tmp_path / "d.txt"
    os.mkfifo(fifo)
    draft.write_text("A clean sentence.\n", encoding="utf-8")
    args = [str(fifo)] if where == "draft" else [where, str(fifo), str(draft)]
    proc = subprocess.run([sys.executable, "-m", "editor_app.cli", *args], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "not a regular file" in one_error_line(proc.stderr)


def test_a_utf16_draft_is_checked_and_fixed_in_utf16(tmp_path, capsys):
    draft, out = tmp_path / "word.txt", tmp_path / "fixed.txt"
    draft.write_bytes(b"\xff\xfe" + BROKEN.encode("utf-16-le"))
    code, stdout, err = run(capsys, "--format", "json", "--fix-all", out, draft)
    assert code == 1 and "decoded as UTF-16 (little-endian) with BOM" in err
    findings = json.loads(stdout)["findings"]
    assert all(f["excerpt"] == BROKEN[f["start"] : f["end"]] for f in findings)
    fixed = out.read_bytes()
    assert fixed.startswith(b"\xff\xfe") and "«" not in fixed[2:].decode("utf-16-le")
    assert "\r\n" in fixed[2:].decode("utf-16-le")  # line endings kept
    assert "wrote" not in err  # kept as it came: nothing to say


def test_a_utf8_bom_is_kept(tmp_path, capsys):
    draft, out = tmp_path / "bom.txt", tmp_path / "fixed.txt"
    draft.write_bytes(b"\xef\xbb\xbf" + BROKEN.encode("utf-8"))
    run(capsys, "--fix-all", out, draft)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf") and b"\xef\xbb\xbf" not in out.read_bytes()[3:]


def test_an_encoding_that_cannot_hold_the_fix_is_reported_in_one_line(tmp_path, capsys):
    draft, out = tmp_path / "latin.txt", tmp_path / "fixed.txt"
    # Latin-1 (bytes Windows-1252 leaves undefined) with guillemets: Q009's curly quotes do not fit.
    draft.write_bytes("Le maire a dit «oui».\x81\n".encode("latin-1"))
    code, _, err = run(capsys, "--select", "Q009", "--fix-all", out, draft)
    assert code == 1
    assert "latin.txt: --fix-all: Latin-1 cannot hold every character of the fixed text; wrote UTF-8" in err
    assert "“oui”" in out.read_bytes().decode("utf-8")


def test_a_docx_draft_says_what_fix_all_wrote(tmp_path, capsys):
    import docx

    d = docx.Document()
    d.add_paragraph("Officials called the talks «frank».")
    path, out = tmp_path / "d.docx", tmp_path / "fixed.txt"
    d.save(path)
    _, _, err = run(capsys, "--select", "Q009", "--fix-all", out, path)
    assert "d.docx: --fix-all: the draft was a .docx file; wrote plain UTF-8 text" in one_error_line(err)
    assert out.read_text(encoding="utf-8") == "Officials called the talks “frank”."


def test_fix_all_twice_changes_nothing_the_second_time(tmp_path, capsys):
    draft, once, twice = tmp_path / "d.txt", tmp_path / "once.txt", tmp_path / "twice.txt"
    draft.write_text(BROKEN, encoding="utf-8")
    run(capsys, "--fix-all", once, draft)
    run(capsys, "--fix-all", twice, once)
    assert once.read_bytes() == twice.read_bytes() != draft.read_bytes()


def test_an_empty_glossary_replacement_never_deletes(tmp_path, capsys):
    draft, glossary, out = tmp_path / "d.txt", tmp_path / "g.csv", tmp_path / "fixed.txt"
    text = "The minister said the talks with the union went well, the aide said.\n"
    draft.write_text(text, encoding="utf-8")
    glossary.write_text("wrong,right,note\nthe,\naide,(delete)\n", encoding="utf-8")
    code, stdout, err = run(capsys, "--glossary", glossary, "--select", "G003", "--format", "json", "--fix-all", out, draft)
    assert code == 1
    assert f"editor-check: warning: glossary {glossary} line 2: “the” has no replacement" in err
    assert out.read_text(encoding="utf-8") == text.replace(" aide", " ")
    flagged = [f for f in json.loads(stdout)["findings"] if f["excerpt"].lower() == "the"]
    assert len(flagged) == 4 and all(f["suggestions"] == [] for f in flagged)


def test_damaged_names_list_rows_are_named(tmp_path, capsys):
    draft, names = tmp_path / "d.txt", tmp_path / "n.csv"
    draft.write_text("Antony Blinken met Wang Yi.\n", encoding="utf-8")
    # A stray quote opens in line 2 and the next stray one closes it in line 4: three rows become one.
    names.write_bytes('name,variants\n"Antony Blinken,Anthony Blinken\nQin Gang,Qing Gang\nLi "Qiang,\n'
                      'Xi\x00Jinping,\nWang Yi,\nWang Yi,Wang I\n'.encode("utf-8"))
    code, _, err = run(capsys, "--names", names, "--select", "N", draft)
    warnings = [line for line in err.splitlines() if line.startswith("editor-check: warning: names list")]
    assert len(warnings) == 3, err
    assert "lines 2-4: read as one row because a quote opened in it is never closed; the row is left out" in warnings[0]
    assert "line 5: a NUL character in a cell was removed" in warnings[1]
    assert "line 7: Wang Yi is listed again (first at line 6)" in warnings[2]
    assert code in (0, 1) and "Traceback" not in err
