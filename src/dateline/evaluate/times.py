"""Time expressions on TempEval-3 (TimeBank, AQUAINT) and MEANTIME, beside dateparser.

Each document's text is analysed as it is, with its creation time as the publication date.
Relaxed (any overlap) and strict (same extent) precision, recall and F1; type and value
accuracy over relaxed matches; value F1 = relaxed F1 × value accuracy, as TempEval-3 reports.
Values are compared as TimeML values, so "2000-W6" and "2000-W06", "199X" and "199" agree.
The baseline is dateparser's ``search_dates`` with the creation time as its relative base:
every date it finds is a DATE with a day value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from spacy.language import Language

from dateline.evaluate.meantime import meantime_documents
from dateline.evaluate.scoring import PRF, match_one_to_one, ratio
from dateline.extract.times import find_times

TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str | None


@dataclass
class TimeDoc:
    name: str
    text: str
    created: str
    gold: list[Timex]
    ignored: list[tuple[int, int]] = field(default_factory=list)


def read_tml(path: Path) -> TimeDoc:
    """Text of the TEXT element with its TIMEX3 tags as offsets; the DCT's value."""
    raw = path.read_text(encoding="utf-8")
    created = re.search(r'<DCT>.*?value="([^"]+)"', raw, re.S)
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    assert body is not None and created is not None, path
    text_parts: list[str] = []
    gold: list[Timex] = []
    length = 0
    open_timex: tuple[int, str, str] | None = None
    for piece in re.split(r"(<[^>]+>)", body.group(1)):
        if piece.startswith("<TIMEX3"):
            attrs = dict(re.findall(r'(\w+)="([^"]*)"', piece))
            open_timex = (length, attrs.get("type", ""), attrs.get("value", ""))
        elif piece.startswith("</TIMEX3"):
            if open_timex is not None:
                gold.append(Timex(open_timex[0], length, open_timex[1], open_timex[2]))
            open_timex = None
        elif piece.startswith("<"):
            continue
        else:
            unescaped = piece.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
            text_parts.append(unescaped)
            length += len(unescaped)
    return TimeDoc(path.stem, "".join(text_parts), created.group(1)[:10], gold)


def timeml_documents(root: Path) -> Iterator[TimeDoc]:
    for path in sorted(root.rglob("*.tml")):
        yield read_tml(path)


def meantime_time_documents(root: Path) -> Iterator[TimeDoc]:
    for doc in meantime_documents(root):
        if doc.created:
            gold = [Timex(t.start, t.end, t.type, t.value) for t in doc.timexes]
            # Only the annotated sentences, as for entities.
            # The date line is the creation time, which is not scored.
            yield TimeDoc(
                doc.name, doc.text[: doc.annotated_end], doc.created, gold, doc.creation_spans
            )


@dataclass
class TimeScores:
    system: str
    predicted: int = 0
    gold: int = 0
    relaxed: int = 0
    strict: int = 0
    type_correct: int = 0
    value_correct: int = 0

    def summary(self, corpus: str) -> dict[str, float | int | str]:
        relaxed = PRF.of(self.relaxed, self.predicted, self.gold)
        strict = PRF.of(self.strict, self.predicted, self.gold)
        value_accuracy = ratio(self.value_correct, self.relaxed)
        return {
            "system": self.system,
            "corpus": corpus,
            "gold": self.gold,
            "predicted": self.predicted,
            "relaxed_precision": relaxed.precision,
            "relaxed_recall": relaxed.recall,
            "relaxed_f1": relaxed.f1,
            "strict_f1": strict.f1,
            "type_accuracy": ratio(self.type_correct, self.relaxed),
            "value_accuracy": value_accuracy,
            "value_f1": round(relaxed.f1 * value_accuracy, 4),
        }


def score(scores: TimeScores, predicted: list[Timex], gold: list[Timex]) -> None:
    scores.predicted += len(predicted)
    scores.gold += len(gold)
    pairs = match_one_to_one(
        [[(p.start, p.end)] for p in predicted], [[(g.start, g.end)] for g in gold], 1e-9
    )
    scores.relaxed += len(pairs)
    for i, j in pairs:
        p, g = predicted[i], gold[j]
        scores.strict += (p.start, p.end) == (g.start, g.end)
        scores.type_correct += p.type == g.type
        scores.value_correct += same_value(p.value, g.value)


UNPADDED_WEEK = re.compile(r"-W(\d)(?=$|-)")
WHOLE_HOUR = re.compile(r"(T\d\d):00$")
DECADE_WITH_X = re.compile(r"^(\d{3})X$")
YEARS_AND_MONTHS = re.compile(r"P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+)M)?")


def same_value(predicted: str | None, gold: str | None) -> bool:
    """Equal TimeML values, written either way where the corpora write one value two ways:
    a week number with or without its leading zero ("2000-W6", "2000-W06"), an hour with or
    without its zero minutes ("1989-11-06T17", "1989-11-06T17:00"), a decade with
    or without its X ("199X", "199"), and one length in years and months written either way
    ("P2.5Y", "P2Y6M", "P30M"). A year is not an unknown month of it ("1949" ≠ "1949-XX")."""

    def canonical(value: str | None) -> str | None:
        if value is None:
            return None
        value = UNPADDED_WEEK.sub(lambda m: f"-W0{m.group(1)}", value)
        value = WHOLE_HOUR.sub(r"\1", value)
        if years_months := YEARS_AND_MONTHS.fullmatch(value):
            months = float(years_months.group(1) or 0) * 12 + int(years_months.group(2) or 0)
            value = f"P{months:g}M"
        return DECADE_WITH_X.sub(r"\1", value)

    return canonical(predicted) == canonical(gold)


def dateline_times(nlp: Language) -> Callable[[TimeDoc], list[Timex]]:
    def predict(doc: TimeDoc) -> list[Timex]:
        parsed = nlp(doc.text)
        created = datetime.fromisoformat(doc.created).date()
        return [
            Timex(f.start, f.end, f.type, f.value) for f in find_times(doc.text, created, parsed)
        ]

    return predict


def dateparser_times(doc: TimeDoc) -> list[Timex]:
    from dateparser.search import search_dates

    base = datetime.fromisoformat(doc.created)
    found = search_dates(doc.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    out: list[Timex] = []
    cursor = 0
    for surface, when in found:
        start = doc.text.find(surface, cursor)
        if start < 0:
            continue
        cursor = start + len(surface)
        out.append(Timex(start, cursor, "DATE", when.date().isoformat()))
    return out


def evaluate_times(
    nlp: Language, *, timeml: Path | None = None, meantime: Path | None = None
) -> list[dict[str, float | int | str]]:
    corpora: list[tuple[str, list[TimeDoc]]] = []
    if timeml is not None and timeml.is_dir():
        corpora.append(("tempeval3-train", list(timeml_documents(timeml))))
    if meantime is not None and (meantime / "intra_cross-doc_annotation").is_dir():
        corpora.append(("meantime-en", list(meantime_time_documents(meantime))))
    results = []
    for corpus, docs in corpora:
        for name, predict in (("dateline", dateline_times(nlp)), ("dateparser", dateparser_times)):
            scores = TimeScores(system=name)
            for doc in docs:
                predicted = [
                    p
                    for p in predict(doc)
                    if not any(s < p.end and p.start < e for s, e in doc.ignored)
                ]
                score(scores, predicted, doc.gold)
            results.append(scores.summary(corpus))
    return results
