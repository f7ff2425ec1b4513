"""End-to-end: the real ``dateline ingest`` and ``dateline serve`` commands, over HTTP."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

DATELINE = str(Path(sys.executable).parent / "dateline")
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "server"
TOKEN = "e2e-token"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fetch(
    url: str, *, data: dict[str, str] | None = None, token: str | None = None
) -> tuple[int, str]:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    body = json.dumps(data).encode() if data is not None else None
    request = urllib.request.Request(url, data=body, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("serve") / "store.db"
    ingest = subprocess.run(
        [DATELINE, "ingest", "--db", str(db), "--workers", "1", str(FIXTURES / "wire.jsonl")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "ingested 4" in ingest.stdout, ingest.stderr
    port = free_port()
    process = subprocess.Popen(
        [
            DATELINE,
            "serve",
            "--db",
            str(db),
            "--port",
            str(port),
            "--workers",
            "2",
            "--allow-ingest",
        ],
        env={**os.environ, "DATELINE_TOKEN": TOKEN},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                fetch(base + "/api/v1/overview")
                break
            except OSError:
                time.sleep(0.25)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_server_e2e_serves_pages_and_api(server: str) -> None:
    status, page = fetch(server + "/")
    assert status == 200 and "<h1>The store</h1>" in page
    status, body = fetch(server + "/api/v1/search?q=Kharkiv")
    assert status == 200
    assert json.loads(body)["items"][0]["article_id"] == "srv-2022-03-kyiv"
    status, body = fetch(server + "/api/v1/articles/unknown-id")
    assert status == 404 and json.loads(body)["error"]["code"] == "E301"


def test_server_e2e_answers_concurrent_clients(server: str) -> None:
    paths = ["/api/v1/articles/srv-2022-03-kyiv", "/entities/Russia", "/api/v1/search?q=Turkey"]
    with ThreadPoolExecutor(max_workers=12) as pool:
        statuses = list(pool.map(lambda n: fetch(server + paths[n % 3])[0], range(48)))
    assert statuses == [200] * 48


def test_server_e2e_ingests_with_the_token_only(server: str) -> None:
    posted = {"text": "Kenya and Uganda signed a trade deal in Nairobi on Friday, officials said."}
    status, _ = fetch(server + "/api/v1/articles", data=posted)
    assert status == 401
    status, body = fetch(server + "/api/v1/articles", data=posted, token=TOKEN)
    assert status == 201
    article_id = json.loads(body)["id"]
    status, body = fetch(server + f"/api/v1/articles/{article_id}")
    assert status == 200 and "Nairobi" in json.loads(body)["article"]["text"]


def test_server_e2e_refuses_ingest_without_a_token(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    subprocess.run([DATELINE, "ingest", "--db", str(db), str(FIXTURES / "wire.jsonl")], timeout=300)
    refused = subprocess.run(
        [DATELINE, "serve", "--db", str(db), "--allow-ingest"],
        capture_output=True,
        text=True,
        timeout=60,
        env={k: v for k, v in os.environ.items() if k != "DATELINE_TOKEN"},
    )
    assert refused.returncode == 2
    assert "--allow-ingest needs a token for writes: set DATELINE_TOKEN" in refused.stderr
