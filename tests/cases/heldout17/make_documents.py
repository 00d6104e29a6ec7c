# ruff: noqa: E501
"""Write the seven heldout17 documents (y01_… – y07_…) deterministically.

Run from the repository root:

    .venv/bin/python tests/cases/heldout17/make_documents.py

All text lives in this file. The PDF is built with reportlab in invariant mode and the
DejaVu Sans TTF fonts; the DOCX with python-docx, fixed core properties and fixed zip
timestamps. Everything here (clusters, organisations, people, addresses, phones, websites,
KRS and resolution numbers, figures) is invented; towns, gminas, powiats and voivodeships
are real.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


# --------------------------------------------------------------------------------------
# helpers for text that imitates pdftotext -layout output
# --------------------------------------------------------------------------------------


VOWELS = set("aąeęioóuyAĄEĘIOÓUY")


def syllable_marks(word: str) -> str:
    """Mark vowel–consonant–vowel places of a long word as possible hyphenation points."""
    if len(word) < 9 or "~" in word or any(ch.isdigit() for ch in word):
        return word
    out = []
    for index, ch in enumerate(word):
        if (
            3 <= index <= len(word) - 4
            and word[index - 1] in VOWELS
            and ch.isalpha()
            and ch not in VOWELS
            and word[index + 1] in VOWELS
        ):
            out.append("~")
        out.append(ch)
    return "".join(out)


def fill(text: str, width: int = 94, indent: str = "", auto: bool = False) -> str:
    """Wrap a paragraph greedily.

    '~' marks a place where a word may be hyphenated at a line end (it disappears
    elsewhere); '^' is a space that must not break (it becomes a plain space). With
    auto=True long words get such places between syllables.
    """
    words = text.split()
    if auto:
        words = [syllable_marks(word) for word in words]
    lines: list[str] = []
    cur = indent
    for word in words:
        w = word
        while True:
            plain = w.replace("~", "")
            sep = "" if cur.strip() == "" else " "
            if len(cur) + len(sep) + len(plain) <= width:
                cur += sep + plain
                break
            parts = w.split("~")
            split_done = False
            if cur.strip():
                for k in range(len(parts) - 1, 0, -1):
                    head = "".join(parts[:k]) + "-"
                    if len(cur) + len(sep) + len(head) <= width:
                        lines.append(cur + sep + head)
                        cur = indent
                        w = "~".join(parts[k:])
                        split_done = True
                        break
            if split_done:
                continue
            lines.append(cur)
            cur = indent
    lines.append(cur)
    return "\n".join(line.rstrip().replace("^", " ") for line in lines)


def page(header: str, body: str, footer: str) -> str:
    return header + "\n\n\n" + body.strip("\n") + "\n\n\n" + footer + "\n"


def write_text(name: str, text: str) -> None:
    (HERE / name).write_bytes(text.encode("utf-8"))


# --------------------------------------------------------------------------------------
# y01 – national benchmarking report excerpt (pdftotext -layout text)
# --------------------------------------------------------------------------------------

Y01_HEAD_L = "Benchmarking klastrów w Polsce – edycja 2024"
Y01_HEAD_R = "Raport z badania"


def y01_header(number: int) -> str:
    if number % 2:
        return Y01_HEAD_L + " " * (94 - len(Y01_HEAD_L) - len(Y01_HEAD_R)) + Y01_HEAD_R
    return Y01_HEAD_R + " " * (94 - len(Y01_HEAD_L) - len(Y01_HEAD_R)) + Y01_HEAD_L


def y01_footer(number: int) -> str:
    label = str(number)
    if number % 2:
        return " " * (94 - len(label)) + label
    return label


Y01_P41 = (
    "5. PROFILE WYNIKÓW KLASTRÓW\n\n"
    "5.1. Zakres i sposób prezentacji\n\n"
    + fill(
        "W edycji 2024 w badaniu benchmarkingowym wzięło udział 38 klastrów z 14 województw, "
        "zrzesza~jących łącznie 2^946 podmiotów, w tym 2^311 przedsiębiorstw (78,4%). Ankiety "
        "wypełniali koor~dynatorzy klastrów w okresie od 15 kwietnia do 30 czerwca 2024^r.; dane "
        "dotyczą stanu na 31^grudnia 2023^r., o ile w profilu nie zaznaczono inaczej. Oceny w trzech "
        "obszarach – zasobów, proce~sów i wyników – wyrażono w skali od 1 do 5; średnie dla całej "
        "próby wyniosły odpowiednio 3,21, 3,05 i 2,87."
    )
    + "\n\n"
    + fill(
        "Z 38 klastrów 32 zgodziły się na publikację wyników pod własną nazwą. W niniejszym "
        "rozdziale przedsta~wiono profile pięciu z nich, wybranych tak, aby reprezentowały różne "
        "branże, formy organi~zacyjne i etapy rozwoju, a w punkcie 5.7 – klaster, którego ankieta "
        "była niepełna. Profile pozostałych klastrów zamieszczono w załączniku elektronicznym, a "
        "wyniki sześciu klastrów, które nie wyraziły zgody na publikację, prezentowane są wyłącznie "
        "w postaci zanonimizo~wanej (Klaster^A – Klaster^F). Analiza skupień przeprowadzona metodą "
        "Warda (bez klastra z niepełną ankietą) podzieliła badane klastry na trzy grupy rozwojowe: "
        "„liderów” (9^klastrów), „stabilnych” (16) i „wschodzących” (12)."
    )
    + "\n\n"
    + """Tabela 5.1. Klastry, których profile zaprezentowano w rozdziale 5

  Klaster                               Województwo           Forma             Członkowie   Ocena
                                                                                             ogólna
  Klaster Narzędzi Skrawających         podkarpackie          stowarzyszenie         34       3,40
  „Wisłok”
  Chełmski Klaster Kredy i Surowców     lubelskie             porozumienie           25       3,12
  Mineralnych
  Elbląski Klaster Turbin i Maszyn      warmińsko-mazurskie   porozumienie           21*      3,27
  Przepływowych
  Wągrowiecki Klaster Urządzeń          wielkopolskie         porozumienie      ponad 20      2,64
  Chłodniczych
  Klaster Cukierniczy Doliny Skawy      małopolskie           spółka z o.o.          25       2,98
  Klaster Ekoturystyki Biebrzańskiej    podlaskie             porozumienie        ok. 30        –
  Średnia dla próby (N = 38)                                                      77,5       3,04

  * stan na 30.06.2024 r.
  Źródło: opracowanie własne na podstawie ankiet koordynatorów.
"""
)

Y01_P42 = (
    """5.2. Klaster Narzędzi Skrawających „Wisłok” (KNS „Wisłok”)

  Siedziba                    Strzyżów (województwo podkarpackie)
  Forma organizacyjna         stowarzyszenie (od 2017 r.); wcześniej porozumienie o współpracy
  Rok powstania               2014
  Koordynator                 brak odrębnego koordynatora – sprawy klastra prowadzi zarząd
                              Stowarzyszenia Klaster Narzędzi Skrawających „Wisłok”
  Liczba członków             34 (w tym 27 MŚP)
  Zatrudnienie u członków     ok. 2 150 osób
  Strona internetowa          www.kns-wislok.pl
  Wyniki oceny                zasoby 3,62 | procesy 3,48 | wyniki 3,10 | ogółem 3,40

"""
    + fill(
        "Klaster powstał w 2014^r. z inicjatywy 11 firm narzędzio~wych ze Strzyżowa, Frysztaka i "
        "Czudca, które podpisały porozumienie o współpracy. W 2017^r. członkowie zawiązali "
        "stowarzy~szenie, wpi~sane do KRS w marcu 2018^r.; od tego czasu sprawy klastra prowadzi jego "
        "zarząd, a funkcja zewnętrz~nego koordyna~tora wygasła. Od 2022^r. klaster posiada Srebrną "
        "Odznakę ECEI. W latach 2023–2024 do stowarzyszenia przystąpiło 5 nowych członków, a 2 z "
        "niego wystąpiły."
    )
    + "\n\n"
    + fill(
        "Na tle próby klaster wyróżnia się w obszarze zasobów (3,62 wobec średniej 3,21), zwłaszcza "
        "w zakre~sie wyposaże~nia technicznego członków i kompetencji zespołu zarządzającego. Słabiej "
        "wypa~dają wyniki (3,10): udział przycho~dów z eksportu w przychodach członków wynosi 31%, a "
        "wspólne projekty B+R prowadzi tylko 6^firm. Strategia „Wisłoka” na lata 2024–2027 wskazuje "
        "trzy cele strategiczne:"
    )
    + """
  1) zwiększenie udziału eksportu w przychodach firm członkowskich do 45%,
  2) uruchomienie wspólnego laboratorium metrologicznego w Strzyżowie,
  3) przygotowanie kadr dla przemysłu narzędziowego we współpracy z technikum w Strzyżowie.
"""
    + fill("Walne zebrania członków odbywają się rotacyjnie w Rzeszowie i w Krośnie.")
    + """

