# ruff: noqa: E501
"""Generate the heldout31 documents (deterministic; all text lives here).

Run from the repository root:
    .venv/bin/python tests/cases/heldout31/make_documents.py
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


# ---------------------------------------------------------------------------
# p01 – PDF: two-page brochure of a regional development agency (małopolskie)
# ---------------------------------------------------------------------------

P01_TOPLINE = "Tarnowsko-Pogórzańska Agencja Rozwoju S.A.  |  Wydanie 2024"
P01_TITLE = "KLASTRY SUBREGIONU TARNOWSKIEGO"
P01_SUBTITLE = "Razem silniejsi. Poznaj inicjatywy klastrowe z Tarnowa, Brzeska, Bochni, Zakliczyna i Dąbrowy Tarnowskiej"
P01_INTRO = "Subregion tarnowski województwa małopolskiego to dziś 9 inicjatyw klastrowych, które zrzeszają ponad 400 przedsiębiorstw, szkół, uczelni i samorządów. Na kolejnych stronach przedstawiamy cztery z nich, a na mapie na odwrocie zaznaczyliśmy wszystkie, które zgodziły się na publikację danych. Kody QR prowadzą do stron internetowych."
P01_STATS = [
    ("9", "klastrów w subregionie"),
    ("400+", "zrzeszonych podmiotów"),
    ("11 tys.", "miejsc pracy u członków"),
    ("4", "powiaty"),
]

# (number, name, facts, goals_title, goals (list) or goals sentence (str), qr captions [(caption, url)])
P01_BOXES = [
    (
        "1",
        "Tarnowski Klaster Części Lotniczych „Skrzydło”",
        [
            "siedziba: Tarnów",
            "12 lat działalności",
            "ponad 60 członków",
            "koordynator: Izba Przemysłowa „Metal-Tarnów”",
            "forma: porozumienie o współpracy",
            "2 800 pracowników w firmach członkowskich",
        ],
        "Co robimy?",
        "wspólne zakupy stopów aluminium i tytanu  •  szkolenia operatorów obrabiarek CNC  •  wspólne stoisko na targach lotniczych",
        [
            (
                "Zeskanuj kod QR i odwiedź stronę klastra: www.klaster-skrzydlo.pl",
                "https://www.klaster-skrzydlo.pl",
            )
        ],
    ),
    (
        "2",
        "Brzeski Klaster Piwowarski „Uszwica”",
        [
            "siedziba: Brzesko",
            "od 2015 r. – porozumienie 7 browarów rzemieślniczych",
            "od 2019 r. – Stowarzyszenie Brzeski Klaster Piwowarski „Uszwica”, które samo prowadzi klaster (bez odrębnego koordynatora)",
            "28 członków, w tym 17 browarów",
            "1,4 mln litrów piwa rocznie",
        ],
        "Nasz cel",
        "Wspólna marka piw z Pogórza, wspólna rozlewnia w Brzesku i szkolenia dla młodych piwowarów.",
        [("Więcej o klastrze: www.klaster-uszwica.pl", "https://www.klaster-uszwica.pl")],
    ),
    (
        "3",
        "Klaster Winiarski Pogórza Ciężkowickiego",
        [
            "biuro klastra: Zakliczyn",
            "działa od 2016 r. na podstawie umowy konsorcjum",
            "18 winnic, 2 szkoły i Gmina Zakliczyn",
            "koordynator: Fundacja „Winne Wzgórza” z Ciężkowic",
            "ok. 45 ha winnic członków",
        ],
        "Cele klastra",
        [
            "rozwój enoturystyki na Pogórzu",
            "budowa wspólnej winiarni z laboratorium",
            "szkolenie młodych winiarzy",
        ],
        [
            ("Strona klastra: www.winnepogorze.pl", "https://www.winnepogorze.pl"),
            ("Fundacja „Winne Wzgórza”: www.winnewzgorza.org", "https://www.winnewzgorza.org"),
        ],
    ),
    (
        "4",
        "Klaster Energii „Powiśle Dąbrowskie”",
        [
            "koordynator: Gmina Dąbrowa Tarnowska",
            "porozumienie z 2019 r., podpisane przez 14 sygnatariuszy",
            "dziś 22 członków: 6 gmin, 15 firm i szpital powiatowy",
            "certyfikat klastra energii od 2020 r.",
            "38 MW mocy zainstalowanej w OZE",
        ],
        "Jeden cel",
        "Samowystarczalność energetyczna powiatu dąbrowskiego do 2030 r.",
        [],
    ),
]
P01_WHY_TITLE = "Dlaczego warto działać w klastrze?"
P01_WHY = [
    "łatwiejszy dostęp do dotacji na wspólne projekty badawczo-rozwojowe,",
    "niższe koszty zakupów, szkoleń i udziału w targach,",
    "kontakty ze szkołami, uczelniami i samorządami z sąsiedztwa.",
]
P01_WHY_NOTE = (
    "Agencja pomaga w założeniu klastra: bezpłatne konsultacje w każdy wtorek, tel. 14 690 32 18."
)
P01_BOX4_CONTACT = (
    "Kontakt: Urząd Miejski w Dąbrowie Tarnowskiej, Referat Energii, tel. 14 644 17 20"
)

P01_MAP_TITLE = "Mapa klastrów subregionu tarnowskiego"
# (marker, x_mm, y_mm) positions on the sketch map
P01_MAP_POINTS = [
    ("1", 58, 34),
    ("2", 30, 40),
    ("3", 44, 22),
    ("4", 56, 58),
    ("5", 12, 36),
    ("6", 70, 20),
]
P01_LEGEND = [
    "1 – Tarnowski Klaster Części Lotniczych „Skrzydło” (Tarnów)",
    "2 – Brzeski Klaster Piwowarski „Uszwica” (Brzesko)",
    "3 – Klaster Winiarski Pogórza Ciężkowickiego (Zakliczyn)",
    "4 – Klaster Energii „Powiśle Dąbrowskie” (Dąbrowa Tarnowska)",
    "5 – Bocheński Klaster Haloterapii „Solna Komora” (Bochnia, 11 członków)",
    "○ 6 – Tuchowski Klaster Stolarstwa Meblowego (Tuchów) – w przygotowaniu: list intencyjny podpisany w 2024 r., bez porozumienia i koordynatora",
    "★ – siedziba Agencji (Tarnów)",
    "▲ – Strefa Aktywności Gospodarczej Wojnicz (teren inwestycyjny, nie jest klastrem)",
]
P01_BACK = [
    "Twój klaster w kolejnym wydaniu? Napisz do nas: klastry@tpar.com.pl",
    "Wydawca: Tarnowsko-Pogórzańska Agencja Rozwoju S.A., ul. Krakowska 147, 33-100 Tarnów, tel. 14 690 32 15, www.tpar.com.pl. Dane przekazali koordynatorzy klastrów; stan na 31 marca 2024 r. Broszura bezpłatna, nakład 2 000 egz.",
]
P01_BACK_QR = (
    "Wersja elektroniczna broszury: www.tpar.com.pl/klastry",
    "https://www.tpar.com.pl/klastry",
)


def make_p01(path: Path) -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Circle, Drawing, Polygon, String
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

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    green = colors.HexColor("#1F5E3B")
    light = colors.HexColor("#E8F1EA")
    amber = colors.HexColor("#F2A900")
    top = ParagraphStyle("top", fontName="DejaVuSans", fontSize=8, leading=10, textColor=green)
    title = ParagraphStyle(
        "title", fontName="DejaVuSans-Bold", fontSize=24, leading=29, textColor=colors.white
    )
    title2 = ParagraphStyle(
        "title2", fontName="DejaVuSans-Bold", fontSize=15, leading=19, textColor=colors.white
    )
    subtitle = ParagraphStyle(
        "subtitle", fontName="DejaVuSans", fontSize=11, leading=14, textColor=colors.white
    )
    body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=9, leading=12, spaceAfter=4)
    fact = ParagraphStyle("fact", fontName="DejaVuSans", fontSize=8.8, leading=11.5)
    small = ParagraphStyle("small", fontName="DejaVuSans", fontSize=7.5, leading=9.5)
    boxhead = ParagraphStyle(
        "boxhead", fontName="DejaVuSans-Bold", fontSize=12.5, leading=15, textColor=colors.white
    )
    badge = ParagraphStyle(
        "badge", fontName="DejaVuSans-Bold", fontSize=18, leading=20, textColor=green, alignment=1
    )
    bignum = ParagraphStyle(
        "bignum", fontName="DejaVuSans-Bold", fontSize=20, leading=23, textColor=green, alignment=1
    )
    statlab = ParagraphStyle("statlab", fontName="DejaVuSans", fontSize=8, leading=10, alignment=1)
    goalhead = ParagraphStyle("goalhead", fontName="DejaVuSans-Bold", fontSize=9, leading=12)
    caption = ParagraphStyle(
        "caption", fontName="DejaVuSans-Bold", fontSize=8.5, leading=11, textColor=green
    )
    sub = ParagraphStyle(
        "sub", fontName="DejaVuSans-Bold", fontSize=12, leading=15, spaceBefore=4, spaceAfter=4
    )

    def qr(url: str, size: float) -> Drawing:
        widget = QrCodeWidget(url, barLevel="M")
        x0, y0, x1, y1 = widget.getBounds()
        d = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
        d.add(widget)
        return d

    def band(paras: list, bg) -> Table:
        t = Table([[p] for p in paras], colWidths=[180 * mm])
        t.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), bg),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8 * mm),
                    ("TOPPADDING", (0, 0), (-1, 0), 5 * mm),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 5 * mm),
                ]
            )
        )
        return t

    def box(number, name, facts, goals_title, goals, qrs) -> Table:
        left = [Paragraph("• " + f, fact) for f in facts]
        left.append(Spacer(1, 3))
        left.append(
            Paragraph(goals_title if goals_title.endswith("?") else goals_title + ":", goalhead)
        )
        if isinstance(goals, list):
            left += [Paragraph("– " + g, fact) for g in goals]
        else:
            left.append(Paragraph(goals, fact))
        right = [qr(url, 24 * mm) for _, url in qrs]
        rows = [
            [Paragraph(number, badge), Paragraph(name, boxhead), ""],
            ["", left, right],
        ]
        style = [
            ("SPAN", (1, 0), (2, 0)),
            ("BACKGROUND", (0, 0), (0, 0), amber),
            ("BACKGROUND", (1, 0), (2, 0), green),
            ("BACKGROUND", (0, 1), (-1, -1), light),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("BOX", (0, 0), (-1, -1), 1, green),
        ]
        for cap, _ in qrs:
            rows.append(["", Paragraph("▣ " + cap, caption), ""])
        if qrs:
            for i in range(len(qrs)):
                style.append(("SPAN", (1, 2 + i), (2, 2 + i)))
        t = Table(rows, colWidths=[14 * mm, 136 * mm, 30 * mm])
        t.setStyle(TableStyle(style))
        return t

    story = [
        Paragraph(P01_TOPLINE, top),
        Spacer(1, 3),
        band([Paragraph(P01_TITLE, title), Paragraph(P01_SUBTITLE, subtitle)], green),
        Spacer(1, 5),
        Paragraph(P01_INTRO, body),
        Spacer(1, 3),
    ]
    stats = Table(
        [
            [Paragraph(n, bignum) for n, _ in P01_STATS],
            [Paragraph(lab, statlab) for _, lab in P01_STATS],
        ],
        colWidths=[45 * mm] * 4,
    )
    stats.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), light),
                ("LINEAFTER", (0, 0), (2, -1), 0.8, colors.white),
            ]
        )
    )
    story += [stats, Spacer(1, 6)]
    story += [box(*P01_BOXES[0]), Spacer(1, 6), box(*P01_BOXES[1]), Spacer(1, 8)]
    why = [Paragraph(P01_WHY_TITLE, sub)] + [Paragraph("✓ " + w, fact) for w in P01_WHY]
    why += [Spacer(1, 3), Paragraph(P01_WHY_NOTE, small)]
    whytable = Table([[why]], colWidths=[180 * mm])
    whytable.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, amber)]))
    story.append(whytable)
    story.append(PageBreak())
    story += [band([Paragraph(P01_TITLE, title2)], green), Spacer(1, 5)]
    story += [box(*P01_BOXES[2]), Spacer(1, 6)]
    b4 = box(*P01_BOXES[3])
    story += [b4, Paragraph(P01_BOX4_CONTACT, small), Spacer(1, 6)]

    story.append(Paragraph(P01_MAP_TITLE, sub))
    sketch = Drawing(82 * mm, 70 * mm)
    outline = [
        (4, 30),
        (10, 48),
        (24, 52),
        (40, 66),
        (62, 68),
        (78, 52),
        (80, 30),
        (74, 10),
        (52, 4),
        (30, 8),
        (12, 16),
    ]
    pts = []
    for x, y in outline:
        pts += [x * mm, y * mm]
    sketch.add(Polygon(pts, fillColor=light, strokeColor=green, strokeWidth=1))
    for marker, x, y in P01_MAP_POINTS:
        hollow = marker == "6"
        sketch.add(
            Circle(
                x * mm,
                y * mm,
                3.2 * mm,
                fillColor=colors.white if hollow else amber,
                strokeColor=green,
            )
        )
        sketch.add(
            String(
                x * mm,
                y * mm - 1.2 * mm,
                marker,
                fontName="DejaVuSans-Bold",
                fontSize=8,
                textAnchor="middle",
            )
        )
    sketch.add(String(60 * mm, 42 * mm, "★", fontName="DejaVuSans", fontSize=10))
    sketch.add(String(46 * mm, 40 * mm, "▲", fontName="DejaVuSans", fontSize=8))
    legend = [Paragraph("Legenda", goalhead)] + [Paragraph(item, small) for item in P01_LEGEND]
    maptable = Table([[sketch, legend]], colWidths=[86 * mm, 94 * mm])
    maptable.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [maptable, Spacer(1, 6)]
    back = Table(
        [
            [
                [Paragraph(P01_BACK[0], goalhead), Spacer(1, 3), Paragraph(P01_BACK[1], small)],
                qr(P01_BACK_QR[1], 20 * mm),
            ],
            [Paragraph("▣ " + P01_BACK_QR[0], caption), ""],
        ],
        colWidths=[155 * mm, 25 * mm],
    )
    back.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 1), (1, 1)),
                ("LINEABOVE", (0, 0), (-1, 0), 1, green),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story.append(back)

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVuSans", 7)
        canvas.setFillColor(green)
        canvas.drawString(15 * mm, 8 * mm, "www.tpar.com.pl")
        canvas.drawRightString(195 * mm, 8 * mm, f"{doc.page}/2")
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=12 * mm,
        bottomMargin=14 * mm,
        title="Klastry subregionu tarnowskiego – broszura 2024",
        author="Tarnowsko-Pogórzańska Agencja Rozwoju S.A.",
        creator="heldout31",
        producer="heldout31",
        subject="",
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------
# p02 – DOCX: inspection report (protokół kontroli) of a grant (łódzkie)
# ---------------------------------------------------------------------------

P02_HEADER = "CENTRUM FUNDUSZY REGIONALNYCH W ŁODZI\nWydział Kontroli Projektów"
P02_PLACE = "Łódź, dnia 26 kwietnia 2024 r."
P02_SIGN = "Znak: CFR-WK.431.27.2024"
P02_TITLE = "PROTOKÓŁ KONTROLI NR 27/WK/2024"
P02_SUBTITLE = "z kontroli na miejscu projektu nr FELD.01.07-IP.02-0041/23 pn. „Wspólna platforma serwisowa i wzornicza maszyn pakujących”, realizowanego w ramach programu regionalnego Fundusze Europejskie dla Łódzkiego 2021–2027"

# (kind, text): kinds: h = heading, p = paragraph, table = member table, sig = signatures
P02_BODY = [
    ("h", "1. Informacje ogólne"),
    (
        "p",
        "1.1. Jednostka kontrolowana (Beneficjent): Fundacja Rozwoju Przemysłu Maszynowego „Trybik”, ul. Ogrodowa 8, 98-240 Szadek, NIP 829-176-40-52, KRS 0000584213, strona internetowa Beneficjenta: www.fundacja-trybik.org.pl.",
    ),
    (
        "p",
        "1.2. Umowa o dofinansowanie nr FELD.01.07-IP.02-0041/23-00 z dnia 30 listopada 2023 r. Wartość projektu: 1 486 200,00 zł, w tym dofinansowanie: 1 114 650,00 zł. Okres realizacji: 1 stycznia 2024 r. – 30 czerwca 2025 r.",
    ),
    (
        "p",
        "1.3. Termin kontroli: 15–17 kwietnia 2024 r. Miejsce kontroli: biuro klastra, ul. Łaska 61, 98-220 Zduńska Wola.",
    ),
    (
        "p",
        "1.4. Zespół kontrolujący: Katarzyna Wolska-Pietrzak (kierownik zespołu) i Grzegorz Maciejak, na podstawie upoważnienia nr 88/2024 Dyrektora Centrum z dnia 8 kwietnia 2024 r.",
    ),
    (
        "p",
        "1.5. Wyjaśnień w toku kontroli udzielali: Agnieszka Dolata – Prezes Zarządu Fundacji, oraz Paweł Kurzawa – menedżer klastra.",
    ),
    (
        "p",
        "1.6. Zakres kontroli: kwalifikowalność wydatków poniesionych do dnia 31 marca 2024 r., status Beneficjenta jako koordynatora klastra, skład członkowski klastra, realizacja wskaźników, informacja i promocja.",
    ),
    ("h", "2. Ustalenia kontroli"),
    ("h2", "2.1. Status Beneficjenta jako koordynatora klastra"),
    (
        "p",
        "Beneficjent jest koordynatorem Zduńskowolskiego Klastra Maszyn Pakujących (dalej: Klaster lub ZKMP), działającego na podstawie porozumienia o współpracy z dnia 14 maja 2015 r., zmienionego aneksami nr 1–4. Funkcję koordynatora Beneficjent pełni od dnia 1 stycznia 2018 r.; wcześniej pełniła ją Gmina Miasto Zduńska Wola. Biuro Klastra mieści się w Zduńskiej Woli przy ul. Łaskiej 61. Zespół kontrolujący potwierdził, że uchwała Rady Klastra nr 3/2023 z dnia 9 października 2023 r. upoważnia Beneficjenta do realizacji projektu w imieniu i na rzecz członków Klastra.",
    ),
    ("h2", "2.2. Skład członkowski Klastra"),
    (
        "p",
        "Zgodnie z § 5 ust. 2 umowy o dofinansowanie Beneficjent zobowiązał się zapewnić, aby w okresie realizacji projektu Klaster liczył co najmniej 15 członków. Na dzień kontroli porozumienie obejmowało 19 sygnatariuszy, z czego 2 wystąpiło z Klastra (oświadczenia o wystąpieniu z dnia 30 września 2023 r. i z dnia 12 stycznia 2024 r.). Zespół kontrolujący porównał wykaz członków stanowiący załącznik nr 1 do umowy o dofinansowanie z wykazem przedstawionym w toku kontroli oraz z oryginałami deklaracji przystąpienia (Tabela 1). Wymóg minimalnej liczby członków jest spełniony.",
    ),
    ("caption", "Tabela 1. Wykaz sygnatariuszy porozumienia na dzień kontroli"),
    ("table", None),
    ("h2", "2.3. Cele Klastra"),
    ("p", "Zgodnie z § 3 porozumienia celami Klastra są:"),
    (
        "p",
        "1) rozwój wspólnej platformy serwisowej maszyn pakujących produkowanych przez członków,",
    ),
    ("p", "2) wspólne prace badawczo-rozwojowe nad maszynami do opakowań biodegradowalnych,"),
    ("p", "3) kształcenie mechatroników we współpracy ze szkołami branżowymi regionu."),
    (
        "p",
        "Cel projektu – uruchomienie zdalnego serwisu dla 120 maszyn pracujących u klientów członków Klastra – jest zgodny z celami określonymi w porozumieniu.",
    ),
    ("h2", "2.4. Realizacja wskaźników"),
    (
        "p",
        "Liczba przedsiębiorstw objętych wsparciem: wartość docelowa 12, wartość osiągnięta na dzień kontroli 9. Liczba pracowników, którzy ukończyli szkolenia: wartość docelowa 80, wartość osiągnięta 86. Wskaźniki realizowane są zgodnie z harmonogramem.",
    ),
    ("h2", "2.5. Współpraca z innymi klastrami"),
    (
        "p",
        "W ramach zadania 4 projektu (wymiana doświadczeń) Beneficjent zawarł umowy o współpracy z trzema klastrami:",
    ),
    (
        "p",
        "a) Bełchatowskim Klastrem Popiołów i Kruszyw, koordynowanym przez Stowarzyszenie Producentów Kruszyw Sztucznych z siedzibą w Bełchatowie; klaster liczy ok. 25 członków – wspólne testy maszyn workujących;",
    ),
    (
        "p",
        "b) Klastrem Energii „Zelów-Buczek”, którego koordynatorem jest Gmina Zelów, obejmującym 5 gmin, 9 przedsiębiorstw oraz szpital powiatowy – wspólny audyt energetyczny hal produkcyjnych;",
    ),
    (
        "p",
        "c) Koneckim Klastrem Armatury i Odlewów z Końskich (woj. świętokrzyskie), prowadzonym przez Stowarzyszenie „Konecki Klaster Armatury i Odlewów” – wizyta studyjna w zakładzie członka klastra w Stąporkowie w dniu 11 marca 2024 r.",
    ),
    (
        "p",
        "Jeden z byłych członków Klastra, Termoform Zapolice sp. z o.o., w oświadczeniu o wystąpieniu wskazał, że przystąpił do Łódzkiego Klastra Domów Energooszczędnych i zmienia profil działalności.",
    ),
    ("h2", "2.6. Informacja i promocja"),
    (
        "p",
        "Beneficjent prowadzi stronę internetową Klastra www.zkmp.pl. Zespół kontrolujący stwierdził, że wykaz członków opublikowany na tej stronie nie został zaktualizowany i nadal obejmuje obu członków, którzy wystąpili z Klastra. Oznakowanie biura i sprzętu zakupionego w projekcie jest prawidłowe.",
    ),
    ("h", "3. Stwierdzone uchybienia"),
    ("p", "Uchybienie nr 1: nieaktualny wykaz członków na stronie internetowej Klastra (pkt 2.6)."),
    ("p", "Nie stwierdzono wydatków niekwalifikowalnych."),
    ("h", "4. Zalecenia pokontrolne"),
    (
        "p",
        "Zaleca się zaktualizowanie wykazu członków na stronie www.zkmp.pl w terminie 14 dni od dnia otrzymania niniejszego protokołu oraz przekazanie Centrum informacji o wykonaniu zalecenia.",
    ),
    ("h", "5. Pouczenie"),
    (
        "p",
        "Kierownik jednostki kontrolowanej może w terminie 14 dni od dnia otrzymania protokołu zgłosić do niego pisemne zastrzeżenia. Protokół sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze stron.",
    ),
    ("sig", None),
]

P02_TABLE = [
    ["Lp.", "Nazwa podmiotu", "Rodzaj podmiotu", "Data przystąpienia", "Status na dzień kontroli"],
    [
        "1.",
        "Fundacja Rozwoju Przemysłu Maszynowego „Trybik” (koordynator)",
        "fundacja",
        "14.05.2015",
        "członek",
    ],
    ["2.", "Pakmet-Wola sp. z o.o.", "przedsiębiorstwo", "14.05.2015", "członek"],
    ["3.", "Zakłady Mechaniczne „Karsznice” S.A.", "przedsiębiorstwo", "14.05.2015", "członek"],
    ["4.", "Folpak Systemy Pakujące sp. j.", "przedsiębiorstwo", "14.05.2015", "członek"],
    [
        "5.",
        "Etykieciarnia Grzelak i Synowie sp. z o.o.",
        "przedsiębiorstwo",
        "14.05.2015",
        "członek",
    ],
    ["6.", "Automatyka Szadek sp. z o.o.", "przedsiębiorstwo", "14.05.2015", "członek"],
    [
        "7.",
        "Branżowa Szkoła Mechaniki Precyzyjnej w Zduńskiej Woli",
        "szkoła",
        "14.05.2015",
        "członek",
    ],
    ["8.", "Gmina Miasto Zduńska Wola", "jednostka samorządu", "14.05.2015", "członek"],
    [
        "9.",
        "Wolpak Maszyny sp. z o.o.",
        "przedsiębiorstwo",
        "02.03.2016",
        "wystąpił (oświadczenie z 30.09.2023)",
    ],
    ["10.", "Serwis-Pak Sieradz sp. z o.o.", "przedsiębiorstwo", "02.03.2016", "członek"],
    [
        "11.",
        "Centrum Badawcze Opakowań i Mechatroniki sp. z o.o.",
        "jednostka badawcza",
        "02.03.2016",
        "członek",
    ],
    ["12.", "Drukpol Zduńska Wola s.c.", "przedsiębiorstwo", "15.06.2017", "członek"],
    ["13.", "Powiat Zduńskowolski", "jednostka samorządu", "15.06.2017", "członek"],
    ["14.", "Kartonex Łask sp. z o.o.", "przedsiębiorstwo", "20.04.2018", "członek"],
    [
        "15.",
        "Termoform Zapolice sp. z o.o.",
        "przedsiębiorstwo",
        "20.04.2018",
        "wystąpił (oświadczenie z 12.01.2024)",
    ],
    ["16.", "Mechanika Precyzyjna Bartczak sp. k.", "przedsiębiorstwo", "11.09.2019", "członek"],
    [
        "17.",
        "Pak-Design Studio Projektowe Anna Gładysz",
        "przedsiębiorstwo",
        "03.02.2020",
        "członek",
    ],
    [
        "18.",
        "Wyższa Szkoła Inżynierii Produkcji w Sieradzu",
        "uczelnia",
        "17.05.2021",
        "członek",
    ],
    ["19.", "Linea Pack Wieluń sp. z o.o.", "przedsiębiorstwo", "08.11.2022", "członek"],
]

P02_SIGNATURES = [
    "Kontrolujący:",
    "Katarzyna Wolska-Pietrzak – kierownik zespołu kontrolującego\t……………………………",
    "Grzegorz Maciejak – członek zespołu kontrolującego\t……………………………",
    "Kierownik jednostki kontrolowanej:",
    "Agnieszka Dolata – Prezes Zarządu Fundacji Rozwoju Przemysłu Maszynowego „Trybik”\t……………………………",
    "Protokół otrzymałam w dniu 29 kwietnia 2024 r.",
]


def make_p02(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    cp = doc.core_properties
    fixed = datetime(2024, 4, 26, 12, 0, 0)
    cp.author = "Wydział Kontroli Projektów"
    cp.last_modified_by = "Wydział Kontroli Projektów"
    cp.title = "Protokół kontroli nr 27/WK/2024"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1

    header = doc.sections[0].header
    header.paragraphs[0].text = P02_HEADER
    footer = doc.sections[0].footer
    footer.paragraphs[0].text = "Protokół kontroli nr 27/WK/2024 – projekt FELD.01.07-IP.02-0041/23"

    p = doc.add_paragraph(P02_PLACE)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(P02_SIGN)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(P02_TITLE).bold = True
    p = doc.add_paragraph(P02_SUBTITLE)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, text in P02_BODY:
        if kind == "h":
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
        elif kind == "p":
            doc.add_paragraph(text)
        elif kind == "caption":
            doc.add_paragraph().add_run(text).italic = True
        elif kind == "table":
            table = doc.add_table(rows=len(P02_TABLE), cols=len(P02_TABLE[0]))
            table.style = "Table Grid"
            for i, row in enumerate(P02_TABLE):
                for j, val in enumerate(row):
                    cell = table.cell(i, j)
                    cell.text = val
                    if i == 0:
                        cell.paragraphs[0].runs[0].bold = True
            doc.add_paragraph(
                "Źródło: dokumentacja Beneficjenta, stan na dzień 17 kwietnia 2024 r."
            )
        elif kind == "sig":
            for line in P02_SIGNATURES:
                doc.add_paragraph(line)

    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 4, 26, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# p03 – HTML: a cluster's call for new members and partners (zachodniopomorskie)
# ---------------------------------------------------------------------------

P03_HTML = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dołącz do nas! | Klaster Serwisu Turbin Wiatrowych &bdquo;Wieprza&rdquo;</title>
<meta name="description" content="Nabór nowych członków i partnerów klastra – do 30 czerwca 2024 r.">
<link rel="stylesheet" href="/assets/css/style.min.css">
<script async src="/assets/js/stats.js"></script>
</head>
<body class="page-nabor">
<header class="site-header">
<a class="logo" href="/"><img src="/assets/img/logo-wieprza.svg" alt="Klaster Serwisu Turbin Wiatrowych Wieprza – logo"></a>
<nav><ul>
<li><a href="/">Start</a></li>
<li><a href="/o-klastrze/">O klastrze</a></li>
<li><a href="/czlonkowie/">Członkowie</a></li>
<li><a href="/aktualnosci/">Aktualności</a></li>
<li><a href="/dolacz/" class="active">Dołącz do nas</a></li>
<li><a href="/kontakt/">Kontakt</a></li>
<li><a href="/en/">EN</a></li>
</ul></nav>
</header>
<div class="wrapper">
<main>
<article class="nabor">
<h1>Dołącz do nas!</h1>
<p class="lead">Szukamy nowych członków – firm, które serwisują, naprawiają lub budują turbiny wiatrowe, a także szkół i uczelni, które chcą kształcić dla branży. Nabór deklaracji trwa do 30&nbsp;czerwca 2024&nbsp;r.</p>

<h2>O klastrze</h2>
<p>Klaster Serwisu Turbin Wiatrowych &bdquo;Wieprza&rdquo; (KSTW) powstał w 2018&nbsp;r., kiedy 9 firm serwisowych z okolic Sławna podpisało porozumienie o współpracy. Dziś tworzy go 14 przedsiębiorstw (serwisy turbin, firmy dźwigowe, elektrycy i producenci części), dwie szkoły – Technikum Odnawialnych Źródeł Energii w Sławnie i Szkoła Branżowa Techników Wiatrowych w Darłowie – oraz Gmina Miasto Sławno. Koordynatorem klastra jest Fundacja Energii Wiatru &bdquo;Podmuch&rdquo; z Koszalina, a biuro klastra mieści się w Sławnie.</p>
<p>Firmy członkowskie obsługują ponad 600 turbin na lądzie w województwach zachodniopomorskim i pomorskim i zatrudniają ok. 900 techników.</p>

<h2>Nasze cele</h2>
<ul class="cele">
<li>rozwój regionalnego zaplecza serwisowego dla farm wiatrowych,</li>
<li>wspólne szkolenia techników pracujących na wysokości,</li>
<li>recykling zużytych łopat wirników,</li>
<li>przygotowanie członków do obsługi morskich farm wiatrowych.</li>
</ul>

<h2>Co zyskasz?</h2>
<ul class="korzysci">
<li>dostęp do wspólnego magazynu części i dźwigu gąsienicowego,</li>
<li>miejsce na wspólnym stoisku klastra na targach branżowych,</li>
<li>zniżki na szkolenia GWO (do 40%),</li>
<li>kontakty z partnerami z Polski i Danii.</li>
</ul>

<h2>Kogo szukamy?</h2>
<p>Przyjmujemy przedsiębiorstwa zatrudniające co najmniej 3 osoby, szkoły, uczelnie i instytucje otoczenia biznesu. Roczna składka członkowska wynosi 1&nbsp;200&nbsp;zł (dla mikrofirm 600&nbsp;zł). Do końca 2025&nbsp;r. chcemy liczyć 30 członków.</p>

<h2>Jak dołączyć?</h2>
<ol>
<li>Pobierz i wypełnij <a href="/pliki/deklaracja-przystapienia.pdf">deklarację przystąpienia</a>.</li>
<li>Prześlij ją na adres <a href="mailto:nabor@klaster-wieprza.pl">nabor@klaster-wieprza.pl</a>.</li>
<li>Rada Klastra rozpatrzy deklarację w ciągu 30 dni.</li>
<li>Podpisz przystąpienie do porozumienia o współpracy.</li>
</ol>

<section class="aktualnosci">
<h2>Z życia klastra</h2>
<article>
<p class="date"><time datetime="2024-03-12">12.03.2024</time></p>
<h3>List intencyjny z Białogardem</h3>
<p>Podpisaliśmy list intencyjny z tworzącym się Białogardzkim Klastrem Magazynów Ciepła. Inicjatywa z Białogardu nie ma jeszcze porozumienia ani koordynatora; do wspólnych szkoleń zaprosiliśmy 5 jej przyszłych członków.</p>
</article>
<article>
<p class="date"><time datetime="2024-02-05">05.02.2024</time></p>
<h3>Walne zebranie w Darłowie</h3>
<p>Na zebraniu członków w Darłowie przyjęliśmy 2 nowe firmy i zatwierdziliśmy plan szkoleń na 2024&nbsp;r. (14 kursów, 160 uczestników).</p>
</article>
</section>
</article>
</main>

<aside class="sidebar">
<h3>Nasi partnerzy</h3>
<ul class="partnerzy">
<li><strong>Goleniowski Klaster Kompozytów i Łopat Wirnikowych</strong> (Goleniów) – ok. 30 firm; wspólnie testujemy naprawy łopat. <a href="https://www.kompozyty-goleniow.pl">www.kompozyty-goleniow.pl</a></li>
<li><strong>Choszczeński Klaster Pelletu i Biomasy</strong> – koordynator: Gmina Choszczno; ponad 20 członków.</li>
<li><strong>Lęborski Klaster Kabli i Osprzętu Elektrycznego</strong> – działa od 2019&nbsp;r., koordynowany przez Pomorską Izbę Elektrotechniki w Lęborku.</li>
<li><strong>Esbjerg Vindservice Klynge</strong> (Esbjerg, Dania) – ok. 40 firm i uczelnia; partner w wymianie techników.</li>
<li>Bałtycka Izba Energetyki Wiatrowej – partner instytucjonalny (nie jest klastrem).</li>
</ul>
<h3>Biuro klastra</h3>
<address>
ul. Jedności Narodowej 9<br>
76-100 Sławno<br>
tel. 59 810 44 27<br>
<a href="mailto:biuro@klaster-wieprza.pl">biuro@klaster-wieprza.pl</a><br>
<a href="https://www.klaster-wieprza.pl">www.klaster-wieprza.pl</a>
</address>
</aside>
</div>

<footer class="site-footer">
<p>Koordynator klastra: Fundacja Energii Wiatru &bdquo;Podmuch&rdquo;, ul. Zwycięstwa 140, 75-613 Koszalin, NIP 669-251-38-14, KRS 0000693127, REGON 367905144, <a href="https://www.fundacja-podmuch.pl">www.fundacja-podmuch.pl</a></p>
<p>&copy; 2024 Klaster Serwisu Turbin Wiatrowych &bdquo;Wieprza&rdquo; &middot; <a href="/polityka-prywatnosci/">Polityka prywatności</a></p>
<p>Projekt i wykonanie strony: Falakod Studio, Kołobrzeg &ndash; <a href="https://www.falakod.pl">www.falakod.pl</a></p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# p04 – TXT (UTF-8): semicolon CSV exported from a spreadsheet (several voivodeships)
# ---------------------------------------------------------------------------

P04_HEADER = [
    "nazwa",
    "koordynator",
    "miejscowość",
    "województwo",
    "liczba_członków",
    "rok_założenia",
    "forma",
    "www",
    "obroty_mln_zł",
    "uwagi",
]
# Cells are written exactly as given; None = an unquoted empty cell, int = an unquoted number.
P04_ROWS = [
    [
        "Augustowski Klaster Turystyki Wodnej",
        "Augustowska Fundacja Turystyki Aktywnej",
        "Augustów",
        "podlaskie",
        27,
        2016,
        "porozumienie",
        "www.klaster-augustow.pl",
        "4,8",
        "w tym 19 wypożyczalni kajaków",
    ],
    [
        "Klaster Kaszarski\nZiemi Janowskiej",
        'Spółdzielnia Producentów Rolnych "Porytowe Wzgórze"',
        "Janów Lubelski",
        "lubelskie",
        "ok. 35",
        2019,
        "umowa konsorcjum",
        "www.kasze-janow.pl",
        "7,35",
        "",
    ],
    [
        "Dzierżoniowski Klaster Sprzętu Audio",
        "Stowarzyszenie Dzierżoniowski Klaster Sprzętu Audio",
        "Dzierżoniów",
        "dolnośląskie",
        31,
        2014,
        "stowarzyszenie",
        "www.audio-klaster.pl",
        "22,6",
        "porozumienie z 2014 r.; stowarzyszenie zarejestrowane w 2017 r.\ndane na 31.12.2023",
    ],
    [
        "Tyski Klaster Stacji Ładowania Pojazdów",
        'Centrum Transferu Technologii "E-Tychy" sp. z o.o.',
        "Tychy",
        "śląskie",
        None,
        2021,
        "porozumienie",
        "https://ladowanie-tychy.pl",
        "",
        "brak aktualnych danych o liczbie członków",
    ],
    [
        "Rypiński Klaster Hodowli Indyków",
        "Dobrzyńska Izba Drobiarska",
        "Rypin",
        "kujawsko-pomorskie",
        17,
        2012,
        "umowa o współpracy",
        "www.indyki-rypin.pl; www.turkey-cluster.eu",
        "118,9",
        "14 firm, 2 instytuty badawcze i Gmina Miasto Rypin",
    ],
    [
        "Garwoliński Klaster Pieczarkarski\n(dawniej: Klaster Producentów Grzybów Ziemi Garwolińskiej)",
        "Garwoliński Klaster Pieczarkarski sp. z o.o.",
        "Garwolin",
        "mazowieckie",
        42,
        2017,
        "spółka z o.o.",
        "www.pieczarki-garwolin.pl",
        "63,05",
        "porozumienie od 2017 r., spółka od 2020 r. (zmiana nazwy)",
    ],
    ["RAZEM", None, None, None, "ok. 152", None, None, None, "216,7", None],
]


def csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    return '"' + value.replace('"', '""') + '"'


def make_p04_text() -> str:
    lines = ["sep=;", ";".join(P04_HEADER)]
    for row in P04_ROWS:
        lines.append(";".join(csv_cell(v) for v in row))
    # rows end with CRLF as in a spreadsheet export; line breaks inside cells stay LF
    return "\r\n".join(lines) + "\r\n"


# ---------------------------------------------------------------------------
# p05 – TXT (ISO-8859-2, LF): radio interview transcript (dolnośląskie)
# ---------------------------------------------------------------------------

P05_TEXT = """RADIO PRZEŁĘCZ 96,3 FM
Audycja "Gospodarka po sąsiedzku" - odcinek 112
Emisja: 14 maja 2024 r., godz. 18.05-18.40
Transkrypcja audycji (zapis nieautoryzowany; skróty redakcyjne oznaczono [...])

