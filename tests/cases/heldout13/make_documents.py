# ruff: noqa: E501  (the documents' text is kept in long literal lines)
"""Build the eight documents of heldout13 (PDF and DOCX) from the text below.

Run from the repository root:

    python tests/cases/heldout13/make_documents.py

The output is deterministic: reportlab runs in invariant mode (no dates or random
document ids), and the DOCX packages get fixed core properties and fixed zip
timestamps. All clusters, people, organisations, addresses, numbers and websites
are invented. Fonts: DejaVu Sans / Liberation Serif / Liberation Sans (TrueType,
embedded as subsets), looked up under /usr/share/fonts, with matplotlib's copy of
DejaVu as a fallback.
"""

from __future__ import annotations

import datetime as _dt
import io
import os
import sys
import unicodedata
import zipfile
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.graphics.charts.barcharts import VerticalBarChart  # noqa: E402
from reportlab.graphics.shapes import Drawing, String  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

OUT = Path(__file__).resolve().parent

# --------------------------------------------------------------------------- fonts

_FONT_DIRS = [
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/truetype/liberation",
    "/usr/share/fonts/liberation",
]


def _find_font(file_name: str) -> str:
    for d in _FONT_DIRS:
        p = os.path.join(d, file_name)
        if os.path.exists(p):
            return p
    try:  # matplotlib ships DejaVu Sans / Serif
        import matplotlib  # type: ignore

        p = os.path.join(
            os.path.dirname(matplotlib.__file__), "mpl-data", "fonts", "ttf", file_name
        )
        if os.path.exists(p):
            return p
    except ImportError:
        pass
    raise SystemExit(f"font {file_name} not found; install fonts-dejavu / fonts-liberation")


def _register(family: str, regular: str, bold: str, italic: str, bold_italic: str) -> None:
    pdfmetrics.registerFont(TTFont(family, _find_font(regular)))
    pdfmetrics.registerFont(TTFont(family + "-Bold", _find_font(bold)))
    pdfmetrics.registerFont(TTFont(family + "-Italic", _find_font(italic)))
    pdfmetrics.registerFont(TTFont(family + "-BoldItalic", _find_font(bold_italic)))
    pdfmetrics.registerFontFamily(
        family,
        normal=family,
        bold=family + "-Bold",
        italic=family + "-Italic",
        boldItalic=family + "-BoldItalic",
    )


_register(
    "DejaVuSans",
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique.ttf",
)
_register(
    "DejaVuSerif",
    "DejaVuSerif.ttf",
    "DejaVuSerif-Bold.ttf",
    "DejaVuSerif-Italic.ttf",
    "DejaVuSerif-BoldItalic.ttf",
)
try:
    _register(
        "LiberationSans",
        "LiberationSans-Regular.ttf",
        "LiberationSans-Bold.ttf",
        "LiberationSans-Italic.ttf",
        "LiberationSans-BoldItalic.ttf",
    )
    SANS2 = "LiberationSans"
    _register(
        "LiberationSerif",
        "LiberationSerif-Regular.ttf",
        "LiberationSerif-Bold.ttf",
        "LiberationSerif-Italic.ttf",
        "LiberationSerif-BoldItalic.ttf",
    )
    SERIF2, SERIF2_SIZE = "LiberationSerif", 11.5
except SystemExit:  # fall back to DejaVu when Liberation is missing
    SANS2 = "DejaVuSans"
    SERIF2, SERIF2_SIZE = "DejaVuSerif", 9.6


def style(
    name: str, font: str = "DejaVuSans", size: float = 10, leading: float | None = None, **kw
) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.3, **kw)


def set_meta(c, title: str, author: str, subject: str = "") -> None:
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator("heldout13/make_documents.py")


# =========================================================================== u01
# Voivodeship report section: running header, "Strona N z M" footer, one-column
# introduction, two-column profiles, a cluster card table that runs over a page break.

U01_HEADER = "Raport o stanie klastrów w województwie łódzkim – edycja 2024"
U01_FIRST_PAGE = 37  # the section starts on page 37 of the whole report
U01_TOTAL = 88


def _u01_page(canvas, doc):
    w, h = A4
    canvas.saveState()
    canvas.setFont("DejaVuSans", 8)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.drawString(2 * cm, h - 1.3 * cm, U01_HEADER)
    canvas.drawRightString(w - 2 * cm, h - 1.3 * cm, "Rozdział 4. Profile inicjatyw klastrowych")
    canvas.setStrokeColor(colors.HexColor("#1f5f8b"))
    canvas.setLineWidth(0.8)
    canvas.line(2 * cm, h - 1.45 * cm, w - 2 * cm, h - 1.45 * cm)
    canvas.line(2 * cm, 1.55 * cm, w - 2 * cm, 1.55 * cm)
    canvas.drawString(
        2 * cm,
        1.1 * cm,
        "Urząd Marszałkowski Województwa Łódzkiego · Departament Polityki Regionalnej",
    )
    canvas.drawRightString(
        w - 2 * cm, 1.1 * cm, f"Strona {U01_FIRST_PAGE - 1 + doc.page} z {U01_TOTAL}"
    )
    canvas.restoreState()


