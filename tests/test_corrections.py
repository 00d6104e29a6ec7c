"""Reviewers' corrections: applying them, storing them append-only, and gold from them.

Each case in `cases/review/corrections.json` applies verdicts to one mention and says
what the mention must look like afterwards and how many verdicts match nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import corrections as review
from pipeline.cli import app
from pipeline.errors import KlastryError
from pipeline.evaluate import load_gold
from pipeline.schemas import Mention
from pipeline.store import write_jsonl

DATA = json.loads((Path(__file__).parent / "cases" / "review" / "corrections.json").read_text())
GOLD_KEYS = {
    "doc",
    "name",
    "aliases",
    "member_count",
    "member_count_approx",
    "town",
    "voivodeship",
    "country",
    "goals",
    "coordinator",
    "legal_form",
    "founded_year",
    "websites",
    "difficulty",
    "note",
}


def line_of(field: str, verdict: str, value: object) -> str:
    return json.dumps(
        {"doc": "a", "mention": "K", "field": field, "verdict": verdict, "value": value}
    )


def corrections_of(case: dict) -> list[review.Correction]:
    return [review.Correction.model_validate(c) for c in case["corrections"]]


@pytest.mark.parametrize("case", DATA["cases"], ids=[c["id"] for c in DATA["cases"]])
def test_apply(case: dict) -> None:
    mention = Mention.model_validate({**DATA["mention"], **case.get("mention", {})})
    out, unmatched = review.apply([mention], corrections_of(case))
    assert len(unmatched) == case.get("unmatched", 0), unmatched
    assert all("[E302]" in u for u in unmatched)
    if case.get("dropped"):
        assert out == []
        return
    (result,) = out
    for field, value in case.get("expect", {}).items():
        assert getattr(result, field) == value, field
    assert sorted(result.reviewed) == sorted(case.get("reviewed", result.reviewed))
    for field, value in case.get("confidence", {}).items():
        assert result.confidence[field] == value
    for field in case.get("no_evidence", []):
        assert field not in result.evidence
    assert mention.reviewed == {}, "the input mention is left as it was"


def test_unmatched_message_names_the_target() -> None:
    c = review.Correction(doc="x.txt", mention="Klaster Zaginiony", field="town", verdict="reject")
    _, unmatched = review.apply([], [c])
    assert unmatched == [
        review.message(
            review.Code.E302_CORRECTION_UNMATCHED, target="x.txt / Klaster Zaginiony / town"
        )
    ]


def test_store_is_append_only_with_time_and_reviewer(tmp_path: Path) -> None:
    store = tmp_path / "review" / "corrections.jsonl"
    first = review.Correction(
        doc="a.txt", mention="K", field="member_count", verdict="correct", value=3
    )
    assert review.append_to_store(store, [first], reviewer="Ala") == 1
    before = store.read_text()
    second = review.Correction(doc="a.txt", mention="K", field="town", verdict="accept")
    review.append_to_store(store, [second])
    after = store.read_text()
    assert after.startswith(before) and after.count("\n") == 2
    stored = review.load_store(store)
    assert [c.reviewer for c in stored] == ["Ala", "anonymous"]
    assert all(c.time for c in stored)
    assert "value" not in json.loads(after.splitlines()[1]), "an accept without a value stays so"


def test_applying_the_same_export_twice_adds_nothing(tmp_path: Path) -> None:
    store = tmp_path / "corrections.jsonl"
    c = review.Correction(
        doc="a.txt", mention="K", field="town", verdict="reject", time="2026-01-01T00:00:00Z"
    )
    assert review.append_to_store(store, [c]) == 1
    assert review.append_to_store(store, [c]) == 0
    assert len(review.load_store(store)) == 1


@pytest.mark.parametrize(
    ("line", "detail"),
    [
        (line_of("member_count", "correct", "x"), "whole number"),
        (line_of("voivodeship", "correct", "Mazury"), "16 voivodeships"),
        (
            '{"doc": "a", "mention": "K", "field": "colour", "verdict": "accept"}',
            "cannot be corrected",
        ),
        ('{"doc": "a", "mention": "K", "field": "town", "verdict": "maybe"}', "verdict"),
        ("not json", "line 1"),
    ],
)
def test_strict_load_rejects_bad_lines(tmp_path: Path, line: str, detail: str) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text(line + "\n")
    with pytest.raises(KlastryError, match="E303") as error:
        review.load_store(path, strict=True)
    assert detail in str(error.value)


def test_to_gold_asserts_only_what_was_reviewed(tmp_path: Path) -> None:
    mention = Mention.model_validate(DATA["mention"])
    other = Mention(doc="a.txt", name="Nieprzejrzany Klaster")
    verdicts = [
        review.Correction(
            doc="a.txt",
            mention="Klaster Metalowy",
            field="member_count",
            verdict="correct",
            value=47,
        ),
        review.Correction(doc="a.txt", mention="Klaster Metalowy", field="town", verdict="accept"),
    ]
    reviewed, _ = review.apply([mention, other], verdicts)
    lines = review.to_gold(reviewed)
    assert len(lines) == 1
    (line,) = lines
    assert set(line) >= GOLD_KEYS
    assert line["member_count"] == 47 and line["town"] == "Opole"
    assert line["goals"] is None, "unreviewed goals are not gold"
    assert "member_count" not in line["unscored"] and "town" not in line["unscored"]
    assert "voivodeship" in line["unscored"]
    path = tmp_path / "gold.jsonl"
    path.write_text(review.dumps(lines), encoding="utf-8")
    (gold,) = load_gold(path)
    assert gold.member_count == 47 and "voivodeship" in gold.unscored


def test_cli_apply_then_to_gold(tmp_path: Path) -> None:
    export = tmp_path / "export.jsonl"
    export.write_text(
        json.dumps(
            {
                "doc": "a.txt",
                "mention": "Klaster Metalowy",
                "field": "member_count",
                "verdict": "correct",
                "value": "47",
                "reviewer": "web",
                "time": "2026-11-22T05:00:00Z",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    store = tmp_path / "store" / "corrections.jsonl"
    runner = CliRunner()
    result = runner.invoke(
        app, ["corrections", "apply", str(export), "--store", str(store), "--reviewer", "Ola"]
    )
    assert result.exit_code == 0, result.output
    assert "stored 1 verdict(s)" in result.output
    (stored,) = review.load_store(store)
    assert (stored.value, stored.reviewer) == (47, "Ola")
    result = runner.invoke(app, ["corrections", "apply", str(export), "--store", str(store)])
    assert "stored 0 verdict(s)" in result.output and "1 already stored" in result.output
    assert len(review.load_store(store)) == 1

    output = tmp_path / "output"
    mentions, _ = review.apply([Mention.model_validate(DATA["mention"])], review.load_store(store))
    write_jsonl(output / "mentions.jsonl", mentions)
    gold = tmp_path / "gold.jsonl"
    result = runner.invoke(
        app, ["corrections", "to-gold", "--output", str(output), "--gold", str(gold)]
    )
    assert result.exit_code == 0, result.output
    (line,) = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines()]
    assert line["member_count"] == 47 and line["name"] == "Klaster Metalowy"


def test_cli_apply_rejects_an_invalid_export(tmp_path: Path) -> None:
    export = tmp_path / "export.jsonl"
    export.write_text(line_of("founded_year", "correct", "dawno") + "\n")
    store = tmp_path / "corrections.jsonl"
    result = CliRunner().invoke(app, ["corrections", "apply", str(export), "--store", str(store)])
    assert result.exit_code == 2
    assert not store.exists(), "nothing stored from a file with a bad line"
