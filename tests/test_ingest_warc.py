"""Web archives written here with warcio: responses become articles, the rest is passed over,
a damaged record is a failure named by its offset, and one address is one article."""

from __future__ import annotations

import gzip
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.errors import InputError
from dateline.ingest import RawDocument, read_paths
from dateline.ingest.warc import article_id
from dateline.runner import ingest_paths
from dateline.settings import Settings
from dateline.store import open_store

PAGE = (
    "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens"
    "</h1><p>The port of Lindmark reopened on Tuesday after a storm closed it for three days,"
    " the harbour master said. About 40 ships had waited offshore.</p><p>“We are open for"
    " business,” said harbour master Ola Berg.</p></article></body></html>"
)


def _response(writer: WARCWriter, url: str, body: bytes, content_type: str, date: str) -> None:
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers)
    record.rec_headers.replace_header("WARC-Date", date)
    writer.write_record(record)


def write_archive(path: Path, *, gzipped: bool = True) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzipped)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        request = writer.create_warc_record(
            "https://news.example.org/harbour",
            "request",
            payload=BytesIO(b"GET /harbour HTTP/1.1\r\nHost: news.example.org\r\n\r\n"),
        )
        writer.write_record(request)
        _response(
            writer,
            "https://news.example.org/harbour",
            PAGE.encode(),
            "text/html; charset=utf-8",
            "2023-05-03T08:15:00Z",
        )
        _response(
            writer,
            "https://news.example.org/logo.png",
            b"\x89PNG....",
            "image/png",
            "2023-05-03T08:15:01Z",
        )
        _response(
            writer,
            "https://news.example.org/brief.txt",
            "Café owners in Lindmark said on Monday that prices rose 5%.".encode("latin-1"),
            "text/plain; charset=ISO-8859-1",
            "2023-05-02T10:00:00Z",
        )


@pytest.mark.parametrize("gzipped", [True, False])
def test_ingest_warc_responses_become_articles(tmp_path: Path, gzipped: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc")
    write_archive(path, gzipped=gzipped)
    read = list(read_paths([str(path)]))
    assert all(isinstance(r, RawDocument) for r in read)
    page, brief = read
    assert isinstance(page, RawDocument) and isinstance(brief, RawDocument)
    assert (page.kind, page.url, page.captured) == (
        "html",
        "https://news.example.org/harbour",
        "2023-05-03T08:15:00Z",
    )
    assert page.id == article_id("https://news.example.org/harbour")
    assert page.origin.startswith(str(path) + "@")
    assert brief.kind == "text" and brief.content.startswith("Café owners")  # latin-1 read


def _member_offsets(path: Path) -> list[int]:
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as handle:
        records = ArchiveIterator(handle)
        return [int(records.offset) for _ in records]


@pytest.mark.parametrize("share", [0.1, 0.5, 0.9])
def test_ingest_warc_truncated_record_is_a_failure_at_its_offset(
    tmp_path: Path, share: float
) -> None:
    whole = tmp_path / "whole.warc.gz"
    write_archive(whole)
    data = whole.read_bytes()
    last = _member_offsets(whole)[-1]  # the text/plain brief
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: last + int((len(data) - last) * share)])  # cut inside its member
    read = list(read_paths([str(cut)]))
    assert isinstance(read[0], RawDocument) and read[0].url == "https://news.example.org/harbour"
    assert len(read[0].content) == len(PAGE)
    failure = read[-1]
    assert isinstance(failure, InputError), failure
    assert failure.origin == f"{cut}@{last}"
    assert "cut short" in failure.reason or "records before it are kept" in failure.reason
    assert len(read) == 2


def test_ingest_warc_same_address_in_two_archives_is_one_article(tmp_path: Path) -> None:
    first, second = tmp_path / "a.warc.gz", tmp_path / "b.warc.gz"
    write_archive(first)
    write_archive(second)
    with open_store(tmp_path / "store.db") as store:
        report = ingest_paths([str(first), str(second)], store, settings=Settings(workers=1))
        assert report.counts.ingested == 2
        assert report.counts.duplicates == 2
        analysis = store.article(article_id("https://news.example.org/harbour"))
    assert analysis.article.url == "https://news.example.org/harbour"
    assert analysis.article.published is None or analysis.article.published <= "2023-05-03"
    assert any(q.speaker_name == "Ola Berg" for q in analysis.quotes)


def test_ingest_warc_gzip_member_is_gzip(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_archive(path)
    assert gzip.decompress(path.read_bytes()).startswith(b"WARC/1.")