Prowadząca: Joanna Rudnicka-Kos
Gość: Marek Sobieraj, menedżer Wałbrzyskiego Klastra Porcelany Stołowej

[00:00:12] PROWADZĄCA: Dobry wieczór państwu, zaczynamy kolejny odcinek "Gospodarki po sąsiedzku". Dziś rozmawiamy o porcelanie, a w studiu jest ze mną pan Marek Sobieraj, menedżer Wałbrzyskiego Klastra Porcelany Stołowej. Dobry wieczór.

[00:00:31] GOŚĆ: Dobry wieczór, witam serdecznie słuchaczy.

[00:00:35] PROWADZĄCA: Zacznijmy od podstaw. Czym właściwie jest taki klaster i ilu was jest?

[00:00:41] GOŚĆ: Mówiąc najprościej, klaster to jest umowa o współpracy, porozumienie firm i instytucji, które chcą coś robić razem. My podpisaliśmy porozumienie w 2016 roku, jesienią, tutaj w Wałbrzychu. Zaczynało jedenaście firm, a dziś mamy już ponad trzydziestu członków...

[00:01:02] PROWADZĄCA: Ponad trzydziestu?

[00:01:04] GOŚĆ: Nie, przepraszam, muszę się poprawić, bo w marcu dwie firmy od nas odeszły. Jest nas dokładnie dwudziestu dziewięciu: dwadzieścia jeden firm, cztery szkoły, dwie uczelnie i dwie gminy - Wałbrzych i Boguszów-Gorce.

