"""Events: who did what to whom, coded in PLOVER and CAMEO, with modality, date and place.

``find`` finds triggers in the parse and codes them with their actors; ``mentions`` joins a
later mention ("the talks") to its event; ``component`` writes them onto a ``Doc``.
"""

from dateline.extract.events.component import EVENTS_KEY, make_events_component
from dateline.extract.events.find import extract_events

__all__ = ["EVENTS_KEY", "extract_events", "make_events_component"]
