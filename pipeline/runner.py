"""Running stages over a corpus: reading the previous stage's file, per-document isolation,
worker processes with a time limit, the content-hash cache, progress, and writing the
stage's file.

Stage logic lives in the stage packages as pure functions; this module is the I/O edge.
Per-document stages (ingest, repair, extract) look each document up in the cache first and
send only the rest to `map_documents`; normalise and write work on the whole corpus, so they
run again unless nothing they read (and none of their outputs) changed since the last run.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import partial
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Generic, TypeVar

from pipeline.errors import Code, problem
from pipeline.schemas import (
    Cluster,
    Document,
    Mention,
    Problem,
    RepairedDocument,
)
from pipeline.store import (
    DEFAULT_CORRECTIONS,
    iter_jsonl,
    read_stage,
    remove_stale_temporaries,
    stage_path,
    write_json,
    write_jsonl,
)

T = TypeVar("T")
R = TypeVar("R")

DEFAULT_TIMEOUT = 120.0  # seconds per document and stage; 0 or None: no limit
INGEST_WORKER_MEMORY_MB = 2048  # more than a 1000-page report needs; a bomb needs more
# pipeline.ner.MODEL_DIR, named here so that a re-run served from the cache needs no spaCy
DEFAULT_NER_MODEL = Path(__file__).resolve().parents[1] / "models" / "ner-pl"
Advance = Callable[..., None]


class Reporter:
    """Progress for people (a rich bar per stage: documents, pages, ETA) or nothing for
    scripts (--quiet). It also keeps, per stage, how many documents were processed and
    how many came from the cache (run.json reports them)."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.counts: dict[str, dict[str, int]] = {}

    @contextmanager
    def task(self, description: str, total: int) -> Iterator[Advance]:
        """Yield `advance(documents=1, pages=0)` for the stage's bar."""
        if self.quiet or total == 0:
            yield lambda n=1, pages=0: None
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
            TextColumn("docs · {task.fields[pages]} pages"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            transient=False,
        ) as progress:
            task_id = progress.add_task(description, total=total, pages=0)
            pages_done = 0

            def advance(n: int = 1, pages: int = 0) -> None:
                nonlocal pages_done
                pages_done += pages
                progress.update(task_id, advance=n, pages=pages_done)

            yield advance


# --- worker processes with a per-document time limit -------------------------------------


def _context() -> Any:
    """fork where it exists: workers inherit loaded models and lexicons for free."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _limit_memory(extra_mb: int) -> None:
    """Cap this process's address space at what it has now plus `extra_mb`, so one
    document (a decompression bomb) fails with MemoryError instead of eating the machine."""
    try:
        import resource

        with open("/proc/self/status") as handle:
            size_kb = next(int(ln.split()[1]) for ln in handle if ln.startswith("VmSize:"))
        limit = (size_kb // 1024 + extra_mb) * 1024 * 1024
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, OSError, StopIteration, ValueError):
        pass  # no /proc or no rlimits (not Linux): the page cap and the timeout still hold


def _worker_main(
    function: Callable[[Any], Any], conn: Connection, memory_mb: int | None = None
) -> None:
    """A worker: receive (index, item), send (index, ok, result) until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    if memory_mb:
        _limit_memory(memory_mb)
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message is None:
            return
        index, item = message
        try:
            conn.send((index, True, function(item)))
        except Exception as exc:
            conn.send((index, False, f"{type(exc).__name__}: {exc}"))


@dataclass
class _Slot:
    """A worker and the items sent to it: the first is running, the others wait in its pipe."""

    process: Any
    conn: Connection
    queued: deque[int] = field(default_factory=deque)
    started: float = 0.0  # when the running item started (as far as the parent can tell)


class _Pool(Generic[T, R]):
    """Worker processes that can be killed one at a time (ProcessPoolExecutor cannot)."""

    def __init__(self, function: Callable[[T], R], size: int, memory_mb: int | None) -> None:
        self.function = function
        self.memory_mb = memory_mb
        self.context = _context()
        self.slots = [self._start() for _ in range(size)]
        self.before_fork: Callable[[], None] = lambda: None

    def _start(self) -> _Slot:
        # Objects loaded so far (lexicons, place index, models) move out of the collector's
        # view: a collection in a forked worker would otherwise write to every one of them and
        # copy the parent's memory page by page.
        gc.freeze()
        parent, child = self.context.Pipe()
        process = self.context.Process(
            target=_worker_main, args=(self.function, child, self.memory_mb), daemon=True
        )
        process.start()
        child.close()
        return _Slot(process, parent)

    def replace(self, slot: _Slot) -> _Slot:
        """Kill a worker (stuck or dead) and start a fresh one in its place."""
        if slot.process.is_alive():
            slot.process.kill()
        slot.process.join()
        slot.conn.close()
        self.before_fork()  # never fork while a background thread is running
        fresh = self._start()
        self.slots[self.slots.index(slot)] = fresh
        return fresh

    def close(self) -> None:
        for slot in self.slots:
            with suppress(OSError):
                slot.conn.send(None)
        deadline = time.monotonic() + 2
        for slot in self.slots:
            slot.process.join(max(0.0, deadline - time.monotonic()))
            if slot.process.is_alive():
                slot.process.kill()
                slot.process.join()
            slot.conn.close()


