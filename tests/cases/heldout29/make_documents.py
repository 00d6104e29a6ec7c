# ruff: noqa: E501
"""Generate the heldout29 documents (deterministic; all text lives here).

Run from the repository root:
    .venv/bin/python tests/cases/heldout29/make_documents.py
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


# ---------------------------------------------------------------------------
# m01 – PDF: master's thesis, chapter 3 "Analiza empiryczna" (lubuskie)
# ---------------------------------------------------------------------------

M01_RUNNING_HEAD = "N. Kędzierska-Rumin – Inicjatywy klastrowe w województwie lubuskim"
M01_FIRST_PAGE = 41

# ("h1" | "h2" | "h3" | "p" | "b" | "t", text); footnote markers as <super>n</super>
M01_BODY = [
    ("h1", "Rozdział 3. Analiza empiryczna"),
    ("h2", "3.1. Metodyka badania"),
    (
        "p",
        "Celem badania empirycznego była ocena, w jakim stopniu inicjatywy klastrowe działające w województwie lubuskim przyczyniają się do rozwoju współpracy przedsiębiorstw z jednostkami naukowymi i samorządem terytorialnym. Punktem wyjścia była definicja klastra M.E. Portera, rozumianego jako geograficzne skupisko wzajemnie powiązanych firm, wyspecjalizowanych dostawców i instytucji [14, s. 199], oraz przyjęte w literaturze rozróżnienie między klastrem jako zjawiskiem gospodarczym a inicjatywą klastrową, czyli zorganizowanym działaniem na rzecz jego rozwoju [6; 19].",
    ),
    (
        "p",
        "Badanie przeprowadzono od listopada 2023 r. do lutego 2024 r. metodą ankiety internetowej (CAWI), uzupełnionej wywiadami pogłębionymi (IDI) z koordynatorami. Operat badania stanowił wykaz 9 inicjatyw klastrowych z województwa lubuskiego<super>1</super>. Kwestionariusz zwróciło 5 inicjatyw (N = 5), co daje stopę zwrotu 55,6%. Wywiady przeprowadzono z czterema koordynatorami i trwały od 45 do 80 minut. W przypadku jednej inicjatywy, której koordynator nie odpowiedział na część pytań, dane uzupełniono na podstawie raportu Lubuskiego Obserwatorium Gospodarczego [7]. Cztery inicjatywy, które nie odpowiedziały na ankietę, pominięto w dalszej analizie.",
    ),
    (
        "p",
        "Kwestionariusz obejmował 27 pytań w czterech blokach: (1) dane organizacyjne (rok powstania, forma prawna, koordynator, liczba i struktura członków), (2) cele i strategia, (3) formy współpracy, (4) bariery rozwoju. Odpowiedzi na pytania zamknięte mierzono na pięciostopniowej skali Likerta.",
    ),
    ("h2", "3.2. Charakterystyka badanych inicjatyw"),
    ("h3", "3.2.1. Gorzowski Klaster Przetwórców Polimerów"),
    (
        "p",
        "Gorzowski Klaster Przetwórców Polimerów (GKPP) jest najstarszą z badanych inicjatyw. Powstał w 2012 r. na mocy umowy o współpracy podpisanej przez 14 przetwórców tworzyw sztucznych z Gorzowa Wielkopolskiego i okolic [9]. W 2016 r. członkowie zarejestrowali Stowarzyszenie „Gorzowski Klaster Przetwórców Polimerów”, które od tego czasu samodzielnie prowadzi sprawy klastra, a zadania koordynatora wykonuje jego zarząd<super>2</super>. Według stanu na 31 grudnia 2023 r. stowarzyszenie zrzeszało 41 członków, w tym 33 przedsiębiorstwa<super>3</super>. Siedziba stowarzyszenia mieści się w Gorzowie Wielkopolskim, natomiast walne zebrania odbywają się rotacyjnie w zakładach członków, najczęściej w Kostrzynie nad Odrą.",
    ),
    (
        "p",
        "Statut stowarzyszenia wskazuje trzy cele: rozwój wspólnej bazy badawczo-rozwojowej w zakresie recyklingu tworzyw, kształcenie kadr dla przemysłu przetwórstwa tworzyw sztucznych oraz reprezentowanie interesów członków wobec administracji publicznej [9, s. 4]. Prezes zarządu podkreślał w wywiadzie znaczenie współpracy transgranicznej: od 2019 r. GKPP współpracuje z niemieckim klastrem Kunststoffnetz Oderland (Sieć Tworzyw Sztucznych Nadodrza) z Frankfurtu nad Odrą, który skupia ok. 60 firm i instytutów badawczych z Brandenburgii<super>4</super>. Wspólnym przedsięwzięciem obu klastrów jest coroczna giełda kooperacyjna w Słubicach.",
    ),
    ("h3", "3.2.2. Międzyrzecki Klaster Spawalnictwa i Konstrukcji Stalowych"),
    (
        "p",
        "Międzyrzecki Klaster Spawalnictwa i Konstrukcji Stalowych powstał w marcu 2017 r. na podstawie umowy konsorcjum, której liderem, a zarazem koordynatorem klastra, jest Międzyrzecka Agencja Rozwoju Przedsiębiorczości sp. z o.o. [11]. Klaster tworzy 19 firm z branży spawalniczej i obróbki skrawaniem, 2 szkoły branżowe oraz Gmina Międzyrzecz; biuro klastra działa w siedzibie agencji w Międzyrzeczu. Koordynator określił cele klastra jako wspólne zakupy materiałów i energii, organizację staży zawodowych dla uczniów szkół członkowskich oraz wspólne ubieganie się o zamówienia w przemyśle maszynowym Niemiec i Skandynawii<super>5</super>.",
    ),
    (
        "p",
        "W 2023 r. firmy członkowskie zatrudniały łącznie ok. 1 450 osób, a wartość kontraktów pozyskanych wspólnie przez członków wyniosła 12,3 mln zł. Koordynator zwrócił uwagę na rosnące trudności z pozyskaniem spawaczy z uprawnieniami – w 2023 r. firmy klastra zgłosiły 64 wolne miejsca pracy.",
    ),
    ("h3", "3.2.3. Klaster Energii „Bobrowe Zakola”"),
    (
        "p",
        "Klaster Energii „Bobrowe Zakola” został zawiązany w 2018 r. porozumieniem 9 podmiotów z gmin położonych nad Bobrem, a w 2020 r. uzyskał certyfikat klastra energii. Koordynatorem klastra jest Gmina Nowogród Bobrzański. Według odpowiedzi udzielonej w ankiecie klaster zrzesza obecnie ponad 20 członków – gminy, spółdzielnie mieszkaniowe, gospodarstwa rolne z instalacjami fotowoltaicznymi oraz dwie biogazownie<super>6</super>. Jedynym celem zapisanym w porozumieniu jest osiągnięcie do 2030 r. samowystarczalności energetycznej gmin członkowskich w zakresie energii elektrycznej [3]. Łączna moc zainstalowana źródeł członków wynosi 18,4 MW; spotkania członków odbywają się w Żaganiu.",
    ),
    ("h3", "3.2.4. Klaster Technologii Kreatywnych „Pikselownia”"),
    (
        "p",
        "Najmłodszą z badanych inicjatyw jest Klaster Technologii Kreatywnych „Pikselownia”, zawiązany w październiku 2020 r. z inicjatywy Fundacji Rozwoju Branży Kreatywnej „Kadr” z Zielonej Góry, która pełni funkcję koordynatora. Podstawą współpracy jest umowa o współpracy, którą każdy nowy członek zawiera z koordynatorem. Klaster skupia ok. 30 podmiotów – studiów tworzących gry komputerowe, agencji animacji i niezależnych twórców – i współpracuje z dwiema uczelniami, które nie są jego członkami [5]. Do celów klastra koordynator zaliczył<super>7</super>:",
    ),
    ("b", "budowę rozpoznawalnej marki lubuskiej branży gier,"),
    ("b", "wspólne testowanie gier na urządzeniach mobilnych,"),
    ("b", "organizację corocznego festiwalu twórców gier,"),
    ("b", "pomoc członkom w pozyskiwaniu wydawców zagranicznych."),
    ("h3", "3.2.5. Łagowski Klaster Wypoczynku i Agroturystyki"),
    (
        "p",
        "Łagowski Klaster Wypoczynku i Agroturystyki działa od 2015 r. na terenie gminy Łagów w powiecie świebodzińskim na podstawie porozumienia partnerskiego. Klaster koordynuje Stowarzyszenie „Kraina Jezior Łagowskich”, a biuro klastra mieści się w Łagowie. W skład klastra wchodzi 12 gospodarstw agroturystycznych, 5 ośrodków wypoczynkowych, 3 wypożyczalnie sprzętu wodnego oraz Gmina Łagów [7, s. 21]. Koordynator nie odpowiedział na pytanie o cele; w raporcie Obserwatorium jako cel klastra wskazano promocję oferty turystyki rowerowej i kajakowej Pojezierza Łagowskiego [7, s. 22]. W sezonie 2023 obiekty członków udzieliły ok. 41 tys. noclegów.",
    ),
    ("h2", "3.3. Analiza porównawcza"),
    (
        "p",
        "Podstawowe cechy badanych inicjatyw zestawiono w tabeli 3.2. Badane inicjatywy różnią się zarówno wielkością, jak i formą organizacyjną: obok stowarzyszenia funkcjonują klastry oparte na umowach cywilnoprawnych, koordynowane przez spółkę, gminę, fundację i stowarzyszenie lokalne.",
    ),
    ("t", ""),
    (
        "p",
        "Przeciętna badana inicjatywa liczy ok. 27 członków, przy czym rozpiętość jest znaczna – od ponad 20 w klastrze energii do 41 w stowarzyszeniu gorzowskim. Tylko jedna inicjatywa (GKPP) przyjęła formę organizacji z osobowością prawną. Na pytanie o najważniejszą barierę rozwoju trzech z pięciu respondentów wskazało brak stałego finansowania biura klastra, a dwóch – niską skłonność członków do dzielenia się wiedzą<super>8</super>. Żaden z badanych klastrów nie posiada statusu Krajowego Klastra Kluczowego.",
    ),
]

M01_FOOTNOTES = {
    "1": "Wykaz inicjatyw klastrowych województwa lubuskiego, Lubuskie Obserwatorium Gospodarcze, Zielona Góra, wrzesień 2023 (dostęp: 10.11.2023).",
    "2": "Wywiad z prezesem zarządu stowarzyszenia (IDI_1), Gorzów Wielkopolski, 6.12.2023.",
    "3": "W 2019 r. klaster liczył 35 członków [9, s. 2]. Aktualne informacje: www.gkpp.org.pl (dostęp: 12.03.2024).",
    "4": "Na podstawie informacji na stronie partnera niemieckiego: www.kunststoffnetz-oderland.de (dostęp: 12.03.2024).",
    "5": "Wywiad z koordynatorem klastra (IDI_2), Międzyrzecz, 13.12.2023.",
    "6": "Ankieta CAWI, odpowiedź z 20.01.2024. Według deklaracji koordynatora do końca 2025 r. liczba członków ma wzrosnąć do 30.",
    "7": "Wywiad z koordynatorką klastra (IDI_4), 9.01.2024. Strona klastra: www.pikselownia-klaster.pl; strona koordynatora: www.fundacjakadr.pl (dostęp: 2.03.2024).",
    "8": "Pytanie 24 kwestionariusza; możliwa była jedna odpowiedź.",
}

M01_TABLE_TITLE = (
    "Tabela 3.2. Zestawienie porównawcze badanych inicjatyw klastrowych (stan na 31.12.2023)"
)
M01_TABLE = [
    ["Inicjatywa", "Rok powstania", "Liczba członków", "Forma współpracy", "Koordynator"],
    [
        "Gorzowski Klaster Przetwórców Polimerów",
        "2012<super>a</super>",
        "41",
        "stowarzyszenie",
        "– (zarząd stowarzyszenia)",
    ],
    [
        "Międzyrzecki Klaster Spawalnictwa i Konstrukcji Stalowych",
        "2017",
        "22",
        "umowa konsorcjum",
        "Międzyrzecka Agencja Rozwoju Przedsiębiorczości sp. z o.o.",
    ],
    [
        "Klaster Energii „Bobrowe Zakola”",
        "2018",
        "ponad 20",
        "porozumienie",
        "Gmina Nowogród Bobrzański",
    ],
    [
        "Klaster Technologii Kreatywnych „Pikselownia”",
        "2020",
        "ok. 30",
        "umowa o współpracy",
        "Fundacja Rozwoju Branży Kreatywnej „Kadr”",
    ],
    [
        "Łagowski Klaster Wypoczynku i Agroturystyki",
        "2015",
        "21",
        "porozumienie",
        "Stowarzyszenie „Kraina Jezior Łagowskich”",
    ],
    ["Razem", "–", "ok. 134", "–", "–"],
]
M01_TABLE_NOTE = (
    "<super>a</super> Umowa o współpracy; stowarzyszenie zarejestrowano w 2016 r. "
    "Źródło: opracowanie własne na podstawie ankiety CAWI (N = 5), wywiadów IDI i raportu [7]."
)


def _m01_footnote_keys() -> dict[str, str]:
    """Plain-text key (text just before the marker + number) for each footnote."""
    keys = {}
    for _kind, text in M01_BODY:
        for m in re.finditer(r"<super>(\d+)</super>", text):
            before = re.sub(r"<[^>]+>", "", text[: m.start()])
            keys[m.group(1)] = before[-12:] + m.group(1)
    return keys


def make_m01(path: Path) -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Oblique", str(FONT_DIR / "DejaVuSans-Oblique.ttf")))
    pdfmetrics.registerFont(
        TTFont("DejaVuSans-BoldOblique", str(FONT_DIR / "DejaVuSans-BoldOblique.ttf"))
    )
    pdfmetrics.registerFontFamily(
        "DejaVuSans",
        normal="DejaVuSans",
        bold="DejaVuSans-Bold",
        italic="DejaVuSans-Oblique",
        boldItalic="DejaVuSans-BoldOblique",
    )

    body = ParagraphStyle(
        "body",
        fontName="DejaVuSans",
        fontSize=10,
        leading=15,
        alignment=4,
        firstLineIndent=7 * mm,
        spaceAfter=4,
    )
    bullet = ParagraphStyle(
        "bullet", parent=body, firstLineIndent=0, leftIndent=12 * mm, bulletIndent=7 * mm
    )
    h1 = ParagraphStyle("h1", fontName="DejaVuSans-Bold", fontSize=14, leading=18, spaceAfter=10)
    h2 = ParagraphStyle(
        "h2",
        fontName="DejaVuSans-Bold",
        fontSize=11.5,
        leading=15,
        spaceBefore=8,
        spaceAfter=5,
        keepWithNext=1,
    )
    h3 = ParagraphStyle(
        "h3",
        fontName="DejaVuSans-BoldOblique",
        fontSize=10,
        leading=14,
        spaceBefore=6,
        spaceAfter=3,
        keepWithNext=1,
    )
    cell = ParagraphStyle("cell", fontName="DejaVuSans", fontSize=8, leading=10)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="DejaVuSans-Bold")
    caption = ParagraphStyle(
        "caption", fontName="DejaVuSans-Bold", fontSize=9, leading=12, spaceBefore=4, spaceAfter=3
    )
    small = ParagraphStyle("small", fontName="DejaVuSans", fontSize=7.5, leading=9.5, spaceAfter=6)
    fnstyle = ParagraphStyle("fn", fontName="DejaVuSans", fontSize=7.5, leading=9.2)

    page_w, page_h = A4
    left, right = 25 * mm, 20 * mm
    top = 22 * mm
    fn_h = 30 * mm
    bottom = 18 * mm + fn_h
    text_w = page_w - left - right
    keys = _m01_footnote_keys()

    def build(fn_pages: dict[int, list[str]]) -> tuple[bytes, dict[str, int]]:
        seen: dict[str, int] = {}

        class ThesisDoc(BaseDocTemplate):
            def afterFlowable(self, flowable):
                if isinstance(flowable, Paragraph):
                    plain = flowable.getPlainText()
                    for num, key in keys.items():
                        if num not in seen and key in plain:
                            seen[num] = self.page

        def decorate(canvas, doc):
            canvas.saveState()
            canvas.setFont("DejaVuSans-Oblique", 8)
            y = page_h - 14 * mm
            canvas.drawString(left, y, M01_RUNNING_HEAD)
            canvas.drawRightString(page_w - right, y, "Rozdział 3")
            canvas.setLineWidth(0.3)
            canvas.line(left, y - 2 * mm, page_w - right, y - 2 * mm)
            canvas.setFont("DejaVuSans", 9)
            canvas.drawCentredString(left + text_w / 2, 11 * mm, str(M01_FIRST_PAGE - 1 + doc.page))
            notes = fn_pages.get(doc.page, [])
            if notes:
                canvas.setLineWidth(0.4)
                canvas.line(left, bottom - 3 * mm, left + 50 * mm, bottom - 3 * mm)
                y = bottom - 4.5 * mm
                for n in notes:
                    para = Paragraph(f"<super>{n}</super> {M01_FOOTNOTES[n]}", fnstyle)
                    _w, h = para.wrap(text_w, 40 * mm)
                    para.drawOn(canvas, left, y - h)
                    y -= h + 1.5
            canvas.restoreState()

        buf = io.BytesIO()
        doc = ThesisDoc(
            buf,
            pagesize=A4,
            title="Inicjatywy klastrowe jako czynnik rozwoju przedsiębiorczości w województwie lubuskim – rozdział 3",
            author="Natalia Kędzierska-Rumin",
            creator="heldout29",
            producer="heldout29",
            subject="Praca magisterska",
        )
        frame = Frame(left, bottom, text_w, page_h - top - bottom, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])
        story = []
        for kind, text in M01_BODY:
            if kind == "h1":
                story.append(Paragraph(text, h1))
            elif kind == "h2":
                story.append(Paragraph(text, h2))
            elif kind == "h3":
                story.append(Paragraph(text, h3))
            elif kind == "p":
                story.append(Paragraph(text, body))
            elif kind == "b":
                story.append(Paragraph(text, bullet, bulletText="–"))
            elif kind == "t":
                story.append(Paragraph(M01_TABLE_TITLE, caption))
                rows = []
                for i, row in enumerate(M01_TABLE):
                    style = cellb if i in (0, len(M01_TABLE) - 1) else cell
                    rows.append([Paragraph(c, style) for c in row])
                table = Table(
                    rows,
                    colWidths=[45 * mm, 22 * mm, 20 * mm, 27 * mm, 51 * mm],
                    repeatRows=1,
                )
                table.setStyle(
                    TableStyle(
                        [
                            ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E4E4")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ]
                    )
                )
                story.append(table)
                story.append(Spacer(1, 2))
                story.append(Paragraph(M01_TABLE_NOTE, small))
        doc.build(story)
        return buf.getvalue(), seen

    _, seen = build({})
    missing = set(M01_FOOTNOTES) - set(seen)
    if missing:
        raise RuntimeError(f"footnote markers not located: {sorted(missing)}")
    fn_pages: dict[int, list[str]] = {}
    for num in sorted(seen, key=int):
        fn_pages.setdefault(seen[num], []).append(num)
    data, seen2 = build(fn_pages)
    if seen2 != seen:
        raise RuntimeError("footnote pages changed between passes")
    path.write_bytes(data)


# ---------------------------------------------------------------------------
# m02 – DOCX: letter of a marshal office's department to a ministry
# (kujawsko-pomorskie)
# ---------------------------------------------------------------------------

M02_LETTERHEAD = [
    "URZĄD MARSZAŁKOWSKI WOJEWÓDZTWA KUJAWSKO-POMORSKIEGO W TORUNIU",
    "Departament Przedsiębiorczości i Innowacji",
    "ul. Mikołaja Kopernika 48, 87-100 Toruń · tel. 56 620 14 87 · sekretariat.dpi@umwkp-torun.pl",
]

M02_ADDRESSEE = [
    "Pan",
    "Andrzej Wierzbięta-Malec",
    "Dyrektor Departamentu Innowacji i Przemysłu",
    "Ministerstwo Rozwoju i Technologii",
    "Warszawa",
]

M02_SUBJECT = "Dotyczy: rekomendacji inicjatyw klastrowych z województwa kujawsko-pomorskiego ubiegających się o status Krajowego Klastra Kluczowego w naborze 2024 r."

M02_INTRO = [
    "w odpowiedzi na pismo z dnia 4 marca 2024 r. (znak: DIP-IV.4212.15.2024) uprzejmie informuję, że Zarząd Województwa Kujawsko-Pomorskiego uchwałą nr 16/702/24 z dnia 17 kwietnia 2024 r. pozytywnie zaopiniował zamiar ubiegania się o status Krajowego Klastra Kluczowego (KKK) przez pięć inicjatyw klastrowych z naszego regionu.",
    "W województwie działa obecnie 17 inicjatyw klastrowych, zrzeszających łącznie ok. 780 podmiotów. Rekomendowane klastry wybrano spośród nich na podstawie kryteriów przyjętych w Regionalnej Strategii Innowacji na lata 2021–2027, w szczególności skali współpracy, udziału jednostek naukowych i potencjału eksportowego. Poniżej przedstawiamy ich krótką charakterystykę:",
]

M02_ITEMS = [
    "Klaster Form i Narzędzi Doliny Brdy sp. z o.o. z siedzibą w Bydgoszczy – spółka zarządzająca klastrem, utworzona w 2018 r. przez członków porozumienia zawartego w 2013 r. Klaster zrzesza 58 członków, w tym 11 udziałowców spółki; firmy członkowskie zatrudniają ok. 3 100 osób. W strategii na lata 2024–2030 klaster stawia sobie za cel zwiększenie udziału eksportu w sprzedaży członków do 40%, wspólną automatyzację procesów wytwarzania form oraz utworzenie branżowego centrum szkoleniowego. Strona internetowa: www.formy-brda.pl.",
    "Klaster Chemii Nawozowej Kujaw (KChNK) – działa od 2015 r. na podstawie umowy o współpracy; koordynatorem jest Kujawska Izba Przemysłu Chemicznego z siedzibą we Włocławku. Klaster tworzy 27 przedsiębiorstw, dwie uczelnie, instytut badawczy oraz Gmina Miasto Włocławek. Celem klastra jest ograniczenie emisyjności produkcji nawozów azotowych oraz rozwój technologii nawozów o spowolnionym uwalnianiu.",
    "Toruński Klaster Technologii Laserowych – porozumienie konsorcjalne zawarte w 2019 r., koordynowane przez Fundację Nauka–Biznes „Orbita” z Torunia. Klaster skupia ponad 40 podmiotów, w tym 8 spółek typu spin-off utworzonych przez pracowników naukowych. Głównym celem klastra jest utworzenie wspólnego laboratorium metrologii laserowej dostępnego dla małych firm. Więcej informacji: www.laser-torun.pl.",
    "Klaster Mleczarski Ziemi Brodnickiej – utworzony w 2016 r. w formie umowy konsorcjum, której liderem jest Spółdzielnia Mleczarska „Drwęca” z Jabłonowa Pomorskiego; biuro klastra mieści się w Brodnicy. W klastrze współpracuje blisko 90 gospodarstw mlecznych i dwie mleczarnie. Gospodarstwa członków utrzymują ok. 6 800 krów, a w 2023 r. dostarczyły 52 mln litrów mleka.",
    "Nadwiślański Klaster Opakowań Papierowych – porozumienie z 2014 r., którego koordynatorem jest Centrum Badań Materiałów Włóknistych sp. z o.o. w Świeciu. Klaster liczy 16 członków – producentów tektury, opakowań i maszyn pakujących ze Świecia, Grudziądza i Chełmna. Klaster prowadzi stronę www.opakowania-nadwislanskie.pl.",
]

M02_AFTER = [
    "Informuję ponadto, że Klaster Turystyki Rowerowej Borów Tucholskich, koordynowany przez Lokalną Organizację Turystyczną „Bory” w Tucholi, zrezygnował z ubiegania się o status KKK w obecnym naborze i zamierza złożyć wniosek w 2025 r.",
    "Szczegółowe dane rekomendowanych klastrów zawierają formularze stanowiące załączniki nr 1–5 do niniejszego pisma. Osobą do kontaktu ze strony Departamentu jest Pani Joanna Szczęsna-Kolasa, tel. 56 620 14 92.",
]

M02_SIGNATURE = [
    "Z poważaniem",
    "",
    "z up. Marszałka Województwa",
    "Dariusz Pełczyński-Bąk",
    "Dyrektor Departamentu Przedsiębiorczości i Innowacji",
    "/podpisano kwalifikowanym podpisem elektronicznym/",
]

M02_ATTACHMENTS = [
    "Załączniki:",
    "1. Formularze rekomendacji (5 szt.).",
    "2. Uchwała nr 16/702/24 Zarządu Województwa Kujawsko-Pomorskiego z dnia 17 kwietnia 2024 r.",
]

M02_CC = [
    "Do wiadomości:",
    "1. Kujawska Izba Przemysłu Chemicznego, Włocławek",
    "2. Fundacja Nauka–Biznes „Orbita”, Toruń",
    "3. Regionalne Centrum Transferu Innowacji w Bydgoszczy",
    "4. Departament Funduszy Europejskich – w miejscu",
    "5. a/a",
]


def make_m02(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    cp = doc.core_properties
    fixed = datetime(2024, 4, 22, 10, 30, 0)
    cp.author = "Joanna Szczęsna-Kolasa"
    cp.last_modified_by = "Joanna Szczęsna-Kolasa"
    cp.title = "Pismo – rekomendacja klastrów KKK 2024"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3

    header = doc.sections[0].header
    hp = header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = hp.add_run(M02_LETTERHEAD[0])
    run.bold = True
    for line in M02_LETTERHEAD[1:]:
        p = header.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    p = doc.add_paragraph("Toruń, 22 kwietnia 2024 r.")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Znak sprawy: DPI-III.7160.9.2024")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for i, line in enumerate(M02_ADDRESSEE):
        r = p.add_run(line)
        r.bold = i in (1,)
        if i < len(M02_ADDRESSEE) - 1:
            r.add_break()
    p = doc.add_paragraph()
    p.add_run(M02_SUBJECT).italic = True
    doc.add_paragraph("Szanowni Państwo,")
    for t in M02_INTRO:
        doc.add_paragraph(t)
    for t in M02_ITEMS:
        doc.add_paragraph(t, style="List Number")
    for t in M02_AFTER:
        doc.add_paragraph(t)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for i, line in enumerate(M02_SIGNATURE):
        r = p.add_run(line)
        if i == 3:
            r.bold = True
        if i < len(M02_SIGNATURE) - 1:
            r.add_break()
    for block in (M02_ATTACHMENTS, M02_CC):
        p = doc.add_paragraph()
        for i, line in enumerate(block):
            r = p.add_run(line)
            r.font.size = Pt(9)
            if i == 0:
                r.underline = True
            if i < len(block) - 1:
                r.add_break()

    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 4, 22, 10, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# m03 – HTML: event page of a cluster forum (lubelskie, podlaskie, świętokrzyskie)
# ---------------------------------------------------------------------------

M03_HTML = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>V Forum Klastrów Polski Wschodniej | Lublin, 16&ndash;17 października 2024</title>
<meta name="description" content="Program, prelegenci i partnerzy V Forum Klastrów Polski Wschodniej.">
<link rel="stylesheet" href="/assets/css/forum.css">
<script src="/assets/js/cookies.js" defer></script>
</head>
<body>
<header class="site-header">
<a class="brand" href="/">Forum Klastrów Polski Wschodniej</a>
<nav>
<ul>
<li><a href="#o-forum">O Forum</a></li>
<li><a href="#program">Program</a></li>
<li><a href="#prelegenci">Prelegenci</a></li>
<li><a href="#partnerzy">Partnerzy</a></li>
<li><a href="#klastry">Klastry</a></li>
<li><a href="/rejestracja/" class="btn">Rejestracja</a></li>
</ul>
</nav>
</header>

<main>
<section id="o-forum" class="hero">
<h1>V Forum Klastrów Polski Wschodniej</h1>
<p class="when">16&ndash;17 października 2024&nbsp;r. &middot; Centrum Kongresowe &bdquo;Podzamcze&rdquo;, ul. Ogrodowa 27, Lublin</p>
<p>Forum to doroczne spotkanie koordynatorów, członków i partnerów inicjatyw klastrowych z województw lubelskiego, podkarpackiego, podlaskiego, świętokrzyskiego i warmińsko-mazurskiego. W ubiegłym roku gościliśmy ponad 320 uczestników z 41 klastrów. Tegoroczna edycja jest poświęcona transformacji energetycznej, biogospodarce i turystyce zdrowotnej.</p>
<p>Organizatorem Forum jest Stowarzyszenie &bdquo;Wschodnia Sieć Współpracy Gospodarczej&rdquo;. Stowarzyszenie nie jest klastrem &ndash; zrzesza koordynatorów klastrów i instytucje otoczenia biznesu z Polski Wschodniej.</p>
<p class="price">Opłata konferencyjna: 390&nbsp;zł brutto (dla członków klastrów &ndash; 290&nbsp;zł). Liczba miejsc ograniczona do 250.</p>
</section>

<section id="program">
<h2>Program</h2>
<h3>Dzień 1 &ndash; środa, 16 października</h3>
<table class="agenda">
<thead><tr><th>Godzina</th><th>Punkt programu</th><th>Prelegenci</th></tr></thead>
<tbody>
<tr><td>9:00&ndash;9:45</td><td>Rejestracja uczestników, kawa powitalna</td><td></td></tr>
<tr><td>9:45&ndash;10:15</td><td>Otwarcie Forum</td><td>Ewelina Sadurska-Gil, prezes Stowarzyszenia &bdquo;Wschodnia Sieć Współpracy Gospodarczej&rdquo;</td></tr>
<tr><td>10:15&ndash;11:45</td><td>Panel I: &bdquo;Klastry energii &ndash; od porozumienia do inwestycji&rdquo;</td><td>moderator: dr Adam Kręcicki, Instytut Studiów Regionalnych &bdquo;Bug&rdquo;<br>Łukasz Dziedzic, koordynator Klastra Energii &bdquo;Roztocze Solarne&rdquo; z Tomaszowa Lubelskiego<br>Renata Ożóg, dyrektor ds. finansowania OZE, Bank Spółdzielczy &bdquo;Wschód&rdquo;<br>Marcin Zubel, Wschodnia Agencja Energii sp. z o.o.</td></tr>
<tr><td>11:45&ndash;12:15</td><td>Przerwa kawowa</td><td></td></tr>
<tr><td>12:15&ndash;13:30</td><td>Panel II: &bdquo;Biogospodarka &ndash; jak klastry budują łańcuchy wartości&rdquo;</td><td>dr inż. Marta Klimowicz-Żak, koordynatorka Puławskiego Klastra Bioproduktów Rolnych<br>Bogdan Lis, Gospodarstwo Sadownicze Lis, Opole Lubelskie<br>dr Agnieszka Tomczuk, Instytut Studiów Regionalnych &bdquo;Bug&rdquo;</td></tr>
<tr><td>13:30&ndash;14:30</td><td>Lunch</td><td></td></tr>
<tr><td>14:30&ndash;15:15</td><td>Wystąpienie: &bdquo;Od klastra GPU do rolnictwa cyfrowego &ndash; co moc obliczeniowa daje małym firmom?&rdquo;</td><td>dr Piotr Gajowniczek, Centrum Obliczeniowe &bdquo;Lubcom&rdquo;</td></tr>
<tr><td>15:15&ndash;16:30</td><td>Panel III: &bdquo;Drewno, okna, meble &ndash; przemysł na ścianie wschodniej&rdquo;</td><td>Jarosław Okuniewski, prezes Stowarzyszenia &bdquo;Suwalski Klaster Producentów Okien Pasywnych&rdquo;<br>Henryk Sawa, prezes zarządu Klastra Przemysłu Drzewnego &bdquo;Knieja&rdquo;<br>Zofia Bełz, Podlaska Fundacja Wzornictwa</td></tr>
<tr><td>19:00</td><td>Kolacja networkingowa</td><td></td></tr>
</tbody>
</table>
<h3>Dzień 2 &ndash; czwartek, 17 października</h3>
<table class="agenda">
<thead><tr><th>Godzina</th><th>Punkt programu</th><th>Prelegenci</th></tr></thead>
<tbody>
<tr><td>9:30&ndash;10:30</td><td>Warsztat: &bdquo;Jak przygotować wniosek o status Krajowego Klastra Kluczowego?&rdquo;</td><td>mec. Dorota Jaszczuk, Kancelaria Jaszczuk i Wspólnicy</td></tr>
<tr><td>10:30&ndash;12:00</td><td>Sesja: &bdquo;Turystyka zdrowotna i rękodzieło &ndash; wspólna oferta klastrów&rdquo;</td><td>Paweł Sitarz, menedżer Klastra Uzdrowiskowego &bdquo;Zdrój Siarczany&rdquo; z Buska-Zdroju<br>Anna Wilk-Prokop, Pracownia Ceramiki &bdquo;Glina i Ogień&rdquo;, Kazimierz Dolny</td></tr>
<tr><td>12:00&ndash;12:30</td><td>Podsumowanie i zamknięcie Forum</td><td>Ewelina Sadurska-Gil</td></tr>
</tbody>
</table>
</section>

<section id="prelegenci">
<h2>Wybrani prelegenci</h2>
<article class="speaker">
<h3>Jarosław Okuniewski</h3>
<p>Prezes Stowarzyszenia &bdquo;Suwalski Klaster Producentów Okien Pasywnych&rdquo; od 2019&nbsp;r., właściciel firmy stolarskiej w Suwałkach. Od 25 lat w branży stolarki budowlanej.</p>
</article>
<article class="speaker">
<h3>dr inż. Marta Klimowicz-Żak</h3>
<p>Koordynatorka Puławskiego Klastra Bioproduktów Rolnych, wcześniej przez 12 lat pracownik naukowy. Autorka ponad 40 publikacji o zagospodarowaniu odpadów rolno-spożywczych.</p>
</article>
<article class="speaker">
<h3>Henryk Sawa</h3>
<p>Prezes zarządu Klastra Przemysłu Drzewnego &bdquo;Knieja&rdquo;. Inżynier technologii drewna, od 30 lat związany z przemysłem tartacznym.</p>
</article>
</section>

<section id="partnerzy">
<h2>Sponsorzy i partnerzy</h2>
<p><strong>Sponsor generalny:</strong> Bank Spółdzielczy &bdquo;Wschód&rdquo; w Lublinie</p>
<p><strong>Sponsorzy:</strong> Wschodnia Agencja Energii sp. z o.o., Centrum Obliczeniowe &bdquo;Lubcom&rdquo;, Kancelaria Jaszczuk i Wspólnicy</p>
<p><strong>Partner merytoryczny:</strong> Instytut Studiów Regionalnych &bdquo;Bug&rdquo;</p>
<p><strong>Patron medialny:</strong> portal <a href="https://www.klastrywschod.info">klastrywschod.info</a></p>
</section>

<section id="klastry">
<h2>O klastrach uczestniczących</h2>

<article class="cluster">
<h3>Puławski Klaster Bioproduktów Rolnych</h3>
<p>Klaster działa od 2017&nbsp;r. na podstawie porozumienia, którego koordynatorem jest Puławskie Centrum Technologii Rolniczych sp. z o.o. Biuro klastra mieści się w Puławach. Klaster zrzesza 34 członków &ndash; gospodarstwa rolne, przetwórnie, instytuty badawcze i dwie gminy. Cele klastra:</p>
<ul>
<li>zagospodarowanie odpadów rolno-spożywczych w biorafinerii,</li>
<li>rozwój produkcji biokomponentów i nawozów organicznych,</li>
<li>wspólne projekty badawcze członków z instytutami naukowymi.</li>
</ul>
<p><a href="https://www.bioprodukty-pulawy.pl">www.bioprodukty-pulawy.pl</a></p>
</article>

<article class="cluster">
<h3>Suwalski Klaster Producentów Okien Pasywnych</h3>
<p>Współpraca rozpoczęła się w 2011&nbsp;r. od umowy o współpracy siedmiu producentów; w 2014&nbsp;r. członkowie zarejestrowali stowarzyszenie z siedzibą w Suwałkach, które samo prowadzi klaster. Dziś klaster zrzesza 23 producentów okien, drzwi i szyb zespolonych oraz 2 szkoły zawodowe. Celem klastra jest wspólny eksport stolarki do krajów skandynawskich, szkolenie monterów oraz rozwój technologii okien pasywnych.</p>
<p><a href="https://www.oknapasywne-suwalki.pl">www.oknapasywne-suwalki.pl</a></p>
</article>

<article class="cluster">
<h3>Klaster Energii &bdquo;Roztocze Solarne&rdquo;</h3>
<p>Porozumienie zawarte w 2019&nbsp;r. koordynuje Gmina Miejska Tomaszów Lubelski. Klaster skupia ok. 45 podmiotów, głównie gospodarstwa z mikroinstalacjami, spółdzielnie i przedsiębiorstwa. Jedyny cel klastra to pokrycie do 2030&nbsp;r. połowy zapotrzebowania członków na energię elektryczną energią ze słońca.</p>
</article>

<article class="cluster">
<h3>Klaster Rękodzieła &bdquo;Wiślana Skarpa&rdquo; (w organizacji)</h3>
<p>Osiem pracowni ceramicznych, złotniczych i tkackich z Kazimierza Dolnego i Janowca podpisało w czerwcu 2024&nbsp;r. list intencyjny w sprawie utworzenia klastra. Zawarcie porozumienia i wybór koordynatora planowane są na 2025&nbsp;r.</p>
</article>
</section>
</main>

<footer>
<p>Organizator: Stowarzyszenie &bdquo;Wschodnia Sieć Współpracy Gospodarczej&rdquo;, ul. Narutowicza 14/3, 20-016 Lublin, tel. 81 440 27 19, <a href="https://www.forumklastrow-wschod.pl">www.forumklastrow-wschod.pl</a></p>
<p>&copy; 2024 Forum Klastrów Polski Wschodniej. Polityka prywatności.</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# m04 – TXT (UTF-8): FAQ page of a cluster (wielkopolskie, CZ, warmińsko-mazurskie)
# ---------------------------------------------------------------------------

M04_TEXT = """Pilski Klaster Małego Lotnictwa
Start | O klastrze | Członkowie | Aktualności | FAQ | Kontakt

