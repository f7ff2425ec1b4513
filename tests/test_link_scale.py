"""Linking at corpus scale: a generated corpus of 5,000 articles through a real store."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from dateline.link import MAX_NAMES, MAX_NEIGHBOURS
from dateline.model import Analysis, Article, Entity, Span
from dateline.store import open_store

GIVEN = ["Ana", "Omar", "Lena", "Raj", "Tomas", "Yuki", "Ines", "Kofi", "Mira", "Pavel"]
FAMILY = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Novak", "Costa", "Mensah"]
# Full name → (title, country); the Clintons and the Smiths share a surname.
PEOPLE = {
    "Hillary Clinton": ("secretary", "USA"),
    "Bill Clinton": ("president", "USA"),
    "John Smith": ("mayor", "GBR"),
    "Mary Smith": ("judge", "AUS"),
}


def _article(number: int, names: list[tuple[str, list[str], str | None, str | None]]) -> Analysis:
    """An article naming each (name, aliases, title, country), one sentence a name."""
    text, entities = "", []
    for index, (name, aliases, title, country) in enumerate(names, start=1):
        start = len(text)
        text += f"{name} spoke on day {number}. "
        mentions = [Span(start=start, end=start + len(name), text=name)]
        for alias in aliases:
            alias_start = len(text)
            text += f"{alias} left. "
            mentions.append(Span(start=alias_start, end=alias_start + len(alias), text=alias))
        entities.append(
            Entity(
                id=f"e{index}",
                name=name,
                type="PERSON",
                country=country,
                titles=[title] if title else [],
                aliases=aliases,
                mentions=mentions,
            )
        )
    return Analysis(
        article=Article(id=f"a{number}", origin=f"{number}.txt", text=text.strip()),
        entities=entities,
    )


def _corpus(size: int) -> list[Analysis]:
    chance = random.Random(18)
    pool = [f"{g} {f}" for g in GIVEN for f in FAMILY]
    analyses = []
    for number in range(size):
        names = []
        for full in chance.sample(sorted(PEOPLE), 2):
            title, country = PEOPLE[full]
            surname = full.split()[-1]
            names.append((full, [surname] if chance.random() < 0.7 else [], title, country))
        if number % 500 == 7:
            names.append(("Rip Hillary Clinton", [], None, None))  # a tagger's error
        for other in chance.sample(pool, 2):
            names.append((other, [], None, None))
        analyses.append(_article(number, names))
    return analyses


@pytest.fixture(scope="module")
def linked_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("scale") / "scale.db"
    analyses = _corpus(5000)
    with open_store(db) as store:
        for start in range(0, len(analyses), 100):
            store.add((a, None) for a in analyses[start : start + 100])
    return db


def _canonicals_of(db: Path, name: str) -> list[tuple[str, str, int]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT DISTINCT c.id, c.name, c.articles FROM entities e"
            " JOIN canonical_entities c ON c.id = e.canonical_id WHERE e.name = ?",
            (name,),
        ).fetchall()


@pytest.mark.parametrize("name", sorted(PEOPLE))
def test_link_scale_one_person_is_one_canonical_across_5000_articles(
    linked_store: Path, name: str
) -> None:
    ((_, canonical_name, articles),) = _canonicals_of(linked_store, name)
    assert canonical_name == name
    with sqlite3.connect(linked_store) as conn:
        named = conn.execute(
            "SELECT count(DISTINCT article_id) FROM entities WHERE name = ?", (name,)
        ).fetchone()[0]
    assert articles == named > 2000


def test_link_scale_people_who_share_a_surname_stay_apart(linked_store: Path) -> None:
    ids = {name: _canonicals_of(linked_store, name)[0][0] for name in PEOPLE}
    assert len(set(ids.values())) == 4


def test_link_scale_every_other_name_is_one_canonical(linked_store: Path) -> None:
    with sqlite3.connect(linked_store) as conn:
        split = conn.execute(
            "SELECT e.name, count(DISTINCT e.canonical_id) FROM entities e"
            " WHERE e.name NOT LIKE 'Rip %' GROUP BY e.name HAVING count(DISTINCT e.canonical_id) > 1"
        ).fetchall()
        persons = conn.execute(
            "SELECT count(*) FROM canonical_entities WHERE grp = 'PERSON'"
        ).fetchone()[0]
    assert split == []
    assert persons <= len(PEOPLE) + len(GIVEN) * len(FAMILY) + 1


def test_link_scale_a_name_and_a_surname_find_the_entity(linked_store: Path) -> None:
    with open_store(linked_store, readonly=True) as store:
        assert store.entity("Hillary Clinton").name == "Hillary Clinton"
        report = store.entity("Clinton")
        assert {report.name, *report.others} >= {"Hillary Clinton", "Bill Clinton"}
        assert len(store.entity("Mary Smith").articles) > 2000
        assert len(store.entity("Mary Smith", limit=50).articles) == 50
        taken, others = store.resolve("Smith")
        assert sorted([taken, *others]) == ["John Smith", "Mary Smith"]
        assert store.resolve("Bill Clinton") == ("Bill Clinton", [])


def test_link_scale_evidence_stays_bounded(linked_store: Path) -> None:
    with sqlite3.connect(linked_store) as conn:
        most = conn.execute(
            "SELECT max((SELECT count(*) FROM json_each(neighbours))),"
            " max((SELECT count(*) FROM json_each(names))) FROM canonical_entities"
        ).fetchone()
    assert most[0] == MAX_NEIGHBOURS
    assert most[1] <= MAX_NAMES
