from __future__ import annotations

import spacy

import dateline  # noqa: F401  (registers the factories)
from dateline.settings import DEFAULT_MODEL


def test_components_entities_written_onto_doc() -> None:
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe("dateline_entities")
    doc = nlp("Chancellor Angela Merkel met Emmanuel Macron. Merkel later flew to Berlin.")
    spans = doc.spans["dateline_entities"]
    merkel = [s.text for s in spans if s.label_ == spans[0].label_]
    assert merkel == ["Angela Merkel", "Merkel"]
    records = doc._.dateline_entities
    assert [e.name for e in records] == ["Angela Merkel", "Emmanuel Macron", "Berlin"]


def test_components_quotes_written_onto_doc() -> None:
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe("dateline_entities")
    nlp.add_pipe("dateline_quotes")
    doc = nlp("“The harvest will be late this year,” said Maria Lopez, a lecturer in economics.")
    (span,) = doc.spans["dateline_quotes"]
    assert (span.text, span.label_) == ("The harvest will be late this year", "direct")
    (quote,) = doc._.dateline_quotes
    assert quote.speaker_name == "Maria Lopez"
