"""Plain text in UTF-8, cp1250 or ISO-8859-2, or lines of both UTF-8 and a Polish code page:
each case file line gives the lines, the encoding each is written in, and the encoding the
file must be read as; every line must come back exactly. Text exported with its layout is
read column by column (case files in `cases/ingest/columns`), Markdown for what it says."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CASES, read_jsonl

from pipeline.ingest.formats import decode_polish, read_text
from pipeline.ingest.layout import text_reading_order

CASES_FILE = CASES / "ingest" / "encodings.jsonl"


@pytest.mark.parametrize("case", read_jsonl(CASES_FILE), ids=lambda c: c["id"])
def test_each_line_is_read_in_its_encoding(case: dict) -> None:
    data = b"\r\n".join(text.encode(encoding) for text, encoding in case["lines"])
    text, encoding, clean = decode_polish(data)
    assert text.split("\r\n") == [line for line, _ in case["lines"]]
    assert encoding == case["encoding"]
    assert clean


COLUMN_CASES = sorted(
    p for p in (CASES / "ingest" / "columns").glob("*.txt") if not p.name.endswith(".expected.txt")
)


@pytest.mark.parametrize("path", COLUMN_CASES, ids=lambda p: p.stem)
def test_text_exported_with_its_layout_is_read_column_by_column(path: Path) -> None:
    """`pdftotext -layout` pages with two columns side by side are read left column, then
    right; a case without an `.expected.txt` (a table, one column) must come back as is."""
    page = path.read_text(encoding="utf-8")
    expected = path.with_name(path.stem + ".expected.txt")
    want = expected.read_text(encoding="utf-8") if expected.exists() else page
    assert text_reading_order(page) == want


def test_column_cases_include_both_kinds() -> None:
    expected = [p.with_name(p.stem + ".expected.txt").exists() for p in COLUMN_CASES]
    assert any(expected) and not all(expected)


MARKDOWN_CASES = sorted((CASES / "ingest" / "markdown").glob("*.md"))


@pytest.mark.parametrize("path", MARKDOWN_CASES, ids=lambda p: p.stem)
def test_markdown_is_read_for_what_it_says(path: Path) -> None:
    """A Markdown file (a data portal's README) is read without its markup: no "**" around
    labels, links as their text, tables as rows of cells; a text with a stray "#" heading
    but no markup (no `.expected.txt`) comes back as it is."""
    expected = path.with_suffix(".expected.txt")
    want = expected.read_text(encoding="utf-8") if expected.exists() else path.read_text("utf-8")
    assert read_text(path.read_bytes()).pages[0] == want


SUBTITLE_CASES = sorted((CASES / "ingest" / "subtitles").glob("*.txt"))


@pytest.mark.parametrize(
    "path",
    [p for p in SUBTITLE_CASES if not p.name.endswith(".expected.txt")],
    ids=lambda p: p.stem,
)
def test_subtitles_are_read_as_running_text(path: Path) -> None:
    """Subtitles (SRT) lose their cue numbers, timings, italics and sound captions; a
    sentence split over cues is one sentence and a speaker's label stands on its own line.
    A text with a time or two but no cues (no `.expected.txt`) comes back as it is."""
    expected = path.with_name(path.name.split(".")[0] + ".expected.txt")
    if expected.exists():
        want = expected.read_text(encoding="utf-8").rstrip("\n")
    else:
        want = path.read_text(encoding="utf-8")
    assert read_text(path.read_bytes()).pages[0] == want
