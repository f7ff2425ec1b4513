"""Throughput of the whole analysis beside bare spaCy, side by side in one run, two ways.

    python benchmarks/throughput.py [--data ../shared/data/polnear-dev/text] [--rounds 3]

In-process: the same loaded model over the same texts, ``analyze_stream`` against
``nlp.pipe``. As processes, start-up included: ``dateline analyze --format jsonl`` against a
Python process that loads the same model and runs ``nlp.pipe`` over the same files. Rounds
alternate (bare, whole, bare, whole, ...) so that a noisy shared machine slows both alike;
the figure for each side is its median round. Peak memory is measured in a separate pass with
tracemalloc (Python and NumPy allocations) so that tracing does not slow the timed rounds.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from dateline.ingest import read_paths
from dateline.nlp import load_pipeline
from dateline.pipeline import AnalyzeOptions, analyze_stream
from dateline.settings import Settings

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear-dev" / "text"


def timed(run: Callable[[], int]) -> float:
    start = time.perf_counter()
    count = run()
    return count / (time.perf_counter() - start)


BARE_PROCESS = """
import sys, spacy
from pathlib import Path
nlp = spacy.load(sys.argv[1])
texts = (Path(p).read_text(encoding="utf-8") for p in sys.argv[3:])
print(sum(1 for _ in nlp.pipe(texts, batch_size=int(sys.argv[2]))))
"""


def process_rate(command: list[str], count: int) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return count / (time.perf_counter() - start)


def peak_mib(run: Callable[[], int]) -> float:
    tracemalloc.start()
    run()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / (1024 * 1024)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"skipped: no benchmark texts at {args.data} (the shared evaluation data is absent)")
        return 0
    paths = sorted(str(p) for p in args.data.glob("*.txt"))
    texts = [Path(p).read_text(encoding="utf-8") for p in paths]
    settings = Settings()
    nlp = load_pipeline(settings.model)
    options = AnalyzeOptions()

    def bare() -> int:
        return sum(1 for _ in nlp.pipe(texts, batch_size=settings.batch_size))

    def whole() -> int:
        return sum(1 for _ in analyze_stream(read_paths(paths), options, settings))

    whole()  # warm-up: lexicons, lazy imports, the vocab's first strings
    bare_rates, whole_rates = [], []
    for _ in range(args.rounds):
        bare_rates.append(timed(bare))
        whole_rates.append(timed(whole))
    bare_rate, whole_rate = statistics.median(bare_rates), statistics.median(whole_rates)
    bare_command = [sys.executable, "-c", BARE_PROCESS, settings.model, str(settings.batch_size)]
    whole_command = [str(Path(sys.executable).parent / "dateline"), "analyze", "--format", "jsonl"]
    bare_process, whole_process = [], []
    for _ in range(args.rounds):
        bare_process.append(process_rate([*bare_command, *paths], len(paths)))
        whole_process.append(process_rate([*whole_command, *paths], len(paths)))
    bare_process_rate = statistics.median(bare_process)
    whole_process_rate = statistics.median(whole_process)
    result = {
        "articles": len(texts),
        "words": sum(len(t.split()) for t in texts),
        "model": settings.model,
        "bare_spacy_articles_per_s": round(bare_rate, 2),
        "dateline_articles_per_s": round(whole_rate, 2),
        "ratio": round(whole_rate / bare_rate, 3),
        "bare_spacy_process_articles_per_s": round(bare_process_rate, 2),
        "dateline_process_articles_per_s": round(whole_process_rate, 2),
        "process_ratio": round(whole_process_rate / bare_process_rate, 3),
        "bare_spacy_peak_mib": round(peak_mib(bare), 1),
        "dateline_peak_mib": round(peak_mib(whole), 1),
        "process_max_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    print(json.dumps(result, indent=2))
    print(
        f"{len(texts)} articles: in-process bare spaCy {bare_rate:.1f}/s, Dateline"
        f" {whole_rate:.1f}/s, ratio {whole_rate / bare_rate:.2f}; as processes"
        f" {bare_process_rate:.1f}/s and {whole_process_rate:.1f}/s, ratio"
        f" {whole_process_rate / bare_process_rate:.2f} (target ≥ 0.85 both)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
