"""The analysis record (`dateline.analysis/1`): the single definition of what Dateline produces.

The JSON Schema that `dateline schema` prints is generated from these classes, and the store
keeps records of exactly this shape. See ``shared/spec/analysis-json.md``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_ID = "dateline.analysis/1"

EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "OTHER"]
QuoteKind = Literal["direct", "indirect", "mixed"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
Modality = Literal["asserted", "reported", "planned", "hypothetical", "negated"]
CheckStatus = Literal["consistent", "inconsistent"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(Record):
    """Half-open code-point offsets into ``article.text``; ``text`` is the slice they cover."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self


class Dateline(Record):
    place: str
    outlet: str | None = None


class Media(Record):
    kind: Literal["video", "audio"] = "video"
    title: str
    duration: str = Field(description="ISO 8601 duration, e.g. PT2M14S")


class Article(Record):
    id: str
    origin: str
    url: str | None = None
    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    source: str | None = None
    published: str | None = Field(default=None, description="ISO 8601 date or datetime")
    language: str = "en"
    dateline: Dateline | None = None
    text: str
    media: list[Media] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


class Entity(Record):
    id: str
    name: str
    type: EntityType
    country: str | None = None
    actor_code: str | None = None  # CAMEO actor code on the article's day: "RUSGOV"
    titles: list[str] = Field(default_factory=list)
    affiliations: list[str] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)


class Quote(Record):
    id: str
    kind: QuoteKind
    content: Span
    cue: Span | None = None
    speaker: Span | None = None
    speaker_entity: str | None = None
    speaker_name: str | None = None
    via: str | None = None
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)


class TimeExpression(Record):
    id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    type: TimeType
    value: str | None = None
    mod: str | None = None


class SIValue(Record):
    value: float
    unit: str


IDENTIFIER = "identifier"  # the dimension of a number that names: "Flight 447", "Voyager 2"


class Quantity(Record):
    id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    value: float | None = None
    unit: str | None = None
    dimension: str | None = None
    si: SIValue | None = None
    currency: str | None = None
    approx: str | None = None
    of: str | None = None


class Event(Record):
    id: str
    type: str
    mode: str | None = None
    cameo: str
    cameo_code: str | None = None  # the full CAMEO code ("0311"); None in records before it
    quad_class: int = Field(ge=1, le=4)
    goldstein: float
    trigger: Span
    sources: list[str] = Field(default_factory=list)
    targets: list[str] = Field(default_factory=list)
    # each actor's CAMEO code as the event's sentence casts it ("Israeli soldiers": ISRMIL)
    actor_codes: dict[str, str] = Field(default_factory=dict)
    time: str | None = None
    date: str | None = None
    place: str | None = None
    modality: Modality = "asserted"
    attributed_to: str | None = None
    sentence: Span
    mentions: list[Span] = Field(default_factory=list)


class Check(Record):
    kind: str
    status: CheckStatus
    message: str
    spans: list[Span] = Field(default_factory=list)


class Analysis(Record):
    """One article and every fact found in it."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    schema_: Literal["dateline.analysis/1"] = Field(default="dateline.analysis/1", alias="schema")
    article: Article
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    checks: list[Check] = Field(default_factory=list)

    def to_json_dict(self) -> dict[str, object]:
        return self.model_dump(mode="json", by_alias=True)

    def to_json(self, *, indent: int | None = None) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)


def json_schema() -> dict[str, object]:
    """The published JSON Schema of the analysis record."""
    schema = Analysis.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_ID
    return schema
