"""Field values of one cluster, each with its evidence and confidence, read from the text
that belongs to the cluster (its item, section, sentences, or the whole document)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from pipeline.extract import facts as F
from pipeline.extract import geo
from pipeline.extract.cards import postal_town
from pipeline.extract.drafts import (
    SOURCE_CONFIDENCE,
    UP,
    Draft,
    best,
    is_place,
    safe,
)
from pipeline.extract.layout import GoalBlock, clean_goal
from pipeline.extract.names import (
    name_key,
)
from pipeline.extract.text import CELL_GAP, PARAGRAPH_BREAK, DocText
from pipeline.schemas import Evidence, Mention

PUBLIC_DOMAIN = re.compile(
    r"(?i)\.gov\.pl|\bbip\.|\brpo\.|\bumw\w*\.|marszal|(?:dolnoslaskie|kujawsko-pomorskie|"
    r"lubelskie|lubuskie|lodzkie|malopolska|mazovia|mazowieckie|opolskie|podkarpackie|"
    r"podlaskie|pomorskie|slaskie|swietokrzyskie|warmia\.mazury|wielkopolskie|wzp)\.pl"
)


CURRENT_COUNT = re.compile(
    r"(?i)\b(?:obecnie|aktualnie|dziś|dzisiaj|już|na koniec|31 grudnia|stan na|łącznie)\b"
)
FORMER_COUNT = re.compile(
    r"(?i)\b(?:początkowo|na początku|1 stycznia|w chwili (?:założenia|powstania)|"
    r"założyło|założył\w*|w projekcie|wcześniej|dawniej)\b"
)
PUBLISHER_LINE = re.compile(
    r"(?i)\bwydawc|\bnakład|\bredakcj|\bstarostw|©|copyright|\bbiuletyn\s+informacyjn"
)


GENERIC_NAME_WORDS = {
    "klaster",
    "klastra",
    "cluster",
    "inicjatywa",
    "klastrowa",
    "regionalny",
    "polski",
    "innowacyjny",
    "centrum",
    "stowarzyszenie",
    "fundacja",
    "rozwoju",
}


def _scope_texts(
    dt: DocText,
    draft: Draft,
    kinds: set[str],
    tables: list[tuple[int, int]] | None = None,
    others: list[tuple[int, int]] | None = None,
) -> list[tuple[str, int, str]]:
    """The text of each of the draft's scopes of these kinds. Space-aligned tables of
    clusters (`tables`) are blanked out of all but a row's own scope: their rows give their
    facts cell by cell, and read as prose their numbers and towns belong to no one. In a
    section, the sentences about other clusters only (`others`) are blanked too: "Fundacja
    jest też członkiem Klastra Energii X, którego koordynatorem jest Gmina Y" is X's."""
    seen: set[tuple[int, int]] = set()
    out = []
    for scope in draft.scopes:
        if scope.kind in kinds and (scope.start, scope.end) not in seen:
            seen.add((scope.start, scope.end))
            text = dt.text[scope.start : scope.end]
            if scope.kind in {"section", "document", "topic"}:
                text = _blanked(text, scope.start, others or ())
            if scope.kind != "item":
                text = _blanked(text, scope.start, tables or ())
            out.append((text, scope.start, scope.kind))
    return out


def _blanked(text: str, offset: int, spans: Iterable[tuple[int, int]]) -> str:
    """`text` (starting at `offset` in the document) with the parts inside `spans` turned
    into spaces, line breaks kept: offsets stay right, the words are gone."""
    for start, end in spans:
        a, b = max(start, offset) - offset, min(end, offset + len(text)) - offset
        if a < b:
            text = text[:a] + re.sub(r"[^\n]", " ", text[a:b]) + text[b:]
    return text


@dataclass
class DocumentContext:
    """What every mention of a document is read against (computed once per document)."""

    dt: DocText
    regions: list[tuple[int, int, str]]
    goal_blocks: list[GoalBlock]
    url_counts: Counter[str]
    entities: list[tuple[int, int, str, str]]
    doc_year: tuple[int, int, int] | None
    # goal block index -> ids of the drafts it belongs to, where that is known (goal_owners)
    goal_owners: dict[int, set[int]] = field(default_factory=dict)
    # spans of the space-aligned tables of clusters (read row by row, see _scope_texts)
    tables: list[tuple[int, int]] = field(default_factory=list)
    # address (lower case) -> (id of the draft whose name its domain spells best, how well)
    site_owners: dict[str, tuple[int, int]] = field(default_factory=dict)
    # id of a draft -> the sentences that name or refer to other clusters and not to it
    sentences_of_others: dict[int, list[tuple[int, int]]] = field(default_factory=dict)


GOAL_SCOPES = frozenset({"section", "document", "sentence", "topic"})
NEAR_GOALS = 400  # characters from a cluster's name to a goal list in its paragraph


def sentences_of_others(drafts: list[Draft]) -> dict[int, list[tuple[int, int]]]:
    """For each draft, the sentence scopes of the other drafts that are not its own."""
    spans = {id(d): {(s.start, s.end) for s in d.scopes if s.kind == "sentence"} for d in drafts}
    return {
        id(d): sorted({span for o in drafts if o is not d for span in spans[id(o)]} - spans[id(d)])
        for d in drafts
    }