def map_documents(
    function: Callable[[T], R],
    items: list[T],
    workers: int,
    advance: Advance,
    *,
    timeout: float | None = None,
    on_failure: Callable[[T, str], R] | None = None,
    on_result: Callable[[int, R], None] | None = None,
    pages: Callable[[T, R], int] = lambda item, result: 0,
    background: Callable[[], None] | None = None,
    memory_mb: int | None = None,
    cost: Callable[[T], float] | None = None,
    send_ahead: bool = False,
) -> list[R]:
    """`function` over items, results in input order.

    With a timeout (seconds) or more than one worker, each item runs in a worker process;
    an item that runs past the timeout has its worker killed and becomes
    `on_failure(item, "timeout")`, one whose worker dies becomes `on_failure(item, why)`, and
    the other items go on. `on_result(index, result)` sees each result as soon as it is done.
    `background` runs in a thread of this (otherwise idle) process while the workers work,
    e.g. to load what the next stage needs; it is joined before any new fork. `memory_mb`
    caps how much more memory a worker may take than it started with. With `cost` (an
    estimate of an item's work), workers take the costliest items first, so that no worker
    is left with a big document while the others idle at the end of a stage. With
    `send_ahead`, each worker gets its next item while it works on one, so that it never
    waits for this process (slowed by `background`) between items; only for small items
    (file paths): a pipe holds 64 kB, and sending more would block until the worker is free.
    """
    results: list[Any] = [None] * len(items)
    depth = 2 if send_ahead else 1

    def done(index: int, result: R) -> None:
        results[index] = result
        if on_result is not None:
            on_result(index, result)
        advance(1, pages=pages(items[index], result))

    if not items:
        return []
    if workers <= 1 and not timeout:
        for index, item in enumerate(items):
            done(index, function(item))
        return results

    def failure(item: T, why: str) -> R:
        if on_failure is None:
            raise RuntimeError(why)
        return on_failure(item, why)

    pool: _Pool[T, R] = _Pool(function, max(1, min(workers, len(items))), memory_mb)
    thread = None
    if background is not None:
        thread = threading.Thread(target=_quietly, args=(background,), daemon=True)
        thread.start()
        pool.before_fork = thread.join
    order = list(enumerate(items))
    if cost is not None:
        order.sort(key=lambda pair: -cost(pair[1]))
    pending = deque(order)
    remaining = len(items)

    def top_up(slot: _Slot) -> _Slot:
        """Give an idle worker an item, and with `send_ahead` its next one too."""
        while pending and len(slot.queued) < depth:
            index, item = pending[0]
            try:
                slot.conn.send((index, item))
            except OSError:  # the worker died
                if slot.queued:
                    break  # while running an item: the main loop sees it and fails that item
                slot = pool.replace(slot)  # while idle: a fresh one takes the item
                continue
            pending.popleft()
            if not slot.queued:
                slot.started = time.monotonic()
            slot.queued.append(index)
        return slot

    def requeue(slot: _Slot) -> _Slot:
        """Replace the worker; the items waiting in its pipe go back to the front."""
        for index in reversed(slot.queued):
            pending.appendleft((index, items[index]))
        slot.queued.clear()
        return pool.replace(slot)

    def stop_running(slot: _Slot) -> tuple[_Slot, int]:
        """Take the running item (which has failed) off a worker and replace the worker."""
        index = slot.queued.popleft()
        return requeue(slot), index

    try:
        for slot in list(pool.slots):
            top_up(slot)
        while remaining:
            busy = [s for s in pool.slots if s.queued]
            wait_s = None
            if timeout:
                wait_s = max(0.0, min(s.started + timeout for s in busy) - time.monotonic())
            ready = wait([s.conn for s in busy] + [s.process.sentinel for s in busy], wait_s)
            for slot in busy:
                if slot.conn in ready or slot.process.sentinel in ready:
                    try:
                        if not slot.conn.poll():
                            raise EOFError
                        got, ok, value = slot.conn.recv()
                    except (EOFError, OSError):
                        slot.process.join(5)
                        code = slot.process.exitcode
                        slot, got = stop_running(slot)
                        ok, value = False, f"worker process died (exit {code})"
                    else:
                        slot.queued.popleft()  # == got: a worker answers in order
                        slot.started = time.monotonic()
                    remaining -= 1
                    slot = top_up(slot)  # before storing the result, which can wait
                    done(got, value if ok else failure(items[got], value))
                elif timeout and time.monotonic() - slot.started >= timeout:
                    slot, index = stop_running(slot)
                    remaining -= 1
                    slot = top_up(slot)
                    done(index, failure(items[index], "timeout"))
    finally:
        pool.close()
        if thread is not None:
            thread.join()
    return results


