"""Places for extraction: a thin layer over `pipeline.places` (the TERYT index).

Extraction asks three questions — is this phrase a town, which voivodeship does this
phrase or document name, which country — and gets plain answers with no index details.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

UNAMBIGUOUS_REGION_WORDS = re.compile(r"śląsk|silesia", re.IGNORECASE)


@dataclass(frozen=True)
class Town:
    name: str
    teryt: str | None
    voivodeship: str | None
    voivodeship_teryt: str | None
    ambiguous: bool = False


@lru_cache(maxsize=20_000)
def resolve_town(
    phrase: str, voivodeship: str | None = None, within: str | None = None
) -> Town | None:
    phrase = phrase.strip(" ,.;()")
    if not phrase or not phrase[:1].isupper() or len(phrase) > 60:
        return None
    from pipeline import places

    result = places.resolve_town(phrase, voivodeship=voivodeship, within=within)
    if result.status == "resolved" and result.town:
        return Town(result.town, result.town_teryt, result.voivodeship, result.voivodeship_teryt)
    if result.status == "ambiguous" and result.candidates:
        first = result.candidates[0]
        return Town(first.town, None, None, None, ambiguous=True)
    return None


def is_town(phrase: str) -> bool:
    return resolve_town(phrase) is not None


def voivodeship_named(phrase: str) -> str | None:
    """A phrase that names a voivodeship as such ("woj. śląskie", "podkarpackie")."""
    from pipeline import places

    return places.voivodeship_from_text(phrase.strip())


def voivodeship_of_phrase(phrase: str) -> str | None:
    """A regional adjective or name in a phrase ("Lubuski Klaster …" → lubuskie); "Śląski"
    is ambiguous (Silesia spans two voivodeships) and gives None."""
    from pipeline import places

    if UNAMBIGUOUS_REGION_WORDS.search(phrase):
        words = [
            w for w in re.findall(r"[\w\-]+", phrase) if not UNAMBIGUOUS_REGION_WORDS.search(w)
        ]
    else:
        words = re.findall(r"[\w\-]+", phrase)
    for word in words[:3]:
        if word[:1].isupper():
            found = places.voivodeship_from_text(word)
            if found:
                return found
    return None


def region_mentions(text: str) -> list[tuple[int, int, str]]:
    """Every voivodeship a text names, in any form, with its span."""
    from pipeline import places

    return list(places.find_voivodeships(text))


def dominant_region(mentions: list[tuple[int, int, str]]) -> str | None:
    """The voivodeship a text is about, when one clearly dominates its region mentions."""
    counts: Counter[str] = Counter(v for _, _, v in mentions)
    if not counts:
        return None
    (best, n), *rest = counts.most_common()
    second = rest[0][1] if rest else 0
    return best if n >= 2 * second and n >= 1 else None


def country_of(phrase: str) -> str | None:
    from pipeline import places

    return places.country_from_text(phrase)


# An adjective of nationality in any case and gender: a stem in -k and its ending.
NATIONALITY_ADJECTIVE = r"([a-ząćęłńóśźż]+k)(?:i|a|ą|ie|iego|iej|iemu|im|ich|imi)"
_NATIONALITY = re.compile(NATIONALITY_ADJECTIVE, re.IGNORECASE)


def country_of_adjective(word: str) -> str | None:
    """The country of an adjective of nationality in any form ("norweskim" → NO)."""
    from pipeline.places.regions import COUNTRY_ADJECTIVES

    m = _NATIONALITY.fullmatch(word)
    return COUNTRY_ADJECTIVES.get(m.group(1).lower()) if m else None
