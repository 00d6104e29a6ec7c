"""Field rules on short texts: each case file line is an input and its expected value,
negative cases included (values that must not be read as the field)."""

from __future__ import annotations

import pytest
from conftest import CASES, read_jsonl

from pipeline.extract import facts
from pipeline.extract.geo import is_town
from pipeline.extract.names import find_names, foreign_names, parse_item
from pipeline.extract.numbers import parse_number
from pipeline.morph import to_nominative

FACTS = CASES / "facts"


def _first(found: list[facts.Fact]) -> facts.Fact | None:
    return sorted(found, key=lambda f: (-f.confidence, f.start))[0] if found else None


@pytest.mark.parametrize("case", read_jsonl(FACTS / "sentences.jsonl"), ids=lambda c: c["at"])
def test_sentence_around(case: dict) -> None:
    at = case["text"].index(case["at"])
    start, end = facts.sentence_bounds(case["text"], at, at + len(case["at"]))
    assert case["text"][start:end].strip() == case["sentence"]


@pytest.mark.parametrize(
    "case", read_jsonl(FACTS / "member_counts.jsonl"), ids=lambda c: c["text"][:40]
)
def test_member_count(case: dict) -> None:
    best = _first(facts.member_counts(case["text"], 0))
    if case["value"] is None:
        assert best is None, best
    else:
        assert best is not None
        assert (best.value, best.approx) == (case["value"], case["approx"])
        assert case["text"][best.start : best.end].strip()


@pytest.mark.parametrize(
    "case", read_jsonl(FACTS / "coordinators.jsonl"), ids=lambda c: c["text"][:40]
)
def test_coordinator(case: dict) -> None:
    best = _first(facts.coordinators(case["text"], 0))
    assert (best.value if best else None) == case["value"]


@pytest.mark.parametrize(
    "case", read_jsonl(FACTS / "founded_years.jsonl"), ids=lambda c: c["text"][:40]
)
def test_founded_year(case: dict) -> None:
    found = facts.founded_years(case["text"], 0)
    assert (min(f.value for f in found) if found else None) == case["value"]


@pytest.mark.parametrize(
    "case", read_jsonl(FACTS / "legal_forms.jsonl"), ids=lambda c: c["text"][:40]
)
def test_legal_form(case: dict) -> None:
    best = _first(facts.legal_forms(case["text"], 0))
    assert (best.value if best else None) == case["value"]


@pytest.mark.parametrize("case", read_jsonl(FACTS / "nominative.jsonl"), ids=lambda c: c["phrase"])
def test_nominative(case: dict) -> None:
    assert to_nominative(case["phrase"]) == case["nominative"]


@pytest.mark.parametrize("case", read_jsonl(FACTS / "items.jsonl"), ids=lambda c: c["text"][:40])
def test_list_item(case: dict) -> None:
    parsed = parse_item(case["text"], is_place=is_town)
    assert parsed.name == case["name"]
    assert parsed.aliases == case["aliases"]
    assert parsed.town_text == case["town"]
    assert parsed.websites == case.get("websites", [])
    assert parsed.years == case.get("years", [])


@pytest.mark.parametrize(
    "case", read_jsonl(FACTS / "name_hits.jsonl"), ids=lambda c: c["text"][:40]
)
def test_names_in_running_text(case: dict) -> None:
    assert [h.name for h in find_names(case["text"], is_place=is_town)] == case["names"]


@pytest.mark.parametrize(
    "case", read_jsonl(FACTS / "foreign_names.jsonl"), ids=lambda c: c["text"][:40]
)
def test_foreign_names_in_running_text(case: dict) -> None:
    assert [h.name for h in foreign_names(case["text"])] == case["names"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("sto pięćdziesiąt", 150),
        ("dwadzieścia sześć", 26),
        ("1 200", 1200),
        ("trzydziestu czterech", 34),
        ("dwa tysiące", 2000),
        ("czterdzieści", 40),
        ("firma", None),
        ("", None),
    ],
)
def test_number_words(text: str, value: int | None) -> None:
    assert parse_number(text) == value


def test_document_year_from_dateline_and_signature() -> None:
    assert facts.document_year("Rzeszów, 12 marca 2021 r. – W Rzeszowie")[0] == 2021
    assert facts.document_year("tekst\n" * 100 + "Zielona Góra, 15.05. 2014r.")[0] == 2014
    assert facts.document_year("Brak daty w tym tekście.") is None


@pytest.mark.parametrize(
    "case", read_jsonl(FACTS / "goal_blocks.jsonl"), ids=lambda c: c["text"][:40]
)
def test_goal_blocks(case: dict) -> None:
    from pipeline.extract.layout import clean_goal, find_goal_blocks, find_lists
    from pipeline.extract.text import DocText
    from pipeline.schemas import RepairedDocument, RepairedPage

    doc = RepairedDocument(
        id="x", name="x", pages=[RepairedPage(number=1, text=case["text"], original=case["text"])]
    )
    dt = DocText(doc)
    goals = [clean_goal(g[2]) for b in find_goal_blocks(dt, find_lists(dt)) for g in b.goals]
    assert goals == case["goals"]
