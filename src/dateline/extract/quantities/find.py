"""Quantities: numbers with their units, money with ISO 4217 codes, percentages, vague amounts
and counts with what they count, normalised to SI through pint.

Numbers inside time expressions (years, days of the month, clock times, durations) are the
time extractor's and are skipped here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from itertools import pairwise

from spacy.tokens import Doc

from dateline.extract.quantities.counts import (
    counted_noun,
    counts_nothing,
    names_something,
    ranges_that_count,
)
from dateline.extract.quantities.lexicon import currency_form, unit_forms, units
from dateline.extract.quantities.patterns import (
    AMOUNT_JUST_BEFORE,
    DIMENSION_ADJECTIVE,
    INDIAN_SCALE_WORDS,
    PARTS_OF_ONE,
    RANGE_LEADS,
    SCALE_WORDS,
    SCALES,
    VAGUE,
    Found,
    bounds_of_one_range,
    parse_number,
    patterns,
    prechecks,
    scale_in,
    scale_of,
)
from dateline.extract.quantities.units import TIME_WORDS, expression_unit
from dateline.extract.spans import Taken, doc_text
from dateline.model import IDENTIFIER, Quantity, SIValue, TimeExpression


def find_quantities(text: str, skip: list[tuple[int, int]]) -> list[Found]:
    """Non-overlapping quantities, the most specific kind first, outside the ``skip`` spans."""
    taken = Taken(len(text))
    for start, end in skip:
        taken.claim(start, end)
    found: list[Found] = []
    # a kind's fixed words, looked for once however many patterns the kind has
    absent = {kind for kind, words in prechecks().items() if not words.search(text)}
    for kind, pattern in patterns():
        if kind in absent:
            continue  # the pattern's fixed words are nowhere in the text
        for match in pattern.finditer(text):
            start, end = match.span()
            if not taken.free(start, end):
                continue
            results = RANGE_READERS[kind](match) if kind in RANGE_READERS else [_found(kind, match)]
            if None in results:
                continue
            kept = [r for r in results if r is not None]
            taken.claim(min(start, *(r.start for r in kept)), max(end, *(r.end for r in kept)))
            found.extend(kept)
    found.sort(key=lambda f: f.start)
    in_currency = _coin_currency(found)
    in_units = _feet_and_inches(text, _shared_units(text, _money_ranges(text, in_currency)))
    return _ratios(text, _spoken_sums(text, in_units))


SPOKEN_SUM_JOINT = re.compile(r"^(?:,\s*|\s+(?:and|&)\s+|\s*,\s*and\s+)$")
WORD_SCALES = {"hundred": 100.0, **{word: SCALES[word] for word in SCALE_WORDS.split("|")}}


def _joined(found: list[Found], join: Callable[[Found, Found], Found | None]) -> list[Found]:
    """Each amount joined to the one kept before it where ``join`` makes one of the two."""
    out: list[Found] = []
    for item in found:
        joined = join(out[-1], item) if out else None
        if joined is None:
            out.append(item)
        else:
            out[-1] = joined
    return out


def _spoken_sums(text: str, found: list[Found]) -> list[Found]:
    """ "two million, three hundred & sixty" is one number written in parts, each part smaller
    than the scale word the one before it ends with; "one, two" is a list."""

    def spoken_sum(previous: Found, item: Found) -> Found | None:
        if previous.kind != "count" or item.kind not in {"count", "unit"}:
            return None
        written = text[previous.start : previous.end]
        scale = WORD_SCALES.get(written.rsplit(None, 1)[-1].lower())
        if (
            scale is None
            or re.search(r"\d", written + text[item.start : item.end])
            or not SPOKEN_SUM_JOINT.match(text[previous.end : item.start])
            or previous.value is None
            or item.value is None
            or item.value >= scale
            or item.approx
        ):
            return None
        total = previous.value + item.value
        return replace(item, start=previous.start, value=total, approx=previous.approx)

    return _joined(found, spoken_sum)


RATIO_JOINT = re.compile(r"^ (?:in (?:every )?|of every |out of )$", re.I)
# "eight of 10 homes" is a proportion; "one of four judges" is one judge of four
OF_A_ROUND_WHOLE = re.compile(r"^ of $", re.I)
ROUND_WHOLES = {10.0, 100.0, 1000.0}
YEAR = re.compile(r"1\d{3}|20\d\d")


def _ratio_joint(joint: str, whole: float | None) -> bool:
    return bool(RATIO_JOINT.match(joint)) or (
        bool(OF_A_ROUND_WHOLE.match(joint)) and whole in ROUND_WHOLES
    )


def _ratios(text: str, found: list[Found]) -> list[Found]:
    """ "one in five adults", "3 in 10 voters", "nine out of ten", "eight of 10 homes",
    "one in a million": a part smaller than its whole, 0.2, never a year ("1 in 2020")."""

    def ratio(part: Found, item: Found) -> Found | None:
        if (
            part.kind == item.kind == "count"
            and not item.approx
            and _ratio_joint(text[part.end : item.start], item.value)
            and not YEAR.fullmatch(text[item.start : item.end])
            and part.value is not None
            and item.value
            and part.value < item.value
        ):
            return replace(part, end=item.end, kind="ratio", value=part.value / item.value)
        return None

    return _joined(found, ratio)


SHARED_UNIT_JOINT = re.compile(r"^\s+(?:and|or)\s+$|^,\s+$")


def _shared_units(text: str, found: list[Found]) -> list[Found]:
    """ "given 45 and 50 mg", "10, 20 or 30 km", "from 2 to 3 tonnes": bare numbers in a list
    or a change take the unit written once at its end."""
    out = list(found)
    for index in range(len(out) - 2, -1, -1):
        item, following = out[index], out[index + 1]
        if (
            item.kind == "count"
            and following.kind == "unit"
            and re.fullmatch(r"[\d.,]+", text[item.start : item.end])
            and (
                SHARED_UNIT_JOINT.match(text[item.end : following.start])
                or written_from_one_to_the_other(text, (item.start, item.end), following.start)
            )
        ):
            out[index] = replace(item, kind="unit", unit=following.unit)
    return out


FEET_INCHES_JOINT = re.compile(r"^\s*(?:and\s+)?$")
INCHES_IN_A_FOOT = 12


def _feet_and_inches(text: str, found: list[Found]) -> list[Found]:
    """ "6ft 2in", "5 feet 10 inches": one length, in inches (74, 70)."""

    def length(feet: Found, item: Found) -> Found | None:
        if (
            feet.kind == item.kind == "unit"
            and (feet.unit, item.unit) == ("foot", "inch")
            and feet.value is not None
            and item.value is not None
            and FEET_INCHES_JOINT.match(text[feet.end : item.start])
        ):
            inches = feet.value * INCHES_IN_A_FOOT + item.value
            return replace(feet, end=item.end, value=inches, unit="inch")
        return None

    return _joined(found, length)


def written_from_one_to_the_other(text: str, first: tuple[int, int], second_start: int) -> bool:
    """ "increased from 2 to 3 tonnes", "from about $40 a barrel to $55": two amounts (their
    spans) written from one to the other, as a change is."""
    start, end = first
    before = text[max(0, start - LOOKBACK) : start]
    return bool(FROM_BEFORE.search(before) and TO_JOINT.match(text[end:second_start]))


FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
TO_JOINT = re.compile(r"^\s+to\s+$", re.I)


def _of_nearest_sum(found: Found) -> bool:
    return found.kind == "money" and (found.currency or "").startswith("~")


def _coin_currency(found: list[Found]) -> list[Found]:
    """Cents are of the currency of the nearest sum ("rose 5 cents to 1.85 euros"), else of
    the currency their lexicon entry names after its "~" (the dollar's cent, the pound's penny)."""
    sums = [f for f in found if f.kind == "money" and not _of_nearest_sum(f)]
    out = []
    for item in found:
        if _of_nearest_sum(item) and item.currency:
            nearest = min(sums, key=lambda s: abs(s.start - item.start), default=None)
            item = replace(item, currency=nearest.currency if nearest else item.currency[1:])
        out.append(item)
    return out


LOOKBACK = 40  # characters before an amount that its qualifier or rate can stand in
MONEY_RANGE_LEAD = re.compile(r"\bbetween\s+$", re.I)
SCALE_WORD_IN = re.compile(rf"\d\s?({SCALE_WORDS}|{INDIAN_SCALE_WORDS}|bn|mn)\b", re.I)
RANGE_VERB_FROM = re.compile(r"\b(?:rang|var(?:y|i))\w*\s+(?P<lead>from)\s+$", re.I)
MONEY_RANGE_JOINT = re.compile(r"^\s+(and|to)\s+$|^\s?[–-]\s?$")


def _money_ranges(text: str, found: list[Found]) -> list[Found]:
    """ "between $2bn and $3bn", "$1.20 to $1.30 a share", "30,000 to 40,000 euros": two sums
    of one currency become the bounds of a range, written in their ``approx`` like the ranges of
    units. "From $1bn to $2bn" is left as two sums: in news it is mostly a change ("cut from
    …", "expanded … from …"), unless a range is said ("ranged from $5 to $10")."""
    out = list(found)
    for index, (low, high) in enumerate(pairwise(found)):
        previous = found[index - 1] if index else None
        if previous is not None and bounds_of_one_range(
            text[previous.start : previous.end], previous.approx, low.approx
        ):
            continue  # the second bound of a range already ("$1-2 to $85")
        # the scale word of the second bound is the first's too where it has none ("$2-$3bn")
        scale = SCALE_WORD_IN.search(text, high.start, high.end)
        shared = (scale_of(scale.group(1)) if scale else None) or 1.0
        value = _shared_scale(low.value or 0.0, shared, high.value or 0.0)
        named_once = low.kind == "count" and high.kind == "money" and not low.approx
        if named_once:
            low = replace(low, kind="money", currency=high.currency, value=value)
        if low.kind != "money" or high.kind != "money" or low.currency != high.currency:
            continue
        if not SCALE_WORD_IN.search(text, low.start, low.end):
            low = replace(low, value=value)
        joint = MONEY_RANGE_JOINT.match(text[low.end : high.start])
        before = text[max(0, low.start - LOOKBACK) : low.start]
        lead_at = MONEY_RANGE_LEAD.search(before)
        lead = low.start - len(before) + lead_at.start() if lead_at else None
        if joint is None or (lead is None and joint.group(1) == "and"):
            continue  # "$40 and $50" without "between" are two sums
        said_range = RANGE_VERB_FROM.search(before)
        from_unsaid = FROM_BEFORE.search(before) is not None and said_range is None
        a_change = _a_change_then_a_level(text, low.start, low.value or 0.0, high.value or 0.0)
        if lead is None and (a_change or from_unsaid):
            if named_once:  # "fell from 20 to 15 euros": two sums of the currency named once
                out[index] = low
            continue
        if lead is None and said_range is not None:
            lead = low.start - len(before) + said_range.start("lead")
        start = lead if lead is not None else low.start
        approx = text[start : high.end].lower()
        # "between $25,000 and $40,000 a year": the rate written once is both bounds'
        out[index] = replace(low, start=start, approx=approx, unit=low.unit or high.unit)
        out[index + 1] = replace(high, approx=approx)
    return out


def _per_unit(groups: dict[str, str | None]) -> str | None:
    """What a price is per: "a barrel" → "per barrel", "/kg" → "per kilogram"."""
    word = groups.get("per_time") or groups.get("per")
    if word is None:
        return None
    return f"per {unit_forms().get(word, word.lower())}"


CHANGE_BY = re.compile(r"\bby\s+$", re.I)
MOVED = re.compile(  # verbs of a price or level that moved, in their common tenses
    r"\b(?:rose|rise[ns]?|rising|fell|fall(?:s|en|ing)?|gain(?:ed|s|ing)?|lost|los(?:e|es|ing)"
    r"|climb(?:ed|s|ing)?|drop(?:ped|s|ping)?|slip(?:ped|s|ping)?|slid|jump(?:ed|s|ing)?"
    r"|add(?:ed|s|ing)?|shed(?:s|ding)?|surg(?:ed|es|ing)|soar(?:ed|s|ing)?|plung(?:ed|es|ing)"
    r"|tumbl(?:ed|es|ing)|sank|sink(?:s|ing)?|dip(?:ped|s|ping)?|increas(?:ed|es|ing)"
    r"|decreas(?:ed|es|ing)|grew|grow(?:s|n|ing)?|declin(?:ed|es|ing)|advanc(?:ed|es|ing)"
    r"|eased|up|down|higher|lower)\s+$",
    re.I,
)
CHANGE_TO_LEVEL = 4  # how many times the change the level it ended at must be, at least


def _a_change_then_a_level(
    text: str, start: int, low: float, high: float, *, from_written: bool = False
) -> bool:
    """ "rose by 2C to 41C", "shares fell 5 cents to $1.85", "rose from 61% to 67%": the amount
    of a change and where it ended, or where it began and ended, not a range. After a verb of
    movement and no "from", only a change far smaller than the next amount is one: "cut 300 to
    400 jobs" and "rose 2% to 3%" stay ranges."""
    before = text[max(0, start - LOOKBACK) : start]
    if CHANGE_BY.search(before):
        return True
    moved = MOVED.search(before) is not None
    return moved and (from_written or abs(high) >= CHANGE_TO_LEVEL * abs(low))


def _shared_scale(low: float, scale: float, high: float) -> float:
    """The first bound of "between 1.5 and 2 billion" takes the scale word written once at the
    end; that of "between 300,000 and 2 million" does not."""
    return low * scale if low * scale <= high else low


def _said_range(match: re.Match[str], low: float, high: float) -> bool:
    """Whether two counts written "300 to 400 jobs" or "1,000-1,500 protesters" can be a range:
    the first is smaller ("won 2-1" is a score). Whether they count something or name it ("the
    Boeing 737-800") is read from the parse (``counts.ranges_that_count``)."""
    if (match.group("approx") or "").lower() in RANGE_LEADS:
        return True
    if not low < high:
        return False
    if match.group("joint").strip() not in {"-", "–"}:
        return True
    # a hyphen joins no score ("a 1-2 finish") and no name of a date or shop ("9-11", "7-11")
    same_width = len(match.group("num")) == len(match.group("num2"))
    return low >= 2 and (same_width or high % 5 == 0)


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
    from_written = (match.group("approx") or "").lower() == "from"
    if _a_change_then_a_level(
        match.string, match.start(), low_value, high * scale_high, from_written=from_written
    ):
        return [None]
    if match.group("approx") is None and match.group("joint").strip() in {"and", "through"}:
        return [None]  # "40 and 50 tonnes" without "between" are two amounts
    if kind == "count" and not _said_range(match, low_value, high * scale_high):
        return [None]
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


def _money_range(match: re.Match[str]) -> list[Found | None]:
    """ "$40-50 billion", "£2 to 3m a year": a range of sums whose symbol is written once, and
    whose scale is written once when the first bound is smaller with it."""
    groups = match.groupdict()
    low, high = parse_number(groups["num"]), parse_number(groups["num2"])
    if low is None or high is None:
        return [None]
    shared = scale_of(groups.get("scale2")) or 1.0
    high *= shared
    scale_low = scale_of(groups.get("scale"))
    low = low * scale_low if scale_low else _shared_scale(low, shared, high)
    if not low < high or _a_change_then_a_level(match.string, match.start(), low, high):
        return [None]
    code, _ = currency_form(groups["cur"]) or (groups["cur"].upper(), "code")
    approx = match.group(0).lower()
    first_end = max(match.end("num"), match.end("scale"))
    per = _per_unit(groups)
    return [
        Found(match.start(), first_end, "money", low, unit=per, currency=code, approx=approx),
        Found(
            match.start("num2"), match.end(), "money", high, unit=per, currency=code, approx=approx
        ),
    ]


RANGE_READERS = {"range": _range, "money_range": _money_range}
TEMPERATURE_SCALES = {"degree Celsius", "degree Fahrenheit"}
BELOW_ZERO = re.compile(r"\s+below zero\b", re.I)
MINUS_BEFORE = re.compile(r"\bminus\s+$", re.I)
CLOCK_WORDS = {"am", "pm"}  # also the attometre and the picometre
CLOCK_READING = re.compile(r"(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?")
DEGREE_LETTERS = {"C", "F"}  # "highs of 30C (86F)": the degree sign left out
NAME_LIKE_SYMBOLS = {"Ma", "Ga"}  # also names and abbreviations: "Ma Ying-jeou", "Atlanta, Ga."
NAME_AFTER = re.compile(r"\s+[A-Z]|-[A-Za-z]")
PART_WORDS = {"half", "a half", "half a", "a quarter of a", "a third of a"}
PART_OF = re.compile(r"\s+of\b")
A_SCORE = 20.0


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
    if kind == "score":
        return Found(start, end, "count", A_SCORE)
    if kind == "magnitude":
        value = parse_number(groups["num"])
        return None if value is None else Found(start, end, kind, value, unit="magnitude")
    if kind == "absolute_zero":
        return Found(start, end, "unit", 0.0, unit="kelvin", approx=approx)
    if kind == "metres_or_millions":
        number = parse_number(groups["num"])
        return None if number is None else Found(start, end, kind, number, approx=approx)
    if kind == "vague":
        phrase = groups["vague"].lower()
        approx = match.group(0).lower()  # "into the hundreds", "hundreds of", "hundreds"
        money = None if groups.get("lead") else _currency_named_after(match.string, end)
        if money is not None:  # "tens of thousands of dollars"
            code, money_end = money
            return Found(start, money_end, "money", VAGUE[phrase], currency=code, approx=approx)
        return Found(start, end, "vague", VAGUE[phrase], approx=approx)
    value = parse_number(groups["num"])
    if value is None:
        return None
    value *= scale_in(match)
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
    of_something = PART_OF.match(match.string, end) is not None  # "half of the 300 workers"
    if groups["num"].lower() in PART_WORDS and not (groups.get("scale") or approx or of_something):
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
    "electric charge": "coulomb",  # "5,000 mAh" of a battery
    "viscosity": "pascal * second",
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


# "150m tall", "the 400m hurdles", "2,000m above sea level", "8,848m (29,029ft)"
METRE_AFTER = re.compile(
    rf"[\s-]?(?:{DIMENSION_ADJECTIVE}|away\b|above\b|below\b|underground\b|sprint|hurdles"
    r"|freestyle|backstroke|breaststroke|butterfly|medley|relay|dash|steeplechase)"
    r"|\s?\(\s?(?:about\s+)?[\d,.]+\s?(?:ft|feet|foot|yards|yd|miles?|mi)\b",
    re.I,
)
# "a depth of 3,800m", "an altitude of about 10,000m"
METRE_BEFORE = re.compile(
    r"\b(?:depth|height|altitude|length|width|elevation|distance|radius|diameter|wingspan)"
    r"\s+of\s+$"
    # the conversion of a length in feet or inches: "6ft 2in (1.88m)"
    r"|\d\s?(?:ft|feet|foot|in|inches|yards|yd|miles?|mi)\.?\s?\(\s?(?:about\s+)?$",
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


# "rose by 2C", "fell 5C overnight", "1.5C of warming", "3 °F warmer", "2C above pre-industrial
# levels", "the 1.5C target": a change of temperature, whose SI value is a difference, not a
# point on a scale
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
    return bool(
        CHANGE_BEFORE.search(before) or MOVED.search(before) or CHANGE_AFTER.match(text, found.end)
    )


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
ARTICLE_RATE = re.compile(r"an?[\s-]", re.I)  # "an hour", "a-month", after an amount only
AMOUNT_JOINED_BEFORE = re.compile(r"\d\S*-$")  # "$6.99-a-month"
AMOUNT_BEFORE_RATE = re.compile(r"\d\S*(?:\s+\S+){0,2}\s+$")  # "2 million barrels a day"


def _rate_of_an_amount(text: str, time: TimeExpression) -> bool:
    if RATE_SET.match(time.text):
        return True
    before = text[max(0, time.start - LOOKBACK) : time.start]
    amount_before = AMOUNT_BEFORE_RATE.search(before) or AMOUNT_JOINED_BEFORE.search(before)
    return bool(ARTICLE_RATE.match(time.text) and amount_before)


def extract_quantities(doc: Doc, times: list[TimeExpression]) -> list[Quantity]:
    text = doc_text(doc)
    # "5 km per day" is a speed and "$15 an hour" a wage: the time is the rate's denominator
    skip = [(t.start, t.end) for t in times if not _rate_of_an_amount(text, t)]
    out: list[Quantity] = []
    found_in_text = [_metres_or_millions(doc, f, text) for f in find_quantities(text, skip)]
    read = ranges_that_count(doc, found_in_text, text, times)
    kept = [
        _negative_in_brackets(doc, f, text) for f in read if not counts_nothing(doc, f, text, times)
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
        elif found.kind == "magnitude":  # no unit pint knows: a logarithm of an earthquake's energy
            dimension, unit = "seismic magnitude", found.unit
        elif found.kind == "percent":
            dimension, unit = "percentage", found.unit
        elif names_something(doc, found, text):
            dimension = IDENTIFIER
        else:
            dimension = "count"
        if dimension == IDENTIFIER:
            counted = None  # a name counts nothing
        elif found.kind in {"count", "vague", "unit", "ratio", "magnitude"}:
            counted = counted_noun(doc, found.end, len(text), times)
        else:
            counted = _what_a_share_or_sum_is_of(doc, found, text, times)
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
    return _bounds_count_one_thing(out)


def _what_a_share_or_sum_is_of(
    doc: Doc, found: Found, text: str, times: list[TimeExpression]
) -> str | None:
    """ "74 percent of likely voters", "a 35 percent tariff", "a $100 million penalty": the noun
    a percentage or a sum modifies or is of, where the parse ties them; not "the $20 million
    experts say it costs" nor "$5 worth of goods"."""
    if found.kind not in {"percent", "money"}:
        return None
    counted = counted_noun(doc, found.end, len(text), times)
    if counted is None:
        return None
    start = text.index(counted, found.end)
    noun = doc.char_span(start, start + len(counted), alignment_mode="expand")
    amount = doc.char_span(found.start, found.end, alignment_mode="expand")
    if noun is None or amount is None or noun[-1].lower_ in NOT_WHAT_A_SUM_IS_OF:
        return None
    head = noun[-1]
    modifies = any(token.head == head and token != head for token in amount)
    is_of = head.head.lower_ == "of" and head.head.head in amount
    return counted if modifies or is_of else None


NOT_WHAT_A_SUM_IS_OF = {"worth"}  # "$5 worth of goods": the goods, which "of" leaves apart


def _bounds_count_one_thing(found: list[Quantity]) -> list[Quantity]:
    """The first bound of "300 to 400 jobs" counts what the second does."""
    out = list(found)
    for index, (low, high) in enumerate(pairwise(found)):
        if low.of is None and bounds_of_one_range(low.text, low.approx, high.approx):
            out[index] = low.model_copy(update={"of": high.of})
    return out
