"""The learnt disambiguator: candidates in context (tests/cases/repair/disambiguate.jsonl),
pruning, and the guessed spellings of words the frequency list lacks."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from pipeline.repair.diacritics import stripped_candidates
from pipeline.repair.disambiguate import DocStats, doc_stats, get_disambiguator, prune
from pipeline.repair.fffd import FFFD, candidates

CASES = Path(__file__).resolve().parent / "cases" / "repair" / "disambiguate.jsonl"


def _cases() -> list[dict]:
    lines = CASES.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["note"])
def test_choice_in_context(case: dict) -> None:
    dis = get_disambiguator()
    assert dis.ready
    got = dis.choose(case["mode"], tuple(case["candidates"]), tuple(case["context"]), DocStats())
    assert got == case["expected"]


def test_prune_drops_far_rarer_candidates() -> None:
    cands, logps = prune(["się", "sie", "śię"], [-1.5, -5.0, -9.0])
    assert cands == ("się", "sie")
    assert logps == (-1.5, -5.0)
    assert prune([], []) == ((), ())


def test_doc_stats_reads_tense_and_person() -> None:
    past = doc_stats(["przyszedł", "zobaczył", "zwyciężył", "i", "powiedział"])
    report = doc_stats(["należy", "wdrożyć", "i", "rozwijać", "oraz", "promować"])
    assert past.past > 0 > report.past
    assert doc_stats(["mówię", "piszę", "czytam"]).first > doc_stats(["mówią"]).first


@pytest.mark.parametrize(
    ("piece", "expected"),
    [
        (f"r{FFFD}n{FFFD}{FFFD}a", "rżnęła"),  # morfeusz knows it, the frequency list not
        (f"opl{FFFD}tan{FFFD}", "oplątaną"),
        (f"klastrow{FFFD}", "klastrową"),  # neither knows it: the likeliest letter
    ],
)
def test_words_the_frequency_list_lacks_are_guessed(piece: str, expected: str) -> None:
    assert candidates(piece)[0][0] == expected


def test_glued_pieces_get_no_guesses() -> None:
    assert candidates(f"mog{FFFD}skorzysta{FFFD}rzemie{FFFD}lnicy", whole=False) == ()


def test_rank_reports_the_lead_of_the_best_spelling() -> None:
    dis = get_disambiguator()
    # frequency alone decides: "województwa" is thousands of times more frequent
    context = ("<s>", "do", "należą", "firmy")
    cands, logps = stripped_candidates("wojewodztwa")
    assert cands == ("województwa", "wojewodztwa")
    assert dis.rank("s", cands, context, DocStats(), logps) == ("województwa", math.inf)
    word, lead = dis.rank("f", ("był", "być"), ("pirat", "musi", "przygotowany", "na"), DocStats())
    assert word == "być"
    assert 0 < lead < math.inf
