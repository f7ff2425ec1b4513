"""The pages' pictures as geometry: bars, points and lines the templates draw as SVG.

No script draws them, so a chart shows with scripts off and under the strict policy; every
label goes through the template's escaping.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from dateline.store.base import EventRow, RelationRow

QUAD_CLASSES = {
    1: ("verbal cooperation", "#2e7d32"),
    2: ("material cooperation", "#1565c0"),
    3: ("verbal conflict", "#ef6c00"),
    4: ("material conflict", "#c62828"),
}
WAYS = (("a_to_b", "#1565c0"), ("b_to_a", "#ef6c00"), ("together", "#757575"))
PLOT_HEIGHT = 160
MONTH_WIDTH = 48
GOLDSTEIN_SPAN = 10.0  # the scale runs from -10 to +10
MAX_STACK = 12  # squares on one day above this many are drawn on the top one


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    colour: str
    label: str  # shown on hover (an SVG title)


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Chart:
    width: float
    height: float
    bars: list[Bar]
    ticks: list[Tick]
    line: str  # an SVG path of the mean Goldstein value, "" when none
    points: list[tuple[float, float, str]]  # (x, y, label) on the line
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)  # axes
    labels: list[tuple[float, float, str, str]] = field(default_factory=list)  # x, y, text, anchor


def relations_chart(rows: list[RelationRow], a: str, b: str) -> Chart:
    """Bars of events each way and together per month, and the mean Goldstein as a line
    (its zero mid-height)."""
    most = max((max(r.a_to_b, r.b_to_a, r.together) for r in rows), default=0) or 1
    bars, ticks, points = [], [], []
    names = {"a_to_b": f"{a} → {b}", "b_to_a": f"{b} → {a}", "together": "together"}
    for index, row in enumerate(rows):
        left = 40 + index * MONTH_WIDTH
        ticks.append(Tick(left + MONTH_WIDTH / 2, row.month))
        for way, (name, colour) in enumerate(WAYS):
            count = int(getattr(row, name))
            height = PLOT_HEIGHT * count / most
            bars.append(
                Bar(
                    left + 6 + way * 12,
                    10 + PLOT_HEIGHT - height,
                    11,
                    height,
                    colour,
                    f"{row.month}: {names[name]} {count}",
                )
            )
        y = 10 + PLOT_HEIGHT / 2 - (row.mean_goldstein / GOLDSTEIN_SPAN) * (PLOT_HEIGHT / 2)
        points.append(
            (left + MONTH_WIDTH / 2, y, f"{row.month}: mean Goldstein {row.mean_goldstein:+.1f}")
        )
    line = "M" + " L".join(f"{x:.1f},{y:.1f}" for x, y, _ in points) if points else ""
    width = 80 + max(len(rows), 1) * MONTH_WIDTH
    right = 40.0 + max(len(rows), 1) * MONTH_WIDTH
    middle, bottom = 10 + PLOT_HEIGHT / 2, 10.0 + PLOT_HEIGHT
    rules = [
        (40.0, 10.0, 40.0, bottom),
        (40.0, bottom, right, bottom),
        (40.0, middle, right, middle),
    ]
    labels = [
        (36.0, 14.0, str(most), "end"),
        (36.0, bottom, "0", "end"),
        (right + 4, 14.0, "+10", "start"),
        (right + 4, middle + 4, "0", "start"),
        (right + 4, bottom, "−10", "start"),
    ]
    return Chart(width, PLOT_HEIGHT + 40, bars, ticks, line, points, rules, labels)


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat((text or "")[:10]) if len(text or "") >= 10 else None
    except ValueError:
        return None


def timeline_chart(events: list[EventRow], *, width: float = 900) -> Chart:
    """One square per event on its day, stacked where a day has several, coloured by quad
    class; events dated to a month only are left off (the table lists them)."""
    dated = [(day, e) for e in events if (day := _day(e.day)) is not None]
    if not dated:
        return Chart(width, 60, [], [], "", [])
    first = min(d for d, _ in dated)
    last = max(d for d, _ in dated)
    span = max((last - first).days, 1)
    stacked: Counter[date] = Counter()
    bars = []
    for day, event in sorted(dated, key=lambda pair: (pair[0], pair[1].quad_class)):
        x = 20 + (width - 50) * (day - first).days / span
        level = min(stacked[day], MAX_STACK)
        stacked[day] += 1
        name, colour = QUAD_CLASSES.get(event.quad_class, ("", "#757575"))
        label = f"{day.isoformat()}: {event.type} ({name}) — {event.trigger}"
        bars.append(Bar(x, 150 - level * 11, 10, 10, colour, label))
    height = 190
    ticks = [Tick(20, first.isoformat()), Tick(width - 30, last.isoformat())]
    if span > 1:
        middle = date.fromordinal(first.toordinal() + span // 2)
        ticks.insert(1, Tick(20 + (width - 50) / 2, middle.isoformat()))
    return Chart(width, height, bars, ticks, "", [])
