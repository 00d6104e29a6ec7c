# ruff: noqa: E501
"""Generate the heldout32 documents (deterministic; all text lives here).

Run from the repository root:
    .venv/bin/python tests/cases/heldout32/make_documents.py
"""

from __future__ import annotations

import io
import textwrap
import zipfile
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in (
        ("DejaVuSans", "DejaVuSans.ttf"),
        ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
        ("DejaVuSans-Oblique", "DejaVuSans-Oblique.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


# ---------------------------------------------------------------------------
# q01 – PDF: slide deck of a development agency exported to PDF (pomorskie)
# ---------------------------------------------------------------------------

Q01_EVENT = "Forum Klastrów Pomorza Środkowego · Ustka, 16.05.2024"
Q01_AGENCY = "Środkowopomorska Agencja Rozwoju „Progres” S.A."

# Each slide: (kind, title, content)
#   title   – content: list of lines under the big title
#   bullets – content: list of items; an item is a str or ("sub", [str, ...]) or ("note", str)
#   numbers – content: (list of (number, label), source note)
#   compare – content: (left (head, [items]), right (head, [items]), bottom note)
Q01_SLIDES = [
    (
        "title",
        "Klastry Pomorza Środkowego 2024",
        [
            "Gdzie jesteśmy i dokąd zmierzamy",
            "Joanna Pietrzyk-Nowacka · Dział Współpracy Gospodarczej",
            Q01_AGENCY,
            "Forum Klastrów Pomorza Środkowego · Ustka, 16 maja 2024 r.",
        ],
    ),
    (
        "bullets",
        "Plan wystąpienia",
        [
            "Klastry w liczbach",
            "Cztery sylwetki: ryby, drewno, energia, turystyka",
            "Porównanie: dwa klastry rolno-spożywcze",
            "Co dalej? Nowe inicjatywy i wsparcie Agencji",
        ],
    ),
    (
        "numbers",
        "Klastry w liczbach",
        (
            [
                (
                    "7",
                    "inicjatyw klastrowych w powiatach słupskim, lęborskim, bytowskim i człuchowskim",
                ),
                ("ok. 260", "zrzeszonych firm, szkół, gmin i instytucji"),
                ("2", "klastry energii z certyfikatem"),
                ("4 tys.+", "miejsc pracy u członków"),
            ],
            "Źródło: ankieta Agencji, marzec 2024 r.; odpowiedziało 6 z 7 koordynatorów.",
        ),
    ),
    (
        "bullets",
        "Klaster Przetwórców Ryb „Słupia”",
        [
            "Siedziba i biuro klastra: Ustka",
            "Koordynator: Bałtycka Izba Przetwórców Ryb (Słupsk)",
            "Umowa konsorcjum od 2014 r.",
            "31 członków: 24 przetwórnie, 5 armatorów, technikum i Gmina Miasto Ustka",
            "ok. 1 900 pracowników · 42 tys. ton surowca rocznie",
            "www.klaster-slupia.pl",
        ],
    ),
    (
        "bullets",
        "Klaster „Słupia” – cele na lata 2024–2027",
        [
            "Wspólna chłodnia składowa w porcie w Ustce",
            "Certyfikat MSC dla małych przetwórni",
            "Klasa patronacka „technik przetwórstwa ryb” w technikum",
            (
                "note",
                "W 2024 r. dołączyły 2 przetwórnie z Rowów (wcześniej klaster liczył 29 członków).",
            ),
        ],
    ),
    (
        "bullets",
        "Klaster Stolarski Ziemi Bytowskiej sp. z o.o.",
        [
            "2016 – porozumienie 9 zakładów stolarskich",
            "2020 – spółka z o.o.; klaster prowadzi się sam, bez odrębnego koordynatora",
            "Siedziba: Bytów · wspólny magazyn w Tuchomiu",
            "blisko 40 członków, w tym 11 udziałowców",
            "Cel: wspólna marka „Drewno z Kaszub” na rynkach Skandynawii",
            "www.stolarze-bytow.pl",
        ],
    ),
    (
        "bullets",
        "Klaster Energetyczny Ziemi Lęborskiej (KEZL)",
        [
            "Koordynator: Gmina Miasto Lębork",
            "2018 – porozumienie 12 sygnatariuszy",
            "2019 – certyfikat klastra energii",
            "Dziś: 17 członków (gminy, spółki komunalne, firmy, szpital)",
            "14 MW w fotowoltaice i biogazowniach",
            "Jeden cel: 50% energii dla budynków publicznych z OZE do 2030 r.",
        ],
    ),
    (
        "bullets",
        "Łebski Klaster Turystyki Nadmorskiej „Wydma”",
        [
            "Od 2012 r. porozumienie, od 2017 r. stowarzyszenie (KRS)",
            "Koordynator: brak – klaster prowadzi zarząd stowarzyszenia",
            "Siedziba: Łeba",
            "ponad 50 członków: hotele, pensjonaty, wypożyczalnie, przewoźnicy",
            "Cele:",
            (
                "sub",
                [
                    "sezon dłuższy o sześć tygodni",
                    "wspólny system rezerwacji noclegów",
                    "szlak rowerowy Łeba – Rowy",
                ],
            ),
            "ok. 180 tys. turystów w sezonie 2023",
        ],
    ),
    (
        "compare",
        "Porównanie: dwa klastry rolno-spożywcze",
        (
            (
                "Klaster Zbożowo-Paszowy „Człuchowskie Pola”",
                [
                    "Siedziba: Człuchów",
                    "Forma: umowa konsorcjum (od 2017 r.)",
                    "Koordynator: Spółdzielnia Rolniczo-Handlowa „Agro-Debrzno” z Debrzna",
                    "Członkowie: 22 gospodarstwa, 3 mieszalnie pasz i szkoła rolnicza",
                    "Cele: wspólny skup i suszenie zboża; pasza bez GMO pod własną marką",
                    "www.czluchowskiepola.pl",
                ],
            ),
            (
                "Miastecki Klaster Mleka i Sera",
                [
                    "Siedziba: Miastko",
                    "Forma: stowarzyszenie (od 2021 r.), wcześniej porozumienie z 2015 r.",
                    "Koordynator: brak – zarząd stowarzyszenia",
                    "Członkowie: ok. 45, w tym 38 gospodarstw",
                    "Cele: wspólna serowarnia zagrodowa; sklep firmowy w Słupsku",
                    "www.mlekomiastko.pl",
                ],
            ),
            "Wspólnie: 1 chłodnia na kołach, 2 stoiska na targach w Poznaniu",
        ),
    ),
    (
        "bullets",
        "Co dalej? Nowe inicjatywy",
        [
            "Pomorski Klaster Zielonego Wodoru – list intencyjny 9 podmiotów (marzec 2024 r.); porozumienia ani koordynatora jeszcze nie ma",
            "Inkubator „Port Idei” w Słupsku – partner klastrów, sam nie jest klastrem",
            "Nabór Agencji na doradztwo dla koordynatorów: do 30 czerwca 2024 r.",
        ],
    ),
    (
        "bullets",
        "Czego potrzebują klastry?",
        [
            "stałego finansowania biura klastra",
            "dostępu do specjalistów B+R",
            "wspólnej promocji regionu na targach",
            (
                "note",
                "Ankieta Agencji, marzec 2024 r.: 6 odpowiedzi, można było wskazać kilka potrzeb.",
            ),
        ],
    ),
    (
        "title",
        "Dziękuję za uwagę!",
        [
            "Joanna Pietrzyk-Nowacka",
            "j.pietrzyk@progres-slupsk.pl · tel. 59 840 22 17",
            "www.progres-slupsk.pl",
            "Prezentacja do pobrania: www.progres-slupsk.pl/forum2024",
        ],
    ),
]


def make_q01(path: Path) -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Frame, Paragraph

    register_fonts()
    W, H = 960, 540
    navy = colors.HexColor("#123B5C")
    teal = colors.HexColor("#1E8C93")
    pale = colors.HexColor("#EAF4F5")
    grey = colors.HexColor("#6B7280")
    bullet = ParagraphStyle(
        "bullet",
        fontName="DejaVuSans",
        fontSize=22,
        leading=29,
        leftIndent=30,
        bulletIndent=6,
        spaceAfter=8,
        bulletFontName="DejaVuSans-Bold",
        bulletColor=teal,
    )
    sub = ParagraphStyle(
        "sub", parent=bullet, fontSize=19, leading=25, leftIndent=70, bulletIndent=46, spaceAfter=4
    )
    note = ParagraphStyle(
        "note",
        fontName="DejaVuSans-Oblique",
        fontSize=16,
        leading=21,
        textColor=grey,
        spaceBefore=16,
    )
    colbullet = ParagraphStyle(
        "colbullet",
        parent=bullet,
        fontSize=16,
        leading=21,
        leftIndent=20,
        bulletIndent=2,
        spaceAfter=7,
    )
    colhead = ParagraphStyle(
        "colhead", fontName="DejaVuSans-Bold", fontSize=18, leading=22, textColor=colors.white
    )
    bignum = ParagraphStyle(
        "bignum", fontName="DejaVuSans-Bold", fontSize=48, leading=56, textColor=teal, alignment=1
    )
    numlab = ParagraphStyle("numlab", fontName="DejaVuSans", fontSize=15, leading=19, alignment=1)
    big = ParagraphStyle(
        "big", fontName="DejaVuSans-Bold", fontSize=44, leading=52, textColor=navy, alignment=1
    )
    centre = ParagraphStyle(
        "centre", fontName="DejaVuSans", fontSize=20, leading=28, alignment=1, spaceAfter=6
    )

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1)
    c.setTitle("Klastry Pomorza Środkowego 2024 – prezentacja")
    c.setAuthor("Joanna Pietrzyk-Nowacka")
    c.setSubject("Forum Klastrów Pomorza Środkowego, Ustka 2024")
    c.setCreator("heldout32")
    c.setProducer("heldout32")
    total = len(Q01_SLIDES)

    def frame_paras(paras, x, y, w, h):
        Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0).addFromList(
            list(paras), c
        )

    for n, (kind, title, content) in enumerate(Q01_SLIDES, start=1):
        # footer on every slide
        c.setStrokeColor(teal)
        c.setLineWidth(1.5)
        c.line(40, 40, W - 40, 40)
        c.setFont("DejaVuSans", 11)
        c.setFillColor(grey)
        c.drawString(40, 22, f"{Q01_AGENCY}  ·  {Q01_EVENT}")
        c.drawRightString(W - 40, 22, f"{n} / {total}")
        if kind == "title":
            c.setFillColor(pale)
            c.rect(0, 60, W, H - 60, stroke=0, fill=1)
            c.setFillColor(teal)
            c.rect(0, H - 18, W, 18, stroke=0, fill=1)
            paras = [Paragraph(escape(title), big)]
            paras += [Paragraph(escape(line), centre) for line in content]
            frame_paras(paras, 80, 90, W - 160, 360)
        else:
            c.setFillColor(navy)
            c.rect(0, H - 90, W, 90, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("DejaVuSans-Bold", 34)
            c.drawString(40, H - 60, title)
            c.setFillColor(colors.black)
            if kind == "bullets":
                paras = []
                for item in content:
                    if isinstance(item, str):
                        paras.append(Paragraph(escape(item), bullet, bulletText="■"))
                    elif item[0] == "sub":
                        paras += [Paragraph(escape(s), sub, bulletText="–") for s in item[1]]
                    else:
                        paras.append(Paragraph(escape(item[1]), note))
                frame_paras(paras, 50, 60, W - 100, H - 170)
            elif kind == "numbers":
                boxes, source = content
                bw = (W - 100 - 3 * 20) / 4
                for i, (num, label) in enumerate(boxes):
                    x = 50 + i * (bw + 20)
                    c.setFillColor(pale)
                    c.roundRect(x, 150, bw, 260, 12, stroke=0, fill=1)
                    frame_paras(
                        [Paragraph(escape(num), bignum), Paragraph(escape(label), numlab)],
                        x + 12,
                        170,
                        bw - 24,
                        220,
                    )
                c.setFillColor(grey)
                c.setFont("DejaVuSans-Oblique", 14)
                c.drawString(50, 80, source)
            elif kind == "compare":
                left, right, bottom = content
                cw = (W - 100 - 30) / 2
                for i, (head, items) in enumerate((left, right)):
                    x = 50 + i * (cw + 30)
                    c.setFillColor(teal if i == 0 else navy)
                    c.rect(x, H - 160, cw, 56, stroke=0, fill=1)
                    frame_paras([Paragraph(escape(head), colhead)], x + 12, H - 156, cw - 24, 48)
                    c.setFillColor(pale)
                    c.rect(x, 110, cw, H - 272, stroke=0, fill=1)
                    frame_paras(
                        [Paragraph(escape(s), colbullet, bulletText="•") for s in items],
                        x + 12,
                        116,
                        cw - 24,
                        H - 286,
                    )
                c.setFillColor(navy)
                c.setFont("DejaVuSans-Bold", 16)
                c.drawCentredString(W / 2, 70, bottom)
        c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------
# q02 – DOCX: a parliamentary interpellation and the ministry's answer (podlaskie)
# ---------------------------------------------------------------------------

Q02_HEADER = "Sejm Rzeczypospolitej Polskiej · X kadencja · Interpelacje i zapytania poselskie"
Q02_FOOTER = "Interpelacja nr 4127 wraz z odpowiedzią – wydruk z 22.03.2024 r."

# (kind, text): t = bold centred title, c = centred line, p = paragraph, h = heading,
# n = Word "List Number" item, table = the answer's table, note = small note, break = page break,
# r = right-aligned line
Q02_BODY = [
    ("t", "Interpelacja nr 4127"),
    ("c", "do ministra klimatu i środowiska"),
    (
        "c",
        "w sprawie wsparcia klastrów energii w północno-wschodniej części województwa podlaskiego",
    ),
    ("p", "Zgłaszający: Ryszard Olszanik"),
    ("p", "Data wpływu: 14-02-2024"),
    ("p", "Szanowna Pani Minister,"),
    (
        "p",
        "klastry energii miały być w naszym regionie sposobem na tańsze ciepło i prąd z lokalnych źródeł. Z rozmów z samorządowcami i przedsiębiorcami z okręgu wyborczego nr 24 wynika jednak, że po kilku latach działania wiele z nich wciąż nie może uzyskać wsparcia na inwestycje. W województwie podlaskim działa kilkanaście inicjatyw nazywających się klastrami energii, a tylko część z nich ma certyfikat.",
    ),
    (
        "p",
        "Przykładem jest Suwalski Klaster Energii „Czarna Hańcza”, który – jak informują mnie jego członkowie – zrzesza ponad 40 podmiotów z Suwałk i powiatu suwalskiego. Jego koordynatorem jest spółka komunalna „Hańcza-Energia” sp. z o.o. Klaster od 2017 r. przygotowuje budowę magazynu ciepła, ale od dwóch lat czeka na rozstrzygnięcie naboru.",
    ),
    (
        "p",
        "Podobne problemy zgłasza Hajnowski Klaster Biomasy i Ciepła koordynowany przez Gminę Miejską Hajnówka. Porozumienie podpisało w 2019 r. dziewięciu sygnatariuszy, a dziś klaster liczy 14 członków, w tym trzy nadleśnictwa i dwa tartaki. Celem klastra jest zastąpienie węgla w miejskiej ciepłowni zrębką z lokalnych tartaków.",
    ),
    (
        "p",
        "Z kolei Stowarzyszenie Łomżyński Klaster Agroenergetyczny, skupiające kilkudziesięciu rolników i właścicieli biogazowni, zrezygnowało ze starań o certyfikat, ponieważ – jak twierdzą jego członkowie – procedura jest zbyt skomplikowana.",
    ),
    ("p", "W związku z powyższym proszę o odpowiedź na następujące pytania:"),
    (
        "p",
        "1. Ile klastrów energii z województwa podlaskiego posiada certyfikat i ilu członków zrzeszają?",
    ),
    (
        "p",
        "2. Czy ministerstwo przewiduje uproszczenie procedury certyfikacji, z której zrezygnował m.in. klaster z Łomży?",
    ),
    (
        "p",
        "3. Czy przewidziany jest nabór dedykowany magazynom ciepła budowanym przez klastry energii?",
    ),
    ("p", "4. Jakie inne inicjatywy z regionu ubiegają się o status klastra energii?"),
    ("p", "Z poważaniem"),
    ("p", "Ryszard Olszanik\nPoseł na Sejm RP"),
    ("break", ""),
    ("t", "Odpowiedź na interpelację nr 4127"),
    (
        "p",
        "Odpowiadający: Witold Kamiński-Brzoza, sekretarz stanu w Ministerstwie Klimatu i Środowiska",
    ),
    ("r", "Warszawa, 18-03-2024"),
    ("p", "Szanowny Panie Marszałku,"),
    (
        "p",
        "w odpowiedzi na interpelację nr 4127 Pana Posła Ryszarda Olszanika w sprawie wsparcia klastrów energii w północno-wschodniej części województwa podlaskiego uprzejmie przekazuję następujące informacje.",
    ),
    ("h", "Ad 1."),
    (
        "p",
        "Według stanu na 29 lutego 2024 r. certyfikat klastra energii posiadają 4 klastry z województwa podlaskiego (w całym kraju – 66). Wszystkie cztery działają na podstawie porozumień cywilnoprawnych, o których mowa w art. 2 pkt 15a ustawy z dnia 20 lutego 2015 r. o odnawialnych źródłach energii. Łącznie zrzeszają one 97 członków. Szczegółowe dane przedstawia tabela 1.",
    ),
    ("table", ""),
    (
        "note",
        "* Liczba członków według oświadczeń koordynatorów złożonych w procedurze certyfikacji, z aktualizacją z 2023 r.",
    ),
    (
        "p",
        "Jednocześnie uprzejmie wyjaśniam, że dane przytoczone w interpelacji wymagają korekty. Suwalski Klaster Energii „Czarna Hańcza” zrzesza 36 członków (27 przedsiębiorstw, 6 gmin, 2 spółdzielnie mieszkaniowe i szpital wojewódzki), a nie ponad 40. Zgodnie z porozumieniem z 2017 r. celami klastra są:",
    ),
    (
        "n",
        "obniżenie kosztów ciepła dla budynków wielorodzinnych i użyteczności publicznej w Suwałkach;",
    ),
    ("n", "budowa sezonowego magazynu ciepła przy ciepłowni miejskiej;"),
    (
        "n",
        "zwiększenie udziału odnawialnych źródeł energii w zużyciu energii w powiecie suwalskim do 40%.",
    ),
    ("p", "Certyfikat klastra energii wydano temu klastrowi w 2018 r."),
    ("h", "Ad 2."),
    (
        "p",
        "Procedura certyfikacji nie jest obowiązkowa. Stowarzyszenie Łomżyński Klaster Agroenergetyczny z siedzibą w Łomży złożyło wniosek o certyfikat w październiku 2022 r., a następnie wycofało go pismem z 5 maja 2023 r. Łomżyński Klaster Agroenergetyczny nie ma odrębnego koordynatora – funkcję tę pełni samo stowarzyszenie – i może ponownie złożyć wniosek w dowolnym terminie. Ministerstwo przygotowuje uproszczony wzór wniosku, który zostanie opublikowany w II kwartale 2024 r.",
    ),
    ("h", "Ad 3."),
    (
        "p",
        "Inwestycje w magazyny ciepła mogą być wspierane w ramach programów krajowych finansowanych ze środków Funduszu Modernizacyjnego; odrębny nabór dla klastrów energii nie jest obecnie planowany. Przykładem dobrej praktyki z sąsiedniego regionu jest Ełcki Klaster Ciepła Systemowego z województwa warmińsko-mazurskiego, koordynowany przez spółkę „Termo-Ełk” sp. z o.o. z Ełku. Klaster działa od 2020 r. na podstawie porozumienia i skupia blisko 60 członków; w 2023 r. oddał do użytku magazyn ciepła o pojemności 12 000 m³.",
    ),
    ("h", "Ad 4."),
    (
        "p",
        "Do ministerstwa nie wpłynęły inne wnioski z województwa podlaskiego. Z informacji urzędu marszałkowskiego wynika, że w 2023 r. w Augustowie trzy gminy i dwie firmy podpisały list intencyjny w sprawie utworzenia Augustowskiego Klastra Hydroenergetycznego; porozumienia klastra energii dotąd nie zawarto i nie wskazano koordynatora. Natomiast porozumienie gmin Sejny, Giby i Krasnopol pod nazwą „Sejneńska Energia Wspólna” dotyczy wyłącznie wspólnego zakupu energii elektrycznej i nie jest klastrem energii w rozumieniu ustawy.",
    ),
    ("p", "Z wyrazami szacunku"),
    ("p", "Witold Kamiński-Brzoza\nSekretarz Stanu"),
]
Q02_TABLE_CAPTION = (
    "Tabela 1. Certyfikowane klastry energii z województwa podlaskiego (stan na 29.02.2024 r.)"
)
Q02_TABLE = [
    [
        "Lp.",
        "Nazwa klastra",
        "Koordynator",
        "Siedziba koordynatora",
        "Liczba członków*",
        "Data zawarcia porozumienia",
        "Rok wydania certyfikatu",
    ],
    [
        "1.",
        "Suwalski Klaster Energii „Czarna Hańcza”",
        "„Hańcza-Energia” sp. z o.o.",
        "Suwałki",
        "36",
        "12.06.2017",
        "2018",
    ],
    [
        "2.",
        "Klaster Energii „Biebrzańskie Łąki”",
        "Spółdzielnia Energetyczna „Biebrza”",
        "Goniądz",
        "21",
        "03.09.2018",
        "2019",
    ],
    [
        "3.",
        "Hajnowski Klaster Biomasy i Ciepła",
        "Gmina Miejska Hajnówka",
        "Hajnówka",
        "14",
        "27.03.2019",
        "2021",
    ],
    [
        "4.",
        "Tykociński Klaster Energii Słonecznej",
        "Gmina Tykocin",
        "Tykocin",
        "26",
        "15.01.2020",
        "2022",
    ],
    ["", "Razem", "", "", "97", "", ""],
]

DOCX_TIME = (2024, 3, 22, 9, 0, 0)


def fixed_zip(data: bytes, date_time: tuple) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_q02(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    cp = doc.core_properties
    fixed = datetime(*DOCX_TIME)
    cp.author = "Kancelaria Sejmu"
    cp.last_modified_by = "Kancelaria Sejmu"
    cp.title = "Interpelacja nr 4127 wraz z odpowiedzią"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1

    doc.sections[0].header.paragraphs[0].text = Q02_HEADER
    doc.sections[0].footer.paragraphs[0].text = Q02_FOOTER
    for kind, text in Q02_BODY:
        if kind == "t":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(text)
            run.bold = True
            run.font.size = Pt(14)
        elif kind == "c":
            p = doc.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "r":
            p = doc.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "p":
            doc.add_paragraph(text)
        elif kind == "h":
            doc.add_heading(text, level=2)
        elif kind == "n":
            doc.add_paragraph(text, style="List Number")
        elif kind == "note":
            p = doc.add_paragraph()
            run = p.add_run(text)
            run.font.size = Pt(9)
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            doc.add_paragraph().add_run(Q02_TABLE_CAPTION).italic = True
            table = doc.add_table(rows=len(Q02_TABLE), cols=len(Q02_TABLE[0]))
            table.style = "Table Grid"
            for i, row in enumerate(Q02_TABLE):
                for j, val in enumerate(row):
                    cell = table.cell(i, j)
                    cell.text = val
                    if (i == 0 or i == len(Q02_TABLE) - 1) and val:
                        cell.paragraphs[0].runs[0].bold = True
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(fixed_zip(buf.getvalue(), DOCX_TIME))


# ---------------------------------------------------------------------------
# q03 – text (cp1250, CRLF): KRS extract of a cluster association + commentary
# (zachodniopomorskie)
# ---------------------------------------------------------------------------

Q03_KRS = """\
                  CENTRALNA INFORMACJA KRAJOWEGO REJESTRU SĄDOWEGO

Stan na dzień 08.04.2024 godz. 10:42:17                          Numer KRS: 0000624518

                                   ODPIS AKTUALNY
        Z REJESTRU STOWARZYSZEŃ, INNYCH ORGANIZACJI SPOŁECZNYCH I ZAWODOWYCH,
        FUNDACJI ORAZ SAMODZIELNYCH PUBLICZNYCH ZAKŁADÓW OPIEKI ZDROWOTNEJ

Data rejestracji w Krajowym Rejestrze Sądowym          07.07.2016
Ostatni wpis            Numer wpisu                    6
                        Data dokonania wpisu           19.01.2024
                        Sygnatura akt                  KO.IX NS-REJ.KRS/1187/23/512
                        Oznaczenie sądu                SĄD REJONOWY W KOSZALINIE, IX WYDZIAŁ
                                                       GOSPODARCZY KRAJOWEGO REJESTRU SĄDOWEGO

Dział 1
Rubryka 1 - Dane podmiotu
 1.Oznaczenie formy prawnej                            STOWARZYSZENIE
 2.Numer REGON/NIP                                     REGON: 364812907, NIP: 6731879254
 3.Nazwa                                               STOWARZYSZENIE SZCZECINECKI KLASTER DRZEWNY
                                                       "TRZESIECKO"
 4.Dane o wcześniejszej rejestracji                    ---
 5.Czy podmiot prowadzi działalność gospodarczą        NIE
   z innymi podmiotami na podstawie umowy spółki
   cywilnej?
 6.Czy podmiot posiada status organizacji pożytku      NIE
   publicznego?

Rubryka 2 - Siedziba i adres podmiotu
 1.Siedziba                                            kraj POLSKA, woj. ZACHODNIOPOMORSKIE,
                                                       powiat SZCZECINECKI, gmina M. SZCZECINEK,
                                                       miejsc. SZCZECINEK
 2.Adres                                               ul. KOSZALIŃSKA, nr 74, lok. 3,
                                                       miejsc. SZCZECINEK, kod 78-400,
                                                       poczta SZCZECINEK, kraj POLSKA
 3.Adres poczty elektronicznej                         BIURO@KLASTER-TRZESIECKO.PL
 4.Adres strony internetowej                           WWW.KLASTER-TRZESIECKO.PL

Rubryka 3 - Oddziały
 1 1.Nazwa oddziału                                    ODDZIAŁ W BARWICACH
   2.Siedziba                                          kraj POLSKA, woj. ZACHODNIOPOMORSKIE,
                                                       powiat SZCZECINECKI, gmina BARWICE,
                                                       miejsc. BARWICE

Rubryka 4 - Informacje o statucie
 1.Informacja o sporządzeniu lub zmianie statutu
   1                                                   15.03.2016 R. - UCHWALENIE STATUTU NA
                                                       ZEBRANIU ZAŁOŻYCIELSKIM
   2                                                   14.11.2023 R. - ZMIANA § 1 (NAZWA) I § 8
                                                       STATUTU, UCHWAŁA NR 7/2023 WALNEGO
                                                       ZEBRANIA CZŁONKÓW

Rubryka 5 - Organ sprawujący nadzór
 1.Organ sprawujący nadzór                             STAROSTA SZCZECINECKI

Dział 2
Rubryka 1 - Organ uprawniony do reprezentacji podmiotu
 1.Nazwa organu uprawnionego do reprezentowania        ZARZĄD
   podmiotu
 2.Sposób reprezentacji podmiotu                       DO SKŁADANIA OŚWIADCZEŃ WOLI W IMIENIU
                                                       STOWARZYSZENIA, W TYM W SPRAWACH
                                                       MAJĄTKOWYCH, WYMAGANE JEST WSPÓŁDZIAŁANIE
                                                       DWÓCH CZŁONKÓW ZARZĄDU, W TYM PREZESA
                                                       LUB WICEPREZESA ZARZĄDU.
Podrubryka 1
Dane osób wchodzących w skład organu
 1 1.Nazwisko                                          WRONKA
   2.Imiona                                            HALINA MARIA
   3.Numer PESEL                                       ***********
   4.Funkcja w organie reprezentującym                 PREZES ZARZĄDU
 2 1.Nazwisko                                          DĄBKOWSKI
   2.Imiona                                            PIOTR
   3.Numer PESEL                                       ***********
   4.Funkcja w organie reprezentującym                 WICEPREZES ZARZĄDU
 3 1.Nazwisko                                          RUSZCZYK
   2.Imiona                                            ANNA JOANNA
   3.Numer PESEL                                       ***********
   4.Funkcja w organie reprezentującym                 CZŁONEK ZARZĄDU

Rubryka 2 - Organ nadzoru
 1 1.Nazwa organu                                      KOMISJA REWIZYJNA

Dział 3
Rubryka 1 - Przedmiot działalności
 1.Przedmiot działalności statutowej organizacji       ---
   pożytku publicznego

Rubryka 2 - Wzmianki o złożonych dokumentach
 1 1.Rodzaj dokumentu                                  SPRAWOZDANIE MERYTORYCZNE I FINANSOWE
   2.Data złożenia                                     28.06.2023
   3.Za okres                                          OD 01.01.2022 DO 31.12.2022

Rubryka 3 - Cel działania organizacji
 1.Cel działania                                       1) WSPIERANIE WSPÓŁPRACY PRZEDSIĘBIORSTW
                                                       PRZEMYSŁU DRZEWNEGO I MEBLARSKIEGO
                                                       Z POWIATU SZCZECINECKIEGO; 2) PROWADZENIE
                                                       WSPÓLNYCH PRAC BADAWCZO-ROZWOJOWYCH
                                                       W ZAKRESIE SUSZENIA I KLEJENIA DREWNA;
                                                       3) KSZTAŁCENIE KADR DLA PRZEMYSŁU
                                                       DRZEWNEGO WE WSPÓŁPRACY ZE SZKOŁAMI
                                                       ZAWODOWYMI; 4) PROMOCJA WYROBÓW CZŁONKÓW
                                                       STOWARZYSZENIA NA RYNKACH ZAGRANICZNYCH.

Dział 4
Rubryka 1 - Zaległości                                 BRAK WPISÓW

Dział 5
Rubryka 1 - Kurator                                    BRAK WPISÓW

Dział 6
Rubryka 1 - Likwidacja                                 BRAK WPISÓW

Data wydruku 08.04.2024 godz. 10:42:17                                      Strona 3 z 3

Zgodnie z art. 4 ust. 4aa ustawy z dnia 20 sierpnia 1997 r. o Krajowym Rejestrze Sądowym
pobrane samodzielnie z Centralnej Informacji wydruki, odpisy, wyciągi i zaświadczenia mają
moc dokumentów urzędowych, jeżeli posiadają cechy umożliwiające ich weryfikację.
"""

Q03_COMMENT_HEAD = [
    "=" * 86,
    "KOMENTARZ",
    "Biuletyn „Klastry Pojezierza” nr 4/2024 (kwiecień) – rubryka „Z rejestru”",
    "Autor: Dariusz Felczak, analityk Fundacji „Drewno i Woda”",
    "=" * 86,
]
Q03_COMMENT = [
    "Powyższy odpis dotyczy stowarzyszenia, które prowadzi Szczecinecki Klaster Drzewny „Trzesiecko”. Sam klaster jest starszy niż wpis do KRS: porozumienie o współpracy podpisało w październiku 2013 r. jedenaście firm ze Szczecinka, Bornego Sulinowa i Barwic, a stowarzyszenie zarejestrowano dopiero w lipcu 2016 r. Do listopada 2023 r. nosiło ono nazwę Klaster Drzewny Ziemi Szczecineckiej – stąd stara domena www.kdzs.org.pl, która dziś przekierowuje na stronę www.klaster-trzesiecko.pl.",
    "Klaster nie ma odrębnego koordynatora – jego sprawy prowadzi zarząd stowarzyszenia. Według sprawozdania merytorycznego za 2023 r. stowarzyszenie liczyło 37 członków, w tym 5 członków wspierających. Na walnym zebraniu w Barwicach 21 marca 2024 r. przyjęto dwie kolejne firmy, więc dziś klaster liczy 39 członków. Firmy członkowskie zatrudniają łącznie ok. 2 300 osób i przerabiają ponad 400 tys. m3 drewna rocznie. Oddział w Barwicach, widoczny w odpisie, prowadzi wspólną suszarnię drewna.",
    "Stowarzyszenie Szczecinecki Klaster Drzewny „Trzesiecko” koordynuje też Klaster Energii Biomasowej „Parsęcko”, utworzony w 2021 r. porozumieniem ośmiu gmin i firm. Ten klaster liczy dziś 11 członków, a jego biuro mieści się w Parsęcku w gminie Szczecinek. Jego jedynym celem jest ogrzewanie szkół i świetlic gminy Szczecinek ciepłem z biomasy drzewnej dostarczanej przez członków stowarzyszenia.",
    "Część założycieli przeszła do stowarzyszenia z Wałeckiego Klastra Tapicerskiego „Piława”, który nadal działa jako porozumienie koordynowane przez spółkę „Tapicer-Serwis” sp. z o.o. z Wałcza i skupia ok. 20 zakładów tapicerskich.",
    "Inną drogę wybrali producenci stolarki z Koszalina. Koszaliński Klaster Okien i Drzwi, działający od 2011 r. na podstawie porozumienia, w 2022 r. przekształcił się w spółkę Koszaliński Klaster Okien i Drzwi sp. z o.o., która sama zarządza klastrem. Spółka ma siedzibę w Koszalinie i zrzesza 31 członków, z których 24 objęło udziały.",
    "W Połczynie-Zdroju sanatoria i gmina rozmawiają o utworzeniu Połczyńskiego Klastra Zdrowia; na razie podpisano tylko list intencyjny (luty 2024 r.), bez porozumienia i koordynatora.",
]
Q03_COMMENT_FOOT = [
    "-" * 86,
    "Biuletyn „Klastry Pojezierza” – wydawca: Fundacja „Drewno i Woda”, ul. Kościuszki 12,",
    "78-520 Złocieniec, www.drewnoiwoda.org.pl. Odpis pobrano z wyszukiwarki KRS 8 kwietnia 2024 r.",
]


def make_q03_text() -> str:
    lines = Q03_KRS.rstrip("\n").split("\n")
    lines += ["", "", *Q03_COMMENT_HEAD, ""]
    for para in Q03_COMMENT:
        lines += textwrap.wrap(para, width=86, break_long_words=False, break_on_hyphens=False)
        lines.append("")
    lines += Q03_COMMENT_FOOT
    return "\r\n".join(lines) + "\r\n"


# ---------------------------------------------------------------------------
# q04 – HTML: a law firm's blog post with a cluster association's statute excerpt
# (wielkopolskie)
# ---------------------------------------------------------------------------

Q04_HTML = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Klaster jako stowarzyszenie &ndash; jak napisać statut? Przykład z Leszna | Blog Kancelarii Wielgosz-Drzewiecka</title>
<meta name="description" content="Porozumienie, stowarzyszenie czy spółka? Jak napisać statut stowarzyszenia prowadzącego klaster &ndash; na przykładzie klastra z Leszna.">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Kancelaria Radcy Prawnego Agnieszka Wielgosz-Drzewiecka">
<link rel="stylesheet" href="/assets/css/blog.css">
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-7QK2W4LX0P');
</script>
</head>
<body class="single-post">
<header class="site-header">
  <a class="logo" href="/">Wielgosz-Drzewiecka <span>Kancelaria Radcy Prawnego</span></a>
  <nav>
    <ul>
      <li><a href="/">Strona główna</a></li>
      <li><a href="/specjalizacje/">Specjalizacje</a></li>
      <li><a href="/zespol/">Zespół</a></li>
      <li><a href="/blog/" class="active">Blog</a></li>
      <li><a href="/kontakt/">Kontakt</a></li>
    </ul>
  </nav>
</header>
<div class="breadcrumbs"><a href="/">Start</a> &rsaquo; <a href="/blog/">Blog</a> &rsaquo; <a href="/blog/kategoria/stowarzyszenia/">Prawo stowarzyszeń</a> &rsaquo; Klaster jako stowarzyszenie</div>
<main>
<article class="post">
<h1>Klaster jako stowarzyszenie &ndash; jak napisać statut? Przykład z&nbsp;Leszna</h1>
<p class="meta">12 marca 2024 &middot; r.pr. Agnieszka Wielgosz-Drzewiecka &middot; 9 min czytania</p>

<p class="lead">Coraz częściej zgłaszają się do nas koordynatorzy klastrów, którzy po kilku latach działania na podstawie umowy chcą &bdquo;usamodzielnić&rdquo; klaster. Z&nbsp;naszych doświadczeń wynika, że spośród ok. 30 klastrów działających w&nbsp;Wielkopolsce mniej więcej połowa opiera się na umowie konsorcjum lub porozumieniu, a&nbsp;pozostałe przyjęły formę stowarzyszenia albo spółki z&nbsp;o.o. Każda z&nbsp;tych form ma swoje zalety &ndash; poniżej pokazujemy je na przykładach klientów, którzy zgodzili się na publikację.</p>

<h2>Przykład 1: stowarzyszenie &ndash; Leszczyński Klaster Lotnictwa Sportowego</h2>
<p>Klaster powstał w&nbsp;2015&nbsp;r. jako porozumienie ośmiu firm serwisujących szybowce i&nbsp;samoloty ultralekkie z&nbsp;lotniska w&nbsp;Strzyżewicach pod Lesznem. Przez pierwsze lata koordynowała go Fundacja &bdquo;Wiatr od Rydzyny&rdquo;. W&nbsp;2019&nbsp;r. członkowie założyli stowarzyszenie, które przejęło rolę fundacji i&nbsp;dziś samo prowadzi klaster &ndash; bez odrębnego koordynatora. Stowarzyszenie liczy 23 członków zwyczajnych i&nbsp;4 członków wspierających. Statut w&nbsp;całości jest dostępny na stronie klastra: <a href="https://www.klaster-lotniczy-leszno.pl">www.klaster-lotniczy-leszno.pl</a>.</p>
<p>Poniżej fragment statutu (tekst jednolity przyjęty uchwałą Walnego Zebrania Członków z&nbsp;9&nbsp;lutego 2024&nbsp;r.), publikowany za zgodą Zarządu:</p>

<blockquote class="statut">
<p class="center"><strong>STATUT STOWARZYSZENIA &bdquo;LESZCZYŃSKI KLASTER LOTNICTWA SPORTOWEGO&rdquo;</strong></p>
<p class="center">Rozdział I<br>Postanowienia ogólne</p>
<p>&sect;&nbsp;1. 1. Stowarzyszenie nosi nazwę &bdquo;Leszczyński Klaster Lotnictwa Sportowego&rdquo;, zwane dalej &bdquo;Stowarzyszeniem&rdquo;.<br>
2. Stowarzyszenie może używać skrótu &bdquo;LKLS&rdquo;.</p>
<p>&sect;&nbsp;2. Siedzibą Stowarzyszenia jest miasto Leszno.</p>
<p>&sect;&nbsp;3. 1. Terenem działania Stowarzyszenia jest obszar Rzeczypospolitej Polskiej.<br>
2. Stowarzyszenie może powoływać oddziały terenowe. Oddział terenowy Stowarzyszenia działa w&nbsp;Rydzynie.</p>
<p>&sect;&nbsp;4. Stowarzyszenie działa na podstawie ustawy z&nbsp;dnia 7 kwietnia 1989&nbsp;r. &ndash; Prawo o&nbsp;stowarzyszeniach oraz niniejszego statutu.</p>
<p class="center">Rozdział II<br>Cele i&nbsp;sposoby ich realizacji</p>
<p>&sect;&nbsp;6. Celami Stowarzyszenia są:<br>
1) rozwój lotnictwa sportowego i&nbsp;rekreacyjnego w&nbsp;regionie leszczyńskim;<br>
2) wspieranie współpracy przedsiębiorstw obsługujących szybowce i&nbsp;samoloty ultralekkie;<br>
3) kształcenie mechaników lotniczych i&nbsp;pilotów szybowcowych;<br>
4) promocja Leszna jako ośrodka sportów lotniczych.</p>
<p>&sect;&nbsp;7. Stowarzyszenie realizuje swoje cele poprzez:<br>
1) organizowanie szkoleń i&nbsp;kursów;<br>
2) wspólne zakupy części zamiennych i&nbsp;paliwa lotniczego;<br>
3) organizowanie zawodów i&nbsp;pokazów lotniczych;<br>
4) współpracę z&nbsp;samorządem terytorialnym i&nbsp;szkołami.</p>
<p class="center">Rozdział III<br>Członkowie</p>
<p>&sect;&nbsp;9. Członkowie Stowarzyszenia dzielą się na członków zwyczajnych, wspierających i&nbsp;honorowych.</p>
<p>&sect;&nbsp;11. Członkiem wspierającym może być osoba prawna, w&nbsp;tym jednostka samorządu terytorialnego, deklarująca pomoc finansową lub rzeczową na rzecz Stowarzyszenia.</p>
<p>&sect;&nbsp;14. Roczna składka członkowska wynosi 1&nbsp;200&nbsp;zł dla członków zwyczajnych i&nbsp;3&nbsp;000&nbsp;zł dla członków wspierających.</p>
<p>[&hellip;]</p>
<p>&sect;&nbsp;21. Zarząd składa się z&nbsp;3 do 5 członków, w&nbsp;tym Prezesa.</p>
</blockquote>

