# ruff: noqa: E501
"""Generate the heldout27 documents (deterministic; all text lives here).

Run from the repository root:
    .venv/bin/python tests/cases/heldout27/make_documents.py
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
# j01 – PDF, two columns: academic article in a regional economics journal
# (wielkopolskie)
# ---------------------------------------------------------------------------

J01_JOURNAL = "Kwartalnik Studiów Regionalnych Wielkopolski · Tom 14 · Nr 3 (2024) · s. 57–59"
J01_TITLE = "Dojrzałość inicjatyw klastrowych w południowej i wschodniej Wielkopolsce. Studium pięciu przypadków"
J01_AUTHORS = "Joanna Przybylak-Wróbel<super>a</super>, Michał Tarnowiecki<super>b</super>"
J01_AFFIL = [
    "<super>a</super> Wielkopolska Wyższa Szkoła Ekonomiczno-Techniczna w Kaliszu, Instytut Ekonomii i Finansów, e-mail: j.przybylak@wwset-kalisz.edu.pl",
    "<super>b</super> Kaliskie Towarzystwo Badań Gospodarczych, e-mail: m.tarnowiecki@ktbg.org.pl",
    "Otrzymano: 14.02.2024 · Zaakceptowano: 22.05.2024 · Opublikowano: 30.09.2024 · DOI: 10.58214/ksrw.2024.3.04",
]
J01_ABSTRACT_PL = (
    "<b>Streszczenie.</b> Celem artykułu jest ocena poziomu dojrzałości inicjatyw klastrowych działających "
    "w południowej i wschodniej Wielkopolsce. Badanie oparto na analizie danych zastanych oraz wywiadach "
    "pogłębionych z koordynatorami i członkami inicjatyw z subregionów kaliskiego, konińskiego i leszczyńskiego. "
    "Do oceny wykorzystano zmodyfikowany model cyklu życia klastra. Wyniki wskazują, że dojrzałość inicjatyw "
    "zależy w większym stopniu od formy instytucjonalnej i stabilności finansowania niż od wieku inicjatywy. "
    "Najwyższy poziom dojrzałości osiągnęły klastry prowadzone przez własne stowarzyszenia, najniższy – "
    "inicjatywy oparte wyłącznie na umowach cywilnoprawnych i finansowaniu projektowym."
)
J01_KEYWORDS_PL = "<b>Słowa kluczowe:</b> klaster, inicjatywa klastrowa, cykl życia klastra, polityka regionalna, Wielkopolska · <b>Kody JEL:</b> L14, R11, R58"
J01_ABSTRACT_EN = (
    "<b>Abstract.</b> The aim of the article is to assess the maturity of cluster initiatives operating in "
    "southern and eastern Wielkopolska (Greater Poland). The study draws on desk research and in-depth interviews "
    "with coordinators and members of initiatives from the Kalisz, Konin and Leszno subregions. The results show "
    "that maturity depends more on the institutional form and stable funding than on the age of the initiative."
)
J01_KEYWORDS_EN = "<b>Keywords:</b> cluster, cluster initiative, cluster life cycle, regional policy, Greater Poland"

# (kind, text): kind is "h" (section heading), "p" (paragraph), "b" (dash list item),
# "t" (table 1), "q" (quotation) or "r" (reference)
J01_BODY = [
    ("h", "1. Wprowadzenie"),
    (
        "p",
        "Od początku XXI w. koncepcja klastra należy do najczęściej przywoływanych pojęć polityki rozwoju regionalnego. "
        "W Polsce wsparcie dla inicjatyw klastrowych finansowano zarówno z programów krajowych, jak i z regionalnych "
        "programów operacyjnych, a ich liczbę – w zależności od przyjętej definicji – szacuje się na 130–200 "
        "(Olejniczak i Surma 2019). Znacznie mniej wiadomo o tym, jak inicjatywy te rozwijają się po zakończeniu "
        "finansowania projektowego.",
    ),
    (
        "p",
        "W województwie wielkopolskim działa obecnie ok. 25 inicjatyw klastrowych, z czego ponad połowa ma siedzibę "
        "w Poznaniu i powiecie poznańskim. Artykuł koncentruje się na pozostałej części regionu, gdzie inicjatywy "
        "klastrowe są mniejsze, silniej zakorzenione w lokalnych tradycjach gospodarczych i częściej koordynowane "
        "przez podmioty spoza sektora przedsiębiorstw. Po wprowadzeniu omówiono pojęcie klastra i modele jego "
        "cyklu życia, następnie metodę badania, wyniki studiów przypadków oraz wnioski dla polityki regionalnej.",
    ),
    ("h", "2. Klaster i inicjatywa klastrowa – przegląd literatury"),
    (
        "p",
        "Klasyczną definicję klastra zaproponował M.E. Porter (1990), określając go jako geograficzne skupisko "
        "wzajemnie powiązanych przedsiębiorstw, wyspecjalizowanych dostawców, usługodawców, firm działających "
        "w pokrewnych sektorach oraz związanych z nimi instytucji, które jednocześnie konkurują ze sobą "
        "i współpracują.<super>1</super> W ujęciu Portera klaster jest zjawiskiem spontanicznym, wynikającym "
        "z procesów rynkowych, a nie z działań administracji.",
    ),
    (
        "p",
        "W literaturze polskiej podkreśla się potrzebę odróżnienia klastra jako struktury gospodarczej od inicjatywy "
        "klastrowej, czyli zorganizowanego przedsięwzięcia, którego celem jest wzmocnienie współpracy w ramach "
        "klastra (Kamińska-Dobosz 2011; Rybczak 2015). Inicjatywa klastrowa ma zwykle koordynatora, formę prawną "
        "i budżet, podczas gdy klaster w sensie Portera nie ma żadnego z tych atrybutów. W dalszej części artykułu, "
        "zgodnie z praktyką polityki publicznej, terminu „klaster” używamy na oznaczenie inicjatyw klastrowych.",
    ),
    (
        "p",
        "Model cyklu życia klastra wyróżnia fazę embrionalną, wzrostu, dojrzałości oraz schyłku lub odnowy "
        "(Hallenberg i Voss 2012). Wierzbowska (2021) zaproponowała jego operacjonalizację za pomocą 14 wskaźników "
        "pogrupowanych w cztery wymiary: zasoby, relacje, instytucjonalizację i wyniki. Olejniczak i Surma (2019) "
        "wykazali z kolei, że w warunkach polskich kluczowym czynnikiem przetrwania inicjatyw jest zdolność "
        "finansowania działalności ze składek członkowskich.",
    ),
    ("h", "3. Metoda badania"),
    (
        "p",
        "Badanie przeprowadzono w trzech krokach. W pierwszym, aby wyodrębnić obszary o podobnej strukturze "
        "gospodarczej, wykonano analizę skupień metodą Warda dla 35 powiatów województwa. Analiza wyodrębniła "
        "cztery klastry powiatów; klaster C, obejmujący m.in. powiaty kaliski, ostrowski, pleszewski "
        "i krotoszyński, wyróżnia się ponadprzeciętnym udziałem przetwórstwa przemysłowego w zatrudnieniu. "
        "Klastry powiatów są wyłącznie kategorią statystyczną i nie mają związku z inicjatywami klastrowymi.",
    ),
    (
        "p",
        "W drugim kroku, na podstawie danych z Krajowego Rejestru Sądowego, stron internetowych i materiałów "
        "samorządu województwa, zidentyfikowano 11 inicjatyw klastrowych z siedzibą w powiatach klastra C "
        "i powiatach sąsiednich. Zaproszenie do badania przyjęli koordynatorzy czterech inicjatyw. Piątą, "
        "Leszczyński Klaster Szybowcowy, uwzględniono wyłącznie na podstawie danych zastanych. W trzecim kroku "
        "przeprowadzono 7 wywiadów pogłębionych z koordynatorami i członkami czterech inicjatyw.<super>2</super> "
        "Wypowiedzi rozmówców oznaczono kodami R1–R7.",
    ),
    ("h", "4. Wyniki – studia przypadków"),
    (
        "p",
        "Podstawowe dane o badanych inicjatywach zestawiono w tabeli 1. Łącznie zrzeszają one ok. 163 podmioty, "
        "przy czym różnią się zarówno formą organizacyjną, jak i rodzajem koordynatora.",
    ),
    ("t", ""),
    ("h", "4.1. Kaliski Klaster Budowy Instrumentów Muzycznych"),
    (
        "p",
        "Najstarszą z badanych inicjatyw jest Kaliski Klaster Budowy Instrumentów Muzycznych (KKBIM), nawiązujący "
        "do ponadstuletniej tradycji kaliskiego przemysłu fortepianowego. Klaster zawiązało w 2009 r. jedenaście "
        "warsztatów lutniczych i stolarskich, podpisując umowę o współpracy. W 2014 r. członkowie zarejestrowali "
        "Stowarzyszenie „Kaliski Klaster Budowy Instrumentów Muzycznych”, które od tego czasu samodzielnie prowadzi "
        "sprawy klastra i nie powołało odrębnego koordynatora. Na koniec 2023 r. stowarzyszenie liczyło "
        "47 członków,<super>3</super> w tym 38 przedsiębiorstw; pozostali członkowie to szkoły muzyczne, "
        "pracownie konserwatorskie i jedna uczelnia.",
    ),
    (
        "p",
        "Statut stowarzyszenia wskazuje jako cele: ochronę i promocję kaliskiej tradycji budowy fortepianów, "
        "wspólny zakup drewna rezonansowego i podzespołów oraz wprowadzanie instrumentów członków na rynki "
        "skandynawskie. Rozmówcy (R1, R2) zgodnie uznali rejestrację stowarzyszenia za moment przełomowy:",
    ),
    (
        "q",
        "„Dopiero kiedy mieliśmy KRS i składki, przestaliśmy żyć od projektu do projektu” (R1).",
    ),
    ("h", "4.2. Klaster Rekuperacji i Wentylacji „Prosna”"),
    (
        "p",
        "Klaster Rekuperacji i Wentylacji „Prosna” powstał w 2016 r. na podstawie umowy konsorcjum, której liderem "
        "i zarazem koordynatorem klastra jest spółka Termo-Ostrów sp. z o.o. z Ostrowa Wielkopolskiego; w jej "
        "siedzibie mieści się także biuro klastra. Klaster tworzą 22 firmy, 2 szkoły branżowe oraz Powiatowy Urząd "
        "Pracy w Ostrowie Wielkopolskim.<super>4</super> Umowa konsorcjum określa następujące cele klastra:",
    ),
    ("b", "wspólne kształcenie monterów i serwisantów instalacji wentylacyjnych,"),
    ("b", "opracowanie typoszeregu central rekuperacyjnych dla budownictwa wielorodzinnego,"),
    ("b", "wspólna obsługa serwisowa klientów w Niemczech i Czechach."),
    (
        "p",
        "Informacje o działalności klastra publikowane są na stronie www.klaster-prosna.pl. Koordynator ocenia, że "
        "klaster znajduje się w fazie wzrostu: w latach 2021–2023 członkowie zrealizowali wspólnie 14 kontraktów "
        "o łącznej wartości 9,2 mln zł (R3).",
    ),
    ("h", "4.3. Koniński Klaster Wodorowy"),
    (
        "p",
        "Koniński Klaster Wodorowy (KKW) jest najmłodszą z badanych inicjatyw. Porozumienie o jego utworzeniu "
        "podpisano w 2021 r., a funkcję koordynatora pełni Fundacja Energii Wschodniej Wielkopolski z siedzibą "
        "w Koninie. KKW skupia niemal 30 podmiotów – przedsiębiorstw energetycznych, firm budowlanych, gmin "
        "i instytucji badawczych.<super>5</super> Jedynym celem zapisanym w porozumieniu jest budowa lokalnego "
        "łańcucha wartości zielonego wodoru na terenach pogórniczych. Pierwszy projekt pilotażowy – elektrolizer "
        "o mocy 2,5 MW – ma powstać w Kleczewie.",
    ),
    (
        "p",
        "Rozmówcy (R4, R5) zwracali uwagę, że tempo rozwoju KKW zależy od decyzji inwestycyjnych podejmowanych "
        "poza regionem, a sam klaster znajduje się wciąż w fazie embrionalnej.",
    ),
    ("h", "4.4. Klaster Inteligentnego Rolnictwa „AgroSens”"),
    (
        "p",
        "Koordynatorem Klastra Inteligentnego Rolnictwa „AgroSens” jest Wielkopolska Wyższa Szkoła "
        "Ekonomiczno-Techniczna w Kaliszu, natomiast biuro klastra działa w Pleszewie, w pobliżu większości "
        "gospodarstw członkowskich.<super>6</super> Porozumienie o współpracy zawarto w 2019 r. Klaster skupia "
        "ok. 40 gospodarstw rolnych, 6 firm technologicznych i uczelnię. Członkowie testują czujniki wilgotności "
        "gleby i systemy zmiennego dawkowania nawozów na łącznej powierzchni ok. 3 200 ha. Porozumienie nie "
        "określa celów klastra; plan działań przyjmuje co roku rada klastra.",
    ),
    ("h", "4.5. Leszczyński Klaster Szybowcowy"),
    (
        "p",
        "Leszczyński Klaster Szybowcowy nie wziął udziału w wywiadach; jego dane w tabeli 1 pochodzą z KRS "
        "i sprawozdań finansowych stowarzyszenia. Klaster skupia producentów szybowców, warsztaty obsługi "
        "technicznej i szkoły lotnicze.",
    ),
    ("h", "5. Dyskusja i wnioski"),
    (
        "p",
        "Zestawienie wyników z modelem cyklu życia wskazuje, że najwyższy poziom dojrzałości osiągnął KKBIM, "
        "a najniższy – KKW. Trzy pozostałe inicjatywy znajdują się w fazie wzrostu. Wyniki potwierdzają tezę "
        "Olejniczaka i Surmy (2019): o trwałości inicjatywy decyduje przede wszystkim zdolność do finansowania "
        "się ze składek, którą łatwiej osiągnąć w formie stowarzyszenia.",
    ),
    (
        "p",
        "Na marginesie należy odnotować, że w Krotoszynie od 2022 r. działa nieformalna grupa kilkunastu "
        "restauratorów i producentów żywności, którzy w mediach społecznościowych przedstawiają się jako "
        "„Krotoszyński Klaster Smaku”. Grupa nie zawarła żadnej umowy i nie wyłoniła koordynatora, dlatego "
        "nie została objęta badaniem.",
    ),
    (
        "p",
        "Dla polityki regionalnej wynikają z badania trzy wnioski: wsparcie powinno premiować trwałą formę "
        "instytucjonalną, obejmować finansowanie etatu koordynatora w okresie przejściowym oraz uwzględniać "
        "lokalne tradycje gospodarcze jako zasób inicjatyw.",
    ),
    ("h", "Bibliografia"),
    (
        "r",
        "Hallenberg, K., Voss, T. (2012). Cluster life cycles revisited. <i>Journal of Regional Dynamics</i>, 9(2), 45–63.",
    ),
    (
        "r",
        "Kamińska-Dobosz, A. (2011). <i>Klastry i inicjatywy klastrowe – problemy definicyjne</i>. Kalisz: Wydawnictwo WWSE-T.",
    ),
    (
        "r",
        "Kamińska-Dobosz, A. (2020). <i>Tradycyjne rzemiosło w sieciach współpracy. Studium Kalisza</i>. Kalisz: Wydawnictwo WWSE-T.",
    ),
    (
        "r",
        "Olejniczak, P., Surma, J. (2019). Przetrwanie inicjatyw klastrowych po zakończeniu finansowania publicznego. <i>Przegląd Polityki Rozwoju</i>, 31(4), 77–95.",
    ),
    (
        "r",
        "Porter, M.E. (1990). <i>The Competitive Advantage of Nations</i>. New York: Free Press.",
    ),
    ("r", "Porter, M.E. (1998). <i>On Competition</i>. Boston: Harvard Business School Press."),
    (
        "r",
        "Rybczak, T. (2015). <i>Inicjatywy klastrowe w Polsce. Między polityką a rynkiem</i>. Poznań: Wydawnictwo Akademickie „Nowa Ekonomia”.",
    ),
    (
        "r",
        "Wierzbowska, M. (2021). Pomiar dojrzałości inicjatyw klastrowych. <i>Zeszyty Naukowe Polityki Rozwoju</i>, 12, 101–118.",
    ),
]

J01_TABLE = [
    ["Inicjatywa", "Siedziba", "Forma", "Rok", "Członkowie"],
    ["KKBIM", "Kalisz", "S", "2009", "47"],
    ["Klaster „Prosna”", "Ostrów Wlkp.", "K", "2016", "25"],
    ["KKW", "Konin", "P", "2021", "ok. 30"],
    ["AgroSens", "Pleszew", "P", "2019", "ok. 47"],
    ["Leszczyński Klaster Szybowcowy", "Leszno", "S", "2018", "14"],
    ["Razem", "", "", "", "ok. 163"],
]
J01_TABLE_TITLE = "Tabela 1. Badane inicjatywy klastrowe (stan na 31.12.2023)"
J01_TABLE_NOTE = (
    "Forma: S – stowarzyszenie, K – umowa konsorcjum, P – porozumienie o współpracy. Rok – rok zawarcia "
    "pierwszej umowy. Źródło: opracowanie własne na podstawie wywiadów i KRS."
)

J01_FOOTNOTES = {
    "1": "Porter (1998, s. 199) podkreśla, że granice klastra rzadko pokrywają się z granicami jednostek administracyjnych.",
    "2": "Wywiady przeprowadzono od października do grudnia 2023 r.; każdy trwał 60–90 minut.",
    "3": "W 2019 r. klaster liczył 41 członków (Kamińska-Dobosz 2020, s. 14). Aktualne informacje: www.instrumenty-kalisz.pl (dostęp: 15.01.2024).",
    "4": "Spotkania członków odbywają się zwykle w Nowych Skalmierzycach, w zakładzie jednego z członków.",
    "5": "Zgodnie z deklaracją koordynatora do 2026 r. do klastra ma przystąpić kolejnych 10 podmiotów.",
    "6": "Pierwsza autorka jest członkinią rady klastra AgroSens; wywiady z jego członkami przeprowadził drugi autor.",
}


def _footnote_keys() -> dict[str, str]:
    """Plain-text key (text just before the marker + number) for each footnote."""
    keys = {}
    for _kind, text in J01_BODY:
        for m in re.finditer(r"<super>(\d+)</super>", text):
            before = re.sub(r"<[^>]+>", "", text[: m.start()])
            keys[m.group(1)] = before[-10:] + m.group(1)
    return keys


def make_j01(path: Path) -> None:
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
        FrameBreak,
        NextPageTemplate,
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
        "body", fontName="DejaVuSans", fontSize=8.6, leading=11.2, alignment=4, spaceAfter=4
    )
    quote = ParagraphStyle(
        "quote", parent=body, fontName="DejaVuSans-Oblique", leftIndent=8, rightIndent=4
    )
    dash = ParagraphStyle("dash", parent=body, leftIndent=10, bulletIndent=2, spaceAfter=1)
    ref = ParagraphStyle(
        "ref", fontName="DejaVuSans", fontSize=7.4, leading=9.2, leftIndent=10, firstLineIndent=-10
    )
    head = ParagraphStyle(
        "head",
        fontName="DejaVuSans-Bold",
        fontSize=9.2,
        leading=12,
        spaceBefore=5,
        spaceAfter=3,
    )
    cell = ParagraphStyle("cell", fontName="DejaVuSans", fontSize=6.8, leading=8.2)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="DejaVuSans-Bold")
    small = ParagraphStyle("small", fontName="DejaVuSans", fontSize=6.8, leading=8.4, spaceAfter=4)
    journal = ParagraphStyle("journal", fontName="DejaVuSans", fontSize=7.5, leading=10)
    title = ParagraphStyle(
        "title", fontName="DejaVuSans-Bold", fontSize=14, leading=18, spaceBefore=6, spaceAfter=6
    )
    authors = ParagraphStyle(
        "authors", fontName="DejaVuSans", fontSize=10, leading=13, spaceAfter=3
    )
    affil = ParagraphStyle("affil", fontName="DejaVuSans", fontSize=7.2, leading=9)
    abstract = ParagraphStyle(
        "abstract",
        fontName="DejaVuSans",
        fontSize=8,
        leading=10.4,
        alignment=4,
        spaceBefore=4,
        spaceAfter=3,
    )
    fnstyle = ParagraphStyle("fn", fontName="DejaVuSans", fontSize=6.7, leading=8.2)

    page_w, page_h = A4
    left, right = 18 * mm, 18 * mm
    gap = 7 * mm
    top = 20 * mm
    fn_h = 24 * mm
    bottom = 14 * mm + fn_h
    text_w = page_w - left - right
    col_w = (text_w - gap) / 2
    head_h = 107 * mm
    first_top = page_h - top

    keys = _footnote_keys()

    def build(fn_pages: dict[int, list[str]]) -> tuple[bytes, dict[str, int]]:
        seen: dict[str, int] = {}

        class ArticleDoc(BaseDocTemplate):
            def afterFlowable(self, flowable):
                if isinstance(flowable, Paragraph):
                    plain = flowable.getPlainText()
                    for num, key in keys.items():
                        if num not in seen and key in plain:
                            seen[num] = self.page

        def decorate(canvas, doc):
            canvas.saveState()
            canvas.setFont("DejaVuSans", 7)
            num = 56 + doc.page
            if doc.page == 1:
                canvas.drawString(
                    left, 10 * mm, "© 2024 Autorzy. Artykuł udostępniany na licencji CC BY 4.0."
                )
                canvas.drawRightString(page_w - right, 10 * mm, str(num))
            else:
                y = page_h - 13 * mm
                if num % 2 == 0:
                    canvas.drawString(left, y, str(num))
                    canvas.drawRightString(page_w - right, y, "J. Przybylak-Wróbel, M. Tarnowiecki")
                else:
                    canvas.drawString(
                        left, y, "Dojrzałość inicjatyw klastrowych w południowej Wielkopolsce"
                    )
                    canvas.drawRightString(page_w - right, y, str(num))
                canvas.setLineWidth(0.3)
                canvas.line(left, y - 2 * mm, page_w - right, y - 2 * mm)
            notes = fn_pages.get(doc.page, [])
            if notes:
                canvas.setLineWidth(0.4)
                canvas.line(left, bottom - 3 * mm, left + 45 * mm, bottom - 3 * mm)
                y = bottom - 4.5 * mm
                for n in notes:
                    para = Paragraph(f"<super>{n}</super> {J01_FOOTNOTES[n]}", fnstyle)
                    _w, h = para.wrap(text_w, 40 * mm)
                    para.drawOn(canvas, left, y - h)
                    y -= h + 1
            canvas.restoreState()

        later_top = page_h - top - 2 * mm
        first_frames = [
            Frame(left, first_top - head_h, text_w, head_h, id="head", showBoundary=0),
            Frame(left, bottom, col_w, first_top - head_h - bottom - 3 * mm, id="c1"),
            Frame(left + col_w + gap, bottom, col_w, first_top - head_h - bottom - 3 * mm, id="c2"),
        ]
        later_frames = [
            Frame(left, bottom, col_w, later_top - bottom, id="l1"),
            Frame(left + col_w + gap, bottom, col_w, later_top - bottom, id="l2"),
        ]
        buf = io.BytesIO()
        doc = ArticleDoc(
            buf,
            pagesize=A4,
            title=J01_TITLE,
            author="Joanna Przybylak-Wróbel, Michał Tarnowiecki",
            creator="heldout27",
            producer="heldout27",
            subject="Kwartalnik Studiów Regionalnych Wielkopolski 14(3)",
        )
        doc.addPageTemplates(
            [
                PageTemplate(id="first", frames=first_frames, onPage=decorate),
                PageTemplate(id="later", frames=later_frames, onPage=decorate),
            ]
        )
        story = [
            NextPageTemplate("later"),
            Paragraph(J01_JOURNAL, journal),
            Paragraph("ARTYKUŁ NAUKOWY", journal),
            Paragraph(J01_TITLE, title),
            Paragraph(J01_AUTHORS, authors),
        ]
        story += [Paragraph(t, affil) for t in J01_AFFIL]
        story += [
            Paragraph(J01_ABSTRACT_PL, abstract),
            Paragraph(J01_KEYWORDS_PL, abstract),
            Paragraph(J01_ABSTRACT_EN, abstract),
            Paragraph(J01_KEYWORDS_EN, abstract),
            FrameBreak(),
        ]
        for kind, text in J01_BODY:
            if kind == "h":
                story.append(Paragraph(text, head))
            elif kind == "p":
                story.append(Paragraph(text, body))
            elif kind == "q":
                story.append(Paragraph(text, quote))
            elif kind == "b":
                story.append(Paragraph(text, dash, bulletText="–"))
            elif kind == "r":
                story.append(Paragraph(text, ref))
            elif kind == "t":
                story.append(Paragraph(J01_TABLE_TITLE, cellb))
                story.append(Spacer(1, 2))
                rows = []
                for i, row in enumerate(J01_TABLE):
                    style = cellb if i in (0, len(J01_TABLE) - 1) else cell
                    rows.append([Paragraph(c, style) for c in row])
                table = Table(
                    rows,
                    colWidths=[27 * mm, 16 * mm, 10.5 * mm, 9 * mm, 17 * mm],
                )
                table.setStyle(
                    TableStyle(
                        [
                            ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.black),
                            ("LINEABOVE", (0, -1), (-1, -1), 0.4, colors.black),
                            ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LEFTPADDING", (0, 0), (-1, -1), 2),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                        ]
                    )
                )
                story.append(table)
                story.append(Spacer(1, 2))
                story.append(Paragraph(J01_TABLE_NOTE, small))
        doc.build(story)
        return buf.getvalue(), seen

    _, seen = build({})
    missing = set(J01_FOOTNOTES) - set(seen)
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
# j02 – DOCX: evaluation report of a regional operational programme
# (świętokrzyskie)
# ---------------------------------------------------------------------------

J02_CHART_DATA = [
    ("Klaster Kamieniarski „Marmur Chęciński”", [14, 15, 17, 18, 19]),
    ("Staropolski Klaster Kuźniczy", [22, 24, 27, 29, 31]),
    ("Klaster Energii „Ponidzie Słoneczne”", [9, 11, 12, 12, 13]),
    ("Sandomierski Klaster Porzeczki i Aronii", [35, 38, 41, 42, 44]),
    ("Łysogórski Klaster Agroturystyki", [26, 22, 23, 22, 21]),
]

# (kind, text): "h1"/"h2" headings, "p" paragraph, "b" bullet, "q" interview quote,
# "chart" chart block, "rec" recommendations table, "abbr" abbreviations
J02_BODY = [
    ("h1", "Wykaz skrótów"),
    ("abbr", ""),
    ("h1", "1. Streszczenie"),
    (
        "p",
        "Przedmiotem badania było wsparcie udzielone inicjatywom klastrowym w ramach Osi Priorytetowej 2 "
        "Regionalnego Programu Operacyjnego Województwa Świętokrzyskiego na lata 2014–2020. W latach 2017–2023 "
        "dofinansowanie otrzymało 9 inicjatyw klastrowych, które zrealizowały łącznie 14 projektów o wartości "
        "dofinansowania 23,6 mln zł. Inicjatywy objęte wsparciem zrzeszały na koniec 2023 r. ok. 260 członków, "
        "w tym ok. 190 przedsiębiorstw.",
    ),
    (
        "p",
        "Wsparcie przyczyniło się do wzrostu liczby członków klastrów – w pięciu inicjatywach objętych studiami "
        "przypadków łącznie o 21% w latach 2019–2023 – oraz do utrwalenia form instytucjonalnych: dwie z nich "
        "przekształciły się w tym okresie w stowarzyszenie lub spółkę. Słabiej oceniono efekty w zakresie "
        "wspólnych prac badawczo-rozwojowych. Rekomendacje (rozdział 6) dotyczą przede wszystkim kryteriów wyboru "
        "projektów w perspektywie 2021–2027 oraz monitorowania liczby i struktury członków klastrów.",
    ),
    ("h1", "2. Metodologia badania"),
    (
        "p",
        "Badanie zrealizowano w okresie od listopada 2023 r. do lutego 2024 r. Zastosowano następujące metody:",
    ),
    (
        "b",
        "analizę danych zastanych (dokumentacja programowa, wnioski o dofinansowanie, sprawozdania z realizacji projektów),",
    ),
    (
        "b",
        "14 indywidualnych wywiadów pogłębionych (IDI) z koordynatorami klastrów, członkami klastrów i pracownikami Instytucji Zarządzającej,",
    ),
    ("b", "badanie CATI z 86 członkami klastrów,"),
    ("b", "panel ekspertów z udziałem 6 osób."),
    (
        "p",
        "Wypowiedzi rozmówców oznaczono kodami IDI_1 – IDI_14; przytaczane są w brzmieniu oryginalnym, "
        "z drobnymi korektami językowymi.",
    ),
    ("h1", "3. Wsparcie dla klastrów w RPOWŚ 2014–2020"),
    (
        "p",
        "Wsparcie dla inicjatyw klastrowych realizowano w ramach Działania 2.4 „Rozwój inicjatyw klastrowych”. "
        "Nabory ogłoszono w latach 2017, 2019 i 2021; łącznie złożono 17 wniosków, z których dofinansowanie "
        "otrzymało 14. Wsparcie obejmowało usługi dla członków klastrów, wspólną infrastrukturę oraz rozwój "
        "funkcji koordynatora. Dwie spośród wspieranych inicjatyw ubiegały się w tym okresie o status Krajowego "
        "Klastra Kluczowego; żadna go nie uzyskała.",
    ),
    ("h1", "4. Charakterystyka klastrów objętych studiami przypadków"),
    (
        "p",
        "Studiami przypadków objęto pięć z dziewięciu wspieranych inicjatyw, dobranych celowo tak, aby "
        "reprezentowały różne branże i formy organizacyjne. Liczbę członków poszczególnych klastrów przedstawiono "
        "w rozdziale 5 (wykres 4).",
    ),
    ("h2", "4.1. Klaster Kamieniarski „Marmur Chęciński”"),
    (
        "p",
        "Klaster działa od 2015 r. na podstawie porozumienia klastrowego. Jego koordynatorem jest Chęcińska Izba "
        "Przemysłu Kamieniarskiego z siedzibą w Chęcinach. Członkami klastra są zakłady wydobywcze i kamieniarskie "
        "z gmin Chęciny, Morawica i Sitkówka-Nowiny. Porozumienie wskazuje następujące cele klastra:",
    ),
    ("b", "wspólna promocja kamienia z Gór Świętokrzyskich na rynkach zagranicznych,"),
    ("b", "wdrażanie technologii cięcia strumieniem wody,"),
    ("b", "kształcenie kamieniarzy we współpracy ze szkołami branżowymi regionu."),
    (
        "p",
        "Projekt dofinansowany w ramach RPOWŚ (1,9 mln zł) obejmował zakup wspólnej linii do cięcia strumieniem "
        "wody, zainstalowanej w 2020 r. w zakładzie członka klastra w Morawicy. Strona internetowa klastra: "
        "www.marmur-checinski.pl.",
    ),
    (
        "q",
        "IDI_3 (koordynator klastra): „Na początku było nas czternaście firm. Teraz jest dziewiętnaście i chcemy "
        "dojść do dwudziestu pięciu, ale kamieniarzy w okolicy już więcej nie ma.”",
    ),
    ("h2", "4.2. Staropolski Klaster Kuźniczy"),
    (
        "p",
        "Staropolski Klaster Kuźniczy (SKK) powstał w 2012 r. jako porozumienie kuźni i zakładów obróbki metali "
        "z Końskich, Stąporkowa i Skarżyska-Kamiennej. W 2017 r. członkowie utworzyli Stowarzyszenie Staropolski "
        "Klaster Kuźniczy z siedzibą w Końskich, które od tego czasu zarządza klastrem. Za cele statutowe "
        "stowarzyszenie przyjęło rozwój kompetencji technologicznych członków w zakresie kucia matrycowego, "
        "wspólne pozyskiwanie zamówień z przemysłu kolejowego i obronnego oraz kształcenie kadr dla przemysłu "
        "metalowego. W 2022 r. SKK bezskutecznie ubiegał się o status Krajowego Klastra Kluczowego. "
        "Strona internetowa: www.klaster-kuzniczy.pl.",
    ),
    (
        "q",
        "IDI_7 (członek zarządu stowarzyszenia): „Przejście na stowarzyszenie to była najlepsza decyzja. "
        "Wcześniej wszystko spoczywało na jednej firmie, która była koordynatorem, i ludzie mieli poczucie, "
        "że to jej klaster, a nie nasz.”",
    ),
    ("h2", "4.3. Klaster Energii „Ponidzie Słoneczne”"),
    (
        "p",
        "Porozumienie o utworzeniu Klastra Energii „Ponidzie Słoneczne” podpisało w 2018 r. dziewięć podmiotów; "
        "koordynatorem klastra jest Gmina Nowy Korczyn, a biuro klastra działa w Urzędzie Gminy w Nowym Korczynie. "
        "W 2019 r. klaster uzyskał certyfikat pilotażowego klastra energii. Obecnie tworzą go 4 gminy, "
        "7 przedsiębiorstw – prosumentów, spółdzielnia energetyczna i Powiat Buski. Jedynym celem wskazanym "
        "w porozumieniu jest osiągnięcie do 2030 r. samobilansowania energetycznego gmin członkowskich w oparciu "
        "o instalacje fotowoltaiczne i biogazowe. Zebrania członków odbywają się rotacyjnie, najczęściej "
        "w Busku-Zdroju.",
    ),
    (
        "q",
        "IDI_9 (przedstawiciel gminy członkowskiej): „Certyfikat niewiele zmienił, liczy się to, że gminy zaczęły "
        "ze sobą rozmawiać.”",
    ),
    ("h2", "4.4. Sandomierski Klaster Porzeczki i Aronii"),
    (
        "p",
        "Klaster zawiązano w 2016 r. porozumieniem sadowników i przetwórców z powiatów sandomierskiego "
        "i opatowskiego. W 2020 r. członkowie porozumienia powołali spółkę Sandomierski Klaster Porzeczki i Aronii "
        "sp. z o.o. z siedzibą w Sandomierzu, która zarządza klastrem i prowadzi wspólną sprzedaż owoców. "
        "Inwestycja dofinansowana z RPOWŚ – chłodnia o pojemności 4 500 t w Dwikozach – została oddana do użytku "
        "w 2022 r.",
    ),
    (
        "q",
        "IDI_11 (członek zarządu spółki): „Spółka daje nam to, czego nie dawało porozumienie – możemy sami "
        "podpisywać kontrakty z przetwórniami z Niemiec.”",
    ),
    ("h2", "4.5. Łysogórski Klaster Agroturystyki"),
    (
        "p",
        "Łysogórski Klaster Agroturystyki działa od 2017 r. na podstawie umowy konsorcjum; jego koordynatorem "
        "jest Fundacja „Świętokrzyska Łysica” z siedzibą w Bodzentynie. Klaster zrzesza gospodarstwa "
        "agroturystyczne, pensjonaty, przewodników i wytwórców produktów lokalnych z okolic Gór Świętokrzyskich. "
        "Celem klastra jest stworzenie wspólnej oferty pobytów wielodniowych, wspólna rezerwacja online oraz "
        "promocja produktów lokalnych. Klaster prowadzi stronę www.lysogory-agro.pl z systemem rezerwacji.",
    ),
    (
        "q",
        "IDI_12 (koordynatorka klastra): „Pandemia mocno nas przetrzebiła, kilka pensjonatów odeszło, niektóre "
        "się zamknęły. Projekt z RPO pomógł nam przetrwać, bo mieliśmy z czego zapłacić za system rezerwacji.”",
    ),
    ("h1", "5. Efekty wsparcia"),
    ("h2", "5.1. Liczba członków klastrów"),
    (
        "p",
        "Na wykresie 4 przedstawiono zmiany liczby członków klastrów objętych studiami przypadków. W czterech "
        "z pięciu inicjatyw liczba członków wzrosła; spadek odnotowano wyłącznie w klastrze agroturystycznym, "
        "co rozmówcy wiązali ze skutkami pandemii COVID-19.",
    ),
    ("chart", ""),
    ("h2", "5.2. Współpraca i innowacje"),
    (
        "p",
        "W badaniu CATI 58% członków klastrów (n = 86) zadeklarowało, że dzięki klastrowi nawiązało współpracę "
        "z co najmniej jednym nowym partnerem, a 23% – że wprowadziło innowację produktową lub procesową. "
        "Wspólne prace badawczo-rozwojowe prowadziło jedynie 9% badanych.",
    ),
    ("h1", "6. Wnioski i rekomendacje"),
    (
        "p",
        "Tabela 7 zawiera wnioski z badania i odpowiadające im rekomendacje wraz z adresatami i proponowanym "
        "terminem wdrożenia.",
    ),
    ("rec", ""),
]

J02_ABBR = [
    ("CATI", "wywiad telefoniczny wspomagany komputerowo"),
    ("IDI", "indywidualny wywiad pogłębiony"),
    ("IZ", "Instytucja Zarządzająca"),
    ("KKK", "Krajowy Klaster Kluczowy"),
    ("RPOWŚ", "Regionalny Program Operacyjny Województwa Świętokrzyskiego na lata 2014–2020"),
]

J02_REC = [
    ["Lp.", "Wniosek", "Rekomendacja", "Adresat", "Termin", "Klasa"],
    [
        "1.",
        "Inicjatywy w formie stowarzyszenia lub spółki rozwijały się stabilniej niż inicjatywy oparte wyłącznie na porozumieniu (rozdz. 4).",
        "Premiować w kryteriach wyboru projektów trwałą formę instytucjonalną klastra.",
        "IZ programu regionalnego 2021–2027",
        "IV kw. 2024",
        "programowa",
    ],
    [
        "2.",
        "Koordynatorzy nie prowadzą systematycznego monitoringu liczby i struktury członków (rozdz. 5.1).",
        "Wprowadzić obowiązek corocznego raportowania liczby członków klastra w podziale na kategorie.",
        "IZ; koordynatorzy klastrów",
        "I kw. 2025",
        "operacyjna",
    ],
    [
        "3.",
        "Wspólne prace B+R prowadzi niewielki odsetek członków (rozdz. 5.2).",
        "Uruchomić bony na wspólne projekty badawcze członków klastrów i uczelni.",
        "IZ",
        "2025",
        "programowa",
    ],
    [
        "4.",
        "Klastry turystyczne najsilniej odczuły skutki pandemii (rozdz. 4.5).",
        "Przewidzieć wsparcie na cyfrowe narzędzia sprzedaży dla klastrów turystycznych.",
        "IZ; samorząd województwa",
        "2025",
        "operacyjna",
    ],
]


def make_j02(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    cp = doc.core_properties
    fixed = datetime(2024, 3, 28, 10, 0, 0)
    cp.author = "Pracownia Ewaluacji i Analiz Regionalnych Kwadrant"
    cp.last_modified_by = "Pracownia Ewaluacji i Analiz Regionalnych Kwadrant"
    cp.title = "Ewaluacja wsparcia inicjatyw klastrowych – raport końcowy"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(
        "Ewaluacja wsparcia inicjatyw klastrowych w ramach Regionalnego Programu Operacyjnego "
        "Województwa Świętokrzyskiego na lata 2014–2020"
    ).bold = True
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("RAPORT KOŃCOWY").bold = True
    for line in [
        "Zamawiający: Urząd Marszałkowski Województwa Świętokrzyskiego",
        "Wykonawca: Pracownia Ewaluacji i Analiz Regionalnych „Kwadrant” sp. z o.o.",
        "Zespół badawczy: dr Ewa Sobieraj-Kuc (kierowniczka zespołu), Łukasz Wydrych, Marta Ptaszek-Oleś",
        "Kielce, marzec 2024 r.",
    ]:
        q = doc.add_paragraph(line)
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER

    for kind, text in J02_BODY:
        if kind == "h1":
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
        elif kind == "p":
            doc.add_paragraph(text)
        elif kind == "b":
            doc.add_paragraph(text, style="List Bullet")
        elif kind == "q":
            q = doc.add_paragraph(style="Quote")
            q.add_run(text).italic = True
        elif kind == "abbr":
            for short, full in J02_ABBR:
                q = doc.add_paragraph()
                q.add_run(short).bold = True
                q.add_run(f" – {full}")
        elif kind == "chart":
            q = doc.add_paragraph()
            q.add_run("Wykres 4. Liczba członków klastrów w latach 2019–2023").bold = True
            doc.add_paragraph("[wykres słupkowy grupowany]").alignment = WD_ALIGN_PARAGRAPH.CENTER
            q = doc.add_paragraph()
            q.add_run(
                "Opis wykresu (tekst alternatywny): wykres słupkowy przedstawia liczbę członków pięciu klastrów "
                "na koniec kolejnych lat 2019–2023."
            ).italic = True
            for name, values in J02_CHART_DATA:
                series = ", ".join(
                    f"{y} – {v}" for y, v in zip(range(2019, 2024), values, strict=True)
                )
                q = doc.add_paragraph()
                q.add_run(f"{name}: {series}.").italic = True
            doc.add_paragraph(
                "Źródło: opracowanie własne na podstawie danych przekazanych przez koordynatorów "
                "(stan na 31 grudnia każdego roku)."
            )
        elif kind == "rec":
            q = doc.add_paragraph()
            q.add_run("Tabela 7. Tabela wniosków i rekomendacji").bold = True
            table = doc.add_table(rows=len(J02_REC), cols=len(J02_REC[0]))
            table.style = "Table Grid"
            for i, row in enumerate(J02_REC):
                for j, val in enumerate(row):
                    table.cell(i, j).text = val
    doc.add_heading("Aneks. Lista wywiadów", level=1)
    doc.add_paragraph(
        "IDI_1 – IDI_5: koordynatorzy klastrów; IDI_6 – IDI_12: członkowie klastrów i członkowie organów "
        "stowarzyszeń i spółek; IDI_13 – IDI_14: pracownicy Instytucji Zarządzającej."
    )

    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 28, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# j03 – HTML: a cluster association's own "O nas" page (łódzkie)
# ---------------------------------------------------------------------------

J03_LOGOS = [
    "Pracownia Krawiecka Fason Grażyna Kołodziejczak-Mróz",
    "Szwalnia Modena-Brzeziny sp. z o.o.",
    "Zakład Krawiecki Szczepaniak i Synowie",
    "Atelier Lipińska",
    "Garnitury Cieślik sp. j.",
    "Hurtownia Tkanin Wełnianych Tekstil-Pol",
    "Dodatki Krawieckie Guzik-Hurt s.c.",
    "Szwalnia Kostiumów Scenicznych Rampa",
    "Pracownia Miarowa Jan Wojtasik",
    "Surdut – odzież wizytowa",
    "Zespół Szkół Ponadpodstawowych nr 2 w Brzezinach",
    "Branżowa Szkoła Krawiecka w Brzezinach",
    "Gmina Miasto Brzeziny",
    "Gmina Rogów",
    "Szwalnia Wilk-Tex",
    "Tkaniny Garniturowe Kamilla",
]

J03_HTML_HEAD = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>O nas – Brzeziński Klaster Krawiectwa Miarowego</title>
<meta name="description" content="Brzeziński Klaster Krawiectwa Miarowego – stowarzyszenie krawców, szwalni i szkół z Brzezin.">
<link rel="stylesheet" href="/assets/css/style.min.css">
<script src="/assets/js/cookies.js" defer></script>
</head>
<body class="page-o-nas">
<header class="site-header">
<a class="brand" href="/"><img src="/assets/img/bkkm-logo.svg" alt="BKKM – Brzeziński Klaster Krawiectwa Miarowego" width="180"></a>
<nav class="main-menu"><ul>
<li><a href="/">Start</a></li>
<li class="current"><a href="/o-nas/">O nas</a></li>
<li><a href="/o-nas/#czlonkowie">Członkowie</a></li>
<li><a href="/o-nas/#wladze">Władze</a></li>
<li><a href="/aktualnosci/">Aktualności</a></li>
<li><a href="/szycie-na-miare/">Szycie na miarę</a></li>
<li><a href="/kontakt/">Kontakt</a></li>
<li><a href="/en/">EN</a></li>
</ul></nav>
</header>
<div class="wrapper">
<main>
<h1>O nas</h1>
<p class="lead">Brzeziński Klaster Krawiectwa Miarowego (BKKM) łączy krawców, szwalnie, hurtownie tkanin i&nbsp;szkoły z&nbsp;miasta, które od ponad stu lat szyje ubrania dla całej Polski.</p>
<p>Klaster powstał w&nbsp;2011&nbsp;r., kiedy osiem zakładów krawieckich z&nbsp;Brzezin i&nbsp;gminy Rogów podpisało porozumienie o&nbsp;współpracy. W&nbsp;2015&nbsp;r. członkowie zarejestrowali Stowarzyszenie &bdquo;Brzeziński Klaster Krawiectwa Miarowego&rdquo;, które samo prowadzi sprawy klastra.</p>
<p>Dziś zrzeszamy 27 członków: 19 pracowni i&nbsp;szwalni, 4 hurtownie tkanin i&nbsp;dodatków krawieckich, 2 szkoły oraz 2 gminy. Nasze szwalnie zatrudniają łącznie ok. 420 osób i&nbsp;co roku szyją ponad 60&nbsp;000 garniturów, żakietów i&nbsp;kostiumów na miarę.</p>
<h2>Cele statutowe</h2>
<ul class="goals">
<li>ochrona i promocja brzezińskiej tradycji krawieckiej,</li>
<li>wspólne zakupy tkanin i dodatków krawieckich,</li>
<li>kształcenie krawców we współpracy ze szkołami zawodowymi,</li>
<li>wspólna sprzedaż internetowa usług szycia na miarę.</li>
</ul>

<section id="czlonkowie">
<h2>Członkowie</h2>
<p>Poniżej prezentujemy logotypy członków, którzy wyrazili zgodę na ich publikację.</p>
<div class="logo-grid">
"""

