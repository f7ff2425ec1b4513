"""Labelled speech: transcript turns and attributed headlines.

``PENCE: Well, look, …`` — a paragraph opened by a speaker's label in capitals and a colon is
that speaker's words, with the unlabelled paragraphs that follow it up to the next label. A
label counts when it opens at least two paragraphs of the article, or when it is the surname
of a person the article names; "UPDATE:" and "EDITOR'S NOTE:" are never speakers.

``Sanders: Clinton needs to …`` — a one-line first paragraph (the headline) opened by a name
and a colon reports what that person or organisation said; so does a headline in title case
whose verb reports ("Sanders Vows To End Tax Breaks", "Rates Will Rise, Bank Chief Says").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dateline.model import Entity

# Optional stray quotation mark, then the label in capitals, then a colon.
TURN_LABEL = re.compile(
    r"""[ \t]*["“]?[ \t]*(?P<label>[A-Z][A-Z.'’\-]*(?:[ \t][A-Z][A-Z.'’\-]*){0,3}):[ \t]+(?=\S)"""
)
NOT_SPEAKERS = {
    "UPDATE",
    "UPDATED",
    "NOTE",
    "EDITOR'S NOTE",
    "EDITOR’S NOTE",
    "CORRECTION",
    "WATCH",
    "RELATED",
    "READ MORE",
    "VIDEO",
    "PHOTO",
    "PHOTOS",
    "BREAKING",
    "SOURCE",
    "SOURCES",
    "WARNING",
    "DISCLAIMER",
    "ADVERTISEMENT",
    "TRANSCRIPT",
}


# A headline's speaker: one to three capitalised words before a colon.
HEADLINE_LABEL = re.compile(
    r"[ \t]*(?P<label>[A-Z][\w.'’\-]*(?:[ \t][A-Z][\w.'’\-]*){0,2}):[ \t]+(?=\S)"
)


@dataclass(frozen=True)
class Turn:
    label: tuple[int, int]  # the speaker's label
    colon: tuple[int, int]  # the cue: the colon, or a headline's verb
    content: tuple[int, int]  # the words, from after the colon to the end of the turn
    entity: Entity | None  # the person the label names, when the article names them


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"\n[ \t]*\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _person_named(label: str, entities: list[Entity]) -> Entity | None:
    last = label.split()[-1].strip(".").casefold()
    people = [e for e in entities if e.type == "PERSON" and e.name.split()[-1].casefold() == last]
    return people[0] if len(people) == 1 else None


TITLE_WORD = re.compile(r"[A-Z0-9‘'“\"]")
CLOSING_SAYS = re.compile(r",\s+(?P<speaker>[^,]+?)\s+(?P<cue>Says|Said|Claims|Warns|Insists)\W*$")
HEADLINE_WORD = re.compile(r"[\w’'-]+")
QUOTED_HEAD = re.compile(r"[‘“\"'][^‘’“”\"]+[’”\"']")  # a headline's words in quotation marks


def _verb_lemma(word: str) -> str:
    """ "Vows" → "vow", "Denies" → "deny", "Pushes" → "push": a headline verb's lemma."""
    lower = word.lower()
    if lower.endswith("ies"):
        return lower[:-3] + "y"
    if lower.endswith(("sses", "shes", "ches", "xes", "zes")):
        return lower[:-2]
    return lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else lower


