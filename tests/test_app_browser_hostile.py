"""In Chromium: a draft full of Markdown, HTML, KaTeX and image payloads is shown literally everywhere
(review heading, saved-reviews list, cards, tooltips, preview), and the browser requests nothing the
draft points at: a tracking pixel in a pasted draft must not report who reviewed it and when.

A local HTTP server stands in for the tracker and records every request it gets.
"""

from __future__ import annotations

import http.server
import os
import threading
from contextlib import contextmanager

import pytest
from playwright.sync_api import expect
from conftest import require_chromium
from test_app_browser import browser_page, paste_and_check, streamlit_server, wait_idle

from editor_app.ingest import MAX_BYTES_ENV


@contextmanager
def tracker():
    """A local server that answers everything with a 1-pixel GIF and records the paths asked for."""
    hits: list[str] = []
    gif = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the http.server API
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/gif")
            self.end_headers()
            self.wfile.write(gif)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()


def payload_draft(base: str) -> tuple[str, str]:
    """A draft whose first line (the review's title, under 80 characters) and body carry payloads."""
    title = f"![t]({base}/pixel.png) **B** :red[r] $x^2$ :smile: # H"
    draft = (
        f"{title}\n\n"
        f"Mayor Anne Hidalgo said the vote was “a budget of responsibility”. and thanked the the opposition "
        f"![pixel]({base}/body.png) <b>bold</b> $$\\int x$$ [link]({base}/link) <{base}/auto>.\n\n"
        f"“We will not raise taxes this year, said deputy mayor Paul Simonnet <img src=x onerror=\"window.pwned=1\">"
        f" (www.example.org, press@example.org).\n\n"
        f"<style>body {{ background: url({base}/bg.png) }}</style> Opposition leader Rachida Dati said the "
        f"majority «refuses to see the debt» <img src=\"{base}/img.png\">.\n"
    )
    return title, draft


LIMIT = 200_000  # the page's size limit in this module (EDITOR_CHECK_MAX_BYTES of its server)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    require_chromium()  # skip (or fail in CI) before starting a server no browser will visit
    tmp = tmp_path_factory.mktemp("e2e-hostile")
    before = os.environ.get(MAX_BYTES_ENV)
    os.environ[MAX_BYTES_ENV] = str(LIMIT)
    try:
        with streamlit_server(tmp / "reviews.sqlite3", tmp / "streamlit.log") as url:
            yield url
    finally:
        if before is None:
            os.environ.pop(MAX_BYTES_ENV, None)
        else:
            os.environ[MAX_BYTES_ENV] = before


def paste(page, text: str) -> None:
    """Paste ``text`` into the Draft box the way the browser does (an insertText edit), then commit it."""
    box = page.get_by_role("textbox", name="Draft", exact=True)
    box.click()
    page.evaluate("t => document.execCommand('insertText', false, t)", text)
    box.press("Control+Enter")
    wait_idle(page)


def test_a_paste_over_the_limit_gets_a_message_at_once_or_is_not_taken(server):
    with browser_page() as page:
        page.goto(server)
        wait_idle(page)
        expect(page.get_by_text("Drafts up to 200 KB of text")).to_be_visible()
        # Within the box's character count but over the limit in bytes: Check says so in one line.
        paste(page, "Совет собрался во вторник. " * 4400)  # 118,800 characters, 216 KB of UTF-8
        page.get_by_role("button", name="Check", exact=True).click()
        alert = page.locator("[data-testid='stAlertContentError']")
        expect(alert).to_contain_text("over the 200 KB size limit")
        wait_idle(page)
        # Over the limit in characters too: the box takes it and says so at once, before Check.
        page.get_by_role("textbox", name="Draft", exact=True).fill("")
        paste(page, "The council met on Tuesday. " * 10_000)  # 280,000 characters
        expect(alert).to_contain_text("280 KB of text, over the 200 KB size limit: Check will refuse it")
        # Over five times the limit the box does not take the paste at all (the browser would otherwise
        # send a message Streamlit closes the connection on); its counter shows the cap.
        page.get_by_role("textbox", name="Draft", exact=True).fill("")
        paste(page, "The council met on Tuesday. " * 40_000)  # 1,120,000 characters
        expect(page.get_by_role("textbox", name="Draft", exact=True)).to_have_value("")


def test_payloads_render_literally_and_nothing_is_requested(server):
    with tracker() as (base, hits), browser_page() as page:
        title, draft = payload_draft(base)
        paste_and_check(page, server, draft)
        heading = page.locator("h3.ec-title")
        expect(heading).to_have_text(title)  # every character, none of it turned into markup
        listed = page.locator("section[data-testid='stSidebar'] button").filter(has_text="**B**")
        expect(listed.first).to_contain_text("![t](")
        wait_idle(page)

        # Nothing from the draft became an element: no image, link, formula or style of its own.
        assert page.locator(f"img[src^='{base}'], a[href^='{base}'], link[href^='{base}']").count() == 0
        assert page.locator("a[href*='example.org']").count() == 0
        assert page.locator("img[src='x']").count() == 0 and page.evaluate("window.pwned") is None
        assert page.locator(".katex, .katex-display").count() == 0
        main_text = page.locator("[data-testid='stMain']").inner_text()
        for piece in (f"![pixel]({base}/body.png) <b>bold</b> $$\\int x$$ [link]({base}/link) <{base}/auto>",
                      "<img src=x onerror=\"window.pwned=1\"> (www.example.org, press@example.org)",
                      f"<style>body {{ background: url({base}/bg.png) }}</style>"):
            assert piece in main_text
        # Tooltips carry the finding's message as text in a title attribute (escaped, never markup).
        titles = page.locator(".ec-article mark[title]").evaluate_all("els => els.map(e => e.title)")
        assert titles and any("the the" in t for t in titles)

        page.reload()  # the saved review reopens the same way
        expect(page.locator("h3.ec-title")).to_have_text(title)
        wait_idle(page)
    assert hits == []