<h3>Na co zwrócić uwagę?</h3>
<ul>
<li>Oddzielcie cele (&sect;&nbsp;6) od sposobów ich realizacji (&sect;&nbsp;7) &ndash; sąd rejestrowy zwraca na to uwagę.</li>
<li>Siedzibą stowarzyszenia jest miejscowość, a&nbsp;nie adres; adres podaje się we wniosku do KRS.</li>
<li>Do założenia stowarzyszenia potrzeba co najmniej 7 osób; osoby prawne mogą być członkami wspierającymi.</li>
</ul>

<h2>Przykład 2: umowa konsorcjum &ndash; Kaliski Klaster Koronkarski</h2>
<p>Nie każdy klaster potrzebuje osobowości prawnej. Kaliski Klaster Koronkarski działa od 2018&nbsp;r. na podstawie umowy konsorcjum; jego liderem i&nbsp;koordynatorem jest Fundacja &bdquo;Kaliska Nić&rdquo; z&nbsp;siedzibą w&nbsp;Ostrowie Wielkopolskim, a&nbsp;biuro klastra mieści się w&nbsp;Kaliszu. Klaster tworzy 14 pracowni koronkarskich i&nbsp;hafciarskich oraz szkoła artystyczna. Jedynym celem zapisanym w&nbsp;umowie jest wspólna marka i&nbsp;certyfikat pochodzenia dla koronki kaliskiej. Do wspólnych zakupów nici i&nbsp;udziału w&nbsp;targach umowa konsorcjum w&nbsp;zupełności wystarcza.</p>

