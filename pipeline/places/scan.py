"""Find towns and villages in running text, with character offsets.

Village names include ordinary words ("Klaster", "Celem", "Nowe", "Zielona"), so a bare
capitalised word is taken for a place only with support: a preposition before it ("w", "z",
"do"...), a town's name that is not a common word, or several words forming a known name.
Words are "common" when wordfreq ranks them frequent and morfeusz2 knows them as ordinary
words; that list is computed when the index is built. Regions and countries found first
(see `phrases`) are not taken for villages ("z Dolnego Śląska" is not "Dolno").
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.places import keys
from pipeline.places.index import PlaceIndex, PlaceResolution, first_word
from pipeline.places.phrases import (
    STREET_WORDS,
    Token,
    adjacent,
    capitalised,
    find_countries,
    find_region_mentions,
    sentence_start,
    spans_from,
    tokenize,
    word_at,
)
from pipeline.places.resolve import PLACE_WORDS, PREPOSITIONS, resolve_town

MAX_WORDS = 6
CONTEXT_WORDS = PREPOSITIONS | PLACE_WORDS  # "w Opolu", "miejscowości Zalesie"


# -- towns ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Context:
    preposition: str | None  # or a word such as "gmina", "miejscowości" that announces a place
    sentence_start: bool
    in_name: bool  # a capitalised neighbour outside the span: part of an organisation name


def _context(text: str, tokens: list[Token], i: int, j: int) -> _Context:
    """What surrounds the span tokens[i..j]: its preposition, a sentence start, a name."""
    prep = None
    before_word = word_at(text, tokens, i - 1) if i else ""
    if i and adjacent(text, tokens[i - 1], tokens[i]) and before_word in CONTEXT_WORDS:
        prep = before_word
    start = sentence_start(text, tokens, i if prep is None else i - 1)
    before = (
        prep is None
        and i > 0
        and not sentence_start(text, tokens, i)
        and adjacent(text, tokens[i - 1], tokens[i])
        and capitalised(text, tokens[i - 1])
    )
    after = (
        j + 1 < len(tokens)
        and adjacent(text, tokens[j], tokens[j + 1])
        and capitalised(text, tokens[j + 1])
        and not tokens[j].dot
    )
    return _Context(prep, start, before or after)


def _is_town(resolution: PlaceResolution) -> bool:
    """A town, or ambiguous among towns: a strong enough signal for a bare capitalised word."""
    if resolution.status == "resolved":
        return bool(resolution.is_town)
    return any(c.is_town for c in resolution.candidates)


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
    return i > 0 and word_at(text, tokens, i - 1) in STREET_WORDS


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
    """The longest accepted place name starting at token i (its last token and resolution)."""
    if not capitalised(text, tokens[i]) or word_at(text, tokens, i) in PREPOSITIONS:
        return None
    if first_word(keys.key(tokens[i].text(text))) not in index.place_starts:
        return None
    for j, raw in spans_from(text, tokens, i, MAX_WORDS):
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
