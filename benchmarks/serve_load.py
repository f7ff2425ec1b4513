"""Load on the workbench: ``dateline serve --workers 2`` over a large store, many clients.

    python benchmarks/serve_load.py [--size 100000] [--clients 20] [--requests 400]

Builds (or reuses) a store of ``--size`` articles the way ``store_scale.py`` does (real
analyses of the shared texts, inserted as varied copies), starts the real server on loopback
with two workers, and has ``--clients`` concurrent clients (threads with keep-alive
connections) send ``--requests`` requests of each kind (search, article, entity, events,
relations, and the article and entity pages), bounded by ``--seconds`` a kind. Reports
requests per second and the p50 / p95 / p99 latency of each kind, and the errors (any
status but 200). Not a timed test: the clients share the machine's cores with the server.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store_scale import DATA, fill, real_analyses

from dateline.store import open_store

DATELINE = str(Path(sys.executable).parent / "dateline")
SEARCH_WORDS = [
    "election", "president", "police", "court", "minister", "protest", "economy", "war",
    "Trump", "Clinton", "Russia", "China", "vote", "health", "trade", "border", "tax",
]  # fmt: skip


def build(db: Path, size: int, cache: Path, batch: int) -> None:
    if db.exists():
        with open_store(db, readonly=True) as store:
            if store.count() >= size:
                return
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    base = real_analyses(cache)
    with open_store(db) as store:
        for start in range(0, size, 10_000):
            cost = fill(store, base, start, min(size, start + 10_000), batch)
            print(f"built {min(size, start + 10_000):,} articles ({cost:.1f} ms each)", flush=True)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def get(connection: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    connection.request("GET", path)
    response = connection.getresponse()
    return response.status, response.read()


def run_kind(
    port: int, paths: Callable[[random.Random], str], clients: int, requests: int, seconds: float
) -> dict[str, object]:
    """``requests`` requests spread over ``clients`` threads; latency of each in ms."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds
    per_client = max(1, requests // clients)

    def client(seed: int) -> None:
        chooser = random.Random(seed)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        for _ in range(per_client):
            if time.perf_counter() > deadline:
                break
            path = paths(chooser)
            began = time.perf_counter()
            try:
                status, _ = get(connection, path)
            except (OSError, http.client.HTTPException) as exc:
                status = 0
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                with lock:
                    errors.append(f"{path}: {exc}")
            spent = 1000 * (time.perf_counter() - began)
            with lock:
                latencies.append(spent)
                if status not in {0, 200}:
                    errors.append(f"{path}: {status}")

    began = time.perf_counter()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    ordered = sorted(latencies)

    def pct(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))], 1)

    return {
        "requests": len(latencies),
        "per_s": round(len(latencies) / elapsed, 1),
        "p50_ms": round(statistics.median(ordered), 1),
        "p95_ms": pct(0.95),
        "p99_ms": pct(0.99),
        "errors": len(errors),
        "first_errors": errors[:3],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/dateline-serve"))
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args()
    if not (DATA / "polnear-dev" / "text").is_dir():
        print(f"skipped: {DATA / 'polnear-dev' / 'text'} is absent")
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    db = args.out / f"serve-{args.size}.db"
    build(db, args.size, args.out / "analyses.jsonl.gz", args.batch)
    with open_store(db, readonly=True) as store:
        people = [e.name for e in store.entities(type="PERSON", limit=200)]
        places = [e.name for e in store.entities(type="GPE", limit=60)]
        articles = store.count()
    port = free_port()
    server = subprocess.Popen(
        [DATELINE, "serve", "--db", str(db), "--port", str(port), "--workers", "2"],
        env={**os.environ},
        stdout=subprocess.DEVNULL,
    )
    try:
        for _ in range(240):
            try:
                get(http.client.HTTPConnection("127.0.0.1", port, timeout=5), "/api/v1/overview")
                break
            except OSError:
                time.sleep(0.25)
        kinds: dict[str, Callable[[random.Random], str]] = {
            "search": lambda r: "/api/v1/search?q=" + quote(r.choice(SEARCH_WORDS)),
            "article": lambda r: f"/api/v1/articles/scale-{r.randrange(articles)}",
            "entity": lambda r: "/api/v1/entities/" + quote(r.choice(people)) + "?limit=50",
            "events": lambda r: "/api/v1/events?actor=" + quote(r.choice(people + places)),
            "relations": lambda r: "/api/v1/relations?a={}&b={}".format(
                *map(quote, r.sample(places, 2))
            ),
            "article page": lambda r: f"/articles/scale-{r.randrange(articles)}",
            "entity page": lambda r: "/entities/" + quote(r.choice(people)),
        }
        results = {}
        for name, paths in kinds.items():
            run_kind(port, paths, args.clients, args.clients * 2, args.seconds)  # warm-up
            results[name] = run_kind(port, paths, args.clients, args.requests, args.seconds)
            print(json.dumps({name: results[name]}), flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(f"\n{articles:,} articles, {args.clients} clients, server with 2 workers\n")
    print("| request | per s | p50 ms | p95 ms | p99 ms | errors |\n|---|---|---|---|---|---|")
    for name, row in results.items():
        print(
            f"| {name} | {row['per_s']} | {row['p50_ms']} | {row['p95_ms']} | {row['p99_ms']}"
            f" | {row['errors']} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
