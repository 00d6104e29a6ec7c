# ruff: noqa: E501
"""Generate the heldout38 documents (deterministic; all text lives here).

Run from the repository root:
    .venv/bin/python tests/cases/heldout38/make_documents.py
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in [
        ("DejaVuSans", "DejaVuSans.ttf"),
        ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
        ("DejaVuSans-Oblique", "DejaVuSans-Oblique.ttf"),
    ]:
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


def fixed_zip(data: bytes, stamp: tuple[int, int, int, int, int, int]) -> bytes:
    """Rewrite a zip (DOCX) with fixed timestamps and attributes, in the same order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------
# w01 – HTML: a judgment of the voivodeship administrative court in Lublin
# (lubelskie) on a cluster coordinator's complaint about a negative grant
# evaluation, as a page of a court decisions database: a metadata table,
# "Sentencja", "Uzasadnienie"
# ---------------------------------------------------------------------------

W01_HTML = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>III SA/Lu 148/24 - Wyrok WSA w Lublinie z 2024-05-14 – Orzeczenia sądów administracyjnych</title>
<link rel="stylesheet" href="/css/orzeczenia.css">
<script src="/js/druk.js" defer></script>
</head>
<body>
<div id="naglowek">
<a href="/" class="logo">Orzeczenia sądów administracyjnych</a>
<ul class="menu">
<li><a href="/szukaj">Wyszukiwanie</a></li>
<li><a href="/wyniki?q=klaster&amp;s=1">Wyniki (12)</a></li>
<li><a href="/pomoc">Pomoc</a></li>
</ul>
</div>
<div id="narzedzia">
<a href="/wyniki?q=klaster&amp;s=1">&laquo; Powrót do listy wyników</a> |
<a href="/doc/3F1A7C22B4" class="druk">Drukuj</a> |
<a href="/doc/3F1A7C22B4.rtf">Pobierz RTF</a> |
<a href="/doc/2B90D0E611">&laquo; poprzednie</a> | <a href="/doc/4C11E5A093">następne &raquo;</a>
</div>

<div id="res-div">
<h1 class="war_header">III SA/Lu 148/24 - Wyrok WSA w Lublinie</h1>
<table class="info-list">
<tr><td class="lista-label">Data orzeczenia</td><td class="info-list-value">2024-05-14 <span class="nieprawomocne">orzeczenie nieprawomocne</span></td></tr>
<tr><td class="lista-label">Data wpływu</td><td class="info-list-value">2024-03-18</td></tr>
<tr><td class="lista-label">Sąd</td><td class="info-list-value">Wojewódzki Sąd Administracyjny w Lublinie</td></tr>
<tr><td class="lista-label">Sędziowie</td><td class="info-list-value">Grzegorz Wolański /przewodniczący/<br>Monika Derkacz /sprawozdawca/<br>Rafał Tomczyk</td></tr>
<tr><td class="lista-label">Symbol z opisem</td><td class="info-list-value">6559</td></tr>
<tr><td class="lista-label">Hasła tematyczne</td><td class="info-list-value">Fundusze europejskie</td></tr>
<tr><td class="lista-label">Skarżony organ</td><td class="info-list-value">Zarząd Województwa</td></tr>
<tr><td class="lista-label">Treść wyniku</td><td class="info-list-value">Oddalono skargę</td></tr>
<tr><td class="lista-label">Powołane przepisy</td><td class="info-list-value">Dz.U. 2022 poz 1079 art. 56 ust. 2, art. 63, art. 73 ust. 1<br>Ustawa z dnia 28 kwietnia 2022 r. o zasadach realizacji zadań finansowanych ze środków europejskich w perspektywie finansowej 2021-2027.</td></tr>
</table>

<h2 class="lista-label">Sentencja</h2>
<div class="info-list-value">
<p>Wojewódzki Sąd Administracyjny w Lublinie w składzie następującym: Przewodniczący Sędzia WSA Grzegorz Wolański, Sędziowie Sędzia WSA Monika Derkacz (sprawozdawca), Asesor WSA Rafał Tomczyk, po rozpoznaniu na posiedzeniu niejawnym w dniu 14 maja 2024 r. sprawy ze skargi Tyszowieckiego Centrum Szewskiego spółki z ograniczoną odpowiedzialnością z siedzibą w Tyszowcach na informację Zarządu Województwa Lubelskiego z dnia 27 lutego 2024 r. nr FEL-IZ.612.4.2024 o nieuwzględnieniu protestu w przedmiocie negatywnej oceny projektu oddala skargę.</p>
</div>

