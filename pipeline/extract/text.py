"""A document's repaired pages as one text, with lines, and offsets back to pages.

Extraction rules look across page breaks (a list may continue on the next page), but
evidence must point into one page's repaired text: `DocText.evidence` does that mapping.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise

from pipeline.schemas import Evidence, RepairedDocument

PAGE_JOIN = "\n\n"
# A page that stops inside a sentence ("… z siedzibą w" / "Bełchatowie, koordynatora …")
# goes on without the blank line that otherwise ends a paragraph at a page break.
CONTINUED_JOIN = " \n"
# a comma or a word no sentence or heading ends with; or a lower-case word going on
_ENDS_INSIDE_SENTENCE = re.compile(
    r"(?:,|(?<![^\W\d_])(?:w|we|z|ze|na|do|o|od|i|oraz|a|lub|albo|dla|przez|przy|po|pod|nad|"
    r"u|że|który|która|które|których|jako|jest|są|został|została|zostały))\Z"
)
_ENDS_IN_WORD = re.compile(r"[a-ząćęłńóśźż]\Z")
_LOWER_START = re.compile(r"\A[a-ząćęłńóśźż]")
_GOES_ON = re.compile(r"\A[^\W_]")


def _page_join(page: str, following: str) -> str:
    if (_ENDS_INSIDE_SENTENCE.search(page) and _GOES_ON.search(following)) or (
        _ENDS_IN_WORD.search(page) and _LOWER_START.search(following)
    ):
        return CONTINUED_JOIN
    return PAGE_JOIN


BULLET = re.compile(
    r"^[ \t]*(?:[•●▪■◦▸►▶→➔➜✓✔☐☑\-−–—*\ufffd\uf0b7\uf0a7]+[ \t]*(?:[-−–][ \t]+)?"
    r"|\d{1,2}[.)](?!\d)[ \t]*|[a-z][)][ \t]+)"
)
# A blank line: the end of a paragraph.
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# Three spaces between words on a line: the gap between two cells of a space-aligned table.
CELL_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
# "4.3.1. Klaster …": the numbering of a heading, not of a list item.
# "4.2.", "4.2.1", and with an annex's or part's letter "A8.2.", "B.3."
HEADING_NUMBER = re.compile(
    r"^[ \t]*(?:[A-Z]{1,2}\.?\d{1,2}(?:\.\d{1,2})*|\d{1,2}(?:\.\d{1,2})+)\.?[ \t]+"
    # "1 | Sądecki Klaster …": a leaflet's numbered box (one bar: not a table's row)
    r"|^[ \t]*\d{1,2}[ \t]*\|[ \t]+(?=[^|\n]*$)",
    re.MULTILINE,
)
# "Karta 4.1. Łódzki Klaster …", "Tabela 3 – Klaster …": a caption's label and number
CAPTION_LABEL = re.compile(
    r"^[ \t]*(?:karta|tabela|tab\.|ramka|rysunek|rys\.|wykres|załącznik(?:\s+nr)?)\s+"
    r"\d{1,2}(?:\.\d{1,2})*\.?(?:\s*[:–—-])?[ \t]+",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Line:
    index: int
    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @cached_property
    def bullet(self) -> re.Match[str] | None:
        match = BULLET.match(self.text)
        if match and match.end() < len(self.text.rstrip()):
            return match
        return None

    @property
    def content_start(self) -> int:
        """Offset of the text after any bullet or number and leading spaces."""
        if self.bullet:
            return self.start + self.bullet.end()
        return self.start + len(self.text) - len(self.text.lstrip())


class DocText:
    def __init__(self, doc: RepairedDocument) -> None:
        self.doc = doc
        self.page_numbers = [p.number for p in doc.pages]
        self.page_texts = [p.text for p in doc.pages]
        joins = [_page_join(a, b) for a, b in pairwise(self.page_texts)] + [""]
        starts = []
        pos = 0
        for text, join in zip(self.page_texts, joins, strict=True):
            starts.append(pos)
            pos += len(text) + len(join)
        self.page_starts = starts
        self.text = "".join(t + j for t, j in zip(self.page_texts, joins, strict=True))
        self.lines = self._split_lines()
        self.line_starts = [line.start for line in self.lines]

    def _split_lines(self) -> list[Line]:
        lines = []
        pos = 0
        for index, raw in enumerate(self.text.split("\n")):
            lines.append(Line(index=index, start=pos, end=pos + len(raw), text=raw))
            pos += len(raw) + 1
        return lines

    def line_at(self, offset: int) -> Line:
        return self.lines[max(0, bisect_right(self.line_starts, offset) - 1)]

    def lines_in(self, start: int, end: int) -> list[Line]:
        """The lines that begin within [start, end)."""
        return self.lines[bisect_left(self.line_starts, start) : bisect_left(self.line_starts, end)]

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for a span of the joined text, as offsets into one page's text."""
        k = max(0, bisect_right(self.page_starts, start) - 1)
        page_start = self.page_starts[k]
        page_text = self.page_texts[k]
        local_start = max(0, start - page_start)
        local_end = min(len(page_text), end - page_start)
        local_end = max(local_start, local_end)
        return Evidence(
            page=self.page_numbers[k],
            start=local_start,
            end=local_end,
            quote=page_text[local_start:local_end],
        )