def build_u01() -> Path:
    path = OUT / "u01_raport_klastry_lodzkie.pdf"
    w, h = A4
    left, right, top, bottom = 2 * cm, 2 * cm, 2.1 * cm, 2.0 * cm
    fw, fh = w - left - right, h - top - bottom
    gap = 0.8 * cm
    cw = (fw - gap) / 2
    one = PageTemplate("one", [Frame(left, bottom, fw, fh, id="full")], onPage=_u01_page)
    two = PageTemplate(
        "two",
        [Frame(left, bottom, cw, fh, id="c1"), Frame(left + cw + gap, bottom, cw, fh, id="c2")],
        onPage=_u01_page,
    )
    doc = BaseDocTemplate(
        str(path),
        pagesize=A4,
        pageTemplates=[one, two],
        title="Raport o stanie klastrów w województwie łódzkim 2024 – rozdział 4",
        author="Departament Polityki Regionalnej UMWŁ",
        creator="heldout13/make_documents.py",
        invariant=1,
    )
    h1 = style("h1", "DejaVuSans-Bold", 15, 19, spaceAfter=8, textColor=colors.HexColor("#1f5f8b"))
    h2 = style(
        "h2",
        "DejaVuSans-Bold",
        12,
        15,
        spaceBefore=6,
        spaceAfter=5,
        textColor=colors.HexColor("#1f5f8b"),
    )
    h3 = style("h3", "DejaVuSans-Bold", 10, 13, spaceBefore=6, spaceAfter=3)
    body = style("body", "DejaVuSans", 9.5, 13, alignment=TA_JUSTIFY, spaceAfter=5)
    col = style("col", "DejaVuSans", 9, 12.2, alignment=TA_JUSTIFY, spaceAfter=4)
    bullet = style("bullet", "DejaVuSans", 9, 12.2, leftIndent=10, firstLineIndent=-8, spaceAfter=1)
    small = style("small", "DejaVuSans-Italic", 8, 10, spaceAfter=6)
    cell = style("cell", "DejaVuSans", 8.5, 11)
    cellb = style("cellb", "DejaVuSans-Bold", 8.5, 11)

    s = []
    s.append(Paragraph("4. Profile inicjatyw klastrowych", h1))
    s.append(Paragraph("4.1. Wprowadzenie", h2))
    s.append(
        Paragraph(
            "Według stanu na 31 grudnia 2023 r. w województwie łódzkim działało 14 inicjatyw klastrowych, które "
            "łącznie skupiały ok. 640 podmiotów, w tym ok. 470 przedsiębiorstw, 38 jednostek naukowych i uczelni "
            "oraz 57 jednostek samorządu terytorialnego. W porównaniu z poprzednią edycją raportu (2021) liczba "
            "inicjatyw wzrosła o dwie, a łączna liczba ich członków – o 11%. Dane zebrano w badaniu ankietowym "
            "CAWI prowadzonym od 4 marca do 19 kwietnia 2024 r.; kwestionariusz wypełniło 12 z 14 koordynatorów.",
            body,
        )
    )
    s.append(
        Paragraph(
            "W rozdziale przedstawiono profile trzech klastrów, które w regionalnym systemie monitoringu (RSM) "
            "uzyskały w 2023 r. co najmniej 80 pkt na 100 możliwych, oraz kartę klastra – laureata konkursu "
            "marszałka województwa „Lider Współpracy 2023”. Profile opracowano na podstawie ankiet, sprawozdań "
            "koordynatorów oraz wywiadów przeprowadzonych w biurach klastrów.",
            body,
        )
    )
    s.append(Spacer(1, 4))
    s.append(
        Paragraph(
            "<b>Tabela 4.1.</b> Inicjatywy klastrowe w województwie łódzkim według sektorów (stan na 31.12.2023 r.)",
            style("cap", "DejaVuSans", 8.5, 11, spaceAfter=3),
        )
    )
    rows = [
        ["Sektor", "Liczba inicjatyw", "Liczba członków", "w tym przedsiębiorstwa"],
        ["Tekstylia i moda", "3", "132", "101"],
        ["Energetyka", "4", "98", "51"],
        ["Meble i drzewnictwo", "2", "44", "36"],
        ["Ceramika i materiały budowlane", "2", "49", "38"],
        ["ICT i usługi biznesowe", "2", "251", "196"],
        ["Logistyka", "1", "66", "48"],
        ["Razem", "14", "640", "470"],
    ]
    t = Table(rows, colWidths=[6.4 * cm, 3.2 * cm, 3.2 * cm, 4.2 * cm])
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "DejaVuSans", 8.5),
                ("FONT", (0, 0), (-1, 0), "DejaVuSans-Bold", 8.5),
                ("FONT", (0, -1), (-1, -1), "DejaVuSans-Bold", 8.5),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce9f2")),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7a9bb3")),
                ("ALIGN", (1, 0), (-1, -1), "CENTER"),
            ]
        )
    )
    s.append(t)
    s.append(Paragraph("Źródło: opracowanie własne na podstawie danych RSM.", small))
    s.append(
        Paragraph(
            "Największą grupę stanowią klastry energii, które powstawały w regionie od 2017 r. w odpowiedzi na "
            "konkurs certyfikacyjny ministra właściwego do spraw energii. Przeciętna inicjatywa zrzesza 46 członków, "
            "jednak mediana wynosi zaledwie 24, co wskazuje na dużą rozpiętość wielkości klastrów: obok dwóch "
            "dużych klastrów ICT działają inicjatywy liczące kilkanaście podmiotów. Aż 9 z 14 inicjatyw działa "
            "wyłącznie na podstawie umów cywilnoprawnych, bez osobowości prawnej; trzy mają formę stowarzyszenia, "
            "a dwie – spółki z ograniczoną odpowiedzialnością.",
            body,
        )
    )
    s.append(
        Paragraph(
            "Koordynatorzy najczęściej wskazywali jako bariery rozwoju rosnące koszty energii (9 wskazań), "
            "trudności w pozyskaniu wykwalifikowanych pracowników (7) oraz brak stabilnego finansowania biur "
            "klastrów (6). Tylko cztery inicjatywy zatrudniają co najmniej jedną osobę w pełnym wymiarze czasu "
            "pracy na potrzeby koordynacji.",
            body,
        )
    )
    # ---- two-column profiles
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())
    s.append(Paragraph("4.2. Profile wybranych klastrów", h2))
    s.append(Paragraph("Zduńskowolski Klaster Energii", h3))
    s.append(
        Paragraph(
            "Zduńskowolski Klaster Energii (ZKE) powstał na mocy porozumienia cywilnoprawnego zawartego "
            "14 listopada 2017 r. przez dziewięciu sygnatariuszy. W 2019 r. uzyskał certyfikat pilotażowego "
            "klastra energii. Koordynatorem klastra jest spółka komunalna Zduńskowolskie Ciepło sp. z o.o. "
            "z siedzibą w Zduńskiej Woli, przy której działa biuro ZKE.",
            col,
        )
    )
    s.append(
        Paragraph(
            "Obecnie klaster skupia 11 przedsiębiorstw, 3 gminy (gminę miejską Zduńska Wola, gminę wiejską "
            "Zduńska Wola i gminę Szadek), 2 spółdzielnie mieszkaniowe oraz Szpital Powiatowy w Zduńskiej Woli. "
            "Instalacje członków mają łączną moc 38,4 MW, z czego 12,6 MW przypada na fotowoltaikę; w 2023 r. "
            "wyprodukowały 61 GWh energii elektrycznej.",
            col,
        )
    )
    s.append(
        Paragraph(
            "Celem klastra jest zbilansowanie lokalnego zapotrzebowania na energię elektryczną i ciepło w 60% "
            "ze źródeł odnawialnych do 2030 r. W latach 2024–2026 ZKE planuje budowę magazynu energii "
            "o pojemności 8 MWh (koszt ok. 14 mln zł).",
            col,
        )
    )
    s.append(
        Paragraph(
            "W 2023 r. do porozumienia przystąpiła gmina Szadek, a klaster przeprowadził 4 audyty energetyczne "
            "budynków szkół i uruchomił wspólny zakup energii dla 6 członków. Według koordynatora wspólny "
            "przetarg obniżył koszt energii o ok. 0,3 mln zł rocznie. Biuro ZKE zatrudnia dwie osoby "
            "i finansowane jest ze składek członków (łącznie 96 tys. zł w 2023 r.).",
            col,
        )
    )
    s.append(Paragraph("Klaster Meblarski Doliny Pilicy", h3))
    s.append(
        Paragraph(
            "Klaster Meblarski Doliny Pilicy – do 2021 r. działający pod nazwą Tomaszowski Klaster Drzewny – "
            "funkcjonuje od 2013 r. na podstawie porozumienia o współpracy. Koordynatorem jest Fundacja Rozwoju "
            "Przedsiębiorczości Ziemi Tomaszowskiej z siedzibą w Piotrkowie Trybunalskim, natomiast biuro klastra "
            "mieści się w Tomaszowie Mazowieckim, w budynku dawnej fabryki sztucznego jedwabiu.",
            col,
        )
    )
    s.append(
        Paragraph(
            "Na koniec 2023 r. klaster liczył 19 członków, w tym 15 producentów mebli i komponentów meblowych, "
            "z których cztery mają zakłady w Opocznie i Przysusze. Firmy członkowskie zatrudniają łącznie ponad "
            "2 100 osób. Przyjęta w 2022 r. strategia zakłada zwiększenie liczby członków do 30 w 2027 r.",
            col,
        )
    )
    s.append(Paragraph("Do najważniejszych celów klastra należą:", col))
    for g in [
        "wspólne zakupy płyt meblowych, okuć i tkanin obiciowych,",
        "rozwój wzornictwa i marki „Meble znad Pilicy”,",
        "kształcenie tapicerów i stolarzy we współpracy ze szkołami branżowymi.",
    ]:
        s.append(Paragraph("•&nbsp;" + g, bullet))
    s.append(
        Paragraph(
            "W 2023 r. klaster zorganizował wspólne stoisko 8 firm na targach meblowych w Kolonii, a w Tomaszowie "
            "Mazowieckim – dwie edycje Dni Otwartych Fabryk, które odwiedziło ok. 1 500 uczniów. Wspólny zakup "
            "płyt wiórowych dla 11 członków pozwolił uzyskać rabat w wysokości 7%. Więcej informacji: "
            "www.meblepilica.pl.",
            col,
        )
    )
    s.append(Paragraph("Opoczyński Klaster Ceramiki i Kamienia", h3))
    s.append(
        Paragraph(
            "Opoczyński Klaster Ceramiki i Kamienia (OKCiK) zawiązano w 2016 r. umową konsorcjum, której liderem "
            "– a zarazem koordynatorem klastra – jest Opoczyńska Izba Gospodarcza. Klaster z Opoczna skupia "
            "blisko 25 podmiotów: producentów płytek, zakłady kamieniarskie, firmy transportowe oraz Branżową "
            "Szkołę I Stopnia nr 2 w Opocznie.",
            col,
        )
    )
    s.append(
        Paragraph(
            "Członkowie wytwarzają rocznie ok. 14 mln m² płytek ceramicznych, a udział eksportu w ich sprzedaży "
            "sięga 35%. W 2023 r. pięć firm z klastra wspólnie uczestniczyło w targach branżowych w Bolonii, "
            "a dwie wdrożyły odzysk ciepła z pieców tunelowych.",
            col,
        )
    )
    s.append(
        Paragraph(
            "Klaster przygotowuje wspólny projekt badawczy dotyczący płytek wielkoformatowych o grubości 6 mm "
            "(budżet ok. 9 mln zł), do którego zgłosiło się 7 członków. Koordynator prowadzi także punkt "
            "doradztwa energetycznego dla firm z powiatów opoczyńskiego i tomaszowskiego; w 2023 r. udzielił "
            "54 porad. Klaster nie prowadzi własnej strony internetowej – informacje o jego działalności "
            "publikuje Izba.",
            col,
        )
    )
    s.append(Paragraph("Wspólne wyzwania", h3))
    s.append(
        Paragraph(
            "We wszystkich trzech klastrach koordynatorzy podkreślali znaczenie wspólnych zakupów energii "
            "i surowców. W wywiadach wskazywano, że udział kosztów energii w kosztach ogółem wzrósł w firmach "
            "członkowskich z 8% w 2021 r. do 17% w 2023 r., a w zakładach ceramicznych nawet do 31%. Klastry "
            "oczekują od samorządu województwa wsparcia w przygotowaniu wspólnych instalacji OZE oraz "
            "dalszego finansowania działań biur klastrów w perspektywie 2021–2027.",
            col,
        )
    )
    s.append(
        Paragraph(
            "Drugim wspólnym wyzwaniem jest kadra. Łącznie trzy opisane klastry zgłosiły zapotrzebowanie na "
            "ok. 380 pracowników o kwalifikacjach technicznych w latach 2024–2026; największe potrzeby dotyczą "
            "operatorów maszyn CNC, tapicerów i automatyków. Koordynatorzy proponują utworzenie regionalnego "
            "programu staży, finansowanego wspólnie przez firmy i samorząd.",
            col,
        )
    )
    s.append(
        Paragraph(
            "Trzecim obszarem jest internacjonalizacja. Firmy członkowskie klastrów eksportują przeciętnie 29% "
            "produkcji, głównie do Niemiec, Czech i krajów skandynawskich. Wspólne stoiska na targach "
            "zagranicznych organizowano w 2023 r. w Kolonii, Bolonii i Sztokholmie; łącznie skorzystało z nich "
            "17 przedsiębiorstw. Koordynatorzy zgodnie oceniają, że bez wsparcia publicznego udział małych firm "
            "w takich wyjazdach byłby niemożliwy.",
            col,
        )
    )
    # ---- single column again: the card
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())
    s.append(Paragraph("4.3. Karta klastra – laureat konkursu „Lider Współpracy 2023”", h2))
    s.append(
        Paragraph(
            "Tytuł „Lider Współpracy 2023” kapituła konkursu przyznała Łódzkiemu Klastrowi Tekstyliów Technicznych "
            "za projekt wspólnego laboratorium badań odzieży ochronnej, z którego w pierwszym roku działania "
            "skorzystało 23 członków. Nagroda wynosi 50 000 zł i jest przeznaczona na działania promocyjne "
            "klastra. Kapituła, w której zasiadało 7 osób, oceniała 6 zgłoszeń w czterech kryteriach: "
            "intensywność współpracy członków, udział firm z sektora MŚP, działania badawczo-rozwojowe "
            "oraz aktywność międzynarodową.",
            body,
        )
    )
    s.append(
        Paragraph(
            "Laureat uzyskał najwyższą liczbę punktów w kryterium działań badawczo-rozwojowych (24 na 25 pkt). "
            "Kapituła zwróciła uwagę na wspólne projekty z uczelniami, w tym na opracowanie nowej generacji "
            "dzianin antybakteryjnych, które w 2023 r. wdrożyły do produkcji trzy firmy członkowskie. "
            "Wyróżniono także działania klastra na rzecz kształcenia kadr – w latach 2021–2023 staże w firmach "
            "członkowskich odbyło 146 studentów i uczniów szkół branżowych.",
            body,
        )
    )
    s.append(
        Paragraph(
            "Poniższą kartę przygotowano na podstawie informacji przekazanych przez zarząd klastra w kwietniu "
            "2024 r. Dane o zatrudnieniu i przychodach pochodzą z ankiety RSM i nie były weryfikowane.",
            body,
        )
    )
    s.append(
        Paragraph(
            "<b>Tabela 4.2.</b> Wyniki konkursu „Lider Współpracy 2023” (kolejność według liczby punktów)",
            style("cap3", "DejaVuSans", 8.5, 11, spaceAfter=3),
        )
    )
    res = [
        ["Miejsce", "Zgłoszenie", "Punkty (maks. 100)"],
        ["1", "Łódzki Klaster Tekstyliów Technicznych", "91"],
        ["2", "Zduńskowolski Klaster Energii", "84"],
        ["3", "Klaster Meblarski Doliny Pilicy", "80"],
        ["4–6", "trzy pozostałe zgłoszenia (dane niepublikowane)", "52–71"],
    ]
    rt = Table(res, colWidths=[2.2 * cm, 10.5 * cm, 4.3 * cm])
    rt.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "DejaVuSans", 8.5),
                ("FONT", (0, 0), (-1, 0), "DejaVuSans-Bold", 8.5),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7a9bb3")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce9f2")),
                ("ALIGN", (2, 0), (2, -1), "CENTER"),
            ]
        )
    )
    s.append(rt)
    s.append(Paragraph("Źródło: protokół kapituły konkursu z 12 grudnia 2023 r.", small))
    s.append(
        Paragraph(
            "Warto podkreślić, że wszystkie trzy nagrodzone klastry działały wcześniej na podstawie umów "
            "cywilnoprawnych, a dwa z nich nadal mają taką formę. Laureat jako jedyny przekształcił się "
            "w stowarzyszenie, co – zdaniem kapituły – ułatwiło mu samodzielne ubieganie się o środki "
            "publiczne i zatrudnienie stałego personelu biura (obecnie 4 osoby).",
            body,
        )
    )
    s.append(
        Paragraph(
            "<b>Karta 4.1.</b> Łódzki Klaster Tekstyliów Technicznych",
            style("cap2", "DejaVuSans", 8.5, 11, spaceAfter=3),
        )
    )
    card = [
        ["Pole", "Opis"],
        ["Nazwa klastra", "Łódzki Klaster Tekstyliów Technicznych"],
        ["Skrót", "ŁKTT"],
        ["Pełna nazwa prawna", "Stowarzyszenie „Łódzki Klaster Tekstyliów Technicznych”"],
        ["Adres biura", "ul. Tkacka 12, 90-157 Łódź"],
        ["Forma prawna", "stowarzyszenie (KRS 0000765432, wpis z 11.09.2018 r.)"],
        ["Początek działalności", "2014 r. – porozumienie o współpracy zawarte przez 12 firm"],
        ["Koordynator", "klastrem zarządza zarząd stowarzyszenia (brak odrębnego koordynatora)"],
        [
            "Liczba członków (31.12.2023)",
            "58: 44 przedsiębiorstwa, 6 jednostek naukowych, 8 instytucji otoczenia biznesu",
        ],
        [
            "Lokalizacja członków",
            "Łódź, Pabianice, Zgierz, Konstantynów Łódzki, Aleksandrów Łódzki, Bełchatów",
        ],
        ["Zatrudnienie w firmach członkowskich", "ok. 3 900 osób"],
        ["Przychody firm członkowskich (2023)", "1,1 mld zł"],
        ["Specjalizacja", "tekstylia techniczne i medyczne, odzież ochronna, włókniny filtracyjne"],
        [
            "Cele klastra",
            "1) rozwój wspólnej infrastruktury badawczej dla tekstyliów technicznych i medycznych;<br/>"
            "2) komercjalizacja wyników prac B+R członków;<br/>"
            "3) kształcenie technologów włókiennictwa we współpracy z uczelniami;<br/>"
            "4) promocja łódzkich tekstyliów technicznych na rynkach zagranicznych",
        ],
        ["Strona internetowa", "www.lktt.org.pl"],
    ]
    card_rows = [[Paragraph(a, cellb), Paragraph(b, cell)] for a, b in card]
    ct = Table(card_rows, colWidths=[5.2 * cm, fw - 5.2 * cm], repeatRows=1)
    ct.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f5f8b")),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#eef4f8")),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7a9bb3")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    s.append(ct)
    s.append(Paragraph("Źródło: zarząd ŁKTT, ankieta RSM 2024.", small))
    s.append(Paragraph("4.4. Wnioski", h2))
    s.append(
        Paragraph(
            "Cztery opisane klastry skupiają łącznie ponad 115 podmiotów, czyli blisko jedną piątą członków "
            "wszystkich inicjatyw klastrowych w regionie. Wspólną cechą najlepiej ocenianych klastrów jest "
            "stabilny koordynator oraz jasno określone cele, zapisane w porozumieniu lub statucie. W kolejnej "
            "edycji raportu (2026) planuje się rozszerzenie badania o ocenę efektów współpracy, w tym liczby "
            "wspólnych projektów i wdrożeń.",
            body,
        )
    )
    s.append(
        Paragraph(
            "Rekomenduje się, aby w nowym naborze w ramach programu regionalnego premiować projekty "
            "realizowane przez co najmniej trzech członków klastra oraz projekty łączące klastry z różnych "
            "sektorów, np. tekstylia techniczne z energetyką (izolacje, filtry) lub meblarstwo z ceramiką.",
            body,
        )
    )
    doc.build(s)
    return path


