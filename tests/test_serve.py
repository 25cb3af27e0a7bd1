"""``editor-check serve``: the real server in a subprocess on a free loopback port, called with httpx."""

import json
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conftest import require_module as need  # noqa: E402

httpx = need("httpx", "the serve tests call the real server with httpx")
need("fastapi", "editor-check serve needs FastAPI and uvicorn")
need("uvicorn", "editor-check serve needs FastAPI and uvicorn")

from checks.registry import load_rules  # noqa: E402
from checks.stylesheet import load_glossary_csv, load_names_csv  # noqa: E402
from editor_app.cli import main  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
MAX_BYTES = 200_000
BROKEN = "He said “we will win the war.\n\nOfficials called the talks “frank”.\n"


class Server:
    """``python -m editor_app.cli serve --port 0 ...`` until the test module ends."""

    def __init__(self, *args: str):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "editor_app.cli", "serve", "--port", "0", "--log-level", "warning", *args],
            stderr=subprocess.PIPE,
            text=True,
        )
        line = self.proc.stderr.readline()
        assert "serving on http://127.0.0.1:" in line, line + self.proc.stderr.read()
        self.url = line.split("serving on ")[1].split()[0]
        self.client = httpx.Client(base_url=self.url, timeout=120)
        deadline = time.monotonic() + 120
        while True:
            try:
                if self.client.get("/health").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline and self.proc.poll() is None, "the server did not come up"
            time.sleep(0.2)

    def stop(self) -> str:
        self.client.close()
        self.proc.terminate()
        try:
            _, err = self.proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            _, err = self.proc.communicate()
        return err


@pytest.fixture(scope="module")
def server():
    srv = Server("--max-bytes", str(MAX_BYTES))
    yield srv
    err = srv.stop()
    assert "Traceback" not in err, err


def cli_json(capsys, *args) -> dict:
    main(["--format", "json", *[str(a) for a in args]])
    out, _ = capsys.readouterr()
    return json.loads(out)


def one_line_detail(response) -> str:
    detail = response.json()["detail"]
    assert isinstance(detail, str) and "\n" not in detail and "Traceback" not in detail
    return detail


def test_health_and_rules(server):
    health = server.client.get("/health").json()
    assert health["status"] == "ok" and health["jobs"] == 1
    rules = server.client.get("/rules").json()
    assert [r["code"] for r in rules] == sorted(load_rules())
    assert set(rules[0]) == {"code", "name", "category", "severity", "summary"}


def test_check_returns_exactly_the_clis_json(server, capsys):
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        got = server.client.post("/check", json={"text": text, "file": str(path)})
        assert got.status_code == 200 and got.json() == cli_json(capsys, path)


def test_without_a_file_label_the_file_is_null(server):
    data = server.client.post("/check", json={"text": BROKEN, "select": ["quotes"], "quote_style": "us"}).json()
    assert list(data) == ["file", "language", "findings", "sentences"] and data["file"] is None
    assert [f["rule"] for f in data["findings"]] == ["Q002", "Q008"]
    # Without a house style, one period after a closing mark is no error (the CLI's default too).
    data = server.client.post("/check", json={"text": BROKEN, "select": ["quotes"]}).json()
    assert [f["rule"] for f in data["findings"]] == ["Q002"]


def test_names_glossary_sources_and_select_as_the_cli_reads_them(server, capsys):
    draft = SAMPLES / "misquote_blinken_call.txt"
    sources = [SAMPLES / "source_state_department.txt", SAMPLES / "source_mfa_readout.txt"]
    names = [{"name": e.name, "variants": list(e.variants)} for e in load_names_csv(SAMPLES / "names.csv")]
    glossary = [
        {"wrong": e.wrong, "right": e.right, "note": e.note} for e in load_glossary_csv(SAMPLES / "glossary.csv")
    ]
    body = {
        "text": draft.read_text(encoding="utf-8"),
        "file": str(draft),
        "names": names,
        "glossary": glossary,
        "sources": [{"name": str(p), "text": p.read_text(encoding="utf-8")} for p in sources],
        "quote_style": "uk",
        "select": ["quotes", "names", "misquote", "G"],
        "ignore": ["G005"],
    }
    want = cli_json(
        capsys,
        "--names",
        SAMPLES / "names.csv",
        "--glossary",
        SAMPLES / "glossary.csv",
        "--source",
        sources[0],
        "--source",
        sources[1],
        "--quote-style",
        "uk",
        "--select",
        "quotes,names,misquote,G",
        "--ignore",
        "G005",
        draft,
    )
    assert any(f["category"] == "misquote" for f in want["findings"])
    assert server.client.post("/check", json=body).json() == want


