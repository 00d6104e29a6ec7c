# ruff: noqa: E501
"""Write the six heldout21 documents (deterministic, no dependencies).

Run from the repository root:

    .venv/bin/python tests/cases/heldout21/make_documents.py

All text lives in this file. Four documents imitate `pdftotext -layout` output
(form feeds between pages, running headers and footers, hyphenated line ends),
one is a cp1250 text with CRLF line ends and one is an HTML page. Markup used
in the paragraph strings below: "~" is a place where a word may be hyphenated
at a line end (it vanishes elsewhere) and "_" is a non-breaking space.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


# --------------------------------------------------------------------------
# layout helpers
# --------------------------------------------------------------------------


def _pieces(word: str) -> list[str]:
    """Split a word at its hyphenation points ("~" and inside compounds)."""
    breakable_dash = not any(s in word for s in ("www", "http", "@", "/"))
    pieces: list[str] = []
    cur = ""
    for i, ch in enumerate(word):
        if ch == "~":
            pieces.append(cur)
            cur = ""
        elif (
            ch == "-" and breakable_dash and 0 < i < len(word) - 1 and cur and not cur[-1].isdigit()
        ):
            pieces.append(cur + "-")
            cur = ""
        else:
            cur += ch
    pieces.append(cur)
    return pieces


VOWELS = set("aeiouyąęóAEIOUYĄĘÓ")


def _auto_marks(word: str) -> str:
    """Mark V|CV syllable boundaries in a plain word (at least 3 letters each side)."""
    if "~" in word or any(ch.isdigit() or ch in "._@/" for ch in word) or word.isupper():
        return word
    letters = [ch.isalpha() for ch in word]
    out = ""
    for i, ch in enumerate(word):
        if (
            3 <= i <= len(word) - 3
            and all(letters[i - 3 : i + 3])
            and word[i - 1] in VOWELS
            and word[i] not in VOWELS
            and word[i + 1] in VOWELS
        ):
            out += "~"
        out += ch
    return out


def _head(pieces: list[str], k: int) -> str:
    head = "".join(pieces[:k])
    return head if head.endswith("-") else head + "-"


def _justify(line: str, width: int, indent: str) -> str:
    body = line[len(indent) :]
    words = body.split(" ")
    extra = width - len(line)
    gaps = len(words) - 1
    if gaps <= 0 or extra <= 0 or extra > 9:
        return line
    out = []
    for i, w in enumerate(words):
        out.append(w)
        if i < gaps:
            out.append(" " * (1 + extra // gaps + (1 if i < extra % gaps else 0)))
    return indent + "".join(out)


def wrap(
    text: str,
    width: int,
    indent: str = "",
    hang: str | None = None,
    justify: bool = False,
    auto: bool = False,
) -> list[str]:
    """Greedy wrap with hyphenation at marked points.

    With auto=True long words also get syllable marks, used only where the line
    would otherwise stay at least seven characters short.
    """
    hang = indent if hang is None else hang
    manual = ["~" in w for w in text.split()]
    words = [_auto_marks(w) if auto else w for w in text.split()]
    lines: list[str] = []
    cur: list[str] = []
    prefix = indent

    def length() -> int:
        return len(prefix) + sum(len(w) for w in cur) + max(len(cur) - 1, 0)

    def emit(last: bool) -> None:
        nonlocal cur, prefix
        line = prefix + " ".join(cur)
        if justify and not last:
            line = _justify(line, width, prefix)
        lines.append(line)
        cur = []
        prefix = hang

    i = 0
    while i < len(words):
        w = words[i]
        pieces = _pieces(w)
        whole = "".join(pieces)
        sep = 1 if cur else 0
        if length() + sep + len(whole) <= width:
            cur.append(whole)
            i += 1
            continue
        done = False
        if auto and width - length() < 7 and not manual[i]:
            pieces = [whole]
        for k in range(len(pieces) - 1, 0, -1):
            head = _head(pieces, k)
            if length() + sep + len(head) <= width and "".join(pieces[k:]):
                cur.append(head)
                rest = pieces[k:]
                remainder = ""
                for j, p in enumerate(rest):
                    remainder += p
                    if j < len(rest) - 1 and not p.endswith("-"):
                        remainder += "~"
                words[i] = remainder
                done = True
                break
        if not done and not cur:
            cur.append(whole)
            i += 1
        emit(last=False)
    if cur:
        emit(last=True)
    return [ln.replace("_", " ").rstrip() for ln in lines]


def render(
    blocks: list, width: int, justify: bool = False, gap: bool = True, auto: bool = False
) -> list[str]:
    """Turn blocks into lines.

    str            a paragraph
    ("raw", s)     verbatim lines
    ("h", s)       a heading (verbatim, one line)
    ("ind", s)     a paragraph indented by four spaces
    ("li", m, s)   a list item with marker m and a hanging indent
    """
    out: list[str] = []
    for b in blocks:
        if isinstance(b, str):
            if gap and out and out[-1] != "":
                out.append("")
            out += wrap(b, width, justify=justify, auto=auto)
        elif b[0] == "raw":
            if gap and out and out[-1] != "":
                out.append("")
            out += b[1].split("\n")
        elif b[0] == "h":
            if out and out[-1] != "":
                out.append("")
            out.append(b[1])
        elif b[0] == "ind":
            out += wrap(b[1], width, indent="    ", justify=justify, auto=auto)
        elif b[0] == "li":
            marker = b[1]
            out += wrap(b[2], width, indent=marker + " ", hang=" " * (len(marker) + 1))
    return out


def table(rows: list[list[str]], widths: list[int], gap: int = 2, indent: str = "") -> str:
    """A pdftotext -layout style table: cells wrapped inside their columns."""
    lines: list[str] = []
    for row in rows:
        cells = [wrap(c, w) if c else [""] for c, w in zip(row, widths, strict=True)]
        height = max(len(c) for c in cells)
        for r in range(height):
            parts = []
            for c, w in zip(cells, widths, strict=True):
                parts.append((c[r] if r < len(c) else "").ljust(w))
            lines.append((indent + (" " * gap).join(parts)).rstrip())
    return "\n".join(lines)


def pdf_text(pages: list[list[str]], header, footer) -> str:
    """Join pages as pdftotext does: each page ends with a form feed."""
    out = []
    for n, body in enumerate(pages):
        lines = [*header(n), "", *body, "", *footer(n)]
        out.append("\n".join(lines) + "\n")
    return "\f".join(out) + "\f"


def write(name: str, data: bytes) -> None:
    (HERE / name).write_bytes(data)


# --------------------------------------------------------------------------
# d01 – podlaskie: monitoring report chapter, justified text, table 2.1
# --------------------------------------------------------------------------

D01_W = 94

d01_table = table(
    [
        [
            "Lp.",
            "Nazwa inicjatywy",
            "Koordynator / podmiot zarządzający",
            "Forma współpracy",
            "Rok",
            "Członkowie",
        ],
        ["", "", "", "", "", ""],
        [
            "1.",
            "Łomżyński Klaster Chłodnictwa Przemysłowego (ŁKChP)",
            "stowarzyszenie (samodzielnie)",
            "stowarzyszenie (KRS)",
            "2012",
            "34",
        ],
        [
            "2.",
            "Klaster Pszczelarski „Barć Podlaska”",
            "Spółdzielnia Pszczelarska „Lipowy Miód”",
            "umowa konsorcjum",
            "2018",
            "ok. 50",
        ],
        [
            "3.",
            "Suwalski Klaster Usług Leśnych",
            "–",
            "brak osobowości prawnej",
            "b.d.",
            "kilkanaście",
        ],
        [
            "4.",
            "Białostocki Klaster Aparatury Laboratoryjnej (BKAL)",
            "spółka klastrowa",
            "sp. z o.o.",
            "2015/ 2019",
            "27 (19 MŚP)",
        ],
        [
            "5.",
            "Podlaski Klaster Oprogramowania i Analityki Danych (PKOAD)",
            "Fundacja „Impuls Cyfrowy”",
            "porozumienie o współpracy",
            "2016",
            "41",
        ],
        [
            "6.",
            "Klaster Drzewny Puszczy Białowieskiej",
            "Zakład Stolarski „Dębowy Jar” s.c.",
            "brak (porozumienie nieformalne)",
            "2014",
            "22",
        ],
        [
            "7.",
            "Zambrowski Klaster Tkanin Medycznych",
            "Zambrowska Agencja Rozwoju Przedsiębiorczości sp. z o.o.",
            "umowa o współpracy",
            "2020",
            "17",
        ],
        ["", "Razem", "", "", "", "ok. 205"],
    ],
    [4, 27, 25, 17, 5, 11],
    gap=2,
)

d01_pages_blocks = [
    [
        ("h", "2. INICJATYWY KLASTROWE W WOJEWÓDZTWIE PODLASKIM"),
        ("h", "2.1. Obraz ogólny"),
        "Na koniec 2023_r. w województwie podlaskim działało siedem inicjatyw klastrowych. Łącznie "
        "skupiały one ok._205 podmiotów – przedsię~biorstw, uczelni, jednostek samorządu terytorialnego "
        "oraz instytucji otoczenia biznesu – a firmy członkowskie zatrudniały ok._7_800 osób. W_porównaniu "
        "z_poprzednią edycją raportu liczba inicjatyw się nie zmieniła, przybyło natomiast członków, "
        "najwięcej w klastrach z branży informatycznej i tekstylnej.",
        "Podobnie jak w latach ubiegłych inicjatywy koncentrują się w trzech ośrodkach: w Białymstoku, "
        "w_Łomży oraz w południowo-wschodniej części regionu. W trakcie wywiadów przedstawiciele Klastra "
        "Drzewnego Puszczy Bia~ło~wies~kiej oraz łomżyńskich producentów urządzeń chłodniczych wskazywali "
        "na rosnące koszty energii i trudności w pozyskaniu wykwalifikowanych pracowników jako główne "
        "bariery rozwoju. Pszczelarze z południa regionu zwracali z kolei uwagę na niskie ceny skupu "
        "miodu i konkurencję importu.",
        "Zestawienie nie obejmuje Sieci Szkół Rolniczych Podlasia, nazywanej potocznie „klastrem szkół "
        "rolniczych”. Jest to porozumienie dyrektorów placówek oświatowych, które nie prowadzi dzia~łal~ności "
        "gospodarczej ani nie zrzesza przedsiębiorstw, a więc nie jest inicjatywą klastrową w_rozumieniu "
        "niniejszego raportu.",
        "Podstawowe dane o inicjatywach zestawiono w tabeli 2.1. Liczby członków podano według deklaracji "
        "koordynatorów zebranych w styczniu 2024_r.; w przypadku inicjatyw, które nie podały dokładnej "
        "liczby, przyjęto określenie użyte w ankiecie.",
    ],
    [
        (
            "raw",
            "Tabela 2.1. Inicjatywy klastrowe w województwie podlaskim – stan na 31 grudnia 2023 r.",
        ),
        ("raw", d01_table),
        (
            "raw",
            "Źródło: opracowanie własne na podstawie ankiety wśród koordynatorów (styczeń 2024 r.).",
        ),
        ("h", "2.2. Łomżyński Klaster Chłodnictwa Przemysłowego"),
        "Łomżyński Klaster Chłodnictwa Przemysłowego (ŁKChP) z siedzibą w Łomży zrzesza 34_podmioty, "
        "przede wszystkim producentów i instalatorów urządzeń chłodniczych oraz pomp ciepła, a także dwie "
        "szkoły branżowe i jedno laboratorium badawcze. Firmy członkowskie zatrudniają łącznie ok._2_100 "
        "osób, a ich przychody przekroczyły w 2023_r. 1,3_mld_zł.",
    ],
    [
        "Współpraca rozpoczęła się w 2012_r. od porozumienia jedenastu firm. Od 2016_r. klaster działa "
        "jako Stowarzyszenie „Łomżyński Klaster Chłodnictwa Przemysłowego”, wpisane do Krajowego Rejestru "
        "Sądowego pod numerem 0000634172; stowarzyszenie samo prowadzi sprawy klastra i nie ma odrębnego "
        "koordynatora. W 2021_r. klaster uruchomił wspólne laboratorium badań szczelności instalacji, "
        "a w 2023_r. jego przedstawiciele uczestniczyli w misji gospodarczej do Kopenhagi.",
        "Cele statutowe stowarzyszenia to:",
        ("li", "•", "wspieranie współpracy członków w zakresie badań i wdrożeń,"),
        ("li", "•", "wspólna promocja oferty eksportowej członków,"),
        ("li", "•", "kształcenie kadr dla branży chłodniczej,"),
        ("li", "•", "rozwój usług serwisowych opartych na naturalnych czynnikach chłodniczych."),
        "Więcej informacji: www.lkchp.pl.",
        ("h", "2.3. Klaster Pszczelarski „Barć Podlaska”"),
        "Do klastra należy blisko 50 gospodarstw pasiecznych z powiatów bielskiego, hajnowskiego i sie~mia~tyckiego, "
        "utrzymujących łącznie ok._4_500 rodzin pszczelich. Podstawą współpracy jest umowa konsorcjum "
        "zawarta w marcu 2018_r.; jej stroną i zarazem koordynatorem klastra jest Spółdzielnia Pszczelarska "
        "„Lipowy Miód” (ul._Mickiewicza_41, 17-100_Bielsk_Podlaski).",
        "Celem klastra jest wspólny skup i konfekcjonowanie miodu, uzyskanie chronionego oznaczenia "
        "geograficznego dla miodu z Puszczy Białowieskiej oraz prowadzenie szkoleń dla młodych pszczelarzy. "
        "W sezonie 2023 członkowie sprzedali wspólnie ok._120 ton miodu, a coroczny Jarmark Miodowy, "
        "organizowany przez klaster w Siemiatyczach, odwiedziło ok._6_tys. osób. Strona internetowa "
        "klastra: www.barcpodlaska.pl.",
        ("h", "2.4. Suwalski Klaster Usług Leśnych"),
        "Sieć tworzy kilkanaście firm świadczących usługi z zakresu pozyskania i zrywki drewna, zalesień "
        "oraz pielęgnacji lasu, działających na terenie powiatów suwalskiego, augustowskiego i sejneń~skiego. "
        "Klaster nie posiada osobowości prawnej ani formalnego koordynatora; pracami sieci kieruje rada "
        "złożona z przedstawicieli trzech firm, a spotkania członków odbywają się zwykle w Augustowie, "
        "w siedzibie jednego z nadleśnictw.",
        "Firmy sieci dysponują łącznie 38 harwesterami i forwarderami. Rada klastra zapowiada przygotowanie "
        "wspólnej oferty usług leśnych na lata 2025–2027.",
    ],
    [
        ("h", "2.5. Białostocki Klaster Aparatury Laboratoryjnej"),
        "Białostocki Klaster Aparatury Laboratoryjnej sp._z_o.o. to spółka powołana w 2019_r. przez "
        "członków klastra, którzy od 2015_r. współpracowali na podstawie porozumienia partnerskiego. "
        "Spółka pełni funkcję podmiotu zarządzającego klastrem (BKAL), a jej udziałowcami są wszyscy "
        "członkowie. Większość z nich to mikro-, małe i średnie przedsiębiorstwa produkujące aparaturę "
        "pomiarową, wirówki i komory klimatyczne.",
        "Siedziba: ul._Zwierzyniecka_18_lok._4, 15-333_Białystok. Strona internetowa: www.bkal.com.pl.",
        "W 2022_r. spółka pozyskała 1,8_mln_zł dotacji na wspólne laboratorium walidacyjne; do 2025_r. "
        "członkowie planują wprowadzić na rynek 6 nowych produktów.",
        ("h", "2.6. Podlaski Klaster Oprogramowania i Analityki Danych"),
        "Podlaski Klaster Oprogramowania i Analityki Danych (PKOAD) liczy obecnie 41 członków (w_tym "
        "30_MŚP). Działa od 2016_r. na podstawie porozumienia o współpracy, a jego koordynatorem jest "
        "Fundacja „Impuls Cyfrowy” z Białegostoku. Biuro klastra mieści się w Białymstoku, przy "
        "ul._Lipowej_32. Firmy członkowskie zatrudniają ok._1_600 specjalistów; w 2023_r. do klastra "
        "przystąpiło 5 nowych firm.",
        "Cele klastra:",
        ("li", "1)", "rozwój kompetencji cyfrowych kadr firm członkowskich,"),
        ("li", "2)", "wspólne projekty badawczo-rozwojowe z uczelniami regionu,"),
        ("li", "3)", "promocja regionu jako lokalizacji usług informatycznych."),
        "Aktualności klastra publikowane są na stronie www.pkoad.pl, a informacje o projektach fundacji – "
        "na stronie koordynatora www.impulscyfrowy.org.pl.",
        ("h", "2.7. Drzewiarze z okolic Hajnówki"),
        "Najstarszą nieformalną inicjatywą w regionie jest klaster skupiający zakłady drzewne z południowo-"
        "wschodniej części województwa. Klaster Drzewny Puszczy Białowieskiej skupia dwadzieścia dwa "
        "podmioty: tartaki, stolarnie, producentów domów z bali oraz szkoły zawodowe. Biuro klastra "
        "mieści się w Hajnówce, w budynku miejscowego domu rzemiosła.",
        "Członkowie współpracują od 2014_r., jednak nigdy nie podpisali formalnej umowy – w ankiecie "
        "w_rubryce „forma prawna” wpisano: brak (porozumienie nieformalne). Rolę lidera pełni Zakład "
        "Stolarski „Dębowy Jar” s.c., który prowadzi biuro i reprezentuje klaster na zewnątrz. W 2023_r. "
        "członkowie przerobili wspólnie ok._42_tys._m³ drewna.",
    ],
    [
        ("h", "2.8. Zambrowski Klaster Tkanin Medycznych"),
        "Klaster z siedzibą w Zambrowie skupia producentów włóknin, opatrunków i odzieży medycznej. "
        "Założyło go w 2020_r. 9_firm; dziś ma 17 członków, wśród nich szpital powiatowy i szkołę "
        "branżową. Członków wiąże umowa o współpracy klastrowej, a koordynatorem jest Zambrowska Agencja "
        "Rozwoju Przedsiębiorczości sp._z_o.o. Do 2026_r. liczba członków ma wzrosnąć do 25.",
        "Firmy członkowskie zatrudniają 640 osób. W 2022_r. klaster zorganizował w Białymstoku pierwsze "
        "Podlaskie Forum Tekstyliów Medycznych, w którym wzięło udział 180 uczestników.",
        ("h", "2.9. Wnioski"),
        "Podlaskie inicjatywy klastrowe są niewielkie, ale stabilne: żadna z nich nie zakończyła dzia~łal~ności "
        "od poprzedniej edycji raportu. Dwie z siedmiu mają osobowość prawną, pozostałe działają na "
        "podstawie umów lub – jak klaster z okolic Hajnówki i sieć z Suwalszczyzny – bez formalnych "
        "porozumień. Na podstawie wyników monitoringu formułujemy następujące rekomendacje:",
        ("li", "R1.", "utrzymanie regionalnego konkursu na dofinansowanie biur klastrów,"),
        ("li", "R2.", "wsparcie formalizacji współpracy w inicjatywach działających bez umowy,"),
        (
            "li",
            "R3.",
            "włączenie klastrów do prac nad aktualizacją regionalnych inteligentnych specjalizacji.",
        ),
    ],
]


def d01() -> None:
    pages = [render(b, D01_W, justify=True) for b in d01_pages_blocks]

    def header(n: int) -> list[str]:
        if n % 2 == 0:
            return [
                "Monitoring inicjatyw klastrowych w województwie podlaskim – edycja 2024".rjust(
                    D01_W
                )
            ]
        return ["Rozdział 2. Inicjatywy klastrowe w regionie"]

    def footer(n: int) -> list[str]:
        num = str(11 + n)
        left = "Podlaskie Biuro Analiz Gospodarczych"
        return [left + num.rjust(D01_W - len(left))]

    write(
        "d01_monitoring_klastrow_podlaskie_2024.txt",
        pdf_text(pages, header, footer).encode("utf-8"),
    )


# --------------------------------------------------------------------------
# d02 – mazowieckie: expert diagnosis, profile cards ("fiszki")
# --------------------------------------------------------------------------

D02_W = 88
RULE = "─" * 84


def card(title: str, fields: list[tuple[str, str]], desc: list) -> list:
    lines = [title, RULE]
    for key, value in fields:
        wrapped = wrap(value, D02_W - 24)
        lines.append(f"{key:<24}{wrapped[0]}")
        lines += [" " * 24 + w for w in wrapped[1:]]
    lines.append(RULE)
    return [("raw", "\n".join(lines)), *desc]


d02_pages_blocks = [
    [
        ("h", "4. PROFILE INICJATYW KLASTROWYCH"),
        ("h", "4.1. Zakres i źródła informacji"),
        "W subregionach ostrołęckim i siedleckim zidentyfikowano siedem inicjatyw klastrowych, sku~piających "
        "łącznie blisko 200_podmiotów. Profile opracowano na podstawie analizy dokumentów źródłowych "
        "(umów, statutów, stron internetowych) oraz wywiadów pogłębionych z koordynatorami, przepro~wadzonych "
        "między czerwcem a wrześniem 2023_r. Liczby członków podajemy według stanu deklarowanego przez "
        "koordynatorów w trakcie wywiadów, chyba że zaznaczono inaczej.",
        "Najwięcej uwagi respondenci poświęcali finansowaniu biur klastrów. Przedstawiciele Kurpiowskiego "
        "Klastra Bursztynu i Rękodzieła podkreślali, że bez środków zewnętrznych klaster nie byłby w_stanie "
        "utrzymać stałego pracownika, a koordynator klastra energii z Węgrowa zwracał uwagę na wysokie "
        "koszty przygotowania dokumentacji projektów energetycznych.",
        "Zastrzeżenie terminologiczne: „klaster_A” i „klaster_B” w rozdziale 3 oznaczają grupy gmin "
        "wyodrębnione metodą analizy skupień (metoda Warda) i nie mają związku z opisanymi niżej "
        "inicjatywami klastrowymi.",
        ("h", "4.2. Subregion ostrołęcki"),
        *card(
            "FISZKA 4.2.1",
            [
                ("Nazwa", "Klaster Okien i Drzwi Ziemi Ostrowskiej (KODZO)"),
                ("Powiat", "ostrowski"),
                ("Koordynator", "Ostrowskie Stowarzyszenie Producentów Stolarki"),
                ("Podstawa współpracy", "umowa konsorcjum z 12 maja 2015 r."),
                ("Strona internetowa", "www.kodzo.pl"),
            ],
            [
                "Biuro klastra mieści się w Ostrowi Mazowieckiej, w siedzibie koordynatora przy "
                "ul._Lubiejewskiej_8. W skład klastra wchodzą 23 firmy, 4 uczelnie oraz 2 gminy – miasto "
                "Ostrów Mazowiecka i gmina wiejska Ostrów Mazowiecka. Firmy członkowskie, zlokalizowane m.in. "
                "w Broku, Małkini Górnej i Zarębach Kościelnych, produkują okna, drzwi i bramy garażowe; "
                "zatrudniają ok._1_900 osób, a eksport stanowi 38% ich przychodów. Klaster co roku organizuje "
                "wspólne stoisko członków na targach budowlanych w Poznaniu.",
            ],
        ),
    ],
    [
        *card(
            "FISZKA 4.2.2",
            [
                ("Nazwa", "Ostrołęcki Klaster Domów z Bali"),
                ("Powiat", "ostrołęcki, ostrowski, makowski"),
                ("Koordynator", "Kurpiowska Izba Rzemiosła i Budownictwa"),
                ("Forma prawna", "brak osobowości prawnej (umowa o współpracy z 2020 r.)"),
                ("Członkowie", "18 firm"),
                ("Strona internetowa", "brak"),
            ],
            [
                "Klaster skupia 18 firm ciesielskich i producentów elementów konstrukcji z drewna "
                "litego; dwie kolejne złożyły w 2023_r. deklaracje przystąpienia, które zarząd rozpatrzy "
                "w 2024_r. Klaster nie posiada osobowości prawnej – członków wiąże umowa o współpracy "
                "zawarta w 2020_r. Swoje realizacje członkowie prezentują co roku na targach budownictwa "
                "w_Łomży.",
            ],
        ),
        *card(
            "FISZKA 4.2.3",
            [
                ("Nazwa", "Kurpiowski Klaster Bursztynu i Rękodzieła"),
                ("Siedziba", "Kadzidło (powiat ostrołęcki)"),
                ("Koordynator", "Fundacja „Kurpiowska Wstęga”"),
                ("Rok utworzenia", "2019"),
                ("Strona internetowa", "www.kurpiowskibursztyn.pl"),
            ],
            [
                "Klaster zrzesza ponad 40 twórców ludowych i 3 muzea regionalne. Celem klastra jest ochrona "
                "tradycji kurpiowskiego rękodzieła oraz budowa wspólnej marki produktów z bursztynu. "
                "W 2022_r. klaster otworzył w Ostrołęce sklep z wyrobami członków, a w 2023_r. jego "
                "przedstawiciele gościli na targach sztuki ludowej w Krakowie.",
            ],
        ),
        ("h", "4.3. Subregion siedlecki"),
        *card(
            "FISZKA 4.3.1",
            [
                ("Nazwa", "Siedlecki Klaster Transportu Intermodalnego"),
                ("Powiat", "Siedlce, siedlecki, łosicki"),
                ("Koordynator", "Siedlecki Park Logistyczny sp. z o.o."),
                ("Podstawa współpracy", "porozumienie partnerskie (2016)"),
                (
                    "Strona internetowa",
                    "www.klaster-intermodalny-siedlce.pl (klaster); www.slpark.pl (koordynator)",
                ),
            ],
            [],
        ),
    ],
    [
        "Klaster z siedzibą w Siedlcach skupia ok._45 firm i 5 instytutów badawczych z branży transportu "
        "kolejowego i drogowego, spedycji oraz obsługi terminali przeładunkowych. Koordynatorem jest spółka "
        "z_o.o. Siedlecki Park Logistyczny, natomiast sam klaster nie ma osobowości prawnej i działa na "
        "podstawie porozumienia partnerskiego z 2016_r. W 2022_r. członkowie zrealizowali wspólny projekt "
        "szkoleniowy o wartości 2,3_mln_zł, obejmujący 410 pracowników.",
        "Cele klastra:",
        ("li", "–", "rozwój kompetencji kadr branży logistycznej,"),
        ("li", "–", "wspólna oferta przewozów łączonych kolejowo-drogowych,"),
        ("li", "–", "współpraca z uczelniami w zakresie cyfrowego śledzenia przesyłek,"),
        (
            "li",
            "–",
            "promocja Siedlec jako węzła logistycznego na wschodniej granicy Unii Europejskiej.",
        ),
        *card(
            "FISZKA 4.3.2",
            [
                ("Nazwa", "Sokołowski Klaster Hodowli Bydła Mięsnego"),
                ("Powiat", "sokołowski, węgrowski"),
                ("Koordynator", "Zakład Paszowy „Agro-Liw” sp. z o.o."),
                ("Podstawa współpracy", "umowa konsorcjum (2021)"),
            ],
            [
                "Klaster z siedzibą w Sokołowie Podlaskim zrzesza hodowców bydła mięsnego z powiatów "
                "sokołowskiego i węgrowskiego. Do klastra należą 24 gospodarstwa, dwie ubojnie oraz zakład "
                "paszowy, który pełni funkcję koordynatora. Łączne pogłowie bydła w gospodarstwach "
                "członkowskich wynosi ok._3_400 sztuk. W 2023_r. klaster otrzymał 480_tys._zł dotacji "
                "z budżetu województwa na wspólny system identyfikowalności wołowiny.",
            ],
        ),
        *card(
            "FISZKA 4.3.3",
            [
                ("Nazwa", "Nadliwiański Klaster Energetyczny"),
                ("Powiat", "węgrowski"),
                ("Koordynator", "Gmina Miasto Węgrów"),
                ("Podstawa współpracy", "porozumienie o utworzeniu klastra energii (2017)"),
            ],
            [
                "Klaster skupia 16 członków: gminy, spółdzielnie mieszkaniowe i przedsiębiorstwa z doliny "
                "Liwca. Porozumienie podpisano w 2017_r., a w 2018_r. klaster uzyskał certyfikat "
                "pilotażowego klastra energii. Moc zainstalowana źródeł odnawialnych członków wynosi "
                "14,6_MW. Celem klastra jest zwiększenie udziału odnawialnych źródeł energii w bilansie "
                "energetycznym gmin doliny Liwca. Koordynator zakłada, że do końca 2025_r. liczba członków "
                "wzrośnie do 24.",
            ],
        ),
    ],
    [
        *card(
            "FISZKA 4.3.4",
            [
                ("Nazwa", "Garwoliński Klaster Opakowań Tekturowych (GKOT)"),
                ("Siedziba", "Garwolin"),
                ("Forma prawna", "stowarzyszenie (KRS, 2014)"),
                ("Członkowie", "12 przedsiębiorstw (stan na 31.12.2022)"),
                ("Strona internetowa", "www.gkot.org.pl"),
            ],
            [
                "Stowarzyszenie „Garwoliński Klaster Opakowań Tekturowych” zostało zarejestrowane "
                "w_2014_r. i samo koordynuje działania klastra. W 2023_r. dołączyły do niego 3 kolejne "
                "firmy; od tego czasu skład klastra nie uległ zmianie. Firmy członkowskie przetwarzają "
                "rocznie ok._85_tys._ton tektury.",
                "Cele klastra:",
                ("li", "•", "wspólny zakup surowców i energii,"),
                ("li", "•", "wdrażanie opakowań nadających się w całości do recyklingu,"),
                ("li", "•", "szkolenie operatorów maszyn do produkcji opakowań."),
            ],
        ),
        ("h", "4.4. Podsumowanie"),
        "Klastry obu subregionów są zróżnicowane pod względem wielkości i formy: od stowarzyszenia "
        "z_Garwolina po inicjatywy koordynowane przez spółki, stowarzyszenie producentów, izbę rzemieślniczą, "
        "fundację i gminę. Wszystkie inicjatywy "
        "deklarują zainteresowanie udziałem w regionalnym programie wsparcia klastrów na lata 2024–2027; "
        "cztery z nich przygotowują wspólny wniosek o dofinansowanie szkoleń o wartości ok._3_mln_zł.",
    ],
]


def d02() -> None:
    pages = [render(b, D02_W, auto=True) for b in d02_pages_blocks]

    def header(n: int) -> list[str]:
        return [
            "Diagnoza potencjału powiązań kooperacyjnych w subregionach ostrołęckim i siedleckim"
        ]

    def footer(n: int) -> list[str]:
        left = "Pracownia Analiz Terytorialnych „Kwadrant” sp. z o.o."
        right = f"str. {23 + n} z 61"
        return [left + right.rjust(D02_W - len(left))]

    write(
        "d02_diagnoza_klastry_subregiony_ostrolecki_siedlecki.txt",
        pdf_text(pages, header, footer).encode("utf-8"),
    )


# --------------------------------------------------------------------------
# d03 – opolskie: survey results report, no blank lines between paragraphs
# --------------------------------------------------------------------------

D03_W = 86

d03_table = table(
    [
        ["Klaster", "Siedziba", "Forma prawna", "Rok", "Ankieta"],
        [
            "Klaster Logistyki Śródlądowej „Port Koźle”",
            "Kędzierzyn-Koźle",
            "sp. z o.o.",
            "2018",
            "tak",
        ],
        ["Klaster Gościnności „Biskupia Kopa”", "Głuchołazy", "porozumienie", "2017", "tak"],
        [
            "Klaster Tkanin Filtracyjnych Ziemi Prudnickiej",
            "Prudnik",
            "stowarzyszenie*",
            "2011",
            "tak",
        ],
        ["Odrzański Klaster Inżynierii Wodnej", "Wrocław", "umowa konsorcjum", "2014", "tak"],
        ["Opolski Klaster Technologii Przyrostowych (OKTP)", "b.d.", "porozumienie", "2019", "tak"],
        ["Klaster Kamieniarski Góry Świętej Anny", "Strzelce Op.", "porozumienie", "2021", "tak"],
        ["Namysłowski Klaster Przetwórstwa Ziemniaka", "Namysłów", "b.d.", "b.d.", "nie"],
    ],
    [36, 17, 17, 5, 7],
)

d03_pages_blocks = [
    [
        ("h", "2. WYNIKI BADANIA"),
        ("h", "2.1. Respondenci"),
        "Zaproszenie do badania otrzymali koordynatorzy ośmiu inicjatyw klastrowych działających w_województwie "
        "opolskim lub mających w nim znaczną część członków. Ankietę odesłało sześciu z nich. Jedna "
        "inicjatywa została w 2022_r. rozwiązana, a Namysłowski Klaster Przetwórstwa Ziemniaka nie "
        "odpowiedział – jego dane uzupełniono na podstawie strony internetowej. Łącznie klastry, które "
        "odesłały ankietę, skupiają blisko 180_podmiotów, z czego ok._150 ma siedzibę w województwie "
        "opolskim.",
        ("raw", "Tabela 1. Klastry objęte badaniem"),
        ("raw", d03_table),
        ("raw", "* od 2016 r. stowarzyszenie; wcześniej umowa partnerska"),
        ("h", "2.2. Liczba i struktura członków"),
        "Największą inicjatywą jest Klaster Gościnności „Biskupia Kopa”, który zrzesza blisko 60 obiektów "
        "noclegowych i gastronomicznych z gmin Głuchołazy, Nysa i Otmuchów. Biuro klastra mieści się "
        "w_Głuchołazach, w budynku dawnego dworca kolejowego; walne zebrania członków odbywają się "
        "natomiast co roku w Nysie.",
        "Odrzański Klaster Inżynierii Wodnej z siedzibą we Wrocławiu liczy 38 członków, z czego 9 ma "
        "siedzibę w województwie opolskim (głównie w Opolu i Brzegu). Członków wiąże umowa konsorcjum "
        "zawarta w 2014_r., a koordynatorem jest wrocławska Fundacja Inżynierii Środowiska „Nurt”.",
        "Klaster Logistyki Śródlądowej „Port Koźle” ma 26 członków, z których 7 objęło udziały w_spółce "
        "zarządzającej. Klaster Tkanin Filtracyjnych Ziemi Prudnickiej liczy dziewiętnastu członków – tkalnie, "
        "zakłady konfekcji, dwie pracownie projektowe i szkołę branżową. Członkami Klastra Kamieniarskiego "
        "Góry Świętej Anny jest 12 firm; w 2024_r. mają do niego przystąpić kolejne 4.",
    ],
    [
        "Grupę założycielską Opolskiego Klastra Technologii Przyrostowych (OKTP) tworzyło w 2019_r. "
        "6_firm; na koniec 2023_r. klaster miał 24 członków. Jeden z nich, spółka Aurum Nano, wytwarza "
        "nanocząstki i tzw._klastry złota dla przemysłu katalitycznego.",
        "„Mamy cztery razy więcej członków niż na początku, ale wciąż nie mamy ani jednego etatu w biurze” "
        "– zauważyła koordynatorka OKTP.",
        ("h", "2.3. Forma prawna i koordynacja"),
        "Dwa klastry mają osobowość prawną. Klaster Logistyki Śródlądowej „Port Koźle” z siedzibą "
        "w_Kędzierzynie-Koźlu powstał w 2018_r. od razu jako spółka – Klaster Logistyki Śródlądowej "
        "„Port Koźle” sp._z_o.o. – która sama zarządza klastrem. Klaster Tkanin Filtracyjnych Ziemi "
        "Prudnickiej w latach 2011–2015 działał na podstawie umowy partnerskiej, a od 2016_r. jako "
        "stowarzyszenie wpisane do KRS, które samo pełni funkcję koordynatora.",
        "Pozostałe klastry nie posiadają osobowości prawnej. Opolski Klaster Technologii Przyrostowych "
        "działa na podstawie umowy o współpracy; jego koordynatorem jest Park Technologiczny „Opolanin” "
        "sp._z_o.o. (ul._Strzelecka_55a, 45-520_Opole), a strona klastra to www.oktp.opole.pl. Klaster "
        "Gościnności „Biskupia Kopa” działa od 2017_r. na podstawie porozumienia o współpracy "
        "koordynowanego przez Lokalną Organizację Turystyczną „Ziemia Głuchołaska”. Biuro Klastra "
        "Kamieniarskiego Góry Świętej Anny mieści się w Strzelcach Opolskich; klaster działa od 2021_r. "
        "na podstawie porozumienia o współpracy, a koordynuje go Strzeleckie Zrzeszenie Kamieniarzy.",
        ("h", "2.4. Cele klastrów"),
        "Cele wskazane przez respondentów (pytanie_7) zestawiono poniżej w brzmieniu podanym w_ankietach.",
        "Klaster Gościnności „Biskupia Kopa” (www.biskupiakopa-klaster.pl):",
        ("li", "–", "wspólna promocja Gór Opawskich jako całorocznego celu wyjazdów,"),
        (
            "li",
            "–",
            "tworzenie pakietów pobytowych łączących noclegi, gastronomię i przewodnictwo,",
        ),
        ("li", "–", "podnoszenie jakości obsługi gości zagranicznych."),
        "Klaster Kamieniarski Góry Świętej Anny:",
        ("li", "–", "odbudowa tradycji obróbki wapienia i bazaltu w rejonie Góry Świętej Anny."),
        "Koordynatorzy klastra Port Koźle (www.portkozle.pl) i Odrzańskiego Klastra Inżynierii Wodnej "
        "w odpowiedzi na to pytanie odwołali się do celów zapisanych w umowie spółki i umowie konsorcjum, "
        "nie przytaczając ich.",
        ("h", "2.5. Klaster, który nie odpowiedział"),
        "Namysłowski Klaster Przetwórstwa Ziemniaka nie odesłał ankiety. Ze strony internetowej klastra "
        "(www.ziemniak-namyslow.pl) wynika, że zrzesza on rolników uprawiających ziemniaki skrobiowe "
        "i_jadalne oraz dwa zakłady przetwórcze; nie podano jednak liczby członków, roku powstania ani "
        "formy prawnej.",
    ],
]


def d03() -> None:
    pages = [render(b, D03_W, gap=False, auto=True) for b in d03_pages_blocks]

    def header(n: int) -> list[str]:
        return [
            "Kondycja klastrów na Opolszczyźnie. Wyniki badania ankietowego 2023".center(
                D03_W
            ).rstrip()
        ]

    def footer(n: int) -> list[str]:
        return [f"OFBR 2024 | {7 + n}".rjust(D03_W)]

    write(
        "d03_ankieta_kondycja_klastrow_opolskie.txt",
        pdf_text(pages, header, footer).encode("utf-8"),
    )


# --------------------------------------------------------------------------
# d04 – łódzkie: chamber bulletin, cp1250 with CRLF
# --------------------------------------------------------------------------

D04_W = 78

d04_toc = "\n".join(
    [
        "W NUMERZE",
        "Od redakcji " + "." * 58 + " 3",
        "Klastry Ziemi Łódzkiej – przegląd " + "." * 36 + " 4",
        "„Nie szyjemy tylko ubrań, szyjemy relacje” – rozmowa " + "." * 17 + " 6",
        "Kalendarium i z życia Izby " + "." * 43 + " 7",
    ]
)

d04_pages_blocks = [
    [
        ("raw", "BIULETYN GOSPODARCZY" + "nr 3/2024 (47)".rjust(D04_W - 20)),
        ("raw", "Izba Gospodarcza Regionu Łódzkiego „Centrum”" + "wrzesień 2024".rjust(D04_W - 45)),
        ("raw", d04_toc),
        ("h", "OD REDAKCJI"),
        "Drodzy Czytelnicy, w regionie łódzkim działa kilkanaście inicjatyw klastrowych, a wiele z nich "
        "wciąż jest mało znanych poza własną branżą. W tym numerze przedstawiamy sześć klastrów, których "
        "przedstawiciele wzięli udział w czerwcowym spotkaniu w siedzibie Izby w Łodzi. Zachęcamy do "
        "lektury i do kontaktu z koordynatorami – wszystkie prezentowane klastry przyjmują nowych członków.",
        ("raw", "Redakcja"),
    ],
    [
        ("h", "KLASTRY ZIEMI ŁÓDZKIEJ – PRZEGLĄD"),
        ("raw", "Marta Sobieraj"),
        "Tomaszów Mazowiecki kojarzy się dziś nie tylko z przemysłem, ale coraz częściej z turystyką. "
        "Do tej zmiany przyczynia się Klaster Turystyczno-Rekreacyjny „Niebieskie Źródła”, który skupia "
        "29 firm i instytucji: hotele, ośrodki nad Zalewem Sulejowskim, przewodników i organizatorów "
        "spływów Pilicą. Klaster założono w 2013_r. jako stowarzyszenie wpisane do KRS – Stowarzyszenie "
        "Klaster Turystyczno-Rekreacyjny „Niebieskie Źródła” – które samo koordynuje jego działania. Biuro "
        "stowarzyszenia mieści się w Tomaszowie Mazowieckim, w budynku dawnej fabryki sztucznego jedwabiu.",
        (
            "raw",
            "W SKRÓCIE: siedziba – Tomaszów Mazowiecki; członkowie – 29; noclegi w obiektach\n"
            "członkowskich – ok. 2 400 miejsc; www.niebieskiezrodla-klaster.pl",
        ),
        "Piotrkowski Klaster Szkła Budowlanego (PKSB) z siedzibą w Piotrkowie Trybunalskim liczy 38 członków, "
        "spośród których 11 to firmy z samego Piotrkowa. Członków wiąże umowa konsorcjum z 2016_r., "
        "a_koordynatorem jest Piotrkowskie Centrum Transferu Technologii sp._z_o.o. Celem klastra jest "
        "wspólne opracowywanie szyb o podwyższonej izolacyjności, certyfikacja montażystów oraz wejście "
        "z ofertą członków na rynki skandynawskie. W 2023_r. klaster zorganizował w Bełchatowie "
        "konferencję o renowacji budynków, w której wzięło udział 260 osób.",
        "Łowicki Klaster Sadowniczo-Przetwórczy skupia ok._70 sadowników i 4 przetwórnie owoców z powiatów "
        "łowickiego i skierniewickiego. Działa od 2019_r. na podstawie porozumienia klastrowego, a jego "
        "koordynatorem jest Spółdzielnia Producentów Owoców „Łowickie Sady”. Członkowie zbierają rocznie "
        "ok._48_tys._ton jabłek, a wspólna chłodnia w Nieborowie mieści 9_tys._ton owoców.",
        (
            "raw",
            "W SKRÓCIE: siedziba – Łowicz; koordynator – SPO „Łowickie Sady”; sprzedaż\n"
            "eksportowa – 35% produkcji",
        ),
    ],
    [
        "Zupełnie inny model wybrali ogrodnicy spod Skierniewic. Skierniewicki Klaster Nasiennictwa "
        "Warzywnego zrzesza trzydzieści sześć podmiotów – gospodarstwa nasienne, hodowców odmian, "
        "dostawców podłoży i jedną grupę producencką. W 2020_r. członkowie powołali spółkę Skierniewicki "
        "Klaster Nasiennictwa Warzywnego sp._z_o.o., która jest jednocześnie formą prawną klastra "
        "i_zarządza jego sprawami. Do 2026_r. spółka chce zwiększyć powierzchnię plantacji nasiennych "
        "o_120_ha.",
        "Klaster Mody Zrównoważonej „Nitka” to najmłodszy, ale najbardziej medialny z prezentowanych "
        "klastrów. Założycieli było ośmiu – pięć pracowni projektowych i trzy szwalnie; obecnie członków "
        "jest 21. Koordynatorem klastra jest Fundacja Mody Etycznej „Splot”, która w 2018_r. zainicjowała "
        "jego powstanie. Klaster stawia sobie za cel:",
        ("li", "•", "skracanie łańcuchów dostaw w branży odzieżowej,"),
        ("li", "•", "ponowne wykorzystanie odpadów tekstylnych,"),
        ("li", "•", "wspólną promocję łódzkich marek odzieżowych."),
        ("raw", "W SKRÓCIE: siedziba – Łódź, ul. Tymienieckiego 25c; www.klasternitka.pl"),
        "Zgierski Klaster Farb i Lakierów z siedzibą w Zgierzu skupia 14 firm, zatrudniających łącznie "
        "1_250 osób i osiągających przychody rzędu 640_mln_zł rocznie. W 2023_r. klaster obchodził "
        "jubileusz dziesięciolecia – powstał jesienią 2013_r. Klaster nie posiada osobowości prawnej. "
        "Koordynatorem jest obecnie Lakiernia Przemysłowa „Barwa” sp._z_o.o.; funkcja ta co dwa lata "
        "przechodzi na inną firmę członkowską.",
    ],
    [
        ("h", "„NIE SZYJEMY TYLKO UBRAŃ, SZYJEMY RELACJE”"),
        ("raw", "Rozmowa z Joanną Kruk, prezeską Fundacji Mody Etycznej „Splot”"),
        "– Skąd pomysł na klaster w branży, która kojarzy się z konkurencją cenową?",
        "– Z bezradności. Każda z naszych pracowni sama nie była w stanie zamówić krótkiej serii tkaniny "
        "ani wynająć stoiska na targach w Berlinie. Razem jesteśmy w stanie. W zeszłym roku dołączyły do "
        "nas trzy pracownie z Pabianic i jedna z Konstantynowa Łódzkiego.",
        "– Czy klaster ma osobowość prawną?",
        "– Nie i na razie nie planujemy jej mieć. Wszystkie formalności prowadzi fundacja, ona też "
        "rozlicza wspólne projekty.",
        ("h", "KALENDARIUM I Z ŻYCIA IZBY"),
        (
            "raw",
            "24 października – Forum Klastrów Regionu Łódzkiego, Łódź, hala EXPO\n"
            "7 listopada – szkolenie „Zamówienia publiczne dla klastrów”, siedziba Izby\n"
            "Z życia Izby: portal Izby przeniesiono na nowy klaster serwerów, dzięki czemu\n"
            "wyszukiwarka ofert kooperacyjnych działa nawet trzykrotnie szybciej.",
        ),
    ],
]


def d04() -> None:
    pages = [render(b, D04_W, auto=True) for b in d04_pages_blocks]

    def header(n: int) -> list[str]:
        if n == 0:
            return []
        return [f"Biuletyn Gospodarczy 3/2024 • str. {3 + n}"]

    def footer(n: int) -> list[str]:
        return ["Izba Gospodarcza Regionu Łódzkiego „Centrum” • www.igrl-centrum.pl"]

    text = pdf_text(pages, header, footer).replace("\n", "\r\n")
    write("d04_biuletyn_izby_klastry_lodzkie_cp1250.txt", text.encode("cp1250"))


# --------------------------------------------------------------------------
# d05 – zachodniopomorskie: a development agency's HTML page
# --------------------------------------------------------------------------

D05_HTML = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Klastry w regionie | Regionalna Agencja Rozwoju Gospodarczego &bdquo;Pomorze Zachodnie&rdquo; S.A.</title>
<meta name="description" content="Baza inicjatyw klastrowych wojew&oacute;dztwa zachodniopomorskiego prowadzona przez RARG &bdquo;Pomorze Zachodnie&rdquo;.">
<link rel="stylesheet" href="/static/css/main.min.css?v=3.2.1">
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
</head>
<body class="page-klastry">
<a class="skip-link" href="#tresc">Przejdź do treści</a>
<header class="site-header">
  <a class="logo" href="/"><img src="/static/img/logo-rarg.svg" alt="RARG Pomorze Zachodnie"></a>
  <nav class="main-nav">
    <ul>
      <li><a href="/">Start</a></li>
      <li><a href="/o-agencji/">O Agencji</a></li>
      <li><a href="/fundusze/">Fundusze i pożyczki</a></li>
      <li class="active"><a href="/klastry/">Klastry</a></li>
      <li><a href="/inwestorzy/">Obsługa inwestora</a></li>
      <li><a href="/kontakt/">Kontakt</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumbs" aria-label="Ścieżka"><a href="/">Start</a> &rsaquo; <a href="/wsparcie/">Wsparcie przedsiębiorczości</a> &rsaquo; Klastry w regionie</nav>
<main id="tresc">
<h1>Klastry w regionie</h1>
<p class="lead">Baza obejmuje 6&nbsp;działających inicjatyw klastrowych z&nbsp;województwa zachodniopomorskiego, które łącznie zrzeszają ok.&nbsp;180 podmiotów. Dane aktualizujemy na podstawie informacji przekazywanych przez koordynatorów (ostatnia aktualizacja: 14.03.2024).</p>

<aside class="news">
  <h2>Aktualności</h2>
  <article>
    <time datetime="2024-03-05">5 marca 2024</time>
    <h3><a href="/aktualnosci/gratulacje-darlowo/">Gratulacje dla Darłowskiego Klastra Rybacko-Wędzarniczego</a></h3>
    <p>Wędzone szproty firm członkowskich zdobyły wyróżnienie na międzynarodowych targach rybnych w&nbsp;Bremie.</p>
  </article>
  <article>
    <time datetime="2024-02-20">20 lutego 2024</time>
    <h3><a href="/aktualnosci/spotkanie-koordynatorow/">Spotkanie koordynatorów klastrów w&nbsp;Kołobrzegu</a></h3>
    <p>Ponad 20 przedstawicieli klastrów rozmawiało o&nbsp;nowym naborze w&nbsp;programie regionalnym (budżet 12&nbsp;mln&nbsp;zł).</p>
  </article>
</aside>

<section id="baza" class="cluster-list">
<h2>Baza inicjatyw klastrowych</h2>

<article class="klaster" id="k1">
  <h3>Szczecinecki Klaster Płyt Drewnopochodnych</h3>
  <dl>
    <dt>Siedziba</dt><dd>Szczecinek</dd>
    <dt>Koordynator</dt><dd>Stowarzyszenie &bdquo;Szczecinecki Klaster Płyt Drewnopochodnych&rdquo; (samodzielnie)</dd>
    <dt>Forma prawna</dt><dd>stowarzyszenie (od 2016&nbsp;r.; wcześniej porozumienie z&nbsp;2011&nbsp;r.)</dd>
    <dt>Liczba członków</dt><dd>31, w&nbsp;tym 4 jednostki naukowe</dd>
    <dt>Strona</dt><dd><a href="https://www.skpd.pl">www.skpd.pl</a></dd>
  </dl>
  <p>Klaster skupia producentów płyt wiórowych i&nbsp;MDF, zakłady meblarskie oraz firmy transportowe z&nbsp;powiatów szczecineckiego i&nbsp;wałeckiego. Firmy członkowskie zatrudniają ok.&nbsp;4&nbsp;800 osób.</p>
</article>

<article class="klaster" id="k2">
  <h3>Stargardzki Klaster Pojazdów Szynowych</h3>
  <dl>
    <dt>Siedziba</dt><dd>Stargard</dd>
    <dt>Koordynator</dt><dd>Stargardzka Agencja Rozwoju Lokalnego sp. z&nbsp;o.o.</dd>
    <dt>Forma prawna</dt><dd>umowa konsorcjum</dd>
    <dt>Rok utworzenia</dt><dd>2019</dd>
    <dt>Liczba członków</dt><dd>ok. 40</dd>
    <dt>Strona</dt><dd>brak własnej strony &ndash; informacje na stronie koordynatora: <a href="https://www.sarl-stargard.pl/klaster">www.sarl-stargard.pl</a></dd>
  </dl>
  <p>Klaster zrzesza dostawców podzespołów do pojazdów szynowych i&nbsp;tramwajów oraz dwie szkoły techniczne. Do 2026&nbsp;r. członkowie planują uruchomić w&nbsp;Stargardzie wspólne centrum testów.</p>
</article>

<article class="klaster" id="k3">
  <h3>Myśliborski Klaster Ogrodnictwa Ekologicznego</h3>
  <dl>
    <dt>Koordynator</dt><dd>Spółdzielnia Ogrodnicza &bdquo;Zielony Zagon&rdquo;, ul.&nbsp;Ogrodowa 3, 74-300 Myślibórz</dd>
    <dt>Forma prawna</dt><dd>porozumienie o&nbsp;współpracy (2018)</dd>
    <dt>Liczba członków</dt><dd>19</dd>
  </dl>
  <p>Cele klastra:</p>
  <ul>
    <li>wspólna certyfikacja upraw ekologicznych,</li>
    <li>budowa lokalnej sieci sprzedaży warzyw i&nbsp;owoców,</li>
    <li>edukacja konsumentów w&nbsp;zakresie żywności ekologicznej.</li>
  </ul>
  <p>Gospodarstwa członkowskie uprawiają łącznie ok.&nbsp;640&nbsp;ha; budżet wspólnych działań na 2024&nbsp;r. wynosi 2,4&nbsp;mln&nbsp;zł.</p>
</article>

<article class="klaster" id="k4">
  <h3>Klaster Żeglugi Promowej &bdquo;Wrota Bałtyku&rdquo;</h3>
  <dl>
    <dt>Forma prawna</dt><dd>spółka z&nbsp;o.o. (Klaster Żeglugi Promowej &bdquo;Wrota Bałtyku&rdquo; sp. z&nbsp;o.o., powołana przez członków w&nbsp;2017&nbsp;r.)</dd>
    <dt>Liczba członków</dt><dd>zob. opis</dd>
    <dt>Strona</dt><dd><a href="https://www.wrotabaltyku.eu">www.wrotabaltyku.eu</a></dd>
  </dl>
  <p>Klaster z&nbsp;siedzibą w&nbsp;Świnoujściu łączy armatorów, operatorów terminali i&nbsp;firmy serwisowe. W&nbsp;skład klastra wchodzi 14 armatorów i&nbsp;firm portowych, 2 szkoły morskie oraz Gmina Miasto Świnoujście. Spółka zarządza klastrem samodzielnie; w&nbsp;2023&nbsp;r. terminale członków obsłużyły 1,1&nbsp;mln pasażerów.</p>
</article>

<article class="klaster" id="k5">
  <h3>Darłowski Klaster Rybacko-Wędzarniczy</h3>
  <dl>
    <dt>Siedziba</dt><dd>Darłowo</dd>
    <dt>Koordynator</dt><dd>b.d.</dd>
    <dt>Forma prawna</dt><dd>b.d.</dd>
    <dt>Liczba członków</dt><dd>blisko 30 podmiotów</dd>
  </dl>
  <p>Wędzarnie, przetwórnie i&nbsp;armatorzy kutrów z&nbsp;Darłowa i&nbsp;Darłówka współpracują przy wspólnej marce &bdquo;Szprot z&nbsp;Darłowa&rdquo;.</p>
</article>

<article class="klaster" id="k6">
  <h3>Szczeciński Klaster Jachtów Motorowych (SKJM)</h3>
  <dl>
    <dt>Siedziba</dt><dd>Szczecin</dd>
    <dt>Forma prawna</dt><dd>stowarzyszenie wpisane do KRS (2012)</dd>
    <dt>Liczba członków</dt><dd>44 (w&nbsp;tym 35 MŚP)</dd>
    <dt>Strona</dt><dd><a href="https://www.skjm.szczecin.pl">www.skjm.szczecin.pl</a></dd>
  </dl>
  <p>Stowarzyszenie samo koordynuje klaster. Stocznie jachtowe członków działają m.in. w&nbsp;Szczecinie, Policach, Trzebieży i&nbsp;Wolinie; w&nbsp;2023&nbsp;r. zwodowały 212 jachtów.</p>
</article>
</section>

<section class="w-organizacji">
  <h2>Inicjatywy w organizacji</h2>
  <p>W lutym 2024&nbsp;r. sześć firm z&nbsp;branży kosmetycznej podpisało w&nbsp;Koszalinie list intencyjny w&nbsp;sprawie utworzenia inicjatywy klastrowej &bdquo;Bałtyckie Zioła&rdquo; (nazwa robocza). Inicjatywa nie ma jeszcze koordynatora ani umowy i&nbsp;nie została ujęta w&nbsp;bazie.</p>
</section>
</main>
<footer class="site-footer">
  <p>Regionalna Agencja Rozwoju Gospodarczego &bdquo;Pomorze Zachodnie&rdquo; S.A.<br>ul. Bolesława Śmiałego 11, 70-347 Szczecin<br>tel. 91&nbsp;488&nbsp;27&nbsp;40 &middot; <a href="https://www.rargpz.pl">www.rargpz.pl</a></p>
  <p class="credits">Projekt i&nbsp;wykonanie: Studio WebFala, Koszalin &ndash; <a href="https://www.webfala.pl">www.webfala.pl</a></p>
</footer>
</body>
</html>
"""


