"""Events: who did what to whom, coded in PLOVER and at CAMEO's full depth.

A trigger (a verb or event noun in ``lexicon/event_triggers.tsv``) codes an event only when
the parse gives it an actor that is an entity: precision before volume. Sources come from the
subject (with its conjuncts, or the passive agent), targets from the object or the object of
"on", "against", "with", "to", "from". An actor described by a nationality ("Hungarian
officials") acts for that country's entity. The full CAMEO code comes from the PETRARCH2
verb dictionary's patterns (``events/cameo.py``), each actor's CAMEO code from the entity's
and the phrase that names it ("Israeli soldiers": ISRMIL).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.symbols import NOUN, VERB
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from dateline.extract.entities.actor_codes import code_in_phrase
from dateline.extract.events.cameo import (
    NO_EVENT,
    cameo_codes,
    code_info,
    full_code,
    named_coding,
    quad_class,
)
from dateline.extract.events.mentions import Found, merge_mentions
from dateline.extract.spans import doc_text, entities_by_offset, record_span, token_positions
from dateline.lexicon import load_rows, load_words
from dateline.model import Entity, Event, Modality, Quote, Span, TimeExpression

TARGET_PREPOSITIONS = {"on", "against", "with", "to", "from", "at", "for", "into", "between"}
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}  # the model's labels for who can act
ACTOR_TYPES = {"PERSON", "ORG", "GPE", "NORP", "LOC"}
HYPOTHETICAL = {"could", "might", "may", "should"}
PLANNED_HEADS = load_words("planned_heads")
INTENT_HEADS = load_words("intent_heads")
HYPOTHETICAL_HEADS = load_words("hypothetical_heads")
HEARSAY_ADVERBS = load_words("hearsay_adverbs")
FUTURE = {"will", "shall", "'ll", "would", "wo"}
PRONOUNS = {"i", "we", "he", "she", "it", "they", "you"}
# Intent to do something is coded as its own event type, as CAMEO and PLOVER do: a stated
# intent to cooperate is AGREE (03), a stated intent to use force is THREATEN (13).
INTENT_TO_COOPERATE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
OBLIGATION = {"must", "should"}
DEMAND_NOUNS = load_words("demand_nouns")
INTENT_TO_HARM = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"}
# The full codes of an intent, a threat and a refusal of each kind of act (CAMEO 1.1b3):
# 036 "Express intent to meet or negotiate", 138 "Threaten with military force", 125 "Reject
# proposal to meet, discuss, or negotiate", and so on.
INTENDED = {
    "CONSULT": "036", "SUPPORT": "032", "COOPERATE": "031", "AID": "033",
    "CONCEDE": "035", "RETREAT": "035",
}  # fmt: skip
THREATENED = {
    "ASSAULT": "138", "COERCE": "137", "SANCTION": "131", "MOBILIZE": "138", "PROTEST": "133",
}  # fmt: skip
REFUSED = {
    "CONSULT": "125", "COOPERATE": "121", "AID": "122", "CONCEDE": "124", "RETREAT": "124",
    "AGREE": "127",
}  # fmt: skip
EVENT_NOUNS = load_words("event_nouns")
LIGHT_NOUNS = load_words("light_nouns")
ANAPHORIC_DETERMINERS = {"the", "this", "that", "these", "those"}
# Prepositions that date a clause by an event noun rather than make its subject the actor.
TIME_PREPOSITIONS = {"after", "before", "since", "during", "following", "despite", "amid", "until"}
# Events whose target, when the sentence names none, is the place they happen in: a protest
# addresses the government there, a curfew or an assault falls on the place; so does an
# easing with an object ("ended a state of emergency in Kassala"), but not "resigned in Tbilisi".
AT_THE_PLACE = {"PROTEST", "COERCE", "ASSAULT", "THREATEN"}
EASED_AT_THE_PLACE = {"RETREAT", "CONCEDE"}
# What only a state does, so that a passive without an agent was done by the place's state.
BY_AUTHORITIES = {"COERCE", "SANCTION"}
WITHHOLDING = load_words("withholding_verbs")
CONTROL_VERBS = load_words("control_verbs")
SUFFERING_VERBS = load_words("suffering_verbs")
TOPIC_VERBS = load_words("topic_verbs")
PERMITTING_VERBS = load_words("permitting_verbs")
VERBAL_WHEN_PERSONAL = load_words("verbal_when_personal")


@dataclass(frozen=True)
class Trigger:
    type: str
    cameo: str
    mode: str | None
    objects: frozenset[str] = frozenset()  # when given: the objects the verb needs
    when: tuple[str, ...] = ()  # conditions on the parse (see lexicon/event_triggers.tsv)
    code: str | None = None  # the full CAMEO code, where the coding itself decides it

    def applies(self, token: Token) -> bool:
        return self.admits(token) and all(_holds(condition, token) for condition in self.when)

    def admits(self, token: Token) -> bool:
        """Whether the verb has an object the trigger needs (always, when it needs none)."""
        if not self.objects or token.pos_ != "VERB":
            return True
        objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
        # "allow candidate Ouattara to run": the subject of the clause the verb governs
        objects += [
            s
            for c in token.children
            if c.dep_ in {"ccomp", "xcomp"}
            for s in c.children
            if s.dep_ == "nsubj"
        ]
        # "photographs and other intelligence", "25,000 tons of food aid"
        objects += [c for o in objects for c in o.conjuncts]
        objects += [p for o in objects for c in o.children if c.lower_ == "of" for p in c.children]
        return any(
            o.lemma_.lower() in self.objects or (o.ent_type_ and o.ent_type_ in self.objects)
            for o in objects
        )


def _holds(condition: str, token: Token) -> bool:
    """One condition of the lexicon's "when" column: "pos=NOUN", "prep=for|on",
    "head=strike", "mod=air|missile", "!dobj", "!prt=off", "!head=be", "!passive"."""
    negated = condition.startswith("!")
    name, _, listed = condition.lstrip("!").partition("=")
    words = set(listed.split("|")) if listed else set()
    children = list(token.children)
    if name == "pos":
        found = token.pos_ in words
    elif name == "head":
        found = token.head.i != token.i and token.head.lemma_.lower() in words
    elif name == "passive":
        found = any(c.dep_ == "auxpass" for c in children) and not any(
            c.dep_ == "agent" for c in children
        )
    elif name == "mod":
        found = any(c.dep_ in {"compound", "amod"} and c.lower_ in words for c in children)
    else:  # a dependency: "prep=for|on", "prt=off", "dobj"
        found = any(c.dep_ == name and (not words or c.lower_ in words) for c in children)
    return found != negated


@cache
def triggers() -> dict[str, list[Trigger]]:
    """Lemma → its codings, in file order: the first whose objects the verb has applies."""
    out: dict[str, list[Trigger]] = {}
    for row in load_rows("event_triggers"):
        columns = [*row, "", "", "", ""]
        objects = frozenset(w for w in columns[4].strip().split("|") if w)
        when = tuple(columns[5].split())
        trigger = Trigger(columns[1], columns[2], columns[3].strip() or None, objects, when)
        out.setdefault(columns[0], []).append(trigger)
    return out


class _Actors:
    """Entity lookup by token, with nationality modifiers ("Hungarian officials")."""

    def __init__(self, entities: list[Entity]) -> None:
        self.by_offset = entities_by_offset(entities)

    def _countrymen(self, token: Token) -> list[Token]:
        """ "Iraqi Kurds", "thousands of Iraqi Kurds": a group of no country of its own acts
        for the country its nationality modifier names."""
        group = self.by_offset.get(token.idx)
        if group is None or group.country:
            return []
        return [
            m
            for m in token.children
            if m.dep_ == "amod" and m.idx in self.by_offset and self.by_offset[m.idx].country
        ]

    def of(self, token: Token) -> list[Entity]:
        """The entities a noun phrase names: itself, its conjuncts, or the nationality or
        organisation that modifies it (with that modifier's conjuncts)."""
        found: list[Entity] = []
        for candidate in [token, *token.conjuncts]:
            modifiers = [
                c for c in candidate.children if c.dep_ in {"amod", "compound", "poss", "nmod"}
            ]
            modifiers += [  # "the ministers of Turkey and Greece"
                p
                for c in candidate.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj"
            ]
            # "his Azerbaijani counterpart Parviz Shahbazov": the name before the modifier.
            appositions = [
                c for c in candidate.children if c.dep_ == "appos" and c.idx in self.by_offset
            ]
            named = (
                [candidate]
                if candidate.idx in self.by_offset
                else appositions
                or [
                    modifier
                    # "bin Laden's al-Qaeda network": the name before its owner
                    for child in sorted(modifiers, key=lambda m: m.dep_ != "compound")
                    for modifier in (child, *child.conjuncts)
                    if modifier.idx in self.by_offset
                ]
            )
            named = [m for t in named for m in (*self._countrymen(t), t)]
            if not named:
                # "students throughout Indonesia": a group placed by a country acts for none
                # of its own, but is that country's people. A thing placed somewhere ("a
                # centre in Istanbul") is not the place's.
                people = candidate.tag_ in {"NNS", "NNPS"}
                named = [
                    t
                    for t in candidate.subtree
                    if t.idx in self.by_offset
                    and self.by_offset[t.idx].type in {"GPE", "NORP"}
                    and (people or t.head.lower_ not in {"in", "at", "near"})
                ][:1]
            for item in named:
                entity = self.by_offset[item.idx]
                if entity not in found and entity.type in ACTOR_TYPES:
                    found.append(entity)
        return found


def _subject_tokens(verb: Token, depth: int = 0) -> list[Token]:
    """The actor: the subject, the passive agent, or, for a verb without one ("agreed to
    buy", "is willing to withdraw", "said it will support"), the subject up its clause chain.
    A pronoun subject stands for the subject of the clause that reports it."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            if child.pos_ == "PRON" and depth < 3 and verb.dep_ in {"ccomp", "xcomp", "conj"}:
                above = _subject_tokens(verb.head, depth + 1)
                return above or [child]
            if child.tag_ == "VBG":  # misparsed "the agency working in Mali said"
                return [s for s in child.children if s.dep_ == "nsubj"] or [child]
            return [child]
        if child.dep_ == "agent":
            return [t for t in child.children if t.dep_ == "pobj"]
    if verb.dep_ == "xcomp" and (controller := _object_of(verb.head)) is not None:
        return [controller]  # "urged Hale to stop attacking": Hale would stop
    if (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    ):
        return []  # "leaving his car when asked to": the one asked is not the one asking
    if (
        depth < 3
        and verb.dep_ in {"xcomp", "conj", "advcl", "ccomp", "acomp"}
        and verb.head.i != verb.i
    ):
        return _subject_tokens(verb.head, depth + 1)
    if verb.dep_ == "acl" or (verb.dep_ == "compound" and verb.head.lemma_ in LIGHT_NOUNS):
        # "a declaration demanding …", "launched a mediation effort": the noun's actor
        return _subject_tokens(verb.head, depth + 1) if depth < 3 else []
    if verb.pos_ == "NOUN":
        owners = [
            c
            for c in verb.children
            if c.dep_ in {"poss", "compound", "amod"} and c.ent_type_ in ACTOR_LABELS
        ]
        if owners:
            return owners
        if verb.head.pos_ == "ADP" and verb.head.lower_ in TIME_PREPOSITIONS:
            return []  # "After the 9/11 attacks, Bush kept …": not Bush's attacks
        if verb.head.lower_ == "with" and verb.head.dep_ == "prep":
            return []  # "was met with protests", "threatened with sanctions": not theirs
        head = verb.head.head if verb.head.pos_ == "ADP" else verb.head  # "went on strike"
        if head.lemma_.lower() in SUFFERING_VERBS:
            return []  # "America suffered attacks": the subject is struck, not striking
        if head.lemma_.lower() in TOPIC_VERBS:
            return []  # "referred to investigations into the Bidens": spoken of, not done
        if head.pos_ in {"VERB", "AUX"} and head.i != verb.i:
            return _subject_tokens(head, depth + 1)
    return []


def _object_of(verb: Token) -> Token | None:
    """The object that controls a verb's to-clause: "urged Iran to", "called on Trump to"."""
    if verb.lemma_.lower() not in CONTROL_VERBS:
        return None  # "summoned the envoy to complain": the one who summoned complains
    for child in verb.children:
        if child.dep_ == "dobj":
            return child
        if child.dep_ == "prep" and child.lower_ == "on" and verb.lemma_.lower() == "call":
            return next((p for p in child.children if p.dep_ == "pobj"), None)
    return None


def _target_tokens(verb: Token) -> list[Token]:
    out = []
    for child in verb.children:
        if child.dep_ in {"dobj", "dative", "nsubjpass"}:
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPOSITIONS:
            out.extend(t for t in child.children if t.dep_ == "pobj")
    for child in verb.children:
        if child.dep_ == "dobj":  # "imposed sanctions on X": the object's own preposition
            for grand in child.children:
                if grand.dep_ == "prep" and grand.lower_ in TARGET_PREPOSITIONS:
                    out.extend(t for t in grand.children if t.dep_ == "pobj")
        elif child.dep_ == "xcomp":  # "offered to hand over to Britain"
            out.extend(_target_tokens(child))
        elif child.dep_ == "ccomp" and verb.lemma_.lower() in PERMITTING_VERBS:
            out.extend(s for s in child.children if s.dep_ == "nsubj")  # "allow Mensah to run"
        elif child.dep_ == "prt":  # "hand over to": the particle's preposition
            for grand in child.children:
                if grand.dep_ == "prep" and grand.lower_ in TARGET_PREPOSITIONS:
                    out.extend(t for t in grand.children if t.dep_ == "pobj")
    out = [t for t in out if t.ent_type_ not in {"DATE", "TIME"}]  # "on Wednesday"
    if verb.dep_ == "compound" and verb.head.lemma_ in LIGHT_NOUNS and not out:
        out.extend(_target_tokens(verb.head))  # "a mediation effort between X and Y"
    if verb.pos_ == "NOUN" and not out:
        # "the invasion of the north"; "a suspension of flights to Qatar"
        for of in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"):
            for thing in (t for t in of.children if t.dep_ == "pobj"):
                out.append(thing)
                out.extend(
                    t
                    for grand in thing.children
                    if grand.dep_ == "prep" and grand.lower_ in TARGET_PREPOSITIONS
                    for t in grand.children
                    if t.dep_ == "pobj"
                )
    return out


PRESSING_VERBS = load_words("pressing_verbs")


def _purposes(token: Token) -> list[Token]:
    """The purpose clauses of a protest or of the verb it is the object of ("began a hunger
    strike to demand …", "staged demonstrations to demand …")."""
    holders = [token] + ([token.head] if token.pos_ == "NOUN" else [])
    return [
        clause
        for holder in holders
        for clause in holder.children
        if clause.dep_ in {"advcl", "xcomp", "acl", "relcl"}
        and clause.lemma_.lower() in PRESSING_VERBS
    ]


def _protested(token: Token) -> list[Token]:
    """What a protest is "in protest of" (or against, over, at)."""
    holders = [token] + ([token.head] if token.pos_ == "NOUN" else [])
    return [
        thing
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for protest in prep.children
        if protest.dep_ == "pobj" and protest.lemma_.lower() == "protest"
        for about in protest.children
        if about.dep_ == "prep" and about.lower_ in {"of", "against", "over", "at"}
        for thing in about.children
        if thing.dep_ == "pobj"
    ]


def _addressed(token: Token, trigger: Trigger) -> list[Token]:
    """Whom a demand is made of when the verb has no object: the subject of its that-clause
    ("demanded that the US cancel the sale")."""
    if trigger.type not in {"REQUEST", "ACCUSE"}:
        return []
    return [
        subject
        for clause in token.children
        if clause.dep_ == "ccomp"
        for subject in clause.children
        if subject.dep_ in {"nsubj", "nsubjpass"}
    ]


def _code(token: Token) -> Trigger | None:
    """The coding of a trigger word: the first of its lexicon rows that applies here."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma not in EVENT_NOUNS | {"hunger"}:
        return None
    return next((t for t in triggers().get(lemma, []) if t.applies(token)), None)


def _demanders(token: Token) -> list[Token]:
    """Who demands what a clause says: the subject of the verb that reports a "must" clause
    ("Kenya said Somalia must hand back …"), or the holder of a demand whose content the clause is
    ("the AU repeated its demand that Uganda withdraw …")."""
    if token.dep_ == "ccomp" and any(
        c.dep_ == "aux" and c.lower_ in OBLIGATION for c in token.children
    ):
        return _subject_tokens(token.head)
    if token.dep_ in {"acl", "ccomp"} and token.head.lemma_.lower() in DEMAND_NOUNS:
        return _subject_tokens(token.head)
    if token.dep_ == "ccomp" and any(  # the parse hangs the clause on "reiterated"
        c.dep_ == "dobj" and c.lemma_.lower() in DEMAND_NOUNS for c in token.head.children
    ):
        return _subject_tokens(token.head)
    return []


def _conditions(verbs: list[Token], marks: set[str]) -> list[Token]:
    """The clauses of ``verbs`` that set a condition with one of ``marks`` ("if", "unless")."""
    return [
        clause
        for verb in verbs
        for clause in verb.children
        if clause.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in marks for m in clause.children)
    ]


def _conditioned(token: Token) -> list[Token]:
    """The subjects of the if- or unless-clauses of a threat or of what it threatens to do
    ("… if Berlin signs the deal", "… unless Kabul agrees")."""
    verbs = [token, *(c for c in token.children if c.dep_ == "xcomp")]
    return [
        subject
        for clause in _conditions(verbs, {"if", "unless"})
        for subject in clause.children
        if subject.dep_ in {"nsubj", "nsubjpass"}
    ]


def _conditional_on_unless(token: Token) -> bool:
    return bool(_conditions([token], {"unless"}))


def _is_refusal(token: Token) -> bool:
    """ "will not accept", "won't allow": a negated future states a refusal."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE for c in token.children)


def _reported(token: Token, quotes: list[Quote]) -> tuple[Modality, str | None]:
    quote = next((q for q in quotes if q.content.start <= token.idx < q.content.end), None)
    return ("reported", quote.id) if quote else ("asserted", None)


def _modality(token: Token, quotes: list[Quote]) -> tuple[Modality, str | None, bool]:
    """The event's modality, the quote it is known from, and whether it is a stated intent
    (a future reported by its actor, or "willing to", "offered to"): CAMEO and PLOVER code an
    intent to cooperate as AGREE and an intent to harm as THREATEN."""
    auxiliaries = {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
    intent_head = token.dep_ == "xcomp" and token.head.lemma_.lower() in INTENT_HEADS
    withheld = token.dep_ in {"xcomp", "acl"} and token.head.lemma_.lower() in WITHHOLDING
    if (
        withheld
        or any(c.dep_ == "neg" for c in token.children)
        or any(  # "does not, and never will, sign": the negation sits on the auxiliary
            g.dep_ == "neg" for c in token.children if c.dep_ == "aux" for g in c.children
        )
        or any(
            (c.dep_ == "dobj" and any(d.lower_ == "no" for d in c.children if d.dep_ == "det"))
            or (c.dep_ in {"nsubj", "nsubjpass"} and any(d.lower_ == "neither" for d in c.children))
            for c in token.children
        )
    ):
        # "did not agree", "offered no proof", "neither … nor", "avoids condemning"
        return "negated", None, False
    quote = next((q for q in quotes if q.content.start <= token.idx < q.content.end), None)
    if any(c.lower_ == "if" for c in token.children if c.dep_ == "mark"):
        # "… if the Indians agreed to limit exports": a condition, said or not
        return "hypothetical", quote.id if quote else None, False
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in HYPOTHETICAL_HEADS:
        return "hypothetical", quote.id if quote else None, False  # "is unlikely to agree"
    if quote is not None:
        return "reported", quote.id, bool(auxiliaries & FUTURE) or intent_head
    if auxiliaries & HYPOTHETICAL:
        return "hypothetical", None, False
    if _hearsay(token):
        return "reported", None, False  # "reportedly", "according to state media"
    if auxiliaries & FUTURE or token.head.lemma_.lower() in PLANNED_HEADS or intent_head:
        return "planned", None, intent_head
    return "asserted", None, False


def _said_by_actor(
    quote_id: str | None, quotes: list[Quote], sources: list[str], actors: _Actors
) -> bool:
    """Whether the quote an event is known from is its actor's own word: its speaker is one
    of the sources ("Syrian opposition leaders said they would"), or a pronoun that may stand
    for one ("it said it will support"), not someone else ("officials said Putin will")."""
    quote = next((q for q in quotes if q.id == quote_id), None)
    if quote is None or quote.speaker is None or quote.speaker_entity in sources:
        return True
    speaker = quote.speaker
    if any(
        entity.id in sources and speaker.start <= offset < speaker.end
        for offset, entity in actors.by_offset.items()
    ):
        return True
    return quote.speaker_entity is None and speaker.text.lower() in PRONOUNS


def _clause_time(
    doc: Doc, token: Token, sentence: SpacySpan, times: list[TimeExpression]
) -> TimeExpression | None:
    """The date or time of the event's own clause: one inside the trigger's phrase ("the
    talks on Friday"), or one on its verb or on a verb of the same chain of clauses ("shelled
    Kharkiv on Tuesday, killing 12"), never one of a clause that reports it ("said on Tuesday
    that it will attack") or of another clause."""
    verb = token.head if token.pos_ == "NOUN" and token.head.pos_ in {"VERB", "AUX"} else token
    anchors = {verb.i}
    while verb.dep_ in {"xcomp", "advcl", "conj"} and verb.head.i != verb.i and len(anchors) < 4:
        verb = verb.head
        anchors.add(verb.i)
    own = {t.i for t in token.subtree}
    for time in times:
        if (
            time.type not in {"DATE", "TIME"}
            or not sentence.start_char <= time.start < sentence.end_char
        ):
            continue
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.i in own:
            return time
        above = next((a for a in root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if above is not None and above.i in anchors:
            return time
    return None


def _hearsay(token: Token) -> bool:
    """ "is reportedly being investigated", "attacked the town, according to residents"."""
    return any(
        (c.dep_ == "advmod" and c.lower_ in HEARSAY_ADVERBS)
        or (c.dep_ == "prep" and c.lower_ == "according")
        for c in token.children
    )


def _is_past(token: Token) -> bool:
    """A past-tense report ("imposed", "has imposed"), or an event noun governed by one
    ("launched an attack")."""
    verb = token.head if token.pos_ == "NOUN" and token.head.pos_ in {"VERB", "AUX"} else token
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children
    )


def _promises_harm(token: Token) -> bool:
    """ "vowed to fight", "pledged to impose sanctions": an intent to harm, which CAMEO codes
    as a threat (13), not as an agreement."""
    return any(
        c.dep_ in {"xcomp", "dobj"}  # "vowed to fight", "promised a veto"
        and (code := _code(c)) is not None
        and code.type in INTENT_TO_HARM | {"REJECT"}
        for c in token.children
    )


def _by_persons(sources: list[Entity]) -> bool:
    """An attack by a person ("Trump attacked Machado", "his attacks on moderators") is words,
    not force: CAMEO codes it as disapproval (11)."""
    return bool(sources) and all(e.type == "PERSON" for e in sources)


def _imperative(token: Token) -> bool:
    """A bare verb with no subject of its own heading a clause ("Don't buy …", "Sell now")."""
    if token.tag_ != "VB" or token.dep_ not in {"ROOT", "ccomp", "conj", "parataxis"}:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in token.children):
        return False
    auxiliaries = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    return all(a.lemma_.lower() == "do" for a in auxiliaries)


def _extraposed(token: Token) -> bool:
    """ "It is striking that …", "it's alarming that …": "it" stands for a that-clause."""
    children = list(token.children)
    clauses = [c for c in children if c.dep_ == "ccomp"]
    # "that" marks the clause, or the model takes it for the verb's object
    that = any(c.lower_ == "that" for c in children) or any(
        m.dep_ == "mark" and m.lower_ == "that" for c in clauses for m in c.children
    )
    return any(c.dep_ == "nsubj" and c.lower_ == "it" for c in children) and bool(clauses) and that


def _is_group(token: Token) -> bool:
    """ "protesters", "security forces": a group of people with no name of its own."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in load_words("actor_groups")


def _anaphoric(token: Token) -> bool:
    """ "the talks", "their meeting", "this summit": an event noun that points back."""
    return token.pos_ == "NOUN" and any(
        (c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS) or c.dep_ == "poss"
        for c in token.children
    )


def _place(sentence: SpacySpan, actors: _Actors) -> str | None:
    """The first place the sentence puts something "in" or "at", also "in the town of X"."""
    for token in sentence:
        if token.dep_ != "pobj" or token.head.lower_ not in {"in", "at"}:
            continue
        named = [token] + [
            p for c in token.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
        ]
        for candidate in named:
            entity = actors.by_offset.get(candidate.idx)
            if entity is not None and entity.type in {"GPE", "LOC"}:
                return entity.id
    return None


def _dateline_entity(entities: list[Entity], place: str | None) -> str | None:
    """The entity a dateline names ("GENEVA" → the article's Geneva), if the text names it."""
    if not place:
        return None
    wanted = place.casefold()
    return next(
        (
            e.id
            for e in entities
            if e.type in {"GPE", "LOC"}
            and wanted in {e.name.casefold(), *map(str.casefold, e.aliases)}
        ),
        None,
    )


def _actor_codes(doc: Doc, sentence: SpacySpan, ids: list[str], actors: _Actors) -> dict[str, str]:
    """Each actor's CAMEO code as its mention in the sentence casts it."""
    by_id = {e.id: e for e in actors.by_offset.values()}
    out = {}
    for entity_id in dict.fromkeys(ids):
        entity = by_id.get(entity_id)
        if entity is None or entity.actor_code is None:
            continue
        mention = next(
            (m for m in entity.mentions if sentence.start_char <= m.start < sentence.end_char),
            None,
        )
        span = (
            doc.char_span(mention.start, mention.end, alignment_mode="expand") if mention else None
        )
        code = code_in_phrase(entity.actor_code, span.root) if span else None
        out[entity_id] = code or entity.actor_code
    return out


def extract_events(
    doc: Doc,
    entities: list[Entity],
    quotes: list[Quote],
    times: list[TimeExpression],
    *,
    published: str | None = None,
    dateline_place: str | None = None,
) -> list[Event]:
    """Coded events, one record per real event: later mentions ("the talks") join it."""
    actors = _Actors(entities)
    text = doc_text(doc)
    day = published[:10] if published else None
    datelined = _dateline_entity(entities, dateline_place)
    found: list[Found] = []
    anaphors: list[tuple[Token, Trigger]] = []
    for i, pos in enumerate(token_positions(doc)):
        if pos not in (VERB, NOUN):
            continue
        token = doc[i]
        trigger = _code(token)
        demanders = [e.id for t in _demanders(token) for e in actors.of(t)]
        if trigger is None and demanders and _holds("aux=must", token):
            # "Canada said Ghana must settle"; "should" there is as often a forecast
            trigger = Trigger("REQUEST", "10", None, code="100")
        if trigger is None:
            continue
        if not (trigger.objects or trigger.when) and (pattern := named_coding(token)):
            # A verb the lexicon codes whatever its object: the dictionary's pattern of this
            # object decides ("reopened its probe" is an investigation, not an opening).
            coded = code_info(pattern.code) if pattern.code in cameo_codes() else None
            if pattern.code == NO_EVENT or (coded is not None and not coded.type):
                continue
            if coded is not None and coded.type != trigger.type:
                trigger = Trigger(coded.type, pattern.code[:2], coded.mode, code=pattern.code)
        if (
            token.head.i != token.i
            and _code(token.head) is not None
            and (token.pos_ == "NOUN" or token.dep_ == "xcomp")
        ):
            continue  # "imposed sanctions", "agreed to buy": one event, coded at its head
        if _imperative(token):
            continue  # "Don't buy a single vote": a bidding, not an event
        if _extraposed(token):
            continue  # "It's striking that …": a judgement, not a strike
        subjects = _subject_tokens(token)
        acting = [e for t in subjects for e in actors.of(t)]
        sources = [e.id for e in acting]
        if token.lemma_.lower() in VERBAL_WHEN_PERSONAL and _by_persons(acting):
            trigger = Trigger("ACCUSE", "11", "disapprove", code="111")
        elif token.lemma_.lower() == "rally" and _by_persons(acting):
            continue  # a politician's rally is a campaign stop, not a protest
        sentence = token.sent
        place = _place(sentence, actors)
        if not sources and (
            any(_is_group(t) for t in subjects)
            or (trigger.type in BY_AUTHORITIES and _holds("passive", token))
        ):
            # "Protesters clashed with police in Lagos": the group acts for its place;
            # "was arrested in Lebanon": the authorities of the place acted.
            sources = [place] if place else []
        if not sources:
            if _anaphoric(token):
                anaphors.append((token, trigger))
            continue  # no actor, no event
        objects = [t for t in _target_tokens(token) if t.ent_type_ not in {"DATE", "TIME"}]
        targets = [
            e.id
            for t in objects or _addressed(token, trigger)
            for e in actors.of(t)
            if e.id not in sources
        ]
        if not targets and trigger.type == "PROTEST":
            # "a hunger strike to press for the minister's removal": whom it presses
            pressed = [t for verb in _purposes(token) for t in _target_tokens(verb)]
            targets = [
                e.id
                for t in pressed or _protested(token)
                for e in actors.of(t)
                if e.id not in sources
            ]
        modality, quote, intent = _modality(token, quotes)
        if intent and modality == "reported" and not _said_by_actor(quote, quotes, sources, actors):
            # "Putin will visit Ankara, officials said": a plan another reports (CAMEO still
            # codes it as an intent, 036), the quote kept as where it is known from; "Ukraine
            # said Russia will attack" is Ukraine's forecast, not a threat by Russia
            modality, intent = "planned", trigger.type not in INTENT_TO_HARM
        base_type = trigger.type
        if demanders and not set(demanders) & set(sources):
            # "Kenya said Somalia must hand back the aircraft": Kenya demands it of Somalia.
            trigger, sources, targets = (
                Trigger("REQUEST", "10", None, code="100"),
                demanders,
                sources,
            )
        elif modality == "negated" and _is_refusal(token) and trigger.type in COOPERATIVE:
            # "Syria will not accept more refugees" is a refusal, which CAMEO codes REJECT.
            code = REFUSED.get(trigger.type, "120")
            trigger, intent = Trigger("REJECT", "12", None, code=code), False
            modality, quote = _reported(token, quotes)
        if (intent or modality == "planned") and _conditional_on_unless(token):
            # "will withdraw its force unless the president arranges a ceasefire": a threat.
            trigger, intent = Trigger("THREATEN", "13", None, code="130"), False
        if trigger.type == "AGREE" and _promises_harm(token):
            trigger = Trigger("THREATEN", "13", None, code="130")  # "pledged to impose sanctions"
        if intent and trigger.type in INTENT_TO_COOPERATE:
            trigger = Trigger("AGREE", "03", trigger.mode, code=INTENDED[trigger.type])
        elif intent and trigger.type in INTENT_TO_HARM:
            trigger = Trigger("THREATEN", "13", trigger.mode, code=THREATENED[trigger.type])
        if not targets and trigger.type == "THREATEN":
            # "threatened to quit the talks if Germany signs": the one it would punish
            targets = [
                e.id for t in _conditioned(token) for e in actors.of(t) if e.id not in sources
            ]
        if (
            not targets
            and (
                trigger.type in AT_THE_PLACE
                or (trigger.type in EASED_AT_THE_PLACE and _holds("dobj", token))
            )
            and place
            and place not in sources
        ):
            targets = [place]  # "rallied in Slovakia", "imposed a curfew in Kinshasa"
        time = _clause_time(doc, token, sentence, times)
        date = time.value if time else None
        if place is None and (date == day or (date is None and _is_past(token))):
            place = datelined  # an event of the day with no place of its own: the dateline's
        actor_codes = _actor_codes(doc, sentence, [*sources, *targets], actors)
        code = trigger.code or full_code(token, trigger.cameo, trigger.type)[0]
        coded = code_info(code)
        event = Event(
            id="",
            type=trigger.type,
            mode=coded.mode or trigger.mode,
            cameo=code[:2],
            cameo_code=code,
            quad_class=quad_class(code),
            goldstein=coded.goldstein,
            trigger=record_span(doc[token.i : token.i + 1]),
            sources=list(dict.fromkeys(sources)),
            targets=list(dict.fromkeys(targets)),
            actor_codes=actor_codes,
            time=time.id if time else None,
            date=date,
            place=place,
            modality=modality,
            attributed_to=quote,
            sentence=Span(
                start=sentence.start_char,
                end=sentence.end_char,
                text=text[sentence.start_char : sentence.end_char],
            ),
            mentions=[record_span(doc[token.i : token.i + 1])],
        )
        found.append(Found(event, base_type))
    later = [(record_span(doc[t.i : t.i + 1]), trigger.type) for t, trigger in anaphors]
    events = merge_mentions(found, later)
    return [e.model_copy(update={"id": f"v{n}"}) for n, e in enumerate(events, start=1)]
