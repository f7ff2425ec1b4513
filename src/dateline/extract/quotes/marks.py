"""Quotation marks paired into quoted stretches of text, robust to the faults of scraped copy.

A quote may run on into the next paragraph (that paragraph opens with a mark and the
previous one has no closing mark); a paragraph whose opening mark is never closed ends its
quote at the paragraph's end (with a warning); a stray closing mark is passed over so that it
does not shift the pairing of every later quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")
_DOUBLE_OPEN, _DOUBLE_CLOSE, _STRAIGHT = "“", "”", '"'
_SINGLE_OPEN, _SINGLE_CLOSE = "‘", "’"
_OPEN_BEFORE = set(" \t\n([{—–-/") | {""}
_CLOSE_AFTER = set(" \t\n.,;:!?)]}—–-") | {""}


@dataclass(frozen=True)
class Quoted:
    start: int  # first character inside the marks
    end: int  # the closing mark (or where an unclosed quote stops)
    open_mark: int  # offset of the opening mark
    closed: bool


def _width(text: str, i: int) -> int:
    """2 for a doubled apostrophe used as a double quotation mark (''like this''), else 1."""
    return 2 if text[i] == "'" and text[i + 1 : i + 2] == "'" else 1


def _role(text: str, i: int) -> str | None:
    """'open', 'close' or None (an apostrophe or a mark that is neither)."""
    width = _width(text, i)
    char = _STRAIGHT if width == 2 else text[i]
    before = text[i - 1] if i > 0 else ""
    after = text[i + width] if i + width < len(text) else ""
    if char == _DOUBLE_OPEN:
        return "open"
    if char == _DOUBLE_CLOSE:
        return "close"
    if char == _STRAIGHT:
        if before in _OPEN_BEFORE and after not in _CLOSE_AFTER:
            return "open"
        if after in _CLOSE_AFTER or after in "\"'’”":
            return "close"
        return "open" if before in _OPEN_BEFORE else "close"
    if char == _SINGLE_OPEN and before in _OPEN_BEFORE | {"“", '"'} and after.isalnum():
        return "single-open"
    if char == _SINGLE_CLOSE and not after.isalnum() and (after in _CLOSE_AFTER or after in '”"'):
        return "single-close"
    return None


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in PARAGRAPH_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def find_quoted(text: str) -> tuple[list[Quoted], list[str]]:
    """Double-quoted stretches (and single-quoted ones outside them), with warnings."""
    paragraphs = _paragraphs(text)
    quoted: list[Quoted] = []
    warnings: list[str] = []
    open_at: int | None = None  # the opening double mark of the quote under way
    open_par = 0  # the paragraph it has reached
    single_at: int | None = None

    def close_unfinished() -> None:
        nonlocal open_at
        assert open_at is not None
        end = _trim_end(text, open_at + 1, paragraphs[open_par][1])
        if text[open_at + 1 : end].strip():
            quoted.append(Quoted(open_at + 1, end, open_at, False))
        warnings.append(
            f"quotation mark at offset {open_at} is never closed; the quote ends with its paragraph"
        )
        open_at = None

    par = 0
    skip_to = 0
    for i, char in enumerate(text):
        if i < skip_to or char not in "“”\"‘’'":
            continue
        width = _width(text, i)
        if char == "'" and width == 1:
            continue  # a lone apostrophe is never a mark here
        skip_to = i + width
        while par + 1 < len(paragraphs) and i >= paragraphs[par + 1][0]:
            par += 1
            single_at = None
        role = _role(text, i)
        if open_at is not None and par != open_par:
            if role == "open" and i == paragraphs[par][0]:
                open_par = par  # the quote runs on into this paragraph: its mark opens nothing new
                continue
            close_unfinished()
        if role == "open":
            if open_at is not None:
                close_unfinished()
            open_at, open_par, single_at = i + width - 1, par, None
        elif role == "close":
            if open_at is None:
                warnings.append(f"stray closing quotation mark at offset {i}")
            else:
                quoted.append(Quoted(open_at + 1, i, open_at, True))
                open_at = None
        elif role == "single-open" and open_at is None and single_at is None:
            single_at = i
        elif role == "single-close" and open_at is None and single_at is not None:
            quoted.append(Quoted(single_at + 1, i, single_at, True))
            single_at = None
    if open_at is not None:
        close_unfinished()
    return quoted, warnings


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