def goal_owners(dt: DocText, drafts: list[Draft], blocks: list[GoalBlock]) -> dict[int, set[int]]:
    """A goal list in the paragraph that names a cluster is that cluster's ("Starszym jest
    Klaster X … Statut stowarzyszenia określa jego cele: a) …"), though it may lie inside
    the section (or catalogue card) of another one named before it: for each such block,
    the draft named last before it in its paragraph."""
    owners: dict[int, set[int]] = {}
    for b, block in enumerate(blocks):
        near = [
            d
            for d in drafts
            if d.name_end <= block.start
            and not PARAGRAPH_BREAK.search(dt.text, d.name_end, block.start)
            and (
                block.start - d.name_end <= NEAR_GOALS
                or any(s.kind in GOAL_SCOPES and s.start <= block.start < s.end for s in d.scopes)
            )
        ]
        if near:
            last = max(d.name_start for d in near)
            owners[b] = {id(d) for d in near if d.name_start == last}
    return owners


def build_mention(ctx: DocumentContext, draft: Draft) -> Mention:
    """A mention with every field found for the draft, each with its evidence and confidence."""
    dt = ctx.dt
    others = ctx.sentences_of_others.get(id(draft), [])
    scopes = _scope_texts(
        dt, draft, {"item", "section", "sentence", "document", "topic"}, ctx.tables, others
    )
    facts: dict[str, F.Fact | None] = {
        "name": F.Fact(
            draft.name, draft.name_start, draft.name_end, SOURCE_CONFIDENCE[draft.source]
        )
    }
    facts["member_count"] = _member_count(dt, draft, [sc for sc in scopes if sc[2] != "topic"])
    facts["coordinator"] = _coordinator(ctx, draft, scopes)
    town_fact = _town(dt, draft, scopes, facts["coordinator"])
    town_info = safe(lambda: geo.resolve_town(str(town_fact.value))) if town_fact else None
    stated = _region_after(ctx, town_fact) if town_fact is not None else None
    if (
        town_fact is not None
        and town_info is not None
        and stated not in (None, town_info.voivodeship)
    ):
        # "Lipno – the rural municipality in Leszno County, Wielkopolskie Voivodeship": the
        # place of that name in the region the text names right after it
        there = safe(lambda: geo.resolve_town(str(town_fact.value), within=stated))
        if there is not None and there.voivodeship == stated:
            town_info = there
    if town_fact is not None and town_info is not None and town_info.ambiguous:
        # "Siedziba: Olszanka 8": one of many villages; the document's region tells which
        region = geo.dominant_region(ctx.regions)
        if region:
            town_info = safe(lambda: geo.resolve_town(str(town_fact.value), region))
    if town_fact is not None and town_info is not None and not town_info.ambiguous:
        town_fact.value = town_info.name
        facts["town"] = town_fact
    else:
        town_info = None
        foreign = any(h.value != "PL" for h in draft.country_hints)
        if town_fact is not None and foreign and town_fact.rule == "item-town":
            # "Oderland Logistik-Cluster (Frankfurt nad Odrą, Niemcy)": a foreign seat the
            # Polish register cannot confirm, written in the nominative next to the name
            facts["town"] = town_fact
    facts["voivodeship"], facts["country"] = _region_and_country(
        ctx, draft, facts.get("town"), town_info
    )
    facts["legal_form"] = _legal_form(draft, scopes, facts["coordinator"])
    facts["founded_year"] = _founded_year(ctx, draft, scopes)
    sites = _websites(ctx, draft)
    goals = _goals(ctx, draft)

    evidence: dict[str, list[Evidence]] = {}
    confidence: dict[str, float] = {}
    for field_name, fact in facts.items():
        if fact is not None:
            evidence[field_name] = [dt.evidence(fact.start, fact.end)]
            confidence[field_name] = round(fact.confidence, 2)
    for field_name, found, level in (("websites", sites, 0.85), ("goals", goals, 0.8)):
        if found:
            evidence[field_name] = [dt.evidence(f.start, f.end) for f in found]
            confidence[field_name] = level

    def value(field_name: str) -> Any:
        fact = facts.get(field_name)
        return fact.value if fact is not None else None

    count = facts["member_count"]
    return Mention(
        doc=dt.doc.name,
        doc_id=dt.doc.id,
        name=draft.name,
        aliases=draft.aliases,
        member_count=value("member_count"),
        member_count_approx=bool(count.approx) if count else False,
        town=value("town"),
        # TERYT registers Polish places only: a seat abroad that shares a village's name
        # ("Opawa") gets no code
        town_teryt=town_info.teryt if town_info and value("country") in (None, "PL") else None,
        voivodeship=value("voivodeship"),
        country=value("country"),
        goals=[str(g.value) for g in goals],
        coordinator=value("coordinator"),
        legal_form=value("legal_form"),
        founded_year=value("founded_year"),
        websites=[str(f.value) for f in sites],
        evidence=evidence,
        confidence=confidence,
        named=draft.source != "unnamed",
        doc_year=ctx.doc_year[0] if ctx.doc_year else None,
    )


