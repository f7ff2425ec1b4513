"""Quotes and their speakers: direct (in quotation marks), indirect (a reporting verb with a
clause) and mixed (a clause with a quoted part), each tied to the mention of its speaker and,
through pronouns and earlier mentions, to the speaker's entity.

The rules, in order, for each quoted stretch: a reporting verb outside the marks in the same
sentence, with its subject as the speaker; a dash attribution after the closing mark
(``— Commissioner Ana Ruiz``); else the speaker of the previous quote in the same or the
previous paragraph. Indirect speech is a reporting verb whose clausal complement is the
content (``Analysts say the government is likely to ...``), a parenthetical cue (``..., says
Harris, ...``), or ``according to X``; what a verb reports, and where that ends, is found by
``quote_content``. This module finds the quotes and ties them to their speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from dateline.extract.quotes.content import (
    SUBJECT_DEPS,
    addition_cut,
    agent,
    as_aside_content,
    block_after_colon,
    colon_run_on,
    cue_words,
    directive_content,
    is_clause,
    lemma,
    made_statement,
    naming_content,
    object_before_clause,
    object_content,
    object_end,
    parallel_end,
    passive_content,
    reported_clause,
    reported_end,
    reporting,
    speech,
    stance_adjective,
    stance_content,
    stance_noun_content,
    that_clause,
    to_clause,
    topic_of,
)
from dateline.extract.quotes.marks import Quoted, find_quoted
from dateline.extract.quotes.transcripts import Turn, find_headline, find_turns
from dateline.extract.spans import char_span, doc_text, entities_by_offset, entity_at
from dateline.lexicon import load_words
from dateline.model import Entity, Quote, Span

MIN_QUOTE_WORDS = 4  # one to three quoted words are a title or a scare quote


PERSON_PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m"}


GROUP_PRONOUNS = {"they", "we", "i", "you", "it"}  # "it": a company, a paper, a report


PEOPLE_PRONOUNS = {
    "some",
    "others",
    "many",
    "most",
    "few",
    "all",
    "both",
    "each",
    "everyone",
    "someone",
}


POSSESSIVE_PRONOUNS = {"his", "her", "their", "its", "our", "my"}
TOPIC_PREPOSITIONS = {"about", "on", "of", "over", "against", "for"}
# Nouns of statement or stance whose owner's words are about what follows them ("the mayor's
# remarks about the strike", "his support for the ban").
TOPIC_NOUNS = {
    "comments",
    "comment",
    "remarks",
    "remark",
    "criticism",
    "support",
    "opposition",
    "stance",
    "position",
    "views",
    "view",
    "claims",
    "rhetoric",
    "statements",
    "attacks",
}


GROUP_HEADS = {
    "chorus",
    "number",
    "handful",
    "couple",
    "lot",
    "dozens",
    "hundreds",
    "group",
    "host",
}


PERSON_SUFFIXES = ("man", "woman", "person", "ist", "ian", "er", "or")


DASH_ATTRIBUTION = re.compile(r"^[ \t]*[―—–-]{1,2}[ \t]*")


# A clause that holds a quote is mixed when the quoted words are less than this share of it.
QUOTED_SHARE_OF_MIXED = 0.8


# A sentence of at most this many tokens can be a bare cue ("Graham asked.").
SHORT_CUE_TOKENS = 12


# How far after a short quote its "she said" may stand, in characters.
SAID_WINDOW = 24


CONTENT_EDGE_PUNCT = " \t\n,;:―—–-"


@dataclass
class _Speaker:
    span: SpacySpan | None
    entity: Entity | None
    name: str | None
    gender: str | None = None


def _owned_claims(sentence: SpacySpan) -> list[tuple[Token, Token, Token]]:
    """ "the mayor's claim that crime had doubled": the claim noun, its owner and the clause
    that says what it is."""
    found = []
    for noun in sentence:
        if noun.pos_ != "NOUN":
            continue
        clause = that_clause(noun) if noun.lower_ in load_words("claim_nouns") else None
        if clause is None and noun.lower_ in load_words("intention_nouns"):
            clause = to_clause(noun)  # "the mayor's plan to close the port"
        if clause is None and noun.lower_ in TOPIC_NOUNS:
            clause = topic_of(noun, TOPIC_PREPOSITIONS)  # "the mayor's remarks about the strike"
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None and clause is not None and _is_owner(owner):
            found.append((noun, owner, clause))
    return found


def _is_owner(token: Token) -> bool:
    """A possessive that can hold a claim or a plan: "the mayor's", "his", "their", "its"."""
    return token.lower_ in POSSESSIVE_PRONOUNS or _is_speaker_word(token)


def _cue_span(verb: Token) -> SpacySpan:
    """The reporting verb with its auxiliaries and particle: ``has learned``, ``pointed out``."""
    start = verb.i
    while (
        start > 0
        and verb.doc[start - 1].dep_ in {"aux", "auxpass", "neg"}
        and verb.doc[start - 1].head == verb
    ):
        start -= 1
    end = verb.i + 1
    if end < len(verb.doc) and verb.doc[end].dep_ == "prt" and verb.doc[end].head == verb:
        end += 1
    return verb.doc[start:end]


def _subject(verb: Token) -> Token | None:
    if (doer := agent(verb)) is not None:
        return doer
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if subjects:
        # Two subjects are a misparse ("THE BORROWING … Mr. McKinley said"): the nearest
        # that can speak is the speaker.
        nearest = sorted(subjects, key=lambda c: abs(verb.i - c.i))
        return next((c for c in nearest if _is_speaker_word(c)), nearest[0])
    if (
        verb.dep_ in {"conj", "advcl", "xcomp"}
        and verb.head.pos_ in {"VERB", "AUX"}
        and (verb.dep_ in {"conj", "xcomp"} or verb.tag_ in {"VBG", "VBN"})
    ):
        return _subject(verb.head)  # "X smiled and said ...", "..., saying that ..."
    if (
        verb.dep_ == "advcl"
        and verb.head.pos_ in {"VERB", "AUX"}
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        return _subject(verb.head)  # "met the envoy to discuss the test"
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and _is_speaker_word(verb.head):
        document = verb.head  # "issued a statement calling for calm": the statement's issuer
        if document.dep_ == "dobj" and (issuer := _subject(document.head)) is not None:
            return issuer
        return document
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep":
        above = verb.head.head  # "pitched himself by telling them that …"
        if above.pos_ in {"VERB", "AUX"}:
            return _subject(above)
    return None


def _name_before(verb: Token) -> Token | None:
    """A name the parse left without a role right before a verb reporting a clause ("… the
    city council of Leeds Mayor Hall said that …")."""
    if verb.i == 0 or not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    return before if before.pos_ == "PROPN" and before.ent_type_ in {"PERSON", "ORG"} else None


def _antecedent(token: Token) -> Token | None:
    """What a relative "who" stands for: "the architect, who said …" → "architect"."""
    if token.tag_ in {"WP", "WDT"} and token.head.dep_ == "relcl":
        return token.head.head  # "the architect, who said …", "the government, which denied …"
    return None


def _is_speaker_word(token: Token) -> bool:
    """A person, group, organisation or country, or a description of one — never 'decision'."""
    if (antecedent := _antecedent(token)) is not None:
        return _is_speaker_word(antecedent)
    lower = token.text.lower()
    if token.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return True
    if lower == "those":  # "those close to him", "those who know her": people so described
        return any(c.dep_ in {"amod", "acl", "relcl", "prep"} for c in token.children)
    if lower in PEOPLE_PRONOUNS:  # "some say", "others argue", "many believe"
        return True
    if token.pos_ == "PRON":
        return lower in PERSON_PRONOUNS or lower in GROUP_PRONOUNS
    if token.pos_ == "PROPN":
        return True
    lemma = token.lemma_.lower()
    members = [c for p in token.children if p.lower_ == "of" for c in p.children]
    if lemma in GROUP_HEADS and members:  # "a chorus of prominent Republicans"
        return any(_is_speaker_word(member) for member in members)
    return (
        lemma in load_words("speaker_nouns")
        or lower in load_words("speaker_nouns")
        or (token.pos_ == "NOUN" and lemma.endswith(PERSON_SUFFIXES) and len(lemma) > 5)
    )


def _mention_span(token: Token) -> SpacySpan:
    """The mention a speaker token heads: its entity, or its noun phrase without clauses."""
    doc = token.doc
    if token.ent_type_:
        return entity_at(token)
    if token.pos_ == "PRON":
        return doc[token.i : token.i + 1]
    left = token.i
    for child in token.lefts:
        if child.dep_ in {"det", "amod", "compound", "nmod", "poss", "nummod", "case"}:
            left = min(left, child.left_edge.i)
    right = token.i + 1
    for child in token.rights:
        if child.dep_ in {"prep", "compound"} and child.i == right:
            right = child.right_edge.i + 1
    return doc[left:right]


class _Resolver:
    """Ties speaker mentions to entities: names directly, pronouns to an earlier compatible speaker."""

    def __init__(self, entities: list[Entity]) -> None:
        self.entities = entities
        self.by_offset = entities_by_offset(entities)
        self.history: list[_Speaker] = []
        self.gender: dict[str, str] = {}

    def entity_at(self, span: SpacySpan) -> Entity | None:
        for offset in range(span.start_char, span.end_char):
            if offset in self.by_offset:
                return self.by_offset[offset]
        return None

    def resolve(self, span: SpacySpan) -> _Speaker:
        text = span.text.lower()
        if len(span) == 1 and text in PERSON_PRONOUNS:
            gender = PERSON_PRONOUNS[text]
            for earlier in reversed(self.history):
                entity = earlier.entity
                if (
                    entity is not None
                    and entity.type == "PERSON"
                    and self.gender.get(entity.id, gender) == gender
                ):
                    self.gender[entity.id] = gender
                    return _Speaker(span, entity, entity.name, gender)
            previous = self._previous_person(span.start_char)
            if previous is not None:
                self.gender.setdefault(previous.id, gender)
                return _Speaker(span, previous, previous.name, gender)
            return _Speaker(span, None, None, gender)
        if len(span) == 1 and (antecedent := _antecedent(span[0])) is not None:
            # "who" is the speaker's mention here; the antecedent says who that is
            named = self.resolve(_mention_span(antecedent))
            for appositive in (c for c in antecedent.children if c.dep_ == "appos"):
                if named.entity is None:  # "the contractor Tom Reilly, who said …"
                    named = self.resolve(_mention_span(appositive))
            return _Speaker(span, named.entity, named.name, named.gender)
        entity = self.entity_at(span)
        if entity is not None:
            return _Speaker(span, entity, entity.name)
        return _Speaker(span, None, span.text)

    def _previous_person(self, before: int) -> Entity | None:
        best: tuple[int, Entity] | None = None
        for entity in self.entities:
            if entity.type != "PERSON":
                continue
            starts = [m.start for m in entity.mentions if m.start < before]
            if starts and (best is None or max(starts) > best[0]):
                best = (max(starts), entity)
        return best[1] if best else None

    def remember(self, speaker: _Speaker) -> None:
        if speaker.entity is not None or speaker.name:
            self.history.append(speaker)


@dataclass
class _Found:
    kind: str
    content: tuple[int, int]
    cue: SpacySpan | None
    speaker: _Speaker | None
    via: Entity | None
    confidence: float
    paragraph: int


def _paragraph_of(text: str, offset: int) -> int:
    return text.count("\n\n", 0, offset)


def _sentences_between(doc: Doc, start: int, end: int) -> list[SpacySpan]:
    span = _tokens_in(doc, start, end)
    if span is None:
        return []
    # One ``.sent`` a sentence, not one a token: it walks the sentence each time.
    sentences = [span[0].sent]
    while sentences[-1].end < min(span.end, len(doc)):
        sentences.append(doc[sentences[-1].end].sent)
    return sentences


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in CONTENT_EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in CONTENT_EDGE_PUNCT:
        end -= 1
    return start, end


def _words(text: str) -> int:
    return len(text.split())


def _cue_outside(sentences: list[SpacySpan], quote: Quoted, quoted: list[Quoted]) -> Token | None:
    """The reporting verb nearest the quote, outside its marks and outside any other quote,
    with a speaker-like subject; first a verb whose reported words hold the quote
    ("questioning the vote, encouraging fans to make sure it is “on the up and up”")."""
    inside = (quote.open_mark, quote.end + 1)
    candidates = []
    for sentence in sentences:
        for token in sentence:
            if inside[0] - 1 <= token.idx < inside[1] + 1 or not reporting(token):
                continue
            if any(q.start <= token.idx < q.end for q in quoted):
                continue  # "“…,” Blige sings. “I just want to know …”": not her cue
            subject = _cue_subject(token, inside)
            if subject is not None and inside[0] <= subject.idx < inside[1]:
                continue
            if subject is None or _is_speaker_word(subject):
                distance = min(abs(token.idx - inside[0]), abs(token.idx - inside[1]))
                holds = _clause_holding(token, quote) is not None
                candidates.append((subject is None, not holds, not speech(token), distance, token))
    if not candidates:
        return None
    return min(candidates, key=lambda c: c[:4])[4]


def _cue_subject(verb: Token, inside: tuple[int, int]) -> Token | None:
    """The verb's subject; when the parse put it inside the quote ("“…, we will achieve
    justice,” Chief Chuck Jordan said"), the name between the closing mark and the verb."""
    subject = _subject(verb)
    if subject is None or not inside[0] <= subject.idx < inside[1] or verb.idx < inside[1]:
        return subject
    between = [t for t in verb.doc[max(0, verb.i - 7) : verb.i] if t.idx >= inside[1]]
    names = [t for t in between if t.pos_ == "PROPN" or t.ent_type_ in {"PERSON", "ORG"}]
    return names[-1] if names else subject


def _tokens_in(doc: Doc, start: int, end: int) -> SpacySpan | None:
    """The tokens covering ``start:end`` (widened to whole tokens), or None when empty."""
    last = doc[-1] if len(doc) else None
    start, end = max(0, start), min(last.idx + len(last) if last is not None else 0, end)
    span = doc.char_span(start, end, alignment_mode="expand") if start < end else None
    return span if span is not None and len(span) else None


def _introducing_verb(doc: Doc, text: str, quoted: Quoted) -> Token | None:
    """The verb of a clause that introduces the quote with a colon ("X put it this way:"),
    whether the colon ends the sentence before or stands inside the quote's own sentence."""
    window_start = max(0, quoted.open_mark - 4)
    if not text[window_start : quoted.open_mark].rstrip().endswith(":"):
        return None
    colon_at = text.rindex(":", window_start, quoted.open_mark)
    colon = _tokens_in(doc, colon_at, colon_at + 1)
    if colon is None:
        return None
    lead = doc[colon[0].sent.start : colon[0].i]
    verbs = [
        t
        for t in lead
        if t.pos_ in {"VERB", "AUX"} and (s := _subject(t)) is not None and _is_speaker_word(s)
    ]
    return verbs[-1] if verbs else None


def _subject_speaker(
    verb: Token, resolver: _Resolver, inside: tuple[int, int] | None = None
) -> _Speaker | None:
    subject = _cue_subject(verb, inside) if inside is not None else _subject(verb)
    return resolver.resolve(_mention_span(subject)) if subject is not None else None


def _clause_holding(verb: Token, quoted: Quoted) -> tuple[int, int] | None:
    """What the verb reports, when it holds the quote and says more than it (mixed): its
    clausal complement, the object of a verb of position ("praised him for developing “new
    ideas”"), or the clause a parenthetical cue interrupts ("the weapons, he added, are like
    ''nuclear bombs''")."""
    spans = [
        (child.left_edge.idx, child.right_edge.idx + len(child.right_edge))
        for child in verb.children
        if child.dep_ == "ccomp"
    ]
    if (target := object_content(verb)) is not None:
        spans.append((target.left_edge.idx, object_end(verb, target)))
    if (directive := directive_content(verb)) is not None:
        spans.append(directive)  # "encouraging fans to make sure it is “on the up and up”"
    if verb.dep_ == "parataxis" and verb.head.pos_ in {"VERB", "AUX"}:
        head = verb.head
        words_before = [t for t in head.subtree if t.idx < quoted.open_mark and not t.is_punct]
        if words_before:  # the clause the cue interrupts begins before the quote
            spans.append((head.left_edge.idx, head.right_edge.idx + len(head.right_edge)))
    for start, end in spans:
        if (
            start <= quoted.open_mark
            and quoted.end <= end + 1
            and (quoted.end - quoted.start) < QUOTED_SHARE_OF_MIXED * (end - start)
        ):
            # With the quote's closing mark, when it has one: a quote never closed ends the text.
            return start, min(max(end, quoted.end + 1), len(doc_text(verb.doc)))
    return None


def _dash_speaker(doc: Doc, text: str, quoted: Quoted) -> SpacySpan | None:
    """``“...” — Commissioner Ana Ruiz``: a name right after a dash after the closing mark."""
    after = quoted.end + 1
    match = DASH_ATTRIBUTION.match(text[after : after + 8])
    if not match:
        return None
    begin = after + match.end()
    window = _tokens_in(doc, begin, begin + 40)
    for ent in window.ents if window is not None else []:
        if ent.label_ in {"PERSON", "ORG"}:
            return ent
    names = _tokens_in(doc, begin, begin + 60)
    run: list[Token] = []
    for token in names or []:
        if token.pos_ != "PROPN":
            break
        run.append(token)
    return doc[run[0].i : run[-1].i + 1] if run else None


def _according_to(sentence: SpacySpan) -> SpacySpan | None:
    for token in sentence:
        if (
            token.lower_ == "according"
            and token.i + 1 < len(token.doc)
            and token.doc[token.i + 1].lower_ == "to"
        ):
            to = token.doc[token.i + 1]
            objects = [c for c in to.children if c.dep_ == "pobj"]
            if objects:
                return _mention_span(objects[0])
            if to.right_edge.i > to.i:  # "according to show insiders": a misparse as a verb
                return token.doc[to.i + 1 : to.right_edge.i + 1]
    return None


def _cue_after(doc: Doc, quoted: Quoted) -> Token | None:
    """ "“…?” Graham asked.": the model may end the sentence at the closing mark; a short
    sentence right after it that is only a speaker and a verb of speech is the cue."""
    after = _tokens_in(doc, quoted.end + 1, quoted.end + 4)
    if after is None:
        return None
    sentence = after[-1].sent
    if sentence.start_char > quoted.end + 3 or len(sentence) > SHORT_CUE_TOKENS:
        return None
    for token in sentence:
        if speech(token) and (s := _subject(token)) is not None and _is_speaker_word(s):
            return token
    return None


def _follows(doc: Doc, cue: SpacySpan | None, quoted: Quoted) -> bool:
    """Whether a quote opens in the sentence of a cue or the one right after it: one "said"
    reports both halves of "“A,” she said. “B.”"."""
    opening = _tokens_in(doc, quoted.start, quoted.start + 1)
    if cue is None or opening is None:
        return False
    return opening[0].sent.start <= cue.sent.end


def _said_right_after(doc: Doc, text: str, quoted: Quoted) -> bool:
    """ "“You winning?” she said": a short quote ending in speech punctuation and followed at
    once by a speaker and a reporting verb is speech, not a title or a scare quote."""
    if not quoted.closed or text[quoted.start : quoted.end].rstrip()[-1:] not in {",", "?", "!"}:
        return False
    after = _tokens_in(doc, quoted.end + 1, quoted.end + 1 + SAID_WINDOW)
    if after is None:
        return False
    return any(
        reporting(t) and (s := _subject(t)) is not None and _is_speaker_word(s)
        for t in after
        if t.sent.start <= after.start
    )


def _turn_quotes(
    doc: Doc, text: str, turns: list[Turn], resolver: _Resolver, *, kind: str = "direct"
) -> list[_Found]:
    """Each labelled turn is its speaker's words, cued by the colon after the label."""
    out = []
    for turn in turns:
        name = turn.entity.name if turn.entity else text[slice(*turn.label)].title()
        speaker = _Speaker(_tokens_in(doc, *turn.label), turn.entity, name)
        paragraph = _paragraph_of(text, turn.content[0])
        colon = _tokens_in(doc, *turn.colon)
        out.append(_Found(kind, turn.content, colon, speaker, None, 0.85, paragraph))
        resolver.remember(speaker)
    return out


def extract_quotes(doc: Doc, entities: list[Entity]) -> tuple[list[Quote], list[str]]:
    """Quotes of the article in text order, and warnings about its quotation marks."""
    text = doc_text(doc)
    resolver = _Resolver(entities)
    quoted, warnings = find_quoted(text)
    found: list[_Found] = []
    used_cues: set[int] = set()
    last: _Found | None = None

    turns = find_turns(text, entities)
    found.extend(_turn_quotes(doc, text, turns, resolver))
    headline = find_headline(text, entities, load_words("speaker_nouns"), cue_words())
    if headline is not None and not turns:
        found.extend(_turn_quotes(doc, text, [headline], resolver, kind="indirect"))
        turns = [headline]

    direct = [
        q
        for q in quoted
        if (_words(text[q.start : q.end]) >= MIN_QUOTE_WORDS or _said_right_after(doc, text, q))
        and not any(t.label[0] <= q.end and q.start < t.content[1] for t in turns)
    ]
    for q in direct:
        start, end = _trim(text, q.start, q.end)
        sentences = _sentences_between(doc, q.open_mark, q.end)
        verb = _cue_outside(sentences, q, quoted) or _cue_after(doc, q)
        paragraph = _paragraph_of(text, start)
        speaker: _Speaker | None = None
        cue = None
        confidence = 0.9
        via = None
        kind = "direct"
        dash = _dash_speaker(doc, text, q)
        if dash is not None:
            # "“…” ― Julie Diaz": the name after the closing mark outranks any verb nearby.
            speaker, confidence = resolver.resolve(dash), 0.85
        elif verb is not None:
            clause = _clause_holding(verb, q)
            if clause is not None:
                kind, (start, end) = "mixed", _trim(text, *clause)
            cue = _cue_span(verb)
            used_cues.add(verb.i)
            speaker = _subject_speaker(verb, resolver, (q.open_mark, q.end + 1))
            according = _according_to(sentences[0]) if sentences else None
            if according is not None and speaker is not None:
                via = resolver.entity_at(according)
        elif (lead := _introducing_verb(doc, text, q)) is not None:
            # "Padilla, a voter in Phoenix, put it this way:" then the quote.
            cue, speaker, confidence = _cue_span(lead), _subject_speaker(lead, resolver), 0.8
        elif last is not None and last.speaker is not None and paragraph - last.paragraph <= 1:
            # "“…,” she said. “…”": the next quote is hers, and in the same paragraph the
            # same "said" reports it.
            speaker, confidence = last.speaker, 0.7
            cue = last.cue if paragraph == last.paragraph and _follows(doc, last.cue, q) else None
        item = _Found(kind, (start, end), cue, speaker, via, confidence, paragraph)
        found.append(item)
        if speaker is not None:
            resolver.remember(speaker)
        last = item

    # Speech reported inside a turn is the turn's speaker's, like speech inside a quote.
    spoken = direct + [
        Quoted(min(t.label[0], t.content[0]), max(t.colon[1], t.content[1]), t.label[0], True)
        for t in turns
    ]
    for sentence in doc.sents:
        found.extend(_indirect(sentence, text, resolver, used_cues, spoken))
    found.sort(key=lambda f: f.content[0])
    return [_to_record(text, index, item) for index, item in enumerate(found, start=1)], warnings


# Only a verb cues reported speech, or "make" and "be" ("made it clear", "is critical of").
_CUE_POS = {"VERB", "AUX"}
_CUE_LEMMAS_OF_ANY_POS = {"make", "be"}


def _may_cue(token: Token) -> bool:
    return token.pos_ in _CUE_POS or lemma(token) in _CUE_LEMMAS_OF_ANY_POS


def _indirect(
    sentence: SpacySpan, text: str, resolver: _Resolver, used_cues: set[int], direct: list[Quoted]
) -> list[_Found]:
    doc = sentence.doc
    results = []
    according = _according_to(sentence)
    via = resolver.entity_at(according) if according is not None else None
    for verb in sentence:
        if verb.i in used_cues or not _may_cue(verb):
            continue
        stance_noun = stance_noun_content(verb)
        made = made_statement(verb)
        adjective_stance = stance_adjective(verb)
        if not (reporting(verb) or stance_noun or adjective_stance or made):
            continue
        if any(q.start <= verb.idx < q.end for q in direct):
            continue  # speech reported inside a quote belongs to the quote
        subject = _subject(verb) or _name_before(verb)
        if subject is None or not _is_speaker_word(subject):
            continue
        content: tuple[int, int] | None = None
        short_ok = False  # an object or a stance may be two words, or one name
        intent: tuple[int, int] | None = None
        block: tuple[int, int] | None = None
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and is_clause(c)]
        described = object_before_clause(verb, clauses[0]) if clauses else None
        target = object_content(verb) if not clauses else None
        directive = directive_content(verb) if not clauses else None
        if adjective_stance is not None:
            content = adjective_stance[1]
            short_ok = True
        elif made is not None:
            content, short_ok = made, True  # "made the case that …", "made it clear …"
        elif described is not None:
            # "mentioned remarks Trump had made about her": the object, with its clause
            content = (described.left_edge.idx, addition_cut(described, clauses[0].right_edge))
        elif clauses:
            clause = reported_clause(verb, clauses)
            content = (clause.left_edge.idx, reported_end(clause))
        elif stance_noun is not None:
            content, short_ok = stance_noun, True
        elif directive is not None:
            content = directive
        elif target is not None:
            content = (target.left_edge.idx, object_end(verb, target))
            short_ok = True
        elif (passive := passive_content(verb)) is not None:
            content = passive  # "The story was first reported by the Post"
            short_ok = True
        elif (naming := naming_content(verb)) is not None:
            content = naming
        elif (intent := stance_content(verb)) is not None:
            content = intent
            short_ok = True  # "declined to comment": short, but a stance
        elif (
            verb.dep_ == "parataxis" and verb.head.pos_ in {"VERB", "AUX"} and verb.head.i != verb.i
        ):
            # "The decision, says Harris, reflects ..." or "..., sources said."
            cue_edges = (verb.left_edge.i, verb.right_edge.i)
            if subject.i < cue_edges[0] or subject.i > cue_edges[1]:
                continue
            content = (sentence.start_char, addition_cut(sentence.root, sentence[-1]))
        elif (aside := as_aside_content(verb)) is not None:
            content = aside
        elif (block := block_after_colon(verb, text)) is not None:
            content = block  # "Limbaugh added:" and the paragraph after it: their words
        if content is None:
            continue
        if (target is not None or intent is not None) and (more := parallel_end(verb, content[1])):
            content = (content[0], more)  # "wants to triple X, grow Y and create Z"
        if content[1] > verb.idx and (colon := colon_run_on(doc, text, content[1])) is not None:
            content = (content[0], colon)  # "notes that three things are happening: A, B, C"
        if content[0] <= sentence.start_char + 1 and verb.idx >= content[1]:
            content = (_run_back(sentence, text), content[1])
        start, end = _trim(text, *content)
        short = short_ok and doc.char_span(start, end, alignment_mode="expand")
        words = _words(text[start:end])
        if words < 3 and not (short and (short.ents or words == 2)):
            continue  # "called for his dismissal", "endorsed Clinton"; never "said it"
        inner = [q for q in direct if q.open_mark >= start - 1 and q.end <= end + 1]
        covered = sum(q.end - q.start for q in inner)
        if inner and covered >= 0.8 * (end - start):
            continue  # the clause is the direct quote, already found with this speaker
        used_cues.add(verb.i)
        speaker = resolver.resolve(_mention_span(subject))
        resolver.remember(speaker)
        cue_tokens = _cue_span(verb)
        if adjective_stance is not None:  # "were not too concerned"
            cue_tokens = doc[cue_tokens.start : adjective_stance[0].i + 1]
        results.append(
            _Found(
                "direct" if block is not None else "mixed" if inner else "indirect",
                (start, end),
                cue_tokens,
                speaker,
                via,
                0.75,
                _paragraph_of(text, start),
            )
        )
    for noun, owner, clause in _owned_claims(sentence):
        start, end = _trim(text, clause.left_edge.idx, reported_end(clause))
        if _words(text[start:end]) < 3 or any(q.start <= noun.idx < q.end for q in direct):
            continue
        speaker = resolver.resolve(_mention_span(owner))
        resolver.remember(speaker)
        claim = doc[noun.i : noun.i + 1]
        results.append(
            _Found("indirect", (start, end), claim, speaker, via, 0.7, _paragraph_of(text, start))
        )
    if according is not None and not any(r.content[0] >= sentence.start_char for r in results):
        # The words around the "according to X" phrase (with all of X's description).
        phrase = according.root.head.head
        first, last = phrase.i, max(phrase.right_edge.i, according.end - 1)
        if phrase.dep_ == "ROOT":  # "According to X, the move reeks …" parsed as the main verb
            last = according.end - 1
        before = doc[sentence.start : first]
        after = doc[last + 1 : sentence.end]
        reported = after if len(after) >= len(before) else before
        if len(reported) and not any(
            q.open_mark >= sentence.start_char and q.end <= sentence.end_char for q in direct
        ):
            start, end = _trim(text, reported.start_char, reported.end_char)
            if _words(text[start:end]) >= 3:
                cue = doc[phrase.i : phrase.i + 2] if phrase.lower_ == "according" else None
                speaker = resolver.resolve(according)
                results.append(
                    _Found(
                        "indirect",
                        (start, end),
                        cue,
                        speaker,
                        None,
                        0.7,
                        _paragraph_of(text, start),
                    )
                )
    return [r for r in results if not _nested_in_own_words(r, results)]


