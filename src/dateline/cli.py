"""The ``dateline`` command: parses options and calls plain library functions."""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import sys
from collections.abc import Callable, Sequence
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeRemainingColumn,
)

from dateline.dates import parse_published
from dateline.errors import DatelineError, InputError, UsageError
from dateline.model import json_schema
from dateline.printable import one_line
from dateline.render import (
    Render,
    render_analysis,
    render_checks,
    render_entities,
    render_entity_report,
    render_events,
    render_failures,
    render_hits,
    render_quantities,
    render_quotes,
    render_relations,
)
from dateline.settings import TOKEN_ENV, Settings, default_db_path
from dateline.store import SQLiteStore, open_store
from dateline.store.connection import store_error

if TYPE_CHECKING:
    from spacy.language import Language
# What reads, parses or exports is imported by the command that needs it: a query starts
# without spaCy or pyarrow.

EXIT_OK, EXIT_FAILED_INPUT, EXIT_USAGE = 0, 1, 2
# Rows a listing shows unless --limit says otherwise, and how far past a page it counts on.
PAGE = 50
CAMEO_CODE_RE = re.compile(r"\d{2,4}")
ACTOR_CODE_RE = re.compile(r"[A-Z]{3}(?:[A-Z]{3})*")
LANGUAGE_CODE_RE = re.compile(r"[a-z]{2,3}")
MORE_COUNTED = 1000
# Evaluation data sits beside the checkout: ../shared/data.
DEFAULT_DATA = Path.cwd().parent / "shared" / "data"
Figures = list[dict[str, float | int | str]]


def _evaluate_quotes(args: argparse.Namespace, nlp: Language) -> Figures | None:
    from dateline.evaluate.quotes import evaluate_quotes

    return evaluate_quotes(args.polnear, nlp) if (args.polnear / "attributions").is_dir() else None


def _evaluate_entities(args: argparse.Namespace, nlp: Language) -> Figures | None:
    from dateline.evaluate.entities import evaluate_entities

    present = (args.meantime / "intra_cross-doc_annotation").is_dir()
    return evaluate_entities(args.meantime, nlp) if present else None


def _evaluate_times(args: argparse.Namespace, nlp: Language) -> Figures | None:
    from dateline.evaluate.times import evaluate_times

    return evaluate_times(nlp, timeml=args.timeml, meantime=args.meantime) or None


def _evaluate_quantities(args: argparse.Namespace, nlp: Language) -> Figures | None:
    from dateline.evaluate.quantities import evaluate_quantities

    rows = evaluate_quantities(nlp, quantulum=args.quantulum, meantime=args.meantime)
    return rows if any("corpus" in row for row in rows) else None


def _evaluate_events(args: argparse.Namespace, nlp: Language) -> Figures | None:
    from dateline.evaluate.events import evaluate_events, event_volume

    if not args.plover.is_file():
        return None
    rows = evaluate_events(args.plover, nlp)
    if (args.meantime / "intra_cross-doc_annotation").is_dir():
        from dateline.evaluate.meantime_events import evaluate_meantime_events

        rows += evaluate_meantime_events(args.meantime, nlp)
    if (args.polnear / "text").is_dir():
        rows.append(event_volume(args.polnear / "text", nlp, sample=args.sample))
    return rows


EVALUATIONS: dict[str, Callable[[argparse.Namespace, Language], Figures | None]] = {
    "quotes": _evaluate_quotes,
    "entities": _evaluate_entities,
    "times": _evaluate_times,
    "quantities": _evaluate_quantities,
    "events": _evaluate_events,
}


SEARCH_HELP = """Full-text search of articles and quotes.

  Geneva talks        both words (in any order)
  "grain deal"        the words together
  Kyiv OR Odesa       either
  -Macron             leave out what names him (a word may start with "-")
  minist*             words that start so
  title:corridor      in titles only

Anything else (NEAR, AND, NOT, brackets, colons) is read as text."""
# Options of "dateline search" that take a value; every other word is search text.
_SEARCH_VALUE_OPTIONS = {"--db", "--limit", "--language"}


def _search_argv(argv: list[str]) -> list[str]:
    """``search`` arguments with the text after ``--``, so that "-Macron" is a word to leave
    out, not an option argparse does not know."""
    options: list[str] = []
    text: list[str] = []
    words = iter(argv[1:])
    for word in words:
        if word == "--":
            text.extend(words)
        elif word in _SEARCH_VALUE_OPTIONS:
            options += [word, next(words, "")]
        elif word.split("=", 1)[0] in _SEARCH_VALUE_OPTIONS or word in {"-h", "--help"}:
            options.append(word)
        else:
            text.append(word)
    return [argv[0], *options, "--", *text]


