"""The REST API over a real store filled by ingesting the project's own fixture articles."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dateline.errors import UsageError
from dateline.server import ServerSettings, create_app
from dateline.server.api import MAX_LIMIT, decode_cursor, encode_cursor
from dateline.store import open_store

TOKEN = "s3cret-token-for-tests"


@pytest.fixture
def db(server_db: str, tmp_path: Path) -> str:
    """A copy of the server store that a test may write into."""
    copy = tmp_path / "store.db"
    shutil.copy(server_db, copy)
    return str(copy)


@pytest.fixture(scope="module")
def client(server_db: str) -> TestClient:
    return TestClient(create_app(ServerSettings(db=server_db)))


def test_server_api_overview_counts_the_store(client: TestClient) -> None:
    body = client.get("/api/v1/overview").json()
    assert body["counts"]["articles"] == 8
    assert body["counts"]["failures"] == 1
    assert ["2022-04", 4] in body["months"]
    assert body["sources"][0] == ["Example Wire", 5]


def test_server_api_search_marks_words_and_filters(client: TestClient) -> None:
    hits = client.get("/api/v1/search", params={"q": "Kharkiv"}).json()["items"]
    assert hits[0]["article_id"] == "srv-2022-03-kyiv"
    assert "[Kharkiv]" in hits[0]["snippet"]
    early_april = client.get(
        "/api/v1/search",
        params={"q": "Turkish OR Turkey", "since": "2022-04-01", "until": "2022-04-14"},
    ).json()["items"]
    assert {h["article_id"] for h in early_april} == {"srv-2022-04-talks"}
    harbour = client.get("/api/v1/search", params={"q": "Turkey", "source": "Harbour Daily"})
    assert {h["article_id"] for h in harbour.json()["items"]} == {"srv-2022-04-grain"}
    newest = client.get("/api/v1/search", params={"q": "Turkey OR Turkish", "sort": "date"})
    days = [h["published"] for h in newest.json()["items"] if h["where"] == "article"]
    assert days == sorted(days, reverse=True)


def test_server_api_article_record_and_unknown_id(client: TestClient) -> None:
    record = client.get("/api/v1/articles/srv-2022-03-kyiv").json()
    assert record["article"]["title"].startswith("Russia shells Kharkiv")
    assert any(q["speaker_name"] == "Volodymyr Zelenskiy" for q in record["quotes"])
    missing = client.get("/api/v1/articles/nope-1234")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "E301"
    assert "nope-1234" in missing.json()["error"]["message"]


def test_server_api_entity_with_its_events_and_quotes(client: TestClient) -> None:
    body = client.get("/api/v1/entities/Zelenskiy").json()
    assert body["name"] == "Volodymyr Zelenskiy"
    assert [q["content"] for q in body["quotes"]] == ["We need air defence now, not next month"]
    russia = client.get("/api/v1/entities/Russia").json()
    assert any(e["type"] == "ASSAULT" for e in russia["events"])
    assert client.get("/api/v1/entities/Nobody%20Atall").status_code == 404


def test_server_api_entities_paginate_with_a_cursor(client: TestClient) -> None:
    first = client.get("/api/v1/entities", params={"limit": 3}).json()
    assert len(first["items"]) == 3 and first["next_cursor"]
    second = client.get("/api/v1/entities", params={"limit": 3, "cursor": first["next_cursor"]})
    names = [e["name"] for e in first["items"] + second.json()["items"]]
    assert len(set(names)) == 6
    everything = client.get("/api/v1/entities", params={"limit": MAX_LIMIT}).json()
    assert everything["next_cursor"] is None
    assert [e["name"] for e in everything["items"][:6]] == names


def test_server_api_entities_of_a_country(client: TestClient) -> None:
    turkish = client.get("/api/v1/entities", params={"country": "tur"}).json()["items"]
    assert turkish and {e["country"] for e in turkish} == {"TUR"}
    assert "Turkey" in {e["name"] for e in turkish}
    people = client.get("/api/v1/entities", params={"country": "TUR", "type": "PERSON"})
    assert {e["type"] for e in people.json()["items"]} == {"PERSON"}


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        ("/api/v1/entities?limit=0", "limit"),
        (f"/api/v1/entities?limit={MAX_LIMIT + 1}", "limit"),
        ("/api/v1/events?since=last-week", "since"),
        ("/api/v1/search", "q"),
        ("/api/v1/search?q=x&sort=random", "sort"),
        ("/api/v1/quotes?cursor=zzz", "cursor"),
        ("/api/v1/relations?a=Russia", "b"),
        ("/api/v1/export/events?format=gdelt&limit=1", None),
        ("/api/v1/export/quotes?format=gdelt", "format"),
    ],
)
def test_server_api_bad_parameters_get_422_naming_them(
    client: TestClient, url: str, parameter: str | None
) -> None:
    response = client.get(url)
    if parameter is None:  # an unknown parameter is ignored, as HTTP APIs do
        assert response.status_code == 200
        return
    assert response.status_code == 422
    assert response.json()["error"]["message"].startswith(f"{parameter}:")


def test_server_api_events_by_actor_and_days(client: TestClient, db: str) -> None:
    items = client.get("/api/v1/events", params={"actor": "Russia"}).json()["items"]
    with open_store(db, readonly=True) as store:
        assert [e["global_id"] for e in items] == [
            e.global_id for e in store.events(actor="Russia", limit=50)
        ]
    told = {(e["trigger"], e["sources"][0]["name"], len(e["targets"])) for e in items}
    assert {("shelled", "Russia", 1), ("accused", "Ukraine", 1)} <= told
    april = client.get("/api/v1/events", params={"since": "2022-04-01", "until": "2022-04-30"})
    assert {e["day"][:7] for e in april.json()["items"]} == {"2022-04"}


def test_server_api_events_by_quad_class_modality_and_root(client: TestClient) -> None:
    conflict = client.get("/api/v1/events", params={"quad_class": 4}).json()["items"]
    assert conflict and {e["quad_class"] for e in conflict} == {4}
    assert "shelled" in {e["trigger"] for e in conflict}
    root = client.get("/api/v1/events", params={"cameo": "19", "modality": "reported"})
    assert {(e["cameo"], e["modality"]) for e in root.json()["items"]} == {("19", "reported")}
    month = client.get("/api/v1/events", params={"until": "2022-03"}).json()["items"]
    assert month and max(e["day"] for e in month) <= "2022-03-31"
    assert client.get("/api/v1/events", params={"quad_class": 5}).status_code == 422


def test_server_api_quotes_by_days_and_kind(client: TestClient) -> None:
    april = client.get("/api/v1/quotes", params={"since": "2022-04", "until": "2022-04"})
    days = {q["published"][:7] for q in april.json()["items"]}
    assert days == {"2022-04"}
    direct = client.get("/api/v1/quotes", params={"speaker": "Zelenskiy", "kind": "direct"})
    assert [q["kind"] for q in direct.json()["items"]] == ["direct"]
    indirect = client.get("/api/v1/quotes", params={"speaker": "Zelenskiy", "kind": "indirect"})
    assert indirect.json()["items"] == []


def test_server_api_relations_by_month(client: TestClient) -> None:
    body = client.get("/api/v1/relations", params={"a": "Russia", "b": "Ukraine"}).json()
    assert (body["a"]["name"], body["b"]["name"]) == ("Russia", "Ukraine")
    assert body["months"] and all(m["events"] >= 1 for m in body["months"])


def test_server_api_failures_name_file_and_line(client: TestClient) -> None:
    (failure,) = client.get("/api/v1/failures").json()["items"]
    assert failure["origin"].endswith("wire.jsonl") and failure["line"] == 5
    assert failure["code"] == "E106"


def test_server_api_export_streams_jsonl_csv_and_gdelt(client: TestClient) -> None:
    listed = client.get("/api/v1/events", params={"limit": MAX_LIMIT}).json()["items"]
    lines = client.get("/api/v1/export/events").text.splitlines()
    assert [json.loads(line)["global_id"] for line in lines] == [e["global_id"] for e in listed]
    rows = list(csv.DictReader(io.StringIO(client.get("/api/v1/export/quotes?format=csv").text)))
    assert any(r["speaker_name"] == "Volodymyr Zelenskiy" for r in rows)
    gdelt = client.get("/api/v1/export/events?format=gdelt")
    assert gdelt.headers["content-type"].startswith("text/tab-separated-values")
    first = gdelt.text.splitlines()[0].split("\t")
    assert len(first) == 61 and first[0].isdigit()


def test_server_api_analyze_stores_nothing(client: TestClient) -> None:
    posted = {
        "text": "Russia attacked Ukraine on Monday, officials said.",
        "published": "2022-03-09",
    }
    record = client.post("/api/v1/analyze", json=posted).json()
    assert record["article"]["published"] == "2022-03-09"
    assert any(e["type"] == "ASSAULT" for e in record["events"])
    assert client.get("/api/v1/overview").json()["counts"]["articles"] == 8
    bad_date = client.post("/api/v1/analyze", json={"text": "x", "published": "yesterday"})
    assert bad_date.status_code == 422
    assert bad_date.json()["error"]["message"].startswith("published:")
    assert client.post("/api/v1/analyze", json={"text": ""}).status_code == 422


def test_server_api_writes_need_allow_ingest_and_the_token(db: str) -> None:
    posted = {"text": "Kenya and Uganda signed a trade deal in Nairobi on Friday.", "id": "x"}
    read_only = TestClient(create_app(ServerSettings(db=db)))
    assert read_only.post("/api/v1/articles", json=posted).status_code == 403
    writable = TestClient(create_app(ServerSettings(db=db, allow_ingest=True, token=TOKEN)))
    assert writable.post("/api/v1/articles", json=posted).status_code == 401
    wrong = {"Authorization": "Bearer not-the-token"}
    assert writable.post("/api/v1/articles", json=posted, headers=wrong).status_code == 401
    right = {"Authorization": f"Bearer {TOKEN}"}
    made = writable.post("/api/v1/articles", json=posted, headers=right)
    assert made.status_code == 201 and made.json()["ingested"] == 1
    again = writable.post("/api/v1/articles", json=posted, headers=right)
    assert again.json()["duplicates"] == 1
    assert writable.get(f"/api/v1/articles/{made.json()['id']}").status_code == 200
    with pytest.raises(UsageError, match="needs a token"):
        create_app(ServerSettings(db=db, allow_ingest=True))


def test_server_api_headers_openapi_and_docs(client: TestClient) -> None:
    response = client.get("/api/v1/overview")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "access-control-allow-origin" not in response.headers
    spec = client.get("/openapi.json").json()
    assert {"/api/v1/search", "/api/v1/events", "/api/v1/export/{table}"} <= set(spec["paths"])
    docs = client.get("/docs").text
    assert "/vendor/swagger/swagger-ui-bundle.js" in docs and "http" not in docs
    assert client.get("/vendor/swagger/swagger-ui-bundle.js").status_code == 200


def test_server_api_cursor_round_trip() -> None:
    assert decode_cursor(encode_cursor(150)) == 150
    assert decode_cursor(None) == 0
    with pytest.raises(UsageError, match="cursor"):
        decode_cursor("b-1")


def test_server_api_events_by_full_code_and_actor_code(client: TestClient) -> None:
    force = client.get("/api/v1/events", params={"code": "19"}).json()["items"]
    assert force and {e["code"] for e in force} == {"190"}  # "Use conventional military force"
    assert "shelled" in {e["trigger"] for e in force}
    assert client.get("/api/v1/events", params={"code": "1901"}).json()["items"] == []
    kremlin = client.get("/api/v1/events", params={"actor_code": "RUSGOV"}).json()["items"]
    # as source or as target; Moscow, a capital, is its government
    assert {e["trigger"] for e in kremlin} == {"denied", "meet", "host"}
    assert all("RUSGOV" in {a["code"] for a in e["sources"] + e["targets"]} for e in kremlin)
    russian = client.get("/api/v1/events", params={"actor_code": "rus"}).json()["items"]
    assert {"shelled", "denied"} <= {e["trigger"] for e in russian}
    assert client.get("/api/v1/events", params={"code": "1x"}).status_code == 422
