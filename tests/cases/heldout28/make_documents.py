# ruff: noqa: E501
"""Generate the heldout28 documents (deterministic; all text lives here).

Run from the repository root:
    .venv/bin/python tests/cases/heldout28/make_documents.py
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


# ---------------------------------------------------------------------------
# k01 – PDF: annual activity report of one cluster (lubelskie)
# ---------------------------------------------------------------------------

K01_TITLE = [
    "Klaster Owoców Miękkich „Lubelska Malina”",
    "SPRAWOZDANIE Z DZIAŁALNOŚCI KLASTRA ZA ROK 2024",
    "przyjęte uchwałą nr 2/2025 Rady Klastra z dnia 18 marca 2025 r.",
    "Opole Lubelskie, marzec 2025 r.",
]

K01_CONTENTS = [
    "1. Informacje ogólne",
    "2. Członkowie",
    "3. Działania w 2024 r.",
    "4. Plany na 2025 r.",
]

K01_CH1 = [
    "Klaster Owoców Miękkich „Lubelska Malina” (dalej: Klaster) jest dobrowolnym porozumieniem producentów, przetwórców i odbiorców owoców miękkich, jednostek naukowych oraz samorządów z Powiśla Lubelskiego. Klaster został utworzony 14 czerwca 2016 r. w Józefowie nad Wisłą, gdzie 11 podmiotów podpisało umowę o współpracy (porozumienie klastrowe). Klaster nie posiada osobowości prawnej; jego sprawy prowadzi koordynator.",
    "Funkcję koordynatora od początku działalności pełni Nadwiślańska Agencja Rozwoju sp. z o.o. z siedzibą w Poniatowej. Biuro Klastra mieści się w Opolu Lubelskim, w budynku Centrum Przedsiębiorczości przy ul. Fabrycznej 7. Klaster działa przede wszystkim na terenie powiatów opolskiego, kraśnickiego i puławskiego w województwie lubelskim.",
]

K01_FACTS = [
    ["Nazwa", "Klaster Owoców Miękkich „Lubelska Malina”"],
    ["Forma współpracy", "porozumienie klastrowe (umowa o współpracy z dnia 14.06.2016 r.)"],
    [
        "Koordynator",
        "Nadwiślańska Agencja Rozwoju sp. z o.o., ul. Przemysłowa 3, 24-320 Poniatowa",
    ],
    ["Biuro Klastra", "ul. Fabryczna 7, 24-300 Opole Lubelskie, tel. 81 827 40 16"],
    ["Menedżer Klastra", "Katarzyna Ziółek"],
    ["Liczba członków (31.12.2024 r.)", "27"],
    ["Strona internetowa", "www.lubelskamalina.pl"],
]

K01_GOALS_INTRO = "Zgodnie z § 3 umowy o współpracy celami Klastra są:"
K01_GOALS = [
    "zwiększenie wartości dodanej w łańcuchu produkcji i przetwórstwa owoców miękkich,",
    "wspólna promocja i sprzedaż owoców pod marką „Lubelska Malina”,",
    "wdrażanie nowych odmian i technologii uprawy odpornych na zmiany klimatu,",
    "rozwój kompetencji pracowników i plantatorów,",
    "współpraca z jednostkami naukowymi oraz z klastrami z kraju i z zagranicy.",
]
K01_GOALS_AFTER = "Cele Klastra nie uległy zmianie w 2024 r. Rada Klastra rozpoczęła prace nad strategią Klastra na lata 2026–2030 (zob. rozdział 4)."

K01_CH2 = [
    "Na dzień 1 stycznia 2024 r. Klaster liczył 24 członków. W ciągu roku Rada Klastra przyjęła czterech nowych członków (tabela 3). Z dniem 30 września 2024 r. z Klastra wystąpiła Przechowalnia Owoców „Jagódka” sp. z o.o. z Wilkowa, w związku z otwarciem likwidacji spółki.",
    "Na koniec 2024 r. Klaster tworzyło 27 członków: 14 przedsiębiorstw, 6 grup producentów owoców, 2 jednostki naukowe, 3 gminy oraz 2 instytucje otoczenia biznesu. Pełną listę członków zawiera tabela 2.",
]

K01_MEMBERS = [
    ["Lp.", "Nazwa członka", "Miejscowość", "Rodzaj podmiotu", "Członek od"],
    [
        "1.",
        "Nadwiślańska Agencja Rozwoju sp. z o.o. (koordynator)",
        "Poniatowa",
        "instytucja otoczenia biznesu",
        "2016",
    ],
    ["2.", "Gmina Opole Lubelskie", "Opole Lubelskie", "gmina", "2016"],
    ["3.", "Gmina Józefów nad Wisłą", "Józefów nad Wisłą", "gmina", "2016"],
    [
        "4.",
        "Grupa Producentów Owoców „Malinowy Dwór” sp. z o.o.",
        "Kluczkowice",
        "grupa producentów",
        "2016",
    ],
    [
        "5.",
        "Grupa Producentów „Jagodowe Pole” sp. z o.o.",
        "Wrzelowiec",
        "grupa producentów",
        "2016",
    ],
    ["6.", "Chłodnia „Frigo-Opole” sp. z o.o.", "Opole Lubelskie", "przedsiębiorstwo", "2016"],
    [
        "7.",
        "Zakład Przetwórstwa Owoców Jan Wiącek",
        "Józefów nad Wisłą",
        "przedsiębiorstwo",
        "2016",
    ],
    ["8.", "Mroźnia Owoców „Biały Szron” sp.j.", "Poniatowa", "przedsiębiorstwo", "2016"],
    ["9.", "Lubelska Wyższa Szkoła Ogrodnicza", "Lublin", "jednostka naukowa", "2016"],
    [
        "10.",
        "Zrzeszenie Plantatorów Owoców Miękkich „Chodelka”",
        "Chodel",
        "grupa producentów",
        "2017",
    ],
    [
        "11.",
        "Szkółka Roślin Jagodowych „Sadzonka” Anna Ptak",
        "Kraśnik",
        "przedsiębiorstwo",
        "2017",
    ],
    [
        "12.",
        "Transport Chłodniczy „Zimny Kurs” sp. z o.o.",
        "Opole Lubelskie",
        "przedsiębiorstwo",
        "2017",
    ],
    [
        "13.",
        "Grupa Producentów Malin „Nadwiślanka” sp. z o.o.",
        "Łaziska",
        "grupa producentów",
        "2018",
    ],
    ["14.", "Tłocznia Soków „Rubin-Nadwiśle” sp. z o.o.", "Puławy", "przedsiębiorstwo", "2018"],
    [
        "15.",
        "Powiatowy Cech Rzemiosł Różnych w Opolu Lubelskim",
        "Opole Lubelskie",
        "instytucja otoczenia biznesu",
        "2018",
    ],
    ["16.", "Gmina Chodel", "Chodel", "gmina", "2019"],
    ["17.", "Opakowania Ogrodnicze „Koszyczek” s.c.", "Chodel", "przedsiębiorstwo", "2019"],
    ["18.", "„Agro-Serwis Kępa” sp. z o.o.", "Kępa Chotecka", "przedsiębiorstwo", "2019"],
    [
        "19.",
        "Spółdzielnia Producentów Owoców „Karczmiska Sad”",
        "Karczmiska",
        "grupa producentów",
        "2020",
    ],
    ["20.", "Suszarnia Owoców „Lubsusz” sp. z o.o.", "Łaziska", "przedsiębiorstwo", "2021"],
    [
        "21.",
        "Biuro Doradztwa Rolniczego „AgroRada” Piotr Sadowski",
        "Opole Lubelskie",
        "przedsiębiorstwo",
        "2021",
    ],
    ["22.", "„Berry-Pack” sp. z o.o.", "Bełżyce", "przedsiębiorstwo", "2022"],
    [
        "23.",
        "Laboratorium Analiz Żywności „Probtest” sp. z o.o.",
        "Lublin",
        "przedsiębiorstwo",
        "2023",
    ],
    [
        "24.",
        "Grupa Producentów „Borowina Jagoda” sp. z o.o.",
        "Poniatowa",
        "grupa producentów",
        "2024",
    ],
    [
        "25.",
        "Wytwórnia Konfitur „Babcina Spiżarnia” sp. z o.o.",
        "Karczmiska",
        "przedsiębiorstwo",
        "2024",
    ],
    ["26.", "„Fotowolt Agro” sp. z o.o.", "Poniatowa", "przedsiębiorstwo", "2024"],
    ["27.", "Nadwiślańska Stacja Doświadczalna Ogrodnictwa", "Wilków", "jednostka naukowa", "2024"],
    ["", "Razem: 27 członków", "", "", ""],
]

K01_AFTER_MEMBERS = "Członkowie Klastra zatrudniają łącznie ok. 1 450 osób (w sezonie zbiorów – ponad 4 000), a gospodarstwa zrzeszone w grupach producentów uprawiają maliny i inne owoce miękkie na ok. 2 300 ha."

K01_NEW = [
    ["Lp.", "Nowy członek", "Miejscowość", "Uchwała Rady Klastra"],
    [
        "1.",
        "Grupa Producentów „Borowina Jagoda” sp. z o.o.",
        "Poniatowa",
        "nr 3/2024 z 12.02.2024 r.",
    ],
    [
        "2.",
        "Wytwórnia Konfitur „Babcina Spiżarnia” sp. z o.o.",
        "Karczmiska",
        "nr 7/2024 z 15.05.2024 r.",
    ],
    ["3.", "„Fotowolt Agro” sp. z o.o.", "Poniatowa", "nr 7/2024 z 15.05.2024 r."],
    ["4.", "Nadwiślańska Stacja Doświadczalna Ogrodnictwa", "Wilków", "nr 11/2024 z 20.11.2024 r."],
]

K01_CH3 = [
    (
        "3.1. Wspólna marka i sprzedaż",
        [
            "W 2024 r. z marki „Lubelska Malina” korzystało 9 członków. Pod wspólną marką sprzedano 3 400 ton owoców świeżych i mrożonych, o 12% więcej niż w 2023 r. Klaster wystawiał się na targach owocowo-warzywnych w Berlinie i w Madrycie, gdzie członkowie przeprowadzili łącznie 86 rozmów handlowych.",
        ],
    ),
    (
        "3.2. Szkolenia i doradztwo",
        [
            "Zorganizowano 12 szkoleń i warsztatów dla 318 uczestników, m.in. z ochrony plantacji przed przymrozkami i z nawadniania kroplowego. Tradycyjny Dzień Malinowego Pola odbył się 11 lipca 2024 r. w Kluczkowicach i zgromadził ok. 600 plantatorów.",
        ],
    ),
    (
        "3.3. Projekty",
        [
            "Klaster realizował projekt „Malina 2030 – wspólna linia sortowania i pakowania” o wartości 1,8 mln zł, współfinansowany ze środków programu Fundusze Europejskie dla Lubelskiego 2021–2027. Linię uruchomiono w listopadzie 2024 r. w Poniatowej, w zakładzie jednego z członków.",
        ],
    ),
    (
        "3.4. Współpraca z innymi klastrami",
        [
            "Współpraca z innymi klastrami jest jednym z celów Klastra. W 2024 r. Klaster współpracował z czterema partnerami.",
            "Z Klastrem Logistyki Chłodniczej „Zimny Łańcuch” z siedzibą w Łowiczu (woj. łódzkie), który skupia niemal 30 firm chłodniczych, przechowalniczych i transportowych, zorganizowano dwa próbne przewozy owoców mrożonych do Szwecji. Koordynatorem tego klastra jest Izba Gospodarcza Przechowalnictwa i Chłodnictwa.",
            "Nowym partnerem Klastra został Świętokrzyski Klaster Opakowań Ogrodniczych z siedzibą w Ćmielowie, koordynowany przez Gminę Ćmielów. Klaster ten działa od 2021 r.; tworzy go 12 firm, 2 szkoły branżowe oraz gmina Ćmielów. Wspólnie opracowano wzór kobiałki z tektury z recyklingu, która w sezonie 2025 zastąpi opakowania z tworzyw sztucznych.",
            "17 maja 2024 r., podczas konferencji jagodowej w Druskienikach, Klaster podpisał memorandum o współpracy z litewskim klastrem Pietų Lietuvos uogininkų klasteris (Klaster Plantatorów Jagód Południowej Litwy) z siedzibą w Olicie. Litewski klaster zrzesza ok. 40 plantatorów i dwie przetwórnie owoców; partnerzy planują wymianę doświadczeń w uprawie borówki i żurawiny.",
            "Kontynuowano również współpracę z ukraińskim klastrem Волинський ягідний кластер (Wołyński Klaster Jagodowy) z Łucka, liczącym ponad 60 członków. W październiku 2024 r. 14 plantatorów z Wołynia odbyło tygodniowy staż w gospodarstwach członków Klastra, a w grudniu przedstawiciele obu klastrów spotkali się w Chełmie.",
        ],
    ),
    (
        "3.5. Finanse",
        [
            "Przychody Klastra w 2024 r. wyniosły 412 600 zł, w tym składki członkowskie 58 800 zł i dotacje 297 300 zł. Koszty działalności biura Klastra wyniosły 96 450 zł.",
        ],
    ),
]

K01_CH4 = [
    "W 2025 r. Klaster zamierza złożyć wniosek o nadanie mu statusu Krajowego Klastra Kluczowego. Krajowy Klaster Kluczowy to status przyznawany przez ministra właściwego do spraw gospodarki, a nie odrębna organizacja; Klaster nie będzie z tego tytułu zawierać nowych umów.",
    "Rada Klastra planuje ponadto rozpoczęcie budowy wspólnej mroźni o pojemności 5 000 ton w Opolu Lubelskim oraz przyjęcie strategii na lata 2026–2030. Do końca 2025 r. Klaster chciałby liczyć 32 członków, przede wszystkim dzięki przystąpieniu przetwórców z powiatu kraśnickiego.",
    "W grudniu 2024 r. sześciu plantatorów z gminy Zakrzówek podpisało list intencyjny w sprawie utworzenia Klastra Borówki Wysokiej Ziemi Kraśnickiej. Nowa inicjatywa nie ma jeszcze umowy o współpracy ani koordynatora; Klaster zadeklarował jej wsparcie doradcze.",
]

K01_SIGN = "Sporządziła: Katarzyna Ziółek, menedżer Klastra. Sprawozdanie zatwierdzone przez Radę Klastra w dniu 18 marca 2025 r."


def make_k01(path: Path) -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        ListFlowable,
        ListItem,
        PageBreak,
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
    cellb = ParagraphStyle("cellb", fontName="DejaVuSans-Bold", fontSize=8, leading=10)
    h1 = ParagraphStyle(
        "h1",
        fontName="DejaVuSans-Bold",
        fontSize=13,
        leading=16,
        spaceBefore=8,
        spaceAfter=8,
        keepWithNext=1,
    )
    h2 = ParagraphStyle(
        "h2",
        fontName="DejaVuSans-Bold",
        fontSize=10,
        leading=13,
        spaceBefore=6,
        spaceAfter=4,
        keepWithNext=1,
    )
    title = ParagraphStyle(
        "title", fontName="DejaVuSans-Bold", fontSize=14, leading=20, alignment=TA_CENTER
    )
    centre = ParagraphStyle(
        "centre", fontName="DejaVuSans", fontSize=10, leading=14, alignment=TA_CENTER
    )

    def first_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVuSans", 7.5)
        canvas.drawCentredString(105 * mm, 12 * mm, "Klaster Owoców Miękkich „Lubelska Malina”")
        canvas.restoreState()

    def later_pages(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVuSans", 7.5)
        canvas.drawString(
            20 * mm,
            285 * mm,
            "Sprawozdanie z działalności Klastra „Lubelska Malina” za 2024 r.",
        )
        canvas.line(20 * mm, 283.5 * mm, 190 * mm, 283.5 * mm)
        canvas.drawCentredString(105 * mm, 12 * mm, f"– {doc.page} –")
        canvas.restoreState()

    def grid(data, widths, bold_last=False):
        rows = []
        for i, row in enumerate(data):
            bold = i == 0 or (bold_last and i == len(data) - 1)
            rows.append([Paragraph(c, cellb if bold else cell) for c in row])
        style = [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E4E4")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        if bold_last:
            style.append(("SPAN", (1, -1), (-1, -1)))
        t = Table(rows, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle(style))
        return t

    story = [Spacer(1, 50 * mm), Paragraph(K01_TITLE[0], centre), Spacer(1, 8 * mm)]
    story += [Paragraph(K01_TITLE[1], title), Spacer(1, 8 * mm)]
    story += [Paragraph(K01_TITLE[2], centre), Spacer(1, 60 * mm)]
    story += [Paragraph(K01_TITLE[3], centre), Spacer(1, 20 * mm)]
    story.append(Paragraph("Spis treści", h2))
    story += [Paragraph(t, body) for t in K01_CONTENTS]
    story.append(PageBreak())

    story.append(Paragraph("1. Informacje ogólne", h1))
    story += [Paragraph(t, body) for t in K01_CH1]
    story.append(Paragraph("Tabela 1. Podstawowe dane Klastra", h2))
    facts = Table(
        [[Paragraph(a, cellb), Paragraph(b, cell)] for a, b in K01_FACTS],
        colWidths=[50 * mm, 120 * mm],
    )
    facts.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story += [facts, Spacer(1, 6)]
    story.append(Paragraph("1.2. Cele Klastra", h2))
    story.append(Paragraph(K01_GOALS_INTRO, body))
    story.append(
        ListFlowable(
            [ListItem(Paragraph(g, body)) for g in K01_GOALS],
            bulletType="bullet",
            start="•",
            bulletFontName="DejaVuSans",
            leftIndent=12,
        )
    )
    story.append(Paragraph(K01_GOALS_AFTER, body))

    story.append(Paragraph("2. Członkowie", h1))
    story += [Paragraph(t, body) for t in K01_CH2]
    story.append(Paragraph("Tabela 2. Członkowie Klastra (stan na 31.12.2024 r.)", h2))
    story.append(grid(K01_MEMBERS, [10 * mm, 72 * mm, 30 * mm, 36 * mm, 22 * mm], bold_last=True))
    story.append(Spacer(1, 6))
    story.append(Paragraph(K01_AFTER_MEMBERS, body))
    story.append(Paragraph("Tabela 3. Członkowie przyjęci w 2024 r.", h2))
    story.append(grid(K01_NEW, [10 * mm, 80 * mm, 30 * mm, 50 * mm]))

    story.append(Paragraph("3. Działania w 2024 r.", h1))
    for head, paras in K01_CH3:
        story.append(Paragraph(head, h2))
        story += [Paragraph(t, body) for t in paras]

    story.append(Paragraph("4. Plany na 2025 r.", h1))
    story += [Paragraph(t, body) for t in K01_CH4]
    story += [Spacer(1, 10), Paragraph(K01_SIGN, body)]

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title="Sprawozdanie z działalności Klastra „Lubelska Malina” za rok 2024",
        author="Nadwiślańska Agencja Rozwoju sp. z o.o.",
        creator="heldout28",
        producer="heldout28",
        subject="",
    )
    doc.build(story, onFirstPage=first_page, onLaterPages=later_pages)
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------
# k02 – DOCX: notice of the choice of the best offer + annex (kujawsko-pomorskie)
# ---------------------------------------------------------------------------

K02_LETTERHEAD = [
    "Toruńska Agencja Transferu Technologii sp. z o.o.",
    "ul. Szosa Lubicka 141, 87-100 Toruń · tel. 56 622 18 40 · NIP 879-27-51-604",
    "Koordynator Klastra Technologii Wodnych „Aquatorium”",
]

K02_SUBJECT = "Dotyczy: zapytania ofertowego nr 3/2024 z dnia 19 września 2024 r. na dostawę i uruchomienie mobilnego laboratorium do badania jakości wód powierzchniowych (kod CPV 38430000-8), w ramach projektu „Wody Północy – wspólna sieć monitoringu jakości wód”, współfinansowanego ze środków programu Fundusze Europejskie dla Kujaw i Pomorza 2021–2027."

K02_INTRO = "Toruńska Agencja Transferu Technologii sp. z o.o., działająca jako koordynator Klastra Technologii Wodnych „Aquatorium” w imieniu i na rzecz jego członków, na podstawie pełnomocnictwa udzielonego uchwałą nr 5/2024 Rady Klastra z dnia 11 marca 2024 r. (dalej: Zamawiający), informuje, że w postępowaniu prowadzonym zgodnie z zasadą konkurencyjności w terminie wpłynęły 4 oferty."

K02_SECTIONS = [
    (
        "I. Informacja o Zamawiającym",
        [
            "Klaster Technologii Wodnych „Aquatorium” działa od 2017 r. na podstawie umowy konsorcjum zawartej przez przedsiębiorstwa wodociągowe, firmy inżynierskie i uczelnie z województwa kujawsko-pomorskiego. Klaster zrzesza obecnie 23 członków, w tym 17 przedsiębiorstw; biuro klastra mieści się w Toruniu, w siedzibie koordynatora. Celem klastra, określonym w § 2 umowy konsorcjum, jest opracowywanie i wdrażanie technologii monitoringu jakości wód oraz wspólna obsługa badawcza członków.",
            "Przedmiot zamówienia zostanie udostępniony wszystkim członkom klastra na zasadach określonych w Regulaminie korzystania z infrastruktury badawczej klastra.",
        ],
    ),
    (
        "II. Zestawienie złożonych ofert",
        [
            "Oferty oceniono według kryteriów: cena brutto – 80 pkt, okres gwarancji – 20 pkt (maksymalnie 60 miesięcy).",
        ],
    ),
]

K02_OFFERS = [
    [
        "Nr oferty",
        "Wykonawca",
        "Cena brutto (zł)",
        "Gwarancja",
        "Pkt – cena",
        "Pkt – gwarancja",
        "Razem",
    ],
    [
        "1",
        "HydroLab Systems sp. z o.o., ul. Grunwaldzka 415, 80-309 Gdańsk",
        "1 284 270,00",
        "36 mies.",
        "74,12",
        "12,00",
        "86,12",
    ],
    [
        "2",
        "AquaCluster Instruments sp. z o.o., ul. Kapitańska 12, 85-792 Bydgoszcz",
        "1 189 950,00",
        "48 mies.",
        "80,00",
        "16,00",
        "96,00",
    ],
    [
        "3",
        "Ekotest Aparatura Pomiarowa s.c. M. Nowak, J. Nowak, ul. Solankowa 8, 88-100 Inowrocław",
        "1 402 000,00",
        "60 mies.",
        "67,90",
        "20,00",
        "87,90",
    ],
    [
        "4",
        "Pracownia Analiz Hydrochemicznych „Limnos” sp. z o.o., ul. Żołnierska 50, 10-560 Olsztyn",
        "1 156 800,00",
        "36 mies.",
        "–",
        "–",
        "oferta odrzucona",
    ],
]

K02_AFTER = [
    (
        "III. Wybór najkorzystniejszej oferty",
        [
            "Jako najkorzystniejszą wybrano ofertę nr 2, złożoną przez AquaCluster Instruments sp. z o.o. z siedzibą w Bydgoszczy, która uzyskała 96,00 pkt. Wykonawca spełnia warunki udziału w postępowaniu, a jego oferta jest zgodna z opisem przedmiotu zamówienia.",
        ],
    ),
    (
        "IV. Oferty odrzucone",
        [
            "Oferta nr 4, złożona przez Pracownię Analiz Hydrochemicznych „Limnos” sp. z o.o. z Olsztyna, została odrzucona, ponieważ zaoferowany spektrofotometr nie spełnia minimalnych wymagań określonych w pkt 3.2 zapytania ofertowego.",
        ],
    ),
    (
        "V. Zawarcie umowy",
        [
            "Umowa z wybranym Wykonawcą zostanie zawarta nie wcześniej niż 29 października 2024 r. Niniejsze zawiadomienie zamieszczono w Bazie Konkurencyjności oraz na stronie internetowej klastra www.aquatorium.org.pl (zakładka „Zamówienia”).",
        ],
    ),
]

K02_SIGN = [
    "Prezes Zarządu",
    "dr inż. Marek Zalewski",
    "(podpisano kwalifikowanym podpisem elektronicznym)",
]

K02_ATTACH = [
    "Załączniki:",
    "1. Protokół z oceny ofert.",
    "2. Wykaz klastrów – partnerów projektu.",
    "Sprawę prowadzi: Joanna Kruk, tel. 56 622 18 47, e-mail: zamowienia@tatt-torun.pl",
]

K02_ANNEX_HEAD = [
    "Załącznik nr 2 do zawiadomienia z dnia 22 października 2024 r. (znak sprawy: AQ/ZO/3/2024)",
    "WYKAZ KLASTRÓW – PARTNERÓW PROJEKTU „WODY PÓŁNOCY – WSPÓLNA SIEĆ MONITORINGU JAKOŚCI WÓD”",
]

K02_ANNEX_INTRO = "Projekt jest realizowany na podstawie umowy partnerskiej z dnia 8 stycznia 2024 r. przez pięć inicjatyw klastrowych z pięciu województw. Łącznie klastry te zrzeszają ok. 120 podmiotów. Laboratorium mobilne będzie wykorzystywane przez wszystkich partnerów według harmonogramu ustalonego przez komitet sterujący projektu."

K02_ANNEX = [
    ["Lp.", "Nazwa klastra", "Koordynator", "Województwo", "Liczba członków"],
    [
        "1.",
        "Klaster Technologii Wodnych „Aquatorium” (lider projektu)",
        "Toruńska Agencja Transferu Technologii sp. z o.o.",
        "kujawsko-pomorskie",
        "23",
    ],
    [
        "2.",
        "Klaster Oczyszczalni Przydomowych „Kaszubska Kropla”",
        "Stowarzyszenie Gmin Kaszubskich „Wspólna Woda”",
        "pomorskie",
        "ok. 35",
    ],
    [
        "3.",
        "Warmiński Klaster Hydroinżynierii",
        "Fundacja Wód Śródlądowych",
        "warmińsko-mazurskie",
        "18",
    ],
    [
        "4.",
        "Klaster Małej Retencji i Hydroenergetyki „Czarnkowskie Łęgi”",
        "Gmina Miejska Czarnków",
        "wielkopolskie",
        "22 (w tym 3 uczelnie)",
    ],
    [
        "5.",
        "Klaster Technologii Membranowych „Permeat”",
        "Centrum Badań Membranowych sp. z o.o.",
        "mazowieckie",
        "b.d.",
    ],
]

K02_ANNEX_AFTER = [
    "Klaster Wód Geotermalnych Kujaw – inicjatywa przedsiębiorców z Ciechocinka, która w marcu 2024 r. podpisała list intencyjny w sprawie przystąpienia do projektu – nie jest stroną umowy partnerskiej. Do dnia sporządzenia wykazu inicjatywa nie zawarła umowy o współpracy ani nie wybrała koordynatora.",
    "Źródło: dane przekazane przez koordynatorów klastrów (stan na 30 września 2024 r.).",
]


def make_k02(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    cp = doc.core_properties
    fixed = datetime(2024, 10, 22, 10, 0, 0)
    cp.author = "Joanna Kruk"
    cp.last_modified_by = "Joanna Kruk"
    cp.title = "Zawiadomienie o wyborze najkorzystniejszej oferty – zapytanie 3/2024"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3

    header = doc.sections[0].header.paragraphs[0]
    header.text = "Projekt „Wody Północy – wspólna sieć monitoringu jakości wód” · Fundusze Europejskie dla Kujaw i Pomorza 2021–2027"
    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = "Klaster Technologii Wodnych „Aquatorium” · www.aquatorium.org.pl"

    p = doc.add_paragraph()
    p.add_run(K02_LETTERHEAD[0]).bold = True
    p.add_run("\n" + K02_LETTERHEAD[1] + "\n" + K02_LETTERHEAD[2])
    p = doc.add_paragraph("Toruń, 22 października 2024 r.")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Znak sprawy: AQ/ZO/3/2024")
    p = doc.add_paragraph("Do wszystkich Wykonawców biorących udział w postępowaniu")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("ZAWIADOMIENIE O WYBORZE NAJKORZYSTNIEJSZEJ OFERTY").bold = True
    p = doc.add_paragraph()
    p.add_run(K02_SUBJECT).italic = True
    doc.add_paragraph(K02_INTRO)

    def heading(text: str) -> None:
        q = doc.add_paragraph()
        q.add_run(text).bold = True

    def table(rows: list[list[str]]) -> None:
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                c = t.cell(i, j)
                c.text = val
                if i == 0:
                    for r in c.paragraphs[0].runs:
                        r.bold = True

    for head, paras in K02_SECTIONS:
        heading(head)
        for t in paras:
            doc.add_paragraph(t)
    table(K02_OFFERS)
    for head, paras in K02_AFTER:
        heading(head)
        for t in paras:
            doc.add_paragraph(t)
    p = doc.add_paragraph("\n".join(K02_SIGN))
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for t in K02_ATTACH:
        doc.add_paragraph(t)

    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p = doc.add_paragraph(K02_ANNEX_HEAD[0])
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(K02_ANNEX_HEAD[1]).bold = True
    doc.add_paragraph(K02_ANNEX_INTRO)
    table(K02_ANNEX)
    for t in K02_ANNEX_AFTER:
        doc.add_paragraph(t)

    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 10, 22, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# k03 – HTML: regional business portal's directory page (lubuskie)
# ---------------------------------------------------------------------------

K03_HTML = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<title>Klastry – Katalog instytucji otoczenia biznesu | Lubuski Portal Gospodarczy</title>
<meta name="description" content="Katalog klastrów i inicjatyw klastrowych w województwie lubuskim.">
<link rel="stylesheet" href="/assets/css/portal.css">
<script src="/assets/js/cookies.js" defer></script>
</head>
<body>
<header class="top">
<a class="logo" href="/"><img src="/assets/img/logo-lpg.svg" alt="Lubuski Portal Gospodarczy"></a>
<nav>
<ul>
<li><a href="/aktualnosci/">Aktualności</a></li>
<li><a href="/katalog/" class="active">Katalog</a></li>
<li><a href="/dotacje/">Dotacje</a></li>
<li><a href="/wydarzenia/">Wydarzenia</a></li>
<li><a href="/kontakt/">Kontakt</a></li>
</ul>
</nav>
</header>
<main>
<p class="breadcrumbs"><a href="/">Start</a> &rsaquo; <a href="/katalog/">Katalog</a> &rsaquo; <a href="/katalog/iob/">Instytucje otoczenia biznesu</a> &rsaquo; Klastry</p>
<h1>Klastry w województwie lubuskim</h1>
<p class="lead">Według danych zebranych przez redakcję w regionie działa 14 inicjatyw klastrowych, które zrzeszają ponad 500 firm, uczelni, samorządów i instytucji. Poniżej prezentujemy klastry, których koordynatorzy zgłosili wpis do katalogu. Dane aktualizujemy raz na kwartał &ndash; ostatnia aktualizacja: 15 listopada 2024&nbsp;r.</p>

<table class="katalog">
<caption>Klastry wpisane do katalogu</caption>
<thead>
<tr><th>Nazwa klastra</th><th>Branża</th><th>Siedziba</th><th>Liczba członków</th><th>Strona www</th></tr>
</thead>
<tbody>
<tr><td><a href="#warta-auto">Klaster Warta-Auto</a></td><td>motoryzacja</td><td>Gorzów Wlkp.</td><td>41</td><td><a href="https://www.warta-auto.pl/klaster/">warta-auto.pl</a></td></tr>
<tr><td><a href="#lklt">Lubuski Klaster Logistyki Transgranicznej</a></td><td>transport, spedycja, logistyka</td><td>Słubice</td><td>ponad 25</td><td><a href="https://www.lklt.eu/">strona klastra</a></td></tr>
<tr><td><a href="#sker">Sulechowski Klaster Energii Rozproszonej</a></td><td>energetyka, OZE</td><td>Sulechów</td><td>14</td><td><a href="https://ker-sulechow.pl/">ker-sulechow.pl</a></td></tr>
<tr><td><a href="#tekstyl">Łużycki Klaster Tekstylny</a></td><td>włókiennictwo, odzież</td><td>Żary</td><td>21</td><td><a href="https://luzycki-tekstyl.pl/">www.luzycki-tekstyl.pl</a></td></tr>
<tr><td>Klaster Turystyki Aktywnej &bdquo;Łagowskie Jeziora&rdquo;</td><td>turystyka</td><td>Łagów</td><td>16</td><td><a href="http://www.lagowskie-jeziora.pl">lagowskie-jeziora.pl</a></td></tr>
</tbody>
</table>
<p class="przypis">Liczba członków według deklaracji koordynatorów.</p>

<h2>Szczegóły</h2>

<div class="klaster" id="warta-auto">
<h3>Klaster Warta-Auto</h3>
<p>Klaster producentów części i podzespołów samochodowych z Gorzowa Wielkopolskiego i okolic. Zaczynał w 2013&nbsp;r. jako porozumienie 12 firm; od 2018&nbsp;r. działa w formie stowarzyszenia &ndash; Stowarzyszenie &bdquo;Klaster Warta-Auto&rdquo; samo prowadzi sprawy klastra i nie ma odrębnego koordynatora. Zrzesza 38 przedsiębiorstw, dwa technika oraz Akademię Nadwarciańską.</p>
<p>Do celów statutowych stowarzyszenia należą wspólne prace badawczo-rozwojowe w zakresie elektromobilności, kształcenie kadr dla przemysłu motoryzacyjnego oraz pozyskiwanie zamówień od producentów samochodów z Niemiec.</p>
<ul class="dane">
<li>Biuro: ul. Przemysłowa 40, 66-400 Gorzów Wlkp.</li>
<li>Zatrudnienie u członków: ok. 5&nbsp;200 osób</li>
<li>Strona: <a href="https://www.warta-auto.pl/klaster/">warta-auto.pl/klaster</a></li>
</ul>
</div>

<div class="klaster" id="lklt">
<h3>Lubuski Klaster Logistyki Transgranicznej (LKLT)</h3>
<p>Klaster działa od 2015&nbsp;r. na podstawie umowy o współpracy. Skupia ponad 25 firm transportowych, spedycyjnych i magazynowych ze Słubic, Rzepina i Kostrzyna nad Odrą. Koordynatorem jest Nadodrzańskie Centrum Logistyki sp. z o.o. z siedzibą w Świecku.</p>
<p>Cele klastra:</p>
<ul>
<li>usprawnienie przewozów towarowych przez przejście graniczne w Świecku,</li>
<li>wspólne szkolenia kierowców i spedytorów,</li>
<li>promocja regionu jako zaplecza logistycznego aglomeracji berlińskiej.</li>
</ul>
<p><a href="https://www.lklt.eu/">Strona klastra</a> &middot; <a href="https://www.nadodrzanskie-cl.pl/">Strona koordynatora</a></p>
</div>

<div class="klaster" id="sker">
<h3>Sulechowski Klaster Energii Rozproszonej</h3>
<p>Klaster energii utworzony w 2019&nbsp;r. porozumieniem 9 podmiotów. Koordynatorem jest Gmina Sulechów. Obecnie klaster liczy 14 członków: gminę, 4 spółdzielnie mieszkaniowe, 6 przedsiębiorstw i 3 gospodarstwa rolne z biogazowniami. W 2020&nbsp;r. klaster otrzymał certyfikat klastra energii.</p>
<p>Klaster ma jeden cel: pokrycie potrzeb energetycznych członków energią z lokalnych źródeł odnawialnych.</p>
</div>

<div class="klaster" id="tekstyl">
<h3>Łużycki Klaster Tekstylny sp. z o.o.</h3>
<p>Spółkę założyło w 2017&nbsp;r. siedem zakładów włókienniczych z Żar i Lubska; spółka zarządza klastrem samodzielnie. Klaster skupia 19 firm, szkołę branżową i Gminę Miejską Żary. Członkowie produkują tkaniny techniczne, odzież ochronną i pościel hotelową.</p>
<address>ul. Okrzei 31, 68-200 Żary &middot; tel. 68 470 22 15 &middot; <a href="https://luzycki-tekstyl.pl/">www.luzycki-tekstyl.pl</a></address>
</div>

<div class="klaster" id="obra">
<h3>Klaster Rybacki &bdquo;Obrzańskie Stawy&rdquo;</h3>
<p class="nowosc">Nowość w katalogu &ndash; klaster pojawi się w tabeli po najbliższej aktualizacji.</p>
<p>Porozumienie klastrowe zawarto w 2022&nbsp;r. Klaster skupia blisko 20 gospodarstw rybackich z okolic Międzyrzecza, Trzciela i Skwierzyny. Biuro klastra działa w Międzyrzeczu, a koordynatorem jest Fundacja &bdquo;Złoty Lin&rdquo; z Pszczewa.</p>
<p>Celem klastra jest wspólna sprzedaż ryb słodkowodnych pod marką &bdquo;Karp znad Obry&rdquo; oraz odbudowa zaniedbanych stawów.</p>
<p><a href="https://www.zlotylin.org.pl/klaster">Strona klastra</a></p>
</div>

<aside class="reklama">
<p class="etykieta">REKLAMA</p>
<p><strong>Osiedle Klaster Park</strong> w Zielonej Górze &ndash; mieszkania od 7&nbsp;200 zł/m². <a href="https://www.klasterpark-zg.pl">Sprawdź ofertę</a></p>
</aside>

<aside class="zobacz">
<h2>Zobacz także</h2>
<ul>
<li><a href="/katalog/iob/inkubatory/">Inkubatory przedsiębiorczości</a></li>
<li><a href="/katalog/iob/parki/">Parki naukowo-technologiczne</a></li>
<li><a href="/katalog/iob/fundusze/">Fundusze pożyczkowe</a></li>
</ul>
</aside>
</main>
<footer>
<p>Lubuski Portal Gospodarczy &middot; ul. Sikorskiego 12, 65-454 Zielona Góra &middot; redakcja@lubuskiportal.pl &middot; <a href="https://www.lubuskiportal.pl">www.lubuskiportal.pl</a></p>
<p>Realizacja: WebOdra Studio &ndash; <a href="https://www.webodra.pl">www.webodra.pl</a></p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# k04 – TXT (UTF-8, pdftotext -layout): RIS annex with a list of clusters (opolskie)
# ---------------------------------------------------------------------------

K04_HEADER = "          Załącznik nr 3 do RIS Województwa Opolskiego do 2030 r. – Wykaz inicjatyw klastrowych"
K04_WIDTHS = [6, 28, 30, 14, 15, 16, 6]
K04_TABLE_HEAD = [
    ["Lp."],
    ["Nazwa inicjatywy"],
    ["Koordynator"],
    ["Siedziba"],
    ["Liczba", "członków"],
    ["Forma"],
    ["Rok"],
]
K04_ROWS_P1 = [
    [
        ["1."],
        ["Klaster Przemysłu", "Wapienniczego „Góra", "Świętej Anny”"],
        ["Stowarzyszenie Przedsię-", "biorców Ziemi Strzeleckiej"],
        ["Strzelce", "Opolskie"],
        ["27"],
        ["porozumienie"],
        ["2015"],
    ],
    [
        ["2."],
        ["Nyski Klaster Mechaniki", "Lotniczej"],
        ["Stowarzyszenie „Nyski", "Klaster Mechaniki", "Lotniczej”"],
        ["Nysa"],
        ["ponad 30"],
        ["stowarzyszenie"],
        ["2012¹"],
    ],
    [
        ["3."],
        ["Klaster Chemii Stosowanej", "„Odra-Chem”"],
        ["Kędzierzyński Park Techno-", "logii Chemicznych", "sp. z o.o."],
        ["Kędzierzyn-", "Koźle"],
        ["16 (12 firm,", "3 uczelnie", "i gmina)"],
        ["umowa", "konsorcjum"],
        ["2019"],
    ],
]
K04_ROWS_P2 = [
    [
        ["4."],
        ["Klaster Energii „Biała", "Prudnicka”"],
        ["Gmina Biała"],
        ["Biała"],
        ["11"],
        ["porozumienie"],
        ["2018"],
    ],
    [
        ["5."],
        ["Klaster Cyfrowy", "Opolszczyzny"],
        ["– (spółka)"],
        ["Opole"],
        ["33²"],
        ["spółka z o.o.³"],
        ["2020"],
    ],
    [
        ["6."],
        ["Klaster Rolno-Spożywczy", "„Złoty Kłos”"],
        ["Opolska Izba", "Rolno-Spożywcza"],
        ["Głogówek"],
        ["ok. 45"],
        ["umowa", "o współpracy"],
        ["b.d."],
    ],
    [[""], ["Razem"], [""], [""], ["ok. 162"], [""], [""]],
]


def layout_row(cells: list[list[str]], widths: list[int]) -> list[str]:
    n = max(len(c) for c in cells)
    lines = []
    for i in range(n):
        parts = [(c[i] if i < len(c) else "").ljust(w) for c, w in zip(cells, widths, strict=True)]
        lines.append((" " + "".join(parts)).rstrip())
    return lines


def k04_table(rows: list[list[list[str]]]) -> str:
    out = layout_row(K04_TABLE_HEAD, K04_WIDTHS)
    for row in rows:
        out.append("")
        out += layout_row(row, K04_WIDTHS)
    return "\n".join(out)


K04_PAGES = [
    """                       WYKAZ INICJATYW KLASTROWYCH W WOJEWÓDZTWIE OPOLSKIM
                                  (stan na 30 czerwca 2024 r.)

