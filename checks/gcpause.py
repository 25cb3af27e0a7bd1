"""Pause Python's cyclic garbage collector while a draft is checked.

A hostile draft (200,000 quotation marks) makes the rules allocate hundreds of thousands of small objects
that live until the report is built: spans, quotations, findings. Each time the collector runs it walks
all of them again, which doubled the time of such a check. Reference counting frees them as usual; the
collector runs once the last check in the process has finished. Checks in several threads share one
count, so the collector is paused from the first start to the last finish, and restored as it was.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager

_lock = threading.Lock()
_active = 0
_was_enabled = False


@contextmanager
def cyclic_gc_paused():
    global _active, _was_enabled
    with _lock:
        if _active == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0 and _was_enabled:
                gc.enable()
