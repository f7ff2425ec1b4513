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
from functools import lru_cache
from typing import Protocol

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


@lru_cache(maxsize=65536)
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


def own_keys(entity: Entity) -> set[str]:
    """The keys that name this entity alone. A surname is none of a person's with a full
    name: "Clinton" names Bill in one article and Hillary in the next, and is linked by
    context each time."""
    keys = entity_keys(entity)
    if type_group(entity) == "PERSON" and " " in name_key(entity.name):
        keys = {k for k in keys if " " in k}
    return keys


def initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


# What a canonical entity keeps of its evidence, so that it stays the same size however
# many articles name it: its most frequent names and neighbours.
MAX_NAMES = 20
MAX_NEIGHBOURS = 50
# A surname or an acronym many canonicals share: the most-named this many are candidates.
MAX_CANDIDATES_PER_KEY = 50
Key = tuple[str, str]  # (type group, key)


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
    names: Counter[str] = field(default_factory=Counter)  # name → articles naming it so
    mentions: int = 0

    @property
    def surname(self) -> str:
        return name_key(self.name).split()[-1] if self.name.split() else ""

    def trimmed(self) -> Canonical:
        """Itself with only its most frequent names and neighbours kept."""
        self.names = Counter(dict(self.names.most_common(MAX_NAMES)))
        self.neighbours = Counter(dict(self.neighbours.most_common(MAX_NEIGHBOURS)))
        return self


def index_keys(canonical: Canonical) -> set[Key]:
    """Every key a canonical is found by: its name keys, a person's surnames, and an
    organisation's initials and acronyms ("GM" for "General Motors" and back)."""
    keys = {(canonical.group, key) for key in canonical.keys}
    keys.add((canonical.group, name_key(canonical.name)))  # a place by its name, for queries
    if canonical.group == "PERSON":
        keys |= {("PERSON", "surname:" + key.split()[-1]) for key in canonical.keys if key}
    if canonical.group == "ORG":
        for name in {canonical.name, *canonical.names}:
            if name.isupper():
                keys.add(("ORG", "acronym:" + name))
            elif len(letters := initials(name)) >= 2:
                keys.add(("ORG", "initials:" + letters))
    return keys


def _lookup_keys(entity: Entity) -> set[Key]:
    """The keys under which a canonical this entity may link to is found."""
    group = type_group(entity)
    groups = [group, *(g for g in _PERSON_OR_ORG if g != group and group in _PERSON_OR_ORG)]
    keys = {(g, k) for g in groups for k in entity_keys(entity)}
    words = name_key(entity.name).split()
    if words and (group == "PERSON" or (len(words) == 1 and group in {"GPE", "ORG", "LOC"})):
        keys.add(("PERSON", "surname:" + words[-1]))
    if group == "ORG":
        keys.add(
            ("ORG", "initials:" + entity.name)
            if entity.name.isupper()
            else ("ORG", "acronym:" + initials(entity.name))
        )
    return keys


def canonical_id(group: str, key: str) -> str:
    return "c" + hashlib.sha1(f"{group}|{key}".encode()).hexdigest()[:12]


class CanonicalSource(Protocol):
    """Where canonicals not yet in memory are found: a store, by its indexed keys."""

    def find(self, keys: set[Key]) -> Iterable[Canonical]: ...

    def taken(self, canonical_id: str) -> bool: ...


