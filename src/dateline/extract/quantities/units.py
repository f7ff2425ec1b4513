"""Units written as expressions of symbols rather than as one form of the lexicon:
"µg/m³" (air quality), "95 g/km" (car emissions), "9.8 m/s2", "kWh/day", "W/m^2 per hour",
"6e14 s-1", "7km^3", "7 km cubed". Each part is a form of the units lexicon or a unit pint
knows; pint reads the whole and names it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from dateline.extract.quantities.lexicon import unit_forms, units

# One unit symbol or name, then its power: "m2", "m^2", "s-1", "cm−3", "m³", "s⁻¹".
_ATOM = r"[A-Za-zµμ]{1,7}(?:\^?[-−]?[1-3](?!\d|[.,]\d)|[²³]|⁻¹)?"
# "/", "·", "per", and "a" before a unit of time: "2 million barrels a day", "40 km an hour"
_JOINT = r"\s?/\s?|·|\s+per\s+|\s+an?\s+(?=(?:second|minute|hour|day|week|month|year)\b)"
# Two SI symbols, each with a prefix or none, written together for their product: "400 Nm" of
# torque, "5,000 mAh", "1,500 VA", "1 cds".
_PRODUCT_SYMBOL = r"[kMGThmµn]?(?:mol|cd|Pa|Hz|Wb|lm|lx|Bq|Gy|Sv|eV|Ω|m|g|s|A|K|N|J|W|V|h)"
# An expression is worth reading only where something joins or raises its parts: a plain
# form ("km", "tonnes") is the lexicon's.
UNIT_EXPRESSION = (
    rf"(?:{_ATOM}(?:(?:{_JOINT}){_ATOM})+|[A-Za-zµμ]{{1,7}}(?:\^?[-−]?[1-3]|[²³]|⁻¹)"
    rf"|[A-Za-zµμ]{{1,7}}\s(?:squared|cubed)|(?-i:(?:{_PRODUCT_SYMBOL}){{2}}))(?![\w/^])"
)
PRODUCT = re.compile(rf"({_PRODUCT_SYMBOL})({_PRODUCT_SYMBOL})")
ONE_SYMBOL = re.compile(_PRODUCT_SYMBOL)  # "ms", "mm": one prefixed unit before a product
# "3 As", "9 Gs", "11 Ks", "the 5 Ws": the plural of a letter news counts (grades A to F,
# g-forces, strikeouts, a reporter's questions) or of a prefix alone (M, T), before any
# product; "45 Js", "300 Ns" and "2 Vs" are joule, newton and volt seconds
LETTER_PLURAL = re.compile(r"[A-GKMTW]s")
ATOM_PARTS = re.compile(r"([A-Za-zµμ]+)(\^?-?\d|[²³]|⁻¹)?")
JOINTS = re.compile(rf"({_JOINT})")
POWER_WORDS = {" squared": "2", " cubed": "3"}
POWER_SIGNS = {"²": "2", "³": "3", "⁻¹": "-1"}
POWER_NAMES = {2: "square", 3: "cubic"}
# Words pint reads as units that in running text are words first ("5 in/out", "2 at/on"),
# and the "e" of an exponent ("2.5e-3" is no amount of elementary charge).
NOT_UNITS = {"in", "at", "a", "an", "or", "and", "to", "of", "by", "on", "per", "the", "is", "e"}
# Beyond the lexicon, a part is a symbol ("W", "µg", "fb") or a unit of time: pint also reads
# many words as units ("points per game", "a line per page") that news does not mean so.
TIME_WORDS = {"second", "minute", "hour", "day", "week", "month", "year"}


def _no_dimension(parsed: Any) -> bool:
    """A ratio or count ("percent", "ppm"), which is no unit here; pint counts bits as
    dimensionless too, but "MB" is a unit."""
    return bool(parsed.dimensionless) and "bit" not in str(
        units().Quantity(1, parsed).to_base_units().units
    )


def _atom_unit(symbol: str) -> str | None:
    """The pint name of one part: a lexicon form ("km" → "kilometre") or a unit pint reads."""
    if symbol.lower() in NOT_UNITS:
        return None
    if symbol in unit_forms():
        return unit_forms()[symbol]
    if len(symbol) > 3 and symbol.lower().removesuffix("s") not in TIME_WORDS:
        return None
    try:
        parsed = units().parse_units(symbol.replace("μ", "µ"))
    except Exception:  # pint raises several kinds for a name it does not know
        return None
    return None if _no_dimension(parsed) else str(parsed)


@cache
def expression_unit(written: str) -> str | None:
    """ "km/s2" → "kilometre / second ** 2"; "km^2" → "square kilometre"; None where a part
    is not a unit."""
    product = PRODUCT.fullmatch(written)
    if product is not None:
        return _product_unit(written, product)
    text = written.replace("−", "-")
    for written_power, digits in (*POWER_WORDS.items(), *POWER_SIGNS.items()):
        text = text.replace(written_power, digits)
    pieces = JOINTS.split(text)
    factors: list[tuple[str, int, bool]] = []  # (pint name, power, in the denominator)
    divide = False
    for index, piece in enumerate(pieces):
        if index % 2:
            divide = True  # "/" and "per" both divide; everything after the first divides
            continue
        match = ATOM_PARTS.fullmatch(piece.strip())
        if match is None:
            return None
        name = _atom_unit(match.group(1))
        if name is None:
            return None
        power = int(match.group(2).lstrip("^")) if match.group(2) else 1
        factors.append((name, power, divide))
    return _name(factors)


def _product_unit(written: str, product: re.Match[str]) -> str | None:
    """ "Nm" → "newton * metre", "mAh" → "milliampere * hour"; None for a form of the lexicon
    ("kWh"), one prefixed unit ("ms", "hPa"), a form of the lexicon typed in capitals or with a capital kilo ("KM", "Kg": not
    kelvin grams) and the plural of a letter."""
    typed_for_a_form = written.lower() in {form.lower() for form in unit_forms()} and (
        written.isupper() or written.startswith("K")
    )
    if (
        written in unit_forms()
        or ONE_SYMBOL.fullmatch(written)
        or typed_for_a_form
        or LETTER_PLURAL.fullmatch(written)
    ):
        return None
    names = []
    for symbol in product.groups():
        try:
            name = unit_forms().get(symbol) or str(units().parse_units(symbol))
        except Exception:  # pint raises several kinds for a name it does not know
            return None
        names.append(lexicon_names().get(name, name))
    # pint would name the factors in its own order ("metre * newton"); they keep the writer's
    return None if _name([(n, 1, False) for n in names]) is None else " * ".join(names)


def _name(factors: list[tuple[str, int, bool]]) -> str | None:
    if len(factors) == 1 and factors[0][1] in POWER_NAMES and " " not in factors[0][0]:
        name, power, _ = factors[0]
        return f"{POWER_NAMES[power]} {lexicon_names().get(name, name)}"
    expression = "1"
    for name, power, divide in factors:
        pint_name = name if "/" in name else name.replace(" ", "_")
        expression += f" {'/' if divide else '*'} ({pint_name}) ** {power}"
    try:
        parsed: Any = units().parse_units(expression)
    except Exception:  # pint raises several kinds for an expression it cannot read
        return None
    if _no_dimension(parsed):
        return None
    return LEXICON_WORDS.sub(lambda m: lexicon_names().get(m.group(0), m.group(0)), str(parsed))


LEXICON_WORDS = re.compile(r"\b\w+\b")


@cache
def lexicon_names() -> dict[str, str]:
    """pint's name of a unit → the lexicon's ("metric_ton" → "tonne", "meter" → "metre"),
    so that "tons per year" is "tonne / year" like "tons" is "tonne"."""
    return {
        str(units().parse_units(name)): name
        for name in set(unit_forms().values())
        if " " not in name
    }