[00:01:20] PROWADZĄCA: A kto tym wszystkim zarządza? Pan?

[00:01:23] GOŚĆ: (śmiech) Nie, ja jestem tylko menedżerem, zatrudnionym na etacie. Koordynatorem klastra jest spółka Sudeckie Centrum Wzornictwa sp. z o.o. ze Szczawna-Zdroju. Natomiast biuro klastra mamy w Wałbrzychu, na Piaskowej Górze, w dawnej malarni - tam, gdzie kiedyś malowano filiżanki.

[00:01:45] PROWADZĄCA: Po co firmom taki klaster? Co chcecie osiągnąć?

[00:01:49] GOŚĆ: Naszym celem jest odbudowa marki wałbrzyskiej porcelany, kształcenie zdobników i malarzy porcelany oraz wspólny eksport do Niemiec i Skandynawii. To są trzy rzeczy, które wpisaliśmy do porozumienia, i wszystko, co robimy, jakoś się do nich sprowadza.

[00:02:10] PROWADZĄCA: Ile osób pracuje dziś w firmach członkowskich?

[00:02:13] GOŚĆ: Razem około tysiąca dwustu. W najlepszych latach w samym Wałbrzychu w porcelanie pracowało pięć tysięcy ludzi, więc do tego nam daleko. [...]

