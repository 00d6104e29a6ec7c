# ruff: noqa: E501
"""Generate the heldout24 evaluation documents (all text lives here).

Run from the repository root:

    .venv/bin/python tests/cases/heldout24/make_documents.py

Five invented regional reports on the clusters of a voivodeship, as text taken out of
PDFs (form feeds between pages, running headers and footers, hyphenated line ends).
The output is byte-for-byte deterministic. A "~" in a source word marks where it
may be hyphenated; other words may break between a vowel and a consonant followed by
a vowel. A word is hyphenated only when it does not fit the line.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
WIDTH = 88


VOWELS = set("aąeęioóuyAĄEĘIOÓUY")


def break_points(word: str) -> list[int]:
    """Positions where a word may be hyphenated: marked with "~", or else V-CV."""
    if "~" in word:
        pos, n = [], 0
        for ch in word:
            if ch == "~":
                pos.append(n)
            else:
                n += 1
        return pos
    if len(word) < 7 or any(c.isdigit() or c in "-/@." for c in word[:-1]):
        return []
    pos = []
    for i in range(3, len(word) - 3):
        a, b, c = word[i - 1], word[i], word[i + 1]
        if a in VOWELS and b.isalpha() and b not in VOWELS and c in VOWELS:
            pos.append(i)
    return pos


def wrap(text: str, width: int = WIDTH) -> list[str]:
    lines: list[str] = []
    cur = ""
    for word in text.split():
        clean = word.replace("~", "")
        cand = (cur + " " + clean).strip()
        if len(cand) <= width:
            cur = cand
            continue
        done = False
        for k in reversed(break_points(word)):
            head = clean[:k] + "-"
            if cur and len(cur + " " + head) <= width:
                lines.append(cur + " " + head)
                cur = clean[k:]
                done = True
                break
        if not done:
            if cur:
                lines.append(cur)
            cur = clean
    if cur:
        lines.append(cur)
    return lines


def P(text: str) -> str:
    return "\n".join(wrap(text))


def raw(text: str) -> str:
    return text.strip("\n")


def pages_to_text(pages: list[list[str]], header: str, footer: str, first: int) -> str:
    out = []
    for i, blocks in enumerate(pages):
        num = first + i
        top = header if num % 2 else header.rjust(WIDTH)
        body = "\n\n".join(blocks)
        bottom = footer.replace("{n}", str(num))
        out.append(f"{top}\n\n{body}\n\n{bottom}\n")
    return "\f".join(out) + "\f"


def write(name: str, text: str) -> None:
    (HERE / name).write_text(text, encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# g01 – łódzkie: report chapter with one section per cluster
# ---------------------------------------------------------------------------


def g01() -> None:
    p1 = [
        raw("4. INICJATYWY KLASTROWE W REGIONIE – STAN NA 30 CZERWCA 2024 R."),
        P(
            "Według ewidencji prowadzonej przez Departament Polityki Regionalnej w wojewódz~twie łódzkim działało w połowie 2024 r. 11 inicjatyw klastrowych, które łącznie zrzeszały ok. 390 pod~miotów, w tym ponad 300 przedsię~biorstw zatrudnia~jących blisko 21 tys. osób. Sześć z nich wzięło udział w badaniu ankieto~wym przeprowa~dzonym w marcu i kwietniu 2024 r.; ich charakterystykę zawierają podrozdziały 4.1–4.6."
        ),
        P(
            "Badaniem nie objęto klastra obliczeniowego „Kalkulator” uruchomionego w 2023 r. na jednym z wydziałów łódzkiej politechniki – mimo nazwy jest to infrastruktura serwerowa (48 węzłów obliczeniowych), a nie powiązanie kooperacyjne przedsię~biorstw. Pominięto także Łódzkie Forum Koordynatorów Klastrów, nieformalną platformę spotkań koordyna~torów, która – jak podkreślają jej uczestnicy – sama nie jest klastrem i nie ma członków."
        ),
        raw("4.1. Łódzki Klaster Włókien Odzyskanych „Osnowa”"),
        P(
            "Klaster powstał w 2016 r. na mocy porozumienia dziewięciu firm zajmujących się zbiórką i przerobem odpadów tekstylnych. Do 2019 r. jego koordyna~torem była Izba Przemysłowo-Handlowa Ziemi Łódzkiej. W 2019 r. członkowie założyli Stowarzyszenie „Osnowa – Klaster Włókien Odzyskanych”, które od tego czasu samo prowadzi sprawy klastra; funkcję zewnętrznego koordynatora zniesiono. Biuro ŁKWO mieści się w Łodzi przy ul. Wełnianej 7 lok. 12."
        ),
        P(
            "Obecnie „Osnowa” liczy 34 członków, w tym 27 przedsię~biorstw, 2 uczelnie oraz jeden instytut badawczy. Firmy członkowskie zatrudniają ok. 2 700 osób i przerabiają rocznie blisko 40 tys. ton odpadów. Podczas targów Techtextil we Frankfurcie nad Menem w 2023 r. wspólne stoisko klastra przygoto~wało 8 firm."
        ),
        P("Zgodnie ze statutem celami stowarzyszenia są:"),
        raw(
            "• rozwój technologii odzysku włókien z odpadów poużytkowych i poprodukcyjnych,\n"
            "• wspólne pozyskiwanie surowców wtórnych od sieci handlowych i gmin,\n"
            "• promocja wyrobów z recyklatu tekstylnego na rynkach zagranicznych,\n"
            "• kształcenie operatorów linii rozwłókniających we współpracy ze szkołami\n"
            "  branżowymi."
        ),
        P("Informacje o bieżącej działalności: www.osnowa-klaster.pl."),
    ]
    p2 = [
        raw("4.2. Klaster Spieków Ceramicznych Ziemi Opoczyńskiej (KSCO)"),
        P(
            "Klaster działa na podstawie umowy konsorcjum podpisanej w 2017 r. Jego koordynatorem jest Opoczyńska Agencja Rozwoju Lokalnego sp. z o.o. z siedzibą w Opocznie, jednak biuro klastra, w którym pracuje dwóch animatorów, prowadzone jest w Drzewicy, w budynku dawnej szkoły przy ul. Stawowej 3. KSCO skupia ok. 25 firm, z czego 18 to zakłady wytwarzające płytki i kształtki ceramiczne; pozostałe świadczą usługi transportowe, projektowe i serwisowe."
        ),
        P(
            "Celem klastra jest wspólny zakup surowców i gazu ziemnego, obniżenie energochłon~ności procesu wypalania oraz wspólna promocja wyrobów pod marką „Opoczyński Czerep”. W 2022 r. członkowie zużyli łącznie 96 mln m³ gazu; wspólny przetarg pozwolił obniżyć koszt jego zakupu o 11%. Informacje o klastrze publikowane są wyłącznie na stronie internetowej koordynatora (www.oarl-opoczno.pl)."
        ),
        raw("4.3. Klaster Energii „Widawka Zielona”"),
        P(
            "Porozumienie o utworzeniu Klastra Energii „Widawka Zielona” podpisało w 2018 r. dwanaście podmiotów z powiatu bełchatow~skiego. Koordynatorem klastra jest Gmina Szczerców. W 2020 r. klaster otrzymał certyfikat pilotażowego klastra energii, a w 2023 r. zakończył budowę farmy fotowoltaicznej o mocy 4,2 MW. Dziś klaster tworzy 5 gmin, 11 przedsię~biorstw, spółdzielnia mleczarska oraz Zespół Szkół Ponadpodstawowych w Szczercowie. Walne spotkania członków odbywają się w Bełchatowie, w siedzibie starostwa."
        ),
        P(
            "Jedynym celem wpisanym do porozumienia jest osiągnięcie do 2030 r. samowystar~czalności energetycznej gmin członkowskich w zakresie energii elektrycznej."
        ),
    ]
    p3 = [
        raw("4.4. Przetwórstwo warzyw na Równinie Kutnowskiej"),
        P(
            "Z Klastrem Kiszonek i Marynat Równiny Kutnowskiej związanych jest dziś blisko 40 gospodarstw i przetwórni, które w sezonie 2023 przerobiły ok. 12 tys. ton ogórków i kapusty. Członkowie Klastra Kiszonek i Mary~nat Równiny Kutnowskiej współpracują na podstawie umowy o współpracy zawartej w 2021 r.; do końca 2025 r. liczba uczestników ma wzrosnąć do 50. Rolę koordynatora pełni Fundacja Rozwoju Przedsiębiorczości Ziemi Kutnowskiej z siedzibą w Kutnie. Wspólna linia pasteryzacji, uruchomiona w 2024 r. w Krośniewicach, obsługuje 14 przetwórni."
        ),
        raw("4.5. Zduńskowolska Sieć Robotyki Spawalniczej (ZSRS)"),
        P(
            "Zduńskowolska Sieć Robotyki Spawalniczej jest klastrem firm metalowych i integratorów automatyki ze Zduńskiej Woli i okolic. Współpraca zaczęła się od listu intencyjnego podpisanego w 2019 r., a w 2020 r. jej uczestnicy zawiązali spółkę ZSRS sp. z o.o. z siedzibą w Zduńskiej Woli, która sama zarządza klastrem. Sieć zrzesza 22 członków, z których 16 to udziałowcy spółki. Wspólne centrum szkoleniowe dla operatorów robotów działa w Sieradzu."
        ),
        P(
            "Do zadań klastra należą: 1) automatyzacja procesów spawania w małych i średnich zakładach, 2) prowadzenie wspólnego centrum szkoleniowego dla operatorów robotów, 3) pozyskiwanie zamówień od producentów maszyn rolniczych i pojazdów szynowych. Strona internetowa: www.zsrs.com.pl."
        ),
        raw("4.6. Klaster Usług Opiekuńczych „Przystań Seniora”"),
        P(
            "Klaster, działający do 2023 r. pod nazwą Piotrkowska Sieć Usług Senioralnych, skupia ponad 20 podmiotów: domy opieki, firmy opiekuńcze, wypożyczalnie sprzętu rehabili~tacyjnego i organizacje pozarządowe. Umowę partnerską podpisano w listo~padzie 2022 r. Koordynatorem jest Stowarzyszenie Pomocy Rodzinie „Ogniwo” z Piotrkowa Tryb., w którego siedzibie działa biuro klastra. Członkowie zatrudniają ok. 600 opiekunek i opiekunów; w 2023 r. objęli opieką 1 850 osób z powiatów piotrkowskiego, bełchatowskiego i radomszczań~skiego. Kontakt: www.przystanseniora.org.pl."
        ),
    ]
    text = pages_to_text(
        [p1, p2, p3],
        "Klastry w województwie łódzkim. Raport z monitoringu 2024",
        "Regionalne Obserwatorium Gospodarcze w Łodzi                                      {n}",
        21,
    )
    write("g01_raport_monitoring_klastrow_lodzkie_2024.txt", text)


# ---------------------------------------------------------------------------
# g02 – opolskie: a numbered list with short entries
# ---------------------------------------------------------------------------


def g02() -> None:
    p1 = [
        raw(
            "WYKAZ KLASTRÓW I INICJATYW KLASTROWYCH W WOJEWÓDZTWIE OPOLSKIM\n(stan na grudzień 2023 r.)"
        ),
        P(
            "W 2023 r. Departament Rozwoju Gospodarczego Urzędu Marszałkow~skiego Województwa Opolskiego zidentyfikował w regionie 9 klastrów i inicjatyw klastrowych, skupiających łącznie ponad 280 podmiotów. Poniższy wykaz obejmuje sześć z nich, które przekazały dane do ankiety w październiku 2023 r.; trzy pozostałe nie odpowiedziały na ankietę. Dane o liczbie członków podano według oświadczeń koordyna~torów."
        ),
        raw(
            "1. Kędzierzyński Klaster Chemii Stosowanej „Synteza” – Kędzierzyn-Koźle\n"
            "   www.synteza-klaster.pl\n"
            "   koordynator: Kędzierzyńsko-Kozielski Park Przemysłowy sp. z o.o.; od 2013 r.;\n"
            "   członkowie: 24 firmy, 4 instytuty badawcze i Politechnika Opolska\n"
            "2. Klaster Narzędziowni Ziemi Brzeskiej – Brzeg\n"
            "   www.big-brzeg.pl (strona koordynatora – Brzeskiej Izby Gospodarczej)\n"
            "   ok. 30 firm; porozumienie klastrowe z 2015 r.\n"
            "3. Prudnicki Klaster Tekstyliów Domowych (od 2012 r., do 2020 r. jako Klaster\n"
            "   Lniarski Pogórza Opawskiego) – Prudnik\n"
            "   18 przedsiębiorstw, w tym 11 szwalni; koordynator: Agencja Rozwoju Ziemi\n"
            "   Prudnickiej; zakład pilotażowy w Głuchołazach"
        ),
    ]
    p2 = [
        raw(
            "1. Klaster Słodu i Chmielu Ziemi Namysłowskiej – Namysłów\n"
            "   porozumienie 2016, stowarzyszenie od 2018 r. (klaster zarządza się sam,\n"
            "   bez zewnętrznego koordynatora); 14 członków; www.slodichmiel.pl\n"
            "2. Krapkowicki Klaster Papierniczy – biuro: Zdzieszowice\n"
            "   koordynator: Gmina Krapkowice; od 2019 r.; ok. 12 zakładów\n"
            "3. Klaster Twórców Gier „Piksel nad Odrą” – Opole\n"
            "   www.pikselnadodra.pl; koordynator: Fundacja Kreatywna Opolszczyzna;\n"
            "   ponad 25 studiów i twórców niezależnych; od 2021 r."
        ),
        raw("Stowarzyszenia klastropodobne"),
        raw(
            "1. Oleskie Partnerstwo Drzewne – Olesno (list intencyjny z 2022 r., bez koordynatora)"
        ),
        raw("Wybrane informacje o klastrach"),
        P(
            "„Synteza” jest najstarszym i największym klastrem w wykazie. Przedsię~biorstwa członkowskie zatrudniają łącznie ok. 5 600 osób, a ich przychody w 2022 r. przekroczyły 7,8 mld zł. W 2023 r. do klastra przystąpiły dwie nowe firmy z Zawadzkiego. Za cele klastra uznano:"
        ),
        raw(
            "• komercjalizację wyników badań nad katalizatorami i tworzywami biodegradowalnymi,\n"
            "• wspólne inwestycje w infrastrukturę bocznicową i przeładunkową,\n"
            "• przyciąganie inwestorów z branży chemicznej do Kędzierzyna-Koźla."
        ),
        P(
            "Klaster Słodu i Chmielu Ziemi Namysłowskiej zrzesza plantatorów chmielu, słodownię i trzy browary rzemieślnicze. Celem stowarzyszenia jest odbudowa upraw chmielu w powiecie namysłowskim i stworzenie regionalnego szlaku piwa. W 2023 r. plantacje członków zajmowały 64 ha."
        ),
        P(
            "W „Pikselu nad Odrą” większość członków stanowią jednoosobowe studia; w 2023 r. wydały one 17 gier. Krapkowicki Klaster Papierniczy powstał z inicjatywy gminy, a jego spotkania odbywają się w Krapkowicach i w Gogolinie."
        ),
        raw(
            "Opracowanie: Departament Rozwoju Gospodarczego UMWO, ul. Ostrówek 5, 45-082 Opole,\n"
            "tel. 77 440 21 93. Opole, 18.12.2023 r."
        ),
    ]
    text = pages_to_text(
        [p1, p2],
        "Urząd Marszałkowski Województwa Opolskiego – Departament Rozwoju Gospodarczego",
        "Wykaz klastrów – województwo opolskie 2023                                  str. {n}",
        1,
    )
    write("g02_wykaz_klastrow_opolskie_2023.txt", text)


# ---------------------------------------------------------------------------
# g03 – lubuskie: a table followed by descriptions
# ---------------------------------------------------------------------------


def g03() -> None:
    table = raw(
        "Tabela 2. Klastry objęte badaniem (stan na 31.12.2023)\n"
        "\n"
        " Lp.  Nazwa klastra                   Siedziba        Rok    Liczba     Koordynator\n"
        "                                                      pow.   członków\n"
        " 1    Kostrzyński Klaster             Kostrzyn        2017   19         Regranex Kostrzyn\n"
        "      Regranulatów                    n. Odrą                           sp. z o.o.\n"
        " 2    Klaster Hut Szkła               Łęknica         2014   ok. 15     Stowarzyszenie\n"
        "      Łużyckiego                                                        Rzemiosł\n"
        "                                                                        Artystycznych\n"
        "                                                                        „Łuk”\n"
        " 3    Słubicki Klaster Usług          Słubice         2019   26         – (spółka)\n"
        "      Transgranicznych\n"
        " 4    Klaster Turystyki Militarnej    Międzyrzecz     2020   12         Gmina Międzyrzecz\n"
        "      „Pętla Pniewska”\n"
        " 5    Klaster Systemów Wbudowanych    Zielona Góra    2021   b.d.       Lubuski Inkubator\n"
        "      „Winobit”                                                         Elektroniki\n"
        "                                                                        sp. z o.o.\n"
        "      RAZEM                                                  ok. 72\n"
        "\n"
        "Źródło: opracowanie własne na podstawie ankiet koordynatorów."
    )
    p1 = [
        raw("3. KLASTRY W WOJEWÓDZTWIE LUBUSKIM – ZESTAWIENIE"),
        P(
            "W województwie lubuskim funkcjonuje obecnie 13 klastrów i inicjatyw klastrowych. W badaniu ankieto~wym przeprowadzonym na przełomie 2023 i 2024 r. udział wzięło pięć z nich (tabela 2). Łącznie zrzeszają one ok. 72 podmioty, nie licząc klastra „Winobit”, który nie podał liczby członków."
        ),
        table,
    ]
    p2 = [
        raw("3.1. Charakterystyka klastrów"),
        P(
            "Kostrzyński Klaster Regranulatów (KKRG) powstał w 2017 r. jako porozumienie firm przetwarza~jących odpady z tworzyw sztucznych. Koordynuje go Regranex Kostrzyn sp. z o.o., największy z 19 członków, zatrudniający 240 osób. Członkowie przerabiają rocznie ok. 55 tys. ton odpadów; 6 z nich ma zakłady w Kostrzyńsko-Słubickiej strefie przemysłowej. Cele klastra: zwiększenie udziału regranulatu w produkcji opakowań, wspólne badania jakości surowca z Uniwersytetem Zielono~górskim oraz budowa wspólnej sortowni odpadów."
        ),
        P(
            "Koordynatorem Klastra Hut Szkła Łużyckiego jest Stowarzyszenie Rzemiosł Artystycznych „Łuk” z siedzibą w Żarach, jednak biuro klastra i jego pracownia wzornic~twa znajdują się w Łęknicy, przy granicy z Niemcami. Klaster skupia ok. 15 hut i pracowni zdobnictwa szkła; członkowie zatrudniają ok. 380 osób. Wystawy wyrobów organizo~wane są co roku w Mużakowie i w Bad Muskau."
        ),
        P(
            "Słubicki Klaster Usług Transgranicznych działa od 2019 r. w formie spółki z o.o. (Słubicki Klaster Usług Transgranicznych sp. z o.o.), której udziałow~cami są członkowie; spółka sama prowadzi sprawy klastra. Klaster liczy 26 członków, w tym 9 firm z Frankfurtu nad Odrą. Obsługują one ok. 4 tys. klientów niemieckich miesięcznie. Strona: www.skut-slubice.eu."
        ),
    ]
    p3 = [
        P(
            "Klaster Turystyki Militarnej „Pętla Pniewska” zawiązano w 2020 r. z inicjatywy Gminy Międzyrzecz, która pełni funkcję koordynatora. Klaster tworzy 7 kwater i pensjonatów, 3 biura przewodnickie, muzeum fortyfikacji oraz sama Gmina Międzyrzecz. Podziemne trasy w Pniewie i Kaławie odwiedziło w 2023 r. ok. 110 tys. turystów. Zadaniem klastra jest wspólna promocja Międzyrzeckiego Rejonu Umocnionego jako produktu turystycznego."
        ),
        P(
            "Klaster Systemów Wbudowanych „Winobit”, koordynowany przez Lubuski Inkubator Elektroniki sp. z o.o., nie przekazał danych o liczbie członków. W 2023 r. przystąpiło do niego 8 nowych firm, a do 2026 r. klaster zamierza osiągnąć 30 członków. Strona klastra: www.winobit.pl; strona koordynatora: www.lie-zg.pl. Klaster powstał w 2021 r. w Zielonej Górze."
        ),
        raw("3.2. Inne formy współpracy"),
        P(
            "Poza klastrami w regionie działa Lubuska Sieć Laboratoriów Akredytowa~nych, zrzeszająca 11 laboratoriów; jej statut wprost stanowi, że nie jest ona klastrem, lecz siecią usługową."
        ),
    ]
    text = pages_to_text(
        [p1, p2, p3],
        "Potencjał klastrów województwa lubuskiego – raport z badania",
        "Lubuskie Obserwatorium Innowacji, Zielona Góra 2024                            – {n} –",
        11,
    )
    write("g03_klastry_lubuskie_tabela_i_opisy_2024.txt", text)


# ---------------------------------------------------------------------------
# g04 – świętokrzyskie: prose paragraphs, names first in oblique cases
# ---------------------------------------------------------------------------


def g04() -> None:
    p1 = [
        raw("Rozdział 3. Klastry w gospodarce regionu"),
        P(
            "Według danych zebranych przez Świętokrzyską Agencję Rozwoju Regionu w 2024 r. w województwie świętokrzyskim funkcjonowało 14 klastrów, zrzeszających ok. 520 pod~miotów. Na potrzeby diagnozy przepro~wadzono także analizę skupień metodą k-średnich, w wyniku której wyodręb~niono trzy „klastry” powiatów o podobnej strukturze zatrudnienia; nie należy ich mylić z klastrami w rozumieniu powiązań kooperacyjnych, którym poświęcono dalszą część rozdziału."
        ),
        P(
            "Najliczniejszą grupę sadowników zrzeszonych w jednej strukturze odnotowano w Klastrze Sadów Nadwiślańskich „Jabłoniowy Szlak”. Na podstawie umowy konsorcjum zawartej w 2015 r. współpracuje w nim 48 sadowników, 6 chłodni i przechowalni oraz Gmina Samborzec. Koordynatorem jest Sandomierska Grupa Producentów Owoców sp. z o.o., a biuro klastra działa w Sandomierzu. Sady członków zajmują ok. 2 100 ha. Celem „Jabłoniowego Szlaku” jest wspólne przechowywanie i sprzedaż owoców, budowa marki jabłek sandomierskich oraz rozwój agroturystyki na szlaku sadowniczym."
        ),
        P(
            "Z odlewniami i kuźniami doliny Kamiennej związany jest Klaster Odlewni i Kuźni Nadkamiennych. Zawiązany porozumieniem w 2012 r., od 2017 r. działa jako stowarzyszenie, które samo prowadzi jego sprawy; siedzibą stowarzyszenia jest Ostrowiec Świętokrzyski. Klaster skupia ponad 40 podmiotów – zakładów ze Staracho~wic, Skarżyska-Kamiennej i Ostrowca, szkół technicznych i firm usługowych. Członkowie zatrudniają ok. 3 900 osób."
        ),
    ]
    p2 = [
        P(
            "W uzdrowiskowej części regionu od 2014 r. działa Ponidziański Klaster Zdrojowy, koordynowany przez Gminę Busko-Zdrój. Tworzą go dziewięć sanatoriów, cztery hotele, szkoła medyczna oraz sama gmina. Obiekty członków dysponują ok. 3 300 miejscami noclegowymi. Wspólne targi zdrojowe odbywają się co roku w Solcu-Zdroju. Do zadań klastra należą wydłużenie sezonu kura~cyjnego, wspólne szkolenia personelu oraz promocja leczenia wodami siarczkowymi."
        ),
        P(
            "Przy Fundacji Kamieniarstwa Świętokrzyskiego z siedzibą w Kielcach, która jest jego koordynatorem, powstał w 2019 r. Klaster Marmurów i Wapieni Chęcińskich. Jego biuro mieści się w Chęcinach. Tworzy go 11 zakładów kamieniarskich i 2 kopalnie. Więcej informacji: www.marmurychecinskie.pl (strona klastra) oraz www.fks-kielce.pl (strona fundacji)."
        ),
        P(
            "Dla Klastra Kowali i Ślusarzy Ziemi Koneckiej rok 2022 był przełomowy: zrealizowano wtedy projekt wspólnej kuźni pokazowej za 1,4 mln zł. Klaster, koordynowany przez Konecki Cech Rzemiosł Różnych, skupia ok. 30 warsztatów z Końskich i okolicznych gmin."
        ),
        P(
            "Najmłodszą inicjatywą jest Klaster Paliw Wodorowych Połaniec-Osiek. Porozumienie podpisało w 2023 r. siedem podmiotów; obecnie klaster liczy 10 członków, a docelowo ma ich mieć ok. 25. Koordynatorem jest Połaniecka Spółka Energetyczno-Ciepłownicza sp. z o.o. z siedzibą w Połańcu. Pierwszy elektrolizer o mocy 5 MW ma powstać w 2026 r. w Osieku."
        ),
    ]
    text = pages_to_text(
        [p1, p2],
        "Diagnoza sytuacji społeczno-gospodarczej województwa świętokrzyskiego 2024",
        "{n}",
        47,
    )
    write("g04_diagnoza_rozdzial3_klastry_swietokrzyskie.txt", text)


# ---------------------------------------------------------------------------
# g05 – dolnośląskie: profile cards
# ---------------------------------------------------------------------------


def card(num: int, rows: list[tuple[str, str]], goals: list[str]) -> str:
    lines = [f"KARTA KLASTRA NR {num}", "-" * 72]
    for key, value in rows:
        first = True
        for part in wrap(value, 50):
            lines.append(f"{key + ':' if first else '':<22}{part}")
            first = False
    if goals:
        lines.append("Cele:")
        for g in goals:
            sub = wrap(g, 66)
            lines.append("  • " + sub[0])
            lines.extend("    " + s for s in sub[1:])
    lines.append("-" * 72)
    return "\n".join(lines)


def g05() -> None:
    c1 = card(
        1,
        [
            ("Nazwa", "Klaster Kamionki Bolesławieckiej „Kobaltowa Kropla”"),
            ("Siedziba biura", "Bolesławiec, ul. Garncarska 14"),
            ("Koordynator", "Bolesławiecka Izba Ceramiki"),
            ("Forma współpracy", "porozumienie klastrowe"),
            ("Rok utworzenia", "2015"),
            ("Liczba członków", "21"),
            ("Zatrudnienie", "ok. 1 900 osób"),
            ("Strona www", "www.kobaltowakropla.pl"),
        ],
        [
            "ochrona wzornictwa ceramiki bolesławieckiej przed podróbkami",
            "wspólna sprzedaż eksportowa do USA i Japonii",
            "szkolenie malarek i malarzy ceramiki",
        ],
    )
    c2 = card(
        2,
        [
            ("Nazwa", "Klaster Schronisk i Szlaków Karkonoszy"),
            ("Siedziba biura", "Karpacz"),
            ("Koordynator", "Karkonoska Agencja Turystyczna sp. z o.o., Jelenia Góra"),
            ("Forma współpracy", "umowa o współpracy"),
            ("Rok utworzenia", "2011"),
            ("Liczba członków", "ok. 45"),
            ("Uwagi", "w 2023 r. 210 tys. noclegów w obiektach członków"),
        ],
        [],
    )
    c3 = card(
        3,
        [
            ("Nazwa", "Klaster Gospodarki Stawowej Ziemi Milickiej"),
            ("Siedziba biura", "Milicz"),
            ("Koordynator", "– (klaster zarządzany przez zarząd stowarzyszenia)"),
            ("Forma współpracy", "stowarzyszenie"),
            ("Rok utworzenia", "2018"),
            ("Liczba członków", "17 (12 gospodarstw rybackich, 3 wędzarnie, 2 gminy)"),
            ("Produkcja", "ok. 1 100 ton karpia rocznie"),
            ("Strona www", "www.stawymilickie-klaster.pl"),
        ],
        [
            "promocja karpia milickiego jako produktu regionalnego",
            "wspólna przetwórnia ryb",
            "ochrona stawów przed suszą i kormoranami",
        ],
    )
    c4 = card(
        4,
        [
            ("Nazwa", "Klaster Designu i Rzemiosła „Sztolnia”"),
            ("Siedziba biura", "Wałbrzych, ul. Górnicza 9"),
            ("Koordynator", "Fundacja Przestrzeni Poprzemysłowych"),
            ("Forma współpracy", "porozumienie partnerskie"),
            ("Rok utworzenia", "2021"),
            ("Liczba członków", "ponad 50 twórców i pracowni"),
            ("Strona www", "www.sztolnia.art; www.fpp.org.pl (strona koordynatora)"),
        ],
        [],
    )
    c5 = card(
        5,
        [
            ("Nazwa", "Klaster Buraka i Cukru Ziemi Strzelińskiej"),
            ("Dawna nazwa", "Strzeliński Klaster Rolno-Cukrowniczy (do 2017 r.)"),
            ("Siedziba biura", "Strzelin"),
            ("Koordynator", "Strzelińskie Zrzeszenie Plantatorów Buraka Cukrowego"),
            ("Forma współpracy", "porozumienie"),
            ("Rok utworzenia", "2009"),
            ("Liczba członków", "230 plantatorów, cukrownia i 4 firmy usługowe"),
            ("Areał", "ok. 6 800 ha upraw buraka"),
        ],
        ["stabilne dostawy buraka do cukrowni w Strzelinie"],
    )
    c6 = card(
        6,
        [
            ("Nazwa", "Klaster Aparatury Pomiarowej Podgórza Sowiogórskiego (KAPPS)"),
            ("Siedziba biura", "Dzierżoniów; zakład prototypowy w Bielawie"),
            ("Koordynator", "– (KAPPS sp. z o.o. prowadzi klaster we własnym imieniu)"),
            ("Forma współpracy", "umowa o współpracy 2012, od 2015 r. spółka z o.o."),
            ("Rok utworzenia", "2012"),
            ("Liczba członków", "14, w tym 9 udziałowców spółki"),
            ("Strona www", "www.kapps.com.pl"),
        ],
        [
            "wspólne badania i certyfikacja przyrządów pomiarowych",
            "wejście na rynek aparatury dla energetyki",
        ],
    )
    c7 = raw(
        "KARTA NR 7 – Dolnośląska Sieć Punktów Konsultacyjnych\n"
        "------------------------------------------------------------------------\n"
        "Sieć 16 punktów doradczych dla MŚP, finansowana z budżetu województwa.\n"
        "Uwaga: sieć nie jest klastrem; ujęto ją w katalogu jako partnera klastrów.\n"
        "------------------------------------------------------------------------"
    )
    intro = [
        raw("KATALOG KLASTRÓW DOLNEGO ŚLĄSKA 2024 – KARTY PROFILOWE"),
        P(
            "Na Dolnym Śląsku działa obecnie 19 klastrów i inicjatyw klastrowych, skupiających ponad 700 podmiotów. Katalog zawiera karty profilowe klastrów, które zgłosiły się do Programu Umiędzy~narodowienia Klastrów Dolnośląskich w 2024 r. Dane przekazali koordynatorzy lub zarządy klastrów; liczbę członków podano według stanu na 31 marca 2024 r."
        ),
        c1,
    ]
    text = pages_to_text(
        [intro, [c2, c3], [c4, c5], [c6, c7]],
        "Katalog klastrów Dolnego Śląska 2024",
        "Dolnośląska Agencja Współpracy Gospodarczej – Wrocław 2024                      s. {n}",
        3,
    )
    write("g05_katalog_kart_klastrow_dolnoslaskie_2024.txt", text)


def main() -> None:
    g01()
    g02()
    g03()
    g04()
    g05()


if __name__ == "__main__":
    main()
