"""Extract stage: every cluster a document mentions, with its facts and their evidence.

`extract_document(doc, nlp)` is a pure function from a repaired document to mentions.
Candidates come from layout (cluster lists, "Ad. N" sections, headings), from the name
grammar in running text, and from quoted names next to "klaster"/"inicjatywa"; candidates
with a shared name, alias or abbreviation become one mention; facts are read from the text
that belongs to each mention (its list item, its section, the sentences naming it, or the
whole document when it is the document's only cluster). An optional spaCy NER pipeline adds
organisation and place entities where rules find none.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from pipeline.extract import facts as F
from pipeline.extract import geo
from pipeline.extract.layout import (
    Item,
    TableRow,
    clean_goal,
    find_cluster_tables,
    find_goal_blocks,
    find_lists,
    find_sections,
    heading_item,
    is_cluster_list,
)
from pipeline.extract.names import (
    HEADS,
    QUOTE_OPEN,
    URL,
    ParsedItem,
    abbreviation_of,
    abbreviations_of,
    find_names,
    is_name_like,
    join_compound_words,
    name_key,
    parse_item,
    strip_quotes,
    url_value,
)
from pipeline.extract.numbers import parse_number
from pipeline.extract.text import DocText
from pipeline.morph import lemma_of_adjective
from pipeline.schemas import Evidence, Mention, RepairedDocument

UP = "A-ZĄĆĘŁŃÓŚŹŻ"
# Offices of regions and the state: their addresses in a report are never a cluster's own.
PUBLIC_DOMAIN = re.compile(
    r"(?i)\.gov\.pl|\bbip\.|\brpo\.|\bumw\w*\.|marszal|(?:dolnoslaskie|kujawsko-pomorskie|"
    r"lubelskie|lubuskie|lodzkie|malopolska|mazovia|mazowieckie|opolskie|podkarpackie|"
    r"podlaskie|pomorskie|slaskie|swietokrzyskie|warmia\.mazury|wielkopolskie|wzp)\.pl"
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
SOURCE_PRIORITY = {"item": 0, "section": 1, "text": 2, "quoted": 3, "unnamed": 4}
SOURCE_CONFIDENCE = {"item": 0.9, "section": 0.9, "text": 0.75, "quoted": 0.7, "unnamed": 0.4}


@dataclass
class Scope:
    start: int
    end: int
    kind: str  # item | section | sentence | document


@dataclass
class Draft:
    name: str
    source: str
    name_start: int
    name_end: int
    aliases: list[str] = field(default_factory=list)
    scopes: list[Scope] = field(default_factory=list)
    items: list[ParsedItem] = field(default_factory=list)
    town_hints: list[F.Fact] = field(default_factory=list)
    legal_hints: list[F.Fact] = field(default_factory=list)
    country_hints: list[F.Fact] = field(default_factory=list)
    count_hints: list[F.Fact] = field(default_factory=list)
    year_hints: list[F.Fact] = field(default_factory=list)
    website_hints: list[F.Fact] = field(default_factory=list)
    coordinator_hints: list[F.Fact] = field(default_factory=list)
    region_hints: list[F.Fact] = field(default_factory=list)

    def name_keys(self) -> set[str]:
        keys = {name_key(n) for n in [self.name, *self.aliases] if name_key(n)}
        for n in [self.name, *self.aliases]:
            words = n.split()
            if len(words) >= 2 and words[0].lower() in HEADS:
                rest = " ".join(words[1:])
                if rest[:1] in QUOTE_OPEN or rest.isupper():
                    keys.add(name_key(rest))
            quoted = re.search(r"[„\"“]([^„”\"“]{2,60})[”\"“]\s*$", n)
            if quoted:
                keys.add(name_key(quoted.group(1)))  # the brand: "… „BioPuł”"
        return keys


def extract_document(doc: RepairedDocument, nlp: Any = None) -> list[Mention]:
    if doc.status == "failed" or not doc.pages:
        return []
    dt = DocText(doc)
    entities = _entities(nlp, dt) if nlp is not None else []
    drafts = _candidates(dt) + _from_entities(dt, entities)
    drafts = _merge(drafts)
    _attach_abbreviations(dt, drafts)
    _attach_inflected(dt, drafts)
    _attach_anaphora(dt, drafts)
    if not drafts:
        unnamed = _unnamed_subject(dt)
        drafts = [unnamed] if unnamed else []
    if len(drafts) == 1:
        drafts[0].scopes.append(Scope(0, len(dt.text), "document"))
    regions = _safe(lambda: geo.region_mentions(dt.text)) or []
    doc_year = F.document_year(dt.text)
    goal_blocks = find_goal_blocks(dt, find_lists(dt))
    url_counts = Counter(url_value(m.group()).lower().rstrip("/") for m in URL.finditer(dt.text))
    mentions = []
    drafts.sort(key=lambda d: d.name_start)
    for k, draft in enumerate(drafts):
        mention = _build(dt, draft, regions, goal_blocks, url_counts, entities, doc_year)
        mention.id = f"{doc.id}-{k:03d}"
        mentions.append(mention)
    return mentions


def _safe(call):
    try:
        return call()
    except ImportError:
        return None


def _is_place(phrase: str) -> bool:
    try:
        return geo.is_town(phrase)
    except ImportError:
        return False


# --- candidates ------------------------------------------------------------------------


def _locate(dt: DocText, phrase: str, start: int, end: int) -> tuple[int, int]:
    """The span of `phrase` inside [start, end), allowing any whitespace between words."""
    words = [re.escape(w) for w in phrase.split()]
    if not words:
        return start, start
    match = re.compile(r"\s+".join(words)).search(dt.text, start, max(end, start))
    if match:
        return match.start(), match.end()
    return start, min(end, start + len(phrase))


def _candidates(dt: DocText) -> list[Draft]:
    drafts: list[Draft] = []
    lists = find_lists(dt)
    list_lines: set[int] = set()
    for item_list in lists:
        for item in item_list.items:
            list_lines.update(line.index for line in item.lines)
        if is_cluster_list(item_list):
            for item in item_list.items:
                drafts.extend(_from_item(dt, item, _item_section_end(dt, item_list, item)))
    for row in find_cluster_tables(dt):
        draft = _from_table_row(dt, row)
        if draft is not None:
            drafts.append(draft)
    for section in find_sections(dt, list_lines):
        parsed = parse_item(section.title, is_place=_is_place)
        if not parsed.name_like:
            continue
        start, end = _locate(dt, parsed.name, section.title_start, section.title_end + 1)
        if start == section.title_start and dt.text[start:end] != parsed.name:
            start, end = section.title_start, section.title_end
        draft = Draft(parsed.name, "section", start, end, aliases=list(parsed.aliases))
        draft.scopes.append(Scope(section.start, section.end, "section"))
        draft.items.append(parsed)
        _item_hints(dt, draft, parsed, section.title_start, section.title_end)
        drafts.append(draft)
    for hit in find_names(dt.text, 0, is_place=_is_place):
        if not is_name_like(hit.name):
            continue
        s_start, s_end = F.sentence_bounds(dt.text, hit.start, hit.end)
        draft = Draft(hit.name, "text", hit.start, hit.end)
        if hit.surface != hit.name and hit.head_nominative:
            draft.aliases.append(hit.surface)
        draft.scopes.append(Scope(s_start, s_end, "sentence"))
        if hit.legal_form:
            draft.legal_hints.append(
                F.Fact(hit.legal_form, hit.start, hit.end + 12, 0.85, rule="legal-suffix")
            )
            draft.aliases.append(
                f"{hit.name} Sp. z o.o." if hit.legal_form == "spółka z o.o." else hit.name
            )
        if hit.place_after:
            p_start, p_end = _locate(dt, hit.place_after, hit.end, hit.end + 40)
            draft.town_hints.append(F.Fact(hit.place_after, p_start, p_end, 0.8, rule="name-place"))
        drafts.append(draft)
    for m in re.finditer(
        r"\b(?:[Kk]last\w*|[Ii]nicjatyw\w*)(?:\s+[a-ząćęłńóśźż]\w*){0,3}\s+[„\"“]([^„”\"“\n]{2,60})[”\"“]",
        dt.text,
    ):
        inner = m.group(1).strip()
        if not is_name_like(inner):
            continue
        s_start, s_end = F.sentence_bounds(dt.text, m.start(), m.end())
        draft = Draft(inner, "quoted", m.start(1), m.end(1))
        draft.scopes.append(Scope(s_start, s_end, "sentence"))
        drafts.append(draft)
    return drafts


GENERIC_CLUSTER_BEFORE = re.compile(
    r"\b(?:klaster\w*|klastr\w*|inicjatyw\w*\s+klastrow\w*|powiązani\w*\s+kooperacyjn\w*)"
    r"(?:\s+(?:pod\s+nazwą|o\s+nazwie|zwan\w*))?\s*$"
)


def _from_entities(dt: DocText, entities: list[tuple[int, int, str, str]]) -> list[Draft]:
    """Organisations the NER model finds right after "klaster"/"inicjatywa klastrowa"
    ("inicjatywa Dolina Lotnicza"): names without a head word or quotes."""
    drafts = []
    for start, end, label, text in entities:
        if label != "orgName" or not text[:1].isupper():
            continue
        before = dt.text[max(0, start - 40) : start]
        if not GENERIC_CLUSTER_BEFORE.search(before) or not is_name_like(text):
            continue
        s_start, s_end = F.sentence_bounds(dt.text, start, end)
        draft = Draft(text, "quoted", start, end)
        draft.scopes.append(Scope(s_start, s_end, "sentence"))
        drafts.append(draft)
    return drafts


def _item_section_end(dt: DocText, item_list, item: Item) -> int:
    """Where a numbered item's section ends: at the next item, or after the lists and goal
    headings that follow the last one."""
    index = item_list.items.index(item)
    if index + 1 < len(item_list.items):
        return item_list.items[index + 1].start
    k = item.lines[-1].index + 1
    end = item.end
    while k < len(dt.lines):
        line = dt.lines[k]
        if line.blank:
            k += 1
            continue
        if line.bullet or line.stripped.endswith(":") or line.stripped[:1].islower():
            end = line.end
            k += 1
            continue
        break
    return end


def _from_item(dt: DocText, item: Item, next_end: int) -> list[Draft]:
    parsed = parse_item(item.text, is_place=_is_place)
    if parsed.name_like:
        start, end = _locate(dt, parsed.name, item.start, item.end)
        draft = Draft(parsed.name, "item", start, end, aliases=list(parsed.aliases))
        draft.scopes.append(Scope(item.start, item.end, "item"))
        draft.items.append(parsed)
        _item_hints(dt, draft, parsed, item.start, item.end)
        return [draft]
    heading = heading_item(item)
    if heading is not None:
        # A numbered heading over a paragraph: the paragraph, and the lists right after it,
        # are this cluster's section.
        title = parse_item(heading, is_place=_is_place)
        first = item.lines[0]
        start, end = _locate(dt, title.name, first.content_start, first.end)
        draft = Draft(title.name, "section", start, end, aliases=list(title.aliases))
        draft.scopes.append(Scope(item.start, next_end, "section"))
        draft.items.append(title)
        _item_hints(dt, draft, title, first.content_start, first.end)
        return [draft]
    return _parenthesised_clusters(dt, item, parsed)


def _from_table_row(dt: DocText, row: TableRow) -> Draft | None:
    """A row of a table of clusters: each column a fact, its cell the evidence."""
    n_start, n_end, name_text = row.cells["name"]
    parsed = parse_item(name_text, is_place=_is_place)
    if not parsed.name:
        return None
    start, end = _locate(dt, parsed.name, n_start, n_end)
    draft = Draft(parsed.name, "item", start, end, aliases=list(parsed.aliases))
    draft.scopes.append(Scope(row.start, row.end, "item"))
    draft.items.append(parsed)
    if "town" in row.cells:
        c_start, c_end, value = row.cells["town"]
        draft.town_hints.append(F.Fact(value, c_start, c_end, 0.9, rule="table-town"))
    if "members" in row.cells:
        c_start, c_end, value = row.cells["members"]
        hedge = re.match(r"(?i)(ok\.|około|ponad|blisko|przeszło|>)\s*", value)
        leading = re.match(
            r"\d{1,3}(?:[ \u00a0]\d{3})+|\d+", value[hedge.end() :] if hedge else value
        )
        number = parse_number(leading.group()) if leading else None
        if number is not None:
            draft.count_hints.append(
                F.Fact(number, c_start, c_end, 0.9, bool(hedge), "table-members")
            )
    if "website" in row.cells:
        for m in URL.finditer(dt.text, row.cells["website"][0], row.cells["website"][1] + 1):
            draft.website_hints.append(
                F.Fact(url_value(m.group()), m.start(), m.end(), 0.9, rule="item-url")
            )
    if "coordinator" in row.cells:
        c_start, c_end, value = row.cells["coordinator"]
        draft.coordinator_hints.append(F.Fact(value, c_start, c_end, 0.9, rule="table-coordinator"))
    if "founded" in row.cells:
        c_start, c_end, value = row.cells["founded"]
        year = re.search(r"(?:19|20)\d\d", value)
        if year:
            draft.year_hints.append(
                F.Fact(int(year.group()), c_start, c_end, 0.9, rule="table-year")
            )
    return draft


def _parenthesised_clusters(dt: DocText, item: Item, parsed: ParsedItem) -> list[Draft]:
    """ "Niemcy: … (Optonet, Turyngia, ok. 60 firm)": a named cluster inside brackets."""
    drafts = []
    text = dt.text[item.start : item.end]
    for m in re.finditer(
        r"\(([" + UP + r"][\w\-]*(?:\s+[" + UP + r"][\w\-]*){0,4})\s*[-–,]\s*([^()]{3,120})\)", text
    ):
        name, rest = m.group(1), m.group(2)
        counts = F.member_counts(rest, item.start + m.start(2), assume_members=True)
        if not counts or _is_place(name):
            continue
        start = item.start + m.start(1)
        draft = Draft(name, "item", start, start + len(name))
        draft.scopes.append(Scope(item.start + m.start(), item.start + m.end(), "item"))
        draft.count_hints.extend(counts)
        country = None
        if parsed.country_text:
            country = _safe(lambda: geo.country_of(parsed.country_text or ""))
        if not country:
            found = _safe(lambda r=rest: geo.countries_in(r)) or []
            country = found[0] if found else None
        if country:
            draft.country_hints.append(
                F.Fact(country, item.start, item.end, 0.8, rule="item-country")
            )
        drafts.append(draft)
    return drafts


def _item_hints(dt: DocText, draft: Draft, parsed: ParsedItem, start: int, end: int) -> None:
    if parsed.town_text:
        t_start, t_end = _locate(dt, parsed.town_text, start, end + 1)
        draft.town_hints.append(F.Fact(parsed.town_text, t_start, t_end, 0.9, rule="item-town"))
    for url in parsed.websites:
        wrapped = re.compile(re.escape(url).replace(r"\-", r"\-\s*"))
        found = wrapped.search(dt.text, start, end + 1)
        if found:
            draft.website_hints.append(
                F.Fact(url, found.start(), found.end(), 0.9, rule="item-url")
            )
    for year in parsed.years:
        y_start = dt.text.find(str(year), start, end + 1)
        if y_start >= 0:
            draft.year_hints.append(F.Fact(year, y_start, y_start + 4, 0.85, rule="item-year"))
    if parsed.legal_form:
        draft.legal_hints.append(F.Fact(parsed.legal_form, start, end, 0.85, rule="item-legal"))
    for organisation in parsed.organisations:
        o_start, o_end = _locate(dt, organisation, start, end + 1)
        draft.coordinator_hints.append(
            F.Fact(
                join_compound_words(organisation),
                o_start,
                o_end,
                0.6,
                rule="item-organisation",
            )
        )
    if parsed.region_text:
        region = _safe(lambda: geo.voivodeship_named(parsed.region_text or ""))
        if region:
            r_start, r_end = _locate(dt, parsed.region_text, start, end + 1)
            draft.region_hints.append(F.Fact(region, r_start, r_end, 0.85, rule="item-region"))
    if parsed.country_text:
        code = _safe(lambda: geo.country_of(parsed.country_text or ""))
        if code:
            draft.country_hints.append(F.Fact(code, start, end, 0.8, rule="item-country"))


def _merge(drafts: list[Draft]) -> list[Draft]:
    """One draft per cluster: drafts sharing a name key are merged, the best source wins;
    a name found in running text inside a list item or a heading is that item's name."""
    parent = list(range(len(drafts)))
    anchors = [
        (i, d.name_start, max([s.end for s in d.scopes if s.kind == "item"] + [d.name_end]))
        for i, d in enumerate(drafts)
        if d.source in {"item", "section"}
    ]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, draft in enumerate(drafts):
        if draft.source in {"text", "quoted"}:
            for j, start, end in anchors:
                if start <= draft.name_start < end:
                    # Inside an item or heading: the item, not the sentence around it,
                    # is what this name's facts come from.
                    draft.scopes = [s for s in draft.scopes if s.kind != "sentence"]
                    parent[find(i)] = find(j)
                    break
    owner: dict[str, int] = {}
    for i, draft in enumerate(drafts):
        for key in draft.name_keys():
            if key in owner:
                parent[find(i)] = find(owner[key])
            else:
                owner[key] = i
    _merge_short_references(drafts, find, parent)
    _merge_abbreviated(drafts, find, parent)
    groups: dict[int, list[Draft]] = {}
    for i, draft in enumerate(drafts):
        groups.setdefault(find(i), []).append(draft)
    merged = []
    for group in groups.values():
        group.sort(key=lambda d: (SOURCE_PRIORITY[d.source], -len(d.name.split()), d.name_start))
        best = group[0]
        for other in group[1:]:
            for alias in [other.name, *other.aliases]:
                if name_key(alias) != name_key(best.name) and alias not in best.aliases:
                    best.aliases.append(alias)
            best.scopes.extend(other.scopes)
            best.items.extend(other.items)
            best.town_hints.extend(other.town_hints)
            best.legal_hints.extend(other.legal_hints)
            best.country_hints.extend(other.country_hints)
            best.count_hints.extend(other.count_hints)
            best.year_hints.extend(other.year_hints)
            best.website_hints.extend(other.website_hints)
            best.coordinator_hints.extend(other.coordinator_hints)
            best.region_hints.extend(other.region_hints)
            best.name_start = (
                min(best.name_start, other.name_start)
                if best.source == other.source
                else best.name_start
            )
        best.aliases = _dedupe_aliases(best.name, best.aliases)
        merged.append(best)
    return merged


