"""Counts: what a number counts ("60 aircraft", "18 fact-checkers", "12 of the 27 member
states"), the numbers that count nothing: names ("the 787 Dreamliner", "No. 1"), idioms ("zero
tolerance", "at one point"), the pronoun "one", ordinals ("a third month") and the first bound
of a length of time, and which counts written "300 to 400 jobs" are a range.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from dateline.extract.numbers import CARDINALS
from dateline.extract.quantities.patterns import RANGE_LEADS, Found, bounds_of_one_range
from dateline.extract.spans import doc_text
from dateline.lexicon import load_words
from dateline.model import TimeExpression


def counted_noun(
    doc: Doc | None, end: int, text_length: int, times: list[TimeExpression]
) -> str | None:
    """What a count counts: the noun phrase right after the number ("60 aircraft"), never a
    time ("fell to zero last week")."""
    if doc is None:
        return None
    limit = min([text_length, end + 60, *(t.start for t in times if t.start >= end)])
    span = doc.char_span(end, limit, alignment_mode="contract")
    if span is None or not len(span):
        return None
    tokens: list[Token] = []
    partitive = False  # "12 of the 27 member states", "5% of Ohio's population"
    for token in span:
        if token.is_sent_start:
            break  # what a number counts is in its own sentence
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if partitive and not tokens and (token.tag_ in PARTITIVE_DETERMINERS):
            continue
        if partitive and token.tag_ == "POS" and tokens:
            tokens = []  # the owner's name ("Ohio's") before what is counted
            continue
        if token.tag_ == "HYPH" and tokens and following is not None and following.is_alpha:
            tokens.append(token)  # "fact-checkers", "part-time workers"
        elif token.pos_ in {"ADJ", "NOUN", "PROPN"} and not (
            tokens and tokens[-1].pos_ == "NOUN" and token.pos_ == "ADJ"
        ):
            tokens.append(token)
            if token.pos_ == "NOUN" and _ends_the_noun(following, owner_may_follow=partitive):
                break
        elif token.lower_ == "of" and not tokens and not partitive:
            partitive = True
            continue
        else:
            break
    while tokens and tokens[0].pos_ == "ADJ" and not _joined_to_next(tokens):
        tokens.pop(0)
    if (
        not tokens
        or tokens[-1].pos_ not in {"NOUN", "PROPN"}
        or not HAS_LETTER.search(tokens[-1].text)
    ):
        return None
    return doc_text(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]


def _ends_the_noun(following: Token | None, *, owner_may_follow: bool) -> bool:
    """Whether a noun ends what is counted: nothing nominal follows ("10,000 job cuts",
    "fact-checkers"), nor, after "of", an owner's mark ("of the company's stores")."""
    if following is None:
        return True
    owner = owner_may_follow and following.tag_ == "POS"
    return following.pos_ != "NOUN" and following.tag_ != "HYPH" and not owner


HAS_LETTER = re.compile(r"[^\W\d_]")
# after "of": "the", "these", "its", "their" and a number ("of the 27 member states")
PARTITIVE_DETERMINERS = {"DT", "PRP$", "CD"}
HYPHEN_JOINT = re.compile(r"\s?[–-]\s?")


def ranges_that_count(
    doc: Doc, found: list[Found], text: str, times: list[TimeExpression]
) -> list[Found]:
    """Two counts read as a range with no "between" or "from" before them ("300 to 400 jobs",
    "1,000-1,500 protesters") stay one where a noun follows that they count and no name goes
    before. Otherwise those joined by a hyphen name a thing, as "737-800" does in "the Boeing
    737-800 jets" and "The 737-800 is popular", and those joined by "to" are two counts."""
    dropped: set[int] = set()
    out = list(found)
    for index, (low, high) in enumerate(pairwise(found)):
        if not _unled_count_range(low, high, text):
            continue
        span = doc.char_span(low.start, low.end, alignment_mode="expand")
        high_span = doc.char_span(high.start, high.end, alignment_mode="expand")
        named = (span is not None and _named_before(span)) or (
            high_span is not None and _before_one_thing(high_span, high)  # "the 737-800 family"
        )
        if counted_noun(doc, high.end, len(text), times) is not None and not named:
            continue
        if HYPHEN_JOINT.fullmatch(text[low.end : high.start]):
            dropped.update({index, index + 1})
        else:
            written = text[low.start : low.end]
            qualifier = written.rsplit(None, 1)[0] if " " in written.strip() else None
            out[index], out[index + 1] = replace(low, approx=qualifier), replace(high, approx=None)
    return [item for index, item in enumerate(out) if index not in dropped]