def _member_count(dt: DocText, draft: Draft, scopes: list[tuple[str, int, str]]) -> F.Fact | None:
    counts = list(draft.count_hints)
    for text, offset, kind in scopes:
        counts.extend(
            F.member_counts(
                text, offset, assume_members=kind == "item", in_parenthesis_ok=kind == "section"
            )
        )
    if len({c.value for c in counts}) > 1:
        # "1 stycznia … liczył 27 członków … 31 grudnia … liczył 34": the current count wins
        # (scored on copies: the draft's own hints stay as they were found)
        counts = [replace(c, confidence=c.confidence + _currency(dt, c)) for c in counts]
    return best(counts)


def _currency(dt: DocText, count: F.Fact) -> float:
    before = dt.text[max(0, count.start - 80) : count.start]
    if CURRENT_COUNT.search(before):
        return 0.05
    return -0.05 if FORMER_COUNT.search(before) else 0.0


def _coordinator(
    ctx: DocumentContext, draft: Draft, scopes: list[tuple[str, int, str]]
) -> F.Fact | None:
    found = list(draft.coordinator_hints)
    for text, offset, _ in scopes:
        found.extend(F.coordinators(text, offset))
    tidy = [_tidy_coordinator(f) for f in found]
    # a table's or card's coordinator cell that says there is none ("–", "stowarzyszenie
    # (zarządza klastrem samodzielnie)"): no organisation in the text is to be guessed
    said_none = any(t is None for t in tidy[: len(draft.coordinator_hints)])
    # "Wrzesińska Agen…": a name a search snippet cut off is no name
    found = [t for t in tidy if t is not None and not _cut_off(ctx.dt.text, t)]
    own = {name_key(n) for n in [draft.name, *draft.aliases]}
    found = [f for f in found if not _own_name(str(f.value), own)]  # a cluster is not its own
    fact = best(found)
    if fact is None and ctx.entities and not said_none:
        entity = _coordinator_from_entities(ctx.dt, draft, ctx.entities)
        fact = _tidy_coordinator(entity) if entity is not None else None
    if fact is not None and fact.value in F.BARE_ORGANISATION:  # "Fundacja pełni funkcję …"
        named = F.full_organisation_name(ctx.dt.text, fact.value, fact.start)
        fact = _tidy_coordinator(replace(fact, value=named))  # not "Obecnie Stowarzyszenie"
        if fact is not None and _own_name(str(fact.value), own):
            fact = None  # "Stowarzyszenie „X Klaster”" is the cluster itself
    return fact


def _cut_off(text: str, fact: F.Fact) -> bool:
    return (
        fact.end > 0
        and text[fact.end - 1 : fact.end].isalpha()
        and (text.startswith("…", fact.end) or text.startswith("...", fact.end))
    )


def _own_name(value: str, own: set[str]) -> bool:
    """The cluster's own name, bare or as its association's ("Stowarzyszenie „X”")."""
    bare = re.sub(r"^(?:Stowarzyszenie|Fundacja|Spółdzielnia)\s+", "", value).strip('„”" ')
    return name_key(value) in own or name_key(bare) in own


# What a table or card cell adds after the organisation: "(gmina miejska)", ", Bydgoszcz",
# " / porozumienie" (a column that also holds the legal form).
COORDINATOR_DESCRIPTOR = re.compile(r"\s+\([a-ząćęłńóśźż][^()]*\)$")
COORDINATOR_FORM_AFTER = re.compile(
    r"\s*/\s*(?:porozumieni|umow|stowarzyszeni|spółk|konsorcj|fundacj)[^/]*$", re.IGNORECASE
)
COORDINATOR_TOWN_AFTER = re.compile(r",\s*([" + UP + r"][\w\-]+(?:[ -][" + UP + r"][\w\-]+)?)$")
MUNICIPALITY = re.compile(r"(?:Gmina|Miasto|Powiat|Województwo|Urząd)\b")
COORDINATOR_TOWN_BRACKET = re.compile(r"\s*\(([" + UP + r"][^()]{1,40})\)$")
# "Fundacja „Winne Wzgórza” z Ciężkowic": where the organisation is from
COORDINATOR_TOWN_FROM = re.compile(r"\s+ze?\s+([" + UP + r"][\w\-]+(?:[ -][" + UP + r"][\w\-]+)?)$")
NOT_A_COORDINATOR = re.compile(
    r"(?i)[–—\-]+|brak(?:\s+danych)?|b\.\s?d\.|n/?d|nie\s+dotyczy|krs|koordynator\w*|"
    r"(?:zob|por|patrz)\.?\s+\w+(?:\s+\w+)?|"
    r"(?:obecnie\s+)?(?:stowarzyszenie|porozumienie|spółka(?:\s+z\s+o\.\s*o\.)?|"
    r"sp\.\s*z\s*o\.\s*o\.|fundacja|spółdzielnia|konsorcjum|zarząd)"
)


NONE_FIRST = re.compile(r"(?i)(?:nie\s+dotyczy|brak)\b\s*(?:[–—\-:;(]|$)")


