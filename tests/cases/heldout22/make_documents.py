# ruff: noqa: E501
"""Generate the heldout22 evaluation documents (all text lives here).

Run from the repository root:

    .venv/bin/python tests/cases/heldout22/make_documents.py

Six invented regional reports on the clusters of a voivodeship: five as text taken out of
PDFs (form feeds, running headers and footers, hyphenated line ends) and one real PDF made
with reportlab (DejaVu Sans, invariant mode). The output is byte-for-byte deterministic.
Hyphenation markers in the source text: "~" is an optional break (used only when the word
does not fit), "^" a forced break with a hyphen at the line end.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


# ---------------------------------------------------------------------------
# layout helpers for the pdftotext-like text documents
# ---------------------------------------------------------------------------


def _piece(head: str) -> str:
    return head if head.endswith("-") else head + "-"


def wrap(text: str, width: int) -> list[str]:
    """Greedy wrap; "~" marks optional hyphenation points, "^" forced hyphenated breaks."""
    lines: list[str] = []
    for seg in text.split("\n"):
        cur = ""
        for word in seg.split(" "):
            if not word:
                continue
            w = word
            while True:
                if "^" in w:
                    head, tail = w.split("^", 1)
                    piece = _piece(head.replace("~", ""))
                    lines.append(f"{cur} {piece}" if cur else piece)
                    cur = ""
                    w = tail
                    continue
                clean = w.replace("~", "")
                cand = f"{cur} {clean}" if cur else clean
                if len(cand) <= width or not cur:
                    cur = cand
                    break
                parts = w.split("~")
                done = False
                # hyphenate only where the line would otherwise be left visibly short
                for i in range(len(parts) - 1, 0, -1) if width - len(cur) >= SLACK else ():
                    piece = _piece("".join(parts[:i]))
                    if len(f"{cur} {piece}") <= width:
                        lines.append(f"{cur} {piece}")
                        cur = ""
                        w = "~".join(parts[i:])
                        done = True
                        break
                if not done:
                    lines.append(cur)
                    cur = ""
        lines.append(cur)
    return lines


SLACK = 8  # free characters at the line end from which a word is hyphenated
VOWELS = set("aąeęioóuyAĄEĘIOÓUY")
DIGRAPHS = {"ch", "cz", "dz", "dź", "dż", "rz", "sz"}
ONSETS = (
    {
        a + b
        for a in ["p", "b", "t", "d", "k", "g", "f", "w", "ch", "cz", "sz"]
        for b in ["r", "rz", "l", "ł"]
        if a + b != "wl"
    }
    | {a + b for a in ["s", "ś", "z"] for b in ["p", "t", "k", "m", "n", "ł", "w", "z", "c", "cz"]}
    | {"tw", "dw", "kw", "gw", "sw", "szw", "szt", "szk", "zd", "zb", "zg", "cj", "sj", "zj"}
)
ONSETS3 = {"str", "stw", "skr", "spr", "strz", "zdr", "skw", "sprz", "pstr"}


def _units(low: str) -> list[str]:
    """Letters grouped into units: digraphs and a softening "i" stay with their consonant."""
    units: list[str] = []
    i = 0
    while i < len(low):
        if low[i : i + 2] in DIGRAPHS:
            units.append(low[i : i + 2])
            i += 2
        elif (
            low[i] == "i"
            and units
            and units[-1][-1] not in VOWELS
            and i + 1 < len(low)
            and low[i + 1] in VOWELS
        ):
            units[-1] += "i"
            i += 1
        else:
            units.append(low[i])
            i += 1
    return units


def hyphenate(word: str) -> str:
    """Mark syllable breaks with "~" in long words (V-CV, VC-CV; digraphs kept whole)."""
    core = word.rstrip(",.;:)”")
    tail = word[len(core) :]
    if len(core) < 9 or not core.isalpha() or "~" in word or "^" in word:
        return word
    units = _units(core.lower())
    kinds = ["V" if u[-1] in VOWELS and (len(u) == 1 or u[0] in VOWELS) else "C" for u in units]
    pos = [0]
    for u in units:
        pos.append(pos[-1] + len(u))
    cuts = []
    j = 0
    while j < len(units):
        if kinds[j] == "V":
            k = j + 1
            while k < len(units) and kinds[k] == "C":
                k += 1
            n = k - j - 1
            if k < len(units) and n >= 1:
                # the longest tail of the consonant cluster that can start a syllable
                cons = [u[:-1] if len(u) > 1 and u.endswith("i") else u for u in units[j + 1 : k]]
                cut = pos[k - 1]
                if n >= 2 and cons[-2] + cons[-1] in ONSETS:
                    cut = pos[k - 2]
                    if n >= 3 and "".join(cons[-3:]) in ONSETS3:
                        cut = pos[k - 3]
                if 2 <= cut <= len(core) - 3:
                    cuts.append(cut)
            j = k
        else:
            j += 1
    out, last = [], 0
    for c in cuts:
        out.append(core[last:c])
        last = c
    out.append(core[last:])
    return "~".join(out) + tail


def auto_hyph(text: str) -> str:
    return " ".join(hyphenate(w) for w in text.split())


def para(text: str, width: int, trailing: bool = False) -> str:
    """A paragraph (whitespace collapsed) or a list made by L() (one item a segment), wrapped."""
    segs = text[len("@LIST@") :].split("\x1e") if text.startswith("@LIST@") else [text]
    lines: list[str] = []
    for s in segs:
        lines += wrap(auto_hyph(s), width)
    if trailing:
        lines = [ln + " " for ln in lines[:-1]] + lines[-1:]
    return "\n".join(lines)


def L(*items: str) -> str:
    """A list block: every item starts a new line and is wrapped on its own."""
    return "@LIST@" + "\x1e".join(items)


def raw(text: str) -> str:
    """A preformatted block (tables, lists) kept as written, minus the first newline."""
    return text[1:] if text.startswith("\n") else text


def page(blocks: list[str], width: int, trailing: bool = False, gap: str = "\n\n") -> str:
    out = []
    for b in blocks:
        if b.startswith("@RAW@"):
            out.append(b[len("@RAW@") :])
        else:
            out.append(para(b, width, trailing))
    return gap.join(out)


def R(text: str) -> str:
    return "@RAW@" + raw(text)


def write_text(name: str, pages: list[str], encoding: str = "utf-8") -> None:
    data = "\f".join(p.rstrip("\n") + "\n" for p in pages)
    (HERE / name).write_bytes(data.encode(encoding))


# ---------------------------------------------------------------------------
# e01 – lubelskie: chapter of a regional diagnosis report (pdftotext text)
# ---------------------------------------------------------------------------

E01_HEAD = "      Diagnoza potencjału klastrowego województwa lubelskiego – raport końcowy"
E01_FOOT = "Pracownia Badań Regionalnych „Kwadrant” sp. z o.o."

E01_PAGES: list[list[str]] = [
    [
        "3. INICJATYWY KLASTROWE W WOJEWÓDZTWIE LUBELSKIM",
        "3.1. Stan i rozmieszczenie inicjatyw",
        """Według danych zebranych w badaniu ankietowym (CAWI, n = 112) oraz w wywiadach
        pogłębionych z koordynatorami, w województwie lubelskim na koniec 2023 r. funkcjo~nowało
        14 inicjatyw klastrowych, które łącznie skupiały ok. 520 podmiotów; blisko 70% z nich
        stanowiły mikro- i małe przed~siębiorstwa. Dla porównania, w 2017 r. Urząd Marszałkowski
        Województwa Lubelskiego odnotował 9 inicjatyw i ok. 310 członków. Największa koncentracja
        klastrów występuje w Lublinie i w powiecie puławskim, najmniejsza – w północnej części
        regionu (powiaty bialski, parczewski i radzyński).""",
        """Analiza skupień przeprowadzona na odpowiedziach przedsiębiorców (metoda Warda)
        pozwoliła wyodrębnić trzy klastry respondentów – „aktywnych współtwórców”,
        „beneficjentów usług” i „członków biernych”. Określenie „klaster” odnosi się w tym
        miejscu wyłącznie do grup respondentów i nie dotyczy struktur opisanych w dalszej
        części rozdziału.""",
        """Pogłębionym badaniem jakościowym objęto sześć inicjatyw, reprezentujących różne
        branże i formy organizacyjne:""",
        L(
            "1. Inicjatywa klastrowa w obszarze zielarstwa – Klaster Zielarski „Macierzanka”",
            "2. Inicjatywa klastrowa w obszarze wyrobów medycznych – Wschodni Klaster Technologii Ortopedycznych (WKTO)",
            "3. Inicjatywa klastrowa w obszarze energetyki rozproszonej – „Chmielowy Zakątek”",
            "4. Inicjatywa klastrowa w obszarze turystyki wiejskiej – „Polesie Zachodnie”",
            "5. Inicjatywa klastrowa w obszarze biogospodarki – Nadwiślański Klaster Biogospodarki",
            "6. Inicjatywa klastrowa w obszarze przetwórstwa metali – Biłgorajski Klaster Sitarski",
        ),
        """Klastrem nie jest natomiast, choć bywa tak określana w mediach, Lubelska Sieć
        Inkubatorów Technologicznych – to porozumienie siedmiu inkubatorów przedsiębiorczości,
        które nie zrzesza przedsiębiorstw i nie ma koordynatora w rozumieniu kryteriów
        przyjętych w badaniu.""",
    ],
    [
        "3.2. Charakterystyka badanych inicjatyw",
        "3.2.1. Zielarstwo na Grzędzie Sokalskiej",
        """Początki współpracy plantatorów ziół z gmin Hrubieszów, Werbkowice i Mircze sięgają
        2014 r., kiedy kilka gospodarstw zaczęło wspólnie korzystać z jednej suszarni. Formalnie
        Klaster Zielarski „Macierzanka” zawiązano umową o współpracy podpisaną 9 marca 2016 r.
        Jego koordynatorem jest Spółdzielnia Producentów Ziół „Nadbuże” z siedzibą
        w Hrubieszowie, która prowadzi też skup i magazyn surowca.""",
        """Członkami klastra są 27 gospodarstw zielarskich, 4 suszarnie, 2 zakłady
        konfekcjo~nujące oraz Zespół Szkół Rolniczych w Werbkowicach. Łączna powierzchnia upraw
        członków wynosi ok. 640 ha, a w sezonie 2023 skupiono 1 150 ton suchego surowca
        o wartości ok. 9,4 mln zł. W wywiadzie przedstawicielka koordynatora podkreśliła, że
        „Macierzanka” jest jedyną strukturą tego typu na Lubelszczyźnie.""",
        "Cele klastra określone w umowie o współpracy:",
        L(
            "• stabilizacja cen skupu surowca zielarskiego,",
            "• wspólna certyfikacja upraw ekologicznych,",
            "• budowa marki „Zioła znad Bugu”,",
            "• kształcenie kadr dla branży zielarskiej we współpracy ze szkołami rolniczymi.",
        ),
        "Więcej informacji: www.macierzanka.org.pl",
        "3.2.2. Wyroby medyczne i ortopedyczne",
        """Wschodni Klaster Technologii Ortopedycznych (WKTO) powstał w 2014 r. na mocy
        porozumienia jedenastu firm produkujących wyroby medyczne i zaopatrzenie ortopedyczne.
        W 2017 r. członkowie powołali Stowarzyszenie „Wschodni Klaster Technologii
        Ortopedycznych” z siedzibą w Lublinie (KRS 0000693417), które od tego czasu samodzielnie
        zarządza klastrem – funkcję koordynatora pełni zarząd stowarzyszenia, a biuro prowadzi
        dwuosobowy zespół.""",
    ],
    [
        """Obecnie WKTO liczy 41 członków, w tym 29 przedsiębiorstw, 5 szpitali i 3 uczelnie.
        Firmy członkowskie zatrudniają łącznie ponad 2 300 osób, a ich przychody w 2022 r.
        przekroczyły 610 mln zł. Stowarzyszenie zakłada, że do końca 2025 r. liczba członków
        wzrośnie do 50.""",
        """Zgodnie ze statutem celem stowarzyszenia jest wspieranie komercjalizacji wyników
        badań w obszarze ortopedii i rehabilitacji, budowa wspólnej marki eksportowej „Ortho
        Lublin” oraz prowadzenie wspólnych projektów badawczo-rozwojowych z uczelniami regionu.""",
        """Opiekę merytoryczną nad klastrem sprawuje Instytut Biomechaniki Stosowanej
        w Lublinie, który nie jest jednak ani członkiem, ani koordynatorem WKTO. Strona klastra:
        www.wkto.pl.""",
        "3.2.3. Energetyka rozproszona w powiecie krasnostawskim",
        """Klaster Energetyczny „Chmielowy Zakątek” zawiązano porozumieniem cywilnoprawnym
        z 12 października 2017 r., które podpisało 12 podmiotów. Koordynatorem klastra jest
        Miasto Krasnystaw; biuro klastra działa w krasnostawskim ratuszu. W 2018 r. klaster
        uzyskał certyfikat pilotażowego klastra energii, a w latach 2020–2022 przystąpiło do
        niego siedem kolejnych podmiotów. Obecnie stronami porozumienia jest 19 członków, m.in.
        gminy Krasnystaw, Fajsławice i Łopiennik Górny, dwie spółdzielnie mieszkaniowe, grupa
        producentów chmielu oraz oczyszczalnia ścieków. Łączna moc zainstalowana źródeł
        wytwórczych członków wynosi 14,2 MW, z czego 9,8 MW przypada na instalacje
        fotowoltaiczne.""",
        """Celem klastra jest pokrycie do 2030 r. co najmniej 40% zapotrzebowania członków na
        energię elektryczną ze źródeł lokalnych.""",
        "3.2.4. Turystyka wiejska na Polesiu",
        """Członkami Klastra Agroturystycznego „Polesie Zachodnie” są przede wszystkim
        gospodarstwa agroturystyczne z gmin Urszulin, Hańsk, Sosnowica i Stary Brus, a także
        przewodnicy, wypożyczalnie sprzętu wodnego i dwa muzea regionalne – łącznie około
        70 podmiotów. Porozumienie o współpracy podpisano w 2019 r. Koordynatorem klastra jest
        Fundacja „Poleskie Ścieżki” z siedzibą we Włodawie, natomiast biuro klastra mieści się
        w Urszulinie, w budynku dawnej szkoły, gdzie odbywają się także szkolenia dla
        kwatero~dawców.""",
    ],
    [
        """W 2022 r. klaster wydał przewodnik „Polesie na weekend” w nakładzie 5 000 egzemplarzy,
        a gospodarstwa członkowskie przyjęły ok. 11 tys. gości. Klaster nie ma własnej strony
        internetowej – aktualności publikuje koordynator na stronie fundacji
        (www.poleskiesciezki.org.pl). Respondenci nie wskazali sformułowanych celów klastra;
        jego działalność ma charakter doraźny i sezonowy.""",
        "3.2.5. Biogospodarka w powiecie puławskim",
        """Największą przemianę przeszedł w ostatnich latach Nadwiślański Klaster Bio~gospodarki,
        który do czerwca 2021 r. działał pod nazwą Puławski Klaster Agrotechniki. Klaster
        utworzono w 2015 r. z inicjatywy Fundacji Biogospodarki i Rozwoju Wsi „Agrolab”
        z siedzibą w Lublinie, która do dziś pełni funkcję koordynatora; biuro klastra działa
        jednak w Puławach. Do klastra należy blisko 30 członków – gospodarstwa rolne, grupy
        producentów, przetwórnie i jednostki naukowe; 8 z nich to spółki z powiatu puławskiego.""",
        """Wśród zadań klastra koordynator wymienił: a) upowszechnianie rolnictwa precyzyjnego
        w gospodarstwach członków, b) zagospodarowanie odpadów z przetwórstwa owoców i warzyw,
        c) pozyskiwanie środków na wspólne projekty badawcze. W październiku 2023 r. klaster
        zorganizował w Kazimierzu Dolnym Forum Biogospodarki, w którym wzięło udział ok. 400
        osób. Adres strony: www.klaster-biogospodarki.pl""",
        "3.2.6. Biłgorajski Klaster Sitarski",
        """Nawiązujący do sitarskich tradycji Biłgoraja klaster łączy 16 zakładów produkujących
        siatki druciane, sita przemysłowe i filtry oraz 2 firmy handlowe. Porozumienie klastrowe
        zawarto w 2012 r.; klaster prowadzi Stowarzyszenie Przedsiębiorców Ziemi Biłgorajskiej,
        które ma siedzibę w Biłgoraju. Firmy członkowskie zatrudniają ok. 650 pracowników
        i eksportują ok. 40% produkcji, głównie do Niemiec i na Ukrainę. Działalność klastra
        koncentruje się na wspólnych zakupach drutu, wspólnym stoisku na targach w Poznaniu
        i Hanowerze oraz doradztwie eksportowym. Strona: www.klaster-sitarski.pl""",
    ],
    [
        "3.3. Wnioski z badania jakościowego",
        """Sześć badanych inicjatyw skupia łącznie ok. 210 podmiotów, czyli ok. 40% członków
        wszystkich inicjatyw klastrowych w regionie. Trzy z nich (WKTO, „Macierzanka” i klaster
        sitarski) mają stały zespół biura, pozostałe opierają się na pracy wolontariuszy lub
        pracowników koordynatora. Tylko dwie inicjatywy prowadzą regularny monitoring potrzeb
        członków, a żadna nie posiada strategii rozwoju na okres dłuższy niż trzy lata.""",
        "Na podstawie badania sformułowano następujące rekomendacje:",
        L(
            "R1. Uruchomienie w RPO naboru na finansowanie biur koordynatorów klastrów (budżet orientacyjny 6 mln zł na lata 2025–2027).",
            "R2. Wprowadzenie wspólnego dla regionu systemu monitorowania inicjatyw klastrowych.",
            "R3. Wspieranie współpracy międzyklastrowej, w szczególności w łańcuchu wartości biogospodarki.",
            "R4. Promocja klastrów w powiatach północnych, w których nie działa obecnie żadna trwała inicjatywa.",
        ),
        """Szczegółowe wyniki ankiety CAWI przedstawiono w Aneksie 1, a wykaz wszystkich 14
        inicjatyw – w Aneksie 2.""",
    ],
]


def e01() -> None:
    pages = []
    for i, blocks in enumerate(E01_PAGES):
        n = 23 + i
        body = page(blocks, 90, trailing=True)
        foot = f"{E01_FOOT}{' ' * (86 - len(E01_FOOT) - len(str(n)))}{n}"
        pages.append(f"{E01_HEAD}\n\n{body}\n\n\n{foot}\n")
    write_text("e01_diagnoza_potencjalu_klastrowego_lubelskie.txt", pages)


# ---------------------------------------------------------------------------
# e02 – podkarpackie: a listing of clusters with a flattened table and "Ad." profiles
# ---------------------------------------------------------------------------

E02_TABLE = """
Tabela 1. Wybrane klastry i inicjatywy klastrowe województwa podkarpackiego

 Lp.  Nazwa klastra                    Siedziba         Forma             Rok       Liczba
                                       biura            współpracy        powst.    członków
 1.   Mielecki Klaster Obróbki         Mielec           spółka z o.o.     2016      38
      Precyzyjnej (MKOP)
 2.   Leski Klaster Tartaczny          Lesko            porozumienie      2013      ok. 45
 3.   Dukielski Klaster                Dukla            b.d.              2018      26
      Pszczelarski
 4.   Rzeszowski Klaster Gier          Rzeszów          stowarzyszenie    2017      20
      i Animacji (RKGiA)
 5.   Rymanowsko-Iwonicki              Iwonicz-Zdrój    porozumienie      2020      25
      Klaster Kuracyjny
      Razem                                                                         ok. 154
 Źródło: opracowanie własne na podstawie ankiet koordynatorów (wrzesień 2023 r.).