<h2>Przykład 3: spółka z&nbsp;o.o. &ndash; Pilski Klaster Szklarski</h2>
<p>Pilski Klaster Szklarski powstał w&nbsp;2014&nbsp;r. jako porozumienie hut i&nbsp;szlifierni szkła, a&nbsp;w&nbsp;2021&nbsp;r. przekształcił się w&nbsp;spółkę Pilski Klaster Szklarski sp. z&nbsp;o.o. z&nbsp;siedzibą w&nbsp;Pile. Spółka sama prowadzi klaster, a&nbsp;jego członkami są zarówno wspólnicy, jak i&nbsp;firmy związane z&nbsp;nią umową członkowską &ndash; dziś blisko 30 podmiotów, z&nbsp;których 8 objęło udziały. Forma spółki pozwoliła kupić wspólny piec do hartowania szkła za 2,4&nbsp;mln&nbsp;zł. Więcej: <a href="https://www.szklo-pila.pl">www.szklo-pila.pl</a>.</p>

<h2>Uwaga na nazwy</h2>
<p>Samo słowo &bdquo;klaster&rdquo; w&nbsp;nazwie niczego nie przesądza. Spółka Klaster Nieruchomości Leszno sp. z&nbsp;o.o., którą niedawno obsługiwaliśmy, mimo nazwy jest zwykłym deweloperem i&nbsp;nie jest klastrem. Z&nbsp;drugiej strony browary z&nbsp;Gniezna, które w&nbsp;styczniu 2024&nbsp;r. podpisały list intencyjny w&nbsp;sprawie utworzenia Gnieźnieńskiego Klastra Browarniczego z&nbsp;siedzibą w&nbsp;Gnieźnie, nie mają jeszcze ani porozumienia, ani koordynatora &ndash; na razie to zapowiedź klastra, a&nbsp;nie klaster.</p>
<p class="tags">Tagi: <a href="/blog/tag/klaster/">klaster</a>, <a href="/blog/tag/stowarzyszenie/">stowarzyszenie</a>, <a href="/blog/tag/statut/">statut</a>, <a href="/blog/tag/krs/">KRS</a>, <a href="/blog/tag/umowa-konsorcjum/">umowa konsorcjum</a></p>
</article>

