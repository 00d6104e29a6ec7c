"""Reading order of a PDF page from word positions: lines, columns, tables.

pdfplumber's `extract_text()` reads straight across the page, which interleaves the lines of
a two-column report. Here words are grouped into lines, a vertical gutter is looked for in
the middle of the page, and each run of lines that the gutter splits is read left column
first, then right; lines that cross the gutter (titles, tables) stay where they are.
"""

from __future__ import annotations

import re
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
CELL_GAP_CHARS = 2.0  # a horizontal gap this many characters wide separates table cells
WRAPPED_CELL_GAP_CHARS = 1.5  # the same under such a row (a cell's wrapped words)
COLUMN_TOLERANCE = 3.0  # points: cells starting this close are in one column
MAX_COLUMN_SPLITS = 2  # a page is split into at most three columns

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
    char_width: float = 0.0  # the page's usual width of a character, in points
    aligned: bool = False  # the text places words by their position (a table row)


def group_lines(words: list[Word]) -> list[Line]:
    """Words grouped by their top into lines, each line's words left to right."""
    lines: list[Line] = []
    widths = [(w["x1"] - w["x0"]) / len(w["text"]) for w in words if len(w["text"]) >= 3]
    char_width = median(widths) if widths else 0.0
    for word in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
        if lines and abs(word["top"] - lines[-1].top) <= LINE_TOLERANCE:
            lines[-1].words.append(word)
            lines[-1].bottom = max(lines[-1].bottom, word["bottom"])
        else:
            lines.append(Line(word["top"], word["bottom"], 0.0, 0.0, "", [word]))
    for line in lines:
        line.char_width = char_width
        line.words.sort(key=lambda w: w["x0"])
    _mark_table_rows(lines, char_width)
    for line in lines:
        _finish(line)
    return lines


def _cell_starts(line: Line, unit: float) -> list[float]:
    """Where the words after wide gaps start."""
    return [b["x0"] for a, b in pairwise(line.words) if b["x0"] - a["x1"] > CELL_GAP_CHARS * unit]


def _mark_table_rows(lines: list[Line], unit: float) -> None:
    """Rows of a table drawn without rules: lines whose wide gaps open onto a column, where
    words after wide gaps start on a neighbouring line too. A justified line of a narrow
    column has wide gaps as well, but the words after them start anywhere."""
    if not unit:
        return
    starts = [_cell_starts(line, unit) for line in lines]
    for k, line in enumerate(lines):
        near = starts[max(0, k - 3) : k] + starts[k + 1 : k + 4]
        # a column: two other lines nearby start a cell there too (in justified text one
        # neighbour may by chance)
        line.aligned = any(
            sum(any(abs(x - y) <= COLUMN_TOLERANCE for y in found) for found in near) >= 2
            for x in starts[k]
        )


def _finish(line: Line, in_table: bool = False) -> None:
    """The line's text: words joined by one space; in a row of a table drawn without rules
    (`_mark_table_rows`) a wide gap becomes spaces up to where the next word stands, counted
    in characters from the page's left edge, so that the cells of one column start together
    and the extraction can read the table as space-aligned text. A line under such a row
    (`in_table`: a cell wrapped onto it) is placed the same way, with a narrower gap."""
    line.words.sort(key=lambda w: w["x0"])
    line.x0 = min(w["x0"] for w in line.words)
    line.x1 = max(w["x1"] for w in line.words)
    unit = line.char_width
    gap = (WRAPPED_CELL_GAP_CHARS if in_table else CELL_GAP_CHARS) * unit
    line.aligned = bool(unit) and (line.aligned or in_table)
    if not line.aligned:
        line.text = " ".join(w["text"] for w in line.words)
        return
    text = " " * round(line.words[0]["x0"] / unit) + line.words[0]["text"]
    for previous, word in pairwise(line.words):
        if word["x0"] - previous["x1"] > gap:
            text += " " * max(3, round(word["x0"] / unit) - len(text)) + word["text"]
        else:
            text += " " + word["text"]
    line.text = text


def align_wrapped_cells(lines: list[Line]) -> list[Line]:
    """Lines right under a table row drawn without rules, in reading order, are the row's
    cells wrapped onto the next line: place them in their columns too."""
    for previous, line in pairwise(lines):
        if (
            previous.aligned
            and not line.aligned
            and not line.block
            and line.words
            and line.top - previous.bottom < (previous.bottom - previous.top)
        ):
            _finish(line, in_table=True)
    return lines


def find_gutter(
    lines: list[Line], width: float, left_edge: float = 0.0
) -> tuple[float, float] | None:
    """The widest vertical strip in the middle of the page (or of the part of it from
    `left_edge` to `width`) that no word of most lines crosses, if the text on both sides
    of it looks like two real columns."""
    body = [ln for ln in lines if not ln.block]
    span = width - left_edge
    if len(body) < 2 * MIN_COLUMN_LINES or span <= 0:
        return None
    lo = int(left_edge + span * GUTTER_ZONE[0])
    hi = int(left_edge + span * GUTTER_ZONE[1])
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
        if len(side) < MIN_COLUMN_LINES or median(side) < MIN_COLUMN_WIDTH * span:
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
        part.char_width = line.char_width
        _finish(part)
        parts.append(part)
    return parts[0], parts[1]


