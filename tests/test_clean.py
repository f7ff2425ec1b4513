from __future__ import annotations

import pytest

from dateline.clean import clean_text, iso_duration, media_caption, parse_headers, split_dateline
from dateline.errors import BadDate
from dateline.model import Dateline


@pytest.mark.parametrize(
    ("line", "title", "duration"),
    [
        (
            "Markets rally after surprise rate cut 2:14",
            "Markets rally after surprise rate cut",
            "PT2M14S",
        ),
        ("Inside the talks 12:40", "Inside the talks", "PT12M40S"),
        ("Watch: Biden speaks in full 1:02:03", "Watch: Biden speaks in full", "PT1H2M3S"),
        ("  Why the yen is falling 0:45  ", "Why the yen is falling", "PT45S"),
    ],
)
def test_clean_media_caption_found(line: str, title: str, duration: str) -> None:
    caption = media_caption(line)
    assert caption is not None
    assert (caption.title, caption.duration, caption.kind) == (title, duration, "video")


@pytest.mark.parametrize(
    "line",
    [
        "The talks resume at 10:30",
        "He finished the marathon in 2:14",
        "Officials said the vote would close by 18:00",
        "The minister spoke for an hour. Then came questions 2:14",
        "12:40",
    ],
)
def test_clean_media_caption_not_prose(line: str) -> None:
    assert media_caption(line) is None


@pytest.mark.parametrize(
    ("clock", "iso"),
    [("2:14", "PT2M14S"), ("12:40", "PT12M40S"), ("1:00:00", "PT1H"), ("0:00", "PT0S")],
)
def test_clean_iso_duration(clock: str, iso: str) -> None:
    assert iso_duration(clock) == iso


@pytest.mark.parametrize(
    ("paragraph", "place", "outlet", "body"),
    [
        ("Paris (AFP) — The president said", "Paris", "AFP", "The president said"),
        ("WASHINGTON (Reuters) - The Senate voted", "WASHINGTON", "Reuters", "The Senate voted"),
        ("TOKYO, March 9 (Reuters) - Japan's cabinet", "TOKYO", "Reuters", "Japan's cabinet"),
        ("NEW YORK — Stocks fell", "NEW YORK", None, "Stocks fell"),
        ("KYIV, Ukraine (AP) — Air raid sirens", "KYIV, Ukraine", "AP", "Air raid sirens"),
    ],
)
def test_clean_dateline_lead(paragraph: str, place: str, outlet: str | None, body: str) -> None:
    assert split_dateline(paragraph) == (Dateline(place=place, outlet=outlet), body)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Officials said - on condition of anonymity - that",
        "The Minister (left) - pictured here - met",
        "Prices rose — again — in March",
    ],
)
def test_clean_dateline_not_prose(paragraph: str) -> None:
    assert split_dateline(paragraph) == (None, paragraph)


def test_clean_headers_date_shares_line_with_caption() -> None:
    headers, body = parse_headers(
        "   date 2021-03-10 Markets rally after surprise rate cut 2:14\ntitle: Rates\n\nBody.",
        "a.txt",
    )
    assert headers.published == "2021-03-10"
    assert headers.title == "Rates"
    assert [(m.title, m.duration) for m in headers.media] == [
        ("Markets rally after surprise rate cut", "PT2M14S")
    ]
    assert body.strip() == "Body."


@pytest.mark.parametrize(
    ("header", "published"),
    [
        ("date 2021-03-10", "2021-03-10"),
        ("date: 2021-03-10", "2021-03-10"),
        ("  date 2021-03-10T14:30", "2021-03-10T14:30:00"),
        ("date: March 10, 2021", "2021-03-10"),
        ("published: 10 March 2021", "2021-03-10"),
    ],
)
def test_clean_headers_date_forms(header: str, published: str) -> None:
    headers, _ = parse_headers(f"{header}\n\nBody text.", "a.txt")
    assert headers.published == published


@pytest.mark.parametrize("header", ["date 2021-13-45", "date: next blursday", "date: 2021-02-30"])
def test_clean_headers_bad_date(header: str) -> None:
    with pytest.raises(BadDate) as info:
        parse_headers(f"title: T\n{header}\n\nBody.", "dir/a.txt")
    assert info.value.line == 2
    assert str(info.value).startswith("[E107] dir/a.txt:2: date header:")


def test_clean_headers_prose_is_not_a_header() -> None:
    headers, body = parse_headers("Date night is back in fashion, restaurateurs say.", "a.txt")
    assert headers.published is None
    assert body == "Date night is back in fashion, restaurateurs say."


def test_clean_text_keeps_paragraphs_and_normalises_space() -> None:
    cleaned = clean_text("First  paragraph\u00a0here.\n\n\n  Second\tone.\u200b\nThird line.\n")
    assert cleaned.text == "First paragraph here.\n\nSecond one.\n\nThird line."


def test_clean_text_joins_hard_wrapped_lines() -> None:
    text = (
        "Shares on Wall Street fell sharply on Monday as investors weighed the\n"
        "risk that the Federal Reserve would keep raising interest rates well into next\n"
        "year, traders said."
    )
    assert clean_text(text).text == " ".join(text.split("\n"))


def test_clean_text_takes_captions_and_dateline_out() -> None:
    cleaned = clean_text(
        "Inside the talks 12:40\n\nGENEVA (AFP) — Ministers met.\n\nWhy it matters 3:05\n\nThey agreed."
    )
    assert cleaned.text == "Ministers met.\n\nThey agreed."
    assert cleaned.dateline == Dateline(place="GENEVA", outlet="AFP")
    assert [m.title for m in cleaned.media] == ["Inside the talks", "Why it matters"]


def test_clean_text_drops_repeated_title_and_byline() -> None:
    cleaned = clean_text(
        "Protesters clash with police\nBy Ada Obi and Tunde Bello · June 14, 2023\nLAGOS (Herald) — Crowds gathered.",
        title="Protesters clash with police",
    )
    assert cleaned.text == "Crowds gathered."
    assert cleaned.authors == ["Ada Obi", "Tunde Bello"]
    assert cleaned.dateline == Dateline(place="LAGOS", outlet="Herald")


def test_clean_text_warns_on_unbalanced_quotes() -> None:
    cleaned = clean_text("“We will win,” she said. “And then the rest.")
    assert cleaned.warnings == ["unbalanced quotation marks: 2 opening “ and 1 closing ”"]
