"""The one-way flow: raw document → clean article → one parse → extractors → analysis record."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from dateline.checks import run_checks
from dateline.clean import body_id, clean_text, parse_headers, quote_balance_warning
from dateline.errors import (
    AnalysisFailed,
    AnalysisTimeout,
    EmptyInput,
    InputError,
    InputTooLarge,
    ModelNotFound,
)
from dateline.extract.entities import extract_entities
from dateline.extract.entities.actor_codes import with_actor_codes
from dateline.extract.events import extract_events
from dateline.extract.quantities import extract_quantities
from dateline.extract.quotes import extract_quotes
from dateline.extract.spans import remember_text
from dateline.extract.times import extract_times
from dateline.ingest.html import extract_html
from dateline.ingest.raw import RawDocument
from dateline.language import detect_language
from dateline.limits import OutOfTime, die_with_parent, time_limit
from dateline.model import Analysis, Article
from dateline.nlp import load_pipeline
from dateline.printable import input_field, input_text, one_line, shortened
from dateline.settings import (
    ARTICLE_SECONDS,
    MAX_TEXT_CHARS,
    PIPELINES_ENV,
    SECONDS_PER_10K_CHARS,
    Settings,
    pipelines_from_env,
)

Result = Analysis | InputError


@dataclass(frozen=True)
class AnalyzeOptions:
    verbatim: bool = False
    published: str | None = None  # overrides whatever the input says
    today: date = field(default_factory=date.today)
    max_text_chars: int = MAX_TEXT_CHARS
    article_seconds: float | None = ARTICLE_SECONDS  # None: no time budget
    language: str | None = None  # the body's language (ISO 639-1), instead of detecting it
    # spaCy pipelines for languages the main (English) pipeline does not serve
    pipelines: Mapping[str, str] = field(default_factory=pipelines_from_env)

    def budget(self, text: str) -> float | None:
        """Seconds one article's analysis may take: longer texts are given longer."""
        if self.article_seconds is None:
            return None
        return self.article_seconds + SECONDS_PER_10K_CHARS * len(text) / 10_000


def _capture_day(raw: RawDocument, today: date) -> date:
    if raw.captured:
        try:
            return min(today, date.fromisoformat(raw.captured[:10]))
        except ValueError:
            pass
    return today


def _sanitised(raw: RawDocument) -> RawDocument:
    """``raw`` with no control characters or lone surrogates left in its text and fields."""
    return replace(
        raw,
        content=input_text(raw.content),
        id=input_field(raw.id),
        url=input_field(raw.url),
        title=input_field(raw.title),
        source=input_field(raw.source),
        authors=tuple(a for a in map(input_field, raw.authors) if a),
    )


def prepare(raw: RawDocument, options: AnalyzeOptions) -> Article:
    """Read and clean one raw document into an article (no NLP yet)."""
    raw = _sanitised(raw)
    title, url, source, authors = raw.title, raw.url, raw.source, list(raw.authors)
    published, given_id = raw.published, raw.id
    dateline, media, warnings = None, [], []
    text = raw.content
    if raw.kind == "html":
        page = extract_html(
            raw.content,
            raw.origin,
            latest=_capture_day(raw, options.today),
            today=options.today,
            url=url,
        )
        text = page.text
        title, url, source = title or page.title, url or page.url, source or page.source
        authors = authors or list(page.authors)
        published = published or page.published
    elif not options.verbatim:
        headers, text = parse_headers(text, raw.origin)
        title, url, source = title or headers.title, url or headers.url, source or headers.source
        authors = authors or headers.authors
        published = published or headers.published
        given_id = given_id or headers.id
        media.extend(headers.media)
    if options.verbatim:
        warning = quote_balance_warning(text)
        warnings = [warning] if warning else []
    else:
        cleaned = clean_text(text, title=title)
        text, dateline = cleaned.text, cleaned.dateline
        authors = authors or cleaned.authors
        media.extend(cleaned.media)
        warnings = cleaned.warnings
        source = source or (dateline.outlet if dateline else None)
    if not text.strip():
        raise EmptyInput(raw.origin, "no article text left after cleaning", line=raw.line)
    if len(text) > options.max_text_chars:
        raise InputTooLarge(
            raw.origin,
            f"article text has {len(text):,} characters, over the {options.max_text_chars:,} limit",
            line=raw.line,
        )
    return Article(
        id=given_id or body_id(text),
        origin=raw.origin,
        url=url,
        title=title,
        authors=authors,
        source=source,
        published=options.published or published,
        language=options.language or detect_language(text).code,
        dateline=dateline,
        text=text,
        media=media,
        warnings=warnings,
    )


def analyze_doc(article: Article, doc: Doc) -> Analysis:
    """Every extractor over the one parse of the article; an exception inside one of them is
    raised as ``AnalysisFailed``, naming the article and the stage."""
    stage = "entities"
    remember_text(doc, article.text)
    try:
        entities = with_actor_codes(extract_entities(doc), article.published)
        stage = "quotes"
        quotes, quote_warnings = extract_quotes(doc, entities)
        if quote_warnings:
            warnings = [*article.warnings, *quote_warnings]
            article = article.model_copy(update={"warnings": warnings})
        stage = "times"
        times = extract_times(doc, article.published)
        stage = "quantities"
        quantities = extract_quantities(doc, times)
        stage = "events"
        events = extract_events(
            doc,
            entities,
            quotes,
            times,
            published=article.published,
            dateline_place=article.dateline.place if article.dateline else None,
        )
        stage = "checks"
        checks = run_checks(article.text, times, quantities)
        stage = "record"
        return Analysis(
            article=article,
            entities=entities,
            quotes=quotes,
            times=times,
            quantities=quantities,
            events=events,
            checks=checks,
        )
    except Exception as exc:
        raise _failure(exc, stage, article.origin) from exc


