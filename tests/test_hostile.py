"""Hostile and unlucky inputs: each one fails alone, with one clear line, and the run goes on.

The numbers in the test names are the cases of issue 23; each test makes its own input.
"""

from __future__ import annotations

import gzip
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from io import StringIO
from pathlib import Path

import pytest
from rich.console import Console
from spacy.language import Language

from dateline.errors import (
    AnalysisFailed,
    AnalysisTimeout,
    BadDate,
    BadRecord,
    BinaryInput,
    EmptyInput,
    InputError,
    NotFound,
    StoreDamaged,
    StoreFull,
    StoreReadOnly,
    UnreadableInput,
    UsageError,
)
from dateline.extract.quantities.patterns import parse_number
from dateline.ingest import RawDocument, read_paths
from dateline.ingest.files import count_inputs
from dateline.model import Analysis
from dateline.nlp import MAX_SENTENCE_TOKENS
from dateline.pipeline import AnalyzeOptions, Result, analyze_batch
from dateline.printable import one_line, terminal_text
from dateline.render import render_quotes
from dateline.store import QuoteRow, open_store
from dateline.store.search_syntax import MAX_TERMS, parse_search

NOBODY = 65534


def read_all(*paths: Path | str, follow_links: bool = False) -> list[RawDocument | InputError]:
    return list(read_paths([str(p) for p in paths], follow_links=follow_links))


def analyse(nlp: Language, *raws: RawDocument, **options: object) -> list[Result]:
    return analyze_batch(list(raws), nlp, AnalyzeOptions(**options))  # type: ignore[arg-type]


def text_doc(content: str, origin: str = "a.txt", **fields: object) -> RawDocument:
    return RawDocument(origin=origin, kind="text", content=content, **fields)  # type: ignore[arg-type]


def assert_spans_index_text(analysis: Analysis) -> None:
    text = analysis.article.text
    for entity in analysis.entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text
    for time in analysis.times:
        assert text[time.start : time.end] == time.text
    for quantity in analysis.quantities:
        assert text[quantity.start : quantity.end] == quantity.text
    for quote in analysis.quotes:
        assert text[quote.content.start : quote.content.end] == quote.content.text


@contextmanager
def unprivileged() -> Iterator[None]:
    """Run the block as a user that file permissions apply to (root ignores them)."""
    if os.geteuid() != 0:
        yield
        return
    os.setegid(NOBODY)
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@pytest.fixture
def shared_dir(tmp_path: Path) -> Path:
    """A folder the unprivileged user can reach (pytest's own are root's alone)."""
    folder = Path("/tmp") / f"dateline-{tmp_path.name}-{os.getpid()}"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    yield folder
    for root, dirs, files in os.walk(folder, topdown=False):
        for name in dirs:
            (Path(root) / name).chmod(0o755)
            (Path(root) / name).rmdir()
        for name in files:
            (Path(root) / name).unlink()
    folder.rmdir()


# --- 1: an exception inside one article's analysis -----------------------------------------
def test_hostile_1_unclosed_quote_after_a_reporting_verb_is_analysed(nlp: Language) -> None:
    text = (
        "called on 45 ± 3 percent each July called on Thursday, March 10, 2021 "
        "“ Thursday, March 10, 2021"
    )
    (result,) = analyse(nlp, text_doc(text), verbatim=True)
    assert isinstance(result, Analysis)
    assert_spans_index_text(result)
    assert [t.value for t in result.times] == ["XXXX-07", "2021-03-10", "2021-03-10"]


