"""``editor-check --dask``: a LocalCluster of 2 worker processes gives byte for byte what ``--jobs 1`` gives."""

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import require_module as need  # noqa: E402

need("distributed", "the Dask tests need dask[distributed]")

from distributed import Client, LocalCluster  # noqa: E402

from editor_app.batch import check_many, check_one  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


@pytest.fixture(scope="module")
def drafts(tmp_path_factory):
    """The samples, a damaged .docx among them, and a file that does not exist."""
    folder = tmp_path_factory.mktemp("drafts")
    for p in sorted(SAMPLES.glob("*.txt")):
        (folder / p.name).write_bytes(p.read_bytes())
    (folder / "m_damaged.docx").write_bytes(b"PK\x03\x04 damaged")
    return [str(folder), str(folder / "gone.txt"), str(folder / "nothing-*.md")]


def editor_check(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "editor_app.cli", *args], capture_output=True, timeout=600)


@pytest.fixture(scope="module")
def jobs_1(drafts):
    return editor_check("--format", "jsonl", "--jobs", "1", *drafts)


@pytest.mark.parametrize("extra", [[], ["--send-text"]], ids=["workers-read", "send-text"])
def test_dask_jsonl_is_byte_identical_to_jobs_1(cluster, drafts, jobs_1, extra):
    got = editor_check("--format", "jsonl", "--dask", cluster.scheduler_address, *extra, *drafts)
    assert jobs_1.returncode == got.returncode == 2
    assert got.stdout == jobs_1.stdout and jobs_1.stdout.count(b"\n") == len(list(SAMPLES.glob("*.txt")))
    assert got.stderr == jobs_1.stderr  # the damaged and the missing file, each one line, in order
    assert b"m_damaged.docx: not a readable .docx" in got.stderr and b"gone.txt: no such file" in got.stderr
    assert got.stderr.endswith(b"nothing-*.md: no file matches\n")


def test_check_many_on_a_client_keeps_input_order(cluster, tmp_path):
    paths = [str(p) for p in sorted(SAMPLES.glob("*.txt"))][::-1] + [str(tmp_path / "gone.txt")]
    with Client(cluster, set_as_default=False) as client:
        results = list(check_many(paths, client=client))
    assert [r.file for r in results] == paths
    assert [r.to_dict() for r in results[:-1]] == [check_one(p) for p in paths[:-1]]
    assert results[-1].error.endswith("gone.txt: no such file")


def test_an_unreachable_scheduler_is_a_one_line_error():
    proc = editor_check("--dask", "tcp://127.0.0.1:9", str(SAMPLES / "draft_eu_summit.txt"))
    err = proc.stderr.decode()
    assert proc.returncode == 2 and err.startswith("editor-check: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert len(err.strip().splitlines()) == 1


def test_names_glossary_and_sources_travel_to_the_workers(cluster):
    draft = str(SAMPLES / "misquote_blinken_call.txt")
    options = [
        "--names", str(SAMPLES / "names.csv"), "--glossary", str(SAMPLES / "glossary.csv"),
        "--source", str(SAMPLES / "source_state_department.txt"), "--source", str(SAMPLES / "source_mfa_readout.txt"),
    ]  # fmt: skip
    here = editor_check("--format", "jsonl", "--jobs", "1", *options, draft, str(SAMPLES / "draft_eu_summit.txt"))
    there = editor_check(
        "--format", "jsonl", "--dask", cluster.scheduler_address, *options, draft, str(SAMPLES / "draft_eu_summit.txt")
    )
    assert here.returncode == there.returncode == 1 and there.stdout == here.stdout
    assert b'"category": "misquote"' in here.stdout and b'"category": "names"' in here.stdout
