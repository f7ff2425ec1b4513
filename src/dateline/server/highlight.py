"""An article's text cut where any fact starts or ends, each piece with the facts over it.

The page shows each piece as one element whose classes name the kinds of fact it lies in
(entity, quote, time, quantity, event) and whose data lists the facts' ids, so that facts
that overlap (a time inside a quote) are all shown and each can be picked.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from dateline.model import Analysis

KINDS = ("entity", "speaker", "quote", "time", "quantity", "event")


@dataclass(frozen=True)
class Fact:
    start: int
    end: int
    kind: str  # one of KINDS
    id: str  # the fact's id in the record ("e3", "q1"); for an entity's mention, its entity's


@dataclass(frozen=True)
class Piece:
    text: str
    kinds: tuple[str, ...]  # the kinds of fact over it, in KINDS order; empty for plain text
    ids: tuple[str, ...]  # the ids of those facts, outermost first


def facts_of(analysis: Analysis) -> list[Fact]:
    """Every span of the record that the page highlights."""
    facts = [Fact(m.start, m.end, "entity", e.id) for e in analysis.entities for m in e.mentions]
    for quote in analysis.quotes:
        facts.append(Fact(quote.content.start, quote.content.end, "quote", quote.id))
        if quote.speaker is not None:
            facts.append(Fact(quote.speaker.start, quote.speaker.end, "speaker", quote.id))
    facts += [Fact(t.start, t.end, "time", t.id) for t in analysis.times]
    facts += [Fact(q.start, q.end, "quantity", q.id) for q in analysis.quantities]
    facts += [Fact(e.trigger.start, e.trigger.end, "event", e.id) for e in analysis.events]
    return facts


def pieces(text: str, facts: list[Fact]) -> list[Piece]:
    """``text`` in pieces that together are the whole text, each with the facts over it."""
    inside = [f for f in facts if 0 <= f.start < f.end <= len(text)]
    cuts = sorted({0, len(text), *(f.start for f in inside), *(f.end for f in inside)})
    # facts sorted by start; those that have begun and not ended cover the piece
    by_start = sorted(inside, key=lambda f: (f.start, -f.end))
    open_facts: list[Fact] = []
    next_fact = 0
    out = []
    for start, end in pairwise(cuts):
        while next_fact < len(by_start) and by_start[next_fact].start <= start:
            open_facts.append(by_start[next_fact])
            next_fact += 1
        open_facts = [f for f in open_facts if f.end > start]
        kinds = tuple(k for k in KINDS if any(f.kind == k for f in open_facts))
        ids = tuple(dict.fromkeys(f.id for f in open_facts))
        out.append(Piece(text[start:end], kinds, ids))
    return out
