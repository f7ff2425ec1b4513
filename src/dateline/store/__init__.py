"""Storage: one small interface (``Store``) and the embedded SQLite implementation."""

from pathlib import Path

from dateline.store.base import (
    Actor,
    AddCounts,
    ArticleRow,
    CheckRow,
    EntityReport,
    EntityRow,
    EventRow,
    FailureRow,
    QuantityRow,
    QuoteRow,
    RelationRow,
    SearchHit,
    Store,
)
from dateline.store.sqlite import SQLiteStore


def open_store(path: str | Path, *, readonly: bool = False) -> SQLiteStore:
    """The store at ``path``; ``readonly`` for queries, which never change a file."""
    return SQLiteStore(path, readonly=readonly)


__all__ = [
    "Actor",
    "AddCounts",
    "ArticleRow",
    "CheckRow",
    "EntityReport",
    "EntityRow",
    "EventRow",
    "FailureRow",
    "QuantityRow",
    "QuoteRow",
    "RelationRow",
    "SQLiteStore",
    "SearchHit",
    "Store",
    "open_store",
]