1. Zakres wykazu

Wykaz opracowano na podstawie ankiety skierowanej do koordynatorów inicjatyw
klastrowych w ramach procesu przedsiębiorczego odkrywania. Ujęto w nim inicjaty-
wy, które przekazały dane do 30 czerwca 2024 r.; łącznie zrzeszają one ok. 160
podmiotów. Kolejność według daty wpływu ankiety. Wykaz nie przesądza o zgodności
działalności klastrów z inteligentnymi specjalizacjami regionu.

Tabela 1. Inicjatywy klastrowe w województwie opolskim

"""
    + k04_table(K04_ROWS_P1)
    + "\n",
    """Tabela 1. Inicjatywy klastrowe w województwie opolskim (cd.)

"""
    + k04_table(K04_ROWS_P2)
    + """

¹ Porozumienie o współpracy zawarto w 2012 r.; stowarzyszenie zarejestrowano w KRS
  w 2016 r. Stowarzyszenie samo prowadzi sprawy klastra.
² W tym 4 członków spoza województwa opolskiego (z Wrocławia i Katowic).
³ Klaster prowadzi spółka Klaster Cyfrowy Opolszczyzny sp. z o.o., której udzia-
  łowcami są członkowie klastra.
b.d. – brak danych.

Źródło: ankieta RIS 2024, Departament Koordynacji Polityki Innowacyjnej.
""",
    """2. Powiązanie inicjatyw z inteligentnymi specjalizacjami regionu

 Inicjatywa                                   Inteligentna specjalizacja
 Klaster Przemysłu Wapienniczego „Góra Świę-  IS 3. Surowce mineralne i budownictwo
 tej Anny”
 Nyski Klaster Mechaniki Lotniczej            IS 2. Przemysł maszynowy i metalowy
 Klaster Chemii Stosowanej „Odra-Chem”        IS 1. Chemia i nowe materiały
 Klaster Energii „Biała Prudnicka”            IS 4. Energetyka rozproszona
 Klaster Cyfrowy Opolszczyzny                 IS 6. Technologie informacyjne
 Klaster Rolno-Spożywczy „Złoty Kłos”         IS 5. Żywność wysokiej jakości