"""

E02_PAGES: list[list[str]] = [
    [
        R("""
                              KLASTRY NA PODKARPACIU
              Zestawienie i charakterystyka wybranych inicjatyw klastrowych
                           stan na 30 września 2023 r.



                    Opracowanie: Regionalne Biuro Analiz Gospodarczych
                               Rzeszów, listopad 2023 r.
"""),
    ],
    [
        "1. Wprowadzenie",
        """Według stanu na 30 września 2023 r. w województwie podkarpackim zidentyfikowano
        17 klastrów i inicjatyw klastrowych, skupiających łącznie ponad 900 podmiotów, z czego
        ok. 60% to mikro-, małe i średnie przedsiębiorstwa. Siedem inicjatyw działa w branżach
        przemysłowych (lotnictwo, motoryzacja, obróbka metali, przetwórstwo drewna), pięć
        w turystyce i usługach uzdrowiskowych, a pozostałe w sektorze rolno-spożywczym,
        kreatywnym i energetycznym.""",
        """W zestawieniu opisano pięć inicjatyw, których koordynatorzy przekazali komplet danych
        (tabela 1). Dane pozostałych inicjatyw zostaną uzupełnione w kolejnej edycji
        opracowania.""",
        """Na potrzeby diagnozy przeprowadzono także analizę skupień 21 powiatów regionu.
        Wyodrębnione w niej „klastry” powiatów (I – przemysłowe, II – rolnicze, III –
        turystyczne) są kategoriami statystycznymi, a nie inicjatywami klastrowymi, i nie
        zostały ujęte w zestawieniu. Zestawienie nie obejmuje również Podkarpackiej Sieci
        Punktów Konsultacyjnych, która jest siecią instytucji otoczenia biznesu, a nie
        klastrem.""",
        R(E02_TABLE),
    ],
    [
        "2. Charakterystyka klastrów",
        L("Ad. 1", "Mielecki Klaster Obróbki Precyzyjnej"),
        """Klaster wyrósł z porozumienia o współpracy, które w 2016 r. zawarło 9 mieleckich
        firm podwykonawczych przemysłu lotniczego. W 2019 r. członkowie założyli spółkę
        Mielecki Klaster Obróbki Precyzyjnej sp. z o.o., która zarządza klastrem we własnym
        imieniu – klaster nie ma odrębnego koordynatora. MKOP skupia obecnie 38 członków, w tym
        23 udziałowców spółki; pozostali to członkowie stowarzyszeni bez udziałów. Firmy
        członkowskie zatrudniają ok. 1 900 pracowników, sama spółka – 4 osoby. W 2022 r.
        klaster zrealizował wspólne zamówienia o wartości 12,6 mln zł.""",
        L(
            "Zadania spółki:",
            "• wspólne ofertowanie dla odbiorców z branży lotniczej i motoryzacyjnej,",
            "• prowadzenie wspólnego laboratorium metrologicznego,",
            "• szkolenie operatorów obrabiarek CNC,",
            "• reprezentowanie członków na targach krajowych i zagranicznych.",
        ),
        "www.mkop.com.pl",
        L("Ad. 2", "Leski Klaster Tartaczny"),
        """Porozumienie o utworzeniu Leskiego Klastra Tartacznego podpisano 3 czerwca 2013 r.
        w Ustrzykach Dolnych. Koordynatorem jest Stowarzyszenie Przedsiębiorców Leśnych
        „Połonina” z siedzibą w Sanoku, jednak biuro klastra działa w Lesku. Klaster zrzesza
        ok. 45 firm – tartaki, zakłady stolarskie, firmy zrywkowe i transportowe z powiatów
        leskiego, bieszczadzkiego i sanockiego. W 2022 r. członkowie przetarli łącznie ok.
        180 tys. m³ drewna.""",
        """Klaster stawia sobie za cel wspólny zakup surowca drzewnego, obniżenie kosztów
        transportu dzięki wspólnej logistyce oraz promocję bieszczadzkiego drewna
        konstrukcyjnego na rynkach zagranicznych.""",
        "Strona koordynatora: www.polonina.org.pl",
    ],
    [
        L("Ad. 3", "Dukielski Klaster Pszczelarski"),
        """Dukielski Klaster Pszczelarski skupia dwudziestu dwóch pszczelarzy, trzech
        przetwórców miodu oraz jedną pasiekę zarodową. Koordynuje go Stowarzyszenie
        Pasieczników „Barć” z Dukli. Klaster powstał w 2018 r.; w 2020 r. otrzymał 186 tys. zł
        dotacji na pracownię konfekcjonowania miodu, którą urządzono w Jaśliskach. Pasieki
        członków liczą łącznie ok. 2 400 rodzin pszczelich.""",
        L("CEL KLASTRA", "Ochrona i hodowla pszczoły kraińskiej w Beskidzie Niskim."),
        L("Ad. 4", "Rzeszowski Klaster Gier i Animacji"),
        """Stowarzyszenie „Rzeszowski Klaster Gier i Animacji” (RKGiA) działa od 2017 r.; do
        2021 r. nosiło nazwę Klaster Multimediów Resovia. Stowarzyszenie samo koordynuje
        działalność klastra. Zrzesza 17 studiów tworzących gry i animacje, dwie uczelnie oraz
        jedną szkołę policealną. Patronat honorowy nad klastrem objął Prezydent Miasta
        Rzeszowa, a partnerem strategicznym – niebędącym członkiem – jest Fundacja Cyfrowe
        Podkarpacie (www.cyfrowepodkarpacie.org). Studia członkowskie zatrudniają ok. 340 osób;
        w 2022 r. wydały 14 tytułów.""",
        L(
            "Cele stowarzyszenia:",
            "– rozwój kompetencji twórców gier i animacji w regionie,",
            "– wspólna promocja członków na targach branżowych,",
            "– współpraca z uczelniami przy tworzeniu programów studiów.",
        ),
        "Strona: www.rkgia.pl",
        L("Ad. 5", "Rymanowsko-Iwonicki Klaster Kuracyjny"),
        """Klaster powołano umową partnerską z 2020 r. Jego koordynatorem jest Gmina
        Iwonicz-~Zdrój. Klaster skupia 25 podmiotów: 14 zakładów przyrodoleczniczych i sanatoriów,
        9 obiektów noclegowych oraz gminy Iwonicz-~Zdrój i Rymanów. W 2022 r. uzdrowiska przyjęły
        ok. 58 tys. kuracjuszy, a w 2023 r. klaster otrzymał wyróżnienie w konkursie
        „Turystyczny Produkt Roku”.""",
        """Cele klastra: 1) wydłużenie sezonu kuracyjnego, 2) wspólna promocja zabiegów opartych
        na wodach mineralnych i borowinie, 3) poprawa dostępności komunikacyjnej obu
        uzdrowisk.""",
    ],
    [
        "3. Inicjatywy w fazie tworzenia",
        """W maju 2023 r. sześć firm transportowych z Jarosławia i Radymna podpisało list
        intencyjny w sprawie utworzenia Jarosławskiego Klastra Spedycyjnego. Do dnia
        sporządzenia zestawienia nie zawarto porozumienia ani nie wybrano koordynatora, dlatego
        inicjatywy nie ujęto w tabeli 1.""",
        R("""