NAJCZĘŚCIEJ ZADAWANE PYTANIA

Ostatnia aktualizacja: 4 marca 2024 r.

Zebraliśmy tu odpowiedzi na pytania, które najczęściej zadają nam firmy
zainteresowane przystąpieniem do klastra. Jeśli nie znajdziesz odpowiedzi
na swoje pytanie, napisz do nas: biuro@pkml.pl.


1. Czym jest Pilski Klaster Małego Lotnictwa?

PKML to inicjatywa klastrowa z północnej Wielkopolski, skupiająca firmy
i instytucje, które projektują, budują i serwisują szybowce, motoszybowce
i samoloty ultralekkie, a także kształcą dla nich kadry. Współpracujemy
przy projektach badawczo-rozwojowych, szkoleniach i promocji na targach.


2. Od kiedy działa klaster?

Porozumienie o utworzeniu klastra podpisało 15 maja 2017 r. jedenaście
firm z Piły, Ujścia i Szydłowa. Od tego czasu klaster systematycznie się
rozrasta.


3. Ilu członków liczy klaster?

Na dzień 1 marca 2024 r. klaster liczy 26 członków: 19 firm, 3 aerokluby
i stowarzyszenia lotnicze, 2 szkoły, uczelnię oraz Gminę Miasto Piła.
Aktualną listę członków znajdziesz w zakładce „Członkowie”.


