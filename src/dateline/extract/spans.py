"""Helpers shared by extractors to turn spaCy spans into record spans."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import ORTH, POS
from spacy.tokens import Doc, Token
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


def entity_at(token: Token) -> SpacySpan:
    """The named entity ``token`` is part of (it must be in one), found from the token's IOB
    tags: ``doc.ents`` builds every entity anew on each access."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return SpacySpan(doc, start, end, label=token.ent_type_)


def token_texts(doc: Doc) -> list[str]:
    """Every token's text, read from the Doc's array rather than through a Token each."""
    strings = doc.vocab.strings
    return [strings[orth] for orth in doc.to_array(ORTH).tolist()]


def token_positions(doc: Doc) -> list[int]:
    """Every token's coarse part of speech, as spaCy's symbol (``spacy.symbols.PROPN``)."""
    return [int(pos) for pos in doc.to_array(POS).tolist()]


def remember_text(doc: Doc, text: str) -> None:
    """Tell ``doc_text`` the text the Doc was made from, so it is never rebuilt."""
    doc.user_data["dateline_text"] = text


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
