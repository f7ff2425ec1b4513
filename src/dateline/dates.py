"""Publication dates: parse what readers, headers and the CLI give into ISO 8601."""

from __future__ import annotations

import re
from datetime import date, datetime

from dateline.printable import one_line, shortened

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
BASIC_DATE = re.compile(r"^\d{8}$")  # ISO 8601's basic form, 20210310
BARE_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
# Longer than any date a page writes ("Thursday, 10 September 2021, 11:45 pm GMT+05:30").
MAX_DATE_CHARS = 100
ISO_DATETIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$"
)


def parse_published(value: str) -> str:
    """Return ``value`` as an ISO 8601 date (or datetime when it has a time of day).

    Only a date written out is taken: "yesterday" or a Unix time would make the record depend
    on the day it was read. Raises ``ValueError`` with a readable reason when it is not a date.
    """
    text = value.strip()
    if not text:
        raise ValueError("the date is empty")
    shown = one_line(shortened(text, 60))
    if len(text) > MAX_DATE_CHARS:
        raise ValueError(f"'{shown}' is {len(text):,} characters long, too long for a date")
    if BASIC_DATE.match(text):
        try:
            return datetime.strptime(text, "%Y%m%d").date().isoformat()
        except ValueError as exc:
            raise ValueError(f"'{shown}' is not a calendar date") from exc
    if BARE_NUMBER.match(text):
        raise ValueError(f"'{shown}' is a bare number; write the date out (YYYY-MM-DD)")
    try:
        if ISO_DATE.match(text):
            return date.fromisoformat(text).isoformat()
        if ISO_DATETIME.match(text):
            return datetime.fromisoformat(
                text.replace(" ", "T", 1).replace("Z", "+00:00")
            ).isoformat()
    except ValueError as exc:
        raise ValueError(f"'{shown}' is not a calendar date") from exc
    if re.match(r"^\d{4}-\d{1,2}-\d{1,2}", text):
        # Looks like ISO but is not a calendar date (2021-13-45): do not let dateparser guess.
        raise ValueError(f"'{shown}' is not a calendar date")
    import dateparser  # imported here: it is slow to import and rarely needed

    parsed_any = dateparser.parse(
        text,
        languages=["en"],
        settings={
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PREFER_DAY_OF_MONTH": "first",
            "PARSERS": ["custom-formats", "absolute-time"],
        },
    )
    if parsed_any is None:
        raise ValueError(f"'{shown}' is not a date written out (day, month and year)")
    parsed_at: datetime = parsed_any
    if parsed_at.hour or parsed_at.minute or parsed_at.second:
        return parsed_at.replace(microsecond=0).isoformat()
    return parsed_at.date().isoformat()


def published_date(published: str | None) -> date | None:
    """The calendar day of an ISO ``published`` value, or None."""
    if not published:
        return None
    return date.fromisoformat(published[:10])
