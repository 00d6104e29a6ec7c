# ruff: noqa: E501
"""Write the six documents of the heldout16 evaluation set.

Run from the repository root:

    .venv/bin/python tests/cases/heldout16/make_documents.py

All text lives in this file. The output is byte-for-byte deterministic
(reportlab invariant mode, fixed DOCX core properties and zip timestamps).
Every cluster, organisation, person, address, phone number, website, KRS number
and figure is invented; towns, gminas, powiats and voivodeships are real.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

VOWELS = set("aąeęioóuyAĄEĘIOÓUY")


# ---------------------------------------------------------------------------
# helpers for "pdftotext -layout" style text
# ---------------------------------------------------------------------------


def _split_point(word: str, room: int) -> int:
    """Return a syllable-like split position of *word* that fits *room*, or 0."""
    digraphs = {"rz", "sz", "cz", "ch", "dz", "dż", "dź"}
    best = 0
    for k in range(3, len(word) - 2):
        if k > room:
            break
        a, b, c = word[k - 1], word[k], word[k + 1]
        d = word[k + 2] if k + 2 < len(word) else ""
        v_cv = (
            a in VOWELS and b not in VOWELS and (c in VOWELS or (b + c in digraphs and d in VOWELS))
        )
        vc_cv = (
            word[k - 2] in VOWELS
            and a not in VOWELS
            and b not in VOWELS
            and c in VOWELS
            and word[k - 2 : k] not in digraphs
            and a + b not in digraphs
        )
        if v_cv or vc_cv:
            best = k
    return best


def wrap(text: str, width: int, first: str = "", rest: str = "") -> list[str]:
    """Wrap a paragraph, hyphenating long words at line ends as a PDF would."""
    lines: list[str] = []
    cur = first
    fresh = True
    for word in text.split():
        cand = cur + word if fresh else cur + " " + word
        if len(cand) <= width:
            cur, fresh = cand, False
            continue
        room = width - len(cur) - (0 if fresh else 1) - 1
        if word.isalpha() and len(word) >= 8 and room >= 3:
            k = _split_point(word, room)
            if k:
                lines.append((cur if fresh else cur + " ") + word[:k] + "-")
                cur, fresh = rest + word[k:], False
                continue
        lines.append(cur)
        cur, fresh = rest + word, False
    lines.append(cur)
    return lines


def layout_blocks(source: str, width: int) -> list[list[str]]:
    """Turn marked-up source text into blocks of lines.

    Blocks are separated by blank lines. A block starting with ``@pre`` is kept
    verbatim (tables, boxes); other blocks are paragraphs or lists whose items
    start with a bullet, a dash or an enumerator such as ``1)``/``a)``.
    """
    blocks: list[list[str]] = []
    for raw in source.strip("\n").split("\n\n"):
        if raw.startswith("@pre\n"):
            blocks.append(raw[5:].split("\n"))
            continue
        out: list[str] = []
        for item in raw.split("\n"):
            marker = item.split(" ", 1)[0]
            if marker in {"•", "–", "-"} or (
                len(marker) <= 3 and marker.endswith(")") and marker[:-1].isalnum()
            ):
                pad = " " * (len(marker) + 3)
                body = item[len(marker) :].strip()
                out.extend(wrap(body, width, first="  " + marker + " ", rest=pad))
            else:
                out.extend(wrap(item, width))
        blocks.append(out)
    return blocks


def paginate(blocks, per_page, header, footer, first_page):
    """Lay blocks out on pages joined with form feeds; tables are kept together."""
    pages: list[list[str]] = [[]]
    for block in blocks:
        keep = block and block[0].startswith("  ") and "  " in block[0].strip()
        body = pages[-1]
        need = len(block) + (1 if body else 0)
        if keep and len(body) + need > per_page and body:
            pages.append([])
            body = pages[-1]
        if body:
            if len(body) + 1 >= per_page:
                pages.append([])
                body = pages[-1]
            else:
                body.append("")
        for line in block:
            if len(body) >= per_page:
                pages.append([])
                body = pages[-1]
            body.append(line)
    out = []
    for i, body in enumerate(pages):
        no = first_page + i
        lines = [header(no), "", *body]
        lines += [""] * (per_page - len(body) + 1)
        lines.append(footer(no))
        out.append("\n".join(line.rstrip() for line in lines) + "\n")
    return "\f".join(out)


# ---------------------------------------------------------------------------
# x01 – chapter of a regional cluster report (pdftotext text), warmińsko-mazurskie
# ---------------------------------------------------------------------------

X01_SOURCE = """\
4. PROFILE KLASTRÓW DZIAŁAJĄCYCH W REGIONIE

4.0. Zakres i źródła danych

Rozdział przedstawia profile klastrów, które wzięły udział w badaniu ankietowym przeprowadzonym przez Obserwatorium w okresie od marca do maja 2024 r. Spośród 11 inicjatyw klastrowych zidentyfikowanych w województwie warmińsko-mazurskim ankietę wypełniło 9, a zgodę na publikację danych jednostkowych wyraziło 6 z nich. Łącznie zidentyfikowane inicjatywy skupiają ok. 260 podmiotów, z czego ponad 190 to mikro-, małe i średnie przedsiębiorstwa; w firmach członkowskich pracuje blisko 9 tys. osób. Dane o liczbie członków podano według stanu na 31 grudnia 2023 r., a tam, gdzie koordynator nie prowadził ewidencji – według jego szacunku.

Profile uporządkowano według roku powstania klastra. Każdy z nich obejmuje informacje o siedzibie, podmiocie koordynującym, formie współpracy, liczbie i strukturze członków oraz o celach, które klaster wskazał w dokumentach założycielskich lub w swojej strategii. Pozostałe inicjatywy omówiono zbiorczo w podrozdziale 4.8.

Tabela 4.1. Podstawowe dane o klastrach (stan na 31.12.2023 r.)

@pre
  Lp.  Nazwa klastra                     Siedziba       Forma współpracy    Rok         Liczba
                                         (biuro)                            powstania   członków
  1    Elbląski Klaster Obróbki          Elbląg         stowarzyszenie      2013        38
       Skrawaniem i Narzędzi
  2    Klaster Stolarki Budowlanej       Nidzica        porozumienie        2015        ok. 30
       Ziemi Nidzickiej
  3    Olsztyński Klaster Przemysłu      Olsztyn        spółka z o.o.       2016        ponad 40
       Gumowego
  4    Klaster Turystyki Kajakowej       Piecki         porozumienie        2017        35
       „Krutynia”
  5    Klaster Energii „Pasłęka”         Braniewo       porozumienie        2018        14
  6    Klaster Żywności Ekologicznej     Olsztyn        porozumienie        2020        50
       „Zielone Mazury”
       Razem                                                                            ok. 207

@pre
  Źródło: opracowanie własne na podstawie ankiet (n = 6).

4.1. Elbląski Klaster Obróbki Skrawaniem i Narzędzi

Elbląski Klaster Obróbki Skrawaniem i Narzędzi (EKOSiN) jest najstarszym z badanych klastrów przemysłowych regionu. Jego początki sięgają 2013 r., kiedy to 11 elbląskich firm z branży metalowej podpisało porozumienie o współpracy w zakresie wspólnych zakupów narzędzi skrawających i szkolenia operatorów obrabiarek CNC. W 2016 r. uczestnicy porozumienia założyli Stowarzyszenie „Elbląski Klaster Obróbki Skrawaniem i Narzędzi”, wpisane do Krajowego Rejestru Sądowego pod numerem 0000628415, które od tego czasu samodzielnie prowadzi sprawy klastra. Stowarzyszenie jest zatem jednocześnie formą prawną klastra i podmiotem nim zarządzającym; funkcję dyrektora biura pełni Marek Zawadzki. Biuro mieści się w Elblągu przy ul. Warszawskiej 127.

