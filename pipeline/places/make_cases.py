"""Build the place-mention test set (`tests/cases/places/mentions.jsonl`).

Expected answers come from the TERYT register, never from the resolver: a hand-written
mention names its locality and voivodeship, and the register gives the SIMC code; generated
mentions take single-word names whose case forms morfeusz2 generates directly (and reads
back to the same lemma), and the register decides whether the name is unique (resolved) or
shared (ambiguous). Hand-written village forms cover names morfeusz2 does not know.

Usage: python -m pipeline.places.make_cases [GAZETTEER_DIR] [--output PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import random
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import morfeusz2

from pipeline.places.build_index import DEFAULT_GAZETTEER, read_localities, read_units

OUTPUT = Path("tests/cases/places/mentions.jsonl")
TOWN = "96"
PART_KINDS = {"00", "99", "95", "98"}
SEED = 20240601

# (mention, nominative, voivodeship of the expected locality); None: expected ambiguous.
HAND_TOWNS: list[tuple[str, str, str | None]] = [
    ("w Opolu", "Opole", "opolskie"),
    ("Opole", "Opole", "opolskie"),
    ("z Nowej Soli", "Nowa Sól", "lubuskie"),
    ("w Nowej Soli", "Nowa Sól", "lubuskie"),
    ("Nowa Sól", "Nowa Sól", "lubuskie"),
    ("Gorzów Wlkp.", "Gorzów Wielkopolski", "lubuskie"),
    ("w Gorzowie Wlkp.", "Gorzów Wielkopolski", "lubuskie"),
    ("Gorzowie Wlkp.", "Gorzów Wielkopolski", "lubuskie"),
    ("z Gorzowa Wielkopolskiego", "Gorzów Wielkopolski", "lubuskie"),
    ("w Gorzowie Wielkopolskim", "Gorzów Wielkopolski", "lubuskie"),
    ("do Gorzowa", "Gorzów Wielkopolski", "lubuskie"),
    ("w Kędzierzynie-Koźlu", "Kędzierzyn-Koźle", "opolskie"),
    ("Kędzierzyn-Koźle", "Kędzierzyn-Koźle", "opolskie"),
    ("z Kędzierzyna-Koźla", "Kędzierzyn-Koźle", "opolskie"),
    ("we Wrocławiu", "Wrocław", "dolnośląskie"),
    ("w Bielsku-Białej", "Bielsko-Biała", "śląskie"),
    ("Bielsko-Biała", "Bielsko-Biała", "śląskie"),
    ("w Zielonej Górze", "Zielona Góra", "lubuskie"),
    ("z Zielonej Góry", "Zielona Góra", "lubuskie"),
    ("Zielona Góra", "Zielona Góra", "lubuskie"),
    ("ze Szczecina", "Szczecin", "zachodniopomorskie"),
    ("w Łodzi", "Łódź", "łódzkie"),
    ("w Warszawie", "Warszawa", "mazowieckie"),
    ("w Krakowie", "Kraków", "małopolskie"),
    ("w Poznaniu", "Poznań", "wielkopolskie"),
    ("w Gdańsku", "Gdańsk", "pomorskie"),
    ("w Gdyni", "Gdynia", "pomorskie"),
    ("w Katowicach", "Katowice", "śląskie"),
    ("w Kielcach", "Kielce", "świętokrzyskie"),
    ("w Rzeszowie", "Rzeszów", "podkarpackie"),
    ("w Lublinie", "Lublin", "lubelskie"),
    ("w Białymstoku", "Białystok", "podlaskie"),
    ("z Białegostoku", "Białystok", "podlaskie"),
    ("w Olsztynie", "Olsztyn", "warmińsko-mazurskie"),
    ("w Toruniu", "Toruń", "kujawsko-pomorskie"),
    ("w Bydgoszczy", "Bydgoszcz", "kujawsko-pomorskie"),
    ("w Tarnowskich Górach", "Tarnowskie Góry", "śląskie"),
    ("w Jeleniej Górze", "Jelenia Góra", "dolnośląskie"),
    ("w Białej Podlaskiej", "Biała Podlaska", "lubelskie"),
    ("w Ostrowcu Świętokrzyskim", "Ostrowiec Świętokrzyski", "świętokrzyskie"),
    ("w Ostrowcu Św.", "Ostrowiec Świętokrzyski", "świętokrzyskie"),
    ("w Piotrkowie Trybunalskim", "Piotrków Trybunalski", "łódzkie"),
    ("w Piotrkowie Tryb.", "Piotrków Trybunalski", "łódzkie"),
    ("w Tomaszowie Mazowieckim", "Tomaszów Mazowiecki", "łódzkie"),
    ("w Tomaszowie Maz.", "Tomaszów Mazowiecki", "łódzkie"),
    ("w Nowym Sączu", "Nowy Sącz", "małopolskie"),
    ("w Nowym Targu", "Nowy Targ", "małopolskie"),
    ("w Dąbrowie Górniczej", "Dąbrowa Górnicza", "śląskie"),
    ("w Rudzie Śląskiej", "Ruda Śląska", "śląskie"),
    ("w Jastrzębiu-Zdroju", "Jastrzębie-Zdrój", "śląskie"),
    ("w Busku-Zdroju", "Busko-Zdrój", "świętokrzyskie"),
    ("w Kudowie-Zdroju", "Kudowa-Zdrój", "dolnośląskie"),
    ("w Skarżysku-Kamiennej", "Skarżysko-Kamienna", "świętokrzyskie"),
    ("w Świnoujściu", "Świnoujście", "zachodniopomorskie"),
    ("w Kołobrzegu", "Kołobrzeg", "zachodniopomorskie"),
    ("w Koszalinie", "Koszalin", "zachodniopomorskie"),
    ("w Słupsku", "Słupsk", "pomorskie"),
    ("w Elblągu", "Elbląg", "warmińsko-mazurskie"),
    ("w Płocku", "Płock", "mazowieckie"),
    ("w Radomiu", "Radom", "mazowieckie"),
    ("w Siedlcach", "Siedlce", "mazowieckie"),
    ("w Ostrołęce", "Ostrołęka", "mazowieckie"),
    ("w Suwałkach", "Suwałki", "podlaskie"),
    ("w Łomży", "Łomża", "podlaskie"),
    ("w Zamościu", "Zamość", "lubelskie"),
    ("w Chełmie", "Chełm", "lubelskie"),
    ("w Przemyślu", "Przemyśl", "podkarpackie"),
    ("w Krośnie", "Krosno", "podkarpackie"),
    ("w Tarnobrzegu", "Tarnobrzeg", "podkarpackie"),
    ("w Nowej Rudzie", "Nowa Ruda", "dolnośląskie"),
    ("w Wałbrzychu", "Wałbrzych", "dolnośląskie"),
    ("w Legnicy", "Legnica", "dolnośląskie"),
    ("w Lubinie", "Lubin", "dolnośląskie"),
    ("w Kaliszu", "Kalisz", "wielkopolskie"),
    ("w Koninie", "Konin", "wielkopolskie"),
    ("w Lesznie", "Leszno", "wielkopolskie"),
    ("w Pile", "Piła", "wielkopolskie"),
    ("w Gnieźnie", "Gniezno", "wielkopolskie"),
    ("w Ostrowie Wielkopolskim", "Ostrów Wielkopolski", "wielkopolskie"),
    ("w Ostrowie Wlkp.", "Ostrów Wielkopolski", "wielkopolskie"),
    ("w Grudziądzu", "Grudziądz", "kujawsko-pomorskie"),
    ("we Włocławku", "Włocławek", "kujawsko-pomorskie"),
    ("w Inowrocławiu", "Inowrocław", "kujawsko-pomorskie"),
    ("w Żarach", "Żary", "lubuskie"),
    ("w Żaganiu", "Żagań", "lubuskie"),
    ("w Świebodzinie", "Świebodzin", "lubuskie"),
    ("w Międzyrzeczu", "Międzyrzecz", "lubuskie"),
    ("w Sulechowie", "Sulechów", "lubuskie"),
    ("w Kostrzynie nad Odrą", "Kostrzyn nad Odrą", "lubuskie"),
    ("w Słubicach", "Słubice", "lubuskie"),
    ("w Nysie", "Nysa", "opolskie"),
    ("w Brzegu", "Brzeg", "opolskie"),
    ("w Kluczborku", "Kluczbork", "opolskie"),
    ("w Prudniku", "Prudnik", "opolskie"),
    ("w Strzelcach Opolskich", "Strzelce Opolskie", "opolskie"),
    ("w Krapkowicach", "Krapkowice", "opolskie"),
    ("w Głubczycach", "Głubczyce", "opolskie"),
    ("w Namysłowie", "Namysłów", "opolskie"),
    ("w Oławie", "Oława", "dolnośląskie"),
    ("w Opolu Lubelskim", "Opole Lubelskie", "lubelskie"),
    ("w Nowym Dworze Mazowieckim", "Nowy Dwór Mazowiecki", "mazowieckie"),
    ("w Mińsku Mazowieckim", "Mińsk Mazowiecki", "mazowieckie"),
    ("w Grodzisku Mazowieckim", "Grodzisk Mazowiecki", "mazowieckie"),
    ("w Grodzisku Wlkp.", "Grodzisk Wielkopolski", "wielkopolskie"),
    ("w Środzie Wielkopolskiej", "Środa Wielkopolska", "wielkopolskie"),
    ("w Środzie Śląskiej", "Środa Śląska", "dolnośląskie"),
    ("w Stalowej Woli", "Stalowa Wola", "podkarpackie"),
    ("w Zduńskiej Woli", "Zduńska Wola", "łódzkie"),
    ("w Sopocie", "Sopot", "pomorskie"),
    ("pod Opolem", "Opole", "opolskie"),
    ("koło Nowej Soli", "Nowa Sól", "lubuskie"),
    ("ku Warszawie", "Warszawa", "mazowieckie"),
    ("Środa Wlkp.", "Środa Wielkopolska", "wielkopolskie"),
    ("w Grodzisku Maz.", "Grodzisk Mazowiecki", "mazowieckie"),
    ("w Mińsku Maz.", "Mińsk Mazowiecki", "mazowieckie"),
    ("w Nowym Dworze Maz.", "Nowy Dwór Mazowiecki", "mazowieckie"),
    ("w Rawie Maz.", "Rawa Mazowiecka", "łódzkie"),
    ("w Dąbrowie Górn.", "Dąbrowa Górnicza", "śląskie"),
    ("w Rudzie Śl.", "Ruda Śląska", "śląskie"),
    ("w Piekarach Śl.", "Piekary Śląskie", "śląskie"),
    ("w Siemianowicach Śl.", "Siemianowice Śląskie", "śląskie"),
    ("w Wodzisławiu Śl.", "Wodzisław Śląski", "śląskie"),
    ("w Strzelcach Op.", "Strzelce Opolskie", "opolskie"),
    ("w Starogardzie Gd.", "Starogard Gdański", "pomorskie"),
    ("w Pruszczu Gdańskim", "Pruszcz Gdański", "pomorskie"),
    ("w Kostrzynie n. Odrą", "Kostrzyn nad Odrą", "lubuskie"),
    ("w Nowym Mieście nad Pilicą", "Nowe Miasto nad Pilicą", "mazowieckie"),
    ("w Nowym Mieście Lubawskim", "Nowe Miasto Lubawskie", "warmińsko-mazurskie"),
    ("Bielsko - Biała", "Bielsko-Biała", "śląskie"),
    ("w Kędzierzynie–Koźlu", "Kędzierzyn-Koźle", "opolskie"),
    ("W KĘDZIERZYNIE-KOŹLU", "Kędzierzyn-Koźle", "opolskie"),
    ("„Zielona Góra”", "Zielona Góra", "lubuskie"),
    ("gmina Kędzierzyn-Koźle", "Kędzierzyn-Koźle", "opolskie"),
    ("m. st. Warszawa", "Warszawa", "mazowieckie"),
    ("w Opolu Lub.", "Opole Lubelskie", "lubelskie"),
    ("w Ostrowie Maz.", "Ostrów Mazowiecka", "mazowieckie"),
    ("w Tomaszowie Lubelskim", "Tomaszów Lubelski", "lubelskie"),
    ("w Sochaczewie", "Sochaczew", "mazowieckie"),
    ("w Ełku", "Ełk", "warmińsko-mazurskie"),
    ("w Giżycku", "Giżycko", "warmińsko-mazurskie"),
    ("w Kętrzynie", "Kętrzyn", "warmińsko-mazurskie"),
    ("w Zakopanem", "Zakopane", "małopolskie"),
    ("z Zakopanego", "Zakopane", "małopolskie"),
    ("w Tychach", "Tychy", "śląskie"),
    ("w Gliwicach", "Gliwice", "śląskie"),
    ("w Zabrzu", "Zabrze", "śląskie"),
    ("w Bytomiu", "Bytom", "śląskie"),
    ("w Sosnowcu", "Sosnowiec", "śląskie"),
    ("w Częstochowie", "Częstochowa", "śląskie"),
    ("w Rybniku", "Rybnik", "śląskie"),
    ("w Żorach", "Żory", "śląskie"),
    ("w Mysłowicach", "Mysłowice", "śląskie"),
    ("w Jaworznie", "Jaworzno", "śląskie"),
    ("w Chorzowie", "Chorzów", "śląskie"),
    ("w Tarnowie", "Tarnów", "małopolskie"),
    ("w Nowym Tomyślu", "Nowy Tomyśl", "wielkopolskie"),
    ("we Wronkach", "Wronki", "wielkopolskie"),
    ("w Pszczynie", "Pszczyna", "śląskie"),
    ("w Pucku", "Puck", "pomorskie"),
    ("we Władysławowie", "Władysławowo", "pomorskie"),
    ("w Helu", "Hel", "pomorskie"),
    ("w Ustce", "Ustka", "pomorskie"),
    ("w Łebie", "Łeba", "pomorskie"),
    ("w Kartuzach", "Kartuzy", "pomorskie"),
    ("w Józefowie", "Józefów", None),
    ("Józefów", "Józefów", None),
    ("Zalesie", "Zalesie", None),
    ("w Nowej Wsi", "Nowa Wieś", None),
    ("z Nowej Wsi", "Nowa Wieś", None),
    ("na Starym Mieście", "Stare Miasto", None),
]

# Villages morfeusz2 does not know, inflected by hand: (mention, nominative).
HAND_VILLAGES: list[tuple[str, str]] = [
    ("w Zwarcienku", "Zwarcienko"),
    ("ze Zwarcienka", "Zwarcienko"),
    ("w Drzykozach", "Drzykozy"),
    ("we Florentynowie", "Florentynowo"),
    ("w Rembiesznicy", "Rembiesznica"),
    ("z Rembiesznicy", "Rembiesznica"),
    ("w Bogacinie", "Bogacin"),
    ("z Bogacina", "Bogacin"),
    ("w Danowicach", "Danowice"),
    ("z Danowic", "Danowice"),
    ("w Jazikowie", "Jazików"),
    ("w Klęcinku", "Klęcinko"),
    ("w Cykówku", "Cykówko"),
    ("w Bogumiłkach", "Bogumiłki"),
    ("w Gęsikowie", "Gęsikowo"),
    ("z Gęsikowa", "Gęsikowo"),
    ("w Lubińsku", "Lubińsk"),
    ("w Kosnowcu", "Kosnowiec"),
    ("w Grunajkach", "Grunajki"),
    ("w Saminku", "Saminek"),
    ("w Edwinowie", "Edwinowo"),
    ("w Cimoszce", "Cimoszka"),
    ("w Kroczynie", "Kroczyn"),
    ("w Nowaczyźnie", "Nowaczyzna"),
    ("w Byszkowie", "Byszkowo"),
    ("w Głomnie", "Głomno"),
    ("w Górczynce", "Górczynka"),
    ("w Wierzchłowcach", "Wierzchłowce"),
    ("w Prosperowie", "Prosperowo"),
    ("w Pęklewie", "Pęklewo"),
    ("w Modrzerzewie", "Modrzerzewo"),
    ("w Ameliówce", "Ameliówka"),
    ("w Szczerbowie", "Szczerbowo"),
    ("w Imbirkowie", "Imbirkowo"),
    ("w Ruciance", "Rucianka"),
    ("w Gortatowcu", "Gortatowiec"),
    ("w Piłatowszczyźnie", "Piłatowszczyzna"),
    ("w Płowężku", "Płowężek"),
    # multi-word villages, inflected by hand
    ("w Nowym Kowalkowie", "Nowy Kowalków"),
    ("w Ożarach Wielkich", "Ożary Wielkie"),
    ("z Ożar Wielkich", "Ożary Wielkie"),
    ("w Dzierżążnie Wielkim", "Dzierżążno Wielkie"),
    ("w Budkach Drugich", "Budki Drugie"),
    ("w Woli Krecowskiej", "Wola Krecowska"),
    ("w Czarnej Dąbrówce", "Czarna Dąbrówka"),
    ("w Podkonicach Miejskich", "Podkonice Miejskie"),
    ("w Rozalinie Pierwszym", "Rozalin Pierwszy"),
    ("w Starych Skałach", "Stare Skały"),
    ("w Brzezinach Cieciułowskich", "Brzeziny Cieciułowskie"),
    ("w Liniewskich Górach", "Liniewskie Góry"),
    ("w Woli Sipińskiej", "Wola Sipińska"),
    ("w Zalesiu Krasieńskim", "Zalesie Krasieńskie"),
    ("w Starej Muszynie", "Stara Muszyna"),
    ("w Róży Podgórnej", "Róża Podgórna"),
    ("w Budach Wielgoleskich", "Budy Wielgoleskie"),
    ("w Górkach Śląskich", "Górki Śląskie"),
    ("w Konopkach Nowych", "Konopki Nowe"),
    ("na Szotowej Górze", "Szotowa Góra"),
    ("w Starej Łagiszy", "Stara Łagisza"),
    ("w Machnowie Nowym", "Machnów Nowy"),
    ("na Borowym Polu", "Borowe Pole"),
    ("w Nawojowie Śląskim", "Nawojów Śląski"),
    ("w Czaplinie Wielkim", "Czaplin Wielki"),
    ("w Małej Krasnej", "Mała Krasna"),
    ("w Lubiczu Dolnym", "Lubicz Dolny"),
    ("w Brzezinie Pierwszej", "Brzezina Pierwsza"),
    ("w Kolonii Rogalin", "Kolonia Rogalin"),
    ("w Kolonii Pawłów", "Kolonia Pawłów"),
    ("w Kolonii Włościańskiej", "Kolonia Włościańska"),
    ("w Brzyszewskiej Kolonii", "Brzyszewska Kolonia"),
    ("w Długim Kierzu", "Długi Kierz"),
]

# Forms shared with names morfeusz2 does not generate, found and checked by hand: the
# mention is truly ambiguous between these names ("w Małczu": Małecz or Małcz).
HAND_COLLISIONS: dict[str, tuple[str, ...]] = {
    "w Małczu": ("Małcz", "Małecz"),
    "w Olszewie": ("Olszewo", "Olszewa", "Olszew"),
    "w Jankowie": ("Janków", "Jankowo"),
}

CASE_PREPOSITIONS = {
    "loc": ("w", "we"),
    "gen": ("z", "ze"),
    "inst": ("pod", "pode"),
    "nom": ("", ""),
}


@dataclass(frozen=True)
class Locality:
    name: str
    sym: str
    woj: str
    powiat: str
    rm: str
    main: bool


def load_register(folder: Path) -> dict[str, list[Locality]]:
    """Name → localities, straight from SIMC and TERC."""
    units = {code: name for code, name, _ in read_units(folder)}
    out: dict[str, list[Locality]] = defaultdict(list)
    for name, records in read_localities(folder).items():
        for raw in records:
            sym, unit, rm, parent = raw.split(",")
            main = not parent and rm not in PART_KINDS
            out[name].append(Locality(name, sym, unit[:2], units.get(unit[:4], ""), rm, main))
    return out


def voivodeship_codes(folder: Path) -> dict[str, str]:
    return {name.lower(): code for code, name, kind in read_units(folder) if kind == "województwo"}


def expected_for(localities: list[Locality], woj: str | None = None) -> tuple[str, list[str]]:
    """The register's answer: the one town, else the one main locality, the voivodeship
    (when given) choosing among them, not between a town and a village."""
    towns = [loc for loc in localities if loc.rm == TOWN]
    pool = towns or [loc for loc in localities if loc.main] or localities
    if woj:
        pool = [loc for loc in pool if loc.woj == woj] or pool
    if len(pool) == 1:
        return "resolved", [pool[0].sym]
    return "ambiguous", sorted(loc.sym for loc in pool)


def preposition(case: str, form: str) -> str:
    """ "w"/"z" and their "we"/"ze" variants before hard consonant clusters."""
    plain, vocalic = CASE_PREPOSITIONS[case]
    low = form.lower()
    clusters = {"loc": ("w", "f"), "gen": ("s", "z", "ś", "ż", "ź"), "inst": ("dn", "mn")}
    cons = "bcćdfghjklłmnńprsśtwzźż"
    needs = case in clusters and low.startswith(clusters[case]) and len(low) > 1 and low[1] in cons
    return vocalic if needs else plain


# Cases a preposition governs (grammar, written here again so the answers do not lean on
# the resolver's own table).
GOVERNED = {
    "na": {"loc", "acc"},
    "w": {"loc", "acc"},
    "we": {"loc", "acc"},
    "z": {"gen", "inst"},
    "ze": {"gen", "inst"},
    "do": {"gen"},
    "pod": {"inst", "acc"},
    "pode": {"inst", "acc"},
    "": {"nom"},
}
ALL = ("nom", "gen", "dat", "acc", "inst", "loc")


class FormGenerator:
    """Case forms of one-word geographic names, straight from morfeusz2's generator."""

    def __init__(self) -> None:
        self.morfeusz = morfeusz2.Morfeusz()
        self._owners: dict[tuple[str, str], set[str]] | None = None

    def forms(self, name: str) -> dict[str, str]:
        """case → form for a geographic name morfeusz2 knows (read back to the same lemma)."""
        found: dict[str, dict[str, str]] = defaultdict(dict)
        for form, lemma, tag, labels, quals in self.morfeusz.generate(name):
            parts = tag.split(":")
            if lemma.split(":")[0] != name or parts[0] != "subst" or quals:
                continue
            if "nazwa_geograficzna" in labels:
                for case in parts[2].split("."):
                    found[parts[1]].setdefault(case, form)
        chosen = found.get("sg") or found.get("pl") or {}
        return {c: f for c, f in chosen.items() if c in ALL and self.reads_back(f, name)}

    def form(self, name: str, case: str) -> str | None:
        return name if case == "nom" else self.forms(name).get(case)

    def reads_back(self, form: str, name: str) -> bool:
        return any(
            lemma.split(":")[0] == name for *_, (_, lemma, *_r) in self.morfeusz.analyse(form)
        )

    def owners(self, names: list[str], form: str, prep: str) -> set[str]:
        """Every one-word name with `form` in a case the preposition governs."""
        if self._owners is None:
            self._owners = defaultdict(set)
            for name in names:
                self._owners[(name.lower(), "nom")].add(name)
                for case, f in self.forms(name).items():
                    self._owners[(f.lower(), case)].add(name)
        return {n for case in GOVERNED[prep] for n in self._owners.get((form.lower(), case), ())}


