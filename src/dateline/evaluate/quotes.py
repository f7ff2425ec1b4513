"""Quote attribution on PolNeAR (brat standoff): content, speaker and cue, beside textacy.

Each text is analysed as it is (``--verbatim``), one annotator per article (the first file
in sorted order). PolNeAR's unit is an attribution: one cue with all the content it reports,
so Dateline's quotes that share a cue and a speaker ("“A,” she said. “B.”") are one
prediction, with the content of each. A predicted quote matches a gold attribution when their contents overlap
by at least half of each, one to one. Speaker accuracy is over matched pairs: the predicted
speaker span overlaps the gold source span.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from dateline.evaluate.scoring import PRF, Ranges, match_one_to_one, overlap, ratio
from dateline.ingest import RawDocument
from dateline.pipeline import AnalyzeOptions, analyze_batch

MATCH_THRESHOLD = 0.5
OPENING_MARKS = ("“", '"', "‘", "'")


@dataclass
class GoldAttribution:
    content: Ranges
    source: Ranges | None
    cue: Ranges | None
    direct: bool


@dataclass
class Predicted:
    content: Ranges
    speaker: Ranges | None


@dataclass
class QuoteScores:
    system: str
    predicted: int = 0
    gold: int = 0
    matched: int = 0
    speaker_correct: int = 0
    speaker_scored: int = 0
    direct_gold: int = 0
    direct_found: int = 0
    indirect_gold: int = 0
    indirect_found: int = 0
    articles: int = 0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, float | int | str]:
        prf = PRF.of(self.matched, self.predicted, self.gold)
        return {
            "system": self.system,
            "articles": self.articles,
            "gold": self.gold,
            "predicted": self.predicted,
            "content_precision": prf.precision,
            "content_recall": prf.recall,
            "content_f1": prf.f1,
            "speaker_accuracy": ratio(self.speaker_correct, self.matched),
            "direct_recall": ratio(self.direct_found, self.direct_gold),
            "indirect_recall": ratio(self.indirect_found, self.indirect_gold),
        }


def _ranges(field_value: str) -> Ranges:
    return [tuple(int(x) for x in part.split()) for part in field_value.split(";")]  # type: ignore[misc]


def read_ann(path: Path, text: str) -> list[GoldAttribution]:
    spans: dict[str, tuple[str, Ranges]] = {}
    links: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            ident, middle, _ = line.split("\t", 2)
            label, offsets = middle.split(" ", 1)
            spans[ident] = (label, _ranges(offsets))
        elif line.startswith("E"):
            _, roles = line.split("\t", 1)
            links.append(dict(role.split(":", 1) for role in roles.split()))
    gold = []
    for link in links:
        content_id = link.get("Content")
        if content_id is None or content_id not in spans:
            continue
        content = spans[content_id][1]
        source = spans[link["Source"]][1] if link.get("Source") in spans else None
        cue = spans[link["Cue"]][1] if link.get("Cue") in spans else None
        first = min(s for s, _ in content)
        gold.append(GoldAttribution(content, source, cue, text[first : first + 1] in OPENING_MARKS))
    return gold


def polnear_articles(root: Path) -> Iterator[tuple[str, str, list[GoldAttribution]]]:
    """(name, text, gold) for each article, with the first annotator's file."""
    chosen: dict[str, Path] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        chosen.setdefault(name, ann)
    for name, ann in sorted(chosen.items()):
        text_path = root / "text" / f"{name}.txt"
        if text_path.exists():
            text = text_path.read_text(encoding="utf-8")
            yield name, text, read_ann(ann, text)


def score_article(
    scores: QuoteScores, predicted: list[Predicted], gold: list[GoldAttribution]
) -> None:
    scores.articles += 1
    scores.predicted += len(predicted)
    scores.gold += len(gold)
    pairs = match_one_to_one(
        [p.content for p in predicted], [g.content for g in gold], MATCH_THRESHOLD
    )
    scores.matched += len(pairs)
    found = {j for _, j in pairs}
    for j, g in enumerate(gold):
        if g.direct:
            scores.direct_gold += 1
            scores.direct_found += j in found
        else:
            scores.indirect_gold += 1
            scores.indirect_found += j in found
    for i, j in pairs:
        source = gold[j].source
        if source is None:
            continue
        scores.speaker_scored += 1
        speaker = predicted[i].speaker
        scores.speaker_correct += bool(speaker and overlap(speaker, source) > 0)


def dateline_predictions(nlp: Language) -> Callable[[str], list[Predicted]]:
    options = AnalyzeOptions(verbatim=True)

    def predict(text: str) -> list[Predicted]:
        (result,) = analyze_batch(
            [RawDocument(origin="eval", kind="text", content=text)], nlp, options
        )
        if isinstance(result, Exception):
            return []
        # PolNeAR's unit is an attribution, one cue with all the content it reports
        # ("“A,” she said. “B.”" is one): quotes that share a cue are one prediction.
        contents: dict[tuple[int, int, str | None] | int, list[tuple[int, int]]] = {}
        speakers: dict[tuple[int, int, str | None] | int, Ranges | None] = {}
        for index, q in enumerate(result.quotes):
            key = (q.cue.start, q.cue.end, q.speaker_name) if q.cue is not None else index
            contents.setdefault(key, []).append((q.content.start, q.content.end))
            speakers.setdefault(key, [(q.speaker.start, q.speaker.end)] if q.speaker else None)
        return [Predicted(ranges, speakers[key]) for key, ranges in contents.items()]

    return predict


def textacy_predictions(nlp: Language) -> Callable[[str], list[Predicted]] | None:
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None

    def predict(text: str) -> list[Predicted]:
        doc = nlp(text)
        out = []
        try:
            triples = list(direct_quotations(doc))
        except ValueError:
            return []  # textacy refuses articles with an odd number of quotation marks
        for speaker, _cue, content in triples:
            span = content if hasattr(content, "start_char") else None
            start = span.start_char if span is not None else content[0].idx
            end = span.end_char if span is not None else content[-1].idx + len(content[-1])
            speaker_ranges = [(t.idx, t.idx + len(t)) for t in speaker] or None
            out.append(Predicted([(start, end)], speaker_ranges))
        return out

    return predict


def evaluate_quotes(root: Path, nlp: Language) -> list[dict[str, float | int | str]]:
    systems: list[tuple[str, Callable[[str], list[Predicted]] | None]] = [
        ("dateline", dateline_predictions(nlp)),
        ("textacy direct_quotations", textacy_predictions(nlp)),
    ]
    results: list[dict[str, float | int | str]] = []
    for name, predict in systems:
        if predict is None:
            results.append(
                {"system": name, "skipped": "textacy is not installed (pip install -e '.[eval]')"}
            )
            continue
        scores = QuoteScores(system=name)
        for _, text, gold in polnear_articles(root):
            score_article(scores, predict(text), gold)
        results.append(scores.summary())
    return results
