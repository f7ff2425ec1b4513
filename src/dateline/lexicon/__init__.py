"""Lexicons: data files of words with a comment where the entry is not obvious, loaded once."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path


@cache
def load_words(name: str) -> frozenset[str]:
    """The first column of ``lexicon/<name>.tsv``, lower-cased; ``#`` lines are comments."""
    text = files(__package__).joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    words = (line.split("\t", 1)[0].strip().lower() for line in text.splitlines())
    return frozenset(w for w in words if w and not w.startswith("#"))


def load_rows(name: str) -> list[list[str]]:
    """The rows of ``lexicon/<name>.tsv`` as written, split at tabs; blank lines and ``#``
    lines are skipped."""
    text = files(__package__).joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@cache
def load_pairs(name: str) -> dict[str, str]:
    """The first two columns of ``lexicon/<name>.tsv``: word → value (empty when absent)."""
    text = files(__package__).joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    pairs: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        columns = [c.strip() for c in line.split("\t")]
        value = columns[1] if len(columns) > 1 and not columns[1].startswith('"') else ""
        pairs[columns[0].lower()] = value
    return pairs


def write_or_check(derived: dict[Path, str], *, check: bool) -> int:
    """For a derivation script: write each derived lexicon file, or (``check``) say whether
    each is up to date; the exit status, 1 when a file differs."""
    differing = 0
    for path, text in derived.items():
        if check:
            same = path.exists() and path.read_text(encoding="utf-8") == text
            print(f"{path.name}: {'up to date' if same else 'differs; rederive'}")
            differing += not same
        else:
            path.write_text(text, encoding="utf-8")
            rows = sum(1 for line in text.splitlines() if line and not line.startswith("#"))
            print(f"wrote {path} ({rows} rows)")
    return 1 if differing else 0