5.3. Chełmski Klaster Kredy i Surowców Mineralnych

  Siedziba                    Chełm (biuro w siedzibie koordynatora)
  Forma organizacyjna         porozumienie (umowa o współpracy z 2012 r.)
  Koordynator                 Izba Przemysłowa Ziemi Chełmskiej
  Członkowie                  22 przedsiębiorstwa, 2 jednostki naukowe, 1 jednostka samorządu
                              terytorialnego
  Zatrudnienie u członków     1 480 osób
  Strona internetowa          brak (informacje na stronie koordynatora: www.ipzch.org.pl)
  Wyniki oceny                zasoby 3,05 | procesy 3,21 | wyniki 3,09 | ogółem 3,12

"""
    + fill(
        "Klaster skupia wydobywców i przetwór~ców kredy, wapna i kruszyw z powiatu chełmskiego oraz "
        "dwie jednost~ki naukowe z Lublina; samorząd reprezentuje Gmina Chełm. Umowę o współpracy "
        "zawarto w 2012^r. z inicjatywy Izby Przemysłowej Ziemi Chełmskiej, która od początku pełni "
        "funkcję koordy~natora i prowadzi biuro klastra w swojej siedzibie w Chełmie. W 2019^r. "
        "członkowie wprowa~dzili wspólny znak towaro~wy „Kreda Chełmska”, a w 2023^r. uczestniczyli w "
        "misji gospo~darczej do Lwowa."
    )
)

Y01_P43 = (
    fill(
        "Klaster najwyżej ocenia swoje procesy (3,21) – regularność spotkań, przepływ informacji i "
        "wspólne zakupy energii. Barierą pozostaje brak własnej strony interne~towej: informacje o "
        "klas~trze publikowane są na stronie koordynatora. Klaster nie sformułował odrębnych celów "
        "strategicz~nych. Koordynator deklaruje, że do końca 2025^r. liczba członków wzrośnie do 30, "
        "a zatrud~nienie u członków przekroczy 1^600 osób."
    )
    + """

5.4. Elbląski Klaster Turbin i Maszyn Przepływowych (EKTiMP)

  Siedziba                    Elbląg
  Forma organizacyjna         porozumienie (umowa konsorcjum z 2019 r.)
  Koordynator                 Elbląskie Centrum Transferu Technologii sp. z o.o.
  Liczba członków             21*
  Zatrudnienie u członków     ok. 3 900 osób
  Strona internetowa          www.ektimp.pl
  Wyniki oceny                zasoby 3,44 | procesy 3,12 | wyniki 3,25 | ogółem 3,27

  * stan na 30 czerwca 2024 r.; na koniec roku bazowego (31.12.2023 r.) klaster liczył 19 członków.

"""
    + fill(
        "Elbląski Klaster Turbin i Maszyn Przepły~wowych utworzyło w 2019^r. osiem przedsię~biorstw z Elbląga i Pasłęka produkujących i "
        "naprawiających elementy turbin parowych i gazowych. Partne~rem naukowym klastra jest Wydział "
        "Mechaniczny Akademii Nadzalewowej w Elblągu, który nie jest jego członkiem. Celem klastra "
        "jest rozwój krajowego łańcu~cha dostaw części do turbin, wspólne prowadzenie prac "
        "badawczo-rozwojowych nad regeneracją łopatek oraz promocja członków na rynku energetyki "
        "przemysłowej. W latach 2021–2023 członkowie realizowali wspólny projekt B+R o wartości "
        "6,4^mln^zł; w badaniu klaster uzyskał najwyższą w próbie ocenę w podobszarze „współpraca z "
        "nauką” (4,20)."
    )
    + """

5.5. Wągrowiecki Klaster Urządzeń Chłodniczych

  Koordynator                 Wągrowiecka Fundacja Inicjatyw Gospodarczych (Wągrowiec)
  Biuro klastra               Skoki, ul. Rynek 9
  Forma organizacyjna         porozumienie klastrowe (od 2018 r.)
  Liczba członków             ponad 20 (szacunek koordynatora)
  Zatrudnienie u członków     b.d.
  Strona internetowa          www.wkuch.pl
  Wyniki oceny                zasoby 2,71 | procesy 2,55 | wyniki 2,66 | ogółem 2,64

"""
    + fill(
        "Klaster zrzesza producentów agregatów i komór chłodni~czych oraz firmy montażowe i serwisowe "
        "z powia~tów wągrowieckiego, obornickiego i gnieźnień~skiego. Porozumienie klastrowe podpisano "
        "w 2018^r. w Wągrowcu, w siedzibie fundacji, która pełni funkcję koordynatora; od 2021^r. "
        "biuro klastra działa w Skokach. Koordynator nie prowadzi aktualnego rejestru członków, stąd "
        "w ankie~cie podano liczbę szacun~kową. Najniższa w zestawieniu ocena w obszarze procesów "
        "(2,55) wynika z nieregularności spotkań i braku rocznego planu działań. W 2023^r. siedem "
        "firm z klastra wystawiło się na wspólnym stoisku na targach w Kielcach."
    )
)

Y01_P44 = (
    """5.6. Klaster Cukierniczy Doliny Skawy

  Siedziba                    Wadowice
  Forma organizacyjna         spółka z o.o. (Klaster Cukierniczy Doliny Skawy sp. z o.o.)
  Rok powstania               2020 (list intencyjny: 2019)
  Koordynator                 – (spółka sama zarządza klastrem)
  Członkowie                  16 udziałowców i 9 członków stowarzyszonych
  Zatrudnienie u członków     ok. 870 osób
  Strona internetowa          www.cukiernicyskawy.pl
  Wyniki oceny                zasoby 3,01 | procesy 3,10 | wyniki 2,83 | ogółem 2,98

"""
    + fill(
        "Klaster tworzą cukiernie, piekarnie i producenci wyrobów czekola~dowych z Wadowic, "
        "Andrychowa, Kalwa~rii Zebrzy~dowskiej i Suchej Beskidzkiej. Po podpisaniu listu intencyjnego "
        "w listopadzie 2019^r. firmy założyły w 2020^r. spółkę, która zarządza klastrem; jej "
        "udziałowcami jest 16 firm, a 9 kolejnych podmiotów – w tym dwie szkoły branżowe i Gmina "
        "Wadowice – współpracuje z klastrem jako członkowie stowarzy~szeni na podstawie umów o "
        "współpracy. Umowa spółki wskazuje jako cele klastra:"
    )
    + """
  • wspólne zakupy surowców, w szczególności mąki, cukru i kakao,
  • rozwój wspólnej marki wyrobów cukierniczych z Doliny Skawy,
  • kształcenie cukierników i piekarzy we współpracy ze szkołami branżowymi.
