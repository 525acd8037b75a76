"""The web app: the JSON API (:mod:`.api`) and server-rendered pages (:mod:`.pages`) over one store.

Read-only by default: every request opens the store read-only; ``POST /api/ingest`` works only
when the server was started with a token. CORS is off unless origins are given. Pages carry a
strict Content-Security-Policy (no script, no inline style, nothing from other hosts) and the
usual security headers; request bodies are limited to :data:`MAX_BODY` bytes.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..store import SCHEMA_VERSION, Store
from ..store.store import readonly_uri

MAX_BODY = 5_000_000
HERE = Path(__file__).parent
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self' data:; "
                               "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def create_app(db: str | Path, *, token: str | None = None, cors_origins: tuple[str, ...] = ()) -> FastAPI:
    """The app over the store at ``db`` (which must exist and be a lagebild store)."""
    db = Path(db)
    Store(db, readonly=True).close()  # fail now, with a clear message, if it is not a store

    description = ("A source-attributed picture of events in news: the JSON API over a lagebild store"
                   f' (schema version {SCHEMA_VERSION}). Errors are {{"error": {{"status": …, "message": …}}}}.')
    app = FastAPI(title="lagebild", version=__version__, description=description, docs_url=None, redoc_url=None)
    app.state.db = db
    app.state.token = token

    def open_readonly() -> sqlite3.Connection:
        conn = sqlite3.connect(readonly_uri(db), uri=True, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout = 5000")
        return conn

    app.state.open = open_readonly

    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET"],
                           allow_headers=["Authorization", "Content-Type"])

    @app.middleware("http")
    async def limits_and_headers(request: Request, call_next):
        if request.method == "GET" and request.scope.get("query_string"):
            # an empty field of a filter form means "no filter", not an invalid value
            pairs = [kv for kv in parse_qsl(request.scope["query_string"].decode("latin-1"), keep_blank_values=True)
                     if kv[1] != ""]
            request.scope["query_string"] = urlencode(pairs).encode("latin-1")
        length = request.headers.get("content-length")
        if length and (not length.isdigit() or int(length) > MAX_BODY):
            return _error(request, 413, f"request body too large (at most {MAX_BODY:,} bytes)")
        if request.method in ("POST", "PUT", "PATCH") and not length:
            return _error(request, 411, "a request body needs a Content-Length (no chunked uploads)")
        response = await call_next(request)
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ()) if x not in ("query", "body", "path"))
        return _error(request, 422, f"{where or 'request'}: {first.get('msg', 'invalid')}")

    @app.exception_handler(sqlite3.OperationalError)
    async def store_busy(request: Request, exc: sqlite3.OperationalError):
        return _error(request, 503, f"the store cannot be read right now ({exc})")

    @app.exception_handler(ValueError)
    async def bad_value(request: Request, exc: ValueError):
        return _error(request, 400, str(exc))

    from .api import router as api_router
    from .pages import router as pages_router

    app.include_router(api_router)
    app.include_router(pages_router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    return app


def _error(request: Request, status: int, message: str):
    if request.url.path.startswith("/api") or "text/html" not in request.headers.get("accept", ""):
        return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)
    from html import escape

    body = (f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{status} · lagebild</title>"
            f"<link rel=stylesheet href=/static/style.css></head><body><main><h1>{status}</h1>"
            f"<p>{escape(message)}</p><p><a href=/>Back to the overview</a></p></main></body></html>")
    return HTMLResponse(body, status_code=status)


__all__ = ["create_app", "HTTPException"]