def _merge_short_references(drafts: list[Draft], find, parent: list[int]) -> None:
    """ "Z Klastrem Drzewnym …" after "Kujawsko-Pomorskiego Klastra Drzewnego": a name in
    running text whose words all belong to one longer name in the document refers to it."""
    words = [set(name_key(d.name).split()) for d in drafts]
    for i, draft in enumerate(drafts):
        if draft.source != "text":
            continue
        longer = [
            j
            for j, other in enumerate(drafts)
            if j != i and words[i] < words[j] and find(j) != find(i)
        ]
        if len({find(j) for j in longer}) == 1:
            parent[find(i)] = find(longer[0])


def _merge_abbreviated(drafts: list[Draft], find, parent: list[int]) -> None:
    """A table or list that names clusters by abbreviation ("MKTK") after writing them out."""
    for i, draft in enumerate(drafts):
        if not re.fullmatch(r"[" + UP + r"]{2,8}", draft.name):
            continue
        owners = [
            j
            for j, other in enumerate(drafts)
            if j != i and draft.name in abbreviations_of(other.name)
        ]
        if len({find(j) for j in owners}) == 1:
            parent[find(i)] = find(owners[0])


def _dedupe_aliases(name: str, aliases: list[str]) -> list[str]:
    seen = {name_key(name)}
    out = []
    for alias in aliases:
        key = name_key(alias)
        if key and key not in seen:
            seen.add(key)
            out.append(alias)
    return out


