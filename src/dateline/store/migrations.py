"""Schema migrations, registered in one place and applied in order, each in its own transaction."""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Callable
from datetime import UTC, datetime
from itertools import combinations, groupby

# (version, name, SQL). Append only: an applied migration is never edited.
# The tables whose rows the store's overview counts (the canonical entities apart: they are
# replaced as they change, so only a new id adds one)
TALLIED_TABLES = ("articles", "quotes", "events", "quantities", "checks", "failures")


def _tally(kind: str, key: str, change: str) -> str:
    return (
        f"INSERT INTO tallies VALUES ('{kind}', {key}, {change})"
        f" ON CONFLICT (kind, key) DO UPDATE SET n = n + {change};"
    )


def _tallies_sql() -> str:
    """Counts an overview reads in a few rows however large the store: each table's rows,
    articles per month of publication and per source, kept by triggers on every write."""
    statements = [
        "CREATE TABLE tallies (kind TEXT NOT NULL, key TEXT NOT NULL, n INTEGER NOT NULL,"
        " PRIMARY KEY (kind, key)) WITHOUT ROWID;",
        "CREATE INDEX tallies_most ON tallies(kind, n DESC, key);",
    ]
    for table in (*TALLIED_TABLES, "canonical_entities"):
        statements.append(f"INSERT INTO tallies SELECT 'rows', '{table}', count(*) FROM {table};")
    statements += [
        "INSERT INTO tallies SELECT 'month', substr(published, 1, 7), count(*) FROM articles"
        " WHERE published IS NOT NULL GROUP BY 1;",
        "INSERT INTO tallies SELECT 'source', source, count(*) FROM articles"
        " WHERE source IS NOT NULL GROUP BY 1;",
    ]
    for table in TALLIED_TABLES:
        statements.append(
            f"CREATE TRIGGER {table}_tally_in AFTER INSERT ON {table} BEGIN"
            f" {_tally('rows', repr(table), '1')} END;"
        )
        statements.append(
            f"CREATE TRIGGER {table}_tally_out AFTER DELETE ON {table} BEGIN"
            f" {_tally('rows', repr(table), '-1')} END;"
        )
    statements += [
        "CREATE TRIGGER articles_tally_month AFTER INSERT ON articles"
        " WHEN NEW.published IS NOT NULL BEGIN"
        f" {_tally('month', 'substr(NEW.published, 1, 7)', '1')} END;",
        "CREATE TRIGGER articles_tally_source AFTER INSERT ON articles"
        " WHEN NEW.source IS NOT NULL BEGIN"
        f" {_tally('source', 'NEW.source', '1')} END;",
        # before the insert, so that a row a REPLACE is about to overwrite is seen
        "CREATE TRIGGER canonical_entities_tally BEFORE INSERT ON canonical_entities"
        " WHEN NOT EXISTS (SELECT 1 FROM canonical_entities WHERE id = NEW.id) BEGIN"
        f" {_tally('rows', repr('canonical_entities'), '1')} END;",
    ]
    return "\n".join(statements)


