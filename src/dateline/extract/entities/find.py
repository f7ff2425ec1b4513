"""Entities: the model's named-entity spans merged into one record per thing in the article.

Within an article: full names and surnames (also surnames the model missed or mistyped),
acronyms defined in parentheses, titles before names and in appositives, affiliations,
typing repaired by the company a name keeps, and a country code where one belongs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import pycountry
from spacy.symbols import PROPN
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from dateline.extract.countries import (
    city_country,
    country_forms,
    country_in,
    country_of,
    group_country,
    names_country,
    person_country,
    place_country,
)
from dateline.extract.entities.known_groups import group_in
from dateline.extract.quantities.currencies import currency_entities, currency_mentions
from dateline.extract.spans import entity_at, record_span, token_positions, token_texts
from dateline.lexicon import load_words
from dateline.model import Entity, EntityType

# spaCy's OntoNotes labels → the record's entity types. Dates, times, numbers and money
# are not entities: the time and quantity extractors own them.
LABEL_TYPES: dict[str, EntityType] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "NORP",
    "EVENT": "EVENT",
    "PRODUCT": "OTHER",
    "WORK_OF_ART": "OTHER",
    "LAW": "OTHER",
    "LANGUAGE": "OTHER",
}
_LEADING_ARTICLES = ("the ", "The ")
_PLACE_PREPOSITIONS = {"from", "to", "in", "at", "near", "into", "outside"}
_PREMODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "case", "punct"}
_ACRONYM_MIN = 2
# Lower-case words a defined name may hold without a letter in its acronym.
_ACRONYM_GLUE = {"for", "of", "and", "in", "on", "the", "de", "la", "du", "des", "to"}


def surface_name(span: SpacySpan) -> str:
    """The span's text without a leading article, a trailing possessive or leading titles."""
    words = _name_tokens(span)
    offset = span.start_char  # Doc.text is rebuilt on every access: slice the span's own text
    text = (
        span.text[words[0].idx - offset : words[-1].idx + len(words[-1]) - offset]
        if words
        else span.text
    )
    for article in _LEADING_ARTICLES:
        if text.startswith(article) and len(text) > len(article):
            text = text[len(article) :]
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return " ".join(text.split())


def _name_tokens(span: SpacySpan) -> list[Token]:
    """A PERSON span's tokens after title words it swallowed ("Chancellor Angela Merkel")."""
    tokens = list(span)
    if span.label_ == "PERSON":
        titles = load_words("titles")
        while len(tokens) > 1 and tokens[0].lower_ in titles:
            tokens.pop(0)
    return [t for t in tokens if t.dep_ != "case"]


@dataclass
class _Cluster:
    type: EntityType
    name: str
    spans: list[SpacySpan] = field(default_factory=list)
    surfaces: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    country: str | None = None

    def add_title(self, title: str) -> None:
        if title and title.casefold() not in (t.casefold() for t in self.titles):
            self.titles.append(title)


@cache
def _units() -> frozenset[str]:
    """Time zones and currency codes: the model's ORG for "UTC" or "USD" is not an entity."""
    codes = {str(c.alpha_3) for c in pycountry.currencies}
    return frozenset(codes | {w.upper() for w in load_words("not_entities")})


@dataclass(frozen=True)
class _Company:
    """What the model's labels elsewhere in the article say about a name."""

    org_words: frozenset[str]  # words of the names the model tagged ORG
    person_words: frozenset[str]  # words of the multi-word names it tagged PERSON

    @classmethod
    def of(cls, doc: Doc) -> _Company:
        org: set[str] = set()
        person: set[str] = set()
        for span in doc.ents:
            words = surface_name(span).split()
            if span.label_ == "ORG":
                org.update(words)
            elif span.label_ == "PERSON" and len(words) > 1:
                person.update(words)
        return cls(frozenset(org), frozenset(person))


def _described_as_org(span: SpacySpan) -> bool:
    """ "retailer Best Buy", "German magazine Der Spiegel", "airline, Ryanair,": a name
    introduced by a noun for an organisation."""
    descriptors = load_words("org_descriptors")
    root = span.root
    if root.dep_ == "appos" and root.head.lower_ in descriptors and root.head.i < span.start:
        return True
    return any(
        t.dep_ == "compound" and t.i < span.start and t.lower_ in descriptors for t in root.lefts
    )


