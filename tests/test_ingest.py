from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from dateline.errors import (
    BadDate,
    BadRecord,
    BinaryInput,
    EmptyInput,
    InputError,
    InputTooLarge,
    UndecodableInput,
    UnreadableInput,
)
from dateline.ingest import RawDocument, read_paths
from dateline.ingest.files import count_inputs


def read_all(*paths: Path | str) -> list[RawDocument | InputError]:
    return list(read_paths([str(p) for p in paths]))


def test_ingest_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("date 2021-03-10\n\nBody.", encoding="utf-8")
    (raw,) = read_all(path)
    assert isinstance(raw, RawDocument)
    assert (raw.kind, raw.origin, raw.content) == ("text", str(path), "date 2021-03-10\n\nBody.")


def test_ingest_html_by_suffix_and_by_content(tmp_path: Path) -> None:
    (tmp_path / "page.htm").write_text("<html><body><p>Hi</p></body></html>", encoding="utf-8")
    (tmp_path / "saved").write_text("  <!DOCTYPE html><html><p>Hi</p></html>", encoding="utf-8")
    kinds = [r.kind for r in read_all(tmp_path) if isinstance(r, RawDocument)]
    assert kinds == ["html", "html"]


def test_ingest_directories_recursive_sorted_and_hidden_skipped(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zed.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Ay.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("No.", encoding="utf-8")
    (tmp_path / "store.db").write_bytes(b"SQLite format 3\x00")
    origins = [r.origin for r in read_all(tmp_path)]
    assert origins == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "z.txt")]


def test_ingest_glob(tmp_path: Path) -> None:
    for name in ("one.txt", "two.txt", "three.md"):
        (tmp_path / name).write_text(f"{name} text.", encoding="utf-8")
    origins = [Path(r.origin).name for r in read_all(f"{tmp_path}/*.txt")]
    assert origins == ["one.txt", "two.txt"]
    (error,) = read_all(f"{tmp_path}/*.csv")
    assert isinstance(error, UnreadableInput)
    assert error.reason == "no file matches this pattern"


def test_ingest_gzip_text_and_jsonl(tmp_path: Path) -> None:
    with gzip.open(tmp_path / "a.txt.gz", "wt", encoding="utf-8") as handle:
        handle.write("Gzipped body.")
    with gzip.open(tmp_path / "b.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "x1", "text": "One."}) + "\n")
    raws = read_all(tmp_path)
    assert [(r.content, r.id) for r in raws if isinstance(r, RawDocument)] == [
        ("Gzipped body.", None),
        ("One.", "x1"),
    ]


def test_ingest_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(
            {
                "id": "a",
                "url": "https://e.org/a",
                "title": "A",
                "published": "2022-04-12",
                "source": "Wire",
                "text": "Alpha.",
            }
        ),
        "{not json",
        "",
        json.dumps({"id": "c", "html": "<html><p>Gamma</p></html>"}),
        json.dumps({"id": "d"}),
        json.dumps({"id": "e", "published": "yesterday-ish", "text": "Eps."}),
        json.dumps(["not", "an", "object"]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = read_all(path)
    first = results[0]
    assert isinstance(first, RawDocument)
    assert (first.origin, first.id, first.url, first.title, first.published, first.source) == (
        f"{path}:1",
        "a",
        "https://e.org/a",
        "A",
        "2022-04-12",
        "Wire",
    )
    errors = [(type(r), r.line, r.reason) for r in results if isinstance(r, InputError)]
    assert errors == [
        (
            BadRecord,
            2,
            "not valid JSON (Expecting property name enclosed in double quotes at column 2)",
        ),
        (BadRecord, 5, "record has neither 'text' nor 'html'"),
        (
            BadDate,
            6,
            "'published': 'yesterday-ish' is not a date written out (day, month and year)",
        ),
        (BadRecord, 7, "expected a JSON object, got list"),
    ]
    html = results[2]
    assert isinstance(html, RawDocument) and (html.kind, html.origin) == ("html", f"{path}:4")
    assert (
        str(results[1])
        == f"[E106] {path}:2: not valid JSON (Expecting property name enclosed in double quotes at column 2)"
    )


def test_ingest_json_array(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    path.write_text(
        json.dumps([{"text": "One."}, {"text": "Two.", "authors": "Ana Ruiz"}]), encoding="utf-8"
    )
    raws = [r for r in read_all(path) if isinstance(r, RawDocument)]
    assert [(r.origin, r.content, r.authors) for r in raws] == [
        (f"{path}#1", "One.", ()),
        (f"{path}#2", "Two.", ("Ana Ruiz",)),
    ]


@pytest.mark.parametrize(
    ("data", "error", "reason"),
    [
        (b"", EmptyInput, "file is empty"),
        (b"  \n\n\t ", EmptyInput, "file has only whitespace"),
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
            BinaryInput,
            "looks like a binary file, not text",
        ),
        (
            b"line one\nline two caf\xe9\n",
            UndecodableInput,
            "byte 0xe9 at offset 21 is not valid UTF-8",
        ),
    ],
)
def test_ingest_bad_files(
    tmp_path: Path, data: bytes, error: type[InputError], reason: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    (result,) = read_all(path)
    assert isinstance(result, error)
    assert result.reason == reason
    assert result.origin == str(path)


def test_ingest_undecodable_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"line one\nline two caf\xe9\n")
    (result,) = read_all(path)
    assert isinstance(result, UndecodableInput)
    assert result.line == 2
    assert str(result) == f"[E103] {path}:2: byte 0xe9 at offset 21 is not valid UTF-8"


def test_ingest_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes("Body in UTF-16.".encode("utf-16"))
    (raw,) = read_all(path)
    assert isinstance(raw, RawDocument) and raw.content == "Body in UTF-16."


def test_ingest_fifty_megabyte_file_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, instant to make
    (result,) = read_all(path)
    assert isinstance(result, InputTooLarge)
    assert result.reason == "file is 50.0 MB, over the 5.0 MB limit"


def test_ingest_missing_path(tmp_path: Path) -> None:
    (result,) = read_all(tmp_path / "nope.txt")
    assert isinstance(result, UnreadableInput)
    assert result.reason == "no such file or directory"


def test_ingest_batch_goes_on_after_bad_file(tmp_path: Path) -> None:
    (tmp_path / "1-empty.txt").write_bytes(b"")
    (tmp_path / "2-good.txt").write_text("Good.", encoding="utf-8")
    results = read_all(tmp_path)
    assert [type(r).__name__ for r in results] == ["EmptyInput", "RawDocument"]


def test_ingest_count_inputs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        '{"text": "1"}\n\n{"text": "2"}\n{"text": "3"}\n', encoding="utf-8"
    )
    assert count_inputs([str(tmp_path)]) == 4
