"""The embedded store: one SQLite file, WAL mode, FTS5, each batch in one transaction."""

from __future__ import annotations

import heapq
import json
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dateline.clean import body_id
from dateline.errors import InputError, NotFound, StoreError, StoreReadOnly
from dateline.link import MAX_CANDIDATES_PER_KEY, Canonical, Key, Linker, index_keys, name_key
from dateline.model import IDENTIFIER, Analysis, Event
from dateline.printable import one_line, shortened
from dateline.store.base import (
    Actor,
    AddCounts,
    ArticleRow,
    CheckRow,
    EntityReport,
    EntityRow,
    EventRow,
    FailureRow,
    Overview,
    QuantityRow,
    QuoteRow,
    RelationRow,
    SearchHit,
)
from dateline.store.connection import connect, store_error
from dateline.store.migrations import (
    LATEST_VERSION,
    actor_pairs,
    compress_record,
    decompress_record,
    migrate,
    speaker_keys,
    stored_version,
)
from dateline.store.search_syntax import parse_search

SPAN_JOINT = " · "  # between the texts a check compared, in the checks table
CALENDAR_DATE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")
# One event with its actors, place and article: the columns EventRow is built from.
_EVENT_SELECT = (
    "SELECT ev.rowid, ev.article_id, ev.event_id, ev.day, ev.type, ev.mode, ev.cameo,"
    " ev.quad_class, ev.goldstein, ev.modality, ev.trigger, ev.sentence, ev.mentions,"
    " ev.is_root, a.published,"
    " (SELECT json_group_array(json_array(ea.role, e.name, e.country, ea.actor_code))"
    "  FROM event_actors ea"
    "  JOIN entities e ON e.article_id = ea.article_id AND e.entity_id = ea.entity_id"
    "  WHERE ea.article_id = ev.article_id AND ea.event_id = ev.event_id),"
    " p.name, p.country, coalesce(a.url, a.origin), a.ingested_at, ev.code"
    " FROM events ev JOIN articles a INDEXED BY articles_listing ON a.id = ev.article_id"
    " LEFT JOIN entities p ON p.article_id = ev.article_id AND p.entity_id = ev.place_entity"
)
_QUOTE_SELECT = (
    "SELECT q.article_id, q.quote_id, q.kind, q.content, q.speaker_name, q.cue, q.published,"
    " q.position FROM quotes q"
)
WRITER_CACHE_KIB = 256 * 1024
# A writer keeps the canonicals it linked from batch to batch, up to this many.
LINKER_CANONICALS = 200_000
# A search ranks the matches stored last, this many at most, so that a word every article
# has costs what a rare one does.
SEARCH_WINDOW = 1000
# The tables the overview counts, in the order it shows them
OVERVIEW_TABLES = (
    "articles", "entities", "quotes", "events", "quantities", "checks", "failures"
)  # fmt: skip
# Full-text searches: where the match is → (the best matches' rowids among the last
# SEARCH_WINDOW that match, written with {join} and {filters} where the article filters go,
# then for each of them the article id, title, published day, snippet and source; the
# snippet's marks are its first two parameters).
_SEARCHES = {
    "article": (
        "SELECT rowid FROM (SELECT f.rowid, f.rank, {published} AS published"
        " FROM article_fts f{join}"
        " WHERE article_fts MATCH ?{filters} ORDER BY f.rowid DESC LIMIT ?) ORDER BY {order}"
        " LIMIT ?",
        "SELECT a.id, a.title, a.published, snippet(article_fts, 1, ?, ?, '…', 12), a.source"
        " FROM article_fts JOIN articles a ON a.rowid = article_fts.rowid"
        " WHERE article_fts MATCH ? AND article_fts.rowid = ?",
    ),
    "quote": (
        "SELECT rowid FROM (SELECT f.rowid, f.rank, {published} AS published"
        " FROM quote_fts f{join}"
        " WHERE quote_fts MATCH ?{filters} ORDER BY f.rowid DESC LIMIT ?) ORDER BY {order}"
        " LIMIT ?",
        "SELECT q.article_id, a.title, a.published, snippet(quote_fts, 0, ?, ?, '…', 12),"
        " a.source FROM quote_fts q JOIN articles a INDEXED BY articles_listing"
        " ON a.id = q.article_id WHERE quote_fts MATCH ? AND q.rowid = ?",
    ),
}
_SEARCH_JOINS = {
    "article": " JOIN articles a ON a.rowid = f.rowid",
    "quote": " JOIN articles a INDEXED BY articles_listing ON a.id = f.article_id",
}
# Article filters of a search: name → the condition on the joined article
_SEARCH_FILTERS = {
    "language": "a.language = ?",
    "since": "a.published >= ?",
    "until": "a.published <= ?",
    "source": "a.source = ?",
}
SEARCH_ORDERS = {"rank": "rank", "date": "published DESC, rowid DESC"}


