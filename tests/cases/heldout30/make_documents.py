# ruff: noqa: E501
"""Generate the heldout30 documents (deterministic; all text lives here).

Run from the repository root:
    .venv/bin/python tests/cases/heldout30/make_documents.py
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


# ---------------------------------------------------------------------------
# n01 – PDF: a bank's sector report on the furniture and wood industry (national)
# ---------------------------------------------------------------------------

N01_NUMBERS = [
    ("14,6 mld EUR", "eksport mebli z Polski w 2023 r."),
    ("151 300", "pracujących w produkcji mebli"),
    ("14 klastrów", "branży drzewno-meblarskiej w Polsce"),
    ("ok. 410 firm", "zrzeszonych w tych klastrach"),
    ("5", "studiów przypadków w rozdziale 4"),
    ("1 250", "pracowników – średnie zatrudnienie w 40 największych fabrykach"),
]

N01_FINDINGS = [
    "Eksport mebli spadł w 2023 r. realnie o 4,2%, ale w I półroczu 2024 r. odbił o 1,8% r/r.",
    "Wielkopolska pozostaje liderem rankingu regionów – skupia blisko jedną trzecią zatrudnienia w branży.",
    "Klastry pomagają małym firmom w trzech obszarach: kadry, zakupy surowca i wspólna marka.",
    "Największym ryzykiem na lata 2025–2026 pozostają ceny drewna i płyt, które od 2020 r. wzrosły o 38%.",
]

N01_MARKET = [
    "Produkcja sprzedana mebli w Polsce wyniosła w 2023 r. 61 800 mln zł, o 3,1% mniej niż rok wcześniej. Branża zatrudniała 151 300 osób w blisko 23 400 firmach; 94% z nich to mikroprzedsiębiorstwa zatrudniające do 9 osób. Na drugim biegunie znajduje się 40 największych fabryk, w których średnie zatrudnienie sięga 1 250 pracowników, a największy zakład zatrudnia ponad 6 000 osób.",
    "Głównym rynkiem zbytu pozostają Niemcy (34% eksportu), przed Francją (7%) i Wielką Brytanią (6%). Rośnie znaczenie rynków nordyckich: eksport do Szwecji, Danii i Norwegii zwiększył się od 2019 r. o 27%. Marże producentów mebli skrzyniowych spadły w 2023 r. do 3,9%, producentów mebli tapicerowanych – do 5,2%.",
]

N01_RANKING = [
    [
        "Miejsce",
        "Województwo",
        "Zatrudnienie (tys. osób)",
        "Udział w eksporcie mebli",
        "Klastry",
        "Wynik (pkt)",
    ],
    ["1", "wielkopolskie", "47,2", "31%", "3", "88"],
    ["2", "warmińsko-mazurskie", "16,9", "11%", "2", "71"],
    ["3", "kujawsko-pomorskie", "12,8", "9%", "1", "63"],
    ["4", "podlaskie", "9,6", "7%", "2", "58"],
    ["5", "lubuskie", "8,4", "6%", "1", "54"],
    ["6", "zachodniopomorskie", "10,1", "6%", "2", "52"],
    ["7", "pomorskie", "7,7", "5%", "1", "49"],
    ["8", "mazowieckie", "11,3", "5%", "0", "45"],
    ["–", "pozostałe (8 województw)", "27,3", "20%", "2", "–"],
    ["", "Razem", "151,3", "100%", "14", ""],
]

N01_RANKING_NOTE = [
    "Ranking uwzględnia pięć wskaźników: zatrudnienie, udział w eksporcie, liczbę firm meblarskich na 10 000 mieszkańców, nakłady inwestycyjne oraz dostępność kadr. Kolumna „Klastry” pokazuje liczbę działających w województwie klastrów branży drzewno-meblarskiej według naszej bazy.",
    "Wielkopolska zawdzięcza pozycję lidera zagłębiu meblarskiemu wokół Poznania i Swarzędza oraz zakładom w okolicach Kępna i Jarocina. Na drugim miejscu – tak jak przed rokiem – jest Warmia i Mazury. Największy awans zanotowało Podlasie (z 6. na 4. miejsce), głównie dzięki inwestycjom producentów stolarki okiennej.",
]

N01_CLUSTERS_INTRO = [
    "Według naszej bazy w Polsce działa 14 klastrów branży drzewno-meblarskiej, które zrzeszają łącznie ok. 410 firm, a także szkoły, uczelnie i samorządy. Przeciętny klaster liczy 29 członków, ale rozpiętość jest duża: od 11 do ponad 60. W zestawieniu nie uwzględniliśmy Ogólnopolskiego Porozumienia Producentów Mebli Ogrodowych – to zrzeszenie branżowe, które samo nie uważa się za klaster – ani sieci salonów meblowych działających pod wspólnym szyldem.",
    "Do studiów przypadków w rozdziale 4 wybraliśmy pięć klastrów z różnych regionów i o różnej formie organizacyjnej – od porozumienia, przez stowarzyszenie, po spółkę z o.o. Dane pochodzą z wywiadów przeprowadzonych we wrześniu 2024 r.",
]

# (title, paragraphs before bullets, bullets, paragraphs after, fact box rows)
N01_CASES = [
    (
        "4.1. Swarzędz: sofa, która podbiła Skandynawię",
        [
            "Kiedy w 2011 r. jedenastu producentów mebli wypoczynkowych ze Swarzędza i okolic podpisało porozumienie o współpracy, mało kto wierzył, że lokalni konkurenci usiądą przy jednym stole. Trzynaście lat później Swarzędzki Klaster Mebli Wypoczynkowych (SKMW) to 64 członków, w tym 52 producentów mebli, którzy razem zatrudniają 7 850 pracowników i eksportują do 31 krajów.",
            "W 2015 r. członkowie zarejestrowali Stowarzyszenie „Swarzędzki Klaster Mebli Wypoczynkowych” z siedzibą w Swarzędzu, które od tej pory samo zarządza klastrem – bez zewnętrznego koordynatora. – Zamiast podkupywać sobie tapicerów, wspólnie ich kształcimy – mówi prezes stowarzyszenia Bartosz Wilkoński.",
            "Na liście priorytetów klastra są:",
        ],
        [
            "wspólne kształcenie tapicerów i szwaczek w centrum kompetencji w Swarzędzu,",
            "wspólne zakupy pianek, tkanin i stelaży,",
            "budowa marki „Swarzędz Sofa” na rynkach nordyckich,",
            "wdrażanie gospodarki obiegu zamkniętego w produkcji mebli.",
        ],
        [
            "Stoisko klastra na targach w Kolonii odwiedziło w tym roku ponad 2 000 kupców, a hala szkoleniowa w Murowanej Goślinie ma ruszyć w 2025 r. Więcej: www.skmw.org.pl.",
        ],
        [
            ["W skrócie", ""],
            ["Siedziba", "Swarzędz"],
            ["Forma", "stowarzyszenie (od 2015 r.); wcześniej porozumienie (od 2011 r.)"],
            ["Członkowie", "64"],
            ["Eksport", "31 krajów"],
        ],
    ),
    (
        "4.2. Mazury: drewno z certyfikatem",
        [
            "Na Mazurach stawką jest surowiec. Klaster Tartaczno-Stolarski Ziemi Piskiej zawiązano w 2017 r. na podstawie umowy konsorcjum; jego koordynatorem została Warmińsko-Mazurska Izba Przemysłu Drzewnego z siedzibą w Olsztynie. Biuro klastra działa jednak w Piszu, bliżej tartaków.",
            "Klaster tworzą 23 tartaki, 9 zakładów stolarskich, technikum leśne oraz Gmina Pisz. Celem klastra jest wspólna certyfikacja drewna w systemie FSC, skrócenie łańcucha dostaw surowca oraz promocja marki „Mebel z Mazur” na rynku niemieckim. Tartaki członkowskie przetarły w 2023 r. 412 000 m³ drewna.",
            "Więcej informacji o klastrze można znaleźć na stronie internetowej koordynatora: www.wmipd.olsztyn.pl.",
        ],
        [],
        [],
        [],
    ),
    (
        "4.3. Podlasie: spółka zamiast porozumienia",
        [
            "Sokólski Klaster Producentów Okien i Drzwi działał od 2016 r. na podstawie porozumienia. W 2019 r. jego członkowie założyli spółkę Sokólski Klaster Producentów Okien i Drzwi sp. z o.o. z siedzibą w Sokółce, która zarządza klastrem. Klaster zrzesza dziś blisko 40 firm – producentów stolarki okiennej, drzwi i elementów drewnianych – z Sokółki, Dąbrowy Białostockiej i Korycina; 12 z nich to udziałowcy spółki.",
            "Łączne przychody członków sięgnęły w 2023 r. 1 480 mln zł, a wspólny dział sprzedaży eksportowej obsługuje 9 rynków. – Spółka daje nam szybkość decyzji, której brakowało w porozumieniu – podkreśla prezes zarządu Anna Szafrańska.",
        ],
        [],
        [],
        [],
    ),
    (
        "4.4. Lubuskie: płyta z drugiego obiegu",
        [
            "Lubuski Klaster Płyt Meblowych to konsorcjum 18 firm i 2 szkół branżowych. Jego liderem – i zarazem koordynatorem – jest spółka Odra-Laminat sp. z o.o. z Nowej Soli. Umowę konsorcjum podpisano w 2020 r.",
            "Jedynym celem, jaki członkowie wpisali do umowy, jest uruchomienie wspólnej linii do recyklingu zużytych płyt wiórowych. Linia ma ruszyć w 2026 r. w Kożuchowie i przerabiać 60 000 ton odpadów rocznie.",
        ],
        [],
        [],
        [],
    ),
    (
        "4.5. Kaszuby: dom z bali w 12 tygodni",
        [
            "Najmłodszy w zestawieniu, ale najszybciej rosnący – tak można opisać Klaster Domów z Bali „Kaszubski Zrąb”. Powstał w 2018 r. z inicjatywy Fundacji Budownictwa Drewnianego „Ciesiołka” z Kościerzyny, która do dziś go koordynuje. Skupia ponad 30 firm ciesielskich, projektowych i wykonawczych. Klaster stawia sobie za cel upowszechnienie energooszczędnego budownictwa z drewna na Pomorzu i skrócenie czasu budowy dzięki prefabrykacji.",
            "W 2023 r. członkowie oddali do użytku 312 domów, a budowa jednego domu trwa średnio 12 tygodni. W 2025 r. „Kaszubski Zrąb” chce otworzyć dom pokazowy w Gdańsku. Strona klastra: www.kaszubskizrab.pl.",
        ],
        [],
        [],
        [],
    ),
]

N01_HORIZON = "Na horyzoncie: Kujawy. W województwie kujawsko-pomorskim rodzi się kolejna inicjatywa. Siedem firm produkujących meble biurowe z Bydgoszczy i Nakła nad Notecią podpisało w maju 2024 r. list intencyjny w sprawie utworzenia Nadnoteckiego Klastra Mebli Biurowych. Umowy ani koordynatora jeszcze nie ma, dlatego nie ujęliśmy tej inicjatywy w statystykach."

N01_DISCLAIMER = "Niniejszy raport ma charakter wyłącznie informacyjny i nie stanowi rekomendacji inwestycyjnej. Autorzy: Paweł Kędzierski, Monika Lis-Borowiec. Biuro Analiz Sektorowych, Kasztel Bank S.A., ul. Grzybowska 87, 00-844 Warszawa, analizy@kasztelbank.pl, www.kasztelbank.pl/analizy."


def make_n01(path: Path) -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        KeepTogether,
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
    navy = colors.HexColor("#1F3A5F")
    pale = colors.HexColor("#E8EEF5")
    body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=9.5, leading=13, spaceAfter=6)
    small = ParagraphStyle("small", fontName="DejaVuSans", fontSize=7.5, leading=9.5)
    cell = ParagraphStyle("cell", fontName="DejaVuSans", fontSize=8, leading=10)
    kicker = ParagraphStyle(
        "kicker", fontName="DejaVuSans-Bold", fontSize=11, leading=14, textColor=navy
    )
    title = ParagraphStyle(
        "title", fontName="DejaVuSans-Bold", fontSize=26, leading=31, textColor=navy, spaceAfter=4
    )
    subtitle = ParagraphStyle(
        "subtitle", fontName="DejaVuSans", fontSize=13, leading=17, spaceAfter=10
    )
    head = ParagraphStyle(
        "head", fontName="DejaVuSans-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=8
    )
    sub = ParagraphStyle(
        "sub", fontName="DejaVuSans-Bold", fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=4
    )
    big = ParagraphStyle("big", fontName="DejaVuSans-Bold", fontSize=17, leading=21, textColor=navy)
    caption = ParagraphStyle("caption", fontName="DejaVuSans", fontSize=8, leading=10)

    def header_footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVuSans", 7.5)
        canvas.setFillColor(navy)
        canvas.drawString(20 * mm, 287 * mm, "Kasztel Bank S.A. · Biuro Analiz Sektorowych")
        canvas.drawRightString(190 * mm, 287 * mm, "Raport branżowy · Meble i drewno 2024")
        canvas.drawString(20 * mm, 12 * mm, "Dokument publiczny")
        canvas.drawRightString(190 * mm, 12 * mm, f"{doc.page}")
        canvas.restoreState()

    story = [
        Paragraph("RAPORT BRANŻOWY", kicker),
        Spacer(1, 4),
        Paragraph("Meble i drewno 2024", title),
        Paragraph("Polski przemysł meblarski: eksport, kadry i współpraca w klastrach", subtitle),
        Paragraph("Biuro Analiz Sektorowych Kasztel Bank S.A. · Warszawa, październik 2024", body),
        Spacer(1, 10),
        Paragraph("W liczbach", sub),
    ]
    boxes = [[Paragraph(n, big), Paragraph(c, caption)] for n, c in N01_NUMBERS]
    grid = [boxes[0:3], boxes[3:6]]
    info = Table(grid, colWidths=[56 * mm, 56 * mm, 56 * mm])
    info.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), pale),
                ("BOX", (0, 0), (-1, -1), 0.8, navy),
                ("INNERGRID", (0, 0), (-1, -1), 3, colors.white),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    story += [info, Spacer(1, 10), Paragraph("Najważniejsze wnioski", sub)]
    story.append(
        ListFlowable(
            [ListItem(Paragraph(t, body)) for t in N01_FINDINGS],
            bulletType="bullet",
            start="■",
            bulletFontName="DejaVuSans",
            bulletColor=navy,
            bulletFontSize=6,
            leftIndent=14,
        )
    )
    story.append(PageBreak())
    story.append(Paragraph("1. Rynek mebli w 2024 r.", head))
    story += [Paragraph(t, body) for t in N01_MARKET]
    story.append(Paragraph("2. Ranking regionów", head))
    story.append(
        Paragraph("Tabela 2.1. Ranking województw – potencjał branży meblarskiej 2024", sub)
    )
    data = [[Paragraph(c, cell) for c in row] for row in N01_RANKING]
    table = Table(data, colWidths=[16 * mm, 42 * mm, 30 * mm, 30 * mm, 18 * mm, 22 * mm])
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, navy),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, navy),
                ("BACKGROUND", (0, 0), (-1, 0), pale),
                ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#F5F7FA")]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story += [table, Paragraph("Źródło: GUS, Eurostat, obliczenia Kasztel Bank S.A.", small)]
    story.append(Spacer(1, 6))
    story += [Paragraph(t, body) for t in N01_RANKING_NOTE]
    story.append(Paragraph("3. Klastry w branży drzewno-meblarskiej", head))
    story += [Paragraph(t, body) for t in N01_CLUSTERS_INTRO]
    story.append(PageBreak())
    story.append(Paragraph("4. Studia przypadków: klastry, które zmieniają branżę", head))
    for case_title, before, bullets, after, facts in N01_CASES:
        story.append(Paragraph(case_title, sub))
        story += [Paragraph(t, body) for t in before]
        if bullets:
            story.append(
                ListFlowable(
                    [ListItem(Paragraph(b, body)) for b in bullets],
                    bulletType="bullet",
                    start="■",
                    bulletFontName="DejaVuSans",
                    bulletColor=navy,
                    bulletFontSize=6,
                    leftIndent=14,
                )
            )
        story += [Paragraph(t, body) for t in after]
        if facts:
            rows = [[Paragraph(k, cell), Paragraph(v, cell)] for k, v in facts]
            box = Table(rows, colWidths=[30 * mm, 100 * mm])
            box.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, -1), pale),
                        ("SPAN", (0, 0), (1, 0)),
                        ("BOX", (0, 0), (-1, -1), 0.6, navy),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story += [KeepTogether([box]), Spacer(1, 6)]
    horizon = Table([[Paragraph(N01_HORIZON, body)]], colWidths=[170 * mm])
    horizon.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FFF4DE")),
                ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#C08A1E")),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    story += [Spacer(1, 8), KeepTogether([horizon]), Spacer(1, 14)]
    story.append(Paragraph(N01_DISCLAIMER, small))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title="Raport branżowy – Meble i drewno 2024",
        author="Kasztel Bank S.A. – Biuro Analiz Sektorowych",
        creator="heldout30",
        producer="heldout30",
        subject="",
    )
    doc.build(story, onFirstPage=header_footer, onLaterPages=header_footer)
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------
# n02 – DOCX: note from a meeting of cluster managers (łódzkie and neighbours)
# ---------------------------------------------------------------------------

N02_HEAD = [
    "Spotkanie menedżerów klastrów nr 3/2024",
    "Data: 17 października 2024 r., godz. 10:00–14:15",
    "Miejsce: Łódź, Centrum Konferencyjne „Tkalnia”, ul. Przędzalniana 112, sala B",
    "Prowadząca: Joanna Sikorska-Pająk (Regionalne Centrum Wsparcia Klastrów)",
    "Notatkę sporządził: Michał Dębowski, 18 października 2024 r.",
]

N02_ATTENDEES = [
    ["Lp.", "Imię i nazwisko", "Organizacja", "Klaster", "Funkcja"],
    ["1.", "Joanna Sikorska-Pająk", "Regionalne Centrum Wsparcia Klastrów", "–", "prowadząca"],
    ["2.", "Michał Dębowski", "Regionalne Centrum Wsparcia Klastrów", "–", "notatka"],
    [
        "3.",
        "Anna Wierzbicka",
        "Ozorkowska Agencja Rozwoju sp. z o.o.",
        "Ozorkowski Klaster Tkanin Obiciowych",
        "menedżerka klastra",
    ],
    [
        "4.",
        "Tomasz Rzepecki",
        "Urząd Miasta Bełchatowa",
        "Bełchatowski Klaster Ciepła Odnawialnego",
        "koordynator klastra",
    ],
    [
        "5.",
        "Karolina Ostaszewska",
        "Stowarzyszenie Klaster Logistyki Chłodniczej „Mroźny Szlak”",
        "Klaster Logistyki Chłodniczej „Mroźny Szlak”",
        "prezes zarządu",
    ],
    [
        "6.",
        "Jacek Brzozowski",
        "Stowarzyszenie Klaster Logistyki Chłodniczej „Mroźny Szlak”",
        "Klaster Logistyki Chłodniczej „Mroźny Szlak”",
        "członek zarządu",
    ],
    [
        "7.",
        "Piotr Gajda",
        "Wyższa Szkoła Projektowania Przemysłowego, Centrum Prototypowania",
        "Klaster Druku 3D i Szybkiego Prototypowania",
        "menedżer klastra",
    ],
    [
        "8.",
        "Ewa Kurdziel",
        "Fundacja „Winorośl Sandomierska”",
        "Sandomierski Klaster Enoturystyczny",
        "koordynatorka",
    ],
    [
        "9.",
        "Łukasz Pawlak",
        "Wydawnictwo „Kość i Pionek” sp. z o.o.",
        "Klaster Wydawców Gier Towarzyskich (w organizacji)",
        "gość",
    ],
    [
        "10.",
        "Marta Zielonka",
        "Bank Spółdzielczy „Rzemieślnik” w Łodzi",
        "–",
        "gość, doradczyni ds. finansowania",
    ],
]

N02_TOUR = [
    "Ozorkowski Klaster Tkanin Obiciowych (Ozorków) – koordynator: Ozorkowska Agencja Rozwoju sp. z o.o.; 27 członków: 22 firmy, 3 uczelnie i 2 instytuty badawcze. W 2024 r. klaster otworzył wspólne laboratorium badań palności w Zgierzu; trwa rekrutacja 4 nowych firm.",
    "Bełchatowski Klaster Ciepła Odnawialnego – porozumienie z 2019 r., koordynator: Gmina Miasto Bełchatów; ok. 30 podmiotów. Jedyny cel klastra: zastąpienie do 2035 r. ciepła z węgla ciepłem ze źródeł odnawialnych w sieciach ciepłowniczych członków.",
    "Klaster Logistyki Chłodniczej „Mroźny Szlak” – stowarzyszenie z siedzibą w Sochaczewie (porozumienie od 2016 r., stowarzyszenie od 2020 r.), samo zarządza klastrem; 19 członków. Cele na najbliższe lata: wspólna flota elektrycznych samochodów chłodni, centrum szkoleniowe dla kierowców oraz cyfrowy monitoring temperatury w łańcuchu dostaw.",
    "Sandomierski Klaster Enoturystyczny – umowa o współpracy z 2021 r.; koordynator: Fundacja „Winorośl Sandomierska” z Sandomierza; 12 winnic, 3 gospodarstwa agroturystyczne i Gmina Dwikozy. Cele: wspólny szlak enoturystyczny oraz wspólna marka wina z Ziemi Sandomierskiej.",
    "Klaster Druku 3D i Szybkiego Prototypowania – ponad 50 członków, głównie małe firmy z Łodzi i Pabianic; koordynator: Wyższa Szkoła Projektowania Przemysłowego (Łódź). Strona: www.druk3d-klaster.lodz.pl.",
    "Klaster Wydawców Gier Towarzyskich (w organizacji) – sześć wydawnictw podpisało w czerwcu list intencyjny; porozumienie ma zostać zawarte w I kwartale 2025 r.",
]

N02_OTHER = [
    "Prowadząca przypomniała, że Sieć Menedżerów Klastrów Polski Centralnej nie jest klastrem – to nieformalne forum wymiany doświadczeń, bez członkostwa i składek.",
    "Pani Zielonka przedstawiła ofertę kredytów na wspólne inwestycje klastrów (do 2 mln zł, okres spłaty do 10 lat). Pan Rzepecki poinformował, że w 2025 r. do klastra w Bełchatowie przystąpią kolejne 4 podmioty.",
]

N02_DECISIONS = [
    "Do 15 listopada 2024 r. każdy klaster prześle do RCWK aktualne dane (liczba członków, strona www, osoba do kontaktu) – odpowiedzialni: menedżerowie klastrów.",
    "„Mroźny Szlak” i Klaster Druku 3D przygotują wspólną ofertę dla przetwórców żywności – odpowiedzialni: K. Ostaszewska, P. Gajda; termin: 31 stycznia 2025 r.",
    "RCWK opracuje kalendarz targów na 2025 r. i roześle go uczestnikom – odpowiedzialny: M. Dębowski.",
    "Kolejne spotkanie: 12 grudnia 2024 r. w Tomaszowie Mazowieckim.",
]


def make_n02(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    cp = doc.core_properties
    fixed = datetime(2024, 10, 18, 12, 30, 0)
    cp.author = "Michał Dębowski"
    cp.last_modified_by = "Michał Dębowski"
    cp.title = "Notatka ze spotkania menedżerów klastrów 3/2024"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1

    section = doc.sections[0]
    section.header.paragraphs[
        0
    ].text = "Regionalne Centrum Wsparcia Klastrów · Sieć Menedżerów Klastrów Polski Centralnej"
    section.footer.paragraphs[0].text = "Notatka robocza – do użytku uczestników spotkania"

    p = doc.add_paragraph()
    p.add_run("NOTATKA ZE SPOTKANIA").bold = True
    for t in N02_HEAD:
        doc.add_paragraph(t)
    doc.add_heading("1. Lista obecności", level=2)
    table = doc.add_table(rows=len(N02_ATTENDEES), cols=len(N02_ATTENDEES[0]))
    table.style = "Table Grid"
    for i, row in enumerate(N02_ATTENDEES):
        for j, val in enumerate(row):
            table.cell(i, j).text = val
            if i == 0:
                table.cell(i, j).paragraphs[0].runs[0].bold = True
    doc.add_paragraph("Obecnych: 10 osób reprezentujących 5 klastrów i 1 inicjatywę w organizacji.")
    doc.add_heading("2. Tour de table", level=2)
    doc.add_paragraph("Każdy klaster przedstawił się w dwóch–trzech zdaniach:")
    for t in N02_TOUR:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_heading("3. Sprawy różne", level=2)
    for t in N02_OTHER:
        doc.add_paragraph(t)
    doc.add_heading("4. Ustalenia", level=2)
    doc.add_paragraph("Ustalenia:")
    for t in N02_DECISIONS:
        doc.add_paragraph(t, style="List Number")
    doc.add_paragraph("Załącznik: prezentacja Banku Spółdzielczego „Rzemieślnik” (12 slajdów).")

    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 10, 18, 12, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# n03 – HTML: encyclopedic wiki article about one cluster (opolskie)
# ---------------------------------------------------------------------------

N03_HTML = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<title>Brzeski Klaster Mechatroniki – Encyklopedia Opolszczyzny</title>
<link rel="stylesheet" href="/w/load.css">
<script src="/w/startup.js"></script>
</head>
<body class="page-Brzeski_Klaster_Mechatroniki">
<div id="siteNotice">Dołącz do tygodnia edycji o przemyśle regionu (4–10 listopada)!</div>
<nav id="p-navigation">
<ul>
<li><a href="/wiki/Strona_główna">Strona główna</a></li>
<li><a href="/wiki/Specjalna:Losowa_strona">Losuj artykuł</a></li>
<li><a href="/wiki/Kategoria:Gospodarka_Opolszczyzny">Gospodarka regionu</a></li>
<li><a href="/wiki/Pomoc:Edycja">Pomoc</a></li>
</ul>
</nav>
<main id="content">
<h1 id="firstHeading">Brzeski Klaster Mechatroniki</h1>
<div id="siteSub">Z Encyklopedii Opolszczyzny, wolnej encyklopedii regionalnej</div>
<div id="contentSub">(Przekierowano z <a href="/w/index.php?title=Klaster_Automatyki_Ziemi_Brzeskiej&amp;redirect=no">Klaster Automatyki Ziemi Brzeskiej</a>)</div>

<table class="infobox">
<caption>Brzeski Klaster Mechatroniki</caption>
<tr><th>Nazwa</th><td>Brzeski Klaster Mechatroniki</td></tr>
<tr><th>Skrót</th><td>BKM</td></tr>
<tr><th>Siedziba</th><td><a href="/wiki/Brzeg">Brzeg</a>, ul. Ślusarska 9</td></tr>
<tr><th>Data założenia</th><td>14 maja 2013</td></tr>
<tr><th>Forma prawna</th><td>porozumienie klastrowe (umowa konsorcjum)</td></tr>
<tr><th>Liczba członków</th><td>47 (2024)<sup class="reference"><a href="#cite_note-2">[2]</a></sup></td></tr>
<tr><th>Koordynator</th><td>Nadodrzańskie Centrum Technologii sp. z o.o.</td></tr>
<tr><th>Przewodniczący rady klastra</th><td>Wojciech Mróz</td></tr>
<tr><th>Strona</th><td><a class="external" href="https://www.bkm-brzeg.pl">www.bkm-brzeg.pl</a></td></tr>
</table>

<p><b>Brzeski Klaster Mechatroniki</b> (<b>BKM</b>, do 2018 <i>Klaster Automatyki Ziemi Brzeskiej</i>) &ndash; inicjatywa klastrowa przedsiębiorstw branży mechatroniki, automatyki i budowy maszyn z siedzibą w <a href="/wiki/Brzeg">Brzegu</a> w <a href="/wiki/Województwo_opolskie">województwie opolskim</a>. Działa od 2013 roku na podstawie umowy konsorcjum; jego koordynatorem jest spółka Nadodrzańskie Centrum Technologii.</p>

<div id="toc" class="toc">
<div class="toctitle"><h2>Spis treści</h2></div>
<ul>
<li><a href="#Historia">1 Historia</a></li>
<li><a href="#Cele">2 Cele</a></li>
<li><a href="#Członkowie">3 Członkowie</a></li>
<li><a href="#Zobacz_też">4 Zobacz też</a></li>
<li><a href="#Przypisy">5 Przypisy</a></li>
</ul>
</div>

<h2><span class="mw-headline" id="Historia">Historia</span><span class="mw-editsection">[<a href="/w/index.php?action=edit&amp;section=1">edytuj</a> | <a href="/w/index.php?action=edit&amp;section=1&amp;kod=1">edytuj kod</a>]</span></h2>
<p>W listopadzie 2012 dziewięć firm z Brzegu, <a href="/wiki/Lewin_Brzeski">Lewina Brzeskiego</a> i <a href="/wiki/Gmina_Skarbimierz">Skarbimierza</a> podpisało w <a href="/wiki/Opole">Opolu</a> list intencyjny w sprawie współpracy. Umowę konsorcjum zawarto 14 maja 2013; klaster przyjął nazwę Klaster Automatyki Ziemi Brzeskiej, a rolę koordynatora powierzono spółce Nadodrzańskie Centrum Technologii. W 2016 klaster liczył 29 członków<sup class="reference"><a href="#cite_note-3">[3]</a></sup>.</p>
<p>W 2018, po rozszerzeniu działalności o robotykę i systemy wizyjne, zmieniono nazwę na Brzeski Klaster Mechatroniki<sup class="reference"><a href="#cite_note-1">[1]</a></sup>. W 2020 BKM podpisał umowę o współpracy z czeskim klastrem <i>Opavský klastr automatizace</i> z <a href="/wiki/Opawa">Opawy</a><sup class="reference"><a href="#cite_note-4">[4]</a></sup>. W 2023 członkowie klastra zrealizowali wspólnie 14 projektów badawczo-rozwojowych o łącznej wartości 38,5 mln zł.</p>

<h2><span class="mw-headline" id="Cele">Cele</span><span class="mw-editsection">[<a href="/w/index.php?action=edit&amp;section=2">edytuj</a> | <a href="/w/index.php?action=edit&amp;section=2&amp;kod=1">edytuj kod</a>]</span></h2>
<p>Zgodnie z umową konsorcjum celami klastra są:</p>
<ul>
<li>rozwój kompetencji w zakresie robotyzacji małych i średnich przedsiębiorstw,</li>
<li>wspólne projekty badawczo-rozwojowe z uczelniami regionu,</li>
<li>kształcenie mechatroników w szkołach zawodowych powiatu brzeskiego,</li>
<li>promocja eksportu maszyn i urządzeń produkowanych przez członków.</li>
</ul>

<h2><span class="mw-headline" id="Członkowie">Członkowie</span><span class="mw-editsection">[<a href="/w/index.php?action=edit&amp;section=3">edytuj</a> | <a href="/w/index.php?action=edit&amp;section=3&amp;kod=1">edytuj kod</a>]</span></h2>
<p>Według raportu rocznego koordynatora w 2024 klaster zrzeszał 47 podmiotów: 38 przedsiębiorstw, 4 szkoły zawodowe, 2 uczelnie, 2 gminy (Brzeg i Skarbimierz) oraz jedną instytucję otoczenia biznesu<sup class="reference"><a href="#cite_note-2">[2]</a></sup>. Firmy członkowskie zatrudniają łącznie ok. 3&nbsp;400 osób. Partnerem naukowym klastra, niebędącym jego członkiem, jest Instytut Automatyki Stosowanej w Opolu.</p>
<p>Wybrani członkowie:</p>
<ul>
<li>Mechatron-Brzeg sp. z o.o.</li>
<li>Odra Robotics S.A.</li>
<li>Zakład Narzędziowy Skarbimierz sp. z o.o.</li>
<li>Odrzańskie Technikum Mechatroniczne w Brzegu</li>
</ul>

<h2><span class="mw-headline" id="Zobacz_też">Zobacz też</span><span class="mw-editsection">[<a href="/w/index.php?action=edit&amp;section=4">edytuj</a> | <a href="/w/index.php?action=edit&amp;section=4&amp;kod=1">edytuj kod</a>]</span></h2>
<ul>
<li><a href="/wiki/Kluczborski_Klaster_Odlewni_Żeliwa">Kluczborski Klaster Odlewni Żeliwa</a> &ndash; porozumienie ok. 20 odlewni i modelarni z siedzibą w Kluczborku, działające od 2015 r.</li>
<li><a href="/wiki/Śląski_Klaster_Integratorów_Robotyki">Śląski Klaster Integratorów Robotyki</a> &ndash; stowarzyszenie integratorów robotów przemysłowych założone w 2014 r., partner BKM w projektach szkoleniowych</li>
<li><a href="/wiki/Dolnośląski_Klaster_Sprężyn_i_Elementów_Złącznych">Dolnośląski Klaster Sprężyn i Elementów Złącznych</a> &ndash; klaster ponad 25 producentów z siedzibą w Oławie, koordynowany przez Oławską Fundację Przemysłową</li>
<li><a href="/wiki/Opavský_klastr_automatizace">Opavský klastr automatizace</a> (Opawski Klaster Automatyzacji) &ndash; czeski klaster 31 firm z siedzibą w Opawie, partner BKM od 2020 r.</li>
</ul>

<h2><span class="mw-headline" id="Przypisy">Przypisy</span><span class="mw-editsection">[<a href="/w/index.php?action=edit&amp;section=5">edytuj</a> | <a href="/w/index.php?action=edit&amp;section=5&amp;kod=1">edytuj kod</a>]</span></h2>
<ol class="references">
<li id="cite_note-1">&uarr; <i>Historia klastra</i>, bkm-brzeg.pl, <a class="external" href="https://www.bkm-brzeg.pl/o-klastrze/historia">https://www.bkm-brzeg.pl/o-klastrze/historia</a> [dostęp 2024-10-02].</li>
<li id="cite_note-2">&uarr; Nadodrzańskie Centrum Technologii: <i>Raport roczny Brzeskiego Klastra Mechatroniki 2024</i>, <a class="external" href="https://www.nct-brzeg.pl/raporty/bkm-2024.pdf">https://www.nct-brzeg.pl/raporty/bkm-2024.pdf</a> [dostęp 2024-10-02].</li>
<li id="cite_note-3">&uarr; Anna Kubiś. <i>Mechatronicy z Brzegu łączą siły</i>. &bdquo;Tygodnik Nadodrzański&rdquo;. 11/2016, s. 7, 2016-03-12.</li>
<li id="cite_note-4">&uarr; <i>BKM i klaster z Opawy podpisali umowę</i>, brzeg-info24.pl, 2020-06-18 [dostęp 2024-10-02].</li>
</ol>

<div id="catlinks"><a href="/wiki/Specjalna:Kategorie">Kategorie</a>: <a href="/wiki/Kategoria:Klastry_w_Polsce">Klastry w Polsce</a> | <a href="/wiki/Kategoria:Gospodarka_w_Brzegu">Gospodarka w Brzegu</a> | <a href="/wiki/Kategoria:Mechatronika">Mechatronika</a></div>
</main>
<footer id="footer">
<ul>
<li>Tę stronę ostatnio edytowano 3 lis 2024, 18:02.</li>
<li>Tekst udostępniany na licencji Creative Commons: uznanie autorstwa, na tych samych warunkach (CC BY-SA 4.0).</li>
<li><a href="/wiki/Encyklopedia:Kontakt">Kontakt</a> | <a href="/wiki/Encyklopedia:O_projekcie">O Encyklopedii Opolszczyzny</a></li>
</ul>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# n04 – TXT (UTF-8): OCR of an old printed brochure (dolnośląskie, lubuskie)
# ---------------------------------------------------------------------------

N04_HEADER = "KLASTRY POGÓRZA IZERSKIEGO I KARKONOSZY"
N04_PAGES = [
    """
         F U N D A C J A   W S P I E R A N I A   G O S P O D A R K I
                     P O G Ó R Z A   I Z E R S K I E G O



                              K L A S T R Y
                   Pogórza Izerskiego i Karkonoszy

              Informator dla przedsiebiorców i inwestorów
                          (woj. dolnośląskie)



                            Jelenia Góra 2012
