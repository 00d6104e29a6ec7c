# ruff: noqa: E501
"""Generate the heldout18 evaluation documents and their gold (deterministic).

Run from the repository root:

    .venv/bin/python tests/cases/heldout18/make_documents.py

All organisations, people, addresses, websites and figures are invented; the
towns, gminas, powiats and voivodeships are real.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# "~" marks a place where a word may be hyphenated at a line end,
# "[^n]" a footnote marker that is printed glued to the word as "n".
FOOTNOTE = re.compile(r"\[\^(\d+)\]")


def visible(text: str) -> str:
    return FOOTNOTE.sub(r"\1", text.replace("~", ""))


VOWELS = set("aąeęioóuyAĄEĘIOÓUY")
DIGRAPHS = {"ch", "cz", "dz", "dź", "dż", "rz", "sz"}
PLAIN_WORD = re.compile(r"^([a-ząćęłńóśźż]{8,})([,.;:]?)$")


def syllable_breaks(word: str) -> list[int]:
    """Rough Polish syllable boundaries (V-CV, VC-CV), keeping digraphs whole."""
    points = []
    for i in range(3, len(word) - 2):
        a, b, c = word[i - 1], word[i], word[i + 1]
        if a in VOWELS and b not in VOWELS:
            if c in VOWELS or (
                word[i : i + 2] in DIGRAPHS and i + 2 < len(word) and word[i + 2] in VOWELS
            ):
                points.append(i)
        elif (
            a not in VOWELS
            and b not in VOWELS
            and c in VOWELS
            and word[i - 2] in VOWELS
            and word[i - 1 : i + 1] not in DIGRAPHS
        ):
            points.append(i)
    return [p for p in points if len(word) - p >= 3]


def auto_marks(word: str) -> str:
    m = PLAIN_WORD.match(word)
    if not m:
        return word
    core, tail = m.groups()
    out, last = [], 0
    for p in syllable_breaks(core):
        out.append(core[last:p])
        last = p
    out.append(core[last:])
    return "~".join(out) + tail


def wrap(text: str, width: int, auto: int = 0) -> list[str]:
    """Wrap a paragraph like a PDF text layer, hyphenating at "~" marks.

    With ``auto`` > 0, plain lower-case words also get syllable marks, used
    only when at least ``auto`` characters of the line would stay empty.
    """
    lines: list[str] = []
    cur = ""
    for word in text.split():
        cand = f"{cur} {word}" if cur else word
        if len(visible(cand)) <= width:
            cur = cand
            continue
        marked = word
        if auto and "~" not in word and width - len(visible(cur)) >= auto:
            marked = auto_marks(word)
        if cur and "~" in marked:
            parts = marked.split("~")
            placed = False
            for i in range(len(parts) - 1, 0, -1):
                head = "".join(parts[:i])
                if not head.endswith("-"):
                    head += "-"
                if len(visible(f"{cur} {head}")) <= width:
                    lines.append(f"{cur} {head}")
                    cur = "~".join(parts[i:])
                    placed = True
                    break
            if placed:
                continue
        if cur:
            lines.append(cur)
        cur = word
    if cur:
        lines.append(cur)
    return lines


class Flow:
    """A stream of text lines with forced page breaks."""

    BREAK = "\x00BREAK"

    def __init__(self, width: int, auto: int = 0) -> None:
        self.width = width
        self.auto = auto
        self.lines: list[str] = []

    def para(self, text: str, blank: bool = True, indent: str = "") -> None:
        for line in wrap(text, self.width - len(indent), self.auto):
            self.lines.append(indent + line)
        if blank:
            self.lines.append("")

    def raw(self, *lines: str) -> None:
        self.lines.extend(lines)

    def page_break(self) -> None:
        self.lines.append(self.BREAK)


def paginate(
    flow: Flow,
    per_page: int,
    header,
    footer,
    footnotes: dict[int, str] | None = None,
    fn_width: int = 90,
) -> str:
    """Cut a flow into pages: header, body, footnotes of the page, footer, form feed."""
    pages: list[list[str]] = [[]]
    for line in flow.lines:
        if line == Flow.BREAK:
            pages.append([])
            continue
        if len(pages[-1]) >= per_page:
            pages.append([])
        if not pages[-1] and not line.strip():
            continue
        pages[-1].append(line)
    while pages and not any(line.strip() for line in pages[-1]):
        pages.pop()
    out: list[str] = []
    for number, body in enumerate(pages, start=1):
        while body and not body[-1].strip():
            body.pop()
        lines: list[str] = []
        head = header(number)
        if head:
            lines.extend([head, ""])
        notes = []
        for line in body:
            notes.extend(int(n) for n in FOOTNOTE.findall(line))
            lines.append(visible(line))
        if footnotes and notes:
            lines.append("")
            for n in notes:
                for i, note_line in enumerate(wrap(f"{n} {footnotes[n]}", fn_width)):
                    lines.append(visible(note_line) if i == 0 else "  " + visible(note_line))
        foot = footer(number)
        if foot:
            lines.extend(["", foot])
        out.append("\n".join(lines) + "\n\f")
    return "".join(out)


# ---------------------------------------------------------------------------
# z01 – chapter of a "Raport o stanie inicjatyw klastrowych", one dense
# paragraph per cluster, names first in oblique cases
# ---------------------------------------------------------------------------


def z01() -> str:
    f = Flow(96, auto=9)
    f.raw("4. CHARAKTERYSTYKA INICJATYW KLASTROWYCH", "", "4.1. Uwagi wstępne", "")
    f.para(
        "Rozdział zawiera zwięzłe charakterystyki inicjatyw klastrowych, które w badaniu ankietowym prze~prowadzonym "
        "od lutego do kwietnia 2024 r. potwierdziły prowadzenie działalności. Ankietę rozesłano do 14 podmiotów "
        "uznawanych dotąd za koordynatorów klastrów; odpowiedzi udzieliło 11 z nich, a w czterech przypadkach dane "
        "uzupełniono w wywiadach telefonicznych. Według stanu na 31 marca 2024 r. w województwie zachodniopomorskim "
        "działało 11 inicjatyw klastrowych, które łącznie zrzeszały ok. 290 podmiotów, w tym ok. 210 mikro-, małych "
        "i średnich przedsiębiorstw oraz 17 jednostek samorządu terytorialnego."
    )
    f.para(
        "Poniżej opisano sześć inicjatyw, których koordynatorzy wyrazili zgodę na publikację danych jednostkowych; "
        "pozostałe pięć uwzględniono wyłącznie w zestawieniach zbiorczych rozdziału 3. Charakterystyki przygotowano "
        "na podstawie odpowiedzi ankietowych, dokumentów założycielskich udostępnionych przez koordynatorów oraz "
        "informacji ze stron internetowych klastrów. Kolejność opisów odpowiada kolejności wpływu ankiet i nie "
        "stanowi rankingu."
    )
    f.raw("4.2. Charakterystyki inicjatyw", "")
    f.para(
        "W Koszalińskim Klastrze Mikroelektroniki i Sensoryki (KKMiS) współpracują producenci czujników i pod~zespołów "
        "elektronicznych, firmy montażowe i projektowe oraz szkoły techniczne z Koszalina i powiatu koszalińskiego. "
        "Klaster funkcjonuje na podstawie porozumienia klastrowego podpisanego 18 listopada 2013 r. przez dziewięć "
        "firm; jego koordynatorem od początku jest Fundacja Rozwoju Elektroniki „Impuls” z siedzibą w Koszalinie, "
        "która prowadzi biuro klastra przy ul. Zwycięstwa 131. Obecnie klaster grupuje 23 przedsiębiorstwa, dwie "
        "uczelnie i Gminę Miasto Koszalin, a jego członkowie zatrudniają łącznie ok. 2 100 osób i w 2023 r. osiągnęli "
        "przychody przekraczające 640 mln zł. Partnerem strategicznym klastra – niebędącym jego członkiem – jest "
        "Bałtycka Akademia Techniczna w Słupsku, z którą KKMiS prowadzi studia podyplomowe z projektowania układów "
        "pomiarowych. Na lata 2024–2027 klaster wyznaczył sobie trzy cele: uruchomienie wspólnego laboratorium badań "
        "kompatybilności elektro~magnetycznej, przygotowanie oferty kooperacyjnej dla stoczni i armatorów oraz "
        "kształcenie kadr dla przemysłu elektronicznego. W 2022 r. klaster otrzymał wyróżnienie w regionalnym "
        "konkursie „Lider Współpracy”, a od 2023 r. prowadzi serwis www.kkmis.koszalin.pl."
    )
    f.para(
        "Na tle pozostałych inicjatyw wyróżnia się Klaster Logistyki Intermodalnej Dolnej Odry sp. z o.o. (KLIDO) "
        "z siedzibą w Szczecinie – jedyny w regionie klaster prowadzony w formie spółki, która sama zarządza jego "
        "sprawami i nie ma odrębnego koordynatora. Spółkę wpisano do rejestru przedsiębiorców w 2018 r., jednak "
        "współpraca jej wspólników trwa od 2015 r., kiedy to porozumienie o utworzeniu klastra podpisało siedem firm "
        "spedycyjnych i operator terminalu kontenerowego. Sieć liczy dziś 31 podmiotów, w tym 22 firmy spedycyjne "
        "i transportowe oraz 4 operatorów terminali; udziałowcami spółki jest 12 z nich. Od 2021 r. klaster prowadzi "
        "oddział w Świnoujściu, przy terminalu promowym. Według danych spółki członkowie obsłużyli w 2023 r. ok. "
        "410 tys. TEU i zatrudniali ponad 3 800 osób. KLIDO deklaruje trzy cele: przeniesienie części przewozów "
        "kontenerowych z dróg na kolej i żeglugę śródlądową, wspólne zakupy usług trakcyjnych oraz działania na rzecz "
        "modernizacji Odrzańskiej Drogi Wodnej. Informacje o klastrze: www.klido.com.pl."
    )
    f.para(
        "Członkowie Klastra Wędzarni i Przetwórni Ryb „Dziwna” to przede wszystkim zakłady przetwórcze i wędzarnie "
        "z powiatu kamieńskiego oraz armatorzy łodzi rybackich z portów w Dziwnowie i Międzyzdrojach. Do klastra "
        "należy 14 zakładów przetwórczych, 6 armatorów oraz Zespół Szkół Morskich i Rybackich w Kamieniu Pomorskim; "
        "członkowie zatrudniają łącznie ponad 900 osób, z czego mniej więcej jedną trzecią stanowią pracownicy "
        "sezonowi. Porozumienie o współpracy zawarto w 2016 r., a funkcję koordynatora pełni Stowarzyszenie Rybaków "
        "Zalewu Kamieńskiego z siedzibą w Kamieniu Pomorskim, gdzie mieści się też biuro klastra. Nazwa nawiązuje "
        "do cieśniny oddzielającej wyspę Wolin od lądu, a nie do miejscowości Dziwnów, choć to właśnie tam odbywa "
        "się coroczne walne zebranie członków. Wspólne stoisko klastra pojawiło się na targach „Baltic Seafood” "
        "w Gdańsku w latach 2019, 2022 i 2023. Jedynym celem wpisanym do porozumienia jest utrzymanie lokalnego "
        "przetwórstwa ryb bałtyckich w warunkach ograniczonych kwot połowowych."
    )
    f.para(
        "Do Klastra Biogazu Rolniczego Ziemi Choszczeńskiej należą gminy Choszczno, Drawno i Bierzwnik, gospodarstwa "
        "rolne dostarczające substraty, miejskie przedsiębiorstwo ciepłownicze oraz operatorzy dwóch biogazowni. "
        "Klaster zawiązano w 2018 r. porozumieniem dziewięciu stron; koordynatorem jest Gmina Choszczno, a w 2020 r. "
        "inicjatywa uzyskała certyfikat klastra energii. Obecnie sieć łączy kilkanaście podmiotów – koordynator nie "
        "podał ich dokładnej liczby, wyjaśniając, że kilka umów przystąpienia jest w trakcie podpisywania. Łączna "
        "moc elektryczna biogazowni członków wynosi 2,4 MW, a moc cieplna 2,9 MW; w 2023 r. wyprodukowały one "
        "17,8 GWh energii elektrycznej. Jedynym celem zapisanym w porozumieniu jest zaspokojenie potrzeb energetycznych "
        "mieszkańców i przedsiębiorstw obszaru klastra z lokalnych źródeł odnawialnych."
    )
    f.para(
        "W skład Klastra Szlaków Rowerowych Pojezierza Szczecineckiego wchodzi blisko 40 podmiotów: kwatery "
        "agroturystyczne, wypożyczalnie rowerów, przewoźnicy, restauracje oraz samorządy położone wzdłuż tras "
        "rowerowych powiatów szczecineckiego i drawskiego. Inicjatywę koordynuje Lokalna Organizacja Turystyczna "
        "„Szczecinecka Pętla” ze Szczecinka, gdzie klaster działa od 2019 r. Posiedzenia rady klastra odbywają się "
        "rotacyjnie – w 2023 r. zbierała się ona w Bornem Sulinowie i w Barwicach. Klaster stawia sobie za cel "
        "wytyczenie i oznakowanie sieci pętli rowerowych łączących jeziora regionu, wspólną promocję oferty na targach "
        "turystycznych w Polsce i w Niemczech oraz wydłużenie sezonu turystycznego. W sezonie 2023 z tras klastra "
        "skorzystało ok. 62 tys. rowerzystów. Ofertę członków publikuje koordynator w zakładce swojej strony "
        "internetowej www.petla-szczecinek.pl."
    )
    f.para(
        "Sprawy Klastra Meblowego Wałecczyzny prowadzi Regionalna Izba Drzewna w Wałczu, z inicjatywy której "
        "w 2017 r. podpisano umowę o współpracy klastrowej. Klaster łączy 12 firm meblarskich i tartacznych, 3 szkoły "
        "branżowe i 2 samorządy – Gminę Miejską Wałcz oraz Powiat Wałecki. Członkowie eksportują ok. 80% produkcji, "
        "głównie do Niemiec i Skandynawii; wspólne stoisko klastra od 2018 r. co roku pojawia się na targach meblowych "
        "w Kolonii. W latach 2021–2023 przystąpiły do niego cztery firmy, a dwie wystąpiły. Klaster nie prowadzi "
        "własnej strony internetowej – informacje o nim zamieszcza izba w serwisie www.izbadrzewna-walcz.pl."
    )
    f.raw("4.3. Współpraca międzyregionalna i inne formy kooperacji", "")
    f.para(
        "Współpraca z klastrami spoza województwa ma charakter incydentalny. Najtrwalsze porozumienie łączy Klaster "
        "Meblowy Wałecczyzny z Gorzowskim Klastrem Opakowań z Odzysku z siedzibą w Gorzowie Wielkopolskim, "
        "zrzeszającym ponad 20 firm z województwa lubuskiego; od 2022 r. oba klastry prowadzą wspólny program "
        "zagospodarowania odpadów drzewnych i zużytych palet."
    )
    f.para(
        "W badaniu pominięto Klaster Ratownictwa Wodnego Gmin Nadmorskich. Wbrew nazwie nie jest to inicjatywa "
        "klastrowa w rozumieniu niniejszego raportu: tworzą go jednostki ratownictwa wodnego i ochotnicze straże "
        "pożarne ośmiu gmin, które koordynują dyżury na kąpieliskach, a jego członkowie nie prowadzą działalności "
        "gospodarczej."
    )
    f.raw("4.4. Wnioski", "")
    f.para(
        "Sześć scharakteryzowanych inicjatyw zrzesza łącznie ok. 150 podmiotów, czyli mniej więcej połowę członków "
        "wszystkich klastrów województwa. W latach 2021–2023 przystąpiło do nich 19 nowych członków, a 7 wystąpiło. "
        "Najczęściej wskazywanymi barierami rozwoju są brak stałego finansowania biur klastrów (5 wskazań) oraz niska "
        "aktywność części członków (4 wskazania). Rekomendacje dla samorządu województwa przedstawiono w rozdziale 6."
    )
    return paginate(
        f,
        per_page=46,
        header=lambda n: (
            "Raport o stanie inicjatyw klastrowych w województwie zachodniopomorskim · 2024"
        ),
        footer=lambda n: str(40 + n),
    )


# ---------------------------------------------------------------------------
# z02 – a numbered list "1) Nazwa (skrót) – koordynator, siedziba; opis"
# with footnotes whose markers are glued to words
# ---------------------------------------------------------------------------

Z02_NOTES = {
    1: "Ankieta SPKK „Klastry 2024”, maj–czerwiec 2024 r.; dane podane przez koordynatorów nie były weryfikowane.",
    2: "Strona klastra: www.gkpw.gda.pl (dostęp: 12.07.2024 r.).",
    3: "Powiat Słupski przystąpił do klastra w 2019 r. (uchwała Zarządu Powiatu nr 212/2019).",
    4: "Znak towarowy „Kociewskie Smaki” zarejestrowano w Urzędzie Patentowym RP w 2018 r.",
    5: "Dane stowarzyszenia według stanu na 31 grudnia 2023 r.; w I półroczu 2024 r. nie odnotowano zmian.",
    6: "www.arpowisle.pl/klaster – podstrona serwisu internetowego koordynatora.",
    7: "Dane z systemu rezerwacyjnego prowadzonego przez biuro klastra.",
    8: "Relacja z targów: Biuletyn SPKK nr 3/2023, s. 4–5.",
}


def z02() -> str:
    f = Flow(90)
    f.raw(
        "STOWARZYSZENIE POMORSKICH KOORDYNATORÓW KLASTRÓW",
        "",
        "",
        "WYKAZ INICJATYW KLASTROWYCH",
        "WOJEWÓDZTWA POMORSKIEGO",
        "",
        "stan na 30 czerwca 2024 r.",
        "",
        "",
        "Gdańsk, sierpień 2024 r.",
    )
    f.page_break()
    f.raw("1. Wprowadzenie", "")
    f.para(
        "Wykaz przygotowano na podstawie ankiety skierowanej w maju 2024 r. do koordynatorów wszystkich znanych "
        "Stowarzyszeniu inicjatyw klastrowych z województwa pomorskiego[^1]. Obejmuje on 7 inicjatyw, które łącznie "
        "zrzeszają ok. 240 podmiotów, w tym ok. 170 przedsiębiorstw, 14 jednostek naukowych i szkół oraz 11 jednostek "
        "samorządu terytorialnego. Stowarzyszenie Pomorskich Koordynatorów Klastrów (SPKK) skupia koordynatorów "
        "9 klastrów z województw pomorskiego i warmińsko-mazurskiego; samo nie jest klastrem i nie zostało ujęte "
        "w wykazie."
    )
    f.para(
        "Przy każdej pozycji podano kolejno: nazwę klastra (ze skrótem, o ile jest używany), koordynatora, siedzibę "
        "klastra, a następnie krótki opis – formę współpracy, liczbę członków według stanu na dzień sporządzenia "
        "wykazu, cele i wybrane dane. Adresy stron internetowych i źródła danych podano w przypisach."
    )
    f.raw("2. Wykaz", "")
    entries = [
        "1) Gdański Klaster Paliw Wodorowych (GKPW)[^2] – Fundacja „Energia Północy”, Gdańsk; porozumienie klastrowe "
        "zawarte w październiku 2020 r. przez 11 sygnatariuszy. Zrzesza obecnie 28 członków, w tym 6 jednostek "
        "naukowych i 3 zarządy portów. Cele klastra: budowa łańcucha dostaw dla produkcji wodoru z energii morskich "
        "farm wiatrowych, przygotowanie wspólnych projektów demonstracyjnych w portach Gdańska i Gdyni oraz kształcenie "
        "kadr dla gospodarki wodorowej. Do 2027 r. członkowie planują uruchomić trzy instalacje pilotażowe o łącznej "
        "mocy 20 MW.",
        "2) Środkowopomorski Klaster Tartaczno-Stolarski (ŚKTS) – Izba Gospodarcza Pomorza Środkowego, Słupsk; umowa "
        "konsorcjum z 2014 r. Skupia 17 zakładów stolarskich i tartaków, 2 szkoły branżowe i Powiat Słupski[^3]; "
        "członkowie zatrudniają ok. 1 300 osób, a ich łączne przychody w 2023 r. wyniosły 410 mln zł. ŚKTS prowadzi "
        "wspólną suszarnię komorową w Kępicach i magazyn wyrobów gotowych w Ustce. Cele: wspólne zaopatrzenie "
        "w surowiec drzewny, rozwój eksportu stolarki budowlanej oraz kształcenie stolarzy i operatorów maszyn CNC.",
        "3) Kociewski Klaster Żywności Tradycyjnej „Kociewskie Smaki”[^4] – Stowarzyszenie Kociewskich Producentów "
        "Żywności, Starogard Gdański; porozumienie partnerskie podpisane w 2015 r. w Pelplinie. Zrzesza ok. "
        "45 gospodarstw i 4 przetwórnie z powiatów starogardzkiego i tczewskiego; wspólny sklep firmowy członków "
        "działa w Tczewie. Celem klastra jest zbudowanie rozpoznawalnej marki żywności z Kociewia.",
        "4) Klaster Pojazdów i Systemów Podwodnych „Głębia” – bez odrębnego koordynatora (sprawy klastra prowadzi "
        "Stowarzyszenie Klaster Pojazdów i Systemów Podwodnych „Głębia”), Gdynia; stowarzyszenie założone "
        "w 2019 r. przez 8 firm. Liczy 21 członków[^5]: producentów pojazdów podwodnych, firmy usług hydrograficznych "
        "i dwie uczelnie. „Głębia” udostępnia członkom basen testowy w Gdyni-Oksywiu. Cele statutowe: komercjalizacja "
        "technologii podwodnych, wspólna oferta dla sektora morskiej energetyki wiatrowej oraz promocja polskiej "
        "robotyki morskiej za granicą. Strona: www.glebia.org.pl.",
        "5) Kwidzyński Klaster Papierniczo-Opakowaniowy – Agencja Rozwoju Powiśla sp. z o.o., Kwidzyn; porozumienie "
        "o współpracy z 2012 r. Łączy kilkanaście firm branży papierniczej, poligraficznej i opakowaniowej z powiatów "
        "kwidzyńskiego i sztumskiego oraz Centrum Kształcenia Zawodowego w Sztumie. Klaster nie ma własnej strony "
        "internetowej; informacje o nim publikuje koordynator[^6].",
        "6) Kaszubski Klaster Turystyki Wiejskiej (KKTW) – Fundacja „Kaszubska Zagroda” (Chmielno), Kartuzy; "
        "porozumienie partnerskie z 2012 r.; obecny koordynator pełni tę funkcję od 2018 r. Skupia 52 podmioty: "
        "38 gospodarstw agroturystycznych, 9 firm usługowych i 5 gmin. Biuro klastra mieści się w Kartuzach, "
        "w budynku dawnego dworca kolejowego. W sezonie 2023 członkowie udzielili ok. 86 tys. noclegów[^7].",
        "7) Klaster Mebli Ogrodowych Ziemi Bytowskiej – Bytowska Agencja Rozwoju Przedsiębiorczości sp. z o.o., "
        "Bytów; umowa o współpracy z 2021 r. Zrzesza ponad 30 firm, głównie z powiatów bytowskiego i człuchowskiego; "
        "w 2023 r. 11 z nich wystawiało się na wspólnym stoisku na targach w Kolonii[^8]. Cel: wspólna marka mebli "
        "ogrodowych z drewna certyfikowanego. Strona klastra: www.meble-ogrodowe-bytow.pl.",
    ]
    for number, entry in enumerate(entries, start=1):
        lines = [lines_ if i == 0 else "   " + lines_ for i, lines_ in enumerate(wrap(entry, 86))]
        if number == 2:
            # the entry runs over the page break (footnotes and footer in between)
            f.raw(*lines[:3])
            f.page_break()
            f.raw(*lines[3:], "")
        else:
            f.raw(*lines, "")
    f.raw("3. Inicjatywy nieujęte w wykazie", "")
    f.para(
        "W wykazie nie ujęto klastra obliczeniowego „Bryza”, uruchomionego w 2022 r. w centrum danych w Pruszczu "
        "Gdańskim – jest to infrastruktura serwerowa, a nie powiązanie kooperacyjne przedsiębiorstw. Pominięto "
        "również Pomorską Sieć Szkół Morskich, nazywaną w mediach „klastrem edukacji morskiej”, która skupia 12 szkół "
        "i nie prowadzi działalności gospodarczej."
    )
    f.raw(
        "Opracowanie: Zespół SPKK (Halina Wróblewska-Kunc, Dariusz Pietrasik)",
        "Stowarzyszenie Pomorskich Koordynatorów Klastrów, ul. Jaśkowa Dolina 140, 80-286 Gdańsk",
        "tel. 58 349 21 07, biuro@spkk.org.pl, www.spkk.org.pl",
    )
    return paginate(
        f,
        per_page=40,
        header=lambda n: (
            "" if n == 1 else "Wykaz inicjatyw klastrowych województwa pomorskiego 2024"
        ),
        footer=lambda n: "" if n == 1 else f"SPKK | s. {n}",
        footnotes=Z02_NOTES,
        fn_width=90,
    )


# ---------------------------------------------------------------------------
# z03 – a two-column report as plain pdftotext output: narrow lines, many
# hyphenated line ends, "Klaster w liczbach" boxes read into the text flow
# ---------------------------------------------------------------------------


def z03() -> str:
    f = Flow(52, auto=4)

    def box(*lines: str) -> None:
        f.raw("KLASTER W LICZBACH", *lines, "")

    f.raw("3. PROFILE KLASTRÓW", "")
    f.para(
        "W subregionach wałbrzyskim i jeleniogór~skim działa obecnie 9 inicjatyw klastro~wych, które zrzeszają "
        "łącznie ponad 230 pod~miotów i zatrudniają ok. 14 tys. osób. Poniżej prezentujemy profile czterech z nich, "
        "wybra~nych przez Radę Programową Forum jako przy~kłady dobrych praktyk. Dane przekazali koordy~natorzy "
        "według stanu na 30 września 2023 r."
    )
    f.raw("3.1. Klaster Wód Mineralnych", "Ziemi Kłodzkiej", "")
    f.para(
        "Kotlina Kłodzka to największe w Polsce za~głębie wód mineralnych i leczniczych. Od 2016 r. rozlewnie, "
        "zakłady przyrodo~lecznicze i gminy uzdrowiskowe współpracują w ramach Klastra Wód Mineralnych Ziemi "
        "Kłodzkiej, utworzonego na podstawie porozu~mienia klastrowego. Koordynatorem jest Fundacja Zdroje Kłodzkie "
        "z siedzibą w Kło~dzku, ale biuro klastra i jego laboratorium działają w Polanicy-~Zdroju, w budynku "
        "dawnej pijalni wód."
    )
    box(
        "34 członków",
        "22 obiekty uzdrowiskowe",
        "9 rozlewni wód",
        "3 gminy uzdrowiskowe",
        "ok. 2 900 miejsc noclegowych",
        "11 ujęć wód leczniczych",
    )
    f.para(
        "Do klastra należą – poza sanatoriami i rozlew~niami – trzy gminy uzdrowiskowe: Polanica-~Zdrój, "
        "Duszniki-~Zdrój i Kudowa-~Zdrój. Członkowie zatrudniają ok. 3 200 osób, a w 2022 r. rozlewnie sprzedały "
        "łącznie 410 mln litrów wód. Cele klastra na lata 2023–2026 to wspólne badania składu i właściwości "
        "lecz~niczych wód, ochrona zasobów wód podziem~nych przed nadmierną eksploatacją oraz budowa marki "
        "„Kłodzkie Zdroje” na rynkach zagranicznych."
    )
    f.raw("3.2. Wałbrzyski Klaster Ceramiki", "Izolacyjnej", "")
    # the box is printed in the middle of a sentence, as a text layer gives it
    first = wrap(
        "Tradycje ceramiczne Wałbrzycha sięgają XIX wieku. Wałbrzyski Klaster Ceramiki Izola~cyjnej (WKCI) "
        "powstał w 2012 r. na mocy porozumienia dziesięciu firm, a w 2015 r. jego członkowie założyli "
        "Stowarzyszenie „Wałbrzyski Klaster Ceramiki Izolacyjnej” z siedzibą w Wałbrzychu, które od tego czasu "
        "samo prowadzi sprawy klastra. Dziś WKCI skupia producentów izolatorów, kształtek ogniotrwałych i",
        52,
        4,
    )
    f.raw(*first, "")
    box(
        "21 członków",
        "ok. 1 750 pracowników",
        "38% przychodów z eksportu",
        "4 wspólne projekty B+R",
    )
    f.para(
        "elementów ceramicznych dla elektroniki – łącznie 19 firm – oraz 2 instytuty ba~dawcze. Wspólne "
        "laboratorium badań mate~riałowych działa w Boguszowie-~Gorcach, a doroczne Dni Ceramiki Technicznej "
        "odbywają się w Szczawnie-~Zdroju. W 2023 r. do stowarzyszenia przystąpiły trzy nowe firmy. Strona "
        "klastra: www.wkci.walbrzych.pl."
    )
    f.raw("3.3. Jeleniogórski Klaster Fotoniki", "Stosowanej", "")
    f.para(
        "Jeleniogórski Klaster Fotoniki Stosowanej (JKFS) działa od 2019 r. na podstawie umowy konsorcjum, "
        "której liderem – a zarazem koordy~natorem klastra – jest Karkonoska Agencja Innowacji sp. z o.o. "
        "z Jeleniej Góry. Skupia blisko 30 firm wytwarzających soczewki, światłowody i systemy wizyjne, głównie "
        "z Jeleniej Góry, Kowar i Piechowic."
    )
    box(
        "blisko 30 członków", "1 100 pracowników", "2019 – umowa konsorcjum", "6 wspólnych patentów"
    )
    f.para(
        "Od 2022 r. JKFS współpracuje z Łużyckim Klastrem Tkanin Powlekanych z siedzibą w Żarach "
        "(woj. lubuskie), który zrzesza ok. 15 firm; wspólny projekt dotyczy tkanin z wplecionymi włóknami "
        "światłowodo~wymi dla budownictwa i medycyny. Do 2026 r. klaster chce zwiększyć liczbę członków do 40. "
        "Strona klastra: www.jkfs.jgora.pl."
    )
    f.raw("3.4. Strzegomski Klaster Granitu", "")
    f.para(
        "Strzegom bywa nazywany granitową stolicą Polski. Strzegomski Klaster Granitu zrzesza 24 zakłady, "
        "w tym 15 przedsiębiorstw prowadzących kopalnie, a jego koordynatorem jest Strzegomska Izba "
        "Kamieniarska z siedzibą w Strzegomiu. Porozumienie o współpracy podpisano w 2010 r. podczas targów "
        "kamieniarskich w Poznaniu."
    )
    box("24 członków", "15 kopalń granitu", "ok. 2 600 pracowników", "1,2 mln ton bloków rocznie")
    f.para(
        "Cele klastra to certyfikacja pochodzenia granitu strzegomskiego oraz wspólna logistyka kolejowa bloków "
        "kamiennych. Członkowie wystawiają się co roku na targach w Norymberdze i Weronie. Strona klastra: "
        "www.granit-strzegom.org.pl."
    )
    f.raw("WARTO WIEDZIEĆ", "")
    f.para(
        "Nie każdy „klaster” w Sudetach jest gospodarczy: w prywatnych kolekcjach minerałów w Szklarskiej "
        "Porębie można oglądać okazałe klastry kryształów kwarcu i ametystu, wydobyte w dawnych kamieniołomach "
        "Karkonoszy."
    )
    return paginate(
        f,
        per_page=84,
        header=lambda n: "KLASTRY SUDETÓW I PRZEDGÓRZA · RAPORT 2023",
        footer=lambda n: (
            f"{13 + n} | Sudeckie Forum Gospodarcze"
            if n % 2
            else f"Sudeckie Forum Gospodarcze | {13 + n}"
        ),
    )


# ---------------------------------------------------------------------------
# z04 – a regional cluster catalogue as HTML: one <section> per cluster with
# an <h3> and a facts <table>; one cluster only in the sidebar
# ---------------------------------------------------------------------------

Z04_HTML = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Katalog klastrów województwa opolskiego 2024 | Opolskie Biuro Współpracy Gospodarczej</title>
<link rel="stylesheet" href="/static/css/katalog.css?v=3.2">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head>
<body class="katalog">
<header class="top">
  <a class="logo" href="/">OBWG<span>Opolskie Biuro Współpracy Gospodarczej</span></a>
  <nav>
    <ul>
      <li><a href="/o-nas">O nas</a></li>
      <li><a href="/klastry" class="active">Katalog klastrów</a></li>
      <li><a href="/inwestorzy">Dla inwestorów</a></li>
      <li><a href="/wydarzenia">Wydarzenia</a></li>
      <li><a href="/kontakt">Kontakt</a></li>
    </ul>
  </nav>
</header>
<div class="breadcrumbs"><a href="/">Strona główna</a> &raquo; <a href="/klastry">Klastry</a> &raquo; Katalog 2024</div>
<div class="wrapper">
<main>
<h1>Katalog klastrów województwa opolskiego 2024</h1>
<p class="lead">Katalog prezentuje inicjatywy klastrowe działające w&nbsp;województwie opolskim według stanu na 31&nbsp;grudnia 2023&nbsp;r. Dane przekazali koordynatorzy klastrów; w&nbsp;tegorocznej edycji opisujemy 6&nbsp;klastrów, a&nbsp;w&nbsp;ramce obok – inicjatywę, która powstała po zamknięciu naboru. Łącznie klastry z&nbsp;katalogu zrzeszają ponad 150 podmiotów.</p>

<section id="okcs" class="klaster">
<h3>Opolski Klaster Chemii Specjalistycznej (OKCS)</h3>
<table class="fakty">
<tr><th>Koordynator</th><td>Kędzierzyńska Fundacja Technologii Chemicznych</td></tr>
<tr><th>Siedziba</th><td>Kędzierzyn-Koźle</td></tr>
<tr><th>Liczba członków</th><td>27</td></tr>
<tr><th>Rok założenia</th><td>2011</td></tr>
<tr><th>Forma prawna</th><td>porozumienie klastrowe</td></tr>
<tr><th>Strona www</th><td><a href="https://www.okcs.opole.pl">www.okcs.opole.pl</a></td></tr>
</table>
<p>Klaster skupia 19 przedsiębiorstw chemicznych i&nbsp;przetwórców tworzyw, 5&nbsp;firm usługowych, 2&nbsp;szkoły techniczne oraz Gminę Kędzierzyn-Koźle. Członkowie zatrudniają ok. 4&nbsp;300 osób. Jubileuszową konferencję z&nbsp;okazji 10-lecia klastra zorganizowano w&nbsp;2021&nbsp;r. w&nbsp;Opolu.</p>
<p>Cele klastra:</p>
<ul>
<li>rozwój produkcji chemikaliów specjalistycznych o&nbsp;wysokiej wartości dodanej,</li>
<li>wspólne szkolenia z&nbsp;zakresu bezpieczeństwa procesowego,</li>
<li>ograniczenie zużycia energii i&nbsp;wody w&nbsp;zakładach członków.</li>
</ul>
</section>

<section id="kulzn" class="klaster">
<h3>Klaster Usług Lotniczych Ziemi Nyskiej</h3>
<table class="fakty">
<tr><th>Koordynator</th><td>Nyska Fundacja Lotnicza</td></tr>
<tr><th>Siedziba</th><td>Nysa</td></tr>
<tr><th>Liczba członków</th><td>ok. 20</td></tr>
<tr><th>Rok założenia</th><td>2018</td></tr>
<tr><th>Forma prawna</th><td>porozumienie o współpracy</td></tr>
<tr><th>Strona www</th><td>&mdash;</td></tr>
</table>
<p>Klaster skupia firmy obsługi technicznej statków powietrznych, szkoły pilotów i&nbsp;operatorów dronów działające przy lotnisku w&nbsp;Nysie. Członkowie co roku współorganizują pokazy lotnicze w&nbsp;Kamieniu Śląskim. Do końca 2025&nbsp;r. koordynator chce przyjąć 10&nbsp;kolejnych członków.</p>
</section>

<section id="bkrp" class="klaster">
<h3>Brzeski Klaster Robotyzacji Produkcji</h3>
<table class="fakty">
<tr><th>Koordynator</th><td>&mdash; (klaster zarządzany przez spółkę)</td></tr>
<tr><th>Siedziba</th><td>Brzeg</td></tr>
<tr><th>Liczba członków</th><td>18 (w tym 14 MŚP)</td></tr>
<tr><th>Rok założenia</th><td>2020 (porozumienie), 2022 (spółka)</td></tr>
<tr><th>Forma prawna</th><td>spółka z o.o.</td></tr>
<tr><th>Strona www</th><td><a href="https://bkrp.com.pl/">www.bkrp.com.pl</a></td></tr>
</table>
<p>Brzeski Klaster Robotyzacji Produkcji sp. z&nbsp;o.o. (BKRP) powstał z&nbsp;przekształcenia porozumienia, które w&nbsp;2020&nbsp;r. zawarło 9&nbsp;firm z&nbsp;Brzegu i&nbsp;okolic. Członkami są integratorzy systemów automatyki, producenci maszyn i&nbsp;dwie szkoły techniczne. Hala demonstracyjna klastra działa w&nbsp;Skarbimierzu-Osiedlu.</p>
<p>Celem spółki jest upowszechnianie robotyzacji w&nbsp;małych i&nbsp;średnich zakładach produkcyjnych Opolszczyzny.</p>
</section>

<section id="kks" class="klaster">
<h3>Kluczborski Klaster Spawalniczy</h3>
<table class="fakty">
<tr><th>Koordynator</th><td>Kluczborska Izba Przemysłowa</td></tr>
<tr><th>Rok założenia</th><td>2014</td></tr>
<tr><th>Forma prawna</th><td>porozumienie</td></tr>
<tr><th>Strona www koordynatora</th><td><a href="https://www.kip-kluczbork.pl">www.kip-kluczbork.pl</a></td></tr>
</table>
<p>Klaster zrzesza 12 firm produkujących konstrukcje stalowe i&nbsp;urządzenia spawalnicze, 3&nbsp;szkoły zawodowe oraz Powiat Kluczborski. Koordynująca go izba ma siedzibę w&nbsp;Kluczborku, a&nbsp;dla członków prowadzi ośrodek egzaminowania spawaczy w&nbsp;Byczynie.</p>
<p>Zadania klastra:</p>
<ol>
<li>kształcenie i&nbsp;certyfikacja spawaczy,</li>
<li>wspólne oferty w&nbsp;przetargach na konstrukcje stalowe,</li>
<li>współpraca ze szkołami zawodowymi powiatu.</li>
</ol>
</section>

<section id="turawa" class="klaster">
<h3>Klaster Rekreacji i Agroturystyki &bdquo;Jeziora Turawskie&rdquo;</h3>
<table class="fakty">
<tr><th>Koordynator</th><td>Gmina Turawa</td></tr>
<tr><th>Siedziba</th><td>Turawa</td></tr>
<tr><th>Liczba członków</th><td>34</td></tr>
<tr><th>Rok założenia</th><td>2016</td></tr>
<tr><th>Forma prawna</th><td>porozumienie partnerskie</td></tr>
<tr><th>Strona www</th><td><a href="https://www.jeziora-turawskie.pl">www.jeziora-turawskie.pl</a></td></tr>
</table>
<p>Klaster łączy 22 kwatery i&nbsp;pensjonaty, 8&nbsp;firm usługowych (wypożyczalnie sprzętu wodnego, szkoły żeglarskie, gastronomia), 3&nbsp;gminy &ndash; Turawę, Łubniany i&nbsp;Ozimek &ndash; oraz Stowarzyszenie Przyjaciół Jezior Turawskich. W&nbsp;sezonie 2023 obszar odwiedziło ok. 120 tys. turystów.</p>
<p>Cele &bdquo;Jezior Turawskich&rdquo;:</p>
<ol>
<li>wspólna promocja obszaru jako całorocznego miejsca wypoczynku,</li>
<li>poprawa czystości wód zbiorników turawskich,</li>
<li>rozwój szlaków kajakowych na Małej Panwi.</li>
</ol>
</section>

<section id="gkre" class="klaster">
<h3>Głubczycki Klaster Rolnictwa Ekologicznego</h3>
<table class="fakty">
<tr><th>Koordynator</th><td>Spółdzielnia Producentów Ekologicznych &bdquo;Płaskowyż&rdquo;</td></tr>
<tr><th>Siedziba</th><td>Głubczyce</td></tr>
<tr><th>Liczba członków</th><td>b.d.</td></tr>
<tr><th>Rok założenia</th><td>2013</td></tr>
<tr><th>Forma prawna</th><td>umowa o współpracy</td></tr>
<tr><th>Strona www koordynatora</th><td><a href="https://www.plaskowyz-eko.pl">www.plaskowyz-eko.pl</a></td></tr>
</table>
<p>Według koordynatora klaster skupia kilkadziesiąt gospodarstw ekologicznych z&nbsp;powiatów głubczyckiego i&nbsp;raciborskiego (woj. śląskie), które uprawiają łącznie ok. 3&nbsp;100&nbsp;ha. W&nbsp;2022&nbsp;r. spółdzielnia uruchomiła wspólną przechowalnię zbóż w&nbsp;Baborowie.</p>
</section>

<section class="inne">
<h3>Inne sieci współpracy</h3>
<p>Opolska Sieć Akceleratorów Biznesu to sieć pięciu akceleratorów prowadzonych przez uczelnie regionu. Nie jest klastrem i&nbsp;nie została ujęta w&nbsp;katalogu.</p>
</section>
</main>

<aside class="sidebar">
<div class="box nowosc">
<h4>Nowy w katalogu</h4>
<p>W marcu 2024&nbsp;r. w&nbsp;Oleśnie 11 gospodarstw zielarskich i&nbsp;suszarnia ziół podpisały porozumienie o&nbsp;utworzeniu Klastra Zielarskiego Ziemi Oleskiej. Koordynatorem została Suszarnia Ziół &bdquo;Dobrodzianka&rdquo; sp. z&nbsp;o.o. z&nbsp;Dobrodzienia. Pełny opis klastra zamieścimy w&nbsp;kolejnej edycji katalogu.</p>
</div>
<div class="box">
<h4>Pobierz katalog</h4>
<p><a href="/pliki/katalog-klastrow-2024.pdf">PDF, 2,4 MB</a></p>
</div>
<div class="box">
<h4>Newsletter</h4>
<form action="/newsletter" method="post"><input type="email" name="email" placeholder="Twój e-mail"><button type="submit">Zapisz się</button></form>
</div>
</aside>
</div>
<footer>
<p>&copy; 2024 Opolskie Biuro Współpracy Gospodarczej, ul. Ozimska 19, 45-057 Opole &middot; tel. 77 441 20 90 &middot; <a href="https://www.obwg-opole.pl">www.obwg-opole.pl</a></p>
<p><a href="/polityka-prywatnosci">Polityka prywatności</a> &middot; <a href="/deklaracja-dostepnosci">Deklaracja dostępności</a></p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# z05 – PDF (reportlab): diagnosis chapter of a regional programme with a
# table "Członkowie (w tym MŚP)" and narrative paragraphs afterwards
# ---------------------------------------------------------------------------

Z05_INTRO = [
    "Według rejestru prowadzonego przez Departament Polityki Regionalnej Urzędu Marszałkowskiego Województwa "
    "Łódzkiego w 2024 r. w regionie działało 14 inicjatyw klastrowych. Tabela 2.7 przedstawia sześć z nich, "
    "których koordynatorzy odpowiedzieli na ankietę przeprowadzoną na potrzeby Programu; łącznie zrzeszają one "
    "ok. 137 podmiotów, w tym ok. 116 mikro-, małych i średnich przedsiębiorstw. Pozostałe inicjatywy nie "
    "przekazały danych albo zawiesiły działalność.",
]

Z05_TABLE = [
    ["Lp.", "Nazwa klastra", "Siedziba", "Koordynator", "Rok powstania", "Członkowie (w tym MŚP)"],
    [
        "1.",
        "Pabianicki Klaster Tekstyliów Medycznych",
        "Pabianice",
        "Pabianickie Centrum Inicjatyw Gospodarczych sp. z o.o.",
        "2014",
        "27 (19)",
    ],
    [
        "2.",
        "Piotrkowski Klaster Automatyki Budynkowej",
        "Piotrków Trybunalski",
        "Fundacja Inteligentny Budynek (Tomaszów Mazowiecki)",
        "2018",
        "23 (21)",
    ],
    [
        "3.",
        "Łowicki Klaster Owoców i Warzyw",
        "Łowicz",
        "Fundacja Rozwoju Ziemi Łowickiej",
        "2016",
        "ok. 60 (ok. 55)",
    ],
    [
        "4.",
        "Kutnowski Klaster Farmaceutyczny",
        "Kutno",
        "Fundacja Rozwoju Przemysłu Kutnowskiego",
        "2019",
        "15 (9)",
    ],
    [
        "5.",
        "Zgierski Klaster Barwników Tekstylnych",
        "Zgierz",
        "– (spółka z o.o.)",
        "2017",
        "12 (12)",
    ],
    [
        "6.",
        "Skierniewicki Klaster Ogrodniczy",
        "Skierniewice",
        "Fundacja Ogrodnicza Ziemi Skierniewickiej",
        "2021",
        "b.d.",
    ],
    ["", "Razem", "", "", "", "ok. 137 (ok. 116)"],
]

Z05_PARAS = [
    "Najliczniejszy z ankietowanych jest Łowicki Klaster Owoców i Warzyw, który skupia ok. 60 podmiotów – "
    "sadowników, warzywników i przetwórców z powiatów łowickiego i skierniewickiego. Klaster utworzono w 2016 r.; "
    "jego koordynatorem jest Fundacja Rozwoju Ziemi Łowickiej. Członkowie korzystają ze wspólnej chłodni "
    "w Bielawach o pojemności 6 tys. ton, a w 2023 r. sprzedali za jej pośrednictwem ok. 14 tys. ton owoców.",
    "Pabianicki Klaster Tekstyliów Medycznych skupia 27 członków – 19 MŚP, 2 duże przedsiębiorstwa oraz "
    "6 instytucji naukowych i szkół. Klaster działa od 2014 r. na podstawie porozumienia klastrowego, a jego "
    "koordynatorem jest Pabianickie Centrum Inicjatyw Gospodarczych sp. z o.o. Cele klastra określone "
    "w porozumieniu to: rozwój wyrobów włókienniczych dla medycyny i opieki długoterminowej, wspólne badania "
    "wyrobów w akredytowanym laboratorium oraz pozyskiwanie kadr dla przemysłu włókienniczego. Strona klastra: "
    "www.pktm.pabianice.pl.",
    "Piotrkowski Klaster Automatyki Budynkowej powstał w 2018 r. na podstawie umowy konsorcjum; koordynuje go "
    "Fundacja Inteligentny Budynek z siedzibą w Tomaszowie Mazowieckim, natomiast biuro klastra i sala "
    "demonstracyjna znajdują się w Piotrkowie Trybunalskim. Klaster łączy 23 podmioty, głównie instalatorów "
    "i integratorów systemów sterowania budynkami; w 2023 r. członkowie wykonali instalacje w ponad 1 400 "
    "budynkach.",
    "Kutnowski Klaster Farmaceutyczny powstał w 2019 r. z inicjatywy Fundacji Rozwoju Przemysłu Kutnowskiego, "
    "która jest jego koordynatorem. Łączy 15 członków: 9 MŚP, 2 duże przedsiębiorstwa farmaceutyczne, 2 szkoły "
    "i 2 laboratoria. Informacje o klastrze publikuje koordynator na swojej stronie www.frpk-kutno.org.pl.",
    "Zgierski Klaster Barwników Tekstylnych sp. z o.o. (ZKBT) jest jedynym w regionie klastrem działającym "
    "w formie spółki, która sama zarządza klastrem. Spółkę założyło w 2017 r. 12 producentów barwników i środków "
    "pomocniczych dla włókiennictwa; wszyscy są MŚP i zatrudniają łącznie ok. 640 osób.",
    "Skierniewicki Klaster Ogrodniczy, utworzony w 2021 r., grupuje kilkadziesiąt gospodarstw sadowniczych "
    "i szkółkarskich; jego koordynator – Fundacja Ogrodnicza Ziemi Skierniewickiej – nie podał dokładnej liczby "
    "członków. Celem klastra jest wspólne przechowywanie i sprzedaż owoców na rynkach skandynawskich.",
    "Poza tabelą pozostaje Łęczycki Klaster Instytucji Kultury – sieć domów kultury, bibliotek i muzeów powiatu "
    "łęczyckiego, która mimo nazwy nie jest inicjatywą klastrową w rozumieniu Programu i nie zrzesza "
    "przedsiębiorstw.",
]

Z05_AFTER = [
    "Wnioski z diagnozy. Klastry regionu są nieliczne i rozproszone – przeciętny klaster liczy ok. 23 członków, "
    "a w trzech z sześciu ankietowanych inicjatyw biuro utrzymuje się wyłącznie ze składek. Program zakłada, "
    "że do 2030 r. liczba członków klastrów w województwie wzrośnie do 250, a w rejonie Bełchatowa powstanie "
    "klaster technologii wodorowych (działanie 3.2.4).",
]


def z05(path: Path) -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    body = ParagraphStyle(
        "body", fontName="DejaVuSans", fontSize=9.5, leading=13, spaceAfter=6, alignment=4
    )
    head1 = ParagraphStyle("h1", fontName="DejaVuSans-Bold", fontSize=13, leading=17, spaceAfter=8)
    head2 = ParagraphStyle(
        "h2", fontName="DejaVuSans-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=6
    )
    cell = ParagraphStyle("cell", fontName="DejaVuSans", fontSize=8, leading=10)
    cellb = ParagraphStyle("cellb", fontName="DejaVuSans-Bold", fontSize=8, leading=10)
    small = ParagraphStyle("small", fontName="DejaVuSans", fontSize=7.5, leading=9.5, spaceAfter=8)

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("DejaVuSans", 7.5)
        canvas.drawString(
            20 * mm,
            287 * mm,
            "Program Rozwoju Przedsiębiorczości Województwa Łódzkiego na lata 2025–2030 · projekt do konsultacji",
        )
        canvas.drawRightString(190 * mm, 12 * mm, str(33 + doc.page))
        canvas.restoreState()

    story = [
        Paragraph("Część II. Diagnoza", head2),
        Paragraph("2.4. Powiązania kooperacyjne i klastry", head1),
    ]
    story += [Paragraph(text, body) for text in Z05_INTRO]
    story.append(
        Paragraph(
            "Tabela 2.7. Klastry w województwie łódzkim – wybrane dane (stan na 31.12.2023 r.)",
            cellb,
        )
    )
    story.append(Spacer(1, 2 * mm))
    rows = []
    for i, row in enumerate(Z05_TABLE):
        style = cellb if i == 0 or i == len(Z05_TABLE) - 1 else cell
        rows.append([Paragraph(value, style) for value in row])
    table = Table(
        rows, colWidths=[10 * mm, 43 * mm, 25 * mm, 45 * mm, 22 * mm, 25 * mm], repeatRows=1
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("SPAN", (1, -1), (4, -1)),
            ]
        )
    )
    story.append(table)
    story.append(Spacer(1, 1.5 * mm))
    story.append(
        Paragraph(
            "Źródło: ankieta UMWŁ przeprowadzona w styczniu 2024 r.; b.d. – brak danych.", small
        )
    )
    story += [Paragraph(text, body) for text in Z05_PARAS]
    story += [Paragraph(text, body) for text in Z05_AFTER]
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title="Program Rozwoju Przedsiębiorczości Województwa Łódzkiego 2025–2030 – diagnoza",
        author="Urząd Marszałkowski Województwa Łódzkiego",
        subject="Diagnoza – powiązania kooperacyjne i klastry",
        creator="",
        producer="",
    )
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


# ---------------------------------------------------------------------------
# z06 – clusters compared over time: a -layout table of counts for 2019,
# 2021 and 2023 (renamed, merged and dissolved clusters) and one section each
# ---------------------------------------------------------------------------


def z06() -> str:
    f = Flow(100, auto=8)
    f.raw(
        "                         KLASTRY PÓŁNOCNEGO I ZACHODNIEGO MAZOWSZA 2019–2023",
        "                                       Analiza porównawcza",
        "",
        "                     Płockie Towarzystwo Badań Regionalnych · Płock, marzec 2024",
        "",
        "",
        "1. Zakres i metoda",
        "",
    )
    f.para(
        "Analiza obejmuje klastry z subregionów płockiego, ciechanowskiego i ostrołęckiego oraz z powiatu "
        "wyszkowskiego, które działały w co najmniej jednym z trzech lat badania: 2019, 2021 i 2023. Dane o liczbie "
        "członków pochodzą z ankiet przeprowadzonych w tych latach przez Towarzystwo i odpowiadają stanowi na koniec "
        "roku; wartości poprzedzone skrótem „ok.” lub słowem „ponad” są szacunkami koordynatorów. W 2019 r. działało "
        "6 klastrów, w 2021 r. – 7, a w 2023 r. – 5."
    )
    f.raw("2. Liczba członków w latach 2019–2023", "")
    f.raw(
        "Tabela 1. Liczba członków klastrów (stan na 31 grudnia)",
        "",
        "Lp.  Klaster (siedziba)                              2019      2021      2023   Uwagi",
        "",
        "1.   Płocki Klaster Petrochemii i Tworzyw              24        29        33",
        "     (Płock)",
        "2.   Kurpiowski Klaster Mleczarstwa                ok. 20        26        31   do lutego 2021 r.:",
        "     Rodzinnego (Ostrołęka)                                                     Ostrołęcki Klaster",
        "                                                                                Mleczarski",
        "3.   Północnomazowiecki Klaster Przemysłu              17        19        27   do 2022 r.: Ciechanowski",
        "     Maszynowego (Ciechanów)                                                    Klaster Producentów",
        "                                                                                Sprzętu Rolniczego;",
        "                                                                                od 2022 r. wraz z poz. 4",
        "4.   Przasnyski Klaster Kowalstwa Artystycznego        11         9         –   połączony z poz. 3",
        "     (Przasnysz)                                                                w 2022 r.",
        "5.   Sierpecki Klaster Gospodarstw                     16        12         –   zakończył działalność",
        "     Agroturystycznych (Sierpc)                                                 w 2022 r.",
        "6.   Gostyniński Klaster Energii Rozproszonej           –        14    ok. 18   utworzony w 2020 r.",
        "     (Gostynin)",
        "7.   Wyszkowski Klaster Okien i Drzwi            ponad 20        23        25",
        "     Drewnianych (Wyszków)",
        "",
        "     Razem                                        ok. 108       132   ok. 134",
        "",
        "Źródło: ankiety PTBR 2019, 2021 i 2023; „–” – klaster nie działał.",
        "",
    )
    f.para(
        "Łączna liczba członków klastrów wzrosła w ciągu czterech lat o ok. 24%, mimo że liczba samych klastrów "
        "zmniejszyła się z 6 do 5. Wzrost dotyczył przede wszystkim klastrów przemysłowych; klastry turystyczne "
        "i rzemieślnicze traciły członków albo przestały działać."
    )
    f.raw(
        "3. Charakterystyka klastrów", "", "3.1. Płocki Klaster Petrochemii i Tworzyw (PKPiT)", ""
    )
    f.para(
        "Klaster powstał w 2016 r. na podstawie porozumienia klastrowego; koordynatorem jest Fundacja Mazowieckiej "
        "Chemii Przemysłowej z siedzibą w Płocku. Liczba członków rosła systematycznie – z 24 w 2019 r. do 33 na "
        "koniec 2023 r.; przybyło głównie firm zajmujących się recyklingiem tworzyw. Członkowie zatrudniają ok. "
        "5 200 osób. W 2023 r. PKPiT zorganizował w Warszawie forum „Chemia dla Mazowsza”. Strona klastra: "
        "www.pkpit.plock.pl."
    )
    f.raw("3.2. Kurpiowski Klaster Mleczarstwa Rodzinnego", "")
    f.para(
        "Do lutego 2021 r. klaster działał pod nazwą Ostrołęcki Klaster Mleczarski; zmiana nazwy towarzyszyła "
        "przyjęciu gospodarstw i spółdzielni z powiatów makowskiego i przasnyskiego. Porozumienie zawarto w 2015 r., "
        "a koordynatorem jest Kurpiowska Fundacja Mleczarska z Ostrołęki. Na koniec 2023 r. klaster liczył "
        "31 członków: 24 gospodarstwa, 4 spółdzielnie mleczarskie, ośrodek doradztwa rolniczego i 2 gminy. Cele "
        "klastra: wspólny skup mleka od małych gospodarstw rodzinnych oraz budowa marki serów kurpiowskich."
    )
    f.raw("3.3. Północnomazowiecki Klaster Przemysłu Maszynowego", "")
    f.para(
        "Klaster kontynuuje działalność Ciechanowskiego Klastra Producentów Sprzętu Rolniczego, działającego od "
        "2013 r. na podstawie umowy o współpracy. W marcu 2022 r. przyłączono do niego Przasnyski Klaster Kowalstwa "
        "Artystycznego: 8 z 9 członków klastra przasnyskiego przystąpiło do klastra ciechanowskiego, który "
        "jednocześnie przyjął obecną nazwę. Koordynatorem pozostała Ciechanowska Izba Przemysłowo-Techniczna "
        "z siedzibą w Ciechanowie. Na koniec 2023 r. klaster liczył 27 członków (19 dotychczasowych i 8 z dawnego "
        "klastra przasnyskiego); zatrudniają oni ok. 2 300 osób."
    )
    f.raw("3.4. Przasnyski Klaster Kowalstwa Artystycznego", "")
    f.para(
        "Klaster działał od 2016 r. w Przasnyszu, koordynowany przez Przasnyską Izbę Rzemieślników i Przedsiębiorców. "
        "Skupiał kuźnie, warsztaty ślusarstwa artystycznego i dwie szkoły branżowe; w 2019 r. liczył 11, "
        "a w 2021 r. 9 członków. Po przyłączeniu do klastra ciechanowskiego w 2022 r. przestał istnieć jako odrębna "
        "inicjatywa."
    )
    f.raw("3.5. Sierpecki Klaster Gospodarstw Agroturystycznych", "")
    f.para(
        "Klaster zakończył działalność w 2022 r.: po wygaśnięciu porozumienia z 2014 r. członkowie nie zdecydowali "
        "się go przedłużyć. Koordynatorem było Stowarzyszenie Gospodarstw Gościnnych Ziemi Sierpeckiej z siedzibą "
        "w Sierpcu. Liczba członków spadła z 16 w 2019 r. do 12 w 2021 r."
    )
    f.raw("3.6. Gostyniński Klaster Energii Rozproszonej", "")
    f.para(
        "Klaster utworzono w 2020 r. porozumieniem 8 stron; koordynatorem jest Gmina Miasta Gostynina, a w 2021 r. "
        "klaster uzyskał certyfikat klastra energii. Na koniec 2023 r. liczył ok. 18 członków – dokładna liczba nie "
        "była znana, bo część umów przystąpienia czekała na podpis. Celem klastra jest zwiększenie udziału "
        "odnawialnych źródeł w zużyciu energii na terenie powiatu gostynińskiego do 50% w 2030 r."
    )
    f.raw("3.7. Wyszkowski Klaster Okien i Drzwi Drewnianych", "")
    f.para(
        "Klaster działa od 2012 r. na podstawie umowy o współpracy; koordynatorem jest Stowarzyszenie Stolarzy "
        "Doliny Bugu z Wyszkowa. W 2019 r. skupiał ponad 20 zakładów, w 2021 r. – 23, a na koniec 2023 r. – "
        "25 członków, w tym 21 zakładów stolarskich. Strona klastra: www.okna-drzwi-wyszkow.pl."
    )
    f.raw("4. Inicjatywy w przygotowaniu", "")
    f.para(
        "W listopadzie 2023 r. siedem firm logistycznych z Nowego Dworu Mazowieckiego podpisało list intencyjny "
        "w sprawie utworzenia Klastra Logistyki Lotniskowej „Modlin”. Do czasu zawarcia porozumienia inicjatywa "
        "nie jest ujmowana w zestawieniach Towarzystwa."
    )
    f.raw("5. Wnioski", "")
    f.para(
        "Klastry północnego i zachodniego Mazowsza przechodzą konsolidację: zamiast wielu małych inicjatyw powstają "
        "większe sieci o szerszym profilu. Towarzystwo rekomenduje samorządom powiatowym wsparcie biur klastrów "
        "kwotą co najmniej 60 tys. zł rocznie oraz coroczne aktualizowanie danych o członkach."
    )
    return paginate(
        f,
        per_page=56,
        header=lambda n: (
            "" if n == 1 else "PTBR · Klastry Północnego i Zachodniego Mazowsza 2019–2023"
        ),
        footer=lambda n: f"– {n} –",
    )


# ---------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------

Z01 = "z01_raport_stan_inicjatyw_klastrowych_zachodniopomorskie.txt"
Z02 = "z02_wykaz_inicjatyw_klastrowych_pomorskie.txt"
Z03 = "z03_raport_klastry_sudetow_dolnoslaskie.txt"
Z04 = "z04_katalog_klastrow_opolskie.html"
Z05 = "z05_program_rozwoju_diagnoza_klastry_lodzkie.pdf"
Z06 = "z06_porownanie_klastrow_2019_2023_mazowieckie.txt"


def gold(
    doc: str,
    name: str,
    *,
    aliases: list[str] | None = None,
    members: int | None = None,
    approx: bool = False,
    town: str | None = None,
    voivodeship: str | None = None,
    goals: list[str] | None = None,
    coordinator: str | None = None,
    legal_form: str | None = None,
    founded: int | None = None,
    websites: list[str] | None = None,
    difficulty: str = "normal",
    note: str,
) -> dict:
    return {
        "doc": doc,
        "name": name,
        "aliases": aliases or [],
        "member_count": members,
        "member_count_approx": approx,
        "town": town,
        "voivodeship": voivodeship,
        "country": "PL",
        "goals": goals,
        "coordinator": coordinator,
        "legal_form": legal_form,
        "founded_year": founded,
        "websites": websites or [],
        "difficulty": difficulty,
        "note": note,
    }


GOLD = [
    # z01 – zachodniopomorskie (and one lubuskie partner)
    gold(
        Z01,
        "Koszaliński Klaster Mikroelektroniki i Sensoryki",
        aliases=["KKMiS"],
        members=26,
        town="Koszalin",
        voivodeship="zachodniopomorskie",
        goals=[
            "uruchomienie wspólnego laboratorium badań kompatybilności elektromagnetycznej",
            "przygotowanie oferty kooperacyjnej dla stoczni i armatorów",
            "kształcenie kadr dla przemysłu elektronicznego",
        ],
        coordinator="Fundacja Rozwoju Elektroniki „Impuls”",
        legal_form="porozumienie",
        founded=2013,
        websites=["www.kkmis.koszalin.pl"],
        note="first named in the locative ('W Koszalińskim Klastrze …') → nominative restored; 'grupuje 23 przedsiębiorstwa, dwie uczelnie i Gminę Miasto Koszalin' = 26 (the nine 2013 signatories are founders); porozumienie klastrowe of 18 Nov 2013; the academy in Słupsk is a partner stated not to be a member – not the coordinator, Słupsk not the seat; ok. 2 100 employees, 640 mln zł, the 2022 award and the website's start in 2023 are traps; goals: the three items after 'trzy cele:'",
    ),
    gold(
        Z01,
        "Klaster Logistyki Intermodalnej Dolnej Odry",
        aliases=["KLIDO", "Klaster Logistyki Intermodalnej Dolnej Odry sp. z o.o."],
        members=31,
        town="Szczecin",
        voivodeship="zachodniopomorskie",
        goals=[
            "przeniesienie części przewozów kontenerowych z dróg na kolej i żeglugę śródlądową",
            "wspólne zakupy usług trakcyjnych",
            "działania na rzecz modernizacji Odrzańskiej Drogi Wodnej",
        ],
        legal_form="spółka z o.o.",
        founded=2015,
        websites=["www.klido.com.pl"],
        note="named in the nominative only with its legal form → name without 'sp. z o.o.', legal name an alias; the company manages the cluster itself ('nie ma odrębnego koordynatora') → coordinator null; agreement 2015 before the company's registration 2018 → 2015; 'Sieć liczy dziś 31 podmiotów, w tym 22 … oraz 4 …' – the 'w tym' parts and the 12 shareholders are subsets; the founders (7 firms + operator), 410 tys. TEU and 3 800 employees are traps; the branch in Świnoujście (since 2021) is not the seat",
    ),
    gold(
        Z01,
        "Klaster Wędzarni i Przetwórni Ryb „Dziwna”",
        members=21,
        town="Kamień Pomorski",
        voivodeship="zachodniopomorskie",
        goals=[
            "utrzymanie lokalnego przetwórstwa ryb bałtyckich w warunkach ograniczonych kwot połowowych"
        ],
        coordinator="Stowarzyszenie Rybaków Zalewu Kamieńskiego",
        legal_form="porozumienie",
        founded=2016,
        note="first named in the genitive ('Członkowie Klastra …') → nominative restored; '14 zakładów przetwórczych, 6 armatorów oraz Zespół Szkół …' = 21; 'Porozumienie o współpracy' 2016 → porozumienie; the association is the coordinator (the cluster's form stays porozumienie); coordinator and office in Kamień Pomorski; 'Dziwna' is the strait – Dziwnów (annual meeting, ports), Międzyzdroje and the Gdańsk fair are not the seat; 900 employees and the fair years are traps; a single stated aim",
    ),
    gold(
        Z01,
        "Klaster Biogazu Rolniczego Ziemi Choszczeńskiej",
        town="Choszczno",
        voivodeship="zachodniopomorskie",
        goals=[
            "zaspokojenie potrzeb energetycznych mieszkańców i przedsiębiorstw obszaru klastra z lokalnych źródeł odnawialnych"
        ],
        coordinator="Gmina Choszczno",
        legal_form="porozumienie",
        founded=2018,
        note="named in the genitive ('Do Klastra … należą'); 'łączy kilkanaście podmiotów' and 'nie podał ich dokładnej liczby' → member_count null (the nine signatories of 2018 are founders, not the count); a gmina coordinator gives the town; the 2020 energy-cluster certificate is not the founding; MW and GWh are traps; member gminas Drawno and Bierzwnik are not the seat",
    ),
    gold(
        Z01,
        "Klaster Szlaków Rowerowych Pojezierza Szczecineckiego",
        members=40,
        approx=True,
        town="Szczecinek",
        voivodeship="zachodniopomorskie",
        goals=[
            "wytyczenie i oznakowanie sieci pętli rowerowych łączących jeziora regionu",
            "wspólną promocję oferty na targach turystycznych w Polsce i w Niemczech",
            "wydłużenie sezonu turystycznego",
        ],
        coordinator="Lokalna Organizacja Turystyczna „Szczecinecka Pętla”",
        founded=2019,
        note="'W skład Klastra … wchodzi blisko 40 podmiotów' → 40, hedged; coordinator 'ze Szczecinka, gdzie klaster działa od 2019 r.' → Szczecinek, 2019; no legal form stated; council meetings in Borne Sulinowo and Barwice are not the seat; 62 tys. cyclists is a trap; goals kept in the accusative as written; www.petla-szczecinek.pl is expressly the coordinator's own site → not the cluster's",
    ),
    gold(
        Z01,
        "Klaster Meblowy Wałecczyzny",
        members=17,
        town="Wałcz",
        voivodeship="zachodniopomorskie",
        coordinator="Regionalna Izba Drzewna w Wałczu",
        legal_form="porozumienie",
        founded=2017,
        note="genitive ('Sprawy Klastra … prowadzi') → nominative; 'umowę o współpracy klastrowej' 2017 → porozumienie; '12 firm …, 3 szkoły … i 2 samorządy' = 17; 4 joiners and 2 leavers, 80% export and the Cologne fair (since 2018) are traps; town = the coordinator's seat (the only town given); the cluster has no own website – www.izbadrzewna-walcz.pl is the chamber's; no goals given",
    ),
    gold(
        Z01,
        "Gorzowski Klaster Opakowań z Odzysku",
        members=20,
        approx=True,
        town="Gorzów Wielkopolski",
        voivodeship="lubuskie",
        note="out-of-region partner named only in the instrumental ('z Gorzowskim Klastrem Opakowań z Odzysku z siedzibą w Gorzowie Wielkopolskim') → nominative restored; 'zrzeszającym ponad 20 firm z województwa lubuskiego' → 20, hedged; 2022 is the start of the joint programme, not its founding",
    ),
    # z02 – pomorskie
    gold(
        Z02,
        "Gdański Klaster Paliw Wodorowych",
        aliases=["GKPW"],
        members=28,
        town="Gdańsk",
        voivodeship="pomorskie",
        goals=[
            "budowa łańcucha dostaw dla produkcji wodoru z energii morskich farm wiatrowych",
            "przygotowanie wspólnych projektów demonstracyjnych w portach Gdańska i Gdyni",
            "kształcenie kadr dla gospodarki wodorowej",
        ],
        coordinator="Fundacja „Energia Północy”",
        legal_form="porozumienie",
        founded=2020,
        websites=["www.gkpw.gda.pl"],
        note="list entry 'Nazwa (skrót)² – koordynator, siedziba; …' with footnote marker 2 glued to the abbreviation; the website is only in footnote 2; 28 members (6 research units and 3 port authorities are a subset; 11 signatories are founders); the planned 3 installations and 20 MW by 2027 are traps",
    ),
    gold(
        Z02,
        "Środkowopomorski Klaster Tartaczno-Stolarski",
        aliases=["ŚKTS"],
        members=20,
        town="Słupsk",
        voivodeship="pomorskie",
        goals=[
            "wspólne zaopatrzenie w surowiec drzewny",
            "rozwój eksportu stolarki budowlanej",
            "kształcenie stolarzy i operatorów maszyn CNC",
        ],
        coordinator="Izba Gospodarcza Pomorza Środkowego",
        legal_form="porozumienie",
        founded=2014,
        note="'umowa konsorcjum' 2014 → porozumienie; '17 zakładów …, 2 szkoły branżowe i Powiat Słupski³' = 20 (footnote 3 glued to the last member; its 2019 is the powiat's joining); the entry runs over the page break (footnotes, footer and header in between); 1 300 employees and 410 mln zł are traps; Kępice and Ustka (drying room, store) are not the seat; 'Środkowopomorski' names no voivodeship – Słupsk does",
    ),
    gold(
        Z02,
        "Kociewski Klaster Żywności Tradycyjnej „Kociewskie Smaki”",
        aliases=["Kociewskie Smaki"],
        members=49,
        approx=True,
        town="Starogard Gdański",
        voivodeship="pomorskie",
        goals=["zbudowanie rozpoznawalnej marki żywności z Kociewia"],
        coordinator="Stowarzyszenie Kociewskich Producentów Żywności",
        legal_form="porozumienie",
        founded=2015,
        note="footnote marker 4 glued to the closing quote; 'ok. 45 gospodarstw i 4 przetwórnie' = 49, hedged (as the seeds' 'ok. 60 firm i 6 instytutów'); 'porozumienie partnerskie' 2015 signed in Pelplin – Pelplin and the shop in Tczew are not the seat; the 2018 trademark registration in footnote 4 is not the founding",
    ),
    gold(
        Z02,
        "Klaster Pojazdów i Systemów Podwodnych „Głębia”",
        aliases=["Głębia", "Stowarzyszenie Klaster Pojazdów i Systemów Podwodnych „Głębia”"],
        members=21,
        town="Gdynia",
        voivodeship="pomorskie",
        goals=[
            "komercjalizacja technologii podwodnych",
            "wspólna oferta dla sektora morskiej energetyki wiatrowej",
            "promocja polskiej robotyki morskiej za granicą",
        ],
        legal_form="stowarzyszenie",
        founded=2019,
        websites=["www.glebia.org.pl"],
        note="'bez odrębnego koordynatora (sprawy klastra prowadzi Stowarzyszenie …)' → coordinator null, stowarzyszenie, the association's name an alias; founded 2019 by 8 firms (founders, not the count); 'Liczy 21 członków⁵' – footnote marker glued to the count word, footnote 5 confirms no change in 2024; the test pool in Gdynia-Oksywie is in the seat town",
    ),
    gold(
        Z02,
        "Kwidzyński Klaster Papierniczo-Opakowaniowy",
        town="Kwidzyn",
        voivodeship="pomorskie",
        coordinator="Agencja Rozwoju Powiśla sp. z o.o.",
        legal_form="porozumienie",
        founded=2012,
        note="'kilkanaście firm … oraz Centrum Kształcenia Zawodowego' → member_count null; 'porozumienie o współpracy' 2012 → porozumienie ('sp. z o.o.' is the coordinator's form); 'Klaster nie ma własnej strony internetowej' and footnote 6 calls www.arpowisle.pl/klaster a subpage of the coordinator's site → no website; Sztum is a member's town",
    ),
    gold(
        Z02,
        "Kaszubski Klaster Turystyki Wiejskiej",
        aliases=["KKTW"],
        members=52,
        town="Kartuzy",
        voivodeship="pomorskie",
        coordinator="Fundacja „Kaszubska Zagroda”",
        legal_form="porozumienie",
        founded=2012,
        note="'Fundacja … (Chmielno), Kartuzy' – the bracket is the coordinator's seat, Kartuzy the cluster's seat (also 'Biuro klastra mieści się w Kartuzach'); 'Skupia 52 podmioty: 38 …, 9 … i 5 gmin' – a stated total with its breakdown; 'porozumienie partnerskie' 2012 (2018 is when the current coordinator took over); 86 tys. nights is a trap; no goals",
    ),
    gold(
        Z02,
        "Klaster Mebli Ogrodowych Ziemi Bytowskiej",
        members=30,
        approx=True,
        town="Bytów",
        voivodeship="pomorskie",
        goals=["wspólna marka mebli ogrodowych z drewna certyfikowanego"],
        coordinator="Bytowska Agencja Rozwoju Przedsiębiorczości sp. z o.o.",
        legal_form="porozumienie",
        founded=2021,
        websites=["www.meble-ogrodowe-bytow.pl"],
        note="name wraps after 'Rozwoju' of the coordinator; 'umowa o współpracy' 2021 → porozumienie; 'ponad 30 firm' → 30, hedged; '11 z nich' on the Cologne stand is a subset; a single 'Cel:'",
    ),
    # z03 – dolnośląskie (and one lubuskie partner)
    gold(
        Z03,
        "Klaster Wód Mineralnych Ziemi Kłodzkiej",
        members=34,
        town="Polanica-Zdrój",
        voivodeship="dolnośląskie",
        goals=[
            "wspólne badania składu i właściwości leczniczych wód",
            "ochrona zasobów wód podziemnych przed nadmierną eksploatacją",
            "budowa marki „Kłodzkie Zdroje” na rynkach zagranicznych",
        ],
        coordinator="Fundacja Zdroje Kłodzkie",
        legal_form="porozumienie",
        founded=2016,
        note="heading wrapped over two lines; first prose mention in the genitive; the count is in the 'KLASTER W LICZBACH' box read into the flow between the two paragraphs ('34 członków' = 22 + 9 + 3); coordinator seated in Kłodzko, but 'biuro klastra … działają w Polanicy-Zdroju' (hyphenated at the line end) → office wins; member gminas Duszniki-Zdrój and Kudowa-Zdrój are not the seat; 3 200 employees, 2 900 beds, 11 intakes and 410 mln litres are traps; „Kłodzkie Zdroje” is a brand, not an alias",
    ),
    gold(
        Z03,
        "Wałbrzyski Klaster Ceramiki Izolacyjnej",
        aliases=["WKCI", "Stowarzyszenie „Wałbrzyski Klaster Ceramiki Izolacyjnej”"],
        members=21,
        town="Wałbrzych",
        voivodeship="dolnośląskie",
        legal_form="stowarzyszenie",
        founded=2012,
        websites=["www.wkci.walbrzych.pl"],
        note="agreement of ten firms 2012 → association 2015 that 'samo prowadzi sprawy klastra' → founded 2012, stowarzyszenie, coordinator null, the association's name an alias; the box interrupts the sentence ('… kształtek ogniotrwałych i' / box / 'elementów ceramicznych … – łącznie 19 firm – oraz 2 instytuty') – 19 + 2 = 21, as the box says; 1 750 employees, 38%, 4 projects and 3 new members are traps; Boguszów-Gorce (lab) and Szczawno-Zdrój (event) are not the seat; no goals",
    ),
    gold(
        Z03,
        "Jeleniogórski Klaster Fotoniki Stosowanej",
        aliases=["JKFS"],
        members=30,
        approx=True,
        town="Jelenia Góra",
        voivodeship="dolnośląskie",
        coordinator="Karkonoska Agencja Innowacji sp. z o.o.",
        legal_form="porozumienie",
        founded=2019,
        websites=["www.jkfs.jgora.pl"],
        note="'umowa konsorcjum' 2019 whose leader is the coordinator → porozumienie; 'blisko 30 firm' (box: 'blisko 30 członków') → 30, hedged; the 2026 target of 40, 1 100 employees and 6 patents are traps; town = the coordinator's seat 'z Jeleniej Góry' (Kowary, Piechowice are members' towns); 'Karkonoska' is in the coordinator's name only",
    ),
    gold(
        Z03,
        "Strzegomski Klaster Granitu",
        members=24,
        town="Strzegom",
        voivodeship="dolnośląskie",
        goals=[
            "certyfikacja pochodzenia granitu strzegomskiego",
            "wspólna logistyka kolejowa bloków kamiennych",
        ],
        coordinator="Strzegomska Izba Kamieniarska",
        legal_form="porozumienie",
        founded=2010,
        websites=["www.granit-strzegom.org.pl"],
        note="'zrzesza 24 zakłady, w tym 15 przedsiębiorstw prowadzących kopalnie' – 15 is a subset; 'Porozumienie o współpracy' signed 2010 at a fair in Poznań – Poznań, Nuremberg and Verona are not the seat; 2 600 employees and 1,2 mln ton are traps; coordinator seated in Strzegom (the only town)",
    ),
    gold(
        Z03,
        "Łużycki Klaster Tkanin Powlekanych",
        members=15,
        approx=True,
        town="Żary",
        voivodeship="lubuskie",
        note="out-of-region partner named only in the instrumental ('z Łużyckim Klastrem Tkanin Powlekanych z siedzibą w Żarach (woj. lubuskie)') → nominative restored; 'ok. 15 firm' → hedged; 'Łużycki' names no voivodeship (Łużyce span lubuskie, dolnośląskie and Germany) – the document says woj. lubuskie; 2022 is the start of the cooperation. The 'klastry kryształów kwarcu' in the closing box are minerals, not clusters",
    ),
    # z04 – opolskie (HTML)
    gold(
        Z04,
        "Opolski Klaster Chemii Specjalistycznej",
        aliases=["OKCS"],
        members=27,
        town="Kędzierzyn-Koźle",
        voivodeship="opolskie",
        goals=[
            "rozwój produkcji chemikaliów specjalistycznych o wysokiej wartości dodanej",
            "wspólne szkolenia z zakresu bezpieczeństwa procesowego",
            "ograniczenie zużycia energii i wody w zakładach członków",
        ],
        coordinator="Kędzierzyńska Fundacja Technologii Chemicznych",
        legal_form="porozumienie",
        founded=2011,
        websites=["www.okcs.opole.pl"],
        note="facts table: 'Liczba członków 27' (prose 19 + 5 + 2 + 1 = 27), 'porozumienie klastrowe'; 4 300 employees, the 2021 jubilee and the Opole conference are traps; goals are the <ul> items without the trailing commas",
    ),
    gold(
        Z04,
        "Klaster Usług Lotniczych Ziemi Nyskiej",
        members=20,
        approx=True,
        town="Nysa",
        voivodeship="opolskie",
        coordinator="Nyska Fundacja Lotnicza",
        legal_form="porozumienie",
        founded=2018,
        note="table 'ok. 20' → 20, hedged; 'porozumienie o współpracy' → porozumienie; 'Strona www —' → none; air shows in Kamień Śląski are not the seat; 10 new members planned by 2025 is a trap; no goals",
    ),
    gold(
        Z04,
        "Brzeski Klaster Robotyzacji Produkcji",
        aliases=["BKRP", "Brzeski Klaster Robotyzacji Produkcji sp. z o.o."],
        members=18,
        town="Brzeg",
        voivodeship="opolskie",
        goals=[
            "upowszechnianie robotyzacji w małych i średnich zakładach produkcyjnych Opolszczyzny"
        ],
        legal_form="spółka z o.o.",
        founded=2020,
        websites=["www.bkrp.com.pl"],
        note="'Koordynator — (klaster zarządzany przez spółkę)' → coordinator null, spółka z o.o., legal name an alias; 'Rok założenia 2020 (porozumienie), 2022 (spółka)' → 2020; '18 (w tym 14 MŚP)' → 18; the 9 founders are not the count; the demo hall in Skarbimierz-Osiedle is not the seat; link text without https:// kept as written; 'Celem spółki jest …' is the company-cluster's single aim",
    ),
    gold(
        Z04,
        "Kluczborski Klaster Spawalniczy",
        members=16,
        town="Kluczbork",
        voivodeship="opolskie",
        goals=[
            "kształcenie i certyfikacja spawaczy",
            "wspólne oferty w przetargach na konstrukcje stalowe",
            "współpraca ze szkołami zawodowymi powiatu",
        ],
        coordinator="Kluczborska Izba Przemysłowa",
        legal_form="porozumienie",
        founded=2014,
        note="facts table has no 'Siedziba' and no 'Liczba członków' row: the prose gives '12 firm …, 3 szkoły zawodowe oraz Powiat Kluczborski' = 16 and the coordinator's seat Kluczbork (the only seat given; Byczyna is the examination centre); 'Strona www koordynatora' → not the cluster's; 'Zadania klastra' in an <ol> are its goals (as the seeds' 'Zadania klastra')",
    ),
    gold(
        Z04,
        "Klaster Rekreacji i Agroturystyki „Jeziora Turawskie”",
        aliases=["Jeziora Turawskie"],
        members=34,
        town="Turawa",
        voivodeship="opolskie",
        goals=[
            "wspólna promocja obszaru jako całorocznego miejsca wypoczynku",
            "poprawa czystości wód zbiorników turawskich",
            "rozwój szlaków kajakowych na Małej Panwi",
        ],
        coordinator="Gmina Turawa",
        legal_form="porozumienie",
        founded=2016,
        websites=["www.jeziora-turawskie.pl"],
        note="<h3> with &bdquo;/&rdquo; entities; 'Liczba członków 34' = 22 + 8 + 3 gminas + 1 association in the prose; 'porozumienie partnerskie' → porozumienie; seat Turawa (a village, the gmina seat); Łubniany and Ozimek are member gminas; 120 tys. tourists is a trap; also 'Cele „Jezior Turawskich”' (genitive of the short form)",
    ),
    gold(
        Z04,
        "Głubczycki Klaster Rolnictwa Ekologicznego",
        town="Głubczyce",
        voivodeship="opolskie",
        coordinator="Spółdzielnia Producentów Ekologicznych „Płaskowyż”",
        legal_form="porozumienie",
        founded=2013,
        note="'Liczba członków b.d.' and 'kilkadziesiąt gospodarstw' → member_count null; 'umowa o współpracy' → porozumienie; powiat raciborski (woj. śląskie) is where some members farm – the voivodeship is the seat's; 'Strona www koordynatora' → no website; 3 100 ha and the 2022 store in Baborów are traps",
    ),
    gold(
        Z04,
        "Klaster Zielarski Ziemi Oleskiej",
        members=12,
        town="Dobrodzień",
        voivodeship="opolskie",
        coordinator="Suszarnia Ziół „Dobrodzianka” sp. z o.o.",
        legal_form="porozumienie",
        founded=2024,
        note="only in the sidebar box 'Nowy w katalogu'; named in the genitive ('o utworzeniu Klastra Zielarskiego Ziemi Oleskiej'); '11 gospodarstw zielarskich i suszarnia ziół' = 12 (a unit named without a number counts as one); the agreement was signed in Olesno (a place of signing, not a stated seat) → town = the coordinator's seat 'z Dobrodzienia', the only seat given",
    ),
    # z05 – łódzkie (PDF)
    gold(
        Z05,
        "Pabianicki Klaster Tekstyliów Medycznych",
        members=27,
        town="Pabianice",
        voivodeship="łódzkie",
        goals=[
            "rozwój wyrobów włókienniczych dla medycyny i opieki długoterminowej",
            "wspólne badania wyrobów w akredytowanym laboratorium",
            "pozyskiwanie kadr dla przemysłu włókienniczego",
        ],
        coordinator="Pabianickie Centrum Inicjatyw Gospodarczych sp. z o.o.",
        legal_form="porozumienie",
        founded=2014,
        websites=["www.pktm.pabianice.pl"],
        note="table cell 'Członkowie (w tym MŚP)' = '27 (19)' → 27 (19 is the SME subset); prose '19 MŚP, 2 … oraz 6 …' = 27; 'porozumienia klastrowego' 2014; goals after 'Cele klastra określone w porozumieniu to:'",
    ),
    gold(
        Z05,
        "Piotrkowski Klaster Automatyki Budynkowej",
        members=23,
        town="Piotrków Trybunalski",
        voivodeship="łódzkie",
        coordinator="Fundacja Inteligentny Budynek",
        legal_form="porozumienie",
        founded=2018,
        note="table '23 (21)' → 23; 'umowa konsorcjum' → porozumienie; the coordinator's seat in brackets '(Tomaszów Mazowiecki)' is not the cluster's seat – table 'Siedziba' and 'biuro klastra … w Piotrkowie Trybunalskim' → Piotrków Trybunalski ('Mazowiecki' in a town name is not a voivodeship); 1 400 buildings is a trap",
    ),
    gold(
        Z05,
        "Łowicki Klaster Owoców i Warzyw",
        members=60,
        approx=True,
        town="Łowicz",
        voivodeship="łódzkie",
        coordinator="Fundacja Rozwoju Ziemi Łowickiej",
        founded=2016,
        note="table 'ok. 60 (ok. 55)' and prose 'ok. 60 podmiotów' → 60, hedged; no legal form stated; the cold store in Bielawy, 6 tys. and 14 tys. ton are traps; no goals",
    ),
    gold(
        Z05,
        "Kutnowski Klaster Farmaceutyczny",
        members=15,
        town="Kutno",
        voivodeship="łódzkie",
        coordinator="Fundacja Rozwoju Przemysłu Kutnowskiego",
        founded=2019,
        note="table '15 (9)'; prose '9 MŚP, 2 …, 2 szkoły i 2 laboratoria' = 15; coordinator in the genitive ('z inicjatywy Fundacji …') → nominative; no legal form stated; www.frpk-kutno.org.pl is expressly the coordinator's own page → no website",
    ),
    gold(
        Z05,
        "Zgierski Klaster Barwników Tekstylnych",
        aliases=["ZKBT", "Zgierski Klaster Barwników Tekstylnych sp. z o.o."],
        members=12,
        town="Zgierz",
        voivodeship="łódzkie",
        legal_form="spółka z o.o.",
        founded=2017,
        note="table coordinator '– (spółka z o.o.)' and 'spółki, która sama zarządza klastrem' → coordinator null, spółka z o.o., legal name an alias; '12 (12)' and 12 founding producers who are all the members → 12; 640 employees is a trap",
    ),
    gold(
        Z05,
        "Skierniewicki Klaster Ogrodniczy",
        town="Skierniewice",
        voivodeship="łódzkie",
        goals=["wspólne przechowywanie i sprzedaż owoców na rynkach skandynawskich"],
        coordinator="Fundacja Ogrodnicza Ziemi Skierniewickiej",
        founded=2021,
        note="table 'b.d.' and prose 'kilkadziesiąt gospodarstw' → member_count null; no legal form stated; single aim. The table's RAZEM 'ok. 137 (ok. 116)' is a total; 'Łęczycki Klaster Instytucji Kultury' is stated not to be a cluster → no line; the planned hydrogen cluster is unnamed → no line",
    ),
    # z06 – mazowieckie
    gold(
        Z06,
        "Płocki Klaster Petrochemii i Tworzyw",
        aliases=["PKPiT"],
        members=33,
        town="Płock",
        voivodeship="mazowieckie",
        coordinator="Fundacja Mazowieckiej Chemii Przemysłowej",
        legal_form="porozumienie",
        founded=2016,
        websites=["www.pkpit.plock.pl"],
        note="table 24 / 29 / 33 → the latest (2023) 33; 'porozumienia klastrowego' 2016; 5 200 employees and the Warsaw forum are traps; no goals",
    ),
    gold(
        Z06,
        "Kurpiowski Klaster Mleczarstwa Rodzinnego",
        aliases=["Ostrołęcki Klaster Mleczarski"],
        members=31,
        town="Ostrołęka",
        voivodeship="mazowieckie",
        goals=[
            "wspólny skup mleka od małych gospodarstw rodzinnych",
            "budowa marki serów kurpiowskich",
        ],
        coordinator="Kurpiowska Fundacja Mleczarska",
        legal_form="porozumienie",
        founded=2015,
        note="renamed: the former name 'Ostrołęcki Klaster Mleczarski' (until February 2021, table note and 3.2) is an alias and 2021 is not the founding (agreement 2015); name wraps in the table cell ('Mleczarstwa' / 'Rodzinnego (Ostrołęka)'); table ok. 20 / 26 / 31 → 31; prose '24 …, 4 …, ośrodek … i 2 gminy' = 31; coordinator 'z Ostrołęki'",
    ),
    gold(
        Z06,
        "Północnomazowiecki Klaster Przemysłu Maszynowego",
        aliases=["Ciechanowski Klaster Producentów Sprzętu Rolniczego"],
        members=27,
        town="Ciechanów",
        voivodeship="mazowieckie",
        coordinator="Ciechanowska Izba Przemysłowo-Techniczna",
        legal_form="porozumienie",
        founded=2013,
        note="continues the Ciechanów cluster, which took the new name when the Przasnysz cluster was merged into it in March 2022 → its former name (also given in the genitive 'Ciechanowskiego Klastra …') is an alias, 2013 ('umowa o współpracy') is the founding, 2022 is not; table 17 / 19 / 27 → 27 ('19 dotychczasowych i 8 …'); 2 300 employees is a trap",
    ),
    gold(
        Z06,
        "Przasnyski Klaster Kowalstwa Artystycznego",
        members=9,
        town="Przasnysz",
        voivodeship="mazowieckie",
        coordinator="Przasnyska Izba Rzemieślników i Przedsiębiorców",
        founded=2016,
        note="merged into item 3 in 2022 and no longer a separate initiative, but the document describes it in its own row and section (as a merged cluster it keeps its own line; it is not an alias of the absorbing cluster, whose former name is the Ciechanów one); count = the latest stated (2021: 9; 2019: 11; '–' in 2023); '8 z 9 członków' moved; no legal form stated",
    ),
    gold(
        Z06,
        "Sierpecki Klaster Gospodarstw Agroturystycznych",
        members=12,
        town="Sierpc",
        voivodeship="mazowieckie",
        coordinator="Stowarzyszenie Gospodarstw Gościnnych Ziemi Sierpeckiej",
        legal_form="porozumienie",
        founded=2014,
        note="'zakończył działalność w 2022 r.' – a dissolved cluster the document still describes; count = the latest stated (2021: 12; 2019: 16; '–' in 2023); 'porozumienia z 2014 r.' → porozumienie, 2014; 2022 is the end, not a founding; coordinator in the past tense ('Koordynatorem było …')",
    ),
    gold(
        Z06,
        "Gostyniński Klaster Energii Rozproszonej",
        members=18,
        approx=True,
        town="Gostynin",
        voivodeship="mazowieckie",
        goals=[
            "zwiększenie udziału odnawialnych źródeł w zużyciu energii na terenie powiatu gostynińskiego do 50% w 2030 r."
        ],
        coordinator="Gmina Miasta Gostynina",
        legal_form="porozumienie",
        founded=2020,
        note="table – / 14 / ok. 18 and prose 'ok. 18 członków' → 18, hedged; 'porozumieniem 8 stron' 2020 (founders, not the count); the 2021 certificate is not the founding; a gmina coordinator gives the town; single aim",
    ),
    gold(
        Z06,
        "Wyszkowski Klaster Okien i Drzwi Drewnianych",
        members=25,
        town="Wyszków",
        voivodeship="mazowieckie",
        coordinator="Stowarzyszenie Stolarzy Doliny Bugu",
        legal_form="porozumienie",
        founded=2012,
        websites=["www.okna-drzwi-wyszkow.pl"],
        note="table 'ponad 20' / 23 / 25 → the latest 25, not hedged (the hedge belongs to 2019); '25 członków, w tym 21 zakładów' – 21 is a subset; name wraps in the table cell; 'umowy o współpracy' → porozumienie; coordinator 'z Wyszkowa'",
    ),
    gold(
        Z06,
        "Klaster Logistyki Lotniskowej „Modlin”",
        voivodeship="mazowieckie",
        difficulty="optional",
        note="only a letter of intent of seven firms (November 2023), no agreement and no coordinator, and the document leaves it out of its figures ('nie jest ujmowana w zestawieniach') → optional; Nowy Dwór Mazowiecki is the firms' town, not a seat; the seven signatories are not members of a cluster yet",
    ),
]


def main() -> None:
    texts = {Z01: z01(), Z02: z02(), Z03: z03(), Z04: Z04_HTML, Z06: z06()}
    for name, text in texts.items():
        (HERE / name).write_text(text, encoding="utf-8", newline="\n")
    z05(HERE / Z05)
    with (HERE / "gold.jsonl").open("w", encoding="utf-8", newline="\n") as out:
        for line in GOLD:
            out.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
