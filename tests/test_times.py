"""Time expressions against an article of Wednesday 2021-03-10 (ISO week 10)."""

from __future__ import annotations

import pytest

from dateline import analyze
from dateline.model import TimeExpression

PUBLISHED = "2021-03-10"


def times_of(text: str, published: str | None = PUBLISHED) -> list[TimeExpression]:
    return analyze(text, published=published, verbatim=True).times


def one(text: str, published: str | None = PUBLISHED) -> tuple[str, str, str | None, str | None]:
    (time,) = times_of(text, published)
    return time.text, time.type, time.value, time.mod


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Friday, when the ministers sign the accord, markets will rally.",
            ("Friday", "DATE", "2021-03-12", None),
        ),
        ("The ministers signed the accord on Friday.", ("Friday", "DATE", "2021-03-05", None)),
        ("The ministers will meet in Geneva on Friday.", ("Friday", "DATE", "2021-03-12", None)),
        ("The summit is to take place next Tuesday.", ("next Tuesday", "DATE", "2021-03-16", None)),
        ("He resigned last Monday.", ("last Monday", "DATE", "2021-03-08", None)),
        ("The deal was signed in January.", ("January", "DATE", "2021-01", None)),
        ("The deal was signed in May.", ("May", "DATE", "2020-05", None)),
        ("Elections will be held in May.", ("May", "DATE", "2021-05", None)),
    ],
)
def test_times_tense_decides_direction(
    text: str, expected: tuple[str, str, str | None, str | None]
) -> None:
    assert one(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks resume next week.", ("next week", "DATE", "2021-W11", None)),
        ("Prices rose last week.", ("last week", "DATE", "2021-W09", None)),
        ("Prices rose last month.", ("last month", "DATE", "2021-02", None)),
        ("Prices will rise next month.", ("next month", "DATE", "2021-04", None)),
        ("Growth slowed this year.", ("this year", "DATE", "2021", None)),
        ("He arrived yesterday.", ("yesterday", "DATE", "2021-03-09", None)),
        ("She leaves tomorrow.", ("tomorrow", "DATE", "2021-03-11", None)),
        ("The ship sank two days ago.", ("two days ago", "DATE", "2021-03-08", None)),
        ("The talks collapsed last weekend.", ("last weekend", "DATE", "2021-W09-WE", None)),
        ("The rally is planned for this weekend.", ("this weekend", "DATE", "2021-W10-WE", None)),
        ("He spoke this morning.", ("this morning", "TIME", "2021-03-10TMO", None)),
        ("She will speak this evening.", ("this evening", "TIME", "2021-03-10TEV", None)),
        ("The vote closes at 3 p.m.", ("3 p.m.", "TIME", "2021-03-10T15:00", None)),
        ("Polls close at 9.30pm.", ("9.30pm", "TIME", "2021-03-10T21:30", None)),
        ("Trading resumed at 16:15 UTC.", ("16:15 UTC", "TIME", "2021-03-10T16:15Z", None)),
        (
            "The law came into force on March 3, 2021.",
            ("March 3, 2021", "DATE", "2021-03-03", None),
        ),
        (
            "Output fell in the third quarter of 2020.",
            ("the third quarter of 2020", "DATE", "2020-Q3", None),
        ),
        ("Third-quarter profit fell.", ("Third-quarter", "DATE", "2020-Q3", None)),
        (
            "Sales rose in the first half of 2020.",
            ("the first half of 2020", "DATE", "2020-H1", None),
        ),
        ("Rain fell in summer 2019.", ("summer 2019", "DATE", "2019-SU", None)),
        ("The plan dates from the 1990s.", ("the 1990s", "DATE", "199", None)),
        ("It was built in the 19th century.", ("the 19th century", "DATE", "18", None)),
        ("The war ended in 1945.", ("1945", "DATE", "1945", None)),
    ],
)
def test_times_values(text: str, expected: tuple[str, str, str | None, str | None]) -> None:
    assert one(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks lasted two weeks.", ("two weeks", "DURATION", "P2W", None)),
        ("He served five years in prison.", ("five years", "DURATION", "P5Y", None)),
        # the abbreviations of scraped and transcribed copy
        ("The flight took 3 hrs.", ("3 hrs", "DURATION", "PT3H", None)),
        ("The ride lasts 45 mins.", ("45 mins", "DURATION", "PT45M", None)),
        ("He served 10 yrs in jail.", ("10 yrs", "DURATION", "P10Y", None)),
        ("The flight took about two hours.", ("about two hours", "DURATION", "PT2H", "APPROX")),
        (
            "Unemployment fell over the past three months.",
            ("the past three months", "DURATION", "P3M", None),
        ),
        (
            "The siege lasted more than a decade.",
            ("more than a decade", "DURATION", "P10Y", "MORE_THAN"),
        ),
        ("The board meets every week.", ("every week", "SET", "P1W", None)),
        ("Inspectors visit twice a year.", ("twice a year", "SET", "P1Y", None)),
        ("The market is open every Monday.", ("every Monday", "SET", "XXXX-WXX-1", None)),
        ("Floods hit the region in winters.", ("winters", "SET", "XXXX-WI", None)),
    ],
)
def test_times_durations_and_sets(
    text: str, expected: tuple[str, str, str | None, str | None]
) -> None:
    assert one(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Prices are high now.", "PRESENT_REF"),
        ("Prices rose recently.", "PAST_REF"),
        ("These days prices are high.", "PRESENT_REF"),
        ("Prices may fall in the future.", "FUTURE_REF"),
    ],
)
def test_times_references(text: str, value: str) -> None:
    assert one(text)[2] == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices rose in early March.", ("early March", "DATE", "2021-03", "START")),
        ("Prices rose in late 2020.", ("late 2020", "DATE", "2020", "END")),
        (
            "The deal collapsed at the end of February.",
            ("the end of February", "DATE", "2021-02", "END"),
        ),
        ("The talks began in mid-January.", ("mid-January", "DATE", "2021-01", "MID")),
        ("The talks began at the start of 2020.", ("the start of 2020", "DATE", "2020", "START")),
        (
            "The vote took less than an hour.",
            ("less than an hour", "DURATION", "PT1H", "LESS_THAN"),
        ),
        (
            "The siege lasted nearly two weeks.",
            ("nearly two weeks", "DURATION", "P2W", "EQUAL_OR_LESS"),
        ),
    ],
)
def test_times_mods(text: str, expected: tuple[str, str, str | None, str | None]) -> None:
    assert one(text) == expected


