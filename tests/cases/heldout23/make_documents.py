# ruff: noqa: E501
"""Generate the heldout23 documents (f01_… – f06_…) deterministically.

Run from the repository root:

    .venv/bin/python tests/cases/heldout23/make_documents.py

All text lives in this file. Names of clusters, organisations, people, addresses,
phone numbers, websites, KRS numbers and all figures are invented; towns are real.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_ZIP_TIME = (2024, 3, 28, 9, 0, 0)


# --------------------------------------------------------------------------------------
# helpers for the plain-text documents
# --------------------------------------------------------------------------------------


GLUE = "\x00"


def glue(text: str) -> str:
    """Keep digit groups, units and "sp. z o.o." together on one line."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", GLUE, text)
    text = re.sub(r"(?<=\d) (?=(r\.|zł|ha|MW|km|tys\.|mln|ton|osób)(\s|$|[,;.)]))", GLUE, text)
    return text.replace("sp. z o.o.", f"sp.{GLUE}z{GLUE}o.o.")


def wrap(paragraph: str, width: int) -> list[str]:
    """Greedy wrap; "~" marks a place where a word may be hyphenated at a line end."""
    lines: list[str] = []
    current = ""
    for word in glue(paragraph).split():
        plain = word.replace("~", "")
        candidate = plain if not current else current + " " + plain
        if len(candidate) <= width:
            current = candidate
            continue
        parts = word.split("~")
        placed = False
        for k in range(len(parts) - 1, 0, -1):
            head = "".join(parts[:k]) + "-"
            trial = head if not current else current + " " + head
            if len(trial) <= width:
                lines.append(trial)
                current = "".join(parts[k:])
                placed = True
                break
        if not placed:
            if current:
                lines.append(current)
            current = plain
    if current:
        lines.append(current)
    return [line.replace(GLUE, " ") for line in lines]


def block(text: str, width: int) -> list[str]:
    """Wrap a text made of paragraphs separated by blank lines.

    A paragraph whose first character is "|" is kept verbatim (tables, lists).
    """
    out: list[str] = []
    for para in text.strip("\n").split("\n\n"):
        if para.startswith("|"):
            out.extend(line[1:] for line in para.split("\n"))
        else:
            out.extend(wrap(" ".join(para.split()), width))
        out.append("")
    return out


# --------------------------------------------------------------------------------------
# f01 – DOCX annual report of a regional development agency (wielkopolskie)
# --------------------------------------------------------------------------------------

F01_NAME = "f01_sprawozdanie_agencja_rozwoju_konin_2023.docx"