Według stanu na koniec 2023 r. stowarzyszenie skupia 38 członków, w tym 29 przedsiębiorstw (z czego 17 ma siedzibę w Elblągu, a pozostałe w Pasłęku, Tolkmicku, Braniewie i w gminie Elbląg), 4 szkoły branżowe, 3 instytucje otoczenia biznesu oraz 2 jednostki samorządu terytorialnego. Firmy członkowskie zatrudniają łącznie ok. 2 150 osób, a ich przychody ze sprzedaży wyniosły w 2023 r. ponad 610 mln zł. W 2022 r. klaster przeszedł zewnętrzną ocenę jakości zarządzania i otrzymał srebrną etykietę, ważną do 2025 r.

Zgodnie ze statutem celami stowarzyszenia są:
• wspieranie rozwoju i konkurencyjności przedsiębiorstw branży obróbki metali z subregionu elbląskiego,
• inicjowanie wspólnych projektów badawczo-rozwojowych członków i uczelni technicznych,
• kształcenie kadr dla przemysłu we współpracy ze szkołami branżowymi,
• promocja oferty członków na rynkach zagranicznych.

Cele te stowarzyszenie realizuje w szczególności poprzez prowadzenie wspólnego laboratorium metrologicznego, organizację misji gospodarczych i udział w targach (w 2023 r. członkowie klastra wystawiali się wspólnie na targach obrabiarek w Poznaniu i w Stuttgarcie) oraz coroczne walne zebranie, które w ostatnich latach odbywało się w Tolkmicku. Informacje o klastrze publikowane są na stronie www.ekosin.pl.

4.2. Klaster Stolarki Budowlanej Ziemi Nidzickiej

Klaster działa od 2015 r. na podstawie umowy o współpracy zawartej przez zakłady stolarskie z południowej części województwa. Podmiotem koordynującym jest Izba Rzemieślniczo-Przemysłowa Południowej Warmii z siedzibą w Nidzicy, która prowadzi sekretariat klastra i reprezentuje go wobec instytucji publicznych. Klaster nie ma odrębnej osobowości prawnej.

Według informacji koordynatora klaster zrzesza ok. 30 zakładów stolarskich i firm montażowych z powiatów nidzickiego, działdowskiego i szczycieńskiego; 11 z nich eksportuje okna i drzwi do Niemiec i krajów skandynawskich. Zakłady członkowskie zatrudniają ok. 640 pracowników. Coroczne spotkanie członków odbywa się w Olsztynku, a wspólne szkolenia – w warsztatach szkolnych w Działdowie.

Koordynator wskazał następujące cele klastra:
a) wspólne zakupy drewna klejonego i okuć,
b) przygotowanie członków do certyfikacji wyrobów na rynki skandynawskie,
c) utworzenie klasy patronackiej o profilu stolarz w szkole branżowej w Nidzicy.

Klaster nie prowadzi własnej strony internetowej; informacje o jego działalności zamieszcza koordynator na stronie izby (www.irp-warmia.pl).

4.3. Olsztyński Klaster Przemysłu Gumowego

Olsztyński Klaster Przemysłu Gumowego (OKPG) wyrósł z porozumienia o współpracy zawartego w 2016 r. przez siedem firm zaopatrujących olsztyńskie zakłady produkcji opon. W październiku 2019 r. uczestnicy porozumienia powołali spółkę Olsztyński Klaster Przemysłu Gumowego sp. z o.o., która przejęła zarządzanie klastrem i jest obecnie jego formą prawną; udziałowcami spółki jest 12 członków klastra. Spółka ma siedzibę w Olsztynie, w budynku parku przemysłowego przy ul. Lubelskiej.

Klaster skupia ponad 40 podmiotów – zakłady przetwórstwa gumy i tworzyw sztucznych, producentów form i oprzyrządowania, firmy logistyczne oraz dwie szkoły techniczne. Partnerem naukowym klastra, który nie jest jego członkiem, pozostaje Instytut Technologii Elastomerów w Olsztynie. Wspólnie realizowany projekt „ReTyre” (2022–2025) ma budżet 7,8 mln zł, a jego celem jest opracowanie technologii dewulkanizacji gumy z zużytych opon. Do 2026 r. liczba członków klastra ma wzrosnąć do 55.

Strategia klastra na lata 2021–2027 wskazuje trzy cele:
1) obniżenie śladu węglowego produkcji wyrobów gumowych o 30% do 2027 r.,
2) rozwój recyklingu zużytych opon i odpadów poprodukcyjnych,
3) przyciąganie do regionu inwestycji dostawców komponentów.

Strona internetowa klastra: www.okpg.com.pl.

4.4. Klaster Turystyki Kajakowej „Krutynia”

Klaster Turystyki Kajakowej „Krutynia” funkcjonuje od 2017 r. na podstawie porozumienia partnerskiego, zawartego pierwotnie pod nazwą „Mazurski Szlak Kajakowy”; obecną nazwę partnerzy przyjęli w marcu 2021 r. Koordynatorem klastra jest Fundacja Rozwoju Turystyki „Mazurska Przystań” z siedzibą w Mrągowie. Biuro klastra oraz sezonowy punkt informacji turystycznej działają natomiast w Pieckach.

Do klastra należy obecnie 23 właścicieli kwater i ośrodków wypoczynkowych, 9 wypożyczalni sprzętu wodnego, gminy Piecki i Ruciane-Nida oraz Stowarzyszenie Przewodników Puszczy Piskiej. W sezonie 2023 partnerzy klastra obsłużyli ok. 46 tys. kajakarzy, a liczba udzielonych noclegów przekroczyła 71 tys.

Celem klastra jest wydłużenie sezonu turystycznego na szlaku Krutyni, wspólna promocja oferty partnerów na targach krajowych i zagranicznych oraz ochrona walorów przyrodniczych doliny rzeki przez ograniczanie ruchu łodzi motorowych. W 2023 r. „Krutynia” prezentowała się na targach turystycznych w Berlinie i w Warszawie, a spotkanie podsumowujące sezon odbyło się w Mikołajkach.

Klaster prowadzi stronę www.krutynia-klaster.pl; fundacja koordynująca ma własną stronę www.mazurskaprzystan.org.pl.

4.5. Klaster Energii „Pasłęka”

Klaster energii „Pasłęka” zawiązano porozumieniem z 12 marca 2018 r., podpisanym przez 9 podmiotów z powiatu braniewskiego. W 2019 r. inicjatywa otrzymała certyfikat pilotażowego klastra energii, a w 2022 r. do porozumienia przystąpiły kolejne podmioty – obecnie ma ono 14 stron, wśród nich trzy gminy, dwie spółdzielnie mieszkaniowe i szpital powiatowy. Koordynatorem jest spółka komunalna Braniewskie Ciepło i Energia sp. z o.o. z siedzibą w Braniewie, która prowadzi też rejestr wytwórców energii w klastrze.

Łączna moc zainstalowana źródeł odnawialnych członków klastra wynosi 21,4 MW, a ich roczne zużycie energii elektrycznej – ok. 48 GWh. Posiedzenia rady klastra odbywają się rotacyjnie, najczęściej we Fromborku i w Pieniężnie.

Celem klastra, określonym w § 2 porozumienia, jest zwiększenie samowystarczalności energetycznej powiatu braniewskiego do 2030 r.

4.6. Klaster Żywności Ekologicznej „Zielone Mazury”

Najmłodszy z opisanych klastrów powstał w 2020 r. na mocy porozumienia klastrowego, poprzedzonego rokiem przygotowań: w 2019 r. w Kętrzynie 12 producentów podpisało list intencyjny w sprawie jego utworzenia. Koordynatorem klastra jest Spółdzielnia Producentów Ekologicznych „Ekomaz” z siedzibą w Olsztynie.

Klaster „Zielone Mazury” tworzy 41 gospodarstw ekologicznych, 6 przetwórni, 2 sklepy z żywnością ekologiczną oraz spółdzielnia socjalna z Biskupca. Gospodarstwa członkowskie uprawiają łącznie ok. 3 900 ha użytków rolnych z certyfikatem rolnictwa ekologicznego.

Cele klastra określone w porozumieniu to:
– zwiększenie udziału żywności ekologicznej w zamówieniach publicznych szkół i szpitali regionu,
– wspólne przetwórstwo i znakowanie produktów wspólną marką,
– skrócenie łańcuchów dostaw do odbiorców w Trójmieście i Warszawie.

Sklep internetowy i informacje o klastrze: www.zielonemazury.eko.pl.

