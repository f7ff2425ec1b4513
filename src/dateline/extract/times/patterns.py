"""The words and patterns time expressions are found by: month and weekday names, numbers,
units, modifiers and one regular expression per kind of expression, compiled once."""

from __future__ import annotations

import re

from dateline.extract.numbers import CARDINALS

# --- words -----------------------------------------------------------------------------------
MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
NUMBER_WORDS = {**CARDINALS, "a": 1, "an": 1, "a couple of": 2, "couple of": 2}
VAGUE_NUMBERS = {"several", "a few", "few", "many", "some", "the past few", "a number of"}
UNITS = {  # unit word → (TimeML unit letter, is a time unit)
    "second": ("S", True),
    "minute": ("M", True),
    "hour": ("H", True),
    "day": ("D", False),
    "week": ("W", False),
    "month": ("M", False),
    "year": ("Y", False),
    "decade": ("DE", False),
    "century": ("CE", False),
    "quarter": ("Q", False),
    "fortnight": ("W", False),
    "hr": ("H", True),
    "min": ("M", True),
    "sec": ("S", True),
    "yr": ("Y", False),
}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "last": 4,
    "final": 4,
}
MODS = {
    "early": "START",
    "the beginning of": "START",
    "the start of": "START",
    "the end of": "END",
    "late": "END",
    "mid": "MID",
    "the middle of": "MID",
    "about": "APPROX",
    "around": "APPROX",
    "some": "APPROX",
    "roughly": "APPROX",
    "nearly": "EQUAL_OR_LESS",
    "almost": "EQUAL_OR_LESS",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "less than": "LESS_THAN",
    "under": "LESS_THAN",
    "at least": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS",
}
FUTURE_MARKERS = {"will", "'ll", "shall", "wo"}
FUTURE_PHRASES = re.compile(
    r"\b(?:is|are|was|were)\s+(?:to|due to|set to|expected to|scheduled to|slated to|going to|"
    r"planning to|poised to)\b|\b(?:plans?|aims?|hopes?|intends?)\s+to\b|"
    r"\b(?:is|are)\s+(?:expected|due|scheduled|slated|set)\b",  # "is expected in January"
    re.I,
)

# --- patterns --------------------------------------------------------------------------------
MONTH_NAME_PATTERN = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
MONTH_PATTERN = MONTH_NAME_PATTERN + r"\.?"
WEEKDAY_PATTERN = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
TENS_PATTERN = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
ONES_PATTERN = r"(?:one|two|three|four|five|six|seven|eight|nine)"
TEENS_PATTERN = (
    r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
NUM_PATTERN = (
    rf"(?:(?<![\d,.])\d+(?:,\d{{3}})*(?:\.\d+)?(?![\d,])|{TENS_PATTERN}(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"(?:a\s+)?couple of|a dozen|a few|several|few|many|a|an|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)"
)
SPOKEN_YEAR_PATTERN = (
    rf"(?:[Nn]ineteen|[Tt]wenty)[- ](?:{TEENS_PATTERN}|{TENS_PATTERN}(?:[- ]{ONES_PATTERN})?)\b"
)
YEAR_TWO_THOUSAND = (
    rf"two thousand(?: and {ONES_PATTERN})?\b"  # a year only after "the year" or a month
)
# "the same month a year ago", "the corresponding period last year", "the quarter a year
# earlier", "last year's quarter": the period named last, a year back
SAME_PERIOD_BACK_PATTERN = (
    r"\bthe (?:(?:same|corresponding|comparable) )?(?:month|period|quarter)\s+(?:a year (?:ago|earlier)|last year)\b"
    r"|\blast year's (?:month|period|quarter)\b"
)
# with the abbreviations of scraped and transcribed copy ("3 hrs", "45 mins", "10 yrs")
UNIT_PATTERN = (
    r"(?:(?:second|minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ie))s?"
    r"|(?<![A-Za-z])(?:hr|min|sec|yr)s?(?![A-Za-z]))"
)
# "two consecutive quarters": a quarter is a length of time only in a run of them.
RUN_OF_QUARTERS = (
    r"(?:(?<=consecutive )|(?<=straight )|(?<=successive ))quarters?|quarters(?!\s+of\b)"
)
MOD_PATTERN = (
    r"(?:(?:more than|less than|at least|up to|nearly|almost|about|around|roughly|over|some)\s+)?"
)
YEAR_PATTERN = r"(?:1[6-9]\d\d|20\d\d)"
ZONE_PATTERN = r"(?:GMT|UTC|EST|EDT|CET|BST)"
CLOCK_PATTERN = rf"\b(?:(?<![\d.,])\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\d{{1,2}}:\d{{2}}(?:\s*{ZONE_PATTERN})?|(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|UTC)\b|\d{{1,2}}(?::\d{{2}})?\s+in the (?:morning|afternoon|evening)\b|noon|midday|midnight)"
PART_PATTERN = r"(?:morning|afternoon|evening|night)"

