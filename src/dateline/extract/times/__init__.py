"""Time expressions, found by patterns and normalised to TimeML TIMEX3 values.

``patterns`` holds what is matched; ``find`` picks the expressions; ``tense`` tells which way
a clause looks; ``calendar`` resolves what the calendar names, ``relative`` what counts from
the publication date (clocks, durations and sets with it); ``anaphora`` resolves what points
at another time ("a year earlier"); ``component`` writes them onto a ``Doc``.
"""

from dateline.extract.times.component import TIMES_KEY, make_times_component
from dateline.extract.times.find import extract_times, find_times

__all__ = ["TIMES_KEY", "extract_times", "find_times", "make_times_component"]
