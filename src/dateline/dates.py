"""Publication dates: parse what readers, headers and the CLI give into ISO 8601."""

from __future__ import annotations

import re
from datetime import date, datetime

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_DATETIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$"
)


def parse_published(value: str) -> str:
    """Return ``value`` as an ISO 8601 date (or datetime when it has a time of day).

    Raises ``ValueError`` with a readable reason when it is not a date.
    """
    text = value.strip()
    if not text:
        raise ValueError("the date is empty")
    try:
        if ISO_DATE.match(text):
            return date.fromisoformat(text).isoformat()
        if ISO_DATETIME.match(text):
            return datetime.fromisoformat(
                text.replace(" ", "T", 1).replace("Z", "+00:00")
            ).isoformat()
    except ValueError as exc:
        raise ValueError(f"'{text}' is not a calendar date") from exc
    if re.match(r"^\d{4}-\d{1,2}-\d{1,2}", text):
        # Looks like ISO but is not a calendar date (2021-13-45): do not let dateparser guess.
        raise ValueError(f"'{text}' is not a calendar date")
    import dateparser  # imported here: it is slow to import and rarely needed

    parsed_any = dateparser.parse(
        text,
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"},
    )
    if parsed_any is None:
        raise ValueError(f"'{text}' is not a date")
    parsed_at: datetime = parsed_any
    if parsed_at.hour or parsed_at.minute or parsed_at.second:
        return parsed_at.replace(microsecond=0).isoformat()
    return parsed_at.date().isoformat()


def published_date(published: str | None) -> date | None:
    """The calendar day of an ISO ``published`` value, or None."""
    if not published:
        return None
    return date.fromisoformat(published[:10])