def _tidy_coordinator(fact: F.Fact) -> F.Fact | None:
    """The organisation alone; None for what only fills a coordinator's cell: a dash, the
    cluster's own legal form ("stowarzyszenie (zarządza klastrem samodzielnie)") or a town."""
    # "Izba X, Słupsk; umowa konsorcjum z 2014 r. …": a list item's coordinator ends at ";"
    value = str(fact.value).split(";")[0].strip()
    # "Spółce Wschodniowielkopolska Agencja Rozwoju S.A.": a kind word in an oblique case
    value = re.sub(r"^(?:Spółce|Spółką|Spółkę|Spółki)\s+(?=[" + UP + r"„])", "", value)
    for pattern in (COORDINATOR_DESCRIPTOR, COORDINATOR_FORM_AFTER):
        value = pattern.sub("", value).strip()
    # ", Bydgoszcz", then "(Łódź)": the organisation's town after its name
    for pattern in (COORDINATOR_TOWN_AFTER, COORDINATOR_TOWN_BRACKET, COORDINATOR_TOWN_FROM):
        town = pattern.search(value)
        if town and len(value[: town.start()].split()) >= 2 and is_place(town.group(1)):
            value = value[: town.start()].strip()
    if "\ufffd" in value:
        return None  # letters a broken text layer lost and repair could not restore
    if NONE_FIRST.match(value):
        return None  # "nie dotyczy – klaster działa jako stowarzyszenie …": there is none
    if not value or (NOT_A_COORDINATOR.fullmatch(value) and value not in F.BARE_ORGANISATION):
        return None  # a bare "Fundacja" (pełni funkcję koordynatora) is named in full later
    if not MUNICIPALITY.match(value) and is_place(value):  # "Nowe Miasto Lubawskie" is a town
        return None
    if value == fact.value:
        return fact
    return replace(fact, value=value, end=min(fact.end, fact.start + len(value)))


def _form_in_coordinator_cell(value: str) -> str | None:
    """The cluster's legal form a coordinator's cell gives: after a slash ("Fundacja X /
    porozumienie"), or instead of a coordinator ("stowarzyszenie (zarządza samodzielnie)")."""
    after = COORDINATOR_FORM_AFTER.search(value)
    if after:
        return F.canonical_legal_form(after.group().strip(" /"))
    bare = COORDINATOR_DESCRIPTOR.sub("", value).strip()
    if bare[:1].islower() and NOT_A_COORDINATOR.fullmatch(bare):
        return F.canonical_legal_form(bare)
    return None


def _region_and_country(
    ctx: DocumentContext, draft: Draft, town: F.Fact | None, town_info: Any
) -> tuple[F.Fact | None, F.Fact]:
    """The voivodeship from the town, the item, the name's regional adjective or the
    section's/document's region; the country from the item or a foreign context, else PL."""
    voivodeship = None
    if town is not None and town_info is not None and town_info.voivodeship:
        voivodeship = F.Fact(town_info.voivodeship, town.start, town.end, 0.85, rule="town")
    if voivodeship is None and draft.region_hints:
        voivodeship = best(draft.region_hints)
    if voivodeship is None:
        from_name = safe(lambda: geo.voivodeship_of_phrase(draft.name))
        if from_name:
            voivodeship = F.Fact(from_name, draft.name_start, draft.name_end, 0.8, rule="name")
    country = best(draft.country_hints)
    if country is not None and country.rule == "name-nationality" and country.value != "PL":
        voivodeship = None  # "czeski Energetický klastr Opavsko z siedzibą w Opawie": abroad
    if country is None and voivodeship is None:
        country = _foreign_context(ctx.dt, draft)
    if voivodeship is None and country is None:
        voivodeship = _regional_context(draft, ctx.regions)
    if country is None:
        level = 0.7 if voivodeship else 0.5
        country = F.Fact("PL", draft.name_start, draft.name_end, level, rule="default")
    return voivodeship, country


def _legal_form(
    draft: Draft, scopes: list[tuple[str, int, str]], coordinator: F.Fact | None
) -> F.Fact | None:
    found = list(draft.legal_hints)
    for name in [draft.name, *draft.aliases]:
        form = F.canonical_legal_form(name.split()[0]) if name.split() else None
        if form or re.search(r"sp\.\s*z\s*o\.\s*o\.", name, re.IGNORECASE):
            value = form or "spółka z o.o."
            found.append(F.Fact(value, draft.name_start, draft.name_end, 0.85, rule="name-legal"))
    for hint in draft.coordinator_hints:  # "Koordynator / forma: X / porozumienie"
        form = _form_in_coordinator_cell(str(hint.value))
        if form:
            found.append(F.Fact(form, hint.start, hint.end, 0.75, rule="coordinator-cell-legal"))
    # "Koordynatorem jest Stowarzyszenie X. Stowarzyszenie liczy 40 członków": the subject is
    # the coordinator's form, not the cluster's
    coordinator_form = F.canonical_legal_form(str(coordinator.value)) if coordinator else None
    for text, offset, _ in scopes:
        found.extend(
            f
            for f in F.legal_forms(text, offset)
            if not (f.rule == "legal-subject" and f.value == coordinator_form)
        )
    return best(found)


