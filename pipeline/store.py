"""Reading and writing stage files.

All writes are atomic (temporary file in the same folder, then rename), so a run killed at
any moment leaves the previous complete outputs readable.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from pipeline.errors import Code, KlastryError

M = TypeVar("M", bound=BaseModel)

STAGE_FILES = {
    "ingest": "documents.jsonl",
    "repair": "repaired.jsonl",
    "extract": "mentions.jsonl",
    "normalise": "normalised.jsonl",
}
PREVIOUS = {"repair": "ingest", "extract": "repair", "normalise": "extract", "write": "normalise"}


# Where reviewers' corrections are kept unless `--corrections` says otherwise (defined here,
# not in `pipeline.corrections`, so that a re-run can check it without importing extraction).
DEFAULT_CORRECTIONS = Path("review") / "corrections.jsonl"


def user_cache_dir() -> Path:
    """Per-user folder for data built once per machine from installed packages (the repair
    lexicon's indexes): `$KLASTRY_CACHE_DIR`, else `$XDG_CACHE_HOME/klastry`, else
    `~/.cache/klastry`."""
    explicit = os.environ.get("KLASTRY_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "klastry"


def stage_path(output: Path, stage: str) -> Path:
    return output / "stages" / STAGE_FILES[stage]


def atomic_write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_stale_temporaries(folder: Path) -> int:
    """Delete temporary files a killed run left behind (never read: they have no final name).

    Only for the start of a run that owns the output folder; a run writing into the same
    folder at the same time is not supported.
    """
    removed = 0
    if folder.is_dir():
        for path in folder.glob(".*.tmp"):
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def dumps_jsonl(records: Iterable[BaseModel]) -> str:
    return "".join(r.model_dump_json() + "\n" for r in records)


def write_jsonl(path: Path, records: Iterable[BaseModel]) -> None:
    atomic_write_text(path, dumps_jsonl(records))


def write_json(path: Path, data: object) -> None:
    atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def iter_jsonl(path: Path, model: type[M]) -> Iterator[M]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield model.model_validate_json(line)


def read_stage(output: Path, stage: str, model: type[M], *, reader: str) -> list[M]:
    """Records of `stage`, or a KlastryError saying which command makes them."""
    path = stage_path(output, stage)
    if not path.exists():
        raise KlastryError(Code.E101_STAGE_INPUT_MISSING, path=path, previous=stage)
    return list(iter_jsonl(path, model))
