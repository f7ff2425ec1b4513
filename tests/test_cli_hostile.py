"""End-to-end: the real ``dateline`` command against hostile inputs, paths and stores."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.test_cli import DATELINE, run

pytestmark = pytest.mark.e2e


def _children(pid: int) -> set[int]:
    try:
        listed = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return set()
    return {int(child) for child in listed.split()}


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "State:\tZ" not in status


def _hostile_batch(folder: Path) -> None:
    """Good articles among every bad input of issue 23 that a directory can hold."""
    folder.mkdir()
    for n in range(6):
        (folder / f"good-{n}.txt").write_text(f"Kenya beat Peru {n}-0 in Nairobi on Monday.\n")
    (folder / "quote.txt").write_text(
        "called on 45 ± 3 percent each July called on Thursday, March 10, 2021 "
        "“ Thursday, March 10, 2021\n"
    )
    records = [
        {"text": "Chile met Japan.", "authors": 5},
        {"text": "Caf\ud800 owners met in Paris."},
        {"text": "Ministers met in Geneva on Monday.", "published": "0001-01-01"},
        {"text": "Floods hit Lagos.", "published": "yesterday"},
    ]
    (folder / "records.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")
    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (folder / "empty.json").write_text("[]")
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as handle:
        handle.write(b"Chile met Japan in Osaka.\n")
    os.mkfifo(folder / "pipe.txt")
    (folder / "passwd.txt").symlink_to("/etc/passwd")


def test_cli_hostile_one_batch_of_bad_inputs_stores_every_good_article(tmp_path: Path) -> None:
    folder, db = tmp_path / "in", tmp_path / "s.db"
    _hostile_batch(folder)
    result = run("ingest", "--db", db, "--workers", "1", folder)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stdout.strip() == (
        f"ingested 10, skipped 0 as duplicates, failed 6 · store {db} holds 10 articles"
    )
    failures = run("failures", "--db", db).stdout.strip().splitlines()
    assert sorted(line.rsplit(" [", 1)[1] for line in failures) == [
        "E101]",
        "E106]",
        "E106]",
        "E107]",
        "E108]",
        "E108]",
    ]
    assert f"{folder}/passwd.txt: is a link to /etc/passwd, outside {folder}; not followed" in (
        "\n".join(failures)
    )


def test_cli_hostile_analyze_writes_each_record_as_it_is_made(tmp_path: Path) -> None:
    path = tmp_path / "many.json"
    records = [{"id": str(n), "text": f"Kenya beat Peru {n} times in Nairobi."} for n in range(400)]
    path.write_text(json.dumps(records))
    process = subprocess.Popen(
        [*DATELINE, "analyze", "--format", "jsonl", "--batch-size", "1", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = json.loads(process.stdout.readline())
        assert first["article"]["id"] == "0"
        assert process.poll() is None, "the first record came only when every one was done"
    finally:
        process.kill()
        process.wait()


def test_cli_hostile_workers_die_with_a_killed_ingest(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(300):
        (folder / f"{n:03d}.txt").write_text(
            f"Ministers of {n} states met in Geneva on Friday to discuss grain exports. " * 20
        )
    process = subprocess.Popen(
        [*DATELINE, "ingest", "--db", str(tmp_path / "s.db"), "--workers", "2", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    workers: set[int] = set()
    while len(workers) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
        workers = {pid for pid in _children(process.pid) if _alive(pid)}
    assert len(workers) >= 2, "the ingest never started its two workers"
    process.send_signal(signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 15
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [pid for pid in workers if _alive(pid)]


def test_cli_hostile_text_reaches_the_terminal_without_controls(tmp_path: Path) -> None:
    path, db = tmp_path / "a.jsonl", tmp_path / "s.db"
    record = {
        "id": "esc1",
        "title": "Title\u001b]0;owned\u0007",
        "text": "Kenya beat Peru.\u001b[2J “We will win again in Nairobi,” said Ruto.",
    }
    path.write_text(json.dumps(record) + "\n")
    assert run("ingest", "--db", db, path).returncode == 0
    for args in (("search", "Nairobi"), ("quotes",), ("show", "esc1"), ("entities",)):
        shown = run(*args, "--db", db)
        assert shown.returncode == 0, shown.stderr
        assert "\u001b" not in shown.stdout and "\u0007" not in shown.stdout, args


def test_cli_hostile_a_newline_in_a_file_name_prints_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bad\n[E999] fake.txt"
    path.write_bytes(b"caf\xe9")
    result = run("analyze", path)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"dateline: error: {tmp_path}/bad\\n[E999] fake.txt:1: byte 0xe9 at offset 3 is not"
        " valid UTF-8 [E103]"
    ]


def test_cli_hostile_search_words_that_start_with_a_dash(tmp_path: Path) -> None:
    folder, db = tmp_path / "in", tmp_path / "s.db"
    folder.mkdir()
    (folder / "a.txt").write_text("Macron met Scholz in Paris.\n")
    (folder / "b.txt").write_text("Scholz visited Paris alone.\n")
    assert run("ingest", "--db", db, folder).returncode == 0
    found = run("search", "Paris", "-Macron", "--db", db, "--limit", "5")
    assert found.returncode == 0, found.stderr
    assert "visited" in found.stdout and "Macron" not in found.stdout
    refused = run("search", "--db", db, "-Macron")
    assert refused.returncode == 2
    assert "it has only words to leave out" in refused.stderr


def test_cli_hostile_queries_on_a_damaged_store_say_what_to_do(tmp_path: Path) -> None:
    import sqlite3

    folder, db = tmp_path / "in", tmp_path / "s.db"
    folder.mkdir()
    (folder / "a.txt").write_text("Macron met Scholz in Paris.\n")
    assert run("ingest", "--db", db, folder).returncode == 0
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE events")
    result = run("events", "--db", db)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"dateline: error: {db} is damaged or is not a Dateline store")
    assert result.stderr.rstrip().endswith("[E304]")
