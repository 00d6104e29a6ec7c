# ruff: noqa: E501
"""Generate the heldout33 documents (deterministic; all text lives here).

Run from the repository root:
    .venv/bin/python tests/cases/heldout33/make_documents.py
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

R01_NAME = "r01_program_forum_klastrow_pomorza_srodkowego_slupsk.pdf"
R02_NAME = "r02_bip_nabor_partnerow_klaster_energii_trzcianka.html"
R03_NAME = "r03_raport_badanie_ankietowe_klastrow_podlaskie_2024.docx"
R04_NAME = "r04_blog_menedzera_klastra_oslawa_zagorz_utf8.txt"
R05_NAME = "r05_lista_oznaczen_ecei_klastry_mazowsze_2024.pdf"


def register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Oblique", str(FONT_DIR / "DejaVuSans-Oblique.ttf")))


# ---------------------------------------------------------------------------
# r01 – PDF: conference programme of a regional cluster forum (pomorskie)
# ---------------------------------------------------------------------------

R01_TOPLINE = "Środkowopomorska Agencja Wspierania Przedsiębiorczości S.A.  ·  VI edycja"
R01_TITLE = "VI FORUM KLASTRÓW POMORZA ŚRODKOWEGO"
R01_SUBTITLE = "„Razem pod wiatr” · Słupsk, 17–18 października 2024 r."
R01_INFO = [
    "<b>Miejsce:</b> Centrum Konferencyjne „Stara Przędzalnia”, ul. Przędzalniana 4, 76-200 Słupsk (sala główna i sale warsztatowe A i B, foyer na I piętrze)",
    "<b>Organizator:</b> Środkowopomorska Agencja Wspierania Przedsiębiorczości S.A.",
    "<b>Współorganizator:</b> Pomorska Sieć Menedżerów Klastrów (nieformalna sieć osób zarządzających klastrami; sama nie jest klastrem)",
    "<b>Patronat honorowy:</b> Marszałek Województwa Pomorskiego, Prezydent Miasta Słupska",
    "<b>Udział bezpłatny</b> po rejestracji do 10 października 2024 r. Liczba miejsc: 180.",
]

# (time, title or None, lines) – lines are plain strings; "• " marks a panellist
R01_DAY1 = [
    ("08:30–09:15", None, ["Rejestracja uczestników, kawa powitalna (hol główny)"]),
    (
        "09:15–09:30",
        "Otwarcie Forum",
        [
            "Barbara Kolecka, prezes zarządu Środkowopomorskiej Agencji Wspierania Przedsiębiorczości S.A.",
        ],
    ),
    (
        "09:30–10:15",
        "Wykład otwierający: „Klastry po 2027 roku – co dalej ze wsparciem?”",
        ["dr hab. Witold Grzenia (Pomorska Wyższa Szkoła Ekonomiczna, Gdynia)"],
    ),
    (
        "10:15–11:45",
        "PANEL I. Energia z Pomorza: klastry energii od porozumienia do inwestycji",
        [
            "Dwa klastry energii z regionu – razem 70 podmiotów – rozmawiają z inwestorem i naukowczynią o magazynach energii, taryfach i współpracy z gminami.",
            "Moderacja: Łukasz Dąbek (Środkowopomorska Agencja Wspierania Przedsiębiorczości S.A.)",
            "Paneliści:",
            "• Joanna Pietrzak (Słupski Klaster Energii Miejskiej, Słupsk)",
            "• Tomasz Reszke (Kaszubski Klaster Biogazowy, Kościerzyna)",
            "• Henryk Wołoszyn (Wiatrowe Pole Ustka sp. z o.o., Ustka)",
            "• dr inż. Alicja Formela (Pomorska Wyższa Szkoła Techniczna, Gdynia)",
        ],
    ),
    ("11:45–12:15", None, ["Przerwa kawowa"]),
    (
        "12:15–13:45",
        "PANEL II. Od kutra do stołu: klastry żywności i turystyki kulinarnej",
        [
            "Moderacja: Marta Gliszczyńska („Tygodnik Nadmorski”)",
            "Paneliści:",
            "• Kazimierz Bruski (Darłowski Klaster Rybaków Łodziowych, Darłowo)",
            "• Elżbieta Gajewska (Fundacja „Kociewska Spiżarnia”, Starogard Gdański)",
            "• Paweł Stencel (Lokalna Grupa Rybacka „Słupska Ławica”, Ustka)",
            "• Renata Ostrowska (Spółdzielnia Mleczarska „Kaszubska Łąka”, Bytów)",
        ],
    ),
    ("13:45–14:45", None, ["Obiad (restauracja „Pod Młynem”, parter)"]),
    (
        "14:45–15:45",
        "SESJA POSTEROWA (foyer, I piętro) – lista posterów poniżej",
        ["Autorzy są obecni przy posterach; głosowanie uczestników na najlepszy poster do 15:40."],
    ),
    (
        "15:45–17:15",
        "WARSZTATY RÓWNOLEGŁE",
        [
            "Sala A: „Jak policzyć korzyści z członkostwa w klastrze?” – prowadzi Joanna Pietrzak",
            "Sala B: „Od listu intencyjnego do porozumienia – jak założyć klaster?” – prowadzi Radosław Konkel",
        ],
    ),
    (
        "19:00",
        None,
        ["Kolacja networkingowa – restauracja „Stary Spichrz”, ul. Młyńska 9, Słupsk"],
    ),
]

R01_DAY2 = [
    (
        "09:00–10:30",
        "SESJA III. Za miedzą: współpraca z klastrami z Meklemburgii-Pomorza Przedniego",
        [
            "• Jens Kröger (Ostsee-Holzboot-Cluster, Wolgast, Niemcy) – „Drewniane łodzie, wspólny rynek” (wystąpienie w języku niemieckim, tłumaczenie symultaniczne)",
            "• Kazimierz Bruski (Darłowski Klaster Rybaków Łodziowych) – „Szkutnicy z Darłowa i Wolgast: wspólne szkolenia w 2025 r.”",
            "• Barbara Kolecka – „Interreg Południowy Bałtyk: jak złożyć wniosek z partnerem niemieckim”",
        ],
    ),
    ("10:30–11:00", None, ["Przerwa kawowa"]),
    (
        "11:00–12:00",
        "SESJA IV. Samorząd w klastrze – partner czy koordynator?",
        [
            "Dyskusja z udziałem: Leszek Kuchta (zastępca burmistrza Miasta i Gminy Pelplin), Joanna Pietrzak (Słupski Klaster Energii Miejskiej), Radosław Konkel (Gdynia), Ewa Szulc (Urząd Miejski w Lęborku)",
        ],
    ),
    (
        "12:00–12:30",
        None,
        [
            "Ogłoszenie wyników konkursu „Pomorski Klaster Roku 2024”, nagroda za najlepszy poster, zamknięcie Forum"
        ],
    ),
]

R01_POSTERS = [
    (
        "P1",
        "Klastry gmin nadmorskich według struktury zatrudnienia – analiza skupień metodą k-średnich",
        "M. Lewandowska, K. Rzepa",
        "Pomorska Wyższa Szkoła Ekonomiczna, Gdynia",
    ),
    (
        "P2",
        "Jak 31 firm buduje wspólne laboratorium badań okien",
        "A. Wiczling",
        "Lęborski Klaster Producentów Okien, Lębork",
    ),
    (
        "P3",
        "Biogaz z gnojowicy: bilans sezonu 2023/2024",
        "T. Reszke, J. Kreft",
        "Kaszubski Klaster Biogazowy, Kościerzyna",
    ),
    (
        "P4",
        "Łodzie na prąd – pilotaż ładowarki w porcie w Ustce",
        "K. Bruski",
        "Darłowski Klaster Rybaków Łodziowych, Darłowo",
    ),
    (
        "P5",
        "Szlak kulinarny Kociewia: 40 lokali, jedna marka",
        "E. Gajewska",
        "Kociewski Klaster Smaku, Pelplin",
    ),
    (
        "P6",
        "Port dla małych firm – mapa potrzeb",
        "R. Konkel",
        "inicjatywa Gdyński Klaster Usług Portowych (w organizacji), Gdynia",
    ),
]

R01_BIOS = [
    (
        "Joanna Pietrzak",
        "od 2020 r. menedżerka Słupskiego Klastra Energii Miejskiej. Klaster powstał w 2018 r. na podstawie porozumienia 11 sygnatariuszy; dziś zrzesza 27 podmiotów: 4 gminy, 21 przedsiębiorstw i 2 szkoły. Koordynatorem klastra jest Słupskie Centrum Energii Lokalnej sp. z o.o. Cele klastra to samowystarczalność energetyczna Słupska i gmin ościennych, budowa magazynów energii przy farmach wiatrowych oraz obniżenie emisji z ciepłownictwa o 40% do 2030 r. Członkowie klastra dysponują 48 MW mocy w odnawialnych źródłach. Strona klastra: www.energia-slupsk.pl.",
    ),
    (
        "Tomasz Reszke",
        "rolnik, prezes zarządu Stowarzyszenia Kaszubski Klaster Biogazowy, które od 2021 r. samo prowadzi klaster założony w 2017 r. porozumieniem 14 gospodarstw z powiatu kościerskiego. Klaster skupia dziś ponad 40 gospodarstw rolnych, dwie biogazownie i Gminę Kościerzyna. Łączna moc biogazowni członków to 4,2 MW. Więcej: www.biogaz-kaszuby.pl.",
    ),
    (
        "Kazimierz Bruski",
        "armator z Darłowa, od 2015 r. przewodniczący rady Darłowskiego Klastra Rybaków Łodziowych. Klaster działa od 2014 r. na podstawie umowy konsorcjum, a jego koordynatorem jest Związek Armatorów Łodziowych „Wschodnia Rewa” w Darłowie. Zrzesza 18 armatorów, 4 przetwórnie ryb i szkołę morską; flotę członków tworzą 62 łodzie i kutry. Cele klastra: wspólna marka „Ryba z Darłowa”, elektryfikacja łodzi rybackich, szkolenie młodych rybaków i szkutników.",
    ),
    (
        "Elżbieta Gajewska",
        "prezes Fundacji „Kociewska Spiżarnia” ze Starogardu Gdańskiego, która od 2019 r. koordynuje Kociewski Klaster Smaku. Klaster powstał w 2016 r. na mocy porozumienia o współpracy, a jego biuro działa w Pelplinie, w dawnym spichlerzu przy ul. Kościuszki. Zrzesza 35 członków, w tym 22 restauracje i gospodarstwa agroturystyczne. Celem klastra jest wypromowanie Kociewia jako kulinarnej marki Pomorza. Strona klastra: www.kociewskismak.pl.",
    ),
    (
        "Radosław Konkel",
        "właściciel firmy cumowniczej z Gdyni, inicjator Gdyńskiego Klastra Usług Portowych. List intencyjny w sprawie utworzenia klastra podpisało w czerwcu 2024 r. 12 małych firm portowych; porozumienie i wybór koordynatora planowane są na 2025 r.",
    ),
    (
        "Jens Kröger",
        "dyrektor zarządzający Ostsee-Holzboot-Cluster (czyli Bałtyckiego Klastra Łodzi Drewnianych) z siedzibą w Wolgast w Meklemburgii-Pomorzu Przednim. Klaster działa od 2012 r. jako stowarzyszenie (eingetragener Verein) i zrzesza ok. 50 stoczni jachtowych, warsztatów szkutniczych i muzeów morskich z niemieckiego wybrzeża Bałtyku. Strona: www.holzboot-cluster.de.",
    ),
    (
        "dr hab. Witold Grzenia",
        "ekonomista, od 2005 r. bada klastry w regionach nadmorskich; autor raportu „Klastry Pomorza 2023”, który objął 23 inicjatywy klastrowe zrzeszające ok. 1 100 podmiotów.",
    ),
    (
        "Barbara Kolecka",
        "od 2017 r. prezes zarządu Środkowopomorskiej Agencji Wspierania Przedsiębiorczości S.A., wcześniej menedżerka projektów Interreg.",
    ),
]

R01_SPONSORS = [
    ("SPONSOR GŁÓWNY", "Nadbałtycki Bank Spółdzielczy"),
    (
        "SPONSORZY",
        "Wiatrowe Pole Ustka sp. z o.o.  ·  Stocznia Jachtowa „Szkwał” (Darłowo)  ·  Słupskie Centrum Energii Lokalnej sp. z o.o.",
    ),
    ("PARTNERZY", "Kaszubski Klaster Biogazowy  ·  Lęborski Klaster Producentów Okien"),
    ("PATRON MEDIALNY", "„Tygodnik Nadmorski”"),
]
R01_FOOTER = "Rejestracja i aktualny program: www.forum-klastrow-slupsk.pl  ·  Organizator: www.sawp.com.pl, forum@sawp.com.pl, tel. 59 840 22 17  ·  Program może ulec zmianie."


def make_r01(path: Path) -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    register_fonts()
    navy = colors.HexColor("#0B3C5D")
    sea = colors.HexColor("#328CC1")
    pale = colors.HexColor("#EAF3FA")
    sand = colors.HexColor("#D9B310")
    top = ParagraphStyle("top", fontName="DejaVuSans", fontSize=8, leading=10, textColor=navy)
    title = ParagraphStyle(
        "title", fontName="DejaVuSans-Bold", fontSize=20, leading=25, textColor=colors.white
    )
    subtitle = ParagraphStyle(
        "subtitle", fontName="DejaVuSans", fontSize=11.5, leading=15, textColor=colors.white
    )
    info = ParagraphStyle("info", fontName="DejaVuSans", fontSize=8.6, leading=11.2)
    dayhead = ParagraphStyle(
        "dayhead", fontName="DejaVuSans-Bold", fontSize=12, leading=15, textColor=colors.white
    )
    time = ParagraphStyle(
        "time", fontName="DejaVuSans-Bold", fontSize=9, leading=12, textColor=navy
    )
    slot = ParagraphStyle("slot", fontName="DejaVuSans-Bold", fontSize=9, leading=12)
    line = ParagraphStyle("line", fontName="DejaVuSans", fontSize=8.6, leading=11.2)
    pane = ParagraphStyle("pane", fontName="DejaVuSans", fontSize=8.6, leading=11.2, leftIndent=8)
    sub = ParagraphStyle(
        "sub",
        fontName="DejaVuSans-Bold",
        fontSize=12,
        leading=15,
        textColor=navy,
        spaceBefore=6,
        spaceAfter=4,
    )
    bio = ParagraphStyle("bio", fontName="DejaVuSans", fontSize=8.6, leading=11.4, spaceAfter=5)
    small = ParagraphStyle("small", fontName="DejaVuSans", fontSize=7.4, leading=9.4)
    strip = ParagraphStyle(
        "strip", fontName="DejaVuSans", fontSize=7.8, leading=10, textColor=colors.white
    )

    def band(paras: list, bg) -> Table:
        t = Table([[p] for p in paras], colWidths=[180 * mm])
        t.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), bg),
                    ("LEFTPADDING", (0, 0), (-1, -1), 7 * mm),
                    ("TOPPADDING", (0, 0), (-1, 0), 4 * mm),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 4 * mm),
                ]
            )
        )
        return t

    def day_table(rows) -> Table:
        data = []
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, sea),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        for i, (t, head, lines) in enumerate(rows):
            cell = []
            if head:
                cell.append(Paragraph(head, slot))
            for ln in lines:
                cell.append(Paragraph(ln, pane if ln.startswith("• ") else line))
            data.append([Paragraph(t, time), cell])
            if head is None:
                style.append(("BACKGROUND", (0, i), (-1, i), pale))
        tab = Table(data, colWidths=[31 * mm, 149 * mm])
        tab.setStyle(TableStyle(style))
        return tab

    story = [
        Paragraph(R01_TOPLINE, top),
        Spacer(1, 3),
        band([Paragraph(R01_TITLE, title), Paragraph(R01_SUBTITLE, subtitle)], navy),
        Spacer(1, 4),
    ]
    story += [Paragraph(i, info) for i in R01_INFO]
    story += [Spacer(1, 6), band([Paragraph("PROGRAM", dayhead)], sea), Spacer(1, 3)]
    story.append(band([Paragraph("DZIEŃ 1 – czwartek, 17 października 2024 r.", dayhead)], navy))
    story.append(day_table(R01_DAY1))
    story.append(PageBreak())
    story.append(band([Paragraph("DZIEŃ 2 – piątek, 18 października 2024 r.", dayhead)], navy))
    story.append(day_table(R01_DAY2))
    story.append(Spacer(1, 6))
    story.append(Paragraph("Sesja posterowa – lista posterów", sub))
    pdata = [
        [
            Paragraph("<b>Nr</b>", line),
            Paragraph("<b>Tytuł posteru</b>", line),
            Paragraph("<b>Autorzy</b>", line),
            Paragraph("<b>Afiliacja</b>", line),
        ]
    ]
    for nr, ttl, auth, aff in R01_POSTERS:
        pdata.append(
            [Paragraph(nr, time), Paragraph(ttl, line), Paragraph(auth, line), Paragraph(aff, line)]
        )
    ptab = Table(pdata, colWidths=[11 * mm, 72 * mm, 33 * mm, 64 * mm])
    ptab.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), pale),
                ("GRID", (0, 0), (-1, -1), 0.4, sea),
            ]
        )
    )
    story.append(ptab)
    story.append(Spacer(1, 4))
    story.append(Paragraph("O prelegentach", sub))
    for who, text in R01_BIOS:
        story.append(Paragraph(f"<b>{who}</b> – {text}", bio))
    story.append(Spacer(1, 6))
    sdata = [
        [Paragraph(f"<b>{lab}</b>", strip), Paragraph(val, strip)] for lab, val in R01_SPONSORS
    ]
    stab = Table(sdata, colWidths=[38 * mm, 142 * mm])
    stab.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), navy),
                ("LINEABOVE", (0, 0), (-1, 0), 3, sand),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story.append(KeepTogether([stab, Spacer(1, 3), Paragraph(R01_FOOTER, small)]))

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVuSans", 7)
        canvas.setFillColor(navy)
        canvas.drawString(15 * mm, 8 * mm, "VI Forum Klastrów Pomorza Środkowego · Słupsk 2024")
        canvas.drawRightString(195 * mm, 8 * mm, f"str. {doc.page}")
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=12 * mm,
        bottomMargin=15 * mm,
        title="VI Forum Klastrów Pomorza Środkowego – program",
        author="Środkowopomorska Agencja Wspierania Przedsiębiorczości S.A.",
        creator="heldout33",
        producer="heldout33",
        subject="",
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------
# r02 – HTML: BIP announcement of a gmina inviting partners to its energy cluster
# (wielkopolskie)
# ---------------------------------------------------------------------------

R02_HTML = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ogłoszenie o naborze partnerów do Klastra Energii &bdquo;Trzcianecki Wiatrak&rdquo; - BIP Urząd Miejski w Trzciance</title>
<meta name="keywords" content="ogłoszenie, nabór, klaster energii, OZE, Trzcianka">
<link rel="stylesheet" href="/css/bip-2023.css">
<script src="/js/wcag.js" defer></script>
</head>
<body>
<div id="skip"><a href="#tresc">Przejdź do treści</a> | <a href="#menu">Przejdź do menu</a></div>
<header class="bip-naglowek">
  <a href="https://www.bip.gov.pl/" class="bip-logo" title="Biuletyn Informacji Publicznej"><img src="/img/bip-logo.svg" alt="BIP"></a>
  <div class="bip-nazwa">Biuletyn Informacji Publicznej<br><strong>Urząd Miejski w Trzciance</strong></div>
  <div class="bip-herb"><img src="/img/herb-trzcianka.png" alt="Herb Gminy Trzcianka"></div>
  <form class="szukaj" action="/szukaj" method="get"><input type="text" name="q" placeholder="Szukaj w BIP"><button>Szukaj</button></form>
</header>
<nav id="menu">
  <ul>
    <li><a href="/strona-glowna">Strona główna</a></li>
    <li><a href="/urzad">Urząd Miejski</a></li>
    <li><a href="/burmistrz">Burmistrz</a></li>
    <li><a href="/rada-miejska">Rada Miejska</a></li>
    <li><a href="/prawo-lokalne">Prawo lokalne</a></li>
    <li><a href="/zamowienia-publiczne">Zamówienia publiczne</a></li>
    <li class="aktywny"><a href="/ogloszenia">Ogłoszenia i obwieszczenia</a></li>
    <li><a href="/nabory">Nabory na stanowiska</a></li>
    <li><a href="/petycje">Petycje</a></li>
  </ul>
</nav>
<div class="okruszki"><a href="/strona-glowna">Strona główna</a> &rsaquo; <a href="/ogloszenia">Ogłoszenia i obwieszczenia</a> &rsaquo; <a href="/ogloszenia/burmistrza">Ogłoszenia Burmistrza</a> &rsaquo; Nabór partnerów do klastra energii</div>
<main id="tresc">
<article class="dokument">
<h1>Ogłoszenie nr 58/2024 Burmistrza Trzcianki z dnia 20 sierpnia 2024 r. o otwartym naborze partnerów do Klastra Energii &bdquo;Trzcianecki Wiatrak&rdquo;</h1>
<p class="znak">Znak sprawy: RI.7021.14.2024</p>

<p>Na podstawie &sect; 7 ust. 2 Porozumienia o utworzeniu klastra energii z dnia 12 marca 2021 r. Burmistrz Trzcianki, działając w imieniu Gminy Trzcianka jako Koordynatora Klastra, ogłasza otwarty nabór partnerów (nowych członków) do Klastra Energii &bdquo;Trzcianecki Wiatrak&rdquo;.</p>

<h2>I. Informacje o Klastrze</h2>
<ol>
<li>Klaster Energii &bdquo;Trzcianecki Wiatrak&rdquo; (do 30 czerwca 2023 r. działający pod nazwą Klaster Energetyczny Ziemi Trzcianeckiej) został utworzony na podstawie porozumienia cywilnoprawnego zawartego w dniu 12 marca 2021 r. przez 9 sygnatariuszy.</li>
<li>Koordynatorem Klastra jest Gmina Trzcianka. Biuro Klastra mieści się w Urzędzie Miejskim w&nbsp;Trzciance (Referat Inwestycji i Ochrony Środowiska, pokój 12).</li>
<li>Klaster liczy obecnie 14 członków, w tym 8 przedsiębiorstw, 3 jednostki samorządu terytorialnego oraz 3 spółdzielnie mieszkaniowe.</li>
<li>Klaster działa na obszarze gminy Trzcianka i gmin sąsiednich powiatu czarnkowsko-trzcianeckiego w województwie wielkopolskim.</li>
<li>W 2022 r. Klaster otrzymał certyfikat klastra energii. Łączna moc zainstalowana odnawialnych źródeł energii członków Klastra wynosi 21,4&nbsp;MW, a ich roczna produkcja &ndash; ok. 38&nbsp;GWh.</li>
<li>Strona internetowa Klastra: <a href="https://www.trzcianecki-wiatrak.pl/">www.trzcianecki-wiatrak.pl</a>.</li>
</ol>

<h2>II. Cele Klastra</h2>
<p>Zgodnie z &sect; 3 Porozumienia celami Klastra są:</p>
<ol>
<li>zwiększenie udziału energii z odnawialnych źródeł w bilansie energetycznym obszaru Klastra do 60% w 2030 r.,</li>
<li>budowa lokalnych magazynów energii elektrycznej i ciepła,</li>
<li>poprawa efektywności energetycznej budynków użyteczności publicznej i budynków wielorodzinnych,</li>
<li>rozwój elektromobilności w transporcie publicznym gminy.</li>
</ol>

<h2>III. Adresaci naboru</h2>
<p>Do udziału w naborze zaprasza się przedsiębiorców, spółdzielnie mieszkaniowe i energetyczne, jednostki naukowe, organizacje pozarządowe oraz jednostki samorządu terytorialnego, prowadzące działalność na obszarze powiatu czarnkowsko-trzcianeckiego. W wyniku naboru Koordynator planuje przyjęcie do 11 nowych członków, tak aby Klaster liczył nie więcej niż 25 podmiotów.</p>

<h2>IV. Wymagania wobec kandydatów</h2>
<ul>
<li>prowadzenie działalności od co najmniej 12 miesięcy przed dniem złożenia zgłoszenia;</li>
<li>niezaleganie z płatnościami podatków i składek na ubezpieczenia społeczne;</li>
<li>zobowiązanie do wnoszenia składki członkowskiej w wysokości 600 zł rocznie (mikroprzedsiębiorcy &ndash; 300 zł rocznie);</li>
<li>akceptacja treści Porozumienia i Regulaminu Klastra.</li>
</ul>

<h2>V. Kryteria oceny zgłoszeń</h2>
<table class="tabela">
<thead><tr><th>Lp.</th><th>Kryterium</th><th>Liczba punktów</th></tr></thead>
<tbody>
<tr><td>1.</td><td>Posiadane lub planowane źródła OZE na obszarze Klastra</td><td>0&ndash;30</td></tr>
<tr><td>2.</td><td>Roczne zużycie energii elektrycznej powyżej 100 MWh</td><td>0&ndash;20</td></tr>
<tr><td>3.</td><td>Doświadczenie we wspólnych projektach energetycznych</td><td>0&ndash;20</td></tr>
<tr><td>4.</td><td>Deklarowany wkład w magazynowanie energii</td><td>0&ndash;30</td></tr>
<tr><td colspan="2"><strong>Razem (minimum do przyjęcia: 40 pkt)</strong></td><td><strong>100</strong></td></tr>
</tbody>
</table>

<h2>VI. Termin i sposób składania zgłoszeń</h2>
<p>Zgłoszenia na formularzu stanowiącym Załącznik nr 1 należy składać do dnia <strong>30 września 2024 r. do godz. 15:00</strong> w Biurze Obsługi Interesanta Urzędu Miejskiego w Trzciance, pl. Pocztowy 4, 64-980 Trzcianka, lub za pośrednictwem ePUAP (/umtrzcianka/SkrytkaESP). Do zgłoszenia należy dołączyć podpisaną deklarację przystąpienia (Załącznik nr 2). Wyniki naboru zostaną ogłoszone w BIP do dnia 15 października 2024 r. Rozpatrzenie zgłoszeń przez Radę Klastra nastąpi na posiedzeniu w Wieleniu.</p>

<h2>VII. Współpraca z innymi klastrami</h2>
<p>Nabór prowadzony jest w uzgodnieniu z sąsiednimi klastrami energii, z którymi Klaster zawarł w 2023 r. porozumienie o współpracy: z Pilskim Klastrem Ciepła i Energii z Piły (ok. 30 członków, działa od 2019 r.) oraz z Czarnkowskim Klastrem Biomasy Leśnej, którego koordynatorem jest Nadnotecka Spółdzielnia Energetyczna z siedzibą w Czarnkowie; klaster ten zrzesza 12 zakładów przetwórstwa drewna, 4 gminy i technikum leśne. Kandydaci działający głównie w zakresie biomasy mogą zostać skierowani do tego klastra.</p>
<p>Gmina Trzcianka jest ponadto od 2022 r. członkiem Wielkopolskiego Klastra Technologii Wodorowych, koordynowanego przez Fundację &bdquo;Wodór dla Wielkopolski&rdquo; z Poznania, który zrzesza ponad 60 podmiotów z całego regionu.</p>
<p>Gminy Wieleń i Krzyż Wielkopolski podpisały w maju 2024 r. list intencyjny w sprawie utworzenia Klastra Energii Gmin Nadnoteckich. Do czasu zawarcia porozumienia i wyboru koordynatora tego klastra podmioty z obu gmin mogą zgłaszać się do niniejszego naboru.</p>

<h2>VIII. Kontakt</h2>
<p>Anna Mikołajczak, Referat Inwestycji i Ochrony Środowiska, tel. 67 352 41 18, e-mail: <a href="mailto:klaster@trzcianka-um.pl">klaster@trzcianka-um.pl</a>. Informacje o Gminie: <a href="https://www.trzcianka-gmina.pl/">www.trzcianka-gmina.pl</a>.</p>

<p class="podpis">Burmistrz Trzcianki<br>/-/ podpisano kwalifikowanym podpisem elektronicznym</p>

<h3>Załączniki</h3>
<ul class="zalaczniki">
<li><a href="/download/58-2024-zal1-formularz.docx">Załącznik nr 1 &ndash; formularz zgłoszeniowy</a> (DOCX, 48,2 KB, pobrań: 37)</li>
<li><a href="/download/58-2024-zal2-deklaracja.pdf">Załącznik nr 2 &ndash; wzór deklaracji przystąpienia do Klastra</a> (PDF, 112,6 KB, pobrań: 21)</li>
<li><a href="/download/porozumienie-klaster-2021-tj.pdf">Porozumienie o utworzeniu klastra energii &ndash; tekst jednolity z 2023 r.</a> (PDF, 406,0 KB, pobrań: 15)</li>
</ul>
</article>

<section class="metryka">
<h3>Metryczka</h3>
<table>
<tr><th>Podmiot udostępniający informację:</th><td>Urząd Miejski w Trzciance</td></tr>
<tr><th>Wytworzył:</th><td>Anna Mikołajczak</td></tr>
<tr><th>Data wytworzenia:</th><td>2024-08-19</td></tr>
<tr><th>Zatwierdził:</th><td>Burmistrz Trzcianki</td></tr>
<tr><th>Opublikował:</th><td>Tomasz Wilczyński</td></tr>
<tr><th>Data publikacji:</th><td>2024-08-20 10:14</td></tr>
<tr><th>Zmodyfikował:</th><td>Tomasz Wilczyński</td></tr>
<tr><th>Data modyfikacji:</th><td>2024-08-27 13:02</td></tr>
<tr><th>Liczba wyświetleń:</th><td>418</td></tr>
</table>
</section>

<section class="rejestr-zmian">
<h3>Rejestr zmian</h3>
<table>
<thead><tr><th>Data</th><th>Użytkownik</th><th>Opis zmiany</th><th>Wersja</th></tr></thead>
<tbody>
<tr><td>2024-08-20 10:14</td><td>Tomasz Wilczyński</td><td>Publikacja ogłoszenia</td><td>1</td></tr>
<tr><td>2024-08-22 08:47</td><td>Tomasz Wilczyński</td><td>Dodanie Załącznika nr 2 &ndash; wzór deklaracji przystąpienia</td><td>2</td></tr>
<tr><td>2024-08-27 13:02</td><td>Tomasz Wilczyński</td><td>Korekta pkt I.3 &ndash; liczba członków Klastra (było: 15, jest: 14); jeden członek wystąpił z Klastra z dniem 31 lipca 2024 r.</td><td>3</td></tr>
</tbody>
</table>
<p><a href="/rejestr-zmian/dokument/4417">Pokaż poprzednie wersje dokumentu</a> | <a href="javascript:window.print()">Drukuj</a></p>
</section>
</main>
<footer class="bip-stopka">
<p>Urząd Miejski w Trzciance, pl. Pocztowy 4, 64-980 Trzcianka, tel. 67 352 41 00, e-mail: <a href="mailto:sekretariat@trzcianka-um.pl">sekretariat@trzcianka-um.pl</a></p>
<p>Redaktor BIP: Tomasz Wilczyński | <a href="/deklaracja-dostepnosci">Deklaracja dostępności</a> | <a href="/instrukcja-bip">Instrukcja korzystania z BIP</a> | <a href="/rodo">RODO</a></p>
<p>Liczba odwiedzin serwisu: 1&nbsp;204&nbsp;377</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# r03 – DOCX: report of a regional cluster survey (podlaskie)
# ---------------------------------------------------------------------------

R03_HEADER = "Inicjatywy klastrowe w województwie podlaskim – raport z badania ankietowego 2024"
R03_FOOTER = "Pracownia Badań Regionalnych „Kwadrat” s.c. · Białystok, wrzesień 2024 r."
R03_TITLE = "INICJATYWY KLASTROWE W WOJEWÓDZTWIE PODLASKIM"
R03_SUBTITLE = "Raport z badania ankietowego – edycja 2024"
R03_IMPRINT = [
    "Opracowanie: Pracownia Badań Regionalnych „Kwadrat” s.c., ul. Lipowa 41/3, 15-424 Białystok",
    "Zamawiający: Stowarzyszenie „Podlaska Sieć Innowacji” (sieć instytucji otoczenia biznesu)",
    "Zespół autorski: dr Magdalena Ostaszewska, Krzysztof Jaroszuk, Paulina Wasilewska",
]

# (kind, payload): h1/h2 headings, p paragraphs, bullet items, table:<key>, note paragraphs
R03_BODY = [
    ("h1", "1. Wprowadzenie"),
    (
        "p",
        "Badanie jest trzecią edycją ankiety prowadzonej co dwa lata (2020, 2022, 2024). Jego celem było poznanie liczebności i struktury członków, form organizacyjnych, celów i barier rozwoju inicjatyw klastrowych działających w województwie podlaskim. Raport nie zawiera ocen poszczególnych klastrów; porównania służą pokazaniu zróżnicowania regionu.",
    ),
    ("h1", "2. Metoda i próba"),
    (
        "p",
        "Ankietę internetową (CAWI) wysłano 3 czerwca 2024 r. do koordynatorów 9 inicjatyw klastrowych z regionalnej bazy klastrów. Do 28 czerwca 2024 r. odpowiedzi nadesłało 7 podmiotów (stopa zwrotu 77,8%).",
    ),
    (
        "p",
        "Jedną ankietę wyłączono z analizy: Podlaska Sieć Pasiek Ekologicznych jest nieformalną siecią współpracy pszczelarzy, bez porozumienia i bez koordynatora, i nie spełnia kryteriów klastra przyjętych w badaniu. Analizie poddano zatem 6 ankiet.",
    ),
    (
        "p",
        "Na ankietę nie odpowiedziały dwa klastry: Hajnowski Klaster Stolarki Dębowej z Hajnówki oraz Bielski Klaster Lniarski z siedzibą w Bielsku Podlaskim. Według informacji uzyskanych telefonicznie przyczyną był okres urlopowy; oba klastry zadeklarowały udział w kolejnej edycji.",
    ),
    (
        "caption",
        "Tabela 1. Klastry, które wzięły udział w badaniu (stan na dzień wypełnienia ankiety)",
    ),
    ("table", "respondents"),
    (
        "note",
        "* Wartość podana w ankiecie; po zakończeniu badania koordynator skorygował liczbę członków (zob. pkt 3.1).\nb.d. – brak danych. Źródło: badanie ankietowe, czerwiec 2024 r., n = 6.",
    ),
    ("h1", "3. Wyniki"),
    ("h2", "3.1. Liczebność i struktura członków"),
    (
        "p",
        "Sześć klastrów objętych analizą zrzesza łącznie ok. 193 podmioty (po korekcie opisanej niżej), z czego ponad 70% stanowią mikro-, małe i średnie przedsiębiorstwa. Średnia liczba członków wynosi 32,2, a mediana – 32. Członkowie badanych klastrów zatrudniają łącznie ok. 7 300 osób.",
    ),
    (
        "p",
        "Największym klastrem regionu pozostaje Białostocki Klaster Elektroniki Medycznej (BKEM): 52 członków, w tym 41 MŚP, trzy uczelnie i dwa szpitale kliniczne. Od 2018 r. klastrem zarządza jego własna spółka – Białostocki Klaster Elektroniki Medycznej sp. z o.o., której udziałowcami jest 12 członków. Wcześniej, od 2011 r., klaster działał na podstawie porozumienia koordynowanego przez jedną z uczelni członkowskich.",
    ),
    (
        "p",
        "Niemal o jedną trzecią mniejszy jest Augustowski Klaster Spływów i Żeglugi (38 członków). Od 2016 r. działa on jako Stowarzyszenie Augustowski Klaster Spływów i Żeglugi, które samo prowadzi sprawy klastra; wcześniej, od 2013 r., współpraca przystani, wypożyczalni kajaków i armatorów statków wycieczkowych opierała się na porozumieniu.",
    ),
    (
        "p",
        "Łomżyński Klaster Techniki Chłodniczej podał w ankiecie 35 członków. W korespondencji po zakończeniu badania koordynator – Fundacja Chłodnictwa Nadnarwiańskiego – skorygował tę liczbę do 33, ponieważ dwie firmy wystąpiły z klastra w czerwcu 2024 r. W dalszej analizie przyjęto wartość 33.",
    ),
    (
        "p",
        "Klaster Zielarski Puszczy Knyszyńskiej, koordynowany przez Gminę Supraśl, zrzesza głównie gospodarstwa zielarskie, pasieki i przetwórców ziół; 24 z 31 członków to MŚP. Suwalski Klaster Kruszyw i Granitu podał liczbę członków szacunkowo („ok. 20”); jego koordynatorem jest Północnopodlaska Izba Przemysłowa.",
    ),
    (
        "p",
        "Najmłodszy i najmniejszy jest Sokólski Klaster Maszyn Rolniczych: umowę konsorcjum podpisało w 2020 r. 8 firm, a dziś klaster liczy 19 członków. Liderem konsorcjum są Zakłady Mechaniczne „Sokół-Agro” sp. z o.o. Klaster najszybciej w regionie zwiększa liczbę członków.",
    ),
    ("h2", "3.2. Cele i plany"),
    (
        "caption",
        "Tabela 2. Najważniejsze obszary działalności klastrów (% wskazań; n = 6; do 3 odpowiedzi)",
    ),
    ("table", "areas"),
    (
        "p",
        "W pytaniu otwartym koordynatorzy podali cele klastra na lata 2025–2027. Najczęściej powtarzały się promocja i szkolenia. Cele wskazane przez trzy klastry:",
    ),
    (
        "bullet",
        "Augustowski Klaster Spływów i Żeglugi: „wydłużenie sezonu turystycznego do października; wspólny system rezerwacji spływów i rejsów”.",
    ),
    (
        "bullet",
        "Klaster Zielarski Puszczy Knyszyńskiej: „certyfikacja ekologiczna upraw ziół; budowa wspólnej suszarni; szlak zielarski Puszczy Knyszyńskiej”.",
    ),
    (
        "bullet",
        "Białostocki Klaster Elektroniki Medycznej: „wejście z produktami członków na rynek niemiecki”.",
    ),
    (
        "p",
        "Pozostali respondenci nie wskazali celów w pytaniu otwartym lub odesłali do dokumentów klastra.",
    ),
    ("h2", "3.3. Bariery rozwoju"),
    ("caption", "Tabela 3. Bariery rozwoju klastrów (% wskazań; n = 6)"),
    ("table", "barriers"),
    (
        "p",
        "Wszystkie klastry wskazały brak stabilnego finansowania biura klastra. Połowa respondentów skarży się na małą aktywność członków; w klastrach liczących ponad 30 członków na walnych zebraniach obecnych jest średnio 14 podmiotów.",
    ),
    ("h2", "3.4. Porównanie z edycją 2022"),
    (
        "p",
        "W 2022 r. w badaniu wzięło udział 5 klastrów, które zrzeszały łącznie 171 podmiotów. Białostocki Klaster Elektroniki Medycznej liczył wtedy 47 członków, a Augustowski Klaster Spływów i Żeglugi – 36. Sokólski Klaster Maszyn Rolniczych w 2022 r. nie odpowiedział na ankietę.",
    ),
    ("h1", "4. Wnioski"),
    (
        "p",
        "Podlaskie klastry rosną powoli, ale stabilnie. Rekomendujemy utworzenie regionalnego funduszu na finansowanie biur klastrów oraz wspólną ofertę szkoleniową dla menedżerów. Kolejna edycja badania planowana jest na 2026 r.",
    ),
    ("h1", "Aneks. Strony internetowe klastrów"),
    ("table", "www"),
]

R03_TABLES = {
    "respondents": [
        [
            "Lp.",
            "Klaster",
            "Siedziba biura",
            "Liczba członków (w tym MŚP)",
            "Rok założenia",
            "Forma organizacyjna",
            "Podmiot koordynujący",
        ],
        [
            "1.",
            "Augustowski Klaster Spływów i Żeglugi",
            "Augustów",
            "38 (35)",
            "2013",
            "stowarzyszenie",
            "– (zarząd stowarzyszenia)",
        ],
        [
            "2.",
            "Suwalski Klaster Kruszyw i Granitu",
            "Suwałki",
            "ok. 20 (b.d.)",
            "2017",
            "porozumienie",
            "Północnopodlaska Izba Przemysłowa (Suwałki)",
        ],
        [
            "3.",
            "Łomżyński Klaster Techniki Chłodniczej",
            "Łomża",
            "35* (27)",
            "2015",
            "porozumienie",
            "Fundacja Chłodnictwa Nadnarwiańskiego",
        ],
        [
            "4.",
            "Białostocki Klaster Elektroniki Medycznej",
            "Białystok",
            "52 (41)",
            "2011",
            "spółka z o.o.",
            "– (spółka klastrowa)",
        ],
        [
            "5.",
            "Klaster Zielarski Puszczy Knyszyńskiej",
            "Supraśl",
            "31 (24)",
            "2019",
            "porozumienie",
            "Gmina Supraśl",
        ],
        [
            "6.",
            "Sokólski Klaster Maszyn Rolniczych",
            "Sokółka",
            "19 (17)",
            "2020",
            "umowa konsorcjum",
            "Zakłady Mechaniczne „Sokół-Agro” sp. z o.o. (lider)",
        ],
        ["", "Razem", "", "ok. 195", "", "", ""],
    ],
    "areas": [
        ["Obszar działalności", "% wskazań"],
        ["wspólna promocja i marka", "83,3"],
        ["szkolenia i kształcenie kadr", "66,7"],
        ["projekty badawczo-rozwojowe", "50,0"],
        ["wspólne zakupy", "33,3"],
        ["internacjonalizacja", "33,3"],
        ["inne", "16,7"],
    ],
    "barriers": [
        ["Bariera", "% wskazań"],
        ["brak stabilnego finansowania biura klastra", "100,0"],
        ["mała aktywność członków", "50,0"],
        ["biurokracja w projektach dofinansowanych", "33,3"],
        ["brak wykwalifikowanych kadr", "33,3"],
        ["konkurencja między członkami", "16,7"],
    ],
    "www": [
        ["Klaster", "Strona internetowa"],
        ["Augustowski Klaster Spływów i Żeglugi", "www.splywy-augustow.pl"],
        [
            "Suwalski Klaster Kruszyw i Granitu",
            "www.pip-suwalki.pl (strona koordynatora; klaster nie ma własnej strony)",
        ],
        ["Łomżyński Klaster Techniki Chłodniczej", "www.chlodnictwo-lomza.pl"],
        ["Białostocki Klaster Elektroniki Medycznej", "www.bkem.pl"],
        ["Klaster Zielarski Puszczy Knyszyńskiej", "www.ziola-knyszyn.pl"],
        ["Sokólski Klaster Maszyn Rolniczych", "–"],
    ],
}


def make_r03(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    cp = doc.core_properties
    fixed = datetime(2024, 9, 16, 9, 0, 0)
    cp.author = "Pracownia Badań Regionalnych Kwadrat"
    cp.last_modified_by = "Pracownia Badań Regionalnych Kwadrat"
    cp.title = "Inicjatywy klastrowe w województwie podlaskim 2024"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1

    doc.sections[0].header.paragraphs[0].text = R03_HEADER
    doc.sections[0].footer.paragraphs[0].text = R03_FOOTER

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(R03_TITLE)
    run.bold = True
    run.font.size = Pt(16)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(R03_SUBTITLE).font.size = Pt(13)
    for line in R03_IMPRINT:
        doc.add_paragraph(line)

    for kind, payload in R03_BODY:
        if kind == "h1":
            doc.add_heading(payload, level=1)
        elif kind == "h2":
            doc.add_heading(payload, level=2)
        elif kind == "p":
            doc.add_paragraph(payload)
        elif kind == "bullet":
            doc.add_paragraph(payload, style="List Bullet")
        elif kind == "caption":
            doc.add_paragraph().add_run(payload).italic = True
        elif kind == "note":
            para = doc.add_paragraph()
            r = para.add_run(payload)
            r.font.size = Pt(9)
        elif kind == "table":
            rows = R03_TABLES[payload]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    cell = table.cell(i, j)
                    cell.text = val
                    if (i == 0 or row[1] == "Razem") and cell.paragraphs[0].runs:
                        cell.paragraphs[0].runs[0].bold = True

    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 9, 16, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# r04 – plain text (UTF-8): a cluster manager's blog post (podkarpackie, SK)
# ---------------------------------------------------------------------------

R04_TEXT = """Blog menedżera | Klaster Rzemiosła Drewnianego „Osława”
klaster-oslawa.pl/blog