def collision_expected(
    register: dict[str, list[Locality]],
    generator: FormGenerator,
    mention: str,
    name: str,
    woj: str | None = None,
) -> tuple[str, list[str]]:
    """The register's answer when other names share the mention's form in that case."""
    prep, _, form = mention.partition(" ")
    if prep not in GOVERNED:
        prep, form = "", mention
    one_word = [n for n in register if " " not in n and "-" not in n]
    owners = generator.owners(one_word, form, prep) | {name, *HAND_COLLISIONS.get(mention, ())}
    return expected_for([loc for n in owners for loc in register[n]], woj)


def hand_cases(register: dict[str, list[Locality]], woj_codes: dict[str, str]) -> list[dict]:
    cases = []
    for mention, name, voivodeship in HAND_TOWNS:
        localities = register[name]
        if voivodeship is None:
            status, syms = expected_for(localities)
            assert status == "ambiguous", (mention, syms)
        else:
            pool = [loc for loc in localities if loc.woj == woj_codes[voivodeship] and loc.main]
            towns = [loc for loc in pool if loc.rm == TOWN]
            chosen = towns or pool
            assert len(chosen) == 1, (mention, chosen)
            status, syms = "resolved", [chosen[0].sym]
        cases.append(_case(mention, name, status, syms, "hand"))
    generator = FormGenerator()
    for mention, name in HAND_VILLAGES:
        status, syms = collision_expected(register, generator, mention, name)
        cases.append(_case(mention, name, status, syms, "hand-village"))
    return cases