TALLIES_SQL = _tallies_sql()

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
    (
        3,
        "events and their actors, filled from the stored records",
        """
        CREATE TABLE events (
            rowid INTEGER PRIMARY KEY,  -- GLOBALEVENTID in the GDELT export
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            event_id TEXT NOT NULL,
            type TEXT NOT NULL,
            mode TEXT,
            cameo TEXT NOT NULL,
            quad_class INTEGER NOT NULL,
            goldstein REAL NOT NULL,
            trigger TEXT NOT NULL,
            date TEXT,
            -- The day (or month) the event is dated to: its own date when that is a calendar
            -- date, else the article's publication day.
            day TEXT,
            place_entity TEXT,
            modality TEXT NOT NULL,
            sentence TEXT NOT NULL,
            mentions INTEGER NOT NULL,
            is_root INTEGER NOT NULL,  -- 1 when told in the article's first paragraph
            UNIQUE (article_id, event_id)
        );
        CREATE INDEX events_day ON events(day);
        CREATE INDEX events_type ON events(type);
        CREATE TABLE event_actors (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            event_id TEXT NOT NULL,
            role TEXT NOT NULL,  -- source or target
            entity_id TEXT NOT NULL,
            PRIMARY KEY (article_id, event_id, role, entity_id)
        );
        CREATE INDEX event_actors_entity ON event_actors(article_id, entity_id);
        INSERT INTO events (article_id, event_id, type, mode, cameo, quad_class, goldstein,
                            trigger, date, day, place_entity, modality, sentence, mentions,
                            is_root)
        SELECT a.id,
               json_extract(v.value, '$.id'),
               json_extract(v.value, '$.type'),
               json_extract(v.value, '$.mode'),
               json_extract(v.value, '$.cameo'),
               json_extract(v.value, '$.quad_class'),
               json_extract(v.value, '$.goldstein'),
               json_extract(v.value, '$.trigger.text'),
               json_extract(v.value, '$.date'),
               CASE WHEN json_extract(v.value, '$.date') GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'
                    THEN substr(json_extract(v.value, '$.date'), 1, 10)
                    ELSE substr(a.published, 1, 10) END,
               json_extract(v.value, '$.place'),
               json_extract(v.value, '$.modality'),
               json_extract(v.value, '$.sentence.text'),
               json_array_length(v.value, '$.mentions'),
               instr(a.text, char(10) || char(10)) = 0
                 OR json_extract(v.value, '$.sentence.start') < instr(a.text, char(10) || char(10))
        FROM articles a, json_each(a.record, '$.events') v;
        INSERT OR IGNORE INTO event_actors
        SELECT a.id, json_extract(v.value, '$.id'), 'source', s.value
        FROM articles a, json_each(a.record, '$.events') v, json_each(v.value, '$.sources') s;
        INSERT OR IGNORE INTO event_actors
        SELECT a.id, json_extract(v.value, '$.id'), 'target', t.value
        FROM articles a, json_each(a.record, '$.events') v, json_each(v.value, '$.targets') t
        """,
    ),
    (
        4,
        "quantities and checks, filled from the stored records",
        """
        CREATE TABLE quantities (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            quantity_id TEXT NOT NULL,
            text TEXT NOT NULL,
            value REAL,
            unit TEXT,
            dimension TEXT,
            si_value REAL,
            si_unit TEXT,
            currency TEXT,
            approx TEXT,
            counted TEXT,  -- the record's "of": what is counted or measured
            PRIMARY KEY (article_id, quantity_id)
        );
        CREATE INDEX quantities_dimension ON quantities(dimension);
        CREATE INDEX quantities_currency ON quantities(currency);
        CREATE TABLE checks (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            status TEXT NOT NULL,
            message TEXT NOT NULL,
            spans TEXT NOT NULL,  -- the texts it compared, joined by " · "
            PRIMARY KEY (article_id, position)
        );
        CREATE INDEX checks_status ON checks(status);
        INSERT INTO quantities
        SELECT a.id,
               json_extract(v.value, '$.id'),
               json_extract(v.value, '$.text'),
               json_extract(v.value, '$.value'),
               json_extract(v.value, '$.unit'),
               json_extract(v.value, '$.dimension'),
               json_extract(v.value, '$.si.value'),
               json_extract(v.value, '$.si.unit'),
               json_extract(v.value, '$.currency'),
               json_extract(v.value, '$.approx'),
               json_extract(v.value, '$.of')
        FROM articles a, json_each(a.record, '$.quantities') v;
        INSERT INTO checks
        SELECT a.id, v.key,
               json_extract(v.value, '$.kind'),
               json_extract(v.value, '$.status'),
               json_extract(v.value, '$.message'),
               (SELECT group_concat(json_extract(s.value, '$.text'), ' · ')
                FROM json_each(v.value, '$.spans') s)
        FROM articles a, json_each(a.record, '$.checks') v
        """,
    ),
    (
        5,
        "canonical entities found by indexed keys, with the names they go by",
        """
        CREATE TABLE canonical_keys (
            grp TEXT NOT NULL,
            key TEXT NOT NULL,  -- a name key, or surname:, initials:, acronym: (link.index_keys)
            canonical_id TEXT NOT NULL,
            PRIMARY KEY (grp, key, canonical_id)
        ) WITHOUT ROWID;
        CREATE INDEX canonical_keys_key ON canonical_keys(key);
        ALTER TABLE canonical_entities ADD COLUMN names TEXT NOT NULL DEFAULT '{}';
        CREATE INDEX canonical_articles ON canonical_entities(articles)
        """,
    ),
    (
        6,
        "listings in index order: facts carry their article's date and their position",
        """
        ALTER TABLE quotes ADD COLUMN published TEXT;
        ALTER TABLE quotes ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE quotes ADD COLUMN speaker_key TEXT;  -- link.name_key of the speaker
        ALTER TABLE quotes ADD COLUMN speaker_surname TEXT;  -- its last word
        UPDATE quotes SET
            published = (SELECT a.published FROM articles a WHERE a.id = quotes.article_id),
            position = CAST(substr(quote_id, 2) AS INTEGER);
        DROP INDEX quotes_speaker;
        CREATE INDEX quotes_order ON quotes(published, article_id, position);
        CREATE INDEX quotes_speaker_key ON quotes(speaker_key, published, article_id, position);
        CREATE INDEX quotes_speaker_surname
            ON quotes(speaker_surname, published, article_id, position);
        ALTER TABLE quantities ADD COLUMN published TEXT;
        ALTER TABLE quantities ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE quantities ADD COLUMN magnitude REAL;  -- the SI value, else the value
        UPDATE quantities SET
            published = (SELECT a.published FROM articles a WHERE a.id = quantities.article_id),
            position = CAST(substr(quantity_id, 2) AS INTEGER),
            magnitude = coalesce(si_value, value);
        DROP INDEX quantities_dimension;
        DROP INDEX quantities_currency;
        CREATE INDEX quantities_order ON quantities(published, article_id, position);
        CREATE INDEX quantities_dimension
            ON quantities(dimension COLLATE NOCASE, published, article_id, position);
        CREATE INDEX quantities_currency
            ON quantities(currency COLLATE NOCASE, published, article_id, position);
        CREATE INDEX quantities_magnitude ON quantities(magnitude);
        ALTER TABLE checks ADD COLUMN published TEXT;
        UPDATE checks SET
            published = (SELECT a.published FROM articles a WHERE a.id = checks.article_id);
        DROP INDEX checks_status;
        CREATE INDEX checks_order ON checks(published, article_id, position);
        CREATE INDEX checks_status ON checks(status, published, article_id, position);
        CREATE INDEX checks_kind ON checks(kind, published, article_id, position);
        ALTER TABLE canonical_entities ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
        UPDATE canonical_entities SET mentions = (
            SELECT coalesce(sum(e.mention_count), 0) FROM entities e
            WHERE e.canonical_id = canonical_entities.id);
        ALTER TABLE canonical_entities ADD COLUMN type TEXT;  -- as shown: a PLACE is a GPE
        UPDATE canonical_entities SET type = CASE grp WHEN 'PLACE' THEN 'GPE' ELSE grp END;
        CREATE INDEX canonical_mentions ON canonical_entities(mentions DESC, name);
        CREATE INDEX canonical_type_mentions ON canonical_entities(type, mentions DESC, name);
        CREATE INDEX events_type_day ON events(type, day)
        """,
    ),
    (
        7,
        "the text kept once: in its column, not again inside the record",
        """
        UPDATE articles SET record = json_set(record, '$.article.text', '')
        """,
    ),
    (
        8,
        "an entity's articles and an actor's events in date order, by index",
        """
        ALTER TABLE entities ADD COLUMN published TEXT;
        UPDATE entities SET
            published = (SELECT a.published FROM articles a WHERE a.id = entities.article_id);
        CREATE INDEX entities_canonical_published
            ON entities(canonical_id, published, article_id);
        ALTER TABLE event_actors ADD COLUMN canonical_id TEXT;
        ALTER TABLE event_actors ADD COLUMN day TEXT;
        UPDATE event_actors SET
            canonical_id = (SELECT e.canonical_id FROM entities e
                            WHERE e.article_id = event_actors.article_id
                            AND e.entity_id = event_actors.entity_id),
            day = (SELECT ev.day FROM events ev WHERE ev.article_id = event_actors.article_id
                   AND ev.event_id = event_actors.event_id);
        CREATE INDEX event_actors_canonical_day
            ON event_actors(canonical_id, day, article_id, event_id)
        """,
    ),
    (
        9,
        "a speaker's quotes and two actors' events found by index; indexes no query uses gone",
        """
        ALTER TABLE quotes ADD COLUMN speaker_canonical TEXT;
        UPDATE quotes SET speaker_canonical = (
            SELECT e.canonical_id FROM entities e
            WHERE e.article_id = quotes.article_id AND e.entity_id = quotes.speaker_entity);
        CREATE INDEX quotes_speaker_canonical
            ON quotes(speaker_canonical, published, article_id, position);
        ALTER TABLE quotes ADD COLUMN speaker_given TEXT;  -- a speaker's first name, if two
        UPDATE quotes SET speaker_given = substr(speaker_key, 1, instr(speaker_key, ' ') - 1)
            WHERE instr(speaker_key, ' ') > 0;
        DROP INDEX quotes_speaker_key;
        CREATE INDEX quotes_speaker_given ON quotes(speaker_given, published, article_id, position);
        -- Every two canonical actors of one event, the lesser id first (filled in Python).
        CREATE TABLE event_pairs (
            first TEXT NOT NULL,
            second TEXT NOT NULL,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            event_id TEXT NOT NULL,
            day TEXT,
            direction TEXT NOT NULL,  -- forward (first acts on second), backward or together
            goldstein REAL NOT NULL,
            PRIMARY KEY (first, second, article_id, event_id)
        ) WITHOUT ROWID;
        DROP INDEX entities_name;
        DROP INDEX entities_type;
        DROP INDEX entities_canonical;
        DROP INDEX events_type;
        DROP INDEX event_actors_entity
        """,
    ),
    (
        10,
        "a page of a listing reads articles' and entities' short columns from small indexes",
        """
        -- An article's row holds its text and record (tens of kilobytes, on overflow pages):
        -- a listing that shows its date, title or address reads them from this index instead,
        -- a few pages for a page of results however large the store.
        CREATE INDEX articles_listing
            ON articles(id, published, title, url, origin, ingested_at, language);
        DROP INDEX entities_canonical_published;
        CREATE INDEX entities_canonical_published
            ON entities(canonical_id, published, article_id, name)
        """,
    ),
    # A record is stored zlib-compressed (its JSON, text left out): a quarter of the bytes.
    (11, "records stored compressed", ""),
    (12, "tallies of rows, months and sources, kept by triggers", TALLIES_SQL),
    (
        13,
        "canonical entities by country, the most mentioned first",
        "CREATE INDEX canonical_country_mentions ON canonical_entities(country, mentions DESC, name)",
    ),
    (
        14,
        "full CAMEO codes of events and CAMEO actor codes of their actors",
        # Events stored before have no full code: their rows keep it empty.
        """
        ALTER TABLE events ADD COLUMN code TEXT;
        ALTER TABLE events ADD COLUMN base_code TEXT;  -- its first three digits: "031" of 0311
        CREATE INDEX events_code ON events(code, day);
        CREATE INDEX events_base_code ON events(base_code, day);
        ALTER TABLE event_actors ADD COLUMN actor_code TEXT;
        ALTER TABLE event_actors ADD COLUMN actor_prefix TEXT;  -- its first three letters
        CREATE INDEX event_actors_code ON event_actors(actor_code, day);
        CREATE INDEX event_actors_prefix ON event_actors(actor_prefix, day);
        """,
    ),
]
LATEST_VERSION = MIGRATIONS[-1][0]


