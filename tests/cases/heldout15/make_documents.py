# ruff: noqa: E501  (the invented Polish document text is kept in long literal lines)
"""Generate the six documents of the heldout15 evaluation set.

All names, people, organisations, addresses, numbers and websites are invented.
Run from anywhere: ``.venv/bin/python tests/cases/heldout15/make_documents.py``.
The output is deterministic (fixed PDF metadata, fixed DOCX zip timestamps).
"""

from __future__ import annotations

import io
import re
import textwrap
import zipfile
from datetime import datetime
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from reportlab import rl_config
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

HERE = Path(__file__).resolve().parent
FONT_DIRS = [
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
]

rl_config.invariant = 1

# ---------------------------------------------------------------------------
# plain-text layout helpers (imitating pdftotext -layout output)
# ---------------------------------------------------------------------------

VOWELS = set("aąeęioóuyAĄEĘIOÓUY")
WORD_RE = re.compile(r"^([A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż]+)([,.;:]?)$")


class Hyphenator:
    """Deterministic, crude Polish hyphenation (split V-CV) on every other chance."""

    def __init__(self) -> None:
        self.chances = 0

    def split(self, word: str, room: int) -> tuple[str, str] | None:
        m = WORD_RE.match(word)
        if not m or room < 5:
            return None
        core, punct = m.groups()
        points = [
            i
            for i in range(3, len(core) - 2)
            if core[i - 1] in VOWELS and core[i] not in VOWELS and core[i + 1] in VOWELS
        ]
        points = [i for i in points if i + 1 <= room]
        if not points:
            return None
        self.chances += 1
        if self.chances % 2:
            return None
        i = max(points)
        return core[:i] + "-", core[i:] + punct


def wrap(
    text: str, width: int, hy: Hyphenator | None, first: str = "", rest: str = ""
) -> list[str]:
    words = text.split()
    lines: list[str] = []
    cur = first
    empty = True
    while words:
        w = words.pop(0)
        candidate = w if empty else " " + w
        if len(cur) + len(candidate) <= width:
            cur += candidate
            empty = False
            continue
        if hy is not None and not empty:
            room = width - len(cur) - 1
            parts = hy.split(w, room)
            if parts:
                cur += " " + parts[0]
                words.insert(0, parts[1])
                lines.append(cur)
                cur, empty = rest, True
                continue
        if empty:
            cur += w
            lines.append(cur)
            cur, empty = rest, True
            continue
        lines.append(cur)
        cur, empty = rest, True
        words.insert(0, w)
    if not empty:
        lines.append(cur)
    return lines


def layout_table(
    columns: list[tuple[str, int]], rows: list[list[str]], gap: int = 2, indent: int = 1
) -> list[str]:
    """Flatten a table the way pdftotext -layout does: cells wrapped inside fixed columns."""

    def render(cells: list[str]) -> list[str]:
        wrapped = [textwrap.wrap(c, w) or [""] for c, (_, w) in zip(cells, columns, strict=True)]
        height = max(len(x) for x in wrapped)
        out = []
        for k in range(height):
            parts = []
            for cell_lines, (_, w) in zip(wrapped, columns, strict=True):
                parts.append((cell_lines[k] if k < len(cell_lines) else "").ljust(w))
            out.append((" " * indent + (" " * gap).join(parts)).rstrip())
        return out

    lines = render([h for h, _ in columns])
    lines.append("")
    for row in rows:
        lines.extend(render(row))
    return lines


def paginate(
    blocks: list[tuple], width: int, body_lines: int, header, footer, hy: Hyphenator
) -> str:
    """Lay blocks out into pages separated by form feeds, with running header and footer."""
    pages: list[list[str]] = [[]]

    def room() -> int:
        return body_lines - len(pages[-1])

    def new_page() -> None:
        pages.append([])

    def add(lines: list[str], atomic: bool = False, keep: int = 0) -> None:
        if atomic and len(lines) > room():
            new_page()
        if keep and room() < keep:
            new_page()
        for line in lines:
            if room() <= 0:
                new_page()
            if not pages[-1] and not line.strip():
                continue
            pages[-1].append(line)

    for block in blocks:
        kind = block[0]
        if kind == "h":
            lead = [""] if pages[-1] and pages[-1][-1].strip() else []
            add([*lead, *wrap(block[1], width, None), ""], keep=7)
        elif kind == "p":
            add(wrap(block[1], width, hy))
            add([""])
        elif kind == "li":
            marker, text = block[1], block[2]
            add(wrap(text, width, hy, first=f"   {marker} ", rest=" " * (4 + len(marker))))
        elif kind == "gap":
            add([""])
        elif kind == "raw":
            add(block[1], atomic=True)
        elif kind == "break":
            new_page()
    out = []
    for n, body in enumerate(pages):
        while body and not body[-1].strip():
            body.pop()
        out.append("\n".join([header(n), "", *body, "", footer(n)]) + "\n")
    return "\f".join(out) + "\f"


# ---------------------------------------------------------------------------
# w01: regional cluster-policy report chapter (zachodniopomorskie), text from a PDF
# ---------------------------------------------------------------------------

W01_TABLE_1 = layout_table(
    [
        ("Lp.", 3),
        ("Nazwa inicjatywy klastrowej", 27),
        ("Siedziba", 12),
        ("Forma działania", 15),
        ("Rok powst.", 6),
        ("Liczba członków", 8),
        ("Koordynator / podmiot zarządzający", 22),
    ],
    [
        [
            "1.",
            "Szczeciński Klaster Przeładunków Portowych „Odrzańska Brama”",
            "Szczecin",
            "stowarzyszenie (od 2017 r.)",
            "2014",
            "49",
            "– (stowarzyszenie samo prowadzi sprawy klastra)",
        ],
        [
            "2.",
            "Czaplinecki Klaster Stolarki i Mebli Skrzyniowych",
            "Czaplinek",
            "porozumienie partnerskie",
            "2016",
            "ok. 40",
            "Izba Gospodarcza Pojezierza Drawskiego",
        ],
        [
            "3.",
            "Kołobrzeski Klaster Sanatoryjno-Hotelowy „Solanka”",
            "Kołobrzeg",
            "umowa o współpracy",
            "2012",
            "28",
            "Izba Uzdrowiskowo-Hotelowa Ziemi Kołobrzeskiej",
        ],
        [
            "4.",
            "Pyrzycki Klaster Ciepła Geotermalnego",
            "Pyrzyce",
            "porozumienie (klaster energii)",
            "2019",
            "17",
            "Gmina Pyrzyce",
        ],
        [
            "5.",
            "Klaster Serwisu Morskich Farm Wiatrowych „Bałtyk Zachód”",
            "Świnoujście",
            "spółka z o.o.",
            "2021",
            "23",
            "– (spółka zarządza klastrem)",
        ],
        [
            "6.",
            "Stargardzki Klaster Mrożonek i Warzyw",
            "Stargard",
            "porozumienie",
            "2018",
            "b.d.",
            "Stargardzka Agencja Rozwoju Lokalnego sp. z o.o.",
        ],
    ],
)

W01_TABLE_2 = layout_table(
    [
        ("Inicjatywa", 28),
        ("Przedsię- biorstwa", 9),
        ("Uczelnie i JBR", 8),
        ("JST", 4),
        ("Inne", 5),
        ("Razem", 6),
        ("Zatrudnienie w firmach członk.", 13),
        ("Wsparcie 2021–2023 (tys. zł)", 12),
    ],
    [
        [
            "Szczeciński Klaster Przeładunków Portowych „Odrzańska Brama”",
            "41",
            "3",
            "0",
            "5",
            "49",
            "ok. 5 800",
            "420",
        ],
        [
            "Czaplinecki Klaster Stolarki i Mebli Skrzyniowych",
            "ok. 40",
            "–",
            "–",
            "–",
            "ok. 40",
            "ok. 2 300",
            "310",
        ],
        [
            "Kołobrzeski Klaster Sanatoryjno-Hotelowy „Solanka”",
            "26",
            "0",
            "1",
            "1",
            "28",
            "1 950",
            "260",
        ],
        ["Pyrzycki Klaster Ciepła Geotermalnego", "10", "0", "4", "3", "17", "640", "0"],
        [
            "Klaster Serwisu Morskich Farm Wiatrowych „Bałtyk Zachód”",
            "20",
            "1",
            "0",
            "2",
            "23",
            "1 100",
            "250",
        ],
        [
            "Stargardzki Klaster Mrożonek i Warzyw",
            "b.d.",
            "b.d.",
            "b.d.",
            "b.d.",
            "b.d.",
            "b.d.",
            "180",
        ],
        ["Razem", "ok. 137", "4", "5", "11", "ok. 157", "ok. 11 790", "1 420"],
    ],
)

