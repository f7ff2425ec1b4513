"""The workbench's pages: the store, search, an article with its facts, an entity, quotes,
events and relations. Templates escape every value; the pictures are SVG drawn here."""

from __future__ import annotations

from collections import Counter
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape

from dateline.server.api import (
    DEFAULT_LIMIT,
    Day,
    Limit,
    Name,
    Reader,
    rows_and_next,
)
from dateline.server.charts import QUAD_CLASSES, WAYS, relations_chart, timeline_chart
from dateline.server.highlight import KINDS, facts_of, pieces

router = APIRouter(include_in_schema=False)
TEMPLATES = Environment(
    loader=PackageLoader("dateline.server", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"  # a snippet's found words, where no text has them
SEARCH_PAGE = 50
ENTITY_ROWS = 50  # of each kind on an entity's page; the listings it links to have the rest
SAFE_SCHEMES = ("http://", "https://")
# A day as a form sends it: empty when its field was left blank
FormDay = Annotated[str | None, Query(pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")]


def _safe_url(url: str | None) -> str | None:
    """A link only to the web: a ``javascript:`` or ``data:`` address is shown, not linked."""
    return url if url and url.lower().startswith(SAFE_SCHEMES) else None


TEMPLATES.globals.update(safe_url=_safe_url, quad_classes=QUAD_CLASSES, kinds=KINDS)


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    html = TEMPLATES.get_template(name).render(request=request, **context)
    return HTMLResponse(html, status_code=status_code)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status, status=status, message=message)


def _marked(snippet: str) -> list[tuple[str, bool]]:
    """A snippet as (text, found) parts."""
    parts: list[tuple[str, bool]] = []
    for index, chunk in enumerate(snippet.split(MARK_OPEN)):
        found, _, rest = chunk.partition(MARK_CLOSE) if index else ("", "", chunk)
        if found:
            parts.append((found, True))
        if rest:
            parts.append((rest, False))
    return parts


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store: Reader) -> HTMLResponse:
    overview = store.overview()
    return render(
        request,
        "home.html",
        overview=overview,
        failures=store.failures(limit=10),
        most_named=store.entities(limit=15),
    )


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request,
    store: Reader,
    q: Annotated[str, Query(max_length=500)] = "",
    since: Day = None,
    until: Day = None,
    source: Name = None,
    language: Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$")] = None,
    sort: Annotated[str, Query(pattern="^(rank|date)$")] = "rank",
) -> HTMLResponse:
    hits = []
    if q.strip():
        hits = store.search(
            q,
            limit=SEARCH_PAGE,
            language=language,
            since=since,
            until=until,
            source=source,
            order=sort,
            marks=(MARK_OPEN, MARK_CLOSE),
        )
    facets = {
        "month": Counter((h.published or "undated")[:7] for h in hits).most_common(12),
        "source": Counter(h.source or "unknown" for h in hits).most_common(12),
        "found in": Counter(h.where for h in hits).most_common(),
    }
    return render(
        request,
        "search.html",
        q=q,
        hits=[(hit, _marked(hit.snippet)) for hit in hits],
        facets=facets,
        filters={"since": since, "until": until, "source": source, "language": language},
        sort=sort,
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(
    request: Request, store: Reader, article_id: Annotated[str, Path(min_length=4, max_length=64)]
) -> HTMLResponse:
    analysis = store.article(article_id)
    record = analysis.to_json_dict()
    facts: dict[str, Any] = {}
    for kind in ("entities", "quotes", "times", "quantities", "events"):
        for fact in record.get(kind, []):  # type: ignore[attr-defined]
            facts[fact["id"]] = {"kind": kind, **fact}
    names = {e.id: e.name for e in analysis.entities}
    return render(
        request,
        "article.html",
        analysis=analysis,
        pieces=pieces(analysis.article.text, facts_of(analysis)),
        facts=facts,
        names=names,
        failed_checks=[c for c in analysis.checks if c.status == "inconsistent"],
    )


@router.get("/entities", response_class=HTMLResponse)
def entities(
    request: Request,
    store: Reader,
    type: Annotated[str | None, Query(pattern=r"^[A-Za-z_]{0,20}$")] = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Annotated[str | None, Query(max_length=40)] = None,
) -> HTMLResponse:
    rows, more = rows_and_next(
        lambda n, o: store.entities(type=type or None, limit=n, offset=o), limit, cursor
    )
    return render(request, "entities.html", rows=rows, type=type or "", next_cursor=more)


@router.get("/entities/{name}", response_class=HTMLResponse)
def entity(
    request: Request, store: Reader, name: Annotated[str, Path(min_length=1, max_length=200)]
) -> HTMLResponse:
    report = store.entity(name, limit=ENTITY_ROWS)
    return render(
        request,
        "entity.html",
        report=report,
        timeline=timeline_chart(report.events),
        mentions=Counter((a.published or "undated")[:7] for a in report.articles),
    )


@router.get("/quotes", response_class=HTMLResponse)
def quotes(
    request: Request,
    store: Reader,
    speaker: Annotated[str | None, Query(max_length=200)] = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Annotated[str | None, Query(max_length=40)] = None,
) -> HTMLResponse:
    rows, more = rows_and_next(
        lambda n, o: store.quotes(speaker=speaker or None, limit=n, offset=o), limit, cursor
    )
    return render(request, "quotes.html", rows=rows, speaker=speaker or "", next_cursor=more)


@router.get("/events", response_class=HTMLResponse)
def events(
    request: Request,
    store: Reader,
    actor: Annotated[str | None, Query(max_length=200)] = None,
    type: Annotated[str | None, Query(pattern=r"^[A-Za-z]{0,12}$")] = None,
    since: FormDay = None,
    until: FormDay = None,
    quad_class: Annotated[str | None, Query(pattern="^[1-4]?$")] = None,
    limit: Limit = 200,
    cursor: Annotated[str | None, Query(max_length=40)] = None,
) -> HTMLResponse:
    shown, more = rows_and_next(
        lambda n, o: store.events(
            actor=actor or None,
            type=type or None,
            since=since or None,
            until=until or None,
            quad_class=int(quad_class) if quad_class else None,
            limit=n,
            offset=o,
        ),
        limit,
        cursor,
    )
    return render(
        request,
        "events.html",
        rows=shown,
        timeline=timeline_chart(list(shown)),
        filters={
            "actor": actor or "",
            "type": type or "",
            "since": since or "",
            "until": until or "",
            "quad_class": quad_class or "",
        },
        next_cursor=more,
    )


@router.get("/relations", response_class=HTMLResponse)
def relations(
    request: Request,
    store: Reader,
    a: Annotated[str, Query(max_length=200)] = "",
    b: Annotated[str, Query(max_length=200)] = "",
) -> HTMLResponse:
    rows, names = [], (a, b)
    if a.strip() and b.strip():
        rows = store.relations(a, b)
        names = (store.resolve(a)[0], store.resolve(b)[0])
    return render(
        request,
        "relations.html",
        a=a,
        b=b,
        names=names,
        rows=rows,
        chart=relations_chart(rows, *names) if rows else None,
        ways=WAYS,
    )


@router.get("/failures", response_class=HTMLResponse)
def failures(
    request: Request,
    store: Reader,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Annotated[str | None, Query(max_length=40)] = None,
) -> HTMLResponse:
    rows, more = rows_and_next(lambda n, o: store.failures(limit=n, offset=o), limit, cursor)
    return render(request, "failures.html", rows=rows, next_cursor=more)