""",
    """O D   W Y D A W C Y

Szanowni Państwo,

oddajemy w Wasze ręce pierwszy informator o inicjatywach klastrowych na-
szego regionu. Klaster to - według znanej definicji M. E. Portera - geo-
graficzne skupisko wzajemnie powiązanych firm, wyspecjalizowanych dostaw-
ców i instytucji, które jednocześnie konkurują i wspó1pracują.

Na terenie Pogórza Izerskiego, Karkonoszy i Gór Kaczawskich działa dziś
siedem inicjatyw klastrowych, zrzeszających łącznie ponad 200 podmiotów.
W inforrnatorze przedstawiamy cztery z nich, a także jeden klaster z sąsied-
niego województwa lubuskiego, z którym nasze firmy od lat wspó|pracują.
Na końcu opisujemy inicjatywę, która jest dopiero w przygotowaniu.

                                                        Zarząd Fundacji
""",
    """S Z K Ł O

Piechowicki Klaster Szkła Grawerowanego

Piechowicki Klaster Szkła Grawerowanego powstał w 2008 r. na podstawie
umowy o współpracy. Jego koordynatorem jest Izba Rzemiosła Szklarskiego
w Jeleniej Górze, a biuro klastra mieści się w Piechowicach, w budynku
dawnej hufy przy ul. Kryształowej. W skład klastra wchodzi 21 hut i pra-
cowni szklarskich, 2 szkoły plastyczne oraz muzeum regionalne.

