"""The forms amounts are written in and the patterns that find them: number words and
fractions, scale words ("bn", "lakh crore"), qualifiers ("about", "40-odd"), and the currency
and unit forms of the lexicons. A match is a ``Found``, an amount not yet a record.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from dateline.extract.numbers import CARDINALS
from dateline.extract.quantities.lexicon import (
    currency_codes,
    currency_forms,
    one_unit_forms,
    unit_forms,
)
from dateline.extract.quantities.units import UNIT_EXPRESSION

# Denominators in words: (singular, plural) — "one sixth", "two-fifths", "three halves".
FRACTION_NAMES = {
    2: ("half", "halves"),
    3: ("third", "thirds"),
    4: ("quarter", "quarters"),
    5: ("fifth", "fifths"),
    6: ("sixth", "sixths"),
    8: ("eighth", "eighths"),
    10: ("tenth", "tenths"),
}
NUMBER_WORDS = {
    **CARDINALS,
    "zero": 0,
    "a hundred": 100,
    "a thousand": 1e3,
    "a million": 1e6,
    "a billion": 1e9,
    "half a dozen": 6,
    "half a": 0.5,  # "half a million", "half a percent", "half a mile"
    "a quarter of a": 0.25,  # "a quarter of a million euros"
    "a third of a": 1 / 3,
    "two dozen": 24,
    "three dozen": 36,
    "a gross": 144,  # "a gross of pencils"; "a gross violation" is no count
    "a square dozen": 144,  # the gross's other name
    "a great gross": 1728,  # a dozen gross
    "baker's dozen": 13,
    "a baker's dozen": 13,
    "a third": 1 / 3,
    "a quarter": 0.25,
    "half": 0.5,
    "a half": 0.5,
}
NUMERATORS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
FRACTIONS = {  # "one third", "two fifths", "three halves" (written with a space or a hyphen)
    f"{numerator} {name}": count / denominator
    for numerator, count in NUMERATORS.items()
    for denominator, names in FRACTION_NAMES.items()
    for name in names
    if (count == 1) == (name == names[0])
}
SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "t": 1e12,  # after a currency only: "$2.174T"; "278,000 t" is tonnes
    # Indian English counts in lakhs and crores ("Rs 4,500 crore", "₹2 lakh crore")
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    "lakh crore": 1e12,
}
VAGUE = {
    "tens": 10,
    "dozens": 10,
    "scores": 10,  # of twenty each: tens
    "hundreds": 100,
    "thousands": 1e3,
    "tens of thousands": 1e4,
    "hundreds of thousands": 1e5,
    "millions": 1e6,
    "tens of millions": 1e7,
    "hundreds of millions": 1e8,
    "tens of billions": 1e10,
    "hundreds of billions": 1e11,
    "billions": 1e9,
}
APPROX = (
    "more than",
    "less than",
    "fewer than",
    "at least",
    "up to",
    "as many as",
    "as much as",
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "over",
    "under",
    "just over",
    "just under",
    "an estimated",
    "an additional",
)

VULGAR_FRACTIONS = {
    "½": 1 / 2,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "¼": 1 / 4,
    "¾": 3 / 4,
    "⅕": 1 / 5,
    "⅛": 1 / 8,
}
# "2.48×10−5", "4e14", "-1e-3", "8x2^10": the exponent is written with a power of ten or an
# "e", or with a caret after any base.
_SCIENTIFIC = (
    r"\d+(?:\.\d+)?(?:[eE][-−+]?\d+|\s?[x×]\s?(?:10(?:\^[-−]?|[-−])|\d+\^[-−]?)\d+)(?![\w.])"
)
_VULGAR = f"(?:\\d+\\s?)?[{''.join(VULGAR_FRACTIONS)}]"
_DIGITS = (
    rf"[-−]?(?:{_SCIENTIFIC}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?"
    # "12 000" grouped with spaces, but "74 100%" in a table of figures is 74 and 100%
    r"|\d{1,3}(?:[ \u00a0\u2009]\d{3})+(?![\d,.%])|\d+(?:\.\d+)?(?:\s\d/\d)?"
    rf"|\d/\d{{1,3}}(?![/\d])|{_VULGAR})"
)
AMOUNT_JUST_BEFORE = re.compile(r"\d\S*\s+(?:\S+\s+)?$")
SCIENTIFIC_PARTS = re.compile(r"(-?\d+(?:\.\d+)?)(?:e\+?|\s?[x×]\s?(10|\d+(?=\^))\^?)(-?\d+)")


def _either_case(words: list[str]) -> str:
    """Alternatives for each word as written and with a capital first letter ("Two tonnes" at
    the start of a sentence), for patterns that keep their case: cheaper than ignoring it."""
    forms = {form for w in words for form in (w, w[:1].upper() + w[1:])}
    return "|".join(sorted(map(re.escape, forms), key=len, reverse=True))


_WORDS = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_FRACTION_NAMES = "|".join(
    sorted((n for names in FRACTION_NAMES.values() for n in names), key=len, reverse=True)
)
_UNITS_WORD = "one|two|three|four|five|six|seven|eight|nine"


def _number(words: str, numerators: str) -> str:
    return (
        rf"(?:{_DIGITS}|(?:{numerators})[- ](?:{_FRACTION_NAMES})\b"
        rf"|[aA]\s+hundred\s+and\s+(?:{_WORDS})(?:[- ](?:{_UNITS_WORD}))?"
        rf"|(?:{words})\b(?:[- ](?:{_UNITS_WORD})\b)?"  # "ten ha", never the "ten" of "tenha"
        rf"(?:\s+hundred(?:\s+and\s+(?:{_WORDS})(?:[- ](?:{_UNITS_WORD}))?)?)?"
        r"(?:\s+and\s+a\s+half)?)"
    )


_NUMBER = _number(_WORDS, "|".join(NUMERATORS))
_NUMBER_EITHER_CASE = _number(_either_case(list(NUMBER_WORDS)), _either_case(list(NUMERATORS)))
SCALE_WORDS = "thousand|million|billion|trillion"
INDIAN_SCALE_WORDS = "lakh crore|lakhs|lakh|crores|crore"
# "$7.2bn", "1.2 million", "$1.5-billion package"
_SCALE = (
    rf"(?:[\s-]?(?:{SCALE_WORDS}|{INDIAN_SCALE_WORDS})\b|\s?(?:mn|mln|bn|tn|trn)\b|(?:k|m|b)\b)"
)
_MONEY_SCALE = rf"(?:{_SCALE}|[tT]\b)"
_APPROX = "|".join(sorted((re.escape(w) for w in APPROX), key=len, reverse=True))
_APPROX_EITHER_CASE = _either_case(list(APPROX))
_VAGUE = (
    r"(?:tens|hundreds) of (?:thousands|millions|billions)"
    r"|tens|dozens|scores|hundreds|thousands|millions|billions"
)


# "9.79 ± 0.02 m/s2", "45 +/- 3 percent": the margin is written in ``approx``
_PLUS_MINUS = rf"(?:\s?(?P<margin>(?:±|\+/-)\s?{_DIGITS}))?"
_TIME_UNITS = r"(?:year|month|week|day|hour|minute|second)s?"
DIMENSION_ADJECTIVE = r"(?:thick|long|wide|tall|high|deep|across)\b"


def _alternatives(forms: list[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


PARTS_OF_ONE = {"hundredth": 100, "tenth": 10}  # the kinds of coin a currency is split into


# video formats named by their lines ("a 1080p screen"), never pence
VIDEO_FORMATS = "(?:240|360|480|576|720|1080|1440|2160|4320)"


def _coin_forms() -> str:
    """The coins written apart from their amount ("60 pence"); "150p" has its own pattern."""
    return _alternatives(
        [f for f, (_, k) in currency_forms().items() if k in PARTS_OF_ONE and len(f) > 1]
    )


@cache
def patterns() -> list[tuple[str, re.Pattern[str]]]:
    symbols = _alternatives([f for f, (_, k) in currency_forms().items() if k == "symbol"])
    names = _alternatives([f for f, (_, k) in currency_forms().items() if k == "name"])
    letters = _alternatives([f for f, (_, k) in currency_forms().items() if k == "letter"])
    coins = _coin_forms()
    codes = rf"(?:{'|'.join(currency_codes())})"
    unit_words = _alternatives(list(unit_forms()))
    # Every amount starts a word: the engine need not try inside one ("COVID19", "1,200").
    approx = rf"(?<![\w.,])(?:(?P<approx>{_APPROX})\s+)?"
    # Patterns that keep case for their unit forms ("Ma", "mm") take "About two km" too.
    approx_either_case = rf"(?<![\w.,])(?:(?P<approx>{_APPROX_EITHER_CASE})\s+)?"
    # "between 40 and 50 tonnes", "44 mg to 50 mg", "8- to 16-metre", "3.5–4.0 TeV"
    range_ = (
        rf"(?<![\w.,])(?:(?P<approx>between|from)\s+)?(?P<num>{_NUMBER})(?P<scale>{_SCALE})?"
        rf"(?:-|[\s-]?(?P<unit1>%|(?-i:{unit_words}))(?![\w/]))?"
        rf"(?P<joint>\s+(?:and|to|through)\s+|\s?[–-]\s?)"
        rf"(?P<num2>{_NUMBER})(?P<scale2>{_SCALE})?[\s-]?(?P<unit>%|percent\b|(?-i:{unit_words}))(?![\w/])"
    )
    # "from 7 to 10", "between 40 and 50": bounds in digits, introduced, with nothing after
    count_range = (
        rf"(?<![\w.,])(?P<approx>between|from)\s+(?P<num>{_DIGITS})(?P<joint>\s+(?:and|to)\s+)"
        rf"(?P<num2>{_DIGITS})(?P<scale2>\s(?:{SCALE_WORDS}|{INDIAN_SCALE_WORDS}))?"
        # "… 3 million dollars" is money
        rf"(?![\w%/]|[.,]\d|\s+(?:{names}|(?-i:{codes}))\b|\s(?:{SCALE_WORDS}|{INDIAN_SCALE_WORDS})\b)"
    )
    # "300 to 400 jobs", "some 1,000-1,500 protesters": bounds in digits before what they count
    counted_range = (
        rf"(?<![\w.,+/$€£¥-])(?:(?P<approx>{_APPROX_EITHER_CASE})\s+)?(?P<num>{_DIGITS})"
        rf"(?P<scale>{_SCALE})?(?P<joint>\s+to\s+|\s?[–-]\s?)(?P<num2>\d[\d,.]*\d|\d)"
        rf"(?P<scale2>{_SCALE})?(?=\s+[a-z])(?!\s+(?:(?i:{names})|{unit_words}|per\s?cent)\b)"
    )
    # "$80 a barrel", "$350 per kg", "$15.4/hour": a price per unit
    per = (
        r"(?:(?:\s?/\s?|[\s-]+(?:per|an?)[\s-]+)(?P<per_time>hour|day|night|week|month|year)\b"
        rf"|(?:\s?/\s?|\s+per\s+|\s+an?\s+)(?P<per>{unit_words}|share|person|head)(?![\w/]))?"
    )
    return [
        ("range", re.compile(range_, re.I)),
        ("range", re.compile(count_range, re.I)),
        ("range", re.compile(counted_range)),
        (
            "money_range",  # "$40-50 billion", "£2 to 3m": the symbol written once
            re.compile(
                rf"{approx}(?P<cur>{symbols})\s?(?P<num>{_DIGITS})(?P<scale>{_MONEY_SCALE})?"
                rf"(?P<joint>\s?[–-]\s?|\s+to\s+)(?P<num2>\d[\d,.]*\d|\d)"
                rf"(?P<scale2>{_MONEY_SCALE})?(?![\w.,]\d|[\w%/]){per}",
                re.I,
            ),
        ),
        (
            "money_symbol",
            re.compile(
                rf"{approx}(?P<cur>{symbols})\s?(?P<num>{_NUMBER})(?P<scale>{_MONEY_SCALE})?{per}",
                re.I,
            ),
        ),
        (
            "money_symbol",  # "R2.5 billion", "N21.8trn": a letter before a sum with its scale
            re.compile(
                rf"(?<![\w.,])(?P<cur>{letters})(?P<num>\d+(?:\.\d+)?)"
                rf"(?P<scale>{_MONEY_SCALE}){per}"
            ),
        ),
        (
            "money_symbol",  # "R1,500", "R12 000", "R49.99": or with its thousands or cents
            re.compile(
                rf"(?<![\w.,])(?P<cur>{letters})(?P<num>\d{{1,3}}(?:,\d{{3}}|[ \u00a0]\d{{3}})+"
                rf"(?:\.\d\d)?|\d+\.\d\d)(?![\w,.]?\d){per}"
            ),
        ),
        (
            "money_code",
            re.compile(
                rf"{approx}(?P<cur>{codes})\s?(?P<num>{_NUMBER})(?P<scale>{_MONEY_SCALE})?{per}"
            ),
        ),
        (
            "money_name",
            re.compile(
                rf"{approx}(?P<num>{_NUMBER})(?P<scale>{_SCALE})?\s+(?P<cur>{names}|(?-i:{codes}))\b{per}",
                re.I,
            ),
        ),
        (
            "money_part",  # "51 cents a share", "60 pence", "a penny on income tax", "3 dimes"
            re.compile(
                rf"{approx}(?P<num>{_NUMBER}|(?<![\w.,])an?(?=\s+(?:cent|penny)\b))[\s-]"
                rf"(?P<cur>{coins})\b{per}",
                re.I,
            ),
        ),
        (
            "money_symbol_after",  # "-15€", "40 €": the euro written after its amount
            re.compile(rf"{approx}(?P<num>{_NUMBER})(?P<scale>{_MONEY_SCALE})?\s?(?P<cur>€)", re.I),
        ),
        (
            "percent",
            re.compile(
                rf"{approx}(?P<num>{_NUMBER}){_PLUS_MINUS}\s?(?P<unit>%|percent\b|per cent\b"
                r"|percentage points?\b|basis points?\b|bps\b|(?-i:pc)\b(?!\.\w)"
                # "cut rates by a quarter point": a point of a rate, after its fraction only
                r"|(?:(?<=quarter)|(?<=half)|(?<=half a))[\s-]points?\b)",
                re.I,
            ),
        ),
        (
            "money_part",  # "rose 3p to 150p": pence, where no video format is named ("720p")
            re.compile(
                rf"{approx}(?!{VIDEO_FORMATS}p\b)(?P<num>\d+(?:\.\d+)?)(?P<cur>p)\b(?![/x.]\w){per}"
            ),
        ),
        (
            "unit_expression",  # "95 g/km", "40 µg/m³", "7km^3"
            re.compile(
                rf"{approx_either_case}(?P<num>{_NUMBER_EITHER_CASE})(?P<scale>{_SCALE})?{_PLUS_MINUS}\s?(?P<unit>{UNIT_EXPRESSION})"
            ),
        ),
        (
            "unit",
            re.compile(
                rf"{approx_either_case}(?P<num>{_NUMBER_EITHER_CASE})(?P<scale>{_SCALE})?{_PLUS_MINUS}[\s-]?(?P<unit>{unit_words})(?![\w/])"
            ),
        ),
        (
            "unit",
            re.compile(
                rf"(?<![\w.,])(?P<num>[Aa]n?)\s+(?P<unit>{_alternatives(one_unit_forms())})\b"
            ),
        ),
        (
            "long_time",  # "4.5 billion years", "a million hours": too long for a time expression
            re.compile(
                rf"{approx}(?P<num>{_NUMBER}|an?)(?P<scale>\s(?:{SCALE_WORDS}))"
                rf"\s+(?P<unit>{_TIME_UNITS})\b",
                re.I,
            ),
        ),
        (
            "inch",  # "2 1/2 in thick", "is 2 in.": "in" is the inch only where no object follows
            re.compile(
                rf"{approx}(?P<num>{_NUMBER})\s+in\b(?=\s+{DIMENSION_ADJECTIVE}|\.?[ \t]*(?:\n|\Z))"
            ),
        ),
        (
            "inch",  # "12in deep", "4in (100mm)", "6ft 2in": written on its number
            re.compile(
                rf"{approx}(?P<num>{_DIGITS})in\b(?=\s+(?:{DIMENSION_ADJECTIVE}|of\b|\()|[.,;:)]|\Z)"
            ),
        ),
        ("absolute_zero", re.compile(rf"{approx}absolute zero\b", re.I)),  # "near absolute zero"
        # an earthquake's size: "a 6.1-magnitude quake", "magnitude 6.4", "7.8 on the Richter scale"
        ("magnitude", re.compile(rf"{approx}(?P<num>\d(?:\.\d)?)[\s-]magnitude\b", re.I)),
        ("magnitude", re.compile(r"\bmagnitude[\s-](?P<num>\d(?:\.\d)?)(?![\d.,]\d)", re.I)),
        (
            "magnitude",
            re.compile(rf"{approx}(?P<num>\d(?:\.\d)?) on the Richter scale\b", re.I),
        ),
        (
            "metres_or_millions",  # "150m tall" is a height, "30m people" a count
            re.compile(rf"{approx}(?P<num>{_DIGITS})\s?m\b(?![\w/²³^]|\.\w)"),
        ),
        (
            "vague",  # "ran into the hundreds", "in the tens of thousands"
            re.compile(rf"\b(?P<lead>in|into) the (?P<vague>{_VAGUE})\b(?! of\b)", re.I),
        ),
        ("score", re.compile(r"\b[Aa] score of\b(?!\s+\d)")),  # twenty; "a score of 7" rates
        # "hundreds of thousands of", never "hundreds of" counting "thousands"
        (
            "vague",
            re.compile(rf"(?P<vague>{_VAGUE}) of\b(?!\s+(?:thousands|millions|billions)\b)", re.I),
        ),
        (
            "vague",  # "Thousands fled", "killing hundreds": the plural alone is a count too
            re.compile(
                r"\b(?P<vague>(?:[Tt]ens|[Hh]undreds) of (?:thousands|millions|billions)|[Dd]ozens"
                r"|[Hh]undreds|[Tt]housands|[Mm]illions)\b(?!\s+(?:of|upon)\b|-)"
            ),
        ),
        (
            "count",
            re.compile(
                rf"{approx}(?<![\w.,/])(?P<num>{_NUMBER})(?P<scale>{_SCALE})?"
                r"(?P<after>-odd\b|\s+or\s+so\b)?(?![\w%/]|[.,]\d)",  # "40-odd jets", "20 or so"
                re.I,
            ),
        ),
    ]


@cache
def prechecks() -> dict[str, re.Pattern[str]]:
    """Words without which a costly pattern cannot match, looked for first."""
    return {
        "money_symbol_after": re.compile("€"),
        "money_range": re.compile(r"(?:[–-]|\sto\s)\s?\d"),
        "money_code": re.compile(r"\b[A-Z]{3}\s?\d"),
        "money_part": re.compile(rf"\b(?:{_coin_forms()})\b|\dp\b", re.I),
        "percent": re.compile(
            r"%|\bper\s?cent|\bpercentage|\bbasis point|\dbps\b|\d\s?pc\b"
            r"|(?:quarter|half|half a)[\s-]point",
            re.I,
        ),
        "long_time": re.compile(rf"(?:{SCALE_WORDS})\s+{_TIME_UNITS}", re.I),
        "inch": re.compile(r"\d\s*in\b"),
        "absolute_zero": re.compile("absolute zero", re.I),
        "magnitude": re.compile(r"magnitude|Richter", re.I),
        "metres_or_millions": re.compile(r"\d\s?m\b"),
    }


RANGE_LEADS = {"between", "from"}  # the words that say two bounds follow
FIRST_NUMBER = re.compile(r"\d[\d,.]*")


def bounds_of_one_range(low_written: str, low_approx: str | None, high_approx: str | None) -> bool:
    """Whether two amounts are the bounds of one range: they share an ``approx`` that writes the
    range out ("300 to 400", "$40-50 billion"), not only a qualifier ("at least one … at least
    3")."""
    number = FIRST_NUMBER.search(low_written)
    return (
        low_approx is not None
        and low_approx == high_approx
        and number is not None
        and number.group(0) in low_approx
    )


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    kind: str
    value: float | None
    unit: str | None = None
    currency: str | None = None
    approx: str | None = None


def parse_number(text: str) -> float | None:
    """ "1,200" → 1200; "2 1/2" → 2.5; "two dozen" → 24; "twenty-five" → 25; None for what
    is no number, or none a float holds ("1e309", a run of 400 digits)."""
    try:
        value = _parse_number(text)
    except (OverflowError, ValueError):  # "1e309"; a sign with no digits ("-¼" aside)
        return None
    return value if value is None or math.isfinite(value) else None


def _parse_number(text: str) -> float | None:
    text = text.strip().lower().replace("−", "-")
    if text in {"a", "an"}:
        return 1.0  # "a gallon"
    if text.endswith(" and a half"):
        whole_part = _parse_number(text[: -len(" and a half")])
        return None if whole_part is None else whole_part + 0.5
    if " hundred" in text and not text[0].isdigit():
        head, _, tail = text.partition(" hundred")
        hundreds = 1.0 if head == "a" else _parse_number(head)
        rest = tail.replace("and", "").strip()
        remainder = _parse_number(rest) if rest else 0.0
        return None if hundreds is None or remainder is None else hundreds * 100 + remainder
    text = re.sub(r"(?<=\d)[ \u00a0\u2009](?=\d{3}\b)", "", text)  # "10 000"
    if (scientific := SCIENTIFIC_PARTS.fullmatch(text)) is not None:
        mantissa, base, exponent = scientific.groups()
        return float(mantissa) * float(base or 10) ** int(exponent)
    if text and text[-1] in VULGAR_FRACTIONS:
        whole_text = text[:-1].strip()
        sign = -1.0 if whole_text.startswith("-") else 1.0  # "-1½" is -1.5, "-¼" is -0.25
        whole_text = whole_text.lstrip("+-").strip()
        return sign * ((float(whole_text) if whole_text else 0.0) + VULGAR_FRACTIONS[text[-1]])
    if text in NUMBER_WORDS:
        return float(NUMBER_WORDS[text])
    if text.replace("-", " ") in FRACTIONS:
        return FRACTIONS[text.replace("-", " ")]
    parts = re.split(r"[- ]", text)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return float(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]])
    whole, _, fraction = text.partition(" ")
    try:
        value = float(whole.replace(",", "")) if "/" not in whole else _fraction(whole)
    except ValueError:
        return None
    if fraction and "/" in fraction:
        try:
            value += _fraction(fraction)
        except ValueError:
            return None
    return value


def _fraction(text: str) -> float:
    top, bottom = text.split("/")
    if int(bottom) == 0:
        raise ValueError(f"'{text}' is not a fraction")
    return int(top) / int(bottom)


def scale_in(match: re.Match[str]) -> float:
    return scale_of(match.groupdict().get("scale")) or 1.0


def scale_of(written: str | None) -> float | None:
    """ " million" → 1e6, "-billion" → 1e9, "bn" → 1e9; None where nothing is written."""
    return SCALES.get((written or "").strip(" -").lower())