4.7. Współpraca między klastrami

Klastry regionu współpracują przede wszystkim w ramach Forum Klastrów Warmii i Mazur, które nie jest klastrem, lecz nieformalną platformą spotkań koordynatorów, zwoływaną przez Obserwatorium dwa razy w roku. W 2023 r. forum spotkało się w Ostródzie i w Giżycku. Klastry EKOSiN i OKPG realizują wspólny program staży dla uczniów szkół technicznych, a „Krutynia” i „Zielone Mazury” – pakiety turystyki kulinarnej.

W badaniu pytano też o dostęp do infrastruktury badawczej. Kilku respondentów wskazało klaster obliczeniowy „Łyna”, uruchomiony w 2023 r. w Wojewódzkim Centrum Przetwarzania Danych w Olsztynie. Jest to zespół serwerów udostępniany firmom do symulacji i obliczeń inżynierskich, a nie klaster w rozumieniu polityki gospodarczej, dlatego nie został ujęty w zestawieniach.

4.8. Pozostałe inicjatywy

Spośród pięciu inicjatyw nieopisanych w profilach dwie nie wyraziły zgody na publikację danych. Trzecia – Klaster Agrobiomasy Pojezierza Iławskiego – jest na etapie listu intencyjnego, podpisanego w listopadzie 2023 r. przez 8 podmiotów; inicjatywa nie ma jeszcze koordynatora ani porozumienia, dlatego nie uwzględniono jej w tabeli 4.1. Dwie ostatnie to grupy producentów rolnych, które w badaniu wstępnie zakwalifikowano jako inicjatywy klastrowe, lecz same nie określają się jako klastry.

@pre
  ┌───────────────────────────────────────────────────────────────────────────────┐
  │ NAJWAŻNIEJSZE WNIOSKI                                                         │
  │ • Sześć opisanych klastrów skupia ok. 207 członków, w tym ok. 150 firm.       │
  │ • Dominującą formą współpracy pozostaje porozumienie (4 z 6 klastrów).        │
  │ • Tylko dwa klastry mają osobowość prawną: stowarzyszenie i spółkę z o.o.     │
  │ • Zatrudnienie w firmach członkowskich opisanych klastrów: ok. 3 900 osób.    │
  └───────────────────────────────────────────────────────────────────────────────┘
"""


def make_x01() -> bytes:
    blocks = layout_blocks(X01_SOURCE, 92)

    def header(no: int) -> str:
        if no % 2 == 0:
            return f"{no}                      Klastry i inicjatywy klastrowe w województwie warmińsko-mazurskim 2024"
        return f"Rozdział 4. Profile klastrów{' ' * 62}{no}"

    def footer(no: int) -> str:
        return (
            "          Obserwatorium Przedsiębiorczości i Innowacji Warmii i Mazur · Olsztyn 2024"
        )

    return paginate(blocks, 48, header, footer, 41).encode("utf-8")


# ---------------------------------------------------------------------------
# x02 – information paper with a broken text layer, świętokrzyskie
# ---------------------------------------------------------------------------

X02_CLEAN = """\
Informacja o klastrach
w województwie świętokrzyskim
Materiał na posiedzenie Regionalnej Rady
ds. Innowacji, Kielce, 18 września 2024 r.
Opracowanie: Świętokrzyskie Biuro Obsługi
Inwestorów i Klastrów
@@
1. Klastry w regionie – dane ogólne

• W województwie działa 12 inicjatyw
klastrowych
• łącznie ponad 400 podmiotów, w tym
ok. 310 przedsiębiorstw
• 5 klastrów ma osobowość prawną
(stowarzyszenie lub spółka)
• 3 klastry energii z certyfikatem
(2019–2021)

Świętokrzyska Sieć Punktów Konsultacyjnych
nie jest klastrem – to 14 punktów doradczych
prowadzonych przez samorząd województwa.
@@
2. Wybrane klastry

2.1. Świętokrzyski Klaster Radiofarmaceutyków

• Koordynator: Fundacja Medycyny Nuklearnej
„Izotop” z siedzibą w Kielcach
• Forma współpracy: umowa konsorcjum (2021)
• Członkowie: 9 firm, 2 szpitale,
3 laboratoria diagnostyczne i uczelnia
• Produkty trafiają do ok. 30 ośrodków
medycyny nuklearnej w Polsce

Cele klastra:
• budowa regionalnego łańcucha dostaw
izotopów medycznych
• wspólne badania kliniczne nowych znaczników
• szkolenie techników elektroradiologii
@@
2.2. Klaster Energii „Łysica”

• Koordynator: Gmina Bodzentyn
• Porozumienie z 2019 r., certyfikat
klastra energii – 2020 r.
• ok. 20 członków: gminy, spółki komunalne,
rolnicy i firmy instalacyjne
• Spotkania członków: Święta Katarzyna
• Cel: bilansowanie lokalnej produkcji
energii ze źródeł odnawialnych
z potrzebami gmin u podnóża Łysogór
@@
2.3. Chęciński Klaster Turystyki Podziemnej

Klaster łączy zarządców jaskiń, dawnych
kopalń i podziemnych tras turystycznych.
Porozumienie zawarto w 2014 r., a w 2018 r.
członkowie zarejestrowali Stowarzyszenie
„Chęciński Klaster Turystyki Podziemnej”,
które samo prowadzi sprawy klastra.
Siedziba: Chęciny.

• 31 członków, w tym 4 gminy
• ok. 280 tys. zwiedzających rocznie
• strona: www.podziemia-checiny.pl

Cele statutowe:
• ochrona i udostępnianie dziedzictwa
geologicznego regionu
• wspólny bilet i rezerwacja online
• podnoszenie kwalifikacji przewodników
@@
2.4. Suchedniowski Klaster Odlewnictwa
Artystycznego

• dawniej: Suchedniowska Grupa Odlewników
(nazwa zmieniona w 2020 r.)
• porozumienie z 2016 r.
• Koordynator: Pracownia Odlewnicza
„Brzask” sp. z o.o., Suchedniów
• blisko 15 pracowni i odlewni artystycznych
• warsztaty letnie w Samsonowie
• Cel: odbudowa tradycji odlewnictwa
artystycznego w Zagłębiu Staropolskim
@@
3. Dobre praktyki z zagranicy

• Francja: Pôle Pierre Bourgogne-Jura
(ok. 90 firm kamieniarskich i 4 laboratoria)
• wspólna marka kamienia z certyfikatem
pochodzenia
• wspólne stoisko na targach budowlanych

4. Rekomendacje