# =========================================================================== u02
# Grant ranking list: a real reportlab table, landscape, footnotes under the table.


def _u02_page(canvas, doc):
    w, h = landscape(A4)
    canvas.saveState()
    canvas.setFont("DejaVuSans", 7.5)
    canvas.drawRightString(
        w - 1.5 * cm,
        h - 1.0 * cm,
        "Załącznik nr 1 do Uchwały nr 498/2024 Zarządu Województwa Zachodniopomorskiego z dnia 9 kwietnia 2024 r.",
    )
    canvas.drawCentredString(w / 2, 0.8 * cm, f"{doc.page}")
    canvas.restoreState()


def build_u02() -> Path:
    path = OUT / "u02_lista_rankingowa_zachodniopomorskie.pdf"
    ps = landscape(A4)
    w, h = ps
    m = 1.5 * cm
    fw, fh = w - 2 * m, h - 2 * m - 0.6 * cm
    doc = BaseDocTemplate(
        str(path),
        pagesize=ps,
        pageTemplates=[PageTemplate("p", [Frame(m, m, fw, fh, id="f")], onPage=_u02_page)],
        title="Lista rankingowa – nabór FEPZ.01.09-IZ.00-002/23",
        author="Urząd Marszałkowski Województwa Zachodniopomorskiego",
        creator="heldout13/make_documents.py",
        invariant=1,
    )
    title = style("t", "DejaVuSans-Bold", 12, 15, alignment=TA_CENTER, spaceAfter=4)
    sub = style("sub", "DejaVuSans", 9.5, 12.5, alignment=TA_CENTER, spaceAfter=8)
    body = style("b", "DejaVuSans", 9, 12, spaceAfter=4)
    sec = style("sec", "DejaVuSans-Bold", 9.5, 12, spaceBefore=6, spaceAfter=4)
    cell = style("c", "DejaVuSans", 8.5, 10.8)
    cellr = style("cr", "DejaVuSans", 8.5, 10.8, alignment=TA_RIGHT)
    head = style("h", "DejaVuSans-Bold", 8.5, 10.8, alignment=TA_CENTER)
    foot = style("fn", "DejaVuSans", 7.8, 10, spaceAfter=2)

    s = [
        Paragraph(
            "LISTA RANKINGOWA PROJEKTÓW OCENIONYCH W RAMACH NABORU NR FEPZ.01.09-IZ.00-002/23",
            title,
        ),
        Paragraph(
            "Program Fundusze Europejskie dla Pomorza Zachodniego 2021–2027, Priorytet 1, Działanie 1.9 "
            "„Wsparcie rozwoju klastrów i ich internacjonalizacji”",
            sub,
        ),
        Paragraph(
            "Alokacja na nabór: 14 000 000,00 zł. Termin naboru: 2–30 listopada 2023 r. Wpłynęło 11 wniosków, "
            "z których 8 oceniono pozytywnie (minimum 30 pkt na 50 możliwych), a 3 negatywnie. Maksymalny "
            "poziom dofinansowania wynosi 85% wydatków kwalifikowalnych. Projekty uszeregowano według liczby "
            "uzyskanych punktów.",
            body,
        ),
    ]

    def table(rows):
        data = [
            [
                Paragraph(x, head)
                for x in [
                    "Lp.",
                    "Wnioskodawca",
                    "Tytuł projektu",
                    "Kwota dofinansowania (zł)",
                    "Punkty",
                ]
            ]
        ]
        for r in rows:
            if r[0] == "":
                data.append(
                    [
                        Paragraph("", cell),
                        Paragraph("<b>Razem</b>", cell),
                        Paragraph("", cell),
                        Paragraph(f"<b>{r[3]}</b>", cellr),
                        Paragraph("", cell),
                    ]
                )
            else:
                data.append(
                    [
                        Paragraph(r[0], cell),
                        Paragraph(r[1], cell),
                        Paragraph(r[2], cell),
                        Paragraph(r[3], cellr),
                        Paragraph(r[4], cellr),
                    ]
                )
        t = Table(data, colWidths=[1.1 * cm, 9.3 * cm, 10.0 * cm, 3.6 * cm, 2.0 * cm], repeatRows=1)
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return t

    s.append(Paragraph("A. Projekty wybrane do dofinansowania", sec))
    s.append(
        table(
            [
                [
                    "1.",
                    "Szczecińskie Centrum Przemysłów Kreatywnych sp. z o.o., Szczecin – koordynator Klastra Gier "
                    "i Mediów Interaktywnych „PixelPort”<super>1</super>",
                    "PixelPort Go Global – udział 14 studiów członkowskich w targach gamescom i Game Developers "
                    "Conference w latach 2024–2026",
                    "1 984 250,00",
                    "48,5",
                ],
                [
                    "2.",
                    "Stowarzyszenie „Klaster Drzewny Pojezierza Drawskiego”, ul. Kolejowa 4, 78-500 Drawsko "
                    "Pomorskie<super>2</super>",
                    "Wspólne laboratorium badań płyt drewnopochodnych i drewna klejonego dla członków klastra",
                    "2 412 700,00",
                    "47,0",
                ],
                [
                    "3.",
                    "Miejskie Wodociągi i Ciepłownictwo Kołobrzeg sp. z o.o. (lider Klastra Energii Ziemi "
                    "Kołobrzeskiej), ul. Solna 9, 78-100 Kołobrzeg",
                    "Magazyn ciepła o pojemności 4 MWh i system zarządzania energią w 6 obiektach członków klastra",
                    "3 150 000,00",
                    "45,5",
                ],
                [
                    "4.",
                    "Stolarnia Parsęta sp. z o.o., Szczecinek",
                    "Wdrożenie zrobotyzowanej linii lakierniczej we współpracy z Klastrem Drzewnym Pojezierza "
                    "Drawskiego",
                    "1 120 000,00",
                    "44,0",
                ],
                [
                    "5.",
                    "Pomorska Zachodnia Izba Eksporterów, Szczecin",
                    "Misja gospodarcza do Norwegii i Danii dla 20 MŚP z województwa zachodniopomorskiego",
                    "640 500,00",
                    "41,5",
                ],
                [
                    "6.",
                    "Fundacja Rozwoju Żeglugi Promowej, Świnoujście – koordynator Świnoujskiego Klastra "
                    "Logistyki Promowej",
                    "Cyfrowa platforma rezerwacji przestrzeni ładunkowej na promach dla firm klastra",
                    "2 870 400,00",
                    "40,0",
                ],
                ["", "", "", "12 177 850,00", ""],
            ]
        )
    )
    s.append(
        Paragraph(
            "B. Projekty ocenione pozytywnie, niewybrane do dofinansowania z powodu wyczerpania alokacji "
            "(lista rezerwowa)",
            sec,
        )
    )
    s.append(
        table(
            [
                [
                    "7.",
                    "Centrum Innowacji Morskich sp. z o.o., Police",
                    "Centrum testowania autonomicznych jednostek pływających na Zalewie Szczecińskim",
                    "1 870 000,00",
                    "38,5",
                ],
                [
                    "8.",
                    "Gmina Barlinek",
                    "Inkubator przedsiębiorczości drzewnej – przebudowa hali przy ul. Fabrycznej",
                    "1 455 000,00",
                    "35,0",
                ],
                ["", "", "", "3 325 000,00", ""],
            ]
        )
    )
    s.append(Spacer(1, 8))
    s.append(
        Paragraph(
            "<super>1</super> Klaster Gier i Mediów Interaktywnych „PixelPort” działa od 2019 r. na podstawie umowy "
            "o współpracy; skupia 27 przedsiębiorstw z branży gier i mediów oraz 2 uczelnie. Biuro klastra mieści "
            "się w Szczecinie. Wnioskodawca pełni funkcję koordynatora klastra od 2021 r.",
            foot,
        )
    )
    s.append(
        Paragraph(
            "<super>2</super> Stowarzyszenie wpisane do KRS w 2020 r.; klaster działał wcześniej, od 2016 r., na "
            "podstawie porozumienia. Według wniosku liczy 36 członków, z których 8 ma siedzibę poza województwem "
            "zachodniopomorskim.",
            foot,
        )
    )
    s.append(
        Paragraph(
            "Kwoty podano w złotych. Punkty – suma punktów przyznanych przez Komisję Oceny Projektów (maks. 50 pkt). "
            "Od rozstrzygnięcia przysługuje protest w terminie 14 dni od dnia doręczenia informacji o wynikach oceny.",
            foot,
        )
    )
    s.append(Spacer(1, 10))
    s.append(
        Paragraph(
            "Sporządził: Wydział Wdrażania Działań Innowacyjnych UMWZ · Zatwierdził: Dyrektor Wydziału",
            style("sig", "DejaVuSans-Italic", 8, 10, alignment=TA_RIGHT),
        )
    )
    doc.build(s)
    return path


