"""Which way a clause looks from the publication date: past, present or future."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dateline.extract.times.patterns import (
    FUTURE_MARKERS,
    FUTURE_PHRASES,
)

# --- tense -------------------------------------------------------------------------------------
SCHEDULING = {"plan", "schedule", "slate"}
# "cut output, resulting in closures during the fourth quarter": an effect may lie ahead of
# the act it follows from, so these participles keep their own (tenseless) direction.
CONSEQUENCES = {"result", "lead", "cause", "bring", "force", "mean", "prompt"}


def _clause_start(verb: Token) -> int:
    """Where the clause of ``verb`` begins, with the verbs it completes ("are to meet") and
    without a clause before it that it reports ("Fiat plans to buy … Fiat announced")."""
    governing = verb
    while governing.dep_ == "xcomp" and governing.head.i != governing.i:
        governing = governing.head
    starts = [
        child.left_edge.idx
        for child in governing.children
        if child.i < governing.i and child.dep_ not in {"ccomp", "parataxis", "advcl", "dep"}
    ]
    return min([*starts, governing.idx])


UNTIL = re.compile(r"\b(?:until|till|as soon as)\s+(?:next\s+)?$", re.I)


def direction(doc: Doc | None, start: int, text: str) -> str:
    """'future', 'past' or 'present' for the clause holding the character ``start``."""
    if doc is None:
        return "present"
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return "present"
    token: Token = span[0]
    verb = token
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return "present"
    if UNTIL.search(text, max(0, start - 12), start):
        return "future"  # "postponed until Tuesday": the wait runs ahead
    while verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i != verb.i:
        # "a service planned for Saturday was canceled": the clause the noun sits in
        governing = verb.head
        while governing.pos_ not in {"VERB", "AUX"} and governing.head.i != governing.i:
            governing = governing.head
        if governing.pos_ not in {"VERB", "AUX"}:
            break
        verb = governing
    while (
        verb.tag_ == "VBG"
        and verb.dep_ in {"advcl", "conj"}
        and verb.lemma_.lower() not in CONSEQUENCES
        and not any(c.dep_ in {"aux", "mark"} for c in verb.children)
        and verb.head.pos_ in {"VERB", "AUX"}
    ):
        verb = verb.head  # "has fluctuated, rising … in March": the clause it hangs from
    if verb.lemma_.lower() in SCHEDULING and verb.dep_ != "acl":
        return "future"  # "planned a demonstration on Saturday", "scheduled a vote Thursday"
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if auxiliaries & FUTURE_MARKERS or (verb.head.lower_ in FUTURE_MARKERS):
        return "future"
    if verb.tag_ == "VBG" and auxiliaries & {"is", "are", "'s", "'re", "am"}:
        return "future"  # "the ministers are meeting on Friday"
    if FUTURE_PHRASES.search(text[_clause_start(verb) : verb.idx + len(verb)]):
        return "future"
    if verb.tag_ in {"VBD"} or auxiliaries & {"had", "was", "were", "did", "has", "have"}:
        return "past"
    if verb.tag_ == "VBN" and auxiliaries & {"has", "have", "had", "was", "were"}:
        return "past"
    return "present"
