#!/usr/bin/env python
# ruff: noqa: E501  (the documents' text is kept in long literal lines)
"""Build the eight documents of heldout14 (deterministic; all text is in this file).

Run from the repository root:

    python tests/cases/heldout14/make_documents.py

Everything (clusters, people, organisations, addresses, numbers, websites) is invented;
towns and voivodeships are real.  PDFs are built with reportlab (invariant mode, DejaVu
fonts), the DOCX with python-docx (zip timestamps fixed afterwards), the HTML by hand.
"""

import datetime
import io
import os
import zipfile
from itertools import pairwise

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

rl_config.invariant = 1  # deterministic PDFs (fixed dates and document ids)

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/dejavu"
FONTS = {
    "Sans": "DejaVuSans.ttf",
    "Sans-B": "DejaVuSans-Bold.ttf",
    "Sans-I": "DejaVuSans-Oblique.ttf",
    "Serif": "DejaVuSerif.ttf",
    "Serif-B": "DejaVuSerif-Bold.ttf",
    "Serif-I": "DejaVuSerif-Italic.ttf",
    "Cond": "DejaVuSansCondensed.ttf",
    "Cond-B": "DejaVuSansCondensed-Bold.ttf",
}
for _name, _file in FONTS.items():
    pdfmetrics.registerFont(TTFont(_name, os.path.join(FONTDIR, _file)))
pdfmetrics.registerFontFamily(
    "Serif", normal="Serif", bold="Serif-B", italic="Serif-I", boldItalic="Serif-B"
)
pdfmetrics.registerFontFamily(
    "Sans", normal="Sans", bold="Sans-B", italic="Sans-I", boldItalic="Sans-B"
)

SHY = "\u00ad"


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------------------
# small canvas helpers (manual line wrapping, justification, soft hyphens)
# ---------------------------------------------------------------------------------------


def _w(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


def wrap(text, font, size, width):
    """Greedy wrap; a word that does not fit may be broken at a soft hyphen."""
    words = text.split()
    lines, cur = [], []
    for word in words:
        trial = " ".join([*cur, word])
        if _w(trial, font, size) <= width or not cur:
            cur.append(word)
            continue
        # try to break the word at a soft hyphen
        if SHY in word:
            parts = word.split(SHY)
            done = False
            for k in range(len(parts) - 1, 0, -1):
                head = SHY.join(parts[:k]) + SHY
                if _w(" ".join([*cur, head]), font, size) <= width:
                    cur.append(head)
                    lines.append(cur)
                    cur = [SHY.join(parts[k:])]
                    done = True
                    break
            if done:
                continue
        lines.append(cur)
        cur = [word]
    if cur:
        lines.append(cur)
    return [" ".join(line) for line in lines]


def draw_par(
    c, x, y, width, text, font="Serif", size=10, leading=None, justify=True, indent=0, char_space=0
):
    """Draw a paragraph from the top line baseline y downwards; return next y."""
    leading = leading or size * 1.35
    lines = wrap(text, font, size, width - indent)
    for i, line in enumerate(lines):
        last = i == len(lines) - 1
        t = c.beginText()
        t.setTextOrigin(x + indent, y)
        t.setFont(font, size)
        # character and word spacing are part of the PDF text state and persist, so they
        # are always set explicitly (0 where not wanted)
        t.setCharSpace(char_space)
        extra = 0
        if justify and not last:
            nspaces = line.count(" ")
            if nspaces:
                extra = (width - indent - _w(line, font, size)) / nspaces
        t.setWordSpace(extra)
        t.textLine(line)
        c.drawText(t)
        y -= leading
    return y


def draw_lines(c, x, y, lines, font, size, leading, align="left"):
    for line in lines:
        c.setFont(font, size)
        if align == "right":
            c.drawRightString(x, y, line)
        elif align == "center":
            c.drawCentredString(x, y, line)
        else:
            c.drawString(x, y, line)
        y -= leading
    return y


# ---------------------------------------------------------------------------------------
# v01 – three-column magazine interview (warmińsko-mazurskie)
# ---------------------------------------------------------------------------------------


def make_v01():
    path = out("v01_magazyn_wywiad_klaster_niegocin_gizycko.pdf")
    W, H = A4
    lm = rm = 15 * mm
    top, bottom = 14 * mm, 18 * mm
    gutter = 5 * mm
    colw = (W - lm - rm - 2 * gutter) / 3
    head_h = 62 * mm

    def footer(c, doc):
        c.saveState()
        c.setFont("Sans-B", 7.5)
        c.setFillColor(colors.HexColor("#1f4e79"))
        page_no = 21 + doc.page
        if page_no % 2 == 0:
            c.drawString(lm, 10 * mm, str(page_no))
            c.drawString(lm + 10 * mm, 10 * mm, "GOSPODARKA PÓŁNOCY  4 (58) / 2024")
        else:
            c.drawRightString(W - rm, 10 * mm, str(page_no))
            c.drawRightString(W - rm - 10 * mm, 10 * mm, "ROZMOWA NUMERU")
        c.setStrokeColor(colors.HexColor("#1f4e79"))
        c.setLineWidth(0.6)
        c.line(lm, 13.5 * mm, W - rm, 13.5 * mm)
        if doc.page > 1:
            c.setFont("Sans", 7)
            c.drawString(lm, H - 9 * mm, "ROZMOWA NUMERU · Klaster „Niegocin”")
        c.restoreState()

    body_h1 = H - top - head_h - 4 * mm - bottom
    frames1 = [
        Frame(
            lm,
            H - top - head_h,
            W - lm - rm,
            head_h,
            id="head",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
    ]
    for i in range(3):
        frames1.append(
            Frame(
                lm + i * (colw + gutter),
                bottom,
                colw,
                body_h1,
                id=f"c1{i}",
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
        )
    body_h2 = H - top - bottom
    frames2 = [
        Frame(
            lm + i * (colw + gutter),
            bottom,
            colw,
            body_h2,
            id=f"c2{i}",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        for i in range(3)
    ]
    doc = BaseDocTemplate(
        path,
        pagesize=A4,
        title="Gospodarka Północy 4/2024 – Rozmowa numeru",
        author="Redakcja Gospodarki Północy",
        invariant=1,
    )
    doc.addPageTemplates(
        [
            PageTemplate(id="first", frames=frames1, onPage=footer),
            PageTemplate(id="later", frames=frames2, onPage=footer),
        ]
    )

    kicker = ParagraphStyle(
        "k",
        fontName="Sans-B",
        fontSize=9,
        textColor=colors.HexColor("#c0392b"),
        leading=12,
        spaceAfter=4,
    )
    headline = ParagraphStyle(
        "h",
        fontName="Serif-B",
        fontSize=30,
        leading=34,
        spaceAfter=8,
        textColor=colors.HexColor("#1f2d3d"),
    )
    lead = ParagraphStyle("l", fontName="Serif-I", fontSize=12, leading=15.5, spaceAfter=6)
    byline = ParagraphStyle("b", fontName="Sans", fontSize=8, leading=10, textColor=colors.grey)
    body = ParagraphStyle(
        "body",
        fontName="Serif",
        fontSize=9.2,
        leading=12,
        alignment=TA_JUSTIFY,
        spaceAfter=4,
        firstLineIndent=8,
    )
    q = ParagraphStyle("q", parent=body, fontName="Serif-B", firstLineIndent=0, spaceBefore=3)
    a = ParagraphStyle("a", parent=body, firstLineIndent=0)
    quote = ParagraphStyle(
        "quote",
        fontName="Serif-I",
        fontSize=12.5,
        leading=16,
        textColor=colors.HexColor("#1f4e79"),
        alignment=TA_LEFT,
    )
    quote_src = ParagraphStyle(
        "qs",
        fontName="Sans",
        fontSize=7.5,
        leading=9,
        alignment=TA_RIGHT,
        textColor=colors.HexColor("#1f4e79"),
    )
    caption = ParagraphStyle(
        "cap",
        fontName="Sans-I",
        fontSize=7,
        leading=8.6,
        spaceAfter=6,
        textColor=colors.HexColor("#444444"),
    )
    box = ParagraphStyle("box", fontName="Sans", fontSize=7.6, leading=9.6)
    box_h = ParagraphStyle("boxh", fontName="Sans-B", fontSize=8.2, leading=10.4, spaceAfter=2)

    def QA(question, answer_paras):
        res = [Paragraph("GP: " + question, q)]
        for i, p in enumerate(answer_paras):
            res.append(Paragraph(("<b>M.K.-B.:</b> " if i == 0 else "") + p, a))
        return res

    story = [
        NextPageTemplate("later"),
        Paragraph("ROZMOWA NUMERU · PRZEMYSŁ JACHTOWY", kicker),
        Paragraph("Jachty z Giżycka płyną na cały świat", headline),
        Paragraph(
            "Rozmowa z Martą Kowalczyk-Brzozą, menedżerką Klastra Szkutniczo-Żeglarskiego "
            "„Niegocin”, o laminatach, brakujących fachowcach i o tym, dlaczego mazurskie "
            "stocznie wolą współpracować, niż ze sobą konkurować.",
            lead,
        ),
        Paragraph("Rozmawiał: Tomasz Wieczorek · Zdjęcia: Karolina Pawlak", byline),
        FrameBreak(),
        Paragraph(
            "Nad jeziorem Niegocin co roku powstaje kilkaset jachtów żaglowych i motorowych. "
            "Większość z nich buduje się w małych, często rodzinnych stoczniach, które od "
            "dziesięciu lat łączy Klaster Szkutniczo-Żeglarski „Niegocin”. Jego biuro mieści "
            "się w Giżycku, w wyremontowanym magazynie portowym przy ul. Przystaniowej 4. "
            "Spotykamy się tam w marcu, kiedy w halach członków trwa najgorętszy okres przed "
            "sezonem.",
            body,
        ),
    ]
    story += QA(
        "Skąd się wziął klaster?",
        [
            "Zaczęło się w 2014 roku od porozumienia, które podpisało dwanaście firm – głównie stocznie "
            "i warsztaty laminatów z Giżycka i Węgorzewa. Wszyscy mieliśmy ten sam problem: zamówień "
            "było więcej, niż byliśmy w stanie zrealizować, a ludzi do pracy brakowało. Przez pierwsze "
            "lata działaliśmy jako Giżycki Klaster Jachtów Laminatowych.",
            "Nazwę zmieniliśmy w 2021 roku, kiedy dołączyły do nas przystanie, czarterownie i szkoły "
            "żeglarskie. Stara nazwa przestała do nas pasować, bo nie wszyscy już laminują.",
        ],
    )
    story += QA(
        "Ilu macie dziś członków?",
        [
            "Trzydziestu ośmiu. To 29 stoczni i warsztatów, 5 firm czarterowych, dwie szkoły – "
            "Zespół Szkół Szkutniczych w Giżycku i technikum w Węgorzewie – oraz dwie gminy. Stocznie "
            "członkowskie zatrudniają razem ok. 1 400 osób, a w szczycie sezonu nawet 1 900, bo "
            "dochodzą pracownicy przystani i serwisów."
        ],
    )
    story.append(
        Table(
            [[""]],
            colWidths=[colw],
            rowHeights=[46 * mm],
            style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#c9d3dc"))]),
        )
    )
    story.append(
        Paragraph(
            "Hala laminowania jednej ze stoczni członkowskich w Węgorzewie. Fot. archiwum klastra",
            caption,
        )
    )
    story += QA(
        "Kto formalnie prowadzi klaster? Pani jest menedżerką, ale…",
        [
            "Koordynatorem jest Fundacja Wspierania Przedsiębiorczości Wodnej „Kil” z siedzibą "
            "w Olsztynie. To fundacja obsługuje formalności, rozlicza projekty i podpisuje umowy w imieniu "
            "członków. Ja kieruję biurem w Giżycku – tu odbywają się spotkania członków, tu mamy salę "
            "szkoleniową i magazyn wspólnych materiałów.",
            "Formalnie wciąż jesteśmy porozumieniem, a nie stowarzyszeniem. O zmianie formy rozmawiamy "
            "od dwóch lat, ale na razie bez decyzji – porozumienie jest elastyczne i tanie w obsłudze.",
        ],
    )
    story.append(Spacer(1, 4))
    story.append(
        Table(
            [
                [
                    Paragraph(
                        "„Na Mazurach powstaje co trzeci polski jacht motorowy do 9 metrów. Sami nie "
                        "dalibyśmy rady wypromować tej marki.”",
                        quote,
                    )
                ],
                [Paragraph("Marta Kowalczyk-Brzoza", quote_src)],
            ],
            colWidths=[colw],
            style=TableStyle(
                [
                    ("LINEABOVE", (0, 0), (-1, 0), 2.2, colors.HexColor("#c0392b")),
                    ("LINEBELOW", (0, -1), (-1, -1), 2.2, colors.HexColor("#c0392b")),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef3f7")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, 0), 8),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
                ]
            ),
        )
    )
    story.append(Spacer(1, 6))
    story += QA(
        "Jakie cele stawia sobie klaster?",
        [
            "Mamy trzy, zapisane w porozumieniu. Pierwszy to wspólne kształcenie szkutników i "
            "laminiarzy, bo fachowców brakuje wszystkim. Drugi – promocja mazurskich jachtów na targach "
            "zagranicznych pod wspólną marką. Trzeci to wspólne zakupy żywic, włókna szklanego i okuć; "
            "dzięki nim małe stocznie płacą za materiały nawet o 15 procent mniej.",
            "Do tego dochodzą rzeczy mniej oficjalne: wymieniamy się zamówieniami, pożyczamy sobie "
            "formy do kadłubów, a w razie awarii – ludzi.",
        ],
    )
    story += QA(
        "A liczby? Ile jachtów powstaje w klastrze?",
        [
            "W ubiegłym roku nasze stocznie zwodowały ok. 850 jednostek, z czego 70 procent poszło na "
            "eksport – do Niemiec, Holandii i Skandynawii. Łączne przychody członków przekroczyły "
            "410 mln zł. Kadłuby projektujemy coraz częściej numerycznie: obliczenia opływu liczymy na "
            "klastrze obliczeniowym Wyższej Szkoły Inżynierii Wodnej w Olsztynie, z którą mamy umowę "
            "na 600 godzin obliczeń rocznie."
        ],
    )
    story += QA(
        "Współpracujecie z innymi klastrami?",
        [
            "Najściślej z Klastrem Turystyki Aktywnej „Kraina Jezior Ełckich” z Ełku. Skupia ponad "
            "20 przystani, wypożyczalni sprzętu i biur turystycznych, więc to naturalny odbiorca naszych "
            "jachtów czarterowych. „Kraina Jezior Ełckich” zamówiła u nas w zeszłym roku 14 łodzi "
            "do wspólnej floty, a w tym roku razem wystawiamy się na targach w Berlinie.",
            "Współpracujemy też ze Stowarzyszeniem Armatorów Mazurskich, ale to organizacja branżowa "
            "armatorów, a nie klaster – nie prowadzimy z nimi wspólnych projektów.",
        ],
    )
    story += QA(
        "Czy klaster na siebie zarabia?",
        [
            "Biuro kosztuje rocznie ok. 640 tys. zł. Składka członkowska wynosi 1 200 zł rocznie dla "
            "małej firmy i 4 800 zł dla dużej stoczni, co pokrywa mniej więcej jedną czwartą kosztów. "
            "Resztę dają projekty i usługi – wspólne stoisko na targach, szkolenia, doradztwo "
            "certyfikacyjne. Fundacja pobiera za koordynację 8 procent wartości projektów.",
            "Nie jesteśmy i nie chcemy być przedsiębiorstwem. Zysk ma zostawać u członków.",
        ],
    )
    story.append(
        Table(
            [[""]],
            colWidths=[colw],
            rowHeights=[40 * mm],
            style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#b8c6d1"))]),
        )
    )
    story.append(
        Paragraph(
            "Jachty członków klastra na wspólnym stoisku podczas targów w Düsseldorfie. "
            "Fot. Karolina Pawlak",
            caption,
        )
    )
    story += QA(
        "Jak wygląda eksport w praktyce?",
        [
            "Najwięcej sprzedajemy przez dealerów w Niemczech, ale coraz więcej stoczni ma własnych "
            "przedstawicieli w Szwecji i Norwegii. Na targach w Düsseldorfie w styczniu na wspólnym "
            "stoisku klastra pokazało się 9 firm, a rozmowy prowadziliśmy z ponad 200 kontrahentami. "
            "Dla małej stoczni samodzielne stoisko to wydatek rzędu 150 tys. zł, więc bez klastra "
            "większości by tam po prostu nie było.",
            "Problemem jest logistyka. Jacht motorowy trzeba przewieźć lawetą, a na Mazury nie "
            "prowadzi żadna droga ekspresowa. Dlatego lobbujemy razem z samorządami za rozbudową "
            "drogi do Giżycka.",
        ],
    )
    story += QA(
        "Czy na Mazurach nie ma już za dużo stoczni?",
        [
            "Rynek się zmienia: klienci chcą jachtów elektrycznych i hybrydowych. Trzy nasze stocznie "
            "pracują już nad napędami elektrycznymi, jedna razem z firmą z Gdańska, która nie jest "
            "członkiem klastra. Kto się nie przestawi, za dziesięć lat wypadnie z rynku – i właśnie "
            "po to jest klaster, żeby nikt nie musiał robić tego sam."
        ],
    )
    story += QA(
        "Czego najbardziej potrzebujecie?",
        [
            "Ludzi i miejsca. Szkoła w Giżycku kształci 24 uczniów w klasie szkutniczej na rocznik, a "
            "potrzebujemy trzy razy tylu. Dlatego razem z gminą uruchomiliśmy kursy dla dorosłych – "
            "w ubiegłym roku ukończyło je 46 osób, z czego 31 od razu znalazło pracę u członków.",
            "Miejsca brakuje, bo hale nad wodą są drogie. Planujemy wspólną halę laminowania na "
            "terenach dawnej bazy przeładunkowej w Giżycku.",
        ],
    )
    story += QA(
        "Plany na najbliższe lata?",
        [
            "Chcemy dojść do 50 członków do końca 2026 roku, przede wszystkim przez przyjęcie "
            "serwisów silników i producentów żagli. Hala laminowania ma kosztować ok. 12 mln zł; "
            "wniosek złożyliśmy w programie regionalnym, projekt ma numer FEWM.01.04-IZ.00-0031/24. "
            "Jeżeli go dostaniemy, ruszamy jesienią.",
            "A długofalowo? Chcę, żeby za dziesięć lat mówiło się „jacht z Giżycka” tak, jak się mówi "
            "„kryształ z Krosna”.",
        ],
    )
    story.append(Spacer(1, 6))
    story.append(
        Table(
            [
                [Paragraph("Klaster Szkutniczo-Żeglarski „Niegocin”", box_h)],
                [
                    Paragraph(
                        "Biuro klastra: ul. Przystaniowa 4, 11-500 Giżycko<br/>"
                        "Koordynator: Fundacja Wspierania Przedsiębiorczości Wodnej „Kil”, Olsztyn<br/>"
                        "tel. 87 428 31 90 · biuro@klaster-niegocin.pl<br/>"
                        "www.klaster-niegocin.pl",
                        box,
                    )
                ],
            ],
            colWidths=[colw],
            style=TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1f4e79")),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde7f0")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ]
            ),
        )
    )
    story.append(Spacer(1, 8))
    story.append(
        Paragraph(
            "Marta Kowalczyk-Brzoza – absolwentka budowy okrętów, od 2019 r. "
            "menedżerka klastra; wcześniej przez 11 lat kierowała produkcją w stoczni "
            "w Węgorzewie. Żegluje od 8. roku życia.",
            caption,
        )
    )
    ad_h = ParagraphStyle(
        "adh",
        fontName="Sans-B",
        fontSize=15,
        leading=18,
        alignment=TA_CENTER,
        textColor=colors.white,
    )
    ad_t = ParagraphStyle(
        "adt",
        fontName="Sans",
        fontSize=8.5,
        leading=11,
        alignment=TA_CENTER,
        textColor=colors.white,
    )
    story.append(Spacer(1, 10))
    story.append(
        Table(
            [
                [
                    Paragraph(
                        "REKLAMA",
                        ParagraphStyle(
                            "r", fontName="Sans", fontSize=6, leading=7, textColor=colors.white
                        ),
                    )
                ],
                [Paragraph("BOAT MAZURY 2024", ad_h)],
                [
                    Paragraph(
                        "Targi łodzi, jachtów i sprzętu wodnego<br/>Mrągowo · 17–19 maja 2024<br/>"
                        "ponad 120 wystawców · pokazy na wodzie · strefa czarterów<br/><br/>"
                        "www.boatmazury.pl",
                        ad_t,
                    )
                ],
            ],
            colWidths=[colw],
            style=TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#0b5e7a")),
                    ("TOPPADDING", (0, 1), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 14),
                ]
            ),
        )
    )
    doc.build(story)
    return path


