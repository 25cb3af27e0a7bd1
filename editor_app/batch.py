"""Many drafts at once: which files a command line names, one per-file check, and running it in order.

Every way of checking (``--jobs 1`` in process, the worker pool, Dask, the HTTP service) goes through
:func:`check_input`, so one draft's JSON (DESIGN.md 3.1) is the same whichever way it was produced.
Results always come back in input order, one at a time as they are ready, so a pipeline reading
``--format jsonl`` can start before the batch ends.

Thread safety: the engine keeps per-process tables (garble's token table) that are not safe to
grow from two threads at once, so checks in one process take turns under a lock. Checks are
CPU-bound Python, so threads would not have run them in parallel anyway; parallelism comes from
processes (the pool, Dask worker processes, ``serve --jobs``).
"""

from __future__ import annotations

import glob
import logging
import multiprocessing
import os
import signal
import socket
import threading
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Union

from checks.engine import check_text
from checks.findings import Report
from checks.stylesheet import CheckOptions, StyleSheetError

from .ingest import Ingested, IngestError, TooLargeError, read_path

# What a directory contributes when it is named on the command line (searched recursively).
DRAFT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".docx", ".html", ".htm"})
WARM_UP_TEXT = "The minister said on Tuesday that the talks would continue. “We are ready,” he told reporters.\n"


class BatchError(RuntimeError):
    """A batch that cannot run at all (no scheduler, a missing extra); the message is one line."""


@dataclass(frozen=True)
class Draft:
    """A draft read elsewhere (standard input, ``--send-text``) or given as text (an HTTP request)."""

    name: str | None  # shown as the result's ``file``; an HTTP request may leave it out
    ingested: Ingested  # its text, and how it was stored (for --fix-all's write-back)

    @classmethod
    def of_text(cls, name: str | None, text: str) -> "Draft":
        return cls(name, Ingested(text))


Item = Union[str, os.PathLike, Draft]  # a path is read where the check runs; a Draft carries its text


@dataclass
class FileResult:
    """One draft's outcome: its report, or the one-line reason it could not be checked."""

    file: str | None
    report: Report | None = None
    ingested: Ingested | None = None  # what was read: notices ("decoded as ..."), encoding for write-back
    error: str | None = None
    too_large: bool = False  # the error is the size limit

    @property
    def notices(self) -> list[str]:
        return self.ingested.notices if self.ingested is not None else []

    def to_dict(self) -> dict:
        """The JSON object of DESIGN.md 3.1."""
        assert self.report is not None, self.error
        return self.report.to_dict(file=self.file)


@dataclass
class Inputs:
    items: list  # paths, Drafts, or FileResults for arguments that name nothing (a glob matching no file)
    many: bool  # several arguments, or a directory or glob: JSON output is then always a list
    warnings: list[str] = field(default_factory=list)


def expand_inputs(args: Iterable[str]) -> Inputs:
    """Files as given; directories searched recursively for drafts; globs expanded (sorted).

    A path that does not exist and is no glob is kept, and a glob that matches nothing becomes an
    error result, so either is reported in its place instead of silently dropped. ``-`` (standard
    input) is kept as is.
    """
    args = list(args)
    items: list = []
    warnings: list[str] = []
    many = len(args) > 1
    for arg in args:
        if arg == "-" or os.path.isfile(arg):
            items.append(arg)
        elif os.path.isdir(arg):
            many = True
            found = _drafts_under(arg)
            if not found:
                warnings.append(f"{arg}: no drafts ({', '.join(sorted(DRAFT_SUFFIXES))}) in this directory")
            items.extend(found)
        elif glob.has_magic(arg):
            many = True
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                items.append(FileResult(arg, error=f"{arg}: no file matches"))
            for m in matches:
                items.extend(_drafts_under(m) if os.path.isdir(m) else [m])
        else:
            items.append(arg)
    return Inputs(items, many, warnings)


def _drafts_under(root: str) -> list[str]:
    """Draft files under a directory, sorted by path; hidden files and folders are skipped."""
    found = []
    for here, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [
            os.path.join(here, f) for f in files if not f.startswith(".") and Path(f).suffix.lower() in DRAFT_SUFFIXES
        ]
    return sorted(found, key=lambda p: Path(p).parts)


# -- the per-file function ---------------------------------------------------------------------------

