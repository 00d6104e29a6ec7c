# ruff: noqa: E501
"""Generate the heldout25 documents (deterministic; all text lives here).

Run from the repository root:
    .venv/bin/python tests/cases/heldout25/make_documents.py
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


# ---------------------------------------------------------------------------
# h01 – PDF: chapter of a regional economic report (podkarpackie)
# ---------------------------------------------------------------------------

H01_INTRO = [
    "Na koniec 2023 r. w województwie podkarpackim działało 14 inicjatyw klastrowych, które zrzeszały łącznie ok. 690 podmiotów – przedsiębiorstw, uczelni, jednostek samorządu terytorialnego i instytucji otoczenia biznesu. W porównaniu z 2019 r. liczba inicjatyw wzrosła o trzy, a liczba zrzeszonych podmiotów o ok. 18%. W niniejszym rozdziale omówiono pięć inicjatyw, które w 2023 r. uczestniczyły w badaniu ankietowym Obserwatorium (tabela 5.1).",
    "Klastry regionu różnią się formą organizacyjną: część z nich działa na podstawie umów cywilnoprawnych zawartych między członkami, inne przybrały formę stowarzyszenia, które samo prowadzi sprawy klastra. Dobrym przykładem drugiej ścieżki jest działalność Dębickiego Klastra Przetwórstwa Gumy (DKPG), omówiona w punkcie 5.2.",
]

H01_TABLE = [
    ["Nazwa klastra", "Siedziba", "Forma prawna", "Rok powstania", "Liczba członków"],
    [
        "Dębicki Klaster Przetwórstwa Gumy",
        "Dębica",
        "stowarzyszenie",
        "2013 (stow. 2016)",
        "38",
    ],
    [
        "Klaster Taboru i Infrastruktury Kolejowej",
        "Jarosław",
        "umowa o współpracy",
        "2017",
        "30",
    ],
    ["Klaster Energii „Tanew”", "Narol", "porozumienie", "2018", "16"],
    [
        "Bieszczadzki Klaster Zielarstwa i Kosmetyki Naturalnej",
        "Ustrzyki Dolne",
        "umowa konsorcjum",
        "2020",
        "ok. 20",
    ],
    [
        "Stalowowolski Klaster Maszyn Budowlanych",
        "Stalowa Wola",
        "porozumienie",
        "2011",
        "21",
    ],
    ["Razem (5 inicjatyw)", "", "", "", "ok. 125"],
]

H01_SECTIONS = [
    (
        "5.2. Dębicki Klaster Przetwórstwa Gumy",
        [
            "Klaster zawiązało w 2013 r. dziewięć firm z Dębicy i okolic, podpisując umowę o współpracy. W 2016 r. członkowie powołali Stowarzyszenie „Dębicki Klaster Przetwórstwa Gumy”, wpisane do KRS w tym samym roku, które od tego czasu samo prowadzi sprawy klastra. Obecnie DKPG zrzesza 38 członków, w tym 31 przedsiębiorstw; firmy członkowskie zatrudniają łącznie ok. 4 200 osób. Ostatnie walne zebranie członków odbyło się w listopadzie 2023 r. w Ropczycach.",
            "Zgodnie ze statutem do celów stowarzyszenia należą:",
        ],
        [
            "wspieranie współpracy członków przy realizacji wspólnych zamówień,",
            "prowadzenie wspólnych prac badawczo-rozwojowych w zakresie mieszanek gumowych,",
            "podnoszenie kwalifikacji pracowników branży,",
            "promocja członków na rynkach zagranicznych.",
        ],
        "Informacje o bieżącej działalności publikowane są na stronie www.dkpg.org.pl.",
    ),
    (
        "5.3. Klaster Taboru i Infrastruktury Kolejowej",
        [
            "Członkowie Klastra Taboru i Infrastruktury Kolejowej podpisali umowę o współpracy w 2017 r.; koordynatorem klastra jest Podkarpacka Izba Transportu Szynowego z siedzibą w Rzeszowie, natomiast biuro klastra działa w Jarosławiu. Klaster tworzą 27 firm, 2 uczelnie oraz Powiatowy Urząd Pracy w Jarosławiu. Celem klastra jest wspólne pozyskiwanie zamówień na modernizację taboru, rozwój kompetencji spawalniczych pracowników oraz tworzenie wspólnego zaplecza badawczego. W 2023 r. członkowie zrealizowali zamówienia o łącznej wartości 86 mln zł.",
            "Szczegółowe informacje o klastrze można znaleźć na stronie internetowej koordynatora (www.pits-rzeszow.pl).",
        ],
        [],
        "",
    ),
    (
        "5.4. Klaster Energii „Tanew”",
        [
            "Klaster Energii „Tanew” został utworzony w 2018 r. porozumieniem 12 podmiotów; obecnie liczy 16 członków. Koordynatorem klastra jest Gmina Narol, a biuro klastra mieści się w Urzędzie Miasta i Gminy w Narolu. Spotkanie inaugurujące odbyło się w Lubaczowie. W 2019 r. klaster otrzymał certyfikat klastra energii. Jedynym celem wskazanym w porozumieniu jest zwiększenie udziału energii ze źródeł odnawialnych w bilansie energetycznym gmin członkowskich. Moc zainstalowana w instalacjach członków wynosi 14,6 MW.",
        ],
        [],
        "",
    ),
    (
        "5.5. Pozostałe inicjatywy",
        [
            "Bieszczadzki Klaster Zielarstwa i Kosmetyki Naturalnej działa od 2020 r. na podstawie umowy konsorcjum; jego koordynatorem jest Fundacja „Zioła Połonin” z Ustrzyk Dolnych. Klaster skupia ok. 20 podmiotów – plantatorów, zielarni i małych wytwórni kosmetyków (www.zielarstwo-bieszczady.pl).",
            "Stalowowolski Klaster Maszyn Budowlanych, koordynowany przez Stalowowolskie Centrum Wsparcia Przemysłu, nie nadesłał w tym roku ankiety; dane w tabeli 5.1 pochodzą z badania z 2021 r.",
            "W tabeli nie ujęto Klastra Agrodronów Podkarpacia. Sześć firm z okolic Przeworska podpisało w 2023 r. list intencyjny w sprawie jego utworzenia, jednak do dnia zamknięcia raportu nie zawarto umowy ani nie wybrano koordynatora.",
            "Klastrem nie jest także uruchomiony w 2022 r. w Rzeszowie klaster obliczeniowy „Hefajstos” – jest to zespół 64 serwerów wykorzystywany przez uczelnie regionu do obliczeń naukowych.",
        ],
        [],
        "",
    ),
]


def make_h01(path: Path) -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        ListFlowable,
        ListItem,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=9.5, leading=13, spaceAfter=6)
    cell = ParagraphStyle("cell", fontName="DejaVuSans", fontSize=8, leading=10)
    head = ParagraphStyle("head", fontName="DejaVuSans-Bold", fontSize=12, leading=15, spaceAfter=8)
    sub = ParagraphStyle(
        "sub",
        fontName="DejaVuSans-Bold",
        fontSize=10,
        leading=13,
        spaceBefore=6,
        spaceAfter=4,
    )

    def header_footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVuSans", 7.5)
        canvas.drawString(
            20 * mm,
            285 * mm,
            "Podkarpackie Obserwatorium Gospodarcze – Raport o stanie gospodarki regionu 2024",
        )
        canvas.drawRightString(190 * mm, 12 * mm, f"str. {40 + doc.page}")
        canvas.restoreState()

    story = [
        Paragraph("Rozdział 5. Współpraca przedsiębiorstw w klastrach", head),
        Paragraph("5.1. Inicjatywy klastrowe w regionie", sub),
    ]
    story += [Paragraph(t, body) for t in H01_INTRO]
    story.append(
        Paragraph(
            "Tabela 5.1. Inicjatywy klastrowe objęte badaniem (stan na 31.12.2023)",
            sub,
        )
    )
    data = [[Paragraph(c, cell) for c in row] for row in H01_TABLE]
    table = Table(data, colWidths=[58 * mm, 28 * mm, 32 * mm, 26 * mm, 24 * mm])
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story += [table, Paragraph("Źródło: badanie ankietowe Obserwatorium.", cell)]
    story.append(Spacer(1, 6))
    for title, paras, bullets, tail in H01_SECTIONS:
        story.append(Paragraph(title, sub))
        story += [Paragraph(t, body) for t in paras]
        if bullets:
            story.append(
                ListFlowable(
                    [ListItem(Paragraph(b, body)) for b in bullets],
                    bulletType="bullet",
                    start="•",
                    bulletFontName="DejaVuSans",
                    leftIndent=12,
                )
            )
        if tail:
            story.append(Paragraph(tail, body))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title="Raport o stanie gospodarki regionu 2024 – rozdział 5",
        author="Podkarpackie Obserwatorium Gospodarcze",
        creator="heldout25",
        producer="heldout25",
        subject="",
    )
    doc.build(story, onFirstPage=header_footer, onLaterPages=header_footer)
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------
# h02 – DOCX: marshal office information note (warmińsko-mazurskie)
# ---------------------------------------------------------------------------

H02_TABLE = [
    [
        "Lp.",
        "Nazwa klastra",
        "Koordynator",
        "Siedziba biura",
        "Liczba członków",
        "Rok utworzenia",
    ],
    [
        "1.",
        "Ostródzki Klaster Jachtów Motorowych",
        "Ostródzka Agencja Rozwoju Lokalnego sp. z o.o.",
        "Ostróda",
        "24",
        "2016",
    ],
    [
        "2.",
        "Klaster Serowarski „Mazurska Łąka”",
        "Spółdzielnia Mleczarska „Jezioranka”",
        "Mrągowo",
        "ok. 43",
        "2019",
    ],
    [
        "3.",
        "Braniewski Klaster Maszyn Rolniczych",
        "– (stowarzyszenie)",
        "Braniewo",
        "17",
        "2021",
    ],
    [
        "4.",
        "Lidzbarski Klaster Uzdrowiskowo-Termalny",
        "Gmina Miejska Lidzbark Warmiński",
        "Lidzbark Warmiński",
        "21",
        "2018",
    ],
    [
        "5.",
        "Klaster Żywności Funkcjonalnej Warmii i Mazur",
        "Warmińska Fundacja Technologii Żywności",
        "Olsztyn",
        "12",
        "2022",
    ],
    ["", "RAZEM", "", "", "ok. 117", ""],
]

H02_BEFORE = [
    "W dniu 12 marca 2024 r. w siedzibie Urzędu Marszałkowskiego w Olsztynie odbyło się spotkanie z przedstawicielami inicjatyw klastrowych z regionu. W spotkaniu uczestniczyło 14 osób, w tym przedstawicielka Klastra Serowarskiego „Mazurska Łąka”, prezes Ostródzkiej Agencji Rozwoju Lokalnego sp. z o.o. oraz członkowie zarządu Stowarzyszenia „Braniewski Klaster Maszyn Rolniczych”.",
    "Według rejestru prowadzonego przez Departament w województwie działa obecnie 11 inicjatyw klastrowych skupiających ponad 420 podmiotów. Poniższa tabela zawiera dane pięciu klastrów, które przekazały aktualne informacje przed spotkaniem.",
]

H02_AFTER = [
    "Ostródzki Klaster Jachtów Motorowych (OKJM) działa na podstawie porozumienia zawartego w 2016 r. Klaster liczy 24 członków, w tym 19 stoczni i warsztatów szkutniczych z Ostródy, Iławy i Małdyt. Celem klastra jest budowa wspólnej marki eksportowej jachtów z Warmii i Mazur, kształcenie kadr szkutniczych we współpracy ze szkołami zawodowymi oraz wspólny udział w targach zagranicznych. Klaster prowadzi stronę www.jachty-ostroda.pl.",
    "Klaster Serowarski „Mazurska Łąka” powstał w 2019 r. na mocy umowy konsorcjum. Zrzesza ok. 40 gospodarstw i 3 mleczarnie; jego koordynatorem jest Spółdzielnia Mleczarska „Jezioranka” w Mrągowie. Przedstawicielka klastra poinformowała, że w 2023 r. członkowie wyprodukowali ok. 310 ton serów dojrzewających.",
    "Braniewski Klaster Maszyn Rolniczych (BKMR) ma formę stowarzyszenia zarejestrowanego w 2021 r. w Braniewie i nie ma odrębnego koordynatora. Stowarzyszenie liczy 17 członków (15 przedsiębiorstw i 2 szkoły). Za cele stawia sobie wspólne prace konstrukcyjne nad maszynami do upraw ekologicznych, organizację praktyk zawodowych dla uczniów oraz wspólną obsługę serwisową maszyn na rynkach Litwy i Łotwy. Kontakt: www.bkmr.pl.",
    "Lidzbarski Klaster Uzdrowiskowo-Termalny (do 2022 r. Klaster Turystyki Termalnej Warmii) został utworzony w 2018 r. porozumieniem, którego koordynatorem jest Gmina Miejska Lidzbark Warmiński. Klaster liczy obecnie 21 członków; do końca 2025 r. ma ich być 30.",
    "Do Klastra Żywności Funkcjonalnej Warmii i Mazur w 2023 r. przystąpiło 3 nowych członków.",
    "Uczestnicy spotkania zgłosili potrzebę utworzenia Forum Klastrów Warmii i Mazur. Przedstawiciel Warmińsko-Mazurskiej Sieci Inkubatorów Przedsiębiorczości wyjaśnił, że sieć nie jest klastrem i nie zamierza ubiegać się o taki status.",
]


def make_h02(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    cp = doc.core_properties
    fixed = datetime(2024, 3, 14, 9, 0, 0)
    cp.author = "Departament Rozwoju Gospodarczego"
    cp.last_modified_by = "Departament Rozwoju Gospodarczego"
    cp.title = "Notatka informacyjna – klastry"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1

    doc.add_paragraph(
        "URZĄD MARSZAŁKOWSKI WOJEWÓDZTWA WARMIŃSKO-MAZURSKIEGO W OLSZTYNIE\nDepartament Rozwoju Gospodarczego"
    )
    doc.add_paragraph("Znak: DRG-IV.7150.14.2024\t\tOlsztyn, 14 marca 2024 r.")
    p = doc.add_paragraph()
    p.add_run(
        "NOTATKA INFORMACYJNA\nw sprawie spotkania z przedstawicielami inicjatyw klastrowych"
    ).bold = True
    for t in H02_BEFORE:
        doc.add_paragraph(t)
    table = doc.add_table(rows=len(H02_TABLE), cols=len(H02_TABLE[0]))
    table.style = "Table Grid"
    for i, row in enumerate(H02_TABLE):
        for j, val in enumerate(row):
            table.cell(i, j).text = val
    for t in H02_AFTER:
        doc.add_paragraph(t)
    doc.add_paragraph("Sporządziła: Agnieszka Wróblewska-Ostrowska, tel. 89 512 47 30")

    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# h03 – HTML: regional investors' service page (małopolskie)
# ---------------------------------------------------------------------------

H03_HTML = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<title>Klastry w Małopolsce – Biuro Obsługi Inwestorów Regionu Małopolskiego</title>
<meta name="description" content="Lista inicjatyw klastrowych w Małopolsce dla inwestorów.">
<link rel="stylesheet" href="/static/css/main.css">
</head>
<body>
<header>
<a class="logo" href="/">Biuro Obsługi Inwestorów Regionu Małopolskiego</a>
<nav><ul>
<li><a href="/dlaczego-malopolska/">Dlaczego Małopolska</a></li>
<li><a href="/tereny-inwestycyjne/">Tereny inwestycyjne</a></li>
<li><a href="/klastry/" class="active">Klastry</a></li>
<li><a href="/kontakt/">Kontakt</a></li>
</ul></nav>
</header>
<main>
<p class="breadcrumbs"><a href="/">Start</a> &raquo; Klastry</p>
<h1>Klastry – partnerzy dla inwestorów</h1>
<p>W Małopolsce działa ok. 20 inicjatyw klastrowych, które łącznie zrzeszają ponad 900 członków. Poniżej przedstawiamy te, które zgłosiły gotowość współpracy z inwestorami zagranicznymi w 2024&nbsp;r. Dane pochodzą od koordynatorów klastrów.</p>

<section class="cluster">
<h2>Małopolski Klaster Optyki Kwantowej (MKOK)</h2>
<p>Porozumienie klastrowe zawarte w 2021&nbsp;r. przez firmy fotoniczne i instytuty naukowe z&nbsp;Krakowa. Klaster zrzesza ponad 30 firm i instytutów naukowych, a jego koordynatorem jest Fundacja Centrum Fizyki Stosowanej &bdquo;Kwant&rdquo;.</p>
<p>Cele klastra:</p>
<ul>
<li>komercjalizacja wyników badań nad źródłami pojedynczych fotonów,</li>
<li>budowa wspólnego laboratorium pomiarowego,</li>
<li>przyciąganie do regionu inwestorów z branży półprzewodników.</li>
</ul>
<dl>
<dt>Siedziba</dt><dd>Kraków, ul. Czerwone Maki 71</dd>
<dt>Strona klastra</dt><dd><a href="https://www.kwantklaster.pl">www.kwantklaster.pl</a></dd>
<dt>Strona koordynatora</dt><dd><a href="https://www.fcfs-kwant.org">www.fcfs-kwant.org</a></dd>
</dl>
</section>

<section class="cluster">
<h2>Tarnowski Klaster Syntezy Chemicznej</h2>
<p>Klaster powstał w 2012&nbsp;r. jako porozumienie zakładów chemicznych z Tarnowa i okolic; w 2015&nbsp;r. członkowie założyli spółkę Tarnowski Klaster Syntezy Chemicznej sp. z o.o., która zarządza klastrem. Zrzesza 45 członków, w tym 9 udziałowców spółki. Firmy członkowskie zatrudniają ok. 6 500 osób i dysponują 40 ha terenów przemysłowych w Tarnowie i Dębnie.</p>
<dl>
<dt>Siedziba</dt><dd>Tarnów</dd>
<dt>Strona</dt><dd><a href="https://www.tksch.com.pl">www.tksch.com.pl</a></dd>
</dl>
</section>

<section class="cluster">
<h2>Nowosądecki Klaster Parkietów i Podłóg Drewnianych</h2>
<p>Koordynatorem klastra jest Sądecka Izba Rzemiosła Drzewnego z siedzibą w Nowym Sączu, natomiast biuro klastra znajduje się w Starym Sączu. Klaster działa od 2014&nbsp;r.; tworzą go 22 zakłady stolarskie, technikum drzewne i Gmina Stary Sącz.</p>
<dl>
<dt>Biuro</dt><dd>Stary Sącz, ul. Partyzantów 12</dd>
<dt>Strona koordynatora</dt><dd><a href="https://www.sird.nowysacz.pl">www.sird.nowysacz.pl</a></dd>
</dl>
</section>

<section class="cluster">
<h2>Klaster Uzdrowisk i Wód Termalnych Podhala</h2>
<p>Dawniej Podhalański Klaster Geotermalny. Porozumienie z 2017&nbsp;r., koordynowane przez Podhalańską Agencję Rozwoju Termalnego sp. z o.o. w Nowym Targu. Klaster skupia 18 członków: 12 obiektów termalnych i hotelowych z Białki Tatrzańskiej, Bukowiny Tatrzańskiej i Szaflar, 4 biura podróży oraz 2 gminy. Klaster stawia sobie za cel wspólną promocję Podhala jako regionu turystyki zdrowotnej i rozwój całorocznej oferty dla gości zagranicznych. W 2023&nbsp;r. obiekty członków odwiedziło 1,4 mln gości.</p>
<dl>
<dt>Siedziba</dt><dd>Nowy Targ</dd>
<dt>Strona</dt><dd><a href="https://www.termy-podhale-klaster.pl">www.termy-podhale-klaster.pl</a></dd>
</dl>
</section>

<section class="cluster">
<h2>Myślenicki Klaster Kosmetyczny</h2>
<p>Założony w 2016&nbsp;r. z inicjatywy spółki Raba-Cosmetics sp. z o.o., która do dziś pełni funkcję koordynatora. Klaster liczy 19 członków – producentów kosmetyków, opakowań i laboratoriów badawczych.</p>
<dl>
<dt>Siedziba</dt><dd>Myślenice</dd>
<dt>Strona</dt><dd><a href="https://www.klaster-kosmetyczny.pl">www.klaster-kosmetyczny.pl</a></dd>
</dl>
</section>

<section class="cluster">
<h2>Wadowicki Klaster Piekarniczy</h2>
<p>Klaster skupia ok. 15 piekarni i cukierni współpracujących na podstawie umowy o współpracy; koordynuje go Cech Piekarzy i Cukierników Ziemi Wadowickiej w Wadowicach. Piekarnie członków wypiekają dziennie ok. 30 ton pieczywa.</p>
</section>

<aside>
<h2>Nie tylko klastry</h2>
<p>Inwestorom polecamy także Strefę Inwestycyjną Niepołomice-Wschód (62 ha). Strefa nie jest klastrem – zarządza nią spółka gminna.</p>
</aside>
</main>
<footer>
<p>Biuro Obsługi Inwestorów Regionu Małopolskiego, ul. Basztowa 29, 31-156 Kraków, tel. 12 430 18 85, <a href="https://www.inwestor-malopolska.pl">www.inwestor-malopolska.pl</a></p>
<p>Projekt i wykonanie: Studio Wawelskie, <a href="https://www.studiowawelskie.pl">www.studiowawelskie.pl</a></p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# h04 – TXT (UTF-8, pdftotext): agri-food network report (mazowieckie, podlaskie)
# ---------------------------------------------------------------------------

H04_HEADER = (
    "Fundacja Analiz Regionalnych „Meridian” · Sieci współpracy w rolnictwie i przetwórstwie"
)
H04_PAGES = [
    """3. Inicjatywy klastrowe na obszarze badania