PATTERNS: list[tuple[str, str]] = [
    # absolute dates
    ("iso_date", rf"\b{YEAR_PATTERN}-\d{{2}}-\d{{2}}\b"),
    (
        "month_day_year",
        rf"\b(?:{WEEKDAY_PATTERN},?\s+)?{MONTH_PATTERN}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{YEAR_PATTERN}\b",
    ),
    (
        "day_month_year",
        rf"\b(?:{WEEKDAY_PATTERN},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_PATTERN},?\s+{YEAR_PATTERN}\b",
    ),
    # "April 24 and 25": the second day of the pair
    (
        "paired_day",
        rf"\b{MONTH_PATTERN}\s+\d{{1,2}}\s+(?:and|or)\s+(?P<x>\d{{1,2}})\b(?!\s*,?\s*\d)",
    ),
    (
        "month_day",
        rf"\b(?:{WEEKDAY_PATTERN},?\s+)?{MONTH_PATTERN}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*,?\s*\d)",
    ),
    (
        "day_month",
        rf"\b(?:{WEEKDAY_PATTERN},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_PATTERN}\b(?!\s*,?\s*\d)",
    ),
    ("month_year", rf"\b(?:(?:early|mid|late)[- ])?{MONTH_PATTERN},?\s+(?:of\s+)?{YEAR_PATTERN}\b"),
    # "June last year", "January this year" ("October of next year" is two, as MEANTIME has it)
    ("month_of_relative_year", rf"\b{MONTH_PATTERN}\s+(?:last|this|next)\s+year\b"),
    (
        "modified_month",
        rf"\b(?:early|mid|late|(?:the\s+)?(?:beginning|start|end|middle)\s+of)[- ]{MONTH_PATTERN}\b",
    ),
    (
        "week_of_month",
        rf"\b(?:the\s+)?(?:first|second|third|fourth|last|final)\s+week\s+of\s+{MONTH_PATTERN}(?:,?\s+{YEAR_PATTERN})?\b",
    ),
    ("rel_month", rf"\b(?:last|next|this|past|coming)\s+{MONTH_PATTERN}\b(?!\.?\s*\d)"),
    (
        "bare_month",
        rf"\b(?i:in|since|by|until|till|during|from|of|to|before|after|through|and|or|between|early|late|mid|last|next|this|the|a|an|its|their|his|her|our|for|on)[ -](?P<x>{MONTH_PATTERN})\b(?!\s*\d)",
    ),
    (
        "season_year",
        rf"\b(?:(?:early|mid|late)[- ])?(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?{YEAR_PATTERN}\b",
    ),
    (
        "rel_season",
        r"\b(?:last|next|this(?: past| coming)?|past|coming)\s+(?:spring|summer|autumn|fall|winter)\b",
    ),
    # "fall" alone is too often the verb or the noun of a price.
    ("bare_season", r"\b(?:spring|summer|autumn|winter)\b(?!-)"),
    (
        "this_period",
        r"\b(?:the|this|that)\s+(?:(?:latest|current|same|most recent|just-ended|recent|full|fiscal)\s+){0,2}(?:quarter|year)\b(?![- ](?:ago|earlier|before|later))",
    ),
    (
        "quarter",
        rf"\b(?:the\s+)?(?:(?:{YEAR_PATTERN}|year-ago|year-earlier|(?:last|next|this)\s+year's)\s+)?(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+(?:of\s+)?{YEAR_PATTERN}|\s+of\s+(?:last|next|this)\s+year)?\b|\bQ[1-4](?:\s+{YEAR_PATTERN})?\b",
    ),
    (
        "half",
        rf"\b(?:the\s+)?(?:(?:first|second|last)\s+half|(?:first|last) two quarters)\s+(?:of\s+)?(?:(?:this|last|next)\s+year|{YEAR_PATTERN})\b|\b(?:the\s+)?(?:first|second)\s+half\b(?!\s+of\s+(?:the|a)\b)",
    ),
    (
        "decade",
        r"\b(?:the\s+)?(?:early\s+|mid-|late\s+)?(?:(?:1[6-9]|20)\d0s|['’]\d0s)\b"
        r"|\bthe\s+(?:early\s+|mid-|late\s+)?[2-9]0s\b|(?<=0s and )[2-9]0s\b"  # "the 70s and 80s"
        # "the 1990's", "the 80’s": with "the", no year's possession ("1990's budget")
        r"|\bthe\s+(?:early\s+|mid-|late\s+)?(?:(?:1[6-9]|20)\d0|[2-9]0)['’]s\b"
        r"|\bthe\s+(?:early\s+|mid-|late\s+)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
    ),
    ("short_year", r"\b(?:since|in|of) (?P<x>['’]\d\d)\b"),  # "since '82", "since ’82"
    (
        "century",
        r"\b(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)\s+century\b",
    ),
    ("fiscal_year", rf"\b(?:fiscal|financial)\s+(?:year\s+)?{YEAR_PATTERN}\b"),
    (
        "the_day",
        r"\b(?:on|during|for|in|late in|early in|over|end(?:ed|ing)?|finish(?:ed|ing)?|clos(?:e|ed|ing)|start(?:ed|ing)?)\s+(?P<x>the day)\b(?!\s+(?:of|when)\b|\s+(?:before|after)\s+(?!\w+ing\b))",
    ),
    (
        "reporting_period",
        rf"\b(?:the\s+)?(?:year-earlier|year-ago|latest|comparable|same|{YEAR_PATTERN})\s+(?:period|quarter)\b|\byear-(?:earlier|ago)\b",
    ),
    (
        "holiday",
        rf"\b(?:(?:last|next|this)\s+)?(?:Thanksgiving(?:\s+Day)?|Christmas(?:\s+(?:Day|Eve))?|New Year's(?:\s+(?:Day|Eve))?|Independence Day|Election Day|Halloween|Valentine's Day)(?:\s+{YEAR_PATTERN})?\b",
    ),
    (
        "modified_year",
        rf"\b(?:(?:early|mid|late)[- ]|(?:the\s+)?(?:beginning|start|end|middle)\s+of\s+){YEAR_PATTERN}\b",
    ),
    # "nineteen ninety-six", "the year two thousand" (broadcast transcripts write years out)
    ("spoken_year", rf"\b(?:[Tt]he year )?{SPOKEN_YEAR_PATTERN}|\b[Tt]he year {YEAR_TWO_THOUSAND}"),
    # "March nineteen eighty-one", "the summer of nineteen seventy-two"
    (
        "spoken_month_year",
        rf"\b(?:{MONTH_PATTERN}|(?:[Tt]he )?(?:spring|summer|autumn|fall|winter) of) (?:{SPOKEN_YEAR_PATTERN}|{YEAR_TWO_THOUSAND})",
    ),
    (
        "period_end",
        r"\b(?:(?:the\s+)?(?:beginning|start|end|middle)\s+of\s+(?:the|this|next|last)\s+(?:year|month|week|day)|year[- ]end|year's end)\b",
    ),
    # "annual profit", "the annual conference": per year (MEANTIME marks them; TimeBank does not)
    ("annual", r"\bannual\b"),
    (
        "long_adjective",
        r"\b(?:(?:decades|years|months|weeks|days|hours|day|week|month|year)-long|single-day)\b",
    ),
    ("numeric_date", r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])"),
    (
        "year",
        rf"(?:(?<=\bpost-)|(?<=\bpre-)|(?<![\d$£€.,-])){YEAR_PATTERN}(?![\d%]|[.,]\d|-\d|\s*(?:percent|per cent|%|people|troops|units|tonnes|tons|kilometres|miles|dollars|euros|votes|seats|members))",
    ),
    # relative dates
    (
        "today",
        r"\b(?:today|yesterday|tomorrow|tonight|the day before yesterday|the day after tomorrow)\b",
    ),
    (
        "part_of_day",
        rf"\b(?:this|last|yesterday|tomorrow)\s+{PART_PATTERN}\b|\b{WEEKDAY_PATTERN}\s+{PART_PATTERN}\b"
        rf"|\b(?:early|late|mid)[- ]?(?:morning|afternoon|evening)(?:\s+(?:yesterday|today|tomorrow|{WEEKDAY_PATTERN}))?\b",
    ),
    # "dealers bought in the morning": a part of the day being reported
    (
        "the_part_of_day",
        r"\b(?:in|during|by|through)\s+(?P<x>the\s+(?:morning|afternoon|evening))\b(?!\s+(?:of|after|before)\b)",
    ),
    (
        "rel_unit",
        r"\b(?:last|next|this|past|coming|previous|following|current)\s+(?:week|month|year|weekend|quarter|decade|century)\b",
    ),
    (
        "earlier_later",
        r"\b(?:earlier|later)\s+(?:this|that|in the|last|next)\s+(?:week|month|year|quarter|decade|century)\b",
    ),
    ("the_weekend", r"\b(?:the|this|last|next)\s+weekend\b"),
    ("ago", rf"\b{MOD_PATTERN}{NUM_PATTERN}\s+{UNIT_PATTERN}\s+(?:ago|earlier|later|from now)\b"),
    ("weekday", rf"\b(?:(?:last|next|this|coming|past)\s+)?{WEEKDAY_PATTERN}\b"),
    (
        "refs",
        r"\b(?:now|currently|at present|nowadays|these days|recently|lately|in recent (?:days|weeks|months|years)|in the past|in the future|the future|the past|formerly|previously|soon|shortly|once|sometimes|at the moment|right now|for now|at this time|the time being|the (?:near|long|short) term|the (?:near|distant|foreseeable|immediate) future|a later date|as soon as possible|(?<=for )a while|(?<!-)(?:recent|current)(?=\s+[a-z]))\b",
    ),
    ("same_period_back", SAME_PERIOD_BACK_PATTERN),
    (
        "the_same_day",
        r"(?<!\d )\b(?:(?:the|that) same (?:day|week|month|year)|that (?:day|week|month|year)|the (?:next|following) (?:day|morning)|the following (?:week|month|year)|the previous (?:day|week|month|year)|the year (?:before|previous)|the day before|a day later|days later|weeks later|months later|years later|the day after(?!\s+\w+ing\b))\b",
    ),
    # times of day
    (
        "clock_day",
        rf"\b(?P<clock>{CLOCK_PATTERN})(?:\s+(?:local time|{ZONE_PATTERN}))?,?\s+(?:on\s+)?(?P<day>{WEEKDAY_PATTERN}|today|tomorrow|yesterday|{MONTH_PATTERN}\s+\d{{1,2}}\b)",
    ),
    ("clock", CLOCK_PATTERN),
    # durations
    (
        "past_n",
        rf"\b(?:the\s+)?(?:past|last|next|coming|previous|first|final)\s+(?:{NUM_PATTERN}\s+)?(?:(?:trading|business|working)\s+)?(?:{UNIT_PATTERN}|quarters)\b(?!\s+of\s+{MONTH_PATTERN})",
    ),
    (
        "duration",
        rf"\b{MOD_PATTERN}{NUM_PATTERN}(?:[- ]and[- ]a[- ]half|\s1/2|½)?[- ](?:(?:consecutive|straight|successive|trading|business|working|more|additional|extra|further)\s+)?(?:{UNIT_PATTERN}|{RUN_OF_QUARTERS})(?:[- ]long|[- ]old|\s+and\s+a\s+half)?\b",
    ),
    (
        "vague_duration",
        r"(?<!thousand )(?<!million )(?<!billion )(?<!\d )\b(?:years|decades|months|weeks|days|hours|centuries)\b(?=\s+(?:of|ago|later|earlier|before|after|to come)\b)|\b(?:for|over|in|within|after)\s+(?:(?:just|only)\s+)?(?P<x>years|decades|months|weeks|days|hours|minutes|centuries)\b|\bover the years\b|\bthe (?:years|decades|months|weeks|days|hours) ahead\b",
    ),
    # sets
    (
        "frequency",
        r"\b(?:once|twice|three times|four times|several times|\d+ times)\s+(?:a|an|per|each)\s+(?:day|week|month|year|quarter)\b",
    ),
    (
        "set",
        rf"\b(?:every|each)\s+{MONTH_NAME_PATTERN}\b(?!\.?\s*\d)|\b(?:every|each|per|a)\s+(?:{WEEKDAY_PATTERN}|day|week|month|year|morning|evening|night|weekend|quarter)\b(?!\s+of\b)|\b(?:daily|weekly|monthly|yearly|annually|quarterly|hourly|nightly)\b|\b(?:every|each)\s+(?:{NUM_PATTERN}\s+)?{UNIT_PATTERN}\b|\b(?:(?:the\s+)?(?:past|last)\s+{NUM_PATTERN}\s+)?(?:winters|summers|springs|autumns|{WEEKDAY_PATTERN}s)\b|\b{WEEKDAY_PATTERN}s?\s+(?:mornings|afternoons|evenings|nights)\b",
    ),
    # a bare unit used as a length of time ("another very bad week")
    (
        "bare_unit",
        r"\b(?:a|an|the|this|that|another|its|his|her|their|our)\s+(?P<x>(?:[a-z]+\s+)?(?:week|month|year|decade|day|quarter))\b",
    ),
]
COMPILED = [
    (
        name,
        re.compile(
            pattern,
            re.I
            if name not in {"year", "bare_month", "weekday", "spoken_year", "spoken_month_year"}
            else 0,
        ),
    )
    for name, pattern in PATTERNS
]