<h2 class="lista-label">Uzasadnienie</h2>
<div class="info-list-value">
<p>Tyszowieckie Centrum Szewskie sp. z o.o. z siedzibą w Tyszowcach (dalej: &bdquo;skarżąca&rdquo; lub &bdquo;Spółka&rdquo;) złożyła 28 lutego 2023 r. wniosek o dofinansowanie projektu pn. &bdquo;Wspólna pracownia prototypów obuwia miarowego&rdquo; w ramach naboru nr FELU.01.04-IZ.00-002/23 (Działanie 1.4 &bdquo;Rozwój klastrów&rdquo; programu Fundusze Europejskie dla Lubelskiego 2021&ndash;2027). Wnioskowana kwota dofinansowania wynosiła 2&nbsp;140&nbsp;500 zł. Spółka wystąpiła jako koordynator Tyszowieckiego Klastra Obuwniczego (dalej: &bdquo;Klaster&rdquo; lub &bdquo;TKO&rdquo;).</p>
<p>Z akt sprawy wynika, że Klaster działa na podstawie porozumienia klastrowego zawartego 15 marca 2017 r. przez siedem zakładów obuwniczych z Tyszowiec i okolic. Skarżąca pełni funkcję koordynatora Klastra od początku jego działalności, natomiast biuro Klastra prowadzone jest w Tomaszowie Lubelskim, przy ul. Lwowskiej 14. Zgodnie z &sect; 3 porozumienia celami Klastra są: odbudowa tyszowieckiej tradycji szewskiej, wspólna sprzedaż obuwia miarowego poza regionem oraz kształcenie uczniów w zawodzie obuwnika. Lista członków Klastra jest publikowana na jego stronie internetowej www.klaster-tyszowce.pl. Celem projektu było natomiast utworzenie w Tyszowcach wspólnej pracowni prototypów wyposażonej w skaner stopy 3D i ploter do wykrojów.</p>
<p>Zgodnie z kryterium dostępu nr 3 &bdquo;Masa krytyczna klastra&rdquo; (dalej: kryterium K3) w dniu złożenia wniosku klaster musiał liczyć co najmniej 15 członków, w tym co najmniej jedną uczelnię lub jednostkę naukową. Na etapie oceny ustalono, że w dniu złożenia wniosku Klaster liczył 13 członków &ndash; 11 zakładów obuwniczych, Zespół Szkół Ponadpodstawowych w Tyszowcach oraz Gminę Tyszowce &ndash; i nie należała do niego żadna uczelnia. Projekt oceniono negatywnie. W kryteriach merytorycznych uzyskałby 38 z 60 punktów, przy progu wynoszącym 36 punktów. W naborze złożono 9 wniosków, a dofinansowanie otrzymało 5 projektów na łączną kwotę 18,4 mln zł.</p>
<p>W proteście z 9 stycznia 2024 r. Spółka podniosła, że w czerwcu 2023 r. do Klastra przystąpiło czterech nowych członków, w tym Zamojska Akademia Nauk Stosowanych, a spełnienie kryterium K3 należy oceniać według stanu na dzień oceny, a nie na dzień złożenia wniosku. Informacją z 27 lutego 2024 r. Zarząd Województwa Lubelskiego nie uwzględnił protestu.</p>
<p>W skardze do Wojewódzkiego Sądu Administracyjnego w Lublinie Spółka, reprezentowana przez prezesa zarządu A. K., zarzuciła naruszenie art. 56 ust. 2 i art. 63 ustawy z dnia 28 kwietnia 2022 r. o zasadach realizacji zadań finansowanych ze środków europejskich w perspektywie finansowej 2021&ndash;2027 (Dz. U. poz. 1079 ze zm.; dalej: &bdquo;ustawa wdrożeniowa&rdquo;). Powtórzyła argumentację protestu i wskazała, że według stanu na dzień wniesienia skargi Klaster liczy 17 członków. Podniosła też, że sama jest członkiem Klastra Energetycznego Doliny Huczwy, koordynowanego przez Gminę Tyszowce i zrzeszającego 24 podmioty, co świadczy o jej doświadczeniu we współpracy sieciowej. Zarzuciła ponadto nierówne traktowanie wnioskodawców: dofinansowanie otrzymał projekt Fundacji Fotoniki Stosowanej z siedzibą w Lublinie, koordynatora Lubelskiego Klastra Systemów Wizyjnych i Fotoniki, który &ndash; zdaniem skarżącej &ndash; również nie spełniał kryterium K3.</p>
<p>W odpowiedzi na skargę organ wniósł o jej oddalenie. Nie kwestionował, że obecnie Klaster liczy 17 członków, wskazał jednak, że kryterium K3 odnosi się wprost do dnia złożenia wniosku. Wyjaśnił również, że Lubelski Klaster Systemów Wizyjnych i Fotoniki w dniu złożenia wniosku liczył 31 członków, w tym dwie uczelnie, a projekt jego koordynatora uzyskał 47 punktów.</p>
<p>Wojewódzki Sąd Administracyjny w Lublinie zważył, co następuje.</p>
<p>Skarga nie zasługuje na uwzględnienie. Zgodnie z art. 73 ust. 1 ustawy wdrożeniowej sąd bada, czy ocena projektu została przeprowadzona w sposób zgodny z prawem, w tym z kryteriami wyboru projektów. Brzmienie kryterium K3 jest jednoznaczne: liczbę członków klastra ustala się na dzień złożenia wniosku. Okoliczności, które nastąpiły później, w tym przystąpienie do Klastra czterech nowych członków w czerwcu 2023 r., nie mogły zostać uwzględnione przy ocenie. Analogiczne stanowisko zajął tutejszy Sąd w wyroku z 9 listopada 2022 r., sygn. akt III SA/Lu 455/22, wydanym na skargę Stowarzyszenia Hodowców Koni Arabskich &bdquo;Podlaska Stajnia&rdquo; z siedzibą w Janowie Podlaskim, koordynatora Janowskiego Klastra Hodowli Koni Arabskich, który w dniu złożenia wniosku również nie osiągnął wymaganej liczby członków.</p>
<p>Nie jest też zasadny zarzut nierównego traktowania wnioskodawców. Z dokumentacji naboru wynika, że Lubelski Klaster Systemów Wizyjnych i Fotoniki spełniał kryterium K3 w dniu złożenia wniosku. Bez znaczenia dla oceny kryterium K3 pozostaje także członkostwo skarżącej w Klastrze Energetycznym Doliny Huczwy, skoro kryterium dotyczy klastra, którego koordynatorem jest wnioskodawca.</p>
<p>Mając powyższe na uwadze, Sąd orzekł jak w sentencji.</p>
</div>
</div>

<div id="stopka">
<p>Dokumenty zamieszczone w serwisie nie stanowią urzędowej publikacji orzeczeń. Dane osobowe zostały zanonimizowane.</p>
<p><a href="/regulamin">Regulamin</a> | <a href="/dostepnosc">Deklaracja dostępności</a> | <a href="/kontakt">Kontakt</a></p>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# w02 – DOCX: a regional agency's compilation of filled-in registration forms
# for a cluster database (świętokrzyskie): one Word table per form, checkbox
# fields marked ☒ / ☐, a blank "ogółem" cell, a rejected form
# ---------------------------------------------------------------------------

W02_HEADER = "ŚASG · Regionalna Baza Klastrów 2024 · materiał roboczy"
W02_FOOTER = "Zestawienie formularzy zgłoszeniowych – wersja z 8 lipca 2024 r."
W02_TITLE = "REGIONALNA BAZA KLASTRÓW WOJEWÓDZTWA ŚWIĘTOKRZYSKIEGO"
W02_SUBTITLE = "Zestawienie formularzy zgłoszeniowych – nabór czerwiec 2024"
W02_INTRO = [
    "Do 30 czerwca 2024 r. do Świętokrzyskiej Agencji Sieci Gospodarczych wpłynęło 5 formularzy zgłoszeniowych. Cztery zgłoszone klastry wpisano do Regionalnej Bazy Klastrów; jeden formularz odrzucono (formularz nr 5/2024). Wpisane klastry zrzeszają łącznie ok. 100 podmiotów.",
    "Treść formularzy przepisano bez zmian, z zachowaniem pisowni zgłaszających. Znak ☒ oznacza pole zaznaczone przez zgłaszającego, znak ☐ – pole niezaznaczone. Puste pola pozostawiono puste. Dane osobowe osób do kontaktu wykorzystuje się wyłącznie do prowadzenia bazy.",
]

W02_FORMA = [
    "porozumienie (umowa) o współpracy",
    "stowarzyszenie",
    "spółka (z o.o., akcyjna)",
    "fundacja",
]
W02_SPEC = [
    "Przemysł metalowo-odlewniczy",
    "Zasobooszczędne budownictwo",
    "Nowoczesne rolnictwo i przetwórstwo spożywcze",
    "Turystyka zdrowotna i prozdrowotna",
    "Technologie informacyjno-komunikacyjne",
]


def _boxes(options: list[str], ticked: set[int], other: str | None = None) -> str:
    parts = [("☒ " if i in ticked else "☐ ") + opt for i, opt in enumerate(options)]
    parts.append(("☒ inna (jaka?): " + other) if other else "☐ inna (jaka?): ……………")
    return "   ".join(parts)


def _members(total: str, firms: str, jst: str, uni: str, iob: str, other: str) -> str:
    return (
        f"ogółem:{' ' + total if total else ''}\n"
        f"w tym: przedsiębiorstwa: {firms} · jednostki samorządu terytorialnego: {jst} · "
        f"uczelnie i jednostki naukowe: {uni} · instytucje otoczenia biznesu: {iob} · inne: {other}"
    )


