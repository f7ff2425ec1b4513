"""``nlp.add_pipe("dateline_quantities")``: quantities written to
``doc.spans["dateline_quantities"]`` (labelled with the dimension) and
``doc._.dateline_quantities``. It reads the times the times component wrote, else finds
them itself, so that a year is never a count.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from dateline.extract.quantities.find import extract_quantities
from dateline.extract.spans import register_extension, write_labelled_spans
from dateline.extract.times import TIMES_KEY, extract_times

QUANTITIES_KEY = "dateline_quantities"
register_extension(QUANTITIES_KEY)


@Language.factory(QUANTITIES_KEY, assigns=["doc.spans", f"doc._.{QUANTITIES_KEY}"])
def make_quantities_component(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    def component(doc: Doc) -> Doc:
        times = doc._.get(TIMES_KEY)
        if times is None:
            times = extract_times(doc, doc.user_data.get("published"))
        quantities = extract_quantities(doc, times)
        labelled = [(q.start, q.end, q.dimension or "") for q in quantities]
        write_labelled_spans(doc, QUANTITIES_KEY, quantities, labelled)
        return doc

    return component
