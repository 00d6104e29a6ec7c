"""PDF fixtures for the ingest tests, made on the fly (never committed as binaries).

The generators live in `pipeline.bench.corpus` so the benchmark builds the same kinds of
file; this module names the fixtures the tests use and how each damage is produced:

* clean: reportlab draws Polish text with DejaVu Sans embedded (a TrueType subset with a
  /ToUnicode map), running header "Raport o klastrach…" and footer "Strona N";
* two-column: the same, two 227 pt columns with a 28 pt gutter;
* table: a ruled 3×4 table drawn with lines (pdfplumber's table finder sees the rules);
* cid: pikepdf deletes every font's /ToUnicode, so pdfminer can only print `(cid:N)`
  for the glyphs outside ASCII;
* fffd: pikepdf rewrites the /ToUnicode CMap so the codes of Polish letters map to U+FFFD;
* doubled: every glyph painted twice 0.3 pt apart (fake bold) → "PPoollsskkaa";
* scanned: the text is only pixels of an embedded image, no text layer at all.
"""

from __future__ import annotations

import pytest

from pipeline.bench import corpus
from pipeline.bench.corpus import (
    ReportSpec,
    doubled_pdf,
    encrypted_pdf,
    fffd_tounicode,
    nested_bomb_pdf,
    page_bomb_pdf,
    report_pdf,
    scanned_pdf,
    strip_tounicode,
    zero_page_pdf,
)

needs_font = pytest.mark.skipif(
    corpus.find_font() is None,
    reason="no DejaVuSans.ttf (install Debian's fonts-dejavu-core or matplotlib)",
)


def clean(pages: int = 3, columns: int = 1, table: bool = False, seed: int = 0) -> bytes:
    return report_pdf(ReportSpec(pages=pages, columns=columns, table=table, seed=seed))


def cid(pages: int = 2) -> bytes:
    return strip_tounicode(clean(pages))


def fffd(pages: int = 2) -> bytes:
    return fffd_tounicode(clean(pages))


__all__ = [
    "cid",
    "clean",
    "doubled_pdf",
    "encrypted_pdf",
    "fffd",
    "needs_font",
    "nested_bomb_pdf",
    "page_bomb_pdf",
    "scanned_pdf",
    "zero_page_pdf",
]