def _case(
    mention: str, name: str, status: str, syms: list[str], source: str, **context: str
) -> dict:
    return {
        "mention": mention,
        "name": name,
        "expected": status,
        "town_teryt": syms[0] if status == "resolved" else None,
        "candidates": syms if status == "ambiguous" else [],
        "source": source,
        **context,
    }


def generated_cases(register: dict[str, list[Locality]], rng: random.Random) -> list[dict]:
    """Towns, unique villages and shared names in random cases, forms from morfeusz2."""
    generator = FormGenerator()
    one_word = [n for n in register if " " not in n and "-" not in n]
    towns = [n for n in one_word if any(loc.rm == TOWN for loc in register[n])]
    villages = [n for n in one_word if n not in set(towns)]
    cases: list[dict] = []
    groups = ((towns, 70, "generated-town"), (villages, 70, "generated-village"))
    for names, wanted, source in groups:
        cases += _sample(register, generator, sorted(names), wanted, source, rng)
    return cases


def _sample(
    register: dict[str, list[Locality]],
    generator: FormGenerator,
    names: list[str],
    wanted: int,
    source: str,
    rng: random.Random,
) -> list[dict]:
    out: list[dict] = []
    ambiguous = 0
    for name in rng.sample(names, len(names)):
        if len(out) >= wanted:
            break
        case = rng.choice(["loc", "loc", "gen", "gen", "inst", "nom"])
        form = generator.form(name, case)
        if form is None:
            continue
        mention = f"{preposition(case, form)} {form}".strip()
        status, syms = collision_expected(register, generator, mention, name)
        if status == "ambiguous" and ambiguous >= wanted // 5:
            continue
        ambiguous += status == "ambiguous"
        out.append(_case(mention, name, status, syms, f"{source}-{case}"))
    return out