3.1. Charakterystyka ogólna

Na obszarze objętym badaniem – w północnej części województwa mazowiec-
kiego oraz w województwie podlaskim – zidentyfikowano 9 inicjatyw klastro-
wych, skupiających łącznie ok. 310 podmiotów. Sześć z nich zgodziło się na
udział w wywiadach pogłębionych; ich podstawowe dane zawiera tabela 3.1.

Tabela 3.1. Inicjatywy objęte wywiadami

 Nazwa                          Siedziba      Koordynator                 Członkowie   Rok
 Kurpiowski Klaster             Myszyniec     Stowarzyszenie Pszczelarzy      49       2016
 Pszczelarski                                 Kurpiowskich „Bartnik”
 Przasnyski Klaster             Przasnysz     Przetwórnia Ziemniaka           64       2019
 Ziemniaczany                                 Agro-Orzyc S.A.
 Klaster Chmielarski i Słodow-  Łomża         – (stowarzyszenie)              25       2015
 niczy Ziemi Łomżyńskiej
 Hajnowski Klaster Runa Leś-    Hajnówka      Fundacja Przyjaciół Runa     ok. 50      b.d.
 nego i Grzybów                               Leśnego
 Klaster Chłodni i Przecho-     Grójec        Grupa Producentów Owoców        29       2020
 walni Owoców Ziemi Grójeckiej                „Sad-Grójec” sp. z o.o.
 Ciechanowski Klaster           Ciechanów     Gmina Miejska Ciechanów         11       2020
 Biogazowy
 Razem                                                                    ok. 228

