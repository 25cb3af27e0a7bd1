"""Batch runs on one machine: directories and globs, --jobs, --format jsonl, --summary, bad files, order."""

import json
import os
import random
import shutil
import subprocess
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from editor_app import batch
from editor_app.batch import Draft, FileResult, check_input, check_many, check_one, expand_inputs, in_order
from editor_app.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def tree(tmp_path):
    """A newsroom folder: drafts at two depths, files that are not drafts, a hidden folder."""
    (tmp_path / "2024" / "may").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    shutil.copy(SAMPLES / "draft_eu_summit.txt", tmp_path / "b_summit.txt")
    shutil.copy(SAMPLES / "misquote_blinken_call.txt", tmp_path / "2024" / "may" / "blinken.md")
    shutil.copy(SAMPLES / "residue_scraped_pages.txt", tmp_path / "2024" / "a_residue.txt")
    (tmp_path / "2024" / "notes.csv").write_text("name\nx\n", encoding="utf-8")
    (tmp_path / ".git" / "HEAD.txt").write_text("ref: refs/heads/main\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Not a draft.\n", encoding="utf-8")
    return tmp_path


def test_directories_are_searched_recursively_for_drafts_only(tree):
    inputs = expand_inputs([str(tree)])
    rel = [os.path.relpath(p, tree) for p in inputs.items]
    assert rel == ["2024/a_residue.txt", "2024/may/blinken.md", "b_summit.txt"]
    assert inputs.many


def test_globs_expand_sorted_and_a_glob_matching_nothing_is_reported_in_place(tree):
    inputs = expand_inputs([str(tree / "**" / "*.txt"), str(tree / "nothing-*.docx"), str(tree / "b_summit.txt")])
    assert [os.path.basename(str(p)) for p in inputs.items[:2]] == ["a_residue.txt", "b_summit.txt"]
    missing = inputs.items[2]
    assert isinstance(missing, FileResult) and missing.error.endswith("nothing-*.docx: no file matches")
    assert inputs.items[3] == str(tree / "b_summit.txt")


def test_one_plain_file_is_not_many_but_a_directory_is(tree):
    assert not expand_inputs([str(tree / "b_summit.txt")]).many
    assert expand_inputs([str(tree / "2024" / "may")]).many


def test_a_directory_gives_a_json_list_in_sorted_order(tree, capsys):
    code, out, _ = run(capsys, "--format", "json", "--jobs", "1", tree)
    data = json.loads(out)
    assert code == 1 and isinstance(data, list)
    assert [os.path.relpath(d["file"], tree) for d in data] == [
        "2024/a_residue.txt",
        "2024/may/blinken.md",
        "b_summit.txt",
    ]


def test_jsonl_is_one_object_per_line_equal_to_the_json(tree, capsys):
    _, out_json, _ = run(capsys, "--format", "json", "--jobs", "1", tree)
    _, out_jsonl, _ = run(capsys, "--format", "jsonl", "--jobs", "1", tree)
    lines = out_jsonl.splitlines()
    assert len(lines) == 3 and [json.loads(line) for line in lines] == json.loads(out_json)


def test_jobs_2_output_is_byte_identical_to_jobs_1(capsys):
    files = sorted(SAMPLES.glob("*.txt"))
    for fmt in ("jsonl", "text"):
        one = run(capsys, "--format", fmt, "--jobs", "1", *files)
        two = run(capsys, "--format", fmt, "--jobs", "2", *files)
        assert one[0] == two[0] == 1
        assert one[1] == two[1] and one[1].count("\n") >= len(files)