def make_f01() -> bytes:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)

    cp = doc.core_properties
    cp.author = "Wschodniowielkopolska Agencja Rozwoju S.A."
    cp.last_modified_by = "Dział Rozwoju Przedsiębiorczości"
    cp.title = "Sprawozdanie z działalności za rok 2023"
    cp.subject = "Sprawozdanie zarządu"
    cp.keywords = "sprawozdanie; klastry; pożyczki"
    cp.comments = ""
    cp.category = ""
    cp.revision = 3
    cp.created = datetime(2024, 3, 14, 8, 30, 0)
    cp.modified = datetime(2024, 3, 28, 9, 0, 0)
    cp.last_printed = datetime(2024, 3, 28, 9, 0, 0)

    section = doc.sections[0]
    section.header.paragraphs[
        0
    ].text = "Wschodniowielkopolska Agencja Rozwoju S.A. – Sprawozdanie z działalności za rok 2023"
    section.footer.paragraphs[
        0
    ].text = (
        "WAR S.A. | ul. Spółdzielców 9, 62-510 Konin | tel. 63 245 18 00 | www.war-konin.com.pl"
    )

    def para(text: str, bold: bool = False, italic: bool = False) -> None:
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.bold = bold
        run.italic = italic

    def bullets(items: list[str]) -> None:
        for item in items:
            doc.add_paragraph(item, style="List Bullet")

    title = doc.add_paragraph()
    run = title.add_run(
        "SPRAWOZDANIE ZARZĄDU Z DZIAŁALNOŚCI WSCHODNIOWIELKOPOLSKIEJ AGENCJI ROZWOJU S.A. ZA ROK 2023"
    )
    run.bold = True
    run.font.size = Pt(14)
    para("Konin, marzec 2024 r.", italic=True)

    doc.add_heading("1. Informacje ogólne o Spółce", level=1)
    para(
        "Wschodniowielkopolska Agencja Rozwoju S.A. (dalej: Agencja, WAR S.A.) z siedzibą w Koninie "
        "przy ul. Spółdzielców 9 działa od 1996 r. i jest wpisana do rejestru przedsiębiorców KRS pod "
        "numerem 0000158214. Akcjonariuszami Agencji są Samorząd Województwa Wielkopolskiego, Miasto "
        "Konin, powiaty koniński, kolski, słupecki i turecki oraz 9 gmin subregionu. Kapitał zakładowy "
        "na dzień 31 grudnia 2023 r. wynosił 6 412 000 zł. Przeciętne zatrudnienie w 2023 r. wyniosło "
        "31 etatów (w 2022 r. – 28)."
    )
    para(
        "Agencja prowadzi działalność w czterech obszarach: instrumenty finansowe dla MŚP, doradztwo "
        "i szkolenia, obsługa inwestorów oraz wspieranie współpracy sieciowej przedsiębiorstw, w tym "
        "klastrów."
    )

    doc.add_heading("2. Instrumenty finansowe", level=1)
    para(
        "W 2023 r. Agencja udzieliła 84 pożyczek na łączną kwotę 11,7 mln zł, w tym 22 pożyczek dla "
        "firm działających krócej niż 24 miesiące. Fundusz poręczeniowy udzielił 19 poręczeń na kwotę "
        "3,1 mln zł. Wskaźnik szkodowości portfela pożyczkowego wyniósł 2,4%."
    )
    para(
        "W czerwcu 2023 r. system obsługi pożyczek przeniesiono na nowy dwuwęzłowy klaster serwerów "
        "w centrum danych w Poznaniu, co skróciło czas obsługi wniosku z 9 do 5 dni roboczych."
    )

    doc.add_heading("3. Doradztwo i szkolenia", level=1)
    para(
        "Doradcy Agencji udzielili 412 godzin doradztwa indywidualnego. W 46 szkoleniach otwartych "
        "wzięło udział 1 260 uczestników. Punkt Informacyjny Funduszy Europejskich w Koninie obsłużył "
        "2 904 klientów, a jego filia w Turku – 611."
    )

    doc.add_heading("4. Klastry", level=1)
    para(
        "Według danych zebranych przez Agencję w subregionie konińskim działa obecnie 9 inicjatyw "
        "klastrowych, które skupiają ok. 260 podmiotów. Agencja uczestniczy w pięciu z nich: w jednym "
        "pełni funkcję koordynatora, w dwóch jest członkiem, a dwa wspiera doradczo. Podstawowe dane "
        "przedstawia tabela 4."
    )
    para(
        "Tabela 4. Klastry, w których uczestniczy Agencja (stan na 31 grudnia 2023 r.)",
        bold=True,
    )
    rows = [
        (
            "Lp.",
            "Nazwa klastra",
            "Rola Agencji",
            "Siedziba biura klastra",
            "Liczba członków",
            "Rok utworzenia",
        ),
        ("1.", "Koniński Klaster Aluminium i Obróbki Blach", "koordynator", "Konin", "38", "2016"),
        ("2.", "Klaster Energii „Kolskie Łęgi”", "członek (od 2020 r.)", "Koło", "15", "2018"),
        (
            "3.",
            "Klaster Przemysłowy Ziemi Tureckiej",
            "członek wspierający (od 2022 r.)",
            "Turek",
            "ok. 50",
            "2021",
        ),
        ("4.", "Słupecki Klaster Skrobiowy", "wsparcie doradcze", "Słupca", "ok. 20", "2019"),
        (
            "5.",
            "Wschodniowielkopolski Klaster Piekarzy i Cukierników",
            "wsparcie doradcze",
            "Kleczew",
            "14",
            "2022",
        ),
        ("", "Razem", "", "", "ok. 137", ""),
    ]
    table = doc.add_table(rows=len(rows), cols=6)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = value
            if r == 0 or (r == len(rows) - 1 and value):
                for p in cell.paragraphs:
                    for rn in p.runs:
                        rn.bold = True
    para("Źródło: dane koordynatorów klastrów i Agencji.", italic=True)

    doc.add_heading("4.1. Koniński Klaster Aluminium i Obróbki Blach (KKA)", level=2)
    para(
        "Klaster powstał na mocy porozumienia klastrowego zawartego 14 czerwca 2016 r. przez "
        "11 przedsiębiorstw branży metalowej i Agencję, która od początku pełni funkcję koordynatora. "
        "Biuro klastra mieści się w siedzibie Agencji w Koninie. W 2023 r. do KKA przystąpiło 5 nowych "
        "podmiotów, a jeden wystąpił; na dzień 31 grudnia 2023 r. klaster liczył 38 członków, w tym "
        "29 przedsiębiorstw z sektora MŚP. Firmy członkowskie zatrudniają łącznie ok. 2 400 pracowników, "
        "a ich przychody ze sprzedaży przekroczyły w 2023 r. 610 mln zł. W 2020 r. członkowie klastra "
        "uruchomili wspólne laboratorium badań powłok lakierniczych w Golinie."
    )
    para("Zgodnie z porozumieniem klastrowym celami klastra są:")
    bullets(
        [
            "wspólne zakupy surowców i materiałów eksploatacyjnych,",
            "podnoszenie kompetencji kadr technicznych we współpracy ze szkołami branżowymi subregionu,",
            "promocja oferty członków na rynkach zagranicznych,",
            "przygotowywanie i realizacja wspólnych projektów badawczo-rozwojowych.",
        ]
    )
    para(
        "W 2023 r. w ramach klastra zorganizowano 7 szkoleń (146 uczestników) oraz wspólne stoisko "
        "na targach w Hanowerze. Do końca 2025 r. klaster planuje zwiększyć liczbę członków do 45. "
        "Informacje o klastrze i jego członkach są publikowane na stronie www.kka-konin.pl."
    )

    doc.add_heading("4.2. Klaster Energii „Kolskie Łęgi”", level=2)
    para(
        "Do Klastra Energii „Kolskie Łęgi” Agencja przystąpiła w 2020 r. Klaster zawiązano "
        "porozumieniem podpisanym w listopadzie 2018 r.; jego koordynatorem jest Gmina Miejska Koło. "
        "W 2021 r. klaster uzyskał certyfikat klastra energii. Obecnie klaster tworzą: Gmina Miejska "
        "Koło, gminy wiejskie Koło i Kościelec, siedem przedsiębiorstw, Spółdzielnia Mieszkaniowa "
        "„Nadwarcie”, trzy szkoły ponadpodstawowe oraz Agencja. Łączna moc instalacji fotowoltaicznych "
        "członków wynosi 4,6 MW."
    )
    para(
        "Celem klastra jest pokrycie do 2030 r. co najmniej 40% zapotrzebowania członków na energię "
        "elektryczną z lokalnych źródeł odnawialnych."
    )

    doc.add_heading("4.3. Klaster Przemysłowy Ziemi Tureckiej", level=2)
    para(
        "Od 2022 r. Agencja jest członkiem wspierającym Stowarzyszenia „Klaster Przemysłowy Ziemi "
        "Tureckiej” z siedzibą w Turku. Stowarzyszenie założono w 2021 r.; samo prowadzi sprawy klastra "
        "i nie ma odrębnego koordynatora. Skupia blisko 50 członków – przedsiębiorstwa, gminy powiatu "
        "tureckiego, szkoły i organizacje pozarządowe. Statutowymi celami stowarzyszenia są: rozwój "
        "odnawialnych źródeł energii na terenach pogórniczych, przekwalifikowanie pracowników "
        "odchodzących z sektora wydobywczego oraz pozyskiwanie inwestorów dla subregionu."
    )
    para(
        "Walne zebranie członków w 2023 r. odbyło się w Dobrej. Roczna składka członkowska Agencji "
        "wynosi 3 000 zł."
    )

    doc.add_heading("4.4. Klastry wspierane doradczo", level=2)
    para(
        "W ramach wsparcia doradczego Agencja przygotowała dla Słupeckiego Klastra Skrobiowego analizę "
        "rynku skrobi modyfikowanej. Klaster działa od 2019 r. na podstawie umowy o współpracy; jego "
        "koordynatorem jest Spółdzielnia Producentów Rolnych „Złota Bulwa” z siedzibą w Strzałkowie, "
        "a biuro klastra prowadzone jest w Słupcy. Klaster skupia ok. 20 podmiotów – głównie "
        "gospodarstwa rolne, a także dwie przetwórnie i przechowalnię. Uprawy ziemniaków członków "
        "zajmują ponad 3 100 ha."
    )
    para(
        "Agencja wspiera także Wschodniowielkopolski Klaster Piekarzy i Cukierników, którego umowę "
        "o współpracy podpisano w marcu 2022 r. w Ślesinie. Koordynatorem klastra jest Spółdzielnia "
        "Piekarsko-Ciastkarska „Kłos” z siedzibą w Kleczewie. Klaster tworzy 12 piekarni oraz dwie "
        "cukiernie, które łącznie prowadzą 41 sklepów firmowych. W 2023 r. Agencja pomogła klastrowi "
        "przygotować wniosek o dofinansowanie wspólnej chłodni i magazynu mąki (wartość projektu: "
        "2,4 mln zł)."
    )

    doc.add_heading("5. Plany na rok 2024", level=1)
    para(
        "W 2024 r. Agencja zamierza zainicjować utworzenie klastra turystyki wodnej na szlaku Warty "
        "oraz uruchomić nową linię pożyczek dla firm z branży OZE o wartości 5 mln zł."
    )
    para("Zarząd Wschodniowielkopolskiej Agencji Rozwoju S.A.", italic=True)

    raw = io.BytesIO()
    doc.save(raw)
    return fix_zip(raw.getvalue())


def fix_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps and attributes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------------------
# f02 – HTML page of a regional smart specialisation portal (łódzkie)
# --------------------------------------------------------------------------------------

F02_NAME = "f02_ris_lodzkie_klastry_w_specjalizacjach.html"