def _attach_abbreviations(dt: DocText, drafts: list[Draft]) -> None:
    """ "(WKR)" after a name, or "SKD" used alone: an alias, and its sentences are in scope."""
    initials = [({name_key(a) for a in d.aliases}, abbreviations_of(d.name)) for d in drafts]
    for m in re.finditer(r"(?<![\w\-])([" + UP + r"]{2,8})(?![\w\-])", dt.text):
        abbr = m.group(1)
        owners = [
            d
            for d, (alias_keys, forms) in zip(drafts, initials, strict=True)
            if abbr.upper() in forms or name_key(abbr) in alias_keys
        ]
        if len(owners) != 1:
            continue
        draft = owners[0]
        if (
            name_key(abbr) not in {name_key(a) for a in draft.aliases}
            and len(abbreviation_of(draft.name)) >= 2
        ):
            draft.aliases.append(abbr)
        s_start, s_end = F.sentence_bounds(dt.text, m.start(), m.end())
        draft.scopes.append(Scope(s_start, s_end, "sentence"))


def _inflected_pattern(name: str) -> re.Pattern[str] | None:
    """A pattern for a name in any case: each capitalised word by its stem
    ("Puławska Chemia Przyszłości" finds "Puławskiej Chemii Przyszłości")."""
    words = re.findall(r"„[^”]*”|\"[^\"]*\"|[\w\-]+", name)
    if len(words) < 2:
        return None
    parts = []
    for word in words:
        if word[:1] in '„"':
            parts.append(re.escape(word[1:-1]).join(['[„"“]?', '[”"“]?']))
        elif word[:1].isupper() and len(word) >= 5 and not word.isupper():
            parts.append(re.escape(word[: max(3, len(word) - 3)]) + r"\w{0,5}")
        else:
            parts.append(re.escape(word))
    return re.compile(r"(?<![\w„\"])" + r"\s+".join(parts) + r"(?![\w])")