J03_HTML_TAIL = """</div>
<p><a href="/dolacz/">Jak zostać członkiem klastra?</a></p>
</section>

<section id="wladze">
<h2>Władze stowarzyszenia</h2>
<h3>Zarząd</h3>
<ul class="board">
<li><strong>Grażyna Kołodziejczak-Mróz</strong> – Prezes Zarządu (Pracownia Krawiecka Fason)</li>
<li><strong>Robert Szczepaniak</strong> – Wiceprezes Zarządu (Zakład Krawiecki Szczepaniak i Synowie)</li>
<li><strong>Danuta Lipińska-Kurek</strong> – Skarbnik (Atelier Lipińska)</li>
<li><strong>Paweł Cieślik</strong> – Członek Zarządu (Garnitury Cieślik sp. j.)</li>
</ul>
<h3>Komisja Rewizyjna</h3>
<ul class="board">
<li>Anna Wojtasik-Grela – Przewodnicząca</li>
<li>Jerzy Kamilski</li>
<li>Beata Rampała</li>
</ul>
<p>Walne Zebranie Członków zbiera się co najmniej raz w roku; ostatnie odbyło się 2 lutego 2024&nbsp;r. w&nbsp;Koluszkach.</p>
</section>

<section id="aktualnosci-skrot">
<h2>Z ostatnich tygodni</h2>
<article>
<h3><time datetime="2024-03-14">14.03.2024</time> List intencyjny z&nbsp;Tomaszowskim Klastrem Wiskozy i&nbsp;Dzianin</h3>
<p>Podpisaliśmy list intencyjny o&nbsp;współpracy z&nbsp;klastrem z&nbsp;Tomaszowa Mazowieckiego, który powstał w&nbsp;2022&nbsp;r. i&nbsp;jest koordynowany przez spółkę Pilica-Fiber sp. z&nbsp;o.o. Wspólnie chcemy opracować kolekcję garniturów z&nbsp;tkanin wiskozowych z&nbsp;recyklingu.</p>
</article>
<article>
<h3><time datetime="2024-02-02">02.02.2024</time> Walne zebranie – dwóch nowych członków</h3>
<p>Walne zebranie przyjęło do stowarzyszenia dwie nowe pracownie krawieckie i&nbsp;zatwierdziło sprawozdanie za 2023&nbsp;r.</p>
</article>
</section>

<section id="kontakt">
<h2>Kontakt</h2>
<address>
Stowarzyszenie &bdquo;Brzeziński Klaster Krawiectwa Miarowego&rdquo;<br>
ul. Krawiecka 7, 95-060 Brzeziny<br>
NIP: 833-140-27-96 · KRS: 0000572318 · REGON: 362841105<br>
tel. +48 46 874 31 02 · e-mail: <a href="mailto:biuro@bkkm.pl">biuro@bkkm.pl</a><br>
<a href="https://www.bkkm.pl">www.bkkm.pl</a>
</address>
</section>
</main>

<aside class="sidebar">
<h2>Partnerzy</h2>
<ul class="partners">
<li><strong>Śląski Klaster Mody Funkcjonalnej</strong> – zrzesza 18 szwalni odzieży roboczej i&nbsp;dwie uczelnie; razem testujemy tkaniny z&nbsp;membranami do odzieży wierzchniej.</li>
<li><strong>Podhalański Klaster Wełny Owczej</strong> (Nowy Targ) – ponad 40 hodowców owiec i&nbsp;trzy gręplarnie; od nich kupujemy sukno do płaszczy i&nbsp;kamizelek.</li>
<li><strong>Klaster Galanterii Skórzanej &bdquo;Rymarz&rdquo;</strong> z&nbsp;Radomia, koordynowany przez Radomską Izbę Rzemiosł Skórzanych – dostarcza nam paski i&nbsp;skórzane wykończenia.</li>
<li><strong>Łódzkie Centrum Wzornictwa Odzieżowego</strong> – pracownia projektowa, z&nbsp;którą przygotowujemy kolekcje sezonowe.</li>
</ul>
</aside>
</div>
<footer class="site-footer">
<p>&copy; 2024 Brzeziński Klaster Krawiectwa Miarowego · <a href="/polityka-prywatnosci/">Polityka prywatności</a></p>
<p>Projekt strony: Pikselownia, <a href="https://www.pikselownia-lodz.pl">www.pikselownia-lodz.pl</a></p>
</footer>
</body>
</html>
"""