def _verb_headline(
    text: str,
    start: int,
    end: int,
    entities: list[Entity],
    speaker_nouns: frozenset[str],
    cue_lemmas: frozenset[str],
) -> Turn | None:
    """ "Ortiz Vows To Close Loopholes" or "Port Will Reopen, Harbour Chief
    Says": in a headline in title case, a third-person verb that reports, after words naming
    a speaker, and what it reports."""
    words = list(HEADLINE_WORD.finditer(text, start, end))
    if len(words) < 4 or sum(bool(TITLE_WORD.match(w.group())) for w in words) < 0.7 * len(words):
        return None
    stop = end
    while stop > start and text[stop - 1] in " \t.":
        stop -= 1
    if closing := CLOSING_SAYS.search(text, start, stop):
        speaker = closing.span("speaker")
        named = _named_in(speaker, entities)
        if named is not None or closing.group("speaker").split()[-1].lower() in speaker_nouns:
            return Turn(speaker, closing.span("cue"), (start, closing.start()), named)
        return None
    for index, word in enumerate(words[1:6], start=1):
        if not word.group().endswith("s") or _verb_lemma(word.group()) not in cue_lemmas:
            continue
        speaker = (words[0].start(), words[index - 1].end())
        named = _named_in(speaker, entities) or _person_named(text[slice(*speaker)], entities)
        if named is None and words[index - 1].group().lower() not in speaker_nouns:
            return None
        content = (word.end() + 1, stop)
        if quoted := QUOTED_HEAD.match(text, *content):  # "Clinton Speaks ‘Directly To Voters’ …"
            content = (content[0], quoted.end())
        return Turn(speaker, word.span(), content, named)
    return None


def _named_in(span: tuple[int, int], entities: list[Entity]) -> Entity | None:
    """The person, organisation or place named by a mention lying within these characters
    (a colon label takes any mention it overlaps instead: see find_headline)."""
    return next(
        (
            e
            for e in entities
            if e.type in {"PERSON", "ORG", "GPE", "NORP"}
            and any(span[0] <= m.start and m.end <= span[1] for m in e.mentions)
        ),
        None,
    )


def find_turns(text: str, entities: list[Entity]) -> list[Turn]:
    paragraphs = _paragraphs(text)
    labelled: list[tuple[int, re.Match[str]]] = []
    for index, (start, end) in enumerate(paragraphs):
        match = TURN_LABEL.match(text, start, end)
        if match and match.group("label").strip() not in NOT_SPEAKERS:
            labelled.append((index, match))
    counts: dict[str, int] = {}
    for _, match in labelled:
        counts[match.group("label")] = counts.get(match.group("label"), 0) + 1
    turns = []
    for position, (index, match) in enumerate(labelled):
        label = match.group("label")
        entity = _person_named(label, entities)
        if counts[label] < 2 and entity is None:
            continue
        # The turn runs on through unlabelled paragraphs when another label follows them.
        following = labelled[position + 1][0] if position + 1 < len(labelled) else index + 1
        last = following - 1 if position + 1 < len(labelled) else index
        end = paragraphs[last][1]
        while end > match.end() and text[end - 1] in ' \t\n"':
            end -= 1
        colon = match.end("label")
        turns.append(Turn(match.span("label"), (colon, colon + 1), (match.end(), end), entity))
    return turns


def find_headline(
    text: str,
    entities: list[Entity],
    speaker_nouns: frozenset[str],
    cue_lemmas: frozenset[str] = frozenset(),
) -> Turn | None:
    """The headline's attribution, when the first paragraph is one line opened by a speaker
    and a colon, or is in title case with a verb that reports."""
    paragraphs = _paragraphs(text)
    if not paragraphs:
        return None
    start, end = paragraphs[0]
    if "\n" in text[start:end].strip():
        return None
    match = HEADLINE_LABEL.match(text, start, end)
    if match is None:
        return _verb_headline(text, start, end, entities, speaker_nouns, cue_lemmas)
    label_start, label_end = match.span("label")
    named = next(
        (
            e
            for e in entities
            if e.type in {"PERSON", "ORG", "GPE", "NORP"}
            and any(m.start < label_end and label_start < m.end for m in e.mentions)
        ),
        None,
    )
    named = named or _person_named(match.group("label"), entities)
    if named is None and match.group("label").lower() not in speaker_nouns:
        return None
    stop = end
    while stop > match.end() and text[stop - 1] in " \t":
        stop -= 1
    return Turn((label_start, label_end), (label_end, label_end + 1), (match.end(), stop), named)