3. Uwagi

Klaster Chemii Stosowanej „Odra-Chem” oraz Nyski Klaster Mechaniki Lotniczej
zadeklarowały zamiar ubiegania się o status Krajowego Klastra Kluczowego
w naborze ogłoszonym w 2025 r.

W wykazie nie ujęto trzech klastrów energii, które nie odpowiedziały na ankietę,
ani Opolskiej Sieci Transferu Technologii, która jest siecią ośrodków innowacji,
a nie inicjatywą klastrową.
""",
]


def pdftext(pages: list[str], header: str, first: int, footer: str | None = None) -> str:
    out = []
    for i, page in enumerate(pages):
        num = first + i
        lines = [header, ""]
        lines += page.rstrip("\n").split("\n")
        lines += ["", f"{footer} {num:>60}" if footer else f"{num:>86}"]
        out.append("\n".join(lines) + "\n")
    return "\f".join(out)


# ---------------------------------------------------------------------------
# k05 – TXT (cp1250, CRLF): three press releases (świętokrzyskie, mazowieckie,
# podkarpackie, CZ)
# ---------------------------------------------------------------------------

K05_CONTACT = """Kontakt dla mediów:
Marta Lis
Agencja Komunikacji „Kwadrans” sp. z o.o.
ul. Sienkiewicza 53, 25-002 Kielce
tel. 601 248 375
e-mail: marta.lis@kwadrans-pr.pl
www.kwadrans-pr.pl"""

K05_RELEASES = [
    """KOMUNIKAT PRASOWY

