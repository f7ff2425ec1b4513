from __future__ import annotations

import json
import sqlite3
import zlib
from pathlib import Path

import pytest

from dateline.errors import EmptyInput, NotFound, StoreError, UsageError
from dateline.model import Analysis, Article, Entity, Quote, Span
from dateline.store import SQLiteStore, open_store
from dateline.store.migrations import MIGRATIONS, current_version
from tests.conftest import undo_migrations


def make_analysis(article_id: str, text: str, *, speaker: str | None = None) -> Analysis:
    quotes = []
    if speaker:
        quotes.append(
            Quote(
                id="q1",
                kind="direct",
                content=Span(start=0, end=len(text), text=text),
                speaker_name=speaker,
            )
        )
    entities = [
        Entity(
            id="e1",
            name="Kenya",
            type="GPE",
            country="KEN",
            mentions=[Span(start=0, end=5, text=text[:5])],
        )
    ]
    return Analysis(
        article=Article(
            id=article_id, origin=f"{article_id}.txt", text=text, published="2021-03-10"
        ),
        entities=entities,
        quotes=quotes,
    )


@pytest.fixture
def store(tmp_path: Path) -> SQLiteStore:
    return open_store(tmp_path / "test.db")


def test_store_migrations_applied_once(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    open_store(path).close()
    open_store(path).close()
    with sqlite3.connect(path) as db:
        assert current_version(db) == MIGRATIONS[-1][0]
        rows = db.execute("SELECT version FROM schema_migrations").fetchall()
    assert [r[0] for r in rows] == [m[0] for m in MIGRATIONS]


def test_store_add_is_idempotent_by_id_and_by_body(store: SQLiteStore) -> None:
    first = store.add([(make_analysis("a1", "Kenya won the final."), "h1")])
    assert (first.ingested, first.duplicates, first.failed) == (1, 0, 0)
    again = store.add(
        [
            (make_analysis("a1", "Kenya won the final."), "h1"),
            (make_analysis("other-id", "Kenya   won the FINAL."), "h2"),  # same normalised body
        ]
    )
    assert (again.ingested, again.duplicates) == (0, 2)
    assert store.count() == 1
    assert store.seen_inputs(["h1", "h2", "h3"]) == {"h1", "h2"}
    assert len(store.entities()) == 1


def test_store_failures_kept_once(store: SQLiteStore) -> None:
    error = EmptyInput("feed.jsonl", "file is empty", line=3)
    for _ in range(2):
        counts = store.add([(error, None)])
        assert counts.failed == 1
    failures = store.failures()
    assert [(f.origin, f.line, f.code, f.reason) for f in failures] == [
        ("feed.jsonl", 3, "E101", "file is empty")
    ]


def test_store_batch_is_one_transaction(store: SQLiteStore) -> None:
    bad = make_analysis("b1", "Peru lost the final.")
    bad.entities.append(bad.entities[0])  # same entity id twice breaks the primary key
    with pytest.raises(StoreError, match="UNIQUE constraint failed"):
        store.add([(make_analysis("a1", "Kenya won the final."), "h1"), (bad, "h2")])
    assert store.count() == 0
    assert store.seen_inputs(["h1"]) == set()


def test_store_search_articles_and_quotes(store: SQLiteStore) -> None:
    store.add(
        [
            (make_analysis("a1", "Kenya won the rugby final in Nairobi."), None),
            (make_analysis("a2", "We will rebuild the stadium", speaker="Ana Ruiz"), None),
        ]
    )
    hits = store.search("nairobi")
    assert [(h.article_id, h.where) for h in hits] == [("a1", "article")]
    assert hits[0].snippet == "Kenya won the rugby final in [Nairobi]."
    quote_hits = store.search("stadium")
    assert {(h.article_id, h.where) for h in quote_hits} == {("a2", "article"), ("a2", "quote")}
    assert store.search('"rebuild" OR ) (') is not None  # user text never breaks FTS syntax
    with pytest.raises(UsageError, match="nothing to search for in '!!!'"):
        store.search("!!!")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Tom Harris", ["a1"]),
        ("Harris", ["a1", "a3"]),
        ("harris", ["a1", "a3"]),
        ("Tom", ["a1"]),
        ("Harri", []),
    ],
)
def test_store_quotes_by_speaker(store: SQLiteStore, query: str, expected: list[str]) -> None:
    store.add(
        [
            (make_analysis("a1", "The talks are stuck.", speaker="Tom Harris"), None),
            (make_analysis("a2", "Prices will fall.", speaker="Ana Ruiz"), None),
            (make_analysis("a3", "We are ready to sign.", speaker="Kamala Harris"), None),
        ]
    )
    assert [q.article_id for q in store.quotes(speaker=query)] == expected


def test_store_quotes_by_one_word_page_through_surnames_and_first_names(
    store: SQLiteStore,
) -> None:
    speakers = ["Tom Harris", "Harris Lee", "Kamala Harris", "Harris Okoro", "Harris", "Ana Ruiz"]
    store.add(
        (make_analysis(f"a{n}", f"Statement number {n}.", speaker=name), None)
        for n, name in enumerate(speakers, start=1)
    )
    pages = [
        [q.article_id for q in store.quotes(speaker="Harris", limit=2, offset=o)] for o in (0, 2, 4)
    ]
    assert pages == [["a1", "a2"], ["a3", "a4"], ["a5"]]
    assert [q.speaker_name for q in store.quotes(speaker="harris lee")] == ["Harris Lee"]