4. Czy klaster ma osobowość prawną?

Nie. Klaster nie jest stowarzyszeniem ani spółką – działamy na podstawie
porozumienia o współpracy, do którego każdy nowy członek przystępuje,
podpisując aneks. Sprawy organizacyjne klastra prowadzi koordynator.


5. Kto jest koordynatorem klastra?

Koordynatorem jest spółka Gwdańskie Zakłady Lotnicze sp. z o.o. (ul. Szybowników 7,
64-920 Piła), jeden z członków założycieli. Biuro klastra mieści się w jej
siedzibie w Pile. Menedżerką klastra jest Agata Rybarczyk-Hoppe.


6. Ile wynosi składka członkowska?

Roczna składka wynosi 1 500 zł dla firm zatrudniających do 50 osób
i 3 000 zł dla większych. Aerokluby, szkoły i jednostki samorządu
terytorialnego są zwolnione ze składki. Jednorazowe wpisowe – 500 zł.


7. Jakie są cele klastra?

Zgodnie z porozumieniem cele klastra to:
 – rozwój wspólnego zaplecza badawczego i warsztatowego dla producentów
   szybowców i samolotów lekkich,
 – kształcenie mechaników lotniczych we współpracy ze szkołami
   członkowskimi,
 – wspólna promocja członków na targach lotniczych w Europie,
 – poprawa bezpieczeństwa lotów w lotnictwie ogólnym.


