# ruff: noqa: E501
"""Generate the heldout36 documents (deterministic; all text lives here).

Run from the repository root:
    .venv/bin/python tests/cases/heldout36/make_documents.py
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
    ]:
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


# ---------------------------------------------------------------------------
# u01 – PDF: "Mapa klastrów" atlas, one landscape page per subregion
# (podkarpackie); 2–3 framed cluster boxes side by side with a title bar and
# "label: value" lines, a sketch map per page, an explanations page
# ---------------------------------------------------------------------------

U01_RUNNING = "MAPA KLASTRÓW PODKARPACIA 2024  ·  atlas subregionów, zeszyt 1"
U01_PUBLISHER = "Regionalne Biuro Analiz Gospodarczych, Rzeszów"

# Each page: (sheet label, heading, intro, map towns [(label, x, y, marker or "")], boxes)
# Each box: (marker, name, [(label, value)], dashed)
U01_PAGES = [
    (
        "Arkusz 1",
        "Subregion krośnieński",
        "Subregion krośnieński obejmuje powiaty krośnieński, jasielski, sanocki, leski, bieszczadzki i brzozowski "
        "oraz miasto Krosno. Działa tu 6 inicjatyw klastrowych, które łącznie zrzeszają ok. 170 podmiotów. Na mapie "
        "pokazujemy trzy z nich – te, których koordynatorzy przekazali aktualne dane do atlasu.",
        [
            ("Krosno", 38, 26, "1"),
            ("Jasło", 14, 30, "2"),
            ("Sanok", 62, 20, ""),
            ("Ustrzyki Dolne", 72, 9, "3"),
        ],
        [
            (
                "1",
                "Krośnieński Klaster Witrażu i Szkła Zdobionego",
                [
                    ("Siedziba", "Krosno"),
                    ("Koordynator", "Cech Rzemiosł Artystycznych w Krośnie"),
                    ("Członkowie", "23 (19 pracowni i hut, 3 szkoły, Gmina Miasto Krosno)"),
                    ("Forma i rok", "porozumienie, 2014"),
                    ("Zatrudnienie", "ok. 640 osób"),
                    ("WWW", "www.witraz-krosno.pl"),
                ],
                False,
            ),
            (
                "2",
                "Jasielski Klaster Przetwórstwa Odpadów Tworzyw",
                [
                    ("Biuro klastra", "Jasło, ul. Metalowców 4"),
                    (
                        "Koordynator",
                        "Fundacja Gospodarki Obiegu Zamkniętego „Pętla” (Gorlice, woj. małopolskie)",
                    ),
                    ("Członkowie", "ok. 30 firm i 2 szkoły branżowe"),
                    ("Od", "2017 r. (umowa konsorcjum)"),
                    ("Cel", "wspólna linia do recyklingu folii rolniczych z Podkarpacia"),
                ],
                False,
            ),
            (
                "3",
                "Bieszczadzki Klaster Hodowli Hucułów",
                [
                    ("Siedziba", "Ustrzyki Dolne"),
                    (
                        "Forma",
                        "Stowarzyszenie „Bieszczadzki Klaster Hodowli Hucułów” (KRS od 2021 r.); wcześniej porozumienie z 2018 r.",
                    ),
                    ("Koordynator", "– (zarząd stowarzyszenia)"),
                    ("Członkowie", "41, w tym 28 stadnin"),
                    ("Konie", "ok. 900 hucułów w stadninach członków"),
                    ("WWW", "www.huculy-bieszczady.pl"),
                ],
                False,
            ),
        ],
    ),
    (
        "Arkusz 2",
        "Subregion przemyski",
        "W subregionie przemyskim (powiaty przemyski, jarosławski, przeworski i lubaczowski oraz miasto Przemyśl) "
        "działa 5 klastrów, które skupiają ponad 140 członków. Dwa z nich przedstawiamy poniżej, trzecia inicjatywa "
        "jest dopiero w przygotowaniu.",
        [
            ("Przemyśl", 40, 16, "4"),
            ("Jarosław", 30, 32, "5"),
            ("Radymno", 58, 28, "○"),
            ("Dynów", 10, 12, ""),
        ],
        [
            (
                "4",
                "Klaster Przetwórców Owoców „Dolina Sanu”",
                [
                    ("Siedziba", "biuro w Przemyślu"),
                    ("Koordynator", "Spółdzielnia Sadowników „Pogórze Dynowskie”, Dynów"),
                    ("Członkowie", "26 (stan na 30.06.2024; w 2022 r. – 19)"),
                    ("Rok założenia", "2019"),
                    (
                        "Cele",
                        "tłocznia soków NFC; wspólna marka „Owoce znad Sanu”; przechowalnia z kontrolowaną atmosferą",
                    ),
                ],
                False,
            ),
            (
                "5",
                "Jarosławski Klaster Logistyczny",
                [
                    ("Siedziba", "Jarosław"),
                    ("Koordynator", "Jarosławskie Centrum Przeładunkowe sp. z o.o."),
                    ("Członkowie", "b.d."),
                    ("Działa od", "2020 r."),
                    ("Forma", "porozumienie o współpracy"),
                    ("WWW koordynatora", "www.jcp-jaroslaw.pl (strona klastra w budowie)"),
                ],
                False,
            ),
            (
                "○",
                "W przygotowaniu: Radymniański Klaster Kamieniarski",
                [
                    ("Status", "list intencyjny podpisany w marcu 2024 r. w Radymnie"),
                    ("Sygnatariusze listu", "7 zakładów kamieniarskich"),
                    ("Porozumienie", "jeszcze nie zawarte"),
                    ("Koordynator", "jeszcze nie wybrany"),
                ],
                True,
            ),
        ],
    ),
    (
        "Arkusz 3",
        "Subregion tarnobrzeski",
        "Subregion tarnobrzeski (powiaty tarnobrzeski, stalowowolski, niżański, kolbuszowski i mielecki oraz miasto "
        "Tarnobrzeg) to 4 klastry i ok. 120 członków. Największe zatrudnienie mają dwa klastry przemysłowe – ze "
        "Stalowej Woli i z Mielca.",
        [
            ("Mielec", 14, 20, "7"),
            ("Tarnobrzeg", 40, 32, ""),
            ("Stalowa Wola", 62, 22, "6"),
            ("Nisko", 72, 14, ""),
        ],
        [
            (
                "6",
                "Stalowowolski Klaster Spawalnictwa „Rozwadów”",
                [
                    ("Siedziba", "Stalowa Wola (dzielnica Rozwadów)"),
                    ("Koordynator", "Nadsańska Agencja Rozwoju Przemysłu S.A., Nisko"),
                    ("Członkowie", "37"),
                    ("Pracownicy u członków", "ok. 4 100"),
                    ("Forma", "umowa konsorcjum z 2012 r."),
                    ("WWW", "www.klaster-rozwadow.pl"),
                ],
                False,
            ),
            (
                "7",
                "Klaster Kompozytów i Powłok „Wisłoka”",
                [
                    ("Siedziba", "Mielec"),
                    ("Dawna nazwa", "Mielecki Klaster Powłok Ochronnych (do 2022 r.)"),
                    (
                        "Forma",
                        "spółka z o.o. – Klaster Wisłoka sp. z o.o. (od 2019 r.; wcześniej porozumienie z 2016 r.)",
                    ),
                    ("Koordynator", "– (spółka klastrowa)"),
                    ("Członkowie", "18 zwyczajnych + 5 wspierających"),
                    ("WWW", "www.klaster-wisloka.pl"),
                ],
                False,
            ),
        ],
    ),
]

U01_LEGEND = (
    "Legenda mapy: ● z numerem – klaster opisany w ramce o tym samym numerze;  • – inne miasta;  "
    "○ – inicjatywa w przygotowaniu. Objaśnienia pól – na ostatniej stronie."
)
U01_NOTES_TITLE = "Objaśnienia"
U01_NOTES = [
    "Członkowie – liczba sygnatariuszy porozumienia, członków stowarzyszenia albo wspólników spółki klastrowej według stanu na 30 czerwca 2024 r. (dane koordynatorów). Zapis „w tym” podaje część liczby ogółem; b.d. – brak danych.",
    "Siedziba – miejscowość, w której działa biuro klastra. Miejscowość podana przy koordynatorze jest siedzibą koordynatora.",
    "WWW – strona klastra; adres opisany jako „WWW koordynatora” prowadzi do strony koordynatora.",
    "Ramka przerywana (○) – inicjatywa w przygotowaniu, bez zawartego porozumienia; nie jest wliczana do liczby klastrów subregionu.",
    "Subregion rzeszowski opisano w zeszycie 2 atlasu. Łącznie w województwie podkarpackim działa 21 inicjatyw klastrowych (ok. 560 członków, ok. 18 tys. pracowników w firmach członkowskich).",
    "Wydawca: Regionalne Biuro Analiz Gospodarczych, ul. Hetmańska 40, 35-045 Rzeszów, www.rbag-rzeszow.pl. Mapy poglądowe, bez zachowania skali.",
]


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    cur = ""
    for word in text.split():
        cand = word if not cur else cur + " " + word
        if stringWidth(cand, font, size) <= width or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


def make_u01(path: Path) -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    register_fonts()
    W, H = landscape(A4)
    navy = colors.HexColor("#1D3E6E")
    ochre = colors.HexColor("#C98A1B")
    pale = colors.HexColor("#EEF2F8")
    grey = colors.HexColor("#5F6670")
    total = len(U01_PAGES) + 1

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1)
    c.setTitle("Mapa klastrów Podkarpacia 2024 – atlas subregionów, zeszyt 1")
    c.setAuthor(U01_PUBLISHER)
    c.setSubject("Inicjatywy klastrowe w subregionach krośnieńskim, przemyskim i tarnobrzeskim")
    c.setCreator("heldout36")
    c.setProducer("heldout36")

    def chrome(page_no: int, sheet: str) -> None:
        c.setFillColor(grey)
        c.setFont("DejaVuSans", 8)
        c.drawString(12 * mm, H - 9 * mm, U01_RUNNING)
        c.drawRightString(W - 12 * mm, H - 9 * mm, sheet)
        c.setStrokeColor(navy)
        c.setLineWidth(0.8)
        c.line(12 * mm, H - 11 * mm, W - 12 * mm, H - 11 * mm)
        c.line(12 * mm, 11 * mm, W - 12 * mm, 11 * mm)
        c.drawString(
            12 * mm,
            7 * mm,
            f"{U01_PUBLISHER}  ·  Źródło: dane koordynatorów, stan na 30.06.2024 r.",
        )
        c.drawRightString(W - 12 * mm, 7 * mm, f"s. {page_no}/{total}")

    def sketch(x0: float, y0: float, towns) -> None:
        c.setFillColor(pale)
        c.setStrokeColor(navy)
        c.setLineWidth(0.8)
        p = c.beginPath()
        outline = [
            (4, 6),
            (20, 2),
            (52, 4),
            (80, 1),
            (98, 8),
            (96, 30),
            (82, 40),
            (50, 41),
            (22, 38),
            (2, 26),
        ]
        p.moveTo(x0 + outline[0][0] * mm, y0 + outline[0][1] * mm)
        for ox, oy in outline[1:]:
            p.lineTo(x0 + ox * mm, y0 + oy * mm)
        p.close()
        c.drawPath(p, stroke=1, fill=1)
        for label, tx, ty, marker in towns:
            cx, cy = x0 + tx * mm, y0 + ty * mm
            if marker:
                hollow = marker == "○"
                c.setFillColor(colors.white if hollow else ochre)
                c.setStrokeColor(navy)
                if hollow:
                    c.setDash(2, 1.5)
                c.circle(cx, cy, 3 * mm, stroke=1, fill=1)
                c.setDash()
                if not hollow:
                    c.setFillColor(colors.white)
                    c.setFont("DejaVuSans-Bold", 8)
                    c.drawCentredString(cx, cy - 1.1 * mm, marker)
            else:
                c.setFillColor(navy)
                c.circle(cx, cy, 0.9 * mm, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont("DejaVuSans", 7)
            c.drawString(cx + 3.6 * mm, cy - 1 * mm, label)

    def box_lines(box, inner_w):
        _marker, name, rows, _dashed = box
        title = _wrap(name, "DejaVuSans-Bold", 11.5, inner_w - 10 * mm)
        body = []
        for label, value in rows:
            lab = label + ": "
            lw = stringWidth(lab, "DejaVuSans-Bold", 9.8)
            first_w = inner_w - lw
            words = value.split()
            # first line after the label, continuation lines indented
            first = _wrap(value, "DejaVuSans", 9.8, first_w)[0]
            rest = " ".join(words[len(first.split()) :])
            body.append((lab, first))
            if rest:
                for line in _wrap(rest, "DejaVuSans", 9.8, inner_w - 4 * mm):
                    body.append(("", line))
        return title, body

    for page_no, (sheet, heading, intro, towns, boxes) in enumerate(U01_PAGES, start=1):
        chrome(page_no, sheet)
        c.setFillColor(navy)
        c.setFont("DejaVuSans-Bold", 20)
        c.drawString(12 * mm, H - 24 * mm, heading)
        c.setFillColor(colors.black)
        c.setFont("DejaVuSans", 9.5)
        y = H - 32 * mm
        for line in _wrap(intro, "DejaVuSans", 9.5, 150 * mm):
            c.drawString(12 * mm, y, line)
            y -= 12.5
        sketch(W - 12 * mm - 100 * mm, H - 60 * mm, towns)

        n = len(boxes)
        gap = 6 * mm
        bw = (W - 24 * mm - gap * (n - 1)) / n if n == 3 else (W - 24 * mm - gap * 2) / 3
        inner_w = bw - 8 * mm
        laid = [box_lines(b, inner_w) for b in boxes]
        title_h = max(len(t) for t, _ in laid) * 14 + 9
        body_h = max(len(b) for _, b in laid) * 13.5 + 12
        top = H - 72 * mm
        for i, (box, (title, body)) in enumerate(zip(boxes, laid, strict=True)):
            marker, _name, _rows, dashed = box
            x = 12 * mm + i * (bw + gap)
            # frame
            c.setStrokeColor(navy)
            c.setLineWidth(1.2)
            if dashed:
                c.setDash(4, 3)
                c.setFillColor(colors.white)
            else:
                c.setFillColor(navy)
                c.rect(x, top - title_h, bw, title_h, stroke=0, fill=1)
            c.rect(x, top - title_h - body_h, bw, title_h + body_h, stroke=1, fill=0)
            c.setDash()
            # marker badge and title
            c.setFillColor(ochre if not dashed else colors.white)
            c.circle(x + 6 * mm, top - 7 * mm, 3.6 * mm, stroke=1 if dashed else 0, fill=1)
            c.setFillColor(colors.white if not dashed else navy)
            c.setFont("DejaVuSans-Bold", 9)
            c.drawCentredString(x + 6 * mm, top - 8.2 * mm, marker)
            c.setFillColor(colors.white if not dashed else navy)
            c.setFont("DejaVuSans-Bold", 11.5)
            ty = top - 13
            for line in title:
                c.drawString(x + 12 * mm, ty, line)
                ty -= 14
            # body lines
            by = top - title_h - 14
            for lab, text in body:
                c.setFillColor(colors.black)
                if lab:
                    c.setFont("DejaVuSans-Bold", 9.8)
                    c.drawString(x + 4 * mm, by, lab)
                    lw = stringWidth(lab, "DejaVuSans-Bold", 9.8)
                    c.setFont("DejaVuSans", 9.8)
                    c.drawString(x + 4 * mm + lw, by, text)
                else:
                    c.setFont("DejaVuSans", 9.8)
                    c.drawString(x + 8 * mm, by, text)
                by -= 13.5
        # map legend strip under the boxes
        ly = top - title_h - body_h - 12 * mm
        c.setStrokeColor(grey)
        c.setLineWidth(0.5)
        c.line(12 * mm, ly + 5 * mm, W - 12 * mm, ly + 5 * mm)
        c.setFillColor(grey)
        c.setFont("DejaVuSans-Oblique", 8.5)
        c.drawString(12 * mm, ly, U01_LEGEND)
        c.showPage()

    # explanations page
    chrome(total, "Objaśnienia")
    c.setFillColor(navy)
    c.setFont("DejaVuSans-Bold", 20)
    c.drawString(12 * mm, H - 24 * mm, U01_NOTES_TITLE)
    y = H - 34 * mm
    for note in U01_NOTES:
        c.setFillColor(colors.black)
        c.setFont("DejaVuSans", 9.5)
        lines = _wrap(note, "DejaVuSans", 9.5, 240 * mm)
        c.drawString(12 * mm, y, "•")
        for line in lines:
            c.drawString(17 * mm, y, line)
            y -= 12.5
        y -= 5
    c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------
# u02 – DOCX: minutes of a cluster's general assembly (warmińsko-mazurskie)
# resolutions admitting and removing members, renaming, electing a coordinator
# ---------------------------------------------------------------------------

U02_HEADER = "Iławski Klaster Jachtowy  ·  biuro: ul. Kajki 11, 14-200 Iława"
U02_FOOTER = "Protokół nr 1/2024 Walnego Zebrania Członków – strona robocza do podpisu"
U02_TITLE = "PROTOKÓŁ NR 1/2024"
U02_SUBTITLE = (
    "z Walnego Zebrania Członków Iławskiego Klastra Jachtowego, "
    "które odbyło się 18 kwietnia 2024 r. w Ośrodku Żeglarskim „Zatoka” w Siemianach"
)

# (kind, text): h = heading 1, p = paragraph, list = numbered item (manual), votes = table, sig = signatures
U02_BODY = [
    ("h", "Ad 1. Otwarcie Zebrania i stwierdzenie jego prawomocności"),
    (
        "p",
        "Zebranie otworzył o godz. 11.00 Prezes Zarządu dotychczasowego Koordynatora Klastra – Iławskiej Agencji Rozwoju Lokalnego sp. z o.o. – pan Jerzy Modrzewski. Na podstawie listy obecności (załącznik nr 1) stwierdził, że w Zebraniu uczestniczą przedstawiciele 22 z 29 członków Klastra (w tym 3 przez pełnomocników), co zgodnie z § 9 ust. 3 porozumienia o współpracy stanowi kworum do podejmowania uchwał.",
    ),
    ("h", "Ad 2. Wybór Przewodniczącego Zebrania i protokolanta"),
    (
        "p",
        "Na Przewodniczącego Zebrania wybrano jednogłośnie pana Andrzeja Kowalczyka (Stocznia Jachtowa Kowalczyk i Syn), na protokolantkę – panią Martę Zielińską (biuro Klastra). Przewodniczący przedstawił porządek obrad, który przyjęto bez zmian:",
    ),
    ("list", "1) otwarcie Zebrania i stwierdzenie jego prawomocności;"),
    ("list", "2) wybór Przewodniczącego Zebrania i protokolanta;"),
    ("list", "3) sprawozdanie Koordynatora z działalności Klastra w 2023 r.;"),
    (
        "list",
        "4) podjęcie uchwał w sprawie: a) przyjęcia nowych członków, b) wykreślenia członków, c) zmiany nazwy Klastra i brzmienia celów, d) wyboru Koordynatora Klastra na lata 2024–2027;",
    ),
    ("list", "5) współpraca z innymi klastrami;"),
    ("list", "6) wolne wnioski;"),
    ("list", "7) zamknięcie Zebrania."),
    ("h", "Ad 3. Sprawozdanie Koordynatora z działalności Klastra w 2023 r."),
    (
        "p",
        "Sprawozdanie przedstawił pan Jerzy Modrzewski. Klaster działa na podstawie porozumienia o współpracy zawartego w Iławie 12 października 2017 r. przez 11 podmiotów; funkcję Koordynatora od początku pełni Iławska Agencja Rozwoju Lokalnego sp. z o.o. Biuro Klastra mieści się w Iławie przy ul. Kajki 11.",
    ),
    (
        "p",
        "Na dzień 31 grudnia 2023 r. Klaster liczył 31 członków. W styczniu 2024 r. rezygnację z udziału w Klastrze złożyły firmy Żagle-Serwis Kazimierz Wróbel i Motorówki Kalisiak s.c., w związku z czym na dzień Zebrania Klaster liczy 29 członków. Firmy członkowskie zatrudniają ok. 1 150 osób i zbudowały w 2023 r. łącznie 214 jachtów żaglowych i motorowych. W 2023 r. Klaster zorganizował 9 szkoleń (126 uczestników) oraz wspólne stoisko na targach w Gdańsku.",
    ),
    ("p", "Sprawozdanie przyjęto jednogłośnie (22 głosy „za”)."),
    ("h", "Ad 4. Podjęcie uchwał"),
    ("p", "Uchwała nr 1/2024 w sprawie przyjęcia nowych członków Klastra."),
    (
        "p",
        "Walne Zebranie Członków, na podstawie § 6 ust. 2 porozumienia o współpracy, przyjmuje w poczet członków Klastra:",
    ),
    ("list", "1) Jachty Kormoran sp. z o.o. z siedzibą w Iławie;"),
    ("list", "2) Branżową Szkołę Szkutniczą w Iławie;"),
    (
        "list",
        "3) Klaster Energii „Zalewo-Dobrzyki”, działający od 2020 r., reprezentowany przez swojego koordynatora – Gminę Zalewo;",
    ),
    (
        "list",
        "4) Pracownię Żagli „Bryza” Anna Mróz z Ostródy – ze skutkiem od dnia 1 lipca 2024 r.",
    ),
    ("p", "Uchwała nr 2/2024 w sprawie wykreślenia członków Klastra."),
    ("p", "Walne Zebranie Członków wykreśla z listy członków Klastra:"),
    ("list", "1) Marina Jeziorak-Tour s.c. – z powodu nieopłacenia składek za lata 2022 i 2023;"),
    ("list", "2) Hydroserwis Lubawa sp. z o.o. – w związku z zakończeniem działalności."),
    (
        "p",
        "Po podjęciu uchwał nr 1/2024 i nr 2/2024 Przewodniczący stwierdził, że Klaster liczy 30 członków. Z dniem 1 lipca 2024 r., gdy przystąpienie Pracowni Żagli „Bryza” stanie się skuteczne, Klaster liczyć będzie 31 członków.",
    ),
    ("p", "Uchwała nr 3/2024 w sprawie zmiany nazwy Klastra i zmiany § 1 i § 3 porozumienia."),
    (
        "p",
        "§ 1. Dotychczasowa nazwa Klastra „Iławski Klaster Jachtowy” (skrót: IKJ) zostaje zmieniona na: Klaster Szkutniczy „Jeziorak” (skrót: KSJ).",
    ),
    ("p", "§ 2. § 3 porozumienia otrzymuje brzmienie: „Celami Klastra są:"),
    ("list", "1) rozwój produkcji jachtów żaglowych i motorowych w regionie Jezioraka;"),
    ("list", "2) wspólne szkolenia szkutników i laminatorów;"),
    (
        "list",
        "3) wspólna promocja marki „Jachty znad Jezioraka” na targach krajowych i zagranicznych;",
    ),
    (
        "list",
        "4) badania nad kadłubami z kompozytów naturalnych we współpracy z uczelniami.”",
    ),
    (
        "p",
        "§ 3. Strona internetowa Klastra działa pod nowym adresem www.klaster-jeziorak.pl; dotychczasowy adres www.ikj-ilawa.pl przekierowuje na nową stronę.",
    ),
    (
        "p",
        "W dyskusji nad uchwałą nr 3/2024 rozważano również przekształcenie Klastra w stowarzyszenie. Wniosek w tej sprawie nie uzyskał większości (5 głosów „za”, 15 „przeciw”, 2 wstrzymujące się) – Klaster pozostaje porozumieniem o współpracy, bez osobowości prawnej.",
    ),
    ("p", "Uchwała nr 4/2024 w sprawie wyboru Koordynatora Klastra na lata 2024–2027."),
    (
        "p",
        "Walne Zebranie Członków wybiera na Koordynatora Klastra Fundację Rozwoju Szkutnictwa „Kil” z siedzibą w Ostródzie. Uchwała wchodzi w życie z dniem podjęcia. Iławska Agencja Rozwoju Lokalnego sp. z o.o. przekaże Fundacji dokumentację Klastra do 30 kwietnia 2024 r. Biuro Klastra pozostaje w Iławie.",
    ),
    ("p", "Wyniki głosowań nad uchwałami przedstawia tabela."),
    ("votes", None),
    ("h", "Ad 5. Współpraca z innymi klastrami"),
    (
        "p",
        "Gość Zebrania, pan Marek Gajda, prezes Elbląskiego Klastra Stoczniowego „Nogat”, przedstawił propozycję wspólnego stoiska na targach jachtowych w Düsseldorfie. Klaster z Elbląga działa od 2013 r. jako stowarzyszenie i zrzesza ponad 40 stoczni, warsztatów i biur projektowych.",
    ),
    (
        "p",
        "Walne Zebranie upoważniło Koordynatora do zawarcia porozumienia o współpracy z Klastrem Mazurskich Marin „Śniardwy” z Mikołajek, koordynowanym przez Gminę Mikołajki, który zrzesza 12 przedsiębiorstw i 5 gmin.",
    ),
    (
        "p",
        "Koordynator poinformował o zaproszeniu na wrześniowe regaty od Brodnickiego Klastra Spływów Kajakowych z Brodnicy (woj. kujawsko-pomorskie), który skupia ok. 20 firm i ośrodków wypoczynkowych.",
    ),
    ("h", "Ad 6. Wolne wnioski"),
    (
        "p",
        "Pan Robert Lis (Lis-Marine, Ostróda) poinformował, że kilka firm z Ostródy przygotowuje utworzenie Ostródzkiego Klastra Łodzi Elektrycznych z siedzibą w Ostródzie. Na razie działa grupa robocza; porozumienia nie zawarto i nie wybrano koordynatora. Zebranie przyjęło informację do wiadomości.",
    ),
    (
        "p",
        "Pani Marta Zielińska przypomniała, że składka członkowska na 2024 r. wynosi 800 zł (dla mikroprzedsiębiorstw 400 zł) i jest płatna do 30 czerwca.",
    ),
    ("h", "Ad 7. Zamknięcie Zebrania"),
    (
        "p",
        "Wobec wyczerpania porządku obrad Przewodniczący zamknął Zebranie o godz. 14.20.",
    ),
    ("sig", None),
]

U02_VOTES = [
    ["Uchwała", "Przedmiot", "Za", "Przeciw", "Wstrzymujące się"],
    ["1/2024", "przyjęcie nowych członków", "22", "0", "0"],
    ["2/2024", "wykreślenie członków", "20", "1", "1"],
    ["3/2024", "zmiana nazwy i celów Klastra", "21", "0", "1"],
    ["4/2024", "wybór Koordynatora Klastra", "19", "2", "1"],
]

U02_SIGNATURES = [
    "Przewodniczący Zebrania: Andrzej Kowalczyk\t……………………………",
    "Protokolantka: Marta Zielińska\t……………………………",
    "Załączniki: 1) lista obecności; 2) pełnomocnictwa (3 szt.); 3) sprawozdanie Koordynatora za 2023 r.",
]


def make_u02(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    cp = doc.core_properties
    fixed = datetime(2024, 4, 22, 9, 30, 0)
    cp.author = "Biuro Klastra"
    cp.last_modified_by = "Biuro Klastra"
    cp.title = "Protokół nr 1/2024 Walnego Zebrania Członków"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1

    doc.sections[0].header.paragraphs[0].text = U02_HEADER
    doc.sections[0].footer.paragraphs[0].text = U02_FOOTER

    p = doc.add_paragraph("Iława, dnia 22 kwietnia 2024 r.")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(U02_TITLE).bold = True
    p = doc.add_paragraph(U02_SUBTITLE)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, text in U02_BODY:
        if kind == "h":
            doc.add_heading(text, level=2)
        elif kind == "p":
            para = doc.add_paragraph()
            if text.startswith("Uchwała nr "):
                para.add_run(text).bold = True
            else:
                para.add_run(text)
        elif kind == "list":
            para = doc.add_paragraph(text)
            para.paragraph_format.left_indent = Pt(24)
        elif kind == "votes":
            table = doc.add_table(rows=len(U02_VOTES), cols=len(U02_VOTES[0]))
            table.style = "Table Grid"
            for i, row in enumerate(U02_VOTES):
                for j, val in enumerate(row):
                    cell = table.cell(i, j)
                    cell.text = val
                    if i == 0:
                        cell.paragraphs[0].runs[0].bold = True
            doc.add_paragraph("Liczba uprawnionych do głosowania: 22.")
        elif kind == "sig":
            for line in U02_SIGNATURES:
                doc.add_paragraph(line)

    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 4, 22, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# u03 – HTML: a university technology transfer office's list of cooperation
# agreements with clusters (śląskie, opolskie, CZ): <table> with rowspan cells,
# footnote marks in <sup>, footnotes under the table
# ---------------------------------------------------------------------------

U03_HTML = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Współpraca z klastrami – Centrum Transferu Technologii ANSZR</title>
<link rel="stylesheet" href="/static/css/ctt.css">
<script defer src="/static/js/menu.js"></script>
</head>
<body>
<header class="top">
<a href="/" class="logo"><img src="/static/img/anszr-logo.svg" alt="Akademia Nauk Stosowanych Ziemi Rybnickiej"></a>
<nav>
<ul>
<li><a href="/ctt/">Centrum Transferu Technologii</a></li>
<li><a href="/ctt/oferta/">Oferta dla firm</a></li>
<li><a href="/ctt/laboratoria/">Laboratoria</a></li>
<li><a href="/ctt/klastry/" class="current">Współpraca z klastrami</a></li>
<li><a href="/ctt/kontakt/">Kontakt</a></li>
</ul>
</nav>
</header>
<main>
<p class="breadcrumbs"><a href="/">Strona główna</a> &raquo; <a href="/ctt/">CTT</a> &raquo; Współpraca z klastrami</p>
<h1>Współpraca z klastrami</h1>
<p class="lead">Centrum Transferu Technologii Akademii Nauk Stosowanych Ziemi Rybnickiej zawarło umowy o współpracy z 8 klastrami i sieciami z Polski i Czech. Umowy obejmują łącznie ponad 300 przedsiębiorstw, szkół i samorządów. Poniżej publikujemy aktualny wykaz umów (stan na 15 maja 2024&nbsp;r.).</p>

<table class="umowy">
<caption>Tabela 1. Umowy o współpracy Uczelni z klastrami</caption>
<thead>
<tr>
<th>Lp.</th>
<th>Klaster</th>
<th>Koordynator (siedziba)</th>
<th>Liczba członków</th>
<th>Umowa z Uczelnią</th>
<th>Zakres współpracy</th>
<th>Wydział / opiekun</th>
</tr>
</thead>
<tbody>
<tr>
<td>1.</td>
<td><a href="https://www.rkag.pl">Rybnicki Klaster Automatyki Górniczej</a></td>
<td rowspan="2">Fundacja Rozwoju Techniki Górniczej &bdquo;Przodek&rdquo; (Rybnik)</td>
<td>34</td>
<td>nr 14/CTT/2019 z 12.03.2019</td>
<td>praktyki studenckie, wspólne laboratorium sterowników maszyn ścianowych</td>
<td rowspan="2">Wydział Mechaniczno-Elektryczny<br>dr inż. Paweł Orzeł</td>
</tr>
<tr>
<td>2.</td>
<td>Klaster Zielonego Wodoru Subregionu Zachodniego<sup>1</sup></td>
<td>ok. 15</td>
<td>nr 3/CTT/2023 z 20.02.2023</td>
<td>badania elektrolizerów zasilanych z farm fotowoltaicznych na terenach pogórniczych</td>
</tr>
<tr>
<td>3.</td>
<td><a href="https://klaster-kruszywa.pl">Krapkowicki Klaster Kruszyw i Wapna</a><sup>2</sup></td>
<td>&ndash;</td>
<td>19 + 4 wspierających</td>
<td>nr 7/CTT/2021 z 04.05.2021</td>
<td>badania laboratoryjne zapraw, staże dla studentów budownictwa</td>
<td>Wydział Budownictwa<br>dr hab. inż. Ewa Sowa</td>
</tr>
<tr>
<td rowspan="2">4.</td>
<td rowspan="2">Raciborski Klaster Młynarsko-Piekarski</td>
<td rowspan="2">Gmina Miasto Racibórz</td>
<td rowspan="2">27<sup>3</sup></td>
<td>nr 2/CTT/2020 z 10.01.2020 (zakończona)</td>
<td>analizy mąki i ziarna</td>
<td rowspan="2">Wydział Nauk o Żywności<br>mgr inż. Lucyna Wrona</td>
</tr>
<tr>
<td>nr 11/CTT/2024 z 08.04.2024</td>
<td>wspólny projekt pieczywa o obniżonej zawartości soli</td>
</tr>
<tr>
<td>5.</td>
<td>Żorski Klaster Produkcji Gier i Animacji<sup>4</sup></td>
<td>&ndash; (spółka klastrowa)</td>
<td>ok. 40</td>
<td>nr 5/CTT/2022 z 17.06.2022</td>
<td>praktyki dla studentów grafiki, testy gier w laboratorium UX</td>
<td rowspan="2">Wydział Informatyki<br>dr Tomasz Czyż</td>
</tr>
<tr>
<td>6.</td>
<td><a href="https://www.robotika-opava.cz">Klastr průmyslové robotiky Opava</a> (Opawski Klaster Robotów Przemysłowych), Czechy</td>
<td>Slezská robotická společnost z.s. (Opawa)</td>
<td>52</td>
<td>nr 8/CTT/2022 z 22.09.2022</td>
<td>wymiana studentów, wspólne zgłoszenie do programu Interreg Czechy&ndash;Polska</td>
</tr>
<tr>
<td>7.</td>
<td>Gliwicki Klaster Wytwarzania Addytywnego<sup>5</sup></td>
<td>Centrum Druku 3D &bdquo;Addimet&rdquo; sp. z o.o. (Gliwice)</td>
<td>b.d.</td>
<td>nr 9/CTT/2018 z 03.10.2018 (wygasła)</td>
<td>druk 3D części zamiennych</td>
<td>Wydział Mechaniczno-Elektryczny<br>dr inż. Paweł Orzeł</td>
</tr>
<tr>
<td>8.</td>
<td>Śląska Sieć Laboratoriów Akredytowanych<sup>6</sup></td>
<td>Stowarzyszenie Laboratoriów Badawczych &bdquo;Probierz&rdquo; (Katowice)</td>
<td>ok. 60</td>
<td>nr 1/CTT/2024 z 15.01.2024</td>
<td>wzajemne uznawanie badań biegłości</td>
<td>Prorektor ds. Nauki</td>
</tr>
</tbody>
</table>

<ol class="przypisy">
<li id="p1"><sup>1</sup> Biuro klastra mieści się w Jastrzębiu-Zdroju. Klaster działa od 2022&nbsp;r. na podstawie porozumienia o współpracy; koordynuje go ta sama fundacja co klaster z poz. 1.</li>
<li id="p2"><sup>2</sup> Stowarzyszenie &bdquo;Krapkowicki Klaster Kruszyw i Wapna&rdquo; z siedzibą w Krapkowicach (woj. opolskie) samo prowadzi sprawy klastra i nie ma odrębnego koordynatora. Porozumienie zawarto w 2016&nbsp;r., stowarzyszenie zarejestrowano w 2018&nbsp;r. Cele statutowe: wspólna rekultywacja wyrobisk, badania nad wapnem hydratyzowanym i promocja budownictwa z lokalnych kruszyw.</li>
<li id="p3"><sup>3</sup> Według informacji koordynatora z maja 2024&nbsp;r.; w dniu zawarcia pierwszej umowy (2020&nbsp;r.) klaster liczył 21 członków.</li>
<li id="p4"><sup>4</sup> Klaster działa od 2021&nbsp;r. jako spółka Klaster Żorskich Studiów Gier sp. z o.o. z siedzibą w Żorach i nie ma odrębnego koordynatora. Strona klastra: www.gry-zory.pl.</li>
<li id="p5"><sup>5</sup> Porozumienie klastrowe rozwiązano z dniem 31.12.2023&nbsp;r. i klaster przestał istnieć; umowa z Uczelnią wygasła.</li>
<li id="p6"><sup>6</sup> Sieć laboratoriów badawczych, nie jest klastrem. Ujęta w wykazie, ponieważ umowę zawarto według tego samego wzoru.</li>
</ol>

<section class="halda">
<h2>Klaster obliczeniowy dla partnerów</h2>
<p>Członkowie klastrów, z którymi mamy umowy, mogą bezpłatnie korzystać z uczelnianego klastra obliczeniowego &bdquo;Halda&rdquo; (48 węzłów, 3&nbsp;072 rdzenie) do symulacji i obliczeń inżynierskich. Wniosek o dostęp: <a href="/ctt/halda/">formularz</a>.</p>
</section>

<section class="kontakt">
<h2>Kontakt</h2>
<p>Centrum Transferu Technologii ANSZR, ul. Kotucza 21, 44-200 Rybnik, tel. 32 415 77 30, <a href="mailto:ctt@anszr.edu.pl">ctt@anszr.edu.pl</a></p>
</section>
</main>
<footer>
<p>&copy; 2024 Akademia Nauk Stosowanych Ziemi Rybnickiej &middot; <a href="https://www.anszr.edu.pl">www.anszr.edu.pl</a> &middot; <a href="/deklaracja-dostepnosci/">Deklaracja dostępności</a></p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# u04 – TXT (ISO-8859-2, LF): transcript of a regional TV programme segment
# (lubuskie) with [PLANSZA] captions, speaker lines and an on-air correction
# ---------------------------------------------------------------------------

U04_TEXT = """KANAŁ NADODRZE TV - "Lubuski Tydzień Gospodarczy"
Wydanie 37/2024, emisja: sobota, 14 września 2024 r., godz. 18.30
Segment 2 (7'40"): "Razem łatwiej - klastry z Lubuskiego"
Zapis na podstawie napisów dla niesłyszących i scenariusza wydania. Opisy plansz, napisów i ujęć w nawiasach kwadratowych.

[STUDIO]
PREZENTERKA (Agata Wilk): Dobry wieczór. W drugiej części programu o firmach, które zamiast konkurować - współpracują. Mówimy o klastrach.

[PLANSZA] KLASTRY W WOJEWÓDZTWIE LUBUSKIM: 14 inicjatyw - ok. 620 członków - 9 tys. miejsc pracy

PREZENTERKA: Czternaście klastrów, ponad sześćset firm, szkół i gmin. Dwa z nich odwiedziła nasza ekipa.

[MATERIAŁ FILMOWY - Świebodzin, hala produkcyjna fabryki mebli tapicerowanych]
LEKTOR: W Świebodzinie meble robi się od pokoleń. Od kilku lat producenci działają razem - w Świebodzińskim Klastrze Meblarskim. Klaster zrzesza czterdzieści osiem firm, a pracuje w nich około trzech i pół tysiąca osób.

[NAPIS] Tomasz Gołąb, prezes Stowarzyszenia "Świebodziński Klaster Meblarski"
TOMASZ GOŁĄB: Porozumienie podpisaliśmy w 2012 roku, w dziewięć firm. Stowarzyszenie zarejestrowaliśmy trzy lata później. Nie mamy zewnętrznego koordynatora - sprawy klastra prowadzi zarząd stowarzyszenia, czyli my sami.

LEKTOR: Po co? Prezes wylicza bez wahania.

TOMASZ GOŁĄB: Nasze cele to wspólna marka mebli ze Świebodzina, szkoła dla tapicerów i wspólny magazyn w Niemczech.

[PLANSZA] Świebodziński Klaster Meblarski | siedziba: Świebodzin | porozumienie od 2012 r., stowarzyszenie od 2015 r. | 48 członków | www.meble-swiebodzin.pl

TOMASZ GOŁĄB: Za Odrą mamy partnera. Współpracujemy z Möbelcluster Oderland, czyli z Meblowym Klastrem Ziemi Nadodrzańskiej, z Frankfurtu nad Odrą. Tam jest około sześćdziesięciu firm, razem jeździmy na targi do Kolonii.

LEKTOR: Nie każda współpraca to klaster. Świebodzińska Grupa Zakupowa Tapicerów kupuje razem tkaniny i pianki, ale - jak podkreślają jej członkowie - to grupa zakupowa, a nie klaster.

[MATERIAŁ FILMOWY - Międzyrzecz, szkółka drzew ozdobnych, tunele foliowe]
LEKTOR: Czterdzieści kilometrów na północ, w Międzyrzeczu, sadzonki zamiast mebli. Tutaj od 2019 roku działa Międzyrzecki Klaster Szkółkarski.

[NAPIS] Ewa Kot, menedżerka Międzyrzeckiego Klastra Szkółkarskiego
EWA KOT: Jest nas dwudziestu czterech: dwadzieścia dwie szkółki, technikum ogrodnicze i gmina Międzyrzecz. Działamy na podstawie umowy konsorcjum. Koordynatorem jest Spółdzielnia Ogrodnicza "Obra" z Bledzewa, a biuro klastra mamy tu, w Międzyrzeczu.

LEKTOR: Członkowie mają razem ponad sto dwadzieścia hektarów upraw i sprzedają osiem milionów sadzonek rocznie.

EWA KOT: Mamy jeden cel: wspólny eksport sadzonek do Skandynawii. Pierwsze tiry pojechały do Szwecji w maju.

[PLANSZA] Międzyrzecki Klaster Szkółkarski | od 2019 r. | 24 członków | koordynator: Spółdzielnia Ogrodnicza "Obra", Bledzew

[STUDIO]
PREZENTERKA: I jeszcze sprostowanie. W materiale o Świebodzińskim Klastrze Meblarskim podaliśmy, że klaster liczy czterdzieści osiem firm. Prezes Gołąb poprosił o korektę: klaster liczy 44 członków - 38 firm, 4 szkoły i 2 gminy. Przepraszamy.

[PLANSZA - SPROSTOWANIE] Świebodziński Klaster Meblarski: 44 członków (nie 48)

PREZENTERKA: A po przerwie - ceny zbóż przed jesiennymi zasiewami.

[PASEK] Żagański Klaster Ciepła i Prądu, koordynowany przez Gminę Miejską Żagań, przyjął trzy nowe gminy i liczy teraz 21 członków +++ Zielona Góra: we wtorek Targi Pracy w hali CRS +++ Kurs euro w NBP: 4,33 zł
[KONIEC SEGMENTU 2]

---
Kanał Nadodrze TV, ul. Podgórna 19, 65-001 Zielona Góra. Wydanie do obejrzenia: www.nadodrze.tv/ltg
"""


# ---------------------------------------------------------------------------
# u05 – TXT (UTF-8, LF): README.md of a data portal's dataset, "## Name"
# headings per cluster with bullet fields, one record in English (zachodniopomorskie)
# ---------------------------------------------------------------------------

U05_TEXT = """# Rejestr klastrów województwa zachodniopomorskiego (zbiór `klastry-zp`)

Zbiór danych opublikowany w portalu **Otwarte Dane Pomorza Zachodniego**.
Wersja: 1.3 · Data aktualizacji: 2024-05-06 · Licencja: CC BY 4.0 · Plik danych: `klastry-zp.csv` (UTF-8, separator `;`)

> Dane przekazali koordynatorzy klastrów. Zbiór nie jest oficjalnym wykazem klastrów w rozumieniu żadnego programu wsparcia.

## Opis zbioru

Zbiór zawiera 6 rekordów (7 przed wycofaniem jednego rekordu w wersji 1.3). Każdy rekord opisuje jedną inicjatywę klastrową z siedzibą w województwie zachodniopomorskim. Suma wartości pola `liczba_czlonkow` (bez pustych) wynosi 147.

## Słownik pól

| pole | opis |
|---|---|
| `nazwa` | nazwa klastra |
| `siedziba` | miejscowość biura klastra |
| `koordynator` | podmiot koordynujący; `–` oznacza, że klaster prowadzi sam siebie |
| `liczba_czlonkow` | liczba członków według koordynatora, stan na dzień aktualizacji |
| `rok_zalozenia` | rok zawarcia porozumienia lub utworzenia klastra |
| `forma_prawna` | forma współpracy |
| `www` | strona klastra |
| `cele` | cele klastra (lista) |

## Policki Klaster Chemii i Nawozów

- **Siedziba:** Police
- **Koordynator:** Instytut Nawozów Płynnych „Fosfor” sp. z o.o.
- **Liczba członków:** 27 (w tym 3 uczelnie)
- **Rok założenia:** 2015
- **Forma prawna:** porozumienie klastrowe
- **WWW:** [www.klaster-police.pl](https://www.klaster-police.pl)
- **Cele:**
  - rozwój nawozów o kontrolowanym uwalnianiu
  - wspólne laboratorium analiz gleby
  - szkolenia operatorów instalacji chemicznych
- **Uwagi:** ok. 2 400 pracowników w firmach członkowskich

## Świnoujście Ferry & Port Services Cluster

_Rekord przekazany przez koordynatora w języku angielskim._

- **Polish name:** Świnoujski Klaster Usług Promowych
- **Seat:** Świnoujście
- **Coordinator:** Baltic Gateway Foundation (Fundacja „Brama Bałtyku”)
- **Members:** around 30 (ferry operators, ship repair yards, hotels and a maritime vocational school)
- **Founded:** 2018 (consortium agreement)
- **Legal form:** consortium agreement
- **Website:** www.ferrycluster-swinoujscie.eu
- **Goals:**
  - shorter turnaround times for ferries at the Świnoujście terminal
  - joint training of ship crews
  - a year-round tourist offer for ferry passengers
- **Notes:** 1.2 million ferry passengers in 2023

## Nowowarpieński Klaster Rybacki

- **Siedziba:** biuro w Nowym Warpnie
- **Koordynator:** Gmina Nowe Warpno
- **Liczba członków:** 22 gospodarstwa rybackie, 3 przetwórnie i Gmina Nowe Warpno
- **Rok założenia:** b.d.
- **Forma prawna:** porozumienie
- **WWW:** brak
- **Cele:**
  - wspólna marka ryb z Zalewu Szczecińskiego
- **Uwagi:** połowy ok. 340 t ryb rocznie

## Klaster Tartaków i Suszarni Pojezierza Wałeckiego

- **Siedziba:** Wałcz
- **Koordynator:** – (Stowarzyszenie „Klaster Tartaków i Suszarni Pojezierza Wałeckiego” prowadzi klaster samodzielnie)
- **Poprzednia nazwa:** Wałecka Grupa Tartaczna (do 2020 r.)
- **Liczba członków:** ok. 35
- **Rok założenia:** 2011 (porozumienie); stowarzyszenie od 2016 r.
- **Forma prawna:** stowarzyszenie
- **WWW:** www.tartaki-walcz.pl

## Klaster Energii „Pyrzyckie Źródła”

- **Siedziba:** Pyrzyce
- **Koordynator:** Gmina Pyrzyce
- **Liczba członków:**
- **Rok założenia:** 2021
- **Forma prawna:** porozumienie
- **WWW:** pyrzyckie-zrodla.pl
- **Cele:**
  - ogrzewanie miasta ciepłem geotermalnym
  - budowa magazynu ciepła przy ciepłowni miejskiej
- **Uwagi:** certyfikat klastra energii od 2022 r.; 12 MW mocy cieplnej

## Myśliborski Klaster Żywności Ekologicznej

- **Siedziba:** Myślibórz
- **Koordynator:** Spółdzielnia Producentów Ekologicznych „Zielony Kłos”
- **Liczba członków:** 29
- **Rok założenia:** 2017
- **Forma prawna:** umowa o współpracy
- **WWW:** www.eko-mysliborz.pl
- **Uwagi:** w tym 21 gospodarstw ekologicznych

## Sieć Punktów Odbioru „Paczka Dąbie”

- **Status:** rekord wycofany w wersji 1.3 – sieć franczyzowa punktów odbioru paczek, nie jest klastrem

## Przykład użycia

```python
import pandas as pd

df = pd.read_csv("klastry-zp.csv", sep=";")
print(df[df["liczba_czlonkow"] > 25][["nazwa", "siedziba"]])
```

Fragment pliku danych:

```
nazwa;siedziba;liczba_czlonkow;rok_zalozenia
Policki Klaster Chemii i Nawozów;Police;27;2015
Myśliborski Klaster Żywności Ekologicznej;Myślibórz;29;2017
```

## Historia zmian

- **1.3 (2024-05-06):** wycofano rekord „Sieć Punktów Odbioru „Paczka Dąbie”” (nie spełnia definicji klastra); poprawiono liczbę członków Myśliborskiego Klastra Żywności Ekologicznej z 31 na 29 (błąd importu).
- **1.2 (2024-01-15):** dodano rekord w języku angielskim (Świnoujście); dodano pole `cele`.
- **1.1 (2023-09-01):** pierwsza publikacja w portalu.

## Kontakt

Opiekun zbioru: Zespół Otwartych Danych, dane@odpz.pl · Portal: https://www.odpz.pl/zbiory/klastry-zp
"""


def main() -> None:
    make_u01(HERE / "u01_mapa_klastrow_podkarpacie_atlas_subregionow.pdf")
    make_u02(HERE / "u02_protokol_walnego_zebrania_klaster_jeziorak_ilawa.docx")
    (HERE / "u03_ctt_uczelni_umowy_z_klastrami_rybnik.html").write_bytes(U03_HTML.encode("utf-8"))
    (HERE / "u04_zapis_programu_tv_klastry_lubuskie_iso8859-2.txt").write_bytes(
        U04_TEXT.encode("iso8859_2")
    )
    (HERE / "u05_rejestr_klastrow_zachodniopomorskie_readme_markdown_utf8.txt").write_bytes(
        U05_TEXT.encode("utf-8")
    )


if __name__ == "__main__":
    main()