========================================================================
Ile nas naprawdę jest? Kilka myśli po Podkarpackim Forum Klastrów
========================================================================
opublikowano: 11 czerwca 2024, 21:47 | autor: Grzegorz Fedak | kategoria: Z życia klastra | komentarze: 3

Wróciłem wczoraj z Rzeszowa, z forum klastrów, i muszę to z siebie wyrzucić, zanim mi przejdzie. Na każdym panelu ktoś się licytował liczbami. Ilu macie członków? Ile firm? Ile milionów z projektów? A ja mam wrażenie, że połowa tych liczb jest trochę z sufitu. Organizatorzy podali na otwarciu, że na forum przyjechało 14 klastrów z Podkarpacia, które razem mają podobno ponad 700 członków. Podobno.

Zacznę od siebie, żeby nie było, że tylko innych krytykuję.

Nasz klaster założyliśmy w 2018 roku w Zagórzu – porozumienie podpisało wtedy dziewięć warsztatów stolarskich. Dziś mamy 23 firmy stolarskie i ciesielskie, 2 szkoły (technikum w Sanoku i branżówkę w Lesku) i Gminę Zagórz. Czyli 26. Ale na forum powiedziałem 28 i podtrzymuję: mamy jeszcze dwóch członków wspierających, tartak z Komańczy i bank spółdzielczy z Sanoka. Członek wspierający to też członek, tak stoi w naszym porozumieniu, więc „Osława” ma dziś 28 członków i kropka.

