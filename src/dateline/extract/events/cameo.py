"""CAMEO at full depth: each code's PLOVER type, mode and Goldstein value, and the PETRARCH2
verb patterns that choose a full code for a verb from its object and prepositions.

The lexicons are ``cameo_codes.tsv`` and ``goldstein.tsv`` (the codebooks), ``cameo_verbs.tsv``
and ``cameo_synsets.tsv`` (the verb dictionary, derived by ``scripts/derive_cameo.py``). A
pattern is matched on the dependency parse: the words before its ``*`` on the verb's subject,
the words after it on the verb's objects, particles and adverbs, ``(on sanctions)`` on a
preposition of the verb or of its object. Of the patterns that match, the one that names the
most words codes the verb; ties go to the one the dictionary lists first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from dateline.lexicon import load_rows

NO_EVENT = "---"  # the dictionary's code for a verb or pattern that codes nothing
PATTERN_PARTS = re.compile(r"\{[^}]*\}|\([^)]*\)|[^\s{}()]+")
MARKERS = {"$", "+", "%", "^", "*"}  # source, target, skipped and verb positions
OBJECT_DEPS = {
    "dobj", "nsubjpass", "attr", "oprd", "acomp", "prt", "advmod", "dative", "npadvmod",
}  # fmt: skip


@dataclass(frozen=True)
class CameoCode:
    code: str
    type: str  # PLOVER type; empty under 01 and 02
    mode: str | None
    name: str
    goldstein: float


@cache
def cameo_codes() -> dict[str, CameoCode]:
    goldstein = {row[0]: float(row[1]) for row in load_rows("goldstein")}
    out = {}
    for code, kind, mode, name in (row[:4] for row in load_rows("cameo_codes")):
        # GDELT's Goldstein table predates five codes of CAMEO 1.1b3 (155, 176, 1834, 1951,
        # 1952): they take the value of their parent code.
        value = goldstein.get(code, goldstein.get(code[:3], goldstein[code[:2]]))
        out[code] = CameoCode(code, kind, mode or None, name, value)
    return out


def code_info(code: str) -> CameoCode:
    """The codebook entry of a code; raises KeyError for a code CAMEO has not."""
    return cameo_codes()[code]


def quad_class(code: str) -> int:
    """GDELT's quad class of a code's root: 1 verbal and 2 material cooperation, 3 verbal
    and 4 material conflict."""
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13 or root == 16:
        return 3
    return 4


@dataclass(frozen=True)
class Element:
    """One element of a pattern: a word or phrase (its head last), a synonym set, or a
    preposition with what it governs (``preposition`` set, ``inner`` what follows it)."""

    words: tuple[str, ...] = ()
    synset: str = ""
    preposition: str = ""
    inner: Element | None = None

    @property
    def size(self) -> float:
        """How much of a sentence the element names: a bare preposition ("* (to)") less than
        a word."""
        if self.preposition:
            return 1 + self.inner.size if self.inner else 0.5
        return len(self.words) or 1


@dataclass(frozen=True)
class Pattern:
    block: str
    code: str
    subject: tuple[Element, ...]
    after: tuple[Element, ...]
    text: str  # as the dictionary writes it
    note: str  # the verb it was written for

    @property
    def size(self) -> float:
        return sum(e.size for e in (*self.subject, *self.after))


@dataclass(frozen=True)
class Verb:
    lemma: str
    words: tuple[str, ...]  # the whole verb: ("call", "off")
    block: str
    code: str


@dataclass(frozen=True)
class Coding:
    """Why a verb coded what it did: its dictionary verb and the pattern that matched."""

    code: str
    verb: Verb
    pattern: Pattern | None  # None: the verb's own code


def _element(part: str) -> Element | None:
    if part.startswith("("):
        words = part.strip("()").split()
        if not words:
            return None
        rest = " ".join(words[1:])
        inner = (
            _element(rest if rest.startswith(("{", "&")) else "{" + rest + "}") if rest else None
        )
        return Element(preposition=words[0], inner=inner)
    if part.startswith("&"):
        return Element(synset=part)
    phrase = tuple(w for w in part.strip("{}").replace("_", " ").split() if w not in MARKERS)
    return Element(words=phrase) if phrase else None


def _pattern(block: str, code: str, text: str, note: str) -> Pattern | None:
    before, star, after = text.partition("*")
    if not star:
        return None

    def parts(side: str) -> tuple[Element, ...]:
        found = (_element(p) for p in PATTERN_PARTS.findall(side) if p not in MARKERS)
        return tuple(e for e in found if e is not None)

    pattern = Pattern(block, code, parts(before), parts(after), text, note)
    undefined = [
        e
        for e in (*pattern.subject, *pattern.after, *(x.inner for x in pattern.after if x.inner))
        if e is not None and e.synset and e.synset not in synsets()
    ]
    return None if undefined else pattern  # PETRARCH ignores a pattern with an unknown set


@cache
def synsets() -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for name, phrase in (row[:2] for row in load_rows("cameo_synsets")):
        out.setdefault(name, []).append(tuple(phrase.split()))
    return {name: tuple(phrases) for name, phrases in out.items()}


@cache
def _dictionary() -> tuple[dict[str, list[Verb]], dict[str, list[Pattern]]]:
    verbs: dict[str, list[Verb]] = {}
    patterns: dict[str, list[Pattern]] = {}
    for row in load_rows("cameo_verbs"):
        if row[0] == "verb":
            lemma, words, block, code = row[1:5]
            verbs.setdefault(lemma, []).append(Verb(lemma, tuple(words.split()), block, code))
        elif (
            pattern := _pattern(row[1], row[2], row[3], row[4] if len(row) > 4 else "")
        ) is not None:
            patterns.setdefault(pattern.block, []).append(pattern)
    return verbs, patterns


def dictionary_verbs(lemma: str) -> list[Verb]:
    return _dictionary()[0].get(lemma, [])


def block_patterns(block: str) -> list[Pattern]:
    return _dictionary()[1].get(block, [])


def _is(token: Token, word: str) -> bool:
    return word in (token.lower_, token.lemma_.lower())


def _phrase_matches(words: tuple[str, ...], token: Token) -> bool:
    """The phrase's head is the token and its other words modify it ("{financial aid}")."""
    if not words or not _is(token, words[-1]):
        return False
    modifiers = list(token.lefts)
    return all(any(_is(m, w) for m in modifiers) for w in words[:-1])