def _failure(error: Exception, stage: str, origin: str) -> AnalysisFailed:
    reason = one_line(shortened(str(error), 200))
    return AnalysisFailed(
        origin, f"{stage} failed: {type(error).__name__}" + (f": {reason}" if reason else "")
    )


def _analyze_one(
    article: Article, doc: Doc | None, nlp: Language, options: AnalyzeOptions
) -> Result:
    """One article's record, or its failure: an exception or an overrun costs only this one."""
    seconds = options.budget(article.text)
    try:
        with time_limit(seconds):
            try:
                parsed = doc if doc is not None else nlp(article.text)
            except Exception as exc:
                return _failure(exc, "parse", article.origin)
            return analyze_doc(article, parsed)
    except OutOfTime:
        return AnalysisTimeout(
            article.origin,
            f"analysis stopped after {seconds:.1f} s, its budget for"
            f" {len(article.text):,} characters of text",
        )
    except AnalysisFailed as failed:
        return failed


def _parse_all(nlp: Language, articles: list[Article], options: AnalyzeOptions) -> list[Doc | None]:
    """One parse of every article, batched; when the batch fails or overruns, None for all,
    and each article is parsed on its own within its own budget."""
    budgets = [options.budget(a.text) for a in articles]
    total = None if None in budgets else sum(b for b in budgets if b is not None)
    try:
        with time_limit(total):
            return list(nlp.pipe(a.text for a in articles))
    except (OutOfTime, Exception):
        return [None] * len(articles)


def _batches(
    items: Iterable[RawDocument | InputError], size: int
) -> Iterator[list[RawDocument | InputError]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _pipeline_for(article: Article, nlp: Language, options: AnalyzeOptions) -> Language | str:
    """The pipeline that serves the article's language, or why there is none."""
    if article.language == nlp.lang:
        return nlp
    name = options.pipelines.get(article.language)
    if name is None:
        return (
            f"language '{article.language}' not analysed: no spaCy pipeline for it is set"
            f" ({PIPELINES_ENV}={article.language}=PIPELINE names one)"
        )
    try:
        return load_pipeline(name)
    except ModelNotFound:
        return f"language '{article.language}' not analysed: its pipeline {name} is not installed"


def _unanalysed(article: Article, reason: str) -> Analysis:
    """The article kept (text, metadata, media) with no facts: no pipeline reads its language."""
    return Analysis(article=article.model_copy(update={"warnings": [*article.warnings, reason]}))


def analyze_batch(
    batch: list[RawDocument | InputError], nlp: Language, options: AnalyzeOptions
) -> list[Result]:
    """Analyse a batch in input order; one bad input costs only its own record. ``nlp``
    serves its own language; other languages are parsed by ``options.pipelines``."""
    prepared: list[Article | InputError] = []
    for item in batch:
        if isinstance(item, InputError):
            prepared.append(item)
            continue
        try:
            prepared.append(prepare(item, options))
        except InputError as exc:
            prepared.append(exc)
        except Exception as exc:
            prepared.append(_failure(exc, "reading", item.origin))
    results: list[Result | None] = [a if isinstance(a, InputError) else None for a in prepared]
    by_pipeline: dict[int, tuple[Language, list[tuple[int, Article]]]] = {}
    for index, article in enumerate(prepared):
        if isinstance(article, InputError):
            continue
        pipeline = _pipeline_for(article, nlp, options)
        if isinstance(pipeline, str):
            results[index] = _unanalysed(article, pipeline)
        else:
            by_pipeline.setdefault(id(pipeline), (pipeline, []))[1].append((index, article))
    for pipeline, members in by_pipeline.values():
        docs = _parse_all(pipeline, [article for _, article in members], options)
        for (index, article), doc in zip(members, docs, strict=True):
            results[index] = _analyze_one(article, doc, pipeline, options)
    return [result for result in results if result is not None]


def analyze_stream(
    items: Iterable[RawDocument | InputError],
    options: AnalyzeOptions,
    settings: Settings,
) -> Iterator[Result]:
    """Analyses (or errors) for ``items`` in input order, on ``settings.workers`` processes."""
    batches = _batches(items, settings.batch_size)
    if settings.workers <= 1:
        nlp = load_pipeline(settings.model)
        for batch in batches:
            yield from analyze_batch(batch, nlp, options)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ProcessPoolExecutor(
        max_workers=settings.workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(settings.model,),
    ) as pool:
        # Bounded look-ahead keeps memory flat on huge inputs while both cores stay busy.
        pending = []
        for batch in batches:
            pending.append(pool.submit(_worker_batch, batch, options, settings.model))
            if len(pending) > settings.workers * 2:
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()


def _init_worker(model: str) -> None:
    die_with_parent()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    load_pipeline(model)


def _worker_batch(
    batch: list[RawDocument | InputError], options: AnalyzeOptions, model: str
) -> list[Result]:
    return analyze_batch(batch, load_pipeline(model), options)


def analyze_text(
    text: str,
    *,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    verbatim: bool = False,
    origin: str = "<text>",
    settings: Settings | None = None,
) -> Analysis:
    """Analyse one article given as a string; raises ``InputError`` when it cannot."""
    settings = settings or Settings()
    raw = RawDocument(origin=origin, kind="text", content=text, title=title, url=url, source=source)
    options = AnalyzeOptions(verbatim=verbatim, published=published)
    (result,) = analyze_batch([raw], load_pipeline(settings.model), options)
    if isinstance(result, InputError):
        raise result
    return result


__all__ = [
    "AnalyzeOptions",
    "Result",
    "analyze_batch",
    "analyze_doc",
    "analyze_stream",
    "analyze_text",
    "body_id",
    "prepare",
]
