"""PDF reader: pdfplumber page by page, in reading order, headers and footers set aside.

Each page keeps its number (evidence points at it). Words come from pdfplumber's word
finder; `layout` orders them (columns, tables); `running` sets aside running headers and
footers found across pages. Pages are read lazily and at most MAX_PAGES of them, so a file
that declares a million pages neither hangs nor fills the memory; a page that cannot be
parsed is recorded and the others are still read.
"""

from __future__ import annotations

import io
from functools import cache
from itertools import islice
from typing import Any

from pipeline.errors import Code, problem
from pipeline.ingest.layout import (
    Line,
    align_wrapped_cells,
    group_lines,
    join_lines,
    reading_order,
    table_line,
)
from pipeline.ingest.result import ReadError, ReadResult
from pipeline.ingest.running import split_running

MAX_PAGES = 1000  # regional reports run to a few hundred pages


def _open(data: bytes) -> Any:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        return pdfplumber.open(io.BytesIO(data), password="")
    except PDFPasswordIncorrect as exc:
        raise ReadError(Code.E005_PDF_ENCRYPTED) from exc
    except Exception as exc:
        name = type(exc).__name__
        cause = exc.__cause__ or exc.__context__
        if "Password" in name or (cause is not None and "Password" in type(cause).__name__):
            raise ReadError(Code.E005_PDF_ENCRYPTED) from exc
        raise ReadError(Code.E004_PDF_BROKEN, detail=f"{name}: {str(exc)[:120]}") from exc


def _declared_pages(pdf: Any) -> int | None:
    """The page count the file claims, read without walking the page tree."""
    from pdfminer.pdftypes import resolve1

    try:
        count = resolve1(resolve1(pdf.doc.catalog["Pages"]).get("Count"))
        return int(count) if count is not None else None
    except Exception:
        return None


@cache
def _lean_page() -> type:
    """pdfplumber's Page, with characters turned into dicts of only what words need.

    pdfplumber resolves every attribute of every glyph (graphic state, colour spaces,
    colours), which is about half of its time on a text page; the word finder reads only
    the position, size, font and text. Other objects (the lines and rectangles the table
    finder uses) are processed by pdfplumber as usual.
    """
    from pdfminer.layout import LTChar
    from pdfplumber.page import Page

    class LeanPage(Page):
        def process_object(self, obj: Any) -> dict[str, Any]:
            if type(obj) is not LTChar:
                return super().process_object(obj)
            mb_x0, mb_top = self.mediabox[:2]
            top = self.height - obj.y1 + mb_top
            fontname = obj.fontname
            if isinstance(fontname, bytes):
                fontname = fontname.decode("latin-1")
            return {
                "object_type": "char",
                "page_number": self.page_number,
                "text": obj.get_text(),
                "fontname": fontname,
                "size": obj.size,
                "adv": obj.adv,
                "upright": obj.upright,
                "matrix": obj.matrix,
                "x0": obj.x0 + mb_x0,
                "x1": obj.x1 + mb_x0,
                "y0": obj.y0,
                "y1": obj.y1,
                "width": obj.width,
                "height": obj.height,
                "top": top,
                "bottom": self.height - obj.y0 + mb_top,
                "doctop": self.initial_doctop + top,
            }

    return LeanPage


def _iter_pages(pdf: Any, limit: int) -> Any:
    """pdfplumber pages one at a time (pdfplumber's own `pages` walks the whole tree)."""
    from pdfminer.pdfpage import PDFPage

    page_class = _lean_page()
    doctop = 0.0
    for number, page_obj in enumerate(islice(PDFPage.create_pages(pdf.doc), limit), start=1):
        page = page_class(pdf, page_obj, page_number=number, initial_doctop=doctop)
        doctop += float(page.height)
        yield page


def _page_lines(page: Any) -> tuple[list[Line], bool]:
    """(lines in reading order, whether the page shows pictures) of one page."""
    words = page.extract_words(x_tolerance=2, y_tolerance=3)
    blocks: list[Line] = []
    if words and page.edges:  # ruled tables need ruling lines; skip the finder without any
        for table in page.find_tables():
            x0, top, x1, bottom = table.bbox
            blocks.append(table_line(table.extract(), table.bbox))
            words = [
                w
                for w in words
                if not (
                    w["x0"] >= x0 - 1
                    and w["x1"] <= x1 + 1
                    and w["top"] >= top - 1
                    and w["bottom"] <= bottom + 1
                )
            ]
    lines = align_wrapped_cells(reading_order(group_lines(words) + blocks, float(page.width)))
    return lines, bool(page.images)


def read_pdf(data: bytes) -> ReadResult:
    """Pages of text, with running headers and footers and scanned pages noted."""
    pdf = _open(data)
    try:
        declared = _declared_pages(pdf)
        problems = []
        read: list[tuple[int, list[Line], float, bool]] = []
        try:
            for page in _iter_pages(pdf, MAX_PAGES):
                try:
                    lines, images = _page_lines(page)
                except Exception as exc:  # one broken content stream: keep the other pages
                    detail = f"page {page.page_number}: {type(exc).__name__}"
                    problems.append(
                        problem(Code.E004_PDF_BROKEN, page=page.page_number, detail=detail)
                    )
                    lines, images = [], False
                read.append((page.page_number, lines, float(page.height), images))
                page.close()
        except ReadError:
            raise
        except Exception as exc:
            if not read:
                name = type(exc).__name__
                raise ReadError(Code.E004_PDF_BROKEN, detail=f"{name}: {str(exc)[:120]}") from exc
            problems.append(
                problem(
                    Code.E004_PDF_BROKEN,
                    detail=f"stopped after page {len(read)}: {type(exc).__name__}",
                )
            )
    finally:
        pdf.close()
    if not read:
        raise ReadError(Code.E004_PDF_BROKEN, detail="the PDF has no pages")
    if len(read) >= MAX_PAGES and (declared is None or declared > MAX_PAGES):
        problems.append(
            problem(
                Code.E007_TOO_LARGE,
                detail=f"{declared if declared else 'more than ' + str(MAX_PAGES)} pages; only the "
                f"first {MAX_PAGES} were read",
            )
        )
    split = split_running([(lines, height) for _, lines, height, _ in read])
    result = ReadResult(pages=[], encoding=None, problems=problems)
    for (number, _, _, images), (header, body, footer) in zip(read, split, strict=True):
        result.pages.append(join_lines(body))
        result.headers.append("\n".join(ln.text for ln in header) or None)
        result.footers.append("\n".join(ln.text for ln in footer) or None)
        if images and not body:
            result.image_only.add(number)
    return result
