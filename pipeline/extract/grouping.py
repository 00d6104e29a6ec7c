"""One draft per cluster, and the text that belongs to it: drafts with a shared name, alias
or abbreviation merge; abbreviations, inflected names and back-references bring their
sentences to the cluster they name."""

from __future__ import annotations

import re

from pipeline.extract import facts as F
from pipeline.extract.drafts import (
    SOURCE_PRIORITY,
    UP,
    Draft,
    Scope,
)
from pipeline.extract.names import (
    abbreviation_of,
    abbreviations_of,
    name_key,
)
from pipeline.extract.text import CELL_GAP, PARAGRAPH_BREAK, DocText, Line


def merge(drafts: list[Draft], text: str = "") -> list[Draft]:
    """One draft per cluster: drafts sharing a name key are merged, the best source wins;
    a name found in running text inside a list item or a heading is that item's name, and
    so is one read on past the line that holds the name (`text`: the document's text)."""
    parent = list(range(len(drafts)))
    anchors = [
        (i, d.name_start, max([s.end for s in d.scopes if s.kind == "item"] + [d.title_end]))
        for i, d in enumerate(drafts)
        if d.source in {"item", "section"}
    ]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    at = {d.name_start: i for i, d in enumerate(drafts) if d.source not in {"text", "quoted"}}
    for i, draft in enumerate(drafts):
        if draft.source in {"text", "quoted"}:
            same = at.get(draft.name_start)
            written = text[draft.name_start : draft.name_end] or draft.name
            if same is not None and _read_on(written, drafts[same].name):
                # "Nazwa: Klaster X\nRok powstania: …" read on as "Klaster X Rok": the card's
                # name, read past its line
                name = drafts[same].name
                draft.aliases = [a for a in draft.aliases if not a.startswith(name)]
                draft.name = name
                parent[find(i)] = find(same)
                continue
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
            _absorb(best, other)
        best.aliases = _dedupe_aliases(best.name, best.aliases)
        merged.append(best)
    return merged


def _read_on(name: str, shorter: str) -> bool:
    """Whether `name` is `shorter` read on past the end of its line."""
    rest = name[len(shorter) :]
    return name.startswith(shorter) and rest[:1].isspace() and "\n" in rest


def _absorb(best: Draft, other: Draft) -> None:
    """`other` is another name of the cluster `best` is about: take its names and facts."""
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
        min(best.name_start, other.name_start) if best.source == other.source else best.name_start
    )


# "Ostsee-Holzboot-Cluster (czyli Bałtyckiego Klastra Łodzi Drewnianych)": a gloss;
# "Klaster X (do 30 czerwca 2023 r. działający pod nazwą Y)", "X (dawniej: Y)": a former name
GLOSS_BEFORE = re.compile(
    r"\s*(?:(?:\(|,)\s*czyli\s+(?:[" + UP + r"][\w\-]*\s+){0,3}"
    r"|\((?:[^()]{0,60}?\s)?(?:działając\w*|funkcjonując\w*|znan\w*|występując\w*)\s+"
    r"(?:wcześniej\s+|dawniej\s+)?pod\s+nazwą\s+"
    r"|\(\s*(?:dawniej|wcześniej|poprzednio)\s*:?\s+)$"
)


def _names_at_end(text: str, name: str) -> bool:
    """Whether `text` ends with `name`, in any case ("… manažer Klastru sklářů Orlicka")."""
    if text.endswith(name):
        return True
    pattern = _inflected_pattern(name)
    return pattern is not None and re.search(pattern.pattern + r"$", text) is not None


def merge_glosses(dt: DocText, drafts: list[Draft]) -> list[Draft]:
    """A name that glosses the name just before it ("X (czyli Y)", "X, czyli Y") or is its
    former name ("X (dawniej Y)", "X (do 2023 r. działający pod nazwą Y)") is the same
    cluster's: it becomes an alias of the first, with its facts."""
    kept = list(drafts)
    for draft in drafts:
        if draft.source not in {"text", "quoted"}:
            continue
        before = dt.text[max(0, draft.name_start - 200) : draft.name_start]
        gloss = GLOSS_BEFORE.search(before)
        if not gloss:
            continue
        head = before[: gloss.start()].rstrip()
        glossed = [
            other
            for other in kept
            if other is not draft
            and any(_names_at_end(head, n) for n in [other.name, *other.aliases] if len(n) > 3)
        ]
        if len(glossed) == 1:
            _absorb(glossed[0], draft)
            glossed[0].aliases = _dedupe_aliases(glossed[0].name, glossed[0].aliases)
            kept.remove(draft)
    return kept


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


def attach_abbreviations(dt: DocText, drafts: list[Draft]) -> None:
    """ "(PKM)" after a name, or "PKM" used alone: an alias, and its sentences are in scope."""
    initials = [
        (
            {name_key(a) for a in d.aliases}
            # "KTP 4.0": the abbreviation is its first word
            | {name_key(a.split()[0]) for a in d.aliases if a.split() and a.split()[0].isupper()},
            abbreviations_of(d.name),
        )
        for d in drafts
    ]
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
        others = [
            d.name_start
            for d in drafts
            if d is not draft and s_start <= d.name_start < s_end and d.name_start > m.start()
        ]
        # "… (dalej: GKS)3, młodsza – Klaster …": the clause up to the next cluster's name
        draft.scopes.append(Scope(s_start, min(others, default=s_end), "sentence"))


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