def test_order_is_input_order_even_when_the_first_draft_is_slowest(tmp_path, capsys):
    big = tmp_path / "big.txt"
    big.write_text(
        "\n\n".join([(SAMPLES / "untranslated_paragraphs.txt").read_text(encoding="utf-8")] * 8), encoding="utf-8"
    )
    small = [tmp_path / f"small{i}.txt" for i in range(6)]
    for i, p in enumerate(small):
        p.write_text(f"The council met on day {i} and agreed the budget, officials said.\n", encoding="utf-8")
    _, out, _ = run(capsys, "--format", "jsonl", "--jobs", "2", big, *small)
    assert [json.loads(line)["file"] for line in out.splitlines()] == [str(p) for p in [big, *small]]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bad_file_is_reported_and_the_rest_are_checked(tmp_path, capsys, jobs):
    good = [SAMPLES / "draft_eu_summit.txt", SAMPLES / "untranslated_short.txt"]
    damaged = tmp_path / "damaged.docx"
    damaged.write_bytes(b"PK\x03\x04 not really a zip")
    code, out, err = run(capsys, "--format", "jsonl", "--jobs", jobs, good[0], damaged, tmp_path / "gone.txt", good[1])
    assert code == 2
    assert [json.loads(line)["file"] for line in out.splitlines()] == [str(p) for p in good]
    assert err.splitlines() == [
        f"editor-check: {damaged}: not a readable .docx file (damaged or another format)",
        f"editor-check: {tmp_path / 'gone.txt'}: no such file",
    ]


def test_a_clean_batch_exits_0_and_findings_exit_1(tmp_path, capsys):
    clean = tmp_path / "clean.txt"
    clean.write_text("The talks in Geneva ended on Tuesday without an agreement, officials said.\n", encoding="utf-8")
    assert run(capsys, "--select", "quotes", "--jobs", "2", clean, clean)[0] == 0
    assert run(capsys, "--select", "quotes", "--jobs", "2", clean, SAMPLES / "draft_eu_summit.txt")[0] == 1


def test_summary_table_on_stderr(tree, capsys):
    (tree / "broken.docx").write_bytes(b"PK\x03\x04 damaged")
    code, out, err = run(capsys, "--format", "jsonl", "--summary", "--jobs", "1", tree)
    results = [json.loads(line) for line in out.splitlines()]
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in map(Path, (r["file"] for r in results)))
    findings = [f for r in results for f in r["findings"]]
    assert code == 2
    assert f"Summary: 3 files checked, {words:,} words, {len(findings):,} findings; 1 could not be checked" in err
    table = {
        line.split()[0]: line.split()[1:]
        for line in err.splitlines()
        if line.startswith("  ") and len(line.split()) == 5
    }
    assert table["category"] == ["error", "warning", "info", "total"]
    for cat in ("quotes", "names", "garble", "untranslated", "misquote", "cleanup"):
        want = [
            sum(f["category"] == cat and f["severity"] == s for f in findings) for s in ("error", "warning", "info")
        ]
        assert [int(n.replace(",", "")) for n in table[cat]] == [*want, sum(want)]
    assert table["total"][-1] == f"{len(findings):,}"
    worst = max(results, key=lambda r: (sum(f["severity"] == "error" for f in r["findings"]), len(r["findings"])))
    assert err.split("Most errors (then most findings):\n")[1].splitlines()[0].endswith(worst["file"])
    assert f"Could not be checked:\n  {tree / 'broken.docx'}: not a readable .docx file" in err


def test_no_progress_bar_when_stderr_is_not_a_terminal(capsys):
    code, _, err = run(
        capsys, "--format", "jsonl", "--jobs", "1", SAMPLES / "draft_eu_summit.txt", SAMPLES / "untranslated_short.txt"
    )
    assert code == 1 and err == ""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs a Linux pseudo-terminal")