def _unled_count_range(low: Found, high: Found, text: str) -> bool:
    return (
        low.kind == high.kind == "count"
        and low.approx is not None
        and bounds_of_one_range(text[low.start : low.end], low.approx, high.approx)
        and low.approx.split(None, 1)[0] not in RANGE_LEADS
    )


def _named_before(span: Span) -> bool:
    """ "Boeing 737-800", "Ryanair's 737-800": a name, or a capitalised word within a sentence,
    just before."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if before.tag_ == "POS" and span.start >= 2:
        before = span.doc[span.start - 2]
    return before.pos_ == "PROPN" or (before.text[:1].isupper() and not before.is_sent_start)


def _joined_to_next(tokens: list[Token]) -> bool:
    return len(tokens) > 1 and tokens[1].tag_ == "HYPH"


WORD_BEFORE = re.compile(r"\b(\w+)(\.?)\s+$")  # "No. 1": only an abbreviation keeps its stop
CUT_YEAR = re.compile(r"(?<!['’])(?:^|\s)['’]\d", re.M)


def names_something(doc: Doc, found: Found, text: str) -> bool:
    """ "Voyager 2", "Chapter 11", "the 787 Dreamliner": a number that names, kept as an
    identifier, not an amount."""
    if found.kind != "count":
        return False
    return _is_identifier(
        doc.char_span(found.start, found.end, alignment_mode="expand"), found, text
    )


def counts_nothing(doc: Doc, found: Found, text: str, times: list[TimeExpression]) -> bool:
    """A count that is no amount of anything and names nothing either: an idiom's zero, a
    pronoun "one", an ordinal "a third", or the first bound of a length of time."""
    written = text[found.start : found.end].lower()
    if found.kind not in {"count", "unit"} or (found.kind == "unit" and found.unit != "kelvin"):
        return False
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if written.endswith("absolute zero"):  # "absolute zero tolerance", "the odds are absolute zero"
        return _noun_follows(span) or (span is not None and _after_copula(span))
    if found.kind != "count":
        return False
    if written.endswith(" gross"):
        return span is None or not _ends_a_phrase(span)
    return (
        _joined_into_a_word(found, text)
        or _is_zero_idiom(span, written)
        or _refers_back(span, written)
        or _is_pronoun_one(span, found, text)
        or _is_ordinal(span, written)
        or _opens_time_range(found, text, times)
    )


REFERRING_DETERMINERS = {"the", "these", "those"}


def _joined_into_a_word(found: Found, text: str) -> bool:
    """ "a 5-4 decision", "the 737-800", "9-11", the sky's "J1149.5+6663", "a 2-to-1 vote",
    "a high-five": a number joined to another number or to a word that names nothing; neither
    an amount nor a name ("FTSE-100", "DC-9" and "COVID-19" name)."""
    if found.approx:
        return False
    if JOINED_TO_A_NUMBER.match(text, found.end):
        return True
    if text[found.start - 1 : found.start] not in {"-", "+"}:
        return False
    joined_to = text[found.start - 2 : found.start - 1]
    return joined_to.isdigit() or (joined_to.isalpha() and not _hyphened_name(found, text))


MEASURING_NOUN = re.compile(r"\s+(?:points|times)\b")  # nouns that count, never name
JOINED_TO_A_NUMBER = re.compile(r"-(?:to-)?\d")  # "5-4", "2-to-1"
NAME_AND_HYPHEN = re.compile(r"\b[A-Za-z]*[A-Z][A-Za-z]*[-+]$")  # "DC-", "COVID-", "MiG-"


def _hyphened_name(found: Found, text: str) -> bool:
    written = text[found.start : found.end]
    return (
        written.isdigit()
        and NAME_AND_HYPHEN.search(text, max(0, found.start - 20), found.start) is not None
    )


def _refers_back(span: Span | None, written: str) -> bool:
    """ "the two companies", "these three men": a number in words after "the" names again
    things the story has already counted; "the 27 member states" in digits still counts."""
    if span is None or span.start == 0 or written not in CARDINALS:
        return False
    return span.doc[span.start - 1].lower_ in REFERRING_DETERMINERS


def _is_identifier(span: Span | None, found: Found, text: str) -> bool:
    """ "Boeing 787", "Chapter 11", "Flight 447": a number that names, not counts; "led Trump
    5 points" and "beat Federer 3 times" count."""
    if found.approx or MEASURING_NOUN.match(text, found.end):
        return False
    if _hyphened_name(found, text):
        return True  # "FTSE-100", "DC-9", "COVID-19"
    if CUT_YEAR.match(text, max(0, found.start - 2)) and found.end - found.start == 2:
        return True  # "iLife '11": a year cut short; "''27 companies" opens a quote
    word_before = WORD_BEFORE.search(text, max(0, found.start - 20), found.start)
    if word_before is not None and word_before.group(1).lower() in load_words("naming_words"):
        return word_before.group(2) == "" or word_before.group(1).lower() in {"no", "nos"}
    if span is None or not len(span) or span.start == 0:
        return False
    doc = span.doc
    before = doc[span.start - 1]
    capitalised_mid_sentence = before.text[:1].isupper() and before.i != before.sent.start
    camel_case = before.text[:1].islower() and any(c.isupper() for c in before.text)  # "iOS 4"
    # "Apollo 11" and "Round Two" name; "debated Obama four times" counts
    after_a_name = not text[found.start : found.end].islower() and (
        before.pos_ == "PROPN" or camel_case or (capitalised_mid_sentence and before.pos_ == "NOUN")
    )
    return (
        after_a_name
        or _names_a_model(doc, span.start, span.end)
        or _after_another_count(span)
        or _before_one_thing(span, found)
    )


