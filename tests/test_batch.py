"""Batch runs: worker processes give the same results as one; a document that takes too long
or kills its worker fails alone; a run killed at any moment leaves the previous outputs
readable and the next run resumes from the cache.

The slow and crashing documents are fake formats registered in the readers table for the
test (worker processes are forked, so they see the patched table).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pdf_factory import cid, clean, needs_font, scanned_pdf

from pipeline import runner
from pipeline.ingest import formats
from pipeline.ingest.result import ReadResult

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "raw").glob("*.txt"))


def _slow_reader(data: bytes) -> ReadResult:
    time.sleep(60)
    return ReadResult(pages=["never"])


def _crashing_reader(data: bytes) -> ReadResult:
    os._exit(3)  # as a segfault in a PDF library would end the worker


def _greedy_reader(data: bytes) -> ReadResult:
    """As a decompression bomb would: ask for far more memory than any report needs."""
    blocks = [bytearray(256 * 1024 * 1024) for _ in range(40)]  # 10 GiB
    return ReadResult(pages=[str(len(blocks))])


@pytest.fixture
def fake_formats(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(formats.READERS, ".slow", _slow_reader)
    monkeypatch.setitem(formats.READERS, ".crash", _crashing_reader)
    monkeypatch.setitem(formats.READERS, ".greedy", _greedy_reader)


def small_corpus(folder: Path, pdfs: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for seed in SEEDS:
        shutil.copy(seed, folder / seed.name)
    if pdfs:
        (folder / "dwie-kolumny.pdf").write_bytes(clean(pages=2, columns=2, table=True, seed=4))
        (folder / "bez-tounicode.pdf").write_bytes(cid(pages=2))
        (folder / "skan.pdf").write_bytes(scanned_pdf(with_text_page=True))
    return folder


def all_stages(folder: Path, output: Path, workers: int) -> None:
    reporter = runner.Reporter(quiet=True)
    runner.ingest(folder, output, workers, reporter, use_cache=False)
    runner.repair(output, workers, reporter, use_cache=False)
    runner.extract(output, workers, reporter, "none", use_cache=False)
    runner.normalise(output, output / "no-corrections.jsonl")
    runner.write(output)


@needs_font
@pytest.mark.slow
def test_two_workers_give_the_same_outputs_as_one(tmp_path: Path) -> None:
    folder = small_corpus(tmp_path / "wejscie")
    all_stages(folder, tmp_path / "w1", workers=1)
    all_stages(folder, tmp_path / "w2", workers=2)
    names = [
        *(f"stages/{p.name}" for p in (tmp_path / "w1" / "stages").glob("*.jsonl")),
        "mentions.jsonl",
        "clusters.jsonl",
        "documents.jsonl",
        "clusters.csv",
    ]
    assert len(names) >= 8
    for name in names:
        assert (tmp_path / "w1" / name).read_bytes() == (tmp_path / "w2" / name).read_bytes(), name
    mentions = (tmp_path / "w1" / "mentions.jsonl").read_text(encoding="utf-8")
    assert "dwie-kolumny.pdf" in mentions  # the PDFs took part


@pytest.mark.parametrize("workers", [1, 2])
def test_a_slow_document_times_out_and_the_run_goes_on(
    tmp_path: Path, fake_formats: None, workers: int
) -> None:
    folder = tmp_path / "wejscie"
    folder.mkdir()
    (folder / "a.txt").write_text("Klaster Lotniczy w Rzeszowie.\n", encoding="utf-8")
    (folder / "b-wolny.slow").write_bytes(b"slow")
    (folder / "c.txt").write_text("Klaster Drzewny w Białymstoku.\n", encoding="utf-8")
    started = time.monotonic()
    documents = runner.ingest(
        folder, tmp_path / "wynik", workers, runner.Reporter(quiet=True), timeout=1.0
    )
    assert time.monotonic() - started < 20
    status = {d.name: (d.status, (d.reason or "")[:6]) for d in documents}
    assert status == {
        "a.txt": ("ok", ""),
        "b-wolny.slow": ("failed", "[E011]"),
        "c.txt": ("ok", ""),
    }
    slow = next(d for d in documents if d.name == "b-wolny.slow")
    assert "longer than 1 s" in (slow.reason or "") and "--timeout" in (slow.reason or "")
    # a timeout depends on the machine, so it is not cached: the next run tries again
    assert not any(
        "E011" in p.read_text() for p in (tmp_path / "wynik" / "stages" / "cache").rglob("*.json")
    )


@pytest.mark.parametrize("workers", [1, 2])
def test_a_document_that_kills_its_worker_fails_alone(
    tmp_path: Path, fake_formats: None, workers: int
) -> None:
    folder = tmp_path / "wejscie"
    folder.mkdir()
    (folder / "a.txt").write_text("Klaster Lotniczy w Rzeszowie.\n", encoding="utf-8")
    # the biggest file goes first, so the worker that dies already holds the next file
    (folder / "b.crash").write_bytes(b"crash" * 100)
    (folder / "c.txt").write_text("Klaster Drzewny w Białymstoku.\n", encoding="utf-8")
    documents = runner.ingest(folder, tmp_path / "wynik", workers, runner.Reporter(quiet=True))
    status = {d.name: d.status for d in documents}
    assert status == {"a.txt": "ok", "b.crash": "failed", "c.txt": "ok"}
    crashed = next(d for d in documents if d.name == "b.crash")
    assert crashed.reason and crashed.reason.startswith("[E102]") and "exit 3" in crashed.reason
    cached = (tmp_path / "wynik" / "stages" / "cache").rglob("*.json")
    assert not any("E102" in p.read_text() for p in cached)  # tried again next run


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="memory caps need Linux")
def test_a_document_that_wants_too_much_memory_fails_alone(
    tmp_path: Path, fake_formats: None
) -> None:
    folder = tmp_path / "wejscie"
    folder.mkdir()
    (folder / "a.txt").write_text("Klaster Lotniczy w Rzeszowie.\n", encoding="utf-8")
    (folder / "b.greedy").write_bytes(b"greedy")
    documents = runner.ingest(folder, tmp_path / "wynik", 1, runner.Reporter(quiet=True))
    status = {d.name: (d.status, (d.reason or "")[:6]) for d in documents}
    assert status == {"a.txt": ("ok", ""), "b.greedy": ("failed", "[E102]")}
    greedy = next(d for d in documents if d.name == "b.greedy")
    assert "MemoryError" in (greedy.reason or "")


def _cli(folder: Path, output: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "pipeline.cli",
        "run",
        "--input",
        str(folder),
        "--output",
        str(output),
        "--ner",
        "none",
        "--quiet",
        "--corrections",
        str(output / "no-corrections.jsonl"),
    ]


def _readable(output: Path) -> None:
    """Every output file parses completely: no half-written file is ever in place."""
    for path in [*output.glob("*.jsonl"), *(output / "stages").glob("*.jsonl")]:
        for line in path.read_text(encoding="utf-8").splitlines():
            json.loads(line)
    json.loads((output / "run.json").read_text(encoding="utf-8"))


@needs_font
@pytest.mark.slow
def test_killed_run_keeps_previous_outputs_and_resumes(tmp_path: Path) -> None:
    folder = small_corpus(tmp_path / "wejscie", pdfs=False)
    output = tmp_path / "wynik"
    first = subprocess.run(_cli(folder, output), capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr[-2000:]
    before = {p.name: p.read_bytes() for p in output.glob("*.jsonl")}

    for k in range(4):  # more work, then kill the run once the new ingest file is in place
        (folder / f"raport-{k}.pdf").write_bytes(clean(pages=3, columns=1 + k % 2, seed=k))
    documents = output / "stages" / "documents.jsonl"
    stamp = documents.stat().st_mtime_ns
    process = subprocess.Popen(
        _cli(folder, output),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while documents.stat().st_mtime_ns == stamp and time.monotonic() < deadline:
        assert process.poll() is None, "the run ended before it could be killed"
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()

    _readable(output)
    assert {p.name: p.read_bytes() for p in output.glob("*.jsonl")} == before
    assert len(documents.read_text(encoding="utf-8").splitlines()) == len(SEEDS) + 4

    again = subprocess.run(_cli(folder, output), capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr[-2000:]
    _readable(output)
    leftovers = [*output.glob(".*.tmp"), *(output / "stages").rglob(".*.tmp")]
    assert leftovers == []  # what the killed run was writing is cleared away
    counts = json.loads((output / "run.json").read_text(encoding="utf-8"))["counts"]
    assert counts["ingest_cached"] == len(SEEDS) + 4 and counts["ingest_processed"] == 0
    assert counts["documents"] == len(SEEDS) + 4
    mentions = (output / "mentions.jsonl").read_text(encoding="utf-8")
    assert "raport-3.pdf" in mentions
