"""Find towns, voivodeships and countries in running text, with character offsets.

Village names include ordinary words ("Klaster", "Celem", "Nowe", "Zielona"), so a bare
capitalised word is taken for a place only with support: a preposition before it ("w", "z",
"do"...), a town's name that is not a common word, or several words forming a known name.
Words are "common" when wordfreq ranks them frequent and morfeusz2 knows them as ordinary
words; that list is computed when the index is built.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.places import keys, regions
from pipeline.places.index import PlaceIndex, PlaceResolution
from pipeline.places.resolve import (
    PLACE_WORDS,
    PREPOSITIONS,
    VOIVODESHIP_WORDS,
    RegionMatch,
    region_lookup,
    resolve_town,
)

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
MAX_WORDS = 6
CONTEXT_WORDS = PREPOSITIONS | PLACE_WORDS  # "w Opolu", "miejscowości Zalesie"


@dataclass(frozen=True)
class Token:
    start: int
    end: int  # without a trailing dot
    dot: bool

    def text(self, source: str) -> str:
        return source[self.start : self.end]


@dataclass(frozen=True)
class RegionSpan:
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


def _adjacent(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end + (1 if left.dot else 0) : right.start]
    return gap.strip() == "" and "\n\n" not in gap


def _capitalised(text: str, token: Token) -> bool:
    return token.text(text)[:1].isupper()


def _raw(text: str, first: Token, last: Token) -> str:
    return text[first.start : last.end + (1 if last.dot else 0)]


def _spans(text: str, tokens: list[Token], i: int, max_words: int) -> list[tuple[int, str]]:
    """(last index, raw text) of the contiguous spans starting at token i, longest first."""
    last = i
    while last + 1 < len(tokens) and last + 1 - i < max_words:
        if not _adjacent(text, tokens[last], tokens[last + 1]):
            break
        last += 1
    return [(j, _raw(text, tokens[i], tokens[j])) for j in range(last, i - 1, -1)]


def _sentence_start(text: str, tokens: list[Token], i: int) -> bool:
    before = text[tokens[i - 1].end if i else 0 : tokens[i].start]
    if i and tokens[i - 1].dot and len(tokens[i - 1].text(text)) <= 3:
        return False  # "woj. Opolskie", "ul. Opolska": an abbreviation, not a sentence end
    return i == 0 or bool(_SENTENCE_END.search(before)) or (i > 0 and tokens[i - 1].dot)


def _word(text: str, tokens: list[Token], i: int) -> str:
    return tokens[i].text(text).lower() if 0 <= i < len(tokens) else ""


# -- towns ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Context:
    preposition: str | None  # or a word such as "gmina", "miejscowości" that announces a place
    sentence_start: bool
    in_name: bool  # a capitalised neighbour outside the span: part of an organisation name


def _context(text: str, tokens: list[Token], i: int, j: int) -> _Context:
    prep = None
    before_word = _word(text, tokens, i - 1) if i else ""
    if i and _adjacent(text, tokens[i - 1], tokens[i]) and before_word in CONTEXT_WORDS:
        prep = before_word
    start = _sentence_start(text, tokens, i if prep is None else i - 1)
    before = (
        prep is None
        and i > 0
        and not _sentence_start(text, tokens, i)
        and _adjacent(text, tokens[i - 1], tokens[i])
        and _capitalised(text, tokens[i - 1])
    )
    after = (
        j + 1 < len(tokens)
        and _adjacent(text, tokens[j], tokens[j + 1])
        and _capitalised(text, tokens[j + 1])
        and not tokens[j].dot
    )
    return _Context(prep, start, before or after)


def _is_town(resolution: PlaceResolution) -> bool:
    if resolution.status == "resolved":
        return resolution.kind == "miasto"
    return any(c.kind == "miasto" for c in resolution.candidates)


def _accept(resolution: PlaceResolution, ctx: _Context, common: bool, words: int) -> bool:
    """Whether a matched span is a place mention rather than an ordinary capitalised word."""
    town = _is_town(resolution)
    if ctx.preposition:
        return town or not common or words > 1
    if common and (ctx.sentence_start or ctx.in_name):
        return False
    if ctx.in_name and words == 1:
        return False
    if not town:
        return resolution.status == "resolved" and not common and not ctx.sentence_start
    return True


def _excluded(index: PlaceIndex, text: str, tokens: list[Token], i: int, k: str) -> bool:
    """Countries, regions and street names are not towns."""
    if k in index.countries or k in index.regions:
        return True
    return i > 0 and _word(text, tokens, i - 1) in STREET_WORDS


def find_towns(
    text: str, *, voivodeship: str | None = None, index: PlaceIndex | None = None
) -> list[tuple[int, int, PlaceResolution]]:
    """(start, end, resolution) for each town or village mentioned in `text`."""
    index = index or PlaceIndex.load()
    tokens = tokenize(text)
    blocked = _other_places(text, index)
    found: list[tuple[int, int, PlaceResolution]] = []
    i = 0
    while i < len(tokens):
        hit = None if tokens[i].start in blocked else _town_at(index, text, tokens, i, voivodeship)
        if hit is None:
            i += 1
            continue
        j, resolution = hit
        found.append((tokens[i].start, _end(text, tokens[j], resolution.mention), resolution))
        i = j + 1
    return found


def _other_places(text: str, index: PlaceIndex) -> set[int]:
    """Offsets covered by regions and countries ("z Dolnego Śląska" is not "Dolno")."""
    spans = [(s.start, s.end) for s in find_region_mentions(text, index=index)]
    spans += [(s, e) for s, e, _ in find_countries(text, index=index)]
    return {pos for start, end in spans for pos in range(start, end)}


def _end(text: str, last: Token, raw: str) -> int:
    """End of a span: a trailing dot belongs to it only when it ends an abbreviation."""
    return last.end + (1 if last.dot and keys.key(raw).endswith(".") else 0)


def _town_at(
    index: PlaceIndex, text: str, tokens: list[Token], i: int, voivodeship: str | None
) -> tuple[int, PlaceResolution] | None:
    if not _capitalised(text, tokens[i]) or _word(text, tokens, i) in PREPOSITIONS:
        return None
    for j, raw in _spans(text, tokens, i, MAX_WORDS):
        last = tokens[j].text(text)
        if not (last[:1].isupper() or tokens[j].dot):
            continue
        k = keys.key(raw)
        if not index.known(k) and not index.known(keys.collapsed(k)):
            continue
        if _excluded(index, text, tokens, i, k):
            return None
        ctx = _context(text, tokens, i, j)
        mention = f"{ctx.preposition} {raw}" if ctx.preposition else raw
        resolution = resolve_town(mention, voivodeship=voivodeship, index=index)
        common = j == i and k in index.common
        if resolution.status != "unknown" and _accept(resolution, ctx, common, j - i + 1):
            if not keys.key(raw).endswith("."):
                raw = raw.rstrip(".")
            return j, resolution.model_copy(update={"mention": raw})
    return None


# -- voivodeships ---------------------------------------------------------------------------
def _inside_town_name(index: PlaceIndex, text: str, tokens: list[Token], i: int, j: int) -> bool:
    """ "Gorzów Wielkopolski", "Biała Podlaska": the adjective belongs to a town's name."""
    if not _capitalised(text, tokens[i]):
        return False
    for b in range(1, 4):
        s = i - b
        if s < 0 or not _adjacent(text, tokens[s], tokens[s + 1]):
            return False
        if not _capitalised(text, tokens[s]):
            return False
        k = keys.key(_raw(text, tokens[s], tokens[j]))
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
    if require_capital and not _capitalised(text, tokens[i]):
        return None
    if i > 0 and _word(text, tokens, i - 1) in STREET_WORDS:
        return None  # "ul. Opolska" is a street
    after_word = (
        i > 0
        and _word(text, tokens, i - 1) in VOIVODESHIP_WORDS
        and _adjacent(text, tokens[i - 1], tokens[i])
    )
    for j, _raw_text in _spans(text, tokens, i, 4):
        k = keys.key(text[tokens[i].start : tokens[j].end])
        match = region_lookup(index, k, after_word)
        if match is None:
            continue
        if _inside_town_name(index, text, tokens, i, j):
            return None
        start = tokens[i - 1].start if after_word else tokens[i].start
        return j, start, match
    return None


def find_voivodeships(text: str, *, index: PlaceIndex | None = None) -> list[tuple[int, int, str]]:
    """(start, end, voivodeship) for each unambiguous voivodeship mention in `text`."""
    return [
        (span.start, span.end, span.match.voivodeships[0])
        for span in find_region_mentions(text, index=index)
        if not span.match.ambiguous
    ]


# -- countries ------------------------------------------------------------------------------
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
        if _capitalised(text, tokens[i]) or not require_capital:
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
    for j, raw in _spans(text, tokens, i, 5):
        entry = index.countries.get(keys.key(raw))
        if entry is None and tokens[j].dot:
            entry = index.countries.get(keys.key(raw[:-1]))
        if entry is not None:
            return j, entry.codes[0]
    return None