def d05() -> None:
    write("d05_baza_klastrow_agencja_zachodniopomorskie.html", D05_HTML.encode("utf-8"))


# --------------------------------------------------------------------------
# d06 – świętokrzyskie and warmińsko-mazurskie: comparative report,
# page-foot footnotes, a transposed comparison table
# --------------------------------------------------------------------------

D06_W = 90

d06_table = table(
    [
        ["Cecha", "OKSMH", "SKOO", "WKPD", "KSW", "LKKD", "OKRiO"],
        [
            "Siedziba",
            "Ostrowiec Św.",
            "Skarżysko-Kamienna",
            "Włoszczowa",
            "Lidzbark Warm.",
            "Nowe Miasto Lubawskie",
            "Olsztyn",
        ],
        ["Rok powstania", "2014", "2017", "2015", "2016", "2018", "2021"],
        [
            "Forma prawna",
            "konsorcjum",
            "sp. z o.o.",
            "stowarzy- szenie",
            "porozu- mienie",
            "brak",
            "umowa o współpracy",
        ],
        ["Członkowie", "33", "20", "ok. 25", "40", "24", "26"],
        ["Zatrudnienie", "2 700", "1 150", "1 900", "310", "880", "1 400"],
    ],
    [14, 11, 11, 11, 11, 11, 10],
    gap=1,
)