def check_input(item: Item, options: CheckOptions | None = None, max_bytes: int | None = None) -> FileResult:
    """Read (within ``max_bytes``, see :func:`read_path`) and check one draft; never raises for a bad
    draft: its one-line reason is in ``error``."""
    name = item.name if isinstance(item, Draft) else str(item)
    try:
        ingested = item.ingested if isinstance(item, Draft) else read_path(item, max_bytes)
        report = check_text(ingested.text, options)
    except (IngestError, StyleSheetError) as exc:
        return FileResult(name, error=str(exc), too_large=isinstance(exc, TooLargeError))
    except Exception as exc:  # a draft that breaks the engine must not stop a batch of thousands
        return _failed(item, exc)
    return FileResult(name, report, ingested)


def check_one(item: Item, options: CheckOptions | None = None, max_bytes: int | None = None) -> dict:
    """The DESIGN.md 3.1 object for one draft (a path, or a :class:`Draft`); IngestError if unreadable."""
    result = check_input(item, options, max_bytes)
    if result.error is not None:
        raise IngestError(result.error)
    return result.to_dict()


def fix_all_text(report: Report, options: CheckOptions | None = None):
    """``--fix-all``'s fixed point (checks.fixall) for a checked draft."""
    from checks.fixall import fix_all

    return fix_all(report.text, options, report)


_WARMED: list = []  # the options this process has warmed up with (a forked worker inherits the list)


def warm_up(options: CheckOptions | None = None) -> None:
    """Load models and word lists now, once per process, instead of inside the first draft's check."""
    if options in _WARMED:  # identity first, then equality
        return
    check_text(WARM_UP_TEXT, options)
    _WARMED.append(options)


def _one_line(message: str) -> str:
    return message.splitlines()[0] if message else message


# -- in order, with a bounded number of checks in flight ------------------------------------------------

MAX_CHUNK = 8  # drafts per task for a worker: less traffic per draft, yet results still stream


def check_inputs(
    items: Iterable, options: CheckOptions | None = None, max_bytes: int | None = None
) -> list[FileResult]:
    """:func:`check_input` over a few drafts (one task for a worker); FileResults pass through."""
    return [item if isinstance(item, FileResult) else check_input(item, options, max_bytes) for item in items]


