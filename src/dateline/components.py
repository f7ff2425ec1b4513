"""Dateline's extractors as spaCy pipeline components.

``nlp.add_pipe("dateline_entities")`` after the model's own components writes the merged
entities onto the ``Doc``: their mentions in ``doc.spans["dateline_entities"]`` (labelled
with the entity id) and the records in ``doc._.dateline_entities``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from dateline.extract.entities import extract_entities
from dateline.model import Entity

ENTITIES_KEY = "dateline_entities"

if not Doc.has_extension(ENTITIES_KEY):
    Doc.set_extension(ENTITIES_KEY, default=None)


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
