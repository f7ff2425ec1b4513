"""Every query the store issues is served by an index: EXPLAIN QUERY PLAN on each of them.

A listing may walk an index in the order it returns (it stops at its LIMIT); a filtered
query must search an index and sort only what it found; nothing scans a table whole.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.ingest import RawDocument
from dateline.model import Analysis
from dateline.pipeline import AnalyzeOptions, analyze_batch
from dateline.store import SQLiteStore, open_store

TEXTS = [
    "KYIV, March 9 (Reuters) - Russia attacked Ukraine on Monday, officials said. "
    "“We will defend every town,” said President Volodymyr Zelenskiy. "
    "The strikes cut power to 200,000 homes and damaged a 40 km pipeline.",
    "Ukraine accused Russia of shelling Kharkiv on Tuesday. Zelenskiy met Olaf Scholz "
    "in Berlin, where Germany pledged $2 billion. Scholz said talks would resume.",
    "Prices rose 5% in March, the central bank said. It ran 20 kg (33 lb) of tests on "
    "Thursday, March 10, 2021.",
]
# A scan over a whole table that no LIMIT stops: never, but for the store's own count.
FULL_SCAN = re.compile(r"^SCAN (\w+)$")
# Failures are read in id order a page at a time; "page" is a page of rows already chosen
# from an index, read again to join their columns.
ALLOWED_FULL_SCANS = {"failures", "page"}
BOUNDED_SORT = re.compile(r"SCAN (page|\(subquery-\d+\))")
# An article's row holds its text and record on overflow pages: a listing reads an article's
# date, title and address from the articles_listing index, never from the row. Only the
# article itself, and search's snippets (made from the text), read rows.
ARTICLE_ROW = re.compile(r"^SEARCH (a|articles) USING (INDEX|INTEGER PRIMARY KEY)")
READS_ARTICLE_ROWS = {
    "article",
    "article by prefix",
    "search",
    "search in a language",
    "search by day and source",
    "search newest first",
}


@pytest.fixture(scope="module")
def store(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> SQLiteStore:
    raws: list[RawDocument | object] = [
        RawDocument(origin=f"{n}.txt", kind="text", content=t, published=f"2022-03-0{n + 1}")
        for n, t in enumerate(TEXTS)
    ]
    results = analyze_batch(raws, nlp, AnalyzeOptions())  # type: ignore[arg-type]
    assert all(isinstance(r, Analysis) for r in results)
    db = tmp_path_factory.mktemp("plans") / "plans.db"
    with open_store(db) as writer:
        writer.add((r, None) for r in results)
    return open_store(db, readonly=True)


QUERIES: dict[str, Callable[[SQLiteStore], object]] = {
    "search": lambda s: s.search("Berlin OR Kharkiv -Scholz"),
    "search in a language": lambda s: s.search("Berlin OR Kharkiv", language="en"),
    "search by day and source": lambda s: s.search(
        "Berlin OR Kharkiv", since="2022-03-01", until="2022-03-31", source="Reuters"
    ),
    "search newest first": lambda s: s.search("Berlin OR Kharkiv", order="date"),
    "overview": lambda s: s.overview(),
    "article": lambda s: s.article(_ids(s)[0]),
    "article by prefix": lambda s: s.article(_ids(s)[0][:8]),
    "quotes": lambda s: s.quotes(limit=50),
    "quotes by surname": lambda s: s.quotes(speaker="Zelenskiy", limit=50),
    "quotes by full name": lambda s: s.quotes(speaker="Volodymyr Zelenskiy", limit=50),
    "entities": lambda s: s.entities(limit=50),
    "entities by type": lambda s: s.entities(type="PERSON", limit=50, offset=1),
    "entities of a country": lambda s: s.entities(country="UKR", limit=50),
    "entities of a type and a country": lambda s: s.entities(type="GPE", country="UKR", limit=50),
    "entity": lambda s: s.entity("Zelenskiy"),
    "events": lambda s: s.events(limit=50),
    "events by actor": lambda s: s.events(actor="Russia", limit=50),
    "events by type since": lambda s: s.events(type="ASSAULT", since="2022-03-01", limit=50),
    "events from a day to a day": lambda s: s.events(
        since="2022-03-01", until="2022-03-02", limit=50
    ),
    "events by actor to a day": lambda s: s.events(actor="Russia", until="2022-03-02", limit=50),
    "events by quad class, modality and root": lambda s: s.events(
        quad_class=4, modality="reported", cameo="18", limit=50
    ),
    "events of an actor by quad class": lambda s: s.events(actor="Russia", quad_class=4, limit=50),
    "events by full code": lambda s: s.events(code="19", limit=50),
    "events by actor code": lambda s: s.events(actor_code="RUS", since="2022-03-01", limit=50),
    "events of an actor by actor code": lambda s: s.events(
        actor="Russia", actor_code="RUSGOV", limit=50
    ),
    "quotes from a day to a day": lambda s: s.quotes(since="2022-03", until="2022-03", limit=50),
    "quotes by surname and kind": lambda s: s.quotes(speaker="Zelenskiy", kind="direct", limit=50),
    "relations": lambda s: s.relations("Russia", "Ukraine"),
    "quantities": lambda s: s.quantities(limit=50),
    "quantities at least": lambda s: s.quantities(at_least=1000, limit=50),
    "quantities of a currency": lambda s: s.quantities(currency="USD", limit=50),
    "quantities of a dimension": lambda s: s.quantities(dimension="length", limit=50),
    "checks": lambda s: s.checks(limit=50),
    "checks by status": lambda s: s.checks(status="inconsistent", limit=50),
    "failures": lambda s: s.failures(limit=50),
}


def _ids(store: SQLiteStore) -> list[str]:
    return [row[0] for row in store.db.execute("SELECT id FROM articles WHERE id > '' LIMIT 3")]


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_store_plans_every_query_uses_an_index(store: SQLiteStore, name: str) -> None:
    issued: list[str] = []
    store.db.set_trace_callback(issued.append)
    try:
        answer = QUERIES[name](store)
    finally:
        store.db.set_trace_callback(None)
    assert answer is not None
    selects = [sql for sql in issued if sql.lstrip().upper().startswith("SELECT")]
    assert selects
    explain = sqlite3.connect(Path(store.path))
    for sql in selects:
        if "_config" in sql:  # FTS5 reading its own configuration row
            continue
        plan = [row[3] for row in explain.execute("EXPLAIN QUERY PLAN " + sql)]
        scans = [m.group(1) for step in plan if (m := FULL_SCAN.match(step))]
        assert set(scans) <= ALLOWED_FULL_SCANS, (sql, plan)
        if any(step.startswith("SCAN") and "USING" in step for step in plan):
            assert "LIMIT" in sql, (sql, plan)  # an ordered walk, stopped by its page
        if name not in READS_ARTICLE_ROWS:
            assert not any(ARTICLE_ROW.match(step) for step in plan), (sql, plan)
        bounded = BOUNDED_SORT.search(" | ".join(plan))
        if any("TEMP B-TREE" in step for step in plan):
            assert bounded or any(step.startswith("SEARCH") for step in plan), (sql, plan)
        if "USE TEMP B-TREE FOR ORDER BY" in plan:
            # Only a page already chosen, or the few entities one name holds, are sorted;
            # never all the facts a filter found.
            assert bounded or "canonical_keys" in sql, (sql, plan)


def test_store_plans_queries_answer_something(store: SQLiteStore) -> None:
    assert [q.speaker_name for q in store.quotes(speaker="Zelenskiy")] == ["Volodymyr Zelenskiy"]
    assert store.events(actor="Russia")
    assert store.relations("Russia", "Ukraine")
    assert [q.text for q in store.quantities(currency="USD")] == ["$2 billion"]
    assert store.checks(status="inconsistent")