def test_fifty_concurrent_requests_all_answer_like_the_cli(server, capsys):
    paths = sorted(SAMPLES.glob("*.txt"))
    want = {str(p): cli_json(capsys, p) for p in paths}
    bodies = [{"text": p.read_text(encoding="utf-8"), "file": str(p)} for p in paths] * 5
    with ThreadPoolExecutor(50) as pool:
        answers = list(pool.map(lambda b: server.client.post("/check", json=b), bodies[:50]))
    assert len(answers) == 50
    for body, answer in zip(bodies, answers):
        assert answer.status_code == 200 and answer.json() == want[body["file"]]


def test_fix_without_ids_is_fix_all(server, capsys, tmp_path):
    draft = SAMPLES / "draft_eu_summit.txt"
    out = tmp_path / "fixed.txt"
    main(["--fix-all", str(out), str(draft)])
    capsys.readouterr()
    got = server.client.post("/fix", json={"text": draft.read_text(encoding="utf-8")}).json()
    assert got["text"] == out.read_text(encoding="utf-8") != draft.read_text(encoding="utf-8")
    assert got["passes"] >= 1 and got["settled"] is True and got["withheld"] == []


def test_fix_applies_only_the_chosen_ids_and_guards_quoted_speech(server):
    us = {"select": ["quotes"], "quote_style": "us"}
    findings = server.client.post("/check", json={"text": BROKEN, **us}).json()["findings"]
    ids = [f"{f['rule']}-{f['start']}-{f['end']}" for f in findings]
    got = server.client.post("/fix", json={"text": BROKEN, **us, "ids": ids[1:]}).json()
    assert got == {"text": BROKEN.replace("“frank”.", "“frank.”"), "applied": ids[1:], "skipped": []}
    text = "She said: “We signed the the agreement.”\n"
    check = server.client.post("/check", json={"text": text, "select": ["C"]}).json()
    quoted = [f"{f['rule']}-{f['start']}-{f['end']}" for f in check["findings"] if "quoted" in f["message"]]
    assert quoted, check
    kept = server.client.post("/fix", json={"text": text, "select": ["C"], "ids": quoted}).json()
    assert kept["text"] == text and kept["skipped"] == [{"id": quoted[0], "reason": "quoted speech"}]
    forced = server.client.post(
        "/fix", json={"text": text, "select": ["C"], "ids": quoted, "allow_quoted": True}
    ).json()
    assert forced["text"] == text.replace("the the", "the") and forced["applied"] == quoted


ACCURACY = SAMPLES / "accuracy"


@pytest.mark.parametrize("pair", ["fr_hopitaux", "zh_qin"])
def test_original_gives_exactly_the_clis_json_with_original(server, capsys, pair):
    draft, original = ACCURACY / f"{pair}.draft.txt", ACCURACY / f"{pair}.original.txt"
    body = {"text": draft.read_text(encoding="utf-8"), "original": original.read_text(encoding="utf-8"),
            "file": str(draft)}
    got = server.client.post("/check", json=body)
    want = cli_json(capsys, "--original", original, draft)
    assert got.status_code == 200 and got.json() == want
    accuracy = [f for f in want["findings"] if f["category"] == "accuracy"]
    assert "A003" in {f["rule"] for f in accuracy} and all("original" in f for f in accuracy)
    assert all("original" in s for s in want["sentences"])


