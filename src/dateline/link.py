"""Identity across articles: each article entity links to one canonical entity of the corpus.

Links are made on evidence a reader would accept. A shared name key (the name or an alias,
without articles, company suffixes and dots; a place by its country code) links at once.
A surname alone, an acronym or a full name whose surname was seen alone links only when the
context agrees: the same country or title, or entities that occur with both. Two different
full names never link, so two people who share a surname stay apart.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from dateline.extract.countries import country_forms, country_of
from dateline.model import Analysis, Entity

# Words that end a company's name without changing which company it is:
# "Ford Motor Company" is Ford, "Apple Computer" and "Apple Inc." are Apple.
_COMPANY_SUFFIXES = {
    "inc",
    "corp",
    "corporation",
    "ltd",
    "llc",
    "plc",
    "co",
    "company",
    "nv",
    "sa",
    "spa",
    "ag",
    "gmbh",
    "group",
    "holdings",
    "computer",
    "computers",
    "motor",
    "motors",
}
# A name never shrinks to one of these: "General Motors" stays itself.
_TOO_GENERIC = {"general", "american", "united", "national", "international", "first", "new"}
_PLACE_TYPES = {"GPE", "LOC", "NORP"}
# A full name of two or more words found under the other of these two groups is the same
# thing: the model calls "Olaf Scholz" an ORG in one sentence and a PERSON in the next.
_PERSON_OR_ORG = ("PERSON", "ORG")
_NON_WORD = re.compile(r"[^\w\s&-]")


def type_group(entity: Entity) -> str:
    """Places, and governments named by their seat or as "the X government", group by country."""
    stands_for_country = entity.type in _PLACE_TYPES and country_of(entity.name) is not None
    if entity.country and (stands_for_country or _stands_for_country(entity.name)):
        return "PLACE"  # a state or a city ("Lagos", "Ontario") stays a place of its own
    return entity.type


def _stands_for_country(name: str) -> bool:
    words = name.split()
    if words and words[-1].lower() == "government":
        words = words[:-1]
    return " ".join(words) in country_forms()


def name_key(name: str) -> str:
    words = _NON_WORD.sub("", name.casefold()).split()
    if words and words[0] == "the":
        words = words[1:]
    while (
        len(words) > 1
        and words[-1] in _COMPANY_SUFFIXES
        and (len(words) > 2 or words[0] not in _TOO_GENERIC)
    ):
        words = words[:-1]
    return " ".join(words)


def entity_keys(entity: Entity) -> set[str]:
    if type_group(entity) == "PLACE":
        return {f"country:{entity.country}"}
    return {k for k in (name_key(n) for n in [entity.name, *entity.aliases]) if k}


def initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


@dataclass
class Canonical:
    id: str
    group: str
    name: str
    country: str | None = None
    keys: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    neighbours: Counter[str] = field(default_factory=Counter)
    articles: int = 0

    @property
    def surname(self) -> str:
        return name_key(self.name).split()[-1] if self.name.split() else ""


def canonical_id(group: str, key: str) -> str:
    return "c" + hashlib.sha1(f"{group}|{key}".encode()).hexdigest()[:12]


class Linker:
    """Holds the corpus's canonical entities and links each new article's entities to them."""

    def __init__(self, canonicals: Iterable[Canonical] = ()) -> None:
        self.canonicals: dict[str, Canonical] = {}
        self.by_key: dict[tuple[str, str], str] = {}
        for canonical in canonicals:
            self._index(canonical)

    def _index(self, canonical: Canonical) -> None:
        self.canonicals[canonical.id] = canonical
        for key in canonical.keys:
            self.by_key.setdefault((canonical.group, key), canonical.id)

    def refresh(self, canonicals: Iterable[Canonical]) -> None:
        """Take these canonicals as they now stand in the store, in place of the copies held."""
        for canonical in canonicals:
            self._index(canonical)

    def link(self, analysis: Analysis) -> dict[str, Canonical]:
        """Entity id → canonical entity, for one article; new canonicals are created as needed."""
        linked: dict[str, Canonical] = {}
        pending: list[Entity] = []
        for entity in analysis.entities:
            found = self._by_key(entity)
            if found is not None:
                linked[entity.id] = found
            else:
                pending.append(entity)
        context = {c.id for c in linked.values()}
        for entity in pending:
            match = self._by_key(entity) or self._by_context(entity, context)
            linked[entity.id] = match or self._create(entity)
            context.add(linked[entity.id].id)
        for entity in analysis.entities:
            self._update(linked[entity.id], entity, {c.id for c in linked.values()})
        return linked

    def _by_key(self, entity: Entity) -> Canonical | None:
        group = type_group(entity)
        groups = [group]
        if group in _PERSON_OR_ORG:
            groups += [g for g in _PERSON_OR_ORG if g != group]  # the model mixes these up
        for index, candidate in enumerate(groups):
            found = {
                self.by_key[(candidate, k)]
                for k in entity_keys(entity)
                if (candidate, k) in self.by_key and (index == 0 or " " in k)
            }
            if len(found) == 1:
                return self.canonicals[found.pop()]
        return None

    def _candidates(self, entity: Entity, group: str) -> list[Canonical]:
        words = name_key(entity.name).split()
        # A lone capitalised word the model typed as a place or an organisation may be a
        # surname it mistyped ("Scholz" as GPE): it may join a person, never a known place.
        maybe_person = group == "PERSON" or (
            len(words) == 1 and entity.country is None and group in {"GPE", "ORG", "LOC"}
        )
        out = []
        for canonical in self.canonicals.values():
            other = name_key(canonical.name).split()
            if canonical.group == "PERSON" and maybe_person and words and other:
                if words[-1] == other[-1] and (len(words) == 1 or len(other) == 1):
                    out.append(canonical)  # "Scholz" and "Olaf Scholz"
            elif canonical.group == group == "ORG" and (
                (entity.name.isupper() and initials(canonical.name) == entity.name)
                or (canonical.name.isupper() and initials(entity.name) == canonical.name)
            ):
                out.append(canonical)  # "GM" and "General Motors"
        return out

    def _by_context(self, entity: Entity, context: set[str]) -> Canonical | None:
        """The one candidate that fits: the only one of its kind, or the one the context
        (shared neighbours, titles, country) favours over every other."""
        scored = []
        titles = {w for t in entity.titles for w in t.casefold().split()}
        for canonical in self._candidates(entity, type_group(entity)):
            if entity.country and canonical.country and entity.country != canonical.country:
                continue
            agree = (
                sum(1 for c in context if canonical.neighbours[c])
                + bool(titles & canonical.titles)
                + bool(entity.country and entity.country == canonical.country)
            )
            scored.append((agree, canonical.articles, canonical.id))
        if not scored:
            return None
        scored.sort(reverse=True)
        if len(scored) > 1 and (scored[0][0] == 0 or scored[0][0] == scored[1][0]):
            return None  # several fit and nothing tells them apart: do not guess
        return self.canonicals[scored[0][2]]

    def _create(self, entity: Entity) -> Canonical:
        group = type_group(entity)
        keys = entity_keys(entity)
        canonical = Canonical(
            id=canonical_id(group, sorted(keys)[0] if keys else entity.name),
            group=group,
            name=entity.name,
            country=entity.country,
        )
        while canonical.id in self.canonicals:  # a clash of two different things on one key
            canonical.id = canonical_id(group, canonical.id)
        canonical.keys.update(keys)
        self._index(canonical)
        return canonical

    def _update(self, canonical: Canonical, entity: Entity, context: set[str]) -> None:
        if canonical.group == "PERSON" and len(entity.name.split()) > len(canonical.name.split()):
            canonical.name = entity.name
        canonical.country = canonical.country or entity.country
        canonical.titles.update(w for t in entity.titles for w in t.casefold().split())
        canonical.neighbours.update(c for c in context if c != canonical.id)
        canonical.articles += 1
        canonical.keys.update(entity_keys(entity))
        self._index(canonical)


def link_articles(analyses: Iterable[Analysis]) -> dict[str, dict[str, str]]:
    """Article id → (entity id → canonical id), linking the articles in order."""
    linker = Linker()
    return {a.article.id: {e: c.id for e, c in linker.link(a).items()} for a in analyses}
