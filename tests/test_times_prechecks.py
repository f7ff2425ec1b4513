"""The time patterns' prechecks: a pattern scans only the lines holding its word, and finds on
them exactly what it finds scanning every line."""

from __future__ import annotations

import pytest

from dateline import analyze
from dateline.extract.times.find import pattern_matches
from dateline.extract.times.patterns import PATTERNS, PRECHECK_PATTERNS, PRECHECK_WORDS

# One line for each pattern with a precheck, in words the pattern must match; the
# headline and the closing line hold none of the pattern's words.
EXAMPLES = {
    "month_day_year": "The accord was signed on Tuesday, March 3, 2020, in Geneva.",
    "day_month_year": "The accord was signed on 3rd of March, 2020.",
    "paired_day": "The talks are set for April 24 and 25 in Vienna.",
    "month_day": "The talks opened on Sept. 9 with no agenda.",
    "day_month": "The talks opened on the 9th of September at noon.",
    "month_year": "The ceasefire held until late-August 2014.",
    "month_of_relative_year": "The ministers met in June last year.",
    "modified_month": "A vote is expected in mid-November.",
    "week_of_month": "The census runs through the second week of October, 2022.",
    "rel_month": "Prices rose sharply last December.",
    "bare_month": "The strike began in February and spread.",
    "season_year": "The army withdrew in the fall of 1999.",
    "rel_season": "The border reopened this past summer.",
    "bare_season": "Fighting eased over the winter.",
    "this_period": "Sales in the latest quarter were flat.",
    "quarter": "Exports fell in Q3 2021 and in the third quarter of last year.",
    "half": "Output grew in the first half of this year.",
    "decade": "The town has shrunk since the 1980s and the seventies.",
    "short_year": "He has led the party since '82.",
    "century": "A treaty of the 19th century still holds.",
    "fiscal_year": "The cuts take effect in fiscal year 2024.",
    "the_day": "Shares closed the day higher.",
    "reporting_period": "Profit doubled from the year-earlier period.",
    "holiday": "Shops stay shut on Christmas Eve.",
    "modified_year": "The pipeline opens at the end of 2025.",
    "spoken_year": "It happened in nineteen ninety-six, he recalled.",
    "spoken_month_year": "It was March nineteen eighty-one.",
    "period_end": "Rates will rise by the end of the year and again at year-end.",
    "annual": "The annual summit was cancelled.",
    "long_adjective": "The months-long siege ended.",
    "numeric_date": "The form was dated 3/14/2019.",
    "today": "The minister resigned yesterday.",
    "part_of_day": "The army moved in at midmorning and again this evening.",
    "the_part_of_day": "Dealers bought heavily in the morning.",
    "rel_unit": "Talks resume next week.",
    "earlier_later": "The minister visited earlier this month.",
    "the_weekend": "Protests grew over the weekend.",
    "ago": "The mine closed about three years ago and reopened two weeks from now.",
    "weekday": "Voting ends on Sunday.",
    "same_period_back": "Sales rose from the same period last year.",
    "the_same_day": "Police arrested him the following day.",
    "clock_day": "Polls close at 8 p.m. Thursdays and at noon on Nov. 9.",
    "past_n": "Prices rose over the past five trading days.",
    "duration": "The curfew lasted 10 hrs and the siege 3-years.",
    "vague_duration": "The dispute has run for decades.",
    "frequency": "The council meets twice a month.",
    "bare_unit": "It was another bad week for the government.",
    "refs": "For the time being, and at the moment, the border stays shut.",
    "set": "The council meets each Monday and publishes its minutes weekly.",
    "year": "The treaty dates from 1648 and was revised in post-2001 talks.",
    "iso_date": "The decree is dated 2019-04-01.",
    "clock": "The vote closed at 10:30 GMT, and again at midnight.",
}
HEADLINE = "Markets: a quiet close\n"
CLOSING = "\nReporting by our correspondent."


def spans(text: str, *, prechecked: bool) -> list[tuple[int, int, str]]:
    return [
        (start, end, name) for start, end, name, _ in pattern_matches(text, prechecked=prechecked)
    ]


def test_times_prechecks_each_names_a_pattern_with_an_example() -> None:
    names = {name for name, _ in PATTERNS}
    assert not set(PRECHECK_WORDS) & set(PRECHECK_PATTERNS)
    assert set(PRECHECK_WORDS) | set(PRECHECK_PATTERNS) <= names
    assert set(EXAMPLES) == set(PRECHECK_WORDS) | set(PRECHECK_PATTERNS)


@pytest.mark.parametrize(("name", "line"), sorted(EXAMPLES.items()))
def test_times_prechecks_keep_every_match(name: str, line: str) -> None:
    text = HEADLINE + line + CLOSING
    everywhere = spans(text, prechecked=False)
    assert name in {found_by for _, _, found_by in everywhere}
    assert spans(text, prechecked=True) == everywhere


def test_times_prechecks_scan_only_the_lines_holding_their_word() -> None:
    text = "Talks opened in Geneva.\nNo agenda was set.\nA vote follows on Sept. 9.\n"
    matches = pattern_matches(text)
    assert [(text[start:end], name) for start, end, name, _ in matches if name == "month_day"] == [
        ("Sept. 9", "month_day")
    ]


def test_times_letters_that_fold_to_ascii_are_read_as_ascii() -> None:
    # The long s matches "s" when case is ignored, but lower-casing leaves it as it is: it is
    # read as "s" by the prechecks and the month names alike.
    (time,) = analyze("The talks resume on ſeptember 5.", published="2021-03-10").times
    assert (time.text, time.value) == ("ſeptember 5", "2021-09-05")