Źródło: opracowanie własne na podstawie wywiadów (n = 6).
""",
    """3.2. Kurpiowski Klaster Pszczelarski

Porozumienie o utworzeniu klastra podpisano w 2016 r. w Myszyńcu. Koordy-
natorem jest Stowarzyszenie Pszczelarzy Kurpiowskich „Bartnik” z siedzibą
w Myszyńcu. Klaster tworzą 46 pasiek, 2 zakłady konfekcjonowania miodu
i Gmina Myszyniec; pasieki członków liczą łącznie ok. 3 900 rodzin pszcze-
lich. Rozmówcy wymienili następujące cele klastra:
  • wspólną sprzedaż miodu pod marką regionalną,
  • ochronę pszczoły kurpiowskiej jako lokalnej linii hodowlanej,
  • szkolenia dla początkujących pszczelarzy,
  • rozwój turystyki pszczelarskiej na Kurpiach.

3.3. Klaster ziemniaczany w Przasnyszu

W Przasnyskim Klastrze Ziemniaczanym, działającym od 2019 r. na podstawie
umowy konsorcjum, współpracuje 64 członków, w tym 58 gospodarstw rol-
nych. Koordynatorem jest Przetwórnia Ziemniaka Agro-Orzyc S.A. w Przasny-
szu. Zakłady członków zatrudniają ok. 1 300 osób, a gospodarstwa uprawia-
ją ziemniaki na ok. 4 100 ha. Rozmówcy podkreślali, że w 2022 r. klaster
uruchomił wspólną przechowalnię w Chorzelach.

