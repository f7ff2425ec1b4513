from __future__ import annotations

import pytest

from dateline import analyze
from dateline.extract.quantities.currencies import currency_name, issuing_country
from dateline.model import Entity


def currencies_of(text: str) -> list[Entity]:
    entities = analyze(text, published="2021-03-10", verbatim=True).entities
    return [e for e in entities if e.type == "OTHER"]


def test_currencies_named_without_an_amount_are_entities() -> None:
    found = currencies_of("Exporters want to be paid in euros instead of dollars.")
    assert [(e.name, e.country, [m.text for m in e.mentions]) for e in found] == [
        ("Euro", None, ["euros"]),
        ("US Dollar", "USA", ["dollars"]),
    ]
    assert found[0].mentions[0].start == 29


def test_currencies_one_entity_per_code_with_every_form_as_an_alias() -> None:
    (rouble,) = currencies_of("The rouble slid, and roubles were sold as the ruble fell.")
    assert (rouble.name, rouble.country) == ("Russian Ruble", "RUS")
    assert rouble.aliases == ["rouble", "roubles", "ruble"]
    assert len(rouble.mentions) == 3


@pytest.mark.parametrize(
    "text",
    [
        "She put in a sterling effort.",
        "He has a yen for travel.",
        "The party won the vote.",
        "It was a real gain.",
        "Rand Paul spoke first.",
        "He signed for Real Madrid.",
        "Fans flew in for Euro 2024.",
    ],
)
def test_currencies_words_that_are_not_currencies_here(text: str) -> None:
    assert currencies_of(text) == []


def test_currencies_a_sum_names_its_currency_too() -> None:
    (euro,) = currencies_of("Donors pledged 15 billion euros.")
    assert [m.text for m in euro.mentions] == ["euros"]


@pytest.mark.parametrize(
    ("code", "written", "name", "country"),
    [
        ("JPY", "yen", "Yen", "JPN"),
        ("CHF", "Swiss francs", "Swiss Franc", "CHE"),
        ("EUR", "euro", "Euro", None),
        ("XBT", "bitcoin", "Bitcoin", None),
    ],
)
def test_currencies_names_and_issuing_countries(
    code: str, written: str, name: str, country: str | None
) -> None:
    assert (currency_name(code, written), issuing_country(code)) == (name, country)


def test_currencies_a_capital_at_the_start_of_a_sentence_is_still_the_currency() -> None:
    text = "Sterling slipped against the dollar."
    entities = analyze(text, published="2021-03-10", verbatim=True).entities
    assert [(e.name, e.type, [m.text for m in e.mentions]) for e in entities] == [
        ("Pound Sterling", "OTHER", ["Sterling"]),
        ("US Dollar", "OTHER", ["dollar"]),
    ]
