"""Exports of the store: JSONL records, or Parquet with one table per kind of fact."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from itertools import islice
from pathlib import Path
from types import UnionType
from typing import Any, Union, get_args, get_origin

import pyarrow as pa
import pyarrow.parquet as pq

from dateline.model import (
    Analysis,
    Article,
    Check,
    Entity,
    Event,
    Media,
    Quantity,
    Quote,
    Record,
    Span,
    TimeExpression,
)

FACT_TABLES: dict[str, type[Record]] = {
    "entities": Entity,
    "quotes": Quote,
    "times": TimeExpression,
    "quantities": Quantity,
    "events": Event,
    "checks": Check,
    "media": Media,
}
_SPAN_KEYS = {"start", "end", "text"}
# Articles read, flattened and written at a time: memory holds one batch, never the store.
EXPORT_BATCH = 500


def flatten(row: dict[str, Any]) -> dict[str, Any]:
    """Nested spans become ``name``, ``name_start``, ``name_end``; other objects ``name_key``."""
    flat: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, dict) and set(value) == _SPAN_KEYS:
            flat[key], flat[f"{key}_start"], flat[f"{key}_end"] = (
                value["text"],
                value["start"],
                value["end"],
            )
        elif isinstance(value, dict):
            for inner, inner_value in value.items():
                flat[f"{key}_{inner}"] = inner_value
        else:
            flat[key] = value
    return flat


def article_row(analysis: Analysis) -> dict[str, Any]:
    row = analysis.article.model_dump(mode="json", exclude={"media", "dateline"})
    dateline = analysis.article.dateline
    row["dateline_place"] = dateline.place if dateline else None
    row["dateline_outlet"] = dateline.outlet if dateline else None
    return row


def fact_rows(analyses: Iterable[Analysis]) -> dict[str, list[dict[str, Any]]]:
    tables: dict[str, list[dict[str, Any]]] = {"articles": []}
    tables.update({name: [] for name in FACT_TABLES})
    for analysis in analyses:
        article_id = analysis.article.id
        tables["articles"].append(article_row(analysis))
        for name in FACT_TABLES:
            facts = analysis.article.media if name == "media" else getattr(analysis, name)
            for fact in facts:
                tables[name].append(
                    {"article_id": article_id, **flatten(fact.model_dump(mode="json"))}
                )
    return tables


def _arrow_type(annotation: Any) -> pa.DataType:
    """The Arrow type of one plain field of the record: text, number, flag or list."""
    annotation = _required(annotation)
    if get_origin(annotation) is list:
        (inner,) = get_args(annotation)
        if inner is Span:
            return pa.list_(
                pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())])
            )
        return pa.list_(_arrow_type(inner))
    return {int: pa.int64(), float: pa.float64(), bool: pa.bool_()}.get(annotation, pa.string())


def _required(annotation: Any) -> Any:
    """``X`` of ``X | None``."""
    args = [a for a in get_args(annotation) if a is not type(None)]
    if get_origin(annotation) in (Union, UnionType) and len(args) == 1:
        return args[0]
    return annotation


def _columns(model: type[Record]) -> list[pa.Field]:
    """The columns ``flatten`` makes of a record's fields: a span as its text, start and end,
    any other object as one column a field."""
    columns = []
    for name, info in model.model_fields.items():
        annotation = _required(info.annotation)
        if annotation is Span:
            columns += [
                pa.field(name, pa.string()),
                pa.field(f"{name}_start", pa.int64()),
                pa.field(f"{name}_end", pa.int64()),
            ]
        elif isinstance(annotation, type) and issubclass(annotation, Record):
            columns += [
                pa.field(f"{name}_{inner}", _arrow_type(field.annotation))
                for inner, field in annotation.model_fields.items()
            ]
        else:
            columns.append(pa.field(name, _arrow_type(info.annotation)))
    return columns


def table_schemas() -> dict[str, pa.Schema]:
    """The Parquet schema of each exported table, from the record's own classes."""
    article = [c for c in _columns(Article) if c.name != "media"]  # media: its own table
    schemas = {"articles": pa.schema(article)}
    for name, model in FACT_TABLES.items():
        schemas[name] = pa.schema([pa.field("article_id", pa.string()), *_columns(model)])
    return schemas


def _batches(analyses: Iterable[Analysis], size: int) -> Iterator[list[Analysis]]:
    iterator = iter(analyses)
    while batch := list(islice(iterator, size)):
        yield batch


def export_parquet(
    analyses: Iterable[Analysis], out_dir: str | Path, *, batch_size: int = EXPORT_BATCH
) -> dict[str, int]:
    """Write ``<table>.parquet`` files into ``out_dir``, a batch of articles at a time, so
    that memory stays flat however large the store; returns rows per table."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    schemas = table_schemas()
    counts = dict.fromkeys(schemas, 0)
    with ExitStack() as stack:
        writers = {
            name: stack.enter_context(pq.ParquetWriter(out / f"{name}.parquet", schema))
            for name, schema in schemas.items()
        }
        for batch in _batches(analyses, batch_size):
            for name, rows in fact_rows(batch).items():
                if rows:
                    writers[name].write_table(pa.Table.from_pylist(rows, schema=schemas[name]))
                    counts[name] += len(rows)
    return counts


def export_jsonl(analyses: Iterable[Analysis], out_file: str | Path) -> int:
    count = 0
    with open(out_file, "w", encoding="utf-8") as handle:
        for analysis in analyses:
            handle.write(analysis.to_json() + "\n")
            count += 1
    return count
