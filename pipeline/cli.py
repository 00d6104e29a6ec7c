"""The `klastry` command line.

Heavy libraries (spaCy, pdfplumber, pandas, morfeusz2) load inside the commands that need
them, so `klastry --help` answers at once. Exit codes: 0 all documents processed, 1 some
documents failed (listed), 2 usage or set-up errors (with a coded message).
"""

from __future__ import annotations

import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    name="klastry",
    help="Turn Polish regional reports about business clusters into clean, reviewable data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
corrections_app = typer.Typer(help="Reviewers' corrections: store them, turn them into gold.")
app.add_typer(corrections_app, name="corrections")

OutputOpt = Annotated[Path, typer.Option("--output", "-o", help="Output folder.")]
InputOpt = Annotated[Path, typer.Option("--input", "-i", help="Folder of source documents.")]
WorkersOpt = Annotated[int, typer.Option("--workers", "-w", min=1, help="Worker processes.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress or tables.")]
TimeoutOpt = Annotated[
    float,
    typer.Option(
        "--timeout",
        min=0,
        help="Seconds one document may take in a stage before it is stopped and marked failed "
        "(E011); 0 for no limit.",
    ),
]
NoCacheOpt = Annotated[
    bool,
    typer.Option("--no-cache", help="Redo every document instead of reusing unchanged results."),
]
NerOpt = Annotated[
    str,
    typer.Option(
        "--ner",
        help="'default' (the model in models/ner-pl), a spaCy pipeline name or path, or 'none'.",
    ),
]


def _console(quiet: bool = False):
    from rich.console import Console

    return Console(stderr=True, quiet=quiet)


def _require_folder(folder: Path) -> None:
    if not folder.is_dir():
        _console().print(f"[red]Input folder {folder} does not exist.[/red]")
        raise typer.Exit(2)


def _fail(exc: Exception) -> None:
    from pipeline.errors import KlastryError

    if isinstance(exc, KlastryError):
        _console().print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None
    raise exc


@app.command()
def run(
    input: InputOpt = Path("raw"),
    output: OutputOpt = Path("output"),
    workers: WorkersOpt = 1,
    ner: NerOpt = "default",
    corrections: Annotated[
        Path | None, typer.Option(help="Reviewers' corrections (default review/corrections.jsonl).")
    ] = None,
    quiet: QuietOpt = False,
    timeout: TimeoutOpt = 120.0,
    no_cache: NoCacheOpt = False,
) -> None:
    """Run every stage: ingest, repair, extract, normalise, write."""
    from pipeline import runner

    _require_folder(input)
    reporter = runner.Reporter(quiet)
    started = datetime.now(timezone.utc)
    timings = []
    try:
        t0 = time.perf_counter()
        limits = {"timeout": timeout or None, "use_cache": not no_cache}
        documents = runner.ingest(
            input,
            output,
            workers,
            reporter,
            **limits,
            prepare=lambda: runner.warm_later_stages(ner),  # while documents are read
        )
        timings.append(_timing("ingest", t0, len(documents)))
        t0 = time.perf_counter()
        repaired = runner.repair(output, workers, reporter, **limits)
        timings.append(_timing("repair", t0, len(repaired)))
        t0 = time.perf_counter()
        _, extract_failures = runner.extract(output, workers, reporter, ner, **limits)
        timings.append(_timing("extract", t0, len(repaired)))
        t0 = time.perf_counter()
        current = None if no_cache else runner.final_outputs_current(output, corrections)
        if current is None:
            _, _, unmatched = runner.normalise(output, corrections)
            timings.append(_timing("normalise", t0, len(repaired)))
            t0 = time.perf_counter()
            mentions, clusters = runner.write(output)
            runner.record_final_outputs(output, corrections, unmatched)
        else:  # nothing they read changed: their files are already what they would write
            mentions, clusters, unmatched = current
            timings.append(_timing("normalise", t0, len(repaired)))
        timings.append(_timing("write", t0, len(repaired)))
        for stage in ("normalise", "write"):
            done = 0 if current is not None else len(repaired)
            reporter.counts[stage] = {"processed": done, "cached": len(repaired) - done}
    except Exception as exc:  # coded errors become exit 2 with their message
        _fail(exc)
        return
    failed = runner.failed_documents(documents) + sorted(extract_failures)
    _write_run_info(
        output,
        input,
        started,
        timings,
        documents,
        mentions,
        clusters,
        failed,
        unmatched,
        reporter.counts,
    )
    if not quiet:
        _summary(documents, clusters, unmatched)
    _finish(documents, failed, quiet, extract_failures)


def _timing(stage: str, t0: float, documents: int) -> dict[str, object]:
    return {"stage": stage, "seconds": round(time.perf_counter() - t0, 3), "documents": documents}


