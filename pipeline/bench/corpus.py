"""Generated Polish report PDFs, clean and damaged, for the ingest tests and the benchmark.

Real regional reports cannot be committed, so the same kinds of PDF are made here with
reportlab (text with an ordinary embedded TrueType font with Polish glyphs) and damaged
afterwards with pikepdf the way real files are damaged:

* `strip_tounicode`: the fonts lose their /ToUnicode map, so pdfminer can only report glyph
  codes and pdfplumber yields `(cid:N)`;
* `fffd_tounicode`: the /ToUnicode map sends every Polish letter to U+FFFD (as broken
  exporters do);
* `scanned_pdf`: the page's text exists only as a picture (no text layer);
* `doubled_pdf`: every glyph is painted twice at a tiny offset (fake bold), so the text layer
  says "PPoollsskkaa".

reportlab, pikepdf and Pillow are development dependencies: import this module only from
tests and the benchmark.
"""

from __future__ import annotations

import io
import random
import re
from dataclasses import dataclass
from pathlib import Path

FONT_CANDIDATES: tuple[str, ...] = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/Library/Fonts/DejaVuSans.ttf",
)
FONT_NAME = "KlastrySans"
POLISH_LETTERS = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"

TOWNS = (
    "Rzeszów",
    "Łódź",
    "Kraków",
    "Gdańsk",
    "Białystok",
    "Zielona Góra",
    "Opole",
    "Kielce",
    "Toruń",
    "Lublin",
    "Olsztyn",
    "Szczecin",
    "Wrocław",
    "Poznań",
    "Katowice",
    "Płock",
)
BRANCHES = (
    "Lotniczy",
    "Drzewny",
    "Metalowy",
    "Spożywczy",
    "Medyczny",
    "Energetyczny",
    "Chemiczny",
    "Turystyczny",
    "Meblarski",
    "Informatyczny",
    "Budowlany",
    "Ekologiczny",
)
SENTENCES = (
    "Klaster {branch} w mieście {town} zrzesza {n} przedsiębiorstw i instytucji otoczenia "
    "biznesu, które współpracują przy wdrażaniu innowacji.",
    "Koordynatorem inicjatywy jest stowarzyszenie z siedzibą w mieście {town}, założone "
    "w roku {year}.",
    "Celem klastra jest zwiększenie konkurencyjności członków, rozwój kompetencji "
    "pracowników oraz wspólne pozyskiwanie środków z funduszy europejskich.",
    "Członkowie klastra prowadzą wspólne projekty badawczo-rozwojowe z uczelniami "
    "i jednostkami naukowymi województwa.",
    "Źródłem przewagi konkurencyjnej jest bliskość geograficzna podmiotów, zaufanie "
    "i łatwy przepływ wiedzy między firmami.",
    "W ankiecie przedstawiciele firm wskazali na potrzebę szkoleń, doradztwa oraz "
    "promocji zagranicznej swoich wyrobów.",
)


def find_font() -> Path | None:
    """A TrueType font with Polish glyphs: DejaVu Sans from the system or matplotlib."""
    for candidate in FONT_CANDIDATES:
        if Path(candidate).is_file():
            return Path(candidate)
    try:
        import matplotlib

        bundled = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
        if bundled.is_file():
            return bundled
    except ImportError:
        pass
    return None