def _placed_in_country(span: SpacySpan) -> bool:
    """ "to Toulouse, France" and "from Toulouse in France": a name placed in a country is a
    place."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text not in {",", "in"}:
        return False
    if doc[span.end].text == "in" and not (
        span.root.dep_ == "pobj" and span.root.head.lower_ in _PLACE_PREPOSITIONS
    ):
        return False  # "talks with Olaf Scholz in Germany" place the talks, not the man
    after = doc[span.end + 1]
    if after.ent_iob_ != "B" or after.ent_type_ != "GPE":
        return False
    country = entity_at(after)
    return names_country(country.text) and (
        country.end == len(doc) or doc[country.end].dep_ != "case"
    )


def _repaired_type(span: SpacySpan, name: str, company: _Company) -> EntityType | None:
    if name in _units():
        return None
    type_ = LABEL_TYPES.get(span.label_)
    if type_ == "PERSON" and any(c.isdigit() for c in name):
        return None  # "the 145m-high dam": a measure the model took for a name
    words = name.split()
    last_word = words[-1].lower()
    if type_ == "PERSON" and last_word in load_words("org_heads"):
        return "ORG"  # a ministry or a legislature is never a person
    after_the = span[0].lower_ == "the" or (
        span.start > 0 and span.doc[span.start - 1].lower_ == "the"
    )
    if type_ == "PERSON" and after_the and span.root.head.i < span.end:
        return "ORG"  # "the Beatles": a group, not a person ("the Obama plan" is not this)
    if type_ == "PERSON" and _described_as_org(span):
        return "ORG"
    if type_ == "PERSON" and _placed_in_country(span):
        return "GPE"
    if (
        type_ in {"PERSON", "GPE"}
        and len(words) == 1
        and name in company.org_words
        and name not in company.person_words
        and not country_of(name)
    ):
        return "ORG"  # "Ryanair" tagged ORG in one sentence and PERSON in the next
    before = span.doc[span.start - 1] if span.start > 0 else None
    if (
        type_ in {"ORG", "GPE"}
        and before is not None
        and before.lower_ in load_words("titles")
        and 2 <= len(name.split()) <= 3
        and last_word not in load_words("org_heads")
        and not country_of(name)
    ):
        return "PERSON"  # "Chancellor Olaf Scholz": a title makes the name a person's
    if (
        type_ in {"ORG", "PERSON"}
        and country_of(name)
        and load_words("titles").isdisjoint(name.lower().split())
    ):
        return "ORG" if name in _seat_forms() else "GPE"
    return type_


@cache
def _seat_forms() -> frozenset[str]:
    return frozenset(form for form, (_, kind) in country_forms().items() if kind == "seat")


def _find_cluster(clusters: list[_Cluster], type_: EntityType, name: str) -> _Cluster | None:
    key = name.casefold()
    if " " not in name:
        # A lone surname of a person named earlier stays that person, whatever the model's label.
        for cluster in clusters:
            if (
                cluster.type == "PERSON"
                and " " in cluster.name
                and cluster.name.split()[-1].casefold() == key
            ):
                return cluster
    for cluster in clusters:
        if cluster.type == type_ and key in (s.casefold() for s in cluster.surfaces):
            return cluster
    return None


def _add_untagged_mentions(doc: Doc, clusters: list[_Cluster]) -> None:
    """Mentions the model missed: another occurrence of a name it tagged elsewhere in the
    article, or the surname of a person named in full."""
    by_words: dict[tuple[str, ...], _Cluster] = {}
    for cluster in clusters:
        for surface in cluster.surfaces:
            by_words.setdefault(tuple(surface.split()), cluster)
        if cluster.type == "PERSON" and " " in cluster.name:
            by_words.setdefault((cluster.name.split()[-1],), cluster)
    covered = {i for c in clusters for span in c.spans for i in range(span.start, span.end)}
    longest = max((len(words) for words in by_words), default=0)
    texts = token_texts(doc)
    proper = [pos == PROPN for pos in token_positions(doc)]
    i = 0
    while i < len(texts):
        if not (texts[i][:1].isupper() and proper[i] and (i == 0 or not proper[i - 1])):
            i += 1  # a mention starts a run of proper nouns, with a capital
            continue
        for size in range(min(longest, len(texts) - i), 0, -1):
            found = by_words.get(tuple(texts[i : i + size]))
            if (
                found is not None
                and covered.isdisjoint(range(i, i + size))
                and (i + size == len(texts) or not proper[i + size])
            ):
                found.spans.append(mention_extent(doc[i : i + size]))
                covered.update(range(i, i + size))
                i += size - 1
                break
        i += 1


def mention_extent(span: SpacySpan) -> SpacySpan:
    """A mention's extent: a determining "the" joins an organisation or a place; a trailing
    possessive does not belong to the name."""
    doc = span.doc
    start, end = span.start, span.end
    while (
        end - start > 1
        and doc[end - 1].dep_ == "case"
        and doc[end - 1].text in {"'s", "’s", "'", "’"}
    ):
        end -= 1
    # "Air France Flight 447": the airline, not the flight.
    if end - start > 2 and doc[end - 1].like_num and doc[end - 2].lower_ == "flight":
        end -= 1
    if end - start > 1 and doc[end - 1].lower_ == "flight":
        end -= 1
    if end - start > 1 and doc[start].lower_ == "the" and not start < doc[start].head.i < end:
        start += 1  # "the Atlanta plant": the article belongs to the plant
    label = span.label_ or ""
    if label in {"ORG", "GPE", "LOC", "FAC", ""} and start > 0:
        before = doc[start - 1]
        if before.lower_ == "the" and before.dep_ == "det" and start <= before.head.i < end:
            start -= 1
    return SpacySpan(doc, start, end, label=label)


def _defined_acronym(span: SpacySpan) -> str | None:
    """``Organization for Security and Co-operation in Europe (OSCE)`` → ``OSCE``."""
    doc = span.doc
    if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
        candidate = doc[span.end + 1].text
        if len(candidate) >= _ACRONYM_MIN and candidate.replace(".", "").isupper():
            return candidate
    return None


def _initials_span(doc: Doc, paren: int, acronym: str) -> SpacySpan | None:
    """The words before ``(ACRONYM)`` whose capitals spell it, as an ORG span."""
    letters = acronym.replace(".", "")
    collected = ""
    start = paren
    while start > 0 and len(collected) < len(letters) and paren - start < 3 * len(letters):
        start -= 1
        word = doc[start].text
        after_hyphen = start > 0 and doc[start - 1].text == "-"
        if word[:1].isupper():
            collected = word[0] + collected
        elif word[:1].isalpha() and not after_hyphen and word not in _ACRONYM_GLUE:
            return None
    if collected != letters:
        return None
    return SpacySpan(doc, start, paren, label="ORG")


def _expand_acronyms(doc: Doc, clusters: list[_Cluster]) -> None:
    """A defining stretch that the model cut in pieces becomes one organisation mention."""
    texts = token_texts(doc)
    for i in range(len(texts) - 2):
        if not (texts[i] == "(" and texts[i + 2] == ")"):
            continue
        token = doc[i]
        acronym = texts[i + 1]
        if len(acronym) < _ACRONYM_MIN or not acronym.replace(".", "").isupper():
            continue
        span = _initials_span(doc, token.i, acronym)
        if span is None or any(
            s.end == span.end and s.start <= span.start for c in clusters for s in c.spans
        ):
            continue  # the model already has the whole name

        def inside(s: SpacySpan, span: SpacySpan = span) -> bool:
            return s.start < span.end and span.start < s.end

        first = min([span.start] + [s.start for c in clusters for s in c.spans if inside(s)])
        span = SpacySpan(doc, first, span.end, label="ORG")
        owner = _Cluster(type="ORG", name=surface_name(span))
        for cluster in clusters:
            cluster.spans = [s for s in cluster.spans if not inside(s)]
        owner.spans.append(span)
        owner.surfaces.append(owner.name)
        clusters.append(owner)
    clusters[:] = [c for c in clusters if c.spans]


def _merge_acronyms(clusters: list[_Cluster]) -> list[_Cluster]:
    """Clusters named by an acronym join the cluster that defined it."""
    defined: dict[str, _Cluster] = {}
    for cluster in clusters:
        for span in cluster.spans:
            if (acronym := _defined_acronym(span)) is not None:
                defined.setdefault(acronym, cluster)
    kept = []
    for cluster in clusters:
        owner = defined.get(cluster.name)
        if owner is not None and owner is not cluster:
            owner.spans.extend(cluster.spans)
            owner.surfaces.extend(s for s in cluster.surfaces if s not in owner.surfaces)
        else:
            kept.append(cluster)
    for acronym, owner in defined.items():
        if acronym not in owner.surfaces:
            owner.surfaces.append(acronym)
    return kept


def _title_start(span: SpacySpan) -> int:
    """Where the words that modify a name begin ("U.S. President Barack Obama")."""
    doc = span.doc
    start = span.start
    while (
        start > 0
        and doc[start - 1].dep_ in _PREMODIFIER_DEPS
        and (start <= doc[start - 1].head.i < span.end)
    ):
        start -= 1
    return start


def _premodifier_title(span: SpacySpan) -> tuple[str, str | None]:
    """Title words before a name ("Foreign Minister", "France's top diplomat") and a country
    named by a possessive among them."""
    doc = span.doc
    names = _name_tokens(span)
    swallowed = [t for t in span if names and t.i < names[0].i]
    words = list(doc[_title_start(span) : span.start]) + swallowed
    root = span.root
    if (
        not words
        and root.dep_ == "appos"
        and root.head.i < span.start
        and root.head.pos_ in {"NOUN", "PROPN"}
        and all(
            t.i == root.head.i or t.head.i >= root.head.i for t in doc[root.head.i : span.start]
        )
    ):
        # "France's top diplomat Jean Dupont", "the Federal Minister for Water Farid
        # Sherpao": the name stands in apposition to its title.
        words = list(doc[root.head.left_edge.i : span.start])
    country = None
    for index, token in enumerate(words):
        if token.dep_ == "poss" and token.ent_type_ in {"GPE", "NORP"}:
            country = country_of(token.text)
            words = words[index + 1 :]
            break
    words = [t for t in words if t.dep_ not in {"case", "punct"}]
    while words and words[0].dep_ == "det":
        words = words[1:]  # "the Federal Minister for Interior …"
    return " ".join(t.text for t in words).strip(), country


def _country_of_prep(span: SpacySpan) -> str | None:
    """``Angela Merkel of Germany`` → DEU."""
    for child in span.root.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ == "GPE":
                    return country_of(pobj.text)
    return None


def _appositive(span: SpacySpan) -> tuple[str, list[str]]:
    """``Tom Harris, a senior fellow at the Lowy Institute`` → ("senior fellow", ["Lowy Institute"])."""
    root = span.root
    for child in root.children:
        if child.dep_ != "appos" or child.i < span.end:
            continue
        affiliations: list[str] = []
        kept: list[Token] = []
        skip: set[int] = set()
        for token in child.subtree:
            if token.dep_ == "prep" and any(t.ent_type_ in {"ORG", "GPE"} for t in token.subtree):
                orgs = [e for e in span.doc.ents if token.i < e.start <= token.right_edge.i]
                affiliations.extend(surface_name(e) for e in orgs)
                skip.update(t.i for t in token.subtree)
            elif token.dep_ in {"det", "punct", "relcl", "acl"} or token.i in skip:
                if token.dep_ in {"relcl", "acl"}:
                    skip.update(t.i for t in token.subtree)
                continue
            if token.i not in skip:
                kept.append(token)
        return " ".join(t.text for t in kept), affiliations
    return "", []


def _enrich(cluster: _Cluster) -> None:
    for span in cluster.spans:
        if cluster.type == "PERSON":
            title, country = _premodifier_title(span)
            cluster.add_title(title)
            cluster.country = cluster.country or country
            appos_title, affiliations = _appositive(span)
            cluster.add_title(appos_title)
            cluster.country = cluster.country or _country_of_prep(span)
            for affiliation in affiliations:
                if affiliation not in cluster.affiliations:
                    cluster.affiliations.append(affiliation)
    if cluster.type in {"GPE", "LOC"}:
        cluster.country = place_country(cluster.name) or _region_of_country(cluster.name)
    elif cluster.type == "NORP" and _community(cluster):
        first = cluster.spans[0]
        cluster.country = _demonym_before(cluster.spans)
        cluster.country = cluster.country or _country_placed(first) or _country_of_sentence(first)
    elif cluster.type == "NORP":
        # "Bosnian Serbs": a people named with the country they live in
        cluster.country = country_of(cluster.name) or group_country(cluster.name)
        cluster.country = cluster.country or _leading_demonym(cluster.name)
        cluster.country = cluster.country or city_country(cluster.name)  # a town mistyped
    elif cluster.type == "ORG":
        cluster.country = country_of(cluster.name) or country_in(cluster.name)
        cluster.country = cluster.country or group_country(cluster.name)
        cluster.country = cluster.country or _possessor_country(cluster.spans)
    elif cluster.type == "PERSON" and cluster.country is None:
        cluster.country = next((c for t in cluster.titles if (c := country_in(t))), None)
        cluster.country = cluster.country or person_country(cluster.name)
        cluster.country = cluster.country or _leading_demonym(cluster.name)  # typed a person
        if (
            cluster.country is None
            and _holds_state_office(cluster.titles)
            and not any(group_in(title) for title in cluster.titles)  # "U.N. Secretary-General"
        ):
            cluster.country = _country_of_sentence(cluster.spans[0])


COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
COMPASS |= {"central", "northeast", "northwest", "southeast", "southwest", "upper", "lower"}


def _community(cluster: _Cluster) -> bool:
    """A faith or a people of no one state ("Shiite", "Kurds"), or "ethnic Albanians", whose
    country is where the sentence places them, not the one the name suggests."""
    first = cluster.spans[0]
    if first.start > 0 and first.doc[first.start - 1].lower_ == "ethnic":
        return True
    communities = load_words("communities")
    return any(word in communities for word in cluster.name.lower().split())


def _region_of_country(name: str) -> str | None:
    """ "Western Cambodia", "southern Lebanon", "east Bosnia": a part of a country."""
    first, _, rest = name.partition(" ")
    return country_of(rest) if first.lower() in COMPASS and rest else None


def _possessor_country(spans: list[SpacySpan]) -> str | None:
    """ "The Ivory Coast's Supreme Court": an institution a country's possessive owns."""
    for span in spans:
        for child in span.root.children:
            if child.dep_ == "poss" and child.i < span.start:
                owner = span.doc[child.left_edge.i : child.i + 1].text
                if code := country_of(owner.removeprefix("The ").removeprefix("the ")):
                    return code
    return None


