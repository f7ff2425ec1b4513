"""The CI gate: figures of an evaluation against the minimums stored in the project."""

from __future__ import annotations

import json
from pathlib import Path


def check_minimums(
    task: str, figures: dict[str, float | int | str], minimums_file: Path
) -> list[str]:
    """Failures, one line each, for figures below their stored minimum (empty when all pass)."""
    minimums = json.loads(minimums_file.read_text(encoding="utf-8")).get(task, {})
    failures = []
    for name, minimum in minimums.items():
        value = figures.get(name)
        if not isinstance(value, int | float) or value < minimum:
            failures.append(f"{task} {name} = {value} is below the stored minimum {minimum}")
    return failures
