"""Resolving what the calendar names: dates, months, seasons, quarters, years, decades,
centuries and holidays, against the publication date and the clause's tense."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from dateline.extract.times.patterns import (
    MONTH_PATTERN,
    MONTHS,
    NUM_PATTERN,
    ORDINALS,
    SEASONS,
    UNIT_PATTERN,
    WEEKDAY_PATTERN,
    YEAR_PATTERN,
)
from dateline.extract.times.values import Anchor, mod_of, number_value

# --- resolution --------------------------------------------------------------------------------
HALF_YEAR, TWO_MONTHS = 183, 62  # days
RUN_WORDS = re.compile(
    r"\b(?:consecutive|straight|successive|trading|business|working|more|additional|extra|further)\s+",
    re.I,
)
# Frequency adjectives that still say how often ("weekly jobless claims", "daily flights").
FREQUENT_ADJECTIVES = {"daily", "weekly"}
SEASON_MONTHS = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}  # a month in the middle of each


def _year_near(month: int, anchor: date, tense: str, day: int = 15) -> int:
    """The year of a month (and day) named without one: the nearest occurrence, or the one the
    tense points to ("signed in January" is the last January). A date just ahead stays ahead in
    a past-tense clause when the last occurrence is half a year back ("has named Nov. 12 as the
    deadline")."""

    def on(year: int) -> date:
        return date(year, month, min(day, 28))

    past = [on(y) for y in (anchor.year - 1, anchor.year) if on(y) <= anchor]
    ahead = [on(y) for y in (anchor.year, anchor.year + 1) if on(y) >= anchor]
    last, following = past[-1], ahead[0]
    back, forward = (anchor - last).days, (following - anchor).days
    if tense == "past":
        return following.year if back > HALF_YEAR and forward <= TWO_MONTHS else last.year
    if tense == "future":
        return following.year
    return last.year if back <= forward else following.year


def weekday_date(weekday: int, anchor: date, tense: str, modifier: str) -> date:
    delta = weekday - anchor.weekday()
    if modifier == "next":
        return anchor + timedelta(days=delta % 7 or 7)
    if modifier == "last" or modifier == "past":
        return anchor - timedelta(days=(-delta) % 7 or 7)
    if modifier == "this" or modifier == "coming":
        return (
            anchor + timedelta(days=delta)
            if modifier == "this"
            else anchor + timedelta(days=delta % 7 or 7)
        )
    if tense == "future":
        return anchor + timedelta(days=delta % 7)
    if tense == "past":
        return anchor - timedelta(days=(-delta) % 7)
    # No tense to go by: news mostly looks back, so the day ahead wins only when much nearer.
    ahead, back = delta % 7, (-delta) % 7
    return anchor + timedelta(days=ahead) if ahead < back - 2 else anchor - timedelta(days=back)


def shift_months(anchor: date, months: int) -> str:
    index = anchor.year * 12 + anchor.month - 1 + months
    return f"{index // 12}-{index % 12 + 1:02d}"


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


Resolver = Callable[[re.Match[str], Anchor, str], tuple[str, str | None, str | None] | None]

MONTH_RE = re.compile(MONTH_PATTERN, re.I)
_YEAR_RE = re.compile(YEAR_PATTERN)
_DAY_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")
WEEKDAY_RE = re.compile(WEEKDAY_PATTERN, re.I)
NUM_UNIT_RE = re.compile(
    rf"({NUM_PATTERN})(?:[- ]and[- ]a[- ]half|\s1/2|½)?[- ]({UNIT_PATTERN}|quarters?)", re.I
)
UNIT_RE = re.compile(UNIT_PATTERN + "|quarters", re.I)


def _search(pattern: re.Pattern[str], text: str) -> str:
    """The first match of a pattern the caller's own match guarantees."""
    found = pattern.search(text)
    if found is None:
        raise ValueError(f"no {pattern.pattern!r} in {text!r}")
    return found.group(0)


def iso_day(day: date) -> str:
    return day.isoformat()


def r_iso_date(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    return "DATE", m.group(0), None


def r_full_date(
    m: re.Match[str], a: Anchor, tense: str
) -> tuple[str, str | None, str | None] | None:
    text = m.group(0)
    month = month_number(_search(MONTH_RE, text))
    year = int(_search(_YEAR_RE, text))
    day_match = [d for d in _DAY_RE.findall(text) if len(d) <= 2]
    try:
        return "DATE", date(year, month, int(day_match[0])).isoformat(), None
    except (ValueError, IndexError):
        return None


def r_paired_day(
    m: re.Match[str], a: Anchor, tense: str
) -> tuple[str, str | None, str | None] | None:
    """ "April 24 and 25": the second day, in the first one's month."""
    month = month_number(_search(MONTH_RE, m.group(0)))
    day = int(m.group("x"))
    if not 1 <= day <= 31:
        return None
    if a.day is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}", None
    try:
        return "DATE", date(_year_near(month, a.day, tense, day), month, day).isoformat(), None
    except ValueError:
        return None


def r_month_day(
    m: re.Match[str], a: Anchor, tense: str
) -> tuple[str, str | None, str | None] | None:
    text = m.group(0)
    month = month_number(_search(MONTH_RE, text))
    day = int(
        _DAY_RE.findall(text)[-1]
        if MONTH_RE.match(text) or WEEKDAY_RE.match(text)
        else _DAY_RE.findall(text)[0]
    )
    if not 1 <= day <= 31:
        return None
    if a.day is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}", None
    year = _year_near(month, a.day, tense, day)
    try:
        return "DATE", date(year, month, day).isoformat(), None
    except ValueError:
        return None


