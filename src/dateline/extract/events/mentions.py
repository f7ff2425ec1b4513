"""One real event, one record: mentions of the same event in an article join one record.

Two coded events are one when they share their lexicon type, their actors and a compatible
date ("Turkey and Greece will meet in Geneva on Friday" … "the ministers of Turkey and Greece
meet on Friday"). An event noun without actors of its own that points back ("the talks",
"their meeting") is a further mention of the latest event of its type before it; with none
before it, it is no event at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from dateline.model import Event, Span


@dataclass
class Found:
    event: Event
    base_type: str  # the lexicon's type, before a stated intent recodes it as AGREE or THREATEN


def _same_event(a: Found, b: Found) -> bool:
    actors_a = set(a.event.sources) | set(a.event.targets)
    actors_b = set(b.event.sources) | set(b.event.targets)
    return (
        a.base_type == b.base_type
        and actors_a == actors_b
        and (a.event.date is None or b.event.date is None or a.event.date == b.event.date)
        and a.event.modality != "negated"
        and b.event.modality != "negated"
    )


def _absorb(owner: Found, other: Found) -> None:
    event = owner.event
    updates: dict[str, object] = {"mentions": [*event.mentions, *other.event.mentions]}
    for field in ("date", "time", "place"):
        if getattr(event, field) is None and getattr(other.event, field) is not None:
            updates[field] = getattr(other.event, field)
    owner.event = event.model_copy(update=updates)


def merge_mentions(found: list[Found], anaphors: list[tuple[Span, str]]) -> list[Event]:
    """``found`` in text order; ``anaphors`` are (span, lexicon type) of event nouns without
    actors."""
    merged: list[Found] = []
    for item in found:
        owner = next((m for m in merged if _same_event(m, item)), None)
        if owner is None:
            merged.append(item)
        else:
            _absorb(owner, item)
    for span, type_ in anaphors:
        before = [m for m in merged if m.base_type == type_ and m.event.trigger.start < span.start]
        if before:
            owner = max(before, key=lambda m: m.event.trigger.start)
            owner.event = owner.event.model_copy(
                update={"mentions": sorted([*owner.event.mentions, span], key=lambda s: s.start)}
            )
    return [m.event for m in merged]