def attach_inflected(dt: DocText, drafts: list[Draft]) -> None:
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
    # "23 inicjatywy klastrowe": a count of clusters, no reference back to one
    # "jest siecią, a nie klastrem", "nie jest klastrem": a denial, no reference
    r"(?<![„\"\w])(?<!\bnie\s)(?<!\bnie\sjest\s)"
    r"(?:[Kk]laster|[Kk]lastra|[Kk]lastrze|[Kk]lastrem|(?<!\d\s)[Ii]nicjatyw[aęy]|"
    # "przekształcił się w stowarzyszenie", "działa jako stowarzyszenie": a form, no reference
    r"(?<!\bw\s)(?<!jako\s)[Ss]towarzyszenie)(?!\s+[" + UP + r"„\"])\b|"
    r"(?:^|(?<=[.!?]\s))(?:Koordynator|Siedziba|Biuro|Forma prawna)\s*:|"
    r"(?:^|(?<=[.!?]\s))(?:Jego|Jej|Dziś|Obecnie|Zrzesza|Skupia|Liczy|Obejmuje|Działa|"
    r"Powstał\w*|Powołan\w*|Zawiązan\w*|W\s+(?:jego|jej)\s+skład|Za\s+cel\w*\s+\w+\s+on)\b|"
    # "Założyło go …", "Ma on siedzibę …": a verb and a pronoun open the sentence
    r"(?:^|(?<=[.!?]\s))[" + UP + r"][a-ząćęłńóśźż]+\s+(?:go|on)\b|"
    # "Od początku koordynuje go Fundacja …": who runs it, the cluster as a pronoun
    r"\b(?:koordynuj[eą]|prowadz[ią]|zarządza(?:ją)?)\s+(?:go|nim)\b",
    re.MULTILINE,
)


def _abroad(draft: Draft) -> bool:
    """A cluster the text places abroad by nationality ("z norweskim klastrem X")."""
    return any(h.rule == "name-nationality" and h.value != "PL" for h in draft.country_hints)


RUNNING = frozenset({"text", "quoted", "section"})  # drafts named in running text


def _running_text(dt: DocText, start: int) -> bool:
    """Whether a sentence starting here is prose: not a table row (cells split by bars or
    by runs of spaces), not a list item."""
    line = dt.line_at(start)
    if " | " in line.text or CELL_GAP.search(line.text):
        return False
    return not (line.bullet and start <= line.start + line.bullet.end())


def _named_in_prose(dt: DocText, draft: Draft, drafts: list[Draft]) -> list[int]:
    """Where a cluster is named in running text: its first name and the sentences that name
    it again (a cluster merged from a table on page 1 is named again on page 3). A cluster
    found in a list or a table counts only where prose names it outside another cluster's
    section or item (a list of speakers, then a paragraph about each one's cluster)."""
    if draft.source in RUNNING:
        again = {
            s.start
            for s in draft.scopes
            if s.kind == "sentence" and " | " not in dt.line_at(s.start).text  # not a row
        }
        return sorted({draft.name_start} | again)
    others = [
        (s.start, s.end) for d in drafts if d is not draft for s in d.scopes if s.kind != "sentence"
    ]
    return sorted(
        s.start
        for s in draft.scopes
        if s.kind == "sentence"
        and _running_text(dt, s.start)
        and not any(a <= s.start < b for a, b in others)
    )


# "Poz. 3 – Klaster działa od 2020 r. …", "Wiersz 3 – …" under a table whose rows are
# numbered "3. | …" or "3<tab>…"
ROW_REFERENCE = re.compile(
    r"[ \t]*(?:Poz\.|Pozycja|Lp\.|Wiersz(?:\s+nr)?)[ \t]*(\d{1,3})\.?[ \t]*(?:[–—:-][ \t]*)?"
)
NUMBERED_ROW = re.compile(r"[ \t]*(\d{1,3})\.?(?:[ \t]*\||\t)")


def attach_row_references(dt: DocText, drafts: list[Draft]) -> None:
    """A note on a numbered row of a table ("Poz. 3 – Klaster działa od 2020 r. …", a
    justification under a list of grant applications) is about the cluster of that row,
    when it names no cluster itself."""
    rows: dict[int, set[int]] = {}
    for draft in drafts:
        for scope in draft.scopes:
            row = NUMBERED_ROW.match(dt.line_at(scope.start).text)
            if row:
                rows.setdefault(int(row.group(1)), set()).add(id(draft))
    by_id = {id(d): d for d in drafts}
    starts = [d.name_start for d in drafts]
    for line in dt.lines:
        skip = line.bullet.end() if line.bullet else 0  # "1. Wiersz 3 – …": a list of notes
        ref = ROW_REFERENCE.match(line.text, skip)
        if not ref or " | " in line.text or len(rows.get(int(ref.group(1)), ())) != 1:
            continue
        if any(line.start <= start < line.end for start in starts):
            continue  # "Poz. 1 – Klaster X sp. z o.o.": a heading naming its own cluster
        (owner,) = rows[int(ref.group(1))]
        pos = line.start + ref.end()  # `ref` matched from `skip` on, so its end is absolute
        while pos < line.end:
            start, end = F.sentence_bounds(dt.text, pos, pos + 1)
            start, end = max(start, line.start), min(end, line.end)
            if end <= pos:
                break
            by_id[owner].scopes.append(Scope(start, end, "sentence"))
            pos = end + 1


