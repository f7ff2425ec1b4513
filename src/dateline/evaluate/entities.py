"""Named entities on MEANTIME: mention detection beside bare spaCy, and cross-document identity.

Gold: ENTITY_MENTIONs of syntactic type NAM or PRE.NAM whose entity is a PER, ORG or LOC.
Dateline's types map PERSON→PER, ORG→ORG, GPE/LOC/NORP→LOC (MEANTIME marks demonyms such as
"British" as LOC); spaCy's PERSON→PER, ORG→ORG, GPE/LOC/FAC/NORP→LOC. Precision, recall and
F1 with exact extents and with overlapping ones (one to one, same type).

Identity: every gold named mention with an instance id gets the cluster of the system mention
that overlaps it (a singleton when none does); B-cubed against the instance ids. The
baseline clusters mentions by their exact (case-folded) string.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from dateline.evaluate.meantime import GoldMention, MeantimeDoc, meantime_documents
from dateline.evaluate.scoring import PRF, match_one_to_one
from dateline.ingest import RawDocument
from dateline.link import link_articles, type_group
from dateline.model import Analysis
from dateline.pipeline import AnalyzeOptions, analyze_batch

NAMED = {"NAM", "PRE.NAM"}
# Demonyms of continents name a place for MEANTIME ("European" is LOC), as country ones do.
CONTINENTAL = {"European", "African", "Asian", "American", "Latin American", "Arab", "Nordic"}
SCORED_TYPES = ("PER", "ORG", "LOC")
DATELINE_TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "NORP": "LOC"}
SPACY_TYPES = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "LOC",
}


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    type: str
    cluster: str = ""


def gold_mentions(doc: MeantimeDoc) -> list[GoldMention]:
    seen: set[tuple[int, int, str]] = set()
    out = []
    for m in doc.entity_mentions:
        key = (m.start, m.end, m.type)
        if m.syntactic_type in NAMED and m.type in SCORED_TYPES and key not in seen:
            seen.add(key)
            out.append(m)
    return out


def ignored_regions(doc: MeantimeDoc) -> list[tuple[int, int]]:
    """Annotated mentions outside the scored set (nominal, pronominal, untyped, products,
    financial indices): a prediction there is neither right nor wrong."""
    scored = {(m.start, m.end) for m in gold_mentions(doc)}
    return [(m.start, m.end) for m in doc.entity_mentions if (m.start, m.end) not in scored]


def scorable(mentions: list[Mention], doc: MeantimeDoc) -> list[Mention]:
    """Predictions inside the annotated part, less those on an ignored region."""
    ignored = ignored_regions(doc)
    gold = gold_mentions(doc)
    return [
        m
        for m in mentions
        if m.start < doc.annotated_end
        and (
            any(g.start < m.end and m.start < g.end for g in gold)
            or not any(s < m.end and m.start < e for s, e in ignored)
        )
    ]


def _prf_table(pairs_by_type: dict[str, list[int]]) -> dict[str, float]:
    """pairs_by_type[type] = [matched, predicted, gold] → flat figures."""
    figures: dict[str, float] = {}
    totals = [0, 0, 0]
    for type_, (matched, predicted, gold) in sorted(pairs_by_type.items()):
        figures[f"{type_}_f1"] = PRF.of(matched, predicted, gold).f1
        totals = [totals[0] + matched, totals[1] + predicted, totals[2] + gold]
    overall = PRF.of(*totals)
    figures.update(precision=overall.precision, recall=overall.recall, f1=overall.f1)
    return figures


def score_mentions(
    docs: list[tuple[list[Mention], list[GoldMention]]], *, exact: bool
) -> dict[str, float]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for predicted, gold in docs:
        for type_ in SCORED_TYPES:
            p = [m for m in predicted if m.type == type_]
            g = [m for m in gold if m.type == type_]
            if exact:
                matched = len({(m.start, m.end) for m in p} & {(m.start, m.end) for m in g})
            else:
                matched = len(
                    match_one_to_one(
                        [[(m.start, m.end)] for m in p], [[(m.start, m.end)] for m in g], 1e-9
                    )
                )
            counts[type_][0] += matched
            counts[type_][1] += len(p)
            counts[type_][2] += len(g)
    return _prf_table(counts)


def b_cubed(assigned: list[tuple[str, str]]) -> PRF:
    """B-cubed over items given as (gold cluster, system cluster)."""
    by_gold: dict[str, list[int]] = defaultdict(list)
    by_system: dict[str, list[int]] = defaultdict(list)
    for index, (gold, system) in enumerate(assigned):
        by_gold[gold].append(index)
        by_system[system].append(index)
    precision = recall = 0.0
    for gold, system in assigned:
        shared = len(set(by_gold[gold]) & set(by_system[system]))
        precision += shared / len(by_system[system])
        recall += shared / len(by_gold[gold])
    n = len(assigned) or 1
    p, r = precision / n, recall / n
    return PRF(round(p, 4), round(r, 4), round(2 * p * r / (p + r), 4) if p + r else 0.0)


def _assign(
    gold: list[GoldMention], predicted: list[Mention], prefix: str
) -> list[tuple[str, str]]:
    out = []
    for index, g in enumerate(gold):
        if not g.instance:
            continue
        overlapping = [p for p in predicted if p.start < g.end and g.start < p.end and p.cluster]
        best = max(
            overlapping,
            key=lambda p: (p.type == g.type, min(p.end, g.end) - max(p.start, g.start)),
            default=None,
        )
        out.append((g.instance, best.cluster if best else f"{prefix}:single:{index}"))
    return out


def dateline_mentions(analysis: Analysis, canonical: dict[str, str]) -> list[Mention]:
    out: list[Mention] = []
    for entity in analysis.entities:
        # A government named by its seat or as "the X government" stands for its country,
        # which MEANTIME types LOC like the country itself.
        type_ = "LOC" if type_group(entity) == "PLACE" else DATELINE_TYPES.get(entity.type)
        if type_ is None or (
            entity.type == "NORP" and entity.country is None and entity.name not in CONTINENTAL
        ):
            continue  # a group of people ("Democrats") is not a place
        cluster = canonical.get(entity.id, "")
        out.extend(Mention(s.start, s.end, type_, cluster) for s in entity.mentions)
    return out


def evaluate_entities(root: Path, nlp: Language) -> list[dict[str, float | int | str]]:
    docs = list(meantime_documents(root))
    analyses: list[Analysis] = []
    for doc in docs:
        options = AnalyzeOptions(verbatim=True, published=doc.created)
        raw = RawDocument(origin=doc.name, kind="text", content=doc.text, id=doc.name)
        (result,) = analyze_batch([raw], nlp, options)
        assert isinstance(result, Analysis), result
        analyses.append(result)
    links = link_articles(analyses)
    ours, spacy_side, ours_ids, string_ids = [], [], [], []
    for doc, analysis, bare in zip(docs, analyses, nlp.pipe(d.text for d in docs), strict=True):
        gold = gold_mentions(doc)
        predicted = scorable(dateline_mentions(analysis, links[analysis.article.id]), doc)
        ours.append((predicted, gold))
        spacy_predicted = scorable(
            [
                Mention(e.start_char, e.end_char, SPACY_TYPES[e.label_])
                for e in bare.ents
                if e.label_ in SPACY_TYPES
            ],
            doc,
        )
        spacy_side.append((spacy_predicted, gold))
        ours_ids += _assign(gold, predicted, doc.name)
        string_ids += [(g.instance, g.text.casefold()) for g in gold if g.instance]
    return [
        _row("dateline", ours, b_cubed(ours_ids), len(docs)),
        _row("bare spaCy NER", spacy_side, None, len(docs)),
        _row("exact-string linking", None, b_cubed(string_ids), len(docs)),
    ]


def _row(
    system: str,
    mentions: list[tuple[list[Mention], list[GoldMention]]] | None,
    identity: PRF | None,
    articles: int,
) -> dict[str, float | int | str]:
    row: dict[str, float | int | str] = {"system": system, "articles": articles}
    if mentions is not None:
        row["gold_mentions"] = sum(len(g) for _, g in mentions)
        for name, figures in (
            ("exact", score_mentions(mentions, exact=True)),
            ("overlap", score_mentions(mentions, exact=False)),
        ):
            row.update({f"{name}_{k}": v for k, v in figures.items()})
    if identity is not None:
        row.update(
            bcubed_precision=identity.precision,
            bcubed_recall=identity.recall,
            bcubed_f1=identity.f1,
        )
    return row