def register_font() -> str:
    """Register the Polish TTF with reportlab once; raise if the machine has none."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT_NAME in pdfmetrics.getRegisteredFontNames():
        return FONT_NAME
    font = find_font()
    if font is None:
        raise RuntimeError("no DejaVuSans.ttf: install Debian's fonts-dejavu-core")
    pdfmetrics.registerFont(TTFont(FONT_NAME, str(font)))
    return FONT_NAME


def paragraph(rng: random.Random, sentences: int = 4) -> str:
    """A paragraph of report-like Polish prose."""
    out = []
    for _ in range(sentences):
        template = rng.choice(SENTENCES)
        out.append(
            template.format(
                branch=rng.choice(BRANCHES),
                town=rng.choice(TOWNS),
                n=rng.randint(12, 140),
                year=rng.randint(2005, 2020),
            )
        )
    return " ".join(out)


@dataclass
class ReportSpec:
    """What a generated report contains; the defaults make a one-column report."""

    pages: int = 3
    columns: int = 1
    header: str | None = "Raport o klastrach województwa – edycja 2024"
    page_numbers: bool = True
    table: bool = False
    seed: int = 0
    paragraphs_per_page: int = 3


def report_pdf(spec: ReportSpec) -> bytes:
    """A report drawn line by line (fast, exact layout) with running header and footer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = register_font()
    rng = random.Random(spec.seed)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    width, height = A4
    margin = 56.0
    gutter = 28.0
    column_width = (width - 2 * margin - (spec.columns - 1) * gutter) / spec.columns
    size = 10.0
    leading = 13.0
    for number in range(1, spec.pages + 1):
        pdf.setFont(font, 8)
        if spec.header:
            pdf.drawString(margin, height - 36, spec.header)
        if spec.page_numbers:
            pdf.drawCentredString(width / 2, 28, f"Strona {number}")
        pdf.setFont(font, size)
        top = height - 80
        if number == 1:
            pdf.setFont(font, 14)
            pdf.drawString(margin, top, f"Klaster {BRANCHES[spec.seed % len(BRANCHES)]} – raport")
            pdf.setFont(font, size)
            top -= 28
        bottom = 60.0
        if spec.table and number == 1:
            _draw_table(pdf, font, margin, 260.0)
            bottom = 280.0  # the text stays above the table
        for column in range(spec.columns):
            x = margin + column * (column_width + gutter)
            y = top
            text = "\n\n".join(paragraph(rng) for _ in range(spec.paragraphs_per_page))
            for line in _wrap(text, column_width, font, size):
                if y < bottom:
                    break
                if line:
                    pdf.drawString(x, y, line)
                y -= leading
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


TABLE_ROWS: tuple[tuple[str, str, str], ...] = (
    ("Klaster", "Miasto", "Członkowie"),
    ("Dolina Ceramiki", "Bolesławiec", "180"),
    ("Klaster Drzewny", "Białystok", "45"),
    ("Klaster Spożywczy", "Łódź", "32"),
)


def _draw_table(pdf, font: str, x: float, y_top: float) -> None:
    """A ruled table of TABLE_ROWS under `y_top`."""
    widths = (180.0, 120.0, 90.0)
    row_height = 18.0
    y = y_top
    total = sum(widths)
    pdf.setLineWidth(0.6)
    for row in TABLE_ROWS:
        pdf.line(x, y, x + total, y)
        cx = x
        for cell, w in zip(row, widths, strict=True):
            pdf.drawString(cx + 4, y - 13, cell)
            cx += w
        y -= row_height
    pdf.line(x, y, x + total, y)
    cx = x
    for w in (0.0, *widths):
        cx += w
        pdf.line(cx, y_top, cx, y)


