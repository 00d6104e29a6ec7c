"""PDF ingestion: reading order, running headers and footers, tables, scans, damaged layers.

Every PDF is generated here (see `pdf_factory` for how each damage is produced), read by
`ingest_file` exactly as a run reads it, and checked on the `Document` it becomes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_factory import cid, clean, doubled_pdf, encrypted_pdf, fffd, needs_font, scanned_pdf

from pipeline.ingest import ingest_file
from pipeline.ingest.layout import (
    Line,
    align_wrapped_cells,
    find_gutter,
    group_lines,
    reading_order,
)
from pipeline.ingest.quality import DAMAGED_BELOW, page_quality
from pipeline.schemas import Document

pytestmark = needs_font


def ingest_bytes(tmp_path: Path, name: str, data: bytes) -> Document:
    (tmp_path / name).write_bytes(data)
    return ingest_file(tmp_path / name, tmp_path)


def codes(doc: Document) -> set[str]:
    return {p.code for p in doc.problems}


def test_clean_report_pages_numbered_headers_and_footers_set_aside(tmp_path: Path) -> None:
    doc = ingest_bytes(tmp_path, "raport.pdf", clean(pages=3))
    assert doc.status == "ok" and doc.format == "pdf" and doc.quality == 1.0
    assert [p.number for p in doc.pages] == [1, 2, 3]
    for page in doc.pages:
        assert page.status == "ok"
        assert page.header == "Raport o klastrach województwa – edycja 2024"
        assert page.footer == f"Strona {page.number}"
        assert "Raport o klastrach" not in page.text and "Strona" not in page.text
    assert doc.pages[0].text.startswith("Klaster Lotniczy – raport")
    assert "przedsiębiorstw" in doc.pages[1].text


def test_two_columns_are_read_left_then_right(tmp_path: Path) -> None:
    doc = ingest_bytes(tmp_path, "kolumny.pdf", clean(pages=2, columns=2))
    for page in doc.pages:
        lines = [ln for ln in page.text.split("\n") if ln]
        # a column is 227 pt wide: no line may join text from both columns
        assert max(len(ln) for ln in lines) < 60, max(lines, key=len)
    import pdfplumber

    with pdfplumber.open(tmp_path / "kolumny.pdf") as pdf:
        naive = pdf.pages[1].extract_text()
    assert max(len(ln) for ln in naive.split("\n")) > 70  # pdfplumber alone interleaves them


def test_gutter_needs_two_real_columns() -> None:
    def line(top: float, *spans: tuple[float, float]) -> Line:
        words = [
            {"x0": a, "x1": b, "top": top, "bottom": top + 10, "text": "słowo"} for a, b in spans
        ]
        return Line(
            top, top + 10, spans[0][0], spans[-1][1], " ".join("słowo" for _ in spans), words
        )

    two = [line(20.0 * k, (50, 270), (320, 540)) for k in range(12)]
    assert find_gutter(two, 595) is not None
    ordered = reading_order(two, 595)
    assert [ln.x0 for ln in ordered] == [50] * 12 + [320] * 12
    # a list of short items (name, then a number far right) is no two-column page
    short = [line(20.0 * k, (50, 120), (500, 520)) for k in range(12)]
    assert find_gutter(short, 595) is None
    # a newsletter: a title and a full-width lead paragraph over the columns, a footer under
    # them (6 of 30 lines cross the gutter); the columns are still read one after the other
    lead = [line(20.0 * k, (50, 540)) for k in range(5)]
    columns = [line(130 + 20.0 * k, (50, 270), (320, 540)) for k in range(24)]
    footer = [line(640, (50, 540))]
    page = lead + columns + footer
    assert find_gutter(page, 595) is not None
    ordered = reading_order(page, 595)
    assert [ln.x0 for ln in ordered] == [50] * 5 + [50] * 24 + [320] * 24 + [50]


def test_tables_are_rows_of_cells(tmp_path: Path) -> None:
    doc = ingest_bytes(tmp_path, "tabela.pdf", clean(pages=1, table=True))
    text = doc.pages[0].text
    assert "Klaster | Miasto | Członkowie" in text
    assert "Dolina Ceramiki | Bolesławiec | 180" in text
    assert "Klaster Spożywczy | Łódź | 32" in text
    assert text.index("Członkowie\n") > text.index("Klaster Lotniczy")  # in page order


def test_missing_tounicode_gives_cid_and_a_low_quality(tmp_path: Path) -> None:
    doc = ingest_bytes(tmp_path, "cid.pdf", cid())
    page = doc.pages[0]
    assert "(cid:" in page.text
    assert page.status == "damaged" and page.quality < DAMAGED_BELOW
    assert "E013" in codes(doc) and doc.quality < DAMAGED_BELOW
    assert doc.status == "ok"  # the text is all there, the repair stage decodes it


def test_fffd_tounicode_gives_replacement_characters(tmp_path: Path) -> None:
    doc = ingest_bytes(tmp_path, "fffd.pdf", fffd())
    page = doc.pages[0]
    assert "\ufffd" in page.text and not any(ch in page.text for ch in "ąęłśżź")
    assert page.status == "damaged" and 0.8 < page.quality < DAMAGED_BELOW


def test_doubled_glyphs_lower_the_quality(tmp_path: Path) -> None:
    doc = ingest_bytes(tmp_path, "bold.pdf", doubled_pdf())
    assert "PPoollsskkaa" in doc.pages[0].text
    assert doc.pages[0].status == "damaged" and doc.pages[0].quality <= 0.6


def test_scanned_page_needs_ocr(tmp_path: Path) -> None:
    doc = ingest_bytes(tmp_path, "skan.pdf", scanned_pdf())
    assert doc.status == "failed" and doc.pages[0].status == "needs_ocr"
    assert doc.reason and doc.reason.startswith("[E006]") and "ocrmypdf" in doc.reason
    mixed = ingest_bytes(tmp_path, "mieszany.pdf", scanned_pdf(with_text_page=True))
    assert mixed.status == "partial"
    assert [p.status for p in mixed.pages] == ["ok", "needs_ocr"]
    assert [(p.code, p.page) for p in mixed.problems] == [("E006", 2)]


def test_pdf_with_empty_user_password_is_read(tmp_path: Path) -> None:
    doc = ingest_bytes(tmp_path, "zabezpieczony.pdf", encrypted_pdf(clean(pages=1), ""))
    assert doc.status == "ok" and "Klaster Lotniczy" in doc.pages[0].text


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("Klaster zrzesza przedsiębiorstwa z regionu.", False),
        ("Klaster zrzesza przedsi(cid:12)biorstwa z regionu.", True),
        ("Klaster zrzesza przedsi\ufffdbiorstwa z regionu.", True),  # 1 lost glyph in 38
        ("Wsp\ufffdlne dzia\ufffdania \ufffdl\ufffdskich firm.", True),
        ("KKllaasstteerr zrzesza firmy.", True),
        ("\ue000 Klaster zrzesza firmy z regionu, od lat współpracując z uczelniami.", False),
    ],
)
def test_quality_counts_lost_glyphs(text: str, low: bool) -> None:
    assert (page_quality(text) < DAMAGED_BELOW) is low
    assert page_quality("") == 0.0 and page_quality("1 2 3") == 1.0


def _word(text: str, x0: float, top: float) -> dict:
    """A word 5 pt per character wide, 10 pt high."""
    return {"text": text, "x0": x0, "x1": x0 + 5 * len(text), "top": top, "bottom": top + 10}


def test_a_table_without_rules_keeps_its_columns() -> None:
    """Cells are placed by their position (a wide gap becomes spaces up to the next cell's
    column), so the extraction reads the rows as a space-aligned table; a cell wrapped onto
    the next line keeps its column too."""
    rows = [
        [("Nazwa", 50), ("klastra", 80), ("Siedziba", 200), ("Liczba", 300)],
        [("Klaster", 50), ("Drzewny", 90), ("Skarżysko-", 200), ("27", 320)],
        [("Kamienna", 200)],
        [("Klaster", 50), ("Lotniczy", 90), ("Rzeszów", 200), ("130", 315)],
    ]
    words = [_word(text, x, 20.0 + 12 * k) for k, row in enumerate(rows) for text, x in row]
    lines = align_wrapped_cells(group_lines(words))
    texts = [line.text for line in lines]
    assert [
        t.index(town)
        for t, town in zip(texts, ["Siedziba", "Skarżysko-", "Kamienna", "Rzeszów"], strict=True)
    ] == [40] * 4
    assert texts[1].split() == ["Klaster", "Drzewny", "Skarżysko-", "27"]
    assert "Klaster Drzewny" in texts[1] and "Klaster Lotniczy" in texts[3]


def test_justified_lines_keep_single_spaces() -> None:
    """A narrow justified column stretches its gaps, but the words after them start
    anywhere: no table, one space between words."""
    lines_words = [
        [("Klaster", 50), ("skupia", 100), ("dziś", 145), ("firmy", 185)],
        [("z", 50), ("powiatu", 70), ("oraz", 123), ("szkoły", 160)],
        [("branżowe", 50), ("i", 106), ("dwie", 119), ("gminy.", 157)],
    ]
    words = [_word(t, x, 20.0 + 12 * k) for k, row in enumerate(lines_words) for t, x in row]
    texts = [line.text for line in align_wrapped_cells(group_lines(words))]
    assert texts == ["Klaster skupia dziś firmy", "z powiatu oraz szkoły", "branżowe i dwie gminy."]


def test_three_columns_are_read_one_after_another() -> None:
    def line(top: float, *spans: tuple[float, float]) -> Line:
        words = [
            {"x0": a, "x1": b, "top": top, "bottom": top + 10, "text": "słowo"} for a, b in spans
        ]
        return Line(top, top + 10, spans[0][0], spans[-1][1], "słowo", words)

    page = [line(20.0 * k, (40, 190), (220, 370), (400, 550)) for k in range(12)]
    ordered = reading_order(page, 595)
    assert [ln.x0 for ln in ordered] == [40] * 12 + [220] * 12 + [400] * 12
