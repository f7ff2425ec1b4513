"""Resolving what counts from the publication date (today, last week, three years ago), clocks,
durations and sets; and ``RESOLVERS``, the resolver of every pattern."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateline.extract.times.calendar import (
    MONTH_RE,
    NUM_UNIT_RE,
    RUN_WORDS,
    STEPS,
    UNIT_RE,
    WEEKDAY_RE,
    Resolver,
    iso_day,
    month_number,
    r_century,
    r_decade,
    r_fiscal,
    r_full_date,
    r_half,
    r_holiday,
    r_iso_date,
    r_modified_year,
    r_month,
    r_month_day,
    r_month_of_relative_year,
    r_month_year,
    r_paired_day,
    r_period_end,
    r_quarter,
    r_reporting_period,
    r_season,
    r_short_year,
    r_spoken_month_year,
    r_spoken_year,
    r_the_day,
    r_week_of_month,
    r_year,
    shift_months,
    weekday_date,
)
from dateline.extract.times.patterns import (
    CLOCK_PATTERN,
    COMPILED,
    PARTS_OF_DAY,
    SEASONS,
    VAGUE_NUMBERS,
    WEEKDAYS,
)
from dateline.extract.times.values import Anchor, duration_value, mod_of, number_value, unit_code

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
    return "DURATION", duration_value(None if unit.endswith("s") else 1, unit), None


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
    return (
        ("TIME", f"{iso_day(day)}TNI", None) if lower == "tonight" else ("DATE", iso_day(day), None)
    )


DAY_STEPS = {"yesterday": -1, "tomorrow": 1, "last": -1, "today": 0, "this": 0}


def r_the_part_of_day(
    m: re.Match[str], a: Anchor, tense: str
) -> tuple[str, str | None, str | None]:
    """ "in the morning": that part of the publication day, or of the day named last (see
    _named_back)."""
    part = PARTS_OF_DAY[m.group("x").split()[-1].lower()]
    return "TIME", f"{iso_day(a.day)}T{part}" if a.day else None, None


def r_part_of_day(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    lower = m.group(0).lower()
    part = next(code for word, code in PARTS_OF_DAY.items() if word in lower)
    if a.day is None:
        return "TIME", None, None
    words = lower.replace("-", " ").split()
    first = next((w for w in words if w in WEEKDAYS or w in DAY_STEPS), words[0])
    if first in WEEKDAYS:
        day = weekday_date(WEEKDAYS[first], a.day, tense, "")
    else:
        day = a.day + timedelta(days=DAY_STEPS.get(first, 0))
    if first == "last" and part == "NI":
        day = a.day - timedelta(days=1)
    return "TIME", f"{iso_day(day)}T{part}", None


def r_rel_unit(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    words = m.group(0).lower().split()
    return _relative_unit(words[0], words[-1], a, tense)


def _relative_unit(
    which: str, unit: str, a: Anchor, tense: str
) -> tuple[str, str | None, str | None]:
    """ "last week", "next month", "this year": a unit counted from the publication date."""
    step = STEPS.get(which, 0)
    if which == "past" and unit in {"week", "month", "year", "decade", "century"}:
        return "DURATION", duration_value(1, unit), None  # "the past year": the year up to now
    if a.day is None:
        return "DATE", None, None
    if unit == "week":
        return "DATE", a.week(a.day + timedelta(weeks=step)), None
    if unit == "weekend":
        return r_weekend_value(a.day, step, tense)
    if unit == "month":
        return "DATE", shift_months(a.day, step), None
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
    found = NUM_UNIT_RE.search(text)
    if found is None:
        return None
    amount = number_value(found.group(1))
    letter, is_time = unit_code(found.group(2))
    lower = text.lower()
    sign = 1 if lower.endswith(("later", "from now")) else -1
    if amount is None and lower.endswith("ago"):
        return "DATE", "PAST_REF", mod_of(text)  # "several years ago": when, not how long
    if lower.endswith(("before", "later")) or a.day is None or amount is None:
        # "two weeks before the vote" stays a length; "a day later" is resolved from the
        # date before it, once all are found (see resolve_anaphora).
        return "DURATION", duration_value(amount, found.group(2)), mod_of(text)
    n = int(amount) * sign
    if is_time:
        return "TIME", None, mod_of(text)
    if not 1 <= a.day.year + n * YEARS_PER_UNIT.get(letter, 0) <= 9999:
        # "60,000 years ago" is before any calendar year TimeML writes
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod_of(text)
    if letter == "D":
        return "DATE", iso_day(a.day + timedelta(days=n)), mod_of(text)
    if letter == "W":
        return "DATE", a.week(a.day + timedelta(weeks=n)), mod_of(text)
    if letter == "M":
        return "DATE", shift_months(a.day, n), mod_of(text)
    if letter == "Y":
        return "DATE", str(a.day.year + n), mod_of(text)
    if letter == "DE":
        return "DATE", str((a.day.year + 10 * n) // 10), mod_of(text)
    return "DATE", None, mod_of(text)


def r_weekday(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    words = m.group(0).lower().split()
    modifier = words[0] if len(words) > 1 else ""
    if a.day is None:
        return "DATE", f"XXXX-WXX-{WEEKDAYS[words[-1]] + 1}", None
    return "DATE", iso_day(weekday_date(WEEKDAYS[words[-1]], a.day, tense, modifier)), None


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
        return "DURATION", duration_value(None, lower.split()[-1]), None
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
    return "TIME", f"{iso_day(a.day)}T{hour:02d}:{minute:02d}{zone}", None


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
    found = NUM_UNIT_RE.search(text)
    unit = UNIT_RE.search(text)
    assert unit is not None
    which = {-1: "last", 1: "next"}.get(STEPS.get(text.lower().split()[-2], 0))
    if found is None and which and unit.group(0).lower() in {"week", "month", "year"}:
        # "the past year", "the next month": the calendar unit before or after, as both
        # corpora date them
        return _relative_unit(which, unit.group(0).lower(), a, tense)
    amount = number_value(found.group(1)) if found else 1.0
    if (found and found.group(1).lower() in VAGUE_NUMBERS) or (
        found is None and unit.group(0).lower().endswith("s")
    ):
        amount = None  # "the past few weeks", "the coming years": a count not given
    return "DURATION", duration_value(amount, unit.group(0)), None


# "a second" is a length only at a clause's end or before what measures by it ("a second
# later", "a second or two"); before anything else it counts ("a second A380", "a second time").
LENGTH_OF_A_SECOND = re.compile(r"\s*(?:$|[.,;:)!?—–-]|\s(?:or|later|ago|earlier|before|after)\b)")


def r_duration(
    m: re.Match[str], a: Anchor, tense: str
) -> tuple[str, str | None, str | None] | None:
    text = m.group(0)
    found = NUM_UNIT_RE.search(RUN_WORDS.sub("", text))  # "six straight days" → "six days"
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
    amount = None if word in VAGUE_NUMBERS else number_value(word)
    if any(half in text.lower() for half in ("and a half", "and-a-half", " 1/2", "½")):
        amount = (amount or 0) + 0.5
    if text.lower().endswith("-old") or text.lower().endswith(" old"):
        return None  # an age, not a time
    return "DURATION", duration_value(amount, found.group(2)), mod_of(text)


def r_vague_duration(m: re.Match[str], a: Anchor, tense: str) -> tuple[str, str | None, str | None]:
    unit = UNIT_RE.search(m.group(0))
    assert unit is not None
    return "DURATION", duration_value(None, unit.group(0)), None


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
    if month := MONTH_RE.fullmatch(lower.split(maxsplit=1)[-1]):
        return "SET", f"XXXX-{month_number(month.group(0)):02d}", None  # "each July"
    weekday = WEEKDAY_RE.search(lower)
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
    found = NUM_UNIT_RE.search(lower)
    if found:
        return "SET", duration_value(number_value(found.group(1)), found.group(2)), None
    unit = lower.split()[-1]
    if unit in PARTS_OF_DAY:
        return "SET", "P1D", None  # "every morning": once a day
    if unit == "weekend":
        return "SET", "XXXX-WXX-WE", None
    return "SET", duration_value(1, unit), None


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
    return "SET", duration_value(1, m.group(0).split()[-1]), None


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
    return "DURATION", duration_value(1, unit), None


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
