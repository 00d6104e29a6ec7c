"""Extraction on whole documents of other shapes than the seeds (a profile page, a news
item, an agreement, a table, headed sections, a short note, a document with no cluster):
each expected line must be found with exactly these values."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CASES, read_jsonl

from pipeline.evaluate import GoldMention, PredictedMention, match_document
from pipeline.extract import extract_document
from pipeline.ingest import ingest_file
from pipeline.repair import repair_document
from pipeline.schemas import Mention, RepairedDocument

DOCS = CASES / "extract"
EXPECTED = read_jsonl(DOCS / "expected.jsonl")
FIELDS = (
    "member_count",
    "member_count_approx",
    "town",
    "voivodeship",
    "country",
    "coordinator",
    "legal_form",
    "founded_year",
)


def _run(name: str) -> tuple[RepairedDocument, list[Mention]]:
    doc = repair_document(ingest_file(DOCS / name, DOCS))
    return doc, extract_document(doc)


@pytest.fixture(scope="module")
def results() -> dict[str, tuple[RepairedDocument, list[Mention]]]:
    return {p.name: _run(p.name) for p in sorted(DOCS.iterdir()) if p.suffix in (".txt", ".html")}


@pytest.mark.parametrize("doc", sorted({e["doc"] for e in EXPECTED}))
def test_finds_exactly_the_clusters(doc: str, results) -> None:
    gold = [GoldMention.model_validate(e) for e in EXPECTED if e["doc"] == doc]
    predicted = [PredictedMention.model_validate(m.model_dump()) for m in results[doc][1]]
    pairs = match_document(gold, predicted)
    assert len(pairs) == len(gold) == len(predicted), [p.name for p in predicted]


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda e: f"{e['doc']}:{e['name'][:30]}")
def test_field_values(expected: dict, results) -> None:
    gold = GoldMention.model_validate(expected)
    mentions = results[expected["doc"]][1]
    predicted = [PredictedMention.model_validate(m.model_dump()) for m in mentions]
    (_, pi, _), *_ = match_document([gold], predicted)
    mention = mentions[pi]
    assert mention.name == expected["name"]
    for field in FIELDS:
        assert getattr(mention, field) == expected[field], field
    assert sorted(mention.websites) == sorted(expected["websites"])
    if expected["goals"] is not None:
        assert mention.goals == expected["goals"]


def test_document_without_a_cluster_gives_nothing(results) -> None:
    assert results["no_cluster.txt"][1] == []


def test_every_value_has_evidence_that_quotes_the_repaired_text(results) -> None:
    for doc, mentions in results.values():
        pages = {p.number: p.text for p in doc.pages}
        for mention in mentions:
            for field, items in mention.evidence.items():
                assert items, field
                for ev in items:
                    assert pages[ev.page][ev.start : ev.end] == ev.quote
                assert 0 < mention.confidence[field] <= 1


def test_nothing_is_invented_for_an_empty_document(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("Klaster.\n", encoding="utf-8")
    doc = repair_document(ingest_file(empty, tmp_path))
    assert extract_document(doc) == []