F02_HTML = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Klastry w specjalizacjach &ndash; Regionalne Inteligentne Specjalizacje Województwa Łódzkiego</title>
<meta name="description" content="Baza klastrów działających w regionalnych inteligentnych specjalizacjach województwa łódzkiego.">
<link rel="stylesheet" href="/static/css/portal.min.css?v=4.2.1">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-RIS0LDZ24"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-RIS0LDZ24', { 'anonymize_ip': true });
</script>
</head>
<body class="page-klastry">
<div id="cookie-banner" class="cookies" role="dialog">
  <p>Portal korzysta z plików cookies w celach statystycznych. Więcej w <a href="/polityka-prywatnosci">Polityce prywatności</a>.</p>
  <button type="button" class="btn-accept">Akceptuję</button> <button type="button" class="btn-settings">Ustawienia</button>
</div>
<a class="skip-link" href="#tresc">Przejdź do treści</a>
<header class="site-header">
  <div class="topbar">
    <a href="/" class="logo"><img src="/static/img/logo-ris.svg" alt="RIS Łódzkie &ndash; Regionalne Inteligentne Specjalizacje"></a>
    <ul class="a11y">
      <li><a href="?kontrast=1">Wersja kontrastowa</a></li>
      <li><a href="?font=plus">A+</a></li>
      <li><a href="/en/">English</a></li>
      <li><a href="/bip" rel="external">BIP</a></li>
    </ul>
    <form class="search" action="/szukaj" method="get"><input type="search" name="q" placeholder="Szukaj w portalu&hellip;"><button>Szukaj</button></form>
  </div>
  <nav class="main-nav" aria-label="Menu główne">
    <ul>
      <li><a href="/">Start</a></li>
      <li><a href="/aktualnosci">Aktualności</a></li>
      <li><a href="/specjalizacje">Specjalizacje</a></li>
      <li class="active"><a href="/klastry">Klastry</a></li>
      <li><a href="/proces-przedsiebiorczego-odkrywania">Proces przedsiębiorczego odkrywania</a></li>
      <li><a href="/finansowanie">Finansowanie</a></li>
      <li><a href="/kontakt">Kontakt</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumbs" aria-label="Jesteś tutaj"><a href="/">Start</a> &rsaquo; <a href="/specjalizacje">Specjalizacje</a> &rsaquo; <span>Klastry w specjalizacjach</span></nav>
<main id="tresc">
<h1>Klastry w specjalizacjach</h1>
<p class="lead">Na tej stronie prezentujemy klastry, które zgłosiły się do regionalnej bazy klastrów i&nbsp;wskazały swoją specjalizację. Według stanu na 31 marca 2024&nbsp;r. w bazie znajduje się 14 klastrów z województwa łódzkiego, które łącznie zrzeszają ponad 700 podmiotów. Dane podają koordynatorzy klastrów; są one aktualizowane raz w roku.</p>
<p class="info">Poniżej opisujemy klastry, które wyraziły zgodę na publikację profilu. Kolejność w ramach specjalizacji &ndash; alfabetyczna.</p>

<section class="spec" id="wlokiennictwo">
<h2>Nowoczesny przemysł włókienniczy i mody (w tym wzornictwo)</h2>

<article class="cluster-card">
<h3>Klaster Pończoszniczy Aglomeracji Łódzkiej (KPAŁ)</h3>
<dl>
  <dt>Siedziba klastra</dt><dd>Aleksandrów Łódzki</dd>
  <dt>Koordynator</dt><dd>Łódzka Izba Dziewiarzy i Pończoszników, ul. Kilińskiego 172, 90-341 Łódź</dd>
  <dt>Forma współpracy</dt><dd>porozumienie klastrowe</dd>
  <dt>Rok utworzenia</dt><dd>2013</dd>
  <dt>Liczba członków</dt><dd>43, w tym 35 producentów</dd>
  <dt>Strona klastra</dt><dd><a href="https://www.kpal.com.pl">www.kpal.com.pl</a></dd>
</dl>
<p>Klaster skupia producentów rajstop, skarpet i bielizny z Aleksandrowa Łódzkiego, Konstantynowa Łódzkiego i&nbsp;Zgierza, a także dwie szkoły branżowe i uczelnię techniczną. Firmy członkowskie zatrudniają ok.&nbsp;2&nbsp;100 osób.</p>
<p><strong>Cele klastra:</strong></p>
<ul>
  <li>wspólna promocja wyrobów członków na targach krajowych i zagranicznych,</li>
  <li>wdrażanie przędz z recyklingu w produkcji,</li>
  <li>kształcenie dziewiarzy we współpracy ze szkołami branżowymi.</li>
</ul>
</article>
</section>

<section class="spec" id="materialy-budowlane">
<h2>Zaawansowane materiały budowlane</h2>

<article class="cluster-card">
<h3>Klaster Piasków Kwarcowych &bdquo;Biała Góra&rdquo;</h3>
<dl>
  <dt>Siedziba klastra</dt><dd>Tomaszów Mazowiecki</dd>
  <dt>Koordynator</dt><dd>&ndash; (klastrem zarządza spółka Klaster Piasków Kwarcowych &bdquo;Biała Góra&rdquo; sp. z&nbsp;o.o.)</dd>
  <dt>Forma prawna</dt><dd>spółka z ograniczoną odpowiedzialnością (do 2020&nbsp;r. porozumienie)</dd>
  <dt>Rok utworzenia</dt><dd>2017</dd>
  <dt>Liczba członków</dt><dd>ok. 25, w tym 9 udziałowców</dd>
  <dt>Strona klastra</dt><dd><a href="https://www.bialagora-klaster.pl">www.bialagora-klaster.pl</a></dd>
</dl>
<p>Celami klastra są racjonalne gospodarowanie złożami piasków kwarcowych w dolinie Pilicy, rozwój produkcji wyrobów szklanych i ceramicznych w regionie oraz rekultywacja terenów poeksploatacyjnych na cele turystyczne.</p>
</article>
</section>

<section class="spec" id="medycyna">
<h2>Medycyna, farmacja, kosmetyki</h2>

<article class="cluster-card">
<h3>Klaster Fitofarmacji i Dermokosmetyków (KFiD)</h3>
<dl>
  <dt>Siedziba klastra</dt><dd>Łódź</dd>
  <dt>Koordynator</dt><dd>Fundacja Rozwoju Dermokosmetyki</dd>
  <dt>Strona koordynatora</dt><dd><a href="https://www.frd-lodz.org.pl">www.frd-lodz.org.pl</a></dd>
  <dt>Forma współpracy</dt><dd>porozumienie klastrowe</dd>
  <dt>Rok utworzenia</dt><dd>2015</dd>
  <dt>Liczba członków</dt><dd>ponad 30</dd>
</dl>
<p>Klaster zrzesza producentów kosmetyków, laboratoria badawcze i plantatorów ziół z okolic Łowicza i Skierniewic. Klaster nie prowadzi własnej strony internetowej &ndash; informacje o jego działaniach publikuje koordynator.</p>
</article>

