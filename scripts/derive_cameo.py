"""Derive the CAMEO lexicons from the PETRARCH2 dictionaries and the CAMEO and PLOVER codebooks.

    python scripts/derive_cameo.py                 # rewrite the three lexicon files
    python scripts/derive_cameo.py --check         # exit 1 when a file differs from a fresh derivation
    python scripts/derive_cameo.py --data DIR      # where the shared data sits (../shared/data)

Writes, in ``src/dateline/lexicon/``:
- ``cameo_codes.tsv``: each CAMEO event code with its name and its PLOVER type and mode
  (from ``cameo/cameo-codes.csv`` and ``plover-gsr-dev/CAMEO2PLOVER-2021.txt``);
- ``cameo_verbs.tsv``: each verb of ``petrarch2-dictionaries/CAMEO.2.0.txt`` with its synonym
  block and its own code, and each pattern of a block with its code, as the dictionary
  writes them (so a reader can find why a verb coded what it did);
- ``cameo_synsets.tsv``: the dictionary's synonym sets ("&FOOD"), one phrase a row;
- ``cameo_actors.tsv``: the Phoenix actor dictionaries' names with their dated actor codes;
- ``cameo_agents.tsv``: the Phoenix agents dictionary's role nouns with their role codes.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from dateline.lexicon import write_or_check

LEXICON = Path(__file__).resolve().parents[1] / "src" / "dateline" / "lexicon"
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
MIT_NOTICE = """\
# The PETRARCH2 dictionaries: Copyright (c) 2015 Open Event Data Alliance, MIT License.
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software
# and associated documentation files (the "Software"), to deal in the Software without
# restriction, including without limitation the rights to use, copy, modify, merge, publish,
# distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
# Software is furnished to do so, subject to the following conditions: The above copyright
# notice and this permission notice shall be included in all copies or substantial portions of
# the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A
# PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE
# LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
# OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
# DEALINGS IN THE SOFTWARE.
"""
CODES_HEADER = """\
# CAMEO event codes: code → PLOVER type, PLOVER mode (may be empty), the code's name.
# Derived by scripts/derive_cameo.py from the CAMEO codebook's code list (cameo-codes.csv, the
# CAMEO 1.1b3 manual, Gerner, Schrodt, Yilmaz and Abu-Jabr, Penn State 2012) and the official
# CAMEO-to-PLOVER table (CAMEO2PLOVER-2021.txt, PLOVER manual draft 0.8, 17 September 2021,
# edited by Philip Schrodt; https://github.com/openeventdata/PLOVER). Codes under 01 and 02
# (statements and appeals) have no PLOVER type.
# code	type	mode	name
"""
VERBS_HEADER = """\
# CAMEO verb patterns: which verb codes which CAMEO event, with what object or preposition.
# Derived by scripts/derive_cameo.py from CAMEO.2.0.txt of the PETRARCH2 dictionaries
# (https://github.com/openeventdata/petrarch2), "a composite of the TABARI CAMEO dictionaries
# and several synonym sets, primarily from WordNet".
# Rows of two kinds, in the dictionary's order:
#   verb	LEMMA	WORDS	BLOCK	CODE     a verb (WORDS: the whole verb, "call off"), its synonym
#                                        block, and the code of the verb alone ("---": none)
#   pattern	BLOCK	CODE	PATTERN	NOTE  a pattern of the block's verbs as the dictionary
#                                        writes it: words before "*" are the subject, after it
#                                        the objects, particles and "(preposition noun)"
#                                        phrases; {a b} a phrase whose head is b; &NAME a
#                                        synonym set (cameo_synsets.tsv); NOTE the verb it was
#                                        written for
"""
SYNSETS_HEADER = """\
# CAMEO synonym sets used by the patterns of cameo_verbs.tsv: name → one phrase a row.
# Derived by scripts/derive_cameo.py from CAMEO.2.0.txt of the PETRARCH2 dictionaries.
# name	phrase
"""
ACTORS_HEADER = """\
# CAMEO actor codes of people, places and organisations, with the dates each code holds:
# name as the dictionary writes it (lower-cased) → code (country, then roles: USAGOV, IGOUNO),
# first and last day ("": open). A name with an undated code takes it outside its dated ones.
# Derived by scripts/derive_cameo.py from Phoenix.Countries.actors.txt,
# Phoenix.International.actors.txt and Phoenix.MilNonState.actors.txt of the PETRARCH2
# dictionaries (https://github.com/openeventdata/petrarch2); TABARI's two-digit years are
# read as 1931 to 2030.
# name	code	from	until
"""
AGENTS_HEADER = """\
# CAMEO agents: a role noun or phrase (lower-cased, singular) → the role code that follows a
# country's code ("police" → COP, so Kenyan police are KENCOP).
# Derived by scripts/derive_cameo.py from Phoenix.agents.txt of the PETRARCH2 dictionaries.
# phrase	role
"""
ACTOR_FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
)
BLOCK = re.compile(r"^---\s+(?P<name>.+?)\s+\[(?P<code>[^\]]*)\]\s+---")
CODE = re.compile(r"\[(?P<code>[^\]]*)\]")
IRREGULAR = re.compile(r"\{[^}]*\}")
PLOVER_LINE = re.compile(r"^(?P<code>\d{2,4}):\s*(?P<rest>[^#]*)")


def _primary(code: str) -> str:
    """ "042:043" → "042"; ":173" → "173"; "---" stays: the pattern codes no event."""
    parts = [p.strip() for p in code.split(":") if p.strip()]
    return parts[0] if parts else "---"


def _without_comment(line: str) -> tuple[str, str]:
    body, _, comment = line.partition("#")
    return body.strip(), comment.strip()


def derive_codes(data: Path) -> str:
    names: dict[str, str] = {}
    for line in (data / "cameo" / "cameo-codes.csv").read_text(encoding="utf-8").splitlines():
        code, _, name = line.partition(",")
        if code.strip().isdigit():
            names[code.strip()] = name.strip().strip('"')
    plover: dict[str, tuple[str, str]] = {}
    mapping = data / "plover-gsr-dev" / "CAMEO2PLOVER-2021.txt"
    for line in mapping.read_text(encoding="utf-8").splitlines():
        if (match := PLOVER_LINE.match(line)) is None:
            continue
        fields = [f.strip() for f in match["rest"].split(",")]
        plover[match["code"]] = (fields[0], fields[1] if len(fields) > 1 else "")
    rows = []
    for code in sorted(names, key=lambda c: (c[:2], c)):
        kind, mode = plover.get(code) or plover.get(code[:2], ("", ""))
        rows.append(f"{code}\t{kind}\t{mode}\t{names[code]}")
    return CODES_HEADER + "\n".join(rows) + "\n"


def _verb_words(body: str) -> tuple[str, str, str]:
    """A verb line's lemma, its whole phrase and its own code: "+CALL_OFF [160]" →
    ("call", "call off", "160"); "WIRE_+TAP" → ("tap", "wire tap", "")."""
    code = CODE.search(body)
    own = _primary(code["code"]) if code else ""
    phrase = IRREGULAR.sub("", CODE.sub("", body)).strip().split()[0]
    words = phrase.lower().split("_")
    marked = next((w for w in words if w.startswith("+")), None)
    lemma = (marked or words[0]).lstrip("+")
    return lemma, " ".join(w.lstrip("+") for w in words if w), own


def _verb_section(text: str) -> Iterator[str]:
    inside = False
    for line in text.splitlines():
        if line.startswith("####### VERB PATTERNS"):
            inside = True
        elif line.startswith("######## TRANSFORMATIONS"):
            return
        elif inside:
            yield line


def derive_verbs(data: Path) -> tuple[str, str]:
    text = (data / "petrarch2-dictionaries" / "CAMEO.2.0.txt").read_text(encoding="latin-1")
    rows: list[str] = []
    block, default = "", "---"
    for line in _verb_section(text):
        if (match := BLOCK.match(line)) is not None:
            block, default = match["name"].strip().lower(), _primary(match["code"])
            continue
        body, comment = _without_comment(line)
        if not body:
            continue
        if body.startswith("-"):
            code = CODE.search(body)
            if code is None:
                continue
            pattern = " ".join(body[1 : code.start()].lower().split())
            rows.append(f"pattern\t{block}\t{_primary(code['code'])}\t{pattern}\t{comment.lower()}")
        else:
            lemma, words, own = _verb_words(body)
            rows.append(f"verb\t{lemma}\t{words}\t{block}\t{own or default}")
    synsets: list[str] = []
    name = ""
    for line in text.split("####### VERB PATTERNS")[0].splitlines():
        body, _ = _without_comment(line)
        if body.startswith("&"):
            name = body.lower().rstrip("_")
        elif body.startswith("+") and name:
            synsets.append(f"{name}\t{body[1:].lower().replace('_', ' ').strip()}")
    verbs = VERBS_HEADER + MIT_NOTICE + "\n".join(rows) + "\n"
    return verbs, SYNSETS_HEADER + MIT_NOTICE + "\n".join(synsets) + "\n"


def _day(text: str) -> str | None:
    """ "090120" (TABARI's YYMMDD, years from 1931 to 2030) or "20090120" → "2009-01-20"."""
    if len(text) == 6 and text.isdigit():
        year = int(text[:2])
        text = f"{2000 + year if year <= 30 else 1900 + year}{text[2:]}"
    if len(text) != 8 or not text.isdigit():
        return None
    return f"{text[:4]}-{text[4:6]}-{text[6:]}"


def _dated(code: str) -> tuple[str, str, str] | None:
    """ "USAGOV 010120-090120" → ("USAGOV", "2001-01-20", "2009-01-20"); ">090120" is from,
    "<090120" until; None for a date the dictionary miswrote."""
    parts = code.split()
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0], "", ""
    when = parts[1]
    if when.startswith(">"):
        since = _day(when[1:])
        return (parts[0], since, "") if since else None
    if when.startswith("<"):
        until = _day(when[1:])
        return (parts[0], "", until) if until else None
    first, _, last = when.partition("-")
    since, until = _day(first), _day(last)
    return (parts[0], since, until) if since and until else None


