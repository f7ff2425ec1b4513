"""What a reporting verb reports, and where it ends: the clause after "said", the object of a
verb of position ("criticized the plan"), the to-clause of a stance ("wants to …"), a
directive ("told them to …"), a naming ("called it a disgrace"), a stance stated with a noun
or an adjective ("expressed concern that …", "are afraid that …"), and the cuts that keep
the writer's additions out of it (", which …", a closing apposition, a second statement)."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from dateline.lexicon import load_pairs, load_words

SUBJECT_DEPS = {"nsubj", "nsubjpass"}

# Verbs that report a directive to someone ("told his aides to leave").
DIRECTIVE_VERBS = {
    "tell",
    "urge",
    "ask",
    "order",
    "encourage",
    "instruct",
    "direct",
    "warn",
    "call",
}

# Verbs that state a view only when they cast their object as something: "sees the plan as a
# tax", "painted her as weak"; "saw the film" and "treated the wounded" state nothing.
CASTING_VERBS = {"see", "regard", "paint", "cast", "treat", "judge", "define", "frame"}
# Verbs that judge by naming ("called the plan a disgrace").
NAMING_VERBS = {"call", "label", "brand", "dub"}

# Verbs whose content runs on into a second object: "compared the plan to a tax".
SECOND_OBJECTS = {
    "compare": {"to", "with"},
    "liken": {"to"},
    "blame": {"on"},
    "show": {"with"},  # "polls show Clinton with a lead"
}

CONCESSIVE_MARKS = {"although", "though", "whereas"}
QUOTE_OPENERS = {'"', "“", "‘", "'"}  # a paragraph opened by one is a direct quote
# "said little about the tender": how much was said, not what; the "about" phrase is the content.
AMOUNTS_SAID = {"little", "much", "nothing", "anything", "something", "more", "less", "lot"}


def lemma(token: Token) -> str:
    """The token's lemma, with the final "e" the small model drops from some verbs put back
    ("hoping" → "hope", not "hop"; "rated" → "rate") when that names a verb of report."""
    base = token.lemma_.lower()
    if (
        token.lower_.endswith(("ing", "ed"))
        and base + "e" in cue_words()
        and base not in cue_words()
    ):
        return base + "e"
    return base


@cache
def cue_words() -> frozenset[str]:
    """Every verb that reports speech, a position, a stance or a directive."""
    return (
        load_words("reporting_verbs")
        | frozenset(load_pairs("object_content_verbs"))
        | load_words("stance_verbs")
        | frozenset(DIRECTIVE_VERBS)
    )


def put_it(token: Token) -> bool:
    """ "as Rosenthal put it, ''…''" """
    return lemma(token) == "put" and any(
        c.dep_ == "dobj" and c.lower_ == "it" for c in token.children
    )


def speech(token: Token) -> bool:
    """A verb of speech, the cue a direct quote wants ("said", "asked", "put it")."""
    return token.pos_ in {"VERB", "AUX"} and (
        lemma(token) in load_words("reporting_verbs") or put_it(token)
    )


def reporting(token: Token) -> bool:
    """A verb that reports speech, a position ("criticized") or a stance ("wants to")."""
    verb_lemma = lemma(token)
    return speech(token) or (
        token.pos_ in {"VERB", "AUX"}
        and (
            verb_lemma in load_pairs("object_content_verbs")
            or verb_lemma in load_words("stance_verbs")
            or verb_lemma in DIRECTIVE_VERBS  # "encouraged his supporters to …"
            or verb_lemma in CASTING_VERBS
        )
    )


def object_content(verb: Token) -> Token | None:
    """The object that states the position of a verb like "criticized" or "called for"."""
    if lemma(verb) in CASTING_VERBS:  # "sees the plan as a tax": only with its "as"
        cast = any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
        return next((c for c in verb.children if c.dep_ == "dobj"), None) if cast else None
    preposition = load_pairs("object_content_verbs").get(lemma(verb))
    if preposition is None:
        return None
    prepositions = set(preposition.split("|"))  # "speak	of|about"; "say	|about": either
    for child in verb.children:
        if "" in prepositions and child.dep_ == "dobj" and child.lower_ not in AMOUNTS_SAID:
            return child
        if child.dep_ == "prep" and child.lower_ in prepositions:
            objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            return objects[0] if objects else None
    return None


def object_before_clause(verb: Token, clause: Token) -> Token | None:
    """An object right before a "clause" the parse hangs on the verb, with no "that" between:
    a clause that describes the object ("mentioned remarks Trump had made about her")."""
    if load_pairs("object_content_verbs").get(lemma(verb)) != "":
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i]
    if not objects or clause.left_edge.i != objects[0].right_edge.i + 1:
        return None
    return None if clause.left_edge.lower_ in {"that", "if", "whether"} else objects[0]


def agent(verb: Token) -> Token | None:
    """The doer of a passive verb: "was first reported by the Post" → "Post"."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def passive_content(verb: Token) -> tuple[int, int] | None:
    """What a passive verb of report or position with a doer is about: its subject."""
    if agent(verb) is None:
        return None
    passive_subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive_subject is None:
        return None
    return passive_subject.left_edge.idx, passive_subject.right_edge.idx + len(
        passive_subject.right_edge
    )