• wsparcie biur klastrów w naborze 2025 r.
• wspólna promocja klastrów turystycznych
• włączenie klastrów do prac nad RIS
"""


def break_text_layer(text: str) -> str:
    """Imitate a PDF text layer without ToUnicode for non-Latin-1 glyphs."""
    out: list[str] = []
    n = 0
    for i, ch in enumerate(text):
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if ch in "łŁ":
            out.append("\n")
        elif ch in "ąęśćńżźĄĘŚĆŃŻŹ":
            n += 1
            out.append("\ufffd " if (n % 3 == 1 and nxt.isalpha()) else "\ufffd")
        elif ch == "•":
            out.append("\ufffd")
        else:
            out.append(ch)
    return "".join(out)


def make_x02() -> bytes:
    pages = [break_text_layer(p.strip("\n")) for p in X02_CLEAN.split("@@\n")]
    text = "\n\n\n".join(" " + p for p in pages) + "\n"
    return text.encode("utf-8")


# ---------------------------------------------------------------------------
# x03 – benchmarking annex with cluster cards (PDF), kujawsko-pomorskie
# ---------------------------------------------------------------------------

X03_INTRO = [
    ("h1", "BENCHMARKING KLASTRÓW W POLSCE – EDYCJA 2024"),
    ("h2", "Aneks regionalny nr 4: województwo kujawsko-pomorskie"),
    (
        "small",
        "Wykonawca: Pracownia Analiz Sieci Gospodarczych sp. z o.o., Toruń. Zamawiający: Urząd Marszałkowski Województwa Kujawsko-Pomorskiego. Stan danych: 31 grudnia 2023 r.",
    ),
    ("h3", "1. Uczestnicy badania w regionie"),
    (
        "p",
        "W województwie kujawsko-pomorskim zidentyfikowano 9 klastrów. W edycji 2024 udział wzięło 7 z nich; łącznie skupiają one 286 podmiotów, przy średniej krajowej w badaniu wynoszącej 41 członków na klaster. Dwa klastry – Inowrocławski Klaster Uzdrowiskowo-Hotelowy oraz Bydgoski Klaster Spedycji Wodnej „Brda” – nie przekazały danych w terminie i nie zostały objęte kartami. Dwa inne klastry uczestniczące w badaniu prosiły o anonimizację wyników; ich dane uwzględniono wyłącznie w wartościach zbiorczych.",
    ),
    (
        "p",
        "Poniżej przedstawiono karty pięciu klastrów, które zgodziły się na publikację, w porządku alfabetycznym. Każda karta zawiera dane podstawowe przekazane przez podmiot zarządzający klastrem, opis, cele oraz syntetyczny wynik benchmarkingu (indeks dojrzałości w skali 1–5; średnia krajowa 3,1).",
    ),
]

X03_CARDS = [
    {
        "title": "KARTA KLASTRA 1/5",
        "fields": [
            ("Nazwa klastra", "Bydgoski Klaster Elektroniki Lotniczej"),
            ("Skrót", "BKEL"),
            ("Siedziba / biuro", "Bydgoszcz, ul. Fordońska 212"),
            ("Podmiot koordynujący", "Fundacja „Awionika Pomorza”, Bydgoszcz"),
            ("Forma współpracy", "umowa konsorcjum"),
            ("Rok utworzenia", "2016"),
            (
                "Liczba członków ogółem",
                "26 (19 MŚP, 2 duże przedsiębiorstwa, 3 jednostki naukowe, 2 IOB)",
            ),
            ("Zatrudnienie w firmach członkowskich", "ok. 3 100 osób"),
            ("Strona internetowa", "www.bkel.pl"),
            (
                "Obszar specjalizacji",
                "elektronika pokładowa, systemy łączności, obsługa techniczna statków powietrznych",
            ),
        ],
        "paras": [
            ("h4", "Opis klastra"),
            (
                "p",
                "Klaster powstał z inicjatywy bydgoskich producentów podzespołów elektronicznych dla lotnictwa wojskowego i cywilnego. W latach 2019–2022 posiadał status Krajowego Klastra Kluczowego. W 2023 r. do klastra przystąpiły 4 nowe podmioty, a 2 z niego wystąpiły. Członkowie wspólnie uczestniczą w targach lotniczych w Farnborough i w Le Bourget.",
            ),
            ("h4", "Cele klastra"),
            (
                "li",
                "zwiększenie udziału członków w łańcuchach dostaw producentów statków powietrznych",
            ),
            ("li", "wspólne laboratorium badań kompatybilności elektromagnetycznej"),
            ("li", "pozyskiwanie zamówień w programach offsetowych"),
            ("h4", "Wynik benchmarkingu"),
            (
                "p",
                "Indeks dojrzałości: 3,6. Mocne strony: umiędzynarodowienie, zaplecze badawcze. Słabe strony: niska aktywność mniejszych członków.",
            ),
        ],
    },
    {
        "title": "KARTA KLASTRA 2/5",
        "fields": [
            ("Nazwa klastra", "Klaster Ekoturystyki Doliny Drwęcy"),
            ("Siedziba koordynatora", "Brodnica"),
            ("Biuro klastra", "Golub-Dobrzyń, ul. Zamkowa 14"),
            ("Podmiot koordynujący", "Stowarzyszenie Turystyczne „Kraina Drwęcy”"),
            ("Forma współpracy", "porozumienie partnerskie"),
            ("Rok utworzenia", "2015 (list intencyjny: 2014)"),
            ("Liczba członków ogółem", "ok. 40 (dane szacunkowe koordynatora)"),
            (
                "Strona internetowa",
                "www.krainadrwecy.pl (strona koordynatora; klaster nie ma własnej)",
            ),
            ("Obszar specjalizacji", "turystyka przyrodnicza i kajakowa, agroturystyka"),
        ],
        "paras": [
            ("h4", "Opis klastra"),
            (
                "p",
                "Klaster skupia gospodarstwa agroturystyczne, wypożyczalnie kajaków, muzea i przewodników z doliny Drwęcy, w tym 12 gospodarstw z certyfikatem ekologicznym. Najważniejszym wydarzeniem organizowanym przez członków jest wiosenny spływ kajakowy z Brodnicy do Golubia-Dobrzynia, w którym w 2023 r. wzięło udział ok. 600 osób.",
            ),
            ("h4", "Cele klastra"),
            (
                "p",
                "Klaster stawia sobie za cel rozwój oferty turystyki przyrodniczej poza sezonem letnim oraz wspólny system rezerwacji noclegów i sprzętu.",
            ),
            ("h4", "Wynik benchmarkingu"),
            (
                "p",
                "Indeks dojrzałości: 2,4. Mocne strony: zaangażowanie członków. Słabe strony: brak stałego finansowania biura.",
            ),
        ],
    },
    {
        "title": "KARTA KLASTRA 3/5",
        "fields": [
            ("Nazwa klastra", "Klaster Energii „Gopło”"),
            ("Siedziba", "Kruszwica"),
            ("Podmiot koordynujący", "Gmina Kruszwica"),
            ("Forma współpracy", "porozumienie o utworzeniu klastra energii"),
            ("Rok utworzenia", "2018; certyfikat klastra energii: 2019"),
            (
                "Członkowie",
                "Gmina Kruszwica, 3 spółki komunalne, 6 przedsiębiorstw, 2 spółdzielnie mleczarskie",
            ),
            ("Moc zainstalowana OZE", "14,2 MW"),
            ("Strona internetowa", "brak"),
        ],
        "paras": [
            ("h4", "Opis klastra"),
            (
                "p",
                "Porozumienie podpisało pierwotnie 8 podmiotów; pozostali członkowie przystąpili do niego w latach 2020–2022. Posiedzenia komitetu sterującego odbywają się w starostwie w Inowrocławiu. W 2023 r. członkowie wyprodukowali 31 GWh energii elektrycznej.",
            ),
            ("h4", "Cel klastra"),
            (
                "p",
                "Osiągnięcie do 2030 r. 60-procentowego udziału energii z lokalnych źródeł odnawialnych w zużyciu energii przez członków klastra.",
            ),
            ("h4", "Wynik benchmarkingu"),
            (
                "p",
                "Indeks dojrzałości: 2,9. Mocne strony: inwestycje w OZE. Słabe strony: brak wspólnych usług dla członków.",
            ),
        ],
    },
    {
        "title": "KARTA KLASTRA 4/5",
        "fields": [
            ("Nazwa klastra", "Klaster Technologii Buraka Cukrowego"),
            ("Skrót", "KTBC"),
            ("Siedziba", "Chełmża"),
            ("Podmiot koordynujący", "Chełmżyńskie Centrum Agrotechniki sp. z o.o."),
            ("Forma współpracy", "umowa o współpracy"),
            ("Rok utworzenia", "2013"),
            (
                "Członkowie",
                "blisko 60 plantatorów buraka cukrowego, 3 firmy usług rolniczych oraz cukrownia",
            ),
            ("Powierzchnia upraw członków", "ok. 4 700 ha"),
            ("Strona internetowa", "www.ktbc.pl"),
        ],
        "paras": [
            ("h4", "Opis klastra"),
            (
                "p",
                "Klaster prowadzi wspólne doświadczenia polowe i park maszyn do zbioru buraków. Plantatorzy należący do klastra pochodzą z powiatów toruńskiego, chełmińskiego i wąbrzeskiego; coroczny dzień pola odbywa się w Papowie Biskupim.",
            ),
            ("h4", "Cele klastra"),
            ("li", "podniesienie plonu cukru z hektara dzięki rolnictwu precyzyjnemu"),
            ("li", "ograniczenie zużycia środków ochrony roślin"),
            ("li", "zagospodarowanie wysłodków i liści buraczanych w biogazowniach"),
            ("h4", "Wynik benchmarkingu"),
            (
                "p",
                "Indeks dojrzałości: 3,2. Mocne strony: wspólna infrastruktura. Słabe strony: słaba współpraca z uczelniami.",
            ),
        ],
    },
    {
        "title": "KARTA KLASTRA 5/5",
        "fields": [
            ("Nazwa klastra", "Toruński Klaster Cukierniczy"),
            ("Skrót", "TKC"),
            ("Forma prawna", "stowarzyszenie (Stowarzyszenie „Toruński Klaster Cukierniczy”)"),
            ("Podmiot koordynujący", "– (klaster zarządzany przez stowarzyszenie)"),
            ("Siedziba", "Toruń"),
            ("Rok utworzenia", "2012 (porozumienie); stowarzyszenie zarejestrowane w 2019 r."),
            ("Liczba członków ogółem", "22 (w tym 18 przedsiębiorstw)"),
            ("Strona internetowa", "www.klastercukierniczy.torun.pl"),
        ],
        "paras": [
            ("h4", "Opis klastra i cele"),
            (
                "p",
                "Zgodnie ze statutem stowarzyszenie dąży do ochrony tradycyjnej receptury toruńskich wyrobów korzennych, rozwoju eksportu wyrobów cukierniczych członków i kształcenia cukierników we współpracy ze szkołami gastronomicznymi. Członkowie prezentują się co roku na jarmarku bożonarodzeniowym w Gdańsku oraz na targach słodyczy w Kolonii.",
            ),
            ("h4", "Wynik benchmarkingu"),
            (
                "p",
                "Indeks dojrzałości: 3,4. Mocne strony: silna marka regionalna. Słabe strony: mała liczba wspólnych projektów B+R.",
            ),
        ],
    },
]

X03_TABLE = [
    ["Klaster", "Członkowie", "Zatrudnienie", "Indeks"],
    ["BKEL", "26", "ok. 3 100", "3,6"],
    ["Klaster Ekoturystyki Doliny Drwęcy", "ok. 40", "b.d.", "2,4"],
    ["Klaster Energii „Gopło”", "12", "b.d.", "2,9"],
    ["KTBC", "blisko 64", "ok. 150", "3,2"],
    ["TKC", "22", "ok. 1 350", "3,4"],
    ["Klastry zanonimizowane (2)", "122", "ok. 2 900", "2,8"],
    ["Razem / średnia", "286", "ok. 7 500", "3,05"],
]


def make_x03() -> bytes:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    base = ParagraphStyle(
        "base", fontName="DejaVu", fontSize=9.5, leading=13, alignment=TA_JUSTIFY, spaceAfter=5
    )
    styles = {
        "p": base,
        "small": ParagraphStyle(
            "small", parent=base, fontSize=8, leading=11, textColor=colors.HexColor("#444444")
        ),
        "h1": ParagraphStyle(
            "h1", parent=base, fontName="DejaVu-Bold", fontSize=14, leading=18, spaceAfter=4
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName="DejaVu-Bold", fontSize=11.5, leading=15, spaceAfter=8
        ),
        "h3": ParagraphStyle(
            "h3", parent=base, fontName="DejaVu-Bold", fontSize=10.5, leading=14, spaceBefore=8
        ),
        "h4": ParagraphStyle(
            "h4",
            parent=base,
            fontName="DejaVu-Bold",
            fontSize=9.5,
            leading=13,
            spaceBefore=4,
            spaceAfter=2,
        ),
        "card": ParagraphStyle(
            "card",
            parent=base,
            fontName="DejaVu-Bold",
            fontSize=10,
            leading=14,
            spaceBefore=10,
            textColor=colors.HexColor("#1F4E79"),
        ),
        "field": ParagraphStyle("field", parent=base, alignment=0, spaceAfter=1, leftIndent=4),
        "li": ParagraphStyle(
            "li",
            parent=base,
            alignment=0,
            leftIndent=14,
            bulletIndent=4,
            spaceAfter=2,
            bulletFontName="DejaVu",
        ),
    }
    story = []
    for kind, text in X03_INTRO:
        story.append(Paragraph(text, styles[kind]))
    for card in X03_CARDS:
        head = [Paragraph(card["title"], styles["card"])]
        for label, value in card["fields"]:
            head.append(
                Paragraph(f"<font name='DejaVu-Bold'>{label}:</font> {value}", styles["field"])
            )
        head.append(Spacer(1, 4))
        story.append(KeepTogether(head))
        for kind, text in card["paras"]:
            if kind == "li":
                story.append(Paragraph(text, styles["li"], bulletText="•"))
            else:
                story.append(Paragraph(text, styles[kind]))
    heading = Paragraph("2. Zestawienie wskaźników", styles["h3"])
    table = Table(X03_TABLE, colWidths=[70 * mm, 30 * mm, 32 * mm, 22 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), "DejaVu", 8.5),
                ("FONT", (0, 0), (-1, 0), "DejaVu-Bold", 8.5),
                ("FONT", (0, -1), (-1, -1), "DejaVu-Bold", 8.5),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ]
        )
    )
    source = Paragraph(
        "Źródło: dane przekazane przez podmioty zarządzające klastrami; b.d. – brak danych.",
        styles["small"],
    )
    story.append(KeepTogether([heading, table, Spacer(1, 6), source]))

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVu", 7.5)
        canvas.drawString(
            20 * mm,
            287 * mm,
            "Benchmarking klastrów w Polsce 2024 – aneks regionalny: kujawsko-pomorskie",
        )
        canvas.drawRightString(190 * mm, 10 * mm, f"A4–{doc.page}")
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title="Benchmarking klastrów 2024 – aneks regionalny kujawsko-pomorskie",
        author="Pracownia Analiz Sieci Gospodarczych",
        subject="Karty klastrów",
        creator="heldout16",
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# x04 – survey report in cp1250 with a section stripped of diacritics, podlaskie
# ---------------------------------------------------------------------------

X04_MAIN = """\
PODLASKIE BIURO ANALIZ GOSPODARCZYCH
ul. Młynowa 21 lok. 4, 15-404 Białystok

