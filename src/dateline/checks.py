"""Consistency checks over the facts of one article, each citing the spans it compared.

- ``unit_conversion``: a measure followed by its conversion in parentheses ("about 1,200
  kilometres (750 miles)") is consistent when the two agree within the rounding the writer
  used: that of the conversion as written ("750" is rounded to ten), and that of the measure,
  to its last digit ("2,962m") or, where a qualifier says it is rounded ("about 1,200"), to
  its trailing zeros too. "20 kg (33 lb)" is inconsistent though "20" might be rounded.
- ``weekday_date``: a weekday written beside a full date ("Thursday, March 10, 2021") must be
  that date's weekday.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from dateline.extract.quantities.find import pint_expression
from dateline.extract.quantities.lexicon import units
from dateline.extract.spans import char_span
from dateline.model import Check, Quantity, Span, TimeExpression

WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAY_ABBREVIATIONS = [name[:3].lower() for name in WEEKDAY_NAMES]
_WEEKDAY = r"((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|nesday|rsday|urday|sday|s|r|rs)?)"
WEEKDAY_FIRST = re.compile(rf"{_WEEKDAY}\b")
# "Sat., Nov. 6, 2021", "on Tuesday (March 9, 2021)": a weekday written just before the date
WEEKDAY_BEFORE = re.compile(rf"\b{_WEEKDAY}\.?,?\s*\(?\s*$")
OPEN_PAREN = re.compile(r"^\s*\(\s*$")
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
WRITTEN_NUMBER = re.compile(r"[-−]?\d[\d,]*(?:\.(\d+))?")


def _numbers(surface: str) -> list[str]:
    """The numbers written in a figure, without their signs: ["6", "2"] in "6ft 2in"."""
    return [match.group(0).lstrip("-−") for match in WRITTEN_NUMBER.finditer(surface)]


def rounding_step(surface: str, *, trailing_zeros: bool = True) -> float:
    """Half the step the writer rounded to, in the figure's own scale: "1,200" → 50 (or 0.5
    without ``trailing_zeros``), "750" → 5, "745.6" → 0.05, "1.3 billion" → 0.05."""
    numbers = _numbers(surface)  # "6ft 2in" is rounded to its last part
    if not numbers:
        return 0.0
    number = numbers[-1].replace(",", "")
    if "." in number:
        return 0.5 * 10.0 ** -len(number.split(".")[1])
    trailing = len(number) - len(number.rstrip("0")) if trailing_zeros else 0
    return 0.5 * 10.0 ** min(trailing, len(number) - 1)


def _scale(quantity: Quantity) -> float:
    """What the written number is multiplied by: 1e9 for "1.3 billion gallons", 1 for a
    length written in parts ("6ft 2in")."""
    numbers = _numbers(quantity.text)
    number = float(numbers[0].replace(",", "")) if len(numbers) == 1 else 0.0
    return abs(quantity.value / number) if quantity.value and number else 1.0


def _span(item: Quantity | TimeExpression) -> Span:
    return Span(start=item.start, end=item.end, text=item.text)


def unit_conversions(text: str, quantities: list[Quantity]) -> list[Check]:
    checks = []
    for first, second in pairwise(quantities):
        if not (first.si and second.si and first.unit and second.unit):
            continue
        if first.value is None or second.value is None:
            continue
        if first.si.unit != second.si.unit or first.unit == second.unit:
            continue
        if not OPEN_PAREN.match(text[first.end : second.start]):
            continue
        converted = convert(first.value, first.unit, second.unit)
        # pint converts temperatures with their offsets: a step is the change one unit makes
        step = abs(convert(first.value + 1, first.unit, second.unit) - converted)
        measured = rounding_step(first.text, trailing_zeros=first.approx is not None)
        tolerance = rounding_step(second.text) * _scale(second) + measured * _scale(first) * step
        consistent = abs(converted - second.value) <= tolerance
        written = WRITTEN_NUMBER.search(second.text)
        decimals = len(written.group(1) or "") if written else 0
        as_written = second.text[written.start() :] if written else second.text
        scale = _scale(second)
        in_scale = f"{converted / scale:,.{decimals}f}"
        conversion = WRITTEN_NUMBER.sub(in_scale, as_written, count=1)
        message = (
            f"{first.text} is {conversion}; the text says {as_written}"
            f" ({'within' if consistent else 'beyond'} the rounding of"
            f" ±{_plain(tolerance / scale, decimals + (tolerance / scale < 10))})"
        )
        checks.append(
            Check(
                kind="unit_conversion",
                status="consistent" if consistent else "inconsistent",
                message=message,
                spans=[_span(first), _span(second)],
            )
        )
    return checks


def _plain(number: float, decimals: int) -> str:
    """ "0.5", "50", "1.64": a tolerance without the zeros its last place would add."""
    return f"{number:,.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{number:,.0f}"


def convert(value: float, unit: str, to: str) -> float:
    registry = units()
    quantity = registry.Quantity(value, registry(pint_expression(unit)).units)
    return float(quantity.to(registry(pint_expression(to)).units).magnitude)


def weekday_dates(text: str, times: list[TimeExpression]) -> list[Check]:
    checks = []
    for time in times:
        if not time.value or not ISO_DAY.match(time.value):
            continue
        if not re.search(r"\d{4}", time.text):
            continue  # the year was inferred, so the weekday chose the date
        inside = WEEKDAY_FIRST.match(time.text)
        before = WEEKDAY_BEFORE.search(text, max(0, time.start - 16), time.start)
        weekday = inside or before
        if weekday is None:
            continue
        written = WEEKDAY_NAMES[WEEKDAY_ABBREVIATIONS.index(weekday.group(1)[:3].lower())]
        actual = WEEKDAY_NAMES[date.fromisoformat(time.value).weekday()]
        consistent = actual == written
        message = f"{time.value} was a {actual}" + ("" if consistent else f", not a {written}")
        spans = [_span(time)]
        if inside is None and before is not None:  # "Sat., Nov. 6, 2021": the weekday stands apart
            start, end = before.span(1)
            spans.insert(0, char_span(text, start, end))
        checks.append(
            Check(
                kind="weekday_date",
                status="consistent" if consistent else "inconsistent",
                message=message,
                spans=spans,
            )
        )
    return checks


def run_checks(text: str, times: list[TimeExpression], quantities: list[Quantity]) -> list[Check]:
    return unit_conversions(text, quantities) + weekday_dates(text, times)
