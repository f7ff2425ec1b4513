"""Extractors: one package per kind of fact (entities, quotes, times, quantities, events), each
exporting its extractor, a pure function of the parsed ``Doc``, and its spaCy component;
``spans``, ``numbers`` and ``countries`` are shared by several of them."""