3.4. Klaster Chmielarski i Słodowniczy Ziemi Łomżyńskiej

Klaster (KCSŁ) powstał w 2015 r. jako porozumienie plantatorów chmielu
i słodowni; w 2018 r. członkowie zarejestrowali stowarzyszenie Klaster
Chmielarski i Słodowniczy Ziemi Łomżyńskiej, które samo prowadzi sprawy
klastra. Stowarzyszenie ma siedzibę w Łomży i liczy 25 członków, w tym
14 plantatorów chmielu. Celem klastra jest odbudowa tradycji uprawy chmie-
lu w regionie, wspólny zakup materiału nasadzeniowego oraz współpraca
z browarami rzemieślniczymi. Strona: www.chmiel-lomza.pl.
""",
    """3.5. Pozostałe inicjatywy

Hajnowski Klaster Runa Leśnego i Grzybów skupia blisko 50 podmiotów –
zbieraczy, skupów i suszarni. Koordynatorem jest Fundacja Przyjaciół Runa
Leśnego w Hajnówce; największa suszarnia grzybów należąca do członka kla-
stra działa w Białowieży.

Klaster Chłodni i Przechowalni Owoców Ziemi Grójeckiej powstał w 2020 r.
na mocy porozumienia koordynowanego przez Grupę Producentów Owoców
„Sad-Grójec” sp. z o.o. Liczy 29 członków; do 2026 r. liczba członków ma
wzrosnąć do 40. Chłodnie członków mają łączną pojemność 180 tys. ton.