W01_BLOCKS: list[tuple] = [
    ("h", "3. INICJATYWY KLASTROWE W WOJEWÓDZTWIE ZACHODNIOPOMORSKIM"),
    ("p", "Najważniejsze ustalenia rozdziału:"),
    (
        "li",
        "■",
        "W regionie funkcjonuje 9 inicjatyw klastrowych, skupiających łącznie ok. 260 podmiotów; 6 z nich scharakteryzowano szczegółowo.",
    ),
    (
        "li",
        "■",
        "Dominują klastry gospodarki morskiej, logistyki i energetyki; najstarsza inicjatywa działa od 2012 r.",
    ),
    (
        "li",
        "■",
        "Tylko 2 z 6 opisanych inicjatyw zatrudniają menedżera na pełny etat, a żadna nie ma statusu Krajowego Klastra Kluczowego.",
    ),
    (
        "li",
        "■",
        "W latach 2021–2023 opisane inicjatywy otrzymały z programu regionalnego łącznie 1,42 mln zł.",
    ),
    ("gap",),
    ("h", "3.1. Zakres i metodyka badania"),
    (
        "p",
        "Niniejszy rozdział przedstawia wyniki trzeciej edycji monitoringu inicjatyw klastrowych działających na terenie województwa zachodniopomorskiego. Badanie zrealizowano w okresie od 2 października do 30 listopada 2023 r. metodą ankiety internetowej (CAWI), uzupełnionej 14 wywiadami pogłębionymi (IDI) z menedżerami klastrów, przedstawicielami koordynatorów oraz właścicielami firm członkowskich. Zaproszenie do udziału w badaniu skierowano do wszystkich 9 inicjatyw klastrowych ujętych w regionalnej bazie prowadzonej przez Obserwatorium; ankietę wypełniło 5 z nich, a szóstą scharakteryzowano na podstawie źródeł wtórnych. Łącznie inicjatywy ujęte w bazie skupiają ok. 260 podmiotów, z czego ok. 190 to mikro-, małe i średnie przedsiębiorstwa.",
    ),
    (
        "p",
        "Dane ankietowe zostały zweryfikowane z informacjami publikowanymi przez same klastry (strony internetowe, sprawozdania merytoryczne, dokumenty rejestrowe) oraz z danymi Urzędu Marszałkowskiego Województwa Zachodniopomorskiego dotyczącymi udzielonego wsparcia. W przypadku inicjatywy, która nie odesłała ankiety w terminie, charakterystykę sporządzono wyłącznie na podstawie źródeł wtórnych (por. podrozdział 3.4.6). Trzy inicjatywy, które odmówiły udziału w badaniu lub zawiesiły działalność, nie są w raporcie omawiane z nazwy, a ich dane uwzględniono jedynie w wielkościach zbiorczych dla regionu.",
    ),
    (
        "p",
        "Za inicjatywę klastrową uznano – zgodnie z definicją przyjętą w Regionalnej Strategii Innowacji Województwa Zachodniopomorskiego 2021–2027 – zorganizowaną formę współpracy co najmniej 10 niezależnych podmiotów, w tym przede wszystkim przedsiębiorstw, działających w powiązanych branżach na obszarze regionu, posiadającą koordynatora lub podmiot zarządzający oraz dokument założycielski (umowę, porozumienie lub statut). Definicja ta nie obejmuje sieci współpracy o charakterze wyłącznie naukowym ani infrastruktury badawczej. Dla porządku należy odnotować, że ze środków przeznaczonych na inteligentne specjalizacje regionu sfinansowano w 2022 r. rozbudowę klastra obliczeniowego „Rega” w Akademickim Centrum Danych w Szczecinie (ok. 1 400 rdzeni obliczeniowych i 2 PB przestrzeni dyskowej). Jest to jednak infrastruktura serwerowa, a nie inicjatywa klastrowa w rozumieniu niniejszego raportu, i nie była ona przedmiotem badania.",
    ),
    ("h", "3.2. Kontekst regionalnej polityki klastrowej"),
    (
        "p",
        "Wsparcie klastrów stanowi jeden z instrumentów wdrażania Regionalnej Strategii Innowacji. W latach 2021–2023 Samorząd Województwa przeprowadził trzy nabory w ramach programu „Zachodniopomorskie Klastry 2021–2027”, w których przyznano łącznie 4,2 mln zł na działania animacyjne, udział w targach i misjach gospodarczych oraz przygotowanie wspólnych projektów badawczo-rozwojowych. Z programu skorzystało 5 z 6 inicjatyw opisanych w niniejszym rozdziale; średnia kwota wsparcia na jedną z nich wyniosła 284 tys. zł, przy czym największe kwoty otrzymały inicjatywy z branży morskiej.",
    ),
    (
        "p",
        "Na tle kraju region wyróżnia się silną reprezentacją klastrów związanych z gospodarką morską i logistyką oraz – w ostatnich latach – z energetyką odnawialną. Jednocześnie żadna z inicjatyw z Pomorza Zachodniego nie posiada obecnie statusu Krajowego Klastra Kluczowego, co respondenci wskazywali jako istotną barierę w dostępie do środków krajowych i w budowaniu rozpoznawalności za granicą. Rozwój klastrów w regionie jest także zróżnicowany przestrzennie: 3 z 6 opisanych inicjatyw ma siedzibę w Szczecinie, Stargardzie lub Świnoujściu, a pozostałe – w mniejszych miastach regionu (Czaplinek, Kołobrzeg, Pyrzyce). W powiatach wschodniej części województwa – z wyjątkiem Koszalina, o czym mowa w podrozdziale 3.4.7 – nie zidentyfikowano dotąd żadnej trwałej inicjatywy klastrowej.",
    ),
    (
        "p",
        "W wywiadach przedstawiciele klastrów zwracali uwagę, że regionalny program wsparcia – choć ceniony – ma charakter konkursowy i nie zapewnia ciągłości finansowania biur klastrów. Jak ujął to jeden z menedżerów: „Co roku zaczynamy od zera, piszemy wniosek, czekamy pół roku na umowę i w tym czasie biuro utrzymujemy ze składek”. Postulat stałego, ryczałtowego finansowania funkcji koordynacyjnych powracał w 11 z 14 przeprowadzonych wywiadów.",
    ),
    ("h", "3.3. Zestawienie badanych inicjatyw klastrowych"),
    (
        "p",
        "Podstawowe informacje o sześciu inicjatywach, które wzięły udział w badaniu lub zostały scharakteryzowane na podstawie źródeł wtórnych, zestawiono w tabeli 3.1. Liczba członków podawana jest według stanu na 31 grudnia 2023 r., zgodnie z deklaracjami menedżerów klastrów; w przypadku braku danych zastosowano oznaczenie „b.d.”.",
    ),
    (
        "raw",
        [
            "Tabela 3.1. Inicjatywy klastrowe w województwie zachodniopomorskim objęte badaniem",
            "(stan na 31.12.2023 r.)",
            "",
            *W01_TABLE_1,
            "",
            "Źródło: opracowanie własne na podstawie badania CAWI/IDI (2023) oraz danych UMWZ.",
            "",
        ],
    ),
    (
        "p",
        "Badane inicjatywy różnią się znacząco pod względem wieku, formy prawnej i skali działania. Najstarsza funkcjonuje od ponad dekady, podczas gdy najmłodsza rozpoczęła działalność w 2021 r. Cztery inicjatywy działają na podstawie umów cywilnoprawnych (porozumień), jedna przyjęła formę stowarzyszenia, a jedna – spółki z ograniczoną odpowiedzialnością. Szczegółową charakterystykę poszczególnych inicjatyw przedstawiono w podrozdziale 3.4.",
    ),
    ("h", "3.4. Charakterystyka inicjatyw klastrowych"),
    ("h", "3.4.1. Szczeciński Klaster Przeładunków Portowych „Odrzańska Brama”"),
    (
        "p",
        "Najstarszą spośród inicjatyw o charakterze logistycznym i zarazem największą z badanych jest Szczeciński Klaster Przeładunków Portowych „Odrzańska Brama” (SKPP). Inicjatywa powstała w 2014 r. na mocy porozumienia o współpracy zawartego przez 11 firm przeładunkowych, spedycyjnych i armatorskich ze Szczecina i Polic. W 2017 r. członkowie porozumienia powołali Stowarzyszenie „Odrzańska Brama”, wpisane do Krajowego Rejestru Sądowego w styczniu 2018 r., które od tego czasu samodzielnie prowadzi sprawy klastra – funkcja zewnętrznego koordynatora została zniesiona. Siedziba stowarzyszenia i biuro klastra mieszczą się w Szczecinie przy ul. Celnej 7.",
    ),
    (
        "p",
        "Według stanu na koniec 2023 r. klaster skupiał 49 członków, w tym 41 przedsiębiorstw oraz 3 uczelnie i jednostki badawcze. Firmy członkowskie zatrudniają łącznie ok. 5 800 osób, a ich udział w przeładunkach zespołu portów Szczecin–Police szacowany jest na 2,4 mln ton rocznie. W ciągu ostatnich dwóch lat do klastra przystąpiło 7 nowych podmiotów, a 2 z niego wystąpiły. Coroczne Walne Zebranie Członków odbyło się w czerwcu 2023 r. w Policach, na terenie jednego z terminali członkowskich.",
    ),
    ("p", "Statut stowarzyszenia określa następujące cele klastra:"),
    (
        "li",
        "•",
        "rozwój współpracy przedsiębiorstw portowych, spedycyjnych i żeglugowych z obszaru ujścia Odry,",
    ),
    ("li", "•", "wspólne inwestycje w infrastrukturę przeładunkową i magazynową,"),
    (
        "li",
        "•",
        "działania na rzecz przywrócenia żeglowności Odry jako drogi wodnej dla transportu towarów,",
    ),
    ("li", "•", "kształcenie kadr dla gospodarki morskiej we współpracy ze szkołami branżowymi,"),
    ("li", "•", "promocję portów Szczecin i Police na rynkach skandynawskich."),
    ("gap",),
    (
        "p",
        "Klaster prowadzi serwis internetowy www.odrzanskabrama.pl oraz wydaje kwartalny biuletyn „Nabrzeże”. Respondenci z SKPP jako największe osiągnięcie wskazali wspólny projekt cyfryzacji awizacji pojazdów ciężarowych (platforma „eAwizo”), z której korzysta obecnie 19 terminali i firm transportowych – nie wszystkie z nich są członkami klastra. Z programu regionalnego klaster otrzymał w latach 2021–2023 łącznie 420 tys. zł, przeznaczonych głównie na misje gospodarcze do Göteborga i Aarhus.",
    ),
    ("h", "3.4.2. Czaplinecki Klaster Stolarki i Mebli Skrzyniowych"),
    (
        "p",
        "Klaster powstał w 2016 r. z inicjatywy Izby Gospodarczej Pojezierza Drawskiego z siedzibą w Drawsku Pomorskim, która od początku pełni funkcję jego koordynatora. Podstawą działania jest porozumienie partnerskie, do którego kolejne podmioty przystępują w drodze pisemnej deklaracji. Biuro klastra, obsługiwane przez menedżera zatrudnionego przez Izbę, działa w Czaplinku przy ul. Stolarskiej 3, w sąsiedztwie największych zakładów członkowskich.",
    ),
    (
        "p",
        "Klaster skupia ok. 40 firm stolarskich, meblarskich i tapicerskich oraz ich dostawców, z czego 12 ma siedzibę na terenie gminy Czaplinek, a pozostałe – głównie w Złocieńcu, Wierzchowie i Barwicach. Przedsiębiorstwa członkowskie zatrudniają ok. 2 300 pracowników i eksportują ponad 70% produkcji, przede wszystkim do Niemiec i krajów Beneluksu. Porozumienie partnerskie wskazuje cztery zasadnicze cele współpracy:",
    ),
    ("li", "1)", "wspólne zakupy drewna, płyt meblowych i okuć,"),
    ("li", "2)", "organizację wspólnych stoisk na targach meblowych w kraju i za granicą,"),
    ("li", "3)", "wdrażanie certyfikacji łańcucha dostaw FSC w firmach członkowskich,"),
    ("li", "4)", "kształcenie stolarzy i tapicerów w systemie dualnym."),
    ("gap",),
    (
        "p",
        "W wywiadzie menedżer klastra podkreślał, że „bez wspólnego stoiska żadna z naszych firm nie pojechałaby sama do Kolonii” – w 2023 r. na targach meblowych w Kolonii wystawiało się 9 firm z klastra, które zebrały łącznie 64 zapytania ofertowe. Jako główną barierę rozwoju wskazano brak wykwalifikowanych stolarzy: według szacunków Izby firmy członkowskie mogłyby od zaraz zatrudnić ok. 150 osób.",
    ),
    ("h", "3.4.3. Kołobrzeski Klaster Sanatoryjno-Hotelowy „Solanka”"),
    (
        "p",
        "Inicjatywa funkcjonuje od 2012 r. na podstawie umowy o współpracy, początkowo pod nazwą Klaster Wellness Wybrzeża Środkowego; obecną nazwę – Kołobrzeski Klaster Sanatoryjno-Hotelowy „Solanka” – przyjęto w 2020 r., po rozszerzeniu działalności o usługi lecznictwa uzdrowiskowego. Koordynatorem klastra jest Izba Uzdrowiskowo-Hotelowa Ziemi Kołobrzeskiej z siedzibą w Kołobrzegu. Członkami „Solanki” są 22 obiekty sanatoryjne i hotelowe, 4 gabinety fizjoterapii, policealna szkoła kształcąca techników fizjoterapii oraz Gmina Miasto Kołobrzeg.",
    ),
    (
        "p",
        "Obiekty członkowskie dysponują łącznie ok. 3 400 miejscami noclegowymi i w 2023 r. udzieliły ok. 1,1 mln noclegów, z czego 38% przypadło na miesiące poza sezonem letnim. Za główne cele klastra uznano wydłużenie sezonu pobytowego poza miesiące letnie, rozwój oferty leczniczej opartej na lokalnych solankach i borowinie oraz wspólną promocję Kołobrzegu jako uzdrowiska całorocznego. Posiedzenia Rady Klastra odbywają się rotacyjnie w obiektach członkowskich, m.in. w Ustroniu Morskim i w Dźwirzynie.",
    ),
    ("h", "3.4.4. Pyrzycki Klaster Ciepła Geotermalnego"),
    (
        "p",
        "Jest to jedyny klaster energii wśród badanych inicjatyw. Utworzono go w 2019 r. porozumieniem 14 podmiotów, a jego koordynatorem jest Gmina Pyrzyce; bieżące sprawy klastra prowadzi Referat Rozwoju i Funduszy Zewnętrznych Urzędu Miejskiego w Pyrzycach. W 2020 r. klaster uzyskał certyfikat Pilotażowego Klastra Energii. Obecnie porozumienie zrzesza 17 członków – 4 gminy powiatu pyrzyckiego, ciepłownię geotermalną, spółdzielnie mieszkaniowe, przedsiębiorców rolnych i firmy instalacyjne.",
    ),
    (
        "p",
        "Celem klastra, zapisanym w porozumieniu, jest zwiększenie wykorzystania ciepła geotermalnego w ogrzewaniu budynków publicznych i mieszkalnych na terenie powiatu pyrzyckiego. Moc zainstalowana ciepłowni geotermalnej wynosi obecnie 5,2 MW, a na lata 2025–2026 zaplanowano wykonanie 2 nowych odwiertów. Klaster nie korzystał z regionalnego programu wsparcia klastrów, finansując działania ze środków krajowych przeznaczonych na transformację energetyczną.",
    ),
    ("h", "3.4.5. Klaster Serwisu Morskich Farm Wiatrowych „Bałtyk Zachód”"),
    (
        "p",
        "Najmłodsza z badanych inicjatyw powstała w 2021 r. w formie spółki z ograniczoną odpowiedzialnością – Bałtyk Zachód sp. z o.o. – założonej przez sześć firm portowych i stoczniowych ze Świnoujścia i Szczecina. Spółka sama zarządza klastrem i nie ma on odrębnego koordynatora; siedzibą spółki i klastra jest Świnoujście. Klaster liczy 23 członków, w tym 6 udziałowców spółki; zgodnie ze strategią do 2026 r. liczba członków ma wzrosnąć do 35. Partnerem naukowym klastra jest Wyższa Szkoła Techniki Morskiej w Szczecinie, która nie jest jego członkiem ani koordynatorem.",
    ),
    ("p", "Cele klastra określone w umowie spółki i strategii na lata 2022–2026 to:"),
    (
        "li",
        "–",
        "przygotowanie lokalnych firm do obsługi serwisowej morskich farm wiatrowych na Bałtyku,",
    ),
    ("li", "–", "budowa bazy serwisowo-operacyjnej w porcie w Świnoujściu,"),
    ("li", "–", "certyfikacja kadr w zakresie bezpieczeństwa pracy na morzu."),
    ("gap",),
    (
        "p",
        "Łączna moc farm wiatrowych planowanych w zachodniej części polskiej strefy Bałtyku, które mogłyby być obsługiwane z portu w Świnoujściu, szacowana jest na ok. 1,5 GW. Informacje o klastrze publikowane są na stronie www.baltykzachod.com.pl.",
    ),
    ("h", "3.4.6. Stargardzki Klaster Mrożonek i Warzyw"),
    (
        "p",
        "Klaster nie odesłał ankiety; charakterystykę sporządzono na podstawie informacji zamieszczonych na stronie internetowej koordynatora (www.sarl-stargard.pl) oraz danych UMWZ. Inicjatywa działa od 2018 r. na podstawie porozumienia, a jej koordynatorem jest Stargardzka Agencja Rozwoju Lokalnego sp. z o.o. z siedzibą w Stargardzie. Skupia producentów warzyw gruntowych, zakłady mrożenia i firmy logistyczne z powiatów stargardzkiego, pyrzyckiego i myśliborskiego; aktualna liczba członków nie jest publikowana. Zakłady członkowskie przetwarzają rocznie ok. 90 tys. ton warzyw, a wsparcie z programu regionalnego (180 tys. zł) przeznaczono na udział w targach w Berlinie.",
    ),
    ("h", "3.4.7. Inicjatywy w fazie tworzenia"),
    (
        "p",
        "W listopadzie 2023 r. list intencyjny w sprawie utworzenia Koszalińskiego Klastra Elektromobilności podpisało 8 podmiotów – przedsiębiorstwa komunikacji miejskiej, producenci osprzętu elektrycznego i uczelnia. Do dnia zamknięcia raportu nie zawarto porozumienia ani nie wskazano koordynatora, dlatego inicjatywa nie została ujęta w tabeli 3.1 ani w dalszych analizach.",
    ),
    ("h", "3.5. Struktura członkowska i potencjał gospodarczy"),
    (
        "p",
        "Strukturę członkowską badanych inicjatyw, zatrudnienie w firmach członkowskich oraz wysokość wsparcia uzyskanego z programu regionalnego przedstawiono w tabeli 3.2. Łącznie pięć inicjatyw, które podały liczbę członków, skupia ok. 157 podmiotów, co stanowi ok. 60% wszystkich podmiotów zrzeszonych w klastrach regionu.",
    ),
    (
        "raw",
        [
            "Tabela 3.2. Struktura członkowska, zatrudnienie i wsparcie badanych inicjatyw (2023 r.)",
            "",
            *W01_TABLE_2,
            "",
            "Źródło: opracowanie własne; b.d. – brak danych; JBR – jednostki badawczo-rozwojowe; JST –",
            "jednostki samorządu terytorialnego.",
            "",
        ],
    ),
    (
        "p",
        "Dominującą grupą członków są przedsiębiorstwa, które stanowią średnio 87% członków badanych inicjatyw. Udział uczelni i jednostek badawczych jest niewielki – łącznie należą do nich 4 takie podmioty, przy czym dwie inicjatywy nie mają wśród członków żadnej uczelni. Samorządy lokalne są członkami w dwóch inicjatywach, a w jednej pełnią funkcję koordynatora.",
    ),
    ("h", "3.6. Współpraca międzyklastrowa i ponadregionalna"),
    (
        "p",
        "Współpraca między klastrami regionu ma dotąd charakter doraźny. W 2022 r. Stowarzyszenie „Odrzańska Brama” i spółka Bałtyk Zachód podpisały porozumienie o wspólnej promocji portów Szczecin, Police i Świnoujście w zakresie obsługi projektów morskiej energetyki wiatrowej; w ramach porozumienia zorganizowano 2 wspólne misje gospodarcze (do Esbjergu i Rostocku), w których uczestniczyło łącznie 17 firm z obu klastrów. Kołobrzeski klaster „Solanka” współpracuje z kolei z Pyrzyckim Klastrem Ciepła Geotermalnego przy przygotowaniu projektu wykorzystania wód geotermalnych w balneologii.",
    ),
    (
        "p",
        "Współpraca ponadregionalna obejmuje przede wszystkim partnerów z Niemiec. Trzy z badanych inicjatyw uczestniczą w projektach programu Interreg VI A Meklemburgia-Pomorze Przednie/Brandenburgia/Polska, a członkowie Czaplineckiego Klastra Stolarki i Mebli Skrzyniowych od 2019 r. regularnie biorą udział w spotkaniach kooperacyjnych z producentami mebli z Brandenburgii. Ankietowani menedżerowie wskazywali jednak, że brak stałego finansowania biur ogranicza możliwość udziału w projektach międzynarodowych, wymagających zaangażowania personelu przez kilka lat.",
    ),
    ("p", "Ramka 3.1. Dobra praktyka: platforma „eAwizo”"),
    (
        "p",
        "Platforma „eAwizo” została uruchomiona w 2021 r. przez członków klastra „Odrzańska Brama” przy wsparciu środków regionalnych (ok. 180 tys. zł z łącznej kwoty 420 tys. zł wsparcia uzyskanego przez klaster). Umożliwia elektroniczne awizowanie pojazdów ciężarowych przyjeżdżających do terminali w Szczecinie i Policach, co pozwoliło skrócić średni czas oczekiwania pojazdu na wjazd z 96 do 41 minut. Z platformy korzysta 19 terminali i firm transportowych, w tym 6 spoza klastra, a dziennie obsługuje ona ok. 1 250 awizacji. Rozwiązanie jest obecnie przygotowywane do wdrożenia w porcie w Świnoujściu.",
    ),
    ("h", "3.7. Analiza SWOT"),
    (
        "p",
        "Na podstawie wyników badania ankietowego, wywiadów oraz analizy danych zastanych sporządzono analizę SWOT inicjatyw klastrowych w regionie.",
    ),
    ("p", "Mocne strony:"),
    (
        "li",
        "–",
        "silna specjalizacja w gospodarce morskiej, logistyce i energetyce, zgodna z inteligentnymi specjalizacjami regionu,",
    ),
    ("li", "–", "wysoki udział przedsiębiorstw w strukturze członkowskiej (średnio 87%),"),
    (
        "li",
        "–",
        "doświadczenie najstarszych inicjatyw (działających od 2012 i 2014 r.) we wspólnych przedsięwzięciach inwestycyjnych,",
    ),
    (
        "li",
        "–",
        "dobra współpraca z samorządami lokalnymi, w tym z gminami uzdrowiskowymi i nadmorskimi.",
    ),
    ("gap",),
    ("p", "Słabe strony:"),
    ("li", "–", "niewielka skala części inicjatyw (2 z 6 skupiają mniej niż 25 członków),"),
    (
        "li",
        "–",
        "brak stałego finansowania biur klastrów – tylko 2 z 6 inicjatyw zatrudniają menedżera na pełny etat,",
    ),
    ("li", "–", "niski udział uczelni i jednostek badawczych w strukturze członkowskiej,"),
    ("li", "–", "ograniczona dostępność danych (jedna inicjatywa nie publikuje liczby członków)."),
    ("gap",),
    ("p", "Szanse:"),
    (
        "li",
        "–",
        "inwestycje w morską energetykę wiatrową na Bałtyku (ok. 5,9 GW mocy planowanej do 2030 r.),",
    ),
    ("li", "–", "transformacja energetyczna i rozwój ciepłownictwa geotermalnego,"),
    ("li", "–", "środki programu Fundusze Europejskie dla Pomorza Zachodniego 2021–2027,"),
    ("li", "–", "rosnący popyt na turystykę zdrowotną i usługi dla seniorów."),
    ("gap",),
    ("p", "Zagrożenia:"),
    ("li", "–", "odpływ wykwalifikowanych pracowników do Niemiec i krajów skandynawskich,"),
    ("li", "–", "niestabilność przepisów dotyczących klastrów energii,"),
    ("li", "–", "uzależnienie części inicjatyw od dotacji i konkursowego trybu finansowania,"),
    (
        "li",
        "–",
        "konkurencja ze strony silniejszych klastrów z sąsiednich regionów, w tym z Meklemburgii-Pomorza Przedniego.",
    ),
    ("gap",),
    ("h", "3.8. Rekomendacje"),
    (
        "p",
        "Na podstawie przeprowadzonej analizy sformułowano następujące rekomendacje dla Samorządu Województwa oraz dla samych inicjatyw klastrowych:",
    ),
    (
        "li",
        "R1.",
        "Wprowadzenie w programie „Zachodniopomorskie Klastry 2021–2027” komponentu ryczałtowego finansowania biur klastrów (proponowana kwota: do 120 tys. zł rocznie na inicjatywę), uzależnionego od osiągnięcia wskaźników aktywności członków.",
    ),
    (
        "li",
        "R2.",
        "Wsparcie przygotowania co najmniej dwóch inicjatyw z regionu do ubiegania się o status Krajowego Klastra Kluczowego w kolejnym naborze, w szczególności w obszarze gospodarki morskiej.",
    ),
    (
        "li",
        "R3.",
        "Ujednolicenie sprawozdawczości klastrów wobec Samorządu Województwa – coroczne przekazywanie liczby członków, ich struktury i zatrudnienia według jednolitego formularza.",
    ),
    (
        "li",
        "R4.",
        "Zwiększenie udziału uczelni regionu w klastrach poprzez premiowanie wspólnych projektów badawczo-rozwojowych w regionalnych konkursach.",
    ),
    (
        "li",
        "R5.",
        "Objęcie inicjatyw w fazie tworzenia (list intencyjny, porozumienie w przygotowaniu) doradztwem w zakresie wyboru formy prawnej i modelu finansowania.",
    ),
    (
        "li",
        "R6.",
        "Organizowanie corocznego Forum Klastrów Pomorza Zachodniego jako platformy wymiany doświadczeń między menedżerami klastrów, przy czym miejsce forum powinno zmieniać się rotacyjnie (np. Szczecin, Koszalin, Kołobrzeg).",
    ),
    ("gap",),
    (
        "p",
        "Realizacja rekomendacji R1 i R3 wymaga zmiany uchwały Zarządu Województwa w sprawie programu; pozostałe mogą zostać wdrożone w ramach bieżących działań departamentu odpowiedzialnego za innowacje. Wyniki kolejnej edycji monitoringu zostaną przedstawione w raporcie za 2025 r.",
    ),
]


