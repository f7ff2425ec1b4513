"""Dateline's extractors as spaCy pipeline components.

``nlp.add_pipe("dateline_entities")`` after the model's own components writes the merged
entities onto the ``Doc``: their mentions in ``doc.spans["dateline_entities"]`` (labelled
with the entity id) and the records in ``doc._.dateline_entities``.
``nlp.add_pipe("dateline_quotes")`` writes quote contents to ``doc.spans["dateline_quotes"]``
(labelled with the kind) and the records to ``doc._.dateline_quotes``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from dateline.extract.entities import extract_entities
from dateline.extract.quotes import extract_quotes
from dateline.model import Entity, Quote

ENTITIES_KEY = "dateline_entities"
QUOTES_KEY = "dateline_quotes"

for _key in (ENTITIES_KEY, QUOTES_KEY):
    if not Doc.has_extension(_key):
        Doc.set_extension(_key, default=None)


def _write_entities(doc: Doc, entities: list[Entity]) -> None:
    spans = []
    for entity in entities:
        for mention in entity.mentions:
            span = doc.char_span(mention.start, mention.end, label=entity.id)
            if span is not None:
                spans.append(span)
    doc.spans[ENTITIES_KEY] = spans
    doc._.set(ENTITIES_KEY, entities)


@Language.factory(
    ENTITIES_KEY, requires=["doc.ents"], assigns=["doc.spans", f"doc._.{ENTITIES_KEY}"]
)
def make_entities_component(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    def component(doc: Doc) -> Doc:
        _write_entities(doc, extract_entities(doc))
        return doc

    return component


def _write_quotes(doc: Doc, quotes: list[Quote]) -> None:
    spans = [
        doc.char_span(q.content.start, q.content.end, label=q.kind, alignment_mode="expand")
        for q in quotes
    ]
    doc.spans[QUOTES_KEY] = [span for span in spans if span is not None]
    doc._.set(QUOTES_KEY, quotes)


@Language.factory(
    QUOTES_KEY, requires=["token.dep", "doc.ents"], assigns=["doc.spans", f"doc._.{QUOTES_KEY}"]
)
def make_quotes_component(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    def component(doc: Doc) -> Doc:
        entities = doc._.get(ENTITIES_KEY)
        if entities is None:
            entities = extract_entities(doc)
        quotes, _warnings = extract_quotes(doc, entities)
        _write_quotes(doc, quotes)
        return doc

    return component