def _quietly(function: Callable[[], None]) -> None:
    """Run an optional preparation; its failure only means the work is done later."""
    with suppress(Exception):
        function()


# --- per-document stage functions (top level so worker processes can pickle them) --------


def _failure_problem(stage: str, why: str, timeout: float | None) -> Problem:
    """E011 for a timeout, E102 for a worker that died or raised."""
    if why == "timeout":
        return problem(Code.E011_TIMEOUT, seconds=f"{timeout:g}" if timeout else "?")
    return problem(Code.E102_STAGE_FAILED, stage=stage, detail=why)


def _ingest_one(args: tuple[str, str]) -> Document:
    from pipeline.ingest import ingest_file

    path, root = args
    try:
        return ingest_file(Path(path), Path(root))
    except Exception as exc:  # a bad document never stops a run
        return _failed_document(
            path,
            root,
            problem(Code.E102_STAGE_FAILED, stage="ingest", detail=f"{type(exc).__name__}: {exc}"),
        )


def _failed_document(path: str, root: str, p: Problem) -> Document:
    name = Path(path).name
    rel = os.path.relpath(path, root)
    return Document(
        id=hashlib.sha256(rel.encode()).hexdigest()[:16],
        name=name,
        path=rel,
        format=Path(path).suffix.lower().lstrip(".") or "unknown",
        status="failed",
        reason=p.message,
        problems=[p],
        quality=0.0,
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


def _extract_with(ner: str | None, doc: RepairedDocument) -> list[Mention] | str:
    _set_ner(ner)
    return _extract_one(doc)


# --- cache plumbing --------------------------------------------------------------------------


def _file_record(path: Path, root: Path) -> bytes | None:
    """What an ingest result depends on: the path and the bytes; None for what is not a
    readable regular file inside the input folder (those are cheap and never cached)."""
    from pipeline.ingest import MAX_BYTES

    try:
        if path.is_symlink() and not path.resolve().is_relative_to(root.resolve()):
            return None
        if not path.is_file() or path.stat().st_size > MAX_BYTES:
            return None
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None
    return f"{path.relative_to(root)}\0{path.suffix}\0".encode() + digest.digest()


def _file_size(item: tuple[str, str]) -> float:
    """Bytes of an input file: the cost estimate that orders ingest's work."""
    try:
        return float(os.stat(item[0]).st_size)
    except OSError:
        return 0.0


def _transient(reason: str | None) -> bool:
    """Timeouts (E011) and stage crashes (E102: a dead worker, an exception in a stage) may
    not happen again, so they are never cached: the next run tries those documents again."""
    codes = (Code.E011_TIMEOUT.value, Code.E102_STAGE_FAILED.value)
    return bool(reason) and any(f"[{code}]" in reason for code in codes)


def _cached_map(
    reporter: Reporter,
    stage: str,
    cache: Any,
    items: list[T],
    records: list[bytes | None],
    function: Callable[[T], R],
    workers: int,
    advance: Advance,
    *,
    timeout: float | None,
    on_failure: Callable[[T, str], R],
    reason: Callable[[R], str | None],
    pages: Callable[[T, R], int],
    warm: Callable[[], None] | None = None,
    background: Callable[[], None] | None = None,
    memory_mb: int | None = None,
    cost: Callable[[T], float] | None = None,
    send_ahead: bool = False,
) -> list[R]:
    """Cached results where the key matches; `function` (in workers) for the rest."""
    keys = [cache.key(r) if r is not None else None for r in records]
    results: list[Any] = [cache.get(k) for k in keys]
    todo = [i for i, r in enumerate(results) if r is None]
    for item, result in zip(items, results, strict=True):
        if result is not None:
            advance(1, pages=pages(item, result))
    if todo and warm is not None and (workers > 1 or timeout):
        warm()  # load models once here; forked workers share them

    def store(j: int, result: R) -> None:
        results[todo[j]] = result
        if not _transient(reason(result)):
            cache.put(keys[todo[j]], result)

    map_documents(
        function,
        [items[i] for i in todo],
        workers,
        advance,
        timeout=timeout,
        on_failure=on_failure,
        on_result=store,
        pages=pages,
        background=background,
        memory_mb=memory_mb,
        cost=cost,
        send_ahead=send_ahead,
    )
    cache.prune({k for k in keys if k is not None})
    reporter.counts[stage] = {
        "documents": len(items),
        "processed": len(todo),
        "cached": len(items) - len(todo),
    }
    return results


def _warm_document() -> Document:
    """A one-sentence document: running it through a stage loads what the stage needs."""
    from pipeline.schemas import Page

    text = "Klaster Lotniczy w Rzeszowie zrzesza 120 firm z województwa podkarpackiego."
    return Document(
        id="0" * 16, name="warm-up", path="warm-up", format="txt", pages=[Page(number=1, text=text)]
    )


def _warm_repair() -> None:
    _repair_one(_warm_document())


def _warm_extract(ner: str | None) -> None:
    _extract_with(ner, _repair_one(_warm_document()))


def warm_later_stages(ner: str | None) -> None:
    """Load what repair and extract need (lexicons, place index, NER model) in this process,
    so that their forked workers start with it; `run` does this while ingest works."""
    _warm_repair()
    if ner not in (None, "none"):
        from pipeline.ner import load_ner

        load_ner(ner)
    _warm_extract(ner)


# --- stages --------------------------------------------------------------------------------


def ingest(
    input_dir: Path,
    output: Path,
    workers: int,
    reporter: Reporter,
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
    use_cache: bool = True,
    prepare: Callable[[], None] | None = None,
) -> list[Document]:
    """Read the input folder; `prepare` (if any) runs meanwhile when documents are read."""
    from pipeline.cache import StageCache
    from pipeline.ingest import list_inputs

    for folder in (output, output / "stages"):
        remove_stale_temporaries(folder)
    paths = list_inputs(input_dir)
    cache: StageCache[Document] = StageCache(
        output,
        "ingest",
        Document.model_dump_json,
        Document.model_validate_json,
        enabled=use_cache,
    )
    items = [(str(p), str(input_dir)) for p in paths]
    with reporter.task("ingest", len(paths)) as advance:
        documents = _cached_map(
            reporter,
            "ingest",
            cache,
            items,
            [_file_record(p, input_dir) for p in paths],
            _ingest_one,
            workers,
            advance,
            timeout=timeout,
            on_failure=lambda item, why: _failed_document(
                item[0], item[1], _failure_problem("ingest", why, timeout)
            ),
            reason=lambda d: d.reason,
            pages=lambda item, d: len(d.pages),
            background=prepare,
            memory_mb=INGEST_WORKER_MEMORY_MB,
            cost=_file_size,
            send_ahead=True,  # items are file paths
        )
    write_jsonl(stage_path(output, "ingest"), documents)
    return documents


def repair(
    output: Path,
    workers: int,
    reporter: Reporter,
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
    use_cache: bool = True,
) -> list[RepairedDocument]:
    from pipeline.cache import StageCache

    documents = read_stage(output, "ingest", Document, reader="repair")
    cache: StageCache[RepairedDocument] = StageCache(
        output,
        "repair",
        RepairedDocument.model_dump_json,
        RepairedDocument.model_validate_json,
        enabled=use_cache,
    )
    with reporter.task("repair", len(documents)) as advance:
        repaired = _cached_map(
            reporter,
            "repair",
            cache,
            documents,
            [d.model_dump_json().encode() for d in documents],
            _repair_one,
            workers,
            advance,
            timeout=timeout,
            on_failure=lambda doc, why: RepairedDocument(
                id=doc.id,
                name=doc.name,
                status="failed",
                reason=_failure_problem("repair", why, timeout).message,
            ),
            reason=lambda r: r.reason,
            pages=lambda doc, r: len(doc.pages),
            warm=_warm_repair,
            cost=lambda doc: sum(len(p.text) for p in doc.pages),
        )
    write_jsonl(stage_path(output, "repair"), repaired)
    return repaired


def _encode_mentions(result: list[Mention] | str) -> str:
    import json

    if isinstance(result, str):
        return json.dumps({"failure": result}, ensure_ascii=False)
    return json.dumps({"mentions": [m.model_dump(mode="json") for m in result]}, ensure_ascii=False)


def _decode_mentions(text: str) -> list[Mention] | str:
    import json

    data = json.loads(text)
    if "failure" in data:
        return str(data["failure"])
    return [Mention.model_validate(m) for m in data["mentions"]]


def extract(
    output: Path,
    workers: int,
    reporter: Reporter,
    ner: str | None = "default",
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
    use_cache: bool = True,
) -> tuple[list[Mention], dict[str, str]]:
    from pipeline.cache import StageCache, folder_fingerprint

    repaired = read_stage(output, "repair", RepairedDocument, reader="extract")
    options = {"ner": str(ner)}
    if ner not in (None, "none"):
        model = DEFAULT_NER_MODEL if ner == "default" else Path(ner)
        options["model"] = folder_fingerprint(model) if model.exists() else str(ner)
    cache: StageCache[list[Mention] | str] = StageCache(
        output,
        "extract",
        _encode_mentions,
        _decode_mentions,
        options=options,
        enabled=use_cache,
    )
    records = [d.model_dump_json().encode() for d in repaired]
    if ner not in (None, "none") and not all(cache.has(cache.key(r)) for r in records):
        from pipeline.ner import load_ner

        load_ner(ner)  # fail fast, with a coded message, before any document
    _set_ner(ner)
    with reporter.task("extract", len(repaired)) as advance:
        results = _cached_map(
            reporter,
            "extract",
            cache,
            repaired,
            records,
            partial(_extract_with, ner),
            workers,
            advance,
            timeout=timeout,
            on_failure=lambda doc, why: _failure_problem("extract", why, timeout).message,
            reason=lambda r: r if isinstance(r, str) else None,
            pages=lambda doc, r: len(doc.pages),
            warm=partial(_warm_extract, ner),
            cost=lambda doc: sum(len(p.text) for p in doc.pages),
        )
    mentions: list[Mention] = []
    failures: dict[str, str] = {}
    for doc, result in zip(repaired, results, strict=True):
        if isinstance(result, str):
            failures[doc.name] = result
        else:
            mentions.extend(result)
    write_jsonl(stage_path(output, "extract"), mentions)
    return mentions, failures


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


FINAL_OUTPUTS: tuple[str, ...] = (
    "stages/normalised.jsonl",
    "stages/clusters.jsonl",
    "mentions.jsonl",
    "clusters.jsonl",
    "clusters.csv",
    "clusters.parquet",
    "documents.jsonl",
)
_FINAL_STAMP = Path("stages") / "cache" / "final.json"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "missing"


def _final_key(output: Path, corrections: Path | None) -> str:
    """Hash of all normalise and write read: the stage files, corrections, their code."""
    from pipeline.cache import code_version

    store = corrections if corrections is not None else DEFAULT_CORRECTIONS
    digest = hashlib.sha256(code_version("final").encode())
    for stage in ("ingest", "repair", "extract"):
        digest.update(_digest(stage_path(output, stage)).encode())
    digest.update(f"{store}\0{_digest(store)}".encode())
    return digest.hexdigest()


def final_outputs_current(
    output: Path, corrections: Path | None = None
) -> tuple[list[Mention], list[Cluster], list[str]] | None:
    """(mentions, clusters, unmatched corrections) when normalise and write would rewrite
    exactly the files already there (same inputs, same code, files untouched since), else
    None. Lets a re-run of an unchanged corpus skip the two corpus-wide stages."""
    import json

    stamp = output / _FINAL_STAMP
    try:
        recorded = json.loads(stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if recorded.get("key") != _final_key(output, corrections):
        return None
    if any(_digest(output / name) != recorded["outputs"].get(name) for name in FINAL_OUTPUTS):
        return None
    mentions = list(iter_jsonl(output / "mentions.jsonl", Mention))
    clusters = list(iter_jsonl(output / "clusters.jsonl", Cluster))
    return mentions, clusters, list(recorded.get("unmatched", []))


def record_final_outputs(output: Path, corrections: Path | None, unmatched: list[str]) -> None:
    """Remember what normalise and write just produced, for `final_outputs_current`."""
    write_json(
        output / _FINAL_STAMP,
        {
            "key": _final_key(output, corrections),
            "outputs": {name: _digest(output / name) for name in FINAL_OUTPUTS},
            "unmatched": unmatched,
        },
    )


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
    for name in (
        "klastry",
        "spacy",
        "pdfplumber",
        "ftfy",
        "morfeusz2",
        "wordfreq",
        "rapidfuzz",
        "pydantic",
    ):
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def write_run_info(output: Path, info: dict[str, Any]) -> None:
    write_json(output / "run.json", info)


def failed_documents(documents: Iterable[Document]) -> list[str]:
    return [d.name for d in documents if d.status == "failed"]
