# ruff: noqa: E501
"""Write the heldout20 documents (c01_… – c06_…) into this folder.

All text lives here.  Four documents imitate text taken out of PDFs (form feeds
between pages, running headers and footers, hyphenated line ends), one is a real
PDF made with reportlab and one a DOCX made with python-docx.  The output is
byte-for-byte deterministic: reportlab runs in invariant mode, and the DOCX has
fixed core properties and fixed zip timestamps.

Run from the repository root:

    .venv/bin/python tests/cases/heldout20/make_documents.py
"""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
NBSP = "\u00a0"  # keeps numbers such as "4 100" on one line; written as a space
SHY = "~"  # allowed hyphenation point; removed, or written as "-" at a line end


# --------------------------------------------------------------------------
# plain-text "pdftotext" helpers
# --------------------------------------------------------------------------


VOWELS = set("aąeęioóuyAĄEĘIOÓUY")
LETTERS = re.compile(r"^[„(]?[A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż-]+[”),.;:]*$")


def syllabify(word: str) -> str:
    """Mark V-CV break points (at least three letters on each side) with SHY."""
    if SHY in word or len(word) < 8 or not LETTERS.match(word) or word.isupper():
        return word
    out = []
    for i, ch in enumerate(word):
        if (
            3 <= i <= len(word) - 4
            and word[i - 1] in VOWELS
            and ch not in VOWELS
            and ch.isalpha()
            and word[i + 1] in VOWELS
            and word[i + 1 :].rstrip("”),.;:").isalpha()
            and word[:i].lstrip("„(").isalpha()
        ):
            out.append(SHY)
        out.append(ch)
    return "".join(out)


def wrap(text: str, width: int, first: str = "", cont: str = "", gap: int = 7) -> list[str]:
    """Greedy wrap; breaks at spaces or at SHY marks (adding a hyphen).

    Words are hyphenated only where leaving them whole would leave at least
    `gap` free columns, as in justified text.
    """
    words = [syllabify(w) for w in text.split(" ") if w]
    lines: list[str] = []
    cur = first
    empty = True
    for word in words:
        piece = word
        while True:
            clean = piece.replace(SHY, "")
            sep = "" if empty else " "
            if len(cur) + len(sep) + len(clean) <= width:
                cur += sep + clean
                empty = False
                break
            parts = piece.split(SHY)
            split_done = False
            free = width - len(cur) - len(sep)
            for k in range(len(parts) - 1, 0, -1) if free >= gap else ():
                head = "".join(parts[:k]) + "-"
                if len(cur) + len(sep) + len(head) <= width:
                    lines.append(cur + sep + head)
                    cur = cont
                    empty = True
                    piece = SHY.join(parts[k:])
                    split_done = True
                    break
            if split_done:
                continue
            if empty:
                cur += clean
                empty = False
                break
            lines.append(cur)
            cur = cont
            empty = True
    if not empty:
        lines.append(cur)
    return [line.replace(NBSP, " ").rstrip() for line in lines]


def para(text: str, width: int, indent: str = "") -> list[str]:
    return [*wrap(text, width, indent, indent), ""]


def item(marker: str, text: str, width: int, indent: str = "") -> list[str]:
    lead = indent + marker + " "
    return wrap(text, width, lead, " " * len(lead))


def items(marked: list[tuple[str, str]], width: int, indent: str = "") -> list[str]:
    out: list[str] = []
    for marker, text in marked:
        out += item(marker, text, width, indent)
    return [*out, ""]


def bullets(marker: str, texts: list[str], width: int, indent: str = "") -> list[str]:
    return items([(marker, t) for t in texts], width, indent)


def kv(key: str, value: str, width: int, keyw: int) -> list[str]:
    """A two-column 'label   value' row as pdftotext -layout writes it."""
    return wrap(value, width, key.ljust(keyw), " " * keyw)


def assemble(pages: list[list[str]], header, footer) -> str:
    """Join pages with form feeds; header/footer are callables of the page index."""
    out = []
    for i, body in enumerate(pages):
        lines = [*header(i), *body]
        while lines and lines[-1] == "":
            lines.pop()
        lines += footer(i)
        out.append("\n".join(lines) + "\n")
    return "\f".join(out) + "\f"


def right(left: str, rtext: str, width: int) -> str:
    return left + " " * max(2, width - len(left) - len(rtext)) + rtext


# --------------------------------------------------------------------------
# c01 – sub-regional diagnosis chapter, wielkopolskie (text from a PDF)
# --------------------------------------------------------------------------

C01 = "c01_diagnoza_rozdzial_klastry_subregion_kalisko_ostrowski.txt"


