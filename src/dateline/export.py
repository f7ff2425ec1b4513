"""Exports of the store: JSONL records, or Parquet with one table per kind of fact."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from dateline.model import (
    Analysis,
    Check,
    Entity,
    Event,
    Media,
    Quantity,
    Quote,
    Record,
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


def _table(rows: list[dict[str, Any]], model: type[Record] | None) -> pa.Table:
    if rows:
        columns: dict[str, None] = {}
        for row in rows:
            columns.update(dict.fromkeys(row))
        return pa.Table.from_pylist([{c: row.get(c) for c in columns} for row in rows])
    names = ["article_id", *(model.model_fields if model else [])]
    return pa.table({name: pa.array([], pa.string()) for name in names})


def export_parquet(analyses: Iterable[Analysis], out_dir: str | Path) -> dict[str, int]:
    """Write ``<table>.parquet`` files into ``out_dir``; returns rows per table."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, rows in fact_rows(analyses).items():
        pq.write_table(_table(rows, FACT_TABLES.get(name)), out / f"{name}.parquet")
        counts[name] = len(rows)
    return counts


def export_jsonl(analyses: Iterable[Analysis], out_file: str | Path) -> int:
    count = 0
    with open(out_file, "w", encoding="utf-8") as handle:
        for analysis in analyses:
            handle.write(analysis.to_json() + "\n")
            count += 1
    return count
