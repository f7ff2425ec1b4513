"""Time expressions: found by patterns, typed and normalised to TimeML TIMEX3 values.

Values resolve against the publication date. Weekday and month names without a year, and
"the weekend", resolve by the tense of their clause: "on Friday, when the ministers sign" in
an article of Wednesday 2021-03-10 is 2021-03-12; "the ministers signed on Friday" is
2021-03-05. Without a publication date, expressions keep their extent and type and a value
only where it needs no anchor (a year, a duration).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import cast

from spacy.tokens import Doc, Token

from dateline.extract.spans import Taken, doc_text
from dateline.extract.time_patterns import (
    CLOCK_PATTERN,
    COMPILED,
    FUTURE_MARKERS,
    FUTURE_PHRASES,
    MODS,
    MONTH_PATTERN,
    MONTHS,
    NUM_PATTERN,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    SAME_PERIOD_BACK_PATTERN,
    SEASONS,
    UNIT_PATTERN,
    UNITS,
    VAGUE_NUMBERS,
    WEEKDAY_PATTERN,
    WEEKDAYS,
    YEAR_PATTERN,
)
from dateline.model import TimeExpression, TimeType


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    type: str
    value: str | None
    mod: str | None = None


class Anchor:
    """The publication date and the week arithmetic TimeML values need."""

    def __init__(self, published: date | None) -> None:
        self.day = published

    def week(self, day: date) -> str:
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"


def _number(text: str) -> float | None:
    text = text.lower().strip().replace("-", " ")
    if text in NUMBER_WORDS:
        return float(NUMBER_WORDS[text])
    parts = text.split()
    if (
        len(parts) == 2
        and NUMBER_WORDS.get(parts[0], 0) >= 20
        and NUMBER_WORDS.get(parts[1], 99) < 10
    ):
        return float(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]])
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _unit(word: str) -> tuple[str, bool]:
    word = word.lower().rstrip("s")
    word = "century" if word.startswith("centur") else word
    return UNITS.get(word, ("D", False))


HALF_UNITS = {("Y", False): ("M", 12), ("H", True): ("M", 60), ("M", True): ("S", 60)}


def _duration(amount: float | None, unit_word: str) -> str:
    letter, is_time = _unit(unit_word)
    if letter == "W" and unit_word.lower().startswith("fortnight"):
        amount = (amount or 1) * 2 if amount is not None else None
    if amount is not None and amount != int(amount) and (letter, is_time) in HALF_UNITS:
        # "two and a half years" → P2Y6M, "5 1/2 hours" → PT5H30M (TimeBank's form)
        smaller, count = HALF_UNITS[(letter, is_time)]
        remainder = round((amount - int(amount)) * count)
        whole = f"{int(amount)}{letter}" if int(amount) else ""
        return f"PT{whole}{remainder}{smaller}" if is_time else f"P{whole}{remainder}{smaller}"
    if amount is None:
        quantity = "X"
    elif amount == int(amount):
        quantity = str(int(amount))
    else:
        quantity = str(amount)
    if letter == "DE":
        return f"P{quantity}DE" if quantity == "X" else f"P{int(float(quantity) * 10)}Y"
    if letter == "CE":
        return f"P{quantity}CE" if quantity == "X" else f"P{int(float(quantity) * 100)}Y"
    return f"PT{quantity}{letter}" if is_time else f"P{quantity}{letter}"


def _mod(text: str) -> str | None:
    lower = text.lower()
    for phrase, mod in sorted(MODS.items(), key=lambda item: -len(item[0])):
        if lower.startswith(phrase + " ") or lower.startswith(phrase + "-"):
            return mod
    return None


# --- tense -------------------------------------------------------------------------------------
SCHEDULING = {"plan", "schedule", "slate"}
# "cut output, resulting in closures during the fourth quarter": an effect may lie ahead of
# the act it follows from, so these participles keep their own (tenseless) direction.
CONSEQUENCES = {"result", "lead", "cause", "bring", "force", "mean", "prompt"}


def _clause_start(verb: Token) -> int:
    """Where the clause of ``verb`` begins, with the verbs it completes ("are to meet") and
    without a clause before it that it reports ("Fiat plans to buy … Fiat announced")."""
    governing = verb
    while governing.dep_ == "xcomp" and governing.head.i != governing.i:
        governing = governing.head
    starts = [
        child.left_edge.idx
        for child in governing.children
        if child.i < governing.i and child.dep_ not in {"ccomp", "parataxis", "advcl", "dep"}
    ]
    return min([*starts, governing.idx])


UNTIL = re.compile(r"\b(?:until|till|as soon as)\s+(?:next\s+)?$", re.I)


def direction(doc: Doc | None, start: int, text: str) -> str:
    """'future', 'past' or 'present' for the clause holding the character ``start``."""
    if doc is None:
        return "present"
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return "present"
    token: Token = span[0]
    verb = token
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return "present"
    if UNTIL.search(text, max(0, start - 12), start):
        return "future"  # "postponed until Tuesday": the wait runs ahead
    while verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i != verb.i:
        # "a service planned for Saturday was canceled": the clause the noun sits in
        governing = verb.head
        while governing.pos_ not in {"VERB", "AUX"} and governing.head.i != governing.i:
            governing = governing.head
        if governing.pos_ not in {"VERB", "AUX"}:
            break
        verb = governing
    while (
        verb.tag_ == "VBG"
        and verb.dep_ in {"advcl", "conj"}
        and verb.lemma_.lower() not in CONSEQUENCES
        and not any(c.dep_ in {"aux", "mark"} for c in verb.children)
        and verb.head.pos_ in {"VERB", "AUX"}
    ):
        verb = verb.head  # "has fluctuated, rising … in March": the clause it hangs from
    if verb.lemma_.lower() in SCHEDULING and verb.dep_ != "acl":
        return "future"  # "planned a demonstration on Saturday", "scheduled a vote Thursday"
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if auxiliaries & FUTURE_MARKERS or (verb.head.lower_ in FUTURE_MARKERS):
        return "future"
    if verb.tag_ == "VBG" and auxiliaries & {"is", "are", "'s", "'re", "am"}:
        return "future"  # "the ministers are meeting on Friday"
    if FUTURE_PHRASES.search(text[_clause_start(verb) : verb.idx + len(verb)]):
        return "future"
    if verb.tag_ in {"VBD"} or auxiliaries & {"had", "was", "were", "did", "has", "have"}:
        return "past"
    if verb.tag_ == "VBN" and auxiliaries & {"has", "have", "had", "was", "were"}:
        return "past"
    return "present"


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


def _weekday_date(weekday: int, anchor: date, tense: str, modifier: str) -> date:
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


def _shift_months(anchor: date, months: int) -> str:
    index = anchor.year * 12 + anchor.month - 1 + months
    return f"{index // 12}-{index % 12 + 1:02d}"


def _month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


Resolver = Callable[[re.Match[str], Anchor, str], tuple[str, str | None, str | None] | None]

_MONTH_RE = re.compile(MONTH_PATTERN, re.I)
_YEAR_RE = re.compile(YEAR_PATTERN)
_DAY_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")
_WEEKDAY_RE = re.compile(WEEKDAY_PATTERN, re.I)
_NUM_UNIT_RE = re.compile(
    rf"({NUM_PATTERN})(?:[- ]and[- ]a[- ]half|\s1/2|½)?[- ]({UNIT_PATTERN}|quarters?)", re.I
)
_UNIT_RE = re.compile(UNIT_PATTERN + "|quarters", re.I)


def _search(pattern: re.Pattern[str], text: str) -> str:
    """The first match of a pattern the caller's own match guarantees."""
    found = pattern.search(text)
    if found is None:
        raise ValueError(f"no {pattern.pattern!r} in {text!r}")
    return found.group(0)