def _founded_year(
    ctx: DocumentContext, draft: Draft, scopes: list[tuple[str, int, str]]
) -> F.Fact | None:
    """The earliest founding year stated; a dated report of the founding gives its date."""
    years = list(draft.year_hints)
    for text, offset, _ in scopes:
        years.extend(F.founded_years(text, offset))
    if not years:
        # "2011\nDziewięć firm podpisuje porozumienie o utworzeniu klastra": a founding
        # told under a year of a timeline happened that year
        for text, offset, kind in scopes:
            for e_start, _ in F.founding_events(text, offset) if kind != "item" else []:
                heading = _timeline_year(ctx.dt, e_start)
                if heading is not None:
                    years.append(F.Fact(*heading, 0.8, rule="founded-timeline"))
    if not years and ctx.doc_year is not None:
        # "Podpisano porozumienie o utworzeniu klastra" in a dated news item or agreement.
        for text, offset, kind in scopes:
            if kind != "item" and F.founding_events(text, offset):
                year, y_start, y_end = ctx.doc_year
                years.append(F.Fact(year, y_start, y_end, 0.55, rule="founded-document-date"))
                break
    labelled = [f for f in years if f.confidence >= 0.9]  # "rok utworzenia: 2021"
    return min(labelled or years, key=lambda f: (f.value, -f.confidence)) if years else None


TIMELINE_YEAR = re.compile(r"^[ \t]*((?:19|20)\d\d)(?:\s*r\.)?[ \t]*:?[ \t]*$")


def _timeline_year(dt: DocText, offset: int) -> tuple[int, int, int] | None:
    """(year, start, end) of a bare year line heading the paragraph around `offset`."""
    line = dt.line_at(offset)
    k = line.index
    while k > 0 and not dt.lines[k - 1].blank and k > line.index - 4:
        k -= 1
    for j in (k, k - 1, k - 2):
        if 0 <= j < len(dt.lines):
            m = TIMELINE_YEAR.match(dt.lines[j].text)
            if m:
                return int(m.group(1)), dt.lines[j].start + m.start(1), dt.lines[j].start + m.end(1)
            if not dt.lines[j].blank and j != k:
                break
    return None


def _websites(ctx: DocumentContext, draft: Draft) -> list[F.Fact]:
    """The cluster's own addresses. Outside its list item an address must look like the
    cluster's: a regional office's footer repeats, sits in a contact block, or names others."""
    dt = ctx.dt
    candidates = list(draft.website_hints)
    for text, offset, _ in _scope_texts(dt, draft, {"section", "document"}):
        candidates.extend(F.websites(text, offset))
    for text, offset, _ in _scope_texts(dt, draft, {"sentence"}):
        # in a sentence about the cluster, only an address that echoes its name
        candidates.extend(f for f in F.websites(text, offset) if _own_site(draft, str(f.value)))
    sites: list[F.Fact] = []
    for fact in candidates:
        url = str(fact.value)
        if any(s.value == url for s in sites):
            continue
        if _coordinators_site(dt.text, fact.start, fact.end):
            continue  # "www.fpp.org.pl (strona koordynatora)", "strona koordynatora: www.…"
        owner = ctx.site_owners.get(_site_key(url))
        if fact.rule != "item-url" and owner is not None and owner[0] != id(draft):
            continue  # "www.wiklina-klaster.pl" in a sentence about another cluster
        if fact.rule != "item-url" and PUBLISHER_LINE.search(dt.line_at(fact.start).text):
            continue  # a publication's imprint: the publisher's address, not the cluster's
        if fact.rule != "item-url" and not _own_site(draft, url):
            repeated = ctx.url_counts.get(url.lower().rstrip("/"), 0) > 1
            in_section = any(
                s.kind == "section" and s.start <= fact.start < s.end for s in draft.scopes
            )
            line = dt.line_at(fact.start).text
            labelled = bool(
                re.search(r"(?i)strona|www\s*:|web\s*:|website|internet|witryna", line)
            ) or line.strip().rstrip("/.") == dt.text[fact.start : fact.end].rstrip("/.")
            # (an address on a line of its own in the cluster's section is its address)
            if (
                repeated
                or _in_contact_block(dt, fact.start)
                or not in_section
                or not labelled
                or PUBLIC_DOMAIN.search(url)
            ):
                continue
        sites.append(fact)
    if not sites:  # "… Strona stowarzyszenia: www.dolinaobry.org.pl" a paragraph later
        sites = [
            f
            for f in F.websites(dt.text, 0)
            if _owns_site(ctx, draft, str(f.value))
            and not _coordinators_site(dt.text, f.start, f.end)
        ][:1]
    return _without_subpages(sites)


COORDINATOR_SITE_BEFORE = re.compile(
    r"(?i)(?:(?:stron\w*|witryn\w*|adres\w*)(?:\s+internetow\w*)?\s+koordynatora"
    # "Informacje o klastrze publikuje koordynator na swojej stronie www.…"
    r"|koordynator\w*\s+(?:\w+\s+){0,3}na\s+swojej\s+stronie(?:\s+internetowej)?)\s*[:–-]?\s*$"
)
# "www.x.pl (strona koordynatora)"; not "www.x.pl (strona koordynatora: www.y.pl)"
COORDINATOR_SITE_AFTER = re.compile(r"(?i)^\s*[(–-]\s*(?:to\s+)?stron\w*\s+koordynatora\b(?!\s*:)")


