"""Quantities and checks in the store: written with each article, queried across the store, and
filled by the migration for stores written before they were stored."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from dateline.model import Analysis, Article, Check, Quantity, SIValue, Span
from dateline.store import SQLiteStore, open_store
from tests.conftest import undo_migrations


def span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start=start, end=start + len(part), text=part)


def quantity(text: str, qid: str, part: str, **fields: Any) -> Quantity:
    where = span(text, part)
    return Quantity(id=qid, start=where.start, end=where.end, text=part, **fields)


def article(article_id: str, text: str, published: str) -> Article:
    return Article(id=article_id, origin=f"{article_id}.txt", text=text, published=published)


DAM = (
    "The 145m dam holds 74 billion cubic metres and cost $4.8bn (about 2,000 miles (950 km))."
    " Route 66 crosses it."
)
AID = "Donors pledged €2bn for 1.2m people on Thursday, March 10, 2021."


@pytest.fixture
def store(tmp_path: Path) -> SQLiteStore:
    opened = open_store(tmp_path / "q.db")
    dam = Analysis(
        article=article("dam", DAM, "2022-07-20"),
        quantities=[
            quantity(
                DAM,
                "n1",
                "145m",
                value=145,
                unit="metre",
                dimension="length",
                si=SIValue(value=145, unit="m"),
            ),
            quantity(
                DAM,
                "n2",
                "74 billion cubic metres",
                value=7.4e10,
                unit="cubic metre",
                dimension="volume",
                si=SIValue(value=7.4e10, unit="m ** 3"),
            ),
            quantity(DAM, "n3", "$4.8bn", value=4.8e9, dimension="currency", currency="USD"),
            quantity(DAM, "n4", "66", value=66, dimension="identifier"),
        ],
        checks=[
            Check(
                kind="unit_conversion",
                status="inconsistent",
                message="about 2,000 miles is 3,219 km; the text says 950 km",
                spans=[span(DAM, "about 2,000 miles"), span(DAM, "950 km")],
            )
        ],
    )
    aid = Analysis(
        article=article("aid", AID, "2021-03-11"),
        quantities=[
            quantity(AID, "n1", "€2bn", value=2e9, dimension="currency", currency="EUR"),
            quantity(AID, "n2", "1.2m", value=1.2e6, dimension="count", of="people"),
        ],
        checks=[
            Check(
                kind="weekday_date",
                status="inconsistent",
                message="2021-03-10 was a Wednesday, not a Thursday",
                spans=[span(AID, "Thursday, March 10, 2021")],
            )
        ],
    )
    opened.add([(dam, "h-dam"), (aid, "h-aid")])
    return opened


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["€2bn", "1.2m", "145m", "74 billion cubic metres", "$4.8bn", "66"]),
        ({"dimension": "currency"}, ["€2bn", "$4.8bn"]),
        ({"currency": "usd"}, ["$4.8bn"]),
        ({"dimension": "length", "at_least": 100}, ["145m"]),
        ({"at_least": 1e6, "at_most": 3e9}, ["€2bn", "1.2m"]),
        ({"at_most": 200}, ["145m"]),  # a bound is on amounts: "Route 66" is none
        ({"dimension": "identifier", "at_most": 200}, ["66"]),
        ({"limit": 2}, ["€2bn", "1.2m"]),
    ],
)
def test_store_quantities_filtered_across_articles(
    store: SQLiteStore, filters: dict[str, Any], expected: list[str]
) -> None:
    assert [row.text for row in store.quantities(**filters)] == expected


def test_store_quantity_rows_keep_si_currency_and_what_is_counted(store: SQLiteStore) -> None:
    volume, people = store.quantities(dimension="volume")[0], store.quantities(dimension="count")[0]
    assert (volume.si_value, volume.si_unit, volume.published) == (7.4e10, "m ** 3", "2022-07-20")
    assert (people.counted, people.currency, people.article_id) == ("people", None, "aid")


def test_store_checks_by_status_and_kind(store: SQLiteStore) -> None:
    rows = store.checks(status="inconsistent")
    assert [(r.article_id, r.kind) for r in rows] == [
        ("aid", "weekday_date"),
        ("dam", "unit_conversion"),
    ]
    (conversion,) = store.checks(kind="unit_conversion")
    assert conversion.spans == "about 2,000 miles · 950 km"
    assert store.checks(status="consistent") == []


def test_store_quantities_and_checks_stored_once(store: SQLiteStore) -> None:
    again = store.add([(store.article("dam"), "h-dam-again")])
    assert again.duplicates == 1
    assert len(store.quantities()) == 6
    assert len(store.checks()) == 2


def test_store_migration_fills_quantities_and_checks_of_older_stores(store: SQLiteStore) -> None:
    path = store.path
    before = (store.quantities(), store.checks())
    undo_migrations(store.db, down_to=3)
    store.db.executescript("DROP TABLE quantities; DROP TABLE checks;")
    store.close()
    reopened = open_store(path)
    assert (reopened.quantities(), reopened.checks()) == before
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM quantities").fetchone()[0] == 6