def w01_header(n: int) -> str:
    title = "Polityka klastrowa Pomorza Zachodniego. Raport monitoringowy 2023"
    return title.rjust(96) if n % 2 else title


def w01_footer(n: int) -> str:
    org = "Zachodniopomorskie Obserwatorium Rozwoju Gospodarczego"
    page = str(27 + n)
    return org + page.rjust(96 - len(org)) if n % 2 else page + org.rjust(96 - len(page))


def make_w01() -> None:
    text = paginate(W01_BLOCKS, 92, 46, w01_header, w01_footer, Hyphenator())
    (HERE / "w01_raport_polityka_klastrowa_zachodniopomorskie.txt").write_text(
        text, encoding="utf-8"
    )


# ---------------------------------------------------------------------------
# shared PDF helpers
# ---------------------------------------------------------------------------


def find_font(name: str) -> str:
    for folder in FONT_DIRS:
        path = folder / name
        if path.exists():
            return str(path)
    raise FileNotFoundError(f"font {name} not found in {FONT_DIRS}")


def register_fonts() -> None:
    if "DejaVuSans" in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont("DejaVuSans", find_font("DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", find_font("DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Oblique", find_font("DejaVuSans-Oblique.ttf")))


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("base", fontName="DejaVuSans", fontSize=9.5, leading=12.5, spaceAfter=5)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, spaceAfter=2),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.3, leading=10.2, spaceAfter=0),
        "cellb": ParagraphStyle(
            "cellb",
            parent=base,
            fontName="DejaVuSans-Bold",
            fontSize=8.3,
            leading=10.2,
            spaceAfter=0,
        ),
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName="DejaVuSans-Bold",
            fontSize=12.5,
            leading=16,
            spaceAfter=8,
            alignment=1,
        ),
        "h": ParagraphStyle(
            "h",
            parent=base,
            fontName="DejaVuSans-Bold",
            fontSize=10.5,
            leading=14,
            spaceBefore=6,
            spaceAfter=5,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName="DejaVuSans-Bold",
            fontSize=9.5,
            leading=12.5,
            spaceBefore=4,
            spaceAfter=3,
        ),
        "italic": ParagraphStyle("italic", parent=base, fontName="DejaVuSans-Oblique"),
        "right": ParagraphStyle("right", parent=base, alignment=2),
    }