"""
    + fill(
        "Wspólny magazyn surowców działa od 2022^r. w Andrychowie. Klaster osiągnął wynik ogólny "
        "2,98, zbliżony do średniej próby (3,04); najlepiej ocenia procesy (3,10), w tym wspólne "
        "zakupy, z których korzysta 14 firm."
    )
    + "\n\n5.7. Klaster o niepełnych danych\n\n"
    + fill(
        "Klaster Ekotu~rystyki Biebrzań~skiej, koordynowany przez Fundację „Biebrzańskie Ostoje” z "
        "siedzi~bą w Goniądzu, nadesłał ankietę wypełnioną wyłącznie w części dotyczącej zasobów, "
        "dla~tego nie obliczono dla niego oceny ogólnej ani nie uwzględniono go w analizie skupień. "
        "Według deklaracji koordynatora klaster, działający od 2021^r. na podstawie porozumienia, "
        "skupia ok. 30 podmiotów – kwatery agroturys~tyczne, przewodników, wypożyczalnie łodzi i dwie "
        "gminy z doliny Biebrzy. Wynik w obszarze zasobów (2,94) jest zbliżony do średniej. Spotkanie "
        "wyjaśnia~jące z koordynatorem odbyło się w Białymstoku w lipcu 2024^r."
    )
)

Y01_P45 = (
    "5.8. Wnioski\n\n"
    + fill(
        "Sześć przedstawionych klastrów zrzesza łącznie ok. 155 podmiotów, czyli ok. 5% wszystkich "
        "członków klastrów objętych badaniem. Najwięcej nowych członków w latach 2023–2024 przyjął "
        "Chełmski Klaster Kredy i Surowców Mineralnych (sześciu), a najwięcej członków stracił "
        "Wągro~wiecki Klaster Urządzeń Chłodniczych, który – według koordynatora – opuściło co "
        "najmniej pięć firm. Średnia liczba członków klastra w próbie spadła z 81,2 "
        "w edycji 2022 do 77,5; w grupie „liderów” wynosi ona 142. Najwyższą ocenę ogólną w całej "
        "próbie (4,12) uzyskał zanonimi~zowany Klaster^C z województwa mazowieckiego, skupiający 210 "
        "podmiotów, a najniższą (2,21) – Klaster^E z województwa lubuskiego."
    )
    + "\n\n"
    + fill(
        "Porównanie profili potwierdza obserwację z poprzednich edycji: forma prawna nie przesądza o "
        "wyni~kach klastra. Stowarzyszenie ze Strzyżowa i klaster konsorcjalny z Elbląga osiągają "
        "zbliżone oceny ogólne, a o różnicach decyduje przede wszystkim stabilność zespołu "
        "zarządza~jącego i posiadanie aktualnej strategii. Klastry, które nie prowadzą rejestru "
        "członków ani własnej strony internetowej, systema~tycznie uzyskują niższe oceny w obszarze "
        "procesów."
    )
    + "\n\n"
    + fill(
        "Rekomendacje dla koordynatorów (R1–R4) zamieszczono w rozdziale 6. Kolejna edycja badania "
        "zostanie przeprowadzona w 2026^r.; zaproszenie otrzyma ok. 120 klastrów zgłoszonych do "
        "krajowej bazy inicjatyw klastrowych."
    )
)


def make_y01() -> None:
    pages = [Y01_P41, Y01_P42, Y01_P43, Y01_P44, Y01_P45]
    out = []
    for offset, body in enumerate(pages):
        number = 41 + offset
        out.append(page(y01_header(number), body, y01_footer(number)))
    write_text("y01_benchmarking_klastrow_raport_krajowy.txt", "\f".join(out))


# --------------------------------------------------------------------------------------
# y02 – regional register of energy clusters (PDF with a ruled table)
# --------------------------------------------------------------------------------------

Y02_INTRO = [
    "Regionalny wykaz klastrów energii prowadzony jest od 2019 r. na podstawie uchwały nr "
    "21/745/19 Zarządu Województwa Kujawsko-Pomorskiego. Wpis do wykazu ma charakter "
    "informacyjny: potwierdza, że klaster działa na obszarze województwa na podstawie "
    "porozumienia o utworzeniu klastra energii, i nie zastępuje wpisu do rejestru prowadzonego "
    "przez Prezesa Urzędu Regulacji Energetyki.",
    "Według stanu na 31 grudnia 2024 r. w wykazie figuruje pięć klastrów energii, które łącznie "
    "zrzeszają 94 członków – gminy, powiaty, przedsiębiorstwa, spółdzielnie, gospodarstwa rolne "
    "i szkoły. Łączna moc zainstalowana odnawialnych źródeł energii na obszarze działania tych "
    "klastrów wynosi 187,3 MW, w tym 96,8 MW w instalacjach fotowoltaicznych.",
    "W 2024 r. do wykazu wpisano jeden klaster (poz. 5). Wniosek Spółdzielni Energetycznej "
    "„Wąbrzeskie Słońce” z Wąbrzeźna nie został uwzględniony: spółdzielnia energetyczna nie jest "
    "klastrem energii, a jej członkami mogą być wyłącznie podmioty z obszaru jednej gminy.",
]

Y02_TABLE = [
    [
        "Lp.",
        "Nazwa klastra energii",
        "Koordynator",
        "Siedziba koordynatora",
        "Porozumienie (data, liczba stron)",
        "Liczba członków*",
        "Moc OZE [MW]",
        "Certyfikat / status",
    ],
    [
        "1.",
        "Golubsko-Dobrzyński Klaster Energii",
        "Gmina Miasto Golub-Dobrzyń (gmina miejska)",
        "Golub-Dobrzyń",
        "12.03.2018, 14 stron",
        "19",
        "23,4",
        "certyfikat regionalny nr KE/02/2019",
    ],
    [
        "2.",
        "Kruszwicki Klaster Energii „Gopło”",
        "Gmina Kruszwica (gmina miejsko-wiejska)",
        "Kruszwica",
        "28.06.2019, 9 stron",
        "16",
        "41,0",
        "certyfikat regionalny nr KE/05/2020",
    ],
    [
        "3.",
        "Radziejowski Klaster Agroenergetyczny",
        "Kujawskie Biogazownie Rolnicze sp. z o.o.",
        "Radziejów",
        "04.02.2020, 20 stron",
        "22",
        "58,7",
        "–",
    ],
    [
        "4.",
        "Krajeński Klaster Energetyczny",
        "Krajeńskie Przedsiębiorstwo Energetyki Komunalnej sp. z o.o.",
        "Sępólno Krajeńskie",
        "15.09.2021, 17 stron",
        "25",
        "59,6",
        "certyfikat regionalny nr KE/09/2023",
    ],
    [
        "5.",
        "Chełmżyński Klaster Energii",
        "Gmina Chełmża (gmina wiejska)",
        "Chełmża",
        "10.05.2022, 6 stron",
        "12",
        "4,6",
        "wniosek o certyfikat w ocenie",
    ],
    ["", "RAZEM", "", "", "66 stron", "94", "187,3", ""],
]

Y02_NOTES = [
    (
        "Poz. 1 – Golubsko-Dobrzyński Klaster Energii (GDKE).",
        "Porozumienie o utworzeniu klastra energii podpisało 12 marca 2018 r. w Golubiu-Dobrzyniu "
        "14 stron; w 2021 r. przystąpiło do niego pięć kolejnych podmiotów. Koordynatorem jest "
        "Gmina Miasto Golub-Dobrzyń. Celem klastra jest pokrycie co najmniej 40% zapotrzebowania "
        "budynków użyteczności publicznej powiatu golubsko-dobrzyńskiego na energię elektryczną z "
        "lokalnych źródeł odnawialnych. Z 23,4 MW mocy zainstalowanej 11,2 MW przypada na "
        "instalacje fotowoltaiczne. Certyfikat regionalny wydano w 2019 r. Strona internetowa: "
        "www.gdke.pl.",
    ),
    (
        "Poz. 2 – Kruszwicki Klaster Energii „Gopło”.",
        "Sygnatariuszami porozumienia z 28 czerwca 2019 r. było 9 stron: Gmina Kruszwica, Gmina "
        "Jeziora Wielkie, pięć przedsiębiorstw i dwie szkoły; obecnie klaster liczy 16 członków. "
        "Koordynatorem jest Gmina Kruszwica, a sprawy klastra prowadzi Urząd Miejski w Kruszwicy. "
        "Posiedzenia rady klastra odbywają się na przemian w Strzelnie i w Mogilnie. Porozumienie "
        "wskazuje trzy cele: a) budowę magazynu energii przy oczyszczalni ścieków w Kruszwicy, "
        "b) wspólny zakup energii dla członków, c) rozwój instalacji odnawialnych źródeł energii w "
        "gospodarstwach rolnych nad Gopłem. Na 41,0 MW mocy zainstalowanej składa się m.in. farma "
        "wiatrowa o mocy 24 MW w gminie Jeziora Wielkie. Klaster „Gopło” otrzymał certyfikat "
        "regionalny w 2020 r.",
    ),
    (
        "Poz. 3 – Radziejowski Klaster Agroenergetyczny.",
        "Koordynatorem jest spółka Kujawskie Biogazownie Rolnicze sp. z o.o. z siedzibą w "
        "Radziejowie. Porozumienie podpisało 4 lutego 2020 r. 20 stron; obecnie członkami klastra "
        "są: 12 gospodarstw rolnych, 6 przedsiębiorstw, 3 gminy (Radziejów, Osięciny i Dobre) oraz "
        "Powiat Radziejowski. Na obszarze klastra działają cztery biogazownie rolnicze o mocy "
        "0,999 MW każda; pozostała moc to instalacje fotowoltaiczne i jedna farma wiatrowa. Klaster "
        "nie ubiegał się o certyfikat.",
    ),
    (
        "Poz. 4 – Krajeński Klaster Energetyczny.",
        "Porozumienie z 15 września 2021 r. podpisało 17 stron; obecnie klaster liczy 25 członków "
        "z powiatów sępoleńskiego i nakielskiego. Koordynatorem jest Krajeńskie Przedsiębiorstwo "
        "Energetyki Komunalnej sp. z o.o. z siedzibą w Sępólnie Krajeńskim, a biuro klastra mieści "
        "się w Więcborku. Cele klastra określone w porozumieniu to:",
    ),
    (
        "",
        "Certyfikat regionalny wydano w 2023 r. Strona internetowa: www.kke-krajna.pl.",
    ),
    (
        "Poz. 5 – Chełmżyński Klaster Energii.",
        "Koordynatorem jest Gmina Chełmża – gmina wiejska z siedzibą urzędu w Chełmży; członkiem "
        "klastra jest również odrębna Gmina Miasto Chełmża. Porozumienie z 10 maja 2022 r. "
        "podpisało sześć stron, a obecnie klaster zrzesza 12 członków. W listopadzie 2024 r. "
        "koordynator złożył wniosek o certyfikat; jest on w trakcie oceny.",
    ),
]

Y02_KRAJNA_GOALS = [
    "ograniczenie niskiej emisji w miastach Krajny,",
    "rozwój sieci ciepłowniczych zasilanych biomasą,",
    "poprawa bezpieczeństwa energetycznego odbiorców na terenach wiejskich.",
]


def make_y02() -> None:
    from reportlab import rl_config

    rl_config.invariant = 1

    from reportlab.lib import colors
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
        Table,
        TableStyle,
    )

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(
        "DejaVuSans",
        normal="DejaVuSans",
        bold="DejaVuSans-Bold",
        italic="DejaVuSans",
        boldItalic="DejaVuSans-Bold",
    )

    body = ParagraphStyle("body", fontName="DejaVuSans", fontSize=9.5, leading=13, spaceAfter=5)
    center = ParagraphStyle("center", parent=body, alignment=TA_CENTER)
    title = ParagraphStyle(
        "title", parent=body, fontName="DejaVuSans-Bold", fontSize=12, leading=16, alignment=1
    )
    cell = ParagraphStyle("cell", fontName="DejaVuSans", fontSize=7.5, leading=9.2)
    head = ParagraphStyle("head", parent=cell, fontName="DejaVuSans-Bold", fontSize=7, leading=8.6)

    story = [
        Paragraph("URZĄD MARSZAŁKOWSKI WOJEWÓDZTWA KUJAWSKO-POMORSKIEGO", center),
        Paragraph("Departament Środowiska i Energii", center),
        Paragraph("Toruń, 14 stycznia 2025 r.", body),
        Spacer(1, 4 * mm),
        Paragraph("KOMUNIKAT NR 3/2025", title),
        Paragraph(
            "Dyrektora Departamentu Środowiska i Energii w sprawie aktualizacji Regionalnego "
            "wykazu klastrów energii (stan na 31 grudnia 2024 r.)",
            center,
        ),
        Spacer(1, 4 * mm),
    ]
    for number, text in enumerate(Y02_INTRO, 1):
        story.append(Paragraph(f"{number}. {text}", body))
    story.append(Spacer(1, 3 * mm))
    story.append(
        Paragraph(
            "<b>Tabela 1. Regionalny wykaz klastrów energii – stan na 31.12.2024 r.</b>", body
        )
    )
    rows = []
    for index, row in enumerate(Y02_TABLE):
        style = head if index in (0, len(Y02_TABLE) - 1) else cell
        rows.append([Paragraph(value, style) for value in row])
    widths = [x * mm for x in (7, 34, 31, 23, 23, 17, 13, 26)]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    story.append(table)
    story.append(Paragraph("* stan na 31 grudnia 2024 r.", cell))
    story.append(Spacer(1, 5 * mm))
    story.append(Paragraph("4. Informacje uzupełniające o klastrach wpisanych do wykazu:", body))
    for heading, text in Y02_NOTES:
        if heading:
            story.append(Paragraph(f"<b>{heading}</b> {text}", body))
        else:
            story.append(Paragraph(text, body))
        if heading.startswith("Poz. 4"):
            story.append(
                ListFlowable(
                    [ListItem(Paragraph(goal, body), leftIndent=12) for goal in Y02_KRAJNA_GOALS],
                    bulletType="bullet",
                    start="•",
                    leftIndent=12,
                    bulletFontName="DejaVuSans",
                )
            )
    story.append(
        Paragraph(
            "5. Wykaz jest aktualizowany raz w roku. Wnioski o wpis lub zmianę danych przyjmuje "
            "Wydział Energii Odnawialnej, tel. 56 621 40 87, e-mail: klastry.energii@umwkp-energia.pl.",
            body,
        )
    )
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph("Dyrektor Departamentu Środowiska i Energii", body))
    story.append(Paragraph("Anna Wiśniewska-Tuszyńska", body))

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont("DejaVuSans", 7.5)
        canvas.drawString(
            18 * mm,
            A4[1] - 12 * mm,
            "Urząd Marszałkowski Województwa Kujawsko-Pomorskiego – Departament Środowiska i Energii",
        )
        canvas.line(18 * mm, A4[1] - 13.5 * mm, A4[0] - 18 * mm, A4[1] - 13.5 * mm)
        canvas.drawRightString(
            A4[0] - 18 * mm, 10 * mm, f"Komunikat nr 3/2025 – strona {canvas.getPageNumber()}"
        )
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(HERE / "y02_wykaz_klastrow_energii_kujawsko_pomorskie.pdf"),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title="Komunikat nr 3/2025 – Regionalny wykaz klastrów energii",
        author="Departament Środowiska i Energii",
        subject="Wykaz klastrów energii, stan na 31.12.2024",
        creator="Departament Środowiska i Energii",
    )
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


# --------------------------------------------------------------------------------------
# y03 – gmina council resolution on joining a cluster association (DOCX)
# --------------------------------------------------------------------------------------

Y03_BODY = [
    ("right", "PROJEKT", False),
    ("right", "Druk nr 14/2025", False),
    ("center", "UCHWAŁA NR XII/87/2025", True),
    ("center", "RADY GMINY PŁASKA", True),
    ("center", "z dnia 27 marca 2025 r.", False),
    (
        "center",
        "w sprawie przystąpienia Gminy Płaska do Stowarzyszenia „Nadhańczański Klaster Turystyki Wodnej”",
        True,
    ),
    (
        "justify",
        "Na podstawie art. 18 ust. 2 pkt 15 oraz art. 84 ust. 1 ustawy z dnia 8 marca 1990 r. o "
        "samorządzie gminnym (Dz. U. z 2024 r. poz. 1465 z późn. zm.) Rada Gminy Płaska uchwala, co "
        "następuje:",
        False,
    ),
    (
        "justify",
        "§ 1. Gmina Płaska przystępuje jako członek zwyczajny do Stowarzyszenia „Nadhańczański "
        "Klaster Turystyki Wodnej” z siedzibą w Augustowie, wpisanego do Krajowego Rejestru Sądowego "
        "pod numerem 0000861472, zwanego dalej „Stowarzyszeniem”.",
        False,
    ),
    (
        "justify",
        "§ 2. Przyjmuje się do wiadomości treść statutu Stowarzyszenia, stanowiącego załącznik do "
        "uchwały.",
        False,
    ),
    (
        "justify",
        "§ 3. Ustala się roczną składkę członkowską Gminy w wysokości 3 500 zł, pokrywaną z budżetu "
        "Gminy Płaska w dziale 630 – Turystyka.",
        False,
    ),
    (
        "justify",
        "§ 4. Do reprezentowania Gminy w Stowarzyszeniu upoważnia się Wójta Gminy Płaska.",
        False,
    ),
    ("justify", "§ 5. Wykonanie uchwały powierza się Wójtowi Gminy Płaska.", False),
    ("justify", "§ 6. Uchwała wchodzi w życie z dniem podjęcia.", False),
    ("right", "Przewodniczący Rady Gminy", False),
    ("right", "Tadeusz Wróblewski", False),
    ("center", "UZASADNIENIE", True),
    (
        "justify",
        "Nadhańczański Klaster Turystyki Wodnej (NKTW) powstał w 2016 r. jako porozumienie "
        "jedenastu podmiotów z Augustowa, Płaskiej i Gib – wypożyczalni kajaków, ośrodków "
        "wypoczynkowych i przewoźników – zawarte z inicjatywy augustowskich przedsiębiorców "
        "turystycznych. W 2019 r. uczestnicy porozumienia zawiązali Stowarzyszenie „Nadhańczański "
        "Klaster Turystyki Wodnej”, wpisane do Krajowego Rejestru Sądowego w lutym 2020 r. "
        "Stowarzyszenie samodzielnie prowadzi sprawy klastra; nie ma on odrębnego koordynatora.",
        False,
    ),
    (
        "justify",
        "Obecnie Stowarzyszenie zrzesza 26 członków: 19 przedsiębiorców turystycznych, 4 gminy "
        "(Miasto Augustów, Gminę Augustów, Giby i Nowinkę), 2 organizacje pozarządowe oraz Muzeum "
        "Szlaków Wodnych w Augustowie. Po przystąpieniu Gminy Płaska liczba członków wzrośnie do "
        "27. Spośród 19 przedsiębiorców członkowskich 8 prowadzi działalność na terenie naszej "
        "gminy; łącznie zatrudniają oni w sezonie ok. 240 osób.",
        False,
    ),
    ("justify", "Zgodnie z § 8 statutu celami Stowarzyszenia są:", False),
    (
        "indent",
        "1) rozwój i wspólna promocja szlaków kajakowych rzeki Czarna Hańcza oraz Kanału Augustowskiego,",
        False,
    ),
    ("indent", "2) podnoszenie jakości usług turystycznych świadczonych przez członków,", False),
    ("indent", "3) ochrona walorów przyrodniczych dolin rzecznych Puszczy Augustowskiej,", False),
    (
        "indent",
        "4) pozyskiwanie środków zewnętrznych na wspólne inwestycje w infrastrukturę turystyki wodnej.",
        False,
    ),
    (
        "justify",
        "Walne zebrania członków odbywają się w Augustowie, a coroczne otwarcie sezonu kajakowego – "
        "na przemian w Gibach i w Płaskiej. Informacje o działalności Stowarzyszenia publikowane są "
        "na stronie www.nktw.pl.",
        False,
    ),
    (
        "justify",
        "Przystąpienie do Stowarzyszenia pozwoli Gminie Płaska współtworzyć wspólny produkt "
        "turystyczny szlaku Czarnej Hańczy, korzystać z systemu rezerwacji prowadzonego przez "
        "Stowarzyszenie i ubiegać się wspólnie z innymi członkami o środki na budowę przystani "
        "kajakowych. W 2025 r. składka zostanie naliczona proporcjonalnie i wyniesie 2 625 zł.",
        False,
    ),
    (
        "justify",
        "Gmina Płaska jest od 2019 r. członkiem Klastra Energii Pojezierza Augustowskiego, "
        "działającego od 2018 r. na podstawie porozumienia, którego koordynatorem jest Gmina "
        "Nowinka. Klaster ten skupia ok. 30 podmiotów, w tym 7 gmin, i nie jest związany z "
        "turystyką; członkostwo w nim nie stoi na przeszkodzie przystąpieniu do Stowarzyszenia.",
        False,
    ),
    (
        "justify",
        "Rozważano również przystąpienie do Klastra Kulinarnego Pojezierza Sejneńskiego, "
        "koordynowanego przez Fundację „Sejneński Stół” z Sejn i skupiającego kilkunastu "
        "producentów żywności tradycyjnej. Ze względu na jego profil oraz niewielką liczbę "
        "producentów żywności na terenie gminy od tego zamiaru odstąpiono.",
        False,
    ),
    ("justify", "Mając powyższe na uwadze, podjęcie uchwały jest zasadne.", False),
    ("justify", "Wynik głosowania: za – 13, przeciw – 0, wstrzymało się – 1.", False),
]


def make_y03() -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)
    align = {
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
        "indent": WD_ALIGN_PARAGRAPH.LEFT,
    }
    for kind, text, bold in Y03_BODY:
        paragraph = document.add_paragraph()
        paragraph.alignment = align[kind]
        if kind == "indent":
            paragraph.paragraph_format.left_indent = Cm(1)
        run = paragraph.add_run(text)
        run.bold = bold
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = "Id: 3B7F2C91-64AD-4E0B-A8C5-0F91D2E6B7A3. Projekt"

    props = document.core_properties
    stamp = dt.datetime(2025, 3, 20, 8, 0, 0)
    props.author = "Biuro Rady Gminy Płaska"
    props.last_modified_by = "Biuro Rady Gminy Płaska"
    props.title = "Uchwała w sprawie przystąpienia do Stowarzyszenia"
    props.subject = ""
    props.keywords = ""
    props.comments = ""
    props.category = ""
    props.revision = 3
    props.created = stamp
    props.modified = stamp
    props.last_printed = stamp

    buffer = io.BytesIO()
    document.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    target = HERE / "y03_uchwala_rady_gminy_plaska_klaster.docx"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 20, 8, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            out.writestr(entry, source.read(info.filename))


# --------------------------------------------------------------------------------------
# y04 – regional news portal page with three items (HTML)
# --------------------------------------------------------------------------------------

Y04_HTML = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gospodarka &ndash; Kurier Łukowsko-Radzyński</title>
<meta name="description" content="Wiadomości gospodarcze z powiatów łukowskiego, radzyńskiego i parczewskiego">
<link rel="stylesheet" href="/static/css/main.4f1c2.css">
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-KLR2025XQ');
</script>
</head>
<body class="category-gospodarka">
<div class="cookie-bar">Korzystamy z plik&oacute;w cookies. <a href="/polityka-prywatnosci">Dowiedz się więcej</a> <button>Akceptuję</button></div>
<header class="site-header">
  <a class="logo" href="/">Kurier <strong>Łukowsko-Radzyński</strong></a>
  <div class="weather">Łuków 7&deg;C &middot; Radzyń Podlaski 6&deg;C</div>
  <nav>
    <ul>
      <li><a href="/">Wiadomości</a></li>
      <li class="active"><a href="/gospodarka">Gospodarka</a></li>
      <li><a href="/samorzad">Samorząd</a></li>
      <li><a href="/sport">Sport</a></li>
      <li><a href="/kultura">Kultura</a></li>
      <li><a href="/ogloszenia">Ogłoszenia</a></li>
      <li><a href="/kontakt">Kontakt</a></li>
    </ul>
  </nav>
</header>
<div class="breadcrumbs"><a href="/">Strona gł&oacute;wna</a> &raquo; Gospodarka</div>
<main>
<h1>Gospodarka</h1>

<article id="art-4512">
  <h2>Radzyńscy meblarze wsp&oacute;lnie na targach w Poznaniu</h2>
  <p class="meta"><time datetime="2025-03-12T10:40">12 marca 2025, 10:40</time> &middot; Katarzyna Mazurek &middot; <a href="#komentarze-4512">4 komentarze</a></p>
  <p class="lead">Czternaście firm zrzeszonych w Radzyńskim Klastrze Mebli Tapicerowanych pokazało swoje kolekcje na wsp&oacute;lnym stoisku podczas targ&oacute;w meblowych w Poznaniu. To największa ekspozycja z naszego regionu w historii imprezy.</p>
  <p>Radzyński Klaster Mebli Tapicerowanych (RKMT) działa od 2015 roku i skupia ponad 40 firm z powiat&oacute;w radzyńskiego i bialskiego &ndash; producent&oacute;w sof i narożnik&oacute;w, szwalnie, wytw&oacute;rc&oacute;w pianek i stelaży oraz firmy transportowe. Koordynatorem klastra jest Stowarzyszenie Przedsiębiorc&oacute;w Ziemi Radzyńskiej z siedzibą w Radzyniu Podlaskim.</p>
  <p>&ndash; Wsp&oacute;lne stoisko kosztowało każdą z firm trzy razy mniej, niż gdyby wystawiała się sama. Podpisaliśmy wstępne umowy z odbiorcami z Niemiec, Czech i Litwy &ndash; m&oacute;wi Paweł Grzesiuk, menedżer klastra.</p>
  <p>Stoisko o powierzchni 320&nbsp;m&sup2; przygotowano ze środk&oacute;w projektu &bdquo;Meble z Podlasia na rynki UE&rdquo;, kt&oacute;rego budżet wynosi 1,2&nbsp;mln&nbsp;zł. W przyszłym roku klaster planuje wyjazd na targi w Kolonii. Więcej informacji na stronie <a href="https://www.rkmt.pl">www.rkmt.pl</a>.</p>
  <p class="tags">Tagi: <a href="/tag/klaster">klaster</a> <a href="/tag/meble">meble</a> <a href="/tag/radzyn-podlaski">Radzyń Podlaski</a> <a href="/tag/targi">targi</a></p>
  <section class="comments" id="komentarze-4512">
    <h3>Komentarze (4)</h3>
    <div class="comment"><p class="author">Marek z Komar&oacute;wki &middot; 12.03.2025, 14:22</p><p>Brawo! Moja firma jest w klastrze od 2016 i to była najlepsza decyzja.</p></div>
    <div class="comment"><p class="author">gość_1987 &middot; 12.03.2025, 15:03</p><p>A co z tym klastrem w Białej? Słyszałem, że się rozpadł.</p></div>
    <div class="comment"><p class="author">Redakcja &middot; 12.03.2025, 15:40</p><p>Zapytamy koordynatora i wr&oacute;cimy do tematu.</p></div>
    <div class="comment"><p class="author">Anna K. &middot; 13.03.2025, 08:11</p><p>40 firm, a pracownik&oacute;w szukają wszystkie naraz&hellip;</p></div>
  </section>
</article>

<article id="art-4507">
  <h2>Łukowskie wędliny pod wsp&oacute;lnym znakiem</h2>
  <p class="meta"><time datetime="2025-03-10T08:15">10 marca 2025, 08:15</time> &middot; Tomasz Jaroszuk &middot; <a href="#komentarze-4507">1 komentarz</a></p>
  <p class="lead">Dwanaście zakład&oacute;w mięsnych z powiatu łukowskiego, dwie szkoły branżowe i Powiat Łukowski tworzą od 2022 roku Klaster Wędliniarski Ziemi Łukowskiej. W sobotę członkowie klastra pokazali swoje wyroby na Festiwalu Smak&oacute;w w Stoczku Łukowskim.</p>
  <p>Porozumienie o utworzeniu klastra podpisano w październiku 2022 roku w Łukowie. Koordynatorem jest Łukowska Agencja Rozwoju Lokalnego sp. z o.o., kt&oacute;ra prowadzi biuro klastra w Łukowie. Powiat Łukowski, kt&oacute;ry jest członkiem klastra, wsp&oacute;łfinansuje jego działania, ale &ndash; jak podkreśla starosta &ndash; nim nie zarządza.</p>
  <p>Cele klastra to wsp&oacute;lna promocja łukowskich wędlin, uzyskanie dla nich oznaczenia produktu regionalnego oraz szkolenie rzeźnik&oacute;w i masarzy. &ndash; Tych fachowc&oacute;w brakuje dziś we wszystkich zakładach &ndash; m&oacute;wi Elżbieta Celińska z agencji.</p>
  <p>Zakłady zrzeszone w klastrze zatrudniają łącznie ok. 1&nbsp;100 os&oacute;b i przerabiają 160 ton mięsa tygodniowo. Stoisko klastra na festiwalu odwiedziło ponad 3 tys. os&oacute;b.</p>
  <p class="tags">Tagi: <a href="/tag/klaster">klaster</a> <a href="/tag/lukow">Łuk&oacute;w</a> <a href="/tag/stoczek-lukowski">Stoczek Łukowski</a> <a href="/tag/wedliny">wędliny</a></p>
  <section class="comments" id="komentarze-4507">
    <h3>Komentarze (1)</h3>
    <div class="comment"><p class="author">kiełbaska &middot; 10.03.2025, 19:47</p><p>Najlepsza kiełbasa była z Trzebieszowa, polecam.</p></div>
  </section>
</article>

<article id="art-4499">
  <h2>Parczew: pięć gmin i szpital w jednym klastrze energii</h2>
  <p class="meta"><time datetime="2025-03-07T12:05">7 marca 2025, 12:05</time> &middot; Katarzyna Mazurek &middot; <a href="#komentarze-4499">brak komentarzy</a></p>
  <p class="lead">W czwartek w sali konferencyjnej Urzędu Miejskiego w Parczewie podpisano porozumienie o utworzeniu Parczewskiego Klastra Energii Lokalnej. Koordynatorem klastra została Gmina Parczew.</p>
  <p>Sygnatariuszami porozumienia jest 16 podmiot&oacute;w: pięć gmin (Parczew, Jabłoń, Milan&oacute;w, Siemień i Dębowa Kłoda), dziewięciu przedsiębiorc&oacute;w, sp&oacute;łdzielnia mleczarska oraz szpital powiatowy. Porozumienie zawarto na 10 lat.</p>
  <p>&ndash; Do końca roku liczymy na ok. 25 członk&oacute;w. Na terenie gmin klastra pracują już farmy fotowoltaiczne o łącznej mocy 12 MW, a w przyszłym roku chcemy uruchomić magazyn energii o pojemności 2 MWh &ndash; zapowiada burmistrz Parczewa.</p>
  <p class="tags">Tagi: <a href="/tag/klaster-energii">klaster energii</a> <a href="/tag/parczew">Parczew</a> <a href="/tag/oze">OZE</a></p>
  <section class="comments" id="komentarze-4499">
    <h3>Komentarze (0)</h3>
    <p>Bądź pierwszy &ndash; skomentuj artykuł.</p>
  </section>
</article>

<nav class="pagination"><a href="/gospodarka?page=2">Starsze wiadomości &raquo;</a></nav>
</main>

<aside class="sidebar">
  <section class="read-also">
    <h3>Czytaj także</h3>
    <ul>
      <li><a href="/gospodarka/klaster-stolarki-szuka-nowych-czlonkow">Klaster stolarki z Międzyrzeca Podlaskiego szuka nowych członk&oacute;w</a>
        <p>Klaster Stolarki Budowlanej Południowego Podlasia zrzesza 18 producent&oacute;w okien, drzwi i schod&oacute;w. Teraz chce otworzyć się na firmy montażowe. <time datetime="2025-02-28">28.02.2025</time></p></li>
      <li><a href="/kultura/zespol-klaster-na-dniach-lukowa">Zesp&oacute;ł Klaster zagra na Dniach Łukowa</a>
        <p>Lubelski zesp&oacute;ł rockowy Klaster wystąpi 14 czerwca na scenie przy ul. Piłsudskiego. <time datetime="2025-02-25">25.02.2025</time></p></li>
      <li><a href="/samorzad/ryki-spor-o-farme-wiatrowa">Ryki: sp&oacute;r o farmę wiatrową trafi do sądu</a>
        <p>Mieszkańcy dw&oacute;ch sołectw złożyli skargę na decyzję środowiskową. <time datetime="2025-02-21">21.02.2025</time></p></li>
    </ul>
  </section>
  <section class="most-read">
    <h3>Najczęściej czytane</h3>
    <ol>
      <li><a href="/wiadomosci/remont-dworca-w-lukowie">Remont dworca w Łukowie potrwa do jesieni</a></li>
      <li><a href="/sport/orleta-radzyn-awans">Orlęta Radzyń blisko awansu</a></li>
      <li><a href="/ogloszenia/praca-tapicer">Praca: tapicer, szwaczka &ndash; 14 ofert</a></li>
    </ol>
  </section>
</aside>

<footer class="site-footer">
  <p>&copy; 2025 Kurier Łukowsko-Radzyński &middot; Wydawca: Agencja Wydawnicza &bdquo;Region Nadbużański&rdquo; sp. z o.o., ul. Warszawska 41, 21-400 Łuk&oacute;w &middot; tel. 25 798 14 62 &middot; redakcja@kurier-lr.pl</p>
  <p><a href="/regulamin">Regulamin</a> &middot; <a href="/polityka-prywatnosci">Polityka prywatności</a> &middot; <a href="/reklama">Reklama</a></p>
</footer>
</body>
</html>
"""


