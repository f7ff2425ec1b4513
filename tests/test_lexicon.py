from __future__ import annotations

from importlib.resources import files

import pytest

from dateline.lexicon import load_words

LEXICONS = [
    "reporting_verbs",
    "speaker_nouns",
    "titles",
    "org_heads",
    "object_content_verbs",
    "not_entities",
]


@pytest.mark.parametrize("name", LEXICONS)
def test_lexicon_entries_unique_and_lowercase(name: str) -> None:
    text = files("dateline.lexicon").joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    entries = [
        line.split("\t")[0] for line in text.splitlines() if line and not line.startswith("#")
    ]
    assert len(entries) == len(set(entries)), "an entry appears twice"
    assert all(e == e.strip().lower() for e in entries)
    assert load_words(name) == frozenset(entries)


@pytest.mark.parametrize(
    ("name", "word", "present"),
    [
        ("reporting_verbs", "say", True),
        ("reporting_verbs", "tell", True),
        ("reporting_verbs", "eat", False),
        ("speaker_nouns", "official", True),
        ("speaker_nouns", "decision", False),
        ("speaker_nouns", "growth", False),
    ],
)
def test_lexicon_membership(name: str, word: str, present: bool) -> None:
    assert (word in load_words(name)) is present
