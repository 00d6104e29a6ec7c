"""A random sample of mentions in the terminal, each field with the quote it came from.

For a quick look without a browser (over ssh, in CI logs): the same seeded sample as
`klastry review --sample N --seed S`.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from pipeline.review.data import FIELDS, load_run, select, weakest
from pipeline.schemas import Mention


def _value(value: object) -> str:
    if value is None or value == []:
        return "—"
    if isinstance(value, list):
        return " | ".join(str(v) for v in value)
    return str(value)


def _quote(mention: Mention, field: str) -> Text:
    items = mention.evidence.get(field, [])
    if not items:
        return Text("no evidence", style="dim")
    text = Text()
    for i, ev in enumerate(items[:3]):
        if i:
            text.append("\n")
        text.append(f"p.{ev.page} ", style="dim")
        text.append("“" + " ".join(ev.quote.split()) + "”", style="italic")
    if len(items) > 3:
        text.append(f"\n… {len(items) - 3} more", style="dim")
    return text


def _confidence(value: float | None) -> Text:
    if value is None:
        return Text("")
    style = "red" if value < 0.6 else "yellow" if value < 0.8 else "green"
    return Text(f"{value:.2f}", style=style)


def mention_table(mention: Mention) -> Table:
    """One mention: every field with a value or evidence, its confidence and quote."""
    reviewed = ", reviewed: " + ", ".join(sorted(mention.reviewed)) if mention.reviewed else ""
    table = Table(
        title=f"{mention.name}",
        caption=f"{mention.doc} · weakest field {weakest(mention):.2f}{reviewed}",
        title_justify="left",
        caption_justify="left",
        expand=True,
        show_lines=True,
    )
    table.add_column("field", style="bold", no_wrap=True)
    table.add_column("value", ratio=2)
    table.add_column("conf", justify="right", no_wrap=True)
    table.add_column("quote", ratio=3)
    for field, label, _ in FIELDS:
        value = getattr(mention, field)
        if value in (None, [], False) and field not in mention.evidence:
            continue
        mark = " ✓" if mention.reviewed.get(field) else ""
        table.add_row(
            label + mark,
            _value(value),
            _confidence(mention.confidence.get(field)),
            _quote(mention, field),
        )
    return table


def spot_check(output: Path, n: int = 5, seed: int = 0, console: Console | None = None) -> None:
    """Print `n` randomly chosen mentions (seeded, so a colleague sees the same ones)."""
    run = load_run(Path(output))
    chosen = select(run.mentions, sample=n, seed=seed)
    console = console or Console()
    console.rule(f"Spot check: {len(chosen)} of {len(run.mentions)} mentions (seed {seed})")
    for mention in chosen:
        console.print(mention_table(mention))
