"""Helpers shared by extractors to turn spaCy spans into record spans."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from dateline.model import Span


def record_span(span: SpacySpan) -> Span:
    return Span(start=span.start_char, end=span.end_char, text=span.text)


def char_span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])