def test_progress_bar_when_stderr_is_a_terminal(tmp_path):
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    files = sorted(str(p) for p in SAMPLES.glob("*.txt"))
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "editor_app.cli",
            "--format",
            "jsonl",
            "--jobs",
            "2",
            *files,
            str(tmp_path / "gone.txt"),
        ],
        stdout=subprocess.PIPE,
        stderr=slave,
    )
    os.close(slave)
    out, _ = proc.communicate(timeout=300)
    screen = b""
    while True:
        try:
            chunk = os.read(master, 1 << 16)
        except OSError:
            break
        if not chunk:
            break
        screen += chunk
    os.close(master)
    text = screen.decode("utf-8", "replace")
    total = len(files) + 1
    assert proc.returncode == 2 and len(out.splitlines()) == len(files)
    assert f"{total}/{total}" in text and "file/s" in text and "100%" in text
    assert "gone.txt: no such file" in text  # written through the bar, not torn by it


def test_fix_all_into_a_directory_refuses_two_drafts_with_one_name(tree, tmp_path, capsys):
    shutil.copy(tree / "b_summit.txt", tree / "2024" / "b_summit.txt")
    out_dir = tmp_path / "fixed"
    out_dir.mkdir()
    code, out, err = run(capsys, "--fix-all", out_dir, tree)
    assert code == 2 and out == "" and "several drafts are named b_summit.txt" in err
    assert not any(out_dir.iterdir())


def test_fix_all_from_a_directory_writes_each_draft(tree, tmp_path, capsys):
    out_dir = tmp_path / "fixed"
    out_dir.mkdir()
    run(capsys, "--fix-all", out_dir, "--jobs", "2", tree)
    assert sorted(p.name for p in out_dir.iterdir()) == ["a_residue.txt", "b_summit.txt", "blinken.md"]


@pytest.mark.parametrize(
    "args,needle",
    [
        (["--jobs", "0", "x.txt"], "at least 1"),
        (["--jobs", "two", "x.txt"], "at least 1"),
        (["--send-text", "x.txt"], "--send-text goes with --dask"),
        (["--dask", "tcp://127.0.0.1:1", "--jobs", "2", "x.txt"], "--jobs is for this machine"),
    ],
)
def test_bad_batch_options_are_one_line_and_exit_2(capsys, args, needle):
    code, out, err = run(capsys, *args)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and needle in err


def test_stdin_among_files_with_a_pool():
    text = "He said “we will win.\n"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "editor_app.cli",
            "--format",
            "jsonl",
            "--select",
            "quotes",
            "--jobs",
            "2",
            str(SAMPLES / "draft_eu_summit.txt"),
            "-",
        ],
        input=text.encode("utf-8"),
        capture_output=True,
    )
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert proc.returncode == 1 and [d["file"] for d in lines] == [str(SAMPLES / "draft_eu_summit.txt"), "-"]
    assert lines[1]["findings"][0]["rule"] == "Q002"


def test_check_one_is_the_clis_json(capsys):
    for path in sorted(SAMPLES.glob("*.txt")):
        _, out, _ = run(capsys, "--format", "json", path)
        assert check_one(str(path)) == json.loads(out)


def test_check_one_of_a_draft_text_equals_the_file(tmp_path):
    path = SAMPLES / "draft_eu_summit.txt"
    text = path.read_text(encoding="utf-8")
    assert check_one(Draft.of_text(str(path), text)) == check_one(str(path))


def test_check_one_raises_a_one_line_error_for_an_unreadable_file(tmp_path):
    from editor_app.ingest import IngestError

    with pytest.raises(IngestError, match="no such file"):
        check_one(str(tmp_path / "gone.txt"))


def test_check_many_locally_keeps_order_and_reports_failures(tmp_path):
    paths = [str(SAMPLES / "draft_eu_summit.txt"), str(tmp_path / "gone.txt"), str(SAMPLES / "untranslated_short.txt")]
    results = list(check_many(paths, jobs=2))
    assert [r.file for r in results] == paths
    assert results[1].error.endswith("no such file") and results[1].report is None
    assert results[2].to_dict() == check_one(paths[2])


