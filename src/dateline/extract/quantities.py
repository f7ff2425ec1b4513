"""Quantities: numbers with their units, money with ISO 4217 codes, percentages, vague amounts
and counts with what they count, normalised to SI through pint.

Numbers inside time expressions (years, days of the month, clock times, durations) are the
time extractor's and are skipped here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from dateline.extract.numbers import CARDINALS
from dateline.extract.quantity_lexicon import (
    currency_codes,
    currency_form,
    currency_forms,
    one_unit_forms,
    unit_forms,
    units,
)
from dateline.extract.spans import Taken, doc_text
from dateline.extract.unit_expressions import TIME_WORDS, UNIT_EXPRESSION, expression_unit
from dateline.lexicon import load_words
from dateline.model import Quantity, SIValue, TimeExpression

# --- patterns --------------------------------------------------------------------------------
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
    r"|\d{1,3}(?:[ \u00a0\u2009]\d{3})+(?![\d,.])|\d+(?:\.\d+)?(?:\s\d/\d)?"
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
_SCALE_WORDS = "thousand|million|billion|trillion"
_INDIAN_SCALE_WORDS = "lakh crore|lakhs|lakh|crores|crore"
# "$7.2bn", "1.2 million", "$1.5-billion package"
_SCALE = (
    rf"(?:[\s-]?(?:{_SCALE_WORDS}|{_INDIAN_SCALE_WORDS})\b|\s?(?:mn|mln|bn|tn|trn)\b|(?:k|m|b)\b)"
)
_MONEY_SCALE = rf"(?:{_SCALE}|[tT]\b)"
_APPROX = "|".join(sorted((re.escape(w) for w in APPROX), key=len, reverse=True))
_APPROX_EITHER_CASE = _either_case(list(APPROX))
_VAGUE = (
    r"(?:tens|hundreds) of (?:thousands|millions|billions)"
    r"|tens|dozens|hundreds|thousands|millions|billions"
)


# "9.79 ± 0.02 m/s2", "45 +/- 3 percent": the margin is written in ``approx``
_PLUS_MINUS = rf"(?:\s?(?P<margin>(?:±|\+/-)\s?{_DIGITS}))?"
_TIME_UNITS = r"(?:year|month|week|day|hour|minute|second)s?"
_DIMENSION_ADJECTIVE = r"(?:thick|long|wide|tall|high|deep|across)\b"


def _alternatives(forms: list[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


PARTS_OF_ONE = {"hundredth": 100, "tenth": 10}  # the kinds of coin a currency is split into


def _coin_forms() -> str:
    return _alternatives([f for f, (_, k) in currency_forms().items() if k in PARTS_OF_ONE])


@cache
def patterns() -> list[tuple[str, re.Pattern[str]]]:
    symbols = _alternatives([f for f, (_, k) in currency_forms().items() if k == "symbol"])
    names = _alternatives([f for f, (_, k) in currency_forms().items() if k == "name"])
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
        rf"(?P<num2>{_DIGITS})(?P<scale2>\s(?:{_SCALE_WORDS}|{_INDIAN_SCALE_WORDS}))?"
        # "… 3 million dollars" is money
        rf"(?![\w%/]|[.,]\d|\s+(?:{names}|(?-i:{codes}))\b|\s(?:{_SCALE_WORDS}|{_INDIAN_SCALE_WORDS})\b)"
    )
    # "$80 a barrel", "$350 per kg", "$15.4/hour": a price per unit
    per = (
        r"(?:\s?/\s?(?P<per_time>hour|day|night|week|month|year)\b"
        rf"|(?:\s?/\s?|\s+per\s+|\s+an?\s+)(?P<per>{unit_words}|share|person|head)(?![\w/]))?"
    )
    return [
        ("range", re.compile(range_, re.I)),
        ("range", re.compile(count_range, re.I)),
        (
            "money_symbol",
            re.compile(
                rf"{approx}(?P<cur>{symbols})\s?(?P<num>{_NUMBER})(?P<scale>{_MONEY_SCALE})?{per}",
                re.I,
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
                r"|percentage points?\b|basis points?\b|bps\b|(?-i:pc)\b(?!\.\w))",
                re.I,
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
                rf"{approx}(?P<num>{_NUMBER}|an?)(?P<scale>\s(?:{_SCALE_WORDS}))"
                rf"\s+(?P<unit>{_TIME_UNITS})\b",
                re.I,
            ),
        ),
        (
            "inch",  # "2 1/2 in thick", "is 2 in.": "in" is the inch only where no object follows
            re.compile(
                rf"{approx}(?P<num>{_NUMBER})\s+in\b(?=\s+{_DIMENSION_ADJECTIVE}|\.?[ \t]*(?:\n|\Z))"
            ),
        ),
        ("absolute_zero", re.compile(rf"{approx}absolute zero\b", re.I)),  # "near absolute zero"
        (
            "metres_or_millions",  # "150m tall" is a height, "30m people" a count
            re.compile(rf"{approx}(?P<num>{_DIGITS})\s?m\b(?![\w/²³^]|\.\w)"),
        ),
        (
            "vague",  # "ran into the hundreds", "in the tens of thousands"
            re.compile(rf"\b(?P<lead>in|into) the (?P<vague>{_VAGUE})\b(?! of\b)", re.I),
        ),
        ("vague", re.compile(rf"(?P<vague>{_VAGUE}) of\b", re.I)),
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
        "money_code": re.compile(r"\b[A-Z]{3}\s?\d"),
        "money_part": re.compile(rf"\b(?:{_coin_forms()})\b", re.I),
        "percent": re.compile(r"%|\bper\s?cent|\bpercentage|\bbasis point|\dbps\b|\d\s?pc\b", re.I),
        "long_time": re.compile(rf"(?:{_SCALE_WORDS})\s+{_TIME_UNITS}", re.I),
        "inch": re.compile(r"\d\s+in\b"),
        "absolute_zero": re.compile("absolute zero", re.I),
        "metres_or_millions": re.compile(r"\d\s?m\b"),
    }


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
    """ "1,200" → 1200; "2 1/2" → 2.5; "two dozen" → 24; "twenty-five" → 25."""
    text = text.strip().lower().replace("−", "-")
    if text in {"a", "an"}:
        return 1.0  # "a gallon"
    if text.endswith(" and a half"):
        whole_part = parse_number(text[: -len(" and a half")])
        return None if whole_part is None else whole_part + 0.5
    if " hundred" in text and not text[0].isdigit():
        head, _, tail = text.partition(" hundred")
        hundreds = 1.0 if head == "a" else parse_number(head)
        rest = tail.replace("and", "").strip()
        remainder = parse_number(rest) if rest else 0.0
        return None if hundreds is None or remainder is None else hundreds * 100 + remainder
    text = re.sub(r"(?<=\d)[ \u00a0\u2009](?=\d{3}\b)", "", text)  # "10 000"
    if (scientific := SCIENTIFIC_PARTS.fullmatch(text)) is not None:
        mantissa, base, exponent = scientific.groups()
        return float(mantissa) * float(base or 10) ** int(exponent)
    if text and text[-1] in VULGAR_FRACTIONS:
        whole_text = text[:-1].strip()
        return (float(whole_text) if whole_text else 0.0) + VULGAR_FRACTIONS[text[-1]]
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


def _scale(match: re.Match[str]) -> float:
    return scale_of(match.groupdict().get("scale")) or 1.0


def scale_of(written: str | None) -> float | None:
    """ " million" → 1e6, "-billion" → 1e9, "bn" → 1e9; None where nothing is written."""
    return SCALES.get((written or "").strip(" -").lower())


def find_quantities(text: str, skip: list[tuple[int, int]]) -> list[Found]:
    """Non-overlapping quantities, the most specific kind first, outside the ``skip`` spans."""
    taken = Taken(len(text))
    for start, end in skip:
        taken.claim(start, end)
    found: list[Found] = []
    for kind, pattern in patterns():
        if kind in prechecks() and not prechecks()[kind].search(text):
            continue  # the pattern's fixed words are nowhere in the text
        for match in pattern.finditer(text):
            start, end = match.span()
            if not taken.free(start, end):
                continue
            results = _range(match) if kind == "range" else [_found(kind, match)]
            if None in results:
                continue
            kept = [r for r in results if r is not None]
            taken.claim(min(start, *(r.start for r in kept)), max(end, *(r.end for r in kept)))
            found.extend(kept)
    found.sort(key=lambda f: f.start)
    in_currency = _coin_currency(found)
    return _ratios(text, _spoken_sums(text, _shared_units(text, _money_ranges(text, in_currency))))


SPOKEN_SUM_JOINT = re.compile(r"^(?:,\s*|\s+(?:and|&)\s+|\s*,\s*and\s+)$")
WORD_SCALES = {"hundred": 100.0, **{word: SCALES[word] for word in _SCALE_WORDS.split("|")}}


def _spoken_sums(text: str, found: list[Found]) -> list[Found]:
    """ "two million, three hundred & sixty" is one number written in parts, each part smaller
    than the scale word the one before it ends with; "one, two" is a list."""
    out: list[Found] = []
    for item in found:
        previous = out[-1] if out else None
        if previous is not None and previous.kind == "count" and item.kind in {"count", "unit"}:
            written = text[previous.start : previous.end]
            last_word = written.rsplit(None, 1)[-1].lower()
            scale = WORD_SCALES.get(last_word)
            joint = text[previous.end : item.start]
            if (
                scale is not None
                and not re.search(r"\d", written + text[item.start : item.end])
                and SPOKEN_SUM_JOINT.match(joint)
                and previous.value is not None
                and item.value is not None
                and item.value < scale
                and not item.approx
            ):
                out[-1] = replace(
                    item,
                    start=previous.start,
                    value=previous.value + item.value,
                    approx=previous.approx,
                )
                continue
        out.append(item)
    return out


RATIO_JOINT = re.compile(r"^ in (?:every )?$", re.I)
YEAR = re.compile(r"1\d{3}|20\d\d")


def _ratios(text: str, found: list[Found]) -> list[Found]:
    """ "one in five adults", "3 in 10 voters", "one in a million": a part smaller than its
    whole, 0.2, never a year ("1 in 2020")."""
    out: list[Found] = []
    for item in found:
        part = out[-1] if out else None
        if (
            part is not None
            and part.kind == item.kind == "count"
            and not item.approx
            and RATIO_JOINT.match(text[part.end : item.start])
            and not YEAR.fullmatch(text[item.start : item.end])
            and part.value is not None
            and item.value
            and part.value < item.value
        ):
            out[-1] = replace(part, end=item.end, kind="ratio", value=part.value / item.value)
            continue
        out.append(item)
    return out


SHARED_UNIT_JOINT = re.compile(r"^\s+(?:and|or)\s+$|^,\s+$")


def _shared_units(text: str, found: list[Found]) -> list[Found]:
    """ "given 45 and 50 mg", "10, 20 or 30 km": bare numbers in a list take the unit the
    list ends with."""
    out = list(found)
    for index in range(len(out) - 2, -1, -1):
        item, following = out[index], out[index + 1]
        if (
            item.kind == "count"
            and following.kind == "unit"
            and re.fullmatch(r"[\d.,]+", text[item.start : item.end])
            and SHARED_UNIT_JOINT.match(text[item.end : following.start])
        ):
            out[index] = replace(item, kind="unit", unit=following.unit)
    return out


def _coin_currency(found: list[Found]) -> list[Found]:
    """Cents are of the currency of the nearest sum ("rose 5 cents to 1.85 euros"), else of
    the dollar."""
    sums = [f for f in found if f.kind == "money" and f.currency != "-"]
    out = []
    for item in found:
        if item.kind == "money" and item.currency == "-":
            nearest = min(sums, key=lambda s: abs(s.start - item.start), default=None)
            item = replace(item, currency=nearest.currency if nearest else "USD")
        out.append(item)
    return out


LOOKBACK = 40  # characters before an amount that its qualifier or rate can stand in
MONEY_RANGE_LEAD = re.compile(r"\bbetween\s+$", re.I)
SCALE_WORD_IN = re.compile(rf"\d\s?({_SCALE_WORDS}|{_INDIAN_SCALE_WORDS}|bn|mn)\b", re.I)
RANGE_VERB_FROM = re.compile(r"\b(?:rang|var(?:y|i))\w*\s+(?P<lead>from)\s+$", re.I)
MONEY_RANGE_JOINT = re.compile(r"^\s+(and|to)\s+$|^\s?[–-]\s?$")


def _money_ranges(text: str, found: list[Found]) -> list[Found]:
    """ "between $2bn and $3bn", "$1.20 to $1.30 a share", "30,000 to 40,000 euros": two sums
    of one currency become the bounds of a range, written in their ``approx`` like the ranges of
    units. "From $1bn to $2bn" is left as two sums: in news it is mostly a change ("cut from
    …", "expanded … from …"), unless a range is said ("ranged from $5 to $10")."""
    out = list(found)
    for index, (low, high) in enumerate(pairwise(found)):
        if low.kind == "count" and high.kind == "money" and not low.approx:
            # the name ends the range, and its scale word is the first bound's too
            scale = SCALE_WORD_IN.search(text, high.start, high.end)
            shared = (scale_of(scale.group(1)) if scale else None) or 1.0
            value = _shared_scale(low.value or 0.0, shared, high.value or 0.0)
            low = replace(low, kind="money", currency=high.currency, value=value)
        if low.kind != "money" or high.kind != "money" or low.currency != high.currency:
            continue
        joint = MONEY_RANGE_JOINT.match(text[low.end : high.start])
        before = text[max(0, low.start - LOOKBACK) : low.start]
        lead_at = MONEY_RANGE_LEAD.search(before)
        lead = low.start - len(before) + lead_at.start() if lead_at else None
        if joint is None or (lead is None and joint.group(1) == "and"):
            continue  # "$40 and $50" without "between" are two sums
        if lead is None and before.rstrip().lower().endswith("from"):
            said_range = RANGE_VERB_FROM.search(before)
            if said_range is None:
                continue
            lead = low.start - len(before) + said_range.start("lead")
        start = lead if lead is not None else low.start
        approx = text[start : high.end].lower()
        out[index] = replace(low, start=start, approx=approx)
        out[index + 1] = replace(high, approx=approx)
    return out


def _per_unit(groups: dict[str, str | None]) -> str | None:
    """What a price is per: "a barrel" → "per barrel", "/kg" → "per kilogram"."""
    word = groups.get("per_time") or groups.get("per")
    if word is None:
        return None
    return f"per {unit_forms().get(word, word.lower())}"


CHANGE_BY = re.compile(r"\bby\s+$", re.I)


def _shared_scale(low: float, scale: float, high: float) -> float:
    """The first bound of "between 1.5 and 2 billion" takes the scale word written once at the
    end; that of "between 300,000 and 2 million" does not."""
    return low * scale if low * scale <= high else low


def _range(match: re.Match[str]) -> list[Found | None]:
    """ "between 40 and 50 tonnes": two quantities of one unit, the range in ``approx``."""
    groups = match.groupdict()
    unit_text = groups.get("unit") or ""
    low, high = parse_number(match.group("num")), parse_number(match.group("num2"))
    if low is None or high is None:
        return [None]
    scale_high = scale_of(groups.get("scale2")) or 1.0
    scale_low = scale_of(groups.get("scale"))
    low_value = low * scale_low if scale_low else _shared_scale(low, scale_high, high * scale_high)
    kind, unit = (
        ("count", None)
        if not unit_text
        else ("percent", "percent")
        if unit_text.lower() in {"%", "percent"}
        else ("unit", unit_forms()[unit_text])
    )
    if unit_text.lower() in CLOCK_WORDS and _reads_as_clock(match):
        return [None]
    if unit_text in DEGREE_LETTERS and not _written_on(match):
        return [None]
    if CHANGE_BY.search(match.string, max(0, match.start() - LOOKBACK), match.start()):
        return [None]  # "rose by 2C to 41C": a change and where it ended, not a range
    if match.group("approx") is None and match.group("joint").strip() in {"and", "through"}:
        return [None]  # "40 and 50 tonnes" without "between" are two amounts
    unit1 = groups.get("unit1")
    if unit1 and unit1.lower() not in {"%", "percent"} and unit_forms().get(unit1) != unit:
        return [None]  # "44 mg to 50 kg" is no range
    joint = match.group("joint").strip()
    if joint in {"", "-", "–"}:
        if not (re.search(r"\d", match.group("num")) and re.search(r"\d", match.group("num2"))):
            return [None]  # "one-half miles" is one amount, "10-15 exabytes" a range
        joint = "to"
    high_written = match.group("num2") + (groups.get("scale2") or "")  # "400 million"
    approx = " ".join(
        w for w in (match.group("approx"), match.group("num"), joint, high_written) if w
    ).lower()
    first_end = max(match.end(group) for group in ("num", "scale", "unit1") if group in groups)
    return [
        Found(
            match.start(),
            first_end,
            kind,
            low_value,
            unit=unit,
            approx=approx,
        ),
        Found(match.start("num2"), match.end(), kind, high * scale_high, unit=unit, approx=approx),
    ]


TEMPERATURE_SCALES = {"degree Celsius", "degree Fahrenheit"}
BELOW_ZERO = re.compile(r"\s+below zero\b", re.I)
MINUS_BEFORE = re.compile(r"\bminus\s+$", re.I)
CLOCK_WORDS = {"am", "pm"}  # also the attometre and the picometre
CLOCK_READING = re.compile(r"(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?")
DEGREE_LETTERS = {"C", "F"}  # "highs of 30C (86F)": the degree sign left out
NAME_LIKE_SYMBOLS = {"Ma", "Ga"}  # also names and abbreviations: "Ma Ying-jeou", "Atlanta, Ga."
NAME_AFTER = re.compile(r"\s+[A-Z]|-[A-Za-z]")
PART_WORDS = {"half", "a half", "half a", "a quarter of a", "a third of a"}


WORDS_AFTER = re.compile(r"\s+([a-z]+(?: [a-z]+)?)\b", re.I)  # one or two words


def _written_on(match: re.Match[str]) -> bool:
    """The unit follows a digit with no space, and no apostrophe follows it."""
    text, start, end = match.string, match.start("unit"), match.end()
    return text[start - 1 : start].isdigit() and text[end : end + 1] not in {"'", "’"}


def _currency_named_after(text: str, end: int) -> tuple[str, int] | None:
    """The ISO code and end of a currency's name right after ``end`` ("… of dollars")."""
    named = WORDS_AFTER.match(text, end)
    if named is None:
        return None
    for words in (named.group(1), named.group(1).split()[0]):
        form = currency_form(words)
        if form is not None and form[1] == "name":
            return form[0], named.start(1) + len(words)
    return None


def _reads_as_clock(match: re.Match[str]) -> bool:
    """ "5 pm", "2.30 am", "11 to 12 pm": an hour, or an hour and its minutes."""
    return all(
        CLOCK_READING.fullmatch(match.group(group))
        for group in ("num", "num2")
        if match.groupdict().get(group)
    )


def _found(kind: str, match: re.Match[str]) -> Found | None:
    groups = match.groupdict()
    qualifiers = (
        groups.get("approx"),
        groups.get("margin"),
        (groups.get("after") or "").strip(" -"),
    )
    approx = " ".join(part for part in qualifiers if part) or None
    start, end = match.span()
    if kind == "absolute_zero":
        return Found(start, end, "unit", 0.0, unit="kelvin", approx=approx)
    if kind == "metres_or_millions":
        number = parse_number(groups["num"])
        return None if number is None else Found(start, end, kind, number, approx=approx)
    if kind == "vague":
        phrase = groups["vague"].lower()
        approx = match.group(0).lower() if groups.get("lead") else f"{phrase} of"
        money = None if groups.get("lead") else _currency_named_after(match.string, end)
        if money is not None:  # "tens of thousands of dollars"
            code, money_end = money
            return Found(start, money_end, "money", VAGUE[phrase], currency=code, approx=approx)
        return Found(start, end, "vague", VAGUE[phrase], approx=approx)
    value = parse_number(groups["num"])
    if value is None:
        return None
    value *= _scale(match)
    if kind.startswith("money"):
        code, form_kind = currency_form(groups["cur"]) or (groups["cur"].upper(), "code")
        value /= PARTS_OF_ONE.get(form_kind, 1)
        return Found(
            start, end, "money", value, unit=_per_unit(groups), currency=code, approx=approx
        )
    if kind == "percent":
        written = groups["unit"].lower()
        unit = (
            "basis point"  # a hundredth of a percentage point ("raised rates by 50 basis points")
            if written.startswith(("basis", "bps"))
            else "percentage point"
            if "point" in written
            else "percent"  # "%", "per cent", and "pc" in British copy ("3.7pc")
        )
        return Found(start, end, "percent", value, unit=unit, approx=approx)
    rate = groups.get("num", "").lower() in {"a", "an"} and AMOUNT_JUST_BEFORE.search(
        match.string[max(0, start - LOOKBACK) : start]
    )
    if kind == "unit" and rate:
        return None  # "$80 a barrel", "2 euros a litre": a rate, not an amount of one
    if kind == "unit" and groups["unit"] in DEGREE_LETTERS and not _written_on(match):
        return None  # "30C" is a temperature, "Grade 2 C" and "the 3 C's" are not
    if kind == "unit" and groups["unit"].lower() in CLOCK_WORDS and _reads_as_clock(match):
        return None  # "5 pm", "2.30 am": a clock time, not five picometres
    if (
        kind == "unit"
        and groups["unit"] in NAME_LIKE_SYMBOLS
        and NAME_AFTER.match(match.string, end)
    ):
        return None  # "5 Ma Ying-jeou": a name, not five million years
    if kind == "unit":
        unit = unit_forms()[groups["unit"]]
        below_zero = BELOW_ZERO.match(match.string, end) if unit in TEMPERATURE_SCALES else None
        minus = MINUS_BEFORE.search(match.string, max(0, start - 8), start)
        if unit in TEMPERATURE_SCALES and minus is not None and not approx:
            start, value = minus.start(), -value  # "minus 20C"
        elif below_zero is not None:  # "lows of 5C below zero" is −5 °C
            end, value = below_zero.end(), -value
        return Found(start, end, "unit", value, unit=unit, approx=approx)
    if kind == "unit_expression":
        named = expression_unit(groups["unit"])
        return (
            None if named is None else Found(start, end, "unit", value, unit=named, approx=approx)
        )
    if kind == "long_time":
        unit = groups["unit"].lower().removesuffix("s")
        return Found(start, end, "unit", value, unit=unit, approx=approx)
    if kind == "inch":
        return Found(start, end, "unit", value, unit="inch", approx=approx)
    if groups["num"].lower() in PART_WORDS and not groups.get("scale") and not approx:
        return None  # "half", "half a loaf", "a quarter of a loaf": a part, not a count
    return Found(start, end, "count", value, approx=approx)


DIMENSIONS = {  # a dimension's name → a unit of it, for pint to read the dimension from
    "time": "second",
    "frequency": "hertz",
    "length": "metre",
    "area": "metre ** 2",
    "volume": "metre ** 3",
    "mass": "kilogram",
    "speed": "metre / second",
    "energy": "joule",
    "power": "watt",
    "temperature": "kelvin",
    "acceleration": "metre / second ** 2",
    "concentration": "kilogram / metre ** 3",
    "pressure": "pascal",
    "ratio": "ppm",  # "420 ppm"
    "mass flow": "kilogram / second",  # "two billion tons per year", "4,500 tpd"
    "volume flow": "metre ** 3 / second",  # "3 litres/day", "500 cubic metres per second"
    "electric potential": "volt",
    "fuel economy": "mile / gallon",  # "90 miles per gallon": a length per volume
}


@cache
def dimension_names() -> dict[object, str]:
    """pint's dimensionality of each named dimension → its name."""
    registry = units()
    return {registry(unit).dimensionality: name for name, unit in DIMENSIONS.items()}


def pint_expression(unit: str) -> str:
    """ "square kilometre" → "kilometre ** 2"; "kilowatt hour" → "kilowatt_hour"."""
    for word, power in (("square ", 2), ("cubic ", 3)):
        if unit.startswith(word):
            return f"{unit[len(word) :].replace(' ', '_')} ** {power}"
    return unit if "/" in unit or "*" in unit else unit.replace(" ", "_")


def si_of(value: float, unit: str) -> tuple[SIValue | None, str | None, str]:
    """(SI value, dimension name, canonical unit name) of ``value`` ``unit``."""
    registry = units()
    quantity = registry.Quantity(value, registry(pint_expression(unit)).units)
    base = quantity.to_base_units()
    dimension = dimension_names().get(quantity.dimensionality, str(quantity.dimensionality))
    if "bit" in str(base.units):  # pint counts bits as dimensionless
        dimension = "information" if quantity.dimensionless else "data rate"
    si_unit = f"{base.units:~}" or "1"  # a ratio ("420 ppm") is a pure number
    return SIValue(value=float(base.magnitude), unit=si_unit), dimension, unit


def _counted(
    doc: Doc | None, end: int, text_length: int, times: list[TimeExpression]
) -> str | None:
    """What a count counts: the noun phrase right after the number ("60 aircraft"), never a
    time ("fell to zero last week")."""
    if doc is None:
        return None
    limit = min([text_length, end + 60, *(t.start for t in times if t.start >= end)])
    span = doc.char_span(end, limit, alignment_mode="contract")
    if span is None or not len(span):
        return None
    tokens: list[Token] = []
    for token in span:
        if token.is_sent_start:
            break  # what a number counts is in its own sentence
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.tag_ == "HYPH" and tokens and following is not None and following.is_alpha:
            tokens.append(token)  # "fact-checkers", "part-time workers"
        elif token.pos_ in {"ADJ", "NOUN", "PROPN"} and not (
            tokens and tokens[-1].pos_ == "NOUN" and token.pos_ == "ADJ"
        ):
            tokens.append(token)
            if token.pos_ == "NOUN" and (
                following is None or (following.pos_ != "NOUN" and following.tag_ != "HYPH")
            ):
                break
        elif token.lower_ == "of" and not tokens:
            continue
        else:
            break
    while tokens and tokens[0].pos_ == "ADJ" and not _joined_to_next(tokens):
        tokens.pop(0)
    if (
        not tokens
        or tokens[-1].pos_ not in {"NOUN", "PROPN"}
        or not HAS_LETTER.search(tokens[-1].text)
    ):
        return None
    return doc_text(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]


HAS_LETTER = re.compile(r"[^\W\d_]")


def _joined_to_next(tokens: list[Token]) -> bool:
    return len(tokens) > 1 and tokens[1].tag_ == "HYPH"


WORD_BEFORE = re.compile(r"\b(\w+)(\.?)\s+$")  # "No. 1": only an abbreviation keeps its stop
CUT_YEAR = re.compile(r"(?<!['’])(?:^|\s)['’]\d", re.M)


def _counts_nothing(doc: Doc, found: Found, text: str, times: list[TimeExpression]) -> bool:
    """A count that is no amount of anything: a number that names, an idiom's zero, a pronoun
    "one", an ordinal "a third", or the first bound of a length of time."""
    written = text[found.start : found.end].lower()
    if found.kind not in {"count", "unit"} or (found.kind == "unit" and found.unit != "kelvin"):
        return False
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if written.endswith("absolute zero"):  # "absolute zero tolerance", "the odds are absolute zero"
        return _noun_follows(span) or (span is not None and _after_copula(span))
    if found.kind != "count":
        return False
    if written == "a gross":
        return span is None or not _ends_a_phrase(span)
    return (
        _is_identifier(span, found, text)
        or _is_zero_idiom(span, written)
        or _is_pronoun_one(span, found, text)
        or _is_ordinal(span, written)
        or _opens_time_range(found, text, times)
    )


def _is_identifier(span: Span | None, found: Found, text: str) -> bool:
    """ "Boeing 787", "Chapter 11", "Flight 447", "737-800": a number that names, not counts."""
    if found.approx:
        return False
    if text[found.end : found.end + 1] == "-" and text[found.end + 1 : found.end + 2].isdigit():
        return True
    mark_before = text[found.start - 1 : found.start]
    if mark_before in {"-", "+"} and text[found.start - 2 : found.start - 1].isalnum():
        return True  # "737-800", "FTSE-100", "DC-9", "COVID-19", the sky's "J1149.5+6663"
    if CUT_YEAR.match(text, max(0, found.start - 2)) and found.end - found.start == 2:
        return True  # "iLife '11": a year cut short; "''27 companies" opens a quote
    word_before = WORD_BEFORE.search(text, max(0, found.start - 20), found.start)
    if word_before is not None and word_before.group(1).lower() in load_words("naming_words"):
        return word_before.group(2) == "" or word_before.group(1).lower() in {"no", "nos"}
    if span is None or not len(span) or span.start == 0:
        return False
    doc = span.doc
    before = doc[span.start - 1]
    capitalised_mid_sentence = before.text[:1].isupper() and before.i != before.sent.start
    camel_case = before.text[:1].islower() and any(c.isupper() for c in before.text)  # "iOS 4"
    return (
        before.pos_ == "PROPN"
        or camel_case
        or (capitalised_mid_sentence and before.pos_ == "NOUN")
        or _names_a_model(doc, span.start, span.end)
        or _after_another_count(span)
        or _before_one_thing(span, found)
    )


def _after_another_count(span: Span) -> bool:
    """ "five new 737 aircraft": a number after another count in one noun phrase names."""
    index = span.start - 1
    while index >= 0 and span.doc[index].pos_ == "ADJ":
        index -= 1
    return index < span.start - 1 and index >= 0 and span.doc[index].like_num


def _before_one_thing(span: Span, found: Found) -> bool:
    """ "the 737 replacement", "its 777 airliner", "the Standard & Poor's 500 index": a number
    above one before a singular noun names it; "60 aircraft" and "300 staff" count."""
    if found.value is None or found.value < 2 or not span.text.replace(",", "").isdigit():
        return False  # "a 9.0 magnitude earthquake" measures
    doc, index = span.doc, span.end
    if index >= len(doc) or doc_text(doc)[span.end_char : span.end_char + 1] == "-":
        return False
    while index + 1 < len(doc):  # "10,000 job cuts", "18 fact-checkers": the last noun counts
        if doc[index].dep_ == "compound" and doc[index + 1].pos_ == "NOUN":
            index += 1
        elif doc[index + 1].tag_ == "HYPH" and index + 2 < len(doc):
            index += 2
        else:
            break
    head = doc[index]
    return head.tag_ == "NN" and head.lower_ not in load_words("singular_counted_nouns")


def _names_a_model(doc: Doc, start: int, end: int) -> bool:
    """ "the 787 Dreamliner", "Boeing's 747.": a number that a determiner or an owner's name
    introduces and a name or nothing nominal follows; "Apple's 500 employees", "the 20 Boeing
    jets" and "20 Boeing 777s" count."""
    before = doc[start - 1]
    after = doc[end] if end < len(doc) else None
    if before.tag_ == "POS" and start >= 2 and doc[start - 2].pos_ == "PROPN":
        return after is None or after.pos_ not in {"NOUN", "PROPN", "NUM", "ADJ"}
    if before.tag_ not in {"DT", "PRP$", "JJ"} or after is None or after.tag_ != "NNP":
        return False
    index = end
    while index < len(doc) and doc[index].tag_ == "NNP":
        if any(c.isdigit() for c in doc[index].text):
            return False
        index += 1
    return index == len(doc) or doc[index].tag_ not in {"NN", "NNS", "NNPS"}


# "net zero", "ground zero", "patient zero": names of a state or a place, not amounts of none
ZERO_NAMES_AFTER = {"net", "ground", "year", "patient", "absolute", "near"}


def _is_pronoun_one(span: Span | None, found: Found, text: str) -> bool:
    """ "one of the few indexes", "a weaker one", "come up with one", "one-sided": "one"
    standing for a noun or making a word; "one soldier", "at least one" and "one, two,
    three" are counts."""
    if found.approx or text[found.start : found.end].lower() != "one":
        return False
    if PRONOUN_ONE_AFTER.match(text, found.end) or any(
        ONE_IN_AN_IDIOM.match(text, start) for start in (max(0, found.start - 3), found.start)
    ):
        return True
    if span is None or len(span) != 1:
        return False
    in_a_list = ONE_IN_A_LIST.match(text, found.end) is not None
    return span[0].dep_ not in {"nummod", "quantmod", "compound"} and not in_a_list


PRONOUN_ONE_AFTER = re.compile(r"\s+(?:of|that|who|which)\b", re.I)
# "at one point", "one another", "no one", "one by one": a "one" that counts nothing
ONE_IN_AN_IDIOM = re.compile(
    r"(?:at one (?:point|stage|time)|no one|one (?:another|by one))\b", re.I
)
ONE_IN_A_LIST = re.compile(r"\s*(?:,|or\b|and\b|to\b)\s*(?:\d|two|three|four|five)\b", re.I)
TIME_RANGE_JOINT = re.compile(r"^\s+(?:and|to|or)\s+$|^\s?[–-]\s?$")


def _opens_time_range(found: Found, text: str, times: list[TimeExpression]) -> bool:
    """ "between 60 and 90 days": the first bound of a length of time the time extractor holds."""
    return any(
        TIME_RANGE_JOINT.match(text[found.end : t.start]) and text[t.start : t.start + 1].isdigit()
        for t in times
        if t.start > found.end
    )


def _ends_a_phrase(span: Span) -> bool:
    """Nothing that the phrase's last word could describe follows: "a gross of pencils", "a
    gross is 144"."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is None or after.pos_ in {"ADP", "PUNCT", "AUX", "VERB"}


def _after_copula(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].pos_ == "AUX"


def _noun_follows(span: Span | None) -> bool:
    after = span.doc[span.end] if span is not None and span.end < len(span.doc) else None
    return after is not None and after.tag_ in {"NN", "NNP", "HYPH"}


def _is_zero_idiom(span: Span | None, written: str) -> bool:
    """ "zero tolerance", "a zero-sum game", "net zero": a zero that is no count of anything;
    "zero hospitals", "fell to zero" and "Zero is a small number" are counts."""
    if not written.endswith("zero"):
        return False
    if span is None:
        return True
    before = span.doc[span.start - 1] if span.start else None
    return _noun_follows(span) or (before is not None and before.lower_ in ZERO_NAMES_AFTER)


def _is_ordinal(span: Span | None, written: str) -> bool:
    """ "for a third month", "a third straight term": an ordinal, not a fraction; "a third of
    the vote" and "fell by a third" are fractions."""
    if written not in {"a third", "a quarter"} or span is None:
        return False
    doc = span.doc
    index = span.end
    while index < len(doc) and doc[index].pos_ == "ADJ":
        index += 1
    return index < len(doc) and doc[index].tag_ in {"NN", "NNP"}


# "150m tall", "the 400m hurdles", "2,000m above sea level", "8,848m (29,029ft)"
METRE_AFTER = re.compile(
    rf"[\s-]?(?:{_DIMENSION_ADJECTIVE}|away\b|above\b|below\b|underground\b|sprint|hurdles"
    r"|freestyle|backstroke|breaststroke|butterfly|medley|relay|dash|steeplechase)"
    r"|\s?\(\s?(?:about\s+)?[\d,.]+\s?(?:ft|feet|foot|yards|yd|miles?|mi)\b",
    re.I,
)
# "a depth of 3,800m", "an altitude of about 10,000m"
METRE_BEFORE = re.compile(
    r"\b(?:depth|height|altitude|length|width|elevation|distance|radius|diameter|wingspan)"
    r"\s+of\s+$",
    re.I,
)


def _metres_or_millions(doc: Doc, found: Found, text: str) -> Found:
    """ "30m people" is thirty million, as news writes millions; "150m tall", "a depth of
    3,800m", "the 8,848m peak" (no million of one thing) and "300 m" written apart are
    metres, unless things follow ("5 m voters")."""
    if found.kind != "metres_or_millions" or found.value is None:
        return found
    before = text[max(0, found.start - LOOKBACK) : found.start]
    metres = bool(METRE_AFTER.match(text, found.end) or METRE_BEFORE.search(before))
    after = doc.char_span(found.end, len(text), alignment_mode="contract")
    following = [t for t in after or () if t.tag_ != "HYPH"][:1]
    if following and following[0].is_sent_start:
        following = []
    if not metres and text[found.end - 2 : found.end - 1].isspace():
        metres = not following or following[0].tag_ not in {"NNS", "NNPS"}
    elif not metres and following:  # "a 30m wall", but "a 30m-year-old fossil"
        metres = following[0].tag_ == "NN" and following[0].lower_ not in TIME_WORDS
    if metres:
        return replace(found, kind="unit", unit="metre")
    return replace(found, kind="count", value=found.value * SCALES["m"])


# "rose by 2C", "1.5C of warming", "3 °F warmer", "2C above pre-industrial levels", "the
# 1.5C target": a change of temperature, whose SI value is a difference, not a point on a scale
CHANGE_BEFORE = re.compile(
    r"\b(?:by|warming of|warming to|rise of|increase of|drop of|fall of)\s+$", re.I
)
CHANGE_AFTER = re.compile(
    r"\s*(?:of (?:warming|heating|cooling)|warmer|cooler|hotter|colder"
    r"|(?:above|below) (?!zero|freezing)\w+|rise|increase|target|limit|threshold)\b",
    re.I,
)


def _temperature_change(text: str, found: Found) -> bool:
    before = text[max(0, found.start - LOOKBACK) : found.start]
    return bool(CHANGE_BEFORE.search(before) or CHANGE_AFTER.match(text, found.end))


def _difference_in_kelvin(value: float, unit: str) -> SIValue:
    registry = units()
    difference = registry.Quantity(value, f"delta_{pint_expression(unit)}").to("kelvin")
    return SIValue(value=float(difference.magnitude), unit="K")


LOSS_AFTER = {"AUX", "VERB", "ADP"}  # what stands before a loss in brackets: "was ($4.2m)"


def _negative_in_brackets(doc: Doc, found: Found, text: str) -> Found:
    """ "revenue was ($99.99)": a sum in brackets where a verb or a preposition wants its object
    is a loss, written as accounts write one; "£80 ($99.99)" and "the fund ($5bn)" gloss what
    stands before them."""
    if (
        found.kind != "money"
        or found.value is None
        or text[found.start - 1 : found.start] != "("
        or text[found.end : found.end + 1] != ")"
    ):
        return found
    bracket = doc.char_span(found.start - 1, found.start)
    if bracket is None or bracket.start == 0 or doc[bracket.start - 1].pos_ not in LOSS_AFTER:
        return found
    return replace(found, start=found.start - 1, end=found.end + 1, value=-found.value)


RATE_SET = re.compile(r"per\s", re.I)


def extract_quantities(doc: Doc, times: list[TimeExpression]) -> list[Quantity]:
    text = doc_text(doc)
    # "5 km per day" is a speed: the set "per day" is also the rate's denominator
    skip = [(t.start, t.end) for t in times if not RATE_SET.match(t.text)]
    out: list[Quantity] = []
    read = [_metres_or_millions(doc, found, text) for found in find_quantities(text, skip)]
    kept = [
        _negative_in_brackets(doc, f, text)
        for f in read
        if not _counts_nothing(doc, f, text, times)
    ]
    for index, found in enumerate(kept, start=1):
        si = dimension = unit = None
        if found.kind == "unit" and found.unit and found.value is not None:
            si, dimension, unit = si_of(found.value, found.unit)
            if dimension == "temperature" and _temperature_change(text, found):
                si, dimension = _difference_in_kelvin(found.value, found.unit), "temperature change"
        elif found.kind == "money":
            dimension, unit = "currency", found.unit
        elif found.kind == "ratio":
            dimension = "ratio"
        elif found.kind == "percent":
            dimension, unit = "percentage", found.unit
        else:
            dimension = "count"
        counted = (
            _counted(doc, found.end, len(text), times)
            if found.kind in {"count", "vague", "unit", "ratio"}
            else None
        )
        out.append(
            Quantity(
                id=f"n{index}",
                start=found.start,
                end=found.end,
                text=text[found.start : found.end],
                value=found.value,
                unit=unit,
                dimension=dimension,
                si=si,
                currency=found.currency,
                approx=found.approx,
                of=counted,
            )
        )
    return out