KLASTRY W GOSPODARCE WOJEWÓDZTWA PODLASKIEGO
Raport z badania ankietowego – wersja do konsultacji
Białystok, czerwiec 2024 r.

========================================================================

1. WPROWADZENIE

W województwie podlaskim zidentyfikowano w 2024 r. 14 inicjatyw klastrowych,
które łącznie skupiają ok. 520 podmiotów. Ankietę wypełniło 10 koordynatorów;
w raporcie opisano pięć klastrów, których koordynatorzy zgodzili się na
publikację danych. Opisy dwóch z nich (Klaster Agroturystyki Doliny Biebrzy
i Sokólski Klaster Przetwórstwa Mięsa) pochodzą z fiszek przekazanych przez
koordynatorów w systemie ankietowym i zamieszczono je w załączniku 1 bez
redakcji.

2. ZESTAWIENIE KLASTRÓW OBJĘTYCH RAPORTEM

Nazwa klastra                               Siedziba           Forma            Rok
------------------------------------------------------------------------------------
Podlaski Klaster Kotlarski                  Białystok          stowarzyszenie   2011
Klaster Mebli Tapicerowanych „Narew”        Bielsk Podlaski    porozumienie     2016
Klaster Agroturystyki Doliny Biebrzy        Goniądz            porozumienie     2013
Sokólski Klaster Przetwórstwa Mięsa         Sokółka            spółka z o.o.    2019
Sejneński Klaster Energii Lokalnej          Sejny              porozumienie     2021
------------------------------------------------------------------------------------
Rok – rok podpisania porozumienia lub rejestracji podmiotu zarządzającego.

3. OPISY KLASTRÓW

3.1. Podlaski Klaster Kotlarski

Podlaski Klaster Kotlarski zrzesza producentów kotłów, pomp ciepła i urządzeń
grzewczych z Białegostoku i okolic. Współpracę zapoczątkowało porozumienie
podpisane w 2011 r. przez 9 firm; w 2014 r. jego uczestnicy założyli
Stowarzyszenie „Podlaski Klaster Kotlarski”, które od tego czasu samodzielnie
zarządza klastrem. Siedziba stowarzyszenia mieści się w Białymstoku.

