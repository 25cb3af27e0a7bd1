"""The cyclic GC waits while a check runs, and comes back as it was, also when checks overlap in threads."""

import gc
import threading

from checks import check_text
from checks.gcpause import cyclic_gc_paused


def test_overlapping_pauses_restore_the_collector_once_the_last_ends():
    assert gc.isenabled()
    with cyclic_gc_paused():
        assert not gc.isenabled()
        with cyclic_gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer check is still running
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off():
    gc.disable()
    try:
        with cyclic_gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_checks_in_threads_leave_the_collector_enabled():
    errors = []

    def work():
        try:
            check_text("“We will win,” he said. The the talks went on.")
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and gc.isenabled()
