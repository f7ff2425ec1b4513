"""Times that point at another: "a year earlier", "the same day", "that month" resolved
against the time the text last named."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateline.extract.times.patterns import (
    CLOCK_PATTERN,
    NUM_PATTERN,
    SAME_PERIOD_BACK_PATTERN,
    UNIT_PATTERN,
)
from dateline.extract.times.values import Found, number_value, unit_code

_YEAR_BACK = re.compile(r"year-(?:earlier|ago)", re.I)
_ANAPHORIC = re.compile(
    rf"^(?:{NUM_PATTERN})[- ]({UNIT_PATTERN})\s+(earlier|later|before|ago)$", re.I
)
_QUARTER_VALUE = re.compile(r"^(\d{4})-Q(\d)$")
YEAR_PERIOD = re.compile(r"(?:the\s+)?(\d{4}) period", re.I)
LONGER_PERIOD = re.compile(
    r"(?:the\s+)?(?:(?:first|past|latest|last)\s+)?(?:nine|six) months|the (?:fiscal )?year", re.I
)


def _shifted(day: date, days: int) -> str | None:
    """The ISO day ``days`` from ``day``; None past the calendar's ends (years 1 and 9999)."""
    try:
        return (day + timedelta(days=days)).isoformat()
    except OverflowError:
        return None


def resolve_anaphora(found: list[Found], text: str, published: date | None) -> list[Found]:
    """Expressions relative to another time, not to the publication date: "a year earlier"
    after "the third quarter" is that quarter a year before; "a day later" after a resolved
    day is the next day. Without such a time before them they keep their first value."""
    last_quarter: tuple[int, int] | None = None
    last_day: date | None = None
    last_month: tuple[int, int] | None = None
    last_year: int | None = None
    out = []
    for item in found:
        surface = text[item.start : item.end]
        back = _named_back(surface.lower(), item.value, last_day, last_month, last_year)
        if last_day and item.value and BARE_CLOCK.fullmatch(surface) and "T" in item.value:
            # "The blast came on Friday. At 6 a.m. …": a time of day on the day named last
            back = last_day.isoformat() + item.value[item.value.index("T") :]
        if SAME_PERIOD_YEAR_BACK.fullmatch(surface):  # "the same month a year ago"
            by_month = "month" in surface.lower() or (
                "period" in surface.lower() and not last_quarter
            )
            if last_month and by_month:
                back = f"{last_month[0] - 1}-{last_month[1]:02d}"
            elif last_quarter and not by_month:
                back = f"{last_quarter[0] - 1}-Q{last_quarter[1]}"
        if (in_year := YEAR_PERIOD.fullmatch(surface)) and last_quarter:
            back = f"{in_year.group(1)}-Q{last_quarter[1]}"  # "the 1988 period": its quarter
        if back is not None:
            item = Found(item.start, item.end, "TIME" if "T" in back else "DATE", back, item.mod)
        match = _ANAPHORIC.match(surface)
        if match:
            amount = number_value(surface[: match.start(1)].strip()) or 1.0
            letter, _ = unit_code(match.group(1))
            sign = 1 if match.group(2).lower() == "later" else -1
            value = None
            if letter == "Y" and last_quarter is not None and amount == 1:
                value = f"{last_quarter[0] + sign}-Q{last_quarter[1]}"
            elif match.group(2).lower() == "ago":
                pass  # otherwise "ago" counts back from the publication date
            elif letter == "D" and last_day is not None:
                value = _shifted(last_day, int(amount) * sign)
            elif letter == "Y" and last_day is not None:
                value = str(last_day.year + int(amount) * sign)
            if value is not None:
                item = Found(item.start, item.end, "DATE", value, item.mod)
        looks_back = bool(
            match
            or _YEAR_BACK.search(surface)
            or SAME_PERIOD_YEAR_BACK.fullmatch(surface)
            or YEAR_PERIOD.fullmatch(surface)
        )
        if (
            _YEAR_BACK.search(surface)
            and last_quarter is not None
            and (item.value is None or item.value.isdigit())
        ):
            item = Found(
                item.start, item.end, "DATE", f"{last_quarter[0] - 1}-Q{last_quarter[1]}", item.mod
            )
        # "a year ago" is compared with the period before it; it is no new reference.
        if LONGER_PERIOD.fullmatch(surface):
            last_quarter = None  # "for the nine months, … a year earlier": the year before
        if item.value and not looks_back:
            quarter = _QUARTER_VALUE.match(item.value)
            if quarter and not _is_ahead(int(quarter.group(1)), int(quarter.group(2)), published):
                last_quarter = (int(quarter.group(1)), int(quarter.group(2)))
            if calendar := _CALENDAR_VALUE.match(item.value):
                year, month, day = calendar.groups()
                last_year = int(year)
                last_month = (last_year, int(month)) if month else None
                if day:  # a year or a month named since does not move the day ("since 1983")
                    last_day = date(last_year, int(month), int(day))
        out.append(item)
    return out


def _is_ahead(year: int, quarter: int, published: date | None) -> bool:
    """A quarter after the publication date's is a forecast, never the period a "year-ago"
    figure is set against ("losses until the third quarter of 2031; in the year-ago
    period, …" compares a quarter already reported)."""
    current = (published.year, (published.month + 2) // 3) if published else None
    return current is not None and (year, quarter) > current


BARE_CLOCK = re.compile(CLOCK_PATTERN + r"(?:\s+(?:local time|[A-Z]{2,4}))?", re.I)
SAME_PERIOD_YEAR_BACK = re.compile(SAME_PERIOD_BACK_PATTERN, re.I)
_CALENDAR_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)")
_SAME_DAY = re.compile(
    r"^(?:earlier |later )?(?:the|that) same day$|^(?:earlier |later )?that day$"
)
_DAY_STEP = {
    "the next day": 1,
    "the following day": 1,
    "the previous day": -1,
    "the next morning": 1,
    "the following morning": 1,
}
_SAME_MONTH = re.compile(r"^(?:the|that) same month$|^(?:earlier |later )?that month$")
_SAME_YEAR = re.compile(r"^(?:the|that) same year$|^(?:earlier |later )?that year$")
_YEAR_STEP = {
    "the following year": 1,
    "the next year": 1,
    "the previous year": -1,
    "the year before": -1,
    "the year previous": -1,
}


REPORTED_PARTS = {"the day", "the morning", "the afternoon", "the evening"}


def _named_back(
    surface: str,
    value: str | None,
    last_day: date | None,
    last_month: tuple[int, int] | None,
    last_year: int | None,
) -> str | None:
    """ "that day", "the following year", "later that year": the day, month or year the text
    named last. "the day" of a market report is the day named last if that was in the week
    before publication ("shares fell on Monday … ended the day lower")."""
    if surface in REPORTED_PARTS and value and last_day is not None:
        published = date.fromisoformat(value[:10])
        recent = 0 <= (published - last_day).days <= 7
        return last_day.isoformat() + value[10:] if recent else None
    if last_day is not None and _SAME_DAY.match(surface):
        return last_day.isoformat()
    if last_day is not None and surface in _DAY_STEP:
        return _shifted(last_day, _DAY_STEP[surface])
    if last_month is not None and _SAME_MONTH.match(surface):
        return f"{last_month[0]}-{last_month[1]:02d}"
    if last_year is not None and _SAME_YEAR.match(surface):
        return str(last_year)
    if last_year is not None and surface in _YEAR_STEP:
        return str(last_year + _YEAR_STEP[surface])
    return None