def make_c01() -> str:
    w = 92
    p = lambda t: para(t, w)  # noqa: E731
    pages: list[list[str]] = []

    pages.append(
        [
            "6. WSPÓŁPRACA SIECIOWA PRZEDSIĘBIORSTW – KLASTRY",
            "",
            "6.1. Stan i rozmieszczenie inicjatyw klastrowych",
            "",
            *p(
                "Według stanu na 31 grudnia 2023 r. w Subregionie Kalisko-Ostrowskim działało siedem "
                "inicjatyw klastrowych, które skupiały łącznie ok. 250 podmiotów, w tym ok. 200 przed~siębiorstw, "
                "11 szkół i uczelni oraz 14 jednostek samorządu terytorialnego. W porównaniu z poprzednią "
                "edycją diagnozy (2019 r.) przybyły dwie inicjatywy, a liczba zrzeszonych podmiotów wzrosła "
                "mniej więcej o jedną trzecią. Klastry koncentrują się w Kaliszu i Ostrowie Wielkopolskim "
                "oraz w Kępnie, Pleszewie, Jarocinie i Krotoszynie; powiat ostrzeszowski nie ma własnej "
                "inicjatywy, a tamtejsze firmy należą do klastrów z Kępna i Ostrowa."
            ),
            *p(
                "Dane zebrano w ankiecie skierowanej do koordynatorów (odpowiedzi nadesłało 7 z 7 pod~miotów) "
                "oraz w wywiadach z przedstawicielami Urzędu Marszałkowskiego Województwa Wielko~polskiego "
                "i starostw powiatowych. Pominięto sieci, które same nie określają się jako klastry, m.in. "
                "Sieć Szkół Branżowych Południowej Wielkopolski – porozumienie dyrektorów 19 szkół, do "
                "którego nie należą przedsiębiorstwa."
            ),
            *p(
                "Opisy poszczególnych inicjatyw (podrozdziały 6.2–6.8) mają jednolity układ: geneza, "
                "członkowie, sposób koordynacji i cele. Inicjatywy na etapie tworzenia omówiono "
                "w podrozdziale 6.9, a wnioski – w podrozdziale 6.10."
            ),
            "6.2. Kępiński Klaster Tapicerski „Sprężyna”",
            "",
            *p(
                "Klaster powstał w marcu 2016 r. na podstawie umowy o współpracy podpisanej przez 17 "
                "producentów mebli tapicerowanych z powiatu kępińskiego. Od początku należy do największych "
                "w subregionie: obecnie zrzesza 61 podmiotów – 52 producentów mebli i komponentów, 6 firm "
                "transportowych, 2 szkoły branżowe oraz Powiat Kępiński. Firmy członkowskie zatrudniają "
                f"łącznie ok. 4{NBSP}100 osób, a sprzedaż zagraniczna odpowiada za 71% ich przychodów."
            ),
            *p(
                "Koordynatorem klastra jest Kępińska Agencja Rozwoju Gospodarczego sp. z o.o., spółka "
                "z większościowym udziałem Powiatu Kępińskiego, która prowadzi biuro klastra w Kępnie przy "
                "ul. Sienkiewicza 9 (www.klaster-sprezyna.pl). Działania promocyjne w latach 2021–2023 były "
                "współfinansowane przez Samorząd Województwa Wielkopolskiego; Urząd Marszałkowski nie "
                "uczestniczy jednak w zarządzaniu klastrem."
            ),
        ]
    )

    pages.append(
        [
            "Cele klastra:",
            *bullets(
                "•",
                [
                    "wspólny zakup pianek, tkanin obiciowych i stelaży,",
                    "rozwój wzornictwa i własnych marek mebli tapicerowanych,",
                    "kształcenie tapicerów i szwaczek we współpracy ze szkołami branżowymi,",
                    "wspólna promocja na targach meblowych w Kolonii, Mediolanie i Poznaniu,",
                    "zagospodarowanie odpadów poprodukcyjnych, zwłaszcza ścinków pianki i tkanin.",
                ],
                w,
            ),
            *p(
                "W ankiecie koordynator wskazał jako największą barierę brak pracowników: w 2023 r. firmy "
                "członkowskie zgłosiły do powiatowego urzędu pracy 230 wolnych miejsc pracy."
            ),
            "6.3. Przemysł grzewczy Ostrowa Wielkopolskiego",
            "",
            *p(
                "Tradycje produkcji kotłów w Ostrowie sięgają lat 70. XX w. W Ostrowskim Klastrze Kotłów "
                "i Wymienników Ciepła (OKKWC) działa dziś ok. 35 firm – producentów kotłów na biomasę, pomp "
                "ciepła, wymienników i automatyki. Porozumienie klastrowe podpisano w 2019 r.; w 2022 r. "
                "przystąpiło do niego sześć kolejnych firm."
            ),
            *p(
                "Klaster, koordynowany przez Fundację Ostrowskiego Przemysłu Grzewczego, ma biuro w jej "
                "siedzibie w Ostrowie Wielkopolskim. Zaplecze badawcze zapewnia członek klastra, Wyższa "
                "Szkoła Techniki Cieplnej w Ostrowie Wielkopolskim, która udostępnia firmom swoje stanowiska "
                "pomiarowe. Szczegółowe informacje o projektach można znaleźć na stronie internetowej "
                "fundacji (www.fopg.org.pl)."
            ),
            "Porozumienie klastrowe wymienia następujące cele:",
            *items(
                [
                    ("1.", "Opracowanie wspólnego standardu badań kotłów na paliwa odnawialne."),
                    (
                        "2.",
                        "Utworzenie akredytowanego laboratorium badań emisji w Ostrowie Wielkopolskim.",
                    ),
                    (
                        "3.",
                        "Przygotowanie firm do wymogów ekoprojektu i etykietowania energetycznego.",
                    ),
                    ("4.", "Wspólne wejście na rynki Europy Środkowo-Wschodniej."),
                ],
                w,
            ),
            *p(
                f"Laboratorium ma rozpocząć działalność w 2026 r.; jego koszt oszacowano na 7,8{NBSP}mln zł."
            ),
        ]
    )

    pages.append(
        [
            "6.4. Kaliski Klaster Koronki i Haftu",
            "",
            *p(
                "Najstarszą inicjatywą w subregionie jest Kaliski Klaster Koronki i Haftu. Działa od 2012 r.: "
                "początkowo na podstawie porozumienia dziewięciu pracowni, a od 2015 r. jako zarejestrowane "
                "Stowarzyszenie „Kaliska Koronka” z siedzibą w Kaliszu. Stowarzyszenie samo prowadzi sprawy "
                "klastra i nie ma on odrębnego koordynatora; bieżącą pracę wykonuje zarząd wybierany na "
                "trzyletnią kadencję."
            ),
            *p(
                "Stowarzyszenie liczy 23 członków, w tym 14 rodzinnych pracowni hafciarskich. Honorowy "
                "patronat nad klastrem sprawuje Starosta Kaliski, a partnerem merytorycznym jest Kaliskie "
                "Centrum Tradycji Włókienniczych, które nie jest członkiem klastra."
            ),
            *p(
                "Klaster stawia sobie za cel rozwój rzemiosła hafciarskiego, promocję kaliskiej koronki na "
                "rynkach zagranicznych oraz kształcenie młodych hafciarek i projektantek. Stronę "
                f"www.kaliskakoronka.org.pl odwiedziło w 2023 r. ok. 18{NBSP}tys. osób."
            ),
            "6.5. Pleszewski Klaster Energii Obywatelskiej",
            "",
            *p(
                "Pleszewski Klaster Energii Obywatelskiej (PKEO) powstał w 2018 r. na mocy porozumienia "
                "12 podmiotów, a w 2019 r. uzyskał certyfikat pilotażowego klastra energii. Funkcję "
                "koordynatora pełni Gmina Pleszew; operatorem technicznym instalacji jest komunalna spółka "
                "Pleszewskie Sieci Ciepłownicze sp. z o.o., która nie jest stroną porozumienia. Obecnie "
                "klaster liczy 27 członków, a do końca 2025 r. ma ich być 35. Moc zainstalowana w źródłach "
                f"członków wynosi 14,6{NBSP}MW."
            ),
            *p(
                "Jego celem jest pokrycie do 2030 r. co najmniej 30% zapotrzebowania odbiorców z obszaru "
                "gminy na energię elektryczną ze źródeł odnawialnych. Informacje dla mieszkańców "
                "publikowane są na stronie www.energia-pleszew.pl."
            ),
            "6.6. Jarociński Klaster Mleczarsko-Serowarski",
            "",
            *p(
                "Jarociński Klaster Mleczarsko-Serowarski zawiązano w 2017 r. jako porozumienie gospodarstw "
                "mlecznych i serowarni z powiatu jarocińskiego. Do 2021 r. jego koordynatorem była "
                "Jarocińska Izba Rolniczo-Gospodarcza. Od stycznia 2022 r. funkcję tę pełni Centrum "
                "Agrobiznesu Jarocin sp. z o.o., które prowadzi biuro klastra w Witaszycach. Klaster skupia "
                "blisko 40 gospodarstw mlecznych i 9 serowarni rzemieślniczych; w 2023 r. jego członkowie "
                f"przerobili ok. 21{NBSP}mln litrów mleka."
            ),
            "Cele klastra określone w porozumieniu to:",
            *items(
                [
                    (
                        "a)",
                        "podniesienie jakości mleka surowego i zwiększenie jego wartości dodanej,",
                    ),
                    ("b)", "uruchomienie wspólnej dojrzewalni serów w Witaszycach,"),
                    ("c)", "wpisanie sera „Bursztyn Jarociński” na Listę Produktów Tradycyjnych"),
                ],
                w,
            )[:-1],
        ]
    )

    pages.append(
        [
            "   oraz jego promocja w sieciach handlowych,",
            *items(
                [
                    ("d)", "sprzedaż bezpośrednia w krótkich łańcuchach dostaw,"),
                    ("e)", "doradztwo weterynaryjne i żywieniowe dla gospodarstw członkowskich."),
                ],
                w,
            ),
            *p(
                "W 2023 r. dojrzewalnia nie powstała z powodu wzrostu kosztów budowy (z 2,4 do "
                f"3,9{NBSP}mln zł); koordynator planuje złożenie wniosku o dofinansowanie w 2025 r."
            ),
            "6.7. Krotoszyński Klaster Odlewnictwa Aluminium",
            "",
            *p(
                "Krotoszyński Klaster Odlewnictwa Aluminium (KKOA) działa od 2020 r. na podstawie umowy "
                "konsorcjum. Liderem klastra jest Odlewnia Ciśnieniowa ALKROT sp. z o.o., największy zakład "
                "branży w powiecie; biuro klastra mieści się w jego siedzibie w Krotoszynie. W skład klastra "
                "wchodzą 24 przedsiębiorstwa, uczelnia i dwa technika. Uczelnią tą jest Wyższa Szkoła "
                "Inżynierii Produkcji w Krotoszynie – członek klastra i jego partner naukowy. Firmy "
                f"członkowskie zatrudniają ok. 2{NBSP}900 pracowników."
            ),
            "Do głównych zadań klastra należą:",
            *bullets(
                "–",
                [
                    "wspólne zamówienia stopów aluminium i form odlewniczych,",
                    "badania nad recyklingiem złomu aluminiowego w obiegu zamkniętym,",
                    "kształcenie operatorów maszyn do odlewania ciśnieniowego,",
                    "reprezentowanie branży wobec samorządów i instytucji otoczenia biznesu.",
                ],
                w,
            ),
            *p(
                "W latach 2023–2025 klaster realizuje projekt „Lekki Odlew 2025”, współfinansowany ze "
                "środków Samorządu Województwa Wielkopolskiego. Celem projektu jest opracowanie technologii "
                "odlewania cienkościennych elementów nadwozi oraz przeszkolenie 120 pracowników firm "
                f"członkowskich. Wartość projektu wynosi 4,2{NBSP}mln zł. Strona klastra: www.kkoa.pl."
            ),
        ]
    )

    pages.append(
        [
            "6.8. Klaster Agroturystyczny „Stawy Przygodzickie”",
            "",
            *p(
                "Na granicy z Dolnym Śląskiem, w wielkopolskiej części Doliny Baryczy, działa od 2021 r. "
                "Klaster Agroturystyczny „Stawy Przygodzickie”, utworzony na podstawie porozumienia "
                "partnerskiego z inicjatywy gminy i miejscowych kwaterodawców. Podmiotem zarządzającym "
                "jest Fundacja Krajobrazu Przygodzickiego z siedzibą w Przygodzicach. Do klastra należy "
                "19 kwaterodawców, 4 gospodarstwa rybackie oraz Gmina Przygodzice. Zebrania członków "
                "odbywają się dwa razy w roku w Odolanowie, a doroczne „Święto Karpia” – w Antoninie."
            ),
            *p(
                "Misja klastra: „Wspólnie chronimy i udostępniamy dziedzictwo stawów karpiowych Doliny "
                "Baryczy”."
            ),
            "Cele strategiczne:",
            *items(
                [
                    ("1)", "wydłużenie sezonu turystycznego poza miesiące letnie;"),
                    ("2)", "stworzenie wspólnego produktu turystycznego „Karp z Przygodzic”;"),
                    (
                        "3)",
                        "ochrona krajobrazu stawowego we współpracy z gospodarstwami rybackimi.",
                    ),
                ],
                w,
            ),
            *p(
                f"W 2023 r. obiekty członków udzieliły 14{NBSP}300 noclegów, z czego 38% poza sezonem letnim."
            ),
            "6.9. Inicjatywy w fazie tworzenia",
            "",
            *p(
                "W listopadzie 2023 r. sześciu sadowników z powiatu kaliskiego podpisało list intencyjny "
                "w sprawie utworzenia Klastra Cydrowego Doliny Prosny. Do dnia zamknięcia diagnozy nie "
                "zawarto porozumienia ani nie wybrano koordynatora, dlatego inicjatywy nie ujęto "
                "w zestawieniach tego rozdziału."
            ),
        ]
    )

    pages.append(
        [
            "6.10. Wnioski",
            "",
            *items(
                [
                    (
                        "1.",
                        "Siedem działających klastrów skupia ok. 250 podmiotów, a firmy członkowskie "
                        "zatrudniają ponad 9 tys. osób. Największy jest klaster „Sprężyna”, najmniejszy – "
                        "kaliskie stowarzyszenie hafciarskie.",
                    ),
                    (
                        "2.",
                        "Pięć inicjatyw ma zewnętrznego koordynatora (spółkę powiatową, fundację, gminę lub "
                        "przedsiębiorstwo), jedna – podmiot zarządzający w formie fundacji, a jedna "
                        "zarządza się sama jako stowarzyszenie. Zmiana koordynatora (Jarocin, 2022 r.) "
                        "przebiegła bez utraty członków.",
                    ),
                    (
                        "3.",
                        "Żaden klaster nie prowadzi wspólnych prac badawczo-rozwojowych na większą skalę; "
                        "wyjątkiem są badania recyklingu w Krotoszynie i planowane laboratorium w Ostrowie "
                        "Wielkopolskim.",
                    ),
                    (
                        "4.",
                        "Przykład „Stawów Przygodzickich” pokazuje, że klaster może łączyć turystykę "
                        "z ochroną krajobrazu; podobny model rozważają sadownicy z Doliny Prosny.",
                    ),
                ],
                w,
            ),
            "Rekomendacje:",
            *bullets(
                "R1",
                [
                    "utworzenie subregionalnego forum koordynatorów klastrów (spotkania dwa razy w roku);",
                ],
                w,
            )[:-1],
            *bullets(
                "R2",
                [
                    "wsparcie szkół branżowych współpracujących z klastrami w wyposażeniu pracowni;",
                ],
                w,
            )[:-1],
            *bullets(
                "R3",
                [
                    "uwzględnienie klastrów w strategii rozwoju ponadlokalnego subregionu na lata 2025–2035.",
                ],
                w,
            ),
        ]
    )

    total = len(pages)

    def header(i: int) -> list[str]:
        num = str(51 + i)
        if i % 2 == 0:
            return [right("Rozdział 6. Współpraca sieciowa przedsiębiorstw – klastry", num, w), ""]
        return [right(num, "Diagnoza społeczno-gospodarcza Subregionu Kalisko-Ostrowskiego", w), ""]

    def footer(i: int) -> list[str]:
        assert total == 6
        return [
            "",
            "Pracownia Analiz Regionalnych PROSNA s.c. – na zlecenie Stowarzyszenia Samorządów",
            "Południowej Wielkopolski (województwo wielkopolskie), Kalisz 2024",
        ]

    return assemble(pages, header, footer)


# --------------------------------------------------------------------------
# c02 – survey report arranged by theme, małopolskie (text from a PDF)
# --------------------------------------------------------------------------

C02 = "c02_raport_z_badania_klastry_malopolska_poludniowa.txt"


