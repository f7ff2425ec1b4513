"""Events on the PLOVER gold-standard records: each sentence analysed alone, its first event
its answer. Event type accuracy (older PLOVER names mapped to today's), and source and target
accuracy: the first event's first source (target) entity's CAMEO actor code (its country, or
IGO/NGO for an international organisation) is one of the gold codes. Sentences whose gold has no target are left out of target accuracy."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

from spacy.language import Language

from dateline.errors import InputError
from dateline.evaluate.scoring import ratio
from dateline.ingest import RawDocument
from dateline.model import Analysis
from dateline.pipeline import AnalyzeOptions, analyze_batch

OLD_NAMES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "INVESTIGATE": "ACCUSE",
}


def _codes(actors: Any) -> set[str]:
    if not isinstance(actors, list):
        return set()
    codes = {a["code"][:3] for a in actors if isinstance(a, dict) and a.get("code")}
    # The GSR writes IGO for every international organisation, Amnesty and the Red Cross too,
    # where CAMEO (and Dateline) say NGO.
    return codes | {"NGO"} if "IGO" in codes else codes


def _coded_roles(actors: Any) -> set[str]:
    """ "RUS" with sector "GOV" → "RUSGOV": the gold actor codes of actors given a role."""
    if not isinstance(actors, list):
        return set()
    return {
        (a["code"][:3] + a["sector"][:3]).upper()
        for a in actors
        if isinstance(a, dict) and a.get("code") and isinstance(a.get("sector"), str)
    }


def event_volume(
    text_dir: Path, nlp: Language, *, sample: int = 0, seed: int = 7
) -> dict[str, float | int | str]:
    """Events per article over a directory of news texts, and ``sample`` of them drawn at
    random (with a fixed seed) for a reader to check by hand."""
    paths = sorted(text_dir.glob("*.txt"))
    raws: list[RawDocument | InputError] = [
        RawDocument(origin=p.name, kind="text", content=p.read_text(encoding="utf-8"))
        for p in paths
    ]
    found: list[str] = []
    for result in analyze_batch(raws, nlp, AnalyzeOptions(verbatim=True)):
        if not isinstance(result, Analysis):
            continue
        names = {e.id: e.name for e in result.entities}
        for event in result.events:
            actors = " → ".join(
                ", ".join(names[i] for i in ids) for ids in (event.sources, event.targets) if ids
            )
            found.append(
                f"{result.article.origin} | {event.type} {event.cameo} [{event.modality}] "
                f"{event.trigger.text}: {actors} | {event.sentence.text.strip()}"
            )
    drawn = random.Random(seed).sample(found, min(sample, len(found)))
    return {
        "system": "dateline",
        "corpus": text_dir.parent.name,
        "articles": len(paths),
        "events": len(found),
        "events_per_article": ratio(len(found), len(paths)),
        "sample": json.dumps(drawn),
    }


def evaluate_events(path: Path, nlp: Language) -> list[dict[str, float | int | str]]:
    records = [
        r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"
    ]
    options = AnalyzeOptions(verbatim=True)
    raws = [RawDocument(origin=r["id"], kind="text", content=r["text"]) for r in records]
    results = analyze_batch(list(raws), nlp, options)
    typed = source_ok = target_ok = with_target = answered = role_ok = with_role = 0
    confusion: Counter[str] = Counter()
    for record, result in zip(records, results, strict=True):
        gold_type = OLD_NAMES.get(record["event"], record["event"])
        if not isinstance(result, Analysis) or not result.events:
            confusion[f"{gold_type}→none"] += 1
            with_target += bool(_codes(record.get("target")))
            continue
        answered += 1
        event = result.events[0]
        # An actor's country, else the first three letters of its CAMEO actor code (IGO, NGO
        # for an international organisation).
        countries = {e.id: e.country or (e.actor_code or "")[:3] or None for e in result.entities}
        typed += event.type == gold_type
        if event.type != gold_type:
            confusion[f"{gold_type}→{event.type}"] += 1
        source_ok += bool(event.sources) and countries.get(event.sources[0]) in _codes(
            record.get("source")
        )
        if (gold_roles := _coded_roles(record.get("source"))) and event.sources:
            with_role += 1
            role_ok += (event.actor_codes.get(event.sources[0]) or "")[:6] in gold_roles
        gold_targets = _codes(record.get("target"))
        if gold_targets:
            with_target += 1
            target_ok += bool(event.targets) and countries.get(event.targets[0]) in gold_targets
    total = len(records)
    return [
        {
            "system": "dateline",
            "sentences": total,
            "answered": answered,
            "type_accuracy": ratio(typed, total),
            "source_accuracy": ratio(source_ok, total),
            "target_accuracy": ratio(target_ok, with_target),
            # of the answered sentences whose gold source has a role ("GOV", "REB"): the first
            # source's actor code is the gold country and role ("RUSGOV")
            "source_code_accuracy": ratio(role_ok, with_role),
            "sources_with_role": with_role,
            "confusion": json.dumps(dict(confusion.most_common(12))),
        }
    ]