def _form(name: str) -> str:
    return " ".join(name.replace("_", " ").lower().split())


def _actor_entries(text: str) -> Iterator[tuple[list[str], list[tuple[str, str, str]]]]:
    """Each entry of an actor dictionary: its names (the first, then the "+" ones) and its
    codes (inline after the first name, or on "[...]" lines below)."""
    forms: list[str] = []
    codes: list[tuple[str, str, str]] = []
    for line in text.splitlines():
        body, _ = _without_comment(line)
        if not body:
            continue
        if body.startswith("["):
            found = _dated(body.strip("[] "))
            codes += [found] if found else []
        elif body.startswith("+"):
            forms.append(_form(CODE.sub("", body[1:])))
        else:
            yield forms, codes
            forms, codes = [_form(CODE.sub("", body))], []
            inline = CODE.search(body)
            found = _dated(inline["code"]) if inline else None
            codes += [found] if found else []
    yield forms, codes


def derive_actors(data: Path) -> str:
    rows: list[str] = []
    for source in ACTOR_FILES:
        text = (data / "petrarch2-dictionaries" / source).read_text(encoding="latin-1")
        for forms, codes in _actor_entries(text):
            for form in dict.fromkeys(f for f in forms if f):
                rows.extend(f"{form}\t{c}\t{since}\t{until}" for c, since, until in codes)
    return ACTORS_HEADER + MIT_NOTICE + "\n".join(rows) + "\n"