W02_FORMS = [
    (
        "Formularz nr 1/2024 (wpłynął 12.06.2024)",
        [
            ("1. Pełna nazwa klastra", "Klaster Śliwki Szydłowskiej"),
            ("2. Nazwa skrócona / akronim", "KŚS"),
            (
                "3. Podmiot zgłaszający – koordynator klastra (nazwa, adres)",
                "Spółdzielnia Sadownicza „Szydłowianka”, Rynek 12, 28-225 Szydłów",
            ),
            ("4. Adres biura klastra (jeśli inny niż adres koordynatora)", "jak w pkt 3"),
            ("5. Forma prawna / forma współpracy klastra", _boxes(W02_FORMA, {0})),
            ("6. Data zawarcia porozumienia / rejestracji", "14.04.2015 r. (porozumienie)"),
            (
                "7. Liczba członków klastra",
                _members("26", "21", "1", "1", "1", "2 (grupy producentów owoców)"),
            ),
            ("7a. Zatrudnienie w podmiotach członkowskich", "ok. 310 osób (w sezonie ok. 900)"),
            ("8. Inteligentna specjalizacja województwa (RIS3)", _boxes(W02_SPEC, {2})),
            (
                "9. Cele klastra (maks. 3)",
                "1) ochrona oznaczenia geograficznego „śliwka szydłowska”;\n2) wspólna suszarnia i przechowalnia owoców;\n3) promocja Szydłowa jako polskiej stolicy śliwki.",
            ),
            ("10. Strona internetowa klastra", "www.sliwka-szydlowska.pl"),
            ("11. Status Krajowego Klastra Kluczowego", "☐ tak (od roku: ……)   ☒ nie"),
            (
                "12. Współpraca z innymi klastrami (nazwa, województwo)",
                "Lubelski Klaster Suszu i Przecierów Owocowych (woj. lubelskie) – wspólne stoisko na targach Fruit Logistica w Berlinie w 2023 r.",
            ),
            (
                "13. Osoba do kontaktu",
                "Helena Pająk-Mirecka, prezes zarządu Spółdzielni, tel. 41 354 20 18, biuro@szydlowianka.pl",
            ),
            ("14. Data wypełnienia, podpis", "12.06.2024, Helena Pająk-Mirecka"),
        ],
        None,
    ),
    (
        "Formularz nr 2/2024 (wpłynął 17.06.2024)",
        [
            ("1. Pełna nazwa klastra", "Klaster Porcelany Ćmielowskiej"),
            ("2. Nazwa skrócona / akronim", ""),
            (
                "3. Podmiot zgłaszający – koordynator klastra (nazwa, adres)",
                "Manufaktura Zdobień Porcelanowych „Biały Kwiat” sp. z o.o., ul. Żabia 7, 27-400 Ostrowiec Świętokrzyski",
            ),
            (
                "4. Adres biura klastra (jeśli inny niż adres koordynatora)",
                "ul. Sandomierska 3, 27-440 Ćmielów",
            ),
            (
                "5. Forma prawna / forma współpracy klastra",
                _boxes(W02_FORMA, set(), "umowa konsorcjum"),
            ),
            ("6. Data zawarcia porozumienia / rejestracji", "3 października 2019 r."),
            ("7. Liczba członków klastra", _members("", "14", "2", "1", "–", "–")),
            ("7a. Zatrudnienie w podmiotach członkowskich", "ok. 480 osób"),
            (
                "8. Inteligentna specjalizacja województwa (RIS3)",
                _boxes(W02_SPEC, set(), "ceramika i wzornictwo"),
            ),
            (
                "9. Cele klastra (maks. 3)",
                "1) wspólna marka porcelany z Ćmielowa i okolic;\n2) szkoła malarek i zdobników porcelany.",
            ),
            (
                "10. Strona internetowa klastra",
                "brak – informacje o klastrze na stronie koordynatora: www.bialykwiat-porcelana.pl",
            ),
            ("11. Status Krajowego Klastra Kluczowego", "☐ tak (od roku: ……)   ☒ nie"),
            ("12. Współpraca z innymi klastrami (nazwa, województwo)", "nie dotyczy"),
            (
                "13. Osoba do kontaktu",
                "Tadeusz Rokita, dyrektor ds. rozwoju koordynatora, tel. 41 265 33 90, t.rokita@bialykwiat-porcelana.pl",
            ),
            ("14. Data wypełnienia, podpis", "17.06.2024, Tadeusz Rokita"),
        ],
        None,
    ),
    (
        "Formularz nr 3/2024 (wpłynął 20.06.2024)",
        [
            ("1. Pełna nazwa klastra", "Busko-Solecki Klaster Wód Siarczkowych"),
            ("2. Nazwa skrócona / akronim", "Klaster Siarczkowy"),
            (
                "3. Podmiot zgłaszający – koordynator klastra (nazwa, adres)",
                "nie dotyczy – klaster prowadzi samodzielnie Stowarzyszenie „Busko-Solecki Klaster Wód Siarczkowych”, KRS 0000638215, ul. Rokitnieńska 9, 28-100 Busko-Zdrój",
            ),
            ("4. Adres biura klastra (jeśli inny niż adres koordynatora)", "jak w pkt 3"),
            ("5. Forma prawna / forma współpracy klastra", _boxes(W02_FORMA, {1})),
            (
                "6. Data zawarcia porozumienia / rejestracji",
                "porozumienie – 2013 r.; wpis stowarzyszenia do KRS – 2016 r.",
            ),
            (
                "7. Liczba członków klastra",
                _members(
                    "ok. 40 (w tym 9 członków wspierających)",
                    "ok. 28",
                    "3",
                    "–",
                    "–",
                    "9 (członkowie wspierający)",
                ),
            ),
            (
                "7a. Zatrudnienie w podmiotach członkowskich",
                "ponad 1 500 osób; 2 700 łóżek w uzdrowiskach członkowskich",
            ),
            ("8. Inteligentna specjalizacja województwa (RIS3)", _boxes(W02_SPEC, {3})),
            (
                "9. Cele klastra (maks. 3)",
                "1) wspólna oferta turnusów leczniczych „Siarka+”;\n2) ochrona złóż wód siarczkowych w gminach Busko-Zdrój, Solec-Zdrój i Pacanów;\n3) szkolenia personelu uzdrowisk.",
            ),
            ("10. Strona internetowa klastra", "www.klaster-siarczkowy.pl"),
            ("11. Status Krajowego Klastra Kluczowego", "☒ tak (od roku: 2020)   ☐ nie"),
            ("12. Współpraca z innymi klastrami (nazwa, województwo)", "—"),
            (
                "13. Osoba do kontaktu",
                "Ryszard Kwiecień, prezes zarządu Stowarzyszenia, tel. 41 378 41 00, zarzad@klaster-siarczkowy.pl",
            ),
            ("14. Data wypełnienia, podpis", "20.06.2024, Ryszard Kwiecień"),
        ],
        None,
    ),
    (
        "Formularz nr 4/2024 (wpłynął 26.06.2024)",
        [
            ("1. Pełna nazwa klastra", "Suchedniowski Klaster Dzwonów i Armatury Sakralnej"),
            ("2. Nazwa skrócona / akronim", "SKDAS"),
            (
                "3. Podmiot zgłaszający – koordynator klastra (nazwa, adres)",
                "Suchedniowski Klaster Dzwonów i Armatury Sakralnej sp. z o.o., ul. Bodzentyńska 40, 26-130 Suchedniów (spółka jest jednocześnie klastrem – klaster nie ma odrębnego koordynatora)",
            ),
            ("4. Adres biura klastra (jeśli inny niż adres koordynatora)", "jak wyżej"),
            ("5. Forma prawna / forma współpracy klastra", _boxes(W02_FORMA, {2})),
            (
                "6. Data zawarcia porozumienia / rejestracji",
                "porozumienie o współpracy – 2011 r.; spółka – 2018 r.",
            ),
            ("7. Liczba członków klastra", _members("19", "15", "1", "1", "1", "1 (muzeum)")),
            (
                "7a. Zatrudnienie w podmiotach członkowskich",
                "ok. 260 osób; przychody członków w 2023 r.: 84 mln zł",
            ),
            ("8. Inteligentna specjalizacja województwa (RIS3)", _boxes(W02_SPEC, {0})),
            ("9. Cele klastra (maks. 3)", ""),
            ("10. Strona internetowa klastra", "www.dzwony-suchedniow.pl"),
            ("11. Status Krajowego Klastra Kluczowego", "☐ tak (od roku: ……)   ☒ nie"),
            (
                "12. Współpraca z innymi klastrami (nazwa, województwo)",
                "Koluszkowski Klaster Sprężyn i Drutu (woj. łódzkie) – wspólne zakupy surowców; odlewnie dzwonów w Niemczech (bez formalnej umowy)",
            ),
            (
                "13. Osoba do kontaktu",
                "Wiesław Czubak, prezes zarządu spółki, tel. 41 254 10 77, biuro@dzwony-suchedniow.pl",
            ),
            ("14. Data wypełnienia, podpis", "26.06.2024, Wiesław Czubak"),
        ],
        None,
    ),
    (
        "Formularz nr 5/2024 (wpłynął 28.06.2024) – ODRZUCONY",
        [
            ("1. Pełna nazwa klastra", "Klaster Handlowy „Spiżarnia Łysogór”"),
            ("2. Nazwa skrócona / akronim", "Spiżarnia Łysogór"),
            (
                "3. Podmiot zgłaszający – koordynator klastra (nazwa, adres)",
                "Spiżarnia Łysogór sp. z o.o., ul. Warszawska 118, 25-547 Kielce",
            ),
            ("4. Adres biura klastra (jeśli inny niż adres koordynatora)", ""),
            (
                "5. Forma prawna / forma współpracy klastra",
                _boxes(W02_FORMA, set(), "umowy franczyzy"),
            ),
            ("6. Data zawarcia porozumienia / rejestracji", "2021 r."),
            ("7. Liczba członków klastra", _members("23", "23", "–", "–", "–", "–")),
            ("10. Strona internetowa klastra", "www.spizarnia-lysogor.pl"),
        ],
        "Uwaga Agencji: formularz odrzucony. Mimo nazwy zgłoszony podmiot nie jest klastrem – jest siecią franczyzową 23 sklepów z regionalną żywnością, działającą na podstawie umów franczyzy z jedną spółką. Nie spełnia definicji klastra przyjętej w § 2 pkt 1 Regulaminu Bazy. Pozostałe pola formularza pominięto.",
    ),
]

