"""``nlp.add_pipe("dateline_times", config={"published": "2021-03-10"})``: time expressions
resolved against that date, written to ``doc.spans["dateline_times"]`` (labelled with the
TIMEX3 type) and ``doc._.dateline_times``; ``doc.user_data["published"]`` overrides the date
for one document.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from dateline.extract.spans import register_extension, write_labelled_spans
from dateline.extract.times.find import extract_times

TIMES_KEY = "dateline_times"
register_extension(TIMES_KEY)


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
        write_labelled_spans(doc, TIMES_KEY, times, [(t.start, t.end, t.type) for t in times])
        return doc

    return component
