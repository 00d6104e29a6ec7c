"""Resolve one locality mention to its TERYT record.

A mention may be in any case and may carry a preposition ("z Nowej Soli"). Towns are
preferred over villages of the same name, context (voivodeship, powiat) breaks ties, and a
tie that remains is reported as `ambiguous` with its candidates, never guessed.
"""

from __future__ import annotations

from pipeline.places import keys
from pipeline.places.index import MAX_CANDIDATES, PlaceIndex, PlaceResolution, Record
from pipeline.places.phrases import voivodeship_from_text

# The cases a preposition governs, to choose between names whose forms coincide
# ("w Lipowem": Lipowe in the locative, not Lipowo in the instrumental).
PREPOSITION_CASES: dict[str, frozenset[str]] = {
    **dict.fromkeys(("w", "we", "na", "o", "po"), frozenset({"loc", "acc"})),
    "przy": frozenset({"loc"}),
    **dict.fromkeys(("z", "ze"), frozenset({"gen", "inst"})),
    **dict.fromkeys(
        ("do", "od", "koło", "k", "spod", "sprzed", "dla", "obok", "niedaleko", "około", "wokół"),
        frozenset({"gen"}),
    ),
    "ku": frozenset({"dat"}),
    **dict.fromkeys(("pod", "nad", "przed", "za", "między"), frozenset({"inst", "acc"})),
    "przez": frozenset({"acc"}),
}
PREPOSITIONS = frozenset(
    [
        "w",
        "we",
        "z",
        "ze",
        "do",
        "na",
        "pod",
        "od",
        "koło",
        "k",
        "przy",
        "nad",
        "dla",
        "spod",
        "sprzed",
        "ku",
        "obok",
        "za",
        "przez",
        "między",
        "niedaleko",
        "około",
        "wokół",
    ]
)
# Words that say what follows is a place ("gmina Opole", "m. Opole") and are dropped.
PLACE_WORDS = frozenset(
    [
        "m",
        "m.st",
        "st",
        "miasto",
        "miasta",
        "mieście",
        "miastem",
        "gmina",
        "gminy",
        "gminie",
        "gminą",
        "gm",
        "wieś",
        "wsi",
        "wsią",
        "miejscowość",
        "miejscowości",
        "miejscowością",
        "sołectwo",
        "sołectwa",
        "sołectwie",
    ]
)
POWIAT_WORDS = frozenset(["powiat", "powiatu", "powiatowi", "powiatem", "powiecie", "pow"])


def strip_words(k: str, words: frozenset[str]) -> tuple[str, bool]:
    """Drop leading `words` (prepositions, "gmina") from a key; say whether any was dropped."""
    parts = k.split(" ")
    dropped = False
    while len(parts) > 1 and parts[0].rstrip(".") in words:
        parts = parts[1:]
        dropped = True
    return " ".join(parts), dropped


def _records_for(index: PlaceIndex, mention: str) -> tuple[list[Record], str | None]:
    """Records for a mention and the preposition it carried, if any."""
    full = keys.key(mention)
    first = full.split(" ")[0].rstrip(".")
    k, had_prep = strip_words(full, PREPOSITIONS)
    k, _ = strip_words(k, PLACE_WORDS)
    found = _lookup(index, k)
    if found:
        return found, first if had_prep else None
    if had_prep:  # a name that is itself a prepositional phrase: "Pod Świerczkiem"
        return _lookup(index, full), None
    return [], None


def _lookup(index: PlaceIndex, k: str) -> list[Record]:
    """Records for a key as written, abbreviated, with hyphens for spaces or the reverse
    ("Bielsko Biała"), and, for towns, without diacritics ("Lodz")."""
    tries = dict.fromkeys([k, keys.collapsed(k), k.replace(" ", "-"), k.replace("-", " ")])
    for candidate in tries:
        found = index.records(candidate)
        if found:
            return found
    for candidate in tries:
        found = index.records(candidate, folded=True)
        if found:
            return found
    return []


def _by_context(
    index: PlaceIndex, records: list[Record], voivodeship: str | None, powiat: str | None
) -> list[Record]:
    """Keep the records that fit the context; keep all when none fits (context may be off)."""
    if voivodeship:
        canonical = voivodeship_from_text(voivodeship, allow_ambiguous=True, index=index)
        fitting = [r for r in records if r.candidate.voivodeship == canonical]
        records = fitting or records
    if powiat:
        wanted, _ = strip_words(keys.key(powiat), POWIAT_WORDS)
        fitting = [r for r in records if index.powiat_matches(r, wanted)]
        records = fitting or records
    return records


def _best(
    index: PlaceIndex,
    records: list[Record],
    preposition: str | None,
    voivodeship: str | None,
    powiat: str | None,
) -> list[Record]:
    """Towns before villages (then the context, then the case the preposition governs).

    The top tier (towns, towns by a short name, other localities, parts of localities) is
    chosen first, so a town is not traded for a village because of the context; the
    context and the case then break ties within it.
    """
    top = min(r.tier for r in records)
    best = _by_context(index, [r for r in records if r.tier == top], voivodeship, powiat)
    wanted = PREPOSITION_CASES.get(preposition, frozenset()) if preposition else {"nom"}
    fitting = [r for r in best if r.cases & wanted]
    return fitting or best


def resolve_town(
    mention: str,
    *,
    voivodeship: str | None = None,
    powiat: str | None = None,
    index: PlaceIndex | None = None,
    within: str | None = None,
) -> PlaceResolution:
    """Resolve a locality mention in any case ("w Opolu", "Gorzowie Wlkp.") to TERYT.
    `voivodeship` is context that breaks ties; `within` is a voivodeship the text states
    for this very place ("Lipno, gm. Lipno, woj. wielkopolskie"): only its places count."""
    index = index or PlaceIndex.load()
    records, preposition = _records_for(index, mention)
    if within is not None:
        records = [r for r in records if r.candidate.voivodeship == within]
    if not records:
        return PlaceResolution(mention=mention, status="unknown")
    unique = list({r.candidate.town_teryt: r for r in records}.values())
    best = _best(index, unique, preposition, voivodeship, powiat)
    if len(best) == 1:
        c = best[0].candidate
        fields = c.model_dump(exclude={"parent_teryt"})
        return PlaceResolution(mention=mention, status="resolved", **fields)
    best.sort(key=lambda r: (r.candidate.voivodeship, r.candidate.powiat, r.candidate.town_teryt))
    return PlaceResolution(
        mention=mention,
        status="ambiguous",
        candidates=[r.candidate for r in best[:MAX_CANDIDATES]],
        n_candidates=len(best),
    )
