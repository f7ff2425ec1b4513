"""What a person types into ``dateline search``, made into a safe FTS5 query.

Words are all required; ``"a phrase"`` keeps its words together; ``OR`` between two terms
takes either; ``-word`` leaves out what holds it; ``word*`` matches words starting so;
``title:word`` looks in titles only. Every other character, and ``NEAR``, ``AND`` or
``NOT`` written as words, is read as text: nothing typed can break the query's syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dateline.errors import UsageError
from dateline.printable import one_line, shortened

WORD = re.compile(r"\w+", re.UNICODE)
# One term: an optional "-" and column, then a quoted phrase or a run of non-space.
TERM = re.compile(r'(?P<neg>-)?(?:(?P<column>title):)?(?:"(?P<phrase>[^"]*)"?|(?P<bare>\S+))')
# More distinct terms than this is no search a person makes, and slows FTS5 to a crawl.
MAX_TERMS = 32


@dataclass(frozen=True)
class SearchQuery:
    fts: str  # the FTS5 MATCH expression
    titles_only: bool  # a column filter: quotes have no title to search


def _term(words: list[str], prefix: bool, column: str | None) -> str:
    quoted = '"' + " ".join(words) + '"' + ("*" if prefix else "")
    return f"{column} : {quoted}" if column else quoted


def parse_search(text: str) -> SearchQuery:
    """The FTS5 expression for ``text``; a ``UsageError`` when nothing is left to look for."""
    groups: list[list[str]] = []  # terms joined by OR, the groups joined by AND
    excluded: list[str] = []
    join_next = False
    titles_only = False
    for match in TERM.finditer(text):
        if match.group() == "OR" and groups:
            join_next = True
            continue
        raw = match.group("phrase") if match.group("phrase") is not None else match.group("bare")
        words = WORD.findall(raw or "")
        if not words:
            continue
        prefix = match.group("phrase") is None and raw.endswith("*")
        term = _term(words, prefix, match.group("column"))
        titles_only = titles_only or bool(match.group("column"))
        if match.group("neg"):
            excluded.append(term)
        elif join_next:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
    distinct = {t for group in groups for t in group} | set(excluded)
    if len(distinct) > MAX_TERMS:
        raise UsageError(f"the search has {len(distinct)} different terms; use at most {MAX_TERMS}")
    groups = [list(dict.fromkeys(group)) for group in dict.fromkeys(map(tuple, groups))]
    if not groups:
        shown = one_line(shortened(text, 60))
        what = "only words to leave out" if excluded else "no words"
        raise UsageError(f"nothing to search for in '{shown}': it has {what}")
    positive = " AND ".join(
        group[0] if len(group) == 1 else "(" + " OR ".join(group) + ")" for group in groups
    )
    negative = "".join(f" NOT {term}" for term in dict.fromkeys(excluded))
    return SearchQuery(fts=positive + negative, titles_only=titles_only)