Kto tym rządzi? Koordynatorem jest Fundacja „Bieszczadzkie Rzemiosło” z Sanoka. Tak, fundacja jest z Sanoka, ale biuro klastra mamy u nas w Zagórzu, w starej remizie przy Piłsudskiego, i tam mnie znajdziecie od wtorku do piątku. Wpadajcie na kawę.

A po co to wszystko? Cele mamy trzy i wiszą u mnie nad biurkiem: wspólna marka mebli z Bieszczad, własna suszarnia drewna i szkolenie nowych stolarzy, bo za dziesięć lat nie będzie komu robić. W firmach członkowskich pracuje dziś 310 osób, średnia wieku stolarza to 51 lat. Sami policzcie.

---

Teraz inni.

Najgłośniej na forum było o Jasielskim Klastrze Robotyki Spawalniczej (biuro mają w Jaśle). Kolega ze sceny mówił o „ponad 70 członkach”. W przerwie otworzyłem ich stronę, www.robotyka-jaslo.pl, i naliczyłem na liście członków 58. No to się pytam, gdzie reszta?

Za to koledzy z Klastra Energii „Solińskie Słońce” mają wszystko policzone uczciwie: porozumienie podpisało w 2020 roku 12 podmiotów, teraz jest ich 17 i tyle podają, bez żadnego „ponad”. Koordynuje Gmina Solina, biuro jest w Polańczyku. Szacun.