def test_hostile_1_exception_in_an_extractor_fails_that_article_only(
    nlp: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dateline.pipeline as pipeline

    real = pipeline.extract_quotes

    def breaks_on_one(doc, entities):  # type: ignore[no-untyped-def]
        if "Lagos" in doc.text:
            raise IndexError("string index out of range")
        return real(doc, entities)

    monkeypatch.setattr(pipeline, "extract_quotes", breaks_on_one)
    raws = [
        text_doc("Kenya beat Peru in Nairobi on Monday.", origin="one.txt"),
        text_doc("Floods hit Lagos on Friday, officials said.", origin="two.txt"),
        text_doc("Chile met Japan in Osaka.", origin="three.txt"),
    ]
    results = analyse(nlp, *raws)
    assert [type(r).__name__ for r in results] == ["Analysis", "AnalysisFailed", "Analysis"]
    failure = results[1]
    assert isinstance(failure, AnalysisFailed)
    assert str(failure) == ("[E109] two.txt: quotes failed: IndexError: string index out of range")
    with open_store(tmp_path / "s.db") as store:
        counts = store.add((r, None) for r in results)
        assert (counts.ingested, counts.failed) == (2, 1)
        assert [(f.origin, f.code, f.reason) for f in store.failures()] == [
            ("two.txt", "E109", "quotes failed: IndexError: string index out of range")
        ]
        assert store.count() == 2


def test_hostile_1_an_article_past_its_time_budget_fails_alone(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    import dateline.pipeline as pipeline

    real = pipeline.extract_events

    def slow_on_one(doc, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "Lagos" in doc.text:
            time.sleep(5)
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(pipeline, "extract_events", slow_on_one)
    started = time.monotonic()
    results = analyse(
        nlp,
        text_doc("Floods hit Lagos on Friday.", origin="slow.txt"),
        text_doc("Chile met Japan in Osaka.", origin="quick.txt"),
        article_seconds=0.5,
    )
    assert time.monotonic() - started < 4
    slow, quick = results
    assert isinstance(slow, AnalysisTimeout)
    assert slow.code == "E110"
    assert slow.reason == "analysis stopped after 0.5 s, its budget for 27 characters of text"
    assert isinstance(quick, Analysis)


def test_hostile_1_a_sentence_of_thousands_of_words_is_cut_and_analysed(nlp: Language) -> None:
    clause = "the minister said that the troops would leave Geneva and "
    text = clause * 600  # 6,000 words, no full stop
    (result,) = analyse(nlp, text_doc(text), verbatim=True)
    assert isinstance(result, Analysis)
    doc = nlp(result.article.text)
    assert max(len(s) for s in doc.sents) <= MAX_SENTENCE_TOKENS
    assert_spans_index_text(result)


# --- 2-5, 13: JSON records ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("authors", 5, "'authors' must be a string or a list of strings, not a number"),
        ("authors", {"a": 1}, "'authors' must be a string or a list of strings, not an object"),
        (
            "authors",
            ["A", 2],
            "'authors' must be a string or a list of strings, not a list of non-strings",
        ),
        ("id", True, "'id' must be a string, not true"),
        ("title", ["x"], "'title' must be a string, not a list"),
        ("published", 1615334400, "'published' must be a date written as a string, not a number"),
    ],
)
def test_hostile_2_fields_of_the_wrong_type_are_bad_records(
    tmp_path: Path, field: str, value: object, reason: str
) -> None:
    path = tmp_path / "a.jsonl"
    good = {"text": "Kenya beat Peru."}
    path.write_text(json.dumps({**good, field: value}) + "\n" + json.dumps(good) + "\n")
    bad, fine = read_all(path)
    assert isinstance(bad, BadRecord | BadDate)
    assert (bad.line, bad.reason) == (1, reason)
    assert isinstance(fine, RawDocument)


def test_hostile_2_a_number_id_is_kept_as_text(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"id": 42, "text": "Kenya beat Peru."}))
    (raw,) = read_all(path)
    assert isinstance(raw, RawDocument)
    assert raw.id == "42"


