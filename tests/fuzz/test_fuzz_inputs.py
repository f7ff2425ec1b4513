"""Fuzzing the readers, the cleaner and the analysis: nothing but Dateline's own input errors
leaves them, every span indexes its text, and no input under 100 KB takes over 10 seconds."""

from __future__ import annotations

import gzip
import json
import time
import unicodedata
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from dateline.clean import clean_text, parse_headers
from dateline.errors import AnalysisFailed, AnalysisTimeout, InputError
from dateline.ingest import RawDocument, read_paths
from dateline.ingest.html import extract_html
from dateline.ingest.records import record_to_raw
from dateline.model import Analysis
from dateline.pipeline import AnalyzeOptions, analyze_batch
from tests.fuzz.strategies import html_page, news_text, record

SECONDS_PER_INPUT = 10.0
SUFFIXES = [".txt", ".json", ".jsonl", ".html", ".txt.gz", ".jsonl.gz", ""]


def _spans_index_text(analysis: Analysis) -> None:
    text = analysis.article.text
    spans = [m for e in analysis.entities for m in e.mentions]
    spans += [q.content for q in analysis.quotes] + [q.cue for q in analysis.quotes if q.cue]
    spans += [v.trigger for v in analysis.events] + [v.sentence for v in analysis.events]
    spans += [s for c in analysis.checks for s in c.spans]
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
    for fact in [*analysis.times, *analysis.quantities]:
        assert text[fact.start : fact.end] == fact.text


def _analysed_cleanly(
    nlp: Language, raws: list[RawDocument | InputError], **options: object
) -> None:
    started = time.monotonic()
    results = analyze_batch(raws, nlp, AnalyzeOptions(**options))  # type: ignore[arg-type]
    assert time.monotonic() - started < SECONDS_PER_INPUT * max(1, len(raws))
    assert len(results) == len(raws)
    for result in results:
        # A failure of the analysis itself would be a bug the isolation only hides.
        assert not isinstance(result, AnalysisFailed | AnalysisTimeout), result
        if isinstance(result, Analysis):
            _spans_index_text(result)
            result.to_json()


@given(data=st.binary(max_size=4096), suffix=st.sampled_from(SUFFIXES))
def test_fuzz_readers_take_any_bytes(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("bytes") / f"input{suffix}"
    path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
    for item in read_paths([str(path)]):
        assert isinstance(item, RawDocument | InputError)


@given(records=st.lists(record, max_size=5), as_lines=st.booleans())
def test_fuzz_readers_take_any_json(
    tmp_path_factory: pytest.TempPathFactory, records: list[dict[str, object]], as_lines: bool
) -> None:
    folder = tmp_path_factory.mktemp("json")
    if as_lines:
        path = folder / "r.jsonl"
        path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    else:
        path = folder / "r.json"
        path.write_text(json.dumps(records), encoding="utf-8")
    for item in read_paths([str(path)]):
        assert isinstance(item, RawDocument | InputError)


@given(value=record)
def test_fuzz_a_record_is_an_article_or_a_bad_record(value: dict[str, object]) -> None:
    try:
        raw = record_to_raw(value, "r.json", 1)
    except InputError:
        return
    assert raw.content.strip()


@given(text=news_text)
def test_fuzz_the_cleaner_gives_normal_text(text: str) -> None:
    headers, body = parse_headers(text, "a.txt")
    cleaned = clean_text(body, title=headers.title)
    # Lines become paragraphs ("\n" → "\n\n"); nothing else is added.
    assert len(cleaned.text) <= 2 * len(body) + 1
    assert "\r" not in cleaned.text
    assert cleaned.text == unicodedata.normalize("NFC", cleaned.text)
    assert all(line == line.strip() for line in cleaned.text.split("\n"))


@given(page=html_page)
def test_fuzz_html_pages(page: str) -> None:
    try:
        article = extract_html(page, "p.html", latest=date(2026, 1, 1), today=date(2026, 1, 1))
    except InputError:
        return
    assert isinstance(article.text, str)


@given(texts=st.lists(news_text, min_size=1, max_size=3), verbatim=st.booleans())
def test_fuzz_analyze_news_like_text(nlp: Language, texts: list[str], verbatim: bool) -> None:
    raws: list[RawDocument | InputError] = [
        RawDocument(origin=f"{n}.txt", kind="text", content=t) for n, t in enumerate(texts)
    ]
    _analysed_cleanly(nlp, raws, verbatim=verbatim, article_seconds=None)


@given(
    text=news_text,
    published=st.one_of(st.none(), st.dates().map(date.isoformat)),
)
def test_fuzz_analyze_against_any_publication_day(
    nlp: Language, text: str, published: str | None
) -> None:
    raws: list[RawDocument | InputError] = [RawDocument(origin="a.txt", kind="text", content=text)]
    _analysed_cleanly(nlp, raws, verbatim=True, published=published, article_seconds=None)


@given(page=html_page)
def test_fuzz_analyze_html(nlp: Language, page: str) -> None:
    raws: list[RawDocument | InputError] = [RawDocument(origin="p.html", kind="html", content=page)]
    _analysed_cleanly(nlp, raws, article_seconds=None)


LONG_EXAMPLES = max(3, settings.default.max_examples // 12)


@settings(max_examples=LONG_EXAMPLES)
@given(pieces=st.lists(news_text, min_size=1, max_size=8), copies=st.integers(1, 200))
def test_fuzz_analyze_long_text_in_bounded_time(
    nlp: Language, pieces: list[str], copies: int
) -> None:
    """Texts up to 100 KB made of repeated news-like pieces: quotes never closed, names and
    numbers by the hundred, sentences without end."""
    text = (" ".join(pieces) + " ") * copies
    text = text[: 100 * 1024 - 1]
    raws: list[RawDocument | InputError] = [RawDocument(origin="l.txt", kind="text", content=text)]
    _analysed_cleanly(nlp, raws, verbatim=True, article_seconds=None)


@given(text=st.text(max_size=2000))
def test_fuzz_analyze_any_unicode(nlp: Language, text: str) -> None:
    raws: list[RawDocument | InputError] = [RawDocument(origin="u.txt", kind="text", content=text)]
    _analysed_cleanly(nlp, raws, article_seconds=None)