def _fill_canonical_keys(connection: sqlite3.Connection) -> None:
    """Index the canonicals of an older store by every key the linker looks them up by."""
    from dateline.link import Canonical, index_keys

    rows = connection.execute("SELECT id, grp, name, keys FROM canonical_entities").fetchall()
    for canonical_id, group, name, keys in rows:
        canonical = Canonical(id=canonical_id, group=group, name=name, keys=set(json.loads(keys)))
        connection.executemany(
            "INSERT OR IGNORE INTO canonical_keys VALUES (?, ?, ?)",
            [(g, k, canonical_id) for g, k in index_keys(canonical)],
        )
        connection.execute(
            "UPDATE canonical_entities SET names = ? WHERE id = ?",
            (json.dumps({name: 1}), canonical_id),
        )


def _fill_speaker_keys(connection: sqlite3.Connection) -> None:
    """The normalised speaker names an older store's quotes are looked up by."""
    names = connection.execute("SELECT DISTINCT speaker_name FROM quotes").fetchall()
    connection.executemany(
        "UPDATE quotes SET speaker_key = ?, speaker_surname = ? WHERE speaker_name = ?",
        [(*speaker_keys(name)[:2], name) for (name,) in names if name],
    )


def speaker_keys(name: str | None) -> tuple[str | None, str | None, str | None]:
    """(name key, surname, first name) of a speaker's name, the columns quotes are found by;
    a one-word name has no first name."""
    from dateline.link import name_key

    words = (name_key(name) if name else "").split()
    return (
        " ".join(words) or None,
        words[-1] if words else None,
        words[0] if len(words) > 1 else None,
    )