Kontakt:

Regionalne Biuro Analiz Gospodarczych
ul. Hetmańska 120, 35-078 Rzeszów
tel. 17 862 44 10
e-mail: analizy@rbag.rzeszow.pl
www.rbag.rzeszow.pl
"""),
    ],
]


def e02() -> None:
    pages = []
    for i, blocks in enumerate(E02_PAGES):
        body = page(blocks, 86)
        if i == 0:
            pages.append(f"\n\n\n{body}\n")
            continue
        foot = " " * 40 + f"– {i + 1} –"
        pages.append(f"Klastry na Podkarpaciu – zestawienie 2023\n\n{body}\n\n{foot}\n")
    write_text("e02_klastry_na_podkarpaciu_zestawienie_2023.txt", pages)


# ---------------------------------------------------------------------------
# e03 – pomorskie: a real PDF (reportlab) reviewing the region's clusters
# ---------------------------------------------------------------------------

E03_INTRO = [
    """W województwie pomorskim działały w marcu 2024 r. 24 klastry i inicjatywy klastrowe,
    w tym 6 klastrów energii; łącznie skupiały one ok. 1 100 członków, a firmy członkowskie
    zatrudniały ponad 60 tys. osób. Większość inicjatyw ma siedziby w Trójmieście, jednak
    w ostatnich latach najszybciej przybywa klastrów w powiatach nadmorskich i na Kociewiu.""",
    """W niniejszym przeglądzie opisano sześć inicjatyw, które w 2023 r. wzięły udział
    w regionalnym programie wsparcia współpracy sieciowej. Dane pochodzą z ankiet wypełnionych
    przez koordynatorów oraz z materiałów samych klastrów (stan na 31 marca 2024 r.).""",
    """Przeglądem nie objęto Pomorskiej Platformy Wodorowej – porozumienia 11 firm
    i 2 uczelni, które, jak podkreślają jego sygnatariusze, nie jest klastrem, lecz forum
    wymiany informacji o projektach wodorowych.""",
]

# (heading, paragraphs, goals heading, goals, after-goals paragraphs, facts)
E03_CLUSTERS: list[tuple[str, list[str], str, list[str], list[str], list[tuple[str, str]]]] = [
    (
        "1. Klaster Szkutniczy Zatoki Puckiej",
        [
            """Klaster Szkutniczy Zatoki Puckiej (KSZP) powstał w 2018 r. na podstawie
            porozumienia o współpracy zawartego przez 11 warsztatów z Pucka, Władysławowa
            i Helu. Koordynatorem jest Pucka Fundacja Rzemiosł Morskich z siedzibą w Pucku.
            Obecnie klaster tworzy 17 warsztatów szkutniczych, 3 żaglownie oraz Technikum
            Budowy Jachtów w Pucku. W 2023 r. członkowie zwodowali 46 jednostek, a przychody
            warsztatów sięgnęły 38 mln zł. Co roku klaster organizuje w Jastarni regaty łodzi
            tradycyjnych.""",
            """W czerwcu 2023 r. KSZP podpisał porozumienie o współpracy z Klastrem Łodzi
            Drewnianych Zalewu Szczecińskiego z Nowego Warpna (województwo zachodniopomorskie),
            który skupia ok. 15 warsztatów i przystani.""",
        ],
        "Cele klastra:",
        [
            "zachowanie tradycyjnych technik budowy łodzi kaszubskich,",
            "wspólne zamówienia drewna dębowego i modrzewiowego,",
            "przygotowanie młodych szkutników do zawodu,",
            "promocja Zatoki Puckiej jako ośrodka szkutnictwa.",
        ],
        [],
        [
            ("Koordynator", "Pucka Fundacja Rzemiosł Morskich"),
            ("Siedziba", "Puck"),
            ("Członkowie", "21"),
            ("Rok utworzenia", "2018"),
            ("Strona internetowa", "www.szkutnicy-puck.pl"),
        ],
    ),
    (
        "2. Kartuski Klaster Rękodzieła",
        [
            """Kartuski Klaster Rękodzieła działa w formie stowarzyszenia zarejestrowanego
            w 2016 r.; stowarzyszenie samo prowadzi sprawy klastra i nie ma zewnętrznego
            koordynatora. Zrzesza blisko 90 twórców ludowych oraz 6 pracowni rękodzieła
            z powiatów kartuskiego, kościerskiego i bytowskiego – hafciarki, garncarzy,
            plecionkarzy i rzeźbiarzy. Siedzibą stowarzyszenia są Kartuzy, a sklep klastra
            działa w Szymbarku. Honorowy patronat nad klastrem sprawuje Starosta Kartuski.""",
        ],
        "Cele statutowe:",
        [
            "ochrona i popularyzacja rękodzieła kaszubskiego,",
            "wspólna sprzedaż wyrobów członków,",
            "edukacja regionalna dzieci i młodzieży.",
        ],
        [
            """Stowarzyszenie realizuje swoje cele m.in. przez prowadzenie sklepu, organizację
            jarmarków i warsztatów oraz udział w targach sztuki ludowej.""",
        ],
        [
            ("Forma prawna", "stowarzyszenie"),
            ("Siedziba", "Kartuzy"),
            ("Członkowie", "blisko 90 twórców i 6 pracowni"),
            ("Rok utworzenia", "2016"),
            ("Strona internetowa", "www.kartuskiklaster.pl"),
        ],
    ),
    (
        "3. Klaster Logistyki Chłodniczej „Bałtyk-Frost”",
        [
            """W Gdyni działa Klaster Logistyki Chłodniczej „Bałtyk-Frost”, utworzony na
            podstawie umowy konsorcjum zawartej w 2019 r. Klaster liczy 31 członków (24 firmy
            spedycyjne i transportowe, 4 operatorów terminali i 3 szkoły). Koordynatorem jest
            Bałtycka Izba Spedycji i Chłodnictwa (www.bisich.org.pl). Członkowie dysponują
            łącznie 182 tys. m² powierzchni magazynów chłodniczych, głównie w Gdyni i Pruszczu
            Gdańskim, oraz flotą 640 chłodni samochodowych.""",
            """Celem „Bałtyk-Frost” jest skrócenie czasu odpraw kontenerów chłodniczych
            w porcie, wspólne szkolenie kierowców w zakresie przewozu żywności oraz budowa
            wspólnego systemu monitorowania temperatury ładunków.""",
        ],
        "",
        [],
        [],
        [
            ("Koordynator", "Bałtycka Izba Spedycji i Chłodnictwa"),
            ("Członkowie", "31"),
            ("Forma współpracy", "umowa konsorcjum"),
            ("Rok utworzenia", "2019"),
            ("Strona klastra", "www.baltykfrost.pl"),
        ],
    ),
    (
        "4. Słupsko-Ustecki Klaster Rybacki",
        [
            """Słupsko-Ustecki Klaster Rybacki zawiązało w 2015 r. 14 podmiotów z branży rybnej.
            Dziś w jego skład wchodzi 12 armatorów kutrów, 6 przetwórni ryb, hurtownia rybna
            oraz Miasto Ustka. Koordynatorem klastra jest Organizacja Producentów Ryb „Słupia”
            z siedzibą w Ustce. Wyładunki członków wyniosły w 2023 r. ok. 4 300 t, z czego 60%
            stanowiły szproty i śledzie.""",
            """Klaster nie przyjął formalnie sformułowanych celów; współpraca obejmuje wspólny
            zakup paliwa, sprzedaż bezpośrednią w porcie i promocję ryb bałtyckich w szkołach
            powiatu słupskiego.""",
        ],
        "",
        [],
        [],
        [
            ("Koordynator", "OPR „Słupia”"),
            ("Siedziba", "Ustka"),
            ("Członkowie", "20"),
            ("Rok utworzenia", "2015"),
            ("Strona internetowa", "–"),
        ],
    ),
    (
        "5. Kociewski Klaster Ciepłowniczy",
        [
            """Kociewski Klaster Ciepłowniczy jest klastrem energii koordynowanym przez
            Kociewskie Przedsiębiorstwo Energetyki Cieplnej sp. z o.o. ze Starogardu
            Gdańskiego. Porozumienie o utworzeniu klastra podpisało w 2018 r. 14 podmiotów,
            a w 2019 r. klaster otrzymał certyfikat klastra energii. Obecnie klaster tworzy
            22 członków; do 2026 r. ma ich być 30. Sieci ciepłownicze członków mają łącznie
            96 km długości i zaopatrują w ciepło ok. 41 tys. mieszkańców.""",
            """Celem klastra jest zastąpienie węgla w ciepłownictwie Kociewia lokalnymi
            źródłami odnawialnymi.""",
        ],
        "",
        [],
        [],
        [
            ("Koordynator", "Kociewskie Przedsiębiorstwo Energetyki Cieplnej sp. z o.o."),
            ("Członkowie", "22 (plan na 2026 r.: 30)"),
            ("Forma współpracy", "porozumienie"),
            ("Rok utworzenia", "2018"),
            ("Strona internetowa", "www.klaster-cieplo.pl"),
        ],
    ),
    (
        "6. Sztumski Klaster Jabłkowy",
        [
            """Najmłodszym z opisanych jest Sztumski Klaster Jabłkowy, powołany w 2021 r. przez
            Stowarzyszenie Sadowników Powiśla z siedzibą w Sztumie, które pełni funkcję jego
            koordynatora. Klaster skupia ok. 120 gospodarstw sadowniczych z powiatów
            sztumskiego i kwidzyńskiego; wspólna chłodnia członków w Kwidzynie może
            przechować 9 tys. t owoców. Strona klastra: www.jablkapowisla.pl.""",
        ],
        "",
        [],
        [],
        [],
    ),
]

E03_END = [
    """Opisane inicjatywy różnią się skalą i formą organizacyjną, ale wszystkie wskazują na
    ten sam problem: brak stałego finansowania biur koordynatorów. Cztery z sześciu
    inicjatyw deklarują udział w naborze na wsparcie współpracy sieciowej w 2025 r.""",
]


def e03() -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
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

    fdir = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DejaVuSans", fdir + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", fdir + "DejaVuSans-Bold.ttf"))
    body = ParagraphStyle(
        "body", fontName="DejaVuSans", fontSize=10, leading=13.5, spaceAfter=6, alignment=4
    )
    small = ParagraphStyle(
        "small", parent=body, fontSize=8.5, leading=11, spaceAfter=0, alignment=0
    )
    h1 = ParagraphStyle("h1", fontName="DejaVuSans-Bold", fontSize=18, leading=23, spaceAfter=8)
    h2 = ParagraphStyle(
        "h2", fontName="DejaVuSans-Bold", fontSize=12, leading=16, spaceBefore=8, spaceAfter=6
    )
    bullet = ParagraphStyle(
        "bullet",
        parent=body,
        leftIndent=14,
        bulletIndent=4,
        spaceAfter=2,
        alignment=0,
        bulletFontName="DejaVuSans",
    )

    def P(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(" ".join(text.split()), style)

    story: list = [
        P("Klastry Pomorza 2024", h1),
        P("Przegląd inicjatyw klastrowych województwa pomorskiego", h2),
        P(
            "Pomorskie Obserwatorium Innowacji i Przedsiębiorczości, Gdańsk, kwiecień 2024 r.",
            small,
        ),
        Spacer(1, 8 * mm),
        P("Wstęp", h2),
    ]
    story += [P(t) for t in E03_INTRO]
    for heading, paras, ghead, goals, after, facts in E03_CLUSTERS:
        story.append(P(heading, h2))
        story += [P(t) for t in paras]
        if goals:
            story.append(P(ghead))
            story += [Paragraph(g, bullet, bulletText="•") for g in goals]
            story.append(Spacer(1, 4))
        story += [P(t) for t in after]
        if facts:
            rows = [[P("W skrócie", small), ""]] + [[P(k, small), P(v, small)] for k, v in facts]
            t = Table(rows, colWidths=[45 * mm, 110 * mm])
            t.setStyle(
                TableStyle(
                    [
                        ("SPAN", (0, 0), (1, 0)),
                        ("BACKGROUND", (0, 0), (1, 0), colors.HexColor("#dde6f0")),
                        ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#4a6a8a")),
                        ("INNERGRID", (0, 1), (-1, -1), 0.3, colors.HexColor("#9fb3c8")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story.append(KeepTogether([Spacer(1, 4), t, Spacer(1, 6)]))
    story.append(P("Podsumowanie", h2))
    story += [P(t) for t in E03_END]

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("DejaVuSans", 8)
        canvas.drawString(20 * mm, 287 * mm, "Klastry Pomorza 2024")
        canvas.drawRightString(
            190 * mm, 287 * mm, "Pomorskie Obserwatorium Innowacji i Przedsiębiorczości"
        )
        canvas.line(20 * mm, 285.5 * mm, 190 * mm, 285.5 * mm)
        canvas.drawCentredString(105 * mm, 12 * mm, f"{doc.page}")
        canvas.restoreState()

    out = HERE / "e03_przeglad_klastry_pomorza_2024.pdf"
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title="Klastry Pomorza 2024",
        author="Pomorskie Obserwatorium Innowacji i Przedsiębiorczości",
        subject="Przegląd inicjatyw klastrowych",
        creator="Pomorskie Obserwatorium Innowacji i Przedsiębiorczości",
    )
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


# ---------------------------------------------------------------------------
# e04 – warmińsko-mazurskie: a catalogue of cluster cards (pdftotext -layout text)
# ---------------------------------------------------------------------------


def card(
    number: int, fields: list[tuple[str, str | list[str]]], label_w: int = 25, width: int = 58
) -> str:
    """A two-column card: labels on the left, wrapped values (or bullet lists) on the right."""
    out = [f"KARTA {number}", ""]
    for label, value in fields:
        items = value if isinstance(value, list) else [value]
        first = True
        for item in items:
            bullet = item.startswith(("• ", "1) ", "2) ", "3) "))
            hang = " " * (item.index(" ") + 1) if bullet else ""
            lines = wrap(auto_hyph(item), width)
            for k, ln in enumerate(lines):
                text = ln if k == 0 else hang + ln
                lab = label if first else ""
                out.append(f"{lab:<{label_w}}{text}".rstrip())
                first = False
    return "\n".join(out)


E04_INTRO = [
    "KATALOG KLASTRÓW WARMII I MAZUR",
    "Wydanie III, grudzień 2023 r.",
    """Na Warmii i Mazurach działa obecnie 19 klastrów i inicjatyw klastrowych, które
    według danych Urzędu Marszałkowskiego Województwa Warmińsko-Mazurskiego skupiają ok.
    750 podmiotów. Najliczniej reprezentowane są branże meblarska, spożywcza i turystyczna.
    W katalogu zamieszczono karty sześciu klastrów, które zgodziły się na publikację danych;
    każdą kartę zatwierdził koordynator lub zarząd klastra.""",
    """W katalogu nie ujęto Warmińsko-Mazurskiej Sieci Laboratoriów Żywności, która jest
    siecią współpracy laboratoriów badawczych, a nie klastrem – nie zawarto w niej
    porozumienia klastrowego i nie wyłoniono koordynatora.""",
    R(
        "Spis kart:   1 – mleczarstwo   2 – metal   3 – żeglarstwo   4 – meble   5 – recykling   6 – piekarstwo"
    ),
]

E04_CARDS: list[list[tuple[str, str | list[str]]]] = [
    [
        ("Nazwa klastra", "Klaster Mleczny „Symsarna”"),
        ("Poprzednia nazwa", "Lidzbarski Klaster Mleczarski (do 2020 r.)"),
        ("Koordynator", "Spółdzielnia Mleczarska „Łyna-Mlek”"),
        ("Adres biura", "ul. Spółdzielcza 3, 11-100 Lidzbark Warmiński"),
        ("Rok utworzenia", "2012 (porozumienie o współpracy)"),
        (
            "Liczba członków",
            "67: 64 gospodarstwa mleczne, 2 mleczarnie i Zespół Szkół Rolniczych w Lidzbarku Warmińskim",
        ),
        ("Specjalizacja", "produkcja i przetwórstwo mleka"),
        (
            "Opis",
            """Gospodarstwa członków utrzymują ok. 5 200 krów i dostarczają rocznie ok. 38 mln
            litrów mleka. W 2022 r. do „Symsarny” przystąpiły 3 nowe gospodarstwa, a wspólna
            marka serów zdobyła nagrodę na targach w Olsztynie.""",
        ),
        (
            "Cele",
            [
                "• poprawa jakości mleka surowego w gospodarstwach członków,",
                "• wspólne zakupy pasz i nawozów,",
                "• budowa wspólnej marki serów warmińskich.",
            ],
        ),
        ("Strona internetowa", "www.symsarna.pl"),
        ("Kontakt", "tel. 89 767 21 40, biuro@symsarna.pl"),
    ],
    [
        ("Nazwa klastra", "Elbląski Klaster Metalowo-Maszynowy (EKMM)"),
        (
            "Koordynator",
            "– (klaster prowadzi Stowarzyszenie „Elbląski Klaster Metalowo-Maszynowy”)",
        ),
        ("Adres biura", "ul. Warszawska 41, 82-300 Elbląg"),
        ("Rok utworzenia", "2011 (porozumienie); stowarzyszenie wpisane do KRS w 2014 r."),
        ("Forma prawna", "stowarzyszenie"),
        ("Liczba członków", "52, w tym 44 przedsiębiorstwa"),
        ("Zatrudnienie", "ok. 5 600 osób w firmach członkowskich"),
        (
            "Cele",
            """Celem klastra jest zwiększenie udziału członków w łańcuchach dostaw przemysłu
            energetycznego, rozwój wspólnego centrum szkolenia spawaczy i wspólne pozyskiwanie
            zamówień eksportowych.""",
        ),
        ("Strona internetowa", "www.ekmm.elblag.pl"),
    ],
    [
        ("Nazwa klastra", "Mikołajski Klaster Czarterowy"),
        ("Koordynator", "Fundacja „Szlak Wielkich Jezior”, Giżycko"),
        ("Adres biura", "ul. Kowalska 3, 11-730 Mikołajki"),
        ("Rok utworzenia", "2019"),
        ("Forma współpracy", "umowa o współpracy"),
        ("Liczba członków", "ok. 35 firm czarterowych i 4 mariny"),
        (
            "Cele",
            [
                "1) wydłużenie sezonu żeglarskiego na Wielkich Jeziorach Mazurskich,",
                "2) wspólny system rezerwacji jachtów,",
                "3) poprawa bezpieczeństwa na wodzie.",
            ],
        ),
        (
            "Strona internetowa",
            "www.czartery-mikolajki.pl (strona koordynatora: www.szlakwielkichjezior.org)",
        ),
    ],
    [
        ("Nazwa klastra", "Lubawski Klaster Tapicerski"),
        ("Koordynator", "Izba Producentów Mebli Tapicerowanych z siedzibą w Lubawie"),
        ("Adres biura", "ul. Grunwaldzka 9, 13-300 Nowe Miasto Lubawskie"),
        ("Rok utworzenia", "2010"),
        ("Forma współpracy", "porozumienie klastrowe"),
        ("Liczba członków", "83 (w 2015 r. – 61)"),
        (
            "Opis",
            """Firmy członkowskie zatrudniają ok. 4 100 osób i eksportują ponad 80% produkcji,
            głównie do Niemiec, Francji i Skandynawii. W 2021 r. klaster uruchomił wspólną
            szkołę tapicerów w Kurzętniku.""",
        ),
        ("Cele", "–"),
        ("Strona internetowa", "www.tapicerzy-lubawa.pl"),
    ],
    [
        ("Nazwa klastra", "Klaster Odzysku Surowców Pojezierza Ełckiego (KOSPE)"),
        ("Koordynator", "Ełckie Centrum Ekoinnowacji sp. z o.o."),
        ("Adres biura", "ul. Przemysłowa 11, 19-300 Ełk"),
        ("Rok utworzenia", "2021"),
        ("Forma współpracy", "umowa konsorcjum"),
        ("Liczba członków", "19 (kolejnych 6 podmiotów złożyło deklaracje przystąpienia)"),
        (
            "Współpraca",
            """porozumienie z Klastrem Eko-Budownictwa „Knieja” z Białegostoku (woj.
            podlaskie), który zrzesza ok. 40 firm budowlanych i projektowych""",
        ),
        ("Cele", "zwiększenie odzysku odpadów budowlanych i opakowaniowych na Pojezierzu Ełckim"),
        ("Strona internetowa", "www.kospe.pl"),
    ],
    [
        ("Nazwa klastra", "Iławski Klaster Pieczywa Rzemieślniczego"),
        ("Koordynator", "Iławska Izba Rzemiosła Spożywczego"),
        ("Adres biura", "ul. Kościuszki 27, 14-200 Iława"),
        ("Rok utworzenia", "list intencyjny – 2021; porozumienie – 2022"),
        ("Liczba członków", "14 piekarni i 3 cukiernie"),
        (
            "Cele",
            [
                "• ochrona receptur tradycyjnego pieczywa,",
                "• wspólny zakup mąki od młynów z regionu.",
            ],
        ),
        ("Strona internetowa", "brak"),
    ],
]


def e04() -> None:
    head = "Katalog klastrów Warmii i Mazur 2023"
    foot = "Fundacja „Warmińskie Forum Gospodarcze”"
    intro = page(E04_INTRO[:2], 88) + "\n\n\n" + page(E04_INTRO[2:], 88)
    bodies = [intro]
    for i in range(0, len(E04_CARDS), 2):
        parts = [card(i + k + 1, E04_CARDS[i + k]) for k in range(2) if i + k < len(E04_CARDS)]
        bodies.append("\n\n\n".join(parts))
    pages = []
    for n, body in enumerate(bodies, start=5):
        pages.append(f"{head:>88}\n\n{body}\n\n\n{foot}{n:>{88 - len(foot)}}\n")
    write_text("e04_katalog_klastrow_warmii_i_mazur_2023.txt", pages)


# ---------------------------------------------------------------------------
# e05 – małopolskie: case studies chapter of an evaluation report, with footnotes
# ---------------------------------------------------------------------------

E05_TITLE = "Ewaluacja wsparcia inicjatyw klastrowych w Małopolsce 2018–2023 – raport końcowy"

E05_TABLE = """
Tabela 5.1. Badane inicjatywy klastrowe – dane podstawowe

    Klaster                        Koordynator /              Liczba członków       Wsparcie
                                   zarządzający               2018       2023       (tys. zł)
 A  Łącki Klaster Śliwkowy         Gmina Łącko                –          151        640
 B  Tarnowski Klaster              WSTM w Tarnowie            17         ponad 25   1 100
    Przetwórstwa Polimerów
 C  Klaster Ciesielstwa            Stowarzyszenie Cieśli      24         31         380
    Góralskiego                    Podhalańskich
 D  Olkuski Klaster                spółka (samodzielnie)      –          15         520
    Emalierski
 E  Krynicki Klaster Pijalni       Fundacja Uzdrowisk         ok. 30     ok. 40     410
    i Sanatoriów                   Sądeckich
 F  Chrzanowski Klaster            stowarzyszenie             21         26         1 650
    Taboru Szynowego               (samodzielnie)
    Razem                                                                           4 700
 Źródło: dane koordynatorów i systemu monitorowania programu regionalnego.