def _iso(day: date) -> str:
    return day.isoformat()


def r_iso_date(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    return "DATE", m.group(0), None


def r_full_date(
    m: re.Match[str], a: Anchor, tense: str
) -> tuple[str, str | None, str | None] | None:
    text = m.group(0)
    month = _month_number(_search(_MONTH_RE, text))
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
    month = _month_number(_search(_MONTH_RE, m.group(0)))
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
    month = _month_number(_search(_MONTH_RE, text))
    day = int(
        _DAY_RE.findall(text)[-1]
        if _MONTH_RE.match(text) or _WEEKDAY_RE.match(text)
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
    month = _month_number(_search(_MONTH_RE, text))
    year = _search(_YEAR_RE, text)
    return "DATE", f"{year}-{month:02d}", _mod(text) or _mod(text.replace("-", " "))


# Words that count a unit back from the publication date or ahead of it.
STEPS = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1, "following": 1}


def r_month_of_relative_year(
    m: re.Match[str], a: Anchor, tense: str
) -> tuple[str, str | None, str | None]:
    text = m.group(0).lower()
    month = _month_number(_search(_MONTH_RE, m.group(0)))
    if a.day is None:
        return "DATE", None, None
    step = next(STEPS[word] for word in text.split() if word in STEPS)
    return "DATE", f"{a.day.year + step}-{month:02d}", None


def r_month(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None] | None:
    text = m.group(0)
    word = _MONTH_RE.search(text)
    if word is None:
        return None
    month = _month_number(word.group(0))
    mod = _mod(text.replace("-", " "))
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
    word = _MONTH_RE.search(m.group(0))
    if word is None or a.day is None:
        return ("DATE", None, None) if word else None
    month = _month_number(word.group(0))
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
        return "DATE", f"{year_match.group(0)}-{season}", _mod(text)
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
    return "DATE", prefix[:3], _mod(text.lstrip("the ").replace("mid-", "mid "))


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
    return "DATE", _iso(a.day) if a.day else None, None


def r_reporting_period(
    m: re.Match[str], a: Anchor, tense: str
) -> tuple[str, str | None, str | None]:
    """ "the year-earlier quarter", "the latest period": a reporting period; "year-earlier" ones
    are resolved from the quarter before them (see _resolve_anaphora)."""
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
    return "DATE", year.group(0), _mod(text.replace("-", " "))


def r_year(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    return "DATE", m.group(0), None


def _spoken_year(words: str) -> str | None:
    """ "nineteen ninety-six" → 1996; "two thousand and one" → 2001."""
    if words.startswith("two thousand"):
        rest = words.removeprefix("two thousand").removeprefix(" and ")
        return str(2000 + int(_number(rest) or 0) if rest else 2000)
    century, _, rest = words.replace("-", " ").partition(" ")
    tail = _number(rest)
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
    return "DATE", f"{year}-{_month_number(name):02d}", None


def r_period_end(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    """ "year-end", "the end of this year", "the start of the day", "the beginning of next
    month": the period around the publication date, and which part of it."""
    lower = m.group(0).lower()
    mod = "END" if "end" in lower else _mod(lower)
    if a.day is None:
        return "DATE", None, mod
    shift = 1 if " next " in lower else -1 if " last " in lower else 0
    if lower.endswith("month"):
        return "DATE", _shift_months(a.day, shift), mod
    if lower.endswith("week"):
        return "DATE", a.week(a.day + timedelta(weeks=shift)), mod
    if lower.endswith("day"):
        return "DATE", (a.day + timedelta(days=shift)).isoformat(), mod
    return "DATE", str(a.day.year + shift), mod


# What is counted over a year when "annual" is a length ("annual profit") not a rhythm.
ANNUAL_AMOUNTS = re.compile(
    r"\s+(?:net\s+|pre-tax\s+|operating\s+)?(?:profits?|loss(?:es)?|revenues?|sales|income|"
    r"earnings|budgets?|output|growth|deficits?|surplus|turnover|salary|production|inflation|"
    r"rate|increase|decline|returns?)\b",
    re.I,
)


def r_annual(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None] | None:
    """ "an annual loss": a year's amount. "the annual meeting" names a kind of event, which
    neither corpus marks as a time."""
    return ("DURATION", "P1Y", None) if ANNUAL_AMOUNTS.match(m.string, m.end()) else None


def r_long_adjective(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    """ "decades-long" → PXDE; "day-long" → P1D."""
    unit = m.group(0).lower().removesuffix("-long").removeprefix("single-")
    return "DURATION", _duration(None if unit.endswith("s") else 1, unit), None


def r_numeric_date(
    m: re.Match[str], a: Anchor, tense: str
) -> tuple[str, str | None, str | None] | None:
    """ "7/8/07" → 2007-07-08, the American order unless the first number cannot be a month."""
    first, second, year_text = (int(g) for g in m.groups())
    month, day = (first, second) if first <= 12 else (second, first)
    if len(m.group(3)) == 2:
        century = (a.day.year if a.day else 2000) // 100 * 100
        year_text = (
            century + year_text
            if century + year_text <= (a.day or date.max).year + 1
            else century - 100 + year_text
        )
    try:
        return "DATE", date(year_text, month, day).isoformat(), None
    except ValueError:
        return None


def r_today(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    lower = m.group(0).lower()
    offsets = {
        "today": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "tonight": 0,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }
    if a.day is None:
        return ("TIME", None, None) if lower == "tonight" else ("DATE", None, None)
    day = a.day + timedelta(days=offsets[lower])
    return ("TIME", f"{_iso(day)}TNI", None) if lower == "tonight" else ("DATE", _iso(day), None)


DAY_STEPS = {"yesterday": -1, "tomorrow": 1, "last": -1, "today": 0, "this": 0}


def r_the_part_of_day(
    m: re.Match[str], a: Anchor, tense: str
) -> tuple[str, str | None, str | None]:
    """ "in the morning": that part of the publication day, or of the day named last (see
    _named_back)."""
    part = PARTS_OF_DAY[m.group("x").split()[-1].lower()]
    return "TIME", f"{_iso(a.day)}T{part}" if a.day else None, None


def r_part_of_day(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    lower = m.group(0).lower()
    part = next(code for word, code in PARTS_OF_DAY.items() if word in lower)
    if a.day is None:
        return "TIME", None, None
    words = lower.replace("-", " ").split()
    first = next((w for w in words if w in WEEKDAYS or w in DAY_STEPS), words[0])
    if first in WEEKDAYS:
        day = _weekday_date(WEEKDAYS[first], a.day, tense, "")
    else:
        day = a.day + timedelta(days=DAY_STEPS.get(first, 0))
    if first == "last" and part == "NI":
        day = a.day - timedelta(days=1)
    return "TIME", f"{_iso(day)}T{part}", None


def r_rel_unit(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    words = m.group(0).lower().split()
    return _relative_unit(words[0], words[-1], a, tense)


def _relative_unit(
    which: str, unit: str, a: Anchor, tense: str
) -> tuple[str, str | None, str | None]:
    """ "last week", "next month", "this year": a unit counted from the publication date."""
    step = STEPS.get(which, 0)
    if which == "past" and unit in {"week", "month", "year", "decade", "century"}:
        return "DURATION", _duration(1, unit), None  # "the past year": the year up to now
    if a.day is None:
        return "DATE", None, None
    if unit == "week":
        return "DATE", a.week(a.day + timedelta(weeks=step)), None
    if unit == "weekend":
        return r_weekend_value(a.day, step, tense)
    if unit == "month":
        return "DATE", _shift_months(a.day, step), None
    if unit == "year":
        return "DATE", str(a.day.year + step), None
    if unit == "quarter":
        quarter = (a.day.month - 1) // 3 + step
        year = a.day.year + quarter // 4
        return "DATE", f"{year}-Q{quarter % 4 + 1}", None
    if unit == "decade":
        return "DATE", str(a.day.year // 10 + step), None
    return "DATE", f"{a.day.year // 100 + step:02d}", None


def r_weekend_value(anchor: date, step: int, tense: str) -> tuple[str, str | None, str | None]:
    saturday = anchor + timedelta(days=(5 - anchor.weekday()) % 7)
    if step < 0 or (step == 0 and tense == "past" and anchor.weekday() < 5):
        saturday -= timedelta(weeks=1)
    elif step > 0 and anchor.weekday() >= 5:
        saturday += timedelta(weeks=1)
    return "DATE", f"{Anchor(anchor).week(saturday)}-WE", None


def r_the_weekend(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    first = m.group(0).lower().split()[0]
    if a.day is None:
        return "DATE", None, None
    step = {"last": -1, "next": 1}.get(first, 0)
    return r_weekend_value(a.day, step, tense)


def r_earlier_later(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    lower = m.group(0).lower()
    mod = "START" if lower.startswith("earlier") else "END"
    words = lower.split()
    which = "this" if words[1] in {"this", "that", "in"} else words[1]
    type_, value, _ = _relative_unit(which, words[-1], a, tense)
    return type_, value, mod


YEARS_PER_UNIT = {"D": 1 / 365, "W": 1 / 52, "M": 1 / 12, "Y": 1, "DE": 10, "CE": 100}


def r_ago(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None] | None:
    text = m.group(0)
    found = _NUM_UNIT_RE.search(text)
    if found is None:
        return None
    amount = _number(found.group(1))
    letter, is_time = _unit(found.group(2))
    lower = text.lower()
    sign = 1 if lower.endswith(("later", "from now")) else -1
    if amount is None and lower.endswith("ago"):
        return "DATE", "PAST_REF", _mod(text)  # "several years ago": when, not how long
    if lower.endswith(("before", "later")) or a.day is None or amount is None:
        # "two weeks before the vote" stays a length; "a day later" is resolved from the
        # date before it, once all are found (see _resolve_anaphora).
        return "DURATION", _duration(amount, found.group(2)), _mod(text)
    n = int(amount) * sign
    if is_time:
        return "TIME", None, _mod(text)
    if not 1 <= a.day.year + n * YEARS_PER_UNIT.get(letter, 0) <= 9999:
        # "60,000 years ago" is before any calendar year TimeML writes
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", _mod(text)
    if letter == "D":
        return "DATE", _iso(a.day + timedelta(days=n)), _mod(text)
    if letter == "W":
        return "DATE", a.week(a.day + timedelta(weeks=n)), _mod(text)
    if letter == "M":
        return "DATE", _shift_months(a.day, n), _mod(text)
    if letter == "Y":
        return "DATE", str(a.day.year + n), _mod(text)
    if letter == "DE":
        return "DATE", str((a.day.year + 10 * n) // 10), _mod(text)
    return "DATE", None, _mod(text)


def r_weekday(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    words = m.group(0).lower().split()
    modifier = words[0] if len(words) > 1 else ""
    if a.day is None:
        return "DATE", f"XXXX-WXX-{WEEKDAYS[words[-1]] + 1}", None
    return "DATE", _iso(_weekday_date(WEEKDAYS[words[-1]], a.day, tense, modifier)), None


REFS = {
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "at the moment": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "for now": "PRESENT_REF",
    "at this time": "PRESENT_REF",
    "the time being": "PRESENT_REF",
    "current": "PRESENT_REF",  # "the current crisis"
    "recent": "PAST_REF",  # "the recent downturn"
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF",
    "recently": "PAST_REF",
    "lately": "PAST_REF",
    "in the past": "PAST_REF",
    "the past": "PAST_REF",
    "formerly": "PAST_REF",
    "previously": "PAST_REF",
    "once": "PAST_REF",
    "in the future": "FUTURE_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the distant future": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF",
    "the immediate future": "FUTURE_REF",
    "soon": "FUTURE_REF",
    "a later date": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF",
    "shortly": "FUTURE_REF",
}


def r_refs(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None] | None:
    lower = m.group(0).lower()
    if lower.startswith("in recent"):
        return "DURATION", _duration(None, lower.split()[-1]), None
    if lower == "sometimes":
        return None
    if lower == "a while":
        return "DURATION", "PXX", None  # "for a while": a length not given
    if lower in {"once", "soon", "shortly", "previously", "formerly", "lately"}:
        return None  # adverbs TimeBank rarely tags; tagging them costs more than it finds
    value = REFS.get(lower.replace("in the past", "in the past"))
    return ("DATE", value, None) if value else None


def r_relative_anchor(
    m: re.Match[str], a: Anchor, tense: str
) -> tuple[str, str | None, str | None]:
    """ "the same day", "the next day": anchored to an event the text names, not resolved here."""
    return "DATE", None, None


def r_clock(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None] | None:
    lower = m.group(0).lower()
    if lower in {"noon", "midday"}:
        hour, minute = 12, 0
    elif lower == "midnight":
        hour, minute = 24, 0  # TimeML's midnight: the end of the day ("expires at midnight Friday")
    else:
        digits = re.match(r"(\d{1,2})(?:[:.](\d{2}))?", lower)  # "2:30", "2.30pm"
        military = re.match(r"(\d\d)(\d\d)\s*(?:gmt|utc)", lower)  # "0800 UTC"
        if digits is None:
            return None
        hour, minute = int(digits.group(1)), int(digits.group(2) or 0)
        if military:
            hour, minute = int(military.group(1)), int(military.group(2))
        afternoon = lower.endswith(("afternoon", "evening"))
        if (
            afternoon
            or (
                "p" in lower.replace("gmt", "").replace("utc", "")
                and "pm" in lower.replace(".", "")
            )
        ) and hour < 12:
            hour += 12
        if ("am" in lower.replace(".", "")) and hour == 12:
            hour = 0
        if hour > 23 or minute > 59:
            return None
    zone = "Z" if re.search(r"\b(?:UTC|GMT)\b", m.group(0)) else ""
    if a.day is None:
        return "TIME", f"XXXX-XX-XXT{hour:02d}:{minute:02d}{zone}", None
    return "TIME", f"{_iso(a.day)}T{hour:02d}:{minute:02d}{zone}", None


def r_clock_day(
    m: re.Match[str], a: Anchor, tense: str
) -> tuple[str, str | None, str | None] | None:
    """ "9 a.m. Tuesday", "noon on Nov. 9": the clock time on the day named beside it."""
    clock = re.match(CLOCK_PATTERN, m.group("clock"), re.I)
    time = r_clock(clock, a, tense) if clock else None
    day_text = m.group("day")
    day = None
    for name, pattern in COMPILED:
        if name in {"month_day", "weekday", "today"} and (found := pattern.fullmatch(day_text)):
            day = RESOLVERS[name](found, a, tense)
            break
    if time is None or day is None or time[1] is None:
        return time
    clock_part = time[1].split("T", 1)[1]
    return "TIME", f"{day[1]}T{clock_part}" if day[1] else None, None


def r_past_n(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    text = RUN_WORDS.sub("", m.group(0))  # "the past five trading days" → "the past five days"
    found = _NUM_UNIT_RE.search(text)
    unit = _UNIT_RE.search(text)
    assert unit is not None
    which = {-1: "last", 1: "next"}.get(STEPS.get(text.lower().split()[-2], 0))
    if found is None and which and unit.group(0).lower() in {"week", "month", "year"}:
        # "the past year", "the next month": the calendar unit before or after, as both
        # corpora date them
        return _relative_unit(which, unit.group(0).lower(), a, tense)
    amount = _number(found.group(1)) if found else 1.0
    if (found and found.group(1).lower() in VAGUE_NUMBERS) or (
        found is None and unit.group(0).lower().endswith("s")
    ):
        amount = None  # "the past few weeks", "the coming years": a count not given
    return "DURATION", _duration(amount, unit.group(0)), None


# "a second" is a length only at a clause's end or before what measures by it ("a second
# later", "a second or two"); before anything else it counts ("a second A380", "a second time").
LENGTH_OF_A_SECOND = re.compile(r"\s*(?:$|[.,;:)!?—–-]|\s(?:or|later|ago|earlier|before|after)\b)")


def r_duration(
    m: re.Match[str], a: Anchor, tense: str
) -> tuple[str, str | None, str | None] | None:
    text = m.group(0)
    found = _NUM_UNIT_RE.search(RUN_WORDS.sub("", text))  # "six straight days" → "six days"
    if found is None:
        return None
    word = found.group(1).lower()
    if word in {"a", "an"} and found.group(2).lower().endswith("s"):
        return None  # "a decades-long battle": the article is the battle's
    if (
        word in {"a", "an"}
        and found.group(2).lower() == "second"
        and not LENGTH_OF_A_SECOND.match(m.string, m.end())
    ):
        return None  # "a second consecutive day", "a second A380": an ordinal
    amount = None if word in VAGUE_NUMBERS else _number(word)
    if any(half in text.lower() for half in ("and a half", "and-a-half", " 1/2", "½")):
        amount = (amount or 0) + 0.5
    if text.lower().endswith("-old") or text.lower().endswith(" old"):
        return None  # an age, not a time
    return "DURATION", _duration(amount, found.group(2)), _mod(text)


def r_vague_duration(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    unit = _UNIT_RE.search(m.group(0))
    assert unit is not None
    return "DURATION", _duration(None, unit.group(0)), None


def r_set(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None] | None:
    lower = m.group(0).lower()
    if lower.startswith("a ") and not AMOUNT_BEFORE.search(
        m.string, max(0, m.start() - 40), m.start()
    ):
        return None  # "$55 a night", "twice a week"; not "not a day passes", "about a quarter"
    adverbs = {
        "daily": "P1D",
        "weekly": "P1W",
        "monthly": "P1M",
        "yearly": "P1Y",
        "annually": "P1Y",
        "quarterly": "P3M",
        "hourly": "PT1H",
        "nightly": "P1D",
    }
    if lower in adverbs:
        return "SET", adverbs[lower], None
    if month := _MONTH_RE.fullmatch(lower.split(maxsplit=1)[-1]):
        return "SET", f"XXXX-{_month_number(month.group(0)):02d}", None  # "each July"
    weekday = _WEEKDAY_RE.search(lower)
    if weekday is not None:  # "Tuesdays", "Tuesday nights"
        part = next((code for word, code in PARTS_OF_DAY.items() if word in lower), "")
        return (
            "SET",
            f"XXXX-WXX-{WEEKDAYS[weekday.group(0).lower()] + 1}{'T' + part if part else ''}",
            None,
        )
    for season, code in SEASONS.items():
        if season in lower:  # "summers", "the past three summers"
            return "SET", f"XXXX-{code}", None
    found = _NUM_UNIT_RE.search(lower)
    if found:
        return "SET", _duration(_number(found.group(1)), found.group(2)), None
    unit = lower.split()[-1]
    if unit in PARTS_OF_DAY:
        return "SET", "P1D", None  # "every morning": once a day
    if unit == "weekend":
        return "SET", "XXXX-WXX-WE", None
    return "SET", _duration(1, unit), None


AMOUNT_BEFORE = re.compile(r"(?:\d[\d,.]*(?:\s*(?:%|[A-Za-z]+))?|times|once|twice|thrice)\s+$")


YEAR_ENDED = re.compile(r"\s+(?:ended|ending|that ended|to)\b")


def r_this_period(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    """ "the quarter", "the latest quarter", "the year": in financial news, the period being
    reported, which for a quarter is the last one to have ended."""
    lower = m.group(0).lower()
    if a.day is None:
        return "DATE", None, None
    if lower.endswith("year"):
        if lower in {"the year", "the fiscal year"} and YEAR_ENDED.match(m.string, m.end()):
            return "DURATION", "P1Y", None  # "profit for the year ended June 30": a length
        latest = "latest" in lower or "just-ended" in lower  # the last year reported in full
        return "DATE", str(a.day.year - latest), None
    quarter = (a.day.month - 1) // 3  # 0-based index of the current quarter
    if "current" in lower or lower.startswith("this"):
        return "DATE", f"{a.day.year}-Q{quarter + 1}", None
    previous = quarter - 1
    year = a.day.year + (previous // 4)
    return "DATE", f"{year}-Q{previous % 4 + 1}", None


def r_frequency(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    return "SET", _duration(1, m.group(0).split()[-1]), None


def r_bare_unit(
    m: re.Match[str], a: Anchor, tense: str
) -> tuple[str, str | None, str | None] | None:
    words = m.group("x").lower().split()  # the unit and the word before it, not the article
    unit = words[-1]
    if len(words) > 1 and words[0] not in {
        "financial",
        "fiscal",
        "bad",
        "good",
        "busy",
        "difficult",
        "tough",
        "long",
        "whole",
        "entire",
        "full",
        "single",
        "best",
        "worst",
        "busiest",
        "strongest",
        "weakest",
        "calendar",
    }:
        return None  # "the same day", "the previous week" point at another time
    if unit == "quarter" and (
        m.string.startswith(" of", m.end()) or m.group(0).lower().startswith(("a ", "an "))
    ):
        return None  # "a quarter of the population", "about a quarter, of its dealers"
    return "DURATION", _duration(1, unit), None


RESOLVERS: dict[str, Resolver] = {
    "iso_date": r_iso_date,
    "month_day_year": r_full_date,
    "day_month_year": r_full_date,
    "month_day": r_month_day,
    "paired_day": r_paired_day,
    "day_month": r_month_day,
    "month_year": r_month_year,
    "month_of_relative_year": r_month_of_relative_year,
    "modified_month": r_month,
    "rel_month": r_month,
    "week_of_month": r_week_of_month,
    "bare_month": r_month,
    "season_year": r_season,
    "rel_season": r_season,
    "bare_season": r_season,
    "quarter": r_quarter,
    "half": r_half,
    "decade": r_decade,
    "short_year": r_short_year,
    "century": r_century,
    "fiscal_year": r_fiscal,
    "reporting_period": r_reporting_period,
    "the_day": r_the_day,
    "holiday": r_holiday,
    "modified_year": r_modified_year,
    "year": r_year,
    "spoken_year": r_spoken_year,
    "spoken_month_year": r_spoken_month_year,
    "numeric_date": r_numeric_date,
    "period_end": r_period_end,
    "annual": r_annual,
    "long_adjective": r_long_adjective,
    "today": r_today,
    "part_of_day": r_part_of_day,
    "the_part_of_day": r_the_part_of_day,
    "rel_unit": r_rel_unit,
    "earlier_later": r_earlier_later,
    "the_weekend": r_the_weekend,
    "ago": r_ago,
    "weekday": r_weekday,
    "refs": r_refs,
    "the_same_day": r_relative_anchor,
    "same_period_back": r_relative_anchor,
    "clock": r_clock,
    "clock_day": r_clock_day,
    "past_n": r_past_n,
    "duration": r_duration,
    "vague_duration": r_vague_duration,
    "set": r_set,
    "bare_unit": r_bare_unit,
    "frequency": r_frequency,
    "this_period": r_this_period,
}


_TIME_OF_DAY_RULES = {"clock", "clock_day", "part_of_day", "the_part_of_day"}


def find_times(text: str, published: date | None, doc: Doc | None = None) -> list[Found]:
    """Non-overlapping time expressions in ``text``, longest first where two compete."""
    anchor = Anchor(published)
    candidates: list[tuple[int, int, str, re.Match[str]]] = []
    lines = [line.span() for line in LINE.finditer(text)]  # no time runs across a line
    for name, pattern in COMPILED:
        for match in (m for first, last in lines for m in pattern.finditer(text, first, last)):
            has_x = "x" in pattern.groupindex and match.group("x") is not None
            start, end = match.span("x") if has_x else match.span()
            if end > start:
                candidates.append((start, end, name, match))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken = Taken(len(text))
    found: list[Found] = []
    for start, end, name, match in candidates:
        if not taken.free(start, end):
            continue
        if name == "bare_month" and match.group("x") == "May" and not _may_is_month(text, end):
            continue
        if LOWERCASE_MAY.search(text, start, end):
            continue  # "this may have" is a verb
        if (
            name == "set"
            and doc is not None
            and _is_adjective(doc, start)
            and text[start:end].lower() not in FREQUENT_ADJECTIVES
        ):
            continue  # "quarterly dividend", "annual report": a kind of thing
        tense = direction(doc, start, text)
        try:
            result = RESOLVERS[name](match, anchor, tense)
        except (OverflowError, ValueError):
            # A day before year 1 or after 9999: found, but no value to give it.
            result = ("TIME" if name in _TIME_OF_DAY_RULES else "DATE", None, None)
        if result is None:
            continue
        taken.claim(start, end)
        type_, value, mod = result
        found.append(Found(start, end, type_, value, mod))
    found.sort(key=lambda f: f.start)
    return _resolve_anaphora(found, text, published)


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


def _resolve_anaphora(found: list[Found], text: str, published: date | None) -> list[Found]:
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
            amount = _number(surface[: match.start(1)].strip()) or 1.0
            letter, _ = _unit(match.group(1))
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


def _is_adjective(doc: Doc, start: int) -> bool:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].pos_ == "ADJ"


LOWERCASE_MAY = re.compile(r"\bmay\b")
LINE = re.compile(r"[^\n]+")


def _may_is_month(text: str, end: int) -> bool:
    """ "in May" is a month; "they may" is a verb — the pattern already asks for a preposition."""
    return not text[end : end + 3].strip().startswith(("be", "not"))


def extract_times(doc: Doc, published: str | None) -> list[TimeExpression]:
    day = date.fromisoformat(published[:10]) if published else None
    text = doc_text(doc)
    return [
        TimeExpression(
            id=f"t{index}",
            start=f.start,
            end=f.end,
            text=text[f.start : f.end],
            type=cast(TimeType, f.type),
            value=f.value,
            mod=f.mod,
        )
        for index, f in enumerate(find_times(text, day, doc), start=1)
    ]
