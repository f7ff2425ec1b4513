"""Parquet export: written a batch at a time, in the schema the record's classes give."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq

from dateline.export import export_parquet, table_schemas
from dateline.model import Analysis, Article, Entity, Quantity, SIValue, Span


def _analyses(count: int) -> Iterator[Analysis]:
    for n in range(count):
        text = f"Kenya sent {n} tonnes of maize."
        number = str(n)
        start = text.index(number)
        quantity = Quantity(
            id="q1",
            start=start,
            end=start + len(number) + 7,
            text=text[start : start + len(number) + 7],
            value=float(n),
            unit="tonne",
            si=SIValue(value=n * 1000.0, unit="kilogram"),
        )
        kenya = Entity(
            id="e1", name="Kenya", type="GPE", mentions=[Span(start=0, end=5, text="Kenya")]
        )
        article = Article(id=f"x{n}", origin=f"{n}.txt", text=text)
        yield Analysis(article=article, entities=[kenya], quantities=[quantity])


def test_export_parquet_streams_in_batches(tmp_path: Path) -> None:
    counts = export_parquet(_analyses(1200), tmp_path, batch_size=500)
    assert counts["articles"] == counts["entities"] == counts["quantities"] == 1200
    assert counts["quotes"] == counts["events"] == 0
    articles = pq.ParquetFile(tmp_path / "articles.parquet")
    assert articles.metadata.num_row_groups == 3  # 500 + 500 + 200: one batch each
    quantities = pq.read_table(tmp_path / "quantities.parquet").to_pylist()
    assert quantities[7]["si_value"] == 7000.0 and quantities[7]["si_unit"] == "kilogram"
    assert quantities[7]["text"] == "7 tonnes"


def test_export_parquet_empty_tables_keep_their_columns(tmp_path: Path) -> None:
    export_parquet(_analyses(2), tmp_path)
    events = pq.read_table(tmp_path / "events.parquet")
    assert events.num_rows == 0
    assert events.schema == table_schemas()["events"]
    assert {"trigger", "trigger_start", "trigger_end", "sentence", "mentions"} <= set(
        events.schema.names
    )