def test_times_march_the_verb_and_may_the_modal_are_not_months() -> None:
    assert times_of("Thousands may march on parliament, and they march again.") == []


def test_times_without_publication_date_keep_extent_and_type() -> None:
    (time,) = times_of("The ministers signed the accord last week.", published=None)
    assert (time.text, time.type, time.value) == ("last week", "DATE", None)
    (year,) = times_of("The war ended in 1945.", published=None)
    assert year.value == "1945"


def test_times_spans_index_the_text() -> None:
    text = "Talks resume next week; they broke down on Friday after five years of work."
    for time in times_of(text):
        assert text[time.start : time.end] == time.text


def test_times_relative_to_another_time() -> None:
    times = times_of("The treaty was signed on March 3, 2021. A day later, the troops withdrew.")
    assert [(t.text, t.value) for t in times] == [
        ("March 3, 2021", "2021-03-03"),
        ("A day later", "2021-03-04"),
    ]
    quarter = times_of("Profit rose in the third quarter of 2020 from a year earlier.")
    assert [(t.text, t.value) for t in quarter] == [
        ("the third quarter of 2020", "2020-Q3"),
        ("a year earlier", "2019-Q3"),
    ]


def test_times_before_an_event_stays_a_duration() -> None:
    assert one("The ballots were printed two weeks before the vote.") == (
        "two weeks",
        "DURATION",
        "P2W",
        None,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Stores opened early on Thanksgiving Day.",
            ("Thanksgiving Day", "DATE", "2020-11-26", None),
        ),
        ("Sales fell last Christmas.", ("last Christmas", "DATE", "2020-12-25", None)),
    ],
)
def test_times_holidays(text: str, expected: tuple[str, str, str | None, str | None]) -> None:
    assert one(text) == expected


