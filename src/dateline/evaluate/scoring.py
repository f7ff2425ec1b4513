"""Span matching and precision, recall, F1."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Ranges = Sequence[tuple[int, int]]


def overlap(a: Ranges, b: Ranges) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def length(ranges: Ranges) -> int:
    return sum(e - s for s, e in ranges)


def mutual_overlap(a: Ranges, b: Ranges, threshold: float) -> bool:
    """True when the overlap covers at least ``threshold`` of each side."""
    shared = overlap(a, b)
    return shared > 0 and shared >= threshold * length(a) and shared >= threshold * length(b)


def match_one_to_one(
    predicted: list[Ranges], gold: list[Ranges], threshold: float
) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (predicted index, gold index), largest overlap first."""
    candidates = sorted(
        (
            (overlap(p, g), i, j)
            for i, p in enumerate(predicted)
            for j, g in enumerate(gold)
            if mutual_overlap(p, g, threshold)
        ),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, matched: int, predicted: int, gold: int) -> PRF:
        precision = matched / predicted if predicted else 0.0
        recall = matched / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(round(precision, 4), round(recall, 4), round(f1, 4))


def ratio(numerator: int, denominator: int) -> float:
    return round(numerator / denominator, 4) if denominator else 0.0