def _attach_inflected(dt: DocText, drafts: list[Draft]) -> None:
    """Sentences naming a listed cluster in another case belong to it (its facts are there)."""
    spans = [(d.name_start, d.name_end) for d in drafts]
    for draft in drafts:
        if draft.source not in {"item", "section"}:
            continue
        pattern = _inflected_pattern(draft.name)
        if pattern is None:
            continue
        for m in pattern.finditer(dt.text):
            if any(a <= m.start() < b for a, b in spans):
                continue
            before = dt.text[max(0, m.start() - 30) : m.start()].split()
            if before and before[-1][:1].isupper() and before[-1][-1:] not in ".:;!?":
                continue  # part of a longer name
            s_start, s_end = F.sentence_bounds(dt.text, m.start(), m.end())
            draft.scopes.append(Scope(s_start, s_end, "sentence"))


ANAPHOR = re.compile(
    r"(?<![„\"\w])(?:[Kk]laster|[Kk]lastra|[Kk]lastrze|[Kk]lastrem|[Ii]nicjatyw[aęy]|"
    r"[Ss]towarzyszenie)(?!\s+[" + UP + r"„\"])\b|"
    r"(?:^|(?<=[.!?]\s))(?:Jego|Jej|Dziś|Obecnie|Zrzesza|Skupia|Liczy|Obejmuje|Działa|"
    r"Powstał\w*|Powołan\w*|Zawiązan\w*)\b",
    re.MULTILINE,
)


