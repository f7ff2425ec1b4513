"""Events in the store: the events query, relations month by month, the GDELT export, and
the migration that fills the events tables of a store written before events were stored."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pyarrow.csv as pv
import pytest

from dateline.gdelt import GDELT_EVENT_COLUMNS, export_gdelt_events
from dateline.model import Analysis, Article, Entity, Event, Span
from dateline.store import SQLiteStore, open_store
from tests.conftest import undo_migrations


def span(text: str, word: str) -> Span:
    start = text.index(word)
    return Span(start=start, end=start + len(word), text=word)


def country(text: str, id_: str, name: str, code: str) -> Entity:
    return Entity(id=id_, name=name, type="GPE", country=code, mentions=[span(text, name)])


def article(
    article_id: str, text: str, published: str, events: list[tuple[str, str, str, str, str | None]]
) -> Analysis:
    """``events``: (trigger word, PLOVER type, CAMEO root, source name, target name)."""
    names = {"Turkey": ("TUR"), "Greece": ("GRC"), "Athens": ("GRC")}
    entities = [
        country(text, f"e{i}", name, code)
        for i, (name, code) in enumerate(names.items(), start=1)
        if name in text
    ]
    ids = {e.name: e.id for e in entities}
    goldstein = {"04": 1.0, "05": 3.5, "11": -2.0, "18": -9.0}
    return Analysis(
        article=Article(
            id=article_id,
            origin=f"{article_id}.txt",
            url=f"https://example.org/{article_id}",
            text=text,
            published=published,
        ),
        entities=entities,
        events=[
            Event(
                id=f"v{n}",
                type=type_,
                cameo=cameo,
                quad_class=1 if cameo < "06" else 3 if cameo < "14" else 4,
                goldstein=goldstein[cameo],
                trigger=span(text, trigger),
                sources=[ids[source]],
                targets=[ids[target]] if target else [],
                date=published if n == 1 else None,
                place=ids.get("Athens") if trigger == "met" else None,
                sentence=Span(start=0, end=len(text), text=text),
                mentions=[span(text, trigger)],
            )
            for n, (trigger, type_, cameo, source, target) in enumerate(events, start=1)
        ],
    )


@pytest.fixture
def store(tmp_path: Path) -> SQLiteStore:
    store = open_store(tmp_path / "events.db")
    store.add(
        [
            (
                article(
                    "a1",
                    "Turkey accused Greece. Later Turkey attacked Greece.",
                    "2021-03-10",
                    [
                        ("accused", "ACCUSE", "11", "Turkey", "Greece"),
                        ("attacked", "ASSAULT", "18", "Turkey", "Greece"),
                    ],
                ),
                None,
            ),
            (
                article(
                    "a2",
                    "Turkey and Greece met in Athens. Greece praised Turkey.",
                    "2021-04-02",
                    [
                        ("met", "CONSULT", "04", "Turkey", None),
                        ("praised", "SUPPORT", "05", "Greece", "Turkey"),
                    ],
                ),
                None,
            ),
        ]
    )
    return store


def test_store_events_filtered_by_actor_type_and_day(store: SQLiteStore) -> None:
    assert [(r.day, r.type) for r in store.events()] == [
        ("2021-03-10", "ACCUSE"),
        ("2021-03-10", "ASSAULT"),
        ("2021-04-02", "CONSULT"),
        ("2021-04-02", "SUPPORT"),
    ]
    assert [r.type for r in store.events(actor="Greece", type="support")] == ["SUPPORT"]
    assert [r.type for r in store.events(since="2021-04-01")] == ["CONSULT", "SUPPORT"]
    met = store.events(type="CONSULT")[0]
    assert met.place is not None and (met.place.name, met.place.country) == ("Athens", "GRC")
    assert [(a.name, a.country) for a in met.sources] == [("Turkey", "TUR")]


def test_store_relations_by_month(store: SQLiteStore) -> None:
    rows = store.relations("Turkey", "Greece")
    assert [(r.month, r.events, r.a_to_b, r.b_to_a, r.mean_goldstein) for r in rows] == [
        ("2021-03", 2, 2, 0, -5.5),
        ("2021-04", 1, 0, 1, 3.5),
    ]


def test_store_relations_read_the_same_from_either_side(store: SQLiteStore) -> None:
    rows = store.relations("Greece", "Turkey")
    assert [(r.month, r.events, r.a_to_b, r.b_to_a) for r in rows] == [
        ("2021-03", 2, 0, 2),
        ("2021-04", 1, 1, 0),
    ]
    assert store.relations("Greece", "Greece") == []


def test_store_entity_report_lists_its_events(store: SQLiteStore) -> None:
    report = store.entity("Greece")
    assert [e.trigger for e in report.events] == ["accused", "attacked", "praised"]


def test_store_gdelt_export_reads_back_with_gdelt_columns(
    store: SQLiteStore, tmp_path: Path
) -> None:
    out = tmp_path / "events.tsv"
    assert export_gdelt_events(store.events(), out) == 4
    table = pv.read_csv(
        out,
        read_options=pv.ReadOptions(column_names=list(GDELT_EVENT_COLUMNS)),
        parse_options=pv.ParseOptions(delimiter="\t"),
        convert_options=pv.ConvertOptions(
            column_types={name: "string" for name in GDELT_EVENT_COLUMNS}
        ),
    ).to_pylist()
    assert len(GDELT_EVENT_COLUMNS) == 61
    first = table[0]
    assert (first["SQLDATE"], first["MonthYear"], first["Year"]) == ("20210310", "202103", "2021")
    assert (first["Actor1Name"], first["Actor1CountryCode"]) == ("TURKEY", "TUR")
    assert (first["Actor2Name"], first["Actor2Code"]) == ("GREECE", "GRC")
    assert (first["EventCode"], first["EventBaseCode"], first["EventRootCode"]) == (
        "110",
        "110",
        "11",
    )
    assert (first["QuadClass"], first["GoldsteinScale"]) == ("3", "-2.0")
    assert first["SOURCEURL"] == "https://example.org/a1"
    met = table[2]
    assert (met["ActionGeo_FullName"], met["ActionGeo_Type"]) == ("Athens", "4")
    assert met["Actor2Name"] == ""  # no target: the column is empty, as in GDELT
    assert len({row["GLOBALEVENTID"] for row in table}) == 4


def test_store_migration_fills_events_of_older_stores(store: SQLiteStore) -> None:
    path = store.path
    before = [(r.article_id, r.event_id, r.day, r.is_root) for r in store.events()]
    undo_migrations(store.db, down_to=2)  # a store of migration 2
    store.db.executescript(
        "DROP TABLE event_actors; DROP TABLE events; DROP TABLE quantities; DROP TABLE checks;"
    )
    store.close()
    reopened = open_store(path)
    assert [(r.article_id, r.event_id, r.day, r.is_root) for r in reopened.events()] == before
    assert [r.events for r in reopened.relations("Turkey", "Greece")] == [2, 1]
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM event_actors").fetchone()[0] == 7


def test_store_gdelt_actor_of_no_country_is_coded_as_its_organisation(tmp_path: Path) -> None:
    text = "The United Nations accused Greece."
    un = Entity(id="e1", name="United Nations", type="ORG", mentions=[span(text, "United Nations")])
    greece = country(text, "e2", "Greece", "GRC")
    analysis = Analysis(
        article=Article(id="un", origin="un.txt", text=text, published="2021-03-10"),
        entities=[un, greece],
        events=[
            Event(
                id="v1",
                type="ACCUSE",
                cameo="11",
                quad_class=3,
                goldstein=-2.0,
                trigger=span(text, "accused"),
                sources=["e1"],
                targets=["e2"],
                sentence=Span(start=0, end=len(text), text=text),
            )
        ],
    )
    store = open_store(tmp_path / "un.db")
    store.add([(analysis, None)])
    out = tmp_path / "un.tsv"
    export_gdelt_events(store.events(), out)
    row = dict(zip(GDELT_EVENT_COLUMNS, out.read_text().rstrip("\n").split("\t"), strict=True))
    assert (row["Actor1Code"], row["Actor1KnownGroupCode"], row["Actor1Type1Code"]) == (
        "IGOUNO",
        "UNO",
        "IGO",
    )
    assert (row["Actor1CountryCode"], row["Actor2Code"]) == ("", "GRC")


def test_store_gdelt_full_code_and_actor_codes(tmp_path: Path) -> None:
    text = "Russian troops shelled Ukrainian army positions."
    russia = country(text, "e1", "Russian", "RUS")
    ukraine = country(text, "e2", "Ukrainian", "UKR")
    analysis = Analysis(
        article=Article(id="sh", origin="sh.txt", text=text, published="2022-03-09"),
        entities=[russia, ukraine],
        events=[
            Event(
                id="v1",
                type="ASSAULT",
                cameo="19",
                cameo_code="194",
                quad_class=4,
                goldstein=-10.0,
                trigger=span(text, "shelled"),
                sources=["e1"],
                targets=["e2"],
                actor_codes={"e1": "RUSMIL", "e2": "UKRMILREB"},
                sentence=Span(start=0, end=len(text), text=text),
            )
        ],
    )
    store = open_store(tmp_path / "sh.db")
    store.add([(analysis, None)])
    (row,) = store.events(code="194")
    assert (row.code, row.sources[0].code, row.targets[0].code) == ("194", "RUSMIL", "UKRMILREB")
    assert [r.event_id for r in store.events(code="19")] == ["v1"]
    assert [r.event_id for r in store.events(actor_code="UKR")] == ["v1"]
    assert store.events(actor_code="UKRMIL") == []  # a full code names itself only
    out = tmp_path / "sh.tsv"
    export_gdelt_events(store.events(), out)
    gdelt = dict(zip(GDELT_EVENT_COLUMNS, out.read_text().rstrip("\n").split("\t"), strict=True))
    assert (gdelt["EventCode"], gdelt["EventBaseCode"], gdelt["EventRootCode"]) == (
        "194",
        "194",
        "19",
    )
    assert (gdelt["Actor1Code"], gdelt["Actor1CountryCode"], gdelt["Actor1Type1Code"]) == (
        "RUSMIL",
        "RUS",
        "MIL",
    )
    assert (gdelt["Actor2Type1Code"], gdelt["Actor2Type2Code"]) == ("MIL", "REB")
