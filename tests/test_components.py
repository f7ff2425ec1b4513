from __future__ import annotations

import spacy

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


def test_components_times_resolved_against_the_configured_date() -> None:
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe("dateline_times", config={"published": "2021-03-10"})
    doc = nlp("Talks resume next week, and the vote closes at 9.30pm.")
    assert [(s.text, s.label_) for s in doc.spans["dateline_times"]] == [
        ("next week", "DATE"),
        ("9.30pm", "TIME"),
    ]
    assert [t.value for t in doc._.dateline_times] == ["2021-W11", "2021-03-10T21:30"]


def test_components_quantities_skip_the_times_and_label_the_dimension() -> None:
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe("dateline_times")
    nlp.add_pipe("dateline_quantities")
    doc = nlp("In 2021 the 145m-high dam cost $4.8bn and moved 1.2m people.")
    assert [(s.text, s.label_) for s in doc.spans["dateline_quantities"]] == [
        ("145m", "length"),
        ("$4.8bn", "currency"),
        ("1.2m", "count"),
    ]
    assert doc._.dateline_quantities[2].of == "people"


def test_components_events_coded_with_their_actors() -> None:
    nlp = spacy.load(DEFAULT_MODEL)
    for name in ("dateline_entities", "dateline_quotes", "dateline_times"):
        nlp.add_pipe(name)
    nlp.add_pipe("dateline_events", config={"published": "2021-03-10"})
    doc = nlp("Turkey accused Greece of violating its airspace on Monday.")
    assert [(s.text, s.label_) for s in doc.spans["dateline_events"]] == [("accused", "ACCUSE")]
    (event,) = doc._.dateline_events
    names = {e.id: e.name for e in doc._.dateline_entities}
    assert ([names[i] for i in event.sources], [names[i] for i in event.targets]) == (
        ["Turkey"],
        ["Greece"],
    )


def test_components_events_alone_find_what_they_need() -> None:
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe("dateline_events")
    doc = nlp("Turkey accused Greece of violating its airspace.")
    assert [v.type for v in doc._.dateline_events] == ["ACCUSE"]