def test_times_year_earlier_period_follows_the_quarter() -> None:
    times = times_of("Profit in the fourth quarter of 2020 beat the year-earlier quarter.")
    assert [(t.text, t.value) for t in times] == [
        ("the fourth quarter of 2020", "2020-Q4"),
        ("the year-earlier quarter", "2019-Q4"),
    ]


def test_times_the_day_being_reported() -> None:
    assert one("Shares closed 3 percent higher on the day.") == (
        "the day",
        "DATE",
        "2021-03-10",
        None,
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # The nearest occurrence, unless the tense points the other way.
        ("The dividend is payable April 2.", "2021-04-02"),
        ("The board has set March 25 as the deadline for bids.", "2021-03-25"),
        ("The company cut jobs on Dec. 15.", "2020-12-15"),
        ("Ratification is expected in January.", "2022-01"),
        ("The vote is in May.", "2021-05"),
    ],
)
def test_times_month_without_year_nearest_or_by_tense(text: str, value: str) -> None:
    (time,) = [t for t in times_of(text) if t.type == "DATE"]
    assert time.value == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profit rose in the 2019 second quarter.", ("the 2019 second quarter", "2019-Q2")),
        (
            "Sales fell from the year-ago fourth quarter.",
            ("the year-ago fourth quarter", "2019-Q4"),
        ),
        (
            "Orders will pick up in next year's first quarter.",
            ("next year's first quarter", "2022-Q1"),
        ),
    ],
)
def test_times_quarter_with_its_year(text: str, expected: tuple[str, str]) -> None:
    (time,) = times_of(text)
    assert (time.text, time.value) == expected


def test_times_year_ago_compares_with_the_quarter_not_with_itself() -> None:
    values = [
        t.value
        for t in times_of(
            "Net income rose in the fourth quarter from the year-earlier period. "
            "Revenue was flat from a year ago."
        )
    ]
    assert values == ["2020-Q4", "2019-Q4", "2019-Q4"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polls open at 9 a.m. Friday.", ("9 a.m. Friday", "TIME", "2021-03-12T09:00", None)),
        (
            "Bids are due by 5 p.m. EST March 12.",
            ("5 p.m. EST March 12", "TIME", "2021-03-12T17:00", None),
        ),
    ],
)
def test_times_clock_on_a_named_day(
    text: str, expected: tuple[str, str, str | None, str | None]
) -> None:
    assert one(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Analysts blame the recent downturn.", ("recent", "DATE", "PAST_REF", None)),
        ("Under current rules, exports are banned.", ("current", "DATE", "PRESENT_REF", None)),
        ("Growth should return in the near term.", ("the near term", "DATE", "FUTURE_REF", None)),
        (
            "Rates will stay low for the time being.",
            ("the time being", "DATE", "PRESENT_REF", None),
        ),
        ("The Dow ended the day 40 points lower.", ("the day", "DATE", "2021-03-10", None)),
        ("The company closed the plant in summer.", ("summer", "DATE", "2020-SU", None)),
        ("The plant will reopen in autumn.", ("autumn", "DATE", "2021-FA", None)),
    ],
)
def test_times_references_days_and_seasons(
    text: str, expected: tuple[str, str, str | None, str | None]
) -> None:
    assert one(text) == expected


def test_times_compound_adjectives_are_not_references() -> None:
    assert times_of("The above-current threshold applies.") == []


def test_times_a_plan_points_ahead_whatever_its_tense() -> None:
    (time,) = times_of("Farmers planned a big march in Lyon on Saturday.")
    assert (time.text, time.value) == ("Saturday", "2021-03-13")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The boxy cars of the 70s are back.", ("the 70s", "DATE", "197", None)),
        ("The index is at its lowest since '82.", ("'82", "DATE", "1982", None)),
        ("The index is at its lowest since ’82.", ("’82", "DATE", "1982", None)),  # curly mark
        ("Synth pop ruled the ’80s charts.", ("the ’80s", "DATE", "198", None)),
        ("Rents doubled in the 1990's.", ("the 1990's", "DATE", "199", None)),
        ("Mills closed in the late 80’s.", ("the late 80’s", "DATE", "198", "END")),
        ("The mayor's 1990's budget was lean.", ("1990", "DATE", "1990", None)),  # a year's
        ("At 0800 UTC the central banks acted.", ("0800 UTC", "TIME", "2021-03-10T08:00Z", None)),
        (
            "Japan posted two consecutive quarters of decline.",
            ("two consecutive quarters", "DURATION", "P2Q", None),
        ),
        ("Stocks fell for six straight days.", ("six straight days", "DURATION", "P6D", None)),
        ("Weekly jobless claims rose.", ("Weekly", "SET", "P1W", None)),
    ],
)
def test_times_decades_short_years_clock_runs_and_frequencies(
    text: str, expected: tuple[str, str, str | None, str | None]
) -> None:
    assert one(text) == expected