# --- prechecks -------------------------------------------------------------------------------
# The words without one of which a pattern cannot match: a line is scanned with the pattern
# only where the lower-cased line holds one of them as a whole run of letters. Each is a word
# the pattern matches whole (never beside another letter), so that no line the pattern matches
# is skipped. Patterns whose words run into digits or into other words, and those that need
# digits rather than words (years, clocks), are prechecked by a regular expression instead.
_MONTH_WORDS = frozenset(MONTHS)
_SEASON_WORDS = frozenset(SEASONS)
_SPOKEN_YEAR_WORDS = frozenset({"nineteen", "twenty", "thousand"})
_BOUNDARY_WORDS = frozenset({"beginning", "start", "end", "middle"})
_UNIT_WORDS = frozenset(UNITS) | {"centurie"}  # "centuries"
_EARLY_LATE_MID = ("early", "late", "mid")
PRECHECK_WORDS: dict[str, frozenset[str]] = {
    **{
        name: _MONTH_WORDS
        for name in (
            "month_day_year",
            "day_month_year",
            "paired_day",
            "month_day",
            "day_month",
            "month_year",
            "month_of_relative_year",
            "modified_month",
            "week_of_month",
            "rel_month",
            "bare_month",
        )
    },
    "season_year": _SEASON_WORDS,
    "rel_season": _SEASON_WORDS,
    "bare_season": _SEASON_WORDS,
    "this_period": frozenset({"quarter", "year"}),
    "quarter": frozenset({"quarter", "q"}),  # "Q3"
    "half": frozenset({"half", "quarters"}),
    "century": frozenset({"century"}),
    "fiscal_year": frozenset({"fiscal", "financial"}),
    "the_day": frozenset({"day"}),
    "reporting_period": frozenset({"period", "quarter", "earlier", "ago"}),
    "holiday": frozenset(
        {"thanksgiving", "christmas", "new", "independence", "election", "halloween"}
        | {"valentine"}
    ),
    "modified_year": frozenset(_EARLY_LATE_MID) | _BOUNDARY_WORDS,
    "spoken_year": _SPOKEN_YEAR_WORDS,
    "spoken_month_year": _SPOKEN_YEAR_WORDS,
    "period_end": _BOUNDARY_WORDS,  # "year-end", "year's end" too
    "annual": frozenset({"annual"}),
    "long_adjective": frozenset({"long", "single"}),
    "today": frozenset({"today", "yesterday", "tomorrow", "tonight"}),
    "part_of_day": frozenset(PARTS_OF_DAY)  # "midmorning", "late-afternoon", "early evening"
    | {lead + part for lead in _EARLY_LATE_MID for part in ("morning", "afternoon", "evening")},
    "the_part_of_day": frozenset({"morning", "afternoon", "evening"}),
    "rel_unit": frozenset({"week", "month", "year", "weekend", "quarter", "decade", "century"}),
    "earlier_later": frozenset({"earlier", "later"}),
    "the_weekend": frozenset({"weekend"}),
    "ago": frozenset({"ago", "earlier", "later", "now"}),
    "weekday": frozenset(WEEKDAYS),
    "same_period_back": frozenset({"year"}),
    "the_same_day": frozenset({"day", "week", "month", "year", "morning", "later"}),
    "past_n": frozenset({"past", "last", "next", "coming", "previous", "first", "final"}),
    "duration": _UNIT_WORDS | {unit + "s" for unit in _UNIT_WORDS},
    "vague_duration": frozenset(
        {"years", "decades", "months", "weeks", "days", "hours", "minutes", "centuries"}
    ),
    "frequency": frozenset({"once", "twice", "times"}),
    "bare_unit": frozenset({"week", "month", "year", "decade", "day", "quarter"}),
    # "these days", "at the moment", "for the time being", "the near term", "a later date",
    # "for a while": each phrase by its last word
    "refs": frozenset(
        {"now", "currently", "present", "nowadays", "days", "recently", "lately", "recent"}
        | {"past", "future", "formerly", "previously", "soon", "shortly", "once", "sometimes"}
        | {"moment", "time", "term", "date", "while", "current"}
    ),
    # "every May", "each Monday", "a week", "daily", "summers", "Sunday mornings": for each
    # alternative, the word it cannot do without
    "set": frozenset({"every", "each", "weekend", "quarter"})
    | frozenset(WEEKDAYS)
    | {weekday + "s" for weekday in WEEKDAYS}
    | {"day", "week", "month", "year", "morning", "evening", "night"}
    | {"daily", "weekly", "monthly", "yearly", "annually", "quarterly", "hourly", "nightly"}
    | {"winters", "summers", "springs", "autumns", "mornings", "afternoons", "evenings", "nights"},
}
_HAS_YEAR = re.compile(YEAR_PATTERN)
PRECHECK_PATTERNS: dict[str, re.Pattern[str]] = {
    "year": _HAS_YEAR,
    "iso_date": _HAS_YEAR,
    "clock": re.compile(r"\d|noon|midday|midnight"),
    "decade": re.compile(r"\d0['’]?s|ties"),  # "the 1990s", "the '80s", "the seventies"
    "short_year": re.compile(r"['’]\d\d"),
    "numeric_date": re.compile(r"\d/\d"),
    # the day may run on into another word ("8 p.m. Mondays"): its name is enough
    "clock_day": re.compile(
        "|".join([*WEEKDAYS, "today", "tomorrow", "yesterday"])
        + f"|(?:{'|'.join(MONTHS)})(?![a-z])"
    ),
}
LETTER_RUN = re.compile("[a-z]+")

# Letters that match an ASCII letter when case is ignored but are not one (the dotted and the
# dotless I, the long s, the Kelvin sign) are read as that letter, so that the lower-cased text
# the prechecks search and the month and weekday names the values are read from hold what the
# patterns matched. Each is one character for one: every offset holds.
FOLDS_TO_ASCII = str.maketrans({"\u0130": "I", "\u0131": "i", "\u017f": "s", "\u212a": "K"})
