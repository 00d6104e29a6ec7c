"""Place index and resolvers: towns in any case, voivodeship and country forms, scanners."""

from __future__ import annotations

import pytest

from pipeline.places import (
    PlaceIndex,
    country_from_text,
    find_countries,
    find_region_mentions,
    find_towns,
    find_voivodeships,
    resolve_town,
    voivodeship_from_text,
    voivodeship_match,
)
from pipeline.places.bench import CASES, accuracy, read_cases
from pipeline.places.inflect import inflect_all
from pipeline.places.keys import collapsed, key
from pipeline.schemas import VOIVODESHIPS

# -- the case file --------------------------------------------------------------------------


def test_case_file_is_large_and_varied() -> None:
    cases = read_cases(CASES)
    assert len(cases) >= 200
    assert sum(c["expected"] == "ambiguous" for c in cases) >= 10
    assert {c["source"].split("-")[0] for c in cases} >= {"hand", "generated", "context"}


def test_resolution_accuracy_on_case_file() -> None:
    result = accuracy(read_cases(CASES))
    assert result["accuracy"] >= 0.98, result["failures"]


# -- towns ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("mention", "town", "teryt", "voivodeship"),
    [
        ("w Opolu", "Opole", "0965016", "opolskie"),
        ("z Nowej Soli", "Nowa Sól", "0988520", "lubuskie"),
        ("Gorzów Wlkp.", "Gorzów Wielkopolski", "0935140", "lubuskie"),
        ("Gorzowie Wlkp.", "Gorzów Wielkopolski", "0935140", "lubuskie"),
        ("w Kędzierzynie-Koźlu", "Kędzierzyn-Koźle", "0965424", "opolskie"),
        ("Zielonej Górze", "Zielona Góra", "0988313", "lubuskie"),
        ("we Wrocławiu", "Wrocław", "0986283", "dolnośląskie"),
        ("w Bielsku-Białej", "Bielsko-Biała", "0923584", "śląskie"),
        ("ze Szczecina", "Szczecin", "0977976", "zachodniopomorskie"),
        ("w Łodzi", "Łódź", "0957650", "łódzkie"),
        ("w Warszawie", "Warszawa", "0918123", "mazowieckie"),
        ("W OPOLU", "Opole", "0965016", "opolskie"),
        ("m. Opole", "Opole", "0965016", "opolskie"),
    ],
)
def test_resolves_inflected_towns(mention: str, town: str, teryt: str, voivodeship: str) -> None:
    result = resolve_town(mention)
    assert result.status == "resolved"
    assert (result.town, result.town_teryt, result.voivodeship) == (town, teryt, voivodeship)
    assert result.voivodeship in VOIVODESHIPS
    assert result.voivodeship_teryt is not None and len(result.voivodeship_teryt) == 2
    assert result.kind == "miasto"


def test_town_preferred_over_villages_of_the_same_name() -> None:
    result = resolve_town("Opole")
    assert result.kind == "miasto" and result.voivodeship == "opolskie"


def test_a_stated_voivodeship_picks_its_village_over_a_town() -> None:
    # "Lipno, gm. Lipno, woj. wielkopolskie": the text names the region of this very place
    assert resolve_town("Lipno").voivodeship == "kujawsko-pomorskie"
    result = resolve_town("Lipno", within="wielkopolskie")
    assert result.status == "resolved" and result.voivodeship == "wielkopolskie"
    assert resolve_town("Opole", within="pomorskie").status == "unknown"


def test_two_towns_of_one_name_are_ambiguous() -> None:
    result = resolve_town("w Józefowie")
    assert result.status == "ambiguous"
    assert {c.voivodeship for c in result.candidates} == {"lubelskie", "mazowieckie"}
    assert all(c.kind == "miasto" for c in result.candidates)


def test_context_breaks_ties() -> None:
    result = resolve_town("Józefów", voivodeship="województwo mazowieckie")
    assert result.status == "resolved" and result.voivodeship == "mazowieckie"
    villages = resolve_town("Zalesie")
    assert villages.status == "ambiguous" and villages.n_candidates > 20
    narrowed = resolve_town("Zalesie", voivodeship="dolnośląskie", powiat="powiat kłodzki")
    assert narrowed.status == "resolved" and narrowed.powiat == "kłodzki"