Cele klastra:
  - ochrona tradycji szklarskich Karkonoszy,
  - wspólna sprzedaż wyrobów przez internet i na targach,
  - kształcenie młodych szlifierzy i grawerów.

Huty członkowskie wytwarzają rocznie ok. 380 tys. sztuk wyrobów; najwięk-
sza z nich, w Szklarskiej Porębie, zatrudnia 140 osób. Klaster prowadzi
wspólny sklep firmowy i stronę www.szklo-piechowice.pl.


U Z D R O W I S K A

Izerski Klaster Uzdrowiskowy

Stowarzyszenie Izerski Klaster Uzdrowiskowy z siedzibą w Świeradowie-Zdroju
zostało zarejestrowane w 2010 r. i samo prowadzi sprawy klastra. Zrzesza
ponad 40 członków: sanatoria, hotele, pensjonaty, gabinety odnowy biolo-
gicznej, szkoły narciarskie oraz gminy. Stowarzyszenie stawia sobie za cel
wspólną promocję uzdrowisk Gór Izerskich, wydłużenie sezonu turystycznego
oraz rozwój turystyki rowerowej i narciarstwa biegowego.

W sezonie 2011 obiekty członków przyjęły ok. 96 tys. kuracjuszv i tury-
stów. Informacje o ofercie: www.izerskiklaster.pl, tel. 75 781 64 30.
""",
    """C E R A M I K A