def test_times_a_quarter_of_something_is_no_time() -> None:
    assert times_of("A quarter of the population voted.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In nineteen ninety-six a bomb shook the games.",
            ("nineteen ninety-six", "DATE", "1996", None),
        ),
        ("Planners feared the year two thousand.", ("the year two thousand", "DATE", "2000", None)),
        ("The deal should close by year-end.", ("year-end", "DATE", "2021", "END")),
        (
            "Rates will rise by the end of next year.",
            ("the end of next year", "DATE", "2022", "END"),
        ),
        ("The firm posted an annual loss.", ("annual", "DURATION", "P1Y", None)),
        ("It was their third day-long meeting.", ("day-long", "DURATION", "P1D", None)),
        ("It ends a decades-long feud.", ("decades-long", "DURATION", "PXDE", None)),
        ("The flight took 5 1/2 hours.", ("5 1/2 hours", "DURATION", "PT5H30M", None)),
        (
            "The anthem lasts a minute and a half.",
            ("a minute and a half", "DURATION", "PT1M30S", None),
        ),
        ("He served two and a half years.", ("two and a half years", "DURATION", "P2Y6M", None)),
        ("Over the years, prices rose.", ("Over the years", "DURATION", "PXY", None)),
        ("Talks resume in the near future.", ("the near future", "DATE", "FUTURE_REF", None)),
        ("The job figures for January were strong.", ("January", "DATE", "2021-01", None)),
        ("Police studied the October shooting.", ("October", "DATE", "2020-10", None)),
        (
            "The jet rolled out on 7/8/07, a date chosen for its name.",
            ("7/8/07", "DATE", "2007-07-08", None),
        ),
        ("Forms dated 25/12/2020 were refused.", ("25/12/2020", "DATE", "2020-12-25", None)),
        ("It was the worst single-day fall.", ("single-day", "DURATION", "P1D", None)),
        ("The gains vanished in just minutes.", ("minutes", "DURATION", "PTXM", None)),
        ("Stocks had their best week on record.", ("best week", "DURATION", "P1W", None)),
        ("It lost $8bn for the entire year.", ("entire year", "DURATION", "P1Y", None)),
        (
            "Troops should arrive by the end of the month.",
            ("the end of the month", "DATE", "2021-03", "END"),
        ),
        (
            "Shares fell at the start of the day.",
            ("the start of the day", "DATE", "2021-03-10", "START"),
        ),
        ("He left that same day.", ("that same day", "DATE", None, None)),
    ],
)
def test_times_spoken_numeric_and_named_dates_and_lengths(
    text: str, expected: tuple[str, str, str | None, str | None]
) -> None:
    assert one(text) == expected


