"""Regional and country expressions in phrases and running text, and the tokens they share.

Voivodeships are named by adjectives ("województwa opolskiego", "lubuskie klastry"), by
region names ("na Opolszczyźnie", "z Dolnego Śląska") and ambiguously ("Śląsk"); countries
by their Polish names in any case ("w Niemczech"), abbreviations ("USA") and regions or
cities ("Bawaria", "Drezno"). The forms come with the index (see `regions`); a regional
adjective that belongs to a town's name ("Gorzów Wielkopolski", "Biała Podlaska") is not a
voivodeship.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.places import keys, regions
from pipeline.places.index import PlaceIndex, first_word
from pipeline.schemas import VOIVODESHIPS

_VOIVODESHIP_WORDS = (
    "województwo",
    "województwa",
    "województwu",
    "województwem",
    "województwie",
    "województw",
    "województwach",
    "woj",
    "wojew",
)
# with and without diacritics ("wojewodztwa slaskiego" in text that lost them)
VOIVODESHIP_WORDS = frozenset(_VOIVODESHIP_WORDS) | {keys.fold(w) for w in _VOIVODESHIP_WORDS}
CANONICAL = {keys.fold(v): v for v in VOIVODESHIPS} | {v: v for v in VOIVODESHIPS}
_WORD = re.compile(r"[^\W\d_]+(?:[-‐–][^\W\d_]+)*(\.)?")
_SENTENCE_END = re.compile(r"[.!?…:;\n•]\s*$|^\s*$")
STREET_WORDS = frozenset(
    [
        "ul",
        "ulica",
        "ulicy",
        "al",
        "aleja",
        "alei",
        "pl",
        "plac",
        "placu",
        "os",
        "osiedle",
        "osiedla",
    ]
)


# Frequent Polish first names: a regional adjective after one is a surname ("Jan Kujawski").
_FIRST_NAMES = """Adam Adrian Aleksander Andrzej Antoni Arkadiusz Artur Bartłomiej Bartosz Bogdan
    Bogusław Czesław Damian Daniel Dariusz Dawid Edward Emil Filip Franciszek Grzegorz
    Henryk Hubert Ireneusz Jacek Jakub Jan Janusz Jarosław Jerzy Józef Julian Kamil Karol
    Kazimierz Konrad Krystian Krzysztof Leszek Łukasz Maciej Marcin Marek Mariusz Mateusz
    Michał Mieczysław Mirosław Norbert Patryk Paweł Piotr Przemysław Rafał Robert Roman
    Ryszard Sebastian Sławomir Stanisław Stefan Szymon Tadeusz Tomasz Waldemar Wiesław
    Wiktor Witold Władysław Włodzimierz Wojciech Zbigniew Zdzisław Zenon Zygmunt
    Agata Agnieszka Aleksandra Alicja Aneta Anna Barbara Beata Bożena Danuta Dorota Edyta
    Elżbieta Emilia Ewa Ewelina Grażyna Halina Hanna Helena Irena Iwona Izabela Jadwiga
    Janina Joanna Jolanta Julia Justyna Karolina Katarzyna Kinga Krystyna Magdalena
    Małgorzata Maria Marianna Marta Monika Natalia Patrycja Paulina Renata Sylwia Teresa
    Urszula Wanda Weronika Wiesława Zofia Żaneta"""
FIRST_NAMES = frozenset(_FIRST_NAMES.split())


@dataclass(frozen=True)
class Token:
    """A word's offsets; the dot after it is kept apart (an abbreviation or a full stop)."""

    start: int
    end: int  # without a trailing dot
    dot: bool

    def text(self, source: str) -> str:
        return source[self.start : self.end]


@dataclass(frozen=True)
class RegionSpan:
    """A regional expression found in running text, with its offsets."""

    start: int
    end: int
    match: RegionMatch


def tokenize(text: str) -> list[Token]:
    """Words (hyphenated ones whole), each noting whether a dot follows it."""
    out = []
    for m in _WORD.finditer(text):
        dot = m.group(1) is not None
        out.append(Token(m.start(), m.end() - (1 if dot else 0), dot))
    return out


def adjacent(text: str, left: Token, right: Token) -> bool:
    """Only white space (no comma, no blank line) between two words of one name."""
    gap = text[left.end + (1 if left.dot else 0) : right.start]
    return gap.strip() == "" and "\n\n" not in gap


def capitalised(text: str, token: Token) -> bool:
    return token.text(text)[:1].isupper()


