"""Batch jobs over paths: analyse (records out, in input order) and ingest (records into a store)."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from dateline.errors import InputError
from dateline.ingest import RawDocument, read_paths
from dateline.pipeline import AnalyzeOptions, Result, analyze_stream
from dateline.settings import Settings
from dateline.store.base import AddCounts, Store


def analyze_paths(
    paths: Iterable[str], *, options: AnalyzeOptions | None = None, settings: Settings | None = None
) -> Iterator[Result]:
    """An analysis or an ``InputError`` for every input in ``paths``, in input order."""
    settings = settings or Settings()
    yield from analyze_stream(
        read_paths(paths, max_bytes=settings.max_input_bytes, follow_links=settings.follow_links),
        options or AnalyzeOptions(),
        settings,
    )


@dataclass
class IngestReport:
    counts: AddCounts = field(default_factory=AddCounts)
    errors: list[InputError] = field(default_factory=list)


def ingest_paths(
    paths: Iterable[str],
    store: Store,
    *,
    options: AnalyzeOptions | None = None,
    settings: Settings | None = None,
    on_progress: Callable[[int], None] | None = None,
    on_error: Callable[[InputError], None] | None = None,
) -> IngestReport:
    """Analyse and store every input; a bad input is recorded as a failure and the run goes on.

    Every ``batches_per_write`` batches are committed in one transaction, so a run killed
    part-way keeps what it committed, and running it again skips those inputs and finishes
    the rest.
    """
    settings = settings or Settings()
    options = options or AnalyzeOptions()
    report = IngestReport()
    hashes: deque[str | None] = deque()

    def unseen(items: Iterator[RawDocument | InputError]) -> Iterator[RawDocument | InputError]:
        """Inputs not already in the store, remembering each one's hash in order."""
        while chunk := [item for _, item in zip(range(settings.batch_size), items, strict=False)]:
            known = store.seen_inputs(i.input_hash for i in chunk if isinstance(i, RawDocument))
            for item in chunk:
                if isinstance(item, RawDocument) and item.input_hash in known:
                    report.counts.duplicates += 1
                    if on_progress:
                        on_progress(1)
                    continue
                hashes.append(item.input_hash if isinstance(item, RawDocument) else None)
                yield item

    pending: list[tuple[Result, str | None]] = []
    raws = read_paths(paths, max_bytes=settings.max_input_bytes, follow_links=settings.follow_links)
    for result in analyze_stream(unseen(raws), options, settings):
        pending.append((result, hashes.popleft()))
        if isinstance(result, InputError):
            report.errors.append(result)
            if on_error:
                on_error(result)
        if len(pending) >= settings.batch_size * settings.batches_per_write:
            report.counts += store.add(pending)
            if on_progress:
                on_progress(len(pending))
            pending = []
    if pending:
        report.counts += store.add(pending)
        if on_progress:
            on_progress(len(pending))
    return report