# ---------------------------------------------------------------------------------------
# v02 – table without ruling lines (świętokrzyskie)
# ---------------------------------------------------------------------------------------


def make_v02():
    path = out("v02_raport_inicjatywy_klastrowe_swietokrzyskie.pdf")
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Inicjatywy klastrowe w województwie świętokrzyskim – stan na 31.12.2023")
    c.setAuthor("Świętokrzyskie Biuro Analiz Gospodarczych")
    L, R = 20 * mm, W - 20 * mm

    def header_footer(page):
        c.setFont("Sans", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(L, H - 12 * mm, "Świętokrzyskie Biuro Analiz Gospodarczych")
        c.drawRightString(R, H - 12 * mm, "Inicjatywy klastrowe w województwie świętokrzyskim 2023")
        c.drawCentredString(W / 2, 11 * mm, str(page))
        c.setFillColor(colors.black)

    # page 1 -------------------------------------------------------------------------
    header_footer(1)
    y = H - 40 * mm
    c.setFont("Sans-B", 17)
    c.drawString(L, y, "Inicjatywy klastrowe")
    y -= 21
    c.drawString(L, y, "w województwie świętokrzyskim")
    y -= 18
    c.setFont("Sans", 11)
    c.drawString(L, y, "Stan na 31 grudnia 2023 r. · Raport z badania ankietowego koordynatorów")
    y -= 14
    c.setFont("Sans-I", 9)
    c.drawString(L, y, "Kielce, marzec 2024 r.")
    y -= 30
    c.setFont("Sans-B", 11)
    c.drawString(L, y, "1. Wprowadzenie")
    y -= 16
    for p in [
        "Niniejsze opracowanie przedstawia wyniki corocznego przeglądu inicjatyw klastrowych "
        "działających w województwie świętokrzyskim. Według stanu na 31 grudnia 2023 r. "
        "zidentyfikowano w regionie 12 inicjatyw klastrowych, które łącznie zrzeszają ok. 390 "
        "podmiotów, z czego 71% stanowią mikro- i małe przedsiębiorstwa. W porównaniu z 2021 r. "
        "liczba inicjatyw wzrosła o dwie, a liczba zrzeszonych podmiotów – o ok. 14%.",
        "Dwie inicjatywy o profilu energetycznym, działające w formule klastra energii, opisano "
        "w odrębnym opracowaniu poświęconym transformacji energetycznej regionu i nie są one "
        "przedmiotem niniejszego raportu.",
    ]:
        y = draw_par(c, L, y, R - L, p, "Serif", 10, 13.5) - 6
    y -= 8
    c.setFont("Sans-B", 11)
    c.drawString(L, y, "2. Metodyka")
    y -= 16
    for p in [
        "Badanie ankietowe (CAWI) przeprowadzono w okresie od 15 stycznia do 29 lutego 2024 r. "
        "Kwestionariusz skierowano do koordynatorów wszystkich 12 inicjatyw; odpowiedzi udzieliło "
        "9 koordynatorów (zwrot 75%). Tabela 3 przedstawia inicjatywy, których koordynatorzy "
        "wyrazili zgodę na publikację danych. Liczbę członków podano według deklaracji "
        "koordynatorów, bez weryfikacji w dokumentach założycielskich.",
        "Za rok założenia przyjęto rok podpisania pierwszego porozumienia lub umowy, na podstawie "
        "której inicjatywa rozpoczęła działalność, niezależnie od późniejszych zmian formy "
        "prawnej. Dane finansowe (przychody, zatrudnienie) zebrano w osobnym module ankiety "
        "i zaprezentowano w rozdziale 5.",
    ]:
        y = draw_par(c, L, y, R - L, p, "Serif", 10, 13.5) - 6
    y -= 8
    c.setFont("Sans-B", 11)
    c.drawString(L, y, "3. Charakterystyka inicjatyw")
    y -= 16
    y = draw_par(
        c,
        L,
        y,
        R - L,
        "Badane inicjatywy koncentrują się w dwóch obszarach: w Kielcach i ich otoczeniu "
        "oraz w dolinie Kamiennej (Skarżysko-Kamienna, Starachowice, Ostrowiec "
        "Świętokrzyski). Pozostałe działają w południowej części regionu – na Ponidziu "
        "i w okolicach Sandomierza. Zestawienie zawiera tabela 3 na następnej stronie.",
        "Serif",
        10,
        13.5,
    )
    c.showPage()

    # page 2: the table --------------------------------------------------------------
    header_footer(2)
    y = H - 30 * mm
    c.setFont("Sans-B", 9.4)
    c.drawString(
        L,
        y,
        "Tabela 3. Wybrane inicjatywy klastrowe w województwie świętokrzyskim (stan na 31.12.2023)",
    )
    y -= 26
    x_name, x_seat, x_coord = L, L + 54 * mm, L + 78 * mm
    x_cnt_r, x_year_r = L + 150 * mm, R
    fs, ld = 8.6, 10.6
    # header (two lines, no rules)
    c.setFont("Sans-B", fs)
    c.drawString(x_name, y, "Nazwa klastra")
    c.drawString(x_seat, y, "Siedziba")
    c.drawString(x_coord, y, "Koordynator")
    c.drawRightString(x_cnt_r, y, "Liczba")
    c.drawRightString(x_cnt_r, y - ld, "członków")
    c.drawRightString(x_year_r, y, "Rok")
    c.drawRightString(x_year_r, y - ld, "założenia")
    y -= ld * 2 + 10
    rows = [
        (
            ["Skarżyski Klaster Narzędziowy"],
            ["Skarżysko-", "Kamienna"],
            ["Fundacja Rozwoju Doliny", "Kamiennej"],
            ["27"],
            ["2012"],
        ),
        (
            ["Buski Klaster Balneologiczny"],
            ["Busko-Zdrój"],
            ["Gmina Busko-Zdrój"],
            ["ok. 30"],
            ["2016"],
        ),
        (
            ["Klaster Wyrobów Wapienniczych", "Ziemi Opatowskiej"],
            ["Opatów"],
            ["Stowarzyszenie Przedsiębiorców", "Ziemi Opatowskiej"],
            ["14"],
            ["2019"],
        ),
        (
            ["Kielecki Klaster Targowo-", "Kongresowy"],
            ["Kielce"],
            ["Kieleckie Centrum", "Wystawiennicze sp. z o.o."],
            ["b.d."],
            ["2010"],
        ),
        (
            ["Sandomierski Klaster Chłodniczy"],
            ["Sandomierz"],
            ["Grupa Producentów Owoców", "„Sadex-Sandomierz” sp. z o.o."],
            ["46¹"],
            ["2015"],
        ),
        (
            ["Ponidziański Klaster Gipsu", "i Kamienia"],
            ["Chmielnik²"],
            ["Fundacja „Ponidzie Kamienne”"],
            ["12"],
            ["2020"],
        ),
        (
            ["Starachowicki Klaster Pojazdów", "Użytkowych"],
            ["Starachowice"],
            ["Świętokrzyska Agencja", "Innowacji Przemysłowych", "sp. z o.o. (Kielce)"],
            ["22", "(plan: 30)³"],
            ["2017"],
        ),
    ]
    for name, seat, coord, cnt, year in rows:
        # columns are aligned only by x positions: make sure no cell runs into the next one
        for cell, start, limit in (
            (name, x_name, x_seat),
            (seat, x_seat, x_coord),
            (coord, x_coord, x_cnt_r - 18 * mm),
        ):
            for line in cell:
                assert start + _w(line, "Sans", fs) < limit - 2 * mm, line
        n = max(len(name), len(seat), len(coord), len(cnt), len(year))
        draw_lines(c, x_name, y, name, "Sans", fs, ld)
        draw_lines(c, x_seat, y, seat, "Sans", fs, ld)
        draw_lines(c, x_coord, y, coord, "Sans", fs, ld)
        draw_lines(c, x_cnt_r, y, cnt, "Sans", fs, ld, align="right")
        draw_lines(c, x_year_r, y, year, "Sans", fs, ld, align="right")
        y -= n * ld + 7
    y -= 6
    c.setFont("Sans-I", 7.8)
    for line in [
        "Źródło: ankieta ŚBAG wśród koordynatorów inicjatyw klastrowych, styczeń–luty 2024 r.; b.d. – brak danych.",
        "¹ w tym 38 gospodarstw sadowniczych; w 2019 r. klaster liczył 31 członków.",
        "² Chmielnik w powiecie kieleckim (woj. świętokrzyskie); nie mylić z gminą Chmielnik w powiecie",
        "   rzeszowskim (woj. podkarpackie).",
        "³ koordynator deklaruje przyjęcie 8 nowych członków w 2024 r.",
    ]:
        c.drawString(L, y, line)
        y -= 10.5
    y -= 14
    c.setFont("Sans-B", 10)
    c.drawString(L, y, "Uwagi do tabeli 3")
    y -= 15
    for p in [
        "Kielecki Klaster Targowo-Kongresowy nie przekazał liczby członków. Według strony "
        "internetowej klastra (www.kktk.kielce.pl) skupia on „kilkadziesiąt firm” z branży "
        "wystawienniczej, hotelarskiej i cateringowej; wartości tej nie uwzględniono w obliczeniach.",
        "Buski Klaster Balneologiczny, z siedzibą w Busku-Zdroju, skupia ok. 30 podmiotów – "
        "sanatoria, hotele, gabinety rehabilitacji i producentów kosmetyków na bazie wód "
        "siarczkowych; w sezonie firmy członkowskie zatrudniają ponad 2 500 osób.",
        "Skarżyski Klaster Narzędziowy działa od 2012 r. na podstawie umowy konsorcjum; w 2022 r. "
        "liczba jego członków wzrosła z 19 do 27. Starachowicki Klaster Pojazdów Użytkowych "
        "funkcjonuje na podstawie porozumienia o współpracy z 2017 r., a jego biuro mieści się "
        "w Starachowicach, w siedzibie jednego z członków.",
    ]:
        y = draw_par(c, L, y, R - L, p, "Serif", 9.2, 12.4) - 5
    c.showPage()

    # page 3 -------------------------------------------------------------------------
    header_footer(3)
    y = H - 30 * mm
    for p in [
        "Do zestawienia nie włączono tzw. Świętokrzyskiego Klastra HPC „Łysica”. Pod tą nazwą "
        "Świętokrzyska Wyższa Szkoła Informatyki udostępnia firmom moc obliczeniową swojej "
        "serwerowni (256 węzłów); jest to infrastruktura badawcza, a nie inicjatywa klastrowa "
        "w rozumieniu niniejszego badania.",
    ]:
        y = draw_par(c, L, y, R - L, p, "Serif", 9.2, 12.4) - 10
    c.setFont("Sans-B", 11)
    c.drawString(L, y, "4. Wnioski")
    y -= 16
    for p in [
        "Średnia liczba członków w inicjatywach ujętych w tabeli 3 (bez inicjatywy, dla której "
        "brak danych) wynosi 25,2, a mediana – 24,5. Najstarszą z opisanych inicjatyw jest "
        "Kielecki Klaster Targowo-Kongresowy (2010), najmłodszą – Ponidziański Klaster Gipsu "
        "i Kamienia (2020). Trzy inicjatywy deklarują plany rozszerzenia składu w 2024 r.",
        "Najczęściej wskazywanymi barierami rozwoju były: brak stabilnego finansowania biura "
        "koordynatora (7 wskazań), niska aktywność członków (5 wskazań) oraz trudności w "
        "pozyskiwaniu partnerów naukowych (4 wskazania). Tylko 2 inicjatywy zatrudniają "
        "menedżera klastra na pełen etat.",
        "Rekomenduje się utrzymanie regionalnego programu wsparcia koordynatorów w wysokości "
        "co najmniej 1,2 mln zł rocznie oraz włączenie inicjatyw z doliny Kamiennej do prac nad "
        "regionalną strategią specjalizacji przemysłowej.",
    ]:
        y = draw_par(c, L, y, R - L, p, "Serif", 10, 13.5) - 6
    y -= 10
    c.setFont("Sans-B", 11)
    c.drawString(L, y, "5. Dane finansowe (skrót)")
    y -= 16
    y = draw_par(
        c,
        L,
        y,
        R - L,
        "Łączne przychody przedsiębiorstw członkowskich siedmiu opisanych inicjatyw wyniosły "
        "w 2023 r. ok. 2,9 mld zł, a zatrudnienie – ok. 11 800 osób. Pełne dane zawiera "
        "załącznik statystyczny dostępny na stronie www.sbag.kielce.pl/raporty.",
        "Serif",
        10,
        13.5,
    )
    y -= 20
    c.setFont("Sans-I", 8)
    c.drawString(
        L,
        y,
        "Opracowanie: zespół ŚBAG, ul. Sienkiewicza 140, 25-350 Kielce. Redakcja: dr Anna Sikorska.",
    )
    c.showPage()
    c.save()
    return path


# ---------------------------------------------------------------------------------------
# v03 – minutes of a cluster association's general assembly (kujawsko-pomorskie)
# ---------------------------------------------------------------------------------------


def make_v03():
    path = out("v03_protokol_walnego_zgromadzenia_kujawski_klaster_solny.pdf")

    def hf(c, doc):
        c.saveState()
        c.setFont("Serif-I", 7.5)
        c.drawString(
            25 * mm, 287 * mm, "Stowarzyszenie „Kujawski Klaster Solny” – Protokół nr 1/2024 ZWZ"
        )
        c.drawRightString(185 * mm, 12 * mm, f"str. {doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(
        path,
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        invariant=1,
        title="Protokół nr 1/2024 ZWZ KKS",
        author="Stowarzyszenie Kujawski Klaster Solny",
    )
    T = ParagraphStyle(
        "T", fontName="Serif-B", fontSize=13, leading=17, alignment=TA_CENTER, spaceAfter=2
    )
    T2 = ParagraphStyle(
        "T2", fontName="Serif", fontSize=10.5, leading=14, alignment=TA_CENTER, spaceAfter=14
    )
    Hd = ParagraphStyle(
        "Hd", fontName="Serif-B", fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=3
    )
    P = ParagraphStyle(
        "P", fontName="Serif", fontSize=10, leading=13.6, alignment=TA_JUSTIFY, spaceAfter=4
    )
    Pi = ParagraphStyle("Pi", parent=P, leftIndent=16)
    Pii = ParagraphStyle("Pii", parent=P, leftIndent=30, firstLineIndent=-12)
    V = ParagraphStyle("V", parent=P, fontName="Serif-I", leftIndent=16)
    S = ParagraphStyle("S", fontName="Serif", fontSize=8.6, leading=10.5)

    st = [
        Paragraph("PROTOKÓŁ NR 1/2024", T),
        Paragraph(
            "Zwyczajnego Walnego Zgromadzenia Członków<br/>Stowarzyszenia „Kujawski Klaster Solny”<br/>"
            "odbytego w dniu 18 kwietnia 2024 r. w Ciechocinku",
            T2,
        ),
        Paragraph(
            "Miejsce: sala konferencyjna Hotelu „Pod Tężniami”, ul. Zdrojowa 21, 87-720 Ciechocinek. "
            "Początek: godz. 11:05, zakończenie: godz. 14:40.",
            P,
        ),
        Paragraph("Ad 1. Otwarcie Zgromadzenia", Hd),
        Paragraph(
            "Zgromadzenie otworzył Prezes Zarządu Stowarzyszenia „Kujawski Klaster Solny” (dalej: KKS "
            "lub Stowarzyszenie), Pan Andrzej Wierzbicki, który powitał członków oraz gości: "
            "Panią Ewę Marcinkowską, Naczelnika Wydziału Rozwoju Gospodarczego Urzędu Miasta "
            "Inowrocławia, oraz Pana Jacka Dobrowolskiego, prezesa Bydgoskiego Klastra Opakowań "
            "Szklanych.",
            P,
        ),
        Paragraph("Ad 2. Stwierdzenie prawomocności Zgromadzenia", Hd),
        Paragraph(
            "Stowarzyszenie liczy 23 członków zwyczajnych. Na podstawie listy obecności (załącznik "
            "nr 1) stwierdzono obecność 17 członków, w tym 4 reprezentowanych przez pełnomocników, "
            "co stanowi 73,9% ogólnej liczby członków. Zgromadzenie jest zdolne do podejmowania "
            "uchwał zgodnie z § 21 ust. 2 Statutu.",
            P,
        ),
        Paragraph("Ad 3. Wybór Przewodniczącego i Protokolanta", Hd),
        Paragraph(
            "Na Przewodniczącą Zgromadzenia wybrano Panią Joannę Lis, a na Protokolanta – Pana "
            "Michała Radeckiego.",
            P,
        ),
        Paragraph("Wynik głosowania: za – 16, przeciw – 0, wstrzymało się – 1.", V),
        Paragraph("Ad 4. Przyjęcie porządku obrad", Hd),
        Paragraph(
            "Przewodnicząca odczytała porządek obrad: 1) otwarcie; 2) stwierdzenie prawomocności; "
            "3) wybór przewodniczącego i protokolanta; 4) przyjęcie porządku obrad; 5) sprawozdanie "
            "Zarządu za 2023 r.; 6) sprawozdanie Komisji Rewizyjnej; 7) podjęcie uchwał nr 1/2024 – "
            "5/2024; 8) sprawy różne; 9) zamknięcie. Porządek obrad przyjęto jednogłośnie "
            "(17 głosów za).",
            P,
        ),
        Paragraph("Ad 5. Sprawozdanie Zarządu za 2023 r.", Hd),
        Paragraph(
            "Prezes Zarządu przypomniał, że klaster zawiązało 9 podmiotów porozumieniem o "
            "współpracy podpisanym 12 maja 2015 r. w Inowrocławiu. Stowarzyszenie wpisano do "
            "Krajowego Rejestru Sądowego (KRS 0000734219) w lipcu 2018 r. i od tego czasu samo "
            "prowadzi sprawy klastra; rolę koordynatora pełni Zarząd. Biuro Stowarzyszenia mieści "
            "się w Inowrocławiu przy ul. Warzelniczej 7.",
            P,
        ),
        Paragraph(
            "W 2023 r. do Stowarzyszenia przystąpiło 3 nowych członków, a 1 członek wystąpił. "
            "Firmy członkowskie zatrudniają łącznie ok. 1 650 pracowników, a ich przychody wyniosły "
            "w 2023 r. 486 mln zł. Zakończono projekt „Sól w przemyśle 4.0” "
            "(nr RPKP.01.05.02-04-0017/21) o wartości 1 240 000 zł, w którym uczestniczyło "
            "11 członków. Stowarzyszenie zorganizowało 2 misje gospodarcze i 7 szkoleń "
            "(186 uczestników).",
            P,
        ),
        Paragraph("Ad 6. Sprawozdanie Komisji Rewizyjnej", Hd),
        Paragraph(
            "Przewodniczący Komisji Rewizyjnej, Pan Paweł Kaczmarek, przedstawił sprawozdanie "
            "z kontroli: suma bilansowa na dzień 31.12.2023 r. wyniosła 318 412,55 zł, nadwyżka "
            "przychodów nad kosztami – 21 307,90 zł. Składki członkowskie opłaciło 22 z 23 "
            "członków. Komisja wniosła o udzielenie Zarządowi absolutorium.",
            P,
        ),
        Paragraph("Ad 7. Podjęcie uchwał", Hd),
        Paragraph(
            "<b>Uchwała nr 1/2024</b> w sprawie zatwierdzenia sprawozdania Zarządu z działalności "
            "za 2023 r.",
            Pi,
        ),
        Paragraph(
            "Wynik głosowania: za – 17, przeciw – 0, wstrzymało się – 0. Uchwała została podjęta.",
            V,
        ),
        Paragraph(
            "<b>Uchwała nr 2/2024</b> w sprawie zatwierdzenia sprawozdania finansowego za 2023 r. "
            "i przeznaczenia nadwyżki na działalność statutową.",
            Pi,
        ),
        Paragraph(
            "Wynik głosowania: za – 16, przeciw – 0, wstrzymało się – 1. Uchwała została podjęta.",
            V,
        ),
        Paragraph(
            "<b>Uchwała nr 3/2024</b> w sprawie zmiany Statutu. Walne Zgromadzenie postanawia "
            "nadać § 8 Statutu brzmienie:",
            Pi,
        ),
        Paragraph("„§ 8. Celami Stowarzyszenia są:", Pi),
        Paragraph("1) rozwój gospodarczego wykorzystania złóż soli i solanek Kujaw;", Pii),
        Paragraph(
            "2) wspieranie współpracy przedsiębiorstw branży uzdrowiskowej, chemicznej "
            "i spożywczej z jednostkami naukowymi;",
            Pii,
        ),
        Paragraph("3) promocja Kujaw jako regionu soli, uzdrowisk i tężni;", Pii),
        Paragraph("4) podnoszenie kwalifikacji pracowników członków Stowarzyszenia.”", Pii),
        Paragraph(
            "oraz nadać § 9 Statutu brzmienie: „§ 9. Stowarzyszenie realizuje swoje cele poprzez: "
            "a) organizowanie szkoleń, konferencji i misji gospodarczych; b) przygotowywanie "
            "i realizację wspólnych projektów; c) wydawanie publikacji i prowadzenie strony "
            "internetowej.”",
            Pi,
        ),
        Paragraph(
            "Wynik głosowania: za – 15, przeciw – 1, wstrzymało się – 1. Wymagana większość 2/3 "
            "głosów została osiągnięta; uchwała została podjęta.",
            V,
        ),
        Paragraph(
            "<b>Uchwała nr 4/2024</b> w sprawie przyjęcia nowych członków. Walne Zgromadzenie "
            "przyjmuje w poczet członków zwyczajnych, z dniem 1 lipca 2024 r., spółkę Tężnie "
            "Kujawskie sp. z o.o. z Ciechocinka oraz Przedsiębiorstwo Kosmetyczne „Solanka-Med” "
            "s.c. z Inowrocławia. Od tego dnia Stowarzyszenie liczyć będzie 25 członków.",
            Pi,
        ),
        Paragraph(
            "Wynik głosowania: za – 17, przeciw – 0, wstrzymało się – 0. Uchwała została podjęta.",
            V,
        ),
        Paragraph(
            "<b>Uchwała nr 5/2024</b> w sprawie zawarcia porozumienia o współpracy z Bydgoskim "
            "Klastrem Opakowań Szklanych w zakresie wspólnej promocji i wymiany doświadczeń.",
            Pi,
        ),
        Paragraph(
            "Wynik głosowania: za – 17, przeciw – 0, wstrzymało się – 0. Uchwała została podjęta.",
            V,
        ),
        Paragraph("Ad 8. Sprawy różne", Hd),
        Paragraph(
            "Pan Jacek Dobrowolski przedstawił działalność Bydgoskiego Klastra Opakowań Szklanych, "
            "koordynowanego przez Fundację „Szkło Kujaw” z siedzibą w Bydgoszczy i zrzeszającego "
            "blisko 40 hut, zakładów przetwórstwa szkła i firm recyklingowych. Zaproponował "
            "wspólne stoisko obu klastrów na targach opakowań w Poznaniu we wrześniu 2024 r. "
            "(koszt stoiska ok. 38 000 zł, dzielony po połowie).",
            P,
        ),
        Paragraph(
            "Pani Ewa Marcinkowska poinformowała o naborze do miejskiego programu grantów "
            "innowacyjnych (pula 600 000 zł, maksymalnie 50 000 zł na projekt).",
            P,
        ),
        Paragraph(
            "Przedstawiciel członka z Ciechocinka zwrócił uwagę, że tzw. „klaster tężni” to "
            "potoczna nazwa zespołu zabytkowych tężni w Ciechocinku, a nie inicjatywa "
            "gospodarcza, i zaproponował, by w materiałach promocyjnych Stowarzyszenia nie "
            "używać tego określenia. Zarząd przyjął uwagę.",
            P,
        ),
        Paragraph(
            "Poinformowano, że protokół zostanie opublikowany w strefie członkowskiej strony "
            "www.klastersolny.pl.",
            P,
        ),
        Paragraph("Ad 9. Zamknięcie", Hd),
        Paragraph(
            "Wobec wyczerpania porządku obrad Przewodnicząca zamknęła Zgromadzenie o godz. 14:40.",
            P,
        ),
        Spacer(1, 18),
        Table(
            [
                [
                    Paragraph("Przewodnicząca Zgromadzenia<br/><br/><i>Joanna Lis</i>", P),
                    Paragraph("Protokolant<br/><br/><i>Michał Radecki</i>", P),
                ]
            ],
            colWidths=[80 * mm, 80 * mm],
        ),
        Spacer(1, 12),
        Paragraph("Załącznik nr 1 – Lista obecności członków", Hd),
    ]
    att = [["Lp.", "Członek", "Miejscowość", "Przedstawiciel"]]
    members = [
        ("Kujawskie Zakłady Solne „Mątwy” S.A.", "Inowrocław", "Andrzej Wierzbicki"),
        ("Uzdrowisko Solankowe „Kujawianka” sp. z o.o.", "Inowrocław", "Beata Nowicka"),
        ("Gmina Miasto Inowrocław", "Inowrocław", "Ewa Marcinkowska (pełn.)"),
        ("Sanatorium „Zdrój Kujawski” sp. z o.o.", "Ciechocinek", "Marek Zieliński"),
        ("Tężniowe Centrum Rehabilitacji s.c.", "Ciechocinek", "Joanna Lis"),
        ("Przedsiębiorstwo Chemiczne „Salkem” sp. z o.o.", "Janikowo", "Tomasz Kubiak"),
        ("Zakład Przetwórstwa Spożywczego „Solnik”", "Kruszwica", "Anna Grabowska"),
        ("Kujawska Spółdzielnia Mleczarska „Gopło”", "Kruszwica", "Piotr Wysocki (pełn.)"),
        ("Inowrocławska Akademia Nauk Stosowanych", "Inowrocław", "dr hab. Irena Kulesza"),
        ("Laboratorium Analityczne „Halit” sp. z o.o.", "Toruń", "Michał Radecki"),
        ("SolTech Automatyka sp. z o.o.", "Bydgoszcz", "Krzysztof Mazur"),
        ("Hotel „Pod Tężniami” sp. z o.o.", "Ciechocinek", "Renata Dudek"),
        ("Kosmetyki Naturalne „Sól i Glina” s.c.", "Aleksandrów Kujawski", "Agata Wrona"),
        ("Przedsiębiorstwo Budowlane „Warzelnia”", "Gniewkowo", "Paweł Kaczmarek"),
        ("Kujawskie Centrum Logistyczne sp. z o.o.", "Mogilno", "Jan Olszewski (pełn.)"),
        ("Agroturystyka „Solne Pola”", "Strzelno", "Halina Borowiak"),
        ("Zakład Energetyki Cieplnej „Solanka” sp. z o.o.", "Inowrocław", "Roman Sobczak (pełn.)"),
    ]
    for i, (m, t, r) in enumerate(members, 1):
        att.append([str(i) + ".", Paragraph(m, S), t, r])
    st.append(
        Table(
            att,
            colWidths=[10 * mm, 72 * mm, 36 * mm, 42 * mm],
            style=TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), "Serif", 8.6),
                    ("FONT", (0, 0), (-1, 0), "Serif-B", 8.6),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]
            ),
        )
    )
    st.append(Spacer(1, 6))
    st.append(
        Paragraph(
            "Obecnych: 17 członków (w tym 4 przez pełnomocników) na 23 członków zwyczajnych.", S
        )
    )
    doc.build(st, onFirstPage=hf, onLaterPages=hf)
    return path


