"""Quotes: direct, indirect and mixed, each with its cue and speaker.

``find`` finds quotes and their speakers; ``marks`` pairs quotation marks; ``content`` takes an
indirect quote's content from the parse; ``transcripts`` reads interview and Q&A layouts;
``component`` writes them onto a ``Doc``.
"""

from dateline.extract.quotes.component import QUOTES_KEY, make_quotes_component
from dateline.extract.quotes.find import extract_quotes

__all__ = ["QUOTES_KEY", "extract_quotes", "make_quotes_component"]
