"""Running stages over a corpus: reading the previous stage's file, per-document isolation,
worker processes, progress, and writing the stage's file.

Stage logic lives in the stage packages as pure functions; this module is the I/O edge.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from pipeline.errors import Code, problem
from pipeline.schemas import (
    Cluster,
    Document,
    Mention,
    RepairedDocument,
)
from pipeline.store import iter_jsonl, read_stage, stage_path, write_json, write_jsonl

T = TypeVar("T")
R = TypeVar("R")


class Reporter:
    """Progress for people (a rich bar) or nothing for scripts (--quiet)."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet

    @contextmanager
    def task(self, description: str, total: int) -> Iterator[Callable[[int], None]]:
        if self.quiet or total == 0:
            yield lambda n=1: None
            return
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        with Progress(
            TextColumn("[bold]{task.description:<10}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            transient=False,
        ) as progress:
            task_id = progress.add_task(description, total=total)
            yield lambda n=1: progress.advance(task_id, n)


def map_documents(
    function: Callable[[T], R], items: list[T], workers: int, advance: Callable[[int], None]
) -> list[R]:
    """`function` over items in order, in worker processes when workers > 1."""
    if workers <= 1 or len(items) <= 1:
        out = []
        for item in items:
            out.append(function(item))
            advance(1)
        return out
    results: list[R] = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for result in pool.map(function, items, chunksize=1):
            results.append(result)
            advance(1)
    return results


# --- per-document stage functions (top level so worker processes can pickle them) --------


def _ingest_one(args: tuple[str, str]) -> Document:
    from pipeline.ingest import ingest_file

    path, root = args
    try:
        return ingest_file(Path(path), Path(root))
    except Exception as exc:  # a bad document never stops a run
        p = problem(Code.E102_STAGE_FAILED, stage="ingest", detail=f"{type(exc).__name__}: {exc}")
        name = Path(path).name
        return Document(
            id="0" * 16, name=name, path=name, format=Path(path).suffix.lstrip("."),
            status="failed", reason=p.message, problems=[p], quality=0.0,
        )


def _repair_one(doc: Document) -> RepairedDocument:
    from pipeline.repair import repair_document

    try:
        return repair_document(doc)
    except Exception as exc:
        p = problem(Code.E102_STAGE_FAILED, stage="repair", detail=f"{type(exc).__name__}: {exc}")
        return RepairedDocument(id=doc.id, name=doc.name, status="failed", reason=p.message)


_NER_SPEC: str | None = None


def _extract_one(doc: RepairedDocument) -> list[Mention] | str:
    from pipeline.extract import extract_document
    from pipeline.ner import load_ner

    try:
        nlp = load_ner(_NER_SPEC) if _NER_SPEC not in (None, "none") else None
        return extract_document(doc, nlp=nlp)
    except Exception as exc:
        return problem(
            Code.E102_STAGE_FAILED, stage="extract", detail=f"{type(exc).__name__}: {exc}"
        ).message


def _set_ner(spec: str | None) -> None:
    global _NER_SPEC
    _NER_SPEC = spec


# --- stages --------------------------------------------------------------------------------


def ingest(input_dir: Path, output: Path, workers: int, reporter: Reporter) -> list[Document]:
    from pipeline.ingest import list_inputs

    paths = list_inputs(input_dir)
    with reporter.task("ingest", len(paths)) as advance:
        documents = map_documents(
            _ingest_one, [(str(p), str(input_dir)) for p in paths], workers, advance
        )
    write_jsonl(stage_path(output, "ingest"), documents)
    return documents


def repair(output: Path, workers: int, reporter: Reporter) -> list[RepairedDocument]:
    documents = read_stage(output, "ingest", Document, reader="repair")
    with reporter.task("repair", len(documents)) as advance:
        repaired = map_documents(_repair_one, documents, workers, advance)
    write_jsonl(stage_path(output, "repair"), repaired)
    return repaired


def extract(
    output: Path, workers: int, reporter: Reporter, ner: str | None = "default"
) -> tuple[list[Mention], dict[str, str]]:
    if ner not in (None, "none"):
        from pipeline.ner import load_ner

        load_ner(ner)  # fail fast, with a coded message, before any document
    _set_ner(ner)
    repaired = read_stage(output, "repair", RepairedDocument, reader="extract")
    with reporter.task("extract", len(repaired)) as advance:
        if workers > 1:
            from functools import partial

            results = map_documents(partial(_extract_with, ner), repaired, workers, advance)
        else:
            results = map_documents(_extract_one, repaired, workers, advance)
    mentions: list[Mention] = []
    failures: dict[str, str] = {}
    for doc, result in zip(repaired, results, strict=True):
        if isinstance(result, str):
            failures[doc.name] = result
        else:
            mentions.extend(result)
    write_jsonl(stage_path(output, "extract"), mentions)
    return mentions, failures


def _extract_with(ner: str | None, doc: RepairedDocument) -> list[Mention] | str:
    _set_ner(ner)
    return _extract_one(doc)


def normalise(
    output: Path, corrections: Path | None = None
) -> tuple[list[Mention], list[Cluster], list[str]]:
    """Reviewers' corrections first, then canonical values and merged clusters."""
    from pipeline import corrections as review
    from pipeline.normalise import normalise as normalise_mentions

    mentions = read_stage(output, "extract", Mention, reader="normalise")
    store = corrections if corrections is not None else review.DEFAULT_STORE
    mentions, unmatched = review.apply(mentions, review.load_store(store))
    normalised, clusters = normalise_mentions(mentions)
    write_jsonl(stage_path(output, "normalise"), normalised)
    write_jsonl(output / "stages" / "clusters.jsonl", clusters)
    return normalised, clusters, unmatched


def write(output: Path) -> tuple[list[Mention], list[Cluster]]:
    from pipeline.write import write_outputs

    documents = read_stage(output, "ingest", Document, reader="write")
    repaired = read_stage(output, "repair", RepairedDocument, reader="write")
    mentions = read_stage(output, "normalise", Mention, reader="write")
    clusters = list(iter_jsonl(output / "stages" / "clusters.jsonl", Cluster))
    write_outputs(output, documents, repaired, mentions, clusters)
    return mentions, clusters


def versions() -> dict[str, str]:
    from importlib import metadata

    out = {}
    for name in ("klastry", "spacy", "pdfplumber", "ftfy", "morfeusz2", "wordfreq", "rapidfuzz", "pydantic"):
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def write_run_info(output: Path, info: dict[str, Any]) -> None:
    write_json(output / "run.json", info)


def failed_documents(documents: Iterable[Document]) -> list[str]:
    return [d.name for d in documents if d.status == "failed"]
