"""CAMEO at full depth: the codebook, the verb dictionary's patterns on the parse, and the full
code an event gets."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from spacy.language import Language

from dateline.extract.events.cameo import (
    block_patterns,
    cameo_codes,
    code_info,
    codings,
    dictionary_verbs,
    quad_class,
    synsets,
)

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "derive_cameo.py"


@pytest.mark.parametrize(
    ("code", "type_", "mode", "goldstein"),
    [
        ("0311", "AGREE", None, 5.2),
        ("130", "THREATEN", None, -4.4),  # defined per code: the root 13 is -6.0
        ("13", "THREATEN", None, -6.0),
        ("0871", "RETREAT", "ceasefire", 9.0),
        ("163", "COERCE", "restrict", -8.0),  # PLOVER's table moves sanctions to COERCE
        ("1823", "ASSAULT", None, -10.0),
        ("175", "ASSAULT", "pro_autocracy", -9.0),  # under COERCE's root, typed ASSAULT
        ("155", "MOBILIZE", None, -7.2),  # no Goldstein value of its own: its root's
        ("012", "", None, -0.4),  # statements have no PLOVER type
    ],
)
def test_events_cameo_codebook(code: str, type_: str, mode: str | None, goldstein: float) -> None:
    info = code_info(code)
    assert (info.type, info.mode, info.goldstein) == (type_, mode, goldstein)


def test_events_cameo_codebook_covers_every_code() -> None:
    codes = cameo_codes()
    assert len(codes) == 316
    assert all(-10.0 <= c.goldstein <= 10.0 for c in codes.values())
    assert all(c.type for code, c in codes.items() if code[:2] not in {"01", "02"})
    assert code_info("0214").name == "Appeal for intelligence"


@pytest.mark.parametrize(
    ("code", "quad"), [("036", 1), ("0841", 2), ("112", 3), ("160", 3), ("145", 4), ("20", 4)]
)
def test_events_cameo_quad_class(code: str, quad: int) -> None:
    assert quad_class(code) == quad


def test_events_cameo_dictionary_loaded() -> None:
    assert {v.block for v in dictionary_verbs("expel")} == {"deport"}
    assert any(v.words == ("call", "off") for v in dictionary_verbs("call"))
    assert len(block_patterns("arrange")) > 50
    assert ("food",) in synsets()["&food"]


@pytest.mark.parametrize(
    ("text", "verb", "code", "pattern"),
    [
        ("Egypt released two Israeli prisoners.", "released", "0841", "* prisoners"),
        ("Rebels seized the town.", "seized", "192", "* &town"),  # a synonym set
        ("Washington froze the assets of the bank.", "froze", "163", "* asset"),
        ("Germany rushed aid to the refugees.", "rushed", "070", "* aid"),  # an object over "(to)"
        ("Turkish troops attacked Kurdish positions.", "attacked", "190", "&military *"),
        ("The rebels agreed to a ceasefire.", "agreed", "0356", "* (to &ceasefire)"),
        ("Kenya called off the talks.", "called", "160", "* talks"),  # "call off", not "call"
    ],
)
def test_events_cameo_pattern_on_the_parse(
    nlp: Language, text: str, verb: str, code: str, pattern: str
) -> None:
    token = next(t for t in nlp(text) if t.text == verb)
    best = codings(token)[0]
    assert best.code == code
    assert best.pattern is not None and best.pattern.text == pattern


def test_events_cameo_verb_alone_takes_its_own_code(nlp: Language) -> None:
    token = next(t for t in nlp("The two presidents met.") if t.text == "met")
    best = codings(token)[0]
    assert (best.code, best.pattern) == ("040", None)


def test_events_cameo_lexicons_match_a_fresh_derivation() -> None:
    spec = importlib.util.spec_from_file_location("derive_cameo", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["derive_cameo"] = module
    spec.loader.exec_module(module)
    if not (module.DEFAULT_DATA / "petrarch2-dictionaries").is_dir():
        pytest.skip(f"{module.DEFAULT_DATA}: the PETRARCH2 dictionaries are not here")
    for name, text in module.derive(module.DEFAULT_DATA).items():
        assert (module.LEXICON / name).read_text(encoding="utf-8") == text, name
