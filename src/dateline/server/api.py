"""The REST API under /api/v1: the store's queries as JSON, a page at a time.

Every listing takes ``limit`` (at most ``MAX_LIMIT``) and an opaque ``cursor`` and answers
``{"items": [...], "next_cursor": ...}``; ``next_cursor`` is null on the last page.
"""

from __future__ import annotations

import base64
import binascii
import csv
import io
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict
from typing import Annotated, Any, Literal, cast

from fastapi import APIRouter, Body, Depends, Header, HTTPException, Path, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from dateline.dates import parse_published
from dateline.errors import UsageError
from dateline.model import Modality, QuoteKind
from dateline.server.app import ServerSettings, Stores, check_token
from dateline.store.sqlite import SQLiteStore

router = APIRouter(prefix="/api/v1")
DEFAULT_LIMIT = 50
MAX_LIMIT = 500
EXPORT_BATCH = 500
MAX_POSTED_CHARS = 1_000_000

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"rows per page, 1–{MAX_LIMIT}")]
Cursor = Annotated[str | None, Query(max_length=40, description="next_cursor of the last page")]
Day = Annotated[
    str | None,
    Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="YYYY, YYYY-MM or YYYY-MM-DD"),
]
Name = Annotated[str | None, Query(min_length=1, max_length=200)]


class _ThreadsStore:
    """The store as each call finds it: the read-only store of the thread making the call
    (FastAPI may run a dependency and its endpoint on different threads)."""

    def __init__(self, stores: Stores) -> None:
        self._stores = stores

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stores.reader(), name)


async def store(request: Request) -> SQLiteStore:
    return cast(SQLiteStore, _ThreadsStore(request.app.state.stores))


Reader = Annotated[SQLiteStore, Depends(store)]


def decode_cursor(cursor: str | None) -> int:
    """The offset a cursor stands for; 422 for a cursor this server did not give."""
    if not cursor:
        return 0
    try:
        offset = int(base64.urlsafe_b64decode(cursor.encode() + b"==").decode().removeprefix("o"))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        offset = -1
    if offset < 0:
        raise UsageError(f"cursor: '{cursor[:40]}' is not a cursor this server gave")
    return offset


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o{offset}".encode()).decode().rstrip("=")


def rows_and_next(
    fetch: Callable[[int, int], Sequence[Any]], limit: int, cursor: str | None
) -> tuple[Sequence[Any], str | None]:
    """One page of ``fetch(limit, offset)``, and the cursor of the next when there is one."""
    offset = decode_cursor(cursor)
    rows = fetch(limit + 1, offset)
    return rows[:limit], encode_cursor(offset + limit) if len(rows) > limit else None


def page(
    fetch: Callable[[int, int], Sequence[Any]], limit: int, cursor: str | None
) -> dict[str, Any]:
    """A page of a listing as JSON: its rows, its limit and the next page's cursor."""
    rows, next_cursor = rows_and_next(fetch, limit, cursor)
    return {"items": [asdict(row) for row in rows], "limit": limit, "next_cursor": next_cursor}


@router.get("/search", summary="Full-text search of articles and quotes")
def search(
    store: Reader,
    q: Annotated[
        str, Query(min_length=1, max_length=500, description='words, "phrases", -not, title:')
    ],
    limit: Limit = 20,
    language: Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$")] = None,
    since: Day = None,
    until: Day = None,
    source: Name = None,
    sort: Literal["rank", "date"] = "rank",
) -> dict[str, Any]:
    """The best matches, each with a snippet whose found words are marked ``[`` … ``]``."""
    hits = store.search(
        q, limit=limit, language=language, since=since, until=until, source=source, order=sort
    )
    return {"items": [asdict(hit) for hit in hits], "limit": limit}


@router.get("/articles/{article_id}", summary="One article's record")
def article(
    store: Reader, article_id: Annotated[str, Path(min_length=4, max_length=64)]
) -> dict[str, object]:
    """The whole record, as ``dateline show --format json`` writes it."""
    return store.article(article_id).to_json_dict()


@router.get("/entities", summary="Canonical entities, the most mentioned first")
def entities(
    store: Reader,
    type: Annotated[str | None, Query(pattern=r"^[A-Za-z_]{2,20}$")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="alpha-3")] = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> dict[str, Any]:
    return page(
        lambda n, o: store.entities(type=type, country=country, limit=n, offset=o),
        limit,
        cursor,
    )


@router.get("/entities/{name}", summary="One entity: its articles, quotes and events")
def entity(
    store: Reader,
    name: Annotated[str, Path(min_length=1, max_length=200)],
    limit: Limit = DEFAULT_LIMIT,
) -> dict[str, Any]:
    """By full name, alias or surname; ``others`` lists the other entities the name could
    mean, the one most articles name taken first."""
    return asdict(store.entity(name, limit=limit))


