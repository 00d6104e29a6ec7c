"""Polish places: resolve towns, voivodeships and countries named in report text.

The index (`data/places.tsv.gz`, built by `python -m pipeline.places.build_index` from the
GUS TERYT registers) holds every locality with its TERYT codes and its oblique-case forms,
because reports name places inflected ("w Opolu", "z Nowej Soli", "Gorzowie Wlkp.") and
TERYT lists nominatives only. No maintained library inflects TERYT names for Polish, so the
forms are generated here with morfeusz2 (see `inflect`). The index is loaded on first use
and cached for the process.

API:
    PlaceIndex.load() -> PlaceIndex
    resolve_town(mention, *, voivodeship=None, powiat=None) -> PlaceResolution
    voivodeship_from_text(phrase, *, allow_ambiguous=False) -> str | None
    voivodeship_match(phrase) -> RegionMatch | None   (with the `ambiguous` flag)
    country_from_text(phrase) -> str | None           (ISO 3166-1 alpha-2)
    find_towns(text) -> list[(start, end, PlaceResolution)]
    find_voivodeships(text) -> list[(start, end, voivodeship)]
    find_region_mentions(text) -> list[RegionSpan]    (ambiguous ones included)
    find_countries(text) -> list[(start, end, ISO code)]
"""

from __future__ import annotations

from pipeline.places.index import PlaceCandidate, PlaceIndex, PlaceResolution
from pipeline.places.phrases import (
    RegionMatch,
    RegionSpan,
    country_from_text,
    find_countries,
    find_region_mentions,
    find_voivodeships,
    voivodeship_from_text,
    voivodeship_match,
)
from pipeline.places.resolve import resolve_town
from pipeline.places.scan import find_towns

__all__ = [
    "PlaceCandidate",
    "PlaceIndex",
    "PlaceResolution",
    "RegionMatch",
    "RegionSpan",
    "country_from_text",
    "find_countries",
    "find_region_mentions",
    "find_towns",
    "find_voivodeships",
    "resolve_town",
    "voivodeship_from_text",
    "voivodeship_match",
]