def derive_agents(data: Path) -> str:
    text = (data / "petrarch2-dictionaries" / "Phoenix.agents.txt").read_text(encoding="latin-1")
    substitutions: dict[str, list[str]] = {}
    rows: list[str] = []
    for line in text.splitlines():
        body, _ = _without_comment(line)
        if body.startswith("!") and "=" in body:
            name, _, words = body.partition("=")
            substitutions[name.strip()] = [w.strip() for w in words.split(",") if w.strip()]
            continue
        code = CODE.search(body)
        if code is None:
            continue
        phrase = IRREGULAR.sub("", body[: code.start()]).strip()
        variants = [phrase]
        for name, words in substitutions.items():
            variants = (
                [v.replace(name, w) for v in variants for w in words]
                if any(name in v for v in variants)
                else variants
            )
        role = code["code"].strip().strip("~")
        rows.extend(f"{_form(v)}\t{role}" for v in dict.fromkeys(variants) if "!" not in v)
    return AGENTS_HEADER + MIT_NOTICE + "\n".join(rows) + "\n"


def derive(data: Path) -> dict[str, str]:
    verbs, synsets = derive_verbs(data)
    return {
        "cameo_codes.tsv": derive_codes(data),
        "cameo_verbs.tsv": verbs,
        "cameo_synsets.tsv": synsets,
        "cameo_actors.tsv": derive_actors(data),
        "cameo_agents.tsv": derive_agents(data),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    if not (args.data / "petrarch2-dictionaries").is_dir():
        print(f"{args.data}: no petrarch2-dictionaries here; pass --data", file=sys.stderr)
        return 2
    derived = {LEXICON / name: text for name, text in derive(args.data).items()}
    return write_or_check(derived, check=args.check)


if __name__ == "__main__":
    sys.exit(main())