<section id="komentarze" class="comments">
<h2>Komentarze (3)</h2>
<div class="comment">
<p class="comment-author">Tomasz K. &middot; 14 marca 2024 o&nbsp;9:12</p>
<p>Dzięki za konkretny wpis. My w&nbsp;Konińskim Klastrze Odlewniczo-Narzędziowym działamy od 2020&nbsp;r. na podstawie porozumienia, koordynatorem jest spółka Centrum Technologii Metali &bdquo;Konin-Tech&rdquo; sp. z&nbsp;o.o. z&nbsp;Konina. Mamy dwanaście firm i&nbsp;technikum. Czy przy takiej liczbie członków stowarzyszenie ma sens?</p>
</div>
<div class="comment reply">
<p class="comment-author">Agnieszka Wielgosz-Drzewiecka (autorka) &middot; 14 marca 2024 o&nbsp;11:40</p>
<p>Panie Tomaszu, formalnie wystarczy 7 założycieli, więc tak &ndash; ale przy 13 członkach i&nbsp;sprawnym koordynatorze porozumienie bywa wygodniejsze. Zapraszamy na bezpłatną konsultację.</p>
</div>
<div class="comment">
<p class="comment-author">Ewa z&nbsp;Kalisza &middot; 18 marca 2024 o&nbsp;20:05</p>
<p>Mała poprawka do przykładu 2: w&nbsp;styczniu do Kaliskiego Klastra Koronkarskiego dołączyła druga szkoła, więc jest nas już 16. Pozdrawiam!</p>
</div>
<form class="comment-form" action="/wp-comments-post.php" method="post">
<label for="komentarz">Dodaj komentarz</label>
<textarea id="komentarz" name="comment" rows="5"></textarea>
<button type="submit">Wyślij</button>
</form>
</section>
</main>