def _matches(element: Element, token: Token) -> bool:
    if element.synset:
        return any(_phrase_matches(p, token) for p in synsets().get(element.synset, ()))
    return _phrase_matches(element.words, token)


def _governed(token: Token) -> list[Token]:
    """What a preposition governs, with its conjuncts."""
    objects = [c for c in token.children if c.dep_ in {"pobj", "pcomp"}]
    return objects + [c for o in objects for c in o.conjuncts]


def _element_holds(element: Element, dependents: list[Token], prepositions: list[Token]) -> bool:
    if element.preposition:
        return any(
            p.lower_ == element.preposition
            and (element.inner is None or any(_matches(element.inner, g) for g in _governed(p)))
            for p in prepositions
        )
    return any(_matches(element, d) for d in dependents)


def _subjects(verb: Token) -> list[Token]:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return subjects + [c for s in subjects for c in s.conjuncts]


def _pattern_holds(pattern: Pattern, verb: Token) -> bool:
    dependents = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    dependents += [c for d in dependents for c in d.conjuncts]
    prepositions = [c for c in verb.children if c.dep_ in {"prep", "agent"}]
    prepositions += [c for d in dependents for c in d.children if c.dep_ == "prep"]
    return all(_element_holds(e, dependents, prepositions) for e in pattern.after) and all(
        any(_matches(e, s) for s in _subjects(verb)) for e in pattern.subject
    )


def _verb_present(entry: Verb, verb: Token) -> bool:
    """A verb of more than one word ("call off") needs its other words among the verb's
    particles, prepositions and adverbs."""
    others = [w for w in entry.words if w != entry.lemma]
    nearby = {c.lower_ for c in verb.children if c.dep_ in {"prt", "prep", "advmod", "compound"}}
    return all(w in nearby for w in others)


def codings(verb: Token) -> list[Coding]:
    """Every coding the dictionary gives this verb here, the most specific first: patterns
    that match (most words named first, then file order), then the verb's own code."""
    out: list[tuple[float, int, Coding]] = []
    order = 0
    present = [e for e in dictionary_verbs(verb.lemma_.lower()) if _verb_present(e, verb)]
    longest = max((len(e.words) for e in present), default=0)
    for entry in present:
        if len(entry.words) < longest:
            continue  # "called off the talks" is "call off", not "call"
        size = len(entry.words) - 1  # "call off" is more specific than "call"
        for pattern in block_patterns(entry.block):
            order += 1
            if _pattern_holds(pattern, verb):
                out.append((-(pattern.size + size), order, Coding(pattern.code, entry, pattern)))
        if entry.code != NO_EVENT:
            order += 1
            out.append((1 - size, order, Coding(entry.code, entry, None)))
    return [coding for _, _, coding in sorted(out, key=lambda x: (x[0], x[1]))]


def full_code(token: Token, root: str, kind: str) -> tuple[str, Coding | None]:
    """The full CAMEO code of an event the trigger lexicon coded as ``kind`` under ``root``:
    the most specific dictionary coding whose PLOVER type, in the official mapping, is
    ``kind``, of the verb or of the verb an event noun is the object of
    ("imposed sanctions"); else the root's "not specified below" code when it has that type
    (080 is CONCEDE, so a RETREAT under 08 with no coding of its own is "08")."""
    verb = token
    if token.pos_ == "NOUN" and token.dep_ in {"dobj", "nsubjpass"} and token.head.pos_ == "VERB":
        verb = token.head
    codes = cameo_codes()
    for coding in codings(verb) if verb.pos_ in {"VERB", "AUX"} else []:
        if coding.code in codes and codes[coding.code].type == kind:
            return coding.code, coding  # "launched air strikes" is 195, under 19, not 18
    unspecified = root + "0"
    return (unspecified if codes[unspecified].type == kind else root), None


def named_coding(verb: Token) -> Coding | None:
    """The verb's most specific coding whose pattern names one of its objects or
    prepositional phrases and was written for this verb ("reopened its probe": * &investigation,
    090, written for "open"); None when only the verb alone, a subject or a bare preposition
    matched. A block's patterns written for another of its verbs are left out here: "* attack"
    (053) was written for "prevent", not for "condemn" beside it."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    for coding in codings(verb):
        pattern = coding.pattern
        if pattern is None:
            continue
        written_for = pattern.note.split()[0] if pattern.note else lemma
        if lemma not in {written_for, "re" + written_for}:
            continue  # "reopen" takes the patterns written for "open"
        if any(e.preposition == "" or e.inner for e in pattern.after):
            return coding
    return None