def test_context_does_not_trade_a_town_for_a_village() -> None:
    # there is a village Opole in lubelskie, but "w Opolu" names the town
    result = resolve_town("w Opolu", voivodeship="lubelskie")
    assert result.status == "resolved" and result.town_teryt == "0965016"


def test_context_that_fits_nothing_is_ignored() -> None:
    result = resolve_town("w Opolu", voivodeship="pomorskie")
    assert result.status == "resolved" and result.voivodeship == "opolskie"


def test_unknown_and_ordinary_words() -> None:
    assert resolve_town("Klaster").status == "unknown"
    assert resolve_town("Atlantyda").status == "unknown"
    assert resolve_town("").status == "unknown"


def test_preposition_picks_the_case() -> None:
    # "Lipowem" is Lipowe's locative and Lipowo's instrumental
    located = resolve_town("w Lipowem")
    assert located.status == "ambiguous" or located.town == "Lipowe"
    assert all(c.town == "Lipowe" for c in located.candidates)


def test_short_name_of_a_town() -> None:
    assert resolve_town("do Gorzowa").town == "Gorzów Wielkopolski"
    assert resolve_town("w Kędzierzynie").town == "Kędzierzyn-Koźle"
    assert resolve_town("w Ostrowcu").town == "Ostrowiec Świętokrzyski"
    assert resolve_town("z Bielska").status == "ambiguous"  # Bielsk Podlaski, Bielsko-Biała


# -- inflection -----------------------------------------------------------------------------
def test_inflects_multi_word_names_in_agreement() -> None:
    names = ["Nowa Sól", "Gorzów Wielkopolski", "Bielsko-Biała", "Tarnowskie Góry", "Nowa Ruda"]
    forms = inflect_all(names, standalone={"Ruda": 40, "Nowa": 1})
    assert forms["Nowa Sól"][4] == "Nowej Soli"
    assert forms["Gorzów Wielkopolski"][4] == "Gorzowie Wielkopolskim"
    assert forms["Bielsko-Biała"][4] == "Bielsku-Białej"
    assert forms["Tarnowskie Góry"][0] == "Tarnowskich Gór"
    assert forms["Nowa Ruda"][4] == "Nowej Rudzie"


def test_index_stores_forms() -> None:
    index = PlaceIndex.load()
    assert index.forms("Kędzierzyn-Koźle")[4] == "Kędzierzynie-Koźlu"
    assert index.forms("Zielona Góra")[0] == "Zielonej Góry"


def test_keys_collapse_abbreviations() -> None:
    assert collapsed(key("Gorzowie Wielkopolskim")) == collapsed(key("Gorzowie  Wlkp."))
    assert collapsed(key("Ostrowcu Świętokrzyskim")) == collapsed(key("Ostrowcu Św."))
    assert key("Opolu.") == "opolu"


