from __future__ import annotations

import pytest

from dateline import analyze
from dateline.extract.quantities.units import expression_unit


@pytest.mark.parametrize(
    ("written", "unit"),
    [
        ("km/s2", "kilometre / second ** 2"),
        ("km/s^2", "kilometre / second ** 2"),
        ("µg/m³", "microgram / metre ** 3"),
        ("μg/m3", "microgram / metre ** 3"),  # the Greek mu as well as the micro sign
        ("s-1", "1 / second"),
        ("cm−3", "1 / centimetre ** 3"),
        ("km^2", "square kilometre"),
        ("km cubed", "cubic kilometre"),
        ("tons per year", "tonne / year"),
        ("W/m^2 per hour", "watt / hour / metre ** 2"),  # in the order pint writes
        ("MB/s", "megabyte / second"),
        ("ppm/year", "ppm / year"),  # the yearly rise of carbon dioxide
    ],
)
def test_unit_expressions_named_through_pint(written: str, unit: str) -> None:
    assert expression_unit(written) == unit


@pytest.mark.parametrize(
    "written",
    [
        "points/game",  # a word pint reads as a unit ("point") that news does not mean so
        "in/out",  # "in" is a word first
        "people/km2",  # "people" is no unit
        "kids/class",  # a count per count
        "e-3",  # the exponent of a number written with an "e"
    ],
)
def test_unit_expressions_refuse_parts_that_are_no_units(written: str) -> None:
    assert expression_unit(written) is None


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("She got 3 As at A-level.", "3", None),  # the plural of a letter: grades
        ("The pilot pulled 9 Gs in the turn.", "9", None),
        ("The closer struck out 11 Ks in a row.", "11", None),
        ("Reporters learn the 5 Ws early.", "5", None),
        ("Planck's constant is tiny, but 45 Js is not.", "45 Js", "joule * second"),
        ("The thruster gave 300 Ns of impulse.", "300 Ns", "newton * second"),
        ("He lifted 50 Kg at the gym.", "50 Kg", "kilogram"),  # a capital kilo, no kelvin gram
        ("The road is 30 KM long.", "30 KM", "kilometre"),
        ("Chips are now made at 3 nm.", "3 nm", "nanometre"),  # one prefixed unit
    ],
)
def test_unit_expressions_tell_letter_plurals_and_typed_forms_from_products(
    text: str, surface: str, unit: str | None
) -> None:
    quantity = analyze(text, published="2021-03-10", verbatim=True).quantities[0]
    assert (quantity.text, quantity.unit) == (surface, unit)
