"""``editor-check serve``: the same checks over HTTP for newsroom systems (FastAPI + uvicorn).

- ``POST /check`` takes ``{"text": ..., "original": ..., "sources": [...], "names": [...],
  "glossary": [...], "default_lists": ..., "quote_style": ..., "select": [...], "ignore": [...],
  "file": ...}`` (all but ``text`` optional) and returns exactly the JSON object of DESIGN.md 3.1,
  built by the same per-file function as the command line (:func:`editor_app.batch.check_input`):
  ``original`` is ``--original``'s text, ``"default_lists": false`` is ``--no-default-lists``.
- ``POST /fix`` returns the text with chosen findings' first suggestions applied.
- ``GET /rules`` the catalogue, ``GET /health``; OpenAPI docs at ``/docs``.

Bad input gets a 4xx whose ``detail`` is one line, never a traceback; a body over the size
limit gets 413. The service never opens a file a client names: sources, names and glossary
travel in the request body. Checks run one at a time in this process (``--jobs 1``) or in a
pool of worker processes that each load the models once.
"""

from __future__ import annotations

import argparse
import logging
import os
import socket
import sys
import threading
from contextlib import asynccontextmanager
from typing import Optional, Union

from checks.apply import apply_edits
from checks.registry import load_rules, select_codes
from checks.stylesheet import CheckOptions, GlossaryEntry, NameEntry, SourceDocument

from . import batch
from .cli import UsageError, _Parser

try:
    from fastapi import FastAPI, HTTPException
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import JSONResponse
    from pydantic import BaseModel, ConfigDict, Field
except ImportError:  # pragma: no cover - the [serve] extra is missing
    raise UsageError("editor-check serve needs FastAPI and uvicorn: pip install 'mt-editor-check[serve]'") from None

DEFAULT_MAX_BYTES = 5_000_000  # 5 MB: a long article is ~50 kB; a request this big is a mistake or an attack
QUOTE_STYLES = ("us", "uk", "auto")  # auto: not chosen (the CLI default)
log = logging.getLogger("editor_check.serve")


class NameIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    variants: list[str] = []


class GlossaryIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    wrong: str
    right: str
    note: str = ""


class SourceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field("source", description="a label shown in messages; never opened as a file")
    text: str


class CheckRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(description="the draft")
    file: Optional[str] = Field(None, description="a label echoed as the result's `file`; never opened")
    original: Optional[str] = Field(
        None, description="the foreign-language article the draft was translated from, as text (--original)"
    )
    sources: list[Union[str, SourceIn]] = Field([], description="reference texts quotes are verified against")
    names: list[Union[str, NameIn]] = Field([], description="names list: canonical spellings, optional variants")
    glossary: list[GlossaryIn] = Field([], description="preferred wording: wrong -> right")
    quote_style: Optional[str] = Field(None, description="house style for nesting and punctuation at quotes: us or uk "
                                       "(omitted or auto: not chosen, only the draft's own consistent habit counts)")
    default_lists: bool = Field(
        True, description="false: without the shipped names list and glossary (--no-default-lists)"
    )
    select: Optional[list[str]] = Field(None, description="rule codes, prefixes or categories to run")
    ignore: Optional[list[str]] = Field(None, description="rule codes, prefixes or categories to skip")


class FixRequest(CheckRequest):
    ids: Optional[list[str]] = Field(
        None,
        description="finding ids `RULE-START-END` to apply (one pass; the answer lists applied and skipped ids); "
        "omitted: every fixable finding until a fixed point, as --fix-all (the answer gives passes and withheld rules)",
    )
    allow_quoted: bool = Field(False, description="also apply chosen findings whose edits change quoted speech")


def request_options(req: CheckRequest) -> CheckOptions:
    """The CheckOptions a request asks for; HTTPException 422 with a one-line reason otherwise."""
    original = None
    if req.original is not None:
        if not req.original.strip():
            raise HTTPException(422, "original: the text is empty (leave it out to check without an original)")
        original = SourceDocument("original", req.original)
    try:
        select = select_codes(req.select, req.ignore)
    except ValueError as exc:
        raise HTTPException(422, f"select/ignore: {exc}") from None
    names = [NameEntry(*_name_parts(n)) for n in req.names]
    glossary = [GlossaryEntry(" ".join(g.wrong.split()), g.right, g.note) for g in req.glossary if g.wrong.strip()]
    sources = [
        SourceDocument(f"source {i}", s) if isinstance(s, str) else SourceDocument(s.name, s.text)
        for i, s in enumerate(req.sources, 1)
    ]
    extra = {}
    if req.quote_style is not None:
        if req.quote_style not in QUOTE_STYLES:
            raise HTTPException(422, f"quote_style: expected one of {', '.join(QUOTE_STYLES)}, got {req.quote_style!r}")
        extra["quote_style"] = req.quote_style
    return CheckOptions(names=[n for n in names if n.name], glossary=glossary, sources=sources, select=select,
                        default_lists=req.default_lists, original=original, **extra)


