"""Dateline's extractors as spaCy pipeline components.

``nlp.add_pipe("dateline_entities")`` after the model's own components writes the merged
entities onto the ``Doc``: their mentions in ``doc.spans["dateline_entities"]`` (labelled
with the entity id) and the records in ``doc._.dateline_entities``.
``nlp.add_pipe("dateline_quotes")`` writes quote contents to ``doc.spans["dateline_quotes"]``
(labelled with the kind) and the records to ``doc._.dateline_quotes``.
``nlp.add_pipe("dateline_times", config={"published": "2021-03-10"})`` writes time expressions
resolved against that date to ``doc.spans["dateline_times"]`` (labelled with the TIMEX3 type);
``doc.user_data["published"]`` overrides the date for one document.
``nlp.add_pipe("dateline_quantities")`` writes quantities to ``doc.spans["dateline_quantities"]``
(labelled with the dimension) and the records to ``doc._.dateline_quantities``; it reads the
times the times component wrote, else finds them itself, so that a year is never a count.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from dateline.extract.entities import extract_entities
from dateline.extract.quantities import extract_quantities
from dateline.extract.quotes import extract_quotes
from dateline.extract.times import extract_times
from dateline.model import Entity, Quantity, Quote, TimeExpression

ENTITIES_KEY = "dateline_entities"
QUOTES_KEY = "dateline_quotes"
TIMES_KEY = "dateline_times"
QUANTITIES_KEY = "dateline_quantities"

for _key in (ENTITIES_KEY, QUOTES_KEY, TIMES_KEY, QUANTITIES_KEY):
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


def _write_spans(
    doc: Doc,
    key: str,
    records: list[TimeExpression] | list[Quantity],
    labelled: list[tuple[int, int, str]],
) -> None:
    """``labelled``: each record's (start, end, label)."""
    spans = [doc.char_span(s, e, label=label, alignment_mode="expand") for s, e, label in labelled]
    doc.spans[key] = [span for span in spans if span is not None]
    doc._.set(key, records)


@Language.factory(
    TIMES_KEY,
    default_config={"published": None},
    assigns=["doc.spans", f"doc._.{TIMES_KEY}"],
)
def make_times_component(
    nlp: Language, name: str, *, published: str | None
) -> Callable[[Doc], Doc]:
    def component(doc: Doc) -> Doc:
        times = extract_times(doc, doc.user_data.get("published", published))
        _write_spans(doc, TIMES_KEY, times, [(t.start, t.end, t.type) for t in times])
        return doc

    return component


@Language.factory(QUANTITIES_KEY, assigns=["doc.spans", f"doc._.{QUANTITIES_KEY}"])
def make_quantities_component(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    def component(doc: Doc) -> Doc:
        times = doc._.get(TIMES_KEY)
        if times is None:
            times = extract_times(doc, doc.user_data.get("published"))
        quantities = extract_quantities(doc, times)
        labelled = [(q.start, q.end, q.dimension or "") for q in quantities]
        _write_spans(doc, QUANTITIES_KEY, quantities, labelled)
        return doc

    return component