def parallel_end(verb: Token, end: int) -> int | None:
    """Where a list of actions the parse hung on the cue ends: "wants to triple the program,
    expand the ferry and build a pier", "mentioned cutting fares and forcing
    universities to …". A verb of the cue's own form is the speaker's next act, not a part."""
    last = None
    for child in verb.children:
        if (
            child.dep_ in {"conj", "dep"}
            and child.pos_ == "VERB"
            and child.tag_ in {"VB", "VBG"}
            and child.tag_ != verb.tag_
            and child.idx >= end
            and not any(c.dep_ in SUBJECT_DEPS for c in child.children)
        ):
            last = child
    return addition_cut(last, last.right_edge) if last is not None else None


def object_end(verb: Token, target: Token) -> int:
    """Where an object's content ends: with the reason or the name that follows it
    ("criticized the media for being dishonest", "cited the remarks as examples of …")."""
    end = target.right_edge
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"for", "of", "as"} and child.i > end.i:
            end = child.right_edge
        if child.dep_ in {"xcomp", "oprd"} and child.i > end.i:
            end = child.right_edge  # "called for contestants to wear …", "considers it a threat"
        if child.lower_ in SECOND_OBJECTS.get(lemma(verb), ()) and child.i > end.i:
            end = child.right_edge  # "compared the plan to a tax", "blamed it on neglect"
    return addition_cut(target, end)


def reported_end(clause: Token) -> int:
    """Where a reported clause ends: before a trailing ", which …" or ", arguing …" that the
    writer adds about it ("he expects her to recover from pneumonia, which forced her …")."""
    return addition_cut(clause, clause.right_edge)


def is_clause(token: Token) -> bool:
    """A verb, or a word with a subject of its own that the tagger took for an adjective
    ("said Clinton was “justified” in …")."""
    return token.pos_ in {"VERB", "AUX"} or any(c.dep_ in SUBJECT_DEPS for c in token.children)


def reported_clause(verb: Token, clauses: list[Token]) -> Token:
    """Of two clauses the parse hangs on a verb, the one after it when it opens with "that"
    ("… (his office later disclosed that he has the flu)") or when the one before ends
    in a colon or a semicolon: "The news set off fireworks: Republicans said they were …"."""
    after = [c for c in clauses if c.i > verb.i]
    lead_in = any(
        c.i < verb.i
        and (
            any(t.text in {":", ";"} for t in verb.doc[c.right_edge.i + 1 : verb.i])
            or c.left_edge.tag_ in {"VBG", "VBN"}  # "Writing for the Times, Lee noted that …"
        )
        for c in clauses
    )
    marked = after and after[0].left_edge.lower_ == "that"
    return after[0] if after and (lead_in or marked) else clauses[0]


def addition_cut(first: Token, last: Token) -> int:
    """The end of a content running from ``first`` to ``last``, cut before what the writer
    adds to it: ", which …", ", who …", ", arguing …", ", although …", or a semicolon."""
    doc = first.doc
    semicolon = next((t for t in doc[first.left_edge.i : last.i + 1] if t.text == ";"), None)
    if semicolon is not None:
        return semicolon.idx
    for token in doc[first.i + 1 : last.i + 1]:
        if second_report(token):
            joint = doc[token.i - 1] if doc[token.i - 1].dep_ == "cc" else token
            return doc[joint.i - 1].idx if doc[joint.i - 1].text == "," else joint.idx
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.text != "," or following is None:
            continue
        if following.pos_ == "ADV" and following.i + 1 < len(doc):
            following = doc[following.i + 1]  # ", quietly staking her career on it"
        if closing_apposition(token, last):
            return token.idx  # "…would consider Rep. Don Beyer, a former lieutenant governor"
        if (
            following.lower_ in {"which", "where"}  # ", which …" adds to what was said
            or (following.tag_ == "WP" and following.head.dep_ == "relcl")
            or (following.tag_ == "VBG" and following.dep_ == "advcl")
            or (following.lower_ in CONCESSIVE_MARKS and following.dep_ == "mark")
        ):
            return token.idx
    return last.idx + len(last)


