from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from dateline.nlp import load_pipeline
from dateline.settings import DEFAULT_MODEL

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline(DEFAULT_MODEL)
