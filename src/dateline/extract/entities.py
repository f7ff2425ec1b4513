"""Entities: the model's named-entity spans merged into one record per thing in the article."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from dateline.extract.spans import record_span
from dateline.model import Entity, EntityType

# spaCy's OntoNotes labels → the record's entity types. Dates, times, numbers and money
# are not entities: the time and quantity extractors own them.
LABEL_TYPES: dict[str, EntityType] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "NORP",
    "EVENT": "EVENT",
    "PRODUCT": "OTHER",
    "WORK_OF_ART": "OTHER",
    "LAW": "OTHER",
    "LANGUAGE": "OTHER",
}
_LEADING_ARTICLES = ("the ", "The ")


def surface_name(span: SpacySpan) -> str:
    """The span's text without a leading article or a trailing possessive."""
    text = span.text
    for article in _LEADING_ARTICLES:
        if text.startswith(article) and len(text) > len(article):
            text = text[len(article) :]
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return " ".join(text.split())


@dataclass
class _Cluster:
    type: EntityType
    name: str
    spans: list[SpacySpan] = field(default_factory=list)
    surfaces: list[str] = field(default_factory=list)


def _find_cluster(clusters: list[_Cluster], type_: EntityType, name: str) -> _Cluster | None:
    key = name.casefold()
    if " " not in name:
        # A lone surname of a person named earlier stays that person, whatever the model's label.
        for cluster in clusters:
            if (
                cluster.type == "PERSON"
                and " " in cluster.name
                and cluster.name.split()[-1].casefold() == key
            ):
                return cluster
    for cluster in clusters:
        if cluster.type != type_:
            continue
        if key in (s.casefold() for s in cluster.surfaces):
            return cluster
    return None


def _add_untagged_surnames(doc: Doc, clusters: list[_Cluster]) -> None:
    """Mentions the model missed: a proper-noun surname of a person named in full elsewhere."""
    by_surname = {c.name.split()[-1]: c for c in clusters if c.type == "PERSON" and " " in c.name}
    if not by_surname:
        return
    covered = {i for c in clusters for span in c.spans for i in range(span.start, span.end)}
    for token in doc:
        cluster = by_surname.get(token.text)
        if cluster is not None and token.i not in covered and token.pos_ == "PROPN":
            cluster.spans.append(doc[token.i : token.i + 1])
    for cluster in by_surname.values():
        cluster.spans.sort(key=lambda span: span.start)


def extract_entities(doc: Doc) -> list[Entity]:
    clusters: list[_Cluster] = []
    for span in doc.ents:
        type_ = LABEL_TYPES.get(span.label_)
        name = surface_name(span)
        if type_ is None or not name:
            continue
        cluster = _find_cluster(clusters, type_, name)
        if cluster is None:
            cluster = _Cluster(type=type_, name=name)
            clusters.append(cluster)
        elif len(name) > len(cluster.name):
            cluster.name = name
        cluster.spans.append(span)
        if name not in cluster.surfaces:
            cluster.surfaces.append(name)
    _add_untagged_surnames(doc, clusters)
    return [
        Entity(
            id=f"e{index}",
            name=cluster.name,
            type=cluster.type,
            aliases=[s for s in cluster.surfaces if s != cluster.name],
            mentions=[record_span(span) for span in cluster.spans],
        )
        for index, cluster in enumerate(clusters, start=1)
    ]