Obecnie stowarzyszenie ma 44 członków, w tym 36 producentów kotłów i urządzeń
grzewczych; pozostali to dostawcy komponentów i dwie szkoły techniczne. Firmy
członkowskie zatrudniają ok. 4 300 osób, a eksport stanowi 58% ich sprzedaży.
Walne zebranie członków odbyło się w 2024 r. w Supraślu, a wspólne stoisko
klastra pojawiło się na targach branży grzewczej we Frankfurcie nad Menem.

Cele stowarzyszenia określone w statucie:
1. rozwój niskoemisyjnych technologii grzewczych,
2. wspólne badania i certyfikacja urządzeń,
3. promocja marki „Ciepło z Podlasia” na rynkach zagranicznych.

Strona internetowa: www.klasterkotlarski.pl

3.2. Klaster Mebli Tapicerowanych „Narew”

Klaster Mebli Tapicerowanych „Narew” koordynuje Bielska Izba
Przemysłowo-Handlowa z siedzibą w Bielsku Podlaskim. Klaster działa od 2016 r.
na podstawie umowy o współpracy; tworzy go ok. 25 zakładów tapicerskich
i stolarskich z powiatów bielskiego i hajnowskiego. Nazwa nawiązuje do rzeki,
nad którą leży większość zakładów; jeden z największych członków ma zakład
w Narwi. Celem klastra jest wspólne zaopatrzenie w tkaniny i pianki oraz
stworzenie wspólnego salonu wystawowego w Białymstoku.

3.3. Sejneński Klaster Energii Lokalnej

Sejneński Klaster Energii Lokalnej zawiązano porozumieniem w 2021 r. Jego
koordynatorem jest Gmina Sejny (gmina wiejska z siedzibą w mieście Sejny).
Stronami porozumienia są gminy Sejny i Giby, pięć gospodarstw rolnych
prowadzących biogazownie, trzy firmy instalacyjne oraz parafia w Gibach.
Porozumienie wskazuje dwa cele: obniżenie kosztów energii dla obiektów
publicznych o jedną czwartą oraz budowę lokalnej sieci ciepłowniczej zasilanej
biogazem.

4. WSPÓŁPRACA TRANSGRANICZNA

W ramach projektu „Zdrowie bez granic” (Interreg, budżet 1,2 mln euro) Klaster
Agroturystyki Doliny Biebrzy współpracuje z litewskim Druskininkai Spa
& Wellness Cluster, w polskich materiałach projektu nazywanym Druskiennickim
Klastrem Uzdrowiskowym. Partner litewski z siedzibą w Druskiennikach skupia
ok. 20 sanatoriów i hoteli. Spotkanie otwierające projekt odbyło się
w Augustowie.

5. WNIOSKI

- Klastry regionu są małe: mediana liczby członków wynosi 23.
- Tylko dwa z opisanych klastrów mają osobowość prawną.
- Koordynatorzy wskazują brak środków na utrzymanie biur klastrów.

"""

X04_APPENDIX = """\
ZALACZNIK 1. FISZKI KLASTROW
(tekst przekazany z systemu ankietowego, pisownia oryginalna)

------------------------------------------------------------------------
Fiszka nr 4
Nazwa: Klaster Agroturystyki Doliny Biebrzy
Koordynator: Stowarzyszenie Gospodarstw Goscinnych "Biebrzanskie
Rozlewiska", Goniadz
Rok: 2013 (porozumienie)
Opis: Klaster zrzesza 34 czlonkow, w tym 27 gospodarstw agroturystycznych.
Gospodarstwa leza w gminach Goniadz, Jaswily i Rajgrod. Zebrania czlonkow
odbywaja sie w Monkach. W 2023 r. czlonkowie przyjeli ok. 11 tys. gosci.
Cele:
- wydluzenie sezonu turystycznego w Dolinie Biebrzy,
- wspolna oferta obserwacji ptakow,
- szkolenia gospodarzy z obslugi gosci zagranicznych.
Strona: brak

------------------------------------------------------------------------
Fiszka nr 7
Nazwa: Sokolski Klaster Przetworstwa Miesa sp. z o.o.
Siedziba: Sokolka
Forma prawna: spolka z o.o. (od 2019), wczesniej porozumienie z 2015 r.
Koordynator: brak (spolka zarzadza klastrem)
Liczba czlonkow: 23 (w tym 7 udzialowcow)
Cele: wspolne zakupy zywca, wspolna marka wedlin regionalnych, szkolenia
rzeznikow.
Strona: www.sokolskiklaster.pl
------------------------------------------------------------------------
"""


def make_x04() -> bytes:
    text = X04_MAIN + "\f" + X04_APPENDIX
    return text.replace("\n", "\r\n").encode("cp1250")


# ---------------------------------------------------------------------------
# x05 – evaluation report with a summary table and case studies, lubelskie
# ---------------------------------------------------------------------------

X05_PAGES = [
    """\
                     Metris – Centrum Ewaluacji i Analiz sp. z o.o.

        OCENA WSPARCIA KLASTRÓW W RAMACH REGIONALNEGO PROGRAMU OPERACYJNEGO
                WOJEWÓDZTWA LUBELSKIEGO NA LATA 2014–2020

                               Raport końcowy

                          Lublin, listopad 2024 r.

Zamawiający: Urząd Marszałkowski Województwa Lubelskiego w Lublinie
Badanie zrealizowano w okresie lipiec–październik 2024 r.
""",
    """\
STRESZCZENIE

Przedmiotem ewaluacji było wsparcie udzielone klastrom w latach 2017–2023.
W dwóch naborach złożono 8 wniosków; wsparcie otrzymało 5 klastrów, a łączna
wartość dofinansowania wyniosła 9 236,2 tys. zł. Trzy wnioski odrzucono
(dwa z przyczyn formalnych, jeden po ocenie merytorycznej).

Liczba członków wspartych klastrów wzrosła z ok. 120 do ok. 149, tj. o 24%.
Wsparcie przyczyniło się przede wszystkim do powstania wspólnej
infrastruktury (chłodnia, laboratorium, magazyn energii), w mniejszym stopniu
do wzrostu współpracy badawczej. Rekomendujemy finansowanie biur klastrów
w okresie 2021–2027 w formule ryczałtowej.

Metodologia: analiza danych monitoringowych, badanie CAWI wśród członków
klastrów (n = 96), 14 wywiadów pogłębionych (IDI) z koordynatorami,
członkami i pracownikami instytucji zarządzającej, 4 studia przypadków.
""",
    """\
2. KLASTRY OBJĘTE WSPARCIEM

Tabela 2. Klastry objęte wsparciem – dane podstawowe

Lp.  Klaster                     Koordynator / podmiot        Siedziba   Liczba członków   Wsparcie
                                 zarządzający                            2019      2023     (tys. zł)
---------------------------------------------------------------------------------------------------
1.   Klaster Malinowy Ziemi      Kraśnicka Grupa Producentów  Kraśnik      41        57      2 310,4
     Kraśnickiej                 Owoców Jagodowych sp. z o.o.
2.   Lubelski Klaster            stowarzyszenie (zarządza     Lublin       18        24      1 985,0
     Optoelektroniki             klastrem samodzielnie)
3.   Puławski Klaster Nawozów    Agrosfera S.A.               Puławy     ok. 25    ok. 30    1 420,7
     Specjalistycznych
4.   Zamojski Klaster Rzemiosła  Zamojska Izba Rzemiosła      Zamość       22        19        864,2
     Artystycznego               Artystycznego
5.   Klaster Energii „Wieprz”    Gmina Łęczna                 Łęczna       14        19      2 655,9
---------------------------------------------------------------------------------------------------
     Razem                                                              ok. 120   ok. 149    9 236,2

Źródło: dane instytucji zarządzającej i koordynatorów; liczba członków na
dzień złożenia wniosku (2019) i na 31.12.2023 r.

Wśród wniosków odrzuconych znalazł się wniosek Poleskiego Klastra Turystyki
Konnej, koordynowanego przez Fundację „Polesie w Siodle” z Lublina. Biuro
tego klastra działa w Urszulinie, a sam klaster skupia ponad 20 stadnin
i gospodarstw agroturystycznych. Wniosek odrzucono z przyczyn formalnych
(brak wymaganych załączników).