[00:09:30] PROWADZĄCA: Współpracujecie z innymi klastrami?

[00:09:33] GOŚĆ: Tak, i to blisko. Po pierwsze z Piechowickim Klastrem Grawerstwa Szklanego - to są Piechowice, pod Szklarską Porębą, blisko czterdzieści hut i pracowni. Robimy razem zestawy, porcelana plus szkło. Po drugie z Niemcami: Porzellan-Cluster Oberfranken, czyli Klaster Porcelany Górnej Frankonii, z siedzibą w Selb w Bawarii. Tam jest ponad sto firm, jeździmy do nich na targi. No i przy izolatorach, bo część naszych firm robi też ceramikę techniczną, współpracujemy ze Śląskim Klastrem Ceramiki Elektrotechnicznej. Oni zrzeszają osiemnaście firm, ale skąd dokładnie są... nie chcę skłamać, chyba spod Katowic albo spod Opola, nie pamiętam.

[00:10:15] PROWADZĄCA: Mamy telefon od słuchacza. Pan Zbigniew z Jedliny-Zdroju, dobry wieczór.

[00:10:19] SŁUCHACZ: Dobry wieczór. Ja przepracowałem trzydzieści lat w zakładach porcelany. Czy klaster przyjmuje takie małe pracownie, jednoosobowe?