def make_y04() -> None:
    write_text("y04_portal_kurier_lukowsko_radzynski_klastry.html", Y04_HTML)


# --------------------------------------------------------------------------------------
# y05 – a cluster's annual activity report (plain text with aligned tables)
# --------------------------------------------------------------------------------------

Y05_TEXT = """WIELICKA AGENCJA ROZWOJU TURYSTYKI SP. Z O.O.
koordynator Klastra Haloterapii i Balneologii „Solne Źródło”
ul. Słowackiego 14, 32-020 Wieliczka · tel. 12 278 40 16 · biuro@solne-zrodlo.pl


                            SPRAWOZDANIE Z DZIAŁALNOŚCI
            KLASTRA HALOTERAPII I BALNEOLOGII „SOLNE ŹRÓDŁO” ZA ROK 2024

            przyjęte uchwałą nr 2/2025 Rady Klastra z dnia 20 lutego 2025 r.


Spis treści
1. Informacje ogólne ............................................................ 1
2. Członkowie Klastra ........................................................... 1
3. Działania zrealizowane w 2024 r. ............................................. 2
4. Współpraca z innymi klastrami i instytucjami ................................. 3
5. Finanse ...................................................................... 3
6. Plan na rok 2025 ............................................................. 4


1. INFORMACJE OGÓLNE

Klaster Haloterapii i Balneologii „Solne Źródło” (dalej: Klaster) działa od 2017 r. na
podstawie porozumienia o współpracy zawartego w Wieliczce przez 12 podmiotów – hotele,
sanatoria, gabinety haloterapii oraz Gminę Wieliczka. Do 30 czerwca 2022 r. Klaster
działał pod nazwą „Wielicki Klaster Turystyki Solnej”; zmianę nazwy przyjęło zgromadzenie
członków w maju 2022 r., aby podkreślić zdrowotny profil działalności.

Funkcję koordynatora pełni od początku Wielicka Agencja Rozwoju Turystyki sp. z o.o.
(WART), która prowadzi biuro Klastra w Wieliczce. Klaster nie posiada osobowości prawnej;
prawa i obowiązki członków określa porozumienie o współpracy.

Zgodnie z § 3 porozumienia celami Klastra są:
   a) rozwój oferty leczniczej i profilaktycznej opartej na mikroklimacie podziemnych
      komór solnych i solankach,
   b) wspólna promocja Wieliczki i okolic jako ośrodka turystyki zdrowotnej,
   c) podnoszenie kwalifikacji personelu obiektów członkowskich,
   d) pozyskiwanie środków zewnętrznych na wspólne przedsięwzięcia inwestycyjne.

Strona internetowa Klastra: www.solne-zrodlo.pl; strona koordynatora: www.wart-wieliczka.pl.


2. CZŁONKOWIE KLASTRA

Tabela 1. Zmiany liczby członków Klastra w 2024 r.

  Wyszczególnienie                                              Liczba podmiotów
  ------------------------------------------------------------------------------
  Stan na 1 stycznia 2024 r.                                                  31
  Przystąpili do Klastra w 2024 r.                                            +6
  Wystąpili z Klastra w 2024 r.                                               −2
  Stan na 31 grudnia 2024 r.                                                  35
  ------------------------------------------------------------------------------

W 2024 r. do Klastra przystąpili:
  – Hotel „Solny Dwór” sp. z o.o. (Wieliczka),
  – Dom Gościnny „Pod Kasztanem” (Kokotów),
  – Gabinet Fizjoterapii „Ruch i Sól” (Niepołomice),
  – Centrum Haloterapii „Grota Zdrowia” (Gdów),
  – Biuro Podróży „Kraina Szybów” (Wieliczka),
  – Policealna Szkoła Masażu i Odnowy Biologicznej „Halit” (Wieliczka).

Z Klastra wystąpili: Hotel „Pod Tężnią” sp. z o.o. w likwidacji (Biskupice) oraz Biuro
Turystyczne „Salina Tour” (Wieliczka) – zob. pkt 4.

Tabela 2. Struktura członków według rodzaju podmiotu

  Rodzaj podmiotu                              31.12.2023   31.12.2024   udział 2024
  ----------------------------------------------------------------------------------
  obiekty noclegowe i sanatoria                        10           11        31,4%
  gabinety haloterapii i rehabilitacji                  7            9        25,7%
  biura podróży i przewodnicy                           6            6        17,1%
  jednostki samorządu terytorialnego                    3            3         8,6%
  uczelnie i szkoły                                     2            3         8,6%
  organizacje pozarządowe                               3            3         8,6%
  ----------------------------------------------------------------------------------
  Razem                                                31           35       100,0%

Członkami Klastra z grupy jednostek samorządu terytorialnego są Gmina Wieliczka, Gmina
Niepołomice i Gmina Biskupice. Obiekty członkowskie dysponują łącznie 1 260 miejscami
noclegowymi i zatrudniają ok. 1 900 osób; w 2024 r. przyjęły ok. 84 tys. kuracjuszy i
turystów, o 9% więcej niż rok wcześniej.


3. DZIAŁANIA ZREALIZOWANE W 2024 R.

Tabela 3. Wydarzenia i spotkania

  Data             Wydarzenie                                        Miejsce          Uczestnicy
  -----------------------------------------------------------------------------------------------
  14.03.2024       Walne spotkanie członków Klastra                  Niepołomice              42
  11–13.04.2024    Wspólne stoisko na targach turystycznych          Poznań               6 firm
  14.05.2024       Podpisanie porozumienia o współpracy              Iwonicz-Zdrój            18
                   z Klastrem Wód Leczniczych Beskidu Niskiego
  06.06.2024       Szkolenie „Bezpieczeństwo w komorach solnych”     Wieliczka                27
  20–22.09.2024    Dni Soli – wspólne stoisko członków               Bochnia              9 firm
  25–27.10.2024    Targi sportów zimowych – stoisko wspólne          Katowice            4 firmy
                   z Klastrem Sportów Zimowych Gorców
  28.11.2024       Posiedzenie Rady Klastra                          Wieliczka                 7
  -----------------------------------------------------------------------------------------------

W ramach projektu „Sól Zdrowia” opracowano wspólny pakiet pobytów profilaktycznych, z
którego w 2024 r. skorzystało 1 140 osób, oraz przeszkolono 64 pracowników obiektów
członkowskich. Rada Klastra zebrała się w roku sprawozdawczym cztery razy.


4. WSPÓŁPRACA Z INNYMI KLASTRAMI I INSTYTUCJAMI

14 maja 2024 r. w Iwoniczu-Zdroju Klaster podpisał porozumienie o współpracy z Klastrem
Wód Leczniczych Beskidu Niskiego z siedzibą w Iwoniczu-Zdroju (województwo podkarpackie),
skupiającym 17 podmiotów uzdrowiskowych i hotelowych z powiatu krośnieńskiego.
Porozumienie przewiduje wymianę doświadczeń, wspólne pakiety „sól i wody mineralne” oraz
wzajemne kierowanie gości.

W październiku członkowie Klastra wspólnie z Klastrem Sportów Zimowych Gorców
(koordynator: Stowarzyszenie „Gorczańskie Stoki” z Mszany Dolnej) przygotowali pakiet
„narty i sól” i zaprezentowali go na targach w Katowicach.

Biuro Turystyczne „Salina Tour” wystąpiło z Klastra z dniem 30 września 2024 r. w związku
z przystąpieniem do Krakowskiego Klastra Turystyki Konferencyjnej z siedzibą w Krakowie,
odpowiadającego lepiej profilowi jego działalności.

Klaster uczestniczy w spotkaniach Małopolskiego Forum Klastrów – nieformalnej platformy
wymiany doświadczeń koordynatorów, która sama nie jest klastrem.


5. FINANSE

Tabela 4. Przychody i koszty Klastra w 2024 r. (zł)

  Przychody                                                          zł
  ---------------------------------------------------------------------
  Składki członkowskie (31 × 3 000 zł)                           93 000
  Dofinansowanie projektu „Sól Zdrowia”                         148 500
  Wpływy z wydarzeń                                              21 300
  Razem przychody                                               262 800

  Koszty                                                             zł
  ---------------------------------------------------------------------
  Obsługa biura Klastra (umowa z koordynatorem)                  72 000
  Promocja i targi                                               96 400
  Szkolenia                                                      61 200
  Pozostałe                                                      18 700
  Razem koszty                                                  248 300

Składki nowych członków przyjętych w 2024 r. zostaną pobrane od 2025 r.


6. PLAN NA ROK 2025

  – zwiększenie liczby członków do 40, w szczególności o gabinety rehabilitacji,
  – analiza przekształcenia Klastra w stowarzyszenie (decyzja walnego spotkania
    w czerwcu 2025 r.),
  – wspólny wniosek z Klastrem Wód Leczniczych Beskidu Niskiego o środki na
    promocję zagraniczną,
  – druga edycja pakietu „Sól Zdrowia”.


Wieliczka, 20 lutego 2025 r.

                                           Małgorzata Kwiek-Sołtys
                                           Prezes Zarządu WART sp. z o.o.
"""