def build_pdf(path: Path, story: list, title: str, author: str, on_page) -> None:
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=16 * mm,
        rightMargin=16 * mm,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=author,
        creator="",
        producer="",
        invariant=1,
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------------------
# w02: marshal office's information on a cluster support programme (łódzkie), PDF
# ---------------------------------------------------------------------------

W02_ROWS = [
    [
        "1.",
        "Łódzki Klaster Tkanin Barierowych i Medycznych (ŁKTBM)",
        "Centrum Innowacji Włókienniczych „Osnowa” sp. z o.o.",
        "Łódź",
        "31",
        "480 000,00",
    ],
    [
        "2.",
        "Opoczyński Klaster Płytek i Okładzin Ceramicznych",
        "Opoczyńska Izba Przemysłowo-Handlowa",
        "Opoczno",
        "19",
        "215 400,00",
    ],
    [
        "3.",
        "Klaster Nowej Energii Regionu Bełchatowskiego",
        "Bełchatowska Agencja Rozwoju Regionalnego S.A.",
        "Bełchatów",
        "ok. 50",
        "612 000,00",
    ],
    [
        "4.",
        "Klaster Sadowników Ziemi Rawskiej",
        "Grupa Producentów Owoców „Rawskie Sady” sp. z o.o.",
        "Rawa Mazowiecka",
        "22",
        "174 000,00",
    ],
    [
        "5.",
        "Klaster Turystyki Rzecznej „Warta”",
        "Stowarzyszenie Turystyczne Ziemi Sieradzkiej",
        "Warta",
        "12",
        "96 500,00",
    ],
    ["", "RAZEM", "", "", "ok. 134", "1 577 900,00"],
]

W02_INTRO = [
    ("h", "1. Podstawa realizacji i cel programu"),
    (
        "body",
        "Program wsparcia klastrów „Łódzkie Klastry Konkurencyjności” realizowany jest na podstawie uchwały nr 412/23 Zarządu Województwa Łódzkiego z dnia 14 marca 2023 r. Celem programu jest wzmocnienie potencjału koordynatorów klastrów działających w województwie łódzkim oraz zwiększenie aktywności klastrów na rynkach zagranicznych. Budżet programu na 2023 r. wynosił 1 600 000 zł.",
    ),
    (
        "body",
        "W naborze, prowadzonym od 3 do 28 kwietnia 2023 r., złożono 9 wniosków; 4 wnioski odrzucono z przyczyn formalnych (m.in. brak dokumentu potwierdzającego funkcjonowanie klastra co najmniej 12 miesięcy), a 5 uzyskało dofinansowanie w łącznej kwocie 1 577 900 zł. Maksymalna kwota wsparcia dla jednego klastra wynosiła 650 000 zł, a wymagany wkład własny – 20% kosztów kwalifikowalnych. Umowy o dofinansowanie zawarto w czerwcu 2023 r., a okres realizacji projektów upłynął 15 grudnia 2023 r.",
    ),
    ("h", "2. Wykaz klastrów objętych wsparciem"),
    (
        "body",
        "Tabela 1. Klastry, którym udzielono wsparcia w 2023 r. (liczba członków według wniosków o dofinansowanie, stan na dzień złożenia wniosku)",
    ),
]