def _attach_anaphora(dt: DocText, drafts: list[Draft]) -> None:
    """ "Klaster z siedzibą w Olsztynie powstał w 2005 roku": a sentence that refers back
    to a cluster without naming it belongs to the cluster named last before it, in running
    text (not in lists or tables, where unnamed sentences are about the region)."""
    named = sorted(
        (d for d in drafts if d.source in {"text", "quoted", "section"}), key=lambda d: d.name_start
    )
    if not named:
        return
    starts = [d.name_start for d in drafts]
    claimed = [(s.start, s.end) for d in drafts for s in d.scopes]
    for m in ANAPHOR.finditer(dt.text):
        s_start, s_end = F.sentence_bounds(dt.text, m.start(), m.end())
        if any(s_start <= start < s_end for start in starts) or (s_start, s_end) in claimed:
            continue
        if dt.line_at(s_start).bullet:
            continue  # a list item names its own subject
        previous = [d for d in named if d.name_start < s_start and s_start - d.name_start < 1500]
        if not previous:
            continue
        antecedent = previous[-1]
        between = [d for d in drafts if antecedent.name_start < d.name_start < s_start]
        if between:
            continue
        antecedent.scopes.append(Scope(s_start, s_end, "sentence"))


def _unnamed_subject(dt: DocText) -> Draft | None:
    """A document about one cluster it never names (an interview): "nasz klaster"."""
    singular = list(re.finditer(r"\b(?:klaster|klastra|klastrze|klastrem|klastrowi)\b", dt.text))
    if len(singular) < 3:
        return None
    adjectives: Counter[str] = Counter()
    for m in re.finditer(r"\bklastr\w*\s+([a-ząćęłńóśźż]{4,})", dt.text):
        lemma = lemma_of_adjective(m.group(1))
        if lemma and lemma.endswith(("owy", "czy", "ny", "ski", "cki")):
            adjectives[lemma] += 1
    name = f"Klaster {adjectives.most_common(1)[0][0]}" if adjectives else "Klaster"
    first = singular[0]
    return Draft(name, "unnamed", first.start(), first.end())


