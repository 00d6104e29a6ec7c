# ruff: noqa: E501  (the invented Polish document text is kept in long literal lines)
"""Generate the six damaged documents of the heldout19 evaluation set.

All names of clusters, organisations, people, addresses, phone numbers, websites and
all figures are invented; towns, villages, gminas, powiats and voivodeships are real.
Every document is written here as clean Polish text and then damaged the way real files
are: a PDF text layer that lost the Polish letters (U+FFFD), UTF-8 read as cp1252
(mojibake), ISO-8859-2 bytes, diacritics stripped by an old system, a two-column PDF
with ligatures and hyphenation, and a DOCX with soft hyphens and non-breaking spaces.

Run from the repository root:
``.venv/bin/python tests/cases/heldout19/make_documents.py``.
The output is byte-for-byte deterministic (seeded damage, reportlab invariant mode,
fixed DOCX core properties and zip timestamps).
"""

from __future__ import annotations

import io
import itertools
import random
import re
import textwrap
import zipfile
from datetime import datetime
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

rl_config.invariant = 1

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# ---------------------------------------------------------------------------
# shared helpers
# ---------------------------------------------------------------------------

VOWELS = set("aąeęioóuyAĄEĘIOÓUY")
DIGRAPHS = ("ch", "cz", "dz", "dż", "dź", "rz", "sz")
LIQUIDS = ("r", "ł", "l", "w", "rz")
SONORANTS = ("r", "ł", "l", "w", "rz", "m", "n", "ń", "j")
SIBILANTS = ("s", "z", "ś", "ź", "sz", "ż")
STOPS = ("t", "k", "p", "d", "g", "b", "c", "cz")
TOKEN_RE = re.compile(r"^(\W*)(\w+)(\W*)$")
LIST_MARK = re.compile(r"^(• |- |– |\d+\) |[a-z]\) )")


def _units(cluster: str) -> list[str]:
    """Split a consonant cluster into units, keeping Polish digraphs together."""
    out: list[str] = []
    i = 0
    while i < len(cluster):
        if cluster[i : i + 2].lower() in DIGRAPHS:
            out.append(cluster[i : i + 2])
            i += 2
        else:
            out.append(cluster[i])
            i += 1
    return out


def hyphen_points(word: str) -> list[int]:
    """Crude Polish syllable boundaries of an alphabetic word (indices to split at)."""
    if len(word) < 6 or not word.isalpha() or any(ch.isupper() for ch in word[1:]):
        return []
    low = word.lower()
    nuclei = [
        i
        for i, ch in enumerate(low)
        if ch in VOWELS and not (ch == "i" and i + 1 < len(low) and low[i + 1] in VOWELS)
    ]
    points = []
    for a, b in itertools.pairwise(nuclei):
        cluster = word[a + 1 : b]
        if not cluster:
            continue
        units = [u.lower() for u in _units(cluster)]
        take = 1
        if len(units) >= 2:
            softened = units[-1] in ("i", "j")
            liquid_onset = units[-1] in LIQUIDS and units[-2] not in SONORANTS
            s_onset = units[-2] in SIBILANTS and units[-1] in STOPS
            if softened or liquid_onset or s_onset:
                take = 2
        if len(units) > take and units[-take] in STOPS and units[-take - 1] in SIBILANTS:
            take += 1
        onset = sum(len(u) for u in units[-take:])
        p = b - onset
        if p >= 3 and len(word) - p >= 3:
            points.append(p)
    return points