8. Kto może zostać członkiem?

Członkiem może zostać każda firma, uczelnia, szkoła, aeroklub lub
samorząd, który prowadzi działalność związaną z lotnictwem ogólnym.
Przyjęcie nowego członka wymaga zgody co najmniej dwóch trzecich
członków. W 2024 r. planujemy przyjąć 4 nowych członków.


9. Czy klaster współpracuje z innymi klastrami?

Tak. Naszymi klastrami siostrzanymi są:
 – czeski Letecký klastr Východní Čechy (Lotniczy Klaster Czech
   Wschodnich) z siedzibą w Hradcu Králové, skupiający ok. 40 firm
   i instytutów; współpracujemy z nim od 2019 r. w projekcie Interreg,
 – Mazurski Klaster Awioniki z Kętrzyna (www.awionika-mazury.pl),
   działający od 2020 r. na podstawie porozumienia kilkunastu firm
   i koordynowany przez Fundację Lotnictwa Mazurskiego „Skrzydła”.


10. Czy można być jednocześnie członkiem innego klastra?

Tak. Wielu naszych członków należy też do innych inicjatyw, a sam PKML
jest od 2021 r. członkiem Klastra Energii Rozproszonej Powiatu Pilskiego,
koordynowanego przez Gminę Kaczory i zrzeszającego 31 podmiotów.


