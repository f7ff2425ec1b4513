"""HTML pages: main text and metadata through trafilatura; the publication date from the
page's own metadata or address, else from its markup through htmldate."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import trafilatura
from htmldate import find_date

from dateline.errors import NoArticleBody
from dateline.ingest.published import page_published, url_published, writers_day

# Fewer words than this is navigation or a notice, not an article.
MIN_BODY_WORDS = 5


@dataclass(frozen=True)
class HtmlArticle:
    text: str
    title: str | None = None
    authors: tuple[str, ...] = field(default_factory=tuple)
    published: str | None = None
    source: str | None = None
    url: str | None = None


def _split_authors(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(a.strip() for a in value.replace(" and ", ";").split(";") if a.strip())


def extract_html(
    html: str, origin: str, *, latest: date, today: date | None = None, url: str | None = None
) -> HtmlArticle:
    """The article in an HTML page. ``latest`` bounds the publication date (capture day or today).

    The date is the page's metadata's (JSON-LD, meta tags), to the minute and in the writer's
    clock where the page shows it, else the one its address files it under, else one htmldate
    finds in its markup (bylines, ``<time>``); a date the text gives something it reports is
    the last resort. htmldate is asked with the present as its bound (given its own bound it
    may answer with the bound itself); a date after ``latest`` is dropped, not clamped.
    """
    present = (today or date.today()).isoformat()
    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=False,
        date_extraction_params={
            "extensive_search": True,
            "original_date": True,
            "max_date": present,
        },
    )
    text = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if len(text.split()) < MIN_BODY_WORDS:
        raise NoArticleBody(origin, "no article body found in this HTML page")
    page_url = getattr(document, "url", None) or url
    filed = url_published(page_url)
    published = page_published(html)
    published = writers_day(published, filed) if published else filed
    if not published:
        marked = find_date(html, original_date=True, extensive_search=False, max_date=present)
        published = marked or getattr(document, "date", None)
    if published and published[:10] > latest.isoformat():
        published = None
    return HtmlArticle(
        text=text,
        title=getattr(document, "title", None) or None,
        authors=_split_authors(getattr(document, "author", None)),
        published=published or None,
        source=getattr(document, "sitename", None) or None,
        url=page_url,
    )
