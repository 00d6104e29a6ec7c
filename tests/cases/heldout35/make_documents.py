# ruff: noqa: E501
"""Generate the heldout35 documents (deterministic; all text lives here).

Run from the repository root:
    .venv/bin/python tests/cases/heldout35/make_documents.py
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


# ---------------------------------------------------------------------------
# t01 – PDF: chapter 4 of a marshal office's annual RIS implementation report
#       (podkarpackie); a numbered list of clusters with a page break inside it
# ---------------------------------------------------------------------------

T01_HEADER_LEFT = "Sprawozdanie z realizacji RIS Województwa Podkarpackiego – rok 2024"
T01_HEADER_RIGHT = "Rozdział 4. Klastry"
T01_FOOTER_LEFT = (
    "Urząd Marszałkowski Województwa Podkarpackiego · Departament Rozwoju Regionalnego"
)
T01_FIRST_PAGE = 31

T01_TITLE = "4. Klastry i inicjatywy klastrowe"
T01_S41 = "4.1. Stan i dynamika w 2024 r."
T01_S41_TEXT = (
    "Według rejestru prowadzonego przez Departament Rozwoju Regionalnego na dzień 31 grudnia "
    "2024 r. w województwie podkarpackim działało 17 inicjatyw klastrowych, które zrzeszały "
    "łącznie ok. 920 podmiotów, w tym ok. 640 mikro-, małych i średnich przedsiębiorstw. "
    "W porównaniu z końcem 2023 r. liczba inicjatyw wzrosła o dwie, a liczba zrzeszonych "
    "podmiotów – o ok. 7%. Roczne sprawozdania przekazało 11 koordynatorów; w punkcie 4.2 "
    "omówiono sześć klastrów reprezentujących różne specjalizacje regionalne, a dane pozostałych "
    "zawiera tabela 4.3 w załączniku nr 2."
)
T01_TABLE_CAPTION = "Tabela 4.1. Klastry w województwie podkarpackim – wskaźniki monitoringu RIS"
T01_TABLE = [
    ["Wskaźnik", "2023", "2024"],
    ["Liczba inicjatyw klastrowych w rejestrze", "15", "17"],
    ["Liczba zrzeszonych podmiotów", "ok. 860", "ok. 920"],
    ["Sprawozdania roczne koordynatorów", "9", "11"],
    ["Wsparcie klastrów z programu FEP 2021–2027 (mln zł)", "2,8", "4,6"],
]
T01_TABLE_SOURCE = "Źródło: rejestr inicjatyw klastrowych DRR, sprawozdania koordynatorów."
T01_S42 = "4.2. Klastry, które przekazały sprawozdania za 2024 r."
T01_S42_TEXT = (
    "Informacje podano według sprawozdań koordynatorów, z uzupełnieniami Departamentu. "
    "Kolejność odpowiada kolejności wpływu sprawozdań."
)
T01_ITEMS = [
    "<b>Rudnicki Klaster Plecionkarski</b> działa na podstawie umowy o współpracy zawartej "
    "w 2013 r. przez 9 pracowni wikliniarskich. Koordynatorem jest Stowarzyszenie Rzemiosł "
    "Ludowych „Łozina” z siedzibą w Nisku, natomiast biuro klastra mieści się w Rudniku nad "
    "Sanem, w budynku dawnej szkoły koszykarskiej. Na koniec 2024 r. klaster skupiał "
    "26 podmiotów: 21 pracowni, Zespół Szkół Technicznych w Rudniku nad Sanem, Gminę Rudnik nad "
    "Sanem oraz trzy gospodarstwa prowadzące plantacje wikliny o łącznej powierzchni ok. 140 ha. "
    "Jako cele klastra koordynator wskazał wspólną promocję wyrobów pod marką „Plecione nad "
    "Sanem”, uruchomienie wspólnej suszarni i korowarki prętów oraz przywrócenie kształcenia "
    "w zawodzie koszykarz-plecionkarz. Sprzedaż wyrobów członków wyniosła w 2024 r. 2,1 mln zł. "
    "Strona klastra: www.plecione-nadsanem.pl.",
    "<b>Klaster Odlewów Ciśnieniowych „Kokila”</b> powstał w 2011 r. jako porozumienie siedmiu "
    "odlewni ze Stalowej Woli, Niska i Tarnobrzega. Od 2016 r. jego formą prawną jest spółka "
    "Klaster Odlewów Ciśnieniowych „Kokila” sp. z o.o. z siedzibą w Stalowej Woli, która sama "
    "zarządza klastrem – klaster nie ma odrębnego koordynatora. W 2024 r. klaster liczył "
    "34 członków, w tym 11 udziałowców spółki; członkowie zatrudniają ok. 3 100 osób "
    "i wytwarzają rocznie ok. 18 tys. ton odlewów. Priorytetem klastra na lata 2024–2026 jest "
    "utworzenie wspólnego laboratorium badań nieniszczących. W październiku 2024 r. spółka "
    "złożyła wniosek o przyznanie statusu Krajowego Klastra Kluczowego. www.kokila-odlewy.pl",
    "<b>Pilźnieński Klaster Energetyczny</b> – porozumienie o utworzeniu klastra podpisało "
    "23 maja 2018 r. dwunastu sygnatariuszy, a jego koordynatorem jest Gmina Pilzno. Certyfikat "
    "klastra energii klaster uzyskał w 2019 r. Na początku 2024 r. klaster liczył 15 członków; "
    "w ciągu roku przystąpiły do niego cztery podmioty, a jeden wystąpił, wobec czego na "
    "31 grudnia 2024 r. członków było 18. Jedynym celem zapisanym w porozumieniu jest pokrycie "
    "do 2030 r. połowy zapotrzebowania członków na energię elektryczną z lokalnych źródeł "
    "odnawialnych. Łączna moc instalacji OZE członków wynosi 27 MW. Informacje o klastrze "
    "publikuje koordynator na stronie Urzędu Miejskiego w Pilźnie (www.pilzno-um.pl).",
    "<b>Klaster Sanatoriów Beskidu Niskiego</b> działa od 2017 r. na podstawie umowy konsorcjum. "
    "Koordynatorem jest Fundacja „Zdrojowy Szlak” z Krosna, a biuro klastra mieści się "
    "w Iwoniczu-Zdroju. Klaster skupia ok. 30 sanatoriów, hoteli i pensjonatów oraz dwie gminy "
    "uzdrowiskowe; członkowie dysponują ok. 4 800 łóżkami i przyjęli w 2024 r. ok. 61 tys. "
    "kuracjuszy, o 6% więcej niż rok wcześniej. Cele klastra na lata 2021–2027 to wydłużenie "
    "sezonu poza miesiące letnie, wspólny system rezerwacji turnusów oraz promocja oferty "
    "uzdrowisk na Słowacji i na Węgrzech. We wrześniu 2024 r. klaster zorganizował w Rymanowie-"
    "Zdroju Forum Uzdrowisk Karpackich z udziałem 140 gości z trzech krajów, a w listopadzie – "
    "wizytę studyjną dyrektorów sanatoriów w Bardejowie. W sprawozdaniu koordynator zwrócił "
    "uwagę na brak wykwalifikowanych fizjoterapeutów i zgłosił potrzebę wsparcia szkoleń. "
    "Strona klastra: www.sanatoria-beskid.pl.",
    "<b>Klaster Telemedyczny „Puls Wschodu”</b> – od 2020 r. sprawy klastra prowadzi "
    "Stowarzyszenie „Klaster Telemedyczny Puls Wschodu” z siedzibą w Rzeszowie, zarejestrowane "
    "po dwóch latach współpracy na podstawie porozumienia zawartego w 2018 r. Funkcję "
    "koordynatora pełni zarząd stowarzyszenia. Do 2021 r. inicjatywa działała pod nazwą Klaster "
    "Informatyki Szpitalnej. Stowarzyszenie zrzesza 23 członków zwyczajnych i 5 członków "
    "wspierających, w tym dwa szpitale wojewódzkie i Wyższą Szkołę Informatyki Medycznej "
    "w Rzeszowie. Cele statutowe: a) rozwój usług zdalnej opieki nad pacjentami przewlekle "
    "chorymi, b) wspólne projekty badawczo-rozwojowe z uczelniami, c) szkolenie personelu "
    "medycznego w zakresie e-zdrowia. Strona: www.pulswschodu.org.pl.",
    "<b>Lubaczowski Klaster Pasieczny</b> jest koordynowany przez Spółdzielnię Pszczelarską "
    "„Barć” z Lubaczowa i działa od 2015 r. na podstawie porozumienia o współpracy. "
    "W sprawozdaniu koordynator wykazał czterdziestu jeden członków; po weryfikacji listy przez "
    "Departament (dwie pasieki zakończyły działalność w 2024 r.) przyjęto, że klaster liczy "
    "39 członków. Członkowie utrzymują ok. 6 200 rodzin pszczelich i wyprodukowali w 2024 r. "
    "74 t miodu. Celem klastra jest uzyskanie chronionego oznaczenia geograficznego dla miodu "
    "z Roztocza oraz budowa wspólnej pracowni konfekcjonowania miodu w Cieszanowie.",
    "<b>Inicjatywa w fazie tworzenia.</b> W październiku 2024 r. sześć firm kosmetycznych "
    "z Dynowa, Błażowej i Nozdrzca podpisało list intencyjny w sprawie utworzenia Klastra "
    "Kosmetyków Naturalnych Pogórza Dynowskiego. Porozumienie ma zostać zawarte w 2025 r., "
    "koordynatora jeszcze nie wybrano; inicjatywy nie wliczono do 17 klastrów wykazanych "
    "w punkcie 4.1.",
]
T01_S43 = "4.3. Inne formy współpracy sieciowej"
T01_S43_TEXT = [
    "Poza klastrami w regionie działa Sieć Ośrodków Innowacji Podkarpacia, skupiająca "
    "14 ośrodków doradczych przy samorządach powiatowych; sieć nie jest klastrem i nie została "
    "ujęta w rejestrze inicjatyw klastrowych.",
    "W analizie statystycznej do rozdziału 2 powiaty województwa pogrupowano metodą k-średnich "
    "w cztery „klastry” (A–D) o podobnej strukturze zatrudnienia. Jest to pojęcie analityczne, "
    "niezwiązane z inicjatywami klastrowymi opisanymi w tym rozdziale.",
]
T01_S44 = "4.4. Rekomendacje"
T01_RECS = [
    "R1. Utrzymać nabór na wsparcie koordynatorów klastrów w 2025 r. (alokacja 5,0 mln zł).",
    "R2. Ujednolicić formularz sprawozdania rocznego – w 2024 r. trzech koordynatorów podało "
    "liczbę członków bez wskazania daty, której dotyczy.",
    "R3. Włączyć klastry do prac grup roboczych ds. inteligentnych specjalizacji.",
]


def make_t01(path: Path) -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily("DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold")
    navy = colors.HexColor("#1B3A6B")
    h1 = ParagraphStyle(
        "h1", fontName="DejaVuSans-Bold", fontSize=15, leading=19, textColor=navy, spaceAfter=8
    )
    h2 = ParagraphStyle(
        "h2",
        fontName="DejaVuSans-Bold",
        fontSize=11.5,
        leading=15,
        textColor=navy,
        spaceBefore=8,
        spaceAfter=5,
    )
    body = ParagraphStyle(
        "body", fontName="DejaVuSans", fontSize=10, leading=13.5, spaceAfter=6, alignment=4
    )
    item = ParagraphStyle(
        "item",
        parent=body,
        leftIndent=8 * mm,
        bulletIndent=0,
        bulletFontName="DejaVuSans-Bold",
        spaceAfter=7,
    )
    cell = ParagraphStyle("cell", fontName="DejaVuSans", fontSize=9, leading=11.5)
    small = ParagraphStyle("small", fontName="DejaVuSans", fontSize=8, leading=10, spaceAfter=6)

    width, height = A4

    def page(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVuSans", 8)
        canvas.setFillColor(navy)
        canvas.drawString(20 * mm, height - 12 * mm, T01_HEADER_LEFT)
        canvas.drawRightString(width - 20 * mm, height - 12 * mm, T01_HEADER_RIGHT)
        canvas.setStrokeColor(navy)
        canvas.setLineWidth(0.5)
        canvas.line(20 * mm, height - 14 * mm, width - 20 * mm, height - 14 * mm)
        canvas.line(20 * mm, 14 * mm, width - 20 * mm, 14 * mm)
        canvas.setFillColor(colors.black)
        canvas.drawString(20 * mm, 10 * mm, T01_FOOTER_LEFT)
        canvas.drawRightString(width - 20 * mm, 10 * mm, str(T01_FIRST_PAGE - 1 + doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=22 * mm,
        bottomMargin=22 * mm,
        title="Sprawozdanie z realizacji RIS Województwa Podkarpackiego za 2024 r. – rozdział 4",
        author="Departament Rozwoju Regionalnego",
        subject="Klastry i inicjatywy klastrowe",
        creator="heldout35/make_documents.py",
    )
    story = [Paragraph(T01_TITLE, h1), Paragraph(T01_S41, h2), Paragraph(T01_S41_TEXT, body)]
    story.append(Paragraph(T01_TABLE_CAPTION, small))
    rows = [[Paragraph(c, cell) for c in row] for row in T01_TABLE]
    table = Table(rows, colWidths=[105 * mm, 32 * mm, 32 * mm])
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE4F2")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story += [table, Paragraph(T01_TABLE_SOURCE, small), Spacer(1, 2 * mm)]
    story += [Paragraph(T01_S42, h2), Paragraph(T01_S42_TEXT, body)]
    for n, text in enumerate(T01_ITEMS, start=1):
        story.append(Paragraph(text, item, bulletText=f"{n}."))
    story.append(Paragraph(T01_S43, h2))
    story += [Paragraph(t, body) for t in T01_S43_TEXT]
    story.append(Paragraph(T01_S44, h2))
    story += [Paragraph(t, body) for t in T01_RECS]
    doc.build(story, onFirstPage=page, onLaterPages=page)


# ---------------------------------------------------------------------------
# t02 – DOCX: chapter "Potencjał gospodarczy" of a powiat development strategy
#       (dolnośląskie); clusters in prose among other topics
# ---------------------------------------------------------------------------

T02_HEADER = (
    "Strategia Rozwoju Powiatu Ząbkowickiego na lata 2025–2032 · projekt do konsultacji "
    "społecznych (wersja z 14.10.2024 r.)"
)
T02_FOOTER = "Starostwo Powiatowe w Ząbkowicach Śląskich · Wydział Rozwoju i Promocji Powiatu"
T02_BODY: list[tuple[str, str]] = [
    ("h1", "3. Potencjał gospodarczy"),
    (
        "p",
        "Rozdział przedstawia zasoby gospodarcze powiatu ząbkowickiego: rynek pracy, strukturę "
        "przedsiębiorstw, rolnictwo i przetwórstwo, energetykę, transport oraz szkolnictwo "
        "zawodowe. Dane pochodzą z Banku Danych Lokalnych GUS (stan na 31.12.2023 r.), z ankiety "
        "przeprowadzonej wśród gmin powiatu oraz z informacji przekazanych przez koordynatorów "
        "klastrów.",
    ),
    ("h2", "3.1. Rynek pracy"),
    (
        "p",
        "Na koniec 2023 r. stopa bezrobocia rejestrowanego w powiecie wyniosła 7,9% wobec 4,6% "
        "w województwie dolnośląskim. W Powiatowym Urzędzie Pracy zarejestrowanych było 1 842 "
        "bezrobotnych, w tym 1 012 kobiet. Liczba pracujących w gospodarce narodowej (bez "
        "podmiotów do 9 osób) wyniosła 13 460 osób. Największymi pracodawcami są zakłady "
        "przemysłu motoryzacyjnego i elektromaszynowego w Ząbkowicach Śląskich i Bardzie oraz "
        "przetwórnie owoców w Ziębicach.",
    ),
    (
        "p",
        "Około 12 firm z terenu powiatu należy do Wałbrzyskiego Klastra Podzespołów "
        "Motoryzacyjnych z siedzibą w Wałbrzychu; zatrudniają one łącznie ok. 1 300 osób, "
        "a członkostwo w klastrze ułatwia im dostęp do szkoleń i wspólnych zamówień.",
    ),
    ("h2", "3.2. Struktura przedsiębiorstw"),
    (
        "p",
        "W rejestrze REGON wpisanych jest 6 412 podmiotów gospodarki narodowej, z czego 95,8% to "
        "mikroprzedsiębiorstwa. Wskaźnik przedsiębiorczości jest wyraźnie niższy od średniej "
        "wojewódzkiej (tabela 3.1).",
    ),
    ("caption", "Tabela 3.1. Wybrane wskaźniki gospodarcze powiatu ząbkowickiego"),
    ("table", ""),
    ("source", "Źródło: BDL GUS, ankieta Starostwa Powiatowego (2024)."),
    ("h2", "3.3. Rolnictwo i przetwórstwo spożywcze"),
    (
        "p",
        "Użytki rolne zajmują 61% powierzchni powiatu; dominują sady, uprawy zbóż i buraków "
        "cukrowych. W sektorze rolno-spożywczym działają dwa klastry, które warto zestawić, bo "
        "reprezentują odmienne modele współpracy. Ziębicki Klaster Sadów Jabłoniowych i Klaster "
        "Serowarski Doliny Oławy opierają się na produktach lokalnych, ale różnią się skalą "
        "i formą organizacyjną. Pierwszy powstał w 2014 r. na podstawie porozumienia sadowników, "
        "a od 2016 r. działa jako stowarzyszenie – Stowarzyszenie „Sady Ziębickie”, które samo "
        "prowadzi klaster; zrzesza 31 członków, w tym 24 gospodarstwa sadownicze, a jego siedziba "
        "mieści się w Ziębicach. Drugi został powołany w 2018 r. umową konsorcjum czternastu "
        "gospodarstw i dwóch serowarni; koordynuje go Spółdzielnia Mleczarska „Biały Jar” "
        "z Ciepłowód, a biuro klastra działa w Henrykowie. Celem pierwszego jest budowa wspólnej "
        "chłodni i sortowni owoców oraz wejście z jabłkami z Przedgórza Sudeckiego na rynki "
        "skandynawskie; drugi stawia sobie jeden cel – wspólną certyfikację serów zagrodowych. "
        "Sady członków pierwszego zajmują ok. 1 150 ha, członkowie drugiego przetwarzają rocznie "
        "ok. 2 mln litrów mleka. Więcej informacji: www.sady-ziebice.pl oraz www.sery-olawa.pl.",
    ),
    (
        "p",
        "Oba klastry współpracują z Technikum Rolniczym w Ziębicach, które jest członkiem "
        "pierwszego z nich, oraz z Lokalną Grupą Działania „Kraina Sadów”, która nie należy do "
        "żadnego z nich.",
    ),
    ("h2", "3.4. Energetyka"),
    (
        "p",
        "W 2021 r. powiat przystąpił do Ząbkowickiego Klastra Energetycznego, utworzonego "
        "porozumieniem z 12 marca 2019 r. przez 11 podmiotów, którego koordynatorem jest Gmina "
        "Ząbkowice Śląskie. W 2020 r. klaster uzyskał certyfikat klastra energii. Obecnie skupia "
        "15 członków: 6 gmin, powiat, 5 przedsiębiorstw i 3 spółdzielnie mieszkaniowe. "
        "Instalacje OZE członków mają łącznie 42 MW mocy, w tym farma fotowoltaiczna "
        "w Kamieńcu Ząbkowickim (9 MW).",
    ),
    ("h2", "3.5. Transport i logistyka"),
    (
        "p",
        "Przez powiat przebiega droga krajowa nr 8 (41 km) oraz linia kolejowa nr 137. Gęstość "
        "dróg powiatowych wynosi 59,4 km na 100 km², a 38% ich długości wymaga przebudowy. "
        "W latach 2016–2021 powiat należał do Klastra Logistycznego Doliny Nysy Kłodzkiej, "
        "koordynowanego przez Fundację Rozwoju Przedsiębiorczości „Twierdza” z siedzibą "
        "w Kłodzku. Powiat wystąpił z klastra po zmianie profilu jego działalności na logistykę "
        "magazynową; klaster liczy obecnie ok. 20 członków.",
    ),
    ("h2", "3.6. Szkolnictwo zawodowe"),
    (
        "p",
        "W powiecie działa 5 szkół ponadpodstawowych prowadzących kształcenie zawodowe "
        "(2 870 uczniów w roku szkolnym 2023/2024). Szkoły współpracują z pracodawcami w ramach "
        "Sieci Szkół Zawodowych Przedgórza – sieć nie jest klastrem, lecz porozumieniem "
        "dyrektorów szkół. Technikum w Ząbkowicach Śląskich kształci techników mechatroników "
        "we współpracy z 8 firmami patronackimi z klastra motoryzacyjnego.",
    ),
    ("h2", "3.7. Turystyka"),
    (
        "p",
        "Najważniejsze atrakcje to zabytkowa kopalnia złota w Złotym Stoku, sanktuarium w Bardzie "
        "i pałac w Kamieńcu Ząbkowickim (łącznie ok. 410 tys. odwiedzających w 2023 r.). "
        "W czerwcu 2024 r. gminy Złoty Stok i Bardo oraz czterech przedsiębiorców podpisały list "
        "intencyjny w sprawie utworzenia Klastra Turystyki Górniczej Złotego Stoku. Porozumienie "
        "ma zostać zawarte do końca 2025 r.; celem jest skupienie co najmniej 20 podmiotów. "
        "Strategia przewiduje wsparcie tej inicjatywy w ramach celu operacyjnego 2.3.",
    ),
    ("h2", "3.8. Wnioski"),
    (
        "bullet",
        "Mocne strony: sadownictwo i przetwórstwo owoców, aktywne klastry z udziałem podmiotów "
        "z powiatu, położenie przy drodze krajowej nr 8.",
    ),
    (
        "bullet",
        "Słabe strony: niski wskaźnik przedsiębiorczości, wysokie bezrobocie kobiet, zły stan "
        "dróg powiatowych.",
    ),
    (
        "bullet",
        "Szanse: turystyka poprzemysłowa, energetyka rozproszona, kształcenie dualne.",
    ),
]
T02_TABLE = [
    ["Wskaźnik", "Powiat ząbkowicki", "Województwo dolnośląskie"],
    ["Podmioty gospodarki narodowej w rejestrze REGON", "6 412", "401 735"],
    ["Podmioty na 10 tys. mieszkańców", "1 027", "1 387"],
    ["Stopa bezrobocia rejestrowanego (%)", "7,9", "4,6"],
    ["Klastry z udziałem podmiotów z powiatu", "5", "–"],
    ["Członkowie tych klastrów z terenu powiatu", "ok. 70", "–"],
]


def fix_zip(data: bytes, when: tuple[int, int, int, int, int, int]) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_t02(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    cp = doc.core_properties
    fixed = datetime(2024, 10, 14, 9, 30, 0)
    cp.author = "Wydział Rozwoju i Promocji Powiatu"
    cp.last_modified_by = "Wydział Rozwoju i Promocji Powiatu"
    cp.title = "Strategia Rozwoju Powiatu Ząbkowickiego 2025–2032 – rozdział 3"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1

    doc.sections[0].header.paragraphs[0].text = T02_HEADER
    doc.sections[0].footer.paragraphs[0].text = T02_FOOTER

    for kind, text in T02_BODY:
        if kind == "h1":
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
        elif kind == "p":
            doc.add_paragraph(text)
        elif kind == "bullet":
            doc.add_paragraph(text, style="List Bullet")
        elif kind == "caption":
            doc.add_paragraph().add_run(text).bold = True
        elif kind == "source":
            doc.add_paragraph().add_run(text).italic = True
        elif kind == "table":
            table = doc.add_table(rows=len(T02_TABLE), cols=len(T02_TABLE[0]))
            table.style = "Table Grid"
            for i, row in enumerate(T02_TABLE):
                for j, val in enumerate(row):
                    c = table.cell(i, j)
                    c.text = val
                    if i == 0:
                        c.paragraphs[0].runs[0].bold = True

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(fix_zip(buf.getvalue(), (2024, 10, 14, 9, 30, 0)))


# ---------------------------------------------------------------------------
# t03 – HTML: regional news portal article on a cluster's general assembly
#       (warmińsko-mazurskie), with a sidebar of related articles
# ---------------------------------------------------------------------------

T03_HTML = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Walne zgromadzenie Klastra Szkutniczego &bdquo;Węgorzewska Przystań&rdquo;: 33 członków i nowy koordynator | Wieści znad Jezior</title>
<meta name="description" content="Siedem nowych podmiotów, jedna rezygnacja i zmiana koordynatora po dwunastu latach.">
<meta property="og:site_name" content="Wieści znad Jezior">
<link rel="stylesheet" href="/static/css/portal.min.css">
<script src="/static/js/stats.js" defer></script>
</head>
<body>
<header class="top">
  <a class="logo" href="/"><img src="/static/img/logo-wiesci.svg" alt="Wieści znad Jezior – portal regionalny Warmii i Mazur"></a>
  <nav>
    <ul>
      <li><a href="/">Strona główna</a></li>
      <li><a href="/region/">Region</a></li>
      <li><a href="/gospodarka/" class="active">Gospodarka</a></li>
      <li><a href="/sport/">Sport</a></li>
      <li><a href="/kultura/">Kultura</a></li>
      <li><a href="/ogloszenia/">Ogłoszenia</a></li>
    </ul>
  </nav>
</header>

<div class="wrap">
<main>
<article class="news">
  <p class="breadcrumbs"><a href="/">Start</a> &rsaquo; <a href="/gospodarka/">Gospodarka</a> &rsaquo; Klastry</p>
  <h1>Walne zgromadzenie Klastra Szkutniczego &bdquo;Węgorzewska Przystań&rdquo;: 33 członków i nowy koordynator</h1>
  <p class="meta">15.11.2024, 14:32 &middot; Autor: Paweł Ostrowski &middot; Czas czytania: 3 min</p>
  <figure>
    <img src="/media/2024/11/walne-gizycko.jpg" alt="Uczestnicy walnego zgromadzenia w sali hotelowej">
    <figcaption>Walne zgromadzenie klastra w Giżycku. Fot. Wieści znad Jezior</figcaption>
  </figure>
  <p class="lead"><strong>Klaster Szkutniczy &bdquo;Węgorzewska Przystań&rdquo; urósł do 33 członków. Podczas czwartkowego walnego zgromadzenia w Giżycku przyjęto siedem nowych podmiotów i wybrano nowego koordynatora &ndash; po raz pierwszy od dwunastu lat.</strong></p>
  <p>Zgromadzenie odbyło się 14 listopada w sali konferencyjnej hotelu &bdquo;Pod Żaglami&rdquo; w Giżycku. Na obrady przybyli przedstawiciele 24 z 27 dotychczasowych członków klastra, a także goście &ndash; m.in. przedstawiciele Mazurskiego Stowarzyszenia Armatorów, które nie należy do klastra.</p>
  <p>Przed zgromadzeniem klaster liczył 27 członków. Uchwałą nr 3/2024 przyjęto siedem nowych podmiotów: pięć stoczni jachtowych z Rucianego-Nidy, Pisza i Mikołajek, Zespół Szkół Zawodowych w Węgorzewie oraz Gminę Pozezdrze. Zgromadzenie przyjęło też do wiadomości rezygnację jednej firmy, która zakończyła działalność.</p>
  <p>&ndash; Jest nas więc 33 i pierwszy raz przekroczyliśmy trzydziestkę &ndash; mówił menedżer klastra Tomasz Wilczek. Wśród członków 19 to stocznie i warsztaty szkutnicze, pozostali to dostawcy osprzętu, szkoły i samorządy.</p>
  <h2>Nowy koordynator, biuro bez zmian</h2>
  <p>Dotychczasowy koordynator, Giżycka Izba Turystyki Wodnej, po dwunastu latach zrezygnował z pełnienia tej funkcji. Zgromadzenie jednogłośnie powierzyło koordynację Fundacji Rozwoju Przemysłu Jachtowego &bdquo;Sztaksel&rdquo; z Mikołajek. Biuro klastra pozostaje jednak w Węgorzewie, przy ul. Portowej 3, gdzie pracuje dwoje pracowników.</p>
  <p>Nowa prezes fundacji Agnieszka Rudnicka przedstawiła cele klastra na lata 2025&ndash;2027: wspólne kształcenie szkutników, wejście na rynek norweski oraz budowę w Węgorzewie centrum testów napędów elektrycznych.</p>
  <h2>Od ośmiu stoczni do 33 członków</h2>
  <p>Klaster powstał w 2012 r., kiedy osiem stoczni podpisało w Węgorzewie porozumienie o współpracy. Do 2019 r. działał pod nazwą Mazurski Klaster Jachtów Żaglowych; nazwę zmieniono, gdy do klastra dołączyli producenci łodzi motorowych. Członkowie klastra zatrudniają ok. 900 osób i zbudowali w 2024 r. 410 jachtów, z czego 70% trafiło na eksport.</p>
  <p>Zgromadzenie zatwierdziło też porozumienie o współpracy z Kaszubskim Klastrem Łodzi Motorowych z Kościerzyny, podpisane we wrześniu w Gdańsku podczas targów. Kaszubski klaster zrzesza ok. 20 firm.</p>
  <p>Więcej o klastrze: <a href="https://www.przystan-klaster.pl">www.przystan-klaster.pl</a></p>
  <p class="tags">Tagi: <a href="/tag/szkutnictwo">szkutnictwo</a>, <a href="/tag/wegorzewo">Węgorzewo</a>, <a href="/tag/gizycko">Giżycko</a>, <a href="/tag/klastry">klastry</a></p>
</article>
</main>

<aside class="related">
  <h3>Czytaj także</h3>
  <ul>
    <li>
      <a href="/gospodarka/2024/11/olsztyn-geotermia-klaster-szuka-partnerow">Olsztyński Klaster Geotermii Niskotemperaturowej szuka partnerów do pierwszego odwiertu</a>
      <p>Klaster z Olsztyna, koordynowany przez spółkę Warmińska Energetyka Cieplna sp. z o.o., liczy 14 członków. Pierwszy odwiert ma powstać w Dywitach. <time>02.11.2024</time></p>
    </li>
    <li>
      <a href="/gospodarka/2024/10/elcki-klaster-podsumowuje-rok">Ponad 40 członków i nowa hala. Ełcki Klaster Wiązek Kablowych podsumowuje rok</a>
      <p>Działający od 2016 r. jako stowarzyszenie klaster z siedzibą w Ełku skupia ponad 40 członków. <time>28.10.2024</time></p>
    </li>
    <li>
      <a href="/region/2024/10/goldap-list-intencyjny-borowina">W Gołdapi podpisano list intencyjny w sprawie klastra borowinowego</a>
      <p>Sześć ośrodków sanatoryjnych i gmina chcą utworzyć Klaster Leczniczej Borowiny Gołdapskiej &ndash; pierwszą taką inicjatywę uzdrowiskową na Warmii i Mazurach. Porozumienia ani koordynatora jeszcze nie ma. <time>21.10.2024</time></p>
    </li>
    <li>
      <a href="/poradniki/2024/10/klaster-czyli-co">Klaster, czyli co? Poradnik dla firm, które myślą o wspólnych projektach</a>
      <p>Czym klaster różni się od konsorcjum i stowarzyszenia? Wyjaśniamy krok po kroku. <time>10.10.2024</time></p>
    </li>
  </ul>
  <div class="ad">Reklama: Jachty czarterowe &ndash; sezon 2025, rezerwuj teraz!</div>
</aside>
</div>

<footer>
  <p>&copy; 2024 Wieści znad Jezior &ndash; regionalny portal informacyjny Warmii i Mazur &middot; ul. Olsztyńska 5, 11-500 Giżycko &middot; <a href="mailto:redakcja@wiescizjezior.pl">redakcja@wiescizjezior.pl</a> &middot; <a href="https://www.wiescizjezior.pl">www.wiescizjezior.pl</a></p>
  <p>Projekt i wykonanie: <a href="https://www.studio-kormoran.pl">Studio Kormoran</a></p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# t04 – cp1250 text: an e-mail newsletter of a regional cluster network
#       (lubuskie, one member from zachodniopomorskie); CRLF line ends
# ---------------------------------------------------------------------------

T04_RULE = "-" * 66
T04_DRULE = "=" * 66
T04_LINES = [
    "Od: Lubuskie Forum Klastrów <newsletter@forumklastrow-lubuskie.pl>",
    "Do: Członkowie i przyjaciele Forum <lista@forumklastrow-lubuskie.pl>",
    "Data: wt., 16 lip 2024 09:12",
    "Temat: Newsletter nr 7/2024 – wieści z klastrów",
    "",
    "Jeśli wiadomość nie wyświetla się poprawnie, otwórz ją w przeglądarce:",
    "https://www.forumklastrow-lubuskie.pl/newsletter/2024-07",
    "",
    T04_DRULE,
    "  LUBUSKIE FORUM KLASTRÓW",
    "  Newsletter nr 7/2024 (lipiec)",
    T04_DRULE,
    "",
    "Szanowni Państwo,",
    "",
    "w lipcowym numerze – jak zwykle – krótkie wiadomości od koordynatorów",
    "klastrów należących do Forum. Forum skupia dziś 9 klastrów z województwa",
    "lubuskiego i – od czerwca – jeden z województwa zachodniopomorskiego;",
    "łącznie to ok. 310 firm, szkół, uczelni i samorządów. Przypominamy, że",
    "samo Forum nie jest klastrem: to porozumienie koordynatorów, którego",
    "sekretariat prowadzi Fundacja „Lubuska Sieć Współpracy” z Zielonej Góry.",
    "",
    "W TYM NUMERZE",
    "  1. Świebodziński Klaster Tapicerski",
    "  2. Klaster Energii „Lubniewickie Jeziora”",
    "  3. Gubiński Klaster Przewoźników „Nysa Łużycka”",
    "  4. Klaster Turystyki Wodnej Doliny Obry – sprostowanie",
    "  5. Gorzowski Klaster Lakierniczy",
    "  6. Nowy w Forum: Gryfiński Klaster Domów Pasywnych",
    "  7. Kalendarium",
    "",
    T04_RULE,
    "1. ŚWIEBODZIŃSKI KLASTER TAPICERSKI",
    T04_RULE,
    "• Od 1 lipca w klastrze jest nowy członek – zakład tapicerski z Sulechowa.",
    "  Klaster liczy teraz 38 firm i 2 szkoły zawodowe.",
    "• Koordynator: Cech Tapicerów i Stolarzy Ziemi Lubuskiej (Świebodzin).",
    "• Na wrześniowych targach meblowych w Poznaniu wspólne stoisko klastra",
    "  zajmie 6 firm.",
    "• www.tapicerzy-swiebodzin.pl",
    "",
    T04_RULE,
    "2. KLASTER ENERGII „LUBNIEWICKIE JEZIORA”",
    T04_RULE,
    "• Walne zebranie 27 czerwca w Sulęcinie przyjęło dwóch nowych członków –",
    "  klaster liczy ich teraz 19 (wcześniej 17).",
    "• Koordynator: Gmina Lubniewice.",
    "• Certyfikat klastra energii – od 2021 r.",
    "• Ruszyła budowa farmy fotowoltaicznej 4 MW w Glisnie.",
    "",
    T04_RULE,
    "3. GUBIŃSKI KLASTER PRZEWOŹNIKÓW „NYSA ŁUŻYCKA”",
    T04_RULE,
    "• Klaster prowadzi samodzielnie Stowarzyszenie Gubiński Klaster Przewoźników",
    "  z siedzibą w Gubinie (bez odrębnego koordynatora); działa od 2016 r.",
    "• Członkowie: ok. 25 firm przewozowych i spedycyjnych z Gubina, Krosna",
    "  Odrzańskiego i Słubic.",
    "• Cel klastra: wspólne centrum szkolenia kierowców zawodowych przy przejściu",
    "  granicznym.",
    "• www.nysa-transport.eu",
    "",
    T04_RULE,
    "4. KLASTER TURYSTYKI WODNEJ DOLINY OBRY – SPROSTOWANIE",
    T04_RULE,
    "• W numerze 6/2024 podaliśmy, że klaster liczy 35 członków. To błąd –",
    "  prawidłowo: trzydziestu jeden członków (27 wypożyczalni, przystani",
    "  i ośrodków, 3 gminy oraz nadleśnictwo). Przepraszamy!",
    "• Koordynator: Fundacja „Zakole Obry” z Międzyrzecza; biuro klastra –",
    "  w Skwierzynie.",
    "• Sezon 2024 otwarto 29 czerwca w Trzcielu; w ubiegłym roku z usług",
    "  członków skorzystało ok. 18 tys. kajakarzy.",
    "",
    T04_RULE,
    "5. GORZOWSKI KLASTER LAKIERNICZY",
    T04_RULE,
    "• Porozumienie klastrowe z 2014 r.; koordynator: Nadwarciański Park",
    "  Technologiczny sp. z o.o.",
    "• Klaster ma ponad 50 członków – najwięcej w Forum.",
    "• Cel klastra: wspólna lakiernia proszkowa dla małych firm.",
    "• 24 września w siedzibie klastra w Gorzowie Wlkp. – spotkanie z inwestorami",
    "  z Niemiec.",
    "",
    T04_RULE,
    "6. NOWY W FORUM: GRYFIŃSKI KLASTER DOMÓW PASYWNYCH (woj. zachodniopomorskie)",
    T04_RULE,
    "• Od czerwca pierwszy członek Forum spoza województwa lubuskiego.",
    "• Umowa o współpracy z 2022 r.; koordynatorem jest Gmina Gryfino.",
    "• Skład: 12 firm budowlanych i instalacyjnych oraz Gmina Gryfino.",
    "• www.pasywne-gryfino.pl",
    "",
    T04_RULE,
    "7. KALENDARIUM",
    T04_RULE,
    "• 12.09 – spotkanie koordynatorów Forum, Łagów",
    "• 24.09 – Gorzów Wlkp., spotkanie z inwestorami (Gorzowski Klaster Lakierniczy)",
    "• 10.10 – warsztaty „Klaster od środka” dla nowych menedżerów, Zielona Góra",
    "  (zapisy do 30.09, limit 25 osób)",
    "",
    "Do zobaczenia w Łagowie!",
    "Zespół sekretariatu Forum",
    "",
    "-- ",
    "Lubuskie Forum Klastrów | sekretariat: Fundacja „Lubuska Sieć Współpracy”,",
    "ul. Podgórna 12, 65-001 Zielona Góra | tel. 68 411 27 30",
    "www.forumklastrow-lubuskie.pl",
    "Otrzymujesz tę wiadomość, ponieważ zapisałeś(-aś) się na newsletter Forum.",
    "Wypisz się: https://www.forumklastrow-lubuskie.pl/wypisz",
]


# ---------------------------------------------------------------------------
# t05 – UTF-8 text: a table of clusters typed with tabs (TSV-like) and notes
#       (śląskie, opolskie)
# ---------------------------------------------------------------------------

T05_HEAD = [
    "ZESTAWIENIE KLASTRÓW – WOJ. ŚLĄSKIE I OPOLSKIE",
    "wersja robocza nr 3 z 08.10.2024 r. (plik do uzupełnienia przez koordynatorów)",
    "przygotował: Zespół ds. analiz, Śląsko-Opolskie Obserwatorium Współpracy Gospodarczej",
    "",
]
T05_ROWS = [
    [
        "Lp.",
        "Nazwa klastra",
        "Miejscowość (biuro)",
        "Woj.",
        "Rok powstania",
        "Forma",
        "Koordynator",
        "Liczba członków",
        "Członkowie (wybrani)",
        "WWW",
    ],
    [
        "1",
        "Gliwicki Klaster Kryptografii Stosowanej",
        "Gliwice",
        "śląskie",
        "2019",
        "stowarzyszenie",
        "Stowarzyszenie Gliwicki Klaster Kryptografii Stosowanej",
        "22",
        "",
        "www.kryptoklaster.pl",
    ],
    [
        "2",
        "Klaster Metaloplastyki Jurajskiej",
        "Zawiercie",
        "",
        "2015",
        "porozumienie",
        "Jurajska Izba Rzemiosła, Myszków",
        "ok. 45",
        "",
        "www.metaloplastyka-jura.pl",
    ],
    [
        "3",
        "Raciborski Klaster Napraw Taboru",
        "Racibórz",
        "śląskie",
        "2017",
        "umowa konsorcjum",
        "Fundacja Kolejowa „Semafor”",
        "18",
        "",
        "www.tabor-raciborz.pl",
    ],
    [
        "4",
        "Nyski Klaster Zapraw i Klejów Budowlanych",
        "Nysa",
        "opolskie",
        "2013",
        "spółka z o.o.",
        "– (Nyski Klaster Zapraw i Klejów Budowlanych sp. z o.o.)",
        "27",
        "Budmix Nysa sp. z o.o., Zakład Prefabrykacji „Bielice” S.A., Technikum Budowlane "
        "w Nysie, Gmina Nysa, Laboratorium Materiałów Budowlanych „Opolanka” sp. z o.o.",
        "www.kleje-nysa.pl",
    ],
    [
        "5",
        "Klaster Cukierniczy Ziemi Brzeskiej",
        "Brzeg",
        "opolskie",
        "2020",
        "porozumienie",
        "Gmina Brzeg",
        "11 (9 firm, 2 szkoły)",
        "",
        "",
    ],
    [
        "6",
        "Żywiecki Klaster Ciesielski",
        "Żywiec",
        "śląskie",
        "",
        "",
        "Fundacja „Góralska Ciesiołka”, Milówka",
        "ponad 30",
        "",
        "www.ciesle-zywiec.pl",
    ],
    [
        "7",
        "Sieć Punktów Konsultacyjnych Opolszczyzny",
        "Opole",
        "opolskie",
        "2021",
        "porozumienie",
        "Opolska Agencja Doradztwa Gospodarczego",
        "14",
        "",
        "",
    ],
    ["", "RAZEM", "", "", "", "", "", "ok. 167", "", ""],
]
T05_NOTES = [
    "",
    "Uwagi:",
    "1. Wiersz 2 – pole „Woj.” nie zostało wypełnione przez koordynatora.",
    "2. Wiersz 3 – liczba członków według ankiety (stan na 30.06.2024 r.). Koordynator "
    "poinformował pismem z 12.09.2024 r., że od 1 września klaster liczy 21 członków.",
    "3. Wiersz 4 – klaster działa od 2013 r., początkowo jako porozumienie; spółkę zarejestrowano "
    "w 2018 r. i to ona sama zarządza klastrem. W kolumnie „Członkowie (wybrani)” podano tylko "
    "część członków.",
    "4. Wiersz 6 – do 2022 r. klaster działał pod nazwą „Klaster Chat Góralskich Żywiecczyzny”. "
    "Rok powstania i forma – brak danych.",
    "5. Wiersz 7 – Sieć Punktów Konsultacyjnych Opolszczyzny nie jest klastrem (sieć punktów "
    "doradczych); wpisana omyłkowo, do usunięcia w kolejnej wersji.",
    "6. Na ankietę nie odpowiedział Śląski Klaster Magnesów Trwałych – nie udało się ustalić "
    "ani jego siedziby, ani liczby członków; zostanie ujęty po uzupełnieniu danych.",
    "7. RAZEM – suma wierszy 1–7 według ankiety.",
]


def make_t05_text() -> str:
    lines = list(T05_HEAD)
    lines += ["\t".join(row) for row in T05_ROWS]
    lines += T05_NOTES
    return "\n".join(lines) + "\n"


def main() -> None:
    make_t01(HERE / "t01_sprawozdanie_ris_podkarpackie_2024_rozdzial4.pdf")
    make_t02(HERE / "t02_strategia_powiatu_zabkowickiego_potencjal_gospodarczy.docx")
    (HERE / "t03_portal_walne_zgromadzenie_klastra_wegorzewo.html").write_bytes(
        T03_HTML.encode("utf-8")
    )
    (HERE / "t04_newsletter_lubuskie_forum_klastrow_7_2024_cp1250.txt").write_bytes(
        ("\r\n".join(T04_LINES) + "\r\n").encode("cp1250")
    )
    (HERE / "t05_zestawienie_klastrow_slaskie_opolskie_tabulatory_utf8.txt").write_bytes(
        make_t05_text().encode("utf-8")
    )


if __name__ == "__main__":
    main()