11. Czy PKML ma coś wspólnego z Poznańskim Klastrem Usług Lotniskowych?

Nie. Poznański Klaster Usług Lotniskowych (Poznań) zrzesza firmy obsługi
naziemnej i nie ma z nami formalnych powiązań, choć kilka naszych firm
współpracuje z jego członkami.


12. Gdzie znajdę więcej informacji?

Na stronie www.pkml.pl, pod adresem biuro@pkml.pl oraz pod numerem
telefonu 67 212 48 30 (pon.–pt. 8:00–16:00).

------------------------------------------------------------------------
© 2024 Pilski Klaster Małego Lotnictwa · Polityka prywatności
Projekt i wykonanie strony: Webmania Piła, www.webmania-pila.pl
"""


# ---------------------------------------------------------------------------
# m05 – TXT (ISO-8859-2): local newspaper article on EU funds (śląskie, małopolskie)
# ---------------------------------------------------------------------------

M05_TEXT = """BESKIDZKI PRZEGLĄD LOKALNY | nr 17 (1184) | czwartek, 25 kwietnia 2024 | s. 6-7

GOSPODARKA

Unijne miliony dla klastrów. Sprawdziliśmy, kto dostał pieniądze

Pięć klastrów z Podbeskidzia i zachodniej Małopolski otrzyma łącznie
11,4 mln zł z funduszy europejskich. Wnioski złożyło dziewięć klastrów,
cztery odeszły z niczym. Na liście zabrakło też klastra, który jeszcze
kilka lat temu był wizytówką Andrychowa - tego już po prostu nie ma.