def _leading_demonym(name: str) -> str | None:
    """ "Bosnian Serbs", "Iraqi Kurds": a people named with the country they live in."""
    first, _, rest = name.partition(" ")
    people = rest.endswith("s") and rest[:1].isupper() and " " not in rest
    return country_of(first) if people else None


def _holds_state_office(titles: list[str]) -> bool:
    offices = load_words("state_offices")
    return any(word in offices for title in titles for word in title.lower().split())


# Where a country in the sentence is the one acted on, not the one the office holder serves.
ACTED_ON_PREPOSITIONS = {"against", "on", "with", "toward", "towards", "into", "to", "between"}


def _country_of_sentence(span: SpacySpan) -> str | None:
    """The country an office holder serves when no title says it: the first country the
    sentence names that is not acted on ("President Grace Wanjiru vowed to outlaw Kenyan
    opposition parties" → KEN; "President Obama warned Russia" → none)."""
    for ent in span.sent.ents:
        if ent.start < span.end and span.start < ent.end:
            continue
        if _acted_on(ent.root):
            continue
        # any label: the model often takes a demonym alone ("Kenyan") for a person
        if code := country_of(ent.text) or place_country(ent.text):
            return code
        if ent.label_ in {"ORG", "LOC", "FAC"} and (code := country_in(ent.text)):
            return code
    for token in span.sent:  # a country the model found no entity in ("the Kenya Anti-…")
        if token.ent_type_ or not token.text[:1].isupper() or _acted_on(token):
            continue
        if code := country_of(token.text):
            return code
    return None