Kielce, 12 marca 2024 r.

KAMIEŃ Z GÓR ŚWIĘTOKRZYSKICH I PIASKOWIEC Z SZYDŁOWCA RAZEM NA RYNKU SKANDYNAWSKIM

Klaster Kamienia Naturalnego „Kadzielnia”, zrzeszający 34 firmy wydobywcze i kamieniarskie z Kielc, Chęcin i Morawicy, podpisał porozumienie o współpracy z Szydłowieckim Klastrem Piaskowca. Oba klastry wspólnie zaprezentują swoją ofertę na targach budowlanych w Göteborgu i będą razem ubiegać się o zamówienia na elementy małej architektury w Norwegii i Szwecji.

Porozumienie podpisali 11 marca w Kielcach przedstawiciele koordynatorów obu inicjatyw. Kamieniarze liczą, że wspólna oferta wapienia, marmuru chęcińskiego i piaskowca pozwoli im startować w przetargach, które dotąd były poza zasięgiem pojedynczych zakładów.

– Zaczynaliśmy w 2015 roku w dziewięć firm, które łączyło przede wszystkim sąsiedztwo kamieniołomów. Dziś nasze zakłady wysyłają kamień do dwunastu krajów, a Skandynawia jest dla nas naturalnym kierunkiem, bo tam ceni się trwałe materiały – mówi Tomasz Gawlik, menedżer Klastra „Kadzielnia”.

