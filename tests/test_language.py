"""The language gate: each body's language detected and recorded; only languages a pipeline
serves are analysed; the rest stored with their text and a warning."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dateline.errors import UsageError
from dateline.ingest import RawDocument
from dateline.language import detect_language
from dateline.model import Analysis
from dateline.pipeline import AnalyzeOptions, analyze_batch
from dateline.settings import DEFAULT_MODEL, PIPELINES_ENV, pipelines_from_env
from dateline.store import open_store

GERMAN = (
    "Die Bürgermeisterin von Leipzig hat am Montag angekündigt, dass die Stadt im nächsten"
    " Jahr drei neue Schulen bauen wird. Die Kosten liegen nach Angaben der Verwaltung bei"
    " rund vierzig Millionen Euro, und der Stadtrat soll im Frühjahr darüber abstimmen."
)
RUSSIAN = (
    "Министр транспорта сообщил в среду, что новая линия метро в Казани откроется осенью."
    " По его словам, строительство обошлось городу дороже, чем планировалось, но работы"
    " идут по графику, и первые поезда пройдут по тоннелю уже в сентябре."
)
SPANISH = (
    "El gobierno regional anunció el jueves que ampliará el horario de los autobuses"
    " nocturnos en Valencia a partir del próximo mes. Según la consejera de movilidad, la"
    " medida responde a las quejas de los vecinos y costará unos dos millones de euros."
)
ENGLISH = (
    "The mayor of Leeds said on Monday that the city would build three new schools next"
    " year. The cost, according to the council, is about forty million pounds, and the"
    " council will vote on the plan in the spring."
)


def _analyse(nlp: Language, content: str, kind: str = "text", **options: object) -> Analysis:
    raw = RawDocument(origin="article.txt", kind=kind, content=content)
    (result,) = analyze_batch([raw], nlp, AnalyzeOptions(**options))  # type: ignore[arg-type]
    assert isinstance(result, Analysis), result
    return result


@pytest.mark.parametrize(
    ("text", "code", "detector"),
    [
        (ENGLISH, "en", "function words"),
        (GERMAN, "de", "py3langid"),
        (RUSSIAN, "ru", "py3langid"),
        (SPANISH, "es", "py3langid"),
        ("Leeds, Monday", "en", "default"),  # too few words to tell: the default
        # English news dense with Nigerian names, which py3langid alone calls Pidgin
        (
            "On Monday, Nigerian senator Chidi Okafor summoned Ghana's envoy Kwame Mensah over"
            " border delays near Lagos and Ibadan last week.",
            "en",
            "py3langid",
        ),
        (
            "Dem don close di market for Lagos sake of di wahala wey happen yesterday, na so di"
            " governor talk for im office.",
            "pcm",
            "py3langid",
        ),
    ],
)
def test_language_detects_the_body(text: str, code: str, detector: str) -> None:
    detected = detect_language(text)
    assert (detected.code, detected.detector) == (code, detector)


def test_language_of_a_mixed_page_is_the_language_of_most_of_its_letters() -> None:
    # A Russian article with an English byline, caption and a quoted English sentence.
    page = "\n\n".join(
        [
            "By Anna Petrova, Reuters",
            RUSSIAN,
            "Photo: The new station in Kazan, seen from the river.",
            RUSSIAN.replace("сентябре", "октябре"),
            '"We are on schedule," the minister told reporters in English.',
        ]
    )
    detected = detect_language(page)
    assert detected.code == "ru"
    assert 0.6 < detected.share < 1.0
    # An English article quoting one sentence of German stays English.
    assert detect_language(f"{ENGLISH}\n\n{GERMAN[:90]}\n\n{ENGLISH}").code == "en"


def test_language_unserved_is_stored_with_text_and_a_warning_and_no_facts(nlp: Language) -> None:
    analysis = _analyse(nlp, GERMAN, pipelines={})
    assert analysis.article.language == "de"
    assert analysis.article.text == GERMAN
    assert analysis.article.warnings == [
        f"language 'de' not analysed: no spaCy pipeline for it is set"
        f" ({PIPELINES_ENV}=de=PIPELINE names one)"
    ]
    assert (analysis.entities, analysis.quotes, analysis.times, analysis.events) == ([], [], [], [])


def test_language_english_article_is_analysed_as_before(nlp: Language) -> None:
    analysis = _analyse(nlp, ENGLISH, pipelines={})
    assert analysis.article.language == "en"
    assert "Leeds" in {e.name for e in analysis.entities}
    assert [t.text for t in analysis.times] == ["Monday", "next year", "spring"]


def test_language_override_analyses_what_detection_would_not(nlp: Language) -> None:
    analysis = _analyse(nlp, GERMAN, pipelines={}, language="en")
    assert analysis.article.language == "en"
    assert analysis.article.warnings == []
    assert analysis.entities  # the English pipeline ran (and made what it could of German)


def test_language_setting_maps_a_language_to_an_installed_pipeline(nlp: Language) -> None:
    analysis = _analyse(nlp, GERMAN, pipelines={"de": DEFAULT_MODEL})
    assert analysis.article.language == "de"
    assert analysis.article.warnings == []
    assert analysis.entities


def test_language_setting_naming_a_missing_pipeline_says_so(nlp: Language) -> None:
    analysis = _analyse(nlp, SPANISH, pipelines={"es": "es_core_news_sm_not_installed"})
    assert analysis.article.warnings == [
        "language 'es' not analysed: its pipeline es_core_news_sm_not_installed is not installed"
    ]


def test_language_of_an_html_page_keeps_its_title_and_media(nlp: Language) -> None:
    paragraphs = "".join(f"<p>{s}.</p>" for s in RUSSIAN.split(". "))
    page = (
        "<html><head><title>Новая линия метро</title>"
        '<meta property="article:published_time" content="2024-05-15T09:00:00+03:00">'
        "</head><body><nav><a href='/'>Home</a> <a href='/world'>World news</a>"
        " <a href='/sport'>Sport</a></nav>"
        f"<article><h1>Новая линия метро</h1>{paragraphs}{paragraphs}</article>"
        "<footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>"
    )
    analysis = _analyse(nlp, page, kind="html", pipelines={})
    assert analysis.article.language == "ru"
    assert analysis.article.title == "Новая линия метро"
    assert analysis.article.published is not None
    assert analysis.entities == []


def test_language_pipelines_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PIPELINES_ENV, "de=de_core_news_sm, FR = fr_core_news_md")
    assert pipelines_from_env() == {"de": "de_core_news_sm", "fr": "fr_core_news_md"}
    monkeypatch.setenv(PIPELINES_ENV, "de_core_news_sm")
    with pytest.raises(UsageError, match="'de_core_news_sm' is not LANGUAGE=PIPELINE"):
        pipelines_from_env()


def test_language_store_search_filters_by_language(nlp: Language, tmp_path: object) -> None:
    english = _analyse(nlp, ENGLISH + " Schools matter, Leipzig said.", pipelines={})
    german = _analyse(nlp, GERMAN, pipelines={})
    with open_store(f"{tmp_path}/store.db") as store:
        store.add([(english, None), (german, None)])
        assert {h.article_id for h in store.search("Leipzig")} == {
            english.article.id,
            german.article.id,
        }
        assert [h.article_id for h in store.search("Leipzig", language="de")] == [german.article.id]
        assert {h.article_id for h in store.search("Leipzig", language="en")} == {
            english.article.id
        }
        assert store.search("Leipzig", language="ru") == []
