"""The store at corpus size: insert cost, size, query latency and export, from 10,000 articles up.

    python benchmarks/store_scale.py [--sizes 10000 100000 1000000] [--out /tmp/scale]

Real analyses of the texts in ../shared/data (the PolNeAR articles and the extraction
benchmark's pages) are made once; the store is then filled with varied copies of them
through the store's own API: new ids, bodies made distinct, and each copy's people renamed
from a pool of thousands of names, so that the canonical tables grow as a real corpus's
would. At each size it reports insert milliseconds per article (batched, linking included,
the analysis not), store bytes per article, the median and p95 of every query as a store
call and of its CLI command with the default page, and the time and peak memory of a
Parquet export. It prints one JSON object a size and a Markdown table at the end.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from dateline.ingest import RawDocument
from dateline.model import Analysis
from dateline.nlp import load_pipeline
from dateline.pipeline import AnalyzeOptions, analyze_batch
from dateline.settings import DEFAULT_MODEL
from dateline.store import SQLiteStore, open_store

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
GIVEN = [
    "Ana",
    "Omar",
    "Lena",
    "Raj",
    "Tomas",
    "Yuki",
    "Ines",
    "Kofi",
    "Mira",
    "Pavel",
    "Sara",
    "Juan",
    "Aiko",
    "Femi",
    "Nora",
    "Ivan",
    "Leila",
    "Chen",
    "Amara",
    "Diego",
    "Hana",
    "Kwame",
    "Elif",
    "Marek",
    "Zara",
    "Tariq",
    "Olga",
    "Ravi",
    "Siobhan",
    "Mateo",
]
FAMILY = [
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Haddad",
    "Novak",
    "Costa",
    "Mensah",
    "Kowalski",
    "Nguyen",
    "Petrov",
    "Silva",
    "Yilmaz",
    "Fischer",
    "Osei",
    "Kaur",
    "Dubois",
    "Rossi",
    "Alvarez",
    "Sato",
    "Jansen",
    "Baptiste",
    "Horvath",
    "Mwangi",
    "Abadi",
    "Larsen",
    "Quispe",
    "Farouk",
    "Ibarra",
    "Varga",
    "Achebe",
    "Lund",
    "Morales",
    "Takahashi",
    "Boateng",
    "Ekstrom",
]
WORLDS = 40  # each copy's people come from one of this many renamings of the originals


def real_analyses(cache: Path) -> list[Analysis]:
    if cache.exists():
        with gzip.open(cache, "rt", encoding="utf-8") as handle:
            return [Analysis.model_validate_json(line) for line in handle]
    raws: list[RawDocument | object] = []
    for path in sorted((DATA / "polnear-dev" / "text").glob("*.txt")):
        raws.append(RawDocument(origin=str(path), kind="text", content=path.read_text()))
    for path in sorted((DATA / "article-extraction-benchmark" / "html").glob("*.html.gz")):
        html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        raws.append(RawDocument(origin=str(path), kind="html", content=html))
    nlp = load_pipeline(DEFAULT_MODEL)
    results = analyze_batch(raws, nlp, AnalyzeOptions())  # type: ignore[arg-type]
    analyses = [r for r in results if isinstance(r, Analysis)]
    with gzip.open(cache, "wt", encoding="utf-8") as handle:
        for analysis in analyses:
            handle.write(analysis.to_json() + "\n")
    return analyses


def _pool_name(name: str, world: int) -> str:
    digest = int(hashlib.sha1(f"{world}|{name}".encode()).hexdigest(), 16)
    return f"{GIVEN[digest % len(GIVEN)]} {FAMILY[(digest // 97) % len(FAMILY)]}"


def varied(base: list[Analysis], start: int, count: int) -> Iterator[Analysis]:
    """Copies ``start`` .. ``start + count`` of the real analyses, each its own article."""
    for number in range(start, start + count):
        original = base[number % len(base)]
        world = (number // len(base)) % WORLDS
        entities, renamed_by_id = [], {}
        for entity in original.entities:
            if entity.type == "PERSON" and " " in entity.name:
                renamed = _pool_name(entity.name, world)
                surname = renamed.split()[-1]
                aliases = [surname if " " not in a else renamed for a in entity.aliases]
                entity = entity.model_copy(update={"name": renamed, "aliases": aliases})
                renamed_by_id[entity.id] = renamed
            entities.append(entity)
        quotes = [
            q.model_copy(update={"speaker_name": renamed_by_id[q.speaker_entity]})
            if q.speaker_entity in renamed_by_id
            else q
            for q in original.quotes
        ]
        article = original.article.model_copy(
            update={
                "id": f"scale-{number}",
                "origin": f"scale/{number}.txt",
                "text": original.article.text + f"\n\n(copy {number})",
                "published": f"20{10 + number % 15:02d}-{number % 12 + 1:02d}-{number % 28 + 1:02d}",
            }
        )
        yield original.model_copy(
            update={"article": article, "entities": entities, "quotes": quotes}
        )


def fill(store: SQLiteStore, base: list[Analysis], start: int, end: int, batch: int) -> float:
    """Insert copies ``start`` .. ``end``; returns milliseconds per article of the store's
    own work (linking and writing), the copies being made outside the clock."""
    spent = 0.0
    for first in range(start, end, batch):
        copies = [(a, None) for a in varied(base, first, min(batch, end - first))]
        began = time.perf_counter()
        store.add(copies)
        spent += time.perf_counter() - began
    return 1000 * spent / max(1, end - start)


def latency(call: Callable[[], object], rounds: int) -> tuple[float, float]:
    times = []
    for _ in range(rounds):
        began = time.perf_counter()
        call()
        times.append(1000 * (time.perf_counter() - began))
    times.sort()
    return round(statistics.median(times), 2), round(times[int(0.95 * (len(times) - 1))], 2)


def split_names(store: SQLiteStore) -> int:
    """Full names of people that more than one canonical entity goes by (should be none:
    a name in the fixture corpus is one person's)."""
    return len(
        store.db.execute(
            "SELECT name FROM canonical_entities WHERE grp = 'PERSON' AND name LIKE '% %'"
            " GROUP BY name HAVING count(*) > 1"
        ).fetchall()
    )


def store_queries(store: SQLiteStore) -> dict[str, Callable[[], object]]:
    chance = random.Random(7)
    people = [f"{g} {f}" for g in GIVEN for f in FAMILY]
    ids = [row[0] for row in store.db.execute("SELECT id FROM articles LIMIT 200")]

    def pick(values: list[str]) -> str:
        return chance.choice(values)

    return {
        "search": lambda: store.search(pick(["election", "Clinton", "tax OR tariff", "police"])),
        "show ARTICLE_ID": lambda: store.article(pick(ids)),
        "show entity": lambda: store.entity(pick(people), limit=50),
        "entities": lambda: store.entities(limit=50),
        "quotes --speaker": lambda: store.quotes(speaker=pick(FAMILY), limit=50),
        "events --actor": lambda: store.events(actor=pick(people), limit=50),
        "events --type": lambda: store.events(type="ACCUSE", limit=50),
        "relations": lambda: store.relations(pick(people), pick(people)),
        "quantities --min": lambda: store.quantities(at_least=1e9, limit=50),
        "checks": lambda: store.checks(status="inconsistent", limit=50),
    }


CLI_QUERIES = {
    "search": ["search", "election"],
    "show ARTICLE_ID": ["show", "scale-5"],
    "show entity": ["show", "entity", "Ana Okafor"],
    "entities": ["entities"],
    "quotes --speaker": ["quotes", "--speaker", "Okafor"],
    "events --actor": ["events", "--actor", "Ana Okafor"],
    "relations": ["relations", "Ana Okafor", "Omar Lindqvist"],
    "quantities --min": ["quantities", "--min", "1e9"],
}


def cli(db: Path, args: list[str], rounds: int) -> tuple[float, float]:
    command = [str(Path(sys.executable).parent / "dateline"), *args, "--db", str(db)]
    if args[0] == "show" and args[1] == "entity":
        command = [command[0], "show", "--db", str(db), "entity", *args[2:]]
    env = {**os.environ, "NO_COLOR": "1"}
    return latency(
        lambda: subprocess.run(command, capture_output=True, check=False, env=env), rounds
    )


def export(db: Path, out: Path) -> tuple[float, float]:
    """Seconds and peak RSS (MiB) of ``dateline export --format parquet``."""
    command = [str(Path(sys.executable).parent / "dateline"), "export", "--db", str(db)]
    script = (
        "import resource, subprocess, sys, time; t = time.perf_counter();"
        " subprocess.run(sys.argv[1:], check=True, capture_output=True);"
        " print(time.perf_counter() - t,"
        " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, *command, "--format", "parquet", str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, peak = result.stdout.split()
    return round(float(seconds), 1), round(float(peak), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--out", type=Path, default=Path("/tmp/dateline-scale"))
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--cli-rounds", type=int, default=3)
    parser.add_argument(
        "--export-sizes", type=int, nargs="*", help="sizes to export at (default: every size)"
    )
    parser.add_argument(
        "--curve-every", type=int, default=50_000, help="print the insert cost this often"
    )
    args = parser.parse_args()
    if not (DATA / "polnear-dev" / "text").is_dir():
        sys.exit(f"skipped: {DATA / 'polnear-dev' / 'text'} is absent")
    args.out.mkdir(parents=True, exist_ok=True)
    base = real_analyses(args.out / "analyses.jsonl.gz")
    db = args.out / "scale.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    rows = []
    stored = 0
    with open_store(db) as store:
        for size in sorted(args.sizes):
            # The cost of the last 2,000 inserts before the size is reached is its figure.
            for start in range(stored, max(stored, size - 2000), args.curve_every):
                end = min(start + args.curve_every, max(stored, size - 2000))
                cost = fill(store, base, start, end, args.batch)
                print(
                    json.dumps({"articles": end, "insert_ms_per_article": round(cost, 2)}),
                    flush=True,
                )
            insert_ms = fill(store, base, max(stored, size - 2000), size, args.batch)
            stored = size
            store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            size_bytes = db.stat().st_size
            with open_store(db, readonly=True) as reader:
                queries = {
                    name: latency(call, args.rounds) for name, call in store_queries(reader).items()
                }
            row = {
                "articles": size,
                "analyses": len(base),
                "insert_ms_per_article": round(insert_ms, 2),
                "bytes_per_article": size_bytes // size,
                "split_names": split_names(store),
                "store_ms": {k: {"median": m, "p95": p} for k, (m, p) in queries.items()},
                "cli_ms": {
                    k: dict(zip(("median", "p95"), cli(db, v, args.cli_rounds), strict=True))
                    for k, v in CLI_QUERIES.items()
                },
                "export_s_and_peak_mib": export(db, args.out / f"parquet-{size}")
                if args.export_sizes is None or size in args.export_sizes
                else None,
                "bench_peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            }
            rows.append(row)
            print(json.dumps(row), flush=True)
    print_table(rows)


def print_table(rows: list[dict[str, object]]) -> None:
    sizes = [f"{r['articles']:,}" for r in rows]
    print("\n| | " + " | ".join(sizes) + " |\n|---|" + "---|" * len(rows))
    print(
        "| insert, ms per article | "
        + " | ".join(str(r["insert_ms_per_article"]) for r in rows)
        + " |"
    )
    print(
        "| store, bytes per article | "
        + " | ".join(f"{r['bytes_per_article']:,}" for r in rows)
        + " |"
    )
    print(
        "| full names split over several canonicals | "
        + " | ".join(str(r["split_names"]) for r in rows)
        + " |"
    )
    for name in rows[0]["store_ms"]:  # type: ignore[attr-defined]
        cells = [
            "{median} / {p95}".format(**r["store_ms"][name])  # type: ignore[index]
            for r in rows
        ]
        print(f"| `{name}`, store ms median / p95 | " + " | ".join(cells) + " |")
    for name in rows[0]["cli_ms"]:  # type: ignore[attr-defined]
        cells = ["{median} / {p95}".format(**r["cli_ms"][name]) for r in rows]  # type: ignore[index]
        print(f"| `dateline {name}`, ms median / p95 | " + " | ".join(cells) + " |")
    cells = [
        f"{r['export_s_and_peak_mib'][0]} s, {r['export_s_and_peak_mib'][1]} MiB"  # type: ignore[index]
        if r["export_s_and_peak_mib"]
        else "not run"
        for r in rows
    ]
    print("| `export --format parquet`, time and peak RSS | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
