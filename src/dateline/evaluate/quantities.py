"""Quantities on quantulum3's own test cases and on MEANTIME's VALUE mentions, beside quantulum3.

- quantulum3 cases: for each expected quantity, whether a predicted one has the same surface,
  the same value (within 0.1%) and the same unit name; accuracies over all expected ones.
- MEANTIME: VALUE mentions (QUANTITY, MONEY, PERCENT) in the annotated sentences; extent
  precision, recall and F1 with overlapping extents, and type accuracy over matches (Dateline's
  currency → MONEY, percentage → PERCENT, anything else → QUANTITY).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from dateline.evaluate.meantime import meantime_documents
from dateline.evaluate.scoring import PRF, match_one_to_one, ratio
from dateline.extract.quantities import extract_quantities
from dateline.extract.times import extract_times


@dataclass(frozen=True)
class Predicted:
    start: int
    end: int
    surface: str
    value: float | None
    unit: str | None
    type: str  # QUANTITY, MONEY, PERCENT


UNIT_NAMES = {  # Dateline's canonical units → quantulum3's names, for comparing the two
    "tonne": "tonne",
    "kilometre / hour": "kilometre per hour",
    "mile / hour": "mile per hour",
    "square kilometre": "square kilometre",
    "percentage point": "percentage point",
}
CURRENCY_NAMES = {
    "USD": "dollar",
    "GBP": "pound sterling",
    "EUR": "euro",
    "JPY": "yen",
    "CNY": "yuan",
    "INR": "indian rupee",
    "RUB": "russian ruble",
    "CHF": "swiss franc",
}


def dateline_predictor(nlp: Language) -> Callable[[str, str | None], list[Predicted]]:
    def predict(text: str, published: str | None) -> list[Predicted]:
        doc = nlp(text)
        out = []
        for q in extract_quantities(doc, extract_times(doc, published)):
            unit = CURRENCY_NAMES.get(q.currency or "", q.currency) if q.currency else q.unit
            kind = (
                "MONEY" if q.currency else "PERCENT" if q.dimension == "percentage" else "QUANTITY"
            )
            out.append(Predicted(q.start, q.end, q.text, q.value, unit or "dimensionless", kind))
        return out

    return predict


def quantulum_predictor() -> Callable[[str, str | None], list[Predicted]] | None:
    try:
        from quantulum3 import parser
    except ImportError:
        return None

    def predict(text: str, published: str | None) -> list[Predicted]:
        out = []
        for q in parser.parse(text):
            start, end = q.span
            entity = q.unit.entity.name
            kind = (
                "MONEY"
                if entity == "currency"
                else "PERCENT"
                if q.unit.name == "percentage"
                else "QUANTITY"
            )
            out.append(Predicted(start, end, q.surface, q.value, q.unit.name, kind))
        return out

    return predict


def _same_value(a: float | None, b: float) -> bool:
    return a is not None and abs(a - b) <= 1e-3 * max(abs(b), 1e-9)


def _unit_matches(predicted: str | None, expected: str) -> bool:
    if predicted is None:
        return expected == "dimensionless"
    predicted = UNIT_NAMES.get(predicted, predicted).lower()
    expected = expected.lower()
    return (
        predicted == expected
        or predicted.rstrip("s") == expected.rstrip("s")
        or (predicted.replace("metre", "meter") == expected.replace("metre", "meter"))
    )


def score_quantulum_cases(
    root: Path, predict: Callable[[str, str | None], list[Predicted]]
) -> dict[str, float]:
    cases = json.loads((root / "quantities.json").read_text(encoding="utf-8"))
    expected = surface = value = unit = 0
    for case in cases:
        predicted = predict(case["req"], None)
        for want in case["res"]:
            expected += 1
            same_surface = [p for p in predicted if p.surface.strip() == want["surface"].strip()]
            surface += bool(same_surface)
            pool = same_surface or predicted
            value += any(_same_value(p.value, want["value"]) for p in pool)
            unit += any(
                _same_value(p.value, want["value"]) and _unit_matches(p.unit, want["unit"])
                for p in pool
            )
    return {
        "cases": len(cases),
        "expected": expected,
        "surface_accuracy": ratio(surface, expected),
        "value_accuracy": ratio(value, expected),
        "unit_accuracy": ratio(unit, expected),
    }


def score_meantime(
    root: Path, predict: Callable[[str, str | None], list[Predicted]]
) -> dict[str, float]:
    matched = predicted_total = gold_total = type_correct = 0
    for doc in meantime_documents(root):
        text = doc.text[: doc.annotated_end]
        gold = doc.values
        predicted = [
            p
            for p in predict(text, doc.created)
            if not any(s < p.end and p.start < e for s, e in doc.creation_spans)
        ]
        pairs = match_one_to_one(
            [[(p.start, p.end)] for p in predicted], [[(g.start, g.end)] for g in gold], 1e-9
        )
        matched += len(pairs)
        predicted_total += len(predicted)
        gold_total += len(gold)
        type_correct += sum(predicted[i].type == gold[j].type for i, j in pairs)
    prf = PRF.of(matched, predicted_total, gold_total)
    return {
        "gold": gold_total,
        "predicted": predicted_total,
        "precision": prf.precision,
        "recall": prf.recall,
        "f1": prf.f1,
        "type_accuracy": ratio(type_correct, matched),
    }


def evaluate_quantities(
    nlp: Language, *, quantulum: Path | None, meantime: Path | None
) -> list[dict[str, float | int | str]]:
    systems = [("dateline", dateline_predictor(nlp)), ("quantulum3", quantulum_predictor())]
    rows: list[dict[str, float | int | str]] = []
    for name, predict in systems:
        if predict is None:
            rows.append(
                {
                    "system": name,
                    "skipped": "quantulum3 is not installed (pip install -e '.[eval]')",
                }
            )
            continue
        if quantulum is not None and (quantulum / "quantities.json").exists():
            rows.append(
                {
                    "system": name,
                    "corpus": "quantulum3-tests",
                    **score_quantulum_cases(quantulum, predict),
                }
            )
        if meantime is not None and (meantime / "intra_cross-doc_annotation").is_dir():
            rows.append(
                {"system": name, "corpus": "meantime-en", **score_meantime(meantime, predict)}
            )
    return rows