<aside class="sidebar">
<h3>Najnowsze wpisy</h3>
<ul>
<li><a href="/blog/fundacja-rodzinna-sukcesja/">Fundacja rodzinna a sukcesja w&nbsp;firmie</a></li>
<li><a href="/blog/umowa-konsorcjum-br-wzor/">Umowa konsorcjum w&nbsp;projektach B+R &ndash; na co uważać</a></li>
<li><a href="/blog/odpowiedzialnosc-zarzadu-stowarzyszenia/">Odpowiedzialność członków zarządu stowarzyszenia</a></li>
</ul>
<h3>Newsletter</h3>
<p>Raz w&nbsp;miesiącu &ndash; zmiany w&nbsp;prawie dla organizacji i&nbsp;firm. <a href="/newsletter/">Zapisz się</a></p>
</aside>

<footer class="site-footer">
<p>Kancelaria Radcy Prawnego Agnieszka Wielgosz-Drzewiecka &middot; ul. Ratajczaka 18/4, 61-815 Poznań &middot; NIP 7781456210 &middot; tel. 61 853 40 12 &middot; <a href="https://www.wielgosz-kancelaria.pl">www.wielgosz-kancelaria.pl</a></p>
<p>Wpisy na blogu mają charakter informacyjny i&nbsp;nie stanowią porady prawnej. &copy; 2024</p>
<p class="credit">Projekt i&nbsp;wykonanie: <a href="https://www.pixelwarta.pl">Pixel Warta Studio</a></p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# q05 – PDF: results list of a regional grant competition for clusters (mazowieckie)
# ---------------------------------------------------------------------------