def raw_text(text: str, first: Token, last: Token) -> str:
    return text[first.start : last.end + (1 if last.dot else 0)]


def spans_from(text: str, tokens: list[Token], i: int, max_words: int) -> list[tuple[int, str]]:
    """(last index, raw text) of the contiguous spans starting at token i, longest first."""
    last = i
    while last + 1 < len(tokens) and last + 1 - i < max_words:
        if not adjacent(text, tokens[last], tokens[last + 1]):
            break
        last += 1
    return [(j, raw_text(text, tokens[i], tokens[j])) for j in range(last, i - 1, -1)]


def sentence_start(text: str, tokens: list[Token], i: int) -> bool:
    """Whether token i opens a sentence, where any word is capitalised."""
    before = text[tokens[i - 1].end if i else 0 : tokens[i].start]
    if i and tokens[i - 1].dot and len(tokens[i - 1].text(text)) <= 3:
        return False  # "woj. Opolskie", "ul. Opolska": an abbreviation, not a sentence end
    return i == 0 or bool(_SENTENCE_END.search(before)) or (i > 0 and tokens[i - 1].dot)


def word_at(text: str, tokens: list[Token], i: int) -> str:
    return tokens[i].text(text).lower() if 0 <= i < len(tokens) else ""


@dataclass(frozen=True)
class RegionMatch:
    """A regional expression: `ambiguous` when it does not name one voivodeship."""

    text: str
    voivodeships: tuple[str, ...]
    ambiguous: bool
    kind: str  # "adj", "name" or "ambiguous" (see `regions`)

    @property
    def voivodeship(self) -> str | None:
        return None if self.ambiguous else self.voivodeships[0]


# -- voivodeships: one phrase --------------------------------------------------------------
def region_lookup(index: PlaceIndex, k: str, after_voivodeship_word: bool) -> RegionMatch | None:
    """The region a key names; a preceding "województwo" settles ambiguous adjectives."""
    entry = (
        index.regions.get(k)
        or index.regions.get(keys.collapsed(k))
        or index.folded_regions.get(keys.fold(k))
    )
    if entry is None:
        return None
    settled = after_voivodeship_word or k in CANONICAL
    if entry.kind == "ambiguous" and settled:
        return RegionMatch(k, entry.codes[:1], False, "adj")
    return RegionMatch(k, entry.codes, len(entry.codes) > 1, entry.kind)


def voivodeship_match(phrase: str, *, index: PlaceIndex | None = None) -> RegionMatch | None:
    """The first regional expression in `phrase`, with its ambiguity flag.

    "Śląski Klaster" gives ambiguous (śląskie or opolskie); "województwa śląskiego" and
    "śląskie" do not. Names of towns ("Gorzów Wlkp.", "Biała Podlaska", "Łódź") give None.
    """
    index = index or PlaceIndex.load()
    found = find_region_mentions(phrase, index=index, require_capital=False)
    unambiguous = [m for m in found if not m.match.ambiguous]
    chosen = unambiguous or found
    return chosen[0].match if chosen else None


def voivodeship_from_text(
    phrase: str, *, allow_ambiguous: bool = False, index: PlaceIndex | None = None
) -> str | None:
    """Any voivodeship form ("w województwie lubuskim", "na Opolszczyźnie") → canonical name.

    Ambiguous regions ("Śląsk", "Śląski Klaster") give None unless `allow_ambiguous`, in
    which case the first (most likely) voivodeship is returned.
    """
    if phrase.strip().lower() in CANONICAL:
        return CANONICAL[phrase.strip().lower()]
    match = voivodeship_match(phrase, index=index)
    if match is None:
        return None
    if match.ambiguous and not allow_ambiguous:
        return None
    return match.voivodeships[0]


# -- voivodeships: running text ------------------------------------------------------------
def _inside_town_name(index: PlaceIndex, text: str, tokens: list[Token], i: int, j: int) -> bool:
    """ "Gorzów Wielkopolski", "Biała Podlaska": the adjective belongs to a town's name."""
    if not capitalised(text, tokens[i]):
        return False
    for b in range(1, 4):
        s = i - b
        if s < 0 or not adjacent(text, tokens[s], tokens[s + 1]):
            return False
        if not capitalised(text, tokens[s]):
            return False
        k = keys.key(raw_text(text, tokens[s], tokens[j]))
        if index.name_lines(k) or index.name_lines(keys.collapsed(k)):
            return True
    return False