def test_times_numbers_that_are_not_spoken_years() -> None:
    assert times_of("Twenty-one people died and nineteen were hurt.") == []


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        (
            "Volvo plans to buy rail stake\n\nVolvo said on Friday that it means to buy it.",
            "Friday",
            "2021-03-05",
        ),
        ("A memorial service planned for Saturday was canceled.", "Saturday", "2021-03-06"),
        ("Officials postponed until Tuesday any action on the permit.", "Tuesday", "2021-03-16"),
        ("The bonds carry a premium over Saturday's closing price.", "Saturday", "2021-03-06"),
        ("The bonds carry a premium over Thursday's closing price.", "Thursday", "2021-03-11"),
    ],
)
def test_times_weekday_direction_from_its_own_clause(text: str, surface: str, value: str) -> None:
    (time,) = [t for t in times_of(text) if t.text == surface]
    assert time.value == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The index rose over the past five trading days.",
            [("the past five trading days", "P5D")],
        ),
        ("Eight trading days passed.", [("Eight trading days", "P8D")]),
        (
            "Sales fell in the first quarter of last year.",
            [("the first quarter of last year", "2020-Q1")],
        ),
        ("Prices peaked in the last week of March.", [("the last week of March", "2021-W12")]),
        ("Talks open in the first week of May 2021.", [("the first week of May 2021", "2021-W18")]),
        ("Shares rose for a second consecutive day.", []),
        ("On a second thought, he stayed.", []),
    ],
)
def test_times_trading_days_weeks_of_a_month_and_ordinal_second(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in times_of(text)] == expected


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [
        ("2000-W06", "2000-W6", True),
        ("1998-W09-WE", "1998-W9-WE", True),
        ("199", "199X", True),
        ("1949", "1949-XX", False),  # a year is not a month of it
        ("2021-W10", "2021-W01", False),
        ("P2Y6M", "P2.5Y", True),
        ("P18M", "P1.5Y", True),
        ("P2Y", "P2M", False),
        ("P1Y", "P1D", False),
        ("1989-11-06T17:00", "1989-11-06T17", True),  # an hour with or without its minutes
        ("1989-11-06T17:30", "1989-11-06T17", False),
    ],
)
def test_times_evaluation_compares_values_written_two_ways(
    predicted: str, gold: str, same: bool
) -> None:
    from dateline.evaluate.times import same_value

    assert same_value(predicted, gold) is same


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a market's "day" is the day the report named last, if that was this past week
        (
            "Stocks slid on Monday. The index ended the day 2 percent lower.",
            [("Monday", "2021-03-08"), ("the day", "2021-03-08")],
        ),
        (
            "The index fell in 1987. It ended the day lower.",
            [("1987", "1987"), ("the day", "2021-03-10")],
        ),
        (
            "The data came out on Friday. On the same day, the bank cut its rates.",
            [("Friday", "2021-03-05"), ("the same day", "2021-03-05")],
        ),
        (
            "The strike began on Feb. 2. The next day, the port closed.",
            [("Feb. 2", "2021-02-02"), ("The next day", "2021-02-03")],
        ),
        (
            "She left in June 2015 and came back later that year.",
            [("June 2015", "2015-06"), ("later that year", "2015")],
        ),
        (
            "On May 3, 2012, he was promoted, and the following year he retired.",
            [("May 3, 2012", "2012-05-03"), ("the following year", "2013")],
        ),
        (
            "Car sales fell 30% in February from the previous year.",
            [("February", "2021-02"), ("the previous year", "2020")],
        ),
        ("Prices peaked in June last year.", [("June last year", "2020-06")]),
        ("The law took effect in January this year.", [("January this year", "2021-01")]),
        # written with "of", the month and the year are two expressions, as MEANTIME has them
        (
            "Leases end after October of next year.",
            [("October", "2022-10"), ("next year", "2022")],
        ),
        (
            "Exports dropped 12% in February from the same month a year ago.",
            [("February", "2021-02"), ("the same month a year ago", "2020-02")],
        ),
        (
            "Profit rose in the third quarter from the same quarter last year.",
            [("the third quarter", "2020-Q3"), ("the same quarter last year", "2019-Q3")],
        ),
        # a year named since does not move the day a market report ends
        (
            "Stocks slid on Monday to their lowest since 1983, ending the day 2 percent down.",
            [("Monday", "2021-03-08"), ("1983", "1983"), ("the day", "2021-03-08")],
        ),
        (
            "Costs fell to $118 billion last year, $19 billion less than the year previous.",
            [("last year", "2020"), ("the year previous", "2019")],
        ),
        # "the day after falling …" is the day itself, not "the day after" something
        (
            "Shares recovered late in the day after losing 3 percent.",
            [("the day", "2021-03-10")],
        ),
        ("Each unit earns $55 a night.", [("a night", "P1D")]),
        ("Chrysler will cut about a quarter, of its dealers.", []),
        ("A second jet landed at noon.", [("noon", "2021-03-10T12:00")]),
        ("It happened a second later.", [("a second later", "PT1S")]),
    ],
)
def test_times_resolved_from_context_and_relative_years(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in times_of(text)] == expected