<aside class="note">
<p><strong>Uwaga:</strong> LabNet Łódź &ndash; sieć laboratoriów badania kosmetyków &ndash; jest siecią współpracy usługowej, a nie klastrem (nie ma koordynatora ani porozumienia klastrowego), dlatego nie figuruje w bazie.</p>
</aside>
</section>

<section class="spec" id="energetyka">
<h2>Energetyka</h2>

<article class="cluster-card">
<h3>Klaster Energii Miasta i Gminy Łask</h3>
<dl>
  <dt>Siedziba klastra</dt><dd>Łask</dd>
  <dt>Koordynator</dt><dd>Gmina Łask</dd>
  <dt>Forma współpracy</dt><dd>porozumienie</dd>
  <dt>Rok utworzenia</dt><dd>2019</dd>
  <dt>Członkowie</dt><dd>Gmina Łask, Gmina Widawa, 11 przedsiębiorstw, 3 szkoły, szpital powiatowy</dd>
  <dt>Kontakt</dt><dd>klaster.energii@lask.example.pl (Urząd Miejski w Łasku)</dd>
</dl>
<p><strong>Cel:</strong> zwiększenie udziału energii ze źródeł odnawialnych w zużyciu energii na terenie gminy do 60% w 2030&nbsp;r.</p>
</article>

<aside class="note">
<h4>Inicjatywy w przygotowaniu</h4>
<p>Bełchatowska Dolina Wodorowa &ndash; w lutym 2024&nbsp;r. osiem firm z Bełchatowa i Kleszczowa podpisało list intencyjny w sprawie utworzenia klastra wodorowego. Inicjatywa nie ma jeszcze koordynatora ani porozumienia klastrowego, dlatego nie została ujęta w bazie klastrów.</p>
</aside>
</section>

<section class="spec" id="rolnictwo">
<h2>Innowacyjne rolnictwo i przetwórstwo rolno-spożywcze</h2>

<article class="cluster-card">
<h3>Brzeziński Klaster Warzyw pod Osłonami</h3>
<dl>
  <dt>Siedziba klastra</dt><dd>Brzeziny</dd>
  <dt>Koordynator</dt><dd>Stowarzyszenie Producentów Warzyw &bdquo;Mroga&rdquo;</dd>
  <dt>Forma współpracy</dt><dd>umowa o współpracy</dd>
  <dt>Rok utworzenia</dt><dd>2016</dd>
  <dt>Liczba członków</dt><dd>28, w tym 24 gospodarstwa ogrodnicze</dd>
  <dt>Strona klastra</dt><dd><a href="https://www.warzywa-brzeziny.pl">www.warzywa-brzeziny.pl</a></dd>
</dl>
<p>Do 2021&nbsp;r. klaster działał jako Klaster Ogrodniczy Gminy Brzeziny.</p>
<p><strong>Cele klastra:</strong></p>
<ul>
  <li>wspólne inwestycje w energooszczędne szklarnie,</li>
  <li>wspólne przygotowanie i sprzedaż produkcji sieciom handlowym,</li>
  <li>szkolenia z integrowanej ochrony roślin.</li>
</ul>
</article>
</section>

<section class="spec" id="ict">
<h2>Informatyka i telekomunikacja</h2>

<article class="cluster-card">
<h3>Łódzki Klaster Cyberbezpieczeństwa Przemysłowego</h3>
<dl>
  <dt>Siedziba klastra</dt><dd>Łódź</dd>
  <dt>Koordynator</dt><dd>Fundacja Bezpieczna Automatyka</dd>
  <dt>Forma współpracy</dt><dd>porozumienie klastrowe</dd>
  <dt>Rok utworzenia</dt><dd>2022</dd>
  <dt>Liczba członków</dt><dd>15</dd>
  <dt>Strona klastra</dt><dd><a href="https://www.cyberprzemysl-lodz.pl">www.cyberprzemysl-lodz.pl</a></dd>
</dl>
<p>W marcu 2024&nbsp;r. do klastra przystąpiły trzy nowe firmy. Do końca 2025&nbsp;r. klaster chce skupiać 25 członków.</p>
<p><strong>Cel klastra:</strong> ochrona systemów sterowania w zakładach przemysłowych regionu przed cyberatakami.</p>
</article>
</section>
</main>

<aside class="sidebar">
<h2>Aktualności</h2>
<ul class="news">
  <li><time datetime="2024-04-12">12.04.2024</time> <a href="/aktualnosci/spotkanie-klastrow-piotrkow">Spotkanie klastrów RIS w Piotrkowie Trybunalskim</a></li>
  <li><time datetime="2024-03-27">27.03.2024</time> <a href="/aktualnosci/kpal-mediolan">Pończosznicy z regionu na targach w Mediolanie</a></li>
  <li><time datetime="2024-03-05">05.03.2024</time> <a href="/aktualnosci/webinar-fundusze">Webinar: klastry w programie Fundusze Europejskie dla Łódzkiego 2021&ndash;2027</a></li>
</ul>
<h2>Zobacz też</h2>
<ul>
  <li><a href="/specjalizacje/mapa">Mapa specjalizacji</a></li>
  <li><a href="/klastry/zglos">Zgłoś klaster do bazy</a></li>
  <li><a href="/dokumenty">Dokumenty do pobrania</a></li>
</ul>
</aside>

<footer class="site-footer">
  <div class="footer-contact">
    <p><strong>Departament Polityki Regionalnej</strong><br>Urząd Marszałkowski Województwa Łódzkiego<br>ul. Traugutta 25, 90-113 Łódź<br>tel. 42 291 97 40, e-mail: ris@lodzkie-innowacje.example.pl</p>
  </div>
  <ul class="footer-links">
    <li><a href="/mapa-strony">Mapa strony</a></li>
    <li><a href="/deklaracja-dostepnosci">Deklaracja dostępności</a></li>
    <li><a href="/polityka-prywatnosci">Polityka prywatności</a></li>
    <li><a href="https://www.facebook.com/RISLodzkie">Facebook</a></li>
    <li><a href="https://www.linkedin.com/company/ris-lodzkie">LinkedIn</a></li>
  </ul>
  <p class="copy">&copy; 2024 RIS Łódzkie. Portal współfinansowany ze środków Unii Europejskiej. Realizacja: Pikselownia Studio (www.pikselownia.com.pl)</p>