def _demonym_before(spans: list[SpacySpan]) -> str | None:
    """ "Syrian Kurds", "Lebanese Shiites": the nationality written before a community."""
    for span in spans:
        if span.start > 0 and (code := country_of(span.doc[span.start - 1].text)):
            return code
    return None


def _country_placed(span: SpacySpan) -> str | None:
    """The country of the first place the sentence puts something "in" ("Kurdish positions
    in Syria" → SYR)."""
    for ent in span.sent.ents:
        placed = ent.root.dep_ == "pobj" and ent.root.head.lower_ in {"in", "inside", "across"}
        if placed and (code := country_of(ent.text) or place_country(ent.text)):
            return code
    return None


def _acted_on(token: Token) -> bool:
    while token.dep_ in {"conj", "compound"} and token.head.i != token.i:
        token = token.head  # "between Chad and Niger", "the Kenya commission"
    if token.dep_ in {"dobj", "dative"}:
        return True
    head = token.head
    return (
        token.dep_ == "pobj"
        and head.lower_ in ACTED_ON_PREPOSITIONS
        and not (head.lower_ == "to" and head.head.lower_ == "according")
    )


def _merge_countries(clusters: list[_Cluster]) -> list[_Cluster]:
    """ "the US", "U.S." and "the United States" in one article are one country; its capital
    ("Athens" beside "Greece") stays a place of its own."""
    by_country: dict[str, _Cluster] = {}
    kept = []
    for cluster in clusters:
        is_country = cluster.type == "GPE" and names_country(cluster.name)
        owner = by_country.get(cluster.country or "") if is_country else None
        if owner is None:
            if is_country and cluster.country:
                by_country[cluster.country] = cluster
            kept.append(cluster)
            continue
        owner.spans = sorted([*owner.spans, *cluster.spans], key=lambda span: span.start)
        owner.surfaces.extend(s for s in cluster.surfaces if s not in owner.surfaces)
        if len(cluster.name) > len(owner.name):
            owner.name = cluster.name
    return kept


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w not in _ACRONYM_GLUE)


