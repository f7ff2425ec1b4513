"""SQLite connections for the store: read-write or read-only, and SQLite's errors as E3xx.

A query never needs to write: a store in a folder one may only read, or on a read-only
mount, is opened read-only and answers. Every SQLite error becomes a ``StoreError`` that
names the store and says what to do.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from dateline.errors import StoreBusy, StoreDamaged, StoreError, StoreFull, StoreReadOnly

_DAMAGED = ("no such table", "no such column", "malformed", "not a database", "corrupt")


def store_error(exc: sqlite3.Error, path: str) -> StoreError:
    """The ``StoreError`` a person can act on for SQLite's ``exc`` on the store at ``path``."""
    text = str(exc)
    lowered = text.lower()
    if "readonly" in lowered or "read-only" in lowered:
        return StoreReadOnly(
            f"{path} cannot be written ({text}): writing needs the file and its folder"
            " writable; check their permissions (queries work on a read-only store)"
        )
    if "disk is full" in lowered or "disk full" in lowered:
        return StoreFull(
            f"{path}: the disk is full ({text}); every batch committed before is kept;"
            " free some space and run the same command again to finish"
        )
    if any(sign in lowered for sign in _DAMAGED):
        return StoreDamaged(
            f"{path} is damaged or is not a Dateline store ({text}); restore it from a copy,"
            " or ingest into a new store with --db"
        )
    if "locked" in lowered or "busy" in lowered:
        return StoreBusy(f"{path} is busy: another process held it too long ({text}); try again")
    return StoreError(f"{path}: {text}")


class StoreConnection(sqlite3.Connection):
    """A connection whose statements raise ``StoreError`` instead of ``sqlite3.Error``."""

    store_path = ""

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        try:
            return super().execute(sql, parameters)
        except sqlite3.Error as exc:
            raise store_error(exc, self.store_path) from exc

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> sqlite3.Cursor:
        try:
            return super().executemany(sql, parameters)
        except sqlite3.Error as exc:
            raise store_error(exc, self.store_path) from exc

    def commit(self) -> None:
        try:
            super().commit()
        except sqlite3.Error as exc:
            raise store_error(exc, self.store_path) from exc


def _read_only(path: str, *, immutable: bool) -> StoreConnection:
    uri = f"file:{quote(os.path.abspath(path))}?mode=ro" + ("&immutable=1" if immutable else "")
    connection = sqlite3.connect(
        uri, uri=True, isolation_level=None, timeout=30, factory=StoreConnection
    )
    connection.store_path = path
    return connection


def connect(path: str, *, readonly: bool) -> StoreConnection:
    """A connection to the store; read-only ones never create or change a file."""
    if not readonly:
        connection = sqlite3.connect(
            path, isolation_level=None, timeout=30, factory=StoreConnection
        )
        connection.store_path = path
        return connection
    if not Path(path).is_file():
        raise StoreError(f"no store at {path}")
    connection = _read_only(path, immutable=False)
    try:
        sqlite3.Connection.execute(connection, "SELECT count(*) FROM sqlite_master")
    except sqlite3.OperationalError:
        # A WAL store in a folder one cannot write: SQLite cannot make its shared-memory
        # file. Nothing can be writing there then, and the file is read as it stands.
        connection.close()
        connection = _read_only(path, immutable=True)
    return connection