def _coordinators_site(text: str, start: int, end: int) -> bool:
    """An address the text says is the coordinator's, not the cluster's."""
    return bool(
        COORDINATOR_SITE_BEFORE.search(text[max(0, start - 80) : start])
        or COORDINATOR_SITE_AFTER.match(text[end : end + 40])
    )


def _site_key(url: str) -> str:
    return url.lower().rstrip("/")


def _owns_site(ctx: DocumentContext, draft: Draft, url: str) -> bool:
    """An address anywhere in the document that spells this cluster's name better than any
    other's: two words of it ("dolinaobry.org.pl" for "… „Dolina Obry”"), its initials, or
    one word next to "klaster" ("klaster-gogolin.pl" for "Gogoliński Klaster …")."""
    owner = ctx.site_owners.get(_site_key(url))
    if owner is None or owner[0] != id(draft):
        return False
    return owner[1] >= 2 or bool(re.search(r"klast|cluster", url.lower()))


def site_owners(drafts: list[Draft], urls: list[str]) -> dict[str, tuple[int, int]]:
    """Each address whose domain spells one cluster's name best (ties: none of them), with
    how well: one point a word of the name, two for its initials."""
    marks = [(id(d), _name_marks(d)) for d in drafts if d.source != "unnamed"]
    owners: dict[str, tuple[int, int]] = {}
    for url in {_site_key(u) for u in urls}:
        domain = _domain(url)
        scores = sorted(((_site_match(m, domain), key) for key, m in marks), reverse=True)
        if scores and scores[0][0] >= 1 and (len(scores) == 1 or scores[1][0] < scores[0][0]):
            owners[url] = (scores[0][1], scores[0][0])
    return owners


def _site_parts(url: str) -> tuple[str, str]:
    """(host without "www.", path) of an address, lower-cased."""
    bare = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower())
    host, _, path = bare.partition("/")
    return host, path.strip("/")


def _without_subpages(sites: list[F.Fact]) -> list[F.Fact]:
    """ "www.tkke.pl" and "www.tkke.pl/czlonkowie" (a footnote's source): one site, the
    home page; a sub-page stays only where its site's home page is not given."""
    parts = [(f, *_site_parts(str(f.value))) for f in sites]
    homes = {host for _, host, path in parts if not path}
    return [f for f, host, path in parts if not path or host not in homes]


def _goals(ctx: DocumentContext, draft: Draft) -> list[F.Fact]:
    """Items of the goal lists inside the cluster's section (or document), one each, or
    announced in a sentence about it ("klaster stawia sobie za cel:")."""
    spans = [(s.start, s.end) for s in draft.scopes if s.kind in GOAL_SCOPES]
    goals: list[F.Fact] = []
    for hint in draft.goal_hints:
        goal = clean_goal(str(hint.value))
        if goal and all(g.value != goal for g in goals):
            goals.append(F.Fact(goal, hint.start, hint.end, 0.8, rule="goal"))
    for b, block in enumerate(ctx.goal_blocks):
        owners = ctx.goal_owners.get(b)
        if owners is not None and id(draft) not in owners:
            continue
        if owners is not None or any(start <= block.start < end for start, end in spans):
            for g_start, g_end, text in block.goals:
                goal = clean_goal(text)
                if goal and all(g.value != goal for g in goals):
                    goals.append(F.Fact(goal, g_start, g_end, 0.8, rule="goal"))
    return goals


def _stated_seat(draft: Draft, scopes: list[tuple[str, int, str]]) -> F.Fact | None:
    """A seat the text states in so many words ("Siedziba: …", "z siedzibą w …")."""
    for pattern, confidence, rule in (
        (F.SEAT_LABEL, 0.9, "seat-label"),
        (F.OFFICE_MOVED, 0.85, "office-moved"),
        (F.SEAT, 0.85, "seat"),
        (F.OFFICE_IN_INSTITUTION, 0.85, "office-in"),
        (F.SEAT_IS, 0.85, "seat"),
        (F.SEAT_OF_SUBJECT, 0.85, "seat"),
        (F.FOUNDED_HERE, 0.75, "founded-at"),
        (F.SEAT_ENGLISH, 0.8, "seat"),
    ):
        for text, offset, _ in scopes:
            for m in pattern.finditer(text):
                if is_place(m.group("place")):
                    return F.Fact(
                        m.group("place"),
                        offset + m.start("place"),
                        offset + m.end("place"),
                        confidence,
                        rule=rule,
                    )
    return None


# A municipality as coordinator: its name is the town ("Gmina Żukowo", "Miasto Kalisz").
MUNICIPAL_COORDINATOR = re.compile(
    r"(?:Gmina(?:\s+Miejska|\s+Miasto|\s+Miejsko-Wiejska)?|Miasto(?:\s+i\s+Gmina)?)\s+"
    r"([" + UP + r"][\w\-]+(?:\s+[" + UP + r"][\w\-]+)?)$"
)