# --- fields ----------------------------------------------------------------------------


def _entities(nlp: Any, dt: DocText) -> list[tuple[int, int, str, str]]:
    from pipeline.ner import entities

    return entities(nlp, dt.text)


def _scope_texts(dt: DocText, draft: Draft, kinds: set[str]) -> list[tuple[str, int, str]]:
    seen: set[tuple[int, int]] = set()
    out = []
    for scope in draft.scopes:
        if scope.kind in kinds and (scope.start, scope.end) not in seen:
            seen.add((scope.start, scope.end))
            out.append((dt.text[scope.start : scope.end], scope.start, scope.kind))
    return out


def _best(found: list[F.Fact]) -> F.Fact | None:
    if not found:
        return None
    return sorted(found, key=lambda f: (-f.confidence, f.start))[0]


def _build(
    dt: DocText,
    draft: Draft,
    regions: list[tuple[int, int, str]],
    goal_blocks: list,
    url_counts: Counter[str],
    entities: list[tuple[int, int, str, str]],
    doc_year: tuple[int, int, int] | None,
) -> Mention:
    evidence: dict[str, list[Evidence]] = {}
    confidence: dict[str, float] = {}

    def put(field_name: str, fact: F.Fact | None) -> Any:
        if fact is None:
            return None
        evidence[field_name] = [dt.evidence(fact.start, fact.end)]
        confidence[field_name] = round(fact.confidence, 2)
        return fact.value

    name_fact = F.Fact(
        draft.name, draft.name_start, draft.name_end, SOURCE_CONFIDENCE[draft.source]
    )
    put("name", name_fact)
    all_scopes = _scope_texts(dt, draft, {"item", "section", "sentence", "document"})
    owned = _scope_texts(dt, draft, {"item", "section", "document"})

    counts = list(draft.count_hints)
    for text, offset, kind in all_scopes:
        counts.extend(
            F.member_counts(
                text, offset, assume_members=kind == "item", in_parenthesis_ok=kind == "section"
            )
        )
    count_fact = _best(counts)
    member_count = put("member_count", count_fact)

    coordinator_facts = list(draft.coordinator_hints)
    for text, offset, _ in all_scopes:
        coordinator_facts.extend(F.coordinators(text, offset))
    coordinator_fact = _best(coordinator_facts)
    if coordinator_fact is None and entities:
        coordinator_fact = _coordinator_from_entities(dt, draft, entities)
    coordinator = put("coordinator", coordinator_fact)

    town_fact = _town(dt, draft, all_scopes, coordinator_fact)
    town = None
    town_info = None
    if town_fact is not None:
        town_info = _safe(lambda: geo.resolve_town(str(town_fact.value)))
        if town_info is not None and not town_info.ambiguous:
            town_fact.value = town_info.name
            town = put("town", town_fact)

    voivodeship_fact = None
    if town_info is not None and town_info.voivodeship and town_fact is not None:
        voivodeship_fact = F.Fact(
            town_info.voivodeship, town_fact.start, town_fact.end, 0.85, rule="town"
        )
    if voivodeship_fact is None and draft.region_hints:
        voivodeship_fact = _best(draft.region_hints)
    if voivodeship_fact is None:
        from_name = _safe(lambda: geo.voivodeship_of_phrase(draft.name))
        if from_name:
            voivodeship_fact = F.Fact(from_name, draft.name_start, draft.name_end, 0.8, rule="name")
    country_fact = _best(draft.country_hints)
    if country_fact is None and voivodeship_fact is None:
        country_fact = _foreign_context(dt, draft)
    if voivodeship_fact is None and country_fact is None:
        voivodeship_fact = _regional_context(draft, regions)
    voivodeship = put("voivodeship", voivodeship_fact)

    if country_fact is None:
        country_fact = F.Fact(
            "PL", draft.name_start, draft.name_end, 0.7 if voivodeship else 0.5, rule="default"
        )
    country = put("country", country_fact)

    legal_facts = list(draft.legal_hints)
    for n in [draft.name, *draft.aliases]:
        form = F.canonical_legal_form(n.split()[0]) if n.split() else None
        if form or re.search(r"sp\.\s*z\s*o\.\s*o\.", n, re.IGNORECASE):
            legal_facts.append(
                F.Fact(
                    form or "spółka z o.o.",
                    draft.name_start,
                    draft.name_end,
                    0.85,
                    rule="name-legal",
                )
            )
    for text, offset, _ in all_scopes:
        legal_facts.extend(F.legal_forms(text, offset))
    legal_form = put("legal_form", _best(legal_facts))

    years = list(draft.year_hints)
    for text, offset, kind in all_scopes:
        if kind in {"section", "document", "sentence", "item"}:
            years.extend(F.founded_years(text, offset))
    if not years and doc_year is not None:
        # "Podpisano porozumienie o utworzeniu klastra" in a dated news item or agreement.
        for text, offset, kind in all_scopes:
            events = F.founding_events(text, offset) if kind != "item" else []
            if events:
                year, y_start, y_end = doc_year
                years.append(F.Fact(year, y_start, y_end, 0.55, rule="founded-document-date"))
                break
    founded_fact = min(years, key=lambda f: (f.value, -f.confidence)) if years else None
    founded_year = put("founded_year", founded_fact)

    site_facts = list(draft.website_hints)
    for text, offset, kind in owned:
        if kind in {"section", "document"}:
            site_facts.extend(F.websites(text, offset))
    sites: list[str] = []
    site_evidence: list[Evidence] = []
    for fact in site_facts:
        url = str(fact.value)
        if url in sites:
            continue
        if fact.rule != "item-url" and not _own_site(draft, url):
            # Outside the cluster's own list item, an address must look like the cluster's:
            # a regional office's footer repeats, sits in a contact block, or names others.
            repeated = url_counts.get(url.lower().rstrip("/"), 0) > 1
            in_section = any(
                s.kind == "section" and s.start <= fact.start < s.end for s in draft.scopes
            )
            line = dt.line_at(fact.start).text
            labelled = bool(re.search(r"(?i)strona|www\s*:|internet|witryna", line))
            if (
                repeated
                or _in_contact_block(dt, fact.start)
                or not in_section
                or not labelled
                or PUBLIC_DOMAIN.search(url)
            ):
                continue
        sites.append(url)
        site_evidence.append(dt.evidence(fact.start, fact.end))
    if sites:
        evidence["websites"] = site_evidence
        confidence["websites"] = 0.85

    goals: list[str] = []
    goal_evidence: list[Evidence] = []
    scope_spans = [(s.start, s.end) for s in draft.scopes if s.kind in {"section", "document"}]
    for block in goal_blocks:
        if any(start <= block.start < end for start, end in scope_spans):
            for g_start, g_end, text in block.goals:
                goal = clean_goal(text)
                if goal and goal not in goals:
                    goals.append(goal)
                    goal_evidence.append(dt.evidence(g_start, g_end))
    if goals:
        evidence["goals"] = goal_evidence
        confidence["goals"] = 0.8

    return Mention(
        doc=dt.doc.name,
        doc_id=dt.doc.id,
        name=draft.name,
        aliases=draft.aliases,
        member_count=member_count,
        member_count_approx=bool(count_fact.approx) if count_fact else False,
        town=town,
        town_teryt=town_info.teryt if town and town_info else None,
        voivodeship=voivodeship,
        voivodeship_teryt=None,
        country=country,
        goals=goals,
        coordinator=coordinator,
        legal_form=legal_form,
        founded_year=founded_year,
        websites=sites,
        evidence=evidence,
        confidence=confidence,
        named=draft.source != "unnamed",
        doc_year=doc_year[0] if doc_year else None,
    )