Tekst: Małgorzata Chowaniec-Buś

Listę rankingową ogłoszono w ubiegły piątek. Najwięcej, bo 3,21 mln zł,
trafi do Beskidzkiej Izby Przemysłu Motoryzacyjnego z Bielska-Białej,
która koordynuje Bielski Klaster Podzespołów Napędowych (BKPN). Klaster
powstał w 2016 r. na mocy umowy konsorcjum i skupia dziś czternaście firm
z Bielska-Białej, Czechowic-Dziedzic i Kóz, dwa technika oraz jedną
uczelnię. Firmy członkowskie zatrudniają blisko 4 tys. osób.

- Wspólne laboratorium badań materiałowych to dla naszych firm być albo
nie być na rynku niemieckim - mówi nam Grzegorz Habdas, prezes izby.
Laboratorium ma ruszyć w Kozach w połowie 2026 r.

Blisko 2,5 mln zł dostanie Stowarzyszenie Klaster Twórców Oprogramowania
Podbeskidzia. KTOP zaczynał w 2011 r. od nieformalnych spotkań i umowy
o współpracy kilku software house'ów, a w 2014 r. przyjął formę
stowarzyszenia z siedzibą w Bielsku-Białej. Dziś zrzesza ponad
sześćdziesiąt firm. Jak czytamy w statucie, celem stowarzyszenia jest
rozwój rynku pracy dla programistów na Podbeskidziu, wspólne szkolenia
z cyberbezpieczeństwa oraz promocja regionu jako zagłębia gier
i oprogramowania. Więcej na www.ktop.org.pl.

