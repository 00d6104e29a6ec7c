# ruff: noqa: E501
"""Generate the heldout37 documents (deterministic; all text lives here).

Run from the repository root:
    .venv/bin/python tests/cases/heldout37/make_documents.py
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in [
        ("DejaVuSans", "DejaVuSans.ttf"),
        ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
        ("DejaVuSans-Oblique", "DejaVuSans-Oblique.ttf"),
        ("DejaVuSerif", "DejaVuSerif.ttf"),
        ("DejaVuSerif-Bold", "DejaVuSerif-Bold.ttf"),
        ("DejaVuSerif-Italic", "DejaVuSerif-Italic.ttf"),
    ]:
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


# ---------------------------------------------------------------------------
# v01 – PDF: a voivodeship council (Sejmik) resolution conferring the status of
# a regional key cluster (łódzkie), with an annex table split across two pages
# ("cd. tabeli", repeated header), a refusal table and a justification
# ---------------------------------------------------------------------------

V01_NUMBER = "UCHWAŁA NR XVI/241/25"
V01_BODY = "SEJMIKU WOJEWÓDZTWA ŁÓDZKIEGO"
V01_DATE = "z dnia 25 marca 2025 r."
V01_SUBJECT = "w sprawie nadania statusu Regionalnego Klastra Kluczowego Województwa Łódzkiego"

V01_PREAMBLE = (
    "Na podstawie art. 11 ust. 1 i art. 18 pkt 20 ustawy z dnia 5 czerwca 1998 r. o samorządzie województwa "
    "(Dz. U. z 2024 r. poz. 566 z późn. zm.) oraz rozdziału 5 „Regionalnego Programu Rozwoju Klastrów "
    "Województwa Łódzkiego na lata 2025–2030”, przyjętego uchwałą nr XI/163/24 Sejmiku Województwa Łódzkiego "
    "z dnia 26 listopada 2024 r., Sejmik Województwa Łódzkiego uchwala, co następuje:"
)

V01_PARAGRAPHS = [
    (
        "§ 1.",
        [
            "1. Nadaje się status Regionalnego Klastra Kluczowego Województwa Łódzkiego, zwany dalej „statusem RKK”, "
            "klastrom wymienionym w części A załącznika do uchwały.",
            "2. Status RKK nadaje się na okres od dnia 1 kwietnia 2025 r. do dnia 31 marca 2029 r.",
            "3. Klaster posiadający status RKK może posługiwać się znakiem „RKK Łódzkie” na zasadach określonych "
            "w rozdziale 5 Programu, o którym mowa we wstępie.",
        ],
    ),
    (
        "§ 2.",
        [
            "Odmawia się nadania statusu RKK klastrowi wymienionemu w części B załącznika do uchwały, z przyczyn "
            "wskazanych w tej części załącznika.",
        ],
    ),
    (
        "§ 3.",
        [
            "Koordynatorzy klastrów wymienionych w części A załącznika, a w przypadku klastra działającego jako "
            "stowarzyszenie – jego zarząd, składają Zarządowi Województwa Łódzkiego sprawozdanie z realizacji planu "
            "działań klastra za każdy rok kalendarzowy, w terminie do dnia 31 marca roku następnego.",
        ],
    ),
    ("§ 4.", ["Wykonanie uchwały powierza się Zarządowi Województwa Łódzkiego."]),
    ("§ 5.", ["Uchwała wchodzi w życie z dniem podjęcia."]),
]

V01_SIGNATURE = [
    "Przewodniczący",
    "Sejmiku Województwa Łódzkiego",
    "",
    "(–) Henryk Staniszewski",
]

V01_ANNEX_HEAD = (
    "Załącznik do uchwały nr XVI/241/25 Sejmiku Województwa Łódzkiego z dnia 25 marca 2025 r."
)
V01_CRITERIA_TITLE = "Zasady oceny wniosków (rozdział 5 Programu)"
V01_CRITERIA = [
    "Wnioski spełniające kryteria dostępu nr 1–4 oceniano merytorycznie w skali 0–100 pkt według kryteriów:",
    "1) potencjał i struktura członków klastra – 0–25 pkt;",
    "2) współpraca członków z jednostkami naukowymi i szkołami – 0–20 pkt;",
    "3) plan działań klastra na okres posiadania statusu i jego zgodność z regionalnymi inteligentnymi specjalizacjami – 0–25 pkt;",
    "4) działalność międzynarodowa i eksportowa członków – 0–15 pkt;",
    "5) potencjał organizacyjny koordynatora (zarządu stowarzyszenia lub spółki klastrowej) – 0–15 pkt.",
    "Status RKK może uzyskać klaster, który otrzymał co najmniej 60 pkt. Liczbę członków podaje się według "
    "oświadczenia koordynatora; członkowie wspierający są wliczani do liczby członków. W kolumnie „Biuro klastra” "
    "podano adres biura wskazany we wniosku, który może różnić się od adresu koordynatora.",
]
V01_PART_A = "Część A. Klastry, którym nadaje się status Regionalnego Klastra Kluczowego Województwa Łódzkiego"
V01_HEADER_A = [
    "Lp.",
    "Nazwa klastra",
    "Koordynator (nazwa, adres)",
    "Biuro klastra",
    "Forma współpracy, data utworzenia",
    "Liczba członków¹",
    "Punkty²",
]
V01_ROWS_A1 = [
    [
        "1.",
        "Klaster Gresu i Spieków Kwarcowych",
        "Opoczyńska Agencja Rozwoju Gospodarczego sp. z o.o., ul. Inowłodzka 12, 26-300 Opoczno",
        "Opoczno, ul. Inowłodzka 12",
        "porozumienie klastrowe z dnia 11.04.2013 r.",
        "38",
        "87",
    ],
    [
        "2.",
        "Kutnowski Klaster Pasz Funkcjonalnych i Premiksów",
        "Fundacja Nauk Rolniczych „Agrotest”, ul. Ozorkowska 3, 99-100 Łęczyca",
        "Kutno, ul. Sklęczkowska 40",
        "umowa konsorcjum z dnia 2.10.2017 r.",
        "27³",
        "81",
    ],
    [
        "3.",
        "Klaster Nanowłókien i Membran Filtracyjnych",
        "nie dotyczy – klaster działa jako Stowarzyszenie „Klaster Nanowłókien i Membran Filtracyjnych” (KRS 0000874411)",
        "Zgierz, ul. Łęczycka 24",
        "stowarzyszenie (wpis do KRS 16.11.2020 r.), wcześniej porozumienie z dnia 14.05.2015 r.",
        "21",
        "79",
    ],
]
V01_CONT = "cd. tabeli – część A"
V01_ROWS_A2 = [
    [
        "4.",
        "Łowicki Klaster Mleczarsko-Owocowy „Księżacy”",
        "Spółdzielnia Producentów Rolnych „Pasiak”, ul. Sochaczewska 5, 99-416 Nieborów",
        "Łowicz, Stary Rynek 9",
        "porozumienie o współpracy z dnia 20.06.2018 r.",
        "33",
        "74",
    ],
    ["", "Razem część A", "", "", "", "119", "–"],
]
V01_PART_B = "Część B. Klaster, któremu odmawia się nadania statusu Regionalnego Klastra Kluczowego Województwa Łódzkiego"
V01_HEADER_B = [
    "Lp.",
    "Nazwa klastra",
    "Koordynator (nazwa, adres)",
    "Liczba członków¹",
    "Przyczyna odmowy",
]
V01_ROWS_B = [
    [
        "1.",
        "Wieluński Klaster Okuć i Drzwi Zewnętrznych",
        "Wieluńska Izba Przemysłowo-Handlowa, pl. Kazimierza Wielkiego 2, 98-300 Wieluń",
        "12",
        "niespełnienie kryterium dostępu nr 2 (co najmniej 15 członków, w tym co najmniej 10 przedsiębiorstw) "
        "oraz kryterium dostępu nr 3 (co najmniej 3 lata działalności – porozumienie zawarto 7 września 2022 r.)",
    ],
]
V01_FOOTNOTES = [
    "¹ Według stanu na dzień 31 grudnia 2024 r., na podstawie oświadczenia koordynatora (zarządu stowarzyszenia) dołączonego do wniosku.",
    "² Liczba punktów przyznanych w ocenie merytorycznej (maksymalnie 100 pkt, minimum 60 pkt).",
    "³ W tym 4 członków wspierających, bez prawa głosu w radzie klastra.",
]

V01_JUSTIFICATION_TITLE = "UZASADNIENIE"
V01_JUSTIFICATION = [
    "„Regionalny Program Rozwoju Klastrów Województwa Łódzkiego na lata 2025–2030” (dalej: Program) przewiduje "
    "nadawanie wyróżniającym się inicjatywom klastrowym statusu Regionalnego Klastra Kluczowego Województwa "
    "Łódzkiego. Status uprawnia do udziału w misjach gospodarczych organizowanych przez Samorząd Województwa, do "
    "preferencji punktowej w naborach dotyczących rozwoju klastrów oraz do posługiwania się znakiem „RKK Łódzkie”. "
    "Nadanie statusu nie wiąże się z przyznaniem środków finansowych.",
    "Zgodnie z rozdziałem 5 Programu o status RKK mogą ubiegać się klastry, które łącznie spełniają kryteria "
    "dostępu: 1) biuro klastra znajduje się na terenie województwa łódzkiego; 2) klaster zrzesza co najmniej 15 "
    "członków, w tym co najmniej 10 przedsiębiorstw; 3) klaster działa na podstawie porozumienia, umowy lub "
    "statutu od co najmniej 3 lat; 4) koordynator klastra (zarząd stowarzyszenia lub spółki klastrowej) zatrudnia "
    "co najmniej 2 osoby do obsługi klastra.",
    "Nabór wniosków prowadzono od 2 grudnia 2024 r. do 17 stycznia 2025 r. Wpłynęło 6 wniosków. Wniosek złożony "
    "przez Fundację „Energia Regionu” z siedzibą w Bełchatowie, koordynatora Klastra Zielonej Transformacji Ziemi "
    "Bełchatowskiej (19 członków), został wycofany przez wnioskodawcę pismem z dnia 29 stycznia 2025 r. w związku "
    "z planowaną zmianą koordynatora klastra. Pozostałe 5 wniosków oceniła Komisja Oceny Wniosków powołana "
    "uchwałą nr 88/25 Zarządu Województwa Łódzkiego z dnia 21 stycznia 2025 r. Cztery wnioski spełniły kryteria "
    "dostępu i uzyskały co najmniej 60 punktów, jeden wniosek nie spełnił kryteriów dostępu.",
    "Klastry, którym nadaje się status RKK, zrzeszają łącznie 119 podmiotów, w tym 87 przedsiębiorstw; "
    "w przedsiębiorstwach członkowskich pracuje ok. 16 400 osób.",
    "Klaster Gresu i Spieków Kwarcowych skupia producentów płytek gresowych i ceramiki technicznej z powiatów "
    "opoczyńskiego i tomaszowskiego. Jako cele na okres posiadania statusu klaster wskazał: a) uruchomienie "
    "wspólnego laboratorium badań ścieralności i mrozoodporności spieków, b) obniżenie energochłonności wypału "
    "o 15% do 2028 r., c) wspólną ekspozycję członków na targach ceramiki w Bolonii.",
    "Kutnowski Klaster Pasz Funkcjonalnych i Premiksów, koordynowany przez Fundację „Agrotest” z Łęczycy, prowadzi "
    "biuro w Kutnie. We wniosku klaster wskazał jeden cel: opracowanie wspólnej receptury premiksu ograniczającego "
    "stosowanie antybiotyków w tuczu trzody chlewnej.",
    "Klaster Nanowłókien i Membran Filtracyjnych działał od 2015 r. na podstawie porozumienia zawartego w Łodzi, "
    "a od 2020 r. działa jako stowarzyszenie z siedzibą w Zgierzu. Funkcję koordynatora pełni zarząd "
    "stowarzyszenia, który zatrudnia 3 osoby.",
    "Łowicki Klaster Mleczarsko-Owocowy „Księżacy” ma biuro w Łowiczu; koordynatorem jest spółdzielnia z Nieborowa. "
    "Klaster uzyskał najniższą z pozytywnych ocen ze względu na ograniczony udział jednostek naukowych.",
    "Wniosek Wieluńskiego Klastra Okuć i Drzwi Zewnętrznych nie spełnił kryteriów dostępu nr 2 i 3: klaster "
    "zrzesza 12 członków, a porozumienie klastrowe zawarto 7 września 2022 r. Koordynator może ponownie złożyć "
    "wniosek w naborze planowanym na 2026 r.",
    "W województwie łódzkim działa także Klaster Gięcia Drewna i Mebli Bukowych z Radomska, posiadający status "
    "Krajowego Klastra Kluczowego ważny do 2026 r. i zrzeszający ok. 50 podmiotów. Klaster nie składał wniosku; "
    "zgodnie z rozdziałem 5 Programu klastry ze statusem Krajowego Klastra Kluczowego mogą uzyskać status RKK "
    "w trybie uproszczonym w kolejnym naborze.",
    "Projekt uchwały uzyskał pozytywną opinię Rady ds. Klastrów przy Zarządzie Województwa Łódzkiego (opinia "
    "nr 3/2025 z dnia 4 marca 2025 r.) oraz Komisji Rozwoju Regionalnego Sejmiku Województwa Łódzkiego. "
    "W związku z powyższym podjęcie uchwały jest zasadne.",
]


def make_v01(path: Path) -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
    from reportlab.lib.pagesizes import A4
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
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        invariant=1,
        title="Uchwała nr XVI/241/25 Sejmiku Województwa Łódzkiego",
        author="Kancelaria Sejmiku Województwa Łódzkiego",
        subject=V01_SUBJECT,
        creator="heldout37",
        producer="heldout37",
    )

    def footer(canv, d) -> None:
        canv.saveState()
        canv.setFont("DejaVuSerif", 7.5)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(20 * mm, 11 * mm, "Id: 4F2C1A7E-93B0-4D55-A1E8-2C0F7B6D9A31. Podpisany")
        canv.drawRightString(190 * mm, 11 * mm, f"Strona {d.page}")
        canv.restoreState()

    T = ParagraphStyle(
        "T", fontName="DejaVuSerif-Bold", fontSize=12, leading=16, alignment=TA_CENTER
    )
    T2 = ParagraphStyle("T2", fontName="DejaVuSerif", fontSize=11, leading=15, alignment=TA_CENTER)
    T3 = ParagraphStyle(
        "T3",
        fontName="DejaVuSerif-Bold",
        fontSize=11,
        leading=15,
        alignment=TA_CENTER,
        spaceAfter=12,
    )
    P = ParagraphStyle(
        "P", fontName="DejaVuSerif", fontSize=10.5, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=6
    )
    Pi = ParagraphStyle("Pi", parent=P, firstLineIndent=14)
    Sig = ParagraphStyle(
        "Sig", fontName="DejaVuSerif", fontSize=10.5, leading=14, leftIndent=95 * mm
    )
    Ah = ParagraphStyle(
        "Ah", fontName="DejaVuSerif", fontSize=8.5, leading=11, alignment=TA_RIGHT, spaceAfter=10
    )
    Ph = ParagraphStyle(
        "Ph", fontName="DejaVuSerif-Bold", fontSize=10, leading=13.5, spaceAfter=6, spaceBefore=4
    )
    Cont = ParagraphStyle(
        "Cont", fontName="DejaVuSerif-Italic", fontSize=9, leading=12, spaceAfter=4
    )
    C = ParagraphStyle("C", fontName="DejaVuSerif", fontSize=9, leading=12.2, splitLongWords=0)
    Cb = ParagraphStyle("Cb", parent=C, fontName="DejaVuSerif-Bold")
    Crit = ParagraphStyle(
        "Crit",
        fontName="DejaVuSerif",
        fontSize=9.5,
        leading=13.4,
        alignment=TA_JUSTIFY,
        spaceAfter=4,
    )
    Fn = ParagraphStyle("Fn", fontName="DejaVuSerif", fontSize=7.8, leading=10, spaceAfter=1)

    def table(header, rows, widths, bold_last=False):
        data = [[Paragraph(h, Cb) for h in header]]
        for i, row in enumerate(rows):
            style = Cb if bold_last and i == len(rows) - 1 else C
            data.append([Paragraph(v, style) for v in row])
        t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ]
            )
        )
        return t

    widths_a = [8, 37, 34, 26, 29, 20, 16]
    st = [
        Paragraph(V01_NUMBER, T),
        Paragraph(V01_BODY, T),
        Paragraph(V01_DATE, T2),
        Spacer(1, 4),
        Paragraph(V01_SUBJECT, T3),
        Paragraph(V01_PREAMBLE, Pi),
    ]
    for mark, items in V01_PARAGRAPHS:
        first, *rest = items
        st.append(Paragraph(f"<b>{mark}</b> {first}", Pi))
        for item in rest:
            st.append(Paragraph(item, Pi))
    st.append(Spacer(1, 18))
    for line in V01_SIGNATURE:
        st.append(Paragraph(line or "&nbsp;", Sig))
    st.append(PageBreak())
    st.append(Paragraph(V01_ANNEX_HEAD, Ah))
    st.append(Paragraph(V01_CRITERIA_TITLE, Ph))
    for line in V01_CRITERIA:
        st.append(Paragraph(line, Crit))
    st.append(Spacer(1, 8))
    st.append(Paragraph(V01_PART_A, Ph))
    st.append(table(V01_HEADER_A, V01_ROWS_A1, widths_a))
    st.append(PageBreak())
    st.append(Paragraph(V01_ANNEX_HEAD, Ah))
    st.append(Paragraph(V01_CONT, Cont))
    st.append(table(V01_HEADER_A, V01_ROWS_A2, widths_a, bold_last=True))
    st.append(Spacer(1, 12))
    st.append(Paragraph(V01_PART_B, Ph))
    st.append(table(V01_HEADER_B, V01_ROWS_B, [8, 38, 42, 21, 61]))
    st.append(Spacer(1, 10))
    for fn in V01_FOOTNOTES:
        st.append(Paragraph(fn, Fn))
    st.append(Spacer(1, 18))
    st.append(Paragraph(V01_JUSTIFICATION_TITLE, T3))
    for para in V01_JUSTIFICATION:
        st.append(Paragraph(para, Pi))
    doc.build(st, onFirstPage=footer, onLaterPages=footer)
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------
# v02 – DOCX: a filled-in inventory questionnaire of one cluster (małopolskie),
# Word tables, ☒ / ☐ check boxes, a member table with a RAZEM row, a table of
# partner clusters with check boxes per form of cooperation
# ---------------------------------------------------------------------------

V02_HEADER = (
    "Obserwatorium Współpracy Gospodarczej Małopolski  ·  Inwentaryzacja inicjatyw klastrowych 2025"
)
V02_FOOTER = (
    "Ankieta nr ANK/2025/014  ·  wersja formularza 1.3  ·  ankieta wypełniona elektronicznie"
)
V02_TITLE = "ANKIETA INWENTARYZACYJNA INICJATYWY KLASTROWEJ"
V02_SUBTITLE = "Edycja 2025 – dane według stanu na dzień 31 grudnia 2024 r."
V02_INSTRUCTION = (
    "Prosimy o wypełnienie ankiety przez koordynatora lub menedżera klastra i odesłanie jej do 28 lutego 2025 r. "
    "na adres ankieta@owgm.pl. W pytaniach z polami wyboru prosimy zaznaczyć właściwą odpowiedź symbolem ☒, "
    "pozostawiając pozostałe pola puste (☐). Pola oznaczone gwiazdką (*) są obowiązkowe. W 2024 r. ankietę "
    "wypełniło 17 inicjatyw klastrowych z Małopolski, zrzeszających łącznie ok. 640 podmiotów; zbiorcze wyniki "
    "edycji 2025 zostaną opublikowane na stronie www.owgm.pl."
)

# (kind, payload): "h" heading, "qa" two-column table rows, "p" paragraph, "choice" question with boxes,
# "members" the member table, "partners" the partner table
V02_BODY = [
    ("h", "CZĘŚĆ I. DANE IDENTYFIKACYJNE"),
    (
        "qa",
        [
            ("1. Pełna nazwa klastra*", "Olkuski Klaster Galwanizerni i Powłok Cynkowych"),
            ("2. Nazwa skrócona / akronim", "OKGPC"),
            ("3. Adres biura klastra*", "ul. Kazimierza Wielkiego 31, 32-300 Olkusz"),
            ("4. Strona internetowa klastra", "www.okgpc.pl"),
            ("5. Adres e-mail do kontaktu", "biuro@okgpc.pl"),
            ("6. Powiat / województwo (biuro klastra)*", "olkuski / małopolskie"),
        ],
    ),
    ("h", "CZĘŚĆ II. FORMA I ZARZĄDZANIE"),
    (
        "choice",
        (
            "7. Forma organizacyjno-prawna klastra* (proszę zaznaczyć jedną odpowiedź)",
            [
                ("☒", "porozumienie lub umowa o współpracy (klaster bez osobowości prawnej)"),
                ("☐", "stowarzyszenie"),
                ("☐", "spółka z ograniczoną odpowiedzialnością"),
                ("☐", "fundacja"),
                ("☐", "inna (jaka?): ……………………"),
            ],
        ),
    ),
    (
        "qa",
        [
            ("8. Data zawarcia porozumienia / rejestracji*", "9 marca 2016 r."),
            (
                "9. Koordynator klastra (nazwa i adres)*",
                "Jurajskie Centrum Technologii Metali sp. z o.o., ul. Osadowa 2, 32-329 Bolesław",
            ),
            ("10. Czy koordynator jest członkiem klastra?", "☒ tak     ☐ nie"),
            ("11. Zespół koordynatora obsługujący klaster", "3 osoby (2,5 etatu)"),
            (
                "12. Czy klaster posiada status Krajowego Klastra Kluczowego?",
                "☐ tak     ☒ nie     ☐ ubiegamy się o status",
            ),
            (
                "13. Oznaczenie jakości ESCA (European Cluster Excellence)",
                "☐ Gold     ☐ Silver     ☒ Bronze     ☐ brak oznaczenia",
            ),
        ],
    ),
    ("h", "CZĘŚĆ III. CZŁONKOWIE KLASTRA"),
    ("p", "14. Liczba członków klastra według kategorii (stan na 31.12.2024 r.)*"),
    (
        "members",
        [
            ("mikro- i małe przedsiębiorstwa", "15"),
            ("średnie przedsiębiorstwa", "6"),
            ("duże przedsiębiorstwa", "1"),
            ("uczelnie i instytuty badawcze", "1"),
            ("jednostki samorządu terytorialnego", "1"),
            ("instytucje otoczenia biznesu", "2"),
            ("inne", "0"),
            ("RAZEM", "26"),
        ],
    ),
    (
        "qa",
        [
            (
                "15. W tym członkowie spoza województwa małopolskiego",
                "4 (wszyscy z woj. śląskiego)",
            ),
            ("16. Liczba sygnatariuszy porozumienia w dniu jego zawarcia", "11"),
            (
                "17. Zmiana liczby członków w 2024 r.",
                "☒ wzrosła     ☐ bez zmian     ☐ zmalała\nprzystąpiło 5 podmiotów, wystąpił 1",
            ),
            ("18. Łączne zatrudnienie u członków (szacunkowo)", "ok. 2 300 osób"),
            ("19. Planowana liczba członków na koniec 2027 r.", "32"),
        ],
    ),
    ("h", "CZĘŚĆ IV. CELE I DZIAŁANIA"),
    (
        "qa",
        [
            (
                "20. Cele strategiczne klastra (nie więcej niż 5)*",
                "1) wspólna instalacja odzysku cynku i niklu z zużytych kąpieli galwanicznych\n"
                "2) skrócenie czasu realizacji zleceń z branży motoryzacyjnej do 5 dni roboczych\n"
                "3) kształcenie galwanizerów w klasie patronackiej szkoły branżowej w Olkuszu",
            ),
            (
                "21. Najważniejsze działania w 2024 r. (nie więcej niż 3)",
                "– wspólne stoisko 7 członków na targach obróbki powierzchni w Kielcach\n"
                "– audyt energetyczny 9 zakładów członkowskich\n"
                "– szkolenie z rozporządzenia REACH dla 23 uczestników",
            ),
        ],
    ),
    ("h", "CZĘŚĆ V. WSPÓŁPRACA Z INNYMI KLASTRAMI"),
    (
        "choice",
        (
            "22. Czy klaster współpracuje z innymi klastrami? Jeśli tak, prosimy wpisać klastry partnerskie "
            "w tabeli poniżej.",
            [("☒", "tak"), ("☐", "nie")],
        ),
    ),
    (
        "partners",
        [
            (
                "Klaster Ostrzy i Frezów Przemysłowych",
                "Sławków (woj. śląskie)",
                "ok. 40",
                "☒ list intencyjny\n☒ wspólny projekt\n☐ wymiana usług",
            ),
            (
                "Klaster Urządzeń Piekarskich i Cukierniczych Beskidu Małego",
                "Wadowice",
                "b.d.",
                "☐ list intencyjny\n☐ wspólny projekt\n☒ wymiana usług",
            ),
            (
                "Žilinský strojársky klaster (Żyliński Klaster Maszynowy)",
                "Żylina, Słowacja",
                "55",
                "☒ list intencyjny\n☐ wspólny projekt\n☐ wymiana usług",
            ),
        ],
    ),
    (
        "qa",
        [
            (
                "23. Czy klaster lub jego koordynator należy do innego klastra? Jeśli tak, do jakiego?",
                "☒ tak     ☐ nie\nKoordynator (Jurajskie Centrum Technologii Metali sp. z o.o.) jest od 2021 r. "
                "członkiem Klastra Cobotów i Automatyki Montażu, koordynowanego przez Chrzanowski Park "
                "Przemysłowy sp. z o.o. z siedzibą w Chrzanowie.",
            ),
            (
                "24. Czy na terenie powiatu olkuskiego działają lub powstają inne inicjatywy klastrowe? "
                "Jeśli tak, jakie?",
                "☒ tak     ☐ nie     ☐ nie wiem\nKlaster Szlaku Warowni Jurajskich – w marcu 2024 r. w Rabsztynie "
                "8 gospodarstw agroturystycznych i 2 muzea podpisały list intencyjny; porozumienia jeszcze nie "
                "zawarto, koordynatora nie wybrano.",
            ),
        ],
    ),
    ("h", "CZĘŚĆ VI. UWAGI"),
    (
        "p",
        "Dane o liczbie członków w pytaniu 14 są zgodne z rejestrem członków prowadzonym przez koordynatora. "
        "W ankiecie z 2024 r. podaliśmy 22 członków (stan na 31.12.2023 r.). Regulamin klastra w wersji z 2023 r. "
        "przesyłamy w załączniku.",
    ),
    (
        "qa",
        [
            ("Osoba wypełniająca ankietę", "Barbara Kęska, menedżerka klastra, tel. 32 645 17 08"),
            ("Data wypełnienia", "21.02.2025 r."),
        ],
    ),
    (
        "small",
        "Klauzula informacyjna: administratorem danych osobowych osoby wypełniającej ankietę jest Obserwatorium "
        "Współpracy Gospodarczej Małopolski z siedzibą w Krakowie, ul. Wielicka 72, 30-552 Kraków, www.owgm.pl. "
        "Dane są przetwarzane wyłącznie w celu przeprowadzenia inwentaryzacji.",
    ),
]


def _docx_bytes_fixed(doc, stamp: tuple[int, int, int, int, int, int]) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_v02(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    cp = doc.core_properties
    fixed = datetime(2025, 2, 21, 13, 5, 0)
    cp.author = "Barbara Kęska"
    cp.last_modified_by = "Barbara Kęska"
    cp.title = "Ankieta inwentaryzacyjna inicjatywy klastrowej 2025"
    cp.comments = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3

    doc.sections[0].header.paragraphs[0].text = V02_HEADER
    doc.sections[0].footer.paragraphs[0].text = V02_FOOTER

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(V02_TITLE)
    run.bold = True
    run.font.size = Pt(14)
    p = doc.add_paragraph(V02_SUBTITLE)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    p.add_run(V02_INSTRUCTION).italic = True

    def cell_text(cell, text: str, bold: bool = False) -> None:
        lines = text.split("\n")
        cell.text = ""
        par = cell.paragraphs[0]
        for i, line in enumerate(lines):
            if i:
                par = cell.add_paragraph()
            r = par.add_run(line)
            r.bold = bold

    for kind, payload in V02_BODY:
        if kind == "h":
            doc.add_heading(payload, level=2)
        elif kind == "p":
            doc.add_paragraph(payload)
        elif kind == "small":
            par = doc.add_paragraph()
            r = par.add_run(payload)
            r.font.size = Pt(8)
        elif kind == "qa":
            t = doc.add_table(rows=len(payload), cols=2)
            t.style = "Table Grid"
            for i, (q, a) in enumerate(payload):
                cell_text(t.cell(i, 0), q, bold=True)
                cell_text(t.cell(i, 1), a)
            doc.add_paragraph()
        elif kind == "choice":
            question, options = payload
            par = doc.add_paragraph()
            par.add_run(question).bold = True
            for box, label in options:
                opt = doc.add_paragraph(f"{box} {label}")
                opt.paragraph_format.left_indent = Pt(18)
        elif kind == "members":
            t = doc.add_table(rows=len(payload) + 1, cols=2)
            t.style = "Table Grid"
            cell_text(t.cell(0, 0), "Kategoria członków", bold=True)
            cell_text(t.cell(0, 1), "Liczba", bold=True)
            for i, (cat, n) in enumerate(payload, start=1):
                last = i == len(payload)
                cell_text(t.cell(i, 0), cat, bold=last)
                cell_text(t.cell(i, 1), n, bold=last)
            doc.add_paragraph()
        elif kind == "partners":
            header = (
                "Nazwa klastra partnerskiego",
                "Siedziba",
                "Liczba członków (jeśli znana)",
                "Forma współpracy",
            )
            t = doc.add_table(rows=len(payload) + 1, cols=4)
            t.style = "Table Grid"
            for j, h in enumerate(header):
                cell_text(t.cell(0, j), h, bold=True)
            for i, row in enumerate(payload, start=1):
                for j, v in enumerate(row):
                    cell_text(t.cell(i, j), v)
            doc.add_paragraph()

    path.write_bytes(_docx_bytes_fixed(doc, (2025, 2, 21, 13, 5, 0)))


# ---------------------------------------------------------------------------
# v03 – text, cp1250 with CRLF: an administrative court judgment on a cluster
# grant (dolnośląskie) copied from a case-law database: tab-separated metadata,
# SENTENCJA and UZASADNIENIE, anonymised member firms, citations
# ---------------------------------------------------------------------------

V03_TEXT = """Centralna Baza Orzeczeń Sądów Administracyjnych
Wydrukowano: 2025-06-30 09:14