</footer>
<script src="/static/js/portal.min.js?v=4.2.1"></script>
</body>
</html>
"""


# --------------------------------------------------------------------------------------
# f03 – PDF leaflet of a cluster, two pages with side boxes (opolskie)
# --------------------------------------------------------------------------------------

F03_NAME = "f03_ulotka_profil_nyski_klaster_metalu_i_automatyki.pdf"


def make_f03() -> bytes:
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
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))

    title = ParagraphStyle("t", fontName="DejaVuSans-Bold", fontSize=20, leading=24)
    sub = ParagraphStyle("s", fontName="DejaVuSans", fontSize=10, leading=13, textColor="#555555")
    h = ParagraphStyle(
        "h", fontName="DejaVuSans-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=3
    )
    body = ParagraphStyle("b", fontName="DejaVuSans", fontSize=9.5, leading=13, spaceAfter=4)
    bullet = ParagraphStyle(
        "bl", parent=body, leftIndent=10, bulletIndent=0, bulletFontName="DejaVuSans"
    )
    box_h = ParagraphStyle(
        "bh", fontName="DejaVuSans-Bold", fontSize=9.5, leading=12, textColor="#1f3b5c"
    )
    box = ParagraphStyle("bx", fontName="DejaVuSans", fontSize=8.2, leading=10.5, spaceAfter=2)

    def side_box(items: list) -> Table:
        t = Table([[i] for i in items], colWidths=[52 * mm])
        t.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8eef5")),
                    ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1f3b5c")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return t

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("DejaVuSans", 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(18 * mm, 10 * mm, "NKMiA – profil klastra, edycja 2024")
        canvas.drawRightString(192 * mm, 10 * mm, f"{doc.page}/2")
        canvas.restoreState()

    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=A4,
        title="Nyski Klaster Metalu i Automatyki – profil klastra 2024",
        author="Stowarzyszenie Nyski Klaster Metalu i Automatyki",
        subject="Ulotka informacyjna",
        creator="Studio Kreska",
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
    )
    main = Frame(18 * mm, 16 * mm, 112 * mm, 265 * mm, id="main", showBoundary=0)
    side = Frame(134 * mm, 16 * mm, 60 * mm, 265 * mm, id="side", showBoundary=0)
    doc.addPageTemplates([PageTemplate(id="two", frames=[main, side], onPage=footer)])

    s: list = []
    # page 1, main column
    s.append(Paragraph("Nyski Klaster Metalu i Automatyki", title))
    s.append(Paragraph("Profil klastra • edycja 2024", sub))
    s.append(Spacer(1, 6))
    s.append(Paragraph("KIM JESTEŚMY", h))
    s.append(
        Paragraph(
            "Nyski Klaster Metalu i Automatyki (NKMiA) to sieć współpracy firm metalowych, szkół "
            "i uczelni z powiatów nyskiego i prudnickiego. Zaczynaliśmy w 2012 r. od porozumienia "
            "dziewięciu firm, zawartego pod nazwą Klaster Metalowy Nysa–Głuchołazy. W 2015 r. członkowie "
            "założyli stowarzyszenie, a w 2019 r. przyjęliśmy obecną nazwę.",
            body,
        )
    )
    s.append(
        Paragraph(
            "Stowarzyszenie samo zarządza klastrem – nie mamy zewnętrznego koordynatora, a o kierunkach "
            "działania decyduje walne zebranie członków. Biuro klastra działa w Nysie.",
            body,
        )
    )
    s.append(Paragraph("NASZE CELE", h))
    for goal in [
        "rozwój kompetencji kadr – od szkół branżowych po studia inżynierskie",
        "wspólne zakupy stali, gazów technicznych i energii",
        "wdrażanie robotyzacji i automatyzacji w małych zakładach",
        "promocja regionu nyskiego jako zagłębia obróbki metali",
    ]:
        s.append(Paragraph(goal, bullet, bulletText="•"))
    s.append(Paragraph("CO ROBIMY", h))
    s.append(
        Paragraph(
            "W 2023 r. przeszkoliliśmy 118 spawaczy i operatorów obrabiarek CNC, zorganizowaliśmy "
            "wspólne stoiska na targach w Poznaniu i Brnie oraz kupiliśmy wspólnie 2 400 ton stali. "
            "Firmy członkowskie przygotowały 21 wspólnych ofert przetargowych, z których 8 wygrało.",
            body,
        )
    )
    s.append(
        Paragraph(
            "Przy Zespole Szkół Technicznych w Nysie prowadzimy pracownię robotyki, w której w roku "
            "szkolnym 2023/2024 uczy się 64 uczniów.",
            body,
        )
    )
    s.append(FrameBreak())
    # page 1, side column
    s.append(
        side_box(
            [
                Paragraph("NKMiA W LICZBACH", box_h),
                Paragraph("<b>41</b> członków:", box),
                Paragraph("33 firmy", box),
                Paragraph("4 szkoły branżowe", box),
                Paragraph("2 uczelnie", box),
                Paragraph("2 instytucje otoczenia biznesu", box),
                Paragraph("ok. 3 200 pracowników w firmach członkowskich", box),
                Paragraph("12 lat współpracy", box),
                Paragraph("2015 – rejestracja stowarzyszenia (KRS 0000571204)", box),
            ]
        )
    )
    s.append(Spacer(1, 10))
    s.append(
        side_box(
            [
                Paragraph("SKŁADKI", box_h),
                Paragraph("mikrofirma: 150 zł/mies.", box),
                Paragraph("mała i średnia firma: 400 zł/mies.", box),
                Paragraph("szkoły i uczelnie: bez składki", box),
            ]
        )
    )
    s.append(FrameBreak())
    # page 2, main column
    s.append(Paragraph("CZŁONKOSTWO", h))
    s.append(
        Paragraph(
            "Członkiem zwyczajnym może zostać każdy przedsiębiorca z branży metalowej lub automatyki, "
            "który prowadzi działalność w województwie opolskim. Szkoły, uczelnie i samorządy mogą "
            "przystąpić jako członkowie wspierający. Do końca 2025 r. chcemy przekroczyć 50 członków.",
            body,
        )
    )
    s.append(Paragraph("WSPÓŁPRACUJEMY Z KLASTRAMI", h))
    for partner in [
        "Kluczborskim Klastrem Kotłów i Urządzeń Grzewczych z Kluczborka – wspólne szkolenia "
        "z lutowania twardego; klaster koordynuje Kluczborska Izba Gospodarcza "
        "(www.kig-kluczbork.pl),",
        "Kłodzkim Klastrem Oprzyrządowania Technologicznego (Kłodzko, woj. dolnośląskie) – "
        "wymiana uczniów na praktykach,",
        "czeskim klastrem Jesenický strojírenský klastr (po polsku: Jesionicki Klaster Maszynowy) "
        "z Jesionika – wspólny projekt Interreg „Spawamy bez granic” (2022–2024).",
    ]:
        s.append(Paragraph(partner, bullet, bulletText="•"))
    s.append(Paragraph("JAK DO NAS DOŁĄCZYĆ?", h))
    for step in [
        "1. Wypełnij deklarację członkowską (do pobrania na naszej stronie).",
        "2. Uzyskaj rekomendację dwóch członków klastra.",
        "3. Zarząd podejmuje uchwałę o przyjęciu w ciągu 30 dni.",
    ]:
        s.append(Paragraph(step, body))
    s.append(FrameBreak())
    # page 2, side column
    s.append(
        side_box(
            [
                Paragraph("KONTAKT", box_h),
                Paragraph("Stowarzyszenie Nyski Klaster Metalu i Automatyki", box),
                Paragraph("Biuro klastra: ul. Kolejowa 15, 48-300 Nysa", box),
                Paragraph("tel. 77 448 21 90", box),
                Paragraph("biuro@nkmia.org.pl", box),
                Paragraph("www.nkmia.org.pl", box),
                Paragraph(
                    "Punkt konsultacyjny w Głuchołazach: ul. Powstańców 3 (czwartki 10–14)", box
                ),
                Paragraph("Prezes zarządu: Bogdan Wierzbicki", box),
            ]
        )
    )
    s.append(Spacer(1, 10))
    s.append(
        side_box(
            [
                Paragraph("WALNE ZEBRANIE 2024", box_h),
                Paragraph("18 czerwca, godz. 11.00, zamek w Otmuchowie", box),
            ]
        )
    )
    s.append(Spacer(1, 10))
    s.append(
        Paragraph(
            "Opracowanie graficzne: Studio Kreska, Opole – www.studiokreska-opole.pl. Nakład: 1 500 egz. "
            "Ulotkę sfinansowano ze składek członkowskich.",
            box,
        )
    )
    doc.build(s)
    return buf.getvalue()


# --------------------------------------------------------------------------------------
# f04 – press digest, four news items (mazowieckie, świętokrzyskie)
# --------------------------------------------------------------------------------------

F04_NAME = "f04_przeglad_prasy_klastry_mazowsze_swietokrzyskie.txt"

F04_TEXT = """
|PRZEGLĄD PRASY REGIONALNEJ – KLASTRY I WSPÓŁPRACA GOSPODARCZA
|Nr 15/2024 (8–12 kwietnia 2024 r.)
|Opracowanie: Dział Analiz Fundacji Rozwoju Przedsiębiorczości Regionów, Warszawa