Po 2,15 mln zł sięga Cieszyński Klaster Medyczny, który od 2020 r. działa
jako fundacja - Fundacja Cieszyński Klaster Medyczny sama prowadzi sprawy
klastra i nie ma odrębnego koordynatora. W klastrze współpracuje
jedenaście placówek medycznych z Cieszyna i okolic oraz Powiat Cieszyński.
Za unijne pieniądze powstanie wspólna platforma teleporad, z której
skorzystają także szpitale w Czeskim Cieszynie.

Niecałe 2 mln zł trafi do Gminy Ustroń, koordynatora Ustrońskiego Klastra
Energii. Porozumienie o jego utworzeniu podpisało w 2019 r. dziewięć
podmiotów, dziś jest ich dwanaście. Jedyny cel zapisany w porozumieniu to
obniżenie kosztów energii w budynkach publicznych i obiektach
uzdrowiskowych Ustronia. Za dotację gmina zbuduje magazyn energii
o pojemności 2 MWh.

Ostatnie miejsce na liście zajął Klaster Wypoczynku Doliny Soły z Kęt.
Porozumienie zawarto w 2018 r., a koordynuje je Stowarzyszenie Turystyczne
Ziemi Kęckiej. Ile firm tworzy klaster? - To się zmienia z sezonu na
sezon. Zwykle jest nas od 20 do 25 członków: pensjonaty, przewodnicy,
wypożyczalnie kajaków - mówi koordynatorka klastra Beata Pindel.

