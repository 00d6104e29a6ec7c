"""DOCX reading: Word's list numbers and bullets, which live outside the paragraph text, are
put back in front of each item; tables come as rows of " | " cells. The documents are built
here with python-docx, as Word writes them: list styles ("List Number", "List Bullet") that
point at the numbering definitions."""

from __future__ import annotations

import io

import docx

from pipeline.ingest.formats import read_docx


def _lines(document: docx.document.Document) -> list[str]:
    buffer = io.BytesIO()
    document.save(buffer)
    return read_docx(buffer.getvalue()).pages[0].split("\n")


def test_numbered_and_bulleted_lists_get_their_marks() -> None:
    document = docx.Document()
    document.add_paragraph("Celami Klastra są:")
    for goal in ("wspólne zakupy energii;", "promocja regionu;", "kształcenie kadr."):
        document.add_paragraph(goal, style="List Number")
    document.add_paragraph("Członek zobowiązuje się do:")
    for duty in ("udziału w spotkaniach,", "opłacania składki."):
        document.add_paragraph(duty, style="List Bullet")
    assert _lines(document) == [
        "Celami Klastra są:",
        "1. wspólne zakupy energii;",
        "2. promocja regionu;",
        "3. kształcenie kadr.",
        "Członek zobowiązuje się do:",
        "• udziału w spotkaniach,",
        "• opłacania składki.",
    ]


def test_plain_paragraphs_and_tables_get_no_marks() -> None:
    document = docx.Document()
    document.add_paragraph("1. Dane podstawowe")  # a number typed in the text stays as it is
    document.add_paragraph("Klaster zrzesza 31 członków.")
    document.add_paragraph("", style="List Number")  # an empty item draws nothing
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate([("Nazwa klastra", "Klaster Wodorowy"), ("Koordynator", "Fundacja X")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    assert _lines(document) == [
        "1. Dane podstawowe",
        "Klaster zrzesza 31 członków.",
        "",
        "Nazwa klastra | Klaster Wodorowy",
        "Koordynator | Fundacja X",
    ]


def test_line_breaks_inside_a_paragraph_are_kept() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Rozdział II")
    paragraph.add_run().add_break()
    paragraph.add_run("Cele i sposoby ich realizacji")
    assert _lines(document) == ["Rozdział II", "Cele i sposoby ich realizacji"]


def test_paragraphs_of_one_cell_stay_apart_on_the_row_line() -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    cells = [
        ("Liczba członków", ["ogółem: 26", "w tym: przedsiębiorstwa: 21"]),
        ("Nazwa klastra", ["Klaster Śliwki", "(KŚ)"]),
        ("Koordynator", ["Spółdzielnia „Sad”,", "ul. Rynek 12, 28-225 Szydłów"]),
    ]
    for r, (label, paragraphs) in enumerate(cells):
        table.cell(r, 0).text = label
        cell = table.cell(r, 1)
        cell.text = paragraphs[0]
        for more in paragraphs[1:]:
            cell.add_paragraph(more)
    assert _lines(document) == [
        "Liczba członków | ogółem: 26; w tym: przedsiębiorstwa: 21",
        "Nazwa klastra | Klaster Śliwki (KŚ)",
        "Koordynator | Spółdzielnia „Sad”, ul. Rynek 12, 28-225 Szydłów",
    ]