def _through(day: str) -> str:
    """The greatest stored date or datetime a day, month or year covers, for ``<=``: every
    character a stored date holds (digits, "-", "T", ":", "+", "Z", ".") sorts before "~"."""
    return day + "~"


def _best_matches_sql(where: str, filters: list[str], *, order: str = "rank") -> str:
    """The query for the best matches' rowids, with the article ``filters`` named."""
    joined = bool(filters) or order == "date"
    return _SEARCHES[where][0].format(
        join=_SEARCH_JOINS[where] if joined else "",
        filters="".join(f" AND {_SEARCH_FILTERS[name]}" for name in filters),
        published="a.published" if joined else "NULL",
        order=SEARCH_ORDERS[order],
    )


def event_day(event: Event, published: str | None) -> str | None:
    """The day (or month) an event is dated to: its own calendar date, else the article's."""
    match = CALENDAR_DATE.match(event.date or "")
    if match:
        return match.group()
    return published[:10] if published else None


def _span(days: tuple[str | None, str | None]) -> tuple[str | None, str | None]:
    """(from, through) as bounds for ``>=`` and ``<=``: "2022-04" through covers April."""
    since, until = days
    return since, _through(until) if until else None


def _event_row(row: sqlite3.Row | tuple[Any, ...]) -> EventRow:
    actors = json.loads(row[15])
    return EventRow(
        global_id=row[0],
        article_id=row[1],
        event_id=row[2],
        day=row[3],
        type=row[4],
        mode=row[5],
        cameo=row[6],
        code=row[20],
        quad_class=row[7],
        goldstein=row[8],
        modality=row[9],
        trigger=row[10],
        sentence=row[11],
        mentions=row[12],
        is_root=bool(row[13]),
        published=row[14],
        sources=[
            Actor(name, country, code) for role, name, country, code in actors if role == "source"
        ],
        targets=[
            Actor(name, country, code) for role, name, country, code in actors if role == "target"
        ],
        place=Actor(row[16], row[17]) if row[16] else None,
        url=row[18],
        added=row[19],
    )


def _record_without_text(analysis: Analysis) -> bytes:
    """The record as stored: compressed, its text kept once, in the ``text`` column."""
    bare = analysis.article.model_copy(update={"text": ""})
    return compress_record(analysis.model_copy(update={"article": bare}).to_json())