def test_hostile_3_lone_surrogate_in_json_text_is_replaced(nlp: Language, tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text('{"title": "Caf\\udc80", "text": "Caf\\ud800 owners met in Paris on Monday."}')
    (raw,) = read_all(path)
    assert isinstance(raw, RawDocument)
    (result,) = analyse(nlp, raw)
    assert isinstance(result, Analysis)
    assert result.article.text == "Caf\ufffd owners met in Paris on Monday."
    assert result.article.title == "Caf\ufffd"
    with open_store(tmp_path / "s.db") as store:
        assert store.add([(result, raw.input_hash)]).ingested == 1


@pytest.mark.parametrize(("suffix", "where"), [(".json", ""), (".jsonl", " at column 1")])
def test_hostile_4_json_nested_too_deep_is_a_bad_record(
    tmp_path: Path, suffix: str, where: str
) -> None:
    path = tmp_path / f"deep{suffix}"
    path.write_text("[" * 100_000 + "]" * 100_000 + "\n")
    (error,) = read_all(path)
    assert isinstance(error, BadRecord)
    assert (error.line, error.reason) == (1, f"not valid JSON (nested too deeply{where})")


def test_hostile_13_an_empty_json_array_is_an_empty_input(tmp_path: Path) -> None:
    path = tmp_path / "none.json"
    path.write_text("[]")
    (error,) = read_all(path)
    assert isinstance(error, EmptyInput)
    assert error.reason == "the JSON array holds no records"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("yesterday", "'published': 'yesterday' is not a date written out (day, month and year)"),
        ("3 days ago", "'published': '3 days ago' is not a date written out (day, month and year)"),
        (
            "1615334400",
            "'published': '1615334400' is a bare number; write the date out (YYYY-MM-DD)",
        ),
    ],
)
def test_hostile_13_published_must_not_depend_on_the_day_of_the_run(
    tmp_path: Path, value: str, reason: str
) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"published": value, "text": "Kenya beat Peru."}))
    (error,) = read_all(path)
    assert isinstance(error, BadDate)
    assert error.reason == reason


def test_hostile_16_a_long_bad_date_is_not_echoed_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"published": "x" * 5000, "text": "Kenya beat Peru."}))
    (error,) = read_all(path)
    assert isinstance(error, BadDate)
    assert len(str(error)) < 200
    assert error.reason == (
        "'published': '" + "x" * 59 + "…' is 5,000 characters long, too long for a date"
    )


# --- 5, 15: file names ---------------------------------------------------------------------
def test_hostile_5_a_file_name_that_is_not_utf8_is_read_and_stored(
    nlp: Language, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Kenya beat Peru in Nairobi.")
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as handle:
        handle.write(b"Chile met Japan in Osaka.")
    raws = read_all(folder)
    assert [r.origin for r in raws] == [f"{folder}/caf\\xe9.txt", f"{folder}/good.txt"]
    results = analyse(nlp, *[r for r in raws if isinstance(r, RawDocument)])
    with open_store(tmp_path / "s.db") as store:
        counts = store.add((r, None) for r in results)
        assert counts.ingested == 2
        assert store.article(results[0].article.id).article.origin == f"{folder}/caf\\xe9.txt"  # type: ignore[union-attr]


def test_hostile_15_a_newline_in_a_file_name_stays_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bad\nname.txt"
    path.write_bytes(b"caf\xe9")
    (error,) = read_all(path)
    line = one_line(str(error))
    assert "\n" not in line
    assert line == f"[E103] {tmp_path}/bad\\nname.txt:1: byte 0xe9 at offset 3 is not valid UTF-8"


# --- 7, 8: what is not a regular file ------------------------------------------------------
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_hostile_7_a_device_is_not_read(device: str) -> None:
    (error,) = read_all(device)
    assert isinstance(error, UnreadableInput)
    assert str(error) == (
        f"[E108] {device}: is not a regular file (a device, pipe or socket); not read"
    )


def test_hostile_7_a_file_is_read_no_further_than_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 300)
    (error,) = list(read_paths([str(path)], max_bytes=1000))
    assert error.reason == "file is 0.0 MB, over the 0.0 MB limit"  # type: ignore[union-attr]


@pytest.mark.parametrize("name", ["pipe.txt", "pipe.jsonl"])
def test_hostile_8_a_fifo_is_refused_without_waiting(tmp_path: Path, name: str) -> None:
    fifo = tmp_path / name
    os.mkfifo(fifo)
    (tmp_path / "good.txt").write_text("Kenya beat Peru.")
    assert count_inputs([str(fifo), str(tmp_path / "good.txt")]) == 2
    error, good = read_all(fifo, tmp_path / "good.txt")
    assert isinstance(error, UnreadableInput)
    assert error.reason == "is not a regular file (a device, pipe or socket); not read"
    assert isinstance(good, RawDocument)
    walked = read_all(tmp_path)
    assert [type(r).__name__ for r in walked] == ["RawDocument", "UnreadableInput"]