def _run_back(sentence: SpacySpan, text: str) -> int:
    """Where a closing cue's content begins ("Trees soak up carbon. An acre converts 156
    tons, Mr. Van Voorhis said."): back over the sentences of its paragraph that have no
    quotation mark and no reporting verb of their own."""
    doc, start = sentence.doc, sentence.start_char
    while sentence.start > 0:
        before = doc[sentence.start - 1].sent
        words = text[before.start_char : before.end_char]
        if "\n\n" in text[before.start_char : start] or any(m in words for m in '"“”'):
            break
        if any(reporting(t) for t in before):
            break
        sentence, start = before, before.start_char
    return start


def _nested_in_own_words(item: _Found, found: list[_Found]) -> bool:
    """ "Perdue said he didn't believe the attacks hurt Romney": "he didn't believe" is part of
    what Perdue said, not a second attribution by the same man; nor is "to comment" in "the
    senator declined to comment on the audit", whose subject is the senator's own mention."""
    cue, speaker = item.cue, item.speaker
    if cue is None or speaker is None or speaker.span is None:
        return False
    pronoun = len(speaker.span) == 1 and speaker.span[0].pos_ == "PRON"
    return any(
        other is not item
        and other.content[0] <= cue.start_char < other.content[1]
        and (pronoun or (other.speaker is not None and other.speaker.span == speaker.span))
        for other in found
    )


def _to_record(text: str, index: int, item: _Found) -> Quote:
    speaker = item.speaker
    return Quote(
        id=f"q{index}",
        kind=item.kind,  # type: ignore[arg-type]
        content=char_span(text, *item.content),
        cue=Span(start=item.cue.start_char, end=item.cue.end_char, text=item.cue.text)
        if item.cue is not None
        else None,
        speaker=(
            Span(start=speaker.span.start_char, end=speaker.span.end_char, text=speaker.span.text)
            if speaker is not None and speaker.span is not None
            else None
        ),
        speaker_entity=speaker.entity.id
        if speaker is not None and speaker.entity is not None
        else None,
        speaker_name=speaker.name if speaker is not None else None,
        via=item.via.id if item.via is not None else None,
        confidence=item.confidence if speaker is not None else min(item.confidence, 0.4),
    )
