"""Paths to raw documents: directories (recursive), globs, ``.gz`` files, and format dispatch.

Only regular files are read. A directory walk reports what it cannot list, and follows a
link only when it stays inside the directory given (``follow_links`` follows every link).
"""

from __future__ import annotations

import glob
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from dateline.errors import InputError, UnreadableInput
from dateline.ingest.decode import NOT_REGULAR, decode_text, read_bytes
from dateline.ingest.raw import RawDocument, RawKind
from dateline.ingest.records import read_json, read_jsonl
from dateline.ingest.warc import is_archive, read_archive
from dateline.printable import path_text
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


def _listing(folder: Path) -> list[os.DirEntry[str]]:
    with os.scandir(folder) as entries:
        return sorted(entries, key=lambda entry: entry.name)


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def _walk(root: Path, *, follow_links: bool) -> Iterator[Path | InputError]:
    """Files under ``root`` in sorted order, depth first; hidden names and our stores skipped."""
    real_root = root.resolve()
    visited = {real_root}
    stack: list[Iterator[os.DirEntry[str]]] = []
    try:
        stack.append(iter(_listing(root)))
    except OSError as exc:
        yield UnreadableInput(path_text(root), f"cannot list this directory ({_reason(exc)})")
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        path = Path(entry.path)
        if entry.name.startswith(".") or path.suffix.lower() in _SKIPPED_SUFFIXES:
            continue
        try:
            is_link = entry.is_symlink()
            target = path.resolve() if is_link else path
            if is_link and not follow_links and not target.is_relative_to(real_root):
                yield UnreadableInput(
                    path_text(path),
                    f"is a link to {path_text(target)}, outside {path_text(root)};"
                    " not followed (give --follow-links to follow it)",
                )
                continue
            if entry.is_dir(follow_symlinks=True):
                # A link to a folder inside the root is walked there already.
                if target in visited or (is_link and not follow_links):
                    continue
                visited.add(target)
                stack.append(iter(_listing(path)))
            elif entry.is_file(follow_symlinks=True):
                yield path
            elif is_link and not target.exists():
                yield UnreadableInput(path_text(path), "is a broken link")
            else:
                yield UnreadableInput(path_text(path), NOT_REGULAR)
        except OSError as exc:
            what = "cannot list this directory" if entry.is_dir() else "cannot read this entry"
            yield UnreadableInput(path_text(path), f"{what} ({_reason(exc)})")


def expand_paths(
    paths: Iterable[str], *, follow_links: bool = False
) -> Iterator[Path | InputError]:
    """Files named by ``paths``: directories walked recursively in sorted order, globs expanded."""
    for given in paths:
        path = Path(given)
        try:
            mode = path.stat().st_mode if path.exists() else None
        except OSError as exc:
            yield UnreadableInput(path_text(path), _reason(exc))
            continue
        if mode is not None and stat.S_ISDIR(mode):
            yield from _walk(path, follow_links=follow_links)
        elif mode is not None and stat.S_ISREG(mode):
            yield path
        elif mode is not None:
            yield UnreadableInput(path_text(path), NOT_REGULAR)
        elif _GLOB_CHARS & set(given):
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                yield UnreadableInput(path_text(path), "no file matches this pattern")
            for match in matches:
                yield from expand_paths([match], follow_links=follow_links)
        else:
            yield UnreadableInput(path_text(path), "no such file or directory")


def _sniff_kind(text: str, suffix: str) -> RawKind:
    if suffix in _HTML_SUFFIXES:
        return "html"
    head = text.lstrip()[:200].lower()
    return "html" if head.startswith(("<!doctype html", "<html")) else "text"


def read_path(
    path: Path, *, max_bytes: int = MAX_INPUT_BYTES
) -> Iterator[RawDocument | InputError]:
    """Raw documents in one file (several for JSON arrays, JSONL and web archives), or the
    errors met."""
    if is_archive(path):
        yield from read_archive(path, max_bytes=max_bytes)
        return
    origin = path_text(path)
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
    paths: Iterable[str], *, max_bytes: int = MAX_INPUT_BYTES, follow_links: bool = False
) -> Iterator[RawDocument | InputError]:
    for item in expand_paths(paths, follow_links=follow_links):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_path(item, max_bytes=max_bytes)


def count_inputs(paths: Iterable[str], *, follow_links: bool = False) -> int:
    """How many documents ``read_paths`` will yield, about: one a file, one a JSONL line."""
    total = 0
    for item in expand_paths(paths, follow_links=follow_links):
        if (
            isinstance(item, Path)
            and _format_suffix(item) in _JSONL_SUFFIXES
            and item.suffix.lower() != ".gz"
            and item.stat().st_size <= MAX_INPUT_BYTES
        ):
            try:
                with item.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total