def make_y05() -> None:
    write_text("y05_sprawozdanie_klaster_solne_zrodlo_wieliczka_2024.txt", Y05_TEXT)


# --------------------------------------------------------------------------------------
# y06 – e-mailed newsletter of a regional forum of clusters (plain text)
# --------------------------------------------------------------------------------------

Y06_TEXT = """Od: Forum Klastrów Warmii i Mazur <newsletter@fkwim.org.pl>
Do: lista-czlonkow@fkwim.org.pl
Data: wtorek, 8 kwietnia 2025 09:14
Temat: Newsletter FKWiM 4/2025 – nowy członek, Klaster miesiąca, walne w Mrągowie

Jeśli wiadomość nie wyświetla się poprawnie, otwórz ją w przeglądarce:
https://fkwim.org.pl/newsletter/2025-04

========================================================================
  FORUM KLASTRÓW WARMII I MAZUR · NEWSLETTER NR 4/2025 · KWIECIEŃ
========================================================================

Szanowni Państwo,

w marcu do Forum dołączył Piski Klaster Bioenergii Leśnej – witamy!
Forum zrzesza obecnie siedem organizacji: sześć inicjatyw klastrowych
(w tym jedną w trakcie tworzenia) i jedną sieć współpracy, skupiających
łącznie ponad 170 podmiotów. Przypominamy, że Forum nie jest klastrem,
lecz porozumieniem koordynatorów klastrów z naszego województwa i nie
zrzesza przedsiębiorstw bezpośrednio.

------------------------------------------------------------------------
NASI CZŁONKOWIE (stan na 1 kwietnia 2025 r.)
nazwa – miejscowość – liczba członków – strona internetowa
------------------------------------------------------------------------
1. Warmiński Klaster Gastronomii Regionalnej – Lidzbark Warmiński –
   ok. 40 członków – www.wkgr.pl
2. Klaster Okuć i Akcesoriów Meblowych „Drwęca” – Nowe Miasto
   Lubawskie – 24 członków – www.klaster-drweca.pl
3. Klaster Piwowarów Rzemieślniczych Warmii – Dobre Miasto –
   13 członków – www.piwowarzywarmii.pl
4. Węgorzewski Klaster Szkutnictwa Drewnianego – Węgorzewo – ponad 20
   członków – strona w budowie
5. Piski Klaster Bioenergii Leśnej – Pisz – 17 członków – www.pce-pisz.pl
   (strona koordynatora, Piskiego Centrum Energii sp. z o.o.)
6. Klaster Turystyki Konnej Warmii – Orneta – w trakcie tworzenia: list
   intencyjny podpisało 9 stajni i gospodarstw, porozumienie planowane
   na jesień 2025 r. – brak strony
7. Sieć Gospodarstw Agroturystycznych „Warmińskie Zagrody” – Reszel –
   58 gospodarstw – www.warminskiezagrody.pl
   (jedyny członek Forum, który nie jest klastrem, lecz siecią
   współpracy gospodarstw bez wspólnego koordynatora)

------------------------------------------------------------------------
KLASTER MIESIĄCA: „DRWĘCA”
------------------------------------------------------------------------
Klaster Okuć i Akcesoriów Meblowych „Drwęca” powstał w 2019 r. na
podstawie porozumienia, które podpisało 11 firm z Nowego Miasta
Lubawskiego i Lubawy. Koordynatorem jest Fundacja Rozwoju Przemysłu
Meblowego z Lubawy, a biuro klastra działa w Nowym Mieście Lubawskim,
przy ul. Grunwaldzkiej. Dziś „Drwęca” liczy 24 członków: 19 producentów
okuć, uchwytów i prowadnic, 3 firmy transportowe, Zespół Szkół
Zawodowych w Nowym Mieście Lubawskim oraz Gminę Miejską Nowe Miasto
Lubawskie. Członkowie zatrudniają ok. 1 350 osób, a 70% produkcji
trafia do producentów mebli z Niemiec i Skandynawii.

Cele klastra to wspólne zakupy stali i tworzyw, wdrażanie automatyzacji
w zakładach członkowskich oraz kształcenie operatorów maszyn CNC we
współpracy ze szkołą.

– W tym roku chcemy przyjąć pięć nowych firm, a do 2027 r. dojść do
30 członków – zapowiada Jolanta Bieńkowska, menedżerka klastra.

------------------------------------------------------------------------
Z ŻYCIA KLASTRÓW
------------------------------------------------------------------------
* Piski Klaster Bioenergii Leśnej, utworzony w 2023 r. porozumieniem
  gmin, nadleśnictw i zakładów drzewnych, koordynowany przez Piskie
  Centrum Energii sp. z o.o., uruchomił pierwszą wspólną kotłownię na
  zrębkę w Rucianem-Nidzie (1,5 MW).
* Sześć z trzynastu browarów Klastra Piwowarów Rzemieślniczych Warmii
  rozlewa już piwo we wspólnej rozlewni w Dobrym Mieście.
* Węgorzewski Klaster Szkutnictwa Drewnianego zbudował w zimie trzy
  repliki historycznych łodzi żaglowych dla muzeum w Giżycku.

------------------------------------------------------------------------
WYDARZENIA
------------------------------------------------------------------------
* 22 maja 2025 r., Mrągowo, hotel „Mazurski Brzeg” – Walne Zgromadzenie
  Forum; zgłoszenia do 12 maja.
* 7–8 czerwca 2025 r., Olsztyn – Warmiński Klaster Gastronomii
  Regionalnej zaprasza na Festiwal Kuchni Warmińskiej na olsztyńskiej
  starówce; wystąpi 25 restauracji i producentów z klastra.
* 14 czerwca 2025 r., Węgorzewo – Dzień Szkutnika: pokaz łodzi
  drewnianych budowanych przez członków klastra.

--
Forum Klastrów Warmii i Mazur
ul. Kościuszki 48/3, 10-504 Olsztyn
tel. 89 512 30 74 · biuro@fkwim.org.pl · https://fkwim.org.pl

Otrzymujesz tę wiadomość, ponieważ Twoja organizacja jest członkiem
Forum lub zapisała się na newsletter. Wypisz się:
https://fkwim.org.pl/wypisz?u=7f3a91c2
"""


