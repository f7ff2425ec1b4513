"""The lexicons quantities are read with: currency forms, unit forms, and pint's registry."""

from __future__ import annotations

from functools import cache
from typing import Any

from dateline.lexicon import load_rows


@cache
def currency_forms() -> dict[str, tuple[str, str]]:
    """Form → (ISO 4217 code, kind: symbol | name | hundredth | tenth)."""
    return {row[0]: (row[1], row[2]) for row in load_rows("currencies")}


def currency_form(written: str) -> tuple[str, str] | None:
    """(ISO 4217 code, kind) of a currency form as written, in lower case, or capitalised at
    the start of a sentence ("Euros were sold"); None for no form of the lexicon."""
    forms = currency_forms()
    return (
        forms.get(written)
        or forms.get(written.lower())
        or forms.get(written[:1].lower() + written[1:])
    )


# ISO 4217 codes that news writes as words or names first ("ALL", "TOP", "TRY", "COP 26",
# "PHP"), and the codes of funds, metals and test entries that no sum is written in.
CODES_THAT_ARE_WORDS = {
    "ALL", "BAM", "BOB", "CHE", "COP", "CUP", "DOP", "ERN", "GEL", "MAD", "MOP", "NAD",
    "PEN", "PHP", "RON", "SOS", "TOP", "TRY", "TMT",
}  # fmt: skip
CODES_OF_NO_SUM = {
    "BOV",
    "CHW",
    "CLF",
    "COU",
    "MXV",
    "USN",
    "UYI",
    "UYW",
    "XSU",
    "XTS",
    "XUA",
    "XXX",
}


@cache
def currency_codes() -> list[str]:
    """ISO 4217 codes written beside an amount ("PKR 9.5 trillion", "400 SEK")."""
    import pycountry

    codes = {str(c.alpha_3) for c in pycountry.currencies}
    return sorted(codes - CODES_THAT_ARE_WORDS - CODES_OF_NO_SUM)


@cache
def unit_forms() -> dict[str, str]:
    """Form as written → pint unit name."""
    return {row[0]: row[1] for row in load_rows("units")}


@cache
def one_unit_forms() -> list[str]:
    """Singular unit words that "a" or "an" makes an amount of one ("a gallon of beer")."""
    return [row[0] for row in load_rows("units") if row[2:] == ["one"]]


# Units of the energy trade that carry their scale in their symbol, which pint does not know
SCALED_UNITS = [
    "billion_cubic_metre = 1e9 * metre ** 3 = bcm",  # of natural gas: "155 bcm a year"
    "trillion_cubic_metre = 1e12 * metre ** 3 = tcm",
    "billion_cubic_foot = 1e9 * foot ** 3 = bcf",
    "trillion_cubic_foot = 1e12 * foot ** 3 = tcf",
]


@cache
def units() -> Any:
    import pint  # imported on first use: the registry takes a moment to build

    registry: Any = pint.UnitRegistry()
    for definition in SCALED_UNITS:
        registry.define(definition)
    return registry