def _town(
    dt: DocText, draft: Draft, scopes: list[tuple[str, int, str]], coordinator: F.Fact | None
) -> F.Fact | None:
    """The cluster's seat: written next to it in a list or table, stated as its seat, the
    seat of its coordinator, or where it was founded. A meeting's venue is never used."""
    if draft.town_hints:
        return best(draft.town_hints)
    stated = _stated_seat(draft, scopes)
    if stated is not None:
        return stated  # "z siedzibą w Międzyrzeczu" beats a town under the heading
    if draft.title_end:
        # "3. Klaster X\nRzeszów, Podkarpackie Voivodeship. …": a section opening with a town
        opening = re.match(
            r"\s*(" + F.PLACE + r")\s*[,.(]", dt.text[draft.title_end : draft.title_end + 80]
        )
        if opening and is_place(opening.group("place")):
            start = draft.title_end + opening.start("place")
            return F.Fact(
                opening.group("place"),
                start,
                start + len(opening.group("place")),
                0.75,
                rule="section-town",
            )
    for text, offset, _ in scopes:
        for m in F.OFFICE_ADDRESS.finditer(text):
            postal = postal_town(text[m.end() - 7 : m.end() + 60], is_place)
            if postal:
                start = offset + m.end() - 7 + postal[0]
                return F.Fact(postal[2], start, start + len(postal[2]), 0.8, rule="office-address")
    if coordinator is not None:
        own = re.search(r"\sw\s+([" + UP + r"][\w\-]+)$", str(coordinator.value))
        if own and is_place(own.group(1)):
            # A name that ends with its town: "… Rada w Opolu".
            quote = dt.text[coordinator.start : coordinator.end + 5]
            at = quote.rfind(own.group(1))
            start = coordinator.start + max(at, 0)
            return F.Fact(
                own.group(1), start, start + len(own.group(1)), 0.7, rule="coordinator-seat"
            )
        seat = _seat_of(dt, str(coordinator.value), coordinator)
        if seat is not None:
            return seat
        municipal = MUNICIPAL_COORDINATOR.match(str(coordinator.value))
        if municipal and is_place(municipal.group(1)):  # "Gmina Wąchock – lider klastra"
            at = dt.text.find(municipal.group(1), coordinator.start, coordinator.end + 5)
            start = at if at >= 0 else coordinator.start
            return F.Fact(
                municipal.group(1), start, start + len(municipal.group(1)), 0.65, "coordinator-seat"
            )
    seats = []
    for text, offset, _ in scopes:
        for m in F.GENERIC_SEAT.finditer(text):
            if is_place(m.group("place")):
                seats.append(
                    F.Fact(
                        m.group("place"),
                        offset + m.start("place"),
                        offset + m.end("place"),
                        0.6,
                        rule="seat",
                    )
                )
    if len({name_key(str(s.value)) for s in seats}) == 1:
        return seats[0]
    for text, offset, _ in scopes:
        m = F.FOUNDED_AT.search(text)
        if m and is_place(m.group("place")):
            return F.Fact(
                m.group("place"),
                offset + m.start("place"),
                offset + m.end("place"),
                0.6,
                rule="founded-at",
            )
    return None


def _seat_of(dt: DocText, organisation: str, mention: F.Fact) -> F.Fact | None:
    """ "Izba … z siedzibą w Opolu" or "Rada w Opolu": the town right after the coordinator,
    where it is named (in any case: its uninflected last words are searched for)."""
    words = organisation.split()
    tail = " ".join(words[-2:]) if len(words) > 2 else organisation
    starts = [mention.end]
    pattern = re.compile(r"\s+".join(re.escape(w) for w in tail.split()))
    starts += [m.end() for m in pattern.finditer(dt.text)]
    for end in starts:
        m = F.SEAT_OF_ORGANISATION.match(dt.text, end)
        if m is None and end == mention.end:
            m = F.LISTED_SEAT.match(dt.text, end)
        if m is None and end == mention.end:
            m = re.compile(r".{0,40}?" + F.SEAT_OF_ORGANISATION.pattern, re.S).match(dt.text, end)
        if m and is_place(m.group("place")):
            return F.Fact(
                m.group("place"), m.start("place"), m.end("place"), 0.7, rule="coordinator-seat"
            )
    return None


def _foreign_context(dt: DocText, draft: Draft) -> F.Fact | None:
    """A cluster introduced under a foreign heading ("3. NIEMCY") or intro ("W Czechach …
    odwiedziliśmy dwie inicjatywy:"), or whose own item or sentence names a country."""
    for scope in draft.scopes:
        if scope.kind in {"item", "sentence"}:
            found = _country_in(dt, scope.start, scope.end)
            if found:
                return found
    line = dt.line_at(draft.name_start)
    for k in range(line.index - 1, max(-1, line.index - 15), -1):
        candidate = dt.lines[k]
        text = candidate.stripped
        if not text:
            continue
        heading = text.endswith(":") or (text.isupper() and len(text.split()) <= 6)
        if heading:
            first = k
            while first > 0 and not dt.lines[first - 1].blank and not dt.lines[first - 1].bullet:
                first -= 1
            found = _country_in(dt, dt.lines[first].start, candidate.end)
            if found or text.isupper():
                return found
    return None


def _country_in(dt: DocText, start: int, end: int) -> F.Fact | None:
    try:
        from pipeline import places

        for c_start, c_end, code in places.find_countries(dt.text[start:end]):
            if code != "PL":
                return F.Fact(code, start + c_start, start + c_end, 0.7, rule="foreign-context")
    except ImportError:
        return None
    return None