@router.get("/quotes", summary="Quotes in date order")
def quotes(
    store: Reader,
    speaker: Name = None,
    since: Day = None,
    until: Day = None,
    kind: QuoteKind | None = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> dict[str, Any]:
    """Of one speaker (full name, surname or first name), published from and to a day, of
    one kind; for quotes by their words, search."""
    return page(
        lambda n, o: store.quotes(
            speaker=speaker, since=since, until=until, kind=kind, limit=n, offset=o
        ),
        limit,
        cursor,
    )


@router.get("/events", summary="Events in date order")
def events(
    store: Reader,
    actor: Name = None,
    type: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3,12}$")] = None,
    since: Day = None,
    until: Day = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
    modality: Modality | None = None,
    cameo: Annotated[str | None, Query(pattern=r"^\d{2}$", description="CAMEO root")] = None,
    code: Annotated[
        str | None, Query(pattern=r"^\d{2,4}$", description="CAMEO code and those under it")
    ] = None,
    actor_code: Annotated[
        str | None,
        Query(pattern=r"^([A-Za-z]{3})+$", description="CAMEO actor code and those it begins"),
    ] = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> dict[str, Any]:
    """Of one actor as source or target, of one PLOVER type, quad class (1 verbal and 2
    material cooperation, 3 verbal and 4 material conflict), modality, CAMEO root, CAMEO
    code ("031" with 0311 to 0314) and actor code ("RUS" with RUSGOV), from and to a day."""
    return page(
        lambda n, o: store.events(
            actor=actor,
            type=type,
            since=since,
            until=until,
            quad_class=quad_class,
            modality=modality,
            cameo=cameo,
            code=code,
            actor_code=actor_code,
            limit=n,
            offset=o,
        ),
        limit,
        cursor,
    )


@router.get("/relations", summary="Events between two actors, by month")
def relations(
    store: Reader,
    a: Annotated[str, Query(min_length=1, max_length=200)],
    b: Annotated[str, Query(min_length=1, max_length=200)],
) -> dict[str, Any]:
    """Counts each way and together, and the mean Goldstein value, month by month."""
    rows = store.relations(a, b)
    (name_a, others_a), (name_b, others_b) = store.resolve(a), store.resolve(b)
    return {
        "a": {"name": name_a, "others": others_a},
        "b": {"name": name_b, "others": others_b},
        "months": [asdict(row) for row in rows],
    }


@router.get("/quantities", summary="Quantities in date order")
def quantities(
    store: Reader,
    dimension: Name = None,
    currency: Annotated[str | None, Query(pattern=r"^[A-Z]{3}$")] = None,
    min: float | None = None,
    max: float | None = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> dict[str, Any]:
    """Of one dimension or currency, at least ``min`` and at most ``max`` in SI units."""
    return page(
        lambda n, o: store.quantities(
            dimension=dimension, currency=currency, at_least=min, at_most=max, limit=n, offset=o
        ),
        limit,
        cursor,
    )


@router.get("/checks", summary="Consistency checks")
def checks(
    store: Reader,
    status: Literal["consistent", "inconsistent"] | None = None,
    kind: Name = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
) -> dict[str, Any]:
    return page(
        lambda n, o: store.checks(status=status, kind=kind, limit=n, offset=o), limit, cursor
    )


@router.get("/failures", summary="Inputs that could not be analysed")
def failures(store: Reader, limit: Limit = DEFAULT_LIMIT, cursor: Cursor = None) -> dict[str, Any]:
    return page(lambda n, o: store.failures(limit=n, offset=o), limit, cursor)


@router.get("/overview", summary="What the store holds")
def overview(store: Reader) -> dict[str, Any]:
    return asdict(store.overview())


ExportTable = Literal["events", "quotes", "entities", "quantities", "checks", "failures"]


@router.get("/export/{table}", summary="A whole listing, streamed")
def export(
    request: Request,
    table: ExportTable,
    format: Literal["jsonl", "csv", "gdelt"] = "jsonl",
    actor: Name = None,
    type: Annotated[str | None, Query(pattern=r"^[A-Za-z_]{2,20}$")] = None,
    since: Day = None,
    until: Day = None,
    speaker: Name = None,
) -> StreamingResponse:
    """Every row of a listing with its filters, read a batch at a time as it is sent: JSON
    lines, CSV, or (events only) GDELT's event table as TSV."""
    if format == "gdelt" and table != "events":
        raise UsageError("format: gdelt is a table of events; ask for /export/events")
    stores: Stores = request.app.state.stores
    fetch = _exporter(table, actor=actor, type=type, since=since, until=until, speaker=speaker)
    if actor:
        stores.reader().resolve(actor)  # an unknown actor is a 404 before the first byte
    rows = _batched(fetch, stores)
    media = {
        "jsonl": "application/x-ndjson",
        "csv": "text/csv",
        "gdelt": "text/tab-separated-values",
    }
    body = {"jsonl": _jsonl, "csv": _csv, "gdelt": _gdelt}[format](rows)
    name = f"{table}.{ {'jsonl': 'jsonl', 'csv': 'csv', 'gdelt': 'tsv'}[format] }"
    return StreamingResponse(
        body,
        media_type=media[format],
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


Fetch = Callable[[SQLiteStore, int, int], Sequence[Any]]


def _exporter(table: str, **filters: str | None) -> Fetch:
    """How to read one batch of ``table`` with the filters that apply to it."""
    if table == "events":
        return lambda s, n, o: s.events(
            actor=filters["actor"],
            type=filters["type"],
            since=filters["since"],
            until=filters["until"],
            limit=n,
            offset=o,
        )
    if table == "quotes":
        return lambda s, n, o: s.quotes(speaker=filters["speaker"], limit=n, offset=o)
    if table == "entities":
        return lambda s, n, o: s.entities(type=filters["type"], limit=n, offset=o)
    if table == "quantities":
        return lambda s, n, o: s.quantities(limit=n, offset=o)
    if table == "checks":
        return lambda s, n, o: s.checks(limit=n, offset=o)
    return lambda s, n, o: s.failures(limit=n, offset=o)


def _batched(fetch: Fetch, stores: Stores) -> Iterator[Any]:
    offset = 0
    while True:
        rows = fetch(stores.reader(), EXPORT_BATCH, offset)
        yield from rows
        if len(rows) < EXPORT_BATCH:
            return
        offset += EXPORT_BATCH


def _jsonl(rows: Iterator[Any]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(asdict(row), ensure_ascii=False) + "\n"


def _flat(value: object) -> object:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


def _csv(rows: Iterator[Any]) -> Iterator[str]:
    buffer = io.StringIO()
    writer: Any = None
    for row in rows:
        record = {key: _flat(value) for key, value in asdict(row).items()}
        if writer is None:
            writer = csv.DictWriter(buffer, fieldnames=list(record))
            writer.writeheader()
        writer.writerow(record)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def _gdelt(rows: Iterator[Any]) -> Iterator[str]:
    from dateline.gdelt import gdelt_lines

    yield from gdelt_lines(rows)


class PostedText(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_POSTED_CHARS)
    published: str | None = Field(default=None, max_length=40, description="ISO 8601 date")
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    source: str | None = Field(default=None, max_length=200)


def _analysis_of(posted: PostedText, settings: ServerSettings) -> Any:
    from dateline.pipeline import analyze_text
    from dateline.settings import Settings

    if posted.published is not None:
        try:
            parse_published(posted.published)
        except ValueError as exc:
            raise UsageError(f"published: {exc}") from exc
    return analyze_text(
        posted.text,
        published=posted.published,
        title=posted.title,
        url=posted.url,
        source=posted.source,
        origin="<posted>",
        settings=Settings(model=settings.model) if settings.model else Settings(),
    )


@router.post("/analyze", summary="Analyse a text without storing it")
def analyze(request: Request, posted: Annotated[PostedText, Body()]) -> dict[str, object]:
    """The record the text's analysis makes, as ``dateline analyze`` writes it."""
    result: dict[str, object] = _analysis_of(posted, request.app.state.settings).to_json_dict()
    return result


@router.post("/articles", status_code=201, summary="Analyse a text and store it")
def add_article(
    request: Request,
    posted: Annotated[PostedText, Body()],
    authorization: Annotated[str | None, Header()] = None,
) -> dict[str, object]:
    """Only on a server started with ``--allow-ingest``, with its bearer token."""
    settings: ServerSettings = request.app.state.settings
    if not settings.allow_ingest:
        raise HTTPException(403, "this server is read-only: start it with --allow-ingest")
    if not check_token(settings, authorization):
        raise HTTPException(
            401, "a bearer token is needed to write", headers={"WWW-Authenticate": "Bearer"}
        )
    analysis = _analysis_of(posted, settings)
    stores: Stores = request.app.state.stores
    counts = stores.write(lambda writer: writer.add([(analysis, None)]))
    return {"id": analysis.article.id, "ingested": counts.ingested, "duplicates": counts.duplicates}