Ciechanowski Klaster Biogazowy, koordynowany przez Gminę Miejską Ciecha-
nów, działa od 2020 r. na podstawie porozumienia 11 podmiotów. Jego jedy-
nym celem jest budowa wspólnej biogazowni rolniczej zasilającej miejską
sieć ciepłowniczą.

3.6. Typologia gmin

Analiza skupień metodą k-średnich wyodrębniła cztery klastry gmin. Klaster
II (27 gmin) obejmuje gminy o wysokim udziale sadów, klaster IV – gminy
z przewagą chowu bydła mlecznego. Klastry gmin są wyłącznie kategorią
analityczną i nie należy ich mylić z inicjatywami klastrowymi.

Podlaska Grupa Producentów Mleka „Bielmlek” (32 gospodarstwa) nie jest
klastrem – jest grupą producentów rolnych w rozumieniu ustawy.
""",
]


# ---------------------------------------------------------------------------
# h05 – TXT (cp1250, CRLF, pdftotext): maritime economy review (pomorskie, zachodniopomorskie)
# ---------------------------------------------------------------------------

H05_HEADER = "PRZEGLĄD GOSPODARKI MORSKIEJ POMORZA 2024"
H05_FOOTER = "Bałtyckie Towarzystwo Gospodarcze"
H05_PAGES = [
    """Rozdział 4. Klastry gospodarki morskiej