Szydłowiecki Klaster Piaskowca skupia niemal 20 zakładów wydobywczych i kamieniarskich z powiatu szydłowieckiego w województwie mazowieckim. Jego koordynatorem jest Gmina Szydłowiec.

– Piaskowiec szydłowiecki i wapienie z okolic Kielc świetnie się uzupełniają. Skandynawscy architekci chcą kupować u jednego dostawcy kompletne zestawy: płyty, krawężniki, ławki i elementy fontann – podkreśla Ewa Sobczyk, która koordynuje prace klastra w Urzędzie Miejskim w Szydłowcu.

W ramach porozumienia klastry przygotują wspólny katalog eksportowy w trzech językach, a w maju zorganizują w Szydłowcu warsztaty dla 40 projektantów z Norwegii.

O Klastrze Kamienia Naturalnego „Kadzielnia”
Klaster działa od 2015 r. na podstawie porozumienia o współpracy. Jego koordynatorem jest Kielecka Izba Kamieniarstwa i Budownictwa, a biuro klastra mieści się w Chęcinach, przy ul. Kamieniarskiej 4. Klaster zrzesza 34 przedsiębiorstwa branży wydobycia i obróbki kamienia, które zatrudniają ok. 1 900 osób. Celem klastra jest zwiększenie eksportu wyrobów kamieniarskich, wspólny zakup maszyn i narzędzi diamentowych oraz kształcenie młodych kamieniarzy. Więcej informacji: www.klaster-kadzielnia.pl
""",
    """KOMUNIKAT PRASOWY

