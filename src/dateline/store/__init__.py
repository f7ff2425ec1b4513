"""Storage: one small interface (``Store``) and the embedded SQLite implementation."""

from pathlib import Path

from dateline.store.base import (
    AddCounts,
    ArticleRow,
    EntityReport,
    EntityRow,
    FailureRow,
    QuoteRow,
    SearchHit,
    Store,
)
from dateline.store.sqlite import SQLiteStore


def open_store(path: str | Path) -> SQLiteStore:
    return SQLiteStore(path)


__all__ = [
    "AddCounts",
    "ArticleRow",
    "EntityReport",
    "EntityRow",
    "FailureRow",
    "QuoteRow",
    "SQLiteStore",
    "SearchHit",
    "Store",
    "open_store",
]