def _published(value: str) -> str:
    try:
        return parse_published(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _cameo_code(value: str) -> str:
    if not CAMEO_CODE_RE.fullmatch(value.strip()):
        raise argparse.ArgumentTypeError(f"'{value}' is not a CAMEO code such as 19, 031 or 0311")
    return value.strip()


def _actor_code(value: str) -> str:
    code = value.strip().upper()
    if not ACTOR_CODE_RE.fullmatch(code):
        raise argparse.ArgumentTypeError(
            f"'{value}' is not a CAMEO actor code such as RUSGOV, USA or IGOUNO"
        )
    return code


def _language(value: str) -> str:
    code = value.strip().lower()
    if not LANGUAGE_CODE_RE.fullmatch(code):
        raise argparse.ArgumentTypeError(f"'{value}' is not a language code such as en, de or ru")
    return code


def _not_negative(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return number


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dateline", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def with_db(sub: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sub.add_argument(
            "--db", default=None, help="store path (default ./dateline.db or $DATELINE_DB)"
        )
        return sub

    def with_page(sub: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sub.add_argument(
            "--limit", type=_positive, default=PAGE, help=f"rows a page (default {PAGE})"
        )
        sub.add_argument(
            "--offset", type=_not_negative, default=0, help="rows to skip: the page to start at"
        )
        return sub

    def with_reading(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, globs, .gz")
        sub.add_argument(
            "--published", type=_published, help="set or override the publication date"
        )
        sub.add_argument(
            "--verbatim", action="store_true", help="no header parsing and no cleaning"
        )
        sub.add_argument(
            "--language",
            type=_language,
            help="the articles' language (ISO 639-1), instead of detecting each one's",
        )
        sub.add_argument("--batch-size", type=_positive, default=Settings.batch_size)
        sub.add_argument(
            "--follow-links",
            action="store_true",
            help="in directories, follow links that lead outside them too",
        )

    analyze = commands.add_parser("analyze", help="print the analysis record of each article")
    with_reading(analyze)
    analyze.add_argument("--format", choices=["json", "jsonl", "text"], default="json")
    analyze.add_argument("--workers", type=_positive, default=1)

    ingest = with_db(commands.add_parser("ingest", help="analyse articles into the store"))
    with_reading(ingest)
    ingest.add_argument("--workers", type=_positive, default=os.cpu_count() or 1)

    search = with_db(
        commands.add_parser(
            "search",
            help="full-text search of articles and quotes",
            description=SEARCH_HELP,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
    )
    search.add_argument("text", nargs="+", help='words, "phrases", OR, -word, word*, title:word')
    search.add_argument("--limit", type=_positive, default=20)
    search.add_argument("--language", type=_language, help="only articles in this language")

    show = with_db(
        commands.add_parser("show", help="one article with its facts, or 'show entity NAME'")
    )
    show.add_argument("article_id", metavar="ARTICLE_ID | entity")
    show.add_argument("name", nargs="*", help="with 'entity': the entity's name or surname")
    show.add_argument("--format", choices=["text", "json"], default="text")

    quotes = with_db(commands.add_parser("quotes", help="quotes in the store"))
    quotes.add_argument("--speaker", help="full name or surname")
    with_page(quotes)

    entities = with_db(commands.add_parser("entities", help="entities in the store"))
    entities.add_argument("--type", help="PERSON, ORG, GPE, LOC, NORP, EVENT or OTHER")
    entities.add_argument("--country", help="ISO 3166-1 alpha-3 code: RUS, UKR, ...")
    with_page(entities)

    quantities = with_db(commands.add_parser("quantities", help="quantities in the store"))
    quantities.add_argument(
        "--dimension",
        help="length, mass, currency, percentage, count, ..., or identifier: numbers that name",
    )
    quantities.add_argument("--currency", help="ISO 4217 code: USD, EUR, INR, ...")
    quantities.add_argument(
        "--min",
        type=float,
        help="at least this SI value (metres, kilograms), else this value; no identifiers",
    )
    quantities.add_argument(
        "--max", type=float, help="at most this SI value, else this value; no identifiers"
    )
    with_page(quantities)

    checks = with_db(commands.add_parser("checks", help="consistency checks in the store"))
    checks.add_argument("--status", choices=["consistent", "inconsistent"])
    checks.add_argument("--kind", help="unit_conversion or weekday_date")
    with_page(checks)

    export = with_db(commands.add_parser("export", help="export the store"))
    export.add_argument("--format", choices=["jsonl", "parquet", "gdelt-events"], required=True)
    export.add_argument(
        "out", help="a file for jsonl and gdelt-events (tab-separated), a directory for parquet"
    )

    events = with_db(commands.add_parser("events", help="coded events in the store"))
    events.add_argument("--actor", help="an entity's name or surname, as source or target")
    events.add_argument("--type", help="PLOVER event type: CONSULT, ASSAULT, ...")
    events.add_argument("--since", type=_published, help="events from this date (YYYY-MM-DD)")
    events.add_argument(
        "--code", type=_cameo_code, help="a CAMEO code and the codes under it: 19, 031, 0311"
    )
    events.add_argument(
        "--actor-code",
        type=_actor_code,
        help="a CAMEO actor code and the codes it begins: RUSGOV, USA, IGOUNO",
    )
    with_page(events)

    relations = with_db(
        commands.add_parser("relations", help="events between two actors, month by month")
    )
    relations.add_argument("a", metavar="A", help="an entity's name")
    relations.add_argument("b", metavar="B", help="another entity's name")

    evaluate = commands.add_parser("eval", help="score an extractor on public gold data")
    evaluate.add_argument("task", choices=sorted(EVALUATIONS))
    evaluate.add_argument("--polnear", type=Path, default=DEFAULT_DATA / "polnear-dev")
    evaluate.add_argument("--meantime", type=Path, default=DEFAULT_DATA / "meantime-en")
    evaluate.add_argument("--timeml", type=Path, default=DEFAULT_DATA / "tempeval3-train")
    evaluate.add_argument("--quantulum", type=Path, default=DEFAULT_DATA / "quantulum3-tests")
    evaluate.add_argument(
        "--plover", type=Path, default=DEFAULT_DATA / "plover-gsr-dev" / "PLOVER_GSR_CAMEO.dev.json"
    )
    evaluate.add_argument(
        "--sample",
        type=int,
        default=0,
        help="events: also draw this many events from the PolNeAR texts to check by hand",
    )
    evaluate.add_argument(
        "--gate", type=Path, help="fail when a figure is below this file's minimums"
    )

    with_page(with_db(commands.add_parser("failures", help="inputs that could not be ingested")))
    serve = with_db(commands.add_parser("serve", help="browse the store: web pages and a REST API"))
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (loopback)")
    serve.add_argument("--port", type=_positive, default=8080)
    serve.add_argument("--workers", type=_positive, default=1, help="server processes")
    serve.add_argument(
        "--allow-ingest",
        action="store_true",
        help=f"accept POST /api/v1/articles with the bearer token in ${TOKEN_ENV}",
    )
    serve.add_argument(
        "--cors", action="append", default=[], metavar="ORIGIN", help="let this origin read"
    )
    commands.add_parser("schema", help="print the JSON Schema of the analysis record")
    return parser


def _error_line(error: DatelineError) -> str:
    """One line whatever the error holds: a newline or ESC in a file name is shown escaped."""
    return f"dateline: error: {one_line(error.message)} [{error.code}]"


def run_analyze(args: argparse.Namespace, out: Console, err: Console) -> int:
    from dateline.pipeline import AnalyzeOptions
    from dateline.runner import analyze_paths

    options = AnalyzeOptions(
        verbatim=args.verbatim, published=args.published, language=args.language
    )
    settings = Settings(
        batch_size=args.batch_size, workers=args.workers, follow_links=args.follow_links
    )
    results = analyze_paths(args.paths, options=options, settings=settings)
    failed = 0
    head = list(islice(results, 2))
    single = args.format == "json" and len(args.paths) == 1 and len(head) == 1
    for result in chain(head, results):  # each record is written as soon as it is made
        if isinstance(result, InputError):
            failed += 1
            err.print(_error_line(result), markup=False, highlight=False, soft_wrap=True)
        elif args.format == "text":
            render_analysis(result, out)
        else:
            sys.stdout.write(result.to_json(indent=2 if single else None) + "\n")
            sys.stdout.flush()
    return EXIT_FAILED_INPUT if failed else EXIT_OK


def run_ingest(args: argparse.Namespace, out: Console, err: Console) -> int:
    from dateline.ingest.files import count_inputs
    from dateline.pipeline import AnalyzeOptions
    from dateline.runner import ingest_paths

    options = AnalyzeOptions(
        verbatim=args.verbatim, published=args.published, language=args.language
    )
    settings = Settings(
        batch_size=args.batch_size, workers=args.workers, follow_links=args.follow_links
    )
    db_path = args.db or default_db_path()
    with open_store(db_path) as store:
        total = count_inputs(args.paths, follow_links=args.follow_links)
        progress = Progress(
            TextColumn("ingesting"),
            BarColumn(),
            MofNCompleteColumn(),
            TaskProgressColumn(),
            TextColumn("[progress.data.speed]{task.fields[rate]}"),
            TimeRemainingColumn(),
            console=err,
            transient=False,
        )
        with progress:
            task = progress.add_task("ingest", total=total, rate="")

            def advance(n: int) -> None:
                progress.advance(task, n)
                speed = progress.tasks[task].speed
                progress.update(task, rate=f"{speed:.1f} articles/s" if speed else "")

            def report_error(error: InputError) -> None:
                progress.console.print(
                    _error_line(error), markup=False, highlight=False, soft_wrap=True
                )

            report = ingest_paths(
                args.paths,
                store,
                options=options,
                settings=settings,
                on_progress=advance,
                on_error=report_error,
            )
        counts = report.counts
        out.print(
            f"ingested {counts.ingested}, skipped {counts.duplicates} as duplicates, "
            f"failed {counts.failed} · store {db_path} holds {store.count()} articles",
            highlight=False,
            soft_wrap=True,
        )
    return EXIT_FAILED_INPUT if counts.failed else EXIT_OK


Fetch = Callable[[int, int], Sequence[Any]]


def _listing(store: SQLiteStore, args: argparse.Namespace) -> tuple[Fetch, Render, str]:
    """How to fetch a page of this listing command, how to show it, and what none is."""
    if args.command == "quotes":
        return (
            lambda limit, offset: store.quotes(speaker=args.speaker, limit=limit, offset=offset),
            render_quotes,
            "no quotes",
        )
    if args.command == "entities":
        return (
            lambda limit, offset: store.entities(
                type=args.type, country=args.country, limit=limit, offset=offset
            ),
            render_entities,
            "no entities",
        )
    if args.command == "quantities":
        return (
            lambda limit, offset: store.quantities(
                dimension=args.dimension,
                currency=args.currency,
                at_least=args.min,
                at_most=args.max,
                limit=limit,
                offset=offset,
            ),
            render_quantities,
            "no quantities",
        )
    if args.command == "checks":
        return (
            lambda limit, offset: store.checks(
                status=args.status, kind=args.kind, limit=limit, offset=offset
            ),
            render_checks,
            "no checks",
        )
    if args.command == "events":
        return (
            lambda limit, offset: store.events(
                actor=args.actor,
                type=args.type,
                since=args.since,
                code=args.code,
                actor_code=args.actor_code,
                limit=limit,
                offset=offset,
            ),
            render_events,
            "no events",
        )
    return (
        lambda limit, offset: store.failures(limit=limit, offset=offset),
        render_failures,
        "no failures",
    )


def _show_page(store: SQLiteStore, args: argparse.Namespace, out: Console) -> None:
    """One page of a listing, and how many rows follow it (counted up to a bound)."""
    fetch, render, empty = _listing(store, args)
    rows = fetch(args.limit + 1, args.offset)
    if not rows:
        out.print(empty if not args.offset else f"{empty} past row {args.offset:,}")
        return
    render(list(rows[: args.limit]), out)
    if len(rows) > args.limit:
        following = len(fetch(MORE_COUNTED + 1, args.offset + args.limit))
        more = f"over {MORE_COUNTED:,}" if following > MORE_COUNTED else f"{following:,}"
        first, last = args.offset + 1, args.offset + args.limit
        out.print(
            f"rows {first:,}–{last:,}; {more} more: --offset {last} for the next page",
            highlight=False,
            soft_wrap=True,
        )


def _say_whom(store: SQLiteStore, names: list[str], err: Console) -> None:
    """A line for each name that several entities answer to: whom it is taken to mean."""
    for name in names:
        taken, others = store.resolve(name)
        if others:
            err.print(
                f"dateline: '{one_line(name)}' taken as {one_line(taken)}; it may also mean "
                + ", ".join(map(one_line, others)),
                markup=False,
                highlight=False,
                soft_wrap=True,
            )


def run_query(args: argparse.Namespace, out: Console, err: Console) -> int:
    db_path = args.db or default_db_path()
    if not Path(db_path).exists():
        raise UsageError(
            f"no store at {db_path}: run 'dateline ingest PATH...' first, or give --db"
        )
    with open_store(db_path, readonly=True) as store:
        if args.command == "search":
            hits = store.search(" ".join(args.text), limit=args.limit, language=args.language)
            if hits:
                render_hits(hits, out)
            else:
                out.print("no matches")
        elif args.command == "show" and args.article_id == "entity" and args.name:
            render_entity_report(store.entity(" ".join(args.name), limit=PAGE), out)
        elif args.command == "show":
            analysis = store.article(args.article_id)
            if args.format == "json":
                sys.stdout.write(analysis.to_json(indent=2) + "\n")
            else:
                render_analysis(analysis, out)
        elif args.command == "relations":
            _say_whom(store, [args.a, args.b], err)
            render_relations(args.a, args.b, store.relations(args.a, args.b), out)
        elif args.command == "export":
            from dateline.export import export_jsonl, export_parquet
            from dateline.gdelt import export_gdelt_events

            if args.format == "gdelt-events":
                written = export_gdelt_events(store.all_events(), args.out)
                out.print(f"{written} events → {args.out}")
            elif args.format == "parquet":
                counts = export_parquet(store.records(), args.out)
                out.print(
                    ", ".join(f"{name} {n}" for name, n in counts.items()) + f" → {args.out}/"
                )
            else:
                out.print(f"{export_jsonl(store.records(), args.out)} records → {args.out}")
        else:
            if args.command == "events" and args.actor:
                _say_whom(store, [args.actor], err)
            _show_page(store, args, out)
    return EXIT_OK


def run_serve(args: argparse.Namespace, err: Console) -> int:
    from dateline.server.app import serve

    db_path = args.db or default_db_path()
    if not Path(db_path).exists():
        raise UsageError(
            f"no store at {db_path}: run 'dateline ingest PATH...' first, or give --db"
        )
    if args.host not in {"127.0.0.1", "localhost", "::1"}:
        err.print(
            f"dateline: listening on {args.host}: the store is readable from other machines",
            markup=False,
            highlight=False,
        )
    serve(
        db_path,
        host=args.host,
        port=args.port,
        workers=args.workers,
        allow_ingest=args.allow_ingest,
        cors_origins=tuple(args.cors),
    )
    return EXIT_OK


def run_eval(args: argparse.Namespace, out: Console, err: Console) -> int:
    from dateline.evaluate.gate import check_minimums
    from dateline.nlp import load_pipeline

    results = EVALUATIONS[args.task](args, load_pipeline(Settings().model))
    if results is None:
        out.print("skipped: the evaluation data is absent (see ../shared/data)")
        return EXIT_OK
    for result in results:
        sys.stdout.write(json.dumps(result) + "\n")
    if args.gate:
        failures = check_minimums(args.task, results, args.gate)
        for failure in failures:
            err.print(f"dateline: gate: {failure}", markup=False, highlight=False, soft_wrap=True)
        return EXIT_FAILED_INPUT if failures else EXIT_OK
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    given = list(sys.argv[1:] if argv is None else argv)
    if given[:1] == ["search"]:
        given = _search_argv(given)
    args = parser.parse_args(given)
    out, err = Console(), Console(stderr=True)
    try:
        if args.command == "schema":
            sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")
            return EXIT_OK
        if args.command == "analyze":
            return run_analyze(args, out, err)
        if args.command == "ingest":
            return run_ingest(args, out, err)
        if args.command == "eval":
            return run_eval(args, out, err)
        if args.command == "serve":
            return run_serve(args, err)
        return run_query(args, out, err)
    except UsageError as exc:
        err.print(_error_line(exc), markup=False, highlight=False, soft_wrap=True)
        return EXIT_USAGE
    except DatelineError as exc:
        err.print(_error_line(exc), markup=False, highlight=False, soft_wrap=True)
        return EXIT_FAILED_INPUT
    except sqlite3.Error as exc:  # one the store did not turn into a StoreError itself
        where = getattr(args, "db", None) or default_db_path()
        err.print(_error_line(store_error(exc, where)), markup=False, highlight=False)
        return EXIT_FAILED_INPUT
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
