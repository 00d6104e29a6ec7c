"""What a format reader returns, and how it refuses a file."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.errors import Code
from pipeline.schemas import Problem


class ReadError(Exception):
    """A file that cannot be read at all; the code and details become the document's reason."""

    def __init__(self, code: Code, **details: object) -> None:
        super().__init__(code.value)
        self.code = code
        self.details = details


@dataclass
class ReadResult:
    """Pages of text; for PDFs also each page's running header and footer and which pages
    show only pictures (scans)."""

    pages: list[str]
    encoding: str | None = None
    problems: list[Problem] = field(default_factory=list)
    headers: list[str | None] = field(default_factory=list)
    footers: list[str | None] = field(default_factory=list)
    image_only: set[int] = field(default_factory=set)