def test_times_an_annual_event_is_no_time() -> None:
    assert times_of("She spoke at the annual conference.") == []


def test_times_no_expression_runs_across_a_line() -> None:
    text = "Markets to stay shut until Friday\n\nSeptember 16, 2021\n\nTrading stays halted."
    assert [(t.text, t.value) for t in times_of(text)] == [
        ("Friday", "2021-03-12"),
        ("September 16, 2021", "2021-09-16"),
    ]


def test_times_lowercase_may_is_a_verb() -> None:
    assert times_of("Analysts think this may lift sales.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a single unit counted back or ahead is that calendar unit; a number makes a length
        ("Prices doubled over the past year.", ("the past year", "DATE", "2020", None)),
        ("Sales rose in the last month.", ("the last month", "DATE", "2021-02", None)),
        (
            "Prices doubled over the past two years.",
            ("the past two years", "DURATION", "P2Y", None),
        ),
    ],
)
def test_times_the_past_year_is_last_year(text: str, expected: tuple[str, str, str, None]) -> None:
    assert one(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The blast came on Friday. At 6 a.m. police sealed the street.",
            [("Friday", "DATE", "2021-03-05"), ("6 a.m.", "TIME", "2021-03-05T06:00")],
        ),
        ("Police said at 3 p.m. that the road was open.", [("3 p.m.", "TIME", "2021-03-10T15:00")]),
    ],
)
def test_times_a_time_of_day_falls_on_the_day_named_last(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(t.text, t.type, t.value) for t in times_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year-ago figure after a period of months is the year before, not a quarter
        (
            "Profit rose in the fourth quarter. For the nine months, profit was $9 million, "
            "against $7 million a year earlier.",
            [("the fourth quarter", "2020-Q4"), ("nine months", "P9M"), ("a year earlier", "2020")],
        ),
        # a quarter still to come is no period to compare with
        (
            "Losses will last through the third quarter of 2021. In the year-ago period, "
            "the miner earned $4 million.",
            [("the third quarter of 2021", "2021-Q3"), ("the year-ago period", "2020")],
        ),
        (
            "Sales fell in the fourth quarter from the quarter a year ago.",
            [("the fourth quarter", "2020-Q4"), ("the quarter a year ago", "2019-Q4")],
        ),
        (
            "Profit rose in the fourth quarter. Profit in the 2019 period was lower than "
            "in last year's quarter.",
            [
                ("the fourth quarter", "2020-Q4"),
                ("the 2019 period", "2019-Q4"),
                ("last year's quarter", "2019-Q4"),
            ],
        ),
        ("The plant earned $3 million in the 2019 quarter.", [("the 2019 quarter", "2019-Q4")]),
        # "the year" is a length only when what ends it follows
        (
            "The shares hit a high for the year in June.",
            [("the year", "2021"), ("June", "2020-06")],
        ),
        (
            "Revenue for the year ended June 30 was flat.",
            [("the year", "P1Y"), ("June 30", "2020-06-30")],
        ),
        (
            "Output will slow in the first two quarters of 2022.",
            [("the first two quarters of 2022", "2022-H1")],
        ),
        ("He forecast growth for the last half of 2021.", [("the last half of 2021", "2021-H2")]),
        ("The unit was sold this past winter.", [("this past winter", "2021-WI")]),
        ("Rates may fall in coming weeks.", [("coming weeks", "PXW")]),
        ("Investors may sell in the weeks ahead.", [("the weeks ahead", "PXW")]),
        (
            "The ferry stays docked for at least three more weeks.",
            [("at least three more weeks", "P3W")],
        ),
        ("The loan may run for an additional year.", [("an additional year", "P1Y")]),
        (
            "Marchers parade each July; the board meets every decade.",
            [("each July", "XXXX-07"), ("every decade", "P10Y")],
        ),
        ("Crime fell through the nineties.", [("the nineties", "199")]),
        (
            "The river froze in the winter of nineteen eighty-two.",
            [("the winter of nineteen eighty-two", "1982-WI")],
        ),
        (
            "March nineteen eighty-one. A dam burst.",
            [("March nineteen eighty-one", "1981-03")],
        ),
        ("Glass makers kept the secret for two thousand years.", []),
    ],
)
def test_times_reporting_periods_spoken_dates_and_counts(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in times_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry departs at 4 in the morning.", [("4 in the morning", "2021-03-10T04:00")]),
        ("The ferry sails at 7 in the evening.", [("7 in the evening", "2021-03-10T19:00")]),
        ("The judge sat at midday.", [("midday", "2021-03-10T12:00")]),
        (
            "At mid-afternoon yesterday, shares rose.",
            [("mid-afternoon yesterday", "2021-03-09TAF")],
        ),
        # the morning of a market report is the day the report named last, in the week before
        (
            "Stocks fell on Monday. Dealers sold heavily in the morning.",
            [("Monday", "2021-03-08"), ("the morning", "2021-03-08TMO")],
        ),
        ("Losses piled up in the past two quarters.", [("the past two quarters", "P2Q")]),
        ("Three quarters of voters agree.", []),
        (
            "Growth will stay slow for the next couple of years.",
            [("the next couple of years", "P2Y")],
        ),
        # "last" before a month and day is the adverb of the clause, not "last October"
        ("The bridge was closed last Oct. 23 for repairs.", [("Oct. 23", "2020-10-23")]),
        # a participle hanging from a clause takes that clause's tense ...
        (
            "The stock has swung widely, rising to a high in June from a low in November.",
            [("June", "2020-06"), ("November", "2020-11")],
        ),
        # ... unless it states a consequence, which may lie ahead
        (
            "The firm cut output, resulting in closures during the fourth quarter.",
            [("the fourth quarter", "2021-Q4")],
        ),
    ],
)
def test_times_parts_of_day_runs_of_quarters_and_participles(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in times_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The summit meets on April 24 and 25.",
            [("April 24", "2021-04-24"), ("25", "2021-04-25")],
        ),
        (
            "The strike began on Feb. 2. He was in court the next morning.",
            [("Feb. 2", "2021-02-02"), ("the next morning", "2021-02-03")],
        ),
        ("Sales rose in the latest fiscal year.", [("the latest fiscal year", "2020")]),
        ("Sales will rise in the current fiscal year.", [("the current fiscal year", "2021")]),
        ("The post-1989 order is fraying.", [("1989", "1989")]),
        ("The town will be without power for a while.", [("a while", "PXX")]),
        ("The bonds will be sold at a later date.", [("a later date", "FUTURE_REF")]),
        ("The shop closed several years ago.", [("several years ago", "PAST_REF")]),
        # a holiday with no tense to go by is the nearest one
        ("Storms on Christmas Day: a review.", [("Christmas Day", "2020-12-25")]),
        # TimeML's midnight ends the day it names
        ("The offer expires at midnight Friday.", [("midnight Friday", "2021-03-12T24:00")]),
        ("Flights leave on Tuesday nights.", [("Tuesday nights", "XXXX-WXX-2TNI")]),
        (
            "Floods hit the valley in the past three summers.",
            [("the past three summers", "XXXX-SU")],
        ),
    ],
)
def test_times_paired_days_fiscal_years_and_vague_references(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in times_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The siege lasted 1,000 days.", ("1,000 days", "DURATION", "P1000D", None)),
        (
            "The city was founded 2,500 years later.",
            ("2,500 years later", "DURATION", "P2500Y", None),
        ),
        ("The fossils date back 60,000 years.", ("60,000 years", "DURATION", "P60000Y", None)),
        (
            "People first crossed the strait some 60,000 years ago.",
            ("some 60,000 years ago", "DATE", "PAST_REF", "APPROX"),
        ),
    ],
)
def test_times_amounts_with_thousands_separators(
    text: str, expected: tuple[str, str, str | None, str | None]
) -> None:
    assert one(text) == expected


@pytest.mark.parametrize(
    "text",
    ["The planet formed 4.5 billion years ago.", "The galaxy is 13 billion years old."],
)
def test_times_geological_lengths_are_quantities_not_times(text: str) -> None:
    assert times_of(text) == []