def _write_run_info(
    output,
    input,
    started,
    timings,
    documents,
    mentions,
    clusters,
    failed,
    unmatched,
    cache_counts=None,
) -> None:
    from pipeline import __version__, runner

    info = {
        "version": __version__,
        "versions": runner.versions(),
        "python": sys.version.split()[0],
        "started": started.isoformat(timespec="seconds"),
        "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "input": str(input),
        "output": str(output),
        "timings": timings,
        "counts": {
            "documents": len(documents),
            "documents_ok": sum(d.status == "ok" for d in documents),
            "documents_partial": sum(d.status == "partial" for d in documents),
            "documents_failed": sum(d.status == "failed" for d in documents),
            "pages": sum(len(d.pages) for d in documents),
            "mentions": len(mentions),
            "clusters": len(clusters),
            "corrections_unmatched": len(unmatched),
            # per stage: documents computed in this run and documents reused from the cache
            **{
                f"{stage}_{kind}": counts[kind]
                for stage, counts in (cache_counts or {}).items()
                for kind in ("processed", "cached")
            },
        },
        "failed": failed,
        "corrections_unmatched": unmatched,
    }
    runner.write_run_info(output, info)


def _summary(documents, clusters, unmatched) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=f"{len(clusters)} clusters from {len(documents)} documents")
    for column in ("cluster", "voivodeship", "town", "members", "documents"):
        table.add_column(column)
    for c in clusters:
        members = (
            ""
            if c.member_count is None
            else ("~" if c.member_count_approx else "") + str(c.member_count)
        )
        table.add_row(
            c.name, c.voivodeship or (c.country or ""), c.town or "", members, str(len(c.docs))
        )
    console.print(table)
    for message in unmatched:
        console.print(f"[yellow]{message}[/yellow]")


def _finish(documents, failed: list[str], quiet: bool, extra_reasons=None) -> None:
    """Exit 1 listing the failed documents; the list is printed even with --quiet."""
    if failed:
        console = _console()
        console.print(f"[red]{len(failed)} document(s) failed:[/red]")
        reasons = {d.name: d.reason for d in documents}
        reasons.update({k: v for k, v in (extra_reasons or {}).items() if not reasons.get(k)})
        for name in failed:
            console.print(f"  {name}: {reasons.get(name) or ''}")
        raise typer.Exit(1)


@app.command()
def ingest(
    input: InputOpt = Path("raw"),
    output: OutputOpt = Path("output"),
    workers: WorkersOpt = 1,
    quiet: QuietOpt = False,
    timeout: TimeoutOpt = 120.0,
    no_cache: NoCacheOpt = False,
) -> None:
    """Read the input folder into output/stages/documents.jsonl."""
    from pipeline import runner

    _require_folder(input)
    documents = runner.ingest(
        input,
        output,
        workers,
        runner.Reporter(quiet),
        timeout=timeout or None,
        use_cache=not no_cache,
    )
    _finish(documents, runner.failed_documents(documents), quiet)


@app.command()
def repair(
    output: OutputOpt = Path("output"),
    workers: WorkersOpt = 1,
    quiet: QuietOpt = False,
    timeout: TimeoutOpt = 120.0,
    no_cache: NoCacheOpt = False,
) -> None:
    """Repair the text of ingested documents into output/stages/repaired.jsonl."""
    from pipeline import runner

    try:
        runner.repair(
            output,
            workers,
            runner.Reporter(quiet),
            timeout=timeout or None,
            use_cache=not no_cache,
        )
    except Exception as exc:
        _fail(exc)


@app.command()
def extract(
    output: OutputOpt = Path("output"),
    workers: WorkersOpt = 1,
    ner: NerOpt = "default",
    quiet: QuietOpt = False,
    timeout: TimeoutOpt = 120.0,
    no_cache: NoCacheOpt = False,
) -> None:
    """Find clusters and their facts in repaired documents (output/stages/mentions.jsonl)."""
    from pipeline import runner

    try:
        _, failures = runner.extract(
            output,
            workers,
            runner.Reporter(quiet),
            ner,
            timeout=timeout or None,
            use_cache=not no_cache,
        )
    except Exception as exc:
        _fail(exc)
        return
    if failures:
        for name, reason in failures.items():
            _console(quiet).print(f"[red]{name}: {reason}[/red]")
        raise typer.Exit(1)


@app.command()
def normalise(
    output: OutputOpt = Path("output"),
    corrections: Annotated[Path | None, typer.Option(help="Reviewers' corrections file.")] = None,
    quiet: QuietOpt = False,
) -> None:
    """Canonical values, reviewers' corrections, and one record per cluster."""
    from pipeline import runner

    try:
        _, _, unmatched = runner.normalise(output, corrections)
    except Exception as exc:
        _fail(exc)
        return
    for message in unmatched:
        _console(quiet).print(f"[yellow]{message}[/yellow]")


@app.command()
def write(output: OutputOpt = Path("output")) -> None:
    """Write mentions, clusters (JSONL, CSV, Parquet) and documents into the output folder."""
    from pipeline import runner

    try:
        runner.write(output)
    except Exception as exc:
        _fail(exc)