def r_month_year(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    text = m.group(0)
    month = month_number(_search(MONTH_RE, text))
    year = _search(_YEAR_RE, text)
    return "DATE", f"{year}-{month:02d}", mod_of(text) or mod_of(text.replace("-", " "))


# Words that count a unit back from the publication date or ahead of it.
STEPS = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1, "following": 1}


def r_month_of_relative_year(
    m: re.Match[str], a: Anchor, tense: str
) -> tuple[str, str | None, str | None]:
    text = m.group(0).lower()
    month = month_number(_search(MONTH_RE, m.group(0)))
    if a.day is None:
        return "DATE", None, None
    step = next(STEPS[word] for word in text.split() if word in STEPS)
    return "DATE", f"{a.day.year + step}-{month:02d}", None


def r_month(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None] | None:
    text = m.group(0)
    word = MONTH_RE.search(text)
    if word is None:
        return None
    month = month_number(word.group(0))
    mod = mod_of(text.replace("-", " "))
    if a.day is None:
        return "DATE", f"XXXX-{month:02d}", mod
    lower = text.lower()
    if lower.startswith("last") or lower.startswith("past"):
        year = a.day.year if month < a.day.month else a.day.year - 1
    elif lower.startswith("next") or lower.startswith("coming"):
        year = a.day.year if month > a.day.month else a.day.year + 1
    elif lower.startswith("this"):
        year = a.day.year
    elif of_year := OF_RELATIVE_YEAR.match(m.string, m.end()):  # "October of next year"
        year = a.day.year + STEPS[of_year.group(1).lower()]
    else:
        year = _year_near(month, a.day, tense)
    return "DATE", f"{year}-{month:02d}", mod


OF_RELATIVE_YEAR = re.compile(r"\s+of\s+(last|this|next)\s+year\b", re.I)


def r_week_of_month(
    m: re.Match[str], a: Anchor, tense: str
) -> tuple[str, str | None, str | None] | None:
    """ "the last week of March" → the ISO week of March's last Thursday (a week belongs to
    the month that holds its Thursday, as ISO weeks belong to years)."""
    word = MONTH_RE.search(m.group(0))
    if word is None or a.day is None:
        return ("DATE", None, None) if word else None
    month = month_number(word.group(0))
    written = _YEAR_RE.search(m.group(0))
    year = int(written.group(0)) if written else _year_near(month, a.day, tense)
    which = m.group(0).lower().split()[1 if m.group(0).lower().startswith("the") else 0]
    thursday = 3
    if which in {"last", "final"}:
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        day = last - timedelta(days=(last.weekday() - thursday) % 7)
    else:
        first = date(year, month, 1)
        day = first + timedelta(days=(thursday - first.weekday()) % 7)
        day += timedelta(weeks=ORDINALS.get(which, 1) - 1)
    return "DATE", a.week(day), None


