"""Cleaning: header lines, embedded-media captions, the dateline lead, whitespace.

Nothing is lost: captions become ``Media`` entries and the lead becomes a ``Dateline``;
what remains is the body, whose offsets every span of the record indexes.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from dateline.dates import parse_published
from dateline.errors import BadDate
from dateline.model import Dateline, Media

# --- header lines --------------------------------------------------------------------------
# `date 2021-03-10` (the colon is optional for dates) and `title: ...` style lines at the top.
DATE_HEADER = re.compile(
    r"^[ \t]*(?:date|published)(?:[ \t]*:[ \t]*|[ \t]+(?=\d))(?P<value>.*)$", re.I
)
FIELD_HEADER = re.compile(
    r"^[ \t]*(?P<key>title|url|source|authors?|id)[ \t]*:[ \t]*(?P<value>\S.*)$", re.I
)
ISO_PREFIX = re.compile(
    r"^(?P<date>\d{4}-\d{1,2}-\d{1,2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)"
    r"(?:[ \t]+(?P<rest>.*))?$"
)
_MAX_HEADER_LINES = 12

# --- embedded-media captions ---------------------------------------------------------------
# A clip title followed by its running time: "Inside the talks 12:40", "Markets rally 2:14".
MEDIA_CAPTION = re.compile(
    r"^(?P<title>[^\n]{2,160}?[^\s.,;:!?\"“”'’])[ \t]+(?P<duration>(?:\d{1,2}:)?[0-5]?\d:[0-5]\d)[ \t]*$"
)
# A time of day at the end of a sentence ("talks resume at 10:30") is not a running time.
_NOT_BEFORE_DURATION = {
    "at",
    "by",
    "until",
    "till",
    "from",
    "before",
    "after",
    "around",
    "to",
    "since",
    "about",
    "approximately",
    "between",
    "and",
    "or",
    "is",
    "was",
    "of",
    "the",
    "a.m.",
    "p.m.",
    "score",
    "in",
    "with",
    "for",
    "time",
    "timed",
    "clocked",
    "ran",
    "finished",
    "record",
}
_MAX_CAPTION_WORDS = 16

# --- dateline lead -------------------------------------------------------------------------
_PLACE_WORD = r"[A-Z][\w.'’\-]*"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATELINE_LEAD = re.compile(
    rf"^(?P<place>{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,3}}(?:,[ ]{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,2}})?)"
    rf"(?:,[ ](?P<date>{_MONTH}[ ]\d{{1,2}}))?"
    r"[ ]*(?:\((?P<outlet>[A-Z][^()\n]{0,39})\))?"
    r"[ ]*(?:—|–|--|-)(?:[ ]+|$)"
)

# --- title and byline repeated at the top of the body (common in extracted HTML) ------------
BYLINE = re.compile(r"^By (?P<names>[A-Z][^\n·|]{1,80}?)(?:\s*[·|,–—-]\s*(?P<rest>.*))?$")
_MAX_BYLINE_WORDS = 14

# --- whitespace ----------------------------------------------------------------------------
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")
BLANK_LINES = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = (".", "!", "?", '"', "”", "’", "'", ":", ")")
_WRAP_WIDTH = 60


@dataclass
class Headers:
    published: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    id: str | None = None
    authors: list[str] = field(default_factory=list)
    media: list[Media] = field(default_factory=list)


@dataclass
class CleanText:
    text: str
    dateline: Dateline | None = None
    media: list[Media] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)


def iso_duration(clock: str) -> str:
    """``2:14`` → ``PT2M14S``; ``1:02:03`` → ``PT1H2M3S``."""
    parts = [int(p) for p in clock.split(":")]
    hours, minutes, seconds = ([0] * (3 - len(parts)) + parts)[-3:]
    out = "PT"
    if hours:
        out += f"{hours}H"
    if minutes:
        out += f"{minutes}M"
    if seconds or out == "PT":
        out += f"{seconds}S"
    return out


def media_caption(line: str) -> Media | None:
    """The caption on ``line`` if the whole line is a clip title with its duration."""
    match = MEDIA_CAPTION.match(line.strip())
    if not match:
        return None
    title = match.group("title").strip()
    words = title.split()
    if len(words) > _MAX_CAPTION_WORDS or words[-1].lower() in _NOT_BEFORE_DURATION:
        return None
    if not any(ch.isalpha() for ch in title) or re.search(r"[.!?][ \t]+[A-Z]", title):
        return None
    return Media(kind="video", title=title, duration=iso_duration(match.group("duration")))


def parse_headers(text: str, origin: str) -> tuple[Headers, str]:
    """Header lines at the top of a plain-text article, and the text after them."""
    headers = Headers()
    lines = text.split("\n")
    index = 0
    body_prefix: list[str] = []
    while index < len(lines) and index < _MAX_HEADER_LINES:
        line = lines[index]
        if not line.strip():
            index += 1
            continue
        if (match := DATE_HEADER.match(line)) and headers.published is None:
            headers.published, rest = _date_header(match.group("value").strip(), origin, index + 1)
            if rest:
                caption = media_caption(rest)
                if caption:
                    headers.media.append(caption)
                else:
                    body_prefix.append(rest)
        elif match := FIELD_HEADER.match(line):
            key, value = match.group("key").lower(), match.group("value").strip()
            if key.startswith("author"):
                headers.authors.extend(
                    a.strip() for a in re.split(r";|,| and ", value) if a.strip()
                )
            else:
                setattr(headers, key, value)
        else:
            break
        index += 1
    return headers, "\n".join([*body_prefix, *lines[index:]])


def _date_header(value: str, origin: str, line: int) -> tuple[str, str]:
    match = ISO_PREFIX.match(value)
    candidate, rest = (match.group("date"), match.group("rest") or "") if match else (value, "")
    try:
        return parse_published(candidate), rest.strip()
    except ValueError as exc:
        raise BadDate(origin, f"date header: {exc}", line=line) from exc


def _paragraphs(text: str) -> list[str]:
    """Paragraphs: blank-line separated blocks; inside a block, a line is its own paragraph
    unless the block is hard-wrapped prose (long lines that stop mid-sentence)."""
    paragraphs: list[str] = []
    for block in BLANK_LINES.split(text):
        lines = [HORIZONTAL_SPACE.sub(" ", line).strip() for line in block.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        wrapped = len(lines) > 1 and all(
            len(line) >= _WRAP_WIDTH and not line.endswith(_SENTENCE_END) for line in lines[:-1]
        )
        paragraphs.extend([" ".join(lines)] if wrapped else lines)
    return paragraphs


def split_dateline(paragraph: str) -> tuple[Dateline | None, str]:
    """A lead such as ``TOKYO, March 9 (Reuters) -`` and the paragraph after it."""
    match = DATELINE_LEAD.match(paragraph)
    if not match:
        return None, paragraph
    place, outlet = match.group("place").strip(), match.group("outlet")
    if outlet is None and place != place.upper():
        return None, paragraph  # without an outlet only an all-caps place is surely a dateline
    if len(place.replace(",", "").split()) > 5:
        return None, paragraph
    return Dateline(place=place, outlet=outlet.strip() if outlet else None), paragraph[
        match.end() :
    ]


def quote_balance_warning(text: str) -> str | None:
    opening, closing = text.count("“"), text.count("”")
    if opening != closing:
        return f"unbalanced quotation marks: {opening} opening “ and {closing} closing ”"
    return None


def _same_words(a: str, b: str) -> bool:
    return a.casefold().split() == b.casefold().split()


def _strip_title_and_byline(body: list[str], title: str | None) -> list[str]:
    """Authors from a byline paragraph; drops a leading repeat of the title and the byline."""
    authors: list[str] = []
    if body and title and _same_words(body[0], title):
        body.pop(0)
    if body and (match := BYLINE.match(body[0])) and len(body[0].split()) <= _MAX_BYLINE_WORDS:
        authors = [a.strip() for a in re.split(r",| and ", match.group("names")) if a.strip()]
        body.pop(0)
    return authors


def clean_text(text: str, *, title: str | None = None) -> CleanText:
    """Normalise whitespace, take media captions and the dateline lead out of the body."""
    text = INVISIBLE.sub(
        "", unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    )
    media: list[Media] = []
    body: list[str] = []
    for paragraph in _paragraphs(text):
        caption = media_caption(paragraph)
        if caption:
            media.append(caption)
        else:
            body.append(paragraph)
    authors = _strip_title_and_byline(body, title)
    dateline = None
    if body:
        dateline, first = split_dateline(body[0])
        if first.strip():
            body[0] = first.strip()
        else:
            body.pop(0)
    result = "\n\n".join(body)
    warning = quote_balance_warning(result)
    return CleanText(
        text=result,
        dateline=dateline,
        media=media,
        warnings=[warning] if warning else [],
        authors=authors,
    )


def body_id(text: str) -> str:
    """The id of an article without one: a hash of its normalised body."""
    normal = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]