def _short_form_owner(short: _Cluster, clusters: list[_Cluster]) -> _Cluster | None:
    """The one longer-named cluster a short form stands for: a given name alone ("Angela"),
    an organisation's head word after "the" ("the Commission"), or its acronym used without
    a definition ("NATO" beside "the North Atlantic Treaty Organization")."""
    name = short.name
    if " " in name:
        return None
    if short.type == "PERSON":
        owners = [c for c in clusters if c.type == "PERSON" and c.name.split()[0] == name != c.name]
    elif short.type == "ORG" and name.lower() in load_words("org_heads"):
        owners = [c for c in clusters if c.type == "ORG" and c.name.endswith(" " + name)]
    elif short.type == "ORG" and len(name) >= _ACRONYM_MIN and name.isupper():
        owners = [
            c for c in clusters if c.type == "ORG" and " " in c.name and _initials(c.name) == name
        ]
    else:
        return None
    return owners[0] if len(owners) == 1 else None


def _merge_short_forms(clusters: list[_Cluster]) -> list[_Cluster]:
    kept = []
    for cluster in clusters:
        owner = _short_form_owner(cluster, clusters)
        if owner is None:
            kept.append(cluster)
            continue
        owner.spans = sorted([*owner.spans, *cluster.spans], key=lambda span: span.start)
        owner.surfaces.extend(s for s in cluster.surfaces if s not in owner.surfaces)
    return kept