def r_season(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None] | None:
    text = m.group(0).lower()
    season = next(code for word, code in SEASONS.items() if word in text)
    year_match = _YEAR_RE.search(text)
    if year_match:
        return "DATE", f"{year_match.group(0)}-{season}", mod_of(text)
    if a.day is None:
        return "DATE", f"XXXX-{season}", None
    if text in SEASONS:  # "spring" alone: the nearest one, or the one the tense points to
        return "DATE", f"{_year_near(SEASON_MONTHS[season], a.day, tense)}-{season}", None
    year = a.day.year + (
        1 if text.startswith(("next", "coming")) else -1 if text.startswith(("last", "past")) else 0
    )
    return "DATE", f"{year}-{season}", None


def _year_of(text: str, a: Anchor, tense: str, index: int, per_year: int) -> str | None:
    lower = text.lower()
    match = _YEAR_RE.search(text)
    if match:
        return match.group(0)
    if a.day is None:
        return None
    if "last year" in lower:
        return str(a.day.year - 1)
    if "next year" in lower:
        return str(a.day.year + 1)
    current = (a.day.month - 1) * per_year // 12 + 1
    if "year-ago" in lower or "year-earlier" in lower:
        # "the year-ago third quarter": that quarter of the year before the latest one
        return str(a.day.year - 1 - (index > current))
    if "this year" not in lower and tense == "past" and index > current:
        return str(a.day.year - 1)
    return str(a.day.year)


def r_quarter(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None] | None:
    text = m.group(0)
    lower = text.lower()
    if lower.startswith("q"):
        index = int(lower[1])
    else:
        index = next(v for k, v in ORDINALS.items() if re.search(rf"\b{k}\b", lower))
    year = _year_of(text, a, tense, index, 4)
    return "DATE", f"{year or 'XXXX'}-Q{index}", None


def r_half(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None] | None:
    lower = m.group(0).lower()
    index = 1 if "first" in lower else 2
    year = _year_of(m.group(0), a, tense, index, 2)
    return "DATE", f"{year or 'XXXX'}-H{index}", None


DECADE_NAMES_TENS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}  # "the nineties": of the twentieth century, as news writes them
DECADE_NAMES = re.compile("|".join(DECADE_NAMES_TENS), re.I)


