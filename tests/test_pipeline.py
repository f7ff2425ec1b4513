from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.errors import EmptyInput, InputError, NoArticleBody
from dateline.ingest import RawDocument
from dateline.model import Analysis, Span
from dateline.pipeline import AnalyzeOptions, analyze_batch, analyze_text, body_id, prepare
from tests.conftest import EXAMPLES, FIXTURES


def all_spans(analysis: Analysis) -> list[Span]:
    spans = [m for e in analysis.entities for m in e.mentions]
    for quote in analysis.quotes:
        spans += [s for s in (quote.content, quote.cue, quote.speaker) if s is not None]
    return spans


def test_pipeline_fixture_article_cleaned() -> None:
    raw = RawDocument(
        origin="tokyo.txt", kind="text", content=(FIXTURES / "tokyo-wire.txt").read_text()
    )
    article = prepare(raw, AnalyzeOptions())
    assert article.published == "2021-03-09"
    assert article.title == "Japan weighs extra stimulus as exports slow"
    assert article.url == "https://news.example.com/japan-stimulus"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.outlet) == ("TOKYO", "Example Wire")
    assert article.source == "Example Wire"
    assert [(m.title, m.duration) for m in article.media] == [
        ("Watch: Finance minister on the yen", "PT1M5S")
    ]
    assert article.text.startswith("Japan's government is considering")
    assert "said on Tuesday, as exports" in article.text
    assert article.text.count("\n\n") == 1


def test_pipeline_verbatim_keeps_text_exactly() -> None:
    content = (FIXTURES / "tokyo-wire.txt").read_text()
    raw = RawDocument(origin="tokyo.txt", kind="text", content=content)
    article = prepare(raw, AnalyzeOptions(verbatim=True, published="2021-03-09"))
    assert article.text == content
    assert article.dateline is None and article.media == []
    assert article.published == "2021-03-09"


def test_pipeline_spans_index_the_text(nlp: Language) -> None:
    raw = RawDocument(
        origin="geneva.txt", kind="text", content=(EXAMPLES / "geneva-talks.txt").read_text()
    )
    (analysis,) = analyze_batch([raw], nlp, AnalyzeOptions())
    assert isinstance(analysis, Analysis)
    spans = all_spans(analysis)
    assert len(spans) > 10
    for span in spans:
        assert analysis.article.text[span.start : span.end] == span.text


def test_pipeline_entities_merge_surname() -> None:
    analysis = analyze_text(
        "Chancellor Angela Merkel met Emmanuel Macron in Paris. Merkel said little."
    )
    merkel = next(e for e in analysis.entities if e.name == "Angela Merkel")
    assert merkel.type == "PERSON"
    assert [m.text for m in merkel.mentions] == ["Angela Merkel", "Merkel"]
    assert merkel.aliases == ["Merkel"]


def test_pipeline_id_given_or_hashed() -> None:
    given = prepare(
        RawDocument(origin="a", kind="text", content="Body.", id="wire-1"), AnalyzeOptions()
    )
    assert given.id == "wire-1"
    one = prepare(RawDocument(origin="a", kind="text", content="Same   body.\n"), AnalyzeOptions())
    two = prepare(
        RawDocument(origin="b", kind="text", content="title: T\n\nSame body."), AnalyzeOptions()
    )
    assert one.id == two.id == body_id("Same body.")


def test_pipeline_published_override_wins() -> None:
    raw = RawDocument(origin="a", kind="text", content="date 2021-03-10\n\nBody.")
    assert prepare(raw, AnalyzeOptions(published="2020-01-01")).published == "2020-01-01"


def test_pipeline_empty_after_cleaning() -> None:
    raw = RawDocument(
        origin="a.txt", kind="text", content="date 2021-03-10\nInside the talks 12:40\n"
    )
    with pytest.raises(EmptyInput, match="no article text left after cleaning"):
        prepare(raw, AnalyzeOptions())


def test_pipeline_batch_keeps_order_and_isolates_errors(nlp: Language) -> None:
    items: list[RawDocument | InputError] = [
        RawDocument(origin="1", kind="text", content="Kenya won."),
        RawDocument(origin="2", kind="html", content="<html><body><nav>Home</nav></body></html>"),
        RawDocument(origin="3", kind="text", content="Peru lost."),
    ]
    results = analyze_batch(items, nlp, AnalyzeOptions())
    assert [type(r).__name__ for r in results] == ["Analysis", "NoArticleBody", "Analysis"]
    assert isinstance(results[1], NoArticleBody)
    assert str(results[1]) == "[E105] 2: no article body found in this HTML page"
    assert [r.article.origin for r in results if isinstance(r, Analysis)] == ["1", "3"]


def test_pipeline_html_example() -> None:
    raw = RawDocument(
        origin="lagos.html", kind="html", content=(EXAMPLES / "lagos-protest.html").read_text()
    )
    article = prepare(raw, AnalyzeOptions(today=date(2024, 1, 1)))
    assert article.title == "Protesters clash with police in Lagos over fuel prices"
    assert article.authors == ["Adaeze Okafor"]
    # the original time in the writer's clock, not the update of 06-16
    assert article.published == "2023-06-14T09:30:00+01:00"
    assert article.source == "The Example Herald"
    assert article.dateline is not None and article.dateline.place == "LAGOS"
    assert article.text.startswith("Hundreds of protesters clashed")
    assert article.text.endswith("according to the national statistics bureau.")
    for debris in ("cookies", "All rights reserved", "Related", "Home"):
        assert debris not in article.text


def test_pipeline_html_date_never_after_capture(tmp_path: Path) -> None:
    html = (EXAMPLES / "lagos-protest.html").read_text()
    raw = RawDocument(origin="lagos.html", kind="html", content=html, captured="2023-06-01")
    assert prepare(raw, AnalyzeOptions(today=date(2024, 1, 1))).published is None
    future = html.replace("2023-06-14T09:30:00+01:00", "2099-06-14T09:30:00+01:00")
    future = future.replace("June 14, 2023", "June 14, 2099").replace("2023-06-16", "2099-06-16")
    raw = RawDocument(origin="future.html", kind="html", content=future)
    published = prepare(raw, AnalyzeOptions(today=date(2024, 1, 1))).published
    assert published is None or published <= "2024-01-01"


def test_pipeline_a_line_break_ends_a_sentence(nlp: Language) -> None:
    doc = nlp("Senate passes budget\n\nMs. Hale has also argued for taxing windfalls.\nShe left.")
    assert [s.text.strip() for s in doc.sents] == [
        "Senate passes budget",
        "Ms. Hale has also argued for taxing windfalls.",
        "She left.",
    ]


def test_pipeline_headline_does_not_swallow_the_first_reported_claim() -> None:
    text = "Budget talks resume\n\nThe senator said that the deal would pass by Friday."
    (quote,) = analyze_text(text, verbatim=True).quotes
    assert quote.content.text == "that the deal would pass by Friday"
    assert quote.speaker is not None and quote.speaker.text == "The senator"
