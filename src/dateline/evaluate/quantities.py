"""Quantities on quantulum3's own test cases and on MEANTIME's VALUE mentions, beside quantulum3.

- quantulum3 cases: for each expected quantity, whether a predicted one has the same surface,
  the same value (within 0.1%) and the same unit name; accuracies over all expected ones.
  quantulum3 leaves qualifiers out of its surfaces ("60 degrees Celsius" in "about 60 degrees
  Celsius", "3 mg to 9 mg" in "between 3 mg to 9 mg"); Dateline's span holds the qualifier
  and its ``approx`` names it, so Dateline's surface is compared without that leading word.
- MEANTIME: VALUE mentions (QUANTITY, MONEY, PERCENT) in the annotated sentences; extent
  precision, recall and F1 with overlapping extents, and type accuracy over matches (Dateline's
  currency → MONEY, percentage → PERCENT, anything else → QUANTITY). A number that names
  (dimension "identifier": "Boeing 787") is part of a name there, no VALUE mention.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from dateline.evaluate.meantime import meantime_documents
from dateline.evaluate.scoring import PRF, match_one_to_one, ratio
from dateline.extract.quantities.find import (
    extract_quantities,
    pint_expression,
    written_from_one_to_the_other,
)
from dateline.extract.quantities.lexicon import units
from dateline.extract.quantities.patterns import APPROX, parse_number
from dateline.extract.times import extract_times
from dateline.model import IDENTIFIER, TimeExpression


@dataclass(frozen=True)
class Predicted:
    start: int
    end: int
    surface: str
    value: float | None
    unit: str | None
    type: str  # QUANTITY, MONEY, PERCENT


UNIT_NAMES = {  # Dateline's canonical units → quantulum3's names, for comparing the two
    "tonne": "tonne",
    "kilometre / hour": "kilometre per hour",
    "mile / hour": "mile per hour",
    "square kilometre": "square kilometre",
    "percentage point": "percentage point",
    "percent": "percentage",
}
CURRENCY_NAMES = {
    "USD": "dollar",
    "GBP": "pound sterling",
    "EUR": "euro",
    "JPY": "yen",
    "CNY": "yuan",
    "INR": "indian rupee",
    "RUB": "russian ruble",
    "CHF": "swiss franc",
}


# TimeML duration units → quantulum3's unit names.
DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day"}
CLOCK_UNITS = {"H": "hour", "M": "minute", "S": "second"}
RANGE_APPROX = re.compile(r"^(?:(?:between|from) .+|\S+) (?:to|and|through) .+$")
# "between 44 and 50 mg" keeps its "between" in quantulum3's surfaces: the range is written
# with both words; "between 3 mg to 9 mg" and "from 2 to 6" do not.
QUALIFIER_FIRST = re.compile(
    rf"^(?:{'|'.join(map(re.escape, APPROX))}|between(?!\s.+\sand\s)|from)\s+", re.I
)
DECADE_DIGITS = re.compile(r"\b(\d{3}0)s\b")  # "the 1960s"
SIMPLE_DURATION = re.compile(r"^P(T?)(\d+(?:\.\d+)?)([YMWDHS])$")
FREQUENCY = re.compile(r"(once|twice|\w+ times) (?:a|an|per|each) (\w+)", re.I)
FREQUENCY_WORDS = {"once": 1.0, "twice": 2.0}


def _as_quantity(time: TimeExpression, text: str) -> Predicted | None:
    """A duration Dateline keeps among its times ("three days", P3D) as the amount it is, a
    frequency ("four times per week") as its rate, and a year or decade written in digits ("in
    2005", "the 1960s") as the number quantulum3 reads in it (2005, 1960)."""
    if time.type == "DATE" and time.text.isdigit() and time.text == time.value:
        return Predicted(time.start, time.end, time.text, float(time.text), None, "QUANTITY")
    decade = DECADE_DIGITS.search(time.text) if time.type == "DATE" else None
    if decade is not None and time.value == decade.group(1)[:3]:
        start = time.start + decade.start(1)
        year = decade.group(1)
        return Predicted(start, start + len(year), year, float(year), None, "QUANTITY")
    frequency = FREQUENCY.fullmatch(time.text) if time.type == "SET" else None
    if frequency is not None:
        written = frequency.group(1).lower().removesuffix(" times")
        count = FREQUENCY_WORDS.get(written) or parse_number(written)
        rate = f"count per {frequency.group(2).lower()}"
        return Predicted(time.start, time.end, time.text, count, rate, "QUANTITY")
    match = SIMPLE_DURATION.match(time.value or "") if time.type == "DURATION" else None
    if match is None:
        return None
    units = CLOCK_UNITS if match.group(1) else DURATION_UNITS
    unit = units.get(match.group(3))
    if unit is None:
        return None
    surface = QUALIFIER_FIRST.sub("", time.text, count=1) if time.mod else time.text
    if time.text.endswith("s") and text[time.end : time.end + 1] in {"'", "’"}:
        surface += text[time.end]  # "six weeks' time": TimeML leaves the mark out, quantulum3 in
    return Predicted(time.start, time.end, surface, float(match.group(2)), unit, "QUANTITY")


def _ranges_as_one(
    text: str, found: list[Predicted], approx: list[str | None], *, changes: bool
) -> list[Predicted]:
    """A range is two bounds in Dateline ("between 44" and "50 mg", sharing their ``approx``);
    quantulum3 gives one quantity with their mean, and MEANTIME one mention. The two become
    one for the comparison. With ``changes``, so does a change ("climbed from $40 a barrel to
    $55 a barrel"): quantulum3 reads it as a range, Dateline and MEANTIME as the two amounts it is."""
    out: list[Predicted] = []
    for index, item in enumerate(found):
        previous = found[index - 1] if index else None
        if (
            previous is not None
            and out
            and out[-1].start == previous.start
            and (
                (approx[index] and approx[index] == approx[index - 1])
                or (changes and _a_change(text, previous, item))
            )
        ):
            low = out.pop()
            bounds = (low.value, item.value)
            mean = None if None in bounds else (bounds[0] + bounds[1]) / 2  # type: ignore[operator]
            span = QUALIFIER_FIRST.sub("", text[low.start : item.end], count=1)
            out.append(Predicted(low.start, item.end, span, mean, item.unit, item.type))
        else:
            out.append(item)
    return out


def _a_change(text: str, first: Predicted, second: Predicted) -> bool:
    """ "from about $40 a barrel to $55 a barrel": two amounts of one unit, from one to the
    other."""
    return first.unit == second.unit and written_from_one_to_the_other(
        text, (first.start, first.end), second.start
    )


def dateline_predictor(
    nlp: Language, *, as_quantulum: bool
) -> Callable[[str, str | None], list[Predicted]]:
    """Dateline's amounts; with ``as_quantulum``, also what quantulum3 counts as quantities and
    MEANTIME's VALUE mentions leave out: the lengths of time Dateline keeps among its times
    (MEANTIME annotates them as times) and the numbers that name ("Voyager 2", "Flight 447")."""

    def predict(text: str, published: str | None) -> list[Predicted]:
        doc = nlp(text)
        times = extract_times(doc, published)
        found, approx = [], []
        for q in extract_quantities(doc, times):
            if q.dimension == IDENTIFIER and not as_quantulum:
                continue
            unit = q.unit
            if q.currency:  # "dollar", or "dollar per kilogram" for a price
                name = CURRENCY_NAMES.get(q.currency, q.currency)
                unit = f"{name} {q.unit}" if q.unit else name
            kind = (
                "MONEY" if q.currency else "PERCENT" if q.dimension == "percentage" else "QUANTITY"
            )
            surface = QUALIFIER_FIRST.sub("", q.text, count=1) if q.approx else q.text
            found.append(Predicted(q.start, q.end, surface, q.value, unit or "dimensionless", kind))
            approx.append(q.approx if RANGE_APPROX.match(q.approx or "") else None)
        lengths = (
            [d for t in times if (d := _as_quantity(t, text)) is not None] if as_quantulum else []
        )
        return _ranges_as_one(text, found, approx, changes=as_quantulum) + lengths

    return predict


def quantulum_predictor() -> Callable[[str, str | None], list[Predicted]] | None:
    try:
        from quantulum3 import parser
    except ImportError:
        return None

    def predict(text: str, published: str | None) -> list[Predicted]:
        out = []
        for q in parser.parse(text):
            start, end = q.span
            entity = q.unit.entity.name
            kind = (
                "MONEY"
                if entity == "currency"
                else "PERCENT"
                if q.unit.name == "percentage"
                else "QUANTITY"
            )
            out.append(Predicted(start, end, q.surface, q.value, q.unit.name, kind))
        return out

    return predict


# quantulum3 keeps counting units as units ("a dozen eggs" is 1 dozen); Dateline counts them.
COUNTING_UNITS = {"dozen": 12, "gross": 144, "baker's dozen": 13}


# quantulum3 keeps a coin as its own unit ("100 cents"); Dateline writes the sum (1.00 USD).
COINS = {"cent": ("dollar", 100), "penny": ("pound sterling", 100), "dime": ("dollar", 10)}


def _counted(value: float | None, unit: str | None) -> tuple[float | None, str | None]:
    """Both systems' amounts in counting units ("1 dozen") as the counts they are (12), and
    in coins ("100 cents") as the sums they are (1 dollar)."""
    if value is not None and unit in COUNTING_UNITS:
        return value * COUNTING_UNITS[unit], "dimensionless"
    if value is not None and unit in COINS:
        currency, parts = COINS[unit]
        return value / parts, currency
    return value, unit


def _same_value(a: float | None, b: float) -> bool:
    return a is not None and abs(a - b) <= 1e-3 * max(abs(b), 1e-9)


def _unit_matches(predicted: str | None, expected: str) -> bool:
    if predicted is None:
        return expected == "dimensionless"
    predicted = UNIT_NAMES.get(predicted, predicted).lower()
    expected = expected.lower()
    return (
        predicted == expected
        or predicted.rstrip("s") == expected.rstrip("s")
        or (predicted.replace("metre", "meter") == expected.replace("metre", "meter"))
        or any(_same_physical_unit(predicted, reading) for reading in _readings(expected))
    )


# quantulum3's "ton" is its catalogue's entry for Wikipedia's "Ton": a metric, short or long
# ton, unsaid (its metric ton is "tonne"); pint's "ton" is the short ton alone.
UNSAID_UNITS = {"ton": ("tonne", "short ton", "long ton")}


def _readings(name: str) -> list[str]:
    """Each unit a quantulum3 name may mean: "ton per day" is tonnes, short or long tons a day."""
    for word, readings in UNSAID_UNITS.items():
        if re.search(rf"\b{word}\b", name):
            return [re.sub(rf"\b{word}\b", reading, name) for reading in readings]
    return [name]


QUANTULUM_POWERS = {"square": 2, "cubic": 3}


def _pint_name(name: str) -> str:
    """A unit name of either system as pint reads it: Dateline's are pint expressions already
    ("kilometre / second ** 2"); quantulum3 writes its compounds in words ("kilometre per
    square second", "inverse femtobarn", "watt per square metre per hour")."""
    in_words = " per " in name or name.startswith("inverse ")
    if not in_words or "/" in name:
        return pint_expression(name)
    parts = []
    for index, part in enumerate(name.split(" per ")):
        inverse = part.startswith("inverse ")
        part = part.removeprefix("inverse ")
        power_word, _, rest = part.partition(" ")
        power = QUANTULUM_POWERS.get(power_word)
        base = rest if power else part
        term = f"({base.replace(' ', '_')}) ** {power or 1}"
        parts.append(f"{'/' if index or inverse else '*'} {term}")
    return "1 " + " ".join(parts)


def _same_physical_unit(a: str, b: str) -> bool:
    """Two names of one unit ("millilitre" and "cubic centimetre", "pound" and "pound-mass")."""
    from pint.errors import PintError

    registry = units()
    try:
        first = registry.Quantity(1, _pint_name(a.replace("-mass", "")))
    except (PintError, ValueError, TypeError, AttributeError):  # a name pint cannot read
        return False
    for name in _pint_names(b.replace("-mass", "")):
        try:
            second = registry.Quantity(1, name)
            if (
                first.dimensionality == second.dimensionality
                and abs(float(first.to(second.units).magnitude) - 1) < 1e-6
            ):
                return True
        except (PintError, ValueError, TypeError, AttributeError):
            continue
    return False


def _pint_names(name: str) -> list[str]:
    """A name as one unit ("kilowatt hour") and, where it has several words and no "per", as
    quantulum3 writes a product ("joule second", "candela second")."""
    readings = [_pint_name(name)]
    if " " in name and " per " not in name and name.split()[0] not in QUANTULUM_POWERS:
        readings.append(" * ".join(name.split()))
    return readings


def score_quantulum_cases(
    root: Path, predict: Callable[[str, str | None], list[Predicted]]
) -> dict[str, float]:
    cases = json.loads((root / "quantities.json").read_text(encoding="utf-8"))
    expected = surface = value = unit = 0
    for case in cases:
        predicted = predict(case["req"], None)
        for want in case["res"]:
            expected += 1
            same_surface = [p for p in predicted if p.surface.strip() == want["surface"].strip()]
            surface += bool(same_surface)
            pool = same_surface or predicted
            wanted_value, wanted_unit = _counted(float(want["value"]), want["unit"])
            pairs = [_counted(p.value, p.unit) for p in pool]
            value += any(_same_value(v, wanted_value) for v, _ in pairs)  # type: ignore[arg-type]
            unit += any(
                _same_value(v, wanted_value) and _unit_matches(u, wanted_unit)  # type: ignore[arg-type]
                for v, u in pairs
            )
    return {
        "cases": len(cases),
        "expected": expected,
        "surface_accuracy": ratio(surface, expected),
        "value_accuracy": ratio(value, expected),
        "unit_accuracy": ratio(unit, expected),
    }


def score_meantime(
    root: Path, predict: Callable[[str, str | None], list[Predicted]]
) -> dict[str, float]:
    matched = predicted_total = gold_total = type_correct = 0
    for doc in meantime_documents(root):
        text = doc.text[: doc.annotated_end]
        gold = doc.values
        predicted = [
            p
            for p in predict(text, doc.created)
            if not any(s < p.end and p.start < e for s, e in doc.creation_spans)
        ]
        pairs = match_one_to_one(
            [[(p.start, p.end)] for p in predicted], [[(g.start, g.end)] for g in gold], 1e-9
        )
        matched += len(pairs)
        predicted_total += len(predicted)
        gold_total += len(gold)
        type_correct += sum(predicted[i].type == gold[j].type for i, j in pairs)
    prf = PRF.of(matched, predicted_total, gold_total)
    return {
        "gold": gold_total,
        "predicted": predicted_total,
        "precision": prf.precision,
        "recall": prf.recall,
        "f1": prf.f1,
        "type_accuracy": ratio(type_correct, matched),
    }


def evaluate_quantities(
    nlp: Language, *, quantulum: Path | None, meantime: Path | None
) -> list[dict[str, float | int | str]]:
    quantulum_side = quantulum_predictor()
    systems = [
        (
            "dateline",
            dateline_predictor(nlp, as_quantulum=True),
            dateline_predictor(nlp, as_quantulum=False),
        ),
        ("quantulum3", quantulum_side, quantulum_side),
    ]
    rows: list[dict[str, float | int | str]] = []
    for name, on_cases, on_news in systems:
        if on_cases is None or on_news is None:
            rows.append(
                {
                    "system": name,
                    "skipped": "quantulum3 is not installed (pip install -e '.[eval]')",
                }
            )
            continue
        if quantulum is not None and (quantulum / "quantities.json").exists():
            rows.append(
                {
                    "system": name,
                    "corpus": "quantulum3-tests",
                    **score_quantulum_cases(quantulum, on_cases),
                }
            )
        if meantime is not None and (meantime / "intra_cross-doc_annotation").is_dir():
            rows.append(
                {"system": name, "corpus": "meantime-en", **score_meantime(meantime, on_news)}
            )
    return rows