# "- Koordynatorem Klastra jest …", "- Klaster liczy obecnie 14 członków": a list of facts
# about the cluster (its capitalised common name, as a document about one cluster writes it)
DEFINED_TERM = re.compile(r"\bKlast(?:er|ra|rze|rem|rowi)\b")


def _about_one(line: Line) -> bool:
    """A list item that refers to the cluster by the capitalised common name "Klaster" and
    names none: a fact of the cluster the document is about."""
    text = line.text[line.bullet.end() :] if line.bullet else line.text
    return bool(DEFINED_TERM.search(text))


def attach_anaphora(dt: DocText, drafts: list[Draft]) -> None:
    """ "Klaster z siedzibą w Olsztynie powstał w 2005 roku": a sentence that refers back
    to a cluster without naming it belongs to the cluster named last before it, in running
    text (not in lists or tables, where unnamed sentences are about the region)."""
    starts = [d.name_start for d in drafts]
    named_at = {id(d): _named_in_prose(dt, d, drafts) for d in drafts}
    named = sorted((d for d in drafts if named_at[id(d)]), key=lambda d: d.name_start)
    if not named:
        return
    claimed = [(s.start, s.end) for d in drafts for s in d.scopes]
    # a section, item or footnote already read as one cluster's keeps its sentences
    inside = [(s.start, s.end) for d in drafts for s in d.scopes if s.kind != "sentence"]
    for m in ANAPHOR.finditer(dt.text):
        s_start, s_end = F.sentence_bounds(dt.text, m.start(), m.end())
        if any(s_start <= start < s_end for start in starts) or (s_start, s_end) in claimed:
            continue
        line = dt.line_at(s_start)
        if line.bullet and s_start <= line.start + line.bullet.end() and not _about_one(line):
            continue  # a list item names its own subject
        last = {id(d): max((p for p in named_at[id(d)] if p < s_start), default=-1) for d in drafts}
        previous = [
            d
            for d in named
            if last[id(d)] >= 0
            and s_start - last[id(d)] < 1500
            # a cluster abroad met in passing is referred back to in its own paragraph only
            and not (_abroad(d) and PARAGRAPH_BREAK.search(dt.text, d.name_end, s_start))
        ]
        if not previous:
            continue
        antecedent = max(previous, key=lambda d: last[id(d)])
        at = last[id(antecedent)]
        same_paragraph = not PARAGRAPH_BREAK.search(dt.text, max(at, antecedent.name_end), s_start)
        around = [(a, b) for a, b in inside if a <= m.start() < b]
        if around and not (same_paragraph and any(a <= at < b for a, b in around)):
            # inside a section read as one cluster's, unless the cluster named last was
            # named within it, in the same paragraph ("… lider Klastra X (KX). Klaster działa
            # od 2022 r.")
            continue
        between = [d for d in drafts if d is not antecedent and at < last[id(d)] < s_start]
        if between:
            continue
        if antecedent.source not in RUNNING and any(
            s.kind != "sentence" and s.start <= s_start < s.end for s in antecedent.scopes
        ):
            continue  # a listed cluster's own section already holds the sentence
        antecedent.scopes.append(Scope(s_start, s_end, "sentence"))


# "3.2.1. Zielarstwo na Grzędzie Sokalskiej": a numbered heading of a report's subsection
NUMBERED_HEADING = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2})+\.?[ \t]+[^\W\d_][^.!?:;]{0,90}")


def attach_topic_sections(dt: DocText, drafts: list[Draft]) -> None:
    """A numbered subsection whose title names no cluster ("3.2.1. Zielarstwo na Grzędzie
    Sokalskiej") but whose text names exactly one is about that cluster: its goal list and
    facts further down are the cluster's (a "topic" scope; counts are not read from it,
    as the subsection's other figures are about the region as often as about the cluster)."""
    heads = [line for line in dt.lines if NUMBERED_HEADING.fullmatch(line.text)]
    for k, head in enumerate(heads):
        start = head.start
        end = heads[k + 1].start if k + 1 < len(heads) else len(dt.text)
        named = [
            d
            for d in drafts
            if start <= d.name_start < end
            or any(s.kind == "sentence" and start <= s.start < end for s in d.scopes)
        ]
        if len(named) != 1:
            continue
        others = [d for d in drafts if d is not named[0]]
        if any(
            s.kind == "section" and s.start < end and start < s.end
            for d in others
            for s in d.scopes
        ):
            continue  # another cluster's section
        named[0].scopes.append(Scope(start, end, "topic"))
