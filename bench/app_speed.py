"""Time of the review page's re-render after an Accept (and a Reject) click.

A 2,000-word draft (the sample drafts repeated) is checked by the real engine; the review is
capped at ``--findings`` findings (150 by default), spread over the text. The page is run by
``streamlit.testing.v1.AppTest`` in this process, which reruns the whole page on every click: two
figures per click, "script" (the on_click callback, the decision, the save to SQLite and the whole
page script, timed around Streamlit's ``ScriptRunner._run_script``) and "round trip" (adds
AppTest's thread hand-over and reading of the page). No network, no browser.

    python bench/app_speed.py [--words 2000] [--findings 150] [--clicks 20] [--browser] [--original]

``--browser`` adds the whole loop in Debian's chromium against ``streamlit run``, where a card's
click reruns only the review pane (a fragment): from the Accept click to the card showing
"Accepted" (polled on every animation frame), and to the page's script state back at "notRunning".
It prints the machine's load average: figures taken on a loaded machine are slower in proportion,
so compare runs taken at the same load (or on a quiet machine).

``--original`` reviews a draft checked against its original instead (the French sample pair of
``samples/accuracy/`` repeated to ``--words``): every card then shows its aligned original sentence,
and the Check click includes the alignment (the model is loaded beforehand, so it is a re-check's cost).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checks.engine import check_text  # noqa: E402
from checks.stylesheet import CheckOptions  # noqa: E402
from editor_app.review import Review  # noqa: E402
from editor_app.ui.page import CARDS_PER_PAGE  # noqa: E402


def bench_draft(n_words: int) -> str:
    parts = [p.read_text(encoding="utf-8").strip() for p in sorted((ROOT / "samples").glob("draft_*.txt"))]
    if not parts:
        raise SystemExit(f"no samples/draft_*.txt under {ROOT}")
    paras: list[str] = []
    while sum(len(p.split()) for p in paras) < n_words:
        paras.extend(parts)
    return "\n\n".join(paras) + "\n"


def bench_pair(n_words: int) -> tuple[str, str]:
    """A draft of about ``n_words`` and its original: the French sample pair, repeated paragraph by paragraph."""
    folder = ROOT / "samples" / "accuracy"
    draft = (folder / "fr_hopitaux.draft.txt").read_text(encoding="utf-8").strip()
    original = (folder / "fr_hopitaux.original.txt").read_text(encoding="utf-8").strip()
    times = max(1, -(-n_words // len(draft.split())))
    return "\n\n".join([draft] * times) + "\n", "\n\n".join([original] * times) + "\n"


def capped_review(text: str, n_findings: int, original: str | None = None) -> tuple[Review, int]:
    report = check_text(text, CheckOptions(original=original) if original else None)
    found = len(report.findings)
    if found > n_findings:
        step = found / n_findings
        report.findings = [report.findings[int(i * step)] for i in range(n_findings)]
    return Review.from_report(report), found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=2000)
    ap.add_argument("--findings", type=int, default=150)
    ap.add_argument("--clicks", type=int, default=20)
    ap.add_argument("--browser", action="store_true", help="also time Accept clicks in chromium")
    ap.add_argument("--original", action="store_true", help="a draft checked against its original (cards show it)")
    args = ap.parse_args(argv)

    os.environ["EDITOR_CHECK_DB"] = str(Path(tempfile.mkdtemp()) / "bench.sqlite3")
    from streamlit.runtime.scriptrunner import script_runner
    from streamlit.testing.v1 import AppTest

    script_ms: list[float] = []
    run_script = script_runner.ScriptRunner._run_script

    def timed(self, rerun_data):
        t = time.perf_counter()
        try:
            return run_script(self, rerun_data)
        finally:
            script_ms.append((time.perf_counter() - t) * 1000)

    script_runner.ScriptRunner._run_script = timed

    text, original = bench_pair(args.words) if args.original else (bench_draft(args.words), None)
    t0 = time.perf_counter()
    review, found = capped_review(text, args.findings, original)
    first_check = time.perf_counter() - t0
    at = AppTest.from_file(str(ROOT / "editor_app" / "app.py"), default_timeout=60)
    at.run()
    at.session_state["review"] = review
    at.session_state["draft"] = review.text
    at.session_state["original"] = original or ""
    t0 = time.perf_counter()
    at.run()
    first = time.perf_counter() - t0
    assert not at.exception, at.exception

    # The Check click itself on the same draft: engine, new review, save and the whole page.
    fresh = AppTest.from_file(str(ROOT / "editor_app" / "app.py"), default_timeout=60)
    fresh.run()
    fresh.text_area(key="draft").set_value(text)
    if original:
        fresh.text_area(key="original").set_value(original)
    script_ms.clear()
    fresh.button(key="check").click().run()
    assert not fresh.exception, fresh.exception
    check_ms = script_ms[-1]
    checked = len(fresh.session_state["review"].findings)

    fixable = [f.id for f in review.findings[:CARDS_PER_PAGE] if f.suggestions and f.fixable]  # the first page
    omissions = {f.id for f in review.findings if review.is_omission(f.id)}  # Accept needs a typed translation
    accept_ms, reject_ms, accept_script, reject_script = [], [], [], []
    for i, fid in enumerate(fixable[: args.clicks]):
        key = f"accept-{fid}" if i % 2 == 0 else f"reject-{fid}"
        button = at.button(key=key)
        script_ms.clear()
        t0 = time.perf_counter()
        button.click().run()
        ms = (time.perf_counter() - t0) * 1000
        assert not at.exception, at.exception
        assert len(script_ms) == 1, script_ms
        (accept_ms if i % 2 == 0 else reject_ms).append(ms)
        (accept_script if i % 2 == 0 else reject_script).append(script_ms[0])
    counts = review.counts()
    assert counts["accepted"] == len(accept_ms), counts

    def line(name: str, xs: list[float]) -> str:
        xs = sorted(xs)
        return (f"{name:<20} n={len(xs):>2}  median {statistics.median(xs):6.1f} ms  "
                f"p90 {xs[int(0.9 * (len(xs) - 1))]:6.1f} ms  max {xs[-1]:6.1f} ms")

    print(f"draft: {len(text.split()):,} words; engine found {found} findings; review shows {len(review.findings)} "
          f"({len(fixable)} with a one-click fix on the first page of {CARDS_PER_PAGE} cards)")
    if original:
        print(f"with its original ({len(original.split()):,} words, {len(review.pairs)} aligned steps): first check "
              f"in this process (model load, embedding, alignment, rules) {first_check:.1f} s; the pair is repeated, "
              "so few distinct sentences are embedded (bench/accuracy.py times a real article's first check)")
    print(f"first render of the review: {first * 1000:.1f} ms")
    print(f"Check click (engine + review + save + page, {checked} cards): {check_ms:.1f} ms script")
    print("AppTest reruns the whole page on every click (the browser reruns only the review pane):")
    print(line("Accept script", accept_script))
    print(line("Accept round trip", accept_ms))
    print(line("Reject script", reject_script))
    print(line("Reject round trip", reject_ms))
    if args.browser:
        load = os.getloadavg()[0]
        card_ms, idle_ms = browser_clicks(text, args.clicks // 2, original, omissions)
        print(f"Accept in chromium: all {checked} cards of the check, drawn in pages of {CARDS_PER_PAGE}; "
              f"load average {load:.1f} on {os.cpu_count()} cores")
        print(line("  click to card", card_ms))
        print(line("  click to idle", idle_ms))
        print("target: click to card under 300 ms")
    return 0


def browser_clicks(text: str, clicks: int, original: str | None = None,
                   skip: set[str] = frozenset()) -> tuple[list[float], list[float]]:
    """Accept clicks in a real browser via the browser test's helpers: click to the card's new state
    (checked on every animation frame, not by Playwright's backing-off retries), and to idle."""
    sys.path.insert(0, str(ROOT / "tests"))
    import re

    from test_app_browser import TIMEOUT_MS, browser_page, paste_and_check, streamlit_server, wait_idle

    shows_accepted = ("fid => [...document.querySelectorAll('.st-key-card-' + fid)]"
                      ".some(e => e.innerText.includes('Accepted'))")
    to_card: list[float] = []
    to_idle: list[float] = []
    tmp = Path(tempfile.mkdtemp())
    with streamlit_server(tmp / "b.sqlite3", tmp / "log.txt") as url, browser_page(1400, 1000) as page:
        paste_and_check(page, url, text, original)
        for _ in range(clicks):
            for holder in page.locator('[class*="st-key-accept-"]:has(button:not([disabled]))').all():
                fid = re.search(r"st-key-accept-(\S+)", holder.get_attribute("class")).group(1)
                if fid not in skip:  # an omission's Accept inserts a typed translation: not a one-click fix
                    break
            t0 = time.perf_counter()
            holder.locator("button").click()
            page.wait_for_function(shows_accepted, arg=fid, polling="raf", timeout=TIMEOUT_MS)
            to_card.append((time.perf_counter() - t0) * 1000)
            wait_idle(page)
            to_idle.append((time.perf_counter() - t0) * 1000)
    return to_card, to_idle


if __name__ == "__main__":
    sys.exit(main())
