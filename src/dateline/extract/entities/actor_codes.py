"""CAMEO actor codes: who an entity acts as on the article's day (RUSGOV, USAMIL, IGOUNO).

A name the Phoenix actor dictionaries list (``lexicon/cameo_actors.tsv``, with
``lexicon/actor_updates.tsv`` for terms that ended or began after them) takes the code valid
on the day: "President Obama" in 2010 is USAGOV, "Obama" in 2020 is not. Otherwise the code is
the entity's country (or the international organisation it is) and the role its title or its
head noun names in the agents dictionary (``lexicon/cameo_agents.tsv``): "Foreign Minister
Ana Ruiz" of Spain is ESPGOV, "Kenya Police" KENCOP. A CAMEO code's first three letters are
the ISO 3166-1 alpha-3 code of its country where that is one (CAMEO's regions, "AFR", and
former states, "YUG", are not).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pycountry
from spacy.tokens import Token

from dateline.extract.entities.known_groups import actor_code as base_code
from dateline.extract.entities.known_groups import group_in
from dateline.lexicon import load_pairs, load_rows
from dateline.model import Entity

PLACING = {"of", "in", "throughout", "across", "from"}  # "rebels in the Ivory Coast"
NOUNS = {"NOUN", "PROPN"}


@dataclass(frozen=True)
class DatedCode:
    code: str
    since: str  # first day, "" when open
    until: str  # last day, "" when open

    @property
    def dated(self) -> bool:
        return bool(self.since or self.until)

    def holds_on(self, day: str) -> bool:
        return (not self.since or self.since <= day) and (not self.until or day <= self.until)


def _form(name: str) -> str:
    return " ".join(name.lower().split())


@cache
def actor_dictionary() -> dict[str, tuple[DatedCode, ...]]:
    """Name → its codes: the dictionaries' rows, where an update replaces the rows of its
    name and code that overlap it."""
    out: dict[str, list[DatedCode]] = {}
    for name, code, since, until in (row[:4] for row in load_rows("cameo_actors")):
        out.setdefault(name, []).append(DatedCode(code, since, until))
    for row in load_rows("actor_updates"):
        name, code, since, until = [*row, "", ""][:4]
        update = DatedCode(code, since, until)
        name = _form(name)
        kept = [c for c in out.get(name, []) if c.code != update.code or not _overlap(c, update)]
        out[name] = [*kept, update]
    return {name: tuple(codes) for name, codes in out.items()}


def _overlap(a: DatedCode, b: DatedCode) -> bool:
    return (not a.until or not b.since or b.since <= a.until) and (
        not b.until or not a.since or a.since <= b.until
    )


@cache
def agents() -> dict[str, str]:
    """Role phrase → role code: the agents dictionary, then ``agent_updates.tsv``."""
    rows = [*load_rows("cameo_agents"), *load_rows("agent_updates")]
    return {phrase.lower(): role.strip() for phrase, role in (row[:2] for row in rows)}


@cache
def _iso_countries() -> frozenset[str]:
    return frozenset(str(c.alpha_3) for c in pycountry.countries)


def country_of_code(code: str) -> str | None:
    """The ISO 3166-1 alpha-3 country of a CAMEO actor code ("RUSGOV" → "RUS")."""
    return code[:3] if code[:3] in _iso_countries() else None


def code_on(codes: tuple[DatedCode, ...], day: str | None) -> str | None:
    """The code that holds on ``day``: of the dated ones, the latest begun; else an undated
    one. Without a day, an undated code, else the latest begun."""
    undated = next((c.code for c in codes if not c.dated), None)
    dated = sorted((c for c in codes if c.dated), key=lambda c: c.since)
    if day is None:
        return undated or (dated[-1].code if dated else None)
    holding = [c for c in dated if c.holds_on(day)]
    return holding[-1].code if holding else undated


def named_code(entity: Entity, day: str | None) -> tuple[str, bool] | None:
    """The dictionary's code of the entity's name or one of its aliases (the longest first),
    and whether a dated code of the day gave it."""
    dictionary = actor_dictionary()
    for name in sorted({entity.name, *entity.aliases}, key=lambda n: (-len(n), n)):
        if (codes := dictionary.get(_form(name))) is not None:
            code = code_on(codes, day)
            if code is not None:
                dated = day is not None and any(c.holds_on(day) for c in codes if c.dated)
                return code, dated
    return None


def role_of(phrase: str) -> str | None:
    """The agents dictionary's role of a title or a name's head: the phrase, or its last
    words ("Deputy Foreign Minister" → "foreign minister" → GOV)."""
    words = _form(phrase).split()
    table = agents()
    for start in range(len(words)):
        if (role := table.get(" ".join(words[start:]))) is not None:
            return role
    return None


def actor_code(entity: Entity, day: str | None) -> str | None:
    """The entity's CAMEO actor code on ``day`` (YYYY-MM-DD), or None when nothing gives one:
    an international organisation its title names, the dictionary's code of the day, a
    country and the role the entity's title gives ("Prime Minister Robert Mugabe" is ZWEGOV
    where the dictionary's code of an unknown day would be ZWEELI), the dictionary's undated
    code, the country alone."""
    for title in entity.titles:  # the article's own word: "U.N. envoy Diego Cordovez"
        if entity.country is None and (group := group_in(title)) is not None:
            return group.actor_code
    named = named_code(entity, day)
    if named is not None and named[1]:
        return named[0]
    base = base_code(entity) or (country_of_code(named[0]) if named else None)
    phrases = [*entity.titles, entity.name] if entity.type in {"PERSON", "ORG"} else []
    role = next((r for p in phrases if (r := role_of(p)) is not None), None)
    if base and role and (named is None or entity.titles):
        return base if base.endswith(role) else base + role
    if base and len(base) == 3 and entity.type == "GPE" and _is_capital(entity, base):
        return base + "GOV"  # "Washington said": a capital speaks for its government
    return named[0] if named else base


def _is_capital(entity: Entity, country: str) -> bool:
    capitals = load_pairs("capitals")
    return any(capitals.get(name.lower()) == country for name in (entity.name, *entity.aliases))


def role_in_phrase(token: Token) -> str | None:
    """The role a noun phrase gives the entity that modifies it: "Israeli soldiers" (MIL),
    "Sudan's government" (GOV), "the army of Mali" (MIL), "rebels in Mali" (REB)."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in PLACING and head.head.pos_ in NOUNS:
        head = head.head  # "the army of Mali", "students throughout Indonesia"
    elif token.dep_ not in {"amod", "compound", "poss", "nmod"} or head.pos_ not in NOUNS:
        return None
    modifiers = [c.lower_ for c in head.lefts if c.dep_ in {"amod", "compound"} and c.i != token.i]
    noun = head.lemma_.lower()
    # the model leaves a capitalised plural unlemmatised ("Rebels in Mali")
    nouns = [noun, noun[:-1]] if head.pos_ == "PROPN" and noun.endswith("s") else [noun]
    for phrase in [" ".join([*modifiers[-1:], n]) for n in nouns] + nouns:
        if (role := agents().get(phrase)) is not None:
            return role
    return None


def code_in_phrase(code: str | None, token: Token) -> str | None:
    """An entity's code as one phrase of the sentence uses it: a country alone takes the role
    of the noun it modifies ("Israeli soldiers": ISR → ISRMIL); a code with a role keeps it."""
    if code is None or len(code) != 3:
        return code
    role = role_in_phrase(token)
    return code + role if role else code


def with_actor_codes(entities: list[Entity], published: str | None) -> list[Entity]:
    """The entities with their actor codes on the publication day, and the country a
    dictionary's code gives an entity that had none."""
    day = published[:10] if published and len(published) >= 10 else None
    out = []
    for entity in entities:
        code = actor_code(entity, day)
        update: dict[str, object] = {"actor_code": code}
        known = entity.country or base_code(entity)
        if code and not known and (country := country_of_code(code)):
            update["country"] = country
        out.append(entity.model_copy(update=update))
    return out
