"""The held-out set (tests/cases/heldout): documents of shapes and regions the rules were not
written from, with gold annotations made independently. It measures how well the rules
generalise; the floors below guard against regressions and are not tuning targets."""

from __future__ import annotations

import pytest
from conftest import CASES

from pipeline.evaluate import GoldMention, PredictedMention, score
from pipeline.extract import extract_document
from pipeline.ingest import ingest_file
from pipeline.repair import repair_document

HELDOUT = CASES / "heldout"
FLOORS = {
    "name": 0.93, "member_count": 0.75, "town": 0.85, "voivodeship": 0.95, "country": 0.90,
    "goals": 0.90, "coordinator": 0.85, "legal_form": 0.85, "founded_year": 0.85, "websites": 0.80,
}


@pytest.fixture(scope="module")
def table() -> dict[str, dict[str, float | int]]:
    predicted = []
    for path in sorted(HELDOUT.glob("*.txt")):
        doc = repair_document(ingest_file(path, HELDOUT))
        predicted += [PredictedMention.model_validate(m.model_dump()) for m in extract_document(doc)]
    gold = [
        GoldMention.model_validate_json(line)
        for line in (HELDOUT / "gold.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return score(gold, predicted).table()


@pytest.mark.parametrize(("field", "floor"), FLOORS.items())
def test_heldout_f1_stays_above_its_floor(table, field: str, floor: float) -> None:  # noqa: ANN001
    assert table[field]["f1"] >= floor, table[field]
