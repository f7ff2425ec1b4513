"""Extractors: one module per kind of fact, each a pure function of the parsed ``Doc``."""