W02_SECTIONS = [
    ("h", "3. Informacja o realizacji wsparcia w poszczególnych klastrach"),
    ("h2", "3.1. Łódzki Klaster Tkanin Barierowych i Medycznych (ŁKTBM)"),
    (
        "body",
        "Klaster działa od 2017 r. na podstawie umowy konsorcjum zawartej przez producentów tkanin technicznych, zakłady konfekcyjne i laboratoria badawcze; jego koordynatorem jest Centrum Innowacji Włókienniczych „Osnowa” sp. z o.o. z siedzibą w Łodzi. Klaster zrzesza 31 członków, w tym 24 przedsiębiorstwa włókiennicze i konfekcyjne. Zgodnie z umową konsorcjum celami klastra są: rozwój produkcji tkanin barierowych dla ochrony zdrowia, wspólne akredytowane badania wyrobów w laboratoriach członków oraz wejście członków na rynki zamówień publicznych szpitali w Europie Środkowej.",
    ),
    (
        "body",
        "Dofinansowanie w kwocie 480 000 zł przeznaczono na udział 11 firm członkowskich we wspólnym stoisku na targach MEDICA w Düsseldorfie oraz na przygotowanie trójjęzycznego katalogu produktów. Celem projektu było nawiązanie co najmniej 15 kontaktów handlowych – osiągnięto 23, w tym 4 zakończone zamówieniem. Partnerem projektu był Instytut Badań Tekstyliów „Włókno-Lab” sp. z o.o., który nie pełni funkcji koordynatora klastra. Informacje o klastrze: www.lktbm.pl.",
    ),
    ("h2", "3.2. Opoczyński Klaster Płytek i Okładzin Ceramicznych"),
    (
        "body",
        "Klaster, utworzony w 2015 r. na podstawie porozumienia o współpracy i koordynowany przez Opoczyńską Izbę Przemysłowo-Handlową z siedzibą w Opocznie, skupia 19 członków: 14 producentów płytek i kształtek ceramicznych, 3 firmy logistyczne oraz 2 szkoły branżowe. Zgodnie z planem rozwoju klastra do końca 2025 r. liczba członków ma wzrosnąć do 25. Firmy członkowskie zatrudniają łącznie ok. 3 100 osób.",
    ),
    (
        "body",
        "Wsparcie w kwocie 215 400 zł objęło wspólne stoisko 8 producentów na targach Cersaie w Bolonii oraz misję gospodarczą do Ołomuńca. W wyniku projektu 3 firmy członkowskie podpisały umowy dystrybucyjne na rynku czeskim.",
    ),
    ("h2", "3.3. Klaster Nowej Energii Regionu Bełchatowskiego"),
    (
        "body",
        "Klaster powstał w 2020 r. jako odpowiedź na zapowiedź wygaszania kopalni i elektrowni węgla brunatnego. Działa na podstawie porozumienia, a jego koordynatorem jest Bełchatowska Agencja Rozwoju Regionalnego S.A. z siedzibą w Bełchatowie. W skład klastra wchodzi ok. 50 podmiotów – przedsiębiorstw energetycznych, budowlanych i usługowych, gmin oraz szkół.",
    ),
    (
        "body",
        "Najwyższą w programie kwotę wsparcia (612 000 zł) przeznaczono na przygotowanie dokumentacji dla trzech wspólnych inwestycji w magazyny energii o łącznej mocy 40 MW. Partnerem koordynatora w projekcie była Gmina Kleszczów, która jest członkiem klastra, lecz nie pełni funkcji jego koordynatora. Spotkanie inaugurujące projekt odbyło się 5 lipca 2023 r. w Kleszczowie z udziałem 64 osób.",
    ),
    ("pagebreak",),
    ("h2", "3.4. Klaster Sadowników Ziemi Rawskiej"),
    (
        "body",
        "Klaster działa od 2019 r. na podstawie porozumienia, którego koordynatorem jest Grupa Producentów Owoców „Rawskie Sady” sp. z o.o. z Rawy Mazowieckiej. Członkami klastra jest 18 gospodarstw sadowniczych, 3 zakłady przetwórcze oraz Powiatowy Zespół Doradztwa Rolniczego w Rawie Mazowieckiej. Celem klastra jest zwiększenie udziału przetwórstwa w zagospodarowaniu owoców z sadów regionu rawskiego.",
    ),
    (
        "body",
        "Ze wsparcia (174 000 zł) sfinansowano analizę wykonalności wspólnej chłodni o pojemności 6 000 ton oraz szkolenia dla 46 sadowników, w tym spoza klastra. Spotkanie podsumowujące projekt odbyło się 30 listopada 2023 r. w Skierniewicach.",
    ),
    ("h2", "3.5. Klaster Turystyki Rzecznej „Warta”"),
    (
        "body",
        "Klaster „Warta”, zawiązany w 2022 r. porozumieniem przez przystanie, wypożyczalnie kajaków i gospodarstwa agroturystyczne z doliny Warty, liczy 12 członków. Jego koordynatorem jest Stowarzyszenie Turystyczne Ziemi Sieradzkiej z siedzibą w Sieradzu, które prowadzi biuro klastra w mieście Warta, w budynku przystani miejskiej.",
    ),
    (
        "body",
        "Dofinansowanie w kwocie 96 500 zł przeznaczono na oznakowanie szlaku kajakowego o długości 84 km i wydanie przewodnika w nakładzie 5 000 egzemplarzy. W sezonie 2023 z oferty członków klastra skorzystało ok. 7 tys. turystów.",
    ),
    ("h", "4. Wnioski"),
    (
        "body",
        "1. Wszystkie umowy o dofinansowanie zostały rozliczone w terminie; nie stwierdzono konieczności zwrotu środków.",
    ),
    (
        "body",
        "2. Łączna liczba członków klastrów objętych wsparciem (ok. 134 podmioty) wskazuje, że program dociera do ok. 40% podmiotów zrzeszonych w klastrach województwa łódzkiego.",
    ),
    (
        "body",
        "3. W naborze na 2024 r. planuje się zwiększenie budżetu programu do 2 000 000 zł oraz wprowadzenie premii punktowej za projekty realizowane wspólnie przez co najmniej dwa klastry.",
    ),
    ("spacer",),
    (
        "small",
        "Sporządziła: Magdalena Kurczewska, Oddział Innowacji i Przedsiębiorczości, tel. 42 291 96 40",
    ),
    ("small", "Zatwierdził: Dyrektor Departamentu Polityki Regionalnej"),
]


def w02_on_page(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont("DejaVuSans", 7.5)
    canvas.drawString(
        16 * mm,
        A4[1] - 12 * mm,
        "Urząd Marszałkowski Województwa Łódzkiego – Departament Polityki Regionalnej",
    )
    canvas.drawRightString(A4[0] - 16 * mm, A4[1] - 12 * mm, "DPR-III.4012.7.2024")
    canvas.line(16 * mm, A4[1] - 13.5 * mm, A4[0] - 16 * mm, A4[1] - 13.5 * mm)
    canvas.drawCentredString(A4[0] / 2, 10 * mm, f"Strona {doc.page} z 3")
    canvas.restoreState()


def story_from(items: list[tuple], st: dict[str, ParagraphStyle]) -> list:
    out: list = []
    for item in items:
        if item[0] == "pagebreak":
            out.append(PageBreak())
        elif item[0] == "spacer":
            out.append(Spacer(1, 8 * mm))
        else:
            out.append(Paragraph(item[1], st[item[0]]))
    return out


def make_w02() -> None:
    st = styles()
    story: list = [
        Paragraph(
            "INFORMACJA O REALIZACJI PROGRAMU WSPARCIA KLASTRÓW<br/>„ŁÓDZKIE KLASTRY KONKURENCYJNOŚCI” W 2023 ROKU",
            st["title"],
        ),
        Paragraph("Łódź, 18 marca 2024 r.", st["right"]),
    ]
    story += story_from(W02_INTRO, st)
    header = [
        "Lp.",
        "Nazwa klastra",
        "Koordynator",
        "Siedziba",
        "Liczba członków",
        "Kwota wsparcia (zł)",
    ]
    data = [[Paragraph(h, st["cellb"]) for h in header]]
    for row in W02_ROWS:
        style = st["cellb"] if row[1] == "RAZEM" else st["cell"]
        data.append([Paragraph(c, style) for c in row])
    table = Table(
        data, colWidths=[10 * mm, 46 * mm, 46 * mm, 26 * mm, 22 * mm, 28 * mm], repeatRows=1
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.85, 0.85)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("SPAN", (1, -1), (3, -1)),
            ]
        )
    )
    story += [
        table,
        Spacer(1, 2 * mm),
        Paragraph(
            "Źródło: opracowanie własne DPR na podstawie wniosków o dofinansowanie i sprawozdań z realizacji projektów.",
            st["small"],
        ),
    ]
    story += [PageBreak(), *story_from(W02_SECTIONS, st)]
    build_pdf(
        HERE / "w02_informacja_program_wsparcia_klastrow_lodzkie.pdf",
        story,
        "Informacja o realizacji programu wsparcia klastrów 2023",
        "DPR UMWŁ",
        w02_on_page,
    )


# ---------------------------------------------------------------------------
# w03: municipal newsletter article (opolskie), plain text in cp1250 with CRLF
# ---------------------------------------------------------------------------