def test_an_engine_crash_on_one_draft_is_that_drafts_error(monkeypatch):
    def boom(text, options=None):
        raise RecursionError("maximum recursion depth exceeded\nsecond line")

    monkeypatch.setattr(batch, "check_text", boom)
    result = check_input(Draft.of_text("odd.txt", "text"))
    assert (
        result.report is None
        and result.error == "odd.txt: could not be checked (RecursionError: maximum recursion depth exceeded)"
    )


def test_in_order_turns_a_failed_future_into_its_drafts_errors_and_keeps_going():
    def submit(unit):
        fut = Future()
        if "b" in unit:
            fut.set_exception(RuntimeError("worker died"))
        else:
            fut.set_result([i if isinstance(i, FileResult) else FileResult(i) for i in unit])
        return fut

    units = [["a"], ["b", FileResult("c", error="c: gone"), "b2"], [FileResult("d", error="d: gone")], ["e", "f"]]
    results = list(in_order(submit, units, window=2))
    assert [r.file for r in results] == ["a", "b", "c", "b2", "d", "e", "f"]
    assert results[1].error == "b: could not be checked (RuntimeError: worker died)"
    assert results[3].error == "b2: could not be checked (RuntimeError: worker died)"
    assert results[2].error == "c: gone" and results[4].error == "d: gone" and results[5].error is None


def test_chunks_keep_order_and_size():
    assert list(batch.chunks(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(batch.chunks([], 3)) == []


def test_checks_from_many_threads_give_the_same_results_as_one_by_one():
    """The garble token table is per process and not thread-safe: the engine makes concurrent checks take turns."""
    from checks.garble import tokens

    words = (SAMPLES / "draft_eu_summit.txt").read_text(encoding="utf-8").split()
    texts = [" ".join(random.Random(i).sample(words, len(words))) + f" Zqx{i}vel Wyr{i}tan." for i in range(24)]
    expected = [check_input(Draft.of_text(str(i), t)).to_dict() for i, t in enumerate(texts)]
    tokens.token_table.cache_clear()  # as in a fresh process: the table grows while the threads check
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        with ThreadPoolExecutor(8) as pool:
            got = list(pool.map(lambda it: check_input(Draft.of_text(str(it[0]), it[1])).to_dict(), enumerate(texts)))
    finally:
        sys.setswitchinterval(old)
    assert got == expected


def test_a_directory_without_drafts_is_a_usage_error_alone_and_a_warning_beside_drafts(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.csv").write_text("a,b\n", encoding="utf-8")
    code, out, err = run(capsys, empty)
    assert (
        code == 2
        and out == ""
        and err == f"editor-check: {empty}: no drafts (.docx, .htm, .html, .markdown, .md, .txt) in this directory\n"
    )
    code, out, err = run(capsys, "--select", "quotes", empty, SAMPLES / "draft_eu_summit.txt")
    assert code == 1 and err.startswith(f"editor-check: warning: {empty}: no drafts") and out


def test_options_survive_pickling_for_worker_processes():
    import pickle

    from editor_app.cli import _options, build_parser

    args = build_parser().parse_args(
        ["--names", str(SAMPLES / "names.csv"), "--glossary", str(SAMPLES / "glossary.csv"),
         "--source", str(SAMPLES / "source_mfa_readout.txt"), "--select", "names,misquote,G", "x.txt"]
    )  # fmt: skip
    options = _options(args)
    assert options.names and options.glossary and options.sources
    assert pickle.loads(pickle.dumps(options)) == options


def test_dask_workers_without_this_package_are_a_one_line_batch_error():
    class Client:  # what distributed.Client.run raises when the workers cannot import editor_app
        def scatter(self, *a, **k):
            return None

        def run(self, *a, **k):
            raise ModuleNotFoundError("No module named 'editor_app'")

    with pytest.raises(batch.BatchError) as err:
        list(batch.run_dask(["a.txt"], None, Client()))
    assert str(err.value) == (
        "the Dask workers cannot run the checks (ModuleNotFoundError: No module named 'editor_app'); "
        "is mt-editor-check installed there?"
    )
