"""Canonical values for one mention: voivodeship names and codes, towns with TERYT codes."""

from __future__ import annotations

from pipeline.schemas import VOIVODESHIPS, Mention

VOIVODESHIP_TERYT = {
    "dolnośląskie": "02",
    "kujawsko-pomorskie": "04",
    "lubelskie": "06",
    "lubuskie": "08",
    "łódzkie": "10",
    "małopolskie": "12",
    "mazowieckie": "14",
    "opolskie": "16",
    "podkarpackie": "18",
    "podlaskie": "20",
    "pomorskie": "22",
    "śląskie": "24",
    "świętokrzyskie": "26",
    "warmińsko-mazurskie": "28",
    "wielkopolskie": "30",
    "zachodniopomorskie": "32",
}


def canonical_voivodeship(value: str | None) -> str | None:
    if not value:
        return None
    lowered = value.strip().lower()
    if lowered in VOIVODESHIPS:
        return lowered
    try:
        from pipeline import places

        return places.voivodeship_from_text(value)
    except ImportError:
        return None


def normalise_mention(mention: Mention) -> Mention:
    update: dict[str, object] = {}
    voivodeship = canonical_voivodeship(mention.voivodeship)
    abroad = (mention.country or "PL").upper() != "PL"
    if mention.town and not mention.town_teryt and not abroad:
        try:
            from pipeline import places

            resolved = places.resolve_town(mention.town, voivodeship=voivodeship)
            if resolved.status == "resolved":
                update["town"] = resolved.town
                update["town_teryt"] = resolved.town_teryt
                voivodeship = voivodeship or resolved.voivodeship
        except ImportError:
            pass
    update["voivodeship"] = voivodeship
    update["voivodeship_teryt"] = VOIVODESHIP_TERYT.get(voivodeship or "")
    if mention.country:
        update["country"] = mention.country.upper()
    return mention.model_copy(update=update)