def _fill_event_pairs(connection: sqlite3.Connection) -> None:
    """Pair the canonical actors of an older store's events."""
    rows = connection.execute(
        "SELECT ea.article_id, ea.event_id, ea.role, ea.canonical_id, ea.day, ev.goldstein"
        " FROM event_actors ea"
        " JOIN events ev ON ev.article_id = ea.article_id AND ev.event_id = ea.event_id"
        " WHERE ea.canonical_id IS NOT NULL ORDER BY ea.article_id, ea.event_id"
    )
    for (article_id, event_id), actors in groupby(rows, key=lambda row: row[:2]):
        rows_of_event = list(actors)
        roles: dict[str, set[str]] = {}
        for row in rows_of_event:
            roles.setdefault(row[3], set()).add(row[2])
        day, goldstein = rows_of_event[0][4:6]
        connection.executemany(
            "INSERT OR IGNORE INTO event_pairs (first, second, direction, article_id, event_id, day,"
            " goldstein) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(*pair, article_id, event_id, day, goldstein) for pair in actor_pairs(roles)],
        )


def actor_pairs(roles: dict[str, set[str]]) -> list[tuple[str, str, str]]:
    """(first, second, direction) of every two canonical actors of one event, given the roles
    each plays in it: "forward" when the first is a source and the second a target."""
    pairs = []
    for first, second in combinations(sorted(roles), 2):
        if "source" in roles[first] and "target" in roles[second]:
            direction = "forward"
        elif "source" in roles[second] and "target" in roles[first]:
            direction = "backward"
        else:
            direction = "together"
        pairs.append((first, second, direction))
    return pairs


