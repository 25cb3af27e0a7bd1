"""Embed the draft and its original in the background while the editor is still on the input boxes.

Why: a first check against an original spends nearly all its time embedding sentences (seconds for a
2,000-word article on one core). The boxes usually hold both texts some seconds before the editor presses
Check; one background worker per server process uses that time, so Check finds the vectors cached (the
embedder's cache is process-wide and keyed by sentence text). The latest request wins: a worker busy
with text the editor has since changed stops at its next chunk and starts on the new one. Nothing here
touches Streamlit: the worker only fills a cache, and a failure costs nothing but the head start.
"""

from __future__ import annotations

import threading

from checks.accuracy.pairing import prefetch

_lock = threading.Lock()
_wanted: tuple[str, str] | None = None  # the texts the next check will most likely read
_last: tuple[int, int] | None = None  # hashes of the last texts asked for (a rerun asks again: a no-op)
_worker: threading.Thread | None = None


def request(draft: str, original: str) -> bool:
    """Ask for ``draft`` and ``original`` to be embedded ahead; True if that started or queued work."""
    global _wanted, _last, _worker
    if not draft.strip() or not original.strip():
        return False
    key = (hash(draft), hash(original))
    with _lock:
        if key == _last:
            return False
        _last, _wanted = key, (draft, original)
        if _worker is None:  # the worker clears this under the lock as it leaves, so no request is lost
            _worker = threading.Thread(target=_run, name="editor-check-prefetch", daemon=True)
            _worker.start()
    return True


def _run() -> None:
    global _wanted, _worker
    while True:
        with _lock:
            job, _wanted = _wanted, None
            if job is None:
                _worker = None
                return
        try:
            prefetch(*job, stale=lambda: _wanted is not None)
        except Exception:  # noqa: BLE001 - a head start that failed is only a slower Check; it reports its own errors
            pass


def idle(timeout: float | None = None) -> bool:
    """Wait for the worker to finish (tests, benches); True if it is idle."""
    w = _worker
    if w is not None:
        w.join(timeout)
    return w is None or not w.is_alive()
