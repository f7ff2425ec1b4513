"""``nlp.add_pipe("dateline_entities")``: the merged entities written onto the ``Doc``.

Their mentions go to ``doc.spans["dateline_entities"]`` (each labelled with its entity's id)
and the records to ``doc._.dateline_entities``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from dateline.extract.entities.find import extract_entities
from dateline.extract.spans import register_extension, write_labelled_spans

ENTITIES_KEY = "dateline_entities"
register_extension(ENTITIES_KEY)


@Language.factory(
    ENTITIES_KEY, requires=["doc.ents"], assigns=["doc.spans", f"doc._.{ENTITIES_KEY}"]
)
def make_entities_component(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    def component(doc: Doc) -> Doc:
        entities = extract_entities(doc)
        labelled = [(m.start, m.end, e.id) for e in entities for m in e.mentions]
        write_labelled_spans(doc, ENTITIES_KEY, entities, labelled)
        return doc

    return component