def closing_apposition(comma: Token, last: Token) -> bool:
    """A phrase set off by a comma that renames what comes before it and runs to the end of
    the content: the writer's description, not the speaker's words."""
    return any(
        t.dep_ == "appos" and t.left_edge.i == comma.i + 1 and t.right_edge.i >= last.i - 1
        for t in comma.doc[comma.i + 1 : last.i + 1]
    )


def second_report(token: Token) -> bool:
    """ "said he would order a review and warned against hackers": a reporting verb joined to
    the reported clause with no subject of its own is the speaker's next statement."""
    return (
        token.dep_ == "conj"
        and token.tag_ == "VBD"
        and token.head.tag_ != "VBD"
        and reporting(token)
        and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
    )


def directive_content(verb: Token) -> tuple[int, int] | None:
    """ "told his advisers to find a way", "urged Congress to act": the addressee and what
    they are told to do."""
    if lemma(verb) not in DIRECTIVE_VERBS:
        return None
    addressee = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
    on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    if addressee is None and on is not None and lemma(verb) == "call":
        addressee = next((c for c in on.children if c.dep_ == "pobj"), None)  # "called on X to"
    action = next((c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.i > verb.i), None)
    if addressee is None or action is None or addressee.i > action.i:
        return None
    return addressee.left_edge.idx, action.right_edge.idx + len(action.right_edge)


def as_aside_content(verb: Token) -> tuple[int, int] | None:
    """ "As several economists have noted, the mayor is free to …": the clause the
    "as" aside comments on, without the aside."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    ):
        return None
    sentence, aside = verb.sent, (verb.left_edge.i, verb.right_edge.i)
    if aside[0] == sentence.start:
        end = sentence.end - (sentence[-1].is_punct and sentence[-1].text in ".!?")
        rest = verb.doc[aside[1] + 1 : end]
    elif aside[1] >= sentence.end - 2:
        rest = verb.doc[sentence.start : aside[0]]
    else:
        return None
    return (rest.start_char, rest.end_char) if len(rest) else None


def stance_content(verb: Token) -> tuple[int, int] | None:
    """ "wants to triple the programme": the to-clause of a verb of intention or stance."""
    if lemma(verb) not in load_words("stance_verbs"):
        return None
    for child in verb.children:
        if (
            child.dep_ == "xcomp"
            and child.i > verb.i
            and (
                child.left_edge.lower_ == "to" or child.tag_ == "VBG"  # "proposed dropping …"
            )
        ):
            return child.left_edge.idx, child.right_edge.idx + len(child.right_edge)
    return None


def naming_content(verb: Token) -> tuple[int, int] | None:
    """ "called the citation a political ploy": what is named and what it is called."""
    if lemma(verb) not in NAMING_VERBS:
        return None
    named = next((c for c in verb.children if c.dep_ == "dobj"), None)
    called = next((c for c in verb.children if c.dep_ == "oprd"), None)
    if named is None or called is None or called.i < named.i:
        return None
    return named.left_edge.idx, called.right_edge.idx + len(called.right_edge)


def stance_noun_content(verb: Token) -> tuple[int, int] | None:
    """ "expressed concern that the policy could lead to fraud": the clause that says what
    the concern, hope or fear is."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    for noun in verb.children:
        if noun.dep_ != "dobj" or noun.lower_ not in load_words("stance_nouns"):
            continue
        if (clause := that_clause(noun)) is not None:
            return clause.left_edge.idx, reported_end(clause)
        if lemma(verb) in load_pairs("object_content_verbs"):
            continue  # "echoed her concerns about the cuts": the object is the content
        # "has reservations about the deal": what it is about
        if (topic := topic_of(noun, {"about", "over", "on", "regarding"})) is not None:
            return topic.left_edge.idx, reported_end(topic)
    return None


def topic_of(word: Token, prepositions: set[str]) -> Token | None:
    """The object of the first of these prepositions after a word: "remarks about the strike"
    → "strike"."""
    for prep in word.children:
        if prep.dep_ == "prep" and prep.lower_ in prepositions:
            return next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
    return None


# Nouns that "make" turns into a statement: "made the case that …", "made a strong
# condemnation of the test", "made little secret of their disagreements".
MADE_STATEMENTS = {
    "case",
    "point",
    "argument",
    "claim",
    "comment",
    "remark",
    "statement",
    "promise",
    "pledge",
    "condemnation",
    "reference",
    "secret",
    "plea",
    "appeal",
    "accusation",
}