[00:10:28] GOŚĆ: Oczywiście. Składka dla mikrofirm to sto pięćdziesiąt złotych miesięcznie i mamy już trzy jednoosobowe pracownie zdobnicze. Zapraszam do biura.

[00:10:41] PROWADZĄCA: Słyszałam, że w Świdnicy powstaje klaster wodorowy. To prawda?

[00:10:45] GOŚĆ: Na razie to jest pomysł. Kilka firm podpisało list intencyjny, roboczo nazywa się to Świdnicka Dolina Wodorowa, ale to jeszcze nie jest klaster - nie ma porozumienia ani koordynatora.

[00:11:02] PROWADZĄCA: Na koniec: gdzie można was znaleźć?

[00:11:05] GOŚĆ: Najlepiej w internecie albo u nas w biurze, od poniedziałku do piątku.

[00:11:10] PROWADZĄCA: Przypomnę, strona klastra to www.porcelana-walbrzych.pl. Moim i państwa gościem był Marek Sobieraj, menedżer Wałbrzyskiego Klastra Porcelany Stołowej. Dziękuję bardzo.

[00:11:21] GOŚĆ: Dziękuję.

---
Radio Przełęcz 96,3 FM, ul. Słowackiego 22, 58-300 Wałbrzych. Podcasty audycji: www.radioprzelecz.pl/gospodarka
Transkrypcję sporządziła redakcja na potrzeby osób niesłyszących.
"""


def main() -> None:
    make_p01(HERE / "p01_broszura_klastry_subregionu_tarnowskiego.pdf")
    make_p02(HERE / "p02_protokol_kontroli_projektu_klaster_zdunska_wola.docx")
    (HERE / "p03_dolacz_do_nas_klaster_wieprza_slawno.html").write_bytes(P03_HTML.encode("utf-8"))
    (HERE / "p04_zestawienie_klastrow_eksport_arkusza_csv.txt").write_bytes(
        make_p04_text().encode("utf-8")
    )
    (HERE / "p05_transkrypcja_audycji_porcelana_walbrzych_iso8859-2.txt").write_bytes(
        P05_TEXT.encode("iso8859_2")
    )


if __name__ == "__main__":
    main()