"""

# (blocks, footnotes)
E05_PAGES: list[tuple[list[str], list[str]]] = [
    (
        [
            "5. STUDIA PRZYPADKÓW",
            """Studia przypadków objęły sześć inicjatyw klastrowych, które w latach 2018–2023
            otrzymały wsparcie z regionalnego programu operacyjnego – łącznie 4,7 mln zł
            w 11 projektach. Spośród 38 inicjatyw klastrowych działających w Małopolsce na koniec
            2023 r. (łącznie ok. 1 250 członków) wybrano je tak, aby reprezentowały różne
            subregiony, branże i formy organizacyjne. W każdym przypadku przeprowadzono co
            najmniej trzy wywiady pogłębione (IDI) – z koordynatorem, z członkiem klastra
            i z przedstawicielem samorządu – oraz analizę dokumentów. Porównanie podstawowych
            danych zawiera tabela 5.1 na końcu rozdziału.""",
            "5.1. Studium przypadku A: sadownictwo w gminie Łącko",
            """Łącki Klaster Śliwkowy powstał w 2019 r. na mocy porozumienia o współpracy, którego
            koordynatorem jest Gmina Łącko. Tworzy go 148 sadowników i 3 grupy producenckie
            z gmin Łącko, Podegrodzie i Stary Sącz¹. W ramach projektu zrealizowanego w latach
            2020–2022 (640 tys. zł) klaster uruchomił w Czarnym Potoku linię do suszenia owoców,
            z której w 2023 r. korzystało 52 sadowników.""",
            """W rozmowie z ewaluatorami wójt gminy podkreślił: „Celem klastra jest ochrona
            i promocja śliwki łąckiej jako produktu regionalnego”. Spotkania członków odbywają
            się na przemian w Łącku i w Nowym Sączu, gdzie działa partnerska giełda owocowa
            (nie jest ona członkiem klastra).""",
        ],
        ["¹ Dane z wywiadu z koordynatorem (IDI_03); strona klastra: www.sliwka-lacko.pl."],
    ),
    (
        [
            "5.2. Studium przypadku B: przetwórstwo tworzyw w subregionie tarnowskim",
            """Koordynatorem Tarnowskiego Klastra Przetwórstwa Polimerów (TKPP) jest Wyższa
            Szkoła Technologii Materiałowych w Tarnowie, która w 2016 r. zawarła umowę
            konsorcjum z 9 przedsiębiorstwami. Obecnie w klastrze działa ponad 25 firm
            przetwórstwa tworzyw sztucznych z subregionu tarnowskiego; ich łączne zatrudnienie
            przekracza 2 800 osób². Umowa konsorcjum określa następujące cele:""",
            L(
                "– wspólne badania nad recyklingiem tworzyw,",
                "– dostęp firm członkowskich do laboratorium uczelni,",
                "– kształcenie dualne technologów przetwórstwa tworzyw.",
            ),
            """Projekt wsparty w 2021 r. (1,1 mln zł) dotyczył wyposażenia laboratorium badań
            materiałowych w Mościcach. Respondenci ocenili go jako „najważniejszą inwestycję
            w historii klastra”.""",
            "5.3. Studium przypadku C: ciesielstwo na Podhalu",
            """W przypadku Klastra Ciesielstwa Góralskiego respondenci zgodnie podkreślali rolę
            tradycji rodzinnych. Koordynatorem jest Stowarzyszenie Cieśli Podhalańskich
            z Zakopanego, ale biuro klastra i wspólna suszarnia drewna mieszczą się
            w Szaflarach. W skład klastra wchodzą 23 firmy ciesielskie, 5 tartaków, 2 biura
            projektowe oraz Technikum Budownictwa Drewnianego w Zakopanem. Klaster działa od
            2017 r. na podstawie porozumienia klastrowego. Celów nie spisano – jak ujął to jeden
            z członków, chodzi o „wspólne robienie dobrej roboty i nieprzebijanie się cenami”.
            W 2022 r. członkowie zbudowali łącznie 140 domów z bali.""",
        ],
        ["² www.tkpp.tarnow.pl/o-klastrze (dostęp: 14.11.2023)."],
    ),
    (
        [
            "5.4. Studium przypadku D: emalierstwo w Olkuszu",
            """Olkuski Klaster Emalierski sp. z o.o. z siedzibą w Olkuszu została zarejestrowana
            w 2020 r. przez producentów naczyń emaliowanych i ich kooperantów; spółka jest
            zarazem formą prawną klastra i sama nim zarządza. Udziałowcami – a jednocześnie
            jedynymi członkami klastra – jest 15 podmiotów, w tym 11 producentów naczyń.
            W 2023 r. klaster podpisał list intencyjny o współpracy z klastrem ceramiki
            z czeskiego Frýdku-Místku, a wartość eksportu członków wyniosła 74 mln zł³.""",
            "5.5. Studium przypadku E: uzdrowiska Beskidu Sądeckiego",
            """Krynicki Klaster Pijalni i Sanatoriów skupia ok. 40 podmiotów – sanatoria,
            pijalnie wód, hotele i biura turystyczne z Krynicy-Zdroju, Muszyny i
            Piwnicznej-Zdroju. Koordynuje go Fundacja Uzdrowisk Sądeckich z siedzibą w Nowym Sączu, a biuro
            klastra działa w Krynicy-Zdroju. Klaster powstał w 2014 r.; w 2018 r. jako jeden
            z pierwszych w regionie otrzymał wsparcie na wspólną kampanię promocyjną
            (410 tys. zł). Cele klastra zapisane w porozumieniu to: a) zwiększenie liczby
            kuracjuszy zagranicznych, b) przygotowanie wspólnej oferty pakietów zdrowotnych,
            c) ochrona zasobów wód leczniczych.""",
        ],
        [
            "³ Strona klastra: www.emalia-klaster.pl; dane o eksporcie – sprawozdanie zarządu za 2023 r."
        ],
    ),
    (
        [
            "5.6. Studium przypadku F: przemysł kolejowy w powiecie chrzanowskim",
            """Chrzanowski Klaster Taboru Szynowego⁴ (do 2019 r. Klaster Kolejowy Ziemi
            Chrzanowskiej) działa od 2012 r., początkowo na podstawie porozumienia, a od 2015 r.
            w formie stowarzyszenia z siedzibą w Chrzanowie, które samo zarządza klastrem.
            Stowarzyszenie zrzesza 26 członków; zatrudnienie w firmach członkowskich przekracza
            3 000 osób. Statut wymienia następujące cele:""",
            L(
                "• rozwój kompetencji w zakresie modernizacji taboru szynowego,",
                "• wspólny udział w przetargach kolejowych,",
                "• współpraca ze szkołami kształcącymi mechaników pojazdów szynowych.",
            ),
            R(E05_TABLE),
            "5.7. Wnioski ze studiów przypadków",
            """We wszystkich badanych inicjatywach wsparcie z programu regionalnego przełożyło się
            na wzrost liczby członków (z wyjątkiem spółki olkuskiej, której skład jest
            zamknięty). Najtrwalsze efekty przyniosły inwestycje we wspólną infrastrukturę
            (suszarnie, laboratoria), najsłabsze – jednorazowe kampanie promocyjne.""",
        ],
        ["⁴ www.ckts.org.pl"],
    ),
]


def e05() -> None:
    pages = []
    for i, (blocks, notes) in enumerate(E05_PAGES):
        n = 41 + i
        head = f"{E05_TITLE}{n:>{92 - len(E05_TITLE)}}" if n % 2 else f"{n:<6}{E05_TITLE}"
        body = page(blocks, 92)
        foot = "\n".join(para(x, 92) for x in notes)
        pages.append(f"{head}\n\n{body}\n\n\n______________________\n{foot}\n")
    write_text("e05_ewaluacja_studia_przypadkow_klastry_malopolska.txt", pages)


# ---------------------------------------------------------------------------
# e06 – śląskie: a marshal office's information note with a list and profiles
# ---------------------------------------------------------------------------

E06_PAGES: list[list[str]] = [
    [
        R("""