W tym tygodniu: 4 materiały (3 o wydźwięku pozytywnym, 1 neutralny).

|======================================================================

|[1] Mławskie firmy foliowe stawiają na wspólne szkolenia
|Źródło: „Kurier Północnego Mazowsza”, 8.04.2024, s. 3
|Autor: Joanna Kęsik
|Wydźwięk: pozytywny

Mławski Klaster Opakowań Giętkich podpisał w poniedziałek porozumienie z Zespołem Szkół Zawodowych nr 2 w Mławie. Od września w szkole ruszy klasa o profilu operator maszyn do produkcji opakowań.

– Brakuje nam ludzi do obsługi linii do druku fleksograficznego. Tylko w tym roku nasze firmy szukają 140 pracowników – mówi Radosław Pęcak, prezes Mławskiej Izby Przemysłowo-Handlowej, która koordynuje klaster. Biuro klastra mieści się w siedzibie izby przy ul. Płockiej 21 w Mławie.

Porozumienie klastrowe zawarto w 2017 r.; do 2020 r. inicjatywa działała pod nazwą Klaster Folii i Opakowań Mława. Dziś klaster skupia 27 przedsiębiorstw z powiatów mławskiego, żuromińskiego i działdowskiego, w tym 9 z samej Mławy. Firmy zatrudniają łącznie ok. 3 800 osób, a w 2023 r. wspólnie kupiły 12 tys. ton granulatu polietylenu.

|----------------------------------------------------------------------

|[2] Pińczowski kamień od dekady w klastrze
|Źródło: „Tygodnik Nadnidziański”, 10.04.2024, s. 7
|Autor: (mk)
|Wydźwięk: pozytywny

W kwietniu 2014 r. 11 zakładów kamieniarskich podpisało w Pińczowie porozumienie o utworzeniu Pińczowskiego Klastra Kamienia Budowlanego. Dziś klaster liczy 18 członków – 15 zakładów kamieniarskich, dwie szkoły i gminę Pińczów. Od początku koordynuje go Fundacja Rozwoju Rzemiosła Ponidzia z siedzibą w Pińczowie.

Jubileuszową galę zorganizowano w sobotę w pałacu w Chrobrzu. Złożono na niej 46 ofert współpracy, a zakłady członkowskie pochwaliły się wydobyciem 31 tys. ton wapienia pińczowskiego w ubiegłym roku.

Na gali byli obecni przedstawiciele zaprzyjaźnionego Stowarzyszenia „Klaster Konserwatorów Zabytków Ziemi Świętokrzyskiej” z Kielc, z którym pińczowianie od 2021 r. wspólnie realizują zlecenia przy renowacji kościołów. Kielecki klaster działa jako stowarzyszenie od 2018 r., sam prowadzi swoje sprawy i zrzesza ok. 15 pracowni konserwatorskich.

|----------------------------------------------------------------------

|[3] Ptasia grypa: klaster ognisk pod Żurominem
|Źródło: „Gazeta Nadwkrzańska”, 11.04.2024, s. 1
|Autor: Anna Ziółek
|Wydźwięk: neutralny

Powiatowy Lekarz Weterynarii w Żurominie potwierdził trzy kolejne ogniska wysoce zjadliwej grypy ptaków. Wszystkie fermy leżą w promieniu 6 km od siebie, dlatego służby mówią o klastrze ognisk. Łącznie wybito już 410 tys. kur, a strefą zapowietrzoną objęto 14 miejscowości. Hodowcy zrzeszeni w grupie producenckiej szacują straty na ponad 20 mln zł.

|----------------------------------------------------------------------

|[4] Agroturystyki znad Liwca łączą siły
|Źródło: „Wieści Węgrowskie”, 12.04.2024, s. 2
|Autor: Paweł Grądzki
|Wydźwięk: pozytywny

W czwartek w Węgrowie przedstawiciele gmin Węgrów i Liw, ośmiu gospodarstw agroturystycznych, wypożyczalni kajaków oraz muzeum regionalnego podpisali porozumienie o utworzeniu Klastra Agroturystycznego „Nadliwiecka Kraina”. Koordynatorem została Węgrowska Agencja Rozwoju Lokalnego sp. z o.o., w której siedzibie przy ul. Rynkowej 4 w Węgrowie będzie działać biuro klastra.

Na razie klaster tworzy więc 12 podmiotów; do końca roku ma ich być ok. 30. Jak zapowiadają założyciele, celem klastra jest wytyczenie i oznakowanie 120 km tras rowerowych wzdłuż Liwca, wspólna rezerwacja noclegów przez internet oraz promocja regionu na targach turystycznych. Pierwszy wspólny piknik zaplanowano na 1 czerwca na zamku w Liwie. Informacje o klastrze będą publikowane na stronie www.nadliwiecka-kraina.pl, która ruszy w maju.

|======================================================================

Następny przegląd: 19 kwietnia 2024 r. Uwagi prosimy kierować na adres prasa@frpr.example.pl.
"""


# --------------------------------------------------------------------------------------
# f05 – university report extract, pdftotext-like text (kujawsko-pomorskie)
# --------------------------------------------------------------------------------------

F05_NAME = "f05_sprawozdanie_uczelni_udzial_w_klastrach_inowroclaw.txt"

F05_PAGE_1 = """
6. WSPÓŁPRACA Z OTOCZENIEM SPOŁECZNO-GOSPODARCZYM

6.1. Praktyki zawodowe

W roku akademickim 2022/2023 praktyki zawodowe odbyło 412 studentów w 187 zakładach pra~cy, z czego 96 zakładów ma siedzibę w powiecie inowrocławskim. Uczelnia zawarła 23 nowe porozumienia o organizacji praktyk, a 11 zakładów przyjęło praktykantów po raz pierwszy.

6.2. Prace dyplomowe realizowane na zlecenie przedsiębiorstw

W 2023 r. obroniono 58 prac inżynierskich przygotowanych na podstawie zleceń firm, w tym 21 w ramach współpracy klastrowej (zob. pkt 6.3). Łączna wartość umów na prace zlecone wy~niosła 186 400 zł.