# --- 11, 17: walking directories -----------------------------------------------------------
def test_hostile_11_an_unreadable_subdirectory_is_reported(shared_dir: Path) -> None:
    (shared_dir / "a.txt").write_text("Kenya beat Peru.")
    locked = shared_dir / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text("Chile met Japan.")
    locked.chmod(0o000)
    with unprivileged():
        found = read_all(shared_dir)
    assert [type(r).__name__ for r in found] == ["RawDocument", "UnreadableInput"]
    assert str(found[1]) == f"[E108] {locked}: cannot list this directory (permission denied)"


def test_hostile_17_a_link_out_of_the_folder_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("Private notes about Lagos.")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Kenya beat Peru.")
    (folder / "passwd.txt").symlink_to(outside)
    (folder / "same.txt").symlink_to(folder / "a.txt")
    (folder / "loop").symlink_to(folder)
    found = read_all(folder)
    assert [(type(r).__name__, Path(r.origin).name) for r in found] == [
        ("RawDocument", "a.txt"),
        ("UnreadableInput", "passwd.txt"),
        ("RawDocument", "same.txt"),
    ]
    assert found[1].reason == (  # type: ignore[union-attr]
        f"is a link to {outside}, outside {folder}; not followed (give --follow-links to follow it)"
    )
    followed = read_all(folder, follow_links=True)
    assert [Path(r.origin).name for r in followed] == ["a.txt", "passwd.txt", "same.txt"]
    assert all(isinstance(r, RawDocument) for r in followed)


# --- 13: bytes and line ends ---------------------------------------------------------------
def test_hostile_13_a_nul_after_the_first_8_kb_means_binary(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"word " * 1800 + b"\x00tail")
    (error,) = read_all(path)
    assert isinstance(error, BinaryInput)
    assert error.reason == "has a NUL character at offset 9000: looks like a binary file"


def test_hostile_13_gz_suffix_in_capitals_is_gzip(tmp_path: Path) -> None:
    path = tmp_path / "A.TXT.GZ"
    path.write_bytes(gzip.compress(b"Kenya beat Peru."))
    (raw,) = read_all(path)
    assert isinstance(raw, RawDocument)
    assert raw.content == "Kenya beat Peru."


def test_hostile_13_carriage_returns_alone_end_lines(nlp: Language, tmp_path: Path) -> None:
    path = tmp_path / "mac.txt"
    path.write_bytes(b"date 2021-03-10\r\rKenya beat Peru in Nairobi.\r\rChile met Japan.")
    (raw,) = read_all(path)
    (result,) = analyse(nlp, raw)  # type: ignore[arg-type]
    assert isinstance(result, Analysis)
    assert result.article.published == "2021-03-10"
    assert result.article.text == "Kenya beat Peru in Nairobi.\n\nChile met Japan."


# --- 6: dates at the calendar's ends -------------------------------------------------------
@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_hostile_6_relative_times_at_the_ends_of_the_calendar(
    nlp: Language, published: str
) -> None:
    text = (
        "On Monday the minister spoke. A year earlier he had resigned. Yesterday he came "
        "back, and two days later he left. Tomorrow he returns."
    )
    (result,) = analyse(nlp, text_doc(text), verbatim=True, published=published)
    assert isinstance(result, Analysis)
    values = {t.text: t.value for t in result.times}
    assert set(values) >= {"Yesterday", "Tomorrow", "Monday"}
    assert_spans_index_text(result)