def chunk_size(n_items: int, workers: int) -> int:
    """Drafts per task: up to MAX_CHUNK, but small batches stay one draft a task so every worker gets some."""
    return max(1, min(MAX_CHUNK, n_items // (16 * workers)))


def chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def in_order(submit: Callable, units: Iterable[list], window: int) -> Iterator[FileResult]:
    """Submit units (lists of drafts; at most ``window`` ahead) and yield their results in input order.

    ``submit(unit)`` returns a future whose ``result()`` is the unit's list of FileResults. A
    future that fails (a worker process died) becomes the error result of each of its drafts,
    so the batch goes on.
    """
    pending: deque = deque()
    it = iter(units)
    exhausted = False
    while True:
        while not exhausted and len(pending) < window:
            unit = next(it, None)
            if unit is None:
                exhausted = True
            else:
                pending.append((unit, _submit(submit, unit)))
        if not pending:
            return
        unit, fut = pending.popleft()
        yield from _results(unit, fut)


def _submit(submit: Callable, unit: list):
    if all(isinstance(item, FileResult) for item in unit):
        return unit  # nothing to check
    try:
        return submit(unit)
    except Exception as exc:  # e.g. a broken pool: these drafts fail, the loop reports the rest the same way
        return [_failed(item, exc) for item in unit]


def _results(unit: list, fut) -> list[FileResult]:
    if isinstance(fut, list):
        return fut
    try:
        return fut.result()
    except Exception as exc:
        return [item if isinstance(item, FileResult) else _failed(item, exc) for item in unit]


def _failed(item, exc: BaseException) -> FileResult:
    name = item.name if isinstance(item, Draft) else str(item)
    label = "the draft" if name is None else name  # an HTTP request's text need not have a name
    return FileResult(name, error=f"{label}: could not be checked ({type(exc).__name__}: {_one_line(str(exc))})")


# -- worker processes on this machine ------------------------------------------------------------------

_WORKER: dict = {"options": None, "max_bytes": None}  # set once per pool worker process


def _init_worker(options: CheckOptions | None, max_bytes: int | None = None) -> None:
    """Runs once in each worker process: keep the options, load the models (Ctrl-C is the parent's)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER.update(options=options, max_bytes=max_bytes)
    warm_up(options)


def _check_in_worker(unit: list) -> list[FileResult]:
    return check_inputs(unit, _WORKER["options"], _WORKER["max_bytes"])


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def process_pool(jobs: int, options: CheckOptions | None = None, max_bytes: int | None = None):
    """A pool of ``jobs`` worker processes, each loading models and ``options`` once.

    A single-threaded caller (the command line) forks its workers: quick, and nothing of the
    caller's ``__main__`` is re-run. A caller with threads (a server, a Dask client) could fork
    a lock some other thread holds, so its workers start from a fresh interpreter instead.
    """
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        method = "fork"
    else:
        method = "forkserver" if "forkserver" in methods else "spawn"
    ctx = multiprocessing.get_context(method)
    if method == "fork":
        warm_up(options)  # once here: the forked workers share the loaded models instead of each loading them
    return ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_worker, initargs=(options, max_bytes))


def run_local(
    items: Iterable[Item], options: CheckOptions | None = None, jobs: int | None = None, max_bytes: int | None = None
) -> Iterator[FileResult]:
    """Check drafts in input order: in this process for ``jobs == 1``, else in a pool of worker processes."""
    items = list(items)
    jobs = max(1, min(jobs or default_jobs(), len(items)))
    if jobs == 1:
        for item in items:
            yield from check_inputs([item], options, max_bytes)
        return
    pool = process_pool(jobs, options, max_bytes)
    try:
        units = chunks(items, chunk_size(len(items), jobs))
        yield from in_order(lambda unit: pool.submit(_check_in_worker, unit), units, window=4 * jobs)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# -- a Dask cluster ----------------------------------------------------------------------------------------


def run_dask(
    items: Iterable[Item],
    options: CheckOptions | None,
    client,
    send_text: bool = False,
    max_bytes: int | None = None,
) -> Iterator[FileResult]:
    """Check drafts on a ``dask.distributed`` cluster, results in input order.

    Workers read the files themselves (a shared filesystem) unless ``send_text``: then this
    process reads each draft and sends its text. The options travel to each worker once
    (scattered); each worker process loads the models once (warmed up here, cached after).
    """
    items = list(items)
    try:
        opts = client.scatter(options, broadcast=True, hash=False) if options is not None else None
        client.run(warm_up, options)
    except Exception as exc:  # most often: this package is not installed on the workers
        reason = f"{type(exc).__name__}: {_one_line(str(exc))}"
        raise BatchError(
            f"the Dask workers cannot run the checks ({reason}); is mt-editor-check installed there?"
        ) from None
    workers = sum(client.nthreads().values()) or 1
    prepared = (_read_here(i, max_bytes) for i in items) if send_text else items
    submit = lambda unit: client.submit(check_inputs, unit, opts, max_bytes, pure=False)  # noqa: E731
    yield from in_order(submit, chunks(prepared, chunk_size(len(items), workers)), window=max(8, 4 * workers))


def _read_here(item: Item, max_bytes: int | None):
    """A draft read in this process, to send as text (or its error result)."""
    if isinstance(item, (Draft, FileResult)):
        return item
    try:
        return Draft(str(item), read_path(item, max_bytes))
    except IngestError as exc:
        return FileResult(str(item), error=str(exc), too_large=isinstance(exc, TooLargeError))


def connect(address: str, timeout: float = 10.0):
    """A Dask client for the scheduler at ``address``; one-line errors for a missing extra or no answer."""
    try:
        from distributed import Client
    except ImportError:
        raise BatchError("--dask needs dask[distributed]: pip install 'mt-editor-check[dask]'") from None
    logging.getLogger("distributed").setLevel(logging.ERROR)  # its retries and warnings are not ours to print
    try:
        _probe(address, timeout)
        return Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or type(exc).__name__
        raise BatchError(_one_line(f"cannot reach the Dask scheduler at {address} ({reason})")) from None


def _probe(address: str, timeout: float) -> None:
    """Fail at once when nothing listens at a ``tcp://`` address (Dask itself retries until its timeout)."""
    from urllib.parse import urlsplit

    parts = urlsplit(address if "://" in address else f"tcp://{address}")
    if parts.scheme != "tcp":
        return  # tls://, ucx://, ...: left to Dask
    try:
        port = parts.port
    except ValueError:
        port = None
    if not (parts.hostname and port):
        raise ValueError("expected tcp://HOST:PORT, e.g. tcp://scheduler:8786")
    socket.create_connection((parts.hostname, port), timeout=timeout).close()


def check_many(
    paths: Iterable[Item],
    options: CheckOptions | None = None,
    *,
    client=None,
    jobs: int | None = None,
    send_text: bool = False,
    max_bytes: int | None = None,
) -> Iterator[FileResult]:
    """Check many drafts in input order: on a Dask ``client`` when given, else on a local pool.

    Each result's ``to_dict()`` is the JSON of DESIGN.md 3.1; ``error`` says why a draft failed.
    """
    if client is not None:
        return run_dask(paths, options, client, send_text, max_bytes)
    return run_local(paths, options, jobs, max_bytes)