def test_without_default_lists_as_the_cli_with_no_default_lists(server, capsys, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("Secretary of State Anthony Blinken spoke with his counterpart on Monday.\n", encoding="utf-8")
    text = draft.read_text(encoding="utf-8")
    with_lists = server.client.post("/check", json={"text": text, "file": str(draft)}).json()
    without = server.client.post("/check", json={"text": text, "file": str(draft), "default_lists": False}).json()
    assert with_lists == cli_json(capsys, draft) and without == cli_json(capsys, "--no-default-lists", draft)
    assert "N001" in {f["rule"] for f in with_lists["findings"]}
    assert "N001" not in {f["rule"] for f in without["findings"]}


def test_the_service_opens_no_file_a_client_names(server, tmp_path):
    statement = tmp_path / "statement.txt"
    statement.write_text("“We will never accept a partition of our country,” the president said.\n", encoding="utf-8")
    draft = "The president said: “We will never accept a partition of our country.”\n"
    by_text = server.client.post(
        "/check", json={"text": draft, "sources": [statement.read_text(encoding="utf-8")], "select": ["misquote"]}
    )
    by_path = server.client.post("/check", json={"text": draft, "sources": [str(statement)], "select": ["misquote"]})
    assert by_text.json()["findings"] == []
    assert [f["category"] for f in by_path.json()["findings"]] == ["misquote"]  # the path was read as text, not opened
    label = server.client.post("/check", json={"text": "Short text.", "file": str(statement)}).json()
    assert label["file"] == str(statement) and label["findings"] == []


@pytest.mark.parametrize(
    "body,needle",
    [
        ({"txt": "x"}, "text: Field required"),
        ({"text": 5}, "text: Input should be a valid string"),
        ({"text": "x", "select": ["Z999"]}, "unknown rule or category: Z999"),
        ({"text": "x", "quote_style": "fr"}, "quote_style: expected one of us, uk"),
        ({"text": "x", "names": [{"nom": "x"}]}, "names.0"),
        ({"text": "x", "colour": "red"}, "colour: Extra inputs are not permitted"),
        ({"text": "x", "ids": ["Q001-0-1"]}, "ids: Extra inputs are not permitted"),
        ({"text": "x", "original": " \n"}, "original: the text is empty"),
        ({"text": "x", "original": 3}, "original: Input should be a valid string"),
        ({"text": "x", "default_lists": "maybe"}, "default_lists: Input should be a valid boolean"),
    ],
)
def test_bad_check_requests_get_422_with_one_line(server, body, needle):
    response = server.client.post("/check", json=body)
    assert response.status_code == 422 and needle in one_line_detail(response)


def test_bad_json_and_wrong_content_type_get_422(server):
    bad = server.client.post("/check", content=b'{"text": ', headers={"content-type": "application/json"})
    assert bad.status_code == 422 and one_line_detail(bad).startswith("the body is not valid JSON")
    form = server.client.post(
        "/check", content=b"text=hello", headers={"content-type": "application/x-www-form-urlencoded"}
    )
    assert form.status_code == 422 and "JSON object" in one_line_detail(form)


def test_unknown_finding_id_in_fix_gets_422(server):
    response = server.client.post("/fix", json={"text": BROKEN, "ids": ["Q999-0-1"]})
    assert response.status_code == 422 and one_line_detail(response) == "ids: no finding Q999-0-1 in this text"


def test_unknown_path_and_method(server):
    assert server.client.get("/nowhere").status_code == 404
    assert server.client.get("/check").status_code == 405


def test_a_body_over_the_limit_gets_413_declared_or_streamed(server):
    body = json.dumps({"text": "word " * (MAX_BYTES // 4)}).encode("utf-8")
    declared = server.client.post("/check", content=body, headers={"content-type": "application/json"})
    assert declared.status_code == 413 and "limit of 200,000 bytes" in one_line_detail(declared)

    def chunks():
        for i in range(0, len(body), 16_384):
            yield body[i : i + 16_384]

    streamed = server.client.post("/check", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413 and "limit" in one_line_detail(streamed)
    assert server.client.get("/health").status_code == 200  # and the server carries on


def test_a_body_under_the_limit_is_checked(server):
    text = (SAMPLES / "untranslated_paragraphs.txt").read_text(encoding="utf-8")
    assert len(json.dumps({"text": text}).encode()) < MAX_BYTES
    assert server.client.post("/check", json={"text": text}).status_code == 200


def test_worker_processes_answer_like_the_cli(capsys):
    srv = Server("--jobs", "2")
    try:
        assert srv.client.get("/health").json()["jobs"] == 2
        paths = sorted(SAMPLES.glob("*.txt"))
        want = {str(p): cli_json(capsys, p) for p in paths}
        bodies = [{"text": p.read_text(encoding="utf-8"), "file": str(p)} for p in paths] * 2
        with ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(lambda b: srv.client.post("/check", json=b), bodies))
        assert all(a.status_code == 200 and a.json() == want[b["file"]] for a, b in zip(answers, bodies))
    finally:
        err = srv.stop()
    assert "Traceback" not in err, err


def test_a_taken_port_is_a_one_line_error(server):
    port = server.url.rsplit(":", 1)[1]
    proc = subprocess.run(
        [sys.executable, "-m", "editor_app.cli", "serve", "--port", port], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 2 and proc.stderr.startswith(f"editor-check: cannot listen on 127.0.0.1:{port}")
    assert len(proc.stderr.strip().splitlines()) == 1


def test_an_engine_failure_is_a_500_with_one_line_and_no_traceback(monkeypatch):
    import asyncio

    from editor_app import batch
    from editor_app.serve import create_app

    def boom(text, options=None):
        raise MemoryError("no room\nfor this")

    async def call(method, path, **kw):
        transport = httpx.ASGITransport(app=create_app(), raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.request(method, path, **kw)

    monkeypatch.setattr(batch, "check_text", boom)
    response = asyncio.run(call("POST", "/check", json={"text": "Any text."}))
    assert response.status_code == 500
    assert one_line_detail(response) == "the draft: could not be checked (MemoryError: no room)"
    monkeypatch.setattr("editor_app.serve.load_rules", lambda: boom(""))
    response = asyncio.run(call("GET", "/rules"))
    assert (
        response.status_code == 500 and one_line_detail(response) == "internal error (MemoryError); see the server log"
    )
