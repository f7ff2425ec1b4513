"""Inputs for fuzzing: bytes and JSON anyone could send, and text that looks like news.

News-like text is built from the pieces the extractors react to (names, dates, numbers,
units, quote marks, reporting verbs, datelines) mixed with arbitrary characters, so that
the search reaches deep into each extractor instead of stopping at the tokenizer.
"""

from __future__ import annotations

from hypothesis import strategies as st

PIECES = [
    # people, places, organisations
    "Olaf Scholz",
    "Scholz",
    "Kamala Harris",
    "the United Nations",
    "NATO",
    "Kyiv",
    "Lagos",
    "Geneva",
    "Turkey",
    "Greece",
    "the Pentagon",
    "Reuters",
    "Mr.",
    "Dr. Ana Ruiz",
    # times
    "Monday",
    "on Thursday, March 10, 2021",
    "yesterday",
    "tomorrow",
    "a year earlier",
    "two days later",
    "last week",
    "the 1990's",
    "in 2019",
    "9 a.m.",
    "Q3",
    "since ’82",
    "the same month a year ago",
    "that day",
    "the following year",
    "0001",
    "31/12/9999",
    # quantities
    "45 ± 3 percent",
    "$2-$3 billion",
    "£1,200 a month",
    "6ft 2in (1.88m)",
    "5 billion litres",
    "(1.3 billion gallons)",
    "a 6.1-magnitude quake",
    "Flight 447",
    "hundreds of thousands",
    "nine out of ten",
    "40C (100F)",
    "1/2",
    "½",
    "-0",
    "1e309",
    "9" * 30,
    # quotes and attribution
    "“",
    "”",
    '"',
    "'",
    "‘",
    "’",
    "``",
    "''",
    "said",
    "told reporters",
    "according to",
    "she added:",
    "—",
    "–",
    "said he would",
    "declined to comment",
    # events
    "attacked",
    "met",
    "signed a deal with",
    "accused",
    "invaded",
    "will visit",
    "protested",
    # punctuation and structure
    ".",
    ",",
    ";",
    ":",
    "?",
    "!",
    "(",
    ")",
    "[",
    "]",
    "\n",
    "\n\n",
    "GENEVA (Reuters) -",
    "Photo: AP",
    "Video 2:14",
    "date 2021-03-10",
]

news_piece = st.one_of(
    st.sampled_from(PIECES),
    st.text(min_size=1, max_size=12),
    st.from_regex(r"[A-Z][a-z]{1,9}", fullmatch=True),
    st.integers(min_value=-(10**6), max_value=10**12).map(str),
)
news_text = st.lists(news_piece, min_size=1, max_size=120).map(" ".join)

json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)
FIELDS = ["id", "url", "title", "source", "captured", "published", "authors", "text", "html"]
record = st.dictionaries(
    st.sampled_from(FIELDS), json_value | news_text | st.sampled_from(["2021-03-10", ""])
)

html_page = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "<html>",
                "<head>",
                "<title>",
                "</title>",
                "<meta property='article:published_time' content='2021-03-10T09:00:00+01:00'>",
                "<body>",
                "<article>",
                "<p>",
                "</p>",
                "<script>",
                "</script>",
                "<figcaption>",
                "<time datetime='0001-01-01'>",
                "<br>",
                "<!--",
                "-->",
                "&amp;",
                "&#0;",
                "&#xD800;",
                "<![CDATA[",
                "]]>",
                "</article>",
            ]
        ),
        news_text,
    ),
    max_size=40,
).map("".join)
