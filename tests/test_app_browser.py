"""End to end in a real browser: paste a draft, Check, Accept one card, Reject another, reload,
download the .txt and compare it byte for byte with the draft plus exactly the accepted change.

Debian's chromium (``/usr/bin/chromium``, installed by ``.ci/run``; or ``$EDITOR_CHECK_CHROMIUM``) is
driven by Playwright through ``executable_path``; nothing is downloaded. Without one the tests skip
with what to install (they fail instead under ``EDITOR_CHECK_REQUIRE_ALL=1``: see ``conftest.py``). The test starts ``streamlit run`` on a free port itself
and stops it. Waits are on labels and on the page's script state, never on sleeps.

Run ``python tests/test_app_browser.py --screenshot docs/screenshot.png`` to refresh the README image
(``... --screenshot docs/screenshot_original.png fr_hopitaux`` the one with an original).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from playwright.sync_api import expect, sync_playwright

from checks.apply import apply_edits
from checks.engine import check_text
from editor_app.ingest import decode_upload
from editor_app.ui.sidebar import shipped_options
from conftest import require_chromium

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "editor_app" / "app.py"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-default-apps", "--disable-sync", "--disable-extensions",
    "--no-first-run", "--metrics-recording-only", "--mute-audio",
]
TIMEOUT_MS = 20_000
ORIGINAL_TIMEOUT_MS = 90_000
expect.set_options(timeout=TIMEOUT_MS)  # the first Check of a fresh server loads the checks' data

DRAFT = (
    "City council approves budget after night-long debate\n"
    "\n"
    "The city council approved on Tuesday a budget of 2.1 billion euros for next year, after a debate "
    "that lasted until late in the evening.\n"
    "\n"
    "Mayor Anne Hidalgo said the vote was “a budget of responsibility and of solidarity”. and thanked "
    "the opposition for its proposals, she told reporters.\n"
    "\n"
    "“We will not raise taxes this year, said deputy mayor Paul Simonnet. “The families have already "
    "paid enough.\n"
    "\n"
    "Opposition leader Rachida Dati said the budget showed that the majority «refuses to see the debt».\n"
    "\n"
    "<script>window.pwned = 1</script>\n"
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def streamlit_server(db_path: Path, log_path: Path):
    """``streamlit run`` the app on a free local port; yields its URL and stops it afterwards."""
    port = _free_port()
    env = dict(os.environ, EDITOR_CHECK_DB=str(db_path))
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(APP), "--server.headless", "true",
        "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none", "--client.toolbarMode", "minimal",
    ]
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 45
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"streamlit exited with {proc.returncode}: {log_path.read_text()[-2000:]}")
                try:
                    with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as resp:
                        if resp.status == 200:
                            break
                except OSError:
                    if time.monotonic() > deadline:
                        raise RuntimeError("streamlit did not answer within 45 s") from None
                    time.sleep(0.2)  # polling the server's health endpoint, not waiting on the page
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@contextmanager
def browser_page(width: int = 1400, height: int = 1000, executable: str | None = None):
    executable = executable or require_chromium()  # none: the test skips (fails in CI) saying what to install
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
            page = context.new_page()
            page.set_default_timeout(TIMEOUT_MS)
            yield page
        finally:
            browser.close()


def wait_idle(page) -> None:
    """Wait until the page's script run has finished (Streamlit marks it on the app root)."""
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=TIMEOUT_MS)


def paste_and_check(page, url: str, draft: str, original: str | None = None) -> None:
    page.goto(url)
    boxes = [("Draft", draft)] + ([("Original (optional)", original)] if original is not None else [])
    for label, text in boxes:
        box = page.get_by_role("textbox", name=label, exact=True)
        expect(box).to_be_visible()
        wait_idle(page)
        box.fill(text)
        box.press("Control+Enter")  # commits the text before Check (DESIGN.md 5)
        wait_idle(page)
    page.get_by_role("button", name="Check", exact=True).click()
    # The first check with an original loads the sentence model in the server: seconds, more under load.
    timeout = ORIGINAL_TIMEOUT_MS if original is not None else TIMEOUT_MS
    expect(page.get_by_role("heading", name="Suggestions")).to_be_visible(timeout=timeout)
    wait_idle(page)


def card(page, fid: str):
    return page.locator(f".st-key-card-{fid}")


def expect_card(page, fid: str, text: str) -> None:
    """Wait until the card of ``fid`` shows ``text`` (while the page redraws, a stale copy may linger)."""
    expect(card(page, fid).filter(has_text=text).first).to_be_visible()


def click_in_card(page, fid: str, label: str) -> None:
    wait_idle(page)
    card(page, fid).last.get_by_role("button", name=label, exact=True).click()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    require_chromium()  # skip (or fail in CI) before starting a server no browser will visit
    tmp = tmp_path_factory.mktemp("e2e")
    with streamlit_server(tmp / "reviews.sqlite3", tmp / "streamlit.log") as url:
        yield url


