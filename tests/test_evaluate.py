"""The scorer follows the gold README: each case file line gives gold, predictions and the
expected (tp, fp, fn) per field."""

from __future__ import annotations

import json

import pytest
from conftest import CASES, GOLD, klastry, read_jsonl

from pipeline.evaluate import GoldMention, PredictedMention, load_gold, score

CASES_FILE = CASES / "evaluate" / "scorer_cases.jsonl"


@pytest.mark.parametrize("case", read_jsonl(CASES_FILE), ids=lambda c: c["case"])
def test_scorer_case(case: dict) -> None:
    gold = [GoldMention.model_validate(g) for g in case["gold"]]
    predicted = [PredictedMention.model_validate(p) for p in case["predicted"]]
    table = score(gold, predicted).table()
    for field, (tp, fp, fn) in case["expected"].items():
        row = table[field]
        assert (row["tp"], row["fp"], row["fn"]) == (tp, fp, fn), field


def test_gold_scored_against_itself_is_perfect() -> None:
    gold = load_gold(GOLD)
    predicted = [PredictedMention.model_validate(g.model_dump()) for g in gold]
    table = score(gold, predicted).table()
    for field in ("name", "member_count", "town", "voivodeship", "country", "goals", "websites"):
        assert table[field]["f1"] == 1.0, field
        assert table[field]["fp"] == 0


def test_eval_command_prints_table_and_writes_json(seeds_run) -> None:
    result = klastry("eval", "--gold", str(GOLD), "--output", str(seeds_run))
    assert result.returncode == 0, result.stderr
    assert "member_count" in result.stdout
    data = json.loads((seeds_run / "eval.json").read_text(encoding="utf-8"))
    assert set(data["scores"]) >= {"name", "member_count", "goals", "name (hard)"}


def test_invalid_gold_line_has_a_coded_message(tmp_path) -> None:
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"doc": "a"}\n', encoding="utf-8")
    from pipeline.errors import KlastryError

    with pytest.raises(KlastryError, match=r"\[E301\] Gold file line 1"):
        load_gold(bad)