def context_cases(
    register: dict[str, list[Locality]], woj_codes: dict[str, str], rng: random.Random
) -> list[dict]:
    """Names shared across voivodeships but unique within one: context settles them."""
    names_by_woj = {code: name for name, code in woj_codes.items()}
    generator = FormGenerator()
    out: list[dict] = []
    shared = sorted(
        n
        for n, locs in register.items()
        if " " not in n
        and not any(loc.rm == TOWN for loc in locs)
        and len({loc.woj for loc in locs if loc.main}) > 1
    )
    for name in rng.sample(shared, len(shared)):
        if len(out) >= 30:
            break
        mains = [loc for loc in register[name] if loc.main]
        by_woj: dict[str, list[Locality]] = defaultdict(list)
        for loc in mains:
            by_woj[loc.woj].append(loc)
        single = sorted(w for w, locs in by_woj.items() if len(locs) == 1)
        form = generator.form(name, "loc")
        if not single or form is None:
            continue
        woj = rng.choice(single)
        mention = f"{preposition('loc', form)} {form}"
        status, syms = collision_expected(register, generator, mention, name, woj)
        out.append(_case(mention, name, status, syms, "context", voivodeship=names_by_woj[woj]))
    return out


def build(folder: Path) -> list[dict]:
    register = load_register(folder)
    woj_codes = voivodeship_codes(folder)
    rng = random.Random(SEED)
    cases = hand_cases(register, woj_codes)
    cases += generated_cases(register, rng)
    cases += context_cases(register, woj_codes, rng)
    return cases


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "gazetteer",
        nargs="?",
        type=Path,
        default=Path(os.environ.get("KLASTRY_GAZETTEER", DEFAULT_GAZETTEER)),
    )
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    cases = build(args.gazetteer)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8") as out:
        for case in cases:
            out.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
