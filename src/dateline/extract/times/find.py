"""Time expressions found in a text: every pattern's matches, the longest kept where two
compete, each resolved to a TIMEX3 value against the publication date.

Values resolve against the publication date. Weekday and month names without a year, and
"the weekend", resolve by the tense of their clause: "on Friday, when the ministers sign" in
an article of Wednesday 2021-03-10 is 2021-03-12; "the ministers signed on Friday" is
2021-03-05. Without a publication date, expressions keep their extent and type and a value
only where it needs no anchor (a year, a duration).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date
from typing import cast

from spacy.tokens import Doc

from dateline.extract.spans import Taken, doc_text
from dateline.extract.times.anaphora import resolve_anaphora
from dateline.extract.times.calendar import FREQUENT_ADJECTIVES
from dateline.extract.times.patterns import (
    COMPILED,
    FOLDS_TO_ASCII,
    LETTER_RUN,
    PRECHECK_PATTERNS,
    PRECHECK_WORDS,
)
from dateline.extract.times.relative import RESOLVERS
from dateline.extract.times.tense import direction
from dateline.extract.times.values import Anchor, Found
from dateline.model import TimeExpression, TimeType

_TIME_OF_DAY_RULES = {"clock", "clock_day", "part_of_day", "the_part_of_day"}


def find_times(text: str, published: date | None, doc: Doc | None = None) -> list[Found]:
    """Non-overlapping time expressions in ``text``, longest first where two compete."""
    anchor = Anchor(published)
    text = text.translate(FOLDS_TO_ASCII)
    candidates = pattern_matches(text)
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken = Taken(len(text))
    found: list[Found] = []
    for start, end, name, match in candidates:
        if not taken.free(start, end):
            continue
        if name == "bare_month" and match.group("x") == "May" and not _may_is_month(text, end):
            continue
        if LOWERCASE_MAY.search(text, start, end):
            continue  # "this may have" is a verb
        if (
            name == "set"
            and doc is not None
            and _is_adjective(doc, start)
            and text[start:end].lower() not in FREQUENT_ADJECTIVES
        ):
            continue  # "quarterly dividend", "annual report": a kind of thing
        tense = direction(doc, start, text)
        try:
            result = RESOLVERS[name](match, anchor, tense)
        except (OverflowError, ValueError):
            # A day before year 1 or after 9999: found, but no value to give it.
            result = ("TIME" if name in _TIME_OF_DAY_RULES else "DATE", None, None)
        if result is None:
            continue
        taken.claim(start, end)
        type_, value, mod = result
        found.append(Found(start, end, type_, value, mod))
    found.sort(key=lambda f: f.start)
    return resolve_anaphora(found, text, published)


def pattern_matches(
    text: str, *, prechecked: bool = True
) -> list[tuple[int, int, str, re.Match[str]]]:
    """Every pattern's matches, line by line (no time runs across a line), in pattern order,
    in ``text`` as ``find_times`` reads it (``FOLDS_TO_ASCII`` applied). With ``prechecked``, a
    pattern scans only the lines that hold one of its precheck's words."""
    lines = [line.span() for line in LINE.finditer(text)]
    prechecks = _Prechecks(text.lower(), lines) if prechecked else None
    candidates: list[tuple[int, int, str, re.Match[str]]] = []
    for name, pattern in COMPILED:
        scanned = lines if prechecks is None else prechecks.lines_for(name)
        for match in (m for first, last in scanned for m in pattern.finditer(text, first, last)):
            has_x = "x" in pattern.groupindex and match.group("x") is not None
            start, end = match.span("x") if has_x else match.span()
            if end > start:
                candidates.append((start, end, name, match))
    return candidates


class _Prechecks:
    """The lines of one text that may hold each pattern's matches."""

    def __init__(self, lowered: str, lines: list[tuple[int, int]]) -> None:
        self.lowered = lowered
        self.lines = lines
        self.starts = [first for first, _ in lines]
        self.lines_of_word: dict[str, set[int]] = {}
        for index, (first, last) in enumerate(lines):
            for word in LETTER_RUN.findall(lowered, first, last):
                self.lines_of_word.setdefault(word, set()).add(index)
        self.held: dict[int, list[tuple[int, int]]] = {}  # one precheck shared by many patterns

    def lines_for(self, name: str) -> list[tuple[int, int]]:
        words = PRECHECK_WORDS.get(name)
        regex = PRECHECK_PATTERNS.get(name)
        precheck = words if words is not None else regex
        if precheck is None:
            return self.lines
        if id(precheck) not in self.held:
            held: set[int] = set()
            if words is not None:
                for word in words & self.lines_of_word.keys():
                    held |= self.lines_of_word[word]
            elif regex is not None:
                held = {
                    bisect_right(self.starts, hit.start()) - 1
                    for hit in regex.finditer(self.lowered)
                }
            self.held[id(precheck)] = [self.lines[index] for index in sorted(held)]
        return self.held[id(precheck)]


def _is_adjective(doc: Doc, start: int) -> bool:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].pos_ == "ADJ"


LOWERCASE_MAY = re.compile(r"\bmay\b")
LINE = re.compile(r"[^\n]+")


def _may_is_month(text: str, end: int) -> bool:
    """ "in May" is a month; "they may" is a verb — the pattern already asks for a preposition."""
    return not text[end : end + 3].strip().startswith(("be", "not"))


def extract_times(doc: Doc, published: str | None) -> list[TimeExpression]:
    day = date.fromisoformat(published[:10]) if published else None
    text = doc_text(doc)
    return [
        TimeExpression(
            id=f"t{index}",
            start=f.start,
            end=f.end,
            text=text[f.start : f.end],
            type=cast(TimeType, f.type),
            value=f.value,
            mod=f.mod,
        )
        for index, f in enumerate(find_times(text, day, doc), start=1)
    ]
