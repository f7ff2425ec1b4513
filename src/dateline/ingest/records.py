"""JSON and JSONL records: ``{id, url, title, published, source, authors, text | html}``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from dateline.dates import parse_published
from dateline.errors import BadDate, BadRecord, EmptyInput, InputError
from dateline.ingest.raw import RawDocument

_OPTIONAL_STRINGS = ("id", "url", "title", "source", "captured")


def record_to_raw(record: Any, origin: str, line: int | None) -> RawDocument:
    """One decoded JSON value as a raw document, or a ``BadRecord`` naming what is wrong."""
    if not isinstance(record, dict):
        raise BadRecord(origin, f"expected a JSON object, got {type(record).__name__}", line=line)
    text, html = record.get("text"), record.get("html")
    if (text is not None and not isinstance(text, str)) or (
        html is not None and not isinstance(html, str)
    ):
        raise BadRecord(origin, "'text' and 'html' must be strings", line=line)
    if not (text and text.strip()) and not (html and html.strip()):
        raise BadRecord(origin, "record has neither 'text' nor 'html'", line=line)
    fields: dict[str, str | None] = {}
    for name in _OPTIONAL_STRINGS:
        value = record.get(name)
        # An id may be a number; True is not one, though Python counts it as an int.
        if value is not None and (isinstance(value, bool) or not isinstance(value, str | int)):
            raise BadRecord(
                origin, f"'{name}' must be a string, not {_json_type(value)}", line=line
            )
        fields[name] = str(value) if value is not None else None
    published = record.get("published")
    if published is not None:
        if not isinstance(published, str):
            raise BadDate(
                origin,
                f"'published' must be a date written as a string, not {_json_type(published)}",
                line=line,
            )
        try:
            published = parse_published(published)
        except ValueError as exc:
            raise BadDate(origin, f"'published': {exc}", line=line) from exc
    authors = record.get("authors")
    if authors is None:
        authors = []
    elif isinstance(authors, str):
        authors = [authors]
    elif not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
        raise BadRecord(
            origin,
            f"'authors' must be a string or a list of strings, not {_json_type(authors)}",
            line=line,
        )
    return RawDocument(
        origin=f"{origin}:{line}" if line is not None else origin,
        kind="text" if text and text.strip() else "html",
        content=text if text and text.strip() else str(html),
        line=line,
        published=published,
        authors=tuple(str(a) for a in authors),
        **fields,
    )


def _json_type(value: Any) -> str:
    """What a JSON value is, in JSON's words."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "a list" if all(isinstance(v, str) for v in value) else "a list of non-strings"
    names = {dict: "an object", int: "a number", float: "a number", str: "a string"}
    return names.get(type(value), "null")


def _decoded(text: str) -> Any:
    """``json.loads``, with nesting too deep for the parser reported as bad JSON."""
    try:
        return json.loads(text)
    except RecursionError as exc:
        raise json.JSONDecodeError("nested too deeply", text, 0) from exc


def read_jsonl(text: str, origin: str) -> Iterator[RawDocument | InputError]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = _decoded(line)
        except json.JSONDecodeError as exc:
            yield BadRecord(
                origin, f"not valid JSON ({exc.msg} at column {exc.colno})", line=number
            )
            continue
        try:
            yield record_to_raw(value, origin, number)
        except InputError as exc:
            yield exc


def read_json(text: str, origin: str) -> Iterator[RawDocument | InputError]:
    try:
        value = _decoded(text)
    except json.JSONDecodeError as exc:
        yield BadRecord(origin, f"not valid JSON ({exc.msg})", line=exc.lineno)
        return
    if value == []:
        yield EmptyInput(origin, "the JSON array holds no records")
        return
    records = value if isinstance(value, list) else [value]
    for index, record in enumerate(records, start=1):
        try:
            raw = record_to_raw(record, origin, None)
        except InputError as exc:
            yield exc
            continue
        yield replace(raw, origin=f"{origin}#{index}") if len(records) > 1 else raw