Bolesławiecki Klaster Kamionki

Bolesławiecki Klaster Kamionki działa od 2010 r. na podstawie umowy kon-
sorcjum. Skupia ok. 30 firm - manufaktur ceramiki, zdobników, dostawców
gliny i szkliw - a koordynuje go spółka Kamionka-Serwis sp. z o.o.
z Bolesławca. Zakłady członków wytwarzają rocznie ok. 1 800 ton naczyń,
z czego trzy czwarte trafia na eksport, gtównie do USA i Niemiec.

Kontakt (koordynator): Kamionka-Serwis sp. z o.o., ul. Garncarska 4,
59-700 Bolesławiec, tel. 75 732 18 40, www.kamionka-serwis.pl


W Ł Ó K I E N N I C T W O   -   S Ą S I E D Z I

Żarski Klaster Dziewiarski

Z firmami z naszego regionu od lat współpracuje Żarski Klaster Dziewiar-
ski z województwa lubuskiego. Porozumienie o jego utworzeniu podpisano
w 2011 r. w Żarach; koordynatorem jest Gmina Miejska Żary. Klaster two-
rzą 12 zakładów dziewiarskich, szkoła odzieżowa i gmina. Najbliższe targi
z udziałem członków klastra odbędą się jesienią w Lubaniu.
""",
    """A G R O T U R Y S T Y K A