III SA/Wr 187/25 - Wyrok WSA we Wrocławiu
Data orzeczenia\t2025-05-14\torzeczenie nieprawomocne
Data wpływu\t2025-03-21
Sąd\tWojewódzki Sąd Administracyjny we Wrocławiu
Sędziowie\tAgnieszka Wolańska-Dyl /przewodniczący/
\tJoanna Sędzimir
\tTomasz Przybyłek /sprawozdawca/
Symbol z opisem\t6559
Hasła tematyczne\tFundusze europejskie
Skarżony organ\tZarząd Województwa
Treść wyniku\tOddalono skargę
Powołane przepisy\tDz.U. 2022 poz 1079 art. 63, art. 64 ust. 1, art. 73 ust. 1
\tUstawa z dnia 28 kwietnia 2022 r. o zasadach realizacji zadań finansowanych ze środków europejskich w perspektywie finansowej 2021-2027
\tDz.U. 2024 poz 935 art. 151
\tUstawa z dnia 30 sierpnia 2002 r. - Prawo o postępowaniu przed sądami administracyjnymi - t.j.

SENTENCJA

Wojewódzki Sąd Administracyjny we Wrocławiu w składzie następującym: Przewodniczący Sędzia WSA Agnieszka Wolańska-Dyl, Sędziowie: Sędzia WSA Joanna Sędzimir, Asesor WSA Tomasz Przybyłek (sprawozdawca), po rozpoznaniu w Wydziale III na posiedzeniu niejawnym w dniu 14 maja 2025 r. sprawy ze skargi Fundacji Wspierania Rzemiosła Ceramicznego „Terakota” z siedzibą w Bolesławcu na informację Zarządu Województwa Dolnośląskiego z dnia 3 marca 2025 r. nr DIF-KP.433.27.2025 w przedmiocie negatywnej oceny projektu oddala skargę.