# --- 14: what reaches a terminal -----------------------------------------------------------
def test_hostile_14_control_characters_leave_the_text_and_the_terminal(
    nlp: Language, tmp_path: Path
) -> None:
    path = tmp_path / "a.jsonl"
    text = "Kenya beat Peru.\u001b[2J\u001b]0;owned\u0007 “We won,” said Ruto.\u009b31m"
    path.write_text(json.dumps({"title": "T\u001b[1m", "text": text}) + "\n")
    (raw,) = read_all(path)
    (result,) = analyse(nlp, raw)  # type: ignore[arg-type]
    assert isinstance(result, Analysis)
    assert result.article.text == "Kenya beat Peru.[2J]0;owned “We won,” said Ruto.31m"
    assert result.article.title == "T[1m"
    out = StringIO()
    row = QuoteRow("a\u001b[2J", "q1", "direct", "We \u001b]0;x\u0007won", "Ruto", None, None)
    render_quotes([row], Console(file=out, width=200))
    assert "\u001b" not in out.getvalue()
    assert "\u0007" not in out.getvalue()
    assert "We ]0;xwon" in out.getvalue()
    assert terminal_text("a\tb\nc\u001b\u009bd") == "a\tb\ncd"


# --- 12: two writers on one store ----------------------------------------------------------
def test_hostile_12_two_writers_keep_every_canonical_count(nlp: Language, tmp_path: Path) -> None:
    texts = [
        f"Chancellor Olaf Scholz met Emmanuel Macron in Berlin on day {n}. Scholz said so."
        for n in range(8)
    ]
    results = analyse(nlp, *[text_doc(t, origin=f"{n}.txt") for n, t in enumerate(texts)])
    db = tmp_path / "s.db"
    first, second = open_store(db), open_store(db)
    for index, result in enumerate(results):
        (first if index % 2 else second).add([(result, None)])
    first.close()
    second.close()
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT c.name, c.articles, count(DISTINCT e.article_id) FROM canonical_entities c"
            " JOIN entities e ON e.canonical_id = c.id GROUP BY c.id"
        ).fetchall()
    by_name = {name: (stored, counted) for name, stored, counted in rows}
    assert by_name["Olaf Scholz"] == (8, 8)
    assert by_name["Emmanuel Macron"] == (8, 8)
    assert all(stored == counted for stored, counted in by_name.values())


# --- 18: stores that cannot be written, damaged stores, a full disk -------------------------
def _stored(nlp: Language, db: Path) -> Analysis:
    (result,) = analyse(nlp, text_doc("Kenya beat Peru in Nairobi on Monday.", origin="k.txt"))
    assert isinstance(result, Analysis)
    with open_store(db) as store:
        store.add([(result, None)])
    return result


def test_hostile_18_a_store_in_a_read_only_folder_answers_queries(
    nlp: Language, shared_dir: Path
) -> None:
    db = shared_dir / "s.db"
    result = _stored(nlp, db)
    db.chmod(0o444)
    shared_dir.chmod(0o555)
    with unprivileged():
        with open_store(db, readonly=True) as store:
            assert store.article(result.article.id).article.text == result.article.text
            assert [h.article_id for h in store.search("Nairobi")] == [result.article.id]
        with pytest.raises(StoreReadOnly) as raised:
            open_store(db)
    assert raised.value.code == "E302"
    assert str(db) in raised.value.message
    assert not (shared_dir / "s.db-wal").exists()


def test_hostile_18_a_read_only_store_file_cannot_be_written(
    nlp: Language, shared_dir: Path
) -> None:
    db = shared_dir / "s.db"
    result = _stored(nlp, db)
    db.chmod(0o444)
    with unprivileged(), open_store(db, readonly=True) as store:
        with pytest.raises(StoreReadOnly, match="was opened read-only"):
            store.add([(result, None)])
        assert store.count() == 1


