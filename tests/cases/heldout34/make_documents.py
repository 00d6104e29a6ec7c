# ruff: noqa: E501
"""Generate the heldout34 documents (deterministic; all text lives here).

Run from the repository root:
    .venv/bin/python tests/cases/heldout34/make_documents.py
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


# ---------------------------------------------------------------------------
# s01 – PDF: chapter 4 "Diagnoza potencjału klastrów" of a voivodeship report
# (pomorskie), numbered sections per subregion, one paragraph per cluster that
# opens with the name in bold capitals, running header/footer, footnotes per page
# ---------------------------------------------------------------------------

S01_HEADER_LEFT = "Diagnoza potencjału klastrów województwa pomorskiego 2024"
S01_HEADER_RIGHT = "Rozdział 4"
S01_FOOTER_LEFT = "Pomorskie Obserwatorium Rynku i Innowacji · Gdańsk, czerwiec 2024"
S01_FIRST_PAGE = 37

S01_TITLE = "4. DIAGNOZA POTENCJAŁU KLASTRÓW W SUBREGIONACH"
S01_INTRO = (
    "W 2024 r. w województwie pomorskim zidentyfikowano 23 inicjatywy klastrowe, które łącznie "
    "zrzeszają ok. 780 podmiotów<super>1</super>. W rozdziale opisano wybrane inicjatywy w układzie "
    "subregionów NUTS 3; dla każdej podano formę współpracy, koordynatora, liczbę członków i główne "
    "cele. Skala subregionów jest bardzo zróżnicowana – od trzech inicjatyw w subregionie chojnickim "
    "do ośmiu w trójmiejskim (tabela 4.1)."
)
S01_TABLE_CAPTION = (
    "Tabela 4.1. Inicjatywy klastrowe i ich członkowie według subregionów (stan na 31.12.2023 r.)"
)
S01_TABLE = [
    ["Subregion", "Liczba inicjatyw", "Liczba podmiotów", "w tym przedsiębiorstw"],
    ["słupski", "5", "152", "118"],
    ["chojnicki", "3", "71", "55"],
    ["gdański", "4", "96", "70"],
    ["trójmiejski", "8", "371", "290"],
    ["starogardzki", "3", "90", "74"],
    ["Razem", "23", "780", "607"],
]
S01_TABLE_SOURCE = "Źródło: opracowanie własne na podstawie ankiety koordynatorów."

# (kind, text); kind: h = section heading, p = plain paragraph,
# c = cluster paragraph (name in bold capitals, then prose), pb = page break
S01_BODY = [
    ("h", "4.1. Subregion słupski"),
    (
        "p",
        "Subregion słupski skupia pięć inicjatyw, w większości związanych z przemysłem drzewnym, "
        "turystyką i energetyką odnawialną. Poniżej opisano trzy z nich.",
    ),
    (
        "c",
        (
            "BYTOWSKI KLASTER MEBLA TAPICEROWANEGO",
            " powstał w 2014 r. na mocy porozumienia o współpracy, które podpisało 11 wytwórców mebli "
            "z Bytowa i okolic. Koordynatorem jest Bytowska Izba Meblarska z siedzibą w Bytowie. "
            "Obecnie klaster skupia<super>2</super> 27 przedsiębiorstw oraz Zespół Szkół Zawodowych "
            "„Mebel” w Bytowie; firmy członkowskie zatrudniają łącznie ok. 1 900 osób. Cele klastra "
            "to: wspólna marka „Meble znad Bytowej”, kształcenie tapicerów w systemie dualnym oraz "
            "wspólny zakup pianek i tkanin obiciowych.",
        ),
    ),
    (
        "c",
        (
            "KLASTER ENERGII „ŁUPAWA”",
            " zawiązano w listopadzie 2018 r. porozumieniem dziewięciu sygnatariuszy z doliny Łupawy. "
            "Koordynatorem jest Gmina Potęgowo, a sprawy klastra prowadzi Referat Rozwoju Urzędu Gminy "
            "w Potęgowie. Dziś klaster liczy czternastu członków: pięć gmin, siedem przedsiębiorstw i "
            "dwie spółdzielnie mieszkaniowe. W 2019 r. uzyskał certyfikat pilotażowego klastra "
            "energii. Łączna moc instalacji OZE członków wynosi 46 MW. Porozumienie wskazuje jeden "
            "cel: pokrycie 60% zapotrzebowania członków na energię elektryczną z lokalnych źródeł "
            "odnawialnych do 2030 r.",
        ),
    ),
    (
        "c",
        (
            "USTECKI KLASTER HOTELARSTWA CAŁOROCZNEGO",
            " (do 2021 r. działający jako Klaster Gościnności „Słowińskie Wybrzeże”) powstał w 2012 r. "
            "na podstawie umowy o współpracy; w 2021 r. członkowie zarejestrowali Stowarzyszenie "
            "„Ustecki Klaster Hotelarstwa Całorocznego”, które samodzielnie prowadzi klaster i ma "
            "siedzibę w Ustce. Klaster zrzesza ok. 40 hoteli i pensjonatów oraz Gminę Miasto "
            "Ustka<super>3</super>. Cele stowarzyszenia: wydłużenie sezonu turystycznego i wspólna "
            "promocja oferty konferencyjnej regionu.",
        ),
    ),
    ("pb", ""),
    ("h", "4.2. Subregion chojnicki"),
    (
        "p",
        "Subregion chojnicki ma najniższe nasycenie klastrami w województwie: trzy inicjatywy "
        "zrzeszają ok. 70 podmiotów.",
    ),
    (
        "c",
        (
            "KLASTER SZKUTNICTWA I JACHTÓW ŚRÓDLĄDOWYCH „BRDA”",
            " działa od 2016 r. na podstawie umowy konsorcjum. Koordynatorem jest Fundacja „Szkuta” z "
            "Bydgoszczy, natomiast biuro klastra działa w Charzykowach, przy przystani nad Jeziorem "
            "Charzykowskim. Według ankiety klaster ma 19 członków<super>4</super>: stocznie jachtowe, "
            "warsztaty szkutnicze, wypożyczalnie sprzętu i technikum w Chojnicach. Główny cel: wspólny "
            "znak jakości dla łodzi budowanych nad Brdą. Strona klastra: www.klaster-brda.pl; strona "
            "koordynatora: www.szkuta.org.pl.",
        ),
    ),
    (
        "p",
        "W Człuchowie podpisano w marcu 2024 r. list intencyjny w sprawie utworzenia Klastra "
        "Rolnictwa Precyzyjnego Ziemi Człuchowskiej; do czasu zawarcia porozumienia i wyboru "
        "koordynatora inicjatywy nie ujęto w tabeli 4.1.",
    ),
    ("h", "4.3. Subregiony gdański i trójmiejski"),
    (
        "c",
        (
            "GDYŃSKI KLASTER ROBOTYKI PODWODNEJ „AKWANAUTA”",
            " zawiązało w 2016 r. porozumieniem siedem firm z Gdyni i Gdańska. Od 2019 r. klaster "
            "działa jako spółka Gdyński Klaster Robotyki Podwodnej „Akwanauta” sp. z o.o. z siedzibą w "
            "Gdyni; udziałowcami są członkowie, a spółka nie ma odrębnego koordynatora. Klaster liczy "
            "36 członków, w tym 8 uczelni i instytutów badawczych<super>5</super>. Cele strategiczne na "
            "lata 2024–2027 to: 1) komercjalizacja pojazdów do inspekcji morskich farm wiatrowych, "
            "2) wspólne zaplecze testowe w Zatoce Gdańskiej, 3) wejście na rynek norweski. Strona: "
            "www.akwanauta-klaster.pl.",
        ),
    ),
    (
        "c",
        (
            "KLASTER TWÓRCÓW LUDOWYCH „KOŁOWROTEK”",
            " skupia blisko 50 twórców, pracowni i sklepów z rękodziełem z powiatów kartuskiego i "
            "kościerskiego. Umowę o współpracy podpisano w 2017 r.; koordynatorem jest Fundacja "
            "Wspierania Twórców Ludowych „Wzornik” z siedzibą w Gdańsku, a biuro klastra mieści się w "
            "Kartuzach, w budynku dawnej poczty. W 2023 r. klaster zorganizował 14 jarmarków, w których "
            "wzięło udział ok. 300 wystawców.",
        ),
    ),
    ("pb", ""),
    ("h", "4.4. Subregion starogardzki"),
    (
        "c",
        (
            "KOCIEWSKI KLASTER OWOCOWO-PRZETWÓRCZY",
            " działa od 2015 r. na podstawie porozumienia klastrowego. Koordynatorem jest Spółdzielnia "
            "Ogrodnicza „Wierzyca” ze Skórcza, a biuro klastra działa w Starogardzie Gdańskim. Klaster "
            "tworzy 26 członków – 19 gospodarstw sadowniczych, 5 przetwórni, Powiatowy Zespół Szkół "
            "Rolniczych i Gmina Skórcz. Członkowie przetwarzają ok. 12 tys. ton owoców rocznie. Cele: "
            "budowa wspólnej chłodni, certyfikacja ekologiczna upraw oraz sprzedaż pod wspólną marką "
            "„Kociewski Sad”<super>6</super>.",
        ),
    ),
    (
        "p",
        "W subregionie działa również Pomorska Sieć Inkubatorów Przedsiębiorczości, która nie jest "
        "klastrem i nie została ujęta w zestawieniu.",
    ),
    ("h", "4.5. Wnioski"),
    (
        "p",
        "Najwyższy potencjał wykazują klastry subregionu trójmiejskiego, które łączą przedsiębiorstwa "
        "z uczelniami i instytutami. Klastry subregionów słupskiego i chojnickiego są mniejsze i "
        "silniej związane z lokalnym rynkiem pracy. Rekomenduje się wsparcie menedżerów klastrów w "
        "zakresie internacjonalizacji oraz wspólnych projektów badawczo-rozwojowych (por. rozdział 6).",
    ),
]

# footnotes per page (page index 1-based within the chapter)
S01_FOOTNOTES = {
    1: [
        "1 Stan na 31 grudnia 2023 r. Źródło: ankieta Pomorskiego Obserwatorium Rynku i Innowacji "
        "(n = 14) oraz rejestr inicjatyw prowadzony przez Departament Rozwoju Gospodarczego.",
        "2 Strona klastra: www.meble-bytow.pl. W 2019 r. klaster liczył 16 członków.",
        "3 W sezonie 2023 obiekty członków przyjęły ok. 210 tys. gości; liczba ta nie obejmuje "
        "kwater prywatnych.",
    ],
    2: [
        "4 Korekta: po zamknięciu ankiety koordynator poinformował, że w styczniu 2024 r. dwie "
        "stocznie jachtowe wystąpiły z klastra, który liczy obecnie 17 członków.",
        "5 Spośród członków 11 firm korzysta z basenu testowego Centrum Technik Głębinowych w Helu, "
        "które nie jest członkiem klastra.",
    ],
    3: [
        "6 Strona klastra: www.kociewie-owoce.pl; strona koordynatora: www.wierzyca-spoldzielnia.pl.",
    ],
}


def make_s01(path: Path) -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    pdfmetrics.registerFont(TTFont("DejaVuSerif", str(FONT_DIR / "DejaVuSerif.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", str(FONT_DIR / "DejaVuSerif-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    from reportlab.lib.fonts import addMapping

    addMapping("DejaVuSerif", 0, 0, "DejaVuSerif")
    addMapping("DejaVuSerif", 1, 0, "DejaVuSerif-Bold")
    addMapping("DejaVuSerif", 0, 1, "DejaVuSerif")
    addMapping("DejaVuSerif", 1, 1, "DejaVuSerif-Bold")

    navy = colors.HexColor("#1B3A5C")
    title = ParagraphStyle(
        "title", fontName="DejaVuSans-Bold", fontSize=14, leading=18, textColor=navy, spaceAfter=8
    )
    h2 = ParagraphStyle(
        "h2",
        fontName="DejaVuSans-Bold",
        fontSize=11,
        leading=14,
        textColor=navy,
        spaceBefore=8,
        spaceAfter=4,
    )
    body = ParagraphStyle(
        "body",
        fontName="DejaVuSerif",
        fontSize=9.5,
        leading=13.2,
        alignment=4,
        spaceAfter=6,
        firstLineIndent=5 * mm,
    )
    cell = ParagraphStyle("cell", fontName="DejaVuSans", fontSize=8.5, leading=10.5)
    cellb = ParagraphStyle("cellb", fontName="DejaVuSans-Bold", fontSize=8.5, leading=10.5)
    caption = ParagraphStyle(
        "caption", fontName="DejaVuSans-Bold", fontSize=8.5, leading=11, spaceAfter=3
    )
    source = ParagraphStyle(
        "source", fontName="DejaVuSans", fontSize=7.5, leading=9.5, spaceBefore=2, spaceAfter=6
    )

    story = [Paragraph(S01_TITLE, title), Paragraph(S01_INTRO, body)]
    story.append(Paragraph(S01_TABLE_CAPTION, caption))
    rows = []
    for i, row in enumerate(S01_TABLE):
        style = cellb if i in (0, len(S01_TABLE) - 1) else cell
        rows.append([Paragraph(v, style) for v in row])
    table = Table(rows, colWidths=[45 * mm, 35 * mm, 35 * mm, 40 * mm])
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8899AA")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE6F0")),
                ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#EEF2F6")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story.append(table)
    story.append(Paragraph(S01_TABLE_SOURCE, source))
    for kind, text in S01_BODY:
        if kind == "h":
            story.append(Paragraph(text, h2))
        elif kind == "p":
            story.append(Paragraph(text, body))
        elif kind == "c":
            name, rest = text
            story.append(Paragraph(f"<b>{name}</b>{rest}", body))
        elif kind == "pb":
            story.append(PageBreak())
    story.append(Spacer(1, 4 * mm))

    def page(canvas, doc):
        canvas.saveState()
        width, height = A4
        canvas.setFont("DejaVuSans", 7.5)
        canvas.setFillColor(navy)
        canvas.drawString(20 * mm, height - 12 * mm, S01_HEADER_LEFT)
        canvas.drawRightString(width - 20 * mm, height - 12 * mm, S01_HEADER_RIGHT)
        canvas.setStrokeColor(navy)
        canvas.setLineWidth(0.5)
        canvas.line(20 * mm, height - 13.5 * mm, width - 20 * mm, height - 13.5 * mm)
        notes = S01_FOOTNOTES.get(doc.page, [])
        if notes:
            canvas.line(20 * mm, 44 * mm, 70 * mm, 44 * mm)
            y = 40 * mm
            canvas.setFillColor(colors.black)
            for note in notes:
                number, text = note.split(" ", 1)
                para = Paragraph(
                    f"<super>{number}</super> {text}",
                    ParagraphStyle(
                        "fn", fontName="DejaVuSans", fontSize=7.2, leading=9, textColor=colors.black
                    ),
                )
                _w, h = para.wrap(width - 40 * mm, 30 * mm)
                para.drawOn(canvas, 20 * mm, y - h)
                y -= h + 1.2 * mm
        canvas.setFillColor(navy)
        canvas.setFont("DejaVuSans", 7.5)
        canvas.line(20 * mm, 14 * mm, width - 20 * mm, 14 * mm)
        canvas.drawString(20 * mm, 10 * mm, S01_FOOTER_LEFT)
        canvas.drawRightString(width - 20 * mm, 10 * mm, str(S01_FIRST_PAGE - 1 + doc.page))
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=48 * mm,
        title="Diagnoza potencjału klastrów województwa pomorskiego 2024 – rozdział 4",
        author="Pomorskie Obserwatorium Rynku i Innowacji",
        creator="heldout34",
        producer="heldout34",
        subject="",
    )
    doc.build(story, onFirstPage=page, onLaterPages=page)
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------
# s02 – DOCX: the same kind of chapter (wielkopolskie) with a three-column
# Word table Klaster | Opis | Dane kontaktowe
# ---------------------------------------------------------------------------

S02_HEADER = "Diagnoza potencjału klastrów Wielkopolski Południowej 2024"
S02_FOOTER = (
    "Rozdział 3 – Inicjatywy klastrowe  |  Południowowielkopolskie Forum Gospodarcze, Kalisz"
)
S02_TITLE = "3. Inicjatywy klastrowe subregionów kaliskiego i leszczyńskiego"
S02_INTRO = [
    "W subregionach kaliskim i leszczyńskim działa 12 inicjatyw klastrowych, które łącznie zrzeszają "
    "ponad 380 podmiotów, w tym ok. 300 przedsiębiorstw. Tabela 3.1 przedstawia pięć z nich – te, "
    "których koordynatorzy przekazali dane w ankiecie do 15 marca 2024 r.",
    "Opisy sporządzono na podstawie ankiet i rozmów z menedżerami klastrów; dane kontaktowe podano w "
    "brzmieniu przekazanym przez klastry.",
]
S02_SUBTITLE1 = "3.1. Charakterystyka wybranych klastrów"
S02_CAPTION = "Tabela 3.1. Wybrane klastry subregionów kaliskiego i leszczyńskiego"
S02_TABLE_HEAD = ["Klaster", "Opis", "Dane kontaktowe"]
S02_TABLE = [
    (
        "Kaliski Klaster Złotnictwa i Grawerstwa",
        "Porozumienie o współpracy zawarło w 2011 r. ośmiu złotników i grawerów z Kalisza. Od 2015 r. "
        "klaster prowadzi Stowarzyszenie „Kaliski Klaster Złotnictwa i Grawerstwa”, bez odrębnego "
        "koordynatora. Członkowie: 19 członków zwyczajnych (pracownie złotnicze, grawerskie i odlewnie "
        "precyzyjne) oraz 4 członków wspierających (dwie szkoły plastyczne, muzeum i bank "
        "spółdzielczy). Pracownie wytwarzają ok. 40 tys. wyrobów rocznie i eksportują je do 31 "
        "krajów. Cele: wspólna marka „Złoto z Kalisza”, odtworzenie kształcenia w zawodzie "
        "złotnika-jubilera, wspólne stoiska na targach w Monachium i Vicenzy.",
        [
            "ul. Złotnicza 7, 62-800 Kalisz",
            "tel. 62 598 14 30",
            "e-mail: biuro@zloto-kalisz.pl",
            "www.zloto-kalisz.pl",
        ],
    ),
    (
        "Ostrzeszowski Klaster Galanterii Metalowej",
        "Działa od 2017 r. na podstawie umowy konsorcjum. Koordynatorem jest Agencja Rozwoju "
        "Regionalnego „Ołobok” sp. z o.o. z Ostrowa Wielkopolskiego; biuro klastra mieści się w "
        "Ostrzeszowie. Klaster skupia ok. 30 producentów okuć, zawiasów i akcesoriów meblowych oraz "
        "dwie szkoły branżowe. Członkowie zatrudniają ponad 2 400 osób. Główny cel na lata "
        "2024–2028: utworzenie wspólnego laboratorium badań wytrzymałości okuć.",
        [
            "Koordynator: ARR „Ołobok” sp. z o.o., ul. Wrocławska 112, 63-400 Ostrów Wielkopolski, "
            "tel. 62 736 40 15, www.arr-olobok.pl",
            "Biuro klastra: ul. Kolejowa 9, 63-500 Ostrzeszów, tel. 62 730 22 81",
            "e-mail: klaster@arr-olobok.pl",
            "Strona klastra: www.arr-olobok.pl/galanteria",
        ],
    ),
    (
        "Klaster Obsługi Technicznej Szybowców „Termika”",
        "Porozumienie z 2017 r. podpisało 12 podmiotów: aerokluby, szkoły szybowcowe i warsztaty "
        "obsługi technicznej z Leszna i okolic. Na koniec 2023 r. klaster liczył 17 członków. "
        "Koordynator: Fundacja Rozwoju Lotnictwa Sportowego „Noszenie” z siedzibą w Lesznie. Na "
        "lotnisku, z którego korzystają członkowie, wykonano w 2023 r. ok. 9 500 startów. Cele: rozwój "
        "usług obsługi technicznej szybowców; szkolenie mechaników lotniczych; wspólna promocja "
        "Leszna jako ośrodka szybownictwa.",
        [
            "Biuro klastra: Fundacja „Noszenie”",
            "ul. Szybowników 2, 64-100 Leszno",
            "tel. 65 529 31 07",
            "e-mail: termika@noszenie.org.pl",
            "www.klaster-termika.pl",
        ],
    ),
    (
        "Klaster Energii Gmin Nadbaryckich",
        "Utworzony porozumieniem z 2018 r.; status pilotażowego klastra energii od 2019 r. "
        "Koordynatorem jest Gmina i Miasto Odolanów. Klaster liczy 21 członków, w tym 4 gminy, 2 "
        "spółdzielnie energetyczne i biogazownię rolniczą. Moc zainstalowana OZE członków: 34 MW. "
        "Cel: zbilansowanie zapotrzebowania gmin nad Baryczą na energię elektryczną do 2030 r.",
        [
            "Urząd Gminy i Miasta Odolanów",
            "ul. Rynek 11, 63-430 Odolanów",
            "tel. 62 733 12 40",
            "e-mail: klaster@nadbarycz-energia.pl",
        ],
    ),
    (
        "Klaster Pieczarkarzy Doliny Orli",
        "Klaster zawiązało w 2020 r. 14 pieczarkarni z okolic Kobylina i Krotoszyna; w 2022 r. "
        "przystąpiły do niego kolejne gospodarstwa i druga kompostownia. Dziś skupia czterdzieści "
        "cztery gospodarstwa pieczarkarskie i dwie kompostownie, w tym 12 gospodarstw z certyfikatem "
        "GlobalG.A.P. Koordynatorem jest Zrzeszenie Producentów Pieczarek „Grzybnia” z Kobylina. "
        "Produkcja członków to ok. 60 tys. ton pieczarek rocznie. Cele klastra to wspólny zakup "
        "podłoża, negocjowanie cen z sieciami handlowymi oraz budowa wspólnej oczyszczalni wód "
        "technologicznych.",
        [
            "Zrzeszenie „Grzybnia”",
            "ul. Krotoszyńska 40, 63-740 Kobylin",
            "tel. 65 548 20 66",
            "e-mail: biuro@grzybnia.org.pl",
            "www.grzybnia.org.pl (strona Zrzeszenia)",
        ],
    ),
]
S02_TABLE_SOURCE = (
    "Źródło: opracowanie własne na podstawie ankiet koordynatorów (stan na 15 marca 2024 r.)."
)
S02_AFTER = [
    (
        "p",
        "Korekta względem wersji roboczej z kwietnia 2024 r.: w wierszu klastra „Termika” podano "
        "wówczas 21 członków, co obejmowało również czterech kandydatów; prawidłowa liczba członków "
        "to 17.",
    ),
    ("h2", "3.2. Inne inicjatywy subregionów"),
    (
        "p",
        "Do tabeli nie włączono Jarocińskiego Klastra Transportu Chłodniczego z siedzibą w Jarocinie, "
        "którego koordynator nie przekazał ankiety w terminie. Według strony internetowej klastra "
        "(www.chlodnia-jarocin.pl) skupia on ponad 15 firm przewozowych i magazynowych.",
    ),
    (
        "p",
        "Nie ujęto również Kaliskiej Sieci Punktów Obsługi Inwestora, która nie jest klastrem, lecz "
        "siecią informacyjną pięciu samorządów.",
    ),
    (
        "p",
        "Członkowie klastrów obu subregionów deklarują łącznie ok. 11 tys. miejsc pracy; szczegółową "
        "analizę zatrudnienia zawiera rozdział 4.",
    ),
]


def make_s02(path: Path) -> None:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Cm, Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    cp = doc.core_properties
    fixed = datetime(2024, 5, 20, 9, 30, 0)
    cp.author = "Południowowielkopolskie Forum Gospodarcze"
    cp.last_modified_by = "Południowowielkopolskie Forum Gospodarcze"
    cp.title = "Diagnoza potencjału klastrów Wielkopolski Południowej 2024 – rozdział 3"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3

    section = doc.sections[0]
    section.left_margin = Cm(2)
    section.right_margin = Cm(2)
    section.header.paragraphs[0].text = S02_HEADER
    section.footer.paragraphs[0].text = S02_FOOTER

    doc.add_heading(S02_TITLE, level=1)
    for text in S02_INTRO:
        doc.add_paragraph(text)
    doc.add_heading(S02_SUBTITLE1, level=2)
    doc.add_paragraph().add_run(S02_CAPTION).bold = True

    table = doc.add_table(rows=1 + len(S02_TABLE), cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(3.8), Cm(8.6), Cm(4.6)]
    for j, head in enumerate(S02_TABLE_HEAD):
        c = table.cell(0, j)
        c.text = head
        c.paragraphs[0].runs[0].bold = True
        c.width = widths[j]
    for i, (name, desc, contact) in enumerate(S02_TABLE, start=1):
        c0 = table.cell(i, 0)
        c0.text = name
        c0.paragraphs[0].runs[0].bold = True
        c1 = table.cell(i, 1)
        c1.text = desc
        c2 = table.cell(i, 2)
        c2.text = contact[0]
        for line in contact[1:]:
            c2.add_paragraph(line)
        for j, c in enumerate((c0, c1, c2)):
            c.width = widths[j]
            for par in c.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(9)
    p = doc.add_paragraph()
    p.add_run(S02_TABLE_SOURCE).italic = True
    for kind, text in S02_AFTER:
        if kind == "h2":
            doc.add_heading(text, level=2)
        else:
            doc.add_paragraph(text)

    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 5, 20, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# s03 – HTML: a marshal office's "Inteligentne specjalizacje" page (podlaskie)
# with clusters under specialisation headings, nested <ul> and <dl> fact lists
# ---------------------------------------------------------------------------

S03_HTML = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Inteligentne specjalizacje &ndash; klastry | Województwo Podlaskie</title>
<meta name="description" content="Klastry przypisane do inteligentnych specjalizacji województwa podlaskiego">
<link rel="stylesheet" href="/static/css/portal.css">
<script src="/static/js/cookies.js" defer></script>
</head>
<body>
<header class="site-header">
  <a class="logo" href="/"><img src="/static/img/herb.svg" alt="Herb województwa podlaskiego"> Województwo Podlaskie</a>
  <nav class="main-nav">
    <ul>
      <li><a href="/aktualnosci">Aktualności</a></li>
      <li><a href="/gospodarka">Gospodarka</a></li>
      <li class="active"><a href="/gospodarka/inteligentne-specjalizacje">Inteligentne specjalizacje</a></li>
      <li><a href="/fundusze">Fundusze Europejskie</a></li>
      <li><a href="/kontakt">Kontakt</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumbs" aria-label="Ścieżka">
  <a href="/">Strona główna</a> &rsaquo; <a href="/gospodarka">Gospodarka</a> &rsaquo;
  <a href="/gospodarka/inteligentne-specjalizacje">Inteligentne specjalizacje</a> &rsaquo; Klastry
</nav>
<main id="content">
<h1>Inteligentne specjalizacje województwa podlaskiego &ndash; klastry</h1>
<p class="lead">Klastry są jednym z narzędzi wdrażania Regionalnej Strategii Innowacji. W regionie działa
obecnie 11 inicjatyw klastrowych, które skupiają ponad 450 podmiotów. Poniżej przedstawiamy klastry
przypisane do poszczególnych inteligentnych specjalizacji (stan na 31 marca 2024 r.).</p>

<section id="rolno-spozywcza">
<h2>1. Specjalizacja rolno-spożywcza</h2>
<p>Obejmuje przetwórstwo mleka, mięsa i miodu oraz produkcję żywności wysokiej jakości.</p>
<ul class="klastry">
  <li>
    <h3>Sokólski Klaster Wędlin Tradycyjnych</h3>
    <dl>
      <dt>Rok założenia</dt><dd>2016</dd>
      <dt>Forma</dt><dd>porozumienie o współpracy</dd>
      <dt>Koordynator</dt><dd>Stowarzyszenie Producentów Żywności Regionalnej &bdquo;Smaki Sokólszczyzny&rdquo; (Sokółka)</dd>
      <dt>Liczba członków</dt><dd>24 (w tym 17 zakładów mięsnych)</dd>
      <dt>Zatrudnienie u członków</dt><dd>ok. 1&nbsp;150 osób</dd>
      <dt>Strona</dt><dd><a href="https://www.wedliny-sokolka.pl/">www.wedliny-sokolka.pl</a></dd>
    </dl>
    <ul>
      <li>Cele:
        <ul>
          <li>ochrona oznaczeń geograficznych wyrobów regionalnych,</li>
          <li>wspólna chłodnia i dystrybucja do sieci handlowych,</li>
          <li>szkolenia masarzy.</li>
        </ul>
      </li>
    </ul>
  </li>
  <li>
    <h3>Klaster Pszczelarski Puszczy Knyszyńskiej</h3>
    <dl>
      <dt>Koordynator</dt><dd>Gmina Knyszyn</dd>
      <dt>Siedziba biura</dt><dd>Urząd Miejski w Knyszynie</dd>
      <dt>Liczba członków</dt><dd>ok. 60 pasiek i 2 szkoły rolnicze</dd>
      <dt>Liczba rodzin pszczelich</dt><dd>ok. 4&nbsp;000</dd>
      <dt>Rok założenia</dt><dd>b.d.</dd>
    </dl>
    <ul>
      <li>Cel:
        <ul>
          <li>wspólna pracownia analiz miodu i certyfikacja &bdquo;Miód z Puszczy Knyszyńskiej&rdquo;</li>
        </ul>
      </li>
    </ul>
  </li>
</ul>
<p class="note">W specjalizacji działa także Nadnarwiańska Grupa Producentów Mleka sp. z o.o. &ndash; grupa
producencka, która nie jest klastrem.</p>
</section>

<section id="medycyna">
<h2>2. Medycyna, nauki o życiu i usługi prozdrowotne</h2>
<ul class="klastry">
  <li>
    <h3>Białostocki Klaster Diagnostyki i Telemedycyny &bdquo;MedNet Podlasie&rdquo;</h3>
    <dl>
      <dt>Rok założenia</dt><dd>2013</dd>
      <dt>Forma</dt><dd>porozumienie (umowa konsorcjum)</dd>
      <dt>Koordynator</dt><dd>Fundacja Innowacji w Ochronie Zdrowia &bdquo;Puls&rdquo;</dd>
      <dt>Siedziba</dt><dd>ul. Legionowa 28, 15-281 Białystok</dd>
      <dt>Liczba członków</dt><dd>31: 22 firmy, 6 placówek medycznych, 2 uczelnie i instytut badawczy</dd>
      <dt>Strona</dt><dd><a href="https://www.mednet-podlasie.pl/">www.mednet-podlasie.pl</a></dd>
      <dt>Strona koordynatora</dt><dd><a href="https://www.fundacja-puls.org.pl/">www.fundacja-puls.org.pl</a></dd>
    </dl>
    <ul>
      <li>Cele:
        <ul>
          <li>wdrażanie zdalnej diagnostyki w gminach wiejskich,</li>
          <li>wspólne badania kliniczne wyrobów medycznych.</li>
        </ul>
      </li>
    </ul>
  </li>
</ul>
</section>

<section id="ekoinnowacje">
<h2>3. Ekoinnowacje</h2>
<ul class="klastry">
  <li>
    <h3>Klaster Energii &bdquo;Goniądz-Biebrza&rdquo;</h3>
    <dl>
      <dt>Koordynator</dt><dd>Gmina Goniądz</dd>
      <dt>Siedziba</dt><dd>Urząd Miejski w Goniądzu</dd>
      <dt>Forma</dt><dd>porozumienie</dd>
      <dt>Liczba członków</dt><dd>19 (stan na 31.03.2024 r.); porozumienie z 2018 r. podpisało 11 podmiotów</dd>
      <dt>Certyfikat klastra energii</dt><dd>2020</dd>
    </dl>
    <ul>
      <li>Cel:
        <ul>
          <li>samowystarczalność energetyczna gmin nadbiebrzańskich do 2035 r.</li>
        </ul>
      </li>
    </ul>
  </li>
</ul>
</section>

<section id="maszynowa">
<h2>4. Sektor metalowo-maszynowy i stoczniowy</h2>
<ul class="klastry">
  <li>
    <h3>Klaster Maszyn i Narzędzi Rolniczych &bdquo;Podlaski Pług&rdquo;</h3>
    <dl>
      <dt>Rok założenia</dt><dd>2014 (porozumienie), 2018 (spółka)</dd>
      <dt>Forma</dt><dd>spółka z o.o. &ndash; Klaster Podlaski Pług sp. z o.o.</dd>
      <dt>Koordynator</dt><dd>&ndash; (klaster działa jako spółka)</dd>
      <dt>Siedziba</dt><dd>Łapy</dd>
      <dt>Liczba członków</dt><dd>36; cel na 2026 r.: 45</dd>
      <dt>Zatrudnienie u członków</dt><dd>ponad 3&nbsp;000 osób</dd>
      <dt>Strona</dt><dd><a href="https://www.podlaskiplug.pl/">www.podlaskiplug.pl</a></dd>
    </dl>
    <ul>
      <li>Cele:
        <ul>
          <li>wspólne centrum badań i testów maszyn,</li>
          <li>eksport maszyn na rynki Ukrainy i Kazachstanu.</li>
        </ul>
      </li>
    </ul>
  </li>
  <li class="ibo">Podlaskie Centrum Kompetencji Spawalniczych &ndash; instytucja otoczenia biznesu współpracująca z klastrem; nie jest klastrem.</li>
</ul>
</section>

<section id="ict">
<h2>5. Technologie informacyjne i komunikacyjne</h2>
<ul class="klastry">
  <li>
    <h3>Klaster Cyberochrony &bdquo;Bastion&rdquo;</h3>
    <dl>
      <dt>Forma</dt><dd>stowarzyszenie (Stowarzyszenie &bdquo;Klaster Cyberochrony Bastion&rdquo;, KRS 0000911470)</dd>
      <dt>Koordynator</dt><dd>zarząd stowarzyszenia</dd>
      <dt>Rok założenia</dt><dd>2020</dd>
      <dt>Siedziba</dt><dd>Białystok</dd>
      <dt>Liczba członków</dt><dd>27, w tym 3 uczelnie</dd>
      <dt>Strona</dt><dd><a href="https://www.bastion-klaster.pl/">www.bastion-klaster.pl</a></dd>
    </dl>
    <ul>
      <li>Cele:
        <ul>
          <li>wspólne centrum reagowania na incydenty dla firm z regionu,</li>
          <li>kształcenie specjalistów bezpieczeństwa sieci,</li>
          <li>testy penetracyjne dla samorządów.</li>
        </ul>
      </li>
      <li>Współpraca międzyregionalna:
        <ul>
          <li>porozumienie z Olsztyńskim Klastrem Animacji Komputerowej (Olsztyn, woj. warmińsko-mazurskie) &ndash; wspólne studia podyplomowe.</li>
        </ul>
      </li>
    </ul>
  </li>
</ul>
</section>
</main>
<footer class="site-footer">
  <p>Departament Rozwoju Gospodarczego, ul. Kolejowa 44, 15-701 Białystok, tel. 85 665 40 12</p>
  <p>Ostatnia aktualizacja: 12.04.2024 r. &middot; Realizacja strony: Studio Kreatywne &bdquo;Żubr Media&rdquo;, <a href="https://www.zubrmedia.pl/">www.zubrmedia.pl</a></p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# s04 – plain text, cp1250, CRLF: report annex "Karty klastrów"
# (zachodniopomorskie), labelled fields, missing fields, "brak danych",
# one karta for two clusters after a merger, one karta withdrawn
# ---------------------------------------------------------------------------

S04_RULE = "-" * 78
S04_PAGES = [
    [
        "ZAŁĄCZNIK NR 3",
        "do raportu „Potencjał klastrów Pomorza Zachodniego 2024”",
        "",
        "KARTY KLASTRÓW",
        "",
        "Karty wypełnili koordynatorzy klastrów w marcu 2024 r. Pola, których koordynator",
        "nie uzupełnił, pozostawiono puste albo oznaczono „brak danych”. Karty przepisano",
        "bez zmian merytorycznych; uwagi zespołu autorskiego podano w polu „Uwagi”.",
        "W załączniku zamieszczono 6 kart (karta nr 7 została wycofana); opisane klastry",
        "zrzeszają łącznie ok. 160 podmiotów.",
        "",
        S04_RULE,
        "KARTA NR 1",
        "Nazwa:            Klaster Producentów Mebli Skrzyniowych Pojezierza Szczecineckiego",
        "Rok powstania:    2012 (porozumienie o współpracy)",
        "Forma prawna:     stowarzyszenie – od 2016 r. klaster prowadzi Stowarzyszenie",
        "                  Producentów Mebli Skrzyniowych Pojezierza Szczecineckiego",
        "Liczba członków:  ok. 35",
        "Koordynator:      – (stowarzyszenie prowadzi klaster samodzielnie)",
        "Siedziba:         ul. Stolarska 4, 78-400 Szczecinek",
        "Cele:             wspólne biuro projektowe; wspólne stoisko na targach meblowych",
        "                  w Kolonii; kształcenie stolarzy w szkołach branżowych powiatu",
        "                  szczecineckiego",
        "Strona www:       www.meble-skrzyniowe.pl",
        "Zatrudnienie:     ok. 3 100 osób",
        S04_RULE,
        "KARTA NR 2",
        "Nazwa:            Klaster Energii Geotermalnej Ziemi Pyrzyckiej",
        "Rok powstania:    2017",
        "Liczba członków:  brak danych",
        "Koordynator:      Gmina Pyrzyce",
        "Siedziba:",
        "Cele:             zwiększenie udziału ciepła geotermalnego w miejskiej sieci",
        "                  ciepłowniczej do 2030 r.",
        "Uwagi:            status klastra energii od 2018 r.; moc ciepłowni geotermalnej",
        "                  15 MW.",
        S04_RULE,
    ],
    [
        "KARTA NR 3",
        "(karta wspólna dla dwóch klastrów – połączenie z dniem 1 stycznia 2023 r.)",
        "Nazwa:            (1) Wolińsko-Kamieński Klaster Turystyki Wodnej",
        "                  (2) Klaster Żeglarstwa Morskiego „Dziwna” – włączony do klastra (1);",
        "                      jako odrębna inicjatywa przestał istnieć 31 grudnia 2022 r.",
        "Rok powstania:    (1) 2014; (2) 2018",
        "Forma prawna:     umowa o współpracy (oba klastry)",
        "Liczba członków:  41 (po połączeniu); przed połączeniem: (1) – 29, (2) – 14;",
        "                  dwie firmy należały do obu klastrów",
        "Koordynator:      Fundacja Rozwoju Wybrzeża „Mierzeja” z Międzyzdrojów; klaster (2)",
        "                  koordynowała do końca 2022 r. Gmina Dziwnów",
        "Siedziba:         biuro klastra w Kamieniu Pomorskim, ul. Wolińska 5;",
        "                  (2) – dawniej Dziwnów",
        "Cele:             wspólna oferta rejsów po Zalewie Kamieńskim i Zalewie Szczecińskim;",
        "                  budowa sieci przystani dla jachtów",
        "Strona www:       www.wodny-kamien.pl",
        S04_RULE,
        "KARTA NR 4",
        "Nazwa:            Stargardzki Klaster Odzysku Tworzyw",
        "Rok powstania:    2019",
        "Forma prawna:     porozumienie",
        "Liczba członków:  18, w tym 3 spoza województwa",
        "Koordynator:      Agencja Rozwoju Ziemi Ińskiej sp. z o.o., Ińsko",
        "Siedziba:         biuro w Stargardzie, ul. Przemysłowa 21",
        "Uwagi:            w 2023 r. członkowie przetworzyli ok. 21 tys. ton odpadów",
        "                  z tworzyw sztucznych; pole „Cele” nie zostało wypełnione.",
        S04_RULE,
        "KARTA NR 5",
        "Nazwa:            Klaster Usług Portowych „Brama Świny”",
        "Rok powstania:    brak danych",
        "Liczba członków:  25 – korekta koordynatora z 12.04.2024 r.: 23 (dwie firmy",
        "                  wystąpiły z klastra w marcu 2024 r.)",
        "Koordynator:      brak danych",
        "Siedziba:         Świnoujście",
        "Cele:             skrócenie czasu odpraw promowych; wspólne szkolenia z mocowania",
        "                  ładunków; pogłębienie toru wodnego do nabrzeży promowych",
        "Strona www:       brak",
        S04_RULE,
    ],
    [
        "KARTA NR 6",
        "Nazwa:            Wałecki Klaster Agroturystyczny „Piława”",
        "Rok powstania:    porozumienie podpisano 14 maja 2015 r. w Tucznie",
        "Liczba członków:  ponad 40 kwater i gospodarstw agroturystycznych oraz 2 gminy",
        "Koordynator:      Lokalna Grupa Działania „Jeziora i Bory Wałeckie”, Wałcz",
        "Siedziba:         brak danych",
        "Cele:",
        "  1. wspólny system rezerwacji kwater,",
        "  2. oznakowanie szlaku kajakowego na Piławie,",
        "  3. certyfikacja kwater „Zielony Wałcz”.",
        S04_RULE,
        "KARTA NR 7 – WYCOFANA",
        "Nazwa:            Zachodniopomorska Sieć Punktów Informacji Turystycznej",
        "Uwagi:            karta wycofana przez zespół autorski – sieć nie jest klastrem",
        "                  (brak porozumienia klastrowego; współpraca informacyjna 12 gmin).",
        S04_RULE,
        "",
        "Opracowanie: zespół autorski raportu, Szczecin, kwiecień 2024 r.",
    ],
]


def make_s04_text() -> str:
    pages = []
    total = len(S04_PAGES)
    for n, lines in enumerate(S04_PAGES, start=1):
        head = f"Załącznik nr 3 – Karty klastrów{'':<36}s. {n} z {total}"
        pages.append("\r\n".join([head, "", *lines, ""]))
    return "\f".join(pages)


# ---------------------------------------------------------------------------
# s05 – plain text UTF-8: pdftotext -layout export of a two-column page pair
# (mazowieckie), columns side by side with a wide gutter, one cluster a block
# ---------------------------------------------------------------------------

S05_COL = 46
S05_GUTTER = 10
S05_WIDTH = 2 * S05_COL + S05_GUTTER

S05_HEADER = "Raport „Mazowsze regionalne 2024”"
S05_FOOTER = "Pracownia Analiz Regionalnych „Mazowsze Regionalne” · Warszawa 2024"
S05_TITLE = "5.2. Klastry w subregionach pozametropolitalnych"

# blocks: (heading, text); "|" marks where a word may be hyphenated at a line end
S05_BLOCKS = {
    "A": (
        "KLASTER GARBARSKO-OBUWNICZY „RADOMKA”",
        "Klaster powstał w 2015 r. z inicja|tywy Radomskiej Izby Przemysłu Skórza|nego, która jest "
        "jego koordy|natorem i ma siedzibę w Radomiu. Porozu|mienie o współpracy podpisało wtedy 12 "
        "firm. Dziś klaster tworzy 31 zakładów obuw|niczych i garbarni oraz dwie szkoły: Techni|kum "
        "Przemysłu Skórza|nego i Branżowa Szkoła Obuwnicza. Członkowie produ|kują ok. 1,8 mln par "
        "obuwia rocznie. Cele: odbudowa szkolni|ctwa zawodo|wego w branży skórzanej; wspólne "
        "laborato|rium badań skór; marka „Obuwie z Radomia”. Strona: www.radomka-klaster.pl",
    ),
    "B": (
        "PŁOCKI KLASTER BIOKOMPONENTÓW I CHEMII ROLNEJ",
        "Inicjatywa działa od 2016 r., począt|kowo jako porozu|mienie pod nazwą Płocki Klaster Paliw "
        "Odna|wialnych. W 2020 r. dzie|więciu członków powołało spółkę Klaster Biokompo|nentów Mazowsza "
        "Płockiego sp. z o.o., która prowadzi klaster i nie ma nad sobą odręb|nego koordyna|tora. "
        "Siedziba spółki mieści się w Płocku, a instalacja pilota|żowa – w Gąbinie. Klaster liczy 26 "
        "członków, spośród których 9 to udzia|łowcy spółki. W 2023 r. członkowie przetwo|rzyli 140 "
        "tys. ton rzepaku. Cel główny: zwięk|szenie udziału surowców z Mazowsza w produk|cji "
        "biokompo|nentów do 2030 r.",
    ),
    "C": (
        "KURPIOWSKI KLASTER SZTUKI LUDOWEJ „LELUJA”",
        "Klaster działa od 2018 r. i zrzesza blisko trzydziestu twórców ludowych: bursztynia|rzy, "
        "hafciarki, twórców wycina|nek i pająków. Koordyna|torem jest Fundacja Kultury Puszczy Zielonej "
        "z Ostro|łęki, a biuro klastra działa w Myszyńcu, w budynku gminnego ośrodka kultury. "
        "Menedżer|ką klastra jest Halina Kaczmar|czyk. Cele: ochrona tradycyj|nych wzorów kurpiow|skich "
        "i rozwój sprzedaży interne|towej.",
    ),
    "D": (
        "KLASTER ENERGII „SIEDLECKIE PODLASIE”",
        "Porozu|mienie zawarto w grudniu 2019 r.; koordyna|torem jest wiejska Gmina Siedlce, której "
        "urząd mieści się w Siedlcach. Według sprawo|zdania za 2023 r. klaster liczył 17 członków. W "
        "lutym 2024 r. do porozumienia przystą|piły Miasto Siedlce i dwie spółki ciepłow|nicze, więc "
        "obecnie klaster liczy dwudzie|stu członków. Cel klastra: obniżenie kosztów energii dla "
        "członków o 20% do 2028 r.",
    ),
    "E": (
        "KLASTER SADOWNICZY DOLINY PILICY",
        "Umowę o współpracy podpisało w 2013 r. 18 sadowni|ków z okolic Warki i Nowego Miasta nad "
        "Pilicą. Koordyna|torem jest spółka Grupa Produ|centów Owoców „Sad nad Pilicą” sp. z o.o. z "
        "Nowego Miasta nad Pilicą, natomiast biuro klastra mieści się w Warce. Obecnie klaster skupia "
        "ponad 60 gospodarstw sadowni|czych, 4 chłodnie i tłocznię soków. Sady członków zajmują ok. "
        "2 300 ha. Cele: wspólna sprzedaż jabłek na rynki arabskie, budowa przecho|walni z "
        "kontrolo|waną atmosferą. Strona koordyna|tora: www.sadnadpilica.pl",
    ),
    "F": (
        "CIECHANOWSKI KLASTER MECHATRONIKI I AUTOMATYZACJI",
        "Stowarzy|szenie „Ciechanow|ski Klaster Mechatro|niki i Automaty|zacji” zarejestro|wano w 2017 r. "
        "bez wcześniej|szego porozumienia; zarząd stowarzy|szenia sam prowadzi sprawy klastra. "
        "Siedziba: Ciechanów. Członkowie: 22, w tym 5 spoza subregio|nu ciechanow|skiego. Prezesem "
        "zarządu jest Tomasz Wierzbicki. Cele:\n"
        "• wspólne centrum szkoleń z robotyki,\n"
        "• dostawy linii montażowych dla przemysłu spożywczego,\n"
        "• współpraca z uczelniami technicznymi.\n"
        "www.mechatronika-ciechanow.pl",
    ),
}
S05_BOX = (
    "Ramka 5.3. Poza zestawieniem pozostają Radomskie Centrum Wzornictwa Obuwia (instytucja "
    "otoczenia biznesu, nie jest klastrem) oraz Ostrołęcki Inkubator Technologiczny (sieć "
    "inkubatorów, nie jest klastrem). W pięciu subregionach pozametropolitalnych działa łącznie 14 "
    "inicjatyw klastrowych, zrzeszających ok. 520 podmiotów."
)
S05_LEAD = (
    "Poza Warszawą i jej otoczeniem klastry skupiają się w dawnych ośrodkach przemysłowych i na "
    "obszarach rolniczych. Poniżej opisano sześć inicjatyw, po jednej lub dwie z każdego subregionu."
)


def wrap_hyph(text: str, width: int) -> list[str]:
    """Greedy wrap; a word may be split at a '|' mark with a hyphen at the line end."""
    out: list[str] = []
    for para in text.split("\n"):
        line = ""
        for word in para.split():
            plain = word.replace("|", "")
            cand = f"{line} {plain}" if line else plain
            if len(cand) <= width:
                line = cand
                continue
            parts = word.split("|")
            split_done = False
            for k in range(len(parts) - 1, 0, -1):
                head = "".join(parts[:k]) + "-"
                cand = f"{line} {head}" if line else head
                if len(cand) <= width:
                    out.append(cand)
                    line = "".join(parts[k:])
                    split_done = True
                    break
            if not split_done:
                out.append(line)
                line = plain
        out.append(line)
    return out


def s05_block(key: str) -> list[str]:
    heading, text = S05_BLOCKS[key]
    return [*wrap_hyph(heading, S05_COL), "", *wrap_hyph(text, S05_COL)]


def s05_columns(left: list[str], right: list[str]) -> list[str]:
    rows = []
    for i in range(max(len(left), len(right))):
        lt = left[i] if i < len(left) else ""
        rt = right[i] if i < len(right) else ""
        if rt:
            rows.append(f"{lt:<{S05_COL + S05_GUTTER}}{rt}")
        else:
            rows.append(lt)
    return [r.rstrip() for r in rows]


def make_s05_text() -> str:
    pages = []
    # page 22: title, lead across both columns, blocks A|B and C|D
    p = [f"{S05_HEADER:<{S05_WIDTH - 2}}22", "", "", S05_TITLE, ""]
    p += wrap_hyph(S05_LEAD, S05_WIDTH)
    p.append("")
    p += s05_columns(s05_block("A"), s05_block("B"))
    p += ["", ""]
    p += s05_columns(s05_block("C"), s05_block("D"))
    p += ["", "", f"{S05_FOOTER:>{S05_WIDTH}}"]
    pages.append("\n".join(p) + "\n")
    # page 23: blocks E|F and the box across both columns
    p = [f"{S05_HEADER:<{S05_WIDTH - 2}}23", "", ""]
    p += s05_columns(s05_block("E"), s05_block("F"))
    p += ["", ""]
    p += wrap_hyph(S05_BOX, S05_WIDTH)
    p += ["", "", f"{S05_FOOTER:>{S05_WIDTH}}"]
    pages.append("\n".join(p) + "\n")
    return "\f".join(pages)


def main() -> None:
    make_s01(HERE / "s01_diagnoza_potencjalu_klastrow_pomorskie_rozdzial4.pdf")
    make_s02(HERE / "s02_diagnoza_klastry_wielkopolska_poludniowa_tabela.docx")
    (HERE / "s03_inteligentne_specjalizacje_klastry_podlaskie.html").write_bytes(
        S03_HTML.encode("utf-8")
    )
    (HERE / "s04_karty_klastrow_zalacznik_zachodniopomorskie_cp1250.txt").write_bytes(
        make_s04_text().encode("cp1250")
    )
    (HERE / "s05_klastry_mazowsze_dwie_kolumny_pdftotext_utf8.txt").write_bytes(
        make_s05_text().encode("utf-8")
    )


if __name__ == "__main__":
    main()
