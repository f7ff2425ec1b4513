"""Lexicons: data files of words with a comment where the entry is not obvious, loaded once."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def load_words(name: str) -> frozenset[str]:
    """The first column of ``lexicon/<name>.tsv``, lower-cased; ``#`` lines are comments."""
    text = files(__package__).joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    words = (line.split("\t", 1)[0].strip().lower() for line in text.splitlines())
    return frozenset(w for w in words if w and not w.startswith("#"))
