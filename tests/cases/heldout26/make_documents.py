# ruff: noqa: E501
"""Generate the heldout26 documents (deterministic; all text lives here).

Run from the repository root:
    .venv/bin/python tests/cases/heldout26/make_documents.py
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


# ---------------------------------------------------------------------------
# i01 – PDF: minutes of a regional council committee (kujawsko-pomorskie)
# ---------------------------------------------------------------------------

I01_TITLE = "PROTOKÓŁ NR 27/2024"
I01_SUBTITLE = "z posiedzenia Komisji Rozwoju Gospodarczego i Innowacji Sejmiku Województwa Kujawsko-Pomorskiego w dniu 16 maja 2024 r."

I01_OPENING = [
    "Posiedzenie odbyło się w sali nr 214 Urzędu Marszałkowskiego Województwa Kujawsko-Pomorskiego w Toruniu. Rozpoczęło się o godz. 10:00, a zakończyło o godz. 12:40. W posiedzeniu udział wzięło 9 z 11 członków Komisji (lista obecności stanowi załącznik nr 1 do protokołu).",
    "W posiedzeniu uczestniczyli ponadto:",
]

I01_GUESTS = [
    "Halina Brzezicka-Wąs – dyrektor Departamentu Rozwoju Gospodarczego Urzędu Marszałkowskiego,",
    "Ryszard Kołodziejczak – prezes zarządu Stowarzyszenia „Grudziądzki Klaster Odlewni i Kuźni”,",
    "Monika Szpakowska – wiceprezes zarządu Kujawskiej Agencji Żeglugi Śródlądowej sp. z o.o.,",
    "Wiesław Gronowski – kierownik biura Klastra Energii Pojezierza Brodnickiego,",
    "Tomasz Rejewski – główny specjalista w Departamencie Rozwoju Gospodarczego.",
]

I01_AGENDA = [
    "Otwarcie posiedzenia i stwierdzenie prawomocności obrad.",
    "Przyjęcie porządku posiedzenia.",
    "Przyjęcie protokołu nr 26/2024 z posiedzenia w dniu 18 kwietnia 2024 r.",
    "Informacja Departamentu Rozwoju Gospodarczego o inicjatywach klastrowych w województwie.",
    "Prezentacja Grudziądzkiego Klastra Odlewni i Kuźni.",
    "Zaopiniowanie projektu uchwały Zarządu Województwa w sprawie udzielenia dotacji celowej Kujawskiej Agencji Żeglugi Śródlądowej sp. z o.o.",
    "Sprawy różne i wolne wnioski.",
    "Zamknięcie posiedzenia.",
]

I01_POINTS = [
    (
        "Ad 1.",
        [
            "Przewodniczący Komisji, radny Zbigniew Matuszczak, otworzył posiedzenie, powitał radnych i gości oraz stwierdził, że wobec obecności 9 z 11 członków Komisja jest władna do podejmowania wiążących decyzji.",
        ],
    ),
    (
        "Ad 2.",
        ["Porządek posiedzenia został przyjęty jednogłośnie (9 głosów „za”)."],
    ),
    (
        "Ad 3.",
        [
            "Protokół nr 26/2024 z posiedzenia w dniu 18 kwietnia 2024 r. przyjęto bez uwag: 8 głosów „za”, 0 „przeciw”, 1 „wstrzymujący się”.",
        ],
    ),
    (
        "Ad 4.",
        [
            "Dyrektor Halina Brzezicka-Wąs poinformowała, że w rejestrze prowadzonym przez Departament figurują obecnie 23 inicjatywy klastrowe, zrzeszające łącznie ok. 780 podmiotów; 15 z nich ma siedzibę w Bydgoszczy lub Toruniu. Jako przykład inicjatywy o stabilnej strukturze wskazała Bydgoski Klaster Tektury i Poligrafii, działający od 2015 r. na podstawie porozumienia i koordynowany przez Bydgoską Izbę Producentów Opakowań z siedzibą w Bydgoszczy; klaster skupia ponad 40 drukarni, producentów tektury i studiów projektowych. Wśród młodszych inicjatyw wymieniła Włocławski Klaster Żeglugi i Przeładunków, który – według danych przekazanych Departamentowi w 2023 r. – liczy ok. 20 członków; jego koordynatorem jest Kujawska Agencja Żeglugi Śródlądowej sp. z o.o. z siedzibą we Włocławku.",
            "Radny Paweł Ostaszewski zapytał o klastry energii działające w województwie. Dyrektor wyjaśniła, że w rejestrze jest ich pięć, i poprosiła o zabranie głosu kierownika biura Klastra Energii Pojezierza Brodnickiego. Pan Wiesław Gronowski poinformował, że porozumienie o utworzeniu klastra zawarto w 2019 r. w Brodnicy, a jego koordynatorem jest Przedsiębiorstwo Energetyki Cieplnej „Drwęca” sp. z o.o. z siedzibą w Brodnicy. Stronami porozumienia są dziś: pięć gmin powiatu brodnickiego, osiem przedsiębiorstw oraz szpital powiatowy. Celem klastra jest zbilansowanie lokalnej produkcji i zużycia energii oraz budowa magazynów ciepła w Brodnicy i Jabłonowie Pomorskim. Łączna moc instalacji fotowoltaicznych członków wynosi 9,4 MW.",
            "Radna Elżbieta Drozdowska zapytała, dlaczego w rejestrze nie ma inicjatywy toruńskich studiów gier komputerowych. Dyrektor odpowiedziała, że Toruński Klaster Gamedev nie spełnia jeszcze warunków wpisu: sześć studiów podpisało w marcu 2024 r. list intencyjny, lecz umowa klastrowa nie została zawarta i nie wybrano koordynatora. Dodała, że do rejestru nie wpisuje się także Kujawsko-Pomorskiej Sieci Ośrodków Transferu Technologii, która jest siecią uczelnianych centrów, a nie klastrem.",
            "Komisja przyjęła informację do wiadomości.",
        ],
    ),
    (
        "Ad 5.",
        [
            "Pan Ryszard Kołodziejczak przedstawił działalność Grudziądzkiego Klastra Odlewni i Kuźni. Poinformował, że klaster zawiązało w 2012 r. porozumieniem siedem odlewni z Grudziądza i okolic. W 2017 r. członkowie zarejestrowali Stowarzyszenie „Grudziądzki Klaster Odlewni i Kuźni” z siedzibą w Grudziądzu, które od tej pory samo prowadzi sprawy klastra i nie ma odrębnego koordynatora. Według prezesa stowarzyszenie liczy 31 członków: 24 odlewnie i kuźnie, 4 szkoły i uczelnie oraz 3 instytucje otoczenia biznesu; firmy członkowskie zatrudniają ok. 2 600 osób. Jako cele klastra prezes wymienił wspólne zakupy surowców i energii, kształcenie odlewników we współpracy z grudziądzkimi szkołami zawodowymi, wdrażanie druku 3D form odlewniczych oraz wspólną promocję członków na targach w Poznaniu i Hanowerze. Informacje o klastrze są dostępne na stronie www.kuznie-grudziadz.pl.",
            "W dyskusji radny Jan Pietrusiński zapytał, ilu członków ma siedzibę poza Grudziądzem. Prezes odpowiedział, że dziewięciu, m.in. w Świeciu i Chełmnie. Radna Elżbieta Drozdowska zapytała o zatrudnienie kobiet w odlewniach; pan Kołodziejczak zadeklarował przesłanie danych na piśmie.",
            "Przed zamknięciem dyskusji prezes sprostował podaną wcześniej liczbę członków: z dniem 1 maja 2024 r. zarząd przyjął do stowarzyszenia odlewnię z Nowego i technikum z Łasina, w związku z czym stowarzyszenie liczy obecnie 33 członków.",
        ],
    ),
    (
        "Ad 6.",
        [
            "Projekt uchwały Zarządu Województwa w sprawie udzielenia Kujawskiej Agencji Żeglugi Śródlądowej sp. z o.o. dotacji celowej w wysokości 180 000 zł na sfinansowanie studium wykonalności wiślanego terminalu przeładunkowego przedstawił pan Tomasz Rejewski z Departamentu Rozwoju Gospodarczego.",
            "Pani Monika Szpakowska wyjaśniła, że Agencja jest liderem umowy konsorcjum, na podstawie której od 2020 r. działa Włocławski Klaster Żeglugi i Przeładunków. Sprostowała dane przedstawione w punkcie 4: po ubiegłorocznym naborze klaster liczy obecnie 23 członków, w tym 11 armatorów i firm przeładunkowych. Jedynym celem klastra zapisanym w umowie jest przywrócenie regularnej żeglugi towarowej na Wiśle między Włocławkiem a Toruniem; studium ma wskazać lokalizację terminalu i koszt jego budowy. Informacje o projekcie są publikowane na stronie internetowej Agencji (www.kazs-wloclawek.pl).",
            "Radny Paweł Ostaszewski zapytał o termin zakończenia studium. Pani Szpakowska odpowiedziała, że studium zostanie ukończone do 30 listopada 2024 r.",
            "Komisja pozytywnie zaopiniowała projekt uchwały: 8 głosów „za”, 0 „przeciw”, 1 „wstrzymujący się”. Opinia nr 12/2024 stanowi załącznik nr 2 do protokołu.",
        ],
    ),
    (
        "Ad 7.",
        [
            "Przewodniczący odczytał pismo Żuławskiego Klastra Młynarskiego z Elbląga (woj. warmińsko-mazurskie), zapraszające członków Komisji na wizytę studyjną w dniu 12 czerwca 2024 r. Jak podano w piśmie, klaster koordynowany przez Elbląską Fundację Przetwórstwa Zbóż zrzesza blisko 30 młynów, piekarni i gospodarstw rolnych z Żuław; program wizyty obejmuje zwiedzanie młyna członkowskiego w Nowym Dworze Gdańskim. Komisja przyjęła zaproszenie; w wizycie weźmie udział czterech radnych.",
            "Wolnych wniosków nie zgłoszono.",
        ],
    ),
    (
        "Ad 8.",
        ["Wobec wyczerpania porządku posiedzenia przewodniczący zamknął posiedzenie."],
    ),
]

I01_CLOSING = [
    "Protokołowała: Anna Lewicka-Borek",
    "Przewodniczący Komisji: Zbigniew Matuszczak",
    "Załączniki: 1. Lista obecności. 2. Opinia nr 12/2024.",
]


def make_i01(path: Path) -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        ListFlowable,
        ListItem,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
    )

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    body = ParagraphStyle(
        "body", fontName="DejaVuSans", fontSize=10, leading=14, spaceAfter=6, alignment=4
    )
    title = ParagraphStyle(
        "title", fontName="DejaVuSans-Bold", fontSize=13, leading=17, alignment=TA_CENTER
    )
    subtitle = ParagraphStyle(
        "subtitle",
        fontName="DejaVuSans",
        fontSize=10.5,
        leading=14,
        alignment=TA_CENTER,
        spaceAfter=12,
    )
    point = ParagraphStyle(
        "point", fontName="DejaVuSans-Bold", fontSize=10, leading=14, spaceBefore=6, spaceAfter=3
    )

    def header_footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVuSans", 7.5)
        canvas.drawString(
            20 * mm,
            285 * mm,
            "Sejmik Województwa Kujawsko-Pomorskiego · Komisja Rozwoju Gospodarczego i Innowacji",
        )
        canvas.drawRightString(190 * mm, 12 * mm, f"Protokół nr 27/2024 – str. {doc.page}")
        canvas.restoreState()

    story = [Paragraph(I01_TITLE, title), Paragraph(I01_SUBTITLE, subtitle)]
    story += [Paragraph(t, body) for t in I01_OPENING]
    story.append(
        ListFlowable(
            [ListItem(Paragraph(g, body)) for g in I01_GUESTS],
            bulletType="bullet",
            start="–",
            bulletFontName="DejaVuSans",
            leftIndent=14,
        )
    )
    story.append(Paragraph("Porządek posiedzenia:", point))
    story.append(
        ListFlowable(
            [ListItem(Paragraph(a, body)) for a in I01_AGENDA],
            bulletType="1",
            bulletFormat="%s.",
            bulletFontName="DejaVuSans",
            leftIndent=16,
        )
    )
    for head, paras in I01_POINTS:
        story.append(Paragraph(head, point))
        story += [Paragraph(t, body) for t in paras]
    story.append(Spacer(1, 14))
    story += [Paragraph(t, body) for t in I01_CLOSING]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title="Protokół nr 27/2024 z posiedzenia Komisji Rozwoju Gospodarczego i Innowacji",
        author="Biuro Sejmiku Województwa Kujawsko-Pomorskiego",
        creator="heldout26",
        producer="heldout26",
        subject="",
    )
    doc.build(story, onFirstPage=header_footer, onLaterPages=header_footer)
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------
# i02 – HTML: regional development agency newsletter (dolnośląskie, opolskie)
# ---------------------------------------------------------------------------

I02_HTML = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Biuletyn Gospodarczy ARR „Sudety-Odra” nr 5/2024</title>
<style>
body { font-family: Arial, sans-serif; max-width: 680px; margin: 0 auto; color: #222; }
article { border-bottom: 1px solid #ccc; padding: 12px 0; }
.data { color: #777; font-size: 12px; }
</style>
</head>
<body>
<table role="presentation" width="100%"><tr>
<td><a href="https://www.arr-sudetyodra.pl"><img src="https://www.arr-sudetyodra.pl/newsletter/logo.png" alt="ARR Sudety-Odra" width="180"></a></td>
<td align="right">Nr 5/2024 &middot; maj 2024<br><a href="https://www.arr-sudetyodra.pl/newsletter/2024-05/">Wersja w przeglądarce</a></td>
</tr></table>
<header>
<h1>Biuletyn Gospodarczy</h1>
<p>Drodzy Czytelnicy, w majowym wydaniu piszemy o jubileuszach, nowych nazwach i nowych sojuszach dolnośląskich klastrów. Zapraszamy do lektury!</p>
</header>

<main>
<article id="n1">
<p class="data"><time datetime="2024-05-06">6 maja 2024</time> &middot; Turystyka</p>
<h2>Kłodzkie uzdrowiska w ogólnopolskiej sieci</h2>
<p>Klaster Uzdrowisk Ziemi Kłodzkiej dołączył 29 kwietnia do Ogólnopolskiej Sieci Klastrów Turystyki Zdrowotnej. Sieć zrzesza 14 klastrów z 9 województw; sama nie jest klastrem &ndash; to platforma wymiany doświadczeń koordynatorów.</p>
<p>Kłodzki klaster działa od 2016&nbsp;r. na podstawie porozumienia. Jego koordynatorem jest Fundacja &bdquo;Zdrój Kłodzki&rdquo;, a biuro klastra mieści się w Polanicy-Zdroju. Klaster skupia ponad 30 członków &ndash; zakłady lecznicze, hotele, gminy uzdrowiskowe i szkołę hotelarską w Kudowie-Zdroju. Celem klastra jest wydłużenie sezonu kuracyjnego, wspólna promocja uzdrowisk Ziemi Kłodzkiej na rynkach niemieckim i czeskim oraz rozwój kadr dla lecznictwa uzdrowiskowego.</p>
<p>Strona klastra: <a href="https://www.uzdrowiska-klaster-klodzko.pl">www.uzdrowiska-klaster-klodzko.pl</a>. O przystąpieniu do sieci pisał także portal <a href="https://www.kotlina24.info/gospodarka/uzdrowiska-w-sieci">kotlina24.info</a>.</p>
</article>

<article id="n2">
<p class="data"><time datetime="2024-05-13">13 maja 2024</time> &middot; Przemysł</p>
<h2>Legnicki klaster zmienia nazwę</h2>
<p>Od 1 maja 2024&nbsp;r. Legnicki Klaster Przerobu Złomu działa pod nazwą Klaster Surowców Wtórnych &bdquo;Kaczawa&rdquo;. Zmianę nazwy przyjęło zgromadzenie członków 24 kwietnia w Chojnowie.</p>
<p>Klaster utworzono w 2018&nbsp;r. porozumieniem, którego koordynatorem jest Legnickie Centrum Innowacji Przemysłowych sp. z o.o. z siedzibą w Legnicy. Tworzy go dziś 27 firm, 2 uczelnie i Gmina Legnica. Nowa nazwa lepiej oddaje cele klastra, którymi są:</p>
<ul>
<li>odzysk metali nieżelaznych z odpadów elektronicznych,</li>
<li>recykling tworzyw sztucznych z demontażu pojazdów,</li>
<li>wspólne badania z uczelniami nad surowcami krytycznymi.</li>
</ul>
<p>Nowa strona klastra: <a href="https://www.klaster-kaczawa.pl">www.klaster-kaczawa.pl</a>; dotychczasowy adres <a href="https://www.zlom-legnica-klaster.pl">www.zlom-legnica-klaster.pl</a> przekierowuje na nową stronę.</p>
<p class="data">Fot. <a href="https://www.legnica-teraz.pl">legnica-teraz.pl</a></p>
</article>

<article id="n3">
<p class="data"><time datetime="2024-05-20">20 maja 2024</time> &middot; Rzemiosło</p>
<h2>Dziesięć lat Karkonoskiego Klastra Hutnictwa Szkła</h2>
<p>Karkonoski Klaster Hutnictwa Szkła obchodził 17 maja swoje 10-lecie. Porozumienie o utworzeniu klastra podpisało w Piechowicach w maju 2014&nbsp;r. jedenaście hut i pracowni szkła artystycznego; dziś klaster liczy 26 członków, w tym 19 hut i pracowni. Koordynatorem klastra od początku jest Stowarzyszenie Szklarzy Karkonoskich &bdquo;Kryształ Gór&rdquo; z siedzibą w Piechowicach.</p>
<p>Jubileuszowa gala odbyła się w Szklarskiej Porębie. Jak podkreślał prezes stowarzyszenia, klaster od początku stawia sobie dwa cele: ochronę tradycji hutnictwa szkła w Karkonoszach i wspólną sprzedaż eksportową wyrobów członków. Więcej o klastrze: <a href="https://www.szklo-karkonosze-klaster.pl">www.szklo-karkonosze-klaster.pl</a>.</p>
</article>

<article id="n4">
<p class="data"><time datetime="2024-05-22">22 maja 2024</time> &middot; Wydarzenia</p>
<h2>Festiwal Karpia w Krośnicach</h2>
<p>Milicki Klaster Rybacki, który w marcu obchodził 5-lecie działalności, zaprasza 8&ndash;9 czerwca na Festiwal Karpia i Ryb Słodkowodnych w Krośnicach. Klaster zrzesza blisko 40 gospodarstw rybackich i 4 przetwórnie ryb z Doliny Baryczy; koordynuje go Rybacka Spółdzielnia Producentów &bdquo;Złoty Karp&rdquo; w Miliczu.</p>
<p>Klaster stawia sobie za cel:</p>
<ul>
<li>promocję karpia milickiego jako produktu regionalnego,</li>
<li>wspólną sprzedaż ryb do sieci handlowych,</li>
<li>ochronę stawów hodowlanych przed suszą.</li>
</ul>
<p>Program festiwalu opublikował portal <a href="https://www.baryczinfo.pl/festiwal-karpia-2024">baryczinfo.pl</a>.</p>
</article>

<article id="n5">
<p class="data"><time datetime="2024-05-27">27 maja 2024</time> &middot; Współpraca</p>
<h2>&bdquo;Kaczawa&rdquo; podaje rękę Opolszczyźnie</h2>
<p>Klaster Surowców Wtórnych &bdquo;Kaczawa&rdquo; podpisał 23 maja list intencyjny o współpracy z Nyskim Klastrem Lotnictwa Lekkiego z Nysy (woj. opolskie). Nyski klaster działa od 2019&nbsp;r. jako spółka Nyski Klaster Lotnictwa Lekkiego sp. z o.o., której udziałowcami są firmy członkowskie; spółka sama zarządza klastrem. Klaster liczy niemal 20 członków &ndash; producentów szybowców, kompozytów i awioniki (<a href="https://www.nkll.pl">www.nkll.pl</a>).</p>
<p>List intencyjny dotyczy wspólnego projektu odzysku włókien węglowych z wycofanych z eksploatacji szybowców.</p>
</article>

<aside>
<h3>Krótko</h3>
<ul>
<li>12 czerwca w Bystrzycy Kłodzkiej odbędą się bezpłatne warsztaty &bdquo;Klaster od podstaw&rdquo; dla firm zainteresowanych współpracą sieciową. Zapisy: <a href="mailto:szkolenia@arr-sudetyodra.pl">szkolenia@arr-sudetyodra.pl</a>.</li>
<li>Fundusz pożyczkowy ARR udzielił w kwietniu 31 pożyczek na kwotę 4,2 mln zł.</li>
</ul>
</aside>
</main>

<footer>
<p>Agencja Rozwoju Regionalnego &bdquo;Sudety-Odra&rdquo; S.A., ul. Limanowskiego 17, 58-300 Wałbrzych, tel. 74 845 61 20, <a href="https://www.arr-sudetyodra.pl">www.arr-sudetyodra.pl</a></p>
<p>Otrzymujesz ten biuletyn, ponieważ zapisałeś się na listę odbiorców. <a href="https://www.arr-sudetyodra.pl/newsletter/wypisz">Wypisz się</a></p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# i03 – DOCX: ranking list of a grant call for clusters (several voivodeships)
# ---------------------------------------------------------------------------

I03_HEAD = [
    "Fundacja Rozwoju Powiązań Kooperacyjnych „Synergia”\nul. Ogrodowa 19a, 91-065 Łódź",
    "Załącznik nr 1 do uchwały nr 14/2024 Zarządu Fundacji z dnia 10 czerwca 2024 r.",
]
I03_TITLE = "LISTA RANKINGOWA\nwniosków o przyznanie grantu w naborze nr K2030/2024/1 programu „Klastry 2030 – usługi wspólne”"
I03_INTRO = [
    "Alokacja w naborze: 1 500 000,00 zł. Minimalna liczba punktów wymagana do uzyskania grantu: 60 (na 100 możliwych). O grant mógł się ubiegać koordynator powiązania kooperacyjnego (klastra) albo podmiot, który sam prowadzi klaster. W naborze wpłynęło 8 wniosków; 2 wnioski odrzucono na etapie oceny formalnej.",
]
I03_TABLE = [
    [
        "Lp.",
        "Wnioskodawca",
        "Tytuł projektu",
        "Miejscowość",
        "Liczba punktów",
        "Kwota grantu (zł)",
        "Wynik oceny",
    ],
    [
        "1.",
        "Izba Gospodarcza Meblarzy Ziemi Kępińskiej",
        "Wspólne centrum testowania mebli dla członków Kępińskiego Klastra Meblarzy",
        "Kępno",
        "91",
        "348 000,00",
        "pozytywny – do dofinansowania",
    ],
    [
        "2.",
        "Stowarzyszenie „Zgierski Klaster Włóknin Technicznych”",
        "Laboratorium badań włóknin filtracyjnych Zgierskiego Klastra Włóknin Technicznych",
        "Zgierz",
        "87,5",
        "295 500,00",
        "pozytywny – do dofinansowania",
    ],
    [
        "3.",
        "Gmina Kamień Pomorski",
        "Wspólny system zarządzania energią w Klastrze Energii Zalewu Kamieńskiego",
        "Kamień Pomorski",
        "84",
        "310 000,00",
        "pozytywny – do dofinansowania",
    ],
    [
        "4.",
        "Kurpiowska Spółdzielnia Producentów Drobiu",
        "System bioasekuracji ferm Klastra Drobiarskiego Ziemi Ostrołęckiej",
        "Ostrołęka",
        "76",
        "212 400,00",
        "pozytywny – do dofinansowania",
    ],
    [
        "5.",
        "Drezdenecka Agencja Rozwoju sp. z o.o.",
        "Centrum logistyki drewna Drezdeneckiego Klastra Drzewnego i Pelletu",
        "Drezdenko",
        "68",
        "394 100,00",
        "pozytywny – lista rezerwowa",
    ],
    [
        "6.",
        "Zakłady Mechaniczne „Pilica-Tech” sp. z o.o.",
        "Zakup pięcioosiowego centrum obróbczego CNC",
        "Tomaszów Mazowiecki",
        "41",
        "–",
        "negatywny – poniżej progu",
    ],
    [
        "7.",
        "Fundacja „Klaster Szlaków Kajakowych Wdy”",
        "Wspólny system rezerwacji spływów i pól biwakowych",
        "Kościerzyna",
        "–",
        "–",
        "negatywny – ocena formalna",
    ],
    [
        "8.",
        "Miasto Skierniewice",
        "Rozbudowa klastra serwerowego Centrum Usług Wspólnych",
        "Skierniewice",
        "–",
        "–",
        "negatywny – ocena formalna",
    ],
    ["", "Razem (wnioski do dofinansowania)", "", "", "", "1 165 900,00", ""],
]
I03_JUSTIFICATIONS = [
    "Poz. 1. Wnioskodawca jest koordynatorem Kępińskiego Klastra Meblarzy, działającego od 2013 r. na podstawie porozumienia klastrowego. Klaster tworzy 38 firm meblarskich, 2 szkoły branżowe i Powiat Kępiński. Zgodnie z porozumieniem celem klastra jest wspólne zaopatrzenie w płyty i okucia, wzornictwo przemysłowe realizowane z uczelniami oraz wejście członków na rynek skandynawski. Projekt wpisuje się w te cele: centrum testowania pozwoli certyfikować meble bez zlecania badań za granicą. Strona klastra: www.meble-kepno-klaster.pl.",
    "Poz. 2. Wnioskodawcą jest stowarzyszenie, które samo prowadzi sprawy klastra: porozumienie o współpracy zawarto w 2016 r., a stowarzyszenie zarejestrowano w 2020 r. w Zgierzu. Stowarzyszenie liczy 29 członków, w tym 22 przedsiębiorstwa. Laboratorium zostanie uruchomione w hali członka stowarzyszenia w Ozorkowie.",
    "Poz. 3. Gmina Kamień Pomorski koordynuje klaster energii utworzony w 2018 r. porozumieniem 9 podmiotów; obecnie klaster liczy 13 członków. Jedynym celem klastra wskazanym w porozumieniu jest pokrycie zapotrzebowania gmin członkowskich na energię elektryczną ze źródeł odnawialnych. Moc zainstalowana w instalacjach członków wynosi 7,2 MW.",
    "Poz. 4. Spółdzielnia jest liderem klastra działającego od 2021 r. na podstawie umowy konsorcjum; klaster skupia blisko 50 ferm drobiu i 3 ubojnie z powiatów ostrołęckiego i makowskiego. Oceniający zwrócili uwagę na wysoką wartość dodaną projektu dla ferm liczących poniżej 40 tys. sztuk.",
    "Poz. 5. Agencja koordynuje klaster działający od 2017 r. na podstawie umowy o współpracy, który skupia ok. 25 tartaków, zakładów stolarskich i producentów pelletu. Wniosek uzyskał 68 pkt, lecz z powodu wyczerpania alokacji (pozostało 334 100,00 zł) został umieszczony na liście rezerwowej.",
    "Poz. 6. Wnioskodawca nie jest koordynatorem ani członkiem żadnego powiązania kooperacyjnego; projekt dotyczy wyłącznie inwestycji w jednym przedsiębiorstwie i nie spełnia kryterium merytorycznego nr 2.",
    "Poz. 7. Wnioskodawcą jest fundacja ustanowiona w 2021 r. w Kościerzynie, która sama prowadzi klaster. Według formularza wniosku klaster skupia 17 wypożyczalni kajaków, pól biwakowych i gospodarstw agroturystycznych nad Wdą (www.kajaki-wda.pl). Wniosek odrzucono, ponieważ do wniosku nie dołączono wykazu członków klastra.",
    "Poz. 8. Projekt dotyczy infrastruktury informatycznej urzędu miasta; „klaster serwerowy” nie jest powiązaniem kooperacyjnym w rozumieniu regulaminu naboru, a wnioskodawca nie jest koordynatorem klastra.",
]
I03_SIGN = "Przewodnicząca Komisji Oceny Wniosków: dr Ewa Zasępa-Nowik"


def make_i03(path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10)
    cp = doc.core_properties
    fixed = datetime(2024, 6, 10, 12, 0, 0)
    cp.author = "Fundacja Synergia"
    cp.last_modified_by = "Fundacja Synergia"
    cp.title = "Lista rankingowa – nabór K2030/2024/1"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3

    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Mm(297)
    section.page_height = Mm(210)
    section.left_margin = section.right_margin = Mm(15)
    section.top_margin = section.bottom_margin = Mm(15)

    for t in I03_HEAD:
        doc.add_paragraph(t)
    p = doc.add_paragraph()
    p.add_run(I03_TITLE).bold = True
    for t in I03_INTRO:
        doc.add_paragraph(t)
    table = doc.add_table(rows=len(I03_TABLE), cols=len(I03_TABLE[0]))
    table.style = "Table Grid"
    for i, row in enumerate(I03_TABLE):
        for j, val in enumerate(row):
            cell = table.cell(i, j)
            cell.text = val
            if i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    doc.add_paragraph("")
    p = doc.add_paragraph()
    p.add_run("Uzasadnienie oceny (wyciąg z kart oceny)").bold = True
    for t in I03_JUSTIFICATIONS:
        doc.add_paragraph(t)
    doc.add_paragraph(I03_SIGN)

    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 6, 10, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# Plain-text helpers: wrapping with hyphenation ("~" marks where a word may
# be split at a line end) and pdftotext-like pages.
# ---------------------------------------------------------------------------


VOWELS = set("aąeęioóuyAĄEĘIOÓUY")


def hyphen_points(word: str) -> str:
    """Mark V-CV syllable breaks with "~" unless the word already has marks."""
    if "~" in word or any(not (c.isalpha() or c in ",.;:)”") for c in word):
        return word
    if word.isupper() or len(word) < 7:
        return word
    out = word[:2]
    for i in range(2, len(word) - 3):
        if word[i - 1] in VOWELS and word[i] not in VOWELS and word[i + 1] in VOWELS:
            out += "~"
        out += word[i]
    return out + word[max(2, len(word) - 3) :]


def wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    cur = ""
    for word in (hyphen_points(w) for w in text.split(" ")):
        cand = f"{cur} {word}" if cur else word
        if len(cand.replace("~", "")) <= width:
            cur = cand
            continue
        parts = word.split("~")
        for k in range(len(parts) - 1, 0, -1):
            head = "".join(parts[:k]) + "-"
            cand = f"{cur} {head}" if cur else head
            if len(cand.replace("~", "")) <= width:
                lines.append(cand)
                cur = "~".join(parts[k:])
                break
        else:
            lines.append(cur)
            cur = word
    lines.append(cur)
    return [line.replace("~", "") for line in lines]


def layout(blocks: list[str], width: int) -> list[str]:
    """Blocks starting with '|' are preformatted lines; others are wrapped paragraphs."""
    out: list[str] = []
    for block in blocks:
        if block.startswith("|"):
            out += [line[1:] for line in block.split("\n")]
        else:
            out += wrap(block, width)
        out.append("")
    return out


def paginate(
    lines: list[str], per_page: int, header: str, footer: str, first: int, width: int
) -> str:
    pages = []
    for start in range(0, len(lines), per_page):
        chunk = lines[start : start + per_page]
        while chunk and not chunk[-1]:
            chunk.pop()
        while chunk and not chunk[0]:
            chunk.pop(0)
        num = first + len(pages)
        body = [header, "", *chunk, "", f"{footer}{num:>{width - len(footer)}}"]
        pages.append("\n".join(body) + "\n")
    return "\f".join(pages)


# ---------------------------------------------------------------------------
# i04 – TXT (UTF-8, pdftotext): magazine interview with a cluster manager (śląskie)
# ---------------------------------------------------------------------------

I04_BLOCKS = [
    "ROZMOWA NUMERU",
    "Precyzja to nasza waluta",
    "Z Dorotą Kłapytą-Mrózek, menedżerką Beskidzkiego Klastra Mikroobróbki Precyzyjnej, rozmawia Piotr Kubaczka",
    "Dwadzieścia trzy firmy i instytucje, jedno biuro w Skoczowie i wspólne zamówienia dla przemysłu lotniczego. Jak się buduje klaster, w którym konkurenci dzielą się maszy~nami pomia~rowymi?",
    "BP: Zacznijmy od początku. Skąd wziął się pomysł na klaster?",
    "DKM: Z bezradności, szczerze mówiąc. Jesienią 2015 roku dziewięć firm z okolic Skoczowa i Bielska-Białej dostało zapy~tanie o dużą serię elemen~tów dla produ~centa silników lotni~czych. Żadna z nich nie była w stanie wykonać jej sama, więc właściciele usiedli przy jednym stole i podpisali umowę konsorcjum. Tak powstał Beskidzki Klaster Mikro~obróbki Pre~cyzyj~nej, w skrócie BKMP. Liderem konsor~cjum, a więc koordy~na~torem klastra, jest od początku Bielskie Centrum Auto~ma~tyki i Ob~róbki sp. z o.o. z siedzibą w Bielsku-Białej, ale biuro klastra od 2018 roku prowadzimy w Skoczowie, przy ulicy Fabrycznej.",
    "BP: Ilu członków liczy dziś BKMP?",
    "DKM: Dziś jest nas dwudziestu trzech członków: osiemnaście firm, trzy szkoły techniczne i dwie gminy – Skoczów i Chybie. Rok temu było nas dzie~więt~nastu, więc rośniemy, choć bez pośpiechu. Firmy człon~kow~skie zatrud~niają łącznie około tysiąca dzie~wię~ciu~set osób i mają ponad czterdzieści pięciosiowych centrów obróbczych.",
    "BP: Co konkretnie daje firmom członkostwo?",
    "DKM: W umowie zapisaliśmy trzy cele i trzymamy się ich do dziś. Po pierwsze – wspólne pozy~ski~wanie zamówień dla przemy~słu lotni~czego i medycz~nego. Po drugie – kształcenie operatorów maszyn CNC razem ze szkołami, bo bez ludzi żadna maszyna nie zarobi. Po trzecie – wspólne inwestycje w metrologię, bo pojedynczej firmy nie stać na współ~rzęd~no~ściową maszynę pomia~rową za dwa miliony złotych. Taką maszynę kupiliśmy w 2022 roku i stoi w naszym labo~ra~to~rium w Skoczowie; korzysta z niej czternaście firm.",
    "BP: Klaster to jednak nie tylko firmy z Podbeskidzia. Z kim jeszcze współ~pra~cu~jecie?",
    "DKM: Przede wszystkim z dwoma klastrami. Najbliżej nam do Oświę~cim~skiego Klastra Robotów Spawal~niczych – to ponad trzydzieści firm z Oświęcimia i okolic, a koordynuje je Fundacja Auto~ma~tyki Przemy~słowej „Sola”, która ma siedzibę w Oświęcimiu. Oni spawają, my obrabiamy, więc uzupełniamy się idealnie; w zeszłym roku wystawialiśmy się razem na targach w Poznaniu. Ich strona to www.roboty-oswiecim.pl, polecam.",
    "DKM: Drugim partnerem jest Stara~cho~wicki Klaster Pod~ze~spo~łów Cięża~rowych ze Święto~krzy~skiego. Są młodsi od nas, działają dopiero od dwóch lat, ale zrzeszają już dwanaście firm, dwie uczelnie i gminę Starachowice. Koordynatorem jest Stowa~rzy~szenie Koope~rantów Moto~ry~za~cyjnych „Kamienna” z siedzibą w Starachowicach. Robimy dla nich prototypy, oni dają nam dostęp do odbiorców z branży pojazdów ciężarowych.",
    "BP: Słyszałem, że część waszych firm należy do dwóch klastrów jednocześnie.",
    "DKM: To prawda. Pięć naszych firm jest też człon~kami Ślą~skiego Klastra Oprzy~rzą~do~wania Tłoczni. Nie widzę w tym problemu – tam chodzi o narzędzia do tłoczenia blach, u nas o obróbkę precyzyjną. Raczej się uzupełniamy, niż konkurujemy.",
    "BP: A klaster wodorowy, o którym tyle się mówi w regionie?",
    "DKM: Pod~be~skidzki Klaster Wodo~rowy to na razie zamiar, nie klaster. W lutym siedem firm, w tym dwie nasze, podpi~sało list inten~cyjny, ale nie ma jeszcze umowy ani koordy~na~tora. Kibicuję, ale nie wliczam go do naszych partnerów.",
    "BP: Jakie plany na najbliższe lata?",
    "DKM: Chcemy do końca 2025 roku dojść do trzydziestu członków i uruchomić drugą pra~cow~nię pomia~rową, tym razem w Cieszynie. Wszystko, co robimy, opisujemy na stronie www.mikroobrobka-beskidy.pl – zapraszam.",
    "BP: Dziękuję za rozmowę.",
    "|KLASTER W LICZBACH\n|  23     członków (18 firm, 3 szkoły, 2 gminy)\n|  ok. 1 900  pracowników w firmach członkowskich\n|  2015   umowa konsorcjum\n|  14     firm korzysta ze wspólnej maszyny pomiarowej",
    "W następnym numerze: rozmowa z prezesem Klastra Tury~styki Granicz~nej „Olza” z Cieszyna.",
]


# ---------------------------------------------------------------------------
# i05 – TXT (cp1250, CRLF): gmina development strategy chapter (lubelskie)
# ---------------------------------------------------------------------------

I05_BLOCKS = [
    "3. DIAGNOZA SYTUACJI SPOŁECZNO-GOSPODARCZEJ (cd.)",
    "3.4. Gospodarka lokalna",
    "3.4.1. Podmioty gospodarcze",
    "Według danych rejestru REGON na koniec 2023 r. na terenie gminy Nałęczów zarejestrowanych było 1 214 podmiotów gospodarki narodowej, w tym 1 046 osób fizycznych prowadzących działalność gospodarczą. W porównaniu z 2018 r. liczba podmiotów wzrosła o 9,6%. Wskaźnik przedsiębiorczości, liczony jako liczba podmiotów na 1 000 mieszkańców w wieku produkcyjnym, wyniósł 192 i był wyższy od średniej dla powiatu puławskiego. W strukturze dominują usługi związane z lecznictwem uzdrowiskowym, zakwaterowaniem i gastronomią, handel oraz budownictwo.",
    "|Tabela 10. Podmioty gospodarki narodowej według sekcji PKD 2007 (stan na 31.12.2023)\n|\n| Sekcja PKD                                          Liczba podmiotów   Udział (%)\n| I – zakwaterowanie i gastronomia                          238            19,6\n| G – handel hurtowy i detaliczny                           201            16,6\n| Q – opieka zdrowotna i pomoc społeczna                    164            13,5\n| F – budownictwo                                           143            11,8\n| A – rolnictwo, leśnictwo, łowiectwo i rybactwo             61             5,0\n| pozostałe sekcje                                          407            33,5\n| Razem                                                   1 214           100,0\n|\n|Źródło: GUS, Bank Danych Lokalnych.",
    "Liczba zarejestrowanych bezrobotnych mieszkańców gminy wyniosła na koniec 2023 r. 187 osób, w tym 104 kobiety; stopa bezrobocia pozostaje niższa niż w powiecie. Największymi pracodawcami są zakłady lecznictwa uzdrowiskowego, które zatrudniają łącznie ok. 1 100 osób, oraz zakład produkcji wód mineralnych.",
    "3.4.2. Turystyka uzdrowiskowa",
    "Funkcja uzdrowiskowa pozostaje główną specjalizacją gospodarczą gminy. Sanatoria i obiekty noclegowe dysponują łącznie ok. 1 650 miejscami, a w 2023 r. skorzystało z nich ok. 41 tys. kuracjuszy i turystów. Od 2017 r. Gmina Nałęczów jest członkiem Klastra Uzdrowiskowego „Wąwozy Lessowe”, koordynowanego przez Fundację Rozwoju Turystyki Nadwiślańskiej z siedzibą w Kazimierzu Dolnym. Klaster zrzesza ok. 45 podmiotów – sanatoria, hotele, gospodarstwa agroturystyczne oraz gminy z powiatów puławskiego i lubelskiego; z terenu gminy Nałęczów należy do niego 9 podmiotów. Członkostwo w klastrze umożliwiło udział w targach turystycznych w Berlinie i Pradze.",
    "3.4.3. Rolnictwo i przetwórstwo",
    "Rolnictwo ma na terenie gminy charakter sadowniczy. Część gospodarstw współpracuje w ramach Klastra Jabłkowego Powiśla Lubelskiego (koordynator: Spółdzielnia Sadownicza „Jabłoń Lubelska” w Opolu Lubelskim), który skupia ponad 120 gospodarstw sadowniczych, 6 przechowalni i 2 tłocznie soku. Dzięki wspólnej sprzedaży sadownicy z gminy uzyskali w sezonie 2023/2024 ceny skupu wyższe średnio o 11% od cen w skupach niezrzeszonych.",
    "Czterech przedsiębiorców z terenu gminy należy do Puławskiego Klastra Biostymulatorów Roślin, działającego od 2020 r. i liczącego ok. 30 członków. Koordynatorem tego klastra jest Fundacja „Agrotest” z siedzibą w Puławach.",
    "3.4.4. Energetyka",
    "W 2021 r. z inicjatywy Gminy Nałęczów zawarto porozumienie o utworzeniu Klastra Energii Płaskowyżu Nałęczowskiego. Koordynatorem klastra jest Gmina Nałęczów, a jego członkami są 3 gminy, 7 przedsiębiorstw i 2 spółdzielnie mieszkaniowe. Celem klastra jest obniżenie kosztów energii w budynkach publicznych oraz rozwój instalacji fotowoltaicznych na terenach poprzemysłowych. Łączna moc instalacji członków klastra wynosi 3,8 MW.",
    "W latach 2016–2020 gmina należała także do Lubelskiego Klastra Domów Drewnianych, z którego wystąpiła po zmianie profilu działalności klastra.",
    "3.4.5. Rozmieszczenie przestrzenne działalności gospodarczej",
    "Na potrzeby diagnozy przeprowadzono analizę skupień (metoda k-średnich) lokalizacji 1 214 podmiotów. Wyodrębniono cztery klastry przestrzenne: klaster I – centrum Nałęczowa i park zdrojowy (612 podmiotów), klaster II – wzdłuż drogi wojewódzkiej nr 830 (287), klaster III – Czesławice i Drzewce (164), klaster IV – pozostałe miejscowości (151). Pojęcie „klaster” zostało tu użyte w znaczeniu statystycznym i nie oznacza inicjatyw klastrowych opisanych w punktach 3.4.2–3.4.4.",
    "3.5. Analiza SWOT – sfera gospodarcza",
    "|Tabela 12. Analiza SWOT – gospodarka\n|\n| MOCNE STRONY                               SŁABE STRONY\n| – status uzdrowiska i rozpoznawalna marka  – sezonowość ruchu turystycznego\n| – członkostwo gminy w Klastrze Uzdrowis-   – brak terenów inwestycyjnych\n|   kowym „Wąwozy Lessowe”                     z pełnym uzbrojeniem\n| – tradycje sadownicze                      – brak własnego klastra branżowego\n|                                              skupiającego lokalne firmy\n| SZANSE                                     ZAGROŻENIA\n| – rozwój Klastra Energii Płaskowyżu Nałę-  – rosnące koszty energii\n|   czowskiego                               – konkurencja innych uzdrowisk\n| – planowane utworzenie Klastra Produktu    – odpływ młodych mieszkańców\n|   Zielarskiego Ziemi Nałęczowskiej\n| – popyt na turystykę zdrowotną seniorów\n|\n|Źródło: opracowanie własne na podstawie warsztatów strategicznych (n = 38).",
    "3.6. Wnioski z diagnozy",
    "Lokalna gospodarka opiera się na usługach uzdrowiskowych i sadownictwie, a współpraca sieciowa przedsiębiorców rozwija się głównie dzięki klastrom o zasięgu ponadlokalnym. W części kierunkowej strategii przewidziano planowane utworzenie Klastra Produktu Zielarskiego Ziemi Nałęczowskiej: w marcu 2024 r. osiem zielarni i gospodarstw zielarskich podpisało z Gminą list intencyjny, a zawarcie porozumienia klastrowego zaplanowano na 2025 r. Docelowo klaster mógłby skupiać ok. 15 podmiotów.",
]


def main() -> None:
    make_i01(HERE / "i01_protokol_komisji_rozwoju_sejmiku_kujawsko_pomorskie.pdf")
    (HERE / "i02_newsletter_arr_sudety_odra_dolnoslaskie.html").write_bytes(
        I02_HTML.encode("utf-8")
    )
    make_i03(HERE / "i03_lista_rankingowa_klastry_2030.docx")
    lines4 = layout(I04_BLOCKS, 78)
    text4 = paginate(
        lines4, 34, "BESKIDZKI PRZEDSIĘBIORCA · nr 3 (71) / 2024", "Rozmowa numeru", 14, 78
    )
    (HERE / "i04_wywiad_menedzerka_klastra_skoczow.txt").write_bytes(text4.encode("utf-8"))
    lines5 = layout(I05_BLOCKS, 92)
    text5 = paginate(
        lines5,
        46,
        "Strategia Rozwoju Gminy Nałęczów na lata 2024–2032",
        "Rozdział 3. Diagnoza",
        21,
        92,
    )
    (HERE / "i05_strategia_rozwoju_gminy_naleczow_cp1250.txt").write_bytes(
        text5.replace("\n", "\r\n").encode("cp1250")
    )


if __name__ == "__main__":
    main()
