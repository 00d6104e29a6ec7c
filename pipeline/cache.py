"""Content-hash cache of per-document stage results, so unchanged documents are not redone.

An entry's key hashes everything the result depends on: the stage, the code of the modules
the stage runs (their source and data files, so editing them invalidates exactly what they
affect), the stage's options (e.g. the NER model), and the input record itself (a file's
bytes for ingest, the previous stage's record otherwise). Entries are JSON files written
atomically under `output/stages/cache/<stage>/`, each as soon as its document is done, so a
run that is killed resumes from what it had finished.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Generic, TypeVar

from pipeline.store import atomic_write_text

R = TypeVar("R")

PACKAGE = Path(__file__).resolve().parent
# What each stage's result depends on, relative to the package folder.
_SHARED = ("__init__.py", "schemas.py", "errors.py", "offsets.py", "cache.py")
STAGE_SOURCES: dict[str, tuple[str, ...]] = {
    "ingest": ("ingest", *_SHARED),
    "repair": ("repair", "morph.py", *_SHARED),
    "extract": ("extract", "places", "ner", "morph.py", *_SHARED),
    # normalise and write (corpus-wide; corrections match names with extract's rules)
    "final": ("normalise", "write.py", "corrections.py", "extract", "places", "morph.py", *_SHARED),
}
_HASHED_SUFFIXES = {".py", ".gz", ".tsv", ".json", ".jsonl", ".txt", ".cfg", ".bin", ".pkl"}


@cache
def code_version(stage: str) -> str:
    """Hash of the source and data files the stage's results depend on."""
    digest = hashlib.sha256(stage.encode())
    for name in STAGE_SOURCES[stage]:
        root = PACKAGE / name
        files = sorted(root.rglob("*")) if root.is_dir() else [root]
        for path in files:
            if "__pycache__" in path.parts or path.suffix not in _HASHED_SUFFIXES:
                continue
            if path.is_file():
                digest.update(str(path.relative_to(PACKAGE)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def folder_fingerprint(folder: Path) -> str:
    """Cheap identity of a model folder: its meta.json and every file's size and mtime."""
    if not folder.is_dir():
        return "missing"
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            stat = path.stat()
            digest.update(f"{path.relative_to(folder)}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    meta = folder / "meta.json"
    if meta.is_file():
        digest.update(meta.read_bytes())
    return digest.hexdigest()[:16]


class StageCache(Generic[R]):
    """Entries of one stage. `encode`/`decode` turn a result into JSON text and back."""

    def __init__(
        self,
        output: Path,
        stage: str,
        encode: Callable[[R], str],
        decode: Callable[[str], R],
        options: dict[str, str] | None = None,
        enabled: bool = True,
    ) -> None:
        self.folder = output / "stages" / "cache" / stage
        self.encode = encode
        self.decode = decode
        self.enabled = enabled
        self.salt = json.dumps(
            {"stage": stage, "code": code_version(stage), "options": options or {}},
            sort_keys=True,
        ).encode()

    def key(self, record: bytes) -> str:
        return hashlib.sha256(self.salt + b"\0" + record).hexdigest()[:32]

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def has(self, key: str | None) -> bool:
        return self.enabled and key is not None and self._path(key).is_file()

    def get(self, key: str | None) -> R | None:
        """The cached result, or None when absent, disabled or unreadable (then redone)."""
        if not self.enabled or key is None:
            return None
        path = self._path(key)
        try:
            return self.decode(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except Exception:  # a damaged entry is only a cache miss
            path.unlink(missing_ok=True)
            return None

    def put(self, key: str | None, result: R) -> None:
        if self.enabled and key is not None:
            atomic_write_text(self._path(key), self.encode(result))

    def prune(self, keep: set[str]) -> int:
        """Delete entries (and temporary files of killed runs) this run no longer uses."""
        if not self.enabled or not self.folder.is_dir():
            return 0
        removed = 0
        for path in self.folder.iterdir():
            if path.name.startswith(".") or path.stem not in keep:
                path.unlink(missing_ok=True)
                removed += 1
        return removed
