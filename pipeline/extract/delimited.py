"""Records of delimited exports pasted into reports ("id;nazwa;miejscowosc;l_czlonkow;…").

Registers of clusters are often exported from a database and pasted into a report's annex as
CSV: one header row of short column names (often without Polish letters, words joined by
"_"), then one line per record, with text in double quotes and quotes inside doubled.
Each record becomes the labelled fields of one cluster, with every cell's character offsets
as evidence. Written by hand over the `csv` module because `csv` gives no offsets, and the
header names need mapping to klastry's fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.cards import CardField
from pipeline.extract.text import DocText, Line
from pipeline.places.keys import fold

DELIMITERS = (";", ",")
MIN_COLUMNS = 4
MAX_HEADER_CELL = 30
# Column names, compared without Polish letters, "_" and "-" read as spaces.
HEADER_KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("name", re.compile(r"(?:pelna )?nazwa(?: (?:klastra|inicjatywy|podmiotu))?|name|klaster")),
    ("alias", re.compile(r"skrot(?: nazwy)?|akronim|abbreviation|acronym")),
    ("town", re.compile(r"miejscowosc|siedziba(?: biura)?|miasto|lokalizacja|town|city|seat")),
    ("voivodeship", re.compile(r"wojewodztwo|woj|region")),
    ("members", re.compile(r"(?:l|liczba|lb) (?:czlonkow|czl)|czlonkowie|members?")),
    ("founded", re.compile(r"rok(?: (?:zal|zalozenia|powstania|utworzenia|zawiazania))?|founded")),
    ("legal", re.compile(r"forma(?: prawna)?|status prawny|legal form")),
    ("coordinator", re.compile(r"koordynator|podmiot koordynujacy|coordinator")),
    ("website", re.compile(r"www|strona(?: www| internetowa)?|url|website")),
    ("goals", re.compile(r"cele|cel|goals|aims")),
]


Cell = tuple[int, int, str]


@dataclass
class Record:
    """One line of an export: its span and the cells whose column names klastry knows."""

    start: int
    end: int
    fields: list[CardField]


def plain_header(cell: str) -> str:
    """ "l_członków" → "l czlonkow": how a column name is compared."""
    return re.sub(r"[\s_\-.]+", " ", fold(cell.lower())).strip()


def header_kind(cell: str) -> str | None:
    plain = plain_header(cell)
    for kind, pattern in HEADER_KINDS:
        if pattern.fullmatch(plain):
            return kind
    return None


def split_record(text: str, start: int, delimiter: str) -> tuple[list[Cell], int] | None:
    """The cells of the record that starts at `start` — (start, end, text) each, quotes
    removed and doubled quotes undone — and where the record ends. A quoted cell may hold
    line breaks ("Klaster Kaszarski\nZiemi Janowskiej"); None when a quote is left open or
    text follows a closing quote (not a record)."""
    cells: list[Cell] = []
    i = start
    while True:
        if text.startswith('"', i):
            j = i + 1
            while True:
                k = text.find('"', j)
                if k < 0:
                    return None
                if text.startswith('""', k):
                    j = k + 2
                    continue
                break
            cells.append((i + 1, k, text[i + 1 : k].replace('""', '"')))
            after = k + 1
            if after < len(text) and text[after] not in (delimiter, "\n", "\r"):
                return None
        else:
            line_end = text.find("\n", i)
            line_end = len(text) if line_end < 0 else line_end
            after = text.find(delimiter, i, line_end)
            after = line_end if after < 0 else after
            raw = text[i:after]
            lead = len(raw) - len(raw.lstrip())
            value = raw.strip()
            cells.append((i + lead, i + lead + len(value), value))
        if after >= len(text) or text[after] in "\n\r":
            return cells, after
        i = after + 1


def _header(line: Line) -> tuple[str, list[str | None]] | None:
    """(delimiter, the kind of each column) when the line is an export's header row."""
    for delimiter in DELIMITERS:
        if line.text.count(delimiter) < MIN_COLUMNS - 1 or '"' in line.text:
            continue
        cells = [c.strip() for c in line.text.split(delimiter)]
        if any(not c or len(c) > MAX_HEADER_CELL or len(c.split()) > 3 for c in cells):
            continue  # column names are short ("rok_zal", "Liczba członków"), not prose
        kinds = [header_kind(c) for c in cells]
        if "name" in kinds and sum(k is not None for k in kinds) >= 3:
            return delimiter, kinds
    return None


def find_records(doc: DocText) -> list[Record]:
    """Every record of every export in the document whose header names a name column and two
    more that klastry reads; a record ends the export where its cell count differs."""
    records: list[Record] = []
    lines = doc.lines
    i = 0
    while i < len(lines):
        found = _header(lines[i])
        if found is None:
            i += 1
            continue
        delimiter, kinds = found
        j = i + 1
        while j < len(lines):
            parsed = split_record(doc.text, lines[j].start, delimiter)
            if parsed is None or len(parsed[0]) != len(kinds):
                break
            cells, end = parsed
            fields = [
                CardField(kind, start, stop, " ".join(value.split()))
                for kind, (start, stop, value) in zip(kinds, cells, strict=True)
                if kind is not None and value
            ]
            records.append(Record(lines[j].start, end, fields))
            while j < len(lines) and lines[j].start <= end:  # a record may span lines
                j += 1
        i = j
    return records