def make_y06() -> None:
    write_text("y06_newsletter_forum_klastrow_warmii_i_mazur.txt", Y06_TEXT)


# --------------------------------------------------------------------------------------
# y07 – a LAG's local development strategy excerpt (pdftotext -layout text)
# --------------------------------------------------------------------------------------

Y07_HEAD = "Lokalna Strategia Rozwoju LGD „Kazimierskie Nadwiśle” na lata 2023–2027"


def y07_page(number: int, body: str) -> str:
    return page(Y07_HEAD, body, " " * 45 + str(number))


Y07_P1 = (
    "3.4. Gospodarka i przedsiębiorczość\n\n"
    + fill(
        "Obszar LGD „Kazimierskie Nadwiśle” obejmuje pięć gmin powiatu kazimierskiego w "
        "województwie świętokrzy~skim: Bejsce, Czarnocin, Kazimierza Wielka, Opatowiec i Skalbmierz. "
        "Gospodarka obszaru ma charakter rolniczy; wskaźnik przedsiębiorczości jest wyraźnie niższy "
        "niż średnio w wojewódz~twie (tabela^9), a blisko 60% zarejestrowanych podmiotów to "
        "jednoosobowe działalności gospodar~cze w handlu, budownictwie i usługach dla rolnictwa.",
        auto=True,
    )
    + """

Tabela 9. Podmioty gospodarki narodowej w rejestrze REGON na 10 tys. mieszkańców (2022 r.)

  Jednostka                          Podmioty ogółem    w tym osoby fizyczne    zmiana 2018–2022
  Gmina Bejsce                                   612                     498              +4,1%
  Gmina Czarnocin                                574                     471              +2,9%
  Gmina Kazimierza Wielka                        861                     655              +6,3%
  Gmina Opatowiec                                588                     490              +3,0%
  Gmina Skalbmierz                               702                     569              +5,2%
  Obszar LGD                                     715                     566              +4,8%
  Województwo świętokrzyskie                   1 005                     742              +7,7%

  Źródło: opracowanie własne na podstawie danych GUS (BDL).

3.5. Rolnictwo i przetwórstwo rolno-spożywcze

"""
    + fill(
        "Obszar LGD stanowi wyraźne skupisko – swoisty „klaster” w rozumieniu geograficznym – upraw "
        "warzyw gruntowych: kapusty, kalafiora i brokułu. Warzywa uprawia ok. 38% gospodarstw, a "
        "powierzch~nia upraw przekracza 4^100^ha. Średnia powierzchnia gospodarstwa (6,9^ha) jest "
        "jednak niewielka, co utrudnia samodzielny zbyt do sieci handlowych.",
        auto=True,
    )
    + "\n\n"
    + fill(
        "Najważniejszą inicjatywą współpracy producentów jest Kazimierski Klaster Warzywno-"
        "Przetwórczy (KKWP), utworzony w 2016^r. na podstawie porozumienia klastrowego. Jego "
        "koordynatorem jest Spółdziel~nia Rolniczo-Handlowa „Żyzna Ziemia” z siedzibą w Skalbmierzu, "
        "w której siedzibie mieści się również biuro klastra. W klastrze uczestniczy 46 gospodarstw "
        "rolnych, 3 przetwórnie warzyw, grupa producencka oraz Gmina Kazimierza Wielka. "
        "Porozumienie wskazuje następujące cele klastra:",
        auto=True,
    )
)

