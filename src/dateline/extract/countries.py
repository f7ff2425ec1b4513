"""Country codes (ISO 3166-1 alpha-3) for names, demonyms, capitals and seats of government.

pycountry gives the standard names; ``lexicon/countries.tsv`` adds the forms news uses
("Britain", "the US", "French", "the Kremlin").
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

import pycountry

from dateline.lexicon import load_pairs, load_rows

WORD = re.compile(r"[A-Za-zÀ-ÿ.'’-]+")
_MAX_NGRAM = 3


@cache
def country_forms() -> dict[str, tuple[str, str]]:
    """Form → (alpha-3, kind: name | demonym | seat), from the lexicon file."""
    return {row[0]: (row[1], row[2]) for row in load_rows("countries")}


MIN_SUBDIVISION_NAME = 5  # shorter names ("Nord", "Ain") are too often something else


@lru_cache(maxsize=8192)
def country_of(name: str) -> str | None:
    """The country a name, demonym, capital or seat stands for, or None."""
    name = " ".join(name.split())
    if name.lower().startswith("the "):
        name = name[4:]
    name = name.removesuffix("'s").removesuffix("’s")  # "Senegal's"
    if name in country_forms():
        return country_forms()[name][0]
    if len(name) <= 3 or not name[:1].isupper():
        return None  # two- and three-letter words are not looked up as codes ("IN", "IT")
    try:
        country = pycountry.countries.lookup(name)
    except LookupError:
        return None
    return str(country.alpha_3)


def names_country(name: str) -> bool:
    """Whether a name is a country's own name ("France", "the US"), not a demonym or a seat."""
    form = " ".join(name.split()).removeprefix("the ").removeprefix("The ")
    kind = country_forms().get(form, ("", "name"))[1]
    return kind == "name" and country_of(form) is not None


@lru_cache(maxsize=8192)
def country_in(text: str) -> str | None:
    """The first country named inside ``text`` ("German Foreign Ministry", "Bank of England")."""
    words = WORD.findall(text)
    for size in range(_MAX_NGRAM, 0, -1):
        for start in range(len(words) - size + 1):
            candidate = " ".join(words[start : start + size])
            if candidate[:1].isupper() and (code := country_of(candidate)):
                return code
    return None


@cache
def _subdivisions() -> dict[str, str]:
    """Names of states, provinces and regions (pycountry's ISO 3166-2) that name one place in
    one country only → that country's alpha-3."""
    countries: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        countries.setdefault(subdivision.name, set()).add(subdivision.country_code)
    out = {}
    for name, codes in countries.items():
        if len(codes) == 1 and len(name) >= MIN_SUBDIVISION_NAME:
            country = pycountry.countries.get(alpha_2=next(iter(codes)))
            if country is not None:
                out[name] = str(country.alpha_3)
    return out


def place_country(name: str) -> str | None:
    """The country a place is in: a country's own forms, else a state or province ("Lagos",
    "Ontario", "West Darfur"), else a city of GeoNames' ("Samarra", "Genoa")."""
    bare = " ".join(name.split()).removeprefix("the ")
    return country_of(name) or _subdivisions().get(bare) or city_country(bare)


def folded(name: str) -> str:
    """ "Sāmarrā’" → "Samarra": the name as English copy writes it."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(MARKS)


MARKS = str.maketrans("", "", "'’ʼ‘`")


@cache
def _cities() -> dict[str, str]:
    """GeoNames' cities of 15,000 people or more (``lexicon/cities.tsv``, derived by
    ``scripts/derive_cities.py``): each name and English alternate name → the alpha-3 code of
    the most populous city so named."""
    return {name: code for name, code in load_rows("cities")}


def city_country(name: str) -> str | None:
    """The country of the most populous city of that name ("Kirkuk" → IRQ), or None."""
    return _cities().get(folded(name))


def group_country(name: str) -> str | None:
    """The country of a party, movement, institution or news agency ("Hezbollah" → LBN)."""
    name = " ".join(name.split()).removeprefix("the ").removeprefix("The ")
    return load_pairs("national_groups").get(name.lower()) or None


def person_country(name: str) -> str | None:
    """The country a well-known office holder acts for ("Putin" → RUS)."""
    return load_pairs("known_people").get(" ".join(name.split()).lower()) or None
