"""Service speed: requests/s and p50/p95 latency of ``POST /check`` for a ~600-word article.

Starts the real server (``editor-check serve --port 0``) in a subprocess for each ``--jobs``
value, warms it up, then sends the same article from 1 and from 4 concurrent clients (httpx, one
connection each) and prints throughput and latency percentiles. The article is the seed draft
(572 words) when ``../shared`` is there, else the sample drafts cut to 600 words. On a shared
machine the figures are inflated by the other load (printed); re-measure on a quiet one.

    python bench/serve.py [--requests 40] [--clients 1,4] [--jobs 1,2]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import SHARED, words_draft  # noqa: E402


def article() -> tuple[str, str]:
    seed = sorted((SHARED / "seed").glob("*.txt"))
    if seed:
        return seed[0].read_text(encoding="utf-8"), f"the seed draft {seed[0].name}"
    return words_draft(600), "the sample drafts cut to 600 words"


def start(jobs: int) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "editor_app.cli", "serve", "--port", "0", "--jobs", str(jobs), "--log-level", "warning"],
        stderr=subprocess.PIPE,
        text=True,
    )
    line = proc.stderr.readline()
    if "serving on" not in line:
        raise SystemExit(f"the server did not start: {line}{proc.stderr.read()}")
    url = line.split("serving on ")[1].split()[0]
    for _ in range(600):
        try:
            if httpx.get(url + "/health", timeout=5).status_code == 200:
                return proc, url
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit("the server did not answer /health")


def load(url: str, body: dict, clients: int, requests: int) -> tuple[float, list[float]]:
    """``requests`` requests spread over ``clients`` threads; wall seconds and each latency."""
    latencies: list[float] = []
    lock = threading.Lock()
    per_client = [requests // clients + (i < requests % clients) for i in range(clients)]

    def client(n: int) -> None:
        with httpx.Client(base_url=url, timeout=300) as http:
            for _ in range(n):
                t0 = time.perf_counter()
                response = http.post("/check", json=body)
                took = time.perf_counter() - t0
                response.raise_for_status()
                with lock:
                    latencies.append(took)

    threads = [threading.Thread(target=client, args=(n,)) for n in per_client]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - t0, latencies


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] if len(values) > 1 else values[0]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=40, help="requests per measurement")
    ap.add_argument("--clients", default="1,4", help="comma-separated numbers of concurrent clients")
    ap.add_argument("--jobs", default="1,2", help="comma-separated serve --jobs values")
    args = ap.parse_args()
    text, what = article()
    body = {"text": text}
    print(
        f"article: {what}, {len(text.split())} words; cores: {os.cpu_count()}; load average: {os.getloadavg()[0]:.2f}"
    )
    for jobs in [int(j) for j in args.jobs.split(",")]:
        proc, url = start(jobs)
        try:
            load(url, body, jobs, 2 * jobs)  # warm every worker
            for clients in [int(c) for c in args.clients.split(",")]:
                wall, lat = load(url, body, clients, args.requests)
                ms = [x * 1000 for x in lat]
                print(
                    f"serve --jobs {jobs}, {clients} client{'s' * (clients > 1)}: {len(lat) / wall:6.1f} requests/s   "
                    f"p50 {percentile(ms, 50):6.0f} ms   p95 {percentile(ms, 95):6.0f} ms   ({len(lat)} requests)"
                )
        finally:
            proc.terminate()
            proc.wait(timeout=60)
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