UZASADNIENIE

Fundacja Wspierania Rzemiosła Ceramicznego „Terakota” z siedzibą w Bolesławcu (dalej: skarżąca, Fundacja), działająca jako koordynator Klastra Kamionki Stemplowanej „Pawie Oczko” (dalej: Klaster), złożyła w dniu 28 listopada 2024 r. wniosek o dofinansowanie projektu pn. „Wspólna pracownia wzornictwa i piec tunelowy dla członków Klastra Kamionki Stemplowanej »Pawie Oczko«” w ramach naboru nr FEDS.01.06-IP.01-021/24 „Wsparcie rozwoju klastrów”. Całkowita wartość projektu wynosi 2 148 000 zł, a wnioskowana kwota dofinansowania – 1 718 400 zł.

Zgodnie z kryterium dostępu nr 4 określonym w regulaminie wyboru projektów „klaster zrzesza co najmniej 15 członków, w tym co najmniej 10 przedsiębiorstw; liczbę członków ustala się według stanu na dzień złożenia wniosku, na podstawie porozumienia klastrowego i deklaracji przystąpienia do klastra dołączonych do wniosku”.

Do wniosku dołączono porozumienie klastrowe z dnia 3 marca 2019 r. zawarte w Bolesławcu oraz 15 deklaracji przystąpienia. W toku oceny ustalono, że jedna z deklaracji, złożona przez Z. sp. z o.o., dotyczy w istocie przystąpienia tej spółki do Klastra Energii „Kwisa”, koordynowanego przez Gminę Leśna, a nie do Klastra. Organ przyjął zatem, że na dzień złożenia wniosku Klaster liczył 14 członków (13 przedsiębiorstw oraz Gminę Miejską Bolesławiec), i ocenił projekt negatywnie. Deklaracje przystąpienia dwóch kolejnych przedsiębiorstw – Ceramiki M. sp. z o.o. oraz P.H.U. K. Sz. – noszą daty 5 i 12 grudnia 2024 r., a więc późniejsze niż dzień złożenia wniosku.

