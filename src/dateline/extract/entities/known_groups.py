"""International organisations as CAMEO codes them (``lexicon/known_groups.tsv``): the actor
code of an entity that belongs to no country ("IGOUNO" for the United Nations)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dateline.lexicon import load_rows
from dateline.model import Entity


@dataclass(frozen=True)
class KnownGroup:
    kind: str  # IGO, NGO or IMG
    group: str  # CAMEO known-group code, "" where CAMEO has none

    @property
    def actor_code(self) -> str:
        return self.kind + self.group


def _key(name: str) -> str:
    name = " ".join(name.split()).removeprefix("the ").removeprefix("The ")
    return name.casefold() if len(name) > 4 else name


@cache
def known_groups() -> dict[str, KnownGroup]:
    out = {}
    for row in load_rows("known_groups"):
        form, kind, group = [*row, "", ""][:3]
        out[_key(form)] = KnownGroup(kind, group)
    return out


def known_group(name: str) -> KnownGroup | None:
    return known_groups().get(_key(name))


def actor_code(entity: Entity) -> str | None:
    """The entity's CAMEO actor code: its country, else the code of the international
    organisation it is."""
    if entity.country:
        return entity.country
    for name in (entity.name, *entity.aliases):
        if (found := known_group(name)) is not None:
            return found.actor_code
    for title in entity.titles:  # "U.N. Secretary-General Ana Ruiz" acts for the UN
        if (found := group_in(title)) is not None:
            return found.actor_code
    return None


def group_in(text: str) -> KnownGroup | None:
    """The first international organisation named inside ``text`` ("U.N. Secretary-General")."""
    words = text.split()
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            if (found := known_group(" ".join(words[start : start + size]))) is not None:
                return found
    return None
