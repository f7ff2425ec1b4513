"""Entities: spaCy's mentions merged into one record per thing, typed, with country and titles.

``find`` merges and types them, reading the gazetteers of ``known_groups`` (and of countries,
shared in ``dateline.extract.countries``); ``component`` writes them onto a ``Doc``.
"""

from dateline.extract.entities.component import ENTITIES_KEY, make_entities_component
from dateline.extract.entities.find import extract_entities

__all__ = ["ENTITIES_KEY", "extract_entities", "make_entities_component"]