Protest Fundacji nie został uwzględniony. W informacji z dnia 3 marca 2025 r. Zarząd Województwa Dolnośląskiego podtrzymał stanowisko, że kryterium dostępu nr 4 nie zostało spełnione.

W skardze do Sądu Fundacja zarzuciła naruszenie art. 64 ust. 1 ustawy wdrożeniowej przez błędną wykładnię kryterium dostępu nr 4. Podniosła, że oba przedsiębiorstwa, które złożyły deklaracje w grudniu 2024 r., uczestniczyły w działaniach Klastra już od wiosny 2024 r., a na dzień wniesienia skargi Klaster liczy 16 członków. Skarżąca wskazała również, że w tym samym naborze dofinansowanie otrzymał projekt Klastra Kamieniarskiego Wzgórz Strzegomskich, złożony przez jego koordynatora – Stowarzyszenie Kamieniarzy Ziemi Strzegomskiej z siedzibą w Strzegomiu – choć klaster ten, według listy projektów wybranych do dofinansowania, liczy 15 członków, z których dwóch przystąpiło do niego po dniu złożenia wniosku. Ponadto w naborze przeprowadzonym w 2023 r. organ uznał za członków również podmioty „w trakcie przystępowania” do Klastra Hut Szkła Kryształowego Karkonoszy, którego koordynatorem jest także skarżąca, a którego biuro mieści się w Szklarskiej Porębie.