# =========================================================================== DOCX helpers

_FIXED_DT = _dt.datetime(2024, 4, 8, 9, 0, 0)


def _save_docx(document, path: Path, title: str, author: str) -> None:
    cp = document.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = _FIXED_DT
    cp.modified = _FIXED_DT
    cp.last_printed = _FIXED_DT
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    buf = io.BytesIO()
    document.save(buf)
    buf.seek(0)
    # rewrite the package with fixed timestamps so the file is byte-for-byte reproducible
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2024, 4, 8, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(item.filename))


# =========================================================================== u03
# DOCX: declaration of accession to a cluster + attachment describing it.


def build_u03() -> Path:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    path = OUT / "u03_deklaracja_przystapienia_klaster_wodorowy.docx"
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10.5)

    def p(text, bold=False, align=None, size=None):
        para = d.add_paragraph()
        run = para.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if align:
            para.alignment = align
        return para

    p("ODRA-CHEM KOMPONENTY sp. z o.o.", bold=True)
    p("ul. Opolska 88, 47-300 Krapkowice")
    p("KRS 0000198765 · NIP 199-001-23-45 · tel. 77 466 21 00")
    p("Krapkowice, 8 kwietnia 2024 r.", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p("")
    for line in [
        "Centrum Technologii Wodorowych „H2 Odra” sp. z o.o.",
        "Koordynator Klastra Wodorowego Doliny Odry",
        "ul. Szkolna 15",
        "47-220 Kędzierzyn-Koźle",
    ]:
        para = p(line, bold=line.startswith("Centrum"))
        para.paragraph_format.left_indent = Pt(260)
        para.paragraph_format.space_after = Pt(0)
    d.add_heading("DEKLARACJA PRZYSTĄPIENIA DO KLASTRA WODOROWEGO DOLINY ODRY", level=1)
    p(
        "Działając w imieniu spółki Odra-Chem Komponenty sp. z o.o. z siedzibą w Krapkowicach, niniejszym "
        "deklaruję wolę przystąpienia Spółki do Klastra Wodorowego Doliny Odry (KWDO) na zasadach określonych "
        "w umowie klastrowej z dnia 22 czerwca 2021 r. oraz w Regulaminie Klastra."
    )
    p("Oświadczam, że:")
    for item in [
        "zapoznałem się z treścią umowy klastrowej i Regulaminu Klastra i akceptuję ich postanowienia;",
        "Spółka zobowiązuje się do opłacania rocznej składki członkowskiej w wysokości 2 400 zł netto;",
        "Spółka wskazuje jako osobę do kontaktu Panią Martę Wiśniewską, kierownika ds. rozwoju "
        "(tel. 77 466 21 09, m.wisniewska@odrachem.pl);",
        "Spółka wyraża zgodę na umieszczenie jej nazwy i logo na stronie internetowej Klastra.",
    ]:
        para = d.add_paragraph(style="List Bullet")
        para.add_run(item)
    d.add_heading("Informacja o Wnioskodawcy", level=2)
    p(
        "Odra-Chem Komponenty sp. z o.o. działa od 1994 r. i zatrudnia 186 pracowników. Produkujemy zbiorniki "
        "ciśnieniowe i armaturę dla przemysłu chemicznego; 41% sprzedaży trafia na eksport, głównie do Niemiec "
        "i Czech. Od 2017 r. jesteśmy członkiem Krapkowickiego Klastra Obróbki Metali, koordynowanego przez "
        "Stowarzyszenie Przedsiębiorców Ziemi Krapkowickiej z siedzibą w Krapkowicach, w którym współtworzymy "
        "program staży dla uczniów szkół technicznych. Przystąpienie do KWDO pozwoli nam rozwinąć produkcję "
        "zbiorników na wodór o ciśnieniu roboczym do 700 bar i nawiązać współpracę z jednostkami naukowymi "
        "zrzeszonymi w Klastrze."
    )
    p("")
    p("Prezes Zarządu", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p("Tomasz Gawlik", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p(
        "(dokument podpisany kwalifikowanym podpisem elektronicznym)",
        align=WD_ALIGN_PARAGRAPH.RIGHT,
        size=8,
    )
    p("Załączniki: 1. Informacja o Klastrze; 2. Odpis z KRS Wnioskodawcy.", size=9)

    d.add_page_break()
    d.add_heading("Załącznik nr 1 do deklaracji – Informacja o Klastrze", level=1)
    p(
        "(przygotowana przez Koordynatora Klastra dla podmiotów zainteresowanych przystąpieniem)",
        size=9,
    )
    d.add_heading("1. Dane podstawowe", level=2)
    rows = [
        ("Nazwa klastra", "Klaster Wodorowy Doliny Odry (KWDO)"),
        ("Koordynator", "Centrum Technologii Wodorowych „H2 Odra” sp. z o.o."),
        ("Biuro klastra", "ul. Szkolna 15, 47-220 Kędzierzyn-Koźle"),
        (
            "Podstawa działania",
            "umowa klastrowa z dnia 22 czerwca 2021 r. (poprzedzona listem intencyjnym 9 podmiotów "
            "z 30 września 2020 r.)",
        ),
        (
            "Liczba członków (stan na 31 marca 2024 r.)",
            "31, w tym 24 przedsiębiorstwa, 3 jednostki naukowe i 4 jednostki samorządu terytorialnego",
        ),
        ("Planowana liczba członków po zakończeniu bieżącego naboru", "35"),
        ("Zatrudnienie w przedsiębiorstwach członkowskich", "ok. 5 300 osób"),
        ("Strona internetowa", "https://kwdo.pl"),
    ]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in rows:
        r = t.add_row().cells
        r[0].text = a
        r[1].text = b
        r[0].paragraphs[0].runs[0].bold = True
    d.add_heading("2. Cele Klastra", level=2)
    p("Zgodnie z § 3 umowy klastrowej celami Klastra są:")
    for g in [
        "budowa regionalnego łańcucha wartości wodoru – od produkcji przez magazynowanie po wykorzystanie "
        "w transporcie i przemyśle;",
        "wspólne przygotowywanie i realizacja projektów badawczo-rozwojowych członków;",
        "rozwój kompetencji kadr w zakresie technologii wodorowych, w tym we współpracy ze szkołami zawodowymi "
        "powiatu kędzierzyńsko-kozielskiego;",
        "promocja Kędzierzyna-Koźla i regionu jako centrum gospodarki wodorowej;",
        "reprezentowanie interesów członków wobec administracji publicznej.",
    ]:
        para = d.add_paragraph(style="List Number")
        para.add_run(g)
    d.add_heading("3. Obowiązki członka", level=2)
    p("Członek Klastra zobowiązany jest w szczególności do:")
    for o in [
        "a) aktywnego udziału w co najmniej dwóch spotkaniach członków w roku;",
        "b) terminowego opłacania składki członkowskiej (2 400 zł rocznie dla przedsiębiorstw, 600 zł dla "
        "jednostek naukowych);",
        "c) przekazywania Koordynatorowi danych do rocznego sprawozdania (zatrudnienie, przychody, liczba "
        "zgłoszeń patentowych).",
    ]:
        para = p(o)
        para.paragraph_format.left_indent = Pt(18)
    d.add_heading("4. Struktura członków", level=2)
    t2 = d.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    hdr = t2.rows[0].cells
    for i, x in enumerate(["Typ podmiotu", "Liczba", "Przykłady"]):
        hdr[i].text = x
        hdr[i].paragraphs[0].runs[0].bold = True
    for a, b, c in [
        ("Przedsiębiorstwa", "24", "producenci chemii, firmy transportowe, dostawcy energii"),
        ("Jednostki naukowe", "3", "instytut badawczy, dwie uczelnie techniczne"),
        (
            "Jednostki samorządu terytorialnego",
            "4",
            "gminy Kędzierzyn-Koźle, Krapkowice, Zdzieszowice, Strzelce Opolskie",
        ),
        ("Razem", "31", ""),
    ]:
        r = t2.add_row().cells
        r[0].text, r[1].text, r[2].text = a, b, c
    p("")
    p(
        "Deklaracje przystąpienia rozpatruje Rada Klastra na najbliższym posiedzeniu (kolejne posiedzenie: "
        "16 maja 2024 r.). O przyjęciu nowego członka Koordynator informuje pisemnie w terminie 14 dni.",
        size=9,
    )
    _save_docx(
        d,
        path,
        "Deklaracja przystąpienia do Klastra Wodorowego Doliny Odry",
        "Odra-Chem Komponenty",
    )
    return path


# =========================================================================== u04
# Newsletter of a regional development agency: masthead, boxed news items in two columns.


def _u04_first(canvas, doc):
    w, h = A4
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#6b2f5b"))
    canvas.rect(0, h - 3.2 * cm, w, 3.2 * cm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont(SANS2 + "-Bold", 26)
    canvas.drawString(1.5 * cm, h - 1.9 * cm, "LUBUSKI BIULETYN ROZWOJU")
    canvas.setFont(SANS2, 9.5)
    canvas.drawString(
        1.5 * cm,
        h - 2.7 * cm,
        "Lubuska Agencja Rozwoju Gospodarczego sp. z o.o. · nr 2 (38) · czerwiec 2024 · egzemplarz bezpłatny",
    )
    _u04_footer(canvas, doc)
    canvas.restoreState()


def _u04_later(canvas, doc):
    w, h = A4
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#6b2f5b"))
    canvas.setFont(SANS2 + "-Bold", 8.5)
    canvas.drawString(
        1.5 * cm, h - 1.1 * cm, "LUBUSKI BIULETYN ROZWOJU · nr 2 (38) · czerwiec 2024"
    )
    canvas.setStrokeColor(colors.HexColor("#6b2f5b"))
    canvas.line(1.5 * cm, h - 1.3 * cm, w - 1.5 * cm, h - 1.3 * cm)
    _u04_footer(canvas, doc)
    canvas.restoreState()


def _u04_footer(canvas, doc):
    w, _ = A4
    canvas.setFillColor(colors.HexColor("#444444"))
    canvas.setFont(SANS2, 7.5)
    canvas.drawString(
        1.5 * cm,
        0.9 * cm,
        "Lubuska Agencja Rozwoju Gospodarczego sp. z o.o., ul. Bohaterów Westerplatte 9, 65-034 Zielona Góra · www.larg.com.pl",
    )
    canvas.drawRightString(w - 1.5 * cm, 0.9 * cm, f"str. {doc.page}")


def build_u04() -> Path:
    path = OUT / "u04_newsletter_agencji_lubuskie.pdf"
    w, h = A4
    m = 1.5 * cm
    fw = w - 2 * m
    gap = 0.6 * cm
    cw = (fw - gap) / 2
    bottom = 1.5 * cm
    lead_h = 5.0 * cm
    top1 = h - 3.6 * cm
    col_h1 = top1 - lead_h - bottom - 0.3 * cm
    first = PageTemplate(
        "first",
        [
            Frame(m, top1 - lead_h, fw, lead_h, id="lead"),
            Frame(m, bottom, cw, col_h1, id="a1"),
            Frame(m + cw + gap, bottom, cw, col_h1, id="a2"),
        ],
        onPage=_u04_first,
    )
    col_h = h - 1.6 * cm - bottom
    later = PageTemplate(
        "later",
        [Frame(m, bottom, cw, col_h, id="b1"), Frame(m + cw + gap, bottom, cw, col_h, id="b2")],
        onPage=_u04_later,
    )
    doc = BaseDocTemplate(
        str(path),
        pagesize=A4,
        pageTemplates=[first, later],
        title="Lubuski Biuletyn Rozwoju nr 2 (38) 2024",
        author="Lubuska Agencja Rozwoju Gospodarczego",
        creator="heldout13/make_documents.py",
        invariant=1,
    )
    kicker = style("k", SANS2 + "-Bold", 7.5, 9, textColor=colors.HexColor("#6b2f5b"))
    head = style("hd", SANS2 + "-Bold", 12.5, 15, spaceAfter=2)
    body = style("bd", SANS2, 9, 12, alignment=TA_JUSTIFY)
    quote = style("q", SANS2 + "-Italic", 9, 12, alignment=TA_JUSTIFY)
    lst = style("l", SANS2, 9, 12, leftIndent=9, firstLineIndent=-8)

    def box(kick, title, paras, bg="#f6eef4", width=cw):
        rows = [[Paragraph(kick, kicker)], [Paragraph(title, head)]]
        for ptxt, st in paras:
            rows.append([Paragraph(ptxt, st)])
        t = Table(rows, colWidths=[width])
        t.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#6b2f5b")),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
                    ("LEFTPADDING", (0, 0), (-1, -1), 7),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return [t, Spacer(1, 9)]

    s = []
    s += box(
        "OD REDAKCJI",
        "Pół roku pracy Agencji",
        [
            (
                "Oddajemy w Państwa ręce 38. numer biuletynu. W pierwszym półroczu Agencja udzieliła 57 pożyczek "
                "na łączną kwotę 4,6 mln zł, a do Lubuskiego Inkubatora Przedsiębiorczości przyjęliśmy 12 nowych "
                "firm. W tym numerze piszemy przede wszystkim o współpracy – o winiarzach, przetwórcach tworzyw "
                "i logistykach, którzy postanowili działać razem, a także o nowym superkomputerze dostępnym dla "
                "lubuskich firm. Zachęcamy też do lektury kalendarium wydarzeń na jesień.",
                body,
            ),
            ("Redakcja", style("sig", SANS2 + "-Italic", 8.5, 11, alignment=TA_RIGHT)),
        ],
        bg="#ffffff",
        width=fw,
    )
    s.append(FrameBreak())
    s += box(
        "ENOTURYSTYKA",
        "Winiarze grają do jednej bramki",
        [
            (
                "Jesienią ruszy wspólna kampania „Lubuskie – wino z charakterem”. Jej organizatorem jest Klaster "
                "Enoturystyczny Winnic Zielonogórskich (KEWZ), który od 2015 r. łączy winnice, hotele, restauracje "
                "i biura podróży. Dziś KEWZ skupia ponad 40 podmiotów z całego województwa, a jego koordynatorem "
                "jest Zielonogórska Izba Winiarsko-Turystyczna z siedzibą w Zielonej Górze.",
                body,
            ),
            (
                "– Chcemy wydłużyć sezon enoturystyczny poza wrzesień, stworzyć wspólny znak jakości lubuskiego "
                "wina i przyciągnąć turystów z Niemiec – wylicza prezes Izby Aleksandra Borowiak.",
                quote,
            ),
            (
                "W ubiegłorocznym Winobraniu uczestniczyło 38 winnic, a szlak odwiedziło ok. 120 tys. osób. "
                "Łączna powierzchnia winnic należących do członków KEWZ to ok. 250 ha. Kampanię współfinansuje "
                "samorząd województwa kwotą 380 tys. zł.",
                body,
            ),
        ],
    )
    s += box(
        "PRZEMYSŁ",
        "PlastNet z trzema nowymi członkami",
        [
            (
                "Gorzowski Klaster Tworzyw Sztucznych PlastNet przyjął w maju trzy firmy z Kostrzyna nad Odrą "
                "i Skwierzyny. Klaster z Gorzowa Wlkp. liczy teraz 25 przedsiębiorstw, które zatrudniają łącznie "
                "ok. 1 650 osób.",
                body,
            ),
            (
                "PlastNet działa od 2016 r. jako spółka z o.o. założona przez dziewięciu przetwórców – spółka sama "
                "prowadzi sprawy klastra, bez zewnętrznego koordynatora. W planach na 2025 r. jest wspólna hala "
                "recyklingu regranulatu o wydajności 6 tys. ton rocznie. Więcej: www.plastnet.com.pl.",
                body,
            ),
        ],
    )
    s += box(
        "WSPÓŁPRACA TRANSGRANICZNA",
        "Logistyka bez granic",
        [
            (
                "Ponad 80 uczestników z Polski i Niemiec wzięło udział w II Forum Logistyki Przygranicznej "
                "w Słubicach. Gospodarzem był Klaster Logistyki Przygranicznej (KLP), koordynowany przez Fundację "
                "Most nad Odrą z siedzibą w Słubicach.",
                body,
            ),
            (
                "KLP zrzesza ok. 15 firm spedycyjnych, przewoźników i operatorów magazynów; od 2022 r. współpracuje "
                "z niemieckim stowarzyszeniem przewoźników Logistikverband Oder-Spree e.V. z Frankfurtu nad Odrą. "
                "Kolejne forum odbędzie się w 2025 r. we Frankfurcie.",
                body,
            ),
        ],
    )
    s += box(
        "NOWE TECHNOLOGIE",
        "Superkomputer w Nowej Soli",
        [
            (
                "Park Naukowo-Technologiczny „Odra-Tech” w Nowej Soli uruchomił klaster obliczeniowy o mocy "
                "1,2 PFLOPS, złożony z 64 węzłów z procesorami graficznymi. Z mocy obliczeniowej klastra mogą "
                "bezpłatnie korzystać lubuskie firmy z sektora MŚP – pierwsze 10 projektów otrzyma po 2 000 godzin "
                "obliczeniowych. Wnioski można składać do 30 września.",
                body,
            ),
        ],
    )
    s += box(
        "Z REGIONU",
        "Browarnicy trzymają się razem",
        [
            (
                "Sześć rzemieślniczych browarów z Międzyrzecza i okolic nazywa siebie żartobliwie „Klastrem Piwnym "
                "Ziemi Międzyrzeckiej”.",
                body,
            ),
            (
                "– Nie mamy umowy ani koordynatora, po prostu razem kupujemy słód i jeździmy na festiwale – śmieje "
                "się Damian Kulesza z browaru Obra. W tym roku browary wspólnie uwarzyły 4 tys. litrów piwa "
                "na Dni Międzyrzecza.",
                quote,
            ),
        ],
    )
    s += box(
        "ROZMOWA NUMERU",
        "„Klastrom potrzebna jest stabilność”",
        [
            (
                "Rozmowa z Piotrem Nowickim, prezesem Lubuskiej Agencji Rozwoju Gospodarczego.",
                quote,
            ),
            ("<b>Ile klastrów wspiera dziś Agencja?</b>", body),
            (
                "Współpracujemy z pięcioma z dziewięciu lubuskich inicjatyw klastrowych. Najbardziej aktywni są "
                "winiarze z KEWZ – w ubiegłym roku zorganizowali 26 wydarzeń – oraz PlastNet, z którym "
                "przygotowujemy wspólny wniosek o dofinansowanie laboratorium badań tworzyw. Dla KEWZ "
                "prowadzimy też szkolenia z obsługi turystów zagranicznych; wzięło w nich udział 64 pracowników "
                "winnic i restauracji.",
                body,
            ),
            ("<b>Czego klastrom najbardziej brakuje?</b>", body),
            (
                "Stabilnego finansowania biur. Większość koordynatorów zatrudnia jedną, dwie osoby, często na "
                "umowy projektowe. Kiedy kończy się projekt, kończy się też praca biura. Dlatego proponujemy "
                "samorządowi województwa program grantów na koordynację – w wysokości do 150 tys. zł rocznie "
                "na jeden klaster.",
                body,
            ),
            ("<b>A czego chcą same firmy?</b>", body),
            (
                "Przede wszystkim wspólnych zakupów energii i surowców oraz dostępu do rynku niemieckiego. "
                "W ankiecie, którą przeprowadziliśmy wiosną wśród 118 firm członkowskich, te dwie potrzeby "
                "wskazało odpowiednio 71% i 64% respondentów.",
                body,
            ),
        ],
        bg="#ffffff",
    )
    s += box(
        "FINANSE",
        "Pożyczki na start i na rozwój",
        [
            (
                "Od lipca Agencja oferuje nowe pożyczki do 500 tys. zł, oprocentowane od 0,5% w skali roku, "
                "z karencją do 6 miesięcy. Preferencyjne warunki przysługują firmom rozpoczynającym działalność "
                "oraz członkom lubuskich klastrów. Od 2010 r. z funduszu pożyczkowego Agencji skorzystało 1 312 "
                "firm, a łączna wartość udzielonych pożyczek przekroczyła 96 mln zł.",
                body,
            ),
        ],
    )
    s += box(
        "INKUBATOR",
        "Dwanaście nowych firm",
        [
            (
                "Do Lubuskiego Inkubatora Przedsiębiorczości w Zielonej Górze wprowadziło się 12 nowych firm, "
                "w tym 5 z branży IT i 3 z branży spożywczej. Inkubator dysponuje 40 biurami; obłożenie wynosi "
                "obecnie 92%. Najbliższy nabór ruszy w październiku.",
                body,
            ),
        ],
    )
    s += box(
        "STATYSTYKA",
        "Klastry w liczbach",
        [
            (
                "W województwie lubuskim działa obecnie 9 inicjatyw klastrowych, zrzeszających łącznie ok. 310 "
                "podmiotów. Trzy z nich mają formę stowarzyszenia, jedna – spółki z o.o., pozostałe działają "
                "na podstawie umów. (dane: Agencja, maj 2024)",
                body,
            ),
        ],
    )
    s += box(
        "KALENDARIUM",
        "Najbliższe wydarzenia",
        [
            (
                "• 12 września – Forum Enoturystyki KEWZ, Zielona Góra, Palmiarnia (zapisy: www.winnice-kewz.pl)",
                lst,
            ),
            ("• 26 września – dzień otwarty PlastNet, Gorzów Wlkp.", lst),
            (
                "• 3 października – szkolenie „Fundusze dla klastrów 2021–2027”, siedziba Agencji",
                lst,
            ),
            ("• 17 października – Lubuska Gala Przedsiębiorczości, Zielona Góra", lst),
        ],
        bg="#ffffff",
    )
    s.insert(0, NextPageTemplate("later"))
    doc.build(s)
    return path


# =========================================================================== u05
# Annual report of a foundation: text pre-wrapped by hand with hyphens at line ends,
# footnotes at the foot of the page, a bar chart with its caption. Drawn line by line.

U05_FONT = SERIF2
U05_SIZE = SERIF2_SIZE
U05_LEAD = 14.6
U05_LEFT = 2.2 * cm
U05_WIDTH = A4[0] - 2 * 2.2 * cm

# page content: ("h1" | "h2" | "p" | "chart" | "gap", payload); "p" payloads are pre-wrapped lines
U05_PAGES = [
    {
        "items": [
            ("title", "FUNDACJA „MORENA” NA RZECZ PRZEDSIĘBIORCZOŚCI"),
            ("center", "ul. Dworcowa 14, 83-300 Kartuzy · KRS 0000412345 · www.fundacjamorena.pl"),
            ("gap", 18),
            ("title2", "SPRAWOZDANIE MERYTORYCZNE Z DZIAŁALNOŚCI ZA ROK 2023"),
            ("center", "Kartuzy, 28 marca 2024 r."),
            ("gap", 16),
            ("h1", "1. Informacje ogólne"),
            (
                "p",
                """Fundacja „Morena” na rzecz Przedsiębiorczości została ustanowiona w 2009 r. aktem nota-
rialnym i wpisana do KRS w 2010 r. Statutowym celem Fundacji jest wspieranie przedsiębior-
czości na Kaszubach, w szczególności poprzez doradztwo, pożyczki dla mikroprzedsiębiorstw
oraz animację i koordynację inicjatyw klastrowych. W 2023 r. Fundacja zatrudniała 9 osób
na podstawie umów o pracę (7,5 etatu), a jej przychody wyniosły 2 874 310 zł¹. Radę Fun-
dacji tworzy 5 osób, a Zarząd – 2 osoby.""",
            ),
            ("h1", "2. Koordynacja klastrów"),
            ("h2", "2.1. Klaster Meblowy Szwajcarii Kaszubskiej"),
            (
                "p",
                """Od momentu zawarcia umowy o współpracy w marcu 2015 r.² Fundacja pełni funkcję koordy-
natora Klastra Meblowego Szwajcarii Kaszubskiej (KMSK). Biuro klastra działa w Kościerzy-
nie, w wynajmowanym lokalu przy ul. Rynek 7, gdzie pracują dwie osoby. Na koniec 2023 r.
KMSK skupiał 34 członków – o pięciu więcej niż rok wcześniej – w tym 27 producentów me-
bli, 4 dostawców komponentów, dwie szkoły branżowe i Gminę Miejską Kościerzyna. Łącz-
ne zatrudnienie w firmach członkowskich przekracza 2 600 osób, a ich przychody w 2023 r.
wyniosły ok. 940 mln zł.""",
            ),
            ("p", """Zgodnie z umową o współpracy cele klastra obejmują:"""),
            (
                "list",
                """– wspólne zakupy surowców i komponentów meblarskich,
– wspólną promocję kaszubskich mebli na targach krajowych i zagra-
  nicznych,
– rozwój kształcenia zawodowego stolarzy i tapicerów,
– wdrażanie rozwiązań gospodarki o obiegu zamkniętym w zakładach człon-
  kowskich.""",
            ),
        ],
        "footnotes": [
            "¹ Szczegółowe dane finansowe zawiera sprawozdanie finansowe Fundacji za 2023 r.",
            "² Umowa o współpracy z dnia 3 marca 2015 r., zawarta przez Fundację i 12 przedsiębiorców z powiatów "
            "kościerskiego i kartuskiego.",
        ],
    },
    {
        "items": [
            (
                "p",
                """W 2023 r. KMSK zorganizował wspólne stoisko 11 firm na targach meblowych w Poznaniu
oraz przeprowadził audyty energetyczne w 8 zakładach. Członkowie klastra uczestniczyli
w 14 szkoleniach, w tym w cyklu warsztatów z projektowania mebli z materiałów pochodzą-
cych z recyklingu. Informacje o klastrze: www.kmsk.pl.""",
            ),
            ("chart", None),
            (
                "caption",
                "Wykres 1. Liczba członków KMSK w latach 2019–2023 (stan na 31 grudnia). Źródło: dane Fundacji.",
            ),
            ("h2", "2.2. Pomorski Klaster Żywności Regionalnej"),
            (
                "p",
                """Od 1 lipca 2022 r. Fundacja koordynuje także Pomorski Klaster Żywności Regionalnej, dzia-
łający w latach 2018–2022 pod nazwą „Kaszubska Sieć Smaku” i koordynowany wcze-
śniej przez Stowarzyszenie „Smaki Pomorza” z Lęborka. Klaster, obsługiwany obecnie
z biura Fundacji w Kartuzach, zrzesza blisko 50 producentów żywności, gospodarstw agro-
turystycznych i restauracji³. W 2023 r. członkowie klastra sprzedali na wspólnych stoiskach
produkty o wartości 1,3 mln zł, a 14 z nich uzyskało znak „Pomorskie Smaki Sprawdzone”.
Zorganizowaliśmy także 6 jarmarków, w tym dwa w Gdańsku, które odwiedziło łącznie
ok. 18 tys. osób.""",
            ),
            ("h2", "2.3. Współpraca z innymi klastrami"),
            (
                "p",
                """W 2023 r. Fundacja zawarła porozumienie o współpracy ze Stowarzyszeniem DeepBaltic – Kla-
strem Robotyki Podwodnej z Gdyni, zrzeszającym 17 firm technologicznych i 2 uczelnie.
Wspólnie przygotowujemy projekt wykorzystania dronów podwodnych do kontroli stanu je-
zior kaszubskich (budżet 480 tys. zł). Od czerwca 2023 r. Fundacja jest również członkiem
Klastra Energii „Radunia”, którego koordynatorem jest Gmina Żukowo; klaster zrzesza
21 podmiotów, w tym 6 gmin powiatu kartuskiego.""",
            ),
        ],
        "footnotes": [
            "³ Lista członków: www.pomorskazywnosc.pl/czlonkowie.",
        ],
    },
    {
        "items": [
            ("h1", "3. Działalność pożyczkowa i doradcza"),
            (
                "p",
                """W 2023 r. udzieliliśmy 46 pożyczek na łączną kwotę 2,3 mln zł, z czego 19 trafiło do firm
założonych w ciągu ostatnich dwóch lat. Wartość portfela pożyczkowego na koniec roku wy-
niosła 5,7 mln zł, a wskaźnik pożyczek zagrożonych – 2,1%. Doradcy Fundacji udzielili
612 godzin doradztwa, a w szkoleniach wzięło udział 312 osób. Punkt konsultacyjny w Ko-
ścierzynie obsłużył 208 klientów.""",
            ),
            ("h1", "4. Plany na rok 2024"),
            (
                "p",
                """Zakładamy przyjęcie do KMSK kolejnych sześciu członków (cel na koniec 2024 r.: 40)
oraz przygotowanie koncepcji klastra turystyki wodnej na szlaku Kółko Raduńskie, do którego
swój akces zgłosiło już 9 wypożyczalni kajaków i ośrodków. Planujemy też zwiększenie kapi-
tału funduszu pożyczkowego o 1,5 mln zł oraz uruchomienie drugiego punktu konsultacyj-
nego w Żukowie.""",
            ),
            ("gap", 24),
            ("sign", "Za Zarząd Fundacji:  Krystyna Lewandowska-Mach, Prezes Zarządu"),
        ],
        "footnotes": [],
    },
]


def _u05_chart() -> Drawing:
    d = Drawing(U05_WIDTH, 150)
    bc = VerticalBarChart()
    bc.x, bc.y, bc.width, bc.height = 60, 25, 300, 110
    bc.data = [[21, 24, 26, 29, 34]]
    bc.categoryAxis.categoryNames = ["2019", "2020", "2021", "2022", "2023"]
    bc.categoryAxis.labels.fontName = "DejaVuSans"
    bc.categoryAxis.labels.fontSize = 8
    bc.valueAxis.valueMin = 0
    bc.valueAxis.valueMax = 40
    bc.valueAxis.valueStep = 10
    bc.valueAxis.labels.fontName = "DejaVuSans"
    bc.valueAxis.labels.fontSize = 8
    bc.bars[0].fillColor = colors.HexColor("#3d6b4f")
    bc.barLabelFormat = "%d"
    bc.barLabels.nudge = 6
    bc.barLabels.fontName = "DejaVuSans"
    bc.barLabels.fontSize = 8
    d.add(bc)
    d.add(String(380, 80, "liczba członków", fontName="DejaVuSans", fontSize=8))
    return d


def build_u05() -> Path:
    path = OUT / "u05_sprawozdanie_fundacji_kaszuby.pdf"
    w, h = A4
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    set_meta(
        c,
        "Sprawozdanie merytoryczne Fundacji Morena za 2023 r.",
        "Fundacja Morena na rzecz Przedsiębiorczości",
    )
    total = len(U05_PAGES)
    for pno, page in enumerate(U05_PAGES, 1):
        y = h - 2.3 * cm
        c.setFont("DejaVuSans", 7.5)
        c.setFillColor(colors.HexColor("#666666"))
        c.drawString(
            U05_LEFT, h - 1.3 * cm, "Fundacja „Morena” · Sprawozdanie merytoryczne za 2023 r."
        )
        c.drawRightString(w - U05_LEFT, 1.2 * cm, f"{pno}/{total}")
        c.setFillColor(colors.black)
        for kind, payload in page["items"]:
            if kind == "gap":
                y -= payload
            elif kind in ("title", "title2"):
                c.setFont(U05_FONT + "-Bold", 15 if kind == "title" else 12.5)
                c.drawCentredString(w / 2, y, payload)
                y -= 20
            elif kind == "center":
                c.setFont(U05_FONT, 10)
                c.drawCentredString(w / 2, y, payload)
                y -= 14
            elif kind == "h1":
                y -= 6
                c.setFont(U05_FONT + "-Bold", 13)
                c.drawString(U05_LEFT, y, payload)
                y -= 18
            elif kind == "h2":
                y -= 3
                c.setFont(U05_FONT + "-BoldItalic", 11.5)
                c.drawString(U05_LEFT, y, payload)
                y -= 16
            elif kind in ("p", "list"):
                c.setFont(U05_FONT, U05_SIZE)
                for line in payload.split("\n"):
                    x = U05_LEFT + (
                        14
                        if kind == "list" and line.startswith("  ")
                        else (4 if kind == "list" else 0)
                    )
                    text = line.strip() if kind == "list" else line
                    if stringWidth(text, U05_FONT, U05_SIZE) > U05_WIDTH - (x - U05_LEFT) + 0.5:
                        raise SystemExit(f"u05: line too wide: {text!r}")
                    c.drawString(x, y, text)
                    y -= U05_LEAD
                y -= 5
            elif kind == "chart":
                d = _u05_chart()
                y -= d.height
                d.drawOn(c, U05_LEFT, y)
                y -= 4
            elif kind == "caption":
                c.setFont(U05_FONT + "-Italic", 9.5)
                c.drawString(U05_LEFT, y, payload)
                y -= 20
            elif kind == "sign":
                c.setFont(U05_FONT + "-Italic", 10.5)
                c.drawRightString(w - U05_LEFT, y, payload)
                y -= 14
        if y < 4.2 * cm:
            raise SystemExit(f"u05: page {pno} overflows (y={y:.0f})")
        if page["footnotes"]:
            fy = 2.0 * cm + 11 * (len(page["footnotes"]) - 1) + 4
            c.setLineWidth(0.5)
            c.line(U05_LEFT, fy + 12, U05_LEFT + 5 * cm, fy + 12)
            c.setFont(U05_FONT, 8.8)
            for fn in page["footnotes"]:
                c.drawString(U05_LEFT, fy, fn)
                fy -= 11
        c.showPage()
    c.save()
    return path


# =========================================================================== u06
# DOCX: chapter of a gmina's local revitalisation programme.


def build_u06() -> Path:
    from docx import Document
    from docx.shared import Pt

    path = OUT / "u06_program_rewitalizacji_lubawka.docx"
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)

    def p(text, italic=False, size=None):
        para = d.add_paragraph()
        r = para.add_run(text)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        return para

    d.add_heading("Lokalny Program Rewitalizacji Gminy Lubawka na lata 2024–2030", level=0)
    p("Projekt – wersja do konsultacji społecznych, maj 2024 r.", italic=True)
    p(
        "Opracowanie: Urząd Miejski w Lubawce we współpracy z Zespołem ds. Rewitalizacji powołanym zarządzeniem "
        "Burmistrza nr 0050.41.2023 z dnia 12 czerwca 2023 r.",
        size=9,
    )
    d.add_heading("Rozdział 5. Diagnoza sfery gospodarczej obszaru rewitalizacji", level=1)
    d.add_heading("5.1. Przedsiębiorczość", level=2)
    p(
        "Według stanu na 31 grudnia 2023 r. w gminie Lubawka zarejestrowanych było 1 012 podmiotów gospodarki "
        "narodowej, w tym 947 w sektorze prywatnym. Wskaźnik przedsiębiorczości (liczba podmiotów na 1000 "
        "mieszkańców) wyniósł 98 i był niższy od średniej dla powiatu kamiennogórskiego (104) oraz województwa "
        "dolnośląskiego (132). W podobszarze rewitalizacji „Śródmieście” działa 214 podmiotów, głównie w handlu "
        "i usługach, a w podobszarze „Osiedle Kolejowe” – 37."
    )
    p(
        "Struktura gospodarki gminy zmieniła się zasadniczo po 1990 r., gdy zakończyły działalność zakłady "
        "lniarskie, zatrudniające w najlepszym okresie ponad 1 800 osób. Obecnie największymi pracodawcami są "
        "zakłady przetwórstwa drzewnego i motoryzacyjnego położone w strefie ekonomicznej przy drodze krajowej "
        "nr 5 oraz przejście graniczne Lubawka – Královec z obsługującymi je firmami transportowymi."
    )
    p("Tabela 12. Wybrane wskaźniki sfery gospodarczej (2023 r.)", italic=True, size=9)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, x in enumerate(
        ["Wskaźnik", "Obszar rewitalizacji", "Gmina Lubawka", "Powiat kamiennogórski"]
    ):
        t.rows[0].cells[i].text = x
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in [
        ("Podmioty gospodarki narodowej na 1000 mieszkańców", "83", "98", "104"),
        ("Nowo zarejestrowane podmioty na 1000 mieszkańców", "7,1", "8,4", "9,0"),
        ("Udział bezrobotnych w liczbie ludności w wieku produkcyjnym (%)", "9,8", "6,2", "5,7"),
        ("Udział pustostanów w lokalach użytkowych (%)", "23", "14", "b.d."),
    ]:
        r = t.add_row().cells
        for i, x in enumerate(row):
            r[i].text = x
    p("Źródło: GUS, Bank Danych Lokalnych; dane Urzędu Miejskiego w Lubawce.", italic=True, size=9)
    d.add_heading("5.2. Potencjały gospodarcze", level=2)
    p(
        "Istotnym potencjałem jest turystyka aktywna. Od 2020 r. 12 przedsiębiorców z terenu gminy – głównie "
        "kwatery, wypożyczalnie rowerów i przewodnicy – należy do Sudeckiego Klastra Turystyki Aktywnej, "
        "koordynowanego przez Stowarzyszenie Turystyczne „Brama Sudetów” z Kamiennej Góry. Klaster zrzesza "
        "ok. 60 podmiotów z powiatów kamiennogórskiego, jeleniogórskiego i wałbrzyskiego i promuje wspólny "
        "produkt „Sudeckie Pętle Rowerowe” (ok. 420 km oznakowanych tras). Zdaniem uczestników warsztatów "
        "diagnostycznych udział w klastrze pozwolił lubawskim firmom wydłużyć sezon i pozyskać klientów z Czech."
    )
    p(
        "Drugim potencjałem są tradycje włókiennicze miasta. W latach 2025–2027 gmina wraz z partnerami czeskimi "
        "planuje adaptację hali dawnej przędzalni lnu przy ul. Kolejowej (budynek z 1892 r.) na Centrum "
        "Rzemiosła Tekstylnego. Projekt „Nić Sudetów” zgłoszono do programu Interreg Czechy – Polska; partnerem "
        "wiodącym jest Textilní a oděvní klastr Podkrkonoší (Tekstylno-Odzieżowy Klaster Podkarkonoszy) "
        "z siedzibą w Trutnovie, zrzeszający 18 firm tekstylnych z kraju kralowohradeckiego. Szacunkowy budżet "
        "projektu to 1,45 mln EUR, z czego 80% stanowi dofinansowanie z EFRR; wkład własny gminy wyniesie "
        "ok. 310 tys. zł."
    )
    p(
        "Trzecim potencjałem są tereny inwestycyjne. W granicach obszaru rewitalizacji znajduje się 6,4 ha "
        "terenów poprzemysłowych, z czego 2,1 ha stanowi własność gminy. Przygotowanie ich do sprzedaży wymaga "
        "rozbiórki trzech obiektów i rekultywacji gruntu."
    )
    d.add_heading("5.3. Problemy i negatywne zjawiska", level=2)
    p(
        "Analiza wskaźników pozwoliła zidentyfikować w Śródmieściu klaster negatywnych zjawisk gospodarczych: "
        "wysoki udział pustostanów (23% lokali użytkowych), niską aktywność gospodarczą mieszkańców oraz odpływ "
        "osób młodych – w latach 2013–2023 liczba mieszkańców podobszaru zmniejszyła się o 11%. Zjawiska te "
        "nakładają się na problemy społeczne opisane w rozdziale 4, co przesądziło o wyznaczeniu Śródmieścia "
        "jako podobszaru rewitalizacji."
    )
    d.add_heading("5.4. Kierunki działań w sferze gospodarczej", level=2)
    for k in [
        "Przywrócenie funkcji gospodarczych pustostanom w Śródmieściu, w tym preferencyjny najem lokali "
        "gminnych dla osób rozpoczynających działalność.",
        "Utworzenie Centrum Rzemiosła Tekstylnego w hali dawnej przędzalni lnu.",
        "Wspieranie udziału lokalnych firm w sieciach współpracy i klastrach, w szczególności turystycznych.",
        "Przygotowanie terenów poprzemysłowych do sprzedaży inwestorom.",
    ]:
        para = d.add_paragraph(style="List Number")
        para.add_run(k)
    p(
        "Realizację kierunków działań będą mierzyć wskaźniki określone w rozdziale 9, w tym liczba "
        "zagospodarowanych lokali użytkowych (wartość docelowa: 15) oraz liczba przedsiębiorstw "
        "korzystających z Centrum Rzemiosła Tekstylnego (wartość docelowa: 25)."
    )
    _save_docx(d, path, "LPR Gminy Lubawka 2024–2030 – rozdział 5", "Urząd Miejski w Lubawce")
    return path


# =========================================================================== u07
# Slide deck of a cluster's presentation to investors (landscape, big headings, bullets).

U07_SLIDES = [
    {
        "kind": "title",
        "title": "Klaster Zaawansowanych Materiałów „San-Tech”",
        "lines": [
            "Prezentacja dla inwestorów",
            "Forum Inwestycyjne Podkarpacia · Rzeszów, 16 maja 2024 r.",
        ],
    },
    {
        "title": "Kim jesteśmy",
        "bullets": [
            "• Inicjatywa klastrowa z biurem w Stalowej Woli",
            "• 2016 – list intencyjny 7 firm",
            "• 2018 – umowa klastrowa (porozumienie) 23 założycieli",
            "• 46 członków: 38 firm, 5 instytucji B+R, 3 samorządy",
            "• Koordynator: Centrum Transferu Technologii Nadsanie sp. z o.o.",
            "• Członkowie z: Stalowej Woli, Niska, Tarnobrzega, Rzeszowa i Lublina",
        ],
    },
    {
        "title": "Nasze cele",
        "bullets": [
            "– Rozwój materiałów kompozytowych i stopów dla przemysłu maszynowego",
            "– Wspólne laboratorium badań materiałowych (otwarcie 2025)",
            "– Kształcenie inżynierów materiałowców z uczelniami regionu",
            "– Wejście członków na rynki skandynawskie i niemieckie",
        ],
    },
    {
        "kind": "numbers",
        "title": "San-Tech w liczbach",
        "numbers": [
            ("7 200", "pracowników w firmach członkowskich"),
            ("1,9 mld zł", "przychodów członków (2023)"),
            ("28%", "sprzedaży na eksport"),
            ("14", "patentów i zgłoszeń patentowych"),
            ("60", "członków – cel na 2027 r."),
            ("3", "laboratoria badawcze członków"),
        ],
    },
    {
        "title": "Oferta dla inwestora",
        "bullets": [
            "• 120 ha terenów w strefie inwestycyjnej (Stalowa Wola, Nisko, Tarnobrzeg)",
            "• Zwolnienie z CIT do 50% kosztów kwalifikowanych inwestycji",
            "• Gotowy łańcuch dostaw: odlewnie, obróbka CNC, powłoki, badania",
            "• Partner: Bieszczadzki Klaster Drzewno-Meblarski (Sanok, 27 firm)",
            "   – drewno konstrukcyjne i opakowania dla przemysłu",
            "• Wsparcie biura klastra w procedurach i rekrutacji kadr",
        ],
    },
    {
        "kind": "contact",
        "title": "Kontakt",
        "lines": [
            "Biuro Klastra San-Tech",
            "ul. Eugeniusza Kwiatkowskiego 1, 37-450 Stalowa Wola",
            "www.santech-klaster.pl",
            "biuro@santech-klaster.pl · +48 15 810 44 21",
            "Dziękujemy za uwagę!",
        ],
    },
]


def build_u07() -> Path:
    path = OUT / "u07_prezentacja_klastra_dla_inwestorow.pdf"
    ps = landscape(A4)
    w, h = ps
    c = rl_canvas.Canvas(str(path), pagesize=ps, invariant=1)
    set_meta(c, "San-Tech – prezentacja dla inwestorów", "Biuro Klastra San-Tech")
    navy = colors.HexColor("#12355b")
    accent = colors.HexColor("#e07a1f")
    n = len(U07_SLIDES)
    for i, sl in enumerate(U07_SLIDES, 1):
        kind = sl.get("kind", "bullets")
        c.setFillColor(navy)
        if kind == "title":
            c.rect(0, 0, w, h, stroke=0, fill=1)
            c.setFillColor(accent)
            c.rect(0, h * 0.42, w, 6, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(SANS2 + "-Bold", 30)
            c.drawCentredString(w / 2, h * 0.55, sl["title"])
            c.setFont(SANS2, 18)
            c.drawCentredString(w / 2, h * 0.33, sl["lines"][0])
            c.setFont(SANS2, 13)
            c.drawCentredString(w / 2, h * 0.27, sl["lines"][1])
        else:
            c.rect(0, h - 2.6 * cm, w, 2.6 * cm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(SANS2 + "-Bold", 28)
            c.drawString(1.8 * cm, h - 1.75 * cm, sl["title"])
            c.setFillColor(accent)
            c.rect(0, h - 2.75 * cm, w, 0.15 * cm, stroke=0, fill=1)
            c.setFillColor(colors.black)
            if kind == "bullets":
                y = h - 4.4 * cm
                for b in sl["bullets"]:
                    c.setFont(SANS2, 19 if not b.startswith("   ") else 16)
                    c.drawString(2.2 * cm if not b.startswith("   ") else 3.2 * cm, y, b.strip())
                    y -= 1.45 * cm
            elif kind == "numbers":
                for k, (num, label) in enumerate(sl["numbers"]):
                    cx = 2.2 * cm + (k % 3) * 8.7 * cm
                    cy = h - 6.3 * cm - (k // 3) * 5.5 * cm
                    c.setFillColor(accent)
                    c.setFont(SANS2 + "-Bold", 38)
                    c.drawString(cx, cy, num)
                    c.setFillColor(colors.black)
                    c.setFont(SANS2, 13)
                    c.drawString(cx, cy - 0.9 * cm, label)
            elif kind == "contact":
                y = h - 5.2 * cm
                for k, line in enumerate(sl["lines"]):
                    c.setFont(SANS2 + ("-Bold" if k in (0, 4) else ""), 22 if k == 0 else 18)
                    if k == 4:
                        y -= 1.0 * cm
                        c.setFillColor(accent)
                    c.drawCentredString(w / 2, y, line)
                    c.setFillColor(colors.black)
                    y -= 1.5 * cm
            c.setFont(SANS2, 9)
            c.setFillColor(colors.HexColor("#777777"))
            c.drawString(
                1.8 * cm,
                0.9 * cm,
                "San-Tech · Klaster Zaawansowanych Materiałów · Prezentacja dla inwestorów",
            )
            c.drawRightString(w - 1.8 * cm, 0.9 * cm, f"{i}/{n}")
        c.showPage()
    c.save()
    return path


# =========================================================================== u08
# PDF whose Polish letters were lost (bad OCR / broken font encoding): every text is
# written here in proper Polish and stripped of diacritics when it is drawn.

_STRIP = str.maketrans({"ł": "l", "Ł": "L"})


def strip_pl(text: str) -> str:
    text = text.translate(_STRIP)
    text = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Mn")


def _u08_page(canvas, doc):
    w, h = A4
    canvas.saveState()
    canvas.setFont("DejaVuSans", 8)
    canvas.drawString(
        2 * cm, h - 1.2 * cm, strip_pl("Starostwo Powiatowe w Otwocku – Wydział Rozwoju i Promocji")
    )
    canvas.drawRightString(w - 2 * cm, h - 1.2 * cm, "WRP.0052.3.2024")
    canvas.drawCentredString(w / 2, 1.1 * cm, strip_pl(f"Strona {doc.page}"))
    canvas.restoreState()


def build_u08() -> Path:
    path = OUT / "u08_informacja_starosty_otwockiego.pdf"
    w, h = A4
    m = 2 * cm
    doc = BaseDocTemplate(
        str(path),
        pagesize=A4,
        pageTemplates=[
            PageTemplate("p", [Frame(m, 1.8 * cm, w - 2 * m, h - 3.6 * cm)], onPage=_u08_page)
        ],
        title=strip_pl("Informacja o realizacji Programu współpracy z otoczeniem biznesu 2023"),
        author=strip_pl("Starostwo Powiatowe w Otwocku"),
        creator="heldout13/make_documents.py",
        invariant=1,
    )
    title = style("t", "DejaVuSans-Bold", 13, 17, alignment=TA_CENTER, spaceAfter=6)
    h2 = style("h2", "DejaVuSans-Bold", 11, 14, spaceBefore=8, spaceAfter=4)
    h3 = style("h3", "DejaVuSans-Bold", 10, 13, spaceBefore=5, spaceAfter=3)
    body = style("b", "DejaVuSans", 10, 13.5, alignment=TA_JUSTIFY, spaceAfter=5)
    item = style("i", "DejaVuSans", 10, 13.5, leftIndent=18, firstLineIndent=-14, spaceAfter=2)

    def P(text, st=body):
        return Paragraph(strip_pl(text), st)

    s = [
        P(
            "Otwock, 14 lutego 2024 r.",
            style("d", "DejaVuSans", 9.5, 12, alignment=TA_RIGHT, spaceAfter=10),
        ),
        P(
            "INFORMACJA O REALIZACJI „PROGRAMU WSPÓŁPRACY POWIATU OTWOCKIEGO Z OTOCZENIEM BIZNESU "
            "NA LATA 2022–2025” W ROKU 2023",
            title,
        ),
        P("1. Wprowadzenie", h2),
        P(
            "Program przyjęto uchwałą nr XL/311/2021 Rady Powiatu Otwockiego z dnia 25 listopada 2021 r. W 2023 r. "
            "na jego realizację wydatkowano 386 400 zł, tj. 82% kwoty zaplanowanej w budżecie powiatu. Na terenie "
            "powiatu działa ok. 9 800 podmiotów gospodarczych, z czego 96% to mikroprzedsiębiorstwa. W ramach "
            "Programu Powiat współpracuje z organizacjami przedsiębiorców, uczelniami oraz inicjatywami "
            "klastrowymi, których członkami są firmy z terenu powiatu."
        ),
        P("2. Współpraca z klastrami", h2),
        P("2.1. Mazowiecki Klaster Aparatury Medycznej", h3),
        P(
            "Najważniejszym partnerem Powiatu pozostaje Stowarzyszenie „Mazowiecki Klaster Aparatury Medycznej” "
            "(MKAM) z siedzibą w Józefowie (pow. otwocki). Klaster działał od 2016 r. na podstawie porozumienia "
            "o współpracy, a w 2019 r. jego członkowie założyli stowarzyszenie, które samodzielnie prowadzi sprawy "
            "klastra. Obecnie MKAM zrzesza 34 członków, w tym 26 firm produkujących aparaturę i wyroby medyczne; "
            "ich łączne zatrudnienie to ok. 1 400 osób. Powiat Otwocki jest członkiem wspierającym stowarzyszenia "
            "od 2020 r. i w 2023 r. przekazał na jego działalność składkę w wysokości 12 000 zł."
        ),
        P("Statut stowarzyszenia wskazuje następujące cele klastra:"),
        P(
            "a) rozwój współpracy producentów wyrobów medycznych z jednostkami naukowymi i szpitalami,",
            item,
        ),
        P(
            "b) wspólne przygotowanie firm do certyfikacji wyrobów medycznych zgodnie z rozporządzeniem MDR,",
            item,
        ),
        P("c) promocja mazowieckiej aparatury medycznej na rynkach zagranicznych.", item),
        P(
            "W 2023 r. MKAM zorganizował w Otwocku dwie konferencje (łącznie 230 uczestników) i wspólne stoisko "
            "9 firm na targach medycznych w Düsseldorfie. Strona internetowa klastra: www.mkam.org.pl."
        ),
        P("2.2. Klaster Energii Powiatu Otwockiego", h3),
        P(
            "Klaster Energii Powiatu Otwockiego (KEPO) utworzono porozumieniem zawartym w grudniu 2018 r.; jego "
            "koordynatorem jest Otwocka Spółka Energetyczna sp. z o.o. z siedzibą w Otwocku. W 2021 r. klaster "
            "liczył 14 członków, obecnie – 22, w tym 5 gmin powiatu. Łączna moc instalacji OZE członków wynosi "
            "17 MW. Powiat przystąpił do KEPO w 2020 r. Celem klastra jest obniżenie kosztów energii w budynkach "
            "użyteczności publicznej o 30% do 2027 r."
        ),
        P("2.3. Klaster Owoców Miękkich Powiśla", h3),
        P(
            "Z terenu gmin Karczew i Sobienie-Jeziory 9 gospodarstw sadowniczych należy do Klastra Owoców Miękkich "
            "Powiśla, koordynowanego przez Spółdzielnię Producentów Owoców „Powiśle” z siedzibą w Górze Kalwarii. "
            "Klaster skupia ponad 60 gospodarstw z powiatów otwockiego, piaseczyńskiego i garwolińskiego, "
            "a w 2023 r. jego członkowie sprzedali ok. 4 200 ton malin i borówek. Powiat współfinansował udział "
            "sadowników w szkoleniu z nawadniania kropelkowego (48 uczestników)."
        ),
        P("3. Inne działania", h2),
        P(
            "W 2023 r. zlecono opracowanie koncepcji klastra uzdrowiskowo-turystycznego Otwock–Józefów. Do prac "
            "zaproszono 11 podmiotów, w tym sanatoria i hotele, jednak porozumienie nie zostało dotychczas "
            "zawarte i inicjatywa nie ma jeszcze nazwy ani koordynatora. Ponadto Powiat zorganizował 4 spotkania "
            "Forum Przedsiębiorców Powiatu Otwockiego oraz konkurs „Otwocki Pracodawca Roku” (17 zgłoszeń)."
        ),
        P("4. Wydatki", h2),
    ]
    rows = [
        ["Zadanie", "Plan (zł)", "Wykonanie (zł)"],
        ["Składki członkowskie (MKAM, KEPO)", "20 000", "18 500"],
        ["Konferencje i spotkania Forum", "95 000", "81 300"],
        ["Szkolenia dla przedsiębiorców", "160 000", "131 600"],
        ["Koncepcja klastra uzdrowiskowo-turystycznego", "120 000", "98 000"],
        ["Konkurs „Otwocki Pracodawca Roku”", "76 200", "57 000"],
        ["Razem", "471 200", "386 400"],
    ]
    rows = [[strip_pl(x) for x in r] for r in rows]
    t = Table(rows, colWidths=[9.5 * cm, 3.2 * cm, 3.6 * cm])
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "DejaVuSans", 9),
                ("FONT", (0, 0), (-1, 0), "DejaVuSans-Bold", 9),
                ("FONT", (0, -1), (-1, -1), "DejaVuSans-Bold", 9),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ]
        )
    )
    s.append(t)
    s.append(Spacer(1, 14))
    s.append(
        P(
            "Sporządziła: Anna Żmijewska, Wydział Rozwoju i Promocji",
            style("sg", "DejaVuSans-Italic", 9, 12),
        )
    )
    doc.build(s)
    return path


BUILDERS = [build_u01, build_u02, build_u03, build_u04, build_u05, build_u06, build_u07, build_u08]


def main() -> int:
    for b in BUILDERS:
        p = b()
        print(
            p.relative_to(OUT.parent.parent.parent) if OUT.parent.parent.parent in p.parents else p
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
