"""Ingest stage: read each file of the input folder into a `Document` of pages.

`ingest_file(path, root)` never raises for a bad document: problems become a status, a
reason and coded `Problem` records, and the run goes on.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from pipeline.errors import Code, problem
from pipeline.ingest.formats import READERS, ReadError
from pipeline.ingest.quality import page_quality
from pipeline.schemas import Document, Page

MAX_BYTES = 200 * 1024 * 1024


def document_id(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def list_inputs(root: Path) -> list[Path]:
    """Every entry of the input folder (recursively), bad ones included, in a stable order."""
    entries = [p for p in root.rglob("*") if not p.name.startswith(".")]
    return sorted(
        (p for p in entries if not p.is_dir() or p.suffix.lower() in READERS),
        key=lambda p: str(p.relative_to(root)),
    )


def ingest_file(path: Path, root: Path) -> Document:
    name = path.name
    rel = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
    fmt = path.suffix.lower().lstrip(".") or "unknown"

    def failed(code: Code, **details: object) -> Document:
        p = problem(code, **details)
        return Document(
            id=document_id(rel.encode()), name=name, path=rel, format=fmt, status="failed",
            reason=p.message, problems=[p], quality=0.0,
        )

    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(root.resolve()):
            return failed(Code.E008_OUTSIDE_INPUT)
    if not path.exists():
        return failed(Code.E009_NOT_A_FILE, detail="dangling link")
    if not path.is_file():
        return failed(Code.E009_NOT_A_FILE, detail="a directory" if path.is_dir() else "special")
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        return failed(Code.E001_UNSUPPORTED_FORMAT, suffix=path.suffix or name)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return failed(Code.E007_TOO_LARGE, detail=f"{size} bytes > {MAX_BYTES}")
        data = path.read_bytes()
    except OSError as exc:
        return failed(Code.E003_UNREADABLE, detail=exc.strerror or type(exc).__name__)
    if not data:
        return failed(Code.E002_EMPTY_FILE)
    try:
        result = reader(data)
    except ReadError as exc:
        return failed(exc.code, **exc.details)

    pages: list[Page] = []
    problems = list(result.problems)
    for number, text in enumerate(result.pages, start=1):
        quality = page_quality(text)
        status = "ok"
        if not text.strip():
            status = "needs_ocr" if fmt == "pdf" else "empty"
            if fmt == "pdf":
                problems.append(problem(Code.E006_NO_TEXT_LAYER, page=number))
        elif quality < 0.9:
            status = "damaged"
            problems.append(problem(Code.E013_DAMAGED_TEXT_LAYER, page=number, quality=quality))
        pages.append(Page(number=number, text=text, status=status, quality=quality))
    texty = [p for p in pages if p.text.strip()]
    status = "ok"
    reason = None
    if not texty:
        status, reason = "failed", "no text in any page"
        if not problems:
            problems.append(problem(Code.E002_EMPTY_FILE))
        reason = problems[0].message
    elif len(texty) < len(pages) or any(p.code == Code.E010_DECODING.value for p in problems):
        status, reason = "partial", problems[0].message if problems else "some pages have no text"
    quality = sum(p.quality * len(p.text) for p in texty) / max(1, sum(len(p.text) for p in texty))
    return Document(
        id=document_id(data), name=name, path=rel, format=fmt, encoding=result.encoding,
        pages=pages, status=status, reason=reason, problems=problems, quality=round(quality, 4),
    )
