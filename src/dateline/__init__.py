"""Dateline: turn raw news articles into dated, sourced records of who said and did what.

The public API: ``analyze`` one text, ``analyze_paths`` many files, ``ingest_paths`` into a
store opened with ``open_store``; the record types; and the errors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
from dateline.settings import Settings
from dateline.store import open_store

if TYPE_CHECKING:
    from dateline.pipeline import AnalyzeOptions
    from dateline.pipeline import analyze_text as analyze
    from dateline.runner import analyze_paths, ingest_paths

# What needs spaCy is imported when first asked for, so that a query starts without it;
# the spaCy components register themselves through the package's entry points.
_LAZY = {
    "AnalyzeOptions": ("dateline.pipeline", "AnalyzeOptions"),
    "analyze": ("dateline.pipeline", "analyze_text"),
    "analyze_paths": ("dateline.runner", "analyze_paths"),
    "ingest_paths": ("dateline.runner", "ingest_paths"),
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'dateline' has no attribute '{name}'")
    from importlib import import_module

    module, attribute = _LAZY[name]
    return getattr(import_module(module), attribute)


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