Puławski Klaster Nawozów Specjalistycznych, koordynowany przez spółkę
Agrosfera S.A., skupia producentów i dystrybutorów nawozów oraz laboratoria
rolnicze. Formą współpracy jest porozumienie z 2019 r. Klaster nie był
objęty studium przypadku, ponieważ projekt zakończył się dopiero w 2024 r.
""",
    """\
3. STUDIA PRZYPADKÓW

3.1. Klaster Malinowy Ziemi Kraśnickiej

Klaster powstał w 2017 r. na podstawie porozumienia 19 plantatorów malin
z gmin Kraśnik, Urzędów i Dzierzkowice. Koordynatorem jest Kraśnicka Grupa
Producentów Owoców Jagodowych sp. z o.o. z siedzibą w Kraśniku. Projekt
(2,31 mln zł dofinansowania) miał na celu budowę wspólnej chłodni i linii do
mrożenia owoców w Urzędowie; obie inwestycje oddano do użytku w 2021 r.

Dziś klaster liczy 57 członków, w tym 49 plantatorów. W sezonie 2023
członkowie sprzedali za pośrednictwem klastra ok. 6 800 t owoców, z czego
ponad połowę odbiorcom zagranicznym.

W strategii klastra zapisano trzy cele: wspólne przechowalnictwo i mrożenie
owoców, sprzedaż bezpośrednio do przetwórni zagranicznych oraz ograniczenie
strat pozbiorowych do 5%.

  „Bez klastra każdy z nas sprzedawałby osobno, w skupie, po zaniżonej cenie.
  Chłodnia dała nam czas na negocjacje.” (IDI_03, członek klastra)

3.2. Lubelski Klaster Optoelektroniki

Klaster zawiązano w 2015 r. umową o współpracy. W 2018 r. jego członkowie
założyli Stowarzyszenie „Lubelski Klaster Optoelektroniki”, które od tej pory
zarządza klastrem bez zewnętrznego koordynatora. W 2023 r. klaster tworzyło
17 firm, 4 jednostki naukowe, 2 instytucje otoczenia biznesu i miasto Lublin.
Z dotacji wyposażono wspólne laboratorium pomiarów optycznych.

Statutowe cele stowarzyszenia:
  – komercjalizacja wyników badań z zakresu fotoniki i optoelektroniki,
  – wspólne zaplecze laboratoryjne dla firm członkowskich,
  – budowanie marki Lubelszczyzny jako ośrodka technologii optycznych.

Strona internetowa klastra: www.lko.lublin.pl
""",
    """\
3.3. Zamojski Klaster Rzemiosła Artystycznego

Klaster działa od 2016 r. na podstawie porozumienia koordynowanego przez
Zamojską Izbę Rzemiosła Artystycznego. W okresie realizacji projektu liczba
członków spadła z 22 do 19 – trzy pracownie zakończyły działalność. Z dotacji
urządzono wspólną galerię i pracownię ceramiczną w Zamościu; warsztaty
plenerowe odbywają się w Krasnobrodzie i w Zwierzyńcu. Jedynym celem
zapisanym w porozumieniu jest utrzymanie i przekazywanie tradycyjnych technik
rękodzieła Roztocza.

3.4. Klaster Energii „Wieprz”

Porozumienie o utworzeniu klastra zawarło w 2018 r. 14 podmiotów; w 2020 r.
klaster uzyskał certyfikat klastra energii. Koordynatorem jest Gmina Łęczna.
Obecnie klaster ma 19 członków: gminę, 2 spółki komunalne, 12 firm i 4 szkoły.
Z dotacji sfinansowano magazyn energii przy oczyszczalni ścieków w Ludwinie.

Celem klastra jest zaspokojenie co najmniej połowy zapotrzebowania członków
na energię elektryczną z instalacji fotowoltaicznych i biogazowych położonych
na terenie powiatu łęczyńskiego.

  „Wzorowaliśmy się na Radzyńskim Klastrze Drobiarskim z Radzynia
  Podlaskiego, który jako pierwszy w regionie uruchomił biogazownię na
  odpadach poubojowych.” (IDI_09, koordynator)

4. WNIOSKI I REKOMENDACJE

Wniosek 1. Wsparcie inwestycyjne przyniosło trwałe efekty tam, gdzie
koordynator miał doświadczenie w zarządzaniu projektami.
Rekomendacja 1. Finansować biura klastrów ryczałtem przez cały okres 2021–2027.