INFORMACJA O KLASTRACH W WOJEWÓDZTWIE ŚLĄSKIM
(stan na 30 czerwca 2024 r.)
"""),
        """Województwo śląskie należy do regionów o najdłuższej tradycji współpracy
        klastrowej w Polsce. Według monitoringu prowadzonego przez Urząd Marszałkowski
        Województwa Śląskiego w regionie działa obecnie 31 klastrów i inicjatyw klastrowych,
        w tym 12 klastrów energii; łącznie skupiają one ok. 1 400 członków. Od 2019 r. liczba
        inicjatyw wzrosła o 9, przy czym nowe klastry powstają głównie w subregionach
        południowym i zachodnim, w branżach turystycznej, spożywczej i związanej
        z transformacją energetyczną.""",
        """Klastry ze Śląska uczestniczą także w sieciach międzynarodowych: w 2023 r.
        przedstawiciele sześciu z nich wzięli udział w misji gospodarczej do Ostrawy,
        a dwa prowadzą wspólne projekty z partnerami z Moraw. Osobną formą współpracy jest
        Śląska Sieć Centrów Badawczych – porozumienie jednostek naukowych, które nie jest
        klastrem i nie zrzesza przedsiębiorstw.""",
        "Wykaz wybranych klastrów województwa śląskiego:",
        R("""
