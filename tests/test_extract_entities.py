"""The NER fallback for a cluster's coordinator: an organisation the model finds in a
sentence about coordination, never the cluster itself or a table's cells. Case files in
tests/cases/extract_entities/, each with the organisations the model would return."""

from __future__ import annotations

import pytest
from conftest import CASES, read_jsonl

from pipeline.extract.candidates import from_entities
from pipeline.extract.drafts import Draft, Scope
from pipeline.extract.fields import _coordinator_from_entities
from pipeline.extract.text import DocText
from pipeline.schemas import RepairedDocument, RepairedPage


@pytest.mark.parametrize(
    "case", read_jsonl(CASES / "extract_entities" / "coordinators.jsonl"), ids=lambda c: c["note"]
)
def test_coordinator_from_entities(case: dict) -> None:
    text = case["text"]
    dt = _doc_text(text)
    start = text.index(case["name"])
    draft = Draft(case["name"], "text", start, start + len(case["name"]), aliases=case["aliases"])
    draft.scopes.append(Scope(0, len(text), "sentence"))
    entities = [(text.index(o), text.index(o) + len(o), "orgName", o) for o in case["orgs"]]
    fact = _coordinator_from_entities(dt, draft, entities)
    assert (fact.value if fact else None) == case["value"]


@pytest.mark.parametrize(
    "case", read_jsonl(CASES / "extract_entities" / "names.jsonl"), ids=lambda c: c["note"]
)
def test_cluster_names_from_entities(case: dict) -> None:
    text = case["text"]
    entities = [(text.index(o), text.index(o) + len(o), "orgName", o) for o in case["orgs"]]
    assert [d.name for d in from_entities(_doc_text(text), entities)] == case["names"]


def _doc_text(text: str) -> DocText:
    return DocText(
        RepairedDocument(
            id="0" * 16, name="case.txt", pages=[RepairedPage(number=1, text=text, original=text)]
        )
    )