6.3. Udział Uczelni w klastrach

Uczelnia jest członkiem pięciu klastrów; w żadnym z nich nie pełni funkcji koordynatora. Człon~kostwo w klastrach służy przede wszystkim pozyskiwaniu tematów prac dyplomowych, organi~zacji praktyk oraz przygotowywaniu wspólnych projektów badawczych. W 2023 r. w działa~niach klastrowych uczestniczyło 14 nauczycieli akademickich i 63 studentów; łączne składki członkowskie Uczelni wyniosły 9 600 zł. Zestawienie zawiera tabela 6.4.

|Tabela 6.4. Klastry, których członkiem jest Uczelnia (stan na 31 grudnia 2023 r.)
|
|Lp. Nazwa klastra                     Koordynator                         Członek     Składka
|                                                                          od roku     roczna (zł)
|1.  Solecki Klaster Tworzyw           Centrum Zaawansowanych              2019        2 400
|    Biodegradowalnych                 Materiałów sp. z o.o.
|2.  Krajeński Klaster Przetwór-       Krajeńska Spółdzielnia              2021        1 200
|    stwa Rzepaku                      Producentów Rzepaku
|3.  Klaster Hydrotechniki             Fundacja Drogi Wodne Kujaw          2020        1 800
|    i Żeglugi „Dolna Wisła”
|4.  Inowrocławski Klaster Napędów     – (stowarzyszenie)                  2017        3 000
|    i Sterowań
|5.  Klaster Logistyczny               Terminal Kujawy sp. z o.o.          2018        1 200
|    „Kujawski Węzeł”
|    RAZEM                                                                             9 600

Źródło: Dział Współpracy z Otoczeniem Gospodarczym.
"""

F05_PAGE_2 = """
6.3.1. Solecki Klaster Tworzyw Biodegradowalnych (SKTB)

Klaster działa od 2018 r. na podstawie porozumienia klastrowego; jego koordynatorem jest Centrum Zaawansowanych Materiałów sp. z o.o., a biuro klastra mieści się w Solcu Kujaw~skim. Według stanu na koniec 2023 r. klaster skupia 19 przedsiębiorstw, dwie uczelnie (w tym naszą) oraz Gminę Solec Kujawski. Cele klastra określone w porozumieniu to opra~cowanie biodegradowalnych opakowań dla przemysłu spożywczego, wspólne badania kompo~stowalności tworzyw oraz przygotowanie firm członkowskich do wymogów rozporządzenia UE w sprawie opakowań. Pracownicy Katedry Inżynierii Materiałowej wykonali w 2023 r. dla członków klastra 37 zleconych badań. Strona klastra: www.sktb.pl.

6.3.2. Krajeński Klaster Przetwórstwa Rzepaku

Do Krajeńskiego Klastra Przetwórstwa Rzepaku Uczelnia przystąpiła w 2021 r. Klaster, za~wiązany porozumieniem w 2016 r., koordynuje Krajeńska Spółdzielnia Producentów Rze~paku z siedzibą w Więcborku. Klaster liczy 26 członków, w tym trzy jednostki naukowe. Członkowie prowadzą uprawy na ok. 14 tys. ha, a tłocznia w Sępólnie Krajeńskim przerabia rocznie 42 tys. ton nasion. Studenci kierunku inżynieria rolnicza odbyli w gospodarstwach członków 19 praktyk.

6.3.3. Klaster Hydrotechniki i Żeglugi „Dolna Wisła”

W Klastrze Hydrotechniki i Żeglugi „Dolna Wisła” Uczelnia uczestniczy od 2020 r., tj. od podpisania umowy konsorcjum, którą poprzedził list intencyjny z 2019 r. Koordynatorem jest Fundacja Drogi Wodne Kujaw z siedzibą w Toruniu, natomiast biuro klastra działa w Nieszawie. Klaster „Dolna Wisła” zrzesza ponad 40 podmiotów – firmy budownictwa hydro~technicznego, armatorów, samorządy nadwiślańskie i uczelnie. W 2023 r. nasi pracownicy przygotowali dla klastra ekspertyzę dotyczącą przystani w Ciechocinku. Strona klastra: www.dolnawisla-klaster.pl.
"""

F05_PAGE_3 = """
6.3.4. Inowrocławski Klaster Napędów i Sterowań (IKNiS)

Inowrocławski Klaster Napędów i Sterowań powstał w 2014 r. jako porozumienie 12 firm; w 2017 r. jego członkowie założyli Stowarzyszenie „Inowrocławski Klaster Napędów i Stero~wań” z siedzibą w Inowrocławiu, które samo prowadzi sprawy klastra. Uczelnia jest członkiem stowarzyszenia od 2017 r., a Prorektor ds. współpracy, dr inż. Marek Ostaszewski, pełni funkcję wiceprezesa zarządu. Stowarzyszenie liczy 31 członków: 24 firmy, 3 szkoły ponadpodstawowe, Uczelnię, Miasto Inowrocław, Powiat Inowrocławski oraz Inowrocławską Izbę Gospodarczą. Celami statutowymi stowarzyszenia są:

|a) rozwój kompetencji w zakresie napędów elektrycznych i sterowania procesami w przed-
|   siębiorstwach regionu,
|b) współpraca szkół i uczelni z pracodawcami w kształceniu kadr technicznych,
|c) promocja Inowrocławia jako miejsca inwestycji przemysłowych.

W 2023 r. w ramach klastra uruchomiono wspólne laboratorium sterowników PLC w budynku Uczelni przy ul. Kasprowicza 29. Strona stowarzyszenia: www.iknis.org.pl.

6.3.5. Klaster Logistyczny „Kujawski Węzeł”

Klaster Logistyczny „Kujawski Węzeł” działa od 2013 r. na podstawie porozumienia; koordy~nuje go Terminal Kujawy sp. z o.o. z siedzibą w Bydgoszczy. Klaster skupia ok. 35 firm transportowych, spedycyjnych i magazynowych z Bydgoszczy, Inowrocławia i Torunia. Z uwagi na niewielkie zainteresowanie studentów praktykami w firmach klastra Senat uchwałą z 15 listopada 2023 r. zdecydował o wystąpieniu Uczelni z klastra; członkostwo wy~gasa z dniem 30 czerwca 2024 r.

6.3.6. Planowane przystąpienie do klastra

W 2024 r. Uczelnia złożyła deklarację przystąpienia do Klastra Ekoinnowacji Doliny Noteci, koordynowanego przez Gminę Nakło nad Notecią. Klaster działa od 2022 r. i liczy 17 członków; po przyjęciu Uczelni będzie ich 18.

Uczelnia jest ponadto członkiem Konsorcjum Uczelni Zawodowych Kujaw i Pomorza, które jest porozumieniem o współpracy dydaktycznej i – wbrew potocznym określeniom – nie jest klastrem.

6.4. Współpraca z samorządami