# -- voivodeships ---------------------------------------------------------------------------
@pytest.mark.parametrize("name", VOIVODESHIPS)
def test_every_canonical_name(name: str) -> None:
    assert voivodeship_from_text(name) == name
    assert voivodeship_from_text(name.upper()) == name
    assert voivodeship_from_text(f"województwo {name}") == name


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("województwa opolskiego", "opolskie"),
        ("w województwie lubuskim", "lubuskie"),
        ("woj. śląskie", "śląskie"),
        ("województwa śląskiego", "śląskie"),
        ("Opolszczyzna", "opolskie"),
        ("na Opolszczyźnie", "opolskie"),
        ("Dolny Śląsk", "dolnośląskie"),
        ("z Dolnego Śląska", "dolnośląskie"),
        ("Podkarpacie", "podkarpackie"),
        ("na Podkarpaciu", "podkarpackie"),
        ("Wielkopolska", "wielkopolskie"),
        ("w Wielkopolsce", "wielkopolskie"),
        ("Małopolska", "małopolskie"),
        ("w Małopolsce", "małopolskie"),
        ("Pomorze Zachodnie", "zachodniopomorskie"),
        ("na Pomorzu Zachodnim", "zachodniopomorskie"),
        ("Mazowsze", "mazowieckie"),
        ("na Mazowszu", "mazowieckie"),
        ("Warmia i Mazury", "warmińsko-mazurskie"),
        ("na Warmii i Mazurach", "warmińsko-mazurskie"),
        ("Kujawy", "kujawsko-pomorskie"),
        ("Lubelszczyzna", "lubelskie"),
        ("na Lubelszczyźnie", "lubelskie"),
        ("Podlasie", "podlaskie"),
        ("Ziemia Lubuska", "lubuskie"),
        ("lubuskie", "lubuskie"),
        ("lubuskie klastry", "lubuskie"),
        ("lubuskich", "lubuskie"),
        ("opolskich", "opolskie"),
        ("łódzkie", "łódzkie"),
        ("województwa kujawsko-pomorskiego", "kujawsko-pomorskie"),
        ("w woj. warmińsko-mazurskim", "warmińsko-mazurskie"),
        ("zachodniopomorskich firm", "zachodniopomorskie"),
        ("Świętokrzyskie", "świętokrzyskie"),
    ],
)
def test_voivodeship_forms(phrase: str, expected: str) -> None:
    assert voivodeship_from_text(phrase) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        "Łódź",
        "w Łodzi",
        "Opole",
        "Gorzów Wlkp.",
        "Biała Podlaska",
        "Ruda Śląska",
        "Klaster",
        "Nowa Energia",
        "Polska",
        "",
    ],
)
def test_not_voivodeships(phrase: str) -> None:
    assert voivodeship_from_text(phrase) is None


@pytest.mark.parametrize("phrase", ["Śląski Klaster", "Śląsk", "na Śląsku", "śląskich firm"])
def test_silesia_is_ambiguous(phrase: str) -> None:
    match = voivodeship_match(phrase)
    assert match is not None and match.ambiguous
    assert set(match.voivodeships) >= {"śląskie", "opolskie"}
    assert voivodeship_from_text(phrase) is None
    assert voivodeship_from_text(phrase, allow_ambiguous=True) == "śląskie"


# -- countries ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Niemcy", "DE"),
        ("w Niemczech", "DE"),
        ("z Niemiec", "DE"),
        ("Francja", "FR"),
        ("we Francji", "FR"),
        ("USA", "US"),
        ("Stany Zjednoczone", "US"),
        ("w Stanach Zjednoczonych", "US"),
        ("Kanada", "CA"),
        ("Wielka Brytania", "GB"),
        ("W.Brytania", "GB"),
        ("w W. Brytanii", "GB"),
        ("Włochy", "IT"),
        ("we Włoszech", "IT"),
        ("Hiszpania", "ES"),
        ("Czechy", "CZ"),
        ("w Czechach", "CZ"),
        ("Szwecja", "SE"),
        ("Finlandia", "FI"),
        ("Dania", "DK"),
        ("Austria", "AT"),
        ("Holandia", "NL"),
        ("na Węgrzech", "HU"),
        ("na Litwie", "LT"),
        ("na Słowacji", "SK"),
        ("Chiny", "CN"),
        ("w Japonii", "JP"),
        ("Turyngia", "DE"),
        ("z Bawarii", "DE"),
        ("w Saksonii", "DE"),
        ("NIEMCY", "DE"),
        ("Polska", "PL"),
    ],
)
def test_countries(phrase: str, code: str) -> None:
    assert country_from_text(phrase) == code


def test_not_countries() -> None:
    assert country_from_text("Opole") is None
    assert country_from_text("klaster") is None


# -- scanners -------------------------------------------------------------------------------
TEXT = (
    "Klaster powstał w Opolu w 2010 r. Celem klastra jest współpraca firm z Nowej Soli, "
    "Gorzowa Wlkp. i Zielonej Góry. Nowe firmy z województwa lubuskiego oraz z Dolnego "
    "Śląska działają także w Niemczech i we Francji. Siedziba: Kędzierzyn-Koźle, "
    "ul. Opolska 5. Zielona energia to nasz cel."
)


