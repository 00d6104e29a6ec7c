"""One record per real cluster across documents.

Two mentions are the same cluster when their name keys agree (case, quotes, inflection of
"Klaster" and legal-form suffixes ignored), when a name of one is an alias of the other,
when they share a website, or when their names are near-identical (RapidFuzz) in the same
voivodeship. Names that only contain one another ("Klaster Maszyn Rolniczych" vs
"Podlaski Klaster Maszyn Rolniczych") are different clusters. A mention whose
document never names the cluster joins a named one only when exactly one candidate fits.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from pipeline.schemas import Cluster, Mention, ValueSource

LEGAL_WORDS = re.compile(
    r"\b(?:sp\s*z\s*o\s*o|spółka z ograniczoną odpowiedzialnością|spółka|s\s*a|"
    r"stowarzyszenie|fundacja)\b"
)
HEAD_FORMS = re.compile(r"\b(?:klastra|klastrze|klastrem|klastrowi|cluster)\b")
NEAR_IDENTICAL = 94


def name_key(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    text = LEGAL_WORDS.sub(" ", text)
    text = HEAD_FORMS.sub("klaster", text)
    return re.sub(r"\s+", " ", text).strip()


def _keys(mention: Mention) -> set[str]:
    keys = {name_key(n) for n in [mention.name, *mention.aliases]}
    return {k for k in keys if k and k != "klaster"}


def _sites(mention: Mention) -> set[str]:
    out = set()
    for url in mention.websites:
        url = re.sub(r"^https?://", "", url.strip().lower())
        url = re.sub(r"^www\.", "", url)
        out.add(url.split("/")[0])
    return out


@dataclass(frozen=True)
class _Profile:
    """What merging compares of a mention, computed once (pairs are many)."""

    named: bool
    doc: str
    voivodeship: str | None
    country: str | None
    keys: frozenset[str]
    sites: frozenset[str]
    main: str

    @classmethod
    def of(cls, mention: Mention) -> _Profile:
        return cls(
            mention.named,
            mention.doc,
            mention.voivodeship,
            mention.country,
            frozenset(_keys(mention)),
            frozenset(_sites(mention)),
            name_key(mention.name),
        )


def _profiles_match(a: _Profile, b: _Profile) -> bool:
    if not (a.named and b.named):
        return False
    if a.voivodeship and b.voivodeship and a.voivodeship != b.voivodeship:
        return False
    if a.country and b.country and a.country != b.country:
        return False
    if a.keys & b.keys or a.sites & b.sites:
        return True
    return fuzz.ratio(a.main, b.main) >= NEAR_IDENTICAL and len(a.main.split()) == len(
        b.main.split()
    )


def same_cluster(a: Mention, b: Mention) -> bool:
    return _profiles_match(_Profile.of(a), _Profile.of(b))


def _unnamed_target(mention: _Profile, named: list[_Profile]) -> int | None:
    """The one named mention an unnamed one can be: its descriptor words within the name,
    the same voivodeship, and no other candidate."""
    words = set(mention.main.split()) - {"klaster"}
    if not words or not mention.voivodeship:
        return None
    candidates = []
    for i, other in enumerate(named):
        if other.doc == mention.doc or not other.voivodeship:
            continue
        if other.voivodeship != mention.voivodeship:
            continue
        if mention.country and other.country and mention.country != other.country:
            continue
        other_words = set().union(*(k.split() for k in other.keys)) if other.keys else set()
        if words <= other_words:
            candidates.append(i)
    return candidates[0] if len(candidates) == 1 else None


def cluster_id(name: str, voivodeship: str | None, country: str | None) -> str:
    basis = f"{name_key(name)}|{voivodeship or ''}|{country or ''}"
    return "kl-" + hashlib.sha1(basis.encode()).hexdigest()[:10]


def merge_clusters(mentions: list[Mention]) -> list[Cluster]:
    """Group mentions into clusters, set each mention's `cluster_id`, return the clusters."""
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    profiles = [_Profile.of(m) for m in mentions]
    for i, a in enumerate(profiles):
        for j in range(i + 1, len(profiles)):
            b = profiles[j]
            if a.doc != b.doc and _profiles_match(a, b):
                parent[find(j)] = find(i)
    named_index = [i for i, p in enumerate(profiles) if p.named]
    named = [profiles[i] for i in named_index]
    for i, profile in enumerate(profiles):
        if not profile.named:
            target = _unnamed_target(profile, named)
            if target is not None:
                parent[find(i)] = find(named_index[target])
    groups: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        groups.setdefault(find(i), []).append(i)
    clusters = []
    for members in groups.values():
        group = [mentions[i] for i in members]
        cluster = _record(group)
        for i in members:
            mentions[i].cluster_id = cluster.cluster_id
        clusters.append(cluster)
    clusters.sort(key=lambda c: (c.voivodeship or "~", c.name.casefold()))
    return clusters