def made_statement(verb: Token) -> tuple[int, int] | None:
    """What "made the case", "made a condemnation" or "made it clear" states."""
    if lemma(verb) != "make":
        return None
    for child in verb.children:
        if child.dep_ == "ccomp" and child.lower_ == "clear":  # "made it clear he had …"
            said = next((c for c in child.children if c.dep_ in {"advcl", "ccomp"}), None)
            if said is not None:
                return said.left_edge.idx, reported_end(said)
        if child.dep_ != "dobj" or child.lemma_.lower() not in MADE_STATEMENTS:
            continue
        if (clause := that_clause(child)) is not None:
            return clause.left_edge.idx, reported_end(clause)
        if (topic := topic_of(child, {"for", "of", "against", "about", "on"})) is not None:
            return topic.left_edge.idx, reported_end(topic)
    return None


# Nouns for one who holds a stance on something: "is a fierce opponent of the new tax".
STANCE_HOLDERS = {
    "supporter",
    "opponent",
    "critic",
    "advocate",
    "defender",
    "proponent",
    "champion",
    "backer",
    "foe",
    "skeptic",
    "sceptic",
    "fan",
}


def stance_adjective(verb: Token) -> tuple[Token, tuple[int, int]] | None:
    """ "are afraid that turnout will fall", "were willing to go forward", "has been critical
    of Trump", "is a fierce opponent of …", "is against the levy": the word of stance after
    "be", and what the stance is about."""
    if lemma(verb) != "be":
        return None
    stances = load_pairs("stance_adjectives")
    adjective = next(
        (
            c
            for c in verb.children
            if (c.dep_ == "acomp" and c.lower_ in stances)  # "is critical of"
            or (c.dep_ == "attr" and c.lemma_.lower() in STANCE_HOLDERS)  # "is an opponent of"
            or (c.dep_ == "prep" and c.lower_ == "against" and c.i == verb.i + 1)
        ),
        None,
    )
    if adjective is None:
        return None
    if adjective.dep_ == "prep":  # "is against the levy": the object of the preposition
        objects = [c for c in adjective.children if c.dep_ == "pobj"]
        return (
            (adjective, (objects[0].left_edge.idx, reported_end(objects[0]))) if objects else None
        )
    if adjective.dep_ == "attr":
        stances = {adjective.lower_: "of"}
    prepositions = set(stances[adjective.lower_].split("|")) - {""}
    for child in [*adjective.children, *(c for c in verb.children if c.i > adjective.i)]:
        if child.dep_ == "ccomp" and is_clause(child):
            return adjective, (child.left_edge.idx, reported_end(child))
        if child.dep_ == "xcomp" and any(a.lower_ == "to" for a in child.children):
            return adjective, (child.left_edge.idx, reported_end(child))
        if child.dep_ == "prep" and child.lower_ in prepositions and child.head == adjective:
            objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            if objects:
                return adjective, (objects[0].left_edge.idx, reported_end(objects[0]))
    return None


def that_clause(noun: Token) -> Token | None:
    """The that-clause saying what a noun of stance or statement is ("concern that …")."""
    return next(
        (c for c in noun.children if c.dep_ in {"acl", "ccomp"} and c.left_edge.lower_ == "that"),
        None,
    )


def to_clause(noun: Token) -> Token | None:
    """The to-clause saying what a noun of intention is ("his plan to cut taxes")."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ in {"acl", "relcl", "xcomp"}
            and c.i > noun.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def colon_run_on(doc: Doc, text: str, end: int) -> int | None:
    """Where a content that stops at a colon ends: with what the colon introduces, up to the
    end of that sentence."""
    rest = text[end : end + 3].lstrip(" ")
    if not rest.startswith(":"):
        return None
    colon = text.index(":", end)
    after = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if after is None or "\n" in text[colon : colon + 3]:
        return None
    last = after[0].sent.end_char
    if last <= colon + 1:
        following = doc[after.end].sent if after.end < len(doc) else None
        last = following.end_char if following is not None else last
    while last > colon + 1 and text[last - 1] in ". \n":
        last -= 1  # the sentence's full stop is not part of what was said
    return last if last > colon + 1 else None


BLOCK_LEAD = re.compile(r"[ \t]*:[ \t]*\n[ \t]*\n")


def block_after_colon(verb: Token, text: str) -> tuple[int, int] | None:
    """ "Limbaugh added:" alone in its paragraph: the paragraph after it, a block quote set
    off without quotation marks."""
    end = verb.idx + len(verb)
    lead = BLOCK_LEAD.match(text, end)
    if lead is None or text[lead.end() : lead.end() + 1] in QUOTE_OPENERS:
        return None
    stop = text.find("\n\n", lead.end())
    return lead.end(), stop if stop >= 0 else len(text)
