"""Publication dates a reader would give: the page's own metadata, to the minute, in the
writer's clock; the day its address files it under; never a date the text reports."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from dateline.ingest import RawDocument
from dateline.ingest.published import page_published, url_published, writers_day
from dateline.model import Analysis
from dateline.pipeline import AnalyzeOptions, analyze_batch, prepare

BODY = (
    "<p>The city council voted on Wednesday to close the old harbour bridge to lorries, after"
    " engineers found cracks in two of its supports during an inspection last month.</p>"
    "<p>The mayor said the ban would last until repairs are finished, which she expects by"
    " the end of the summer. Hauliers said the detour would add forty minutes to each trip.</p>"
    "<p>Residents of the harbour district have complained about heavy traffic for years, and"
    " a petition for the ban gathered more than 3,000 signatures this spring.</p>"
)


def _page(head: str = "", byline: str = "", body: str = BODY) -> str:
    return (
        f"<html><head><title>Harbour bridge closed to lorries</title>{head}</head><body>"
        "<nav><a href='/'>Home</a> <a href='/local'>Local</a></nav><article>"
        f"<h1>Harbour bridge closed to lorries</h1>{byline}{body}</article></body></html>"
    )


def _published(page: str, **raw: object) -> str | None:
    article = prepare(
        RawDocument(origin="page.html", kind="html", content=page, **raw),  # type: ignore[arg-type]
        AnalyzeOptions(today=date(2024, 1, 1)),
    )
    return article.published


def test_published_utc_metadata_moved_to_the_clock_the_page_shows() -> None:
    page = _page(
        '<script type="application/ld+json">{"@context": "https://schema.org",'
        ' "@type": "NewsArticle", "datePublished": "2023-03-09T01:30:00Z"}</script>',
        "<p class='byline'>By Jo Reed | March 8, 2023 8:30 pm ET</p>",
    )
    assert _published(page) == "2023-03-08T20:30:00-05:00"


def test_published_relative_times_resolve_against_the_writers_day(nlp: Language) -> None:
    page = _page(
        '<meta property="article:published_time" content="2023-03-09T01:30:00Z">',
        "<p class='byline'>By Jo Reed, 8 March 2023, 20:30 EST</p>",
    )
    raw = RawDocument(origin="page.html", kind="html", content=page)
    (analysis,) = analyze_batch([raw], nlp, AnalyzeOptions(today=date(2024, 1, 1)))
    assert isinstance(analysis, Analysis)
    assert analysis.article.published == "2023-03-08T20:30:00-05:00"
    wednesday = next(t for t in analysis.times if t.text == "Wednesday")
    assert wednesday.value == "2023-03-08"  # the writer's Wednesday, not Thursday's


def test_published_offset_given_by_the_page_is_kept() -> None:
    page = _page('<meta property="article:published_time" content="2023-03-08T23:10:00+05:30">')
    assert _published(page) == "2023-03-08T23:10:00+05:30"


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:published_time" content="2023-03-08T20:30:00-05:00">',
        '<meta itemprop="datePublished" content="2023-03-08T20:30:00-05:00">',
        '<meta name="parsely-pub-date" content="2023-03-08T20:30:00-05:00">',
        '<script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "x"},'
        ' {"@type": ["Article"], "datePublished": "2023-03-08T20:30:00-05:00"}]}</script>',
    ],
)
def test_published_read_from_each_kind_of_metadata(head: str) -> None:
    assert page_published(_page(head)) == "2023-03-08T20:30:00-05:00"


def test_published_of_a_fact_check_is_its_own_day_not_the_claims() -> None:
    # No metadata; the address files it under the day it was written; the text dates the
    # statement it checks a month earlier.
    body = (
        "<p>Councillor Sam Ortiz said on Feb. 7, 2023, that the bridge carries 9,000 lorries"
        " a day. Traffic counts published on Jan. 30, 2023, show about 2,400.</p>" + BODY
    )
    page = _page(
        '<meta property="og:url" content="https://checks.example.org/2023/mar/08/ortiz-bridge/">',
        body=body,
    )
    assert _published(page) == "2023-03-08"


def test_published_utc_just_after_midnight_takes_the_day_the_page_is_filed_under() -> None:
    page = _page(
        '<meta property="article:published_time" content="2023-03-09T03:05:00+00:00">'
        '<link rel="canonical" href="https://news.example.com/2023/03/08/bridge-closed/">'
    )
    assert _published(page) == "2023-03-08"


def test_published_of_a_page_declaring_its_encoding() -> None:
    head = '<meta property="article:published_time" content="2023-03-08T20:30:00-05:00">'
    page = '<?xml version="1.0" encoding="utf-8"?>\n' + _page(head)
    assert page_published(page) == "2023-03-08T20:30:00-05:00"


def test_published_placeholder_metadata_is_ignored() -> None:
    page = _page(
        '<meta property="article:published_time" content="0001-01-01T00:00:00+00:00">'
        '<meta name="date" content="2023-03-08">'
    )
    assert page_published(page) == "2023-03-08"


def test_published_without_metadata_comes_from_the_markup_not_the_text() -> None:
    body = "<p>The strike that began on 2 February 2023 ended with a deal.</p>" + BODY
    page = _page(byline='<p class="date">March 8, 2023</p>', body=body)
    assert page_published(page) is None
    assert _published(page) == "2023-03-08"


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://x.example/2023/03/08/story/", "2023-03-08"),
        ("https://x.example/news/2023/mar/8/story", "2023-03-08"),
        ("https://x.example/a/2023-03-08-story.html", "2023-03-08"),
        ("https://x.example/story-20230308.html", "2023-03-08"),
        ("https://x.example/2023/02/30/story/", None),  # no such day
        ("https://x.example/story/12345/", None),
        (None, None),
    ],
)
def test_published_url_day(url: str | None, day: str | None) -> None:
    assert url_published(url) == day


@pytest.mark.parametrize(
    ("published", "filed", "expected"),
    [
        ("2023-03-09T03:05:00+00:00", "2023-03-08", "2023-03-08"),  # evening in the west
        ("2023-03-08T22:00:00+00:00", "2023-03-09", "2023-03-09"),  # morning in the east
        ("2023-03-09T15:00:00+00:00", "2023-03-08", "2023-03-09T15:00:00+00:00"),
        ("2023-03-09T03:05:00-05:00", "2023-03-08", "2023-03-09T03:05:00-05:00"),
        ("2023-03-09T03:05:00+00:00", "2023-03-09", "2023-03-09T03:05:00+00:00"),
        ("2023-03-09T03:05:00+00:00", None, "2023-03-09T03:05:00+00:00"),
    ],
)
def test_published_writers_day(published: str, filed: str | None, expected: str) -> None:
    assert writers_day(published, filed) == expected
