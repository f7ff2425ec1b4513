"""The workbench in a real headless Chromium (Debian's, driven by Playwright), over a real
uvicorn server on loopback and a store of the project's own fixture articles.

Screenshots go to ``$DATELINE_SCREENSHOTS`` when set (``docs/`` for the README's), else to
the test run's temporary folder.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.server import ServerSettings, create_app

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
playwright_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
if CHROMIUM is None:
    pytest.skip("no chromium on PATH (apt-get install chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def base_url(server_db: str) -> Iterator[str]:
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = create_app(ServerSettings(db=server_db))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture
def page(browser: object, base_url: str) -> Iterator[object]:
    """A page that records every request it makes, every dialog and every console error."""
    context = browser.new_context(viewport={"width": 1360, "height": 900})  # type: ignore[attr-defined]
    opened = context.new_page()
    opened.requests, opened.dialogs, opened.errors = [], [], []
    opened.on("request", lambda request: opened.requests.append(request.url))
    opened.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
    opened.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
    opened.on("pageerror", lambda error: opened.errors.append(str(error)))
    yield opened
    assert all(url.startswith(base_url) for url in opened.requests), opened.requests
    assert opened.errors == []
    context.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ.get("DATELINE_SCREENSHOTS") or tmp_path_factory.mktemp("shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_server_browser_search_then_open_the_article(page: object, base_url: str) -> None:
    page.goto(base_url + "/")  # type: ignore[attr-defined]
    page.fill("header input[name=q]", "Kharkiv")  # type: ignore[attr-defined]
    page.press("header input[name=q]", "Enter")  # type: ignore[attr-defined]
    page.wait_for_url("**/search?q=Kharkiv")  # type: ignore[attr-defined]
    assert page.inner_text(".hit mark") == "Kharkiv"  # type: ignore[attr-defined]
    page.click(".hit a")  # type: ignore[attr-defined]
    page.wait_for_url("**/articles/srv-2022-03-kyiv")  # type: ignore[attr-defined]
    assert page.inner_text("h1").startswith("Russia shells Kharkiv")  # type: ignore[attr-defined]


def test_server_browser_article_highlights_toggle_and_pick(
    page: object, base_url: str, shots: Path
) -> None:
    page.goto(base_url + "/articles/srv-2022-03-kyiv")  # type: ignore[attr-defined]
    time_span = page.locator(".fact.time", has_text="next month")  # type: ignore[attr-defined]
    shown = time_span.evaluate("node => getComputedStyle(node).backgroundColor")
    assert shown not in {"rgba(0, 0, 0, 0)", "transparent"}
    page.screenshot(path=str(shots / "workbench-article.png"), full_page=False)  # type: ignore[attr-defined]
    page.uncheck("input[data-kind=time]")  # type: ignore[attr-defined]
    page.uncheck("input[data-kind=quote]")  # type: ignore[attr-defined]
    hidden = time_span.evaluate("node => getComputedStyle(node).backgroundColor")
    assert hidden == "rgba(0, 0, 0, 0)"
    page.locator(".fact.speaker", has_text="Volodymyr Zelenskiy").click()  # type: ignore[attr-defined]
    picked = page.inner_text("#picked")  # type: ignore[attr-defined]
    assert "We need air defence now, not next month" in picked
    page.click("#picked a.entity-link")  # type: ignore[attr-defined]
    page.wait_for_url("**/entities/Volodymyr%20Zelenskiy")  # type: ignore[attr-defined]
    assert page.inner_text("h1") == "Volodymyr Zelenskiy"  # type: ignore[attr-defined]


def test_server_browser_relations_chart_is_drawn(page: object, base_url: str, shots: Path) -> None:
    page.goto(base_url + "/relations?a=Russia&b=Ukraine")  # type: ignore[attr-defined]
    chart = page.locator("svg.chart")  # type: ignore[attr-defined]
    box = chart.bounding_box()
    assert box is not None and box["width"] > 50 and box["height"] > 100
    bars = chart.locator("rect")
    heights = [float(bars.nth(i).get_attribute("height")) for i in range(bars.count())]
    assert max(heights) > 0
    page.screenshot(path=str(shots / "workbench-relations.png"))  # type: ignore[attr-defined]


def test_server_browser_tables_sort_by_a_column(page: object, base_url: str) -> None:
    page.goto(base_url + "/entities")  # type: ignore[attr-defined]
    page.click("table.sortable th:text('Name')")  # type: ignore[attr-defined]
    names = page.locator("table.sortable tbody tr td:first-child").all_inner_texts()  # type: ignore[attr-defined]
    assert names == sorted(names, key=str.lower) or names == sorted(names)


def test_server_browser_hostile_article_runs_nothing(page: object, base_url: str) -> None:
    for path in ("/articles/srv-xss-test", "/", "/search?q=council", "/quotes"):
        page.goto(base_url + path)  # type: ignore[attr-defined]
    page.goto(base_url + "/articles/srv-xss-test")  # type: ignore[attr-defined]
    assert page.inner_text("h1") == "<script>alert('title')</script> Council votes"  # type: ignore[attr-defined]
    assert page.locator("#text img").count() == 0  # type: ignore[attr-defined]
    assert page.locator("a[href^='javascript:']").count() == 0  # type: ignore[attr-defined]
    assert page.dialogs == []  # type: ignore[attr-defined]


def test_server_browser_api_docs_load_from_the_server(page: object, base_url: str) -> None:
    page.goto(base_url + "/docs")  # type: ignore[attr-defined]
    page.wait_for_selector("span.opblock-summary-path:has-text('/api/v1/search')")  # type: ignore[attr-defined]
    assert page.locator(".opblock").count() >= 14  # type: ignore[attr-defined]