Starachowice, 4 kwietnia 2024 r.

W WĄCHOCKU POWSTANIE TOR TESTOWY DLA WOZÓW STRAŻACKICH. KLASTER ZE STARACHOWIC INWESTUJE 14 MLN ZŁ

Klaster Zabudów Pożarniczych i Ratowniczych (KZPR) rozpoczyna budowę hali i toru testowego w Wąchocku. Inwestycja o wartości 14 mln zł pozwoli firmom członkowskim samodzielnie badać zabudowy wozów strażackich i pojazdów ratowniczych, które dziś muszą być wysyłane na próby za granicę.

Hala o powierzchni 2 400 m kw. i tor o długości 800 m powstaną na terenie strefy przemysłowej w Wąchocku. Zakończenie prac zaplanowano na wiosnę 2025 r.

– Każdy wóz, który wyjeżdża z naszych zakładów, przechodzi kilkadziesiąt prób: szczelności zbiorników, stateczności na przechyle, hamowania z pełnym ładunkiem wody. Dziś część z nich wykonujemy w Niemczech. Po otwarciu toru w Wąchocku zostaną one u nas – mówi Robert Kalita, prezes zarządu spółki Klaster Zabudów Pożarniczych i Ratowniczych sp. z o.o.

W tym roku do klastra przystąpiły trzy nowe firmy, w tym producent hydrauliki siłowej z Mielca. Klaster podpisał też list intencyjny z Mieleckim Klastrem Naczep i Przyczep z siedzibą w Mielcu (woj. podkarpackie), który skupia ok. 15 producentów i dostawców podzespołów. Z toru testowego będą mogli korzystać również członkowie mieleckiego klastra.

