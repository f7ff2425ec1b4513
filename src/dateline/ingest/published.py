"""When a page says it was published: its own metadata first (JSON-LD, meta tags, a marked
``<time>``), kept to the minute with the offset of the writer's clock where the page shows it.

A page stamped "Nov. 18, 2019 7:04 pm ET" whose metadata says 2019-11-19T00:04Z was written
on the evening of the 18th: the time shown beside the date gives the offset (-05:00), and the
record keeps 2019-11-18T19:04:00-05:00, whose day is the writer's.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

from lxml import html as lxml_html

from dateline.dates import parse_published

# <meta> names and properties that hold the publication time, the most specific first.
PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "article.published",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "date",
)
# JSON-LD types whose datePublished is the page's own (not a review's or a video's inside it).
ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "blogposting",
        "socialmediaposting",
        "liveblogposting",
        "report",
        "webpage",
        "claimreview",
    }
)
TIME_OF_DAY_RE = re.compile(
    r"(?<![\d:.])(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?![\d:])"
    r"(?:\s*(?P<half>[ap])\.?\s?m\b\.?)?",
    re.I,
)
MONTHS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
NEAR_CHARS = 40  # a shown date and its time of day stand this close
MAX_SHOWN_TIMES = 50  # times of day read from the page's text, from the top
MAX_OFFSET_MINUTES = 14 * 60
# A date in the page's own address: /2019/11/18/, /2019/nov/18/, /2019-11-18-, /20191118/.
URL_DATE_RE = re.compile(
    r"/(?P<year>(?:19|20)\d\d)[/-](?P<month>0?[1-9]|1[0-2]|[a-z]{3})[/-]"
    r"(?P<day>0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
    r"|[/_-](?P<compact>(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?=[/_.-])",
    re.I,
)
# lxml refuses a str that declares its encoding: the declaration says nothing a str needs.
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Placeholders that content systems write where they have no date.
PLACEHOLDER_YEARS = {1, 1900, 1970}


def page_published(page: str) -> str | None:
    """The page's publication date or time as its own metadata gives it, in ISO 8601, or
    None when the page's metadata says nothing parseable."""
    try:
        tree = lxml_html.fromstring(XML_DECLARATION.sub("", page, count=1))
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return None
    for value in _metadata_values(tree):
        try:
            published = parse_published(value)
        except ValueError:
            continue
        if int(published[:4]) in PLACEHOLDER_YEARS:
            continue
        return _in_writers_clock(published, _visible_text(tree))
    return None


def writers_day(published: str, filed: str | None) -> str:
    """``published`` (from metadata), or the day the page's address files it under when that
    is the writer's own day: a UTC time early on the 19th on a page filed under the 18th was
    written on the evening of the 18th west of Greenwich, and late on the 18th filed under
    the 19th east of it. The day is what relative times resolve against, so it wins."""
    if filed is None or len(published) <= 10 or published[:10] == filed:
        return published
    moment = datetime.fromisoformat(published)
    if moment.utcoffset() != timedelta(0):
        return published  # the page gave its own clock
    day = moment.date()
    west = date.fromisoformat(filed) == day - timedelta(days=1) and moment.hour < 12
    east = date.fromisoformat(filed) == day + timedelta(days=1) and moment.hour >= 12
    return filed if west or east else published


def url_published(url: str | None) -> str | None:
    """The day a page's address gives (news sites file stories under /2019/11/18/)."""
    match = URL_DATE_RE.search(url or "")
    if match is None:
        return None
    if match["compact"]:
        year, month, day = match["compact"][:4], match["compact"][4:6], match["compact"][6:]
    else:
        year, month, day = match["year"], match["month"].lower(), match["day"]
        if month.isalpha():
            if month not in MONTHS:
                return None
            month = str(MONTHS.index(month) + 1)
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _metadata_values(tree: lxml_html.HtmlElement) -> Iterator[str]:
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        yield from _json_ld_dates(script.text_content())
    metas: dict[str, str] = {}
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        metas.setdefault(key.strip(), meta.get("content", "").strip())
    yield from (metas[key] for key in PUBLISHED_META if metas.get(key))
    for time in tree.xpath('//time[@datetime][@itemprop="datePublished" or @pubdate]'):
        yield time.get("datetime", "")


def _json_ld_dates(text: str) -> Iterator[str]:
    try:
        data = json.loads(text)
    except ValueError:
        return
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            types = item.get("@type")
            names = types if isinstance(types, list) else [types]
            is_article = any(isinstance(n, str) and n.lower() in ARTICLE_TYPES for n in names)
            if is_article and isinstance(item.get("datePublished"), str):
                yield item["datePublished"]
            stack.extend(v for k, v in item.items() if k in {"@graph", "mainEntity"})


def _visible_text(tree: lxml_html.HtmlElement) -> str:
    for hidden in tree.xpath("//script|//style|//noscript|//template"):
        hidden.drop_tree()
    return " ".join(tree.text_content().split())


def _in_writers_clock(published: str, shown: str) -> str:
    """``published`` moved from UTC to the offset of the clock the page shows it by, when the
    page shows its date with a time of day that differs from UTC by a zone's offset."""
    if len(published) <= 10:
        return published
    moment = datetime.fromisoformat(published)
    if moment.utcoffset() != timedelta(0):
        return published  # already in the writer's clock, or in no zone at all
    for match in list(TIME_OF_DAY_RE.finditer(shown))[:MAX_SHOWN_TIMES]:
        offset = _offset_shown(match, moment)
        if offset is None:
            continue
        try:
            local = moment.astimezone(timezone(timedelta(minutes=offset)))
        except OverflowError:  # year 1 or 9999: no page's
            return published
        around = shown[max(0, match.start() - NEAR_CHARS) : match.end() + NEAR_CHARS].lower()
        if _shows_day(around, local):
            return local.isoformat()
    return published


def _offset_shown(match: re.Match[str], moment: datetime) -> int | None:
    hour, minute = int(match["hour"]), int(match["minute"])
    if match["half"]:
        if hour > 12 or hour == 0:
            return None
        hour = hour % 12 + (12 if match["half"].lower() == "p" else 0)
    offset = (hour * 60 + minute - moment.hour * 60 - moment.minute) % 1440
    if offset > 720:
        offset -= 1440
    if offset % 15 or abs(offset) > MAX_OFFSET_MINUTES:
        return None
    return offset


def _shows_day(around: str, local: datetime) -> bool:
    """Whether the text around a time of day shows the local date: its day of the month
    and its month, by name or number."""
    numbers = {int(n) for n in re.findall(r"(?<!\d)\d{1,2}(?!\d)", around)}
    month_named = MONTHS[local.month - 1] in around
    month_numbered = bool(
        re.search(rf"(?<!\d)0?{local.month}[/.-]0?{local.day}(?!\d)", around)
        or re.search(rf"(?<!\d)0?{local.day}[/.-]0?{local.month}(?!\d)", around)
    )
    return local.day in numbers and (month_named or month_numbered)