def _after_another_count(span: Span) -> bool:
    """ "five new 737 aircraft": a number after another count in one noun phrase names."""
    index = span.start - 1
    while index >= 0 and span.doc[index].pos_ == "ADJ":
        index -= 1
    return index < span.start - 1 and index >= 0 and span.doc[index].like_num


def _before_one_thing(span: Span, found: Found) -> bool:
    """ "the 737 replacement", "its 777 airliner", "the Standard & Poor's 500 index": a number
    above one before a singular noun names it; "60 aircraft" and "300 staff" count."""
    if found.value is None or found.value < 2 or not span.text.replace(",", "").isdigit():
        return False  # "a 9.0 magnitude earthquake" measures
    doc, index = span.doc, span.end
    if index >= len(doc) or doc_text(doc)[span.end_char : span.end_char + 1] == "-":
        return False
    while index + 1 < len(doc):  # "10,000 job cuts", "18 fact-checkers": the last noun counts
        if doc[index].dep_ == "compound" and doc[index + 1].pos_ == "NOUN":
            index += 1
        elif doc[index + 1].tag_ == "HYPH" and index + 2 < len(doc):
            index += 2
        else:
            break
    head = doc[index]
    return (
        head.tag_ == "NN"
        and head.lower_ not in load_words("singular_counted_nouns")
        and not PLURAL_ACRONYM.fullmatch(head.text)
    )


PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # "MPs", "NGOs": plural, though tagged singular


def _names_a_model(doc: Doc, start: int, end: int) -> bool:
    """ "the 787 Dreamliner", "Boeing's 747.": a number that a determiner or an owner's name
    introduces and a name or nothing nominal follows; "Apple's 500 employees", "the 20 Boeing
    jets" and "20 Boeing 777s" count."""
    before = doc[start - 1]
    while end + 1 < len(doc) and doc[end].tag_ == "``":
        end += 1  # the name in quote marks: "the 787 “Dreamliner”"
    after = doc[end] if end < len(doc) else None
    if before.tag_ == "POS" and start >= 2 and doc[start - 2].pos_ == "PROPN":
        return after is None or after.pos_ not in {"NOUN", "PROPN", "NUM", "ADJ"}
    if before.tag_ not in {"DT", "PRP$", "JJ"} or after is None or after.tag_ != "NNP":
        return False
    index = end
    while index < len(doc) and doc[index].tag_ == "NNP":
        if any(c.isdigit() for c in doc[index].text):
            return False
        index += 1
    return index == len(doc) or doc[index].tag_ not in {"NN", "NNS", "NNPS"}


