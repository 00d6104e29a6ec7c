"""Hand-kept tables of Polish regional names and country names.

Reports name voivodeships in many ways ("województwa opolskiego", "na Opolszczyźnie",
"z Dolnego Śląska", "lubuskie klastry") and countries in every case ("w Niemczech"), and no
register lists those forms, so the seeds below are written by hand and inflected at build
time (`build_index`) with the same morfeusz2-based inflector as the place names. Nothing
here is read at run time: the built index carries the forms.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

# Regional adjective lemmas (every gender, number and case is generated) → voivodeship.
VOIVODESHIP_ADJECTIVES: dict[str, str] = {
    "dolnośląski": "dolnośląskie",
    "kujawsko-pomorski": "kujawsko-pomorskie",
    "lubelski": "lubelskie",
    "lubuski": "lubuskie",
    "łódzki": "łódzkie",
    "małopolski": "małopolskie",
    "mazowiecki": "mazowieckie",
    "opolski": "opolskie",
    "podkarpacki": "podkarpackie",
    "podlaski": "podlaskie",
    "pomorski": "pomorskie",
    "świętokrzyski": "świętokrzyskie",
    "warmińsko-mazurski": "warmińsko-mazurskie",
    "wielkopolski": "wielkopolskie",
    "zachodniopomorski": "zachodniopomorskie",
    # historical lands whose adjective points at one voivodeship
    "kujawski": "kujawsko-pomorskie",
    "warmiński": "warmińsko-mazurskie",
    "mazurski": "warmińsko-mazurskie",
    "kaszubski": "pomorskie",
    "kociewski": "pomorskie",
    "podhalański": "małopolskie",
    "bieszczadzki": "podkarpackie",
    "kurpiowski": "mazowieckie",
}

# Adjectives that do not name one voivodeship on their own: "Śląski Klaster" may be in
# śląskie or opolskie (Silesia spans both). The canonical neuter "śląskie" or a preceding
# "województwo"/"woj." still makes them unambiguous.
AMBIGUOUS_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "śląski": ("śląskie", "opolskie"),
    "górnośląski": ("śląskie", "opolskie"),
}

# Names of regions in the nominative → voivodeship(s); more than one means ambiguous.
REGION_NAMES: dict[str, tuple[str, ...]] = {
    "Dolny Śląsk": ("dolnośląskie",),
    "Dolnośląskie": ("dolnośląskie",),
    "Ziemia Kłodzka": ("dolnośląskie",),
    "Zagłębie Miedziowe": ("dolnośląskie",),
    "Kujawy": ("kujawsko-pomorskie",),
    "Kujawy i Pomorze": ("kujawsko-pomorskie",),
    "Pałuki": ("kujawsko-pomorskie",),
    "Lubelszczyzna": ("lubelskie",),
    "Ziemia Lubelska": ("lubelskie",),
    "Ziemia Lubuska": ("lubuskie",),
    "Środkowe Nadodrze": ("lubuskie",),
    "Ziemia Łódzka": ("łódzkie",),
    "Małopolska": ("małopolskie",),
    "Podhale": ("małopolskie",),
    "Mazowsze": ("mazowieckie",),
    "Opolszczyzna": ("opolskie",),
    "Śląsk Opolski": ("opolskie",),
    "Podkarpacie": ("podkarpackie",),
    "Bieszczady": ("podkarpackie",),
    "Podlasie": ("podlaskie",),
    "Suwalszczyzna": ("podlaskie",),
    "Białostocczyzna": ("podlaskie",),
    "Pomorze Gdańskie": ("pomorskie",),
    "Pomorze Wschodnie": ("pomorskie",),
    "Kaszuby": ("pomorskie",),
    "Kociewie": ("pomorskie",),
    "Żuławy": ("pomorskie",),
    "Trójmiasto": ("pomorskie",),
    "Śląsk Cieszyński": ("śląskie",),
    "Zagłębie Dąbrowskie": ("śląskie",),
    "Kielecczyzna": ("świętokrzyskie",),
    "Ziemia Świętokrzyska": ("świętokrzyskie",),
    "Warmia": ("warmińsko-mazurskie",),
    "Mazury": ("warmińsko-mazurskie",),
    "Warmia i Mazury": ("warmińsko-mazurskie",),
    "Wielkopolska": ("wielkopolskie",),
    "Pomorze Zachodnie": ("zachodniopomorskie",),
    # ambiguous
    "Śląsk": ("śląskie", "opolskie"),
    "Górny Śląsk": ("śląskie", "opolskie"),
    "Pomorze": ("pomorskie", "zachodniopomorskie"),
    "Roztocze": ("lubelskie", "podkarpackie"),
}

# Country names in the nominative → ISO 3166-1 alpha-2.
COUNTRIES: dict[str, str] = {
    # European Union
    "Austria": "AT",
    "Belgia": "BE",
    "Bułgaria": "BG",
    "Chorwacja": "HR",
    "Cypr": "CY",
    "Czechy": "CZ",
    "Republika Czeska": "CZ",
    "Dania": "DK",
    "Estonia": "EE",
    "Finlandia": "FI",
    "Francja": "FR",
    "Grecja": "GR",
    "Hiszpania": "ES",
    "Holandia": "NL",
    "Niderlandy": "NL",
    "Irlandia": "IE",
    "Litwa": "LT",
    "Luksemburg": "LU",
    "Łotwa": "LV",
    "Malta": "MT",
    "Niemcy": "DE",
    "Republika Federalna Niemiec": "DE",
    "Polska": "PL",
    "Rzeczpospolita Polska": "PL",
    "Portugalia": "PT",
    "Rumunia": "RO",
    "Słowacja": "SK",
    "Słowenia": "SI",
    "Szwecja": "SE",
    "Węgry": "HU",
    "Włochy": "IT",
    # rest of Europe
    "Albania": "AL",
    "Andora": "AD",
    "Białoruś": "BY",
    "Bośnia i Hercegowina": "BA",
    "Czarnogóra": "ME",
    "Gruzja": "GE",
    "Islandia": "IS",
    "Kosowo": "XK",
    "Liechtenstein": "LI",
    "Macedonia Północna": "MK",
    "Mołdawia": "MD",
    "Monako": "MC",
    "Norwegia": "NO",
    "Rosja": "RU",
    "Federacja Rosyjska": "RU",
    "San Marino": "SM",
    "Serbia": "RS",
    "Szwajcaria": "CH",
    "Turcja": "TR",
    "Ukraina": "UA",
    "Watykan": "VA",
    "Wielka Brytania": "GB",
    "Zjednoczone Królestwo": "GB",
    "Anglia": "GB",
    "Szkocja": "GB",
    "Walia": "GB",
    "Irlandia Północna": "GB",
    "Armenia": "AM",
    "Azerbejdżan": "AZ",
    # the big others
    "Stany Zjednoczone": "US",
    "Stany Zjednoczone Ameryki": "US",
    "Kanada": "CA",
    "Meksyk": "MX",
    "Brazylia": "BR",
    "Argentyna": "AR",
    "Chile": "CL",
    "Kolumbia": "CO",
    "Peru": "PE",
    "Chiny": "CN",
    "Chińska Republika Ludowa": "CN",
    "Japonia": "JP",
    "Korea Południowa": "KR",
    "Republika Korei": "KR",
    "Korea Północna": "KP",
    "Indie": "IN",
    "Indonezja": "ID",
    "Wietnam": "VN",
    "Tajlandia": "TH",
    "Malezja": "MY",
    "Singapur": "SG",
    "Tajwan": "TW",
    "Filipiny": "PH",
    "Kazachstan": "KZ",
    "Uzbekistan": "UZ",
    "Pakistan": "PK",
    "Bangladesz": "BD",
    "Iran": "IR",
    "Irak": "IQ",
    "Izrael": "IL",
    "Arabia Saudyjska": "SA",
    "Zjednoczone Emiraty Arabskie": "AE",
    "Katar": "QA",
    "Egipt": "EG",
    "Maroko": "MA",
    "Tunezja": "TN",
    "Algieria": "DZ",
    "Nigeria": "NG",
    "Kenia": "KE",
    "Etiopia": "ET",
    "Republika Południowej Afryki": "ZA",
    "Australia": "AU",
    "Nowa Zelandia": "NZ",
    "Mongolia": "MN",
}

# Regions of foreign countries → the country.
FOREIGN_REGIONS: dict[str, str] = {
    "Bawaria": "DE",
    "Saksonia": "DE",
    "Dolna Saksonia": "DE",
    "Saksonia-Anhalt": "DE",
    "Turyngia": "DE",
    "Brandenburgia": "DE",
    "Meklemburgia": "DE",
    "Meklemburgia-Pomorze Przednie": "DE",
    "Hesja": "DE",
    "Nadrenia": "DE",
    "Nadrenia Północna-Westfalia": "DE",
    "Nadrenia-Palatynat": "DE",
    "Westfalia": "DE",
    "Badenia-Wirtembergia": "DE",
    "Badenia": "DE",
    "Wirtembergia": "DE",
    "Saara": "DE",
    "Szlezwik-Holsztyn": "DE",
    "Pomorze Przednie": "DE",
    "Łużyce": "DE",
    "Morawy": "CZ",
    "Flandria": "BE",
    "Walonia": "BE",
    "Katalonia": "ES",
    "Andaluzja": "ES",
    "Kraj Basków": "ES",
    "Lombardia": "IT",
    "Toskania": "IT",
    "Sycylia": "IT",
    "Sardynia": "IT",
    "Piemont": "IT",
    "Bretania": "FR",
    "Normandia": "FR",
    "Alzacja": "FR",
    "Prowansja": "FR",
    "Burgundia": "FR",
    "Tyrol": "AT",
    "Styria": "AT",
    "Karyntia": "AT",
    "Kalifornia": "US",
    "Teksas": "US",
    "Floryda": "US",
    "Zakarpacie": "UA",
    "Wołyń": "UA",
    "Kaliningrad": "RU",
    "Obwód Kaliningradzki": "RU",
    "Jutlandia": "DK",
    "Laponia": "FI",
    "Transylwania": "RO",
}

# Forms the generator does not give for the country reading ("Włochy" is also a district).
COUNTRY_EXTRA_FORMS: dict[str, tuple[str, ...]] = {
    "Włochy": ("Włoszech",),
    "Niemcy": ("Niemczech", "Niemiec"),
    "Węgry": ("Węgrzech", "Węgier"),
}

# Foreign cities under their Polish names → the country. Several share a name with a Polish
# village ("Drezno"), so the town scanner leaves them to `find_countries`.
FOREIGN_CITIES: dict[str, str] = {
    "Berlin": "DE",
    "Drezno": "DE",
    "Lipsk": "DE",
    "Monachium": "DE",
    "Hamburg": "DE",
    "Frankfurt nad Menem": "DE",
    "Hanower": "DE",
    "Norymberga": "DE",
    "Brema": "DE",
    "Poczdam": "DE",
    "Stuttgart": "DE",
    "Akwizgran": "DE",
    "Praga": "CZ",
    "Brno": "CZ",
    "Ostrawa": "CZ",
    "Wiedeń": "AT",
    "Paryż": "FR",
    "Londyn": "GB",
    "Bruksela": "BE",
    "Amsterdam": "NL",
    "Rotterdam": "NL",
    "Kopenhaga": "DK",
    "Sztokholm": "SE",
    "Oslo": "NO",
    "Helsinki": "FI",
    "Madryt": "ES",
    "Barcelona": "ES",
    "Rzym": "IT",
    "Mediolan": "IT",
    "Wenecja": "IT",
    "Turyn": "IT",
    "Neapol": "IT",
    "Lizbona": "PT",
    "Ateny": "GR",
    "Budapeszt": "HU",
    "Bratysława": "SK",
    "Koszyce": "SK",
    "Lublana": "SI",
    "Zagrzeb": "HR",
    "Bukareszt": "RO",
    "Sofia": "BG",
    "Wilno": "LT",
    "Kowno": "LT",
    "Ryga": "LV",
    "Tallin": "EE",
    "Kijów": "UA",
    "Lwów": "UA",
    "Charków": "UA",
    "Odessa": "UA",
    "Mińsk": "BY",
    "Grodno": "BY",
    "Moskwa": "RU",
    "Petersburg": "RU",
    "Sankt Petersburg": "RU",
    "Waszyngton": "US",
    "Nowy Jork": "US",
    "Chicago": "US",
    "Pekin": "CN",
    "Szanghaj": "CN",
    "Tokio": "JP",
    "Genewa": "CH",
    "Zurych": "CH",
    "Berno": "CH",
}

# Abbreviations matched exactly (upper case), never inflected.
COUNTRY_ABBREVIATIONS: dict[str, str] = {
    "USA": "US",
    "U.S.A.": "US",
    "UK": "GB",
    "RFN": "DE",
    "RPA": "ZA",
    "ZEA": "AE",
    "ChRL": "CN",
    "ChRL-u": "CN",
    "RP": "PL",
    "ČR": "CZ",
}

# Adjectives of nationality by stem ("niemieckim klastrem" → DE), every case and gender.
COUNTRY_ADJECTIVES: dict[str, str] = {
    "austriack": "AT",
    "belgijsk": "BE",
    "białorusk": "BY",
    "brytyjsk": "GB",
    "bułgarsk": "BG",
    "chorwack": "HR",
    "czesk": "CZ",
    "duńsk": "DK",
    "estońsk": "EE",
    "fińsk": "FI",
    "francusk": "FR",
    "greck": "GR",
    "hiszpańsk": "ES",
    "holendersk": "NL",
    "irlandzk": "IE",
    "islandzk": "IS",
    "litewsk": "LT",
    "luksembursk": "LU",
    "łotewsk": "LV",
    "niderlandzk": "NL",
    "niemieck": "DE",
    "norwesk": "NO",
    "portugalsk": "PT",
    "rumuńsk": "RO",
    "saksońsk": "DE",
    "słowack": "SK",
    "słoweńsk": "SI",
    "szkock": "GB",
    "szwajcarsk": "CH",
    "szwedzk": "SE",
    "ukraińsk": "UA",
    "węgiersk": "HU",
    "włosk": "IT",
}

# "W.Brytania", "W. Brytanii": a shortened first word, inflected forms of the rest.
COUNTRY_SHORT_FORMS: dict[str, tuple[str, str]] = {"Wielka Brytania": ("W.", "W. ")}

Inflect = Callable[[str], tuple[str, ...]]


def coordinated(name: str, inflect: Inflect) -> tuple[str, ...]:
    """Inflect "Warmia i Mazury" as two names joined by "i" (each agrees on its own)."""
    if " i " not in name:
        return inflect(name)
    left, right = name.split(" i ", 1)
    return tuple(f"{a} i {b}" for a, b in zip(inflect(left), inflect(right), strict=True))


def voivodeship_seed_forms(
    inflect: Inflect, adjective_forms: Callable[[str], Iterable[str]]
) -> Iterator[tuple[str, tuple[str, ...], str]]:
    """(form, voivodeships, kind) for every generated regional form.

    kind is "adj" (a regional adjective), "name" (a region's name) or "ambiguous".
    """
    for lemma, voivodeship in VOIVODESHIP_ADJECTIVES.items():
        for form in adjective_forms(lemma):
            yield form, (voivodeship,), "adj"
    for lemma, voivodeships in AMBIGUOUS_ADJECTIVES.items():
        for form in adjective_forms(lemma):
            yield form, voivodeships, "ambiguous"
    for name, voivodeships in REGION_NAMES.items():
        kind = "name" if len(voivodeships) == 1 else "ambiguous"
        for form in {name, *coordinated(name, inflect)}:
            yield form, voivodeships, kind


def country_seed_forms(inflect: Inflect) -> Iterator[tuple[str, str, str]]:
    """(form, ISO code, kind) for every generated country or foreign-region form."""
    tables = ((COUNTRIES, "country"), (FOREIGN_REGIONS, "region"), (FOREIGN_CITIES, "city"))
    for table, kind in tables:
        for name, code in table.items():
            forms = {name, *coordinated(name, inflect), *COUNTRY_EXTRA_FORMS.get(name, ())}
            for form in forms:
                yield form, code, kind
            for short in COUNTRY_SHORT_FORMS.get(name, ()):
                for form in forms:
                    yield short + form.split(" ", 1)[1], code, kind
