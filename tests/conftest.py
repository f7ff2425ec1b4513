from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.nlp import load_pipeline
from dateline.settings import DEFAULT_MODEL
from dateline.store.migrations import TALLIED_TABLES, decompress_record

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline(DEFAULT_MODEL)


# What each migration after 4 added, taken out again: a store of an earlier schema, made
# from a store of today's, for the tests of the migrations that fill tables.
UNDO_MIGRATIONS: dict[int, str | Callable[[sqlite3.Connection], None]] = {
    14: "DROP INDEX events_code; ALTER TABLE events DROP COLUMN code;"
    " DROP INDEX events_base_code; ALTER TABLE events DROP COLUMN base_code;"
    " DROP INDEX event_actors_code; ALTER TABLE event_actors DROP COLUMN actor_code;"
    " DROP INDEX event_actors_prefix; ALTER TABLE event_actors DROP COLUMN actor_prefix;",
    13: "DROP INDEX canonical_country_mentions",
    12: "DROP TABLE tallies; DROP TRIGGER canonical_entities_tally;"
    " DROP TRIGGER articles_tally_month; DROP TRIGGER articles_tally_source;"
    + "".join(
        f" DROP TRIGGER {table}_tally_in; DROP TRIGGER {table}_tally_out;"
        for table in TALLIED_TABLES
    ),
    11: lambda db: _records_as_text(db),
    10: """
        DROP INDEX articles_listing; DROP INDEX entities_canonical_published;
        CREATE INDEX entities_canonical_published ON entities(canonical_id, published, article_id);
    """,
    9: """
        DROP INDEX quotes_speaker_canonical; ALTER TABLE quotes DROP COLUMN speaker_canonical;
        DROP INDEX quotes_speaker_given; ALTER TABLE quotes DROP COLUMN speaker_given;
        CREATE INDEX quotes_speaker_key ON quotes(speaker_key, published, article_id, position);
        DROP TABLE event_pairs;
        CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
        CREATE INDEX entities_type ON entities(type);
        CREATE INDEX entities_canonical ON entities(canonical_id);
        CREATE INDEX events_type ON events(type);
        CREATE INDEX event_actors_entity ON event_actors(article_id, entity_id);
    """,
    8: """
        DROP INDEX entities_canonical_published; ALTER TABLE entities DROP COLUMN published;
        DROP INDEX IF EXISTS event_actors_canonical_day;
        ALTER TABLE event_actors DROP COLUMN canonical_id;
        ALTER TABLE event_actors DROP COLUMN day;
    """,
    6: """
        DROP INDEX quotes_order; DROP INDEX quotes_speaker_key; DROP INDEX quotes_speaker_surname;
        ALTER TABLE quotes DROP COLUMN published; ALTER TABLE quotes DROP COLUMN position;
        ALTER TABLE quotes DROP COLUMN speaker_key; ALTER TABLE quotes DROP COLUMN speaker_surname;
        CREATE INDEX quotes_speaker ON quotes(speaker_name COLLATE NOCASE);
        DROP INDEX canonical_mentions; DROP INDEX canonical_type_mentions;
        ALTER TABLE canonical_entities DROP COLUMN mentions;
        ALTER TABLE canonical_entities DROP COLUMN type;
        DROP INDEX IF EXISTS events_type_day;
        DROP INDEX IF EXISTS quantities_order; DROP INDEX IF EXISTS quantities_dimension;
        DROP INDEX IF EXISTS quantities_currency; DROP INDEX IF EXISTS quantities_magnitude;
        DROP INDEX IF EXISTS checks_order; DROP INDEX IF EXISTS checks_status;
        DROP INDEX IF EXISTS checks_kind;
    """,
    5: """
        DROP TABLE canonical_keys; DROP INDEX canonical_articles;
        ALTER TABLE canonical_entities DROP COLUMN names;
    """,
}


def _records_as_text(db: sqlite3.Connection) -> None:
    rows = db.execute("SELECT rowid, record FROM articles").fetchall()
    db.executemany(
        "UPDATE articles SET record = ? WHERE rowid = ?",
        [(decompress_record(record), rowid) for rowid, record in rows],
    )


def undo_migrations(db: sqlite3.Connection, *, down_to: int) -> None:
    """Make a store of schema ``down_to`` from one of today's (its later tables dropped first)."""
    for version in sorted(UNDO_MIGRATIONS, reverse=True):
        undo = UNDO_MIGRATIONS[version]
        if version <= down_to:
            continue
        if callable(undo):
            undo(db)
        else:
            db.executescript(undo)
    db.execute("DELETE FROM schema_migrations WHERE version > ?", (down_to,))


@pytest.fixture(scope="session")
def server_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store of the server fixtures (four wire stories, one hostile, one line that is no
    JSON) and the bundled examples, made by a real ingest, for the server's tests."""
    from dateline.runner import ingest_paths
    from dateline.settings import Settings
    from dateline.store import open_store

    path = tmp_path_factory.mktemp("server") / "store.db"
    paths = [str(FIXTURES / "server" / "wire.jsonl"), *map(str, sorted(EXAMPLES.iterdir()))]
    with open_store(path) as store:
        report = ingest_paths(paths, store, settings=Settings(workers=1))
    assert report.counts.ingested == 8 and report.counts.failed == 1
    return str(path)
