"""Currencies named in words ("paid in euros instead of dollars", "the rouble fell"): one
entity of type OTHER per ISO 4217 code, named as ISO 4217 names it, with the country that
issues it. A sum in that currency is a quantity as well; its name is a mention here too.
"""

from __future__ import annotations

import re
from functools import cache

import pycountry
from spacy.tokens import Doc, Span

from dateline.extract.quantities.lexicon import currency_form, currency_forms
from dateline.extract.spans import char_span, doc_text
from dateline.model import Entity

# Forms that are other words first when no amount stands before them: "won" a verb, "real"
# an adjective.
AFTER_AN_AMOUNT_ONLY = {"won", "real"}
NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS"}


@cache
def currency_names() -> re.Pattern[str]:
    forms = [
        form
        for form, (_, kind) in currency_forms().items()
        if kind == "name" and form not in AFTER_AN_AMOUNT_ONLY
    ]
    capitalised = [f[:1].upper() + f[1:] for f in forms]  # "Sterling slipped"
    alternatives = "|".join(
        re.escape(f) for f in sorted(set(forms + capitalised), key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def currency_name(code: str, written: str) -> str:
    """ "EUR" → "Euro", "USD" → "US Dollar"; a currency ISO 4217 does not list keeps the
    name the text gives it ("Bitcoin")."""
    found = pycountry.currencies.get(alpha_3=code)
    return str(found.name) if found is not None else written[:1].upper() + written[1:]


def issuing_country(code: str) -> str | None:
    """A national currency's code starts with its country's ISO 3166 alpha-2 code ("JPY" →
    JPN); the euro ("EU") and the X codes of gold and bitcoin belong to no one country."""
    country = pycountry.countries.get(alpha_2=code[:2])
    return str(country.alpha_3) if country is not None else None


def _other_word(span: Span) -> bool:
    """ "a sterling effort", "a yen for travel", "Rand Paul": another word, not the currency."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start else None
    if span.text[:1].isupper() and not span[0].is_sent_start:
        return True  # "Real Madrid", "Ayn Rand": a name, where a currency would be lower case
    if (
        span.text[:1].isupper()
        and after is not None
        and (after.text[:1].isupper() or after.is_digit)
    ):
        return True  # "Rand Paul said", "Euro 2024"
    if span.text.lower() == "sterling":
        return after is not None and after.tag_ in NOUN_TAGS
    return span.text.lower() == "yen" and before is not None and before.lower_ == "a"


def currency_mentions(doc: Doc) -> dict[str, list[tuple[int, int]]]:
    """ISO code → the character spans that name it, in order."""
    found: dict[str, list[tuple[int, int]]] = {}
    for match in currency_names().finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is None or _other_word(span):
            continue
        form = currency_form(match.group(0))
        if form is not None:
            found.setdefault(form[0], []).append(match.span())
    return found


def currency_entities(
    doc: Doc, mentions: dict[str, list[tuple[int, int]]], *, first_id: int
) -> list[Entity]:
    """One entity per currency in ``mentions`` (from ``currency_mentions``)."""
    text = doc_text(doc)
    entities = []
    for index, (code, spans) in enumerate(mentions.items(), start=first_id):
        surfaces = dict.fromkeys(text[start:end] for start, end in spans)
        name = currency_name(code, next(iter(surfaces)))
        entities.append(
            Entity(
                id=f"e{index}",
                name=name,
                type="OTHER",
                country=issuing_country(code),
                aliases=[s for s in surfaces if s != name],
                mentions=[char_span(text, start, end) for start, end in spans],
            )
        )
    return entities