Był też Marek Hudák ze Słowacji, z klastra Drevársky klaster Šariš – czyli po naszemu Szaryski Klaster Drzewny – siedzibę mają w Preszowie. Mówi, że mają ok. 45 członków, ale wliczają w to dwa państwowe nadleśnictwa, więc trudno to porównywać z nami. Chcemy z nimi zrobić wspólny projekt transgraniczny, trzymajcie kciuki.

I jeszcze dziewczyny z Krosna. Krośnieński Klaster Szkła Dmuchanego z Krosna (do zeszłego roku nazywali się Klaster Hutników Krosna, zmienili nazwę, bo „hutnik” kojarzył się wszystkim ze stalą) działa od 2011 roku i – jak same mówią – „jest nas blisko czterdzieści podmiotów, w tym 25 hut i pracowni”. Ich stowarzyszenie samo prowadzi klaster, bez żadnego koordynatora z zewnątrz. Też tak kiedyś chcemy.

Na koniec jedno sprostowanie, bo ludzie pytali: Podkarpacka Sieć Ekspertów Drewna, o której mówiłem na panelu, to nie jest klaster, tylko sieć doradców, którzy pomagają firmom z wnioskami. Współpracujemy, ale to inna bajka.

Wniosek? Liczby są ważne, ale ważniejsze, co robicie razem. My w tym roku po raz pierwszy wystawiliśmy się wspólnie na targach w Kielcach, 11 firm na jednym stoisku. I to jest dla mnie liczba, którą warto się chwalić.

