"""Events on MEANTIME: Dateline's event triggers against the gold EVENT_MENTIONs, and its
sources and targets against the gold HAS_PARTICIPANT Arg0 and Arg1 of the same mention.

Trigger precision: the share of Dateline's events, in the annotated part of each article, whose
trigger lies on a gold event mention. Recall: the share of gold event mentions with an Arg0
and an Arg1 (the events with a doer and a done-to, what an event coder is after) that one of
Dateline's events lies on. Source (target) precision: of the events on a gold mention with an
Arg0 (Arg1) that Dateline gives a source (target), the share whose first source (target) has a
mention in the sentence overlapping it; recall divides by every such event. The baseline takes
the trigger's own syntactic subject and object on the same events.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from dateline.evaluate.meantime import read_document
from dateline.evaluate.scoring import ratio
from dateline.ingest import RawDocument
from dateline.model import Analysis, Entity, Event
from dateline.pipeline import AnalyzeOptions, analyze_batch

Spans = list[tuple[int, int]]


@dataclass
class GoldEvent:
    start: int
    end: int
    doers: Spans = field(default_factory=list)  # Arg0 participants
    sufferers: Spans = field(default_factory=list)  # Arg1 participants


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def gold_events(path: Path, offsets: dict[str, tuple[int, int]]) -> list[GoldEvent]:
    """The document's gold event mentions with their Arg0 and Arg1 participants' spans."""
    root = ET.parse(path).getroot()

    def span(markable: ET.Element) -> tuple[int, int] | None:
        found = (offsets.get(a.get("t_id", "")) for a in markable.findall("token_anchor"))
        anchors = [a for a in found if a is not None]
        return (min(a[0] for a in anchors), max(a[1] for a in anchors)) if anchors else None

    entity_spans = {
        m.get("m_id", ""): s for m in root.iter("ENTITY_MENTION") if (s := span(m)) is not None
    }
    events: dict[str, GoldEvent] = {}
    for mention in root.iter("EVENT_MENTION"):
        if (s := span(mention)) is not None:
            events[mention.get("m_id", "")] = GoldEvent(*s)
    for link in root.iter("HAS_PARTICIPANT"):
        source, target = link.find("source"), link.find("target")
        if source is None or target is None:
            continue
        event = events.get(source.get("m_id", ""))
        participant = entity_spans.get(target.get("m_id", ""))
        if event is None or participant is None:
            continue
        if link.get("sem_role") == "Arg0":
            event.doers.append(participant)
        elif link.get("sem_role") == "Arg1":
            event.sufferers.append(participant)
    return list(events.values())


def _mention_hits(entity: Entity | None, event: Event, gold: Spans) -> bool:
    if entity is None:
        return False
    sentence = (event.sentence.start, event.sentence.end)
    return any(
        _overlaps((m.start, m.end), g)
        for m in entity.mentions
        if _overlaps((m.start, m.end), sentence)
        for g in gold
    )


def _phrase(token: Token | None) -> tuple[int, int] | None:
    if token is None:
        return None
    subtree = list(token.subtree)
    return subtree[0].idx, subtree[-1].idx + len(subtree[-1])


def _baseline(doc: Doc, event: Event) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The trigger's own subject and object phrases (the passive agent as subject)."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None:
        return None, None
    verb = span.root
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if subject is None and agent is not None:
        subject = next((c for c in agent.children if c.dep_ == "pobj"), None)
    thing = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    return _phrase(subject), _phrase(thing)


def evaluate_meantime_events(root: Path, nlp: Language) -> list[dict[str, float | int | str]]:
    paths = sorted((root / "intra_cross-doc_annotation").glob("*/*.xml"))
    docs = [read_document(p) for p in paths]
    raws = [
        RawDocument(origin=d.name, kind="text", content=d.text, published=d.created) for d in docs
    ]
    results = analyze_batch(list(raws), nlp, AnalyzeOptions(verbatim=True))
    counts = dict.fromkeys(("events", "on_gold", "gold", "found", "with_doer", "with_sufferer"), 0)
    # per system and role: events given that role, and of them those that hit the gold
    given = {k: 0 for k in ("dateline_source", "dateline_target", "base_source", "base_target")}
    right = dict.fromkeys(given, 0)
    for path, doc, result in zip(paths, docs, results, strict=True):
        if not isinstance(result, Analysis):
            continue
        gold = [g for g in gold_events(path, doc.offsets) if g.end <= doc.annotated_end]
        events = [e for e in result.events if e.trigger.end <= doc.annotated_end]
        parsed = nlp(doc.text)
        by_id = {e.id: e for e in result.entities}
        actor_events = [g for g in gold if g.doers and g.sufferers]
        counts["gold"] += len(actor_events)
        counts["found"] += sum(
            any(_overlaps((e.trigger.start, e.trigger.end), (g.start, g.end)) for e in events)
            for g in actor_events
        )
        for event in events:
            counts["events"] += 1
            trigger = (event.trigger.start, event.trigger.end)
            match = next((g for g in gold if _overlaps(trigger, (g.start, g.end))), None)
            if match is None:
                continue
            counts["on_gold"] += 1
            subject, thing = _baseline(parsed, event)
            for role, ids, phrase, wanted in (
                ("source", event.sources, subject, match.doers),
                ("target", event.targets, thing, match.sufferers),
            ):
                if not wanted:
                    continue
                counts["with_doer" if role == "source" else "with_sufferer"] += 1
                if ids:
                    given[f"dateline_{role}"] += 1
                    right[f"dateline_{role}"] += _mention_hits(by_id.get(ids[0]), event, wanted)
                if phrase is not None:
                    given[f"base_{role}"] += 1
                    right[f"base_{role}"] += any(_overlaps(phrase, g) for g in wanted)
    rows: list[dict[str, float | int | str]] = []
    for system, prefix in (("dateline", "dateline"), ("subject and object", "base")):
        rows.append(
            {
                "system": system,
                "corpus": "meantime-en",
                "events": counts["events"] if prefix == "dateline" else counts["on_gold"],
                **(
                    {
                        "trigger_precision": ratio(counts["on_gold"], counts["events"]),
                        "trigger_recall": ratio(counts["found"], counts["gold"]),
                    }
                    if prefix == "dateline"
                    else {}
                ),
                "source_precision": ratio(right[f"{prefix}_source"], given[f"{prefix}_source"]),
                "source_recall": ratio(right[f"{prefix}_source"], counts["with_doer"]),
                "target_precision": ratio(right[f"{prefix}_target"], given[f"{prefix}_target"]),
                "target_recall": ratio(right[f"{prefix}_target"], counts["with_sufferer"]),
            }
        )
    return rows