def _pick(values: list[tuple[object, Mention]]) -> object:
    present = [v for v, _ in values if v not in (None, "", [])]
    if not present:
        return None
    return Counter(present).most_common(1)[0][0]


def _record(group: list[Mention]) -> Cluster:
    group = sorted(group, key=lambda m: (not m.named, -m.confidence.get("name", 0), m.doc))
    main = group[0]
    aliases: list[str] = []
    seen = {name_key(main.name)}
    for m in group:
        for n in [m.name, *m.aliases]:
            if m.named and name_key(n) not in seen:
                seen.add(name_key(n))
                aliases.append(n)
    history = [
        ValueSource(value=m.member_count, mention_id=m.id, doc=m.doc, year=m.doc_year)
        for m in group
        if m.member_count is not None
    ]
    member_count, approx, basis = None, False, None
    if history:
        dated = [h for h in history if h.year is not None]
        if dated:
            chosen = max(dated, key=lambda h: h.year or 0)
            basis = f"most recent report ({chosen.doc}, {chosen.year})"
        else:
            ranked = sorted(
                (h for h in history),
                key=lambda h: (
                    -next(
                        m.confidence.get("member_count", 0) for m in group if m.id == h.mention_id
                    )
                ),
            )
            chosen = ranked[0]
            basis = (
                f"only report ({chosen.doc})"
                if len(history) == 1
                else f"best supported of {len(history)} reports ({chosen.doc})"
            )
        member_count = int(chosen.value) if chosen.value is not None else None
        approx = next(m.member_count_approx for m in group if m.id == chosen.mention_id)
    goals: list[str] = []
    for m in group:
        goals.extend(g for g in m.goals if g not in goals)
    websites: list[str] = []
    for m in group:
        websites.extend(w for w in m.websites if w not in websites)
    voivodeship = _pick([(m.voivodeship, m) for m in group])
    country = _pick([(m.country, m) for m in group])
    town = _pick([(m.town, m) for m in group])
    town_teryt = next((m.town_teryt for m in group if m.town == town and m.town_teryt), None)
    confidence = max(m.confidence.get("name", 0.0) for m in group)
    return Cluster(
        cluster_id=cluster_id(main.name, voivodeship, country),  # type: ignore[arg-type]
        name=main.name,
        aliases=aliases,
        member_count=member_count,
        member_count_approx=approx,
        member_count_history=history,
        member_count_basis=basis,
        town=town,  # type: ignore[arg-type]
        town_teryt=town_teryt,
        voivodeship=voivodeship,  # type: ignore[arg-type]
        voivodeship_teryt=next(
            (m.voivodeship_teryt for m in group if m.voivodeship == voivodeship), None
        ),
        country=country,  # type: ignore[arg-type]
        goals=goals,
        coordinator=_pick([(m.coordinator, m) for m in group]),  # type: ignore[arg-type]
        legal_form=_pick([(m.legal_form, m) for m in group]),  # type: ignore[arg-type]
        founded_year=_pick([(m.founded_year, m) for m in group]),  # type: ignore[arg-type]
        websites=websites,
        mention_ids=[m.id for m in group],
        docs=sorted({m.doc for m in group}),
        confidence=round(confidence, 2),
    )