def test_store_article_by_id_and_prefix(store: SQLiteStore) -> None:
    store.add(
        [
            (make_analysis("wire-2022-01", "Kenya won."), None),
            (make_analysis("wire-2022-02", "Peru lost."), None),
        ]
    )
    assert store.article("wire-2022-01").article.text == "Kenya won."
    with pytest.raises(NotFound, match="start of several article ids"):
        store.article("wire-2022")
    with pytest.raises(NotFound, match="no article with id 'zzz'"):
        store.article("zzz")
    records = list(store.records())
    assert [r.article.id for r in records] == ["wire-2022-01", "wire-2022-02"]


def test_store_entities_counts(store: SQLiteStore) -> None:
    store.add(
        [(make_analysis("a1", "Kenya won."), None), (make_analysis("a2", "Kenya lost."), None)]
    )
    (row,) = store.entities(type="gpe")
    assert (row.name, row.type, row.country, row.articles, row.mentions) == (
        "Kenya",
        "GPE",
        "KEN",
        2,
        2,
    )
    assert store.entities(type="PERSON") == []


def test_store_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match="is damaged or is not a Dateline store"):
        open_store(path)


def test_store_keeps_the_text_once_and_the_record_compressed(store: SQLiteStore) -> None:
    store.add([(make_analysis("t1", "Kenya won the final in Nairobi."), None)])
    record, text = store.db.execute("SELECT record, text FROM articles WHERE id = 't1'").fetchone()
    assert isinstance(record, bytes)
    assert json.loads(zlib.decompress(record))["article"]["text"] == ""
    assert text == "Kenya won the final in Nairobi."
    assert store.article("t1").article.text == "Kenya won the final in Nairobi."
    assert [r.article.text for r in store.records()] == ["Kenya won the final in Nairobi."]


def test_store_migration_compresses_the_records_of_an_older_store(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with open_store(path) as store:
        store.add([(make_analysis(f"m{n}", f"Kenya won final {n}."), None) for n in range(3)])
        undo_migrations(store.db, down_to=10)
        store.db.commit()
        assert store.db.execute("SELECT DISTINCT typeof(record) FROM articles").fetchall() == [
            ("text",)
        ]
    with open_store(path) as upgraded:
        kinds = upgraded.db.execute("SELECT DISTINCT typeof(record) FROM articles").fetchall()
        assert kinds == [("blob",)]
        assert upgraded.article("m1").article.text == "Kenya won final 1."
        assert [r.article.id for r in upgraded.records()] == ["m0", "m1", "m2"]


def _counted(store: SQLiteStore) -> dict[str, int]:
    tables = {"entities": "canonical_entities"}
    return {
        name: store.db.execute(f"SELECT count(*) FROM {tables.get(name, name)}").fetchone()[0]
        for name in store.overview().counts
    }


def test_store_overview_tallies_rows_months_and_sources(store: SQLiteStore) -> None:
    first = make_analysis("a1", "Kenya won the final.", speaker="Ana Ruiz")
    second = make_analysis("a2", "Kenya lost the final.")
    second.article.source, second.article.published = "Nation", "2021-04-02"
    first.article.source = "Nation"
    store.add([(first, None), (EmptyInput("a3.txt", "file is empty"), None)])
    store.add([(second, None), (make_analysis("a4", "Kenya drew."), None)])  # Kenya again
    overview = store.overview()
    assert overview.counts == _counted(store)
    assert overview.counts["articles"] == 3
    assert overview.counts["entities"] == 1  # one canonical Kenya, replaced as it grew
    assert overview.counts["failures"] == 1
    assert (overview.first_published, overview.last_published) == ("2021-03-10", "2021-04-02")
    assert overview.months == [("2021-03", 2), ("2021-04", 1)]
    assert overview.sources == [("Nation", 2)]


def test_store_overview_failure_taken_back_when_its_input_succeeds(store: SQLiteStore) -> None:
    store.add([(EmptyInput("a1.txt", "file is empty"), None)])
    assert store.overview().counts["failures"] == 1
    store.add([(make_analysis("a1", "Kenya won the final."), None)])
    assert store.overview().counts["failures"] == 0
    assert store.overview().counts == _counted(store)


def test_store_migration_tallies_an_older_store(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with open_store(path) as store:
        store.add([(make_analysis(f"m{n}", f"Kenya won final {n}."), None) for n in range(3)])
        undo_migrations(store.db, down_to=11)
        store.db.commit()
    with open_store(path) as upgraded:
        assert upgraded.overview().counts == _counted(upgraded)
        assert upgraded.overview().counts["articles"] == 3
        upgraded.add([(make_analysis("m3", "Kenya won final 3."), None)])
        assert upgraded.overview().months == [("2021-03", 4)]


def test_store_migration_14_keeps_older_events_and_codes_new_ones(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with open_store(path) as store:
        undo_migrations(store.db, down_to=13)
        store.db.commit()
    with open_store(path) as upgraded:
        columns = {row[1] for row in upgraded.db.execute("PRAGMA table_info(events)")}
        assert "code" in columns
        actor_columns = {row[1] for row in upgraded.db.execute("PRAGMA table_info(event_actors)")}
        assert "actor_code" in actor_columns
