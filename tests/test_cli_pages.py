"""End-to-end: listings come a page at a time and say how many rows follow."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.model import Analysis, Article, Entity, Quote, Span
from dateline.store import open_store
from tests.test_cli import run

pytestmark = pytest.mark.e2e


def _store(db: Path, articles: int) -> None:
    analyses = []
    for n in range(articles):
        name = f"Speaker Number{n:03d}"
        text = f"{name} said the plan was ready."
        entity = Entity(
            id="e1", name=name, type="PERSON", mentions=[Span(start=0, end=len(name), text=name)]
        )
        content = Span(start=len(name) + 6, end=len(text) - 1, text=text[len(name) + 6 : -1])
        quote = Quote(id="q1", kind="indirect", content=content, speaker_name=name)
        article = Article(
            id=f"p{n:03d}", origin=f"{n}.txt", text=text, published=f"2022-01-{n % 28 + 1:02d}"
        )
        analyses.append(Analysis(article=article, entities=[entity], quotes=[quote]))
    with open_store(db) as store:
        store.add((a, None) for a in analyses)


def test_cli_pages_of_fifty_by_default_with_the_count_of_what_follows(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    _store(db, 120)
    first = run("entities", "--db", db)
    assert first.returncode == 0, first.stderr
    lines = first.stdout.strip().splitlines()
    assert lines[-1] == "rows 1–50; 70 more: --offset 50 for the next page"
    assert sum("Speaker Number" in line for line in lines) == 50
    last = run("quotes", "--db", db, "--limit", "30", "--offset", "90")
    assert "rows" not in last.stdout
    assert sum("Number" in line for line in last.stdout.splitlines()) == 30
    past = run("quotes", "--db", db, "--offset", "500")
    assert past.stdout.strip() == "no quotes past row 500"
    bad = run("quotes", "--db", db, "--offset", "-1")
    assert bad.returncode == 2
    assert "--offset: must be 0 or more" in bad.stderr


def test_cli_pages_say_when_over_a_thousand_follow(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    _store(db, 1100)
    result = run("quotes", "--db", db, "--limit", "10", "--offset", "100")
    assert result.stdout.strip().splitlines()[-1] == (
        "rows 101–110; 990 more: --offset 110 for the next page"
    )
    result = run("entities", "--db", db, "--limit", "5")
    assert result.stdout.strip().splitlines()[-1] == (
        "rows 1–5; over 1,000 more: --offset 5 for the next page"
    )
