"""``dateline ingest --workers 1`` beside ``--workers 2`` on the same distinct articles.

    python benchmarks/ingest_parallel.py [--articles 2000] [--out /tmp/dateline-parallel]

The PolNeAR texts of ../shared/data are written out as ``--articles`` distinct files (each
copy ends with its own line, so none is a duplicate), and each side ingests all of them
into a store of its own, with the real command. It prints seconds, articles per second and
peak memory of each side, and the speedup the second worker gives.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear-dev" / "text"
PEAK = (
    "import resource, subprocess, sys;"
    " subprocess.run(sys.argv[1:], check=True, capture_output=True);"
    " print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)"
)


def write_corpus(folder: Path, count: int) -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted(DATA.glob("*.txt"))]
    folder.mkdir(parents=True)
    for number in range(count):
        body = texts[number % len(texts)] + f"\n\nThis is copy {number} of the article.\n"
        (folder / f"{number:05d}.txt").write_text(body, encoding="utf-8")


def ingest(corpus: Path, db: Path, workers: int) -> dict[str, float]:
    command = [str(Path(sys.executable).parent / "dateline"), "ingest", "--db", str(db)]
    command += ["--workers", str(workers), str(corpus)]
    began = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", PEAK, *command], capture_output=True, text=True, check=True
    )
    seconds = time.perf_counter() - began
    return {"seconds": round(seconds, 1), "peak_mib": round(float(result.stdout), 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/dateline-parallel"))
    args = parser.parse_args()
    if not DATA.is_dir():
        sys.exit(f"skipped: {DATA} is absent")
    shutil.rmtree(args.out, ignore_errors=True)
    corpus = args.out / "corpus"
    write_corpus(corpus, args.articles)
    sides = {workers: ingest(corpus, args.out / f"w{workers}.db", workers) for workers in (1, 2)}
    for side in sides.values():
        side["articles_per_second"] = round(args.articles / side["seconds"], 2)
    report = {
        "articles": args.articles,
        "workers_1": sides[1],
        "workers_2": sides[2],
        "speedup": round(sides[1]["seconds"] / sides[2]["seconds"], 2),
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