W03_PAGES: list[list[tuple]] = [
    [
        (
            "raw",
            [
                "KURIER GOGOLIŃSKI",
                "Miesięcznik Samorządowy Gminy Gogolin · nr 4 (318) · kwiecień 2024 · egzemplarz bezpłatny",
            ],
        ),
        ("gap",),
        (
            "raw",
            [
                "W NUMERZE:",
                "  Z prac Rady Miejskiej ........................ 1",
                "  Wapno, kruszywa i wspólne interesy .......... 2",
                "  Biblioteka zaprasza ......................... 3",
                "  Kalendarz imprez ............................ 3",
            ],
        ),
        ("gap",),
        ("raw", ["Z PRAC RADY MIEJSKIEJ"]),
        ("gap",),
        (
            "p",
            "Na sesji w dniu 27 marca 2024 r. radni przyjęli 11 uchwał, m.in. w sprawie udzielenia dotacji trzem klubom sportowym, zmiany budżetu gminy na 2024 r. (zwiększenie wydatków majątkowych o 1,2 mln zł na przebudowę ul. Kamiennej) oraz przystąpienia do opracowania miejscowego planu zagospodarowania przestrzennego dla terenów poeksploatacyjnych w rejonie Choruli. W sesji uczestniczyło 14 z 15 radnych.",
        ),
        (
            "p",
            "Burmistrz poinformował radnych o podpisaniu umowy na termomodernizację 2 budynków szkolnych oraz o przyjęciu przez gminny klaster gospodarczy kolejnych członków – więcej na ten temat piszemy na stronie obok.",
        ),
    ],
    [
        ("raw", ["GOSPODARKA"]),
        ("gap",),
        ("raw", ["Wapno, kruszywa i wspólne interesy", "Gogoliński klaster rośnie w siłę"]),
        ("gap",),
        (
            "p",
            "Jeszcze dwa lata temu wapiennicy, przewoźnicy i szkoły z naszej gminy działali każdy na własną rękę. Dziś wspólnie zamawiają badania, uczą przyszłych pracowników i rozmawiają z mieszkańcami o ruchu ciężarówek. Gogoliński Klaster Wapna i Kruszyw właśnie przyjął kolejnych członków.",
        ),
        (
            "p",
            "Porozumienie o utworzeniu klastra podpisano w marcu 2022 r. w sali sesyjnej Urzędu Miejskiego. Sygnatariuszami było wtedy dziewięć podmiotów – sześć firm wydobywczych i transportowych, dwie szkoły oraz Gmina Gogolin. Od tego czasu do klastra dołączyło pięć kolejnych firm, więc dziś liczy on 14 członków.",
        ),
        (
            "p",
            "Koordynatorem klastra jest gminna spółka Centrum Przedsiębiorczości Gogolin sp. z o.o., w której siedzibie przy ul. Przemysłowej 2 w Gogolinie działa biuro klastra.",
        ),
        (
            "p",
            "– Nie jesteśmy kolejnym stowarzyszeniem ze składkami i zarządem. Klaster to umowa, w której każdy wie, co wnosi i co z niej ma – mówi Joanna Mroczek, menedżerka klastra zatrudniona w Centrum.",
        ),
        (
            "p",
            "Cele klastra zapisane w porozumieniu to: wspólne zamawianie badań jakości kamienia i wapna, ograniczenie uciążliwości transportu kruszyw dla mieszkańców, organizacja praktyk zawodowych dla uczniów szkół z Gogolina i Zdzieszowic oraz promocja lokalnych surowców na rynku budowlanym.",
        ),
        (
            "p",
            "– Wapień wydobywa się tu od kilkuset lat i od tego żyją całe rodziny. Firmy członkowskie zatrudniają dziś blisko 1 100 osób, z czego ok. 650 w samych zakładach wapienniczych. Chcemy, żeby tak zostało także za dwadzieścia lat – podkreśla burmistrz Gogolina Henryk Wandzik.",
        ),
        (
            "p",
            "Zakłady należące do klastra wydobywają łącznie ok. 1,8 mln ton kamienia rocznie. W ubiegłym roku na trasie z kamieniołomów do węzła autostrady A4 przejeżdżało średnio 420 ciężarówek na dobę, dlatego jednym z pierwszych wspólnych działań było ustalenie godzin wywozu tak, by omijały one godziny dojazdu dzieci do szkół.",
        ),
    ],
    [
        (
            "p",
            "Ostatnie spotkanie członków klastra odbyło się 12 marca w pałacu w Kamieniu Śląskim. Omówiono na nim m.in. wyniki pierwszego wspólnego badania jakości kamienia, które objęło 7 złóż, oraz plan praktyk dla 24 uczniów technikum.",
        ),
        (
            "p",
            "– Do końca roku chcemy mieć w klastrze 20 członków. Rozmawiamy z dwiema firmami z Krapkowic i z jednym przewoźnikiem ze Zdzieszowic – zapowiada Joanna Mroczek.",
        ),
        (
            "p",
            "W lutym gogoliński klaster podpisał list intencyjny z Opolskim Klastrem Budownictwa Prefabrykowanego ze Strzelec Opolskich, który zrzesza ok. 25 producentów elementów betonowych i żelbetowych. Oba klastry chcą wspólnie przygotować ofertę dostaw kruszyw i prefabrykatów dla planowanej budowy obwodnicy Krapkowic.",
        ),
        ("p", "Więcej informacji o klastrze: www.klaster-gogolin.pl, tel. 77 466 20 15."),
        ("raw", ["                                                   Ewa Pawlik-Nowak"]),
        ("gap",),
        ("raw", ["BIBLIOTEKA ZAPRASZA"]),
        ("gap",),
        (
            "p",
            "Warsztaty logopedyczne „Trudne klastry spółgłoskowe” dla dzieci w wieku 5–7 lat – w każdą środę kwietnia o godz. 16.00 w czytelni Miejskiej Biblioteki Publicznej. Zajęcia poprowadzi neurologopeda Katarzyna Ryś. Liczba miejsc: 12, zapisy pod nr tel. 77 466 11 30.",
        ),
        ("raw", ["KALENDARZ IMPREZ"]),
        ("gap",),
        (
            "raw",
            [
                "  6.04  Turniej szachowy o Puchar Burmistrza – hala sportowa, godz. 10.00",
                "  13.04 Kiermasz wielkanocny – Rynek, godz. 9.00–14.00",
                "  21.04 Rajd rowerowy „Szlakiem wapienników” – start: Gogolin, ul. Kamienna",
            ],
        ),
        ("gap",),
        (
            "raw",
            [
                "Wydawca: Gmina Gogolin, ul. Ratuszowa 4, 47-320 Gogolin. Redaguje zespół.",
                "Nakład: 3 500 egz. Redakcja nie zwraca materiałów niezamówionych.",
            ],
        ),
    ],
]


def make_w03() -> None:
    hy = Hyphenator()
    pages = []
    for n, blocks in enumerate(W03_PAGES, start=1):
        lines = [f"KURIER GOGOLIŃSKI nr 4/2024{('str. ' + str(n)).rjust(50)}", ""]
        for block in blocks:
            if block[0] == "raw":
                lines.extend(block[1])
            elif block[0] == "gap":
                lines.append("")
            else:
                lines.extend(wrap(block[1], 76, hy))
                lines.append("")
        pages.append("\r\n".join(lines).rstrip() + "\r\n")
    text = "\f".join(pages)
    (HERE / "w03_kurier_gminny_klaster_gogolin_cp1250.txt").write_bytes(text.encode("cp1250"))


# ---------------------------------------------------------------------------
# w04: statute excerpt of a cluster association (podkarpackie), DOCX
# ---------------------------------------------------------------------------

FIXED_TIME = datetime(2024, 1, 15, 9, 30, 0)

W04_NOTE = "Wyciąg ze Statutu – tekst jednolity uwzględniający zmiany przyjęte uchwałą nr 3/2023 Walnego Zebrania Członków z dnia 15 czerwca 2023 r. Pominięto postanowienia dotyczące trybu zwoływania Walnego Zebrania Członków, majątku oraz likwidacji Stowarzyszenia."
W04_HEADER = "Stowarzyszenie „Klaster Wiertnictwa i Geotechniki Podkarpacia” – materiały dla kandydatów na członków"
W04_FOOTER = "Biuro Stowarzyszenia: ul. Geologów 4, 38-200 Jasło · tel. 13 445 20 17 · biuro@kwigp.pl · www.kwigp.pl"
W04_INFO = "Informacja Zarządu: Stowarzyszenie zostało założone 20 kwietnia 2021 r. na zebraniu założycielskim w Krośnie przez 12 członków założycieli i wpisane do Krajowego Rejestru Sądowego 9 września 2021 r. pod numerem KRS 0000923417. Według stanu na dzień 31 grudnia 2023 r. Stowarzyszenie zrzesza 29 członków (27 członków zwyczajnych i 2 członków wspierających)."

# ("chapter", title) | ("para", "§ n.") | ("text", ...) | ("list", [items])
W04_BODY: list[tuple] = [
    ("chapter", "Rozdział I", "Postanowienia ogólne"),
    ("para", "§ 1."),
    (
        "text",
        "1. Stowarzyszenie nosi nazwę „Klaster Wiertnictwa i Geotechniki Podkarpacia”, zwane dalej „Stowarzyszeniem” lub „Klastrem”.",
    ),
    ("text", "2. Stowarzyszenie może używać skrótu „KWiGP” oraz nazwy w językach obcych."),
    (
        "text",
        "3. Do dnia 15 czerwca 2023 r. Stowarzyszenie działało pod nazwą „Jasielski Klaster Wiertniczy”.",
    ),
    ("para", "§ 2."),
    ("text", "1. Siedzibą Stowarzyszenia jest miasto Jasło."),
    (
        "text",
        "2. Walne Zebranie Członków może odbywać się poza siedzibą Stowarzyszenia, w szczególności w Krośnie lub w Sanoku.",
    ),
    ("para", "§ 3."),
    (
        "text",
        "1. Terenem działania Stowarzyszenia jest obszar Rzeczypospolitej Polskiej, a w szczególności województwo podkarpackie. Dla realizacji celów statutowych Stowarzyszenie może działać także poza granicami kraju.",
    ),
    (
        "text",
        "2. Stowarzyszenie może tworzyć terenowe jednostki organizacyjne (oddziały). Oddział Bieszczadzki z siedzibą w Sanoku działa od 2022 r.",
    ),
    ("para", "§ 4."),
    (
        "text",
        "Stowarzyszenie działa na podstawie ustawy z dnia 7 kwietnia 1989 r. – Prawo o stowarzyszeniach (Dz. U. z 2020 r. poz. 2261) oraz niniejszego Statutu i posiada osobowość prawną.",
    ),
    ("para", "§ 5."),
    (
        "text",
        "1. Stowarzyszenie opiera swoją działalność na pracy społecznej członków. Do prowadzenia swoich spraw Stowarzyszenie może zatrudniać pracowników, w tym menedżera klastra.",
    ),
    (
        "text",
        "2. Stowarzyszenie może być członkiem krajowych i międzynarodowych organizacji o podobnych celach, w tym organizacji zrzeszających klastry.",
    ),
    ("chapter", "Rozdział II", "Cele i sposoby ich realizacji"),
    ("para", "§ 6."),
    ("text", "Celami Stowarzyszenia są:"),
    (
        "list",
        [
            "rozwój współpracy przedsiębiorstw wiertniczych, geotechnicznych i geologicznych z terenu Podkarpacia;",
            "wspieranie transferu technologii z uczelni i instytutów badawczych do przedsiębiorstw członkowskich;",
            "podnoszenie kwalifikacji kadr w zawodach wiertniczych i geotechnicznych;",
            "promocja potencjału gospodarczego członków Stowarzyszenia w kraju i za granicą;",
            "działanie na rzecz bezpiecznego zagospodarowania wód geotermalnych i złóż surowców na Podkarpaciu.",
        ],
    ),
    ("para", "§ 7."),
    ("text", "Stowarzyszenie realizuje swoje cele poprzez:"),
    (
        "list",
        [
            "organizowanie szkoleń, konferencji, seminariów i misji gospodarczych;",
            "inicjowanie i prowadzenie wspólnych projektów badawczo-rozwojowych;",
            "prowadzenie biura klastra oraz portalu internetowego;",
            "współpracę z organami administracji publicznej i samorządu terytorialnego;",
            "pozyskiwanie środków z funduszy krajowych i europejskich.",
        ],
    ),
    ("chapter", "Rozdział III", "Członkowie Stowarzyszenia"),
    ("para", "§ 8."),
    (
        "text",
        "Członkowie Stowarzyszenia dzielą się na: członków zwyczajnych, członków wspierających i członków honorowych.",
    ),
    ("para", "§ 9."),
    (
        "text",
        "1. Członkiem zwyczajnym może być przedsiębiorca, uczelnia, instytut badawczy lub inna osoba prawna, która złoży pisemną deklarację członkowską i zostanie przyjęta uchwałą Zarządu.",
    ),
    (
        "text",
        "2. Członkiem wspierającym może być osoba prawna lub fizyczna deklarująca pomoc finansową lub rzeczową w wysokości co najmniej 1 500 zł rocznie.",
    ),
    (
        "text",
        "3. Członkami założycielami są osoby prawne, które podpisały listę założycieli Stowarzyszenia; zachowują one prawa członków zwyczajnych.",
    ),
    ("para", "§ 12."),
    (
        "text",
        "Członkostwo w Stowarzyszeniu ustaje wskutek pisemnej rezygnacji, wykluczenia z powodu zalegania z opłatą składek przez okres dłuższy niż 6 miesięcy, likwidacji osoby prawnej lub śmierci członka.",
    ),
    ("chapter", "Rozdział IV", "Władze Stowarzyszenia"),
    ("para", "§ 14."),
    ("text", "Władzami Stowarzyszenia są: Walne Zebranie Członków, Zarząd oraz Komisja Rewizyjna."),
    ("para", "§ 17."),
    (
        "text",
        "1. Zarząd składa się z 3 do 7 osób wybieranych przez Walne Zebranie Członków na czteroletnią kadencję.",
    ),
    ("text", "2. Komisja Rewizyjna składa się z 3 osób."),
]