def j03_html() -> str:
    logos = []
    for i, alt in enumerate(J03_LOGOS, start=1):
        alt_html = alt.replace("&", "&amp;")
        logos.append(
            f'<figure class="logo"><img src="/assets/img/czlonkowie/logo-{i:02d}.png" alt="{alt_html}" loading="lazy"></figure>\n'
        )
    return J03_HTML_HEAD + "".join(logos) + J03_HTML_TAIL


# ---------------------------------------------------------------------------
# j04 – TXT (UTF-8, pdftotext): English briefing for a European network
# (podlaskie, warmińsko-mazurskie, lubelskie, zachodniopomorskie, podkarpackie)
# ---------------------------------------------------------------------------

J04_HEADER = "ERCE Country Briefing 7/2024 – Poland"
J04_PAGES = [
    """European Rural Cluster Exchange (ERCE)
COUNTRY BRIEFING No. 7: POLAND
Rural, food and craft clusters in eastern and northern Poland

Prepared for the ERCE General Assembly, 16–17 May 2024
Author: Katarzyna Wilk-Obarska, ERCE national correspondent for Poland


1. Context

Poland has some 150 cluster initiatives, of which around 40 are active in agri-
culture, food processing, rural tourism or traditional crafts. Since 2015 the
best-performing initiatives may apply for the status of National Key Clus-
ter (Krajowy Klaster Kluczowy, KKK), granted by the ministry responsible for
the economy; none of the five clusters profiled below holds that status.

Most Polish clusters are not legal entities: they operate under a cooper-
ation or consortium agreement (porozumienie, umowa konsorcjum) signed by
their members, with one member acting as coordinator. Others have regis-
tered an association (stowarzyszenie) or set up a limited liability company
(spółka z o.o.) that runs the cluster.

In the ERCE mapping of 2023, a k-means cluster analysis of all 380 Polish
counties (powiaty) produced four "clusters" of counties with similar farm
structures. These are statistical groups only and are not discussed here.
""",
    """2. Cluster profiles

2.1 Zambrowski Klaster Mleka Pastwiskowego (Zambrów Pasture Milk Cluster)

Seat: Zambrów, Podlaskie Voivodeship · founded in 2012 · members: 34 ·
legal form: association · web: www.mleko-zambrow.pl

The cluster was set up in 2012 by dairy farmers from the Zambrów area who
wanted to market milk from pasture-fed cows under a common label. It is run
by its own association, Stowarzyszenie „Zambrowski Klaster Mleka Pastwis-
kowego”, without a separate coordinator. Its 34 members are 26 dairy farms,
5 processors, 2 vocational schools and the Gmina Zambrów. The members' herds
total about 2,100 cows. The cluster's goals are:
  - joint purchasing of feed, seed and veterinary services,
  - a regional certification scheme for pasture-fed milk,
  - training for young farmers taking over family farms.

2.2 Klaster Szlaków Konnych Warmii (Warmia Horse Trails Cluster)

Seat: Reszel, Warmińsko-Mazurskie Voivodeship · founded in 2015 · members:
around 40 · legal form: consortium agreement (umowa konsorcjum)

The cluster brings together stud farms, riding centres, agritourism farms
and two municipalities. It is coordinated by Fundacja „Podkowa Warmii” (War-
mia Horseshoe Foundation), which is based in Kętrzyn; the cluster office
itself is in Reszel. Its aim is to create a 300-km network of marked horse
trails linking the members' stables across Warmia. In 2023 the member sta-
bles hosted some 6,500 riding tourists, many of them from Germany.
""",
    """2.3 Hrubieszowski Klaster Roślin Zielarskich (Hrubieszów Medicinal Herbs
    Cluster)

Seat: Hrubieszów, Lubelskie Voivodeship · founded in 2017 · members: more
than 50 · legal form: limited liability company (since 2020)

Herb growing has a long tradition on the fertile loess soils around Hrubie-
szów. The cluster started in 2017 as a cooperation agreement between grow-
ers and a drying plant; in 2020 the members set up Hrubieszowski Klaster
Roślin Zielarskich sp. z o.o., which now manages the cluster and sells the
members' herbs to pharmaceutical companies. Of its more than 50 members,
three are drying plants and the rest are growers; the largest drying plant
is located in Werbkowice. Website: www.ziola-hrubieszow.pl.

2.4 Zachodniopomorski Klaster Hodowli Pstrąga (West Pomeranian Trout Farm-
ing Cluster)

Seat: not fixed · founded in 2020 · members: nearly 25 · legal form: coop-
eration agreement

The cluster, abbreviated WPTFC in ERCE documents, links trout farms in the
river valleys of the West Pomeranian Voivodeship with smokehouses and a
fish feed producer. It has no office of its own; meetings rotate between
the members' farms. The cluster is coordinated by Zachodniopomorskie Cen-
trum Rybactwa Śródlądowego (West Pomeranian Inland Fisheries Centre). Its
goals are to develop a common quality label for Pomeranian trout and to
reduce the farms' water and energy use.
""",
    """2.5 Klaster Wikliniarski Doliny Sanu (San Valley Wicker Cluster)

Seat: Rudnik nad Sanem, Podkarpackie Voivodeship · founded in 2019 ·
members: 19 · legal form: cooperation agreement

Rudnik nad Sanem has been known as Poland's wicker capital since the 19th
century. The cluster is coordinated by the Municipality of Rudnik nad Sanem
(Gmina Rudnik nad Sanem) and includes 14 wicker workshops, 3 willow plant-
ations, a vocational school and the municipality itself. In 2023 the mem-
bers sold wicker products worth PLN 11 million, 80% of them abroad. The
cluster's single goal is to keep wicker weaving alive as a profession by
training at least 30 new weavers by 2027.


3. Contacts

ERCE Secretariat, Brussels · secretariat@erce-network.eu · www.erce-network.eu
National correspondent: k.wilk-obarska@erce-network.eu

The profiles are based on questionnaires returned by the cluster managers in
March 2024 and have not been verified by ERCE.
""",
]