RECORD_COMPRESSION = 1  # zlib's fastest level: 16 KB of JSON to 4 KB in 0.2 ms
COMPRESS_BATCH = 1000  # records rewritten a statement at a time


def compress_record(record: str) -> bytes:
    return zlib.compress(record.encode("utf-8"), RECORD_COMPRESSION)


def decompress_record(stored: bytes | str) -> str:
    """A stored record's JSON (a store's record written before migration 11 is text)."""
    return stored if isinstance(stored, str) else zlib.decompress(stored).decode("utf-8")


def _compress_records(connection: sqlite3.Connection) -> None:
    """Rewrite the records of an older store compressed, a batch of rows at a time."""
    last = 0
    while rows := connection.execute(
        "SELECT rowid, record FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?",
        (last, COMPRESS_BATCH),
    ).fetchall():
        connection.executemany(
            "UPDATE articles SET record = ? WHERE rowid = ?",
            [(compress_record(decompress_record(record)), rowid) for rowid, record in rows],
        )
        last = rows[-1][0]


# Migrations whose rows are made in Python, run right after their SQL, in its transaction.
FILLS: dict[int, Callable[[sqlite3.Connection], None]] = {
    5: _fill_canonical_keys,
    6: _fill_speaker_keys,
    9: _fill_event_pairs,
    11: _compress_records,
}


def current_version(connection: sqlite3.Connection) -> int:
    connection.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    row = connection.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0] or 0)


def stored_version(connection: sqlite3.Connection) -> int:
    """The schema version of a store opened read-only (0 for a file with no Dateline tables)."""
    try:
        row = connection.execute("SELECT max(version) FROM schema_migrations").fetchone()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return 0
        raise
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
            if number in FILLS:
                FILLS[number](connection)
            connection.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                (number, name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
        applied.append(number)
    return applied


def _statements(sql: str) -> list[str]:
    """Split a migration into statements: at each semicolon that ends one, so that a
    trigger's body (statements between BEGIN and END) stays whole."""
    lines = [line for line in sql.splitlines() if not line.strip().startswith("--")]
    statements, pending = [], ""
    for piece in "\n".join(lines).split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                statements.append(pending.strip().removesuffix(";").strip())
            pending = ""
    if pending.strip(" \n;"):
        statements.append(pending.strip().removesuffix(";").strip())
    return statements