Wniosek 2. Klastry rzadko współpracują z uczelniami regionu.
Rekomendacja 2. Premiować w kryteriach wyboru projekty z udziałem jednostek
naukowych.
""",
]


def make_x05() -> bytes:
    pages = []
    total = len(X05_PAGES)
    for i, page in enumerate(X05_PAGES, start=1):
        head = "Ocena wsparcia klastrów w RPO WL 2014–2020 – raport końcowy" if i > 1 else ""
        body = page.rstrip("\n")
        pages.append(f"{head}\n\n{body}\n\n{'':>70}Strona {i} z {total}\n")
    return "\f".join(pages).encode("utf-8")


# ---------------------------------------------------------------------------
# x06 – regional cluster policy diagnosis as DOCX, śląskie
# ---------------------------------------------------------------------------

X06_CLUSTERS = [
    {
        "name": "Bielski Klaster Tekstyliów Wełnianych",
        "intro": "Klaster powstał w 2012 r. na podstawie porozumienia przędzalni, tkalni i firm wykończalniczych z Podbeskidzia. Jego koordynatorem jest Bielska Izba Włókiennicza z siedzibą w Bielsku-Białej.",
        "bullets": [
            "Członkowie: ok. 35 przedsiębiorstw, zatrudniających łącznie ok. 1 900 osób.",
            "W 2022 r. klaster zorganizował w Wiśle pierwsze Forum Wełny Karpackiej.",
        ],
        "goals_lead": "Cele klastra:",
        "goals": [
            "odbudowa regionalnego łańcucha wartości wełny owczej",
            "wspólna marka tkanin z Podbeskidzia",
        ],
    },
    {
        "name": "Częstochowski Klaster Opakowań z Tworzyw",
        "intro": "Klaster (CKOT) powstał w 2010 r. na podstawie umowy o współpracy; w 2015 r. członkowie powołali Stowarzyszenie „Częstochowski Klaster Opakowań z Tworzyw”, które samo zarządza klastrem. Siedziba: Częstochowa.",
        "bullets": [
            "Członkowie: 28 (24 członków zwyczajnych i 4 wspierających).",
            "Strona internetowa: www.ckot.pl",
        ],
        "goals_lead": "Cele statutowe:",
        "goals": [
            "zwiększenie udziału surowców z recyklingu w produkcji członków",
            "wspólne badania nad opakowaniami biodegradowalnymi",
            "reprezentowanie branży wobec administracji publicznej",
        ],
    },
    {
        "name": "Jaworznicki Klaster Elektromobilności Autobusowej",
        "intro": "Klaster założono w 2020 r. od razu w formie spółki Jaworznicki Klaster Elektromobilności Autobusowej sp. z o.o. z siedzibą w Jaworznie, która zarządza klastrem.",
        "bullets": [
            "Członkowie: 31 podmiotów, w tym 9 udziałowców spółki.",
            "Testy prototypów prowadzone są na liniach komunikacji miejskiej w Katowicach i w Sosnowcu.",
            "Strona internetowa: www.jkea.com.pl",
        ],
        "goals_lead": "Cel klastra:",
        "goals": ["rozwój krajowego łańcucha dostaw dla producentów autobusów elektrycznych"],
    },
    {
        "name": "Cieszyński Klaster Designu Przemysłowego",
        "intro": "Klaster działa od 2017 r. na podstawie porozumienia; koordynuje go Fundacja Wzornictwa „Olza” z siedzibą w Cieszynie, a biuro klastra i pracownia prototypów mieszczą się w Ustroniu.",
        "bullets": [
            "Członkowie: 14 pracowni projektowych, 6 producentów mebli i wyposażenia wnętrz oraz liceum plastyczne.",
            "Członkowie pokazali wspólną kolekcję na targach meblarskich w Mediolanie w 2023 r.",
        ],
        "goals_lead": "Cele klastra:",
        "goals": [
            "wprowadzanie na rynek produktów zaprojektowanych w regionie",
            "współpraca projektantów z małymi zakładami produkcyjnymi",
        ],
    },
    {
        "name": "Klaster Energii „Pszczyńskie Stawy”",
        "intro": "Porozumienie o utworzeniu klastra zawarło w 2019 r. 15 podmiotów; w 2021 r. klaster uzyskał certyfikat klastra energii. Koordynatorem jest Gmina Pszczyna.",
        "bullets": [
            "Członkowie: obecnie 23 podmioty.",
            "Łączna moc instalacji OZE członków: 9,6 MW.",
        ],
        "goals_lead": "Cel klastra:",
        "goals": [
            "pokrycie potrzeb energetycznych obiektów publicznych gminy energią z lokalnych źródeł odnawialnych"
        ],
    },
    {
        "name": "Klaster Technologii Bezpieczeństwa Górniczego",
        "intro": "Klaster (KTBG) zawiązano w 2014 r. umową konsorcjum. Koordynatorem jest Centrum Ratownictwa i Bezpieczeństwa Pracy „Sztygar” sp. z o.o. z siedzibą w Katowicach; biuro klastra działa w Rybniku.",
        "bullets": [
            "Członkowie: ponad 50 podmiotów – producenci aparatury, firmy serwisowe, laboratoria i szkoły górnicze.",
            "Firmy członkowskie zatrudniają ok. 6 400 osób.",
        ],
        "goals_lead": "Cele klastra:",
        "goals": [
            "rozwój systemów monitoringu zagrożeń metanowych",
            "przenoszenie technologii bezpieczeństwa do tunelownictwa i budownictwa podziemnego",
            "eksport usług ratownictwa górniczego",
        ],
    },
]

X06_TABLE = [
    ["Nazwa klastra", "Siedziba", "Koordynator / forma", "Rok", "Członkowie"],
    [
        "Bielski Klaster Tekstyliów Wełnianych",
        "Bielsko-Biała",
        "Bielska Izba Włókiennicza / porozumienie",
        "2012",
        "ok. 35",
    ],
    ["Częstochowski Klaster Opakowań z Tworzyw", "Częstochowa", "stowarzyszenie", "2010", "28*"],
    [
        "Jaworznicki Klaster Elektromobilności Autobusowej",
        "Jaworzno",
        "spółka z o.o.",
        "2020",
        "31",
    ],
    [
        "Cieszyński Klaster Designu Przemysłowego",
        "Ustroń (biuro)",
        "Fundacja Wzornictwa „Olza” / porozumienie",
        "2017",
        "21",
    ],
    [
        "Klaster Energii „Pszczyńskie Stawy”",
        "Pszczyna",
        "Gmina Pszczyna / porozumienie",
        "2019",
        "23",
    ],
    [
        "Klaster Technologii Bezpieczeństwa Górniczego",
        "Rybnik (biuro)",
        "Centrum „Sztygar” sp. z o.o. / umowa konsorcjum",
        "2014",
        "> 50",
    ],
    ["Jurajski Klaster Wspinaczkowy", "Zawiercie", "b.d.", "2024", "b.d."],
]


def make_x06() -> bytes:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)

    doc.add_heading("Regionalna polityka klastrowa Województwa Śląskiego – diagnoza", level=0)
    p = doc.add_paragraph()
    p.add_run(
        "Projekt dokumentu do konsultacji społecznych, wersja 1.2, marzec 2025 r."
    ).italic = True

    doc.add_heading("1. Wprowadzenie", level=1)
    doc.add_paragraph(
        "Diagnoza jest pierwszą częścią projektu regionalnej polityki klastrowej. Opisuje stan klastrów działających w województwie śląskim, ich członków i formy współpracy oraz bariery rozwoju zgłaszane przez koordynatorów podczas warsztatów w Katowicach i w Bielsku-Białej (październik–listopad 2024 r.)."
    )
    doc.add_heading("2. Klastry w województwie – obraz ogólny", level=1)
    doc.add_paragraph(
        "Według bazy prowadzonej przez Departament Gospodarki w województwie śląskim działa 19 klastrów, zrzeszających łącznie ok. 1 140 podmiotów, w tym ok. 870 przedsiębiorstw. Siedem klastrów ma osobowość prawną (stowarzyszenie lub spółka), pozostałe działają na podstawie porozumień. Najmłodszy z nich, Jurajski Klaster Wspinaczkowy z siedzibą w Zawierciu, powstał w 2024 r. i nie przekazał jeszcze danych o członkach."
    )
    doc.add_paragraph(
        "Na potrzeby diagnozy przeprowadzono także analizę skupień powiatów metodą k-średnich według struktury zatrudnienia. Wyodrębnione w niej cztery „klastry powiatów” (A–D) są grupami statystycznymi, a nie klastrami w rozumieniu polityki klastrowej. Podobnie Śląska Sieć Living Labów, skupiająca 11 laboratoriów miejskich, jest siecią współpracy, a nie klastrem."
    )
    doc.add_heading("3. Charakterystyka wybranych klastrów", level=1)
    doc.add_paragraph(
        "Poniżej scharakteryzowano sześć klastrów, które uczestniczyły w warsztatach diagnostycznych. Kolejność odpowiada kolejności zgłoszeń."
    )
    for cl in X06_CLUSTERS:
        item = doc.add_paragraph(style="List Number")
        item.add_run(cl["name"]).bold = True
        doc.add_paragraph(cl["intro"])
        for b in cl["bullets"]:
            doc.add_paragraph(b, style="List Bullet")
        doc.add_paragraph(cl["goals_lead"])
        for g in cl["goals"]:
            doc.add_paragraph(g, style="List Bullet 2")

    doc.add_heading("4. Zestawienie", level=1)
    doc.add_paragraph("Tabela 1. Wybrane klastry województwa śląskiego – podstawowe dane")
    table = doc.add_table(rows=len(X06_TABLE), cols=len(X06_TABLE[0]))
    table.style = "Table Grid"
    for r, row in enumerate(X06_TABLE):
        for c, val in enumerate(row):
            cell = table.cell(r, c)
            cell.text = val
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    doc.add_paragraph("* w tym 4 członków wspierających; b.d. – brak danych.")

    doc.add_heading("5. Wnioski z diagnozy", level=1)
    for w in [
        "Klastry regionu skupiają się w tradycyjnych branżach przemysłowych, ale rośnie liczba klastrów energii i usług.",
        "Koordynatorzy wskazują brak stabilnego finansowania biur oraz trudności w angażowaniu uczelni.",
        "Polityka klastrowa powinna premiować współpracę między klastrami różnych branż.",
    ]:
        doc.add_paragraph(w, style="List Bullet")

    fixed = dt.datetime(2025, 3, 14, 9, 0, 0)
    cp = doc.core_properties
    cp.author = "Departament Gospodarki UMWS"
    cp.last_modified_by = "Departament Gospodarki UMWS"
    cp.title = "Regionalna polityka klastrowa – diagnoza"
    cp.subject = "Diagnoza"
    cp.keywords = "klastry; polityka klastrowa"
    cp.comments = ""
    cp.category = ""
    cp.revision = 3
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed

    raw = io.BytesIO()
    doc.save(raw)
    return _rezip(raw.getvalue())


def _rezip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------

OUTPUTS = {
    "x01_raport_klastry_warminsko_mazurskie_rozdzial4.txt": make_x01,
    "x02_informacja_klastry_swietokrzyskie_uszkodzona_warstwa.txt": make_x02,
    "x03_aneks_benchmarking_klastrow_kujawsko_pomorskie.pdf": make_x03,
    "x04_raport_klastry_podlaskie_cp1250.txt": make_x04,
    "x05_ewaluacja_wsparcia_klastrow_lubelskie.txt": make_x05,
    "x06_polityka_klastrowa_diagnoza_slaskie.docx": make_x06,
}


def main() -> None:
    for name, make in OUTPUTS.items():
        (HERE / name).write_bytes(make())
        print("wrote", name)


if __name__ == "__main__":
    main()