class Linker:
    """Links each new article's entities to the corpus's canonical entities.

    With a ``source`` it holds only the canonicals the articles' keys reach, read from the
    source the first time a key is asked for: its cost per article does not grow with the
    corpus. Without one it holds every canonical it was given or made.
    """

    def __init__(
        self, canonicals: Iterable[Canonical] = (), *, source: CanonicalSource | None = None
    ) -> None:
        self.canonicals: dict[str, Canonical] = {}
        self.by_key: dict[Key, set[str]] = {}
        self.source = source
        self._asked: set[Key] = set()
        for canonical in canonicals:
            self._index(canonical)

    def _index(self, canonical: Canonical) -> None:
        self.canonicals[canonical.id] = canonical
        for key in index_keys(canonical):
            self.by_key.setdefault(key, set()).add(canonical.id)

    def _load(self, keys: set[Key]) -> None:
        wanted = keys - self._asked
        if self.source is None or not wanted:
            return
        self._asked |= wanted
        for canonical in self.source.find(wanted):
            if canonical.id not in self.canonicals:  # the copy in memory is the newer
                self._index(canonical)

    def link(self, analysis: Analysis) -> dict[str, Canonical]:
        """Entity id → canonical entity, for one article; new canonicals are created as needed."""
        self._load({key for entity in analysis.entities for key in _lookup_keys(entity)})
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
        # The article's most-mentioned entities are the neighbours it gives evidence of: a
        # page of hundreds of names costs no more than a story of a few.
        leading = sorted(analysis.entities, key=lambda e: -len(e.mentions))[:MAX_NEIGHBOURS]
        context = {linked[e.id].id for e in leading}
        for canonical in {c.id: c for c in linked.values()}.values():
            canonical.articles += 1  # once an article, however many of its entities it holds
            canonical.neighbours.update(c for c in context if c != canonical.id)
        for entity in analysis.entities:
            self._update(linked[entity.id], entity)
        return linked

    def _by_key(self, entity: Entity) -> Canonical | None:
        """The canonical an entity's own name names; else the one all its names name."""
        group = type_group(entity)
        groups = [group]
        if group in _PERSON_OR_ORG:
            groups += [g for g in _PERSON_OR_ORG if g != group]  # the model mixes these up
        primary = name_key(entity.name) if group != "PLACE" else None
        for index, candidate in enumerate(groups):
            if primary and (index == 0 or " " in primary):
                named = self.by_key.get((candidate, primary), set())
                if named:
                    return max((self.canonicals[i] for i in named), key=lambda c: c.articles)
            found = {
                canonical_id
                for k in own_keys(entity)
                if index == 0 or " " in k
                for canonical_id in self.by_key.get((candidate, k), ())
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
        found: set[str] = set()
        if maybe_person and words:
            found |= self.by_key.get(("PERSON", "surname:" + words[-1]), set())
        if group == "ORG":
            found |= self.by_key.get(("ORG", "initials:" + entity.name), set())
            found |= self.by_key.get(("ORG", "acronym:" + initials(entity.name)), set())
        out = []
        for canonical in sorted((self.canonicals[i] for i in found), key=lambda c: c.id):
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
        keys = own_keys(entity)
        canonical = Canonical(
            id=canonical_id(group, sorted(keys)[0] if keys else entity.name),
            group=group,
            name=entity.name,
            country=entity.country,
        )
        # A clash of two different things on one key.
        while canonical.id in self.canonicals or (
            self.source is not None and self.source.taken(canonical.id)
        ):
            canonical.id = canonical_id(group, canonical.id)
        canonical.keys.update(keys)
        self._index(canonical)
        return canonical

    def _update(self, canonical: Canonical, entity: Entity) -> None:
        canonical.names[entity.name] += 1
        canonical.name = _best_name(canonical)
        canonical.country = canonical.country or entity.country
        canonical.titles.update(w for t in entity.titles for w in t.casefold().split())
        canonical.mentions += len(entity.mentions)
        keys = own_keys(entity)
        if canonical.group == "PERSON" and " " in canonical.name:
            keys = {k for k in keys if " " in k}  # "Clinton" alone, linked to Hillary
        canonical.keys.update(keys)
        self._index(canonical)


def _best_name(canonical: Canonical) -> str:
    """The name most articles give it; for a person, the most frequent full name, so that
    neither a surname alone nor one tagger error ("Rip Donald Trump") names them."""
    names = canonical.names
    if canonical.group == "PERSON" and any(" " in n for n in names):
        names = Counter({n: k for n, k in names.items() if " " in n})
    best = max(names.items(), key=lambda item: (item[1], item[0] == canonical.name))
    return best[0]


def link_articles(analyses: Iterable[Analysis]) -> dict[str, dict[str, str]]:
    """Article id → (entity id → canonical id), linking the articles in order."""
    linker = Linker()
    return {a.article.id: {e: c.id for e, c in linker.link(a).items()} for a in analyses}
