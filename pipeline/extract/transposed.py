"""Comparison tables laid out the other way round: one column per cluster, one row per
feature ("Cecha | Klaster A | Klaster B" / "Siedziba | Sanok | Lesko" / "Liczba członków | …").

Reports that compare a few clusters side by side often turn the table so that clusters are
columns; in PDF text the columns are runs separated by two or more spaces, and both the
column titles and the cells wrap over several lines. Each cluster column becomes one card:
its title is the name, each row's label says what the cell is. Hand-written because no
library reads space-aligned text tables; the column logic follows `layout.fixed_width_tables`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.extract.cards import RULE_LINE, CardField, join_wrapped, label_kind
from pipeline.extract.layout import CLUSTER_WORD, FOOTNOTE_MARKS, _segments
from pipeline.extract.text import DocText, Line

MIN_CLUSTER_COLUMNS = 2
BULLET = re.compile(r"^[–—•\-▪●]\s*")


@dataclass
class Column:
    """One cluster's column: its title (the name, over several lines) and labelled cells."""

    start: int
    end: int
    title: list[str] = field(default_factory=list)
    cells: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return re.sub(r"\s+", " ", " ".join(self.title)).strip()


@dataclass
class TransposedTable:
    start: int
    end: int
    header_end: int
    columns: list[Column]
    fields: list[list[CardField]]  # per column, its labelled values


def row_kind(label: str) -> str | None:
    """ "Siedziba / biuro" → town, "Strona www" → website: the first part a label names."""
    label = re.sub(r"\s*\([^)]*\)\s*", " ", label.translate(FOOTNOTE_MARKS)).strip(" :")
    for part in [label, *re.split(r"\s*/\s*", label)]:
        kind = label_kind(part)
        if kind:
            return kind
    return None


def _column_of(starts: list[int], offset: int) -> int | None:
    """The column a run starting at `offset` (from the line start) belongs to; None for the
    label column on the left."""
    if offset + 1 < starts[0]:
        return None
    return max(k for k, s in enumerate(starts) if s <= offset + 2)


def _value(pieces: list[tuple[int, int, str]], kind: str | None) -> str:
    texts = [p[2].translate(FOOTNOTE_MARKS).strip() for p in pieces]
    if kind == "goals":  # "– wspólna marka" / "„Bieszczady Active”" / "– sieć …": items
        items: list[str] = []
        for text in texts:
            if BULLET.match(text) or not items:
                items.append(BULLET.sub("", text))
            else:
                items[-1] = f"{items[-1]} {text}"
        return "; ".join(i.strip() for i in items if i.strip())
    return join_wrapped(texts)


def find_transposed_tables(doc: DocText) -> list[TransposedTable]:
    tables: list[TransposedTable] = []
    lines = doc.lines
    i = 0
    while i < len(lines):
        runs = _segments(lines[i])
        if "|" in lines[i].text or len(runs) < 1 + MIN_CLUSTER_COLUMNS:
            i += 1
            continue
        titled = [r for r in runs[1:] if CLUSTER_WORD.search(r[2])]
        if len(titled) < MIN_CLUSTER_COLUMNS or CLUSTER_WORD.search(runs[0][2]):
            i += 1
            continue
        table = _read(lines, i)
        if table is None:
            i += 1
            continue
        tables.append(table)
        i = doc.line_at(table.end).index + 1
    return tables


def _read(lines: list[Line], first: int) -> TransposedTable | None:
    header = lines[first]
    runs = _segments(header)
    starts = [r[0] - header.start for r in runs[1:]]
    columns = [Column(r[0], r[1], [r[2]]) for r in runs[1:]]
    labels: list[list[tuple[int, int, str]]] = []
    j = first + 1
    in_header = True
    last = first
    while j < len(lines):
        line = lines[j]
        if RULE_LINE.match(line.text):
            if not in_header and labels:
                break
            j += 1
            continue
        if line.blank:
            if in_header or not labels:
                return None
            break
        label_runs: list[tuple[int, int, str]] = []
        placed: list[tuple[int, tuple[int, int, str]]] = []
        for run in _segments(line):
            column = _column_of(starts, run[0] - line.start)
            if column is None:
                label_runs.append(run)
            else:
                placed.append((column, run))
        if in_header and not label_runs:
            for column, run in placed:
                columns[column].title.append(run[2])
                columns[column].end = max(columns[column].end, run[1])
            j += 1
            continue
        in_header = False
        if label_runs and (line.text[:1].strip() or BULLET.match(label_runs[0][2])):
            labels.append(list(label_runs))  # a new row, or a sub-row ("– w tym MŚP")
        elif labels:
            labels[-1].extend(label_runs)  # the label wraps ("u członków (osoby)")
        else:
            return None
        row = len(labels) - 1
        for column, run in placed:
            columns[column].cells.setdefault(row, []).append(run)
        last = j
        j += 1
    if len(labels) < 3:
        return None
    kinds = [row_kind(" ".join(r[2] for r in runs_)) for runs_ in labels]
    if sum(k is not None for k in kinds) < 3:
        return None
    fields: list[list[CardField]] = []
    for column in columns:
        found = []
        for row, pieces in sorted(column.cells.items()):
            kind = kinds[row]
            if kind is None or kind == "name":
                continue
            value = _value(pieces, kind)
            if value:
                found.append(CardField(kind, pieces[0][0], pieces[-1][1], value))
        fields.append(found)
    return TransposedTable(
        start=header.start,
        end=lines[last].end,
        header_end=max(c.end for c in columns),
        columns=columns,
        fields=fields,
    )
