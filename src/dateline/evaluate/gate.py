"""The CI gate: figures of an evaluation against the minimums stored in the project."""

from __future__ import annotations

import json
from pathlib import Path

Figures = list[dict[str, float | int | str]]


def dateline_figures(rows: Figures) -> dict[str, float | int | str]:
    """Dateline's figures from an evaluation's rows; a row of a named corpus prefixes its
    figures with the corpus ("meantime-en.relaxed_f1")."""
    figures: dict[str, float | int | str] = {}
    for row in rows:
        if row.get("system") != "dateline":
            continue
        prefix = f"{row['corpus']}." if "corpus" in row else ""
        figures.update({f"{prefix}{name}": value for name, value in row.items()})
    return figures


def check_minimums(task: str, rows: Figures, minimums_file: Path) -> list[str]:
    """Failures, one line each, for figures below their stored minimum (empty when all pass)."""
    minimums = json.loads(minimums_file.read_text(encoding="utf-8")).get(task, {})
    figures = dateline_figures(rows)
    corpora = {str(row["corpus"]) for row in rows if "corpus" in row}
    failures = []
    for name, minimum in minimums.items():
        corpus = name.split(".", 1)[0] if "." in name else None
        if corpus is not None and corpus not in corpora:
            continue  # that corpus was not evaluated (its data is absent)
        value = figures.get(name)
        if not isinstance(value, int | float) or value < minimum:
            failures.append(f"{task} {name} = {value} is below the stored minimum {minimum}")
    return failures