def extract_entities(doc: Doc) -> list[Entity]:
    clusters: list[_Cluster] = []
    company = _Company.of(doc)
    currencies = currency_mentions(doc)
    named_currency = {o for spans in currencies.values() for s, e in spans for o in range(s, e)}
    for span in map(mention_extent, doc.ents):
        if span.start_char in named_currency:
            continue  # "Sterling slipped": the currency, not a company
        name = surface_name(span)
        type_ = _repaired_type(span, name, company) if name else None
        if type_ is None:
            continue
        cluster = _find_cluster(clusters, type_, name)
        if cluster is None:
            cluster = _Cluster(type=type_, name=name)
            clusters.append(cluster)
        elif len(name) > len(cluster.name) and not (
            cluster.type == "PERSON" and " " in cluster.name and type_ != "PERSON"
        ):
            cluster.name = name
        cluster.spans.append(span)
        if name not in cluster.surfaces:
            cluster.surfaces.append(name)
    _add_untagged_mentions(doc, clusters)
    _expand_acronyms(doc, clusters)
    clusters = _merge_short_forms(_merge_acronyms(clusters))
    for cluster in clusters:
        cluster.spans.sort(key=lambda span: span.start)
        _enrich(cluster)
    clusters = _merge_countries(clusters)
    named = [
        Entity(
            id=f"e{index}",
            name=cluster.name,
            type=cluster.type,
            country=cluster.country,
            titles=cluster.titles,
            affiliations=cluster.affiliations,
            aliases=[s for s in cluster.surfaces if s != cluster.name],
            mentions=[record_span(span) for span in cluster.spans],
        )
        for index, cluster in enumerate(clusters, start=1)
    ]
    return named + currency_entities(doc, currencies, first_id=len(named) + 1)
