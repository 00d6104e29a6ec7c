"""Data built once per machine from installed files, kept in the per-user cache.

The repair lexicon's indexes and the place index take about a second to build from their
word lists in every process; unpickled from a cache file they take a fifth of that. A cache
file's name changes with the size and time of every file it is built from and the Python
version, so an upgrade rebuilds it; one that cannot be read or written is simply rebuilt.
Each build is 13-17 MB, so only the few most recent builds of each kind are kept (more than
one: two checkouts on one machine would otherwise rebuild each other's away on every run).
"""

from __future__ import annotations

import gc
import hashlib
import pickle
import sys
from collections.abc import Callable, Iterable
from contextlib import suppress
from pathlib import Path
from typing import TypeVar

from pipeline.store import atomic_write_bytes, user_cache_dir

T = TypeVar("T")
KEEP_BUILDS = 3  # most recent cache files kept per name


def cache_file(name: str, sources: Iterable[Path]) -> Path:
    """The cache file for `name` built from `sources` in their current state."""
    digest = hashlib.sha256(sys.version.encode())
    for source in sources:
        try:
            stat = source.stat()
            digest.update(f"{source.resolve()}:{stat.st_size}:{stat.st_mtime_ns}".encode())
        except OSError:
            digest.update(f"{source}:absent".encode())
    return user_cache_dir() / f"{name}-{digest.hexdigest()[:20]}.pickle"


def load_or_build(name: str, sources: Iterable[Path], build: Callable[[], T]) -> T:
    """`build()`'s result, from the cache when a current copy is there."""
    path = cache_file(name, sources)
    collecting = gc.isenabled()
    gc.disable()  # a million new strings would set off collection after collection
    try:
        return pickle.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError, AttributeError, pickle.UnpicklingError):
        pass
    finally:
        if collecting:
            gc.enable()
    value = build()
    with suppress(OSError):
        atomic_write_bytes(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        _remove_old_builds(name, path)
    return value


def _remove_old_builds(name: str, current: Path) -> None:
    """Delete all but the KEEP_BUILDS newest cache files of `name` (never `current`)."""
    builds = sorted(
        current.parent.glob(f"{name}-*.pickle"), key=lambda p: p.stat().st_mtime_ns, reverse=True
    )
    for old in [p for p in builds if p != current][KEEP_BUILDS - 1 :]:
        with suppress(OSError):
            old.unlink()
