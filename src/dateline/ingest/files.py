"""Paths to raw documents: directories (recursive), globs, ``.gz`` files, and format dispatch."""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from pathlib import Path

from dateline.errors import InputError, UnreadableInput
from dateline.ingest.decode import decode_text, read_bytes
from dateline.ingest.raw import RawDocument, RawKind
from dateline.ingest.records import read_json, read_jsonl
from dateline.settings import MAX_INPUT_BYTES

_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_GLOB_CHARS = set("*?[")
# Files a directory walk passes over: hidden files, editor leftovers, our own database.
_SKIPPED_SUFFIXES = {".db", ".db-wal", ".db-shm", ".sqlite", ".pyc", ".swp"}


def _format_suffix(path: Path) -> str:
    """The suffix that names the format: ``a.jsonl.gz`` is JSONL."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def expand_paths(paths: Iterable[str]) -> Iterator[Path | InputError]:
    """Files named by ``paths``: directories walked recursively in sorted order, globs expanded."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path)
                if (
                    child.is_file()
                    and not any(p.startswith(".") for p in relative.parts)
                    and (child.suffix.lower() not in _SKIPPED_SUFFIXES)
                ):
                    yield child
        elif path.exists():
            yield path
        elif _GLOB_CHARS & set(given):
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                yield UnreadableInput(given, "no file matches this pattern")
            for match in matches:
                yield from expand_paths([match])
        else:
            yield UnreadableInput(given, "no such file or directory")


def _sniff_kind(text: str, suffix: str) -> RawKind:
    if suffix in _HTML_SUFFIXES:
        return "html"
    head = text.lstrip()[:200].lower()
    return "html" if head.startswith(("<!doctype html", "<html")) else "text"


def read_path(
    path: Path, *, max_bytes: int = MAX_INPUT_BYTES
) -> Iterator[RawDocument | InputError]:
    """Raw documents in one file (several for JSON arrays and JSONL), or the errors met."""
    origin = str(path)
    try:
        text = decode_text(read_bytes(path, origin, max_bytes), origin)
    except InputError as exc:
        yield exc
        return
    suffix = _format_suffix(path)
    if suffix in _JSONL_SUFFIXES:
        yield from read_jsonl(text, origin)
    elif suffix == ".json":
        yield from read_json(text, origin)
    else:
        yield RawDocument(origin=origin, kind=_sniff_kind(text, suffix), content=text)


def read_paths(
    paths: Iterable[str], *, max_bytes: int = MAX_INPUT_BYTES
) -> Iterator[RawDocument | InputError]:
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_path(item, max_bytes=max_bytes)


def count_inputs(paths: Iterable[str]) -> int:
    """How many documents ``read_paths`` will yield, about: one a file, one a JSONL line."""
    total = 0
    for item in expand_paths(paths):
        if (
            isinstance(item, Path)
            and _format_suffix(item) in _JSONL_SUFFIXES
            and item.suffix != ".gz"
        ):
            try:
                with item.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total
