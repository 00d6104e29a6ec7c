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
from typing import Any

from pipeline.extract import facts as F
from pipeline.extract import geo
from pipeline.extract.candidates import candidates, from_entities, label_hints, unnamed_subject
from pipeline.extract.cards import labelled_fields
from pipeline.extract.drafts import Draft, Scope, safe
from pipeline.extract.fields import (
    DocumentContext,
    build_mention,
    goal_owners,
    sentences_of_others,
    site_owners,
)
from pipeline.extract.grouping import (
    attach_abbreviations,
    attach_anaphora,
    attach_inflected,
    attach_row_references,
    attach_topic_sections,
    merge,
    merge_glosses,
)
from pipeline.extract.layout import GoalBlock, find_goal_blocks, find_lists, fixed_width_tables
from pipeline.extract.names import URL, url_value
from pipeline.extract.text import DocText
from pipeline.schemas import Mention, RepairedDocument


def extract_document(doc: RepairedDocument, nlp: Any = None) -> list[Mention]:
    if doc.status == "failed" or not doc.pages:
        return []
    dt = DocText(doc)
    entities = _entities(nlp, dt) if nlp is not None else []
    lists = find_lists(dt)
    spaced = fixed_width_tables(dt)
    drafts = candidates(dt, lists, spaced) + from_entities(dt, entities)
    drafts = merge_glosses(dt, merge(drafts, dt.text))
    attach_abbreviations(dt, drafts)
    attach_inflected(dt, drafts)
    attach_row_references(dt, drafts)
    attach_anaphora(dt, drafts)
    attach_topic_sections(dt, drafts)
    if not drafts:
        unnamed = unnamed_subject(dt)
        drafts = [unnamed] if unnamed else []
    if len(drafts) == 1:
        # the document's only cluster: its scope, and labelled lines anywhere in it
        drafts[0].scopes.append(Scope(0, len(dt.text), "document"))
        label_hints(dt, drafts[0], labelled_fields(dt, 0, len(dt.text)))
    regions = safe(lambda: geo.region_mentions(dt.text)) or []
    doc_year = F.document_year(dt.text)
    goal_blocks = find_goal_blocks(dt, lists)
    _goals_of_the_subject(dt, drafts, goal_blocks)
    url_counts = Counter(url_value(m.group()).lower().rstrip("/") for m in URL.finditer(dt.text))
    owners = goal_owners(dt, drafts, goal_blocks)
    tables = [(t.start, t.end) for t in spaced]
    context = DocumentContext(
        dt, regions, goal_blocks, url_counts, entities, doc_year, owners, tables
    )
    context.site_owners = site_owners(drafts, list(url_counts))
    context.sentences_of_others = sentences_of_others(drafts)
    mentions = []
    drafts.sort(key=lambda d: d.name_start)
    for k, draft in enumerate(drafts):
        mention = build_mention(context, draft)
        mention.id = f"{doc.id}-{k:03d}"
        mentions.append(mention)
    return mentions


def _goals_of_the_subject(dt: DocText, drafts: list[Draft], blocks: list[GoalBlock]) -> None:
    """ "4. CELE KLASTRA NA ROK 2024" in a report about one cluster that mentions others in
    passing: a goal list no cluster's text holds is the goals of the cluster the document
    is about (referred to far more often than any other)."""
    if len(drafts) < 2:
        return
    weight = sorted(((len(d.scopes), k) for k, d in enumerate(drafts)), reverse=True)
    (top, k), (second, _) = weight[0], weight[1]
    if top < 3 * max(1, second):
        return
    spans = [(s.start, s.end) for d in drafts for s in d.scopes if s.kind != "sentence"]
    for block in blocks:
        if any(a <= block.start < b for a, b in spans):
            continue
        drafts[k].scopes.append(Scope(block.start, block.end, "section"))


# The rules use entities in two places: organisations in sentences about coordinating, and
# a name right after a lower-case "klaster"/"inicjatywa klastrowa" (see candidates).
NER_SENTENCES = re.compile(
    r"[Kk]oordyn|\b(?:klast\w*|inicjatyw\w*\s+klastrow\w*)(?:\s+(?:pod\s+nazwą|o\s+nazwie|zwan\w*))?"
    r"\s+[A-ZĄĆĘŁŃÓŚŹŻ]"
)


def _entities(nlp: Any, dt: DocText) -> list[tuple[int, int, str, str]]:
    """Entities of the sentences the rules can use them in (about clusters or coordinators):
    the model reads a small part of a long report instead of all of it."""
    spans = []
    for m in NER_SENTENCES.finditer(dt.text):
        start, end = F.sentence_bounds(dt.text, m.start(), m.end())
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    found = []
    for (start, _), doc in zip(spans, nlp.pipe(dt.text[s:e] for s, e in spans), strict=True):
        found += [
            (start + ent.start_char, start + ent.end_char, ent.label_, ent.text) for ent in doc.ents
        ]
    return found


__all__ = ["extract_document"]
