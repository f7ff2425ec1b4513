"""Helpers shared by extractors to turn spaCy spans into record spans."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from dateline.model import Entity, Span


def record_span(span: SpacySpan) -> Span:
    return Span(start=span.start_char, end=span.end_char, text=span.text)


def char_span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def entities_by_offset(entities: list[Entity]) -> dict[int, Entity]:
    """Every character offset inside an entity mention → that entity."""
    return {
        offset: entity
        for entity in entities
        for mention in entity.mentions
        for offset in range(mention.start, mention.end)
    }


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once: spaCy rebuilds ``Doc.text`` from its tokens on every access."""
    text = doc.user_data.get("dateline_text")
    if not isinstance(text, str):
        text = doc.user_data["dateline_text"] = doc.text
    return text


class Taken:
    """Character ranges already claimed by a match, checked in C rather than pair by pair."""

    def __init__(self, length: int) -> None:
        self.mask = bytearray(length + 1)

    def free(self, start: int, end: int) -> bool:
        return self.mask.find(1, start, end) < 0

    def claim(self, start: int, end: int) -> None:
        self.mask[start:end] = b"\x01" * (end - start)


def register_extension(key: str) -> None:
    """``doc._.<key>``, where a component writes its records."""
    if not Doc.has_extension(key):
        Doc.set_extension(key, default=None)


def write_labelled_spans(
    doc: Doc, key: str, records: Sequence[object], labelled: Sequence[tuple[int, int, str]]
) -> None:
    """Write ``records`` to ``doc._.<key>`` and their extents to ``doc.spans[key]``;
    ``labelled``: each record's (start, end, label)."""
    spans = [doc.char_span(s, e, label=label, alignment_mode="expand") for s, e, label in labelled]
    doc.spans[key] = [span for span in spans if span is not None]
    doc._.set(key, list(records))