Klaster, którego już nie ma

Wśród wnioskodawców nie było Andrychowskiego Klastra Tekstylnego. Klaster
powołany w 2010 r. porozumieniem zakładów włókienniczych, koordynowany
przez Andrychowskie Towarzystwo Włókiennicze z Andrychowa, w szczytowym
okresie - w 2015 r. - skupiał dwadzieścia jeden zakładów z Andrychowa
i Wadowic. Po kolejnych upadłościach członkowie jesienią 2022 r.
rozwiązali porozumienie i klaster przestał istnieć.

LISTA BENEFICJENTÓW (kwota dofinansowania)

1. Beskidzka Izba Przemysłu Motoryzacyjnego, Bielsko-Biała
   "Wzmocnienie potencjału badawczego i eksportowego przedsiębiorstw
   zrzeszonych w Bielskim Klastrze Podzespołów Napędowych poprzez
   utworzenie wspólnego laboratorium badań materiałowych i zmęczeniowych"
   - 3 210 000 zł
2. Stowarzyszenie Klaster Twórców Oprogramowania Podbeskidzia,
   Bielsko-Biała
   "Beskidy Cyfrowe - program akceleracji i szkoleń w zakresie
   cyberbezpieczeństwa dla mikro-, małych i średnich przedsiębiorstw
   z branży IT z subregionu bielskiego" - 2 480 000 zł
3. Fundacja Cieszyński Klaster Medyczny, Cieszyn
   "Telemedycyna bez granic - wdrożenie wspólnej platformy konsultacji
   zdalnych w placówkach członkowskich klastra i szpitalach partnerskich
   po obu stronach Olzy" - 2 150 000 zł
4. Gmina Ustroń
   "Budowa magazynu energii wraz z systemem zarządzania energią
   dla budynków członków Ustrońskiego Klastra Energii" - 1 960 000 zł
5. Stowarzyszenie Turystyczne Ziemi Kęckiej, Kęty
   "Dolina Soły na rowerze i w kajaku - wspólna, całoroczna oferta
   turystyki aktywnej członków klastra" - 1 600 000 zł
   RAZEM: 11 400 000 zł

Źródło: lista rankingowa naboru, opracowanie własne redakcji.
"""


def main() -> None:
    make_m01(HERE / "m01_praca_magisterska_rozdzial3_klastry_lubuskie.pdf")
    make_m02(HERE / "m02_pismo_rekomendacja_kkk_kujawsko_pomorskie.docx")
    (HERE / "m03_forum_klastrow_polski_wschodniej_lublin.html").write_bytes(
        M03_HTML.encode("utf-8")
    )
    (HERE / "m04_faq_pilski_klaster_malego_lotnictwa.txt").write_bytes(M04_TEXT.encode("utf-8"))
    (HERE / "m05_artykul_fundusze_klastry_podbeskidzie_iso8859-2.txt").write_bytes(
        M05_TEXT.encode("iso8859_2")
    )


if __name__ == "__main__":
    main()