def r_decade(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    text = m.group(0)
    digits = re.search(r"(\d{1,3})0['’]?s", text)
    named = DECADE_NAMES.search(text)
    prefix = (
        digits.group(1)
        if digits
        else str(DECADE_NAMES_TENS[named.group(0).lower()] if named else "")
    )
    if len(prefix) == 1:  # '90s, the 70s
        prefix = "19" + prefix
    return "DATE", prefix[:3], mod_of(text.lstrip("the ").replace("mid-", "mid "))


def r_short_year(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    """ "since '82": the last year so written before the publication date."""
    two = int(m.group("x")[1:])
    this_year = a.day.year if a.day else 2000
    year = this_year // 100 * 100 + two
    return "DATE", str(year - 100 if year > this_year else year), None


def r_century(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None] | None:
    lower = m.group(0).lower()
    number = re.search(r"(\d{1,2})(?:st|nd|rd|th)", lower)
    words = {
        "first": 1,
        "second": 2,
        "third": 3,
        "fourth": 4,
        "fifth": 5,
        "sixth": 6,
        "seventh": 7,
        "eighth": 8,
        "ninth": 9,
        "tenth": 10,
        "eleventh": 11,
        "twelfth": 12,
        "thirteenth": 13,
        "fourteenth": 14,
        "fifteenth": 15,
        "sixteenth": 16,
        "seventeenth": 17,
        "eighteenth": 18,
        "nineteenth": 19,
        "twentieth": 20,
        "twenty-first": 21,
    }
    value = (
        int(number.group(1))
        if number
        else next((v for k, v in sorted(words.items(), key=lambda i: -len(i[0])) if k in lower), 0)
    )
    return ("DATE", f"{value - 1:02d}", None) if value else None


def r_fiscal(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    return "DATE", _search(_YEAR_RE, m.group(0)), None


def r_the_day(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    """ "shares fell 3% on the day": the day being reported, the publication date."""
    return "DATE", iso_day(a.day) if a.day else None, None


def r_reporting_period(
    m: re.Match[str], a: Anchor, tense: str
) -> tuple[str, str | None, str | None]:
    """ "the year-earlier quarter", "the latest period": a reporting period; "year-earlier" ones
    are resolved from the quarter before them (see resolve_anaphora)."""
    lower = m.group(0).lower()
    if a.day is None:
        return "DATE", None, None
    if "year-" in lower:
        return "DATE", str(a.day.year - 1), None  # unless a quarter was named before it
    previous = (a.day.month - 1) // 3 - 1
    if written := _YEAR_RE.search(lower):  # "the 1988 quarter": that year's quarter
        return (
            "DATE",
            written.group(0) + (f"-Q{previous % 4 + 1}" if "quarter" in lower else ""),
            None,
        )
    return "DATE", f"{a.day.year + previous // 4}-Q{previous % 4 + 1}", None


HOLIDAYS = {
    "christmas eve": (12, 24),
    "christmas": (12, 25),
    "new year's eve": (12, 31),
    "new year's": (1, 1),
    "independence day": (7, 4),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
}


def _holiday_date(name: str, year: int) -> date:
    if "thanksgiving" in name:
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)  # fourth Thursday
    if "election day" in name:
        first = date(year, 11, 2)
        return first + timedelta(days=(1 - first.weekday()) % 7)  # Tuesday after 1 November
    month, day = HOLIDAYS[next((k for k in HOLIDAYS if k in name), "christmas")]
    return date(year, month, day)


def r_holiday(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    lower = m.group(0).lower()
    year_match = _YEAR_RE.search(lower)
    if year_match is not None:
        return "DATE", _holiday_date(lower, int(year_match.group(0))).isoformat(), None
    if a.day is None:
        return "DATE", None, None
    day = _holiday_date(lower, a.day.year)
    if lower.startswith("last") or (tense == "past" and day > a.day):
        day = _holiday_date(lower, a.day.year - 1) if day >= a.day else day
    elif lower.startswith("next") or (tense == "future" and day < a.day):
        day = _holiday_date(lower, a.day.year + 1) if day <= a.day else day
    elif tense == "present" and not lower.startswith("this"):  # the nearest one
        published = a.day
        around = [_holiday_date(lower, published.year + step) for step in (-1, 0, 1)]
        day = min(around, key=lambda d: abs((d - published).days))
    return "DATE", day.isoformat(), None


def r_modified_year(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    text = m.group(0)
    year = _YEAR_RE.search(text)
    assert year is not None
    return "DATE", year.group(0), mod_of(text.replace("-", " "))


def r_year(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    return "DATE", m.group(0), None


def _spoken_year(words: str) -> str | None:
    """ "nineteen ninety-six" → 1996; "two thousand and one" → 2001."""
    if words.startswith("two thousand"):
        rest = words.removeprefix("two thousand").removeprefix(" and ")
        return str(2000 + int(number_value(rest) or 0) if rest else 2000)
    century, _, rest = words.replace("-", " ").partition(" ")
    tail = number_value(rest)
    if tail is None:
        return None
    return str((19 if century == "nineteen" else 20) * 100 + int(tail))


def r_spoken_year(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    return "DATE", _spoken_year(m.group(0).lower().removeprefix("the year ")), None


def r_spoken_month_year(
    m: re.Match[str], a: Anchor, tense: str
) -> tuple[str, str | None, str | None] | None:
    lower = m.group(0).lower()
    name, spoken = (lower.split(" of ", 1)) if " of " in lower else lower.split(" ", 1)
    year = _spoken_year(spoken)
    if year is None:
        return None
    if season := next((code for word, code in SEASONS.items() if word in name), None):
        return "DATE", f"{year}-{season}", None
    return "DATE", f"{year}-{month_number(name):02d}", None


def r_period_end(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    """ "year-end", "the end of this year", "the start of the day", "the beginning of next
    month": the period around the publication date, and which part of it."""
    lower = m.group(0).lower()
    mod = "END" if "end" in lower else mod_of(lower)
    if a.day is None:
        return "DATE", None, mod
    shift = 1 if " next " in lower else -1 if " last " in lower else 0
    if lower.endswith("month"):
        return "DATE", shift_months(a.day, shift), mod
    if lower.endswith("week"):
        return "DATE", a.week(a.day + timedelta(weeks=shift)), mod
    if lower.endswith("day"):
        return "DATE", (a.day + timedelta(days=shift)).isoformat(), mod
    return "DATE", str(a.day.year + shift), mod
