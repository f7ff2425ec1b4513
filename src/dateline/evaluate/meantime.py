"""NewsReader MEANTIME (CAT XML): documents rebuilt as text with offsets for every token.

The corpus gives tokens, not the original text, so each document is rebuilt: tokens joined by
single spaces except before closing punctuation and after opening brackets, one sentence a
paragraph. Gold markables become character spans into that text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "%", "'s", "’s", "n't", "'", "''"}
NO_SPACE_AFTER = {"(", "[", "$", "``"}
LAST_ANNOTATED_SENTENCE = 5


@dataclass(frozen=True)
class GoldMention:
    start: int
    end: int
    text: str
    type: str  # PER, ORG, LOC, PRO, FIN, ...
    syntactic_type: str
    instance: str  # cross-document instance id ("" when none)


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    type: str
    value: str


@dataclass
class MeantimeDoc:
    name: str
    corpus: str
    text: str
    created: str | None
    annotated_end: int  # MEANTIME annotates the first sentences only: where they end
    entity_mentions: list[GoldMention] = field(default_factory=list)
    timexes: list[GoldTimex] = field(default_factory=list)
    creation_spans: list[tuple[int, int]] = field(default_factory=list)  # the date line
    values: list[GoldTimex] = field(default_factory=list)  # VALUE: QUANTITY, MONEY, PERCENT
    offsets: dict[str, tuple[int, int]] = field(default_factory=dict)  # token id → its span


def _annotated_end(root: ET.Element, offsets: dict[str, tuple[int, int]]) -> int:
    """End of the annotated part: MEANTIME's document-level annotation covers the title and
    the first sentences of each article (sentences 0 to 5); later markables are sparse."""
    ends = [
        offsets[t.get("t_id", "")][1]
        for t in root.iter("token")
        if t.get("t_id") in offsets and int(t.get("sentence") or 0) <= LAST_ANNOTATED_SENTENCE
    ]
    return max(ends, default=0)


def _rebuild(root: ET.Element) -> tuple[str, dict[str, tuple[int, int]]]:
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    length = 0
    sentence: str | None = None
    previous = ""
    seen: set[str] = set()
    for token in root.iter("token"):
        t_id = token.get("t_id", "")
        if t_id in seen:
            continue
        seen.add(t_id)
        word = token.text or ""
        if sentence is not None and token.get("sentence") != sentence:
            separator = "\n\n"
        elif sentence is None or word in NO_SPACE_BEFORE or previous in NO_SPACE_AFTER:
            separator = ""
        else:
            separator = " "
        sentence = token.get("sentence")
        parts.append(separator)
        length += len(separator)
        offsets[t_id] = (length, length + len(word))
        parts.append(word)
        length += len(word)
        previous = word
    return "".join(parts), offsets


def _iso_created(value: str) -> str | None:
    """The creation time as YYYY-MM-DD; one document writes it DD-MM-YYYY."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value):
        return value[:10]
    day_first = re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", value)
    if day_first:
        return f"{day_first.group(3)}-{day_first.group(2)}-{day_first.group(1)}"
    return None


def read_document(path: Path) -> MeantimeDoc:
    root = ET.parse(path).getroot()
    text, offsets = _rebuild(root)
    created = None
    pending_timexes: list[GoldTimex] = []
    creation: list[tuple[int, int]] = []
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            created = _iso_created(timex.get("value") or "")
    for timex in root.iter("TIMEX3"):
        anchors = [
            offsets[a.get("t_id", "")]
            for a in timex.findall("token_anchor")
            if a.get("t_id") in offsets
        ]
        if anchors and timex.get("functionInDocument") == "CREATION_TIME":
            creation.append((min(a[0] for a in anchors), max(a[1] for a in anchors)))
        elif anchors:
            start, end = min(a[0] for a in anchors), max(a[1] for a in anchors)
            doc_timex = GoldTimex(start, end, timex.get("type", ""), timex.get("value", ""))
            pending_timexes.append(doc_timex)
    entities = {e.get("m_id"): e for e in root.iter("ENTITY")}
    mentions = {m.get("m_id"): m for m in root.iter("ENTITY_MENTION")}
    doc = MeantimeDoc(
        name=path.stem,
        corpus=path.parent.name,
        text=text,
        created=created,
        annotated_end=_annotated_end(root, offsets),
        offsets=offsets,
    )
    doc.timexes = pending_timexes
    for value in root.iter("VALUE"):
        anchors = [
            offsets[a.get("t_id", "")]
            for a in value.findall("token_anchor")
            if a.get("t_id") in offsets
        ]
        if anchors:
            start, end = min(a[0] for a in anchors), max(a[1] for a in anchors)
            doc.values.append(GoldTimex(start, end, value.get("type", ""), ""))
    doc.creation_spans = creation
    for relation in root.iter("REFERS_TO"):
        target = relation.find("target")
        entity = entities.get(target.get("m_id") if target is not None else None)
        if entity is None:
            continue
        for source in relation.findall("source"):
            mention = mentions.get(source.get("m_id"))
            if mention is None:
                continue
            anchors = [
                offsets[a.get("t_id", "")]
                for a in mention.findall("token_anchor")
                if a.get("t_id") in offsets
            ]
            if not anchors:
                continue
            start, end = min(a[0] for a in anchors), max(a[1] for a in anchors)
            doc.entity_mentions.append(
                GoldMention(
                    start,
                    end,
                    text[start:end],
                    entity.get("ent_type", ""),
                    mention.get("syntactic_type", ""),
                    entity.get("instance_id", ""),
                )
            )
    return doc


def meantime_documents(root: Path) -> Iterator[MeantimeDoc]:
    for path in sorted((root / "intra_cross-doc_annotation").glob("*/*.xml")):
        yield read_document(path)