def make_c02() -> str:
    w = 96
    p = lambda t: para(t, w)  # noqa: E731
    pages: list[list[str]] = []

    pages.append(
        [
            "",
            "                                OBSERWATORIUM GOSPODARKI KARPACKIEJ",
            "",
            "",
            "                                 KLASTRY MAŁOPOLSKI POŁUDNIOWEJ",
            "",
            "          Raport z badania inicjatyw klastrowych w subregionach sądeckim i podhalańskim",
            "                                    (województwo małopolskie)",
            "",
            "",
            "                                    Nowy Sącz, czerwiec 2024 r.",
            "",
            "",
            "Zespół autorski: dr Halina Wierzbięta-Kos, mgr Tadeusz Gąsior-Pawlikowski, mgr Izabela Chochołowska",
            "Badanie sfinansowano ze środków własnych Obserwatorium.",
            "",
            "Spis treści",
            "Streszczenie ............................................................................ 2",
            "1. Cel i metoda badania .................................................................. 2",
            "2. Badane klastry – podstawowe informacje ................................................ 3",
            "3. Misje, cele i zadania klastrów ........................................................ 3",
            "4. Zarządzanie i koordynacja ............................................................. 5",
            "5. Wnioski i rekomendacje ................................................................ 6",
        ]
    )

    pages.append(
        [
            "Streszczenie",
            "",
            *p(
                "W subregionach sądeckim i podhalańskim działa siedem inicjatyw klastrowych, które na koniec "
                "2023 r. zrzeszały łącznie ok. 260 podmiotów – od bacówek i gospodarstw sadowniczych po "
                "producentów armatury przemysłowej i firmy informatyczne. Trzy klastry przekroczyły próg "
                "40 członków, dwa liczą mniej niż 30. Tylko dwa (w Krynicy-Zdroju i w Nowym Sączu) zarządzają "
                "się same, w formie stowarzyszenia lub spółki; pozostałe mają zewnętrznego koordynatora – "
                "gminę, izbę, spółdzielnię, fundację lub spółkę akcyjną. Najczęściej deklarowanym celem "
                "jest wspólna promocja, najrzadziej – współpraca badawczo-rozwojowa."
            ),
            "1. Cel i metoda badania",
            "",
            *p(
                "Celem badania było opisanie stanu inicjatyw klastrowych działających na terenie powiatów "
                "nowosądeckiego, gorlickiego, limanowskiego, nowotarskiego i tatrzańskiego oraz miasta "
                "Nowego Sącza. Badanie przeprowadzono od lutego do kwietnia 2024 r. Ankietę internetową "
                "(CAWI) wypełnili przedstawiciele wszystkich siedmiu klastrów; uzupełniono ją dwunastoma "
                "wywiadami pogłębionymi (IDI) z koordynatorami, członkami i przedstawicielami samorządów, "
                "oznaczonymi w tekście kodami R1–R12. Analizowano również porozumienia, statuty, umowy "
                "spółek i strategie udostępnione przez biura klastrów."
            ),
            *p(
                "Badaniem nie objęto grup producentów rolnych ani lokalnych grup działania, nawet jeśli ich "
                "członkowie należą do klastrów. Klastrem nie jest też Sądecka Sieć Inkubatorów "
                "Przedsiębiorczości, choć w materiałach promocyjnych bywa nazywana „klastrem startupów” – "
                "to porozumienie trzech inkubatorów bez udziału firm."
            ),
        ]
    )

    table = [
        "Tabela 1. Badane klastry – dane podstawowe (stan na 31.12.2023)",
        "",
        "Lp.  Klaster                               Siedziba          Rok¹   Forma (2023)      Członkowie",
        "1.   Krynicki Klaster Uzdrowiskowo-        Krynica-Zdrój     2014   stowarzyszenie            33",
        "     Hotelarski „Zdrojowa Dolina”",
        "2.   Podhalański Klaster Serów Owczych     Nowy Targ         2016   porozumienie          ok. 63",
        "3.   Gorlicki Klaster Rur i Armatury       Gorlice           2013   porozumienie              26",
        "     Przemysłowej",
        "4.   Klaster Śliwkowy „Łącka Dolina”       Łącko             2019   porozumienie              34",
        "5.   Tatrzański Klaster Usług Górskich     Zakopane          2015   porozumienie              47",
        "6.   Klaster Energetyczny Beskidu          Mszana Dolna      2017   porozumienie              19",
        "     Wyspowego",
        "7.   Sądecki Klaster Technologii           Nowy Sącz         2016   spółka z o.o.             42",
        "     Cyfrowych „Dunajec IT”",
        "     Razem                                                                               ok. 264",
        "",
        "¹ Rok zawarcia pierwszego porozumienia, także gdy klaster przyjął później inną formę prawną.",
        "Źródło: ankieta CAWI, n = 7.",
        "",
    ]

    pages.append(
        [
            "2. Badane klastry – podstawowe informacje",
            "",
            *p(
                "Tabela 1 zestawia podstawowe dane o badanych inicjatywach. Liczba członków to stan na "
                "31 grudnia 2023 r. podany w ankiecie; w dwóch przypadkach biura klastrów podały liczbę "
                "przybliżoną, ponieważ nie prowadzą rejestru członków (porozumienie ma charakter otwarty)."
            ),
            *table,
            *p(
                "Najstarszy jest klaster gorlicki (2013), najmłodszy – „Łącka Dolina” (2019). Liczba członków "
                "wzrosła w latach 2020–2023 we wszystkich klastrach z wyjątkiem gorlickiego, który stracił "
                "trzech członków po zamknięciu zakładów w Bieczu."
            ),
            "3. Misje, cele i zadania klastrów",
            "",
            *p(
                "Wszystkie badane klastry mają spisane cele – w porozumieniu, statucie, umowie spółki lub "
                "strategii. Poniżej przytaczamy je w brzmieniu z tych dokumentów; nie uwzględniamy potrzeb "
                "zgłaszanych przez członków w wywiadach."
            ),
            "3.1. „Zdrojowa Dolina” (Krynica-Zdrój)",
            "",
            *p(
                "Strategia klastra na lata 2021–2027 formułuje misję: „Krynica-Zdrój – uzdrowisko, do "
                "którego wraca się przez cały rok”. Cele strategiczne: (1) wzmocnienie marki Krynicy-Zdroju "
                "jako uzdrowiska całorocznego, (2) przygotowanie wspólnych pakietów usług leczniczych "
                "i hotelowych, (3) poprawa dostępności komunikacyjnej doliny Popradu. Strategia zawiera też "
                "cele operacyjne (m.in. 40 tys. turnusów rocznie), których tu nie przytaczamy."
            ),
        ]
    )

    pages.append(
        [
            "3.2. Podhalański Klaster Serów Owczych",
            "",
            *p(
                "Klaster stawia sobie za cel ochronę tradycyjnego wypasu owiec na halach, zwiększenie "
                "sprzedaży serów owczych poza Podhalem oraz dostosowanie bacówek do wymogów sanitarnych. "
                "Koordynator podkreślał w wywiadzie, że „bez wypasu nie ma krajobrazu, a bez sera nie ma "
                "wypasu” (R4)."
            ),
            "3.3. Gorlicki Klaster Rur i Armatury Przemysłowej",
            "",
            "Zgodnie z porozumieniem z 2013 r. (w brzmieniu aneksu z 2021 r.) klaster ma na celu:",
            *items(
                [
                    (
                        "a)",
                        "wspólne badania i certyfikację wyrobów dla przemysłu naftowego i gazowego,",
                    ),
                    (
                        "b)",
                        "utrzymanie w regionie szkolnictwa zawodowego w zawodach hutniczych i mechanicznych,",
                    ),
                    (
                        "c)",
                        "wspólną ofertę eksportową na rynki Bliskiego Wschodu i Afryki Północnej.",
                    ),
                ],
                w,
            ),
            "3.4. Klaster Śliwkowy „Łącka Dolina”",
            "",
            *p(
                "Porozumienie z 2019 r. zawiera tylko jeden cel. Celem klastra jest uzyskanie unijnej ochrony "
                "oznaczenia geograficznego dla suszonej śliwki z Łącka. Członkowie wskazywali w wywiadach "
                "także inne potrzeby – wspólną chłodnię i sprzedaż internetową (R7, R8) – nie zostały one "
                "jednak wpisane do porozumienia."
            ),
            "3.5. Tatrzański Klaster Usług Górskich",
            "",
            "Do głównych zadań klastra należą:",
            *bullets(
                "–",
                [
                    "szkolenie i certyfikacja instruktorów narciarstwa oraz przewodników górskich,",
                    "wspólny system rezerwacji usług górskich,",
                    "działania na rzecz bezpieczeństwa turystów w górach,",
                    "promocja Zakopanego jako ośrodka turystyki całorocznej.",
                ],
                w,
            ),
            "3.6. Klaster Energetyczny Beskidu Wyspowego",
            "",
            "Cele klastra:",
            *bullets(
                "▪",
                [
                    "zwiększenie udziału energii z małych elektrowni wodnych i fotowoltaiki w bilansie "
                    "energetycznym gmin członkowskich,",
                    "ograniczenie niskiej emisji w dolinie Mszanki,",
                    "wspólne zakupy energii dla budynków użyteczności publicznej.",
                ],
                w,
            ),
            *p(
                "W 2023 r. klaster przyjął „Plan działań na lata 2024–2026”; zapisane w nim zadania (m.in. "
                "budowa trzech magazynów energii do 2026 r.) służą realizacji powyższych celów."
            ),
            "3.7. Sądecki Klaster Technologii Cyfrowych „Dunajec IT”",
            "",
            "Umowa spółki wymienia następujące cele:",
            *items(
                [
                    ("1.", "Rozwój kompetencji cyfrowych kadr firm członkowskich."),
                    (
                        "2.",
                        "Wspólne oferowanie usług informatycznych klientom z sektora publicznego.",
                    ),
                    ("3.", "Przyciąganie specjalistów IT do pracy w Nowym Sączu."),
                    ("4.", "Współpraca z uczelniami i szkołami w kształceniu programistów."),
                ],
                w,
            ),
        ]
    )

    pages.append(
        [
            "4. Zarządzanie i koordynacja",
            "",
            *p(
                "Modele zarządzania badanych klastrów są zróżnicowane. Dwa klastry zarządzają się same, pięć "
                "ma zewnętrznego koordynatora. Poniżej opisujemy je w kolejności od najstarszego."
            ),
            *p(
                "Koordynatorem Gorlickiego Klastra Rur i Armatury Przemysłowej jest od kwietnia 2023 r. "
                "Gorlickie Centrum Przemysłowe S.A. W latach 2013–2023 funkcję tę pełniła Izba "
                "Przemysłowo-Handlowa Ziemi Gorlickiej, która po zmianie pozostała członkiem klastra. Klaster "
                "ma 26 członków, w tym 19 producentów rur, kształtek i armatury; firmy członkowskie zatrudniają "
                f"ok. 3{NBSP}400 osób. Biuro klastra działa w Gorlicach (www.gkriap.pl)."
            ),
            *p(
                "W Krynickim Klastrze Uzdrowiskowo-Hotelarskim „Zdrojowa Dolina” sprawy prowadzą sami "
                "członkowie. Klaster powstał w 2014 r. na podstawie porozumienia 12 właścicieli sanatoriów "
                "i pensjonatów; w 2018 r. członkowie zarejestrowali Stowarzyszenie „Zdrojowa Dolina”, które "
                "od tej pory samo zarządza klastrem – nie ma on odrębnego koordynatora. Biuro stowarzyszenia "
                "mieści się w Krynicy-Zdroju przy ul. Pułaskiego 7. Honorowy patronat nad klastrem sprawuje "
                "Starosta Nowosądecki. Klaster zrzesza 33 członków: 21 sanatoriów i obiektów noclegowych, "
                "8 firm usługowych, 3 zakłady przyrodolecznicze i Gminę Krynica-Zdrój. Zimowe spotkania "
                "członków odbywają się tradycyjnie w Muszynie (www.zdrojowadolina.pl)."
            ),
            *p(
                "W Tatrzańskim Klastrze Usług Górskich funkcję koordynatora pełni Zakopiańska Izba Usług "
                "Turystycznych. Klaster, oparty na umowie o współpracy z 2015 r., liczy 47 członków – szkoły "
                "narciarskie, biura przewodnickie, wypożyczalnie sprzętu i obiekty noclegowe. Partnerem "
                "klastra jest Podhalańska Szkoła Wyższa Turystyki i Rekreacji w Nowym Targu, która nie jest "
                "jego członkiem. Strona internetowa: www.uslugigorskie.pl."
            ),
            *p(
                "Podhalański Klaster Serów Owczych działa od 2016 r. na podstawie umowy o współpracy. "
                "Zrzesza ok. 60 bacówek i gospodarstw owczarskich oraz 3 serowarnie. Role w klastrze "
                "rozkładają się następująco:"
            ),
            *bullets(
                "•",
                [
                    "Podhalańska Spółdzielnia Owczarzy „Hala” – koordynator;",
                    "Gmina Miasto Nowy Targ – partner samorządowy (nie jest członkiem), udostępnia "
                    "pomieszczenia biura;",
                    "Karpacki Instytut Hodowli Owiec – partner naukowy, także spoza grona członków.",
                ],
                w,
            ),
        ]
    )

    pages.append(
        [
            *p(
                "Sądecki Klaster Technologii Cyfrowych „Dunajec IT” zawiązano w 2016 r. jako porozumienie "
                "14 firm. W 2019 r. członkowie utworzyli spółkę Klaster Dunajec IT sp. z o.o., która od tej "
                "pory sama zarządza klastrem; koordynatora zewnętrznego nie ma. Klaster liczy 42 członków: "
                "38 firm informatycznych, 3 szkoły średnie i Sądecką Wyższą Szkołę Informatyki. Uczelnia "
                "jest członkiem klastra i współprowadzi z nim kierunek „programowanie aplikacji”. Spółka "
                "zatrudnia dwie osoby (www.dunajec-it.pl)."
            ),
            *p(
                "Koordynatorem Klastra Energetycznego Beskidu Wyspowego jest Gmina Mszana Dolna (gmina "
                "wiejska); Miasto Mszana Dolna jest jednym z członków. Klaster powstał w 2017 r. na mocy "
                "porozumienia i liczy 19 członków, w tym 4 gminy i 11 przedsiębiorstw. Budowę dwóch małych "
                f"elektrowni wodnych o łącznej mocy 4,2{NBSP}MW sfinansowano ze środków Regionalnego "
                "Programu Operacyjnego Województwa Małopolskiego; Urząd Marszałkowski nie jest członkiem "
                "klastra."
            ),
            *p(
                "Klaster Śliwkowy „Łącka Dolina” zrzesza 31 sadowników, dwie tłocznie soków oraz gminę "
                "Łącko. Rolę koordynatora członkowie powierzyli Fundacji Sadowniczej Doliny Dunajca "
                "z siedzibą w Łącku, która prowadzi też wspólną suszarnię. Klaster nie ma własnej strony "
                "internetowej; informacje o nim publikuje fundacja na swojej stronie www.sadydunajca.org.pl."
            ),
            "5. Wnioski i rekomendacje",
            "",
            *items(
                [
                    (
                        "1.",
                        "Klastry Małopolski Południowej są małe i średnie (od 19 do ok. 63 członków); "
                        "łącznie zrzeszają ok. 260 podmiotów, w tym ok. 200 przedsiębiorstw.",
                    ),
                    (
                        "2.",
                        "Zmiana koordynatora w Gorlicach pokazała, że przejęcie tej funkcji przez spółkę "
                        "prowadzącą park przemysłowy może ożywić klaster: w ciągu roku liczba wspólnych "
                        "projektów wzrosła z jednego do czterech.",
                    ),
                    (
                        "3.",
                        "Klastry rolno-spożywcze („Łącka Dolina”, klaster serowarski) potrzebują wsparcia "
                        "w procedurach ochrony oznaczeń geograficznych.",
                    ),
                    (
                        "4.",
                        "Rekomendujemy utworzenie w Nowym Sączu punktu doradczego dla koordynatorów klastrów "
                        "z subregionów sądeckiego i podhalańskiego.",
                    ),
                ],
                w,
            ),
        ]
    )

    def header(i: int) -> list[str]:
        if i == 0:
            return []
        return [right("Klastry Małopolski Południowej – raport z badania", "", w).rstrip(), ""]

    def footer(i: int) -> list[str]:
        if i == 0:
            return []
        return ["", right("Obserwatorium Gospodarki Karpackiej | Nowy Sącz 2024", f"s. {i + 1}", w)]

    return assemble(pages, header, footer)