@app.command(name="eval")
def evaluate(
    gold: Annotated[Path, typer.Option(help="Gold mentions (JSONL).")],
    output: OutputOpt = Path("output"),
    errors: Annotated[bool, typer.Option(help="List every disagreement.")] = False,
) -> None:
    """Score output/mentions.jsonl against a gold file; write eval.json."""
    from rich.console import Console
    from rich.table import Table

    from pipeline.evaluate import load_gold, load_predictions, score
    from pipeline.store import write_json

    predictions_path = output / "mentions.jsonl"
    if not predictions_path.exists():
        _console().print(f"[red]{predictions_path} is missing: run `klastry run` first.[/red]")
        raise typer.Exit(2)
    try:
        result = score(load_gold(gold), load_predictions(predictions_path))
    except Exception as exc:
        _fail(exc)
        return
    rows = result.table()
    table = Table(title=f"klastry eval against {gold}")
    for column in ("field", "P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(column, justify="right" if column != "field" else "left")
    for field, row in rows.items():
        table.add_row(
            field,
            f"{row['precision']:.3f}",
            f"{row['recall']:.3f}",
            f"{row['f1']:.3f}",
            str(row["tp"]),
            str(row["fp"]),
            str(row["fn"]),
        )
    Console().print(table)
    if errors:
        for e in result.errors:
            Console().print(
                f"{e.field:<13} {e.doc[:14]:<14} gold={e.gold_name!r}/{e.gold!r}  "
                f"pred={e.predicted_name!r}/{e.predicted!r}"
            )
    write_json(
        output / "eval.json",
        {"gold": str(gold), "scores": rows, "errors": [e.model_dump() for e in result.errors]},
    )


@app.command()
def schema(output: OutputOpt = Path("output")) -> None:
    """Write the JSON Schema of every record type into output/schema/."""
    from pipeline.schemas import Cluster, Document, Mention, RepairedDocument, RunInfo
    from pipeline.store import write_json

    for model in (Document, RepairedDocument, Mention, Cluster, RunInfo):
        write_json(output / "schema" / f"{model.__name__}.json", model.model_json_schema())
    typer.echo(f"wrote {output / 'schema'}")


@app.command()
def fix(
    file: Annotated[str, typer.Argument(help="A text file, or - for standard input.")],
    explain: Annotated[bool, typer.Option("--explain", help="List each change.")] = False,
) -> None:
    """Print the repaired text of a file (the same repair the pipeline uses)."""
    from pipeline.ingest.formats import decode_polish
    from pipeline.repair import fix_and_explain, format_explanation

    data = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    text, _, _ = decode_polish(data)
    fixed, steps = fix_and_explain(text)
    sys.stdout.write(fixed)
    if explain and steps:
        sys.stderr.write(format_explanation(steps) + "\n")


@app.command()
def review(
    output: OutputOpt = Path("output"),
    sample: Annotated[
        int | None, typer.Option(help="Review a random sample of N mentions.")
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed for --sample.")] = 0,
    below_confidence: Annotated[
        float | None, typer.Option(help="Only mentions with a field below this confidence.")
    ] = None,
) -> None:
    """Write the self-contained review site (output/review/index.html)."""
    from pipeline.review import build_site

    try:
        index = build_site(output, sample=sample, seed=seed, below_confidence=below_confidence)
    except Exception as exc:
        _fail(exc)
        return
    typer.echo(f"review site: {index}")


@app.command(name="spot-check")
def spot_check(
    output: OutputOpt = Path("output"),
    n: Annotated[int, typer.Option("--n", help="How many mentions.")] = 5,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
) -> None:
    """Print a random sample of mentions, each field with its quote."""
    from pipeline.review import spot_check as print_sample

    try:
        print_sample(output, n=n, seed=seed)
    except Exception as exc:
        _fail(exc)


@corrections_app.command("apply")
def corrections_apply(
    file: Annotated[
        Path, typer.Argument(help="Corrections exported from the review page (JSONL).")
    ],
    store: Annotated[Path, typer.Option(help="The corrections store.")] = Path(
        "review/corrections.jsonl"
    ),
    reviewer: Annotated[str | None, typer.Option(help="Reviewer's name.")] = None,
) -> None:
    """Add reviewed verdicts to the store; every later run applies them."""
    from pipeline import corrections as review

    if not file.is_file():
        _console().print(f"[red]{file} does not exist: export it from the review page.[/red]")
        raise typer.Exit(2)
    try:
        new = review.load_store(file, strict=True)
        count = review.append_to_store(store, new, reviewer)
    except Exception as exc:
        _fail(exc)
        return
    skipped = len(new) - count
    note = f" ({skipped} already stored)" if skipped else ""
    typer.echo(f"stored {count} verdict(s) in {store}{note}; every later run applies them")


@corrections_app.command("to-gold")
def corrections_to_gold(
    output: OutputOpt = Path("output"),
    gold: Annotated[Path, typer.Option(help="Where to write the gold lines.")] = Path(
        "review/gold.jsonl"
    ),
) -> None:
    """Turn reviewed mentions of the last run into gold lines."""
    from pipeline import corrections as review
    from pipeline.schemas import Mention
    from pipeline.store import atomic_write_text, iter_jsonl

    mentions = list(iter_jsonl(output / "mentions.jsonl", Mention))
    lines = review.to_gold(mentions)
    atomic_write_text(gold, review.dumps(lines))
    typer.echo(f"wrote {len(lines)} gold line(s) to {gold}")


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
