"""Running headers and footers: lines at a page's top or bottom edge repeated on other pages.

A line is a running header only by comparison with other pages (page numbers aside), so the
decision is made per document, after every page's lines are known. Lone page numbers at the
bottom ("3", "- 3 -", "Strona 3 z 10") are footers even in a one-page document.
"""

from __future__ import annotations

import math
import re

from pipeline.ingest.layout import Line

EDGE_LINES = 2  # at most this many lines at the top and at the bottom of a page
EDGE_ZONE = 0.12  # share of the page height where headers and footers live
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")
_PAGE_NUMBER = re.compile(
    r"^[\s\-–—|.]*(?:(?:strona|str\.|s\.|page)\s*)?\d+(?:\s*(?:/|z|of)\s*\d+)?[\s\-–—|.]*$",
    re.IGNORECASE,
)


def key(text: str) -> str:
    return _SPACE.sub(" ", _DIGITS.sub("#", text.strip())).lower()


def _top_edge(lines: list[Line], height: float) -> list[Line]:
    return [ln for ln in lines[:EDGE_LINES] if ln.bottom <= height * EDGE_ZONE and not ln.block]


def _bottom_edge(lines: list[Line], height: float) -> list[Line]:
    tail = lines[-EDGE_LINES:] if len(lines) > EDGE_LINES else lines
    return [ln for ln in tail if ln.top >= height * (1 - EDGE_ZONE) and not ln.block]


def split_running(
    pages: list[tuple[list[Line], float]],
) -> list[tuple[list[Line], list[Line], list[Line]]]:
    """For each page (lines top to bottom, page height): (header, body, footer) lines."""
    need = max(2, math.ceil(len(pages) / 2))
    counts: dict[str, int] = {}
    for lines, height in pages:
        keys = {key(ln.text) for ln in _top_edge(lines, height) + _bottom_edge(lines, height)}
        for k in keys:
            counts[k] = counts.get(k, 0) + 1
    repeated = {k for k, c in counts.items() if c >= need and k.strip(" -–|.#")}
    out = []
    for lines, height in pages:
        header: list[Line] = []
        for line in _top_edge(lines, height):
            if key(line.text) not in repeated:
                break
            header.append(line)
        rest = lines[len(header) :]
        footer: list[Line] = []
        for line in reversed(_bottom_edge(rest, height)):
            if key(line.text) not in repeated and not _PAGE_NUMBER.match(line.text):
                break
            footer.insert(0, line)
        body = rest[: len(rest) - len(footer)]
        out.append((header, body, footer))
    return out
