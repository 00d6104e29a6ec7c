"""Find running headers and footers: lines repeated at the top or bottom of most pages.

Hand-written because it is a document-level judgement no per-text fixer can make: a line is
a header only because the same line (page numbers aside) opens or closes other pages.
"""

from __future__ import annotations

import math
import re

EDGE_LINES = 3
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")


def _key(line: str) -> str:
    return _SPACE.sub(" ", _DIGITS.sub("#", line.strip())).lower()


def _edges(text: str) -> list[tuple[int, int, str]]:
    """(start, end incl. newline, key) of the first and last non-empty lines of a page."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            spans.append((pos, min(end + 1, len(text)), _key(line)))
        pos = end + 1
    if len(spans) <= 2 * EDGE_LINES:
        return spans
    return spans[:EDGE_LINES] + spans[-EDGE_LINES:]


def repeated_lines(pages: list[str]) -> set[str]:
    """Keys of lines that open or close at least half the pages (and at least two)."""
    if len(pages) < 2:
        return set()
    counts: dict[str, int] = {}
    for text in pages:
        for key in {k for _, _, k in _edges(text)}:
            counts[key] = counts.get(key, 0) + 1
    need = max(2, math.ceil(len(pages) / 2))
    return {k for k, c in counts.items() if c >= need and k.strip(" -–|.")}


def header_spans(text: str, keys: set[str]) -> list[tuple[int, int]]:
    """Spans (with their line break) of the page's edge lines that are running headers."""
    return [(a, b) for a, b, k in _edges(text) if k in keys]