def _spans(found: list[tuple]) -> list[str]:
    return [TEXT[start:end] for start, end, *_ in found]


def test_find_towns_in_running_text() -> None:
    found = find_towns(TEXT)
    assert _spans(found) == [
        "Opolu",
        "Nowej Soli",
        "Gorzowa Wlkp.",
        "Zielonej Góry",
        "Kędzierzyn-Koźle",
    ]
    assert [r.town for *_, r in found] == [
        "Opole",
        "Nowa Sól",
        "Gorzów Wielkopolski",
        "Zielona Góra",
        "Kędzierzyn-Koźle",
    ]


def test_find_towns_skips_capitalised_common_words() -> None:
    assert find_towns("Celem projektu jest rozwój. Nowe technologie. Zielona energia.") == []
    assert find_towns("Klaster Nowa Energia działa od lat.") == []


def test_find_voivodeships_in_running_text() -> None:
    found = find_voivodeships(TEXT)
    assert [v for *_, v in found] == ["lubuskie", "dolnośląskie"]
    assert _spans(found) == ["województwa lubuskiego", "Dolnego Śląska"]


def test_region_scanner_flags_ambiguous_silesia() -> None:
    spans = find_region_mentions("Śląski Klaster Lotniczy działa w Gorzowie Wielkopolskim.")
    assert len(spans) == 1 and spans[0].match.ambiguous


def test_find_countries_in_running_text() -> None:
    found = find_countries(TEXT + " Partnerzy z USA i W.Brytanii.")
    assert [code for *_, code in found] == ["DE", "FR", "US", "GB"]


def test_find_towns_after_sentence_initial_preposition_and_place_words() -> None:
    text = "W Opolu działa klaster. Zakład jest w miejscowości Zalesie w gminie Kłodzko."
    found = find_towns(text)
    assert [text[s:e] for s, e, _ in found] == ["Opolu", "Zalesie", "Kłodzko"]
    assert found[1][2].status == "ambiguous"


def test_foreign_cities_are_not_polish_villages() -> None:
    text = "Partnerzy z Drezna i Brna oraz z Opola."
    assert [r.town for *_, r in find_towns(text)] == ["Opole"]
    assert [code for *_, code in find_countries(text)] == ["DE", "CZ"]


def test_missing_index_reports_e203(tmp_path) -> None:
    from pipeline.errors import KlastryError

    with pytest.raises(KlastryError) as error:
        PlaceIndex.load(tmp_path / "none.tsv.gz")
    assert error.value.code.value == "E203"


EU_CODES = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"


def test_every_eu_country_has_a_polish_name() -> None:
    from pipeline.places.regions import COUNTRIES

    assert set(EU_CODES.split()) <= set(COUNTRIES.values())
    for name, code in COUNTRIES.items():
        assert country_from_text(name) == code, name


@pytest.mark.parametrize(
    ("mention", "town"),
    [
        ("Kędzierzyn Koźle", "Kędzierzyn-Koźle"),
        ("Bielsko Biała", "Bielsko-Biała"),
        ("Nowa-Sól", "Nowa Sól"),
        ("w Lodzi", "Łódź"),
        ("Gorzow Wlkp.", "Gorzów Wielkopolski"),
        ("w Bialymstoku", "Białystok"),
    ],
)
def test_hyphen_space_and_lost_diacritics(mention: str, town: str) -> None:
    assert resolve_town(mention).town == town


def test_regions_and_countries_without_diacritics() -> None:
    assert voivodeship_from_text("wojewodztwa slaskiego") == "śląskie"
    assert voivodeship_from_text("z Dolnego Slaska") == "dolnośląskie"
    assert voivodeship_from_text("Slask") is None
    assert country_from_text("we Wloszech") == "IT"


def test_regional_surnames_are_not_voivodeships() -> None:
    text = "Prezes Jan Kujawski i A. Mazowiecka z Uniwersytetu Opolskiego."
    assert [v for *_, v in find_voivodeships(text)] == ["opolskie"]