def _coordinator_from_entities(
    dt: DocText, draft: Draft, entities: list[tuple[int, int, str, str]]
) -> F.Fact | None:
    spans = [(s.start, s.end) for s in draft.scopes]
    own = {a for a in [draft.name, *draft.aliases] if a}
    for start, end, label, text in entities:
        if label != "orgName" or not any(a <= start < b for a, b in spans):
            continue
        if (
            re.search(r"[;\"|]", text)
            or CELL_GAP.search(text)
            or any(re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", text) for a in own)
        ):
            continue  # a table's cells, or the cluster itself ("KODMP", "Zarząd BKTA")
        s_start, s_end = F.sentence_bounds(dt.text, start, end)
        if (
            re.search(r"koordyn", dt.text[s_start:s_end], re.IGNORECASE)
            and "klast" not in text.lower()
        ):
            from pipeline.morph import to_nominative

            legal = re.match(r"\s+" + F.LEGAL_ABBREVIATION, dt.text[end : end + 20])
            if legal:
                text, end = text + legal.group(), end + legal.end()
            return F.Fact(to_nominative(text), start, end, 0.6, rule="ner-coordinator")
    return None


VOIVODESHIP_WORD = re.compile(r"(?i)\bwoj\.|wojew[óo]dztw|voivodeship|province")


def _region_after(ctx: DocumentContext, town: F.Fact) -> str | None:
    """The voivodeship stated right after a town ("Lipno (gm. Lipno, woj. wielkopolskie)")."""
    text = ctx.dt.text
    # on its line, close by (a sentence split would stop at "gm." in "(gm. Lipno, woj. …)")
    line_end = text.find("\n", town.end)
    limit = min(town.end + 100, line_end if line_end >= 0 else len(text))
    after = [
        r
        for r in ctx.regions
        if town.end <= r[0] < limit
        # stated as a voivodeship, not a regional adjective of some name ("Wielkopolski …")
        and VOIVODESHIP_WORD.search(text[max(town.end, r[0] - 14) : r[1] + 14])
    ]
    return min(after)[2] if after else None


def _regional_context(draft: Draft, regions: list[tuple[int, int, str]]) -> F.Fact | None:
    """The voivodeship the cluster's section, or else the whole document, is about; the
    evidence is the first place that names it."""
    spans = [(s.start, s.end, "section-region", 0.65) for s in draft.scopes if s.kind == "section"]
    spans.append((0, 10**12, "document-region", 0.6))
    for start, end, rule, confidence in spans:
        inside = [r for r in regions if start <= r[0] < end]
        region = geo.dominant_region(inside)
        if region:
            first = next(r for r in inside if r[2] == region)
            return F.Fact(region, first[0], first[1], confidence, rule=rule)
    return None


def _plain(text: str) -> str:
    """Lower case without diacritics or punctuation ("Łódzki" → "lodzki")."""
    text = unicodedata.normalize("NFKD", text.lower().replace("ł", "l"))
    return "".join(c for c in text if c.isalnum() or c.isspace())


def _name_marks(draft: Draft) -> tuple[set[str], set[str]]:
    """(stems of the name's distinctive words, initials of its names): what a domain may
    spell of it."""
    names = " ".join([draft.name, *draft.aliases])
    # a stem: the domain may use another form ("szklo" for "Szkła"); a short word's ending
    # is a larger part of it
    stems = {
        w[:4] if len(w) <= 5 else w[:5]
        for w in _plain(names).split()
        if len(w) >= 4
        and w not in GENERIC_NAME_WORDS
        and not safe(lambda w=w: geo.voivodeship_of_phrase(w.title()))
    }
    # "kodmp.pl" for "Klaster Odlewniczy Doliny Małej Panwi"
    initials = {
        "".join(w[0] for w in _plain(name).split() if len(w) > 2)
        for name in [draft.name, *draft.aliases]
    }
    return stems, initials


def _domain(url: str) -> tuple[str, str]:
    """(the domain's words run together, its first label), plain lower case."""
    domain = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower()).split("/")[0]
    domain = _plain(domain.replace("-", " ").replace(".", " "))
    return domain.replace(" ", ""), domain.split()[0] if domain.split() else ""


def _site_match(marks: tuple[set[str], set[str]], domain: tuple[str, str]) -> int:
    """How well a domain spells a name: a point a word, two for the initials."""
    (stems, initials), (joined, first_label) = marks, domain
    score = sum(1 for w in stems if w in joined)
    return score + (2 if any(len(i) >= 3 and i == first_label for i in initials) else 0)


def _own_site(draft: Draft, url: str) -> bool:
    """An address whose domain echoes the cluster's name ("klaster-metal.pl" for "Klaster
    Obróbki Metali") or says it is a cluster's."""
    if draft.source == "unnamed":
        return False
    domain = _domain(url)
    return _site_match(_name_marks(draft), domain) > 0 or bool(
        re.search(r"klast|cluster", domain[0])
    )


def _in_contact_block(dt: DocText, offset: int) -> bool:
    before = dt.text[max(0, offset - 250) : offset]
    return bool(re.search(r"\b(?:Kontakt|Adres|tel\.|e-mail)\b", before, re.IGNORECASE))
