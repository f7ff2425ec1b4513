"""The workbench's pages as a browser receives them, over a real store of fixture articles."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from dateline.model import Analysis, Article, Entity, Quote, Span, TimeExpression
from dateline.server import ServerSettings, create_app
from dateline.server.charts import relations_chart, timeline_chart
from dateline.server.highlight import Fact, facts_of, pieces
from dateline.store.base import RelationRow


@pytest.fixture(scope="module")
def client(server_db: str) -> TestClient:
    return TestClient(create_app(ServerSettings(db=server_db)))


def test_server_pages_store_overview(client: TestClient) -> None:
    page = client.get("/").text
    assert re.search(r'<span class="n">8</span> articles', page)
    assert re.search(r'<span class="n">1</span> failures', page)
    assert "wire.jsonl:5" in page and "E106" in page
    assert '<a class="entity-link" href="/entities/Russia">Russia</a>' in page


def test_server_pages_search_marks_found_words(client: TestClient) -> None:
    page = client.get("/search", params={"q": "Kharkiv"}).text
    assert "<mark>Kharkiv</mark>" in page
    assert 'href="/articles/srv-2022-03-kyiv"' in page
    assert "<h3>month</h3>" in page and "2022-03" in page


def test_server_pages_article_highlights_every_kind(client: TestClient) -> None:
    page = client.get("/articles/srv-2022-03-kyiv").text
    # "Russia shelled Kharkiv on Tuesday", an indirect quote, holds a time, an event, entities
    assert '<span class="fact quote time" data-facts="q1 t1" tabindex="0">Tuesday</span>' in page
    assert '<span class="fact entity quote" data-facts="q1 e2" tabindex="0">Kharkiv</span>' in page
    assert re.search(r'class="fact speaker" data-facts="q\d+" tabindex="0">', page)
    assert '<span class="fact quantity" data-facts="n2" tabindex="0">40,000</span>' in page
    assert re.search(r'class="fact[^"]*\bevent\b[^"]*"[^>]*>shelled<', page)
    for kind in ("entity", "quote", "time", "quantity", "event"):
        assert f'data-kind="{kind}"' in page
    assert '<script type="application/json" id="facts-data">' in page


def test_server_pages_hostile_article_runs_nothing(client: TestClient) -> None:
    page = client.get("/articles/srv-xss-test").text
    assert "<script>alert" not in page
    assert "<img" not in page and "<i>" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in page
    assert 'href="javascript:' not in page
    assert "javascript:alert(&#39;url&#39;)" in page  # shown as text, not linked
    home = client.get("/").text
    assert "&lt;b&gt;Bold Source&lt;/b&gt;" in home and "<b>Bold" not in home
    data = page.split('id="facts-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data  # the record's JSON cannot close its own element


def test_server_pages_entity_page(client: TestClient) -> None:
    page = client.get("/entities/Zelenskiy").text
    assert "<h1>Volodymyr Zelenskiy</h1>" in page
    assert "<q>We need air defence now, not next month</q>" in page
    russia = client.get("/entities/Russia").text
    assert '<svg class="chart"' in russia and "ASSAULT" in russia


def test_server_pages_relations_chart(client: TestClient) -> None:
    page = client.get("/relations", params={"a": "Russia", "b": "Ukraine"}).text
    assert '<svg class="chart" role="img"' in page
    assert re.search(r"<title>2022-03: Ukraine → Russia \d+</title>", page)
    assert "mean Goldstein" in page


def test_server_pages_unknown_things_are_404_pages(client: TestClient) -> None:
    for url in ("/articles/zzzzzzzz", "/entities/Nobody%20Atall", "/no-such-page"):
        response = client.get(url)
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("text/html")
        assert "<h1>Not found</h1>" in response.text


def test_server_pages_scripts_and_styles_are_our_own(client: TestClient) -> None:
    page = client.get("/articles/srv-2022-03-kyiv")
    assert "default-src 'none'" in page.headers["content-security-policy"]
    loaded = re.findall(r'<(?:script|img|link)[^>]*(?:src|href)="([^"]+)"', page.text)
    assert loaded == ["/static/favicon.svg", "/static/app.css", "/static/app.js"]
    assert "style=" not in page.text and "onclick" not in page.text
    assert client.get("/static/app.js").status_code == 200


def test_server_highlight_pieces_cover_the_text_with_overlaps() -> None:
    text = "Ana said on Monday that prices rose."
    facts = [Fact(0, 3, "speaker", "q1"), Fact(12, 18, "time", "t1"), Fact(11, 35, "quote", "q1")]
    cut = pieces(text, facts)
    assert "".join(p.text for p in cut) == text
    assert [(p.text, p.kinds) for p in cut if p.kinds] == [
        ("Ana", ("speaker",)),
        (" ", ("quote",)),
        ("Monday", ("quote", "time")),
        (" that prices rose", ("quote",)),
    ]
    assert cut[3].ids == ("q1", "t1")


def test_server_highlight_facts_of_a_record() -> None:
    text = "Ana Ruiz said: “Prices rose on Monday.”"
    analysis = Analysis(
        article=Article(id="h1", origin="h1.txt", text=text),
        entities=[
            Entity(
                id="e1",
                name="Ana Ruiz",
                type="PERSON",
                mentions=[Span(start=0, end=8, text="Ana Ruiz")],
            )
        ],
        quotes=[
            Quote(
                id="q1",
                kind="direct",
                content=Span(start=16, end=37, text=text[16:37]),
                speaker=Span(start=0, end=8, text="Ana Ruiz"),
            )
        ],
        times=[TimeExpression(id="t1", start=30, end=36, text="Monday", type="DATE")],
    )
    kinds = {(f.kind, f.id, f.start) for f in facts_of(analysis)}
    assert kinds == {
        ("entity", "e1", 0),
        ("quote", "q1", 16),
        ("speaker", "q1", 0),
        ("time", "t1", 30),
    }


def test_server_charts_relations_bars_and_line() -> None:
    rows = [RelationRow("2022-03", 3, 2, 1, 0, -5.0), RelationRow("2022-04", 1, 0, 0, 1, 5.0)]
    chart = relations_chart(rows, "Russia", "Ukraine")
    heights = [bar.height for bar in chart.bars]
    assert heights[:3] == [160 * 2 / 2, 160 * 1 / 2, 0]
    assert chart.bars[0].label == "2022-03: Russia → Ukraine 2"
    assert [tick.label for tick in chart.ticks] == ["2022-03", "2022-04"]
    (first_y, second_y) = (chart.points[0][1], chart.points[1][1])
    assert first_y > second_y  # -5 is drawn below +5
    assert timeline_chart([]).bars == []


def test_server_pages_events_filtered_by_quad_class(client: TestClient) -> None:
    page = client.get("/events", params={"quad_class": "4"}).text
    classes = set(re.findall(r'<tr class="q(\d)">', page))
    assert classes == {"4"}
    assert '<option value="4" selected>material conflict</option>' in page
    assert "<td>190</td>" in page  # the full CAMEO code: "Use conventional military force"
    everything = client.get("/events").text
    assert len(set(re.findall(r'<tr class="q(\d)">', everything))) > 1
