"""Candidate clusters from layout (cluster lists, tables, sections, headings), from the
name grammar in running text, from quoted names next to "klaster", and from NER."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import pairwise
from typing import Any

from pipeline.extract import facts as F
from pipeline.extract import geo
from pipeline.extract.cards import (
    EMPTY_VALUE,
    LABEL_LINE,
    RULE_LINE,
    Card,
    CardField,
    find_cards,
    inline_fields,
    is_label_line,
    labelled_fields,
    postal_town,
    present,
    starts_card,
    town_of_address,
)
from pipeline.extract.delimited import Record, find_records
from pipeline.extract.drafts import (
    UP,
    Draft,
    Scope,
    is_place,
    locate,
    safe,
)
from pipeline.extract.layout import (
    CLUSTER_WORD,
    FORMER_NAME_LINE,
    PARAGRAPH_GOAL_INTRO,
    FixedWidthTable,
    Item,
    ItemList,
    Section,
    TableRow,
    find_cluster_tables,
    find_sections,
    heading_item,
    is_cluster_list,
    split_goal_sentence,
    town_cells,
)
from pipeline.extract.names import (
    ORGANISATION,
    URL,
    NameHit,
    ParsedItem,
    find_names,
    foreign_names,
    is_name_like,
    join_compound_words,
    name_key,
    parse_item,
    url_value,
)
from pipeline.extract.numbers import parse_number
from pipeline.extract.text import DocText, Line
from pipeline.extract.transposed import find_transposed_tables
from pipeline.morph import analyse, lemma_of_adjective, pos_tags, to_nominative

# Singular forms only: "klastrami ICT" are ICT clusters, not a cluster named "ICT".
GENERIC_CLUSTER_BEFORE = re.compile(
    r"\b(?:klaster|klastra|klastrze|klastrem|klastrowi|inicjatyw(?:a|y|ie|ą)\s+klastrow\w*|"
    r"powiązani\w*\s+kooperacyjn\w*)"
    # on the same line: "Opis klastra" over "Porozumienie podpisało …" is a heading
    r"(?:\s+(?:pod\s+nazwą|o\s+nazwie|zwan\w*))?[ \t]*\Z"
)


# A word cut at a table cell's edge: a hyphen, then the next column or the line's end.
CUT_AT_CELL_EDGE = re.compile(r"-(?: {2,}|[ \t]*\n)")


SINGLE_LETTER_NAME = re.compile(r"(?:Klaster|Cluster|KLASTER|CLUSTER)\s+[A-Z]|[A-Z]\s+[Cc]luster")


def _english_gloss(text: str, hit: NameHit, hits: list[NameHit]) -> bool:
    """Whether an English name stands in the bracket right after another cluster's name,
    wrapped or not: "Klaster Wikliny (Nowy Tomyśl Wicker and\nBasketry Cluster)" glosses
    the Polish name, it names no other cluster."""
    if "luster" not in hit.name:
        return False
    opening = text.rfind("(", max(0, hit.start - 120), hit.start)
    if opening < 0 or ")" in text[opening : hit.start]:
        return False
    if not text[hit.end : hit.end + 3].lstrip().startswith(")"):
        return False
    return any(0 <= opening - other.end <= 2 for other in hits if other is not hit)


def _cut_at_cell_edge(text: str, hit: NameHit) -> bool:
    """Whether a name was cut where a table cell wraps ("Klaster Rolno-Przemysło-" over
    "wy”" in the next line) and the document writes it whole elsewhere: the whole name
    stands for the cluster there, and the cut one would be a second, wrong name."""
    end = hit.end - 1 if text[hit.end - 1 : hit.end] == "-" else hit.end
    if not CUT_AT_CELL_EDGE.match(text, end):
        return False
    cut = re.escape(text[hit.start : end]).replace(r"\ ", r"\s+")
    return re.compile(cut + r"[^\W\d_]").search(text, end) is not None


def _named_in_sentence(section: Section) -> Section:
    """A section whose title line opens with a sentence ("Ad 5." / "Pan X przedstawił
    działalność Klastra Y. …"): the cluster that sentence names is the title, or none when
    it names no single one (a region's figures open the section)."""
    first = F.SENTENCE_END.split(section.title, maxsplit=1)[0]
    verb = any(pos_tags(w) & {"fin", "praet"} for w in re.findall(r"[^\W\d_]+", first))
    if not (first.endswith(".") and verb):
        return section
    hits = [h for h in find_names(first, 0, is_place=is_place) if is_name_like(h.name)]
    return replace(section, title=hits[0].name if len(hits) == 1 else "")


def candidates(dt: DocText, lists: list[ItemList], spaced: list[FixedWidthTable]) -> list[Draft]:
    """Every cluster the document's layout and text name; `spaced`: its space-aligned
    tables (`fixed_width_tables`)."""
    drafts: list[Draft] = []
    list_lines: set[int] = set()
    for item_list in lists:
        for item in item_list.items:
            list_lines.update(line.index for line in item.lines)
        if is_cluster_list(item_list):
            for item in item_list.items:
                drafts.extend(_from_item(dt, item, _item_section_end(dt, item_list, item)))
    for card in find_cards(dt):
        draft = _from_card(dt, card)
        if draft is not None:
            drafts.append(draft)
    table_drafts: set[int] = set()
    for row in find_cluster_tables(dt, spaced):
        draft = _from_table_row(dt, row)
        if draft is not None:
            drafts.append(draft)
            table_drafts.add(id(draft))
    for record in find_records(dt):
        draft = _from_record(dt, record)
        if draft is not None:
            drafts.append(draft)
    generic_sections = []
    for section in find_sections(dt, list_lines):
        section = _named_in_sentence(section)
        parsed = without_legal_prefix(parse_item(section.title, is_place=is_place))
        if NOT_A_NAME_HEADING.search(parsed.name) or CHAPTER_TITLE.match(section.title):
            generic_sections.append(section)
            continue
        if not parsed.name_like:
            continue
        start, end = locate(dt, parsed.name, section.title_start, section.title_end + 1)
        if start == section.title_start and dt.text[start:end] != parsed.name:
            start, end = section.title_start, section.title_end
        draft = Draft(parsed.name, "section", start, end, aliases=list(parsed.aliases))
        draft.title_end = section.title_end
        draft.scopes.append(Scope(section.start, section.end, "section"))
        draft.items.append(parsed)
        _item_hints(dt, draft, parsed, section.title_start, section.title_end)
        label_hints(
            dt,
            draft,
            labelled_fields(
                dt, section.title_end, _labelled_block_end(dt, section.title_end, section.end)
            ),
        )
        drafts.append(draft)
    hits = [
        h
        for h in find_names(dt.text, 0, is_place=is_place)
        if is_name_like(h.name)
        and not CHAPTER_TITLE.match(h.name)
        and not OTHER_SENSE.search(h.name)  # "Klaster HPC „Łysica”": computers
        and not ENGLISH_GENERIC.search(h.name)
        and not _in_chapter_title(dt.text, h.start)
    ]
    hits += [
        h
        for h in foreign_names(dt.text)
        if is_name_like(h.name) and not any(o.start < h.end and h.start < o.end for o in hits)
    ]
    hits.sort(key=lambda h: h.start)
    glosses = {k for k, hit in enumerate(hits) if _english_gloss(dt.text, hit, hits)}
    former = _former_names(dt.text, hits, glosses)
    by_hit: dict[int, Draft] = {}
    for k, hit in enumerate(hits):
        if k in former.values():
            continue  # an old name: an alias of the name that replaced it
        if _cut_at_cell_edge(dt.text, hit):
            continue
        if re.search(r"\S[ \t]{3,}\S|[^\W\d_]-[ \t]{2,}\S", dt.text[hit.start : hit.end]):
            continue  # runs across a space-aligned table's columns ("„Góra Świę-   IS 3. …")
        before = dt.text[max(0, hit.start - 60) : hit.start].rstrip()
        if before.endswith("(") and TRANSLATED.search(before):
            continue  # "Energiecluster Lausitz (Łużycki Klaster Energetyczny)": a translation
        if k in glosses:
            continue  # "Klaster Wikliny (Nowy Tomyśl Wicker and\nBasketry Cluster)"
        if FORMERLY_CALLED.search(dt.text[max(0, hit.start - 60) : hit.start]) and (
            _alias_of_named_last(list(by_hit.values()), hit.start, hit.name)
        ):
            continue  # "Do 2019 r. występowaliśmy pod nazwą Tczewski Klaster Mechaniczny"
        if SINGLE_LETTER_NAME.fullmatch(hit.name):
            continue  # "Cluster A: metropolitan": a label of a statistical group
        s_start, s_end = F.sentence_bounds(dt.text, hit.start, hit.end)
        draft = Draft(hit.name, "text", hit.start, hit.end)
        if k in former:
            old = hits[former[k]]
            draft.aliases.append(old.name)
            short = re.match(r"\s*\(([" + UP + r"]{2,8})\)", dt.text[old.end : old.end + 14])
            if short:  # the old name's abbreviation goes with it
                draft.aliases.append(short.group(1))
        declared = DECLARED_ALIAS.match(dt.text, hit.end)
        alias = re.sub(r"\s+", " ", declared.group(1)).strip() if declared else ""
        if alias and re.search(r"[" + UP + r"].*[" + UP + r"\d]", alias):
            draft.aliases.append(alias)  # "Klaster X (dalej: KX 4.0)"; not "(dalej: Klaster)"
        if hit.surface != hit.name and hit.head_nominative:
            draft.aliases.append(hit.surface)
        draft.scopes.append(Scope(s_start, s_end, "sentence"))
        nationality = _nationality(dt.text, hit, s_start)
        if nationality is None and k in former:  # "… (Klaster cestovného ruchu Y)"
            nationality = _nationality(dt.text, hits[former[k]], s_start)
        if nationality:  # "z norweskim klastrem spożywczym Innlandet Matklynge"
            draft.country_hints.append(nationality)
        if hit.legal_form:
            draft.legal_hints.append(
                F.Fact(hit.legal_form, hit.start, hit.end + 12, 0.85, rule="legal-suffix")
            )
        prefix = FORM_BEFORE_NAME.search(dt.text, max(0, hit.start - 20), hit.start)
        if prefix:  # "Stowarzyszenie Żyrardowski Klaster Lniarski": the form names the cluster
            form = F.canonical_legal_form(prefix.group(1))
            if form:
                draft.legal_hints.append(
                    F.Fact(form, prefix.start(1), hit.end, 0.85, rule="legal-prefix")
                )
            draft.aliases.append(
                f"{hit.name} Sp. z o.o." if hit.legal_form == "spółka z o.o." else hit.name
            )
        bracket = re.match(r"\s*\((" + F.PLACE + r")\s*[,;)]", dt.text[hit.end : hit.end + 60])
        after_abbreviation = re.match(
            r"\s*\([\w\-.]{2,12}\)\s+z\s+(" + F.PLACE + r")", dt.text[hit.end : hit.end + 70]
        )
        if (
            not hit.place_after
            and after_abbreviation
            and is_place(after_abbreviation.group("place"))
        ):
            hit.place_after = after_abbreviation.group("place")  # "Klaster X (KX) z Łodzi"
        if not hit.place_after and bracket and is_place(bracket.group("place")):
            hit.place_after = bracket.group("place")  # "Klaster X (Sanok, woj. podkarpackie)"
        if hit.place_after:
            p_start, p_end = locate(dt, hit.place_after, hit.end, hit.end + 60)
            region = safe(lambda h=hit: geo.voivodeship_named(h.place_after or ""))
            if region:  # "… z Mazowsza": a region, not a town
                draft.region_hints.append(F.Fact(region, p_start, p_end, 0.75, rule="name-region"))
            else:
                draft.town_hints.append(
                    F.Fact(hit.place_after, p_start, p_end, 0.8, rule="name-place")
                )
        else:
            _address_after(dt, draft, hit.end)
        dash = DASH_APPOSITION.match(dt.text, hit.end)
        if dash:  # "Klaster X – niespełna dwadzieścia firm z Prudnika – przyjechał …"
            draft.count_hints.extend(
                F.member_counts(dash.group(1), dash.start(1), assume_members=True)
            )
        drafts.append(draft)
        by_hit[k] = draft
    for k in sorted(glosses):  # the English gloss is the name's alias
        named = max((j for j in by_hit if j < k), default=None)
        opening = dt.text.rfind("(", 0, hits[k].start)
        if named is not None and opening >= hits[named].end:
            by_hit[named].aliases.append(" ".join(dt.text[opening + 1 : hits[k].end].split()))
    for m in re.finditer(
        r"\b(?:[Kk]last\w*|[Ii]nicjatyw\w*)(?:\s+[a-ząćęłńóśźż]\w*){0,3}\s+[„\"“]([^„”\"“\n]{2,60})[”\"“]",
        dt.text,
    ):
        inner = m.group(1).strip()
        if not is_name_like(inner) or OTHER_SENSE.search(m.group()):
            continue
        if AWARD_BEFORE.search(dt.text[max(0, m.start(1) - 31) : m.start(1) - 1]):
            continue  # "klastry zakwalifikowane do programu „Klaster Premium”": a programme
        draft = _sentence_draft(dt, inner, m.start(1), m.end(1), around=(m.start(), m.end()))
        drafts.append(draft)
    for m in QUOTED_WHOLE_NAME.finditer(dt.text):
        # "Stowarzyszenie „Klaster Szkła Artystycznego”": the whole name in quotes
        inner = m.group(1).strip()
        if AWARD_BEFORE.search(dt.text[max(0, m.start() - 30) : m.start()]):
            continue  # "laureat konkursu „Klaster Roku”": a prize, not a cluster
        if FORMERLY_CALLED.search(dt.text[max(0, m.start() - 60) : m.start()]):
            _alias_of_named_last(drafts, m.start(), inner)
            continue  # "Do 2023 r. Stowarzyszenie działało pod nazwą „X”": an old name
        if is_name_like(inner) and not OTHER_SENSE.search(inner):
            end = m.start(1) + len(inner)
            draft = _sentence_draft(dt, inner, m.start(1), end, around=(m.start(1), m.end(1)))
            s_start = draft.scopes[0].start
            form = re.search(
                # "Walne zebranie Stowarzyszenia „X”": the form in any case
                r"(?:^|[|\s])(Stowarzyszeni(?:e|a|u|em)|Fundacj[aię]|Spółdzielni(?:a|ę|ą)?)"
                r"(?:\s+(?:nosi\s+nazwę|pod\s+nazwą|o\s+nazwie))?\s*$",
                dt.text[s_start : m.start()],
            )
            legal = F.canonical_legal_form(form.group(1)) if form else None
            if form and legal:
                f_start = s_start + form.start(1)
                draft.legal_hints.append(F.Fact(legal, f_start, m.end(), 0.85, rule="quoted-legal"))
            drafts.append(draft)
    drafts.extend(_capitalised_headings(dt))
    _split_shared_sentences(drafts)
    _footnotes(dt, drafts)
    _addresses_in_cells(dt, drafts)
    for section in generic_sections:
        _section_of_its_only_cluster(drafts, section)
    _dense_entries(dt, drafts)
    _labelled_paragraphs(dt, drafts)
    _paragraph_subjects(dt, drafts)
    rows = town_cells(dt)
    for draft in drafts:
        row = next((r for r in rows if r[0] <= draft.name_start < r[1]), None)
        if row is not None and draft.source in ("text", "quoted") and is_place(row[2][2]):
            c_start, c_end, value = row[2]
            draft.town_hints.append(F.Fact(value, c_start, c_end, 0.85, rule="row-town"))
    _count_series(dt, drafts)
    drafts = _without_headlines(dt, drafts)
    drafts = _without_fixed_width_cells(spaced, drafts, table_drafts)
    return _with_transposed_tables(dt, drafts)


# "Klaster X: 2019 – 14, 2020 – 15, 2021 – 17." under "Liczba członków klastrów w latach …"
SERIES_LINE = re.compile(
    r"^(?P<name>[^:\n]{5,120}):[ \t]*(?P<series>(?:(?:19|20)\d\d[ \t]*[–—:-][ \t]*\d{1,4}"
    r"[ \t]*[,;]?[ \t]*){2,})\.?[ \t]*$"
)
SERIES_CAPTION = re.compile(r"(?i)liczb\w*\s+członków|members\s+per\s+year|number\s+of\s+members")


def _count_series(dt: DocText, drafts: list[Draft]) -> None:
    """A chart's series of member counts by year ("Klaster X: 2019 – 14, …, 2023 – 19.")
    under a caption about members: the latest year's count is the cluster's."""
    for line in dt.lines:
        m = SERIES_LINE.match(line.text)
        if not m:
            continue
        above = dt.text[dt.lines[max(0, line.index - 8)].start : line.start]
        if not SERIES_CAPTION.search(above):
            continue
        pairs = list(re.finditer(r"((?:19|20)\d\d)[ \t]*[–—:-][ \t]*(\d{1,4})", m.group("series")))
        latest = max(pairs, key=lambda p: int(p.group(1)))
        start = line.start + m.start("series") + latest.start(2)
        fact = F.Fact(int(latest.group(2)), start, start + len(latest.group(2)), 0.9, rule="series")
        for draft in drafts:
            if line.start <= draft.name_start < line.start + m.end("name"):
                draft.count_hints.append(fact)


def _caps_line(line: Line) -> bool:
    letters = [c for c in line.text if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


def _without_headlines(dt: DocText, drafts: list[Draft]) -> list[Draft]:
    """ "KARPIOWY KLASTER ROŚNIE W SIŁĘ" over a news item about Milicki Klaster Karpiowy: a
    line in capitals with no labelled facts of its own, whose first paragraph below names
    another cluster and not the line's own, is a headline about that one (capitals hide
    where a name ends)."""
    kept = []
    for draft in drafts:
        line = dt.line_at(draft.name_start)
        labelled = (
            draft.count_hints or draft.coordinator_hints or draft.town_hints or draft.year_hints
        )
        if draft.source in ("section", "text") and _caps_line(line) and not labelled:
            end = _first_paragraph_end(dt, line.index + 1)
            inside = {
                name_key(d.name)
                for d in drafts
                if d is not draft and line.end <= d.name_start < end and CLUSTER_WORD.search(d.name)
            }
            if inside and name_key(draft.name) not in inside:
                continue
        kept.append(draft)
    return kept


def _first_paragraph_end(dt: DocText, index: int) -> int:
    """Where the first paragraph from line `index` on ends (blank lines before it skipped)."""
    k = index
    while k < len(dt.lines) and dt.lines[k].blank:
        k += 1
    while k < len(dt.lines) and not dt.lines[k].blank:
        k += 1
    return dt.lines[k - 1].end if 0 < k <= len(dt.lines) else len(dt.text)


def _without_fixed_width_cells(
    spaced: list[FixedWidthTable], drafts: list[Draft], rows: set[int]
) -> list[Draft]:
    """Inside a table laid out with spaces only its rows name clusters: a list item, heading
    or name read across its lines runs from one column into the next ("Klaster Przetwórstwa
    Zbóż    Hrubieszowska Spółdziel-"), or is a header line or a wrapped cell."""
    blocks = [(t.start, t.end) for t in spaced]
    if not blocks:
        return drafts
    return [
        d
        for d in drafts
        if id(d) in rows or not any(start <= d.name_start < end for start, end in blocks)
    ]


def _with_transposed_tables(dt: DocText, drafts: list[Draft]) -> list[Draft]:
    """Clusters of tables with one column per cluster replace whatever else was read inside
    those tables (the title row seen as a name, names found in cells)."""
    tables = find_transposed_tables(dt)
    if not tables:
        return drafts
    inside = [d for d in drafts if not any(t.start <= d.name_start < t.end for t in tables)]
    for table in tables:
        for column, fields in zip(table.columns, table.fields, strict=True):
            parsed = parse_item(column.name, is_place=is_place)
            if not parsed.name or not CLUSTER_WORD.search(column.name):
                continue
            start, end = locate(dt, parsed.name, column.start, column.end + 1)
            draft = Draft(parsed.name, "item", start, end, aliases=list(parsed.aliases))
            draft.scopes.append(Scope(column.start, column.end, "item"))
            draft.items.append(parsed)
            label_hints(dt, draft, fields)
            inside.append(draft)
    return inside


def _unread_label(line: Line) -> bool:
    """A labelled line whose label no rule reads ("Zatrudnienie w firmach: ok. 2 900
    osób"): it goes on with the card's lines, it does not end them."""
    match = LABEL_LINE.match(line.text)
    return bool(match and match.group("value").strip() and not match.group("gap"))


def _labelled_block_end(dt: DocText, start: int, end: int) -> int:
    """Where the labelled lines under a heading end: at the first paragraph that does not
    open with a label (a later entry's "rok utworzenia: …" is not this cluster's)."""
    lines = dt.lines_in(start, end)
    for previous, line in pairwise(lines):
        if line.start >= start and starts_card(line):
            return line.start  # "Nazwa klastra: Klaster Y": the next entry's card
        if (
            previous.blank
            and not line.blank
            and not is_label_line(line)
            and not line.bullet
            and not FORMER_NAME_LINE.match(line.stripped)  # "dawniej: X" under the name
            and not _unread_label(line)
        ):
            return line.start
    return end


def _sentence_draft(
    dt: DocText, name: str, start: int, end: int, around: tuple[int, int] | None = None
) -> Draft:
    """A name found in running text (quoted, or an entity), the sentence it stands in (or
    the sentence around the match `around`) its scope."""
    s_start, s_end = F.sentence_bounds(dt.text, *(around or (start, end)))
    draft = Draft(name, "quoted", start, end)
    draft.scopes.append(Scope(s_start, s_end, "sentence"))
    return draft


FOOTNOTE_LINE = re.compile(r"^[ \t]*" + F.FOOTNOTE_OPENING)


def _paragraph_end(dt: DocText, line: Line) -> int:
    """Where the paragraph that `line` is in ends (its last line before a blank one); in a
    page's footnotes ("1 Klaster X …" / "2 Stowarzyszenie …") each footnote is one."""
    k = line.index
    footnotes = bool(FOOTNOTE_LINE.match(line.text))
    while k + 1 < len(dt.lines) and not dt.lines[k + 1].blank:
        if footnotes and FOOTNOTE_LINE.match(dt.lines[k + 1].text):
            break
        k += 1
    return dt.lines[k].end


ITEM_MARK = re.compile(r"^\(?(?:\d{1,2}|[a-z])[.)]\s+")


CARD_GOAL_MARK = re.compile(r"(?:^|\s)(?:[•▪◦●]|[–-](?=\s)|\(?(?:\d{1,2}|[a-z])\))\s+")


def card_goals(value: str) -> list[str]:
    """The goals a card's "Cele" value holds: parts after ";" or list marks, the items of a
    goal sentence, or the value itself; none for a dash or a pointer ("zob. opis")."""
    value = re.sub(r"\s+", " ", value).strip()
    if not value or EMPTY_VALUE.fullmatch(value) or re.match(r"(?i)(?:zob|por|patrz)\b", value):
        return []
    if ";" in value:
        parts = value.split(";")
    elif len(CARD_GOAL_MARK.findall(value)) >= 2:
        parts = CARD_GOAL_MARK.split(value)
    else:
        intro = PARAGRAPH_GOAL_INTRO.match(value)
        parts = split_goal_sentence(value[intro.end() :] if intro else value)
    goals = [ITEM_MARK.sub("", p.strip()).strip(" ,.;") for p in parts]
    return [g for g in goals if len(g.split()) >= 2]


def _goal_hints(draft: Draft, f: CardField, min_words: int) -> None:
    """The items of a goals value run together with ";" ("Cele: a; b; c")."""
    for part in f.value.split(";"):
        part = ITEM_MARK.sub("", part.strip())  # "1) rozwój …; 2) komercjalizacja …"
        if part and len(part.split()) >= min_words:
            draft.goal_hints.append(F.Fact(part, f.start, f.end, 0.8, "goal"))


def _paragraph_subjects(dt: DocText, drafts: list[Draft]) -> None:
    """ "Klaster X działa od 2012 r. … Skupia 48 firm … Klaster stawia sobie za cel: …": a
    paragraph whose first sentence names one cluster, and which names no other, is about
    it; its later sentences (their subject left unsaid) are read as the cluster's."""
    keys = [(d.name_start, name_key(d.name)) for d in drafts]
    for draft in drafts:
        if draft.source not in ("text", "quoted"):
            continue
        line = dt.line_at(draft.name_start)
        k = line.index
        while k > 0 and not dt.lines[k - 1].blank and not FOOTNOTE_LINE.match(dt.lines[k].text):
            k -= 1
        start, end = dt.lines[k].start, _paragraph_end(dt, line)
        opening = dt.text[start : draft.name_start]
        if len(opening) > 100 or re.search(r"[.!?]\s", opening):
            continue  # named later in the paragraph, not its subject
        key = name_key(draft.name)
        if any(start <= at < end and other != key for at, other in keys):
            continue
        draft.scopes.append(Scope(start, end, "section"))


def _labelled_paragraphs(dt: DocText, drafts: list[Draft]) -> None:
    """ "Klaster X (dalej: Klaster) działa od 2016 r. …\nSiedziba biura Klastra: …\n
    Koordynator: …": labelled lines in the paragraph that names one cluster are its."""
    for draft in drafts:
        if draft.source not in ("text", "quoted"):
            continue
        first = dt.line_at(draft.name_start)
        start, end = first.start, _paragraph_end(dt, first)
        others = {
            name_key(d.name)
            for d in drafts
            if start <= d.name_start < end and name_key(d.name) != name_key(draft.name)
        }
        fields = labelled_fields(dt, first.end, end)
        if others or not fields:
            continue
        draft.scopes.append(Scope(start, end, "section"))
        label_hints(dt, draft, fields)


def _dense_entries(dt: DocText, drafts: list[Draft]) -> None:
    """A paragraph that opens with a cluster's name and runs labelled values together
    ("X — Kraków, ul. …, 30-054 Kraków; forma prawna: fundacja; koordynator: …; cele: …")
    is that cluster's entry: its section, its labelled facts and the town of its address."""
    for draft in drafts:
        if draft.source not in ("text", "quoted"):
            continue
        line = dt.line_at(draft.name_start)
        if dt.text[line.start : draft.name_start].strip(" •-–—*0123456789.)"):
            continue  # the name does not open the paragraph
        if line.index > 0 and not dt.lines[line.index - 1].blank:
            continue
        end = _paragraph_end(dt, line)
        fields = inline_fields(dt, draft.name_end, end)
        if len(fields) < 2:
            continue
        draft.scopes.append(Scope(line.start, end, "section"))
        label_hints(dt, draft, [f for f in fields if f.kind != "goals"])
        for f in fields:
            if f.kind == "goals":
                _goal_hints(draft, f, min_words=1)
        for m in URL.finditer(dt.text, draft.name_end, fields[0].start):  # the entry's address
            draft.website_hints.append(
                F.Fact(url_value(m.group()), m.start(), m.end(), 0.85, rule="item-url")
            )
        if not draft.town_hints:
            postal = postal_town(dt.text[draft.name_end : min(end, draft.name_end + 160)], is_place)
            if postal:
                start = draft.name_end + postal[0]
                draft.town_hints.append(
                    F.Fact(postal[2], start, start + len(postal[2]), 0.8, rule="entry-address")
                )


def _section_of_its_only_cluster(drafts: list[Draft], section: Any) -> None:
    """A section under a heading such as "O klastrze" belongs to the one cluster it names."""
    inside = [d for d in drafts if section.start <= d.name_start < section.end]
    keys = {name_key(d.name) for d in inside if d.source in ("text", "quoted")}
    if len(keys) == 1 and all(d.source in ("text", "quoted") for d in inside):
        for draft in inside:
            draft.scopes.append(Scope(section.start, section.end, "section"))


# "2. Charakterystyka klastrów", "O klastrze / About the cluster": headings about clusters
# "CHARAKTERYSTYKA KLASTRA", "Cele i misja klastra": a chapter about the cluster
CHAPTER_WORDS = (
    r"^(?:charakterystyka|opis|historia|cele|misja|wizja|struktura|działalność|członkowie|"
    r"organizacja|zarządzanie|diagnoza|analiza|podsumowanie|wprowadzenie|informacje|dane|"
    r"profil|potencjał|oferta|strategia|plan|program|rozwój|finansowanie|partnerzy)\b"
)
CHAPTER_TITLE = re.compile(CHAPTER_WORDS, re.IGNORECASE)


def _in_chapter_title(text: str, start: int) -> bool:
    """Whether a name stands in a chapter title after its first word ("3. CELE KLASTRA NA
    ROK 2024"): the chapter is about the cluster, which it does not name."""
    line_start = text.rfind("\n", 0, start) + 1
    before = re.sub(r"^[\s\d.)]+", "", text[line_start:start]).strip()
    return bool(before) and bool(CHAPTER_TITLE.fullmatch(before))


# "Cluster briefing", "CLUSTER PROFILES": an English document's headings, no cluster's name
ENGLISH_GENERIC = re.compile(
    r"\b[Cc](?i:luster)\s+(?i:briefing|profiles?|overview|mapping|survey)\b"
)
NOT_A_NAME_HEADING = re.compile(
    r"\bklastr(?:ów|y|ach|ami|om)\b|\bclusters\b|^(?:o|w|z|do|na|about|the)\s|"
    + ENGLISH_GENERIC.pattern
    + "|"
    + CHAPTER_WORDS,
    re.IGNORECASE,
)
DECLARED_ALIAS = re.compile(
    r"\s*\((?:dalej|zwan\w*\s+dalej|w\s+skrócie|skrót)\s*:?\s*[„\"]?([^)”\"\n]{2,20}?)[”\"]?\)"
)
# An adjective of nationality right before a name, perhaps with "klaster" and a descriptor.
NATIONALITY_BEFORE = re.compile(
    r"\b(" + geo.NATIONALITY_ADJECTIVE + r")(?:\s+klast\w*(?:\s+[a-ząćęłńóśźż]+){0,2})?\s+$"
)
NATIONALITY_WORD = re.compile(r"\b(" + geo.NATIONALITY_ADJECTIVE + r")\b")


def _nationality(text: str, hit: Any, sentence_start: int) -> F.Fact | None:
    """The country of an adjective of nationality right before a name ("z niemieckim
    Energiecluster Lausitz"); for a name in another language, anywhere in its sentence
    before it ("O czeskim partnerze: … z Energetický klastr Opavsko")."""
    before = NATIONALITY_BEFORE.search(text, max(0, hit.start - 60), hit.start)
    found = [before] if before else []
    if hit.foreign and not found:
        found = list(NATIONALITY_WORD.finditer(text, sentence_start, hit.start))[::-1]
    for m in found:
        country = geo.country_of_adjective(m.group(1))
        if country:
            return F.Fact(country, m.start(), hit.end, 0.8, rule="name-nationality")
    return None


# a name in another language, whose Polish translation follows in brackets
TRANSLATED = re.compile(r"(?i)(?:klasteris|klastr|kluster|klynge|cluster)\w*\s*\($")
# "działało pod nazwą", "funkcjonował wcześniej jako": a name the cluster had, in the past
FORMERLY_CALLED = re.compile(
    r"\b(?:działa[łl]\w*|funkcjonowa[łl]\w*|występowa[łl]\w*|nosi[łl]\w*)\s+"
    r"(?:wcześniej\s+|dawniej\s+)?"
    r"(?:pod\s+nazwą|jako|nazwę)\s*[„\"]?\s*$"
)


def _alias_of_named_last(drafts: list[Draft], at: int, name: str) -> bool:
    """Give `name` (a past name: "działało pod nazwą „X”") to the cluster named last before
    `at`; whether there was one."""
    named = [d for d in drafts if d.name_start < at and d.source != "unnamed"]
    if named:
        max(named, key=lambda d: d.name_start).aliases.append(name)
    return bool(named)


AWARD_BEFORE = re.compile(
    r"(?i)(?:konkurs\w*|nagrod\w*|plebiscyt\w*|tytuł\w*|kategori\w*|wyróżnieni\w*|statuet\w*|"
    r"program\w*)\s*$"
)
QUOTED_WHOLE_NAME = re.compile(
    r"[„\"“]((?:[" + UP + r"][\w\-]*\s+){0,3}(?:Klaster|Cluster)\s+[^„”\"“\n]{2,60}?)[”\"“]"
)
# "klaster obliczeniowy „Bursztyn”", "klaster epidemiologiczny": the word in other senses
OTHER_SENSE = re.compile(
    r"(?i)obliczeniow|serwer|komputer|kubernetes|\bhpc\b|danych|epidemi|zakażeń|zachorowań|"
    r"dźwięk|spółgłosk|gwiazd|galakty|genów|atomów|skupień"
)
RENAMED_AS = re.compile(
    r"\s+(?:(?:będzie|zacznie)\s+działać?\w*\s+(?:pod\s+nazwą|jako)|"
    r"(?:działa|występuje)\s+(?:obecnie|teraz|odtąd)\s+(?:pod\s+nazwą|jako)|"
    r"nosi\s+(?:obecnie|teraz|odtąd)\s+nazwę|"
    r"zmieni\w*\s+nazwę\s+na|przemianowan\w*\s+na|przekształcon\w*\s+w)\s+$"
)
# "… i nowa nazwa: Y", "przyjmuje nazwę Y": Y renames the cluster named before it.
NEW_NAME_BEFORE = re.compile(
    r"(?:\bnow[aąeę]\s+nazw[aęy]|\b(?:przyjmuje|przyjął|przyjęło|otrzymuje|otrzymał)\s+nazwę|"
    r"\bpod\s+nową\s+nazwą|\bzmienia\s+nazwę\s+na)\s*:?\s*[„\"]?$",
    re.IGNORECASE,
)
# "Od 1 maja 2024 r. X działa pod nazwą Y": since a date, the name it has now
RENAMED_SINCE = re.compile(r"\s+(?:działa|występuje)\s+pod\s+nazwą\s+$")
SINCE_DATE = re.compile(r"(?:^|\s)[Oo]d\s+(?:\d{1,2}\s+\w+\s+)?\d{4}\s*(?:r\.|roku)?\s+$")
FORMERLY = re.compile(r"^\s*\(?\s*(?:dawniej|wcześniej|poprzednio|dawn\.|dotychczas)\s*:?\s*$")
# "Y – do 2021 r. działający pod nazwą X", "Y (w latach 2015–2019 znany jako X)"
FORMERLY_KNOWN_AS = re.compile(
    r"^\s*[–—,(]?\s*(?:do\s+(?:końca\s+)?\d{4}\s*(?:r\.|roku)?|w\s+latach\s+\d{4}\s*[–-]\s*\d{4}"
    r"(?:\s*r\.)?|dawniej|wcześniej|poprzednio|pierwotnie|początkowo)\s+"
    r"(?:działając\w*|funkcjonując\w*|występując\w*|znan\w*)\s+(?:pod\s+nazwą|jako)\s*[„\"]?\s*$"
    # "… (Eastern Wielkopolska … Cluster)\nKnown until 2020 as X"
    r"|^\s*\)?\s*[.,;]?\s*(?:[Kk]nown|[Oo]perating|[Rr]egistered|[Ff]ormerly)\s+"
    r"(?:(?:until|till|before)\s+\d{4}\s+)?(?:as\s+)?[„\"]?\s*$"
)


# "ok. 40", "ponad 50": a cell or labelled value that opens with a hedge
HEDGE_OPENING = re.compile(
    r"(?i)(?:ok\.|około|ponad|blisko|przeszło|prawie|niemal|>|"
    r"(?:around|about|over|nearly|almost|more\s+than|roughly|some)\b)\s*"
)
DASH_APPOSITION = re.compile(r"[ \t]*[–—][ \t]*([^–—.\n]{5,80}?)[ \t]*[–—]")
ADDRESS_BRACKET = re.compile(r"\s*\(([^()]{8,200})\)")


def _address_after(dt: DocText, draft: Draft, end: int) -> None:
    """An address written with the name: in a bracket right after it ("Klaster X (ul. Długa
    4, 99-100 Łęczyca; województwo łódzkie; 24 członków)"), or on the lines under a name
    that stands on a line of its own (a letter's signature, a heading), with the web
    address that follows the postal address."""
    bracket = ADDRESS_BRACKET.match(dt.text, end)
    if bracket:
        inner, offset = bracket.group(1), bracket.start(1)
        postal = postal_town(inner, is_place)
        if postal:
            place = postal[2]
            start = offset + postal[0]
            draft.town_hints.append(F.Fact(place, start, start + len(place), 0.8, "name-address"))
        for part in re.finditer(r"[^;]+", inner):
            region = re.fullmatch(r"\s*(?:województwo|woj\.)\s+([\w\-]+)\s*", part.group())
            found = safe(lambda r=region: geo.voivodeship_named(r.group(1))) if region else None
            if found:
                p_start = offset + part.start()
                draft.region_hints.append(
                    F.Fact(found, p_start, offset + part.end(), 0.8, rule="name-address")
                )
        counts = F.member_counts(inner, offset, assume_members=True)
        if counts:  # written with the name: surer than a count elsewhere in the sentence
            c = counts[0]
            draft.count_hints.append(F.Fact(c.value, c.start, c.end, 0.9, c.approx, c.rule))
        return
    line = dt.line_at(end)
    if dt.text[end : line.end].strip(" ()") and not re.fullmatch(
        r"\s*\([\w\-]{2,12}\)\s*", dt.text[end : line.end]
    ):
        return  # the name is part of a sentence
    found_town = False
    for ln in dt.lines[line.index + 1 : line.index + 5]:
        if ln.blank:
            break
        postal = postal_town(ln.text, is_place)
        if postal and not found_town:
            start = ln.start + postal[0]
            place = postal[2]
            draft.town_hints.append(F.Fact(place, start, start + len(place), 0.75, "name-address"))
            found_town = True
        if found_town:  # the address block's own web address
            for m in URL.finditer(ln.text):
                start = ln.start + m.start()
                draft.website_hints.append(
                    F.Fact(url_value(m.group()), start, ln.start + m.end(), 0.8, rule="item-url")
                )


def _addresses_in_cells(dt: DocText, drafts: list[Draft]) -> None:
    """ "| Stowarzyszenie „Klaster X”, ul. Kolejowa 4, 78-500 Drawsko Pomorskie |": the
    address written after a name in its table cell gives the cluster's town."""
    for draft in drafts:
        if draft.source not in ("text", "quoted"):
            continue
        line = dt.line_at(draft.name_start)
        if "|" not in line.text:
            continue
        bar = dt.text.find("|", draft.name_end, line.end)
        cell_end = bar if bar >= 0 else line.end
        postal = postal_town(dt.text[draft.name_end : cell_end], is_place)
        if postal:
            start = draft.name_end + postal[0]
            draft.town_hints.append(
                F.Fact(postal[2], start, start + len(postal[2]), 0.8, "name-address")
            )


def _former_names(
    text: str, hits: list[Any], glosses: set[int] | frozenset[int] = frozenset()
) -> dict[int, int]:
    """Other names of one cluster in running text, as {name's hit: other name's hit}: "X
    będzie działał jako Y", "X zmienił nazwę na Y", "Y (dawniej X)", "Y (its translation)".
    An English gloss in brackets (`glosses`) stands for the name it follows: "Y (Z).
    Known until 2020 as X" makes X a former name of Y."""
    former: dict[int, int] = {}
    for k in range(len(hits) - 1):
        between = text[hits[k].end : hits[k + 1].start]
        named = k
        while named in glosses and named > 0:
            named -= 1
        since = RENAMED_SINCE.search(between) and SINCE_DATE.search(
            text[max(0, hits[k].start - 40) : hits[k].start]
        )
        if RENAMED_AS.search(between) or NEW_NAME_BEFORE.search(between) or since:
            former[k + 1] = named
        elif FORMERLY.match(between) or FORMERLY_KNOWN_AS.match(between):
            former[named] = k + 1
        elif re.fullmatch(r"\s*\(", between) and re.match(r"\s*\)", text[hits[k + 1].end :]):
            former[k] = k + 1  # "Kauno baldų klasteris (Kowieński Klaster Meblowy)": a translation
    return former


def from_entities(dt: DocText, entities: list[tuple[int, int, str, str]]) -> list[Draft]:
    """Organisations the NER model finds right after "klaster"/"inicjatywa klastrowa"
    ("inicjatywa Dolina Mleczna"): names without a head word or quotes."""
    drafts = []
    for start, end, label, text in entities:
        if label != "orgName" or not text[:1].isupper():
            continue
        before = dt.text[max(0, start - 40) : start]
        if not GENERIC_CLUSTER_BEFORE.search(before) or not is_name_like(text):
            continue
        if OTHER_SENSE.search(before[-25:]):
            continue
        draft = _sentence_draft(dt, text, start, end)
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


# "dr inż. Halina Kręt, prezes …", "Dr. Jens Hoffmann, Clustermanager, …", "Lucie
# Horáková – menedżerka …": a person first.
PERSON_FIRST = re.compile(
    r"^\s*(?:(?:[Dd]r|[Pp]rof|hab|inż|mgr|Mr|Ms|Mrs)\.?\s+)*"
    r"(?P<first>[" + UP + r"][a-ząćęłńóśźżäöüéáíúýčďěňřšťůžėųū]+)\s+[" + UP + r"][\w\-]+"
    r"(?:\s+[" + UP + r"][\w\-]+)?(?P<sep>,|\s+[–—-]\s+(?=[a-ząćęłńóśźż„\"])|\s*\()"
)


def _person_first(text: str) -> bool:
    """Whether a list item opens with a person's name (after a title, or a first name
    Morfeusz knows) and a comma, a bracket or a dash before a quoted title: a speaker or
    contact, whose cluster is named after."""
    m = PERSON_FIRST.match(text)
    if not m or CLUSTER_WORD.search(text[: m.start("sep")]):
        return False
    if m.group("sep").strip() in "–—-" and text[m.end()].islower():
        return True  # "Halina Wróbel – pełnomocniczka burmistrza …": a role in lower case
    titled = m.start("first") > len(text) - len(text.lstrip()) + 1  # "dr inż.", "Dr."
    if titled or any("imię" in names for _, _, names in analyse(m.group("first"))):
        return True
    # "Václav Horák (Klastr sklářů Orlicka, Náchod, Czechy)": a first name from abroad,
    # before a cluster abroad with its town and country
    bracket = AFFILIATION_IN_BRACKETS.match(text) if "(" in m.group("sep") else None
    if bracket is None:
        return False
    parts = _bracket_parts(bracket.group(1))
    return bool(CLUSTER_HEAD.search(parts[0])) and _from_abroad(parts)


# The word "klaster"/"cluster" itself or ending a compound ("Holzcluster"), not opening one
# ("Clustermanager").
CLUSTER_HEAD = re.compile(r"(?:^|[\s\-])(?:[Kk]last(?:er|r\w*)|\w*[Cc]lusters?)\b")


LEGAL_PREFIX = re.compile(
    r"^(Stowarzyszenie|Fundacja|Spółdzielnia)\s+(?=(?:[" + UP + r"]\w*\s+){0,2}Klaster\b)"
)


FORM_BEFORE_NAME = re.compile(r"\b(Stowarzyszeni[ea]|Fundacj[ai]|Spółdzielni[ai])[ \t]+$")


LEGAL_SUFFIX_AT_END = re.compile(r",?\s+(?:[Ss]p\.\s*z\s*o\.\s*o\.?|S\.\s?A\.)$")


def without_legal_prefix(parsed: ParsedItem) -> ParsedItem:
    """ "Stowarzyszenie Międzyrzecki Klaster Meblarski", "Klaster X sp. z o.o.": the
    cluster's name is what is left without the legal form; the whole is an alias, the form
    its legal form."""
    suffix = LEGAL_SUFFIX_AT_END.search(parsed.name)
    if suffix and CLUSTER_HEAD.search(parsed.name[: suffix.start()]):
        form = "spółka z o.o." if "p" in suffix.group().lower() else "spółka akcyjna"
        parsed = replace(
            parsed,
            name=parsed.name[: suffix.start()],
            aliases=[parsed.name, *parsed.aliases],
            legal_form=parsed.legal_form or form,
        )
    m = LEGAL_PREFIX.match(parsed.name)
    if not m:
        return parsed
    return replace(
        parsed,
        name=parsed.name[m.end() :],
        aliases=[parsed.name, *parsed.aliases],
        legal_form=parsed.legal_form or m.group(1).lower(),
    )


def _affiliation(text: str) -> ParsedItem | None:
    """The cluster a person's list item names after the person and a role ("dr X, prezes
    zarządu Klastra Y (Police)"), its name in the nominative; None when none is named."""
    person = PERSON_FIRST.match(text)
    bracket = AFFILIATION_IN_BRACKETS.match(text)
    if person and "(" in person.group("sep") and bracket:
        return _bracketed_affiliation(bracket.group(1))
    parts = text.split(",")
    for k in range(1, len(parts)):
        rest = ",".join(parts[k:]).strip()
        rest = re.sub(r"^(?:[a-ząćęłńóśźż][\w.\-]*\s+)+", "", rest)  # the role: "prezes zarządu"
        if not CLUSTER_HEAD.search(parts[k].split("(")[0]) or not rest[:1].isupper():
            continue
        parsed = parse_item(rest, is_place=is_place)
        bracket = re.fullmatch(r"(.+?)\s*\(([^(),]+),\s*([^()]+)\)", parsed.name, re.DOTALL)
        if bracket and (
            is_place(bracket.group(2).strip())
            or safe(lambda b=bracket: geo.country_of(b.group(3).strip()))
        ):
            # "Oderland Logistik-Cluster (Frankfurt nad Odrą, Niemcy)": seat and country
            parsed = replace(
                parsed,
                name=bracket.group(1).strip(),
                town_text=bracket.group(2).strip(),
                country_text=bracket.group(3).strip(),
            )
        if parsed.name_like and len(parsed.name.split()) >= 2:
            return replace(parsed, name=to_nominative(parsed.name))
    return None


# "Joanna Nowak (Klaster X, Słupsk) – „Title”": a speaker, then the affiliation in brackets
AFFILIATION_IN_BRACKETS = re.compile(r"^[^()]*?\(([^()]{3,160})\)")


def _bracket_parts(inner: str) -> list[str]:
    return [part.strip() for part in inner.split(",")]


def _from_abroad(parts: list[str]) -> bool:
    """ "X-Cluster, Wolgast, Niemcy": a name, its town and a country."""
    return len(parts) >= 3 and bool(safe(lambda: geo.country_of(parts[-1])))


def _bracketed_affiliation(inner: str) -> ParsedItem | None:
    """The cluster in a person's brackets, "Klaster X, Słupsk" or "X-Cluster, Wolgast,
    Niemcy", with its seat and country; None when the brackets name no cluster."""
    parts = _bracket_parts(inner)
    org, rest = parts[0], parts[1:]
    if not CLUSTER_HEAD.search(org):
        return None
    parsed = parse_item(org, is_place=is_place)
    if not parsed.name_like:
        return None
    abroad = _from_abroad(parts)
    town = rest[0] if rest and (abroad or is_place(rest[0])) else parsed.town_text
    country = rest[-1] if abroad else parsed.country_text
    return replace(parsed, name=to_nominative(parsed.name), town_text=town, country_text=country)


# "Fundacja X, Cieszyn „Telemedycyna bez granic …”": an applicant, its town, a project's title
PROJECT_AFTER_APPLICANT = re.compile(r",\s+[^,„\"]{3,40}?\s+[„\"][^„”\"]{15,}")


def _plain_heading(name: str) -> bool:
    """Words of a heading, not a name: no cluster word, no quotes, one capital at most
    ("Zakres wykazu", "Uwagi"); a cluster's name without the word has two or more."""
    capitals = [w for w in re.findall(r"[\w\-]+", name) if w[:1].isupper()]
    return not CLUSTER_WORD.search(name) and not re.search(r"[„\"“«]", name) and len(capitals) <= 1


def _from_item(dt: DocText, item: Item, next_end: int) -> list[Draft]:
    parsed = without_legal_prefix(parse_item(item.text, is_place=is_place))
    if parsed.name_like and not parsed.town_text and len(item.lines) > 1:
        # "Klaster Akwakultury Mazur – Giżycko" over lines of prose: the town closes line 1
        head = item.lines[0]
        head_text = head.text[head.bullet.end() :] if head.bullet else head.text
        first = parse_item(head_text.strip(), is_place=is_place)
        if first.town_text and first.name == parsed.name:
            town = first.town_text
            aliases = [a for a in parsed.aliases if not a.startswith(town)]  # the dash's rest
            parsed = replace(parsed, town_text=town, aliases=aliases)
    if parsed.name_like and NOT_A_NAME_HEADING.search(parsed.name):
        return []  # "2. Charakterystyka klastrów": a heading about clusters
    if parsed.name_like and _plain_heading(parsed.name) and len(item.lines) == 1:
        return []  # "1. Zakres wykazu": a chapter of the document, over prose below
    if (
        parsed.name_like
        and re.match(r"(?:\S+\s+){0,2}" + ORGANISATION.pattern, parsed.name)
        and not CLUSTER_WORD.search(parsed.name)
        and not re.search(r"[„\"“«]", parsed.name)
        and PROJECT_AFTER_APPLICANT.search(item.text)
    ):
        return []  # "5. Stowarzyszenie Turystyczne Ziemi X, Kęty „Project …”": an applicant
    if parsed.name_like and _person_first(item.text):
        # "– Agnieszka Pawluk, koordynatorka Nadodrzańskiego Klastra …": the cluster is the
        # comma part after the person that reads as a name, put in the nominative
        affiliation = _affiliation(item.text)
        if affiliation is None:
            return []
        parsed = affiliation
    if parsed.name_like:
        start, end = locate(dt, parsed.name, item.start, item.end)
        draft = Draft(parsed.name, "item", start, end, aliases=list(parsed.aliases))
        draft.scopes.append(Scope(item.start, item.end, "item"))
        draft.items.append(parsed)
        _item_hints(dt, draft, parsed, item.start, item.end)
        label_hints(dt, draft, labelled_fields(dt, item.lines[0].end, item.end))
        return [draft]
    heading = heading_item(item)
    if heading is not None and NOT_A_NAME_HEADING.search(heading):
        return []
    if heading is not None:
        # A numbered heading over a paragraph: the paragraph, and the lists right after it,
        # are this cluster's section.
        title = parse_item(heading, is_place=is_place)
        first = item.lines[0]
        start, end = locate(dt, title.name, first.content_start, first.end)
        draft = Draft(title.name, "section", start, end, aliases=list(title.aliases))
        draft.title_end = first.end
        draft.scopes.append(Scope(item.start, next_end, "section"))
        draft.items.append(title)
        _item_hints(dt, draft, title, first.content_start, first.end)
        label_hints(dt, draft, labelled_fields(dt, first.end, next_end))
        return [draft]
    return _parenthesised_clusters(dt, item, parsed)


def _from_table_row(dt: DocText, row: TableRow) -> Draft | None:
    """A row of a table of clusters: each column a fact, its cell the evidence."""
    n_start, n_end, name_text = row.cells["name"]
    number = re.match(r"\s*\d{1,3}[.)]\s+", name_text)  # "Lp. Nazwa" read as one column
    if number:
        n_start, name_text = n_start + number.end(), name_text[number.end() :]
    parsed = parse_item(name_text, is_place=is_place)
    if not parsed.name:
        return None
    start, end = locate(dt, parsed.name, n_start, n_end)
    draft = Draft(parsed.name, "item", start, end, aliases=list(parsed.aliases))
    draft.scopes.append(Scope(row.start, row.end, "item"))
    draft.items.append(parsed)
    if "town" in row.cells:
        c_start, c_end, value = row.cells["town"]
        town = _office_town(value)
        if town:  # "Opoczno, ul. Inowłodzka 12": the town of an office's address
            c_start, c_end, value = c_start + town[0], c_start + town[1], town[2]
        draft.town_hints.append(F.Fact(value, c_start, c_end, 0.9, rule="table-town"))
    if "members" in row.cells:
        c_start, c_end, value = row.cells["members"]
        hedge = HEDGE_OPENING.match(value)
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
        # "Fundacja X, ul. Ozorkowska 3, 99-100 Łęczyca": the name without its address
        name = ADDRESS_TAIL.split(value)[0].strip(" ,;")
        draft.coordinator_hints.append(
            F.Fact(name, c_start, c_start + len(name), 0.9, rule="table-coordinator")
        )
        postal = postal_town(value, is_place) if "town" not in row.cells else None
        if postal:  # the coordinator's address: the only town the row gives
            draft.town_hints.append(
                F.Fact(
                    postal[2], c_start + postal[0], c_start + postal[1], 0.6,
                    rule="table-coordinator-town",
                )
            )  # fmt: skip
    if "legal" in row.cells:
        c_start, c_end, value = row.cells["legal"]
        form = F.canonical_legal_form(value)
        if form:
            draft.legal_hints.append(F.Fact(form, c_start, c_end, 0.9, rule="table-legal"))
    if "founded" in row.cells:
        c_start, c_end, value = row.cells["founded"]
        years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", value)]
        if years:
            # a cell of both form and date ("stowarzyszenie (KRS 2020 r.), wcześniej
            # porozumienie z 14.05.2015 r."): the cluster began with the earliest
            both = row.cells.get("legal") is row.cells["founded"]
            year = min(years) if both else years[0]
            draft.year_hints.append(F.Fact(year, c_start, c_end, 0.9, rule="table-year"))
    return draft


SMALL_WORDS = frozenset({"i", "w", "we", "z", "ze", "na", "dla", "do", "od", "oraz", "o", "pod"})


def _title_case(text: str) -> str:
    """ "O SĄDECKIM KLASTRZE ICT" → "O Sądeckim Klastrze ICT": short words that are no
    Polish function words stay capitals (abbreviations)."""
    words = text.split(" ")
    out = []
    for k, word in enumerate(words):
        low = word.lower()
        if k and low in SMALL_WORDS:
            out.append(low)
        elif len(word) <= 4 and k and low not in SMALL_WORDS:
            out.append(word)
        else:
            lead = len(word) - len(word.lstrip("„\"“«(‘'"))  # "„INA”" → "„Ina”"
            out.append(word[: lead + 1] + word[lead + 1 :].lower())
    return " ".join(out)


def _capitalised_headings(dt: DocText) -> list[Draft]:
    """ "O SĄDECKIM KLASTRZE PRZETWÓRSTWA OWOCÓW" in a press release: a heading in capitals
    that names one cluster (in any case) opens that cluster's section, up to the next
    heading in capitals."""
    lines = dt.lines
    caps = [
        i
        for i, line in enumerate(lines)
        if len(line.stripped) > 3 and line.stripped.isupper() and not RULE_LINE.match(line.text)
    ]
    drafts = []
    for n, i in enumerate(caps):
        line = lines[i]
        if not CLUSTER_WORD.search(line.stripped) or len(line.stripped.split()) > 10:
            continue
        titled = _title_case(line.stripped)
        hits = find_names(titled, 0, is_place=is_place)
        if len(hits) != 1 or len(titled) - (hits[0].end - hits[0].start) > 20:
            continue
        if _in_chapter_title(titled, hits[0].start):
            continue  # "3. CELE KLASTRA NA ROK 2024"
        start = line.content_start + hits[0].start
        draft = Draft(hits[0].name, "section", start, line.content_start + hits[0].end)
        draft.title_end = line.end
        end = lines[caps[n + 1]].start if n + 1 < len(caps) else len(dt.text)
        draft.scopes.append(Scope(line.start, end, "section"))
        drafts.append(draft)
    return drafts


# A footnote mark glued to a name, or to the bracket after it: "„Haff”8", "(dalej: KRWS)6,".
FOOTNOTE_MARK = re.compile(
    r"(?:\s*\([^()\n]{0,30}\))?[”\"]?(\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹]{1,2})(?=[\s,.;:)|]|$)"
)
# A mark anywhere: digits glued to a word of three lower-case letters or to a closing quote or
# bracket ("Drawsko Pomorskie2", "„PixelPort”1"; not "CO2", "m2"), or superscript digits.
ANY_FOOTNOTE_MARK = re.compile(
    r"(?:(?<=[a-ząćęłńóśźż]{3})|(?<=[”\")]))(\d{1,2})(?=[\s,.;:)|]|$)|([¹²³⁴⁵⁶⁷⁸⁹]{1,2})"
)
SUPERSCRIPT_DIGITS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
TO_SUPERSCRIPT = str.maketrans("1234567890", "¹²³⁴⁵⁶⁷⁸⁹⁰")


def _footnote_note(dt: DocText, number: int, after: int) -> tuple[int, int] | None:
    """The footnote numbered `number` after offset `after`: its line ("8 Siedziba: …",
    "² Umowa …") up to the next footnote or a blank line."""
    sup = str(number).translate(TO_SUPERSCRIPT)
    note = re.compile(
        r"^[ \t]*(?:" + str(number) + r"[ \t]+|" + sup + r"[ \t]*)(?=[" + UP + r"„\"])",
        re.MULTILINE,
    ).search(dt.text, after)
    if not note:
        return None
    nxt = str(number + 1)
    following = re.compile(
        r"^[ \t]*(?:" + nxt + r"[ \t]+\S|" + nxt.translate(TO_SUPERSCRIPT) + r"|[ \t]*$)",
        re.MULTILINE,
    ).search(dt.text, note.end())
    return note.start(), following.start() if following else len(dt.text)


def _footnotes(dt: DocText, drafts: list[Draft]) -> None:
    """A footnote on a cluster's name ("… Zalewu Szczecińskiego „Haff”8" / "8 Siedziba: Nowe
    Warpno, …; www.klaster-haff.pl.") is about that cluster: the footnote, up to the next one
    or a blank line, is read as its section. So is a footnote marked elsewhere in a sentence
    or table cell that names one cluster only ("… 78-500 Drawsko Pomorskie2 |", "w marcu
    2015 r.² Fundacja pełni funkcję koordynatora Klastra X")."""
    named = [d for d in drafts if d.source in ("text", "quoted", "item")]
    marked: set[int] = set()
    for draft in named:
        mark = FOOTNOTE_MARK.match(dt.text, draft.name_end)
        if not mark:
            continue
        number = int(mark.group(1).translate(SUPERSCRIPT_DIGITS))
        note = _footnote_note(dt, number, mark.end())
        if note:
            draft.scopes.append(Scope(*note, "section"))
            marked.add(mark.start(1))
    for mark in ANY_FOOTNOTE_MARK.finditer(dt.text):
        if mark.start() in marked or dt.line_at(mark.start()).start == mark.start():
            continue
        number = int((mark.group(1) or mark.group(2)).translate(SUPERSCRIPT_DIGITS))
        note = _footnote_note(dt, number, mark.end())
        if note is None:
            continue
        line = dt.line_at(mark.start())
        if "|" in line.text:  # a table cell: from the rule before the mark to the one after
            start = dt.text.rfind("|", line.start, mark.start()) + 1 or line.start
            bar = dt.text.find("|", mark.end(), line.end)
            end = bar if bar >= 0 else line.end
        else:
            start, end = F.sentence_bounds(dt.text, mark.start(), mark.end())
        inside = {name_key(d.name): d for d in named if start <= d.name_start < end}
        if len(inside) == 1:
            next(iter(inside.values())).scopes.append(Scope(*note, "section"))


def _split_shared_sentences(drafts: list[Draft]) -> None:
    """ "Klaster A działa od 2016 r., a Klaster B od 2021 r.": a sentence that names two
    clusters is read clause by clause, each name's facts taken from its name (the first
    one's from the sentence start) up to the next other cluster's name."""
    by_sentence: dict[tuple[int, int], list[Draft]] = {}
    for draft in drafts:
        if draft.source == "text":
            for scope in draft.scopes:
                if scope.kind == "sentence":
                    by_sentence.setdefault((scope.start, scope.end), []).append(draft)
    for (start, end), group in by_sentence.items():
        if len({name_key(d.name) for d in group}) < 2:
            continue
        group.sort(key=lambda d: d.name_start)
        for k, draft in enumerate(group):
            key = name_key(draft.name)
            first = all(name_key(d.name) == key for d in group[:k])
            nxt = next((d.name_start for d in group[k + 1 :] if name_key(d.name) != key), end)
            clause = Scope(start if first else draft.name_start, nxt, "sentence")
            draft.scopes = [
                clause if (s.kind, s.start, s.end) == ("sentence", start, end) else s
                for s in draft.scopes
            ]


def _from_record(dt: DocText, record: Record) -> Draft | None:
    """A record of a pasted export ("P-014;"Kociewski Klaster Drzewny";"KKD";…"): its
    column names say what each cell is; a record whose name is no cluster's is skipped."""
    name = next((f for f in record.fields if f.kind == "name"), None)
    if name is None or not CLUSTER_WORD.search(name.value):
        return None
    parsed = parse_item(name.value, is_place=is_place)
    if not parsed.name:
        return None
    start, end = locate(dt, parsed.name, name.start, name.end + 1)
    draft = Draft(parsed.name, "item", start, end, aliases=list(parsed.aliases))
    draft.scopes.append(Scope(record.start, record.end, "item"))
    draft.items.append(parsed)
    for f in record.fields:
        if f.kind == "alias" and f.value not in draft.aliases:
            draft.aliases.append(f.value)
        elif f.kind == "goals":  # "a|b|c": one goal per part
            for part in re.split(r"\s*[|;]\s*", f.value):
                if len(part.split()) >= 2:
                    draft.goal_hints.append(F.Fact(part, f.start, f.end, 0.8, "goal"))
    label_hints(dt, draft, [f for f in record.fields if f.kind not in ("alias", "goals")])
    return draft


def _from_card(dt: DocText, card: Card) -> Draft | None:
    """A cluster's card: its labels say what each value is; the card is its section."""
    parsed = without_legal_prefix(parse_item(card.name.value, is_place=is_place))
    clusterish = CLUSTER_WORD.search(card.name.value) or (card.cluster_label and parsed.name_like)
    if not parsed.name or not clusterish:
        return None  # "Nazwa: Izba Rzemieślnicza": a card, but not a cluster's
    start, end = locate(dt, parsed.name, card.name.start, card.name.end + 1)
    draft = Draft(parsed.name, "item", start, end, aliases=list(parsed.aliases))
    draft.scopes.append(Scope(card.start, card.end, "section"))
    draft.items.append(parsed)
    _item_hints(dt, draft, parsed, card.name.start, card.name.end)
    label_hints(dt, draft, card.fields)
    return draft


# A web address written without "www." or "http", trusted only where a label says it is one.
BARE_DOMAIN = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.[a-z]{2,6}(?:/\S*)?")


NO_COORDINATOR = re.compile(
    r"\bbrak\b|\bnie\s+(?:ma|posiada|wyznacz\w*|dotyczy)\b|\bsamodzielnie\b", re.IGNORECASE
)
ADDRESS_PART = re.compile(r"(?:^|,\s*)(?:ul|al|pl|os)\.\s|\b\d{2}-\d{3}\b")


def _office_town(value: str) -> tuple[int, int, str] | None:
    """The town of a table cell that also holds an address: "Łowicz, Stary Rynek 9" (the
    town first), "ul. Długa 5, 26-300 Opoczno" (after the postal code)."""
    first = re.match(r"\s*([^,;(]+?)\s*,", value)
    if first and is_place(first.group(1)):
        return first.start(1), first.end(1), first.group(1)
    return town_of_address(value, is_place) if ADDRESS_PART.search(value) else None


# ", ul. Długa 5", ", 26-300 Opoczno", ", Rynek 12, …": where an organisation's address begins
ADDRESS_TAIL = re.compile(
    r"[,;]\s+(?=(?:ul|al|pl|os)\.|\d|[^,;\d]{2,40}\s\d+[a-zA-Z]?(?:/\d+[a-zA-Z]?)?\s*(?:[,;]|$))"
)


def label_hints(dt: DocText, draft: Draft, fields: list[CardField]) -> None:
    """Facts from labelled values: the label says what each value is."""
    for f in fields:
        if not present(f.value):
            continue
        if f.kind == "members":
            fact = _card_count(f)
            if fact is not None:
                draft.count_hints.append(fact)
        elif f.kind == "coordinator":
            if NO_COORDINATOR.search(f.value):
                continue  # "klastrem zarządza zarząd stowarzyszenia (brak koordynatora)"
            value = ADDRESS_TAIL.split(re.split(r"\s+\(", f.value)[0])[0].strip(" ,;")
            draft.coordinator_hints.append(
                F.Fact(
                    join_compound_words(value),
                    f.start,
                    f.start + len(value),
                    0.95,
                    rule="card-coordinator",
                )
            )
        elif f.kind == "alias":
            alias = f.value.strip(" ,;.")
            if alias and alias not in draft.aliases and len(alias) <= 80:
                draft.aliases.append(alias)  # "Nazwa skrócona / akronim | KŚS"
        elif f.kind == "town":
            town = town_of_address(f.value, is_place)
            if town and is_place(town[2]):
                draft.town_hints.append(
                    F.Fact(town[2], f.start + town[0], f.start + town[1], 0.9, rule="card-town")
                )
        elif f.kind == "website":
            for m in URL.finditer(dt.text, f.start, f.end + 1):
                draft.website_hints.append(
                    F.Fact(url_value(m.group()), m.start(), m.end(), 0.9, rule="item-url")
                )
            bare = BARE_DOMAIN.fullmatch(f.value)
            if bare and not URL.search(f.value):  # "Strona: zatokapucka.pl"
                draft.website_hints.append(
                    F.Fact(f.value, f.start, f.start + len(f.value), 0.9, rule="item-url")
                )
        elif f.kind == "founded":
            year = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", f.value)
            if year:
                draft.year_hints.append(
                    F.Fact(
                        int(year.group()),
                        f.start + year.start(),
                        f.start + year.end(),
                        0.9,
                        rule="card-year",
                    )
                )
        elif f.kind == "legal":
            form = F.canonical_legal_form(f.value)
            if form:
                draft.legal_hints.append(F.Fact(form, f.start, f.end, 0.9, rule="card-legal"))
            dated = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", f.value)
            # "Forma: porozumienie … z 12 października 2018 r.", "Forma prawna i rok: …":
            # the agreement, or the year the label asks for, founded it
            if dated and (form == "porozumienie" or re.search(r"(?i)\brok\b", f.label)):
                year_start = f.start + dated.start()
                draft.year_hints.append(
                    F.Fact(int(dated.group()), year_start, year_start + 4, 0.7, rule="card-year")
                )
        elif f.kind == "goals":
            for goal in card_goals(f.value):  # "Cele: a; b", "• a • b", "Celem klastra jest …"
                draft.goal_hints.append(F.Fact(goal, f.start, f.end, 0.8, "goal"))
        elif f.kind == "voivodeship":
            region = safe(lambda v=f.value: geo.voivodeship_named(v))
            if region:
                draft.region_hints.append(F.Fact(region, f.start, f.end, 0.9, rule="card-region"))


TOTAL_LABEL = re.compile(r"(?i)\s*(?:ogółem|razem|łącznie|suma)\s*:\s*")
PARTS_ONLY = re.compile(r"(?i)[\s;,]*w\s+tym\b")
FORM_PART = re.compile(r":\s*((?:ok\.|około)\s*)?(\d{1,4})\b")


def _card_count(f: CardField) -> F.Fact | None:
    """ "34 (w tym 29 firm …)", "ponad 50", "17 firm i 2 instytuty" (a sum): the count the
    value opens with; a count later in the value only when it opens with none."""
    total = TOTAL_LABEL.match(f.value)
    if total:  # a form's "ogółem: 26; w tym: przedsiębiorstwa: 21 · …"
        rest = f.value[total.end() :]
        if rest.strip() and not PARTS_ONLY.match(rest):
            return _card_count(replace(f, start=f.start + total.end(), value=rest))
        # "ogółem:; w tym: przedsiębiorstwa: 14 · gminy: 2 · inne: –": the total left
        # blank, the parts filled in: their sum
        parts = list(FORM_PART.finditer(rest))
        if not parts:
            return None
        start, end = (
            f.start + total.end() + parts[0].start(),
            f.start + total.end() + parts[-1].end(),
        )
        approx = any(p.group(1) for p in parts)
        return F.Fact(sum(int(p.group(2)) for p in parts), start, end, 0.9, approx, "card-members")
    hedge = HEDGE_OPENING.match(f.value)
    skip = hedge.end() if hedge else 0
    plus = re.match(r"\s*(\d{1,4}(?:\s*\+\s*\d{1,4})+)", f.value[skip:])
    if plus:  # "2 + 64 (założyciele + członkowie przystępujący)"
        total = sum(int(n) for n in re.findall(r"\d+", plus.group(1)))
        return F.Fact(
            total, f.start, f.start + skip + plus.end(), 0.95, bool(hedge), "card-members"
        )
    head = re.split(r"\(|\bw tym\b|;", f.value)[0]
    parts = [p for p in re.split(r",\s*|\s+i\s+|\s+oraz\s+", head[skip:]) if p.strip()]
    numbers = [re.match(r"\s*(\d{1,4})\s+[^\W\d]", p) for p in parts]
    if len(parts) >= 2 and all(numbers):
        # "22 gospodarstwa sadownicze i 6 przetwórni": a count in parts, whatever the nouns
        total = sum(int(n.group(1)) for n in numbers if n)
        return F.Fact(total, f.start, f.start + len(head), 0.95, bool(hedge), "card-members")
    counts = F.member_counts(f.value, f.start, assume_members=True)
    opening = [c for c in counts if c.start == f.start + skip]
    if opening:
        c = opening[0]
        return F.Fact(c.value, c.start, c.end, 0.95, c.approx or bool(hedge), "card-members")
    leading = re.match(r"\d{1,3}(?:[ \u00a0]\d{3})+(?!\d)|\d+", f.value[skip:])
    number = parse_number(leading.group()) if leading else None
    if leading and number is not None:
        end = f.start + skip + leading.end()
        return F.Fact(number, f.start, end, 0.95, bool(hedge), "card-members")
    if counts:
        c = counts[0]
        return F.Fact(c.value, c.start, c.end, 0.9, c.approx, "card-members")
    return None


def _parenthesised_clusters(dt: DocText, item: Item, parsed: ParsedItem) -> list[Draft]:
    """ "Niemcy: … (Photonik, Saksonia, ok. 40 firm)": a named cluster inside brackets."""
    drafts = []
    text = dt.text[item.start : item.end]
    for m in re.finditer(
        r"\(([" + UP + r"][\w\-]*(?:\s+[" + UP + r"][\w\-]*){0,4})\s*[-–,]\s*([^()]{3,120})\)", text
    ):
        name, rest = m.group(1), m.group(2)
        counts = F.member_counts(rest, item.start + m.start(2), assume_members=True)
        if not counts or is_place(name):
            continue
        start = item.start + m.start(1)
        draft = Draft(name, "item", start, start + len(name))
        draft.scopes.append(Scope(item.start + m.start(), item.start + m.end(), "item"))
        draft.count_hints.extend(counts)
        country, c_start, c_end = None, item.start, item.end
        if parsed.country_text:
            country = safe(lambda: geo.country_of(parsed.country_text or ""))
            c_start, c_end = locate(dt, parsed.country_text, item.start, item.end)
        if not country:
            # "(Photonik, Saksonia, …)": a region of the country inside the bracket
            from pipeline import places

            found = safe(lambda r=rest: places.find_countries(r)) or []
            if found:
                country = found[0][2]
                c_start = item.start + m.start(2) + found[0][0]
                c_end = item.start + m.start(2) + found[0][1]
        if country:
            draft.country_hints.append(F.Fact(country, c_start, c_end, 0.8, rule="item-country"))
        drafts.append(draft)
    return drafts


def _item_hints(dt: DocText, draft: Draft, parsed: ParsedItem, start: int, end: int) -> None:
    if parsed.town_text:
        t_start, t_end = locate(dt, parsed.town_text, start, end + 1)
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
        o_start, o_end = locate(dt, organisation, start, end + 1)
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
        region = safe(lambda: geo.voivodeship_named(parsed.region_text or ""))
        if region:
            r_start, r_end = locate(dt, parsed.region_text, start, end + 1)
            draft.region_hints.append(F.Fact(region, r_start, r_end, 0.85, rule="item-region"))
    if parsed.country_text:
        code = safe(lambda: geo.country_of(parsed.country_text or ""))
        if code:
            c_start, c_end = locate(dt, parsed.country_text, start, end + 1)
            draft.country_hints.append(F.Fact(code, c_start, c_end, 0.8, rule="item-country"))


def unnamed_subject(dt: DocText) -> Draft | None:
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