def _town(
    dt: DocText, draft: Draft, scopes: list[tuple[str, int, str]], coordinator: F.Fact | None
) -> F.Fact | None:
    """The cluster's seat: written next to it in a list or table, stated as its seat, the
    seat of its coordinator, or where it was founded. A meeting's venue is never used."""
    if draft.town_hints:
        return _best(draft.town_hints)
    for pattern, confidence, rule in ((F.SEAT_LABEL, 0.9, "seat-label"), (F.SEAT, 0.85, "seat")):
        for text, offset, _ in scopes:
            for m in pattern.finditer(text):
                if _is_place(m.group("place")):
                    return F.Fact(
                        m.group("place"),
                        offset + m.start("place"),
                        offset + m.end("place"),
                        confidence,
                        rule=rule,
                    )
    if coordinator is not None:
        own = re.search(r"\sw\s+([" + UP + r"][\w\-]+)$", str(coordinator.value))
        if own and _is_place(own.group(1)):
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
    seats = []
    for text, offset, _ in scopes:
        for m in F.GENERIC_SEAT.finditer(text):
            if _is_place(m.group("place")):
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
        if m and _is_place(m.group("place")):
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
            m = re.compile(r".{0,40}?" + F.SEAT_OF_ORGANISATION.pattern, re.S).match(dt.text, end)
        if m and _is_place(m.group("place")):
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
    for start, end, label, text in entities:
        if label != "orgName" or not any(a <= start < b for a, b in spans):
            continue
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