EDIT (12.06.2024, 9:15): Katarzyna Wnęk, menedżerka jasielskiego klastra, napisała do mnie rano, że aktualnie mają 66 członków, a lista na stronie nie była aktualizowana od zimy. Przepraszam – wyszło na to, że obie liczby, i ta ze sceny, i moja z listy, były złe. Poprawiam.

#klastry #Podkarpacie #Bieszczady #drewno #stolarstwo #KlasterOsława #Zagórz #współpraca

Tagi: klastry, forum, liczby, członkostwo
Udostępnij: Facebook | LinkedIn | e-mail

------------------------------------------------------------------------
Komentarze (3)
------------------------------------------------------------------------

Piotr_S | 12 czerwca 2024, 07:58
A ile z tych 28 to firmy z samego Zagórza?

Grzegorz Fedak (autor) | 12 czerwca 2024, 08:20
Jedenaście. Reszta z Sanoka, Leska i okolic.

Ania K. | 12 czerwca 2024, 10:41
W „Solińskim Słońcu” rzeczywiście liczą uczciwie, potwierdzam, byłam na ich walnym spotkaniu w marcu w Ustrzykach Dolnych.

------------------------------------------------------------------------
Klaster Rzemiosła Drewnianego „Osława” | biuro: ul. Piłsudskiego 12, 38-540 Zagórz | tel. 13 462 08 31
www.klaster-oslawa.pl | Blog prowadzi Grzegorz Fedak, menedżer klastra. Poglądy wyrażone na blogu są prywatnymi opiniami autora.
"""


# ---------------------------------------------------------------------------
# r05 – PDF: a regional agency's list of European Cluster Excellence labels
# (mazowieckie, łódzkie)
# ---------------------------------------------------------------------------

R05_TOPLINE = "Nadwiślańska Agencja Rozwoju Regionalnego S.A.  ·  Dział Współpracy Gospodarczej  ·  ul. Chmielna 73, 00-801 Warszawa"
R05_TITLE = "KLASTRY Z OZNACZENIEM EUROPEAN CLUSTER EXCELLENCE LABEL"
R05_SUBTITLE = (
    "Mazowsze i województwa sąsiednie  ·  zestawienie informacyjne  ·  stan na 1 lipca 2024 r."
)
R05_INTRO = [
    "Oznaczenia jakości zarządzania klastrem (Bronze, Silver i Gold Label) przyznaje European Secretariat for Cluster Analysis (ESCA) w ramach European Cluster Excellence Initiative, po ocenie organizacji zarządzającej klastrem (cluster management organisation) przeprowadzonej przez akredytowanego eksperta. Oznaczenie jest ważne przez dwa lata od daty oceny.",
    "Zestawienie obejmuje organizacje klastrowe z siedzibą w województwie mazowieckim oraz – na ich wniosek – z województw sąsiednich, które poinformowały Agencję o posiadanym oznaczeniu. Według danych ESCA ważne oznaczenie posiada obecnie w Polsce 41 organizacji klastrowych, w tym 6 z oznaczeniem Gold.",
]
R05_LEGEND = "GOLD Label – oznaczenie złote (najwyższy poziom doskonałości zarządzania)  ·  SILVER Label – oznaczenie srebrne  ·  BRONZE Label – oznaczenie brązowe (pierwszy krok, „commitment to excellence”)"

R05_TABLE = [
    [
        "Lp.",
        "Cluster (EN) / Klaster (PL)",
        "Siedziba / Seat",
        "Label",
        "Data oceny / Assessed",
        "Ważne do / Valid until",
        "KKK*",
    ],
    [
        "1.",
        "Masovian Cold Chain Cluster<br/>Mazowiecki Klaster Łańcucha Chłodniczego",
        "Grójec",
        "GOLD",
        "14.03.2024",
        "14.03.2026",
        "tak (2020)",
    ],
    [
        "2.",
        "Radomski Klaster Technik Obronnych<br/>Radom Defence Technologies Cluster",
        "Radom",
        "SILVER",
        "02.10.2023",
        "02.10.2025",
        "nie",
    ],
    [
        "3.",
        "Plock Polymer Recycling Cluster<br/>Płocki Klaster Recyklingu Polimerów",
        "Płock",
        "SILVER",
        "19.06.2024",
        "19.06.2026",
        "tak (2022)",
    ],
    [
        "4.",
        "Klaster Twórców Gier „Praga Północ”<br/>Praga Game Makers Cluster",
        "Warszawa",
        "BRONZE",
        "07.02.2024",
        "07.02.2026",
        "nie",
    ],
    [
        "5.",
        "Kurpie Micro-Installations Cluster<br/>Kurpiowski Klaster Mikroinstalacji",
        "Ostrołęka",
        "BRONZE (wygasło / expired)",
        "23.11.2021",
        "23.11.2023",
        "nie",
    ],
    [
        "6.",
        "Lowicz Pickles and Juices Cluster<br/>Łowicki Klaster Kiszonek i Soków",
        "Łowicz (woj. łódzkie)",
        "BRONZE",
        "11.09.2023",
        "11.09.2025",
        "nie",
    ],
]
R05_TABLE_NOTE = "* KKK – status Krajowego Klastra Kluczowego (w nawiasie rok nadania statusu). Daty w formacie DD.MM.RRRR."

R05_PENDING = [
    ["Organizacja / Organisation", "Siedziba / Seat", "Uwagi / Remarks"],
    [
        "Siedlecki Klaster Logistyki Kolejowej",
        "Siedlce",
        "koordynator: Wschodniomazowiecka Izba Spedycji i Logistyki; ocena BRONZE zaplanowana na 9–10 września 2024 r.",
    ],
    [
        "Mazowiecka Sieć Laboratoriów Wodorowych",
        "Warszawa",
        "zgłoszenie odrzucone przez ESCA: sieć laboratoriów badawczych, nie jest organizacją klastrową",
    ],
]

# (label, heading, [(field, value)])
R05_CARDS = [
    (
        "GOLD",
        "Masovian Cold Chain Cluster (Mazowiecki Klaster Łańcucha Chłodniczego)",
        [
            ("Siedziba / Seat", "Grójec, ul. Sadowa 18 (biuro klastra / cluster office)"),
            (
                "Organizacja zarządzająca / Cluster management organisation",
                "Grójecka Fundacja Logistyki Owocowej (Grójec Fruit Logistics Foundation)",
            ),
            ("Członkowie / Members", "64 (w tym 51 MŚP / incl. 51 SMEs)"),
            (
                "Rok powstania / Established",
                "2012 – porozumienie o współpracy (cooperation agreement)",
            ),
            (
                "Goals",
                "joint cold stores and sorting plants for fruit growers; low-emission refrigerated transport; training of refrigeration technicians",
            ),
            (
                "Cele",
                "wspólne chłodnie i sortownie dla sadowników z Grójecczyzny; niskoemisyjny transport chłodniczy; szkolenie techników chłodnictwa",
            ),
            ("Label", "GOLD, 14.03.2024 – 14.03.2026 (wcześniej SILVER 2019, 2021)"),
            (
                "Liczby / Key figures",
                "pojemność chłodni członków 310 tys. ton; eksport jabłek 2023: 420 tys. ton",
            ),
            ("WWW", "www.coldchain-cluster.pl"),
        ],
    ),
    (
        "SILVER",
        "Radomski Klaster Technik Obronnych (Radom Defence Technologies Cluster)",
        [
            ("Siedziba / Seat", "Radom, ul. Słowackiego 40 (biuro klastra / cluster office)"),
            (
                "Organizacja zarządzająca / Cluster management organisation",
                "Radomska Izba Przemysłu Obronnego z siedzibą w Warszawie (Radom Chamber of Defence Industry, Warsaw)",
            ),
            ("Członkowie / Members", "ok. 40 / around 40"),
            ("Rok powstania / Established", "2016 – umowa konsorcjum (consortium agreement)"),
            ("Cele / Goals", "– (strategia klastra niepublikowana / cluster strategy not public)"),
            ("Label", "SILVER, 02.10.2023 – 02.10.2025"),
            ("Liczby / Key figures", "zatrudnienie u członków / employment: 5 800"),
            ("WWW", "www.radom-defence.pl"),
        ],
    ),
    (
        "SILVER",
        "Plock Polymer Recycling Cluster (Płocki Klaster Recyklingu Polimerów)",
        [
            ("Siedziba / Seat", "Płock"),
            (
                "Organizacja zarządzająca / Cluster management organisation",
                "Płocki Klaster Recyklingu Polimerów sp. z o.o. – spółka klastrowa; klaster nie ma odrębnego koordynatora (the cluster company manages the cluster itself)",
            ),
            (
                "Członkowie / Members",
                "29 (19 udziałowców + 10 członków stowarzyszonych / 19 shareholders + 10 associated members)",
            ),
            (
                "Rok powstania / Established",
                "2015 – porozumienie; spółka z o.o. od 2020 r. (company since 2020)",
            ),
            (
                "Cel / Goal",
                "zamknięcie obiegu tworzyw sztucznych w regionie płockim (closing the plastics loop in the Płock region)",
            ),
            ("Label", "SILVER, 19.06.2024 – 19.06.2026 (BRONZE 2022)"),
            ("Liczby / Key figures", "odpady przetworzone przez członków w 2023 r.: 42 tys. t"),
            ("WWW", "www.recykling-plock.pl"),
        ],
    ),
    (
        "BRONZE",
        "Klaster Twórców Gier „Praga Północ” (Praga Game Makers Cluster)",
        [
            (
                "Siedziba / Seat",
                "Warszawa, ul. Ząbkowska 27 – dzielnica Praga-Północ (Warsaw, Praga-Północ district)",
            ),
            (
                "Organizacja zarządzająca / Cluster management organisation",
                "Fundacja Rozwoju Gier Niezależnych „Level Up” (Level Up Indie Games Foundation)",
            ),
            (
                "Członkowie / Members",
                "ponad 25 studiów gier i 2 uczelnie / more than 25 game studios and 2 universities",
            ),
            ("Rok powstania / Established", "2021 – porozumienie (agreement)"),
            ("Goals", "joint stand at game fairs; incubator for debut studios"),
            ("Cele", "wspólne stoisko na targach gier; inkubator dla debiutujących studiów"),
            ("Label", "BRONZE, 07.02.2024 – 07.02.2026"),
            ("Liczby / Key figures", "gry wydane przez członków w 2023 r.: 34"),
            ("WWW", "www.pragagames.pl"),
        ],
    ),
    (
        "BRONZE",
        "Kurpie Micro-Installations Cluster (Kurpiowski Klaster Mikroinstalacji)",
        [
            ("Siedziba / Seat", "Ostrołęka"),
            (
                "Organizacja zarządzająca / Cluster management organisation",
                "Ostrołęckie Przedsiębiorstwo Energetyki Lokalnej sp. z o.o.",
            ),
            (
                "Członkowie / Members",
                "18 (na dzień oceny w 2021 r. / at assessment 2021); 21 (2024, dane koordynatora / coordinator's data)",
            ),
            ("Rok powstania / Established", "2019 – porozumienie (agreement)"),
            (
                "Status",
                "oznaczenie wygasło 23.11.2023; ponowna ocena planowana w 2025 r. (label expired; reassessment planned for 2025)",
            ),
            ("WWW", "–"),
        ],
    ),
    (
        "BRONZE",
        "Lowicz Pickles and Juices Cluster (Łowicki Klaster Kiszonek i Soków)",
        [
            ("Siedziba / Seat", "Łowicz, woj. łódzkie (Łódź Voivodeship)"),
            (
                "Organizacja zarządzająca / Cluster management organisation",
                "Łowickie Stowarzyszenie Przetwórców Owoców i Warzyw",
            ),
            (
                "Członkowie / Members",
                "ok. 35 firm, 2 szkoły i Powiat Łowicki / approx. 35 companies, 2 schools and Łowicz County",
            ),
            ("Rok powstania / Established", "2014 – umowa o współpracy (cooperation agreement)"),
            ("Cel / Goal", "wspólna marka „Łowickie z beczki” na rynkach Unii Europejskiej"),
            ("Label", "BRONZE, 11.09.2023 – 11.09.2025"),
            ("WWW", "www.lowickie-kiszonki.pl"),
        ],
    ),
]
R05_FOOTNOTE = "Zestawienie ma charakter informacyjny; dane przekazały organizacje klastrowe, daty oznaczeń sprawdzono w bazie ESCA 1 lipca 2024 r. Nadwiślańska Agencja Rozwoju Regionalnego S.A. nie jest organizacją klastrową i nie pośredniczy w ocenie. Kontakt: klastry@narr.com.pl, tel. 22 519 40 60, www.narr.com.pl"


def make_r05(path: Path) -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    register_fonts()
    red = colors.HexColor("#8C1C13")
    grey = colors.HexColor("#F1F1EF")
    label_colours = {
        "GOLD": colors.HexColor("#C9A227"),
        "SILVER": colors.HexColor("#A7A9AC"),
        "BRONZE": colors.HexColor("#B0703C"),
    }
    top = ParagraphStyle("top", fontName="DejaVuSans", fontSize=8, leading=10, textColor=red)
    title = ParagraphStyle("title", fontName="DejaVuSans-Bold", fontSize=18, leading=22)
    subtitle = ParagraphStyle(
        "subtitle", fontName="DejaVuSans", fontSize=10.5, leading=14, textColor=red
    )
    body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=8.8, leading=11.6, spaceAfter=4)
    cell = ParagraphStyle("cell", fontName="DejaVuSans", fontSize=8.4, leading=10.6)
    cellb = ParagraphStyle("cellb", fontName="DejaVuSans-Bold", fontSize=8.4, leading=10.6)
    small = ParagraphStyle("small", fontName="DejaVuSans", fontSize=7.3, leading=9.2)
    italic = ParagraphStyle("italic", fontName="DejaVuSans-Oblique", fontSize=7.6, leading=9.6)
    sub = ParagraphStyle(
        "sub", fontName="DejaVuSans-Bold", fontSize=12, leading=15, spaceBefore=4, spaceAfter=4
    )
    badge = ParagraphStyle(
        "badge",
        fontName="DejaVuSans-Bold",
        fontSize=9,
        leading=11,
        textColor=colors.white,
        alignment=1,
    )
    cardhead = ParagraphStyle("cardhead", fontName="DejaVuSans-Bold", fontSize=10, leading=13)

    def label_of(text: str) -> str:
        return text.split()[0]

    story = [
        Paragraph(R05_TOPLINE, top),
        Spacer(1, 4),
        Paragraph(R05_TITLE, title),
        Paragraph(R05_SUBTITLE, subtitle),
        Spacer(1, 5),
    ]
    story += [Paragraph(t, body) for t in R05_INTRO]
    story.append(Paragraph(R05_LEGEND, italic))
    story.append(Spacer(1, 5))
    story.append(Paragraph("Tabela 1. Klastry z ważnym lub niedawno wygasłym oznaczeniem", sub))
    data = []
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), grey),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for i, row in enumerate(R05_TABLE):
        if i == 0:
            data.append([Paragraph(c, cellb) for c in row])
            continue
        cells = [Paragraph(c, cell) for c in row]
        cells[3] = Paragraph(row[3], badge)
        data.append(cells)
        style.append(("BACKGROUND", (3, i), (3, i), label_colours[label_of(row[3])]))
    tab = Table(data, colWidths=[10 * mm, 88 * mm, 38 * mm, 34 * mm, 32 * mm, 32 * mm, 23 * mm])
    tab.setStyle(TableStyle(style))
    story += [tab, Spacer(1, 2), Paragraph(R05_TABLE_NOTE, small), Spacer(1, 6)]
    story.append(Paragraph("Tabela 2. Organizacje w trakcie oceny / Pending assessment", sub))
    pdata = [[Paragraph(c, cellb) for c in R05_PENDING[0]]]
    pdata += [[Paragraph(c, cell) for c in row] for row in R05_PENDING[1:]]
    ptab = Table(pdata, colWidths=[88 * mm, 38 * mm, 131 * mm])
    ptab.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story.append(ptab)
    story.append(PageBreak())
    story.append(Paragraph("Karty klastrów / Cluster profiles", sub))

    def card(label: str, heading: str, fields) -> Table:
        rows = [[Paragraph(label, badge), Paragraph(heading, cardhead)]]
        for key, val in fields:
            rows.append([Paragraph(key, small), Paragraph(val, cell)])
        t = Table(rows, colWidths=[62 * mm, 195 * mm])
        t.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (0, 0), label_colours[label]),
                    ("BACKGROUND", (1, 0), (1, 0), grey),
                    ("BOX", (0, 0), (-1, -1), 0.8, label_colours[label]),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, label_colours[label]),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 1), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 1), (-1, -1), 1.5),
                ]
            )
        )
        return t

    for label, heading, fields in R05_CARDS:
        story.append(KeepTogether([card(label, heading, fields), Spacer(1, 5)]))
    story.append(Spacer(1, 4))
    story.append(Paragraph(R05_FOOTNOTE, small))

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVuSans", 7)
        canvas.setFillColor(red)
        canvas.drawString(
            20 * mm, 8 * mm, "NARR S.A. · Klastry z oznaczeniem ECEI · stan na 1.07.2024"
        )
        canvas.drawRightString(277 * mm, 8 * mm, f"{doc.page}")
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=landscape(A4),
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=12 * mm,
        bottomMargin=14 * mm,
        title="Klastry z oznaczeniem European Cluster Excellence Label – stan na 1 lipca 2024 r.",
        author="Nadwiślańska Agencja Rozwoju Regionalnego S.A.",
        creator="heldout33",
        producer="heldout33",
        subject="",
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    path.write_bytes(buf.getvalue())


def main() -> None:
    make_r01(HERE / R01_NAME)
    (HERE / R02_NAME).write_bytes(R02_HTML.encode("utf-8"))
    make_r03(HERE / R03_NAME)
    (HERE / R04_NAME).write_bytes(R04_TEXT.encode("utf-8"))
    make_r05(HERE / R05_NAME)


if __name__ == "__main__":
    main()