– Nasze naczepy do przewozu sprzętu ratowniczego trafiają często do tych samych odbiorców co zabudowy ze Starachowic. Wspólne testy to dla nas oszczędność czasu i pieniędzy – dodaje Paweł Ryba, przewodniczący rady Mieleckiego Klastra Naczep i Przyczep.

O Klastrze Zabudów Pożarniczych i Ratowniczych
Klaster powstał w 2018 r. na mocy porozumienia 11 producentów zabudów specjalnych. Od 2020 r. sprawy klastra prowadzi spółka Klaster Zabudów Pożarniczych i Ratowniczych sp. z o.o. z siedzibą w Starachowicach. Klaster liczy 22 członków: 19 przedsiębiorstw, Centrum Kształcenia Zawodowego w Starachowicach oraz gminy Starachowice i Wąchock; 14 firm jest udziałowcami spółki. Cele klastra:
– rozwój wspólnych konstrukcji zabudów pożarniczych i ratowniczych,
– testowanie i certyfikacja pojazdów w kraju,
– wspólna sprzedaż pojazdów jednostkom straży pożarnej w Polsce i za granicą.
www.kzpr.com.pl
""",
    """KOMUNIKAT PRASOWY

Ostrowiec Świętokrzyski, 5 czerwca 2024 r.