Y07_P2 = (
    """  • wspólne przechowalnictwo i konfekcjonowanie warzyw,
  • skracanie łańcucha dostaw do sieci handlowych i stołówek publicznych,
  • wdrażanie nawadniania kropelkowego i innych metod oszczędzania wody,
  • promocję warzyw z Ziemi Kazimierskiej pod wspólnym znakiem.

"""
    + fill(
        "W 2021^r. KKWP uruchomił w Kazimierzy Wielkiej wspólną chłodnię o pojemności 2^400^ton, "
        "z której korzysta 31 gospodarstw. W konsultacjach strategii przedstawiciele klastra "
        "wskazywali na brak linii do mrożenia warzyw i na trudności w pozyskiwaniu pracowników "
        "sezonowych.",
        auto=True,
    )
    + "\n\n"
    + fill(
        "Członkiem klastra jest Grupa Producentów Warzyw „Kazimierskie Kalafiory” sp. z o.o. z "
        "siedzibą w Bejscach, która zrzesza 17 rolników i prowadzi wspólną sprzedaż kalafiora i "
        "brokułu. Grupa producencka jest formą organizacji rolników przewidzianą w przepisach o "
        "grupach producentów rolnych – nie jest klastrem i nie należy jej mylić z KKWP, choć część "
        "jej członków uczestniczy w obu strukturach. Na obszarze LGD działają jeszcze dwie grupy "
        "producentów owoców i jedna spółdzielnia mleczarska.",
        auto=True,
    )
    + "\n\n3.6. Turystyka\n\n"
    + fill(
        "Potencjał turystyczny obszaru opiera się na dolinie Wisły i Nidy, zabytkach sakralnych i "
        "walorach uzdrowiskowych sąsiedniego powiatu buskiego. Gospodarstwa agroturystyczne z "
        "obszaru LGD współpracują w ramach Klastra Gospodarstw Gościnnych Ponidzia, koordynowanego "
        "przez Fundację Rozwoju Turystyki Wiejskiej „Nad Nidą” z Wiślicy. Klaster działa od 2013^r. "
        "i skupia ponad 30 gospodarstw agroturystycznych i kwater (dane koordynatora), z czego 9 "
        "leży na obszarze LGD. W badaniu ankietowym mieszkańców 41% respondentów wskazało "
        "turystykę wiejską jako dziedzinę wymagającą wsparcia.",
        auto=True,
    )
)

