"""Quantities: amounts, money, percentages and measures, with SI values and what they count.

``patterns`` finds number-and-unit phrases, with ``numbers`` (in the parent package) reading
the numbers, ``units`` the unit expressions and ``currencies`` the money; ``counts`` finds
counted things ("12 people"); ``lexicon`` loads the unit and currency tables; ``find`` puts
them together; ``component`` writes them onto a ``Doc``.
"""

from dateline.extract.quantities.component import QUANTITIES_KEY, make_quantities_component
from dateline.extract.quantities.find import extract_quantities

__all__ = ["QUANTITIES_KEY", "extract_quantities", "make_quantities_component"]