d06_pages = [
    (
        [
            ("h", "2. KLASTRY WOJEWÓDZTWA ŚWIĘTOKRZYSKIEGO"),
            "W województwie świętokrzyskim funkcjonuje według danych urzędu marszałkowskiego dziewięć "
            "inicjatyw klastrowych, skupiających ponad 300_podmiotów; trzy z nich zgodziły się uczestniczyć "
            "w projekcie i udostępniły dane do niniejszego porównania.",
            ("h", "2.1. Ostrowiecki Klaster Serwisu Maszyn Hutniczych"),
            "Ostrowiecki Klaster Serwisu Maszyn Hutniczych (OKSMH) z siedzibą w Ostrowcu Świętokrzyskim "
            "zrzesza 33_podmioty – firmy remontowe, wytwórnie części zamiennych, biura projektowe i centrum "
            "kształcenia spawaczy. Od 2014_r. członków wiąże umowa konsorcjum, której liderem i zarazem "
            "koordynatorem klastra jest Ostrowiecka Agencja Rozwoju Przemysłu sp._z_o.o.1 Firmy członkowskie "
            "zatrudniają ok._2_700 osób.",
            "Cele klastra określone w umowie konsorcjum: a)_wspólne ubieganie się o kontrakty remontowe "
            "w_hutach i odlewniach, b)_certyfikacja zakładów członkowskich w zakresie spawalnictwa, "
            "c)_kształcenie spawaczy i kontrolerów jakości.",
            ("h", "2.2. Skarżyski Klaster Odzieży Ochronnej"),
            "W Skarżysku-Kamiennej działa Skarżyski Klaster Odzieży Ochronnej (SKOO). W skład klastra "
            "wchodzą 17 firm, 2 szkoły techniczne oraz powiatowy urząd pracy. Klaster powstał w 2017_r. "
            "na podstawie porozumienia, a w 2020_r. członkowie powołali spółkę Skarżyski Klaster Odzieży "
            "Ochronnej sp._z_o.o., która od tego czasu zarządza klastrem i jest jego formą prawną. "
            "W 2021_r. spółka uruchomiła w Suchedniowie laboratorium badań tkanin trudnopalnych.",
        ],
        ["1 Strona klastra: www.oksmh.pl; dane koordynatora: www.oarp-ostrowiec.pl."],
    ),
    (
        [
            ("h", "2.3. Włoszczowski Klaster Przetwórstwa Drobiu"),
            "Trzecim uczestnikiem projektu z tego regionu jest Włoszczowski Klaster Przetwórstwa Drobiu "
            "(WKPD). Powstał w 2015_r. na mocy porozumienia kilku ubojni i wytwórni pasz, a od 2019_r. "
            "działa jako stowarzyszenie wpisane do KRS, które samo koordynuje współpracę; obecnie skupia "
            "ok._25 firm.2 Siedziba stowarzyszenia: ul._Jędrzejowska_40, 29-100_Włoszczowa.",
            ("h", "3. KLASTRY WOJEWÓDZTWA WARMIŃSKO-MAZURSKIEGO"),
            "Na Warmii i Mazurach w projekcie uczestniczą trzy klastry z zachodniej i północnej części "
            "regionu. Łącznie w województwie działa ok._12 inicjatyw klastrowych.",
            ("h", "3.1. Klaster Serów Warmińskich"),
            "Klaster Serów Warmińskich (KSW) z siedzibą w Lidzbarku Warmińskim skupia producentów serów "
            "dojrzewających. Należy do niego 38 gospodarstw i 2 mleczarnie. Klaster działa od 2016_r. na "
            "podstawie porozumienia o współpracy, a jego koordynatorem jest Warmińska Spółdzielnia "
            "Mleczarska „Łyna”. Celem klastra jest uzyskanie wspólnego znaku jakości dla serów z Warmii "
            "oraz rozwój sprzedaży bezpośredniej w gospodarstwach. Co roku w sierpniu klaster organizuje "
            "Święto Sera w Reszlu.",
            ("h", "3.2. Lubawski Klaster Konstrukcji Drewnianych"),
            "Lubawski Klaster Konstrukcji Drewnianych (LKKD) ma biuro w Nowym Mieście Lubawskim i zrzesza "
            "dwadzieścia cztery firmy – producentów domów szkieletowych, więźb dachowych i stolarki. Działa "
            "od 2018_r.; klaster nie posiada osobowości prawnej, a jego działania koordynuje Lubawska "
            "Fundacja Rozwoju Rzemiosła.",
        ],
        ["2 Zob. www.wkpd.pl (dostęp: 12.02.2024)."],
    ),
    (
        [
            ("h", "3.3. Olsztyński Klaster Rehabilitacji i Ortopedii"),
            "Olsztyński Klaster Rehabilitacji i Ortopedii (OKRiO) liczy 26 członków, w tym 18 MŚP, "
            "3_szpitale i uczelnię. Siedziba klastra: Olsztyn, ul._Żołnierska_14. Klaster działa na "
            "podstawie umowy o współpracy z 2021_r.; koordynatorem jest Warmińsko-Mazurski Park "
            "Technologii Medycznych sp._z_o.o.3",
            ("h", "4. PORÓWNANIE"),
            ("raw", "Tabela 4. Porównanie klastrów uczestniczących w projekcie"),
            ("raw", d06_table),
            ("raw", "Źródło: dane koordynatorów, stan na 31.12.2023 r."),
            "Porównywane klastry różnią się przede wszystkim formą prawną: dwa mają osobowość prawną jako "
            "spółka lub stowarzyszenie, pozostałe działają na podstawie umów. Świętokrzyska Sieć "
            "Laboratoriów Wzorcujących, zgłoszona do projektu jako partner, nie jest klastrem, lecz "
            "porozumieniem laboratoriów akredytowanych, i nie została ujęta w porównaniu.",
        ],
        ["3 www.okrio.pl (strona klastra); www.wmptm.pl (strona koordynatora)."],
    ),
]


def d06() -> None:
    pages = []
    for blocks, notes in d06_pages:
        body = render(blocks, D06_W, auto=True)
        body += ["", "_" * 20, *notes]
        pages.append(body)

    def header(n: int) -> list[str]:
        title = "Klastry w województwach świętokrzyskim i warmińsko-mazurskim – raport porównawczy"
        return [title if n % 2 else title.rjust(D06_W)]

    def footer(n: int) -> list[str]:
        num = str(5 + n)
        return [num if n % 2 else num.rjust(D06_W)]

    write(
        "d06_raport_porownawczy_swietokrzyskie_warminsko_mazurskie.txt",
        pdf_text(pages, header, footer).encode("utf-8"),
    )


def main() -> None:
    d01()
    d02()
    d03()
    d04()
    d05()
    d06()


if __name__ == "__main__":
    main()