Y07_P3 = (
    "3.7. Energetyka\n\n"
    + fill(
        "Gminy Opatowiec, Bejsce i Czarnocin są członkami Klastra Energii „Nadwiślańskie Słońce”, "
        "utworzonego w 2019^r. porozumieniem, którego koordynatorem jest Gmina Opatowiec. Klaster "
        "liczy 16 członków: 9 gmin z powiatów kazimierskiego, buskiego i proszowickiego oraz "
        "7^przedsiębiorstw. Łączna moc instalacji fotowoltaicznych w gminach członkowskich wynosi "
        "14,8^MW; „Nadwiślańskie Słońce” planuje budowę biogazowni wykorzystującej odpady z "
        "przetwórstwa warzyw.",
        auto=True,
    )
    + "\n\n"
    + """Tabela 14. Analiza SWOT – obszar „Gospodarka” (fragment)

  Mocne strony                                     Słabe strony
  • tradycje upraw warzywnych                      • rozdrobnienie gospodarstw
  • działający klaster warzywny i grupy            • brak przetwórni mrożonek
    producenckie                                   • niski wskaźnik przedsiębiorczości
  Szanse                                           Zagrożenia
  • skracanie łańcuchów dostaw                     • susze i niedobory wody
  • rozwój energetyki rozproszonej                 • odpływ młodych mieszkańców

"""
    + "Rozdział V. Cele i przedsięwzięcia (fragment)\n\n"
    + fill(
        "Cel szczegółowy 1.2. Wzmocnienie współpracy producentów rolnych i przetwórców. W ramach "
        "przedsięwzięcia 1.2.1 LGD wesprze inwestycje w przechowalnictwo i przetwórstwo warzyw "
        "realizowane we współpracy co najmniej trzech podmiotów (wskaźnik produktu: 10 wspartych "
        "gospodarstw do 2027^r.). Przedsięwzięcie 1.2.2 przewiduje przygotowanie koncepcji "
        "klastra turystyki kajakowej na Nidzie; decyzja o jego utworzeniu zapadnie po 2026^r.",
        auto=True,
    )
    + "\n\n"
    + fill(
        "Stowarzyszenie „Lokalna Grupa Działania Kazimierskie Nadwiśle” z siedzibą w Kazimierzy "
        "Wielkiej, które opracowało niniejszą strategię, liczy 58 członków z sektorów publicznego, "
        "gospodarczego i społecznego; nie jest ono członkiem żadnego z opisanych klastrów.",
        auto=True,
    )
)


def make_y07() -> None:
    pages = [y07_page(23, Y07_P1), y07_page(24, Y07_P2), y07_page(25, Y07_P3)]
    write_text("y07_lsr_lgd_kazimierskie_nadwisle_klaster_warzywny.txt", "\f".join(pages))


def main() -> None:
    make_y01()
    make_y02()
    make_y03()
    make_y04()
    make_y05()
    make_y06()
    make_y07()


if __name__ == "__main__":
    main()
