"""Readable output for people: the text format of ``analyze`` and ``show``, and query tables."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.markup import escape as escape_markup
from rich.table import Table

from dateline.model import Analysis
from dateline.printable import one_line, terminal_text
from dateline.store.base import (
    Actor,
    CheckRow,
    EntityReport,
    EntityRow,
    EventRow,
    FailureRow,
    QuantityRow,
    QuoteRow,
    RelationRow,
    SearchHit,
)


def escape(text: str) -> str:
    """Text from an article or a store, shown as itself: no markup, no terminal controls."""
    return escape_markup(terminal_text(text))


Render = Callable[[list[Any], Console], None]

_TYPE_STYLES = {
    "PERSON": "cyan",
    "ORG": "magenta",
    "GPE": "green",
    "LOC": "green",
    "NORP": "yellow",
}


def render_analysis(analysis: Analysis, console: Console) -> None:
    article = analysis.article
    console.print(
        f"[bold]{escape(article.title or '(untitled)')}[/bold]  [dim]{escape(article.id)}[/dim]"
    )
    facts = [f"published {article.published or 'unknown'}"]
    if article.source:
        facts.append(f"source {article.source}")
    if article.dateline:
        facts.append(
            f"dateline {article.dateline.place}"
            + (f" ({article.dateline.outlet})" if article.dateline.outlet else "")
        )
    facts.append(f"from {article.origin}")
    console.print("[dim]" + escape(" · ".join(facts)) + "[/dim]")
    for media in article.media:
        console.print(
            f"  [dim]{escape(media.kind)}:[/dim] {escape(media.title)} [dim]{escape(media.duration or '')}[/dim]"
        )
    for warning in article.warnings:
        console.print(f"  [yellow]warning:[/yellow] {escape(warning)}")
    by_type: dict[str, list[str]] = defaultdict(list)
    for entity in analysis.entities:
        label = entity.name + (f" ×{len(entity.mentions)}" if len(entity.mentions) > 1 else "")
        if entity.country:
            label += f" [{entity.country}]"
        by_type[entity.type].append(label)
    if by_type:
        console.print("[bold]Entities[/bold]")
        for type_, names in by_type.items():
            style = _TYPE_STYLES.get(type_, "white")
            console.print(f"  [{style}]{type_:<7}[/{style}] " + escape(", ".join(names)))
    if analysis.quotes:
        console.print("[bold]Quotes[/bold]")
        for quote in analysis.quotes:
            speaker = quote.speaker_name or "(unknown speaker)"
            console.print(
                f"  [cyan]{escape(speaker)}[/cyan] [dim]({quote.kind})[/dim]: {escape(quote.content.text)}"
            )
    if analysis.times:
        console.print("[bold]Times[/bold]")
        for time in analysis.times:
            console.print(
                f"  {escape(time.text)} → [green]{escape(time.value or '?')}[/green] [dim]{time.type}[/dim]"
            )
    if analysis.quantities:
        console.print("[bold]Quantities[/bold]")
        for quantity in analysis.quantities:
            console.print(
                f"  {escape(quantity.text)} [dim]{escape(quantity.dimension or '')}[/dim]"
            )
    if analysis.events:
        console.print("[bold]Events[/bold]")
        for event in analysis.events:
            console.print(
                f"  {escape(event.type)} [dim]{escape(event.cameo)}[/dim] {escape(event.trigger.text)} {escape(event.date or '')}"
            )
    for check in analysis.checks:
        style = "green" if check.status == "consistent" else "red"
        console.print(f"  [{style}]{check.status}[/{style}] {escape(check.message)}")
    console.print()


def render_failures(rows: list[FailureRow], console: Console) -> None:
    for failure in rows:
        where = f"{failure.origin}:{failure.line}" if failure.line else failure.origin
        console.print(
            one_line(f"{where}: {failure.reason} [{failure.code}]"),
            markup=False,
            highlight=False,
            soft_wrap=True,
        )


def render_hits(hits: list[SearchHit], console: Console) -> None:
    table = Table("article", "published", "in", "match", show_lines=False)
    for hit in hits:
        table.add_row(
            escape(hit.article_id), escape(hit.published or ""), hit.where, escape(hit.snippet)
        )
    console.print(table)


def render_quotes(rows: list[QuoteRow], console: Console) -> None:
    table = Table("article", "published", "speaker", "kind", "quote")
    for row in rows:
        table.add_row(
            escape(row.article_id),
            escape(row.published or ""),
            escape(row.speaker_name or ""),
            escape(row.kind),
            escape(row.content),
        )
    console.print(table)


def render_quantities(rows: list[QuantityRow], console: Console) -> None:
    table = Table("article", "published", "quantity", "value", "unit", "SI", "of")
    for row in rows:
        unit = " ".join(part for part in (row.currency, row.unit) if part)
        si = f"{row.si_value:g} {row.si_unit}" if row.si_value is not None else ""
        table.add_row(
            escape(row.article_id),
            escape(row.published or ""),
            escape(row.text),
            f"{row.value:,g}" if row.value is not None else "",
            escape(unit or row.dimension or ""),
            escape(si),
            escape(row.counted or ""),
        )
    console.print(table)


def render_checks(rows: list[CheckRow], console: Console) -> None:
    table = Table("article", "published", "check", "status", "spans", "message")
    for row in rows:
        status = row.status if row.status == "consistent" else f"[red]{row.status}[/red]"
        table.add_row(
            escape(row.article_id),
            escape(row.published or ""),
            escape(row.kind),
            status,
            escape(row.spans),
            escape(row.message),
        )
    console.print(table)


def render_entities(rows: list[EntityRow], console: Console) -> None:
    table = Table("name", "type", "country", "articles", "mentions")
    for row in rows:
        table.add_row(
            escape(row.name),
            escape(row.type),
            escape(row.country or ""),
            str(row.articles),
            str(row.mentions),
        )
    console.print(table)


def render_entity_report(report: EntityReport, console: Console) -> None:
    country = f" [{report.country}]" if report.country else ""
    console.print(f"[bold]{escape(report.name)}[/bold]{escape(country)}")
    if report.others:
        console.print(
            "[dim]also answers to the name: " + escape(", ".join(report.others)) + "[/dim]"
        )
    table = Table("article", "published", "title", "named as")
    for row in report.articles:
        table.add_row(
            escape(row.article_id),
            escape(row.published or ""),
            escape(row.title or ""),
            escape(row.names),
        )
    console.print(table)
    if report.quotes:
        render_quotes(report.quotes, console)
    if report.events:
        render_events(report.events, console)


def _actors(actors: list[Actor]) -> str:
    return ", ".join(
        a.name + (f" [{a.code or a.country}]" if a.code or a.country else "") for a in actors
    )


def render_events(rows: list[EventRow], console: Console) -> None:
    table = Table("day", "type", "source", "target", "place", "modality", "trigger")
    table.columns[0].no_wrap = True
    table.columns[1].no_wrap = True
    for row in rows:
        table.add_row(
            escape(row.day or ""),
            escape(f"{row.type} {row.code or row.cameo}"),
            escape(_actors(row.sources)),
            escape(_actors(row.targets)),
            escape(row.place.name if row.place else ""),
            escape(row.modality),
            escape(row.trigger),
        )
    console.print(table)


def render_relations(a: str, b: str, rows: list[RelationRow], console: Console) -> None:
    if not rows:
        console.print(f"no events between {escape(a)} and {escape(b)}")
        return
    table = Table(
        "month",
        "events",
        f"{escape(a)} → {escape(b)}",
        f"{escape(b)} → {escape(a)}",
        "together",
        "mean Goldstein",
    )
    for row in rows:
        table.add_row(
            escape(row.month),
            str(row.events),
            str(row.a_to_b),
            str(row.b_to_a),
            str(row.together),
            f"{row.mean_goldstein:+.2f}",
        )
    console.print(table)