def new_num(doc, start_style: str = "List Number") -> int:
    numbering = doc.part.numbering_part.element
    style_el = doc.styles[start_style].element
    style_num_id = style_el.pPr.numPr.numId.val
    abstract_id = numbering.num_having_numId(style_num_id).abstractNumId.val
    num = numbering.add_num(abstract_id)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return num.numId


def set_num(paragraph, num_id: int) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id


def normalise_zip(raw: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 15, 9, 30, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def make_w04() -> None:
    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Zarząd KWiGP"
    cp.last_modified_by = "Biuro KWiGP"
    cp.title = "Statut KWiGP – wyciąg"
    cp.created = FIXED_TIME
    cp.modified = FIXED_TIME
    cp.revision = 3

    section = doc.sections[0]
    section.header.paragraphs[0].text = W04_HEADER
    section.footer.paragraphs[0].text = W04_FOOTER

    note = doc.add_paragraph()
    note.add_run(W04_NOTE).italic = True
    info = doc.add_paragraph()
    info.add_run(W04_INFO).italic = True

    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("STATUT STOWARZYSZENIA\n„KLASTER WIERTNICTWA I GEOTECHNIKI PODKARPACIA”")
    run.bold = True
    run.font.size = Pt(14)

    for item in W04_BODY:
        kind = item[0]
        if kind == "chapter":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(f"{item[1]}\n{item[2]}").bold = True
        elif kind == "para":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(item[1]).bold = True
        elif kind == "text":
            p = doc.add_paragraph(item[1])
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "list":
            num_id = new_num(doc)
            for entry in item[1]:
                p = doc.add_paragraph(entry, style="List Number")
                set_num(p, num_id)

    sign = doc.add_paragraph()
    sign.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sign.add_run("Za zgodność z tekstem jednolitym:\nPrezes Zarządu\nRyszard Gąsiorowski")
    buf = io.BytesIO()
    doc.save(buf)
    (HERE / "w04_statut_stowarzyszenia_klaster_jaslo.docx").write_bytes(
        normalise_zip(buf.getvalue())
    )


# ---------------------------------------------------------------------------
# w05: a cluster's own "O nas" web page (pomorskie), HTML
# ---------------------------------------------------------------------------

W05_MEMBERS = [
    "Mechatronika Kociewie sp. z o.o., Tczew",
    "P.P.H.U. „Ster-Mont” Jan Grabowski, Pelplin",
    "Roboserwis sp. z o.o., Starogard Gdański",
    "Zakład Obróbki Skrawaniem „Precyzja” s.c., Tczew",
    "AutomaTech Pomorze sp. z o.o., Swarożyn",
    "Hydro-Kociewie sp. z o.o., Gniew",
    "Elektro-Mik Michał Kwiatkowski, Subkowy",
    "Pneumatyka Wisła sp. z o.o., Tczew",
    "Fabryka Przekładni „Dźwignia” S.A., Starogard Gdański",
    "Spawalnia Wiślana sp. z o.o., Tczew",
    "ProSensor sp. z o.o., Skórcz",
    "Zakład Narzędziowy „Frez” Anna i Piotr Lewandowscy s.c., Pelplin",
    "Kociewskie Centrum Kształcenia Zawodowego w Tczewie",
    "Zespół Szkół Technicznych nr 3 w Starogardzie Gdańskim",
    "Laser-Cut Gniew sp. z o.o., Gniew",
    "InduSoft Automatyka sp. z o.o., Tczew",
    "Maszyny Rolnicze „Wierzyca” sp. z o.o., Pelplin",
    "Kabel-Trans sp. j., Tczew",
    "Serwo-Drive sp. z o.o., Morzeszczyn",
    "Biuro Konstrukcyjne „Wektor” inż. Tomasz Pająk, Tczew",
    "Gmina Miejska Tczew",
    "Tczewska Agencja Rozwoju Przedsiębiorczości sp. z o.o., Tczew",
]

W05_TEMPLATE = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>O nas | Kociewski Klaster Automatyki i Mechatroniki &bdquo;KoMech&rdquo;</title>
<meta name="description" content="Klaster KoMech &ndash; sieć współpracy firm automatyki i mechatroniki z Kociewia.">
<link rel="stylesheet" href="/assets/css/main.css?v=3.2.1">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-7QX3KOMECH');</script>
</head>
<body class="page-o-nas">
<header class="site-header">
  <a class="logo" href="/"><img src="/assets/img/logo-komech.svg" alt="KoMech &ndash; Kociewski Klaster Automatyki i Mechatroniki"></a>
  <nav class="main-nav">
    <ul>
      <li><a href="/">Start</a></li>
      <li class="active"><a href="/o-nas/">O nas</a></li>
      <li><a href="/czlonkowie/">Członkowie</a></li>
      <li><a href="/projekty/">Projekty</a></li>
      <li><a href="/aktualnosci/">Aktualności</a></li>
      <li><a href="/dolacz/">Dołącz do klastra</a></li>
      <li><a href="/kontakt/">Kontakt</a></li>
      <li><a href="/en/about/" hreflang="en">EN</a></li>
    </ul>
  </nav>
</header>

<div class="breadcrumbs"><a href="/">Start</a> &raquo; O nas</div>

<main id="content">
  <h1>O nas</h1>

  <section class="intro">
    <p><strong>Kociewski Klaster Automatyki i Mechatroniki &bdquo;KoMech&rdquo;</strong> to sieć współpracy firm z branży automatyki przemysłowej, robotyki i budowy maszyn z Kociewia i Powiśla. Działamy od 2015&nbsp;roku &ndash; umowę o współpracy podpisało wtedy w Tczewie 9 firm. Do 2019&nbsp;r. występowaliśmy pod nazwą Tczewski Klaster Mechaniczny.</p>
    <p>Klaster działa na podstawie umowy o współpracy (porozumienia klastrowego) i nie ma osobowości prawnej. Koordynatorem klastra jest <strong>Tczewska Agencja Rozwoju Przedsiębiorczości sp.&nbsp;z&nbsp;o.o.</strong>, która prowadzi biuro klastra, organizuje spotkania członków i reprezentuje klaster na zewnątrz.</p>
    <p>Obecnie klaster tworzy <strong>22 członków</strong> &ndash; przedsiębiorstwa, szkoły zawodowe i samorząd. Ich pełną listę znajdziesz poniżej.</p>
  </section>

  <section class="numbers">
    <h2>KoMech w liczbach</h2>
    <ul class="stats">
      <li><span class="num">22</span> członków</li>
      <li><span class="num">3&nbsp;000+</span> pracowników w firmach członkowskich</li>
      <li><span class="num">17</span> wspólnych projektów od 2015&nbsp;r.</li>
      <li><span class="num">4</span> uczelnie partnerskie</li>
      <li><span class="num">1,2&nbsp;mld&nbsp;zł</span> łącznych przychodów członków w 2023&nbsp;r.</li>
    </ul>
  </section>

  <section class="goals">
    <h2>Nasze cele</h2>
    <ol>
      <li>wspólne wdrażanie rozwiązań Przemysłu 4.0 w firmach członkowskich,</li>
      <li>budowanie łańcuchów dostaw podzespołów mechatronicznych na Kociewiu,</li>
      <li>kształcenie techników mechatroniki we współpracy ze szkołami zawodowymi,</li>
      <li>wspólna promocja oferty członków na targach branżowych w kraju i za granicą.</li>
    </ol>
  </section>

  <section class="members" id="czlonkowie">
    <h2>Członkowie klastra</h2>
    <ul class="member-list">
{members}
    </ul>
    <h3>Partnerzy wspierający</h3>
    <p class="note">Partnerzy wspierają nasze działania, ale nie są członkami klastra.</p>
    <ul class="partner-list">
      <li>Kociewski Bank Spółdzielczy</li>
      <li>Powiat Tczewski</li>
      <li>Pomorska Wyższa Szkoła Inżynierska w Gdańsku</li>
    </ul>
  </section>

  <section class="news-teaser">
    <h2>Z ostatniej chwili</h2>
    <article>
      <p class="date">14.03.2024</p>
      <p>Podpisaliśmy porozumienie o współpracy z <strong>Gdyńskim Klastrem Wyposażenia Statków</strong> z siedzibą w Gdyni, skupiającym ok. 30 firm z Trójmiasta. Pierwszym wspólnym działaniem będzie giełda kooperacyjna dla dostawców automatyki okrętowej.</p>
    </article>
    <article>
      <p class="date">02.02.2024</p>
      <p>Zapraszamy na Walne Zebranie Członków, które odbędzie się 18&nbsp;kwietnia 2024&nbsp;r. na Zamku w Gniewie. Przewidujemy udział ok. 60 osób.</p>
    </article>
  </section>

  <section class="contact-box">
    <h2>Kontakt</h2>
    <address>
      Biuro Klastra KoMech<br>
      Tczewska Agencja Rozwoju Przedsiębiorczości sp.&nbsp;z&nbsp;o.o.<br>
      ul. Jagiellońska 18/4, 83-110 Tczew<br>
      tel. +48 58 531 22 40<br>
      e-mail: <a href="mailto:biuro@komech.org.pl">biuro@komech.org.pl</a><br>
      <a href="https://www.komech.org.pl">www.komech.org.pl</a>
    </address>
    <p>Biuro czynne od poniedziałku do piątku w godz. 8.00&ndash;16.00.</p>
  </section>
</main>

<footer class="site-footer">
  <p>&copy; 2015&ndash;2024 Kociewski Klaster Automatyki i Mechatroniki &bdquo;KoMech&rdquo;. Wszelkie prawa zastrzeżone.</p>
  <p><a href="/polityka-prywatnosci/">Polityka prywatności</a> | <a href="/deklaracja-dostepnosci/">Deklaracja dostępności</a> | <a href="/mapa-strony/">Mapa strony</a></p>
  <p class="credits">Projekt i wykonanie strony: Pikselownia Studio Interaktywne, ul. Ogarna 40, 80-826 Gdańsk, <a href="https://www.pikselownia-studio.pl">www.pikselownia-studio.pl</a></p>
</footer>
<script src="/assets/js/main.min.js?v=3.2.1"></script>
</body>
</html>
"""


def html_escape_quotes(text: str) -> str:
    return text.replace("„", "&bdquo;").replace("”", "&rdquo;")


def make_w05() -> None:
    members = "\n".join(f"      <li>{html_escape_quotes(m)}</li>" for m in W05_MEMBERS)
    html = W05_TEMPLATE.format(members=members)
    (HERE / "w05_o_nas_klaster_komech_tczew.html").write_text(html, encoding="utf-8")


# ---------------------------------------------------------------------------
# w06: conference programme and abstracts (dolnośląskie venue), PDF
# ---------------------------------------------------------------------------

W06_PROGRAMME = [
    ["9.00–9.30", "Rejestracja uczestników, kawa powitalna", ""],
    [
        "9.30–9.45",
        "Otwarcie konferencji",
        "dr hab. inż. Tomasz Wierzbicki, prof. WCTP – dyrektor, Wrocławskie Centrum Transferu Przemysłowego",
    ],
    [
        "9.45–10.30",
        "Wykład otwierający: Klastry po 2027 roku – wnioski dla polityki regionalnej [1]",
        "Krystyna Ambroziak – przewodnicząca, Krajowa Rada Koordynatorów Klastrów (Warszawa)",
    ],
    [
        "",
        "SESJA I. GOSPODARKA OBIEGU ZAMKNIĘTEGO I DANE PRZEMYSŁOWE (prowadzenie: dr Ewa Sobolewska)",
        "",
    ],
    [
        "10.30–11.05",
        "Odzysk metali z odpadów poprodukcyjnych – doświadczenia klastra [2]",
        "mgr inż. Bartosz Lewandowicz – prezes zarządu, Lubiński Klaster Odzysku Metali „Miedziany Krąg” (Lubin)",
    ],
    [
        "11.05–11.40",
        "Klastry GPU w analizie danych procesowych huty [3]",
        "dr Paweł Szymczak – Laboratorium Obliczeń Wielkoskalowych WCTP (Wrocław)",
    ],
    ["11.40–12.10", "Przerwa kawowa", ""],
    ["", "SESJA II. NOWE TECHNOLOGIE I NOWE RYNKI (prowadzenie: dr inż. Leszek Kowalczyk)", ""],
    [
        "12.10–12.45",
        "Bezzałogowe statki powietrzne w inspekcji infrastruktury przemysłowej [4]",
        "dr inż. Marta Zielińska-Obara – Radomskie Centrum Technologii Lotniczych sp. z o.o. (Radom)",
    ],
    [
        "12.45–13.20",
        "Enoturystyka jako produkt klastrowy [5]",
        "Anna Przybysz – Klaster Enoturystyki Środkowego Nadodrza (Zielona Góra)",
    ],
    [
        "13.20–14.00",
        "Panel dyskusyjny: Jak finansować klastry po 2027 r.?",
        "moderacja: Jerzy Mazurkiewicz (Fundusz Rozwoju Przemysłu Dolnośląskiego); udział: prelegenci sesji I i II",
    ],
    ["14.00", "Podsumowanie i obiad", ""],
]

W06_ABSTRACTS = [
    (
        "[1] Klastry po 2027 roku – wnioski dla polityki regionalnej (K. Ambroziak)",
        "Krajowa Rada Koordynatorów Klastrów jest federacją zrzeszającą 58 podmiotów pełniących funkcję koordynatorów klastrów; sama nie jest klastrem i nie prowadzi działalności gospodarczej. W wystąpieniu zostaną przedstawione wyniki ankiety przeprowadzonej w 2024 r. wśród 112 koordynatorów z 16 województw. Według szacunków Rady w Polsce działa obecnie ok. 200 inicjatyw klastrowych, skupiających łącznie ponad 8 000 podmiotów, z czego 14 ma status Krajowego Klastra Kluczowego.",
    ),
    (
        "[2] Odzysk metali z odpadów poprodukcyjnych – doświadczenia klastra (B. Lewandowicz)",
        "Lubiński Klaster Odzysku Metali „Miedziany Krąg” powstał w 2018 r. jako stowarzyszenie z siedzibą w Lubinie i jest jednym z pierwszych klastrów gospodarki obiegu zamkniętego na Dolnym Śląsku; od początku samodzielnie prowadzi swoje sprawy. Zrzesza 36 podmiotów: 29 przedsiębiorstw, dwie uczelnie, trzy gminy Zagłębia Miedziowego i dwa instytuty badawcze. W 2023 r. firmy członkowskie przetworzyły ok. 14 tys. ton odpadów zawierających miedź i srebro, a wspólny projekt pilotażowej linii hydrometalurgicznej (budżet 8,6 mln zł) realizowany jest w Polkowicach. Autor omówi cele klastra: zwiększenie odzysku metali nieżelaznych z odpadów poprodukcyjnych regionu, wspólne badania nad technologiami hydrometalurgicznymi oraz przygotowanie kadr dla gospodarki obiegu zamkniętego. Więcej: www.miedzianykrag.pl.",
    ),
    (
        "[3] Klastry GPU w analizie danych procesowych huty (P. Szymczak)",
        "Przedstawione zostaną doświadczenia z wykorzystania klastra obliczeniowego złożonego z 64 kart GPU do przetwarzania danych z ponad 3 000 czujników pieca zawiesinowego oraz zastosowanie metod klasteryzacji (k-średnich) do grupowania stanów pracy pieca. Uzyskano skrócenie czasu analizy z 9 godzin do 14 minut.",
    ),
    (
        "[4] Bezzałogowe statki powietrzne w inspekcji infrastruktury przemysłowej (M. Zielińska-Obara)",
        "Mazowiecki Klaster Bezzałogowych Systemów Lotniczych (MKBSL), utworzony w 2020 r. na podstawie porozumienia i koordynowany przez Radomskie Centrum Technologii Lotniczych sp. z o.o. z siedzibą w Radomiu, skupia ok. 20 firm i jednostek naukowych. Autorka omówi wyniki 140 lotów inspekcyjnych linii przesyłowych i kominów przemysłowych, wykonanych w 2023 r. przez członków klastra na poligonie testowym w Przysusze, oraz bariery prawne w komercyjnym wykorzystaniu dronów poza zasięgiem wzroku operatora.",
    ),
    (
        "[5] Enoturystyka jako produkt klastrowy (A. Przybysz)",
        "Na przykładzie szlaku „Winne Wzgórza” autorka pokaże, jak wspólna marka pomaga małym winnicom w dotarciu do turystów. Spośród członków klastra – winnic, restauracji, gospodarstw agroturystycznych i biur podróży – 14 winnic prowadzi sprzedaż bezpośrednią; w 2023 r. przyjęły one ok. 38 tys. gości, a trasa szlaku przebiega przez 9 gmin. Omówione zostaną także doświadczenia ze współpracy z biurami podróży z Saksonii.",
    ),
]


def w06_on_page(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont("DejaVuSans", 7.5)
    canvas.drawString(
        16 * mm,
        A4[1] - 12 * mm,
        "III Konferencja „Klastry w transformacji przemysłu” · Wrocław, 17 października 2024 r.",
    )
    canvas.drawRightString(A4[0] - 16 * mm, 10 * mm, str(doc.page))
    canvas.restoreState()


def make_w06() -> None:
    st = styles()
    story: list = [
        Paragraph(
            "III Konferencja Naukowo-Gospodarcza<br/>„KLASTRY W TRANSFORMACJI PRZEMYSŁU”",
            st["title"],
        ),
        Paragraph(
            "Wrocław, 17 października 2024 r. · Centrum Konferencyjne „Przystań”, ul. Księcia Witolda 2, Wrocław",
            st["body"],
        ),
        Paragraph(
            "Organizator: Wrocławskie Centrum Transferu Przemysłowego (WCTP). Partnerzy: Fundusz Rozwoju Przemysłu Dolnośląskiego, Krajowa Rada Koordynatorów Klastrów. Udział bezpłatny, liczba miejsc ograniczona do 150 osób.",
            st["small"],
        ),
        Spacer(1, 3 * mm),
        Paragraph("PROGRAM", st["h"]),
    ]
    data = [
        [
            Paragraph(h, st["cellb"])
            for h in ("Godzina", "Temat wystąpienia", "Prelegent / afiliacja")
        ]
    ]
    session_rows = []
    for n, (time, topic, speaker) in enumerate(W06_PROGRAMME, start=1):
        if topic.startswith("SESJA"):
            data.append([Paragraph(topic, st["cellb"]), "", ""])
            session_rows.append(n)
        else:
            data.append(
                [
                    Paragraph(time, st["cell"]),
                    Paragraph(topic, st["cell"]),
                    Paragraph(speaker, st["cell"]),
                ]
            )
    commands = [
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for n in session_rows:
        commands += [
            ("SPAN", (0, n), (-1, n)),
            ("BACKGROUND", (0, n), (-1, n), colors.Color(0.9, 0.9, 0.9)),
        ]
    table = Table(data, colWidths=[26 * mm, 75 * mm, 77 * mm])
    table.setStyle(TableStyle(commands))
    story += [table, PageBreak(), Paragraph("STRESZCZENIA WYSTĄPIEŃ", st["h"])]
    for head, body in W06_ABSTRACTS:
        story += [Paragraph(head, st["h2"]), Paragraph(body, st["body"])]
    story += [
        Spacer(1, 4 * mm),
        Paragraph(
            "Streszczenia opublikowano w brzmieniu nadesłanym przez autorów. Prezentacje będą dostępne po konferencji na stronie organizatora.",
            st["small"],
        ),
    ]
    build_pdf(
        HERE / "w06_program_konferencji_klastry_wroclaw.pdf",
        story,
        "Program konferencji Klastry w transformacji przemysłu",
        "WCTP",
        w06_on_page,
    )


def main() -> None:
    make_w01()
    make_w02()
    make_w03()
    make_w04()
    make_w05()
    make_w06()


if __name__ == "__main__":
    main()
