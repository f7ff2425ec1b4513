from __future__ import annotations

from importlib.resources import files

import pytest

from dateline.lexicon import load_words

LEXICONS = [
    "reporting_verbs",
    "speaker_nouns",
    "titles",
    "org_heads",
    "object_content_verbs",
    "not_entities",
    "org_descriptors",
    "stance_verbs",
    "stance_nouns",
    "state_offices",
    "actor_groups",
    "communities",
    "claim_nouns",
    "intention_nouns",
    "stance_adjectives",
    "naming_words",
    "singular_counted_nouns",
    "event_nouns",
    "light_nouns",
    "planned_heads",
    "intent_heads",
    "demand_nouns",
    "withholding_verbs",
    "control_verbs",
    "suffering_verbs",
    "permitting_verbs",
    "pressing_verbs",
    "verbal_when_personal",
    "english_function_words",
    "pidgin_markers",
]
# Lexicons whose first column keeps its case (names, unit symbols).
NAMED_LEXICONS = [
    "currencies",
    "units",
    "countries",
    "known_groups",
    "national_groups",
    "known_people",
]


@pytest.mark.parametrize("name", LEXICONS)
def test_lexicon_entries_unique_and_lowercase(name: str) -> None:
    text = files("dateline.lexicon").joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    entries = [
        line.split("\t")[0] for line in text.splitlines() if line and not line.startswith("#")
    ]
    assert len(entries) == len(set(entries)), "an entry appears twice"
    assert all(e == e.strip().lower() for e in entries)
    assert load_words(name) == frozenset(entries)


@pytest.mark.parametrize(
    ("name", "word", "present"),
    [
        ("reporting_verbs", "say", True),
        ("reporting_verbs", "tell", True),
        ("reporting_verbs", "eat", False),
        ("speaker_nouns", "official", True),
        ("speaker_nouns", "decision", False),
        ("speaker_nouns", "growth", False),
        ("event_nouns", "summit", True),
        ("event_nouns", "supplies", False),
        ("planned_heads", "due", True),
        ("intent_heads", "vow", True),
        ("withholding_verbs", "fail", True),
        ("control_verbs", "urge", True),
        ("control_verbs", "say", False),
        ("english_function_words", "the", True),
        ("english_function_words", "die", False),  # German's article
        ("english_function_words", "in", False),
    ],
)
def test_lexicon_membership(name: str, word: str, present: bool) -> None:
    assert (word in load_words(name)) is present


@pytest.mark.parametrize("name", NAMED_LEXICONS)
def test_lexicon_mapping_forms_unique(name: str) -> None:
    text = files("dateline.lexicon").joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    forms = [line.split("\t")[0] for line in text.splitlines() if line and not line.startswith("#")]
    assert len(forms) == len(set(forms)), "a form appears twice"


def test_lexicon_currency_codes_are_iso_4217() -> None:
    import pycountry

    from dateline.extract.quantities.lexicon import currency_forms

    codes = {code.removeprefix("~") for code, _ in currency_forms().values()} - {"XBT"}
    assert all(pycountry.currencies.get(alpha_3=code) is not None for code in codes)


def test_lexicon_every_unit_is_known_to_pint() -> None:
    from dateline.extract.quantities.find import pint_expression
    from dateline.extract.quantities.lexicon import unit_forms, units

    for unit in set(unit_forms().values()):
        units()(pint_expression(unit))


def test_lexicon_country_codes_are_iso_3166() -> None:
    import pycountry

    from dateline.extract.countries import country_forms

    assert all(pycountry.countries.get(alpha_3=code) for code, _ in country_forms().values())