def _analysis(record: bytes | str, text: str) -> Analysis:
    """A stored record with its text put back."""
    analysis = Analysis.model_validate_json(decompress_record(record))
    analysis.article.text = text
    return analysis


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SQLiteStore:
    """The store in one SQLite file. ``readonly`` opens it for queries only: nothing in the
    file or its folder is created or changed, so a store on a read-only mount answers."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = str(path)
        self.readonly = readonly
        self._touched: dict[str, Canonical] = {}
        self._linker: Linker | None = None
        self._linked_version = -1
        try:
            self.db = connect(self.path, readonly=readonly)
            if readonly:
                version = stored_version(self.db)
                if version < LATEST_VERSION:
                    self.db.close()
                    raise StoreError(
                        f"{self.path} was made by an older Dateline (schema {version},"
                        f" now {LATEST_VERSION}); run 'dateline ingest' on it once to upgrade"
                        if version
                        else f"{self.path} is not a Dateline store"
                    )
            else:
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self.db.execute("PRAGMA foreign_keys=ON")
                # A writer touches index pages all over a large store: keep many in memory.
                self.db.execute(f"PRAGMA cache_size=-{WRITER_CACHE_KIB}")
                migrate(self.db)
        except sqlite3.Error as exc:
            raise store_error(exc, self.path) from exc

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

    # --- the linker's view of the canonical entities ---------------------------------------
    def find(self, keys: set[Key]) -> Iterator[Canonical]:
        """Canonicals found under ``keys``: the most-named few of each (``CanonicalSource``)."""
        for group, key in keys:
            yield from self._canonical_rows(
                "SELECT c.id, c.grp, c.name, c.country, c.keys, c.titles, c.neighbours,"
                " c.articles, c.names, c.mentions FROM canonical_keys k"
                " JOIN canonical_entities c ON c.id = k.canonical_id"
                " WHERE k.grp = ? AND k.key = ? ORDER BY c.articles DESC LIMIT ?",
                group,
                key,
                MAX_CANDIDATES_PER_KEY,
            )

    def taken(self, canonical_id: str) -> bool:
        row = self.db.execute("SELECT 1 FROM canonical_entities WHERE id = ?", (canonical_id,))
        return row.fetchone() is not None

    def _canonical_rows(self, sql: str, *params: object) -> Iterator[Canonical]:
        for row in self.db.execute(sql, params).fetchall():
            yield Canonical(
                id=row[0],
                group=row[1],
                name=row[2],
                country=row[3],
                keys=set(json.loads(row[4])),
                titles=set(json.loads(row[5])),
                neighbours=Counter(json.loads(row[6])),
                articles=row[7],
                names=Counter(json.loads(row[8])),
                mentions=row[9],
            )

    def add(self, results: Iterable[tuple[Analysis | InputError, str | None]]) -> AddCounts:
        """Store a batch atomically: analyses (each once), their input hashes, and failures."""
        if self.readonly:
            raise StoreReadOnly(f"{self.path} was opened read-only; open it to write")
        counts = AddCounts()
        self._touched = {}
        try:
            with self.db:
                self.db.execute("BEGIN IMMEDIATE")
                self._add_all(results, counts, self._batch_linker())
                self._save_canonicals()
        except BaseException:
            self._linker = None  # it holds what was rolled back
            raise
        self._linked_version = self._data_version()
        return counts

    def _batch_linker(self) -> Linker:
        """The linker of the last batch while no other process has written since, and it
        holds fewer than ``LINKER_CANONICALS``; else a new one, reading canonicals under
        the write lock, so that nothing is written from a stale copy."""
        linker = self._linker
        if (
            linker is None
            or self._data_version() != self._linked_version
            or len(linker.canonicals) > LINKER_CANONICALS
        ):
            linker = self._linker = Linker(source=self)
        return linker

    def _data_version(self) -> int:
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def _save_canonicals(self) -> None:
        touched = [c.trimmed() for c in self._touched.values()]
        self.db.executemany(
            "INSERT OR REPLACE INTO canonical_entities"
            " (id, grp, name, country, keys, titles, neighbours, articles, names, mentions, type)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    c.id,
                    c.group,
                    c.name,
                    c.country,
                    json.dumps(sorted(c.keys)),
                    json.dumps(sorted(c.titles)),
                    json.dumps(dict(c.neighbours)),
                    c.articles,
                    json.dumps(dict(c.names)),
                    c.mentions,
                    "GPE" if c.group == "PLACE" else c.group,
                )
                for c in touched
            ],
        )
        self.db.executemany(
            "INSERT OR IGNORE INTO canonical_keys VALUES (?, ?, ?)",
            [(group, key, c.id) for c in touched for group, key in index_keys(c)],
        )

    def _add_all(
        self,
        results: Iterable[tuple[Analysis | InputError, str | None]],
        counts: AddCounts,
        linker: Linker,
    ) -> None:
        for result, input_hash in results:
            if isinstance(result, InputError):
                self._add_failure(result)
                counts.failed += 1
                continue
            article_id = self._add_analysis(result, linker)
            if article_id is None:
                counts.duplicates += 1
                article_id = self._existing_id(result)
            else:
                counts.ingested += 1
            if input_hash:
                self.db.execute(
                    "INSERT OR IGNORE INTO inputs VALUES (?, ?)", (input_hash, article_id)
                )

    def _existing_id(self, analysis: Analysis) -> str:
        row = self.db.execute(
            "SELECT id FROM articles WHERE id = ? OR body_hash = ?",
            (analysis.article.id, body_id(analysis.article.text)),
        ).fetchone()
        return str(row[0])

    def _add_analysis(self, analysis: Analysis, linker: Linker) -> str | None:
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
                _record_without_text(analysis),
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
        links = linker.link(analysis)
        self._touched.update({c.id: c for c in links.values()})
        self.db.executemany(
            "INSERT INTO entities (article_id, entity_id, name, type, country, mention_count,"
            " canonical_id, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    article.id,
                    e.id,
                    e.name,
                    e.type,
                    e.country,
                    len(e.mentions),
                    links[e.id].id,
                    article.published,
                )
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
                article.published,
                position,
                *speaker_keys(q.speaker_name),
                links[q.speaker_entity].id if q.speaker_entity in links else None,
            )
            for position, q in enumerate(analysis.quotes, start=1)
        ]
        self.db.executemany(
            "INSERT INTO quotes (article_id, quote_id, kind, content, speaker_name,"
            " speaker_entity, cue, published, position, speaker_key, speaker_surname,"
            " speaker_given, speaker_canonical) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            quote_rows,
        )
        self.db.executemany(
            "INSERT INTO quote_fts (content, speaker_name, article_id, quote_id) VALUES (?, ?, ?, ?)",
            [(row[3], row[4] or "", row[0], row[1]) for row in quote_rows],
        )
        self._add_events(analysis, {e: c.id for e, c in links.items()})
        self._add_quantities_and_checks(analysis)
        # A success clears an earlier failure of the same input.
        self.db.execute("DELETE FROM failures WHERE origin = ?", (article.origin,))
        return article.id

    def _add_events(self, analysis: Analysis, canonical_of: dict[str, str]) -> None:
        article = analysis.article
        lead = article.text.find("\n\n")  # where the first paragraph ends
        self.db.executemany(
            "INSERT INTO events (article_id, event_id, type, mode, cameo, quad_class, goldstein,"
            " trigger, date, day, place_entity, modality, sentence, mentions, is_root, code,"
            " base_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    article.id,
                    v.id,
                    v.type,
                    v.mode,
                    v.cameo,
                    v.quad_class,
                    v.goldstein,
                    v.trigger.text,
                    v.date,
                    event_day(v, article.published),
                    v.place,
                    v.modality,
                    v.sentence.text,
                    len(v.mentions),
                    lead == -1 or v.sentence.start < lead,
                    v.cameo_code,
                    v.cameo_code[:3] if v.cameo_code and len(v.cameo_code) > 2 else None,
                )
                for v in analysis.events
            ],
        )
        self.db.executemany(
            "INSERT OR IGNORE INTO event_actors"
            " (article_id, event_id, role, entity_id, canonical_id, day, actor_code, actor_prefix)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    article.id,
                    v.id,
                    role,
                    entity_id,
                    canonical_of.get(entity_id),
                    event_day(v, article.published),
                    v.actor_codes.get(entity_id),
                    (v.actor_codes.get(entity_id) or "")[:3] or None,
                )
                for v in analysis.events
                for role, ids in (("source", v.sources), ("target", v.targets))
                for entity_id in ids
            ],
        )
        pairs = []
        for v in analysis.events:
            roles: dict[str, set[str]] = {}
            for role, ids in (("source", v.sources), ("target", v.targets)):
                for entity_id in ids:
                    if entity_id in canonical_of:
                        roles.setdefault(canonical_of[entity_id], set()).add(role)
            day = event_day(v, article.published)
            pairs += [(*pair, article.id, v.id, day, v.goldstein) for pair in actor_pairs(roles)]
        self.db.executemany(
            "INSERT OR IGNORE INTO event_pairs (first, second, direction, article_id, event_id, day,"
            " goldstein) VALUES (?, ?, ?, ?, ?, ?, ?)",
            pairs,
        )

    def _add_quantities_and_checks(self, analysis: Analysis) -> None:
        article_id, published = analysis.article.id, analysis.article.published
        self.db.executemany(
            "INSERT INTO quantities (article_id, quantity_id, text, value, unit, dimension,"
            " si_value, si_unit, currency, approx, counted, published, position, magnitude)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    article_id,
                    q.id,
                    q.text,
                    q.value,
                    q.unit,
                    q.dimension,
                    q.si.value if q.si else None,
                    q.si.unit if q.si else None,
                    q.currency,
                    q.approx,
                    q.of,
                    published,
                    position,
                    q.si.value if q.si else q.value,
                )
                for position, q in enumerate(analysis.quantities, start=1)
            ],
        )
        self.db.executemany(
            "INSERT INTO checks (article_id, position, kind, status, message, spans, published)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    article_id,
                    position,
                    c.kind,
                    c.status,
                    c.message,
                    SPAN_JOINT.join(s.text for s in c.spans),
                    published,
                )
                for position, c in enumerate(analysis.checks)
            ],
        )

    def _add_failure(self, error: InputError) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO failures (origin, line, code, reason, failed_at) VALUES (?, ?, ?, ?, ?)",
            (error.origin, error.line, error.code, error.reason, _now()),
        )

    # --- reading ---------------------------------------------------------------------------
    def article(self, article_id: str) -> Analysis:
        """The record of the article with this id, or with the one id that starts so."""
        exact = self.db.execute(
            "SELECT record, text FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if exact:
            return _analysis(*exact)
        # A prefix as a range of the id index: no LIKE, so "%" and "_" are only characters.
        rows = self.db.execute(
            "SELECT record, text FROM articles WHERE id > ? AND id < ? ORDER BY id LIMIT 2",
            (article_id, article_id + "\U0010ffff"),
        ).fetchall()
        shown = one_line(shortened(article_id, 60))
        if not rows:
            raise NotFound(f"no article with id '{shown}' in {self.path}")
        if len(rows) > 1:
            raise NotFound(f"'{shown}' is the start of several article ids; give more of it")
        return _analysis(*rows[0])

    def records(self) -> Iterator[Analysis]:
        """Every record in the order stored, read from the store as it is consumed."""
        for record, text in self.db.execute("SELECT record, text FROM articles ORDER BY rowid"):
            yield _analysis(record, text)

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def search(
        self,
        text: str,
        *,
        limit: int = 20,
        language: str | None = None,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
        order: str = "rank",
        marks: tuple[str, str] = ("[", "]"),
    ) -> list[SearchHit]:
        """The best ``limit`` matches in articles, then in quotes, among the last
        ``SEARCH_WINDOW`` stored that match (in articles of ``language``, published from
        ``since`` to ``until``, from ``source``, when given), by BM25 rank or newest first;
        a snippet made for each one shown, the words found between ``marks``."""
        query = parse_search(text)
        wanted = {
            "language": language,
            "since": since,
            "until": _through(until) if until else None,
            "source": source,
        }
        filters = [name for name, value in wanted.items() if value is not None]
        values = [wanted[name] for name in filters]
        hits = []
        for where, (_, shown) in _SEARCHES.items():
            if where == "quote" and query.titles_only:
                continue  # quotes have no title
            best = _best_matches_sql(where, filters, order=order)
            params = (query.fts, *values, SEARCH_WINDOW, limit)
            rowids = self.db.execute(best, params).fetchall()
            for (rowid,) in rowids:
                row = self.db.execute(shown, (*marks, query.fts, rowid)).fetchone()
                if row is not None:
                    hits.append(
                        SearchHit(
                            article_id=row[0],
                            title=row[1],
                            published=row[2],
                            where=where,
                            snippet=row[3],
                            source=row[4],
                        )
                    )
        return hits

    def overview(self, *, sources: int = 20) -> Overview:
        """Counts of each kind of row, the first and last day published, articles per month,
        and the ``sources`` with the most articles: read from the store's tallies, a few
        rows however large the store."""
        counts = dict(self.db.execute("SELECT key, n FROM tallies WHERE kind = 'rows'").fetchall())
        counts["entities"] = counts.pop("canonical_entities", 0)
        ordered = {table: counts.get(table, 0) for table in OVERVIEW_TABLES}
        first, last = self.db.execute(  # each one end of the index on its own
            "SELECT (SELECT min(published) FROM articles), (SELECT max(published) FROM articles)"
        ).fetchone()
        months = self.db.execute(
            "SELECT key, n FROM tallies WHERE kind = 'month' AND n > 0 ORDER BY key"
        ).fetchall()
        top = self.db.execute(
            "SELECT key, n FROM tallies INDEXED BY tallies_most"
            " WHERE kind = 'source' AND n > 0 ORDER BY n DESC, key LIMIT ?",
            (sources,),
        ).fetchall()
        return Overview(ordered, first, last, [tuple(m) for m in months], [tuple(t) for t in top])

    def quotes(
        self,
        *,
        speaker: str | None = None,
        since: str | None = None,
        until: str | None = None,
        kind: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[QuoteRow]:
        """Quotes in date order, published from ``since`` through ``until``, of one kind
        (direct, indirect, mixed); ``speaker`` a full name ("Tom Harris" finds "Sen. Tom
        Harris") or one word of it, first name or surname ("Harris", "Tom")."""
        order = "q.published, q.article_id, q.position"
        first, last = _span((since, until))
        limits = {"q.published >= ?": first, "q.published <= ?": last, "q.kind = ?": kind}
        extra = [c for c, v in limits.items() if v is not None]
        values: list[object] = [v for v in limits.values() if v is not None]
        if not speaker:
            rows = self._filtered(
                _QUOTE_SELECT, extra, values, order=order, limit=limit, offset=offset
            )
            return [QuoteRow(*row[:7]) for row in rows]
        wanted = name_key(speaker)
        words = wanted.split() or [""]
        if len(words) > 1:
            rows = self._filtered(
                _QUOTE_SELECT,
                ["q.speaker_surname = ? AND (q.speaker_key = ? OR q.speaker_key LIKE ?)", *extra],
                [words[-1], wanted, "% " + _like_literal(wanted), *values],
                order=order,
                limit=limit,
                offset=offset,
            )
            return [QuoteRow(*row[:7]) for row in rows]
        # One word, a surname or a first name: two walks of their own indexes, each in date
        # order, merged until the page is full.
        page = None if limit is None else limit + offset
        walks = [
            self._filtered(
                _QUOTE_SELECT,
                ["q.speaker_surname = ?", *extra],
                [words[0], *values],
                order=order,
                limit=page,
            ),
            self._filtered(
                _QUOTE_SELECT,
                ["q.speaker_given = ?", "q.speaker_surname != ?", *extra],
                [words[0], words[0], *values],
                order=order,
                limit=page,
            ),
        ]
        merged = heapq.merge(*walks, key=lambda row: (row[6] or "", row[0], row[7]))
        rows = list(merged)[offset : None if limit is None else offset + limit]
        return [QuoteRow(*row[:7]) for row in rows]

    def entities(
        self,
        *,
        type: str | None = None,
        country: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[EntityRow]:
        """Canonical entities with the articles and mentions they have across the store,
        the most mentioned first; of one type, of one country (ISO 3166-1 alpha-3)."""
        conditions, params = _equal(
            {
                "c.type": type.upper() if type else None,
                "c.country": country.upper() if country else None,
            }
        )
        sql = "SELECT c.name, c.type, c.country, c.articles, c.mentions FROM canonical_entities c"
        rows = self._filtered(
            sql, conditions, params, order="c.mentions DESC, c.name", limit=limit, offset=offset
        )
        return [EntityRow(*row) for row in rows]

    def _canonical(self, name: str) -> tuple[str, str, str | None, list[str]]:
        """(id, name, country, other names) of the canonical entity a name, alias or surname
        names: the one most articles name, when several answer to it."""
        wanted = name_key(name)
        rows: list[tuple[str, str, str | None]] = []
        for key in (wanted, "surname:" + (wanted.split() or [""])[-1]):
            rows = self.db.execute(
                "SELECT c.id, c.name, c.country FROM canonical_keys k"
                " JOIN canonical_entities c ON c.id = k.canonical_id"
                " WHERE k.key = ? GROUP BY c.id ORDER BY c.articles DESC, c.id LIMIT 11",
                (key,),
            ).fetchall()
            if rows or " " in wanted:
                break
        if not wanted or not rows:
            raise NotFound(f"no entity named '{one_line(shortened(name, 60))}' in {self.path}")
        (best_id, best_name, country), others = rows[0], [row[1] for row in rows[1:]]
        return best_id, best_name, country, others

    def resolve(self, name: str) -> tuple[str, list[str]]:
        """The full name of the entity ``name`` is taken to mean, and the others it could."""
        _, full_name, _, others = self._canonical(name)
        return full_name, others

    def entity(self, name: str, *, limit: int | None = None) -> EntityReport:
        """One canonical entity by name, surname or alias: its articles, quotes and events."""
        canonical_id, full_name, country, others = self._canonical(name)
        articles = [
            ArticleRow(*row)
            for row in self.db.execute(
                "SELECT e.article_id, a.title, e.published, group_concat(DISTINCT e.name)"
                " FROM entities e JOIN articles a INDEXED BY articles_listing"
                " ON a.id = e.article_id"
                " WHERE e.canonical_id = ? GROUP BY e.published, e.article_id"
                " ORDER BY e.published, e.article_id LIMIT ?",
                (canonical_id, limit or -1),
            )
        ]
        quotes = [
            QuoteRow(*row[:7])
            for row in self.db.execute(
                _QUOTE_SELECT + " WHERE q.speaker_canonical = ?"
                " ORDER BY q.published, q.article_id, q.position LIMIT ?",
                (canonical_id, limit or -1),
            )
        ]
        events = self._events(canonical_id, limit=limit)
        return EntityReport(full_name, country, articles, quotes, events, others=others)

    def events(
        self,
        *,
        actor: str | None = None,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        quad_class: int | None = None,
        modality: str | None = None,
        cameo: str | None = None,
        code: str | None = None,
        actor_code: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[EventRow]:
        """Events in date order, of one actor (as source or target), type, quad class,
        modality, CAMEO root, CAMEO code ("031" takes 0311 to 0314 too) and actor code
        ("RUS" takes RUSGOV and RUSMIL; "RUSGOV" only itself), from a day to a day (both
        included)."""
        canonical_id = self._canonical(actor)[0] if actor else None
        given: dict[str, object] = {
            "ev.type = ?": type.upper() if type else None,
            "ev.quad_class = ?": quad_class,
            "ev.modality = ?": modality,
            "ev.cameo = ?": cameo,
            # a code takes those under it: the root, the base code ("031") or the code itself
            {2: "ev.cameo = ?", 3: "ev.base_code = ?"}.get(len(code or ""), "ev.code = ?"): code,
        }
        kinds = {c: v for c, v in given.items() if v is not None}
        # "RUS" is every Russian actor, "RUSGOV" that code alone
        actor_clause = "ea.actor_prefix = ?" if len(actor_code or "") == 3 else "ea.actor_code = ?"
        if actor_code and canonical_id is None:
            driver: dict[str, object] = {actor_clause: actor_code.upper()}
            return self._actor_events(driver, kinds, (since, until), limit, offset)
        if actor_code:
            kinds[actor_clause] = actor_code.upper()
        return self._events(
            canonical_id, kinds=kinds, days=(since, until), limit=limit, offset=offset
        )

    def _events(
        self,
        canonical_id: str | None,
        *,
        kinds: dict[str, object] | None = None,
        days: tuple[str | None, str | None] = (None, None),
        limit: int | None = None,
        offset: int = 0,
    ) -> list[EventRow]:
        """Events in date order; ``kinds`` maps a condition on the event to its value."""
        kinds = kinds or {}
        if canonical_id is not None:
            return self._actor_events(
                {"ea.canonical_id = ?": canonical_id}, kinds, days, limit, offset
            )
        clauses, params = list(kinds), list(kinds.values())
        for condition, day in zip(("ev.day >= ?", "ev.day <= ?"), _span(days), strict=True):
            if day:
                clauses.append(condition)
                params.append(day)
        rows = self._filtered(
            _EVENT_SELECT, clauses, params, order="ev.day, ev.rowid", limit=limit, offset=offset
        )
        return [_event_row(row) for row in rows]

    def _actor_events(
        self,
        driver: dict[str, object],
        kinds: dict[str, object],
        days: tuple[str | None, str | None],
        limit: int | None,
        offset: int,
    ) -> list[EventRow]:
        """The events of an actor (``driver``: its canonical, or a range of actor codes) in
        date order (from and to ``days``, when given), walked from the actors' index until
        the page is full: one page of a canonical costs the same however many events it has."""
        clauses: list[str] = list(driver)
        params: list[object] = list(driver.values())
        for condition, day in zip(("ea.day >= ?", "ea.day <= ?"), _span(days), strict=True):
            if day:
                clauses.append(condition)
                params.append(day)
        clauses += list(kinds)
        params += list(kinds.values())
        page = (
            "SELECT DISTINCT ea.day, ea.article_id, ea.event_id FROM event_actors ea"
            " JOIN events ev ON ev.article_id = ea.article_id AND ev.event_id = ea.event_id"
            f" WHERE {' AND '.join(clauses)}"
            " ORDER BY ea.day, ea.article_id, ea.event_id LIMIT ? OFFSET ?"
        )
        sql = (
            _EVENT_SELECT.replace(
                " FROM events ev",
                f" FROM ({page}) page JOIN events ev"
                " ON ev.article_id = page.article_id AND ev.event_id = page.event_id",
                1,
            )
            + " ORDER BY page.day, page.article_id, page.event_id"
        )
        rows = self.db.execute(sql, [*params, limit or -1, offset])
        return [_event_row(row) for row in rows]

    def all_events(self) -> Iterator[EventRow]:
        """Every event in date order, read from the store as it is consumed (for exports)."""
        for row in self.db.execute(_EVENT_SELECT + " ORDER BY ev.day, ev.rowid"):
            yield _event_row(row)

    def relations(self, a: str, b: str) -> list[RelationRow]:
        """Events between two actors by month: counts each way and the mean Goldstein value."""
        first, second = self._canonical(a)[0], self._canonical(b)[0]
        # The pair is stored lesser id first; "forward" is then a's act on b unless swapped.
        towards = {"forward": "a_to_b", "backward": "b_to_a", "together": "together"}
        if first > second:
            first, second = second, first
            towards.update(forward="b_to_a", backward="a_to_b")
        by_month: dict[str, list[float]] = {}
        counts: dict[str, Counter[str]] = {}
        for month, direction, goldstein in self.db.execute(
            "SELECT substr(day, 1, 7), direction, goldstein FROM event_pairs"
            " WHERE first = ? AND second = ?",
            (first, second),
        ):
            by_month.setdefault(month or "unknown", []).append(float(goldstein))
            counts.setdefault(month or "unknown", Counter())[towards[direction]] += 1
        return [
            RelationRow(
                month=month,
                events=len(values),
                a_to_b=counts[month]["a_to_b"],
                b_to_a=counts[month]["b_to_a"],
                together=counts[month]["together"],
                mean_goldstein=round(sum(values) / len(values), 2),
            )
            for month, values in sorted(by_month.items())
        ]

    def quantities(
        self,
        *,
        dimension: str | None = None,
        currency: str | None = None,
        at_least: float | None = None,
        at_most: float | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[QuantityRow]:
        """Quantities across the store, in date order; ``at_least`` and ``at_most`` bound the
        SI value where there is one (metres, kilograms), else the value (a sum in its
        currency, a count), and list the largest first. A
        bound is on amounts: numbers that name ("Route 66") meet it only when asked for by
        their dimension, "identifier"."""
        conditions, params = _equal({"q.dimension": dimension, "q.currency": currency}, "NOCASE")
        for operator, bound in ((">=", at_least), ("<=", at_most)):
            if bound is not None:
                conditions.append(f"q.magnitude {operator} ?")
                params.append(bound)
        if dimension is None and (at_least, at_most) != (None, None):
            conditions.append("coalesce(q.dimension, '') != ?")
            params.append(IDENTIFIER)
        sql = (
            "SELECT q.article_id, q.quantity_id, q.text, q.value, q.unit, q.dimension,"
            " q.si_value, q.si_unit, q.currency, q.approx, q.counted, q.published"
            " FROM quantities q"
        )
        order = "q.published, q.article_id, q.position"
        if (at_least, at_most) != (None, None):
            # The amounts in bounds, largest first, read from the index until the page is full.
            sql += " INDEXED BY quantities_magnitude"
            order = "q.magnitude DESC, q.article_id, q.position"
        rows = self._filtered(sql, conditions, params, order=order, limit=limit, offset=offset)
        return [QuantityRow(*row) for row in rows]

    def checks(
        self,
        *,
        status: str | None = None,
        kind: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[CheckRow]:
        conditions, params = _equal({"c.status": status, "c.kind": kind})
        sql = "SELECT c.article_id, c.kind, c.status, c.message, c.spans, c.published FROM checks c"
        order = "c.published, c.article_id, c.position"
        rows = self._filtered(sql, conditions, params, order=order, limit=limit, offset=offset)
        return [CheckRow(*row) for row in rows]

    def _filtered(
        self,
        sql: str,
        conditions: list[str],
        params: list[object],
        *,
        order: str,
        limit: int | None,
        offset: int = 0,
    ) -> list[tuple[Any, ...]]:
        """``sql`` with its WHERE ``conditions``, ORDER BY ``order``, LIMIT and OFFSET."""
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        sql += f" ORDER BY {order} LIMIT ? OFFSET ?"
        return self.db.execute(sql, [*params, limit or -1, offset]).fetchall()

    def failures(self, *, limit: int | None = None, offset: int = 0) -> list[FailureRow]:
        rows = self._filtered(
            "SELECT origin, line, code, reason FROM failures",
            [],
            [],
            order="id",
            limit=limit,
            offset=offset,
        )
        return [FailureRow(*row) for row in rows]


def _equal(
    wanted: dict[str, str | None], collation: str | None = None
) -> tuple[list[str], list[object]]:
    """WHERE conditions and their parameters for the columns given a value."""
    collate = f" COLLATE {collation}" if collation else ""
    given = {column: value for column, value in wanted.items() if value}
    return [f"{column} = ?{collate}" for column in given], list(given.values())


def _like_literal(text: str) -> str:
    """``text`` for a LIKE pattern with ESCAPE-less matching: its wildcards taken out."""
    return text.replace("%", "").replace("_", "")
