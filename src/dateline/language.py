"""The language of an article's body: English recognised by its function words at no cost,
any other language by py3langid's model (shipped inside the package, loaded on first use)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from dateline.lexicon import load_words

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

DEFAULT_LANGUAGE = "en"
WORD_RE = re.compile(r"[^\W\d_]+")
PARAGRAPH_RE = re.compile(r"\n\s*\n|\n")
ENGLISH_FUNCTION_WORDS = load_words("english_function_words")
# Running English has a quarter to a third of its words in the list above; a German,
# French or Russian page with English names, captions and a quoted sentence stays far below.
ENGLISH_SHARE = 0.15
MIN_WORDS = 20  # fewer words than this say too little to be sure of the language
MIN_PARAGRAPH_LETTERS = 20  # shorter paragraphs (a byline, a caption) are not asked
MAX_SAMPLE_CHARS = 20_000  # the body's start is enough to tell its language
# A paragraph counts for a language only when the model gives that language at least this
# probability: "Mr. Putin, 71, told reporters." is English at 0.04, and counts for nothing.
MIN_CONFIDENCE = 0.5
NO_LANGUAGE = "zxx"  # py3langid's label for text with no linguistic content
# py3langid takes English news dense with Nigerian names for Nigerian Pidgin, an English-
# lexified creole; a paragraph it gives to Pidgin counts as English unless at least this
# share of its words are Pidgin's own grammar words ("Dem don close di market").
PIDGIN = "pcm"
PIDGIN_MARKERS = load_words("pidgin_markers")
MIN_PIDGIN_SHARE = 0.05


@dataclass(frozen=True)
class DetectedLanguage:
    code: str  # ISO 639-1 where the language has one (ISO 639-3 otherwise)
    share: float  # of the body's letters in paragraphs detected as this language
    detector: str  # "function words", "py3langid" or "default" (too little text)


def detect_language(text: str, *, default: str = DEFAULT_LANGUAGE) -> DetectedLanguage:
    """The language most of ``text``'s letters are written in."""
    sample = text[:MAX_SAMPLE_CHARS]
    words = WORD_RE.findall(sample)
    if len(words) < MIN_WORDS:
        return DetectedLanguage(default, 0.0, "default")
    if english_share(words) >= ENGLISH_SHARE:
        return DetectedLanguage("en", 1.0, "function words")
    letters: Counter[str] = Counter()
    for paragraph in PARAGRAPH_RE.split(sample):
        count = sum(len(word) for word in WORD_RE.findall(paragraph))
        if count >= MIN_PARAGRAPH_LETTERS:
            code, probability = _paragraph_language(paragraph)
            if probability >= MIN_CONFIDENCE:
                letters[code] += count
    letters.pop(NO_LANGUAGE, None)
    if not letters:
        return DetectedLanguage(default, 0.0, "default")
    code, count = letters.most_common(1)[0]
    return DetectedLanguage(code, round(count / letters.total(), 3), "py3langid")


def english_share(words: list[str]) -> float:
    return sum(word.lower() in ENGLISH_FUNCTION_WORDS for word in words) / max(1, len(words))


def _paragraph_language(paragraph: str) -> tuple[str, float]:
    code, probability = _identifier().classify(paragraph)
    if code == PIDGIN:
        words = WORD_RE.findall(paragraph.lower())
        markers = sum(word in PIDGIN_MARKERS for word in words)
        if markers < MIN_PIDGIN_SHARE * len(words):
            return "en", probability
    return code, probability


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
