"""The embedded store: one SQLite file, WAL mode, FTS5, each batch in one transaction."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from dateline.errors import InputError, NotFound, StoreError
from dateline.model import Analysis
from dateline.pipeline import body_id
from dateline.store.base import AddCounts, EntityRow, FailureRow, QuoteRow, SearchHit
from dateline.store.migrations import migrate

WORD = re.compile(r"\w+", re.UNICODE)
# Full-text searches: where the match is → (article id, title, published, snippet).
_SEARCHES = {
    "article": "SELECT a.id, a.title, a.published, snippet(article_fts, 1, '[', ']', '…', 12)"
    " FROM article_fts JOIN articles a ON a.rowid = article_fts.rowid"
    " WHERE article_fts MATCH ? ORDER BY rank LIMIT ?",
    "quote": "SELECT q.article_id, a.title, a.published, snippet(quote_fts, 0, '[', ']', '…', 12)"
    " FROM quote_fts q JOIN articles a ON a.id = q.article_id"
    " WHERE quote_fts MATCH ? ORDER BY rank LIMIT ?",
}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def fts_query(text: str) -> str:
    """Words of ``text`` as quoted FTS5 terms, all required: user text never breaks the syntax."""
    words = WORD.findall(text)
    if not words:
        raise StoreError(f"nothing to search for in '{text}'")
    return " ".join(f'"{w}"' for w in words)


class SQLiteStore:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            migrate(self.db)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from exc

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing ---------------------------------------------------------------------------
    def seen_inputs(self, input_hashes: Iterable[str]) -> set[str]:
        hashes = list(input_hashes)
        seen: set[str] = set()
        for start in range(0, len(hashes), 500):
            chunk = hashes[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT input_hash FROM inputs WHERE input_hash IN ({marks})", chunk
            )
            seen.update(row[0] for row in rows)
        return seen

    def add(self, results: Iterable[tuple[Analysis | InputError, str | None]]) -> AddCounts:
        """Store a batch atomically: analyses (each once), their input hashes, and failures."""
        counts = AddCounts()
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            for result, input_hash in results:
                if isinstance(result, InputError):
                    self._add_failure(result)
                    counts.failed += 1
                    continue
                article_id = self._add_analysis(result)
                if article_id is None:
                    counts.duplicates += 1
                    article_id = self._existing_id(result)
                else:
                    counts.ingested += 1
                if input_hash:
                    self.db.execute(
                        "INSERT OR IGNORE INTO inputs VALUES (?, ?)", (input_hash, article_id)
                    )
        return counts

    def _existing_id(self, analysis: Analysis) -> str:
        row = self.db.execute(
            "SELECT id FROM articles WHERE id = ? OR body_hash = ?",
            (analysis.article.id, body_id(analysis.article.text)),
        ).fetchone()
        return str(row[0])

    def _add_analysis(self, analysis: Analysis) -> str | None:
        """Insert one record with its facts; None when the article is already stored."""
        article = analysis.article
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO articles (id, body_hash, origin, url, title, source, published,"
            " language, dateline_place, dateline_outlet, text, record, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                body_id(article.text),
                article.origin,
                article.url,
                article.title,
                article.source,
                article.published,
                article.language,
                article.dateline.place if article.dateline else None,
                article.dateline.outlet if article.dateline else None,
                article.text,
                analysis.to_json(),
                _now(),
            ),
        )
        if cursor.rowcount == 0:
            return None
        rowid = cursor.lastrowid
        self.db.execute(
            "INSERT INTO article_fts (rowid, title, text) VALUES (?, ?, ?)",
            (rowid, article.title or "", article.text),
        )
        self.db.executemany(
            "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?)",
            [
                (article.id, e.id, e.name, e.type, e.country, len(e.mentions))
                for e in analysis.entities
            ],
        )
        quote_rows = [
            (
                article.id,
                q.id,
                q.kind,
                q.content.text,
                q.speaker_name,
                q.speaker_entity,
                q.cue.text if q.cue else None,
            )
            for q in analysis.quotes
        ]
        self.db.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?)", quote_rows)
        self.db.executemany(
            "INSERT INTO quote_fts (content, speaker_name, article_id, quote_id) VALUES (?, ?, ?, ?)",
            [(row[3], row[4] or "", row[0], row[1]) for row in quote_rows],
        )
        # A success clears an earlier failure of the same input.
        self.db.execute("DELETE FROM failures WHERE origin = ?", (article.origin,))
        return article.id

    def _add_failure(self, error: InputError) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO failures (origin, line, code, reason, failed_at) VALUES (?, ?, ?, ?, ?)",
            (error.origin, error.line, error.code, error.reason, _now()),
        )

    # --- reading ---------------------------------------------------------------------------
    def article(self, article_id: str) -> Analysis:
        rows = self.db.execute(
            "SELECT record FROM articles WHERE id = ? OR id LIKE ? ORDER BY id = ? DESC LIMIT 2",
            (article_id, f"{article_id}%", article_id),
        ).fetchall()
        if not rows:
            raise NotFound(f"no article with id '{article_id}' in {self.path}")
        exact = self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        if len(rows) > 1 and not exact:
            raise NotFound(f"'{article_id}' is the start of several article ids; give more of it")
        return Analysis.model_validate_json(rows[0][0])

    def records(self) -> Iterator[Analysis]:
        for (record,) in self.db.execute("SELECT record FROM articles ORDER BY rowid"):
            yield Analysis.model_validate_json(record)

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def search(self, text: str, *, limit: int = 20) -> list[SearchHit]:
        query = fts_query(text)
        hits = []
        for where, sql in _SEARCHES.items():
            hits += [
                SearchHit(
                    article_id=row[0], title=row[1], published=row[2], where=where, snippet=row[3]
                )
                for row in self.db.execute(sql, (query, limit))
            ]
        return hits

    def quotes(self, *, speaker: str | None = None, limit: int | None = None) -> list[QuoteRow]:
        sql = (
            "SELECT q.article_id, q.quote_id, q.kind, q.content, q.speaker_name, q.cue, a.published"
            " FROM quotes q JOIN articles a ON a.id = q.article_id"
        )
        params: list[object] = []
        if speaker:
            sql += " WHERE q.speaker_name LIKE ?"
            params.append(f"%{speaker}%")
        sql += " ORDER BY a.published, q.article_id, CAST(substr(q.quote_id, 2) AS INTEGER)"
        rows = [QuoteRow(*row) for row in self.db.execute(sql, params)]
        if speaker:
            wanted = speaker.casefold().split()
            rows = [
                r for r in rows if _names_match(wanted, (r.speaker_name or "").casefold().split())
            ]
        return rows[:limit] if limit else rows

    def entities(self, *, type: str | None = None, limit: int | None = None) -> list[EntityRow]:
        sql = (
            "SELECT name, type, max(country), count(DISTINCT article_id), sum(mention_count)"
            " FROM entities"
        )
        params: list[object] = []
        if type:
            sql += " WHERE type = ?"
            params.append(type.upper())
        sql += " GROUP BY name COLLATE NOCASE, type ORDER BY 5 DESC, 1"
        if limit:
            sql += " LIMIT ?"
            params.append(limit)
        return [EntityRow(*row) for row in self.db.execute(sql, params)]

    def failures(self) -> list[FailureRow]:
        return [
            FailureRow(*row)
            for row in self.db.execute(
                "SELECT origin, line, code, reason FROM failures ORDER BY id"
            )
        ]


def _names_match(wanted: list[str], name: list[str]) -> bool:
    """``Harris`` and ``Tom Harris`` find ``Tom Harris``; ``Tom`` alone does not find ``Tomas``."""
    if not wanted or not name:
        return False
    if len(wanted) == 1:
        return wanted[0] in name
    return name[-len(wanted) :] == wanted or wanted == name