def _own_site(draft: Draft, url: str) -> bool:
    """An address whose domain echoes the cluster's name ("klaster-metal.pl" for "Klaster
    Obróbki Metali") or says it is a cluster's."""
    import unicodedata

    def plain(text: str) -> str:
        text = unicodedata.normalize("NFKD", text.lower().replace("ł", "l"))
        return "".join(c for c in text if c.isalnum() or c.isspace())

    domain = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower()).split("/")[0]
    domain = plain(domain.replace("-", " ").replace(".", " "))
    if draft.source == "unnamed":
        return False
    names = " ".join([draft.name, *draft.aliases])
    words = {
        w[:5]
        for w in plain(names).split()
        if len(w) >= 4
        and w not in GENERIC_NAME_WORDS
        and not _safe(lambda w=w: geo.voivodeship_of_phrase(w.title()))
    }
    return any(w in domain.replace(" ", "") for w in words) or bool(
        re.search(r"klast|cluster", domain)
    )


def _in_contact_block(dt: DocText, offset: int) -> bool:
    before = dt.text[max(0, offset - 250) : offset]
    return bool(re.search(r"\b(?:Kontakt|Adres|tel\.|e-mail)\b", before, re.IGNORECASE))


__all__ = ["extract_document", "strip_quotes"]