W02_CLOSING = [
    "Opracowanie: Dział Sieci Gospodarczych, Świętokrzyska Agencja Sieci Gospodarczych sp. z o.o., ul. Paderewskiego 21, 25-004 Kielce, tel. 41 300 72 10, www.sasg-kielce.pl.",
    "Następny nabór do Bazy: styczeń 2025 r. Aktualizację danych klastrów wpisanych do Bazy przyjmujemy w każdym czasie.",
]


def make_w02(path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    cp = doc.core_properties
    fixed = datetime(2024, 7, 8, 10, 15, 0)
    cp.author = "Dział Sieci Gospodarczych"
    cp.last_modified_by = "Dział Sieci Gospodarczych"
    cp.title = "Regionalna Baza Klastrów – zestawienie formularzy 2024"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3

    section = doc.sections[0]
    section.header.paragraphs[0].text = W02_HEADER
    section.footer.paragraphs[0].text = W02_FOOTER

    p = doc.add_paragraph("Kielce, 8 lipca 2024 r.")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(W02_TITLE).bold = True
    p = doc.add_paragraph(W02_SUBTITLE)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for text in W02_INTRO:
        doc.add_paragraph(text)

    for heading, rows, remark in W02_FORMS:
        doc.add_heading(heading, level=2)
        table = doc.add_table(rows=len(rows), cols=2)
        table.style = "Table Grid"
        for i, (label, value) in enumerate(rows):
            left, right = table.cell(i, 0), table.cell(i, 1)
            left.width = Cm(5.5)
            right.width = Cm(11.0)
            left.paragraphs[0].add_run(label).bold = True
            lines = value.split("\n")
            right.paragraphs[0].add_run(lines[0])
            for extra in lines[1:]:
                right.add_paragraph(extra)
        if remark:
            para = doc.add_paragraph()
            para.add_run(remark).italic = True
        else:
            doc.add_paragraph("")

    for text in W02_CLOSING:
        doc.add_paragraph(text)

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(fixed_zip(buf.getvalue(), (2024, 7, 8, 10, 15, 0)))


# ---------------------------------------------------------------------------
# w03 – PDF: a scientific conference poster (70 × 100 cm, one page; łódzkie):
# a title band, text blocks in two columns side by side, a full-width
# Table 1, a bar chart with data labels (2019 vs 2024), a flow figure,
# references and a footer band with the clusters' websites and a QR box
# ---------------------------------------------------------------------------

W03_CONFERENCE = "VIII Ogólnopolska Konferencja Naukowa „Sieci, skupiska, klastry” · Łódź, 17–18 października 2024 r. · Sesja posterowa B · Poster nr B-07"
W03_TITLE = "Od porozumienia do stowarzyszenia i spółki. Ścieżki instytucjonalizacji pięciu klastrów województwa łódzkiego"
W03_AUTHORS = "dr Joanna Wilk-Sobczak¹, mgr Paweł Dziedzic¹, dr hab. Olgierd Rafalski, prof. SSW²"
W03_AFFIL = "¹ Katedra Ekonomii Regionalnej, Sieradzka Szkoła Wyższa   ² Zakład Gospodarki Przestrzennej, Sieradzka Szkoła Wyższa – filia w Wieluniu"

W03_INTRO = (
    "Według stanu na 30 września 2024 r. w województwie łódzkim działały 23 inicjatywy klastrowe, "
    "zrzeszające ok. 1 050 podmiotów. Część z nich po kilku latach zmienia formę: porozumienie "
    "zastępuje stowarzyszenie albo spółka z o.o. Pytamy, co skłania członków do takiej zmiany "
    "i co ją hamuje."
)
W03_METHOD = (
    "Studium wielokrotnego przypadku (n = 6). Wywiady pogłębione (IDI) z menedżerami i członkami "
    "zarządów klastrów, czerwiec–wrzesień 2024 r.; analiza porozumień, statutów, umów spółek i wpisów "
    "w KRS. Jeden klaster branży spożywczej zastrzegł anonimowość – w rys. 2 oznaczono go jako "
    "„Klaster F”. Typologię powiatów województwa (klastry przestrzenne K1–K3, metoda k-średnich) "
    "przedstawiono w pracy [3]; nie jest ona przedmiotem posteru."
)
W03_TABLE_HEAD = [
    "Klaster (skrót)",
    "Biuro klastra",
    "Forma prawna (od roku)",
    "Porozumienie z roku",
    "Koordynator",
    "Członkowie 2024",
]
W03_TABLE = [
    [
        "Klaster Pończoszniczy Ziemi Zgierskiej (KPZZ)",
        "Zgierz",
        "stowarzyszenie (2019)",
        "2014",
        "– (zarząd stowarzyszenia)",
        "34",
    ],
    [
        "Łęczycki Klaster Warzyw Cebulowych (ŁKWC)",
        "Łęczyca",
        "porozumienie",
        "2016",
        "Grupa Producentów Warzyw „Złota Łuska” sp. z o.o., Topola Królewska",
        "ok. 45",
    ],
    [
        "Kutnowski Klaster Przetwórstwa Pomidorów (KKPP)",
        "Kutno",
        "spółka z o.o. (2020)",
        "2012",
        "– (spółka klastrowa)",
        "22",
    ],
    [
        "Tomaszowski Klaster Geowłóknin (TKG)",
        "Tomaszów Maz.",
        "porozumienie",
        "2018",
        "Fundacja Tekstyliów Technicznych „Pilica”, Łódź",
        "28¹",
    ],
    [
        "Radomszczański Klaster Kowalstwa i Ślusarstwa (RKKiŚ)",
        "Radomsko",
        "porozumienie",
        "2021",
        "Cech Rzemiosł Metalowych w Radomsku",
        "15",
    ],
]
W03_TABLE_NOTE = (
    "¹ 19 przedsiębiorstw, 6 szkół i jednostek B+R oraz 3 gminy. Źródło: wywiady z menedżerami, "
    "KRS, strony internetowe klastrów (stan na 30.09.2024 r.)."
)
# (abbreviation, 2019 value or None, 2019 label, 2024 value, 2024 label)
W03_BARS = [
    ("KPZZ", 21, "21", 34, "34"),
    ("ŁKWC", 30, "ok. 30", 45, "ok. 45"),
    ("KKPP", 17, "17", 22, "22"),
    ("TKG", 12, "12", 28, "28"),
    ("RKKiŚ", None, "n/d", 15, "15"),
]
W03_RESULTS = [
    "Dwa z pięciu klastrów zmieniły formę prawną. KPZZ powstał w 2014 r. z porozumienia dziewięciu "
    "zakładów pończoszniczych; w 2019 r. członkowie zarejestrowali stowarzyszenie, które samo "
    "prowadzi klaster. KKPP w 2020 r. przekształcił się w spółkę z o.o.; udziały objęło w niej 14 "
    "z 22 członków. Pozostałe trzy klastry działają na podstawie porozumienia.",
    "Menedżer ŁKWC wskazał jeden cel klastra na najbliższe lata: budowę wspólnej przechowalni "
    "i sortowni cebuli. Najszybciej rósł TKG: z 12 członków w 2019 r. do 28 obecnie. Członkowie "
    "pięciu klastrów zatrudniają łącznie ok. 3 900 osób.",
    "„Stowarzyszenie dało nam osobowość prawną i własne konto, ale zabrało połowę czasu na "
    "papiery” (IDI-2, członek zarządu KPZZ).",
]
W03_FLOW = [
    ("porozumienie → stowarzyszenie", "KPZZ (2014 → 2019)"),
    ("porozumienie → spółka z o.o.", "KKPP (2012 → 2020)"),
    ("bez zmiany formy (porozumienie)", "ŁKWC, TKG, RKKiŚ, Klaster F"),
]
W03_CONCLUSIONS = [
    "Zmiana formy następuje zwykle po 5–8 latach działania porozumienia.",
    "Impulsem jest chęć samodzielnego ubiegania się o dotacje i zaciągania zobowiązań.",
    "Klastry z silnym koordynatorem zewnętrznym pozostają przy porozumieniu.",
    "Spółka klastrowa sprzyja inwestycjom, stowarzyszenie – naborowi nowych członków.",
]
W03_REFS = [
    "[1] Nowicka-Brandt E. (2021), Formy prawne inicjatyw klastrowych w Polsce, Wydawnictwo Sieć, Warszawa.",
    "[2] Dziedzic P., Wilk-Sobczak J. (2023), Menedżer klastra jako lider sieci, „Zeszyty Naukowe SSW” 9, s. 41–58.",
    "[3] Wilk-Sobczak J. (2023), Klastry przestrzenne powiatów województwa łódzkiego, „Studia Regionalne Warty” 12(2), s. 7–29.",
]
W03_SITES = (
    "Strony internetowe klastrów: KPZZ – www.ponczochy-zgierz.pl · ŁKWC – brak · KKPP – "
    "www.klaster-pomidor.pl · TKG – www.geowlokniny.org.pl · RKKiŚ – www.kowale-radomsko.pl"
)
W03_FUNDING = (
    "Badanie sfinansowano z grantu rektorskiego nr 11/GR/2024 Sieradzkiej Szkoły Wyższej. "
    "Kontakt: j.wilk-sobczak@ssw-sieradz.edu.pl"
)
W03_QR = "Pełny raport z badania: www.ssw-sieradz.edu.pl/klastry-lodzkie-2024"


def make_w03(path: Path) -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    register_fonts()
    W, H = 1984.0, 2835.0  # 70 × 100 cm portrait, in points
    M = 60.0
    GAP = 44.0
    COL = (W - 2 * M - GAP) / 2
    navy = colors.HexColor("#143C5A")
    teal = colors.HexColor("#1F8A8A")
    pale = colors.HexColor("#EAF3F3")
    grey = colors.HexColor("#555B61")
    R, B, IT = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1)
    c.setTitle("Poster B-07 – Ścieżki instytucjonalizacji pięciu klastrów województwa łódzkiego")
    c.setAuthor("Joanna Wilk-Sobczak, Paweł Dziedzic, Olgierd Rafalski")
    c.setSubject("VIII Ogólnopolska Konferencja Naukowa „Sieci, skupiska, klastry”, Łódź 2024")
    c.setCreator("heldout38")
    c.setProducer("heldout38")

    def wrap(text: str, font: str, size: float, width: float) -> list[str]:
        lines: list[str] = []
        cur = ""
        for word in text.split():
            cand = word if not cur else cur + " " + word
            if stringWidth(cand, font, size) <= width or not cur:
                cur = cand
            else:
                lines.append(cur)
                cur = word
        if cur:
            lines.append(cur)
        return lines

    def para(
        x: float,
        y: float,
        width: float,
        text: str,
        font=R,
        size=24.0,
        lead=34.0,
        color=colors.black,
    ) -> float:
        c.setFillColor(color)
        c.setFont(font, size)
        for line in wrap(text, font, size, width):
            c.drawString(x, y, line)
            y -= lead
        return y

    def heading(x: float, y: float, width: float, text: str) -> float:
        c.setFillColor(teal)
        c.rect(x, y - 12, width, 50, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(B, 28)
        c.drawString(x + 16, y + 2, text)
        return y - 58

    # conference line and title band
    c.setFillColor(grey)
    c.setFont(R, 20)
    c.drawString(M, H - 50, W03_CONFERENCE)
    band_top = H - 75
    title_lines = wrap(W03_TITLE, B, 50, W - 2 * M - 60)
    band_h = 50 + len(title_lines) * 62 + 100
    c.setFillColor(navy)
    c.rect(M, band_top - band_h, W - 2 * M, band_h, stroke=0, fill=1)
    y = band_top - 80
    c.setFillColor(colors.white)
    c.setFont(B, 50)
    for line in title_lines:
        c.drawString(M + 30, y, line)
        y -= 62
    c.setFont(R, 28)
    c.drawString(M + 30, y - 4, W03_AUTHORS)
    c.setFont(R, 20)
    c.drawString(M + 30, y - 44, W03_AFFIL)
    y = band_top - band_h - 50

    # row A: introduction | data and method, side by side
    xl, xr = M, M + COL + GAP
    yl = heading(xl, y, COL, "1. Wprowadzenie")
    yl = para(xl, yl, COL, W03_INTRO)
    yr = heading(xr, y, COL, "2. Dane i metoda")
    yr = para(xr, yr, COL, W03_METHOD)
    y = min(yl, yr) - 30

    # full-width table
    y = heading(M, y, W - 2 * M, "3. Badane klastry")
    c.setFillColor(colors.black)
    c.setFont(B, 22)
    c.drawString(M, y, "Tabela 1. Badane klastry (stan na 30.09.2024 r.)")
    y -= 22
    widths = [540, 210, 290, 210, 420, 194]
    size, lead = 22.0, 30.0

    def row(cells: list[str], font: str, top: float, fill) -> float:
        wrapped = [wrap(t, font, size, w - 20) for t, w in zip(cells, widths, strict=True)]
        h = max(len(ws) for ws in wrapped) * lead + 16
        if fill is not None:
            c.setFillColor(fill)
            c.rect(M, top - h, sum(widths), h, stroke=0, fill=1)
        c.setStrokeColor(grey)
        c.setLineWidth(1)
        c.line(M, top - h, M + sum(widths), top - h)
        x = M
        c.setFillColor(colors.black)
        c.setFont(font, size)
        for ws, w in zip(wrapped, widths, strict=True):
            yy = top - 8 - size
            for line in ws:
                c.drawString(x + 10, yy, line)
                yy -= lead
            x += w
        return top - h

    c.setStrokeColor(grey)
    c.line(M, y, M + sum(widths), y)
    y = row(W03_TABLE_HEAD, B, y, pale)
    for cells in W03_TABLE:
        y = row(cells, R, y, None)
    y = para(M, y - 28, W - 2 * M, W03_TABLE_NOTE, size=20, lead=28, color=grey) - 26

    # row B: chart | results and flow figure, side by side
    y = heading(M, y, W - 2 * M, "4. Wyniki")
    yl = y
    chart_top = yl - 10
    chart_h = 520
    base = chart_top - chart_h
    ax_x = xl + 70
    c.setStrokeColor(grey)
    c.setFillColor(grey)
    c.setFont(R, 21)
    for tick in range(0, 60, 10):
        ty = base + tick * (chart_h - 40) / 50
        c.line(ax_x - 8, ty, ax_x, ty)
        c.drawRightString(ax_x - 12, ty - 6, str(tick))
    c.line(ax_x, base, ax_x, chart_top)
    c.line(ax_x, base, xl + COL, base)
    group_w = (COL - 90) / len(W03_BARS)
    for i, (abbr, v19, l19, v24, l24) in enumerate(W03_BARS):
        gx = ax_x + 20 + i * group_w
        bw = group_w * 0.32
        for j, (val, lab, col) in enumerate(
            [(v19, l19, colors.HexColor("#9CC9C9")), (v24, l24, navy)]
        ):
            bx = gx + j * (bw + 6)
            bh = 0 if val is None else val * (chart_h - 40) / 50
            c.setFillColor(col)
            if bh:
                c.rect(bx, base, bw, bh, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont(R, 21)
            c.drawCentredString(bx + bw / 2, base + bh + 8, lab)
        c.setFont(B, 23)
        c.drawCentredString(gx + bw + 3, base - 28, abbr)
    c.setFont(R, 21)
    c.setFillColor(colors.HexColor("#9CC9C9"))
    c.rect(xl + 120, base - 70, 22, 18, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.drawString(xl + 150, base - 68, "2019")
    c.setFillColor(navy)
    c.rect(xl + 240, base - 70, 22, 18, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.drawString(xl + 270, base - 68, "2024")
    yl = para(
        xl,
        base - 105,
        COL,
        "Rys. 1. Liczba członków badanych klastrów w latach 2019 i 2024 (n/d – klaster powstał w 2021 r.)",
        font=IT,
        size=22,
        lead=30,
    )

    yr = y
    for text in W03_RESULTS:
        font = IT if text.startswith("„") else R
        yr = para(xr, yr, COL, text, font=font) - 10
    c.setFillColor(colors.black)
    c.setFont(B, 22)
    c.drawString(xr, yr, "Rys. 2. Ścieżki zmiany formy prawnej")
    yr -= 28
    for label, who in W03_FLOW:
        c.setFillColor(pale)
        c.setStrokeColor(teal)
        c.setLineWidth(2)
        c.rect(xr, yr - 76, COL, 76, stroke=1, fill=1)
        c.setFillColor(navy)
        c.setFont(B, 24)
        c.drawString(xr + 16, yr - 32, label)
        c.setFillColor(colors.black)
        c.setFont(R, 23)
        c.drawString(xr + 16, yr - 63, who)
        yr -= 90
    y = min(yl, yr) - 30

    # row C: conclusions | references
    yl = heading(xl, y, COL, "5. Wnioski")
    for item in W03_CONCLUSIONS:
        c.setFillColor(teal)
        c.setFont(B, 22)
        c.drawString(xl, yl, "•")
        yl = para(xl + 30, yl, COL - 30, item) - 10
    yr = heading(xr, y, COL, "Literatura")
    for ref in W03_REFS:
        yr = para(xr, yr, COL, ref, size=22, lead=31) - 8
    y = min(yl, yr) - 30
    assert y > M + 230 + 20, y

    # footer band
    fb_h = 230
    c.setFillColor(pale)
    c.rect(M, M, W - 2 * M, fb_h, stroke=0, fill=1)
    c.setStrokeColor(navy)
    c.setLineWidth(3)
    qr = 190
    qx = W - M - qr - 20
    c.rect(qx, M + 20, qr, qr, stroke=1, fill=0)
    for k in range(6):
        for m in range(6):
            if (k * 7 + m * 3) % 4 == 0:
                c.setFillColor(navy)
                c.rect(qx + 14 + k * 27, M + 34 + m * 27, 24, 24, stroke=0, fill=1)
    tw = qx - M - 50
    yy = para(M + 24, M + fb_h - 40, tw, W03_SITES, size=23, lead=32)
    yy = para(M + 24, yy - 6, tw, W03_QR, font=B, size=23, lead=32)
    para(M + 24, yy - 6, tw, W03_FUNDING, size=20, lead=28, color=grey)

    c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------------------
# w04 – plain text, cp1250 with CRLF: the SRT subtitle file of a promotional
# film about clusters in podlaskie: numbered cues with timestamps, sentences
# and names split across cues, <i> for the narrator, [sound] cues, on-screen
# boards, a spoken self-correction, a Lithuanian partner cluster
# ---------------------------------------------------------------------------

W04_CUES = [
    "[muzyka]",
    "<i>Na Podlasiu działa dziś trzynaście\ninicjatyw klastrowych.</i>",
    "<i>Zrzeszają ponad pięćset firm, gmin,\nszkół i uczelni.</i>",
    "<i>Zaczynamy w Bielsku Podlaskim,\nw biurze Klastra Sękacza</i>",
    "<i>i Wypieków Podlaskich.</i>",
    "[trzask ognia]",
    "BARBARA ZIN, menedżerka klastra:\nSękacz piecze się na rożnie,",
    "warstwa po warstwie, nad ogniem.\nTak jak sto lat temu.",
    "Porozumienie podpisało w 2017 roku\ndziewięć piekarni.",
    "Dziś jest nas trzydzieści jeden…",
    "nie, przepraszam, trzydzieści dwa podmioty:",
    "piekarnie, cukiernie\ni szkoła gastronomiczna w Bielsku.",
    "Koordynatorem jest Cech Piekarzy\ni Cukierników z Białegostoku,",
    "ale biuro klastra mamy tutaj, w Bielsku.",
    "Chcemy dwóch rzeczy: zastrzec w Unii\nnazwę „sękacz podlaski”",
    "i razem sprzedawać sękacze\nna Litwę, do Niemiec i do USA.",
    "<i>Na Litwie sękacz nazywa się šakotis.</i>",
    "<i>Klaster współpracuje z litewskim\nAlytaus šakočio klasteris,</i>",
    "<i>czyli Olickim Klastrem Sękaczowym,</i>",
    "<i>który skupia około dwudziestu\nwytwórców z okolic Olity.</i>",
    "[muzyka]",
    "<i>Kilkadziesiąt kilometrów na północny zachód,\nw Wysokiem Mazowieckiem,</i>",
    "<i>swoje biuro ma\nWysokomazowiecki Klaster Serowarski.</i>",
    "<i>Powstał w 2020 roku na podstawie\numowy konsorcjum</i>",
    "<i>czternastu serowarni i spółdzielni.</i>",
    "ADAM ŁAPIŃSKI, prezes Spółdzielni\nMleczarskiej „Ślina”, koordynatora klastra:",
    "Dziś mamy dziewiętnastu członków.",
    "Sery dojrzewają u nas w trzydziestu piwnicach,\nrobimy czterysta ton rocznie.",
    "Wspólnie chcemy zbudować dojrzewalnię\nserów długo dojrzewających.",
    "[plansza: Wysokomazowiecki Klaster Serowarski\nwww.klaster-serowarski.pl]",
    "[muzyka ludowa]",
    "<i>W Janowie koło Sokółki tkaczki\nod pokoleń robią dwuosnowowe kilimy.</i>",
    "<i>Od 2019 roku działają razem\njako Klaster Tkaniny Dwuosnowowej.</i>",
    "HALINA BUJNO, prezes Stowarzyszenia Tkaczek\nLudowych „Krosno Janowskie”, które prowadzi klaster:",
    "Jest nas około sześćdziesięciu pracowni,",
    "do tego cztery gminy i muzeum w Janowie.",
    "Biuro mamy tu, w Janowie,\nw gminnym ośrodku kultury.",
    "Naszym celem jest wpis tkaniny dwuosnowowej\nna listę UNESCO.",
    "[muzyka]",
    "<i>Na Czarnej Hańczy pod Augustowem flisacy</i>\n<i>z Klastra Tratw i Spływów „Czarna Hańcza”</i>",
    "<i>przewieźli w tym sezonie\njedenaście tysięcy turystów.</i>",
    "<i>Klaster ma 27 członków,\na koordynuje go Augustowska Izba Turystyczna</i>",
    "<i>z siedzibą w Augustowie.</i>",
    "- Ilu jest flisaków?\n- Ponad stu. Ale to ludzie, nie członkowie.",
    "<i>A w Kruszynianach podpisano właśnie\nlist intencyjny</i>",
    "<i>w sprawie utworzenia\nTatarskiego Klastra Kulinarnego.</i>",
    "<i>Podpisało go siedem restauracji\ni gospodarstw agroturystycznych.</i>",
    "<i>Porozumienia jeszcze nie ma.</i>",
    "[muzyka]",
    "<i>Film zrealizowano na zlecenie\nPodlaskiej Sieci Współpracy Gospodarczej.</i>",
    "<i>Sieć zrzesza koordynatorów klastrów,\nale sama nie jest klastrem.</i>",
    "[plansza: www.pswg.pl]",
    "Realizacja: Studio Filmowe Narew-Film,\nBiałystok 2024",
    "Napisy: Ewa Sokół",
]


def _srt_time(ms: int) -> str:
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, milli = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{milli:03d}"


def w04_text() -> str:
    out: list[str] = []
    t = 800
    for n, cue in enumerate(W04_CUES, start=1):
        dur = max(1600, 62 * len(cue.replace("<i>", "").replace("</i>", "")))
        if cue.startswith("["):
            dur = 2400 + 40 * len(cue)
        out.append(f"{n}\r\n{_srt_time(t)} --> {_srt_time(t + dur)}\r\n")
        out.append(cue.replace("\n", "\r\n") + "\r\n\r\n")
        t += dur + 160 + (n % 3) * 40
    return "".join(out)


# ---------------------------------------------------------------------------
# w05 – HTML: a cluster manager's profile page on a professional networking
# site (lubelskie, podlaskie, mazowieckie): headline, contact info, "About",
# activity posts, experience, certificates, recommendations, followed pages
# ---------------------------------------------------------------------------

W05_HTML = """<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agnieszka Cichoń-Wróbel – Menedżerka klastra – Klaster Terminali Przeładunkowych Małaszewicze | Kontakty.pro</title>
<meta name="description" content="Agnieszka Cichoń-Wróbel · Doświadczenie: Klaster Terminali Przeładunkowych Małaszewicze · Lokalizacja: Biała Podlaska · Ponad 500 kontaktów">
<link rel="stylesheet" href="https://static.kontakty.pro/css/profil.css">
<script async src="https://static.kontakty.pro/js/app.js"></script>
</head>
<body>
<header class="gora">
<a href="https://kontakty.pro/feed" class="logo">kontakty<span>.pro</span></a>
<form class="szukaj" action="/szukaj"><input type="search" name="q" placeholder="Szukaj"></form>
<nav>
<a href="/feed">Strona główna</a> <a href="/siec">Moja sieć</a> <a href="/praca">Praca</a> <a href="/wiadomosci">Wiadomości</a> <a href="/powiadomienia">Powiadomienia <span class="licznik">7</span></a>
</nav>
</header>

<main class="profil">
<section class="karta">
<img class="tlo" src="https://media.kontakty.pro/tlo/ktpm-terminal.jpg" alt="Terminal kontenerowy nocą">
<img class="zdjecie" src="https://media.kontakty.pro/foto/acw-2024.jpg" alt="Zdjęcie profilowe">
<h1>Agnieszka Cichoń-Wróbel <span class="zaimki">(ona/jej)</span></h1>
<p class="naglowek">Menedżerka klastra w Klaster Terminali Przeładunkowych Małaszewicze | logistyka kolejowa Wschód–Zachód | fundusze UE</p>
<p class="lokalizacja">Biała Podlaska, Lubelskie, Polska · <a href="#kontakt">Informacje kontaktowe</a></p>
<p class="kontakty">1 874 obserwujących · Ponad 500 kontaktów</p>
<ul class="firma-szkola">
<li><a href="/firma/ktpm">Klaster Terminali Przeładunkowych Małaszewicze</a></li>
<li><a href="/szkola/wsbw-lublin">Wyższa Szkoła Biznesu Wschodniego w Lublinie</a></li>
</ul>
<button>Nawiąż kontakt</button> <button>Wiadomość</button> <button>Więcej</button>
</section>

<section id="kontakt" class="okno">
<h2>Informacje kontaktowe</h2>
<dl>
<dt>Profil</dt><dd><a href="https://kontakty.pro/in/acichonwrobel">kontakty.pro/in/acichonwrobel</a></dd>
<dt>Strony internetowe</dt><dd><a href="https://www.ktpm.pl">www.ktpm.pl</a> (Firma)<br><a href="https://cichon-wrobel.blog.pl">cichon-wrobel.blog.pl</a> (Blog)</dd>
<dt>E-mail</dt><dd>a.cichon@ktpm.pl</dd>
<dt>Data nawiązania kontaktu</dt><dd>—</dd>
</dl>
</section>

<section class="informacje">
<h2>Informacje</h2>
<p>Od 2021 r. zarządzam Klastrem Terminali Przeładunkowych Małaszewicze (KTPM). Klaster powstał w 2015 r. z porozumienia 11 firm spedycyjnych i przeładunkowych z okolic Terespola i Małaszewicz. Koordynuje go Fundacja Rozwoju Pogranicza &bdquo;Brama Wschodu&rdquo; z Terespola, a biuro klastra prowadzimy w Białej Podlaskiej.</p>
<p>Dziś KTPM to 41 członków: 38 firm, Zespół Szkół Kolejowych w Białej Podlaskiej, Gmina Terespol i Gmina Biała Podlaska. Razem przeładowujemy ok. 6 mln ton rocznie i zatrudniamy ponad 3 tys. osób.</p>
<p>Nasze cele na lata 2024&ndash;2027: wspólny terminal dla przesyłek drobnicowych, szkoła zawodu dla operatorów suwnic i cyfrowy obieg dokumentów celnych. Jeśli działasz w logistyce na ścianie wschodniej &ndash; napisz!</p>
</section>

<section class="aktywnosc">
<h2>Aktywność</h2>
<p class="obserwujacy">1 874 obserwujących</p>
<article class="post">
<p class="meta">Agnieszka Cichoń-Wróbel · 3 tyg. · Edytowano</p>
<p>Witamy na pokładzie! &#128642; W październiku do KTPM dołączyły trzy nowe firmy &ndash; jest nas już 41. Rok temu było nas 36. Dziękuję Zarządowi Fundacji i całemu biuru w Białej Podlaskiej! #klaster #logistyka #Małaszewicze #kolej</p>
<p class="reakcje">87 reakcji · 12 komentarzy · 4 udostępnienia</p>
</article>
<article class="post">
<p class="meta">Agnieszka Cichoń-Wróbel udostępniła to · 2 mies.</p>
<div class="udostepnione">
<p class="autor">Klaster Biogazowni Rolniczych Doliny Krzny · 640 obserwujących · 2 mies.</p>
<p>Ruszył nabór do klastra! &#127793; Jesteśmy klastrem energii z Międzyrzeca Podlaskiego, koordynuje nas Gmina Międzyrzec Podlaski. Mamy 18 członków &ndash; rolników, gminy i spółdzielnię &ndash; i szukamy kolejnych. Nasz cel: biogazownia rolnicza w każdej gminie doliny Krzny do 2030 r. Zgłoszenia do 15 listopada.</p>
</div>
<p class="reakcje">41 reakcji · 3 komentarze</p>
</article>
<a href="/in/acichonwrobel/aktywnosc" class="wiecej">Pokaż całą aktywność &rarr;</a>
</section>

<section class="doswiadczenie">
<h2>Doświadczenie</h2>
<ul>
<li class="stanowisko">
<h3>Menedżerka klastra</h3>
<p class="firma">Klaster Terminali Przeładunkowych Małaszewicze · Pełny etat</p>
<p class="daty">sty 2021 &ndash; obecnie · 3 lata 11 mies.</p>
<p class="miejsce">Biała Podlaska, Lubelskie, Polska · Hybrydowo</p>
<p class="opis">Prowadzę biuro klastra, nabór członków i projekty z funduszy UE. Wnioski na łączną kwotę 7,8 mln zł, z czego 5,1 mln zł uzyskało dofinansowanie.</p>
<p class="umiejetnosci">Umiejętności: Zarządzanie klastrem · Fundusze europejskie · Logistyka kolejowa</p>
</li>
<li class="stanowisko">
<h3>Specjalistka ds. projektów klastrowych</h3>
<p class="firma">Łukowski Klaster Pieczarkarski · Pełny etat</p>
<p class="daty">lut 2016 &ndash; gru 2020 · 4 lata 11 mies.</p>
<p class="miejsce">Łuków, Lubelskie, Polska</p>
<p class="opis">Obsługiwałam biuro klastra w Łukowie (koordynator: Spółdzielnia Producentów Pieczarek &bdquo;Grzybnia&rdquo;). Klaster, działający od 2011 r. na podstawie porozumienia, liczył wtedy 15 członków &ndash; producentów pieczarek i podłoża. Przygotowałam pierwszą wspólną ofertę eksportową do Niemiec.</p>
</li>
<li class="stanowisko">
<h3>Asystentka koordynatora klastra</h3>
<p class="firma">Puszczańska Agencja Rozwoju S.A. · Umowa o pracę</p>
<p class="daty">wrz 2013 &ndash; sty 2016 · 2 lata 5 mies.</p>
<p class="miejsce">Hajnówka, Podlaskie, Polska</p>
<p class="opis">Agencja z siedzibą w Hajnówce koordynuje Hajnowski Klaster Ciesielstwa i Więźby Dachowej. Pomagałam przy naborze członków i organizacji szkoleń dla cieśli &ndash; dziś klaster ma ponad 30 członków.</p>
</li>
<li class="stanowisko">
<h3>Stażystka</h3>
<p class="firma">Lubelska Fundacja Rozwoju Eksportu · Staż</p>
<p class="daty">lip 2012 &ndash; wrz 2012 · 3 mies.</p>
<p class="miejsce">Lublin, Lubelskie, Polska</p>
</li>
</ul>
</section>

<section class="wyksztalcenie">
<h2>Wykształcenie</h2>
<ul>
<li><h3>Wyższa Szkoła Biznesu Wschodniego w Lublinie</h3><p>Studia podyplomowe, Menedżer klastra · 2017</p></li>
<li><h3>Nadbużańska Szkoła Wyższa w Białej Podlaskiej</h3><p>Magister, Logistyka · 2008 &ndash; 2013</p></li>
</ul>
</section>

<section class="certyfikaty">
<h2>Licencje i certyfikaty</h2>
<ul>
<li><h3>Brązowa Etykieta Doskonałości Zarządzania Klastrem</h3><p>European Secretariat for Cluster Analysis · Wydano: cze 2023 · przyznana dla KTPM</p></li>
<li><h3>Certyfikowany Project Manager (poziom podstawowy)</h3><p>Wydano: mar 2019</p></li>
</ul>
</section>

<section class="umiejetnosci">
<h2>Umiejętności</h2>
<ul>
<li>Zarządzanie klastrem · 42 potwierdzenia</li>
<li>Logistyka kolejowa · 31 potwierdzeń</li>
<li>Fundusze europejskie · 27 potwierdzeń</li>
</ul>
</section>

<section class="polecenia">
<h2>Polecenia</h2>
<p class="zakladki">Otrzymane (2) · Wystawione (3)</p>
<blockquote>
<p class="autor"><a href="/in/jkosiorek">Jan Kosiorek</a> · Menedżer klastra w Siedlecki Klaster Drukarstwa i Opakowań · 14 marca 2023 r., Jan współpracował z Agnieszką, ale w innych firmach</p>
<p>Z Agnieszką przygotowaliśmy w 2022 r. porozumienie o współpracy naszych klastrów. Nasz klaster z Siedlec skupia 26 drukarni i producentów opakowań, a dzięki Agnieszce wysyłamy dziś palety przez terminal w Małaszewiczach. Rzetelna, szybka, zawsze z planem B.</p>
</blockquote>
<blockquote>
<p class="autor"><a href="/in/mrejmak">Małgorzata Rejmak</a> · Kierowniczka terminalu · 2 lutego 2022 r., Małgorzata była klientką Agnieszki</p>
<p>Polecam współpracę &ndash; konkretna i skuteczna.</p>
</blockquote>
</section>

<section class="zainteresowania">
<h2>Zainteresowania</h2>
<p class="zakladki">Najczęściej wybierane · Firmy · Grupy · Szkoły</p>
<ul>
<li><a href="/firma/ktpm">Klaster Terminali Przeładunkowych Małaszewicze</a> · 2 316 obserwujących</li>
<li><a href="/firma/biogaz-krzna">Klaster Biogazowni Rolniczych Doliny Krzny</a> · 640 obserwujących</li>
<li><a href="/firma/brama-wschodu">Fundacja Rozwoju Pogranicza &bdquo;Brama Wschodu&rdquo;</a> · 1 120 obserwujących</li>
</ul>
</section>
</main>

<aside class="boczny">
<h2>Inne wyświetlane profile</h2>
<ul>
<li><a href="/in/msidor">Marek Sidor</a> · Prezes zarządu, Puszczańska Agencja Rozwoju S.A.</li>
<li><a href="/in/kzawada">Katarzyna Zawada</a> · Specjalistka ds. celnych | Terespol</li>
<li><a href="/in/plewczuk">Paweł Lewczuk</a> · Dyrektor operacyjny, Nadbużańskie Terminale sp. z o.o.</li>
</ul>
<h2>Osoby, które możesz znać</h2>
<ul>
<li><a href="/in/esadowska">Ewa Sadowska</a> · Koordynatorka projektów UE</li>
</ul>
</aside>

<footer>
<p><a href="/o-nas">O nas</a> · <a href="/dostepnosc">Dostępność</a> · <a href="/regulamin">Regulamin</a> · <a href="/prywatnosc">Polityka prywatności</a> · <a href="/reklama">Reklama</a></p>
<p>Kontakty.pro © 2024</p>
</footer>
</body>
</html>
"""


def main() -> None:
    (HERE / "w01_wyrok_wsa_lublin_skarga_koordynatora_klastra.html").write_bytes(
        W01_HTML.encode("utf-8")
    )
    make_w02(HERE / "w02_formularze_zgloszeniowe_baza_klastrow_swietokrzyskie.docx")
    make_w03(HERE / "w03_plakat_konferencyjny_klastry_lodzkie.pdf")
    (HERE / "w04_napisy_srt_film_klastry_podlasie_cp1250.txt").write_bytes(
        w04_text().encode("cp1250")
    )
    (HERE / "w05_profil_zawodowy_menedzerki_klastra_biala_podlaska.html").write_bytes(
        W05_HTML.encode("utf-8")
    )


if __name__ == "__main__":
    main()
