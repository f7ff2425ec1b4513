"""What a time expression is found as, and the small values durations and modifiers take."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dateline.extract.times.patterns import (
    MODS,
    NUMBER_WORDS,
    UNITS,
)


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    type: str
    value: str | None
    mod: str | None = None


class Anchor:
    """The publication date and the week arithmetic TimeML values need."""

    def __init__(self, published: date | None) -> None:
        self.day = published

    def week(self, day: date) -> str:
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"


def number_value(text: str) -> float | None:
    text = text.lower().strip().replace("-", " ")
    if text in NUMBER_WORDS:
        return float(NUMBER_WORDS[text])
    parts = text.split()
    if (
        len(parts) == 2
        and NUMBER_WORDS.get(parts[0], 0) >= 20
        and NUMBER_WORDS.get(parts[1], 99) < 10
    ):
        return float(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]])
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def unit_code(word: str) -> tuple[str, bool]:
    word = word.lower().rstrip("s")
    word = "century" if word.startswith("centur") else word
    return UNITS.get(word, ("D", False))


HALF_UNITS = {("Y", False): ("M", 12), ("H", True): ("M", 60), ("M", True): ("S", 60)}


def duration_value(amount: float | None, unit_word: str) -> str:
    letter, is_time = unit_code(unit_word)
    if letter == "W" and unit_word.lower().startswith("fortnight"):
        amount = (amount or 1) * 2 if amount is not None else None
    if amount is not None and amount != int(amount) and (letter, is_time) in HALF_UNITS:
        # "two and a half years" → P2Y6M, "5 1/2 hours" → PT5H30M (TimeBank's form)
        smaller, count = HALF_UNITS[(letter, is_time)]
        remainder = round((amount - int(amount)) * count)
        whole = f"{int(amount)}{letter}" if int(amount) else ""
        return f"PT{whole}{remainder}{smaller}" if is_time else f"P{whole}{remainder}{smaller}"
    if amount is None:
        quantity = "X"
    elif amount == int(amount):
        quantity = str(int(amount))
    else:
        quantity = str(amount)
    if letter == "DE":
        return f"P{quantity}DE" if quantity == "X" else f"P{int(float(quantity) * 10)}Y"
    if letter == "CE":
        return f"P{quantity}CE" if quantity == "X" else f"P{int(float(quantity) * 100)}Y"
    return f"PT{quantity}{letter}" if is_time else f"P{quantity}{letter}"


def mod_of(text: str) -> str | None:
    lower = text.lower()
    for phrase, mod in sorted(MODS.items(), key=lambda item: -len(item[0])):
        if lower.startswith(phrase + " ") or lower.startswith(phrase + "-"):
            return mod
    return None
