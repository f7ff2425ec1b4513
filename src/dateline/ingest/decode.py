"""Bytes to text: size limits, gzip, binary detection and strict decoding."""

from __future__ import annotations

import codecs
import gzip
import zlib
from pathlib import Path

from dateline.errors import (
    BinaryInput,
    EmptyInput,
    InputTooLarge,
    UndecodableInput,
    UnreadableInput,
)

# Control characters other than tab, newline, carriage return and form feed.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_SNIFF_BYTES = 8192


def _megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def read_bytes(path: Path, origin: str, max_bytes: int) -> bytes:
    """The file's bytes (decompressed when it ends in .gz), refusing anything over ``max_bytes``."""
    try:
        size = path.stat().st_size
        if path.suffix == ".gz":
            with gzip.open(path, "rb") as handle:
                data = handle.read(max_bytes + 1)
        else:
            if size > max_bytes:
                raise InputTooLarge(
                    origin, f"file is {_megabytes(size)}, over the {_megabytes(max_bytes)} limit"
                )
            data = path.read_bytes()
    except (gzip.BadGzipFile, zlib.error, EOFError) as exc:
        raise UnreadableInput(origin, f"not a valid gzip file ({exc})") from exc
    except IsADirectoryError as exc:
        raise UnreadableInput(origin, "is a directory") from exc
    except FileNotFoundError as exc:
        raise UnreadableInput(origin, "no such file") from exc
    except PermissionError as exc:
        raise UnreadableInput(origin, "permission denied") from exc
    except OSError as exc:
        raise UnreadableInput(origin, exc.strerror or str(exc)) from exc
    if len(data) > max_bytes:
        raise InputTooLarge(origin, f"decompressed text is over the {_megabytes(max_bytes)} limit")
    return data


def decode_text(data: bytes, origin: str) -> str:
    """Decode UTF-8 (or BOM-marked UTF-16) strictly; binary or undecodable input is an error."""
    if not data.strip():
        raise EmptyInput(origin, "file is empty" if not data else "file has only whitespace")
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise UndecodableInput(
                    origin, f"invalid {encoding.upper()} text ({exc.reason})"
                ) from exc
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head or sum(head.count(bytes([b])) for b in _CONTROL_BYTES) > len(head) // 20:
        raise BinaryInput(origin, "looks like a binary file, not text")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise UndecodableInput(
            origin,
            f"byte 0x{data[exc.start]:02x} at offset {exc.start} is not valid UTF-8",
            line=line,
        ) from exc
    if not text.strip():
        raise EmptyInput(origin, "file has only whitespace")
    return text
