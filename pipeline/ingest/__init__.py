"""Ingest stage: read each file of the input folder into a `Document` of pages.

`ingest_file(path, root)` never raises for a bad document: problems become a status, a
reason and coded `Problem` records, and the run goes on. The reader is chosen by the file's
content when it is recognisable (a PDF named `.txt` is still a PDF), else by its extension.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from pipeline.errors import Code, problem
from pipeline.ingest.formats import READERS, ReadError, ReadResult, sniff
from pipeline.ingest.quality import DAMAGED_BELOW, page_quality
from pipeline.schemas import Document, Page, Problem

MAX_BYTES = 200 * 1024 * 1024
# Problems after which a document is only partly read (the others are notes for reviewers).
_PARTIAL_CODES = {
    Code.E004_PDF_BROKEN.value,
    Code.E006_NO_TEXT_LAYER.value,
    Code.E007_TOO_LARGE.value,
    Code.E010_DECODING.value,
}


def document_id(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def list_inputs(root: Path) -> list[Path]:
    """Every entry of the input folder (recursively), bad ones included, in a stable order.

    Folders are walked, except folders named like a document (`x.pdf/`), which are listed
    so that they are reported rather than silently skipped. Links are listed, not followed.
    """
    out: list[Path] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = list(folder.iterdir())
        except OSError:
            out.append(folder)
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir() and not entry.is_symlink() and entry.suffix.lower() not in READERS:
                stack.append(entry)
            else:
                out.append(entry)
    return sorted(out, key=lambda p: str(p.relative_to(root)))


def _read_bytes(path: Path) -> bytes:
    """The file's bytes (a seam for tests that simulate unreadable files as root)."""
    return path.read_bytes()


def _head(path: Path, size: int = 1024) -> bytes:
    with path.open("rb") as handle:
        return handle.read(size)


def ingest_file(path: Path, root: Path) -> Document:
    """One input path as a Document; every failure is a status with a coded reason."""
    name = path.name
    rel = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
    fmt = path.suffix.lower().lstrip(".") or "unknown"

    def failed(code: Code, **details: object) -> Document:
        p = problem(code, **details)
        return Document(
            id=document_id(rel.encode()),
            name=name,
            path=rel,
            format=fmt,
            status="failed",
            reason=p.message,
            problems=[p],
            quality=0.0,
        )

    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(root.resolve()):
            return failed(Code.E008_OUTSIDE_INPUT)
    if not path.exists():
        return failed(Code.E009_NOT_A_FILE, detail="dangling link")
    if not path.is_file():
        return failed(Code.E009_NOT_A_FILE, detail="a directory" if path.is_dir() else "special")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return failed(Code.E007_TOO_LARGE, detail=f"{size} bytes > {MAX_BYTES}")
        reader = READERS.get(path.suffix.lower())
        if reader is None and sniff(_head(path)) is None:
            return failed(Code.E001_UNSUPPORTED_FORMAT, suffix=path.suffix or name)
        data = _read_bytes(path)
    except OSError as exc:
        return failed(Code.E003_UNREADABLE, detail=exc.strerror or type(exc).__name__)
    if not data:
        return failed(Code.E002_EMPTY_FILE)
    sniffed = sniff(data)
    if sniffed is not None:
        reader, fmt = sniffed, "pdf"
    assert reader is not None
    try:
        result = reader(data)
    except ReadError as exc:
        doc = failed(exc.code, **exc.details)
        return doc.model_copy(update={"id": document_id(data)})
    return _document(result, data, name, rel, fmt)


def _document(result: ReadResult, data: bytes, name: str, rel: str, fmt: str) -> Document:
    """Pages with status and quality, and the document's status from its pages' problems."""
    pages: list[Page] = []
    problems: list[Problem] = list(result.problems)
    for number, text in enumerate(result.pages, start=1):
        quality = page_quality(text)
        status = "ok"
        if not text.strip():
            status = "empty"
            if number in result.image_only:
                status = "needs_ocr"
                problems.append(problem(Code.E006_NO_TEXT_LAYER, page=number))
        elif quality < DAMAGED_BELOW:
            status = "damaged"
            problems.append(problem(Code.E013_DAMAGED_TEXT_LAYER, page=number, quality=quality))
        header = result.headers[number - 1] if number <= len(result.headers) else None
        footer = result.footers[number - 1] if number <= len(result.footers) else None
        pages.append(
            Page(
                number=number,
                text=text,
                status=status,
                quality=quality,
                header=header,
                footer=footer,
            )
        )
    texty = [p for p in pages if p.text.strip()]
    status, reason = "ok", None
    partial = [p for p in problems if p.code in _PARTIAL_CODES]
    if not texty:
        if not partial:
            problems.append(problem(Code.E002_EMPTY_FILE))
            partial = problems[-1:]
        status, reason = "failed", partial[0].message
    elif partial:
        status, reason = "partial", partial[0].message
    chars = sum(len(p.text) for p in texty)
    quality = sum(p.quality * len(p.text) for p in texty) / chars if chars else 0.0
    return Document(
        id=document_id(data),
        name=name,
        path=rel,
        format=fmt,
        encoding=result.encoding,
        pages=pages,
        status=status,
        reason=reason,
        problems=problems,
        quality=round(quality, 4),
    )