def find_region_mentions(
    text: str, *, index: PlaceIndex | None = None, require_capital: bool = False
) -> list[RegionSpan]:
    """Every regional expression, ambiguous ones included (see `RegionMatch.ambiguous`)."""
    index = index or PlaceIndex.load()
    tokens = tokenize(text)
    found: list[RegionSpan] = []
    i = 0
    while i < len(tokens):
        hit = _region_at(index, text, tokens, i, require_capital)
        if hit is None:
            i += 1
            continue
        j, start, match = hit
        found.append(RegionSpan(start, tokens[j].end, match))
        i = j + 1
    return found


def _region_at(
    index: PlaceIndex, text: str, tokens: list[Token], i: int, require_capital: bool
) -> tuple[int, int, RegionMatch] | None:
    if require_capital and not capitalised(text, tokens[i]):
        return None
    if first_word(keys.key(tokens[i].text(text))) not in index.region_starts:
        return None
    if i > 0 and word_at(text, tokens, i - 1) in STREET_WORDS:
        return None  # "ul. Opolska" is a street
    after_word = (
        i > 0
        and word_at(text, tokens, i - 1) in VOIVODESHIP_WORDS
        and adjacent(text, tokens[i - 1], tokens[i])
    )
    for j, _raw_text in spans_from(text, tokens, i, 4):
        k = keys.key(text[tokens[i].start : tokens[j].end])
        match = region_lookup(index, k, after_word)
        if match is None:
            continue
        if _inside_town_name(index, text, tokens, i, j) or _surname(text, tokens, i, match):
            return None
        start = tokens[i - 1].start if after_word else tokens[i].start
        return j, start, match
    return None


def _surname(text: str, tokens: list[Token], i: int, match: RegionMatch) -> bool:
    """ "Jan Kujawski", "A. Mazowiecka": a regional adjective after a first name or an
    initial is a person's surname."""
    if match.kind == "name" or i == 0 or not capitalised(text, tokens[i]):
        return False
    before = tokens[i - 1]
    if not adjacent(text, before, tokens[i]) or not capitalised(text, before):
        return False
    name = before.text(text)
    return name in FIRST_NAMES or (before.dot and len(name) == 1)


def find_voivodeships(text: str, *, index: PlaceIndex | None = None) -> list[tuple[int, int, str]]:
    """(start, end, voivodeship) for each unambiguous voivodeship mention in `text`."""
    return [
        (span.start, span.end, span.match.voivodeships[0])
        for span in find_region_mentions(text, index=index)
        if not span.match.ambiguous
    ]


# -- countries: one phrase -----------------------------------------------------------------
def country_from_text(phrase: str, *, index: PlaceIndex | None = None) -> str | None:
    """ISO 3166-1 alpha-2 code for a country (or foreign region) named in any case."""
    index = index or PlaceIndex.load()
    found = find_countries(phrase, index=index, require_capital=False)
    return found[0][2] if found else None


# -- countries: running text ---------------------------------------------------------------
_ABBREVIATION = re.compile(
    r"(?<![\w.])("
    + "|".join(re.escape(a) for a in sorted(regions.COUNTRY_ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\w])"
)


def find_countries(
    text: str, *, index: PlaceIndex | None = None, require_capital: bool = True
) -> list[tuple[int, int, str]]:
    """(start, end, ISO alpha-2) for each country or foreign region named in `text`."""
    index = index or PlaceIndex.load()
    tokens = tokenize(text)
    found = [
        (m.start(), m.end(), regions.COUNTRY_ABBREVIATIONS[m.group(1)])
        for m in _ABBREVIATION.finditer(text)
    ]
    taken = {pos for s, e, _ in found for pos in range(s, e)}
    i = 0
    while i < len(tokens):
        hit = None
        if capitalised(text, tokens[i]) or not require_capital:
            hit = _country_at(index, text, tokens, i)
        if hit is None or tokens[i].start in taken:
            i += 1
            continue
        j, code = hit
        found.append((tokens[i].start, tokens[j].end, code))
        i = j + 1
    return sorted(found)


def _country_at(
    index: PlaceIndex, text: str, tokens: list[Token], i: int
) -> tuple[int, str] | None:
    if first_word(keys.key(tokens[i].text(text))) not in index.country_starts:
        return None
    for j, raw in spans_from(text, tokens, i, 5):
        entry = index.countries.get(keys.key(raw)) or index.folded_countries.get(
            keys.fold(keys.key(raw))
        )
        if entry is None and tokens[j].dot:
            entry = index.countries.get(keys.key(raw[:-1]))
        if entry is not None:
            return j, entry.codes[0]
    return None