def _name_parts(entry) -> tuple[str, tuple[str, ...]]:
    if isinstance(entry, str):
        return " ".join(entry.split()), ()
    return " ".join(entry.name.split()), tuple(v.strip() for v in entry.variants if v.strip())


class Checker:
    """Runs checks one at a time here (jobs=1), or in a pool of worker processes that is rebuilt if one dies."""

    def __init__(self, jobs: int = 1):
        self.jobs = jobs
        self.pool = None
        self._lock = threading.Lock()

    def start(self) -> None:
        if self.jobs > 1:
            self.pool = batch.process_pool(self.jobs)
            for fut in [self.pool.submit(os.getpid) for _ in range(self.jobs)]:
                fut.result()  # every worker up and warmed before the first request
        else:
            batch.warm_up()

    def stop(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def check(self, draft: batch.Draft, options: CheckOptions) -> batch.FileResult:
        pool = self.pool
        if pool is None:
            return batch.check_input(draft, options)
        try:
            return pool.submit(batch.check_input, draft, options).result()
        except Exception as exc:  # BrokenProcessPool: a worker died (out of memory?); start afresh
            with self._lock:
                if self.pool is pool:
                    self.pool = batch.process_pool(self.jobs)
            pool.shutdown(wait=False, cancel_futures=True)
            return batch.FileResult(
                draft.name, error=f"a worker process failed while checking this text ({type(exc).__name__})"
            )


def create_app(max_bytes: int = DEFAULT_MAX_BYTES, jobs: int = 1) -> FastAPI:
    """The HTTP application; ``jobs`` > 1 checks in that many worker processes."""
    checker = Checker(jobs)

    @asynccontextmanager
    async def lifespan(app):
        checker.start()
        yield
        checker.stop()

    app = FastAPI(
        title="editor-check",
        version=_version(),
        lifespan=lifespan,
        description="Editorial checks for machine-translated news (DESIGN.md 3.1).",
    )
    app.add_middleware(BodyLimit, max_bytes=max_bytes)
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(Exception, _internal_error)

    def run(req: CheckRequest) -> batch.FileResult:
        result = checker.check(batch.Draft.of_text(req.file, req.text), request_options(req))
        if result.error is not None:
            raise HTTPException(500, result.error)
        for notice in result.report.notices:
            log.warning("%s", notice)
        return result

    @app.post("/check", summary="Check a draft; the JSON object of DESIGN.md 3.1")
    def check(req: CheckRequest):
        return JSONResponse(run(req).to_dict())

    @app.post("/fix", summary="The draft with chosen findings fixed, or every fixable one as --fix-all")
    def fix(req: FixRequest):
        if req.ids is None:
            return JSONResponse(fix_everything(run(req).report, request_options(req)))
        return JSONResponse(fix_text(run(req).report, req.ids, req.allow_quoted))

    @app.get("/rules", summary="The rule catalogue")
    async def rules():
        return [
            {"code": r.code, "name": r.name, "category": r.category, "severity": r.severity, "summary": r.summary}
            for _, r in sorted(load_rules().items())
        ]

    @app.get("/health", summary="Liveness and version")
    async def health():
        return {"status": "ok", "version": _version(), "jobs": jobs}

    return app


def fix_everything(report, options: CheckOptions) -> dict:
    """``--fix-all``: every fixable finding, pass after pass until nothing improves (checks.fixall)."""
    result = batch.fix_all_text(report, options)
    return {"text": result.text, "passes": result.passes, "settled": result.settled, "withheld": list(result.withheld)}


def fix_text(report, ids: list[str], allow_quoted: bool = False) -> dict:
    """Apply the first suggestion of each chosen finding, in one pass over the submitted text.

    Findings whose edits would change quoted speech are applied only with ``allow_quoted`` (the
    editor's explicit tick in the app); those, findings without a suggestion and edits that
    overlap an earlier one are listed under ``skipped`` with the reason.
    """
    by_id = {f.id: f for f in report.findings}
    unknown = [i for i in ids if i not in by_id]
    if unknown:
        more = f" (and {len(unknown) - 1} more)" if len(unknown) > 1 else ""
        raise HTTPException(422, f"ids: no finding {unknown[0]} in this text{more}")
    chosen = [by_id[i] for i in dict.fromkeys(ids)]
    skipped = [{"id": f.id, "reason": "no suggestion"} for f in chosen if not f.suggestions]
    skipped += [
        {"id": f.id, "reason": "quoted speech"} for f in chosen if f.suggestions and not (f.fixable or allow_quoted)
    ]
    todo = [f for f in chosen if f.suggestions and (f.fixable or allow_quoted)]
    result = apply_edits(report.text, [f.suggestions[0] for f in todo])
    kept = {id(s) for s in result.applied}
    skipped += [{"id": f.id, "reason": "overlaps another edit"} for f in todo if id(f.suggestions[0]) not in kept]
    applied = [f.id for f in todo if id(f.suggestions[0]) in kept]
    return {"text": result.text, "applied": applied, "skipped": skipped}


async def _invalid_request(request, exc: RequestValidationError) -> JSONResponse:
    errors = exc.errors()
    return JSONResponse({"detail": _describe(errors)}, status_code=422)


def _describe(errors) -> str:
    if not errors:
        return "invalid request"
    first = errors[0]
    if first.get("type") == "json_invalid":
        return f"the body is not valid JSON ({first.get('ctx', {}).get('error', 'parse error')})"
    where = ".".join(str(p) for p in first.get("loc", ()) if p != "body") or "body"
    if where == "body" and first.get("type") in ("model_attributes_type", "dict_type"):
        return "the body must be a JSON object (Content-Type: application/json)"
    more = f" (and {len(errors) - 1} more problem{'s' * (len(errors) > 2)})" if len(errors) > 1 else ""
    return " ".join(f"{where}: {first.get('msg', 'invalid')}{more}".split())


async def _internal_error(request, exc: Exception) -> JSONResponse:
    return JSONResponse({"detail": f"internal error ({type(exc).__name__}); see the server log"}, status_code=500)


class BodyLimit:
    """ASGI middleware: 413 for a request body over ``max_bytes`` (declared or streamed)."""

    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_bytes:
            if int(declared) <= self._drain_budget:
                await self._drain(receive)
            return await self._too_large(scope, send)
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            more = message.get("more_body", False)
            if size > self.max_bytes:
                if more:
                    await self._drain(receive)
                return await self._too_large(scope, send)
        replay = [{"type": "http.request", "body": b"".join(chunks), "more_body": False}]

        async def replayed():
            return replay.pop() if replay else await receive()

        await self.app(scope, replayed, send)

    @property
    def _drain_budget(self) -> int:
        return 4 * self.max_bytes + (1 << 20)

    async def _drain(self, receive) -> None:
        """Read and drop the rest of a moderately oversized body, so the client sees the 413, not a reset."""
        read, more = 0, True
        while more and read <= self._drain_budget:
            message = await receive()
            read += len(message.get("body", b""))
            more = message["type"] == "http.request" and message.get("more_body", False)

    async def _too_large(self, scope, send) -> None:
        response = JSONResponse({"detail": f"request body over the limit of {self.max_bytes:,} bytes"}, status_code=413)
        await response(scope, None, send)


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("mt-editor-check")
    except Exception:
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="editor-check serve", description="The checks over HTTP: POST /check, POST /fix, GET /rules, GET /health."
    )
    p.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)"
    )
    p.add_argument("--port", type=int, default=8765, help="port (default 8765; 0 picks a free one and prints it)")
    p.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="worker processes for checks (default 1: in the server process)",
    )
    p.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help="largest request body accepted (default 5 MB); larger gets 413",
    )
    p.add_argument("--log-level", default="info", choices=("critical", "error", "warning", "info", "debug"))
    return p


def serve_main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    if args.jobs < 1 or args.max_bytes < 1:
        raise UsageError("--jobs and --max-bytes must be at least 1")
    try:
        import uvicorn
    except ImportError:
        raise UsageError("editor-check serve needs FastAPI and uvicorn: pip install 'mt-editor-check[serve]'") from None
    sock = _listen(args.host, args.port)
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    print(f"editor-check: serving on http://{shown}:{port} (API docs at /docs)", file=sys.stderr, flush=True)
    config = uvicorn.Config(create_app(args.max_bytes, args.jobs), log_level=args.log_level)
    uvicorn.Server(config).run(sockets=[sock])
    return 0


def _listen(host: str, port: int) -> socket.socket:
    """A listening socket, bound here so a taken port is a one-line error and port 0 can be reported."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(2048)
    except (OSError, OverflowError) as exc:
        raise UsageError(f"cannot listen on {host}:{port} ({getattr(exc, 'strerror', None) or exc})") from None
    return sock
