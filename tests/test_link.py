from __future__ import annotations

from pathlib import Path

from dateline import analyze
from dateline.link import Canonical, Linker, link_articles, name_key
from dateline.model import Analysis, Article, Entity, Span
from dateline.store import open_store


def test_link_name_keys() -> None:
    assert name_key("Apple Inc.") == name_key("Apple Computer") == name_key("Apple") == "apple"
    assert name_key("Ford Motor Company") == "ford"
    assert name_key("General Motors Corporation") == "general motors"
    assert name_key("the European Union") == "european union"


def test_link_surname_links_when_context_agrees() -> None:
    first = analyze(
        "German Chancellor Olaf Scholz met Emmanuel Macron in Paris on Monday.", origin="a"
    )
    second = analyze("Scholz and Macron agreed on Tuesday to meet again in Berlin.", origin="b")
    links = link_articles([first, second])
    scholz_a = next(e.id for e in first.entities if e.name == "Olaf Scholz")
    scholz_b = next(e.id for e in second.entities if e.name == "Scholz")
    assert links[first.article.id][scholz_a] == links[second.article.id][scholz_b]


def test_link_two_people_one_surname_stay_apart() -> None:
    one = analyze("Judge Anthony Mann ruled on the case in London on Monday.", origin="a")
    two = analyze("Martin Mann, a pilot for Qantas, landed the plane in Sydney.", origin="b")
    links = link_articles([one, two])
    anthony = links[one.article.id][next(e.id for e in one.entities if e.name == "Anthony Mann")]
    martin = links[two.article.id][next(e.id for e in two.entities if e.name == "Martin Mann")]
    assert anthony != martin


def test_link_surname_alone_without_context_is_not_guessed() -> None:
    one = analyze("Judge Anthony Mann ruled on the case in London on Monday.", origin="a")
    two = analyze("Martin Mann, a pilot for Qantas, landed the plane in Sydney.", origin="b")
    three = analyze("Mann declined to comment when reached by telephone.", origin="c")
    linker = Linker()
    ids = [linker.link(a) for a in (one, two, three)]
    mann = ids[2][next(e.id for e in three.entities if e.name == "Mann")]
    assert mann.id not in {c.id for c in ids[0].values()} | {c.id for c in ids[1].values()}


def test_link_countries_by_code() -> None:
    one = analyze("Officials in Washington said the US would respond.", origin="a")
    two = analyze("The United States imposed sanctions on Tuesday.", origin="b")
    links = link_articles([one, two])
    assert set(links[one.article.id].values()) & set(links[two.article.id].values())


def test_link_store_canonical_entities_and_show_entity(tmp_path: Path) -> None:
    store = open_store(tmp_path / "l.db")
    first = analyze(
        "“We will not sign,” said German Chancellor Olaf Scholz in Berlin on Monday.",
        origin="a.txt",
    )
    second = analyze("Scholz told reporters in Berlin that talks would resume.", origin="b.txt")
    store.add([(first, None)])
    store.add([(second, None)])
    rows = {r.name: r for r in store.entities(type="PERSON")}
    assert rows["Olaf Scholz"].articles == 2
    report = store.entity("Scholz")
    assert report.name == "Olaf Scholz"
    assert sorted(a.article_id for a in report.articles) == sorted(
        [first.article.id, second.article.id]
    )
    assert sorted(q.content for q in report.quotes) == [
        "We will not sign",
        "that talks would resume",
    ]
    reopened = open_store(tmp_path / "l.db")
    third = analyze("Olaf Scholz flew to Paris on Wednesday.", origin="c.txt")
    reopened.add([(third, None)])
    assert {r.name: r for r in reopened.entities(type="PERSON")}["Olaf Scholz"].articles == 3


def _person(name: str, *aliases: str, number: int = 0) -> Analysis:
    text = " ".join([f"{name} spoke.", *(f"{a} left." for a in aliases)])
    mentions, start = [], 0
    for form in (name, *aliases):
        start = text.index(form, start)
        mentions.append(Span(start=start, end=start + len(form), text=form))
        start += len(form)
    entity = Entity(id="e1", name=name, type="PERSON", aliases=list(aliases), mentions=mentions)
    return Analysis(
        article=Article(id=f"t{number}", origin=f"{number}.txt", text=text), entities=[entity]
    )


def test_link_a_canonical_is_named_by_its_most_frequent_full_name() -> None:
    linker = Linker()
    for number in range(3):
        linker.link(_person("Donald Trump", "Trump", number=number))
    (error,) = linker.link(_person("Rip Donald Trump", "Donald Trump", number=9)).values()
    assert error.name == "Donald Trump"
    assert error.names == {"Donald Trump": 3, "Rip Donald Trump": 1}


def test_link_a_shared_surname_is_no_key_of_either_person() -> None:
    linker = Linker()
    (hillary,) = linker.link(_person("Hillary Clinton", "Clinton", number=1)).values()
    (bill,) = linker.link(_person("Bill Clinton", "Clinton", number=2)).values()
    assert hillary.id != bill.id
    assert "clinton" not in hillary.keys | bill.keys


def test_link_evidence_is_trimmed_to_the_most_frequent() -> None:
    canonical = Canonical(id="c1", group="PERSON", name="Ana Ruiz")
    canonical.names.update({f"Name {n}": n for n in range(1, 31)})
    canonical.neighbours.update({f"c{n}": n for n in range(1, 81)})
    canonical.trimmed()
    assert sorted(canonical.names.values()) == list(range(11, 31))
    assert sorted(canonical.neighbours.values()) == list(range(31, 81))