def test_paste_check_accept_reject_reload_download(server, tmp_path):
    report = check_text(DRAFT, shipped_options())  # what the page checks with by default
    quote_fixes = [f for f in report.findings if f.rule.startswith("Q") and f.fixable and f.suggestions]
    assert len(quote_fixes) >= 2, [f.id for f in report.findings]
    accepted, rejected = quote_fixes[0], quote_fixes[1]
    expected = apply_edits(DRAFT, [accepted.suggestions[0]]).text.encode("utf-8")
    assert expected != DRAFT.encode("utf-8")

    with browser_page() as page:
        paste_and_check(page, server, DRAFT)

        # The scraped <script> line is shown as text, never run.
        expect(page.locator(".ec-preview")).to_contain_text("<script>window.pwned = 1</script>")
        assert page.evaluate("window.pwned") is None

        expect_card(page, accepted.id, "Original")
        expect(page.locator(".ec-preview :is(del, ins)")).to_have_count(0)
        click_in_card(page, accepted.id, "Accept")
        expect_card(page, accepted.id, "Accepted")
        wait_idle(page)
        # Only the card's fragment reran; the preview and the progress bar it changed are redrawn too.
        expect(page.locator(".ec-preview :is(del, ins)").first).to_be_visible()
        expect(page.get_by_text(f"1 of {len(report.findings)} decided")).to_be_visible()

        click_in_card(page, rejected.id, "Reject")
        expect_card(page, rejected.id, "Rejected")
        wait_idle(page)

        # Reload mid-review: the URL names the saved review, and every decision is still there.
        assert "review=" in page.url
        page.reload()
        expect_card(page, accepted.id, "Accepted")
        expect_card(page, rejected.id, "Rejected")
        wait_idle(page)

        with page.expect_download() as info:
            page.get_by_role("button", name="Download cleaned article (.txt)").click()
        downloaded = Path(info.value.path()).read_bytes()
        assert info.value.suggested_filename.endswith(".txt")

        # The report is built only when its button is clicked (a deferred download).
        with page.expect_download() as info:
            page.get_by_role("button", name="Download review report (.json)").click()
        payload = json.loads(Path(info.value.path()).read_bytes())
    assert downloaded == expected
    decisions = {row["id"]: row["decision"] for row in payload["findings"]}
    assert decisions[accepted.id] == "accepted" and decisions[rejected.id] == "rejected"


def test_upload_a_docx_draft_then_check(server, tmp_path):
    document = docx.Document()
    for para in ("Leaders meet in Brussels", "The summit opened on Thursday with a minute of silence.",
                 "“We are ready to act, the chairman said."):
        document.add_paragraph(para)
    path = tmp_path / "draft.docx"
    document.save(path)
    expected_text = decode_upload(path.read_bytes(), "draft.docx").text

    with browser_page() as page:
        page.goto(server)
        wait_idle(page)
        page.locator('.st-key-draft-upload input[type="file"]').set_input_files(str(path))
        box = page.get_by_role("textbox", name="Draft", exact=True)
        expect(box).to_have_value(expected_text)
        wait_idle(page)
        page.get_by_role("button", name="Check", exact=True).click()
        expect(page.get_by_role("heading", name="Suggestions")).to_be_visible()
        expect(page.get_by_role("button", name="Accept", exact=True).first).to_be_visible()


def test_check_against_an_original_and_translate_an_omission_in(server):
    folder = ROOT / "samples" / "accuracy"
    draft = (folder / "fr_hopitaux.draft.txt").read_text(encoding="utf-8")
    original = (folder / "fr_hopitaux.original.txt").read_text(encoding="utf-8")
    translation = "The plan will be presented to Parliament in the autumn."
    findings = check_text(draft, replace(shipped_options(), original=original)).findings
    figure = next(f for f in findings if f.rule == "A003")
    omission = next(f for f in findings if f.rule == "A001" and f.start == f.end)
    expected = draft[: omission.start] + " " + translation + draft[omission.start:]

    with browser_page() as page:
        paste_and_check(page, server, draft, original)
        # The card of a wrong figure shows the original sentence above the draft's, the figure marked.
        above = card(page, figure.id).locator(".ec-orig")
        expect(above).to_contain_text("Le Premier ministre a annoncé mardi un plan de 3,2 milliards")
        expect(above.locator("mark")).to_have_text("3,2 milliards d'euros")

        expect_card(page, omission.id, "Le plan sera présenté au Parlement")
        box = card(page, omission.id).last.get_by_role("textbox")
        box.fill(translation)
        box.press("Control+Enter")
        wait_idle(page)
        click_in_card(page, omission.id, "Accept")
        expect_card(page, omission.id, "Rewritten")
        wait_idle(page)
        expect(page.locator(".ec-preview ins")).to_contain_text(translation)

        with page.expect_download() as info:
            page.get_by_role("button", name="Download cleaned article (.txt)").click()
        downloaded = Path(info.value.path()).read_bytes().decode("utf-8")
    assert downloaded == expected


def take_screenshot(out: Path, pair: str | None = None) -> None:
    """The page reviewing a sample draft, a few decisions taken, for the README: the sample draft, or
    with ``pair`` (e.g. ``fr_hopitaux``) that accuracy sample's draft checked against its original."""
    import tempfile

    if pair:
        folder = ROOT / "samples" / "accuracy"
        draft = (folder / f"{pair}.draft.txt").read_text(encoding="utf-8")
        original = (folder / f"{pair}.original.txt").read_text(encoding="utf-8")
    else:
        draft, original = (ROOT / "samples" / "draft_eu_summit.txt").read_text(encoding="utf-8"), None
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        with streamlit_server(tmp / "r.sqlite3", tmp / "log.txt") as url, browser_page(1500, 1700) as page:
            paste_and_check(page, url, draft, original)
            if original is None:
                fixes = [f for f in check_text(draft, shipped_options()).findings if f.fixable and f.suggestions]
                if fixes:
                    click_in_card(page, fixes[0].id, "Accept")
                    expect_card(page, fixes[0].id, "Accepted")
                    wait_idle(page)
            # Show the overview and the first cards: the review's title at the top of the view.
            page.locator("h3").first.evaluate("e => e.scrollIntoView({block: 'start'})")
            page.screenshot(path=str(out), full_page=False)


if __name__ == "__main__":
    if len(sys.argv) in (3, 4) and sys.argv[1] == "--screenshot":
        take_screenshot(Path(sys.argv[2]), sys.argv[3] if len(sys.argv) == 4 else None)
    else:
        sys.exit(pytest.main([__file__, "-q"]))
