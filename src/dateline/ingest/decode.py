"""Bytes to text: size limits, gzip, binary detection and strict decoding."""

from __future__ import annotations

import codecs
import gzip
import os
import stat
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
NOT_REGULAR = "is not a regular file (a device, pipe or socket); not read"


def _megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def _open_regular(path: Path, origin: str, max_bytes: int) -> int:
    """A descriptor of ``path`` opened without blocking, refused unless it is a regular file
    (a pipe would block, a device never ends) and, unless gzipped, of at most ``max_bytes``."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    status = os.fstat(descriptor)
    if not stat.S_ISREG(status.st_mode):
        os.close(descriptor)
        raise UnreadableInput(origin, NOT_REGULAR)
    if status.st_size > max_bytes and path.suffix.lower() != ".gz":
        os.close(descriptor)
        raise InputTooLarge(
            origin,
            f"file is {_megabytes(status.st_size)}, over the {_megabytes(max_bytes)} limit",
        )
    return descriptor


def read_bytes(path: Path, origin: str, max_bytes: int) -> bytes:
    """The file's bytes (decompressed when it ends in .gz), refusing anything over ``max_bytes``.

    At most ``max_bytes`` + 1 bytes are ever read, whatever the file says its size is.
    """
    try:
        with os.fdopen(_open_regular(path, origin, max_bytes), "rb") as handle:
            if path.suffix.lower() == ".gz":
                with gzip.open(handle, "rb") as unzipped:
                    data = unzipped.read(max_bytes + 1)
                if len(data) > max_bytes:
                    raise InputTooLarge(
                        origin, f"decompressed text is over the {_megabytes(max_bytes)} limit"
                    )
                return data
            data = handle.read(max_bytes + 1)
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
        raise InputTooLarge(origin, f"file is over the {_megabytes(max_bytes)} limit")
    return data


def decode_text(data: bytes, origin: str) -> str:
    """Decode UTF-8 (or BOM-marked UTF-16) strictly; binary or undecodable input is an error."""
    if not data.strip():
        raise EmptyInput(origin, "file is empty" if not data else "file has only whitespace")
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return _checked(data[len(bom) :].decode(encoding), origin)
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
    return _checked(text, origin)


def _checked(text: str, origin: str) -> str:
    """Decoded text, checked: a NUL anywhere means it is not text. (Line ends are made
    ``\\n`` with the rest of the input's normalising, in ``pipeline.prepare``.)"""
    nul = text.find("\x00")
    if nul != -1:
        line = text.count("\n", 0, nul) + 1
        raise BinaryInput(
            origin, f"has a NUL character at offset {nul}: looks like a binary file", line=line
        )
    if not text.strip():
        raise EmptyInput(origin, "file has only whitespace")
    return text
