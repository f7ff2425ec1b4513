"""End-to-end: the real ``dateline`` command on fixture articles, in subprocesses."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pyarrow.parquet as pq
import pytest

from tests.conftest import EXAMPLES, FIXTURES

pytestmark = pytest.mark.e2e

DATELINE = [str(Path(sys.executable).parent / "dateline")]


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*DATELINE, *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"},
    )


@pytest.fixture(scope="module")
def schema() -> dict[str, object]:
    result = run("schema")
    assert result.returncode == 0
    loaded: dict[str, object] = json.loads(result.stdout)
    return loaded


def test_cli_analyze_one_file_prints_one_valid_record(schema: dict[str, object]) -> None:
    result = run("analyze", EXAMPLES / "geneva-talks.txt")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    jsonschema.validate(record, schema)
    assert record["schema"] == "dateline.analysis/1"
    article = record["article"]
    assert article["published"] == "2021-03-10"
    assert article["dateline"] == {"place": "GENEVA", "outlet": "Example Wire"}
    assert [m["title"] for m in article["media"]] == [
        "Inside the Geneva talks",
        "Markets rally after surprise rate cut",
    ]
    assert article["text"].startswith("The foreign ministers of Turkey and Ukraine will meet")
    names = {e["name"] for e in record["entities"]}
    assert {"Maria Lopez", "Mevlut Cavusoglu", "University of Leeds", "Geneva"} <= names
    for entity in record["entities"]:
        for span in entity["mentions"]:
            assert article["text"][span["start"] : span["end"]] == span["text"]


def test_cli_analyze_many_in_input_order_as_jsonl(schema: dict[str, object]) -> None:
    result = run(
        "analyze",
        EXAMPLES / "wire.jsonl",
        EXAMPLES / "lagos-protest.html",
        FIXTURES / "tokyo-wire.txt",
    )
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    for record in records:
        jsonschema.validate(record, schema)
    assert [r["article"]["origin"] for r in records] == [
        f"{EXAMPLES / 'wire.jsonl'}:1",
        f"{EXAMPLES / 'wire.jsonl'}:2",
        str(EXAMPLES / "lagos-protest.html"),
        str(FIXTURES / "tokyo-wire.txt"),
    ]
    assert records[0]["article"]["id"] == "wire-2022-0412-sanctions"


def test_cli_analyze_bad_inputs_reported_and_rest_analysed(tmp_path: Path) -> None:
    (tmp_path / "a-empty.txt").write_bytes(b"")
    (tmp_path / "b-binary.txt").write_bytes(b"\x00\x01\x02\x03binary")
    (tmp_path / "c-good.txt").write_text("Kenya beat Peru in Nairobi on Sunday.", encoding="utf-8")
    (tmp_path / "d-feed.jsonl").write_text('{"text": "Chile won."}\n{oops\n', encoding="utf-8")
    (tmp_path / "e-date.txt").write_text("date 2021-02-30\n\nBody text here.", encoding="utf-8")
    (tmp_path / "f-nobody.html").write_text(
        "<html><body><nav>Home</nav></body></html>", encoding="utf-8"
    )
    result = run("analyze", "--format", "jsonl", tmp_path)
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["article"]["origin"]).name for r in records] == ["c-good.txt", "d-feed.jsonl:1"]
    errors = result.stderr.strip().splitlines()
    assert errors == [
        f"dateline: error: {tmp_path / 'a-empty.txt'}: file is empty [E101]",
        f"dateline: error: {tmp_path / 'b-binary.txt'}: looks like a binary file, not text [E102]",
        f"dateline: error: {tmp_path / 'd-feed.jsonl'}:2: not valid JSON "
        "(Expecting property name enclosed in double quotes at column 2) [E106]",
        f"dateline: error: {tmp_path / 'e-date.txt'}:1: date header: '2021-02-30' is not a "
        "calendar date [E107]",
        f"dateline: error: {tmp_path / 'f-nobody.html'}: no article body found in this HTML page [E105]",
    ]


def test_cli_analyze_verbatim_and_published(tmp_path: Path) -> None:
    text = "NEW YORK — Stocks fell.\n\n  Inside the talks 12:40\n"
    path = tmp_path / "v.txt"
    path.write_text(text, encoding="utf-8")
    record = json.loads(run("analyze", "--verbatim", "--published", "2021-03-10", path).stdout)
    assert record["article"]["text"] == text
    assert record["article"]["published"] == "2021-03-10"
    bad = run("analyze", "--published", "someday", path)
    assert bad.returncode == 2
    assert "argument --published: 'someday' is not a date" in bad.stderr


def test_cli_analyze_text_format() -> None:
    result = run("analyze", "--format", "text", EXAMPLES / "geneva-talks.txt")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Foreign ministers to meet in Geneva as grain corridor deal nears")
    assert "video: Inside the Geneva talks PT12M40S" in result.stdout
    assert "\x1b[" not in result.stdout  # no colour when not on a terminal


def test_cli_language_gate_detects_overrides_and_filters_search(tmp_path: Path) -> None:
    german = tmp_path / "leipzig.txt"
    german.write_text(
        "Die Bürgermeisterin von Leipzig hat am Montag angekündigt, dass die Stadt im nächsten"
        " Jahr drei neue Schulen bauen wird. Die Kosten liegen nach Angaben der Verwaltung bei"
        " rund vierzig Millionen Euro, und der Stadtrat soll im Frühjahr darüber abstimmen.\n"
    )
    record = json.loads(run("analyze", german).stdout)
    assert record["article"]["language"] == "de"
    assert record["entities"] == []
    assert record["article"]["warnings"][0].startswith("language 'de' not analysed")
    forced = json.loads(run("analyze", "--language", "en", german).stdout)
    assert (forced["article"]["language"], forced["article"]["warnings"]) == ("en", [])
    bad = run("analyze", "--language", "german!", german)
    assert bad.returncode == 2
    assert "argument --language: 'german!' is not a language code" in bad.stderr

    db = tmp_path / "d.db"
    assert run("ingest", "--db", db, german, EXAMPLES).returncode == 0
    assert "Leipzig" in run("search", "--db", db, "Leipzig", "--language", "de").stdout
    assert run("search", "--db", db, "Leipzig", "--language", "en").stdout.strip() == "no matches"


def test_cli_ingest_query_and_export(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    first = run("ingest", "--db", db, EXAMPLES)
    assert first.returncode == 0, first.stderr
    assert (
        first.stdout.strip()
        == f"ingested 4, skipped 0 as duplicates, failed 0 · store {db} holds 4 articles"
    )
    again = run("ingest", "--db", db, EXAMPLES, EXAMPLES / "wire.jsonl")
    assert (
        again.stdout.strip()
        == f"ingested 0, skipped 6 as duplicates, failed 0 · store {db} holds 4 articles"
    )

    search = run("search", "--db", db, "tear gas")
    assert "fired [tear] [gas] at crowds" in search.stdout
    assert run("search", "--db", db, "zeppelin").stdout.strip() == "no matches"

    shown = run("show", "--db", db, "wire-2022-0415-gas")
    assert shown.stdout.startswith("Ankara agrees to buy more gas from Baku")
    assert "Fatih Donmez" in shown.stdout
    assert run("show", "--db", db, "nope").stderr.strip() == (
        f"dateline: error: no article with id 'nope' in {db} [E301]"
    )

    by_surname = run("quotes", "--db", db, "--speaker", "Lopez").stdout
    assert "Maria Lopez" in by_surname and "We are closer than we have been" in by_surname
    assert "Hundeyin" not in by_surname
    by_full_name = run("quotes", "--db", db, "--speaker", "Benjamin Hundeyin").stdout
    assert "We will not allow anyone to hold the city to ransom" in by_full_name

    entity = run("show", "--db", db, "entity", "Cavusoglu").stdout
    assert entity.startswith("Mevlut Cavusoglu [TUR]")
    assert "Foreign ministers to meet in Geneva" in entity

    events = run("events", "--db", db, "--actor", "Turkey", "--since", "2022-01-01").stdout
    assert "AGREE 03" in events and "Azerbaijan [AZE]" in events and "2022-04-15" in events
    assert "2021-03-12" not in events  # the Geneva meeting is older than --since
    assert run("events", "--db", db, "--type", "ASSAULT").stdout.strip() == "no events"
    relations = run("relations", "--db", db, "Turkey", "Azerbaijan").stdout
    assert "2022-04" in relations and "+4.00" in relations
    unknown = run("relations", "--db", db, "Turkey", "Atlantis")
    assert unknown.returncode == 1
    assert unknown.stderr.strip() == f"dateline: error: no entity named 'Atlantis' in {db} [E301]"
    gdelt = tmp_path / "events.tsv"
    assert run("export", "--db", db, "--format", "gdelt-events", gdelt).returncode == 0
    rows = [line.split("\t") for line in gdelt.read_text(encoding="utf-8").splitlines()]
    assert rows and all(len(row) == 61 for row in rows)
    gas = next(row for row in rows if row[6] == "TURKEY" and row[16] == "AZERBAIJAN")
    assert (gas[1], gas[26], gas[30]) == ("20220415", "030", "4.0")
    assert gas[60] == "https://news.example.org/2022/04/15/gas"

    people = run("entities", "--db", db, "--type", "PERSON").stdout
    assert "Benjamin Hundeyin" in people and "Paris" not in people

    out = tmp_path / "parquet"
    exported = run("export", "--db", db, "--format", "parquet", out)
    assert exported.returncode == 0, exported.stderr
    articles = pq.read_table(out / "articles.parquet").to_pylist()
    assert sorted(a["id"] for a in articles)[-2:] == [
        "wire-2022-0412-sanctions",
        "wire-2022-0415-gas",
    ]
    entities = pq.read_table(out / "entities.parquet")
    assert {"article_id", "id", "name", "type", "country", "mentions"} <= set(entities.column_names)
    media = pq.read_table(out / "media.parquet").to_pylist()
    assert {(m["title"], m["duration"]) for m in media} == {
        ("Inside the Geneva talks", "PT12M40S"),
        ("Markets rally after surprise rate cut", "PT2M14S"),
    }
    jsonl = tmp_path / "all.jsonl"
    run("export", "--db", db, "--format", "jsonl", jsonl)
    assert len(jsonl.read_text().splitlines()) == 4


def test_cli_ingest_failures_kept_in_store(tmp_path: Path) -> None:
    db = tmp_path / "f.db"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bad.txt").write_bytes(b"caf\xe9")
    (tmp_path / "in" / "good.txt").write_text("Kenya beat Peru in Nairobi.", encoding="utf-8")
    result = run("ingest", "--db", db, "--workers", "2", tmp_path / "in")
    assert result.returncode == 1
    assert (
        result.stdout.strip()
        == f"ingested 1, skipped 0 as duplicates, failed 1 · store {db} holds 1 articles"
    )
    assert (
        f"{tmp_path / 'in' / 'bad.txt'}:1: byte 0xe9 at offset 3 is not valid UTF-8 [E103]"
        in result.stderr
    )
    failures = run("failures", "--db", db).stdout.strip()
    assert (
        failures
        == f"{tmp_path / 'in' / 'bad.txt'}:1: byte 0xe9 at offset 3 is not valid UTF-8 [E103]"
    )
    run("ingest", "--db", db, tmp_path / "in")
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM failures").fetchone()[0] == 1


def _write_corpus(folder: Path, count: int) -> None:
    folder.mkdir()
    sentences = [
        "The ministers of {n} neighbouring states met in Geneva on Friday to discuss grain exports.",
        "Officials said the talks, the {n}th round this year, had made progress on insurance for ships.",
        "Analysts in London and Kyiv expect prices to fall if the corridor reopens before the harvest.",
        "The United Nations said {n} vessels were waiting off the coast of Odesa for clearance.",
    ]
    for n in range(count):
        body = " ".join(s.format(n=n) for s in sentences * 12)
        (folder / f"article-{n:03d}.txt").write_text(
            f"date 2022-07-{n % 28 + 1:02d}\n\n{body}\n", encoding="utf-8"
        )


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def test_cli_ingest_killed_and_rerun_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    corpus, db = tmp_path / "corpus", tmp_path / "k.db"
    _write_corpus(corpus, 120)
    process = subprocess.Popen(
        [*DATELINE, "ingest", "--db", str(db), "--workers", "1", "--batch-size", "4", str(corpus)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while _count(db) < 8 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, (
        "ingest finished before it could be killed; make the corpus larger"
    )
    process.send_signal(signal.SIGKILL)
    process.wait()
    stored = _count(db)
    assert 8 <= stored < 120
    rerun = run("ingest", "--db", db, "--workers", "2", corpus)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.strip() == (
        f"ingested {120 - stored}, skipped {stored} as duplicates, failed 0 · store {db} holds 120 articles"
    )
    with sqlite3.connect(db) as conn:
        origins = [r[0] for r in conn.execute("SELECT origin FROM articles")]
        fts_rows = conn.execute("SELECT count(*) FROM article_fts").fetchone()[0]
    assert len(origins) == len(set(origins)) == 120
    assert fts_rows == 120


def test_cli_analyze_measures_money_currencies_and_checks_of_a_fixture() -> None:
    result = run("analyze", FIXTURES / "heat-and-dam.txt")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    by_text = {q["text"]: q for q in record["quantities"]}
    assert by_text["40.3C"]["si"] == {"value": pytest.approx(313.45), "unit": "K"}
    assert by_text["1.6C"]["dimension"] == "temperature change"
    assert by_text["145m"]["unit"] == "metre"
    assert by_text["1.2m"]["value"] == 1_200_000
    assert by_text["Roughly one in five"]["value"] == pytest.approx(0.2)
    assert by_text["Rs 4,500 crore"]["currency"] == "INR"
    checks = [(c["kind"], c["status"], [s["text"] for s in c["spans"]]) for c in record["checks"]]
    assert checks == [
        ("unit_conversion", "consistent", ["40.3C", "104.5F"]),
        (
            "unit_conversion",
            "inconsistent",
            ["about 1,680 square kilometres", "850 square miles"],
        ),
        ("weekday_date", "inconsistent", ["Monday, July 24, 2022"]),
    ]
    currencies = {e["name"]: e["country"] for e in record["entities"] if e["type"] == "OTHER"}
    assert currencies == {"Pound Sterling": "GBR", "US Dollar": "USA"}


def test_cli_analyze_reads_ranges_rates_and_magnitudes_of_a_fixture() -> None:
    result = run("analyze", FIXTURES / "quake-and-aid.txt")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    found = [(q["text"], q["value"], q["approx"], q["of"]) for q in record["quantities"]]
    assert found[:3] == [
        ("6.1-magnitude", 6.1, None, "quake"),
        ("1,000", 1000, "1,000 to 1,500", "people"),
        ("1,500", 1500, "1,000 to 1,500", "people"),
    ]
    by_text = {q["text"]: q for q in record["quantities"]}
    assert (by_text["R2.5 billion"]["currency"], by_text["R2.5 billion"]["value"]) == ("ZAR", 2.5e9)
    assert [by_text[t]["value"] for t in ("$40", "50 million")] == [4e7, 5e7]
    assert (by_text["$15 an hour"]["unit"], by_text["Thousands"]["approx"]) == (
        "per hour",
        "thousands",
    )
    assert by_text["Eight of 10"]["value"] == pytest.approx(0.8)
    assert (by_text["12 cents"]["approx"], by_text["$1.85 a litre"]["approx"]) == (None, None)
    assert [(by_text[t]["of"], by_text[t]["approx"]) for t in ("12", "27")] == [
        ("clinics", None)
    ] * 2
    assert [(q[0], q[1], q[3]) for q in found[-4:]] == [
        ("66", 66, None),
        ("40", 40, "nurses"),
        ("two", 2, "C-130 transports"),
        ("130", 130, None),
    ]
    assert [by_text[t]["dimension"] for t in ("66", "40", "130")] == [
        "identifier",
        "count",
        "identifier",
    ]
    checks = [(c["status"], [s["text"] for s in c["spans"]]) for c in record["checks"]]
    assert checks == [
        ("consistent", ["some 120 km", "75 miles"]),
        ("inconsistent", ["5 billion litres", "1.9 billion gallons"]),
    ]


def test_cli_quantities_and_checks_from_the_store(tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    assert run("ingest", "--db", db, FIXTURES / "heat-and-dam.txt").returncode == 0
    lengths = run("quantities", "--db", db, "--dimension", "length", "--min", "100")
    assert lengths.returncode == 0, lengths.stderr
    assert "145m" in lengths.stdout and "1,680" not in lengths.stdout
    rupees = run("quantities", "--db", db, "--currency", "INR")
    assert "Rs 4,500 crore" in rupees.stdout and "145m" not in rupees.stdout
    checks = run("checks", "--db", db, "--status", "inconsistent")
    assert checks.returncode == 0, checks.stderr
    assert "Monday, July 24, 2022" in checks.stdout
    assert "2022-07-24 was a Sunday, not a Monday" in checks.stdout
    assert "40.3C" not in checks.stdout  # that conversion is consistent
    none = run("checks", "--db", db, "--kind", "no_such_check")
    assert none.stdout.strip() == "no checks"


@pytest.mark.parametrize("module", ["dateline", "dateline.cli", "dateline.store"])
def test_cli_queries_start_without_spacy_or_pyarrow(module: str) -> None:
    probe = (
        f"import sys, {module}; "
        "print(sorted({'spacy', 'pyarrow', 'thinc'} & {m.split('.')[0] for m in sys.modules}))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert loaded.strip() == "[]"


def test_cli_package_root_still_gives_the_analysis_api() -> None:
    import dateline

    assert callable(dateline.analyze) and callable(dateline.ingest_paths)
    assert dateline.AnalyzeOptions().verbatim is False
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        dateline.nothing_here  # noqa: B018