Q05_TOP = "Załącznik nr 1 do uchwały nr 512/47/24 Zarządu Województwa Mazowieckiego z dnia 23 kwietnia 2024 r."
Q05_TITLE = "Lista wniosków ocenionych w konkursie „Mazowieckie Inicjatywy Klastrowe 2024” – wsparcie koordynatorów klastrów"
Q05_INTRO = "Alokacja: 2 000 000,00 zł. Wpłynęło 9 wniosków, w tym 1 wycofany przez wnioskodawcę i 1 odrzucony z przyczyn formalnych. Warunkiem udziału było działanie klastra na terenie województwa mazowieckiego, co najmniej 10 członków oraz porozumienie, umowa lub statut określające zasady współpracy. Minimalna liczba punktów: 60 (maksymalnie 100)."
Q05_HEAD = [
    "Lp.",
    "Wnioskodawca",
    "Siedziba wnioskodawcy",
    "Nazwa klastra",
    "Liczba członków¹",
    "Tytuł projektu",
    "Punkty",
    "Kwota wnioskowana (zł)",
    "Kwota przyznana (zł)",
    "Rozstrzygnięcie",
]
Q05_ROWS = [
    [
        "1.",
        "Grupa Producentów Owoców „Sad-Grójec” sp. z o.o.",
        "Grójec",
        "Klaster Sadowniczy Ziemi Grójeckiej",
        "58",
        "Wspólna sortownia i chłodnia owoców dla małych gospodarstw",
        "91,5",
        "320 000,00",
        "320 000,00",
        "pozytywne – dofinansowanie",
    ],
    [
        "2.",
        "Stowarzyszenie Radomski Klaster Broni Sportowej²",
        "Radom",
        "Radomski Klaster Broni Sportowej",
        "34",
        "Wspólne laboratorium balistyczne i certyfikacja wyrobów",
        "88,0",
        "300 000,00",
        "300 000,00",
        "pozytywne – dofinansowanie",
    ],
    [
        "3.",
        "Fundacja Nauka dla Przemysłu „Wisła-Tech”",
        "Płock",
        "Nadwiślański Klaster Petrochemiczny",
        "27",
        "Doradztwo w zakresie gospodarki o obiegu zamkniętym dla członków klastra",
        "84,5",
        "280 000,00",
        "280 000,00",
        "pozytywne – dofinansowanie",
    ],
    [
        "4.",
        "Zrzeszenie Hodowców i Przetwórców „Bug-Mięso”",
        "Sokołów Podlaski",
        "Klaster Mięsny „Podlaska Zagroda”",
        "19³",
        "Marka regionalna i wspólny sklep internetowy",
        "79,0",
        "250 000,00",
        "250 000,00",
        "pozytywne – dofinansowanie",
    ],
    [
        "5.",
        "Ciechanowska Agencja Wspierania Przedsiębiorczości sp. z o.o.⁴",
        "Ciechanów",
        "Mławski Klaster Opakowań Foliowych",
        "22",
        "Wspólny dział wzornictwa opakowań",
        "76,5",
        "250 000,00",
        "210 000,00⁵",
        "pozytywne – dofinansowanie w zmniejszonej kwocie",
    ],
    [
        "6.",
        "Gmina Miasto Żyrardów",
        "Żyrardów",
        "Żyrardowski Klaster Lnu i Tekstyliów",
        "15",
        "Szlak lnu – promocja i szkolenia tkaczy",
        "64,0",
        "230 000,00",
        "0,00",
        "lista rezerwowa (brak środków)",
    ],
    [
        "7.",
        "Siedleckie Centrum Logistyki sp. z o.o.",
        "Siedlce",
        "Siedlecki Klaster Transportu Chłodniczego",
        "b.d.",
        "Platforma wspólnych przewozów chłodniczych",
        "52,0",
        "200 000,00",
        "0,00",
        "negatywne – poniżej progu 60 pkt",
    ],
    [
        "8.",
        "Nadbużańska Izba Meblarzy",
        "Ostrów Mazowiecka",
        "Ostrowski Klaster Meblowy",
        "41",
        "Wspólna lakiernia proszkowa",
        "–",
        "300 000,00",
        "–",
        "wniosek wycofany⁶",
    ],
    [
        "9.",
        "Stowarzyszenie Rzemieślników „Narwiański Warsztat”",
        "Pułtusk",
        "„Pułtuska Sieć Rzemiosła”⁷",
        "9",
        "Cyfrowy katalog usług rzemieślniczych",
        "–",
        "150 000,00",
        "–",
        "odrzucony z przyczyn formalnych⁷",
    ],
    ["", "Razem", "", "", "225", "", "", "2 280 000,00", "1 360 000,00", ""],
]
Q05_FOOTNOTES = [
    "¹ Liczba członków klastra według oświadczenia wnioskodawcy (stan na 31 stycznia 2024 r.); b.d. – wnioskodawca nie podał liczby członków.",
    "² Wnioskodawca jest stowarzyszeniem, które samo prowadzi klaster; klaster nie ma odrębnego koordynatora.",
    "³ W tym 4 członków z powiatu siemiatyckiego (województwo podlaskie).",
    "⁴ Koordynator klastra; biuro klastra mieści się w Mławie, ul. Płocka 44.",
    "⁵ Kwota obniżona o wydatki niekwalifikowalne (zakup samochodu dostawczego – 40 000,00 zł).",
    "⁶ Wniosek wycofany przez wnioskodawcę pismem z 2 kwietnia 2024 r., przed oceną merytoryczną.",
    "⁷ Wniosek odrzucony: wnioskodawca nie wykazał istnienia klastra – „Pułtuska Sieć Rzemiosła” jest nieformalną siecią rzemieślników bez porozumienia klastrowego, a liczba jej uczestników (9) jest niższa od wymaganego minimum.",
]
Q05_REASONS_TITLE = "Uzasadnienie rozstrzygnięć (wyciąg)"
Q05_REASONS = [
    "Poz. 1 – Klaster działa od 2016 r. na podstawie umowy konsorcjum, której liderem jest wnioskodawca. Najwyżej oceniono gotowość inwestycyjną i udział małych gospodarstw.",
    "Poz. 2 – Stowarzyszenie zarejestrowano w 2019 r.; kontynuuje ono współpracę zapoczątkowaną porozumieniem klastrowym z 2013 r.",
    "Poz. 3 – Klaster współpracuje na podstawie porozumienia o współpracy z 2019 r.; fundacja pełni funkcję koordynatora od 2022 r., wcześniej była nim jedna z firm członkowskich.",
    "Poz. 4 – Projekt spełnia kryterium regionalne, mimo że 4 członków klastra ma siedziby poza województwem (przypis 3).",
    "Poz. 5 – Klaster działa od 2020 r.; kwotę obniżono zgodnie z przypisem 5.",
    "Poz. 6 – Wniosek spełnia wszystkie kryteria; zostanie dofinansowany w razie zwolnienia środków (lista rezerwowa ważna do 31 grudnia 2024 r.).",
    "Poz. 7 – Nie wykazano liczby członków ani wspólnych działań klastra w ostatnich 12 miesiącach.",
    "Łącznie przyznano 1 360 000,00 zł pięciu klastrom, które zrzeszają 160 członków.",
]
Q05_CLOSING = [
    "Od rozstrzygnięcia wnioskodawcy przysługuje prawo wniesienia protestu w terminie 14 dni od dnia doręczenia informacji o wyniku oceny.",
    "Sporządził: Wydział Innowacji i Przedsiębiorczości, Departament Rozwoju Regionalnego. Warszawa, 23 kwietnia 2024 r.",
]