W 2023 r. Uczelnia zawarła 4 porozumienia z gminami powiatu inowrocławskiego, w tym z Gminą Kruszwica w sprawie badań wód jeziora Gopła.
"""


def make_f05() -> str:
    width = 94
    pages = [F05_PAGE_1, F05_PAGE_2, F05_PAGE_3]
    out: list[str] = []
    for number, text in enumerate(pages, start=41):
        header = "Wyższa Szkoła Inżynierii i Ekonomii w Inowrocławiu"
        header2 = "Sprawozdanie Rektora z działalności Uczelni w roku 2023"
        lines = [header, header2, ""]
        lines.extend(block(text, width))
        lines.append(f"{number:>{width}}")
        out.append("\n".join(lines))
    return "\f".join(out) + "\n"


# --------------------------------------------------------------------------------------
# f06 – county strategy diagnosis in ISO-8859-2 (lubuskie, dolnośląskie)
# --------------------------------------------------------------------------------------

F06_NAME = "f06_strategia_powiatu_wschowskiego_diagnoza_iso8859-2.txt"

F06_TEXT = """
STRATEGIA ROZWOJU POWIATU WSCHOWSKIEGO NA LATA 2024-2032

CZĘŚĆ I. DIAGNOZA SPOŁECZNO-GOSPODARCZA

(projekt do konsultacji społecznych, wersja z 15.02.2024 r.)

3. GOSPODARKA

3.1. Podmioty gospodarki narodowej

Według danych rejestru REGON na koniec 2022 r. w powiecie wschowskim zarejestrowanych było 3 912 podmiotów gospodarki narodowej, z czego 2 874 stanowiły osoby fizyczne prowadzące działalność gospodarczą. Wskaźnik przedsiębiorczości wyniósł 104 podmioty na 1 000 mieszkańców (województwo lubuskie: 119). Najwięcej podmiotów działało w gminie Wschowa (2 241), następnie w gminie Sława (1 205) i w gminie Szlichtyngowa (466).

3.2. Rynek pracy

Stopa bezrobocia rejestrowanego w powiecie wyniosła na koniec 2023 r. 4,1% (w województwie: 4,6%). Największymi pracodawcami są zakłady przetwórstwa przemysłowego we Wschowie oraz obiekty turystyczne nad Jeziorem Sławskim, które w sezonie letnim zatrudniają dodatkowo ok. 600 osób.

3.3. Typologia gmin

Na potrzeby diagnozy przeprowadzono analizę skupień (metoda k-średnich) wszystkich gmin województwa lubuskiego według 12 wskaźników społeczno-gospodarczych. Gminy Wschowa i Sława znalazły się w klastrze II ("gminy przemysłowo-turystyczne"), a gmina Szlichtyngowa w klastrze IV ("gminy rolnicze o niskiej dostępności usług"). Wyniki analizy wykorzystano przy określaniu celów strategicznych.

3.4. Współpraca gospodarcza i klastry

Przedsiębiorstwa, samorządy i instytucje z terenu powiatu uczestniczą w czterech inicjatywach klastrowych, z których trzy mają siedzibę na terenie powiatu. Dla porównania: według danych Urzędu Marszałkowskiego Województwa Lubuskiego w województwie działa 21 klastrów, zrzeszających łącznie ok. 640 podmiotów.

Wschowski Klaster Energetyczny (WKE) został utworzony w 2019 r. porozumieniem podpisanym przez 9 podmiotów; jego koordynatorem jest Gmina Wschowa. W 2020 r. klaster otrzymał certyfikat klastra energii. Obecnie WKE liczy 16 członków: Gminę Wschowa, Gminę Szlichtyngowa, Powiat Wschowski, 8 przedsiębiorstw, 2 szkoły, szpital, spółdzielnię mieszkaniową i parafię. Łączna moc instalacji OZE członków wynosi 7,3 MW; planowana jest budowa biogazowni rolniczej w Łysinach o mocy 1 MW. Celami klastra są poprawa bezpieczeństwa energetycznego gmin, obniżenie kosztów energii ponoszonych przez członków oraz ograniczenie niskiej emisji.

Rozwój turystyki wokół Jeziora Sławskiego wspiera Klaster Wypoczynku Pojezierza Sławskiego (KWPS). Klaster działa od 2016 r. na podstawie umowy o współpracy, a koordynuje go Lokalna Organizacja Turystyczna Ziemi Sławskiej z siedzibą w Sławie. Klaster zrzesza ok. 40 podmiotów, w tym 26 obiektów noclegowych, przystanie żeglarskie, lokale gastronomiczne oraz gminy Sława i Przemęt. W sezonie 2023 obiekty członkowskie udzieliły ok. 212 tys. noclegów. Zgromadzenie partnerów klastra odbywa się corocznie w Lginiu. Strona klastra: www.pojezierze-slawskie.pl.

W branży drzewnej działa Stowarzyszenie "Szlichtyngowski Klaster Stolarki Drewnianej" z siedzibą w Szlichtyngowej. Stowarzyszenie powstało w 2018 r.; wcześniej, od 2011 r., stolarze z gminy współpracowali nieformalnie w ramach cechu. Stowarzyszenie samo prowadzi sprawy klastra i liczy 23 członków, w tym 19 zakładów stolarskich, które zatrudniają łącznie 310 osób. Statutowe cele stowarzyszenia to wspólne zamówienia drewna i materiałów, wspólna marka "Stolarka z Ziemi Wschowskiej" oraz kształcenie uczniów w zawodzie stolarza.

Cztery przedsiębiorstwa z powiatu (trzy ze Wschowy i jedno ze Sławy) należą do Głogowskiego Klastra Miedzi i Metali Wtórnych z siedzibą w Głogowie (województwo dolnośląskie). Klaster, działający od 2015 r. i koordynowany przez Fundację Odzysku Metali Nieżelaznych, liczy łącznie 52 członków.

Tabela 12. Udział podmiotów z powiatu w klastrach (stan na 31.12.2023 r.)

|Klaster                                        Podmioty z powiatu
|Wschowski Klaster Energetyczny                 16
|Klaster Wypoczynku Pojezierza Sławskiego       33
|Szlichtyngowski Klaster Stolarki Drewnianej    23
|Głogowski Klaster Miedzi i Metali Wtórnych      4
|Razem                                          76

Źródło: opracowanie własne na podstawie danych koordynatorów.

3.5. Wnioski z diagnozy

Mocną stroną powiatu jest aktywność klastrów, słabą - niewielka liczba firm innowacyjnych. W strategii przyjęto wskaźnik "liczba podmiotów z powiatu uczestniczących w klastrach": wartość bazowa 76 (2023 r.), wartość docelowa 100 (2032 r.). Planuje się również wsparcie utworzenia klastra rolno-spożywczego w gminie Szlichtyngowa.
"""


def make_f06() -> bytes:
    text = "\n".join(block(F06_TEXT, 90))
    return text.encode("iso-8859-2")


# --------------------------------------------------------------------------------------


def main() -> None:
    (HERE / F01_NAME).write_bytes(make_f01())
    (HERE / F02_NAME).write_text(F02_HTML, encoding="utf-8", newline="\n")
    (HERE / F03_NAME).write_bytes(make_f03())
    f04 = "\n".join(block(F04_TEXT, 78))
    (HERE / F04_NAME).write_text(f04, encoding="utf-8", newline="\n")
    (HERE / F05_NAME).write_text(make_f05(), encoding="utf-8", newline="\n")
    (HERE / F06_NAME).write_bytes(make_f06())


if __name__ == "__main__":
    main()