def _wrap(text: str, width: float, font: str, size: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    for block in text.split("\n"):
        current = ""
        for word in block.split():
            trial = f"{current} {word}".strip()
            if stringWidth(trial, font, size) > width and current:
                lines.append(current)
                current = word
            else:
                current = trial
        lines.append(current)
    return lines


def doubled_pdf(text: str = "Polska gospodarka klastrów rośnie szybko.", pages: int = 1) -> bytes:
    """Every glyph painted twice, 0.3 pt apart (fake bold): the text layer doubles letters."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = register_font()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    for _ in range(pages):
        pdf.setFont(font, 12)
        x = 60.0
        from reportlab.pdfbase.pdfmetrics import stringWidth

        for ch in text:
            pdf.drawString(x, 700, ch)
            pdf.drawString(x + 0.3, 700, ch)
            x += stringWidth(ch, font, 12)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def scanned_pdf(
    text: str = "Skan strony raportu o klastrach", with_text_page: bool = False
) -> bytes:
    """A page whose words exist only as pixels (a scan); optionally a normal page first."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    font_path = find_font()
    image = Image.new("L", (1200, 300), 255)
    draw = ImageDraw.Draw(image)
    pil_font = ImageFont.truetype(str(font_path), 40) if font_path else ImageFont.load_default()
    draw.text((40, 120), text, fill=0, font=pil_font)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    if with_text_page:
        pdf.setFont(register_font(), 11)
        pdf.drawString(60, 760, "Klaster Lotniczy w Rzeszowie zrzesza 120 firm.")
        pdf.showPage()
    pdf.drawImage(ImageReader(image), 40, 500, width=515, height=129)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _fonts(pdf) -> list:
    """Every font dictionary of every page (reportlab shares them between pages)."""
    seen: dict[tuple[int, int], object] = {}
    for page in pdf.pages:
        resources = page.obj.get("/Resources")
        fonts = resources.get("/Font") if resources is not None else None
        if fonts is None:
            continue
        for key in fonts:
            font = fonts[key]
            seen[font.objgen] = font
    return list(seen.values())


def strip_tounicode(data: bytes) -> bytes:
    """Delete every font's /ToUnicode map: pdfplumber then prints glyphs as `(cid:N)`."""
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        for font in _fonts(pdf):
            if "/ToUnicode" in font:
                del font["/ToUnicode"]
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


_BFCHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


def fffd_tounicode(data: bytes, letters: str = POLISH_LETTERS) -> bytes:
    """Rewrite each /ToUnicode map so the codes of Polish letters map to U+FFFD."""
    import pikepdf

    targets = {f"{ord(ch):04X}".encode() for ch in letters}
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for font in _fonts(pdf):
            if "/ToUnicode" not in font:
                continue
            stream = font["/ToUnicode"]
            cmap = stream.read_bytes()

            def damage(match: re.Match[bytes]) -> bytes:
                if match.group(2).upper() in targets:
                    return b"<" + match.group(1) + b"> <FFFD>"
                return match.group(0)

            stream.write(_BFCHAR.sub(damage, cmap))
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def encrypted_pdf(data: bytes, user_password: str) -> bytes:
    """The PDF encrypted (AES-256); with user_password="" anyone may open it."""
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        out = io.BytesIO()
        pdf.save(out, encryption=pikepdf.Encryption(owner="owner-secret", user=user_password))
    return out.getvalue()


def page_bomb_pdf(pages: int = 20_000) -> bytes:
    """A small file declaring a huge number of pages: distinct page objects (pdfminer skips
    repeats of one object) that all share one tiny content stream."""
    import pikepdf

    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(200, 200))
    root_pages = pdf.Root.Pages
    template = pdf.pages[0].obj
    content = pdf.make_stream(b"")
    kids = [template]
    for _ in range(pages - 1):
        kids.append(
            pdf.make_indirect(
                pikepdf.Dictionary(
                    Type=pikepdf.Name.Page,
                    Parent=root_pages,
                    MediaBox=[0, 0, 200, 200],
                    Contents=content,
                )
            )
        )
    root_pages.Kids = pikepdf.Array(kids)
    root_pages.Count = pages
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def nested_bomb_pdf(depth: int = 100_000) -> bytes:
    """A one-page PDF whose page dictionary carries a deeply nested array."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    pdf.drawString(60, 760, "Klaster")
    pdf.showPage()
    pdf.save()
    data = buffer.getvalue()
    nested = b"[" * depth + b"]" * depth
    return data.replace(b"/Type /Page", b"/Type /Page /Deep " + nested, 1)


def zero_page_pdf() -> bytes:
    import pikepdf

    out = io.BytesIO()
    pikepdf.new().save(out)
    return out.getvalue()


def bench_corpus(folder: Path, pages: int = 200, pages_per_doc: int = 10) -> list[Path]:
    """`pages` pages of reports in `folder`: one- and two-column, some with a table, and one
    in five damaged (no /ToUnicode, or Polish letters as U+FFFD)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(max(1, pages // pages_per_doc)):
        spec = ReportSpec(pages=pages_per_doc, columns=1 + k % 2, table=k % 3 == 0, seed=k)
        data = report_pdf(spec)
        if k % 5 == 3:
            data = strip_tounicode(data)
        elif k % 5 == 4:
            data = fffd_tounicode(data)
        path = folder / f"raport_{k:03d}.pdf"
        path.write_bytes(data)
        paths.append(path)
    return paths