def make_q05(path: Path) -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    register_fonts()
    top = ParagraphStyle("top", fontName="DejaVuSans-Oblique", fontSize=8, leading=10, alignment=2)
    title = ParagraphStyle(
        "title", fontName="DejaVuSans-Bold", fontSize=13, leading=17, alignment=1, spaceAfter=6
    )
    body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=9, leading=12, spaceAfter=5)
    cell = ParagraphStyle("cell", fontName="DejaVuSans", fontSize=7.5, leading=9.2)
    head = ParagraphStyle("head", fontName="DejaVuSans-Bold", fontSize=7, leading=8.8)
    num = ParagraphStyle("num", parent=cell, alignment=2)
    numhead = ParagraphStyle("numhead", parent=head, alignment=2)
    foot = ParagraphStyle("foot", fontName="DejaVuSans", fontSize=7.5, leading=9.5)
    h2 = ParagraphStyle("h2", fontName="DejaVuSans-Bold", fontSize=11, leading=14, spaceAfter=6)

    numeric = {4, 6, 7, 8}
    data = [[Paragraph(escape(h), head) for h in Q05_HEAD]]
    for r, row in enumerate(Q05_ROWS):
        last = r == len(Q05_ROWS) - 1
        data.append(
            [
                Paragraph(
                    escape(v),
                    (numhead if j in numeric else head)
                    if last
                    else (num if j in numeric else cell),
                )
                for j, v in enumerate(row)
            ]
        )
    widths = [9, 44, 24, 42, 17, 44, 14, 24, 24, 31]
    table = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#555555")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F0")),
                ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F1F1F1")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    story = [
        Paragraph(escape(Q05_TOP), top),
        Spacer(1, 4 * mm),
        Paragraph(escape(Q05_TITLE), title),
        Paragraph(escape(Q05_INTRO), body),
        Spacer(1, 2 * mm),
        table,
        Spacer(1, 3 * mm),
    ]
    story += [Paragraph(escape(f), foot) for f in Q05_FOOTNOTES]
    story += [PageBreak(), Paragraph(escape(Q05_REASONS_TITLE), h2)]
    story += [Paragraph(escape(r), body) for r in Q05_REASONS]
    story += [Spacer(1, 4 * mm)] + [Paragraph(escape(t), body) for t in Q05_CLOSING]

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVuSans", 7)
        canvas.drawString(
            12 * mm,
            7 * mm,
            "Konkurs „Mazowieckie Inicjatywy Klastrowe 2024” – lista wniosków ocenionych",
        )
        canvas.drawRightString(285 * mm, 7 * mm, f"Strona {doc.page} z 2")
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=10 * mm,
        bottomMargin=14 * mm,
        title="Lista wniosków ocenionych – Mazowieckie Inicjatywy Klastrowe 2024",
        author="Departament Rozwoju Regionalnego",
        creator="heldout32",
        producer="heldout32",
        subject="",
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    path.write_bytes(buf.getvalue())


def main() -> None:
    make_q01(HERE / "q01_prezentacja_forum_klastrow_pomorza_srodkowego.pdf")
    make_q02(HERE / "q02_interpelacja_klastry_energii_podlasie_z_odpowiedzia.docx")
    (HERE / "q03_odpis_krs_klaster_trzesiecko_szczecinek_cp1250.txt").write_bytes(
        make_q03_text().encode("cp1250")
    )
    (HERE / "q04_blog_kancelarii_statut_klastra_leszno.html").write_bytes(Q04_HTML.encode("utf-8"))
    make_q05(HERE / "q05_wyniki_konkursu_klastry_mazowieckie_2024.pdf")


if __name__ == "__main__":
    main()
