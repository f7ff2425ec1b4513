"""CAMEO actor codes: the Phoenix dictionaries' dated codes, titles and role nouns."""

from __future__ import annotations

import pytest

from dateline import analyze
from dateline.extract.entities.actor_codes import actor_code, country_of_code, role_of
from dateline.model import Entity


def person(name: str, country: str | None = None, titles: list[str] | None = None) -> Entity:
    return Entity(id="e1", name=name, type="PERSON", country=country, titles=titles or [])


@pytest.mark.parametrize(
    ("name", "day", "code"),
    [
        ("Obama", "2010-03-01", "USAGOV"),  # president that day
        ("Obama", "2020-03-01", None),  # not any more: the dictionary's term closed in 2017
        ("Vladimir Putin", "2005-06-01", "RUSGOV"),
        ("Vladimir Putin", "1990-06-01", "RUSELI"),
        ("Angela Merkel", "2023-01-10", "DEUELI"),  # the undated code outside her terms
    ],
)
def test_entities_actor_code_on_the_day(name: str, day: str, code: str | None) -> None:
    assert actor_code(person(name), day) == code


def test_entities_actor_code_from_country_and_title() -> None:
    assert actor_code(person("Ana Ruiz", "ESP", ["Foreign Minister"]), "2021-01-01") == "ESPGOV"
    assert actor_code(person("Ana Ruiz", "ESP"), "2021-01-01") == "ESP"
    envoy = person("Diego Cordovez", titles=["U.N. envoy"])  # the title names the UN
    assert actor_code(envoy, None) == "IGOUNO"


@pytest.mark.parametrize(
    ("phrase", "role"),
    [("police", "COP"), ("Deputy Foreign Minister", "GOV"), ("rebel", "REB"), ("poet", None)],
)
def test_entities_actor_role_of(phrase: str, role: str | None) -> None:
    assert role_of(phrase) == role


@pytest.mark.parametrize(("code", "country"), [("RUSGOV", "RUS"), ("IGOUNO", None), ("YUG", None)])
def test_entities_actor_country_of_code(code: str, country: str | None) -> None:
    assert country_of_code(code) == country


def test_entities_actor_codes_in_the_record() -> None:
    analysis = analyze("Kenya Police arrested two Hamas members.", published="2021-05-02")
    codes = {e.name: e.actor_code for e in analysis.entities}
    assert codes == {"Kenya Police": "KENCOP", "Hamas": "PSEREBHMS"}


def test_events_actor_code_takes_the_role_of_its_phrase() -> None:
    analysis = analyze("Israeli soldiers attacked Lebanese villages.", published="2021-05-02")
    (event,) = analysis.events
    names = {e.id: e.name for e in analysis.entities}
    assert {names[i]: code for i, code in event.actor_codes.items()} == {
        "Israeli": "ISRMIL",
        "Lebanese": "LBNCVL",  # the agents dictionary: a village is civilians
    }


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a capital acting is its government, as CAMEO codes it
        ("Washington imposed sanctions on Tehran.", {"Washington": "USAGOV", "Tehran": "IRNGOV"}),
        ("A US official accused Iran of lying.", {"US": "USAGOV", "Iran": "IRN"}),
        (
            "Rebels in northern Mali attacked French troops on Sunday.",
            {"Mali": "MLIREB", "French": "FRAMIL"},
        ),
    ],
)
def test_events_actor_codes_of_capitals_officials_and_groups_placed(
    text: str, codes: dict[str, str]
) -> None:
    analysis = analyze(text, published="2021-05-02")
    names = {e.id: e.name for e in analysis.entities}
    (event,) = analysis.events
    assert {names[i]: code for i, code in event.actor_codes.items()} == codes