# ---------------------------------------------------------------------------------------
# v04 – landscape fact sheet with a map-like figure and a side-bar (podlaskie)
# ---------------------------------------------------------------------------------------


def make_v04():
    path = out("v04_karta_informacyjna_klaster_suwalki_poziomo.pdf")
    PW, PH = landscape(A4)
    c = canvas.Canvas(path, pagesize=(PW, PH), invariant=1)
    c.setTitle("Suwalski Klaster Stolarki Otworowej – karta informacyjna 2024")
    c.setAuthor("Fundacja Wspierania Przedsiębiorczości Czarna Hańcza")
    navy = colors.HexColor("#23395d")

    def band(title, page):
        c.setFillColor(navy)
        c.rect(0, PH - 22 * mm, PW, 22 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Sans-B", 17)
        c.drawString(15 * mm, PH - 14 * mm, title)
        c.setFont("Sans", 9)
        c.drawRightString(PW - 15 * mm, PH - 14 * mm, "Karta informacyjna 2024")
        c.setFillColor(colors.black)
        c.setFont("Sans", 7.5)
        c.drawString(15 * mm, 8 * mm, "Suwalski Klaster Stolarki Otworowej (SKSO) · wersja 03/2024")
        c.drawRightString(PW - 15 * mm, 8 * mm, f"str. {page}/2")

    # page 1 ----------------------------------------------------------------------
    band("Suwalski Klaster Stolarki Otworowej", 1)
    fx, fy, fw, fh = 15 * mm, 36 * mm, 180 * mm, 128 * mm
    c.setStrokeColor(colors.HexColor("#888888"))
    c.setLineWidth(0.5)
    c.rect(fx, fy, fw, fh, stroke=1, fill=0)
    # a rough outline of the northern part of the voivodeship and powiat borders
    outline = [
        (30, 40),
        (45, 150),
        (80, 300),
        (150, 330),
        (260, 340),
        (390, 320),
        (470, 290),
        (490, 200),
        (470, 110),
        (400, 50),
        (300, 30),
        (180, 20),
        (90, 25),
    ]
    p = c.beginPath()
    ox, oy = fx + 8, fy + 8
    p.moveTo(ox + outline[0][0], oy + outline[0][1])
    for px, py in outline[1:]:
        p.lineTo(ox + px, oy + py)
    p.close()
    c.setFillColor(colors.HexColor("#eef2e6"))
    c.setStrokeColor(colors.HexColor("#5a6b3c"))
    c.setLineWidth(1.2)
    c.drawPath(p, stroke=1, fill=1)
    c.setDash(3, 2)
    c.setLineWidth(0.6)
    for seg in [
        ((150, 330), (200, 170), (180, 20)),
        ((200, 170), (330, 190), (470, 110)),
        ((330, 190), (390, 320)),
    ]:
        for (ax, ay), (bx, by) in pairwise(seg):
            c.line(ox + ax, oy + ay, ox + bx, oy + by)
    c.setDash()
    # hatched "spatial clusters"
    c.setStrokeColor(colors.HexColor("#b5651d"))
    c.setLineWidth(0.4)
    for cx, cy, rx, ry in [(250, 250, 48, 30), (395, 215, 34, 24)]:
        c.ellipse(ox + cx - rx, oy + cy - ry, ox + cx + rx, oy + cy + ry, stroke=1, fill=0)
        for k in range(-rx, rx, 7):
            h = ry * (1 - (k / rx) ** 2) ** 0.5
            c.line(ox + cx + k, oy + cy - h, ox + cx + k + 4, oy + cy + h)
    c.setFont("Sans-I", 7)
    c.setFillColor(colors.HexColor("#b5651d"))
    c.drawString(ox + 205, oy + 285, "skupisko A")
    c.drawString(ox + 372, oy + 245, "skupisko B")
    # member dots
    c.setFillColor(navy)
    towns = [
        ("Suwałki (14)", 255, 245, 7),
        ("Augustów (6)", 190, 130, 5),
        ("Sejny (3)", 395, 215, 3.5),
        ("Szypliszki (3)", 330, 285, 3.5),
        ("Raczki (2)", 230, 95, 3),
        ("Filipów (1)", 140, 265, 2.5),
    ]
    for label, tx, ty, r in towns:
        c.circle(ox + tx, oy + ty, r, stroke=0, fill=1)
        c.setFont("Sans", 7.5)
        c.drawString(ox + tx + r + 2, oy + ty - 2.5, label)
    c.setFillColor(colors.black)
    # legend, north arrow, scale
    lx, ly = fx + fw - 58 * mm, fy + 6 * mm
    c.setStrokeColor(colors.HexColor("#888888"))
    c.setFillColor(colors.white)
    c.rect(lx, ly, 54 * mm, 20 * mm, stroke=1, fill=1)
    c.setFillColor(colors.black)
    c.setFont("Sans-B", 7)
    c.drawString(lx + 3, ly + 20 * mm - 9, "Legenda")
    c.setFont("Sans", 6.8)
    c.setFillColor(navy)
    c.circle(lx + 6, ly + 20 * mm - 19, 2.5, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.drawString(lx + 12, ly + 20 * mm - 21, "siedziby członków (liczba)")
    c.drawString(lx + 12, ly + 20 * mm - 31, "klaster przestrzenny (gęstość jądrowa)")
    c.drawString(lx + 12, ly + 20 * mm - 41, "granica powiatu")
    c.setFont("Sans-B", 11)
    c.drawCentredString(fx + 12 * mm, fy + fh - 12 * mm, "N")
    c.line(fx + 12 * mm, fy + fh - 22 * mm, fx + 12 * mm, fy + fh - 14 * mm)
    c.setFont("Sans", 6.5)
    c.line(fx + 8 * mm, fy + 6 * mm, fx + 38 * mm, fy + 6 * mm)
    c.drawString(fx + 7 * mm, fy + 8 * mm, "0")
    c.drawString(fx + 21 * mm, fy + 8 * mm, "10")
    c.drawString(fx + 35 * mm, fy + 8 * mm, "20 km")
    # caption
    cap = (
        "Rys. 1. Rozmieszczenie siedzib członków klastra w województwie podlaskim (29 z 34 "
        "członków; pozostałych 5 ma siedziby w województwach warmińsko-mazurskim i mazowieckim). "
        "Kreskowaniem oznaczono skupiska zakładów stolarskich („klastry przestrzenne”) wyznaczone "
        "metodą gęstości jądrowej na podstawie rejestru REGON – nie są to inicjatywy klastrowe. "
        "Źródło: opracowanie własne koordynatora, podkład uproszczony."
    )
    draw_par(c, fx, fy - 12, fw, cap, "Sans-I", 8, 10.2, justify=True)
    # side-bar "Klaster w liczbach"
    sx, sw = 205 * mm, PW - 205 * mm - 15 * mm
    sy_top = PH - 32 * mm
    c.setFillColor(colors.HexColor("#e8edf5"))
    c.rect(sx, 18 * mm, sw, sy_top - 18 * mm, stroke=0, fill=1)
    c.setFillColor(navy)
    c.rect(sx, sy_top - 12 * mm, sw, 12 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Sans-B", 12)
    c.drawString(sx + 5 * mm, sy_top - 8 * mm, "Klaster w liczbach")
    figures = [
        ("34", "członków (stan na 31.12.2023)"),
        ("28", "w tym przedsiębiorstw produkcyjnych"),
        ("ok. 2 750", "pracowników w firmach członkowskich"),
        ("1,1 mld zł", "łączne obroty członków w 2023 r."),
        ("62%", "udział eksportu w sprzedaży"),
        ("2013", "rok założenia"),
        ("9", "wspólnych projektów B+R"),
        ("17", "zgłoszeń patentowych i wzorów"),
    ]
    y = sy_top - 24 * mm
    for big, small in figures:
        c.setFillColor(navy)
        c.setFont("Sans-B", 16)
        c.drawString(sx + 5 * mm, y, big)
        c.setFillColor(colors.black)
        c.setFont("Sans", 8)
        c.drawString(sx + 5 * mm, y - 11, small)
        y -= 15 * mm
    c.showPage()

    # page 2 ----------------------------------------------------------------------
    band("Suwalski Klaster Stolarki Otworowej – o klastrze", 2)
    colw = (PW - 30 * mm - 12 * mm) / 2
    x1, x2 = 15 * mm, 15 * mm + colw + 12 * mm
    y = PH - 34 * mm
    c.setFont("Sans-B", 11)
    c.drawString(x1, y, "O klastrze")
    y -= 15
    for ptxt in [
        "Suwalski Klaster Stolarki Otworowej (SKSO) zrzesza producentów okien, drzwi i bram oraz "
        "ich dostawców i partnerów naukowych z północnej części województwa podlaskiego. Klaster "
        "powstał w 2013 r. na mocy porozumienia o współpracy podpisanego przez 11 firm; jego "
        "koordynatorem jest Fundacja Wspierania Przedsiębiorczości „Czarna Hańcza” z siedzibą "
        "w Suwałkach, która prowadzi biuro klastra.",
        "W 2024 r. akces do klastra zgłosiło kolejnych 6 firm; po ich przyjęciu przez Radę "
        "Klastra SKSO będzie liczył 40 członków.",
    ]:
        y = draw_par(c, x1, y, colw, ptxt, "Serif", 9.6, 13) - 6
    y -= 4
    c.setFont("Sans-B", 11)
    c.drawString(x1, y, "Cele klastra")
    y -= 15
    for g in [
        "zwiększenie udziału członków w eksporcie stolarki do krajów skandynawskich;",
        "wspólne wdrażanie norm energooszczędności okien i drzwi;",
        "kształcenie stolarzy i monterów we współpracy ze szkołami branżowymi;",
        "wspólne zakupy drewna klejonego, szkła i okuć.",
    ]:
        c.setFont("Serif", 9.6)
        c.drawString(x1 + 2, y, "•")
        y = draw_par(c, x1 + 12, y, colw - 12, g, "Serif", 9.6, 13, justify=False) - 3
    y -= 6
    c.setFont("Sans-B", 11)
    c.drawString(x1, y, "Kontakt")
    y -= 15
    for line in [
        "Biuro klastra: ul. Stolarska 3, 16-400 Suwałki",
        "tel. 87 565 20 14 · e-mail: biuro@skso.suwalki.pl",
        "www.skso.suwalki.pl",
    ]:
        c.setFont("Serif", 9.6)
        c.drawString(x1, y, line)
        y -= 13
    # right column
    y = PH - 34 * mm
    c.setFont("Sans-B", 11)
    c.drawString(x2, y, "Historia")
    y -= 15
    for yr, txt in [
        ("2013", "porozumienie 11 firm z Suwałk i Augustowa"),
        ("2017", "pierwsza wspólna misja handlowa do Norwegii (9 firm)"),
        ("2020", "klaster liczy 30 członków"),
        ("2023", "otwarcie laboratorium badań okien (inwestycja 6,8 mln zł)"),
    ]:
        c.setFont("Sans-B", 9.6)
        c.drawString(x2, y, yr)
        y = draw_par(c, x2 + 14 * mm, y, colw - 14 * mm, txt, "Serif", 9.6, 13, justify=False) - 3
    y -= 8
    c.setFont("Sans-B", 11)
    c.drawString(x2, y, "Współpraca")
    y -= 15
    for ptxt in [
        "Od 2022 r. SKSO współpracuje z Klastrem Rolno-Energetycznym Ziemi Kolneńskiej "
        "(siedziba: Kolno, woj. podlaskie – nie mylić z gminą Kolno w powiecie olsztyńskim, "
        "woj. warmińsko-mazurskie). Ponad 15 gospodarstw i firm tego klastra dostarcza biomasę "
        "do suszarni drewna członków SKSO. Koordynatorem klastra kolneńskiego jest Spółdzielnia "
        "Energetyczna „Pisa” z Kolna; klaster działa od 2019 r.",
        "Stałymi partnerami SKSO, niebędącymi jego członkami, są Izba Rzemieślników Ziemi "
        "Suwalskiej oraz Zespół Szkół Drzewnych w Augustowie, z którym klaster prowadzi klasy "
        "patronackie (48 uczniów).",
    ]:
        y = draw_par(c, x2, y, colw, ptxt, "Serif", 9.6, 13) - 6
    c.showPage()
    c.save()
    return path


# ---------------------------------------------------------------------------------------
# v05 – annual report with ligatures, soft hyphens and odd spacing (śląskie)
# ---------------------------------------------------------------------------------------


def lig(s):
    return s.replace("fi", "\ufb01").replace("fl", "\ufb02")


def make_v05():
    path = out("v05_sprawozdanie_izby_forum_firm_slaskie.pdf")
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("Sprawozdanie z działalności za 2023 r.")
    c.setAuthor("Izba Gospodarcza Forum Firm")
    L, R = 24 * mm, W - 24 * mm
    FS, LD = 10.2, 14.2
    state = {"page": 1}

    def hf():
        c.setFont("Serif-I", 8)
        c.drawString(L, H - 14 * mm, lig("Izba Gospodarcza „Forum Firm” w Katowicach"))
        c.drawRightString(R, H - 14 * mm, "Sprawozdanie z działalności za 2023 r.")
        c.setLineWidth(0.4)
        c.line(L, H - 15.5 * mm, R, H - 15.5 * mm)
        c.setFont("Serif", 9)
        c.drawCentredString(W / 2, 12 * mm, f"– {state['page']} –")

    def newpage():
        c.showPage()
        state["page"] += 1
        hf()
        return H - 28 * mm

    def heading(y, text):
        c.setFont("Serif-B", 11.5)
        c.drawString(L, y, text)
        return y - 18

    def par(y, text, **kw):
        lines_needed = len(wrap(text, kw.get("font", "Serif"), FS, R - L)) * LD
        if y - lines_needed < 22 * mm:
            y = newpage()
        return (
            draw_par(
                c,
                L,
                y,
                R - L,
                text,
                kw.get("font", "Serif"),
                FS,
                LD,
                char_space=kw.get("char_space", 0),
            )
            - 6
        )

    hf()
    y = H - 40 * mm
    t = c.beginText()
    t.setTextOrigin(L, y)
    t.setFont("Serif-B", 18)
    t.setCharSpace(5)
    t.textLine("SPRAWOZDANIE")
    t.setCharSpace(0)
    c.drawText(t)
    y -= 22
    c.setFont("Serif", 12)
    c.drawString(L, y, lig("z działalności Izby Gospodarczej „Forum Firm” za rok 2023"))
    y -= 14
    c.setFont("Serif-I", 9.5)
    c.drawString(L, y, "przyjęte uchwałą Zgromadzenia Ogólnego nr 4/2024 z dnia 22 maja 2024 r.")
    y -= 30
    y = heading(y, "1. Informacje ogólne")
    y = par(
        y,
        lig(
            "Izba Gospodarcza „Forum Firm” z siedzibą w Katowicach (ul. Mikołowska 62, "
            "40-065 Katowice) jest samorządem gospodarczym działającym na podstawie ustawy "
            "o izbach gospodarczych. Na koniec 2023 r. Izba zrzeszała 212 ﬁrm  członkowskich "
            "z terenu całego województwa śląskiego, w tym 148 mikroprzedsię\u00adbiorstw. "
            "W ciągu roku przyjęto 19 nowych członków, a 7 ﬁrm wystąpiło."
        ),
    )
    y = par(
        y,
        lig(
            "Zarząd Izby odbył 11 posiedzeń i podjął 46 uchwał. Budżet Izby wyniósł "
            "1 380 000 zł, z czego 61 % pochodziło ze składek członkowskich, a pozostała "
            "część – z usług szkoleniowych i projektów."
        ),
    )
    y = heading(y - 4, "2. Działalność szkoleniowa i doradcza")
    y = par(
        y,
        lig(
            "W 2023 r. Izba zorganizowała 46 szkoleń, w których wzięło udział 1 120 osób, "
            "oraz udzieliła 310 porad z zakresu prawa pracy, ﬁnansowania i eksportu. "
            "Najwięcej uczestników zgromadziły szkolenia z zakresu sprawozdawczości ESG "
            "i cyfrowego obiegu dokumentów (łącznie 284 osoby)."
        ),
    )
    y = par(
        y,
        lig(
            "Izba patronowała także konkursowi architektonicznemu na osiedle „Zielony Klaster” "
            "w Mikołowie – zespół 24 domów pasywnych projektowanych przez studentów "
            "architektury. Mimo nazwy przedsięwzięcie to jest inwestycją mieszkaniową, "
            "a nie klastrem gospodarczym."
        ),
    )
    y = heading(y - 4, "3. Współpraca z klastrami")
    y = par(
        y,
        lig(
            "Według danych Izby w województwie śląskim działa obecnie 27 inicjatyw "
            "klastrowych, skupiających łącznie ponad 900 podmiotów. Izba jest członkiem "
            "wspierającym trzech z nich i współpracuje z nimi na podstawie odrębnych "
            "porozumień."
        ),
    )
    y = par(y, "3.1. Klaster Poligra\ufb01czny Ziemi Bielskiej", font="Serif-B")
    y = par(
        y,
        lig(
            "Najdłużej współpracujemy z Klastrem Po\u00adli\u00adgraficz\u00adnym Ziemi Bielskiej "
            "(KPZB), który od 2011 r. działa jako stowa\u00adrzyszenie z siedzibą w Bielsku-Białej "
            "i sam prowadzi swoje sprawy. Klaster skupia 31 drukarni, introligatorni i studiów "
            "graficznych oraz dwie szkoły poligraficzne ; w 2023 r. ﬁrmy członkowskie "
            "zatrudniały ok. 2 100 osób i wydrukowały łącznie ponad 60 mln egzemplarzy "
            "czasopism i opakowań."
        ),
    )
    y = par(
        y,
        lig(
            "Statutowe cele klastra to : upowszechnianie druku cyfrowego i fleksografii "
            "w małych drukarniach ; wspólne zakupy papieru i farb ; kształcenie kadr dla "
            "przemysłu poligraficznego. W 2023 r. Izba i KPZB zorganizowały wspólnie "
            "4 szkolenia z zakresu ﬂeksograﬁi (72 uczestników)."
        ),
    )
    y = par(y, "3.2. Klaster Branży Filmowej „Kadr”", font="Serif-B")
    y = par(
        y,
        lig(
            "W Tarnowskich Górach działa Klaster Branży Fil\u00admo\u00adwej „Kadr”, "
            "koordynowany przez Fundację Kultury Audiowizualnej „Szeroki Plan” z Katowic. "
            "Biuro klastra i wspólne studio mieszczą się w Tarnowskich Górach, w dawnym "
            "budynku dworca towarowego. Porozu mienie klastrowe podpisano w 2018 r.; klaster "
            "zrzesza ponad 25 ﬁrm producenckich, wypożyczalni sprzętu i studiów postprodukcji."
        ),
    )
    y = par(
        y,
        lig(
            "W 2023 r. członkowie klastra zrealizowali 14 ﬁlmów dokumentalnych i ok. 120 "
            "spotów reklamowych; klaster ubiega się o dotację w wysokości 3,4 mln zł na "
            "rozbudowę studia. Więcej informacji: www.klasterkadr.pl."
        ),
    )
    y = par(y, "3.3. Zagłębiowski Klaster Przewozów Intermodalnych", font="Serif-B")
    y = par(
        y,
        lig(
            "Trzecim partnerem Izby jest Zagłębiowski Klaster Przewozów Intermo\u00addal\u00adnych "
            "(ZKPI) z Dąbrowy Górniczej. Klaster powstał w 2020 r. z inicjatywy spółki "
            "Intermodal Zagłębie sp. z o.o., która pełni funkcję jego koordy\u00adnatora; "
            "obecnie zrzesza 17 przewoź ników, spedytorów i operatorów bocznic. Łączna ﬂota "
            "członków to 640 wagonów i 210 ciągników siodłowych, a przeładunki w terminalach "
            "członków wyniosły w 2023 r. 86 tys. TEU."
        ),
    )
    y = par(
        y,
        lig(
            "Cele klastra : (1) przeniesienie części przewozów kontenerowych z dróg na kolej, "
            "(2) wspólne planowanie tras i wykorzystania ﬂoty, (3) szkolenie maszynistów "
            "i dyspozytorów."
        ),
    )
    y = heading(y - 4, "4. Reprezentacja interesów członków")
    y = par(
        y,
        lig(
            "Izba przedstawiła 9 opinii do projektów aktów prawa miejscowego i 3 stanowiska "
            "w konsultacjach regionalnego programu ﬁnansowego. Przedstawiciele Izby zasiadają "
            "w 5 komitetach i radach, w tym w Komitecie Monitorującym programu regionalnego."
        ),
    )
    y = heading(y - 4, "5. Członkowie zbiorowi i wspierający")
    y = par(
        y,
        lig(
            "Członkami zbiorowymi Izby są: Stowarzyszenie „Klaster Poligraficzny Ziemi "
            "Bielskiej”, Cech Rzemiosł Technicznych w Gliwicach oraz Śląskie Stowarzyszenie "
            "Księgowych. Składka członka zbiorowego wynosi 2 400 zł rocznie."
        ),
    )
    y = heading(y - 4, "6. Projekty realizowane w 2023 r.")
    for ptxt in [
        "a) „Eksport bez barier” – doradztwo eksportowe dla 38 ﬁrm członkowskich; wartość "
        "projektu 742 000 zł, okres realizacji 2022–2024; nr umowy 17/PE/2022;",
        "b) „Cyfrowa Izba” – wdrożenie systemu elektronicznego obiegu dokumentów i platformy "
        "szkoleń online; wartość 286 500 zł, w tym dotacja 243 525 zł (85 %);",
        "c) „Śląskie Forum Kooperacji” – cykl 6 spotkań kooperacyjnych ﬁrm członkowskich "
        "i klastrów partnerskich (łącznie 412 uczestników, 96 umówionych spotkań B2B).",
    ]:
        y = par(y, lig(ptxt.replace("członkowskich", "członkow\u00adskich")))
    y = par(
        y,
        lig(
            "Wszystkie projekty realizowane są zgodnie z harmonogramami; w projekcie „Eksport "
            "bez barier” wskaźnik liczby przedsię\u00adbiorstw objętych wsparciem (30) został "
            "przekroczony o 8 ﬁrm. Szczegółowe rozliczenia przedstawiono Komisji Rewizyjnej."
        ),
    )
    y = heading(y - 4, "7. Sytuacja ﬁnansowa")
    y = par(
        y,
        lig(
            "Przychody Izby w 2023 r. wyniosły 1 412 880 zł, a koszty 1 371 204 zł; wynik "
            "ﬁnansowy netto zamknął się nadwyżką 41 676 zł, którą Zgromadzenie Ogólne "
            "przeznaczyło na fundusz statutowy. Zaległości składkowe na koniec roku dotyczyły "
            "14 ﬁrm i wynosiły łącznie 18 300 zł. Izba nie posiada zobowiązań kredytowych."
        ),
    )
    y = par(
        y,
        lig(
            "Sprawozdanie ﬁnansowe zostało zbadane przez biegłego rewidenta, który wydał "
            "opinię bez zastrzeżeń. Rada Izby rekomenduje utrzymanie wysokości składek "
            "członkowskich na poziomie z 2023 r., tj. od 600 zł (mikroprzedsię\u00adbiorstwa) "
            "do 6 000 zł (duże przedsię\u00adbiorstwa) rocznie."
        ),
    )
    y = heading(y - 4, "8. Plany na 2024 r.")
    y = par(
        y,
        lig(
            "W 2024 r. Izba planuje zwiększyć liczbę członków do 230 ﬁrm, zorganizować "
            "co najmniej 50 szkoleń oraz przygotować wspólnie z klastrami partnerskimi "
            "stoisko regionalne na targach w Katowicach."
        ),
    )
    y -= 20
    if y < 40 * mm:
        y = newpage()
    c.setFont("Serif-I", 9.5)
    c.drawString(L, y, "Katowice, 22 maja 2024 r.")
    c.drawRightString(R, y, "Prezes Zarządu: Grzegorz Pietrzyk")
    c.showPage()
    c.save()
    return path


# ---------------------------------------------------------------------------------------
# v06 – English summary of a Polish regional report (wielkopolskie)
# ---------------------------------------------------------------------------------------


def make_v06():
    path = out("v06_english_summary_clusters_wielkopolska.pdf")

    def hf(c, doc):
        c.saveState()
        c.setFont("Sans", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(22 * mm, 287 * mm, "Clusters in Wielkopolska 2023 – English summary")
        c.drawRightString(188 * mm, 287 * mm, "WOGR · Poznań 2024")
        c.drawCentredString(105 * mm, 12 * mm, f"{doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(
        path,
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=24 * mm,
        bottomMargin=20 * mm,
        invariant=1,
        title="Clusters in Wielkopolska 2023 – English summary",
        author="Wielkopolskie Obserwatorium Gospodarki Regionalnej",
    )
    T = ParagraphStyle("T", fontName="Sans-B", fontSize=18, leading=22, spaceAfter=6)
    T2 = ParagraphStyle(
        "T2",
        fontName="Sans",
        fontSize=10.5,
        leading=14,
        spaceAfter=14,
        textColor=colors.HexColor("#444444"),
    )
    Hd = ParagraphStyle(
        "Hd", fontName="Sans-B", fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=4
    )
    H3 = ParagraphStyle(
        "H3", fontName="Sans-B", fontSize=10, leading=13.5, spaceBefore=8, spaceAfter=3
    )
    P = ParagraphStyle(
        "P", fontName="Serif", fontSize=10, leading=14, alignment=TA_JUSTIFY, spaceAfter=5
    )
    B = ParagraphStyle("B", parent=P, leftIndent=14, bulletIndent=3, bulletFontName="Serif")
    st = [
        Paragraph("Clusters in Wielkopolska 2023", T),
        Paragraph(
            "English summary of the report <i>Klastry w Wielkopolsce 2023. Raport z badania</i>, "
            "prepared by the Wielkopolskie Obserwatorium Gospodarki Regionalnej (Greater Poland "
            "Regional Economy Observatory), Poznań, June 2024",
            T2,
        ),
        Paragraph("1. Key findings", Hd),
        Paragraph(
            "The survey covered 14 cluster initiatives operating in Wielkopolskie Voivodeship "
            "(Greater Poland), with over 700 member organisations employing some 38,000 people. "
            "Two thirds of the members are micro and small enterprises; only 6 per cent are "
            "research organisations. Nine initiatives answered all modules of the questionnaire "
            "(response rate 64 per cent).",
            P,
        ),
        Paragraph(
            "Using hierarchical cluster analysis, the 35 counties of the region were grouped "
            "into three clusters of similar economic profile (Cluster A: metropolitan, Cluster B: "
            "industrial, Cluster C: agricultural). These statistical groupings are not cluster "
            "initiatives and are discussed in Chapter 2 of the full report only.",
            P,
        ),
        Paragraph(
            "The report was presented at a regional conference in Gniezno on 12 June 2024, "
            "attended by 140 participants. The so-called “Gniezno cluster” promoted by the "
            "local tourist board is a heritage route of Romanesque churches, not a business "
            "cluster, and is therefore not covered.",
            P,
        ),
        Paragraph("2. Selected cluster profiles", Hd),
        Paragraph(
            "2.1 Nowotomyski Klaster Wikliny i Plecionkarstwa (Nowy Tomyśl Wicker and Basketry Cluster)",
            H3,
        ),
        Paragraph(
            "Based in Nowy Tomyśl, the cluster brings together twenty-four members: nineteen "
            "wicker-weaving workshops, three willow growers and two vocational schools. It was "
            "established in 2016 under a cooperation agreement (porozumienie) and is coordinated "
            "by the Nowotomyskie Stowarzyszenie Wikliniarzy (Nowy Tomyśl Wicker Makers’ "
            "Association). The members’ combined turnover reached PLN 38 million in 2023, of "
            "which 61 per cent came from exports to Germany and the Netherlands.",
            P,
        ),
        Paragraph("The cluster’s stated aims are:", P),
        Paragraph("to protect the region’s wicker-weaving tradition;", B, bulletText="•"),
        Paragraph("to develop a common trademark for local wicker products;", B, bulletText="•"),
        Paragraph(
            "to train young weavers in cooperation with the vocational schools.", B, bulletText="•"
        ),
        Paragraph(
            "The cluster plans to reach thirty members by 2026. Website: www.wiklina-klaster.pl.", P
        ),
        Paragraph(
            "2.2 Klaster Odnowy Terenów Pokopalnianych Wschodniej Wielkopolski (Eastern "
            "Wielkopolska Post-Mining Land Renewal Cluster)",
            H3,
        ),
        Paragraph(
            "Known until 2020 as Klaster Energetyki Węglowej Regionu Konińskiego (Konin Region "
            "Coal Power Cluster), the initiative was set up in 2009 by a consortium agreement "
            "between mine suppliers and municipalities. After the closure of the last open-pit "
            "mines it changed its name and profile. Its office is in Konin, while its "
            "coordinator, the Fundacja Nowa Energia Wielkopolski (New Energy Foundation of "
            "Wielkopolska), is registered in Poznań.",
            P,
        ),
        Paragraph(
            "The cluster now has more than forty members – municipalities, former suppliers "
            "of the mines, energy cooperatives and two research units. Its members are "
            "preparing projects for the reclamation of some 4,200 hectares of post-mining land, "
            "expected to create 2,300 jobs and to attract PLN 1.2 billion from the Just "
            "Transition Fund.",
            P,
        ),
        Paragraph("2.3 Klaster Pieczarkarski Ziemi Leszczyńskiej (Leszno Mushroom Cluster)", H3),
        Paragraph(
            "The cluster is registered as a limited liability company, Klaster Pieczarkarski "
            "Ziemi Leszczyńskiej sp. z o.o., which manages the cluster itself. It is based in "
            "Lipno – the rural municipality in Leszno County, Wielkopolskie Voivodeship, not "
            "the town of Lipno in Kujawsko-Pomorskie. Founded in 2018, it unites nineteen "
            "growers and two packing houses.",
            P,
        ),
        Paragraph(
            "Together the members produce about 26,000 tonnes of mushrooms a year – roughly "
            "9 per cent of national output – and employ some 1,400 seasonal workers. The "
            "cluster operates a shared composting plant worth PLN 17 million.",
            P,
        ),
        Paragraph("3. Recommendations", Hd),
        Paragraph(
            "The authors recommend (1) continuing the regional support scheme for cluster "
            "coordinators with an annual budget of at least PLN 3 million, (2) linking cluster "
            "support with the regional smart specialisations, and (3) encouraging mergers of "
            "small initiatives with fewer than ten members.",
            P,
        ),
        Paragraph(
            "The full Polish report also profiles the remaining initiatives, including a "
            "Poznań-based ICT cluster and several energy clusters, which are not summarised "
            "here. Contact: Wielkopolskie Obserwatorium Gospodarki Regionalnej, "
            "ul. Półwiejska 33, 61-888 Poznań, www.wogr.poznan.pl.",
            P,
        ),
    ]
    doc.build(st, onFirstPage=hf, onLaterPages=hf)
    return path


# ---------------------------------------------------------------------------------------
# v07 – DOCX: grant application section "Opis partnerstwa" (małopolskie)
# ---------------------------------------------------------------------------------------


def make_v07():
    import docx
    from docx.shared import Mm, Pt

    path = out("v07_wniosek_opis_partnerstwa_nowy_targ.docx")
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.header.paragraphs[0].text = (
        "Wniosek o dofinansowanie projektu nr FEMP.01.05-IP.02-0147/24 · "
        "Fundusze Europejskie dla Małopolski 2021–2027"
    )
    sec.footer.paragraphs[0].text = "Sekcja C.4 – Opis partnerstwa · wersja 2 z dnia 14.05.2024 r."
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)

    d.add_heading("C.4. Opis partnerstwa", level=1)
    p = d.add_paragraph()
    p.add_run("Tytuł projektu: ").bold = True
    p.add_run("„Góralskie Ciesielstwo 4.0 – wspólne centrum prefabrykacji budynków drewnianych”")
    p = d.add_paragraph()
    p.add_run("Wnioskodawca (Lider partnerstwa): ").bold = True
    p.add_run(
        "Podhalańska Agencja Rozwoju Gospodarczego sp. z o.o., ul. Ciesielska 12, 34-400 Nowy Targ, "
        "NIP 735-291-46-08, KRS 0000418831"
    )
    p = d.add_paragraph()
    p.add_run("Wartość projektu: ").bold = True
    p.add_run("4 860 000,00 zł, w tym dofinansowanie 3 888 000,00 zł (80%)")

    d.add_heading("C.4.1. Charakterystyka Wnioskodawcy jako koordynatora klastra", level=2)
    d.add_paragraph(
        "Wnioskodawca od 2016 r. pełni funkcję koordynatora Klastra Ciesielstwa i Architektury Góralskiej "
        "(dalej: KCiAG lub Klaster), utworzonego na podstawie porozumienia klastrowego zawartego "
        "3 marca 2016 r. przez 14 podmiotów. Biuro Klastra działa w siedzibie Wnioskodawcy w Nowym "
        "Targu. Strona internetowa Klastra: www.kciag.pl."
    )
    d.add_paragraph(
        "Według stanu na 31.12.2023 r. Klaster liczy 47 członków, w tym 39 przedsiębiorstw ciesielskich, "
        "stolarskich i budowlanych, 3 szkoły, 2 gminy, 2 organizacje pozarządowe oraz jedną uczelnię. "
        "Przedsiębiorstwa członkowskie zatrudniają ok. 1 100 pracowników, a ich łączne przychody "
        "w 2023 r. wyniosły 512 mln zł. W 2024 r. liczba członków ma wzrosnąć do 60, m.in. dzięki "
        "przystąpieniu tartaków z powiatu tatrzańskiego."
    )
    d.add_paragraph("Cele Klastra określone w § 3 porozumienia klastrowego:")
    for g in [
        "zachowanie i rozwój tradycyjnych technik ciesielskich Podhala;",
        "wdrażanie prefabrykacji i cyfrowego projektowania budynków drewnianych;",
        "wspólna promocja budownictwa w stylu zakopiańskim i podhalańskim;",
        "podnoszenie kwalifikacji cieśli i stolarzy.",
    ]:
        d.add_paragraph(g, style="List Bullet")
    d.add_paragraph("Cele projektu (nie należy ich utożsamiać z celami Klastra):")
    for g in [
        "utworzenie wspólnego centrum prefabrykacji ścian i więźb dachowych w Nowym Targu;",
        "przeszkolenie 120 pracowników członków Klastra w zakresie obsługi linii CNC;",
        "opracowanie katalogu 12 typowych projektów domów w stylu podhalańskim.",
    ]:
        d.add_paragraph(g, style="List Number")

    d.add_heading("C.4.2. Skład partnerstwa", level=2)
    d.add_paragraph("Tabela C.4.2. Partnerzy projektu")
    rows = [
        (
            "Lp.",
            "Nazwa partnera",
            "Siedziba",
            "Status / typ podmiotu",
            "Rola w projekcie",
            "Udział w budżecie",
        ),
        (
            "1.",
            "Podhalańska Agencja Rozwoju Gospodarczego sp. z o.o.",
            "Nowy Targ",
            "spółka z o.o.; koordynator KCiAG",
            "Lider – zarządzanie projektem, budowa centrum",
            "52%",
        ),
        (
            "2.",
            "Stowarzyszenie Klaster Wód Leczniczych „Zdroje Popradu”",
            "Krynica-Zdrój",
            "klaster (stowarzyszenie), 31 członków",
            "Partner – wdrożenie pilotażowe w obiektach uzdrowiskowych",
            "14%",
        ),
        (
            "3.",
            "Limanowska Izba Gospodarcza",
            "Limanowa",
            "izba gospodarcza; koordynator Limanowskiego Klastra Soków i Suszu Owocowego",
            "Partner – budynki magazynowe dla przetwórców",
            "9%",
        ),
        (
            "4.",
            "Zespół Szkół Ciesielskich w Nowym Targu",
            "Nowy Targ",
            "szkoła ponadpodstawowa; członek KCiAG",
            "Partner – szkolenia",
            "10%",
        ),
        (
            "5.",
            "Fundacja „Dziedzictwo Gorców”",
            "Rabka-Zdrój",
            "fundacja; nie jest członkiem Klastra",
            "Partner – dokumentacja wzorów architektonicznych",
            "5%",
        ),
        (
            "6.",
            "Gmina Miasto Nowy Targ",
            "Nowy Targ",
            "jednostka samorządu terytorialnego; członek KCiAG",
            "Partner – udostępnienie terenu",
            "10%",
        ),
    ]
    tbl = d.add_table(rows=len(rows), cols=6)
    tbl.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = tbl.cell(i, j)
            cell.text = val
            for par in cell.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(8.5)
                    run.bold = i == 0

    d.add_heading("C.4.3. Uzasadnienie wyboru partnerów", level=2)
    d.add_paragraph(
        "Klaster Wód Leczniczych „Zdroje Popradu” z siedzibą w Krynicy-Zdroju zrzesza 31 członków – "
        "sanatoria, rozlewnie wód mineralnych i pensjonaty Beskidu Sądeckiego. Działa od 2019 r. jako "
        "stowarzyszenie, które samo koordynuje działania klastra (www.zdrojepopradu.pl). „Zdroje Popradu” "
        "wniosą do projektu 3 obiekty pilotażowe, w których zostaną zamontowane prefabrykowane "
        "pawilony tężniowe o łącznej powierzchni 420 m²."
    )
    d.add_paragraph(
        "Limanowski Klaster Soków i Suszu Owocowego, koordynowany przez Limanowską Izbę Gospodarczą, "
        "skupia ok. 25 sadowników i przetwórców owoców z powiatu limanowskiego. W projekcie Izba "
        "reprezentuje klaster jako odbiorcę prefabrykowanych budynków magazynowych (planowane "
        "8 budynków o kubaturze 2 600 m³)."
    )
    d.add_paragraph(
        "Fundacja „Dziedzictwo Gorców” nie jest członkiem żadnego klastra; została wybrana ze względu na "
        "posiadane archiwum 1 800 inwentaryzacji budynków drewnianych Gorców i Podhala. Partnerzy "
        "zostali wybrani w trybie art. 39 ustawy wdrożeniowej – ogłoszenie o naborze partnerów "
        "opublikowano 12.02.2024 r., wpłynęło 5 zgłoszeń."
    )
    d.add_heading("C.4.4. Zarządzanie partnerstwem", level=2)
    d.add_paragraph(
        "Partnerstwo będzie zarządzane przez Komitet Sterujący złożony z 6 przedstawicieli partnerów "
        "(po jednym z każdego podmiotu), zbierający się co najmniej raz na kwartał. Decyzje zapadają "
        "większością 2/3 głosów. Umowa partnerska zostanie zawarta przed podpisaniem umowy "
        "o dofinansowanie."
    )
    d.core_properties.author = "Podhalańska Agencja Rozwoju Gospodarczego"
    d.core_properties.title = "Wniosek – sekcja C.4 Opis partnerstwa"
    fixed = datetime.datetime(2024, 5, 14, 9, 30, 0)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.last_modified_by = "PARG"
    d.core_properties.revision = 2
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so the file is byte-for-byte reproducible
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 5, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return path


# ---------------------------------------------------------------------------------------
# v08 – HTML page of a regional development agency (lubelskie)
# ---------------------------------------------------------------------------------------

V08_HTML = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Klastry w regionie – Wschodnia Agencja Rozwoju Regionalnego S.A.</title>
<meta name="description" content="Inicjatywy klastrowe województwa lubelskiego wspierane przez WARR S.A.">
<link rel="stylesheet" href="/assets/css/main.css">
<style>
  .cluster-card { border: 1px solid #d0d7de; border-radius: 6px; padding: 16px; margin: 12px 0; }
  .cluster-card dl { display: grid; grid-template-columns: 220px 1fr; }
  .cookie-banner { position: fixed; bottom: 0; background: #222; color: #fff; }
</style>
</head>
<body>
<div class="cookie-banner" id="cookies">
  <p>Ta strona korzysta z plików cookies w celu realizacji usług zgodnie z
  <a href="/polityka-prywatnosci">Polityką prywatności</a>. Możesz określić warunki
  przechowywania lub dostępu do plików cookies w Twojej przeglądarce.</p>
  <button type="button" onclick="acceptCookies()">Akceptuję</button>
  <button type="button" onclick="openCookieSettings()">Ustawienia</button>
</div>
<header class="site-header">
  <a class="logo" href="/"><img src="/assets/img/logo-warr.svg" alt="Wschodnia Agencja Rozwoju Regionalnego S.A."></a>
  <nav class="main-nav" aria-label="Menu główne">
    <ul>
      <li><a href="/">Start</a></li>
      <li><a href="/o-agencji">O Agencji</a></li>
      <li><a href="/fundusze">Fundusze i pożyczki</a></li>
      <li class="active"><a href="/wsparcie-biznesu">Wsparcie biznesu</a></li>
      <li><a href="/inwestorzy">Dla inwestorów</a></li>
      <li><a href="/aktualnosci">Aktualności</a></li>
      <li><a href="/kontakt">Kontakt</a></li>
    </ul>
  </nav>
  <form class="search" action="/szukaj"><input type="search" name="q" placeholder="Szukaj…"></form>
</header>
<nav class="breadcrumbs" aria-label="Jesteś tutaj">
  <a href="/">Strona główna</a> › <a href="/wsparcie-biznesu">Wsparcie biznesu</a> › <span>Klastry w regionie</span>
</nav>
<main id="content">
  <h1>Klastry w województwie lubelskim</h1>
  <p class="lead">Agencja od 2012 r. wspiera rozwój inicjatyw klastrowych regionu. Obecnie współpracujemy
  z 9 klastrami, które zrzeszają łącznie ponad 310 podmiotów. Poniżej prezentujemy trzy klastry
  zakwalifikowane w 2024 r. do programu „Klaster Plus” (nabór nr WARR/KP/2024/03, pula 2,4 mln zł).</p>

  <section class="cluster-list">
    <div class="cluster-card" id="brama-bugu">
      <h2>Klaster Logistyki Granicznej „Brama Bugu”</h2>
      <p class="formerly">dawniej: Bialski Klaster Przewoźników</p>
      <dl>
        <dt>Koordynator</dt><dd>Bialskie Centrum Przedsiębiorczości sp. z o.o.</dd>
        <dt>Siedziba</dt><dd>Biała Podlaska</dd>
        <dt>Liczba członków</dt><dd>33</dd>
        <dt>Zatrudnienie w firmach członkowskich</dt><dd>ok. 2 900 osób</dd>
        <dt>Rok powstania</dt><dd>2014</dd>
        <dt>Forma współpracy</dt><dd>porozumienie klastrowe</dd>
        <dt>Strona www</dt><dd><a href="https://www.bramabugu.pl" rel="external">www.bramabugu.pl</a></dd>
      </dl>
      <p>Przewoźnicy drogowi, agencje celne i operatorzy terminali obsługujący ruch towarowy na wschodniej
      granicy. W 2023 r. członkowie odprawili ponad 41 tys. przesyłek. Nazwę „Brama Bugu” klaster przyjął
      w 2022 r., gdy dołączyli do niego operatorzy kolejowi.</p>
      <a class="more" href="/wsparcie-biznesu/klastry/brama-bugu">Więcej</a>
    </div>

    <div class="cluster-card" id="mechatronika">
      <h2>Kraśnicki Klaster Mechatroniki Rolniczej</h2>
      <dl>
        <dt>Koordynator</dt><dd>Fundacja Rozwoju Technologii Rolniczych „AgroTech” (Lublin)</dd>
        <dt>Siedziba klastra</dt><dd>Kraśnik</dd>
        <dt>Liczba członków</dt><dd>ponad 20</dd>
        <dt>Rok powstania</dt><dd>2021</dd>
        <dt>Cele</dt>
        <dd>
          <ul>
            <li>wspólne prace badawczo-rozwojowe nad automatyzacją maszyn rolniczych</li>
            <li>tworzenie sieci serwisowej dla rolników z Lubelszczyzny</li>
            <li>kształcenie techników mechatroniki</li>
          </ul>
        </dd>
      </dl>
      <p>Wartość wsparcia z programu „Klaster Plus”: 380 000 zł. Członkowie zgłosili w 2023 r. 6 wzorów użytkowych.</p>
      <a class="more" href="/wsparcie-biznesu/klastry/mechatronika-krasnik">Więcej</a>
    </div>

    <div class="cluster-card" id="lesno-drzewny">
      <h2>Janowski Klaster Leśno-Drzewny</h2>
      <dl>
        <dt>Koordynator</dt><dd>Gmina Janów Lubelski</dd>
        <dt>Siedziba</dt><dd>Janów Lubelski, ul. Zamoyskiego 59 (Urząd Miejski)</dd>
        <dt>Liczba członków</dt><dd>18 członków zwyczajnych i 3 wspierających</dd>
        <dt>Rok powstania</dt><dd>porozumienie: 2017; stowarzyszenie: planowane na 2025</dd>
        <dt>Strona www</dt><dd><a href="https://lesnodrzewny.janow.pl">lesnodrzewny.janow.pl</a></dd>
      </dl>
      <p>Tartaki, zakłady stolarskie i producenci pelletu z Lasów Janowskich. Powierzchnia lasów w zasięgu
      klastra: ok. 37 tys. ha. Wartość projektu w programie: 480 000 zł.</p>
      <a class="more" href="/wsparcie-biznesu/klastry/janowski-klaster-lesno-drzewny">Więcej</a>
    </div>

    <div class="cluster-card partner-card" id="siec-laboratoriow">
      <h2>Puławska Sieć Laboratoriów Rolno-Spożywczych</h2>
      <dl>
        <dt>Typ</dt><dd>sieć współpracy laboratoriów badawczych (nie jest klastrem w rozumieniu programu)</dd>
        <dt>Siedziba</dt><dd>Puławy</dd>
        <dt>Liczba laboratoriów</dt><dd>7</dd>
      </dl>
      <p>Partner merytoryczny programu „Klaster Plus” – wykonuje badania na zlecenie członków klastrów.</p>
      <a class="more" href="/wsparcie-biznesu/partnerzy/pulawska-siec">Więcej</a>
    </div>
  </section>

  <aside class="news">
    <h2>Wydarzenia</h2>
    <ul>
      <li><a href="/aktualnosci/webinar-klastry-energii">Webinar: Klastry energii – jak uzyskać certyfikat?</a> <time datetime="2024-06-12">12.06.2024</time></li>
      <li><a href="/aktualnosci/klaster-dzwieku-zamosc">Festiwal muzyki elektronicznej „Klaster Dźwięku” w Zamościu – zgłoszenia wolontariuszy do 30.06</a></li>
      <li><a href="/aktualnosci/misja-lwow">Misja gospodarcza dla członków klastrów – 15 miejsc</a></li>
    </ul>
  </aside>
</main>
<footer class="site-footer">
  <div class="footer-address">
    <strong>Wschodnia Agencja Rozwoju Regionalnego S.A.</strong><br>
    ul. Narutowicza 101, 20-019 Lublin<br>
    tel. 81 532 40 00 · e-mail: sekretariat@warr.lublin.pl<br>
    NIP 946-27-18-334 · KRS 0000281174 · kapitał zakładowy 12 450 000 zł<br>
    <a href="https://www.warr.lublin.pl">www.warr.lublin.pl</a>
  </div>
  <nav class="footer-nav" aria-label="Menu w stopce">
    <a href="/deklaracja-dostepnosci">Deklaracja dostępności</a> |
    <a href="/polityka-prywatnosci">Polityka prywatności</a> |
    <a href="/rodo">RODO</a> |
    <a href="/bip">BIP</a> |
    <a href="/mapa-strony">Mapa strony</a>
  </nav>
  <p class="copyright">© 2024 Wschodnia Agencja Rozwoju Regionalnego S.A. Wszelkie prawa zastrzeżone.</p>
</footer>
<script>
function acceptCookies(){document.getElementById('cookies').style.display='none';}
function openCookieSettings(){window.location.href='/polityka-prywatnosci#cookies';}
</script>
</body>
</html>
"""


def make_v08():
    path = out("v08_strona_agencji_klastry_lubelskie.html")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(V08_HTML)
    return path


def main():
    for fn in (make_v01, make_v02, make_v03, make_v04, make_v05, make_v06, make_v07, make_v08):
        print(fn())


if __name__ == "__main__":
    main()
