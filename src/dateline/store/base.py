"""The storage interface: what the CLI and the API need from a store, nothing backend-specific.

A server database can implement ``Store`` later without touching readers or extractors.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from dateline.errors import InputError
from dateline.model import Analysis


@dataclass
class AddCounts:
    ingested: int = 0
    duplicates: int = 0
    failed: int = 0

    def __iadd__(self, other: AddCounts) -> AddCounts:
        self.ingested += other.ingested
        self.duplicates += other.duplicates
        self.failed += other.failed
        return self


@dataclass(frozen=True)
class SearchHit:
    article_id: str
    title: str | None
    published: str | None
    where: str  # "article" or "quote"
    snippet: str
    source: str | None = None


@dataclass(frozen=True)
class QuoteRow:
    article_id: str
    quote_id: str
    kind: str
    content: str
    speaker_name: str | None
    cue: str | None
    published: str | None


@dataclass(frozen=True)
class EntityRow:
    name: str
    type: str
    country: str | None
    articles: int
    mentions: int


@dataclass(frozen=True)
class ArticleRow:
    article_id: str
    title: str | None
    published: str | None
    names: str  # the names the entity goes by in that article


@dataclass(frozen=True)
class Actor:
    name: str
    country: str | None
    code: str | None = None  # CAMEO actor code in this event: "RUSGOV"


@dataclass(frozen=True)
class EventRow:
    global_id: int  # the store's number for the event, GDELT's GLOBALEVENTID
    article_id: str
    event_id: str
    day: str | None  # YYYY-MM-DD or YYYY-MM: the event's date, else its article's
    type: str
    mode: str | None
    cameo: str
    code: str | None  # the full CAMEO code ("0311"); None for events stored before it
    quad_class: int
    goldstein: float
    modality: str
    trigger: str
    sentence: str
    mentions: int
    is_root: bool  # told in the article's first paragraph
    published: str | None  # the article's publication date
    sources: list[Actor]
    targets: list[Actor]
    place: Actor | None
    url: str | None  # the article's URL, else where it was read from
    added: str  # when the article was stored


@dataclass(frozen=True)
class RelationRow:
    month: str  # YYYY-MM
    events: int
    a_to_b: int
    b_to_a: int
    together: int  # both among the sources ("Turkey and Greece met")
    mean_goldstein: float


@dataclass(frozen=True)
class EntityReport:
    name: str
    country: str | None
    articles: list[ArticleRow]
    quotes: list[QuoteRow]
    events: list[EventRow]
    others: list[str] = field(default_factory=list)  # other entities the name could mean


@dataclass(frozen=True)
class QuantityRow:
    article_id: str
    quantity_id: str
    text: str
    value: float | None
    unit: str | None
    dimension: str | None
    si_value: float | None
    si_unit: str | None
    currency: str | None
    approx: str | None
    counted: str | None
    published: str | None


@dataclass(frozen=True)
class CheckRow:
    article_id: str
    kind: str
    status: str
    message: str
    spans: str  # the texts it compared, joined by " · "
    published: str | None


@dataclass(frozen=True)
class FailureRow:
    origin: str
    line: int | None
    code: str
    reason: str


@dataclass(frozen=True)
class Overview:
    """What a store holds: counts of each kind of row, the span of days, the main sources."""

    counts: dict[str, int]  # articles, entities (canonical), quotes, events, quantities, ...
    first_published: str | None
    last_published: str | None
    months: list[tuple[str, int]]  # (YYYY-MM, articles), oldest first
    sources: list[tuple[str, int]]  # (source, articles), the most first


class Store(Protocol):
    def seen_inputs(self, input_hashes: Iterable[str]) -> set[str]: ...

    def add(self, results: Iterable[tuple[Analysis | InputError, str | None]]) -> AddCounts: ...

    def article(self, article_id: str) -> Analysis: ...

    def records(self) -> Iterator[Analysis]: ...

    def search(
        self,
        text: str,
        *,
        limit: int = 20,
        language: str | None = None,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
        order: str = "rank",
        marks: tuple[str, str] = ("[", "]"),
    ) -> list[SearchHit]: ...

    def overview(self, *, sources: int = 20) -> Overview: ...

    def quotes(
        self,
        *,
        speaker: str | None = None,
        since: str | None = None,
        until: str | None = None,
        kind: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[QuoteRow]: ...

    def entities(
        self,
        *,
        type: str | None = None,
        country: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[EntityRow]: ...

    def resolve(self, name: str) -> tuple[str, list[str]]: ...

    def entity(self, name: str, *, limit: int | None = None) -> EntityReport: ...

    def events(
        self,
        *,
        actor: str | None = None,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        quad_class: int | None = None,
        modality: str | None = None,
        cameo: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[EventRow]: ...

    def relations(self, a: str, b: str) -> list[RelationRow]: ...

    def quantities(
        self,
        *,
        dimension: str | None = None,
        currency: str | None = None,
        at_least: float | None = None,
        at_most: float | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[QuantityRow]: ...

    def checks(
        self,
        *,
        status: str | None = None,
        kind: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[CheckRow]: ...

    def failures(self, *, limit: int | None = None, offset: int = 0) -> list[FailureRow]: ...

    def close(self) -> None: ...