W odpowiedzi na skargę organ wniósł o jej oddalenie, podtrzymując dotychczasowe stanowisko. Wyjaśnił, że wniosek dotyczący klastra ze Strzegomia wykazywał 15 członków na dzień jego złożenia, a dane podane na liście projektów wybranych do dofinansowania nie obejmują dat przystąpienia poszczególnych członków.

Wojewódzki Sąd Administracyjny we Wrocławiu zważył, co następuje:

Skarga nie zasługuje na uwzględnienie.

Zgodnie z art. 64 ust. 1 ustawy wdrożeniowej sąd, rozpoznając skargę, bada, czy ocena projektu została przeprowadzona w sposób naruszający prawo i czy naruszenie to mogło mieć istotny wpływ na wynik oceny. Sąd nie dokonuje przy tym ponownej merytorycznej oceny projektu.

Kryterium dostępu nr 4 zostało sformułowane jednoznacznie: liczbę członków klastra ustala się według stanu na dzień złożenia wniosku. Okoliczności, które nastąpiły po tym dniu, nie mogą wpływać na ocenę spełnienia kryterium. Sąd nie kwestionuje, że na dzień wniesienia skargi Klaster liczy 16 członków, co wynika także z wykazu członków zamieszczonego na stronie internetowej Klastra (www.pawieoczko.pl). Okoliczność ta nie ma jednak znaczenia dla rozstrzygnięcia. Udział przedsiębiorstw w wydarzeniach organizowanych przez Klaster przed złożeniem deklaracji przystąpienia nie czyni ich członkami Klastra. Zgodnie z § 5 porozumienia klastrowego z dnia 3 marca 2019 r. przystąpienie do Klastra następuje z dniem złożenia koordynatorowi pisemnej deklaracji.

Prawidłowo też organ nie uwzględnił deklaracji Z. sp. z o.o. Deklaracja ta jest skierowana do Gminy Leśna jako koordynatora innego klastra i nie może być uznana za deklarację przystąpienia do Klastra, niezależnie od tego, że spółka uczestniczy w obu przedsięwzięciach.

Nie zasługuje na uwzględnienie zarzut nierównego traktowania wnioskodawców. Z akt sprawy wynika, że wniosek Klastra Kamieniarskiego Wzgórz Strzegomskich wykazywał 15 członków według stanu na dzień jego złożenia. Z kolei nabór z 2023 r., w którym oceniano wniosek Klastra Hut Szkła Kryształowego Karkonoszy, był prowadzony na podstawie innego regulaminu, który nie określał dnia, według którego ustala się liczbę członków. Podobne stanowisko Sąd zajął w wyroku z dnia 12 października 2023 r., sygn. akt III SA/Wr 412/23, dotyczącym projektu Oleśnickiego Klastra Młynarsko-Piekarniczego (por. także wyrok NSA z dnia 7 lutego 2024 r., sygn. akt I GSK 1187/23).

