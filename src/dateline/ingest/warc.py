"""Web archives (WARC and ARC, gzipped per record or whole, through warcio): each HTTP response
with an HTML or text body is one article, with its target address, the capture time as
``captured`` (no publication date may fall after it) and the charset its headers declare.

Other records (requests, metadata, images, revisits) are passed over. A record that cannot
be read is a failure named by the file and the record's offset; what was read before it is
kept. An article's id comes from its address, so the same page in two archives is one article.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from dateline.errors import InputError, InputTooLarge, UndecodableInput, UnreadableInput
from dateline.ingest.decode import decode_text
from dateline.ingest.raw import RawDocument, RawKind
from dateline.printable import path_text

WARC_SUFFIXES = {".warc", ".arc"}
READABLE_TYPES = {"text/html", "application/xhtml+xml", "text/plain"}
MAX_PADDING = 4096  # blank lines after an uncompressed archive's last record
CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def is_archive(path: Path) -> bool:
    """``crawl.warc``, ``crawl.warc.gz``, ``old.arc.gz``."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return bool(suffixes) and suffixes[-1] in WARC_SUFFIXES


def article_id(url: str) -> str:
    """One id for one address, whichever archive holds it."""
    return "web-" + hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _charset(content_type: str) -> str | None:
    match = CHARSET.search(content_type)
    return match.group(1).lower() if match else None


def _text(body: bytes, charset: str | None, origin: str) -> str:
    """The body decoded by its declared charset, else as UTF-8."""
    if charset and charset not in {"utf-8", "utf8"}:
        try:
            return body.decode(charset)
        except LookupError as exc:
            raise UndecodableInput(origin, f"unknown charset '{charset}'") from exc
        except UnicodeDecodeError as exc:
            raise UndecodableInput(
                origin, f"byte 0x{body[exc.start]:02x} at offset {exc.start} is not {charset}"
            ) from exc
    return decode_text(body, origin)


def _document(record: Any, origin: str, max_bytes: int) -> RawDocument | InputError | None:
    """The article a response record holds, its error, or None for a record of no article."""
    if record.rec_type not in {"response", "arc"} or record.http_headers is None:
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if content_type.split(";")[0].strip().lower() not in READABLE_TYPES:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or record.rec_headers.get_header("uri")
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        return InputTooLarge(origin, f"the body is over {max_bytes:,} bytes")
    missing = getattr(record.raw_stream, "limit", 0)  # bytes its length promised, not there
    if missing:
        return UnreadableInput(
            origin,
            f"the record is cut short: {missing:,} of its {record.length:,} bytes are missing",
        )
    try:
        text = _text(body, _charset(content_type), origin)
    except InputError as exc:
        return exc
    captured = record.rec_headers.get_header("WARC-Date") or None
    kind: RawKind = "text" if content_type.lower().startswith("text/plain") else "html"
    return RawDocument(
        origin=origin,
        kind=kind,
        content=text,
        id=article_id(url) if url else None,
        url=url,
        captured=captured,
    )


def read_archive(path: Path, *, max_bytes: int) -> Iterator[RawDocument | InputError]:
    """The articles of one WARC or ARC file, read a record at a time."""
    from warcio.archiveiterator import ArchiveIterator

    name = path_text(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield UnreadableInput(name, exc.strerror or str(exc))
        return
    with handle:
        size = path.stat().st_size
        # a record whose digest does not match its bytes (cut short, damaged) raises
        records = ArchiveIterator(handle, arc2warc=True, check_digests="raise")
        offset = end = 0
        try:
            for record in records:
                offset = int(records.offset)  # where this record starts in the file
                found = _document(record, f"{name}@{offset}", max_bytes)
                if found is not None:
                    yield found
                end = offset + int(records.get_record_length())
        except Exception as exc:  # warcio raises several kinds for a damaged archive
            where = int(getattr(records, "offset", offset))
            yield _damaged(name, where, f"{type(exc).__name__}: {exc}")
            return
        if end < size and not _only_padding(handle, end, size):
            # a gzip member cut short ends the iteration without a word
            yield _damaged(name, end, f"{size - end:,} bytes hold no whole record")


def _only_padding(handle: BinaryIO, start: int, size: int) -> bool:
    """Whether the bytes after the last record are the blank lines that end a record."""
    if size - start > MAX_PADDING:
        return False
    handle.seek(start)
    return not handle.read(MAX_PADDING).strip()


def _damaged(name: str, offset: int, why: str) -> UnreadableInput:
    return UnreadableInput(
        f"{name}@{offset}",
        f"the record at offset {offset} cannot be read ({why}); the records before it are kept",
    )