ODLEWNIKÓW BĘDĄ KSZTAŁCIĆ RAZEM. KLASTRY Z OSTROWCA I OSTRAWY PODPISAŁY UMOWĘ O STAŻACH

Ostrowiecki Klaster Odlewnictwa i Kuźnictwa oraz czeski Moravskoslezský slévárenský klastr uruchamiają wspólny program stażowy dla uczniów szkół technicznych i młodych technologów. Już we wrześniu 24 uczniów z Ostrowca Świętokrzyskiego i Starachowic spędzi dwa tygodnie w odlewniach w Ostrawie i we Frydku-Mistku.

Umowę podpisano 4 czerwca w Ostrowcu Świętokrzyskim, podczas Forum Odlewnictwa Świętokrzyskiego. W przyszłym roku czeskich stażystów przyjmą zakłady członkowskie polskiego klastra.

– Odlewnictwu brakuje ludzi. Średni wiek modelarza w naszych zakładach przekracza 50 lat, a technikum odlewnicze w regionie zamknięto kilkanaście lat temu. Staże u Czechów, którzy mają podobne problemy, ale też ciekawe rozwiązania, to dla naszych uczniów szansa, żeby zobaczyć nowoczesną odlewnię od środka – mówi Grzegorz Małek, prezes zarządu fundacji prowadzącej klaster.

Moravskoslezský slévárenský klastr (Morawsko-Śląski Klaster Odlewnictwa) z Ostrawy zrzesza blisko 50 odlewni i firm współpracujących.

– Polscy partnerzy mają świetnie zorganizowane szkolnictwo branżowe, my możemy zaoferować doświadczenie z automatyzacji formowania – mówi Lukáš Vaněk, dyrektor czeskiego klastra.

O Ostrowieckim Klastrze Odlewnictwa i Kuźnictwa
Klaster zawiązało w 2016 r. umową o współpracy osiem odlewni i kuźni z Ostrowca Świętokrzyskiego i okolic. W 2021 r. członkowie powołali Fundację „Ostrowiecki Klaster Odlewnictwa i Kuźnictwa” z siedzibą w Ostrowcu Świętokrzyskim, która od tego czasu sama prowadzi sprawy klastra. Klaster skupia ponad 20 odlewni, kuźni, modelarni i zakładów obróbki mechanicznej, zatrudniających łącznie ok. 3 100 osób. Do celów statutowych fundacji należą:
– kształcenie technologów odlewnictwa i kuźnictwa,
– wspólne badania nad recyklingiem piasków formierskich,
– promocja zawodów odlewniczych wśród młodzieży.
www.okok-ostrowiec.pl
""",
]


def k05_text() -> str:
    parts = [r.rstrip("\n") + "\n\n" + K05_CONTACT + "\n\n###\n" for r in K05_RELEASES]
    return "\n\n".join(parts)


def main() -> None:
    make_k01(HERE / "k01_sprawozdanie_klaster_lubelska_malina_2024.pdf")
    make_k02(HERE / "k02_zawiadomienie_wybor_oferty_klaster_aquatorium.docx")
    (HERE / "k03_katalog_klastrow_portal_lubuski.html").write_bytes(K03_HTML.encode("utf-8"))
    (HERE / "k04_ris_opolskie_zalacznik3_klastry.txt").write_bytes(
        pdftext(K04_PAGES, K04_HEADER, 86).encode("utf-8")
    )
    (HERE / "k05_komunikaty_prasowe_klastry_cp1250.txt").write_bytes(
        k05_text().replace("\n", "\r\n").encode("cp1250")
    )


if __name__ == "__main__":
    main()
