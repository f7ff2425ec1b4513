"""The workbench's one ASGI application: the REST API under /api/v1 and the pages beside it.

Read-only unless built with ``allow_ingest`` and a token; every response carries a strict
Content-Security-Policy (every script, style and font is served from here); CORS is off
unless origins are given.
"""

from __future__ import annotations

import json
import os
import secrets
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from dateline.errors import DatelineError, InputError, NotFound, StoreError, UsageError
from dateline.settings import TOKEN_ENV
from dateline.store.sqlite import SQLiteStore

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
    " font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none';"
    " frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
STATIC = Path(str(files("dateline.server").joinpath("static")))


@dataclass(frozen=True)
class ServerSettings:
    db: str
    allow_ingest: bool = False
    token: str | None = None  # the bearer token writes need; required with allow_ingest
    cors_origins: tuple[str, ...] = ()
    model: str | None = None  # the spaCy pipeline for analyze and ingest; Settings' default


@dataclass
class Stores:
    """One read-only store per server thread (a SQLite connection stays in its thread), and
    one writer shared under a lock."""

    path: str
    _local: threading.local = field(default_factory=threading.local)
    _write_lock: threading.Lock = field(default_factory=threading.Lock)

    def reader(self) -> SQLiteStore:
        store: SQLiteStore | None = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = SQLiteStore(self.path, readonly=True)
        return store

    def write(self, work: Callable[[SQLiteStore], Any]) -> Any:
        with self._write_lock, SQLiteStore(self.path) as store:
            return work(store)


def error_body(code: str, message: str, **more: object) -> dict[str, object]:
    return {"error": {"code": code, "message": message, **more}}


def _validation_message(exc: RequestValidationError) -> JSONResponse:
    """422 naming each parameter that is wrong and why ("limit: must be at most 500")."""
    problems = []
    for error in exc.errors():
        location = [str(part) for part in error.get("loc", ()) if part not in {"query", "body"}]
        name = ".".join(location) or "request"
        problems.append({"parameter": name, "message": f"{name}: {error.get('msg', 'invalid')}"})
    message = "; ".join(p["message"] for p in problems)
    return JSONResponse(error_body("E400", message, problems=problems), status_code=422)


def _install_errors(app: FastAPI) -> None:
    async def validation(_: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return _validation_message(exc)

    async def dateline_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, DatelineError)
        status = 500
        if isinstance(exc, NotFound):
            status = 404
        elif isinstance(exc, UsageError | InputError | ValueError):
            status = 422
        elif isinstance(exc, StoreError):
            status = 503
        if not request.url.path.startswith("/api/"):
            from dateline.server.pages import error_page

            return error_page(request, status, exc.message)
        return JSONResponse(error_body(exc.code, exc.message), status_code=status)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        if not request.url.path.startswith("/api/"):
            from dateline.server.pages import error_page

            return error_page(request, exc.status_code, str(exc.detail))
        code = {401: "E401", 403: "E403", 404: "E301"}.get(exc.status_code, "E400")
        return JSONResponse(
            error_body(code, str(exc.detail)),
            status_code=exc.status_code,
            headers=getattr(exc, "headers", None),
        )

    app.add_exception_handler(RequestValidationError, validation)
    app.add_exception_handler(DatelineError, dateline_error)
    app.add_exception_handler(StarletteHTTPException, http_error)


def check_token(settings: ServerSettings, authorization: str | None) -> bool:
    """Whether an Authorization header carries the server's bearer token."""
    if not settings.token or not authorization:
        return False
    scheme, _, given = authorization.partition(" ")
    return scheme.lower() == "bearer" and secrets.compare_digest(given.strip(), settings.token)


def create_app(settings: ServerSettings) -> FastAPI:
    """The application over the store at ``settings.db`` (opened read-only per thread)."""
    if settings.allow_ingest and not settings.token:
        raise UsageError(f"--allow-ingest needs a token for writes: set {TOKEN_ENV}")
    SQLiteStore(settings.db, readonly=True).close()  # fails now, not at the first request
    from dateline.server import api, pages

    app = FastAPI(
        title="Dateline",
        summary="Who said what, who did what to whom, when, where and how much, from news.",
        version="1",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.settings = settings
    app.state.stores = Stores(settings.db)
    _install_errors(app)

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["GET"]
        )
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _mount_docs(app)
    return app


def _mount_docs(app: FastAPI) -> None:
    """Swagger UI at /docs from the files the fastapi-offline package ships, no CDN."""
    swagger = Path(str(files("fastapi_offline").joinpath("static")))
    app.mount("/vendor/swagger", StaticFiles(directory=swagger), name="swagger")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        icon = (STATIC / "favicon.svg").read_bytes()
        return Response(icon, media_type="image/svg+xml")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse((STATIC / "docs.html").read_text(encoding="utf-8"))


# How ``serve`` hands its settings to the application each uvicorn worker process builds
SETTINGS_ENV = "DATELINE_SERVER_SETTINGS"


def app_from_environment() -> FastAPI:
    """The application a uvicorn worker builds from the settings ``serve`` left for it."""
    given = json.loads(os.environ[SETTINGS_ENV])
    return create_app(
        ServerSettings(
            db=given["db"],
            allow_ingest=given["allow_ingest"],
            token=os.environ.get(TOKEN_ENV) or None,
            cors_origins=tuple(given["cors_origins"]),
        )
    )


def serve(
    db: str,
    *,
    host: str = "127.0.0.1",
    port: int = 8080,
    workers: int = 1,
    allow_ingest: bool = False,
    cors_origins: tuple[str, ...] = (),
) -> None:
    """Serve the store until interrupted; the token for writes comes from ``$DATELINE_TOKEN``."""
    import uvicorn

    token = os.environ.get(TOKEN_ENV) or None
    # the checks a worker would make, made once here with a message for the terminal
    create_app(ServerSettings(db=db, allow_ingest=allow_ingest, token=token))
    os.environ[SETTINGS_ENV] = json.dumps(
        {"db": os.path.abspath(db), "allow_ingest": allow_ingest, "cors_origins": cors_origins}
    )
    uvicorn.run(
        "dateline.server.app:app_from_environment",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        server_header=False,
    )
