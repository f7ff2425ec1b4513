"""Dateline: turn raw news articles into dated, sourced records of who said and did what.

The public API: ``analyze`` one text, ``analyze_paths`` many files, ``ingest_paths`` into a
store opened with ``open_store``; the record types; and the errors.
"""

from dateline import components as _components  # noqa: F401  (registers the spaCy factories)
from dateline.errors import DatelineError, InputError, ModelNotFound, NotFound, StoreError
from dateline.model import (
    Analysis,
    Article,
    Check,
    Entity,
    Event,
    Quantity,
    Quote,
    Span,
    TimeExpression,
    json_schema,
)
from dateline.pipeline import AnalyzeOptions
from dateline.pipeline import analyze_text as analyze
from dateline.runner import analyze_paths, ingest_paths
from dateline.settings import Settings
from dateline.store import open_store

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "AnalyzeOptions",
    "Article",
    "Check",
    "DatelineError",
    "Entity",
    "Event",
    "InputError",
    "ModelNotFound",
    "NotFound",
    "Quantity",
    "Quote",
    "Settings",
    "Span",
    "StoreError",
    "TimeExpression",
    "analyze",
    "analyze_paths",
    "ingest_paths",
    "json_schema",
    "open_store",
]