1. Szczyrkowski Klaster Narciarski – Szczyrk – www.klaster-szczyrk.pl
2. Jurajski Klaster Szkła Artystycznego – Zawiercie – www.szklo-jura.pl
3. Rybnicki Klaster Rewitalizacji Poprzemysłowej – Rybnik
4. Klaster Autobusów Wodorowych „H2-Tychy” – Tychy – http://www.h2tychy.pl/
5. Klaster Kuchni Pogranicza „Olza” – Cieszyn – www.kuchniaolza.eu
6. Klaster Browarów Rzemieślniczych Żywiecczyzny – Żywiec
http://www.browary-zywiec-klaster.pl/o-nas
7. Raciborski Klaster Ogrodniczy (Racibórz)

Inicjatywy w fazie tworzenia

1. Gliwicki Klaster Recyklingu Baterii – porozumienie podpisane 14 maja 2024 r. –
Gliwice
"""),
    ],
    [
        "Charakterystyka wybranych klastrów",
        """Szczyrkowski Klaster Narciarski skupia 18 stacji i wyciągów narciarskich,
        27 obiektów noclegowych i 4 szkoły narciarskie. Koordynuje go Stowarzyszenie
        Właścicieli Stacji Narciarskich Beskidu Śląskiego z siedzibą w Bielsku-Białej,
        natomiast biuro klastra znajduje się w Szczyrku. Klaster działa od 2016 r. na
        podstawie umowy o współpracy. W sezonie 2023/2024 stacje członków obsłużyły ok.
        1,2 mln narciarzy. Cele klastra:""",
        L(
            "– wprowadzenie wspólnego karnetu narciarskiego,",
            "– wspólne inwestycje w systemy naśnieżania,",
            "– całoroczna promocja Szczyrku jako ośrodka sportów zimowych i rowerowych.",
        ),
        """Jurajski Klaster Szkła Artystycznego łączy 12 podmiotów – huty szklarskie
        i pracownie zdobnicze z Zawiercia, Myszkowa i Ogrodzieńca. Huty członkowskie zatrudniają ok. 420 osób,
        a w 2023 r. sprzedały za granicę wyroby o wartości 31 mln zł.""",
        """Rybnicki Klaster Rewitalizacji Poprzemysłowej koordynuje Rybnicka Agencja
        Rewitalizacji sp. z o.o. Klaster zawiązano w 2018 r. porozumieniem 9 podmiotów;
        obecnie liczy 23 członków: 6 gmin subregionu zachodniego, 11 firm budowlanych
        i geotechnicznych, 4 pracownie architektoniczne oraz 2 uczelnie. W listopadzie 2023 r.
        klaster współorganizował w Jastrzębiu-Zdroju konferencję „Życie po kopalni”
        (ok. 300 uczestników). Za najważniejsze zadania klastra uznano:""",
        L(
            "• przygotowanie terenów pogórniczych pod nowe inwestycje,",
            "• wspólne projekty rekultywacji hałd i osadników,",
            "• wymianę doświadczeń z regionami górniczymi w Europie.",
        ),
    ],
    [
        """Klaster „H2-Tychy” (pełna nazwa: Klaster Autobusów Wodorowych „H2-Tychy”)
        koordynuje miejska spółka Tyska Spółka Transportu Ekologicznego sp. z o.o. Klaster
        liczy ok. 20 członków – przewoźników, producentów komponentów i jednostek naukowych.
        Porozumienie zawarto w 2021 r. W 2023 r. po Tychach kursowało 12 autobusów
        wodorowych, a stacja tankowania w Bieruniu wydała 96 t wodoru.""",
        """Klaster Kuchni Pogranicza „Olza” z Cieszyna zrzesza 32 członków, w tym
        9 restauracji z Republiki Czeskiej (z Czeskiego Cieszyna i Trzyńca). Jego
        koordynatorem jest Cieszyńska Izba Turystyczno-Gastronomiczna. Klaster powstał
        w 2019 r., a od 2022 r. organizuje Festiwal Smaków Pogranicza, który w 2023 r.
        odwiedziło ok. 15 tys. osób. Celem klastra jest promocja kuchni Śląska Cieszyńskiego
        po obu stronach granicy.""",
        """O pozostałych klastrach z wykazu koordynatorzy nie przekazali danych do dnia
        sporządzenia informacji. Uzupełnione dane zostaną ujęte w informacji według stanu
        na 31 grudnia 2024 r.""",
        R("""


Opracowała:
Dorota Kulawik-Stępień
Wydział Rozwoju Gospodarczego
Tel. 32 774 09 15; d.kulawik@umws-gospodarka.pl

Katowice, 15.07.2024 r.
"""),
    ],
]


def e06() -> None:
    foot = "UMWS – Informacja o klastrach w województwie śląskim, VI 2024"
    pages = []
    for n, blocks in enumerate(E06_PAGES, start=1):
        tag = f"str. {n}/{len(E06_PAGES)}"
        pages.append(f"{page(blocks, 84)}\n\n\n{foot}{tag:>{84 - len(foot)}}\n")
    write_text("e06_informacja_o_klastrach_slaskie_2024.txt", pages)


def main() -> None:
    e01()
    e02()
    e03()
    e04()
    e05()
    e06()


if __name__ == "__main__":
    main()