def reading_order(
    lines: list[Line], width: float, left_edge: float = 0.0, depth: int = 0
) -> list[Line]:
    """Lines in reading order: runs of two-column lines as left column then right column;
    each column is looked at again, so three columns are read one after another."""
    lines = sorted(lines, key=lambda ln: ln.top)
    gutter = find_gutter(lines, width, left_edge) if depth < MAX_COLUMN_SPLITS else None
    if gutter is None:
        return lines
    out: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []

    def flush() -> None:
        out.extend(reading_order(left, gutter[0], left_edge, depth + 1))
        out.extend(reading_order(right, width, gutter[1], depth + 1))
        left.clear()
        right.clear()

    for line in lines:
        parts = None if line.block else _split(line, gutter)
        if parts is None:
            flush()
            out.append(line)
            continue
        if parts[0] is not None:
            left.append(parts[0])
        if parts[1] is not None:
            right.append(parts[1])
    flush()
    return out


def join_lines(lines: list[Line]) -> str:
    """Lines as text; a blank line where the vertical gap says a new paragraph starts."""
    if not lines:
        return ""
    pitches = [b.top - a.top for a, b in pairwise(lines) if b.top > a.top]
    pitch = median(pitches) if pitches else 0.0
    parts = [lines[0].text]
    for previous, line in pairwise(lines):
        if (pitch and line.top - previous.top > PARAGRAPH_GAP * pitch) or _new_column_block(
            previous, line
        ):
            parts.append("")
        parts.append(line.text)
    return "\n".join(parts)


def _new_column_block(previous: Line, line: Line) -> bool:
    """The reading order went back up the page to the next column, and the text there
    starts afresh: the last column ended a sentence, or the new one opens with a heading
    in capitals (a sentence running on from one column into the next stays joined)."""
    if line.top >= previous.top:
        return False
    return previous.text.rstrip().endswith((".", "!", "?")) or line.text.isupper()


def table_line(rows: list[list[str | None]], bbox: tuple[float, float, float, float]) -> Line:
    """A table as one block: one row per line, cells joined with " | "."""
    text = "\n".join(
        " | ".join(" ".join((cell or "").split()) for cell in row) for row in rows if any(row)
    )
    return Line(bbox[1], bbox[3], bbox[0], bbox[2], text, [], block=True)


# A monospace page (`pdftotext -layout`) placed on a page of points, so that the functions
# above read its columns as they read a PDF's: a character is this wide, a line this high.
CHAR_POINTS = 6.0
LINE_POINTS = 12.0
_WIDE_GAP = re.compile(r"\S {3,}\S")
# Two columns are at least two spaces apart; a line whose words are closer across the
# gutter runs over the whole page (a lead paragraph, a footer) and is never split.
MIN_TEXT_GUTTER = 2 * CHAR_POINTS
# Share of the split lines that must hold text on both sides: two columns of prose fill
# both, a table's short first column leaves most wrapped lines empty on the left.
MIN_BOTH_SIDES = 0.6


def text_reading_order(page: str) -> str:
    """A page of text exported with its layout, columns side by side, read column by
    column; any other page comes back unchanged."""
    rows = page.split("\n")
    if sum(1 for row in rows if _WIDE_GAP.search(row)) < 2 * MIN_COLUMN_LINES:
        return page
    words: list[Word] = []
    for number, row in enumerate(rows):
        top = number * LINE_POINTS
        for match in re.finditer(r"\S+", row):
            words.append({
                "text": match.group(),
                "x0": match.start() * CHAR_POINTS,
                "x1": match.end() * CHAR_POINTS,
                "top": top,
                "bottom": top + LINE_POINTS * 0.8,
            })  # fmt: skip
    lines = group_lines(words)
    width = max(len(row) for row in rows) * CHAR_POINTS
    if not _two_columns_of_prose(lines, width):
        return page
    ordered = reading_order(lines, width)
    if len(ordered) == len(lines) and all(a is b for a, b in zip(ordered, lines, strict=True)):
        return page
    text = join_lines(align_wrapped_cells(ordered))
    return text + "\n" if page.endswith("\n") else text


def _two_columns_of_prose(lines: list[Line], width: float) -> bool:
    """Whether a gutter splits the page into two columns of text; lines that run across it
    with a narrow gap are marked as blocks, never to be split."""
    gutter = find_gutter(lines, width)
    if gutter is None:
        return False
    split = both = 0
    for line in lines:
        parts = _split(line, gutter)
        if parts is None:
            continue
        left, right = parts
        if left and right and right.x0 - left.x1 < MIN_TEXT_GUTTER:
            line.block = True
            continue
        split += 1
        both += bool(left and right)
    return split > 0 and both >= MIN_BOTH_SIDES * split
