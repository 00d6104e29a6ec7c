"""Reading order of a PDF page from word positions: lines, columns, tables.

pdfplumber's `extract_text()` reads straight across the page, which interleaves the lines of
a two-column report. Here words are grouped into lines, a vertical gutter is looked for in
the middle of the page, and each run of lines that the gutter splits is read left column
first, then right; lines that cross the gutter (titles, tables) stay where they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from statistics import median
from typing import Any

LINE_TOLERANCE = 3.0  # points: words whose tops differ less are on one line
MIN_GUTTER = 10.0  # points of empty width that separate two columns
GUTTER_ZONE = (0.25, 0.75)  # the gutter is looked for in this share of the page width
MIN_COLUMN_LINES = 5
MIN_COLUMN_WIDTH = 0.2  # a column's median line is at least this share of the page width
PARAGRAPH_GAP = 1.8  # a vertical gap this many times the usual line pitch starts a paragraph

Word = dict[str, Any]


@dataclass
class Line:
    """One visual line (or one table row block) with its box."""

    top: float
    bottom: float
    x0: float
    x1: float
    text: str
    words: list[Word]
    block: bool = False  # a table: never split by the gutter


def group_lines(words: list[Word]) -> list[Line]:
    """Words grouped by their top into lines, each line's words left to right."""
    lines: list[Line] = []
    for word in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
        if lines and abs(word["top"] - lines[-1].top) <= LINE_TOLERANCE:
            lines[-1].words.append(word)
            lines[-1].bottom = max(lines[-1].bottom, word["bottom"])
        else:
            lines.append(Line(word["top"], word["bottom"], 0.0, 0.0, "", [word]))
    for line in lines:
        _finish(line)
    return lines


def _finish(line: Line) -> None:
    line.words.sort(key=lambda w: w["x0"])
    line.x0 = min(w["x0"] for w in line.words)
    line.x1 = max(w["x1"] for w in line.words)
    line.text = " ".join(w["text"] for w in line.words)


def find_gutter(lines: list[Line], width: float) -> tuple[float, float] | None:
    """The widest vertical strip in the middle of the page that no word of most lines
    crosses, if the text on both sides of it looks like two real columns."""
    body = [ln for ln in lines if not ln.block]
    if len(body) < 2 * MIN_COLUMN_LINES or width <= 0:
        return None
    lo, hi = int(width * GUTTER_ZONE[0]), int(width * GUTTER_ZONE[1])
    cover = [0] * (hi - lo + 1)
    for line in body:
        for word in line.words:
            a, b = max(lo, int(word["x0"])), min(hi, int(word["x1"]) + 1)
            for x in range(a, b + 1):
                cover[x - lo] += 1
    # a few lines may cross the gutter: a title, a full-width lead paragraph, a footer
    allowed = max(1, len(body) // 5)
    best: tuple[int, int] | None = None
    start = None
    for i, count in enumerate([*cover, allowed + 1]):
        if count <= allowed and start is None:
            start = i
        elif count > allowed and start is not None:
            if best is None or i - start > best[1] - best[0]:
                best = (start, i)
            start = None
    if best is None or best[1] - best[0] < MIN_GUTTER:
        return None
    gutter = (float(lo + best[0]), float(lo + best[1] - 1))
    left: list[float] = []
    right: list[float] = []
    for line in body:
        parts = _split(line, gutter)
        if parts is None:
            continue
        for part, side in zip(parts, (left, right), strict=True):
            if part is not None:
                side.append(part.x1 - part.x0)
    for side in (left, right):
        if len(side) < MIN_COLUMN_LINES or median(side) < MIN_COLUMN_WIDTH * width:
            return None
    return gutter


def _split(line: Line, gutter: tuple[float, float]) -> tuple[Line | None, Line | None] | None:
    """The line's left and right parts, or None when a word crosses the gutter."""
    middle = (gutter[0] + gutter[1]) / 2
    left = [w for w in line.words if w["x1"] <= middle]
    right = [w for w in line.words if w["x0"] >= middle]
    if len(left) + len(right) != len(line.words):
        return None
    parts: list[Line | None] = []
    for words in (left, right):
        if not words:
            parts.append(None)
            continue
        part = Line(min(w["top"] for w in words), max(w["bottom"] for w in words), 0, 0, "", words)
        _finish(part)
        parts.append(part)
    return parts[0], parts[1]


def reading_order(lines: list[Line], width: float) -> list[Line]:
    """Lines in reading order: runs of two-column lines as left column then right column."""
    lines = sorted(lines, key=lambda ln: ln.top)
    gutter = find_gutter(lines, width)
    if gutter is None:
        return lines
    out: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []
    for line in lines:
        parts = None if line.block else _split(line, gutter)
        if parts is None:
            out.extend(left + right)
            left, right = [], []
            out.append(line)
            continue
        if parts[0] is not None:
            left.append(parts[0])
        if parts[1] is not None:
            right.append(parts[1])
    out.extend(left + right)
    return out


def join_lines(lines: list[Line]) -> str:
    """Lines as text; a blank line where the vertical gap says a new paragraph starts."""
    if not lines:
        return ""
    pitches = [b.top - a.top for a, b in pairwise(lines) if b.top > a.top]
    pitch = median(pitches) if pitches else 0.0
    parts = [lines[0].text]
    for previous, line in pairwise(lines):
        if pitch and line.top - previous.top > PARAGRAPH_GAP * pitch:
            parts.append("")
        parts.append(line.text)
    return "\n".join(parts)


def table_line(rows: list[list[str | None]], bbox: tuple[float, float, float, float]) -> Line:
    """A table as one block: one row per line, cells joined with " | "."""
    text = "\n".join(
        " | ".join(" ".join((cell or "").split()) for cell in row) for row in rows if any(row)
    )
    return Line(bbox[1], bbox[3], bbox[0], bbox[2], text, [], block=True)