Na polskim wybrzeżu działa obecnie 12 inicjatyw klastrowych branży mor-
skiej, zrzeszających ok. 700 członków. Połowa z nich ma siedzibę w wo-
jewództwie pomorskim. Poniżej opisujemy sześć inicjatyw, z którymi Towa-
rzystwo współpracowało w 2023 r.

4.1. Rybołówstwo i porty

Władysławowski Klaster Sprzętu Połowowego powstał w 2017 r. na podsta-
wie porozumienia 19 firm produkujących sieci, osprzęt i wyposażenie kutrów.
Koordynatorem klastra jest Północna Izba Rybołówstwa we Władysławowie.
Klaster nadal liczy 19 członków, którzy w 2023 r. sprzedali sprzęt o war-
tości 41 mln zł.

Władysławowscy producenci od dwóch lat współpracują z Klastrem Portów Ry-
backich Środkowego Wybrzeża, który zrzesza ok. 25 armatorów, przetwórni
i przystani. Klaster koordynuje Darłowska Agencja Portowa sp. z o.o. z sie-
dzibą w Darłowie; wspólne szkolenia odbywają się w Ustce.
""",
    """4.2. Technologie morskie

Słupski Klaster Technologii Ratownictwa Morskiego (SKTRM) zawiązano
w 2014 r. umową o współpracy; w 2019 r. członkowie utworzyli Stowarzysze-
nie Słupski Klaster Technologii Ratownictwa Morskiego, które zarządza kla-
strem samodzielnie. Stowarzyszenie ma siedzibę w Słupsku i liczy 33 człon-
ków. Do celów statutowych należą:
a) rozwój i testowanie sprzętu ratowniczego,
b) szkolenie załóg jednostek ratowniczych,
c) współpraca z uczelniami morskimi.
Więcej informacji: www.sktrm.pl.

