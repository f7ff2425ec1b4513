"""The lexicons quantities are read with: currency forms, unit forms, and pint's registry."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any


def _pairs(name: str) -> list[list[str]]:
    text = files("dateline.lexicon").joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@cache
def currency_forms() -> dict[str, tuple[str, str]]:
    """Form → (ISO 4217 code, kind: symbol | name | hundredth | tenth)."""
    return {row[0]: (row[1], row[2]) for row in _pairs("currencies")}


@cache
def unit_forms() -> dict[str, str]:
    """Form as written → pint unit name."""
    return {row[0]: row[1] for row in _pairs("units")}


@cache
def one_unit_forms() -> list[str]:
    """Singular unit words that "a" or "an" makes an amount of one ("a gallon of beer")."""
    return [row[0] for row in _pairs("units") if row[2:] == ["one"]]


@cache
def units() -> Any:
    import pint  # imported on first use: the registry takes a moment to build

    return pint.UnitRegistry()