Sąd dostrzega, że celem projektu była budowa wspólnej pracowni wzornictwa i pieca tunelowego, a jego realizacja służyłaby celom Klastra określonym w § 2 porozumienia klastrowego, tj. ochronie tradycyjnej techniki ręcznego stemplowania kamionki, wspólnym zakupom gliny i szkliw bezołowiowych oraz promocji wyrobów członków pod wspólnym znakiem „Pawie Oczko”. Okoliczność ta nie może jednak prowadzić do pominięcia kryterium dostępu, którego spełnienie jest warunkiem dalszej oceny projektu.

Mając powyższe na uwadze, Sąd na podstawie art. 151 ustawy z dnia 30 sierpnia 2002 r. - Prawo o postępowaniu przed sądami administracyjnymi (Dz. U. z 2024 r. poz. 935) w zw. z art. 64 ust. 1 ustawy wdrożeniowej orzekł jak w sentencji.

Źródło: Centralna Baza Orzeczeń Sądów Administracyjnych
"""


# ---------------------------------------------------------------------------
# v04 – HTML: a regional business portal's search results page for "klaster"
# (wielkopolskie): facets, result items with title, category, date, URL and a
# snippet with <mark> highlights and "…" cuts, a spelling suggestion, pagination
# ---------------------------------------------------------------------------

V04_HTML = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, follow">
<title>Wyniki wyszukiwania: klaster – Przedsiębiorcza Wielkopolska</title>
<link rel="stylesheet" href="/assets/css/portal.min.css">
<script async src="/assets/js/stats.js"></script>
</head>
<body class="search">
<header class="site-header">
<a class="logo" href="/"><img src="/assets/img/pw-logo.svg" alt="Przedsiębiorcza Wielkopolska – portal gospodarczy regionu"></a>
<nav class="main-nav">
<ul>
<li><a href="/aktualnosci/">Aktualności</a></li>
<li><a href="/baza/">Baza firm i instytucji</a></li>
<li><a href="/wydarzenia/">Wydarzenia</a></li>
<li><a href="/dokumenty/">Dokumenty</a></li>
<li><a href="/kontakt/">Kontakt</a></li>
</ul>
</nav>
<form class="search-form" action="/szukaj/" method="get" role="search">
<label for="q" class="sr-only">Szukaj w portalu</label>
<input type="search" id="q" name="q" value="klaster">
<button type="submit">Szukaj</button>
</form>
</header>

<main class="search-results">
<p class="breadcrumbs"><a href="/">Strona główna</a> &rsaquo; Wyniki wyszukiwania</p>
<h1>Wyniki wyszukiwania dla: <q>klaster</q></h1>
<p class="summary">Znaleziono 9 wyników (0,14 s). Sortowanie: <a href="/szukaj/?q=klaster&amp;sort=trafnosc" class="active">trafność</a> | <a href="/szukaj/?q=klaster&amp;sort=data">data</a></p>
<p class="suggest">Czy chodziło Ci o: <a href="/szukaj/?q=klastry+energii">klastry energii</a>?</p>

<aside class="facets">
<h2>Zawęź wyniki</h2>
<ul>
<li><a href="/szukaj/?q=klaster&amp;typ=aktualnosci">Aktualności</a> <span class="count">(4)</span></li>
<li><a href="/szukaj/?q=klaster&amp;typ=baza">Baza firm i instytucji</a> <span class="count">(2)</span></li>
<li><a href="/szukaj/?q=klaster&amp;typ=wydarzenia">Wydarzenia</a> <span class="count">(1)</span></li>
<li><a href="/szukaj/?q=klaster&amp;typ=dokumenty">Dokumenty</a> <span class="count">(1)</span></li>
<li><a href="/szukaj/?q=klaster&amp;typ=inne">Inne strony</a> <span class="count">(1)</span></li>
</ul>
</aside>

<ol class="results" start="1">
<li class="result">
<span class="type">Aktualności</span>
<h3><a href="/aktualnosci/2025/03/fajans-z-kola-podbija-mediolan/">Fajans z Koła podbija Mediolan. Klaster pokazał się na targach wyposażenia wnętrz</a></h3>
<p class="meta"><time datetime="2025-03-18">18.03.2025</time> · przedsiebiorcza-wlkp.pl › aktualnosci › 2025 › 03</p>
<p class="snippet">… Kolski <mark>Klaster</mark> Fajansu i Porcelitu zrzesza dziś 17 wytwórni, dwie szkoły ceramiczne oraz Gminę Miejską Koło. Na wspólnym stoisku w Mediolanie swoje wyroby pokazało 9 firm członkowskich … Targi odwiedziło w tym roku ponad 80 tys. osób …</p>
</li>

<li class="result">
<span class="type">Baza firm i instytucji</span>
<h3><a href="/baza/klastry/kolski-klaster-fajansu-i-porcelitu/">Kolski Klaster Fajansu i Porcelitu</a></h3>
<p class="meta">przedsiebiorcza-wlkp.pl › baza › klastry</p>
<p class="snippet">Koło, ul. Toruńska 40 · Koordynator: Stowarzyszenie Ceramików Ziemi Kolskiej · Członkowie: 18 · Porozumienie od 2014 r. · www.fajans-kolo.pl · Ostatnia aktualizacja wpisu: 12.09.2023</p>
</li>

<li class="result">
<span class="type">Aktualności</span>
<h3><a href="/aktualnosci/2025/02/pompy-ciepla-z-wrzesni-klaster-zaprasza/">Pompy ciepła z Wrześni. Klaster zaprasza nowych członków</a></h3>
<p class="meta"><time datetime="2025-02-04">04.02.2025</time> · przedsiebiorcza-wlkp.pl › aktualnosci › 2025 › 02</p>
<p class="snippet">… Wrzesiński <mark>Klaster</mark> Pomp Ciepła liczy ponad 30 członków, a jego koordynatorem jest Wrzesińska Agen… … Głównym celem klastra jest wspólne laboratorium badań sprawności pomp ciepła w niskich temperaturach. Deklaracje przystąpienia firmy mogą składać do 31 marca …</p>
</li>

<li class="result">
<span class="type">Baza firm i instytucji</span>
<h3><a href="/baza/klastry/ostrowski-klaster-naprawy-wagonow-i-lokomotyw/">Stowarzyszenie „Ostrowski Klaster Naprawy Wagonów i Lokomotyw”</a></h3>
<p class="meta">przedsiebiorcza-wlkp.pl › baza › klastry</p>
<p class="snippet">Ostrów Wlkp., ul. Kolejowa 19 · Forma: stowarzyszenie (porozumienie od 2012 r., wpis do KRS w 2016 r.) · Koordynator: – (klaster prowadzi zarząd stowarzyszenia) · Członkowie: 24 · www.okwil.pl · Ostatnia aktualizacja wpisu: 07.01.2025</p>
</li>

<li class="result">
<span class="type">Wydarzenia</span>
<h3><a href="/wydarzenia/2025/forum-klastrow-energii-pila/">III Forum Klastrów Energii Północnej Wielkopolski – Piła, 14 maja 2025 r.</a></h3>
<p class="meta"><time datetime="2025-04-22">22.04.2025</time> · przedsiebiorcza-wlkp.pl › wydarzenia</p>
<p class="snippet">… Gospodarzem forum jest <mark>Klaster</mark> Energii „Gwdziańska Wiatrownia” (koordynator: Gmina Wyrzysk), który skupia 14 podmiotów – 9 gmin, 4 spółdzielnie energetyczne i nadleśnictwo. Forum odbędzie się w Regionalnym Centrum Konferencyjnym w Pile; udział jest bezpłatny, liczba miejsc ograniczona do 120 …</p>
</li>

<li class="result">
<span class="type">Dokumenty</span>
<h3><a href="/dokumenty/2025/uchwala-xii-98-2025-koscian.pdf">Uchwała nr XII/98/2025 Rady Miejskiej Kościana w sprawie przystąpienia Gminy Miejskiej Kościan do stowarzyszenia (PDF, 212 KB)</a></h3>
<p class="meta"><time datetime="2025-01-30">30.01.2025</time> · przedsiebiorcza-wlkp.pl › dokumenty</p>
<p class="snippet">… wyraża się wolę przystąpienia Gminy Miejskiej Kościan do Stowarzyszenia „Kościański <mark>Klaster</mark> Chrzanu i Warzyw Korzeniowych” z siedzibą w Kościanie … Stowarzyszenie zrzesza obecnie 31 członków, w tym 26 gospodarstw rolnych … składka członkowska Gminy wyniesie 2 400 zł rocznie …</p>
</li>

<li class="result">
<span class="type">Aktualności</span>
<h3><a href="/aktualnosci/2023/11/koniec-klastra-tkactwa-zakardowego/">Koniec tkactwa żakardowego w Turku? Klaster rozwiązany</a></h3>
<p class="meta"><time datetime="2023-11-22">22.11.2023</time> · przedsiebiorcza-wlkp.pl › aktualnosci › 2023 › 11</p>
<p class="snippet">… Turecki <mark>Klaster</mark> Tkactwa Żakardowego, działający od 2011 r. na podstawie porozumienia, przestał istnieć – sygnatariusze rozwiązali porozumienie, a biuro klastra w Turku zostało zamknięte. W najlepszym okresie klaster liczył 23 firmy …</p>
</li>

<li class="result">
<span class="type">Aktualności</span>
<h3><a href="/aktualnosci/2025/04/przerwa-techniczna/">Przerwa techniczna w działaniu portalu w nocy z 2 na 3 kwietnia</a></h3>
<p class="meta"><time datetime="2025-03-31">31.03.2025</time> · przedsiebiorcza-wlkp.pl › aktualnosci › 2025 › 03</p>
<p class="snippet">… W związku z wymianą <mark>klastra</mark> serwerów bazodanowych portal będzie niedostępny w godz. 23:00–4:00 …</p>
</li>

<li class="result">
<span class="type">Inne strony</span>
<h3><a href="/partnerzy/wielkopolska-siec-klastrow/">Wielkopolska Sieć Klastrów – partner portalu</a></h3>
<p class="meta">przedsiebiorcza-wlkp.pl › partnerzy</p>
<p class="snippet">… Sieć skupia koordynatorów 12 klastrów z regionu i sama nie jest <mark>klastrem</mark>; prowadzi wspólny kalendarz wydarzeń i bazę ekspertów …</p>
</li>
</ol>

<nav class="pagination" aria-label="Strony wyników">
<span class="current">1</span>
<span class="disabled">Następna &rsaquo;</span>
</nav>

<section class="related">
<h2>Powiązane wyszukiwania</h2>
<ul>
<li><a href="/szukaj/?q=klaster+energii">klaster energii</a></li>
<li><a href="/szukaj/?q=inicjatywy+klastrowe+wielkopolska">inicjatywy klastrowe wielkopolska</a></li>
<li><a href="/szukaj/?q=dofinansowanie+klastra">dofinansowanie klastra</a></li>
</ul>
</section>
</main>

<footer class="site-footer">
<p>Przedsiębiorcza Wielkopolska – portal gospodarczy regionu · Wydawca: Fundacja Wielkopolskie Centrum Informacji Gospodarczej, ul. Głogowska 108, 60-243 Poznań · redakcja@przedsiebiorcza-wlkp.pl · www.przedsiebiorcza-wlkp.pl</p>
<p><a href="/polityka-prywatnosci/">Polityka prywatności</a> · <a href="/deklaracja-dostepnosci/">Deklaracja dostępności</a></p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# v05 – PDF: a bilingual study visit report of an EU project (pomorskie, SE,
# LT), Polish in the left column and English in the right one, paragraph by
# paragraph, with a clause that the Polish version prevails
# ---------------------------------------------------------------------------

V05_RUNNING = (
    "BALTIC CRAFT NET  ·  Sprawozdanie z wizyty studyjnej / Study visit report  ·  WP2, D2.3"
)
V05_FOOTER = "Projekt współfinansowany ze środków Unii Europejskiej / Project co-financed by the European Union"

# (style, Polish, English); style: "t" title, "h" heading, "p" paragraph, "n" note
V05_PAIRS = [
    (
        "t",
        "Sprawozdanie z wizyty studyjnej klastrów z Pomorza w Karlskronie (Szwecja) i Kłajpedzie (Litwa), 7–10 października 2024 r.",
        "Report on the study visit of Pomeranian clusters to Karlskrona (Sweden) and Klaipėda (Lithuania), 7–10 October 2024",
    ),
    (
        "n",
        "Sprawozdanie sporządzono w dwóch wersjach językowych. W razie rozbieżności między wersjami wiążąca jest wersja polska.",
        "This report has been prepared in two language versions. In the event of any discrepancy between them, the Polish version shall prevail.",
    ),
    (
        "h",
        "1. Cel i uczestnicy wizyty",
        "1. Purpose and participants",
    ),
    (
        "p",
        "Wizyta była drugim działaniem pakietu roboczego WP2 projektu BALTIC CRAFT NET. Wzięło w niej udział 14 osób: przedstawiciele trzech pomorskich klastrów oraz Wyższej Szkoły Techniki Morskiej w Gdyni, partnera naukowego projektu. Celem było poznanie modeli współpracy klastrów morskich w regionach partnerskich.",
        "The visit was the second activity of work package WP2 of the BALTIC CRAFT NET project. It was attended by 14 people: representatives of three Pomeranian clusters and of the Higher School of Maritime Engineering in Gdynia, the scientific partner of the project. Its purpose was to learn how maritime clusters cooperate in the partner regions.",
    ),
    (
        "h",
        "1.1. Klaster Szkutnictwa Kompozytowego „Motława” (lider projektu)",
        "1.1. Motława Composite Boatbuilding Cluster (lead partner)",
    ),
    (
        "p",
        "Klaster powstał w 2014 r. na mocy porozumienia dziewięciu stoczni jachtowych. Od 2017 r. działa jako Stowarzyszenie Klaster Szkutnictwa Kompozytowego „Motława” z siedzibą w Gdańsku, które samo prowadzi sprawy klastra. Zrzesza 28 członków: 21 stoczni i warsztatów szkutniczych, 4 dostawców żywic i laminatów, 2 szkoły branżowe oraz Wyższą Szkołę Techniki Morskiej.",
        "The cluster was set up in 2014 by an agreement of nine yacht yards. Since 2017 it has operated as a registered association based in Gdańsk, which runs the cluster itself. It has some 30 members: boatyards and workshops, suppliers of resins and laminates, two vocational schools and the Higher School of Maritime Engineering.",
    ),
    (
        "p",
        "Cele klastra: opracowanie wspólnych form i kadłubów modułowych dla jachtów do 12 m; recykling odpadów laminatów szklanych; wspólne wejście członków na rynek skandynawski. Strona: www.motlawa-cluster.pl",
        "Goals of the cluster: common moulds and modular hulls for yachts up to 12 m; recycling of glass-fibre laminate waste; joint entry of the members into the Scandinavian market. Website: www.motlawa-cluster.pl",
    ),
    (
        "h",
        "1.2. Kartuski Klaster Meblarstwa Ogrodowego",
        "1.2. Kartuzy Garden Furniture Cluster",
    ),
    (
        "p",
        "Klaster działa od 2019 r. na podstawie porozumienia o współpracy. Koordynatorem jest Kaszubska Agencja Rozwoju Lokalnego sp. z o.o. z Kartuz, a biuro klastra mieści się w Żukowie. Klaster liczy 19 członków (15 zakładów stolarskich, 3 firmy transportowe i Gminę Żukowo); u członków pracuje ok. 900 osób.",
        "The cluster has operated since 2019 under a cooperation agreement. It is coordinated by the Kashubian Local Development Agency (Kaszubska Agencja Rozwoju Lokalnego sp. z o.o.) from Kartuzy, and the cluster office is in Żukowo. It has 19 members (15 joinery plants, 3 transport companies and the Municipality of Żukowo); the members employ some 900 people.",
    ),
    (
        "h",
        "1.3. Lęborski Klaster Mechaniki Okrętowej",
        "1.3. Lębork Marine Engineering Cluster",
    ),
    (
        "p",
        "Klaster powstał w 2016 r. na podstawie umowy konsorcjum. Koordynuje go Lęborska Agencja Rozwoju Przemysłu S.A. z siedzibą w Lęborku; biuro klastra znajduje się w porcie w Łebie. Klaster skupia ok. 40 firm i instytucji, które wspólnie obsługują remonty jednostek rybackich i serwisowych.",
        "The cluster was established in 2016 under a consortium agreement. It is coordinated by the Lębork Industrial Development Agency (Lęborska Agencja Rozwoju Przemysłu S.A.), based in Lębork; the cluster office is located in the port of Łeba. The cluster brings together about 40 companies and institutions that jointly repair fishing and service vessels.",
    ),
    (
        "h",
        "2. Przebieg wizyty",
        "2. Course of the visit",
    ),
    (
        "p",
        "8 października 2024 r., Karlskrona. Gospodarzem był Sydost Marinteknikkluster (Klaster Technologii Morskich Regionu Sydost) z siedzibą w Karlskronie, działający od 2009 r. i skupiający około 60 firm i instytucji z regionów Blekinge i Kalmar. Klaster koordynuje spółka Sydost Innovation AB; strona: www.marinteknikkluster.se. Uczestnicy zwiedzili stocznię marynarki wojennej, zatrudniającą ok. 1 400 osób, oraz centrum testów napędów elektrycznych.",
        "8 October 2024, Karlskrona. The host was Sydost Marinteknikkluster (South-East Marine Technology Cluster), based in Karlskrona, which has operated since 2009 and brings together around 60 companies and institutions from Blekinge and Kalmar. The cluster is coordinated by Sydost Innovation AB; website: www.marinteknikkluster.se. The participants visited the naval shipyard, which employs some 1,400 people, and a test centre for electric propulsion.",
    ),
    (
        "p",
        "9 października 2024 r., Kłajpeda. Uczestnicy spotkali się z przedstawicielami klastra Klaipėdos laivų statybos klasteris (Kłajpedzki Klaster Budowy Statków) z siedzibą w Kłajpedzie, założonego w 2013 r. Klaster liczy 24 członków, a jego koordynatorem jest Stowarzyszenie „Jūrų slėnis”. Rozmowy dotyczyły wspólnego szkolenia laminatorów.",
        "9 October 2024, Klaipėda. The participants met representatives of Klaipėdos laivų statybos klasteris (Klaipėda Shipbuilding Cluster), based in Klaipėda and founded in 2013. The cluster has 24 members and is coordinated by the Jūrų slėnis Association. The talks concerned joint training of laminators.",
    ),
    (
        "p",
        "10 października 2024 r. uczestnicy poznali sieć Baltic Marinas Network, zrzeszającą 35 przystani jachtowych z Litwy i Łotwy. Sieć nie jest klastrem i nie ma koordynatora; działa na podstawie umowy handlowej.",
        "On 10 October 2024 the participants were introduced to the Baltic Marinas Network, which associates 35 marinas in Lithuania and Latvia. The network is not a cluster and has no coordinator; it is based on a commercial contract.",
    ),
    (
        "h",
        "3. Wnioski i dalsze kroki",
        "3. Conclusions and next steps",
    ),
    (
        "p",
        "Partnerzy uzgodnili utworzenie platformy BALTIC CRAFT NET jako wspólnej sieci kontaktów pięciu klastrów; platforma nie będzie odrębnym klastrem. Do końca 2026 r. planowane są co najmniej 3 wspólne projekty i wymiana 20 praktykantów. Kolejna wizyta odbędzie się w maju 2025 r. w Gdańsku i Łebie.",
        "The partners agreed to set up the BALTIC CRAFT NET platform as a joint contact network of the five clusters; the platform will not be a separate cluster. At least 3 joint projects and an exchange of 20 trainees are planned by the end of 2026. The next visit will take place in May 2025 in Gdańsk and Łeba.",
    ),
    (
        "n",
        "Sporządziła: Marta Wenta, koordynatorka WP2. Kontakt: Wyższa Szkoła Techniki Morskiej w Gdyni, www.wstm-gdynia.pl",
        "Prepared by: Marta Wenta, WP2 coordinator. Contact: Higher School of Maritime Engineering in Gdynia, www.wstm-gdynia.pl",
    ),
]


def make_v05(path: Path) -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    register_fonts()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=16 * mm,
        rightMargin=16 * mm,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        invariant=1,
        title="BALTIC CRAFT NET – Sprawozdanie z wizyty studyjnej / Study visit report",
        author="Wyższa Szkoła Techniki Morskiej w Gdyni",
        subject="Wizyta studyjna klastrów, Karlskrona i Kłajpeda, 7–10.10.2024",
        creator="heldout37",
        producer="heldout37",
    )
    navy = colors.HexColor("#123C69")

    def chrome(canv, d) -> None:
        canv.saveState()
        canv.setFont("DejaVuSans", 7.5)
        canv.setFillColor(navy)
        canv.drawString(16 * mm, 287 * mm, V05_RUNNING)
        canv.setStrokeColor(navy)
        canv.setLineWidth(0.6)
        canv.line(16 * mm, 285 * mm, 194 * mm, 285 * mm)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(16 * mm, 11 * mm, V05_FOOTER)
        canv.drawRightString(194 * mm, 11 * mm, f"{d.page}")
        canv.restoreState()

    base = dict(fontName="DejaVuSans", fontSize=9, leading=12.2, alignment=TA_LEFT)
    styles = {
        "t": ParagraphStyle(
            "t", **{**base, "fontName": "DejaVuSans-Bold", "fontSize": 11.5, "leading": 15}
        ),
        "h": ParagraphStyle(
            "h", **{**base, "fontName": "DejaVuSans-Bold", "fontSize": 9.8, "leading": 13}
        ),
        "p": ParagraphStyle("p", **base),
        "n": ParagraphStyle(
            "n", **{**base, "fontName": "DejaVuSans-Oblique", "fontSize": 8.5, "leading": 11}
        ),
    }
    lang = ParagraphStyle(
        "lang", **{**base, "fontName": "DejaVuSans-Bold", "fontSize": 8, "textColor": navy}
    )

    data = [[Paragraph("WERSJA POLSKA", lang), Paragraph("ENGLISH VERSION", lang)]]
    for kind, pl, en in V05_PAIRS:
        data.append([Paragraph(pl, styles[kind]), Paragraph(en, styles[kind])])
    t = Table(data, colWidths=[88 * mm, 88 * mm], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEAFTER", (0, 0), (0, -1), 0.5, navy),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, navy),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    doc.build([Spacer(1, 2), t], onFirstPage=chrome, onLaterPages=chrome)
    path.write_bytes(buf.getvalue())


def main() -> None:
    make_v01(HERE / "v01_uchwala_sejmiku_status_klastra_kluczowego_lodzkie.pdf")
    make_v02(HERE / "v02_ankieta_inwentaryzacyjna_klastra_olkusz_wypelniona.docx")
    (HERE / "v03_wyrok_wsa_wroclaw_dofinansowanie_klastra_boleslawiec_cp1250.txt").write_bytes(
        V03_TEXT.replace("\n", "\r\n").encode("cp1250")
    )
    (HERE / "v04_wyniki_wyszukiwania_klaster_portal_wielkopolska.html").write_bytes(
        V04_HTML.encode("utf-8")
    )
    make_v05(HERE / "v05_sprawozdanie_wizyty_studyjnej_dwujezyczne_pomorskie.pdf")


if __name__ == "__main__":
    main()