# --------------------------------------------------------------------------
# c03 – statistical information sheet, śląskie (a real PDF, reportlab)
# --------------------------------------------------------------------------

C03 = "c03_informacja_sygnalna_klastry_subregion_zachodni_slaskie.pdf"


def make_c03() -> bytes:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))

    body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=9.5, leading=13, spaceAfter=5)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10, spaceAfter=2)
    cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=10, spaceAfter=0)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="DejaVuSans-Bold")
    li = ParagraphStyle("li", parent=body, leftIndent=14, firstLineIndent=-10, spaceAfter=2)
    h1 = ParagraphStyle(
        "h1", fontName="DejaVuSans-Bold", fontSize=15, leading=19, alignment=TA_CENTER, spaceAfter=4
    )
    sub = ParagraphStyle("sub", parent=body, alignment=TA_CENTER, spaceAfter=14)
    h2 = ParagraphStyle(
        "h2", fontName="DejaVuSans-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=5
    )
    h3 = ParagraphStyle(
        "h3", fontName="DejaVuSans-Bold", fontSize=9.5, leading=13, spaceBefore=6, spaceAfter=3
    )

    story = [
        Paragraph("Inicjatywy klastrowe Subregionu Zachodniego Województwa Śląskiego", h1),
        Paragraph(
            "Informacja sygnalna nr 3/2024 · Rybnickie Obserwatorium Gospodarcze · Rybnik, marzec 2024 r.",
            sub,
        ),
        Paragraph("1. Wprowadzenie", h2),
        Paragraph(
            "Informacja przedstawia inicjatywy klastrowe działające na obszarze Subregionu Zachodniego "
            "województwa śląskiego, obejmującego miasta na prawach powiatu Rybnik, Jastrzębie-Zdrój i Żory "
            "oraz powiaty raciborski, rybnicki i wodzisławski. Zidentyfikowano sześć inicjatyw, które na koniec "
            "2023 r. zrzeszały łącznie ok. 150 podmiotów, w tym ok. 110 przedsiębiorstw. Dane pochodzą "
            "z kwestionariuszy wypełnionych w styczniu 2024 r. przez koordynatorów i zarządy klastrów.",
            body,
        ),
        Paragraph(
            "W zestawieniu nie ujęto grup gmin wyodrębnionych w analizie skupień w Informacji sygnalnej "
            "nr 1/2024 (tzw. klastry gmin A–D), które są kategorią statystyczną, ani Subregionalnej Sieci "
            "Centrów Kształcenia Zawodowego, która nie zrzesza przedsiębiorstw.",
            body,
        ),
        Paragraph(
            "Tabela 1. Inicjatywy klastrowe Subregionu Zachodniego – dane podstawowe (stan na 31 grudnia 2023 r.)",
            h3,
        ),
    ]

    head = ["Lp.", "Nazwa klastra", "Siedziba", "Koordynator", "Liczba członków", "Rok utworzenia"]
    rows = [
        [
            "1.",
            "Jastrzębski Klaster Metanu i Wodoru",
            "Jastrzębie-Zdrój",
            "Jastrzębska Agencja Rozwoju Lokalnego sp. z o.o.",
            "ok. 30",
            "2021",
        ],
        [
            "2.",
            "Klaster Czekoladowy Ziemi Raciborskiej",
            "Racibórz",
            "Raciborska Izba Gospodarcza",
            "17",
            "2018",
        ],
        [
            "3.",
            "Klaster Logistyczny A1-Południe",
            "Żory",
            "Trans-Beksza Logistics sp. z o.o. (lider)",
            "23",
            "2020",
        ],
        [
            "4.",
            "Wodzisławski Klaster Termomodernizacji",
            "Wodzisław Śląski",
            "– (stowarzyszenie)",
            "41",
            "2015",
        ],
        [
            "5.",
            "Rybnicki Klaster Rehabilitacji i Opieki Senioralnej",
            "Rybnik",
            "Rybnicka Fundacja Zdrowego Starzenia",
            "ok. 20",
            "2022",
        ],
        [
            "6.",
            "Kuźnieński Klaster Obrabiarek CNC",
            "Kuźnia Raciborska",
            "Kuźnieńskie Centrum Technologii Obróbki sp. z o.o.",
            "18",
            "2019",
        ],
        ["", "Razem", "", "", "ok. 149", ""],
    ]
    data = [[Paragraph(c, cellb) for c in head]] + [[Paragraph(c, cell) for c in r] for r in rows]
    table = Table(
        data, colWidths=[10 * mm, 44 * mm, 27 * mm, 49 * mm, 21 * mm, 23 * mm], repeatRows=1
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story += [
        table,
        Paragraph(
            "Źródło: kwestionariusze koordynatorów i zarządów klastrów, styczeń 2024 r.", small
        ),
        Paragraph("2. Opisy inicjatyw", h2),
        Paragraph("2.1. Jastrzębski Klaster Metanu i Wodoru (JKMW)", h3),
        Paragraph(
            "Klaster zawiązano w 2021 r. porozumieniem zawartym z inicjatywy miasta i spółek komunalnych. "
            "Koordynatorem klastra jest Jastrzębska Agencja Rozwoju Lokalnego sp. z o.o. Do klastra należy "
            "ok. 30 podmiotów – spółki komunalne, firmy energetyczne i serwisowe, dwie szkoły techniczne "
            "oraz Miasto Jastrzębie-Zdrój. Pierwsza instalacja produkcji wodoru z elektrolizerem o mocy "
            "5 MW ma zostać uruchomiona w 2027 r. Strona klastra: www.metan-wodor.pl.",
            body,
        ),
        Paragraph("Porozumienie określa cele klastra:", body),
        Paragraph(
            "a) zagospodarowanie metanu z odmetanowania kopalń do produkcji ciepła i energii elektrycznej;",
            li,
        ),
        Paragraph("b) budowę instalacji do produkcji i magazynowania wodoru;", li),
        Paragraph(
            "c) przygotowanie kadr dla gospodarki wodorowej we współpracy ze szkołami technicznymi.",
            li,
        ),
        Paragraph("2.2. Klaster Czekoladowy Ziemi Raciborskiej", h3),
        Paragraph(
            "Porozumienie o utworzeniu klastra zawarło w 2018 r. jedenaście raciborskich firm cukierniczych. "
            "Do czerwca 2023 r. jego koordynatorem była Fundacja „Raciborskie Smaki”; od 1 lipca 2023 r. "
            "funkcję koordynatora pełni Raciborska Izba Gospodarcza. Klaster tworzy obecnie 14 firm "
            "cukierniczych, 2 szkoły gastronomiczne oraz Cech Cukierników i Piekarzy Ziemi Raciborskiej. "
            "Jego celem jest zbudowanie wspólnej marki wyrobów czekoladowych z Raciborza. Wyroby członków "
            "sprzedawane są w 23 sklepach firmowych, a w 2023 r. klaster po raz pierwszy wystawił się na "
            "targach słodyczy w Kolonii.",
            body,
        ),
        Paragraph("2.3. Klaster Logistyczny A1-Południe", h3),
        Paragraph(
            "Klaster działa od 2020 r. na podstawie umowy konsorcjum. Liderem klastra jest Trans-Beksza "
            "Logistics sp. z o.o. z siedzibą w Żorach, operator parku logistycznego przy węźle autostrady A1. "
            "Klaster liczy 23 członków, w tym 17 firm transportowych i spedycyjnych. Cele klastra:",
            body,
        ),
        Paragraph("– wspólne planowanie przewozów i ograniczenie pustych przebiegów,", li),
        Paragraph("– wspólne szkolenia kierowców zawodowych,", li),
        Paragraph("– pozyskanie bocznicy kolejowej dla parku logistycznego.", li),
        Paragraph(
            "W 2024 r. klaster rozpoczął projekt „Zielony Terminal”. Jego celem jest zakup 12 ciągników "
            "siodłowych z napędem LNG oraz budowa stacji tankowania LNG w Żorach; wartość projektu wynosi "
            "18,5 mln zł. Informacje o klastrze: www.a1-poludnie.pl.",
            body,
        ),
        Paragraph("2.4. Wodzisławski Klaster Termomodernizacji", h3),
        Paragraph(
            "Klaster działa od 2015 r. jako Stowarzyszenie „Wodzisławski Klaster Termomodernizacji” "
            "z siedzibą w Wodzisławiu Śląskim; stowarzyszenie samo zarządza klastrem i nie ma on odrębnego "
            "koordynatora. Należy do niego 41 członków: 35 firm budowlanych i instalacyjnych, 4 biura "
            "projektowe, Powiat Wodzisławski i Gmina Pszów. Walne zebranie członków w 2023 r. odbyło się "
            "w Pszowie.",
            body,
        ),
        Paragraph(
            "Klaster stawia sobie za cel upowszechnianie termomodernizacji budynków jednorodzinnych, "
            "podnoszenie kwalifikacji wykonawców oraz wspólne ubieganie się o zamówienia publiczne. "
            "W latach 2019–2023 członkowie wykonali prace w ok. 2&nbsp;700 budynkach "
            "(www.termo-wodzislaw.pl).",
            body,
        ),
        Paragraph("2.5. Rybnicki Klaster Rehabilitacji i Opieki Senioralnej", h3),
        Paragraph(
            "Powstały w 2022 r. na mocy porozumienia o współpracy klaster, koordynowany przez Rybnicką "
            "Fundację Zdrowego Starzenia, skupia ok. 20 podmiotów: placówki rehabilitacyjne, domy opieki, "
            "producentów sprzętu rehabilitacyjnego i organizacje pozarządowe. Członkiem klastra jest także "
            "Wyższa Szkoła Fizjoterapii i Opieki w Rybniku, która prowadzi badania nad teleopieką. Honorowy "
            "patronat nad klastrem objął Prezydent Miasta Rybnika, a działalność biura w latach 2022–2024 "
            "finansuje Samorząd Województwa Śląskiego.",
            body,
        ),
        Paragraph("Do głównych zadań klastra należą:", body),
        Paragraph("• tworzenie wspólnych standardów opieki długoterminowej,", li),
        Paragraph("• wdrażanie usług teleopieki dla seniorów,", li),
        Paragraph("• szkolenia opiekunów i fizjoterapeutów,", li),
        Paragraph("• działania na rzecz kontraktowania usług rehabilitacyjnych w subregionie.", li),
        Paragraph("2.6. Kuźnieński Klaster Obrabiarek CNC", h3),
        Paragraph(
            "Klaster utworzono w 2019 r. na podstawie umowy o współpracy w Kuźni Raciborskiej, gdzie od "
            "dziesięcioleci działa przemysł maszynowy. Podmiotem zarządzającym jest Kuźnieńskie Centrum "
            "Technologii Obróbki sp. z o.o. Klaster liczy 18 członków – producentów obrabiarek, narzędzi "
            "i oprogramowania CNC; razem zatrudniają oni ok. 1 600 osób.",
            body,
        ),
        Paragraph("Misja: „Kuźnia Raciborska – polskie centrum obrabiarek”.", body),
        Paragraph("Cele strategiczne:", body),
        Paragraph("1. zwiększenie udziału eksportu w sprzedaży członków do 60%,", li),
        Paragraph("2. utworzenie wspólnego centrum serwisowego i demonstracyjnego obrabiarek,", li),
        Paragraph("3. kształcenie operatorów i programistów obrabiarek CNC.", li),
        Spacer(1, 6),
        Paragraph("3. Podsumowanie", h2),
        Paragraph(
            "Klastry subregionu są stosunkowo młode: pięć z sześciu powstało po 2017 r. Dwa mają "
            "koordynatora w formie spółki z o.o., jeden – lidera konsorcjum, jeden – izbę gospodarczą, "
            "jeden – fundację, a jeden jest stowarzyszeniem zarządzającym się samodzielnie. Łącznie "
            "zrzeszają ok. 150 podmiotów. Rybnickie Obserwatorium Gospodarcze zaktualizuje zestawienie "
            "w I kwartale 2025 r.",
            body,
        ),
    ]

    def on_page(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("DejaVuSans", 7.5)
        canvas.drawString(
            18 * mm, 287 * mm, "Rybnickie Obserwatorium Gospodarcze – Informacja sygnalna nr 3/2024"
        )
        canvas.drawRightString(192 * mm, 287 * mm, "województwo śląskie")
        canvas.line(18 * mm, 285.5 * mm, 192 * mm, 285.5 * mm)
        canvas.drawCentredString(105 * mm, 10 * mm, f"Strona {doc.page}")
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title="Inicjatywy klastrowe Subregionu Zachodniego",
        author="Rybnickie Obserwatorium Gospodarcze",
        subject="Informacja sygnalna nr 3/2024",
        creator="heldout20/make_documents.py",
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


# --------------------------------------------------------------------------
# c04 – inventory report with case studies, podkarpackie (text from a PDF)
# --------------------------------------------------------------------------

C04 = "c04_inwentaryzacja_inicjatyw_klastrowych_podkarpacie_wschodnie.txt"


def make_c04() -> str:
    w = 94
    p = lambda t: para(t, w)  # noqa: E731
    pages: list[list[str]] = []

    pages.append(
        [
            "",
            "                       FUNDACJA BADAŃ REGIONALNYCH „POGRANICZE”",
            "",
            "              Inwentaryzacja inicjatyw klastrowych Podkarpacia Wschodniego",
            "                                    Raport końcowy",
            "",
            "                              Przemyśl, listopad 2023 r.",
            "",
            "",
            "1. Zakres inwentaryzacji",
            "",
            *p(
                "Inwentaryzacja objęła powiaty przemyski, jarosławski, przeworski, leżajski, łańcucki, leski "
                "i bieszczadzki oraz miasto Przemyśl w województwie podkarpackim. Zidentyfikowano siedem "
                "działających klastrów, które łącznie zrzeszają ok. 215 członków, oraz dwie inicjatywy, które "
                "zakończyły działalność przed 2020 r. (nie opisano ich w raporcie). Dane zebrano w lipcu "
                "i sierpniu 2023 r. podczas wizyt w biurach klastrów; stan na 30 września 2023 r."
            ),
            *p(
                "Raport składa się z zestawienia podstawowych danych (Tabela 2) i siedmiu studiów przypadków "
                "o jednolitym układzie: geneza i forma, członkowie, koordynacja, cele, uwagi. Pominięto "
                "Podkarpacką Sieć Punktów Konsultacyjnych dla MŚP, która mimo nazwy „klaster doradczy” "
                "używanej w jej ulotkach nie ma członków ani porozumienia."
            ),
            "2. Zestawienie klastrów",
            "",
            "Tabela 2. Klastry Podkarpacia Wschodniego – dane podstawowe (stan na 30.09.2023)",
            "",
            " Nr  Klaster                         Siedziba          Koordynator                      Członkowie",
            " ───────────────────────────────────────────────────────────────────────────────────────────────",
            " 1   Przemyski Klaster Turystyki     Przemyśl          Przemyska Fundacja Forteczna             28",
            "     Twierdzowej",
            " 2   Pruchnicki Klaster              Pruchnik          Gmina Pruchnik                       ok. 73",
            "     Truskawkowy",
            " 3   Klaster Chmielowo-Piwowarski    Leżajsk           Leżajska Spółdzielnia                    21",
            "     „Chmiel San”                                      Chmielarzy",
            " 4   Łańcucki Klaster Gorzelniczo-   Łańcut            – (spółka klastrowa)                     15",
            "     Likierniczy",
            " 5   Radymniański Klaster            Radymno           Korczowa Cargo Terminal                  19",
            "     Spedycyjny                                        sp. z o.o. (lider)",
            " 6   Leski Klaster Miodu             Lesko             Bieszczadzkie Centrum                    35",
            "     Spadziowego                                       Pszczelarskie sp. z o.o.",
            " 7   Ustrzycki Klaster Biomasy       Ustrzyki Dolne    Spółdzielnia Energetyczna            ok. 25",
            "     Leśnej                                            „Bieszczady-Energia”",
            " ───────────────────────────────────────────────────────────────────────────────────────────────",
            "     Razem                                                                                ok. 216",
            "",
            "Źródło: opracowanie własne na podstawie dokumentów klastrów i wywiadów z koordynatorami.",
        ]
    )

    pages.append(
        [
            "3. Studia przypadków",
            "",
            "3.1. Przemyski Klaster Turystyki Twierdzowej",
            "",
            *p(
                "Geneza i forma. Klaster zawiązano w 2016 r. porozumieniem jedenastu podmiotów turystycznych, "
                "z inicjatywy miłośników fortyfikacji dawnej Twierdzy Przemyśl."
            ),
            *p(
                "Członkowie. 28 członków: 16 obiektów noclegowych, 7 przewodników i biur podróży, "
                "4 stowarzyszenia oraz Miasto Przemyśl.¹"
            ),
            *p(
                "Koordynacja. Od początku sprawami klastra zajmuje się biuro Przemyskiej Fundacji Fortecznej, "
                "która jest jego koordynatorem. Fundacja ma siedzibę w Przemyślu przy ul. Słowackiego 31."
            ),
            "Cele. Porozumienie wymienia następujące cele klastra:",
            *bullets(
                "•",
                [
                    "udostępnienie turystom fortów pierścienia zewnętrznego,",
                    "stworzenie wspólnego biletu i systemu rezerwacji,",
                    "rozwój turystyki rowerowej na szlaku fortów,",
                ],
                w,
            )[:-1],
            *item(
                "•",
                "współpraca z gminami Krasiczyn, Medyka, Żurawica i Fredropol w utrzymaniu",
                w,
            ),
            "",
            "",
            "",
            "_______________",
            "¹ W 2019 r. klaster liczył 19 członków; Miasto Przemyśl przystąpiło do niego w 2021 r.",
        ]
    )

    pages.append(
        [
            "  szlaków i oznakowania fortów,",
            *bullets("•", ["ochrona zabytkowych obiektów fortecznych przed dewastacją."], w),
            *p(
                f"Uwagi. Strona klastra: www.klaster-twierdza.pl. W 2023 r. forty odwiedziło ok. 92{NBSP}tys. "
                "turystów, o 14% więcej niż rok wcześniej."
            ),
            "3.2. Pruchnicki Klaster Truskawkowy",
            "",
            *p(
                "Geneza i forma. Porozumienie o utworzeniu klastra podpisano w 2019 r. w Urzędzie Gminy "
                "w Pruchniku."
            ),
            *p(
                "Członkowie. Blisko 70 plantatorów truskawek, 2 chłodnie i przetwórnia owoców. Do 2025 r. "
                "klaster chce pozyskać kolejnych 20 plantatorów."
            ),
            *p(
                "Koordynacja. Funkcję koordynatora pełni Gmina Pruchnik. Skup i sortowanie owoców "
                "prowadzone są w punkcie w Jodłówce."
            ),
            "Cele.",
            *items(
                [
                    ("1.", "Wspólna sprzedaż truskawek do sieci handlowych i przetwórni."),
                    ("2.", "Budowa nowoczesnej chłodni z sortownią."),
                    ("3.", "Promocja marki „Truskawka z Pruchnika”."),
                ],
                w,
            ),
            *p(
                "Uwagi. Klaster nie ma strony internetowej; w sezonie 2023 członkowie sprzedali 4,1 tys. ton owoców."
            ),
            "3.3. Klaster Chmielowo-Piwowarski „Chmiel San”",
            "",
            *p(
                "Geneza i forma. Klaster powstał w 2018 r. na podstawie porozumienia o współpracy między "
                "plantatorami chmielu a browarami rzemieślniczymi z doliny Sanu."
            ),
            *p(
                "Członkowie. 21 członków: 13 plantatorów chmielu, 6 browarów rzemieślniczych, suszarnia "
                "chmielu i Miasto Leżajsk."
            ),
            "Koordynacja. Role w klastrze:",
            *bullets(
                "–",
                [
                    "Leżajska Spółdzielnia Chmielarzy – koordynator,",
                    "Browar Rzemieślniczy „Pod Klasztorem” sp. z o.o. – lider technologiczny,",
                    "Miasto Leżajsk – członek, gospodarz corocznego festiwalu piwa.",
                ],
                w,
            ),
            *p(
                "Cele. Klaster stawia sobie za cel odbudowę uprawy chmielu w dolinie Sanu, wprowadzenie na "
                "rynek piw warzonych wyłącznie z miejscowego chmielu oraz rozwój turystyki piwnej."
            ),
            *p("Uwagi. www.chmielsan.pl."),
        ]
    )

    pages.append(
        [
            "3.4. Łańcucki Klaster Gorzelniczo-Likierniczy",
            "",
            *p(
                "Geneza i forma. Klaster zawiązano w 2017 r. umową o współpracy sześciu gorzelni i wytwórni "
                "likierów; jego koordynatorem była wówczas Łańcucka Izba Gospodarcza. W 2020 r. członkowie "
                "założyli spółkę Łańcucki Likier – Klaster sp. z o.o., która od tego czasu sama zarządza "
                "klastrem."
            ),
            *p("Członkowie. 15 członków; wszyscy są udziałowcami spółki."),
            *p(
                "Koordynacja. Brak odrębnego koordynatora – sprawy klastra prowadzi zarząd spółki. Patronat "
                "honorowy nad klastrem sprawuje Starosta Łańcucki."
            ),
            "Cele. Cele klastra:",
            *bullets(
                "•",
                [
                    "ochrona tradycyjnych receptur łańcuckich likierów i nalewek,",
                    "wspólna dystrybucja w sklepach wolnocłowych i na lotniskach,",
                    "szkolenia pracowników z technologii destylacji.",
                ],
                w,
            ),
            *p("Uwagi. www.lancucki-likier.pl; członkowie zatrudniają 310 osób."),
            "3.5. Radymniański Klaster Spedycyjny",
            "",
            *p("Geneza i forma. Umowa konsorcjum zawarta w 2018 r."),
            *p("Członkowie. 19 członków, w tym 12 firm spedycyjnych i agencji celnych."),
            *p(
                "Koordynacja. Liderem klastra jest Korczowa Cargo Terminal sp. z o.o. z siedzibą "
                "w Korczowej; biuro klastra działa w Radymnie, w budynku Urzędu Miasta."
            ),
            "Cele. Do głównych zadań klastra należą:",
            *bullets(
                "–",
                [
                    "wspólna obsługa odpraw celnych na przejściu granicznym w Korczowej,",
                    "szkolenia kierowców i spedytorów z przepisów celnych UE,",
                    "lobbing na rzecz rozbudowy terminalu przeładunkowego.",
                ],
                w,
            ),
            *p(
                "Uwagi. Lider klastra realizuje projekt „Bezpieczna Granica” (2022–2024), który ma na celu "
                "skrócenie czasu oczekiwania ciężarówek na odprawę do 6 godzin oraz wdrożenie elektronicznej "
                "kolejki; projekt finansuje Samorząd Województwa Podkarpackiego."
            ),
            "3.6. Leski Klaster Miodu Spadziowego",
            "",
            *p("Geneza i forma. Klaster utworzono w 2021 r. na podstawie umowy o współpracy."),
            *p(
                f"Członkowie. 35 pszczelarzy z powiatów leskiego i bieszczadzkiego (ok. 2{NBSP}400 rodzin pszczelich)."
            ),
            *p(
                "Koordynacja. Koordynatorem klastra jest Bieszczadzkie Centrum Pszczelarskie sp. z o.o. "
                "w Lesku."
            ),
            *p(
                "Cele. Jego celem jest uzyskanie wspólnego certyfikatu jakości dla miodu spadziowego "
                "z Bieszczadów."
            ),
        ]
    )

    pages.append(
        [
            "3.7. Ustrzycki Klaster Biomasy Leśnej",
            "",
            *p("Geneza i forma. Porozumienie klastrowe zawarte w 2020 r."),
            *p(
                "Członkowie. Ok. 25 podmiotów: gminy, zakłady drzewne, spółdzielnia energetyczna, szkoły "
                "i przedsiębiorstwa usług leśnych."
            ),
            *p(
                "Koordynacja. Podmiotem zarządzającym jest Spółdzielnia Energetyczna „Bieszczady-Energia” "
                "z siedzibą w Ustrzykach Dolnych. Zakup kotłowni na zrębkę w Lutowiskach sfinansował "
                "w 2022 r. Samorząd Województwa Podkarpackiego; Urząd Marszałkowski nie jest stroną "
                "porozumienia."
            ),
            *p(
                "Cele. Misja: „Ciepło z bieszczadzkiego lasu dla bieszczadzkich domów”. Cele strategiczne:"
            ),
            *items(
                [
                    ("1)", "zastąpienie węgla biomasą leśną w kotłowniach gminnych;"),
                    ("2)", "stworzenie lokalnego rynku zrębki drzewnej;"),
                    ("3)", "ograniczenie kosztów ogrzewania budynków publicznych."),
                ],
                w,
            ),
            *p("Uwagi. Do 2026 r. liczba członków ma wzrosnąć do 30."),
            "4. Wnioski",
            "",
            *p(
                "Klastry Podkarpacia Wschodniego są niewielkie (od 15 do ok. 73 członków) i silnie związane "
                "z lokalnymi zasobami: fortami, chmielem, truskawkami, miodem i drewnem. Trzy z nich "
                "koordynują podmioty spółdzielcze lub gminy, a jeden – „Łańcucki Likier” – przekształcił się "
                "w spółkę, która zastąpiła koordynatora. Zalecamy utworzenie wspólnego punktu obsługi "
                "klastrów przy Fundacji „Pogranicze” w Przemyślu."
            ),
        ]
    )

    def header(i: int) -> list[str]:
        if i == 0:
            return []
        return ["Inwentaryzacja inicjatyw klastrowych Podkarpacia Wschodniego – raport końcowy", ""]

    def footer(i: int) -> list[str]:
        return ["", f"— {i + 1} —".center(w).rstrip()]

    return assemble(pages, header, footer)


# --------------------------------------------------------------------------
# c05 – marshal office information for a sejmik committee, kujawsko-pomorskie (DOCX)
# --------------------------------------------------------------------------

C05 = "c05_informacja_klastry_wspierane_kujawsko_pomorskie.docx"
DOCX_TIME = datetime.datetime(2024, 8, 12, 9, 30, 0)


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps and a fixed member order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=DOCX_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def make_c05() -> bytes:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author = "Departament Rozwoju Gospodarczego"
    cp.last_modified_by = "Departament Rozwoju Gospodarczego"
    cp.title = "Informacja o klastrach wspieranych z budżetu Województwa"
    cp.subject = "Materiał dla Komisji Rozwoju Gospodarczego Sejmiku"
    cp.keywords = "klastry; wsparcie; kujawsko-pomorskie"
    cp.comments = ""
    cp.category = ""
    cp.revision = 3
    cp.created = DOCX_TIME
    cp.modified = DOCX_TIME
    cp.last_printed = DOCX_TIME

    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)

    sec = d.sections[0]
    sec.footer.paragraphs[0].text = (
        "Urząd Marszałkowski Województwa Kujawsko-Pomorskiego w Toruniu – materiał na posiedzenie "
        "Komisji Rozwoju Gospodarczego, sierpień 2024 r."
    )

    d.add_paragraph(
        "Informacja o klastrach wspieranych z budżetu Województwa Kujawsko-Pomorskiego w latach 2022–2024",
        style="Title",
    )
    d.add_paragraph(
        "Departament Rozwoju Gospodarczego, Urząd Marszałkowski Województwa Kujawsko-Pomorskiego. "
        "Materiał dla Komisji Rozwoju Gospodarczego Sejmiku Województwa, Toruń, 12 sierpnia 2024 r."
    )

    d.add_heading("1. Wprowadzenie", level=1)
    d.add_paragraph(
        "W województwie kujawsko-pomorskim działa obecnie 21 inicjatyw klastrowych, zrzeszających łącznie "
        "ponad 900 podmiotów. W latach 2022–2024 Samorząd Województwa udzielił wsparcia siedmiu z nich "
        "w ramach programu „Kujawsko-Pomorskie Klastry 2030” (łącznie 2,46 mln zł). Samorząd Województwa "
        "nie jest członkiem ani koordynatorem żadnego z tych klastrów; wsparcie ma formę dotacji celowych "
        "dla koordynatorów."
    )
    d.add_paragraph(
        "Tabela 1 zestawia podstawowe dane o wspieranych klastrach. Cele podano w tabeli, jeśli "
        "koordynator wskazał je w formularzu wniosku; w pozostałych przypadkach opisano je w punkcie 2."
    )

    d.add_paragraph("Tabela 1. Klastry objęte wsparciem w latach 2022–2024")
    head = [
        "Lp.",
        "Klaster",
        "Siedziba",
        "Koordynator",
        "Liczba członków",
        "Główne cele (wg wniosku)",
    ]
    rows = [
        [
            "1.",
            "Ciechociński Klaster Zdrojowy",
            "Ciechocinek",
            "Ciechocińska Organizacja Turystyczna",
            "29",
            "promocja Ciechocinka jako uzdrowiska całorocznego; wspólne pakiety zabiegowe dla kuracjuszy "
            "z zagranicy; ochrona tężni i zasobów solanki",
        ],
        [
            "2.",
            "Klaster Roślin Oleistych Gopła",
            "Kruszwica",
            "Kruszwickie Towarzystwo Rolnicze",
            "ok. 48",
            "zwiększenie areału rzepaku i lnianki w gospodarstwach członków; wspólna sprzedaż nasion "
            "do tłoczni; rozwój produkcji olejów tłoczonych na zimno",
        ],
        [
            "3.",
            "Włocławski Klaster Tworzyw i Nawozów",
            "Włocławek",
            "Włocławska Agencja Przemysłu Chemicznego sp. z o.o.",
            "36",
            "zob. pkt 2.3",
        ],
        [
            "4.",
            "Świecki Klaster Opakowań Tekturowych",
            "Świecie",
            "– (spółka klastrowa)",
            "22",
            "wspólne zaopatrzenie w tekturę falistą; projektowanie opakowań z materiałów z recyklingu; "
            "obsługa logistyczna eksportu",
        ],
        [
            "5.",
            "Grudziądzki Klaster Form Wtryskowych",
            "Grudziądz",
            "Narzędziownia Grudziądzka „Precyzja” sp. z o.o. (lider)",
            "18",
            "zob. pkt 2.5",
        ],
        [
            "6.",
            "Nakielski Klaster Rolno-Ekologiczny",
            "Nakło nad Notecią",
            "Nakielska Fundacja Ekorozwoju",
            "ok. 40",
            "upowszechnianie rolnictwa ekologicznego; wspólna certyfikacja gospodarstw; sprzedaż "
            "bezpośrednia żywności ekologicznej",
        ],
        [
            "7.",
            "Chełmiński Klaster Turystyki Kulturowej",
            "Chełmno",
            "Chełmińska Lokalna Organizacja Turystyczna",
            "16",
            "zob. pkt 2.7",
        ],
    ]
    table = d.add_table(rows=1 + len(rows), cols=len(head))
    table.style = "Table Grid"
    for j, text in enumerate(head):
        table.rows[0].cells[j].text = text
    for i, row in enumerate(rows, start=1):
        for j, text in enumerate(row):
            table.rows[i].cells[j].text = text
    d.add_paragraph("Źródło: wnioski o dofinansowanie i sprawozdania koordynatorów.")

    d.add_heading("2. Charakterystyka klastrów", level=1)

    d.add_heading("2.1. Ciechociński Klaster Zdrojowy", level=2)
    d.add_paragraph(
        "Klaster powstał w 2016 r. na podstawie porozumienia; jego koordynatorem jest Ciechocińska "
        "Organizacja Turystyczna. Zrzesza 29 członków: 17 sanatoriów i hoteli, 9 firm usługowych, "
        "2 szkoły oraz Gminę Miejską Ciechocinek. Klaster działa pod honorowym patronatem Marszałka "
        "Województwa Kujawsko-Pomorskiego. Wsparcie (380 tys. zł) przeznaczono na kampanię promocyjną "
        "„Ciechocinek 365”. Strona klastra: www.zdrojowy-ciechocinek.pl."
    )

    d.add_heading("2.2. Klaster Roślin Oleistych Gopła", level=2)
    d.add_paragraph(
        "Porozumienie o utworzeniu klastra zawarto w 2019 r. Funkcję koordynatora pełni Kruszwickie "
        "Towarzystwo Rolnicze z siedzibą w Kruszwicy. Klaster skupia ok. 45 gospodarstw, 2 tłocznie oleju "
        "i Gminę Kruszwica; uprawy członków zajmują ok. 6 200 ha. Dotacja (290 tys. zł) sfinansowała "
        "zakup suszarni nasion. Doroczne spotkanie członków odbywa się w Inowrocławiu."
    )

    d.add_heading("2.3. Włocławski Klaster Tworzyw i Nawozów", level=2)
    d.add_paragraph(
        "Klaster założono w 2014 r. jako porozumienie. Do końca 2022 r. koordynowało go Stowarzyszenie "
        "Chemików Kujawskich, a od 1 stycznia 2023 r. koordynatorem jest Włocławska Agencja Przemysłu "
        "Chemicznego sp. z o.o. Klaster liczy 36 członków, w tym 2 uczelnie. Jedną z nich jest Kujawska "
        "Szkoła Wyższa Chemii Stosowanej we Włocławku – członek klastra i gospodarz jego laboratorium."
    )
    d.add_paragraph("Cele klastra:")
    for text in [
        "rozwój technologii recyklingu tworzyw sztucznych,",
        "ograniczenie emisji w zakładach członków,",
        "kształcenie techników chemików i operatorów instalacji,",
        "wspólne przygotowywanie projektów badawczych do programów krajowych i unijnych.",
    ]:
        d.add_paragraph(text, style="List Number")
    d.add_paragraph("Klaster realizuje swoje cele poprzez:")
    for text in [
        "prowadzenie wspólnego laboratorium analiz tworzyw,",
        "organizację szkoleń i staży dla uczniów,",
        "udział w targach branżowych.",
    ]:
        d.add_paragraph(text, style="List Bullet")
    d.add_paragraph("Dotacja w wysokości 520 tys. zł sfinansowała wyposażenie laboratorium.")

    d.add_heading("2.4. Świecki Klaster Opakowań Tekturowych", level=2)
    d.add_paragraph(
        "Klaster działa od 2015 r.: początkowo na podstawie porozumienia 8 firm, a od 2018 r. jako spółka "
        "Świeckie Opakowania – Klaster sp. z o.o., która sama prowadzi jego sprawy. W skład klastra "
        "wchodzi 22 członków – producenci opakowań, drukarnie i firmy logistyczne. Spółka otrzymała "
        "410 tys. zł na zakup plotera tnącego (www.opakowania-swiecie.pl)."
    )

    d.add_heading("2.5. Grudziądzki Klaster Form Wtryskowych", level=2)
    d.add_paragraph(
        "Klaster utworzono w 2020 r. na podstawie umowy konsorcjum. Liderem klastra jest Narzędziownia "
        "Grudziądzka „Precyzja” sp. z o.o. Klaster liczy 18 członków: 11 narzędziowni, 5 przetwórców "
        "tworzyw, technikum oraz Grudziądzkie Centrum Wzornictwa."
    )
    d.add_paragraph("Do głównych zadań klastra należą:")
    for text in [
        "wspólne projektowanie i wykonywanie form wtryskowych dla przemysłu motoryzacyjnego,",
        "wymiana zleceń między członkami,",
        "szkolenie ślusarzy-narzędziowców.",
    ]:
        d.add_paragraph(text, style="List Bullet")
    d.add_paragraph(
        "Projekt „Forma 4.0”, na który klaster otrzymał 450 tys. zł, ma na celu wdrożenie systemu "
        "symulacji wtrysku w pięciu narzędziowniach i skrócenie czasu wykonania formy o 20%."
    )

    d.add_heading("2.6. Nakielski Klaster Rolno-Ekologiczny", level=2)
    d.add_paragraph(
        "Podmiotem zarządzającym jest Nakielska Fundacja Ekorozwoju z siedzibą w Nakle nad Notecią. "
        "Klaster działa od 2018 r. na podstawie porozumienia partnerskiego i skupia ok. 40 gospodarstw "
        "ekologicznych z powiatów nakielskiego i sępoleńskiego. Comiesięczny jarmark członków odbywa się "
        "w Bydgoszczy."
    )

    d.add_heading("2.7. Chełmiński Klaster Turystyki Kulturowej", level=2)
    d.add_paragraph(
        "Klaster, koordynowany przez Chełmińską Lokalną Organizację Turystyczną, powstał w 2017 r. "
        "na podstawie porozumienia i zrzesza 16 podmiotów: muzea, przewodników, hotele i restauracje "
        "z Chełmna i okolic. Jego celem jest wydłużenie pobytu turystów w Chełmnie z jednego do co "
        "najmniej dwóch dni. Dotacja (200 tys. zł) sfinansowała aplikację mobilną „Chełmno – miasto "
        "zakochanych”."
    )

    d.add_heading("3. Wnioski", level=1)
    d.add_paragraph(
        "Wspierane klastry zrzeszają łącznie ok. 209 członków. Największe kwoty otrzymały klastry "
        "przemysłowe z Włocławka i Grudziądza. Rekomenduje się kontynuację programu w latach 2025–2027 "
        "z preferencją dla projektów realizowanych wspólnie przez co najmniej dwa klastry."
    )

    buf = io.BytesIO()
    d.save(buf)
    return _fixed_zip(buf.getvalue())


# --------------------------------------------------------------------------
# c06 – annex of cluster profiles in two-column layout, lubelskie (text from a PDF)
# --------------------------------------------------------------------------

C06 = "c06_zalacznik_profile_klastrow_roztocze_lubelskie.txt"


def make_c06() -> str:
    w = 96
    kw = 27
    p = lambda t: para(t, w)  # noqa: E731
    k = lambda key, value: kv(key, value, w, kw)  # noqa: E731
    pages: list[list[str]] = []

    pages.append(
        [
            "ZAŁĄCZNIK NR 3",
            "PROFILE KLASTRÓW ROZTOCZA I LUBELSZCZYZNY POŁUDNIOWO-WSCHODNIEJ",
            "",
            *p(
                "Załącznik zawiera profile sześciu klastrów działających na obszarze powiatów zamojskiego, "
                "biłgorajskiego, tomaszowskiego, hrubieszowskiego, krasnostawskiego i chełmskiego oraz "
                "miast Zamość i Chełm (województwo lubelskie). Łącznie zrzeszają one ok. 180 podmiotów. "
                "Profile opracowano na podstawie ankiet i dokumentów udostępnionych przez klastry; pola, "
                "dla których nie uzyskano danych, oznaczono „b.d.”."
            ),
            "PROFIL 1",
            "",
            *k("Nazwa klastra", "Biłgorajski Klaster Poligraficzny „Sitarz” (BKP „Sitarz”)"),
            *k("Siedziba", "Biłgoraj, ul. Kościuszki 41"),
            *k("Rok utworzenia", "2013 (porozumienie); od 2017 r. stowarzyszenie"),
            *k("Forma prawna", "stowarzyszenie (Stowarzyszenie Poligrafów Biłgorajskich „Sitarz”)"),
            *k("Koordynator", "– (klastrem zarządza zarząd stowarzyszenia)"),
            *k("Liczba członków", "26¹"),
            *k(
                "Cele",
                "wspólne zakupy papieru i farb drukarskich; wdrożenie druku cyfrowego w małych "
                "drukarniach; promocja biłgorajskiej poligrafii na rynku wydawniczym",
            ),
            *k("Strona internetowa", "www.klaster-sitarz.pl"),
            "",
            *p(
                "Nazwa klastra nawiązuje do sitarskich tradycji Biłgoraja. Członkami są drukarnie, introligatornie, "
                f"studia graficzne i dwie szkoły. Firmy członkowskie zatrudniają ok. 1{NBSP}900 osób; walne "
                "zebranie członków odbywa się co roku w Tarnogrodzie."
            ),
            "PROFIL 2",
            "",
            *k("Nazwa klastra", "Zwierzyniecki Klaster Turystyki Przyrodniczej"),
            *k("Siedziba", "Zwierzyniec"),
            *k("Rok utworzenia", "2016"),
            *k("Forma prawna", "porozumienie o współpracy"),
            *k("Koordynator", "Roztoczańska Fundacja Przyrodnicza (do 2022 r.: Gmina Zwierzyniec)"),
            *k("Liczba członków", "ok. 50"),
            *k("Cele", "zob. opis"),
            *k(
                "Strona internetowa", "www.rfp.org.pl (strona koordynatora; klaster nie ma własnej)"
            ),
            "",
            *p(
                "Klaster stawia sobie za cel rozwój turystyki przyrodniczej na Roztoczu, promocję obserwacji "
                "ptaków i fotografii przyrodniczej oraz ograniczenie ruchu samochodowego w otulinie parku "
                "narodowego. Członkami są kwatery, wypożyczalnie rowerów i kajaków, przewodnicy oraz gminy. "
                "Od 2023 r. klaster prowadzi wspólną wypożyczalnię rowerów z punktami w Zwierzyńcu "
                "i Szczebrzeszynie."
            ),
            "",
            "______________",
            "¹ Stan na 31.12.2023; w 2019 r. klaster liczył 19 członków.",
        ]
    )

    pages.append(
        [
            "PROFIL 3",
            "",
            *k("Nazwa klastra", "Klaster Gryczany Roztocza"),
            *k("Siedziba", "Tomaszów Lubelski"),
            *k("Rok utworzenia", "2020"),
            *k("Forma prawna", "umowa konsorcjum"),
            *k("Lider", "Młyn Tomaszowski sp. z o.o."),
            *k("Liczba członków", "16 (12 gospodarstw, 3 młyny i kaszarnia)"),
            *k("Cele", "a) zwiększenie powierzchni upraw gryki w powiecie tomaszowskim,"),
            *wrap(
                "b) stworzenie wspólnej marki kaszy gryczanej z Roztocza,",
                w,
                " " * kw,
                " " * (kw + 3),
            ),
            *wrap(
                "c) skrócenie łańcucha dostaw między rolnikiem a sklepem.",
                w,
                " " * kw,
                " " * (kw + 3),
            ),
            *k("Strona internetowa", "b.d."),
            "",
            *p(
                f"Kaszarnia członka klastra w Łaszczowie przerabia rocznie ok. 1{NBSP}100 ton gryki. W 2024 r. "
                "lider klastra rozpoczął projekt „Gryka+”, którego celem jest budowa linii do produkcji "
                "płatków gryczanych."
            ),
            "PROFIL 4",
            "",
            *k("Nazwa klastra", "Chełmski Klaster Sprzętu Pożarniczego²"),
            *k("Siedziba", "Chełm"),
            *k("Rok utworzenia", "2018"),
            *k("Forma prawna", "porozumienie"),
            *k("Podmiot zarządzający", "Chełmska Agencja Rozwoju Przemysłu S.A."),
            *k("Liczba członków", "14"),
            "Partnerzy (niebędący".ljust(kw)
            + "Centrum Szkolenia Ratowniczego w Chełmie; Urząd Marszałkowski",
            "członkami)".ljust(kw) + "Województwa Lubelskiego (finansowanie udziału w targach)",
            *k("Strona internetowa", "www.klaster-pozarniczy.pl"),
            "",
            "Do głównych zadań klastra należą:",
            *bullets(
                "–",
                [
                    "wspólne badania i certyfikacja sprzętu ratowniczego,",
                    "udział w przetargach jednostek straży pożarnej w Polsce i za granicą,",
                    "rozwój zabudów pożarniczych na podwoziach elektrycznych.",
                ],
                w,
            ),
            *p(
                f"Członkowie klastra – producenci zabudów, armatury i odzieży ochronnej – zatrudniają ok.{NBSP}800 osób. "
                "Prototyp elektrycznego wozu gaśniczego ma zostać pokazany w 2025 r. na targach w Hanowerze."
            ),
            "",
            "______________",
            "² Do 2020 r. klaster działał pod nazwą Chełmski Klaster Ratownictwa Technicznego.",
        ]
    )

    pages.append(
        [
            "PROFIL 5",
            "",
            *k("Nazwa klastra", "Krasnostawski Klaster Przetwórstwa Warzyw"),
            *k("Siedziba", "Krasnystaw"),
            *k("Rok utworzenia", "2015"),
            *k("Forma prawna", "porozumienie"),
            *k("Koordynator", "zob. opis"),
            *k("Liczba członków", "ok. 55"),
            *k("Misja", "„Warzywa z Ziemi Krasnostawskiej na każdym stole”"),
            *k("Cele strategiczne", "• wzrost eksportu mrożonek i przetworów warzywnych,"),
            *wrap("• budowa wspólnej chłodni składowej,", w, " " * kw, " " * (kw + 2)),
            *wrap(
                "• kontraktacja warzyw u rolników z powiatu krasnostawskiego na zasadach umów wieloletnich.",
                w,
                " " * kw,
                " " * (kw + 2),
            ),
            *k("Strona internetowa", "www.warzywa-krasnystaw.pl"),
            "",
            *p(
                "Klaster, koordynowany przez Krasnostawską Izbę Rolno-Spożywczą, skupia przetwórnie, grupy "
                "producentów i gospodarstwa warzywnicze. Izba ma siedzibę w Krasnymstawie, a sezonowy "
                "punkt skupu klastra działa w Fajsławicach. Do 2027 r. klaster chce zrzeszać 70 podmiotów."
            ),
            "PROFIL 6",
            "",
            *k("Nazwa klastra", "Zamojski Klaster Usług Medycznych (ZKUM)"),
            *k("Siedziba", "Zamość"),
            *k("Rok utworzenia", "2021"),
            *k("Forma prawna", "b.d."),
            *k("Koordynator", "Zamojska Fundacja Zdrowia"),
            *k("Patronat", "Prezydent Miasta Zamość"),
            *k("Liczba członków", "21"),
            *k(
                "Cel",
                "poprawa dostępności specjalistycznej opieki ambulatoryjnej dla mieszkańców subregionu "
                "zamojskiego",
            ),
            *k("Strona internetowa", "www.zkum.zamosc.pl"),
            "",
            *p(
                "Członkami klastra są przychodnie, pracownie diagnostyczne, firmy informatyczne i Zamojska "
                "Wyższa Szkoła Medyczna, która prowadzi dla członków szkolenia z telemedycyny. Zakup "
                "wspólnego mammobusu w 2023 r. sfinansował Samorząd Województwa Lubelskiego (1,2 mln zł)."
            ),
        ]
    )

    def header(i: int) -> list[str]:
        return [
            right(
                "Raport o stanie gospodarki subregionów zamojskiego i chełmskiego 2024",
                "Załącznik nr 3",
                w,
            ),
            "",
        ]

    def footer(i: int) -> list[str]:
        return ["", right("Zamojskie Centrum Analiz Gospodarczych", f"str. {67 + i}", w)]

    return assemble(pages, header, footer)


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------


def main() -> None:
    (HERE / C01).write_text(make_c01(), encoding="utf-8")
    (HERE / C02).write_text(make_c02(), encoding="utf-8")
    (HERE / C03).write_bytes(make_c03())
    (HERE / C04).write_text(make_c04(), encoding="utf-8")
    (HERE / C05).write_bytes(make_c05())
    (HERE / C06).write_text(make_c06(), encoding="utf-8")


if __name__ == "__main__":
    main()
