"""``nlp.add_pipe("dateline_quotes")``: quotes written onto the ``Doc``.

Their contents go to ``doc.spans["dateline_quotes"]`` (labelled with the kind) and the records
to ``doc._.dateline_quotes``. Speakers are found among the entities the entities component
wrote, else among entities found here.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from dateline.extract.entities import ENTITIES_KEY, extract_entities
from dateline.extract.quotes.find import extract_quotes
from dateline.extract.spans import register_extension, write_labelled_spans

QUOTES_KEY = "dateline_quotes"
register_extension(QUOTES_KEY)


@Language.factory(
    QUOTES_KEY, requires=["token.dep", "doc.ents"], assigns=["doc.spans", f"doc._.{QUOTES_KEY}"]
)
def make_quotes_component(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    def component(doc: Doc) -> Doc:
        entities = doc._.get(ENTITIES_KEY)
        if entities is None:
            entities = extract_entities(doc)
        quotes, _warnings = extract_quotes(doc, entities)
        labelled = [(q.content.start, q.content.end, q.kind) for q in quotes]
        write_labelled_spans(doc, QUOTES_KEY, quotes, labelled)
        return doc

    return component