# "net zero", "ground zero", "patient zero": names of a state or a place, not amounts of none
ZERO_NAMES_AFTER = {"net", "ground", "year", "patient", "absolute", "near"}


def _is_pronoun_one(span: Span | None, found: Found, text: str) -> bool:
    """ "one of the few indexes", "a weaker one", "come up with one", "one-sided": "one"
    standing for a noun or making a word; "one soldier", "at least one" and "one, two,
    three" are counts."""
    if found.approx or text[found.start : found.end].lower() != "one":
        return False
    if PRONOUN_ONE_AFTER.match(text, found.end) or any(
        ONE_IN_AN_IDIOM.match(text, start) for start in (max(0, found.start - 3), found.start)
    ):
        return True
    if span is None or len(span) != 1:
        return False
    in_a_list = ONE_IN_A_LIST.match(text, found.end) is not None
    return span[0].dep_ not in {"nummod", "quantmod", "compound"} and not in_a_list


PRONOUN_ONE_AFTER = re.compile(r"\s+(?:of|that|who|which)\b", re.I)
# "at one point", "one another", "no one", "one by one": a "one" that counts nothing
ONE_IN_AN_IDIOM = re.compile(
    r"(?:at one (?:point|stage|time)|no one|one (?:another|by one))\b", re.I
)
ONE_IN_A_LIST = re.compile(r"\s*(?:,|or\b|and\b|to\b)\s*(?:\d|two|three|four|five)\b", re.I)
TIME_RANGE_JOINT = re.compile(r"^\s+(?:and|to|or)\s+$|^\s?[–-]\s?$")
MAX_TIME_RANGE_JOINT = 8  # characters: " and " with a little more space


def _opens_time_range(found: Found, text: str, times: list[TimeExpression]) -> bool:
    """ "between 60 and 90 days": the first bound of a length of time the time extractor holds.
    Only the times that start within a joint's length after it are read (``times`` are in
    text order), so a text of thousands of numbers and times costs no more than its length."""
    first = bisect.bisect_right(times, found.end, key=lambda t: t.start)
    for time in times[first:]:
        if time.start > found.end + MAX_TIME_RANGE_JOINT:
            return False
        if TIME_RANGE_JOINT.match(text[found.end : time.start]) and text[time.start].isdigit():
            return True
    return False


def _ends_a_phrase(span: Span) -> bool:
    """Nothing that the phrase's last word could describe follows: "a gross of pencils", "a
    gross is 144"."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is None or after.pos_ in {"ADP", "PUNCT", "AUX", "VERB"}


def _after_copula(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].pos_ == "AUX"


def _noun_follows(span: Span | None) -> bool:
    after = span.doc[span.end] if span is not None and span.end < len(span.doc) else None
    return after is not None and after.tag_ in {"NN", "NNP", "HYPH"}


def _is_zero_idiom(span: Span | None, written: str) -> bool:
    """ "zero tolerance", "a zero-sum game", "net zero": a zero that is no count of anything;
    "zero hospitals", "fell to zero" and "Zero is a small number" are counts."""
    if not written.endswith("zero"):
        return False
    if span is None:
        return True
    before = span.doc[span.start - 1] if span.start else None
    return _noun_follows(span) or (before is not None and before.lower_ in ZERO_NAMES_AFTER)


def _is_ordinal(span: Span | None, written: str) -> bool:
    """ "for a third month", "a third straight term": an ordinal, not a fraction; "a third of
    the vote" and "fell by a third" are fractions."""
    if written not in {"a third", "a quarter"} or span is None:
        return False
    doc = span.doc
    index = span.end
    while index < len(doc) and doc[index].pos_ == "ADJ":
        index += 1
    return index < len(doc) and doc[index].tag_ in {"NN", "NNP"}
