"""``nlp.add_pipe("dateline_events", config={"published": "2021-03-10"})``: coded events
written to ``doc.spans["dateline_events"]`` (each trigger labelled with its PLOVER type) and
the records to ``doc._.dateline_events``. It reads the entities, quotes and times the other
components wrote, else finds them itself.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from dateline.extract.entities import ENTITIES_KEY, extract_entities
from dateline.extract.events.find import extract_events
from dateline.extract.quotes import QUOTES_KEY, extract_quotes
from dateline.extract.spans import register_extension, write_labelled_spans
from dateline.extract.times import TIMES_KEY, extract_times

EVENTS_KEY = "dateline_events"
register_extension(EVENTS_KEY)


@Language.factory(
    EVENTS_KEY,
    default_config={"published": None},
    requires=["token.dep", "doc.ents"],
    assigns=["doc.spans", f"doc._.{EVENTS_KEY}"],
)
def make_events_component(
    nlp: Language, name: str, *, published: str | None
) -> Callable[[Doc], Doc]:
    def component(doc: Doc) -> Doc:
        day = doc.user_data.get("published", published)
        entities = doc._.get(ENTITIES_KEY)
        if entities is None:
            entities = extract_entities(doc)
        quotes = doc._.get(QUOTES_KEY)
        if quotes is None:
            quotes = extract_quotes(doc, entities)[0]
        times = doc._.get(TIMES_KEY)
        if times is None:
            times = extract_times(doc, day)
        events = extract_events(doc, entities, quotes, times, published=day)
        labelled = [(v.trigger.start, v.trigger.end, v.type) for v in events]
        write_labelled_spans(doc, EVENTS_KEY, events, labelled)
        return doc

    return component