Klaster Zagród Edukacyjnych Gór Kaczawskich

Klaster działa od 2011 r. i skupia blisko 25 gospodarstw rolnych, pasiek
i zagród edukacyjnych z gmin Świerzawa, Wojcieszów i Bolków. Koordynato-
rem jest Fundacja „Zielona Zagroda” ze Świerzawy. Cel klastra: przygoto-
wanie wspólnej oferty zajęć edukacyjnych w zagrodach dla szkół z całego
Dolnego Śląska.

W roku szkolnym 2011/2012 zagrody odwiedziło ok. 7 500 uczniów, a w Bol-
kowie odbył się pierwszy jarrnark zagród.


W   P R Z Y G O T O W A N I U

Klaster Biomasy Kotliny Jeleniogórskiej

W marcu 2012 r. sześć gmin Kotliny Jeleniogórskiej i dwie ciepłownie pod-
pisały list intencyjny w sprawie powołania Klastra Biomasy Kotliny Jele-
niogórskiej. Porozumienie ma zostać zawarte w 2013 r.; do tego czasu ini-
cjatywa nie ma koordynatora ani członków.

Park Przemysłowy „Izera” w Gryfowie Śląskim nie jest klastrem - to teren
inwestycyjny zarządzany przez spółkę gminną.
""",
    """Wydawca:
Fundacja Wspierania Gospodarki Pogórza Izerskiego
ul. Bankowa 12, 58-500 Jelenia Góra
tel. 75 764 22 19, www.fwgpi.org.pl

Informator bezplatny. Naklad 2 000 egz.
Opracowanie tekstów: Halina Dziedzic, Roman Ciołek
Druk: Drukarnia „Pod Śnieżką”, Jelenia Góra
""",
]


def ocr_text(pages: list[str]) -> str:
    out = []
    for i, page in enumerate(pages):
        if i == 0:
            lines = page.strip("\n").split("\n")
        else:
            lines = [f"{N04_HEADER}{'- ' + str(i + 1) + ' -':>38}", ""]
            lines += page.rstrip("\n").split("\n")
        out.append("\n".join(lines) + "\n")
    return "\f".join(out)


# ---------------------------------------------------------------------------
# n05 – TXT (cp1250, CRLF): exported e-mail thread of cluster managers
# (śląskie, małopolskie, podkarpackie, świętokrzyskie)
# ---------------------------------------------------------------------------

N05_SEP = "-" * 72

N05_M1 = """Szanowni Państwo,

zgodnie z ustaleniami ze spotkania w Katowicach przygotowujemy wspólny
wniosek klastrów do programu „Klastry bez granic 2025” (nabór trwa do
30 października). Liderem wniosku będzie Beskidzki Klaster Pojazdów
Elektrycznych.