def test_hostile_18_a_dropped_table_is_a_damaged_store(nlp: Language, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    _stored(nlp, db)
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE quotes")
    with open_store(db, readonly=True) as store, pytest.raises(StoreDamaged) as raised:
        store.quotes()
    assert raised.value.code == "E304"
    assert raised.value.message.startswith(f"{db} is damaged or is not a Dateline store")


def test_hostile_18_a_full_disk_keeps_what_was_committed(nlp: Language, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    first = _stored(nlp, db)
    (second,) = analyse(nlp, text_doc("Chile met Japan in Osaka. " * 2000, origin="big.txt"))
    with open_store(db) as store:
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages + 2}")
        with pytest.raises(StoreFull) as raised:
            store.add([(second, None)])
        assert raised.value.code == "E303"
        assert "free some space and run the same command again" in raised.value.message
    with open_store(db) as store:
        assert store.count() == 1
        assert store.article(first.article.id).article.id == first.article.id
        assert store.add([(second, None)]).ingested == 1


def test_hostile_18_a_file_that_is_no_store(tmp_path: Path) -> None:
    db = tmp_path / "notes.db"
    db.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreDamaged):
        open_store(db)


# --- 19: ids and searches ------------------------------------------------------------------
def test_hostile_19_wildcards_in_an_id_are_characters(nlp: Language, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    result = _stored(nlp, db)
    with open_store(db, readonly=True) as store:
        assert store.article(result.article.id[:6]).article.id == result.article.id
        for pattern in ("%", "_", f"%{result.article.id[2:8]}", result.article.id[:3] + "%"):
            with pytest.raises(NotFound, match="no article with id"):
                store.article(pattern)


@pytest.mark.parametrize(
    ("typed", "fts"),
    [
        ("Macron " * 15_000, '"Macron"'),
        ("-Macron Paris", '"Paris" NOT "Macron"'),
        ('"grain deal" OR corridor ships', '("grain deal" OR "corridor") AND "ships"'),
        ("title:Geneva talks", 'title : "Geneva" AND "talks"'),
        ("minist*", '"minist"*'),
        ("NEAR(grain deal)", '"NEAR grain" AND "deal"'),
        ('U.S. "open', '"U S" AND "open"'),
    ],
)
def test_hostile_19_search_text_becomes_a_safe_query(typed: str, fts: str) -> None:
    assert parse_search(typed).fts == fts


def test_hostile_19_search_refuses_what_it_cannot_run() -> None:
    with pytest.raises(UsageError, match=f"has 40 different terms; use at most {MAX_TERMS}"):
        parse_search(" ".join(f"w{n}" for n in range(40)))
    with pytest.raises(UsageError, match="it has only words to leave out"):
        parse_search("-Macron")
    with pytest.raises(UsageError, match="it has no words"):
        parse_search("*** ::")


def test_hostile_19_search_operators_work_in_the_store(nlp: Language, tmp_path: Path) -> None:
    raws = [
        text_doc("Macron met Scholz in Paris.", origin="1.txt", title="Paris talks"),
        text_doc("Scholz visited Paris alone.", origin="2.txt", title="A visit"),
        text_doc("Ministers met in Geneva.", origin="3.txt", title="Geneva"),
    ]
    results = analyse(nlp, *raws)
    with open_store(tmp_path / "s.db") as store:
        store.add((r, None) for r in results)
        ids = [r.article.id for r in results if isinstance(r, Analysis)]

        def found(typed: str) -> list[str]:
            return sorted({h.article_id for h in store.search(typed) if h.where == "article"})

        assert found("Paris -Macron") == [ids[1]]
        assert found("Macron OR Geneva") == sorted([ids[0], ids[2]])
        assert found("title:Paris") == [ids[0]]
        assert found("Minist*") == [ids[2]]


# --- found by fuzzing ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("written", "value"),
    [("-¼", -0.25), ("-1½", -1.5), ("2¾", 2.75), ("1e309", None), ("9" * 400, None)],
)
def test_hostile_fuzz_numbers_a_float_cannot_hold_or_signed_fractions(
    written: str, value: float | None
) -> None:
    assert parse_number(written) == value


def test_hostile_fuzz_thousands_of_numbers_and_times_in_bounded_time(nlp: Language) -> None:
    import time

    text = "Between 60 and 90 days, 235 -2330 -1229 on Monday 172 in 2019 and 1304516 -¼ " * 600
    started = time.monotonic()
    (result,) = analyse(nlp, text_doc(text), verbatim=True, article_seconds=None)
    assert isinstance(result, Analysis)
    assert time.monotonic() - started < 30
    assert_spans_index_text(result)
