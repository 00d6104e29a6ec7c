"""Benchmark the place index (`make bench-places`): load time, memory, resolution accuracy.

Speed and memory depend on the machine, so they are measured here rather than asserted in
tests; accuracy is measured on `tests/cases/places/mentions.jsonl` (see `make_cases`).
Writes `output/bench/places.json`.

Usage: python -m pipeline.places.bench [--cases PATH] [--output PATH]
"""

from __future__ import annotations

import argparse
import gc
import json
import lzma
import os
import resource
import time
import tracemalloc
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from pipeline.places.index import DATA, PlaceIndex
from pipeline.places.resolve import resolve_town

CASES = Path("tests/cases/places/mentions.jsonl")
NKJP = Path("../shared/data/ner/nkjp-nested-simplified-v2.iob.xz")
NKJP_PREPOSITIONS = frozenset(["w", "we", "z", "ze", "do", "na", "pod", "od", "koło"])
OUTPUT = Path("output/bench/places.json")


def rss_mb() -> float:
    """Current resident set size (Linux /proc; falls back to the peak from getrusage)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def measure_load(path: Path = DATA) -> dict[str, float]:
    """Seconds and megabytes (RSS growth, traced allocations) of one index load."""
    gc.collect()
    before = rss_mb()
    started, cpu_started = time.perf_counter(), time.process_time()
    index = PlaceIndex(path)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    rss_added = rss_mb() - before
    del index
    gc.collect()
    tracemalloc.start()
    held = PlaceIndex(path)
    traced = tracemalloc.get_traced_memory()[0] / 1e6
    tracemalloc.stop()
    del held
    return {
        "load_s": round(seconds, 3),
        "load_cpu_s": round(cpu, 3),
        "rss_added_mb": round(rss_added, 1),
        "traced_mb": round(traced, 1),
    }


def read_cases(path: Path = CASES) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def judge(case: dict, index: PlaceIndex | None = None) -> tuple[bool, str]:
    """Whether the resolver gets one case right, and what it answered."""
    result = resolve_town(case["mention"], voivodeship=case.get("voivodeship"), index=index)
    if case["expected"] == "resolved":
        ok = result.status == "resolved" and result.town_teryt == case["town_teryt"]
        return ok, f"{result.status} {result.town} {result.town_teryt}"
    return result.status == "ambiguous", f"{result.status} n={result.n_candidates}"


def accuracy(cases: list[dict], index: PlaceIndex | None = None) -> dict:
    """Share of cases answered right, overall and by source, with the failures."""
    index = index or PlaceIndex.load()
    by_source: Counter[str] = Counter()
    right_by_source: Counter[str] = Counter()
    failures = []
    for case in cases:
        ok, answer = judge(case, index)
        source = case["source"].split("-")[0]
        by_source[source] += 1
        right_by_source[source] += ok
        if not ok:
            failures.append(
                {
                    "mention": case["mention"],
                    "expected": case["expected"],
                    "town_teryt": case["town_teryt"],
                    "got": answer,
                }
            )
    right = sum(right_by_source.values())
    return {
        "n": len(cases),
        "correct": right,
        "accuracy": round(right / len(cases), 4) if cases else 0.0,
        "expected_ambiguous": sum(c["expected"] == "ambiguous" for c in cases),
        "by_source": {s: f"{right_by_source[s]}/{n}" for s, n in sorted(by_source.items())},
        "failures": failures,
    }


def nkjp_mentions(path: Path = NKJP) -> Iterator[tuple[str, str]]:
    """(mention, lemma) for one-token settlement names in NKJP, with a preceding preposition."""
    with lzma.open(path, "rt", encoding="utf-8") as handle:
        sentence: list[list[str]] = []
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 4:
                yield from _settlements(sentence)
                sentence = []
                continue
            sentence.append(fields)
        yield from _settlements(sentence)


def _settlements(sentence: list[list[str]]) -> Iterator[tuple[str, str]]:
    for i, (orth, lemma, _tag, label) in enumerate(sentence):
        if "B-placeName-settlement" not in label.split("#"):
            continue
        if i + 1 < len(sentence) and "I-placeName-settlement" in sentence[i + 1][3]:
            continue  # multi-token names: NKJP lemmatises them word by word
        before = sentence[i - 1][0] if i else ""
        prefix = f"{before} " if before.lower() in NKJP_PREPOSITIONS else ""
        yield prefix + orth, lemma


def nkjp_recall(index: PlaceIndex, path: Path = NKJP) -> dict | None:
    """How often a real inflected settlement mention finds a locality of its NKJP lemma.

    Only lemmas that are TERYT names count. "ok" is resolved to that name; "among" is
    ambiguous with that name among the candidates; the rest found another name or nothing
    (NKJP sometimes lemmatises a town by its short name: "Gorzów", "Kędzierzyn").
    """
    if not path.is_file():
        return None
    names = {line.split("\t", 2)[1] for line in index.names}
    counts: Counter[str] = Counter()
    for mention, lemma in nkjp_mentions(path):
        if lemma not in names:
            continue
        result = resolve_town(mention, index=index)
        if result.status == "resolved" and result.town == lemma:
            counts["ok"] += 1
        elif result.status == "ambiguous" and any(c.town == lemma for c in result.candidates):
            counts["among"] += 1
        else:
            counts["other" if result.status != "unknown" else "unknown"] += 1
    total = sum(counts.values())
    found = counts["ok"] + counts["among"]
    return {"n": total, **counts, "recall": round(found / total, 4) if total else 0.0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--nkjp", type=Path, default=NKJP, help="NKJP IOB (skipped if absent)")
    args = parser.parse_args(argv)
    load = measure_load()
    started = time.perf_counter()
    result = accuracy(read_cases(args.cases))
    per_mention_ms = (time.perf_counter() - started) * 1000 / max(result["n"], 1)
    nkjp = nkjp_recall(PlaceIndex.load(), args.nkjp)
    report = {
        "index": str(DATA),
        "index_mb": round(DATA.stat().st_size / 1e6, 2),
        **load,
        "resolve_ms_per_mention": round(per_mention_ms, 3),
        **result,
        "nkjp_settlements": nkjp,
    }
    rows = [
        ("index size", f"{report['index_mb']} MB"),
        ("load time (wall)", f"{report['load_s']} s"),
        ("load time (CPU)", f"{report['load_cpu_s']} s"),
        ("memory added (RSS)", f"{report['rss_added_mb']} MB"),
        ("memory allocated (tracemalloc)", f"{report['traced_mb']} MB"),
        ("resolve time", f"{report['resolve_ms_per_mention']} ms/mention"),
        ("cases", str(report["n"])),
        ("correct", f"{report['correct']} ({report['accuracy']:.2%})"),
        ("expected ambiguous", str(report["expected_ambiguous"])),
        *((f"  {source}", score) for source, score in report["by_source"].items()),
    ]
    if nkjp:
        rows.append(("NKJP settlements found", f"{nkjp['recall']:.2%} of {nkjp['n']}"))
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    for failure in result["failures"]:
        print(
            f"FAIL {failure['mention']!r}: expected {failure['expected']} "
            f"{failure['town_teryt']}, got {failure['got']}"
        )
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