Proszę o przesłanie do 4 października danych Państwa klastrów do części B
wniosku: pełna nazwa, siedziba, forma prawna, rok założenia, aktualna
liczba członków, koordynator, 2-3 cele, strona www. Nasze dane jako wzór:

  Nazwa: Beskidzki Klaster Pojazdów Elektrycznych (BKPE)
  Siedziba: Bielsko-Biała
  Forma prawna: porozumienie (umowa konsorcjum z 2018 r.)
  Liczba członków: 28 (24 firmy, 2 uczelnie, 2 gminy)
  Koordynator: Beskidzka Agencja Innowacji sp. z o.o.
  Cele: rozwój sieci ładowania dla flot firmowych; wspólne testy autobusów
        wodorowych; kształcenie serwisantów pojazdów elektrycznych
  Strona: www.bkpe.com.pl

Z pozdrowieniami
Magdalena Krzysztoń
Menedżerka Beskidzkiego Klastra Pojazdów Elektrycznych
Beskidzka Agencja Innowacji sp. z o.o.
ul. Cieszyńska 210, 43-300 Bielsko-Biała
tel. +48 33 812 40 17, kom. 604 218 337
www.bai-bielsko.pl"""

N05_M2 = """Pani Magdaleno,

przesyłam dane naszego klastra:

Nazwa: Krakowski Klaster Teleopieki i Diagnostyki (KKTiD)
Siedziba: Kraków
Forma prawna: stowarzyszenie – Stowarzyszenie „Krakowski Klaster Teleopieki
i Diagnostyki”; klaster działa od 2014 r. na podstawie porozumienia, w 2017 r.
członkowie założyli stowarzyszenie, które samo zarządza klastrem (nie mamy
odrębnego koordynatora)
Liczba członków: 41
Cele: wdrażanie zdalnego monitorowania pacjentów z chorobami przewlekłymi;
wspólne badania kliniczne wyrobów medycznych członków
Strona: www.kktid.krakow.pl

Pozdrawiam serdecznie
dr Irena Połtorak
Prezes Zarządu
Stowarzyszenie „Krakowski Klaster Teleopieki i Diagnostyki”
ul. Rakowicka 77/4, 31-510 Kraków
tel. 12 397 55 02"""

N05_M3 = """Dzień dobry,

w imieniu Mieleckiego Klastra Kompozytów Lotniczych (MKKL):
- siedziba: Mielec,
- forma: umowa konsorcjum z 2019 r.,
- koordynator: Agencja Rozwoju Powiatu Mieleckiego sp. z o.o.,
- członkowie: 15 firm, 2 technika i jedna uczelnia,
- cel: utworzenie wspólnego laboratorium badań nieniszczących kompozytów.
Własnej strony klaster jeszcze nie ma - proszę wpisać stronę agencji
(koordynatora): www.arpm-mielec.pl.

PS. Rozmawiałem z p. Kantorem - odezwie się osobno w sprawie klastra
wodorowego.

Grzegorz Wołoszyn
specjalista ds. projektów
Agencja Rozwoju Powiatu Mieleckiego sp. z o.o.
ul. Wojska Polskiego 3, 39-300 Mielec
tel. 17 586 33 91"""

N05_M4 = """Szanowna Pani,

dziękuję za zaproszenie. Klaster Wodoru Małopolski Zachodniej działa od
lipca 2023 r. na podstawie porozumienia, a jego koordynatorem jest
Fundacja Energii Przyszłości z Oświęcimia. Liczymy obecnie 8 członków,
a regulamin naboru wymaga co najmniej 10 - nie spełniamy więc warunku
i rezygnujemy z udziału we wniosku. Chętnie dołączymy do kolejnego.

Z poważaniem
Robert Kantor
Fundacja Energii Przyszłości"""

N05_M5 = """Dzień dobry,

dane Klastra Drugiego Życia Akumulatorów „ReBat”:

Siedziba: Sosnowiec
Forma prawna: umowa o współpracy (od 2021 r.)
Koordynator: Fundacja „Ogniwo Zagłębia”
Liczba członków: ok. 35 (lista jest w aktualizacji)
Cele: odzysk litu i kobaltu ze zużytych baterii; wspólny punkt zbiórki
baterii trakcyjnych; szkolenia dla straży pożarnej z gaszenia pożarów
baterii
Strona klastra: www.rebat.org.pl

Aleksandra Brzęczek
koordynatorka klastra ReBat
Fundacja „Ogniwo Zagłębia”
ul. Kościelna 19, 41-200 Sosnowiec
tel. 32 266 14 08 | www.ogniwo-zaglebia.org.pl"""

N05_M6 = """Szanowna Pani,

przesyłam dane Klastra Metalowego Zagłębia Staropolskiego (KMZS). Klaster
działa od 2012 r. na podstawie porozumienia o współpracy; koordynatorem
jest Izba Gospodarcza Metalowców Staropolskich w Skarżysku-Kamiennej, tam
też mieści się biuro klastra. Zrzeszamy ponad 60 firm, szkół i instytucji
- dokładną listę prześlę po spotkaniu członków w Końskich. Cele klastra to
wspólne zakupy stali i energii, rozwój szkolnictwa branżowego w powiatach
skarżyskim i starachowickim oraz wspólna oferta kooperacyjna dla przemysłu
zbrojeniowego.
Strona klastra: www.kmzs.pl

Jan Molenda
dyrektor biura
Izba Gospodarcza Metalowców Staropolskich
ul. Legionów 40, 26-110 Skarżysko-Kamienna
tel. 41 252 70 63, www.igms.skarzysko.pl"""

N05_M7 = """Szanowni Państwo,

dziękuję za dane. Zestawienie do części B (stan na dziś):

  BKPE  - 28
  KKTiD - 41
  MKKL  - 18
  ReBat - ok. 35
  KMZS  - ponad 60
  Razem: ok. 182 podmioty

Klaster Wodoru Małopolski Zachodniej potwierdził rezygnację. Uwaga: u nas
od 1 października jest 29 członków (dołączyła firma z Kęt), proszę więc
wpisywać dla BKPE 29 - poprawię w wersji końcowej.

Wniosek złożymy 28 października. Partnerem merytorycznym będzie Instytut
Nowych Napędów w Gliwicach, który nie jest członkiem żadnego z klastrów.

Magdalena Krzysztoń
Beskidzka Agencja Innowacji sp. z o.o.
tel. +48 33 812 40 17"""

N05_M8 = """Pani Magdaleno,

korekta do moich danych z 25 września: podałam 41 członków, ale z końcem
września dwie firmy wystąpiły z klastra. Aktualnie Krakowski Klaster
Teleopieki i Diagnostyki liczy 39 członków - proszę o poprawkę w tabeli.
Pozostałe dane bez zmian.

Pozdrawiam
Irena Połtorak"""

MK = "Magdalena Krzysztoń <m.krzyszton@bai-bielsko.pl>"
ALL = (
    "i.poltorak@kktid.krakow.pl; g.woloszyn@arpm-mielec.pl; "
    "a.brzeczek@ogniwo-zaglebia.org.pl; j.molenda@igms.skarzysko.pl; "
    "r.kantor@energia-przyszlosci.org.pl"
)
SUBJ = "Wspólny wniosek „Klastry bez granic 2025” – dane klastrów do części B"

# (from, to, subject prefix, date, body, index of the quoted message or None)
N05_MESSAGES = [
    (MK, ALL, "", "Mon, 23 Sep 2024 09:14:02 +0200", N05_M1, None),
    (
        "Irena Połtorak <i.poltorak@kktid.krakow.pl>",
        MK,
        "Re: ",
        "Wed, 25 Sep 2024 16:40:11 +0200",
        N05_M2,
        0,
    ),
    (
        "Grzegorz Wołoszyn <g.woloszyn@arpm-mielec.pl>",
        MK,
        "Re: ",
        "Thu, 26 Sep 2024 08:02:45 +0200",
        N05_M3,
        0,
    ),
    (
        "Robert Kantor <r.kantor@energia-przyszlosci.org.pl>",
        MK,
        "Re: ",
        "Fri, 27 Sep 2024 13:27:50 +0200",
        N05_M4,
        0,
    ),
    (
        "Aleksandra Brzęczek <a.brzeczek@ogniwo-zaglebia.org.pl>",
        MK,
        "Re: ",
        "Mon, 30 Sep 2024 10:55:03 +0200",
        N05_M5,
        0,
    ),
    (
        "Jan Molenda <j.molenda@igms.skarzysko.pl>",
        MK,
        "Re: ",
        "Tue, 1 Oct 2024 14:18:37 +0200",
        N05_M6,
        0,
    ),
    (MK, ALL, "Re: ", "Thu, 3 Oct 2024 17:03:12 +0200", N05_M7, None),
    (
        "Irena Połtorak <i.poltorak@kktid.krakow.pl>",
        MK + "; " + ALL.split("; ", 1)[1],
        "Re: ",
        "Mon, 7 Oct 2024 08:41:29 +0200",
        N05_M8,
        6,
    ),
]


def email_thread() -> str:
    parts = [
        f"Wątek: {SUBJ}",
        f"Wyeksportowano: 2024-10-08 08:12, liczba wiadomości: {len(N05_MESSAGES)}",
        "=" * 72,
    ]
    for sender, to, prefix, date, body, quoted in N05_MESSAGES:
        parts += [
            "",
            f"From: {sender}",
            f"To: {to}",
            f"Subject: {prefix}{SUBJ}",
            f"Date: {date}",
            "",
            body,
        ]
        if quoted is not None:
            q_sender, _, _, q_date, q_body, _ = N05_MESSAGES[quoted]
            name = q_sender.split(" <")[0]
            parts += ["", f"W dniu {q_date} {name} napisał(a):"]
            parts += [("> " + ln) if ln else ">" for ln in q_body.split("\n")]
        parts += ["", N05_SEP]
    return "\n".join(parts) + "\n"


def main() -> None:
    make_n01(HERE / "n01_raport_branzowy_meble_drewno_2024.pdf")
    make_n02(HERE / "n02_notatka_spotkanie_menedzerow_klastrow_lodz.docx")
    (HERE / "n03_encyklopedia_brzeski_klaster_mechatroniki.html").write_bytes(
        N03_HTML.encode("utf-8")
    )
    (HERE / "n04_broszura_klastry_pogorze_izerskie_2012_ocr.txt").write_bytes(
        ocr_text(N04_PAGES).encode("utf-8")
    )
    (HERE / "n05_watek_email_wniosek_klastry_cp1250.txt").write_bytes(
        email_thread().replace("\n", "\r\n").encode("cp1250")
    )


if __name__ == "__main__":
    main()