def pdftext(pages: list[str], header: str, first: int) -> str:
    out = []
    for i, page in enumerate(pages):
        num = first + i
        lines = [f"{header}{'page ' + str(num):>{80 - len(header)}}", ""]
        lines += page.rstrip("\n").split("\n")
        lines += ["", f"{'– ' + str(num) + ' –':^80}".rstrip()]
        out.append("\n".join(lines) + "\n")
    return "\f".join(out)


# ---------------------------------------------------------------------------
# j05 – TXT (ISO-8859-2): press review (dolnośląskie, opolskie)
# ---------------------------------------------------------------------------

J05_TEXT = """PRZEGLĄD PRASY REGIONALNEJ
Klastry i współpraca gospodarcza - Dolny Śląsk i Opolszczyzna
Nr 6/2024, okres objęty przeglądem: 15 stycznia - 15 marca 2024 r.
Opracowanie: Biuro Monitoringu Mediów "Medialog", Wrocław
Fragmenty artykułów przytaczamy bez zmian redakcyjnych; skróty oznaczono (...).
========================================================================

[1] "Echo Doliny Baryczy" (tygodnik), nr 7/2024, 14 lutego 2024 r., s. 3
    Autor: Agnieszka Szpak-Dudek
    Wydźwięk: pozytywny

KARPIOWY KLASTER ROŚNIE W SIŁĘ

(...) Milicki Klaster Karpiowy, który powstał w 2014 r. na mocy porozumienia
hodowców ryb i przetwórni, liczy obecnie 26 członków - mówi Ewa Lenart,
prezes Fundacji Rozwoju Rybactwa "Karpiowa Dolina", która koordynuje klaster.
Fundacja ma siedzibę w Miliczu i tu też działa biuro klastra. (...) Na
stawach członków klastra odłowiono jesienią ok. 1 400 ton karpia. (...)

------------------------------------------------------------------------

[2] "Kurier Podsudecki", 28 lutego 2024 r., s. 9
    Autor: Marek Gąsiorowski
    Wydźwięk: negatywny

KONIEC RECYKLINGOWEGO KLASTRA

Walne zebranie Stowarzyszenia "Wałbrzyski Klaster Odzysku Tworzyw Sztucznych"
z siedzibą w Wałbrzychu podjęło w poniedziałek uchwałę o rozwiązaniu
stowarzyszenia. Od 1 marca organizacja działa pod nazwą Stowarzyszenie
"Wałbrzyski Klaster Odzysku Tworzyw Sztucznych" w likwidacji, a likwidatorem
został dotychczasowy prezes, Zbigniew Ratajski-Bąk. Klaster, utworzony
w 2016 r. od razu w formie stowarzyszenia, w najlepszym okresie - w 2019 r.
- zrzeszał 31 firm. Obecnie ma jeszcze 9 członków. (...) - Ceny regranulatu
spadły o połowę, firmy nie mają pieniędzy na składki - tłumaczy likwidator.

------------------------------------------------------------------------

[3] "Dziennik Gospodarczy Dolnego Śląska", 7 marca 2024 r., s. 12
    Autor: Paweł Żmudziński
    Wydźwięk: pozytywny

KARP Z DOLINY BARYCZY JEDZIE DO BAWARII

(...) Milicki Klaster Karpiowy zrzesza już 29 członków, w tym 17 gospodarstw
rybackich; w marcu przystąpiły do niego trzy restauracje z Żmigrodu
i Krośnic. Celem klastra jest wspólne przetwórstwo karpia, budowa wspólnej
marki regionalnej i szkolenie młodych rybaków. (...) Eksport ruszy mimo nie-
dawnego klastra ognisk ptasiej grypy w gminie Krośnice - powiatowy lekarz
weterynarii zniósł strefę zagrożenia 1 marca. Strona klastra:
www.klaster-karpiowy.pl. (...)

------------------------------------------------------------------------

[4] "Wieści Strzegomsko-Świdnickie", 5 marca 2024 r., s. 4
    Autor: Tomasz Wilczek
    Wydźwięk: neutralny

DWA KLASTRY KAMIENIARSKIE POŁĄCZYŁY SIŁY

Z początkiem roku Jaworski Klaster Kruszyw z Jawora, założony w 2015 r.
i liczący 15 członków, został włączony do Sudeckiego Klastra Kamienia
i Surowców Skalnych. Jaworski klaster formalnie przestał istnieć 1 stycznia,
a jego członkowie przystąpili do porozumienia sudeckiego.
- Do naszych 27 członków dołączyło 15 firm, więc dziś Sudecki Klaster
Kamienia i Surowców Skalnych liczy 42 członków - mówi Halina Buczek,
dyrektor biura klastra w Świdnicy. Klaster działa od 2013 r. na podstawie
umowy konsorcjum, a jego koordynatorem jest Sudecka Izba Przemysłu Skalnego
ze Strzegomia. (...) Członkowie klastra wydobywają rocznie ok. 6 mln ton
kamienia i kruszyw. (...)

------------------------------------------------------------------------

[5] "Wiadomości Krapkowicko-Zdzieszowickie", 19 lutego 2024 r., s. 2
    Autor: Renata Kisiel
    Wydźwięk: pozytywny

KOKS, GAZ I WODÓR

Zdzieszowicki Klaster Koksochemiczny, działający od 2018 r. na podstawie
umowy konsorcjum, skupia blisko 20 firm z Zdzieszowic, Krapkowic
i Kędzierzyna-Koźla. Koordynatorem jest Izba Gospodarcza Ziemi Krapkowickiej
z siedzibą w Krapkowicach, ale biuro klastra działa w Zdzieszowicach.
Według menedżera klastra, Jacka Szwedy, celem klastra jest znalezienie
zastosowań dla gazu koksowniczego, w tym do produkcji wodoru, oraz wspólne
szkolenie operatorów instalacji chemicznych. (...) Firmy członkowskie za-
trudniają ok. 3 100 osób. (...)

------------------------------------------------------------------------

[6] "Głos Milicza" (portal internetowy), 22 stycznia 2024 r.
    Autor: (kk)
    Wydźwięk: neutralny

KRÓTKO

Ok. 24 członków liczy Milicki Klaster Karpiowy - wynika z informacji
przekazanej radnym na sesji Rady Powiatu Milickiego. (...)

------------------------------------------------------------------------

[7] "Echo Gór Stołowych", 1 marca 2024 r., s. 6
    Autor: Iwona Ptak
    Wydźwięk: pozytywny

UZDROWISKA RAZEM PO GOŚCI Z CZECH

Fundacja Klaster Sanatoriów Ziemi Kłodzkiej z siedzibą w Polanicy-Zdroju,
powołana w 2019 r. przez właścicieli sanatoriów, sama prowadzi działalność
klastra. Zrzesza 12 obiektów sanatoryjnych, 3 gminy uzdrowiskowe oraz
starostwo powiatowe. Fundacja stawia sobie za cel wspólną promocję uzdrowisk
w Czechach i Niemczech oraz wspólne zakupy energii dla obiektów. (...)
Konferencja "Uzdrowiska bez granic" odbyła się w Kudowie-Zdroju i zgromadziła
140 uczestników. (...) Informacje: www.sanatoria-klodzkie.pl.

========================================================================
PODSUMOWANIE
W okresie objętym przeglądem odnotowano 23 publikacje dotyczące klastrów
(14 w prasie drukowanej, 9 w portalach internetowych); 15 miało wydźwięk
pozytywny, 6 neutralny, 2 negatywny.
Opracowała: Joanna Medyńska, tel. 71 330 18 42
"""


def main() -> None:
    make_j01(HERE / "j01_artykul_dojrzalosc_klastrow_wielkopolska.pdf")
    make_j02(HERE / "j02_raport_ewaluacyjny_klastry_rpo_swietokrzyskie.docx")
    (HERE / "j03_o_nas_klaster_krawiectwa_brzeziny.html").write_bytes(j03_html().encode("utf-8"))
    (HERE / "j04_erce_briefing_poland_clusters_en.txt").write_bytes(
        pdftext(J04_PAGES, J04_HEADER, 1).encode("utf-8")
    )
    (HERE / "j05_przeglad_prasy_klastry_dolnoslaskie_opolskie_iso8859-2.txt").write_bytes(
        J05_TEXT.encode("iso8859_2")
    )


if __name__ == "__main__":
    main()