def wrap_paragraphs(paragraphs: list[str], width: int, indent: str = "") -> list[str]:
    """Wrap paragraphs; lines starting with a marker keep a hanging indent; '|' = raw."""
    lines: list[str] = []
    for n, para in enumerate(paragraphs):
        if para == "":
            if not lines or lines[-1] != "":
                lines.append("")
            continue
        if para.startswith("|"):
            lines.append(para[1:])
            continue
        m = LIST_MARK.match(para)
        hang = " " * len(m.group(1)) if m else ""
        lines.extend(
            textwrap.wrap(
                para,
                width=width,
                initial_indent=indent,
                subsequent_indent=indent + hang,
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
        following = paragraphs[n + 1] if n + 1 < len(paragraphs) else ""
        if not (m and LIST_MARK.match(following) and not m.group(1).startswith("•")):
            lines.append("")
    return lines


def table_rows(rows: list[tuple[str, ...]], widths: list[int], indent: str = "") -> list[str]:
    out = []
    for row in rows:
        cells = [cell.ljust(w) for cell, w in zip(row, widths, strict=True)]
        out.append("|" + (indent + "  ".join(cells)).rstrip())
    return out


# ---------------------------------------------------------------------------
# b01 – report chapter, PDF text layer that lost the Polish letters
# ---------------------------------------------------------------------------

B01_HEADER = "Raport o stanie innowacyjności gospodarki Podkarpacia 2023"

B01_PAGES: list[list[str]] = [
    [
        "4. KLASTRY I INICJATYWY KLASTROWE",
        "",
        "4.1. Wprowadzenie",
        "",
        "Klaster rozumiany jest w niniejszym rozdziale zgodnie z definicją M. Portera jako geograficzne skupisko wzajemnie powiązanych przedsiębiorstw, wyspecjalizowanych dostawców, jednostek świadczących usługi oraz instytucji, które jednocześnie konkurują ze sobą i współpracują. Inicjatywą klastrową nazywamy zorganizowane działanie na rzecz rozwoju takiego skupiska, prowadzone przez wyodrębnionego koordynatora.",
        "Według stanu na 31 grudnia 2023 r. w województwie podkarpackim działało 14 inicjatyw klastrowych, które łącznie skupiały ok. 620 podmiotów, w tym ok. 470 przedsiębiorstw zatrudniających blisko 38 tys. osób. W porównaniu z 2021 r. liczba inicjatyw wzrosła o trzy, a łączna liczba ich członków o 12%. Najwięcej klastrów ma siedzibę w Rzeszowie (4) oraz w powiatach mieleckim i krośnieńskim (po 2).",
        "Badanie ankietowe koordynatorów przeprowadzono w październiku 2023 r.; odpowiedzi nadesłało 11 z 14 inicjatyw. Spotkanie podsumowujące badanie odbyło się 16 listopada 2023 r. w Rzeszowie. W dalszej części rozdziału przedstawiono charakterystykę klastrów, których koordynatorzy zgodzili się na publikację danych (tabela 4.1).",
        "Tabela 4.1. Klastry objęte charakterystyką (stan na 31.12.2023 r.)",
        "",
        *table_rows(
            [
                ("Klaster", "Siedziba", "Rok", "Członkowie"),
                ("Dębicki Klaster Gumy i Elastomerów", "Dębica", "2016", "31"),
                ("Klaster Ekoturystyki „Pogórze Dynowskie”", "Dynów", "2019", "41"),
                ("Łańcucki Klaster Cukierniczo-Piekarski", "Łańcut", "2021", "ponad 20"),
                ("Leżajski Klaster Biogazu i Ciepła", "Leżajsk", "2018", "19"),
                ("Ropczycki Klaster Wyrobów Szamotowych", "Ropczyce", "b.d.", "ok. 15"),
                ("Razem", "", "", "ok. 126"),
            ],
            [42, 10, 6, 10],
            indent=" ",
        ),
        "",
        "Źródło: opracowanie własne PCAG na podstawie ankiety (n = 11).",
    ],
    [
        "4.2. Dębicki Klaster Gumy i Elastomerów",
        "",
        "Dębicki Klaster Gumy i Elastomerów (DKGiE) powstał w 2016 r. na mocy porozumienia o współpracy, które podpisało 9 przedsiębiorstw przetwórstwa gumy z Dębicy i okolic. W 2018 r. sygnatariusze porozumienia zarejestrowali Stowarzyszenie „Dębicki Klaster Gumy i Elastomerów”, które od tego czasu samodzielnie prowadzi sprawy klastra; siedzibą stowarzyszenia jest Dębica. Obecnie klaster zrzesza 31 członków, w tym 24 przedsiębiorstwa i 3 szkoły zawodowe. Firmy członkowskie zatrudniają łącznie ok. 4 300 osób, a ich przychody ze sprzedaży w 2022 r. przekroczyły 1,9 mld zł.",
        "Statutowymi celami stowarzyszenia są:",
        "• rozwój współpracy przedsiębiorstw branży gumowej z jednostkami naukowymi,",
        "• wspólne zakupy surowców i energii,",
        "• kształcenie kadr dla przemysłu przetwórstwa gumy i tworzyw sztucznych,",
        "• promocja członków klastra na rynkach zagranicznych.",
        "W 2023 r. klaster zorganizował wspólne stoisko na targach w Hanowerze, na którym wystawiło się 7 firm członkowskich. Kontakt: biuro@dkgie.pl, www.dkgie.pl.",
        "4.3. Klaster Ekoturystyki „Pogórze Dynowskie”",
        "",
        "Klaster Ekoturystyki „Pogórze Dynowskie” działa od 2019 r. na podstawie umowy o współpracy zawartej z inicjatywy Fundacji Rozwoju Ziemi Dynowskiej z siedzibą w Rzeszowie, która pełni funkcję koordynatora klastra. Biuro klastra mieści się w Dynowie, w budynku dawnej stacji kolejki wąskotorowej. Klaster tworzą 32 gospodarstwa agroturystyczne, 6 pensjonatów, gminy Dynów i Nozdrzec oraz Izba Tradycji Pogórza w Dynowie. W sezonie 2023 obiekty członków klastra przyjęły ok. 11 tys. turystów, którzy spędzili w nich ponad 40 tys. noclegów.",
        "Celem klastra jest wspólna promocja oferty turystycznej Pogórza Dynowskiego, tworzenie pakietów pobytowych łączących nocleg, przejazd kolejką i warsztaty rzemieślnicze oraz szkolenie gospodarzy w zakresie obsługi gości zagranicznych.",
        "O bieżących działaniach klastra koordynator informuje na swojej stronie internetowej www.fundacja-fzd.org.pl.",
    ],
    [
        "4.4. Łańcucki Klaster Cukierniczo-Piekarski",
        "",
        "W Łańcucie od 2021 r. działa Łańcucki Klaster Cukierniczo-Piekarski, zainicjowany przez Łańcucką Izbę Rzemiosła i Przedsiębiorczości, która pozostaje jego koordynatorem. Porozumienie klastrowe podpisało 14 zakładów; obecnie do klastra należy ponad 20 firm z powiatów łańcuckiego, przeworskiego i leżajskiego. Pierwsze walne spotkanie członków odbyło się we wrześniu 2021 r. w Przeworsku. Zakłady członkowskie wypiekają łącznie ok. 35 ton pieczywa dziennie i zatrudniają ok. 540 osób.",
        "Do najważniejszych zadań klastra należą:",
        "1) wspólne kampanie promujące tradycyjne wypieki regionu,",
        "2) organizacja praktyk dla uczniów kształcących się w zawodach cukiernik i piekarz.",
        "4.5. Leżajski Klaster Biogazu i Ciepła",
        "",
        "Leżajski Klaster Biogazu i Ciepła (LKBiC) zawiązało w 2018 r. porozumieniem 12 podmiotów. Koordynatorem klastra jest spółka komunalna Leżajskie Wodociągi i Ciepłownia sp. z o.o. z siedzibą w Leżajsku. W 2020 r. klaster uzyskał certyfikat klastra energii w konkursie ministra właściwego do spraw energii. Dziś liczy 19 członków: gminę Leżajsk, 11 gospodarstw rolnych, dwie spółdzielnie, trzy firmy i dwie szkoły. Do 2025 r. liczba członków ma wzrosnąć do 25. Moc zainstalowana w należącej do jednego z członków biogazowni wynosi 1,2 MW.",
        "Jedynym celem wskazanym w porozumieniu jest osiągnięcie samowystarczalności energetycznej gminy do 2030 r.",
    ],
    [
        "4.6. Pozostałe inicjatywy",
        "",
        "Ropczycki Klaster Wyrobów Szamotowych z siedzibą w Ropczycach (ok. 15 członków) nie odpowiedział na ankietę; dane w tabeli 4.1 pochodzą z poprzedniej edycji raportu.",
        "W Jarosławiu trwają prace nad utworzeniem Jarosławskiego Klastra Przeładunków Kolejowych. List intencyjny w tej sprawie podpisało w maju 2023 r. siedem firm, jednak porozumienie nie zostało dotąd zawarte, a koordynatora nie wybrano; inicjatywy nie ujęto w liczbie 14 klastrów.",
        "Klastrem nie jest natomiast sieć „LabKarpaty”, skupiająca 9 akredytowanych laboratoriów badawczych: jej członkowie zawarli jedynie porozumienie o wzajemnym uznawaniu wyników badań.",
        "4.7. Wnioski",
        "",
        "• Klastry regionu są stosunkowo małe – mediana liczby członków wynosi 22.",
        "• Tylko 3 z 11 badanych inicjatyw zatrudniają menedżera klastra na pełny etat.",
        "• Potrzebne jest dalsze wsparcie inicjatyw w perspektywie finansowej 2021–2027, zwłaszcza w zakresie internacjonalizacji i wspólnych projektów badawczych.",
    ],
]

LOST_LETTERS = set("ąćęńśźżĄĆĘŃŚŹŻ")


def b01_clean() -> str:
    pages = []
    for n, paras in enumerate(B01_PAGES, start=41):
        body = wrap_paragraphs(paras, 74, indent=" ")
        lines = [" " + B01_HEADER, "", *body, "", " " * 70 + str(n)]
        pages.append("\n".join(lines) + "\n")
    return "\f".join(pages)


def damage_text_layer(text: str, seed: int) -> str:
    """Imitate a PDF whose ToUnicode map lost the letters outside cp1252."""
    rng = random.Random(seed)
    out_lines = []
    for line in text.split("\n"):
        stripped = line.lstrip()
        if stripped.startswith("•"):
            line = line.replace("•", "\ufffd", 1)
        buf: list[str] = []
        for i, ch in enumerate(line):
            nxt = line[i + 1] if i + 1 < len(line) else ""
            if ch in "łŁ":
                if rng.random() < 0.45:
                    buf.append("\n")
                else:
                    buf.append("\ufffd")
                    if nxt.isalpha() and rng.random() < 0.25:
                        buf.append(" ")
            elif ch in LOST_LETTERS:
                buf.append("\ufffd")
                if nxt.isalpha() and rng.random() < 0.3:
                    buf.append(" ")
            else:
                buf.append(ch)
        damaged = "".join(buf)
        if damaged and rng.random() < 0.3:
            damaged += " "
        out_lines.append(damaged)
    return "\n".join(out_lines)


def make_b01() -> None:
    text = damage_text_layer(b01_clean(), seed=19001)
    (HERE / "b01_rozdzial_raportu_klastry_podkarpackie_uszkodzona_warstwa.txt").write_text(
        text, encoding="utf-8"
    )


# ---------------------------------------------------------------------------
# b02 – information note saved as UTF-8, read as cp1252 and saved again
# ---------------------------------------------------------------------------

B02_PARAS = [
    "INFORMACJA O INICJATYWACH KLASTROWYCH W WOJEWÓDZTWIE LUBELSKIM",
    "|stan na 30 czerwca 2024 r.",
    "",
    "|Opracowanie: Lubelska Pracownia Badań Regionalnych",
    "|Lublin, lipiec 2024 r.",
    "",
    "1. Wprowadzenie",
    "",
    "W rejestrze prowadzonym przez Pracownię figuruje obecnie 17 inicjatyw klastrowych z województwa lubelskiego, które łącznie zrzeszają ponad 700 podmiotów – przedsiębiorstw, uczelni, jednostek samorządu terytorialnego i organizacji pozarządowych. Na ankietę rozesłaną w maju 2024 r. odpowiedziało 9 koordynatorów. Poniżej omówiono inicjatywy, których koordynatorzy zgodzili się na publikację danych. Informację przedstawiono na posiedzeniu zespołu roboczego ds. inteligentnych specjalizacji, które odbyło się 12 lipca 2024 r. w Puławach.",
    "2. Lubelski Klaster Chmielarski (LKCh)",
    "",
    "Lubelski Klaster Chmielarski działa od 2017 r. na podstawie umowy konsorcjum, której stronami są plantatorzy chmielu, przetwórcy i odbiorcy surowca. Koordynatorem klastra jest Zrzeszenie Plantatorów Chmielu Ziemi Lubelskiej z siedzibą w Bełżycach. Klaster tworzy 42 plantatorów chmielu, trzy słodownie oraz browar rzemieślniczy z Kazimierza Dolnego. Łączna powierzchnia plantacji członków wynosi ok. 380 ha, co odpowiada blisko jednej piątej krajowego areału chmielu.",
    "Klaster stawia sobie za cel poprawę jakości surowca, wspólną sprzedaż chmielu browarom krajowym i zagranicznym oraz budowę grupowej suszarni i chłodni.",
    "Strona internetowa klastra: www.lkch.org.pl",
    "3. Hrubieszowski Klaster Zbóż i Roślin Strączkowych sp. z o.o.",
    "",
    "Spółka Hrubieszowski Klaster Zbóż i Roślin Strączkowych sp. z o.o. (HKZiRS) z siedzibą w Hrubieszowie została zarejestrowana w 2015 r. i sama prowadzi sprawy klastra – nie ma on odrębnego koordynatora. Udziałowcami spółki jest 12 rolników, a kapitał zakładowy wynosi 150 000 zł. Do klastra należy ok. 60 gospodarstw rolnych oraz 4 firmy skupowe i transportowe z Hrubieszowa i okolic. W 2023 r. członkowie klastra sprzedali wspólnie ok. 18 tys. ton pszenicy i 2,4 tys. ton soczewicy.",
    "Zgodnie z umową spółki klaster realizuje następujące cele:",
    "a) wspólne przechowywanie i sprzedaż płodów rolnych,",
    "b) upowszechnianie uprawy roślin strączkowych,",
    "c) doradztwo agrotechniczne dla członków.",
    "4. Lubelski Klaster Protetyki Stomatologicznej",
    "",
    "Klaster zainaugurowano w marcu 2020 r. z inicjatywy Fundacji Innowacji Dentystycznych z Lublina, która jest jego koordynatorem. Skupia on blisko 30 podmiotów: pracownie protetyczne, gabinety stomatologiczne, dystrybutorów materiałów oraz dwie szkoły policealne. W 2022 r. klaster otworzył punkt konsultacyjny w Zamościu; biuro klastra mieści się w Lublinie przy ul. Nadbystrzyckiej 112.",
    "Główne cele klastra:",
    "– wdrażanie technologii cyfrowego projektowania i druku 3D w protetyce,",
    "– wspólne szkolenia techników dentystycznych,",
    "– współpraca z uczelniami medycznymi regionu.",
    "Więcej: www.klaster-protetyki.pl",
    "5. Nadwieprzański Klaster Biometanu",
    "",
    "Porozumienie o utworzeniu Nadwieprzańskiego Klastra Biometanu zawarto w listopadzie 2022 r.; jego koordynatorem jest Gmina Krasnystaw. Klaster tworzą: gmina Krasnystaw, dziewięć gospodarstw rolnych, spółdzielnia mleczarska oraz dwie firmy transportowe. Planowana biogazownia ma mieć moc 2 MW, a koszt inwestycji szacuje się na 38 mln zł. Na konferencji w Chełmie w marcu 2024 r. przedstawiciele klastra zapowiedzieli przystąpienie kolejnych pięciu gospodarstw.",
    "Jedyny cel określony w porozumieniu to produkcja biometanu z odpadów rolniczych na potrzeby lokalnego transportu.",
    "6. Inne inicjatywy",
    "",
    "Przedstawiciele Ryckiego Klastra Warzyw Gruntowych z Ryk poinformowali, że ich inicjatywa liczy ok. 35 członków; pozostałych danych nie przekazali.",
    "W Tomaszowie Lubelskim piekarze z Roztocza podpisali w kwietniu 2024 r. list intencyjny w sprawie utworzenia Klastra Piekarzy Roztocza. Do czasu zawarcia porozumienia inicjatywa nie ma koordynatora i nie została wpisana do rejestru.",
    "Do rejestru nie wpisano również Wschodniego Hubu Innowacji Cyfrowych – jest to konsorcjum świadczące firmom usługi cyfryzacji, a nie klaster.",
    "|Kontakt: pracownia@lpbr-lublin.pl, tel. 81 532 14 07",
]


def mojibake(text: str) -> str:
    """UTF-8 bytes decoded as Windows-1252 (undefined bytes become C1 controls)."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def make_b02() -> None:
    clean = "\n".join(wrap_paragraphs(B02_PARAS, 92)).rstrip("\n") + "\n"
    (HERE / "b02_informacja_klastry_lubelskie_mojibake.txt").write_text(
        mojibake(clean), encoding="utf-8"
    )


# ---------------------------------------------------------------------------
# b03 – review of cluster initiatives, ISO-8859-2 without BOM
# ---------------------------------------------------------------------------

B03_PARAS = [
    "|                 PRZEGLĄD INICJATYW KLASTROWYCH",
    "|                 REGIONU ŚWIĘTOKRZYSKIEGO",
    "|                 Edycja 2014",
    "",
    '|Stowarzyszenie Doradców Gospodarczych "Nida", Kielce',
    "|ul. Paderewskiego 41/3, 25-004 Kielce, tel. 41 344 27 19",
    "",
    "|Spis treści",
    "|1. Wstęp ........................................................ 1",
    "|2. Ostrowiecki Klaster Konstrukcji Stalowych ..................... 2",
    "|3. Kunowski Klaster Cegły i Klinkieru ............................ 2",
    "|4. Staszowski Klaster Nawozów Siarkowych ......................... 3",
    "|5. Świętokrzyski Klaster Gier Planszowych ........................ 3",
    "|6. Małogoski Klaster Cementu i Kruszyw ........................... 4",
    "|7. Wąchocki Klaster Tartaków i Stolarki .......................... 4",
    "|8. Zestawienie ................................................... 5",
    "",
    "1. WSTĘP",
    "",
    "Niniejszy przegląd jest trzecią edycją opracowania, które Stowarzyszenie przygotowuje co dwa lata od 2010 r. Zawiera on opisy inicjatyw klastrowych, których koordynatorzy odpowiedzieli na kwestionariusz rozesłany w styczniu 2014 r. Według naszych danych w regionie działa obecnie 12 inicjatyw klastrowych, skupiających ok. 380 podmiotów; pierwsza z nich powstała w 2006 r. Przegląd omówiono na seminarium w Sandomierzu w kwietniu 2014 r.",
    "2. OSTROWIECKI KLASTER KONSTRUKCJI STALOWYCH (OKKS)",
    "",
    'Klaster zawiązano w 2011 r. na podstawie porozumienia 8 firm z branży konstrukcji stalowych. W 2013 r. przekształcił się w stowarzyszenie wpisane do KRS pod nazwą Stowarzyszenie "Ostrowiecki Klaster Konstrukcji Stalowych", z siedzibą w Ostrowcu Świętokrzyskim. Stowarzyszenie samo koordynuje działalność klastra. Na koniec 2013 r. liczyło 27 członków zwyczajnych i 5 członków wspierających. Hutnicze tradycje Ostrowca sięgają 1813 r., a firmy członkowskie zatrudniają dziś ok. 2 100 osób.',
    "Cele statutowe stowarzyszenia:",
    "1) rozwój kompetencji spawalniczych i certyfikacja firm,",
    "2) wspólne oferowanie konstrukcji w dużych przetargach,",
    "3) współpraca z uczelniami technicznymi,",
    "4) promocja eksportu konstrukcji stalowych.",
    "Adres strony internetowej: www.okks.com.pl",
    "3. KUNOWSKI KLASTER CEGŁY I KLINKIERU",
    "",
    'Koordynatorem klastra jest Przedsiębiorstwo Ceramiczne KERBUD sp. z o.o. z Kunowa, cegielnia działająca od 1928 r. Klaster działa od 2009 r. na podstawie umowy o współpracy i skupia ok. 18 podmiotów - producentów cegły, dachówki i klinkieru oraz firmy budowlane z powiatów ostrowieckiego i opatowskiego. Celem współpracy jest wspólna promocja wyrobów ceramicznych pod znakiem "Ceramika z Kunowa".',
    "4. STASZOWSKI KLASTER NAWOZÓW SIARKOWYCH",
    "",
    "Staszowski Klaster Nawozów Siarkowych powstał w 2012 r. z inicjatywy Agencji Rozwoju Ziemi Staszowskiej, która koordynuje jego działania. Biuro klastra mieści się w Staszowie. W skład klastra wchodzi 14 firm, dwie szkoły ponadgimnazjalne oraz Powiat Staszowski. Doroczne forum klastra odbywa się w Połańcu. Klaster dąży do zwiększenia wykorzystania siarki w nawozach mineralnych oraz do przygotowania kadr dla przemysłu chemicznego.",
    "5. ŚWIĘTOKRZYSKI KLASTER GIER PLANSZOWYCH",
    "",
    "Spółka Świętokrzyski Klaster Gier Planszowych sp. z o.o. z siedzibą w Kielcach powstała w 2012 r. z inicjatywy trzech wydawnictw i od początku sama zarządza klastrem. Skupia ponad 40 wydawców, projektantów gier, ilustratorów i sklepów specjalistycznych. Co roku klaster współorganizuje festiwal gier planszowych w Sandomierzu, w którym w 2013 r. wzięło udział 3 500 osób. Strona: www.skgp.com.pl",
    "6. MAŁOGOSKI KLASTER CEMENTU I KRUSZYW",
    "",
    "Porozumienie o utworzeniu klastra podpisało w 2013 r. 7 podmiotów z inicjatywy Gminy Małogoszcz, która jest jego koordynatorem. Obecnie klaster liczy 9 członków: gminę, trzy kopalnie kruszyw, zakład cementowy, dwie firmy transportowe i dwie firmy budowlane. Zadania klastra:",
    "- zmniejszenie uciążliwości transportu kruszyw dla mieszkańców,",
    "- wspólna budowa bocznicy kolejowej.",
    "7. WĄCHOCKI KLASTER TARTAKÓW I STOLARKI",
    "",
    "Wąchocki Klaster Tartaków i Stolarki działa od 2010 r. jako porozumienie partnerskie koordynowane przez Cech Rzemiosł Drzewnych z siedzibą w Wąchocku. Należą do niego 23 podmioty: tartaki, zakłady stolarskie i firmy leśne z doliny Kamiennej, w tym 6 zakładów ze Starachowic i Skarżyska-Kamiennej. Zwiedzający region mogą też skorzystać ze Szlaku Kamiennych Młynów, który - mimo że jest promowany wspólnie z klastrem - pozostaje szlakiem turystycznym, a nie klastrem.",
    "8. ZESTAWIENIE",
    "",
    *table_rows(
        [
            ("Klaster", "Siedziba", "Członkowie"),
            ("Ostrowiecki Klaster Konstrukcji Stalowych", "Ostrowiec Św.", "32"),
            ("Kunowski Klaster Cegły i Klinkieru", "Kunów", "ok. 18"),
            ("Staszowski Klaster Nawozów Siarkowych", "Staszów", "17"),
            ("Świętokrzyski Klaster Gier Planszowych", "Kielce", "ponad 40"),
            ("Małogoski Klaster Cementu i Kruszyw", "Małogoszcz", "9"),
            ("Wąchocki Klaster Tartaków i Stolarki", "Wąchock", "23"),
            ("Razem", "", "ok. 139"),
        ],
        [42, 14, 10],
    ),
    "",
    "|Dane: kwestionariusze koordynatorów, stan na 31.12.2013 r.",
]


def make_b03() -> None:
    clean = "\n".join(wrap_paragraphs(B03_PARAS, 78)).rstrip("\n") + "\n"
    (HERE / "b03_przeglad_klastrow_swietokrzyskie_iso8859_2.txt").write_bytes(
        clean.encode("iso-8859-2")
    )


# ---------------------------------------------------------------------------
# b04 – information note exported from an old system that strips diacritics
# ---------------------------------------------------------------------------

B04_PARAS = [
    "|SYSTEM EWIDENCJI DOKUMENTÓW - WYDRUK",
    "|Nr dok.: PRP/0417/2024          Data wydruku: 2024-03-14 10:42",
    "|" + "-" * 66,
    "",
    "INFORMACJA O KLASTRACH W PÓŁNOCNO-WSCHODNIEJ POLSCE",
    "",
    "Materiał na posiedzenie Komisji Rozwoju Regionalnego Północno-Wschodniej Rady Przedsiębiorców, Białystok, 21 marca 2024 r.",
    "W województwie podlaskim działa obecnie 11 inicjatyw klastrowych skupiających ok. 350 podmiotów, a w województwie warmińsko-mazurskim 13 inicjatyw liczących łącznie ponad 400 członków. Poniżej opisano klastry, których przedstawiciele uczestniczyli w spotkaniu konsultacyjnym Rady w Olsztynie 7 lutego 2024 r.",
    "I. WOJEWÓDZTWO PODLASKIE",
    "",
    "1. Łomżyński Klaster Urządzeń Leśnych (ŁKUL)",
    "",
    "Klaster działa od 2013 r. na podstawie umowy konsorcjum; jego koordynatorem jest Izba Przemysłowo-Handlowa Ziemi Łomżyńskiej z siedzibą w Łomży. Klaster zrzesza 34 członków, w tym 5 szkół i 2 uczelnie. Firmy klastra produkują m.in. przyczepy do zrywki drewna, żurawie leśne i rębaki; ich eksport w 2023 r. wyniósł ok. 46 mln zł.",
    "Cele klastra:",
    "- rozwój wspólnego zaplecza badawczego i stanowisk testowych,",
    "- wspólna oferta eksportowa na rynki skandynawskie,",
    "- kształcenie operatorów maszyn leśnych.",
    "Strona: www.lkul.pl",
    "2. Grajewski Klaster Meblowy sp. z o.o.",
    "",
    "Spółkę Grajewski Klaster Meblowy sp. z o.o. z siedzibą w Grajewie utworzyło w 2017 r. sześciu producentów mebli; spółka sama prowadzi sprawy klastra. Obecnie do klastra należy ok. 25 firm meblarskich i tapicerskich z powiatów grajewskiego i kolneńskiego. Wspólny salon wystawowy klastra otwarto w 2021 r. w Ełku.",
    "3. Moniecki Klaster Zbóż i Pasz",
    "",
    "W 2021 r. z inicjatywy Gminy Mońki zawarto porozumienie o utworzeniu Monieckiego Klastra Zbóż i Pasz; gmina pełni funkcję koordynatora klastra. Klaster tworzą gmina Mońki, osiem gospodarstw rolnych i dwie wytwórnie pasz. Jedynym celem klastra jest budowa wspólnego magazynu zbożowego z suszarnią.",
    "W spotkaniu uczestniczyła także Podlaska Grupa Producentów Trzody „Knieja”; jest to grupa producentów rolnych, a nie klaster.",
    "II. WOJEWÓDZTWO WARMIŃSKO-MAZURSKIE",
    "",
    "4. Ostródzki Klaster Turystyki Rowerowej",
    "",
    "Stowarzyszenie Ostródzki Klaster Turystyki Rowerowej z siedzibą w Ostródzie działa od 2014 r. (do 2019 r. pod nazwą „Rowerowa Ostróda”) i samo prowadzi sprawy klastra. Zrzesza blisko 50 członków: wypożyczalnie i serwisy rowerowe, obiekty noclegowe, gminy oraz przewoźników. W 2023 r. członkowie obsłużyli ok. 22 tys. turystów rowerowych, a długość oznakowanych tras wynosi 420 km.",
    "Cele statutowe:",
    "- rozbudowa sieci tras rowerowych wokół Jeziora Drwęckiego,",
    "- wspólny system rezerwacji i wypożyczeń rowerów,",
    "- promocja turystyki rowerowej na Warmii i Mazurach.",
    "Strona: www.oktr.pl",
    "5. Klaster Rybołówstwa Jeziorowego „Sielawa”",
    "",
    "Klaster Rybołówstwa Jeziorowego „Sielawa” powstał w 2018 r. na podstawie umowy o współpracy; jego koordynatorem jest Fundacja „Rybacy Mazur” z siedzibą w Giżycku, natomiast biuro klastra działa w Mikołajkach. W skład klastra wchodzi 12 gospodarstw rybackich, 4 restauracje, 2 przetwórnie ryb oraz technikum. Klaster dąży do odbudowy populacji sielawy, wspólnej sprzedaży ryb pod marką „Ryba z Mazur” i rozwoju turystyki wędkarskiej.",
    "6. Bartoszycki Klaster Agroenergii",
    "",
    "Bartoszycki Klaster Agroenergii powstał w 2020 r. jako porozumienie 11 podmiotów; koordynuje go Fundacja Wsparcia Obszarów Wiejskich „Natangia” z Bartoszyc. Obecnie liczy 17 członków, a do końca 2025 r. ma ich być 30. W 2022 r. klaster otrzymał certyfikat klastra energii.",
    "|" + "-" * 66,
    "|Uwaga: dane przechowywane są na klastrze serwerów SIGMA (3 węzły);",
    "|polskie znaki diakrytyczne nie są obsługiwane przez moduł wydruku.",
    "|Strona 1 z 1",
]

STRIP = str.maketrans(
    {
        "ą": "a",
        "ć": "c",
        "ę": "e",
        "ł": "l",
        "ń": "n",
        "ó": "o",
        "ś": "s",
        "ź": "z",
        "ż": "z",
        "Ą": "A",
        "Ć": "C",
        "Ę": "E",
        "Ł": "L",
        "Ń": "N",
        "Ó": "O",
        "Ś": "S",
        "Ź": "Z",
        "Ż": "Z",
        "„": '"',
        "”": '"',
        "–": "-",
    }
)


def make_b04() -> None:
    clean = "\n".join(wrap_paragraphs(B04_PARAS, 72)).rstrip("\n") + "\n"
    stripped = clean.translate(STRIP)
    stripped.encode("ascii")  # the old system writes plain ASCII only
    (HERE / "b04_informacja_klastry_podlaskie_warminsko_mazurskie_bez_znakow.txt").write_text(
        stripped, encoding="ascii"
    )


# ---------------------------------------------------------------------------
# b05 – two-column report PDF with ligatures and hyphenation
# ---------------------------------------------------------------------------

B05_TITLE = "2. Profile wybranych klastrów Śląska i Małopolski"
B05_LEAD = "W rozdziale przedstawiono sylwetki sześciu klastrów wybranych spośród 41 inicjatyw klastrowych działających w województwach śląskim (26) i małopolskim (15), które łącznie skupiają ponad 2 400 podmiotów. Profile opracowano na podstawie wywiadów z koordynatorami, przeprowadzonych w styczniu i lutym 2024 r., oraz danych z rejestrów publicznych; definicję klastra przyjęto za rozdziałem 1."
B05_BLOCKS: list[tuple[str, str]] = [
    ("h", "2.1. Tyski Klaster Komponentów Motoryzacyjnych"),
    (
        "p",
        "Tyski Klaster Komponentów Motoryzacyjnych (TKKM) działa od 2015 r. na podstawie umowy konsorcjum, której liderem i koordynatorem jest Centrum Usług Przemysłowych „Paprocany” sp. z o.o. z siedzibą w Tychach. Klaster skupia 47 członków, w tym 39 firm produkcyjnych; pozostali to uczelnie, szkoły i instytucje otoczenia biznesu. Firmy członkowskie zatrudniają łącznie ok. 11 200 osób, a ich udział w eksporcie podregionu tyskiego sięga 18%. Część członków ma zakłady w Bieruniu i Lędzinach, a wspólne stoisko klastra od 2018 r. pojawia się na targach w Stuttgarcie.",
    ),
    ("p", "Cele klastra określone w umowie konsorcjum:"),
    ("li", "podnoszenie kompetencji kadr w zakresie elektromobilności,"),
    ("li", "wspólne projekty badawczo-rozwojowe z uczelniami,"),
    (
        "li",
        "zmiana profilu produkcji firm członkowskich w kierunku komponentów do pojazdów elektrycznych,",
    ),
    ("li", "reprezentowanie interesów członków wobec administracji publicznej."),
    (
        "p",
        "W 2021 r. do konsorcjum przystąpiło sześć nowych firm, a dwie z niego wystąpiły. Od 2022 r. klaster współpracuje z czeskim klastrem motoryzacyjnym z Ostrawy, z którym przygotował wspólny program staży dla 40 techników. Kontakt: www.tkkm.com.pl",
    ),
    ("h", "2.2. Raciborski Klaster Przetwórstwa Zbóż"),
    (
        "p",
        "Stowarzyszenie „Raciborski Klaster Przetwórstwa Zbóż” z siedzibą w Raciborzu jest formalną kontynuacją porozumienia zawartego w 2010 r. przez młyny i piekarnie z Ziemi Raciborskiej. Stowarzyszenie zarejestrowano w 2012 r. i od tego czasu samo koordynuje działania klastra, który liczy obecnie ok. 30 członków. Celem klastra jest utrzymanie lokalnego łańcucha dostaw zbóż, poprawa efektywności energetycznej młynów oraz promocja produktów z mąki regionalnej. W 2022 r. klaster pośredniczył w rozwiązaniu konfliktu o ceny skupu między młynami a producentami zbóż. Strona: www.rkpz.pl",
    ),
    (
        "p",
        "Młyny członkowskie przerabiają rocznie ok. 85 tys. ton zbóż, z czego blisko połowa pochodzi z gospodarstw położonych w promieniu 50 km od Raciborza. Klaster jest też właścicielem znaku „Mąka Raciborska”, którym w 2023 r. oznaczono wyroby 14 piekarni.",
    ),
    ("h", "2.3. Klaster Kultury i Mediów „Familok”"),
    (
        "p",
        "Klaster „Familok” powstał w 2017 r. na mocy porozumienia partnerskiego; jego koordynatorem jest Fundacja Sztuki Użytkowej „Cynk” z siedzibą w Katowicach. Członkami klastra są 48 firm z branż projektowej, muzycznej i filmowej, 9 organizacji pozarządowych, trzy uczelnie artystyczne oraz dwa miasta – Katowice i Chorzów. Klaster prowadzi przestrzeń warsztatową w dawnej łaźni kopalnianej, a od 2022 r. także pracownię filmową w Bytomiu. Jedynym celem zapisanym w porozumieniu jest komercjalizacja projektów twórców z regionu. Więcej: www.familok-klaster.pl",
    ),
    (
        "p",
        "W 2023 r. członkowie klastra zrealizowali wspólnie 140 projektów o łącznej wartości 9,6 mln zł, a na organizowanym przez klaster festiwalu w Gliwicach zaprezentowało się 35 studiów projektowych. Fundacja „Cynk”, założona w 2009 r., prowadzi również galerię w Sosnowcu, niezwiązaną z działalnością klastra.",
    ),
    ("h", "2.4. Oświęcimski Klaster Chemii Procesowej"),
    (
        "p",
        "Oświęcimski Klaster Chemii Procesowej sp. z o.o. (OKChP) prowadzi działalność w Oświęcimiu. Klaster zawiązano w 2012 r. jako porozumienie ośmiu zakładów; w 2016 r. członkowie powołali spółkę, która od tego czasu zarządza klastrem we własnym imieniu. Klaster liczy 25 członków, a ich zakłady zatrudniają ok. 3 900 osób.",
    ),
    (
        "p",
        "Spółka ma 11 udziałowców; pozostali członkowie klastra uczestniczą w nim na podstawie umów członkowskich. W 2023 r. członkowie wspólnie przeprowadzili ćwiczenia ratownicze z udziałem 320 osób, a w Brzeszczach uruchomiono wspólne laboratorium analiz środowiskowych.",
    ),
    ("p", "Zadania klastra to:"),
    ("li", "wspólne zarządzanie bezpieczeństwem procesowym i ratownictwem chemicznym,"),
    ("li", "optymalizacja gospodarki odpadami i wodą technologiczną."),
    ("h", "2.5. Sądecki Klaster Wód Mineralnych"),
    (
        "p",
        "Sądecki Klaster Wód Mineralnych, koordynowany przez Muszyńskie Towarzystwo Zdrojowe, ma biuro w Muszynie. Porozumienie o współpracy podpisano w 2019 r. w Krynicy-Zdroju; obecnie klaster skupia blisko 20 członków – rozlewnie, uzdrowiska i laboratoria. Rozlewnie członkowskie, m.in. w Piwnicznej-Zdroju i Żegiestowie, wyprodukowały w 2023 r. ok. 410 mln litrów wody.",
    ),
    ("p", "Klaster zamierza:"),
    ("li", "wspólnie chronić zasoby wód podziemnych,"),
    ("li", "opracować markę regionalną wód sądeckich."),
    ("h", "2.6. Małopolski Klaster Telemedycyny"),
    (
        "p",
        "Małopolski Klaster Telemedycyny (MKT) to stowarzyszenie z siedzibą w Krakowie, zarejestrowane w 2020 r., które samo pełni funkcję koordynatora. Zrzesza ponad 70 członków: szpitale, firmy informatyczne, producentów urządzeń medycznych i uczelnie; do 2026 r. liczba członków ma przekroczyć 100. W 2023 r. w ramach pilotażu klastra zdalną opieką objęto 2 300 pacjentów w Nowym Targu i Wadowicach.",
    ),
    ("p", "Cele statutowe stowarzyszenia:"),
    ("li", "rozwój usług telemedycznych w profilaktyce chorób przewlekłych,"),
    ("li", "wspólne standardy wymiany danych medycznych,"),
    ("li", "szkolenia personelu medycznego z obsługi systemów zdalnej opieki."),
    (
        "p",
        "Biuro stowarzyszenia działa w Krakowie, a od 2023 r. punkt kontaktowy klastra funkcjonuje również w Tarnowie. Strona: www.mktelemed.pl",
    ),
    ("h", "2.7. Porównanie opisanych klastrów"),
    (
        "p",
        "Sześć opisanych klastrów zrzesza łącznie ok. 254 członków, a firmy członkowskie zatrudniają ponad 20 tys. osób. Trzy z nich samodzielnie prowadzą swoje sprawy jako stowarzyszenie lub spółka, w trzech pozostałych funkcję koordynatora pełni wyodrębniony podmiot: spółka, fundacja lub stowarzyszenie. Najstarszy z opisanych klastrów powstał w 2010 r., najmłodszy – w 2020 r.",
    ),
    (
        "p",
        "Profil działalności klastrów jest zróżnicowany, ale wszystkie wskazują na potrzebę finansowania biur klastrów po zakończeniu projektów unijnych oraz na trudności w pozyskiwaniu członków spoza swojego powiatu. Połowa koordynatorów planuje w najbliższych dwóch latach wspólne projekty z klastrami z innych regionów, w tym z Czech i Słowacji.",
    ),
    ("h", "2.8. Uwagi końcowe"),
    (
        "p",
        "W wywiadach wspominano także Podhalańską Grupę Producentów Mleka Owczego; jest to grupa producentów rolnych, a nie klaster, dlatego nie została uwzględniona. Konflikty interesów między członkami klastrów zgłaszano rzadko – wskazało je 4 z 41 koordynatorów. Największym wyzwaniem pozostaje finansowanie biur klastrów po zakończeniu projektów unijnych.",
    ),
]

PAGE_W, PAGE_H = A4
LEFT, RIGHT = 56.0, PAGE_W - 56.0
GUTTER = 18.0
COL_W = (RIGHT - LEFT - GUTTER) / 2
TOP, BOTTOM = PAGE_H - 66.0, 64.0
FONT, FONT_B, FONT_I = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"


def ligatures(text: str) -> str:
    """Write fi/fl as the ligature characters, except inside addresses."""
    words = text.split(" ")
    return " ".join(
        w if ("www." in w or "@" in w) else w.replace("fi", "\ufb01").replace("fl", "\ufb02")
        for w in words
    )


def split_word(word: str, room: float, font: str, size: float) -> tuple[str, str] | None:
    """Best hyphenated split of a word so that head + '-' fits in room."""
    if "www." in word or "@" in word or any(ch.isdigit() for ch in word):
        return None
    options: list[tuple[str, str]] = []
    if "-" in word.strip("-"):
        i = word.index("-")
        if i > 0:
            options.append((word[: i + 1], word[i + 1 :]))
    m = TOKEN_RE.match(word)
    if m:
        pre, core, _ = m.groups()
        for p in hyphen_points(core):
            options.append((pre + core[:p] + "-", word[len(pre) + p :]))
    best = None
    for head, tail in options:
        fits = pdfmetrics.stringWidth(ligatures(head), font, size) <= room
        if fits and (best is None or len(head) > len(best[0])):
            best = (head, tail)
    return best


def break_lines(text: str, width: float, font: str, size: float) -> list[str]:
    words = text.split(" ")
    lines: list[str] = []
    cur = ""
    i = 0
    while i < len(words):
        word = words[i]
        cand = word if not cur else cur + " " + word
        if pdfmetrics.stringWidth(ligatures(cand), font, size) <= width:
            cur = cand
            i += 1
            continue
        prefix = cur + " " if cur else ""
        room = width - pdfmetrics.stringWidth(ligatures(prefix), font, size)
        split = split_word(word, room, font, size)
        if split:
            lines.append(prefix + split[0])
            words[i] = split[1]
            cur = ""
            continue
        if cur:
            lines.append(cur)
            cur = ""
            continue
        lines.append(word)
        i += 1
    if cur:
        lines.append(cur)
    return [ligatures(line) for line in lines]


class TwoColumnFlow:
    def __init__(self, c: canvas.Canvas, first_page_no: int) -> None:
        self.c = c
        self.first_page_no = first_page_no
        self.page = 0
        self.col = 0
        self.top = TOP
        self.y = TOP
        self.new_page()

    def decorate(self) -> None:
        c = self.c
        c.setFont(FONT_I, 7.5)
        c.drawString(LEFT, PAGE_H - 40, "Klastry Południa. Raport 2024")
        c.drawRightString(RIGHT, PAGE_H - 40, ligatures("Rozdział 2. Profile klastrów"))
        c.setLineWidth(0.4)
        c.line(LEFT, PAGE_H - 45, RIGHT, PAGE_H - 45)
        number = str(self.first_page_no + self.page - 1)
        c.setFont(FONT, 8)
        if (self.first_page_no + self.page - 1) % 2:
            c.drawRightString(RIGHT, 36, number)
        else:
            c.drawString(LEFT, 36, number)

    def new_page(self) -> None:
        if self.page:
            self.c.showPage()
        self.page += 1
        self.col = 0
        self.top = TOP
        self.y = TOP
        self.decorate()

    def next_column(self) -> None:
        if self.col == 0:
            self.col = 1
            self.y = self.top
        else:
            self.new_page()

    def x(self) -> float:
        return LEFT + self.col * (COL_W + GUTTER)

    def full_width(self, text: str, font: str, size: float, leading: float) -> None:
        self.c.setFont(font, size)
        for line in break_lines(text, RIGHT - LEFT, font, size):
            self.c.drawString(LEFT, self.y, line)
            self.y -= leading
        self.y -= 6
        self.top = self.y

    def block(self, kind: str, text: str) -> None:
        if kind == "h":
            size, leading, font = 9.5, 12.0, FONT_B
            if self.y < self.top:
                self.y -= 6
            if self.y - 4 * leading < BOTTOM:
                self.next_column()
            lines = break_lines(text, COL_W, font, size)
            indent = 0.0
        elif kind == "li":
            size, leading, font = 8.8, 11.2, FONT
            indent = 10.0
            lines = break_lines(text, COL_W - indent, font, size)
        else:
            size, leading, font = 8.8, 11.2, FONT
            indent = 0.0
            lines = break_lines(text, COL_W, font, size)
        for n, line in enumerate(lines):
            if self.y - leading < BOTTOM:
                self.next_column()
            self.c.setFont(font, size)
            if kind == "li" and n == 0:
                self.c.drawString(self.x() + 1.5, self.y, "•")
            self.c.drawString(self.x() + indent, self.y, line)
            self.y -= leading
        self.y -= 3.0 if kind != "li" else 0.5


def make_b05() -> None:
    for name, file in (
        (FONT, "DejaVuSans.ttf"),
        (FONT_B, "DejaVuSans-Bold.ttf"),
        (FONT_I, "DejaVuSans-Oblique.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    path = HERE / "b05_raport_klastry_slaskie_malopolskie_dwie_kolumny.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("Klastry Południa. Raport 2024 – rozdział 2")
    c.setAuthor("Fundacja Obserwatorium Gospodarki Południa")
    c.setSubject("Profile klastrów województw śląskiego i małopolskiego")
    c.setCreator("heldout19 make_documents.py")
    flow = TwoColumnFlow(c, first_page_no=17)
    flow.full_width(B05_TITLE, FONT_B, 14, 18)
    flow.full_width(B05_LEAD, FONT_I, 9, 11.5)
    for kind, text in B05_BLOCKS:
        flow.block(kind, text)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# b06 – monitoring report DOCX with soft hyphens and non-breaking spaces
# ---------------------------------------------------------------------------

NB = "\u00a0"
SHY = "\u00ad"


def nb(text: str) -> str:
    """'~' in the source text marks a non-breaking space (thousands, units)."""
    return text.replace("~", NB)


class SoftHyphens:
    """Insert soft hyphens into long words, as manual hyphenation in Word leaves them."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def __call__(self, text: str) -> str:
        out = []
        for token in text.split(" "):
            m = TOKEN_RE.match(token)
            if m and len(m.group(2)) >= 9 and self.rng.random() < 0.6:
                pre, core, post = m.groups()
                pts = hyphen_points(core)
                if pts:
                    pieces = [core[a:b] for a, b in zip([0, *pts], [*pts, len(core)], strict=True)]
                    token = pre + SHY.join(pieces) + post
            out.append(token)
        return " ".join(out)


B06_TABLE = [
    ("Lp.", "Nazwa klastra", "Siedziba", "Koordynator", "Rok utworzenia", "Liczba członków"),
    (
        "1",
        "Grudziądzki Klaster Odlewnictwa Żeliwa",
        "Grudziądz",
        "– (stowarzyszenie)",
        "2014",
        "28",
    ),
    (
        "2",
        "Świecki Klaster Papierniczy",
        "Świecie",
        "Świecka Agencja Rozwoju Lokalnego",
        "2019",
        "ok. 40",
    ),
    (
        "3",
        "Wąbrzeski Klaster Producentów Mleka",
        "Wąbrzeźno",
        "Spółdzielnia Mleczarska „Ziemia Chełmińska”",
        "2018",
        "1~120",
    ),
    ("4", "Tucholski Klaster Turystyki Leśnej", "Tuchola", "– (stowarzyszenie)", "2015", "56"),
    ("5", "Lipnowski Klaster Energii Słonecznej", "Lipno", "Gmina Lipno", "2021", "13"),
    ("", "Razem", "", "", "", "ok. 1~257"),
]

B06_BODY: list[tuple[str, str]] = [
    ("h1", "1. Wprowadzenie"),
    (
        "p",
        "Monitoring za 2023 rok objął 18 inicjatyw klastrowych z województwa kujawsko-pomorskiego, które łącznie skupiają ok. 2~050 podmiotów i zatrudniają ponad 31~000 osób. Dane zebrano w formie ankiety internetowej w styczniu i lutym 2024 r.; wyniki omówiono na spotkaniu koordynatorów w Bydgoszczy 6 marca 2024 r. W sprawozdaniu szczegółowo opisano pięć klastrów, których koordynatorzy przekazali komplet danych (tabela 1).",
    ),
    ("caption", "Tabela 1. Wybrane klastry – dane podstawowe (stan na 31.12.2023 r.)"),
    ("table", ""),
    ("p", "Źródło: ankieta monitoringowa ROKKiP 2024."),
    ("h1", "2. Charakterystyka klastrów"),
    ("h2", "2.1. Grudziądzki Klaster Odlewnictwa Żeliwa"),
    (
        "p",
        "Klaster zainicjowało w 2014 r. porozumienie siedmiu odlewni; w 2016 r. przekształcono je w Stowarzyszenie „Grudziądzki Klaster Odlewnictwa Żeliwa” (GKOŻ), które samo koordynuje działalność klastra. Stowarzyszenie ma siedzibę w Grudziądzu i liczy 28 członków, w tym 21 odlewni. Odlewnie członkowskie zatrudniają 2~450 osób i wytopiły w 2023 r. ok. 96~000 ton żeliwa. Cele stowarzyszenia to:",
    ),
    ("num", "modernizacja technologii topienia w kierunku niskoemisyjnym,"),
    ("num", "wspólne zamówienia złomu i koksu,"),
    ("num", "szkolenie operatorów linii formierskich."),
    ("p", "Strona internetowa: www.gkoz.pl"),
    ("h2", "2.2. Świecki Klaster Papierniczy"),
    (
        "p",
        "Świecki Klaster Papierniczy, koordynowany przez Świecką Agencję Rozwoju Lokalnego z siedzibą w Świeciu, działa od 2019 r. na podstawie umowy o współpracy. Skupia ok. 40 podmiotów – producentów opakowań, drukarnie, firmy logistyczne, szkołę branżową i Powiat Świecki. Spotkania członków odbywają się na przemian w Chełmnie i w Bydgoszczy. Klaster chce zwiększyć udział opakowań z recyklingu w produkcji członków i wspólnie pozyskiwać odbiorców w Skandynawii. W 2023 r. członkowie zrealizowali wspólne zamówienia o wartości 4~350~000 zł.",
    ),
    ("h2", "2.3. Wąbrzeski Klaster Producentów Mleka"),
    (
        "p",
        "Wąbrzeski Klaster Producentów Mleka działa od 2018 r. na podstawie umowy konsorcjum; jego koordynatorem jest Spółdzielnia Mleczarska „Ziemia Chełmińska” z Wąbrzeźna. Klaster zrzesza 1~120 gospodarstw mlecznych (w tym 860 z powiatu wąbrzeskiego), które w 2023 r. dostarczyły 312 mln litrów mleka; średnie stado liczy 48 krów. Celem klastra jest wspólne wdrożenie systemu śledzenia jakości mleka od gospodarstwa do zakładu.",
    ),
    ("h2", "2.4. Tucholski Klaster Turystyki Leśnej"),
    (
        "p",
        "Klaster działa od 2015 r.; do 2017 r. jego sprawy prowadziła Fundacja Aktywnych Borów z Chojnic. W 2018 r. członkowie zarejestrowali Stowarzyszenie „Tucholski Klaster Turystyki Leśnej” z siedzibą w Tucholi, które od tego czasu samo koordynuje klaster. Członkami klastra są 38 obiektów noclegowych, 11 firm usługowych, 5 gmin i 2 nadleśnictwa. W 2023 r. obiekty członków udzieliły 184~600 noclegów. Cele statutowe:",
    ),
    ("bullet", "rozwój produktów turystyki leśnej i edukacji przyrodniczej,"),
    ("bullet", "wspólna promocja Borów Tucholskich na targach turystycznych."),
    ("p", "Strona: www.tklesnej.pl"),
    ("h2", "2.5. Lipnowski Klaster Energii Słonecznej"),
    (
        "p",
        "Porozumienie o utworzeniu Lipnowskiego Klastra Energii Słonecznej zawarto w 2021 r. z inicjatywy Gminy Lipno, która koordynuje klaster. Klaster liczy 13 członków, a w 2023 r. uzyskał status klastra energii; łączna moc instalacji fotowoltaicznych członków wynosi 14,6~MW. Jedynym celem klastra jest pokrycie zapotrzebowania budynków publicznych gminy energią ze słońca.",
    ),
    ("h1", "3. Inne ustalenia"),
    (
        "p",
        "Pomorsko-Kujawska Platforma Wodorowa, o której wspominało kilku ankietowanych, jest porozumieniem gmin i spółek komunalnych, a nie klastrem, i nie została objęta monitoringiem. Kolejna edycja monitoringu obejmie dane za 2024 r.",
    ),
]


def normalise_zip(raw: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 18, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def make_b06() -> None:
    shy = SoftHyphens(seed=19006)
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = "Regionalne Obserwatorium Klastrów Kujaw i Pomorza"
    cp.title = "Sprawozdanie z monitoringu inicjatyw klastrowych za 2023 rok"
    cp.subject = "Klastry województwa kujawsko-pomorskiego"
    cp.keywords = "klastry; monitoring; kujawsko-pomorskie"
    cp.comments = ""
    cp.category = ""
    cp.last_modified_by = "ROKKiP"
    cp.revision = 3
    fixed = datetime(2024, 3, 18, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed

    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)

    doc.add_paragraph(
        shy(
            "Sprawozdanie z monitoringu inicjatyw klastrowych województwa kujawsko-pomorskiego za 2023 rok"
        ),
        style="Title",
    )
    doc.add_paragraph(
        shy("Regionalne Obserwatorium Klastrów Kujaw i Pomorza (ROKKiP), Toruń, marzec 2024 r.")
    )

    for kind, text in B06_BODY:
        if kind == "table":
            rows = B06_TABLE
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            for r, row in enumerate(rows):
                for col, value in enumerate(row):
                    cell = table.cell(r, col)
                    run = cell.paragraphs[0].add_run(shy(nb(value)))
                    run.font.size = Pt(9)
                    if r == 0 or value == "Razem":
                        run.bold = True
            continue
        text = shy(nb(text))
        if kind == "h1":
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
        elif kind == "caption":
            p = doc.add_paragraph()
            p.add_run(text).italic = True
        elif kind == "num":
            doc.add_paragraph(text, style="List Number")
        elif kind == "bullet":
            doc.add_paragraph(text, style="List Bullet")
        else:
            doc.add_paragraph(text)

    buf = io.BytesIO()
    doc.save(buf)
    (HERE / "b06_sprawozdanie_monitoring_klastrow_kujawsko_pomorskie.docx").write_bytes(
        normalise_zip(buf.getvalue())
    )


def main() -> None:
    make_b01()
    make_b02()
    make_b03()
    make_b04()
    make_b05()
    make_b06()


if __name__ == "__main__":
    main()
