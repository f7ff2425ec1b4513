"""Schema migrations, registered in one place and applied in order, each in its own transaction."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

# (version, name, SQL). Append only: an applied migration is never edited.
MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "articles, facts, failures and full-text search",
        """
        CREATE TABLE articles (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            body_hash TEXT NOT NULL UNIQUE,
            origin TEXT NOT NULL,
            url TEXT,
            title TEXT,
            source TEXT,
            published TEXT,
            language TEXT,
            dateline_place TEXT,
            dateline_outlet TEXT,
            text TEXT NOT NULL,
            record TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_published ON articles(published);
        -- Inputs already read (by content hash), so that a re-run skips them before parsing.
        CREATE TABLE inputs (
            input_hash TEXT PRIMARY KEY,
            article_id TEXT NOT NULL
        );
        CREATE TABLE entities (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            entity_id TEXT NOT NULL,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            country TEXT,
            mention_count INTEGER NOT NULL,
            PRIMARY KEY (article_id, entity_id)
        );
        CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
        CREATE INDEX entities_type ON entities(type);
        CREATE TABLE quotes (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            quote_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            content TEXT NOT NULL,
            speaker_name TEXT,
            speaker_entity TEXT,
            cue TEXT,
            PRIMARY KEY (article_id, quote_id)
        );
        CREATE INDEX quotes_speaker ON quotes(speaker_name COLLATE NOCASE);
        CREATE TABLE failures (
            id INTEGER PRIMARY KEY,
            origin TEXT NOT NULL,
            line INTEGER,
            code TEXT NOT NULL,
            reason TEXT NOT NULL,
            failed_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX failures_once ON failures(origin, ifnull(line, -1), reason);
        CREATE VIRTUAL TABLE article_fts USING fts5(
            title, text, content='articles', content_rowid='rowid'
        );
        CREATE VIRTUAL TABLE quote_fts USING fts5(
            content, speaker_name, article_id UNINDEXED, quote_id UNINDEXED
        );
        """,
    ),
    (
        2,
        "canonical entities across articles",
        """
        CREATE TABLE canonical_entities (
            id TEXT PRIMARY KEY,
            grp TEXT NOT NULL,
            name TEXT NOT NULL,
            country TEXT,
            keys TEXT NOT NULL,
            titles TEXT NOT NULL,
            neighbours TEXT NOT NULL,
            articles INTEGER NOT NULL
        );
        ALTER TABLE entities ADD COLUMN canonical_id TEXT;
        CREATE INDEX entities_canonical ON entities(canonical_id);
        """,
    ),
]


def current_version(connection: sqlite3.Connection) -> int:
    connection.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    row = connection.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0] or 0)


def migrate(connection: sqlite3.Connection) -> list[int]:
    """Apply every migration newer than the database; returns the versions applied."""
    applied = []
    version = current_version(connection)
    for number, name, sql in MIGRATIONS:
        if number <= version:
            continue
        with connection:
            connection.execute("BEGIN")
            for statement in _statements(sql):
                connection.execute(statement)
            connection.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                (number, name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
        applied.append(number)
    return applied


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (none of ours has a semicolon inside a literal)."""
    lines = [line for line in sql.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