Wejherowski Klaster Elektroniki Okrętowej działa od 2018 r. na podstawie
porozumienia. Koordynatorem jest Pomorskie Centrum Automatyki Statkowej
sp. z o.o. z siedzibą w Gdyni, a biuro klastra prowadzone jest w Wejhero-
wie. Klaster tworzą 22 firmy, politechniczne laboratorium badawcze i dwa
technika. Celem klastra jest opracowanie wspólnego systemu nawigacyjnego
dla jednostek śródlądowych oraz kształcenie elektroników okrętowych.

Uczelnie Trójmiasta udostępniają członkom klastrów klaster obliczeniowy
„Baltic Data Lab”, liczący 1 200 rdzeni; nie jest on inicjatywą klastrową.
""",
    """4.3. Turystyka wodna

Klaster Sportów Wodnych Zatoki Puckiej działa od 2019 r. i skupia blisko
40 szkół żeglarskich, szkół kitesurfingu i wypożyczalni sprzętu. Koordyna-
torem jest Fundacja „Wiatr od Zatoki” z siedzibą w Pucku. W sezonie 2023
szkoły członkowskie przeszkoliły ok. 18 000 kursantów, głównie w Jastarni
i Chałupach. Strona klastra: www.zatokasportow.pl.

W województwie zachodniopomorskim w 2021 r. powstał Klaster Mariny i Jach-
tingu Zalewu Szczecińskiego. Porozumienie koordynuje Gmina Nowe Warpno,
a biuro klastra działa przy Urzędzie Miasta i Gminy Nowe Warpno. Klaster
tworzą 6 przystani, 4 firmy czarterowe, 3 gminy oraz szkoła żeglarska;
walne zebrania odbywają się w Stepnicy. Przystanie członków oferują łącz-
nie 640 miejsc postojowych dla jachtów.
""",
]


def pdftext(pages: list[str], header: str, footer: str | None, first: int) -> str:
    out = []
    for i, page in enumerate(pages):
        num = first + i
        lines = [header, ""]
        lines += page.rstrip("\n").split("\n")
        lines += ["", f"{footer} {num:>60}" if footer else f"{num:>80}"]
        out.append("\n".join(lines) + "\n")
    return "\f".join(out)


def main() -> None:
    make_h01(HERE / "h01_raport_gospodarka_podkarpackie_rozdzial5.pdf")
    make_h02(HERE / "h02_notatka_klastry_warminsko_mazurskie.docx")
    (HERE / "h03_klastry_obsluga_inwestorow_malopolska.html").write_bytes(H03_HTML.encode("utf-8"))
    (HERE / "h04_raport_sieci_rolno_spozywcze_mazowsze_podlasie.txt").write_bytes(
        pdftext(H04_PAGES, H04_HEADER, None, 17).encode("utf-8")
    )
    text5 = pdftext(H05_PAGES, H05_HEADER, H05_FOOTER, 33)
    (HERE / "h05_przeglad_gospodarki_morskiej_pomorze_cp1250.txt").write_bytes(
        text5.replace("\n", "\r\n").encode("cp1250")
    )


if __name__ == "__main__":
    main()
